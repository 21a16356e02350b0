package analyze_test

import (
	"slices"
	"testing"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/storygraph/storygraph/graph/analyze"
)

// counting wraps an undirected graph and counts the calls of From, to
// check that the bidirectional search reads each node at most once and
// fewer nodes than a one-sided search would.
type counting struct {
	gonum.Undirected
	calls map[int64]int
}

func (c *counting) From(id int64) gonum.Nodes {
	c.calls[id]++
	return c.Undirected.From(id)
}

// ladder is two rows 0..n-1 and n..2n-1 joined rung by rung: between its
// two left corners and its two right corners many paths are equally short.
func ladder(n int) *simple.UndirectedGraph {
	var edges [][2]int64
	for i := range int64(n) {
		edges = append(edges, [2]int64{i, i + int64(n)})
		if i+1 < int64(n) {
			edges = append(edges, [2]int64{i, i + 1}, [2]int64{i + int64(n), i + 1 + int64(n)})
		}
	}
	return undirected(2*n, edges)
}

var shortestPathsTests = []struct {
	name     string
	g        analyze.Adjacency
	from, to int64
	opts     analyze.PathOptions
	want     [][]int64
}{
	{"line", undirected(5, [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 4}}), 0, 4, analyze.PathOptions{},
		[][]int64{{0, 1, 2, 3, 4}}},
	// Square 0-1-2-3-0: two shortest paths from 0 to 2.
	{"square", undirected(4, [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 0}}), 0, 2, analyze.PathOptions{},
		[][]int64{{0, 1, 2}, {0, 3, 2}}},
	{"square limit", undirected(4, [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 0}}), 0, 2, analyze.PathOptions{Limit: 1},
		[][]int64{{0, 1, 2}}},
	// A ladder of 3 rungs, corner 0 to corner 5 (= 2n-1): 3 hops, three ways
	// (0-1-2-5, 0-1-4-5, 0-3-4-5).
	{"ladder", ladder(3), 0, 5, analyze.PathOptions{}, [][]int64{{0, 1, 2, 5}, {0, 1, 4, 5}, {0, 3, 4, 5}}},
	{"too far", undirected(5, [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 4}}), 0, 4, analyze.PathOptions{MaxHops: 3}, nil},
	{"exactly max", undirected(5, [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 4}}), 0, 4, analyze.PathOptions{MaxHops: 4},
		[][]int64{{0, 1, 2, 3, 4}}},
	{"same node", undirected(2, [][2]int64{{0, 1}}), 1, 1, analyze.PathOptions{}, [][]int64{{1}}},
	{"unreachable", undirected(3, [][2]int64{{0, 1}}), 0, 2, analyze.PathOptions{}, nil},
	{"against direction", gonum.Undirect{G: directed(3, [][2]int64{{1, 0}, {2, 1}})}, 0, 2, analyze.PathOptions{},
		[][]int64{{0, 1, 2}}},
	// Odd and even distances meet in the middle differently: 0..5 is 5 hops.
	{"odd", undirected(6, [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}}), 5, 0, analyze.PathOptions{},
		[][]int64{{5, 4, 3, 2, 1, 0}}},
	// A triangle with a tail: the edge 1-2 must not give a second path.
	{"triangle", undirected(4, [][2]int64{{0, 1}, {0, 2}, {1, 2}, {2, 3}}), 0, 3, analyze.PathOptions{},
		[][]int64{{0, 2, 3}}},
}

func TestShortestPaths(t *testing.T) {
	for _, tc := range shortestPathsTests {
		t.Run(tc.name, func(t *testing.T) {
			got := analyze.ShortestPaths(tc.g, tc.from, tc.to, tc.opts)
			if !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("ShortestPaths(%d, %d, %+v) = %v, want %v", tc.from, tc.to, tc.opts, got, tc.want)
			}
			// Growing the cheaper side first finds the same paths; the
			// cost here favours the far end, against the size rule.
			opts := tc.opts
			opts.Cost = func(id int64) int {
				if id == tc.to {
					return 0
				}
				return tc.g.From(id).Len() + 1
			}
			if got := analyze.ShortestPaths(tc.g, tc.from, tc.to, opts); !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("ShortestPaths(%d, %d, %+v) with a cost = %v, want %v", tc.from, tc.to, tc.opts, got, tc.want)
			}
		})
	}
}

// TestShortestPathsCost: between two ends joined through a hub, the
// search with a cost (the degree) meets the hub from both sides and never
// reads its neighbours; by the frontiers' sizes alone it reads them.
func TestShortestPathsCost(t *testing.T) {
	// 0-2, and 1 joined to 2 and to 3, 4, 5; the hub 2 has leaves 6..55.
	edges := [][2]int64{{0, 2}, {1, 2}, {1, 3}, {1, 4}, {1, 5}}
	for i := int64(6); i < 56; i++ {
		edges = append(edges, [2]int64{2, i})
	}
	u := undirected(56, edges)
	degree := func(id int64) int { return u.From(id).Len() }
	for _, tc := range []struct {
		name     string
		cost     func(int64) int
		readsHub bool
	}{
		{"by size", nil, true},
		{"by cost", degree, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := &counting{Undirected: u, calls: map[int64]int{}}
			got := analyze.ShortestPaths(g, 0, 1, analyze.PathOptions{Cost: tc.cost})
			if want := [][]int64{{0, 2, 1}}; !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("ShortestPaths(0, 1) = %v, want %v", got, want)
			}
			if read := g.calls[2] > 0; read != tc.readsHub {
				t.Errorf("hub read: %v, want %v", read, tc.readsHub)
			}
		})
	}
}

// TestShortestPathsReadsLittle checks the point of the bidirectional
// search on a long line with a bushy end: it never reads a node twice and
// leaves the far side of the bush unread.
func TestShortestPathsReadsLittle(t *testing.T) {
	// 0-1-2-3, and node 3 has 50 leaves 4..53.
	edges := [][2]int64{{0, 1}, {1, 2}, {2, 3}}
	for i := int64(4); i < 54; i++ {
		edges = append(edges, [2]int64{3, i})
	}
	g := &counting{Undirected: undirected(54, edges), calls: map[int64]int{}}
	got := analyze.ShortestPaths(g, 0, 3, analyze.PathOptions{})
	if want := [][]int64{{0, 1, 2, 3}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("ShortestPaths(0, 3) = %v, want %v", got, want)
	}
	for id, n := range g.calls {
		if n > 1 {
			t.Errorf("From(%d) called %d times, want at most once", id, n)
		}
		if id >= 4 {
			t.Errorf("From(%d) called: a leaf beyond the goal was read", id)
		}
	}
}

var componentTests = []struct {
	name string
	g    gonum.Graph
	want [][]int64
}{
	{"two and one", undirected(5, [][2]int64{{0, 1}, {3, 4}, {4, 0}}), [][]int64{{0, 1, 3, 4}, {2}}},
	// Direction is ignored: 2→0 and 1→0 join all three.
	{"directed", directed(4, [][2]int64{{2, 0}, {1, 0}}), [][]int64{{0, 1, 2}, {3}}},
	{"ties by smallest id", undirected(4, [][2]int64{{2, 3}, {0, 1}}), [][]int64{{0, 1}, {2, 3}}},
	{"empty", undirected(0, nil), nil},
}

func TestConnectedComponents(t *testing.T) {
	for _, tc := range componentTests {
		t.Run(tc.name, func(t *testing.T) {
			if got := analyze.ConnectedComponents(tc.g); !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("ConnectedComponents() = %v, want %v", got, tc.want)
			}
		})
	}
}
