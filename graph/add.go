package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	cayley "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/storygraph/storygraph/extract"
)

// Batch is what one build adds to a store: documents with the entities and
// facts read from them.
type Batch struct {
	Documents []extract.Document
	Entities  []extract.Entity
	Facts     []extract.Fact
}

// AddStats says what [Store.Add] changed.
type AddStats struct {
	Documents int // documents added or replaced by a new version
	Entities  int // entities created or updated
	Facts     int // facts created or given new sources
	// GraphFacts counts those of Facts that are graph facts, the ones maps,
	// timelines and `facts` show; the rest are raw extractions kept out of
	// the graph by a gate (see [extract.Fact.Gate]).
	GraphFacts int
	Quads      int // quads written
	// SkippedDocuments lists, in batch order, the ids of documents already
	// stored with the same hash; they and their facts' sources were skipped.
	SkippedDocuments []string
}

// Add writes b in one transaction: either all of it is stored or, on error,
// nothing is. The whole batch is validated before anything is written; an
// invalid item gives an error wrapping [ErrInvalid] naming the item.
//
// Add is idempotent. A document whose id and hash are already stored is
// skipped together with its facts' sources (a fact whose every source is
// skipped is skipped). Entities merge by ID: aliases, roles and documents are
// united, the stored name and type win, and the batch's mention count is
// added only when the entity is linked to a document it was not linked to
// before. Facts merge by ID: their sources are united, keyed by document and
// offset (a new source adds one quad and leaves the fact's record as it
// is), and the stored fields win. A raw extraction (a non-empty
// [extract.Fact.Gate]) is a graph fact if any reading of it in the batch
// is one; one read again as a graph fact in a later batch becomes one,
// with that reading's fields (see the package doc for how raw extractions
// are kept). Re-adding the same batch writes no quad.
//
// Sources must have their spans, if any, inside their sentence.
//
// A document stored with another hash is replaced by the new version: its
// metadata only, facts already read from it stay. Removing the old metadata
// is a transaction of its own, committed just before the batch's; if the
// second fails the document is left without metadata and is treated as new
// by the next Add.
//
// Facts without an ID get one from [extract.Fact.SetID]; documents without a
// hash get [extract.HashText] of their text.
func (s *Store) Add(ctx context.Context, b Batch) (AddStats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return AddStats{}, ErrClosed
	}
	if err := ctx.Err(); err != nil {
		return AddStats{}, fmt.Errorf("graph: add: %w", err)
	}
	nb, err := normalise(b)
	if err != nil {
		return AddStats{}, err
	}
	// Sized for a fresh batch (with schema version 3 about two quads a
	// fact, raw extractions sharing one a sentence; a few an entity or
	// document's metadata), so that neither grows step by step.
	est := 2*len(nb.Facts) + 4*len(nb.Entities) + 8*len(nb.Documents)
	a := &adder{s: s, ctx: ctx, seen: make(map[quad.Quad]bool, est), skipped: make(map[string]bool),
		sentences: make(map[quad.IRI]bool, len(nb.Facts)), deltas: make([]cayley.Delta, 0, est),
		newDocs: map[string]bool{}, raw: map[place]*rawGroup{}}
	if err := a.documents(nb.Documents); err != nil {
		return AddStats{}, fmt.Errorf("graph: add: %w", err)
	}
	if err := a.entities(nb.Entities); err != nil {
		return AddStats{}, fmt.Errorf("graph: add: %w", err)
	}
	if err := a.facts(nb.Facts); err != nil {
		return AddStats{}, fmt.Errorf("graph: add: %w", err)
	}
	if err := a.version(); err != nil {
		return AddStats{}, fmt.Errorf("graph: add: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return AddStats{}, fmt.Errorf("graph: add: %w", err)
	}
	// Cayley's key-value backend mis-writes added quads that share a node
	// with deleted ones in the same ApplyDeltas, so the deletions (only
	// replaced document metadata) go first, in their own transaction.
	if len(a.dels) > 0 {
		if err := s.qs.ApplyDeltas(a.dels, cayley.IgnoreOpts{IgnoreMissing: true}); err != nil {
			return AddStats{}, fmt.Errorf("graph: add: replace document metadata in %s: %w", s.name(), err)
		}
	}
	if len(a.deltas) > 0 && s.bdb != nil {
		if err := s.ensureValueBuckets(a.deltas); err != nil {
			return AddStats{}, fmt.Errorf("graph: add: prepare %s: %w", s.name(), err)
		}
	}
	if len(a.deltas) > 0 {
		if err := s.qs.ApplyDeltas(a.deltas, cayley.IgnoreOpts{IgnoreDup: true}); err != nil {
			return AddStats{}, fmt.Errorf("graph: add: write %d quads to %s: %w", a.stats.Quads, s.name(), err)
		}
		s.versioned = true
		// The write read pages all over the file: let them go from the
		// resident set, so that a build's memory does not grow with the
		// graph (see releaseMapped).
		s.releaseMapped()
	}
	return a.stats, nil
}

