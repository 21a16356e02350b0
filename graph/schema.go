package graph

import (
	"encoding/json"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/storygraph/storygraph/extract"
)

// Schema predicates. Every predicate of the schema starts with "sg:"; the
// direct subject→relation→object edges use the bare relation name and never do.
const (
	predName      = quad.IRI("sg:name")
	predType      = quad.IRI("sg:type")
	predAlias     = quad.IRI("sg:alias")
	predRole      = quad.IRI("sg:role")
	predMentions  = quad.IRI("sg:mentions")
	predMentioned = quad.IRI("sg:mentionedIn")
	predEvidence  = quad.IRI("sg:evidence")

	predHash      = quad.IRI("sg:hash")
	predTitle     = quad.IRI("sg:title")
	predURL       = quad.IRI("sg:url")
	predOutlet    = quad.IRI("sg:outlet")
	predPublished = quad.IRI("sg:published")
	predDateFrom  = quad.IRI("sg:dateFrom")

	predText = quad.IRI("sg:text")

	predSubject = quad.IRI("sg:subject")
	predObject  = quad.IRI("sg:object")
	predFact    = quad.IRI("sg:fact")
	predSource  = quad.IRI("sg:source")
	predRaw     = quad.IRI("sg:raw")

	// storeNode carries the schema version of the store (predSchema).
	storeNode  = quad.IRI("sg:store")
	predSchema = quad.IRI("sg:schema")

	schemaPrefix = "sg:"
	docPrefix    = "doc:"
	sentPrefix   = "sent:"
)

// SchemaVersion is the version of the quad schema this package writes,
// recorded in every store it writes to (see the package doc). It also
// reads version 2, which kept a fact's plain-text arguments in sg:subject
// and sg:object literals of their own and raw extractions as fact nodes; a
// version 2 file written to again records version 3 beside its 2 and
// holds facts of both kinds. Version
// 1, before the version was recorded, kept fact fields in quads of their
// own and no spans; such files are refused with [ErrSchema].
const SchemaVersion = 3

// oldestReadable is the oldest schema version this package reads.
const oldestReadable = 2

// schemaQuad records SchemaVersion in a store.
var schemaQuad = quad.Quad{Subject: storeNode, Predicate: predSchema, Object: quad.Int(SchemaVersion)}

// docIRI returns the node of a document.
func docIRI(id string) quad.IRI { return quad.IRI(docPrefix + id) }

// sentenceIRI returns the node of the sentence at byte offset off of document doc.
func sentenceIRI(doc string, off int) quad.IRI {
	return quad.IRI(sentPrefix + doc + "#" + strconv.Itoa(off))
}

// isSchema reports whether p is one of the schema's own predicates rather
// than a relation edge.
func isSchema(p quad.Value) bool {
	iri, ok := p.(quad.IRI)
	return !ok || strings.HasPrefix(string(iri), schemaPrefix)
}

// relationIRI returns the predicate of the direct subject→relation→object
// edge of f: the relation lemma (or the lower-cased relation) with runs of
// white space and characters not allowed in an IRI turned into "_", prefixed with "not_" when negated and with the
// modality ("could_", "would_not_" …) when there is one.
func relationIRI(f *extract.Fact) quad.IRI {
	rel := f.RelationLemma
	if strings.TrimSpace(rel) == "" {
		rel = strings.ToLower(f.Relation)
	}
	rel = strings.Join(strings.Fields(rel), "_")
	// Characters an N-Quads IRI may not hold become "_" too.
	rel = strings.Map(func(r rune) rune {
		if r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) {
			return '_'
		}
		return r
	}, rel)
	if f.Negated {
		rel = "not_" + rel
	}
	if m := strings.Join(strings.Fields(strings.ToLower(f.Modality)), "_"); m != "" {
		rel = m + "_" + rel
	}
	return quad.IRI(rel)
}

// relationText turns a relation predicate back into words.
func relationText(p quad.Value) string {
	iri, _ := p.(quad.IRI)
	return strings.ReplaceAll(string(iri), "_", " ")
}

// argValue returns the node of a fact argument: the entity when id is set,
// the text otherwise.
func argValue(text, id string) quad.Value {
	if id != "" {
		return quad.IRI(id)
	}
	return quad.String(text)
}

