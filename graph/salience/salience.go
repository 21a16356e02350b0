package salience

import (
	"cmp"
	"maps"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph/analyze"
)

// ConceptType is the [Node.Type] of a concept.
const ConceptType = "CONCEPT"

// ConceptPrefix starts the id of every concept node ("c:guarantee").
const ConceptPrefix = "c:"

// Options tune [Compute]; the zero value is the default.
type Options struct {
	// MinSentences is the number of distinct sentences a concept must occur
	// in to become a node (or facts about this many distinct entities);
	// 0 means 2.
	MinSentences int
}

// Node is one entity or concept with its salience.
type Node struct {
	ID    string // entity id, or ConceptPrefix + head lemma
	Label string // entity name, or the concept's most shared wording
	Type  string // entity type, or ConceptType
	// Entity is the entity (nil for a concept).
	Entity *extract.Entity
	// Mentions is the entity's mention count; for a concept the number of
	// distinct sentences whose facts name it.
	Mentions int
	// Docs is the number of distinct documents the node occurs in.
	Docs int
	// Facts lists the indices (into the facts given to Compute) of the
	// graph facts that name the node as subject or object.
	Facts []int
	// PageRank is the node's PageRank over the fact graph.
	PageRank float64
	// Score is the salience in [0, 1].
	Score float64
}

// Args are the nodes a fact's arguments name: none, one, or several for a
// joint argument ("the UK and France").
type Args struct {
	Subjects, Objects []string
}

// Result is what [Compute] finds. Its slices are aligned with the facts
// given to Compute.
type Result struct {
	// Nodes holds the entities and the concepts that became nodes, most
	// salient first (ties by id).
	Nodes []Node
	// Args holds, per fact, the node ids of its arguments. A fact kept out
	// of the graph (non-empty Gate) names none.
	Args []Args
	// FactScores holds, per fact, its salience in [0, 1]; 0 for a fact
	// kept out of the graph.
	FactScores []float64

	index map[string]int
}

// Node returns the node with the given id.
func (r *Result) Node(id string) (*Node, bool) {
	i, ok := r.index[id]
	if !ok {
		return nil, false
	}
	return &r.Nodes[i], true
}

// Score returns the salience of the node with the given id, 0 when there
// is none.
func (r *Result) Score(id string) float64 {
	if n, ok := r.Node(id); ok {
		return n.Score
	}
	return 0
}

// Concepts returns the concept nodes, most salient first.
func (r *Result) Concepts() []Node {
	var out []Node
	for _, n := range r.Nodes {
		if n.Type == ConceptType {
			out = append(out, n)
		}
	}
	return out
}

// IsConcept reports whether id is a concept id.
func IsConcept(id string) bool { return strings.HasPrefix(id, ConceptPrefix) }

// conceptUse is one occurrence of a concept phrase in a fact.
type conceptUse struct {
	fact    int
	subject bool
	p       phrase
}

