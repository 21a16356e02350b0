package render

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"html"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"gonum.org/v1/gonum/graph/simple"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/graph/analyze"
	"github.com/storygraph/storygraph/graph/salience"
)

// DefaultMaxNodes is the number of nodes a map shows when
// [MapOptions.MaxNodes] is zero: the most salient ones, a size a reader
// takes in at a glance.
const DefaultMaxNodes = 32

// DefaultFocusNeighbours is the number of neighbours kept around each
// node a focused map expands (see [MapOptions.Focus]).
const DefaultFocusNeighbours = 10

// autoDotLimit is the largest map laid out with "dot" when no layout is
// asked for; larger maps use "sfdp".
const autoDotLimit = 80

// edgeLabelLimit is the largest number of edges drawn with labels; beyond it
// the relations are only in the tooltips.
const edgeLabelLimit = 200

// ErrUnknownFocus is returned, wrapped with the name asked for, when
// [MapOptions.Focus] matches no entity.
var ErrUnknownFocus = errors.New("render: no entity matches focus")

// MapOptions controls [MapDOT] and [Map]. The zero value draws the
// [DefaultMaxNodes] most salient entities and concepts with the layout
// chosen by size.
type MapOptions struct {
	// Focus restricts the map to the neighbourhood of the entities whose
	// name, alias or id equals Focus (case-insensitive, white space
	// collapsed), or of the concept so labelled: Depth hops, keeping at each
	// hop the Neighbours most salient neighbours. Facts of the focused entity
	// whose other argument is no node are drawn as small plain-text nodes.
	Focus string
	// Depth is the number of hops kept around Focus; 0 means 1.
	Depth int
	// Neighbours is the number of neighbours kept per node around Focus; 0
	// means DefaultFocusNeighbours.
	Neighbours int
	// MaxNodes caps the number of entity and concept nodes; 0 means
	// DefaultMaxNodes and a negative value means no cap. Focused entities
	// are always kept.
	MaxNodes int
	// Title is drawn above the map when not empty.
	Title string
	// Layout is the Graphviz layout engine written into the DOT document:
	// "dot" (ranked, left to right), "neato", "fdp", "sfdp" or "circo".
	// Empty chooses by size: "dot" up to 80 nodes, "sfdp" beyond.
	Layout string
	// Docs, when given, name the source documents in tooltips by
	// [DocName] instead of their ids.
	Docs []DocInfo
}

// style is how one entity type is drawn.
type style struct {
	Shape, Fill, Border, Extra string
}

// typeStyles maps entity types to their drawing; unknown types use
// defaultStyle. A slice, not a map, so that the legend order is fixed.
var typeStyles = []struct {
	typ string
	style
}{
	{"PERSON", style{"ellipse", "#fde0c5", "#b5651d", ""}},
	{"ORG", style{"box", "#d4e3f7", "#2f5d9b", "rounded"}},
	{"NORP", style{"ellipse", "#e8dcf5", "#6a4a9c", ""}},
	{"GPE", style{"hexagon", "#cfeac8", "#3d7a35", ""}},
	{"LOC", style{"hexagon", "#e6f3c4", "#6b8a1f", ""}},
	{"FAC", style{"house", "#f3e7cf", "#8a6d2f", ""}},
	{"EVENT", style{"octagon", "#fbd9e1", "#a8385a", ""}},
	{"DOC", style{"note", "#eeeeee", "#666666", ""}},
	{"LAW", style{"component", "#f0f0d8", "#7a7a30", ""}},
	{"PRODUCT", style{"box3d", "#f0f0d8", "#7a7a30", ""}},
	{"WORK_OF_ART", style{"box3d", "#f0f0d8", "#7a7a30", ""}},
}

var defaultStyle = style{"box", "#f2f2f2", "#777777", ""}

func styleOf(typ string) style {
	typ = strings.ToUpper(typ)
	for _, s := range typeStyles {
		if s.typ == typ {
			return s.style
		}
	}
	return defaultStyle
}

// conceptStyle is how a concept (a thing several facts share, not an
// entity) is drawn.
var conceptStyle = style{"box", "#ffffff", "#8a8a8a", "rounded,dashed"}

// communityColours fill the nodes of the first communities; later ones and
// lone nodes are white.
var communityColours = []string{"#fde0c5", "#d4e3f7", "#cfeac8", "#e8dcf5", "#fbd9e1", "#f3e7cf", "#d9f2f2", "#f0f0d8"}

const loneColour = "#ffffff"

// mapNode is one node of the map: an entity, a concept, or a plain value
// (the non-node argument of a focused entity's fact).
type mapNode struct {
	id        string // graph id (entity id, concept id or "v:…")
	label     string
	typ       string          // entity type, salience.ConceptType or "" for values
	ent       *extract.Entity // nil for concepts and values
	score     float64         // salience in [0, 1]
	focus     bool
	community int // index into mapModel.communities; -1 when alone
	tooltip   string
}

