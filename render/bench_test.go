package render

import (
	"fmt"
	"testing"
)

// Fixtures are built once from a fixed recipe (see bigStory).
var benchSizes = []int{100, 300, 1000}

func BenchmarkMapDOT(b *testing.B) {
	for _, n := range benchSizes {
		ents, facts := bigStory(n)
		b.Run(fmt.Sprintf("facts=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := MapDOT(ents, facts, MapOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "facts/s")
		})
	}
}

func BenchmarkMap(b *testing.B) {
	for _, format := range []string{"svg", "png"} {
		ents, facts := bigStory(300)
		b.Run("facts=300/"+format, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Map(b.Context(), Graphviz(), ents, facts, MapOptions{}, format); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(300*b.N)/b.Elapsed().Seconds(), "facts/s")
		})
	}
}

func BenchmarkTimelineSVG(b *testing.B) {
	tl := storyTimeline()
	for i := range 200 {
		e := tl.Events[i%len(tl.Events)]
		e.Date = fmt.Sprintf("20%02d-%02d", 10+i/12, 1+i%12)
		tl.Events = append(tl.Events, e)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := TimelineSVG(b.Context(), nil, tl); err != nil {
			b.Fatal(err)
		}
	}
}
