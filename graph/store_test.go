package graph_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/graphtest"
)

var update = flag.Bool("update", false, "update golden files")

func openMemory(t *testing.T) *graph.Store {
	s, err := graph.OpenMemory(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func openBolt(t *testing.T) *graph.Store {
	s, err := graph.Open(t.Context(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestMemory(t *testing.T) { graphtest.TestAll(t, openMemory) }

func TestBolt(t *testing.T) { graphtest.TestAll(t, openBolt) }

func TestFile(t *testing.T) { graphtest.TestFile(t) }

// TestSchema pins the quads of the fixture: testdata/schema.nq.golden is the
// schema of doc.go by example. Run with -update after a deliberate change.
func TestSchema(t *testing.T) {
	for name, open := range map[string]func(*testing.T) *graph.Store{"memory": openMemory, "bolt": openBolt} {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			if _, err := s.Add(t.Context(), graphtest.Batch()); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := s.WriteNQuads(t.Context(), &got); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "schema.nq.golden")
			if *update && name == "memory" {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("quads differ from %s (run go test -update after a deliberate change):\ngot\n%s\nwant\n%s", golden, got.Bytes(), want)
			}
		})
	}
}
