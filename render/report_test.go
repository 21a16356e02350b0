package render

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"
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
		`Harbour <deal> & "more"`, "Generated 2026-01-07 10:00 UTC",
		// every fact, with its source sentence and document
		"Okafor met Tomas Lind on Monday. — d1", "Okafor criticised Lind. — d2",
		"Lind & Sons has not signed with the Harbour Board. — d2",
		`He said: "<img src=x onerror=alert(2)>" & left. — d<1>`,
		// entity table and hostile names as text
		"<script>alert(1)</script> PERSON", `A&B "Quoted" <Corp> ORG`, "Okafor, Mayor Mara Okafor",
		// documents, events, undated events apart
		"Mayor meets owner", "Ellis Post", "<script>alert(3)</script>",
		"5 Jan 2026, evening Mara Okafor met Tomas Lind also dated: 2026-01-04",
		"Undated events", "Lind & Sons bid for the contract",
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
	if n := bytes.Count(page, []byte("<svg")); n != 2 {
		t.Errorf("report has %d inline <svg>, want 2", n)
	}
	// All 10 facts are listed.
	if n := len(regexp.MustCompile(`<div class="fact"`).FindAll(page, -1)); n != len(r.Facts) {
		t.Errorf("report lists %d facts, want %d", n, len(r.Facts))
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
	for _, w := range []string{"storygraph report", "No map.", "No timeline.", "No entities.", "No facts.", "No dated events."} {
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
		"   > **Okafor** met **Tomas Lind** on Monday. — d1",
		"| &lt;script&gt;alert\\(1\\)&lt;/script&gt; | PERSON |",
		"<https://example.org/a?x=1&y=2>",
		"| 5 Jan 2026, evening | Mara Okafor met Tomas Lind | 2: d1, d2 | 2026-01-04 |",
		"## Undated events",
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
	if len(got) != 3 || !got[1].Mark || got[1].Text != "Lind" || got[0].Text != "Linda met " {
		t.Errorf("highlight marks inside a word: %+v", got)
	}
}

func TestHighlight(t *testing.T) {
	got := highlight("Okafor met Tomas Lind on Monday.", "Tomas Lind", "okafor", "Monday")
	want := []segment{{"Okafor", true}, {" met ", false}, {"Tomas Lind", true}, {" on ", false}, {"Monday", true}, {".", false}}
	if len(got) != len(want) {
		t.Fatalf("highlight = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("highlight[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
}
