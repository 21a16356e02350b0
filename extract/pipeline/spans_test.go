package pipeline_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/ingest"
	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/pipeline"
	"github.com/storygraph/storygraph/internal/shared"
)

// spanDocs are articles written for this test: pronouns, titles,
// appositions, possessives, passives, negation, phrasal verbs, quotes and
// coordinated verbs, all invented.
var spanDocs = []extract.Document{
	doc("harbour", "2025-06-14", "Mayor Elena Marchetti opened the new ferry terminal in Porto Vela on Friday. "+
		"She did not attend the gala that followed. "+
		"The terminal, a glass hall on the old quay, was designed by Studio Brandt. "+
		"Marchetti's deputy, Tomas Hale, later cut the ribbon.\n\n"+
		"\"We have waited ten years for this,\" Marchetti said. "+
		"Critics said the project had gone over budget and was delayed twice."),
	doc("mill", "2025-06-15", "The Kellerman Group bought the old paper mill in Ostrava for 12 million euros. "+
		"The company will turn it into flats, its chief executive, Dana Roth, told reporters. "+
		"Roth was questioned and later released by the police in 2019. "+
		"The council has not approved the plans yet, and residents gave up hope of a park."),
}

func TestSpansReadWhatTheFactSays(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	res, err := x.Extract(context.Background(), spanDocs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := checkSpans(t, res); n < 30 {
		t.Errorf("only %d sources checked; the articles should give more facts", n)
	}
	// Two facts whose spans are known: a pronoun subject resolved to its
	// entity keeps the pronoun's span, and a relation split by a
	// coordination keeps two runs.
	for _, tc := range []struct {
		subjectID, relation, subj string
		rel                       []string
	}{
		{"e:person:elena_marchetti", "did not attend", "She", []string{"did not attend"}},
		{"e:person:dana_roth", "was later released by", "Roth", []string{"was", "later released by"}},
	} {
		found := false
		for _, f := range res.Facts {
			if f.SubjectID != tc.subjectID || f.Relation != tc.relation {
				continue
			}
			found = true
			text := docText(f.Sources[0].Doc)
			sp := f.Sources[0].Spans
			var rel []string
			for _, r := range sp.Relation {
				rel = append(rel, text[r.Off:r.End])
			}
			if got := text[sp.Subject.Off:sp.Subject.End]; got != tc.subj || !slices.Equal(rel, tc.rel) {
				t.Errorf("(%s; %s; %s) spans read %q and %q, want %q and %q", f.Subject, f.Relation, f.Object, got, rel, tc.subj, tc.rel)
			}
		}
		if !found {
			t.Errorf("no fact (%s; %s; ...)", tc.subjectID, tc.relation)
		}
	}
}

// TestSpansSeeds checks the spans of every fact read from the shared seed
// articles; it is skipped when they are absent.
func TestSpansSeeds(t *testing.T) {
	dir := shared.Dir(t, "seeds")
	if testing.Short() {
		t.Skip("the seeds take a few seconds")
	}
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := ingest.Read(t.Context(), []string{dir}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := x.Extract(t.Context(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, d := range docs {
		texts[d.ID] = d.Text
	}
	if n := checkSpansIn(t, res, texts); n < 500 {
		t.Errorf("only %d sources checked on the seeds", n)
	}
}

func docText(id string) string {
	for _, d := range spanDocs {
		if d.ID == id {
			return d.Text
		}
	}
	return ""
}

func checkSpans(t *testing.T, res *pipeline.Result) int {
	texts := map[string]string{}
	for _, d := range spanDocs {
		texts[d.ID] = d.Text
	}
	return checkSpansIn(t, res, texts)
}

// checkSpansIn checks every source of every fact of res against the
// document texts and returns the number of sources checked. A span must
// lie in its sentence; the subject and object spans must read the
// fact's subject and object, or, where the fact names an entity instead,
// a mention of it (its name, an alias or a pronoun); the relation spans
// must read words of the relation, in order.
func checkSpansIn(t *testing.T, res *pipeline.Result, texts map[string]string) int {
	t.Helper()
	ents := map[string]extract.Entity{}
	for _, e := range res.Entities {
		ents[e.ID] = e
	}
	n := 0
	for _, f := range res.Facts {
		for _, src := range f.Sources {
			n++
			text := texts[src.Doc]
			if src.Offset == extract.TitleOffset {
				text = src.Sentence // a title's spans count from its start
			}
			src.Offset = src.SentenceStart()
			what := func() string { return "(" + f.Subject + "; " + f.Relation + "; " + f.Object + ") in " + src.Doc }
			sp := src.Spans
			in := func(s extract.Span) bool {
				return s.Off >= src.Offset && s.Off < s.End && s.End <= src.Offset+len(src.Sentence) && s.End <= len(text)
			}
			if !in(sp.Subject) {
				t.Errorf("%s: subject span %v outside its sentence at %d", what(), sp.Subject, src.Offset)
				continue
			}
			if (f.Object == "") != sp.Object.IsZero() || (f.Object != "" && !in(sp.Object)) {
				t.Errorf("%s: object span %v for object %q", what(), sp.Object, f.Object)
				continue
			}
			for k, r := range sp.Relation {
				if !in(r) || (k > 0 && r.Off <= sp.Relation[k-1].End) {
					t.Errorf("%s: relation spans %v out of order or outside the sentence", what(), sp.Relation)
				}
			}
			if got := text[sp.Subject.Off:sp.Subject.End]; !reads(got, f.Subject, f.SubjectID, ents[f.SubjectID]) && !readsNamed(got, f.Subject, res.Entities) && !readsDescribed(got, f.Subject) {
				t.Errorf("%s: subject span reads %q", what(), got)
			}
			if f.Object != "" {
				if got := text[sp.Object.Off:sp.Object.End]; !reads(got, f.Object, f.ObjectID, ents[f.ObjectID]) && !readsNamed(got, f.Object, res.Entities) && !readsDescribed(got, f.Object) {
					t.Errorf("%s: object span reads %q", what(), got)
				}
			}
			var rel []string
			for _, r := range sp.Relation {
				rel = append(rel, text[r.Off:r.End])
			}
			if !readsRelation(rel, f.Relation, f.RelationLemma) {
				t.Errorf("%s: relation spans read %q", what(), rel)
			}
		}
	}
	return n
}

// possessed reports a definite description that opens with a possessive
// determiner ("its chief executive"), bound like "the chief executive".
func possessed(lg string) bool {
	for _, d := range []string{"its ", "his ", "her ", "their ", "our "} {
		if strings.HasPrefix(lg, d) {
			return true
		}
	}
	return false
}

// reads reports whether span text got is what a fact argument said: said's
// words, punctuation aside, in order (an argument may leave a clause or a
// quotation mark out of its middle). An argument that names entity id
// may instead read a mention of it: its name or an alias (any case), a
// pronoun, a definite description ("the president", "its chief
// executive") that resolution bound to it, or a role noun ("chief
// executive") whose apposition names it.
func reads(got, said, id string, e extract.Entity) bool {
	if g, s := words(got), words(said); len(s) > 0 && subsequence(s, g) {
		return true
	}
	if id == "" {
		return false
	}
	lg := strings.ToLower(got)
	if ws := strings.Fields(lg); pronouns[lg] || strings.HasPrefix(lg, "the ") || strings.HasPrefix(lg, "both ") || possessed(lg) ||
		len(ws) > 0 && lexicon.Title(ws[len(ws)-1], lexicon.Office, lexicon.Role, lexicon.Rank, lexicon.Occupation) {
		return true
	}
	for _, name := range append([]string{e.Name, said}, e.Aliases...) {
		if name != "" && strings.Contains(lg, strings.ToLower(name)) {
			return true
		}
	}
	return false
}

// readsNamed reports whether span text got reads an argument in which the
// pipeline wrote entities' names over the pronouns and descriptions that
// stand for them ("ordered Piet Oram to repay" for "ordered him to
// repay", "Shares in Ardent Toys" for "Shares in the company"): said's
// words without those names, in order, and something left.
func readsNamed(got, said string, ents []extract.Entity) bool {
	s := words(said)
	for _, e := range ents {
		n := words(e.Name)
		if len(n) == 0 {
			continue
		}
		for i := 0; i+len(n) <= len(s); i++ {
			if slices.Equal(s[i:i+len(n)], n) {
				s = append(s[:i:i], s[i+len(n):]...)
				i--
			}
		}
	}
	return len(s) > 0 && subsequence(s, words(got))
}

// readsDescribed reports whether span text got reads an argument in which
// the pipeline wrote the fuller phrase a definite description stands for
// over it ("The Skyhopper toy drones" for "The drones", "Korvane's
// factory" for "this factory"): got's words after its article, in order,
// among said's.
func readsDescribed(got, said string) bool {
	if readsInnerDescribed(words(got), words(said)) {
		return true
	}
	return readsOpeningDescribed(got, said)
}

// readsInnerDescribed reports an argument whose descriptions inside it
// were written with the fuller phrases they stand for ("would monitor the
// recall closely" read as "would monitor Brightwell's recall closely"):
// the span's words in order among the argument's, but for a determiner
// and the noun after it, which the fuller phrase may write otherwise.
func readsInnerDescribed(g, s []string) bool {
	j := 0
	optional := false
	for _, w := range g {
		switch w {
		case "the", "this", "that", "these", "those":
			optional = true
			continue
		}
		k := j
		for k < len(s) && s[k] != w {
			k++
		}
		switch {
		case k < len(s):
			j = k + 1
		case !optional:
			return false
		}
		optional = false
	}
	return true
}

func readsOpeningDescribed(got, said string) bool {
	g := words(got)
	if len(g) < 2 {
		return false
	}
	switch g[0] {
	case "the", "this", "these":
	default:
		return false
	}
	return subsequence(g[1:], words(said))
}

// words splits s into lower-case words at spaces and punctuation (a fact
// merged from several sentences keeps the first one's case).
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
}

var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "i": true, "we": true,
	"him": true, "her": true, "them": true, "us": true, "me": true, "his": true, "its": true, "their": true}

// readsRelation reports whether the relation spans read rel are words of
// the relation, in order; the words not read must be ones the extractor
// supplies. A relation given as its lemma (the active voice of a
// passive) is read from one or two words whatever their form.
func readsRelation(rel []string, relation, lemma string) bool {
	if relation == lemma && len(rel) > 0 {
		return true
	}
	var read []string
	for _, r := range rel {
		read = append(read, strings.Fields(strings.ToLower(r))...)
	}
	k := 0
	for _, w := range strings.Fields(strings.ToLower(relation)) {
		if k < len(read) && read[k] == w {
			k++
			continue
		}
		switch w {
		case "is", "are", "was", "were", "has", "of":
		default:
			return false
		}
	}
	return k == len(read)
}

// subsequence reports whether a's words appear in b in order.
func subsequence(a, b []string) bool {
	k := 0
	for _, w := range b {
		if k < len(a) && a[k] == w {
			k++
		}
	}
	return k == len(a)
}
