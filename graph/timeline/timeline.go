package timeline

import (
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract"
)

// Options tunes [Build]. The zero value is ready to use.
type Options struct {
	// MaxDayGap lets two day dates this many days apart still be the same
	// event (sources disagreeing by a day); 0 means dates must be equal or
	// one must contain the other.
	MaxDayGap int
	// MaxUndated caps Timeline.Undated; 0 means 25, a negative value
	// leaves undated events out.
	MaxUndated int
	// Synonyms adds groups of relation lemmas that name the same kind of
	// event to the built-in list (sign/ink, meet/hold talks, back/endorse/
	// support, ...).
	Synonyms [][]string
	// Names maps entity names and aliases (any case) to entity ids, so that
	// the members of a joint subject ("the UK and France", "UK and French
	// leaders") are known as the entities they name. Nil: subjects are
	// compared by their id or text only.
	Names map[string]string
	// Published maps a document id to its publication date. An undated
	// report joins a dated event of the same participants and kind of act
	// that falls in the week before its publication, when there is exactly
	// one such event (news reports what just happened). Nil: undated
	// reports join an event only through their object.
	Published map[string]time.Time
	// Copies maps a document id to the id of the document it copies
	// (syndicated or renamed copies: the same text). Copies stay sources but
	// do not count as independent corroboration. Build also recognises
	// copies itself from the sentences the facts quote (see [Build]).
	Copies map[string]string
}

// member is one fact as Build sees it.
type member struct {
	f      *extract.Fact
	order  int // index in the input
	p      period
	dated  bool
	subjs  []string // the subject's keys: id or name, and the members of a joint subject
	hap    string   // the kind of happening the fact reports ("event:earthquake"), or ""
	places []string // of a happening at a point (see areaKinds): the place words of its sentences
	rel    string   // canonical relation class
	keys   []string // event keys: rel and the acts the relation or object names
	obj    string
	objIDs bool
	words  []string // content words of the object, sorted
	claus  []string // clause keys of the sources (see clauseKey)
	kind   int      // isDated, isUndated or isNegated; 0: not an event
	// made with the rest on every CPU for intern, which only looks them up
	joined string   // words joined by spaces
	years  []string // years of a dated member (see years)
	// the same as interned numbers (see interner): -1 for none
	subjID, keyID, wordID, clauID, yearID []int32
	relID, objID, gID, dateID             int32
	hapID                                 int32
}

// member kinds
const (
	isDated = 1 + iota
	isUndated
	isNegated
)

// cluster is an event under construction.
type cluster struct {
	id      int
	members []*member
	p       period
	dated   bool
	periods []period // distinct dates of the members
	docs    []string
	docSet  smallSet[string]
	negated []*member // negated reports of the same event
	// what members share, for matching without scanning the members
	subjs, keys, objs, words, idWords, clauses smallSet[int32]
	idObjs                                     bool               // a member's object is an entity
	said                                       smallSet[int32]    // the speech relation classes of members (see speech)
	days                                       smallSet[[3]int32] // subject, relation, day of dated day members
	haps                                       smallSet[[2]int32] // happening, day of dated day members
	places                                     smallSet[string]   // place words of the sentences of point happenings
	// the first and last publication of an undated event's articles,
	// where known (see reportedNear)
	pubFirst, pubLast time.Time
	// seen is the index's stamp of the last look-up that compared this
	// cluster: one filed under several of a fact's keys is compared once
	seen int
	// conflict is how an event that conflicts with this one cites it,
	// once the clusters are final
	conflict string
}

// maxBucket bounds the clusters compared under one index key: the most
// recent ones. It keeps Build linear on a corpus where one actor does one
// kind of thing thousands of times.
const maxBucket = 256

// Build merges facts into a timeline. Facts whose Date is a calendar value
// (see package doc) and that are not negated become events; facts that
// describe the same event are merged: the same subject or a member of a
// joint subject ("the UK and France" and "France"), the same or a
// synonymous act (relation lemmas; "signed a declaration" and "declared";
// "offered to dispatch troops" and "signed a declaration of intent to
// deploy troops"), compatible objects (same ObjectID, or shared content
// words, or both empty) and compatible dates (equal, one containing the
// other, or days within Options.MaxDayGap). An undated fact joins a dated
// event when it matches exactly one (by its object, or, with
// Options.Published, as the one event of its participants and act in the
// week before its report); otherwise, if its relation is an event verb
// ("meet", "sign", "attack", ... not "say" or "be"), it goes to Undated,
// merged the same way, ranked by corroboration and capped
// (Timeline.UndatedOmitted counts the rest). Reports of the same event
// (same participants, act and object) that give incompatible dates stay
// separate events, each naming the other's date in Conflicts; a negated
// report ("did not sign") and different numbers for one thing ("killed
// 12" and "killed 15") are named there too. Raw extractions (a non-empty
// [extract.Fact.Gate]) are left out.
//
// Corroboration counts the independent documents: a copy of another
// document (Options.Copies, or a document whose quoted sentences are
// nearly all in another one) is a source but not a corroboration; an
// event with one independent source is marked SingleSource.
//
// Events are sorted by date (start of the period, coarser first), then
// time of day, then the position of their earliest fact in facts, so the
// order the sources give is kept within a day. Build is deterministic and
// does not modify facts. Candidates are found through indexes (by subject,
// act, object word and year), so it takes time linear in the number of
// facts.
func Build(facts []extract.Fact, opts Options) Timeline {
	tl, _ := build(facts, opts)
	return tl
}

