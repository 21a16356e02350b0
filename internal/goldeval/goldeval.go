package goldeval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/ingest"
	"github.com/storygraph/storygraph/extract/lemma"
	"github.com/storygraph/storygraph/extract/pipeline"
	"github.com/storygraph/storygraph/extract/token"
	"github.com/storygraph/storygraph/graph/timeline"
)

// Gold is the reference file.
type Gold struct {
	About         string       `json:"about"`
	ReferenceDate string       `json:"reference_date"`
	Entities      []GoldEntity `json:"entities"`
	Distinct      [][]string   `json:"distinct"`
	Facts         []GoldFact   `json:"facts"`
	Timeline      []GoldEvent  `json:"timeline"`
	Noise         []string     `json:"noise"`
	// Falsehoods are facts the articles do not assert: denied, negated,
	// conditional. None may be a graph fact that is neither negated nor
	// modal.
	Falsehoods []GoldFact `json:"falsehoods,omitempty"`
}

// GoldEntity is one labelled entity.
type GoldEntity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

// GoldFact is one labelled fact.
type GoldFact struct {
	ID          string   `json:"id"`
	Subject     string   `json:"subject"`
	RelationAny []string `json:"relation_any"`
	ObjectAny   []string `json:"object_any"`
	Docs        []string `json:"docs"`
	Date        string   `json:"date"`
	// Negated, when set, is the polarity the fact must have.
	Negated *bool `json:"negated,omitempty"`
}

// GoldEvent is one labelled timeline event.
type GoldEvent struct {
	ID          string   `json:"id"`
	Date        string   `json:"date"`
	Granularity string   `json:"granularity"`
	What        string   `json:"what"`
	Docs        []string `json:"docs"`
}

// Load reads a gold file.
func Load(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("goldeval: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("goldeval: %s: %w", path, err)
	}
	return &g, nil
}

// Extractor is what Run needs of the pipeline.
type Extractor interface {
	Extract(ctx context.Context, docs []extract.Document, known []extract.Entity) (*pipeline.Result, error)
}

// Report holds the scores.
type Report struct {
	FactsFound     int      `json:"facts_found"`
	FactsTotal     int      `json:"facts_total"`
	FactsMissing   []string `json:"facts_missing"`
	FactsWrongDate []string `json:"facts_wrong_date"`
	Pairwise       PRF      `json:"alias_pairwise"`
	AliasesFound   int      `json:"aliases_found"`
	AliasesTotal   int      `json:"aliases_total"`
	DistinctApart  int      `json:"distinct_apart"`
	DistinctTotal  int      `json:"distinct_total"`
	NoiseEntities  []string `json:"noise_entities"`
	NoiseInFacts   []string `json:"noise_in_facts"`
	EventsFound    int      `json:"events_found"`
	EventsTotal    int      `json:"events_total"`
	EventsMissing  []string `json:"events_missing"`
	// FalsehoodsAsserted lists the gold falsehoods found as graph facts
	// that are neither negated nor modal.
	FalsehoodsAsserted []string       `json:"falsehoods_asserted"`
	Counts             map[string]int `json:"counts"`
	// FactsPerSentence is the graph facts (those that passed the precision
	// gate) per sentence of the documents, titles included; BeHaveShare the
	// share of graph facts whose relation is a bare "be" or "have". Both
	// make precision visible on the seeds: a gate that lets everything
	// through raises both.
	FactsPerSentence float64 `json:"facts_per_sentence"`
	BeHaveShare      float64 `json:"be_have_share"`
}

// PRF is precision, recall and F1.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Run reads the seeds in dir with publication date ref, extracts them with
// x and scores the result against g.
func Run(ctx context.Context, x Extractor, dir string, ref time.Time, g *Gold) (*Report, error) {
	docs, err := ingest.Read(ctx, []string{dir}, ingest.Options{Date: ref})
	if err != nil {
		return nil, err
	}
	res, err := x.Extract(ctx, docs, nil)
	if err != nil {
		return nil, err
	}
	return Score(res, g), nil
}

