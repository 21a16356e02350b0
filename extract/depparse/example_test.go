package depparse_test

import (
	"fmt"
	"strings"

	"github.com/storygraph/storygraph/extract/depparse"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/tag"
)

func ExampleParser_Parse() {
	tg, err := tag.Load(en.FS, "tagger.model")
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := depparse.Load(en.FS, "parser.model")
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("Two leaders will sign the accord .")
	upos, xpos := tg.Tag(words)
	heads, rels := p.Parse(words, upos, xpos)
	for i, w := range words {
		fmt.Println(w, heads[i], rels[i])
	}
	// Output:
	// Two 1 nummod
	// leaders 3 nsubj
	// will 3 aux
	// sign -1 root
	// the 5 det
	// accord 3 obj
	// . 3 punct
}
