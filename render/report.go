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
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph/timeline"
)

// DocInfo describes one source document in a [Report]. Published is an
// ISO date (2026-01-06) or ""; Hash is the content hash of its text, which
// finds exact copies ("" when unknown).
type DocInfo struct {
	ID, Title, URL, Source, Published, Hash string
}

// Report is everything a report shows; [BuildReport] fills it from a graph.
// Generated is written as given (the caller formats the time; the library
// never reads the clock). An empty Title is replaced by [CorpusTitle]'s.
// Facts are the graph facts (raw extractions, with a Gate, are ignored);
// those below MinConfidence are not listed. MapSVG and TimelineSVG are
// inlined as they are, after a safety check (see [WriteHTML]); either may
// be empty.
type Report struct {
	Title         string
	Generated     string
	Documents     []DocInfo
	Entities      []extract.Entity
	Facts         []extract.Fact
	Timeline      timeline.Timeline
	MapSVG        []byte
	TimelineSVG   []byte
	MinConfidence float64
	Limits        ReportLimits
	// MapNote, when MapSVG is empty, says why there is no map.
	MapNote string

	// analysed is the analysis BuildReport worked out for the title, kept
	// so that the writers need not work it out again (see analysisOf).
	analysed *analysis
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

// ReportLimits caps the sections of a report so that its size stays bounded
// whatever the size of the corpus; the report says what it leaves out.
// Zero fields take the defaults given.
type ReportLimits struct {
	TopEvents      int // events under "What happened" (8)
	KeyActors      int // entities under "Key actors" (10)
	Events         int // dated events listed, the most salient (200)
	Undated        int // undated events listed (30)
	Entities       int // rows of the entity table (200)
	FactEntities   int // entities whose facts are listed (60)
	FactsPerEntity int // facts listed per entity (25)
	Facts          int // facts listed in all (600)
	Sources        int // source sentences shown per fact or event (3)
	Copies         int // copies named per document (10)
}

func (l ReportLimits) withDefaults() ReportLimits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.TopEvents, 8)
	def(&l.KeyActors, 10)
	def(&l.Events, 200)
	def(&l.Undated, 30)
	def(&l.Entities, 200)
	def(&l.FactEntities, 60)
	def(&l.FactsPerEntity, 25)
	def(&l.Facts, 600)
	def(&l.Sources, 3)
	def(&l.Copies, 10)
	return l
}

// docRef is how the report names a document where it cites it: its title
// (or id), outlet and date, with the ids in a tooltip; it links to the
// document's entry under Sources (the first of its copies).
type docRef struct {
	Anchor, Label, Outlet, Date, Tip string
}

// reportSource is a source sentence with the document it was read in;
// Copies counts the copies of that document that carry it too.
type reportSource struct {
	Ref      docRef
	Sentence []segment
	Copies   int
}

// reportFact is a fact as the report lists it.
type reportFact struct {
	N                         int
	ID                        string
	Subject, Relation, Object string
	Date, Attributed          string
	Confidence                string
	Independent               int // source documents, copies counted once
	Args                      []extract.Arg
	Sources                   []reportSource
	More                      int // sources not shown
}

// factGroup is the facts listed under one entity ("" for facts that name
// none).
type factGroup struct {
	Anchor, Name, Type string
	Style              style
	Facts              []reportFact
	Total              int
}

type reportActor struct {
	Name, Type, Tip, Anchor string
	Style                   style
	Docs, Facts             int
}

type reportEntity struct {
	Name, Type, Aliases, Tip string
	Style                    style
	Mentions, Docs, Facts    int
}

type reportEvent struct {
	When, Text  string
	Conflicts   []string
	Independent int
	Refs        []docRef
	MoreRefs    int
	Sentences   []reportSource
	More        int
}

type reportDocRow struct {
	Anchor, ID, Title, URL, Outlet, Date string
	Copies                               []docRef
	MoreCopies                           int
}

// MaxInlineSVG is the size above which [WriteHTML] leaves a picture out of
// the page (saying so), to keep the report small on a large corpus.
const MaxInlineSVG = 2 << 20