// Compute scores entities, concepts and facts. Facts with a non-empty Gate
// are ignored. Cost: O(F·w) to read the F facts' arguments (w words each)
// plus PageRank, O(V+E) per iteration.
func Compute(entities []extract.Entity, facts []extract.Fact, opts Options) *Result {
	minSent := opts.MinSentences
	if minSent <= 0 {
		minSent = 2
	}
	ix := newIndex(entities)
	r := &Result{Args: make([]Args, len(facts)), FactScores: make([]float64, len(facts)), index: map[string]int{}}

	// Resolve arguments to entities and read the rest as concept phrases,
	// on every CPU; then collect the concept uses in fact order.
	pend := make([]pending, len(facts))
	parallel(len(facts), func(_, lo, hi int) {
		c := newResolveCache()
		for i := lo; i < hi; i++ {
			ix.resolveFact(&facts[i], &r.Args[i], &pend[i], c)
		}
	})
	uses := map[string][]conceptUse{} // head lemma → uses
	for i := range pend {
		if p := pend[i].subject; p != nil {
			uses[p.head] = append(uses[p.head], conceptUse{i, true, *p})
		}
		if p := pend[i].object; p != nil {
			uses[p.head] = append(uses[p.head], conceptUse{i, false, *p})
		}
	}

	// Nodes: every entity, and the concepts shared widely enough.
	r.Nodes = make([]Node, 0, len(ix.ents)+len(uses))
	for i := range ix.ents {
		e := &ix.ents[i]
		r.Nodes = append(r.Nodes, Node{ID: e.ID, Label: e.Name, Type: e.Type, Entity: e, Mentions: e.Mentions, Docs: len(e.Docs)})
	}
	splitConcepts(uses)
	storyDocs := specificDocs(ix.documents())
	for _, h := range slices.Sorted(maps.Keys(uses)) {
		us := kinds(uses[h], facts, storyDocs)
		sents := map[string]bool{}
		docs := map[string]bool{}
		partners := map[string]bool{}
		for _, u := range us {
			for _, s := range facts[u.fact].Sources {
				sents[s.Doc+"#"+itoa(s.Offset)] = true
				docs[s.Doc] = true
			}
			other := r.Args[u.fact].Objects
			if !u.subject {
				other = r.Args[u.fact].Subjects
			}
			for _, o := range other {
				if !IsConcept(o) {
					partners[o] = true
				}
			}
		}
		id := ConceptPrefix + strings.ReplaceAll(h, " ", "_")
		if e := ix.exact(h); e >= 0 && strings.ToUpper(ix.ents[e].Type) != "PERSON" {
			// "the coalition" when an entity is also called "Coalition".
			id = ix.ents[e].ID
		} else if len(sents) < minSent && len(partners) < minSent {
			continue
		} else if len(docs) > storyDocs && len(partners) > storyDocs {
			// "reporters in Paris" that a hundred people speak to in a
			// hundred stories: a kind of thing, not one.
			continue
		}
		phrases := make([]phrase, len(us))
		for k, u := range us {
			phrases[k] = u.p
		}
		if IsConcept(id) {
			r.Nodes = append(r.Nodes, Node{ID: id, Label: conceptLabel(phrases), Type: ConceptType, Mentions: len(sents), Docs: len(docs)})
		}
		for _, u := range us {
			if u.subject {
				r.Args[u.fact].Subjects = append(r.Args[u.fact].Subjects, id)
			} else {
				r.Args[u.fact].Objects = append(r.Args[u.fact].Objects, id)
			}
		}
	}
	for i, n := range r.Nodes {
		r.index[n.ID] = i
	}
	// Each fact's linked pairs of nodes and weight, on every CPU.
	type link struct {
		a, b int
		w    float64
	}
	chunks := make([][]link, workers(len(facts)))
	parallel(len(facts), func(k, lo, hi int) {
		var ls []link
		for i := lo; i < hi; i++ {
			if len(r.Args[i].Subjects) == 0 || len(r.Args[i].Objects) == 0 {
				continue
			}
			w := factWeight(&facts[i])
			for _, s := range r.Args[i].Subjects {
				for _, o := range r.Args[i].Objects {
					if a, b := r.index[s], r.index[o]; a != b {
						ls = append(ls, link{a, b, w})
					}
				}
			}
		}
		chunks[k] = ls
	})
	for i := range facts {
		for _, id := range r.Args[i].Subjects {
			r.addFact(id, i)
		}
		for _, id := range r.Args[i].Objects {
			r.addFact(id, i)
		}
	}

	// PageRank over the fact graph, weighted by confidence and documents:
	// each pair's weight summed in fact order.
	type pair struct{ a, b int }
	weights := map[pair]float64{}
	for _, ls := range chunks {
		for _, l := range ls {
			weights[pair{l.a, l.b}] += l.w
		}
	}
	edges := make([]analyze.RankEdge, 0, len(weights))
	for p, w := range weights {
		edges = append(edges, analyze.RankEdge{From: p.a, To: p.b, W: w})
	}
	slices.SortFunc(edges, func(x, y analyze.RankEdge) int { return cmp.Or(cmp.Compare(x.From, y.From), cmp.Compare(x.To, y.To)) })
	pr := analyze.PageRankEdges(len(r.Nodes), edges)
	var maxPR, maxLogM float64
	maxDocs := 0
	for i := range r.Nodes {
		n := &r.Nodes[i]
		n.PageRank = pr[i]
		maxPR = max(maxPR, n.PageRank)
		maxLogM = max(maxLogM, math.Log1p(float64(n.Mentions)))
		maxDocs = max(maxDocs, n.Docs)
	}
	for i := range r.Nodes {
		n := &r.Nodes[i]
		var s float64
		if maxLogM > 0 {
			s += 0.35 * math.Log1p(float64(n.Mentions)) / maxLogM
		}
		if maxDocs > 0 {
			s += 0.25 * float64(n.Docs) / float64(maxDocs)
		}
		if maxPR > 0 {
			s += 0.4 * n.PageRank / maxPR
		}
		n.Score = quantise(s)
	}

	// Fact salience, on every CPU.
	parallel(len(facts), func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			r.FactScores[i] = r.factScore(&facts[i], r.Args[i])
		}
	})

	slices.SortStableFunc(r.Nodes, func(a, b Node) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID))
	})
	clear(r.index)
	for i, n := range r.Nodes {
		r.index[n.ID] = i
	}
	return r
}

