// Command quickstart shows storygraph's library API end to end: it reads
// the bundled example corpus (or the files named on the command line),
// extracts facts and entities, stores them in an in-memory Cayley graph and
// prints the people with their facts, then writes map.svg.
//
//	go run ./examples/quickstart
//	go run ./examples/quickstart article1.txt article2.html
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/storygraph/storygraph/examples"
	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/ingest"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/pipeline"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/render"
)

func main() {
	if err := run(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, paths []string) error {
	// 1. Read and clean articles.
	var docs []extract.Document
	var err error
	if len(paths) == 0 {
		docs, err = ingest.ReadFS(ctx, examples.Corpus(), ingest.Options{})
	} else {
		docs, err = ingest.Read(ctx, paths, ingest.Options{})
	}
	if err != nil {
		return err
	}
	// 2. Extract facts and entities with the embedded English models.
	models, err := nlp.Load(en.FS)
	if err != nil {
		return err
	}
	res, err := pipeline.New(nlp.New(models), pipeline.Options{}).Extract(ctx, docs, nil)
	if err != nil {
		return err
	}
	// 3. Store them in a graph.
	store, err := graph.OpenMemory(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if _, err := store.Add(ctx, graph.Batch{Documents: res.Documents, Entities: res.Entities, Facts: res.Facts}); err != nil {
		return err
	}
	// 4. Ask the graph about the people.
	ents, err := store.Entities(ctx)
	if err != nil {
		return err
	}
	shown := 0
	for _, e := range ents {
		if e.Type != "PERSON" || shown == 3 {
			continue
		}
		shown++
		facts, err := store.Facts(ctx, graph.FactFilter{About: e.Name})
		if err != nil {
			return err
		}
		fmt.Printf("%s (%d mentions in %d documents)\n", e.Name, e.Mentions, len(e.Docs))
		for i, f := range facts {
			if i == 5 {
				break
			}
			fmt.Printf("  %s | %s | %s   [%s]\n", f.Subject, f.Relation, f.Object, f.Sources[0].Doc)
		}
	}
	// 5. Draw the map.
	facts, err := store.Facts(ctx, graph.FactFilter{})
	if err != nil {
		return err
	}
	svg, err := render.Map(ctx, render.Graphviz(), ents, facts, render.MapOptions{}, "svg")
	if err != nil {
		return err
	}
	return os.WriteFile("map.svg", svg, 0o644)
}