// Score scores an extraction result against g.
//
// Gold facts and timeline events are looked for among the graph facts only
// (those with an empty [extract.Fact.Gate], which is what the graph shows);
// noise is looked for among all facts.
func Score(res *pipeline.Result, g *Gold) *Report {
	graphFacts := make([]extract.Fact, 0, len(res.Facts))
	beHave := 0
	for _, f := range res.Facts {
		if f.Gate != "" {
			continue
		}
		graphFacts = append(graphFacts, f)
		switch f.RelationLemma {
		case "be", "have":
			beHave++
		}
	}
	sentences := 0
	for _, d := range res.Documents {
		sentences += len(token.Sentences(d.Text))
		if strings.TrimSpace(d.Title) != "" {
			sentences++
		}
	}
	r := &Report{Counts: map[string]int{"documents": len(res.Documents), "sentences": sentences, "entities": len(res.Entities),
		"facts": len(res.Facts), "graph_facts": len(graphFacts), "falsehoods": len(g.Falsehoods)}}
	if sentences > 0 {
		r.FactsPerSentence = float64(len(graphFacts)) / float64(sentences)
	}
	if len(graphFacts) > 0 {
		r.BeHaveShare = float64(beHave) / float64(len(graphFacts))
	}
	m := newMatcher(res, g)
	r.scoreFacts(m, graphFacts, res.Facts, g)
	r.scoreEntities(m, res, g)
	r.scoreTimeline(graphFacts, g)
	return r
}

// matcher resolves names to gold entities and to predicted entities.
type matcher struct {
	goldOf   map[string]string // lower alias or name → gold entity name
	predOf   map[string]string // lower alias → predicted entity id (the most mentioned holding it)
	predName map[string]string // predicted id → canonical name
	predGold map[string]string // predicted id → gold entity name, by its name or aliases
}

func newMatcher(res *pipeline.Result, g *Gold) *matcher {
	m := &matcher{goldOf: map[string]string{}, predOf: map[string]string{}, predName: map[string]string{}, predGold: map[string]string{}}
	for _, e := range g.Entities {
		m.goldOf[strings.ToLower(e.Name)] = e.Name
		for _, a := range e.Aliases {
			if _, ok := m.goldOf[strings.ToLower(a)]; !ok {
				m.goldOf[strings.ToLower(a)] = e.Name
			}
		}
	}
	ents := append([]extract.Entity(nil), res.Entities...)
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].Mentions > ents[j].Mentions })
	for _, e := range ents {
		m.predName[e.ID] = e.Name
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			k := strings.ToLower(a)
			if _, ok := m.predOf[k]; !ok {
				m.predOf[k] = e.ID
			}
		}
		// The gold entity of a predicted one: by its name, else the gold
		// entity most of its aliases belong to.
		if gn, ok := m.goldOf[strings.ToLower(e.Name)]; ok {
			m.predGold[e.ID] = gn
			continue
		}
		votes := map[string]int{}
		bestName, bestN := "", 0
		for _, a := range e.Aliases {
			if gn, ok := m.goldOf[strings.ToLower(a)]; ok {
				votes[gn]++
				if votes[gn] > bestN || (votes[gn] == bestN && gn < bestName) {
					bestName, bestN = gn, votes[gn]
				}
			}
		}
		if bestN > 0 {
			m.predGold[e.ID] = bestName
		}
	}
	return m
}

// goldEntity returns the gold entity an argument (id and text) stands for.
func (m *matcher) goldEntity(id, text string) string {
	if id != "" {
		if gn, ok := m.predGold[id]; ok {
			return gn
		}
	}
	if gn, ok := m.goldOf[strings.ToLower(strings.TrimSpace(text))]; ok {
		return gn
	}
	return ""
}

func (r *Report) scoreFacts(m *matcher, graphFacts, all []extract.Fact, g *Gold) {
	r.FactsTotal = len(g.Facts)
	for _, gf := range g.Facts {
		found, wrongDate := false, ""
		for i := range graphFacts {
			f := &graphFacts[i]
			if !factMatches(m, f, gf) {
				continue
			}
			found = true
			if gf.Date != "" && f.Date != "" && !strings.HasPrefix(gf.Date, f.Date) {
				wrongDate = fmt.Sprintf("%s: %s %s %s dated %s, want %s", gf.ID, f.Subject, f.Relation, f.Object, f.Date, gf.Date)
				continue
			}
			wrongDate = ""
			break
		}
		if found {
			r.FactsFound++
		} else {
			r.FactsMissing = append(r.FactsMissing, fmt.Sprintf("%s: %s %v %v", gf.ID, gf.Subject, gf.RelationAny, gf.ObjectAny))
		}
		if wrongDate != "" {
			r.FactsWrongDate = append(r.FactsWrongDate, wrongDate)
		}
	}
	for _, gf := range g.Falsehoods {
		for i := range graphFacts {
			f := &graphFacts[i]
			if !f.Negated && f.Modality == "" && factMatches(m, f, gf) {
				r.FalsehoodsAsserted = append(r.FalsehoodsAsserted, fmt.Sprintf("%s: %s %s %s", gf.ID, f.Subject, f.Relation, f.Object))
			}
		}
	}
	for _, f := range all {
		for _, n := range g.Noise {
			if containsWord(f.Subject, n) || containsWord(f.Object, n) {
				r.NoiseInFacts = append(r.NoiseInFacts, fmt.Sprintf("%s: %s %s %s", n, f.Subject, f.Relation, f.Object))
			}
		}
	}
}

