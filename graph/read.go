package graph

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/storygraph/storygraph/extract"
)

// DocumentInfo is what a store keeps of a document: its metadata, not its text.
type DocumentInfo struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published,omitzero"`
	DateFrom  string    `json:"date_from,omitempty"`
	Hash      string    `json:"hash"`
}

// FactFilter selects facts. The zero value selects every graph fact.
type FactFilter struct {
	// About keeps the facts whose subject or object is the entity with this
	// name, alias or id (case-insensitive); when no entity matches, the facts
	// whose subject or object text equals it (case-insensitive).
	About string
	// All adds the raw extractions kept out of the graph level (a
	// non-empty [extract.Fact.Gate]) to the graph facts.
	All bool
	// Limit, when positive, keeps at most that many facts: those with the
	// most sources (then the first in the usual order). With About set to
	// an entity only the facts kept are decoded, so that a hub with tens
	// of thousands of facts answers in the time of Limit.
	Limit int
}

// subjectsWith returns the distinct subjects of quads with predicate p,
// sorted.
func (s *Store) subjectsWith(ctx context.Context, p quad.IRI) ([]quad.Value, error) {
	qs, err := s.quadsOf(ctx, quad.Predicate, p)
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool, len(qs))
	var out []quad.Value
	for _, q := range qs {
		k := q.Subject.String()
		if !seen[k] {
			seen[k] = true
			out = append(out, q.Subject)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out, nil
}

// Documents returns the stored documents sorted by id.
func (s *Store) Documents(ctx context.Context) (_ []DocumentInfo, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return nil, ErrClosed
	}
	out, err := s.documents(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: documents in %s: %w", s.name(), err)
	}
	return out, nil
}

func (s *Store) documents(ctx context.Context) ([]DocumentInfo, error) {
	nodes, err := s.subjectsWith(ctx, predHash)
	if err != nil {
		return nil, err
	}
	described, err := s.describeMany(ctx, nodes)
	if err != nil {
		return nil, err
	}
	out := make([]DocumentInfo, 0, len(nodes))
	for _, v := range nodes {
		out = append(out, decodeDocument(valueString(v), described[v.String()]))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Entities returns the stored entities sorted by mentions (most first), then
// name, then id.
func (s *Store) Entities(ctx context.Context) (_ []extract.Entity, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return nil, ErrClosed
	}
	out, err := s.entities(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: entities in %s: %w", s.name(), err)
	}
	return out, nil
}

func (s *Store) entities(ctx context.Context) ([]extract.Entity, error) {
	nodes, err := s.subjectsWith(ctx, predName)
	if err != nil {
		return nil, err
	}
	described, err := s.describeMany(ctx, nodes)
	if err != nil {
		return nil, err
	}
	out := make([]extract.Entity, 0, len(nodes))
	for _, v := range nodes {
		out = append(out, decodeEntity(valueString(v), described[v.String()]))
	}
	sortEntities(out)
	return out, nil
}

// sortEntities sorts entities by mentions (most first), then name, then
// id.
func sortEntities(out []extract.Entity) {
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
}

// resolve returns the IRIs of the entities name denotes, sorted: the
// entity with that id, else those whose name or alias is name as written,
// else those whose name or alias equals it folded (case and diacritics
// ignored).
func (s *Store) resolve(ctx context.Context, name string) ([]quad.IRI, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, nil
	}
	if strings.HasPrefix(name, "e:") {
		if n, err := s.entityName(ctx, quad.IRI(name)); err != nil {
			return nil, err
		} else if len(n[predName]) > 0 {
			return []quad.IRI{quad.IRI(name)}, nil
		}
	}
	// As written, through the object index; only then every name and
	// alias, compared folded.
	byName, byAlias, err := s.exactName(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(byName)+len(byAlias) == 0 {
		if byName, byAlias, err = s.foldedName(ctx, name); err != nil {
			return nil, err
		}
	}
	return uniqIRIs(append(byName, byAlias...)), nil
}

// Contents is what the commands that read every fact need of a store,
// read in one pass over it (see [Store.Contents]).
type Contents struct {
	// Facts are the facts [Store.Facts] returns for FactFilter{All: all}.
	Facts []extract.Fact
	// Names maps every entity name and alias to the id of the entity
	// that has it, the first in the order of [Store.Entities] (most
	// mentions, then name, then id) when several have it.
	Names map[string]string
	// Documents are the stored documents, as [Store.Documents] returns
	// them.
	Documents []DocumentInfo
}

// Contents reads the facts (the raw extractions too when all is set), the
// names of the entities and the documents in one scan of the store: what
// Facts, Entities and Documents give, for a fraction of their time
// together on a large graph.
func (s *Store) Contents(ctx context.Context, all bool) (_ Contents, err error) {
	return s.ContentsAbout(ctx, all, nil)
}

// ContentsAbout is Contents with only the facts that have an argument for
// which about holds: about is called with a fact's subject and its object
// (if any) as the entity id and "" when the argument is an entity, as ""
// and the text otherwise. The other facts are not decoded. about must be
// safe for concurrent use; nil keeps every fact.
func (s *Store) ContentsAbout(ctx context.Context, all bool, about func(id, text string) bool) (_ Contents, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return Contents{}, ErrClosed
	}
	c, err := s.contents(ctx, all, about)
	if err != nil {
		return Contents{}, fmt.Errorf("graph: contents of %s: %w", s.name(), err)
	}
	return c, nil
}

