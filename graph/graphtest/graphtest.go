package graphtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
)

// Entity ids of the fixture.
const (
	Ada      = "e:person:ada_lovelace"
	Babbage  = "e:person:charles_babbage"
	London   = "e:gpe:london"
	Society  = "e:org:royal_society"
	Menabrea = "e:person:luigi_menabrea"
)

const (
	text1 = "Ada Lovelace met Charles Babbage in London on 5 June 1833. Babbage did not sign the treaty."
	text2 = "Babbage could visit London in May. The Royal Society admitted Babbage, Lovelace said."
)

// sentence returns the source of the i-th sentence of text (sentences end
// with ". "), with the spans of the words read: subj, then each of rel,
// then obj (if not empty), each found after the one before.
func sentence(doc, text string, i int, subj string, rel []string, obj string) extract.Source {
	off := 0
	for ; i > 0; i-- {
		off += strings.Index(text[off:], ". ") + 2
	}
	end := strings.Index(text[off:], ". ")
	if end < 0 {
		end = len(text) - off
	} else {
		end++
	}
	src := extract.Source{Doc: doc, Sentence: text[off : off+end], Offset: off}
	at := off
	find := func(w string) extract.Span {
		k := strings.Index(text[at:off+end], w)
		if k < 0 {
			panic("graphtest: fixture: no " + w + " in " + src.Sentence) // a broken fixture
		}
		sp := extract.Span{Off: at + k, End: at + k + len(w)}
		at = sp.End
		return sp
	}
	src.Spans.Subject = find(subj)
	for _, r := range rel {
		src.Spans.Relation = append(src.Spans.Relation, find(r))
	}
	if obj != "" {
		src.Spans.Object = find(obj)
	}
	return src
}

// Batch returns the fixture: two documents, four entities and four facts,
// all invented for these tests.
func Batch() graph.Batch {
	return graph.Batch{
		Documents: []extract.Document{
			{ID: "d1", Title: "A meeting in London", URL: "https://example.org/d1", Source: "Example Post",
				Published: time.Date(1833, 6, 6, 0, 0, 0, 0, time.UTC), DateFrom: "meta", Text: text1, Hash: extract.HashText(text1)},
			{ID: "d2", Title: "Travel plans", Source: "Example Times", Text: text2, Hash: extract.HashText(text2)},
		},
		Entities: []extract.Entity{
			{ID: Ada, Name: "Ada Lovelace", Type: "PERSON", Aliases: []string{"Lovelace"}, Roles: []string{"countess"}, Mentions: 2, Docs: []string{"d1", "d2"},
				Evidence: []extract.Evidence{{Alias: "Lovelace", Kind: "surname", Score: 0.85, With: "Ada Lovelace", Doc: "d1"}}},
			{ID: Babbage, Name: "Charles Babbage", Type: "PERSON", Aliases: []string{"Babbage"}, Mentions: 4, Docs: []string{"d1", "d2"}},
			{ID: London, Name: "London", Type: "GPE", Aliases: []string{}, Mentions: 2, Docs: []string{"d1", "d2"}},
			{ID: Society, Name: "Royal Society", Type: "ORG", Aliases: []string{"The Royal Society"}, Mentions: 1, Docs: []string{"d2"}},
		},
		Facts: []extract.Fact{
			{ID: "f1", Subject: "Ada Lovelace", Relation: "met", Object: "Charles Babbage", SubjectID: Ada, ObjectID: Babbage,
				RelationLemma: "meet", Args: []extract.Arg{{Role: "place", Text: "in London"}, {Role: "time", Text: "on 5 June 1833"}},
				Date: "1833-06-05", Granularity: "day", Trigger: "met", Confidence: 0.9,
				Sources: []extract.Source{sentence("d1", text1, 0, "Ada Lovelace", []string{"met"}, "Charles Babbage")}},
			{ID: "f2", Subject: "Charles Babbage", Relation: "did not sign", Object: "the treaty", SubjectID: Babbage,
				RelationLemma: "sign", Negated: true, Confidence: 0.75,
				Sources: []extract.Source{sentence("d1", text1, 1, "Babbage", []string{"did not sign"}, "the treaty")}},
			{ID: "f3", Subject: "Charles Babbage", Relation: "could visit", Object: "London", SubjectID: Babbage, ObjectID: London,
				RelationLemma: "visit", Modality: "could", Date: "1834-05", Granularity: "month", Confidence: 0.5,
				Sources: []extract.Source{sentence("d2", text2, 0, "Babbage", []string{"could visit"}, "London")}},
			{ID: "f4", Subject: "Royal Society", Relation: "admitted", Object: "Charles Babbage", SubjectID: Society, ObjectID: Babbage,
				RelationLemma: "admit", AttributedTo: "Ada Lovelace", Confidence: 0.625,
				Sources: []extract.Source{sentence("d2", text2, 1, "The Royal Society", []string{"admitted"}, "Babbage")}},
		},
	}
}

// TestAll runs the contract suite; open must return a new, empty store for
// each call (it is called once per subtest).
func TestAll(t *testing.T, open func(t *testing.T) *graph.Store) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, func(*testing.T) *graph.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"Lean", testLean},
		{"Levels", testLevels},
		{"Idempotent", testIdempotent},
		{"MergeSources", testMerge},
		{"SharedEdge", testSharedEdge},
		{"Cancelled", testCancelled},
		{"NewVersion", testNewVersion},
		{"Invalid", testInvalid},
		{"Atomic", testAtomic},
		{"About", testAbout},
		{"Gizmo", testGizmo},
		{"GraphQL", testGraphQL},
		{"QuerySafety", testQuerySafety},
		{"Neighbours", testNeighbours},
		{"Path", testPath},
		{"PathSupport", testPathSupport},
		{"Resolve", testResolve},
		{"Snapshot", testSnapshot},
		{"Concurrent", testConcurrent},
		{"Closed", testClosed},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

// filled returns a store holding Batch.
func filled(t *testing.T, open func(*testing.T) *graph.Store) *graph.Store {
	t.Helper()
	s := open(t)
	if _, err := s.Add(t.Context(), Batch()); err != nil {
		t.Fatalf("Add(Batch()) = %v", err)
	}
	return s
}

// jsonLines renders v one element per line for readable diffs.
func jsonLines[T any](v []T) string {
	var b strings.Builder
	for _, x := range v {
		j, _ := json.Marshal(x)
		b.Write(j)
		b.WriteByte('\n')
	}
	return b.String()
}

func checkJSON[T any](t *testing.T, what string, got, want []T) {
	t.Helper()
	if g, w := jsonLines(got), jsonLines(want); g != w {
		t.Errorf("%s:\ngot\n%s\nwant\n%s", what, g, w)
	}
}

func dump(t *testing.T, s *graph.Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.WriteNQuads(t.Context(), &b); err != nil {
		t.Fatalf("WriteNQuads = %v", err)
	}
	return b.String()
}

