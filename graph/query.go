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

// QueryOptions tunes [Store.Query]. The zero value returns every result.
type QueryOptions struct {
	// Limit stops the query after this many results; 0 or less means no
	// limit.
	Limit int
}

// Query runs a Gizmo (lang "gizmo") or GraphQL (lang "graphql") query and
// writes its results to w as JSON lines, one result per line as each comes
// (a GraphQL query has one result, its whole answer). IRIs are written in
// angle brackets ("<e:person:ada_lovelace>"), literals as JSON values.
// Syntax and run-time errors of the query are returned, prefixed with the
// language; an unknown language gives an error wrapping [ErrLanguage].
//
// The query stops when ctx is done, even inside a Gizmo script that loops
// for ever (Cayley interrupts its JavaScript VM), with an error wrapping
// ctx.Err(). Each call runs in a fresh session (a Gizmo session cannot be
// reused).
func (s *Store) Query(ctx context.Context, lang, q string, opts QueryOptions, w io.Writer) (err error) {
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
	defer func() {
		// Cayley's SQL optimizer panics on some shapes (a nil filter in
		// optimizeQuadsAction, seen with nested GraphQL objects).
		if r := recover(); r != nil {
			err = fmt.Errorf("graph: %s query: %s cannot run it (cayley: %v): %w", lang, s.name(), r, ErrUnsupported)
		}
	}()
	it, err := sess.Execute(ctx, q, query.Options{Collation: query.JSON, Limit: max(opts.Limit, 0)})
	if err != nil {
		return fmt.Errorf("graph: %s query: %w", lang, err)
	}
	defer it.Close()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // IRIs read "<e:...>", not "\u003ce:...\u003e"
	n := 0
	// The session stops itself at the limit; the results are read to the
	// end all the same, since closing a Gizmo iterator early can leave its
	// read transaction open, and closing the store then waits for ever.
	for it.Next(ctx) {
		r := it.Result()
		if m, ok := r.(map[string]any); r == nil || (ok && len(m) == 0) {
			continue // no value: the SQL backend yields g.V("<absent>")
		}
		if opts.Limit > 0 && n >= opts.Limit {
			continue
		}
		if err := enc.Encode(native(r)); err != nil {
			return fmt.Errorf("graph: %s query: write results: %w", lang, err)
		}
		n++
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("graph: %s query: %w", lang, err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("graph: %s query: %w", lang, err)
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