type reportData struct {
	Title, Generated, Meta string
	Map, Timeline          template.HTML
	MapNote, TimelineNote  string
	TopEvents              []reportEvent
	Actors                 []reportActor
	Legend                 []legendItem
	Events, Undated        []reportEvent
	EventsNote             string
	UndatedNote            string
	Entities               []reportEntity
	EntitiesNote           string
	FactGroups             []factGroup
	FactsNote              string
	Documents              []reportDocRow
	Counts                 string // "3 documents · 12 entities · ..."
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

// groupAnchor returns the HTML id of an entity's group of facts.
func groupAnchor(id string) string {
	if id == "" {
		return "facts-other"
	}
	return "facts-" + strings.TrimPrefix(docAnchor(id), "doc-")
}

// ref names document id for a citation.
func (a *analysis) ref(id string) docRef {
	id = clean(id)
	lead := a.canonical(id)
	r := docRef{Anchor: docAnchor(lead), Label: id, Tip: id}
	if d, ok := a.docs[lead]; ok {
		r.Label = a.docLabel(d)
		r.Outlet = shorten(d.Source, 40)
		r.Date = formatDate(d.Published)
	}
	if n := len(a.copies[lead]); n > 0 {
		ids := append([]string{lead}, a.copies[lead]...)
		if len(ids) > 6 {
			ids = append(ids[:5], fmt.Sprintf("… %d more", len(ids)-5))
		}
		r.Tip = id + " (copies: " + strings.Join(ids, ", ") + ")"
	}
	return r
}

// docLabel names a document ([DocName]): its title, a readable file name,
// its first sentence read as a headline, its outlet or its id.
func (a *analysis) docLabel(d *DocInfo) string {
	return DocName(*d, a.lead[clean(d.ID)].Sentence)
}

// sources returns the source sentences to show, at most limit: one per
// document and sentence with copies of a document counted once, in reading
// order, and the number left out.
func (a *analysis) sources(srcs []extract.Source, limit int, terms ...string) ([]reportSource, int) {
	type key struct{ doc, sent string }
	type item struct {
		src    extract.Source
		copies int
	}
	seen := map[key]*item{}
	var items []*item
	for _, s := range srcs {
		k := key{a.canonical(s.Doc), strings.ToLower(clean(s.Sentence))}
		if it, ok := seen[k]; ok {
			if clean(s.Doc) != clean(it.src.Doc) {
				it.copies++
			}
			continue
		}
		it := &item{src: s}
		seen[k] = it
		items = append(items, it)
	}
	rank := func(id string) int {
		if r, ok := a.order[a.canonical(id)]; ok {
			return r
		}
		return len(a.order)
	}
	slices.SortStableFunc(items, func(x, y *item) int {
		return cmp.Or(cmp.Compare(rank(x.src.Doc), rank(y.src.Doc)), cmp.Compare(x.src.Offset, y.src.Offset))
	})
	var out []reportSource
	for i, it := range items {
		if i == limit {
			return out, len(items) - limit
		}
		out = append(out, reportSource{Ref: a.ref(it.src.Doc), Sentence: sourceSegments(it.src, terms...), Copies: it.copies})
	}
	return out, 0
}

// reportRelation is the relation of f as written, with negation and
// modality made visible.
func reportRelation(f *extract.Fact) string {
	rel := clean(f.Relation)
	if rel == "" {
		rel = clean(f.RelationLemma)
	}
	if rel == "" {
		rel = "related to"
	}
	low := " " + strings.ToLower(rel) + " "
	if f.Modality != "" && !strings.Contains(low, " "+strings.ToLower(f.Modality)+" ") {
		rel = clean(f.Modality) + " " + rel
	}
	if f.Negated && !strings.Contains(low, " not ") && !strings.Contains(low, "n't ") && !strings.Contains(low, " never ") {
		rel = "not " + rel
	}
	return rel
}

// safeURL returns u when it is an absolute http(s) URL, else "".
func safeURL(u string) string {
	u = clean(u)
	low := strings.ToLower(u)
	if strings.HasPrefix(low, "https://") || strings.HasPrefix(low, "http://") {
		return u
	}
	return ""
}

// thousands writes n with thousands separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// count writes "1 fact", "1,234 facts".
func count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if w, ok := strings.CutSuffix(word, "y"); ok {
		return thousands(n) + " " + w + "ies"
	}
	return thousands(n) + " " + word + "s"
}

