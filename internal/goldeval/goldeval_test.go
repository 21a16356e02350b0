package goldeval_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/pipeline"
	"github.com/storygraph/storygraph/internal/goldeval"
	"github.com/storygraph/storygraph/internal/shared"
)

// TestSeedsAgainstGold runs the whole extraction on the seed articles and
// fails if a figure the issues set as a target regresses. The floors are
// the issues' targets where we reach them, else what we measured
// (figures: `storygraph eval gold`).
func TestSeedsAgainstGold(t *testing.T) {
	seeds := shared.Dir(t, "seeds")
	g, err := goldeval.Load(filepath.Join(shared.Dir(t, "gold"), "paris-summit.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	models, err := nlp.Load(en.FS)
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := time.Parse("2006-01-02", g.ReferenceDate)
	rep, err := goldeval.Run(context.Background(), pipeline.New(nlp.New(models), pipeline.Options{}), seeds, ref, g)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	rep.WriteText(&b)
	t.Log("\n" + b.String())

	if rep.Pairwise.F1 < 0.97 {
		t.Errorf("alias pairwise F1 = %.3f, want ≥ 0.97 (issue 5)", rep.Pairwise.F1)
	}
	if rep.DistinctApart != rep.DistinctTotal {
		t.Errorf("distinct pairs apart = %d/%d, want all (issue 5)", rep.DistinctApart, rep.DistinctTotal)
	}
	if len(rep.NoiseEntities) > 0 || len(rep.NoiseInFacts) > 0 {
		t.Errorf("noise reached entities %v or facts %v (issues 2, 5)", rep.NoiseEntities, rep.NoiseInFacts)
	}
	if rep.EventsFound != rep.EventsTotal {
		t.Errorf("timeline events = %d/%d, want all (issue 6)", rep.EventsFound, rep.EventsTotal)
	}
	if len(rep.FactsWrongDate) > 0 {
		t.Errorf("facts dated wrongly: %v (issue 6)", rep.FactsWrongDate)
	}
	// The target of issue 12: the seeds are one check among several, so the
	// floor is the target, not the last measurement.
	const factsFloor = 27
	if rep.FactsFound < factsFloor {
		t.Errorf("gold facts found = %d/%d, want ≥ %d (issue 12)", rep.FactsFound, rep.FactsTotal, factsFloor)
	}
	// Precision made visible: the graph level must stay a selection (1.9
	// graph facts per sentence and 1% be/have when this was written; the
	// extractions were 8.1 per sentence).
	if rep.FactsPerSentence > 3.5 || rep.BeHaveShare > 0.1 {
		t.Errorf("graph facts per sentence %.2f (want ≤ 3.5), be/have share %.2f (want ≤ 0.10) (issue 12)", rep.FactsPerSentence, rep.BeHaveShare)
	}
}

// TestHarrowAgainstGold runs the whole extraction on five business-news
// articles written for the project (testdata/harrow) and holds what it
// measured there: entities resolved (a company named after a title word, a
// company and a person of one surname), facts found, and no denied,
// negated or conditional statement read as a fact.
func TestHarrowAgainstGold(t *testing.T) {
	g, err := goldeval.Load(filepath.Join("testdata", "harrow", "harrow.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	models, err := nlp.Load(en.FS)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := goldeval.Run(t.Context(), pipeline.New(nlp.New(models), pipeline.Options{}), filepath.Join("testdata", "harrow", "articles"), time.Time{}, g)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	rep.WriteText(&b)
	t.Log("\n" + b.String())
	if rep.FactsFound < 13 { // measured 13/14
		t.Errorf("gold facts found = %d/%d, want ≥ 13", rep.FactsFound, rep.FactsTotal)
	}
	if rep.Pairwise.F1 < 0.97 || rep.DistinctApart != rep.DistinctTotal {
		t.Errorf("aliases F1 %.3f, distinct pairs %d/%d; want ≥ 0.97 and all", rep.Pairwise.F1, rep.DistinctApart, rep.DistinctTotal)
	}
	if len(rep.FalsehoodsAsserted) > 0 || len(rep.NoiseEntities) > 0 || len(rep.NoiseInFacts) > 0 {
		t.Errorf("falsehoods asserted %v, noise entities %v, noise in facts %v", rep.FalsehoodsAsserted, rep.NoiseEntities, rep.NoiseInFacts)
	}
	if rep.EventsFound != rep.EventsTotal {
		t.Errorf("timeline events = %d/%d, want all", rep.EventsFound, rep.EventsTotal)
	}
}
