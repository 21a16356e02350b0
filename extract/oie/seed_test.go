package oie_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie"
	"github.com/storygraph/storygraph/internal/shared"
)

type seedGold struct {
	Entities []struct {
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
	} `json:"entities"`
	Facts []struct {
		ID          string   `json:"id"`
		Subject     string   `json:"subject"`
		RelationAny []string `json:"relation_any"`
		ObjectAny   []string `json:"object_any"`
		Docs        []string `json:"docs"`
	} `json:"facts"`
}

// words splits text into lowercase words, punctuation stripped from the
// edges ("Trump's" gives "trump's" and "trump").
func words(s string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(s)) {
		f = strings.Trim(f, ".,;:!?\"'()“”‘’")
		if f == "" {
			continue
		}
		out = append(out, f)
		if b, ok := strings.CutSuffix(f, "'s"); ok {
			out = append(out, b)
		} else if b, ok := strings.CutSuffix(f, "’s"); ok {
			out = append(out, b)
		}
	}
	return out
}

// containsWords reports whether the words of alias occur in a row in w.
func containsWords(w []string, alias string) bool {
	a := words(alias)
	if len(a) == 0 {
		return false
	}
	for i := 0; i+len(a) <= len(w); i++ {
		ok := true
		for j := range a {
			if w[i+j] != a[j] && !(j == len(a)-1 && strings.TrimSuffix(w[i+j], "'s") == a[j]) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// entityOf returns the gold entity named in text: the one with the
// longest matching alias.
func entityOf(g *seedGold, text string) string {
	w := words(text)
	best, bestLen := "", 0
	for _, e := range g.Entities {
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if len(a) > bestLen && containsWords(w, a) {
				best, bestLen = e.Name, len(a)
			}
		}
	}
	return best
}

// TestSeedGold scores raw extractions (no entity resolution, pronouns
// unresolved) from the seed articles against the hand-labelled facts of
// gold/paris-summit.gold.json, matched loosely as its "about" field says:
// the subject names the gold subject, a relation_any word occurs in the
// lemmatised relation, and the object (or an extra argument) contains an
// object_any string.
func TestSeedGold(t *testing.T) {
	seeds := shared.Dir(t, "seeds")
	goldDir := shared.Dir(t, "gold")
	raw, err := os.ReadFile(filepath.Join(goldDir, "paris-summit.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g seedGold
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	models, err := nlp.Load(en.FS)
	if err != nil {
		// the entity recogniser is optional for extraction: retry without it
		t.Logf("loading all models: %v; retrying without %s", err, nlp.NERFile)
		sub := fstest.MapFS{}
		for _, name := range []string{nlp.TaggerFile, nlp.ParserFile} {
			b, rerr := fs.ReadFile(en.FS, name)
			if rerr != nil {
				t.Skipf("models not loadable: %v", rerr)
			}
			sub[name] = &fstest.MapFile{Data: b}
		}
		if models, err = nlp.Load(sub); err != nil {
			t.Skipf("models not loadable (being retrained?): %v", err)
		}
	}
	a := nlp.New(models)
	files, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles in %s: %v", seeds, err)
	}
	found := seedScore(t, &g, a, files, oie.Options{}, true)
	t.Logf("seed gold: %d of %d facts found (raw, before entity resolution)", found, len(g.Facts))
	withPron := seedScore(t, &g, a, files, oie.Options{ResolvePronouns: true}, false)
	t.Logf("seed gold: %d of %d facts found with in-sentence pronoun resolution", withPron, len(g.Facts))
	// 22 of 30 measured with the en-2026.1 models of 2026-11-22; the floor
	// leaves room for model retraining
	if found < 15 {
		t.Errorf("seed gold: only %d of %d facts found", found, len(g.Facts))
	}
}

func seedScore(t *testing.T, g *seedGold, a *nlp.Annotator, files []string, opts oie.Options, logMisses bool) int {
	t.Helper()
	byDoc := map[string][]oie.Extraction{}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := filepath.Base(f)[:3]
		for _, s := range a.Annotate(string(text)) {
			byDoc[doc] = append(byDoc[doc], oie.Extract(&s, opts)...)
		}
	}
	found := 0
	for _, gf := range g.Facts {
		hit := false
		for _, doc := range gf.Docs {
			for _, e := range byDoc[doc] {
				if matchFact(g, gf.Subject, gf.RelationAny, gf.ObjectAny, e) {
					hit = true
					break
				}
			}
			if hit {
				break
			}
		}
		if hit {
			found++
		} else if logMisses {
			t.Logf("missed %s: %s %v %v", gf.ID, gf.Subject, gf.RelationAny, gf.ObjectAny)
		}
	}
	return found
}

func matchFact(g *seedGold, subj string, rels, objs []string, e oie.Extraction) bool {
	if entityOf(g, e.Subject) != subj {
		return false
	}
	rw := append(words(e.RelationLemma), words(e.Relation)...)
	relOK := false
	for _, r := range rels {
		for _, x := range rw {
			if x == r || strings.HasPrefix(x, r) {
				relOK = true
			}
		}
	}
	if !relOK {
		return false
	}
	obj := strings.ToLower(e.Object)
	for _, a := range e.Args {
		obj += " | " + strings.ToLower(a.Text)
	}
	return slices.ContainsFunc(objs, func(o string) bool { return strings.Contains(obj, strings.ToLower(o)) })
}
