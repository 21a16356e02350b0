package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"unicode/utf8"

	cayley "github.com/cayleygraph/cayley/graph"
	cayleykv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
)

// Cayley's key-value store keeps, in the bolt file, two quad indexes and a
// log (see DefaultQuadIndexes in cayley/graph/kv): bucket "sp" maps the
// node ids subject‖predicate (8 bytes each, big-endian) to the varint list
// of the ids of the quads with them; bucket "ops" maps object‖predicate‖
// subject to the same; bucket "log" maps a quad or node id to its
// primitive (protobuf: the node ids of the quad's directions, or the value
// of a node). Cayley's iterators read the log entry of every quad they
// yield, one transaction each call. rawTx reads the index keys themselves
// in one read transaction: an object's quads of one predicate are a prefix
// range of "ops" whose keys hold the subjects, so the facts that have an
// entity as argument are listed without reading a quad, and a hub's
// hundred thousand fact links are skipped with one seek.
//
// The layout is Cayley's, pinned by go.mod; rawTx checks the buckets exist
// and the callers fall back to Cayley's iterators when they do not (SQL
// and memory backends, another layout).

var (
	bucketSP  = []byte("sp")
	bucketOPS = []byte("ops")
	bucketLog = []byte("log")
)

// rawTx is one read transaction on the bolt file under a store.
type rawTx struct {
	s               *Store
	tx              *bolt.Tx
	spB, opsB, logB *bolt.Bucket
	schema          map[uint64]bool // predicate id → is a schema predicate
}

// errNoRaw: the store has no bolt file with Cayley's layout.
var errNoRaw = errors.New("graph: no raw index")

// raw runs fn in a read transaction on the store's bolt file; it returns
// errNoRaw when the store has none with the expected buckets.
func (s *Store) raw(fn func(r *rawTx) error) error {
	if s.bdb == nil {
		return errNoRaw
	}
	return s.bdb.View(func(tx *bolt.Tx) error {
		r := &rawTx{s: s, tx: tx, spB: tx.Bucket(bucketSP), opsB: tx.Bucket(bucketOPS), logB: tx.Bucket(bucketLog),
			schema: map[uint64]bool{}}
		if r.spB == nil || r.opsB == nil || r.logB == nil {
			return errNoRaw
		}
		return fn(r)
	})
}

// id returns the node id of v, 0 when the store does not hold v.
func (s *Store) id(v quad.Value) (uint64, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return 0, err
	}
	iv, ok := ref.(cayleykv.Int64Value)
	if !ok {
		return 0, fmt.Errorf("node ref of type %T: %w", ref, errNoRaw)
	}
	return uint64(iv), nil
}

func key(ids ...uint64) []byte {
	b := make([]byte, 8*len(ids))
	for i, id := range ids {
		binary.BigEndian.PutUint64(b[8*i:], id)
	}
	return b
}

// ops calls fn with the predicate and subject of each quad whose object
// is o, in key order (by predicate, then subject). fn returns the
// predicate to skip to: p itself goes on with the next key, p+1 skips the
// rest of p's range, and 0 stops.
func (r *rawTx) ops(o uint64, fn func(p, s uint64) (next uint64)) error {
	c := r.opsB.Cursor()
	pref := key(o)
	k, _ := c.Seek(pref)
	for k != nil && bytes.HasPrefix(k, pref) {
		if len(k) != 24 {
			return fmt.Errorf("ops key of %d bytes: %w", len(k), ErrCorrupt)
		}
		p, s := binary.BigEndian.Uint64(k[8:]), binary.BigEndian.Uint64(k[16:])
		next := fn(p, s)
		switch {
		case next == 0:
			return nil
		case next == p:
			k, _ = c.Next()
		default:
			k, _ = c.Seek(key(o, next))
		}
	}
	return nil
}

// opsSubjects returns the subjects of the quads with object o and
// predicate p: one prefix range of keys, no quad read.
func (r *rawTx) opsSubjects(o, p uint64) ([]uint64, error) {
	return r.appendOpsSubjects(nil, o, p)
}

// appendOpsSubjects is opsSubjects appending to out.
func (r *rawTx) appendOpsSubjects(out []uint64, o, p uint64) ([]uint64, error) {
	c := r.opsB.Cursor()
	var pref [16]byte
	binary.BigEndian.PutUint64(pref[:], o)
	binary.BigEndian.PutUint64(pref[8:], p)
	for k, _ := c.Seek(pref[:]); k != nil && bytes.HasPrefix(k, pref[:]); k, _ = c.Next() {
		if len(k) != 24 {
			return nil, fmt.Errorf("ops key of %d bytes: %w", len(k), ErrCorrupt)
		}
		out = append(out, binary.BigEndian.Uint64(k[16:]))
	}
	return out, nil
}

