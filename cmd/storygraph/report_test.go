package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportReproducible builds the ask corpus and writes its report twice
// with SOURCE_DATE_EPOCH set: the bytes are equal and say that time; the
// title comes from the corpus; a confidence out of range is a usage error.
func TestReportReproducible(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ask.db")
	files, _ := filepath.Glob(filepath.Join("testdata", "ask", "*.md"))
	if _, stderr, code := runCLI(t, "", append([]string{"--db", db, "build"}, files...)...); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600") // 2026-01-01 00:00 UTC
	var pages [2]string
	for i := range pages {
		p := filepath.Join(dir, "r.html")
		if _, stderr, code := runCLI(t, "", "--db", db, "report", "-o", p); code != 0 {
			t.Fatalf("report: %s", stderr)
		}
		b, _ := os.ReadFile(p)
		pages[i] = string(b)
	}
	if pages[0] != pages[1] {
		t.Errorf("two reports of the same graph differ")
	}
	for _, w := range []string{"generated 1 Jan 2026 00:00 UTC", "<h1>Brindle Foods agrees to buy Harbor Mills, 4 Mar – 2 Apr 2025</h1>", "Regulator opens review of mill takeover"} {
		if !strings.Contains(pages[0], w) {
			t.Errorf("report lacks %q", w)
		}
	}
	if _, _, code := runCLI(t, "", "--db", db, "report", "-o", filepath.Join(dir, "x.html"), "--min-confidence", "1.5"); code != 2 {
		t.Errorf("--min-confidence 1.5: exit %d, want 2", code)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "soon")
	if _, stderr, code := runCLI(t, "", "--db", db, "report", "-o", filepath.Join(dir, "x.html")); code != 1 || !strings.Contains(stderr, "SOURCE_DATE_EPOCH") {
		t.Errorf("SOURCE_DATE_EPOCH=soon: exit %d, %q; want 1 naming it", code, stderr)
	}
}
