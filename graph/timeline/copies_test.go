package timeline

import (
	"fmt"
	"hash/fnv"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

// foldedHash must hash exactly the text the definition names: copies
// compares sentences by it.
func TestFoldedHash(t *testing.T) {
	for _, s := range []string{
		"", " ", "\t\n", "A", "The Ferry  Sailed.", "  leading and trailing  ",
		"tabs\tand\nnew\r\nlines\vand\ffeeds", "ÉCOLE Über ΣΊΣΥΦΟΣ", "İstanbul", "non\u00a0breaking\u2003em\u3000ideographic",
		"next\u0085line", "invalid \xff\xfe bytes", "a replacement \ufffd rune", "ǅungla", "MiXeD 12,000 Numbers",
		"word" + strings.Repeat(" ", 40) + "word", "\xc3", "ends with \xe2\x82",
	} {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(strings.Fields(strings.ToLower(s)), " ")))
		got, _ := foldedHash(nil, s)
		if want := h.Sum64(); got != want {
			t.Errorf("foldedHash(%q) = %x, want %x (hash of %q)", s, got, want, strings.Join(strings.Fields(strings.ToLower(s)), " "))
		}
	}
}

// copiesReference is copies as first written, with maps of strings: the
// numbered version must find the same copies.
func copiesReference(facts []extract.Fact, given map[string]string) map[string]string {
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

// copies finds what copiesReference finds on random corpora: articles
// made of shared and own sentences (syndicated copies, near copies,
// boilerplate in many documents), with and without given copies.
func TestCopiesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	found := 0
	for round := range 40 {
		var facts []extract.Fact
		ndocs := 2 + rng.IntN(80)
		pool := 5 + rng.IntN(200)
		for d := range ndocs {
			doc := fmt.Sprintf("d%02d", d)
			for k := range 1 + rng.IntN(8) {
				sent := rng.IntN(pool)
				if rng.IntN(4) == 0 {
					sent = pool + d*10 + k // its own sentence
				}
				text := fmt.Sprintf("Sentence  number %d.", sent)
				if rng.IntN(3) == 0 {
					text = strings.ToUpper(text)
				}
				facts = append(facts, extract.Fact{Sources: []extract.Source{{Doc: doc, Offset: 10 * k, Sentence: text}}})
			}
			if round%3 == 0 { // boilerplate
				facts = append(facts, extract.Fact{Sources: []extract.Source{{Doc: doc, Offset: 999, Sentence: "All rights reserved."}}})
			}
		}
		given := map[string]string{}
		for range rng.IntN(4) {
			given[fmt.Sprintf("d%02d", rng.IntN(ndocs))] = fmt.Sprintf("d%02d", rng.IntN(ndocs))
		}
		want, got := copiesReference(facts, given), copies(facts, given)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("round %d: copies = %v, want %v", round, got, want)
		}
		found += len(want)
	}
	if found < 20 {
		t.Errorf("the corpora hold %d copies in all: too few to test copies", found)
	}
}
