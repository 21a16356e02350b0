package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"runtime/debug"
	"slices"
	"strings"

	cayley "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"
	gonum "gonum.org/v1/gonum/graph"
	gonumit "gonum.org/v1/gonum/graph/iterator"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph/analyze"
)

// Source is where a fact was read, with the title of its document when the
// store knows it.
type Source struct {
	extract.Source
	Title string `json:"title,omitempty"`
}

// Fact is a stored fact as an answer gives it: every field of
// [extract.Fact], its corroboration (the number of distinct documents that
// report it) and its sources with their documents' titles. In JSON its
// sources replace those of the embedded fact.
type Fact struct {
	extract.Fact
	Corroboration int      `json:"corroboration"`
	Sources       []Source `json:"sources"`
	// Reports is set when Sources lists only some of the fact's sources
	// (see [MaxTopSources]): the number it has in all. Corroboration
	// counts the documents of all of them.
	Reports int `json:"reports,omitempty"`
}

// Edge is one direct subject→relation→object edge of the graph with the
// graph facts behind it. From and To are entity names, or the argument text
// when the argument is not an entity (then its id is empty). Relation is
// the edge's normalised relation (lemma, "not" and the modality in front
// when present); each fact keeps its relation as written.
type Edge struct {
	From     string `json:"from"`
	FromID   string `json:"from_id,omitempty"`
	Relation string `json:"relation"`
	To       string `json:"to"`
	ToID     string `json:"to_id,omitempty"`
	// Date is the date of the first dated fact (see Facts); "" if none is.
	Date string `json:"date,omitempty"`
	// Confidence is the highest confidence of the facts.
	Confidence float64 `json:"confidence"`
	// Corroboration is the number of distinct documents reporting any of
	// the facts.
	Corroboration int `json:"corroboration"`
	// Facts are the evidence, best supported first: more documents, then
	// dated, then more confident, then by id.
	Facts []Fact `json:"facts"`
	// Linking is set by [Store.NeighboursTop] when it lists only some of an
	// entity's edges: the number of reports (sources) of the facts, of any
	// level, that link the two ends in this direction, counted from the
	// index. Facts then lists those of at most [MaxTopFacts] of the facts,
	// each with at most [MaxTopSources] of its sources, and Corroboration
	// and Confidence are those of the facts listed (all their sources'
	// documents counted).
	Linking int `json:"linking,omitempty"`
}

// MaxTopFacts caps the facts [Store.NeighboursTop] reads for each pair of
// ends when it lists only some of an entity's edges.
const MaxTopFacts = 10

// MaxTopSources caps the sources [Store.NeighboursTop] lists of each fact
// when it lists only some of an entity's edges: the first by document and
// offset, their sentences and titles read, the others only counted (see
// [Fact.Reports]). A hub's best-linked facts are reported hundreds of
// times each; listing every report would read thousands of sentences and
// print thousands of lines for fifty edges.
const MaxTopSources = 10

// Path is a chain of edges linking two entities, each edge keeping its own
// direction.
type Path struct {
	Edges []Edge `json:"edges"`
	// Corroboration is the smallest corroboration of the edges: a chain is
	// as well supported as its weakest link.
	Corroboration int `json:"corroboration"`
	// Confidence is the mean confidence of the edges.
	Confidence float64 `json:"confidence"`
	// Dated is the number of edges with a date.
	Dated int `json:"dated"`
}

// PathOptions bounds [Store.Paths]. The zero value looks for paths of any
// length and returns all equally short ones (up to [MaxPaths]).
type PathOptions struct {
	// MaxHops bounds the number of edges; 0 or less means no bound.
	MaxHops int
	// Limit bounds the number of paths returned; 0 or less means MaxPaths.
	Limit int
}

// MaxPaths caps the equally short chains of entities [Store.Paths] weighs
// against each other: their number can grow exponentially with the length.
const MaxPaths = 200

// answer reads facts with their evidence for one call: it caches sentence
// texts and document titles.
type answer struct {
	s         *Store
	ctx       context.Context
	sentences map[quad.IRI]string
	titles    map[string]string
	// capped holds, by fact id, every document of the sources of the
	// facts whose sources were capped (see factsTop), and their number.
	capped map[string]cappedSources
	// joining holds the facts read for the direct edges between a subject
	// and an object (see edgeFacts), by their N-Quads forms.
	joining map[[2]string][]extract.Fact
	// args holds what joiningFacts read of the facts that have a node
	// (id) as argument through a predicate (id); ids the node ids looked
	// up, by value.
	args map[[2]uint64]*argList
	ids  map[quad.Value]uint64
	// light is set for an answer that weighs edges against each other
	// and shows none: it reads no sentence text and no title, which no
	// edge's support depends on (see Store.paths).
	light bool
}

func (s *Store) answer(ctx context.Context) *answer {
	return &answer{s: s, ctx: ctx, sentences: map[quad.IRI]string{}, titles: map[string]string{},
		joining: map[[2]string][]extract.Fact{}, args: map[[2]uint64]*argList{}, ids: map[quad.Value]uint64{}}
}

// facts reads the fact nodes vs, in one batch and their sentences in
// another, and returns the facts among them in the order of vs.
func (a *answer) facts(vs []quad.Value) ([]extract.Fact, error) {
	nodes, err := a.s.describeMany(a.ctx, vs)
	if err != nil {
		return nil, err
	}
	return a.decode(vs, nodes)
}

// factsOf is factsByID when ids holds the ids of vs, else facts.
func (a *answer) factsOf(vs []quad.Value, ids []uint64) ([]extract.Fact, error) {
	if len(ids) == len(vs) && ids != nil {
		return a.factsByID(vs, ids)
	}
	return a.facts(vs)
}

