package oie

import (
	"github.com/storygraph/storygraph/extract/nlp"
	"path/filepath"
	"slices"
	"testing"
)

// TestCoordinationSplit checks which coordinations are split into one
// fact a conjunct and which are kept whole: a coordination that tells
// what a group is made of ("a panel of four judges and three lawyers")
// or one counted by a single number ("48,000 Ronda and Ronda Max
// sedans") or limited by "only" ("only her cat and her passport")
// stays whole, as does one in an appositive the parse merged into the
// phrase before it, while coordinated names and "of" modifiers of
// another kind still split. Sentences in testdata/coordination.conllu,
// our own, parsed by the project's parser.
func TestCoordinationSplit(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "coordination.conllu"))
	tests := []wantNot{
		{[]string{"The panel of four judges and three lawyers; reviewed; the complaint"},
			[]string{"The panel of four judges; reviewed; the complaint", "The panel of three lawyers; reviewed; the complaint"}},
		{[]string{"The group of three Brazilians and two Chileans; reached; the summit"},
			[]string{"The group of three Brazilians; reached; the summit", "The group of two Chileans; reached; the summit"}},
		{[]string{"A team of doctors and nurses; arrived at; the camp"},
			[]string{"A team of doctors; arrived at; the camp", "A team of nurses; arrived at; the camp"}},
		{[]string{"Velmar; is recalling; about 48,000 Ronda and Ronda Max sedans"},
			[]string{"Velmar; is recalling; about 48,000 Ronda Max sedans", "Velmar; is recalling; about 48,000 Ronda sedans"}},
		{[]string{"The price of oil; rose in; March", "The price of gas; rose in; March"}, nil},
		{[]string{"Residents of Tula; protested; the closure", "Residents of Brel; protested; the closure"}, nil},
		{[]string{"Ana; signed; the deal", "Tor; signed; the deal"}, nil},
		{[]string{"UK leaders; met in; Oslo", "French leaders; met in; Oslo"}, nil},
		{[]string{"she; had left with; only her cat and her passport"},
			[]string{"she; had left with; only her cat", "she; had left with; her passport"}},
		{[]string{"The thieves; took; only the laptop and a camera"},
			[]string{"The thieves; took; only the laptop", "The thieves; took; a camera"}},
		{[]string{"Dario; packed; just a tent and two blankets"},
			[]string{"Dario; packed; just a tent", "Dario; packed; two blankets"}},
		{[]string{"The thieves; took; the laptop", "The thieves; took; a camera"}, nil},
		{[]string{"The main contract; commits; Dorvat Power (DP), the state coal and gas company"},
			[]string{"The main contract; commits; Dorvat Power (DP) gas company", "The main contract; commits; Dorvat Power (DP) the state coal company"}},
		// the source of a report coordinated with the verb by the parse
		// is no predicate of the subject
		{[]string{"The blaze; has burned through; some 9,000 hectares of pine forest and scrubland"},
			[]string{"The blaze; was; according to the Koval Fire and Rescue Service"}},
	}
	checkWantNot(t, ss, tests)
}

// wantNot lists the extractions ("subject; relation; object") a sentence
// must give and those it must not.
type wantNot struct{ want, not []string }

// checkWantNot checks sentence i of ss against tests[i], with valid spans.
func checkWantNot(t *testing.T, ss []nlp.Sentence, tests []wantNot) {
	t.Helper()
	if len(ss) != len(tests) {
		t.Fatalf("%d sentences, %d tests", len(ss), len(tests))
	}
	for i, tt := range tests {
		var got []string
		for _, e := range Extract(&ss[i], Options{}) {
			checkExtraction(t, &ss[i], e)
			got = append(got, e.Subject+"; "+e.Relation+"; "+e.Object)
		}
		for _, f := range tt.want {
			if !slices.Contains(got, f) {
				t.Errorf("%q: no (%s) in %q", ss[i].Text, f, got)
			}
		}
		for _, f := range tt.not {
			if slices.Contains(got, f) {
				t.Errorf("%q: unwanted (%s) in %q", ss[i].Text, f, got)
			}
		}
	}
}
