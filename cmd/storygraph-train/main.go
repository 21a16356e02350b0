// Command storygraph-train trains storygraph's English tagger, dependency
// parser and entity recogniser from Universal Dependencies English EWT (and
// UNER English EWT for entities), evaluates them on the test split and
// writes the model files that extract/model/en embeds.
//
// Usage:
//
//	go run ./cmd/storygraph-train [-data ../shared/data] [-out extract/model/en] [-only tag,parse,ner] [-iter N]
package main

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/storygraph/storygraph/extract/depparse"
	"github.com/storygraph/storygraph/extract/model"
	"github.com/storygraph/storygraph/extract/ner"
	"github.com/storygraph/storygraph/extract/nlp/conllu"
	"github.com/storygraph/storygraph/extract/tag"
	"golang.org/x/sync/errgroup"
)

// version is written into every model header; it matches en.Version.
const version = "en-2026.1"

type options struct {
	data, out, only string
	iter, tagIter   int
	seed            uint64
	folds           int
	ambMin          int
	tagModels       int
	tagAddDev       bool
	pruneLoss       float64
	jackCache       string
	parseModels     int
	exploreFrom     int
	exploreP        float64
	nerStack        int
}

func main() {
	var o options
	flag.StringVar(&o.data, "data", "../shared/data", "folder holding ud-english-ewt/ and uner-english-ewt/")
	flag.StringVar(&o.out, "out", "extract/model/en", "folder the model files are written to")
	flag.StringVar(&o.only, "only", "tag,parse,ner", "comma list of models to train: tag, parse, ner")
	flag.IntVar(&o.iter, "iter", 0, "parser and NER training passes (0: each model's default)")
	flag.IntVar(&o.tagIter, "tag-iter", 0, "tagger training passes (0: default)")
	flag.Uint64Var(&o.seed, "seed", 1, "shuffling seed")
	flag.IntVar(&o.tagModels, "tag-models", 1, "tagger: average the weights of this many models trained on different shuffles")
	flag.BoolVar(&o.tagAddDev, "tag-add-dev", false, "tagger: after choosing the pruning on dev, retrain on train+dev for the shipped model")
	flag.IntVar(&o.ambMin, "tag-amb", 0, "tagger: minimum count for a word's ambiguity class (0: default)")
	flag.Float64Var(&o.pruneLoss, "prune-loss", 0.2, "prune weights as long as dev LAS (half of it for tagger UPOS) drops by at most this many points")
	flag.IntVar(&o.folds, "folds", 4, "train the parser on tags predicted by taggers trained on the other folds (jackknifing); 1: gold tags")
	flag.StringVar(&o.jackCache, "jackknife-cache", "", "file holding the parser's jackknifed training tags: read when present, else written (rewritten when the tagger's features or options change)")
	flag.IntVar(&o.parseModels, "parse-models", 1, "parser: average the weights of this many models trained with seeds seed, seed+1, ...")
	flag.IntVar(&o.exploreFrom, "parse-explore-from", 0, "parser: first pass (from 0) following its own predictions (0: 1)")
	flag.Float64Var(&o.exploreP, "parse-explore-p", 0, "parser: probability of following a prediction (0: always)")
	flag.IntVar(&o.nerStack, "ner-stack", 0, "NER: add a second pass trained on first-pass tags jackknifed over this many folds (0: none; see extract/ner/stack.go)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, o, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "storygraph-train:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options, log io.Writer) error {
	want := map[string]bool{}
	for _, m := range strings.Split(o.only, ",") {
		switch m = strings.TrimSpace(m); m {
		case "tag", "parse", "ner":
			want[m] = true
		case "":
		default:
			return fmt.Errorf("-only: unknown model %q (want tag, parse or ner)", m)
		}
	}
	ud := filepath.Join(o.data, "ud-english-ewt")
	read := func(split string) ([]conllu.Sentence, error) {
		return conllu.ReadFile(ctx, filepath.Join(ud, "en_ewt-ud-"+split+".conllu"))
	}
	train, err := read("train")
	if err != nil {
		return err
	}
	dev, err := read("dev")
	if err != nil {
		return err
	}
	test, err := read("test")
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "data: %d train, %d dev, %d test sentences\n", len(train), len(dev), len(test))

	var tagger, devTagger *tag.Tagger
	if want["tag"] || want["parse"] {
		if want["tag"] {
			start := time.Now()
			tagger, err = tag.Train(ctx, tagSentences(train), tag.TrainConfig{Iter: o.tagIter, Seed: o.seed, AmbMin: o.ambMin, Models: o.tagModels, Dev: tagSentences(dev), Log: log})
			if err != nil {
				return err
			}
			var th float64
			tagger, th = pruneTagger(tagger, tagSentences(dev), o.pruneLoss/2, log)
			corpus := "UD_English-EWT r2.16 train"
			if o.tagAddDev {
				// Dev has chosen the pruning; the shipped tagger also
				// learns from it. The parser's dev tags below still come
				// from a tagger that has not seen dev (devTagger).
				devTagger = tagger
				all := append(tagSentences(train), tagSentences(dev)...)
				fmt.Fprintf(log, "tag: retraining on train+dev (%d sentences), pruning at %.2f\n", len(all), th)
				if tagger, err = tag.Train(ctx, all, tag.TrainConfig{Iter: o.tagIter, Seed: o.seed, AmbMin: o.ambMin, Models: o.tagModels, Log: log}); err != nil {
					return err
				}
				if th > 0 {
					tagger = tagger.Prune(th)
				}
				corpus = "UD_English-EWT r2.16 train+dev"
			}
			u, x := tagger.Accuracy(tagSentences(test))
			fmt.Fprintf(log, "tag: trained in %v; test upos %.2f%% xpos %.2f%%\n", time.Since(start).Round(time.Second), u, x)
			h := model.Header{Version: version, Corpus: corpus, Scores: map[string]float64{"test_upos": u, "test_xpos": x}}
			if err := save(o.out, "tagger.model", func(w io.Writer) error { return tagger.Save(w, h) }, log); err != nil {
				return err
			}
		} else if tagger, err = tag.Load(os.DirFS(o.out), "tagger.model"); err != nil {
			return err
		}
	}
	if want["parse"] {
		start := time.Now()
		if devTagger == nil {
			devTagger = tagger
		}
		devP := parseSentences(dev, devTagger)
		trainP := parseSentences(train, nil)
		if o.folds > 1 {
			if err := jackknife(ctx, trainP, o, log); err != nil {
				return err
			}
		}
		parser, err := depparse.Train(ctx, trainP, depparse.TrainConfig{Iter: o.iter, Seed: o.seed, Models: o.parseModels, ExploreFrom: o.exploreFrom, ExploreP: o.exploreP, Dev: devP, Log: log})
		if err != nil {
			return err
		}
		parser = pruneParser(parser, devP, o.pruneLoss, log)
		uas, las := parser.Accuracy(parseSentences(test, tagger))
		guas, glas := parser.Accuracy(parseSentences(test, nil))
		fmt.Fprintf(log, "depparse: trained in %v; test UAS %.2f%% LAS %.2f%% (predicted tags), UAS %.2f%% LAS %.2f%% (gold tags)\n",
			time.Since(start).Round(time.Second), uas, las, guas, glas)
		h := model.Header{Version: version, Corpus: "UD_English-EWT r2.16 train", Scores: map[string]float64{"test_uas": uas, "test_las": las}}
		if err := save(o.out, "parser.model", func(w io.Writer) error { return parser.Save(w, h) }, log); err != nil {
			return err
		}
	}

	// --- BEGIN NER SECTION (owned by the NER engineer) ---
	if want["ner"] {
		if err := trainNER(ctx, o, tagger, log); err != nil {
			return err
		}
	}
	// --- END NER SECTION ---
	return nil
}