// factScore is the salience of fact f whose arguments name the nodes a.
func (r *Result) factScore(f *extract.Fact, a Args) float64 {
	if f.Gate != "" {
		return 0
	}
	ends := 0.0
	for _, ids := range [][]string{a.Subjects, a.Objects} {
		best := 0.0
		for _, id := range ids {
			best = max(best, r.Nodes[r.index[id]].Score)
		}
		ends += best / 2
	}
	s := 0.3*clamp01(f.Confidence) + 0.2*float64(min(Documents(f), 3))/3 + 0.3*ends
	if f.Date != "" {
		s += 0.1
	}
	s += 0.1 * Informativeness(f)
	return quantise(s)
}

// pending holds a fact's arguments that name no entity but read as
// concept phrases.
type pending struct{ subject, object *phrase }

// resolveCache remembers, for one worker, what argument texts resolve to
// and how they read as phrases: news repeats its names and phrases, so
// most arguments were seen before.
type resolveCache struct {
	args    map[argKey][]string
	phrases map[string]cachedPhrase
}

type argKey struct {
	text, id string
	subject  bool
}

type cachedPhrase struct {
	p  phrase
	ok bool
}

func newResolveCache() *resolveCache {
	return &resolveCache{args: map[argKey][]string{}, phrases: map[string]cachedPhrase{}}
}

// resolveArg is ix.resolveArg, remembered. The slice returned is clipped,
// so that appending to it never writes into another fact's.
func (c *resolveCache) resolveArg(ix *index, text, id string, subject bool) []string {
	k := argKey{text, id, subject}
	ids, ok := c.args[k]
	if !ok {
		ids = slices.Clip(ix.resolveArg(text, id, subject))
		c.args[k] = ids
	}
	return ids
}

// parsePhrase is parsePhrase, remembered.
func (c *resolveCache) parsePhrase(text string) (phrase, bool) {
	r, ok := c.phrases[text]
	if !ok {
		r.p, r.ok = parsePhrase(text)
		c.phrases[text] = r
	}
	return r.p, r.ok
}

// resolveFact sets a's node ids for fact f and p's concept phrases.
func (ix *index) resolveFact(f *extract.Fact, a *Args, p *pending, c *resolveCache) {
	if f.Gate != "" {
		return
	}
	clause := ClauseObject(f)
	a.Subjects = c.resolveArg(ix, f.Subject, f.SubjectID, true)
	if !clause {
		a.Objects = c.resolveArg(ix, f.Object, f.ObjectID, false)
	}
	if len(a.Subjects) == 0 && f.SubjectID == "" {
		if ph, ok := c.parsePhrase(f.Subject); ok {
			ix.party(&ph)
			if e := ix.work(ph, factDocs(f)); e >= 0 {
				a.Subjects = []string{ix.ents[e].ID}
			} else {
				p.subject = &ph
			}
		}
	}
	if !clause && len(a.Objects) == 0 && f.ObjectID == "" {
		if ph, ok := c.parsePhrase(f.Object); ok {
			ix.party(&ph)
			if e := ix.work(ph, factDocs(f)); e >= 0 {
				a.Objects = []string{ix.ents[e].ID}
			} else {
				p.object = &ph
			}
		}
	}
}

