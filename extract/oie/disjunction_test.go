package oie

import (
	"path/filepath"
	"testing"
)

// TestDisjunctionWhole checks that an "or" list stays one argument
// ("will hear the case in March or April" gives no "the case in March"),
// unless a negation distributes it ("did not approve the stadium or the
// hotel" says both), or the "or" set off by commas gives a second name
// ("the drilling rig, or platform,"); and that a plural subject spread
// over a list of places after a copula is not split over them ("most
// patients are in Oduma, Fenwa and Lashir"), while an "and" list of
// things and of adjectives still is. Sentences in
// testdata/disjunction.conllu, our own, parsed by the project's parser.
func TestDisjunctionWhole(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "disjunction.conllu"))
	tests := []wantNot{
		{[]string{"The tribunal; is expected to hear; the case in March or April"},
			[]string{"The tribunal; is expected to hear; the case in March", "The tribunal; is expected to hear; the case in April"}},
		{[]string{"Most patients; are in; Oduma, Fenwa and Lashir"},
			[]string{"Most patients; are in; Oduma", "Most patients; are in; Fenwa and Lashir"}},
		{[]string{"Voters; will choose; Anna Brel or Tomas Vik"},
			[]string{"Voters; will choose; Anna Brel", "Voters; will choose; Tomas Vik"}},
		{[]string{"The survivors; were taken to; hospitals in Korsa or Melin"},
			[]string{"The survivors; were taken to; hospitals in Korsa", "The survivors; were taken to; hospitals in Melin"}},
		// controls: a negation distributes "or"; a comma before "or"
		// gives a second name; "and" lists split
		{[]string{"The council; did not approve; the stadium", "The council; did not approve; the hotel"}, nil},
		{[]string{"Tenants; may not be able to pay; rent", "Tenants; may not be able to pay; water bills"}, nil},
		{[]string{"The drilling rig; was towed to; Harstad", "platform; was towed to; Harstad"}, nil},
		{[]string{"The company; sells; trucks", "The company; sells; vans"}, nil},
		{[]string{"The new phones; are; cheap", "The new phones; are; reliable"}, nil},
	}
	checkWantNot(t, ss, tests)
}
