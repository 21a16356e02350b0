package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

// dateCase is a made-up text and the dates its facts should get: a fact
// is picked by its relation's start and a piece of its object.
type dateCase struct {
	name, published, text string
	want                  []dateWant
}

type dateWant struct{ rel, obj, date string }

func checkDates(t *testing.T, tests []dateCase) {
	t.Helper()
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		res, err := x.Extract(context.Background(), []extract.Document{doc("d", tt.published, tt.text)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			found := false
			for _, f := range res.Facts {
				if strings.HasPrefix(f.Relation, w.rel) && strings.Contains(f.Object, w.obj) {
					found = true
					if f.Date != w.date {
						t.Errorf("%s: %s | %s | %s: date %q, want %q", tt.name, f.Subject, f.Relation, f.Object, f.Date, w.date)
					}
				}
			}
			if !found {
				t.Errorf("%s: no fact %s ... %s", tt.name, w.rel, w.obj)
			}
		}
	}
}

// A date after "until", "through" or "beyond" bounds what is promised,
// kept, frozen or funded, or sets a deadline; it is not when the promise
// was made, nor, on a verb in the simple past, when anything happened.
// After a negation ("did not report it until April") it is when it
// happened.
func TestLimitDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"beyond", "2026-03-10", "The union said the company had refused to guarantee jobs beyond 2029.",
			[]dateWant{{"had refused", "jobs", ""}}},
		{"until, in the object", "2026-03-10", "Velmark said it had offered a pay guarantee until 2031 for drivers.",
			[]dateWant{{"had offered", "guarantee", ""}}},
		{"until, in a complement", "2026-03-10", "The startup said it had enough cash to fund research until mid-2028.",
			[]dateWant{{"had", "enough cash", ""}}},
		{"until, on a modal verb", "2026-03-10", "The central bank should keep rates on hold until the summer.",
			[]dateWant{{"should keep", "rates", ""}}},
		{"until, on a verb in the simple past", "2026-03-10", "The agency kept its flood warning in place until Friday morning.",
			[]dateWant{{"kept", "warning", ""}}},
		{"until a year, frozen", "2026-03-10", "The Tarvik council also froze hiring in its parks department until 2028.",
			[]dateWant{{"also froze", "parks department", ""}}},
		{"until a year, suspended", "2026-03-10", "The ministry suspended new drilling permits in the Oster basin until 2029.",
			[]dateWant{{"suspended", "permits", ""}}},
		{"a deadline", "2026-03-10", "Inspectors gave the Velska operator until the end of April to fix the faults.",
			[]dateWant{{"gave", "operator", ""}}},
		{"not until", "2026-03-10", "Brightmoor had not reported the fault until February.",
			[]dateWant{{"had not reported", "fault", "2026-02"}}},
	})
}

// A "since" date starts a period: a change or repeated acts counted over
// it, or a state or an activity that goes on through it. None of them
// happened then, so none is dated by it.
func TestSinceDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"a change", "2026-03-10", "Kessler said its headcount had risen by 4 percent since 2024.",
			[]dateWant{{"had risen", "4 percent", ""}}},
		{"a count", "2026-03-10", "The ministry has hired 40 inspectors since January.",
			[]dateWant{{"has hired", "inspectors", ""}}},
		{"repeated acts", "2026-03-10", "Tolvane Motors said it had met union leaders six times since August.",
			[]dateWant{{"had met", "union leaders", ""}}},
		{"a counted passive", "2026-03-10", "More than 40 people have been killed since January.",
			[]dateWant{{"have been killed", "", ""}}},
		{"a passive state", "2026-03-10", "The bridge has been closed since Monday.",
			[]dateWant{{"has been closed", "", ""}}},
		{"a role", "2026-03-10", "Orla Venn has led the unit since 2021.",
			[]dateWant{{"has led", "unit", ""}}},
		{"a state", "2026-03-10", "Harlow has been with the bank since 2019.",
			[]dateWant{{"has been with", "bank", ""}}},
		{"a state below a mark", "2026-03-10", "Rainfall across the Pelm valley has been below average since 2023, according to the Tarsk weather office.",
			[]dateWant{{"has been below", "average", ""}}},
		{"a period beside a dated clause", "2026-03-10", "He said a security audit last year had found no flaws, and the Pelm council had been upgrading its servers since March.",
			[]dateWant{{"had been upgrading", "servers", ""}, {"had found", "flaws", "2025"}}},
		{"a period after the day in focus", "2026-03-13", "Union leader Mara Quist said on Wednesday that the strike would continue. She said the operator had refused to meet since October.\n\nIvo Brenn, the operator's chief executive, said the company had lost 14 million euros.",
			[]dateWant{{"said", "would continue", "2026-03-11"}, {"said", "had lost", ""}}},
		{"a state after remain", "2026-03-10", "Bread prices in Ostrel have remained above the cap since January.",
			[]dateWant{{"have remained", "", ""}}},
	})
}