// HasDocument reports whether the store holds document id with the given
// hash; with hash "" it reports whether it holds any version of id.
func (s *Store) HasDocument(ctx context.Context, id, hash string) (bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return false, ErrClosed
	}
	n, err := s.describe(ctx, docIRI(id))
	if err != nil {
		return false, fmt.Errorf("graph: document %s: %w", id, err)
	}
	if len(n[predHash]) == 0 {
		return false, nil
	}
	return hash == "" || n.str(predHash) == hash, nil
}

// invalid returns an error wrapping ErrInvalid about batch item kind[i].
func invalid(kind string, i int, id, msg string) error {
	if id != "" {
		return fmt.Errorf("graph: add: %s %d (%s): %s: %w", kind, i, id, msg, ErrInvalid)
	}
	return fmt.Errorf("graph: add: %s %d: %s: %w", kind, i, msg, ErrInvalid)
}

// reserved reports whether id would collide with the schema's own nodes.
func reserved(id string) bool {
	return strings.HasPrefix(id, schemaPrefix) || strings.HasPrefix(id, docPrefix) ||
		strings.HasPrefix(id, sentPrefix)
}

// normalise validates b and returns a copy with defaults filled in and
// duplicate items merged, in first-seen order.
func normalise(b Batch) (Batch, error) {
	// sized for a batch without duplicates, so that the copies do not
	// grow step by step
	out := Batch{Documents: make([]extract.Document, 0, len(b.Documents)),
		Entities: make([]extract.Entity, 0, len(b.Entities)), Facts: make([]extract.Fact, 0, len(b.Facts))}
	docs := make(map[string]int, len(b.Documents))
	for i, d := range b.Documents {
		if strings.TrimSpace(d.ID) == "" {
			return out, invalid("document", i, "", "empty id")
		}
		if d.Hash == "" {
			d.Hash = extract.HashText(d.Text)
		}
		if j, ok := docs[d.ID]; ok {
			if out.Documents[j].Hash != d.Hash {
				return out, invalid("document", i, d.ID, "same id as an earlier document with other text")
			}
			continue
		}
		docs[d.ID] = len(out.Documents)
		out.Documents = append(out.Documents, d)
	}
	kinds := make(map[string]string, len(b.Entities))
	ents := make(map[string]int, len(b.Entities))
	for i, e := range b.Entities {
		switch {
		case strings.TrimSpace(e.ID) == "":
			return out, invalid("entity", i, "", "empty id")
		case reserved(e.ID):
			return out, invalid("entity", i, e.ID, "id uses a reserved prefix")
		case strings.TrimSpace(e.Name) == "":
			return out, invalid("entity", i, e.ID, "empty name")
		case e.Mentions < 0:
			return out, invalid("entity", i, e.ID, "negative mentions")
		}
		if j, ok := ents[e.ID]; ok {
			m := &out.Entities[j]
			m.Aliases = union(m.Aliases, e.Aliases)
			m.Roles = union(m.Roles, e.Roles)
			m.Docs = union(m.Docs, e.Docs)
			m.Mentions += e.Mentions
			m.Evidence, _ = MergeEvidence(m.Evidence, e.Evidence)
			continue
		}
		kinds[e.ID] = "entity"
		ents[e.ID] = len(out.Entities)
		e.Aliases = union(nil, e.Aliases)
		e.Roles = union(nil, e.Roles)
		e.Docs = union(nil, e.Docs)
		out.Entities = append(out.Entities, e)
	}
	facts := make(map[string]int, len(b.Facts))
	for i, f := range b.Facts {
		if f.ID == "" {
			f.SetID()
		}
		switch {
		case reserved(f.ID):
			return out, invalid("fact", i, f.ID, "id uses a reserved prefix")
		case kinds[f.ID] == "entity":
			return out, invalid("fact", i, f.ID, "id is also an entity id")
		case strings.TrimSpace(f.Subject) == "" && f.SubjectID == "":
			return out, invalid("fact", i, f.ID, "empty subject")
		case strings.TrimSpace(f.Relation) == "":
			return out, invalid("fact", i, f.ID, "empty relation")
		case !finite(f.Confidence):
			return out, invalid("fact", i, f.ID, "confidence is not a finite number")
		case reserved(f.SubjectID) || reserved(f.ObjectID):
			return out, invalid("fact", i, f.ID, "argument id uses a reserved prefix")
		case strings.HasPrefix(string(relationIRI(&f)), schemaPrefix):
			return out, invalid("fact", i, f.ID, "relation uses the reserved prefix "+schemaPrefix)
		}
		for k, src := range f.Sources {
			if strings.TrimSpace(src.Doc) == "" {
				return out, invalid("fact", i, f.ID, fmt.Sprintf("source %d: empty document id", k))
			}
			if src.Offset < 0 && src.Offset != extract.TitleOffset {
				return out, invalid("fact", i, f.ID, fmt.Sprintf("source %d: negative offset", k))
			}
			if sp, ok := outside(src); ok {
				return out, invalid("fact", i, f.ID, fmt.Sprintf("source %d: span [%d,%d] is not inside its sentence [%d,%d]",
					k, sp.Off, sp.End, src.SentenceStart(), src.SentenceStart()+len(src.Sentence)))
			}
		}
		if len(f.Sources) > 1 {
			// a fact read once (most) keeps its slice: Add only reads it
			f.Sources = mergeSources(nil, f.Sources)
		}
		if j, ok := facts[f.ID]; ok {
			out.Facts[j].Sources = mergeSources(out.Facts[j].Sources, f.Sources)
			if f.Gate == "" {
				// read once as a graph fact: it is one
				out.Facts[j].Gate = ""
			}
			continue
		}
		facts[f.ID] = len(out.Facts)
		out.Facts = append(out.Facts, f)
	}
	return out, nil
}

