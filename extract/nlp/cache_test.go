package nlp

import (
	"reflect"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/token"
)

// TestCacheSameAnnotations checks that annotating with the sentence cache
// gives exactly what annotating without it gives, with repeated sentences,
// sentences differing in one word or only in how their words split, and a
// cache small enough to turn over its generations many times.
func TestCacheSameAnnotations(t *testing.T) {
	m, err := Load(en.FS)
	if err != nil {
		t.Fatal(err)
	}
	plain := &Annotator{m: m}
	// Written for this test.
	sents := []string{
		"The council approved the budget on Monday.",
		"The council rejected the budget on Monday.",
		"Contact us at the newsroom for corrections.",
		"WASHINGTON (Reuters) - The senator said she would run again.",
		"It rained.",
		"He said: \"We will not leave.\"",
		"Shares in the firm fell 4% after the report was published late on Friday.",
		"the council approved the budget on monday.",
	}
	var b strings.Builder
	for i := range 60 {
		b.WriteString(sents[(i*i+3*i)%len(sents)])
		b.WriteString(" ")
		if i%7 == 0 {
			b.WriteString("\n\n")
		}
	}
	text := b.String()
	want := plain.Annotate(text)
	for _, limit := range []int{cacheTokens, 64 * 20, 64 * 12} {
		a := &Annotator{m: m, cache: newSentCache(limit)}
		for pass := range 3 {
			got := a.Annotate(text)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("limit %d, pass %d: Annotate with the cache differs from Annotate without it", limit, pass)
			}
			for _, s := range sents {
				if g, w := a.AnnotateSentence(s), plain.AnnotateSentence(s); !reflect.DeepEqual(g, w) {
					t.Fatalf("limit %d: AnnotateSentence(%q) with the cache differs", limit, s)
				}
			}
		}
		if len(a.cache.cur) == 0 {
			t.Errorf("limit %d: nothing cached", limit)
		}
		if a.cache.n > limit {
			t.Errorf("limit %d: %d tokens in the current generation", limit, a.cache.n)
		}
	}
}

func TestCacheKeyInjective(t *testing.T) {
	toks := func(ws ...string) []token.Token {
		out := make([]token.Token, len(ws))
		for i, w := range ws {
			out[i].Text = w
		}
		return out
	}
	seqs := [][]token.Token{
		toks("ab", "c"), toks("a", "bc"), toks("abc"), toks("a", "b", "c"),
		toks("\x01a"), toks("", "a"), toks("a", ""), toks(),
	}
	seen := map[string]int{}
	for i, s := range seqs {
		k := string(cacheKey(nil, s))
		if j, ok := seen[k]; ok {
			t.Errorf("sequences %d and %d have the same key %q", j, i, k)
		}
		seen[k] = i
	}
}
