package analyze

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
)

// Damping is the damping factor used by [PageRank], the value of Brin
// and Page (1998).
const Damping = 0.85

// rankTol is the convergence tolerance of [PageRank]: the 2-norm of the change
// between iterations.
const rankTol = 1e-8

// Rank is [PageRank]; it keeps the name earlier callers use.
//
// Deprecated: use PageRank.
func Rank(g gonum.Directed) map[int64]float64 { return PageRank(g) }

// PageRank returns the PageRank of every node of g, summing to 1 (Brin and Page
// 1998; the power method of "How Google Finds Your Needle in the Web's
// Haystack", as in gonum network.PageRankSparse) with damping [Damping].
// Rank from nodes without out-links is spread over all nodes. When g is a
// [gonum.WeightedDirected] a node passes rank on in proportion to edge
// weights, so on a Snapshot an entity pair joined by many facts carries
// more. An empty graph gives an empty map.
//
// Unlike gonum's, which starts from a random vector, the iteration starts
// from the uniform vector and visits nodes in id order, so the result is
// bit-for-bit the same on every run. It stops when the 2-norm of the change
// falls below 1e-8, or after 1000 iterations.
//
// Cost: O(V+E) per iteration and in memory.
func PageRank(g gonum.Directed) map[int64]float64 {
	nodes := gonum.NodesOf(sorted(g).Nodes())
	n := len(nodes)
	out := make(map[int64]float64, n)
	if n == 0 {
		return out
	}
	index := make(map[int64]int, n)
	for i, u := range nodes {
		index[u.ID()] = i
	}
	var edges []RankEdge
	wg, weighted := g.(gonum.WeightedDirected)
	for i, u := range nodes {
		var to []int64
		for it := g.From(u.ID()); it.Next(); {
			to = append(to, it.Node().ID())
		}
		slices.Sort(to)
		for _, v := range to {
			w := 1.0
			if weighted {
				if e := wg.WeightedEdge(u.ID(), v); e != nil {
					w = e.Weight()
				}
			}
			edges = append(edges, RankEdge{From: i, To: index[v], W: w})
		}
	}
	for i, r := range PageRankEdges(n, edges) {
		out[nodes[i].ID()] = r
	}
	return out
}

// RankEdge is a weighted directed edge between nodes numbered from 0, for
// [PageRankEdges].
type RankEdge struct {
	From, To int
	W        float64
}

// PageRankEdges is [PageRank] of the graph of nodes 0..n-1 and edges, sorted
// by From, then To, with no two alike: the same iteration on arrays, for
// callers that number their nodes themselves (salience ranks a whole
// graph's facts this way without building a gonum graph). A node whose
// out-edges weigh nothing in all counts as having none.
func PageRankEdges(n int, edges []RankEdge) []float64 {
	if n == 0 {
		return nil
	}
	type link struct {
		from int
		w    float64
	}
	in := make([][]link, n) // in[v]: links into v with their share of damping
	out := make([]bool, n)
	for lo := 0; lo < len(edges); {
		u, total, hi := edges[lo].From, 0.0, lo
		for ; hi < len(edges) && edges[hi].From == u; hi++ {
			total += edges[hi].W
		}
		if total > 0 {
			out[u] = true
			for _, e := range edges[lo:hi] {
				in[e.To] = append(in[e.To], link{from: u, w: Damping * e.W / total})
			}
		}
		lo = hi
	}
	var dangling []int
	for i, o := range out {
		if !o {
			dangling = append(dangling, i)
		}
	}
	last := make([]float64, n)
	next := make([]float64, n)
	for i := range last {
		last[i] = 1 / float64(n)
	}
	for iter := 0; iter < 1000; iter++ {
		d := 0.0
		for _, i := range dangling {
			d += last[i]
		}
		base := (1-Damping)/float64(n) + Damping*d/float64(n)
		norm := 0.0
		for v := range next {
			x := base
			for _, l := range in[v] {
				x += l.w * last[l.from]
			}
			next[v] = x
			norm += (x - last[v]) * (x - last[v])
		}
		last, next = next, last
		if math.Sqrt(norm) < rankTol {
			break
		}
	}
	return last
}