// outside returns a span of src that is empty or not inside its sentence.
// The subject span may be zero only when the others are (no spans).
func outside(src extract.Source) (extract.Span, bool) {
	sp := src.Spans
	if sp.IsZero() {
		return extract.Span{}, false
	}
	start := src.SentenceStart()
	bad := func(x extract.Span) bool {
		return x.Off < start || x.End <= x.Off || x.End > start+len(src.Sentence)
	}
	if bad(sp.Subject) {
		return sp.Subject, true
	}
	if !sp.Object.IsZero() && bad(sp.Object) {
		return sp.Object, true
	}
	for _, r := range sp.Relation {
		if bad(r) {
			return r, true
		}
	}
	return extract.Span{}, false
}

// union appends to a the strings of b it lacks, dropping empty ones; the
// result is a new slice.
func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, x := range b {
		if x != "" && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// mergeSources appends to a the sources of b whose document and offset it
// lacks.
func mergeSources(a, b []extract.Source) []extract.Source {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.ContainsFunc(out, func(x extract.Source) bool { return x.Doc == s.Doc && x.Offset == s.Offset }) {
			out = append(out, s)
		}
	}
	return out
}

// version adds the schema version quad when the batch writes anything to
// a store that does not record it yet (a new store: Open refuses files of
// other versions).
func (a *adder) version() error {
	if len(a.deltas) == 0 || a.s.versioned {
		return nil
	}
	ok, err := a.s.hasQuad(a.ctx, schemaQuad)
	if err != nil {
		return err
	}
	if !ok {
		a.add(schemaQuad)
	}
	return nil
}

