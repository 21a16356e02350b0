package oie_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie"
	"github.com/storygraph/storygraph/internal/shared"
)

// BenchmarkPipeline measures sentences/s end to end on the CaRB dev
// sentences: annotation with the embedded models (tokenizer, tagger,
// parser, entity recogniser) plus extraction, as `carbrun` runs them.
func BenchmarkPipeline(b *testing.B) {
	dir := shared.Dir(b, "bench/carb")
	raw, err := os.ReadFile(filepath.Join(dir, "data", "dev.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(raw), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	models, err := nlp.Load(en.FS)
	if err != nil {
		b.Skipf("models not loadable: %v", err)
	}
	a := nlp.New(models)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			s := oie.AnnotateTokenized(a.AnnotateSentence, l)
			oie.Extract(&s, oie.Options{})
		}
	}
	b.ReportMetric(float64(len(lines)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
