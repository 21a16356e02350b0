package resolve

import (
	"sort"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/nlp"
)

// Doc is one annotated document.
type Doc struct {
	ID        string
	Sentences []nlp.Sentence
}

// Result holds the resolved entities and where each was mentioned.
type Result struct {
	// Entities are sorted by mentions (most first), then name.
	Entities []extract.Entity
	// at maps a document id to its sentences' tokens, each holding one
	// more than the index in Entities of the entity it mentions (0: none).
	at     map[string][][]int32
	groups map[tokenKey][]int // a group description's token → its members' indices in Entities (groups.go)
	topics map[tokenKey]int   // a subject "it" left unbound → the head of the thing it stands for, a sentence before (topic.go)
}

type tokenKey struct {
	doc       string
	sent, tok int
}

// EntityAt returns the entity mentioned by token tok of sentence sent of
// document doc, if any: a name, or a pronoun or definite description bound
// to one.
func (r *Result) EntityAt(doc string, sent, tok int) (id, name string, ok bool) {
	d := r.at[doc]
	if sent < 0 || sent >= len(d) || tok < 0 || tok >= len(d[sent]) || d[sent][tok] == 0 {
		return "", "", false
	}
	e := &r.Entities[d[sent][tok]-1]
	return e.ID, e.Name, true
}

// GroupAt returns the entities a group description at token tok of
// sentence sent of document doc stands for ("both companies" after
// "Skarrow Airways and Tollenbay Air"), in the order the text named them,
// or none when the text does not say which (see groups.go).
func (r *Result) GroupAt(doc string, sent, tok int) (ids, names []string) {
	for _, i := range r.groups[tokenKey{doc, sent, tok}] {
		e := &r.Entities[i]
		ids, names = append(ids, e.ID), append(names, e.Name)
	}
	return ids, names
}

// TopicAt returns, for a subject "it" at token tok of sentence sent of
// document doc that stands for no entity but for the thing the sentence
// before is about ("The frog was found in 2023. It has been named ..."),
// the head of that thing's noun phrase in sentence sent-1; ok is false
// otherwise (see topic.go).
func (r *Result) TopicAt(doc string, sent, tok int) (head int, ok bool) {
	head, ok = r.topics[tokenKey{doc, sent, tok}]
	return head, ok
}

// mention is one reference to an entity.
type mention struct {
	doc, sent   int
	start, end  int    // tokens of the name proper
	fullStart   int    // first token including titles and roles
	surface     string // text including titles
	name        string // text without titles
	typ         string // PERSON, ORG, GPE, LOC, DOC, MISC (EVENT only in the result: see retypeEvents)
	role        string // stripped title words ("Special Envoy")
	key         string // clustering key (places, organisations, documents, other names)
	pronoun     bool   // a pronoun or a definite description, bound by coreference
	desc        string // for "the president": the title word it refers by; "org" for "the company"
	council     bool   // the place a council is named by ("Brenmouth" of "Brenmouth City Council")
	cluster     int
	first, last string // person name parts, folded
	sex         gazetteer.Sex
	dropped     bool
	// Evidence for the mention's surface within its cluster, when it is
	// more than "the same name": a title stripped, a demonym, a surname
	// linked to its full name. Empty means derived when the entity is built.
	ev string
	// companyShort marks a bare word the recogniser took for a person,
	// read as the company named before by it and a trade word
	// ("Pellmore" after "Pellmore Dairies"), or a business's first word
	// joined to its full name ("Brisk" after "Brisk Road Services"):
	// like a bare surname it names its entity only when nothing else
	// does.
	companyShort bool
	quoted       bool // a third person's pronoun inside a quote ("He inherits a deficit," said Ren)
	demonym      bool // a people's adjective read as an organisation's first word ("the Tervanian runner")
	evScore      float64
	evWith       string
}

// Resolve finds and links the entity mentions of docs. Known entities (for
// example those a graph already holds) keep their ids, names and evidence
// when a cluster matches one of their aliases.
//
// Resolution takes time linear in the number of tokens and mentions: every
// look-up across the corpus goes through an index (by normalised name,
// surname, initials, legal-form core), never through a scan of all
// mentions or all pairs of names.
func Resolve(docs []Doc, known []extract.Entity) *Result {
	r := &resolver{docs: docs, bySent: make([][][]int, len(docs))}
	r.countProperWords()
	for di := range docs {
		for si := range docs[di].Sentences {
			r.collect(di, si)
		}
	}
	r.collectKnownSurnames()
	r.rescanNames()
	r.fixBrokenNames()
	r.collectProductSuffixes()
	r.collectHeadReferences()
	r.collectCouncilPlaces()
	r.dropPhraseWords()
	r.collectVessels()
	r.collectEvents()
	r.collectListedPlaces()
	r.compact()
	r.retypeTitledNames()
	r.retypeKindNames()
	r.retypeByContext()
	r.retypePlacedPeople()
	r.retype()
	r.retypeCompanyNames()
	r.retypeByClass()
	r.linkProductSuffixes()
	r.clusterPeople()
	r.clusterOthers()
	r.joinDemonyms()
	r.linkCoreference()
	r.linkGroups()
	return r.result(known)
}

type sentKey struct{ doc, sent int }