// adder collects the changes of one Add.
type adder struct {
	s         *Store
	ctx       context.Context
	deltas    []cayley.Delta // additions
	dels      []cayley.Delta // deletions
	seen      map[quad.Quad]bool
	skipped   map[string]bool // documents skipped as already stored
	sentences map[quad.IRI]bool
	qbuf      []quad.Quad // scratch for the quads of one fact or source
	stats     AddStats
	newDocs   map[string]bool // documents this batch adds first
	// the raw extractions of each sentence (see rawFact), in first-seen order
	raw      map[place]*rawGroup
	rawOrder []place
}

// place is a sentence: its document and byte offset.
type place struct {
	doc string
	off int
}

// rawGroup holds the raw extractions of one sentence and their sources
// there.
type rawGroup struct {
	facts []*extract.Fact
	spans []*extract.Spans // facts[i]'s spans in the sentence
}

func (a *adder) add(q quad.Quad) bool {
	// one hash of q, not a look-up and an assignment: hashing a quad's
	// four interface values is most of the cost
	n := len(a.seen)
	if a.seen[q] = true; len(a.seen) == n {
		return false
	}
	a.deltas = append(a.deltas, cayley.Delta{Quad: q, Action: cayley.Add})
	a.stats.Quads++
	return true
}

// addShared adds q unless it is already stored or prepared; the check is
// only needed for quads that other nodes than own may have written (the
// direct edges several facts share).
func (a *adder) addShared(q quad.Quad, own quad.IRI) error {
	if q.Subject == own {
		a.add(q)
		return nil
	}
	if a.seen[q] {
		return nil
	}
	ok, err := a.s.hasQuad(a.ctx, q)
	if err != nil {
		return err
	}
	if !ok {
		a.add(q)
	}
	return nil
}

func (a *adder) del(q quad.Quad) {
	a.dels = append(a.dels, cayley.Delta{Quad: q, Action: cayley.Delete})
}

func (a *adder) documents(docs []extract.Document) error {
	for i := range docs {
		d := &docs[i]
		n := docIRI(d.ID)
		old, err := a.s.quadsOf(a.ctx, quad.Subject, n)
		if err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		if len(old) == 0 {
			for _, q := range documentQuads(d) {
				a.add(q)
			}
			a.newDocs[d.ID] = true
			a.stats.Documents++
			continue
		}
		var oldHash string
		for _, q := range old {
			if q.Predicate == predHash {
				oldHash = valueString(q.Object)
			}
		}
		if oldHash == d.Hash {
			a.skipped[d.ID] = true
			a.stats.SkippedDocuments = append(a.stats.SkippedDocuments, d.ID)
			continue
		}
		// A new version: replace the metadata.
		nq := documentQuads(d)
		for _, q := range old {
			if !slices.ContainsFunc(nq, func(x quad.Quad) bool { return sameQuad(x, q) }) {
				a.del(q)
			}
		}
		for _, q := range nq {
			if !slices.ContainsFunc(old, func(x quad.Quad) bool { return sameQuad(x, q) }) {
				a.add(q)
			}
		}
		a.stats.Documents++
	}
	return nil
}

