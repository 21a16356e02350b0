package build_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/pipeline"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/build"
	"github.com/storygraph/storygraph/internal/newsgen"
)

// corpus returns n synthetic articles as documents.
func corpus(t testing.TB, n int) []extract.Document {
	t.Helper()
	g := newsgen.New(42)
	docs := make([]extract.Document, n)
	for i := range docs {
		a := g.Next()
		docs[i] = extract.Document{ID: a.ID, Title: a.Title, Text: a.Text, Source: a.Source, Path: "newsgen"}
		docs[i].Published = mustDate(t, a.Published)
		docs[i].Hash = extract.HashText(a.Text)
	}
	return docs
}

func open(t testing.TB) *graph.Store {
	t.Helper()
	s, err := graph.OpenMemory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// dump returns the store's quads (sorted N-Quads) and its entities and
// facts as JSON, what export would write.
func dump(t testing.TB, s *graph.Store) string {
	t.Helper()
	ctx := context.Background()
	var b bytes.Buffer
	if err := s.WriteNQuads(ctx, &b); err != nil {
		t.Fatal(err)
	}
	ents, err := s.Entities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	facts, err := s.Facts(ctx, graph.FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(&b)
	for _, e := range ents {
		enc.Encode(e)
	}
	for _, f := range facts {
		enc.Encode(f)
	}
	return b.String()
}

func built(t testing.TB, docs []extract.Document, opts build.Options) (*graph.Store, build.Stats) {
	t.Helper()
	s := open(t)
	st, err := build.Build(context.Background(), s, docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s, st
}

// TestBuildIndependentOfWorkers builds one corpus with 1 and 4 workers:
// the stores must hold the same quads, entities and facts.
func TestBuildIndependentOfWorkers(t *testing.T) {
	docs := corpus(t, 12)
	base, st := built(t, docs, build.Options{Workers: 1, BatchSize: 5})
	want := dump(t, base)
	if st.Documents != 12 || st.Batches != 3 || st.Facts == 0 || st.Quads == 0 {
		t.Fatalf("1 worker: %+v, want 12 documents in 3 batches with facts", st)
	}
	for _, tc := range []struct {
		name string
		opts build.Options
	}{
		{"4 workers", build.Options{Workers: 4, BatchSize: 5}},
		{"default workers", build.Options{BatchSize: 5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, st2 := built(t, docs, tc.opts)
			if got := dump(t, s); got != want {
				t.Errorf("store differs from the 1-worker build (%d vs %d bytes)", len(got), len(want))
			}
			if st2.AddStats.Quads != st.AddStats.Quads || st2.Facts != st.Facts {
				t.Errorf("stats %+v, want %+v", st2.AddStats, st.AddStats)
			}
		})
	}
}

// TestBuildResume stops a build after its first batch and runs it again:
// the store must end as an uninterrupted build leaves it, and a third run
// must add nothing.
func TestBuildResume(t *testing.T) {
	docs := corpus(t, 10)
	opts := build.Options{BatchSize: 4, Workers: 2}
	whole, _ := built(t, docs, opts)
	want := dump(t, whole)

	s := open(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stop := opts
	stop.Progress = func(p build.Progress) {
		if p.Batch == 1 {
			cancel()
		}
	}
	st, err := build.Build(ctx, s, docs, stop)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("stopped build: err = %v, want context.Canceled", err)
	}
	if st.Batches != 1 || st.Documents != 4 {
		t.Fatalf("stopped build wrote %d documents in %d batches, want 4 in 1", st.Documents, st.Batches)
	}
	infos, err := s.Documents(context.Background())
	if err != nil || len(infos) != 4 {
		t.Fatalf("stopped build left %d documents (%v), want the first batch's 4", len(infos), err)
	}

	st, err = build.Build(context.Background(), s, docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 6 || len(st.SkippedDocuments) != 4 {
		t.Errorf("resumed build: %d added, %d skipped; want 6 and 4", st.Documents, len(st.SkippedDocuments))
	}
	if got := dump(t, s); got != want {
		t.Errorf("resumed build differs from an uninterrupted one (%d vs %d bytes)", len(got), len(want))
	}

	st, err = build.Build(context.Background(), s, docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Quads != 0 || st.Documents != 0 || len(st.SkippedDocuments) != len(docs) || st.Batches != 0 {
		t.Errorf("third build: %+v, want nothing added and every document skipped", st)
	}
}

// TestBuildBatches checks the batch bookkeeping and the progress calls.
func TestBuildBatches(t *testing.T) {
	docs := corpus(t, 7)
	for _, tc := range []struct {
		name        string
		size        int
		wantBatches int
		wantDone    []int
	}{
		{"one batch", 0, 1, []int{0, 7}},
		{"even", 7, 1, []int{0, 7}},
		{"uneven", 3, 3, []int{0, 3, 6, 7}},
		{"one a batch", 1, 7, []int{0, 1, 2, 3, 4, 5, 6, 7}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var done []int
			_, st := built(t, docs, build.Options{BatchSize: tc.size, Progress: func(p build.Progress) {
				if p.Total != len(docs) {
					t.Errorf("progress total %d, want %d", p.Total, len(docs))
				}
				done = append(done, p.Done)
			}})
			if st.Batches != tc.wantBatches || st.Documents != len(docs) {
				t.Errorf("%d documents in %d batches, want %d in %d", st.Documents, st.Batches, len(docs), tc.wantBatches)
			}
			if !slices.Equal(done, tc.wantDone) {
				t.Errorf("progress done %v, want %v", done, tc.wantDone)
			}
			if st.Stages.Extract <= 0 || st.Stages.Write <= 0 || st.Stages.Total() < st.Stages.Extract {
				t.Errorf("stages %+v: extract and write must take time", st.Stages)
			}
		})
	}
}

// TestBuildSeesStoredEntities checks that a later build resolves names
// against the entities the store holds: a person named in full in the
// first build and by surname in the second is one entity.
func TestBuildSeesStoredEntities(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	first := []extract.Document{{ID: "a", Text: "Minister Ingrid Vasquez-Olsen opened the new ferry terminal in Tromsø on Monday. Ingrid Vasquez-Olsen said the route would carry 400 passengers a day."}}
	second := []extract.Document{{ID: "b", Text: "Ingrid Vasquez-Olsen visited the shipyard on Tuesday. The ferry company said it would hire 40 workers."}}
	for _, docs := range [][]extract.Document{first, second} {
		if _, err := build.Build(ctx, s, docs, build.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	ents, err := s.Entities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	for _, e := range ents {
		if strings.Contains(e.Name, "Vasquez-Olsen") {
			n++
			if len(e.Docs) != 2 {
				t.Errorf("%s is linked to %v, want both documents", e.Name, e.Docs)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d entities named Vasquez-Olsen, want 1: %v", n, ents)
	}
}

// faulty is the NLP core with a bug that one article's text brings out.
type faulty struct{ *nlp.Annotator }

func (f faulty) Annotate(text string) []nlp.Sentence {
	if strings.Contains(text, "FAULT") {
		panic("a fault of the extractor")
	}
	return f.Annotator.Annotate(text)
}

// TestBuildFailedDocument: an article the extraction fails on stops the
// build at the batch before it, naming the article, or is skipped and
// told when Failed is set; it is never stored, so a later build tries it
// again.
func TestBuildFailedDocument(t *testing.T) {
	docs := corpus(t, 10)
	docs[5].Text += " FAULT"
	docs[5].Hash = extract.HashText(docs[5].Text)
	a, err := build.Annotator()
	if err != nil {
		t.Fatal(err)
	}

	s := open(t)
	_, err = build.Build(context.Background(), s, docs, build.Options{BatchSize: 4, Extractor: pipeline.New(faulty{a}, pipeline.Options{})})
	var de *pipeline.DocumentError
	if !errors.As(err, &de) || de.ID != docs[5].ID || !strings.Contains(err.Error(), "a fault of the extractor") {
		t.Fatalf("build: err = %v, want a DocumentError for %s", err, docs[5].ID)
	}
	if infos, _ := s.Documents(context.Background()); len(infos) != 4 {
		t.Errorf("stopped build left %d documents, want the first batch's 4", len(infos))
	}

	var told []string
	p := pipeline.New(faulty{a}, pipeline.Options{Failed: func(e *pipeline.DocumentError) { told = append(told, e.ID) }})
	st, err := build.Build(context.Background(), s, docs, build.Options{BatchSize: 4, Extractor: p})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(told, []string{docs[5].ID}) || st.Documents != 5 || len(st.SkippedDocuments) != 4 {
		t.Errorf("build with Failed: told %q, %d added, %d skipped; want [%s], 5 and 4", told, st.Documents, len(st.SkippedDocuments), docs[5].ID)
	}
	infos, _ := s.Documents(context.Background())
	for _, in := range infos {
		if in.ID == docs[5].ID {
			t.Errorf("the failed document was stored")
		}
	}
	told = nil
	if st, err = build.Build(context.Background(), s, docs, build.Options{BatchSize: 4, Extractor: p}); err != nil || len(told) != 1 || st.Documents != 0 {
		t.Errorf("third build: err %v, told %q, %d added; want the failed document tried again and nothing added", err, told, st.Documents)
	}
}