func (s *Store) contents(ctx context.Context, all bool, about func(id, text string) bool) (Contents, error) {
	want, err := s.predicateIDs([]quad.Value{predFact, predSubject, predObject, predSource, predText, predRaw,
		predName, predAlias, predMentions, predHash, predTitle, predURL, predOutlet, predPublished, predDateFrom})
	if errors.Is(err, errNoRaw) {
		return s.contentsEach(ctx, all, about)
	} else if err != nil {
		return Contents{}, err
	}
	var c Contents
	err = s.raw(func(r *rawTx) error {
		var lg *logLinks
		if len(want) > 0 {
			if lg, err = r.logLinks(ctx, want); err != nil {
				return err
			}
		}
		if lg == nil { // nothing to read
			c.Names, c.Documents = namesAndDocuments(nil, nil)
			c.Facts, err = factsOf(nil, nil, all, about, decodedValues(nil))
			return err
		}
		// The entities and documents: their links and what they name;
		// and in the same pass, with about, the arguments factsOf chooses
		// facts by.
		var ids []uint64
		for id := range want {
			ids = append(ids, id)
		}
		if err := lg.load(ctx, ids); err != nil {
			return err
		}
		ids = ids[:0]
		var kinds predKinds
		for _, l := range lg.links {
			switch kinds.of(l[1], lg.vals) {
			case predName, predAlias, predMentions, predHash, predTitle, predURL, predOutlet, predPublished, predDateFrom:
				ids = append(ids, l[0], l[2])
			case predSubject, predObject:
				if about != nil {
					ids = append(ids, l[2])
				}
			}
		}
		if err := lg.load(ctx, ids); err != nil {
			return err
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			c.Names, c.Documents = namesAndDocuments(lg.links, lg.vals)
		}()
		c.Facts, err = factsOf(lg.links, lg.vals, all, about, logValues{ctx, lg})
		<-done
		return err
	})
	if errors.Is(err, errNoRaw) {
		return s.contentsEach(ctx, all, about)
	}
	return c, err
}

// contentsEach is contents for a store without the raw index.
func (s *Store) contentsEach(ctx context.Context, all bool, about func(id, text string) bool) (Contents, error) {
	var c Contents
	var err error
	if c.Facts, err = s.facts(ctx, FactFilter{All: all}); err != nil {
		return c, err
	}
	if about != nil {
		c.Facts = slices.DeleteFunc(c.Facts, func(f extract.Fact) bool {
			return !argAbout(f.SubjectID, f.Subject, about) &&
				(f.ObjectID == "" && f.Object == "" || !argAbout(f.ObjectID, f.Object, about))
		})
	}
	ents, err := s.entities(ctx)
	if err != nil {
		return c, err
	}
	c.Names = nameIndex(ents)
	c.Documents, err = s.documents(ctx)
	return c, err
}

// argAbout calls about on an argument with entity id id and text text.
func argAbout(id, text string, about func(id, text string) bool) bool {
	if id != "" {
		return about(id, "")
	}
	return about("", text)
}

// nameIndex maps the names and aliases of ents to their ids, the first
// entity of ents first.
func nameIndex(ents []extract.Entity) map[string]string {
	out := make(map[string]string, 2*len(ents))
	for _, e := range ents {
		if _, ok := out[e.Name]; !ok {
			out[e.Name] = e.ID
		}
		for _, a := range e.Aliases {
			if _, ok := out[a]; !ok {
				out[a] = e.ID
			}
		}
	}
	return out
}

// namesAndDocuments decodes the entity names and the documents of links
// (see contents): an entity is a subject of sg:name, a document one of
// sg:hash, each described by its quads of those links as Entities and
// Documents describe them.
func namesAndDocuments(links [][4]uint64, vals []quad.Value) (map[string]string, []DocumentInfo) {
	var kinds predKinds
	nodes := map[uint64]node{}
	var ents, docs []uint64
	for _, l := range links {
		p := kinds.of(l[1], vals)
		switch p {
		case predName, predAlias, predMentions, predHash, predTitle, predURL, predOutlet, predPublished, predDateFrom:
		default:
			continue
		}
		n := nodes[l[0]]
		if n == nil {
			n = node{}
			nodes[l[0]] = n
		}
		switch {
		case p == predName && len(n[p]) == 0:
			ents = append(ents, l[0])
		case p == predHash && len(n[p]) == 0:
			docs = append(docs, l[0])
		}
		n[p] = append(n[p], vals[l[2]])
	}
	es := make([]extract.Entity, 0, len(ents))
	for _, id := range ents {
		es = append(es, decodeEntity(valueString(vals[id]), nodes[id]))
	}
	sortEntities(es)
	ds := make([]DocumentInfo, 0, len(docs))
	for _, id := range docs {
		ds = append(ds, decodeDocument(valueString(vals[id]), nodes[id]))
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].ID < ds[j].ID })
	return nameIndex(es), ds
}

