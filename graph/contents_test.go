package graph_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/graphtest"
)

// contentsBatches are stored one after the other: a story, the seed
// articles with the gold entities (aliases shared by distinct entities),
// and a later batch that mentions an entity again, under a new alias that
// another entity already has, and adds a dated document and a raw
// extraction.
func contentsBatches(t *testing.T) []graph.Batch {
	later := graph.Batch{
		Documents: []extract.Document{{ID: "d9", Title: "Later", Text: "Lovelace wrote again.",
			Hash: extract.HashText("Lovelace wrote again."), Published: time.Date(1843, 9, 1, 0, 0, 0, 0, time.UTC)}},
		Entities: []extract.Entity{{ID: graphtest.Babbage, Name: "Charles Babbage", Type: "PERSON",
			Aliases: []string{"Babbage", "Lovelace"}, Mentions: 3, Docs: []string{"d9"}}},
		Facts: []extract.Fact{{Subject: "Lovelace", Relation: "wrote", Object: "again", Confidence: 0.4, Gate: "confidence",
			Sources: []extract.Source{{Doc: "d9", Sentence: "Lovelace wrote again.", Offset: 0}}}},
	}
	later.Facts[0].SetID()
	return []graph.Batch{graphtest.Batch(), goldBatch(t), later}
}

// TestContents reads a store whole in one pass and checks it against
// what Facts, Entities and Documents give: the same facts, documents and
// the names of the entities, the most mentioned one first where names
// clash; from a bolt file (one pass over its log, split in one to three
// parts) and from a memory store (no log).
func TestContents(t *testing.T) {
	for name, open := range map[string]func(*testing.T) *graph.Store{"memory": openMemory, "bolt": openBolt} {
		t.Run(name, func(t *testing.T) {
			ctx := t.Context()
			s := open(t)
			for _, b := range contentsBatches(t) {
				if _, err := s.Add(ctx, b); err != nil {
					t.Fatal(err)
				}
			}
			ents, err := s.Entities(ctx)
			if err != nil {
				t.Fatal(err)
			}
			wantNames := map[string]string{}
			for _, e := range ents {
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					if _, ok := wantNames[n]; !ok {
						wantNames[n] = e.ID
					}
				}
			}
			if wantNames["Lovelace"] != graphtest.Babbage {
				t.Fatalf("fixture: Lovelace names %s, want the most mentioned entity with it, %s", wantNames["Lovelace"], graphtest.Babbage)
			}
			docs, err := s.Documents(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for parts := 1; parts <= 3; parts++ {
				restore := graph.SetScanParts(parts)
				for _, all := range []bool{false, true} {
					wantFacts, err := s.Facts(ctx, graph.FactFilter{All: all})
					if err != nil {
						t.Fatal(err)
					}
					c, err := s.Contents(ctx, all)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(c.Facts, wantFacts) {
						t.Errorf("%d parts, all=%v: facts differ:\n got %+v\nwant %+v", parts, all, c.Facts, wantFacts)
					}
					// Only the facts with an argument about Babbage: his id,
					// or a text naming Lovelace.
					about := func(id, text string) bool {
						return id == graphtest.Babbage || id == "" && strings.Contains(text, "Lovelace")
					}
					var wantAbout []extract.Fact
					for _, f := range wantFacts {
						if f.SubjectID == graphtest.Babbage || f.ObjectID == graphtest.Babbage ||
							f.SubjectID == "" && strings.Contains(f.Subject, "Lovelace") ||
							f.ObjectID == "" && strings.Contains(f.Object, "Lovelace") {
							wantAbout = append(wantAbout, f)
						}
					}
					if len(wantAbout) < 2 || len(wantAbout) == len(wantFacts) {
						t.Fatalf("fixture: %d of %d facts about Babbage", len(wantAbout), len(wantFacts))
					}
					ca, err := s.ContentsAbout(ctx, all, about)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(ca.Facts, wantAbout) {
						t.Errorf("%d parts, all=%v: facts about Babbage:\n got %+v\nwant %+v", parts, all, ca.Facts, wantAbout)
					}
					if !reflect.DeepEqual(c.Names, wantNames) {
						t.Errorf("%d parts: names\n got %v\nwant %v", parts, c.Names, wantNames)
					}
					if !reflect.DeepEqual(c.Documents, docs) {
						t.Errorf("%d parts: documents\n got %+v\nwant %+v", parts, c.Documents, docs)
					}
				}
				restore()
			}
		})
	}
}
