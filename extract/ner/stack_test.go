package ner

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestSummary(t *testing.T) {
	for _, tt := range []struct {
		c    typeCounts
		own  int
		want uint64
	}{
		{typeCounts{1, 0, 0, 0}, 0, 0},                // only itself
		{typeCounts{1, 1, 0, 0}, 0, 1 | 4<<2},         // one other, PERSON
		{typeCounts{3, 1, 0, 0}, -1, 1 | 2<<2 | 2<<5}, // PERSON under half of 4
		{typeCounts{1, 0, 1, 1}, -1, 0 | 3<<2 | 1<<5}, // ORG and LOC tie
		{typeCounts{0, 0, 2, 1}, 2, 0 | 4<<2 | 1<<5},  // the tie left once its own ORG is out
		{typeCounts{2, 0, 0, 0}, 0, 1 << 2},           // another, untagged
		{typeCounts{0, 0, 0, 5}, 3, 3 | 4<<2 | 2<<5},  // LOC four more times
		{typeCounts{1, 2, 3, 0}, -1, 2 | 3<<2 | 2<<5}, // ORG most
	} {
		if got := tt.c.summary(tt.own); got != tt.want {
			t.Errorf("%v.summary(%d) = %#x, want %#x", tt.c, tt.own, got, tt.want)
		}
	}
}

func TestClassSpans(t *testing.T) {
	cl := []int{tagO, 1, 2, 3, 5, 6, 6, 4, tagO, 2}
	want := []classSpan{{1, 3, 1}, {3, 4, 2}, {4, 7, 3}, {7, 8, 2}, {9, 10, 1}}
	if got := classSpans(cl); !slices.Equal(got, want) {
		t.Errorf("classSpans(%v) = %v, want %v", cl, got, want)
	}
}

// TestDocumentFeatures checks the document features of a made-up document
// against the buckets written out by hand.
func TestDocumentFeatures(t *testing.T) {
	const bits = 20
	mask := uint64(1)<<bits - 1
	doc := []string{
		"Mr./O Ilse/B-PERSON Quarmby/I-PERSON spoke",
		"later Quarmby left",
		"the Housing/B-ORG Board/I-ORG of/I-ORG Varn/I-ORG met",
		"HBV sued Housing Board",
	}
	var words [][]string
	var first [][]int
	for _, s := range doc {
		var ws []string
		var cl []int
		for f := range strings.FieldsSeq(s) {
			w, tg, ok := strings.Cut(f, "/")
			if !ok {
				tg = "O"
			}
			ws, cl = append(ws, w), append(cl, tagIndex(tg))
		}
		words, first = append(words, ws), append(first, cl)
	}
	feats := documentFeatures(words, first, bits)
	has := func(i, j int, tpl, v, conj uint64) bool {
		b := uint32(mix(tpl, v, conj) & mask)
		return slices.Contains(feats[i][j].b[:feats[i][j].n], b)
	}
	for _, tt := range []struct {
		sent, word   int
		tpl, v, conj uint64
		want         bool
		what         string
	}{
		{1, 1, dTok, 1 | 4<<2, 0, true, "Quarmby: tagged PERSON once elsewhere"},
		{1, 1, dTok + 100, 1 | 4<<2, uint64(tagO+1) << 40, true, "Quarmby: same, with its own class O"},
		{1, 1, dSuperLast, 1 | 4<<2, 1, true, "Quarmby: last word of a PERSON name"},
		{0, 2, dSuperLast, 1 | 4<<2, 1, false, "Quarmby in its own name: no other longer name"},
		{1, 1, dRun, 1 | 4<<2, 4, false, "Quarmby alone is no name elsewhere"},
		{3, 0, dInitials, 2 | 4<<2, 0, true, "HBV: initials of an ORG name"},
		{3, 2, dRun, 0, 0, false, "Housing Board is not a name elsewhere (only part of one)"},
		{3, 2, dSuperFirst, 2 | 4<<2, 1, true, "Housing: first word of an ORG name"},
	} {
		if got := has(tt.sent, tt.word, tt.tpl, tt.v, tt.conj); got != tt.want {
			t.Errorf("%s: feature %d/%#x/%#x of %q present = %v, want %v", tt.what, tt.tpl, tt.v, tt.conj, words[tt.sent][tt.word], got, tt.want)
		}
	}
	if n := feats[1][2].n; n != 0 {
		// "left" occurs once, in no name: nothing to say.
		t.Errorf("left: %d document features, want 0", n)
	}
}

// toyDocs is toyData cut into documents of four sentences.
func toyDocs(n int) []sentence {
	s := toyData(n)
	for i := range s {
		s[i].id = fmt.Sprintf("doc%d-%04d", i/4, i%4)
	}
	return s
}

func TestSecondPassToy(t *testing.T) {
	data := toyDocs(64)
	clus := buildClusters(data)
	m, _, _, err := trainSentences(t.Context(), data, nil, clus, 12, 4, 1, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := jackknifeStack(t.Context(), data, clus, 12, 4, 2, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 16 {
		t.Fatalf("jackknifeStack: %d documents, want 16", len(docs))
	}
	second, err := trainSecond(t.Context(), docs, clus, 12, 4, 2, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	second.words = m.words
	m.second = second
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(fstest.MapFS{"ner.model": {Data: buf.Bytes()}}, "ner.model")
	if err != nil {
		t.Fatal(err)
	}
	if m2.second == nil {
		t.Fatal("Load: the second pass is lost")
	}
	words, xpos := [][]string{}, [][]string{}
	for _, s := range toyData(12) {
		words, xpos = append(words, s.words), append(xpos, s.xpos)
	}
	words = append(words, []string{}) // an empty sentence
	xpos = append(xpos, nil)
	got, got2 := m.RecognizeDocument(words, xpos), m2.RecognizeDocument(words, xpos)
	for i, s := range toyData(12) {
		if !slices.Equal(got[i], s.tags) {
			t.Errorf("RecognizeDocument: sentence %d = %q, want %q", i, got[i], s.tags)
		}
		if !slices.Equal(got[i], got2[i]) {
			t.Errorf("sentence %d: %q before Save, %q after Load", i, got[i], got2[i])
		}
	}
	if n := len(got[12]); n != 0 {
		t.Errorf("empty sentence: %d tags", n)
	}
}
