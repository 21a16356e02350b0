package oie

import (
	"path/filepath"
	"testing"
)

// TestNamingListWhole checks that names coordinated after a passive or
// participial verb of naming stay one object: "the trains are named
// Aster and Bellwood" gives the names of the two trains, and "the trains
// are named Aster" alone is false. Active "named"/"elected" with people
// after it still splits. Sentences in testdata/naminglist.conllu, our
// own, parsed by the project's parser.
func TestNamingListWhole(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "naminglist.conllu"))
	tests := []wantNot{
		{[]string{"Several new tools; will be dubbed; Skyline and Harbor"}, []string{"Several new tools; will be dubbed; Skyline", "Several new tools; will be dubbed; Harbor"}},
		{[]string{"The two new trains; are named; Aster and Bellwood"},
			[]string{"The two new trains; are named; Aster", "The two new trains; are named; Bellwood"}},
		{[]string{"Three features; were called; Drift and Canopy"},
			[]string{"Three features; were called; Drift", "Three features; were called; Canopy"}},
		{[]string{"The twin peaks; are called; Orla and Brisk"},
			[]string{"The twin peaks; are called; Orla", "The twin peaks; are called; Brisk"}},
		// controls: an active verb appoints or elects people one by one
		{[]string{"The board; named; Ada Pell", "The board; named; Rui Sato"}, nil},
		{[]string{"Voters; elected; Ada Pell", "Voters; elected; Rui Sato"}, nil},
	}
	checkWantNot(t, ss, tests)
}
