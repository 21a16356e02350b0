package render

import (
	"bytes"
	"cmp"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph/timeline"
)

// DocInfo describes one source document in a [Report].
type DocInfo struct {
	ID, Title, URL, Source, Published string
}

// Report is everything a report shows. Generated is written as given (the
// caller formats the time; the library never reads the clock). MapSVG and
// TimelineSVG are inlined as they are, after a safety check (see
// [WriteHTML]); either may be empty.
type Report struct {
	Title       string
	Generated   string
	Documents   []DocInfo
	Entities    []extract.Entity
	Facts       []extract.Fact
	Timeline    timeline.Timeline
	MapSVG      []byte
	TimelineSVG []byte
}

// ErrUnsafeSVG is returned, wrapped with the picture's name, when an SVG
// given to [WriteHTML] holds script, foreign content, event handlers or
// external references, or is not well-formed.
var ErrUnsafeSVG = errors.New("render: unsafe svg")

// inlineSVG checks that svg is a well-formed, passive SVG picture and
// returns it from its <svg> element on (dropping the XML prolog and doctype,
// which do not belong in HTML).
func inlineSVG(name string, svg []byte) (template.HTML, error) {
	if len(bytes.TrimSpace(svg)) == 0 {
		return "", nil
	}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("%w: %s: %v", ErrUnsafeSVG, name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				if t.Name.Local != "svg" || roots > 1 {
					return "", fmt.Errorf("%w: %s: root element <%s>", ErrUnsafeSVG, name, t.Name.Local)
				}
			}
			depth++
			switch strings.ToLower(t.Name.Local) {
			case "script", "foreignobject", "iframe", "object", "embed", "image", "use", "animate", "set", "handler", "style":
				return "", fmt.Errorf("%w: %s: element <%s>", ErrUnsafeSVG, name, t.Name.Local)
			}
			for _, a := range t.Attr {
				k := strings.ToLower(a.Name.Local)
				v := strings.ToLower(strings.TrimSpace(a.Value))
				if strings.HasPrefix(k, "on") {
					return "", fmt.Errorf("%w: %s: attribute %s", ErrUnsafeSVG, name, a.Name.Local)
				}
				if (k == "href" || strings.HasSuffix(k, ":href")) && v != "" && !strings.HasPrefix(v, "#") {
					return "", fmt.Errorf("%w: %s: external reference", ErrUnsafeSVG, name)
				}
			}
		case xml.EndElement:
			depth--
		case xml.ProcInst, xml.Directive, xml.Comment, xml.CharData:
		}
	}
	i := bytes.Index(svg, []byte("<svg"))
	if i < 0 {
		return "", fmt.Errorf("%w: %s: no <svg> element", ErrUnsafeSVG, name)
	}
	// The picture passed the check above: it is markup, not text.
	return template.HTML(svg[i:]), nil
}

// segment is a piece of a source sentence. Mark says what it shows:
// "subject", "relation" or "object" where the fact's spans say it was read
// there, "name" where a name of the fact's arguments was found in the
// sentence (sources without spans), "" for the rest.
type segment struct {
	Text string
	Mark string
}

// Marks of a segment.
const (
	markName     = "name"
	markSubject  = "subject"
	markRelation = "relation"
	markObject   = "object"
)

// markSpans splits the sentence of src into segments marked with the parts
// of the fact that its spans cover; the relation's words win over the
// object and the object over the subject where spans overlap (an argument
// with a hole spans the words left out). White space is cleaned as by
// clean. It returns false when src has no spans or one of them does not
// lie inside the sentence.
func markSpans(src extract.Source) ([]segment, bool) {
	sp := src.Spans
	if sp.IsZero() {
		return nil, false
	}
	text := src.Sentence
	marks := make([]string, len(text))
	paint := func(x extract.Span, m string) bool {
		a, b := x.Off-src.SentenceStart(), x.End-src.SentenceStart()
		if a < 0 || b > len(text) || a >= b {
			return false
		}
		for i := a; i < b; i++ {
			marks[i] = m
		}
		return true
	}
	if !paint(sp.Subject, markSubject) || (!sp.Object.IsZero() && !paint(sp.Object, markObject)) {
		return nil, false
	}
	for _, r := range sp.Relation {
		if !paint(r, markRelation) {
			return nil, false
		}
	}
	var out []segment
	var cur strings.Builder
	curMark := ""
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, segment{Text: cur.String(), Mark: curMark})
			cur.Reset()
		}
	}
	emit := func(m string, r rune) {
		if m != curMark {
			flush()
			curMark = m
		}
		cur.WriteRune(r)
	}
	space, spaceMark, started := false, "", false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			if !space {
				space, spaceMark = true, marks[i]
			}
			i += size
			continue
		}
		if space && started {
			emit(spaceMark, ' ')
		}
		space, started = false, true
		emit(marks[i], r) // an invalid byte decodes as utf8.RuneError, U+FFFD
		i += size
	}
	flush()
	return out, true
}