// --- BEGIN NER SECTION (owned by the NER engineer) ---

// trainNER trains the entity recogniser on UNER English EWT with Penn tags
// from tagger (loaded from o.out when nil; gold UD tags if there is none),
// reports its scores on the UNER test split and writes ner.model.
func trainNER(ctx context.Context, o options, tagger *tag.Tagger, log io.Writer) error {
	if tagger == nil {
		t, err := tag.Load(os.DirFS(o.out), "tagger.model")
		if err != nil {
			fmt.Fprintf(log, "ner: no tagger (%v); training on gold tags\n", err)
		} else {
			tagger = t
		}
	}
	start := time.Now()
	uner := filepath.Join(o.data, "uner-english-ewt")
	m, err := ner.Train(ctx, ner.TrainConfig{
		UNERDir:    uner,
		UDDir:      filepath.Join(o.data, "ud-english-ewt"),
		Tagger:     tagger,
		Folds:      o.folds,
		AddDev:     true,
		Ensemble:   7,
		Stack:      o.nerStack,
		Iterations: o.iter,
		Seed:       o.seed,
		Log:        log,
	})
	if err != nil {
		return err
	}
	test := filepath.Join(uner, "en_ewt-ud-test.iob2")
	p, r, f, err := ner.Evaluate(m, test, tagger)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "ner: trained in %v; test P %.2f%% R %.2f%% F1 %.2f%%\n", time.Since(start).Round(time.Second), 100*p, 100*r, 100*f)
	m.SetScores(map[string]float64{"test_precision": p, "test_recall": r, "test_f1": f})
	return save(o.out, "ner.model", m.Save, log)
}

