package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/internal/shared"
)

// readSeeds reads the shared seed articles and the gold noise list.
func readSeeds(t *testing.T) (docs map[string]extract.Document, raw map[string]string, noise []string) {
	t.Helper()
	seeds := shared.Dir(t, "seeds")
	gold := shared.Dir(t, "gold")
	data, err := os.ReadFile(filepath.Join(gold, "paris-summit.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Noise []string `json:"noise"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Noise) == 0 {
		t.Fatal("gold file has no noise strings")
	}
	list, err := Read(t.Context(), []string{seeds}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs = map[string]extract.Document{}
	raw = map[string]string{}
	for _, d := range list {
		prefix, _, _ := strings.Cut(d.ID, "_")
		docs[prefix] = d
		b, err := os.ReadFile(d.Path)
		if err != nil {
			t.Fatal(err)
		}
		raw[prefix] = string(b)
	}
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		if _, ok := docs[p]; !ok {
			t.Fatalf("seed %s not read; got %d documents", p, len(list))
		}
	}
	return docs, raw, g.Noise
}

func TestSeedsNoise(t *testing.T) {
	docs, _, noise := readSeeds(t)
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		for _, n := range noise {
			if strings.Contains(docs[p].Text, n) {
				t.Errorf("seed %s: cleaned text contains noise %q", p, n)
			}
		}
	}
}

func TestSeedsDuplicates(t *testing.T) {
	docs, raw, _ := readSeeds(t)
	// Seed 000 prints its paragraphs twice: each must survive exactly once.
	count := map[string]int{}
	for _, l := range strings.Split(raw["000"], "\n") {
		if l = strings.TrimSpace(l); l != "" {
			count[l]++
		}
	}
	dups := 0
	for l, n := range count {
		if n < 2 {
			continue
		}
		dups++
		if got := strings.Count(docs["000"].Text, l); got != 1 && endsSentence(l) {
			t.Errorf("seed 000: repeated paragraph %.50q appears %d times in the text, want 1", l, got)
		}
	}
	if dups < 3 {
		t.Errorf("seed 000: found %d repeated paragraphs in the raw file, expected several", dups)
	}
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		seen := map[string]bool{}
		for _, l := range strings.Split(docs[p].Text, "\n") {
			if seen[l] {
				t.Errorf("seed %s: line %.50q appears twice", p, l)
			}
			seen[l] = true
		}
	}
}

func TestSeedsTitleAndLabels(t *testing.T) {
	docs, raw, _ := readSeeds(t)
	d := docs["004"]
	first, _, _ := strings.Cut(raw["004"], "\n")
	first = strings.TrimSpace(first)
	if d.Title != first {
		t.Errorf("seed 004: Title = %q, want the first line %q", d.Title, first)
	}
	if n := strings.Count(d.Text, first); n > 1 {
		t.Errorf("seed 004: title appears %d times in the text, want at most 1", n)
	}
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		for _, l := range strings.Split(docs[p].Text, "\n") {
			if wordCount(l) <= 2 && !endsSentence(l) {
				t.Errorf("seed %s: label-like line %q remains", p, l)
			}
		}
	}
	// Every raw one- or two-word line of 004 is a share label or blank.
	for _, l := range strings.Split(raw["004"], "\n") {
		l = normalizeLine(l)
		if l != "" && wordCount(l) <= 2 {
			for _, tl := range strings.Split(d.Text, "\n") {
				if tl == l {
					t.Errorf("seed 004: share label %q remains", l)
				}
			}
		}
	}
	if strings.Contains(strings.ToLower(d.Text), "read also") {
		t.Errorf("seed 004: the Read Also link line remains")
	}
}

func TestSeedsKeepStory(t *testing.T) {
	docs, raw, noise := readSeeds(t)
	if !strings.Contains(docs["001"].Text, "declaration of intent") {
		t.Errorf("seed 001: the sentence with %q was dropped", "declaration of intent")
	}
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		// Every story paragraph of the raw file (ending in sentence
		// punctuation, eight words or more, no noise) must be kept.
		want, kept := 0, 0
		seen := map[string]bool{}
		for _, l := range strings.Split(raw[p], "\n") {
			l = normalizeLine(l)
			if seen[l] || !endsSentence(l) || wordCount(l) < 8 || containsAny(l, noise) {
				continue
			}
			seen[l] = true
			want++
			if strings.Contains(docs[p].Text, l) {
				kept++
			} else {
				t.Errorf("seed %s: story paragraph dropped: %.80q", p, l)
			}
		}
		lines := strings.Count(docs[p].Text, "\n") + 1
		t.Logf("seed %s: %d raw lines, %d story paragraphs, %d kept, %d lines out", p,
			strings.Count(raw[p], "\n")+1, want, kept, lines)
		if want == 0 {
			t.Errorf("seed %s: no story paragraphs found in the raw file", p)
		}
	}
	if d := docs["001"]; d.DateFrom != "text" || d.Published.Format("2006-01-02") != "2026-01-06" {
		t.Errorf("seed 001: Published = %v from %q, want 2026-01-06 from text (the embedded post's date)", d.Published, d.DateFrom)
	}
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
