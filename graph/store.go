package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"iter"
	"maps"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	cayley "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	cayleykv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
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
	// ErrUnsupported: the backend cannot run this query.
	ErrUnsupported = errors.New("graph: query not supported by this backend")
	// ErrLanguage: the query language is not "gizmo" or "graphql".
	ErrLanguage = errors.New("graph: unknown query language")
	// ErrSchema: the file was written with another version of the quad
	// schema (see [SchemaVersion]) and must be rebuilt.
	ErrSchema = errors.New("graph: database written with another schema")
)

// initialMmap is the address space bbolt maps up front. Each time the file
// outgrows the map bbolt re-maps it and copies every open node out of the
// old map; with Cayley's tens of thousands of value buckets that took a
// quarter of the CPU time of a 10,000-fact Add.
const initialMmap = 256 << 20

// allocSize is the step in which bbolt grows the file.
const allocSize = 1 << 20

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
	values valueCache
	// versioned is set once the store is known to record SchemaVersion.
	versioned bool
	// sql is set for Cayley's SQL backend, whose ValueOf hashes any value
	// without looking it up and whose size statistics are estimates.
	sql bool
	// readOnly is set by [OpenReadOnly]: bolt holds a shared lock and
	// refuses every write.
	readOnly bool
	// broken is set once a read panicked: bbolt may hold a read
	// transaction it will never end, and closing would wait for it.
	broken atomic.Bool
	// allValueBuckets is set once every value bucket is known to exist
	// (see ensureValueBuckets).
	allValueBuckets bool
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
	fresh, err := checkBoltFile(path, false)
	if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", path, err)
	}
	return openFile(ctx, path, fresh, false)
}

// OpenReadOnly opens the existing bolt database file at path for reading
// only. Unlike [Open] it takes a shared lock, so any number of readers
// (two "storygraph facts" at once, a "neighbours" while a "render" runs)
// open the same file together; a writer waits for them (and they for it).
// [Store.Add] on a read-only store fails. A missing or empty file is an
// error wrapping [os.ErrNotExist]; the other errors are those of Open.
func OpenReadOnly(ctx context.Context, path string) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", path, err)
	}
	if path == "" {
		return nil, fmt.Errorf("graph: open: empty path")
	}
	fresh, err := checkBoltFile(path, true)
	if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", path, err)
	}
	if fresh {
		return nil, fmt.Errorf("graph: open %s: no database (empty or absent file): %w", path, os.ErrNotExist)
	}
	return openFile(ctx, path, false, true)
}

// openFile opens the bolt file at path (fresh: initialise it) and checks
// its schema.
func openFile(ctx context.Context, path string, fresh, readOnly bool) (*Store, error) {
	qs, bdb, err := openBolt(path, fresh, readOnly)
	if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", path, err)
	}
	s := &Store{qs: qs, bdb: bdb, path: path, readOnly: readOnly}
	err = s.guard(func() error { return s.checkSchema(ctx) })
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("graph: open %s: %w", path, err)
	}
	return s, nil
}

// guard runs a read of the store and turns a panic inside it (bbolt and
// Cayley panic, or fault through mmap, on pages a damaged file spoils)
// into an error wrapping [ErrCorrupt] that names the file. Faults become
// panics for the goroutine that runs read only.
func (s *Store) guard(read func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = s.damaged(r)
		}
	}()
	return read()
}

// catch, deferred by a read of the store with the previous
// SetPanicOnFault setting (defer s.catch(&err, debug.SetPanicOnFault(true))),
// turns a panic or fault of the read into an error wrapping [ErrCorrupt]
// naming the file, and restores the setting.
func (s *Store) catch(err *error, onFault bool) {
	debug.SetPanicOnFault(onFault)
	if r := recover(); r != nil {
		*err = s.damaged(r)
	}
}

// damaged returns the error for a store found damaged while reading it,
// and marks the store broken.
func (s *Store) damaged(cause any) error {
	s.broken.Store(true)
	return fmt.Errorf("%s is damaged (%v): restore it from a copy or rebuild it "+
		"(delete it and run storygraph build again): %w", s.name(), cause, ErrCorrupt)
}

