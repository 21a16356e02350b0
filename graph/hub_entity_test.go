package graph_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
)

// hubDocBatch is one document mentioning the hub entity (and a fact on it).
func hubDocBatch(i int, mentions int) graph.Batch {
	doc := fmt.Sprintf("doc%04d", i)
	return graph.Batch{
		Documents: []extract.Document{{ID: doc, Text: "Orlen Vask visited Tamsbury."}},
		Entities: []extract.Entity{{ID: "e:person:orlen-vask", Name: "Orlen Vask", Type: "PERSON", Mentions: mentions,
			Aliases: []string{"Vask", fmt.Sprintf("O. Vask %d", i%3)}, Docs: []string{doc}}},
		Facts: []extract.Fact{{Subject: "Orlen Vask", SubjectID: "e:person:orlen-vask", Relation: "visited", Object: fmt.Sprintf("Tamsbury %d", i),
			Confidence: 0.9, Sources: []extract.Source{{Doc: doc, Offset: 0, Sentence: "Orlen Vask visited Tamsbury."}}}},
	}
}

// TestAddHubEntity checks an entity merged over many batches: its
// documents are united, its mentions added only for documents new to it,
// whether a batch names documents it already has or not.
func TestAddHubEntity(t *testing.T) {
	ctx := t.Context()
	s, err := graph.Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range 30 {
		if _, err := s.Add(ctx, hubDocBatch(i, 2)); err != nil {
			t.Fatal(err)
		}
	}
	// Old and new documents together: only the new ones count.
	b := hubDocBatch(30, 5)
	b.Entities[0].Docs = []string{"doc0003", "doc0030", "doc0017"}
	if _, err := s.Add(ctx, b); err != nil {
		t.Fatal(err)
	}
	// Only old documents: no new mention.
	b = hubDocBatch(31, 7)
	b.Documents = nil
	b.Facts = nil
	b.Entities[0].Docs = []string{"doc0001", "doc0029"}
	if _, err := s.Add(ctx, b); err != nil {
		t.Fatal(err)
	}
	ents, err := s.Entities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ents, func(e extract.Entity) bool { return e.ID == "e:person:orlen-vask" })
	if i < 0 {
		t.Fatal("hub entity not stored")
	}
	e := ents[i]
	if len(e.Docs) != 31 {
		t.Errorf("%d documents, want 31: %v", len(e.Docs), e.Docs)
	}
	if e.Mentions != 30*2+5 {
		t.Errorf("%d mentions, want %d", e.Mentions, 30*2+5)
	}
	if want := []string{"O. Vask 0", "O. Vask 1", "O. Vask 2", "Vask"}; !slices.Equal(e.Aliases, want) {
		t.Errorf("aliases %q, want %q", e.Aliases, want)
	}
}

// BenchmarkAddHubEntity adds one document naming an entity that thousands
// of stored documents name: the merge must not read them all.
func BenchmarkAddHubEntity(b *testing.B) {
	ctx := b.Context()
	s, err := graph.Open(ctx, filepath.Join(b.TempDir(), "g.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var big graph.Batch
	for i := range 3000 {
		x := hubDocBatch(i, 1)
		big.Documents = append(big.Documents, x.Documents...)
		big.Facts = append(big.Facts, x.Facts...)
		big.Entities = append(big.Entities, x.Entities...)
	}
	if _, err := s.Add(ctx, big); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 3000
	for b.Loop() {
		if _, err := s.Add(ctx, hubDocBatch(i, 1)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
