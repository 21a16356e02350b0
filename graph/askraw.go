package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"
)

// The reads below answer one question (neighbours, facts about an entity,
// a path) from Cayley's bolt layout (see raw.go) with as few B-tree
// searches as they can: on a graph of a million quads each search touches
// pages scattered over a file of a gigabyte, and the time of an answer is
// the number of searches times a few cache misses. They look keys up in
// sorted order, so that successive searches share their pages, and they
// read only the quads of the predicates they need (a node's title, not its
// every quad; an entity's names, not its thousands of edges).

// entityPreds are the predicates decodeEntity reads.
var entityPreds = []quad.IRI{predName, predType, predAlias, predRole, predMentions, predMentioned, predEvidence}

// entityNode is describe for an entity: only the quads of entityPreds,
// so that a hub's tens of thousands of edges are not read to learn its
// name.
func (s *Store) entityNode(ctx context.Context, iri quad.IRI) (node, error) {
	n, err := s.describePreds(ctx, iri, entityPreds)
	if errors.Is(err, errNoRaw) {
		return s.describe(ctx, iri)
	}
	return n, err
}

// describePreds returns the quads of v with one of preds as predicate,
// grouped by predicate as describe does, read from the raw index (one
// key per predicate); nil when v has none.
func (s *Store) describePreds(ctx context.Context, v quad.Value, preds []quad.IRI) (node, error) {
	if s.bdb == nil {
		return nil, errNoRaw
	}
	vs := make([]quad.Value, 0, 1+len(preds))
	vs = append(vs, v)
	for _, p := range preds {
		vs = append(vs, p)
	}
	ids, err := s.ids(vs)
	if err != nil || ids[0] == 0 {
		return nil, err
	}
	var objs, byPred []uint64
	err = s.raw(func(r *rawTx) error {
		var p primitive
		for i, pid := range ids[1:] {
			if pid == 0 {
				continue
			}
			qids, err := decodeIDs(r.spB.Get(key(ids[0], pid)))
			if err != nil {
				return err
			}
			for _, q := range qids {
				if err := r.primitive(q, &p); err != nil {
					return err
				}
				if !p.Deleted && p.Subject == ids[0] && p.Predicate == pid {
					objs = append(objs, p.Object)
					byPred = append(byPred, uint64(i))
				}
			}
		}
		return nil
	})
	if err != nil || len(objs) == 0 {
		return nil, err
	}
	vals, err := s.valuesOf(ctx, objs)
	if err != nil {
		return nil, err
	}
	n := make(node, len(preds))
	for i, o := range objs {
		x := vals[o]
		if x == nil {
			return nil, fmt.Errorf("node %d named by a quad has no value: %w", o, ErrCorrupt)
		}
		p := preds[byPred[i]]
		n[p] = append(n[p], x)
	}
	return n, nil
}

// hashIDs is ids for many values: the look-ups go in the order of the
// values' hashes (the order of Cayley's 'v' buckets and of their keys), on
// every CPU.
func (s *Store) hashIDs(ctx context.Context, vs []quad.Value) ([]uint64, error) {
	type item struct {
		h refs.ValueHash
		i int
	}
	items := make([]item, 0, len(vs))
	for i, v := range vs {
		if v != nil {
			items = append(items, item{refs.HashOf(v), i})
		}
	}
	slices.SortFunc(items, func(a, b item) int { return bytes.Compare(a.h[:], b.h[:]) })
	out := make([]uint64, len(vs))
	err := s.raw(func(r *rawTx) error {
		w := workers(len(items))
		return r.inParallel(ctx, w, func(ctx context.Context, part int) error {
			name := [3]byte{'v'}
			var b *bolt.Bucket
			opened := false
			for _, it := range items[part*len(items)/w : (part+1)*len(items)/w] {
				if !opened || name[1] != it.h[0] || name[2] != it.h[1] {
					name[1], name[2] = it.h[0], it.h[1]
					b, opened = r.tx.Bucket(name[:]), true
				}
				if b == nil {
					continue
				}
				if x := b.Get(it.h[:]); len(x) > 0 {
					out[it.i], _ = binary.Uvarint(x)
				}
			}
			return ctx.Err()
		})
	})
	return out, err
}

