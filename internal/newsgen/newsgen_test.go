package newsgen_test

import (
	"bytes"
	"encoding/json"
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