// party sets p's "with" party to the entity it names, if any ("Moscow" →
// Russia), so that every name of one party keys one concept.
func (ix *index) party(p *phrase) {
	if len(p.with) == 0 {
		return
	}
	if i := ix.exact(strings.Join(p.with, " ")); i >= 0 {
		p.with, p.withText = strings.Fields(norm(ix.ents[i].Name)), ix.ents[i].Name
	}
}

// parallel calls fn(k, lo, hi) on workers(n) consecutive ranges [lo, hi)
// that cover 0..n, k = 0, 1, …, each on its own goroutine, and waits for
// them.
func parallel(n int, fn func(k, lo, hi int)) {
	w := workers(n)
	var wg sync.WaitGroup
	for k := range w {
		wg.Go(func() { fn(k, k*n/w, (k+1)*n/w) })
	}
	wg.Wait()
}

// workers is the number of goroutines that share n items: up to
// GOMAXPROCS, one for small n.
func workers(n int) int { return max(1, min(runtime.GOMAXPROCS(0), 8, n/512)) }

// Documents is f.Documents(), the number of distinct documents among f's
// sources, in linear time for facts with many sources.
func Documents(f *extract.Fact) int {
	if len(f.Sources) <= 16 {
		return f.Documents()
	}
	seen := make(map[string]struct{}, len(f.Sources))
	for _, s := range f.Sources {
		seen[s.Doc] = struct{}{}
	}
	return len(seen)
}

// splitConcepts splits the uses of a head whose phrases carry different
// modifiers ("a five-point plan", "detailed plans"): the uses with the most
// frequent last modifier, and the definite ones without one ("the plan"
// may refer back to it), keep the head; the others become concepts of
// their own, keyed "modifier head" (or "head of complement": an "of"
// complement counts as a modifier, see useMark). When two of the
// modifiers are ordinals, only the uses without a modifier keep the head.
// An indefinite use without a modifier ("an agreement", "a major new
// pledge"; see oneOfMany) may be any such thing: it never joins a
// modified one. (A bare plural or mass noun, "troops", "security", names
// the kind, which its modified uses are part of.) Beside
// modified uses, the bare indefinite ones keep the head, and the most
// frequent modifier's are keyed "modifier head" like the others.
func splitConcepts(uses map[string][]conceptUse) {
	for _, h := range slices.Sorted(maps.Keys(uses)) {
		us := uses[h]
		counts := map[string]int{}
		indefinite := false
		for _, u := range us {
			if m := useMark(u.p); m != "" {
				counts[m]++
			} else if u.p.oneOfMany() {
				indefinite = true
			}
		}
		if len(counts) < 2 && (len(counts) == 0 || !indefinite) {
			continue
		}
		main := ""
		for m, c := range counts {
			if c > counts[main] || (c == counts[main] && m < main) {
				main = m
			}
		}
		// Two ordinals ("the first framework", "the second framework")
		// name two things, and a bare "the framework" either: none keeps
		// the head but the bare uses.
		rivals := 0
		for m := range counts {
			if ordinals[m] {
				rivals++
			}
		}
		if rivals >= 2 {
			main = ""
		}
		key := func(m string) string {
			if strings.HasPrefix(m, "of ") || strings.HasPrefix(m, "with ") {
				return h + " " + m
			}
			return m + " " + h
		}
		var keep []conceptUse
		for _, u := range us {
			m := useMark(u.p)
			switch {
			case main == "" && m == "":
				keep = append(keep, u)
			case m == "" && u.p.oneOfMany():
				keep = append(keep, u)
			case m == "" || m == main:
				if indefinite {
					uses[key(main)] = append(uses[key(main)], u)
				} else {
					keep = append(keep, u)
				}
			default:
				uses[key(m)] = append(uses[key(m)], u)
			}
		}
		uses[h] = keep
	}
}

