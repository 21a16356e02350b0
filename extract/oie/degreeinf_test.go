package oie

import (
	"path/filepath"
	"testing"
)

// TestDegreeInfinitive checks that an infinitive the parse hung on the
// verb above a word of degree right before it, past a closing quotation
// mark or none, completes that word: "\"does not come close\" to covering
// the losses" and "came close to resigning" keep it in the object and
// state no covering or resigning of their own (which did not happen), and
// "it was \"much too early\" to reopen the bridge" is what was warned.
// Sentences in testdata/degreeinf.conllu, our own, parsed by the project's
// parser.
func TestDegreeInfinitive(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "degreeinf.conllu"))
	tests := []wantNot{
		{[]string{"the new funding; does not come; close\" to covering the losses"},
			[]string{"the new funding; does not come; close", "the new funding; covering; the losses"}},
		{[]string{"The engineer; warned that; it was \"much too early\" to reopen the bridge"}, nil},
		{[]string{"The minister; came; close to resigning over the affair"},
			[]string{"The minister; came; close", "The minister; resigning over; the affair"}},
	}
	checkWantNot(t, ss, tests)
}