// factsByID is facts for fact nodes whose ids are known.
func (a *answer) factsByID(vs []quad.Value, ids []uint64) ([]extract.Fact, error) {
	nodes, err := a.s.describeFacts(a.ctx, vs, ids)
	if err != nil {
		return nil, err
	}
	return a.decode(vs, nodes)
}

// cappedSources is what factsTop keeps of the sources it leaves out.
type cappedSources struct {
	docs    []string // the documents of all the sources
	reports int      // the number of sources
}

// factsTop is factsByID listing at most max sources of each fact, the
// first by document and offset: the others are neither decoded into the
// facts nor their sentences and titles read, but their documents and
// number are kept in a.capped for evidence and makeEdge.
func (a *answer) factsTop(vs []quad.Value, ids []uint64, max int) ([]extract.Fact, error) {
	nodes, err := a.s.describeFacts(a.ctx, vs, ids)
	if err != nil {
		return nil, err
	}
	for _, v := range vs {
		n := nodes[v.String()]
		if len(n[predSource]) <= max {
			continue
		}
		type src struct {
			r sourceRecord
			v quad.Value
		}
		var srcs []src
		for _, x := range n[predSource] {
			if r, ok := decodeSource(x); ok {
				srcs = append(srcs, src{r, x})
			}
		}
		if len(srcs) <= max {
			continue
		}
		slices.SortStableFunc(srcs, func(x, y src) int {
			if c := strings.Compare(x.r.Doc, y.r.Doc); c != 0 {
				return c
			}
			return cmp.Compare(x.r.Offset, y.r.Offset)
		})
		c := cappedSources{reports: len(srcs)}
		for _, x := range srcs {
			if len(c.docs) == 0 || c.docs[len(c.docs)-1] != x.r.Doc {
				c.docs = append(c.docs, x.r.Doc)
			}
		}
		if a.capped == nil {
			a.capped = map[string]cappedSources{}
		}
		a.capped[valueString(v)] = c
		kept := make([]quad.Value, max)
		for i := range kept {
			kept[i] = srcs[i].v
		}
		n[predSource] = kept
	}
	return a.decode(vs, nodes)
}

// decode builds the facts among the described nodes vs, reading their
// sentences and their documents' titles in one batch each.
func (a *answer) decode(vs []quad.Value, nodes map[string]node) ([]extract.Fact, error) {
	var sents, docs []quad.Value
	for _, v := range vs {
		if a.light {
			break
		}
		for _, src := range nodes[v.String()][predSource] {
			if r, ok := decodeSource(src); ok {
				sn := sentenceIRI(r.Doc, r.Offset)
				if _, ok := a.sentences[sn]; !ok {
					a.sentences[sn] = ""
					sents = append(sents, sn)
				}
				if _, ok := a.titles[r.Doc]; !ok {
					a.titles[r.Doc] = ""
					docs = append(docs, docIRI(r.Doc))
				}
			}
		}
	}
	texts, err := a.s.nodeStrings(a.ctx, sents, predText)
	if err != nil {
		return nil, err
	}
	for i, sn := range sents {
		a.sentences[sn.(quad.IRI)] = texts[i]
	}
	titles, err := a.s.nodeStrings(a.ctx, docs, predTitle)
	if err != nil {
		return nil, err
	}
	for i, d := range docs {
		a.titles[strings.TrimPrefix(string(d.(quad.IRI)), docPrefix)] = titles[i]
	}
	out := make([]extract.Fact, 0, len(vs))
	for _, v := range vs {
		n := nodes[v.String()]
		if len(n[predFact]) == 0 {
			continue
		}
		out = append(out, decodeFact(valueString(v), n, func(doc string, off int) string {
			return a.sentences[sentenceIRI(doc, off)]
		}))
	}
	return out, nil
}

// title returns the title of document doc, or "".
func (a *answer) title(doc string) (string, error) {
	if a.light {
		return "", nil
	}
	if t, ok := a.titles[doc]; ok {
		return t, nil
	}
	t, err := a.s.nodeStrings(a.ctx, []quad.Value{docIRI(doc)}, predTitle)
	if err != nil {
		return "", err
	}
	a.titles[doc] = t[0]
	return t[0], nil
}

// prefetchTitles reads the titles of the documents facts cite in one
// batch, not one look-up per document.
func (a *answer) prefetchTitles(facts []extract.Fact) error {
	if a.light {
		return nil
	}
	var docs []string
	var vs []quad.Value
	for _, f := range facts {
		for _, src := range f.Sources {
			if _, ok := a.titles[src.Doc]; !ok {
				a.titles[src.Doc] = ""
				docs = append(docs, src.Doc)
				vs = append(vs, docIRI(src.Doc))
			}
		}
	}
	if len(vs) < 2 { // one look-up either way: leave it to title
		for _, d := range docs {
			delete(a.titles, d)
		}
		return nil
	}
	titles, err := a.s.nodeStrings(a.ctx, vs, predTitle)
	if err != nil {
		return err
	}
	for i, d := range docs {
		a.titles[d] = titles[i]
	}
	return nil
}

// evidence turns f into an answer's fact: titles and corroboration.
func (a *answer) evidence(f extract.Fact) (Fact, error) {
	out := Fact{Fact: f, Sources: make([]Source, 0, len(f.Sources))}
	docs := map[string]bool{}
	for _, src := range f.Sources {
		t, err := a.title(src.Doc)
		if err != nil {
			return Fact{}, err
		}
		out.Sources = append(out.Sources, Source{Source: src, Title: t})
		docs[src.Doc] = true
	}
	out.Corroboration = len(docs)
	if c, ok := a.capped[f.ID]; ok {
		out.Corroboration, out.Reports = len(c.docs), c.reports
	}
	out.Fact.Sources = nil // the sources above replace them
	return out, nil
}

