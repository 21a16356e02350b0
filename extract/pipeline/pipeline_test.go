package pipeline_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/pipeline"
)

var extractor = sync.OnceValues(func() (*pipeline.Extractor, error) {
	m, err := nlp.Load(en.FS)
	if err != nil {
		return nil, err
	}
	return pipeline.New(nlp.New(m), pipeline.Options{}), nil
})

func doc(id, published, text string) extract.Document {
	t, _ := time.Parse("2006-01-02", published)
	return extract.Document{ID: id, Published: t, Text: text, Hash: extract.HashText(text)}
}

func TestExtractProvenanceAndMerging(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	docs := []extract.Document{
		doc("a", "2025-03-08", "Mayor Elena Marchetti opened the new ferry terminal in Lisbon on Friday.\nMarchetti said the terminal cost 40 million euros."),
		doc("b", "2025-03-09", "The ferry terminal opened on Friday.\nElena Marchetti opened the new ferry terminal in Lisbon on Friday."),
	}
	res, err := x.Extract(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Facts) == 0 {
		t.Fatal("no facts")
	}
	texts := map[string]string{"a": docs[0].Text, "b": docs[1].Text}
	var opened *extract.Fact
	for i := range res.Facts {
		f := &res.Facts[i]
		t.Logf("%s [%s] | %s [%s] | %s | %s %v", f.Subject, f.SubjectID, f.Relation, f.RelationLemma, f.Object, f.Date, f.Sources)
		if f.ID == "" || len(f.Sources) == 0 {
			t.Errorf("fact %+v lacks id or sources", f)
		}
		for _, s := range f.Sources {
			text := texts[s.Doc]
			if s.Offset < 0 || s.Offset+len(s.Sentence) > len(text) || text[s.Offset:s.Offset+len(s.Sentence)] != s.Sentence {
				t.Errorf("source %+v does not point at its sentence in %s", s, s.Doc)
			}
		}
		if f.Subject == "Elena Marchetti" && strings.Contains(f.Relation, "open") && strings.Contains(f.Object, "terminal") {
			opened = f
		}
	}
	if opened == nil {
		t.Fatal("no (Elena Marchetti, opened, ... terminal) fact")
	}
	if opened.SubjectID == "" {
		t.Error("subject not linked to its entity")
	}
	if opened.Date != "2025-03-07" {
		t.Errorf("opened on Friday (published Saturday 2025-03-08) dated %q, want 2025-03-07", opened.Date)
	}
	// The same fact told by two documents is one fact with two sources.
	docsSeen := map[string]bool{}
	for _, s := range opened.Sources {
		docsSeen[s.Doc] = true
	}
	if !docsSeen["a"] || !docsSeen["b"] {
		t.Errorf("sources of the merged fact = %v, want both documents", opened.Sources)
	}
}

func TestExtractIsDeterministic(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	docs := []extract.Document{
		doc("a", "2025-03-08", "Mayor Elena Marchetti opened the terminal on Friday. She thanked the engineers."),
		doc("b", "2025-03-09", "Port Commissioner Viktor Dubrovsky criticised the cost. Moscow rejected the deal."),
		doc("c", "2025-03-10", "Dubrovsky said the port would open a second terminal in 2027."),
	}
	first, err := x.Extract(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		again, err := x.Extract(context.Background(), docs, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(again.Facts) != len(first.Facts) || len(again.Entities) != len(first.Entities) {
			t.Fatalf("run differs: %d/%d facts, %d/%d entities", len(again.Facts), len(first.Facts), len(again.Entities), len(first.Entities))
		}
		for i := range again.Facts {
			if again.Facts[i].ID != first.Facts[i].ID {
				t.Fatalf("fact %d differs: %s vs %s", i, again.Facts[i].ID, first.Facts[i].ID)
			}
		}
	}
}

func TestExtractCanceled(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Extract(ctx, []extract.Document{doc("a", "2025-01-01", "Nothing happened.")}, nil); err == nil {
		t.Error("Extract on a canceled context succeeded")
	}
}

// TestExtractCoreference checks end to end that pronoun subjects reach the
// right entity, and that weapons are not their makers (texts written for
// this test; the people and places are invented).
func TestExtractCoreference(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	docs := []extract.Document{
		doc("a", "2025-05-02", "Police arrested Darnell Price at his home in Ridgeford. He is also charged with theft."),
		doc("b", "2025-05-02", "A Norvalian drone attack hit the depot in Kessin on Friday."),
	}
	res, err := x.Extract(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, relation, wantSubject string
	}{
		{"pronoun subject is the person, not the town before it", "charged", "Darnell Price"},
		{"a drone attack is not its country", "hit", "A Norvalian drone attack"},
	}
	for _, tt := range tests {
		found := false
		for _, f := range res.Facts {
			if !strings.Contains(f.Relation, tt.relation) {
				continue
			}
			found = true
			if f.Subject != tt.wantSubject {
				t.Errorf("%s: subject of %q = %q (%s), want %q", tt.name, f.Relation, f.Subject, f.SubjectID, tt.wantSubject)
			}
		}
		if !found {
			t.Errorf("%s: no fact with relation %q", tt.name, tt.relation)
		}
	}
}
