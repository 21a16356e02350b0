package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/boltdb/bolt"
	cayley "github.com/cayleygraph/cayley/graph"
	cayleykv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// Errors callers can branch on with [errors.Is]. They are always returned
// wrapped with the operation and the name that failed.
var (
	// ErrLocked: the database file is held by another process.
	ErrLocked = errors.New("graph: database is locked by another process")
	// ErrCorrupt: the file is not a storygraph database or is damaged.
	ErrCorrupt = errors.New("graph: not a storygraph database or damaged")
	// ErrInvalid: a batch item breaks the schema (empty id, subject, ...).
	ErrInvalid = errors.New("graph: invalid batch")
	// ErrNotFound: no entity matches a name.
	ErrNotFound = errors.New("graph: not found")
	// ErrClosed: the store was closed.
	ErrClosed = errors.New("graph: store is closed")
	// ErrLanguage: the query language is not "gizmo" or "graphql".
	ErrLanguage = errors.New("graph: unknown query language")
)

// initialMmap is the address space bolt maps up front (not memory in use);
// without it bolt re-maps the file every time it doubles.
const initialMmap = 256 << 20

// lockTimeout is how long Open waits for another process to release the file.
const lockTimeout = time.Second

// Store is a knowledge graph of documents, entities and facts kept in Cayley,
// either in a bolt file ([Open]) or in memory ([OpenMemory]).
//
// A Store is safe for concurrent use: reads run in parallel, [Store.Add]
// excludes every other call for the length of its transaction.
type Store struct {
	mu     sync.RWMutex
	qs     cayley.QuadStore
	bdb    *bolt.DB // the bolt file under qs; nil for memory
	path   string   // "" for memory
	closed bool
}

// Open opens the bolt database file at path, creating it when absent.
// It fails with an error wrapping [ErrLocked] when another process holds the
// file (after waiting about a second) and with one wrapping [ErrCorrupt] when
// the file is not a storygraph database.
func Open(ctx context.Context, path string) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", path, err)
	}
	if path == "" {
		return nil, fmt.Errorf("graph: open: empty path")
	}
	fresh, err := checkBoltFile(path)
	if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", path, err)
	}
	qs, bdb, err := openBolt(path, fresh)
	if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", path, err)
	}
	return &Store{qs: qs, bdb: bdb, path: path}, nil
}

// OpenMemory returns an empty store held in memory, for tests and one-shot
// runs. Its data is lost on [Store.Close].
func OpenMemory(ctx context.Context) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("graph: open memory store: %w", err)
	}
	return &Store{qs: memstore.New()}, nil
}

// Close releases the store and, for a file, its lock. Closing twice is a
// no-op.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("graph: close %s: %w", s.name(), err)
	}
	return nil
}

// name returns the path of the store for messages.
func (s *Store) name() string {
	if s.path == "" {
		return "memory store"
	}
	return s.path
}

// Quads returns the number of quads in the store.
func (s *Store) Quads(ctx context.Context) (int64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return 0, ErrClosed
	}
	st, err := s.qs.Stats(ctx, false)
	if errors.Is(err, cayleykv.ErrNoBucket) {
		return 0, nil // an empty bolt store has no size yet
	} else if err != nil {
		return 0, fmt.Errorf("graph: stats %s: %w", s.name(), err)
	}
	return st.Quads.Value, nil
}

// WriteNQuads writes every quad of the store to w in N-Quads, one per line,
// sorted, so that two stores with the same content give the same bytes.
func (s *Store) WriteNQuads(ctx context.Context, w io.Writer) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	var lines []string
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("graph: dump %s: %w", s.name(), err)
		}
		if q.IsValid() {
			lines = append(lines, q.NQuad())
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("graph: dump %s: %w", s.name(), err)
	}
	sort.Strings(lines)
	for _, l := range lines {
		if _, err := io.WriteString(w, l+"\n"); err != nil {
			return fmt.Errorf("graph: dump %s: %w", s.name(), err)
		}
	}
	return nil
}

// checkBoltFile reports whether path is absent or empty (a fresh database),
// and fails when it exists but cannot be a bolt database: bolt itself panics
// or faults on such files.
func checkBoltFile(path string) (fresh bool, err error) {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	} else if err != nil {
		return false, err
	}
	if fi.IsDir() {
		return false, fmt.Errorf("is a directory: %w", ErrCorrupt)
	}
	if fi.Size() == 0 {
		return true, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	// A bolt file starts with two meta pages; the first holds, after the
	// 16-byte page header, magic 0xED0CDAED, version 2 and the page size.
	var hdr [32]byte
	if _, err := io.ReadFull(f, hdr[:]); err != nil {
		return false, fmt.Errorf("file too short (%d bytes): %w", fi.Size(), ErrCorrupt)
	}
	magic := binary.LittleEndian.Uint32(hdr[16:])
	version := binary.LittleEndian.Uint32(hdr[20:])
	pageSize := int64(binary.LittleEndian.Uint32(hdr[24:]))
	if magic != 0xED0CDAED || version != 2 {
		return false, fmt.Errorf("no bolt header: %w", ErrCorrupt)
	}
	if pageSize < 512 || pageSize > 1<<20 || pageSize&(pageSize-1) != 0 || fi.Size() < 4*pageSize {
		return false, fmt.Errorf("bad page size %d for a file of %d bytes: %w", pageSize, fi.Size(), ErrCorrupt)
	}
	return false, nil
}

