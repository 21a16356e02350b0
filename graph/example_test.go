package graph_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
)

// exampleBatch is one invented article with two entities and one fact.
func exampleBatch() graph.Batch {
	text := "Grace Hopper joined the Navy in 1943."
	hopper := extract.Entity{ID: extract.EntityID("PERSON", "Grace Hopper"), Name: "Grace Hopper", Type: "PERSON",
		Aliases: []string{"Hopper"}, Mentions: 1, Docs: []string{"a1"}}
	navy := extract.Entity{ID: extract.EntityID("ORG", "Navy"), Name: "Navy", Type: "ORG", Mentions: 1, Docs: []string{"a1"}}
	f := extract.Fact{Subject: "Grace Hopper", SubjectID: hopper.ID, Relation: "joined", RelationLemma: "join",
		Object: "Navy", ObjectID: navy.ID, Date: "1943", Granularity: "year", Confidence: 0.8,
		Sources: []extract.Source{{Doc: "a1", Sentence: text, Offset: 0}}}
	f.SetID()
	return graph.Batch{
		Documents: []extract.Document{{ID: "a1", Title: "Hopper enlists", Text: text, Hash: extract.HashText(text)}},
		Entities:  []extract.Entity{hopper, navy},
		Facts:     []extract.Fact{f},
	}
}

func ExampleStore_Add() {
	ctx := context.Background()
	s, err := graph.OpenMemory(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	st, err := s.Add(ctx, exampleBatch())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("added %d documents, %d entities, %d facts\n", st.Documents, st.Entities, st.Facts)

	// Adding the same batch again changes nothing.
	st, err = s.Add(ctx, exampleBatch())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("again: %d quads, skipped %v\n", st.Quads, st.SkippedDocuments)

	facts, err := s.Facts(ctx, graph.FactFilter{About: "hopper"})
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range facts {
		fmt.Printf("%s | %s | %s | %s | %s\n", f.Subject, f.Relation, f.Object, f.Date, f.Sources[0].Sentence)
	}
	// Output:
	// added 1 documents, 2 entities, 1 facts
	// again: 0 quads, skipped [a1]
	// Grace Hopper | joined | Navy | 1943 | Grace Hopper joined the Navy in 1943.
}

func ExampleStore_Query() {
	ctx := context.Background()
	s, err := graph.OpenMemory(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Add(ctx, exampleBatch()); err != nil {
		log.Fatal(err)
	}
	// Who did Grace Hopper join? Follow the direct edge, then the name.
	q := `g.V("<e:person:grace_hopper>").Out("<join>").Out("<sg:name>").All()`
	if err := s.Query(ctx, "gizmo", q, graph.QueryOptions{}, os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"id":"Navy"}
}

func ExampleStore_Neighbours() {
	ctx := context.Background()
	s, err := graph.OpenMemory(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Add(ctx, exampleBatch()); err != nil {
		log.Fatal(err)
	}
	edges, err := s.Neighbours(ctx, "Navy")
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range edges {
		fmt.Printf("%s -%s-> %s (%d document)\n", e.From, e.Relation, e.To, e.Corroboration)
		for _, f := range e.Facts {
			for _, src := range f.Sources {
				fmt.Printf("  %q, %s: %s\n", src.Title, src.Doc, src.Sentence)
			}
		}
	}
	// Output:
	// Grace Hopper -join-> Navy (1 document)
	//   "Hopper enlists", a1: Grace Hopper joined the Navy in 1943.
}

func ExampleStore_Paths() {
	ctx := context.Background()
	s, err := graph.OpenMemory(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Add(ctx, exampleBatch()); err != nil {
		log.Fatal(err)
	}
	paths, err := s.Paths(ctx, "Hopper", "Navy", graph.PathOptions{})
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range paths {
		for _, e := range p.Edges {
			fmt.Printf("%s -%s-> %s, %s, %d document\n", e.From, e.Relation, e.To, e.Date, e.Corroboration)
		}
	}
	if _, err := s.Paths(ctx, "Hoper", "Navy", graph.PathOptions{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Grace Hopper -join-> Navy, 1943, 1 document
	// graph: path from "Hoper" to "Navy": no entity named "Hoper"; closest: Grace Hopper (as Hopper) [PERSON]
}

func ExampleStore_Snapshot() {
	ctx := context.Background()
	s, err := graph.OpenMemory(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Add(ctx, exampleBatch()); err != nil {
		log.Fatal(err)
	}
	g, err := s.Snapshot(ctx)
	if err != nil {
		log.Fatal(err)
	}
	// Node ids follow the sorted entity ids: e:org:navy, e:person:grace_hopper.
	nodes := g.Nodes()
	for nodes.Next() {
		n := nodes.Node().(graph.Node)
		fmt.Println(n.ID(), n.Entity.Name, g.From(n.ID()).Len(), "out", g.To(n.ID()).Len(), "in")
	}
	// Output:
	// 0 Navy 0 out 1 in
	// 1 Grace Hopper 1 out 0 in
}