// prepare orders, ranks, caps and shapes the report's content; both
// writers use it.
func prepare(r Report, withSVG bool) (*reportData, error) {
	lim := r.Limits.withDefaults()
	a := analysisOf(r)
	d := &reportData{Title: clean(r.Title), Generated: clean(r.Generated), MapNote: clean(r.MapNote)}
	if d.Title == "" {
		d.Title = a.title()
	}
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
		// A picture too large for the page's size budget is left out and
		// said so (the commands that draw it alone are named).
		if len(d.Map) > MaxInlineSVG {
			d.MapNote = fmt.Sprintf("The map (%.1f MB) is too large to include here; storygraph render -o map.svg draws it.", float64(len(d.Map))/(1<<20))
			d.Map = ""
		}
		if len(d.Timeline) > MaxInlineSVG {
			d.TimelineNote = fmt.Sprintf("The timeline picture (%.1f MB) is too large to include here; storygraph timeline --svg timeline.svg draws it.", float64(len(d.Timeline))/(1<<20))
			d.Timeline = ""
		}
	}

	// Documents, copies folded into the first of each group.
	docs := slices.Clone(r.Documents)
	slices.SortStableFunc(docs, docOrder)
	var outlets []string
	nCopies := 0
	for _, doc := range docs {
		id := clean(doc.ID)
		if o := clean(doc.Source); o != "" && !slices.Contains(outlets, o) {
			outlets = append(outlets, o)
		}
		if a.canonical(id) != id {
			nCopies++
			continue
		}
		row := reportDocRow{Anchor: docAnchor(id), ID: id, Title: a.docLabel(&doc), URL: safeURL(doc.URL),
			Outlet: clean(doc.Source), Date: formatDate(doc.Published)}
		for i, c := range a.copies[id] {
			if i == lim.Copies {
				row.MoreCopies = len(a.copies[id]) - i
				break
			}
			cr := docRef{Label: c, Tip: c}
			if cd, ok := a.docs[c]; ok {
				if o := clean(cd.Source); o != "" {
					cr.Label = shorten(o, 40)
				}
				cr.Date = formatDate(cd.Published)
			}
			row.Copies = append(row.Copies, cr)
		}
		d.Documents = append(d.Documents, row)
	}
	meta := []string{count(len(d.Documents), "article")}
	if nCopies > 0 {
		meta[0] += " (and " + count(nCopies, "copy") + ")"
	}
	switch {
	case len(outlets) > 3:
		meta[0] += " from " + strings.Join(outlets[:2], ", ") + " and " + count(len(outlets)-2, "other outlet")
	case len(outlets) > 0:
		meta[0] += " from " + andList(outlets)
	}
	if span := a.dateSpan(); span != "" {
		meta = append(meta, "published "+span)
	}

	// Entities by salience.
	var types []string
	for i, e := range a.actors {
		if t := strings.ToUpper(clean(e.Type)); t != "" && !slices.Contains(types, t) {
			types = append(types, t)
		}
		if i >= lim.Entities {
			continue
		}
		aliases := slices.DeleteFunc(slices.Clone(e.Aliases), func(s string) bool { return normName(s) == normName(e.Name) })
		var al []string
		for j, s := range aliases {
			if j == 8 {
				al = append(al, fmt.Sprintf("… %d more", len(aliases)-8))
				break
			}
			al = append(al, clean(s))
		}
		d.Entities = append(d.Entities, reportEntity{Name: clean(e.Name), Type: strings.ToUpper(clean(e.Type)),
			Aliases: strings.Join(al, ", "), Style: styleOf(e.Type), Mentions: e.Mentions,
			Docs: a.independent(e.Docs), Facts: a.factCount[e.ID], Tip: e.ID})
	}
	if n := len(a.actors) - len(d.Entities); n > 0 {
		d.EntitiesNote = fmt.Sprintf("The %s with fewer sources, mentions and facts are not listed.", count(n, "other entity"))
	}
	slices.Sort(types)
	for _, t := range types {
		d.Legend = append(d.Legend, legendItem{t, styleOf(t)})
	}

	// Facts grouped by entity.
	type groupIn struct {
		id    string
		facts []*extract.Fact
	}
	groups := map[string]*groupIn{}
	var hiddenLow, listed int
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Gate != "" {
			continue
		}
		if !a.shown(f) {
			hiddenLow++
			continue
		}
		listed++
		id := a.entityOf(f.SubjectID, f.Subject)
		if id == "" {
			id = a.entityOf(f.ObjectID, f.Object)
		}
		g, ok := groups[id]
		if !ok {
			g = &groupIn{id: id}
			groups[id] = g
		}
		g.facts = append(g.facts, f)
	}
	var order []*groupIn
	for _, e := range a.actors {
		if g, ok := groups[e.ID]; ok {
			order = append(order, g)
		}
	}
	if g, ok := groups[""]; ok {
		order = append(order, g)
	}
	aliases := func(id string) []string {
		if e, ok := a.entByID[id]; ok {
			return append([]string{e.Name}, e.Aliases...)
		}
		return nil
	}
	factDocs := func(f *extract.Fact) int {
		var ids []string
		for _, s := range f.Sources {
			ids = append(ids, s.Doc)
		}
		return a.independent(ids)
	}
	firstSource := func(f *extract.Fact) (int, int) {
		best, off := len(a.order)+1, 0
		for _, s := range f.Sources {
			if r, ok := a.order[a.canonical(s.Doc)]; ok && r < best {
				best, off = r, s.Offset
			}
		}
		return best, off
	}
	budget := lim.Facts
	var leftFacts, leftGroups int
	n := 0
	for gi, g := range order {
		if gi >= lim.FactEntities || budget == 0 {
			leftFacts += len(g.facts)
			leftGroups++
			continue
		}
		type keyed struct {
			f               *extract.Fact
			docs, rank, off int
		}
		ks := make([]keyed, len(g.facts))
		for i, f := range g.facts {
			r, o := firstSource(f)
			ks[i] = keyed{f, factDocs(f), r, o}
		}
		slices.SortStableFunc(ks, func(x, y keyed) int {
			return cmp.Or(cmp.Compare(y.docs, x.docs), cmp.Compare(y.f.Confidence, x.f.Confidence),
				cmp.Compare(x.rank, y.rank), cmp.Compare(x.off, y.off), cmp.Compare(x.f.ID, y.f.ID))
		})
		for i := range ks {
			g.facts[i] = ks[i].f
		}
		fg := factGroup{Anchor: groupAnchor(g.id), Name: "Other facts", Total: len(g.facts)}
		if e, ok := a.entByID[g.id]; ok {
			fg.Name, fg.Type, fg.Style = clean(e.Name), strings.ToUpper(clean(e.Type)), styleOf(e.Type)
		}
		for _, f := range g.facts {
			if len(fg.Facts) == lim.FactsPerEntity || budget == 0 {
				break
			}
			budget--
			n++
			terms := append(append([]string{f.Subject, f.Object}, aliases(f.SubjectID)...), aliases(f.ObjectID)...)
			rf := reportFact{N: n, ID: f.ID, Subject: clean(f.Subject), Relation: reportRelation(f), Object: clean(f.Object),
				Date: formatDate(f.Date), Attributed: clean(f.AttributedTo), Args: f.Args, Independent: factDocs(f)}
			if f.Confidence > 0 {
				rf.Confidence = fmt.Sprintf("%.2f", f.Confidence)
			}
			rf.Sources, rf.More = a.sources(f.Sources, lim.Sources, terms...)
			fg.Facts = append(fg.Facts, rf)
		}
		d.FactGroups = append(d.FactGroups, fg)
	}
	var notes []string
	if leftFacts > 0 {
		notes = append(notes, fmt.Sprintf("%s about %s with fewer sources are not listed.",
			count(leftFacts, "more fact"), count(leftGroups, "other entity")))
	}
	if hiddenLow > 0 {
		notes = append(notes, fmt.Sprintf("%s below confidence %.2g %s not listed.", count(hiddenLow, "fact"),
			r.MinConfidence, map[bool]string{true: "is", false: "are"}[hiddenLow == 1]))
	}
	d.FactsNote = strings.Join(notes, " ")

	// Events: the most salient listed, in timeline order.
	event := func(e *timeline.Event) reportEvent {
		re := reportEvent{When: formatDate(e.Date), Text: eventText(*e)}
		if tod := timeOfDay(e.Time); tod != "" && re.When != "" {
			re.When += ", " + tod
		}
		for _, c := range e.Conflicts {
			// "(also dated date 1979-03-26 ...)" says "date" once.
			re.Conflicts = append(re.Conflicts, strings.TrimPrefix(clean(c), "date "))
		}
		var leads []string
		for _, s := range e.Sources {
			if l := a.canonical(s.Doc); l != "" && !slices.Contains(leads, l) {
				leads = append(leads, l)
			}
		}
		slices.SortStableFunc(leads, func(x, y string) int { return cmp.Compare(a.order[x], a.order[y]) })
		re.Independent = len(leads)
		if re.Independent == 0 {
			re.Independent = e.Corroboration
		}
		for i, l := range leads {
			if i == lim.Sources {
				re.MoreRefs = len(leads) - i
				break
			}
			re.Refs = append(re.Refs, a.ref(l))
		}
		re.Sentences, re.More = a.sources(e.Sources, lim.Sources, e.Subject, e.Object, e.Trigger)
		return re
	}
	pick := func(evs []timeline.Event, limit int) ([]reportEvent, int) {
		idx := make([]int, len(evs))
		score := make([]float64, len(evs))
		for i := range evs {
			idx[i] = i
			score[i] = a.eventScore(&evs[i])
		}
		slices.SortStableFunc(idx, func(x, y int) int { return cmp.Compare(score[y], score[x]) })
		left := 0
		if len(idx) > limit {
			left = len(idx) - limit
			idx = idx[:limit]
		}
		slices.Sort(idx)
		out := make([]reportEvent, 0, len(idx))
		for _, i := range idx {
			out = append(out, event(&evs[i]))
		}
		return out, left
	}
	var dated, undated []timeline.Event
	for _, e := range r.Timeline.Events {
		if strings.TrimSpace(e.Date) == "" {
			undated = append(undated, e)
		} else {
			dated = append(dated, e)
		}
	}
	undated = append(undated, r.Timeline.Undated...)
	var left int
	d.Events, left = pick(dated, lim.Events)
	if left > 0 {
		d.EventsNote = fmt.Sprintf("%s with fewer sources %s not listed.", count(left, "more dated event"),
			map[bool]string{true: "is", false: "are"}[left == 1])
	}
	d.Undated, left = pick(undated, lim.Undated)
	if left > 0 {
		d.UndatedNote = fmt.Sprintf("%s with fewer sources %s not listed.", count(left, "more undated event"),
			map[bool]string{true: "is", false: "are"}[left == 1])
	}
	if len(dated) > 0 {
		d.TopEvents, _ = pick(dated, lim.TopEvents)
	} else {
		d.TopEvents, _ = pick(undated, lim.TopEvents)
	}

	for i, e := range a.actors {
		if i == lim.KeyActors {
			break
		}
		ra := reportActor{Name: clean(e.Name), Type: strings.ToUpper(clean(e.Type)), Style: styleOf(e.Type),
			Docs: a.independent(e.Docs), Facts: a.factCount[e.ID], Tip: strings.Join(e.Aliases, ", ")}
		for _, g := range d.FactGroups {
			if g.Anchor == groupAnchor(e.ID) {
				ra.Anchor = g.Anchor
			}
		}
		d.Actors = append(d.Actors, ra)
	}

	d.Meta = strings.Join(meta, " · ")
	d.Counts = strings.Join([]string{count(len(a.actors), "entity"), count(listed, "fact"),
		count(len(dated), "dated event")}, " · ")
	return d, nil
}

