package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strconv"
	"testing"
	"unicode"

	"github.com/storygraph/storygraph/extract"
)

// textBox is the estimated box of one SVG <text>.
type textBox struct {
	text           string
	x0, y0, x1, y1 float64
}

// textWidth estimates the width of s in Helvetica at size fs: capitals and
// wide letters 0.67 em, digits 0.56, spaces and narrow letters 0.28,
// other letters 0.5 (close to Helvetica's advance widths).
func textWidth(s string, fs float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r == ' ' || r == 'i' || r == 'l' || r == 'j' || r == 't' || r == 'f' || r == '.' || r == ',' || r == '\'' || r == '’':
			w += 0.28
		case r == 'm' || r == 'w' || r == 'M' || r == 'W':
			w += 0.83
		case unicode.IsUpper(r):
			w += 0.67
		case unicode.IsDigit(r):
			w += 0.56
		default:
			w += 0.5
		}
	}
	return w * fs
}

// svgTextBoxes returns the estimated boxes of the <text> elements of svg
// (Graphviz writes them all in one coordinate system).
func svgTextBoxes(t *testing.T, svg []byte) []textBox {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var out []textBox
	var cur *textBox
	var anchor string
	var x, y, fs float64
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			if tk.Name.Local != "text" {
				continue
			}
			anchor, x, y, fs = "start", 0, 0, 14
			for _, a := range tk.Attr {
				v, _ := strconv.ParseFloat(a.Value, 64)
				switch a.Name.Local {
				case "x":
					x = v
				case "y":
					y = v
				case "font-size":
					fs = v
				case "text-anchor":
					anchor = a.Value
				}
			}
			cur = &textBox{}
		case xml.CharData:
			if cur != nil {
				cur.text += string(tk)
			}
		case xml.EndElement:
			if tk.Name.Local != "text" || cur == nil {
				continue
			}
			w := textWidth(cur.text, fs)
			switch anchor {
			case "middle":
				cur.x0 = x - w/2
			case "end":
				cur.x0 = x - w
			default:
				cur.x0 = x
			}
			cur.x1 = cur.x0 + w
			cur.y0, cur.y1 = y-0.75*fs, y+0.2*fs
			if len(bytes.TrimSpace([]byte(cur.text))) > 0 {
				out = append(out, *cur)
			}
			cur = nil
		}
	}
	return out
}

// overlaps returns the pairs of text boxes that overlap by more than a
// pixel each way.
func overlaps(boxes []textBox) []string {
	const tol = 1.0
	var out []string
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			a, b := boxes[i], boxes[j]
			if a.x0+tol < b.x1 && b.x0+tol < a.x1 && a.y0+tol < b.y1 && b.y0+tol < a.y1 {
				out = append(out, fmt.Sprintf("%q [%.0f,%.0f..%.0f,%.0f] × %q [%.0f,%.0f..%.0f,%.0f]",
					a.text, a.x0, a.y0, a.x1, a.y1, b.text, b.x0, b.y0, b.x1, b.y1))
			}
		}
	}
	return out
}

// coalitionStory is a made-up story in the shape of a summit: two
// countries sign one declaration, a coalition backs monitoring, a third
// country offers guarantees, and many lesser facts.
func coalitionStory() ([]extract.Entity, []extract.Fact) {
	ents := []extract.Entity{
		ent("GPE", "Norland", 30, []string{"d1", "d2", "d3"}, "Norlandic"),
		ent("GPE", "Osteria", 22, []string{"d1", "d2", "d3"}, "Osterian"),
		ent("GPE", "Valmark", 40, []string{"d1", "d2", "d3", "d4"}, "Valmarkian"),
		ent("ORG", "Harbour League", 9, []string{"d2", "d3"}, "League"),
		ent("PERSON", "Ida Vance", 12, []string{"d1", "d3"}, "Vance"),
		ent("PERSON", "Piet Oorn", 7, []string{"d2", "d4"}, "Oorn"),
		ent("GPE", "Castel", 10, []string{"d1", "d4"}),
	}
	mk := func(subj, subjType, rel, lemma, obj, objType, sentence, doc string, off int) extract.Fact {
		f := fact(subj, subjType, rel, obj, objType, sentence, doc)
		f.RelationLemma = lemma
		f.Sources[0].Offset = off
		f.Confidence = 0.7
		f.SetID()
		return f
	}
	facts := []extract.Fact{
		mk("Norlandic and Osterian ministers", "", "signed", "sign", "a declaration of intent to send ships", "", "Norlandic and Osterian ministers signed a declaration of intent to send ships.", "d1", 0),
		mk("The declaration", "", "allows", "allow", "joint patrols", "", "The declaration allows joint patrols.", "d2", 50),
		mk("Harbour League", "ORG", "agreed to monitor", "agree to monitor", "any future truce", "", "League members agreed to monitor any future truce.", "d2", 100),
		mk("the truce", "", "holds", "hold", "the coast", "", "Vance hopes the truce holds the coast.", "d3", 10),
		mk("Valmark", "GPE", "would offer", "offer", "long-term security guarantees", "", "Valmark would offer long-term security guarantees.", "d3", 200),
		mk("Ida Vance", "PERSON", "welcomed", "welcome", "the security guarantees", "", "Vance welcomed the security guarantees.", "d1", 300),
		mk("Valmark", "GPE", "joined", "join", "Harbour League", "ORG", "Valmark joined the League on Monday.", "d4", 0),
		mk("Ida Vance", "PERSON", "met", "meet", "Piet Oorn", "PERSON", "Vance met Oorn in Castel.", "d1", 400),
		mk("Ida Vance", "PERSON", "is", "be", "Piet Oorn", "PERSON", "Vance is Oorn's deputy.", "d3", 400),
		mk("Piet Oorn", "PERSON", "visited", "visit", "Castel", "GPE", "Oorn visited Castel.", "d4", 90),
		mk("Castel", "GPE", "hosted", "host", "the summit", "", "Castel hosted the summit.", "d4", 150),
		mk("Piet Oorn", "PERSON", "opened", "open", "the summit", "", "Oorn opened the summit.", "d2", 170),
	}
	return ents, facts
}

