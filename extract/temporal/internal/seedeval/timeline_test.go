package seedeval_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract/ingest"
	"github.com/storygraph/storygraph/extract/lemma"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/temporal"
	"github.com/storygraph/storygraph/internal/shared"
)

type gold struct {
	ReferenceDate string `json:"reference_date"`
	Facts         []struct {
		ID          string   `json:"id"`
		Subject     string   `json:"subject"`
		RelationAny []string `json:"relation_any"`
		ObjectAny   []string `json:"object_any"`
		Docs        []string `json:"docs"`
		Date        string   `json:"date"`
	} `json:"facts"`
	Timeline []struct {
		ID, Date, What string
		Docs           []string
	} `json:"timeline"`
}

// dated is one verb of a seed sentence and the date the temporal package
// gives its clause.
type dated struct {
	doc       string // "000".."004"
	sent      int
	verb      string // lemma
	date      string // "" undated
	inherited bool
	words     map[string]bool // lemmas of the sentence's words
}

func verbLemma(t nlp.Token) string {
	return lemma.Lemmatize(strings.ToLower(t.Text), "VERB")
}

// readSeeds dates every verb of every seed sentence with a Context per
// document, in reading order.
func readSeeds(t *testing.T, ref time.Time, withContext bool) []dated {
	dir := shared.Dir(t, "seeds")
	a := loadAnnotator(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds in %s: %v", dir, err)
	}
	var out []dated
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := filepath.Base(f)[:3]
		c := temporal.NewContext(ref)
		// read the article as the pipeline does: boilerplate and repeated
		// paragraphs removed
		for _, s := range a.Annotate(ingest.Clean(string(b))) {
			txs := c.Find(&s)
			if !withContext {
				txs = temporal.Find(&s, ref)
			}
			words := map[string]bool{}
			for _, tk := range s.Tokens {
				words[strings.ToLower(tk.Text)] = true
				words[verbLemma(tk)] = true
			}
			for k, tk := range s.Tokens {
				if tk.UPOS != "VERB" {
					continue
				}
				d := dated{doc: doc, sent: s.Index, verb: verbLemma(tk), words: words}
				if withContext {
					if tx, ok := c.Attach(&s, txs, k); ok {
						d.date, d.inherited = tx.Value, tx.Inherited
					}
				} else if tx, ok := temporal.Attach(&s, txs, k); ok {
					d.date = tx.Value
				}
				out = append(out, d)
			}
		}
	}
	return out
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestSeedTimeline scores the dates the temporal package gives the seed
// articles' clauses against the gold timeline and the gold fact dates
// (reference date 2026-01-06): every gold event must have a clause in one
// of its documents whose verb (or, for summary events, two content words of
// the sentence) matches the description and whose date is the gold date;
// and no clause whose verb names a dated gold event or fact may carry a
// different date.
func TestSeedTimeline(t *testing.T) {
	gpath := filepath.Join(shared.Dir(t, "gold"), "paris-summit.gold.json")
	b, err := os.ReadFile(gpath)
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", gpath, err)
	}
	ref, err := time.Parse("2006-01-02", g.ReferenceDate)
	if err != nil {
		t.Fatal(err)
	}
	// without the document context (sentence by sentence) for comparison
	plain := readSeeds(t, ref, false)
	pf, pw := score(t, g, plain)
	t.Logf("sentence by sentence (Find+Attach): %d/%d events, %d wrongly dated", pf, len(g.Timeline), len(pw))

	recs := readSeeds(t, ref, true)
	found, wrong := score(t, g, recs)
	sort.Strings(wrong)
	ndated, ninh := 0, 0
	for _, r := range recs {
		if r.date != "" {
			ndated++
			if r.inherited {
				ninh++
			}
		}
		if os.Getenv("TEMPORAL_DUMP") != "" && r.date != "" {
			t.Logf("%s #%-2d %-12s %-10s inherited=%v", r.doc, r.sent, r.verb, r.date, r.inherited)
		}
	}
	t.Logf("gold timeline events with the right date: %d/%d; wrongly dated clauses: %d; verbs dated %d/%d (%d inherited)",
		found, len(g.Timeline), len(wrong), ndated, len(recs), ninh)
	for _, w := range wrong {
		t.Errorf("wrong date: %s", w)
	}
	if found < len(g.Timeline) {
		t.Errorf("%d/%d gold events dated right, want all", found, len(g.Timeline))
	}
}

// mentions reports whether the sentence of r names the subject and an
// object of a gold fact (a word of four letters or more each).
func mentions(r dated, subject string, objects []string) bool {
	any := func(phrases ...string) bool {
		for _, phrase := range phrases {
			for _, w := range strings.Fields(strings.ToLower(phrase)) {
				if len(w) > 3 && r.words[w] {
					return true
				}
			}
		}
		return false
	}
	return any(subject) && any(objects...)
}

// score counts the gold events dated right and lists wrongly dated clauses.
func score(t *testing.T, g gold, recs []dated) (found int, wrong []string) {

	for _, ge := range g.Timeline {
		var what []string
		for _, w := range strings.FieldsFunc(strings.ToLower(ge.What), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r == '-')
		}) {
			if len(w) > 3 {
				what = append(what, lemma.Lemmatize(w, "VERB"))
			}
		}
		ok := false
		for _, r := range recs {
			if !has(ge.Docs, r.doc) {
				continue
			}
			verbMatch := has(what, r.verb)
			n := 0
			for _, w := range what {
				if r.words[w] {
					n++
				}
			}
			if r.date == ge.Date && (verbMatch || n >= 3) {
				ok = true
			}
			if verbMatch && n >= 3 && r.date != "" && r.date != ge.Date && !strings.HasPrefix(ge.Date, r.date) {
				wrong = append(wrong, fmt.Sprintf("%s: %s #%d %s dated %s, want %s", ge.ID, r.doc, r.sent, r.verb, r.date, ge.Date))
			}
		}
		if ok {
			found++
		} else {
			t.Logf("missing %s %s: %s", ge.ID, ge.Date, ge.What)
		}
	}
	for _, gf := range g.Facts {
		if gf.Date == "" {
			continue
		}
		for _, r := range recs {
			if has(gf.Docs, r.doc) && has(gf.RelationAny, r.verb) && mentions(r, gf.Subject, gf.ObjectAny) &&
				r.date != "" && !strings.HasPrefix(gf.Date, r.date) {
				wrong = append(wrong, fmt.Sprintf("%s: %s #%d %s dated %s, want %s", gf.ID, r.doc, r.sent, r.verb, r.date, gf.Date))
			}
		}
	}
	return found, wrong
}
