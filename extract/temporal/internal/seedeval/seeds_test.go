package seedeval_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/temporal"
	"github.com/storygraph/storygraph/internal/shared"
)

var annotator = sync.OnceValues(func() (*nlp.Annotator, error) {
	m, err := nlp.Load(en.FS)
	if err != nil {
		return nil, err
	}
	return nlp.New(m), nil
})

func loadAnnotator(t testing.TB) *nlp.Annotator {
	t.Helper()
	a, err := annotator()
	if err != nil {
		t.Fatalf("load models: %v", err)
	}
	return a
}

func TestSeedsDump(t *testing.T) {
	if os.Getenv("TEMPORAL_DUMP") == "" {
		t.Skip("set TEMPORAL_DUMP=1 to print the seeds' time expressions")
	}
	dir := shared.Dir(t, "seeds")
	a := loadAnnotator(t)
	ref := time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range a.Annotate(string(b)) {
			txs := temporal.Find(&s, ref)
			for _, tx := range txs {
				verb := ""
				if tx.Head >= 0 {
					verb = s.Tokens[tx.Head].Text + "/" + s.Tokens[tx.Head].XPOS
				}
				t.Logf("%s #%d %v prep=%q tense=%v verb=%s", filepath.Base(f)[:3], s.Index, tx, tx.Prep, tx.Tense, verb)
			}
		}
	}
}

func TestParseDump(t *testing.T) {
	text := os.Getenv("TEMPORAL_PARSE")
	if text == "" {
		t.Skip("set TEMPORAL_PARSE=sentence to print its parse")
	}
	a := loadAnnotator(t)
	for _, s := range a.Annotate(text) {
		for i, tk := range s.Tokens {
			t.Logf("%2d %-14s %-5s %-4s head=%2d %-10s lemma=%s", i, tk.Text, tk.UPOS, tk.XPOS, tk.Head, tk.Dep, tk.Lemma)
		}
	}
}
