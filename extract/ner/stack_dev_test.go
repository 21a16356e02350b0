package ner

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/tag"
	"github.com/storygraph/storygraph/internal/shared"
)

// devData loads the training split with 4-fold jackknifed tagger tags
// (cached in $NER_TAGCACHE when set) and the dev split with the embedded
// tagger's tags, as TestDevSeeds does.
func devData(t *testing.T) (train, dev []sentence) {
	ctx := context.Background()
	data := shared.Dir(t, "data")
	unerDir := filepath.Join(data, "uner-english-ewt")
	udDir := filepath.Join(data, "ud-english-ewt")
	tg, err := tag.Load(en.FS, "tagger.model")
	if err != nil {
		t.Fatal(err)
	}
	trainPath, _ := trainFile(unerDir)
	train, _, err = loadSplit(ctx, trainPath, udFor(trainPath, udDir), tg)
	if err != nil {
		t.Fatal(err)
	}
	cache := os.Getenv("NER_TAGCACHE")
	if b, err := os.ReadFile(cache); cache != "" && err == nil {
		lines := strings.Split(string(b), "\n")
		for i := range train {
			train[i].xpos = strings.Fields(lines[i])
		}
	} else {
		if err := jackknife(ctx, train, udFor(trainPath, udDir), 4, 0, io.Discard); err != nil {
			t.Fatal(err)
		}
		if cache != "" {
			var sb strings.Builder
			for _, s := range train {
				sb.WriteString(strings.Join(s.xpos, " ") + "\n")
			}
			os.WriteFile(cache, []byte(sb.String()), 0o644)
		}
	}
	dev, _, err = loadSplit(ctx, filepath.Join(unerDir, "en_ewt-ud-dev.iob2"), "", tg)
	if err != nil {
		t.Fatal(err)
	}
	return train, dev
}

// TestDevStack measures the second pass (stack.go) on the dev split: a
// sentence model trained on the training split ($NER_PASSES passes, 5 by
// default; shuffle $NER_SEED), second models trained on the first-pass
// tags of the training split jackknifed over $NER_STACK folds, with 5, 8
// and 11 passes, and the dev F1 of each with and without the document
// rules ($NER_OBIAS_SWEEP: 8 passes only, and O biases of the second
// model). It runs only when NER_STACK is set.
func TestDevStack(t *testing.T) {
	folds, _ := strconv.Atoi(os.Getenv("NER_STACK"))
	if folds <= 1 {
		t.Skip("NER_STACK not set")
	}
	passes := 5
	if n, err := strconv.Atoi(os.Getenv("NER_PASSES")); err == nil {
		passes = n
	}
	seed := uint64(1)
	if n, err := strconv.Atoi(os.Getenv("NER_SEED")); err == nil {
		seed = uint64(n)
	}
	ctx := context.Background()
	train, dev := devData(t)
	clus := buildClusters(train)
	m, _, _, err := trainSentences(ctx, train, nil, clus, 17, passes, seed, io.Discard, nil)
	if err != nil {
		t.Fatal(err)
	}
	report := func(name string, c *counts) {
		p, r, f := prf(c.tp, c.np, c.ng)
		fmt.Printf("%-34s P %.2f R %.2f F1 %.2f;%s\n", name, 100*p, 100*r, 100*f, c)
	}
	report("sentence model", count(m, dev))
	report("sentence model + rules", countDocuments(m, dev))
	devDocs := prepareStack(m, dev)
	trainDocs, err := jackknifeStack(ctx, train, clus, 17, passes, folds, seed, os.Stdout)
	if err != nil {
		t.Fatal(err)
	}
	passList := []int{5, 8, 11}
	if os.Getenv("NER_OBIAS_SWEEP") != "" {
		passList = []int{8}
	}
	for _, p2 := range passList {
		m2, err := trainSecond(ctx, trainDocs, clus, 17, p2, 1, seed, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		m.second = m2
		var c counts
		for _, d := range devDocs {
			xpos := make([][]string, len(d.sents))
			for k, s := range d.sents {
				xpos[k] = s.xpos
			}
			for k, tags := range m.recognizeStacked(d.words(), xpos) {
				c.add(spans(tags), spans(d.sents[k].tags))
			}
		}
		report(fmt.Sprintf("second model, %d passes", p2), &c)
		report(fmt.Sprintf("second model, %d passes + rules", p2), countDocuments(m, dev))
		if os.Getenv("NER_OBIAS_SWEEP") != "" {
			scale := oScale(m2, dev)
			for _, x := range []float32{0.05, 0.1, 0.15, 0.2} {
				m2.oBias = x * scale
				report(fmt.Sprintf("  O bias %.2f + rules", x), countDocuments(m, dev))
			}
			m2.oBias = 0
		}
	}
}

// TestStackSplits prints the scores of the embedded model ($NER_MODEL,
// when set, names another model file) on the split $NER_STACK_SPLIT
// ("test", "dev") with tagger tags: the sentence model alone and with the
// document rules, the second pass alone and with the rules. It runs only
// when NER_STACK_SPLIT is set, and skips a model without a second pass.
func TestStackSplits(t *testing.T) {
	split := os.Getenv("NER_STACK_SPLIT")
	if split == "" {
		t.Skip("NER_STACK_SPLIT not set")
	}
	m, tg := english(t)
	if p := os.Getenv("NER_MODEL"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		m, err = Read(f, p)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	if m.second == nil {
		t.Skip("the embedded model has no second pass")
	}
	data := shared.Dir(t, "data")
	sents, _, err := loadSplit(context.Background(), filepath.Join(data, "uner-english-ewt", "en_ewt-ud-"+split+".iob2"), "", tg)
	if err != nil {
		t.Fatal(err)
	}
	report := func(name string, c *counts) {
		p, r, f := prf(c.tp, c.np, c.ng)
		fmt.Printf("%-28s P %.2f R %.2f F1 %.2f;%s\n", name, 100*p, 100*r, 100*f, c)
	}
	second := m.second
	m.second = nil
	report("sentence model", count(m, sents))
	report("sentence model + rules", countDocuments(m, sents))
	m.second = second
	var c counts
	for _, d := range prepareStack(m, sents) {
		xpos := make([][]string, len(d.sents))
		for k, s := range d.sents {
			xpos[k] = s.xpos
		}
		for k, tags := range m.recognizeStacked(d.words(), xpos) {
			c.add(spans(tags), spans(d.sents[k].tags))
		}
	}
	report("second pass", &c)
	report("second pass + rules", countDocuments(m, sents))
}
