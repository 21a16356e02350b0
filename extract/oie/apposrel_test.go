package oie

import (
	"testing"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
)

// TestRelativeOnAppositive checks that a relative clause on a common noun
// in apposition to a name is said of the name ("Mirela S., a nurse who
// commutes from Kessik": Mirela S. commutes), that the apposition's own
// fact stays, and that a relative clause on a noun inside the
// appositive's phrase, or on a noun with no name, keeps its noun.
// Sentences our own, parsed by the project's parser.
func TestRelativeOnAppositive(t *testing.T) {
	m, err := nlp.Load(en.FS)
	if err != nil {
		t.Fatal(err)
	}
	a := nlp.New(m)
	tests := []factCase{
		{"Mirela S., a nurse who commutes from Kessik, said the clinic was short of staff.",
			[]fact{{"Mirela S.", "commutes from", "Kessik"}, {"Mirela S.", "is", "a nurse"}}, []fact{{"a nurse", "commutes from", "Kessik"}}},
		{"Mayor Rosalind A., a former accountant who won office in 2022, opened the bridge on Monday.",
			[]fact{{"Mayor Rosalind A.", "won", "office"}}, []fact{{"a former accountant", "won", "office"}}},
		{"Doran Veskel, an engineer who designed the dam, warned of cracks.",
			[]fact{{"Doran Veskel", "designed", "the dam"}}, []fact{{"an engineer", "designed", "the dam"}}},
		{"Petra Olvan, the teacher who founded the school, retired last year.",
			[]fact{{"Petra Olvan", "founded", "the school"}}, []fact{{"the teacher", "founded", "the school"}}},
		{"Tomas Brell, a drill operator who was hurt in the blast, left the hospital on Friday.",
			[]fact{{"Tomas Brell", "was hurt in", "the blast"}}, []fact{{"a drill operator", "was hurt in", "the blast"}}},
		{"Ostrig Mills, a firm that supplies flour to bakeries, raised its prices.",
			[]fact{{"Ostrig Mills", "supplies", "flour to bakeries"}}, []fact{{"a firm", "supplies", "flour to bakeries"}}},
		{"Havrel Tools, a company that makes drills, cut 200 jobs.",
			[]fact{{"Havrel Tools", "makes", "drills"}}, []fact{{"a company", "makes", "drills"}}},
		{"Korbin Dale, a driver at Velta Freight who lost his job, sued the firm.",
			[]fact{{"Korbin Dale", "lost", "his job"}}, []fact{{"Velta Freight", "lost", "his job"}}},
		// the relative pronoun as the object
		{"Mirela S., a nurse whom the clinic hired in May, said the ward was full.",
			[]fact{{"the clinic", "hired", "Mirela S."}}, []fact{{"the clinic", "hired", "a nurse"}}},
		{"Doran Veskel, an engineer whom the city hired in 2019, warned of cracks.",
			[]fact{{"the city", "hired", "Doran Veskel"}}, []fact{{"the city", "hired", "an engineer"}}},
		// controls: the relative is on a noun in the appositive's phrase,
		// or on a noun that is no appositive
		{"Lena Kovar, the head of a union that represents 9,000 drivers, called a strike.",
			[]fact{{"a union", "represents", "9,000 drivers"}}, []fact{{"Lena Kovar", "represents", "9,000 drivers"}}},
		{"The nurse who treated him said the wound was deep.",
			[]fact{{"The nurse", "treated", "him"}}, nil},
		// an apposition that sums up the clause before it
		{"The side were beaten 3-0 by Velmor on Sunday, a result that angered the fans.",
			nil, []fact{{"Velmor", "angered", "the fans"}}},
		{"The club lost to Velmor, a result that angered the fans.",
			nil, []fact{{"Velmor", "angered", "the fans"}}},
		{"Police questioned Arno Vist, a baker who lives in Tarn.",
			[]fact{{"Arno Vist", "lives in", "Tarn"}}, nil},
		{"Officials met Ivo Grell, head of the Tarn farmers group, which sought to delay the vote.",
			nil, []fact{{"Ivo Grell", "sought to delay", "the vote"}}},
	}
	checkFacts(t, a, tests)
}

type factCase struct {
	text      string
	want, not []fact
}

type fact struct{ subj, rel, obj string }

func checkFacts(t *testing.T, a *nlp.Annotator, tests []factCase) {
	t.Helper()
	for _, tt := range tests {
		s := a.AnnotateSentence(tt.text)
		got := map[fact]bool{}
		var all []fact
		for _, e := range Extract(&s, Options{}) {
			f := fact{e.Subject, e.Relation, e.Object}
			got[f] = true
			all = append(all, f)
		}
		for _, f := range tt.want {
			if !got[f] {
				t.Errorf("%q: (%s; %s; %s) missing, got %q", tt.text, f.subj, f.rel, f.obj, all)
			}
		}
		for _, f := range tt.not {
			if got[f] {
				t.Errorf("%q: (%s; %s; %s) extracted", tt.text, f.subj, f.rel, f.obj)
			}
		}
	}
}
