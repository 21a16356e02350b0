package graph

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"sync/atomic"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"google.golang.org/protobuf/encoding/protowire"
)

// logLinks is what one pass over Cayley's log finds (see rawAllLinks):
// the live quads of some predicates as node ids, and where the value of
// each node is. The values are decoded later, only those a reader asks
// for (load): a whole-graph read that keeps a fifth of the facts need not
// decode the arguments, sources and sentences of the rest. A logLinks is
// only good in the read transaction that made it: the encoded values are
// those of the memory-mapped file.
type logLinks struct {
	r     *rawTx
	links [][4]uint64
	// enc.get(id) is the encoded value of node id (see decodeValue), nil
	// for an id that is not a node's
	enc encIndex
	// vals[id] is the value of node id once loaded, nil before (and for
	// 0, no node).
	vals   []quad.Value
	loaded []bool
	mark   []bool // the nodes strings is reading, all false between calls
}

// predicateIDs returns the node ids of preds as a set: nil when preds is
// empty (every predicate), empty when the store holds none of them.
func (s *Store) predicateIDs(preds []quad.Value) (map[uint64]bool, error) {
	if len(preds) == 0 {
		return nil, nil
	}
	ids, err := s.ids(preds)
	if err != nil {
		return nil, err
	}
	want := map[uint64]bool{}
	for _, id := range ids {
		if id != 0 {
			want[id] = true
		}
	}
	return want, nil
}

// logLinks reads the live quads whose predicate is in want (every one
// when want is nil) in log order, by as many cursors as there are CPUs,
// each over its own range of ids; nil for an empty log. A quad naming a
// node the log does not hold is an ErrCorrupt error.
func (r *rawTx) logLinks(ctx context.Context, want map[uint64]bool) (*logLinks, error) {
	last, _ := r.logB.Cursor().Last()
	if len(last) != 8 {
		return nil, nil // an empty log
	}
	maxID := binary.BigEndian.Uint64(last)
	if maxID > 1<<34 {
		return nil, fmt.Errorf("log id %d: %w", maxID, ErrCorrupt)
	}
	var preds []uint64 // want as a list: a few ids, scanned faster than a map is looked up
	for id := range want {
		preds = append(preds, id)
	}
	lg := &logLinks{r: r}
	_, first := r.logB.Cursor().First()
	data := r.tx.DB().Info().Data // the memory map
	lg.enc.init(maxID+1, first, data, data+uintptr(r.tx.Size()))
	parts := scanParts(maxID)
	// Each part's links in place in one array with room for a link per
	// id, at the offset of the part's first id (a log entry is at most
	// one link), then moved down behind the previous part's: no chunks,
	// and no copy of the first part's. The room left is address space
	// only, never touched.
	all := make([][4]uint64, maxID+1)
	// Each part's count of links and decoded entry, a cache line apart.
	type partState struct {
		links int
		p     primitive
		_     [64]byte
	}
	state := make([]partState, len(parts))
	err := r.scanLog(ctx, parts, func(part int, id uint64, v []byte) error {
		st := &state[part]
		p := &st.p
		if err := decodePrimitive(v, p); err != nil {
			return fmt.Errorf("log entry %x: %v: %w", key(id), err, ErrCorrupt)
		}
		if len(p.Value) > 0 {
			lg.enc.set(id, p.Value)
			return nil
		}
		if p.Deleted || want != nil && !slices.Contains(preds, p.Predicate) {
			return nil
		}
		l := [4]uint64{p.Subject, p.Predicate, p.Object, p.Label}
		for _, id := range l {
			if id > maxID {
				return fmt.Errorf("quad names node %d past the log's end: %w", id, ErrCorrupt)
			}
		}
		all[parts[part][0]-1+uint64(st.links)] = l
		st.links++
		return nil
	})
	if err != nil {
		return nil, err
	}
	n := 0
	for k, st := range state {
		if lo := int(parts[k][0] - 1); lo != n {
			copy(all[n:], all[lo:lo+st.links])
		}
		n += st.links
	}
	lg.links = all[:n:n]
	var missing atomic.Bool
	parallel(len(lg.links), func(lo, hi int) {
		for _, l := range lg.links[lo:hi] {
			for _, id := range l {
				if id != 0 && !lg.enc.has(id) {
					missing.Store(true)
					return
				}
			}
		}
	})
	for i := 0; missing.Load() && i < len(lg.links); i++ { // the first
		for _, id := range lg.links[i] {
			if id != 0 && !lg.enc.has(id) {
				return nil, fmt.Errorf("node %d named by a quad is not in the log: %w", id, ErrCorrupt)
			}
		}
	}
	lg.vals = make([]quad.Value, maxID+1)
	lg.loaded = make([]bool, maxID+1)
	return lg, nil
}