// factMatches reports whether f is gold fact gf: the subject is gf's gold
// entity (or, for a subject that is no gold entity, contains its words),
// the relation has one of gf's words, the object or an argument names one of
// gf's objects (any object when gf lists none), and the polarity agrees
// when gf sets it.
func factMatches(m *matcher, f *extract.Fact, gf GoldFact) bool {
	if gf.Negated != nil && f.Negated != *gf.Negated {
		return false
	}
	if subj := m.goldEntity(f.SubjectID, f.Subject); subj != gf.Subject {
		if _, isEntity := m.goldOf[strings.ToLower(gf.Subject)]; isEntity || subj != "" ||
			!strings.Contains(strings.ToLower(f.Subject), strings.ToLower(gf.Subject)) {
			return false
		}
	}
	rel := relationWords(f)
	ok := false
	for _, w := range gf.RelationAny {
		if rel[strings.ToLower(w)] {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	if len(gf.ObjectAny) == 0 {
		return true
	}
	objGold := m.goldEntity(f.ObjectID, f.Object)
	obj := strings.ToLower(f.Object + " " + argsText(f))
	for _, o := range gf.ObjectAny {
		if objGold != "" && objGold == m.goldOf[strings.ToLower(o)] {
			return true
		}
		if strings.Contains(obj, strings.ToLower(o)) {
			return true
		}
	}
	return false
}

func argsText(f *extract.Fact) string {
	var parts []string
	for _, a := range f.Args {
		parts = append(parts, a.Text)
	}
	return strings.Join(parts, " ")
}

// relationWords returns the lower-cased words of the relation and their
// lemmas (as verb and as noun).
func relationWords(f *extract.Fact) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(f.Relation + " " + f.RelationLemma)) {
		w = strings.Trim(w, ".,;:'\"")
		out[w] = true
		out[lemma.Lemmatize(w, "VERB")] = true
		out[lemma.Lemmatize(w, "NOUN")] = true
	}
	return out
}

func containsWord(text, word string) bool {
	t, w := strings.ToLower(text), strings.ToLower(word)
	i := strings.Index(t, w)
	for i >= 0 {
		before := i == 0 || !isLetter(t[i-1])
		after := i+len(w) == len(t) || !isLetter(t[i+len(w)])
		if before && after {
			return true
		}
		j := strings.Index(t[i+1:], w)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func (r *Report) scoreEntities(m *matcher, res *pipeline.Result, g *Gold) {
	// Pairwise scores over the gold aliases that the prediction holds.
	type item struct{ gold, pred string }
	var items []item
	for _, e := range g.Entities {
		for _, a := range e.Aliases {
			r.AliasesTotal++
			if id, ok := m.predOf[strings.ToLower(a)]; ok {
				items = append(items, item{e.Name, id})
			}
		}
	}
	r.AliasesFound = len(items)
	var tp, fp, fn float64
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			sameGold := items[i].gold == items[j].gold
			samePred := items[i].pred == items[j].pred
			switch {
			case sameGold && samePred:
				tp++
			case !sameGold && samePred:
				fp++
			case sameGold && !samePred:
				fn++
			}
		}
	}
	r.Pairwise = prf(tp, fp, fn)
	r.DistinctTotal = len(g.Distinct)
	for _, pair := range g.Distinct {
		if len(pair) != 2 {
			continue
		}
		a, okA := m.predOf[strings.ToLower(pair[0])]
		b, okB := m.predOf[strings.ToLower(pair[1])]
		if !okA || !okB || a != b {
			r.DistinctApart++
		}
	}
	for _, e := range res.Entities {
		for _, n := range g.Noise {
			hit := containsWord(e.Name, n)
			for _, a := range e.Aliases {
				hit = hit || containsWord(a, n)
			}
			if hit {
				r.NoiseEntities = append(r.NoiseEntities, e.Name)
				break
			}
		}
	}
}

