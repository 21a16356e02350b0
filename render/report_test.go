package render

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph/timeline"
)

func storyReport(t *testing.T) Report {
	t.Helper()
	ents, facts := smallStory()
	hents, hfacts := hostileStory()
	ents = append(ents, hents...)
	facts = append(facts, hfacts...)
	mapSVG, err := Map(t.Context(), nil, ents, facts, MapOptions{}, "svg")
	if err != nil {
		t.Fatal(err)
	}
	tl := storyTimeline()
	tlSVG, err := TimelineSVG(t.Context(), nil, tl)
	if err != nil {
		t.Fatal(err)
	}
	return Report{
		Title:     `Harbour <deal> & "more"`,
		Generated: "2026-01-07 10:00 UTC",
		Documents: []DocInfo{
			{ID: "d1", Title: "Mayor meets owner", URL: "https://example.org/a?x=1&y=2", Source: "Ellis Post", Published: "2026-01-05"},
			{ID: "d2", Title: "Quay plans", Source: "Harbour News", Published: "2026-01-06"},
			{ID: "d<1>", Title: "<script>alert(3)</script>", URL: "javascript:alert(4)", Source: "Hostile", Published: ""},
		},
		Entities:    ents,
		Facts:       facts,
		Timeline:    tl,
		MapSVG:      mapSVG,
		TimelineSVG: tlSVG,
	}
}

// checkHTML parses page as (non-strict) XML with HTML's void elements,
// which catches unbalanced markup, and returns the visible text.
var inline = map[string]bool{"a": true, "b": true, "mark": true, "span": true}

func checkHTML(t *testing.T, page []byte) string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(page))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var text strings.Builder
	var stack []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("HTML does not parse: %v", err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			stack = append(stack, tk.Name.Local)
			if !inline[tk.Name.Local] {
				text.WriteByte(' ')
			}
			switch strings.ToLower(tk.Name.Local) {
			case "script", "iframe", "img", "object", "embed", "link":
				t.Errorf("HTML has a <%s> element", tk.Name.Local)
			}
			for _, a := range tk.Attr {
				if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
					t.Errorf("HTML has an %s attribute", a.Name.Local)
				}
				if a.Name.Local == "href" && !strings.HasPrefix(a.Value, "#") && !strings.HasPrefix(a.Value, "https://") {
					t.Errorf("HTML has a link to %q", a.Value)
				}
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			if !inline[tk.Name.Local] {
				text.WriteByte(' ')
			}
		case xml.CharData:
			if len(stack) == 0 || stack[len(stack)-1] != "style" {
				text.Write(tk)
			}
		}
	}
	return strings.Join(strings.Fields(text.String()), " ")
}

func TestWriteHTML(t *testing.T) {
	r := storyReport(t)
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatalf("WriteHTML: %v", err)
	}
	page := buf.Bytes()
	text := checkHTML(t, page)
	for _, w := range []string{
		`Harbour <deal> & "more"`, "generated 2026-01-07 10:00 UTC",
		"3 articles from Ellis Post, Harbour News and Hostile · published 5–6 Jan 2026",
		// what happened: dated events with their dates and sources by title, outlet and date
		"What happened 2019 Port Ellis opened North Quay — Quay plans (Harbour News, 6 Jan 2026)",
		"5 Jan 2026, evening Mara Okafor met Tomas Lind (also dated 2026-01-04) — 2 sources: Mayor meets owner (Ellis Post, 5 Jan 2026); Quay plans (Harbour News, 6 Jan 2026)",
		"Key actors PERSON Mara Okafor 2 articles · 4 facts ORG Harbour Board 2 articles · 3 facts",
		// facts grouped by entity, with their source sentences named by title
		"Mara Okafor PERSON 4 facts Mara Okafor leads Port Ellis (2 sources, confidence 0.90)",
		"Okafor met Tomas Lind on Monday. — Mayor meets owner (Ellis Post, 5 Jan 2026)",
		"Lind & Sons has not signed with the Harbour Board. — Quay plans (Harbour News, 6 Jan 2026)",
		`He said: "<img src=x onerror=alert(2)>" & left. — <script>alert(3)</script> (Hostile)`,
		// entity table and hostile names as text
		"<script>alert(1)</script> PERSON \"Bobby\" Tables 1 3 1", `A&B "Quoted" <Corp> ORG`, "Okafor, Mayor Mara Okafor",
		// sources, undated events apart
		"Sources Mayor meets owner — Ellis Post, 5 Jan 2026 Quay plans — Harbour News, 6 Jan 2026 <script>alert(3)</script> — Hostile",
		"Undated events Lind & Sons bid for the contract",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("report text lacks %q", w)
		}
	}
	for _, raw := range []string{"<script>", "<img", "<b>bold", "javascript:", "<!DOCTYPE svg", "<?xml"} {
		if bytes.Contains(page, []byte(raw)) {
			t.Errorf("report holds %q raw", raw)
		}
	}
	// Ids are in tooltips, links point at the sources list.
	for _, w := range []string{`<a href="#doc-d1" title="d1">Mayor meets owner</a>`, `<li id="doc-d.3c1.3e">`,
		`<a href="https://example.org/a?x=1&amp;y=2" rel="noreferrer" title="d1">Mayor meets owner</a>`} {
		if !bytes.Contains(page, []byte(w)) {
			t.Errorf("report lacks %s", w)
		}
	}
	if n := bytes.Count(page, []byte("<svg")); n != 2 {
		t.Errorf("report has %d inline <svg>, want 2", n)
	}
	// All 10 facts are listed, in collapsed sections, one per entity.
	if n := bytes.Count(page, []byte(`<li id="fact-`)); n != len(r.Facts) {
		t.Errorf("report lists %d facts, want %d", n, len(r.Facts))
	}
	if n := bytes.Count(page, []byte(`<details id="facts-`)); n != 6 {
		t.Errorf("report has %d fact groups, want 6", n)
	}
	if bytes.Contains(page, []byte("<details open")) {
		t.Errorf("a fact group is open")
	}
	var again bytes.Buffer
	if err := WriteHTML(&again, r); err != nil || !bytes.Equal(again.Bytes(), page) {
		t.Errorf("WriteHTML is not deterministic (err %v)", err)
	}
}

func TestWriteHTMLEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, Report{}); err != nil {
		t.Fatalf("WriteHTML(empty): %v", err)
	}
	text := checkHTML(t, buf.Bytes())
	for _, w := range []string{"storygraph report", "No events.", "No map.", "No timeline.", "No entities.", "No facts.", "No dated events.", "No documents."} {
		if !strings.Contains(text, w) {
			t.Errorf("empty report lacks %q", w)
		}
	}
}

var unsafeSVGTests = []struct{ name, svg string }{
	{"script", `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`},
	{"handler", `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`},
	{"foreign", `<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div/></foreignObject></svg>`},
	{"link", `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>`},
	{"not svg", `<html><body/></html>`},
	{"broken", `<svg><g></svg>`},
	{"two roots", `<svg/><svg/>`},
	{"trailing html", `<svg/><p>x</p>`},
}

func TestUnsafeSVG(t *testing.T) {
	for _, tt := range unsafeSVGTests {
		for _, field := range []string{"map", "timeline"} {
			r := Report{}
			if field == "map" {
				r.MapSVG = []byte(tt.svg)
			} else {
				r.TimelineSVG = []byte(tt.svg)
			}
			err := WriteHTML(io.Discard, r)
			if !errors.Is(err, ErrUnsafeSVG) || !strings.Contains(err.Error(), field) {
				t.Errorf("%s in %s: WriteHTML error = %v, want ErrUnsafeSVG naming it", tt.name, field, err)
			}
			if err := WriteMarkdown(io.Discard, r); !errors.Is(err, ErrUnsafeSVG) {
				t.Errorf("%s in %s: WriteMarkdown error = %v, want ErrUnsafeSVG", tt.name, field, err)
			}
		}
	}
}

func TestWriteMarkdown(t *testing.T) {
	r := storyReport(t)
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, r); err != nil {
		t.Fatalf("WriteMarkdown: %v", err)
	}
	md := buf.String()
	for _, w := range []string{
		"# Harbour &lt;deal&gt; &amp; \"more\"",
		"**Mara Okafor** met **Tomas Lind**",
		"   > **Okafor** met **Tomas Lind** on Monday. — Mayor meets owner (Ellis Post, 5 Jan 2026)",
		"| &lt;script&gt;alert\\(1\\)&lt;/script&gt; | PERSON | \"Bobby\" Tables | 1 | 3 | 1 |",
		"| Mayor meets owner | Ellis Post | 5 Jan 2026 | d1 | <https://example.org/a?x=1&y=2> |  |",
		"2. **5 Jan 2026, evening** Mara Okafor met Tomas Lind (also dated 2026-01-04) — 2 sources: Mayor meets owner (Ellis Post, 5 Jan 2026); Quay plans (Harbour News, 6 Jan 2026)\n",
		"### Undated events",
		"### Mara Okafor (PERSON)\n\n1. **Mara Okafor** leads **Port Ellis** (2 sources, confidence 0.90)\n",
	} {
		if !strings.Contains(md, w) {
			t.Errorf("Markdown lacks %q", w)
		}
	}
	for _, raw := range []string{"<script>", "<img", "<b>", "](javascript:"} {
		if strings.Contains(md, raw) {
			t.Errorf("Markdown holds %q raw", raw)
		}
	}
	// The pictures are embedded as data: URIs that decode to the SVGs.
	m := regexp.MustCompile(`!\[Relationship map\]\(data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)\)`).FindStringSubmatch(md)
	if m == nil {
		t.Fatalf("Markdown has no embedded map")
	}
	svg, err := base64.StdEncoding.DecodeString(m[1])
	if err != nil || !bytes.HasPrefix(svg, []byte("<svg")) || !bytes.HasSuffix(r.MapSVG, svg) {
		t.Errorf("embedded map does not decode to the map SVG (err %v)", err)
	}
}

