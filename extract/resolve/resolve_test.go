package resolve_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/resolve"
)

var annotator = sync.OnceValues(func() (*nlp.Annotator, error) {
	m, err := nlp.Load(en.FS)
	if err != nil {
		return nil, err
	}
	return nlp.New(m), nil
})

// resolveFiles annotates the named testdata files and resolves them.
func resolveFiles(t *testing.T, names ...string) (*resolve.Result, []resolve.Doc) {
	t.Helper()
	a, err := annotator()
	if err != nil {
		t.Fatal(err)
	}
	var docs []resolve.Doc
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, resolve.Doc{ID: strings.TrimSuffix(n, ".txt"), Sentences: a.Annotate(string(b))})
	}
	return resolve.Resolve(docs, nil), docs
}

// entityOf returns the entity a surface form was seen as (by alias).
func entityOf(res *resolve.Result, surface string) []string {
	var ids []string
	for _, e := range res.Entities {
		for _, a := range e.Aliases {
			if a == surface {
				ids = append(ids, e.ID)
				break
			}
		}
	}
	sort.Strings(ids)
	return ids
}

// tokenEntity returns the entity name at the first token equal to word in
// the sentence of doc containing phrase.
func tokenEntity(res *resolve.Result, docs []resolve.Doc, doc, phrase, word string) string {
	for _, d := range docs {
		if d.ID != doc {
			continue
		}
		for si, s := range d.Sentences {
			i := strings.Index(s.Text, phrase)
			if i < 0 {
				continue
			}
			for ti, tok := range s.Tokens {
				if tok.Text == word && tok.Off-s.Off >= i {
					_, name, _ := res.EntityAt(d.ID, si, ti)
					return name // "" when the token is no entity's
				}
			}
		}
	}
	return "<not found>"
}

func TestResolveHarbourCorpus(t *testing.T) {
	res, docs := resolveFiles(t, "harbour-1.txt", "harbour-2.txt", "harbour-3.txt")
	for _, e := range res.Entities {
		t.Logf("%-28s %-7s %d %v roles=%v", e.Name, e.Type, e.Mentions, e.Aliases, e.Roles)
	}
	same := [][]string{
		{"Elena Marchetti", "Mayor Elena Marchetti"},
		{"Viktor Dubrovsky", "Viktor Dubrovskiy", "Vik Dubrovskiy", "Dubrovskiy", "Dubrovsky"},
	}
	for _, group := range same {
		first := entityOf(res, group[0])
		if len(first) != 1 {
			t.Errorf("%q is in %d entities %v, want 1", group[0], len(first), first)
			continue
		}
		for _, s := range group[1:] {
			if got := entityOf(res, s); len(got) != 1 || got[0] != first[0] {
				t.Errorf("%q resolved to %v, want %v (with %q)", s, got, first, group[0])
			}
		}
	}
	apart := [][2]string{{"Elena Marchetti", "Paolo Marchetti"}, {"Elena Marchetti", "Elena Tusk"}}
	for _, p := range apart {
		a, b := entityOf(res, p[0]), entityOf(res, p[1])
		if len(a) == 0 || len(b) == 0 {
			t.Errorf("missing entity for %q (%v) or %q (%v)", p[0], a, p[1], b)
			continue
		}
		if a[0] == b[0] {
			t.Errorf("%q and %q merged into %s", p[0], p[1], a[0])
		}
	}
	tokens := []struct{ doc, phrase, word, want string }{
		{"harbour-1", "Moscow criticised", "Moscow", "Russia"},   // a capital as actor is the government
		{"harbour-1", "officials in Moscow", "Moscow", "Moscow"}, // a capital as place is the city
		{"harbour-1", "Russian shipping", "Russian", "Russia"},   // demonym
		{"harbour-1", "British and French", "British", "United Kingdom"},
		{"harbour-1", "British and French", "French", "France"},
		{"harbour-1", "Marchetti said", "Marchetti", "Elena Marchetti"}, // surname → full name in the document
		{"harbour-1", "She asked", "She", "Elena Marchetti"},            // pronoun → nearest person
		{"harbour-2", "Washington welcomed", "Washington", "United States"},
		{"harbour-2", "the U.S. ambassador", "U.S.", "United States"},
		{"harbour-3", "Marchetti replied", "Marchetti", "Elena Marchetti"}, // not Elena Tusk
	}
	for _, tt := range tokens {
		if got := tokenEntity(res, docs, tt.doc, tt.phrase, tt.word); got != tt.want {
			t.Errorf("%s: %q in %q = %q, want %q", tt.doc, tt.word, tt.phrase, got, tt.want)
		}
	}
	// Roles are kept apart from names.
	for _, e := range res.Entities {
		if e.Name == "Viktor Dubrovsky" || e.Name == "Viktor Dubrovskiy" {
			if !containsFold(e.Roles, "Commissioner") {
				t.Errorf("%s roles = %v, want a commissioner role", e.Name, e.Roles)
			}
		}
	}
}

func containsFold(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(strings.ToLower(s), strings.ToLower(sub)) {
			return true
		}
	}
	return false
}

func TestResolveKnownEntitiesKeepIDs(t *testing.T) {
	a, err := annotator()
	if err != nil {
		t.Fatal(err)
	}
	known := []extract.Entity{{ID: "e:person:elena_marchetti", Name: "Elena Marchetti", Type: "PERSON", Aliases: []string{"Elena Marchetti", "Marchetti"}}}
	docs := []resolve.Doc{{ID: "later", Sentences: a.Annotate("Mayor Elena Marchetti opened the new terminal on Friday.")}}
	res := resolve.Resolve(docs, known)
	found := false
	for _, e := range res.Entities {
		if e.ID == "e:person:elena_marchetti" {
			found = true
		}
	}
	if !found {
		t.Errorf("known entity id not reused; got %+v", res.Entities)
	}
}