// build is Build, also returning how many clusters it compared facts
// with.
func build(facts []extract.Fact, opts Options) (Timeline, int) {
	facts = splitByPublication(facts, opts.Published)
	syn := synonymIndex(opts.Synonyms)
	names := foldNames(opts.Names)
	// Which documents copy which only matters once the clusters are made:
	// it is worked out meanwhile.
	var canon map[string]string
	copiesDone := make(chan struct{})
	go func() {
		defer close(copiesDone)
		canon = copies(facts, opts.Copies)
	}()
	// The facts are prepared on every CPU in chunks taken in order, and
	// numbered here, in input order, as their chunks are done: the
	// numbering, which needs one map, overlaps the preparing.
	ms := make([]member, len(facts))
	chunk := prepareChunk
	done := make([]chan struct{}, (len(facts)+chunk-1)/chunk)
	for c := range done {
		done[c] = make(chan struct{})
	}
	var taken atomic.Int64
	for range max(1, min(runtime.GOMAXPROCS(0), 8, len(done))) {
		go func() {
			var pc prepCache
			for {
				c := int(taken.Add(1)) - 1
				if c >= len(done) {
					return
				}
				for i := c * chunk; i < min((c+1)*chunk, len(facts)); i++ {
					prepare(&ms[i], &facts[i], i, syn, names, &pc)
				}
				close(done[c])
			}
		}()
	}
	str := newInterner(4 * len(facts))
	var dated, undated, negated []*member
	haps := false
	for i := range ms {
		if i%chunk == 0 {
			<-done[i/chunk]
		}
		m := &ms[i]
		switch m.kind {
		case 0:
			continue
		case isNegated:
			negated = append(negated, m)
		case isDated:
			dated = append(dated, m)
		default:
			undated = append(undated, m)
		}
		m.intern(str)
		haps = haps || m.hapID >= 0
	}

	// Facts that share no subject key and no clause never meet in the
	// indexes: each group of those that do is clustered on its own, the
	// groups on every CPU, each fact in input order within its group.
	groups := groupsOf(str, dated, undated, negated)
	var story stories
	if haps {
		// only reports of happenings ask which story a document tells
		story = storiesOf(facts)
	}
	work := make([]worker, max(1, min(runtime.GOMAXPROCS(0), 8, len(dated)/256)))
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := range work {
		w := &work[k]
		w.ix, w.lx = newIndex(str), newIndex(str)
		w.story = story
		wg.Go(func() {
			for {
				g := int(next.Add(1)) - 1
				if g >= len(groups) {
					return
				}
				w.cluster(&groups[g], opts)
			}
		})
	}
	wg.Wait()
	var events, loose []*cluster
	var owner []*index // the index events[i] is filed in
	compared := 0
	for k := range work {
		w := &work[k]
		events = append(events, w.events...)
		loose = append(loose, w.loose...)
		for range w.events {
			owner = append(owner, w.ix)
		}
		compared += w.ix.compared + w.lx.compared
	}
	<-copiesDone

	// The clusters are final: each event is made on its own, the way
	// other events cite it first.
	parallel(len(events), func(lo, hi int) {
		for _, c := range events[lo:hi] {
			if c.dated {
				c.conflict = fmt.Sprintf("date %s reported by %s", c.p, listSome(c.docs))
			}
		}
	})
	tl := Timeline{Events: make([]Event, len(events))}
	conflicts := make([]int, len(events))
	parallel(len(events), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			tl.Events[i], conflicts[i] = events[i].event(owner[i], opts.MaxDayGap, canon)
		}
	})
	order := func(c *cluster) int { return c.members[0].order }
	// The sort keys, read once: start, then end (coarser first), then
	// time of day, then the first fact's position.
	type sortKey struct {
		start, end   int64 // seconds
		startN, endN int   // and nanoseconds
		intraday     int
		order        int
	}
	keys := make([]sortKey, len(events))
	for i, c := range events {
		keys[i] = sortKey{c.p.start.Unix(), c.p.end.Unix(), c.p.start.Nanosecond(), c.p.end.Nanosecond(),
			c.p.intraday(), order(c)}
	}
	idx := make([]int, len(events))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		a, b := &keys[i], &keys[j]
		if c := cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.startN, b.startN)); c != 0 {
			return c
		}
		if c := cmp.Or(cmp.Compare(b.end, a.end), cmp.Compare(b.endN, a.endN)); c != 0 { // coarser first
			return c
		}
		if c := cmp.Compare(a.intraday, b.intraday); c != 0 {
			return c
		}
		return cmp.Compare(a.order, b.order)
	})
	sorted := make([]Event, len(idx))
	for k, i := range idx {
		sorted[k] = tl.Events[i]
	}
	tl.Events = sorted

	max := opts.MaxUndated
	if max == 0 {
		max = 25
	}
	if max > 0 {
		// Most independent documents first, then most facts, then the
		// first fact's position; the keys read once.
		type looseKey struct {
			c                      *cluster
			nindep, members, order int
		}
		keys := make([]looseKey, len(loose))
		for i, c := range loose {
			keys[i] = looseKey{c, len(independent(c.docs, canon)), len(c.members), order(c)}
		}
		slices.SortStableFunc(keys, func(a, b looseKey) int {
			if c := cmp.Compare(b.nindep, a.nindep); c != 0 {
				return c
			}
			if c := cmp.Compare(b.members, a.members); c != 0 {
				return c
			}
			return cmp.Compare(a.order, b.order)
		})
		for i := range keys {
			loose[i] = keys[i].c
		}
		for _, c := range loose {
			if len(tl.Undated) == max {
				tl.UndatedOmitted++
				continue
			}
			e, _ := c.event(nil, 0, canon)
			tl.Undated = append(tl.Undated, e)
		}
	}
	for _, k := range conflicts {
		compared += k
	}
	return tl, compared
}

// group is facts that may meet in the indexes, in input order.
type group struct {
	dated, undated, negated []*member
	size                    int
}

