package ner

import (
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/model/en"
)

// pennTags are the Penn tags FuzzDocumentRules draws the sentences' tags
// from: those the document rules ask about, and a few others.
var pennTags = []string{"NNP", "NNPS", "NN", "NNS", "VBD", "VBZ", "VBN", "VBG", "VB", "IN", "DT", "JJ", "CC", "CD", ",", ".", "POS", "PRP", "RB", "TO", "MD", "HYPH", "-LRB-", "-RRB-"}

// fuzzDocument cuts text into sentences (lines) of words (split at
// spaces, so empty words occur too) and gives each word an entity tag
// and a Penn tag drawn from code, made valid BIO as the sentence model
// makes them.
func fuzzDocument(text string, code []byte) (words, xpos, tags [][]string) {
	k := 0
	next := func() byte {
		if len(code) == 0 {
			return 0
		}
		b := code[k%len(code)]
		k++
		return b
	}
	for line := range strings.SplitSeq(text, "\n") {
		ws := strings.Split(line, " ")
		xs := make([]string, len(ws))
		ts := make([]string, len(ws))
		prev := tagO
		for i := range ws {
			b := next()
			xs[i] = pennTags[int(b>>3)%len(pennTags)]
			c := int(b) % numTags
			if isInside(c) && !allowed(prev, c) {
				c-- // an I- tag out of place opens its entity
			}
			ts[i], prev = tagNames[c], c
		}
		words, xpos, tags = append(words, ws), append(xpos, xs), append(tags, ts)
	}
	return words, xpos, tags
}

// checkTags fails unless tags has one valid tag per word, in valid BIO.
func checkTags(t *testing.T, words, tags [][]string) {
	t.Helper()
	if len(tags) != len(words) {
		t.Fatalf("%d tagged sentences for %d", len(tags), len(words))
	}
	for i := range words {
		if len(tags[i]) != len(words[i]) {
			t.Fatalf("sentence %d (%q): %d tags for %d words", i, words[i], len(tags[i]), len(words[i]))
		}
		prev := startTag
		for j, tg := range tags[i] {
			c := tagIndex(tg)
			if c < 0 || !allowed(prev, c) {
				t.Fatalf("sentence %d (%q): tag %d = %q after %q", i, words[i], j, tg, tagNames[min(prev, numTags-1)])
			}
			prev = c
		}
	}
}

// FuzzDocumentRules runs the document pass's rules on sentences tagged at
// random rather than by the model, so that every rule meets tags the
// model gives rarely (a state's code typed PERSON at the end of a
// sentence): none may panic or leave tags that are not valid BIO.
func FuzzDocumentRules(f *testing.F) {
	m, err := Load(en.FS, "ner.model")
	if err != nil {
		f.Fatal(err)
	}
	for _, tt := range harmoniseTests {
		var lines []string
		for _, in := range tt.in {
			ws := strings.Fields(in)
			for i, w := range ws {
				ws[i], _, _ = strings.Cut(w, "/")
			}
			lines = append(lines, strings.Join(ws, " "))
		}
		f.Add(strings.Join(lines, "\n"), []byte{3, 1, 4, 1, 5, 9, 2, 6})
	}
	f.Add("we flew to Varnby , NC", []byte{0, 0, 0, 5, 0, 1})
	f.Add("HALVERN , March 3 ( Wire ) — the Port of Kessa Authority said\nKessa Authority", []byte{3, 4, 0, 0, 0, 0, 0, 0, 0, 3, 4, 4, 4, 0, 5, 6})
	f.Fuzz(func(t *testing.T, text string, code []byte) {
		if len(text) > 4000 {
			return
		}
		words, xpos, tags := fuzzDocument(text, code)
		m.harmoniseTagged(words, xpos, tags)
		checkTags(t, words, tags)
		// and without Penn tags, as for a caller that has none
		words, _, tags = fuzzDocument(text, code)
		m.harmoniseTagged(words, nil, tags)
		checkTags(t, words, tags)
	})
}

// FuzzRecognizeDocument runs the whole recogniser on documents of one or
// more sentences: the model's tags, then the document pass.
func FuzzRecognizeDocument(f *testing.F) {
	m, err := Load(en.FS, "ner.model")
	if err != nil {
		f.Fatal(err)
	}
	for _, tt := range recognizeTests {
		f.Add(tt.sentence + "\n" + tt.sentence)
	}
	f.Add("Ada Marr of Varnix Ltd said\nVarnix said Marr , 41 , left\nwe flew to Varnby , NC")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4000 {
			return
		}
		var words [][]string
		for line := range strings.SplitSeq(text, "\n") {
			words = append(words, strings.Split(line, " "))
		}
		checkTags(t, words, m.RecognizeDocument(words, nil))
	})
}
