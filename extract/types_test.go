package extract

import (
	"encoding/json"
	"reflect"
	"testing"
)

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

var sourceJSONTests = []struct {
	name string
	src  Source
	want string
}{
	{"no spans", Source{Doc: "d", Sentence: "Ada slept.", Offset: 4},
		`{"doc":"d","sentence":"Ada slept.","offset":4}`},
	{"no object", Source{Doc: "d", Sentence: "Ada slept.", Offset: 4,
		Spans: Spans{Subject: Span{4, 7}, Relation: []Span{{8, 13}}}},
		`{"doc":"d","sentence":"Ada slept.","offset":4,"spans":{"subject":[4,7],"relation":[[8,13]]}}`},
	{"split relation", Source{Doc: "d", Sentence: "Bo was fined and jailed.", Offset: 0,
		Spans: Spans{Subject: Span{0, 2}, Relation: []Span{{3, 6}, {17, 23}}, Object: Span{10, 12}}},
		`{"doc":"d","sentence":"Bo was fined and jailed.","offset":0,"spans":{"subject":[0,2],"relation":[[3,6],[17,23]],"object":[10,12]}}`},
	{"supplied relation", Source{Doc: "d", Sentence: "Bo, a cook, left.", Offset: 0,
		Spans: Spans{Subject: Span{0, 2}, Object: Span{4, 10}}},
		`{"doc":"d","sentence":"Bo, a cook, left.","offset":0,"spans":{"subject":[0,2],"object":[4,10]}}`},
}

// TestSourceJSON checks the output contract of a source's spans and that
// it decodes back to the same source.
func TestSourceJSON(t *testing.T) {
	for _, tt := range sourceJSONTests {
		b, err := json.Marshal(tt.src)
		if err != nil {
			t.Fatalf("%s: Marshal = %v", tt.name, err)
		}
		if string(b) != tt.want {
			t.Errorf("%s: Marshal = %s, want %s", tt.name, b, tt.want)
		}
		var back Source
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: Unmarshal(%s) = %v", tt.name, b, err)
		}
		if !reflect.DeepEqual(back, tt.src) {
			t.Errorf("%s: Unmarshal(%s) = %+v, want %+v", tt.name, b, back, tt.src)
		}
	}
	var s Span
	for _, bad := range []string{`[1]`, `{"off":1}`, `"1-2"`, `[1,2,3]`} {
		if err := json.Unmarshal([]byte(bad), &s); err == nil {
			t.Errorf("Unmarshal(%s) into Span = nil, want an error", bad)
		}
	}
}

func TestFactDocuments(t *testing.T) {
	tests := []struct {
		docs []string
		want int
	}{
		{nil, 0},
		{[]string{"a"}, 1},
		{[]string{"a", "a", "b"}, 2},
		{[]string{"b", "a", "b", "c", "a"}, 3},
	}
	for _, tt := range tests {
		var f Fact
		for i, d := range tt.docs {
			f.Sources = append(f.Sources, Source{Doc: d, Offset: i})
		}
		if got := f.Documents(); got != tt.want {
			t.Errorf("Documents() of sources in %v = %d, want %d", tt.docs, got, tt.want)
		}
	}
}
