package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/storygraph/storygraph/extract"
)

// lazyBatch is a small story: two documents, three people, facts with
// entity and text arguments, some quoting one sentence, and raw
// extractions (gated), two of them in sentences no graph fact quotes.
func lazyBatch() Batch {
	var b Batch
	for i, text := range []string{
		"The ferry operator hired Mira Osei. Osei met Tomas Lind on Friday. Lind sued the port.",
		"Mira Osei met Lind again. A crane maybe fell over. The port praised nobody.",
	} {
		d := extract.Document{ID: fmt.Sprintf("doc%d", i+1), Title: "Story", Text: text, Hash: extract.HashText(text)}
		if i == 1 {
			d.Published = time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC)
		}
		b.Documents = append(b.Documents, d)
	}
	people := map[string]extract.Entity{}
	for _, p := range []struct{ name, alias string }{{"Mira Osei", "Osei"}, {"Tomas Lind", "Lind"}, {"Port Authority", "the port"}} {
		e := extract.Entity{ID: extract.EntityID("PERSON", p.name), Name: p.name, Type: "PERSON",
			Aliases: []string{p.alias}, Mentions: 2, Docs: []string{"doc1", "doc2"}}
		people[p.name] = e
		b.Entities = append(b.Entities, e)
	}
	sentence := func(doc string, off int) string {
		text := b.Documents[0].Text
		if doc == "doc2" {
			text = b.Documents[1].Text
		}
		end := strings.IndexByte(text[off:], '.') + off + 1
		return text[off:end]
	}
	add := func(subj, rel, obj, gate, date string, srcs ...extract.Source) {
		f := extract.Fact{Subject: subj, Relation: rel, RelationLemma: rel, Object: obj, Gate: gate, Date: date,
			Confidence: 0.8, Trigger: rel}
		if e, ok := people[subj]; ok {
			f.SubjectID = e.ID
		}
		if e, ok := people[obj]; ok {
			f.ObjectID = e.ID
		}
		for _, s := range srcs {
			s.Sentence = sentence(s.Doc, s.Offset)
			f.Sources = append(f.Sources, s)
		}
		f.SetID()
		b.Facts = append(b.Facts, f)
	}
	add("the ferry operator", "hire", "Mira Osei", "", "", extract.Source{Doc: "doc1", Offset: 0,
		Spans: extract.Spans{Subject: extract.Span{Off: 0, End: 18}}})
	add("Mira Osei", "meet", "Tomas Lind", "", "2031-03-01", extract.Source{Doc: "doc1", Offset: 36},
		extract.Source{Doc: "doc2", Offset: 0})
	add("Tomas Lind", "sue", "Port Authority", "", "", extract.Source{Doc: "doc1", Offset: 67})
	add("Tomas Lind", "be", "on Friday", "modifier", "", extract.Source{Doc: "doc1", Offset: 36})
	add("a crane", "fall", "over", "confidence", "", extract.Source{Doc: "doc2", Offset: 26})
	add("Port Authority", "praise", "nobody", "reading", "", extract.Source{Doc: "doc2", Offset: 51})
	return b
}

