package graph_test

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
)

// hubBatch returns a hub that met person k (k = 1..n), reported by k
// documents, and was called by person k once; one raw
// extraction (gated) also links the hub to person 1.
func hubBatch(n int) graph.Batch {
	var b graph.Batch
	person := func(k int) extract.Entity {
		name := "Person " + strconv.Itoa(k)
		return extract.Entity{ID: extract.EntityID("PERSON", name), Name: name, Type: "PERSON", Mentions: 1,
			Aliases: []string{}, Docs: []string{}}
	}
	hub := person(0)
	hub.Name, hub.ID = "Hub", extract.EntityID("PERSON", "Hub")
	b.Entities = append(b.Entities, hub)
	doc := 0
	fact := func(s, o extract.Entity, rel, gate string) {
		id := "d" + strconv.Itoa(doc)
		doc++
		text := fmt.Sprintf("%s %sed %s.", s.Name, rel, o.Name)
		b.Documents = append(b.Documents, extract.Document{ID: id, Title: "Story " + id, Text: text,
			Hash: extract.HashText(text)})
		f := extract.Fact{Subject: s.Name, SubjectID: s.ID, Relation: rel + "ed", RelationLemma: rel,
			Object: o.Name, ObjectID: o.ID, Confidence: 0.9, Gate: gate,
			Sources: []extract.Source{{Doc: id, Offset: 0, Sentence: text}}}
		f.SetID()
		b.Facts = append(b.Facts, f)
	}
	for k := 1; k <= n; k++ {
		p := person(k)
		b.Entities = append(b.Entities, p)
		for range k {
			fact(hub, p, "meet", "")
		}
		fact(p, hub, "call", "")
	}
	fact(hub, person(1), "meet", "reading")
	return b
}

// TestNeighboursTop lists a hub's three best-linked edges: from the raw
// index on bolt, through Neighbours on the memory store; both must give
// the edges to the three people it met most, with their fact counts.
func TestNeighboursTop(t *testing.T) {
	const n = 8
	for name, open := range map[string]func(*testing.T) *graph.Store{"memory": openMemory, "bolt": openBolt} {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			if _, err := s.Add(t.Context(), hubBatch(n)); err != nil {
				t.Fatal(err)
			}
			all, err := s.Neighbours(t.Context(), "Hub")
			if err != nil {
				t.Fatal(err)
			}
			if len(all) != 2*n {
				t.Fatalf("Neighbours: %d edges, want %d", len(all), 2*n)
			}
			top, total, err := s.NeighboursTop(t.Context(), "Hub", 3)
			if err != nil {
				t.Fatal(err)
			}
			if total != 2*n {
				t.Errorf("total = %d, want %d", total, 2*n)
			}
			var got []string
			for _, e := range top {
				got = append(got, fmt.Sprintf("%s %s %s: %d facts, %d docs", e.From, e.Relation, e.To, len(e.Facts), e.Corroboration))
			}
			want := []string{
				"Hub meet Person 8: 1 facts, 8 docs", // one fact, reported 8 times
				"Hub meet Person 7: 1 facts, 7 docs",
				"Hub meet Person 6: 1 facts, 6 docs",
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("NeighboursTop(Hub, 3) =\n%q\nwant\n%q", got, want)
			}
			if name == "bolt" && len(top) > 0 && top[0].Linking != 8 {
				t.Errorf("Linking = %d, want 8 (reports)", top[0].Linking)
			}
			// A limit above the number of edges lists them all as Neighbours does.
			every, total, err := s.NeighboursTop(t.Context(), "Hub", 100)
			if err != nil {
				t.Fatal(err)
			}
			if total != 2*n || fmt.Sprint(every) != fmt.Sprint(all) {
				t.Errorf("NeighboursTop(Hub, 100) = %d of %d edges, differs from Neighbours", len(every), total)
			}
		})
	}
}