// Evidence returns facts as answers give them: each with its corroboration
// and its sources' document titles.
func (s *Store) Evidence(ctx context.Context, facts []extract.Fact) (_ []Fact, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return nil, ErrClosed
	}
	a := s.answer(ctx)
	if err := a.prefetchTitles(facts); err != nil {
		return nil, fmt.Errorf("graph: evidence in %s: %w", s.name(), err)
	}
	out := make([]Fact, 0, len(facts))
	for _, f := range facts {
		e, err := a.evidence(f)
		if err != nil {
			return nil, fmt.Errorf("graph: evidence in %s: %w", s.name(), err)
		}
		out = append(out, e)
	}
	return out, nil
}

// edgeKey identifies a direct edge.
type edgeKey struct{ subj, pred, obj string }

func keyOf(q quad.Quad) edgeKey {
	return edgeKey{q.Subject.String(), q.Predicate.String(), q.Object.String()}
}

// makeEdge builds the edge q from the graph facts behind it.
func (a *answer) makeEdge(q quad.Quad, facts []extract.Fact) (Edge, error) {
	e := Edge{Relation: relationText(q.Predicate), Facts: []Fact{}}
	if iri, ok := q.Subject.(quad.IRI); ok {
		e.FromID = string(iri)
	}
	if iri, ok := q.Object.(quad.IRI); ok {
		e.ToID = string(iri)
	}
	docs := map[string]bool{}
	for _, f := range facts {
		ev, err := a.evidence(f)
		if err != nil {
			return Edge{}, err
		}
		e.Facts = append(e.Facts, ev)
		for _, s := range f.Sources {
			docs[s.Doc] = true
		}
		for _, d := range a.capped[f.ID].docs {
			docs[d] = true
		}
		e.Confidence = max(e.Confidence, f.Confidence)
	}
	e.Corroboration = len(docs)
	slices.SortFunc(e.Facts, func(x, y Fact) int {
		if c := cmp.Compare(y.Corroboration, x.Corroboration); c != 0 {
			return c
		}
		if (x.Date != "") != (y.Date != "") {
			if x.Date != "" {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(y.Confidence, x.Confidence); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	for _, f := range e.Facts {
		if f.Date != "" {
			e.Date = f.Date
			break
		}
	}
	e.From, e.To = valueString(q.Subject), valueString(q.Object)
	if len(facts) > 0 {
		e.From, e.To = facts[0].Subject, facts[0].Object
	}
	if e.FromID != "" && len(facts) == 0 {
		e.From = a.name(quad.IRI(e.FromID))
	}
	if e.ToID != "" && len(facts) == 0 {
		e.To = a.name(quad.IRI(e.ToID))
	}
	return e, nil
}

// name returns the canonical name of an entity, or its id.
func (a *answer) name(iri quad.IRI) string {
	n, err := a.s.entityNode(a.ctx, iri)
	if err != nil || n.str(predName) == "" {
		return string(iri)
	}
	return n.str(predName)
}

// betterEdge orders edges best supported first: more documents, then
// more confident, then dated, then by relation, ends.
func betterEdge(x, y Edge) int {
	if c := cmp.Compare(y.Corroboration, x.Corroboration); c != 0 {
		return c
	}
	if c := cmp.Compare(y.Confidence, x.Confidence); c != 0 {
		return c
	}
	if (x.Date != "") != (y.Date != "") {
		if x.Date != "" {
			return -1
		}
		return 1
	}
	return compareEdges(x, y)
}

func compareEdges(x, y Edge) int {
	for _, c := range []int{
		strings.Compare(x.From, y.From), strings.Compare(x.Relation, y.Relation), strings.Compare(x.To, y.To),
		strings.Compare(x.FromID, y.FromID), strings.Compare(x.ToID, y.ToID),
	} {
		if c != 0 {
			return c
		}
	}
	return 0
}

// argScan iterates the quads whose object is v and yields the subjects
// (fact nodes) of those whose predicate is p (sg:subject or sg:object).
// Cayley's key-value backend answers an object lookup from its
// object-predicate-subject index; it does not narrow it by predicate (a
// shape with both intersects two scans, the predicate's being all facts),
// so the predicate is compared here, by ref, without resolving values.
type argScan struct {
	s    *Store
	it   iterator.Scanner
	pref cayley.Ref
	ok   bool // v and p are in the store
}

func (s *Store) argScan(ctx context.Context, v quad.Value, p quad.IRI) (*argScan, error) {
	a := &argScan{s: s}
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return a, err
	}
	if a.pref, err = s.qs.ValueOf(p); err != nil || a.pref == nil {
		return a, err
	}
	a.it, a.ok = s.qs.QuadIterator(quad.Object, ref).Iterate(), true
	return a, nil
}

// next returns the next fact node, or nil at the end.
func (a *argScan) next(ctx context.Context) (cayley.Ref, error) {
	if !a.ok {
		return nil, nil
	}
	for a.it.Next(ctx) {
		pr, err := a.s.qs.QuadDirection(a.it.Result(), quad.Predicate)
		if err != nil {
			return nil, err
		}
		if pr == nil || pr.Key() != a.pref.Key() {
			continue
		}
		return a.s.qs.QuadDirection(a.it.Result(), quad.Subject)
	}
	return nil, a.it.Err()
}

func (a *argScan) close() {
	if a.it != nil {
		a.it.Close()
	}
}

// factRefs returns the fact nodes that have v as argument through
// predicate p (sg:subject or sg:object), keyed by their ref key, without
// resolving any value.
func (s *Store) factRefs(ctx context.Context, v quad.Value, p quad.IRI) (map[any]cayley.Ref, error) {
	sc, err := s.argScan(ctx, v, p)
	if err != nil {
		return nil, err
	}
	defer sc.close()
	out := map[any]cayley.Ref{}
	for {
		r, err := sc.next(ctx)
		if err != nil || r == nil {
			return out, err
		}
		out[r.Key()] = r
	}
}

// joiningFactRefs returns candidates for the facts whose subject is subj
// and whose object is obj. It reads both ends' argument lists in lockstep
// until the smaller ends, then goes on with the larger for up to four times
// as many entries: if that ends too, the candidates are the intersection
// (exact), otherwise the smaller list, which the caller checks fact by fact.
// A hub at one end thus costs a few times the other end's facts, not its own.
func (s *Store) joiningFactRefs(ctx context.Context, subj, obj quad.Value) (map[any]cayley.Ref, error) {
	var scans [2]*argScan
	for i, arg := range []struct {
		v quad.Value
		p quad.IRI
	}{{subj, predSubject}, {obj, predObject}} {
		sc, err := s.argScan(ctx, arg.v, arg.p)
		if err != nil {
			return nil, err
		}
		defer sc.close()
		scans[i] = sc
	}
	sets := [2]map[any]cayley.Ref{{}, {}}
	small := -1
	for small < 0 {
		for i, sc := range scans {
			r, err := sc.next(ctx)
			if err != nil {
				return nil, err
			}
			if r == nil {
				small = i
				break
			}
			sets[i][r.Key()] = r
		}
	}
	large := 1 - small
	for budget := 4 * len(sets[small]); budget > 0; budget-- {
		r, err := scans[large].next(ctx)
		if err != nil {
			return nil, err
		}
		if r == nil { // both read whole: intersect
			both := map[any]cayley.Ref{}
			for k, r := range sets[small] {
				if _, ok := sets[large][k]; ok {
					both[k] = r
				}
			}
			return both, nil
		}
		sets[large][r.Key()] = r
	}
	return sets[small], nil
}

// argFactIDs returns the fact nodes that have e as subject or object,
// sorted, read from the object index without reading any quad, with their
// ids (nil when the store has no raw index) for answer.factsOf.
func (s *Store) argFactIDs(ctx context.Context, e quad.Value) ([]quad.Value, []uint64, error) {
	var ids []uint64
	for _, p := range []quad.IRI{predSubject, predObject} {
		got, err := s.rawArgFacts(e, p)
		if errors.Is(err, errNoRaw) {
			vs, err := s.argFactsScan(ctx, e)
			return vs, nil, err
		} else if err != nil {
			return nil, nil, err
		}
		ids = append(ids, got...)
	}
	slices.Sort(ids)
	return s.factNodes(ctx, slices.Compact(ids))
}

// argFactsScan is argFacts through Cayley's iterators.
func (s *Store) argFactsScan(ctx context.Context, e quad.Value) ([]quad.Value, error) {
	refs := map[any]cayley.Ref{}
	for _, p := range []quad.IRI{predSubject, predObject} {
		rs, err := s.factRefs(ctx, e, p)
		if err != nil {
			return nil, err
		}
		for k, r := range rs {
			refs[k] = r
		}
	}
	return s.refValues(ctx, refs)
}

// refValues resolves refs to values, sorted by their string form.
func (s *Store) refValues(ctx context.Context, refs map[any]cayley.Ref) ([]quad.Value, error) {
	list := make([]cayley.Ref, 0, len(refs))
	for _, r := range refs {
		list = append(list, r)
	}
	vals, err := cayley.ValuesOf(ctx, s.qs, list)
	if err != nil {
		return nil, err
	}
	vals = slices.DeleteFunc(vals, func(v quad.Value) bool { return v == nil })
	slices.SortFunc(vals, func(a, b quad.Value) int { return strings.Compare(a.String(), b.String()) })
	return vals, nil
}

// Neighbours returns the direct edges into and out of the entity a name
// denotes (see [Store.Resolve]), each with the graph facts behind it,
// sorted by from, relation, to. It fails with a [*NameError] when the name
// denotes no entity or several.
//
// It reads the facts that have the entity as subject or object through the
// object index (sg:subject and sg:object quads), never the whole graph.
func (s *Store) Neighbours(ctx context.Context, name string) (_ []Edge, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return nil, ErrClosed
	}
	out, err := s.neighbours(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("graph: neighbours: %w", err)
	}
	return out, nil
}

func (s *Store) neighbours(ctx context.Context, name string) ([]Edge, error) {
	id, _, err := s.resolveRef(ctx, name)
	if err != nil {
		return nil, err
	}
	nodes, ids, err := s.argFactIDs(ctx, quad.IRI(id))
	if err != nil {
		return nil, err
	}
	// A raw extraction draws no edge (hasEdge): only the graph facts are
	// decoded.
	if nodes, ids, err = s.dropGated(ctx, nodes, ids); err != nil {
		return nil, err
	}
	a := s.answer(ctx)
	facts, err := a.factsOf(nodes, ids)
	if err != nil {
		return nil, err
	}
	out, err := a.edgesOf(facts)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, compareEdges)
	return out, nil
}

// edgesOf groups facts by the direct edge each one draws and makes an
// Edge of each group; facts that draw no edge are left out.
func (a *answer) edgesOf(facts []extract.Fact) ([]Edge, error) {
	groups := map[edgeKey][]extract.Fact{}
	edges := map[edgeKey]quad.Quad{}
	for _, f := range facts {
		if !hasEdge(&f) {
			continue
		}
		q := edgeQuad(&f)
		k := keyOf(q)
		edges[k] = q
		groups[k] = append(groups[k], f)
	}
	if err := a.prefetchTitles(facts); err != nil {
		return nil, err
	}
	out := make([]Edge, 0, len(groups))
	for k, q := range edges {
		edge, err := a.makeEdge(q, groups[k])
		if err != nil {
			return nil, err
		}
		out = append(out, edge)
	}
	return out, nil
}

// NeighboursTop returns at most limit of the direct edges of the entity a
// name denotes, and how many it has in all. When it has more than limit,
// it lists the edges whose ends are linked by the most reports, best
// supported first (see [Edge.Linking]): it finds the facts linking each
// pair from the object index's keys (the entity's facts as subject against
// each neighbour's as object, and the other way), counts their sources
// from the subject index's entries, then reads only the facts of the pairs
// it lists, so that a hub with a hundred thousand facts answers
// in the time of a few hundred. Otherwise, and when limit is 0 or less,
// it returns what [Store.Neighbours] does.
func (s *Store) NeighboursTop(ctx context.Context, name string, limit int) (_ []Edge, total int, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return nil, 0, ErrClosed
	}
	out, total, err := s.neighboursTop(ctx, name, limit)
	if err != nil {
		return nil, 0, fmt.Errorf("graph: neighbours: %w", err)
	}
	return out, total, nil
}