func TestMapNoOverlappingText(t *testing.T) {
	tests := []struct {
		name  string
		story func() ([]extract.Entity, []extract.Fact)
		opts  MapOptions
	}{
		{"coalition", coalitionStory, MapOptions{Title: "Summit"}},
		{"small", smallStory, MapOptions{}},
		{"big-default", func() ([]extract.Entity, []extract.Fact) { return bigStory(400) }, MapOptions{}},
		{"big-top60", func() ([]extract.Entity, []extract.Fact) { return bigStory(400) }, MapOptions{MaxNodes: 60}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents, facts := tt.story()
			svg, err := Map(t.Context(), Graphviz(), ents, facts, tt.opts, "svg")
			if err != nil {
				t.Fatal(err)
			}
			boxes := svgTextBoxes(t, svg)
			if len(boxes) < 5 {
				t.Fatalf("%d texts in the SVG", len(boxes))
			}
			for _, o := range overlaps(boxes) {
				t.Errorf("overlapping text: %s", o)
			}
		})
	}
}

// TestMapSVGFileNoOverlap checks a map drawn elsewhere, named by
// STORYGRAPH_MAP_SVG (storygraph render -o map.svg on a real graph).
func TestMapSVGFileNoOverlap(t *testing.T) {
	path := os.Getenv("STORYGRAPH_MAP_SVG")
	if path == "" {
		t.Skip("STORYGRAPH_MAP_SVG not set")
	}
	svg, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	boxes := svgTextBoxes(t, svg)
	o := overlaps(boxes)
	t.Logf("%s: %d texts, %d overlaps", path, len(boxes), len(o))
	for _, s := range o {
		t.Errorf("overlapping text: %s", s)
	}
}

func TestOverlapsDetects(t *testing.T) {
	boxes := svgTextBoxes(t, []byte(`<svg><text text-anchor="middle" x="100" y="50" font-size="10">overlapping label</text>`+
		`<text text-anchor="start" x="95" y="52" font-size="10">other</text>`+
		`<text text-anchor="end" x="300" y="50" font-size="10">far away</text></svg>`))
	if len(boxes) != 3 {
		t.Fatalf("%d boxes, want 3", len(boxes))
	}
	if o := overlaps(boxes); len(o) != 1 {
		t.Errorf("overlaps = %q, want the first two only", o)
	}
}

func TestMapConceptsAndJointSubjects(t *testing.T) {
	ents, facts := coalitionStory()
	m, err := buildMap(ents, facts, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	edges := map[string]string{}
	for _, e := range m.edges {
		edges[m.nodes[e.from].label+" → "+m.nodes[e.to].label] = e.bestLabel()
	}
	want := map[string]string{
		"Norland → declaration of intent": "signed",
		"Osteria → declaration of intent": "signed",
		"Harbour League → truce":          "agreed to monitor",
		"Valmark → security guarantees":   "would offer",
		"Ida Vance → security guarantees": "welcomed",
		"Valmark → Harbour League":        "joined",
		// "is" is dropped: "met" links the pair.
		"Ida Vance → Piet Oorn": "met",
	}
	for k, v := range want {
		if edges[k] != v {
			t.Errorf("edge %s labelled %q, want %q (edges: %q)", k, edges[k], v, edges)
		}
	}
	for _, e := range m.edges {
		for _, f := range e.facts {
			if f.RelationLemma == "be" {
				t.Errorf("bare \"is\" drawn on %s → %s", m.nodes[e.from].label, m.nodes[e.to].label)
			}
		}
	}
	svg, err := Map(t.Context(), Graphviz(), ents, facts, MapOptions{}, "svg")
	if err != nil {
		t.Fatal(err)
	}
	_, tips := svgText(t, svg)
	found := false
	for _, tip := range tips {
		if bytes.Contains([]byte(tip), []byte("Norlandic and Osterian ministers signed a declaration of intent to send ships.")) {
			found = true
		}
	}
	if !found {
		t.Errorf("no <title> holds the declaration's sentence: %q", tips)
	}
	// Focus with one neighbour per node keeps the most salient one.
	m, err = buildMap(ents, facts, MapOptions{Focus: "Vance", Neighbours: 1})
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, n := range m.nodes {
		if n.typ != "" {
			labels = append(labels, n.label)
		}
	}
	if len(labels) != 2 || labels[0] != "Ida Vance" {
		t.Errorf("focus Vance, 1 neighbour: nodes %q, want Ida Vance and one neighbour", labels)
	}
}
