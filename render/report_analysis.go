package render

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/graph/timeline"
)

// analysis is what a report works out about its corpus before writing:
// which documents are copies of one another, how salient each entity and
// event is, and how documents are named.
type analysis struct {
	r     *Report
	docs  map[string]*DocInfo // by id
	order map[string]int      // document id → rank in reading order (published, id)
	// canon maps a document id to the id of the first document of its copy
	// group (syndicated copies, near-duplicates); copies lists the other
	// members of each group, in reading order.
	canon  map[string]string
	copies map[string][]string
	groups int
	// actors are the entities by salience, most salient first.
	actors     []extract.Entity
	actorScore map[string]float64
	actorRank  map[string]int
	byName     map[string]string // normalised name or alias → entity id, when unique
	factCount  map[string]int    // entity id → graph facts naming it (at or above MinConfidence)
	entByID    map[string]*extract.Entity
	factByID   map[string]*extract.Fact
	// lead is the first sentence read in each document, which names an
	// article that has no title.
	lead map[string]extract.Source
}

// analyse works out the analysis of r.
func analyse(r Report) *analysis {
	r.analysed = nil
	a := &analysis{r: &r, docs: map[string]*DocInfo{}, order: map[string]int{}, actorScore: map[string]float64{},
		actorRank: map[string]int{}, byName: map[string]string{}, factCount: map[string]int{}, entByID: map[string]*extract.Entity{},
		factByID: map[string]*extract.Fact{}, lead: docLeads(r.Facts)}
	docs := slices.Clone(r.Documents)
	slices.SortStableFunc(docs, docOrder)
	for i := range docs {
		id := clean(docs[i].ID)
		if _, dup := a.docs[id]; dup {
			continue
		}
		a.docs[id] = &docs[i]
		a.order[id] = i
	}
	a.canon, a.copies = copyGroups(docs, r.Facts)
	for _, d := range docs {
		if a.canon[clean(d.ID)] == clean(d.ID) {
			a.groups++
		}
	}

	ambiguous := map[string]bool{}
	for i := range r.Entities {
		e := &r.Entities[i]
		if _, ok := a.entByID[e.ID]; ok || e.ID == "" {
			continue
		}
		a.entByID[e.ID] = e
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := normName(n)
			if k == "" {
				continue
			}
			if other, ok := a.byName[k]; ok && other != e.ID {
				ambiguous[k] = true
			}
			a.byName[k] = e.ID
		}
	}
	for k := range ambiguous {
		delete(a.byName, k)
	}
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.ID != "" {
			a.factByID[f.ID] = f
		}
		if !a.shown(f) {
			continue
		}
		sid, oid := a.entityOf(f.SubjectID, f.Subject), a.entityOf(f.ObjectID, f.Object)
		if sid != "" {
			a.factCount[sid]++
		}
		if oid != "" && oid != sid {
			a.factCount[oid]++
		}
	}
	for id, e := range a.entByID {
		a.actorScore[id] = 3*float64(a.independent(e.Docs)) + math.Log2(1+float64(max(e.Mentions, 0))) +
			2*math.Log2(1+float64(a.factCount[id]))
		a.actors = append(a.actors, *e)
	}
	slices.SortFunc(a.actors, func(x, y extract.Entity) int {
		return cmp.Or(cmp.Compare(a.actorScore[y.ID], a.actorScore[x.ID]), cmp.Compare(y.Mentions, x.Mentions),
			cmp.Compare(normName(x.Name), normName(y.Name)), cmp.Compare(x.ID, y.ID))
	})
	for i, e := range a.actors {
		a.actorRank[e.ID] = i
	}
	return a
}

// analysisOf returns the analysis of r: the one BuildReport kept when r
// still holds the same documents, entities, facts and confidence threshold
// (the same slices; a caller that edits them in place after BuildReport
// should build the report again), else a new one.
func analysisOf(r Report) *analysis {
	if a := r.analysed; a != nil && sameSlice(a.r.Documents, r.Documents) && sameSlice(a.r.Entities, r.Entities) &&
		sameSlice(a.r.Facts, r.Facts) && a.r.MinConfidence == r.MinConfidence {
		return a
	}
	return analyse(r)
}