// topPair is one neighbour of an entity in one direction with the facts
// that link them.
type topPair struct {
	other   uint64
	out     bool // the entity is the subject
	facts   []uint64
	reports int // the facts' sources
}

func (p topPair) key() [2]uint64 {
	if p.out {
		return [2]uint64{p.other, 1}
	}
	return [2]uint64{p.other, 0}
}

func (s *Store) neighboursTop(ctx context.Context, name string, limit int) ([]Edge, int, error) {
	id, _, err := s.resolveRef(ctx, name)
	if err != nil {
		return nil, 0, err
	}
	var pairs []topPair
	total := 0
	err = s.raw(func(r *rawTx) error {
		eid, err := s.id(quad.IRI(id))
		if err != nil || eid == 0 {
			return err
		}
		subjP, err := s.id(predSubject)
		if err != nil {
			return err
		}
		objP, err := s.id(predObject)
		if err != nil {
			return err
		}
		edges, err := r.rawEdges(eid)
		if err != nil {
			return err
		}
		total = len(edges)
		if limit <= 0 || total <= limit {
			return nil
		}
		srcP, err := s.id(predSource)
		if err != nil {
			return err
		}
		asSubj, err := r.opsSubjects(eid, subjP)
		if err != nil {
			return err
		}
		asObj, err := r.opsSubjects(eid, objP)
		if err != nil {
			return err
		}
		// The pairs the edges draw; an edge from the entity to itself is
		// an out pair.
		seen := map[[2]uint64]bool{}
		for _, e := range edges {
			p := topPair{other: e[2], out: true}
			if e[0] != eid {
				p = topPair{other: e[0]}
			}
			if k := p.key(); !seen[k] {
				seen[k] = true
				pairs = append(pairs, p)
			}
		}
		// The facts linking a pair are those of the entity's facts (as
		// subject for an out pair) that have the other end as argument (as
		// object), found in the other end's keys of "ops" (in the order of
		// the other ends' ids, so that successive seeks share pages), and
		// each fact's reports are the ids of its sg:source quads in "sp",
		// read in the order of the facts' ids. Both on every CPU.
		facts := slices.Concat(asSubj, asObj)
		slices.Sort(facts)
		facts = slices.Compact(facts)
		reports, err := r.counts(ctx, facts, srcP)
		if err != nil {
			return err
		}
		slices.SortFunc(pairs, func(a, b topPair) int { return cmp.Compare(a.other, b.other) })
		w := workers(len(pairs))
		return r.inParallel(ctx, w, func(ctx context.Context, part int) error {
			var other []uint64
			var err error
			for i := part * len(pairs) / w; i < (part+1)*len(pairs)/w; i++ {
				if i%256 == 0 && ctx.Err() != nil {
					return ctx.Err()
				}
				p := &pairs[i]
				mine, theirs := asSubj, objP
				if !p.out {
					mine, theirs = asObj, subjP
				}
				other, err = r.appendOpsSubjects(other[:0], p.other, theirs)
				if err != nil {
					return err
				}
				p.facts = intersectSorted(mine, other)
				for _, f := range p.facts {
					j, _ := slices.BinarySearch(facts, f)
					p.reports += reports[j]
				}
			}
			return nil
		})
	})
	if errors.Is(err, errNoRaw) || (err == nil && pairs == nil) {
		out, err := s.neighbours(ctx, name)
		if err != nil {
			return nil, 0, err
		}
		total = len(out)
		if limit > 0 && len(out) > limit {
			slices.SortStableFunc(out, betterEdge)
			out = out[:limit]
			for _, e := range out {
				for i := range e.Facts {
					if f := &e.Facts[i]; len(f.Sources) > MaxTopSources {
						f.Reports, f.Sources = len(f.Sources), f.Sources[:MaxTopSources]
					}
				}
			}
		}
		return out, total, nil
	} else if err != nil {
		return nil, 0, err
	}
	slices.SortFunc(pairs, func(a, b topPair) int {
		if c := cmp.Compare(b.reports, a.reports); c != 0 {
			return c
		}
		if c := cmp.Compare(len(b.facts), len(a.facts)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.other, b.other); c != 0 {
			return c
		}
		if a.out != b.out {
			if a.out {
				return -1
			}
			return 1
		}
		return 0
	})
	pairs = pairs[:min(limit, len(pairs))]
	var ids []uint64
	linking := map[uint64]int{} // fact id → reports of its pair
	for _, p := range pairs {
		fs := p.facts[:min(MaxTopFacts, len(p.facts))]
		ids = append(ids, fs...)
		for _, f := range fs {
			linking[f] = p.reports
		}
	}
	nodes, err := s.valuesOf(ctx, ids)
	if err != nil {
		return nil, 0, err
	}
	var vs []quad.Value
	var known []uint64
	count := map[string]int{}
	for _, id := range ids {
		if v := nodes[id]; v != nil {
			vs = append(vs, v)
			known = append(known, id)
			count[v.String()] = linking[id]
		}
	}
	// Raw extractions draw no edge: only the graph facts are decoded.
	if vs, known, err = s.dropGated(ctx, vs, known); err != nil {
		return nil, 0, err
	}
	a := s.answer(ctx)
	facts, err := a.factsTop(vs, known, MaxTopSources)
	if err != nil {
		return nil, 0, err
	}
	out, err := a.edgesOf(facts)
	if err != nil {
		return nil, 0, err
	}
	for i := range out {
		out[i].Linking = count[quad.IRI(out[i].Facts[0].ID).String()]
	}
	slices.SortFunc(out, func(x, y Edge) int {
		if c := cmp.Compare(y.Linking, x.Linking); c != 0 {
			return c
		}
		return betterEdge(x, y)
	})
	return out[:min(limit, len(out))], total, nil
}

