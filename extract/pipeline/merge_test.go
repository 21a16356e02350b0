package pipeline

import (
	"testing"

	"github.com/storygraph/storygraph/extract"
)

func TestMergeFact(t *testing.T) {
	src := func(off int) extract.Source { return extract.Source{Doc: "d", Sentence: "s", Offset: off} }
	tests := []struct {
		name       string
		old, f     extract.Fact
		gate       string
		sources    int
		confidence float64
	}{
		{"a gated reading, then one that passes: a graph fact with the passing source",
			extract.Fact{Gate: "reading", Confidence: 0.3, Sources: []extract.Source{src(0)}},
			extract.Fact{Confidence: 0.4, Sources: []extract.Source{src(10)}}, "", 1, 0.4},
		{"a graph fact read again where it is gated: no source added",
			extract.Fact{Confidence: 0.5, Sources: []extract.Source{src(0)}},
			extract.Fact{Gate: "pronoun", Confidence: 0.9, Sources: []extract.Source{src(10)}}, "", 1, 0.5},
		{"both graph facts: sources joined, the higher confidence kept",
			extract.Fact{Confidence: 0.5, Sources: []extract.Source{src(0)}},
			extract.Fact{Confidence: 0.7, Sources: []extract.Source{src(10)}}, "", 2, 0.7},
		{"both gated: sources joined, the first gate kept",
			extract.Fact{Gate: "reading", Confidence: 0.5, Sources: []extract.Source{src(0)}},
			extract.Fact{Gate: "pronoun", Confidence: 0.2, Sources: []extract.Source{src(10)}}, "reading", 2, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := tt.old
			mergeFact(&old, tt.f)
			if old.Gate != tt.gate || len(old.Sources) != tt.sources || old.Confidence != tt.confidence {
				t.Errorf("gate %q, %d sources, confidence %v; want %q, %d, %v", old.Gate, len(old.Sources), old.Confidence, tt.gate, tt.sources, tt.confidence)
			}
		})
	}
}
