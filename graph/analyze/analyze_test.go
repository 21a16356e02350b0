package analyze_test

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/storygraph/storygraph/graph/analyze"
)

const (
	A = iota
	B
	C
	D
	E
	F
	G
	H
	I
	J
	K
)

// directed builds a directed graph with nodes 0..n-1 and the given edges.
func directed(n int, edges [][2]int64) *simple.DirectedGraph {
	g := simple.NewDirectedGraph()
	for i := range n {
		g.AddNode(simple.Node(i))
	}
	for _, e := range edges {
		g.SetEdge(simple.Edge{F: simple.Node(e[0]), T: simple.Node(e[1])})
	}
	return g
}

// undirected builds an undirected graph with nodes 0..n-1 and the given edges.
func undirected(n int, edges [][2]int64) *simple.UndirectedGraph {
	g := simple.NewUndirectedGraph()
	for i := range n {
		g.AddNode(simple.Node(i))
	}
	for _, e := range edges {
		g.SetEdge(simple.Edge{F: simple.Node(e[0]), T: simple.Node(e[1])})
	}
	return g
}

// wikipedia is the example graph of
// https://en.wikipedia.org/wiki/File:PageRanks-Example.svg (8 July 2009),
// the one gonum's network/page_test.go uses.
var wikipedia = [][2]int64{
	{B, C}, {C, B}, {D, A}, {D, B}, {E, D}, {E, B}, {E, F}, {F, B}, {F, E},
	{G, B}, {G, E}, {H, B}, {H, E}, {I, B}, {I, E}, {J, E}, {K, E},
}

var rankTests = []struct {
	name    string
	g       gonum.Directed
	want    map[int64]float64
	wantTol float64
}{
	{
		name: "wikipedia",
		g:    directed(11, wikipedia),
		// Values from gonum network/page_test.go for damping 0.85; the
		// figure shows them rounded: A 3.3%, B 38.4%, C 34.3%, ...
		want: map[int64]float64{
			A: 0.03278149, B: 0.38440095, C: 0.34291029, D: 0.03908709, E: 0.08088569, F: 0.03908709,
			G: 0.01616948, H: 0.01616948, I: 0.01616948, J: 0.01616948, K: 0.01616948,
		},
		wantTol: 1e-6,
	},
	{
		// A directed cycle is symmetric: every node gets 1/n.
		name:    "cycle",
		g:       directed(4, [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 0}}),
		want:    map[int64]float64{0: 0.25, 1: 0.25, 2: 0.25, 3: 0.25},
		wantTol: 1e-6,
	},
	{name: "empty", g: directed(0, nil), want: map[int64]float64{}},
}

func TestPageRank(t *testing.T) {
	for _, tc := range rankTests {
		t.Run(tc.name, func(t *testing.T) {
			got := analyze.PageRank(tc.g)
			if len(got) != len(tc.want) {
				t.Fatalf("PageRank() has %d nodes, want %d", len(got), len(tc.want))
			}
			sum := 0.0
			for id, w := range tc.want {
				if math.Abs(got[id]-w) > tc.wantTol {
					t.Errorf("PageRank()[%d] = %.8f, want %.8f ± %g", id, got[id], w, tc.wantTol)
				}
				sum += got[id]
			}
			if len(got) > 0 && math.Abs(sum-1) > 1e-6 {
				t.Errorf("PageRank() sums to %v, want 1", sum)
			}
		})
	}
}

func TestPageRankDeterministic(t *testing.T) {
	want := analyze.PageRank(directed(11, wikipedia))
	for range 5 {
		got := analyze.PageRank(directed(11, wikipedia))
		for id, w := range want {
			if got[id] != w {
				t.Fatalf("PageRank()[%d] = %v then %v: not deterministic", id, w, got[id])
			}
		}
	}
}