// intersectSorted returns the ids in both sorted lists, in order. It looks
// each id of the shorter list up in the longer by halving when that one
// is much longer (a hub's facts against a neighbour's), and merges them
// otherwise.
func intersectSorted(a, b []uint64) []uint64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var out []uint64
	if len(a)*8 < len(b) {
		for _, x := range a {
			if _, ok := slices.BinarySearch(b, x); ok {
				out = append(out, x)
			}
		}
		return out
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// Path returns the best-supported of the shortest chains of direct edges
// linking the entities two names denote (see [Store.Paths]): nil when there
// is none within maxHops edges (0 or less: no bound), an empty path when
// both names denote the same entity.
func (s *Store) Path(ctx context.Context, from, to string, maxHops int) ([]Edge, error) {
	ps, err := s.Paths(ctx, from, to, PathOptions{MaxHops: maxHops, Limit: 1})
	if err != nil || len(ps) == 0 {
		return nil, err
	}
	return ps[0].Edges, nil
}

// Paths returns the shortest chains of direct edges linking the entities
// two names denote, following edges in either direction through entities
// only (never through a plain-text argument), best supported first: the
// weakest edge's corroboration, then the mean confidence, then the number
// of dated edges. Between two entities of a chain the best-supported
// relation is the chain's edge (see [Edge] for its order). It returns nil
// when no chain exists within opts.MaxHops edges, one empty path when both
// names denote the same entity, and a [*NameError] when a name denotes no
// entity or several.
//
// The search is analyze.ShortestPaths (bidirectional breadth-first) on a
// view of the graph read through the store's indexes as it goes: for each
// entity it reaches it reads the quads that have it as subject or object,
// and for the edges of the chains found, the facts shared by both ends.
// It never loads the whole graph.
func (s *Store) Paths(ctx context.Context, from, to string, opts PathOptions) (_ []Path, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return nil, ErrClosed
	}
	out, err := s.paths(ctx, from, to, opts)
	if err != nil {
		return nil, fmt.Errorf("graph: path from %q to %q: %w", from, to, err)
	}
	return out, nil
}