// Facts returns the stored facts chosen by f, ordered by their first source
// (document id, then offset), then id; facts without sources come last.
// Only graph facts are returned unless f.All is set. Every field of
// [extract.Fact] round-trips, spans included; sources are sorted by
// document and offset.
func (s *Store) Facts(ctx context.Context, f FactFilter) (_ []extract.Fact, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return nil, ErrClosed
	}
	out, err := s.facts(ctx, f)
	if err != nil {
		if f.About != "" {
			return nil, fmt.Errorf("graph: facts about %q in %s: %w", f.About, s.name(), err)
		}
		return nil, fmt.Errorf("graph: facts in %s: %w", s.name(), err)
	}
	return out, nil
}

func (s *Store) facts(ctx context.Context, f FactFilter) ([]extract.Fact, error) {
	if f.Limit > 0 && f.About != "" && !f.All {
		out, done, err := s.topFactsAbout(ctx, f)
		if done || err != nil {
			return out, err
		}
	}
	out, err := s.factsAll(ctx, f.About, f.All)
	if err != nil {
		return nil, err
	}
	if !f.All {
		out = slices.DeleteFunc(out, func(x extract.Fact) bool { return x.Gate != "" })
	}
	return keepTop(out, f.Limit), nil
}

// keepTop returns the limit facts of fs with the most sources, in fs's
// order (all of them when limit is not positive).
func keepTop(fs []extract.Fact, limit int) []extract.Fact {
	if limit <= 0 || len(fs) <= limit {
		return fs
	}
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return len(fs[b].Sources) - len(fs[a].Sources) })
	idx = idx[:limit]
	slices.Sort(idx)
	out := make([]extract.Fact, 0, limit)
	for _, i := range idx {
		out = append(out, fs[i])
	}
	return out
}

// topFactsAbout is facts for a positive f.Limit and an f.About that names
// entities: it ranks the entities' fact nodes by their source quads,
// counted from the subject index without decoding a fact, and decodes them
// best first until f.Limit are kept. done is false when f.About names no
// entity or the store has no raw index.
func (s *Store) topFactsAbout(ctx context.Context, f FactFilter) (out []extract.Fact, done bool, err error) {
	ents, err := s.resolve(ctx, f.About)
	if err != nil || len(ents) == 0 {
		return nil, false, err
	}
	var ids []uint64
	for _, e := range ents {
		for _, p := range []quad.IRI{predSubject, predObject} {
			got, err := s.rawArgFacts(e, p)
			if errors.Is(err, errNoRaw) {
				return nil, false, nil
			} else if err != nil {
				return nil, false, err
			}
			ids = append(ids, got...)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	srcP, err := s.id(predSource)
	if err != nil {
		return nil, false, err
	}
	var reports []int
	err = s.raw(func(r *rawTx) error {
		reports, err = r.counts(ctx, ids, srcP)
		return err
	})
	if err != nil {
		return nil, false, err
	}
	order := make([]int, len(ids))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return reports[b] - reports[a] })
	a := s.answer(ctx)
	for start := 0; start < len(order) && len(out) < f.Limit; {
		end := min(len(order), start+2*(f.Limit-len(out))+8)
		var batch []uint64
		for _, i := range order[start:end] {
			batch = append(batch, ids[i])
		}
		start = end
		vs, known, err := s.factNodes(ctx, batch)
		if err != nil {
			return nil, false, err
		}
		fs, err := a.factsByID(vs, known)
		if err != nil {
			return nil, false, err
		}
		for _, x := range fs {
			if f.All || x.Gate == "" {
				out = append(out, x)
			}
		}
	}
	sortFacts(out)
	return keepTop(out, f.Limit), true, nil
}

// factsAll returns the graph facts and the raw extractions about an entity
// (every fact when about is empty).
// Unless all is set it may leave the raw extractions out.
func (s *Store) factsAll(ctx context.Context, about string, all bool) ([]extract.Fact, error) {
	f := FactFilter{About: about}
	if f.About == "" {
		return s.allFacts(ctx, all)
	}
	ents, err := s.resolve(ctx, f.About)
	if err != nil {
		return nil, err
	}
	if len(ents) == 0 {
		// No entity of that name: match the arguments' text.
		every, err := s.allFacts(ctx, all)
		if err != nil {
			return nil, err
		}
		about := strings.TrimSpace(f.About)
		var out []extract.Fact
		for _, fact := range every {
			if strings.EqualFold(fact.Subject, about) || strings.EqualFold(fact.Object, about) {
				out = append(out, fact)
			}
		}
		return out, nil
	}
	var nodes []quad.Value
	var ids []uint64
	seen := map[string]bool{}
	for _, e := range ents {
		vs, vids, err := s.argFactIDs(ctx, e)
		if err != nil {
			return nil, err
		}
		for i, v := range vs {
			if !seen[v.String()] {
				seen[v.String()] = true
				nodes = append(nodes, v)
				if vids != nil {
					ids = append(ids, vids[i])
				}
			}
		}
	}
	if !all {
		// Only the graph facts are decoded, with their sources' sentences:
		// a hub's raw extractions outnumber them.
		if nodes, ids, err = s.dropGated(ctx, nodes, ids); err != nil {
			return nil, err
		}
	}
	out, err := s.answer(ctx).factsOf(nodes, ids)
	if err != nil {
		return nil, err
	}
	if all {
		raw, err := s.rawAbout(ctx, ents)
		if err != nil {
			return nil, err
		}
		out = mergeRaw(out, raw)
	}
	sortFacts(out)
	return out, nil
}