func quads(t *testing.T, s *graph.Store) int64 {
	t.Helper()
	n, err := s.Quads(t.Context())
	if err != nil {
		t.Fatalf("Quads = %v", err)
	}
	return n
}

func testRoundTrip(t *testing.T, open func(*testing.T) *graph.Store) {
	s := open(t)
	b := Batch()
	st, err := s.Add(t.Context(), b)
	if err != nil {
		t.Fatalf("Add = %v", err)
	}
	if st.Documents != 2 || st.Entities != 4 || st.Facts != 4 || st.GraphFacts != 4 || len(st.SkippedDocuments) != 0 {
		t.Errorf("Add stats = %+v, want 2 documents, 4 entities, 4 graph facts, none skipped", st)
	}
	if n := quads(t, s); int64(st.Quads) != n || n == 0 {
		t.Errorf("Add reported %d quads, store holds %d", st.Quads, n)
	}
	facts, err := s.Facts(t.Context(), graph.FactFilter{})
	if err != nil {
		t.Fatalf("Facts = %v", err)
	}
	checkJSON(t, "Facts", facts, b.Facts)
	if !reflect.DeepEqual(facts[0].Args, b.Facts[0].Args) {
		t.Errorf("Facts[0].Args = %#v, want %#v", facts[0].Args, b.Facts[0].Args)
	}
	ents, err := s.Entities(t.Context())
	if err != nil {
		t.Fatalf("Entities = %v", err)
	}
	// Sorted by mentions desc, then name; aliases, roles and docs sorted.
	want := []extract.Entity{b.Entities[1], b.Entities[0], b.Entities[2], b.Entities[3]}
	checkJSON(t, "Entities", ents, want)
	docs, err := s.Documents(t.Context())
	if err != nil {
		t.Fatalf("Documents = %v", err)
	}
	wantDocs := []graph.DocumentInfo{
		{ID: "d1", Title: "A meeting in London", URL: "https://example.org/d1", Source: "Example Post",
			Published: b.Documents[0].Published, DateFrom: "meta", Hash: b.Documents[0].Hash},
		{ID: "d2", Title: "Travel plans", Source: "Example Times", Hash: b.Documents[1].Hash},
	}
	if !reflect.DeepEqual(docs, wantDocs) {
		t.Errorf("Documents = %+v, want %+v", docs, wantDocs)
	}
	for _, tc := range []struct {
		id, hash string
		want     bool
	}{
		{"d1", b.Documents[0].Hash, true},
		{"d1", "", true},
		{"d1", b.Documents[1].Hash, false},
		{"d3", "", false},
	} {
		if got, err := s.HasDocument(t.Context(), tc.id, tc.hash); err != nil || got != tc.want {
			t.Errorf("HasDocument(%q, %.8q) = %v, %v, want %v", tc.id, tc.hash, got, err, tc.want)
		}
	}
}

// testLean counts the quads of facts: a new fact with an entity subject, a
// plain-text object and one source in a known sentence costs 4 (subject,
// record, which holds the object's text, direct edge, source); a fact told
// again by a new document gains its
// source and the sentence's text, 2 quads, and its record is not written
// again.
func testLean(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	f := extract.Fact{ID: "f5", Subject: "Lovelace", SubjectID: Ada, Relation: "met", Object: "the treaty",
		RelationLemma: "meet", Confidence: 0.3,
		Sources: []extract.Source{sentence("d1", text1, 1, "Babbage", nil, "the treaty")}}
	st, err := s.Add(t.Context(), graph.Batch{Facts: []extract.Fact{f}})
	if err != nil || st.Quads != 4 || st.Facts != 1 {
		t.Errorf("Add(new fact, known sentence) = %+v, %v, want 1 fact in 4 quads", st, err)
	}
	text := "Lovelace met Babbage in Paris."
	again := Batch().Facts[0]
	again.Sources = []extract.Source{sentence("d4", text, 0, "Lovelace", []string{"met"}, "Babbage")}
	before := dump(t, s)
	st, err = s.Add(t.Context(), graph.Batch{Documents: []extract.Document{{ID: "d4", Text: text}}, Facts: []extract.Fact{again}})
	if err != nil {
		t.Fatalf("Add(known fact, new document) = %v", err)
	}
	// the document's hash quad, the source and the sentence's text
	if st.Quads != 3 || st.Facts != 1 {
		t.Errorf("Add(known fact, new document) = %+v, want 1 fact in 3 quads (document, source, sentence)", st)
	}
	if n := strings.Count(dump(t, s), "<f1> <sg:fact>"); n != 1 || !strings.Contains(before, "<f1> <sg:fact>") {
		t.Errorf("f1 has %d records after a new source, want its one record kept", n)
	}
}