type resolver struct {
	docs     []Doc
	mentions []mention
	bySent   [][][]int        // mention indices per document and sentence, during collection
	clusters [][]int          // cluster → mention indices
	kinds    map[kindKey]bool // shownKind's answers
	joined   []joinEvidence   // cluster → why it was merged into another
	into     []int            // cluster → the cluster it was merged into, or -1
	// firstCluster is the cluster each mention was first put in; with
	// joined it tells why the mention's alias belongs to its entity.
	firstCluster []int
	// propn counts capitalised proper-noun words not first in their
	// sentence, over the corpus: a name the recogniser misses counts as one
	// when it recurs.
	propn map[string]int
	// lower holds the words seen in lower case inside sentences: a
	// capitalised form of one is a common word, not a name, by itself.
	lower map[string]bool
	// orgFirst holds the first words of the recogniser's multi-word
	// organisation names ("Kestrel" of "Kestrel Airlines").
	orgFirst map[string]bool
	// placeWords holds the single capitalised words the corpus uses as
	// places: after "in", "into", "near" ..., or before "'s" and a
	// government noun ("Karesh's foreign ministry").
	placeWords map[string]bool
	// fullLast holds the last words of the recogniser's persons named
	// with a given name before ("Marsh" of "Kevin Marsh"): a single word
	// never written so is more likely a place after "in" than a surname.
	fullLast map[string]bool
	// docSurnames holds, per document, the surnames of the persons it
	// names in full: a capitalised common noun there that is one ("Jobs
	// said") is the person.
	docSurnames map[int]map[string]bool
	// abbrev maps an abbreviation defined in the text ("Full Name (FN)")
	// to the keys of the names it was defined as.
	abbrev map[string][]string
	// namesCountry caches docNamesCountry per document and country.
	namesCountry map[docCountry]bool
	// common holds the words written in lower case outside any name: one
	// is never a product's short name by itself.
	common map[string]bool
	// suffixes maps the key of a product's shorter name of several words
	// ("OS X Lion") to the keys of the full names it ends in the documents
	// that name both.
	suffixes map[string][]string
	// actors holds the clusters named as a speaker or as the employer of
	// a titled person ("Kestrel said", "Kestrel's product chief"): an
	// organisation whatever the recogniser called it, never what "the
	// phone" stands for.
	actors map[docCluster]bool
	// employed maps a person of a document to the organisations the
	// document names as theirs by a leader's title ("Tessaract chief
	// executive Rana Malik").
	employed map[docCluster][]int
	// employers holds the organisations of employed, by document.
	employers map[docCluster]bool
	// affiliated maps a person of a document to the organisations the
	// document ties the person to by any role ("an organiser with the
	// Brenmouth Tenants Alliance"), the employers included.
	affiliated map[docCluster][]int
	// roleOwners maps a title with its organisation or country ("Apple
	// CEO", "Ukrainian President") to the clusters of the persons named
	// with it.
	roleOwners map[string]map[int]bool
	// bareOwners maps a title written alone before a name ("CEO",
	// "Mayor") to the clusters of the persons named with it.
	bareOwners map[string]map[int]bool
	// groups maps the head of a group description ("both companies")
	// to the clusters of its members (groups.go).
	groups map[tokenAt][]int
	// topics maps a subject "it" that stands for the thing the sentence
	// before is about to that thing's head (topic.go).
	topics map[tokenAt]int
	// roleMemo holds roleKeys' words per mention, with the role they
	// were read off.
	roleMemo []roleKey
	// docMentions holds, from compact on, the range of mention indices
	// of each document (the mentions are in document order).
	docMentions [][2]int
}

// add appends a mention and indexes it by sentence.
func (r *resolver) add(m mention) {
	if m.sent >= len(r.bySent[m.doc]) {
		r.bySent[m.doc] = append(r.bySent[m.doc], make([][]int, max(m.sent+1, len(r.docs[m.doc].Sentences))-len(r.bySent[m.doc]))...)
	}
	r.bySent[m.doc][m.sent] = append(r.bySent[m.doc][m.sent], len(r.mentions))
	r.mentions = append(r.mentions, m)
}

// inSentence returns the indices of the live mentions of a sentence.
func (r *resolver) inSentence(di, si int) []int {
	if di < 0 || si < 0 || di >= len(r.bySent) || si >= len(r.bySent[di]) {
		return nil // none yet, or collection is over
	}
	return r.bySent[di][si]
}

// covered reports whether token i of a sentence already lies in a mention
// (titles included).
func (r *resolver) covered(di, si, i int) bool {
	return r.coveredAny(di, si, i, i+1)
}

// coveredAny reports whether a mention overlaps tokens [start, end).
func (r *resolver) coveredAny(di, si, start, end int) bool {
	for _, k := range r.inSentence(di, si) {
		m := &r.mentions[k]
		if !m.dropped && m.fullStart < end && start < m.end {
			return true
		}
	}
	return false
}

// compact removes dropped mentions and orders the rest by document,
// sentence and position; indices change, so it runs once, after collection.
func (r *resolver) compact() {
	out := r.mentions[:0]
	for _, m := range r.mentions {
		if !m.dropped {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		if a.sent != b.sent {
			return a.sent < b.sent
		}
		return a.start < b.start
	})
	r.mentions = out
	r.bySent = nil
	r.firstCluster = make([]int, len(out))
	for i := range r.firstCluster {
		r.firstCluster[i] = -1
	}
	r.docMentions = make([][2]int, len(r.docs))
	for i := range out {
		d := out[i].doc
		if i == 0 || out[i-1].doc != d {
			r.docMentions[d][0] = i
		}
		r.docMentions[d][1] = i + 1
	}
}
