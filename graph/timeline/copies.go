package timeline

import (
	"hash/fnv"
	"maps"
	"slices"
	"strings"

	"github.com/storygraph/storygraph/extract"
)

// copies maps each document that copies another to the document it
// copies (the smallest id of its group), from the given map (the same
// text) and from the sentences facts quote: a document at least three of
// whose quoted sentences are known and nine in ten of which another
// document also holds is a copy of it (a syndicated or renamed article).
// Sentences found in more than 64 documents (boilerplate) are ignored, so
// the cost stays linear.
func copies(facts []extract.Fact, given map[string]string) map[string]string {
	parent := map[string]string{}
	var find func(string) string
	find = func(d string) string {
		p, ok := parent[d]
		if !ok || p == d {
			return d
		}
		r := find(p)
		parent[d] = r
		return r
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		parent[ra] = ra
	}
	docs := []string{}
	for d, o := range given {
		if d != "" && o != "" && d != o {
			docs = append(docs, d)
		}
	}
	slices.Sort(docs)
	for _, d := range docs {
		union(d, given[d])
	}

	sentDocs := map[uint64][]string{}
	perDoc := map[string]map[uint64]bool{}
	type place struct {
		doc string
		off int
	}
	hashes := map[place]uint64{} // a sentence is the source of many facts
	for _, f := range facts {
		for _, s := range f.Sources {
			k, ok := hashes[place{s.Doc, s.Offset}]
			if !ok {
				h := fnv.New64a()
				h.Write([]byte(strings.Join(strings.Fields(strings.ToLower(s.Sentence)), " ")))
				k = h.Sum64()
				hashes[place{s.Doc, s.Offset}] = k
			}
			set := perDoc[s.Doc]
			if set == nil {
				set = map[uint64]bool{}
				perDoc[s.Doc] = set
			}
			if set[k] {
				continue
			}
			set[k] = true
			if l := sentDocs[k]; len(l) <= 64 {
				sentDocs[k] = append(l, s.Doc)
			}
		}
	}
	for _, d := range slices.Sorted(maps.Keys(perDoc)) {
		set := perDoc[d]
		if len(set) < 3 {
			continue
		}
		shared := map[string]int{}
		for k := range set {
			l := sentDocs[k]
			if len(l) > 64 {
				continue
			}
			for _, o := range l {
				if o != d {
					shared[o]++
				}
			}
		}
		others := make([]string, 0, len(shared))
		for o := range shared {
			others = append(others, o)
		}
		slices.Sort(others)
		for _, o := range others {
			n := shared[o]
			small := min(len(set), len(perDoc[o]))
			if small >= 3 && 10*n >= 9*small && 10*n >= 9*len(set) {
				union(d, o)
			}
		}
	}
	out := map[string]string{}
	for d := range parent {
		if r := find(d); r != d {
			out[d] = r
		}
	}
	return out
}

// independent returns docs with copies replaced by what they copy, each
// once.
func independent(docs []string, canon map[string]string) []string {
	var out []string
	for _, d := range docs {
		if o, ok := canon[d]; ok {
			d = o
		}
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}