// --- END NER SECTION ---

// pruneThresholds are the weight magnitudes tried when pruning, smallest
// first.
var pruneThresholds = []float64{0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3}

// pruneParser returns the most pruned version of p whose dev LAS is at most
// loss points below the unpruned one.
func pruneParser(p *depparse.Parser, dev []depparse.Sentence, loss float64, log io.Writer) *depparse.Parser {
	_, base := p.Accuracy(dev)
	best := p
	f, w := p.Size()
	fmt.Fprintf(log, "depparse: unpruned: %d features, %d weights, dev LAS %.2f%%\n", f, w, base)
	for _, th := range pruneThresholds {
		q := p.Prune(th)
		uas, las := q.Accuracy(dev)
		f, w := q.Size()
		fmt.Fprintf(log, "depparse: prune %.2f: %d features, %d weights, dev UAS %.2f%% LAS %.2f%%\n", th, f, w, uas, las)
		if las < base-loss {
			break
		}
		best = q
	}
	return best
}

// pruneTagger returns the most pruned version of t whose dev UPOS accuracy
// is at most loss points below the unpruned one.
func pruneTagger(t *tag.Tagger, dev []tag.Sentence, loss float64, log io.Writer) (*tag.Tagger, float64) {
	base, _ := t.Accuracy(dev)
	best, bestTh := t, 0.0
	for _, th := range pruneThresholds {
		q := t.Prune(th)
		u, _ := q.Accuracy(dev)
		f, w := q.Size()
		fmt.Fprintf(log, "tag: prune %.2f: %d features, %d weights, dev UPOS %.2f%%\n", th, f, w, u)
		if u < base-loss {
			break
		}
		best, bestTh = q, th
	}
	return best, bestTh
}

