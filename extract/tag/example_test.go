package tag_test

import (
	"fmt"
	"strings"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/tag"
)

func ExampleTagger_Tag() {
	tg, err := tag.Load(en.FS, "tagger.model")
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("The ministers met in Rome .")
	upos, xpos := tg.Tag(words)
	for i, w := range words {
		fmt.Println(w, upos[i], xpos[i])
	}
	// Output:
	// The DET DT
	// ministers NOUN NNS
	// met VERB VBD
	// in ADP IN
	// Rome PROPN NNP
	// . PUNCT .
}
