package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/timeline"
)

// fixedLayouter stands in for Graphviz where the picture is not what is
// tested: it returns the same small SVG for any DOT.
type fixedLayouter struct{}

func (fixedLayouter) Layout(ctx context.Context, dot []byte, format string) ([]byte, error) {
	return []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="200pt" height="80pt" viewBox="0 0 200 80"><text x="10" y="40" font-size="12">map</text></svg>`), nil
}

// ferryStore is a made-up story in a memory store: three articles and a
// syndicated copy of the first, facts with spans, one fact below the
// default confidence and one raw extraction.
func ferryStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx := t.Context()
	s, err := graph.OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	const (
		s1 = "The council of Brey voted on Monday to fund a ferry to Oster."
		s2 = "Ines Marr, the mayor of Brey, signed the ferry contract with Oster Lines on March 3."
		s3 = "Oster Lines will run the ferry twice a day."
		s4 = "Marr signed the ferry contract with Oster Lines in the town hall."
		s5 = "Critics said the ferry was too costly."
		s6 = "Oster Lines hired twelve sailors."
	)
	text1 := s1 + " " + s2 + " " + s3
	docs := []extract.Document{
		{ID: "brey-1", Title: "Brey votes for a ferry", Source: "Brey Courier", Published: day(2), Text: text1},
		{ID: "wire-7", Title: "Brey votes for a ferry", Source: "Coast Wire", Published: day(2), Text: text1},
		{ID: "oster-2", Title: "Oster Lines wins the ferry contract", Source: "Oster Daily", Published: day(4), Text: s4 + " " + s5 + " " + s6},
		{ID: "notes", Text: "Notes."},
	}
	marr := ent("PERSON", "Ines Marr", 3, []string{"brey-1", "wire-7", "oster-2"}, "Marr")
	lines := ent("ORG", "Oster Lines", 4, []string{"brey-1", "wire-7", "oster-2"})
	brey := ent("GPE", "Brey", 2, []string{"brey-1", "wire-7"})
	both := func(sentence string, off int, subj string, rel []string, obj string) []extract.Source {
		return []extract.Source{spanSource("brey-1", sentence, off, subj, rel, obj), spanSource("wire-7", sentence, off, subj, rel, obj)}
	}
	off2, off3 := len(s1)+1, len(s1)+1+len(s2)+1
	facts := []extract.Fact{
		{Subject: "Brey", SubjectID: brey.ID, Relation: "voted to fund", RelationLemma: "vote fund", Object: "a ferry to Oster",
			Date: "2026-03-02", Granularity: "day", Confidence: 0.8, Sources: both(s1, 0, "The council of Brey", []string{"voted", "to fund"}, "a ferry to Oster")},
		{Subject: "Ines Marr", SubjectID: marr.ID, Relation: "signed", RelationLemma: "sign", Object: "the ferry contract",
			Date: "2026-03-03", Granularity: "day", Confidence: 0.9,
			Sources: append(both(s2, off2, "Ines Marr", []string{"signed"}, "the ferry contract"),
				spanSource("oster-2", s4, 0, "Marr", []string{"signed"}, "the ferry contract"))},
		{Subject: "Ines Marr", SubjectID: marr.ID, Relation: "signed the ferry contract with", RelationLemma: "sign with", Object: "Oster Lines",
			ObjectID: lines.ID, Confidence: 0.75,
			Sources: []extract.Source{spanSource("oster-2", s4, 0, "Marr", []string{"signed the ferry contract with"}, "Oster Lines")}},
		{Subject: "Oster Lines", SubjectID: lines.ID, Relation: "will run", RelationLemma: "run", Object: "the ferry", Modality: "will",
			Confidence: 0.7, Sources: both(s3, off3, "Oster Lines", []string{"will run"}, "the ferry")},
		{Subject: "Critics", Relation: "said", RelationLemma: "say", Object: "the ferry was too costly", Confidence: 0.2,
			Sources: []extract.Source{spanSource("oster-2", s5, len(s4)+1, "Critics", []string{"said"}, "the ferry was too costly")}},
		{Subject: "Oster Lines", SubjectID: lines.ID, Relation: "hired", RelationLemma: "hire", Object: "twelve sailors", Confidence: 0.6,
			Sources: []extract.Source{spanSource("oster-2", s6, len(s4)+len(s5)+2, "Oster Lines", []string{"hired"}, "twelve sailors")}},
		{Subject: "Ines Marr", SubjectID: marr.ID, Relation: "is", Object: "the mayor of Brey", Confidence: 0.5, Gate: "description",
			Sources: both(s2, off2, "Ines Marr", nil, "the mayor of Brey")},
	}
	for i := range facts {
		facts[i].SetID()
	}
	if _, err := s.Add(ctx, graph.Batch{Documents: docs, Entities: []extract.Entity{marr, lines, brey}, Facts: facts}); err != nil {
		t.Fatal(err)
	}
	return s
}

var svgElement = regexp.MustCompile(`(?s)<svg.*?</svg>`)

// TestBuildReportGolden pins the HTML and Markdown reports BuildReport
// makes of ferryStore with a fixed clock (testdata/ferry.*.golden,
// rewritten with -update). The pictures are replaced by a placeholder:
// their own tests pin them.
func TestBuildReportGolden(t *testing.T) {
	s := ferryStore(t)
	opts := ReportOptions{Now: time.Date(2026, 3, 5, 9, 30, 0, 0, time.FixedZone("CET", 3600)),
		MinConfidence: DefaultMinConfidence, Layouter: fixedLayouter{}}
	r, err := BuildReport(t.Context(), s, opts)
	if err != nil {
		t.Fatal(err)
	}
	var h, m bytes.Buffer
	if err := WriteHTML(&h, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteMarkdown(&m, r); err != nil {
		t.Fatal(err)
	}
	text := checkHTML(t, h.Bytes())
	checkGolden(t, "ferry.html.golden", svgElement.ReplaceAll(h.Bytes(), []byte("<svg/>")))
	md := regexp.MustCompile(`data:image/svg\+xml;base64,[A-Za-z0-9+/=]+`).ReplaceAll(m.Bytes(), []byte("data:image/svg+xml;base64,"))
	checkGolden(t, "ferry.md.golden", md)

	for _, w := range []string{
		// the clock as given, in UTC; a title from the corpus
		"generated 5 Mar 2026 08:30 UTC",
		"Oster Lines, Ines Marr and Brey, 2–4 Mar 2026",
		// the copy is listed once, under the first article, and counted once
		"3 articles (and 1 copy) from Brey Courier, Coast Wire and Oster Daily",
		"Brey votes for a ferry — Brey Courier, 2 Mar 2026 Also published by Coast Wire (2 Mar 2026) (the same text, counted once).",
		"3 Mar 2026 Ines Marr signed the ferry contract — 2 sources: Brey votes for a ferry (Brey Courier, 2 Mar 2026); Oster Lines wins the ferry contract (Oster Daily, 4 Mar 2026)",
		"— Brey votes for a ferry (Brey Courier, 2 Mar 2026) and 1 copy",
		// an article without a title is named by nothing worse than its id
		"notes",
		// below the default confidence: not listed, but said
		"1 fact below confidence 0.3 is not listed.",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("report text lacks %q", w)
		}
	}
	for _, no := range []string{"Critics said", "the mayor of Brey (", "mayor of Brey</b>"} {
		if strings.Contains(text, no) || strings.Contains(h.String(), no) {
			t.Errorf("report shows %q (below the confidence floor or a raw extraction)", no)
		}
	}

	// The same graph and clock give the same bytes.
	r2, err := BuildReport(t.Context(), s, opts)
	if err != nil {
		t.Fatal(err)
	}
	var h2 bytes.Buffer
	if err := WriteHTML(&h2, r2); err != nil || !bytes.Equal(h.Bytes(), h2.Bytes()) {
		t.Errorf("BuildReport + WriteHTML is not reproducible (err %v)", err)
	}

	// MinConfidence 0 lists every graph fact, still no raw extraction.
	opts.MinConfidence = 0
	r0, err := BuildReport(t.Context(), s, opts)
	if err != nil {
		t.Fatal(err)
	}
	var h0 bytes.Buffer
	if err := WriteHTML(&h0, r0); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h0.String(), "Critics</mark> <mark class=\"relation\" title=\"relation\">said</mark>") ||
		strings.Contains(h0.String(), "below confidence") || strings.Contains(h0.String(), "mayor of Brey</mark>. <span") {
		t.Errorf("MinConfidence 0: the low-confidence fact should be listed and no raw extraction")
	}
}

// slowLayouter runs out of time.
type slowLayouter struct{}

func (slowLayouter) Layout(ctx context.Context, dot []byte, format string) ([]byte, error) {
	return nil, fmt.Errorf("render: graphviz dot layout did not finish: %w", context.DeadlineExceeded)
}

// TestBuildReportLayoutTimeout checks that a map that cannot be laid out in
// time leaves a report without a map that says so.
func TestBuildReportLayoutTimeout(t *testing.T) {
	r, err := BuildReport(t.Context(), ferryStore(t), ReportOptions{Layouter: slowLayouter{}})
	if err != nil {
		t.Fatalf("BuildReport: %v", err)
	}
	var b bytes.Buffer
	if err := WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(checkHTML(t, b.Bytes()), "The map could not be laid out in time") || strings.Contains(b.String(), `<div class="mapbox">`) {
		t.Errorf("report of a map that timed out does not say so")
	}
	if _, err := BuildReport(t.Context(), ferryStore(t), ReportOptions{Layouter: errLayouter{}}); err == nil {
		t.Errorf("another layout error is not returned")
	}
}

type errLayouter struct{}

func (errLayouter) Layout(ctx context.Context, dot []byte, format string) ([]byte, error) {
	return nil, fmt.Errorf("render: graphviz: broken")
}

// TestBuildReportGraphviz checks that the real layout is reproducible too:
// the same graph gives byte-identical HTML with the map drawn by Graphviz.
func TestBuildReportGraphviz(t *testing.T) {
	s := ferryStore(t)
	now := time.Date(2026, 3, 5, 8, 30, 0, 0, time.UTC)
	var pages [2][]byte
	for i := range pages {
		r, err := BuildReport(t.Context(), s, ReportOptions{Now: now, MinConfidence: DefaultMinConfidence})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := WriteHTML(&b, r); err != nil {
			t.Fatal(err)
		}
		pages[i] = b.Bytes()
	}
	if !bytes.Equal(pages[0], pages[1]) {
		t.Errorf("two reports of the same graph differ")
	}
	if !bytes.Contains(pages[0], []byte("Ines Marr</text>")) {
		t.Errorf("the report's map does not draw Ines Marr")
	}
	checkMapReadable(t, pages[0])
}

// checkMapReadable checks that the map inlined in a report is shown at its
// natural size (the CSS does not scale it down by default) and that its
// smallest label is at least 11 CSS px there: Graphviz gives the width in pt
// (4/3 px) and the view box in pt.
func checkMapReadable(t *testing.T, page []byte) {
	t.Helper()
	if !bytes.Contains(page, []byte(".mapbox svg,.tlbox svg{display:block;max-width:none}")) ||
		!bytes.Contains(page, []byte(`id="zoom-full" checked`)) {
		t.Errorf("the map is not shown at full size by default")
	}
	i := bytes.Index(page, []byte(`<div class="mapbox">`))
	if i < 0 {
		t.Fatal("no map box")
	}
	dec := xml.NewDecoder(bytes.NewReader(page[i+len(`<div class="mapbox">`):]))
	scale, smallest, labels := 0.0, 1e9, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		st, ok := tok.(xml.StartElement)
		if !ok {
			if e, ok := tok.(xml.EndElement); ok && e.Name.Local == "svg" {
				break
			}
			continue
		}
		attr := func(name string) string {
			for _, a := range st.Attr {
				if a.Name.Local == name {
					return a.Value
				}
			}
			return ""
		}
		switch st.Name.Local {
		case "svg":
			w := attr("width")
			px, err := strconv.ParseFloat(strings.TrimSuffix(w, "pt"), 64)
			if err != nil {
				t.Fatalf("map width %q", w)
			}
			if strings.HasSuffix(w, "pt") {
				px *= 4.0 / 3
			}
			vb := strings.Fields(attr("viewBox"))
			if len(vb) != 4 {
				t.Fatalf("map viewBox %q", attr("viewBox"))
			}
			vw, _ := strconv.ParseFloat(vb[2], 64)
			scale = px / vw
		case "text":
			fs, err := strconv.ParseFloat(attr("font-size"), 64)
			if err == nil {
				labels++
				smallest = min(smallest, fs*scale)
			}
		}
	}
	if labels == 0 {
		t.Fatalf("the map has no labels")
	}
	if smallest < 11 {
		t.Errorf("the map's smallest label is %.1f px at full size, want ≥ 11", smallest)
	}
}

func TestReportMapReadable(t *testing.T) {
	var b bytes.Buffer
	if err := WriteHTML(&b, storyReport(t)); err != nil {
		t.Fatal(err)
	}
	checkMapReadable(t, b.Bytes())
}

// bigReport is a synthetic corpus of n articles (every tenth one with
// three syndicated copies), with about 7 facts, 2 events and an entity per
// article, and pictures of mapBytes and timelineBytes.
func bigReport(n, mapBytes, timelineBytes int) Report {
	r := Report{Title: "Big", MinConfidence: DefaultMinConfidence}
	sentence := func(i, j int) string {
		return fmt.Sprintf("Official %d of agency %d told reporters on day %d that the inquiry number %d into the harbour works would continue for weeks.", j, i%97, i%28+1, i*10+j)
	}
	for i := range n {
		id := fmt.Sprintf("a%05d", i)
		r.Documents = append(r.Documents, DocInfo{ID: id, Title: fmt.Sprintf("Inquiry into the harbour works, part %d", i),
			Source: fmt.Sprintf("Outlet %d", i%40), Published: fmt.Sprintf("2025-%02d-%02d", i%12+1, i%28+1), URL: "https://example.org/" + id})
		r.Entities = append(r.Entities, ent("PERSON", fmt.Sprintf("Person %d", i), 1+i%9, []string{id, fmt.Sprintf("a%05d", (i+1)%n)},
			fmt.Sprintf("P. %d", i), fmt.Sprintf("Official %d", i)))
		var srcs []extract.Source
		for j := range 7 {
			subj := (i + j) % n
			if j < 3 {
				subj = i % 50 // a few people with many facts
			}
			f := fact(fmt.Sprintf("Person %d", subj), "PERSON", "told", fmt.Sprintf("reporters about inquiry %d", i*10+j), "", sentence(i, j), id)
			f.Confidence = 0.25 + float64((i+j)%10)/13
			f.Sources[0].Offset = 200 * j
			r.Facts = append(r.Facts, f)
			srcs = append(srcs, f.Sources[0])
		}
		if i%10 == 0 {
			for c := range 3 {
				cid := fmt.Sprintf("%s-copy%d", id, c)
				r.Documents = append(r.Documents, DocInfo{ID: cid, Title: r.Documents[len(r.Documents)-1-c].Title, Source: fmt.Sprintf("Syndicate %d", c),
					Published: r.Documents[len(r.Documents)-1-c].Published})
				for k := range 7 {
					f := &r.Facts[len(r.Facts)-7+k]
					s := f.Sources[0]
					s.Doc = cid
					f.Sources = append(f.Sources, s)
				}
			}
		}
		for k := range 2 {
			r.Timeline.Events = append(r.Timeline.Events, timeline.Event{Date: fmt.Sprintf("2025-%02d-%02d", i%12+1, i%28+1), Granularity: "day",
				Subject: fmt.Sprintf("Person %d", i), Relation: "opened", Object: fmt.Sprintf("inquiry %d", i*2+k), Corroboration: 1,
				Sources: srcs[k : k+1]})
		}
	}
	pic := func(size int) []byte {
		var b strings.Builder
		b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">`)
		for b.Len() < size {
			b.WriteString(`<text x="1" y="1" font-size="12">label</text>`)
		}
		b.WriteString("</svg>")
		return []byte(b.String())
	}
	r.MapSVG, r.TimelineSVG = pic(mapBytes), pic(timelineBytes)
	return r
}