// groupsOf splits the members into groups that share no subject key and
// no clause key (the keys every index key holds one of), the largest
// first.
func groupsOf(str *interner, dated, undated, negated []*member) []group {
	parent := make([]int32, len(str.ids))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		r := x
		for parent[r] != r {
			r = parent[r]
		}
		for parent[x] != r {
			parent[x], x = r, parent[x]
		}
		return r
	}
	lists := [][]*member{dated, undated, negated}
	for _, list := range lists {
		for _, m := range list {
			r := find(m.subjID[0])
			for _, x := range slices.Concat(m.subjID[1:], m.clauID) {
				if y := find(x); y != r {
					parent[y] = r
				}
			}
		}
	}
	at := map[int32]int{}
	var groups []group
	for kind, list := range lists {
		for _, m := range list {
			r := find(m.subjID[0])
			g, ok := at[r]
			if !ok {
				g = len(groups)
				at[r] = g
				groups = append(groups, group{})
			}
			gr := &groups[g]
			gr.size++
			switch kind {
			case 0:
				gr.dated = append(gr.dated, m)
			case 1:
				gr.undated = append(gr.undated, m)
			default:
				gr.negated = append(gr.negated, m)
			}
		}
	}
	slices.SortStableFunc(groups, func(a, b group) int { return b.size - a.size })
	return groups
}

// worker clusters groups: the events and the undated events it made, in
// the order it made them, filed in its indexes.
type worker struct {
	ix, lx        *index
	events, loose []*cluster
	story         stories
}

// cluster makes the events of one group: its dated facts make or join
// events, its undated ones join one (or are listed apart), its negated
// ones are named by those they deny.
func (w *worker) cluster(g *group, opts Options) {
	ix, lx := w.ix, w.lx
	// A report of a happening that only another story's documents fit so
	// far waits for the rest: the event may have gained a document of its
	// story meanwhile (an explainer and a local paper that share no name
	// both share one with the wire report).
	var later []*member
	place := func(m *member, mayWait bool) {
		otherStory := false
		into := ix.first(m, true, opts.MaxDayGap, func(c *cluster) bool {
			if !c.datesFit(m.p, opts.MaxDayGap) {
				return false
			}
			if !c.fits(m) && !((c.sameDay(m) || c.sameHappening(m)) && c.samePlace(m)) {
				return false
			}
			// a happening named by a common noun ("the quake") is one of
			// the story the documents tell
			if m.hapID >= 0 && !w.story.same(c, m) {
				otherStory = true
				return false
			}
			return true
		})
		if into == nil && otherStory && mayWait {
			later = append(later, m)
			return
		}
		if into == nil {
			into = newCluster(len(w.events))
			w.events = append(w.events, into)
		}
		into.add(m)
		ix.file(into, m)
	}
	for _, m := range g.dated {
		place(m, true)
	}
	for _, m := range later {
		place(m, false)
	}
	// An undated report that fits no event yet is tried again once the
	// others have joined theirs: an event's words grow with its reports
	// ("said Trump backs the framework", "said Trump is firmly behind the
	// framework", then "said Washington stands firmly behind the security
	// protocols").
	var retry []*member
	for pass, list := range [][]*member{g.undated, nil} {
		if pass == 1 {
			list = retry
		}
		for _, m := range list {
			if w.joinUndated(m, ix, lx, opts, pass == 1) {
				retry = append(retry, m)
			}
		}
	}
	for _, m := range g.negated {
		for _, c := range ix.candidates(m, false, 0) {
			if c.fits(m) && (!m.dated && !afterReport(c, m, opts.Published) || m.dated && compatible(c.p, m.p, opts.MaxDayGap)) {
				c.negated = append(c.negated, m)
			}
		}
	}
}

// joinUndated adds undated report m to the one dated event it fits; on
// the last pass, one that fits none is listed apart (an event verb) or
// left out. It reports whether m fitted no event and waits for the last
// pass.
func (w *worker) joinUndated(m *member, ix, lx *index, opts Options, last bool) bool {
	{
		// an article reports what happened before it was published
		match, n := ix.upTo2(m, func(c *cluster) bool {
			return c.fits(m) && !afterReport(c, m, opts.Published) &&
				(!longBefore(c, m, opts.Published) || c.saysSame(m))
		})
		// the participants and the act identify an event, but not a
		// speaker and "said": only the words said do
		if n == 0 && opts.Published != nil && !onlySaying(m) {
			match, n = recent(ix, m, opts.Published)
		}
		if n == 0 && lightObject(m) && !onlySaying(m) {
			match, n = only(ix.byActAnyDate(m), m)
			if n == 1 && (afterReport(match, m, opts.Published) || longBefore(match, m, opts.Published)) {
				match, n = nil, 0
			}
		}
		if n == 1 {
			match.add(m)
			return false
		}
		if n == 0 && !last {
			return true
		}
		if n > 1 || !eventVerbs[m.rel] {
			return false
		}
		pub := lastPublished(m, opts.Published)
		into := lx.first(m, false, 0, func(c *cluster) bool { return c.fits(m) && c.reportedNear(pub) })
		if into == nil {
			into = newCluster(len(w.loose))
			w.loose = append(w.loose, into)
		}
		into.add(m)
		into.notePublished(pub)
		lx.file(into, m)
	}
	return false
}

// prepCache keeps what prepare made of the arguments and relations of
// the facts before (a corpus names the same few things many times): the
// keys of a subject, the class of a relation, the event keys of a relation
// and object, the words of an object. What it gives is shared by the
// members that have it, and only read. The zero value is ready to use; a
// prepCache is for one goroutine.
type prepCache struct {
	subjs map[[2]string][]string // subject id and text → subjectKeys
	rels  map[[2]string]string   // lemma and relation → relationClass
	keys  map[[4]string][]string // lemma, relation, object and class → eventKeys
	words map[string][]string    // object → sortedWords
	kinds map[string]string      // subject → headKind
}