// mentionsAny reports whether s contains one of needles.
func mentionsAny(s string, needles []string) bool {
	for _, n := range needles {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

// rawAbout returns the raw extractions with one of the entities ents as an
// argument, with their sentences: it reads the sg:raw literals of the
// documents the entities are mentioned in.
func (s *Store) rawAbout(ctx context.Context, ents []quad.IRI) ([]extract.Fact, error) {
	is := map[string]bool{}
	docs := map[quad.Value]bool{}
	var order []quad.Value
	var needles []string // the entities' ids as a raw literal writes them
	for _, e := range ents {
		is[string(e)] = true
		b, _ := json.Marshal(string(e))
		needles = append(needles, string(b))
		n, err := s.describe(ctx, e)
		if err != nil {
			return nil, err
		}
		for _, d := range n[predMentioned] {
			if !docs[d] {
				docs[d] = true
				order = append(order, d)
			}
		}
	}
	var out []extract.Fact
	var sents []quad.Value
	for _, d := range order {
		qs, err := s.quadsOf(ctx, quad.Subject, d)
		if err != nil {
			return nil, err
		}
		iri, _ := d.(quad.IRI)
		for _, q := range qs {
			if q.Predicate != predRaw {
				continue
			}
			if lit, ok := q.Object.(quad.String); !ok || !mentionsAny(string(lit), needles) {
				continue // decoded only when it names one of the entities
			}
			fs, _ := decodeRaw(strings.TrimPrefix(string(iri), docPrefix), q.Object)
			for _, f := range fs {
				if is[f.SubjectID] || is[f.ObjectID] {
					out = append(out, f)
					sents = append(sents, sentenceIRI(f.Sources[0].Doc, f.Sources[0].Offset))
				}
			}
		}
	}
	texts, err := s.nodeStrings(ctx, sents, predText)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Sources[0].Sentence = texts[i]
	}
	return out, nil
}

func sortFacts(fs []extract.Fact) {
	sort.Slice(fs, func(i, j int) bool { return factLess(&fs[i], &fs[j]) })
}

// factLess orders facts by their first source (document, then offset),
// then id; facts without sources come last.
func factLess(a, b *extract.Fact) bool {
	if (len(a.Sources) == 0) != (len(b.Sources) == 0) {
		return len(a.Sources) > 0
	}
	if len(a.Sources) > 0 {
		sa, sb := &a.Sources[0], &b.Sources[0]
		if sa.Doc != sb.Doc {
			return sa.Doc < sb.Doc
		}
		if sa.Offset != sb.Offset {
			return sa.Offset < sb.Offset
		}
	}
	return a.ID < b.ID
}

// allFacts reads every fact in one scan of the store, which beats walking
// the index fact by fact once there are more than a few. Unless all is
// set it leaves out the facts whose every record has a gate (raw
// extractions). Facts are decoded on every CPU.
func (s *Store) allFacts(ctx context.Context, all bool) ([]extract.Fact, error) {
	want, err := s.predicateIDs([]quad.Value{predFact, predSubject, predObject, predSource, predText, predRaw})
	var out []extract.Fact
	if err == nil {
		err = s.raw(func(r *rawTx) error {
			var lg *logLinks
			if len(want) > 0 {
				if lg, err = r.logLinks(ctx, want); err != nil {
					return err
				}
			}
			if lg == nil { // nothing to read
				out, err = factsOf(nil, nil, all, nil, decodedValues(nil))
				return err
			}
			out, err = factsOf(lg.links, lg.vals, all, nil, logValues{ctx, lg})
			return err
		})
	}
	if errors.Is(err, errNoRaw) {
		var qs []quad.Quad
		if qs, err = s.allQuads(ctx); err != nil {
			return nil, err
		}
		links, vals := linksOf(qs)
		return factsOf(links, vals, all, nil, decodedValues(vals))
	}
	return out, err
}

// predKinds names the predicates of links by node id.
type predKinds struct {
	ids   []uint64
	preds []quad.IRI
}

func (k *predKinds) of(id uint64, vals []quad.Value) quad.IRI {
	for i, x := range k.ids {
		if x == id {
			return k.preds[i]
		}
	}
	p, _ := vals[id].(quad.IRI)
	k.ids = append(k.ids, id)
	k.preds = append(k.preds, p)
	return p
}

// factSource gives factsOf the values of the nodes links name.
type factSource interface {
	// load makes sure vals holds the values of ids.
	load(ids []uint64) error
	// strings calls fn with the text (valueString) of the value of each
	// node of ids, maybe without keeping or even decoding it, maybe for
	// several nodes at once; the bytes are only valid during the call.
	strings(ids []uint64, fn func(id uint64, s []byte)) error
}

// decodedValues is the factSource of values all decoded (the links of
// every quad of a store without a log).
type decodedValues []quad.Value

func (decodedValues) load([]uint64) error { return nil }

func (d decodedValues) strings(ids []uint64, fn func(id uint64, s []byte)) error {
	seen := map[uint64]bool{}
	for _, id := range ids {
		if id != 0 && !seen[id] {
			seen[id] = true
			fn(id, []byte(valueString(d[id])))
		}
	}
	return nil
}

// linkKind numbers the predicates of the links factsOf reads.
type linkKind uint8

const (
	kOther linkKind = iota
	kFact
	kSubject
	kObject
	kSource
	kText
	kRaw
)

var kindPreds = [...]quad.IRI{kFact: predFact, kSubject: predSubject, kObject: predObject, kSource: predSource,
	kText: predText, kRaw: predRaw}

func kindOf(p quad.IRI) linkKind {
	switch p {
	case predFact:
		return kFact
	case predSubject:
		return kSubject
	case predObject:
		return kObject
	case predSource:
		return kSource
	case predText:
		return kText
	case predRaw:
		return kRaw
	}
	return kOther
}

// factsOf decodes the facts of links (quads as node ids, see rawAllLinks)
// sorted as Facts sorts them; links of other predicates than the facts'
// and sentences' are ignored. Unless all is set it leaves out the facts
// whose every record has a gate, and with about (see ContentsAbout) the
// facts with no argument about holds for.
//
// vals holds the values of the nodes links name that src has loaded:
// factsOf has src load what it reads as it goes, so that the nodes of
// the facts it leaves out (their arguments, sources and sentences) and of
// the sentences no fact kept quotes are never decoded.
func factsOf(links [][4]uint64, vals []quad.Value, all bool, about func(id, text string) bool, src factSource) ([]extract.Fact, error) {
	var pids []uint64
	for _, l := range links {
		if len(pids) == 0 || pids[len(pids)-1] != l[1] && !slices.Contains(pids, l[1]) {
			pids = append(pids, l[1])
		}
	}
	if err := src.load(pids); err != nil {
		return nil, err
	}
	// The quads of each fact and each sentence as a list threaded
	// through next, in log order (built backwards so that each list comes
	// out forwards), and the facts in the order of their first record.
	var kinds predKinds
	pred := make([]linkKind, len(links))
	for i, l := range links {
		pred[i] = kindOf(kinds.of(l[1], vals))
	}
	head := make([]int32, len(vals))
	for i := range head {
		head[i] = -1
	}
	next := make([]int32, len(links))
	for i := len(links) - 1; i >= 0; i-- {
		switch l := links[i]; pred[i] {
		case kFact, kSubject, kObject, kSource, kText:
			next[i], head[l[0]] = head[l[0]], int32(i)
		}
	}
	var facts []uint64
	isFact := make([]bool, len(vals))
	for i, l := range links {
		if pred[i] == kFact && !isFact[l[0]] {
			isFact[l[0]] = true
			facts = append(facts, l[0])
		}
	}
	var ids []uint64
	if !all || about != nil {
		// Whether each record has a gate, read without keeping it;
		// with about, the facts' arguments.
		var gated []bool
		if !all {
			gated = make([]bool, len(vals))
			for i, l := range links {
				if pred[i] == kFact {
					ids = append(ids, l[2])
				}
			}
			err := src.strings(ids, func(id uint64, s []byte) { gated[id] = bytes.Contains(s, []byte(`"gate":"`)) })
			if err != nil {
				return nil, err
			}
		}
		if about != nil {
			// the arguments' links and the records, which hold the
			// plain-text arguments (schema version 3)
			ids = ids[:0]
			for i, l := range links {
				if (pred[i] == kSubject || pred[i] == kObject || pred[i] == kFact) && isFact[l[0]] {
					ids = append(ids, l[2])
				}
			}
			if err := src.load(ids); err != nil {
				return nil, err
			}
		}
		keep := make([]bool, len(facts))
		parallel(len(facts), func(lo, hi int) {
			for i := lo; i < hi; i++ {
				j := head[facts[i]]
				keep[i] = (all || !gatedLinks(links, pred, gated, j, next)) &&
					(about == nil || argLinksAbout(links, pred, vals, j, next, about))
			}
		})
		kept := facts[:0]
		for i, f := range facts {
			if keep[i] {
				kept = append(kept, f)
			}
		}
		facts = kept
	}
	// The facts kept and what their links name.
	ids = ids[:0]
	for _, f := range facts {
		ids = append(ids, f)
		for j := head[f]; j >= 0; j = next[j] {
			ids = append(ids, links[j][2])
		}
	}
	if err := src.load(ids); err != nil {
		return nil, err
	}
	noText := func(string, int) string { return "" }
	out := make([]extract.Fact, len(facts))
	parallel(len(facts), func(lo, hi int) {
		n := make(node, 4)
		for i := lo; i < hi; i++ {
			for p, vs := range n {
				n[p] = vs[:0]
			}
			for j := head[facts[i]]; j >= 0; j = next[j] {
				p := kindPreds[pred[j]]
				n[p] = append(n[p], vals[links[j][2]])
			}
			out[i] = decodeFact(valueString(vals[facts[i]]), n, noText)
		}
	})
	if all {
		// the raw extractions, kept one literal a sentence
		var err error
		if out, err = rawFactsOf(links, pred, vals, about, src, out); err != nil {
			return nil, err
		}
	}
	first := make([]int, len(out)+1) // the sources of fact i are sents[first[i]:first[i+1]]
	for i := range out {
		first[i+1] = len(out[i].Sources)
	}
	// The text of the sentences they quote: the first of each in log
	// order, found by the names of every sentence, read without keeping
	// them.
	for i := range out {
		first[i+1] += first[i]
	}
	sents := make([]string, first[len(out)])
	parallel(len(out), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			for k, s := range out[i].Sources {
				sents[first[i]+k] = string(sentenceIRI(s.Doc, s.Offset))
			}
		}
	})
	want := make(map[string]int, len(sents)) // a sentence → its index in nodes
	at := make([]int, len(sents))            // the index of sents[k]
	for k, iri := range sents {
		if k > 0 && iri == sents[k-1] { // the facts of one sentence come together
			at[k] = at[k-1]
			continue
		}
		i, ok := want[iri]
		if !ok {
			i = len(want)
			want[iri] = i
		}
		at[k] = i
	}
	nodes := make([]atomic.Uint64, len(want))
	ids = ids[:0]
	for i, l := range links {
		if pred[i] == kText {
			ids = append(ids, l[0])
		}
	}
	err := src.strings(ids, func(id uint64, s []byte) {
		if k, ok := want[string(s)]; ok {
			nodes[k].Store(id)
		}
	})
	if err != nil {
		return nil, err
	}
	texts := make([]uint64, len(sents))
	ids = ids[:0]
	for k := range sents {
		for j := head[nodes[at[k]].Load()]; j >= 0; j = next[j] {
			if pred[j] == kText {
				texts[k] = links[j][2]
				ids = append(ids, texts[k])
				break
			}
		}
	}
	if err := src.load(ids); err != nil {
		return nil, err
	}
	parallel(len(out), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			for k := range out[i].Sources {
				out[i].Sources[k].Sentence = valueString(vals[texts[first[i]+k]])
			}
		}
	})
	// sortFacts, moving indexes rather than facts, on every CPU: the
	// order is total (ids differ), so any sort gives the same.
	idx := make([]int32, len(out))
	for i := range idx {
		idx[i] = int32(i)
	}
	sortParallel(idx, func(i, j int32) int { return factCompare(&out[i], &out[j]) })
	// out[k] = out[idx[k]], one cycle of the permutation at a time.
	for k := range idx {
		if idx[k] < 0 {
			continue
		}
		f, j := out[k], int32(k)
		for {
			i := idx[j]
			idx[j] = -1
			if int(i) == k {
				out[j] = f
				break
			}
			out[j], j = out[i], i
		}
	}
	return out, nil
}

