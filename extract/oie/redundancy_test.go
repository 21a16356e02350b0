package oie

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// synthetic returns n extractions over a small vocabulary, as a run-on
// sentence gives: many share words and predicates.
func synthetic(n int, seed uint64) []Extraction {
	rng := rand.New(rand.NewPCG(seed, 1))
	word := func() string { return fmt.Sprintf("w%d", rng.IntN(40)) }
	ex := make([]Extraction, n)
	for i := range ex {
		ex[i] = Extraction{
			Subject:    word(),
			Relation:   word() + " " + word(),
			Object:     word() + " " + word() + " " + word(),
			Verb:       rng.IntN(30) - 5,
			Confidence: float64(rng.IntN(100)) / 100,
		}
		if rng.IntN(3) == 0 {
			ex[i].Args = []Arg{{Text: "in " + word()}}
		}
	}
	return ex
}

// allPairs is the reference redundancy: every extraction against every
// higher-ranked one, with word sets as maps.
func allPairs(ex []Extraction) ([]float64, []int, []int) {
	n := len(ex)
	idx := make([]int, n)
	sets := make([]map[string]bool, n)
	for i := range ex {
		idx[i] = i
		sets[i] = map[string]bool{}
		for _, s := range append([]string{ex[i].Subject, ex[i].Relation, ex[i].Object}, argTexts(ex[i])...) {
			for _, t := range strings.Fields(s) {
				sets[i][t] = true
			}
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(ex[b].Confidence, ex[a].Confidence) })
	ovl, same, rank := make([]float64, n), make([]int, n), make([]int, n)
	for r, i := range idx {
		for _, j := range idx[:r] {
			k := 0
			for t := range sets[i] {
				if sets[j][t] {
					k++
				}
			}
			ovl[i] = max(ovl[i], float64(k)/float64(len(sets[i])))
			if ex[j].Verb == ex[i].Verb && ex[i].Verb >= 0 {
				same[i]++
			}
		}
		rank[i] = r
	}
	return ovl, same, rank
}

func argTexts(e Extraction) []string {
	var s []string
	for _, a := range e.Args {
		s = append(s, a.Text)
	}
	return s
}

// TestRedundancyAllPairs checks that up to redundancyWindow+1 extractions
// (every sentence of ordinary length) get exactly the all-pairs features.
func TestRedundancyAllPairs(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 60, redundancyWindow + 1} {
		ex := synthetic(n, uint64(n))
		ovl, same, rank := allPairs(ex)
		fs := make([]feat, n)
		var w walker
		w.redundancy(n, func(i int) (*Extraction, *feat) { return &ex[i], &fs[i] })
		for i, f := range fs {
			if f.ovl != ovl[i] || f.sameVerb != same[i] || f.rank != rank[i] || f.nex != n {
				t.Fatalf("n=%d extraction %d: ovl %v same %d rank %d/%d, want %v %d %d/%d",
					n, i, f.ovl, f.sameVerb, f.rank, f.nex, ovl[i], same[i], rank[i], n)
			}
		}
	}
}

// TestRedundancyBounded checks the bound that keeps a run-on sentence
// linear: an extraction is compared with the redundancyWindow ranked just
// above it, not with every one, while the predicate count stays exact.
func TestRedundancyBounded(t *testing.T) {
	n := redundancyWindow + 2
	ex := make([]Extraction, n)
	for i := range ex {
		ex[i] = Extraction{Subject: fmt.Sprint("s", i), Relation: fmt.Sprint("r", i), Verb: 3,
			Confidence: 1 - float64(i)/float64(n)}
	}
	ex[0].Object, ex[n-2].Object, ex[n-1].Object = "alpha", "alpha", "alpha"
	ex[n-1].Subject, ex[n-1].Relation = "", "" // its only word is "alpha"
	ex[n-2].Subject, ex[n-2].Relation = "", ""
	fs := make([]feat, n)
	var w walker
	w.redundancy(n, func(i int) (*Extraction, *feat) { return &ex[i], &fs[i] })
	// n-2 is redundancyWindow ranks below 0: compared; n-1 sees n-2.
	if fs[n-2].ovl != 1 || fs[n-1].ovl != 1 {
		t.Errorf("ovl %v %v, want 1 1", fs[n-2].ovl, fs[n-1].ovl)
	}
	ex[n-2].Object = "beta"
	fs = make([]feat, n)
	w.redundancy(n, func(i int) (*Extraction, *feat) { return &ex[i], &fs[i] })
	if fs[n-1].ovl != 0 {
		t.Errorf("ovl %v, want 0: extraction 0 is beyond the window", fs[n-1].ovl)
	}
	if fs[n-1].sameVerb != n-1 {
		t.Errorf("sameVerb %d, want %d (counted over all)", fs[n-1].sameVerb, n-1)
	}
}

// BenchmarkRedundancy reports the time per extraction, which stays flat
// from a thousand to ten thousand extractions (a 400 KB unpunctuated
// line gives about 22,000); all pairs took 169 s on such a line.
func BenchmarkRedundancy(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ex := synthetic(n, 7)
			fs := make([]feat, n)
			var w walker
			for b.Loop() {
				w.redundancy(n, func(i int) (*Extraction, *feat) { return &ex[i], &fs[i] })
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/extraction")
		})
	}
}