// TestReportBounded checks the caps: a 3,000-article corpus (with
// syndicated copies, 21,000 facts and 6,000 events) and pictures of the
// size a capped map and a long timeline take give a report under 5 MB that
// says what it leaves out.
func TestReportBounded(t *testing.T) {
	r := bigReport(3000, 400_000, 1_000_000)
	var h, m bytes.Buffer
	if err := WriteHTML(&h, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteMarkdown(&m, r); err != nil {
		t.Fatal(err)
	}
	const limit = 5 << 20
	if h.Len() > limit || m.Len() > limit {
		t.Errorf("report sizes: HTML %d bytes, Markdown %d bytes; want ≤ %d", h.Len(), m.Len(), limit)
	}
	t.Logf("HTML %d bytes, Markdown %d bytes", h.Len(), m.Len())
	page := h.String()
	text := checkHTML(t, h.Bytes())
	lim := ReportLimits{}.withDefaults()
	if n := strings.Count(page, `<li id="fact-`); n != lim.Facts {
		t.Errorf("%d facts listed, want the cap %d", n, lim.Facts)
	}
	if n := strings.Count(page, `<details id="facts-`); n > lim.FactEntities {
		t.Errorf("%d fact groups, want ≤ %d", n, lim.FactEntities)
	}
	if n := strings.Count(page, "<tr><td title="); n != lim.Entities {
		t.Errorf("%d entity rows, want %d", n, lim.Entities)
	}
	for _, w := range []string{
		"3,000 articles (and 900 copies)",
		"5,800 more dated events with fewer sources are not listed.",
		"The 2,800 other entities with fewer sources, mentions and facts are not listed.",
		"more facts about",
		"facts below confidence 0.3 are not listed.",
		"Also published by Syndicate 0 (1 Jan 2025), Syndicate 1 (1 Jan 2025), Syndicate 2 (1 Jan 2025) (the same text, counted once).",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("report lacks %q", w)
		}
	}
	if n := len(regexp.MustCompile(`25 of 1[0-9]{2} facts listed, those with the most sources first`).FindAllString(text, -1)); n != lim.Facts/25 {
		t.Errorf("%d entities with a capped list of facts, want %d", n, lim.Facts/25)
	}
	// A timeline picture over the budget is left out, and said so.
	r.TimelineSVG = bigReport(1, 0, MaxInlineSVG+1000).TimelineSVG
	var h2 bytes.Buffer
	if err := WriteHTML(&h2, r); err != nil {
		t.Fatal(err)
	}
	if h2.Len() > limit || strings.Contains(h2.String(), `<div class="tlbox">`) ||
		!strings.Contains(h2.String(), "The timeline picture (2.0 MB) is too large to include here; storygraph timeline --svg timeline.svg draws it.") {
		t.Errorf("a %d-byte timeline picture: report of %d bytes, picture inlined or not said", len(r.TimelineSVG), h2.Len())
	}
	// Each copied article is listed once.
	if n := strings.Count(page, `<li id="doc-`); n != 3000 {
		t.Errorf("%d sources listed, want 3000 (copies folded)", n)
	}
}