// mapEdge is one drawn edge: the facts from one node to another, folded.
type mapEdge struct {
	from, to int // indices into mapModel.nodes
	facts    []*extract.Fact
	scores   []float64 // salience of each fact
	score    float64
}

// mapModel is what MapDOT draws.
type mapModel struct {
	nodes       []mapNode
	edges       []mapEdge
	communities []string // community names
	omitted     int      // graph facts not drawn
	layout      string
	docNames    map[string]string // document id → name, for tooltips
}

// normName lower-cases and collapses white space.
func normName(s string) string { return strings.ToLower(clean(s)) }

func maxNodes(opts MapOptions) int {
	switch {
	case opts.MaxNodes == 0:
		return DefaultMaxNodes
	case opts.MaxNodes < 0:
		return math.MaxInt
	}
	return opts.MaxNodes
}

// pairKey names a directed pair of salience nodes.
type pairKey struct{ from, to string }

// candidate is every fact between one ordered pair of nodes.
type candidate struct {
	pairKey
	facts  []int
	score  float64
	strong bool   // some fact has more than a bare "be"/"have"
	rel    string // the relation of its most salient fact
}

// minMapConfidence keeps the least confident graph facts off the map (a
// confidence of 0 is taken as unknown).
const minMapConfidence = 0.25

// candidates folds the facts linking two nodes into one candidate edge per
// ordered pair, best first. Facts read off a fronted participial phrase
// ("Speaking at …"), whose subject is a member of a list inside a
// modifier ("an agreement between A, B and C were hailed") or whose subject
// and verb are a quoted noun phrase (`"security guarantees" for X`) or
// with an argument cut after a possessive ("talks with the mayor’s") are
// misreads more often than not and are left out, as are the least confident. A bare "be"/"have" fact is kept only when
// nothing better links the pair (in either direction).
func candidates(sal *salience.Result, facts []extract.Fact) []candidate {
	// What each fact is, on every CPU: the tests read its text.
	const (
		skip = 1 << iota
		weak
	)
	kind := make([]uint8, len(facts))
	parallel(len(facts), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			f := &facts[i]
			switch {
			case f.Gate != "" || (f.Confidence > 0 && f.Confidence < minMapConfidence) ||
				salience.FrontedAdjunct(f) || salience.SubjectInModifier(f) || salience.QuotedCompound(f) ||
				salience.TruncatedPossessive(f):
				kind[i] = skip
			case salience.WeakRelation(f):
				kind[i] = weak
			}
		}
	})
	byPair := map[pairKey]*candidate{}
	var order []pairKey
	for i := range facts {
		if kind[i]&skip != 0 {
			continue
		}
		a := sal.Args[i]
		for _, s := range a.Subjects {
			for _, o := range a.Objects {
				if s == o {
					continue
				}
				k := pairKey{s, o}
				c := byPair[k]
				if c == nil {
					c = &candidate{pairKey: k}
					byPair[k] = c
					order = append(order, k)
				}
				if n := len(c.facts); n == 0 || c.facts[n-1] != i { // facts come in order
					c.facts = append(c.facts, i)
				}
				if kind[i]&weak == 0 {
					c.strong = true
				}
			}
		}
	}
	out := make([]candidate, 0, len(order))
	for _, k := range order {
		c := byPair[k]
		back := byPair[pairKey{k.to, k.from}]
		if c.strong {
			c.facts = slices.DeleteFunc(c.facts, func(i int) bool { return kind[i]&weak != 0 })
		} else if back != nil && back.strong {
			continue
		}
		best := -1
		for _, i := range c.facts {
			if best < 0 || sal.FactScores[i] > sal.FactScores[best] {
				best = i
			}
			c.score = max(c.score, sal.FactScores[i])
		}
		c.rel = relationKey(&facts[best])
		c.score += 0.03 * float64(min(distinctSentences(facts, c.facts, 4)-1, 3))
		c.score = math.Round(c.score*1e6) / 1e6
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to))
	})
	return out
}

// distinctSentences returns the number of distinct source sentences
// (document and offset) of the facts idx, counting up to limit.
func distinctSentences(facts []extract.Fact, idx []int, limit int) int {
	type sent struct {
		doc string
		off int
	}
	seen := make([]sent, 0, limit)
	for _, i := range idx {
		for _, s := range facts[i].Sources {
			k := sent{s.Doc, s.Offset}
			if !slices.Contains(seen, k) {
				if seen = append(seen, k); len(seen) == limit {
					return limit
				}
			}
		}
	}
	return len(seen)
}

// parallel calls fn on consecutive ranges [lo, hi) that cover 0..n, on up
// to GOMAXPROCS goroutines (one for small n), and waits for them.
func parallel(n int, fn func(lo, hi int)) {
	w := max(1, min(runtime.GOMAXPROCS(0), 8, n/512))
	var wg sync.WaitGroup
	for k := range w {
		wg.Go(func() { fn(k*n/w, (k+1)*n/w) })
	}
	wg.Wait()
}

