package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/depparse"
	"github.com/storygraph/storygraph/extract/tag"
)

// TestRunToy trains on the toy treebank in testdata and checks the model
// files load and reproduce the training data.
func TestRunToy(t *testing.T) {
	out := t.TempDir()
	var log bytes.Buffer
	o := options{data: "testdata", out: out, only: "tag,parse", iter: 5, tagIter: 5, seed: 1, folds: 2, pruneLoss: 0.1}
	if err := run(t.Context(), o, &log); err != nil {
		t.Fatalf("run: %v\n%s", err, log.String())
	}
	for _, name := range []string{"tagger.model", "parser.model"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("run did not write %s: %v", name, err)
		}
	}
	tg, err := tag.Load(os.DirFS(out), "tagger.model")
	if err != nil {
		t.Fatal(err)
	}
	p, err := depparse.Load(os.DirFS(out), "parser.model")
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("The council approved the plan .")
	upos, xpos := tg.Tag(words)
	if got := strings.Join(upos, " "); got != "DET NOUN VERB DET NOUN PUNCT" {
		t.Errorf("toy tagger: %q, want DET NOUN VERB DET NOUN PUNCT", got)
	}
	heads, _ := p.Parse(words, upos, xpos)
	if heads[2] != -1 || heads[1] != 2 || heads[4] != 2 {
		t.Errorf("toy parser heads %v, want approved as root with council and plan under it", heads)
	}
	if !strings.Contains(log.String(), "test UAS") {
		t.Errorf("log lacks the test scores:\n%s", log.String())
	}
}

func TestRunBadOnly(t *testing.T) {
	err := run(t.Context(), options{only: "tag,pos"}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), `unknown model "pos"`) {
		t.Errorf("run(-only tag,pos) error = %v, want unknown model", err)
	}
}

// TestJackknifeCache checks that a second run reads the jackknifed tags the
// first wrote, and that a cache made with other options is ignored.
func TestJackknifeCache(t *testing.T) {
	cache := filepath.Join(t.TempDir(), "jk.gob")
	sents := func() []depparse.Sentence {
		return []depparse.Sentence{
			{Words: []string{"a", "b"}, UPOS: []string{"X", "X"}, XPOS: []string{"X", "X"}},
			{Words: []string{"c"}, UPOS: []string{"Y"}, XPOS: []string{"Y"}},
		}
	}
	o := options{folds: 4, seed: 1, jackCache: cache}
	written := sents()
	written[0].UPOS = []string{"DET", "NOUN"}
	if err := writeJackknife(cache, jackknifeKey(o), written); err != nil {
		t.Fatal(err)
	}
	got := sents()
	if ok, err := readJackknife(cache, jackknifeKey(o), got); err != nil || !ok {
		t.Fatalf("readJackknife = %v, %v; want the cached tags", ok, err)
	}
	if got[0].UPOS[1] != "NOUN" {
		t.Errorf("cached UPOS not restored: %v", got[0].UPOS)
	}
	o.seed = 2
	other := sents()
	if ok, err := readJackknife(cache, jackknifeKey(o), other); err != nil || ok {
		t.Errorf("readJackknife with another seed = %v, %v; want a miss", ok, err)
	}
	short := sents()[:1]
	if ok, _ := readJackknife(cache, jackknifeKey(options{folds: 4, seed: 1}), short); ok {
		t.Error("a cache for other sentences was used")
	}
	if ok, err := readJackknife(filepath.Join(t.TempDir(), "none"), "k", sents()); ok || err != nil {
		t.Errorf("missing cache: %v, %v; want a plain miss", ok, err)
	}
}
