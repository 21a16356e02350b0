package oie

import (
	"path/filepath"
	"testing"
)

// TestUntilClauseOfObject checks that an "until" clause the parse hung on
// the main verb stays in an object that ends in an infinitive or gerund
// clause, whose limit it states ("attributes his success to the ability
// to hold off on a design until it is perfect"), but not after a verb of
// putting off, which it bounds itself ("delayed its decision to sell the
// harbor until voters approve it"). Sentences in testdata/untilobj.conllu,
// our own, parsed by the project's parser.
func TestUntilClauseOfObject(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "untilobj.conllu"))
	tests := []wantNot{
		{[]string{"Lena Moss; attributes; Karl Brandt's success as the ability to hold off on a design until it is perfect"},
			[]string{"Lena Moss; attributes; Karl Brandt's success as the ability to hold off on a design"}},
		{[]string{"Critics; attribute; the band's fame to its habit of polishing each song until it sounds flawless"},
			[]string{"Critics; attribute; the band's fame to its habit of polishing each song"}},
		// control: the verb of delaying owns its "until" clause
		{[]string{"The council; delayed; its decision to sell the harbor"},
			[]string{"The council; delayed; its decision to sell the harbor until voters approve it"}},
	}
	checkWantNot(t, ss, tests)
}
