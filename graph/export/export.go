// Package export writes a story graph in formats other tools read: the
// entity graph as GraphML (Gephi, yEd, Cytoscape, NetworkX) or Graphviz DOT,
// and the facts as JSON Lines. The store's own quads are written as N-Quads
// by graph.Store.WriteNQuads, which Cayley's tools load unchanged.
//
// The entity graph is a [graph.Snapshot]: one node per entity, one edge
// per ordered pair of entities joined by graph facts, weighted by the
// number of facts. Output is deterministic: nodes in snapshot id order,
// edges by their ends.
package export

import (
	"cmp"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/iterator"

	"github.com/storygraph/storygraph/graph"
)

// JSONL writes one fact per line, each with its corroboration and its
// sources (document, title, sentence, offset, spans), as graph.Fact
// marshals it.
func JSONL(w io.Writer, facts []graph.Fact) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range facts {
		if err := enc.Encode(f); err != nil {
			return fmt.Errorf("export: jsonl: fact %s: %w", f.ID, err)
		}
	}
	return nil
}

// link is what both graph formats say of an edge.
type link struct {
	from, to      int64
	label         string // the most frequent relation
	relations     string // every distinct relation, most frequent first
	facts         int
	corroboration int
	date          string // the earliest date of its facts
	factIDs       string
}

// links returns the edges of g by their ends.
func links(g *graph.Snapshot) []link {
	var out []link
	for it := g.Nodes(); it.Next(); {
		u := it.Node().ID()
		for to := g.From(u); to.Next(); {
			v := to.Node().ID()
			l, ok := g.Link(u, v)
			if !ok {
				continue
			}
			out = append(out, describeLink(u, v, l))
		}
	}
	slices.SortFunc(out, func(a, b link) int {
		if c := cmp.Compare(a.from, b.from); c != 0 {
			return c
		}
		return cmp.Compare(a.to, b.to)
	})
	return out
}

func describeLink(u, v int64, l graph.Link) link {
	count := map[string]int{}
	docs := map[string]bool{}
	var ids []string
	date := ""
	for _, f := range l.Facts {
		rel := f.RelationLemma
		if rel == "" {
			rel = strings.ToLower(f.Relation)
		}
		if f.Negated {
			rel = "not " + rel
		}
		if f.Modality != "" {
			rel = f.Modality + " " + rel
		}
		count[rel]++
		for _, s := range f.Sources {
			docs[s.Doc] = true
		}
		ids = append(ids, f.ID)
		if f.Date != "" && (date == "" || f.Date < date) {
			date = f.Date
		}
	}
	rels := make([]string, 0, len(count))
	for r := range count {
		rels = append(rels, r)
	}
	slices.SortFunc(rels, func(a, b string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return link{from: u, to: v, label: rels[0], relations: strings.Join(rels, "; "), facts: len(l.Facts),
		corroboration: len(docs), date: date, factIDs: strings.Join(ids, " ")}
}

// GraphML keys: attribute names and types as Gephi and yEd read them.
var graphMLKeys = []struct{ id, domain, name, typ string }{
	{"label", "node", "label", "string"},
	{"entity", "node", "entity", "string"},
	{"type", "node", "type", "string"},
	{"aliases", "node", "aliases", "string"},
	{"mentions", "node", "mentions", "int"},
	{"documents", "node", "documents", "int"},
	{"relation", "edge", "label", "string"},
	{"relations", "edge", "relations", "string"},
	{"weight", "edge", "weight", "double"},
	{"corroboration", "edge", "corroboration", "int"},
	{"date", "edge", "date", "string"},
	{"facts", "edge", "facts", "string"},
}

// GraphMLNamespace is the namespace of GraphML 1.0.
const GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

type xmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type xmlKey struct {
	ID       string `xml:"id,attr"`
	For      string `xml:"for,attr"`
	AttrName string `xml:"attr.name,attr"`
	AttrType string `xml:"attr.type,attr"`
}

type xmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []xmlData `xml:"data"`
}

type xmlEdge struct {
	ID     string    `xml:"id,attr"`
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []xmlData `xml:"data"`
}

type xmlGraph struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []xmlNode `xml:"node"`
	Edges       []xmlEdge `xml:"edge"`
}

type xmlGraphML struct {
	XMLName        xml.Name `xml:"graphml"`
	XMLNS          string   `xml:"xmlns,attr"`
	XSI            string   `xml:"xmlns:xsi,attr"`
	SchemaLocation string   `xml:"xsi:schemaLocation,attr"`
	Keys           []xmlKey `xml:"key"`
	Graph          xmlGraph `xml:"graph"`
}

