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

	predText   = quad.IRI("sg:text")
	predDoc    = quad.IRI("sg:doc")
	predOffset = quad.IRI("sg:offset")

	predSubject    = quad.IRI("sg:subject")
	predRelation   = quad.IRI("sg:relation")
	predObject     = quad.IRI("sg:object")
	predDate       = quad.IRI("sg:date")
	predConfidence = quad.IRI("sg:confidence")
	predNegated    = quad.IRI("sg:negated")
	predModality   = quad.IRI("sg:modality")
	predExtra      = quad.IRI("sg:extra")
	predSource     = quad.IRI("sg:source")

	schemaPrefix = "sg:"
	docPrefix    = "doc:"
	sentPrefix   = "sent:"
)

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

// factExtra holds the fact fields that are read back but rarely queried; it
// is stored as one JSON literal under sg:extra to keep the quads per fact few.
type factExtra struct {
	Subject      string        `json:"s,omitempty"` // surface subject when SubjectID is set
	Object       string        `json:"o,omitempty"` // surface object when ObjectID is set
	Lemma        string        `json:"l,omitempty"`
	Args         []extract.Arg `json:"a,omitempty"`
	AttributedTo string        `json:"by,omitempty"`
	Granularity  string        `json:"g,omitempty"`
	Trigger      string        `json:"t,omitempty"`
	Gate         string        `json:"x,omitempty"`
}

func (e factExtra) empty() bool {
	return e.Subject == "" && e.Object == "" && e.Lemma == "" && len(e.Args) == 0 &&
		e.AttributedTo == "" && e.Granularity == "" && e.Trigger == "" && e.Gate == ""
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

// mergeEvidence returns stored evidence extended by the entries of add for
// aliases it does not explain yet, sorted by alias, and whether it changed.
// The first reason an alias joined stays its reason.
func mergeEvidence(stored, add []extract.Evidence) ([]extract.Evidence, bool) {
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

// factQuads returns the quads of f without its sources, including the direct
// subject→relation→object edge.
func factQuads(f *extract.Fact) []quad.Quad {
	n := quad.IRI(f.ID)
	subj := argValue(f.Subject, f.SubjectID)
	qs := []quad.Quad{
		{Subject: n, Predicate: predSubject, Object: subj},
		{Subject: n, Predicate: predRelation, Object: quad.String(f.Relation)},
		{Subject: n, Predicate: predConfidence, Object: quad.Float(f.Confidence)},
	}
	if f.Object != "" || f.ObjectID != "" {
		obj := argValue(f.Object, f.ObjectID)
		qs = append(qs, quad.Quad{Subject: n, Predicate: predObject, Object: obj})
		// Only graph facts get the direct edge that maps and paths follow.
		if f.Gate == "" {
			qs = append(qs, quad.Quad{Subject: subj, Predicate: relationIRI(f), Object: obj})
		}
	}
	if f.Date != "" {
		qs = append(qs, quad.Quad{Subject: n, Predicate: predDate, Object: quad.String(f.Date)})
	}
	if f.Negated {
		qs = append(qs, quad.Quad{Subject: n, Predicate: predNegated, Object: quad.Bool(true)})
	}
	if f.Modality != "" {
		qs = append(qs, quad.Quad{Subject: n, Predicate: predModality, Object: quad.String(f.Modality)})
	}
	x := factExtra{Lemma: f.RelationLemma, Args: f.Args, AttributedTo: f.AttributedTo,
		Granularity: f.Granularity, Trigger: f.Trigger, Gate: f.Gate}
	if f.SubjectID != "" {
		x.Subject = f.Subject
	}
	if f.ObjectID != "" {
		x.Object = f.Object
	}
	if !x.empty() {
		b, _ := json.Marshal(x) // plain strings and slices: cannot fail
		qs = append(qs, quad.Quad{Subject: n, Predicate: predExtra, Object: quad.String(b)})
	}
	return qs
}

// sourceQuads returns the link from fact id to its source sentence and,
// when withSentence is set, the quads describing the sentence. All are
// labelled with the source document.
func sourceQuads(id string, s extract.Source, withSentence bool) []quad.Quad {
	sn := sentenceIRI(s.Doc, s.Offset)
	d := docIRI(s.Doc)
	qs := []quad.Quad{{Subject: quad.IRI(id), Predicate: predSource, Object: sn, Label: d}}
	if withSentence {
		qs = append(qs,
			quad.Quad{Subject: sn, Predicate: predText, Object: quad.String(s.Sentence), Label: d},
			quad.Quad{Subject: sn, Predicate: predDoc, Object: d, Label: d},
			quad.Quad{Subject: sn, Predicate: predOffset, Object: quad.Int(s.Offset), Label: d})
	}
	return qs
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

func (n node) int(p quad.IRI) int {
	for _, v := range n[p] {
		switch v := v.(type) {
		case quad.Int:
			return int(v)
		case quad.Float:
			return int(v)
		}
	}
	return 0
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

// decodeFact builds the fact with IRI id from its node; sentence resolves a
// sentence node to its source.
func decodeFact(id string, n node, sentence func(quad.Value) (extract.Source, bool)) extract.Fact {
	f := extract.Fact{ID: id, Relation: n.str(predRelation), Date: n.str(predDate),
		Modality: n.str(predModality), Sources: []extract.Source{}}
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
	for _, v := range n[predConfidence] {
		switch v := v.(type) {
		case quad.Float:
			f.Confidence = float64(v)
		case quad.Int:
			f.Confidence = float64(v)
		}
	}
	for _, v := range n[predNegated] {
		if b, ok := v.(quad.Bool); ok && bool(b) {
			f.Negated = true
		}
	}
	if s := n.str(predExtra); s != "" {
		var x factExtra
		if json.Unmarshal([]byte(s), &x) == nil {
			if f.SubjectID != "" {
				f.Subject = x.Subject
			}
			if f.ObjectID != "" {
				f.Object = x.Object
			}
			f.RelationLemma, f.Args, f.AttributedTo = x.Lemma, x.Args, x.AttributedTo
			f.Granularity, f.Trigger, f.Gate = x.Granularity, x.Trigger, x.Gate
		}
	}
	for _, v := range n[predSource] {
		if s, ok := sentence(v); ok {
			f.Sources = append(f.Sources, s)
		}
	}
	sortSources(f.Sources)
	return f
}

func sortSources(s []extract.Source) {
	sort.Slice(s, func(i, j int) bool {
		if s[i].Doc != s[j].Doc {
			return s[i].Doc < s[j].Doc
		}
		return s[i].Offset < s[j].Offset
	})
}

// finite reports whether x is neither NaN nor infinite.
func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
