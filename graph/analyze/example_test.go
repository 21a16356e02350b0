package analyze_test

import (
	"fmt"

	"gonum.org/v1/gonum/graph/simple"

	"github.com/storygraph/storygraph/graph/analyze"
)

// Who is central in a small story: 0 met 1, 1 and 2 called 3, 3 visited 4.
func storyGraph() *simple.DirectedGraph {
	g := simple.NewDirectedGraph()
	for _, e := range [][2]int64{{0, 1}, {1, 3}, {2, 3}, {3, 4}} {
		g.SetEdge(simple.Edge{F: simple.Node(e[0]), T: simple.Node(e[1])})
	}
	return g
}

func ExamplePageRank() {
	rank := analyze.PageRank(storyGraph())
	for _, id := range analyze.Top(rank, 3) {
		fmt.Printf("%d %.3f\n", id, rank[id])
	}
	// Output:
	// 4 0.350
	// 3 0.306
	// 1 0.165
}

func ExampleCommunities() {
	g := simple.NewUndirectedGraph()
	for _, e := range [][2]int64{{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}} {
		g.SetEdge(simple.Edge{F: simple.Node(e[0]), T: simple.Node(e[1])})
	}
	fmt.Println(analyze.Communities(g, 1, 1))
	// Output:
	// [[0 1 2] [3 4 5]]
}

func ExampleShortestPath() {
	fmt.Println(analyze.ShortestPath(storyGraph(), 0, 2))
	// Output:
	// [0 1 3 2]
}

func ExampleNeighbourhood() {
	fmt.Println(analyze.Neighbourhood(storyGraph(), 3, 1))
	// Output:
	// [1 2 3 4]
}

func ExampleShortestPaths() {
	// Two ways of equal length from 0 to 3: through 1 or through 2.
	g := simple.NewUndirectedGraph()
	for _, e := range [][2]int64{{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}} {
		g.SetEdge(simple.Edge{F: simple.Node(e[0]), T: simple.Node(e[1])})
	}
	fmt.Println(analyze.ShortestPaths(g, 0, 3, analyze.PathOptions{}))
	// Output:
	// [[0 1 3] [0 2 3]]
}

func ExampleConnectedComponents() {
	fmt.Println(analyze.ConnectedComponents(storyGraph()))
	// Output:
	// [[0 1 2 3 4]]
}