func (s *Store) paths(ctx context.Context, from, to string, opts PathOptions) ([]Path, error) {
	aID, _, err := s.resolveRef(ctx, from)
	if err != nil {
		return nil, err
	}
	bID, _, err := s.resolveRef(ctx, to)
	if err != nil {
		return nil, err
	}
	if aID == bID {
		return []Path{{Edges: []Edge{}}}, nil
	}
	v := &indexView{ids: map[quad.IRI]int64{}, edges: map[int64][]quad.Quad{}}
	v.read = func(iri quad.IRI) ([]quad.Quad, error) { return s.directEdges(ctx, iri) }
	limit := opts.Limit
	if limit <= 0 || limit > MaxPaths {
		limit = MaxPaths
	}
	// The search grows the side whose entities have fewer facts (a hub's
	// ten thousand edges are not read to find the one to its neighbour).
	// When the chains are cut at MaxPaths, which ones are found depends on
	// the order the search went: search again as before.
	ia, ib := v.id(quad.IRI(aID)), v.id(quad.IRI(bID))
	popts := analyze.PathOptions{MaxHops: opts.MaxHops, Limit: MaxPaths}
	costs := map[int64]int{}
	popts.Cost = func(id int64) int {
		c, ok := costs[id]
		if !ok {
			c = s.factCount(v.iris[id], factsBound)
			costs[id] = c
		}
		return c
	}
	chains := analyze.ShortestPaths(v, ia, ib, popts)
	if len(chains) >= MaxPaths {
		popts.Cost = nil
		chains = analyze.ShortestPaths(v, ia, ib, popts)
	}
	if v.err != nil {
		return nil, v.err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The chains are weighed on edges read without their sentences and
	// titles (light); the edges of those kept are then read whole.
	ans := s.answer(ctx)
	ans.light = true
	hops := map[[2]int64]Edge{}       // best edge between two entities
	drawn := map[[2]int64]quad.Quad{} // the quad of each
	// A chain is as well supported as its weakest edge, and an edge is
	// reported by at most as many documents as the facts joining its ends
	// have sources (counted from the index): the chains are weighed in
	// the order of that bound, until the bound of the next is below the
	// support of the limit-th best weighed. Those left cannot be among
	// the best: their order among the weighed stays that of chains.
	order, bound, err := s.chainBounds(ans, v, chains)
	if err != nil {
		return nil, err
	}
	var weighed []int // indexes into chains
	var supports []int
	var out []Path
	for _, ci := range order {
		if len(supports) >= limit {
			slices.SortFunc(supports, func(a, b int) int { return cmp.Compare(b, a) })
			if bound[ci] < supports[limit-1] {
				break
			}
		}
		c := chains[ci]
		p := Path{Edges: make([]Edge, 0, len(c)-1)}
		sum := 0.0
		for i := 0; i+1 < len(c); i++ {
			k := [2]int64{min(c[i], c[i+1]), max(c[i], c[i+1])}
			e, ok := hops[k]
			if !ok {
				var q quad.Quad
				e, q, err = s.bestEdge(ans, v, c[i], c[i+1])
				if err != nil {
					return nil, err
				}
				hops[k], drawn[k] = e, q
			}
			p.Edges = append(p.Edges, e)
			sum += e.Confidence
			if e.Date != "" {
				p.Dated++
			}
			if i == 0 || e.Corroboration < p.Corroboration {
				p.Corroboration = e.Corroboration
			}
		}
		p.Confidence = sum / float64(len(p.Edges))
		weighed = append(weighed, ci)
		supports = append(supports, p.Corroboration)
		out = append(out, p)
	}
	// In the order of chains, as they were all weighed.
	byChain := make([]int, len(out))
	for i := range byChain {
		byChain[i] = i
	}
	slices.SortFunc(byChain, func(a, b int) int { return cmp.Compare(weighed[a], weighed[b]) })
	sorted := make([]Path, len(out))
	for i, j := range byChain {
		sorted[i] = out[j]
	}
	out = sorted
	slices.SortStableFunc(out, func(x, y Path) int {
		if c := cmp.Compare(y.Corroboration, x.Corroboration); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Confidence, x.Confidence); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Dated, x.Dated); c != 0 {
			return c
		}
		for i := range x.Edges {
			if c := compareEdges(x.Edges[i], y.Edges[i]); c != 0 {
				return c
			}
		}
		return 0
	})
	if len(out) > limit {
		out = out[:limit]
	}
	// The edges of the chains kept, read whole as they were weighed: an
	// edge's support and order do not depend on sentences and titles.
	full := s.answer(ctx)
	whole := map[[2]int64]Edge{}
	for _, p := range out {
		for i, e := range p.Edges {
			u, w := v.ids[quad.IRI(e.FromID)], v.ids[quad.IRI(e.ToID)]
			k := [2]int64{min(u, w), max(u, w)}
			x, ok := whole[k]
			if !ok {
				q := drawn[k]
				facts, err := s.edgeFacts(full, q)
				if err != nil {
					return nil, err
				}
				if x, err = full.makeEdge(q, facts); err != nil {
					return nil, err
				}
				whole[k] = x
			}
			p.Edges[i] = x
		}
	}
	return out, nil
}