// WriteHTML writes r as one self-contained HTML page: inline CSS, the map
// and timeline SVGs inline, no scripts and no external resources. The first
// screen says what happened: the title and corpus (articles, outlets,
// dates), the most salient dated events with their dates and sources, the
// key actors, and the map at full size in a box that scrolls (a control
// fits it to the page instead). Then come the timeline with the dated and
// undated events, the entity table, the facts grouped by entity in
// collapsed <details> sections, and the sources. Syndicated copies and
// near-duplicate articles are listed once, under the first of them, and
// counted once as sources. Every section is capped by r.Limits and says
// what it leaves out; facts below r.MinConfidence are not listed. Sources
// are named by title, outlet and date, with their ids in a tooltip.
//
// In each sentence the subject, the relation's words and the object read
// there are marked (<mark class="subject">, "relation", "object") when the
// source has spans, the names of the arguments (class "name") otherwise.
// All text is escaped by html/template. The page works from 390 px wide
// screens (nothing overflows sideways) to print (print CSS fits the
// pictures to the page and opens the collapsed sections).
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

const reportCSS = `*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0 auto;max-width:1240px;padding:1rem 1.2rem 3rem;color:#222;line-height:1.45;overflow-wrap:anywhere;background:#fff}
h1{font-size:1.75rem;line-height:1.2;margin:.3em 0 .2em}
h2{font-size:1.3rem;margin:1.4em 0 .4em;border-bottom:1px solid #e3e3e3;padding-bottom:.15em}
h3{font-size:1.05rem;margin:1.2em 0 .3em}
.meta{color:#555;margin:.2em 0 .6em}
nav{display:flex;flex-wrap:wrap;gap:.2em 1.1em;margin:.4em 0 .8em}
.summary{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:0 2.2rem}
.summary h2{margin-top:.6em}
@media (max-width:820px){.summary{grid-template-columns:minmax(0,1fr)}}
ol.top{padding-left:1.5em;margin:.3em 0}
ol.top li{margin:.35em 0}
.when{font-weight:600;margin-right:.35em}
.refs,.doc,.n,.note,.outlet{color:#5a5a5a;font-size:.88em}
.refs a,.doc a{color:#2f5d9b}
ul.actors{list-style:none;padding:0;margin:.3em 0}
ul.actors li{margin:.3em 0}
.type{display:inline-block;padding:0 .35em;border:1px solid;border-radius:4px;font-size:.72em;vertical-align:.12em;letter-spacing:.02em}
.zoom{margin:.3em 0}
.zoom label{margin-right:1em}
.hint{color:#666;font-size:.85em}
.mapbox,.tlbox{overflow:auto;max-height:85vh;border:1px solid #ddd;border-radius:6px;background:#fff;margin:.4em 0}
.mapbox svg,.tlbox svg{display:block;max-width:none}
#zoom-fit:checked~.mapbox{max-height:none}
#zoom-fit:checked~.mapbox svg{width:100%;height:auto}
.legend{margin:.3em 0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em}
th,td{border-bottom:1px solid #e3e3e3;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f5f5f5}
td.n{text-align:right;font-variant-numeric:tabular-nums}
ol.events,ol.docs{padding-left:0;list-style:none;margin:.3em 0}
ol.events>li{margin:0 0 .7em;padding:.3em .6em;border-left:3px solid #c6dbef}
ol.docs>li{margin:0 0 .5em}
details{margin:.3em 0;border:1px solid #e3e3e3;border-radius:6px;padding:.3em .7em}
details[open]{padding-bottom:.6em}
summary{cursor:pointer;padding:.15em 0}
details details{border:0;padding:0;margin:.2em 0}
details details summary{color:#2f5d9b;font-size:.88em}
ol.facts{padding-left:1.6em;margin:.4em 0}
ol.facts>li{margin:0 0 .8em}
ol.facts p{margin:.1em 0}
.rel{color:#2f5d9b}
blockquote{margin:.25em 0 .25em .8em;padding-left:.6em;border-left:2px solid #ddd;color:#444}
mark{background:#fff1a8}
mark.relation{background:#d7e8fa}
mark.object{background:#d9f2d0}
.warn{color:#b3141a}
.none{color:#888;font-style:italic}
@media print{
body{max-width:none;padding:0;font-size:10pt}
nav,.zoom input,.zoom label,.hint{display:none}
.mapbox,.tlbox{overflow:visible;max-height:none;border:0}
.mapbox svg,.tlbox svg{width:100%;height:auto}
li,blockquote,tr,figure{break-inside:avoid}
h2,h3{break-after:avoid}
a{color:inherit;text-decoration:none}
details{border:0;padding:0}
}
@media print{details::details-content{content-visibility:visible;display:contents}}`

