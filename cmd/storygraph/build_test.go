package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph/build"
)

// TestBuildKeepGoing checks --keep-going: bad inputs are listed with
// file:line and why, the rest is built, and the exit status is 1; without
// it the first bad input stops the build before anything is written.
func TestBuildKeepGoing(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "feed.jsonl")
	os.WriteFile(feed, []byte(`{"id":"f1","text":"Mayor Hugo Ortega opened the bridge in Porto on Friday."}`+"\n"+
		`{"id":"f2","text":"unterminated`+"\n"+
		`{"id":"f3","text":"The bridge cost 12 million euros, the council said."}`+"\n"), 0o644)
	binary := filepath.Join(dir, "scan.txt")
	os.WriteFile(binary, []byte("PK\x00\x03\x04\x00\x00binary"), 0o644)
	for _, tc := range []struct {
		name     string
		args     []string
		wantCode int
		wantErr  []string
		wantDocs string
	}{
		{"stop", nil, 1, []string{feed + ":2"}, ""},
		{"keep going", []string{"--keep-going"}, 1, []string{
			"storygraph: skipped " + feed + ":2: malformed input",
			"storygraph: skipped " + binary + ": binary file",
			"2 documents added",
			"2 bad input(s) skipped",
		}, "f1 f3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "g.db")
			args := append([]string{"--db", db, "build", "--date", "2025-04-01", feed, binary}, tc.args...)
			_, stderr, code := runCLI(t, "", args...)
			if code != tc.wantCode {
				t.Errorf("exit %d, want %d: %s", code, tc.wantCode, stderr)
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			out, _, _ := runCLI(t, "", "--db", db, "facts", "--json")
			out = strings.Join(strings.Fields(out), "")
			for _, id := range strings.Fields(tc.wantDocs) {
				if !strings.Contains(out, `"doc":"`+id+`"`) {
					t.Errorf("no fact from %s:\n%s", id, out)
				}
			}
			if tc.wantDocs == "" && strings.Contains(out, `"doc":`) {
				t.Errorf("a stopped build wrote facts:\n%s", out)
			}
		})
	}
}

// TestBuildQuietNotTerminal checks that without a terminal no progress
// line is written, with or without --quiet, and that the summary always
// is.
func TestBuildQuietNotTerminal(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte("The ferry company said it would hire 40 workers in Bergen.\n"), 0o644)
	for _, flags := range [][]string{nil, {"--quiet"}, {"-q", "--workers", "1", "--batch", "1"}} {
		db := filepath.Join(t.TempDir(), "g.db")
		_, stderr, code := runCLI(t, "", append([]string{"--db", db, "build", a}, flags...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", flags, code, stderr)
		}
		if strings.Contains(stderr, "\r") || strings.Contains(stderr, "articles/s") {
			t.Errorf("%v: progress written to a non-terminal: %q", flags, stderr)
		}
		if !strings.Contains(stderr, "1 documents added") {
			t.Errorf("%v: no summary: %q", flags, stderr)
		}
	}
	if _, stderr, code := runCLI(t, "", "--db", filepath.Join(dir, "x.db"), "build", "--workers", "-1", a); code != 2 {
		t.Errorf("--workers -1: exit %d, want 2 (usage): %s", code, stderr)
	}
}

func TestProgressText(t *testing.T) {
	for _, tc := range []struct {
		p    build.Progress
		el   time.Duration
		want string
	}{
		{build.Progress{Done: 0, Total: 100}, 3 * time.Second, "storygraph: 0/100 articles"},
		{build.Progress{Done: 50, Total: 100}, 5 * time.Second, "storygraph: 50/100 articles, 10.0 articles/s, ETA 5s"},
		{build.Progress{Done: 100, Total: 100}, 4 * time.Second, "storygraph: 100/100 articles, 25.0 articles/s, ETA 0s"},
	} {
		if got := progressText(tc.p, tc.el); got != tc.want {
			t.Errorf("progressText(%+v, %v) = %q, want %q", tc.p, tc.el, got, tc.want)
		}
	}
}