// prepare fills m with what Build needs of fact f, the i-th, but the
// interned numbers; m.kind stays 0 when f makes no event.
func prepare(m *member, f *extract.Fact, i int, syn, names map[string]string, pc *prepCache) {
	*m = member{f: f, order: i}
	m.obj = key(f.ObjectID, f.Object)
	m.objIDs = f.ObjectID != ""
	if pc.rels == nil {
		pc.subjs, pc.rels = map[[2]string][]string{}, map[[2]string]string{}
		pc.keys, pc.words = map[[4]string][]string{}, map[string][]string{}
		pc.kinds = map[string]string{}
	}
	rk := [2]string{f.RelationLemma, f.Relation}
	rel, ok := pc.rels[rk]
	if !ok {
		rel = relationClass(*f, syn)
		pc.rels[rk] = rel
	}
	passive := false
	if f.Gate == "" {
		if stative[rel] || rel == "get" {
			// "Keller was convicted": a patient act done to the subject
			if c := passiveClass(*f, syn); c != "" {
				rel, passive = c, true
			}
		}
		if idiomVerbs[rel] {
			if c := idiomClass(*f, syn); c != "" {
				rel = c // "came off the rails": derail
			}
		}
		if c := complementClass(*f, rel); c != "" {
			rel = c // "found Keller guilty": convict
		}
	}
	m.rel = rel
	if f.Gate != "" || m.rel == "" || stative[m.rel] {
		return // raw extractions are not events
	}
	if f.Modality == "should" {
		return // demanded or urged ("the demand that Ukraine cede ..."): not done
	}
	sk := [2]string{f.SubjectID, f.Subject}
	if m.subjs, ok = pc.subjs[sk]; !ok {
		m.subjs = subjectKeys(*f, names)
		pc.subjs[sk] = m.subjs
	}
	if len(m.subjs) == 0 {
		return
	}
	kind, ok := pc.kinds[f.Subject]
	if !ok {
		kind = headKind(f.Subject)
		pc.kinds[f.Subject] = kind
	}
	m.subjs, m.hap = actorKeys(*f, m.subjs, m.rel, passive, kind)
	if len(m.subjs) == 0 {
		return
	}
	if m.hap != "" && !areaKinds[m.hap] {
		for _, s := range f.Sources {
			m.places = append(m.places, placeWords(s.Sentence)...)
		}
	}
	kk := [4]string{f.RelationLemma, f.Relation, f.Object, m.rel}
	if m.keys, ok = pc.keys[kk]; !ok {
		m.keys = eventKeys(*f, m.rel, syn)
		pc.keys[kk] = m.keys
	}
	if m.words, ok = pc.words[f.Object]; !ok {
		m.words = sortedWords(f.Object)
		pc.words[f.Object] = m.words
	}
	if f.Trigger != "" {
		trg := strings.ToLower(f.Trigger)
		for _, s := range f.Sources {
			m.claus = append(m.claus, clauseKey(s, trg))
		}
	}
	if f.Date != "" {
		m.p, m.dated = parsePeriod(f.Date)
	}
	if len(m.words) > 0 {
		m.joined = strings.Join(m.words, " ")
	}
	if m.dated {
		m.years = years(m.p)
	}
	switch {
	case f.Negated:
		m.kind = isNegated
	case m.dated:
		m.kind = isDated
	default:
		m.kind = isUndated
	}
}

// intern numbers m's keys.
func (m *member) intern(str *interner) {
	m.subjID = str.shared(m.subjs)
	m.keyID = str.shared(m.keys)
	m.relID = str.id(m.rel)
	m.objID, m.gID, m.dateID, m.hapID = -1, -1, -1, -1
	if m.hap != "" {
		m.hapID = str.id(m.hap)
	}
	if m.obj != "" {
		m.objID = str.id(m.obj)
	}
	m.wordID = str.shared(m.words)
	if len(m.words) > 0 {
		m.gID = str.id(m.joined)
	}
	m.clauID = str.ids32(m.claus)
	if m.dated {
		m.dateID = str.id(m.p.date)
		m.yearID = str.ids32(m.years)
	}
}

// prepareChunk is how many facts build prepares at a time (a variable
// for tests).
var prepareChunk = 2048

// parallel calls fn on consecutive ranges [lo, hi) that cover 0..n, on
// one goroutine per CPU (at most 8) when n is large enough to pay for
// them, and waits for them.
func parallel(n int, fn func(lo, hi int)) {
	w := max(1, min(runtime.GOMAXPROCS(0), 8, n/512))
	if w == 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for k := range w {
		wg.Go(func() { fn(k*n/w, (k+1)*n/w) })
	}
	wg.Wait()
}

func newCluster(id int) *cluster { return &cluster{id: id} }

func (c *cluster) add(m *member) {
	c.members = append(c.members, m)
	if m.dated {
		if !c.dated || m.p.finer(c.p) {
			c.p, c.dated = m.p, true
		}
		if !slices.Contains(c.periods, m.p) {
			c.periods = append(c.periods, m.p)
		}
		if m.p.end.Sub(m.p.start) <= 24*time.Hour && !speech[m.rel] {
			for _, s := range m.subjID {
				c.days.add([3]int32{s, m.relID, m.dateID})
			}
			if m.hapID >= 0 {
				c.haps.add([2]int32{m.hapID, m.dateID})
			}
			for _, n := range m.places {
				c.places.add(n)
			}
		}
	}
	for _, s := range m.f.Sources {
		if c.docSet.add(s.Doc) {
			c.docs = append(c.docs, s.Doc)
		}
	}
	for _, k := range m.clauID {
		c.clauses.add(k)
	}
	for _, s := range m.subjID {
		c.subjs.add(s)
	}
	for _, k := range m.keyID {
		c.keys.add(k)
	}
	if speech[m.rel] {
		c.said.add(m.relID)
	}
	if m.objID >= 0 {
		c.objs.add(m.objID)
	}
	ws := &c.words
	if m.objIDs {
		ws = &c.idWords
		c.idObjs = true
	}
	for _, w := range m.wordID {
		ws.add(w)
	}
}

// hasDoc reports whether a member of c has a source in document d.
func (c *cluster) hasDoc(d string) bool { return c.docSet.has(d) }

// clauseKey is the key of a clause: its sentence and its lower-cased
// trigger.
func clauseKey(s extract.Source, lowerTrigger string) string {
	return s.Doc + "\x00" + strconv.Itoa(s.Offset) + "\x00" + lowerTrigger
}

