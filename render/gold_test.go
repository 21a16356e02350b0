package render

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/internal/shared"
)

// goldStory turns the shared gold labels (entities and facts of a real news
// story) into render input. The gold file has no sentences; none are copied
// from the articles either.
func goldStory(t testing.TB) ([]extract.Entity, []extract.Fact) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(shared.Dir(t, "gold"), "paris-summit.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Entities []struct {
			Name, Type string
			Aliases    []string
		}
		Facts []struct {
			ID, Subject, Date string
			RelationAny       []string `json:"relation_any"`
			ObjectAny         []string `json:"object_any"`
			Docs              []string
		}
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	var ents []extract.Entity
	for _, e := range g.Entities {
		ents = append(ents, extract.Entity{ID: extract.EntityID(e.Type, e.Name), Name: e.Name, Type: e.Type, Aliases: e.Aliases, Mentions: len(e.Aliases)})
	}
	var facts []extract.Fact
	for _, f := range g.Facts {
		if len(f.RelationAny) == 0 || len(f.ObjectAny) == 0 {
			continue
		}
		x := extract.Fact{Subject: f.Subject, Relation: f.RelationAny[0], Object: f.ObjectAny[0], Date: f.Date}
		for _, d := range f.Docs {
			x.Sources = append(x.Sources, extract.Source{Doc: d, Sentence: "gold fact " + f.ID})
		}
		x.SetID()
		facts = append(facts, x)
	}
	return ents, facts
}

func TestGoldMap(t *testing.T) {
	ents, facts := goldStory(t)
	m, err := buildMap(ents, facts, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.edges) < 5 {
		t.Fatalf("gold story: %d edges drawn, want most entity–entity facts", len(m.edges))
	}
	svg, err := Map(t.Context(), nil, ents, facts, MapOptions{Title: "gold"}, "svg")
	if err != nil {
		t.Fatal(err)
	}
	texts, _ := svgText(t, svg)
	joined := strings.Join(texts, " ")
	for _, nd := range m.nodes {
		for _, line := range wrap(nd.label, 18, 3) {
			if !slices.Contains(texts, line) {
				t.Errorf("gold map lacks node text %q in %s", line, joined)
			}
		}
	}
	// Focus by alias, case-insensitively.
	var person string
	for _, e := range ents {
		if e.Type == "PERSON" && len(e.Aliases) > 1 {
			person = e.Aliases[len(e.Aliases)-1]
			break
		}
	}
	if person == "" {
		t.Skip("gold has no person with aliases")
	}
	if _, err := MapDOT(ents, facts, MapOptions{Focus: strings.ToUpper(person)}); err != nil {
		t.Errorf("focus on alias %q: %v", person, err)
	}
}
