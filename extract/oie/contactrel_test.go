package oie

import (
	"path/filepath"
	"testing"
)

// TestContactRelative checks that a relative clause with no relative
// pronoun ("the paper it was printed on", "the money it would cost"), whose
// pronoun subject the parse read as a second subject beside the noun or as
// the subject of a clause hung on the verb above, stays in the object it
// ends; a verb of telling keeps its person and its clause apart. Sentences
// in testdata/contactrel.conllu, our own, parsed by the project's parser.
func TestContactRelative(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "contactrel.conllu"))
	tests := []wantNot{
		{[]string{"the offer; was not; worth the paper it was printed on"},
			[]string{"the offer; was not; worth", "the paper; was printed; "}},
		{[]string{"the stadium; was not; worth the money it would cost", "Critics; said; the stadium was not worth the money it would cost"},
			[]string{"the stadium; was not; worth the money"}},
		{[]string{"the merger; would hurt; the customers it was meant to help"},
			[]string{"the merger; would hurt; the customers"}},
		// controls: a verb of telling; a relative clause read well
		{[]string{"The board; told; they would be paid"}, []string{"The board; told; the staff they would be paid"}},
		{[]string{"Villagers; rebuilt; the school they had lost in the flood"}, nil},
	}
	checkWantNot(t, ss, tests)
}
