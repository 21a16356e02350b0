package pipeline_test

import "testing"

// TestEventsNamed checks that a bare description of an event the story
// told before with a verb ("the cuts" after "will cut 900 jobs", "the
// ban" after "has been banned for two years") is written with whose event
// it is, and that one told of two owners, of no name, or a verb that is
// not the event ("cut back on") leaves it as written. All names are
// invented.
func TestEventsNamed(t *testing.T) {
	runOpens(t, []opensCase{
		{"business: job cuts",
			"Orvane Steel said on Monday it would cut 900 jobs. Most of the cuts will fall on its plant in Kessel.",
			[]string{"Orvane Steel's job cuts"}, []string{"the cuts"}},
		{"sport: a ban for a time",
			"Marta Vellsen has been banned from competition for two years after failing a drug test. The ban runs until May 2028.",
			[]string{"Marta Vellsen's two-year ban"}, []string{"The ban"}},
		{"politics: a suspension of a named official",
			"Prime Minister Edda Holm suspended Deputy Minister Ola Brenvik on Friday. Opposition leaders said the suspension came too late.",
			[]string{"Ola Brenvik's suspension came too late"}, []string{"the suspension came too late"}},
		{"business: an acquisition, then the deal",
			"Tarvel Bank will acquire Ostrin Credit for 2 billion euros. The deal is expected to close in May.",
			[]string{"Tarvel Bank's acquisition"}, []string{"The deal"}},
		{"two owners in reach",
			"Orvane Steel will cut 900 jobs and Kestrel Mills will cut 400 jobs. Unions said the cuts were unfair.",
			[]string{"the cuts were unfair"}, []string{"Orvane Steel's job cuts", "Kestrel Mills' job cuts"}},
		{"no named owner",
			"The hospital trust has suspended a senior surgeon after a review. The union said the suspension was premature.",
			[]string{"the suspension was premature"}, nil},
		{"another verb: cut back on",
			"Dunmore Polymers had cut back on safety staff, the union said. Workers said the cuts were dangerous.",
			[]string{"the cuts were dangerous"}, []string{"Dunmore Polymers' cuts"}},
		{"a noun phrase after the verb names the thing",
			"Corvane Motors is recalling 21,000 Aster cars. It is the second large recall for the Aster. Analysts said the recall could cost Corvane 90 million euros.",
			[]string{"the second large recall for the Aster could cost"}, nil},
	})
}

// TestSoCalledNamed checks that a thing given a name with "so-called" is
// what a later bare description of its noun stands for, even after an
// earlier description of another wording ("a city rule"). Names are
// invented.
func TestSoCalledNamed(t *testing.T) {
	runOpens(t, []opensCase{
		{"politics: a named rule after a described one",
			"Aldmoor's council passed a city rule on Monday that bans cars from the old town. The so-called \"clean core rule\" takes effect in May. Shop owners said the rule would hurt trade.",
			[]string{"the clean core rule would hurt trade"}, []string{"the city rule would hurt trade", "the rule would hurt trade"}},
		{"science: a named method",
			"Researchers at Dunmere University tested a so-called \"cold start\" method on 40 patients. Doctors said the method was promising.",
			[]string{"the cold start method was promising"}, []string{"the method was promising"}},
		{"transport: a named scheme",
			"Velmor introduced a so-called \"green pass\" scheme for lorries. Hauliers said the scheme was costly.",
			[]string{"the green pass scheme was costly"}, []string{"the scheme was costly"}},
		{"so-called with no name",
			"Velmor introduced a new toll for lorries, the so-called tax. Hauliers said the toll was costly.",
			[]string{"the toll was costly"}, nil},
	})
}
