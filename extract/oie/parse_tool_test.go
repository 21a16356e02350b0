package oie

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie/internal/conllu"
)

// TestParseTool is a tool for writing misparse fixtures, not a check: with
// OIE_PARSE set to a file of sentences, one a line, it prints each line's
// parse by the project's NLP core in CoNLL-U (to append to
// testdata/misparse.conllu) and the extractions read off it.
//
//	OIE_PARSE=/tmp/lines.txt go test ./extract/oie -run TestParseTool -count=1 -v
func TestParseTool(t *testing.T) {
	p := os.Getenv("OIE_PARSE")
	if p == "" {
		t.Skip("a tool: set OIE_PARSE to a file of sentences")
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := nlp.Load(en.FS)
	if err != nil {
		t.Fatal(err)
	}
	a := nlp.New(m)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		s := a.AnnotateSentence(line)
		if err := conllu.Write(os.Stdout, &s); err != nil {
			t.Fatal(err)
		}
		for _, e := range Extract(&s, Options{ResolvePronouns: true}) {
			fmt.Printf("#> %.2f %s (%s; %s; %s) attrib=%q mod=%q neg=%v\n", e.Confidence, e.Kind, e.Subject, e.Relation, e.Object, e.AttributedTo, e.Modality, e.Negated)
		}
		fmt.Println()
	}
}