var htmlTemplate = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
` + reportCSS + `
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="meta">{{.Meta}}{{if .Generated}} · generated {{.Generated}}{{end}}</p>
<nav><a href="#summary">What happened</a><a href="#map">Map</a><a href="#timeline">Timeline</a><a href="#entities">Entities</a><a href="#facts">Facts</a><a href="#sources">Sources</a></nav>
</header>
<main>
<section id="summary" class="summary">
<div>
<h2>What happened</h2>
{{if .TopEvents}}<ol class="top">
{{range .TopEvents}}<li>{{if .When}}<span class="when">{{.When}}</span> {{end}}<span class="what">{{.Text}}</span>{{if .Conflicts}} <span class="warn">(also dated {{range $i, $c := .Conflicts}}{{if $i}}, {{end}}{{$c}}{{end}})</span>{{end}} {{template "refs" .}}</li>
{{end}}</ol>{{else}}<p class="none">No events.</p>{{end}}
</div>
<div>
<h2>Key actors</h2>
{{if .Actors}}<ul class="actors">
{{range .Actors}}<li><span class="type" style="background:{{.Style.Fill}};border-color:{{.Style.Border}}">{{.Type}}</span> {{if .Anchor}}<a href="#{{.Anchor}}" title="{{.Tip}}">{{.Name}}</a>{{else}}<span title="{{.Tip}}">{{.Name}}</span>{{end}} <span class="n">{{.Docs}} {{if eq .Docs 1}}article{{else}}articles{{end}} · {{.Facts}} {{if eq .Facts 1}}fact{{else}}facts{{end}}</span></li>
{{end}}</ul>{{else}}<p class="none">No entities.</p>{{end}}
</div>
</section>

