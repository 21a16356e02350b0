package timeline

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract"
)

// copies maps each document that copies another to the document it
// copies (the smallest id of its group), from the given map (the same
// text) and from the sentences facts quote: a document at least three of
// whose quoted sentences are known and nine in ten of which another
// document also holds is a copy of it (a syndicated or renamed article).
// Sentences found in more than 64 documents (boilerplate) are ignored, so
// the cost stays linear.
//
// Documents are numbered; a sentence is known by the hash of its folded
// text (see foldedHash), the first one quoted at its place.
func copies(facts []extract.Fact, given map[string]string) map[string]string {
	num := map[string]int32{}
	var names []string
	var parent []int32
	docNum := func(d string) int32 {
		if i, ok := num[d]; ok {
			return i
		}
		i := int32(len(names))
		num[d] = i
		names = append(names, d)
		parent = append(parent, i)
		return i
	}
	find := func(d int32) int32 {
		r := d
		for parent[r] != r {
			r = parent[r]
		}
		for parent[d] != r {
			parent[d], d = r, parent[d]
		}
		return r
	}
	// The root of a group is its smallest id, whatever the order of the
	// unions: the result does not depend on it.
	union := func(a, b int32) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if names[rb] < names[ra] {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	for d, o := range given {
		if d != "" && o != "" && d != o {
			union(docNum(d), docNum(o))
		}
	}

	// Each document's sentences, once each, as (sentence, document) pairs.
	type place struct {
		doc int32
		off int
	}
	type pair struct {
		sent uint64
		doc  int32
	}
	hashes := map[place]uint64{} // a sentence is the source of many facts
	var pairs []pair
	var buf []byte
	// The facts come by document and sentence: most sources are those of
	// the source before, found without a look-up.
	lastDoc, lastNum, last, lastHash := "", int32(-1), place{-1, 0}, uint64(0)
	for i := range facts {
		for _, s := range facts[i].Sources {
			d := lastNum
			if s.Doc != lastDoc || d < 0 {
				d = docNum(s.Doc)
				lastDoc, lastNum = s.Doc, d
			}
			pl := place{d, s.Offset}
			k := lastHash
			if pl != last {
				var ok bool
				if k, ok = hashes[pl]; !ok {
					k, buf = foldedHash(buf, s.Sentence)
					hashes[pl] = k
				}
				last, lastHash = pl, k
			}
			pairs = append(pairs, pair{k, d})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		if c := cmp.Compare(a.sent, b.sent); c != 0 {
			return c
		}
		return cmp.Compare(a.doc, b.doc)
	})
	pairs = slices.Compact(pairs)
	// The documents holding each sentence (a run of pairs), and the
	// sentences of each document (as the start of their run).
	perDoc := make([][]int32, len(names))
	runEnd := make([]int32, len(pairs))
	for lo := 0; lo < len(pairs); {
		hi := lo + 1
		for hi < len(pairs) && pairs[hi].sent == pairs[lo].sent {
			hi++
		}
		for _, p := range pairs[lo:hi] {
			perDoc[p.doc] = append(perDoc[p.doc], int32(lo))
		}
		runEnd[lo] = int32(hi)
		lo = hi
	}
	shared := make([]int32, len(names))
	var others []int32
	for d, sents := range perDoc {
		if len(sents) < 3 {
			continue
		}
		for _, lo := range sents {
			run := pairs[lo:runEnd[lo]]
			if len(run) > 64 {
				continue
			}
			for _, p := range run {
				if p.doc != int32(d) {
					if shared[p.doc] == 0 {
						others = append(others, p.doc)
					}
					shared[p.doc]++
				}
			}
		}
		for _, o := range others {
			n := int(shared[o])
			shared[o] = 0
			small := min(len(sents), len(perDoc[o]))
			if small >= 3 && 10*n >= 9*small && 10*n >= 9*len(sents) {
				union(int32(d), o)
			}
		}
		others = others[:0]
	}
	out := map[string]string{}
	for i, d := range names {
		if r := find(int32(i)); r != int32(i) {
			out[d] = names[r]
		}
	}
	return out
}

// foldedHash returns the FNV-1a hash of s lower-cased with its runs of
// white space made single spaces and trimmed (strings.Join(strings.Fields(
// strings.ToLower(s)), " ")), folding it into buf, which it returns for
// reuse.
func foldedHash(buf []byte, s string) (uint64, []byte) {
	buf = buf[:0]
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		if c < utf8.RuneSelf {
			i++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c == ' ' || c >= '\t' && c <= '\r' {
				space = len(buf) > 0
				continue
			}
			if space {
				buf = append(buf, ' ')
				space = false
			}
			buf = append(buf, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r != utf8.RuneError { // an invalid byte stays U+FFFD, as strings.ToLower writes it
			r = unicode.ToLower(r)
		}
		if unicode.IsSpace(r) {
			space = len(buf) > 0
			continue
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		buf = utf8.AppendRune(buf, r)
	}
	const offset64, prime64 = 14695981039346656037, 1099511628211
	h := uint64(offset64)
	for _, b := range buf {
		h ^= uint64(b)
		h *= prime64
	}
	return h, buf
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
