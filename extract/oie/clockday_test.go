package oie

import (
	"path/filepath"
	"testing"
)

// TestClockDayPart checks that an hour and the part of the day after it
// ("at about four in the morning") stay one time in the object, not "at |
// about four" and "in | the morning"; a part of the day on another verb
// is left alone. Sentences in testdata/clockday.conllu, our own, parsed by
// the project's parser.
func TestClockDayPart(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "clockday.conllu"))
	tests := []wantNot{
		{[]string{"The quake; struck at; about four in the morning"},
			[]string{"The quake; struck at; about four", "The quake; struck in; the morning"}},
		{[]string{"Neighbours; heard shots at; three in the morning"}, []string{"Neighbours; heard shots at; three"}},
		// control
		{[]string{"The talks; began at; ten", "The talks; ended in; the evening"}, nil},
	}
	checkWantNot(t, ss, tests)
}
