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

// TestNeighboursTopSources: when NeighboursTop lists only some edges, a
// fact reported more than MaxTopSources times lists its first sources (by
// document) with their sentences and titles and says how many it has;
// its corroboration and its edge's still count every document.
func TestNeighboursTopSources(t *testing.T) {
	n := graph.MaxTopSources + 2
	for name, open := range map[string]func(*testing.T) *graph.Store{"memory": openMemory, "bolt": openBolt} {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			if _, err := s.Add(t.Context(), hubBatch(n)); err != nil {
				t.Fatal(err)
			}
			for _, tc := range []struct {
				limit   int
				sources int // listed for the fact of the best edge
				reports int // Reports: 0 when all are listed
			}{
				{limit: 2, sources: graph.MaxTopSources, reports: n},
				{limit: 0, sources: n, reports: 0},
			} {
				top, _, err := s.NeighboursTop(t.Context(), "Hub", tc.limit)
				if err != nil {
					t.Fatal(err)
				}
				var e graph.Edge
				for _, x := range top {
					if x.To == "Person "+strconv.Itoa(n) && x.Relation == "meet" {
						e = x
					}
				}
				if len(e.Facts) != 1 {
					t.Fatalf("limit %d: edge to Person %d has %d facts, want 1", tc.limit, n, len(e.Facts))
				}
				f := e.Facts[0]
				if len(f.Sources) != tc.sources || f.Reports != tc.reports || f.Corroboration != n || e.Corroboration != n {
					t.Errorf("limit %d: %d sources, reports %d, corroboration %d (edge %d); want %d, %d, %d (%d)",
						tc.limit, len(f.Sources), f.Reports, f.Corroboration, e.Corroboration, tc.sources, tc.reports, n, n)
				}
				for i, src := range f.Sources {
					if i > 0 && src.Doc < f.Sources[i-1].Doc {
						t.Errorf("limit %d: sources out of order: %s after %s", tc.limit, src.Doc, f.Sources[i-1].Doc)
					}
					if src.Sentence == "" || src.Title != "Story "+src.Doc {
						t.Errorf("limit %d: source %s: sentence %q, title %q", tc.limit, src.Doc, src.Sentence, src.Title)
					}
				}
			}
		})
	}
}