// sp calls fn with each predicate of the quads whose subject is s and the
// ids of those quads.
func (r *rawTx) sp(s uint64, fn func(p uint64, quads []uint64) error) error {
	c := r.spB.Cursor()
	pref := key(s)
	for k, v := c.Seek(pref); k != nil && bytes.HasPrefix(k, pref); k, v = c.Next() {
		if len(k) != 16 {
			return fmt.Errorf("sp key of %d bytes: %w", len(k), ErrCorrupt)
		}
		ids, err := decodeIDs(v)
		if err != nil {
			return err
		}
		if err := fn(binary.BigEndian.Uint64(k[8:]), ids); err != nil {
			return err
		}
	}
	return nil
}

// quad returns the live quad primitive with log id id, nil when it was
// deleted.
func (r *rawTx) quad(id uint64) (*cproto.Primitive, error) {
	v := r.logB.Get(key(id))
	if v == nil {
		return nil, fmt.Errorf("quad %d indexed but not in the log: %w", id, ErrCorrupt)
	}
	var p cproto.Primitive
	if err := proto.Unmarshal(v, &p); err != nil {
		return nil, fmt.Errorf("quad %d: %v: %w", id, err, ErrCorrupt)
	}
	if p.Deleted {
		return nil, nil
	}
	return &p, nil
}

// primitive decodes the log entry with id id into p.
func (r *rawTx) primitive(id uint64, p *primitive) error {
	v := r.logB.Get(key(id))
	if v == nil {
		return fmt.Errorf("quad %d indexed but not in the log: %w", id, ErrCorrupt)
	}
	if err := decodePrimitive(v, p); err != nil {
		return fmt.Errorf("quad %d: %v: %w", id, err, ErrCorrupt)
	}
	return nil
}

// rawHasQuad reports whether the store holds q (a quad without a label)
// by one key look-up in "ops": the cost does not grow with the number of
// quads its subject or object has, as a scan of the smaller side's quads
// does when both ends of a shared edge are hubs.
func (s *Store) rawHasQuad(q quad.Quad) (bool, error) {
	if q.Label != nil || s.bdb == nil {
		return false, errNoRaw
	}
	var ids [3]uint64
	for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object} {
		id, err := s.id(v)
		if err != nil {
			return false, err
		}
		if id == 0 {
			return false, nil // a value the store does not hold
		}
		ids[i] = id
	}
	found := false
	err := s.raw(func(r *rawTx) error {
		v := r.opsB.Get(key(ids[2], ids[1], ids[0]))
		if v == nil {
			return nil
		}
		qids, err := decodeIDs(v)
		if err != nil {
			return err
		}
		for _, id := range qids {
			p, err := r.quad(id)
			if err != nil {
				return err
			}
			if p != nil && p.Label == 0 {
				found = true
				return nil
			}
		}
		return nil
	})
	return found, err
}

// isSchema reports whether predicate id p is one of the schema's.
func (r *rawTx) isSchema(p uint64) (bool, error) {
	if v, ok := r.schema[p]; ok {
		return v, nil
	}
	name, err := r.s.qs.NameOf(cayleykv.Int64Value(p))
	if err != nil {
		return false, err
	}
	r.schema[p] = isSchema(name)
	return r.schema[p], nil
}

func decodeIDs(b []byte) ([]uint64, error) {
	var out []uint64
	for len(b) > 0 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, fmt.Errorf("bad index entry: %w", ErrCorrupt)
		}
		out = append(out, v)
		b = b[n:]
	}
	return out, nil
}

// valuesOf resolves node ids to values: from the log when the store has
// one (rawValuesOf), else through the store's cache.
func (s *Store) valuesOf(ctx context.Context, ids []uint64) (map[uint64]quad.Value, error) {
	if out, err := s.rawValuesOf(ctx, ids); !errors.Is(err, errNoRaw) {
		return out, err
	}
	prims := make([][4]cayley.Ref, 0, (len(ids)+3)/4)
	for i := 0; i < len(ids); i += 4 {
		var p [4]cayley.Ref
		for j := 0; j < 4 && i+j < len(ids); j++ {
			p[j] = cayleykv.Int64Value(ids[i+j])
		}
		prims = append(prims, p)
	}
	vals, err := s.values.resolve(ctx, s.qs, prims)
	if err != nil {
		return nil, err
	}
	out := make(map[uint64]quad.Value, len(ids))
	for _, id := range ids {
		out[id] = vals[cayleykv.Int64Value(id).Key()]
	}
	return out, nil
}

