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

// TestDevEnsemble trains $NER_ENSEMBLE models on the training split (fixed
// $NER_PASSES passes, default 6; jackknifed tags cached in $NER_TAGCACHE as
// for TestDevSeeds) and prints the dev F1 of the weight average of the
// first k, for choosing storygraph-train's ensemble size. It runs only when
// NER_ENSEMBLE is set.
func TestDevEnsemble(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("NER_ENSEMBLE"))
	if n <= 0 {
		t.Skip("NER_ENSEMBLE not set")
	}
	passes, _ := strconv.Atoi(os.Getenv("NER_PASSES"))
	if passes <= 0 {
		passes = 6
	}
	ctx := context.Background()
	data := shared.Dir(t, "data")
	unerDir := filepath.Join(data, "uner-english-ewt")
	tg, err := tag.Load(en.FS, "tagger.model")
	if err != nil {
		t.Fatal(err)
	}
	trainPath, _ := trainFile(unerDir)
	train, _, err := loadSplit(ctx, trainPath, udFor(trainPath, filepath.Join(data, "ud-english-ewt")), tg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(os.Getenv("NER_TAGCACHE"))
	if err != nil {
		t.Skip("needs $NER_TAGCACHE from TestDevSeeds")
	}
	lines := strings.Split(string(b), "\n")
	for i := range train {
		train[i].xpos = strings.Fields(lines[i])
	}
	dev, _, err := loadSplit(ctx, filepath.Join(unerDir, "en_ewt-ud-dev.iob2"), "", tg)
	if err != nil {
		t.Fatal(err)
	}
	clus := buildClusters(train)
	var sum *Model
	for k := 1; k <= n; k++ {
		m, _, _, err := trainSentences(ctx, train, nil, clus, 17, passes, 1+uint64(k-1)*7919, io.Discard, nil)
		if err != nil {
			t.Fatal(err)
		}
		single := tuneOBias(m, dev, io.Discard)
		if sum == nil {
			sum = m
		} else {
			for i, w := range m.w {
				sum.w[i] += w
			}
		}
		avg := newModel(sum.bits, sum.lex, sum.clus, sum.low)
		for i, w := range sum.w {
			avg.w[i] = w / float32(k)
		}
		sc := tuneOBias(avg, dev, io.Discard)
		fmt.Printf("%d passes: model %d alone dev F1 %.2f; average of %d: %.2f;%s\n", passes, k, 100*single[2], k, 100*sc[2], count(avg, dev))
	}
}
