package oie

import "testing"

func TestRedundancy(t *testing.T) {
	for _, tc := range []struct {
		name string
		ex   []Extraction // in emission order, with stage-one confidences
		want []float64    // ovl per extraction
		rank []int
	}{
		{"distinct facts", []Extraction{
			{Subject: "Smith", Relation: "founded", Object: "Acme", Confidence: 0.7},
			{Subject: "Jones", Relation: "sold", Object: "Initech", Confidence: 0.6},
		}, []float64{0, 0}, []int{0, 1}},
		{"variant repeats the main triple", []Extraction{
			{Subject: "Smith", Relation: "founded", Object: "Acme", Args: []Arg{{Text: "in 1990"}}, Confidence: 0.7},
			{Subject: "Smith", Relation: "founded", Object: "Acme", Confidence: 0.3},
		}, []float64{0, 1}, []int{0, 1}},
		{"ranked by confidence, not order", []Extraction{
			{Subject: "Smith", Relation: "founded", Object: "Acme", Confidence: 0.3},
			{Subject: "Smith", Relation: "founded in", Object: "1990", Confidence: 0.8},
		}, []float64{2.0 / 3, 0}, []int{1, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := make([]feat, len(tc.ex))
			for i := range fs {
				fs[i] = feat{kind: "clause", ovl: -1}
			}
			var w walker
			w.redundancy(len(tc.ex), func(i int) (*Extraction, *feat) { return &tc.ex[i], &fs[i] })
			for i, f := range fs {
				if f.ovl != tc.want[i] {
					t.Errorf("extraction %d: ovl %v, want %v", i, f.ovl, tc.want[i])
				}
				if f.rank != tc.rank[i] || f.nex != len(tc.ex) {
					t.Errorf("extraction %d: rank %d of %d, want %d of %d", i, f.rank, f.nex, tc.rank[i], len(tc.ex))
				}
			}
		})
	}
}

func TestSameVerb(t *testing.T) {
	ex := []Extraction{
		{Subject: "Smith", Relation: "founded", Object: "Acme", Verb: 1, Confidence: 0.7},
		{Subject: "Smith", Relation: "founded in", Object: "1990", Verb: 1, Confidence: 0.5},
		{Subject: "Acme", Relation: "hired", Object: "Jones", Verb: 6, Confidence: 0.6},
		{Subject: "Acme", Relation: "is", Object: "a firm", Verb: -1, Confidence: 0.4},
		{Subject: "Jones", Relation: "is", Object: "a lawyer", Verb: -1, Confidence: 0.3},
	}
	want := []int{0, 1, 0, 0, 0} // nominal facts (Verb -1) share no predicate
	fs := make([]feat, len(ex))
	var w walker
	w.redundancy(len(ex), func(i int) (*Extraction, *feat) { return &ex[i], &fs[i] })
	for i, f := range fs {
		if f.sameVerb != want[i] {
			t.Errorf("extraction %d: sameVerb %d, want %d", i, f.sameVerb, want[i])
		}
	}
}

func TestRedundantVariantRanksLower(t *testing.T) {
	base := feat{kind: "clause", shape: "obj", ovl: 0}
	dup := base
	dup.ovl = 1
	if confidence(dup) >= confidence(base) {
		t.Errorf("a repeated extraction keeps confidence %.3f >= %.3f", confidence(dup), confidence(base))
	}
}
