package oie

import (
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/internal/shared"
)

// BenchmarkExtract measures Extract on pre-annotated sentences: our own
// construction sentences and the gold parses of UD EWT dev (2,001
// sentences of web text), reporting sentences/s and facts/s.
func BenchmarkExtract(b *testing.B) {
	b.Run("corpus=constructions", func(b *testing.B) {
		benchSentences(b, readConllu(b, filepath.Join("testdata", "constructions.conllu")))
	})
	b.Run("corpus=ewt-dev", func(b *testing.B) {
		dir := shared.Dir(b, "data/ud-english-ewt")
		benchSentences(b, readConllu(b, filepath.Join(dir, "en_ewt-ud-dev.conllu")))
	})
}

func benchSentences(b *testing.B, ss []nlp.Sentence) {
	facts := 0
	for i := range ss {
		facts += len(Extract(&ss[i], Options{}))
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := range ss {
			Extract(&ss[i], Options{})
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(len(ss)*b.N)/sec, "sentences/s")
	b.ReportMetric(float64(facts*b.N)/sec, "facts/s")
}
