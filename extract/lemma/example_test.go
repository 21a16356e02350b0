package lemma_test

import (
	"fmt"

	"github.com/storygraph/storygraph/extract/lemma"
)

func ExampleLemmatize() {
	words := []struct{ word, upos string }{
		{"Envoys", "NOUN"}, {"signed", "VERB"}, {"countries", "NOUN"}, {"went", "VERB"},
		{"n't", "PART"}, {"Ukraine", "PROPN"}, {"largest", "ADJ"}, {"him", "PRON"},
	}
	for _, w := range words {
		fmt.Printf("%s/%s → %s\n", w.word, w.upos, lemma.Lemmatize(w.word, w.upos))
	}
	// Output:
	// Envoys/NOUN → envoy
	// signed/VERB → sign
	// countries/NOUN → country
	// went/VERB → go
	// n't/PART → not
	// Ukraine/PROPN → Ukraine
	// largest/ADJ → large
	// him/PRON → he
}