func prf(tp, fp, fn float64) PRF {
	var p PRF
	if tp+fp > 0 {
		p.Precision = tp / (tp + fp)
	}
	if tp+fn > 0 {
		p.Recall = tp / (tp + fn)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	return p
}

var stop = map[string]bool{"the": true, "a": true, "an": true, "of": true, "at": true, "in": true, "on": true,
	"to": true, "and": true, "with": true, "for": true, "after": true, "first": true, "further": true,
	"us": true, "u.s.": true}

func (r *Report) scoreTimeline(facts []extract.Fact, g *Gold) {
	tl := timeline.Build(facts, timeline.Options{})
	r.EventsTotal = len(g.Timeline)
	for _, ge := range g.Timeline {
		want := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(ge.What)) {
			w = strings.Trim(w, ",.;:'\"")
			if !stop[w] && w != "" {
				want[lemma.Lemmatize(w, "VERB")] = true
				want[w] = true
			}
		}
		// An event matches when it has the gold date, comes from one of the
		// gold documents and shares two content words with the gold
		// description (its trigger verb counts twice).
		found := false
		for _, e := range tl.Events {
			if e.Date != ge.Date || !sharesDoc(e.Sources, ge.Docs) {
				continue
			}
			score := 0
			seen := map[string]bool{}
			if t := lemma.Lemmatize(strings.ToLower(e.Trigger), "VERB"); want[t] {
				score += 2
				seen[t] = true
			}
			for _, w := range strings.Fields(strings.ToLower(e.Subject + " " + e.Relation + " " + e.Object)) {
				w = strings.Trim(w, ",.;:'\"“”")
				l := lemma.Lemmatize(w, "VERB")
				if seen[l] || !(want[w] || want[l]) {
					continue
				}
				seen[l] = true
				score++
			}
			if score >= 2 {
				found = true
				break
			}
		}
		if found {
			r.EventsFound++
		} else {
			r.EventsMissing = append(r.EventsMissing, fmt.Sprintf("%s %s: %s", ge.ID, ge.Date, ge.What))
		}
	}
}

func sharesDoc(srcs []extract.Source, docs []string) bool {
	for _, s := range srcs {
		for _, d := range docs {
			if strings.HasPrefix(s.Doc, d) {
				return true
			}
		}
	}
	return false
}

// WriteText prints the report for people.
func (r *Report) WriteText(w io.Writer) error {
	_, err := fmt.Fprintf(w, `facts found            %d/%d
facts with wrong date  %d
alias pairwise P/R/F1  %.3f / %.3f / %.3f  (%d/%d gold aliases seen)
distinct pairs apart   %d/%d
noise entities         %d
noise in facts         %d
timeline events found  %d/%d
graph facts            %d of %d extractions, %.2f per sentence (%d sentences), %.0f%% be/have
falsehoods asserted    %d/%d
`, r.FactsFound, r.FactsTotal, len(r.FactsWrongDate), r.Pairwise.Precision, r.Pairwise.Recall, r.Pairwise.F1,
		r.AliasesFound, r.AliasesTotal, r.DistinctApart, r.DistinctTotal, len(r.NoiseEntities), len(r.NoiseInFacts),
		r.EventsFound, r.EventsTotal, r.Counts["graph_facts"], r.Counts["facts"], r.FactsPerSentence, r.Counts["sentences"], 100*r.BeHaveShare,
		len(r.FalsehoodsAsserted), r.Counts["falsehoods"])
	if err != nil {
		return err
	}
	for _, list := range []struct {
		name  string
		items []string
	}{{"missing fact", r.FactsMissing}, {"wrong date", r.FactsWrongDate}, {"noise entity", r.NoiseEntities},
		{"noise in fact", r.NoiseInFacts}, {"missing event", r.EventsMissing}, {"falsehood asserted", r.FalsehoodsAsserted}} {
		for _, it := range list.items {
			if _, err := fmt.Fprintf(w, "  %s: %s\n", list.name, it); err != nil {
				return err
			}
		}
	}
	return nil
}
