package graph_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/graphtest"
)

// fixtureFile writes the graphtest fixture into a new bolt file and returns
// its path, closed.
func fixtureFile(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "fixture.db")
	s, err := graph.Open(t.Context(), p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(t.Context(), graphtest.Batch()); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestOpenReadOnly opens one file with several readers at once: each
// reads the whole fixture, a writer is refused while they hold it, and a
// reader cannot write.
func TestOpenReadOnly(t *testing.T) {
	p := fixtureFile(t)
	const readers = 3
	stores := make([]*graph.Store, readers)
	for i := range stores {
		s, err := graph.OpenReadOnly(t.Context(), p)
		if err != nil {
			t.Fatalf("reader %d: %v", i, err)
		}
		defer s.Close()
		stores[i] = s
	}
	want := len(graphtest.Batch().Facts)
	var wg sync.WaitGroup
	for i, s := range stores {
		wg.Go(func() {
			for range 5 {
				fs, err := s.Facts(t.Context(), graph.FactFilter{All: true})
				if err != nil {
					t.Errorf("reader %d: Facts: %v", i, err)
					return
				}
				if len(fs) != want {
					t.Errorf("reader %d: %d facts, want %d", i, len(fs), want)
				}
				if _, err := s.Neighbours(t.Context(), graphtest.Babbage); err != nil {
					t.Errorf("reader %d: Neighbours: %v", i, err)
				}
			}
		})
	}
	wg.Wait()

	if w, err := graph.Open(t.Context(), p); !errors.Is(err, graph.ErrLocked) {
		if err == nil {
			w.Close()
		}
		t.Errorf("Open for writing while readers hold the file = %v, want ErrLocked", err)
	}
	var b graph.Batch
	b.Documents = []extract.Document{{ID: "d9", Text: "More.", Hash: extract.HashText("More.")}}
	if _, err := stores[0].Add(t.Context(), b); err == nil {
		t.Error("Add on a read-only store succeeded")
	}
	for _, s := range stores {
		s.Close()
	}
	w, err := graph.Open(t.Context(), p)
	if err != nil {
		t.Fatalf("Open for writing once the readers closed: %v", err)
	}
	w.Close()
}

func TestOpenReadOnlyMissing(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join(dir, "absent.db"), empty} {
		s, err := graph.OpenReadOnly(t.Context(), p)
		if !errors.Is(err, os.ErrNotExist) {
			if err == nil {
				s.Close()
			}
			t.Errorf("OpenReadOnly(%s) = %v, want ErrNotExist", filepath.Base(p), err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "absent.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("OpenReadOnly created the file: %v", err)
	}
}

// TestDamaged spoils each page of a copy of a store in turn (zeros, then
// bytes of 0xA5) and reads it: every read must either give what the sound
// file gives or fail with an error wrapping ErrCorrupt that names the
// file; none may panic (a panic fails the test) or lose facts silently.
func TestDamaged(t *testing.T) {
	p := fixtureFile(t)
	orig, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	want := readAll(t, p)
	if want.err != nil {
		t.Fatalf("sound file: %v", want.err)
	}
	const page = 4096
	if len(orig)%page != 0 {
		t.Fatalf("file of %d bytes is not in %d-byte pages", len(orig), page)
	}
	dir := t.TempDir()
	damaged, same := 0, 0
	for _, fill := range []byte{0, 0xA5} {
		for pg := 0; pg < len(orig)/page; pg++ {
			b := append([]byte(nil), orig...)
			for i := pg * page; i < (pg+1)*page; i++ {
				b[i] = fill
			}
			bad := filepath.Join(dir, "bad.db")
			if err := os.WriteFile(bad, b, 0o644); err != nil {
				t.Fatal(err)
			}
			got := readAll(t, bad)
			switch {
			case got.err != nil:
				if !errors.Is(got.err, graph.ErrCorrupt) && !errors.Is(got.err, graph.ErrSchema) {
					t.Errorf("page %d filled with %#x: %v, want an error wrapping ErrCorrupt", pg, fill, got.err)
				} else if !strings.Contains(got.err.Error(), bad) {
					t.Errorf("page %d filled with %#x: %q does not name the file", pg, fill, got.err)
				}
				damaged++
			case got.facts != want.facts || got.entities != want.entities || got.edges != want.edges:
				t.Errorf("page %d filled with %#x: read %s silently, want %s", pg, fill, got.summary(), want.summary())
			default:
				same++
			}
		}
	}
	if damaged == 0 {
		t.Error("no spoiled page was found damaged")
	}
	t.Logf("%d pages × 2 fills: %d found damaged, %d read as sound (unused pages)", len(orig)/page, damaged, same)
}

type readResult struct {
	facts, entities, edges string
	err                    error
}

func (r readResult) summary() string {
	return "facts " + r.facts + ", entities " + r.entities + ", edges " + r.edges
}

// readAll opens the file at p read-only and reads its facts, entities
// and Babbage's neighbours; the first error stops it.
func readAll(t *testing.T, p string) (r readResult) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	s, err := graph.OpenReadOnly(ctx, p)
	if err != nil {
		return readResult{err: err}
	}
	defer s.Close()
	fs, err := s.Facts(ctx, graph.FactFilter{All: true})
	if err != nil {
		return readResult{err: err}
	}
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.ID+":"+f.Relation+":"+f.Subject+":"+f.Object+":"+f.Date)
		for _, src := range f.Sources {
			ids = append(ids, src.Doc+":"+src.Sentence)
		}
	}
	r.facts = strings.Join(ids, ",")
	es, err := s.Entities(ctx)
	if err != nil {
		return readResult{err: err}
	}
	ids = nil
	for _, e := range es {
		ids = append(ids, e.ID+":"+e.Name+":"+strings.Join(e.Aliases, ";"))
	}
	r.entities = strings.Join(ids, ",")
	edges, err := s.Neighbours(ctx, graphtest.Babbage)
	if err != nil {
		return readResult{err: err}
	}
	ids = nil
	for _, e := range edges {
		ids = append(ids, e.From+" "+e.Relation+" "+e.To)
	}
	r.edges = strings.Join(ids, ",")
	return r
}

// TestQueryMemory runs a Gizmo script that piles up memory for ever: the
// memory cap must stop it, well before the timeout, with ErrQueryMemory;
// a small query under the cap still answers.
func TestQueryMemory(t *testing.T) {
	s := openBolt(t)
	if _, err := s.Add(t.Context(), graphtest.Batch()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	var out strings.Builder
	start := time.Now()
	err := s.Query(ctx, "gizmo", `var s = "xxxxxxxx"; for (var k = 0; k < 17; k++) { s += s }; var a = []; while (true) { a.push(s + a.length) }`,
		graph.QueryOptions{MaxMemory: 64 << 20}, &out)
	if !errors.Is(err, graph.ErrQueryMemory) {
		t.Fatalf("runaway script: %v, want ErrQueryMemory", err)
	}
	if !strings.Contains(err.Error(), "64 MB") {
		t.Errorf("error %q does not say the cap", err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("stopped after %s", d)
	}
	out.Reset()
	if err := s.Query(t.Context(), "gizmo", `g.V("<`+graphtest.Ada+`>").Out("<sg:name>").All()`,
		graph.QueryOptions{MaxMemory: 64 << 20}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Ada Lovelace") {
		t.Errorf("query under the cap wrote %q", out.String())
	}
}
