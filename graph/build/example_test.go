package build_test

import (
	"context"
	"fmt"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/build"
)

// Build two articles into a memory store, then build them again: the
// second build finds both stored and adds nothing.
func ExampleBuild() {
	ctx := context.Background()
	store, err := graph.OpenMemory(ctx)
	if err != nil {
		panic(err)
	}
	defer store.Close()
	docs := []extract.Document{
		{ID: "harbour", Text: "The Lakeside Council approved a new harbour wall on Monday. Mayor Tomas Brennan said the work would start in May."},
		{ID: "ferry", Text: "Tomas Brennan opened the ferry terminal on Friday."},
	}
	for range 2 {
		st, err := build.Build(ctx, store, docs, build.Options{Workers: 2})
		if err != nil {
			panic(err)
		}
		fmt.Printf("%d added, %d already stored, facts: %t\n", st.Documents, len(st.SkippedDocuments), st.Facts > 0)
	}
	// Output:
	// 2 added, 0 already stored, facts: true
	// 0 added, 2 already stored, facts: false
}
