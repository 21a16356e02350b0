package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

// TestLostCondition checks that a clause the sentence states only as a
// condition still to be met is no graph fact, and that the same clause in
// the past, where it happened, stays one.
func TestLostCondition(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text                      string
		subject, relation, object string
		gate                      string
	}{
		// a time clause under a future, backshifted in reported speech
		{"Marla Quint said families would not be allowed to return until the fire brigade declared the village safe.", "brigade", "declared", "safe", "conditional"},
		{"Quint said families would not be allowed to return until the fire brigade declared the village safe, which she said was unlikely before Friday.", "brigade", "declared", "safe", "conditional"},
		{"The mayor said the school would reopen when engineers declared the building sound.", "engineers", "declared", "sound", "conditional"},
		{"Families will be able to go home once the council has declared the road safe.", "council", "declared", "safe", "conditional"},
		{"Families will be allowed to return when the brigade declares the village safe.", "brigade", "declares", "safe", "conditional"},
		// what happened stays a fact
		{"Families returned after the fire brigade declared the village safe.", "brigade", "declared", "safe", ""},
		{"Families were allowed to return when the brigade declared the village safe.", "brigade", "declared", "safe", ""},
	}
	for _, tt := range tests {
		res, err := x.Extract(context.Background(), []extract.Document{doc("g", "2025-03-08", tt.text)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got *extract.Fact
		for i := range res.Facts {
			f := &res.Facts[i]
			if strings.Contains(f.Subject, tt.subject) && strings.Contains(f.Relation, tt.relation) && strings.Contains(f.Object, tt.object) {
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