var copyGroupTests = []struct {
	name  string
	docs  []DocInfo
	sents map[string][]string // document → sentences read there
	want  map[string]string   // document → first of its group
}{
	{"same hash",
		[]DocInfo{{ID: "a", Hash: "h1"}, {ID: "b", Hash: "h1"}, {ID: "c", Hash: "h2"}}, nil,
		map[string]string{"a": "a", "b": "a", "c": "c"}},
	{"same sentences read",
		[]DocInfo{{ID: "a"}, {ID: "b"}, {ID: "c"}},
		map[string][]string{"a": {"One.", "Two.", "Three."}, "b": {"one.", "Two. ", "Three."}, "c": {"One.", "Four.", "Five."}},
		map[string]string{"a": "a", "b": "a", "c": "c"}},
	{"most sentences shared (an edited copy)",
		[]DocInfo{{ID: "a"}, {ID: "b"}},
		map[string][]string{"a": {"S1.", "S2.", "S3.", "S4.", "S5."}, "b": {"S1.", "S2.", "S3.", "S4.", "Other."}},
		map[string]string{"a": "a", "b": "a"}},
	{"one quote shared is not a copy",
		[]DocInfo{{ID: "a"}, {ID: "b"}},
		map[string][]string{"a": {"Quote.", "A2.", "A3.", "A4."}, "b": {"Quote.", "B2.", "B3.", "B4."}},
		map[string]string{"a": "a", "b": "b"}},
	{"short documents with the same sentence are not copies",
		[]DocInfo{{ID: "a"}, {ID: "b"}},
		map[string][]string{"a": {"Quote."}, "b": {"Quote."}},
		map[string]string{"a": "a", "b": "b"}},
	{"same headline and a shared sentence",
		[]DocInfo{{ID: "a", Title: "Ferry deal signed in Brey"}, {ID: "b", Title: "Ferry Deal Signed in  Brey"}, {ID: "c", Title: "Ferry deal signed in Brey"}},
		map[string][]string{"a": {"S1.", "A2."}, "b": {"S1.", "B2."}, "c": {"C1."}},
		map[string]string{"a": "a", "b": "a", "c": "c"}},
	{"the earliest document leads",
		[]DocInfo{{ID: "a", Hash: "h", Published: "2026-01-02"}, {ID: "b", Hash: "h", Published: "2026-01-01"}}, nil,
		map[string]string{"a": "b", "b": "b"}},
}

