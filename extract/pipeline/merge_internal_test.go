package pipeline

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

// TestMergeSources checks that the scan for short lists and the set for
// long ones keep the same sources in the same order: a's as they are, then
// those of b at a document and offset not seen yet.
func TestMergeSources(t *testing.T) {
	src := func(doc string, off int) extract.Source { return extract.Source{Doc: doc, Offset: off} }
	for _, n := range []int{0, 1, 3, 20, 40, 100} {
		var a, b []extract.Source
		for i := range n {
			a = append(a, src(fmt.Sprint("d", i%7), i))
		}
		a = append(a, src("d0", 0)) // a duplicate already in a stays
		for i := range n/2 + 2 {
			b = append(b, src(fmt.Sprint("d", i%7), 2*i), src("new", i), src("new", i))
		}
		want := slices.Clone(a)
		for _, s := range b {
			if !slices.ContainsFunc(want, func(x extract.Source) bool { return x.Doc == s.Doc && x.Offset == s.Offset }) {
				want = append(want, s)
			}
		}
		short := mergeSources(slices.Clone(a), b)
		long := mergeSourcesSet(slices.Clone(a), b)
		if !reflect.DeepEqual(short, want) || !reflect.DeepEqual(long, want) {
			t.Errorf("n=%d: got %v and %v, want %v", n, short, long, want)
		}
	}
}

// BenchmarkMergeSources merges one reading at a time into a fact's
// sources, as a batch's assembly does for a fact read in many sentences.
func BenchmarkMergeSources(b *testing.B) {
	for _, n := range []int{4, 64} {
		b.Run(fmt.Sprint("sources=", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var a []extract.Source
				for i := range n {
					a = mergeSources(a, []extract.Source{{Doc: fmt.Sprint("doc", i%5), Offset: i * 10}})
				}
			}
		})
	}
}
