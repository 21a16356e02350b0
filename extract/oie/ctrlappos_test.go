package oie

import (
	"path/filepath"
	"testing"
)

// TestControlPastApposition checks that a verb of choosing or binding
// someone ("appoint", "hire", "commit") keeps in its object what the
// person or body is to do, also past an apposition and its comma, and that
// the object, not the verb's subject, does it; money committed to a
// purpose does nothing itself. Sentences in testdata/ctrlappos.conllu, our
// own, parsed by the project's parser.
func TestControlPastApposition(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "ctrlappos.conllu"))
	tests := []wantNot{
		{[]string{"Ivo Brask; lead; the inquiry"}, []string{"Minister Dana Holt; lead; the inquiry"}},
		{[]string{"The contract; commits; Norvane Power, the state electricity company to buy six turbines from Kelso Works"},
			[]string{"The contract; commits; Norvane Power, the state electricity company", "The contract; buy; six turbines"}},
		{[]string{"Tova Lind; review; the bids"}, []string{"The council; review; the bids"}},
		// control: money does not build
		{nil, []string{"two million dollars; build; a clinic in Oska"}},
	}
	checkWantNot(t, ss, tests)
}