// testLevels stores raw extractions (a gate) beside graph facts: they are
// listed only with All (by entity too), give no direct edge and stay out of
// neighbours, paths and snapshots; the same fact added once without a gate
// becomes a graph fact, whether that happens in one batch or later.
func testLevels(t *testing.T, open func(*testing.T) *graph.Store) {
	raw := extract.Fact{ID: "r1", Subject: "Ada Lovelace", SubjectID: Ada, Relation: "has", Object: "Royal Society",
		ObjectID: Society, RelationLemma: "have", Confidence: 0.3, Gate: "possessive",
		Sources: []extract.Source{sentence("d2", text2, 1, "The Royal Society", nil, "Lovelace")}}
	graphFact := raw
	graphFact.Gate, graphFact.Confidence = "", 0.9
	edge := End{From: "Ada Lovelace", FromID: Ada, Relation: "have", To: "Royal Society", ToID: Society}
	ids := func(s *graph.Store, all bool) []string {
		t.Helper()
		fs, err := s.Facts(t.Context(), graph.FactFilter{About: Society, All: all})
		if err != nil {
			t.Fatal(err)
		}
		return factIDs(fs)
	}
	hasEdge := func(s *graph.Store) bool {
		t.Helper()
		es, err := s.Neighbours(t.Context(), "Royal Society")
		if err != nil {
			t.Fatal(err)
		}
		return slices.Contains(Ends(es), edge)
	}

	s := filled(t, open)
	if st, err := s.Add(t.Context(), graph.Batch{Facts: []extract.Fact{raw}}); err != nil {
		t.Fatalf("Add(raw fact) = %v", err)
	} else if st.Facts != 1 || st.GraphFacts != 0 {
		t.Errorf("Add(raw fact) = %+v, want 1 fact, no graph fact", st)
	}
	if got := ids(s, false); !slices.Equal(got, []string{"f4"}) {
		t.Errorf("Facts(About: Society) = %q, want [f4]: raw facts are not graph facts", got)
	}
	all, err := s.Facts(t.Context(), graph.FactFilter{All: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := factIDs(all); !slices.Equal(got, []string{"f1", "f2", "f3", "f4", "r1"}) {
		t.Errorf("Facts(All) = %q, want the 4 graph facts and r1", got)
	}
	checkJSON(t, "raw fact", all[4:], []extract.Fact{raw})
	if got := ids(s, true); !slices.Equal(got, []string{"f4", "r1"}) {
		t.Errorf("Facts(About: Society, All) = %q, want [f4 r1]", got)
	}
	if hasEdge(s) {
		t.Errorf("Neighbours(Royal Society) holds the raw fact's edge %+v", edge)
	}
	if p, err := s.Path(t.Context(), "Royal Society", "Ada Lovelace", 1); err != nil || p != nil {
		t.Errorf("Path(Royal Society, Ada Lovelace, 1) = %+v, %v, want none through the raw fact", p, err)
	}
	g, err := s.Snapshot(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Facts) != 4 {
		t.Errorf("Snapshot has %d facts, want the 4 graph facts", len(g.Facts))
	}

	// Read again as a graph fact: it is one, with the fields it was read
	// with as one, and gains its direct edge.
	st, err := s.Add(t.Context(), graph.Batch{Facts: []extract.Fact{graphFact}})
	if err != nil || st.Facts != 1 || st.GraphFacts != 1 {
		t.Fatalf("Add(raw fact as graph fact) = %+v, %v, want 1 fact changed", st, err)
	}
	if got := ids(s, false); !slices.Equal(got, []string{"f4", "r1"}) {
		t.Errorf("Facts(About: Society) after the upgrade = %q, want [f4 r1]", got)
	}
	fs, _ := s.Facts(t.Context(), graph.FactFilter{About: Ada})
	checkJSON(t, "upgraded fact", fs[1:], []extract.Fact{graphFact})
	// With All, once: the raw reading of the same fact is the graph fact.
	if all, err := s.Facts(t.Context(), graph.FactFilter{About: Ada, All: true}); err != nil {
		t.Fatal(err)
	} else {
		checkJSON(t, "upgraded fact with All", all[1:], []extract.Fact{graphFact})
	}
	if !hasEdge(s) {
		t.Errorf("Neighbours(Royal Society) lacks the upgraded fact's edge %+v", edge)
	}
	before := dump(t, s)
	for _, f := range []extract.Fact{raw, graphFact} {
		if st, err := s.Add(t.Context(), graph.Batch{Facts: []extract.Fact{f}}); err != nil || st.Quads != 0 {
			t.Errorf("Add(gate %q) again = %+v, %v, want nothing written", f.Gate, st, err)
		}
	}
	if after := dump(t, s); after != before {
		t.Errorf("store changed by re-adding an upgraded fact")
	}

	// Both levels in one batch, in either order: a graph fact.
	for _, order := range [][]extract.Fact{{raw, graphFact}, {graphFact, raw}} {
		s := filled(t, open)
		if _, err := s.Add(t.Context(), graph.Batch{Facts: order}); err != nil {
			t.Fatalf("Add(both levels) = %v", err)
		}
		if got := ids(s, false); !slices.Equal(got, []string{"f4", "r1"}) {
			t.Errorf("Facts(About: Society) after adding gates %q, %q = %q, want [f4 r1]", order[0].Gate, order[1].Gate, got)
		}
		if !hasEdge(s) {
			t.Errorf("no edge %+v after adding gates %q, %q", edge, order[0].Gate, order[1].Gate)
		}
	}
}

func testIdempotent(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	before := dump(t, s)
	st, err := s.Add(t.Context(), Batch())
	if err != nil {
		t.Fatalf("second Add = %v", err)
	}
	if st.Quads != 0 || st.Documents != 0 || st.Facts != 0 || st.Entities != 0 {
		t.Errorf("second Add stats = %+v, want nothing added", st)
	}
	if want := []string{"d1", "d2"}; !slices.Equal(st.SkippedDocuments, want) {
		t.Errorf("SkippedDocuments = %q, want %q", st.SkippedDocuments, want)
	}
	if after := dump(t, s); after != before {
		t.Errorf("store changed by re-adding:\nbefore\n%s\nafter\n%s", before, after)
	}
	// Facts without documents in the batch merge by id and add nothing either.
	st, err = s.Add(t.Context(), graph.Batch{Facts: Batch().Facts, Entities: Batch().Entities})
	if err != nil || st.Quads != 0 {
		t.Errorf("Add(facts and entities again) = %+v, %v, want 0 quads", st, err)
	}
}

func testMerge(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	text3 := "Lovelace met Babbage again."
	b := graph.Batch{
		Documents: []extract.Document{{ID: "d3", Text: text3}},
		Entities: []extract.Entity{
			{ID: Ada, Name: "Ada Lovelace", Type: "PERSON", Aliases: []string{"Ada", "Lovelace"}, Roles: []string{"mathematician"}, Mentions: 1, Docs: []string{"d3"},
				Evidence: []extract.Evidence{
					{Alias: "Ada", Kind: "given-name", Score: 0.75, With: "Ada Lovelace", Doc: "d3"},
					{Alias: "Lovelace", Kind: "known", Score: 0.9, With: "Ada Lovelace", Doc: "d3"},
				}},
			{ID: Babbage, Name: "Charles Babbage", Type: "PERSON", Aliases: []string{"Babbage"}, Mentions: 1, Docs: []string{"d3"}},
		},
		Facts: []extract.Fact{
			// f1 again from a new document, plus an old source repeated.
			{ID: "f1", Subject: "Ada Lovelace", Relation: "met", Object: "Charles Babbage", SubjectID: Ada, ObjectID: Babbage,
				RelationLemma: "meet", Confidence: 0.4, Sources: []extract.Source{
					sentence("d3", text3, 0, "Lovelace", []string{"met"}, "Babbage"),
					sentence("d1", text1, 0, "Ada Lovelace", []string{"met"}, "Charles Babbage"),
				}},
		},
	}
	st, err := s.Add(t.Context(), b)
	if err != nil {
		t.Fatalf("Add = %v", err)
	}
	if st.Documents != 1 || st.Entities != 2 || st.Facts != 1 {
		t.Errorf("Add stats = %+v, want 1 document, 2 entities, 1 fact", st)
	}
	facts, err := s.Facts(t.Context(), graph.FactFilter{About: Ada})
	if err != nil {
		t.Fatalf("Facts = %v", err)
	}
	want := Batch().Facts[0]
	want.Sources = append(want.Sources, b.Facts[0].Sources[0]) // stored fields win
	checkJSON(t, "merged facts", facts, []extract.Fact{want})

	ents, err := s.Entities(t.Context())
	if err != nil {
		t.Fatalf("Entities = %v", err)
	}
	got := map[string]extract.Entity{}
	for _, e := range ents {
		got[e.ID] = e
	}
	// Evidence is extended, never rewritten: Lovelace keeps its first reason.
	wantAda := extract.Entity{ID: Ada, Name: "Ada Lovelace", Type: "PERSON", Aliases: []string{"Ada", "Lovelace"},
		Roles: []string{"countess", "mathematician"}, Mentions: 3, Docs: []string{"d1", "d2", "d3"},
		Evidence: []extract.Evidence{b.Entities[0].Evidence[0], Batch().Entities[0].Evidence[0]}}
	checkJSON(t, "merged entity", []extract.Entity{got[Ada]}, []extract.Entity{wantAda})
	if m := got[Babbage].Mentions; m != 5 {
		t.Errorf("Babbage mentions = %d, want 4+1", m)
	}
	// The merge itself is idempotent.
	before := dump(t, s)
	if st, err := s.Add(t.Context(), b); err != nil || st.Quads != 0 {
		t.Errorf("re-Add(merge batch) = %+v, %v, want 0 quads", st, err)
	}
	if after := dump(t, s); after != before {
		t.Errorf("store changed by re-adding the merge batch")
	}
	// Entities mentioned only in known documents keep their counts.
	b2 := graph.Batch{Entities: []extract.Entity{{ID: London, Name: "London", Mentions: 7, Docs: []string{"d1"}}}}
	if st, err := s.Add(t.Context(), b2); err != nil || st.Quads != 0 {
		t.Errorf("Add(London from known doc) = %+v, %v, want 0 quads", st, err)
	}
}

// testSharedEdge adds a second fact with the subject, relation and object of
// f1 (another date): it gets its own fact node but shares the direct edge.
func testSharedEdge(t *testing.T, open func(*testing.T) *graph.Store) {
	for _, tc := range []struct {
		name  string
		first bool // add the fixture first, so the edge is already stored
	}{{"stored", true}, {"same batch", false}} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			b := Batch()
			f := b.Facts[0]
			f.ID, f.Date, f.Granularity, f.Args = "f1b", "1840", "year", nil
			if tc.first {
				if _, err := s.Add(t.Context(), b); err != nil {
					t.Fatal(err)
				}
				b = graph.Batch{}
			}
			b.Facts = append(b.Facts, f)
			if _, err := s.Add(t.Context(), b); err != nil {
				t.Fatalf("Add = %v", err)
			}
			if n := strings.Count(dump(t, s), "<"+Ada+"> <meet> <"+Babbage+"> .\n"); n != 1 {
				t.Errorf("store holds the direct edge Ada meet Babbage %d times, want once", n)
			}
			facts, err := s.Facts(t.Context(), graph.FactFilter{About: Ada})
			if err != nil {
				t.Fatal(err)
			}
			if got := factIDs(facts); !slices.Equal(got, []string{"f1", "f1b"}) {
				t.Errorf("Facts(About: Ada) = %q, want [f1 f1b]", got)
			}
		})
	}
}