func TestCopyGroups(t *testing.T) {
	for _, tt := range copyGroupTests {
		var facts []extract.Fact
		for _, d := range tt.docs {
			for i, s := range tt.sents[d.ID] {
				facts = append(facts, extract.Fact{Subject: "x", Relation: "y", Sources: []extract.Source{{Doc: d.ID, Sentence: s, Offset: i}}})
			}
		}
		a := analyse(Report{Documents: tt.docs, Facts: facts})
		for id, want := range tt.want {
			if got := a.canonical(id); got != want {
				t.Errorf("%s: %s is a copy of %s, want %s", tt.name, id, got, want)
			}
		}
	}
}

// TestCopiesCountOnce checks that 300 syndicated copies of two articles
// give a report that lists two articles and counts each event's copies as
// one source.
func TestCopiesCountOnce(t *testing.T) {
	r := Report{Title: "Copies"}
	var evSrc []extract.Source
	for i := range 300 {
		for k, text := range []string{"Ferry deal", "Port strike"} {
			id := fmt.Sprintf("c%03d-%d", i, k)
			r.Documents = append(r.Documents, DocInfo{ID: id, Title: text + " announced", Source: fmt.Sprintf("Paper %d", i),
				Published: "2026-02-01", Hash: fmt.Sprintf("hash-%d", k)})
			src := extract.Source{Doc: id, Sentence: text + " was announced on Sunday.", Offset: 0}
			r.Facts = append(r.Facts, extract.Fact{ID: fmt.Sprintf("f%d", k), Subject: text, Relation: "was announced", Confidence: 0.9,
				Sources: []extract.Source{src}})
			if k == 0 {
				evSrc = append(evSrc, src)
			}
		}
	}
	r.Timeline.Events = []timeline.Event{{Date: "2026-02-01", Granularity: "day", Subject: "Ferry deal", Relation: "was announced",
		Corroboration: 300, Sources: evSrc}}
	var b bytes.Buffer
	if err := WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	text := checkHTML(t, b.Bytes())
	page := b.String()
	if n := strings.Count(page, `<li id="doc-`); n != 2 {
		t.Errorf("%d articles listed, want 2", n)
	}
	for _, w := range []string{"2 articles (and 598 copies)", "and 289 more (the same text, counted once)",
		"1 Feb 2026 Ferry deal was announced — Ferry deal announced (Paper 0, 1 Feb 2026)",
		"Ferry deal was announced on Sunday. — Ferry deal announced (Paper 0, 1 Feb 2026) and 299 copies"} {
		if !strings.Contains(text, w) {
			t.Errorf("report text lacks %q", w)
		}
	}
	if strings.Contains(text, "300 sources") || strings.Contains(text, "2 sources") {
		t.Errorf("copies are counted as independent sources")
	}
	if b.Len() > 200_000 {
		t.Errorf("report of 600 copies is %d bytes", b.Len())
	}
}

