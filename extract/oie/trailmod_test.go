package oie

import (
	"path/filepath"
	"testing"
)

// TestTrailingModifierOfLastConjunct checks that a prepositional phrase
// after the last of coordinated objects, which the parse hung on the
// first, stays with the last one when the list is split ("expect a store
// update and a laptop with a fast processor": "a laptop with a fast
// processor", not "a laptop"), while a time phrase the parse hung there
// ("within three hours") stays out. Sentences in
// testdata/trailmod.conllu, our own, parsed by the project's parser.
func TestTrailingModifierOfLastConjunct(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "trailmod.conllu"))
	tests := []wantNot{
		{[]string{"Analysts; expect; a Quellan laptop with a Veltro processor"},
			[]string{"Analysts; expect; a Quellan laptop"}},
		{[]string{"Plans; include; a Kesh notebook with a Tiber processor"},
			[]string{"Plans; include; a Kesh notebook"}},
		{[]string{"The rioters; hurled; cans at the guards outside Marlow Hall"},
			[]string{"The rioters; hurled; cans"}},
		// control: a time of the verb stays out of the conjunct
		{[]string{"The fishermen; were picked up by; trawlers"},
			[]string{"The fishermen; were picked up by; trawlers within three hours"}},
		{[]string{"The shop; sells; a Brindle camera with a folding lens", "The shop; sells; a basic kettle"}, nil},
	}
	checkWantNot(t, ss, tests)
}
