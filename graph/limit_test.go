package graph_test

import (
	"slices"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/graphtest"
)

// TestFactsLimit checks FactFilter.Limit on a bolt store (ranked from the
// index, only the kept facts decoded) and a memory store (ranked after
// reading all): each returns min(limit, n) of the facts about an entity,
// none with fewer sources than one it left out, in the usual order.
func TestFactsLimit(t *testing.T) {
	ctx := t.Context()
	b := graphtest.Batch()
	// Babbage's facts get 1, 2 and 3 sources: f3 also cites the
	// sentences of f1 and f4, f4 that of f1.
	src := func(id string) extract.Source {
		i := slices.IndexFunc(b.Facts, func(f extract.Fact) bool { return f.ID == id })
		return b.Facts[i].Sources[0]
	}
	for i := range b.Facts {
		switch b.Facts[i].ID {
		case "f3":
			b.Facts[i].Sources = append(b.Facts[i].Sources, src("f1"), src("f4"))
		case "f4":
			b.Facts[i].Sources = append(b.Facts[i].Sources, src("f1"))
		}
	}
	for name, s := range map[string]*graph.Store{"bolt": openBolt(t), "memory": openMemory(t)} {
		if _, err := s.Add(ctx, b); err != nil {
			t.Fatal(err)
		}
		all, err := s.Facts(ctx, graph.FactFilter{About: graphtest.Babbage})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 4 {
			t.Fatalf("%s: %d facts about Babbage, want 4", name, len(all))
		}
		for limit := 1; limit <= 5; limit++ {
			got, err := s.Facts(ctx, graph.FactFilter{About: graphtest.Babbage, Limit: limit})
			if err != nil {
				t.Fatal(err)
			}
			if want := min(limit, len(all)); len(got) != want {
				t.Fatalf("%s, limit %d: %d facts, want %d", name, limit, len(got), want)
			}
			kept := map[string]bool{}
			least := 1 << 30
			for _, f := range got {
				kept[f.ID] = true
				least = min(least, len(f.Sources))
			}
			var order []string
			for _, f := range all {
				if kept[f.ID] {
					order = append(order, f.ID)
				} else if len(f.Sources) > least {
					t.Errorf("%s, limit %d: left out %s (%d sources) but kept one with %d", name, limit, f.ID, len(f.Sources), least)
				}
			}
			var gotOrder []string
			for _, f := range got {
				gotOrder = append(gotOrder, f.ID)
			}
			if !slices.Equal(gotOrder, order) {
				t.Errorf("%s, limit %d: order %v, want the usual order %v", name, limit, gotOrder, order)
			}
		}
		top, err := s.Facts(ctx, graph.FactFilter{About: graphtest.Babbage, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		if top[0].ID != "f3" || len(top[0].Sources) != 3 {
			t.Errorf("%s: the best supported fact about Babbage is %s with %d sources, want f3 with 3", name, top[0].ID, len(top[0].Sources))
		}
	}
}
