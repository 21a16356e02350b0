package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
)

// factsJSON is the facts --json contract as a client reads it.
type factsJSON struct {
	Facts []struct {
		ID, Subject, Relation, Object, Gate string
		RelationLemma                       string `json:"relation_lemma"`
		Sources                             []struct {
			Doc, Sentence string
			Offset        int
			Spans         *struct {
				Subject  [2]int
				Relation [][2]int
				Object   *[2]int
			}
		}
	}
}

func readFacts(t *testing.T, args ...string) factsJSON {
	t.Helper()
	out, stderr, code := runCLI(t, "", args...)
	if code != 0 {
		t.Fatalf("%s: %s", strings.Join(args, " "), stderr)
	}
	var fs factsJSON
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return fs
}

// TestFactsSpans builds an article of our own and checks that every source
// of facts --json carries spans inside its sentence, and that the relation
// spans read the relation's words (or, for a relation given as its lemma,
// the active voice of a passive, the words it was read from).
func TestFactsSpans(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	src := filepath.Join(t.TempDir(), "a.txt")
	text := "Mayor Elena Marchetti opened the new terminal in Lisbon on Friday.\n" +
		"She did not attend the gala. The pier was repaired and repainted by a local firm.\n"
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runCLI(t, "", "--db", db, "build", src, "--date", "2025-03-08"); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	fs := readFacts(t, "--db", db, "facts", "--json", "--all")
	if len(fs.Facts) < 5 {
		t.Fatalf("only %d facts", len(fs.Facts))
	}
	in := func(s [2]int, off int, sentence string) (string, bool) {
		off = extract.Source{Offset: off}.SentenceStart()
		if s[0] < off || s[1] <= s[0] || s[1] > off+len(sentence) {
			return "", false
		}
		return sentence[s[0]-off : s[1]-off], true
	}
	var she bool
	for _, f := range fs.Facts {
		for _, s := range f.Sources {
			if s.Spans == nil {
				t.Errorf("fact (%s; %s; %s) has a source without spans", f.Subject, f.Relation, f.Object)
				continue
			}
			subj, ok := in(s.Spans.Subject, s.Offset, s.Sentence)
			if !ok {
				t.Errorf("(%s; %s; %s): subject span %v not in the sentence at %d", f.Subject, f.Relation, f.Object, s.Spans.Subject, s.Offset)
			}
			for _, r := range s.Spans.Relation {
				if w, ok := in(r, s.Offset, s.Sentence); !ok || (!strings.Contains(f.Relation, w) && f.Relation != f.RelationLemma) {
					t.Errorf("(%s; %s; %s): relation span %v reads %q", f.Subject, f.Relation, f.Object, r, w)
				}
			}
			if (s.Spans.Object == nil) != (f.Object == "") {
				t.Errorf("(%s; %s; %s): object span %v", f.Subject, f.Relation, f.Object, s.Spans.Object)
			}
			if f.Subject == "Elena Marchetti" && f.Relation == "did not attend" {
				she = subj == "She"
			}
		}
	}
	if !she {
		t.Error(`no (Elena Marchetti; did not attend; ...) whose subject span reads "She"`)
	}
}

// TestFactsAll stores a graph fact and a raw extraction: facts lists the
// first, facts --all both, with the raw one's gate.
func TestFactsAll(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	s, err := graph.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	text := "Ines Duarte, the ferry captain, praised her crew."
	src := func(subj, rel, obj string) extract.Source {
		at := func(w string) extract.Span {
			k := strings.Index(text, w)
			return extract.Span{Off: k, End: k + len(w)}
		}
		sp := extract.Spans{Subject: at(subj), Object: at(obj)}
		if rel != "" {
			sp.Relation = []extract.Span{at(rel)}
		}
		return extract.Source{Doc: "a", Sentence: text, Offset: 0, Spans: sp}
	}
	facts := []extract.Fact{
		{Subject: "Ines Duarte", Relation: "praised", Object: "her crew", Confidence: 0.8,
			Sources: []extract.Source{src("Ines Duarte", "praised", "her crew")}},
		{Subject: "her", Relation: "has", Object: "crew", Confidence: 0.3, Gate: "possessive",
			Sources: []extract.Source{src("her", "", "crew")}},
	}
	if _, err := s.Add(context.Background(), graph.Batch{Documents: []extract.Document{{ID: "a", Text: text}}, Facts: facts}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	rels := func(fs factsJSON) []string {
		var out []string
		for _, f := range fs.Facts {
			out = append(out, f.Relation+"/"+f.Gate)
		}
		return out
	}
	if got := rels(readFacts(t, "--db", db, "facts", "--json")); !slices.Equal(got, []string{"praised/"}) {
		t.Errorf("facts --json = %q, want the graph fact only", got)
	}
	if got := rels(readFacts(t, "--db", db, "facts", "--json", "--all")); !slices.Equal(got, []string{"praised/", "has/possessive"}) {
		t.Errorf("facts --json --all = %q, want both facts", got)
	}
	out, _, code := runCLI(t, "", "--db", db, "facts", "--all")
	if code != 0 || !strings.Contains(out, "GATE") || !strings.Contains(out, "possessive") {
		t.Errorf("facts --all prints\n%s\nwant a GATE column with the raw fact's gate", out)
	}
}