// testCancelled adds with a cancelled context: an error, nothing written.
func testCancelled(t *testing.T, open func(*testing.T) *graph.Store) {
	s := open(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.Add(ctx, Batch()); !errors.Is(err, context.Canceled) {
		t.Errorf("Add(cancelled) = %v, want context.Canceled", err)
	}
	if n := quads(t, s); n != 0 {
		t.Errorf("store holds %d quads after a cancelled Add", n)
	}
}

func testNewVersion(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	text := text1 + " Corrected."
	st, err := s.Add(t.Context(), graph.Batch{Documents: []extract.Document{{ID: "d1", Title: "A meeting in London (corrected)", Text: text}}})
	if err != nil {
		t.Fatalf("Add = %v", err)
	}
	if st.Documents != 1 || len(st.SkippedDocuments) != 0 {
		t.Errorf("Add(new version) stats = %+v, want 1 document", st)
	}
	docs, err := s.Documents(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := graph.DocumentInfo{ID: "d1", Title: "A meeting in London (corrected)", Hash: extract.HashText(text)}
	if docs[0] != want {
		t.Errorf("Documents()[0] = %+v, want %+v", docs[0], want)
	}
	if ok, _ := s.HasDocument(t.Context(), "d1", Batch().Documents[0].Hash); ok {
		t.Errorf("HasDocument(d1, old hash) = true after a new version")
	}
}

func testInvalid(t *testing.T, open func(*testing.T) *graph.Store) {
	good := Batch().Facts[0]
	for _, tc := range []struct {
		name string
		b    graph.Batch
		want string
	}{
		{"document id", graph.Batch{Documents: []extract.Document{{Text: "x"}}}, "document 0: empty id"},
		{"document twice", graph.Batch{Documents: []extract.Document{{ID: "a", Text: "x"}, {ID: "a", Text: "y"}}}, "document 1 (a)"},
		{"entity id", graph.Batch{Entities: []extract.Entity{{Name: "X"}}}, "entity 0: empty id"},
		{"entity name", graph.Batch{Entities: []extract.Entity{{ID: "e:x"}}}, "empty name"},
		{"entity prefix", graph.Batch{Entities: []extract.Entity{{ID: "doc:x", Name: "X"}}}, "reserved prefix"},
		{"fact subject", graph.Batch{Facts: []extract.Fact{good, {ID: "g", Relation: "r", Object: "o"}}}, "fact 1 (g): empty subject"},
		{"fact relation", graph.Batch{Facts: []extract.Fact{{ID: "g", Subject: "s", Relation: " "}}}, "empty relation"},
		{"confidence", graph.Batch{Facts: []extract.Fact{{ID: "g", Subject: "s", Relation: "r", Confidence: math.NaN()}}}, "confidence"},
		{"source doc", graph.Batch{Facts: []extract.Fact{{ID: "g", Subject: "s", Relation: "r", Sources: []extract.Source{{Offset: 1}}}}}, "source 0: empty document id"},
		{"source offset", graph.Batch{Facts: []extract.Fact{{ID: "g", Subject: "s", Relation: "r", Sources: []extract.Source{{Doc: "d", Offset: -2}}}}}, "negative offset"},
		{"fact is entity", graph.Batch{Entities: []extract.Entity{{ID: "x", Name: "X"}}, Facts: []extract.Fact{{ID: "x", Subject: "s", Relation: "r"}}}, "also an entity id"},
		{"schema relation", graph.Batch{Facts: []extract.Fact{{ID: "g", Subject: "s", Relation: "sg:name"}}}, "reserved prefix"},
		{"span outside", graph.Batch{Facts: []extract.Fact{{ID: "g", Subject: "s", Relation: "r", Sources: []extract.Source{
			{Doc: "d", Sentence: "s r.", Offset: 10, Spans: extract.Spans{Subject: extract.Span{Off: 10, End: 11}, Object: extract.Span{Off: 13, End: 15}}}}}}},
			"source 0: span [13,15] is not inside its sentence [10,14]"},
		{"empty span", graph.Batch{Facts: []extract.Fact{{ID: "g", Subject: "s", Relation: "r", Sources: []extract.Source{
			{Doc: "d", Sentence: "s r.", Offset: 10, Spans: extract.Spans{Relation: []extract.Span{{Off: 12, End: 13}}}}}}}},
			"span [0,0]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			st, err := s.Add(t.Context(), tc.b)
			if !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("Add = %+v, %v, want an error wrapping ErrInvalid", st, err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "graph: ") || !strings.Contains(msg, tc.want) {
				t.Errorf("Add error = %q, want it to start with \"graph: \" and contain %q", msg, tc.want)
			}
			if n := quads(t, s); n != 0 {
				t.Errorf("store holds %d quads after a rejected batch", n)
			}
		})
	}
}

func testAtomic(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	before := dump(t, s)
	text := "Menabrea wrote a paper."
	for _, tc := range []struct {
		name string
		b    graph.Batch
	}{
		{"invalid last fact", graph.Batch{
			Documents: []extract.Document{{ID: "d9", Text: text}},
			Entities:  []extract.Entity{{ID: Menabrea, Name: "Luigi Menabrea", Type: "PERSON", Mentions: 1, Docs: []string{"d9"}}},
			Facts: []extract.Fact{
				{ID: "f9", Subject: "Luigi Menabrea", SubjectID: Menabrea, Relation: "wrote", Object: "a paper",
					Sources: []extract.Source{{Doc: "d9", Sentence: text}}},
				{ID: "f10", Subject: "", Relation: "wrote", Object: "a paper"},
			}}},
		// Valid on its own, but the entity id is a stored fact's id: found
		// only while reading, after other changes were prepared.
		{"conflict with stored fact", graph.Batch{
			Documents: []extract.Document{{ID: "d9", Text: text}},
			Entities: []extract.Entity{
				{ID: Menabrea, Name: "Luigi Menabrea", Mentions: 1, Docs: []string{"d9"}},
				{ID: "f1", Name: "Not an entity"},
			}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if st, err := s.Add(t.Context(), tc.b); err == nil {
				t.Fatalf("Add = %+v, nil, want an error", st)
			}
			if after := dump(t, s); after != before {
				t.Errorf("failed Add changed the store:\nbefore\n%s\nafter\n%s", before, after)
			}
		})
	}
}

func factIDs(fs []extract.Fact) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.ID)
	}
	return ids
}

