package oie

import (
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/nlp"
)

var (
	fuzzDeps = []string{"root", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:tmod", "case", "det", "amod", "compound",
		"conj", "cc", "aux", "aux:pass", "cop", "mark", "advmod", "xcomp", "ccomp", "advcl", "acl", "acl:relcl",
		"appos", "nmod", "nmod:poss", "flat", "punct", "parataxis", "compound:prt", "expl", "csubj"}
	fuzzUPOS = []string{"NOUN", "PROPN", "VERB", "AUX", "ADP", "DET", "ADJ", "ADV", "PRON", "PUNCT", "CCONJ", "SCONJ", "PART", "NUM"}
	fuzzXPOS = []string{"NN", "NNP", "VBD", "VBN", "VBG", "VB", "MD", "IN", "DT", "JJ", "RB", "WDT", "WP", "PRP", ",", "CC", "TO", "POS"}
	fuzzWord = []string{"the", "minister", "said", "that", "not", "who", "by", "and", "'s", "to", ",", "was", "would", "in", "Paris", "President"}
)

// fuzzSentence builds an arbitrary (possibly cyclic, non-projective)
// parse from data: four bytes per token.
func fuzzSentence(data []byte) *nlp.Sentence {
	n := len(data) / 4
	if n > 60 {
		n = 60
	}
	var b strings.Builder
	toks := make([]nlp.Token, n)
	for i := range toks {
		d := data[4*i : 4*i+4]
		w := fuzzWord[int(d[0])%len(fuzzWord)]
		if i > 0 {
			b.WriteByte(' ')
		}
		off := b.Len()
		b.WriteString(w)
		toks[i] = nlp.Token{
			Text: w, Off: off, End: b.Len(), Lemma: w,
			UPOS: fuzzUPOS[int(d[1])%len(fuzzUPOS)],
			XPOS: fuzzXPOS[int(d[1]^d[3])%len(fuzzXPOS)],
			Head: int(d[2])%(n+2) - 2, // includes -2 and n-1.. out of range
			Dep:  fuzzDeps[int(d[3])%len(fuzzDeps)],
			Ent:  "O",
		}
	}
	return &nlp.Sentence{Text: b.String(), End: b.Len(), Tokens: toks}
}

// FuzzExtract checks that Extract never panics or loops on arbitrary
// parses and that its extractions stay well formed.
func FuzzExtract(f *testing.F) {
	f.Add([]byte("abcdefghijklmnopqrstuvwx"))
	f.Add([]byte{1, 2, 0, 0, 2, 2, 1, 1, 3, 4, 1, 2, 5, 6, 2, 3, 7, 8, 3, 9})
	f.Add([]byte{0, 0, 2, 0, 0, 0, 2, 1})
	// two verbs, each the conjunct of the other (a cycle)
	f.Add([]byte{2, 2, 3, 10, 2, 2, 2, 10})
	f.Fuzz(func(t *testing.T, data []byte) {
		s := fuzzSentence(data)
		for _, e := range Extract(s, Options{}) {
			checkExtraction(t, s, e)
		}
	})
}
