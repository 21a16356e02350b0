package oie

import (
	"path/filepath"
	"testing"
)

// TestObjectCutAtCompound checks that an object the parse cut before the
// rest of its noun phrase, which it hung on the verb as a bare oblique
// ("launch its own 5G home broadband service" with "home" an adverb and
// "service" an oblique), is read whole, and that a time after it stays the
// verb's. Sentences in testdata/objcompound.conllu, our own, parsed by the
// project's parser.
func TestObjectCutAtCompound(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "objcompound.conllu"))
	tests := []wantNot{
		{[]string{"it; planned to launch; its own 5G home broadband service"},
			[]string{"it; planned to launch; its own 5G", "it; planned to launch; its own 5G home broadband service next year"}},
		{[]string{"The carrier; plans to sell; its own fibre home broadband package next spring"},
			[]string{"The carrier; plans to sell; its own fibre"}},
		// controls: a time and a second object stay apart
		{[]string{"Rescuers; searched; the area"}, nil},
		{[]string{"The firm; paid; its workers a bonus"}, nil},
	}
	checkWantNot(t, ss, tests)
}