<section id="map">
<h2>Relationship map</h2>
{{if .Map}}<div class="zoom">
<input type="radio" name="mapzoom" id="zoom-full" checked><label for="zoom-full">Full size</label>
<input type="radio" name="mapzoom" id="zoom-fit"><label for="zoom-fit">Fit to page</label>
<span class="hint">Scroll inside the map to move around it; hover over a name or a line for its sources.</span>
<div class="mapbox">{{.Map}}</div>
</div>
<p class="legend">{{range .Legend}}<span class="type" style="background:{{.Style.Fill}};border-color:{{.Style.Border}}">{{.Type}}</span> {{end}}</p>
{{else if .MapNote}}<p class="note">{{.MapNote}}</p>{{else}}<p class="none">No map.</p>{{end}}
</section>

<section id="timeline">
<h2>Timeline</h2>
{{if .Timeline}}<div class="tlbox">{{.Timeline}}</div>{{else if .TimelineNote}}<p class="note">{{.TimelineNote}}</p>{{else}}<p class="none">No timeline.</p>{{end}}
<h3 id="events">Dated events</h3>
{{if .Events}}<ol class="events">
{{range .Events}}{{template "event" .}}{{end}}</ol>{{else}}<p class="none">No dated events.</p>{{end}}
{{if .EventsNote}}<p class="note">{{.EventsNote}}</p>{{end}}
<h3 id="undated">Undated events</h3>
{{if .Undated}}<ol class="events">
{{range .Undated}}{{template "event" .}}{{end}}</ol>{{else}}<p class="none">No undated events.</p>{{end}}
{{if .UndatedNote}}<p class="note">{{.UndatedNote}}</p>{{end}}
</section>

<section id="entities">
<h2>Entities</h2>
{{if .Entities}}<div class="scroll"><table>
<thead><tr><th>Name</th><th>Type</th><th>Also called</th><th>Articles</th><th>Mentions</th><th>Facts</th></tr></thead>
<tbody>
{{range .Entities}}<tr><td title="{{.Tip}}">{{.Name}}</td><td><span class="type" style="background:{{.Style.Fill}};border-color:{{.Style.Border}}">{{.Type}}</span></td><td>{{.Aliases}}</td><td class="n">{{.Docs}}</td><td class="n">{{.Mentions}}</td><td class="n">{{.Facts}}</td></tr>
{{end}}</tbody>
</table></div>{{else}}<p class="none">No entities.</p>{{end}}
{{if .EntitiesNote}}<p class="note">{{.EntitiesNote}}</p>{{end}}
</section>

<section id="facts">
<h2>Facts by entity</h2>
{{if .FactGroups}}{{range .FactGroups}}<details id="{{.Anchor}}">
<summary><b>{{.Name}}</b>{{if .Type}} <span class="type" style="background:{{.Style.Fill}};border-color:{{.Style.Border}}">{{.Type}}</span>{{end}} <span class="n">{{if lt (len .Facts) .Total}}{{len .Facts}} of {{.Total}} facts{{else}}{{.Total}} {{if eq .Total 1}}fact{{else}}facts{{end}}{{end}}</span></summary>
<ol class="facts">
{{range .Facts}}<li id="fact-{{.N}}"><p><b>{{.Subject}}</b> <span class="rel">{{.Relation}}</span> <b>{{.Object}}</b>{{if .Date}} · {{.Date}}{{end}}{{range .Args}} · {{.Role}}: {{.Text}}{{end}}{{if .Attributed}} · according to {{.Attributed}}{{end}} <span class="n">({{if .Independent}}{{.Independent}} {{if eq .Independent 1}}source{{else}}sources{{end}}{{end}}{{if .Confidence}}, confidence {{.Confidence}}{{end}})</span></p>
{{range .Sources}}{{template "quote" .}}{{else}}<p class="none">No source recorded.</p>
{{end}}{{if .More}}<p class="note">… and {{.More}} more {{if eq .More 1}}source{{else}}sources{{end}}</p>{{end}}</li>
{{end}}</ol>
{{if lt (len .Facts) .Total}}<p class="note">{{len .Facts}} of {{.Total}} facts listed, those with the most sources first.</p>{{end}}
</details>
{{end}}{{else}}<p class="none">No facts.</p>{{end}}
{{if .FactsNote}}<p class="note">{{.FactsNote}}</p>{{end}}
</section>

