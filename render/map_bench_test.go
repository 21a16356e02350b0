package render

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph"
)

// BenchmarkMapLarge draws maps of a large synthetic story (bigStory: n
// facts over n/4 entities): the default top nodes, and every node of a
// 2,000-entity map (laid out with sfdp). STORYGRAPH_MAP_DOT=1 also times
// the native Graphviz "dot" command on the same DOT document when it is
// installed.
//
//	go test ./render -run XXX -bench MapLarge -benchtime 3x
func BenchmarkMapLarge(b *testing.B) {
	for _, tt := range []struct {
		facts, top int
	}{{100000, 0}, {8000, -1}} {
		ents, facts := bigStory(tt.facts)
		name := fmt.Sprintf("facts=%d/entities=%d/top=%d", tt.facts, len(ents), tt.top)
		b.Run(name, func(b *testing.B) {
			opts := MapOptions{MaxNodes: tt.top}
			for b.Loop() {
				if _, err := Map(b.Context(), Graphviz(), ents, facts, opts, "svg"); err != nil {
					b.Fatal(err)
				}
			}
		})
		if os.Getenv("STORYGRAPH_MAP_DOT") == "" {
			continue
		}
		dotPath, err := exec.LookPath("dot")
		if err != nil {
			b.Logf("%s: native Graphviz dot is not installed", name)
			continue
		}
		doc, err := MapDOT(ents, facts, MapOptions{MaxNodes: tt.top})
		if err != nil {
			b.Fatal(err)
		}
		f := b.TempDir() + "/map.dot"
		if err := os.WriteFile(f, doc, 0o644); err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if out, err := exec.Command(dotPath, "-Tsvg", "-o", os.DevNull, f).CombinedOutput(); err != nil {
			b.Fatalf("native dot: %v: %s", err, out)
		}
		b.Logf("%s: native Graphviz (%s) took %v", name, dotPath, time.Since(start))
	}
}

// BenchmarkMapStore draws the default map of the graph file named by
// STORYGRAPH_BENCH_DB (skipped when unset), read once: the time of
// mapDocument alone (salience, selection, DOT), which render adds to the
// read of the graph.
//
//	STORYGRAPH_BENCH_DB=/tmp/ask.db go test ./render -run XXX -bench MapStore -benchtime 5x
func BenchmarkMapStore(b *testing.B) {
	db := os.Getenv("STORYGRAPH_BENCH_DB")
	if db == "" {
		b.Skip("STORYGRAPH_BENCH_DB is not set")
	}
	st, err := graph.OpenReadOnly(b.Context(), db)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	docs, ents, facts, err := readGraph(b.Context(), st)
	if err != nil {
		b.Fatal(err)
	}
	opts := MapOptions{Docs: DocInfos(docs)}
	for b.Loop() {
		if _, _, err := mapDocument(ents, facts, opts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(facts)), "facts")
}