// lookupNodes returns the ids of the salience nodes whose id, name, alias
// or label equals q.
func lookupNodes(sal *salience.Result, q string) []string {
	k := normName(q)
	var out []string
	for _, n := range sal.Nodes {
		hit := strings.ToLower(n.ID) == k || normName(n.Label) == k
		if !hit && n.Entity != nil {
			hit = normName(n.Entity.Name) == k || slices.ContainsFunc(n.Entity.Aliases, func(a string) bool { return normName(a) == k })
		}
		if hit {
			out = append(out, n.ID)
		}
	}
	slices.Sort(out)
	return out
}

// buildMap selects and ranks what the map shows.
func buildMap(entities []extract.Entity, facts []extract.Fact, opts MapOptions) (*mapModel, error) {
	// The documents' names for the tooltips need no salience: they are
	// worked out meanwhile.
	var docNames map[string]string
	namesDone := make(chan struct{})
	go func() {
		defer close(namesDone)
		docNames = mapDocNames(opts.Docs, facts)
	}()
	defer func() { <-namesDone }()
	sal := salience.Compute(entities, facts, salience.Options{})
	cands := candidates(sal, facts)
	limit := maxNodes(opts)

	chosen := map[string]bool{}
	focus := map[string]bool{}
	var keep []candidate
	if strings.TrimSpace(opts.Focus) != "" {
		hits := lookupNodes(sal, opts.Focus)
		if len(hits) == 0 {
			return nil, fmt.Errorf("%w %q", ErrUnknownFocus, clean(opts.Focus))
		}
		for _, h := range hits {
			focus[h] = true
			chosen[h] = true
		}
		keep = focusSelect(sal, cands, hits, opts, limit, chosen)
	} else {
		keep = topSelect(cands, limit, chosen)
	}

	<-namesDone
	m := &mapModel{docNames: docNames}
	nodeIndex := map[string]int{}
	var ids []string
	for id := range chosen {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		if focus[a] != focus[b] {
			if focus[a] {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(sal.Score(b), sal.Score(a)), cmp.Compare(a, b))
	})
	for _, id := range ids {
		n, _ := sal.Node(id)
		nd := mapNode{id: id, label: n.Label, typ: n.Type, ent: n.Entity, score: n.Score, focus: focus[id], community: -1}
		if n.Entity != nil {
			nd.tooltip = entityTooltip(n.Entity)
		} else {
			nd.tooltip = conceptTooltip(n, facts, m.docNames)
		}
		nodeIndex[id] = len(m.nodes)
		m.nodes = append(m.nodes, nd)
	}
	drawn := map[int]bool{}
	for _, c := range keep {
		e := mapEdge{from: nodeIndex[c.from], to: nodeIndex[c.to], score: c.score}
		for _, i := range c.facts {
			e.facts = append(e.facts, &facts[i])
			e.scores = append(e.scores, sal.FactScores[i])
			drawn[i] = true
		}
		m.edges = append(m.edges, e)
	}

	// Around a focused entity, facts whose other argument is no node are
	// drawn as plain values.
	if len(focus) > 0 {
		addValues(m, sal, facts, focus, nodeIndex, drawn, max(12, min(limit, 60)/3))
	}
	for i := range facts {
		if facts[i].Gate == "" && !drawn[i] {
			m.omitted++
		}
	}
	for i := range m.edges {
		e := &m.edges[i]
		idx, docs := make([]int, len(e.facts)), make([]int, len(e.facts))
		for k := range idx {
			idx[k], docs[k] = k, salience.Documents(e.facts[k])
		}
		slices.SortStableFunc(idx, func(a, b int) int {
			return cmp.Or(cmp.Compare(e.scores[b], e.scores[a]), cmp.Compare(docs[b], docs[a]),
				cmp.Compare(e.facts[a].ID, e.facts[b].ID))
		})
		fs, ss := make([]*extract.Fact, len(idx)), make([]float64, len(idx))
		for k, j := range idx {
			fs[k], ss[k] = e.facts[j], e.scores[j]
		}
		e.facts, e.scores = fs, ss
	}
	slices.SortFunc(m.edges, func(a, b mapEdge) int {
		return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to))
	})
	communities(m)
	m.layout = strings.ToLower(strings.TrimSpace(opts.Layout))
	if m.layout == "" {
		m.layout = "dot"
		if len(m.nodes) > autoDotLimit {
			m.layout = "sfdp"
		}
	}
	return m, nil
}

