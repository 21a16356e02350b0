// Package analyze measures story graphs: which entities matter (PageRank,
// betweenness), which belong together (Louvain communities), how two
// entities are connected (shortest paths) and what surrounds one
// (neighbourhoods).
//
// Every function takes a small gonum interface ([gonum.Directed] or
// [gonum.Graph]) and never the store, so it works on a
// [github.com/storygraph/storygraph/graph.Snapshot], on gonum's simple
// graphs and on test fakes alike. Edge weights are used when the graph
// implements the weighted interface, as gonum does.
//
// Results are deterministic: nodes are visited in increasing id order
// whatever order the graph returns them in, ties are broken by the smaller
// id, and community detection takes a seed. Maps returned are keyed by node
// id; use [Top] to read them in a fixed order.
package analyze