// TestLazyContents checks the whole-graph read that decodes only what it
// keeps against one that decodes every node first, on logs read in one
// to three parts, with and without raw extractions and a filter on the
// arguments; and that the sentences and sources only raw extractions
// quote are never decoded.
func TestLazyContents(t *testing.T) {
	ctx := t.Context()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	b := lazyBatch()
	if _, err := s.Add(ctx, b); err != nil {
		t.Fatal(err)
	}
	lind := extract.EntityID("PERSON", "Tomas Lind")
	abouts := map[string]func(id, text string) bool{
		"none": nil,
		"lind": func(id, text string) bool { return id == lind },
		"text": func(id, text string) bool { return id == "" && strings.Contains(text, "crane") },
	}
	var onepart [][4]uint64 // the links read by one cursor: each part's are moved in place behind the last
	for parts := 1; parts <= 3; parts++ {
		forcedParts = parts
		links, vals, err := s.rawAllLinks(ctx, predFact, predSubject, predObject, predSource, predText, predRaw,
			predName, predAlias, predMentions, predHash, predTitle, predURL, predOutlet, predPublished, predDateFrom)
		if err != nil {
			t.Fatal(err)
		}
		if parts == 1 {
			onepart = links
		} else if !reflect.DeepEqual(links, onepart) {
			t.Errorf("%d parts: links\n%v\nwant those of one part\n%v", parts, links, onepart)
		}
		if len(links) < 20 {
			t.Fatalf("fixture: %d links", len(links))
		}
		wantNames, wantDocs := namesAndDocuments(links, vals)
		for _, all := range []bool{false, true} {
			for name, about := range abouts {
				want, err := factsOf(links, vals, all, about, decodedValues(vals))
				if err != nil {
					t.Fatal(err)
				}
				got, err := s.contents(ctx, all, about)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got.Facts, want) {
					t.Errorf("%d parts, all=%v, about %s: facts\n got %+v\nwant %+v", parts, all, name, got.Facts, want)
				}
				if !reflect.DeepEqual(got.Names, wantNames) || !reflect.DeepEqual(got.Documents, wantDocs) {
					t.Errorf("%d parts, all=%v, about %s: names %v, documents %+v; want %v, %+v", parts, all, name,
						got.Names, got.Documents, wantNames, wantDocs)
				}
				n := 0
				for _, f := range want {
					if f.Gate == "" || all {
						n++
					}
				}
				if name == "none" && (len(want) != n || n != 3 && !all || n != 6 && all) {
					t.Errorf("fixture: %d facts with all=%v, want 3 graph facts and 6 in all", len(want), all)
				}
			}
		}
	}
	forcedParts = 0

	// What the graph facts leave undecoded.
	unread := []quad.Value{quad.String("A crane maybe fell over."), quad.String("The port praised nobody."),
		sentenceIRI("doc2", 26)}
	for _, d := range []string{"doc1", "doc2"} { // the raw extractions' literals
		qs, err := s.quadsOf(ctx, quad.Subject, docIRI(d))
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			if q.Predicate == predRaw {
				unread = append(unread, q.Object)
			}
		}
	}
	if len(unread) != 6 {
		t.Fatalf("fixture: %d raw literals, want 3", len(unread)-3)
	}
	read := []quad.Value{quad.String("Lind sued the port."), quad.String("Mira Osei met Lind again.")}
	ids, err := s.ids(append(slices.Clone(unread), read...))
	if err != nil {
		t.Fatal(err)
	}
	err = s.raw(func(r *rawTx) error {
		lg, err := r.logLinks(context.Background(), nil)
		if err != nil {
			return err
		}
		if _, err := factsOf(lg.links, lg.vals, false, nil, logValues{ctx, lg}); err != nil {
			return err
		}
		for i, id := range ids {
			if id == 0 {
				t.Errorf("fixture: %v is not in the store", append(unread, read...)[i])
			} else if i < len(unread) && lg.loaded[id] {
				t.Errorf("%v, which only raw extractions name, was decoded", unread[i])
			} else if i >= len(unread) && !lg.loaded[id] {
				t.Errorf("%v, which a graph fact quotes, was not decoded", read[i-len(unread)])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestSortParallel checks the merge of sorted runs against one sort, for
// lengths around the runs' bounds and several numbers of CPUs.
func TestSortParallel(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	r := rand.New(rand.NewPCG(1, 2))
	for _, procs := range []int{1, 2, 3, 5, 8} {
		runtime.GOMAXPROCS(procs)
		for _, n := range []int{0, 1, 2, 100, 4096, 4097, 8192, 20000, 77777} {
			xs := make([]int, n)
			for i := range xs {
				xs[i] = r.IntN(n/2+1)*n + i // distinct: a total order
			}
			want := slices.Sorted(slices.Values(xs))
			sortParallel(xs, func(a, b int) int { return a - b })
			if !slices.Equal(xs, want) {
				t.Errorf("%d CPUs, %d items: not sorted", procs, n)
			}
		}
	}
}