// GraphML writes the entity graph of g as GraphML 1.0, directed: nodes
// "n<id>" with the entity's name (label), id, type, aliases, mentions and
// number of documents; edges "e<k>" with the most frequent relation
// (label), every relation, the number of facts (weight), the number of
// documents (corroboration), the earliest date and the fact ids. Every
// attribute is declared by a <key> with its type, as the GraphML schema
// requires.
func GraphML(w io.Writer, g *graph.Snapshot) error {
	doc := xmlGraphML{XMLNS: GraphMLNamespace, XSI: "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: GraphMLNamespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Graph:          xmlGraph{ID: "storygraph", EdgeDefault: "directed"}}
	for _, k := range graphMLKeys {
		doc.Keys = append(doc.Keys, xmlKey{ID: k.id, For: k.domain, AttrName: k.name, AttrType: k.typ})
	}
	for it := g.Nodes(); it.Next(); {
		id := it.Node().ID()
		e, _ := g.Entity(id)
		doc.Graph.Nodes = append(doc.Graph.Nodes, xmlNode{ID: nodeID(id), Data: []xmlData{
			{"label", e.Name}, {"entity", e.ID}, {"type", e.Type}, {"aliases", strings.Join(e.Aliases, "; ")},
			{"mentions", strconv.Itoa(e.Mentions)}, {"documents", strconv.Itoa(len(e.Docs))},
		}})
	}
	for k, l := range links(g) {
		d := []xmlData{{"relation", l.label}, {"relations", l.relations},
			{"weight", strconv.Itoa(l.facts)}, {"corroboration", strconv.Itoa(l.corroboration)}}
		if l.date != "" {
			d = append(d, xmlData{"date", l.date})
		}
		d = append(d, xmlData{"facts", l.factIDs})
		doc.Graph.Edges = append(doc.Graph.Edges, xmlEdge{ID: "e" + strconv.Itoa(k), Source: nodeID(l.from),
			Target: nodeID(l.to), Data: d})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("export: graphml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("export: graphml: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("export: graphml: %w", err)
	}
	return nil
}

func nodeID(id int64) string { return "n" + strconv.FormatInt(id, 10) }

// DOT writes the entity graph of g as a Graphviz digraph through gonum's
// encoding/dot: nodes named by entity id and labelled with the name (shape
// by type), edges labelled with the most frequent relation, pen width by
// the number of facts, with the documents and date in the tooltip.
func DOT(w io.Writer, g *graph.Snapshot) error {
	b, err := dot.Marshal(dotGraph{g: g, links: links(g)}, "storygraph", "", "  ")
	if err != nil {
		return fmt.Errorf("export: dot: %w", err)
	}
	if _, err := w.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("export: dot: %w", err)
	}
	return nil
}

// dotGraph presents a snapshot to dot.Marshal with DOT ids and attributes.
type dotGraph struct {
	g     *graph.Snapshot
	links []link
}

type dotNode struct {
	id int64
	g  *graph.Snapshot
}

func (n dotNode) ID() int64 { return n.id }

func (n dotNode) DOTID() string {
	e, _ := n.g.Entity(n.id)
	return e.ID
}

func (n dotNode) Attributes() []encoding.Attribute {
	e, _ := n.g.Entity(n.id)
	shape := "ellipse"
	switch e.Type {
	case "ORG":
		shape = "box"
	case "GPE", "LOC", "FAC":
		shape = "hexagon"
	}
	return []encoding.Attribute{{Key: "label", Value: e.Name}, {Key: "shape", Value: shape},
		{Key: "tooltip", Value: fmt.Sprintf("%s (%s): %d mentions in %d documents", e.Name, e.Type, e.Mentions, len(e.Docs))}}
}

type dotEdge struct {
	f, t dotNode
	l    link
}

func (e dotEdge) From() gonum.Node         { return e.f }
func (e dotEdge) To() gonum.Node           { return e.t }
func (e dotEdge) ReversedEdge() gonum.Edge { return dotEdge{f: e.t, t: e.f, l: e.l} }

func (e dotEdge) Attributes() []encoding.Attribute {
	tip := fmt.Sprintf("%s; %d facts, %d documents", e.l.relations, e.l.facts, e.l.corroboration)
	if e.l.date != "" {
		tip += "; " + e.l.date
	}
	return []encoding.Attribute{{Key: "label", Value: e.l.label},
		{Key: "penwidth", Value: strconv.Itoa(min(1+e.l.facts/2, 6))}, {Key: "tooltip", Value: tip}}
}

func (d dotGraph) node(id int64) dotNode { return dotNode{id: id, g: d.g} }

func (d dotGraph) Node(id int64) gonum.Node {
	if d.g.Node(id) == nil {
		return nil
	}
	return d.node(id)
}

func (d dotGraph) wrap(it gonum.Nodes) gonum.Nodes {
	var ns []gonum.Node
	for it.Next() {
		ns = append(ns, d.node(it.Node().ID()))
	}
	return nodes(ns)
}

func (d dotGraph) Nodes() gonum.Nodes             { return d.wrap(d.g.Nodes()) }
func (d dotGraph) From(id int64) gonum.Nodes      { return d.wrap(d.g.From(id)) }
func (d dotGraph) To(id int64) gonum.Nodes        { return d.wrap(d.g.To(id)) }
func (d dotGraph) HasEdgeBetween(x, y int64) bool { return d.g.HasEdgeBetween(x, y) }
func (d dotGraph) HasEdgeFromTo(u, v int64) bool  { return d.g.HasEdgeFromTo(u, v) }
func (d dotGraph) Edge(u, v int64) gonum.Edge {
	i, ok := slices.BinarySearchFunc(d.links, [2]int64{u, v}, func(l link, k [2]int64) int {
		if c := cmp.Compare(l.from, k[0]); c != 0 {
			return c
		}
		return cmp.Compare(l.to, k[1])
	})
	if !ok {
		return nil
	}
	return dotEdge{f: d.node(u), t: d.node(v), l: d.links[i]}
}

var (
	_ gonum.Directed = dotGraph{}
	_ dot.Node       = dotNode{}
)

// nodes returns ns as an ordered iterator.
func nodes(ns []gonum.Node) gonum.Nodes {
	if len(ns) == 0 {
		return gonum.Empty
	}
	return iterator.NewOrderedNodes(ns)
}