func testAbout(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	for _, tc := range []struct {
		about string
		want  []string
	}{
		{"", []string{"f1", "f2", "f3", "f4"}},
		{"babbage", []string{"f1", "f2", "f3", "f4"}}, // alias, any case
		{"ADA LOVELACE", []string{"f1"}},              // attribution is not subject or object
		{Society, []string{"f4"}},                     // id
		{"the royal society", []string{"f4"}},         // alias
		{"London", []string{"f3"}},
		{"The Treaty", []string{"f2"}}, // no entity: argument text
		{"Menabrea", nil},
	} {
		facts, err := s.Facts(t.Context(), graph.FactFilter{About: tc.about})
		if err != nil {
			t.Fatalf("Facts(About: %q) = %v", tc.about, err)
		}
		if got := factIDs(facts); !slices.Equal(got, tc.want) {
			t.Errorf("Facts(About: %q) = %q, want %q", tc.about, got, tc.want)
		}
	}
}

// query runs q and returns its JSON lines as an array (Gizmo) or its one
// result (GraphQL; an empty object when there is none).
func query(t *testing.T, s *graph.Store, lang, q string) (any, error) {
	t.Helper()
	var b bytes.Buffer
	if err := s.Query(t.Context(), lang, q, graph.QueryOptions{}, &b); err != nil {
		return nil, err
	}
	vs := []any{}
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		if line == "" {
			continue
		}
		var v any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("Query(%s, %q) wrote the invalid JSON line %q: %v", lang, q, line, err)
		}
		vs = append(vs, v)
	}
	if lang == "graphql" {
		if len(vs) == 0 {
			return map[string]any{}, nil
		}
		return vs[0], nil
	}
	return vs, nil
}

// testQuerySafety checks that a query stops at its limit and that a
// script looping for ever ends when its context does.
func testQuerySafety(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	var b bytes.Buffer
	if err := s.Query(t.Context(), "gizmo", `g.V().Has("<sg:type>", "PERSON").All()`, graph.QueryOptions{Limit: 1}, &b); err != nil {
		t.Fatalf("Query(limit 1) = %v", err)
	}
	if n := strings.Count(b.String(), "\n"); n != 1 {
		t.Errorf("Query(limit 1) wrote %d lines, want 1:\n%s", n, b.String())
	}
	// A limit reached exactly, then Close: Close must not
	// wait for a read transaction the query left open.
	if err := s.Query(t.Context(), "gizmo", `g.V().Has("<sg:type>", "PERSON").Out("<sg:name>").All()`, graph.QueryOptions{Limit: 1}, &b); err != nil {
		t.Fatalf("Query(limit 1 of 2) = %v", err)
	}
	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatalf("Close after a limited query = %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close after a limited query hangs")
	}
	s = filled(t, open)
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := s.Query(ctx, "gizmo", `while (true) {}`, graph.QueryOptions{}, &b)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Query(endless loop) = %v, want an error wrapping context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Query(endless loop) took %v to stop after a 200 ms deadline", d)
	}
}

func testGizmo(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	for _, tc := range []struct {
		q, want string
	}{
		{`g.V("<` + Ada + `>").Out("<meet>").Out("<sg:name>").All()`, `[{"id":"Charles Babbage"}]`},
		{`g.V("Charles Babbage").In("<sg:name>").Out("<could_visit>").All()`, `[{"id":"<` + London + `>"}]`},
		{`g.V("<` + Babbage + `>").Out("<not_sign>").All()`, `[{"id":"the treaty"}]`},
		{`g.V().Has("<sg:type>", "ORG").Out("<sg:name>").All()`, `[{"id":"Royal Society"}]`},
		{`g.V("<f1>").Out("<sg:subject>").Out("<sg:name>").All()`, `[{"id":"Ada Lovelace"}]`},
		{`g.V("<` + Society + `>").In("<sg:subject>").All()`, `[{"id":"<f4>"}]`},
		{`g.V("the treaty").In("<not_sign>").Out("<sg:name>").All()`, `[{"id":"Charles Babbage"}]`},
		{`g.V("<f2>").Out("<sg:fact>").All()`,
			`[{"id":"{\"relation\":\"did not sign\",\"confidence\":0.75,\"negated\":true,\"relation_lemma\":\"sign\",\"subject\":\"Charles Babbage\",\"object\":\"the treaty\"}"}]`},
		{`g.V("<f2>").Out("<sg:source>").All()`,
			`[{"id":"{\"doc\":\"d1\",\"offset\":59,\"spans\":{\"subject\":[59,66],\"relation\":[[67,79]],\"object\":[80,90]}}"}]`},
		{`g.V("<sent:d1#59>").Out("<sg:text>").All()`, `[{"id":"Babbage did not sign the treaty."}]`},
		{`g.V("<nobody>").All()`, `[]`},
	} {
		got, err := query(t, s, "gizmo", tc.q)
		if err != nil {
			t.Errorf("Query(gizmo, %q) = %v", tc.q, err)
			continue
		}
		var want any
		if err := json.Unmarshal([]byte(tc.want), &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			t.Errorf("Query(gizmo, %q) = %s, want %s", tc.q, g, tc.want)
		}
	}
	for _, q := range []string{`g.V(`, `g.V().Nope()`} {
		if _, err := query(t, s, "gizmo", q); err == nil || !strings.HasPrefix(err.Error(), "graph: gizmo query: ") {
			t.Errorf("Query(gizmo, %q) error = %v, want one starting with \"graph: gizmo query: \"", q, err)
		}
	}
	if _, err := query(t, s, "sparql", "SELECT"); !errors.Is(err, graph.ErrLanguage) {
		t.Errorf("Query(sparql) error = %v, want ErrLanguage", err)
	}
}

