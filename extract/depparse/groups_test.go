package depparse

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/tag"
)

// parseReference is Parse scoring every transition with the full feature
// list, as training does: the obvious implementation Parse's cached group
// sums must match exactly.
func (p *Parser) parseReference(words, upos, xpos []string) []int32 {
	var s state
	p.load(&s, words, upos, xpos)
	scores := make([]float32, 1+2*len(p.labels))
	var feats []uint32
	for !s.terminal() {
		if m, l, ok := s.forced(); ok {
			s.apply(m, l)
			continue
		}
		feats = s.features(feats[:0])
		p.weights.Score(feats, scores)
		s.apply(moveOf(bestValid(&s, scores)))
	}
	out := make([]int32, 0, 2*len(words))
	for i := range words {
		out = append(out, s.heads[i], s.labels[i])
	}
	return out
}

// Written for this test, with a range of lengths and shapes.
var groupTexts = []string{
	"Prices rose .",
	"The minister , who arrived late , said that the talks had failed and that the army would withdraw its troops from the border region by Friday .",
	"Asked whether he would resign , the chairman of the company smiled , shrugged and walked out of the room without a word .",
	"Rain .",
	"In 2019 , shares of the firm , which makes parts for cars and trucks , fell 12 % after it cut its forecast for the third time in a year , analysts said on Tuesday .",
}

func TestGroupsPartitionFeatures(t *testing.T) {
	tg, err := tag.Load(en.FS, "tagger.model")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(en.FS, "parser.model")
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	configs := 0
	for _, text := range groupTexts {
		words := strings.Fields(text)
		upos, xpos := tg.Tag(words)
		// Parse and the reference give the same heads and labels
		heads, rels := p.Parse(words, upos, xpos)
		ref := p.parseReference(words, upos, xpos)
		for i := range words {
			h := int(ref[2*i])
			if h == len(words) {
				h = -1
			}
			if heads[i] != h {
				t.Errorf("%q: word %d: Parse head %d, reference %d", text, i, heads[i], h)
			}
			if l := ref[2*i+1] - 1; h >= 0 && rels[i] != p.labels[l] {
				t.Errorf("%q: word %d: Parse label %q, reference %q", text, i, rels[i], p.labels[l])
			}
		}
		// along random transition sequences, the groups of the current
		// tokens and the rest are exactly the full feature list
		for range 5 {
			var s state
			p.load(&s, words, upos, xpos)
			// a group's features for a token never change within a
			// sentence, so Parse may cache their sums
			first := map[[2]int32][]uint32{}
			for !s.terminal() {
				for g, k := range [groups]int32{s.buf(0), s.st(0), s.st(1)} {
					f := s.groupFeatures(nil, g, k)
					if was, ok := first[[2]int32{int32(g), k}]; !ok {
						first[[2]int32{int32(g), k}] = f
					} else if !slices.Equal(was, f) {
						t.Fatalf("%q: group %d of token %d changed within the sentence", text, g, k)
					}
				}
				full := slices.Sorted(slices.Values(s.features(nil)))
				var got []uint32
				got = s.groupFeatures(got, groupBuf, s.buf(0))
				got = s.groupFeatures(got, groupS0, s.st(0))
				got = s.groupFeatures(got, groupS1, s.st(1))
				got = s.restFeatures(got)
				slices.Sort(got)
				if !slices.Equal(full, got) {
					t.Fatalf("%q: configuration %+v: groups and rest give %d features, want the %d of features", text, s.stack, len(got), len(full))
				}
				configs++
				var ok []int
				if s.canShift() {
					ok = append(ok, shift)
				}
				if s.canLeft() {
					ok = append(ok, left)
				}
				if s.canRight() {
					ok = append(ok, right)
				}
				s.apply(ok[rng.IntN(len(ok))], rng.IntN(len(p.labels)))
			}
		}
	}
	if configs < 100 {
		t.Errorf("checked %d configurations, want at least 100", configs)
	}
}

// TestParseLongMatchesReference checks sentences on both sides of
// maxCached, where Parse stops caching group sums.
func TestParseLongMatchesReference(t *testing.T) {
	tg, err := tag.Load(en.FS, "tagger.model")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(en.FS, "parser.model")
	if err != nil {
		t.Fatal(err)
	}
	unit := strings.Fields(groupTexts[1])
	for _, n := range []int{maxCached, maxCached + 1, maxCached + 40} {
		var words []string
		for len(words) < n {
			words = append(words, unit...)
		}
		words = words[:n]
		upos, xpos := tg.Tag(words)
		heads, _ := p.Parse(words, upos, xpos)
		ref := p.parseReference(words, upos, xpos)
		for i := range words {
			h := int(ref[2*i])
			if h == n {
				h = -1
			}
			if heads[i] != h {
				t.Fatalf("%d words: word %d: Parse head %d, reference %d", n, i, heads[i], h)
			}
		}
	}
}