// A date inside the baseline of a change ("down from a peak of 8 percent
// in late 2024") dates the baseline: the change keeps its own date, and a
// month of it does not take the baseline's year.
func TestBaselinePhraseDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"down from a peak", "2026-03-10", "Prices in Tarsel rose 3.1 percent in January from a year earlier, down from a peak of 8 percent in late 2024, the office said.",
			[]dateWant{{"rose", "3.1 percent", "2026-01"}}},
		{"down from a high", "2026-08-25", "Sales of the Orvo fell 4 percent in July, down from a high of 9 percent in early 2024.",
			[]dateWant{{"fell", "4 percent", "2026-07"}}},
		{"down from a gain, reported", "2026-06-10", "Factory output in Tarsel fell 1.5 percent in March, down from a gain of 2 percent in 2025, officials said.",
			[]dateWant{{"fell", "1.5 percent", "2026-03"}, {"said", "Factory output", ""}}},
		{"more than a figure", "2026-08-25", "The owners have spent more than 200 million euros on new players this summer.",
			[]dateWant{{"have spent", "200 million", "2026-SU"}}},
	})
}

// What is expected or threatened lies ahead: "more rain was expected on
// Thursday" in a report is the coming Thursday, "has threatened strikes
// in August" the coming August. A threat made on a day keeps that day.
func TestForwardDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"expected, reported", "2026-03-10", "Forecasters said more snow was expected on Thursday.",
			[]dateWant{{"was expected", "", "2026-03-12"}}},
		{"expected, present", "2026-03-10", "More rain is expected on Monday.",
			[]dateWant{{"is expected", "", "2026-03-16"}}},
		{"threatened", "2026-03-10", "The dockers' union has threatened further strikes in August if the port does not drop its plan.",
			[]dateWant{{"has threatened", "strikes", "2026-08"}}},
		{"promises", "2026-03-10", "The ministry promises a vote in February.",
			[]dateWant{{"promises", "vote", "2027-02"}}},
		{"a threat's own day", "2026-03-10", "The union threatened on Monday to strike.",
			[]dateWant{{"threatened", "to strike", "2026-03-09"}}},
	})
}

// Sayings after an event that an undated saying reported ("The river
// burst its banks on Monday, officials said") do not inherit the event's
// day; a day named for a saying, the day of publication, or a day the
// story narrates itself still dates them.
func TestSayingDates(t *testing.T) {
	const flood = "The Tarsel River burst its banks on Monday after heavy rain, officials said.\n" +
		"Farmers said the water arrived just before the harvest. Their union asked for help.\n" +
		"The mayor said on Monday that the dam was weak. The engineer said the barrier had passed its inspection."
	checkDates(t, []dateCase{
		{"the day after", "2026-06-23", flood, []dateWant{
			{"burst", "banks", "2026-06-22"}, {"said", "the water arrived", ""}, {"asked for", "help", ""},
			{"said", "the barrier", "2026-06-22"}}},
		{"the same day", "2026-06-22", flood, []dateWant{
			{"said", "the water arrived", "2026-06-22"}}},
		{"a publisher's statement", "2026-09-02", "The painter Ivo Marsh died in Velby on Monday, his gallery said in a statement.\nHis family asked for privacy.",
			[]dateWant{{"asked for", "privacy", ""}}},
		{"a publisher's word", "2026-09-02", "Orla Dunn died at her home in Velby on Monday evening, her publisher said.\nHer family asked for privacy.",
			[]dateWant{{"asked for", "privacy", ""}}},
		{"a saying's own day", "2026-06-23", "Velmark chief executive Ona Brill told a trade conference in Tarsel on Monday that customer trust was \"our best product.\"\nThe union said it would strike.",
			[]dateWant{{"said", "it would strike", "2026-06-22"}}},
		{"narrated", "2026-06-23", "The court convicted Ivo Lenk of fraud on Monday. Lenk told reporters he would appeal.",
			[]dateWant{{"told", "", "2026-06-22"}}},
	})
}

