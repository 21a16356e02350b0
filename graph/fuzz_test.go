package graph_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
)

var (
	fuzzOnce  sync.Once
	fuzzStore *graph.Store
	fuzzErr   error
)

// fuzzGraph is a small in-memory graph shared by the fuzz targets: three
// invented articles, entities with aliases, accents and a shared surname.
func fuzzGraph(t testing.TB) *graph.Store {
	fuzzOnce.Do(func() {
		ctx := context.Background()
		fuzzStore, fuzzErr = graph.OpenMemory(ctx)
		if fuzzErr != nil {
			return
		}
		ent := func(typ, name string, aliases ...string) extract.Entity {
			return extract.Entity{ID: extract.EntityID(typ, name), Name: name, Type: typ, Aliases: aliases,
				Mentions: 2, Docs: []string{"d1"}}
		}
		ana, ivo, eli, port := ent("PERSON", "Ana Núñez", "Núñez", "Ana"), ent("PERSON", "Ivo Núñez"),
			ent("PERSON", "Eli Park", "Park"), ent("ORG", "Port Authority", "the authority", "PA")
		fact := func(doc, text string, s extract.Entity, rel, lemma string, o extract.Entity, date string) extract.Fact {
			f := extract.Fact{Subject: s.Name, SubjectID: s.ID, Relation: rel, RelationLemma: lemma,
				Object: o.Name, ObjectID: o.ID, Date: date, Granularity: "day", Confidence: 0.8,
				Sources: []extract.Source{{Doc: doc, Sentence: text, Offset: 0}}}
			f.SetID()
			return f
		}
		t1 := "Ana Núñez met Eli Park on 3 May 2024."
		t2 := "Eli Park leads the Port Authority."
		t3 := "Ivo Núñez criticised the Port Authority."
		b := graph.Batch{
			Documents: []extract.Document{
				{ID: "d1", Title: "Meeting", Text: t1, Hash: extract.HashText(t1)},
				{ID: "d2", Title: "Port", Text: t2, Hash: extract.HashText(t2)},
				{ID: "d3", Title: "Critic", Text: t3, Hash: extract.HashText(t3)},
			},
			Entities: []extract.Entity{ana, ivo, eli, port},
			Facts: []extract.Fact{
				fact("d1", t1, ana, "met", "meet", eli, "2024-05-03"),
				fact("d2", t2, eli, "leads", "lead", port, ""),
				fact("d3", t3, ivo, "criticised", "criticise", port, ""),
			},
		}
		_, fuzzErr = fuzzStore.Add(ctx, b)
	})
	if fuzzErr != nil {
		t.Fatal(fuzzErr)
	}
	return fuzzStore
}

// FuzzNames gives any two names to the verbs that take entity names
// (neighbours, facts --about, path, timeline --about all resolve through
// Resolve): each answers or fails with a *NameError naming what it matched.
func FuzzNames(f *testing.F) {
	for _, s := range [][2]string{{"Ana Núñez", "Port Authority"}, {"nunez", "park"}, {"NÚÑEZ", "pa"},
		{"", " "}, {"the authority", "Eli"}, {"<e:person:eli_park>", "e:org:port_authority"}, {"\xff", "a\x00b"},
		{"Ana*", ".*"}, {`"Eli Park"`, "Eli Park\n"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		s := fuzzGraph(t)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		nameErr := func(verb string, err error) {
			t.Helper()
			var ne *graph.NameError
			if err != nil && !errors.As(err, &ne) {
				t.Fatalf("%s(%q, %q): %v is not a *NameError", verb, a, b, err)
			}
			if ne != nil && !errors.Is(err, graph.ErrNotFound) && !errors.Is(err, graph.ErrAmbiguous) {
				t.Fatalf("%s(%q): NameError %v wraps neither ErrNotFound nor ErrAmbiguous", verb, a, err)
			}
		}
		e, err := s.Resolve(ctx, a)
		nameErr("Resolve", err)
		if err == nil {
			if e.ID == "" || e.Name == "" {
				t.Fatalf("Resolve(%q) = %+v", a, e)
			}
			again, err := s.Resolve(ctx, e.ID)
			if err != nil || again.ID != e.ID {
				t.Fatalf("Resolve(%q) = %s, but its id resolves to %v, %v", a, e.ID, again.ID, err)
			}
		}
		edges, err := s.Neighbours(ctx, a)
		nameErr("Neighbours", err)
		if (err == nil) != (e.ID != "") {
			t.Fatalf("Neighbours(%q) err %v, Resolve err differs", a, err)
		}
		for _, ed := range edges {
			if ed.Relation == "" {
				t.Fatalf("Neighbours(%q): edge without relation %+v", a, ed)
			}
		}
		if _, err := s.Facts(ctx, graph.FactFilter{About: a}); err != nil {
			t.Fatalf("Facts(About %q): %v", a, err)
		}
		ps, err := s.Paths(ctx, a, b, graph.PathOptions{MaxHops: 4})
		nameErr("Paths", err)
		for _, p := range ps {
			if len(p.Edges) > 4 {
				t.Fatalf("Paths(%q, %q): %d edges beyond MaxHops 4", a, b, len(p.Edges))
			}
		}
	})
}