// objectValues returns, for each node id of ids, the object of its first
// live quad with predicate pred (one key of "sp" and one log entry per
// node, in id order, on every CPU); a node without one has no entry.
func (s *Store) objectValues(ctx context.Context, ids []uint64, pred quad.IRI) (map[uint64]quad.Value, error) {
	pid, err := s.id(pred)
	if err != nil || pid == 0 {
		return nil, err
	}
	ids = slices.Clone(ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	objs := make([]uint64, len(ids))
	err = s.raw(func(r *rawTx) error {
		w := workers(len(ids))
		return r.inParallel(ctx, w, func(ctx context.Context, part int) error {
			var p primitive
			for i := part * len(ids) / w; i < (part+1)*len(ids)/w; i++ {
				if ids[i] == 0 {
					continue
				}
				qids, err := decodeIDs(r.spB.Get(key(ids[i], pid)))
				if err != nil {
					return err
				}
				for _, q := range qids {
					if err := r.primitive(q, &p); err != nil {
						return err
					}
					if !p.Deleted && p.Subject == ids[i] && p.Predicate == pid {
						objs[i] = p.Object
						break
					}
				}
			}
			return ctx.Err()
		})
	})
	if err != nil {
		return nil, err
	}
	vals, err := s.valuesOf(ctx, objs)
	if err != nil {
		return nil, err
	}
	out := make(map[uint64]quad.Value, len(ids))
	for i, id := range ids {
		if objs[i] == 0 {
			continue
		}
		x := vals[objs[i]]
		if x == nil {
			return nil, fmt.Errorf("node %d named by a quad has no value: %w", objs[i], ErrCorrupt)
		}
		out[id] = x
	}
	return out, nil
}

// counts returns the number of quads with predicate p of each node of ids
// (sorted), deleted ones included, from the "sp" entries alone: in order,
// on every CPU.
func (r *rawTx) counts(ctx context.Context, ids []uint64, p uint64) ([]int, error) {
	out := make([]int, len(ids))
	if p == 0 {
		return out, nil
	}
	w := workers(len(ids))
	err := r.inParallel(ctx, w, func(ctx context.Context, part int) error {
		for i := part * len(ids) / w; i < (part+1)*len(ids)/w; i++ {
			if i%1024 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			n, err := r.count(ids[i], p)
			if err != nil {
				return err
			}
			out[i] = n
		}
		return nil
	})
	return out, err
}

// nodeStrings returns the text of the first quad with predicate pred of
// each node of vs (node.str of its description), "" for a node without
// one: the nodes' ids by hashIDs, then one key of "sp" and one log entry
// each by objectValues, instead of every quad of every node.
func (s *Store) nodeStrings(ctx context.Context, vs []quad.Value, pred quad.IRI) ([]string, error) {
	out := make([]string, len(vs))
	if len(vs) == 0 {
		return out, nil
	}
	if s.bdb == nil {
		nodes, err := s.describeMany(ctx, vs)
		if err != nil {
			return nil, err
		}
		for i, v := range vs {
			out[i] = nodes[v.String()].str(pred)
		}
		return out, nil
	}
	ids, err := s.hashIDs(ctx, vs)
	if err != nil {
		return nil, err
	}
	vals, err := s.objectValues(ctx, ids, pred)
	if err != nil {
		return nil, err
	}
	for i, id := range ids {
		if x := vals[id]; x != nil && id != 0 {
			out[i] = valueString(x)
		}
	}
	return out, nil
}

// factNodes returns the values of the nodes ids sorted by their string
// form, with their ids (nodes without a value left
// out), for answer.factsByID.
func (s *Store) factNodes(ctx context.Context, ids []uint64) ([]quad.Value, []uint64, error) {
	m, err := s.valuesOf(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	type pair struct {
		v  quad.Value
		k  string
		id uint64
	}
	ps := make([]pair, 0, len(m))
	for id, v := range m {
		if v != nil {
			ps = append(ps, pair{v, v.String(), id})
		}
	}
	slices.SortFunc(ps, func(a, b pair) int { return strings.Compare(a.k, b.k) })
	vs := make([]quad.Value, len(ps))
	out := make([]uint64, len(ps))
	for i, p := range ps {
		vs[i], out[i] = p.v, p.id
	}
	return vs, out, nil
}

// factsBound is how many facts of an entity factCount counts at most.
const factsBound = 1024

// factCount returns the number of facts that have entity e as subject or
// object, counting at most bound of each from the keys of "ops"; 0 when
// the store has no raw index (every entity then looks alike).
func (s *Store) factCount(e quad.IRI, bound int) int {
	ids, err := s.ids([]quad.Value{e, predSubject, predObject})
	if err != nil || ids[0] == 0 {
		return 0
	}
	n := 0
	err = s.raw(func(r *rawTx) error {
		c := r.opsB.Cursor()
		for _, p := range ids[1:] {
			pref, m := key(ids[0], p), 0
			for k, _ := c.Seek(pref); k != nil && bytes.HasPrefix(k, pref) && m < bound; k, _ = c.Next() {
				m++
			}
			n += m
		}
		return nil
	})
	if err != nil {
		return 0
	}
	return n
}

// describeFacts is describeIDs for fact nodes on every CPU even when they
// are few: describeIDs gives each CPU 256 nodes at least, but a hub's
// best-reported facts have hundreds of sources each.
func (s *Store) describeFacts(ctx context.Context, vs []quad.Value, ids []uint64) (map[string]node, error) {
	w := min(runtime.GOMAXPROCS(0), 8, len(ids))
	if w < 2 || workers(len(ids)) >= w {
		return s.describeIDs(ctx, vs, ids)
	}
	parts := make([]map[string]node, w)
	errs := make([]error, w)
	var wg sync.WaitGroup
	for i := range w {
		lo, hi := i*len(ids)/w, (i+1)*len(ids)/w
		wg.Go(func() {
			defer func(onFault bool) { // as in inParallel
				debug.SetPanicOnFault(onFault)
				if x := recover(); x != nil {
					errs[i] = s.damaged(x)
				}
			}(debug.SetPanicOnFault(true))
			parts[i], errs[i] = s.describeIDs(ctx, vs[lo:hi], ids[lo:hi])
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	out := parts[0]
	for _, p := range parts[1:] {
		maps.Copy(out, p)
	}
	return out, nil
}

// dropGated returns the fact nodes vs, with their ids, less the raw
// extractions among them (see gatedFacts), in their order; vs unchanged
// when their ids are not known (ids is not as long as vs).
func (s *Store) dropGated(ctx context.Context, vs []quad.Value, ids []uint64) ([]quad.Value, []uint64, error) {
	if ids == nil || len(ids) != len(vs) {
		return vs, ids, nil
	}
	gated, err := s.gatedFacts(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	keep := 0
	for i := range vs {
		if !gated[i] {
			vs[keep], ids[keep] = vs[i], ids[i]
			keep++
		}
	}
	return vs[:keep], ids[:keep], nil
}

// gatedFacts reports, for each fact node of ids, whether the record
// decodeFact would choose has a gate (a raw extraction): from the node's
// sg:fact quads alone (one key of "sp", their log entries and values), on
// every CPU, without its arguments, sources or sentences.
func (s *Store) gatedFacts(ctx context.Context, ids []uint64) ([]bool, error) {
	out := make([]bool, len(ids))
	pid, err := s.id(predFact)
	if err != nil || pid == 0 {
		return out, err
	}
	objs := make([][]uint64, len(ids))
	err = s.raw(func(r *rawTx) error {
		w := workers(len(ids))
		return r.inParallel(ctx, w, func(ctx context.Context, part int) error {
			var p primitive
			for i := part * len(ids) / w; i < (part+1)*len(ids)/w; i++ {
				if i%1024 == 0 && ctx.Err() != nil {
					return ctx.Err()
				}
				qids, err := decodeIDs(r.spB.Get(key(ids[i], pid)))
				if err != nil {
					return err
				}
				for _, q := range qids {
					if err := r.primitive(q, &p); err != nil {
						return err
					}
					if !p.Deleted && p.Subject == ids[i] && p.Predicate == pid {
						objs[i] = append(objs[i], p.Object)
					}
				}
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	vals, err := s.valuesOf(ctx, slices.Concat(objs...))
	if err != nil {
		return nil, err
	}
	for i, os := range objs {
		n := node{predFact: make([]quad.Value, 0, len(os))}
		for _, o := range os {
			x := vals[o]
			if x == nil {
				return nil, fmt.Errorf("node %d named by a quad has no value: %w", o, ErrCorrupt)
			}
			n[predFact] = append(n[predFact], x)
		}
		if rs := records(n); len(rs) > 0 && rs[0].Gate != "" {
			out[i] = true
		}
	}
	return out, nil
}