// load decodes the values of the nodes ids that are not loaded yet (0
// is none) into lg.vals. Values loaded before are not written again:
// other goroutines may read them meanwhile.
func (lg *logLinks) load(ctx context.Context, ids []uint64) error {
	var todo []uint64
	for _, id := range ids {
		if id != 0 && !lg.loaded[id] {
			lg.loaded[id] = true
			todo = append(todo, id)
		}
	}
	err := lg.each(ctx, todo, func(id uint64, b []byte) error {
		x, err := decodeValue(b)
		if err != nil {
			return fmt.Errorf("node %d: %v: %w", id, err, ErrCorrupt)
		}
		lg.vals[id] = x
		return nil
	})
	if err != nil {
		return err
	}
	for _, id := range todo {
		if lg.vals[id] == nil {
			return fmt.Errorf("node %d named by a quad is not in the log: %w", id, ErrCorrupt)
		}
	}
	return nil
}

// strings calls fn with the text of each node of ids (valueString of its
// value) on every CPU, without decoding the common values, strings and
// IRIs: the bytes fn gets are only valid during the call. fn may be
// called at once for several nodes, once for each.
func (lg *logLinks) strings(ctx context.Context, ids []uint64, fn func(id uint64, s []byte)) error {
	if lg.mark == nil {
		lg.mark = make([]bool, lg.enc.len())
	}
	var todo []uint64
	for _, id := range ids {
		if id != 0 && id < uint64(len(lg.mark)) && !lg.mark[id] {
			lg.mark[id] = true
			todo = append(todo, id)
		}
	}
	defer func() {
		for _, id := range todo {
			lg.mark[id] = false
		}
	}()
	return lg.each(ctx, todo, func(id uint64, b []byte) error {
		if s, ok := stringBytes(b); ok {
			fn(id, s)
			return nil
		}
		x, err := decodeValue(b)
		if err != nil {
			return fmt.Errorf("node %d: %v: %w", id, err, ErrCorrupt)
		}
		fn(id, []byte(valueString(x)))
		return nil
	})
}

// each calls fn with the encoded value (see decodeValue) of each node of
// ids but 0, on every CPU: fn may be called at once for several nodes.
func (lg *logLinks) each(ctx context.Context, ids []uint64, fn func(id uint64, b []byte) error) error {
	w := workers(len(ids))
	return lg.r.inParallel(ctx, w, func(ctx context.Context, part int) error {
		for i := part * len(ids) / w; i < (part+1)*len(ids)/w; i++ {
			if i%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			id := ids[i]
			if id == 0 {
				continue
			}
			b := lg.enc.get(id)
			if b == nil {
				return fmt.Errorf("node %d named by a quad is not in the log: %w", id, ErrCorrupt)
			}
			if err := fn(id, b); err != nil {
				return err
			}
		}
		return nil
	})
}

// stringBytes returns the bytes of an encoded string or IRI value alone
// (what decodeValue decodes without pquads), ok false for anything
// else.
func stringBytes(b []byte) (_ []byte, ok bool) {
	num, typ, n := protowire.ConsumeTag(b)
	if n > 0 && typ == protowire.BytesType && (num == 2 || num == 3) {
		v, m := protowire.ConsumeBytes(b[n:])
		if m > 0 && n+m == len(b) && utf8.Valid(v) {
			return v, true
		}
	}
	return nil, false
}

// logValues are the values factsOf reads from a log (see factSource).
type logValues struct {
	ctx context.Context
	lg  *logLinks
}

func (v logValues) load(ids []uint64) error { return v.lg.load(v.ctx, ids) }

func (v logValues) strings(ids []uint64, fn func(id uint64, s []byte)) error {
	return v.lg.strings(v.ctx, ids, fn)
}
