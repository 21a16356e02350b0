package pipeline_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/ingest"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/pipeline"
	"github.com/storygraph/storygraph/internal/newsgen"
)

// BenchmarkExtractNews extracts the bench command's synthetic corpus
// (STORYGRAPH_NEWS_N articles, 256 by default) in batches of 256 on one
// worker, as a build does without its graph write; run it with
// -benchtime=1x (the annotator caches repeated sentences).
func BenchmarkExtractNews(b *testing.B) {
	n := 256
	if v, err := strconv.Atoi(os.Getenv("STORYGRAPH_NEWS_N")); err == nil && v > 0 {
		n = v
	}
	var buf bytes.Buffer
	if _, err := newsgen.New(1).WriteJSONL(&buf, n); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	docs, err := ingest.Read(context.Background(), []string{path}, ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	models, err := nlp.Load(en.FS)
	if err != nil {
		b.Skipf("models not loadable: %v", err)
	}
	p := pipeline.New(nlp.New(models), pipeline.Options{Workers: 1})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := 0; i < len(docs); i += 256 {
			batch := docs[i:min(i+256, len(docs))]
			if _, err := p.Extract(context.Background(), batch, []extract.Entity(nil)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(docs))/1e6, "ms/article")
}