<section id="sources">
<h2>Sources</h2>
{{if .Documents}}<ol class="docs">
{{range .Documents}}<li id="{{.Anchor}}">{{if .URL}}<a href="{{.URL}}" rel="noreferrer" title="{{.ID}}">{{.Title}}</a>{{else}}<span title="{{.ID}}">{{.Title}}</span>{{end}}{{if or .Outlet .Date}} <span class="outlet">— {{.Outlet}}{{if and .Outlet .Date}}, {{end}}{{.Date}}</span>{{end}}{{if .Copies}}<br><span class="note">Also published by {{range $i, $c := .Copies}}{{if $i}}, {{end}}<span title="{{$c.Tip}}">{{$c.Label}}</span>{{if $c.Date}} ({{$c.Date}}){{end}}{{end}}{{if .MoreCopies}} and {{.MoreCopies}} more{{end}} (the same text, counted once).</span>{{end}}</li>
{{end}}</ol>{{else}}<p class="none">No documents.</p>{{end}}
</section>
</main>
</body>
</html>
{{define "sentence"}}{{range .}}{{if .Mark}}<mark class="{{.Mark}}" title="{{.Mark}}">{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end}}{{end}}
{{define "ref"}}<a href="#{{.Anchor}}" title="{{.Tip}}">{{.Label}}</a>{{if or .Outlet .Date}} ({{.Outlet}}{{if and .Outlet .Date}}, {{end}}{{.Date}}){{end}}{{end}}
{{define "quote"}}<blockquote>{{template "sentence" .Sentence}} <span class="doc">— {{template "ref" .Ref}}{{if .Copies}} and {{.Copies}} {{if eq .Copies 1}}copy{{else}}copies{{end}}{{end}}</span></blockquote>
{{end}}
{{define "refs"}}<span class="refs">— {{if gt .Independent 1}}{{.Independent}} sources: {{end}}{{range $i, $r := .Refs}}{{if $i}}; {{end}}{{template "ref" $r}}{{end}}{{if .MoreRefs}}; and {{.MoreRefs}} more{{end}}</span>{{end}}
{{define "event"}}<li>{{if .When}}<span class="when">{{.When}}</span> {{end}}{{.Text}}{{if .Conflicts}} <span class="warn">(also dated {{range $i, $c := .Conflicts}}{{if $i}}, {{end}}{{$c}}{{end}})</span>{{end}} {{template "refs" .}}
{{if .Sentences}}<details><summary>what the {{if eq (len .Sentences) 1}}source says{{else}}sources say{{end}}</summary>
{{range .Sentences}}{{template "quote" .}}{{end}}{{if .More}}<p class="note">… and {{.More}} more</p>{{end}}</details>{{end}}</li>
{{end}}`))

// WriteMarkdown writes r as one Markdown document with the sections of
// [WriteHTML], capped and ordered the same way (no section is collapsed).
// The map and timeline are embedded as images with data: URIs (base64
// SVG), so the file stands alone; renderers that refuse data URIs (GitHub's,
// for one) show the alt text instead, and the HTML report is the one to read
// there. In source sentences the subject and object read are bold and the
// relation's words italic (without spans, the names of the arguments are
// bold). SVGs pass the same check as in WriteHTML. All text from articles is
// escaped: Markdown punctuation with backslashes, and "&", "<" and ">" as
// HTML entities, so no raw HTML gets through. Output is deterministic;
// errors are [ErrUnsafeSVG] or w's.
func WriteMarkdown(w io.Writer, r Report) error {
	d, err := prepare(r, false)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n\n", md(d.Title))
	meta := md(d.Meta + " · " + d.Counts)
	if d.Generated != "" {
		meta += " · generated " + md(d.Generated)
	}
	fmt.Fprintf(&b, "_%s_\n\n", meta)

	ref := func(x docRef) string {
		s := md(x.Label)
		if x.Outlet != "" || x.Date != "" {
			s += " (" + md(strings.Join(slices.DeleteFunc([]string{x.Outlet, x.Date}, func(s string) bool { return s == "" }), ", ")) + ")"
		}
		return s
	}
	refs := func(e reportEvent) string {
		var parts []string
		for _, x := range e.Refs {
			parts = append(parts, ref(x))
		}
		if e.MoreRefs > 0 {
			parts = append(parts, fmt.Sprintf("and %d more", e.MoreRefs))
		}
		s := strings.Join(parts, "; ")
		if e.Independent > 1 {
			s = fmt.Sprintf("%d sources: %s", e.Independent, s)
		}
		return s
	}
	quote := func(indent string, s reportSource) {
		b.WriteString(indent + "> ")
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
		fmt.Fprintf(&b, " — %s", ref(s.Ref))
		if s.Copies > 0 {
			fmt.Fprintf(&b, " and %s", count(s.Copies, "copy"))
		}
		b.WriteString("\n")
	}
	eventLine := func(e reportEvent) string {
		s := md(e.Text)
		if e.When != "" {
			s = "**" + md(e.When) + "** " + s
		}
		if len(e.Conflicts) > 0 {
			s += " (also dated " + mdList(e.Conflicts) + ")"
		}
		return s + " — " + refs(e)
	}

	b.WriteString("## What happened\n\n")
	if len(d.TopEvents) == 0 {
		b.WriteString("_No events._\n\n")
	}
	for i, e := range d.TopEvents {
		fmt.Fprintf(&b, "%d. %s\n", i+1, eventLine(e))
	}
	if len(d.TopEvents) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("## Key actors\n\n")
	if len(d.Actors) == 0 {
		b.WriteString("_No entities._\n\n")
	}
	for _, x := range d.Actors {
		fmt.Fprintf(&b, "- **%s** (%s) — %s, %s\n", md(x.Name), md(x.Type), count(x.Docs, "article"), count(x.Facts, "fact"))
	}
	if len(d.Actors) > 0 {
		b.WriteString("\n")
	}

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
			if pic.name == "map" && d.MapNote != "" {
				fmt.Fprintf(&b, "_%s_\n\n", md(d.MapNote))
			} else {
				b.WriteString("_None._\n\n")
			}
			continue
		}
		fmt.Fprintf(&b, "![%s](data:image/svg+xml;base64,%s)\n\n", pic.title, base64.StdEncoding.EncodeToString([]byte(h)))
	}

	events := func(title string, evs []reportEvent, note string) {
		fmt.Fprintf(&b, "### %s\n\n", title)
		if len(evs) == 0 {
			b.WriteString("_None._\n\n")
			return
		}
		for _, e := range evs {
			fmt.Fprintf(&b, "- %s\n", eventLine(e))
			for _, s := range e.Sentences {
				quote("  ", s)
			}
			if e.More > 0 {
				fmt.Fprintf(&b, "  > … and %d more\n", e.More)
			}
		}
		if note != "" {
			fmt.Fprintf(&b, "\n_%s_\n", md(note))
		}
		b.WriteString("\n")
	}
	events("Dated events", d.Events, d.EventsNote)
	events("Undated events", d.Undated, d.UndatedNote)

	b.WriteString("## Entities\n\n")
	if len(d.Entities) == 0 {
		b.WriteString("_None._\n\n")
	} else {
		b.WriteString("| Name | Type | Also called | Articles | Mentions | Facts |\n|---|---|---|---:|---:|---:|\n")
		for _, e := range d.Entities {
			fmt.Fprintf(&b, "| %s | %s | %s | %d | %d | %d |\n", md(e.Name), md(e.Type), md(e.Aliases), e.Docs, e.Mentions, e.Facts)
		}
		if d.EntitiesNote != "" {
			fmt.Fprintf(&b, "\n_%s_\n", md(d.EntitiesNote))
		}
		b.WriteString("\n")
	}

	b.WriteString("## Facts by entity\n\n")
	if len(d.FactGroups) == 0 {
		b.WriteString("_None._\n\n")
	}
	for _, g := range d.FactGroups {
		fmt.Fprintf(&b, "### %s", md(g.Name))
		if g.Type != "" {
			fmt.Fprintf(&b, " (%s)", md(g.Type))
		}
		b.WriteString("\n\n")
		for _, f := range g.Facts {
			fmt.Fprintf(&b, "%d. **%s** %s **%s**", f.N, md(f.Subject), md(f.Relation), md(f.Object))
			if f.Date != "" {
				fmt.Fprintf(&b, " · %s", md(f.Date))
			}
			for _, x := range f.Args {
				fmt.Fprintf(&b, " · %s: %s", md(x.Role), md(x.Text))
			}
			if f.Attributed != "" {
				fmt.Fprintf(&b, " · according to %s", md(f.Attributed))
			}
			var info []string
			if f.Independent > 0 {
				info = append(info, count(f.Independent, "source"))
			}
			if f.Confidence != "" {
				info = append(info, "confidence "+f.Confidence)
			}
			if len(info) > 0 {
				fmt.Fprintf(&b, " (%s)", strings.Join(info, ", "))
			}
			b.WriteString("\n")
			for _, s := range f.Sources {
				quote("   ", s)
			}
			if len(f.Sources) == 0 {
				b.WriteString("   > _no source recorded_\n")
			}
			if f.More > 0 {
				fmt.Fprintf(&b, "   > … and %s\n", count(f.More, "more source"))
			}
		}
		if len(g.Facts) < g.Total {
			fmt.Fprintf(&b, "\n_%d of %d facts listed, those with the most sources first._\n", len(g.Facts), g.Total)
		}
		b.WriteString("\n")
	}
	if d.FactsNote != "" {
		fmt.Fprintf(&b, "_%s_\n\n", md(d.FactsNote))
	}

	b.WriteString("## Sources\n\n")
	if len(d.Documents) == 0 {
		b.WriteString("_None._\n")
	} else {
		b.WriteString("| Title | Outlet | Published | ID | URL | Copies |\n|---|---|---|---|---|---|\n")
		for _, doc := range d.Documents {
			var copies []string
			for _, c := range doc.Copies {
				copies = append(copies, c.Label)
			}
			if doc.MoreCopies > 0 {
				copies = append(copies, fmt.Sprintf("and %d more", doc.MoreCopies))
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", md(doc.Title), md(doc.Outlet), md(doc.Date), md(doc.ID),
				mdURL(doc.URL), mdList(copies))
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
