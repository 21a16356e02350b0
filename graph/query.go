package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
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