// sameSlice reports whether x and y are the same slice of the same array.
func sameSlice[T any](x, y []T) bool {
	return len(x) == len(y) && cap(x) == cap(y) && (len(x) == 0 || &x[0] == &y[0])
}

// docOrder sorts documents in reading order: by publication date (undated
// last), then id.
func docOrder(x, y DocInfo) int {
	px, py := clean(x.Published), clean(y.Published)
	if (px == "") != (py == "") {
		if px == "" {
			return 1
		}
		return -1
	}
	return cmp.Or(cmp.Compare(px, py), cmp.Compare(clean(x.ID), clean(y.ID)))
}

// shown reports whether a graph fact is listed: at or above MinConfidence.
func (a *analysis) shown(f *extract.Fact) bool {
	return f.Gate == "" && (a.r.MinConfidence <= 0 || f.Confidence >= a.r.MinConfidence)
}

// canonical returns the id of the copy group of document id (id itself
// when it has no copies or is unknown).
func (a *analysis) canonical(id string) string {
	id = clean(id)
	if c, ok := a.canon[id]; ok {
		return c
	}
	return id
}

// independent counts the copy groups among document ids.
func (a *analysis) independent(ids []string) int {
	seen := map[string]bool{}
	for _, id := range ids {
		if id = clean(id); id != "" {
			seen[a.canonical(id)] = true
		}
	}
	return len(seen)
}

// entityOf returns the id of the entity named by id or, failing that, by
// name (when one entity has that name or alias).
func (a *analysis) entityOf(id, name string) string {
	if _, ok := a.entByID[id]; ok && id != "" {
		return id
	}
	return a.byName[normName(name)]
}

// eventScore is an event's salience: independent sources first, then how
// salient its participants are, then a day-precise date; speech is worth
// less than action.
func (a *analysis) eventScore(e *timeline.Event) float64 {
	var ids []string
	for _, s := range e.Sources {
		ids = append(ids, s.Doc)
	}
	n := a.independent(ids)
	if n == 0 {
		n = e.Corroboration
	}
	s := 3 * float64(n)
	bonus := func(name string, w float64) {
		id := a.entityOf("", name)
		if id == "" {
			return
		}
		if r := a.actorRank[id]; r < 10 {
			s += w
		} else {
			s += w / 2
		}
	}
	bonus(e.Subject, 2)
	bonus(e.Object, 1)
	switch e.Granularity {
	case "day", "part-of-day", "time":
		s += 0.5
	}
	if a.speech(e) {
		s -= 3
	}
	return s
}

// speech reports whether an event is someone saying something: the
// relation of one of its facts is a verb of saying, thinking or denying.
func (a *analysis) speech(e *timeline.Event) bool {
	for _, id := range e.Facts {
		if f, ok := a.factByID[id]; ok {
			lemma := strings.Fields(strings.ToLower(f.RelationLemma))
			for _, w := range lemma {
				if lexicon.Reporting(w) || lexicon.Speech(w) {
					return true
				}
			}
		}
	}
	rel := strings.Fields(strings.ToLower(clean(e.Relation)))
	if len(rel) > 0 {
		switch rel[len(rel)-1] {
		case "said", "says", "told", "tells", "wrote", "writes", "noted", "added", "stated", "argued", "warned":
			return true
		}
	}
	return false
}

