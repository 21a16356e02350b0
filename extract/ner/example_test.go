package ner_test

import (
	"fmt"
	"strings"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/ner"
)

func ExampleModel_Recognize() {
	m, err := ner.Load(en.FS, "ner.model")
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("Angela Smith flew to Toronto on Monday .")
	xpos := strings.Fields("NNP NNP VBD IN NNP IN NNP .")
	for i, t := range m.Recognize(words, xpos) {
		if t != "O" {
			fmt.Println(words[i], t)
		}
	}
	// Output:
	// Angela B-PERSON
	// Smith I-PERSON
	// Toronto B-LOC
}