// kinds leaves out of the uses us of one concept those that never say
// which thing they are (no modifier, "of" complement, owner, name or
// place: "the decision", "talks") when us spread over more than storyDocs
// documents. Such a phrase names one thing only inside a story: over more
// documents than a story has, it names a kind, and a node for it would
// join every story that mentions one.
func kinds(us []conceptUse, facts []extract.Fact, storyDocs int) []conceptUse {
	docs := map[string]bool{}
	for _, u := range us {
		for _, s := range facts[u.fact].Sources {
			docs[s.Doc] = true
		}
		if len(docs) > storyDocs {
			break
		}
	}
	if len(docs) <= storyDocs {
		return us
	}
	var out []conceptUse
	for _, u := range us {
		if useMark(u.p) != "" || len(u.p.names) > 0 || len(u.p.place) > 0 {
			out = append(out, u)
		}
	}
	return out
}

// specificDocs is the largest number of documents, of n, a story is
// reported in: √n, at least 20 (a corpus of a few stories, 36 articles
// on three events, may give one of them 14).
func specificDocs(n int) int { return max(20, int(math.Sqrt(float64(n)))) }

// oneOfMany reports whether p introduces one thing of its kind without
// telling which: "an agreement", "a major new pledge", "any deal", with
// no modifier left once the vague ones are.
func (p phrase) oneOfMany() bool {
	return !p.definite && (p.article || p.another)
}

// useMark is what tells one use of a head from another: its last modifier
// ("joint declaration" → joint), else its "of" complement ("declaration of
// intent" → "of intent"), else the name that owns it ("Harbour Bank's
// revenue" → "of harbour bank": another bank's revenue is another thing),
// else "". A joint declaration and a declaration
// of intent are two documents; "the declaration" may be either.
func useMark(p phrase) string {
	if n := len(p.pre); n > 0 {
		return p.pre[n-1]
	}
	if len(p.comp) > 0 {
		return "of " + strings.Join(p.comp, " ")
	}
	if len(p.owner) > 0 {
		return "of " + strings.Join(p.owner, " ")
	}
	if len(p.with) > 0 {
		return "with " + strings.Join(p.with, " ")
	}
	return ""
}

// factDocs returns the documents f comes from.
func factDocs(f *extract.Fact) []string {
	docs := make([]string, 0, len(f.Sources))
	for _, s := range f.Sources {
		docs = append(docs, s.Doc)
	}
	return docs
}

func (r *Result) addFact(id string, i int) {
	n := &r.Nodes[r.index[id]]
	if len(n.Facts) == 0 || n.Facts[len(n.Facts)-1] != i {
		n.Facts = append(n.Facts, i)
	}
}

// factWeight is a fact's weight in PageRank: its confidence (at least 0.1)
// times its number of documents.
func factWeight(f *extract.Fact) float64 {
	return max(0.1, clamp01(f.Confidence)) * float64(max(1, Documents(f)))
}

// Informativeness returns how much a fact's relation says, in [0, 1]: 0.2
// for a bare "be" or "have" (with at most a preposition: "is in", "has
// for"), 1 otherwise.
func Informativeness(f *extract.Fact) float64 {
	if WeakRelation(f) {
		return 0.2
	}
	return 1
}

// WeakRelation reports whether f's relation is a bare "be" or "have",
// possibly with a preposition ("is in", "was at", "has for").
func WeakRelation(f *extract.Fact) bool {
	words := relationWords(f)
	if len(words) == 0 {
		return true
	}
	if words[0] != "be" && words[0] != "have" {
		return false
	}
	for _, w := range words[1:] {
		if !weakParticle[w] {
			return false
		}
	}
	return true
}

var weakParticle = set("in", "at", "on", "of", "for", "from", "with", "to", "by", "not", "also", "still", "now")

// relationWords returns the relation lemma's words, lower-cased.
func relationWords(f *extract.Fact) []string {
	rel := f.RelationLemma
	if strings.TrimSpace(rel) == "" {
		rel = f.Relation
	}
	return strings.Fields(strings.ToLower(rel))
}

func clamp01(x float64) float64 {
	if math.IsNaN(x) {
		return 0
	}
	return min(1, max(0, x))
}

// quantise rounds so that float noise never reorders anything.
func quantise(x float64) float64 { return math.Round(x*1e6) / 1e6 }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