// openBolt opens (and for a fresh file initialises) the Cayley key-value
// quad store in the bolt file at path. A panic inside bolt on a damaged file
// is turned into an error wrapping ErrCorrupt.
func openBolt(path string, fresh bool) (qs cayley.QuadStore, bdb *bolt.DB, err error) {
	db, err := hbolt.Open(path, &bolt.Options{Timeout: lockTimeout, InitialMmapSize: initialMmap})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, nil, ErrLocked
		}
		if errors.Is(err, bolt.ErrInvalid) || errors.Is(err, bolt.ErrChecksum) || errors.Is(err, bolt.ErrVersionMismatch) {
			return nil, nil, fmt.Errorf("%v: %w", err, ErrCorrupt)
		}
		return nil, nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			db.Close()
			qs, bdb, err = nil, nil, fmt.Errorf("%v: %w", r, ErrCorrupt)
		}
	}()
	if fresh {
		if err := cayleykv.Init(db, nil); err != nil && !errors.Is(err, cayley.ErrDatabaseExists) {
			db.Close()
			return nil, nil, err
		}
	}
	qs, err = cayleykv.New(db, cayley.Options{cayleykv.OptNoBloom: noBloom})
	if err != nil {
		db.Close()
		if errors.Is(err, cayley.ErrNotInitialized) {
			return nil, nil, fmt.Errorf("bolt file without a quad store: %w", ErrCorrupt)
		}
		return nil, nil, fmt.Errorf("%v: %w", err, ErrCorrupt)
	}
	return qs, db.DB(), nil
}

// ensureValueBuckets creates, in one transaction of its own and in key
// order, the buckets Cayley's key-value store will need for the values of
// deltas: it keeps node values and reference counts in buckets named 'v' or
// 'n' plus the first two bytes of the value's hash, 2×65,536 in all, and
// creates them lazily inside the write. Bolt inserts into an unsplit node by
// shifting it, so creating tens of thousands of buckets inside the one
// transaction of a large Add is quadratic (10,000 facts took 30 s instead of
// 6). Creating every bucket when the file is made costs 2 s and 16 MB even
// for a tiny store. Empty buckets hold no data: the batch stays atomic.
func ensureValueBuckets(db *bolt.DB, deltas []cayley.Delta) error {
	need := map[[3]byte]bool{}
	for _, d := range deltas {
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				h := refs.HashOf(v)
				need[[3]byte{'n', h[0], h[1]}] = true
				need[[3]byte{'v', h[0], h[1]}] = true
			}
		}
	}
	var missing [][]byte
	err := db.View(func(tx *bolt.Tx) error {
		for k := range need {
			if tx.Bucket(k[:]) == nil {
				missing = append(missing, []byte{k[0], k[1], k[2]})
			}
		}
		return nil
	})
	if err != nil || len(missing) == 0 {
		return err
	}
	slices.SortFunc(missing, bytes.Compare)
	return db.Update(func(tx *bolt.Tx) error {
		for _, k := range missing {
			if _, err := tx.CreateBucketIfNotExists(k); err != nil {
				return err
			}
		}
		return nil
	})
}

// noBloom switches off Cayley's in-memory bloom filters (about 80 MB each,
// allocated on every open); existence checks then read the index instead.
var noBloom = true

// quadsOf returns the quads that have v in direction dir.
func (s *Store) quadsOf(ctx context.Context, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	it := s.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		if !q.IsValid() {
			continue // deleted: the bolt backend keeps it in some indexes
		}
		out = append(out, q)
	}
	return out, it.Err()
}

// describe returns the outgoing quads of v grouped by predicate.
func (s *Store) describe(ctx context.Context, v quad.Value) (node, error) {
	qs, err := s.quadsOf(ctx, quad.Subject, v)
	if err != nil || len(qs) == 0 {
		return nil, err
	}
	n := make(node, 8)
	for _, q := range qs {
		p, _ := q.Predicate.(quad.IRI)
		n[p] = append(n[p], q.Object)
	}
	return n, nil
}

// exists reports whether v is part of any quad.
func (s *Store) exists(v quad.Value) (bool, error) {
	ref, err := s.qs.ValueOf(v)
	return ref != nil, err
}

// hasQuad reports whether the store holds q, scanning the smallest of the
// subject, predicate and object indexes.
func (s *Store) hasQuad(ctx context.Context, q quad.Quad) (bool, error) {
	dirs := []quad.Direction{quad.Subject, quad.Predicate, quad.Object}
	best, bestSize := quad.Direction(0), int64(-1)
	for _, d := range dirs {
		ref, err := s.qs.ValueOf(q.Get(d))
		if err != nil || ref == nil {
			return false, err
		}
		sz, err := s.qs.QuadIteratorSize(ctx, d, ref)
		if err != nil {
			return false, err
		}
		if bestSize < 0 || sz.Value < bestSize {
			best, bestSize = d, sz.Value
		}
	}
	qs, err := s.quadsOf(ctx, best, q.Get(best))
	if err != nil {
		return false, err
	}
	for _, x := range qs {
		if sameQuad(x, q) {
			return true, nil
		}
	}
	return false, nil
}

func sameQuad(a, b quad.Quad) bool {
	return sameValue(a.Subject, b.Subject) && sameValue(a.Predicate, b.Predicate) &&
		sameValue(a.Object, b.Object) && sameValue(a.Label, b.Label)
}

func sameValue(a, b quad.Value) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.String() == b.String()
}
