package oie

import (
	"path/filepath"
	"testing"
)

// TestObjectHeadAsSubject checks that a noun read as a second subject of
// the main verb right after a relative clause on the first subject ends
// ("Vantel, which runs the popular ferry and freight app, had failed")
// heads the relative clause's object: no "Vantel | runs | freight" cut
// before it, and the main verb keeps the one subject. The sentence in
// testdata/objheadsubj.conllu is our own, its parse edited to the
// parser's misreading of such a phrase.
func TestObjectHeadAsSubject(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "objheadsubj.conllu"))
	tests := []wantNot{
		{[]string{"Vantel; runs; the popular ferry and freight app", "Vantel; had failed to pay; its crews"},
			[]string{"Vantel; runs; the popular ferry and freight", "Vantel; runs; freight"}},
	}
	checkWantNot(t, ss, tests)
}
