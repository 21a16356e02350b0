package ner

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	if os.Getenv("H3DEBUG") == "" {
		t.Skip()
	}
	f, _ := os.Open("/tmp/h3out/ner.model")
	m, err := Read(f, "x")
	if err != nil {
		t.Fatal(err)
	}
	ud, _ := readXPOS(t.Context(), "/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu")
	_ = ud
	for _, tt := range recognizeTests {
		w := strings.Fields(tt.sentence)
		fmt.Println(m.Recognize(w, nil))
	}
	fmt.Println(m.Recognize(strings.Fields("French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris ."), strings.Fields("JJ NNP NNP NNP VBD JJ NNP NNP NNP IN NNP .")))
	fmt.Println(m.Recognize(strings.Fields("The talks in Geneva were attended by officials from the United Nations and the European Union ."), strings.Fields("DT NNS IN NNP VBD VBN IN NNS IN DT NNP NNPS CC DT NNP NNP .")))
	sents, _, _ := loadSplit(t.Context(), "/work/shared/data/uner-english-ewt/en_ewt-ud-dev.iob2", "/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu", nil)
	for _, s := range sents {
		got := spans(m.Recognize(s.words, s.xpos))
		want := spans(s.tags)
		for _, g := range got {
			if !slices.Contains(want, g) {
				fmt.Printf("FP %s %q\n", g.typ, s.words[g.start:g.end])
			}
		}
		for _, g := range want {
			if !slices.Contains(got, g) {
				fmt.Printf("FN %s %q\n", g.typ, s.words[g.start:g.end])
			}
		}
	}
	_ = slices.Contains[[]int]
}