func testGraphQL(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	q := `{ people(<sg:type>: "PERSON") { id name: <sg:name> meet { name: <sg:name> } } }`
	got, err := query(t, s, "graphql", q)
	if err != nil {
		if errors.Is(err, graph.ErrUnsupported) {
			t.Skipf("known backend limitation: %v", err)
		}
		t.Fatalf("Query(graphql) = %v", err)
	}
	want := map[string]any{"people": []any{
		map[string]any{"id": "<" + Ada + ">", "name": "Ada Lovelace", "meet": map[string]any{"name": "Charles Babbage"}},
		map[string]any{"id": "<" + Babbage + ">", "name": "Charles Babbage", "meet": nil},
	}}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Errorf("Query(graphql, %q) = %s, want %s", q, g, w)
	}
	if _, err := query(t, s, "graphql", `{ people(`); err == nil || !strings.HasPrefix(err.Error(), "graph: graphql query: ") {
		t.Errorf("Query(graphql, syntax error) = %v, want an error starting with \"graph: graphql query: \"", err)
	}
}

// End is an edge without its evidence: its ends and relation.
type End struct {
	From, FromID, Relation, To, ToID string
}

// Ends returns the ends and relations of edges.
func Ends(es []graph.Edge) []End {
	var out []End
	for _, e := range es {
		out = append(out, End{e.From, e.FromID, e.Relation, e.To, e.ToID})
	}
	return out
}

// evidence is what an edge says of the facts behind it.
type evidence struct {
	Date          string
	Confidence    float64
	Corroboration int
	Facts         []string // fact ids
	Titles        []string // titles of the facts' sources
	Sentences     []string
}

func evidenceOf(e graph.Edge) evidence {
	ev := evidence{Date: e.Date, Confidence: e.Confidence, Corroboration: e.Corroboration}
	for _, f := range e.Facts {
		ev.Facts = append(ev.Facts, f.ID)
		for _, s := range f.Sources {
			ev.Titles = append(ev.Titles, s.Title)
			ev.Sentences = append(ev.Sentences, s.Sentence)
		}
	}
	return ev
}

func testNeighbours(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	got, err := s.Neighbours(t.Context(), "Babbage")
	if err != nil {
		t.Fatalf("Neighbours = %v", err)
	}
	want := []End{
		{From: "Ada Lovelace", FromID: Ada, Relation: "meet", To: "Charles Babbage", ToID: Babbage},
		{From: "Charles Babbage", FromID: Babbage, Relation: "could visit", To: "London", ToID: London},
		{From: "Charles Babbage", FromID: Babbage, Relation: "not sign", To: "the treaty"},
		{From: "Royal Society", FromID: Society, Relation: "admit", To: "Charles Babbage", ToID: Babbage},
	}
	checkJSON(t, "Neighbours(Babbage)", Ends(got), want)
	// Each edge carries the fact behind it, its date, confidence, the
	// number of documents and its sources with their titles.
	wantEv := []evidence{
		{"1833-06-05", 0.9, 1, []string{"f1"}, []string{"A meeting in London"},
			[]string{"Ada Lovelace met Charles Babbage in London on 5 June 1833."}},
		{"1834-05", 0.5, 1, []string{"f3"}, []string{"Travel plans"}, []string{"Babbage could visit London in May."}},
		{"", 0.75, 1, []string{"f2"}, []string{"A meeting in London"}, []string{"Babbage did not sign the treaty."}},
		{"", 0.625, 1, []string{"f4"}, []string{"Travel plans"}, []string{"The Royal Society admitted Babbage, Lovelace said."}},
	}
	for i, e := range got {
		if i < len(wantEv) && !reflect.DeepEqual(evidenceOf(e), wantEv[i]) {
			t.Errorf("Neighbours(Babbage)[%d] evidence = %+v, want %+v", i, evidenceOf(e), wantEv[i])
		}
	}
	if len(got) > 0 && (len(got[0].Facts) != 1 || got[0].Facts[0].Relation != "met" || got[0].Facts[0].Sources[0].Spans.Subject.IsZero()) {
		t.Errorf("Neighbours(Babbage)[0].Facts = %+v, want f1 as written (\"met\") with its spans", got[0].Facts)
	}
	for _, name := range []string{"Menabrea", "Babage"} {
		_, err := s.Neighbours(t.Context(), name)
		var ne *graph.NameError
		if !errors.Is(err, graph.ErrNotFound) || !errors.As(err, &ne) {
			t.Errorf("Neighbours(%q) error = %v, want a NameError wrapping ErrNotFound", name, err)
		}
	}
	// A misspelt name is offered the entity it was meant for.
	_, err = s.Neighbours(t.Context(), "Babage")
	if err == nil || !strings.Contains(err.Error(), "closest: Charles Babbage") || strings.Count(err.Error(), "graph:") != 1 {
		t.Errorf("Neighbours(Babage) error = %v, want one \"graph:\" and the closest candidate Charles Babbage", err)
	}
}

func testResolve(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	// Two more entities share the alias "Charles" to make it ambiguous.
	if _, err := s.Add(t.Context(), graph.Batch{Entities: []extract.Entity{
		{ID: "e:person:charles_darwin", Name: "Charles Darwin", Type: "PERSON", Aliases: []string{"Charles"}, Mentions: 1, Docs: []string{}},
		{ID: "e:person:charles_dickens", Name: "Charles Dickens", Type: "PERSON", Aliases: []string{"Charles"}, Mentions: 3, Docs: []string{}},
	}}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, want string
		err        error
	}{
		{"Ada Lovelace", Ada, nil},
		{"ada lovelace", Ada, nil},          // case ignored
		{"  Lovelace ", Ada, nil},           // an alias, spaces trimmed
		{"the royal society", Society, nil}, // an alias without case
		{Babbage, Babbage, nil},             // an id
		{"Ádá Lovelace", Ada, nil},          // diacritics ignored
		{"Charles", "", graph.ErrAmbiguous},
		{"Menabrea", "", graph.ErrNotFound},
		{"", "", graph.ErrNotFound},
	} {
		e, err := s.Resolve(t.Context(), tc.name)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("Resolve(%q) = %v, %v, want an error wrapping %v", tc.name, e.ID, err, tc.err)
			}
			continue
		}
		if err != nil || e.ID != tc.want {
			t.Errorf("Resolve(%q) = %q, %v, want %q", tc.name, e.ID, err, tc.want)
		}
	}
	_, err := s.Resolve(t.Context(), "Charles")
	var ne *graph.NameError
	if !errors.As(err, &ne) || len(ne.Candidates) != 2 || ne.Candidates[0].Name != "Charles Dickens" {
		t.Errorf("Resolve(Charles) = %v, want both Charles as candidates, Dickens (more mentions) first", err)
	}
}