var corpusTitleTests = []struct {
	name string
	r    Report
	want string
}{
	{"empty", Report{}, ""},
	{"one article", Report{Documents: []DocInfo{{ID: "a", Title: "Brey votes for a ferry", Published: "2026-03-02"}}},
		"Brey votes for a ferry, 2 Mar 2026"},
	{"a headline most others echo", Report{Documents: []DocInfo{
		{ID: "a", Title: "Brey ferry contract signed by mayor", Published: "2026-03-02"},
		{ID: "b", Title: "Mayor signs ferry contract", Published: "2026-03-03"},
		{ID: "c", Title: "Oster Lines to run Brey ferry", Published: "2026-03-04"},
	}}, "Brey ferry contract signed by mayor, 2–4 Mar 2026"},
	{"no titles, one year", Report{Documents: []DocInfo{{ID: "a", Published: "2025-04-02"}, {ID: "b", Published: "2025-03-04"}},
		Entities: []extract.Entity{ent("GPE", "Brey", 5, []string{"a", "b"})}}, "Brey, 4 Mar – 2 Apr 2025"},
	{"unrelated headlines: the main entities", Report{
		Documents: []DocInfo{{ID: "a", Title: "Quake hits coast", Published: "2025-11-30"}, {ID: "b", Title: "Court hearing set", Published: "2026-01-02"},
			{ID: "c", Title: "Bridge reopens", Published: "2026-01-03"}},
		Entities: []extract.Entity{ent("GPE", "Brey", 5, []string{"a", "b", "c"}), ent("PERSON", "Ines Marr", 9, []string{"a", "b"}),
			ent("ORG", "Oster Lines", 1, []string{"c"}), ent("ORG", "Harbour Board", 1, []string{"c"})}},
		"Brey, Ines Marr and Harbour Board, Nov 2025 – Jan 2026"},
}

