package graph_test

import (
	"fmt"
	"math"
	"testing"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/testgraph"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/analyze"
	"github.com/storygraph/storygraph/graph/graphtest"
)

// snapshotBuilder turns gonum's test cases into snapshots: one entity per
// node, one fact per edge. Snapshots renumber nodes and merge parallel
// facts, so the nodes and edges returned are the snapshot's own; cases with
// self-loops are skipped (a self-fact gives no link).
func snapshotBuilder(nodes []gonum.Node, edges []testgraph.WeightedLine, _, _ float64) (gonum.Graph, []gonum.Node, []testgraph.Edge, float64, float64, bool) {
	var ents []extract.Entity
	for _, n := range nodes {
		ents = append(ents, extract.Entity{ID: fmt.Sprintf("e:%d", n.ID()), Name: fmt.Sprint(n.ID())})
	}
	var facts []extract.Fact
	for i, e := range edges {
		if e.From().ID() == e.To().ID() {
			return nil, nil, nil, 0, 0, false
		}
		facts = append(facts, extract.Fact{ID: fmt.Sprintf("f%d", i), Relation: "r",
			SubjectID: fmt.Sprintf("e:%d", e.From().ID()), ObjectID: fmt.Sprintf("e:%d", e.To().ID())})
	}
	g := graph.NewSnapshot(ents, facts)
	ns := gonum.NodesOf(g.Nodes())
	var es []testgraph.Edge
	for _, u := range ns {
		for it := g.From(u.ID()); it.Next(); {
			es = append(es, g.WeightedEdge(u.ID(), it.Node().ID()))
		}
	}
	return g, ns, es, 0, 0, true
}

func TestSnapshotConformance(t *testing.T) {
	b := snapshotBuilder
	t.Run("NodeExistence", func(t *testing.T) { testgraph.NodeExistence(t, b) })
	t.Run("ReturnAllNodes", func(t *testing.T) { testgraph.ReturnAllNodes(t, b, true) })
	t.Run("ReturnNodeSlice", func(t *testing.T) { testgraph.ReturnNodeSlice(t, b, true) })
	t.Run("EdgeExistence", func(t *testing.T) { testgraph.EdgeExistence(t, b, true) })
	t.Run("ReturnAdjacentNodes", func(t *testing.T) { testgraph.ReturnAdjacentNodes(t, b, true, true) })
	t.Run("Weight", func(t *testing.T) { testgraph.Weight(t, b) })
}

// TestSnapshotRank runs analyze on a stored story. The links are Ada →
// Babbage, Royal Society → Babbage, Babbage → London; node ids follow the
// sorted entity ids (London 0, Society 1, Ada 2, Babbage 3). Expected ranks
// from a plain power iteration (damping 0.85, dangling London spread
// evenly) computed independently in Python.
func TestSnapshotRank(t *testing.T) {
	s := openMemory(t)
	if _, err := s.Add(t.Context(), graphtest.Batch()); err != nil {
		t.Fatal(err)
	}
	g, err := s.Snapshot(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	rank := analyze.PageRank(g)
	want := []float64{0.41213258, 0.12507817, 0.12507817, 0.33771107}
	for id, w := range want {
		if math.Abs(rank[int64(id)]-w) > 1e-6 {
			t.Errorf("Rank(snapshot)[%d] = %.8f, want %.8f", id, rank[int64(id)], w)
		}
	}
	ada, _ := g.NodeOf(graphtest.Ada)
	london, _ := g.NodeOf(graphtest.London)
	path := analyze.ShortestPath(g, ada, london)
	if len(path) != 3 {
		t.Errorf("ShortestPath(Ada, London) = %v, want 3 nodes via Babbage", path)
	}
}