// factRecord holds every field of a fact but its sources, stored as one
// JSON literal under sg:fact so that a fact costs few quads. Subject and
// Object hold the arguments' words: the names when they are entities (the
// sg:subject and sg:object quads then hold the entity IRIs), the text
// otherwise (schema version 2 also kept that text in sg:subject and
// sg:object literals, which still win when present).
type factRecord struct {
	Relation      string        `json:"relation"`
	Confidence    float64       `json:"confidence"`
	Date          string        `json:"date,omitempty"`
	Negated       bool          `json:"negated,omitempty"`
	Modality      string        `json:"modality,omitempty"`
	RelationLemma string        `json:"relation_lemma,omitempty"`
	Args          []extract.Arg `json:"args,omitempty"`
	AttributedTo  string        `json:"attributed_to,omitempty"`
	Granularity   string        `json:"granularity,omitempty"`
	Trigger       string        `json:"trigger,omitempty"`
	Gate          string        `json:"gate,omitempty"`
	Subject       string        `json:"subject,omitempty"`
	Object        string        `json:"object,omitempty"`
}

func recordOf(f *extract.Fact) factRecord {
	r := factRecord{Relation: f.Relation, Confidence: f.Confidence, Date: f.Date, Negated: f.Negated,
		Modality: f.Modality, RelationLemma: f.RelationLemma, Args: f.Args, AttributedTo: f.AttributedTo,
		Granularity: f.Granularity, Trigger: f.Trigger, Gate: f.Gate, Subject: f.Subject, Object: f.Object}
	return r
}

func (r factRecord) value() quad.String {
	return jsonLiteral(func(b []byte) []byte { return appendFactRecord(b, &r) })
}

// sourceRecord is the JSON literal of one sg:source quad: where the fact
// was read (the sentence is the node sent:DOC#OFFSET) and the spans read.
type sourceRecord struct {
	Doc    string        `json:"doc"`
	Offset int           `json:"offset"`
	Spans  extract.Spans `json:"spans,omitzero"`
}

// rawSentence is the JSON literal of one sg:raw quad: the raw extractions
// (facts with a gate) read from the sentence of the quad's document at
// Offset, whole but for the sentence's text (the sentence node's) and the
// document (the quad's subject). A raw extraction costs no quads of its own:
// one literal per sentence holds them all.
type rawSentence struct {
	Offset int       `json:"offset"`
	Facts  []rawFact `json:"facts"`
}

// rawFact is one raw extraction in a rawSentence.
type rawFact struct {
	ID        string        `json:"id"`
	SubjectID string        `json:"subject_id,omitempty"`
	ObjectID  string        `json:"object_id,omitempty"`
	Spans     extract.Spans `json:"spans,omitzero"`
	factRecord
}

// rawQuad returns the sg:raw quad of the raw extractions fs read from the
// sentence of document doc at byte offset off, each with its spans there
// (spans[i] are fs[i]'s), sorted by id: the rawSentence literal, written
// straight from the facts.
func rawQuad(doc string, off int, fs []*extract.Fact, spans []*extract.Spans) quad.Quad {
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	// ids are unique in a sentence (Add merges facts by id and their
	// sources by place), so any sort gives one order
	slices.SortFunc(order, func(i, j int) int { return strings.Compare(fs[i].ID, fs[j].ID) })
	b := jsonLiteral(func(b []byte) []byte {
		b = append(b, `{"offset":`...)
		b = strconv.AppendInt(b, int64(off), 10)
		if len(fs) == 0 {
			return append(b, `,"facts":null}`...)
		}
		b = append(b, `,"facts":[`...)
		for k, i := range order {
			if k > 0 {
				b = append(b, ',')
			}
			f := fs[i]
			r := recordOf(f)
			b = appendRawFact(b, f.ID, f.SubjectID, f.ObjectID, spans[i], &r)
		}
		return append(b, "]}"...)
	})
	d := docIRI(doc)
	return quad.Quad{Subject: d, Predicate: predRaw, Object: b, Label: d}
}

// decodeRaw returns the raw extractions of an sg:raw literal of document
// doc, each with its one source (without the sentence's text), and false
// when v is not one.
func decodeRaw(doc string, v quad.Value) ([]extract.Fact, bool) {
	s, ok := v.(quad.String)
	var r rawSentence
	if !ok || json.Unmarshal([]byte(s), &r) != nil {
		return nil, false
	}
	out := make([]extract.Fact, 0, len(r.Facts))
	for _, x := range r.Facts {
		f := extract.Fact{ID: x.ID, SubjectID: x.SubjectID, ObjectID: x.ObjectID,
			Sources: []extract.Source{{Doc: doc, Offset: r.Offset, Spans: x.Spans}}}
		x.factRecord.fill(&f)
		out = append(out, f)
	}
	return out, true
}

