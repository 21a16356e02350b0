package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

// TestQuoteFirstPerson checks that "I" and "we" in a quote are its
// speaker, and that "we" is the organisation the speaker speaks for when
// the sentence names one outside the quote.
func TestQuoteFirstPerson(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, want string
	}{
		{"Speaking for Velmora Group, manager Ana Ruiz said, \"we will appeal the ruling of the court.\"", "will appeal", "Velmora Group"},
		{"\"We will appeal the ruling of the court,\" said Ana Ruiz, a lawyer in Tarrow.", "will appeal", "Ana Ruiz"},
		{"\"I will appeal the ruling of the court,\" said Ana Ruiz, manager of Velmora Group.", "will appeal", "Ana Ruiz"},
	}
	for _, tt := range tests {
		res, err := x.Extract(context.Background(), []extract.Document{doc("q", "2025-03-08", tt.text)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range res.Facts {
			if strings.HasPrefix(f.Relation, tt.relation) {
				found = true
				if f.Subject != tt.want {
					t.Errorf("%q: subject %q, want %q", tt.text, f.Subject, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %q fact", tt.text, tt.relation)
		}
	}
}
