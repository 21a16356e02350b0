package graph

import (
	"context"
	"fmt"
	"runtime/debug"
	"slices"
	"sort"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"

	"github.com/storygraph/storygraph/extract"
)

var (
	_ gonum.Directed         = (*Snapshot)(nil)
	_ gonum.WeightedDirected = (*Snapshot)(nil)
	_ gonum.WeightedEdge     = Link{}
)

// Node is an entity in a [Snapshot].
type Node struct {
	id     int64
	Entity extract.Entity
}

// ID returns the node's integer id in its snapshot.
func (n Node) ID() int64 { return n.id }

// Link is a directed edge of a [Snapshot]: all facts whose subject entity is
// From and whose object entity is To. Its weight is the number of facts.
type Link struct {
	F, T  Node
	Facts []extract.Fact // sorted by fact id
}

// From returns the subject entity's node.
func (l Link) From() gonum.Node { return l.F }

// To returns the object entity's node.
func (l Link) To() gonum.Node { return l.T }

// ReversedEdge returns the link with its ends swapped.
func (l Link) ReversedEdge() gonum.Edge { return Link{F: l.T, T: l.F, Facts: l.Facts} }

// Weight returns the number of facts the link stands for.
func (l Link) Weight() float64 { return float64(len(l.Facts)) }

// Snapshot is an immutable copy of a store's entity graph as a gonum
// directed, weighted graph: one [Node] per entity and one [Link] per ordered
// pair of entities joined by at least one fact (subject → object).
//
// Node ids are 0..n-1 in the order of the sorted entity ids (IRIs), so the
// same store content always gives the same ids. Facts whose subject and
// object are the same entity, or that have a non-entity argument, give no
// link; they are still in [Snapshot.Facts]. Entities that facts refer to but
// that the store does not describe get a node whose name is their id.
//
// All methods return nodes in increasing id order, so algorithms that walk
// the graph are deterministic. A Snapshot is safe for concurrent reads.
type Snapshot struct {
	nodes []Node
	index map[string]int64
	out   [][]int64 // sorted successor ids
	in    [][]int64 // sorted predecessor ids
	links map[[2]int64]*Link
	// Facts holds every graph fact of the store (no raw extractions) in
	// [Store.Facts] order.
	Facts []extract.Fact
}

// Snapshot reads the entities and graph facts of the store into a
// [Snapshot]; raw extractions (a non-empty [extract.Fact.Gate]) are left out.
func (s *Store) Snapshot(ctx context.Context) (_ *Snapshot, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return nil, ErrClosed
	}
	ents, err := s.entities(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: snapshot of %s: %w", s.name(), err)
	}
	facts, err := s.facts(ctx, FactFilter{})
	if err != nil {
		return nil, fmt.Errorf("graph: snapshot of %s: %w", s.name(), err)
	}
	return NewSnapshot(ents, facts), nil
}

