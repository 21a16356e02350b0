package render

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

// Test material is written for these tests; no article text is copied.

// hubStory: n envoys, each in their own articles, travel to the same
// capital for "trade talks", chair one of three boards and visit one of three
// ports: a few hubs that every envoy links to.
func hubStory(n int) ([]extract.Entity, []extract.Fact) {
	boards := []string{"Kestrel Board", "Moorfield Trust", "Ashby Council"}
	ports := []string{"Port Varne", "Cald Harbour", "Eastmere"}
	ents := []extract.Entity{ent("GPE", "Vellor", 4*n, nil)}
	for _, b := range boards {
		ents = append(ents, ent("ORG", b, n, nil))
	}
	for _, p := range ports {
		ents = append(ents, ent("GPE", p, n, nil))
	}
	var facts []extract.Fact
	for i := range n {
		name := fmt.Sprintf("Envoy %c%c Tarn", 'A'+i%26, 'a'+i/26)
		var docs []string
		for k := range 3 {
			d := fmt.Sprintf("d%d-%d", i, k)
			docs = append(docs, d)
			facts = append(facts,
				fact(name, "PERSON", "will travel for", "trade talks", "", fmt.Sprintf("%s will travel to Vellor for trade talks (%d).", name, k), d),
				fact(name, "PERSON", "will travel to", "Vellor", "GPE", fmt.Sprintf("%s will travel to Vellor for trade talks (%d).", name, k), d))
		}
		facts = append(facts,
			fact(name, "PERSON", "chairs", boards[i%3], "ORG", name+" chairs the board.", docs[0]),
			fact(name, "PERSON", "visited", ports[i%3], "GPE", name+" visited the port.", docs[1]))
		ents = append(ents, ent("PERSON", name, 6, docs))
	}
	return ents, facts
}

var dotEdge = regexp.MustCompile(`(?m)^\t("[^"]+") -> ("[^"]+") \[id="e\d+", label="([^"×+]*)`)

// TestMapHubs: on a map of a story where every actor links to the same few
// hubs, no node has more than hubDegree edges, no relation is drawn on more
// edges than that, and at most crossEdges edges join nodes drawn for other
// edges.
func TestMapHubs(t *testing.T) {
	tests := []struct {
		envoys, top int
	}{
		{24, 0},
		{24, 12},
		{40, 60},
		{6, 0},
	}
	for _, tt := range tests {
		ents, facts := hubStory(tt.envoys)
		dot, err := MapDOT(ents, facts, MapOptions{MaxNodes: tt.top})
		if err != nil {
			t.Fatal(err)
		}
		limit := tt.top
		if limit == 0 {
			limit = DefaultMaxNodes
		}
		hub, cross := max(8, limit/4), limit/2 // hubDegree, crossEdges
		deg := map[string]int{}
		edges := dotEdge.FindAllStringSubmatch(string(dot), -1)
		if len(edges) == 0 {
			t.Fatalf("%d envoys, top %d: no edges", tt.envoys, tt.top)
		}
		rels := map[string]int{}
		for _, e := range edges {
			deg[e[1]]++
			deg[e[2]]++
			rels[strings.TrimSpace(e[3])]++
		}
		for r, n := range rels {
			if n > hub {
				t.Errorf("%d envoys, top %d: %d edges say %q, want at most %d", tt.envoys, tt.top, n, r, hub)
			}
		}
		for n, d := range deg {
			if d > hub {
				t.Errorf("%d envoys, top %d: %s has %d edges, want at most %d", tt.envoys, tt.top, n, d, hub)
			}
		}
		if len(edges) > len(deg)-1+cross {
			t.Errorf("%d envoys, top %d: %d edges on %d nodes, want at most %d", tt.envoys, tt.top, len(edges), len(deg), len(deg)-1+cross)
		}
		// A small story keeps every edge.
		if tt.envoys == 6 && len(edges) != 6*4 {
			t.Errorf("6 envoys: %d edges, want all 24", len(edges))
		}
	}
}

// TestEdgeLabelDate: an edge's label carries a date only when every fact
// stating its relation has that date or none.
func TestEdgeLabelDate(t *testing.T) {
	mk := func(date, sentence, doc string) *extract.Fact {
		f := fact("Ida Brunn", "PERSON", "will visit", "Vellor", "GPE", sentence, doc)
		f.RelationLemma = "visit"
		f.Date = date
		return &f
	}
	tests := []struct {
		name  string
		facts []*extract.Fact
		want  string
	}{
		{"one date", []*extract.Fact{mk("2031-03-02", "Brunn will visit Vellor on Monday.", "d1")}, "will visit (2031-03-02)"},
		{"same date twice", []*extract.Fact{mk("2031-03-02", "Brunn will visit Vellor on Monday.", "d1"),
			mk("2031-03-02", "On Monday Brunn will visit Vellor.", "d2")}, "will visit (2031-03-02) ×2"},
		{"dated and undated", []*extract.Fact{mk("2031-03-02", "Brunn will visit Vellor on Monday.", "d1"),
			mk("", "Brunn will visit Vellor.", "d2")}, "will visit (2031-03-02) ×2"},
		{"two dates", []*extract.Fact{mk("2031-03-02", "Brunn will visit Vellor on Monday.", "d1"),
			mk("2031-W20", "Brunn will visit Vellor next week.", "d2"), mk("2031-06", "Brunn will visit Vellor in June.", "d3")}, "will visit ×3"},
	}
	for _, tt := range tests {
		e := mapEdge{facts: tt.facts}
		if got := e.bestLabel(); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestFocusDateValues: around a focused entity, a dated fact whose other
// argument is only a time expression draws no value node: the edge's date
// says it. Other values, and undated times, stay.
func TestFocusDateValues(t *testing.T) {
	tests := []struct {
		obj, date string
		drawn     bool
	}{
		{"March 6", "2031-03-06", false},
		{"2032", "2032", false},
		{"on Tuesday, May 3rd", "2031-05-03", false},
		{"early next week", "2031-W19", false},
		{"March 6", "", true},
		{"the harbour levy", "2031-03-06", true},
		{"May Tarn", "2031-03-06", true},
		{"the 2032 budget", "2032", true},
	}
	for _, tt := range tests {
		ents := []extract.Entity{ent("PERSON", "Ida Brunn", 3, []string{"d1"}), ent("GPE", "Vellor", 2, []string{"d1"})}
		f := fact("Ida Brunn", "PERSON", "spoke on", tt.obj, "", "Brunn spoke on "+tt.obj+".", "d1")
		f.Date = tt.date
		f.SetID()
		facts := []extract.Fact{f, fact("Ida Brunn", "PERSON", "visited", "Vellor", "GPE", "Brunn visited Vellor.", "d1")}
		dot, err := MapDOT(ents, facts, MapOptions{Focus: "Ida Brunn"})
		if err != nil {
			t.Fatal(err)
		}
		got := regexp.MustCompile(`"v:[^"]*"`).MatchString(string(dot))
		if got != tt.drawn {
			t.Errorf("%q dated %q: value drawn %v, want %v", tt.obj, tt.date, got, tt.drawn)
		}
	}
}