// copyGroups finds syndicated copies and near-duplicates among docs (given
// in reading order) and returns, for each document id, the id of the first
// document of its group, and for each such first document the others.
// Two documents are copies when their content hashes are equal, when the
// sentences the facts were read from are the same set (of three or more),
// when at least 60 %
// of the smaller set of sentences is shared (with at least three), or when
// their titles are equal (four words or more) and they share a sentence or
// one has none.
func copyGroups(docs []DocInfo, facts []extract.Fact) (map[string]string, map[string][]string) {
	n := len(docs)
	idx := make(map[string]int, n)
	for i, d := range docs {
		if _, ok := idx[clean(d.ID)]; !ok {
			idx[clean(d.ID)] = i
		}
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) {
		ri, rj := find(i), find(j)
		if ri == rj {
			return
		}
		if ri > rj { // the earlier document leads the group
			ri, rj = rj, ri
		}
		parent[rj] = ri
	}

	// Sentences read in each document, as interned ids.
	sentID := map[string]int{}
	rawID := map[string]int{} // the sentence as read → its id (skips cleaning repeats)
	sents := make([]map[int]bool, n)
	for i := range sents {
		sents[i] = map[int]bool{}
	}
	for _, f := range facts {
		if f.Gate != "" {
			continue
		}
		for _, s := range f.Sources {
			i, ok := idx[clean(s.Doc)]
			if !ok {
				continue
			}
			id, ok := rawID[s.Sentence]
			if !ok {
				id = -1
				if k := strings.ToLower(clean(s.Sentence)); k != "" {
					if id, ok = sentID[k]; !ok {
						id = len(sentID)
						sentID[k] = id
					}
				}
				rawID[s.Sentence] = id
			}
			if id >= 0 {
				sents[i][id] = true
			}
		}
	}
	first := map[string]int{}
	for i, d := range docs {
		if h := strings.TrimSpace(d.Hash); h != "" {
			if j, ok := first["h"+h]; ok {
				union(j, i)
			} else {
				first["h"+h] = i
			}
		}
		if len(sents[i]) >= 3 {
			sig := sentSignature(sents[i])
			if j, ok := first["s"+sig]; ok {
				union(j, i)
			} else {
				first["s"+sig] = i
			}
		}
	}
	// Near-duplicates among the groups found so far: count shared
	// sentences through an inverted index, leaving out sentences that
	// nearly every group shares (boilerplate).
	var reps []int
	for i := range docs {
		if find(i) == i {
			reps = append(reps, i)
		}
	}
	inv := map[int][]int{}
	for _, i := range reps {
		for s := range sents[i] {
			inv[s] = append(inv[s], i)
		}
	}
	shared := map[[2]int]int{}
	const limit = 50
	for _, ds := range inv {
		if len(ds) < 2 || len(ds) > limit {
			continue
		}
		for x := range ds {
			for y := x + 1; y < len(ds); y++ {
				i, j := min(ds[x], ds[y]), max(ds[x], ds[y])
				shared[[2]int{i, j}]++
			}
		}
	}
	pairs := make([][2]int, 0, len(shared))
	for p := range shared {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(p, q [2]int) int { return cmp.Or(cmp.Compare(p[0], q[0]), cmp.Compare(p[1], q[1])) })
	for _, p := range pairs {
		small := min(len(sents[p[0]]), len(sents[p[1]]))
		if small >= 3 && float64(shared[p]) >= 0.6*float64(small) {
			union(p[0], p[1])
		}
	}
	byTitle := map[string]int{}
	for _, i := range reps {
		t := normName(docs[i].Title)
		if len(strings.Fields(t)) < 4 {
			continue
		}
		j, ok := byTitle[t]
		if !ok {
			byTitle[t] = i
			continue
		}
		if len(sents[i]) == 0 || len(sents[j]) == 0 || shared[[2]int{min(i, j), max(i, j)}] > 0 {
			union(j, i)
		}
	}

	canon := make(map[string]string, n)
	copies := map[string][]string{}
	for i, d := range docs {
		id := clean(d.ID)
		if _, ok := canon[id]; ok {
			continue
		}
		lead := clean(docs[find(i)].ID)
		canon[id] = lead
		if lead != id {
			copies[lead] = append(copies[lead], id)
		}
	}
	return canon, copies
}

