package build_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/build"
)

// BenchmarkBuild builds synthetic corpora of 1,000 and 3,000 articles
// (and 10,000 with STORYGRAPH_BENCH_10K=1) into a bolt file and reports
// time, allocation and peak live heap per article: none should grow with
// the corpus. One iteration takes minutes; run with -benchtime=1x.
func BenchmarkBuild(b *testing.B) {
	sizes := []int{1000, 3000}
	if os.Getenv("STORYGRAPH_BENCH_10K") != "" {
		sizes = append(sizes, 10000)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			docs := corpus(b, n)
			b.ReportAllocs()
			var peak uint64
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				s, err := graph.Open(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)))
				if err != nil {
					b.Fatal(err)
				}
				stop := sampleHeap(&peak)
				b.StartTimer()
				if _, err := build.Build(context.Background(), s, docs, build.Options{}); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				stop()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n)/1e6, "ms/article")
			b.ReportMetric(float64(peak)/float64(n), "peak-heap-B/article")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}

// sampleHeap records the largest live heap seen until stop is called.
func sampleHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > *peak {
				*peak = v
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}
