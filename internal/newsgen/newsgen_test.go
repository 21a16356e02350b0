package newsgen_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/internal/newsgen"
)

func TestDeterministic(t *testing.T) {
	var a, b, c bytes.Buffer
	if _, err := newsgen.New(1).WriteJSONL(&a, 20); err != nil {
		t.Fatal(err)
	}
	newsgen.New(1).WriteJSONL(&b, 20)
	newsgen.New(2).WriteJSONL(&c, 20)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two generators with one seed wrote different corpora")
	}
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("two seeds wrote the same corpus")
	}
}

func TestArticles(t *testing.T) {
	g := newsgen.New(7)
	const n = 200
	var total int
	ids := map[string]bool{}
	for i := range n {
		a := g.Next()
		total += len(a.Text)
		for _, check := range []struct {
			what string
			bad  bool
		}{
			{"empty id", a.ID == ""},
			{"duplicate id", ids[a.ID]},
			{"empty title", a.Title == ""},
			{"no boilerplate", !strings.Contains(a.Text, "Copyright ")},
			{"unfilled slot", strings.ContainsAny(a.Text+a.Title, "{}")},
			{"short text", len(a.Text) < 2000},
			{"long text", len(a.Text) > 12000},
		} {
			if check.bad {
				t.Errorf("article %d (%s): %s", i, a.ID, check.what)
			}
		}
		ids[a.ID] = true
		if _, err := time.Parse("2006-01-02", a.Published); err != nil {
			t.Errorf("article %d: published %q: %v", i, a.Published, err)
		}
	}
	if avg := total / n; avg < 3500 || avg > 7000 {
		t.Errorf("mean article length %d bytes, want about 5 KB", avg)
	}
}

func TestJSONLines(t *testing.T) {
	var buf bytes.Buffer
	n, err := newsgen.New(3).WriteJSONL(&buf, 5)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteJSONL = %d, %v; buffer holds %d bytes", n, err, buf.Len())
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d lines, want 5", len(lines))
	}
	for i, l := range lines {
		var a newsgen.Article
		if err := json.Unmarshal([]byte(l), &a); err != nil || a.Text == "" {
			t.Errorf("line %d: %v (text %d bytes)", i+1, err, len(a.Text))
		}
	}
}

// TestDefaultCorpusStable pins the default corpus: benchmark figures taken
// before and after a change to the generator compare the same articles.
func TestDefaultCorpusStable(t *testing.T) {
	var b bytes.Buffer
	if _, err := newsgen.New(1).WriteJSONL(&b, 300); err != nil {
		t.Fatal(err)
	}
	const want = "f67b26a07b3524e3967994ff5aaac67e98c6c3f5e1c01e89200b059919128a84"
	if got := fmt.Sprintf("%x", sha256.Sum256(b.Bytes())); got != want {
		t.Errorf("300 articles of seed 1: sha256 %s (%d bytes), want %s", got, b.Len(), want)
	}
}

func TestShort(t *testing.T) {
	g := newsgen.NewShort(7)
	const n = 500
	var words, size int
	paras := map[int]int{}
	for i := range n {
		a := g.Next()
		words += len(strings.Fields(a.Text))
		size += len(a.Text)
		// story paragraphs: blank-line separated blocks of several
		// sentences (boilerplate lines have at most one)
		p := 0
		for _, block := range strings.Split(a.Text, "\n\n") {
			if strings.Count(block, ". ") >= 2 {
				p++
			}
		}
		paras[p]++
		for _, check := range []struct {
			what string
			bad  bool
		}{
			{"no byline", !strings.HasPrefix(a.Text, "By ")},
			{"no copyright line", !strings.Contains(a.Text, "Copyright ")},
			{"unfilled slot", strings.ContainsAny(a.Text+a.Title, "{}")},
			{"empty title", a.Title == ""},
		} {
			if check.bad {
				t.Errorf("story %d (%s): %s", i, a.ID, check.what)
			}
		}
	}
	for p := range paras {
		if p < 1 || p > 3 {
			t.Errorf("%d stories with %d paragraphs, want 1 to 3", paras[p], p)
		}
	}
	if len(paras) != 3 {
		t.Errorf("paragraph counts %v, want stories of 1, 2 and 3 paragraphs", paras)
	}
	if avg := words / n; avg < 150 || avg > 250 {
		t.Errorf("mean story length %d words, want about 200", avg)
	}
	if avg := size / n; avg < 900 || avg > 1800 {
		t.Errorf("mean story length %d bytes, want about 1.3 KB", avg)
	}
	// the same cast as the long articles of the same seed
	long := newsgen.New(7)
	cast := map[string]bool{}
	for range 300 {
		for _, w := range strings.Fields(long.Next().Text) {
			cast[w] = true
		}
	}
	g = newsgen.NewShort(7)
	for range 50 {
		a := g.Next()
		for _, w := range strings.Fields(a.Title) {
			if w[0] >= 'A' && w[0] <= 'Z' && !cast[w] {
				t.Errorf("story %s: title word %q never appears in the long articles", a.ID, w)
			}
		}
	}
}