// topSelect picks the best candidate edges while their ends fit in limit
// nodes, then every other candidate between chosen nodes, up to
// maxMapEdges(limit) edges and hubDegree(limit) edges at any one node: a
// few hubs that every other node links to ("talks" that each of twenty
// ministers travels for, the capital each of them visits) would draw a
// tangle of crossing edges and leave no room for the rest of the story.
// For the same reason no relation is drawn on more than hubDegree(limit)
// edges: thirty "has led" edges say one thing thirty times.
func topSelect(cands []candidate, limit int, chosen map[string]bool) []candidate {
	var keep []candidate
	maxEdges, hub := maxMapEdges(limit), hubDegree(limit)
	deg := map[string]int{}
	cross := crossEdges(limit)
	rels := map[string]int{}
	for _, c := range cands {
		if len(keep) == maxEdges {
			break
		}
		need := 0
		if !chosen[c.from] {
			need++
		}
		if !chosen[c.to] {
			need++
		}
		if len(chosen)+need > limit || deg[c.from] >= hub || deg[c.to] >= hub || (need == 0 && cross == 0) ||
			rels[c.rel] >= hub {
			continue
		}
		if need == 0 {
			cross--
		}
		rels[c.rel]++
		chosen[c.from], chosen[c.to] = true, true
		deg[c.from]++
		deg[c.to]++
		keep = append(keep, c)
	}
	return keep
}

// relationKey is what tells one relation from another on the map: its
// lemma (or lower-cased text), negation and modality.
func relationKey(f *extract.Fact) string {
	rel := f.RelationLemma
	if rel == "" {
		rel = strings.ToLower(clean(f.Relation))
	}
	if f.Negated {
		rel = "not " + rel
	}
	return f.Modality + " " + rel
}

// maxMapEdges is the number of edges a map of limit nodes draws at most.
func maxMapEdges(limit int) int {
	if limit > math.MaxInt/2 {
		return math.MaxInt
	}
	return 2 * limit
}

// crossEdges is the number of edges a map of limit nodes draws at most
// between nodes already drawn for other edges.
func crossEdges(limit int) int {
	if limit > math.MaxInt/2 {
		return math.MaxInt
	}
	return limit / 2
}

// hubDegree is the number of edges a map of limit nodes draws at most at
// one node.
func hubDegree(limit int) int {
	if limit > math.MaxInt/2 {
		return math.MaxInt
	}
	return max(8, limit/4)
}

// focusSelect walks out from the focused nodes, keeping at each node its
// most salient neighbours, up to Depth hops and limit nodes, and returns
// the candidates between the nodes kept.
func focusSelect(sal *salience.Result, cands []candidate, hits []string, opts MapOptions, limit int, chosen map[string]bool) []candidate {
	depth := max(1, opts.Depth)
	k := opts.Neighbours
	if k <= 0 {
		k = DefaultFocusNeighbours
	}
	adj := map[string][]candidate{}
	for _, c := range cands {
		adj[c.from] = append(adj[c.from], c)
		adj[c.to] = append(adj[c.to], c)
	}
	frontier := slices.Clone(hits)
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, u := range frontier {
			type nb struct {
				id    string
				score float64
			}
			var nbs []nb
			seen := map[string]bool{}
			for _, c := range adj[u] {
				v := c.to
				if v == u {
					v = c.from
				}
				if seen[v] {
					continue
				}
				seen[v] = true
				nbs = append(nbs, nb{v, sal.Score(v) + c.score})
			}
			slices.SortFunc(nbs, func(a, b nb) int { return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.id, b.id)) })
			taken := 0
			for _, n := range nbs {
				if taken == k {
					break
				}
				if chosen[n.id] {
					taken++
					continue
				}
				if len(chosen) >= limit {
					break
				}
				chosen[n.id] = true
				next = append(next, n.id)
				taken++
			}
		}
		frontier = next
	}
	var keep []candidate
	for _, c := range cands {
		if chosen[c.from] && chosen[c.to] {
			keep = append(keep, c)
		}
	}
	return keep
}

// addValues draws the facts of focused nodes whose other argument is no
// node as plain-text value nodes, at most maxValues of them.
func addValues(m *mapModel, sal *salience.Result, facts []extract.Fact, focus map[string]bool, nodeIndex map[string]int, drawn map[int]bool, maxValues int) {
	type value struct {
		node    int
		text    string
		subject bool
		fact    int
	}
	var vals []value
	for i := range facts {
		f := &facts[i]
		if f.Gate != "" || drawn[i] {
			continue
		}
		a := sal.Args[i]
		for _, s := range a.Subjects {
			if focus[s] && len(a.Objects) == 0 && clean(f.Object) != "" && !(f.Date != "" && timeOnly(f.Object)) {
				vals = append(vals, value{nodeIndex[s], f.Object, true, i})
			}
		}
		for _, o := range a.Objects {
			if focus[o] && len(a.Subjects) == 0 && clean(f.Subject) != "" && !(f.Date != "" && timeOnly(f.Subject)) {
				vals = append(vals, value{nodeIndex[o], f.Subject, false, i})
			}
		}
	}
	slices.SortStableFunc(vals, func(a, b value) int {
		return cmp.Or(cmp.Compare(sal.FactScores[b.fact], sal.FactScores[a.fact]), cmp.Compare(a.node, b.node),
			cmp.Compare(normName(a.text), normName(b.text)), cmp.Compare(facts[a.fact].ID, facts[b.fact].ID))
	})
	edgeOf := map[[2]int]int{}
	for _, v := range vals {
		label := shorten(v.text, 36)
		id := "v:" + normName(label)
		j, ok := nodeIndex[id]
		if !ok {
			if maxValues == 0 {
				continue
			}
			maxValues--
			j = len(m.nodes)
			nodeIndex[id] = j
			m.nodes = append(m.nodes, mapNode{id: id, label: label, community: -1, tooltip: label})
		}
		from, to := v.node, j
		if !v.subject {
			from, to = j, v.node
		}
		k := [2]int{from, to}
		e, ok := edgeOf[k]
		if !ok {
			e = len(m.edges)
			edgeOf[k] = e
			m.edges = append(m.edges, mapEdge{from: from, to: to})
		}
		m.edges[e].facts = append(m.edges[e].facts, &facts[v.fact])
		m.edges[e].scores = append(m.edges[e].scores, sal.FactScores[v.fact])
		m.edges[e].score = max(m.edges[e].score, sal.FactScores[v.fact])
		drawn[v.fact] = true
	}
}