var betweennessTests = []struct {
	name string
	g    gonum.Graph
	want map[int64]float64
}{
	{
		// Path 0-1-2-3-4: node 1 lies on the paths of the pairs {0,2},
		// {0,3}, {0,4}; node 2 on {0,3}, {0,4}, {1,3}, {1,4}. Ordered pairs
		// count each twice.
		name: "path",
		g:    undirected(5, [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 4}}),
		want: map[int64]float64{1: 6, 2: 8, 3: 6},
	},
	{
		// Star with centre 0 and 4 leaves: all 4·3 ordered leaf pairs pass
		// through the centre.
		name: "star",
		g:    undirected(5, [][2]int64{{0, 1}, {0, 2}, {0, 3}, {0, 4}}),
		want: map[int64]float64{0: 12},
	},
	{
		// Square 0-1-2-3-0: the pair {0,2} has two shortest paths, half
		// through 1 and half through 3; likewise {1,3}.
		name: "square",
		g:    undirected(4, [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 0}}),
		want: map[int64]float64{0: 1, 1: 1, 2: 1, 3: 1},
	},
}

func TestBetweenness(t *testing.T) {
	for _, tc := range betweennessTests {
		t.Run(tc.name, func(t *testing.T) {
			got := analyze.Betweenness(tc.g)
			if len(got) != len(tc.want) {
				t.Errorf("Betweenness() = %v, want %v", got, tc.want)
			}
			for id, w := range tc.want {
				if math.Abs(got[id]-w) > 1e-9 {
					t.Errorf("Betweenness()[%d] = %v, want %v", id, got[id], w)
				}
			}
		})
	}
}

func TestTop(t *testing.T) {
	scores := map[int64]float64{5: 0.1, 3: 0.4, 9: 0.4, 1: 0.05}
	for _, tc := range []struct {
		n    int
		want []int64
	}{
		{-1, []int64{3, 9, 5, 1}},
		{2, []int64{3, 9}},
		{0, []int64{}},
		{10, []int64{3, 9, 5, 1}},
	} {
		if got := analyze.Top(scores, tc.n); !slices.Equal(got, tc.want) {
			t.Errorf("Top(%v, %d) = %v, want %v", scores, tc.n, got, tc.want)
		}
	}
}

// barbell is two triangles {0,1,2} and {3,4,5} joined by the edge 2-3, the
// textbook case of two communities (Newman, Networks, 2010, ch. 11).
var barbell = [][2]int64{{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}}

var communityTests = []struct {
	name string
	g    gonum.Graph
	want [][]int64
}{
	{"barbell", undirected(6, barbell), [][]int64{{0, 1, 2}, {3, 4, 5}}},
	{"barbell directed", directed(6, barbell), [][]int64{{0, 1, 2}, {3, 4, 5}}},
	{
		// Three triangles in a chain; the lone node 9 is its own community.
		"chain with isolate",
		undirected(10, [][2]int64{{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {4, 5}, {3, 5}, {5, 6}, {6, 7}, {7, 8}, {6, 8}}),
		[][]int64{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {9}},
	},
	{"empty", undirected(0, nil), nil},
}

func TestCommunities(t *testing.T) {
	for _, tc := range communityTests {
		t.Run(tc.name, func(t *testing.T) {
			for seed := range uint64(4) {
				got := analyze.Communities(tc.g, 1, seed)
				if !slices.EqualFunc(got, tc.want, slices.Equal) {
					t.Errorf("Communities(seed %d) = %v, want %v", seed, got, tc.want)
				}
			}
		})
	}
}

func TestCommunitiesDeterministic(t *testing.T) {
	// A graph without clear structure, so the result depends on the seed.
	var edges [][2]int64
	for i := range int64(30) {
		edges = append(edges, [2]int64{i, (i*7 + 3) % 30}, [2]int64{i, (i*11 + 5) % 30})
	}
	want := analyze.Communities(undirected(30, edges), 1, 42)
	for range 5 {
		// Rebuild the graph: its map iteration order changes every time.
		if got := analyze.Communities(undirected(30, edges), 1, 42); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("Communities(seed 42) = %v then %v: not deterministic", want, got)
		}
	}
}

var pathTests = []struct {
	name     string
	g        gonum.Graph
	from, to int64
	want     []int64
}{
	{"path", undirected(5, [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 4}}), 0, 4, []int64{0, 1, 2, 3, 4}},
	{"square picks smaller id", undirected(4, [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 0}}), 0, 2, []int64{0, 1, 2}},
	{"against direction", directed(3, [][2]int64{{1, 0}, {2, 1}}), 0, 2, []int64{0, 1, 2}},
	{"same node", undirected(2, [][2]int64{{0, 1}}), 1, 1, []int64{1}},
	{"unreachable", undirected(3, [][2]int64{{0, 1}}), 0, 2, nil},
	{"missing node", undirected(3, nil), 0, 7, nil},
}

