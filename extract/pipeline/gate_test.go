package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

// TestGate checks, on sentences written for it, which extractions become
// graph facts and why the others stay raw extractions.
func TestGate(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text                      string
		subject, relation, object string // substrings of the fact looked for
		gate                      string // want; "" = a graph fact
	}{
		{"The council approved the harbour budget on Monday.", "council", "approved", "budget", ""},
		{"Mayor Elena Marchetti's plan angered the fishermen.", "Marchetti", "has", "plan", "possessive"},
		{"The new ferry terminal in Porto was busy.", "terminal", "in", "Porto", "modifier"},
		{"The harbour report was long.", "report", "was", "long", "attribute"},
		{"It was windy and dusty all afternoon.", "It", "was", "dusty", "attribute"},
		{"They criticised the decision on Tuesday.", "They", "criticised", "decision", "pronoun"},
		{"The driver could face ten years in prison if he is convicted of manslaughter.", "driver", "could face", "ten years", ""},
		{"The driver could face ten years in prison if he is convicted of manslaughter.", "", "convicted", "manslaughter", "conditional"},
		{"Norway offered to send engineers to repair the bridge.", "Norway", "offered to send", "engineers", ""},
		{"Norway offered to send engineers to repair the bridge.", "Norway", "repair", "bridge", "purpose"},
		{"Norway offered to send engineers to repair the bridge.", "Norway", "offered", "to send", "reading"},
	}
	for _, tt := range tests {
		res, err := x.Extract(context.Background(), []extract.Document{doc("g", "2025-03-08", tt.text)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got *extract.Fact
		for i := range res.Facts {
			f := &res.Facts[i]
			if strings.Contains(f.Subject, tt.subject) && strings.Contains(f.Relation, tt.relation) && strings.Contains(f.Object, tt.object) &&
				(tt.object != "" || f.Object == "" || tt.gate != "") {
				if got == nil || (f.Gate == tt.gate && got.Gate != tt.gate) {
					got = f
				}
			}
		}
		if got == nil {
			for _, f := range res.Facts {
				t.Logf("  %s | %s | %s  gate=%q", f.Subject, f.Relation, f.Object, f.Gate)
			}
			t.Errorf("%q: no fact (%s; %s; %s)", tt.text, tt.subject, tt.relation, tt.object)
			continue
		}
		if got.Gate != tt.gate {
			t.Errorf("%q: (%s; %s; %s) gate = %q, want %q", tt.text, got.Subject, got.Relation, got.Object, got.Gate, tt.gate)
		}
	}
}

// TestTitleFacts checks that a headline is read as a sentence: its facts
// cite the title with offset extract.TitleOffset, and a title-case headline
// is true-cased so its verb is read as a verb.
func TestTitleFacts(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	d := doc("h", "2025-03-08", "The harbour council approved a new budget on Friday. The budget pays for two new cranes.")
	d.Title = "Harbour Council Approves Budget For Cranes"
	res, err := x.Extract(context.Background(), []extract.Document{d}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Facts {
		for _, s := range f.Sources {
			if s.Offset == extract.TitleOffset && s.Sentence == d.Title && strings.Contains(f.Relation, "Approves") && f.Gate == "" {
				return
			}
		}
	}
	for _, f := range res.Facts {
		t.Logf("  %s | %s | %s  %+v gate=%q", f.Subject, f.Relation, f.Object, f.Sources, f.Gate)
	}
	t.Error("no graph fact read off the title")
}