// sentSignature is a key for a set of sentence ids.
func sentSignature(set map[int]bool) string {
	ids := make([]int, 0, len(set))
	for s := range set {
		ids = append(ids, s)
	}
	slices.Sort(ids)
	var b strings.Builder
	for _, s := range ids {
		b.WriteString(strconv.Itoa(s))
		b.WriteByte(',')
	}
	return b.String()
}

// dateSpan is the span of the documents' publication dates for people:
// "6 Jan 2026", "6–7 Jan 2026", "4 Mar – 2 Apr 2025", "Sep 1978 – Mar
// 1979"; "" when none is dated.
func (a *analysis) dateSpan() string {
	var dates []string
	for _, d := range a.r.Documents {
		if p := clean(d.Published); len(p) >= 10 && p[4] == '-' && p[7] == '-' {
			dates = append(dates, p[:10])
		}
	}
	if len(dates) == 0 {
		return ""
	}
	lo, hi := slices.Min(dates), slices.Max(dates)
	switch {
	case lo == hi:
		return formatDate(lo)
	case lo[:7] == hi[:7]:
		d1, _ := strconv.Atoi(lo[8:])
		return strconv.Itoa(d1) + "–" + formatDate(hi)
	case lo[:4] == hi[:4]:
		return strings.TrimSuffix(formatDate(lo), " "+lo[:4]) + " – " + formatDate(hi)
	}
	return formatDate(lo[:7]) + " – " + formatDate(hi[:7])
}

// stopWords are left out when titles are compared.
var stopWords = map[string]bool{"the": true, "and": true, "for": true, "with": true, "from": true, "that": true,
	"this": true, "after": true, "over": true, "into": true, "are": true, "was": true, "were": true, "has": true,
	"have": true, "its": true, "their": true, "new": true, "says": true, "said": true, "will": true, "not": true,
	"but": true, "how": true, "what": true, "why": true, "who": true, "amid": true, "than": true, "out": true}

func titleWords(t string) map[string]bool {
	w := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(f)) >= 3 && !stopWords[f] {
			w[f] = true
		}
	}
	return w
}

// centralHeadline returns the title of the document (copies counted once)
// that shares two or more words with the most other titles, when it does
// with at least half of them; the only title when there is one; else "".
func (a *analysis) centralHeadline() string {
	type cand struct {
		title string
		words map[string]bool
	}
	var cs []cand
	docs := slices.Clone(a.r.Documents)
	slices.SortStableFunc(docs, docOrder)
	for _, d := range docs {
		if a.canonical(d.ID) != clean(d.ID) {
			continue
		}
		if t := clean(d.Title); t != "" {
			cs = append(cs, cand{t, titleWords(t)})
		}
	}
	switch len(cs) {
	case 0:
		return ""
	case 1:
		return shorten(cs[0].title, 120)
	}
	// Exact counts for every title are quadratic; on a large corpus only
	// the titles whose words are the most shared are counted.
	cands := make([]int, len(cs))
	for i := range cands {
		cands[i] = i
	}
	if len(cs) > 200 {
		df := map[string]int{}
		for _, c := range cs {
			for w := range c.words {
				df[w]++
			}
		}
		score := make([]int, len(cs))
		for i, c := range cs {
			for w := range c.words {
				score[i] += df[w] - 1
			}
		}
		slices.SortStableFunc(cands, func(x, y int) int { return cmp.Compare(score[y], score[x]) })
		cands = cands[:20]
		slices.Sort(cands)
	}
	best, bestN := -1, 0
	for _, i := range cands {
		c := cs[i]
		n := 0
		for j, o := range cs {
			if i == j {
				continue
			}
			k := 0
			for w := range c.words {
				if o.words[w] {
					k++
				}
			}
			if k >= 2 {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	if best < 0 || 2*bestN < len(cs)-1 {
		return ""
	}
	return shorten(cs[best].title, 120)
}

// andList joins names as "A", "A and B", "A, B and C".
func andList(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