// fill sets the fields of f the record holds.
func (r factRecord) fill(f *extract.Fact) {
	f.Relation, f.Confidence, f.Date, f.Negated, f.Modality = r.Relation, r.Confidence, r.Date, r.Negated, r.Modality
	f.RelationLemma, f.Args, f.AttributedTo = r.RelationLemma, r.Args, r.AttributedTo
	f.Granularity, f.Trigger, f.Gate = r.Granularity, r.Trigger, r.Gate
	f.Subject, f.Object = r.Subject, r.Object
}

// mergeRaw adds the raw extractions raw to the facts out: one whose id is
// a fact's of out gives it its sources (a fact read as a graph fact in one
// place and as a raw extraction in another is a graph fact with both
// sources), the others join out, one fact per id with their sources
// united. Sources come sorted.
func mergeRaw(out, raw []extract.Fact) []extract.Fact {
	at := make(map[string]int, len(out)+len(raw))
	for i := range out {
		at[out[i].ID] = i
	}
	for _, r := range raw {
		i, ok := at[r.ID]
		if !ok {
			at[r.ID] = len(out)
			out = append(out, r)
			continue
		}
		for _, src := range r.Sources {
			if !slices.ContainsFunc(out[i].Sources, func(x extract.Source) bool { return x.Doc == src.Doc && x.Offset == src.Offset }) {
				out[i].Sources = append(out[i].Sources, src)
			}
		}
		sortSources(out[i].Sources)
	}
	return out
}

// hasEdge reports whether f gets a direct subject→relation→object edge:
// only a graph fact (no gate) with an object, and only when one of its
// arguments is an entity, since Neighbours and Path only ever follow edges
// that touch an entity.
func hasEdge(f *extract.Fact) bool {
	return f.Gate == "" && (f.Object != "" || f.ObjectID != "") && (f.SubjectID != "" || f.ObjectID != "")
}

// documentQuads returns the quads describing d, labelled with the document.
func documentQuads(d *extract.Document) []quad.Quad {
	n := docIRI(d.ID)
	qs := []quad.Quad{{Subject: n, Predicate: predHash, Object: quad.String(d.Hash), Label: n}}
	add := func(p quad.IRI, v string) {
		if v != "" {
			qs = append(qs, quad.Quad{Subject: n, Predicate: p, Object: quad.String(v), Label: n})
		}
	}
	add(predTitle, d.Title)
	add(predURL, d.URL)
	add(predOutlet, d.Source)
	add(predDateFrom, d.DateFrom)
	if !d.Published.IsZero() {
		qs = append(qs, quad.Quad{Subject: n, Predicate: predPublished, Object: quad.Time(d.Published.UTC()), Label: n})
	}
	return qs
}

// entityQuads returns the quads describing e.
func entityQuads(e *extract.Entity) []quad.Quad {
	n := quad.IRI(e.ID)
	qs := []quad.Quad{
		{Subject: n, Predicate: predName, Object: quad.String(e.Name)},
		mentionQuad(e.ID, e.Mentions, e.Docs),
	}
	if e.Type != "" {
		qs = append(qs, quad.Quad{Subject: n, Predicate: predType, Object: quad.String(e.Type)})
	}
	for _, a := range e.Aliases {
		qs = append(qs, quad.Quad{Subject: n, Predicate: predAlias, Object: quad.String(a)})
	}
	for _, r := range e.Roles {
		qs = append(qs, quad.Quad{Subject: n, Predicate: predRole, Object: quad.String(r)})
	}
	for _, d := range e.Docs {
		qs = append(qs, quad.Quad{Subject: n, Predicate: predMentioned, Object: docIRI(d)})
	}
	if q, ok := evidenceQuad(e.ID, e.Evidence); ok {
		qs = append(qs, q)
	}
	return qs
}