// chainBounds returns the indexes of chains in decreasing order of an
// upper bound of their support (stable), and the bound of each: the
// smallest, over a chain's hops, of the sources of the facts that join
// the hop's ends in either direction, counted from the index. Without the
// raw index every bound is math.MaxInt and the order that of chains.
func (s *Store) chainBounds(a *answer, v *indexView, chains [][]int64) ([]int, []int, error) {
	order := make([]int, len(chains))
	bound := make([]int, len(chains))
	for i := range order {
		order[i] = i
	}
	unbounded := func() []int {
		for i := range bound {
			bound[i] = math.MaxInt
		}
		return bound
	}
	hop := map[[2]int64]int{}
	srcP, err := s.id(predSource)
	if errors.Is(err, errNoRaw) || srcP == 0 || s.bdb == nil {
		return order, unbounded(), nil
	} else if err != nil {
		return nil, nil, err
	}
	for ci, c := range chains {
		for i := 0; i+1 < len(c); i++ {
			k := [2]int64{min(c[i], c[i+1]), max(c[i], c[i+1])}
			b, ok := hop[k]
			if !ok {
				var facts []uint64
				for _, ends := range [][2]quad.IRI{{v.iris[k[0]], v.iris[k[1]]}, {v.iris[k[1]], v.iris[k[0]]}} {
					ids, err := a.joiningFacts(ends[0], ends[1])
					if errors.Is(err, errNoRaw) {
						return order, unbounded(), nil
					} else if err != nil {
						return nil, nil, err
					}
					facts = append(facts, ids...)
				}
				err := s.raw(func(r *rawTx) error {
					for _, f := range facts {
						n, err := r.count(f, srcP)
						if err != nil {
							return err
						}
						b += n
					}
					return nil
				})
				if err != nil {
					return nil, nil, err
				}
				hop[k] = b
			}
			if i == 0 || b < bound[ci] {
				bound[ci] = b
			}
		}
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(bound[y], bound[x]) })
	return order, bound, nil
}

// bestEdge returns the best-supported direct edge between the view's nodes
// u and w, in either direction, with its facts.
func (s *Store) bestEdge(a *answer, v *indexView, u, w int64) (Edge, quad.Quad, error) {
	uIRI, wIRI := v.iris[u], v.iris[w]
	var best Edge
	var bestQ quad.Quad
	found := false
	seen := map[edgeKey]bool{}
	if _, ok := v.edges[u]; !ok {
		if _, ok := v.edges[w]; !ok {
			v.From(u) // neither end read yet: read one
			if v.err != nil {
				return Edge{}, quad.Quad{}, v.err
			}
		}
	}
	for _, q := range slices.Concat(v.edges[u], v.edges[w]) {
		joins := (sameValue(q.Subject, uIRI) && sameValue(q.Object, wIRI)) ||
			(sameValue(q.Subject, wIRI) && sameValue(q.Object, uIRI))
		if !joins || seen[keyOf(q)] {
			continue
		}
		seen[keyOf(q)] = true
		facts, err := s.edgeFacts(a, q)
		if err != nil {
			return Edge{}, quad.Quad{}, err
		}
		e, err := a.makeEdge(q, facts)
		if err != nil {
			return Edge{}, quad.Quad{}, err
		}
		if !found || betterEdge(e, best) < 0 {
			best, bestQ, found = e, q, true
		}
	}
	if !found {
		return Edge{}, quad.Quad{}, fmt.Errorf("no edge between %s and %s", uIRI, wIRI)
	}
	return best, bestQ, nil
}