// checkSchema fails with an error wrapping ErrSchema when the store holds
// quads of a schema version it cannot read: one written before the version
// was recorded (version 1), or by a later version.
func (s *Store) checkSchema(ctx context.Context) error {
	version := 0
	qs, err := s.quadsOf(ctx, quad.Subject, storeNode)
	if err != nil && !errors.Is(err, cayleykv.ErrNoBucket) {
		return err
	}
	for _, q := range qs {
		if v, ok := q.Object.(quad.Int); ok && q.Predicate == predSchema {
			version = max(version, int(v)) // a version 2 file written to by version 3 records both
		}
	}
	if version == 0 {
		// No version recorded: an empty store (the first Add records it)
		// or one of version 1. One step of a scan tells them apart; the
		// backends' size statistics are estimates (PostgreSQL's may be -1).
		it := s.qs.QuadsAllIterator().Iterate()
		any := it.Next(ctx)
		err := it.Err()
		it.Close()
		if errors.Is(err, cayleykv.ErrNoBucket) || (err == nil && !any) {
			return nil
		} else if err != nil {
			return err
		}
		version = 1
	}
	if version < oldestReadable || version > SchemaVersion {
		return fmt.Errorf("written with schema version %d, this storygraph reads versions %d to %d: "+
			"rebuild it (delete %s and run storygraph build again on the articles): %w",
			version, oldestReadable, SchemaVersion, s.name(), ErrSchema)
	}
	// A version 2 file gains the version 3 record with its next write.
	s.versioned = version == SchemaVersion
	return nil
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
	if s.broken.Load() {
		// A read panicked inside bbolt, which may still count its read
		// transaction as open: bbolt's Close would wait for it for ever.
		// The file stays mapped and locked until the process ends.
		return nil
	}
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
func (s *Store) Quads(ctx context.Context) (_ int64, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return 0, ErrClosed
	}
	st, err := s.qs.Stats(ctx, s.sql) // exact on SQL, whose estimate may be -1
	if errors.Is(err, cayleykv.ErrNoBucket) {
		return 0, nil // an empty bolt store has no size yet
	} else if err != nil {
		return 0, fmt.Errorf("graph: stats %s: %w", s.name(), err)
	}
	return st.Quads.Value, nil
}

// WriteNQuads writes every quad of the store to w in N-Quads, one per line,
// sorted, so that two stores with the same content give the same bytes.
func (s *Store) WriteNQuads(ctx context.Context, w io.Writer) (err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return ErrClosed
	}
	var lines []string
	if qs, err := s.rawAllQuads(ctx); !errors.Is(err, errNoRaw) {
		if err != nil {
			return fmt.Errorf("graph: dump %s: %w", s.name(), err)
		}
		for _, q := range qs {
			lines = append(lines, q.NQuad())
		}
		return writeLines(w, lines, s.name())
	}
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
	return writeLines(w, lines, s.name())
}

// writeLines writes the N-Quads lines sorted.
func writeLines(w io.Writer, lines []string, name string) error {
	sort.Strings(lines)
	for _, l := range lines {
		if _, err := io.WriteString(w, l+"\n"); err != nil {
			return fmt.Errorf("graph: dump %s: %w", name, err)
		}
	}
	return nil
}

