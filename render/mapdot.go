package render

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/storygraph/storygraph/extract"
)

// DefaultMaxNodes is the number of entities a map shows when
// [MapOptions.MaxNodes] is zero: the most important ones.
const DefaultMaxNodes = 60

// ErrUnknownFocus is returned, wrapped with the name asked for, when
// [MapOptions.Focus] matches no entity.
var ErrUnknownFocus = errors.New("render: no entity matches focus")

// MapOptions controls [MapDOT] and [Map]. The zero value draws the
// [DefaultMaxNodes] most important entities with the default layout.
type MapOptions struct {
	// Focus restricts the map to the entities within Depth hops of the
	// entities whose name, alias or id equals Focus (case-insensitive,
	// white space collapsed). Facts of the focused entity whose other
	// argument is not an entity are drawn as small plain-text nodes.
	Focus string
	// Depth is the number of hops kept around Focus; 0 means 1.
	Depth int
	// MaxNodes caps the number of entity nodes; 0 means DefaultMaxNodes and
	// a negative value means no cap. Focused entities are always kept.
	MaxNodes int
	// Title is drawn above the map when not empty.
	Title string
	// Layout is the Graphviz layout engine written into the DOT document:
	// "dot" (ranked, left to right; the default when empty), "neato",
	// "fdp", "sfdp" or "circo".
	Layout string
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

// mapNode is one node of the map: an entity, or a plain value (the
// non-entity argument of a focused entity's fact).
type mapNode struct {
	id    string // DOT node id
	label string
	ent   *extract.Entity // nil for values
	score float64         // importance in [0, 1]
	focus bool
}

// mapEdge is one drawn edge: every fact from one node to another.
type mapEdge struct {
	from, to int // indices into mapModel.nodes
	facts    []*extract.Fact
}

// mapModel is what MapDOT draws.
type mapModel struct {
	nodes   []mapNode
	edges   []mapEdge
	omitted int // facts not drawn
}

// entityIndex resolves fact arguments to entities.
type entityIndex struct {
	ents   []extract.Entity // sorted by ID, unique IDs
	byID   map[string]int
	byName map[string]int // lower-cased name or alias; -1 when ambiguous
}

func normName(s string) string { return strings.ToLower(clean(s)) }

func newEntityIndex(entities []extract.Entity) *entityIndex {
	ix := &entityIndex{byID: map[string]int{}, byName: map[string]int{}}
	ents := make([]extract.Entity, 0, len(entities))
	for _, e := range entities {
		if e.ID == "" {
			e.ID = extract.EntityID(e.Type, e.Name)
		}
		ents = append(ents, e)
	}
	slices.SortStableFunc(ents, func(a, b extract.Entity) int { return cmp.Compare(a.ID, b.ID) })
	ents = slices.CompactFunc(ents, func(a, b extract.Entity) bool { return a.ID == b.ID })
	ix.ents = ents
	for i, e := range ents {
		ix.byID[e.ID] = i
		names := append([]string{e.Name}, e.Aliases...)
		for _, n := range names {
			k := normName(n)
			if k == "" {
				continue
			}
			if j, ok := ix.byName[k]; ok && j != i {
				ix.byName[k] = -1
				continue
			}
			ix.byName[k] = i
		}
	}
	return ix
}

// resolve returns the index of the entity with the given id, or failing
// that the one entity whose name or alias is name; -1 when none.
func (ix *entityIndex) resolve(id, name string) int {
	if id != "" {
		if i, ok := ix.byID[id]; ok {
			return i
		}
	}
	if i, ok := ix.byName[normName(name)]; ok {
		return i
	}
	return -1
}

// lookup returns the indices of the entities whose id, name or alias equals
// q, sorted.
func (ix *entityIndex) lookup(q string) []int {
	k := normName(q)
	var out []int
	for i, e := range ix.ents {
		if strings.ToLower(e.ID) == k || normName(e.Name) == k {
			out = append(out, i)
			continue
		}
		for _, a := range e.Aliases {
			if normName(a) == k {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// pageRank returns the PageRank of each of n nodes given directed,
// de-duplicated edges, by power iteration from the uniform vector with
// damping 0.85 until the L1 change is below 1e-10 or 100 rounds (Page, Brin,
// Motwani and Winograd, "The PageRank Citation Ranking", 1999). Dangling
// nodes spread their rank uniformly. It is deterministic, unlike gonum's
// network.PageRank, which starts from an unseeded random vector.
func pageRank(n int, edges [][2]int) []float64 {
	if n == 0 {
		return nil
	}
	out := make([][]int, n)
	for _, e := range edges {
		out[e[0]] = append(out[e[0]], e[1])
	}
	const d = 0.85
	r := make([]float64, n)
	next := make([]float64, n)
	for i := range r {
		r[i] = 1 / float64(n)
	}
	for range 100 {
		var dangling float64
		for i := range next {
			next[i] = 0
		}
		for i, to := range out {
			if len(to) == 0 {
				dangling += r[i]
				continue
			}
			share := r[i] / float64(len(to))
			for _, j := range to {
				next[j] += share
			}
		}
		var diff float64
		for i := range next {
			v := (1-d)/float64(n) + d*(next[i]+dangling/float64(n))
			diff += math.Abs(v - r[i])
			next[i] = v
		}
		r, next = next, r
		if diff < 1e-10 {
			break
		}
	}
	return r
}

// factDocs returns the number of distinct documents among f's sources.
func factDocs(f *extract.Fact) int {
	var docs []string
	for _, s := range f.Sources {
		if !slices.Contains(docs, s.Doc) {
			docs = append(docs, s.Doc)
		}
	}
	return len(docs)
}

// relationLabel returns the short edge label of f: its relation with
// negation and modality made visible.
func relationLabel(f *extract.Fact) string {
	rel := clean(f.Relation)
	if rel == "" {
		rel = clean(f.RelationLemma)
	}
	if rel == "" {
		rel = "related to"
	}
	low := " " + strings.ToLower(rel) + " "
	if f.Modality != "" && !strings.Contains(low, " "+strings.ToLower(f.Modality)+" ") {
		rel = clean(f.Modality) + " " + rel
	}
	if f.Negated && !strings.Contains(low, " not ") && !strings.Contains(low, "n't ") && !strings.Contains(low, " never ") {
		rel = "not " + rel
	}
	if f.Date != "" {
		rel += " (" + f.Date + ")"
	}
	return shorten(rel, 32)
}

func maxNodes(opts MapOptions) int {
	switch {
	case opts.MaxNodes == 0:
		return DefaultMaxNodes
	case opts.MaxNodes < 0:
		return math.MaxInt
	}
	return opts.MaxNodes
}

// buildMap selects and ranks what the map shows.
func buildMap(entities []extract.Entity, facts []extract.Fact, opts MapOptions) (*mapModel, error) {
	ix := newEntityIndex(entities)
	n := len(ix.ents)

	type pair struct{ s, o int }
	type valueFact struct {
		ent     int
		value   string
		subject bool // the entity is the fact's subject
		f       *extract.Fact
	}
	var linked []pair
	var linkedFacts []*extract.Fact
	var values []valueFact
	omitted := 0
	for i := range facts {
		f := &facts[i]
		s := ix.resolve(f.SubjectID, f.Subject)
		o := ix.resolve(f.ObjectID, f.Object)
		switch {
		case s >= 0 && o >= 0:
			linked = append(linked, pair{s, o})
			linkedFacts = append(linkedFacts, f)
		case s >= 0 && clean(f.Object) != "":
			values = append(values, valueFact{s, f.Object, true, f})
		case o >= 0 && clean(f.Subject) != "":
			values = append(values, valueFact{o, f.Subject, false, f})
		default:
			omitted++
		}
	}

	// Importance: mentions and PageRank over entity–entity facts.
	var edges [][2]int
	adj := make([][]int, n)
	for _, p := range linked {
		if p.s == p.o {
			continue
		}
		edges = append(edges, [2]int{p.s, p.o})
		adj[p.s] = append(adj[p.s], p.o)
		adj[p.o] = append(adj[p.o], p.s)
	}
	slices.SortFunc(edges, func(a, b [2]int) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	edges = slices.Compact(edges)
	for i := range adj {
		slices.Sort(adj[i])
		adj[i] = slices.Compact(adj[i])
	}
	pr := pageRank(n, edges)
	var maxPR float64
	maxMentions := 0
	for i, e := range ix.ents {
		maxPR = max(maxPR, pr[i])
		maxMentions = max(maxMentions, e.Mentions)
	}
	score := make([]float64, n)
	for i, e := range ix.ents {
		var s float64
		if maxMentions > 0 {
			s += 0.5 * float64(e.Mentions) / float64(maxMentions)
		}
		if maxPR > 0 && len(edges) > 0 {
			s += 0.5 * pr[i] / maxPR
		}
		// Quantise so that float noise can never reorder the nodes.
		score[i] = math.Round(s*1e6) / 1e6
	}

	// Which entities may be drawn.
	allowed := make([]bool, n)
	focus := make([]bool, n)
	if strings.TrimSpace(opts.Focus) != "" {
		hits := ix.lookup(opts.Focus)
		if len(hits) == 0 {
			return nil, fmt.Errorf("%w %q", ErrUnknownFocus, clean(opts.Focus))
		}
		depth := opts.Depth
		if depth <= 0 {
			depth = 1
		}
		dist := make([]int, n)
		for i := range dist {
			dist[i] = -1
		}
		queue := hits
		for _, h := range hits {
			dist[h] = 0
			focus[h] = true
		}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			if dist[u] == depth {
				continue
			}
			for _, v := range adj[u] {
				if dist[v] < 0 {
					dist[v] = dist[u] + 1
					queue = append(queue, v)
				}
			}
		}
		for i, d := range dist {
			allowed[i] = d >= 0
		}
	} else {
		for _, p := range linked {
			allowed[p.s] = true
			allowed[p.o] = true
		}
	}

	// Choose at most limit entities: focused ones first, then the endpoints
	// of entity–entity facts, most important pairs first, so that every
	// chosen entity has an edge to draw.
	limit := maxNodes(opts)
	chosen := make([]bool, n)
	count := 0
	for i := range focus {
		if focus[i] {
			chosen[i] = true
			count++
		}
	}
	var pairs []pair
	for _, p := range linked {
		if allowed[p.s] && allowed[p.o] {
			pairs = append(pairs, p)
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(score[b.s]+score[b.o], score[a.s]+score[a.o]),
			cmp.Compare(max(score[b.s], score[b.o]), max(score[a.s], score[a.o])),
			cmp.Compare(ix.ents[a.s].ID, ix.ents[b.s].ID), cmp.Compare(ix.ents[a.o].ID, ix.ents[b.o].ID))
	})
	for _, p := range pairs {
		need := 0
		if !chosen[p.s] {
			need++
		}
		if !chosen[p.o] && p.o != p.s {
			need++
		}
		if need == 0 || count+need > limit {
			continue
		}
		chosen[p.s], chosen[p.o] = true, true
		count += need
	}
	var order []int
	for i := range ix.ents {
		if chosen[i] {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int {
		if focus[a] != focus[b] {
			if focus[a] {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(score[b], score[a]),
			cmp.Compare(normName(ix.ents[a].Name), normName(ix.ents[b].Name)),
			cmp.Compare(ix.ents[a].ID, ix.ents[b].ID))
	})
	nfocus := 0
	for _, i := range order {
		if focus[i] {
			nfocus++
		}
	}

	m := &mapModel{omitted: omitted}
	nodeOf := make(map[string]int) // DOT id -> index in m.nodes
	entNode := make([]int, n)
	for i := range entNode {
		entNode[i] = -1
	}
	for _, i := range order {
		e := &ix.ents[i]
		entNode[i] = len(m.nodes)
		nodeOf[e.ID] = len(m.nodes)
		m.nodes = append(m.nodes, mapNode{id: e.ID, label: shorten(e.Name, 40), ent: e, score: score[i], focus: focus[i]})
	}

	edgeOf := make(map[[2]int]int)
	addFact := func(from, to int, f *extract.Fact) {
		k := [2]int{from, to}
		j, ok := edgeOf[k]
		if !ok {
			j = len(m.edges)
			edgeOf[k] = j
			m.edges = append(m.edges, mapEdge{from: from, to: to})
		}
		m.edges[j].facts = append(m.edges[j].facts, f)
	}
	for k, p := range linked {
		if entNode[p.s] < 0 || entNode[p.o] < 0 {
			m.omitted++
			continue
		}
		addFact(entNode[p.s], entNode[p.o], linkedFacts[k])
	}
	// Values in a fixed order, whatever the order of the facts.
	slices.SortStableFunc(values, func(a, b valueFact) int {
		return cmp.Or(cmp.Compare(a.ent, b.ent), cmp.Compare(normName(a.value), normName(b.value)), cmp.Compare(a.f.ID, b.f.ID))
	})
	maxValues := 0
	if nfocus > 0 {
		maxValues = max(12, limit/3)
	}
	for _, v := range values {
		if !focus[v.ent] || maxValues == 0 {
			m.omitted++
			continue
		}
		label := shorten(v.value, 36)
		id := "v:" + normName(label)
		j, ok := nodeOf[id]
		if !ok {
			if maxValues == 0 {
				m.omitted++
				continue
			}
			maxValues--
			j = len(m.nodes)
			nodeOf[id] = j
			m.nodes = append(m.nodes, mapNode{id: id, label: label})
		}
		if v.subject {
			addFact(entNode[v.ent], j, v.f)
		} else {
			addFact(j, entNode[v.ent], v.f)
		}
	}

	// Drop entities left without an edge (their neighbours were cut), but
	// keep focused ones; renumber.
	used := make([]bool, len(m.nodes))
	for _, e := range m.edges {
		used[e.from] = true
		used[e.to] = true
	}
	renum := make([]int, len(m.nodes))
	var kept []mapNode
	for i, nd := range m.nodes {
		if used[i] || nd.focus {
			renum[i] = len(kept)
			kept = append(kept, nd)
		} else {
			renum[i] = -1
		}
	}
	m.nodes = kept
	for i := range m.edges {
		m.edges[i].from = renum[m.edges[i].from]
		m.edges[i].to = renum[m.edges[i].to]
		slices.SortStableFunc(m.edges[i].facts, func(a, b *extract.Fact) int {
			return cmp.Or(cmp.Compare(factDocs(b), factDocs(a)),
				cmp.Compare(relationLabel(a), relationLabel(b)),
				cmp.Compare(a.ID, b.ID))
		})
	}
	slices.SortFunc(m.edges, func(a, b mapEdge) int {
		return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to))
	})
	return m, nil
}

// MapDOT returns the relationship map of entities and facts as a Graphviz
// DOT document (see the package documentation for what is drawn). The output
// is deterministic: the same input gives the same bytes. Every string from
// the input is escaped for DOT. With no drawable fact the document holds a
// single "no facts" note, so it still lays out to a valid picture.
//
// The only error is [ErrUnknownFocus], wrapped, when opts.Focus matches no
// entity. MapDOT runs in O(F log F + E·I) for F facts, E entities and I
// PageRank rounds (at most 100).
func MapDOT(entities []extract.Entity, facts []extract.Fact, opts MapOptions) ([]byte, error) {
	m, err := buildMap(entities, facts, opts)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("digraph storygraph {\n")
	layout := strings.ToLower(strings.TrimSpace(opts.Layout))
	if layout == "" {
		layout = "dot"
	}
	ga := []string{"layout=" + dotString(layout)}
	if layout == "dot" {
		ga = append(ga, "rankdir=LR", "nodesep=0.25", "ranksep=0.5")
	} else {
		ga = append(ga, "overlap=false", "splines=true", "sep=\"+6\"")
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
		return b.Bytes(), nil
	}
	fmt.Fprintf(&b, "\t// %s, %s, %s not drawn\n", plural(len(m.nodes), "node"), plural(len(m.edges), "edge"), plural(m.omitted, "fact"))
	for _, nd := range m.nodes {
		b.WriteString("\t" + dotID(nd.id) + " [")
		if nd.ent == nil {
			fmt.Fprintf(&b, "label=%s, shape=plaintext, style=\"\", fontsize=10, fontcolor=\"#555555\", tooltip=%s];\n",
				dotString(nd.label), dotString(nd.label))
			continue
		}
		st := styleOf(nd.ent.Type)
		style := "filled"
		if st.Extra != "" {
			style += "," + st.Extra
		}
		fs := 10 + int(math.Round(nd.score*10))
		attrs := []string{
			"label=" + dotLines(wrap(nd.label, 18, 3)),
			"shape=" + st.Shape,
			"style=" + dotString(style),
			"fillcolor=" + dotString(st.Fill),
			"color=" + dotString(st.Border),
			"fontsize=" + strconv.Itoa(fs),
		}
		if nd.focus {
			attrs = append(attrs, "penwidth=3")
		}
		attrs = append(attrs, "tooltip="+dotString(entityTooltip(nd.ent)))
		b.WriteString(strings.Join(attrs, ", "))
		b.WriteString("];\n")
	}
	for _, e := range m.edges {
		var labels []string
		docs := 0
		hedged := true
		for _, f := range e.facts {
			if l := relationLabel(f); !slices.Contains(labels, l) {
				labels = append(labels, l)
			}
			docs = max(docs, factDocs(f))
			if !f.Negated && f.Modality == "" {
				hedged = false
			}
		}
		const maxLabels = 3
		if len(labels) > maxLabels {
			more := len(labels) - (maxLabels - 1)
			labels = append(labels[:maxLabels-1], fmt.Sprintf("(+%d more)", more))
		}
		attrs := []string{
			"label=" + dotLines(labels),
			"tooltip=" + dotString(edgeTooltip(e.facts)),
		}
		if docs > 1 {
			attrs = append(attrs, fmt.Sprintf("penwidth=%.1f", 1+0.7*float64(min(docs-1, 3))), `color="#404040"`)
		}
		if hedged {
			attrs = append(attrs, "style=dashed")
		}
		fmt.Fprintf(&b, "\t%s -> %s [%s];\n", dotID(m.nodes[e.from].id), dotID(m.nodes[e.to].id), strings.Join(attrs, ", "))
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
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

// edgeTooltip lists the facts of an edge with their first source sentence.
func edgeTooltip(facts []*extract.Fact) string {
	const maxFacts = 5
	var parts []string
	for i, f := range facts {
		if i == maxFacts {
			parts = append(parts, fmt.Sprintf("(+%d more facts)", len(facts)-maxFacts))
			break
		}
		p := clean(f.Subject) + " " + relationLabel(f) + " " + clean(f.Object)
		if len(f.Sources) > 0 {
			src := f.Sources[0]
			p += ": “" + shorten(src.Sentence, 160) + "” [" + clean(src.Doc)
			if len(f.Sources) > 1 {
				p += fmt.Sprintf(" +%d", len(f.Sources)-1)
			}
			p += "]"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " | ")
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
