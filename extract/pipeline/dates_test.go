package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

// Coordinated dates: each split fact keeps the date its object names
// ("held strikes in June" is June, not the first conjunct March); a date
// in front of a noun does not date the clause.
func TestObjectDates(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	res, err := x.Extract(context.Background(), []extract.Document{doc("t", "2026-01-07",
		"The dockers' union held strikes in March and June. The council signed the 2019 charter.")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"strikes in March": "2025-03", "strikes in June": "2025-06", "the 2019 charter": ""}
	seen := map[string]bool{}
	for _, f := range res.Facts {
		if d, ok := want[f.Object]; ok {
			seen[f.Object] = true
			if f.Date != d {
				t.Errorf("%s %s %s: date %q, want %q", f.Subject, f.Relation, f.Object, f.Date, d)
			}
		}
	}
	for o := range want {
		if !seen[o] && !strings.Contains(o, "2019") {
			t.Errorf("no fact with object %q", o)
		}
	}
}

// Dates of the fact's own clause that the parse put out of the verb's
// reach: a relation that runs on into an open complement ("is expected to
// visit") is dated by the complement's date. A day named only as
// background (in a relative clause under a present-tense main clause) is
// not carried to the next sentence's undated events.
func TestClauseDates(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	res, err := x.Extract(context.Background(), []extract.Document{doc("t", "2026-01-05",
		"The health minister is expected to visit the site on Wednesday. "+
			"The director said he had planned to leave since the spring. "+
			"The merger, which was approved by both boards on Thursday, values the bakery at 300 million pounds. "+
			"Shares in the bakery rose 6 percent. "+
			"The pact was signed at the end of the visit to Velgrad, the first by a Corvanian head of state since 2011.")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"is expected to visit|the site on Wednesday": "2026-01-07", "rose|6 percent": "", "had planned to leave|": "",
		"was signed at|the end of the visit to Velgrad": ""} // a record's start ("the first ... since 2011") dates nothing
	seen := map[string]bool{}
	for _, f := range res.Facts {
		k := f.Relation + "|" + f.Object
		if d, ok := want[k]; ok {
			seen[k] = true
			if f.Date != d {
				t.Errorf("%s %s %s: date %q, want %q", f.Subject, f.Relation, f.Object, f.Date, d)
			}
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("no fact %q", k)
		}
	}
}

// TestForecastDates: a reported forecast's day lies ahead of the saying,
// and the saying, said in the past, is not dated after publication even
// when the parse hangs the day on its verb.
func TestForecastDates(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	res, err := x.Extract(context.Background(), []extract.Document{doc("t", "2026-07-23",
		"The chief fire officer, Ada Voss, told reporters on Thursday that crews had held the line. "+
			"She added that rain was possible on Saturday but that it would probably not be enough.")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range res.Facts {
		if f.Relation == "added that" {
			found = true
			if f.Date > "2026-07-23" {
				t.Errorf("%s %s %s: dated %s, after publication", f.Subject, f.Relation, f.Object, f.Date)
			}
		}
	}
	if !found {
		t.Error(`no fact "added that"`)
	}
}

// A day named after the lead dates the rest of its paragraph only; the
// paragraphs after it go on from the lead's day (a speaker, the aftermath),
// not from the backstory's. A text laid out one sentence a line tells no
// paragraphs, and its focus carries over as before.
func TestParagraphDates(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	type want struct{ subj, rel, date string }
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"backstory paragraph",
			"Crews restored power to 9,000 homes in Veldmark on Wednesday, the utility said. Engineers repaired two substations.\n" +
				"The storm began on Monday. It knocked down hundreds of trees.\n" +
				"Mayor Ilka Brandt thanked the crews at a news conference.",
			[]want{{"Engineers", "repaired", "2026-03-11"}, {"The storm", "knocked down", "2026-03-09"}, {"Ilka Brandt", "thanked", "2026-03-11"}}},
		{"a quote's day",
			"Police arrested two men in Torvik on Tuesday, a spokeswoman said. They seized a van.\n" +
				"\"We were warned on Sunday,\" the harbour master said. He gave no details.\n" +
				"Officers searched a warehouse near the docks.",
			[]want{{"They", "seized", "2026-03-10"}, {"Officers", "searched", "2026-03-10"}}},
		{"one sentence a line",
			"Crews restored power to 9,000 homes in Veldmark on Wednesday, the utility said.\n" +
				"The storm began on Monday.\n" +
				"Mayor Ilka Brandt thanked the crews at a news conference.",
			[]want{{"Ilka Brandt", "thanked", "2026-03-09"}}},
	}
	for _, tt := range tests {
		res, err := x.Extract(context.Background(), []extract.Document{doc("p", "2026-03-12", tt.text)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			found := false
			for _, f := range res.Facts {
				if strings.Contains(f.Subject, w.subj) && strings.HasPrefix(f.Relation, w.rel) {
					found = true
					if f.Date != w.date {
						t.Errorf("%s: %s | %s | %s: date %q, want %q", tt.name, f.Subject, f.Relation, f.Object, f.Date, w.date)
					}
				}
			}
			if !found {
				t.Errorf("%s: no fact %s | %s", tt.name, w.subj, w.rel)
			}
		}
	}
}