func (a *adder) entities(ents []extract.Entity) error {
	for i := range ents {
		e := &ents[i]
		// What the merge needs of the stored entity, not its documents
		// (looked up one by one below) nor its facts' edges: a
		// much-mentioned entity has thousands.
		old, hasQuad, err := a.s.describeOnly(a.ctx, quad.IRI(e.ID), predName, predType, predAlias, predRole, predEvidence, predFact)
		if errors.Is(err, errNoRaw) {
			old, err = a.s.describe(a.ctx, quad.IRI(e.ID))
			docs := decodeEntity(e.ID, old).Docs
			hasQuad = func(_ quad.IRI, o quad.Value) (bool, error) {
				return slices.Contains(docs, strings.TrimPrefix(valueString(o), docPrefix)), nil
			}
		}
		if err != nil {
			return fmt.Errorf("entity %s: %w", e.ID, err)
		}
		if len(old[predFact]) > 0 {
			return fmt.Errorf("entity %s: id is a stored fact's id: %w", e.ID, ErrInvalid)
		}
		if len(old[predName]) == 0 {
			for _, q := range entityQuads(e) {
				a.add(q)
			}
			a.stats.Entities++
			continue
		}
		stored := decodeEntity(e.ID, old)
		n := quad.IRI(e.ID)
		before := a.stats.Quads
		if stored.Type == "" && e.Type != "" {
			a.add(quad.Quad{Subject: n, Predicate: predType, Object: quad.String(e.Type)})
		}
		for _, x := range e.Aliases {
			if !slices.Contains(stored.Aliases, x) {
				a.add(quad.Quad{Subject: n, Predicate: predAlias, Object: quad.String(x)})
			}
		}
		for _, x := range e.Roles {
			if !slices.Contains(stored.Roles, x) {
				a.add(quad.Quad{Subject: n, Predicate: predRole, Object: quad.String(x)})
			}
		}
		var newDocs []string
		for _, x := range e.Docs {
			known, err := hasQuad(predMentioned, docIRI(x))
			if err != nil {
				return fmt.Errorf("entity %s: %w", e.ID, err)
			}
			if !known {
				a.add(quad.Quad{Subject: n, Predicate: predMentioned, Object: docIRI(x)})
				newDocs = append(newDocs, x)
			}
		}
		if len(newDocs) > 0 && e.Mentions > 0 {
			a.add(mentionQuad(e.ID, e.Mentions, newDocs))
		}
		// Evidence: one literal, replaced by the stored one extended with
		// the batch's reasons for aliases it did not explain yet.
		if ev, changed := MergeEvidence(stored.Evidence, e.Evidence); changed {
			if q, ok := evidenceQuad(e.ID, stored.Evidence); ok {
				a.del(q)
			}
			q, _ := evidenceQuad(e.ID, ev)
			a.add(q)
		}
		if a.stats.Quads > before {
			a.stats.Entities++
		}
	}
	return nil
}

// storedFacts returns what the store holds of the batch's facts, keyed by
// their node's string form, read in one batch: a fresh build's facts are
// all new and cost one hash and look-up each, not a describe. It returns
// nil when the store has no raw index (describe each then).
func (a *adder) storedFacts(facts []extract.Fact) (map[string]node, error) {
	if a.s.bdb == nil {
		return nil, nil
	}
	vs := make([]quad.Value, len(facts))
	for i := range facts {
		vs[i] = quad.IRI(facts[i].ID)
	}
	ids, err := a.s.ids(vs)
	if err != nil {
		return nil, err
	}
	var known []quad.Value
	var knownIDs []uint64
	for i, id := range ids {
		if id != 0 {
			known = append(known, vs[i])
			knownIDs = append(knownIDs, id)
		}
	}
	out := map[string]node{}
	if len(known) == 0 {
		return out, nil
	}
	return a.s.describeIDs(a.ctx, known, knownIDs)
}