// jackknife replaces the tags of sents by predicted ones: each of o.folds
// contiguous parts (whole documents, mostly, so that no document helps tag
// itself) is tagged by a tagger trained on the others, so the parser learns
// from tags as noisy as it will see. The folds are trained in parallel.
// With o.jackCache set, the tags are read from that file when it exists
// (and matches sents) and written to it otherwise, so that retraining the
// parser alone skips the taggers.
func jackknife(ctx context.Context, sents []depparse.Sentence, o options, log io.Writer) error {
	if o.jackCache != "" {
		if ok, err := readJackknife(o.jackCache, jackknifeKey(o), sents); err != nil || ok {
			if ok {
				fmt.Fprintf(log, "depparse: jackknifed tags read from %s\n", o.jackCache)
			}
			return err
		}
	}
	fold := func(i int) int { return i * o.folds / len(sents) }
	tagged := make([][2][][]string, o.folds) // per fold: upos, xpos of its sentences
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for f := 0; f < o.folds; f++ {
		g.Go(func() error {
			var tr []tag.Sentence
			for i, s := range sents {
				if fold(i) != f {
					tr = append(tr, tag.Sentence{Words: s.Words, UPOS: s.UPOS, XPOS: s.XPOS})
				}
			}
			tg, err := tag.Train(ctx, tr, tag.TrainConfig{Iter: o.tagIter, Seed: o.seed + uint64(f), AmbMin: o.ambMin, Models: o.tagModels})
			if err != nil {
				return err
			}
			for i := range sents {
				if fold(i) == f {
					u, x := tg.Tag(sents[i].Words)
					tagged[f][0] = append(tagged[f][0], u)
					tagged[f][1] = append(tagged[f][1], x)
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	next := make([]int, o.folds)
	for f := range o.folds {
		nu, n := 0, 0
		for i := range sents {
			if fold(i) != f {
				continue
			}
			u, x := tagged[f][0][next[f]], tagged[f][1][next[f]]
			next[f]++
			for k := range u {
				n++
				if u[k] == sents[i].UPOS[k] {
					nu++
				}
			}
			sents[i].UPOS, sents[i].XPOS = u, x
		}
		fmt.Fprintf(log, "depparse: jackknife fold %d/%d tagged, upos %.2f%%\n", f+1, o.folds, 100*float64(nu)/float64(max(n, 1)))
	}
	if o.jackCache != "" {
		return writeJackknife(o.jackCache, jackknifeKey(o), sents)
	}
	return nil
}

// jackknifed is the cache file of [jackknife]: the predicted tags of every
// training sentence, with the words to check that they belong to it.
type jackknifed struct {
	Key               string // tagger feature set and training options
	Words, UPOS, XPOS [][]string
}

func jackknifeKey(o options) string {
	key := fmt.Sprintf("%s folds=%d seed=%d iter=%d amb=%d", tag.FeatureSet, o.folds, o.seed, o.tagIter, o.ambMin)
	if o.tagModels > 1 {
		key += fmt.Sprintf(" models=%d", o.tagModels)
	}
	return key
}

func readJackknife(path, key string, sents []depparse.Sentence) (bool, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	var j jackknifed
	if err := gob.NewDecoder(f).Decode(&j); err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	if j.Key != key || len(j.Words) != len(sents) {
		return false, nil
	}
	for i := range sents {
		if !slices.Equal(j.Words[i], sents[i].Words) || len(j.UPOS[i]) != len(sents[i].Words) || len(j.XPOS[i]) != len(sents[i].Words) {
			return false, nil
		}
	}
	for i := range sents {
		sents[i].UPOS, sents[i].XPOS = j.UPOS[i], j.XPOS[i]
	}
	return true, nil
}

func writeJackknife(path, key string, sents []depparse.Sentence) error {
	j := jackknifed{Key: key}
	for _, s := range sents {
		j.Words = append(j.Words, s.Words)
		j.UPOS = append(j.UPOS, s.UPOS)
		j.XPOS = append(j.XPOS, s.XPOS)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(j); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// parseSentences converts treebank sentences for the parser, with tags from
// tagger, or the gold tags when tagger is nil.
func parseSentences(ss []conllu.Sentence, tagger *tag.Tagger) []depparse.Sentence {
	out := make([]depparse.Sentence, len(ss))
	for i := range ss {
		s := depparse.Sentence{Words: ss[i].Forms(), UPOS: ss[i].UPOS(), XPOS: ss[i].XPOS(), Heads: ss[i].Heads(), Rels: ss[i].Rels()}
		if tagger != nil {
			s.UPOS, s.XPOS = tagger.Tag(s.Words)
		}
		out[i] = s
	}
	return out
}

func tagSentences(ss []conllu.Sentence) []tag.Sentence {
	out := make([]tag.Sentence, len(ss))
	for i := range ss {
		out[i] = tag.Sentence{Words: ss[i].Forms(), UPOS: ss[i].UPOS(), XPOS: ss[i].XPOS()}
	}
	return out
}

// save writes a model file atomically (temporary file, then rename).
func save(dir, name string, write func(io.Writer) error, log io.Writer) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	path := filepath.Join(dir, name)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %s (%.2f MB)\n", path, float64(buf.Len())/1e6)
	return nil
}
