package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// boilerDir is the labelled boilerplate corpus of extract/ingest (see its
// testdata/README): articles with NAME.want files listing their
// boilerplate lines ("- class: line") and article sentences ("+ sentence").
var boilerDir = filepath.Join("..", "..", "extract", "ingest", "testdata", "boilerplate")

// readBoilerCorpus returns the corpus inputs and their labelled
// boilerplate lines and article sentences.
func readBoilerCorpus(t *testing.T) (inputs, boiler, article []string) {
	t.Helper()
	wants, err := filepath.Glob(filepath.Join(boilerDir, "*.want"))
	if err != nil || len(wants) == 0 {
		t.Fatalf("no labelled inputs in %s: %v", boilerDir, err)
	}
	for _, w := range wants {
		inputs = append(inputs, strings.TrimSuffix(w, ".want"))
		b, err := os.ReadFile(w)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			switch {
			case strings.HasPrefix(l, "- "):
				_, text, _ := strings.Cut(l[2:], ": ")
				boiler = append(boiler, fold(text))
			case strings.HasPrefix(l, "+ "):
				article = append(article, fold(l[2:]))
			}
		}
	}
	return inputs, boiler, article
}

// fold makes text comparable across cleaning: single spaces, straight
// quotes.
func fold(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
}

// TestBoilerplateStaysOutOfGraph builds the boilerplate corpus and checks
// that no boilerplate line is the source of a fact, raw extractions kept
// out of the graph included, and that no entity is named only in
// boilerplate (bylines, credits, footers, related links).
func TestBoilerplateStaysOutOfGraph(t *testing.T) {
	inputs, boiler, article := readBoilerCorpus(t)
	db := filepath.Join(t.TempDir(), "g.db")
	args := append([]string{"--db", db, "build"}, inputs...)
	if _, stderr, code := runCLI(t, "", args...); code != 0 {
		t.Fatalf("build: %s", stderr)
	}

	out, stderr, code := runCLI(t, "", "--db", db, "facts", "--json", "--all")
	if code != 0 {
		t.Fatalf("facts: %s", stderr)
	}
	var facts struct {
		Facts []struct {
			Subject, Relation, Object string
			Sources                   []struct{ Doc, Sentence string }
		}
	}
	if err := json.Unmarshal([]byte(out), &facts); err != nil {
		t.Fatal(err)
	}
	if len(facts.Facts) < 100 {
		t.Fatalf("only %d facts from the corpus; the build read too little", len(facts.Facts))
	}
	for _, f := range facts.Facts {
		for _, s := range f.Sources {
			sent := fold(s.Sentence)
			for _, bp := range boiler {
				if strings.Contains(bp, sent) || len(strings.Fields(bp)) >= 3 && strings.Contains(sent, bp) {
					t.Errorf("fact (%s; %s; %s) comes from boilerplate %q (sentence %q in %s)",
						f.Subject, f.Relation, f.Object, bp, sent, s.Doc)
				}
			}
		}
	}

	out, stderr, code = runCLI(t, "", "--db", db, "entities", "--json")
	if code != 0 {
		t.Fatalf("entities: %s", stderr)
	}
	var ents struct {
		Entities []struct {
			Name    string
			Aliases []string
		}
	}
	if err := json.Unmarshal([]byte(out), &ents); err != nil {
		t.Fatal(err)
	}
	story := strings.Join(article, "\n")
	for _, e := range ents.Entities {
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			if strings.Contains(story, name) {
				continue
			}
			for _, bp := range boiler {
				if strings.Contains(bp, name) {
					t.Errorf("entity %q (alias %q) is named only in boilerplate such as %q", e.Name, name, bp)
					break
				}
			}
		}
	}
}

// TestBuildSkipsEmptiedDocument checks that an article with nothing left
// after cleaning is skipped with a warning naming it, and the rest is
// built.
func TestBuildSkipsEmptiedDocument(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "g.db")
	good := filepath.Join(dir, "good.txt")
	links := filepath.Join(dir, "links.txt")
	feed := filepath.Join(dir, "feed.jsonl")
	os.WriteFile(good, []byte("Mayor Elena Marchetti opened the new terminal in Lisbon on Friday.\n"), 0o644)
	os.WriteFile(links, []byte("Most read\nMayor opens new terminal in Lisbon\nRail strike ends after two days\nLocal team wins the regional cup\nShare this story\n"), 0o644)
	os.WriteFile(feed, []byte(`{"id":"f1","text":"Facebook\nTwitter\nEmail"}`+"\n"+`{"id":"f2","text":"The terminal cost 40 million euros."}`+"\n"), 0o644)
	_, stderr, code := runCLI(t, "", "--db", db, "build", good, links, feed, "--date", "2025-03-08")
	if code != 0 {
		t.Fatalf("build failed (code %d): %s", code, stderr)
	}
	for _, want := range []string{
		"storygraph: warning: " + links + ": nothing left after cleaning, skipped",
		"storygraph: warning: " + feed + ":1: nothing left after cleaning, skipped",
		"2 documents added",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("build stderr lacks %q:\n%s", want, stderr)
		}
	}
	out, _, _ := runCLI(t, "", "--db", db, "facts", "--json")
	if !strings.Contains(out, "Marchetti") {
		t.Errorf("the good article's facts are missing: %s", out)
	}
}
