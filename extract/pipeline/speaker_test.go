package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

// TestQuoteFirstPerson checks that "I" in a quote is its speaker, and
// that "we" is the organisation the speaker speaks for when the sentence
// names one outside the quote, or the document ties the speaker to one by
// a role; else "we" stays.
func TestQuoteFirstPerson(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, want string
	}{
		{"Speaking for Velmora Group, manager Ana Ruiz said, \"we will appeal the ruling of the court.\"", "will appeal", "Velmora Group"},
		// "we" is not the speaker alone: with no organisation it stays
		{"\"We will appeal the ruling of the court,\" said Ana Ruiz, a lawyer in Tarrow.", "will appeal", "We"},
		// the organisation the document ties the speaker to by a role
		{"Ana Ruiz, a spokeswoman for Velmora Group, said the plant would close. \"We regret the decision,\" Ruiz said.", "regret", "Velmora Group"},
		{"Velmora Group chief executive Ana Ruiz visited Tarrow. \"We will build a new depot there,\" Ruiz said.", "will build", "Velmora Group"},
		{"Ana Ruiz, the finance director of Velmora Group, spoke on Monday. \"We expect to hire 400 people,\" Ruiz told reporters.", "expect", "Velmora Group"},
		{"Ana Ruiz is a councillor at Tarrow City Council. \"We listened to the residents,\" Ruiz said.", "listened", "Tarrow City Council"},
		{"French Finance Minister Paul Maret met bankers in Lyon. \"We have cut spending by a third,\" Maret said.", "have cut", "France"},
		// a former role, a role for no organisation, a minister of no
		// named government: "we" stays
		{"Ana Ruiz, a former spokeswoman for Velmora Group, criticised the plan. \"We warned the board,\" Ruiz said.", "warned", "We"},
		{"Ana Ruiz met Velmora Group executives in Tarrow. \"We had a long talk about wages,\" Ruiz said.", "had", "We"},
		{"Finance Minister Paul Maret spoke in Lyon. \"We will raise pensions,\" Maret said.", "will raise", "We"},
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
