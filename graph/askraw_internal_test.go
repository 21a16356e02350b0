package graph

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	cayley "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// askRawStore returns a bolt store holding quads, then without the quads
// of gone.
func askRawStore(t *testing.T, quads, gone []quad.Quad) *Store {
	t.Helper()
	s, err := Open(t.Context(), filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var add, del []cayley.Delta
	for _, q := range quads {
		add = append(add, cayley.Delta{Quad: q, Action: cayley.Add})
	}
	for _, q := range gone {
		del = append(del, cayley.Delta{Quad: q, Action: cayley.Delete})
	}
	if err := s.qs.ApplyDeltas(add, cayley.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if len(del) > 0 {
		if err := s.qs.ApplyDeltas(del, cayley.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// TestAskRawReads checks the reads the answers use against describe,
// which reads every quad of a node through Cayley: the first title of
// each of 600 documents (enough for several workers), with documents
// holding two titles, none, a deleted one, or absent from the store; an
// entity's own quads without its edges; and the bounded count of facts.
func TestAskRawReads(t *testing.T) {
	var quads, gone []quad.Quad
	var docs []quad.Value
	for i := range 600 {
		d := docIRI(fmt.Sprint("d", i))
		docs = append(docs, d)
		quads = append(quads, quad.Quad{Subject: d, Predicate: predHash, Object: quad.String(fmt.Sprint("h", i))})
		switch i % 5 {
		case 0: // no title
		case 1: // two titles
			quads = append(quads, quad.Quad{Subject: d, Predicate: predTitle, Object: quad.String(fmt.Sprint("first ", i))},
				quad.Quad{Subject: d, Predicate: predTitle, Object: quad.String(fmt.Sprint("second ", i))})
		case 2: // the first title deleted
			old := quad.Quad{Subject: d, Predicate: predTitle, Object: quad.String(fmt.Sprint("old ", i))}
			quads = append(quads, old, quad.Quad{Subject: d, Predicate: predTitle, Object: quad.String(fmt.Sprint("new ", i))})
			gone = append(gone, old)
		default:
			quads = append(quads, quad.Quad{Subject: d, Predicate: predTitle, Object: quad.String(fmt.Sprint("Story ", i))})
		}
	}
	docs = append(docs, docIRI("absent"), nil)
	hub := quad.IRI("e:person:hub")
	quads = append(quads, quad.Quad{Subject: hub, Predicate: predName, Object: quad.String("Hub")},
		quad.Quad{Subject: hub, Predicate: predAlias, Object: quad.String("H")},
		quad.Quad{Subject: hub, Predicate: predAlias, Object: quad.String("The Hub")},
		quad.Quad{Subject: hub, Predicate: predMentions, Object: quad.Int(3)})
	const asSubject, asObject = 40, 7
	for i := range asSubject {
		f := quad.IRI(fmt.Sprint("f:s", i))
		other := quad.IRI(fmt.Sprint("e:person:p", i))
		quads = append(quads, quad.Quad{Subject: f, Predicate: predSubject, Object: hub},
			quad.Quad{Subject: f, Predicate: predObject, Object: other},
			quad.Quad{Subject: hub, Predicate: quad.IRI("meet"), Object: other})
	}
	for i := range asObject {
		quads = append(quads, quad.Quad{Subject: quad.IRI(fmt.Sprint("f:o", i)), Predicate: predObject, Object: hub})
	}
	sources := map[string]int{"f:s0": 3, "f:s5": 1, "f:o1": 0}
	for f, n := range sources {
		for j := range n {
			quads = append(quads, quad.Quad{Subject: quad.IRI(f), Predicate: predSource, Object: quad.String(fmt.Sprint(f, j))})
		}
	}
	s := askRawStore(t, quads, gone)
	ctx := t.Context()

	got, err := s.nodeStrings(ctx, docs, predTitle)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		want := ""
		if d != nil {
			n, err := s.describe(ctx, d)
			if err != nil {
				t.Fatal(err)
			}
			want = n.str(predTitle)
		}
		if got[i] != want {
			t.Errorf("nodeStrings: %v has title %q, describe says %q", d, got[i], want)
		}
	}
	if got[1] != "first 1" || got[2] != "new 2" || got[0] != "" {
		t.Errorf("titles of d0..d2 = %q, want \"\", first 1, new 2", got[:3])
	}

	n, err := s.entityNode(ctx, hub)
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.describe(ctx, hub)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range entityPreds {
		if fmt.Sprint(n[p]) != fmt.Sprint(all[p]) {
			t.Errorf("entityNode: %s = %v, describe says %v", p, n[p], all[p])
		}
	}
	if len(n[quad.IRI("meet")]) != 0 || len(all[quad.IRI("meet")]) != asSubject {
		t.Errorf("entityNode read %d edges, describe %d; want 0 and %d", len(n[quad.IRI("meet")]),
			len(all[quad.IRI("meet")]), asSubject)
	}

	for _, tc := range []struct {
		e     quad.IRI
		bound int
		want  int
	}{
		{hub, factsBound, asSubject + asObject},
		{hub, 10, 10 + asObject},
		{hub, 5, 5 + 5},
		{quad.IRI("e:person:p3"), factsBound, 1},
		{quad.IRI("e:person:nobody"), factsBound, 0},
	} {
		if got := s.factCount(tc.e, tc.bound); got != tc.want {
			t.Errorf("factCount(%s, %d) = %d, want %d", tc.e, tc.bound, got, tc.want)
		}
	}

	// counts: the sources of each fact, by fact id.
	var ids []uint64
	want := map[uint64]int{}
	for f, n := range sources {
		id, err := s.id(quad.IRI(f))
		if err != nil || id == 0 {
			t.Fatalf("id(%s) = %d, %v", f, id, err)
		}
		ids = append(ids, id)
		want[id] = n
	}
	slices.Sort(ids)
	srcP, err := s.id(predSource)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.raw(func(r *rawTx) error {
		got, err := r.counts(ctx, ids, srcP)
		if err != nil {
			return err
		}
		for i, id := range ids {
			if got[i] != want[id] {
				t.Errorf("counts: fact %d has %d sources, want %d", id, got[i], want[id])
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
