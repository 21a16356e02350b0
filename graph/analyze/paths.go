package analyze

import (
	"cmp"
	"slices"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/topo"
)

// Adjacency is what the path searches need of a graph: the neighbours of a
// node. A [gonum.Undirected] graph satisfies it; wrap a directed one in
// gonum's graph.Undirect to follow edges both ways. A graph read lazily
// from a store (graph.Store's index view) satisfies it without ever
// listing all its nodes.
type Adjacency interface {
	From(id int64) gonum.Nodes
}

// PathOptions bounds [ShortestPaths]. The zero value means no bound.
type PathOptions struct {
	// MaxHops bounds the length of the paths; 0 or less means no bound.
	MaxHops int
	// Limit bounds the number of paths returned; 0 or less means no bound.
	// The search still finds the shortest length; only the enumeration of
	// equally short paths stops.
	Limit int
	// Cost, when set, estimates how much reading a node's neighbours costs
	// (its degree): while both frontiers hold at most costFrontier nodes
	// the search grows the one that costs less rather than the smaller,
	// so that a hub between the ends is met rather than expanded. The
	// paths are the same either way, unless Limit cuts them.
	Cost func(id int64) int
}

// costFrontier is the largest frontier PathOptions.Cost is asked about.
const costFrontier = 64

// ShortestPaths returns every shortest path between from and to in g, each
// as the node ids from from to to, both included, in lexical order of
// their ids. It returns [[from]] when from == to and nil when no path of
// at most opts.MaxHops edges exists.
//
// The search is bidirectional breadth-first: it grows, one whole layer at
// a time, whichever of the two frontiers is smaller, and stops at the first
// layer where they meet, so it reads the neighbours of O(b^(d/2)) nodes for
// branching factor b and distance d rather than O(b^d) (Pohl 1971,
// "Bi-directional search"). Every shortest path then runs through a node
// where the searches met; the paths are enumerated from the predecessor
// lists of both searches. g.From is called at most once per node.
//
// The number of shortest paths can grow exponentially with their length;
// opts.Limit caps the enumeration (the first paths in lexical order).
func ShortestPaths(g Adjacency, from, to int64, opts PathOptions) [][]int64 {
	if from == to {
		return [][]int64{{from}}
	}
	adj := map[int64][]int64{}
	next := func(u int64) []int64 {
		if ns, ok := adj[u]; ok {
			return ns
		}
		var ns []int64
		for it := g.From(u); it.Next(); {
			ns = append(ns, it.Node().ID())
		}
		slices.Sort(ns)
		ns = slices.Compact(ns)
		adj[u] = ns
		return ns
	}
	type side struct {
		dist     map[int64]int
		pred     map[int64][]int64 // predecessors on shortest paths from this side's root
		frontier []int64
	}
	a := &side{dist: map[int64]int{from: 0}, pred: map[int64][]int64{}, frontier: []int64{from}}
	b := &side{dist: map[int64]int{to: 0}, pred: map[int64][]int64{}, frontier: []int64{to}}
	hops := 0
	var meet []int64
	for len(a.frontier) > 0 && len(b.frontier) > 0 {
		if opts.MaxHops > 0 && hops >= opts.MaxHops {
			return nil
		}
		grow, other := a, b
		if len(b.frontier) < len(a.frontier) {
			grow, other = b, a
		}
		if opts.Cost != nil && len(a.frontier) <= costFrontier && len(b.frontier) <= costFrontier {
			grow, other = a, b
			if cost(b.frontier, opts.Cost) < cost(a.frontier, opts.Cost) {
				grow, other = b, a
			}
		}
		var layer []int64
		for _, u := range grow.frontier {
			du := grow.dist[u]
			for _, v := range next(u) {
				dv, seen := grow.dist[v]
				if !seen {
					grow.dist[v] = du + 1
					layer = append(layer, v)
					dv = du + 1
				}
				if dv == du+1 {
					grow.pred[v] = append(grow.pred[v], u)
				}
			}
		}
		hops++
		slices.Sort(layer)
		grow.frontier = layer
		for _, v := range layer {
			if _, ok := other.dist[v]; ok {
				meet = append(meet, v)
			}
		}
		if len(meet) > 0 {
			break
		}
	}
	if len(meet) == 0 {
		return nil
	}
	// Only meeting nodes on a shortest path count: the other side's
	// distance to them may differ by one across its last layer.
	best := -1
	for _, m := range meet {
		if d := a.dist[m] + b.dist[m]; best < 0 || d < best {
			best = d
		}
	}
	var out [][]int64
	limit := opts.Limit
	// halves enumerates the paths from root to v through pred, root first.
	var halves func(pred map[int64][]int64, v int64, max int) [][]int64
	halves = func(pred map[int64][]int64, v int64, max int) [][]int64 {
		ps := pred[v]
		if len(ps) == 0 {
			return [][]int64{{v}}
		}
		var out [][]int64
		for _, p := range ps {
			for _, h := range halves(pred, p, max) {
				out = append(out, append(h, v))
				if max > 0 && len(out) >= max {
					return out
				}
			}
		}
		return out
	}
	for _, m := range meet {
		if a.dist[m]+b.dist[m] != best {
			continue
		}
		left := halves(a.pred, m, limit)
		right := halves(b.pred, m, limit)
		for _, l := range left {
			for _, r := range right {
				p := slices.Clone(l)
				for i := len(r) - 2; i >= 0; i-- {
					p = append(p, r[i])
				}
				out = append(out, p)
			}
		}
	}
	slices.SortFunc(out, slices.Compare)
	out = slices.CompactFunc(out, slices.Equal)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// cost is the sum of the costs of nodes.
func cost(nodes []int64, c func(int64) int) int {
	sum := 0
	for _, n := range nodes {
		sum += c(n)
	}
	return sum
}

// ConnectedComponents returns the connected components of g, edges taken
// in either direction (gonum topo.ConnectedComponents on an undirected
// view), each as its node ids in increasing order, largest component
// first, then by smallest id.
func ConnectedComponents(g gonum.Graph) [][]int64 {
	var u gonum.Undirected
	switch x := g.(type) {
	case gonum.Directed:
		u = gonum.Undirect{G: x}
	case gonum.Undirected:
		u = x
	default:
		u = undirected{g}
	}
	var out [][]int64
	for _, c := range componentsOf(sortedUndirected{u}) {
		ids := make([]int64, len(c))
		for i, n := range c {
			ids[i] = n.ID()
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

// undirected reads a graph that is neither directed nor undirected as
// undirected (its From already lists every neighbour).
type undirected struct{ gonum.Graph }

func (g undirected) EdgeBetween(x, y int64) gonum.Edge { return g.Edge(x, y) }

// componentsOf is gonum's topo.ConnectedComponents.
var componentsOf = topo.ConnectedComponents
