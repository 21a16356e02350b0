package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/graphql"
	"github.com/cayleygraph/quad"
)

// Query runs a Gizmo (lang "gizmo") or GraphQL (lang "graphql") query and
// writes its results to w as indented JSON: for Gizmo an array with one
// element per result, for GraphQL the result object. IRIs are written in
// angle brackets ("<e:person:ada_lovelace>"), literals as JSON values.
// Syntax and run-time errors of the query are returned, prefixed with the
// language; an unknown language gives an error wrapping [ErrLanguage].
//
// Each call runs in a fresh session (a Gizmo session cannot be reused).
func (s *Store) Query(ctx context.Context, lang, q string, w io.Writer) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	var sess query.Session
	switch lang {
	case "gizmo":
		sess = gizmo.NewSession(s.qs)
	case "graphql":
		sess = graphql.NewSession(s.qs)
	default:
		return fmt.Errorf("graph: query: %q: %w", lang, ErrLanguage)
	}
	it, err := sess.Execute(ctx, q, query.Options{Collation: query.JSON})
	if err != nil {
		return fmt.Errorf("graph: %s query: %w", lang, err)
	}
	defer it.Close()
	results := []any{}
	for it.Next(ctx) {
		if r := it.Result(); r != nil {
			results = append(results, native(r))
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("graph: %s query: %w", lang, err)
	}
	var out any = results
	if lang == "graphql" {
		out = map[string]any{}
		if len(results) > 0 {
			out = results[0]
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // IRIs read "<e:...>", not "\u003ce:...\u003e"
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("graph: %s query: write results: %w", lang, err)
	}
	return nil
}

// Edge is one direct subject→relation→object edge of the graph. From and To
// are entity names, or the argument text when the argument is not an entity
// (then the ID is empty). Relation is the normalised relation (lemma, with
// "not" and the modality in front when present).
type Edge struct {
	From     string `json:"from"`
	FromID   string `json:"from_id,omitempty"`
	Relation string `json:"relation"`
	To       string `json:"to"`
	ToID     string `json:"to_id,omitempty"`
}

// names caches entity names for the edges of one call.
type names struct {
	s     *Store
	ctx   context.Context
	cache map[quad.IRI]string
}

func (n *names) edge(q quad.Quad) (Edge, error) {
	e := Edge{Relation: relationText(q.Predicate)}
	var err error
	if e.From, e.FromID, err = n.of(q.Subject); err != nil {
		return e, err
	}
	e.To, e.ToID, err = n.of(q.Object)
	return e, err
}

// of returns the display name and entity id of v.
func (n *names) of(v quad.Value) (name, id string, err error) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return valueString(v), "", nil
	}
	if name, ok := n.cache[iri]; ok {
		return name, string(iri), nil
	}
	d, err := n.s.describe(n.ctx, iri)
	if err != nil {
		return "", "", err
	}
	name = d.str(predName)
	if name == "" {
		name = string(iri)
	}
	n.cache[iri] = name
	return name, string(iri), nil
}

// edgesOf returns the direct edges into and out of v.
func (s *Store) edgesOf(ctx context.Context, v quad.Value) ([]quad.Quad, error) {
	var out []quad.Quad
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		qs, err := s.quadsOf(ctx, dir, v)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			if !isSchema(q.Predicate) {
				out = append(out, q)
			}
		}
	}
	return out, nil
}

func sortEdges(es []Edge) []Edge {
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		switch {
		case a.From != b.From:
			return a.From < b.From
		case a.Relation != b.Relation:
			return a.Relation < b.Relation
		case a.To != b.To:
			return a.To < b.To
		case a.FromID != b.FromID:
			return a.FromID < b.FromID
		}
		return a.ToID < b.ToID
	})
	return slices.Compact(es)
}

// Neighbours returns the direct edges into and out of the entities whose
// name, alias or id is name (case-insensitive), sorted by from, relation, to.
// It fails with an error wrapping [ErrNotFound] when no entity matches.
func (s *Store) Neighbours(ctx context.Context, name string) ([]Edge, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, ErrClosed
	}
	ents, err := s.resolve(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("graph: neighbours of %q: %w", name, err)
	}
	if len(ents) == 0 {
		return nil, fmt.Errorf("graph: neighbours of %q: no such entity: %w", name, ErrNotFound)
	}
	nm := &names{s: s, ctx: ctx, cache: map[quad.IRI]string{}}
	var out []Edge
	for _, e := range ents {
		qs, err := s.edgesOf(ctx, e)
		if err != nil {
			return nil, fmt.Errorf("graph: neighbours of %q: %w", name, err)
		}
		for _, q := range qs {
			edge, err := nm.edge(q)
			if err != nil {
				return nil, fmt.Errorf("graph: neighbours of %q: %w", name, err)
			}
			out = append(out, edge)
		}
	}
	return sortEdges(out), nil
}