// timeOnly reports whether text is only a time expression ("March 6",
// "2022", "on Tuesday, May 3rd", "early next week"): as a value beside a
// dated fact, it says again what the edge's date says.
func timeOnly(text string) bool {
	time := false
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.Trim(w, ",.;:()"))
		switch {
		case w == "":
		case timeFillers[w]:
		case isOrdinalNumber(w):
			time = true
		default:
			if _, ok := lexicon.Calendar(w); !ok {
				return false
			}
			time = true
		}
	}
	return time
}

// timeFillers are the words a time expression may hold besides numbers and
// calendar words.
var timeFillers = map[string]bool{"on": true, "in": true, "at": true, "the": true, "of": true, "by": true,
	"last": true, "next": true, "this": true, "early": true, "late": true, "mid": true, "since": true,
	"until": true, "from": true, "to": true, "around": true, "about": true}

// isOrdinalNumber reports whether w is digits, possibly with an ordinal
// suffix ("6", "2022", "3rd", "10th").
func isOrdinalNumber(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th", "s"} {
		if t, ok := strings.CutSuffix(w, suf); ok && t != "" {
			w = t
			break
		}
	}
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// communities partitions the drawn entities and concepts with Louvain
// (analyze.Communities, seeded) on the drawn edges, weighted by their facts,
// and names each community after its most salient node. Communities of one
// node are not named.
func communities(m *mapModel) {
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for i, n := range m.nodes {
		if n.typ != "" {
			g.AddNode(simple.Node(int64(i)))
		}
	}
	for _, e := range m.edges {
		if m.nodes[e.from].typ == "" || m.nodes[e.to].typ == "" {
			continue
		}
		w := float64(len(e.facts))
		if old := g.WeightedEdge(int64(e.from), int64(e.to)); old != nil {
			w += old.Weight()
		}
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(int64(e.from)), simple.Node(int64(e.to)), w))
	}
	parts := analyze.Communities(g, 1, 1)
	for _, p := range parts {
		if len(p) < 2 {
			continue
		}
		best := int(p[0])
		for _, id := range p {
			n := int(id)
			if m.nodes[n].score > m.nodes[best].score || (m.nodes[n].score == m.nodes[best].score && n < best) {
				best = n
			}
		}
		c := len(m.communities)
		m.communities = append(m.communities, m.nodes[best].label)
		for _, id := range p {
			m.nodes[id].community = c
		}
	}
}

// bestLabel returns the edge label: the relation of its most salient fact,
// "×N" when N distinct sentences state that relation (same lemma, negation
// and modality), and "+K" for the K other facts folded into the edge.
//
// The label carries the best fact's date only when every fact stating that
// relation has that date (or none): "will travel to (2021-W06) ×131" would
// date 131 journeys by one of them.
func (e *mapEdge) bestLabel() string {
	best := e.facts[0]
	sents := map[string]bool{}
	others := 0
	dated := true
	for _, f := range e.facts {
		if !sameRelation(f, best) {
			others++
			continue
		}
		if f.Date != "" && f.Date != best.Date {
			dated = false
		}
		for _, s := range f.Sources {
			sents[s.Doc+"#"+strconv.Itoa(s.Offset)] = true
		}
	}
	l := relationLabel(best)
	if !dated {
		undated := *best
		undated.Date = ""
		l = relationLabel(&undated)
	}
	if n := len(sents); n > 1 {
		l += " ×" + strconv.Itoa(n)
	}
	if others > 0 {
		l += " +" + strconv.Itoa(others)
	}
	return l
}

// sameRelation reports whether a and b state the same relation: the same
// lemma (or lower-cased relation), negation and modality.
func sameRelation(a, b *extract.Fact) bool {
	rel := func(f *extract.Fact) string {
		if f.RelationLemma != "" {
			return f.RelationLemma
		}
		return strings.ToLower(clean(f.Relation))
	}
	return rel(a) == rel(b) && a.Negated == b.Negated && a.Modality == b.Modality
}

