package extract

import "testing"

func TestFactKeyDistinguishes(t *testing.T) {
	base := Fact{SubjectID: "e:person:a", RelationLemma: "sign", ObjectID: "e:doc:d", Date: "2026-01-06"}
	tests := []struct {
		name   string
		change func(*Fact)
		same   bool
	}{
		{"surface text only", func(f *Fact) { f.Subject, f.Relation = "A", "signed" }, true},
		{"negated", func(f *Fact) { f.Negated = true }, false},
		{"modality", func(f *Fact) { f.Modality = "would" }, false},
		{"date", func(f *Fact) { f.Date = "2026-01-07" }, false},
		{"object", func(f *Fact) { f.ObjectID = "e:doc:other" }, false},
		{"confidence and sources", func(f *Fact) { f.Confidence = 0.1; f.Sources = []Source{{Doc: "x"}} }, true},
	}
	for _, tt := range tests {
		f := base
		tt.change(&f)
		if got := f.Key() == base.Key(); got != tt.same {
			t.Errorf("%s: same key = %v, want %v", tt.name, got, tt.same)
		}
	}
	// Without ids the lower-cased text stands in.
	x := Fact{Subject: "Kyiv", Relation: "Rejected", Object: "The Plan"}
	y := Fact{Subject: "kyiv", Relation: "rejected", Object: "the plan"}
	if x.Key() != y.Key() {
		t.Errorf("keys differ only by case: %q vs %q", x.Key(), y.Key())
	}
}

func TestHashText(t *testing.T) {
	if HashText("a") == HashText("b") || len(HashText("")) != 64 {
		t.Error("HashText is not a hex SHA-256")
	}
}
