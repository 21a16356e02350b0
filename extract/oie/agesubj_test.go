package oie

import (
	"path/filepath"
	"testing"
)

// TestAgeSubject checks that ages are no subject when the parse hangs a
// relative clause on them ("miners aged between 22 and 61 who had been
// clearing the tunnel" gave (22 and 61; had been clearing; the lower
// tunnel)), nor a phrase of age ("aged 31 and 45, who had set out"),
// while one number can still be who did it ("12 were taken to
// hospital"). Sentences in testdata/agesubj.conllu, our own, parsed by the
// project's parser.
func TestAgeSubject(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "agesubj.conllu"))
	tests := []wantNot{
		{[]string{"The two climbers; were found; alive"},
			[]string{"aged 31 and 45; had set out on; Friday", "aged 31 and 45, who had set out on Friday; were found; alive"}},
		{[]string{"The team; picked; 11 players who had never played abroad"}, nil},
		{[]string{"the passengers 12; were taken to; hospital"}, nil},
		{nil, []string{"22 and 61; had been clearing; the lower tunnel"}},
	}
	checkWantNot(t, ss, tests)
}