// datesFit reports whether date p fits every dated member of c.
func (c *cluster) datesFit(p period, gap int) bool {
	for _, q := range c.periods {
		if !compatible(q, p, gap) {
			return false
		}
	}
	return true
}

// shares reports whether c and m have a subject key and an event key in
// common, and whether the only acts they share are speech (see speech) as
// the relations of both: "said" alone names no event, only the words said
// do; "signed a declaration" is an act that "declared" reports too.
func (c *cluster) shares(m *member) (shared, speechOnly bool) {
	subj := false
	for _, s := range m.subjID {
		if c.subjs.has(s) {
			subj = true
			break
		}
	}
	if !subj {
		return false, false
	}
	for i, k := range m.keyID {
		if !c.keys.has(k) {
			continue
		}
		// keys[0] is the relation class; a speech act named by a noun
		// ("signed a declaration") is an act
		if !speech[m.keys[i]] || i > 0 || !c.said.has(k) {
			return true, false
		}
		shared = true
	}
	return shared, shared
}

// fits reports whether m describes the same event as c, dates aside: a
// shared subject (or member of a joint subject) and act, and objects that
// are equal or share a content word (single linkage over the members), or
// one clause read twice (open IE's alternative splits of one sentence:
// same sentence, same trigger).
func (c *cluster) fits(m *member) bool {
	for _, ck := range m.clauID {
		if c.clauses.has(ck) {
			for _, k := range m.subjID {
				if c.subjs.has(k) {
					return true
				}
			}
		}
	}
	shared, speechOnly := c.shares(m)
	if !shared {
		return false
	}
	if m.objID < 0 {
		return false
	}
	if c.objs.has(m.objID) {
		return true
	}
	if speechOnly {
		// a speaker says many things, in one article or in several, on
		// one day or over years: statements are one when their words are
		// ("said he would stay on as chief executive" is not "said the
		// phone had been out for 22 days", whatever their one shared word)
		return c.saysSame(m)
	}
	for _, w := range m.wordID {
		if c.words.has(w) || !m.objIDs && c.idWords.has(w) {
			return true
		}
	}
	return false
}

// saysSame reports whether a statement m shares enough of its content with
// c's to be the same statement: two content words at least and a third of
// m's; in another article's words, also three and a quarter of m's ("said
// every iPhone 4 buyer may claim a free case, or bumper" and "said Apple
// will offer a free case to anyone who bought an iPhone 4"). One word is
// never enough: one person says many things about one subject ("said
// iPhone 4 had been out for 22 days", "said Apple will give every iPhone 4
// buyer a case"; "said he would stay on as chief executive").
func (c *cluster) saysSame(m *member) bool {
	n := c.overlap(m)
	if n >= 2 && 3*n >= len(m.wordID) {
		return true
	}
	return n >= 3 && 4*n >= len(m.wordID) && !c.sameReport(m)
}

// sameReport reports whether one of m's sources is a document c already
// cites: an article that reports two statements of one speaker reports two
// statements.
func (c *cluster) sameReport(m *member) bool {
	for _, src := range m.f.Sources {
		if c.hasDoc(src.Doc) {
			return true
		}
	}
	return false
}

// overlap counts the content words of m's object that c's objects have.
func (c *cluster) overlap(m *member) int {
	n := 0
	for _, w := range m.wordID {
		if c.words.has(w) || !m.objIDs && c.idWords.has(w) {
			n++
		}
	}
	return n
}

// otherEntity reports whether m's object is an entity and c's objects
// hold entities but not that one: two different things.
func (c *cluster) otherEntity(m *member) bool {
	return m.objIDs && c.idObjs && !c.objs.has(m.objID)
}

// sameDay reports whether m shares a subject and relation class with c
// and the same day as one of c's members, and the objects are not two
// different entities: one actor doing one kind of thing on one day is one
// event however the sources phrase its object ("met Trump", "met on
// Dec. 28 at Mar-a-Lago").
func (c *cluster) sameDay(m *member) bool {
	if !m.dated || m.p.end.Sub(m.p.start) > 24*time.Hour || speech[m.rel] {
		return false
	}
	if c.otherEntity(m) {
		return false
	}
	for _, s := range m.subjID {
		if c.days.has([3]int32{s, m.relID, m.dateID}) {
			return true
		}
	}
	return false
}

// sameHappening reports whether m names the same kind of happening as a
// member of c on the same day ("a magnitude 6.1 earthquake struck", "the
// tremor left 12 people dead", "the quake destroyed 300 homes"; "22 cars
// left the tracks", "the derailment forced an evacuation"), whatever its
// act, and the objects are not two different entities, unless the
// happening covers a region (see areaKinds): the reports of one quake are
// one event (when they tell one story: see stories.same).
func (c *cluster) sameHappening(m *member) bool {
	if m.hapID < 0 || !m.dated || m.p.end.Sub(m.p.start) > 24*time.Hour || speech[m.rel] {
		return false
	}
	return c.haps.has([2]int32{m.hapID, m.dateID}) && (areaKinds[m.hap] || !c.otherEntity(m))
}

// samePlace reports whether a happening at a point (a blast, a
// derailment) m may be one of c's when their objects do not say: the
// places the sentences of m and of c's point happenings name ("in
// Baghdad", "near Harlan Junction") share a word, or one of them names
// none. "A blast tore through a market in Baghdad" and "an explosion
// killed 12 at a mosque in Kirkuk" on one day are two blasts.
func (c *cluster) samePlace(m *member) bool {
	if len(m.places) == 0 || len(c.places.small) == 0 && c.places.big == nil {
		return true
	}
	for _, n := range m.places {
		if c.places.has(n) {
			return true
		}
	}
	return false
}