// Betweenness returns the betweenness centrality of the nodes of g that lie
// on some shortest path (Brandes 2001, via gonum network.Betweenness):
// C_B(v) = Σ σ_st(v)/σ_st over ordered pairs s ≠ v ≠ t, so on an undirected
// graph each unordered pair counts twice. Weights are ignored; nodes with
// centrality 0 are absent from the map.
//
// Cost: O(VE) time, O(V+E) memory.
func Betweenness(g gonum.Graph) map[int64]float64 {
	if g.Nodes().Len() == 0 {
		return map[int64]float64{}
	}
	return network.Betweenness(sorted(g))
}

// Top returns the ids of the n highest-scoring nodes of scores, highest
// first, ties broken by the smaller id; n < 0 means all.
func Top(scores map[int64]float64, n int) []int64 {
	ids := make([]int64, 0, len(scores))
	for id := range scores {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b int64) int {
		if c := cmp.Compare(scores[b], scores[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if n >= 0 && n < len(ids) {
		ids = ids[:n]
	}
	return ids
}

// Communities partitions g with the Louvain algorithm (Blondel et al. 2008,
// via gonum community.Modularize) at the given resolution (1 is the
// classical modularity; higher gives smaller communities), using a PCG
// random source seeded with seed. A directed g is partitioned with the
// directed modularity; wrap it in gonum's graph.Undirect to ignore
// direction. The same graph, resolution and seed always give the same
// partition.
//
// Each community lists its node ids in increasing order; communities are
// sorted by size, largest first, then by their smallest id. An empty graph
// gives nil. It panics, as Modularize does, if an edge weight is negative.
func Communities(g gonum.Graph, resolution float64, seed uint64) [][]int64 {
	if g.Nodes().Len() == 0 {
		return nil
	}
	r := community.Modularize(sorted(g), resolution, rand.NewPCG(seed, seed))
	var out [][]int64
	for _, c := range r.Communities() {
		ids := make([]int64, 0, len(c))
		for _, n := range c {
			ids = append(ids, n.ID())
		}
		if len(ids) == 0 {
			continue
		}
		slices.Sort(ids)
		out = append(out, ids)
	}
	slices.SortFunc(out, func(a, b []int64) int {
		if len(a) != len(b) {
			return cmp.Compare(len(b), len(a))
		}
		return cmp.Compare(a[0], b[0])
	})
	return out
}

// neighbours returns the ids adjacent to id in increasing order, following
// edges in both directions when g is directed.
func neighbours(g gonum.Graph, id int64) []int64 {
	var ids []int64
	for it := g.From(id); it.Next(); {
		ids = append(ids, it.Node().ID())
	}
	if d, ok := g.(gonum.Directed); ok {
		for it := d.To(id); it.Next(); {
			ids = append(ids, it.Node().ID())
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// ShortestPath returns the node ids of a shortest path from one node to
// another, both ends included, counting hops and following edges in either
// direction (on a news graph who acted on whom matters less than that they
// are linked). Among equally short paths it picks the one whose ids are
// smallest hop by hop. It returns [from] when from == to and nil when either
// node is missing or no path exists.
//
// It is the first of [ShortestPaths] on an undirected view of g.
func ShortestPath(g gonum.Graph, from, to int64) []int64 {
	if g.Node(from) == nil || g.Node(to) == nil {
		return nil
	}
	ps := ShortestPaths(bothWays(g), from, to, PathOptions{Limit: 1})
	if len(ps) == 0 {
		return nil
	}
	return ps[0]
}

// bothWays returns g as [Adjacency] whose From lists the neighbours in
// either direction.
func bothWays(g gonum.Graph) Adjacency {
	if d, ok := g.(gonum.Directed); ok {
		return gonum.Undirect{G: d}
	}
	return g
}

// Neighbourhood returns the ids of the nodes at most depth hops from node
// from, following edges in either direction, from itself included, in
// increasing id order. Depth 0 gives [from]; a negative depth or a missing
// node gives nil.
//
// Breadth-first search: O(V+E) of the part visited.
func Neighbourhood(g gonum.Graph, from int64, depth int) []int64 {
	if depth < 0 || g.Node(from) == nil {
		return nil
	}
	seen := map[int64]bool{from: true}
	out := []int64{from}
	frontier := []int64{from}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []int64
		for _, u := range frontier {
			for _, v := range neighbours(g, u) {
				if !seen[v] {
					seen[v] = true
					next = append(next, v)
					out = append(out, v)
				}
			}
		}
		frontier = next
	}
	slices.Sort(out)
	return out
}
