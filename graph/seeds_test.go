package graph_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/analyze"
	"github.com/storygraph/storygraph/internal/shared"
)

// goldBatch builds a batch from the shared seed articles and the entities and
// facts of the hand-labelled gold file: real names (accents, punctuation,
// aliases shared by distinct entities), real text sizes. Facts take the gold
// subject, first relation and first object; their source is the sentence
// around the first mention of the subject, read from the article at run
// time.
func goldBatch(t *testing.T) graph.Batch {
	t.Helper()
	seeds := shared.Dir(t, "seeds")
	raw, err := os.ReadFile(filepath.Join(shared.Dir(t, "gold"), "paris-summit.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents []struct{ File string } `json:"documents"`
		Entities  []struct {
			Name, Type string
			Aliases    []string
		} `json:"entities"`
		Facts []struct {
			ID, Subject, Date, Place string
			Relations                []string `json:"relation_any"`
			Objects                  []string `json:"object_any"`
			Docs                     []string `json:"docs"`
		} `json:"facts"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	var b graph.Batch
	texts := map[string]string{}
	for _, d := range gold.Documents {
		text, err := os.ReadFile(filepath.Join(seeds, d.File))
		if err != nil {
			t.Fatal(err)
		}
		id := d.File[:3]
		texts[id] = string(text)
		b.Documents = append(b.Documents, extract.Document{ID: id, Path: d.File, Text: string(text), Hash: extract.HashText(string(text))})
	}
	byName := map[string]string{}
	for _, e := range gold.Entities {
		id := extract.EntityID(e.Type, e.Name)
		var docs []string
		mentions := 0
		for _, d := range b.Documents {
			if n := strings.Count(d.Text, e.Name); n > 0 {
				docs = append(docs, d.ID)
				mentions += n
			}
		}
		b.Entities = append(b.Entities, extract.Entity{ID: id, Name: e.Name, Type: e.Type, Aliases: e.Aliases, Mentions: mentions, Docs: docs})
		byName[strings.ToLower(e.Name)] = id
		for _, a := range e.Aliases {
			if _, ok := byName[strings.ToLower(a)]; !ok {
				byName[strings.ToLower(a)] = id
			}
		}
	}
	for _, g := range gold.Facts {
		f := extract.Fact{Subject: g.Subject, SubjectID: byName[strings.ToLower(g.Subject)],
			Relation: g.Relations[0], RelationLemma: g.Relations[0], Object: g.Objects[0],
			ObjectID: byName[strings.ToLower(g.Objects[0])], Date: g.Date, Confidence: 1}
		if g.Place != "" {
			f.Args = []extract.Arg{{Role: "place", Text: g.Place}}
		}
		for _, d := range g.Docs {
			text := texts[d]
			off := max(0, strings.Index(text, g.Subject))
			start := strings.LastIndexAny(text[:off], ".\n") + 1
			end := off + strings.IndexAny(text[off:]+".", ".\n")
			f.Sources = append(f.Sources, extract.Source{Doc: d, Offset: start, Sentence: text[start:end]})
		}
		f.SetID()
		b.Facts = append(b.Facts, f)
	}
	return b
}

func TestGold(t *testing.T) {
	b := goldBatch(t)
	var dumps []string
	for name, open := range map[string]func(*testing.T) *graph.Store{"memory": openMemory, "bolt": openBolt} {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			st, err := s.Add(t.Context(), b)
			if err != nil {
				t.Fatalf("Add(gold) = %v", err)
			}
			if st.Facts != len(b.Facts) || st.Entities != len(b.Entities) || st.Documents != len(b.Documents) {
				t.Errorf("Add(gold) = %+v, want %d facts, %d entities, %d documents", st, len(b.Facts), len(b.Entities), len(b.Documents))
			}
			if per := float64(st.Quads) / float64(st.Facts); per > 20 {
				t.Errorf("%.1f quads per fact including entities and documents", per)
			}
			if st, err := s.Add(t.Context(), b); err != nil || st.Quads != 0 || len(st.SkippedDocuments) != len(b.Documents) {
				t.Errorf("Add(gold) again = %+v, %v, want 0 quads and every document skipped", st, err)
			}
			facts, err := s.Facts(t.Context(), graph.FactFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if len(facts) != len(b.Facts) {
				t.Errorf("Facts() = %d facts, want %d", len(facts), len(b.Facts))
			}
			for _, f := range b.Facts {
				i := slices.IndexFunc(facts, func(x extract.Fact) bool { return x.ID == f.ID })
				if i < 0 {
					t.Errorf("fact %s (%s %s %s) not read back", f.ID, f.Subject, f.Relation, f.Object)
					continue
				}
				gotJ, _ := json.Marshal(facts[i])
				sortSources(f.Sources)
				wantJ, _ := json.Marshal(f)
				if !bytes.Equal(gotJ, wantJ) {
					t.Errorf("fact read back as\n%s\nwant\n%s", gotJ, wantJ)
				}
			}
			// Aliases resolve, case-insensitively; two Trump/Tusk-like
			// distinct entities are not merged.
			about, err := s.Facts(t.Context(), graph.FactFilter{About: "zelenskyy"})
			if err != nil || len(about) == 0 {
				t.Errorf("Facts(About: zelenskyy) = %d facts, %v, want some", len(about), err)
			}
			for _, f := range about {
				if !strings.Contains(f.SubjectID+f.ObjectID, "zelensky") {
					t.Errorf("Facts(About: zelenskyy) returned %s: %s %s %s", f.ID, f.Subject, f.Relation, f.Object)
				}
			}
			g, err := s.Snapshot(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if g.Len() != len(b.Entities) {
				t.Errorf("Snapshot has %d nodes, want %d", g.Len(), len(b.Entities))
			}
			if top := analyze.Top(analyze.PageRank(g), 3); len(top) != 3 {
				t.Errorf("Top(PageRank(snapshot), 3) = %v", top)
			}
			var dump bytes.Buffer
			if err := s.WriteNQuads(t.Context(), &dump); err != nil {
				t.Fatal(err)
			}
			dumps = append(dumps, dump.String())
		})
	}
	if len(dumps) == 2 && dumps[0] != dumps[1] {
		t.Errorf("memory and bolt stores hold different quads for the same batch")
	}
}

func sortSources(s []extract.Source) {
	slices.SortFunc(s, func(a, b extract.Source) int {
		if a.Doc != b.Doc {
			return strings.Compare(a.Doc, b.Doc)
		}
		return a.Offset - b.Offset
	})
}