// evidenceQuad returns the one quad holding an entity's merge evidence as a
// JSON literal (like sg:extra of a fact: read back, rarely queried), and
// false when there is none.
func evidenceQuad(id string, ev []extract.Evidence) (quad.Quad, bool) {
	if len(ev) == 0 {
		return quad.Quad{}, false
	}
	b, _ := json.Marshal(ev) // plain strings and numbers: cannot fail
	return quad.Quad{Subject: quad.IRI(id), Predicate: predEvidence, Object: quad.String(b)}, true
}

// MergeEvidence returns stored evidence extended by the entries of add for
// aliases it does not explain yet, sorted by alias, and whether it changed.
// The first reason an alias joined stays its reason: the rule [Store.Add]
// follows, for callers that keep entities between batches.
func MergeEvidence(stored, add []extract.Evidence) ([]extract.Evidence, bool) {
	seen := map[string]bool{}
	out := slices.Clone(stored)
	for _, ev := range stored {
		seen[ev.Alias] = true
	}
	changed := false
	for _, ev := range add {
		if !seen[ev.Alias] {
			seen[ev.Alias] = true
			out = append(out, ev)
			changed = true
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Alias < out[j].Alias })
	return out, changed
}

// mentionQuad returns the quad adding count mentions to entity id, labelled
// with the first of docs, the documents the count comes from. An entity's
// mentions are the sum of its sg:mentions quads, so counts from later
// documents are added without deleting anything.
func mentionQuad(id string, count int, docs []string) quad.Quad {
	q := quad.Quad{Subject: quad.IRI(id), Predicate: predMentions, Object: quad.Int(count)}
	if len(docs) > 0 {
		q.Label = docIRI(docs[0])
	}
	return q
}

// factQuads appends to qs the quads of f without its sources: its
// arguments, its record and, when [hasEdge], the direct
// subject→relation→object edge.
func factQuads(qs []quad.Quad, f *extract.Fact) []quad.Quad {
	n := quad.IRI(f.ID)
	qs = append(qs, quad.Quad{Subject: n, Predicate: predFact, Object: recordOf(f).value()})
	if f.SubjectID != "" {
		qs = append(qs, quad.Quad{Subject: n, Predicate: predSubject, Object: quad.IRI(f.SubjectID)})
	}
	if f.ObjectID != "" {
		qs = append(qs, quad.Quad{Subject: n, Predicate: predObject, Object: quad.IRI(f.ObjectID)})
	}
	if hasEdge(f) {
		qs = append(qs, edgeQuad(f))
	}
	return qs
}

// edgeQuad returns the direct subject→relation→object edge of f.
func edgeQuad(f *extract.Fact) quad.Quad {
	return quad.Quad{Subject: argValue(f.Subject, f.SubjectID), Predicate: relationIRI(f),
		Object: argValue(f.Object, f.ObjectID)}
}

// sourceQuads appends to qs the source quad of fact id and, when
// withSentence is set, the quad holding the sentence's text. Both are
// labelled with the source document.
func sourceQuads(qs []quad.Quad, id string, s extract.Source, withSentence bool) []quad.Quad {
	d := docIRI(s.Doc)
	b := jsonLiteral(func(b []byte) []byte {
		return appendSourceRecord(b, &sourceRecord{Doc: s.Doc, Offset: s.Offset, Spans: s.Spans})
	})
	qs = append(qs, quad.Quad{Subject: quad.IRI(id), Predicate: predSource, Object: b, Label: d})
	if withSentence {
		qs = append(qs, quad.Quad{Subject: sentenceIRI(s.Doc, s.Offset), Predicate: predText,
			Object: quad.String(s.Sentence), Label: d})
	}
	return qs
}

// decodeSource reads a source literal; ok is false when v is not one.
func decodeSource(v quad.Value) (sourceRecord, bool) {
	s, isString := v.(quad.String)
	if r, ok := readSourceRecord(string(s)); isString && ok {
		return r, r.Doc != ""
	}
	var r sourceRecord
	if !isString || json.Unmarshal([]byte(s), &r) != nil || r.Doc == "" {
		return r, false
	}
	return r, true
}

// node is the outgoing quads of one node, grouped by predicate.
type node map[quad.IRI][]quad.Value

func (n node) str(p quad.IRI) string {
	for _, v := range n[p] {
		return valueString(v)
	}
	return ""
}

func (n node) strs(p quad.IRI) []string {
	var out []string
	for _, v := range n[p] {
		out = append(out, valueString(v))
	}
	sort.Strings(out)
	return out
}

