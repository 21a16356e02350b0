package graph_test

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
)

// benchBatch returns a synthetic batch of n facts over n/10 entities in
// n/20 documents, built from a fixed seed.
func benchBatch(n int) graph.Batch { return benchBatchOf(n, 0) }

// benchBatchOf is benchBatch with documents and facts of its own for each
// part: the parts of a build's batches (entities recur across parts).
func benchBatchOf(n, part int) graph.Batch {
	r := rand.New(rand.NewPCG(1, uint64(2+part)))
	var b graph.Batch
	ndoc, nent := max(1, n/20), max(2, n/10)
	for d := range ndoc {
		text := fmt.Sprintf("document %d", d)
		if part > 0 {
			text = fmt.Sprintf("part %d, document %d", part, d)
		}
		b.Documents = append(b.Documents, extract.Document{ID: fmt.Sprintf("doc%d_%04d", part, d), Title: text,
			Source: "Bench Wire", Text: text, Hash: extract.HashText(text)})
	}
	for e := range nent {
		name := fmt.Sprintf("Person %d", e)
		b.Entities = append(b.Entities, extract.Entity{ID: extract.EntityID("PERSON", name), Name: name, Type: "PERSON",
			Aliases: []string{fmt.Sprintf("P%d", e)}, Mentions: 1 + r.IntN(9), Docs: []string{b.Documents[r.IntN(ndoc)].ID}})
	}
	rels := []string{"meet", "call", "sign", "visit", "praise", "criticise", "join", "leave"}
	for i := range n {
		s, o := b.Entities[r.IntN(nent)], b.Entities[r.IntN(nent)]
		rel := rels[r.IntN(len(rels))]
		doc := b.Documents[r.IntN(ndoc)].ID
		off := 100 * r.IntN(30)
		f := extract.Fact{Subject: s.Name, SubjectID: s.ID, Relation: rel + "ed", RelationLemma: rel,
			Object: o.Name, ObjectID: o.ID, Confidence: r.Float64(), Trigger: rel,
			Date: fmt.Sprintf("2026-01-%02d", 1+r.IntN(28)), Granularity: "day",
			Sources: []extract.Source{{Doc: doc, Offset: off, Sentence: fmt.Sprintf("Sentence at %d of %s.", off, doc)}}}
		if i%5 == 0 { // some facts have a plain-text object
			f.Object, f.ObjectID = fmt.Sprintf("thing %d", i), ""
		}
		f.SetID()
		b.Facts = append(b.Facts, f)
	}
	return b
}

var benchSizes = []int{1000, 10000}

func benchOpen(b *testing.B, kind string) *graph.Store {
	var s *graph.Store
	var err error
	if kind == "memory" {
		s, err = graph.OpenMemory(b.Context())
	} else {
		s, err = graph.Open(b.Context(), filepath.Join(b.TempDir(), "bench.db"))
	}
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkAdd(b *testing.B) {
	for _, kind := range []string{"memory", "bolt"} {
		for _, n := range benchSizes {
			batch := benchBatch(n)
			b.Run(fmt.Sprintf("%s/facts=%d", kind, n), func(b *testing.B) {
				b.ReportAllocs()
				quads := 0
				for b.Loop() {
					b.StopTimer()
					s := benchOpen(b, kind)
					b.StartTimer()
					st, err := s.Add(b.Context(), batch)
					if err != nil {
						b.Fatal(err)
					}
					quads += st.Quads
					b.StopTimer()
					s.Close()
					b.StartTimer()
				}
				b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "facts/s")
				b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
			})
		}
	}
}

// BenchmarkAddBatches adds 6 batches of 10,000 facts to one bolt store,
// as a streaming build does: the write cost a build pays per batch once
// the store has grown (value buckets made, indexes deep).
func BenchmarkAddBatches(b *testing.B) {
	const parts, n = 6, 10000
	var batches []graph.Batch
	for p := range parts {
		batches = append(batches, benchBatchOf(n, p+1))
	}
	b.ReportAllocs()
	quads := 0
	for b.Loop() {
		b.StopTimer()
		s := benchOpen(b, "bolt")
		b.StartTimer()
		for _, batch := range batches {
			st, err := s.Add(b.Context(), batch)
			if err != nil {
				b.Fatal(err)
			}
			quads += st.Quads
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(parts*n*b.N)/b.Elapsed().Seconds(), "facts/s")
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
}

func BenchmarkFacts(b *testing.B) {
	for _, kind := range []string{"memory", "bolt"} {
		for _, n := range benchSizes {
			batch := benchBatch(n)
			b.Run(fmt.Sprintf("%s/facts=%d", kind, n), func(b *testing.B) {
				s := benchOpen(b, kind)
				defer s.Close()
				if _, err := s.Add(b.Context(), batch); err != nil {
					b.Fatal(err)
				}
				ids := map[string]bool{} // random facts may repeat and merge
				for _, f := range batch.Facts {
					ids[f.ID] = true
				}
				b.ReportAllocs()
				for b.Loop() {
					fs, err := s.Facts(b.Context(), graph.FactFilter{})
					if err != nil || len(fs) != len(ids) {
						b.Fatalf("Facts = %d facts, %v, want %d", len(fs), err, len(ids))
					}
				}
				b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "facts/s")
			})
		}
	}
}