// sourceSegments returns the sentence of src with what the fact read
// marked: by its spans when it has them, otherwise by finding terms.
func sourceSegments(src extract.Source, terms ...string) []segment {
	if segs, ok := markSpans(src); ok {
		return segs
	}
	return highlight(src.Sentence, terms...)
}

// highlight splits sentence so that the first occurrences of terms
// (case-insensitive, non-overlapping, longest first) are marked.
func highlight(sentence string, terms ...string) []segment {
	sentence = clean(sentence)
	low := strings.ToLower(sentence)
	type span struct{ a, b int }
	var spans []span
	ts := slices.Clone(terms)
	slices.SortStableFunc(ts, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	for _, t := range ts {
		t = strings.ToLower(clean(t))
		if len(t) < 2 || len(t) != len(strings.ToValidUTF8(t, "")) {
			continue
		}
		if len(low) != len(sentence) {
			continue
		}
		i := wordIndex(low, t)
		if i < 0 {
			continue
		}
		s := span{i, i + len(t)}
		if slices.ContainsFunc(spans, func(o span) bool { return s.a < o.b && o.a < s.b }) {
			continue
		}
		spans = append(spans, s)
	}
	slices.SortFunc(spans, func(x, y span) int { return cmp.Compare(x.a, y.a) })
	var out []segment
	pos := 0
	for _, s := range spans {
		if s.a > pos {
			out = append(out, segment{Text: sentence[pos:s.a]})
		}
		out = append(out, segment{Text: sentence[s.a:s.b], Mark: markName})
		pos = s.b
	}
	if pos < len(sentence) {
		out = append(out, segment{Text: sentence[pos:]})
	}
	return out
}

// wordIndex returns the index of the first occurrence of t in s that
// neither starts nor ends inside a word, or -1.
func wordIndex(s, t string) int {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for off := 0; off <= len(s)-len(t); {
		i := strings.Index(s[off:], t)
		if i < 0 {
			return -1
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(t):])
		if (i == 0 || !isWord(before)) && (i+len(t) == len(s) || !isWord(after)) {
			return i
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		off = i + size
	}
	return -1
}

// reportFact is a fact as the report lists it.
type reportFact struct {
	N                         int
	ID                        string
	Subject, Relation, Object string
	Date, Attributed          string
	Confidence                string
	Args                      []extract.Arg
	Sources                   []reportSource
}

type reportSource struct {
	Doc      string
	Anchor   string
	Sentence []segment
}

type reportEntity struct {
	extract.Entity
	Style style
	Docs  []reportDoc
}

type reportDoc struct{ ID, Anchor string }

type reportEvent struct {
	timeline.Event
	When, Text string
	Docs       []reportDoc
	Sentences  []reportSource
}

type reportData struct {
	Title, Generated string
	Map, Timeline    template.HTML
	Documents        []DocInfo
	Entities         []reportEntity
	Events, Undated  []reportEvent
	Facts            []reportFact
	Counts           string // "3 documents · 12 entities · ..."
	Legend           []legendItem
}

type legendItem struct {
	Type  string
	Style style
}

// docAnchor returns the HTML id of a document's row.
func docAnchor(id string) string {
	var b strings.Builder
	b.WriteString("doc-")
	for _, r := range id {
		if r < 128 && (r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, ".%x", r)
		}
	}
	return b.String()
}

func docsOf(ids []string) []reportDoc {
	var out []reportDoc
	for _, id := range ids {
		if id = clean(id); id != "" && !slices.ContainsFunc(out, func(d reportDoc) bool { return d.ID == id }) {
			out = append(out, reportDoc{id, docAnchor(id)})
		}
	}
	return out
}