// docs returns the number of distinct documents behind the edge.
func (e *mapEdge) docs() int {
	docs := map[string]struct{}{}
	for _, f := range e.facts {
		for _, s := range f.Sources {
			docs[s.Doc] = struct{}{}
		}
	}
	return len(docs)
}

// MapDOT returns the relationship map of entities and facts as a Graphviz
// DOT document (see the package documentation for what is drawn). The output
// is deterministic: the same input gives the same bytes. Every string from
// the input is escaped for DOT. With no drawable fact the document holds a
// single "no facts" note, so it still lays out to a valid picture.
//
// The only error is [ErrUnknownFocus], wrapped, when opts.Focus matches no
// entity. MapDOT runs in O(F·w + (V+E)·I) for F facts of w words, V nodes,
// E linked pairs and I PageRank rounds.
func MapDOT(entities []extract.Entity, facts []extract.Fact, opts MapOptions) ([]byte, error) {
	dot, _, err := mapDocument(entities, facts, opts)
	return dot, err
}

// mapDocument returns the DOT document and the tooltip of each element
// id ("n3", "e5") it sets.
func mapDocument(entities []extract.Entity, facts []extract.Fact, opts MapOptions) ([]byte, map[string]string, error) {
	m, err := buildMap(entities, facts, opts)
	if err != nil {
		return nil, nil, err
	}
	titles := map[string]string{}
	var b bytes.Buffer
	b.WriteString("digraph storygraph {\n")
	ga := []string{"layout=" + dotString(m.layout)}
	if m.layout == "dot" {
		ga = append(ga, "rankdir=LR", "nodesep=0.3", "ranksep=0.6")
	} else {
		// Curved edges routed around nodes cost minutes on large maps:
		// straight ones beyond autoDotLimit nodes.
		// Prism overlap removal takes twice as long as scaling at 2,000
		// nodes: scaling beyond 300.
		splines, overlap := "splines=true", "overlap=prism"
		if len(m.nodes) > autoDotLimit {
			splines = "splines=false"
		}
		if len(m.nodes) > 300 {
			overlap = "overlap=scale"
		}
		ga = append(ga, overlap, "overlap_scaling=-4", splines, "sep=\"+8\"", "esep=\"+4\"")
	}
	ga = append(ga, `bgcolor="white"`, `fontname="Helvetica"`, `pad=0.2`)
	if t := clean(opts.Title); t != "" {
		ga = append(ga, "label="+dotString(t), "labelloc=t", "fontsize=18")
	}
	fmt.Fprintf(&b, "\tgraph [%s];\n", strings.Join(ga, ", "))
	b.WriteString("\tnode [fontname=\"Helvetica\", fontsize=11, style=filled, penwidth=1.2];\n")
	b.WriteString("\tedge [fontname=\"Helvetica\", fontsize=9, color=\"#7a7a7a\", fontcolor=\"#333333\", arrowsize=0.7];\n")

	if len(m.edges) == 0 && len(m.nodes) == 0 {
		b.WriteString("\tempty [shape=note, fillcolor=\"#fff8dc\", label=\"no facts\"];\n")
		b.WriteString("}\n")
		return b.Bytes(), titles, nil
	}
	fmt.Fprintf(&b, "\t// %s, %s, %s not drawn\n", plural(len(m.nodes), "node"), plural(len(m.edges), "edge"), plural(m.omitted, "fact"))
	for i, nd := range m.nodes {
		id := "n" + strconv.Itoa(i)
		titles[id] = nd.tooltip
		b.WriteString("\t" + dotID(nd.id) + " [id=" + dotString(id) + ", ")
		if nd.typ == "" {
			fmt.Fprintf(&b, "label=%s, shape=plaintext, style=\"\", fontsize=10, fontcolor=\"#555555\", tooltip=%s];\n",
				dotString(nd.label), dotString(nd.tooltip))
			continue
		}
		st := styleOf(nd.typ)
		if nd.typ == salience.ConceptType {
			st = conceptStyle
		}
		style := "filled"
		if st.Extra != "" {
			style += "," + st.Extra
		}
		fill := loneColour
		if nd.community >= 0 && nd.community < len(communityColours) {
			fill = communityColours[nd.community]
		}
		fs := 10 + int(math.Round(nd.score*8))
		attrs := []string{
			"label=" + dotLines(wrap(nd.label, 18, 3)),
			"shape=" + st.Shape,
			"style=" + dotString(style),
			"fillcolor=" + dotString(fill),
			"color=" + dotString(st.Border),
			"fontsize=" + strconv.Itoa(fs),
		}
		if nd.focus {
			attrs = append(attrs, "penwidth=3")
		}
		attrs = append(attrs, "tooltip="+dotString(nd.tooltip))
		b.WriteString(strings.Join(attrs, ", "))
		b.WriteString("];\n")
	}
	maxDocs := 0
	edgeDocs := make([]int, len(m.edges))
	for i := range m.edges {
		edgeDocs[i] = m.edges[i].docs()
		maxDocs = max(maxDocs, edgeDocs[i])
	}
	for i, e := range m.edges {
		id := "e" + strconv.Itoa(i)
		tip := edgeTooltip(e.facts, m.docNames)
		titles[id] = tip
		hedged := true
		for _, f := range e.facts {
			if !f.Negated && f.Modality == "" {
				hedged = false
			}
		}
		attrs := []string{"id=" + dotString(id)}
		if len(m.edges) <= edgeLabelLimit {
			attrs = append(attrs, "label="+dotLines(wrap(e.bestLabel(), 26, 3)))
		}
		attrs = append(attrs, "tooltip="+dotString(tip))
		if docs := edgeDocs[i]; docs > 1 {
			attrs = append(attrs, fmt.Sprintf("penwidth=%.1f", edgeWidth(docs, maxDocs)), `color="#404040"`)
		}
		if hedged {
			attrs = append(attrs, "style=dashed")
		}
		fmt.Fprintf(&b, "\t%s -> %s [%s];\n", dotID(m.nodes[e.from].id), dotID(m.nodes[e.to].id), strings.Join(attrs, ", "))
	}
	writeLegend(&b, m)
	b.WriteString("}\n")
	return b.Bytes(), titles, nil
}

