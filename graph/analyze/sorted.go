package analyze

import (
	"cmp"
	"slices"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
)

// sorted wraps g so that Nodes, From and To return nodes in increasing id
// order, keeping the interfaces g implements (directed or undirected,
// weighted or not). gonum's simple graphs iterate maps, so without it a
// seeded algorithm would still give different results from run to run.
func sorted(g gonum.Graph) gonum.Graph {
	switch g := g.(type) {
	case gonum.WeightedDirected:
		return sortedWeightedDirected{g}
	case gonum.Directed:
		return sortedDirected{g}
	case weightedUndirected:
		return sortedWeightedUndirectedEdges{g}
	case gonum.WeightedUndirected:
		return sortedWeightedUndirected{g}
	case gonum.Undirected:
		return sortedUndirected{g}
	case gonum.Weighted:
		return sortedWeighted{g}
	}
	return sortedGraph{g}
}

func ordered(it gonum.Nodes) gonum.Nodes {
	ns := gonum.NodesOf(it)
	if len(ns) == 0 {
		return gonum.Empty
	}
	slices.SortFunc(ns, func(a, b gonum.Node) int { return cmp.Compare(a.ID(), b.ID()) })
	return iterator.NewOrderedNodes(ns)
}

type sortedGraph struct{ gonum.Graph }

func (g sortedGraph) Nodes() gonum.Nodes        { return ordered(g.Graph.Nodes()) }
func (g sortedGraph) From(id int64) gonum.Nodes { return ordered(g.Graph.From(id)) }

type sortedWeighted struct{ gonum.Weighted }

func (g sortedWeighted) Nodes() gonum.Nodes        { return ordered(g.Weighted.Nodes()) }
func (g sortedWeighted) From(id int64) gonum.Nodes { return ordered(g.Weighted.From(id)) }

type sortedDirected struct{ gonum.Directed }

func (g sortedDirected) Nodes() gonum.Nodes        { return ordered(g.Directed.Nodes()) }
func (g sortedDirected) From(id int64) gonum.Nodes { return ordered(g.Directed.From(id)) }
func (g sortedDirected) To(id int64) gonum.Nodes   { return ordered(g.Directed.To(id)) }

type sortedWeightedDirected struct{ gonum.WeightedDirected }

func (g sortedWeightedDirected) Nodes() gonum.Nodes { return ordered(g.WeightedDirected.Nodes()) }
func (g sortedWeightedDirected) From(id int64) gonum.Nodes {
	return ordered(g.WeightedDirected.From(id))
}
func (g sortedWeightedDirected) To(id int64) gonum.Nodes { return ordered(g.WeightedDirected.To(id)) }

type sortedUndirected struct{ gonum.Undirected }

func (g sortedUndirected) Nodes() gonum.Nodes        { return ordered(g.Undirected.Nodes()) }
func (g sortedUndirected) From(id int64) gonum.Nodes { return ordered(g.Undirected.From(id)) }

type sortedWeightedUndirected struct{ gonum.WeightedUndirected }

func (g sortedWeightedUndirected) Nodes() gonum.Nodes {
	return ordered(g.WeightedUndirected.Nodes())
}
func (g sortedWeightedUndirected) From(id int64) gonum.Nodes {
	return ordered(g.WeightedUndirected.From(id))
}

// weightedUndirected is a weighted graph that is also gonum.Undirected
// (gonum's WeightedUndirected lacks EdgeBetween, which community.Modularize
// needs to treat a graph as undirected).
type weightedUndirected interface {
	gonum.WeightedUndirected
	EdgeBetween(xid, yid int64) gonum.Edge
}

type sortedWeightedUndirectedEdges struct{ weightedUndirected }

func (g sortedWeightedUndirectedEdges) Nodes() gonum.Nodes {
	return ordered(g.weightedUndirected.Nodes())
}
func (g sortedWeightedUndirectedEdges) From(id int64) gonum.Nodes {
	return ordered(g.weightedUndirected.From(id))
}