// prepare orders and shapes the report's content; both writers use it.
func prepare(r Report, withSVG bool) (*reportData, error) {
	d := &reportData{Title: clean(r.Title), Generated: clean(r.Generated), Documents: r.Documents}
	if d.Title == "" {
		d.Title = "storygraph report"
	}
	if withSVG {
		var err error
		if d.Map, err = inlineSVG("map", r.MapSVG); err != nil {
			return nil, err
		}
		if d.Timeline, err = inlineSVG("timeline", r.TimelineSVG); err != nil {
			return nil, err
		}
	}
	ents := slices.Clone(r.Entities)
	slices.SortStableFunc(ents, func(a, b extract.Entity) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(normName(a.Name), normName(b.Name)), cmp.Compare(a.ID, b.ID))
	})
	var types []string
	for _, e := range ents {
		d.Entities = append(d.Entities, reportEntity{Entity: e, Style: styleOf(e.Type), Docs: docsOf(e.Docs)})
		if t := strings.ToUpper(clean(e.Type)); t != "" && !slices.Contains(types, t) {
			types = append(types, t)
		}
	}
	slices.Sort(types)
	for _, t := range types {
		d.Legend = append(d.Legend, legendItem{t, styleOf(t)})
	}
	event := func(e timeline.Event) reportEvent {
		re := reportEvent{Event: e, When: formatDate(e.Date), Text: eventText(e)}
		if tod := timeOfDay(e.Time); tod != "" && re.When != "" {
			re.When += ", " + tod
		}
		var ids []string
		for _, s := range e.Sources {
			ids = append(ids, s.Doc)
			re.Sentences = append(re.Sentences, reportSource{Doc: clean(s.Doc), Anchor: docAnchor(clean(s.Doc)),
				Sentence: sourceSegments(s, e.Subject, e.Object, e.Trigger)})
		}
		re.Docs = docsOf(ids)
		return re
	}
	events := slices.Clone(r.Timeline.Events)
	slices.SortStableFunc(events, func(a, b timeline.Event) int { return cmp.Compare(a.Date, b.Date) })
	for _, e := range events {
		if strings.TrimSpace(e.Date) == "" {
			d.Undated = append(d.Undated, event(e))
		} else {
			d.Events = append(d.Events, event(e))
		}
	}
	for _, e := range r.Timeline.Undated {
		d.Undated = append(d.Undated, event(e))
	}

	// Facts in reading order: by document (in the report's order), offset,
	// then id.
	docRank := func(id string) int {
		if i := slices.IndexFunc(r.Documents, func(x DocInfo) bool { return x.ID == id }); i >= 0 {
			return i
		}
		return len(r.Documents)
	}
	facts := slices.Clone(r.Facts)
	first := func(f *extract.Fact) (int, string, int) {
		if len(f.Sources) == 0 {
			return len(r.Documents) + 1, "", 0
		}
		s := f.Sources[0]
		return docRank(s.Doc), s.Doc, s.Offset
	}
	slices.SortStableFunc(facts, func(a, b extract.Fact) int {
		ra, da, oa := first(&a)
		rb, db, ob := first(&b)
		return cmp.Or(cmp.Compare(ra, rb), cmp.Compare(da, db), cmp.Compare(oa, ob), cmp.Compare(a.ID, b.ID))
	})
	aliases := func(id string) []string {
		i := slices.IndexFunc(r.Entities, func(e extract.Entity) bool { return id != "" && e.ID == id })
		if i < 0 {
			return nil
		}
		return append([]string{r.Entities[i].Name}, r.Entities[i].Aliases...)
	}
	for i := range facts {
		f := &facts[i]
		terms := append(append([]string{f.Subject, f.Object}, aliases(f.SubjectID)...), aliases(f.ObjectID)...)
		rf := reportFact{N: i + 1, ID: f.ID, Subject: clean(f.Subject), Relation: relationLabel(f), Object: clean(f.Object),
			Date: clean(f.Date), Attributed: clean(f.AttributedTo), Args: f.Args}
		if f.Confidence > 0 {
			rf.Confidence = fmt.Sprintf("%.2f", f.Confidence)
		}
		for _, s := range f.Sources {
			rf.Sources = append(rf.Sources, reportSource{Doc: clean(s.Doc), Anchor: docAnchor(clean(s.Doc)),
				Sentence: sourceSegments(s, terms...)})
		}
		d.Facts = append(d.Facts, rf)
	}
	d.Counts = strings.Join([]string{plural(len(d.Documents), "document"), plural(len(d.Entities), "entity"),
		plural(len(d.Facts), "fact"), plural(len(d.Events), "dated event")}, " · ")
	return d, nil
}