// edgeWidth is the pen width of an edge whose facts come from docs
// documents on a map whose best-supported edge has maxDocs: 1 for one
// document, 4.2 for the most. Up to five documents each one more widens
// the edge by 0.8; beyond, the width grows with the logarithm of docs
// relative to maxDocs, so that on a large corpus, where every drawn edge
// has many sources, the widths still tell the edges apart.
func edgeWidth(docs, maxDocs int) float64 {
	if maxDocs <= 5 {
		return 1 + 0.8*float64(min(docs-1, 4))
	}
	return 1 + 3.2*math.Log(float64(docs))/math.Log(float64(maxDocs))
}

// writeLegend writes a node holding the legend: the colour of each named
// community, the shape of each type drawn, what edge width and dashes mean.
func writeLegend(b *bytes.Buffer, m *mapModel) {
	var types []string
	for _, n := range m.nodes {
		if n.typ != "" && !slices.Contains(types, n.typ) {
			types = append(types, n.typ)
		}
	}
	slices.Sort(types)
	var rows []string
	cell := func(s string) string { return html.EscapeString(clean(s)) }
	if len(m.communities) > 0 {
		rows = append(rows, `<tr><td colspan="2" align="left"><b>groups (colour)</b></td></tr>`)
		for i, c := range m.communities {
			colour := loneColour
			if i < len(communityColours) {
				colour = communityColours[i]
			}
			rows = append(rows, fmt.Sprintf(`<tr><td bgcolor="%s" width="14"> </td><td align="left">%s</td></tr>`, colour, cell(shorten(c, 28))))
		}
	}
	rows = append(rows, `<tr><td colspan="2" align="left"><b>kinds (shape)</b></td></tr>`)
	for _, t := range types {
		name, shape := strings.ToLower(t), styleOf(t).Shape
		if t == salience.ConceptType {
			name, shape = "thing facts share", "dashed box"
		}
		rows = append(rows, fmt.Sprintf(`<tr><td align="left">%s</td><td align="left">%s</td></tr>`, cell(shape), cell(name)))
	}
	rows = append(rows, `<tr><td colspan="2" align="left">thick edge: more documents</td></tr>`,
		`<tr><td colspan="2" align="left">dashed edge: hedged or denied</td></tr>`,
		`<tr><td colspan="2" align="left">×N: stated in N sentences</td></tr>`,
		`<tr><td colspan="2" align="left">+K: K more facts in the tooltip</td></tr>`)
	fmt.Fprintf(b, "\tlegend [id=\"legend\", shape=plaintext, style=\"\", fontsize=9, label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\" color=\"#bbbbbb\">%s</table>>];\n",
		strings.Join(rows, ""))
}

// conceptTooltip describes a concept: its label, how many sentences and
// documents share it, and the first sentences.
func conceptTooltip(n *salience.Node, facts []extract.Fact, names map[string]string) string {
	s := clean(n.Label) + " (in " + plural(n.Mentions, "sentence") + " of " + plural(n.Docs, "document") + ")"
	var sents []string
	for _, i := range n.Facts {
		for _, src := range facts[i].Sources {
			t := "“" + shorten(src.Sentence, 140) + "” [" + docRefName(names, src.Doc) + "]"
			if !slices.Contains(sents, t) {
				sents = append(sents, t)
			}
		}
	}
	if len(sents) > 4 {
		sents = append(sents[:4], fmt.Sprintf("(+%d more)", len(sents)-4))
	}
	if len(sents) > 0 {
		s += ": " + strings.Join(sents, " | ")
	}
	return s
}

