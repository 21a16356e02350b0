package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Span is a half-open byte range [Off, End) into a document's cleaned text.
// In JSON it is a two-element array [off, end].
type Span struct {
	Off, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Off }

// IsZero reports whether s is the zero Span, which stands for no span.
func (s Span) IsZero() bool { return s == Span{} }

// MarshalJSON encodes s as [off, end].
func (s Span) MarshalJSON() ([]byte, error) {
	return fmt.Appendf(nil, "[%d,%d]", s.Off, s.End), nil
}

// UnmarshalJSON decodes [off, end].
func (s *Span) UnmarshalJSON(b []byte) error {
	var a []int
	if err := json.Unmarshal(b, &a); err != nil || len(a) != 2 {
		return fmt.Errorf("extract: span %s: want [off, end]", b)
	}
	s.Off, s.End = a[0], a[1]
	return nil
}

// Spans says where a fact's parts were read, as byte spans into
// Document.Text (not into the sentence: subtract [Source.Offset] for
// that). A span covers what was read even where the fact says more: a
// subject read as "she" or "the mayor" and resolved to "Elena Marchetti"
// keeps the span of "she" or "the mayor".
type Spans struct {
	// Subject runs from the first to the last token of the subject.
	Subject Span `json:"subject"`
	// Relation lists the runs of relation words read, in text order:
	// "did not sign" is one run, "was ... charged" in "was arrested and
	// charged" two. Words the extractor supplies (the "is" of an
	// apposition, the "has" of a possessive) have no span, so Relation
	// is empty when no word of the relation was read.
	Relation []Span `json:"relation,omitempty"`
	// Object runs from the first to the last token of the object; it is
	// the zero Span when the fact has no object.
	Object Span `json:"object,omitzero"`
}

// IsZero reports whether s holds no span at all.
func (s Spans) IsZero() bool {
	return s.Subject.IsZero() && len(s.Relation) == 0 && s.Object.IsZero()
}

// Document is one article after ingest and cleaning.
type Document struct {
	ID        string    // JSONL id, or the file's base name without extension
	Path      string    // where it was read from ("-" for stdin); for messages
	Title     string    // may be empty
	URL       string    // may be empty
	Source    string    // outlet or feed name; may be empty
	Published time.Time // publication date; zero when unknown
	// DateFrom says where Published came from: "flag", "meta" (JSONL, front
	// matter, HTML meta), "text" (inferred from the body) or "" when unknown.
	DateFrom string
	Text     string // cleaned main text; all offsets point into it
	// Hash is the hex SHA-256 of Text; a store uses it to skip a document it
	// already holds.
	Hash string
}

