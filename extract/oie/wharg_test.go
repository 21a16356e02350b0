package oie

import (
	"path/filepath"
	"testing"
)

// TestWhWordArgument checks that no fact keeps a bare question word
// fronted in its clause as an argument, or a connective as its object:
// "did not say which ones she would approach" gives no (she; would
// approach; which ones), "noted, however, that" no (X; noted; however).
// The indirect question as a whole stays an object, so does a question
// cut short after its verb ("did not say how much"), a relative pronoun
// that stands for its noun ("the striker who scored") still gives a fact
// on that noun, and a capitalized question word inside a sentence is part
// of a name. Sentences in
// testdata/wharg.conllu, our own, parsed by the project's parser.
func TestWhWordArgument(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "wharg.conllu"))
	tests := []wantNot{
		{[]string{"Mara Lind; did not say; which ones she would approach"},
			[]string{"she; would approach; which ones"}},
		// control: a question cut short after its verb says what is
		// not known
		{[]string{"The kidnappers; demanded; a payment", "The kidnappers; did not say; how much"}, nil},
		{[]string{"the pumps; had not been serviced since; 2019"},
			[]string{"The inquiry; noted; however"}},
		{[]string{"Ostrel Mining; did not say; which mines it would close"},
			[]string{"it; would close; which mines"}},
		// control: a relative pronoun that stands for its noun
		{[]string{"The striker; scored; twice"}, nil},
		// control: a capitalized question word inside a sentence is a
		// name ("Which Home", a group), kept however the parse read it
		{[]string{"Home; Which said; the rent rise was \"far too steep"}, nil},
	}
	checkWantNot(t, ss, tests)
}