// rawValuesOf is valuesOf read straight from the log, on every CPU: a
// node absent from the log has no entry in the map.
func (s *Store) rawValuesOf(ctx context.Context, ids []uint64) (map[uint64]quad.Value, error) {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	vals := make([]quad.Value, len(ids))
	err := s.raw(func(r *rawTx) error {
		w := workers(len(ids))
		return r.inParallel(ctx, w, func(ctx context.Context, part int) error {
			var p primitive
			for i := part * len(ids) / w; i < (part+1)*len(ids)/w; i++ {
				if i%4096 == 0 && ctx.Err() != nil {
					return ctx.Err()
				}
				v := r.logB.Get(key(ids[i]))
				if v == nil || ids[i] == 0 {
					continue
				}
				if err := decodePrimitive(v, &p); err != nil {
					return fmt.Errorf("node %d: %v: %w", ids[i], err, ErrCorrupt)
				}
				if len(p.Value) == 0 {
					continue // a quad, not a node
				}
				x, err := decodeValue(p.Value)
				if err != nil {
					return fmt.Errorf("node %d: %v: %w", ids[i], err, ErrCorrupt)
				}
				vals[i] = x
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	out := make(map[uint64]quad.Value, len(ids))
	for i, id := range ids {
		if vals[i] != nil {
			out[id] = vals[i]
		}
	}
	return out, nil
}

// rawEdges returns, as node ids, the direct edges (not schema quads) that
// have node e as subject or object: the in-edges from the keys of e's
// "ops" range, seeking past each schema predicate's (a hub's fact links),
// the out-edges from e's "sp" entries and the log.
func (r *rawTx) rawEdges(e uint64) ([][3]uint64, error) {
	var out [][3]uint64
	var ierr error
	err := r.ops(e, func(p, sub uint64) uint64 {
		sch, err := r.isSchema(p)
		if err != nil {
			ierr = err
			return 0
		}
		if sch {
			return p + 1
		}
		// The store only ever deletes schema quads (a document's, an
		// entity's evidence): an edge's key is a live edge.
		out = append(out, [3]uint64{sub, p, e})
		return p
	})
	if err == nil {
		err = ierr
	}
	if err != nil {
		return nil, err
	}
	err = r.sp(e, func(p uint64, ids []uint64) error {
		sch, err := r.isSchema(p)
		if err != nil || sch {
			return err
		}
		var q primitive
		for _, id := range ids {
			if err := r.primitive(id, &q); err != nil {
				return err
			}
			if !q.Deleted {
				out = append(out, [3]uint64{e, p, q.Object})
			}
		}
		return nil
	})
	return out, err
}

// rawDirectEdges is directEdges read from the raw index; errNoRaw when
// the store has none.
func (s *Store) rawDirectEdges(ctx context.Context, e quad.IRI) ([]quad.Quad, error) {
	eid, err := s.id(e)
	if err != nil || eid == 0 {
		return nil, err
	}
	var edges [][3]uint64
	if err := s.raw(func(r *rawTx) error {
		edges, err = r.rawEdges(eid)
		return err
	}); err != nil {
		return nil, err
	}
	var ids []uint64
	for _, q := range edges {
		ids = append(ids, q[:]...)
	}
	vals, err := s.valuesOf(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []quad.Quad
	for _, e := range edges {
		q := quad.Quad{Subject: vals[e[0]], Predicate: vals[e[1]], Object: vals[e[2]]}
		_, sIRI := q.Subject.(quad.IRI)
		_, oIRI := q.Object.(quad.IRI)
		if q.IsValid() && sIRI && oIRI {
			out = append(out, q)
		}
	}
	return out, nil
}

// rawArgFacts returns the ids of the fact nodes that have v as argument
// through predicate p (sg:subject or sg:object), from the keys alone.
func (s *Store) rawArgFacts(v quad.Value, p quad.IRI) ([]uint64, error) {
	vid, err := s.id(v)
	if err != nil || vid == 0 {
		return nil, err
	}
	pid, err := s.id(p)
	if err != nil || pid == 0 {
		return nil, err
	}
	var out []uint64
	err = s.raw(func(r *rawTx) error {
		out, err = r.opsSubjects(vid, pid)
		return err
	})
	return out, err
}

// argList is the beginning, or the whole, of the fact ids of one "ops"
// range: the facts that have a node as argument through one predicate
// (sg:subject or sg:object), in id order.
type argList struct {
	ids  []uint64
	done bool // ids is the whole range
}

// extend reads the range of object o and predicate p on from where l
// stops until l holds at least n ids or the whole range.
func (r *rawTx) extend(l *argList, o, p uint64, n int) error {
	if l.done || len(l.ids) >= n {
		return nil
	}
	var pref [24]byte
	binary.BigEndian.PutUint64(pref[:], o)
	binary.BigEndian.PutUint64(pref[8:], p)
	from := pref[:16]
	if len(l.ids) > 0 {
		binary.BigEndian.PutUint64(pref[16:], l.ids[len(l.ids)-1]+1)
		from = pref[:]
	}
	c := r.opsB.Cursor()
	for k, _ := c.Seek(from); ; k, _ = c.Next() {
		if k == nil || !bytes.HasPrefix(k, pref[:16]) {
			l.done = true
			return nil
		}
		if len(k) != 24 {
			return fmt.Errorf("ops key of %d bytes: %w", len(k), ErrCorrupt)
		}
		l.ids = append(l.ids, binary.BigEndian.Uint64(k[16:]))
		if len(l.ids) >= n {
			return nil
		}
	}
}

// joiningFacts returns the ids of the fact nodes whose subject is subj
// and whose object is obj, in id order. It reads the two key ranges in
// lockstep until the shorter ends, then the longer for up to four times as
// many more: if that ends too the answer is the intersection, otherwise it
// looks each of the shorter range's facts up in the longer one, so that a
// hub at one end costs what the other end's facts cost. What it reads of
// each range is kept for the rest of the answer: a chain's ends are joined
// with many neighbours, and each range is read once.
func (a *answer) joiningFacts(subj, obj quad.Value) ([]uint64, error) {
	vals, err := a.nodeIDs([]quad.Value{subj, obj, predSubject, predObject})
	if err != nil {
		return nil, err
	}
	for _, id := range vals {
		if id == 0 {
			return nil, nil
		}
	}
	keys := [2][2]uint64{{vals[0], vals[2]}, {vals[1], vals[3]}}
	var lists [2]*argList
	for i, k := range keys {
		if lists[i] = a.args[k]; lists[i] == nil {
			lists[i] = &argList{}
			a.args[k] = lists[i]
		}
	}
	var out []uint64
	err = a.s.raw(func(r *rawTx) error {
		n := max(64, len(lists[0].ids), len(lists[1].ids))
		for !lists[0].done && !lists[1].done {
			for i, l := range lists {
				if err := r.extend(l, keys[i][0], keys[i][1], n); err != nil {
					return err
				}
			}
			n *= 2
		}
		short := 0
		if !lists[0].done || (lists[1].done && len(lists[1].ids) < len(lists[0].ids)) {
			short = 1
		}
		sl, ll, lk := lists[short], lists[1-short], keys[1-short]
		if len(sl.ids) == 0 { // read whole before: nothing joins
			return nil
		}
		if err := r.extend(ll, lk[0], lk[1], len(ll.ids)+4*len(sl.ids)); err != nil {
			return err
		}
		if ll.done {
			out = intersectSorted(sl.ids, ll.ids)
			return nil
		}
		last := ll.ids[len(ll.ids)-1]
		var k [24]byte
		binary.BigEndian.PutUint64(k[:], lk[0])
		binary.BigEndian.PutUint64(k[8:], lk[1])
		for _, f := range sl.ids {
			if f <= last {
				if _, ok := slices.BinarySearch(ll.ids, f); ok {
					out = append(out, f)
				}
				continue
			}
			binary.BigEndian.PutUint64(k[16:], f)
			if v := r.opsB.Get(k[:]); v != nil {
				out = append(out, f)
			}
		}
		return nil
	})
	return out, err
}

// nodeIDs is Store.ids remembering the ids for the rest of the answer.
func (a *answer) nodeIDs(vs []quad.Value) ([]uint64, error) {
	out := make([]uint64, len(vs))
	var missing []quad.Value
	var at []int
	for i, v := range vs {
		if id, ok := a.ids[v]; ok {
			out[i] = id
		} else {
			missing = append(missing, v)
			at = append(at, i)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	ids, err := a.s.ids(missing)
	if err != nil {
		return nil, err
	}
	for j, i := range at {
		out[i] = ids[j]
		a.ids[missing[j]] = ids[j]
	}
	return out, nil
}

// describeMany returns the outgoing quads of each of vs grouped by
// predicate (see describe), keyed by the value's string form, read in one
// transaction and one batch of values when the store has the raw index.
func (s *Store) describeMany(ctx context.Context, vs []quad.Value) (map[string]node, error) {
	ids, err := s.ids(vs)
	if errors.Is(err, errNoRaw) {
		return s.describeEach(ctx, vs)
	} else if err != nil {
		return nil, err
	}
	return s.describeIDs(ctx, vs, ids)
}

// ids returns the node ids of vs (0 for a value the store does not hold)
// in one transaction: Cayley keeps the id of a value under its hash in
// bucket 'v' plus the hash's first two bytes; its ValueOf opens a
// transaction per value.
func (s *Store) ids(vs []quad.Value) ([]uint64, error) {
	out := make([]uint64, len(vs))
	err := s.raw(func(r *rawTx) error {
		for i, v := range vs {
			if v == nil {
				continue
			}
			h := refs.HashOf(v)
			b := r.tx.Bucket([]byte{'v', h[0], h[1]})
			if b == nil {
				continue
			}
			if x := b.Get(h[:]); len(x) > 0 {
				out[i], _ = binary.Uvarint(x)
			}
		}
		return nil
	})
	return out, err
}

// describeIDs is describeMany for values whose node ids are known (ids[i]
// is the id of vs[i], 0 when absent).
func (s *Store) describeIDs(ctx context.Context, vs []quad.Value, ids []uint64) (map[string]node, error) {
	out := make(map[string]node, len(vs))
	type link struct{ subj, pred, obj uint64 }
	var links []link
	err := s.raw(func(r *rawTx) error {
		w := workers(len(ids))
		found := make([][]link, w)
		err := r.inParallel(ctx, w, func(ctx context.Context, part int) error {
			var p primitive
			for _, id := range ids[part*len(ids)/w : (part+1)*len(ids)/w] {
				if id == 0 {
					continue
				}
				if err := ctx.Err(); err != nil {
					return err
				}
				err := r.sp(id, func(pred uint64, qids []uint64) error {
					for _, qid := range qids {
						if err := r.primitive(qid, &p); err != nil {
							return err
						}
						if !p.Deleted && p.Subject == id && p.Predicate == pred {
							found[part] = append(found[part], link{id, pred, p.Object})
						}
					}
					return nil
				})
				if err != nil {
					return err
				}
			}
			return nil
		})
		for _, f := range found {
			links = append(links, f...)
		}
		return err
	})
	if errors.Is(err, errNoRaw) {
		return s.describeEach(ctx, vs)
	} else if err != nil {
		return nil, err
	}
	need := make([]uint64, 0, 2*len(links))
	for _, l := range links {
		need = append(need, l.pred, l.obj)
	}
	vals, err := s.valuesOf(ctx, need)
	if err != nil {
		return nil, err
	}
	byID := make(map[uint64]string, len(vs))
	for i, v := range vs {
		byID[ids[i]] = v.String()
	}
	for _, l := range links {
		p, _ := vals[l.pred].(quad.IRI)
		o := vals[l.obj]
		if o == nil {
			return nil, fmt.Errorf("node %d named by a quad has no value: %w", l.obj, ErrCorrupt)
		}
		k := byID[l.subj]
		n := out[k]
		if n == nil {
			n = make(node, 8)
			out[k] = n
		}
		n[p] = append(n[p], o)
	}
	return out, nil
}

// describeEach is describeMany one node at a time.
func (s *Store) describeEach(ctx context.Context, vs []quad.Value) (map[string]node, error) {
	out := make(map[string]node, len(vs))
	for _, v := range vs {
		n, err := s.describe(ctx, v)
		if err != nil {
			return nil, err
		}
		if n != nil {
			out[v.String()] = n
		}
	}
	return out, nil
}

// rawPredicateQuads returns the live quads with predicate p, as ids: one
// pass over the keys of "sp" (Cayley keeps no index led by the
// predicate, and its fallback reads every quad of the log), reading only
// the matching quads.
func (r *rawTx) rawPredicateQuads(ctx context.Context, p uint64) ([][3]uint64, error) {
	var out [][3]uint64
	c := r.spB.Cursor()
	n := 0
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if n++; n%65536 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if len(k) != 16 {
			return nil, fmt.Errorf("sp key of %d bytes: %w", len(k), ErrCorrupt)
		}
		if binary.BigEndian.Uint64(k[8:]) != p {
			continue
		}
		ids, err := decodeIDs(v)
		if err != nil {
			return nil, err
		}
		s := binary.BigEndian.Uint64(k)
		for _, id := range ids {
			q, err := r.quad(id)
			if err != nil {
				return nil, err
			}
			if q != nil && q.Subject == s && q.Predicate == p {
				out = append(out, [3]uint64{s, p, q.Object})
			}
		}
	}
	return out, nil
}

// predicateQuads is quadsOf(quad.Predicate, p) read from the raw index;
// errNoRaw when the store has none.
func (s *Store) predicateQuads(ctx context.Context, p quad.Value) ([]quad.Quad, error) {
	pid, err := s.id(p)
	if err != nil || pid == 0 {
		return nil, err
	}
	var qs [][3]uint64
	if err := s.raw(func(r *rawTx) error {
		qs, err = r.rawPredicateQuads(ctx, pid)
		return err
	}); err != nil {
		return nil, err
	}
	ids := make([]uint64, 0, 2*len(qs)+1)
	ids = append(ids, pid)
	for _, q := range qs {
		ids = append(ids, q[0], q[2])
	}
	vals, err := s.valuesOf(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(qs))
	for _, q := range qs {
		x := quad.Quad{Subject: vals[q[0]], Predicate: vals[q[1]], Object: vals[q[2]]}
		if !x.IsValid() {
			return nil, fmt.Errorf("quad of nodes %v without values: %w", q, ErrCorrupt)
		}
		out = append(out, x)
	}
	return out, nil
}

// count returns the number of quads with subject s and predicate p
// (deleted ones included), from the index entry alone.
func (r *rawTx) count(s, p uint64) (int, error) {
	var k [16]byte
	binary.BigEndian.PutUint64(k[:], s)
	binary.BigEndian.PutUint64(k[8:], p)
	return countIDs(r.spB.Get(k[:]))
}

// countIDs is len(decodeIDs(b)) without making the list.
func countIDs(b []byte) (int, error) {
	n, run := 0, 0
	for _, c := range b {
		if c < 0x80 {
			if run == binary.MaxVarintLen64-1 && c > 1 {
				return 0, fmt.Errorf("bad index entry: %w", ErrCorrupt) // overflows 64 bits
			}
			n, run = n+1, 0
		} else if run++; run >= binary.MaxVarintLen64 {
			return 0, fmt.Errorf("bad index entry: %w", ErrCorrupt)
		}
	}
	if run > 0 {
		return 0, fmt.Errorf("bad index entry: %w", ErrCorrupt)
	}
	return n, nil
}

// rawAllQuads returns every live quad of the store whose predicate is one
// of preds (every quad when preds is empty), in one sequential pass over
// Cayley's log: Cayley's own scan reads each quad's values one lookup at a
// time, about a hundred times slower on a graph of a million quads. Only
// the values the chosen quads name are decoded.
func (s *Store) rawAllQuads(ctx context.Context, preds ...quad.Value) ([]quad.Quad, error) {
	links, vals, err := s.rawAllLinks(ctx, preds...)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(links))
	for _, l := range links {
		q := quad.Quad{Subject: vals[l[0]], Predicate: vals[l[1]], Object: vals[l[2]], Label: vals[l[3]]}
		if !q.IsValid() {
			return nil, fmt.Errorf("quad %v without values: %w", l, ErrCorrupt)
		}
		out = append(out, q)
	}
	return out, nil
}

// rawAllLinks is rawAllQuads by node id: the live quads whose predicate is
// one of preds (all when preds is empty) as subject, predicate, object and
// label ids in log order, and the decoded value of every node they name,
// indexed by id (vals[0] is nil: no node). The log is read in one read
// transaction by as many cursors as there are CPUs (a read-only bolt
// transaction may be shared), each over its own range of ids.
func (s *Store) rawAllLinks(ctx context.Context, preds ...quad.Value) (links [][4]uint64, vals []quad.Value, err error) {
	want, err := s.predicateIDs(preds)
	if err != nil || want != nil && len(want) == 0 {
		return nil, nil, err
	}
	err = s.raw(func(r *rawTx) error {
		lg, err := r.logLinks(ctx, want)
		if err != nil || lg == nil {
			return err
		}
		ids := make([]uint64, 0, 4*len(lg.links))
		for _, l := range lg.links {
			ids = append(ids, l[:]...)
		}
		if err := lg.load(ctx, ids); err != nil {
			return err
		}
		links, vals = lg.links, lg.vals
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return links, vals, nil
}

// scanParts splits the log's ids 1..maxID into ranges [lo, hi), one per
// CPU (at most 8), none smaller than 64k ids; forcedParts, when set (by
// tests), is the number of ranges.
func scanParts(maxID uint64) [][2]uint64 {
	n := uint64(min(runtime.GOMAXPROCS(0), 8))
	n = max(1, min(n, maxID/65536))
	if forcedParts > 0 {
		n = uint64(forcedParts)
	}
	step := max(1, maxID/n)
	var parts [][2]uint64
	for lo := uint64(1); lo <= maxID; lo += step {
		parts = append(parts, [2]uint64{lo, min(lo+step, maxID+1)})
	}
	return parts
}

var forcedParts int

// scanLog calls fn with the id and the encoded entry (see decodePrimitive)
// of every entry of r's log whose 8-byte id key lies in one of parts, one
// goroutine and cursor per part; fn learns which part an entry is in and
// must only touch state of that part. The first error stops every part.
func (r *rawTx) scanLog(ctx context.Context, parts [][2]uint64, fn func(part int, id uint64, v []byte) error) error {
	return r.inParallel(ctx, len(parts), func(ctx context.Context, i int) error {
		part := parts[i]
		c := r.logB.Cursor()
		n := 0
		for k, v := c.Seek(key(part[0])); k != nil; k, v = c.Next() {
			if len(k) != 8 {
				continue
			}
			id := binary.BigEndian.Uint64(k)
			if id >= part[1] {
				return nil
			}
			if n++; n%65536 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if err := fn(i, id, v); err != nil {
				return err
			}
		}
		return nil
	})
}

// inParallel runs fn(ctx, 0) ... fn(ctx, n-1) on goroutines sharing r's
// read transaction (a read-only bolt transaction may be shared) and
// returns the first error; an error cancels the context the others see.
// A fault or panic in fn is the store's damaged error, as in reads on the
// caller's goroutine.
func (r *rawTx) inParallel(ctx context.Context, n int, fn func(ctx context.Context, i int) error) error {
	if n == 1 { // on this goroutine: starting one costs more than a short read
		return func() (err error) {
			defer func(onFault bool) {
				debug.SetPanicOnFault(onFault)
				if x := recover(); x != nil {
					err = r.s.damaged(x)
				}
			}(debug.SetPanicOnFault(true))
			return fn(ctx, 0)
		}()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			defer func(onFault bool) {
				debug.SetPanicOnFault(onFault)
				if x := recover(); x != nil {
					errs[i] = r.s.damaged(x)
				}
				if errs[i] != nil {
					cancel()
				}
			}(debug.SetPanicOnFault(true))
			errs[i] = fn(ctx, i)
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
	}
	return errors.Join(errs...)
}

// workers is how many goroutines a parallel read of n items uses: one per
// CPU, at most 8, and none for fewer than 256 items each.
func workers(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), 8, n/256))
}

// decodeValue is pquads.UnmarshalValue with a fast path for the values
// the schema is made of, a string or an IRI alone: the generated code's
// reflection costs a third of a whole-graph read. Anything else goes to
// pquads.
func decodeValue(b []byte) (quad.Value, error) {
	num, typ, n := protowire.ConsumeTag(b)
	if n > 0 && typ == protowire.BytesType && (num == 2 || num == 3) {
		v, m := protowire.ConsumeBytes(b[n:])
		if m > 0 && n+m == len(b) && utf8.Valid(v) {
			if num == 2 {
				return quad.String(v), nil
			}
			return quad.IRI(v), nil
		}
	}
	return pquads.UnmarshalValue(b)
}

// primitive is the part of Cayley's log entry (cayley/graph/proto's
// Primitive) the raw reads use.
type primitive struct {
	ID, Subject, Predicate, Object, Label uint64
	Value                                 []byte // a node's encoded value; aliases the input
	Deleted                               bool
}

// decodePrimitive reads a log entry with protowire: the generated code's
// reflection costs half of a whole-graph read.
func decodePrimitive(b []byte, p *primitive) error {
	*p = primitive{}
	for len(b) > 0 {
		var num protowire.Number
		var typ protowire.Type
		if b[0] < 0x80 && b[0]>>3 != 0 { // a field below 16: one byte
			num, typ = protowire.Number(b[0]>>3), protowire.Type(b[0]&7)
			b = b[1:]
		} else {
			var n int
			if num, typ, n = protowire.ConsumeTag(b); n < 0 {
				return protowire.ParseError(n)
			}
			b = b[n:]
		}
		switch typ {
		case protowire.VarintType:
			var v uint64
			var n int
			if len(b) > 0 && b[0] < 0x80 {
				v, n = uint64(b[0]), 1
			} else if v, n = protowire.ConsumeVarint(b); n < 0 {
				return protowire.ParseError(n)
			}
			b = b[n:]
			switch num {
			case 1:
				p.ID = v
			case 2:
				p.Subject = v
			case 3:
				p.Predicate = v
			case 4:
				p.Object = v
			case 5:
				p.Label = v
			case 9:
				p.Deleted = v != 0
			}
		case protowire.BytesType:
			v, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return protowire.ParseError(n)
			}
			b = b[n:]
			if num == 8 {
				p.Value = v
			}
		default:
			n := protowire.ConsumeFieldValue(num, typ, b)
			if n < 0 {
				return protowire.ParseError(n)
			}
			b = b[n:]
		}
	}
	return nil
}

// describeOnly is describe reading only the quads of the predicates
// only (a key range of "sp" each), with has reporting whether the store
// holds a quad (any label) from v by predicate p to object o, by one key
// look-up. Add reads a stored entity so: an entity holds an
// sg:mentionedIn quad for every document that names it and a direct edge
// for every fact it is the subject of, and reading them all made each
// batch's merge cost grow with the corpus. It returns errNoRaw when the
// store has no raw index (describe then).
func (s *Store) describeOnly(ctx context.Context, v quad.Value, only ...quad.IRI) (n node, has func(p quad.IRI, o quad.Value) (bool, error), err error) {
	vs := make([]quad.Value, 1+len(only))
	vs[0] = v
	for i, p := range only {
		vs[1+i] = p
	}
	ids, err := s.ids(vs)
	if err != nil {
		return nil, nil, err
	}
	id := ids[0]
	has = func(p quad.IRI, o quad.Value) (bool, error) {
		if id == 0 {
			return false, nil
		}
		po, err := s.ids([]quad.Value{p, o})
		if err != nil || po[0] == 0 || po[1] == 0 {
			return false, err
		}
		found := false
		err = s.raw(func(r *rawTx) error {
			v := r.opsB.Get(key(po[1], po[0], id))
			if v == nil {
				return nil
			}
			qids, err := decodeIDs(v)
			if err != nil {
				return err
			}
			var q primitive
			for _, qid := range qids {
				if err := r.primitive(qid, &q); err != nil {
					return err
				}
				if !q.Deleted && q.Subject == id && q.Predicate == po[0] && q.Object == po[1] {
					found = true
					return nil
				}
			}
			return nil
		})
		return found, err
	}
	if id == 0 {
		return nil, has, nil
	}
	type link struct{ pred, obj uint64 }
	var links []link
	err = s.raw(func(r *rawTx) error {
		var p primitive
		for _, pred := range ids[1:] {
			if pred == 0 {
				continue // a predicate the store does not hold
			}
			val := r.spB.Get(key(id, pred))
			if val == nil {
				continue
			}
			qids, err := decodeIDs(val)
			if err != nil {
				return err
			}
			for _, qid := range qids {
				if err := r.primitive(qid, &p); err != nil {
					return err
				}
				if !p.Deleted && p.Subject == id && p.Predicate == pred {
					links = append(links, link{pred, p.Object})
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	if len(links) == 0 {
		return nil, has, nil
	}
	need := make([]uint64, 0, 2*len(links))
	for _, l := range links {
		need = append(need, l.pred, l.obj)
	}
	vals, err := s.valuesOf(ctx, need)
	if err != nil {
		return nil, nil, err
	}
	n = make(node, 8)
	for _, l := range links {
		p, _ := vals[l.pred].(quad.IRI)
		o := vals[l.obj]
		if o == nil {
			return nil, nil, fmt.Errorf("node %d named by a quad has no value: %w", l.obj, ErrCorrupt)
		}
		n[p] = append(n[p], o)
	}
	return n, has, nil
}
