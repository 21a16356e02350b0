package pipeline_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract"
)

// FuzzExtract runs the whole extraction (NLP core, clauses, time, entity
// resolution, the gate) on two documents, the fuzzed text and a second
// one quoting it, so that resolution across documents runs too: it must
// not fail, and every fact's source must point at its sentence.
func FuzzExtract(f *testing.F) {
	x, err := extractor()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Mayor Elena Marchetti opened the new ferry terminal in Lisbon on Friday.\nMarchetti said the terminal cost 40 million euros.",
		"HALVERN, March 3 (Wire) — Kessa Mining Ltd said on Tuesday it would cut 400 jobs. The company, which Ada Marr founded in 1998, did not say when.\n\nBoth firms denied it. \"We will not,\" she said.",
		"The 61-year-old, who was not named, was taken to hospital. Police said they were not looking for anyone else.",
		"Neither company commented. It is not clear whether they, or the Ministry of Ports and Inland Waterways, will act before December 28.",
	} {
		f.Add(s, "Kessa Mining cuts jobs")
	}
	f.Fuzz(func(t *testing.T, text, title string) {
		if len(text) > 3000 || len(title) > 200 || !utf8.ValidString(text) || !utf8.ValidString(title) {
			return // the reader refuses what is not UTF-8, and long inputs only slow the fuzzer
		}
		docs := []extract.Document{doc("a", "2026-01-06", text), doc("b", "2026-01-07", "Earlier: "+text)}
		docs[0].Title = title
		res, err := x.Extract(context.Background(), docs, nil)
		if err != nil {
			t.Fatalf("Extract(%q, %q): %v", text, title, err)
		}
		texts := map[string]string{"a": docs[0].Text, "b": docs[1].Text}
		for _, fact := range res.Facts {
			for _, s := range fact.Sources {
				if s.Offset < 0 {
					continue // the title
				}
				if d := texts[s.Doc]; s.Offset+len(s.Sentence) > len(d) || d[s.Offset:s.Offset+len(s.Sentence)] != s.Sentence {
					t.Fatalf("Extract(%q): source %+v does not point at its sentence", text, s)
				}
			}
		}
	})
}
