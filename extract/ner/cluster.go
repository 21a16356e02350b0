package ner

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract/tag/perceptron"
)

// Word clusters: distributional classes of the lower-cased words of the
// training text, so that a word the labelled data has seen rarely, or only
// in another case, shares weights with words used like it ("lisa" with
// "Mary", "baguio" with other place names). Each word seen at least
// clusterMinCount times is described by the words around it (one and two
// positions to each side; the clusterContexts most frequent words by
// themselves, the others by a coarse shape), weighted by positive pointwise
// mutual information, and assigned by spherical k-means to one of
// clusterFine classes and, separately, one of clusterCoarse classes.
const (
	clusterMinCount = 3
	clusterContexts = 600
	clusterFine     = 256
	clusterCoarse   = 48
	clusterIters    = 12
)

// cluster packs a word's coarse (high byte) and fine (low byte) class, both
// counted from 1 so that 0 means "no cluster".
type cluster = uint16

func clusterOf(coarse, fine int) cluster { return cluster((coarse+1)<<8 | (fine + 1)) }

// buildClusters learns word clusters from the words of sents (see above),
// keyed by perceptron.HashLower of the word.
func buildClusters(sents []sentence) map[uint64]cluster {
	// Vocabulary by frequency.
	freq := map[string]int{}
	for _, s := range sents {
		for _, w := range s.words {
			freq[strings.ToLower(w)]++
		}
	}
	var vocab []string
	for w, n := range freq {
		if n >= clusterMinCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	if len(vocab) < clusterFine {
		return map[uint64]cluster{}
	}
	wordID := make(map[string]int, len(vocab))
	for i, w := range vocab {
		wordID[w] = i
	}
	// Context ids: the most frequent words, then coarse classes of the rest.
	const (
		ctxBoundary = clusterContexts + iota
		ctxCap
		ctxLower
		ctxDigit
		ctxOther
		ctxPerPos
	)
	ctxOf := func(words []string, j int) int {
		if j < 0 || j >= len(words) {
			return ctxBoundary
		}
		lw := strings.ToLower(words[j])
		if id, ok := wordID[lw]; ok && id < clusterContexts {
			return id
		}
		r, _ := utf8.DecodeRuneInString(words[j])
		switch {
		case unicode.IsUpper(r):
			return ctxCap
		case unicode.IsLower(r):
			return ctxLower
		case unicode.IsDigit(r):
			return ctxDigit
		}
		return ctxOther
	}
	dims := 4 * ctxPerPos
	counts := make([]map[int]float64, len(vocab))
	for i := range counts {
		counts[i] = map[int]float64{}
	}
	ctxTotal := make([]float64, dims)
	var total float64
	for _, s := range sents {
		for i, w := range s.words {
			id, ok := wordID[strings.ToLower(w)]
			if !ok {
				continue
			}
			for k, off := range [4]int{-2, -1, 1, 2} {
				c := k*ctxPerPos + ctxOf(s.words, i+off)
				counts[id][c]++
				ctxTotal[c]++
				total++
			}
		}
	}
	// Sparse PPMI vectors, unit length.
	type entry struct {
		dim int
		v   float32
	}
	vecs := make([][]entry, len(vocab))
	for i, cs := range counts {
		var wt float64
		for _, n := range cs {
			wt += n
		}
		var v []entry
		var norm float64
		for d, n := range cs {
			pmi := math.Log(n * total / (wt * ctxTotal[d]))
			if pmi > 0 {
				v = append(v, entry{d, float32(pmi)})
				norm += pmi * pmi
			}
		}
		slices.SortFunc(v, func(a, b entry) int { return a.dim - b.dim })
		norm = math.Sqrt(norm)
		for j := range v {
			v[j].v /= float32(max(norm, 1e-9))
		}
		vecs[i] = v
	}
	kmeans := func(k int) []int {
		cent := make([]float32, k*dims)
		// Start from the k most frequent words.
		for c := range k {
			for _, e := range vecs[c] {
				cent[c*dims+e.dim] = e.v
			}
		}
		assign := make([]int, len(vecs))
		for it := 0; it < clusterIters; it++ {
			changed := 0
			for i, v := range vecs {
				best, bc := float32(-1), 0
				for c := range k {
					row := cent[c*dims : (c+1)*dims]
					var dot float32
					for _, e := range v {
						dot += row[e.dim] * e.v
					}
					if dot > best {
						best, bc = dot, c
					}
				}
				if it == 0 || assign[i] != bc {
					changed++
				}
				assign[i] = bc
			}
			clear(cent)
			for i, v := range vecs {
				row := cent[assign[i]*dims:]
				for _, e := range v {
					row[e.dim] += e.v
				}
			}
			for c := range k {
				row := cent[c*dims : (c+1)*dims]
				var norm float64
				for _, x := range row {
					norm += float64(x) * float64(x)
				}
				if norm > 0 {
					inv := float32(1 / math.Sqrt(norm))
					for d := range row {
						row[d] *= inv
					}
				}
			}
			if changed == 0 {
				break
			}
		}
		return assign
	}
	fine, coarse := kmeans(clusterFine), kmeans(clusterCoarse)
	out := make(map[uint64]cluster, len(vocab))
	for i, w := range vocab {
		out[perceptron.HashLower(w)] = clusterOf(coarse[i], fine[i])
	}
	return out
}

// sortedSlices returns the keys of m in ascending order and their values.
func sortedSlices[V any](m map[uint64]V) ([]uint64, []V) {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	vals := make([]V, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	return keys, vals
}