var mdTests = []struct{ in, want string }{
	{"plain text", "plain text"},
	{"a|b", `a\|b`},
	{"*bold* _it_ [x](y)", `\*bold\* \_it\_ \[x\]\(y\)`},
	{"<b>&", "&lt;b&gt;&amp;"},
	{"two\nlines", "two lines"},
}

func TestMD(t *testing.T) {
	for _, tt := range mdTests {
		if got := md(tt.in); got != tt.want {
			t.Errorf("md(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHighlightWords(t *testing.T) {
	got := highlight("Linda met Lind.", "Lind")
	if len(got) != 3 || got[1].Mark != markName || got[1].Text != "Lind" || got[0].Text != "Linda met " {
		t.Errorf("highlight marks inside a word: %+v", got)
	}
}

func TestHighlight(t *testing.T) {
	got := highlight("Okafor met Tomas Lind on Monday.", "Tomas Lind", "okafor", "Monday")
	want := []segment{{"Okafor", markName}, {" met ", ""}, {"Tomas Lind", markName}, {" on ", ""}, {"Monday", markName}, {".", ""}}
	if len(got) != len(want) {
		t.Fatalf("highlight = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("highlight[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// spanSource returns a source for sentence at offset off of its document
// with the spans of the words given (each found after the one before).
func spanSource(doc, sentence string, off int, subj string, rel []string, obj string) extract.Source {
	src := extract.Source{Doc: doc, Sentence: sentence, Offset: off}
	at := 0
	find := func(w string) extract.Span {
		k := strings.Index(sentence[at:], w)
		if k < 0 {
			panic("render: test fixture: no " + w + " in " + sentence)
		}
		at += k + len(w)
		return extract.Span{Off: off + at - len(w), End: off + at}
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

var markSpansTests = []struct {
	name string
	src  extract.Source
	want []segment // nil: no spans to use
}{
	{"plain", spanSource("d", "Okafor met Tomas Lind on Monday.", 40, "Okafor", []string{"met"}, "Tomas Lind"),
		[]segment{{"Okafor", markSubject}, {" ", ""}, {"met", markRelation}, {" ", ""}, {"Tomas Lind", markObject}, {" on Monday.", ""}}},
	{"pronoun read, two relation runs, no object",
		spanSource("d", "She was questioned and later released.", 0, "She", []string{"was", "later released"}, ""),
		[]segment{{"She", markSubject}, {" ", ""}, {"was", markRelation}, {" questioned and ", ""}, {"later released", markRelation}, {".", ""}}},
	{"white space cleaned across marks", spanSource("d", "  The  Board\n approved\tthe plan ", 7, "The  Board", []string{"approved"}, "the plan"),
		[]segment{{"The Board", markSubject}, {" ", ""}, {"approved", markRelation}, {" ", ""}, {"the plan", markObject}}},
	{"object inside the subject's range", extract.Source{Doc: "d", Sentence: "The hall, called the Dome, opened.", Offset: 0,
		Spans: extract.Spans{Subject: extract.Span{Off: 0, End: 25}, Relation: []extract.Span{{Off: 10, End: 16}}, Object: extract.Span{Off: 17, End: 25}}},
		[]segment{{"The hall, ", markSubject}, {"called", markRelation}, {" ", markSubject}, {"the Dome", markObject}, {", opened.", ""}}},
	{"span past the sentence", extract.Source{Doc: "d", Sentence: "Lind left.", Offset: 5,
		Spans: extract.Spans{Subject: extract.Span{Off: 5, End: 9}, Relation: []extract.Span{{Off: 10, End: 30}}}}, nil},
	{"span before the sentence", extract.Source{Doc: "d", Sentence: "Lind left.", Offset: 5,
		Spans: extract.Spans{Subject: extract.Span{Off: 0, End: 9}}}, nil},
	{"no spans", extract.Source{Doc: "d", Sentence: "Lind left.", Offset: 5}, nil},
}

func TestMarkSpans(t *testing.T) {
	for _, tt := range markSpansTests {
		got, ok := markSpans(tt.src)
		if ok != (tt.want != nil) || !slices.Equal(got, tt.want) {
			t.Errorf("%s: markSpans(%q) = %q, %v, want %q", tt.name, tt.src.Sentence, got, ok, tt.want)
		}
	}
}

// spanReport is a report whose facts and events carry spans, with text
// that must be escaped inside the marks; no pictures (Graphviz's SVG is
// not golden material).
func spanReport() Report {
	const hostile = `Dr. <b>Vale</b> said "<img src=x onerror=alert(1)>" & left.`
	fs := []extract.Fact{
		{ID: "f1", Subject: "Mara Okafor", SubjectID: extract.EntityID("PERSON", "Mara Okafor"), Relation: "met",
			Object: "Tomas Lind", ObjectID: extract.EntityID("PERSON", "Tomas Lind"), Date: "2026-01-05", Confidence: 0.9,
			Sources: []extract.Source{spanSource("d1", "Okafor met Tomas Lind on Monday.", 0, "Okafor", []string{"met"}, "Tomas Lind")}},
		{ID: "f2", Subject: "Tomas Lind", SubjectID: extract.EntityID("PERSON", "Tomas Lind"), Relation: "was later released by",
			Object: "the police", Confidence: 0.7,
			Sources: []extract.Source{spanSource("d1", "He was questioned and later released by the police.", 33, "He", []string{"was", "later released by"}, "the police")}},
		{ID: "f3", Subject: "Dr. <b>Vale</b>", Relation: "said", Object: `"<img src=x onerror=alert(1)>"`, Confidence: 0.5,
			Sources: []extract.Source{spanSource("d2", hostile, 0, "Dr. <b>Vale</b>", []string{"said"}, `"<img src=x onerror=alert(1)>"`)}},
		{ID: "f4", Subject: "Port Ellis", Relation: "is", Object: "a harbour town", Confidence: 0.6,
			Sources: []extract.Source{spanSource("d2", "Port Ellis, a harbour town, voted.", 62, "Port Ellis", nil, "a harbour town")}},
	}
	tl := timeline.Timeline{Events: []timeline.Event{{Date: "2026-01-05", Granularity: "day", Subject: "Mara Okafor",
		Relation: "met", Object: "Tomas Lind", Trigger: "met", Corroboration: 1, Sources: fs[0].Sources}}}
	return Report{
		Title:     "Spans <marked>",
		Generated: "2026-01-07 10:00 UTC",
		Documents: []DocInfo{{ID: "d1", Title: "Mayor meets owner"}, {ID: "d2", Title: "Hostile <page>"}},
		Entities: []extract.Entity{ent("PERSON", "Mara Okafor", 2, []string{"d1"}, "Okafor"),
			ent("PERSON", "Tomas Lind", 2, []string{"d1"}, "Lind")},
		Facts:    fs,
		Timeline: tl,
	}
}

// TestReportSpans pins the HTML and Markdown reports of spanReport
// (testdata/spans.*.golden, rewritten with -update) and checks that the
// marks hold the words read, escaped.
func TestReportSpans(t *testing.T) {
	var h, m bytes.Buffer
	if err := WriteHTML(&h, spanReport()); err != nil {
		t.Fatal(err)
	}
	if err := WriteMarkdown(&m, spanReport()); err != nil {
		t.Fatal(err)
	}
	checkHTML(t, h.Bytes())
	checkGolden(t, "spans.html.golden", h.Bytes())
	checkGolden(t, "spans.md.golden", m.Bytes())
	for _, w := range []string{
		`<mark class="subject" title="subject">He</mark> <mark class="relation" title="relation">was</mark> questioned and <mark class="relation" title="relation">later released by</mark> <mark class="object" title="object">the police</mark>.`,
		`<mark class="subject" title="subject">Dr. &lt;b&gt;Vale&lt;/b&gt;</mark>`,
		`<mark class="object" title="object">&#34;&lt;img src=x onerror=alert(1)&gt;&#34;</mark>`,
		`<mark class="subject" title="subject">Port Ellis</mark>, <mark class="object" title="object">a harbour town</mark>, voted.`,
	} {
		if !strings.Contains(h.String(), w) {
			t.Errorf("HTML report lacks %s", w)
		}
	}
	for _, w := range []string{
		"   > **He** *was* questioned and *later released by* **the police**. — Mayor meets owner\n",
		`   > **Dr. &lt;b&gt;Vale&lt;/b&gt;** *said* **"&lt;img src=x onerror=alert\(1\)&gt;"** &amp; left. — Hostile &lt;page&gt;` + "\n",
	} {
		if !strings.Contains(m.String(), w) {
			t.Errorf("Markdown report lacks %s", w)
		}
	}
}