// checkBoltFile reports whether path is absent or empty (a fresh database),
// and fails when it exists but cannot be a sound bolt database: bbolt reads
// the file through mmap and faults on a truncated one. It reads both meta
// pages as bbolt does (after the 16-byte page header: magic 0xED0CDAED,
// version 2, page size, flags, root bucket, freelist page, page count,
// transaction id and an FNV-64a checksum of the fields before it), takes the
// valid one with the highest transaction id, and checks that the pages it
// names lie inside the file.
//
// With strict set (read-only opens) one spoiled meta page is damage too:
// bbolt would silently fall back to the state before the last write, which
// a writer accepts (its next commit rewrites the page) but a reader must
// not take for the whole graph.
func checkBoltFile(path string, strict bool) (fresh bool, err error) {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	} else if err != nil {
		return false, err
	}
	if fi.IsDir() {
		return false, fmt.Errorf("is a directory: %w", ErrCorrupt)
	}
	size := fi.Size()
	if size == 0 {
		return true, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	type meta struct {
		ok                          bool
		pageSize                    int64
		root, freelist, pages, txid uint64
	}
	read := func(off int64) meta {
		var b [16 + 64]byte
		if _, err := f.ReadAt(b[:], off); err != nil {
			return meta{}
		}
		m := b[16:]
		le := binary.LittleEndian
		h := fnv.New64a()
		h.Write(m[:56])
		if le.Uint32(m[0:]) != 0xED0CDAED || le.Uint32(m[4:]) != 2 || le.Uint64(m[56:]) != h.Sum64() {
			return meta{}
		}
		return meta{ok: true, pageSize: int64(le.Uint32(m[8:])), root: le.Uint64(m[16:]),
			freelist: le.Uint64(m[32:]), pages: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}
	}
	m0 := read(0)
	ps := int64(os.Getpagesize())
	if m0.ok {
		ps = m0.pageSize
	}
	if ps < 512 || ps > 1<<20 || ps&(ps-1) != 0 {
		return false, fmt.Errorf("bad page size %d: %w", ps, ErrCorrupt)
	}
	if size < 2*ps {
		return false, fmt.Errorf("file too short (%d bytes): %w", size, ErrCorrupt)
	}
	m := read(ps)
	m1ok := m.ok
	if !m.ok || (m0.ok && m0.txid > m.txid) {
		m = m0
	}
	if !m.ok {
		return false, fmt.Errorf("no valid bolt meta page: %w", ErrCorrupt)
	}
	const noFreelist = ^uint64(0)
	if m.pageSize != ps || m.pages < 2 || m.pages > uint64(size/ps) || m.root >= m.pages ||
		(m.freelist != noFreelist && m.freelist >= m.pages) {
		return false, fmt.Errorf("meta page names %d pages of %d bytes, the file has %d bytes: %w",
			m.pages, m.pageSize, size, ErrCorrupt)
	}
	if strict && m0.ok != m1ok {
		// bbolt would read the older state the other page names: the
		// last write lost without a word.
		bad := 0
		if m0.ok {
			bad = 1
		}
		return false, fmt.Errorf("meta page %d is damaged, the last write may be lost: %w", bad, ErrCorrupt)
	}
	return false, nil
}