// A date that opens a range ("between 2021 and 2024", "2022-2024", "from
// January to April 2025") dates what went on over the range only by what
// both ends share: a year or month, or nothing; the first end alone is
// not when it happened. "from 2016 until she dismissed him" has no second
// date and keeps its start.
func TestRangeDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"between years", "2026-06-10", "The authority paid 4 million crowns to Brandt Consulting between 2019 and 2022.",
			[]dateWant{{"paid", "4 million crowns", ""}}},
		{"years with a hyphen", "2026-06-10", "The agency hired 40 inspectors in 2022-2024.",
			[]dateWant{{"hired", "40 inspectors", ""}}},
		{"years with a dash", "2026-06-10", "The firm said profits rose every year in 2021–2023.",
			[]dateWant{{"rose", "2021", ""}}},
		{"months of one year", "2026-06-10", "The plant ran at full capacity from January to April 2025.",
			[]dateWant{{"ran at", "full capacity", "2025"}}},
		{"a start only", "2026-06-10", "Rauch, who managed Varga from 2016 until she dismissed him in 2024, denied the charges.",
			[]dateWant{{"managed", "Varga", "2016"}}},
	})
}

// Two different months inside the year a clause names ("two cuts this
// year, one in May and one in September") split what the clause counts:
// the year dates it, not the first month. One month inside it ("met last
// year in May") still does.
func TestSplitFinerDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"this year, two months", "2026-03-11", "Analysts at Vessel Bank said they now expect two cuts this year, one in May and one in September.",
			[]dateWant{{"now expect", "two cuts", "2026"}}},
		{"last year, two months", "2026-03-11", "The club signed two players last year, one in January and one in August.",
			[]dateWant{{"signed", "two players", "2025"}}},
		{"a year, two conjoined months", "2026-03-11", "The union held two strikes in 2025, in March and in June.",
			[]dateWant{{"held", "two strikes", "2025"}}},
		{"one month", "2026-03-11", "The council met last year in May.",
			[]dateWant{{"met", "", "2025-05"}}},
	})
}

// A saying through a filing the story already knows ("said in its
// complaint", "wrote in the lawsuit") has the filing's time, not the
// story's day; one through a new statement still takes the day.
func TestEarlierDocumentDates(t *testing.T) {
	const text = "Prosecutors in Velby opened an inquiry on Tuesday into road contracts. Norvale Paving said in its complaint that the bids had been late. " +
		"The mayor said in a statement that she was concerned. Orvo wrote in the lawsuit that the tender was rigged."
	checkDates(t, []dateCase{
		{"complaint and lawsuit", "2026-02-17", text, []dateWant{
			{"said", "the bids had been late", ""}, {"wrote", "the tender was rigged", ""}, {"said in", "a statement", "2026-02-17"}}},
	})
}

// An attribution after a comma ("..., his gallery said in a statement")
// that the parse made a conjunct of what it reports is not dated by the
// reported event; a saying joined by "and" ("met on Monday and said")
// still shares its conjunct's day.
func TestTrailingAttributionDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"gallery", "2026-09-02", "The painter Ivo Marsh died in Velby on Monday, his gallery said in a statement.",
			[]dateWant{{"died in", "Velby", "2026-08-31"}, {"said", "Ivo Marsh died", ""}}},
		{"publisher", "2026-09-02", "Orla Dunn died at her home in Velby on Monday evening, her publisher said.",
			[]dateWant{{"died at", "her home", "2026-08-31"}, {"said", "Orla Dunn died", ""}}},
		{"a phrase of the saying's before the comma", "2026-09-02", "Ona Brill died at her home in Tarsel on Monday evening after a short illness, Velmark Press said in a statement.",
			[]dateWant{{"said", "Ona Brill died", ""}}},
		{"and said", "2026-09-02", "The council met on Monday and said the bridge would close.",
			[]dateWant{{"said", "the bridge would close", "2026-08-31"}}},
	})
}

// A fact whose object names coordinated dates ("held strikes in March
// and June") is dated by what they share, the year, or not at all
// ("flooding in 2021 and 2024"); the split facts keep their own.
func TestCoordinatedObjectDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"two months", "2026-01-07", "The dockers' union held strikes in March and June.",
			[]dateWant{{"held", "strikes in March and June", "2025"}, {"held", "strikes in June", "2025-06"}}},
		{"two years", "2026-01-07", "The valley suffered serious flooding in 2021 and 2024.",
			[]dateWant{{"suffered", "flooding in 2021 and 2024", ""}}},
		{"two days", "2026-01-07", "Orlan met the envoy on Monday and Tuesday.",
			[]dateWant{{"met", "the envoy on Monday and Tuesday", "2026-01"}, {"met", "the envoy on Tuesday", "2026-01-06"}}},
	})
}