// WriteHTML writes r as one self-contained HTML page: inline CSS, the map
// and timeline SVGs inline, no scripts and no external resources. It lists
// the documents, the entity table (name, type, aliases, mentions,
// documents), the dated events and, apart, the undated ones, and every fact
// with its source sentences and documents. In each sentence the subject,
// the relation's words and the object read there are marked (<mark
// class="subject">, "relation", "object") when the source has spans, the
// names of the arguments (class "name") otherwise. All text is escaped by
// html/template.
//
// The SVGs are trusted as markup only after a check: they must be
// well-formed XML with one <svg> root and hold no script, style, foreign
// object, image, use or animation element, no on* attribute and no external
// href; otherwise WriteHTML returns [ErrUnsafeSVG], wrapped. Other errors
// are w's. Output is deterministic.
func WriteHTML(w io.Writer, r Report) error {
	d, err := prepare(r, true)
	if err != nil {
		return err
	}
	if err := htmlTemplate.Execute(w, d); err != nil {
		return fmt.Errorf("render: write html report: %w", err)
	}
	return nil
}

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{"docAnchor": docAnchor}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{font-family:Helvetica,Arial,sans-serif;margin:0 auto;max-width:1200px;padding:1em 2em;color:#222;line-height:1.4}
h1{margin-bottom:.2em}
.meta{color:#666;margin-top:0}
nav a{margin-right:1em}
figure{margin:0;border:1px solid #ddd;border-radius:6px;padding:.5em;background:#fff}
.map svg{max-width:100%;height:auto}
.timeline{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
th,td{border-bottom:1px solid #e3e3e3;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f5f5f5}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.type{display:inline-block;padding:0 .4em;border:1px solid;border-radius:4px;font-size:.85em}
.fact{margin:0 0 1em;padding:.4em .6em;border-left:3px solid #9ecae1;background:#fafcff}
.fact .rel{color:#2f5d9b}
blockquote{margin:.3em 0 .3em 1em;color:#444}
mark{background:#fff1a8}
mark.relation{background:#d7e8fa}
mark.object{background:#d9f2d0}
.doc{font-size:.85em;color:#666}
.warn{color:#cb181d}
.none{color:#888;font-style:italic}
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p class="meta">{{if .Generated}}Generated {{.Generated}} · {{end}}{{.Counts}}</p>
<nav><a href="#map">Map</a><a href="#timeline">Timeline</a><a href="#documents">Documents</a><a href="#entities">Entities</a><a href="#events">Events</a><a href="#facts">Facts</a></nav>

<h2 id="map">Relationship map</h2>
{{if .Map}}<figure class="map">{{.Map}}</figure>
<p>{{range .Legend}}<span class="type" style="background:{{.Style.Fill}};border-color:{{.Style.Border}}">{{.Type}}</span> {{end}}</p>
{{else}}<p class="none">No map.</p>{{end}}

<h2 id="timeline">Timeline</h2>
{{if .Timeline}}<figure class="timeline">{{.Timeline}}</figure>{{else}}<p class="none">No timeline.</p>{{end}}

<h2 id="documents">Documents</h2>
{{if .Documents}}<table>
<thead><tr><th>ID</th><th>Title</th><th>Source</th><th>Published</th></tr></thead>
<tbody>
{{range .Documents}}<tr id="{{docAnchor .ID}}"><td>{{.ID}}</td><td>{{if .URL}}<a href="{{.URL}}" rel="noreferrer">{{or .Title .URL}}</a>{{else}}{{.Title}}{{end}}</td><td>{{.Source}}</td><td>{{.Published}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p class="none">No documents.</p>{{end}}

<h2 id="entities">Entities</h2>
{{if .Entities}}<table>
<thead><tr><th>Name</th><th>Type</th><th>Aliases</th><th>Mentions</th><th>Documents</th></tr></thead>
<tbody>
{{range .Entities}}<tr><td>{{.Name}}</td><td><span class="type" style="background:{{.Style.Fill}};border-color:{{.Style.Border}}">{{.Type}}</span></td><td>{{range $i, $a := .Aliases}}{{if $i}}, {{end}}{{$a}}{{end}}</td><td class="n">{{.Mentions}}</td><td>{{range $i, $d := .Docs}}{{if $i}}, {{end}}<a href="#{{$d.Anchor}}">{{$d.ID}}</a>{{end}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p class="none">No entities.</p>{{end}}

<h2 id="events">Dated events</h2>
{{if .Events}}<table>
<thead><tr><th>Date</th><th>Event</th><th>Sources</th></tr></thead>
<tbody>
{{range .Events}}{{template "event" .}}{{end}}</tbody>
</table>{{else}}<p class="none">No dated events.</p>{{end}}
<h3>Undated events</h3>
{{if .Undated}}<table>
<thead><tr><th>Date</th><th>Event</th><th>Sources</th></tr></thead>
<tbody>
{{range .Undated}}{{template "event" .}}{{end}}</tbody>
</table>{{else}}<p class="none">No undated events.</p>{{end}}

<h2 id="facts">Facts</h2>
{{if .Facts}}{{range .Facts}}<div class="fact" id="fact-{{.N}}">
<p><b>{{.Subject}}</b> <span class="rel">{{.Relation}}</span> <b>{{.Object}}</b>{{if .Date}} · {{.Date}}{{end}}{{range .Args}} · {{.Role}}: {{.Text}}{{end}}{{if .Attributed}} · according to {{.Attributed}}{{end}}{{if .Confidence}} <span class="doc">(confidence {{.Confidence}})</span>{{end}}</p>
{{range .Sources}}<blockquote>{{template "sentence" .Sentence}} <span class="doc">— <a href="#{{.Anchor}}">{{.Doc}}</a></span></blockquote>
{{else}}<p class="none">No source recorded.</p>
{{end}}</div>
{{end}}{{else}}<p class="none">No facts.</p>{{end}}
</body>
</html>
{{define "sentence"}}{{range .}}{{if .Mark}}<mark class="{{.Mark}}" title="{{.Mark}}">{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end}}{{end}}
{{define "event"}}<tr><td>{{if .When}}{{.When}}{{else}}—{{end}}</td><td>{{.Text}}{{if .Conflicts}}<br><span class="warn">also dated: {{range $i, $c := .Conflicts}}{{if $i}}, {{end}}{{$c}}{{end}}</span>{{end}}{{range .Sentences}}<blockquote>{{template "sentence" .Sentence}} <span class="doc">— <a href="#{{.Anchor}}">{{.Doc}}</a></span></blockquote>{{end}}</td><td>{{.Corroboration}}: {{range $i, $d := .Docs}}{{if $i}}, {{end}}<a href="#{{$d.Anchor}}">{{$d.ID}}</a>{{end}}</td></tr>
{{end}}`))

// WriteMarkdown writes r as one Markdown document with the same sections as
// [WriteHTML]. The map and timeline are embedded as images with data: URIs
// (base64 SVG), so the file stands alone; renderers that refuse data URIs
// (GitHub's, for one) show the alt text instead, and the HTML report is the
// one to read there. In source sentences the subject and object read are
// bold and the relation's words italic (without spans, the names of the
// arguments are bold). SVGs pass the same check as in WriteHTML. All text
// from articles is escaped: Markdown punctuation with backslashes, and
// "&", "<" and ">" as HTML entities, so no raw HTML gets through. Output is
// deterministic; errors are [ErrUnsafeSVG] or w's.
func WriteMarkdown(w io.Writer, r Report) error {
	d, err := prepare(r, false)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n\n", md(d.Title))
	meta := md(d.Counts)
	if d.Generated != "" {
		meta = "Generated " + md(d.Generated) + " · " + meta
	}
	fmt.Fprintf(&b, "_%s_\n\n", meta)
	for _, pic := range []struct {
		title, name string
		svg         []byte
	}{{"Relationship map", "map", r.MapSVG}, {"Timeline", "timeline", r.TimelineSVG}} {
		fmt.Fprintf(&b, "## %s\n\n", pic.title)
		h, err := inlineSVG(pic.name, pic.svg)
		if err != nil {
			return err
		}
		if h == "" {
			b.WriteString("_None._\n\n")
			continue
		}
		fmt.Fprintf(&b, "![%s](data:image/svg+xml;base64,%s)\n\n", pic.title, base64.StdEncoding.EncodeToString([]byte(h)))
	}

	b.WriteString("## Documents\n\n")
	if len(d.Documents) == 0 {
		b.WriteString("_None._\n\n")
	} else {
		b.WriteString("| ID | Title | Source | Published | URL |\n|---|---|---|---|---|\n")
		for _, doc := range d.Documents {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", md(doc.ID), md(doc.Title), md(doc.Source), md(doc.Published), mdURL(doc.URL))
		}
		b.WriteString("\n")
	}

	b.WriteString("## Entities\n\n")
	if len(d.Entities) == 0 {
		b.WriteString("_None._\n\n")
	} else {
		b.WriteString("| Name | Type | Aliases | Mentions | Documents |\n|---|---|---|---:|---|\n")
		for _, e := range d.Entities {
			var docs []string
			for _, x := range e.Docs {
				docs = append(docs, x.ID)
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %d | %s |\n", md(e.Name), md(e.Type), mdList(e.Aliases), e.Mentions, mdList(docs))
		}
		b.WriteString("\n")
	}

	events := func(title string, evs []reportEvent) {
		fmt.Fprintf(&b, "## %s\n\n", title)
		if len(evs) == 0 {
			b.WriteString("_None._\n\n")
			return
		}
		b.WriteString("| Date | Event | Sources | Conflicts |\n|---|---|---|---|\n")
		for _, e := range evs {
			var docs []string
			for _, x := range e.Docs {
				docs = append(docs, x.ID)
			}
			when := e.When
			if when == "" {
				when = "—"
			}
			fmt.Fprintf(&b, "| %s | %s | %d: %s | %s |\n", md(when), md(e.Text), e.Corroboration, mdList(docs), mdList(e.Conflicts))
		}
		b.WriteString("\n")
	}
	events("Dated events", d.Events)
	events("Undated events", d.Undated)

	b.WriteString("## Facts\n\n")
	if len(d.Facts) == 0 {
		b.WriteString("_None._\n")
	}
	for _, f := range d.Facts {
		fmt.Fprintf(&b, "%d. **%s** %s **%s**", f.N, md(f.Subject), md(f.Relation), md(f.Object))
		if f.Date != "" {
			fmt.Fprintf(&b, " · %s", md(f.Date))
		}
		for _, a := range f.Args {
			fmt.Fprintf(&b, " · %s: %s", md(a.Role), md(a.Text))
		}
		if f.Attributed != "" {
			fmt.Fprintf(&b, " · according to %s", md(f.Attributed))
		}
		b.WriteString("\n")
		for _, s := range f.Sources {
			b.WriteString("   > ")
			for _, seg := range s.Sentence {
				switch seg.Mark {
				case "":
					b.WriteString(mdRaw(seg.Text))
				case markRelation:
					fmt.Fprintf(&b, "*%s*", mdRaw(seg.Text))
				default:
					fmt.Fprintf(&b, "**%s**", mdRaw(seg.Text))
				}
			}
			fmt.Fprintf(&b, " — %s\n", md(s.Doc))
		}
		if len(f.Sources) == 0 {
			b.WriteString("   > _no source recorded_\n")
		}
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("render: write markdown report: %w", err)
	}
	return nil
}

// md escapes s, cleaned, for Markdown text and table cells.
func md(s string) string { return mdRaw(clean(s)) }

// mdRaw escapes s for Markdown, keeping its spaces; other white space
// becomes a space.
func mdRaw(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~', '$':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func mdList(items []string) string {
	var out []string
	for _, s := range items {
		if s = md(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}

// mdURL writes an http(s) URL as an autolink and anything else as text.
func mdURL(u string) string {
	u = clean(u)
	low := strings.ToLower(u)
	if (strings.HasPrefix(low, "https://") || strings.HasPrefix(low, "http://")) && !strings.ContainsAny(u, "<> \"") {
		return "<" + strings.ReplaceAll(u, "|", "%7C") + ">"
	}
	return md(u)
}