// valueString returns the text of a literal or the IRI of a node.
func valueString(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.IRI:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	default:
		return quad.StringOf(v)
	}
}

// decodeEntity builds the entity with IRI id from its node.
func decodeEntity(id string, n node) extract.Entity {
	e := extract.Entity{
		ID:      id,
		Name:    n.str(predName),
		Type:    n.str(predType),
		Aliases: n.strs(predAlias),
		Roles:   n.strs(predRole),
	}
	for _, v := range n[predMentions] {
		if i, ok := v.(quad.Int); ok {
			e.Mentions += int(i)
		}
	}
	for _, d := range n.strs(predMentioned) {
		e.Docs = append(e.Docs, strings.TrimPrefix(d, docPrefix))
	}
	if e.Aliases == nil {
		e.Aliases = []string{}
	}
	if e.Docs == nil {
		e.Docs = []string{}
	}
	if s := n.str(predEvidence); s != "" {
		_ = json.Unmarshal([]byte(s), &e.Evidence) // a malformed literal explains nothing
	}
	return e
}

// decodeDocument builds the document info with IRI iri from its node.
func decodeDocument(iri string, n node) DocumentInfo {
	d := DocumentInfo{
		ID:       strings.TrimPrefix(iri, docPrefix),
		Title:    n.str(predTitle),
		URL:      n.str(predURL),
		Source:   n.str(predOutlet),
		DateFrom: n.str(predDateFrom),
		Hash:     n.str(predHash),
	}
	for _, v := range n[predPublished] {
		if t, ok := v.(quad.Time); ok {
			d.Published = time.Time(t).UTC()
		}
	}
	return d
}

// records returns the fact records of a fact node, the chosen one first:
// a fact stored as a raw extraction and later added as a graph fact has a
// second record without gate, and that one wins; otherwise the smallest
// literal, so that the choice never depends on storage order.
func records(n node) []factRecord {
	var out []factRecord
	var lits []string
	for _, v := range n[predFact] {
		r, ok := readFactRecord(valueString(v))
		if !ok { // left to encoding/json
			r = factRecord{}
			ok = json.Unmarshal([]byte(valueString(v)), &r) == nil
		}
		if ok {
			out = append(out, r)
			lits = append(lits, valueString(v))
		}
	}
	best := 0
	for i := range out {
		if (out[i].Gate == "") != (out[best].Gate == "") {
			if out[i].Gate == "" {
				best = i
			}
			continue
		}
		if lits[i] < lits[best] {
			best = i
		}
	}
	if best > 0 {
		out[0], out[best] = out[best], out[0]
	}
	return out
}

// decodeFact builds the fact with IRI id from its node; sentence returns
// the text of the sentence of document doc at byte offset off.
func decodeFact(id string, n node, sentence func(doc string, off int) string) extract.Fact {
	f := extract.Fact{ID: id, Sources: []extract.Source{}}
	if rs := records(n); len(rs) > 0 {
		rs[0].fill(&f)
	}
	for _, v := range n[predSubject] {
		if iri, ok := v.(quad.IRI); ok {
			f.SubjectID = string(iri)
		} else {
			f.Subject = valueString(v)
		}
	}
	for _, v := range n[predObject] {
		if iri, ok := v.(quad.IRI); ok {
			f.ObjectID = string(iri)
		} else {
			f.Object = valueString(v)
		}
	}
	for _, v := range n[predSource] {
		if r, ok := decodeSource(v); ok {
			f.Sources = append(f.Sources, extract.Source{Doc: r.Doc, Offset: r.Offset, Spans: r.Spans,
				Sentence: sentence(r.Doc, r.Offset)})
		}
	}
	sortSources(f.Sources)
	return f
}

func sortSources(s []extract.Source) {
	less := func(i, j int) bool {
		if s[i].Doc != s[j].Doc {
			return s[i].Doc < s[j].Doc
		}
		return s[i].Offset < s[j].Offset
	}
	// sort.Slice sorts up to twelve items by insertion, which leaves
	// sorted ones as they are: most facts have a source or two, in order.
	sorted := len(s) <= 12
	for i := 1; sorted && i < len(s); i++ {
		sorted = !less(i, i-1)
	}
	if !sorted {
		sort.Slice(s, less)
	}
}

// finite reports whether x is neither NaN nor infinite.
func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
