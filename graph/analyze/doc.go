// Package analyze measures story graphs: which entities matter
// ([PageRank], [Betweenness]), which belong together ([Communities], Louvain;
// [ConnectedComponents]), how two entities are connected ([ShortestPaths],
// [ShortestPath]) and what surrounds one ([Neighbourhood]).
//
// Every function takes a small gonum interface ([gonum.Directed],
// [gonum.Graph], or [Adjacency] for the path searches) and never the store,
// so it works on a [github.com/storygraph/storygraph/graph.Snapshot], on
// gonum's simple graphs, on a graph read lazily through a store's indexes
// and on test fakes alike. Edge weights are used when the graph implements
// the weighted interface, as gonum does. Betweenness, Communities and
// ConnectedComponents are gonum's algorithms (network.Betweenness,
// community.Modularize, topo.ConnectedComponents) made deterministic;
// PageRank is a deterministic power iteration of gonum's method.
//
// Results are deterministic: nodes are visited in increasing id order
// whatever order the graph returns them in, ties are broken by the smaller
// id, and community detection takes a seed. Maps returned are keyed by node
// id; use [Top] to read them in a fixed order.
package analyze