// rawFactsOf adds to out, the graph facts factsOf decoded, the raw
// extractions of the sg:raw links among links (see mergeRaw), those with
// an argument about holds for when about is not nil.
func rawFactsOf(links [][4]uint64, pred []linkKind, vals []quad.Value, about func(id, text string) bool, src factSource, out []extract.Fact) ([]extract.Fact, error) {
	var ids []uint64
	for i, l := range links {
		if pred[i] == kRaw {
			ids = append(ids, l[0], l[2])
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	if err := src.load(ids); err != nil {
		return nil, err
	}
	var raw []extract.Fact
	for i, l := range links {
		if pred[i] != kRaw {
			continue
		}
		d, _ := vals[l[0]].(quad.IRI)
		fs, ok := decodeRaw(strings.TrimPrefix(string(d), docPrefix), vals[l[2]])
		if !ok {
			continue
		}
		for _, f := range fs {
			if about == nil || argAbout(f.SubjectID, f.Subject, about) ||
				(f.ObjectID != "" || f.Object != "") && argAbout(f.ObjectID, f.Object, about) {
				raw = append(raw, f)
			}
		}
	}
	return mergeRaw(out, raw), nil
}

// factCompare is factLess as a three-way comparison.
func factCompare(a, b *extract.Fact) int {
	if (len(a.Sources) == 0) != (len(b.Sources) == 0) {
		if len(a.Sources) > 0 {
			return -1
		}
		return 1
	}
	if len(a.Sources) > 0 {
		sa, sb := &a.Sources[0], &b.Sources[0]
		if c := strings.Compare(sa.Doc, sb.Doc); c != 0 {
			return c
		}
		if c := cmp.Compare(sa.Offset, sb.Offset); c != 0 {
			return c
		}
	}
	return strings.Compare(a.ID, b.ID)
}

// sortParallel sorts xs by compare, which must be a total order (any
// sort then gives the same): runs sorted on every CPU, then merged
// pairwise.
func sortParallel[T any](xs []T, compare func(a, b T) int) {
	w := workers(len(xs) / 16)
	if w == 1 {
		slices.SortFunc(xs, compare)
		return
	}
	bounds := make([]int, w+1)
	for k := range bounds {
		bounds[k] = k * len(xs) / w
	}
	var wg sync.WaitGroup
	for k := range w {
		wg.Go(func() { slices.SortFunc(xs[bounds[k]:bounds[k+1]], compare) })
	}
	wg.Wait()
	src, dst := xs, make([]T, len(xs))
	for len(bounds) > 2 {
		var nb []int
		for k := 0; k+1 < len(bounds); k += 2 {
			lo, mid, hi := bounds[k], bounds[k+1], bounds[min(k+2, len(bounds)-1)]
			nb = append(nb, lo)
			wg.Go(func() {
				i, j, o := lo, mid, lo
				for i < mid && j < hi {
					if compare(src[j], src[i]) < 0 {
						dst[o], j = src[j], j+1
					} else {
						dst[o], i = src[i], i+1
					}
					o++
				}
				o += copy(dst[o:], src[i:mid])
				copy(dst[o:], src[j:hi])
			})
		}
		wg.Wait()
		bounds = append(nb, len(xs))
		src, dst = dst, src
	}
	if &src[0] != &xs[0] {
		copy(xs, src)
	}
}

// argLinksAbout reports whether about holds for the subject or the
// object of the fact whose list of links starts at j: an entity argument
// by its sg:subject or sg:object link, a plain-text one by its literal
// link (schema version 2) or else by the text its record holds.
func argLinksAbout(links [][4]uint64, pred []linkKind, vals []quad.Value, j int32, next []int32, about func(id, text string) bool) bool {
	var linked [2]bool // subject, object
	record := int32(-1)
	for ; j >= 0; j = next[j] {
		p := pred[j]
		if p == kFact && record < 0 {
			record = j
		}
		if p != kSubject && p != kObject {
			continue
		}
		linked[p-kSubject] = true
		v := vals[links[j][2]]
		if iri, ok := v.(quad.IRI); ok {
			if about(string(iri), "") {
				return true
			}
		} else if about("", valueString(v)) {
			return true
		}
	}
	if record < 0 || linked[0] && linked[1] {
		return false
	}
	lit := valueString(vals[links[record][2]])
	r, ok := readFactRecord(lit)
	if !ok && json.Unmarshal([]byte(lit), &r) != nil {
		return false
	}
	return !linked[0] && r.Subject != "" && about("", r.Subject) ||
		!linked[1] && r.Object != "" && about("", r.Object)
}

// gatedLinks reports whether every record of a fact has a gate (a raw
// extraction kept out of the graph level; gated tells by the record's
// node), reading the list of the fact's links that starts at j.
func gatedLinks(links [][4]uint64, pred []linkKind, gated []bool, j int32, next []int32) bool {
	for ; j >= 0; j = next[j] {
		if pred[j] == kFact && !gated[links[j][2]] {
			return false
		}
	}
	return true
}

// linksOf numbers the values of qs as rawAllLinks does, for stores with no
// raw index.
func linksOf(qs []quad.Quad) (links [][4]uint64, vals []quad.Value) {
	ids := map[quad.Value]uint64{}
	vals = []quad.Value{nil}
	id := func(v quad.Value) uint64 {
		if v == nil {
			return 0
		}
		if n, ok := ids[v]; ok {
			return n
		}
		ids[v] = uint64(len(vals))
		vals = append(vals, v)
		return ids[v]
	}
	links = make([][4]uint64, 0, len(qs))
	for _, q := range qs {
		links = append(links, [4]uint64{id(q.Subject), id(q.Predicate), id(q.Object), id(q.Label)})
	}
	return links, vals
}

// parallel calls fn on consecutive ranges [lo, hi) that cover 0..n, on
// workers(n) goroutines, and waits for them.
func parallel(n int, fn func(lo, hi int)) {
	w := workers(n)
	var wg sync.WaitGroup
	for k := range w {
		wg.Go(func() { fn(k*n/w, (k+1)*n/w) })
	}
	wg.Wait()
}

// The records of a fact and of its sources are JSON literals (factRecord,
// sourceRecord) that encoding/json writes; reading them back with it is a
// third of a whole-graph read. jsonReader reads exactly what json.Marshal
// writes for them (its key order, no white space, no null, numbers as
// Marshal writes them, escapes but UTF-16 surrogates) and gives up on
// anything else, for encoding/json to decide: what it accepts, it
// decodes as encoding/json does.
type jsonReader struct {
	s   string
	i   int
	bad bool
}

func (r *jsonReader) fail() { r.bad = true }

// byte consumes c, failing when the next byte is not c.
func (r *jsonReader) byte(c byte) {
	if !r.bad && r.i < len(r.s) && r.s[r.i] == c {
		r.i++
		return
	}
	r.fail()
}

// next reports whether the next byte is c, consuming it if so.
func (r *jsonReader) next(c byte) bool {
	if !r.bad && r.i < len(r.s) && r.s[r.i] == c {
		r.i++
		return true
	}
	return false
}

func (r *jsonReader) str() string {
	r.byte('"')
	if r.bad {
		return ""
	}
	start := r.i
	for r.i < len(r.s) {
		c := r.s[r.i]
		switch {
		case c == '"':
			s := r.s[start:r.i]
			r.i++
			if !utf8.ValidString(s) {
				r.fail() // encoding/json makes invalid bytes U+FFFD
				return ""
			}
			return s
		case c == '\\':
			return r.escaped(start)
		case c < 0x20:
			r.fail()
			return ""
		}
		r.i++
	}
	r.fail()
	return ""
}

// escaped reads the rest of a string holding an escape, from its
// start.
func (r *jsonReader) escaped(start int) string {
	var b strings.Builder
	b.WriteString(r.s[start:r.i])
	for r.i < len(r.s) {
		c := r.s[r.i]
		switch {
		case c == '"':
			r.i++
			if s := b.String(); utf8.ValidString(s) {
				return s
			}
			r.fail()
			return ""
		case c < 0x20:
			r.fail()
			return ""
		case c != '\\':
			b.WriteByte(c)
			r.i++
			continue
		}
		if r.i+1 >= len(r.s) {
			break
		}
		e := r.s[r.i+1]
		r.i += 2
		switch e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			if r.i+4 > len(r.s) {
				r.fail()
				return ""
			}
			n, err := strconv.ParseUint(r.s[r.i:r.i+4], 16, 32)
			if err != nil || utf16.IsSurrogate(rune(n)) || r.s[r.i] == '+' {
				r.fail()
				return ""
			}
			b.WriteRune(rune(n))
			r.i += 4
		default:
			r.fail()
			return ""
		}
	}
	r.fail()
	return ""
}

// number returns the literal of a JSON number.
func (r *jsonReader) number(intOnly bool) string {
	if r.bad {
		return ""
	}
	start := r.i
	digits := func() int {
		n := 0
		for r.i < len(r.s) && r.s[r.i] >= '0' && r.s[r.i] <= '9' {
			r.i++
			n++
		}
		return n
	}
	r.next('-')
	lead := r.i
	if n := digits(); n == 0 || n > 1 && r.s[lead] == '0' {
		r.fail()
		return ""
	}
	if !intOnly {
		if r.next('.') && digits() == 0 {
			r.fail()
			return ""
		}
		if r.next('e') || r.next('E') {
			if !r.next('-') {
				r.next('+')
			}
			if digits() == 0 {
				r.fail()
				return ""
			}
		}
	}
	return r.s[start:r.i]
}

func (r *jsonReader) int() int {
	lit := r.number(true)
	if r.bad || len(lit) > 18 {
		r.fail()
		return 0
	}
	n, _ := strconv.Atoi(lit)
	return n
}

func (r *jsonReader) float() float64 {
	lit := r.number(false)
	if r.bad {
		return 0
	}
	x, err := strconv.ParseFloat(lit, 64)
	if err != nil {
		r.fail()
	}
	return x
}

func (r *jsonReader) bool() bool {
	switch {
	case r.bad:
	case strings.HasPrefix(r.s[r.i:], "true"):
		r.i += 4
		return true
	case strings.HasPrefix(r.s[r.i:], "false"):
		r.i += 5
		return false
	}
	r.fail()
	return false
}

// object reads an object whose keys are some of keys, in that order, each
// once, calling field with the index of each key to read its value.
func (r *jsonReader) object(keys []string, field func(k int)) {
	r.byte('{')
	if r.next('}') {
		return
	}
	k := 0
	for !r.bad {
		name := r.str()
		for k < len(keys) && keys[k] != name {
			k++
		}
		if k == len(keys) {
			r.fail()
			return
		}
		r.byte(':')
		if r.bad {
			return
		}
		field(k)
		k++
		if !r.next(',') {
			break
		}
	}
	r.byte('}')
}

// array reads a non-empty array, calling elem for each element.
func (r *jsonReader) array(elem func()) {
	r.byte('[')
	for !r.bad {
		elem()
		if !r.next(',') {
			break
		}
	}
	r.byte(']')
}

func (r *jsonReader) span() extract.Span {
	var sp extract.Span
	r.byte('[')
	sp.Off = r.int()
	r.byte(',')
	sp.End = r.int()
	r.byte(']')
	return sp
}

func (r *jsonReader) end() bool { return !r.bad && r.i == len(r.s) }

var (
	factRecordKeys = []string{"relation", "confidence", "date", "negated", "modality", "relation_lemma", "args",
		"attributed_to", "granularity", "trigger", "gate", "subject", "object"}
	sourceRecordKeys = []string{"doc", "offset", "spans"}
	spansKeys        = []string{"subject", "relation", "object"}
	argKeys          = []string{"role", "text"}
)

// readFactRecord decodes a fact record as json.Unmarshal does, false when
// it leaves the literal to encoding/json.
func readFactRecord(s string) (factRecord, bool) {
	var x factRecord
	r := jsonReader{s: s}
	r.object(factRecordKeys, func(k int) {
		switch k {
		case 0:
			x.Relation = r.str()
		case 1:
			x.Confidence = r.float()
		case 2:
			x.Date = r.str()
		case 3:
			x.Negated = r.bool()
		case 4:
			x.Modality = r.str()
		case 5:
			x.RelationLemma = r.str()
		case 6:
			r.array(func() {
				var a extract.Arg
				r.object(argKeys, func(k int) {
					if k == 0 {
						a.Role = r.str()
					} else {
						a.Text = r.str()
					}
				})
				x.Args = append(x.Args, a)
			})
		case 7:
			x.AttributedTo = r.str()
		case 8:
			x.Granularity = r.str()
		case 9:
			x.Trigger = r.str()
		case 10:
			x.Gate = r.str()
		case 11:
			x.Subject = r.str()
		case 12:
			x.Object = r.str()
		}
	})
	return x, r.end()
}

// readSourceRecord decodes a source record as json.Unmarshal does, false
// when it leaves the literal to encoding/json.
func readSourceRecord(s string) (sourceRecord, bool) {
	var x sourceRecord
	r := jsonReader{s: s}
	r.object(sourceRecordKeys, func(k int) {
		switch k {
		case 0:
			x.Doc = r.str()
		case 1:
			x.Offset = r.int()
		case 2:
			r.object(spansKeys, func(k int) {
				switch k {
				case 0:
					x.Spans.Subject = r.span()
				case 1:
					r.array(func() { x.Spans.Relation = append(x.Spans.Relation, r.span()) })
				case 2:
					x.Spans.Object = r.span()
				}
			})
		}
	})
	return x, r.end()
}
