package oie

import (
	"path/filepath"
	"testing"
)

// TestPredicateAfterApposition checks that what a verb of judging finds
// its object to be ("guilty of theft", "unfit to play", "responsible for
// the collapse"), after the comma closing an apposition on the object, is
// no part of the apposition (no "Petra Lunn | is | a former nurse, guilty
// of theft") but completes the object; a list of objects with appositions
// is left alone. Sentences in testdata/predappos.conllu, our own, parsed by
// the project's parser.
func TestPredicateAfterApposition(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "predappos.conllu"))
	tests := []wantNot{
		{[]string{"Petra Lunn; is; a former nurse", "A court in Velmar; found; Petra Lunn, a former nurse guilty of theft"},
			[]string{"Petra Lunn; is; a former nurse, guilty of theft"}},
		{[]string{"Oskar Hale; is; the club's goalkeeper"},
			[]string{"Oskar Hale; is; the club's goalkeeper, unfit to play"}},
		{[]string{"Brenna Salt; is; the mine's owner"},
			[]string{"Brenna Salt; is; the mine's owner, responsible for the collapse"}},
		// control
		{[]string{"Ilya Dorn; is; a winger", "Marco Pell; is; a defender"}, nil},
	}
	checkWantNot(t, ss, tests)
}