func TestCorpusTitle(t *testing.T) {
	// Many articles (the candidates are sampled): the headline most
	// others echo is still found.
	var many Report
	for i := range 300 {
		title := fmt.Sprintf("Item%d unrelated%d", i, i)
		if i%6 != 0 {
			title = fmt.Sprintf("Ferry contract for Brey signed, part %d", i)
		}
		many.Documents = append(many.Documents, DocInfo{ID: fmt.Sprintf("d%03d", i), Title: title, Published: "2026-03-02"})
	}
	if got, want := CorpusTitle(many), "Ferry contract for Brey signed, part 1, 2 Mar 2026"; got != want {
		t.Errorf("300 articles: CorpusTitle = %q, want %q", got, want)
	}
	for _, tt := range corpusTitleTests {
		if got := CorpusTitle(tt.r); got != tt.want {
			t.Errorf("%s: CorpusTitle = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestReportKeepsAnalysis checks that the writers reuse the analysis
// BuildReport kept only while the report holds what it was worked out
// from, and that a report changed after BuildReport is written as if it had
// been given whole.
func TestReportKeepsAnalysis(t *testing.T) {
	opts := ReportOptions{MinConfidence: DefaultMinConfidence, Layouter: fixedLayouter{}}
	r, err := BuildReport(t.Context(), ferryStore(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	if r.analysed == nil || analysisOf(r) != r.analysed {
		t.Fatal("BuildReport's analysis is not reused for the same report")
	}
	html := func(r Report) string {
		var b bytes.Buffer
		if err := WriteHTML(&b, r); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	for _, tt := range []struct {
		name   string
		change func(r *Report)
	}{
		{"every fact listed", func(r *Report) { r.MinConfidence = 0 }},
		{"one document fewer", func(r *Report) { r.Documents = slices.Clone(r.Documents[1:]) }},
		{"facts copied", func(r *Report) { r.Facts = slices.Clone(r.Facts[:len(r.Facts)-1]) }},
		{"entities copied", func(r *Report) { r.Entities = slices.Clone(r.Entities[1:]) }},
	} {
		changed := r
		tt.change(&changed)
		if analysisOf(changed) == r.analysed {
			t.Errorf("%s: the kept analysis is reused", tt.name)
		}
		fresh := changed
		fresh.analysed = nil
		if html(changed) != html(fresh) {
			t.Errorf("%s: the report differs from one written without the kept analysis", tt.name)
		}
	}
}