// openBolt opens (and for a fresh file initialises) the Cayley key-value
// quad store in the bolt file at path. A panic inside bolt on a damaged file
// is turned into an error wrapping ErrCorrupt.
func openBolt(path string, fresh, readOnly bool) (qs cayley.QuadStore, bdb *bolt.DB, err error) {
	// bbolt reads the file through mmap: a damaged file can fault or panic
	// in here. Faults become panics for this goroutine, panics errors.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	var db *hbolt.DB
	defer func() {
		if r := recover(); r != nil {
			if db != nil {
				db.Close()
			}
			qs, bdb, err = nil, nil, fmt.Errorf("%v: %w", r, ErrCorrupt)
		}
	}()
	opts := &bolt.Options{Timeout: lockTimeout, ReadOnly: readOnly}
	if runtime.GOOS != "windows" && !readOnly {
		// Address space only, but on Windows bbolt grows the file to it.
		opts.InitialMmapSize = initialMmap
	}
	db, err = hbolt.Open(path, opts)
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return nil, nil, ErrLocked
		}
		if errors.Is(err, berrors.ErrInvalid) || errors.Is(err, berrors.ErrChecksum) || errors.Is(err, berrors.ErrVersionMismatch) {
			return nil, nil, fmt.Errorf("%v: %w", err, ErrCorrupt)
		}
		return nil, nil, err
	}
	// With the large initial map bbolt would grow the file in its default
	// 16 MB steps: a four-fact store would take 16 MB on disk.
	db.DB().AllocSize = allocSize
	if fresh && !readOnly {
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
// 6). Creating every bucket costs 2 s and 16 MB, too much for a tiny store,
// so a small batch creates the buckets its values need (hashing each value
// to find them); a batch of bulkDeltas or more, which touches most of them
// anyway, creates all that are missing, after which no Add on this store
// hashes values for this again. Empty buckets hold no data: the batch stays
// atomic.
func (s *Store) ensureValueBuckets(deltas []cayley.Delta) error {
	if s.allValueBuckets {
		return nil
	}
	if len(deltas) >= bulkDeltas {
		if err := createBuckets(s.bdb, func(yield func([3]byte) bool) {
			for _, t := range []byte{'n', 'v'} {
				for i := range 1 << 16 {
					if !yield([3]byte{t, byte(i >> 8), byte(i)}) {
						return
					}
				}
			}
		}); err != nil {
			return err
		}
		s.allValueBuckets = true
		return nil
	}
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
	return createBuckets(s.bdb, maps.Keys(need))
}

// bulkDeltas is the size of a batch from which ensureValueBuckets creates
// every value bucket: about 40 articles of news (800 quads each).
const bulkDeltas = 30_000

// createBuckets creates those of the named top-level buckets that do not
// exist yet, in key order, in one transaction.
func createBuckets(db *bolt.DB, names iter.Seq[[3]byte]) error {
	var missing [][]byte
	err := db.View(func(tx *bolt.Tx) error {
		for k := range names {
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
// Measured on a 10,000-fact Add into a new file: peak RSS 335 MB without
// them, 660 MB with, and no less CPU with them.
const noBloom = true

// quadsOf returns the quads that have v in direction dir. It reads the
// node ids of each quad from the index entry and resolves them through the
// store's value cache, in one batch per call: asking the backend for whole
// quads would read four values per quad.
//
// Cayley has no index led by the predicate: for dir quad.Predicate the bolt
// store's subject index keys are read instead (see predicateQuads).
func (s *Store) quadsOf(ctx context.Context, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	if dir == quad.Predicate {
		if qs, err := s.predicateQuads(ctx, v); !errors.Is(err, errNoRaw) {
			return qs, err
		}
	}
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	return s.readQuads(ctx, s.qs.QuadIterator(dir, ref))
}

// allQuads returns every quad of the store, read in one sequential scan.
func (s *Store) allQuads(ctx context.Context) ([]quad.Quad, error) {
	return s.readQuads(ctx, s.qs.QuadsAllIterator())
}

// readQuads returns the quads the iterator sh yields.
func (s *Store) readQuads(ctx context.Context, sh iterator.Shape) ([]quad.Quad, error) {
	it := sh.Iterate()
	defer it.Close()
	var err error
	var prims [][4]cayley.Ref
	for it.Next(ctx) {
		var p [4]cayley.Ref
		for i, d := range quad.Directions {
			if p[i], err = s.qs.QuadDirection(it.Result(), d); err != nil {
				return nil, err
			}
		}
		prims = append(prims, p)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	vals, err := s.values.resolve(ctx, s.qs, prims)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(prims))
	for _, p := range prims {
		var q quad.Quad
		for i, d := range quad.Directions {
			if p[i] != nil {
				q.Set(d, vals[p[i].Key()])
			}
		}
		if q.IsValid() {
			out = append(out, q)
		}
	}
	return out, nil
}

// valueCache maps node refs to their values. Node ids are never reused by
// either backend, so entries stay right; the cache is dropped when it grows
// past maxCached entries. It is safe for concurrent use.
type valueCache struct {
	mu sync.Mutex
	m  map[any]quad.Value
}

const maxCached = 1 << 18

// resolve returns the values of every ref in prims, asking the store for
// the ones not cached in one batch.
func (c *valueCache) resolve(ctx context.Context, qs cayley.QuadStore, prims [][4]cayley.Ref) (map[any]quad.Value, error) {
	out := make(map[any]quad.Value)
	var missing []cayley.Ref
	c.mu.Lock()
	for _, p := range prims {
		for _, r := range p {
			if r == nil {
				continue
			}
			k := r.Key()
			if _, ok := out[k]; ok {
				continue
			}
			if v, ok := c.m[k]; ok {
				out[k] = v
				continue
			}
			out[k] = nil
			missing = append(missing, r)
		}
	}
	c.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	vals, err := cayley.ValuesOf(ctx, qs, missing)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m)+len(missing) > maxCached {
		c.m = make(map[any]quad.Value, len(missing))
	}
	for i, r := range missing {
		out[r.Key()] = vals[i]
		if vals[i] != nil {
			c.m[r.Key()] = vals[i]
		}
	}
	return out, nil
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
func (s *Store) exists(ctx context.Context, v quad.Value) (bool, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil || !s.sql {
		return ref != nil, err
	}
	for _, d := range quad.Directions {
		it := s.qs.QuadIterator(d, ref).Iterate()
		found := it.Next(ctx)
		err := it.Err()
		it.Close()
		if found || err != nil {
			return found, err
		}
	}
	return false, nil
}

// hasQuad reports whether the store holds q, scanning the smallest of the
// subject, predicate and object indexes.
func (s *Store) hasQuad(ctx context.Context, q quad.Quad) (bool, error) {
	if ok, err := s.rawHasQuad(q); !errors.Is(err, errNoRaw) {
		return ok, err
	}
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
	// Two IRIs, or two plain strings, have the same N-Quads form when they
	// are equal; no other kind of value has an IRI's form.
	if x, ok := a.(quad.IRI); ok {
		if y, ok := b.(quad.IRI); ok {
			return x == y
		}
	}
	if x, ok := a.(quad.String); ok {
		if y, ok := b.(quad.String); ok {
			return x == y
		}
	}
	return a.String() == b.String()
}
