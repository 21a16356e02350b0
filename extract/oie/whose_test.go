package oie

import (
	"testing"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
)

// TestWhoseOnName checks that a "whose" phrase on a name reads as the
// name's ("Lidia Kerr's cousin Oren", not "whose cousin Oren"), also
// when the parse made the whose-clause the sentence's root with the name
// its vocative, or cut it in two at the comma after an apposition.
// Sentences our own, parsed by the project's parser.
func TestWhoseOnName(t *testing.T) {
	m, err := nlp.Load(en.FS)
	if err != nil {
		t.Fatal(err)
	}
	a := nlp.New(m)
	tests := []factCase{
		{"Dora Plenk, whose sister Mila, a 29-year-old miner, was among the first to leave, thanked the crews.",
			[]fact{{"Dora Plenk's sister Mila", "was among", "the first"}, {"Dora Plenk", "thanked", "the crews"}}, nil},
		{"\"The shaft held,\" said Dora Plenk, whose sister Mila, a 29-year-old miner, was among the first to leave.",
			[]fact{{"Dora Plenk's sister Mila", "was among", "the first"}}, nil},
		{"Lidia Kerr, whose cousin Oren was among the last to board, thanked the crew.",
			[]fact{{"Lidia Kerr's cousin Oren", "was among", "the last"}, {"Lidia Kerr", "thanked", "the crew"}}, nil},
		{"Marko Fenn, whose daughter works at the mill, joined the protest.",
			[]fact{{"Marko Fenn's daughter", "works at", "the mill"}, {"Marko Fenn", "joined", "the protest"}}, nil},
		{"Sela Dorin, whose son was injured in the fire, spoke to reporters.",
			[]fact{{"Sela Dorin's son", "was injured in", "the fire"}, {"Sela Dorin", "spoke to", "reporters"}}, nil},
		// a name ending in "s" takes the apostrophe alone
		{"Petra Olins, whose husband was arrested in June, spoke to reporters.",
			[]fact{{"Petra Olins' husband", "was arrested in", "June"}, {"Petra Olins", "spoke to", "reporters"}}, nil},
	}
	checkFacts(t, a, tests)
}
