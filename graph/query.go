package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/graphql"
	"github.com/cayleygraph/quad"
)

// QueryOptions tunes [Store.Query]. The zero value returns every result
// and stops a query that holds more than [DefaultQueryMemory].
type QueryOptions struct {
	// Limit stops the query after this many results; 0 or less means no
	// limit.
	Limit int
	// MaxMemory stops the query, with an error wrapping [ErrQueryMemory],
	// once the memory the program holds has grown by more than this many
	// bytes since the query began (a Gizmo script collecting a whole graph
	// with ToArray, or looping to build one in JavaScript). 0 means
	// [DefaultQueryMemory]; less than 0 means no cap.
	MaxMemory int64
}

// DefaultQueryMemory is the memory a query may take when
// [QueryOptions.MaxMemory] is 0.
const DefaultQueryMemory = 1 << 30

// ErrQueryMemory: a query took more memory than [QueryOptions.MaxMemory].
var ErrQueryMemory = errors.New("graph: query took too much memory")

// memoryPoll is how often a query's memory is looked at.
const memoryPoll = 10 * time.Millisecond

// heapBytes returns the bytes the Go heap holds in live and not yet swept
// objects, read without stopping the program.
func heapBytes() int64 {
	m := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(m)
	if m[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(m[0].Value.Uint64())
}

// watchMemory returns a context cancelled with cause ErrQueryMemory once
// the heap has grown by more than max bytes, and the function that stops
// watching. The heap counts garbage not yet collected: a collection is
// forced before giving up, so that only memory the query holds counts.
func watchMemory(ctx context.Context, max int64) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	base := heapBytes()
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(memoryPoll)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				if heapBytes()-base <= max {
					continue
				}
				runtime.GC()
				if heapBytes()-base > max {
					cancel(fmt.Errorf("held more than %d MB: %w", max>>20, ErrQueryMemory))
					return
				}
			}
		}
	}()
	return ctx, func() { close(done); cancel(nil) }
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
	if opts.MaxMemory >= 0 {
		max := opts.MaxMemory
		if max == 0 {
			max = DefaultQueryMemory
		}
		var stop func()
		ctx, stop = watchMemory(ctx, max)
		defer stop()
		defer func() {
			if c := context.Cause(ctx); err != nil && errors.Is(c, ErrQueryMemory) {
				err = fmt.Errorf("graph: %s query stopped: it %w", lang, c)
			}
		}()
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
	onFault := debug.SetPanicOnFault(true)
	defer func() {
		debug.SetPanicOnFault(onFault)
		r := recover()
		switch {
		case r == nil:
		case s.sql:
			// Cayley's SQL optimizer panics on some shapes (a nil filter in
			// optimizeQuadsAction, seen with nested GraphQL objects).
			err = fmt.Errorf("graph: %s query: %s cannot run it (cayley: %v): %w", lang, s.name(), r, ErrUnsupported)
		default:
			// A damaged file or a shape Cayley fails on: say both.
			err = fmt.Errorf("graph: %s query: cayley failed on it (%v); if other commands fail on %s too, "+
				"the file is damaged: %w", lang, r, s.name(), ErrUnsupported)
		}
	}()
	if lang == "gizmo" {
		q = gizmoGuard + q
	}
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

// gizmoGuard runs before every Gizmo query, on the query's first line so
// that error positions keep their line numbers. Cayley's path methods
// dereference what they are given as a path or a predicate without a check
// ("g.V().Follow(g)", "g.V().Out({})"), in a goroutine of its own where no
// recover can reach, so one query could end the whole process
// (FuzzGizmo). The guard hands the query the graph object wrapped in a
// JavaScript Proxy (over an empty object: Cayley's methods are read-only
// properties, which a Proxy of the object itself must return as they
// are), and so every path made from it: a method that takes a
// path (Follow, And, Union, ...) gets one made from g or throws a
// TypeError, a method that takes predicates (Out, In, Both, LabelContext,
// FollowRecursive) gets values, arrays of them or paths, and the wrapped
// paths are unwrapped before Cayley sees them. Results are unchanged.
const gizmoGuard = `(function(){var W=new WeakMap(),P={follow:1,followr:1,and:1,intersect:1,union:1,or:1,except:1,difference:1},` +
	`V={"in":1,out:1,both:1,labelcontext:1,followrecursive:1};` +
	`function isP(a){return a!==null&&typeof a==="object"&&W.has(a)}` +
	`function bad(k,i){throw new TypeError(String(k)+"(): argument "+(i+1)+" must be a path such as g.M().Out(\"<p>\") or a predicate")}` +
	`function vals(k,a,i){if(isP(a))return W.get(a);if(Array.isArray(a))return a.map(function(x){if(isP(x))return W.get(x);if(x!==null&&typeof x==="object")bad(k,i);return x});` +
	`if(a!==null&&typeof a==="object")bad(k,i);return a}` +
	`function wrap(t){var p=new Proxy({},{get:function(_,k){var o=t,f=o[k];if(typeof f!=="function")return f;var n=String(k).toLowerCase();` +
	`return function(){var a=[];for(var i=0;i<arguments.length;i++){var x=arguments[i];if(P[n]){if(!isP(x))bad(k,i);x=W.get(x)}else if(V[n]){x=vals(k,x,i)}else if(isP(x)){x=W.get(x)}a.push(x)}` +
	`var r=f.apply(o,a);return(r!==null&&typeof r==="object"&&typeof r.Out==="function")?wrap(r):r}}});if(typeof t.Out==="function")W.set(p,t);return p}` +
	`g=graph=wrap(g)})();`

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