// HashText returns the content hash used for [Document.Hash].
func HashText(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Source ties a fact or an event to the sentence it was read from.
type Source struct {
	Doc      string `json:"doc"`      // document id
	Sentence string `json:"sentence"` // the sentence text, as in Document.Text
	Offset   int    `json:"offset"`   // byte offset of the sentence in Document.Text; TitleOffset for the title
	// Spans locates the fact's subject, relation and object inside the
	// sentence; zero (and left out of JSON) when unknown. For the title
	// (Offset == TitleOffset) they are offsets into Document.Title.
	Spans Spans `json:"spans,omitzero"`
}

// TitleOffset is the [Source.Offset] of a fact read off a document's title
// (Document.Title), which is not part of Document.Text.
const TitleOffset = -1

// SentenceStart returns the offset of the source's sentence in the text its
// spans point into: Offset for a sentence of Document.Text, 0 for the title.
func (s Source) SentenceStart() int {
	if s.Offset == TitleOffset {
		return 0
	}
	return s.Offset
}

// Arg is an extra argument of an n-ary fact: time, place or another oblique
// ("on December 28", "at Mar-a-Lago").
type Arg struct {
	Role string `json:"role"` // "time", "place" or "other"
	Text string `json:"text"`
}

// Fact is one subject–relation–object statement with its provenance.
//
// Subject and Object hold canonical entity names once entity resolution has
// run, the surface text before. SubjectID and ObjectID are the entity ids, or
// empty when an argument is not an entity (a clause, a number, a thing).
type Fact struct {
	ID            string  `json:"id"`
	Subject       string  `json:"subject"`
	Relation      string  `json:"relation"`
	Object        string  `json:"object"`
	SubjectID     string  `json:"subject_id,omitempty"`
	ObjectID      string  `json:"object_id,omitempty"`
	RelationLemma string  `json:"relation_lemma,omitempty"` // normalised, lemmatised relation for grouping
	Args          []Arg   `json:"args,omitempty"`
	Negated       bool    `json:"negated"`
	Modality      string  `json:"modality"`                // "", "would", "could", "may", "will", ...
	AttributedTo  string  `json:"attributed_to,omitempty"` // speaker of reported speech
	Date          string  `json:"date"`                    // ISO prefix (2014, 2026-01, 2026-01-06) or ""
	Granularity   string  `json:"granularity,omitempty"`   // "year", "month", "day", ...
	Trigger       string  `json:"trigger,omitempty"`       // the word(s) naming the event, e.g. the verb
	Confidence    float64 `json:"confidence"`
	// Gate is empty for a graph fact: one that passed the precision gate
	// and is shown by default (facts, maps, paths, timelines, reports).
	// Otherwise it names why the fact is kept only as a raw extraction
	// ("modifier", "possessive", "pronoun", ...); such facts are stored and
	// listed by "facts --all" but never drawn or merged into events.
	Gate    string   `json:"gate,omitempty"`
	Sources []Source `json:"sources"`
}

// Key returns the identity of a fact across documents: the same key from two
// sources is one fact with two sources.
func (f *Fact) Key() string {
	subj := f.SubjectID
	if subj == "" {
		subj = strings.ToLower(f.Subject)
	}
	obj := f.ObjectID
	if obj == "" {
		obj = strings.ToLower(f.Object)
	}
	rel := f.RelationLemma
	if rel == "" {
		rel = strings.ToLower(f.Relation)
	}
	neg := "+"
	if f.Negated {
		neg = "-"
	}
	return strings.Join([]string{subj, rel, obj, neg, f.Modality, f.Date}, "\x1f")
}

// Documents returns the number of distinct documents among f's sources.
func (f *Fact) Documents() int {
	n := 0
	for i, s := range f.Sources {
		if !slices.ContainsFunc(f.Sources[:i], func(t Source) bool { return t.Doc == s.Doc }) {
			n++
		}
	}
	return n
}

// SetID sets f.ID from [Fact.Key].
func (f *Fact) SetID() {
	sum := sha256.Sum256([]byte(f.Key()))
	f.ID = "f" + hex.EncodeToString(sum[:8])
}

// Entity is one real-world entity after resolution.
type Entity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"` // canonical name
	Type     string   `json:"type"` // PERSON, ORG, GPE, LOC, FAC, EVENT, DOC, ...
	Aliases  []string `json:"aliases"`
	Roles    []string `json:"roles,omitempty"` // titles and roles stripped from names
	Mentions int      `json:"mentions"`
	Docs     []string `json:"docs"`
	// Evidence says why each alias joined the entity, one entry per alias
	// (see [Evidence]); it is what "entities --explain" prints.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Evidence is the reason one alias was merged into an entity: the kind of
// evidence ("name", "same-name", "title", "legal-form", "abbreviation",
// "surname", "demonym", "known", ...), its score in [0, 1] (merges need a
// score of at least the resolver's threshold), the name or alias it was
// matched to, and the document where it was first seen.
type Evidence struct {
	Alias string  `json:"alias"`
	Kind  string  `json:"kind"`
	Score float64 `json:"score"`
	With  string  `json:"with,omitempty"`
	Doc   string  `json:"doc,omitempty"`
}

// EntityID returns the stable id of an entity with the given type and
// canonical name.
func EntityID(typ, name string) string {
	return "e:" + strings.ToLower(typ) + ":" + strings.ToLower(strings.Join(strings.Fields(name), "_"))
}