// placeWords returns the capitalised words right after "in", "at",
// "near", "outside" or "of" in a sentence, lower-cased, but days and
// months: the places it names ("in Harlan Junction, Ohio": harlan,
// junction).
func placeWords(sentence string) []string {
	var out []string
	ws := strings.Fields(sentence)
	for i := 0; i < len(ws)-1; i++ {
		switch strings.ToLower(ws[i]) {
		case "in", "at", "near", "outside", "of":
		default:
			continue
		}
		for j := i + 1; j < len(ws); j++ {
			w := strings.TrimFunc(ws[j], func(r rune) bool { return !unicode.IsLetter(r) })
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			r, _ := utf8.DecodeRuneInString(w)
			if w == "" || !unicode.IsUpper(r) || calendarWords[strings.ToLower(w)] {
				break
			}
			out = append(out, strings.ToLower(w))
			if strings.ContainsAny(ws[j], ",.;:") {
				break
			}
		}
	}
	return out
}

// stories holds the names each document mentions (the entity ids of its
// facts' subjects and objects, and the capitalised words inside the
// sentences they were read from), sorted: two documents that share one
// tell the same story.
type stories map[string][]string

// storiesOf collects the names of each document of facts.
func storiesOf(facts []extract.Fact) stories {
	sets := map[string]map[string]bool{}
	read := map[[2]int]bool{} // sentences read: document number, offset
	docNo := map[string]int{}
	for i := range facts {
		f := &facts[i]
		for _, s := range f.Sources {
			set := sets[s.Doc]
			if set == nil {
				set = map[string]bool{}
				sets[s.Doc] = set
				docNo[s.Doc] = len(docNo)
			}
			for _, id := range []string{f.SubjectID, f.ObjectID} {
				if id != "" {
					set[id] = true
				}
			}
			if k := [2]int{docNo[s.Doc], s.Offset}; !read[k] {
				read[k] = true
				for _, w := range properWords(s.Sentence) {
					set[w] = true
				}
			}
		}
	}
	out := make(stories, len(sets))
	for d, set := range sets {
		ids := make([]string, 0, len(set))
		for id := range set {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		out[d] = ids
	}
	return out
}

// properWords returns the capitalised words inside a sentence (not its
// first word), lower-cased, but the names of days and months: "Norland",
// "Harlan", "Junction" of "A Norland Rail train derailed in Harlan
// Junction on Tuesday".
func properWords(sentence string) []string {
	var out []string
	for i, w := range strings.Fields(sentence) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if i == 0 || len(w) < 3 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		l := strings.ToLower(w)
		if calendarWords[l] || strings.ToUpper(w) == w {
			continue // a day, a month, an acronym read as a word ("AP")
		}
		out = append(out, "w:"+l)
	}
	return out
}

var calendarWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february
	march april may june july august september october november december the`)

// maxStoryDocs bounds the documents of a cluster compared with a new
// member's for a shared entity.
const maxStoryDocs = 32

// same reports whether m may tell the story of c: a source of m is one
// of c's documents, shares a name with one of them, or one of the two
// names nothing (a short report: nothing says it is another story).
func (st stories) same(c *cluster, m *member) bool {
	for _, src := range m.f.Sources {
		if c.hasDoc(src.Doc) {
			return true
		}
	}
	for _, src := range m.f.Sources {
		a := st[src.Doc]
		if len(a) == 0 {
			return true
		}
		for _, d := range c.docs[:min(len(c.docs), maxStoryDocs)] {
			if b := st[d]; len(b) == 0 || shareOne(a, b) {
				return true
			}
		}
	}
	return false
}

// shareOne reports whether two sorted lists have an element in common.
func shareOne(a, b []string) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch cmp.Compare(a[i], b[j]) {
		case 0:
			return true
		case -1:
			i++
		default:
			j++
		}
	}
	return false
}

// saying are the speech classes that only report words ("declare" and
// "announce" also make acts: "declared a state of emergency"; "call" too:
// "called an election").
var saying = wordSet(`say tell state add note write warn stress emphasize claim admit acknowledge
	insist argue explain suggest indicate describe`)

// speech relation classes: one person says many different things on one
// day, so statements merge only when their content overlaps ("called
// podcasting the radio of the future", "called the phone the best in the
// world").
var speech = wordSet(`say tell state add note write declare announce warn stress emphasize claim
	admit acknowledge insist argue explain suggest indicate describe call`)

// splitByPublication returns facts with each undated fact whose sources'
// articles came out more than undatedSpan apart made into one fact per
// run of sources published close together (sources of unknown
// publication go with the first): the store keeps "Apple launches 3G
// iPhone" (June 2008) and "Apple launches new, faster iPhone" (June
// 2009) as one fact, the same act on the same thing, but they are two
// launches. facts is not modified; it is returned as is when no fact is
// split.
func splitByPublication(facts []extract.Fact, pub map[string]time.Time) []extract.Fact {
	if len(pub) == 0 {
		return facts
	}
	var out []extract.Fact
	for i := range facts {
		f := &facts[i]
		runs := publicationRuns(f, pub)
		if runs == nil {
			if out != nil {
				out = append(out, *f)
			}
			continue
		}
		if out == nil {
			out = append(make([]extract.Fact, 0, len(facts)+len(runs)), facts[:i]...)
		}
		for _, r := range runs {
			g := *f
			g.Sources = r
			if r[0].Doc != f.Sources[0].Doc || r[0].Offset != f.Sources[0].Offset {
				// the store keeps the first source's words: this run's
				// own, where its span says
				if t := objectText(r[0]); t != "" {
					g.Object = t
				}
			}
			out = append(out, g)
		}
	}
	if out == nil {
		return facts
	}
	return out
}

// objectText returns the object as source s reads it, "" when its span
// does not say.
func objectText(s extract.Source) string {
	o := s.Spans.Object
	lo, hi := o.Off-s.SentenceStart(), o.End-s.SentenceStart()
	if o.Len() <= 0 || lo < 0 || hi > len(s.Sentence) {
		return ""
	}
	return s.Sentence[lo:hi]
}

// publicationRuns splits the sources of an undated fact into runs
// published within undatedSpan of one another, in order of publication;
// nil when they make one run.
func publicationRuns(f *extract.Fact, pub map[string]time.Time) [][]extract.Source {
	if f.Date != "" || len(f.Sources) < 2 {
		return nil
	}
	var first, last time.Time
	for _, s := range f.Sources {
		d := pub[s.Doc]
		if d.IsZero() {
			continue
		}
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	if first.IsZero() || last.Sub(first) <= undatedSpan {
		return nil
	}
	srcs := slices.Clone(f.Sources)
	slices.SortStableFunc(srcs, func(a, b extract.Source) int {
		da, db := pub[a.Doc], pub[b.Doc]
		if da.IsZero() {
			da = first
		}
		if db.IsZero() {
			db = first
		}
		return da.Compare(db)
	})
	var runs [][]extract.Source
	var prev time.Time
	for _, s := range srcs {
		d := pub[s.Doc]
		if d.IsZero() {
			d = first
		}
		if len(runs) == 0 || d.Sub(prev) > undatedSpan {
			runs = append(runs, nil)
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], s)
		prev = d
	}
	return runs
}

// undatedSpan is how far apart the articles of two undated reports of one
// event may be published: news reports what just happened.
const undatedSpan = 31 * 24 * time.Hour

// lastPublished returns the latest publication of m's sources, zero when
// none is known.
func lastPublished(m *member, pub map[string]time.Time) time.Time {
	var last time.Time
	for _, s := range m.f.Sources {
		if d, ok := pub[s.Doc]; ok && !d.IsZero() && d.After(last) {
			last = d
		}
	}
	return last
}

// reportedNear reports whether an undated report published at t (zero:
// unknown) may tell of undated event c: its articles were published within
// undatedSpan of t, or are unknown. "Apple releases Macbook" in 2006 and
// "Apple released a new lineup of MacBook Air laptops" in 2010 are two
// releases.
func (c *cluster) reportedNear(t time.Time) bool {
	if t.IsZero() || c.pubFirst.IsZero() {
		return true
	}
	return t.Sub(c.pubFirst) <= undatedSpan && c.pubLast.Sub(t) <= undatedSpan
}

// notePublished widens c's publication span with t (zero: unknown).
func (c *cluster) notePublished(t time.Time) {
	if t.IsZero() {
		return
	}
	if c.pubFirst.IsZero() || t.Before(c.pubFirst) {
		c.pubFirst = t
	}
	if t.After(c.pubLast) {
		c.pubLast = t
	}
}

// afterReport reports whether dated event c began after the latest
// publication of an undated report m (with a day's grace for time zones):
// an article published in June does not tell of a press conference in
// July, however its words match. False when no source's publication is
// known.
func afterReport(c *cluster, m *member, pub map[string]time.Time) bool {
	if !c.dated || pub == nil {
		return false
	}
	last := lastPublished(m, pub)
	if last.IsZero() {
		return false
	}
	day := time.Date(last.Year(), last.Month(), last.Day(), 0, 0, 0, 0, time.UTC)
	return !c.p.start.Before(day.AddDate(0, 0, 2))
}

// longBefore reports whether dated event c ended more than undatedSpan
// before the latest publication of an undated report m: news tells what
// just happened, so an undated report is of such an old event only when
// its words are, not for naming the same thing (a product, a treaty) ("Apple launches new, faster iPhone" of June 2009 is not
// the 3G iPhone launched in June 2008, for all that both name an iPhone).
// False when no source's publication is known.
func longBefore(c *cluster, m *member, pub map[string]time.Time) bool {
	if !c.dated || pub == nil {
		return false
	}
	last := lastPublished(m, pub)
	return !last.IsZero() && last.Sub(c.p.end) > undatedSpan
}

// onlySaying reports whether every act m reports only reports words (see
// saying): "Lee said", "Lee told reporters", not an event of their own;
// "declared their readiness", "announced a new phone" are acts.
func onlySaying(m *member) bool {
	for _, k := range m.keys {
		if !saying[k] {
			return false
		}
	}
	return true
}

// recent returns the one dated event that m's participants and act had in
// the week before m's earliest report was published, and how many there
// were.
func recent(ix *index, m *member, published map[string]time.Time) (*cluster, int) {
	var pub time.Time
	for _, s := range m.f.Sources {
		if d, ok := published[s.Doc]; ok && !d.IsZero() && (pub.IsZero() || d.Before(pub)) {
			pub = d
		}
	}
	if pub.IsZero() {
		return nil, 0
	}
	pub = time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	from, to := pub.AddDate(0, 0, -7), pub.AddDate(0, 0, 1)
	var match *cluster
	n := 0
	for _, c := range ix.byAct(m, pub) {
		if !c.dated || c.p.end.Sub(c.p.start) > 24*time.Hour || c.p.start.Before(from) || !c.p.start.Before(to) {
			continue
		}
		if c.otherEntity(m) {
			continue
		}
		match = c
		n++
	}
	return match, n
}

// lightObject reports whether m's object names nothing but an intention
// or stance ("their readiness", "a pledge"): the participants and the act
// are then all that identify the event.
func lightObject(m *member) bool {
	if m.objIDs {
		return false
	}
	n := 0
	for _, w := range strings.Fields(strings.ToLower(m.f.Object)) {
		w = strings.Trim(w, ".,;:\"'“”")
		if determiners[w] || stopWords[w] {
			continue
		}
		if !commitNouns[w] {
			return false
		}
		n++
	}
	return n > 0
}

// only returns the one cluster of cs m may join (not two different object
// entities) and how many there were.
func only(cs []*cluster, m *member) (*cluster, int) {
	var match *cluster
	n := 0
	for _, c := range cs {
		if c.otherEntity(m) {
			continue
		}
		match = c
		n++
	}
	return match, n
}

// event turns a cluster into an Event; ix finds the other dated clusters
// for conflicts (those describing the same event on an incompatible date),
// whose conflict must be set; it also returns how many clusters it
// compared. It only reads the clusters and ix: events are made in
// parallel.
func (c *cluster) event(ix *index, gap int, canon map[string]string) (Event, int) {
	// the representative is the fact that gave the event its date, the
	// one naming most participants (a joint subject), the most confident
	// one among equals, the earliest among those
	rep := c.members[0]
	better := func(m *member) bool {
		mt := m.dated && m.p == c.p
		rt := rep.dated && rep.p == c.p
		if mt != rt {
			return mt
		}
		if len(m.subjID) != len(rep.subjID) {
			return len(m.subjID) > len(rep.subjID)
		}
		return m.f.Confidence > rep.f.Confidence
	}
	for _, m := range c.members[1:] {
		if better(m) {
			rep = m
		}
	}
	indep := independent(c.docs, canon)
	e := Event{
		Subject: rep.f.Subject, Relation: rep.f.Relation, Object: rep.f.Object,
		Trigger: rep.f.Trigger, Corroboration: len(indep), Documents: len(c.docs),
		SingleSource: len(indep) == 1,
	}
	if e.Trigger == "" {
		e.Trigger = rep.f.Relation
	}
	if c.dated {
		e.Date, e.Time, e.Granularity = c.p.date, c.p.time, c.p.gran
		if c.p.time != "" {
			e.Granularity = "day"
		}
	}
	type src struct {
		s   extract.Source
		trg string
	}
	type place struct {
		doc string
		off int
	}
	var srcs []src
	seen := map[place]int{}
	var factSet map[string]bool // for a large event
	if len(c.members) > smallMax {
		factSet = make(map[string]bool, len(c.members))
	}
	for _, m := range c.members {
		trg := m.f.Trigger
		if trg == "" {
			trg = m.f.Relation
		}
		for _, s := range m.f.Sources {
			k := place{s.Doc, s.Offset}
			if i, ok := seen[k]; ok {
				if m == rep {
					srcs[i].trg = trg // the representative's word where it was read
				}
				continue
			}
			seen[k] = len(srcs)
			srcs = append(srcs, src{s, trg})
		}
		switch {
		case m.f.ID == "":
		case factSet != nil:
			if !factSet[m.f.ID] {
				factSet[m.f.ID] = true
				e.Facts = append(e.Facts, m.f.ID)
			}
		case !slices.Contains(e.Facts, m.f.ID):
			e.Facts = append(e.Facts, m.f.ID)
		}
	}
	slices.SortStableFunc(srcs, func(a, b src) int {
		if c := cmp.Compare(a.s.Doc, b.s.Doc); c != 0 {
			return c
		}
		return cmp.Compare(a.s.Offset, b.s.Offset)
	})
	for _, s := range srcs {
		e.Sources = append(e.Sources, s.s)
		e.Triggers = append(e.Triggers, s.trg)
	}
	for _, d := range c.docs {
		if o := canon[d]; o != "" && o != d && !slices.Contains(e.CopyOf, d+" = "+o) {
			e.CopyOf = append(e.CopyOf, d+" = "+o)
		}
	}
	slices.Sort(e.CopyOf)
	compared := 0
	if ix != nil {
		seen := map[string]bool{}
		dates := 0
		var others []*cluster
		others, compared = ix.conflicting(c, gap)
		for _, o := range others {
			if !seen[o.conflict] {
				seen[o.conflict] = true
				if dates++; dates <= maxConflicts {
					e.Conflicts = append(e.Conflicts, o.conflict)
				}
			}
		}
		if dates > maxConflicts {
			e.Conflicts = append(e.Conflicts, fmt.Sprintf("%d other dates", dates-maxConflicts))
		}
	}
	e.Conflicts = append(e.Conflicts, numberConflicts(c.members)...)
	for _, m := range c.negated {
		var docs []string
		for _, s := range m.f.Sources {
			docs = append(docs, s.Doc)
		}
		msg := fmt.Sprintf("negated by %s: %s", strings.Join(docs, ", "), strings.TrimSpace(m.f.Subject+" not "+m.f.Relation+" "+m.f.Object))
		if !slices.Contains(e.Conflicts, msg) {
			e.Conflicts = append(e.Conflicts, msg)
		}
	}
	return e, compared
}

// maxConflicts and maxCited bound what an event says of the reports that
// date it otherwise: on a large corpus one recurring act ("the minister
// promised new funding") conflicts with dozens of dates, each reported by
// dozens of documents, and listing them all made a report of 10 MB.
const (
	maxConflicts = 5
	maxCited     = 3
)

// listSome joins the first maxCited of docs and counts the rest.
func listSome(docs []string) string {
	if len(docs) <= maxCited {
		return strings.Join(docs, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(docs[:maxCited], ", "), len(docs)-maxCited)
}

// key is an entity id, else a normalised lower-case name.
func key(id, name string) string {
	if id != "" {
		return id
	}
	name = strings.ToLower(strings.Join(strings.Fields(name), " "))
	for _, p := range []string{"the ", "a ", "an "} {
		name = strings.TrimPrefix(name, p)
	}
	return name
}

var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"for": true, "and": true, "or": true, "with": true, "by": true, "from": true, "its": true,
	"his": true, "her": true, "their": true, "this": true, "that": true, "these": true, "those": true,
	"new": true, "more": true, "some": true, "all": true, "it": true, "as": true, "be": true,
	// Auxiliaries, modals and pronouns say nothing of an event's content:
	// "the ferry would resume" and "talks would continue" share no thing.
	"would": true, "will": true, "could": true, "can": true, "may": true, "might": true, "should": true,
	"must": true, "shall": true, "is": true, "are": true, "was": true, "were": true, "been": true,
	"being": true, "has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"not": true, "no": true, "he": true, "she": true, "they": true, "we": true, "you": true, "i": true,
	"him": true, "them": true, "us": true, "our": true, "your": true, "my": true, "which": true,
	"who": true, "what": true, "there": true, "than": true, "also": true, "so": true, "very": true,
}

// contentWords returns the lower-cased words of s that carry content.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		if len(w) > 1 && !stopWords[w] {
			out[strings.TrimSuffix(w, "s")] = true
		}
	}
	return out
}

// sortedWords is contentWords as a sorted slice.
func sortedWords(s string) []string {
	m := contentWords(s)
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}
