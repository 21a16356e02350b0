package graph_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
)

// The ask benchmarks measure the latency of the verbs that answer one
// question (Resolve, Neighbours, Paths, Facts about an entity) on a large
// bolt graph, which they must answer through the indexes without loading
// it, and of the listings (Entities, every fact as timeline --json reads
// them). The graph is synthetic, built once with a fixed seed:
// STORYGRAPH_ASK_FACTS facts (default 20,000, about 93,000 quads; 300,000
// give 1.39 million, 325,000 about 1.5 million),
// a quarter of them graph facts, over facts/15 people whose subjects and
// objects follow a Zipf law (a few hubs, a long tail), 20 facts per
// document. STORYGRAPH_ASK_DB keeps the file between runs (built when
// absent):
//
//	STORYGRAPH_ASK_FACTS=300000 STORYGRAPH_ASK_DB=/tmp/ask.db \
//	  go test ./graph -run XXX -bench Ask -benchtime 20x
func askStore(b *testing.B) (*graph.Store, int) {
	b.Helper()
	n := 20000
	if v := os.Getenv("STORYGRAPH_ASK_FACTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 100 {
			b.Fatalf("STORYGRAPH_ASK_FACTS=%q: want a number >= 100", v)
		}
	}
	path := os.Getenv("STORYGRAPH_ASK_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "ask.db")
	}
	if _, err := os.Stat(path); err != nil {
		s, err := graph.Open(b.Context(), path)
		if err != nil {
			b.Fatal(err)
		}
		const chunk = 20000
		for start := 0; start < n; start += chunk {
			if _, err := s.Add(b.Context(), askBatch(start, min(chunk, n-start), n)); err != nil {
				b.Fatal(err)
			}
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
	// As the query commands open it: read-only, so that runs can share it.
	s, err := graph.OpenReadOnly(b.Context(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	q, err := s.Quads(b.Context())
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("graph: %d facts asked for, %d quads in %s", n, q, path)
	return s, n
}

// askPerson returns the name of person k.
func askPerson(k int) string { return "Person " + strconv.Itoa(k) }

// askBatch returns facts start..start+n-1 of a graph of total facts, with
// the documents and people they need.
func askBatch(start, n, total int) graph.Batch {
	r := rand.New(rand.NewPCG(uint64(start), 7))
	nent := max(10, total/15)
	zipf := rand.NewZipf(r, 1.2, 1, uint64(nent-1))
	var b graph.Batch
	seen := map[int]bool{}
	person := func() extract.Entity {
		k := int(zipf.Uint64())
		name := askPerson(k)
		e := extract.Entity{ID: extract.EntityID("PERSON", name), Name: name, Type: "PERSON",
			Aliases: []string{"P" + strconv.Itoa(k)}, Mentions: 1, Docs: []string{}}
		if !seen[k] {
			seen[k] = true
			b.Entities = append(b.Entities, e)
		}
		return e
	}
	rels := []string{"meet", "call", "sign", "visit", "praise", "criticise", "join", "leave", "sue", "hire"}
	gates := []string{"", "modifier", "reading", "attribute"}
	for i := start; i < start+n; i++ {
		doc := "doc" + strconv.Itoa(i/20)
		if i%20 == 0 || i == start {
			text := "document " + doc
			b.Documents = append(b.Documents, extract.Document{ID: doc, Title: "Story " + doc, Text: text,
				Hash: extract.HashText(text)})
		}
		s, o := person(), person()
		rel := rels[r.IntN(len(rels))]
		off := 100 * (i % 20)
		f := extract.Fact{Subject: s.Name, SubjectID: s.ID, Relation: rel + "ed", RelationLemma: rel,
			Object: o.Name, ObjectID: o.ID, Confidence: math.Round(r.Float64()*100) / 100, Trigger: rel,
			Gate:    gates[i%len(gates)],
			Sources: []extract.Source{{Doc: doc, Offset: off, Sentence: fmt.Sprintf("%s %sed %s.", s.Name, rel, o.Name)}}}
		if i%3 == 0 {
			f.Date, f.Granularity = fmt.Sprintf("2026-01-%02d", 1+r.IntN(28)), "day"
		}
		if i%5 == 0 { // a plain-text object
			f.Object, f.ObjectID = "thing "+strconv.Itoa(i), ""
		}
		if s.ID == o.ID {
			f.Object, f.ObjectID = "itself", ""
		}
		f.SetID()
		b.Facts = append(b.Facts, f)
	}
	return b
}

// cpuTime returns the user and system CPU time the process has used: on a
// shared machine the wall time of a benchmark varies with the load, its CPU
// time much less.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// run runs fn b.N times and reports its CPU time per call in ms.
func run(b *testing.B, fn func()) {
	start := cpuTime()
	for b.Loop() {
		fn()
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

func BenchmarkAsk(b *testing.B) {
	s, n := askStore(b)
	nent := max(10, n/15)
	// Person k is in about a fifth of (1+k)^-1.2 of the facts' arguments:
	// on 300,000 facts the hub in 100,000, mid in 1,400, tail in 30.
	hub, mid, tail := askPerson(0), askPerson(40), askPerson(min(1000, nent/3))
	b.Run("resolve", func(b *testing.B) {
		run(b, func() {
			if _, err := s.Resolve(b.Context(), mid); err != nil {
				b.Fatal(err)
			}
		})
	})
	for _, name := range []string{hub, mid, tail} {
		b.Run("neighbours/"+name, func(b *testing.B) {
			edges := 0
			run(b, func() {
				es, err := s.Neighbours(b.Context(), name)
				if err != nil {
					b.Fatal(err)
				}
				edges = len(es)
			})
			b.ReportMetric(float64(edges), "edges")
		})
	}
	for _, name := range []string{hub, mid, tail} {
		b.Run("neighbours-top50/"+name, func(b *testing.B) {
			edges := 0
			run(b, func() {
				es, _, err := s.NeighboursTop(b.Context(), name, 50)
				if err != nil {
					b.Fatal(err)
				}
				edges = len(es)
			})
			b.ReportMetric(float64(edges), "edges")
		})
	}
	for _, name := range []string{hub, mid, tail} {
		b.Run("facts-about/"+name, func(b *testing.B) {
			facts := 0
			run(b, func() {
				fs, err := s.Facts(b.Context(), graph.FactFilter{About: name})
				if err != nil {
					b.Fatal(err)
				}
				facts = len(fs)
			})
			b.ReportMetric(float64(facts), "facts")
		})
	}
	for _, name := range []string{hub, mid, tail} {
		b.Run("facts-about-top50/"+name, func(b *testing.B) {
			facts := 0
			run(b, func() {
				fs, err := s.Facts(b.Context(), graph.FactFilter{About: name, Limit: 50})
				if err != nil {
					b.Fatal(err)
				}
				facts = len(fs)
			})
			b.ReportMetric(float64(facts), "facts")
		})
	}
	b.Run("entities", func(b *testing.B) {
		n := 0
		run(b, func() {
			es, err := s.Entities(b.Context())
			if err != nil {
				b.Fatal(err)
			}
			n = len(es)
		})
		b.ReportMetric(float64(n), "entities")
	})
	b.Run("all-facts", func(b *testing.B) { // what timeline --json reads
		n := 0
		run(b, func() {
			fs, err := s.Facts(b.Context(), graph.FactFilter{})
			if err != nil {
				b.Fatal(err)
			}
			n = len(fs)
		})
		b.ReportMetric(float64(n), "facts")
	})
	for _, pair := range [][2]string{{mid, tail}, {tail, askPerson(min(2000, nent/2+1))}, {hub, mid}} {
		b.Run("path/"+pair[0]+"-"+pair[1], func(b *testing.B) {
			hops := 0
			run(b, func() {
				ps, err := s.Paths(b.Context(), pair[0], pair[1], graph.PathOptions{MaxHops: 6, Limit: 1})
				if err != nil {
					b.Fatal(err)
				}
				if len(ps) > 0 {
					hops = len(ps[0].Edges)
				}
			})
			b.ReportMetric(float64(hops), "hops")
		})
	}
}
