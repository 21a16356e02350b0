package oie

import (
	"path/filepath"
	"testing"
)

// TestAdverbialPP checks that a preposition and a bare noun that are an
// adverb ("in part", "on average", "in total", "at last", "on time") are
// neither the object of the verb ("was caused in | part") nor a noun a
// fact is read off ("4,000 people | are in | total"), and stay in the
// span they modify. A phrase with a word of its own ("for the first time
// in May") is read as before. Sentences in testdata/adverbialpp.conllu,
// our own, parsed by the project's parser.
func TestAdverbialPP(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "adverbialpp.conllu"))
	tests := []wantNot{
		{[]string{"Prices; rose by; 4 percent on average"}, []string{"4 percent; is on; average"}},
		{[]string{"The delay; was caused by; the strike"}, []string{"The delay; was caused in; part"}},
		{[]string{"The team; scored for; the first time in May"}, nil},
		{[]string{"The firm; employs; 4,000 people in total"}, []string{"4,000 people; are in; total", "The firm; employs 4,000 people in; total"}},
		{nil, nil},
		{[]string{"The plan; was approved; at last"}, []string{"The plan; was approved at; last"}},
		{nil, []string{"The bridge; reopened on; time"}},
		{[]string{"The storm; hit; the coast"}, nil},
	}
	checkWantNot(t, ss, tests)
}
