package nlp_test

import (
	"fmt"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
)

func ExampleAnnotator_Annotate() {
	m, err := nlp.Load(en.FS)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := nlp.New(m)
	for _, s := range a.Annotate("The council approved the plan.") {
		for _, t := range s.Tokens {
			head := "ROOT"
			if t.Head >= 0 {
				head = s.Tokens[t.Head].Text
			}
			fmt.Printf("%d-%d %s %s %s <-%s- %s\n", t.Off, t.End, t.Text, t.UPOS, t.XPOS, t.Dep, head)
		}
	}
	// Output:
	// 0-3 The DET DT <-det- council
	// 4-11 council NOUN NN <-nsubj- approved
	// 12-20 approved VERB VBD <-root- ROOT
	// 21-24 the DET DT <-det- plan
	// 25-29 plan NOUN NN <-obj- approved
	// 29-30 . PUNCT . <-punct- approved
}
