package graph_test

import (
	"testing"

	"github.com/storygraph/storygraph/graph/timeline"
)

// BenchmarkContents reads the ask graph whole (see askStore) as
// timeline --json does, and builds its timeline: CPU ms per call, on
// 300,000 facts (1.39 million quads) with
//
//	STORYGRAPH_ASK_FACTS=300000 STORYGRAPH_ASK_DB=/tmp/ask.db \
//	  go test ./graph -run XXX -bench Contents -benchtime 3x
func BenchmarkContents(b *testing.B) {
	s, _ := askStore(b)
	b.Run("graph-facts", func(b *testing.B) { // what timeline reads
		n := 0
		run(b, func() {
			c, err := s.Contents(b.Context(), false)
			if err != nil {
				b.Fatal(err)
			}
			n = len(c.Facts)
		})
		b.ReportMetric(float64(n), "facts")
	})
	b.Run("all-facts", func(b *testing.B) { // what report reads
		n := 0
		run(b, func() {
			c, err := s.Contents(b.Context(), true)
			if err != nil {
				b.Fatal(err)
			}
			n = len(c.Facts)
		})
		b.ReportMetric(float64(n), "facts")
	})
	c, err := s.Contents(b.Context(), false)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("timeline", func(b *testing.B) {
		n := 0
		run(b, func() {
			n = len(timeline.Build(c.Facts, timeline.Options{Names: c.Names}).Events)
		})
		b.ReportMetric(float64(n), "events")
	})
}