// edgeFacts returns the graph facts behind the direct edge q: the facts
// whose subject is q's subject and whose object is q's object with q's
// relation (see joiningFactRefs for how the candidates are read).
func (s *Store) edgeFacts(a *answer, q quad.Quad) ([]extract.Fact, error) {
	ends := [2]string{q.Subject.String(), q.Object.String()}
	facts, ok := a.joining[ends]
	if !ok { // the candidates of both ends, read once for all their relations
		var nodes []quad.Value
		var fids []uint64 // the ids of nodes when known
		ids, err := a.joiningFacts(q.Subject, q.Object)
		if err == nil {
			nodes, fids, err = s.factNodes(a.ctx, ids)
		} else if errors.Is(err, errNoRaw) {
			var cands map[any]cayley.Ref
			if cands, err = s.joiningFactRefs(a.ctx, q.Subject, q.Object); err == nil {
				nodes, err = s.refValues(a.ctx, cands)
			}
		}
		if err != nil {
			return nil, err
		}
		if facts, err = a.factsOf(nodes, fids); err != nil {
			return nil, err
		}
		a.joining[ends] = facts
	}
	var out []extract.Fact
	for _, f := range facts {
		if hasEdge(&f) && relationIRI(&f) == q.Predicate && sameValue(argValue(f.Subject, f.SubjectID), q.Subject) &&
			sameValue(argValue(f.Object, f.ObjectID), q.Object) {
			out = append(out, f)
		}
	}
	return out, nil
}

// directEdges returns the direct edges (not schema quads) that have the
// entity e as subject or object and an entity at the other end. It reads
// e's subject and object indexes and resolves only the quads whose
// predicate is not the schema's.
func (s *Store) directEdges(ctx context.Context, e quad.IRI) ([]quad.Quad, error) {
	if raw, err := s.rawDirectEdges(ctx, e); !errors.Is(err, errNoRaw) {
		if err != nil {
			return nil, err
		}
		return sortQuads(raw), nil
	}
	ref, err := s.qs.ValueOf(e)
	if err != nil || ref == nil {
		return nil, err
	}
	schema := map[any]bool{} // predicate ref key → is a schema predicate
	var prims [][4]cayley.Ref
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		it := s.qs.QuadIterator(dir, ref).Iterate()
		for it.Next(ctx) {
			pr, err := s.qs.QuadDirection(it.Result(), quad.Predicate)
			if err != nil {
				it.Close()
				return nil, err
			}
			isSchemaPred, ok := schema[pr.Key()]
			if !ok {
				pv, err := s.qs.NameOf(pr)
				if err != nil {
					it.Close()
					return nil, err
				}
				isSchemaPred = isSchema(pv)
				schema[pr.Key()] = isSchemaPred
			}
			if isSchemaPred {
				continue
			}
			var p [4]cayley.Ref
			for i, d := range quad.Directions {
				if p[i], err = s.qs.QuadDirection(it.Result(), d); err != nil {
					it.Close()
					return nil, err
				}
			}
			prims = append(prims, p)
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
	}
	vals, err := s.values.resolve(ctx, s.qs, prims)
	if err != nil {
		return nil, err
	}
	var out []quad.Quad
	for _, p := range prims {
		var q quad.Quad
		for i, d := range quad.Directions {
			if p[i] != nil {
				q.Set(d, vals[p[i].Key()])
			}
		}
		_, sIRI := q.Subject.(quad.IRI)
		_, oIRI := q.Object.(quad.IRI)
		if q.IsValid() && sIRI && oIRI {
			out = append(out, q)
		}
	}
	slices.SortFunc(out, func(a, b quad.Quad) int { return strings.Compare(a.String(), b.String()) })
	return out, nil
}

// sortQuads sorts qs by their N-Quads form, computing each form once.
func sortQuads(qs []quad.Quad) []quad.Quad {
	type keyed struct {
		k string
		q quad.Quad
	}
	ks := make([]keyed, len(qs))
	for i, q := range qs {
		ks[i] = keyed{q.String(), q}
	}
	slices.SortFunc(ks, func(a, b keyed) int { return strings.Compare(a.k, b.k) })
	for i := range ks {
		qs[i] = ks[i].q
	}
	return qs
}

// indexView is the entity graph as an undirected [analyze.Adjacency] read
// through the store's indexes on demand: node ids are handed out as
// entities are reached (in sorted order of their IRIs, so the same store
// gives the same ids), and From reads a node's direct edges once. It
// serves one call: read closes over that call's context. The first read
// error is kept in err, after which From returns no nodes.
type indexView struct {
	ids   map[quad.IRI]int64
	iris  []quad.IRI
	edges map[int64][]quad.Quad
	read  func(quad.IRI) ([]quad.Quad, error)
	err   error
}

var _ analyze.Adjacency = (*indexView)(nil)

type viewNode int64

func (n viewNode) ID() int64 { return int64(n) }

func (v *indexView) id(iri quad.IRI) int64 {
	if id, ok := v.ids[iri]; ok {
		return id
	}
	id := int64(len(v.iris))
	v.ids[iri] = id
	v.iris = append(v.iris, iri)
	return id
}

// From returns the entities joined to node id by a direct edge in either
// direction.
func (v *indexView) From(id int64) gonum.Nodes {
	if v.err != nil || id < 0 || id >= int64(len(v.iris)) {
		return gonum.Empty
	}
	u := v.iris[id]
	qs, ok := v.edges[id]
	if !ok {
		var err error
		if qs, err = v.read(u); err != nil {
			v.err = err
			return gonum.Empty
		}
		v.edges[id] = qs
	}
	var others []quad.IRI
	for _, q := range qs {
		other := q.Object
		if sameValue(q.Object, u) {
			other = q.Subject
		}
		if iri, ok := other.(quad.IRI); ok && iri != u {
			others = append(others, iri)
		}
	}
	slices.Sort(others)
	others = slices.Compact(others)
	ns := make([]gonum.Node, len(others))
	for i, o := range others {
		ns[i] = viewNode(v.id(o))
	}
	if len(ns) == 0 {
		return gonum.Empty
	}
	return gonumit.NewOrderedNodes(ns)
}