// Path returns a shortest chain of direct edges between two entities, each
// given by name, alias or id, following edges in either direction through
// entities only (not through plain-text arguments). Edges keep their own
// direction. maxDepth bounds the number of edges; 0 or less means no bound.
// Among equally short paths the one through the smallest ids is chosen. It
// returns nil when no path exists within maxDepth, an empty path when both
// names denote the same entity, and an error wrapping [ErrNotFound] when a
// name matches no entity.
//
// The search is breadth-first and reads the edges of every entity it
// reaches: O(V+E) of the entity graph in the worst case.
func (s *Store) Path(ctx context.Context, from, to string, maxDepth int) ([]Edge, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, ErrClosed
	}
	fail := func(err error) ([]Edge, error) {
		return nil, fmt.Errorf("graph: path from %q to %q: %w", from, to, err)
	}
	starts, err := s.resolve(ctx, from)
	if err != nil {
		return fail(err)
	}
	if len(starts) == 0 {
		return fail(fmt.Errorf("no entity %q: %w", from, ErrNotFound))
	}
	goals, err := s.resolve(ctx, to)
	if err != nil {
		return fail(err)
	}
	if len(goals) == 0 {
		return fail(fmt.Errorf("no entity %q: %w", to, ErrNotFound))
	}
	isGoal := map[quad.IRI]bool{}
	for _, g := range goals {
		isGoal[g] = true
	}
	type step struct {
		prev quad.IRI
		via  quad.Quad
	}
	reached := map[quad.IRI]*step{}
	frontier := slices.Clone(starts)
	for _, st := range starts {
		reached[st] = nil
		if isGoal[st] {
			return []Edge{}, nil
		}
	}
	var goal quad.IRI
	for depth := 0; goal == "" && len(frontier) > 0 && (maxDepth <= 0 || depth < maxDepth); depth++ {
		var next []quad.IRI
		for _, u := range frontier {
			qs, err := s.edgesOf(ctx, u)
			if err != nil {
				return fail(err)
			}
			type hop struct {
				v quad.IRI
				q quad.Quad
			}
			var hops []hop
			for _, q := range qs {
				other := q.Object
				if sameValue(q.Object, u) {
					other = q.Subject
				}
				if v, ok := other.(quad.IRI); ok {
					hops = append(hops, hop{v, q})
				}
			}
			sort.Slice(hops, func(i, j int) bool {
				if hops[i].v != hops[j].v {
					return hops[i].v < hops[j].v
				}
				return hops[i].q.String() < hops[j].q.String()
			})
			for _, h := range hops {
				if _, ok := reached[h.v]; ok {
					continue
				}
				reached[h.v] = &step{prev: u, via: h.q}
				next = append(next, h.v)
				if isGoal[h.v] && goal == "" {
					goal = h.v
				}
			}
			if goal != "" {
				break
			}
		}
		frontier = next
	}
	if goal == "" {
		return nil, nil
	}
	var chain []quad.Quad
	for v := goal; reached[v] != nil; v = reached[v].prev {
		chain = append(chain, reached[v].via)
	}
	slices.Reverse(chain)
	nm := &names{s: s, ctx: ctx, cache: map[quad.IRI]string{}}
	out := make([]Edge, 0, len(chain))
	for _, q := range chain {
		e, err := nm.edge(q)
		if err != nil {
			return fail(err)
		}
		out = append(out, e)
	}
	return out, nil
}

// native turns the quad values in a query result into JSON-friendly values:
// IRIs keep their angle brackets, literals become their Go values.
func native(v any) any {
	switch v := v.(type) {
	case quad.IRI, quad.BNode:
		return v.(quad.Value).String()
	case quad.Time:
		return time.Time(v).UTC().Format(time.RFC3339Nano)
	case quad.Value:
		n := v.Native()
		if _, ok := n.(quad.Value); ok {
			return v.String()
		}
		return native(n)
	case []quad.Value:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = native(x)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = native(x)
		}
		return out
	case []map[string]any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = native(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = native(x)
		}
		return out
	case time.Time:
		return v.UTC().Format(time.RFC3339Nano)
	}
	return v
}
