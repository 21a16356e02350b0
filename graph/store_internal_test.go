package graph

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cayley "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"

	"github.com/storygraph/storygraph/extract"
)

// TestOpenForeignBolt opens a valid bolt file that another program wrote:
// it must be refused, and left unchanged.
func TestOpenForeignBolt(t *testing.T) {
	p := filepath.Join(t.TempDir(), "other.db")
	db, err := bolt.Open(p, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("settings"))
		if err != nil {
			return err
		}
		return b.Put([]byte("theme"), []byte("dark"))
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(t.Context(), p)
	if !errors.Is(err, ErrCorrupt) {
		if err == nil {
			s.Close()
		}
		t.Fatalf("Open(foreign bolt file) = %v, want ErrCorrupt", err)
	}
	if !strings.Contains(err.Error(), "without a quad store") {
		t.Errorf("Open(foreign bolt file) error = %q, want it to say what is wrong", err)
	}
	db, err = bolt.Open(p, 0o644, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.View(func(tx *bolt.Tx) error {
		n := 0
		if err := tx.ForEach(func([]byte, *bolt.Bucket) error { n++; return nil }); err != nil {
			return err
		}
		if n != 1 {
			t.Errorf("foreign file has %d buckets after Open, want 1 (untouched)", n)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// boltMeta returns a bolt meta page of pageSize bytes as checkBoltFile reads
// it; sum false spoils the checksum.
func boltMeta(pageSize, root, freelist, pages, txid uint64, sum bool) []byte {
	b := make([]byte, pageSize)
	m := b[16:]
	le := binary.LittleEndian
	le.PutUint32(m[0:], 0xED0CDAED)
	le.PutUint32(m[4:], 2)
	le.PutUint32(m[8:], uint32(pageSize))
	le.PutUint64(m[16:], root)
	le.PutUint64(m[32:], freelist)
	le.PutUint64(m[40:], pages)
	le.PutUint64(m[48:], txid)
	h := fnv.New64a()
	h.Write(m[:56])
	if sum {
		le.PutUint64(m[56:], h.Sum64())
	}
	return b
}

// TestCheckBoltFile covers the header check that keeps bbolt away from files
// it would fault on.
func TestCheckBoltFile(t *testing.T) {
	dir := t.TempDir()
	join := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	page := make([]byte, 4096)
	for _, tc := range []struct {
		name    string
		content []byte
		fresh   bool
		err     string
	}{
		{"empty", []byte{}, true, ""},
		{"short", []byte("bolt"), false, "too short"},
		{"garbage", bytes.Repeat([]byte("x"), 16384), false, "no valid bolt meta page"},
		{"sound", join(boltMeta(4096, 3, 2, 4, 0, true), boltMeta(4096, 3, 2, 4, 1, true), page, page), false, ""},
		{"bad checksums", join(boltMeta(4096, 3, 2, 4, 0, false), boltMeta(4096, 3, 2, 4, 1, false), page, page), false, "no valid bolt meta page"},
		{"one good meta", join(boltMeta(4096, 3, 2, 4, 0, true), boltMeta(4096, 3, 2, 4, 1, false), page, page), false, ""},
		{"truncated", join(boltMeta(4096, 3, 2, 10, 0, true), boltMeta(4096, 3, 2, 10, 1, true), page, page), false, "names 10 pages"},
		{"newest meta truncated", join(boltMeta(4096, 3, 2, 4, 1, true), boltMeta(4096, 3, 2, 50, 2, true), page, page), false, "names 50 pages"},
		{"root outside", join(boltMeta(4096, 9, 2, 4, 0, true), boltMeta(4096, 9, 2, 4, 1, true), page, page), false, "names 4 pages"},
	} {
		p := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_"))
		if err := os.WriteFile(p, tc.content, 0o644); err != nil {
			t.Fatal(err)
		}
		fresh, err := checkBoltFile(p, false)
		if fresh != tc.fresh || (err == nil) != (tc.err == "") || (err != nil && !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("checkBoltFile(%s) = %v, %v, want %v and an error containing %q", tc.name, fresh, err, tc.fresh, tc.err)
		}
		if err != nil && !errors.Is(err, ErrCorrupt) {
			t.Errorf("checkBoltFile(%s) error %v does not wrap ErrCorrupt", tc.name, err)
		}
	}
	if fresh, err := checkBoltFile(filepath.Join(dir, "absent.db"), false); !fresh || err != nil {
		t.Errorf("checkBoltFile(absent) = %v, %v, want true, nil", fresh, err)
	}
}

// TestSchemaVersion writes files as other versions of storygraph would
// (quads straight into the store, without Add): a version 1 file (fact
// fields in quads of their own, no version recorded) and a version 3 file
// are refused with a message naming the file and what to do; an empty
// file is not, and its first Add records the version.
func TestSchemaVersion(t *testing.T) {
	dir := t.TempDir()
	v1 := []quad.Quad{
		{Subject: quad.IRI("f1"), Predicate: quad.IRI("sg:subject"), Object: quad.String("Ada")},
		{Subject: quad.IRI("f1"), Predicate: quad.IRI("sg:relation"), Object: quad.String("met")},
		{Subject: quad.IRI("f1"), Predicate: quad.IRI("sg:confidence"), Object: quad.Float(0.5)},
	}
	later := []quad.Quad{{Subject: storeNode, Predicate: predSchema, Object: quad.Int(SchemaVersion + 1)}}
	for _, tc := range []struct {
		name  string
		quads []quad.Quad
		want  string // in the error; "" for none
	}{
		{"v1", v1, "written with schema version 1, this storygraph reads versions 2 to 3: rebuild it"},
		{"later", later, "written with schema version 4"},
		{"empty", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name+".db")
			s, err := Open(t.Context(), p)
			if err != nil {
				t.Fatal(err)
			}
			var ds []cayley.Delta
			for _, q := range tc.quads {
				ds = append(ds, cayley.Delta{Quad: q, Action: cayley.Add})
			}
			if len(ds) > 0 {
				if err := s.qs.ApplyDeltas(ds, cayley.IgnoreOpts{}); err != nil {
					t.Fatal(err)
				}
			}
			s.Close()
			before, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			s, err = Open(t.Context(), p)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Open(%s) = %v", tc.name, err)
				}
				defer s.Close()
				b := Batch{Facts: []extract.Fact{{ID: "f1", Subject: "Ada", Relation: "slept"}}}
				if _, err := s.Add(t.Context(), b); err != nil {
					t.Fatal(err)
				}
				if ok, err := s.hasQuad(t.Context(), schemaQuad); !ok || err != nil {
					t.Errorf("first Add did not record the schema version: %v, %v", ok, err)
				}
				return
			}
			if !errors.Is(err, ErrSchema) {
				if err == nil {
					s.Close()
				}
				t.Fatalf("Open(%s) = %v, want ErrSchema", tc.name, err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "graph: open "+p+": ") || !strings.Contains(msg, tc.want) ||
				!strings.Contains(msg, "delete "+p+" and run storygraph build again") {
				t.Errorf("Open(%s) error = %q, want it to name the file, say %q and how to rebuild", tc.name, msg, tc.want)
			}
			if after, err := os.ReadFile(p); err != nil || !bytes.Equal(after, before) {
				t.Errorf("refusing %s changed the file (%v)", tc.name, err)
			}
		})
	}
}

// TestRawHasQuad checks the one-key look-up a build uses for shared edges
// against a scan: every stored quad is found, a quad with one value
// changed or one deleted is not.
func TestRawHasQuad(t *testing.T) {
	ctx := t.Context()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	hub := quad.IRI("e:org:hub")
	var qs []quad.Quad
	for i := range 50 {
		qs = append(qs, quad.Quad{Subject: hub, Predicate: quad.IRI("r:works_with"), Object: quad.IRI(fmt.Sprintf("e:person:p%d", i))})
		qs = append(qs, quad.Quad{Subject: quad.IRI(fmt.Sprintf("e:person:p%d", i)), Predicate: quad.IRI("r:works_with"), Object: hub})
	}
	var deltas []cayley.Delta
	for _, q := range qs {
		deltas = append(deltas, cayley.Delta{Quad: q, Action: cayley.Add})
	}
	if err := s.qs.ApplyDeltas(deltas, cayley.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	gone := qs[7]
	if err := s.qs.ApplyDeltas([]cayley.Delta{{Quad: gone, Action: cayley.Delete}}, cayley.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	for i, q := range qs {
		got, err := s.rawHasQuad(q)
		if err != nil {
			t.Fatal(err)
		}
		if want := i != 7; got != want {
			t.Errorf("rawHasQuad(%v) = %v, want %v", q, got, want)
		}
	}
	for _, q := range []quad.Quad{
		{Subject: hub, Predicate: quad.IRI("r:sued"), Object: quad.IRI("e:person:p1")}, // predicate stored, quad not
		{Subject: quad.IRI("e:person:p1"), Predicate: quad.IRI("r:works_with"), Object: quad.IRI("e:person:p2")},
		{Subject: hub, Predicate: quad.IRI("r:works_with"), Object: quad.IRI("e:person:nobody")}, // value not stored
	} {
		if got, err := s.rawHasQuad(q); err != nil || got {
			t.Errorf("rawHasQuad(%v) = %v, %v; want false", q, got, err)
		}
		if got, err := s.hasQuad(ctx, q); err != nil || got {
			t.Errorf("hasQuad(%v) = %v, %v; want false", q, got, err)
		}
	}
}

// TestSchemaVersion2 opens a file of schema version 2, whose facts keep
// plain-text arguments in sg:subject and sg:object literals: its facts read
// back whole, and the next Add records version 3 beside 2 and writes its
// facts the version 3 way, so the file holds facts of both kinds.
func TestSchemaVersion2(t *testing.T) {
	p := filepath.Join(t.TempDir(), "v2.db")
	s, err := Open(t.Context(), p)
	if err != nil {
		t.Fatal(err)
	}
	v2 := []quad.Quad{
		{Subject: storeNode, Predicate: predSchema, Object: quad.Int(2)},
		{Subject: quad.IRI("f1"), Predicate: predSubject, Object: quad.String("the council")},
		{Subject: quad.IRI("f1"), Predicate: predObject, Object: quad.String("the budget")},
		{Subject: quad.IRI("f1"), Predicate: predFact, Object: quad.String(`{"relation":"approved","confidence":0.5}`)},
	}
	var ds []cayley.Delta
	for _, q := range v2 {
		ds = append(ds, cayley.Delta{Quad: q, Action: cayley.Add})
	}
	if err := s.qs.ApplyDeltas(ds, cayley.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(t.Context(), p)
	if err != nil {
		t.Fatalf("Open(v2) = %v", err)
	}
	b := Batch{Facts: []extract.Fact{{ID: "f2", Subject: "the mayor", Relation: "signed", Object: "the budget"}}}
	if _, err := s.Add(t.Context(), b); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(t.Context(), p)
	if err != nil {
		t.Fatalf("Open(v2 written by v3) = %v", err)
	}
	defer s.Close()
	if ok, err := s.hasQuad(t.Context(), schemaQuad); !ok || err != nil {
		t.Errorf("Add to a version 2 file did not record version 3: %v, %v", ok, err)
	}
	fs, err := s.Facts(t.Context(), FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Subject+" | "+f.Relation+" | "+f.Object)
	}
	want := []string{"the council | approved | the budget", "the mayor | signed | the budget"}
	if !slices.Equal(got, want) {
		t.Errorf("facts of a file of both versions = %q, want %q", got, want)
	}
	c, err := s.ContentsAbout(t.Context(), true, func(id, text string) bool { return text == "the budget" })
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Facts) != 2 {
		t.Errorf("ContentsAbout(the budget) holds %d facts, want both versions' 2", len(c.Facts))
	}
}