func testPath(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	meet := End{From: "Ada Lovelace", FromID: Ada, Relation: "meet", To: "Charles Babbage", ToID: Babbage}
	visit := End{From: "Charles Babbage", FromID: Babbage, Relation: "could visit", To: "London", ToID: London}
	admit := End{From: "Royal Society", FromID: Society, Relation: "admit", To: "Charles Babbage", ToID: Babbage}
	for _, tc := range []struct {
		from, to string
		depth    int
		want     []End
	}{
		{"Ada Lovelace", "London", 0, []End{meet, visit}},
		{"london", "lovelace", 5, []End{visit, meet}}, // against edge direction
		{"Ada Lovelace", "Royal Society", 2, []End{meet, admit}},
		{"Ada Lovelace", "London", 1, nil},
		{"Ada Lovelace", Ada, 0, []End{}},
	} {
		got, err := s.Path(t.Context(), tc.from, tc.to, tc.depth)
		if err != nil {
			t.Errorf("Path(%q, %q, %d) = %v", tc.from, tc.to, tc.depth, err)
			continue
		}
		if (got == nil) != (tc.want == nil) {
			t.Errorf("Path(%q, %q, %d) = %#v, want %#v", tc.from, tc.to, tc.depth, got, tc.want)
		}
		checkJSON(t, fmt.Sprintf("Path(%q, %q, %d)", tc.from, tc.to, tc.depth), Ends(got), tc.want)
	}
	if p, err := s.Path(t.Context(), "Ada Lovelace", "London", 0); err == nil && len(p) == 2 {
		if ev := evidenceOf(p[0]); ev.Date != "1833-06-05" || ev.Corroboration != 1 || !slices.Equal(ev.Titles, []string{"A meeting in London"}) {
			t.Errorf("Path(Ada, London)[0] evidence = %+v, want f1 dated 1833-06-05 from \"A meeting in London\"", ev)
		}
	}
	if _, err := s.Path(t.Context(), "Ada Lovelace", "Menabrea", 0); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Path(to unknown) error = %v, want ErrNotFound", err)
	}
}

