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
	tests := []gateCase{
		// a time clause under a future, backshifted in reported speech
		{"Marla Quint said families would not be allowed to return until the fire brigade declared the village safe.", "brigade", "declared", "safe", "conditional"},
		{"Quint said families would not be allowed to return until the fire brigade declared the village safe, which she said was unlikely before Friday.", "brigade", "declared", "safe", "conditional"},
		{"The mayor said the school would reopen when engineers declared the building sound.", "engineers", "declared", "sound", "conditional"},
		{"Families will be able to go home once the council has declared the road safe.", "council", "declared", "safe", "conditional"},
		{"Families will be allowed to return when the brigade declares the village safe.", "brigade", "declares", "safe", "conditional"},
		// what is still to be said is not said yet
		{"\"What I can promise customers is that we will tell them the moment we know their data has been leaked.\"", "data", "leaked", "", "unasserted"},
		{"The ministry will announce on Monday that the northern border has reopened to lorries.", "border", "reopened", "", "unasserted"},
		{"The harbour master will tell shipowners that the channel has been cleared of wrecks.", "channel", "cleared", "", "unasserted"},
		{"\"What I can promise families is that we will tell them the moment we know their information has been affected.\"", "information", "affected", "", "unasserted"},
		// what happened stays a fact
		{"The ministry announced on Monday that the northern border has reopened to lorries.", "border", "reopened", "lorries", ""},
		{"Families returned after the fire brigade declared the village safe.", "brigade", "declared", "safe", ""},
		{"Families were allowed to return when the brigade declared the village safe.", "brigade", "declared", "safe", ""},
		// a condition of several words, or a participle, however parsed
		{"The Kessa union said Varn Steel would keep the furnace lit as long as the ministry paid for the gas.", "ministry", "paid", "", "conditional"},
		{"The Orm council will approve the tower provided that the developer builds a new school.", "developer", "builds", "school", "conditional"},
		{"The Orm council will approve the tower provided that the developer builds a new school.", "tower", "provided", "school", "conditional"},
		// a time clause under a future read as a relative clause
		{"The Pell union said its members would vote on any offer once it was put in writing.", "it", "put", "writing", "conditional"},
		{"The Pell members voted on the new offer once the terms were put in writing.", "terms", "put", "writing", ""},
		// the "until" clause of a reported future hung on the verb of saying
		{"The ministry said Ostra Bank would not pay a dividend until the regulator approved its capital plan.", "regulator", "approved", "plan", "conditional"},
	}
	checkGates(t, x, tests)
}

// TestConditionKept checks that a fact stated under an "if" or "unless"
// clause after the predicate either carries the condition in its object
// or is no graph fact: cut off, the fact is asserted outright.
func TestConditionKept(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text              string
		subject, relation string
		kept              bool // the condition may be dropped: it is no condition
	}{
		{"Under the contract, Delmar will have to pay Oskar Freight a penalty of 20 million euros if the sale does not close by the end of June next year.", "Delmar", "pay", false},
		{"The pilots' union will strike for three days next month unless the airline raises the wages of its cabin crews at all of its bases in the north.", "union", "strike", false},
		{"The council would sell the old library to a developer for 3 million euros if the new building were finished before the start of the school year.", "council", "sell", false},
		{"The airline will cancel its flights unless the strike ends.", "airline", "cancel", false},
		// "even if" concedes: the main clause holds either way
		{"Brenna Steel will close the Kessa plant next year even if the regional government offers the company another loan of 40 million euros.", "Brenna Steel", "close", true},
		// a condition told in reported speech that the parse hung on
		// the verb of saying
		{"He said Tarn Rail would not improve its pay offer unless the union dropped its demand on night shifts.", "Tarn Rail", "improve", false},
		{"Officials said the Brask ferry would not sail again until the harbour wall was repaired.", "Brask ferry", "sail", false},
		{"The ministry said Ostra Bank would not pay a dividend until the regulator approved its capital plan.", "Ostra Bank", "pay", false},
		{"The ministry said Ostra Bank would not pay a dividend until the regulator approved its capital plan.", "ministry", "said", false},
		{"Ruben Tasch said the club would sell its stadium only if the council approved a new site.", "club", "sell", false},
		{"The Pell union said Orvik Steel could keep the plant open on condition that it paid the back wages.", "Orvik Steel", "keep", false},
		// a time clause "only" singles out is a condition
		{"Dara Pell said the stewards opened the gates only after the police had cleared the square.", "stewards", "opened", false},
		{"Dara Pell said the stewards opened the gates only after the police had cleared the square and checked every car parked along the harbour road.", "stewards", "opened", false},
		{"The Varn bridge will reopen only when engineers have checked the cables.", "bridge", "reopen", false},
		{"The stewards opened the gates after the police had cleared the square.", "stewards", "opened", true},
		// "until" under a future, before the clause it bounds
		{"\"Until the audit is published, the Varn council will not release the funds,\" said Ilse Marn.", "Varn council", "release", false},
	}
	for _, tt := range tests {
		res, err := x.Extract(context.Background(), []extract.Document{doc("c", "2025-03-08", tt.text)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range res.Facts {
			if !strings.Contains(f.Subject, tt.subject) || !strings.Contains(f.Relation, tt.relation) {
				continue
			}
			found = true
			lost := f.Gate == ""
			for _, w := range []string{" if ", " unless ", " until ", " on condition ", " as long as ", " provided ", " only after ", " only when "} {
				if strings.Contains(f.Object, w) {
					lost = false
				}
			}
			if tt.kept && f.Gate == "conditional" {
				t.Errorf("%q: (%s; %s; %s) gate = %q, want a graph fact", tt.text, f.Subject, f.Relation, f.Object, f.Gate)
			}
			if !tt.kept && lost {
				t.Errorf("%q: (%s; %s; %s) is a graph fact without its condition", tt.text, f.Subject, f.Relation, f.Object)
			}
		}
		if !found {
			t.Errorf("%q: no fact (%s; %s)", tt.text, tt.subject, tt.relation)
		}
	}
}
