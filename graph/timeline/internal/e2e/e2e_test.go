package e2e_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/depparse"
	"github.com/storygraph/storygraph/extract/ingest"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/pipeline"
	"github.com/storygraph/storygraph/extract/tag"
	"github.com/storygraph/storygraph/graph/timeline"
	"github.com/storygraph/storygraph/internal/goldeval"
	"github.com/storygraph/storygraph/internal/shared"
)

func annotator(t *testing.T) *nlp.Annotator {
	m, err := nlp.Load(en.FS)
	if err != nil {
		var err2 error
		if m.Tagger, err2 = tag.Load(en.FS, nlp.TaggerFile); err2 == nil {
			m.Parser, err2 = depparse.Load(en.FS, nlp.ParserFile)
		}
		if err2 != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("load models: %v", err)
			}
			t.Skipf("models do not load (%v)", err)
		}
	}
	return nlp.New(m)
}

// TestSeedsTimeline runs the whole extraction over the seeds and builds the
// timeline. It checks the timeline's invariants (sorted, every event
// sourced, nothing dated after the week following publication) and logs
// the gold score; with TIMELINE_DUMP=1 it prints the timeline.
func TestSeedsTimeline(t *testing.T) {
	g, err := goldeval.Load(filepath.Join(shared.Dir(t, "gold"), "paris-summit.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	ref, err := time.Parse("2006-01-02", g.ReferenceDate)
	if err != nil {
		t.Fatal(err)
	}
	x := pipeline.New(annotator(t), pipeline.Options{})
	rep, err := goldeval.Run(t.Context(), x, shared.Dir(t, "seeds"), ref, g)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	t.Logf("goldeval:\n%s", b.String())

	// the timeline itself
	docs, err := readDocs(t, ref)
	if err != nil {
		t.Fatal(err)
	}
	res, err := x.Extract(t.Context(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	tl := timeline.Build(res.Facts, timeline.Options{})
	limit := ref.AddDate(0, 0, 8).Format("2006-01-02")
	for i, e := range tl.Events {
		if len(e.Sources) == 0 || e.Corroboration < 1 {
			t.Errorf("event %d %v has no sources", i, e)
		}
		if e.Date > limit {
			t.Errorf("event %s %s %s dated %s, after the week of publication", e.Subject, e.Relation, e.Object, e.Date)
		}
		if os.Getenv("TIMELINE_DUMP") != "" {
			var docs []string
			for _, s := range e.Sources {
				docs = append(docs, s.Doc[:3])
			}
			t.Logf("%-10s %-4s %s | %s | %s  [%s] %v", e.Date, e.Time, e.Subject, e.Relation, e.Object, strings.Join(docs, ","), e.Conflicts)
		}
	}
	if os.Getenv("TIMELINE_DUMP") != "" {
		for _, e := range tl.Undated {
			t.Logf("undated: %s | %s | %s (%d)", e.Subject, e.Relation, e.Object, e.Corroboration)
		}
	}
	t.Logf("%d facts, %d dated events, %d undated", len(res.Facts), len(tl.Events), len(tl.Undated))
}

func readDocs(t *testing.T, ref time.Time) ([]extract.Document, error) {
	return ingest.Read(t.Context(), []string{shared.Dir(t, "seeds")}, ingest.Options{Date: ref})
}

func TestDumpFacts(t *testing.T) {
	want := os.Getenv("TIMELINE_FACTS")
	if want == "" {
		t.Skip("set TIMELINE_FACTS=word to print the facts whose subject contains it")
	}
	ref := time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC)
	docs, err := readDocs(t, ref)
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.New(annotator(t), pipeline.Options{}).Extract(t.Context(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Facts {
		if strings.Contains(strings.ToLower(f.Subject+" "+f.Object), want) {
			t.Logf("%q %q %q sid=%q oid=%q lemma=%q date=%q args=%v src=%s", f.Subject, f.Relation, f.Object, f.SubjectID, f.ObjectID, f.RelationLemma, f.Date, f.Args, f.Sources[0].Doc[:3])
		}
	}
}