// testPathSupport checks that among equally short chains the best
// supported wins and that Paths lists the others: Ada reaches London
// through Babbage (one document) or through a second entity reported by
// two documents.
func testPathSupport(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	const text3 = "Ada Lovelace wrote to Mary Somerville. Mary Somerville lived in London."
	const text4 = "Lovelace wrote to Mary Somerville again. Somerville lived in London then."
	const mary = "e:person:mary_somerville"
	src := func(doc, text string, i int, subj string, rel []string, obj string) []extract.Source {
		return []extract.Source{sentence(doc, text, i, subj, rel, obj)}
	}
	b := graph.Batch{
		Documents: []extract.Document{
			{ID: "d3", Title: "Letters", Text: text3, Hash: extract.HashText(text3)},
			{ID: "d4", Title: "More letters", Text: text4, Hash: extract.HashText(text4)},
		},
		Entities: []extract.Entity{{ID: mary, Name: "Mary Somerville", Type: "PERSON", Aliases: []string{"Somerville"},
			Mentions: 4, Docs: []string{"d3", "d4"}}},
		Facts: []extract.Fact{
			{ID: "m1", Subject: "Ada Lovelace", SubjectID: Ada, Relation: "wrote to", RelationLemma: "write to",
				Object: "Mary Somerville", ObjectID: mary, Confidence: 0.6, Sources: src("d3", text3, 0, "Ada Lovelace", []string{"wrote to"}, "Mary Somerville")},
			{ID: "m2", Subject: "Ada Lovelace", SubjectID: Ada, Relation: "wrote to", RelationLemma: "write to",
				Object: "Mary Somerville", ObjectID: mary, Confidence: 0.5, Sources: src("d4", text4, 0, "Lovelace", []string{"wrote to"}, "Mary Somerville")},
			{ID: "m3", Subject: "Mary Somerville", SubjectID: mary, Relation: "lived in", RelationLemma: "live in",
				Object: "London", ObjectID: London, Confidence: 0.7, Sources: src("d3", text3, 1, "Mary Somerville", []string{"lived in"}, "London")},
			{ID: "m4", Subject: "Mary Somerville", SubjectID: mary, Relation: "lived in", RelationLemma: "live in",
				Object: "London", ObjectID: London, Confidence: 0.7, Sources: src("d4", text4, 1, "Somerville", []string{"lived in"}, "London")},
		},
	}
	if _, err := s.Add(t.Context(), b); err != nil {
		t.Fatal(err)
	}
	ps, err := s.Paths(t.Context(), "Ada Lovelace", "London", graph.PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 {
		t.Fatalf("Paths(Ada, London) = %d paths, want 2", len(ps))
	}
	if got := ps[0].Edges[0].ToID; got != mary || ps[0].Corroboration != 2 {
		t.Errorf("best path goes through %s with corroboration %d, want %s with 2 (two documents each hop)",
			got, ps[0].Corroboration, mary)
	}
	if f := ps[0].Edges[0].Facts; len(f) != 2 || f[0].ID != "m1" {
		t.Errorf("best path's first edge facts = %d, want m1 and m2, m1 (more confident) first", len(f))
	}
	if got := ps[1].Edges[0].ToID; got != Babbage || ps[1].Corroboration != 1 {
		t.Errorf("second path goes through %s with corroboration %d, want %s with 1", got, ps[1].Corroboration, Babbage)
	}
	if p, err := s.Path(t.Context(), "Ada Lovelace", "London", 0); err != nil || len(p) != 2 || p[0].ToID != mary {
		t.Errorf("Path(Ada, London) = %v, %v, want the chain through Mary Somerville", Ends(p), err)
	}
}

func testSnapshot(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	g, err := s.Snapshot(t.Context())
	if err != nil {
		t.Fatalf("Snapshot = %v", err)
	}
	// Node ids follow the sorted entity ids.
	order := []string{London, Society, Ada, Babbage}
	if g.Len() != len(order) {
		t.Fatalf("Snapshot has %d nodes, want %d", g.Len(), len(order))
	}
	for i, id := range order {
		if n, ok := g.NodeOf(id); !ok || n != int64(i) {
			t.Errorf("NodeOf(%q) = %d, %v, want %d", id, n, ok, i)
		}
	}
	nodes := g.Nodes()
	var ids []int64
	for nodes.Next() {
		ids = append(ids, nodes.Node().ID())
	}
	if !slices.Equal(ids, []int64{0, 1, 2, 3}) {
		t.Errorf("Nodes() = %v, want [0 1 2 3]", ids)
	}
	for _, tc := range []struct {
		u, v int64
		want bool
	}{
		{2, 3, true}, {3, 0, true}, {1, 3, true}, {3, 2, false}, {0, 3, false}, {2, 0, false},
	} {
		if got := g.HasEdgeFromTo(tc.u, tc.v); got != tc.want {
			t.Errorf("HasEdgeFromTo(%s, %s) = %v, want %v", order[tc.u], order[tc.v], got, tc.want)
		}
	}
	if w, ok := g.Weight(2, 3); !ok || w != 1 {
		t.Errorf("Weight(Ada, Babbage) = %v, %v, want 1, true", w, ok)
	}
	if l, ok := g.Link(2, 3); !ok || len(l.Facts) != 1 || l.Facts[0].ID != "f1" {
		t.Errorf("Link(Ada, Babbage) = %+v, %v, want the link of f1", l, ok)
	}
	if len(g.Facts) != 4 {
		t.Errorf("Snapshot.Facts has %d facts, want 4", len(g.Facts))
	}
	to := g.To(3)
	var in []int64
	for to.Next() {
		in = append(in, to.Node().ID())
	}
	if !slices.Equal(in, []int64{1, 2}) {
		t.Errorf("To(Babbage) = %v, want [1 2]", in)
	}
}

// testConcurrent reads while batches are added; run with -race.
func testConcurrent(t *testing.T, open func(*testing.T) *graph.Store) {
	s := filled(t, open)
	done := make(chan error, 1)
	go func() {
		var err error
		for i := range 5 {
			text := fmt.Sprintf("Babbage wrote letter %d.", i)
			_, err = s.Add(t.Context(), graph.Batch{
				Documents: []extract.Document{{ID: fmt.Sprintf("c%d", i), Text: text}},
				Facts: []extract.Fact{{Subject: "Charles Babbage", SubjectID: Babbage, Relation: "wrote",
					Object: fmt.Sprintf("letter %d", i), Confidence: 0.5,
					Sources: []extract.Source{{Doc: fmt.Sprintf("c%d", i), Sentence: text}}}},
			})
			if err != nil {
				break
			}
		}
		done <- err
	}()
	for range 5 {
		if _, err := s.Facts(t.Context(), graph.FactFilter{About: "Babbage"}); err != nil {
			t.Errorf("Facts during Add = %v", err)
		}
		if _, err := s.Snapshot(t.Context()); err != nil {
			t.Errorf("Snapshot during Add = %v", err)
		}
		if _, err := query(t, s, "gizmo", `g.V("<`+Babbage+`>").Out("<wrote>").All()`); err != nil {
			t.Errorf("Query during Add = %v", err)
		}
	}
	if err := <-done; err != nil {
		t.Fatalf("Add = %v", err)
	}
	facts, err := s.Facts(t.Context(), graph.FactFilter{})
	if err != nil || len(facts) != 9 {
		t.Errorf("Facts() = %d facts, %v, want 9", len(facts), err)
	}
}

func testClosed(t *testing.T, open func(*testing.T) *graph.Store) {
	s := open(t)
	if err := s.Close(); err != nil {
		t.Fatalf("Close = %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close = %v, want nil", err)
	}
	if _, err := s.Add(t.Context(), Batch()); !errors.Is(err, graph.ErrClosed) {
		t.Errorf("Add after Close = %v, want ErrClosed", err)
	}
	if _, err := s.Facts(t.Context(), graph.FactFilter{}); !errors.Is(err, graph.ErrClosed) {
		t.Errorf("Facts after Close = %v, want ErrClosed", err)
	}
}

// TestFile checks what only a bolt file can do: keep data across reopening,
// refuse a second opener, and reject files that are not storygraph
// databases. It uses t.TempDir.
func TestFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.db")
	t.Run("Reopen", func(t *testing.T) {
		s, err := graph.Open(t.Context(), path)
		if err != nil {
			t.Fatalf("Open(new file) = %v", err)
		}
		if _, err := s.Add(t.Context(), Batch()); err != nil {
			t.Fatalf("Add = %v", err)
		}
		before := dump(t, s)
		if err := s.Close(); err != nil {
			t.Fatalf("Close = %v", err)
		}
		s, err = graph.Open(t.Context(), path)
		if err != nil {
			t.Fatalf("Open(existing file) = %v", err)
		}
		defer s.Close()
		if after := dump(t, s); after != before {
			t.Errorf("reopened store differs:\nbefore\n%s\nafter\n%s", before, after)
		}
		if st, err := s.Add(t.Context(), Batch()); err != nil || st.Quads != 0 {
			t.Errorf("Add(same batch) after reopening = %+v, %v, want 0 quads", st, err)
		}
		// A second opener waits for the lock, then gives up.
		if s2, err := graph.Open(t.Context(), path); !errors.Is(err, graph.ErrLocked) {
			if err == nil {
				s2.Close()
			}
			t.Errorf("Open(locked file) = %v, want ErrLocked", err)
		}
	})
	// A bolt header (magic 0xED0CDAED, version 2, 4 KiB pages) on garbage:
	// passes the header check, fails bbolt's checksums.
	forged := bytes.Repeat([]byte("storygraph!"), 4000)
	copy(forged[16:], []byte{0xED, 0xDA, 0x0C, 0xED, 2, 0, 0, 0, 0, 0x10, 0, 0})
	bad := map[string][]byte{
		"text":   []byte("Ada Lovelace met Charles Babbage.\n"),
		"zeros":  make([]byte, 64<<10),
		"json":   bytes.Repeat([]byte(`{"id":"d1"}`+"\n"), 1000),
		"forged": forged,
	}
	for _, name := range []string{"text", "zeros", "json", "forged"} {
		t.Run("Corrupt/"+name, func(t *testing.T) {
			p := filepath.Join(dir, name+".db")
			if err := os.WriteFile(p, bad[name], 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := graph.Open(t.Context(), p)
			if !errors.Is(err, graph.ErrCorrupt) {
				if err == nil {
					s.Close()
				}
				t.Fatalf("Open(%s file) = %v, want ErrCorrupt", name, err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "graph: open "+p) {
				t.Errorf("Open(%s file) error = %q, want it to name the file", name, msg)
			}
		})
	}
	t.Run("Truncated", func(t *testing.T) {
		// A real store cut after 5 pages: its meta page names pages past
		// the end, which bbolt would fault on.
		p := filepath.Join(dir, "truncated.db")
		s, err := graph.Open(t.Context(), p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Add(t.Context(), Batch()); err != nil {
			t.Fatal(err)
		}
		s.Close()
		if err := os.Truncate(p, 5*4096); err != nil {
			t.Fatal(err)
		}
		s, err = graph.Open(t.Context(), p)
		if !errors.Is(err, graph.ErrCorrupt) {
			if err == nil {
				s.Close()
			}
			t.Errorf("Open(truncated file) = %v, want ErrCorrupt", err)
		}
	})
	t.Run("Directory", func(t *testing.T) {
		if _, err := graph.Open(t.Context(), dir); !errors.Is(err, graph.ErrCorrupt) {
			t.Errorf("Open(directory) = %v, want ErrCorrupt", err)
		}
	})
}