func (a *adder) facts(facts []extract.Fact) error {
	stored, err := a.storedFacts(facts)
	if err != nil {
		return err
	}
	for i := range facts {
		f := &facts[i]
		srcs := f.Sources // read only
		if len(a.skipped) > 0 {
			srcs = nil
			for _, src := range f.Sources {
				if !a.skipped[src.Doc] {
					srcs = append(srcs, src)
				}
			}
		}
		if len(f.Sources) > 0 && len(srcs) == 0 {
			continue // every source is in a skipped document
		}
		var old node
		if stored != nil {
			if len(stored) > 0 { // a fresh build's facts are all new
				old = stored[quad.IRI(f.ID).String()]
			}
		} else if old, err = a.s.describe(a.ctx, quad.IRI(f.ID)); err != nil {
			return fmt.Errorf("fact %s: %w", f.ID, err)
		}
		if len(old[predName]) > 0 {
			return fmt.Errorf("fact %s: id is a stored entity's id: %w", f.ID, ErrInvalid)
		}
		if f.Gate != "" && len(records(old)) == 0 {
			if err := a.rawFact(f, srcs); err != nil {
				return fmt.Errorf("fact %s: %w", f.ID, err)
			}
			continue
		}
		before := a.stats.Quads
		if stored := records(old); len(stored) == 0 {
			a.qbuf = factQuads(a.qbuf[:0], f)
			for _, q := range a.qbuf {
				if err := a.addShared(q, quad.IRI(f.ID)); err != nil {
					return fmt.Errorf("fact %s: %w", f.ID, err)
				}
			}
		} else if f.Gate == "" && stored[0].Gate != "" {
			// A raw extraction read again as a graph fact: it becomes one,
			// its stored fields otherwise kept. The new record wins over
			// the old (see records), so nothing is deleted.
			r := stored[0]
			r.Gate = ""
			a.add(quad.Quad{Subject: quad.IRI(f.ID), Predicate: predFact, Object: r.value()})
			g := decodeFact(f.ID, old, func(string, int) string { return "" })
			g.Gate = ""
			if hasEdge(&g) {
				if err := a.addShared(edgeQuad(&g), quad.IRI(f.ID)); err != nil {
					return fmt.Errorf("fact %s: %w", f.ID, err)
				}
			}
		}
		var known map[place]bool // nil for a new fact
		if len(old[predSource]) > 0 {
			known = map[place]bool{}
		}
		for _, v := range old[predSource] {
			if r, ok := decodeSource(v); ok {
				known[place{r.Doc, r.Offset}] = true
			}
		}
		for _, src := range srcs {
			if known[place{src.Doc, src.Offset}] {
				continue
			}
			sn := sentenceIRI(src.Doc, src.Offset)
			have, ok := a.sentences[sn]
			if !ok {
				have, err = a.s.exists(a.ctx, sn)
				if err != nil {
					return fmt.Errorf("fact %s: %w", f.ID, err)
				}
				a.sentences[sn] = true
			}
			a.qbuf = sourceQuads(a.qbuf[:0], f.ID, src, !have)
			for _, q := range a.qbuf {
				a.add(q)
			}
		}
		if a.stats.Quads > before {
			a.stats.Facts++
			if f.Gate == "" {
				a.stats.GraphFacts++
			}
		}
	}
	return a.flushRaw()
}

// rawFact files the raw extraction f, which the store does not hold as a
// fact, under each sentence of srcs (writing the sentence's text if it is
// new): raw extractions are kept one literal per sentence (see
// rawSentence), not as nodes of their own.
func (a *adder) rawFact(f *extract.Fact, srcs []extract.Source) error {
	for i := range srcs {
		src := &srcs[i]
		sn := sentenceIRI(src.Doc, src.Offset)
		have, ok := a.sentences[sn]
		if !ok {
			var err error
			if have, err = a.s.exists(a.ctx, sn); err != nil {
				return err
			}
			a.sentences[sn] = true
		}
		if !have {
			a.add(quad.Quad{Subject: sn, Predicate: predText, Object: quad.String(src.Sentence), Label: docIRI(src.Doc)})
		}
		k := place{src.Doc, src.Offset}
		g := a.raw[k]
		if g == nil {
			g = &rawGroup{}
			a.raw[k] = g
			a.rawOrder = append(a.rawOrder, k)
		}
		g.facts = append(g.facts, f)
		g.spans = append(g.spans, &src.Spans)
	}
	return nil
}

// flushRaw writes the raw extractions filed by rawFact, one sg:raw quad a
// sentence, unless the store holds that quad already (the same document
// added again), and counts their facts.
func (a *adder) flushRaw() error {
	counted := map[string]bool{}
	for _, k := range a.rawOrder {
		g := a.raw[k]
		q := rawQuad(k.doc, k.off, g.facts, g.spans)
		if !a.newDocs[k.doc] {
			ok, err := a.s.hasQuad(a.ctx, q)
			if err != nil {
				return fmt.Errorf("raw extractions of %s: %w", sentenceIRI(k.doc, k.off), err)
			}
			if ok {
				continue
			}
		}
		if !a.add(q) {
			continue
		}
		for _, f := range g.facts {
			if !counted[f.ID] {
				counted[f.ID] = true
				a.stats.Facts++
			}
		}
	}
	return nil
}
