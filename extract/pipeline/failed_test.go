package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/nlp"
)

// faultyAnnotator annotates nothing, and panics on a text holding "boom",
// as a bug of the NLP core would on one article.
type faultyAnnotator struct{}

func (faultyAnnotator) Annotate(text string) []nlp.Sentence {
	if strings.Contains(text, "boom") {
		var s []nlp.Sentence
		_ = s[len(text)] // index out of range
	}
	return nil
}

func (faultyAnnotator) AnnotateSentence(text string) nlp.Sentence { return nlp.Sentence{} }

func TestFailedDocument(t *testing.T) {
	docs := []extract.Document{{ID: "a", Text: "fine"}, {ID: "b", Text: "boom"}, {ID: "c", Text: "fine too"}, {ID: "d", Text: "boom again"}}

	// Without Failed: the build's error names the first document that failed.
	_, err := New(faultyAnnotator{}, Options{Workers: 2}).Extract(context.Background(), docs, nil)
	var de *DocumentError
	if !errors.As(err, &de) || de.ID != "b" {
		t.Fatalf("Extract: error %v, want a *DocumentError for document b", err)
	}
	for _, want := range []string{"document b: internal error in extraction", "index out of range", "faultyAnnotator.Annotate", "please report"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}

	// With Failed: each failing document is told, in input order, and left out.
	var told []string
	res, err := New(faultyAnnotator{}, Options{Workers: 2, Failed: func(e *DocumentError) { told = append(told, e.ID) }}).Extract(context.Background(), docs, nil)
	if err != nil {
		t.Fatalf("Extract with Failed: %v", err)
	}
	if strings.Join(told, " ") != "b d" {
		t.Errorf("Failed told %q, want [b d]", told)
	}
	var kept []string
	for _, d := range res.Documents {
		kept = append(kept, d.ID)
	}
	if strings.Join(kept, " ") != "a c" {
		t.Errorf("documents %q, want [a c]", kept)
	}
}