// edgeTooltip lists the facts of an edge with their source sentences.
func edgeTooltip(facts []*extract.Fact, names map[string]string) string {
	const maxFacts = 5
	var parts []string
	for i, f := range facts {
		if i == maxFacts {
			parts = append(parts, fmt.Sprintf("(+%d more facts)", len(facts)-maxFacts))
			break
		}
		p := clean(f.Subject) + " " + fullRelation(f) + " " + shorten(f.Object, 80)
		if len(f.Sources) > 0 {
			src := f.Sources[0]
			p += ": “" + shorten(src.Sentence, 320) + "” [" + docRefName(names, src.Doc)
			if len(f.Sources) > 1 {
				p += fmt.Sprintf(" +%d", len(f.Sources)-1)
			}
			p += "]"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " | ")
}

// relationLabelLimit is the longest edge label, in runes, before "×N"
// and "+K".
const relationLabelLimit = 32

// relationLabel returns the short edge label of f: its relation with
// negation and modality made visible, and its date. A relation too long
// for the label loses its manner adverbs first ("have separately offered
// to dispatch" → "have offered to dispatch"), so that the verb stays
// rather than being cut off; the date is never cut.
func relationLabel(f *extract.Fact) string {
	rel := reportRelation(f)
	date := ""
	if f.Date != "" {
		date = " (" + f.Date + ")"
	}
	room := max(relationLabelLimit-utf8.RuneCountInString(date), 12)
	if utf8.RuneCountInString(rel) > room {
		rel = dropMannerAdverbs(rel)
	}
	return shorten(rel, room) + date
}

// fullRelation is relationLabel uncut, for tooltips.
func fullRelation(f *extract.Fact) string {
	rel := reportRelation(f)
	if f.Date != "" {
		rel += " (" + f.Date + ")"
	}
	return rel
}

// dropMannerAdverbs removes the "-ly" adverbs that only say how something
// was done ("separately", "firmly", "officially") from rel; those that
// change what it claims (negating, hedging, "only", "nearly", "formerly")
// and verbs ending in "ly" ("supply", "comply") stay.
func dropMannerAdverbs(rel string) string {
	words := strings.Fields(rel)
	drop := make([]bool, len(words))
	for i, w := range words {
		lw := strings.ToLower(w)
		drop[i] = utf8.RuneCountInString(lw) >= 6 && strings.HasSuffix(lw, "ly") && !keepLy[lw]
	}
	// "firmly and publicly": the "and" between two dropped adverbs goes too.
	for i := 1; i+1 < len(words); i++ {
		if lw := strings.ToLower(words[i]); (lw == "and" || lw == "or" || lw == "but") && drop[i-1] && drop[i+1] {
			drop[i] = true
		}
	}
	var out []string
	for i, w := range words {
		if !drop[i] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return rel
	}
	return strings.Join(out, " ")
}

// keepLy are words ending in "ly" that a label keeps: adverbs that hedge,
// deny, quantify or place a claim in time, and verbs.
var keepLy = map[string]bool{
	"only": true, "hardly": true, "barely": true, "scarcely": true, "nearly": true, "allegedly": true,
	"reportedly": true, "apparently": true, "possibly": true, "probably": true, "likely": true,
	"unlikely": true, "supposedly": true, "partly": true, "partially": true, "falsely": true,
	"wrongly": true, "mistakenly": true, "initially": true, "previously": true, "formerly": true,
	"briefly": true, "temporarily": true, "ostensibly": true, "seemingly": true, "purportedly": true,
	"comply": true, "supply": true, "multiply": true, "resupply": true, "reapply": true,
}

func entityTooltip(e *extract.Entity) string {
	s := clean(e.Name)
	if e.Type != "" {
		s += " (" + clean(e.Type) + ")"
	}
	var aliases []string
	for _, a := range e.Aliases {
		if a = clean(a); a != "" && a != clean(e.Name) {
			aliases = append(aliases, a)
		}
	}
	if len(aliases) > 0 {
		s += "; also " + shorten(strings.Join(aliases, ", "), 120)
	}
	s += "; " + plural(e.Mentions, "mention") + " in " + plural(len(e.Docs), "document")
	return s
}

// plural returns "1 thing" or "n things".
func plural(n int, word string) string {
	switch {
	case n == 1:
		return "1 " + word
	case strings.HasSuffix(word, "y"):
		return strconv.Itoa(n) + " " + word[:len(word)-1] + "ies"
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// mapDocNames names the given documents for tooltips ([DocName]); nil when
// there are none, so that tooltips show ids.
func mapDocNames(docs []DocInfo, facts []extract.Fact) map[string]string {
	if len(docs) == 0 {
		return nil
	}
	leads := docLeads(facts)
	names := make(map[string]string, len(docs))
	for _, d := range docs {
		id := clean(d.ID)
		names[id] = DocName(d, leads[id].Sentence)
	}
	return names
}

// docRefName is the name of document id in names, else its id.
func docRefName(names map[string]string, id string) string {
	id = clean(id)
	if n, ok := names[id]; ok {
		return n
	}
	return id
}
