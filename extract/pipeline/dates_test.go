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
