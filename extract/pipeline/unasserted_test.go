package pipeline

import "testing"

// TestUnasserted checks which clauses a sentence does not assert, on parse
// shapes written out by hand (the parser reads some of these sentences
// differently from one model to the next).
func TestUnasserted(t *testing.T) {
	tests := []struct {
		name string
		rows []string
		verb int // 0-based token of the clause's predicate
		want bool
	}{
		{"a negated verb of saying", []string{"The DET 2 det", "minister NOUN 5 nsubj", "did AUX 5 aux", "not PART 5 advmod",
			"say VERB 0 root", "the DET 7 det", "plan NOUN 9 nsubj", "was AUX 9 cop", "dead ADJ 5 ccomp"}, 8, true},
		{"a verb of saying", []string{"The DET 2 det", "minister NOUN 3 nsubj", "said VERB 0 root", "the DET 5 det",
			"plan NOUN 7 nsubj", "was AUX 7 cop", "dead ADJ 3 ccomp"}, 6, false},
		{"a negated factive verb", []string{"They PRON 4 nsubj", "did AUX 4 aux", "not PART 4 advmod", "know VERB 0 root",
			"the DET 6 det", "plant NOUN 8 nsubj", "had AUX 8 aux", "closed VERB 4 ccomp"}, 7, false},
		{"a noun under no", []string{"Police PROPN 2 nsubj", "found VERB 0 root", "no DET 4 det", "sign NOUN 2 obj",
			"the DET 6 det", "gunman NOUN 7 nsubj", "had VERB 4 acl", "help NOUN 7 obj"}, 6, true},
		{"a noun under a negated copula", []string{"it PRON 5 nsubj", "is AUX 5 cop", "not PART 5 advmod", "a DET 5 det",
			"sign NOUN 0 root", "the DET 7 det", "reef NOUN 9 nsubj", "is AUX 9 cop", "safe ADJ 5 acl"}, 8, true},
		{"a conjunct of the unasserted clause's own form", []string{"They PRON 4 nsubj", "did AUX 4 aux", "not PART 4 advmod",
			"say VERB 0 root", "it PRON 7 nsubj", "would AUX 7 aux", "sell VERB 4 ccomp", "or CCONJ 10 cc", "would AUX 10 aux",
			"lease VERB 7 conj"}, 9, true},
		{"a conjunct of another form goes with the predicate above", []string{"The DET 2 det", "firm NOUN 4 nsubj",
			"has AUX 4 aux", "shown VERB 0 root", "no DET 6 det", "sign NOUN 4 obj", "it PRON 9 nsubj", "would AUX 9 aux",
			"accept VERB 6 acl", "bids NOUN 9 obj", "and CCONJ 13 cc", "has AUX 13 aux", "rejected VERB 9 conj", "offers NOUN 13 obj"}, 12, false},
		{"the clause under no sign itself", []string{"The DET 2 det", "firm NOUN 4 nsubj",
			"has AUX 4 aux", "shown VERB 0 root", "no DET 6 det", "sign NOUN 4 obj", "it PRON 9 nsubj", "would AUX 9 aux",
			"accept VERB 6 acl", "bids NOUN 9 obj"}, 8, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unasserted(parsed(tt.rows...), tt.verb); got != tt.want {
				t.Errorf("unasserted = %v, want %v", got, tt.want)
			}
		})
	}
}
