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