// limitWriter fails once more than n bytes are written, so that a query
// printing without end stops.
type limitWriter struct {
	bytes.Buffer
	n int
}

var errTooMuch = errors.New("output limit")

func (w *limitWriter) Write(p []byte) (int, error) {
	if w.Len()+len(p) > w.n {
		return 0, errTooMuch
	}
	return w.Buffer.Write(p)
}

// FuzzGizmo runs any Gizmo text on the small graph under a short deadline:
// an error or JSON lines, never a panic or a hang, and the store answers
// afterwards.
func FuzzGizmo(f *testing.F) {
	for _, q := range []string{
		`g.V().Has("<sg:type>", "PERSON").Out("<sg:name>").All()`,
		`g.V("<e:person:eli_park>").Both().Out("<sg:name>").All()`,
		`g.V().Tag("x").Out().Back("x").Limit(3).All()`,
		`g.V().ForEach(function(d) { g.Emit(d) })`,
		`g.Emit({a: [1, 2, {b: null}]})`,
		`while (true) {}`,
		`g.V().Out(g.V()).All()`,
		`g.M().Out("<sg:name>"); g.V().Follow(g.M()).All()`,
		`throw new Error("x")`,
		`g.V(`,
		`var a = []; for (;;) a.push(a)`,
		// crashers found by fuzzing: Cayley takes anything given as a path
		// or a predicate and panicked out of reach of a recover
		`g.M().Out();g.V().Follow(g).All()`,
		`g.V().And(g).All()`,
		`g.V().Out({}).All()`,
		`g.V().FollowRecursive(g).All()`,
		`g.V().Out([g, "<sg:name>"]).All()`,
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		s := fuzzGraph(t)
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		defer cancel()
		w := &limitWriter{n: 1 << 20}
		err := s.Query(ctx, "gizmo", q, graph.QueryOptions{Limit: 1000}, w)
		if err == nil {
			sc := bufio.NewScanner(&w.Buffer)
			sc.Buffer(nil, 1<<20)
			for sc.Scan() {
				if !json.Valid(sc.Bytes()) {
					t.Fatalf("query %q wrote %q, not JSON", q, sc.Text())
				}
			}
		}
		var out strings.Builder
		check, cancel2 := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel2()
		if err := s.Query(check, "gizmo", `g.V("<e:person:eli_park>").Out("<sg:name>").All()`, graph.QueryOptions{}, &out); err != nil || !strings.Contains(out.String(), "Eli Park") {
			t.Fatalf("after %q the store answers %q, %v", q, out.String(), err)
		}
	})
}

// TestGizmoWrongArguments checks that a path or predicate argument of the
// wrong kind is a query error, not a crash of the whole process (Cayley
// dereferences it in a goroutine of its own), and that right ones still
// work through the guard.
func TestGizmoWrongArguments(t *testing.T) {
	s := fuzzGraph(t)
	for _, tt := range []struct {
		q, want string // want: "" for an error, else a fragment of the output
	}{
		{`g.V().Follow(g).All()`, ""},
		{`g.V().FollowR({}).All()`, ""},
		{`g.V().Union(g.V).All()`, ""},
		{`g.V().Except(1).All()`, ""},
		{`g.V().LabelContext(g).All()`, ""},
		{`g.V().In([{}]).All()`, ""},
		{`var m = g.M().Out("<sg:name>"); g.V("<e:person:eli_park>").Follow(m).All()`, "Eli Park"},
		{`g.V("<e:person:eli_park>").Out(["<sg:name>"]).All()`, "Eli Park"},
		{`g.V("<e:person:eli_park>").Out(g.V("<sg:name>")).All()`, "Eli Park"},
		{`g.V("<e:person:eli_park>").Union(g.V("<e:person:eli_park>")).Out("<sg:name>").All()`, "Eli Park"},
	} {
		var out strings.Builder
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := s.Query(ctx, "gizmo", tt.q, graph.QueryOptions{}, &out)
		cancel()
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("%s: no error, wrote %q", tt.q, out.String())
		case tt.want != "" && (err != nil || !strings.Contains(out.String(), tt.want)):
			t.Errorf("%s: %v, wrote %q; want %q", tt.q, err, out.String(), tt.want)
		}
	}
}
