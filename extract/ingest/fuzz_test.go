package ingest

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract"
)

// checkDocs holds what every reader promises: a one-line *Error, or
// documents with text, a matching hash and an ID, in valid UTF-8.
func checkDocs(t *testing.T, docs []extract.Document, err error) {
	t.Helper()
	if err != nil {
		var e *Error
		if !errors.As(err, &e) || strings.Contains(err.Error(), "\n") {
			t.Fatalf("error %q is not a one-line *Error", err)
		}
		return
	}
	for _, d := range docs {
		if d.Text == "" || d.ID == "" || d.Hash != extract.HashText(d.Text) {
			t.Fatalf("document %+v lacks text, ID or hash", d)
		}
		if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
			t.Fatalf("document %q is not valid UTF-8", d.ID)
		}
	}
}

// FuzzReadJSONL runs the JSON Lines reader on any input named .jsonl.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","text":"The port reopened on Monday after the storm.","published":"2024-03-01"}`))
	f.Add([]byte("{\"id\":\"a\",\"text\":\"One.\"}\n\n{\"id\":\"a\",\"text\":\"Two.\"}\n"))
	f.Add([]byte(`{"text":"x","published":"yesterday"}`))
	f.Add([]byte(`{"id":1,"text":["not","text"]}`))
	f.Add([]byte("{\"text\":\"a\"} {\"text\":\"b\"}"))
	f.Add([]byte(`{"id":"\u0000","text":"Share this article. Subscribe now."}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		skipped := 0
		opts := Options{Skipped: func(*Error) { skipped++ }}
		docs, err := parseInput("in.jsonl", "in", formatJSONL, in, &opts)
		checkDocs(t, docs, err)
		if err == nil && len(docs) == 0 && skipped == 0 {
			t.Fatal("no documents, no error and none skipped")
		}
		if err == nil {
			// Read refuses a repeated ID with a one-line *Error.
			_, err := appendUnique(nil, docs, map[string]string{}, &opts)
			checkDocs(t, nil, err)
		}
	})
}

// FuzzReadMarkdown runs the Markdown reader (front matter included).
func FuzzReadMarkdown(f *testing.F) {
	f.Add("---\ntitle: Harbour\ndate: 2024-05-02\nurl: https://example.org/a\n---\n# Harbour\n\nThe pier *reopened* on [Friday](https://x).\n")
	f.Add("---\ntitle: [x\n---\nbody text here.")
	f.Add("---\n---\n")
	f.Add("# Title only\n")
	f.Add("```\ncode\n```\n> quote\n\n- item one\n- item two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
	f.Add("---\ndate: !!binary aGVsbG8=\ntitle: &a [*a]\n---\ntext")
	f.Fuzz(func(t *testing.T, in string) {
		r, line, err := readMarkdown(in)
		if err != nil {
			if line < 0 || line > strings.Count(in, "\n")+1 {
				t.Fatalf("error line %d outside the %d-line input", line, strings.Count(in, "\n")+1)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %q spans lines", err)
			}
			return
		}
		if utf8.ValidString(in) && (!utf8.ValidString(r.Text) || !utf8.ValidString(r.Title)) {
			t.Fatalf("valid input gave invalid UTF-8: %q / %q", r.Title, r.Text)
		}
		opts := Options{Skipped: func(*Error) {}}
		docs, err := parseInput("in.md", "in", formatMarkdown, []byte(in), &opts)
		checkDocs(t, docs, err)
	})
}