// A date inside a relative clause on the speaker dates that clause, not
// the saying, even when the parse hangs the saying on the relative
// clause ("Daram, who visited the port on Wednesday, said ...").
func TestRelativeClauseDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"a visit, then a saying", "2026-03-12", "Prime Minister Olek Daram, who visited Brisk Harbour on Wednesday, said the government is expected to table new rules next week.",
			[]dateWant{{"visited", "Brisk Harbour", "2026-03-11"}, {"said", "new rules", ""}}},
		{"another visit", "2026-03-12", "Prime Minister Esra Lund, who visited Tolm on Tuesday, said the army would stay in the region.",
			[]dateWant{{"visited", "Tolm", "2026-03-10"}, {"said", "army", ""}}},
		{"a tour", "2026-03-12", "Health Minister Piet Varga, who toured the Ostrel hospital on Friday, said more beds would be added.",
			[]dateWant{{"toured", "hospital", "2026-03-06"}, {"said", "beds", ""}}},
	})
}

// A date in what a saying reports dates the reported clause, not the
// saying, however the parse hung the clause (a finite verb read as a
// modifier: "said the reservoirs, which supply 4 million people, were at
// 17 percent on Thursday"); and the sayings after it do not take that
// day.
func TestReportedClauseDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"a misparsed complement", "2026-08-14", "Environment Minister Ivo Darnell said the Kesh and Ulm reservoirs, which together supply about 4 million people, were at 17 percent and 12 percent respectively on Thursday. \"We are not in a crisis yet,\" Darnell told a news conference. He said the government would ban the filling of private swimming pools.",
			[]dateWant{{"said", "Ulm reservoirs", ""}, {"told", "crisis", ""}, {"said", "would ban", ""}}},
		{"a date before a trailing attribution", "2026-08-14", "The Kesh reservoirs were at 17 percent on Thursday, the minister said.",
			[]dateWant{{"were at", "17 percent", "2026-08-13"}, {"said", "reservoirs", ""}}},
		{"a relative clause in the complement", "2026-08-14", "Officials said the old Tarn bridge, which collapsed on Monday, would be rebuilt. The mayor said the city would pay for it.",
			[]dateWant{{"collapsed", "", "2026-08-10"}, {"said", "would pay", ""}}},
	})
}

// A saying through a memo or a letter has the writing's day, which the
// story seldom gives, not the day in focus; a statement is the story's.
func TestWritingDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"a memo", "2026-10-02", "Quillo Systems was fined 40 million euros on Friday. Its new chief, Ada Penn, said in an internal memo seen by The Ledger that security would be the top priority.",
			[]dateWant{{"said", "top priority", ""}}},
		{"a letter", "2026-10-02", "Quillo Systems was fined 40 million euros on Friday. The chief executive, Ada Penn, said in a letter to staff that the company would appeal.",
			[]dateWant{{"said", "would appeal", ""}}},
		{"a statement", "2026-10-02", "Quillo Systems was fined 40 million euros on Friday. The chief executive, Ada Penn, said in a statement that the company would appeal.",
			[]dateWant{{"said", "would appeal", "2026-10-02"}}},
	})
}

// A conjunct with a time word of its own ("once", "later") is not at the
// date of the clause it is joined to.
func TestConjunctOwnTime(t *testing.T) {
	checkDates(t, []dateCase{
		{"once", "2026-03-12", "Pellow Haulage, which was founded in 1958 and once ran a fleet of 600 lorries, collapsed in May 2024.",
			[]dateWant{{"once ran", "fleet", ""}, {"collapsed", "", "2024-05"}}},
		{"later", "2026-03-12", "Tarn Mills was founded in 1902 and later became the town's largest employer.",
			[]dateWant{{"later became", "employer", ""}}},
		{"once, a museum", "2026-03-12", "The Varn museum opened in 1988 and once drew a million visitors a year.",
			[]dateWant{{"once drew", "visitors", ""}}},
		{"no time of its own", "2026-03-12", "The council met on Tuesday and approved the budget.",
			[]dateWant{{"approved", "budget", "2026-03-10"}}},
		{"later the same day, maybe", "2026-03-12", "A 40-year-old man was questioned on Tuesday and later released without charge.",
			[]dateWant{{"was later released", "charge", "2026-03-10"}}},
		{"once again", "2026-03-12", "The Tarn council met on Tuesday and once again rejected the plan.",
			[]dateWant{{"rejected", "plan", "2026-03-10"}}},
	})
}