// NewSnapshot builds a snapshot from entities and facts, as [Store.Snapshot]
// does; it is useful for tests and for graphs that never were stored.
func NewSnapshot(ents []extract.Entity, facts []extract.Fact) *Snapshot {
	byID := map[string]extract.Entity{}
	for _, e := range ents {
		if _, ok := byID[e.ID]; !ok {
			byID[e.ID] = e
		}
	}
	for _, f := range facts {
		for _, id := range []string{f.SubjectID, f.ObjectID} {
			if _, ok := byID[id]; id != "" && !ok {
				byID[id] = extract.Entity{ID: id, Name: id, Aliases: []string{}, Docs: []string{}}
			}
		}
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	g := &Snapshot{
		nodes: make([]Node, len(ids)),
		index: make(map[string]int64, len(ids)),
		out:   make([][]int64, len(ids)),
		in:    make([][]int64, len(ids)),
		links: map[[2]int64]*Link{},
		Facts: facts,
	}
	for i, id := range ids {
		g.nodes[i] = Node{id: int64(i), Entity: byID[id]}
		g.index[id] = int64(i)
	}
	for _, f := range facts {
		if f.SubjectID == "" || f.ObjectID == "" || f.SubjectID == f.ObjectID {
			continue
		}
		u, v := g.index[f.SubjectID], g.index[f.ObjectID]
		l := g.links[[2]int64{u, v}]
		if l == nil {
			l = &Link{F: g.nodes[u], T: g.nodes[v]}
			g.links[[2]int64{u, v}] = l
			g.out[u] = append(g.out[u], v)
			g.in[v] = append(g.in[v], u)
		}
		l.Facts = append(l.Facts, f)
	}
	for i := range g.nodes {
		slices.Sort(g.out[i])
		slices.Sort(g.in[i])
	}
	for _, l := range g.links {
		sort.SliceStable(l.Facts, func(i, j int) bool { return l.Facts[i].ID < l.Facts[j].ID })
	}
	return g
}

// NodeOf returns the node id of the entity with the given id.
func (g *Snapshot) NodeOf(entityID string) (int64, bool) {
	id, ok := g.index[entityID]
	return id, ok
}

// Len returns the number of nodes.
func (g *Snapshot) Len() int { return len(g.nodes) }

func (g *Snapshot) valid(id int64) bool { return id >= 0 && id < int64(len(g.nodes)) }

// Node returns the node with the given id, or nil.
func (g *Snapshot) Node(id int64) gonum.Node {
	if !g.valid(id) {
		return nil
	}
	return g.nodes[id]
}

// Entity returns the entity of node id.
func (g *Snapshot) Entity(id int64) (extract.Entity, bool) {
	if !g.valid(id) {
		return extract.Entity{}, false
	}
	return g.nodes[id].Entity, true
}

func (g *Snapshot) list(ids []int64) gonum.Nodes {
	if len(ids) == 0 {
		return gonum.Empty
	}
	ns := make([]gonum.Node, len(ids))
	for i, id := range ids {
		ns[i] = g.nodes[id]
	}
	return iterator.NewOrderedNodes(ns)
}

// Nodes returns all nodes in id order.
func (g *Snapshot) Nodes() gonum.Nodes {
	if len(g.nodes) == 0 {
		return gonum.Empty
	}
	ns := make([]gonum.Node, len(g.nodes))
	for i := range g.nodes {
		ns[i] = g.nodes[i]
	}
	return iterator.NewOrderedNodes(ns)
}

// From returns the objects of the facts whose subject is node id.
func (g *Snapshot) From(id int64) gonum.Nodes {
	if !g.valid(id) {
		return gonum.Empty
	}
	return g.list(g.out[id])
}

// To returns the subjects of the facts whose object is node id.
func (g *Snapshot) To(id int64) gonum.Nodes {
	if !g.valid(id) {
		return gonum.Empty
	}
	return g.list(g.in[id])
}

// HasEdgeBetween reports whether a link joins x and y in either direction.
func (g *Snapshot) HasEdgeBetween(xid, yid int64) bool {
	return g.HasEdgeFromTo(xid, yid) || g.HasEdgeFromTo(yid, xid)
}

// HasEdgeFromTo reports whether a link goes from u to v.
func (g *Snapshot) HasEdgeFromTo(uid, vid int64) bool {
	_, ok := g.links[[2]int64{uid, vid}]
	return ok
}

// Edge returns the link from u to v, or nil.
func (g *Snapshot) Edge(uid, vid int64) gonum.Edge {
	if l := g.links[[2]int64{uid, vid}]; l != nil {
		return *l
	}
	return nil
}

// WeightedEdge returns the link from u to v, or nil.
func (g *Snapshot) WeightedEdge(uid, vid int64) gonum.WeightedEdge {
	if l := g.links[[2]int64{uid, vid}]; l != nil {
		return *l
	}
	return nil
}

// Link returns the link from u to v.
func (g *Snapshot) Link(uid, vid int64) (Link, bool) {
	if l := g.links[[2]int64{uid, vid}]; l != nil {
		return *l, true
	}
	return Link{}, false
}

// Weight returns the number of facts from x to y; it is 0 and true for
// x == y, and 0 and false when no link joins them.
func (g *Snapshot) Weight(xid, yid int64) (float64, bool) {
	if xid == yid {
		return 0, g.valid(xid)
	}
	if l := g.links[[2]int64{xid, yid}]; l != nil {
		return l.Weight(), true
	}
	return 0, false
}
