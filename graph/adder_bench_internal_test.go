package graph

import (
	"fmt"
	"testing"

	cayley "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/storygraph/storygraph/extract"
)

// BenchmarkAdderAdd files 30,000 quads of a batch's kinds in an adder,
// each twice (a shared edge or sentence is met again): its dedup map.
func BenchmarkAdderAdd(b *testing.B) {
	var qs []quad.Quad
	for i := range 10000 {
		f := &extract.Fact{ID: fmt.Sprintf("f%05d", i), SubjectID: fmt.Sprintf("PERSON:p%d", i%300), Relation: "met",
			ObjectID: fmt.Sprintf("PERSON:p%d", i%71), Confidence: 0.5}
		qs = append(qs, quad.Quad{Subject: quad.IRI(f.ID), Predicate: predSubject, Object: quad.IRI(f.SubjectID)},
			quad.Quad{Subject: quad.IRI(f.ID), Predicate: predObject, Object: quad.IRI(f.ObjectID)},
			quad.Quad{Subject: sentenceIRI("doc", i/3), Predicate: predText, Object: quad.String("A sentence."), Label: docIRI("doc")})
	}
	b.ReportAllocs()
	for b.Loop() {
		a := &adder{seen: make(map[quad.Quad]bool, len(qs)), deltas: make([]cayley.Delta, 0, len(qs))}
		for _, q := range qs {
			a.add(q)
		}
		for _, q := range qs {
			a.add(q)
		}
	}
}