func TestShortestPath(t *testing.T) {
	for _, tc := range pathTests {
		if got := analyze.ShortestPath(tc.g, tc.from, tc.to); !slices.Equal(got, tc.want) {
			t.Errorf("%s: ShortestPath(%d, %d) = %v, want %v", tc.name, tc.from, tc.to, got, tc.want)
		}
	}
}

var neighbourhoodTests = []struct {
	name  string
	g     gonum.Graph
	from  int64
	depth int
	want  []int64
}{
	{"depth 0", directed(11, wikipedia), E, 0, []int64{E}},
	// E links to B, D, F and is linked from F, G, H, I, J, K.
	{"depth 1 both directions", directed(11, wikipedia), E, 1, []int64{B, D, E, F, G, H, I, J, K}},
	{"depth 2", directed(11, wikipedia), E, 2, []int64{A, B, C, D, E, F, G, H, I, J, K}},
	{"path depth 2", undirected(6, [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}}), 2, 2, []int64{0, 1, 2, 3, 4}},
	{"negative depth", undirected(2, nil), 0, -1, nil},
	{"missing node", undirected(2, nil), 5, 1, nil},
}

func TestNeighbourhood(t *testing.T) {
	for _, tc := range neighbourhoodTests {
		if got := analyze.Neighbourhood(tc.g, tc.from, tc.depth); !slices.Equal(got, tc.want) {
			t.Errorf("%s: Neighbourhood(%d, %d) = %v, want %v", tc.name, tc.from, tc.depth, got, tc.want)
		}
	}
}

// TestCommunitiesWeightedUndirect runs the Louvain method on a weighted
// directed graph read as undirected through gonum's UndirectWeighted, as
// the communities command does: two triangles joined by a light edge.
func TestCommunitiesWeightedUndirect(t *testing.T) {
	g := simple.NewWeightedDirectedGraph(0, 0)
	for _, e := range [][3]float64{{0, 1, 3}, {1, 2, 3}, {2, 0, 3}, {3, 4, 3}, {4, 5, 3}, {5, 3, 3}, {2, 3, 1}} {
		g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(e[0]), T: simple.Node(e[1]), W: e[2]})
	}
	u := gonum.UndirectWeighted{G: g, Merge: func(x, y float64, _, _ gonum.Edge) float64 { return x + y }}
	got := analyze.Communities(u, 1, 1)
	if want := [][]int64{{0, 1, 2}, {3, 4, 5}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("Communities(UndirectWeighted) = %v, want %v", got, want)
	}
}

// TestPageRankEdges checks that PageRankEdges on nodes numbered from 0
// gives PageRank's very bits on random weighted graphs whose node ids are
// not 0..n-1, with dangling nodes and nodes without links.
func TestPageRankEdges(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for trial := range 20 {
		n := 1 + rng.IntN(300)
		g := simple.NewWeightedDirectedGraph(0, 0)
		for i := range n {
			g.AddNode(simple.Node(int64(10*i + 7)))
		}
		weights := map[[2]int]float64{}
		for range rng.IntN(4 * n) {
			a, b := rng.IntN(n), rng.IntN(n)
			if a != b {
				weights[[2]int{a, b}] += 0.1 + rng.Float64()*3
			}
		}
		var edges []analyze.RankEdge
		for p, w := range weights {
			g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(int64(10*p[0]+7)), simple.Node(int64(10*p[1]+7)), w))
			edges = append(edges, analyze.RankEdge{From: p[0], To: p[1], W: w})
		}
		slices.SortFunc(edges, func(x, y analyze.RankEdge) int {
			if x.From != y.From {
				return x.From - y.From
			}
			return x.To - y.To
		})
		want := analyze.PageRank(g)
		got := analyze.PageRankEdges(n, edges)
		for i := range n {
			if got[i] != want[int64(10*i+7)] {
				t.Fatalf("trial %d (%d nodes, %d edges): node %d: %v, PageRank %v", trial, n, len(edges), i, got[i], want[int64(10*i+7)])
			}
		}
	}
}
