package ner

import (
	"context"
	"errors"
	"fmt"
	"github.com/storygraph/storygraph/extract/tag/perceptron"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/storygraph/storygraph/extract/model"
	"github.com/storygraph/storygraph/extract/tag"
)

// TrainConfig says where the training data is and how to train.
type TrainConfig struct {
	// UNERDir is the UniversalNER English EWT folder: it holds
	// en_ewt-ud-dev.iob2 and either en_ewt-ud-train.iob2 (the release) or
	// draft-2022-not-release/en_ewt-ud-train.DRAFT-2022.iob2.
	UNERDir string
	// UDDir is the UD English EWT folder (en_ewt-ud-*.conllu), joined by
	// sent_id to give gold Penn tags when Tagger is nil.
	UDDir string
	// Tagger, when not nil, tags the training sentences, so the model learns
	// from the tags it will see at run time; nil means gold tags.
	Tagger *tag.Tagger
	// Folds, when above 1 and Tagger is set, jackknifes the training tags:
	// the UD training treebank is cut into Folds parts, and the sentences of
	// each are tagged by a tagger trained (with tag.Train's defaults) on the
	// others, so the recogniser learns from tags as noisy as it will see.
	// Tagger still tags dev and any sentence not in the treebank.
	Folds int
	// Iterations is the number of passes over the training data; 0 means 15.
	// The model returned is the averaged one after the pass that scored best
	// on the dev split.
	Iterations int
	// AddDev, once the number of passes and the O bias have been chosen on
	// the dev split, trains the final model afresh on train and dev
	// together with them. The dev scores recorded are those of the choice.
	AddDev bool
	// Ensemble, with AddDev, trains that many final models on differently
	// shuffled data and averages their weights, which makes the result
	// depend less on one shuffle; 0 or 1 means one model. The number of
	// passes is then chosen on the mean dev curve of that many shuffles,
	// and the O bias on the weight average of that many models trained on
	// the training split alone.
	Ensemble int
	// Stack, when above 1, adds the second pass (stack.go): the training
	// documents (train and dev with AddDev) are cut into Stack parts, each
	// tagged by a sentence model trained on the others with the chosen
	// number of passes, and a second model learns from their document
	// features (the weight average of Ensemble models, or one). 0 or 1
	// means no second pass.
	Stack int
	// StackPasses is the second model's number of passes; 0 means the
	// sentence model's plus 3 (chosen on dev, TestDevStack).
	StackPasses int
	// Bits is log2 of the number of rows in the hashed weight table; 0 means 17.
	Bits int
	// Seed seeds the shuffling of the training sentences; runs with the same
	// seed and data give the same model.
	Seed uint64
	// Log receives progress lines; nil means discard.
	Log io.Writer
}

// trainFile returns the training file in dir: the release if present,
// else the 2022 draft.
func trainFile(dir string) (string, error) {
	for _, p := range []string{
		filepath.Join(dir, "en_ewt-ud-train.iob2"),
		filepath.Join(dir, "draft-2022-not-release", "en_ewt-ud-train.DRAFT-2022.iob2"),
	} {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("ner: no en_ewt-ud-train .iob2 file in %s", dir)
}

// loadSplit reads a UNER split and gives it Penn tags: from tagger, or from
// the UD file udPath (gold) when tagger is nil.
func loadSplit(ctx context.Context, path, udPath string, tagger *tag.Tagger) ([]sentence, int, error) {
	sents, err := readIOB2(ctx, path)
	if err != nil {
		return nil, 0, err
	}
	if tagger != nil {
		for i := range sents {
			if i%256 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, 0, err
				}
			}
			_, xpos := tagger.Tag(sents[i].words)
			if len(xpos) == len(sents[i].words) {
				sents[i].xpos = xpos
			}
		}
		return sents, len(sents), nil
	}
	ud, err := readXPOS(ctx, udPath)
	if err != nil {
		return nil, 0, err
	}
	return sents, joinXPOS(sents, ud), nil
}

// jackknife replaces the Penn tags of the training sentences found in the
// UD file udPath by those of taggers trained on the other folds.
func jackknife(ctx context.Context, train []sentence, udPath string, folds int, seed uint64, logw io.Writer) error {
	ud, err := readXPOS(ctx, udPath)
	if err != nil {
		return err
	}
	byIndex := make([]udSentence, len(ud))
	for _, u := range ud {
		byIndex[u.index] = u
	}
	for f := 0; f < folds; f++ {
		start := time.Now()
		var tr []tag.Sentence
		for i, u := range byIndex {
			if i%folds != f {
				tr = append(tr, tag.Sentence{Words: u.forms, UPOS: u.upos, XPOS: u.xpos})
			}
		}
		tg, err := tag.Train(ctx, tr, tag.TrainConfig{Seed: seed + uint64(f)})
		if err != nil {
			return fmt.Errorf("ner: jackknife fold %d: %w", f+1, err)
		}
		n := 0
		for i := range train {
			u, ok := ud[train[i].id]
			if !ok || u.index%folds != f {
				continue
			}
			if _, x := tg.Tag(train[i].words); len(x) == len(train[i].words) {
				train[i].xpos = x
				n++
			}
		}
		fmt.Fprintf(logw, "ner: jackknife fold %d/%d: tagged %d sentences (%s)\n", f+1, folds, n, time.Since(start).Round(time.Second))
	}
	return nil
}

// udFor returns the UD CoNLL-U file that holds the sentences of a UNER
// file: same base name, ".conllu", in udDir.
func udFor(unerPath, udDir string) string {
	base := filepath.Base(unerPath)
	base = strings.TrimSuffix(base, ".iob2")
	base = strings.TrimSuffix(base, ".DRAFT-2022")
	return filepath.Join(udDir, base+".conllu")
}

// lexCounts counts how a lower-cased word was written: in lower case,
// capitalised at the start of a sentence, capitalised elsewhere.
type lexCounts struct{ low, cap, init int }

func countLexicon(c map[uint64]*lexCounts, s *sentence, sign int) {
	for i, w := range s.words {
		if w == "" {
			continue
		}
		k := perceptron.HashLower(w)
		x := c[k]
		if x == nil {
			x = &lexCounts{}
			c[k] = x
		}
		switch {
		case strings.ToLower(w) == w:
			x.low += sign
		case i == 0:
			x.init += sign
		default:
			x.cap += sign
		}
	}
}

func (x *lexCounts) class() uint8 {
	switch {
	case x == nil || x.cap+x.low+x.init == 0:
		return lexUnseen
	case x.cap == 0 && x.low == 0:
		return lexInitOnly
	case x.cap == 0:
		return lexLower
	case x.low == 0:
		return lexCap
	case x.low >= x.cap:
		return lexMostLow
	}
	return lexMostCap
}

// buildLexicon classifies every lower-cased word of the training text by
// how it was written there.
func buildLexicon(sents []sentence) map[uint64]uint8 {
	c := map[uint64]*lexCounts{}
	for i := range sents {
		countLexicon(c, &sents[i], 1)
	}
	lex := make(map[uint64]uint8, len(c))
	for k, x := range c {
		lex[k] = x.class()
	}
	return lex
}

// lexFolds is the number of parts the training documents are cut into for
// jackknifing the lexicon.
const lexFolds = 10

// jackknifeLexicon returns, for every sentence, the lexicon classes its
// words get from the documents of the other lexFolds-1 parts of sents, so
// that training sees words unseen in the lexicon as often as tests do
// (rare names, mostly), not never.
func jackknifeLexicon(sents []sentence) [][]uint8 {
	fold := make([]int, len(sents))
	per := make([]map[uint64]*lexCounts, lexFolds)
	for f := range per {
		per[f] = map[uint64]*lexCounts{}
	}
	all := map[uint64]*lexCounts{}
	for i := range sents {
		doc := sents[i].id
		if k := strings.LastIndexByte(doc, '-'); k > 0 {
			doc = doc[:k]
		}
		fold[i] = int(perceptron.HashString(doc) % lexFolds)
		countLexicon(per[fold[i]], &sents[i], 1)
		countLexicon(all, &sents[i], 1)
	}
	out := make([][]uint8, len(sents))
	for i := range sents {
		s, own := &sents[i], per[fold[i]]
		out[i] = make([]uint8, len(s.words))
		for j, w := range s.words {
			k := perceptron.HashLower(w)
			x, o := all[k], own[k]
			if x == nil {
				continue
			}
			d := *x
			if o != nil {
				d.low, d.cap, d.init = d.low-o.low, d.cap-o.cap, d.init-o.init
			}
			out[i][j] = d.class()
		}
	}
	return out
}

// lowerCopyShare is the share of training sentences with an entity that
// are also seen entirely in lower case, without Penn tags: web text often
// writes names so ("i live in kerala"), and the labelled data has few.
const lowerCopyShare = 0.2

// withLowerCopies returns sents followed by lower-cased copies of about
// lowerCopyShare of those with an entity (chosen by sentence id), and the
// lexicon classes lexOf extended to match.
func withLowerCopies(sents []sentence, lexOf [][]uint8) ([]sentence, [][]uint8) {
	out := slices.Clip(sents)
	for i, s := range sents {
		if perceptron.HashString(s.id)%1000 >= uint64(lowerCopyShare*1000) || !slices.ContainsFunc(s.tags, func(t string) bool { return t != "O" }) {
			continue
		}
		c := sentence{id: s.id + "/lower", tags: s.tags, words: make([]string, len(s.words))}
		for j, w := range s.words {
			c.words[j] = strings.ToLower(w)
		}
		out = append(out, c)
		lexOf = append(lexOf, lexOf[i])
	}
	return out, lexOf
}

// noTagRate is the share of training sentences seen without Penn tags.
const noTagRate = 0.1

// trainer holds the averaged perceptron state (Collins 2002; the lazy
// averaging of Daumé III's thesis, as in Honnibal 2013).
type trainer struct {
	m   *Model
	tot []float64
	ts  []int32
	now int32
}

func (t *trainer) update(feats []uint32, c int, v float32) {
	for _, f := range feats {
		i := int(f)*rowLen + c
		t.tot[i] += float64(t.now-t.ts[i]) * float64(t.m.w[i])
		t.ts[i] = t.now
		t.m.w[i] += v
	}
}

// averaged returns a model with the averaged weights.
func (t *trainer) averaged() *Model {
	a := newModel(t.m.bits, t.m.lex, t.m.clus, t.m.low)
	if t.now == 0 {
		return a
	}
	for i, w := range t.m.w {
		total := t.tot[i] + float64(t.now-t.ts[i])*float64(w)
		a.w[i] = float32(total / float64(t.now))
	}
	return a
}

// Train trains a recogniser on UniversalNER English EWT (see
// [TrainConfig]) with a structured averaged perceptron and Viterbi
// decoding, keeping the pass that scores best on the dev split. It checks
// ctx between sentences.
func Train(ctx context.Context, cfg TrainConfig) (*Model, error) {
	logw := cfg.Log
	if logw == nil {
		logw = io.Discard
	}
	iters := cfg.Iterations
	if iters <= 0 {
		iters = 15
	}
	bits := cfg.Bits
	if bits == 0 {
		bits = 17
	}
	if bits < 4 || bits > 26 {
		return nil, fmt.Errorf("ner: train: Bits %d out of range 4..26", bits)
	}
	trainPath, err := trainFile(cfg.UNERDir)
	if err != nil {
		return nil, err
	}
	devPath := filepath.Join(cfg.UNERDir, "en_ewt-ud-dev.iob2")
	train, nt, err := loadSplit(ctx, trainPath, udFor(trainPath, cfg.UDDir), cfg.Tagger)
	if err != nil {
		return nil, err
	}
	if cfg.Tagger != nil && cfg.Folds > 1 {
		if err := jackknife(ctx, train, udFor(trainPath, cfg.UDDir), cfg.Folds, cfg.Seed, logw); err != nil {
			return nil, err
		}
	}
	dev, nd, err := loadSplit(ctx, devPath, udFor(devPath, cfg.UDDir), cfg.Tagger)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(logw, "ner: train %s: %d sentences (%d tagged); dev %d (%d tagged)\n", trainPath, len(train), nt, len(dev), nd)
	clus := buildClusters(train) // from the training split only, never dev
	fmt.Fprintf(logw, "ner: %d word clusters\n", len(clus))
	var curve []float64
	m, bestIter, bestScore, err := trainSentences(ctx, train, dev, clus, bits, iters, cfg.Seed, logw, &curve)
	if err != nil {
		return nil, err
	}
	if cfg.AddDev && cfg.Ensemble > 1 && len(dev) > 0 {
		// One shuffle's dev curve is noisy (its best pass varies from 4 to
		// 15 between seeds): choose the number of passes on the mean curve
		// of the ensemble's shuffles. The O bias is then tuned on the
		// weight average of the ensemble's shuffles trained on train alone
		// at that many passes, the same kind of model as the final one: one
		// shuffle's tuning varies (0 or 0.05 of the mean O score for the
		// same features).
		sum := slices.Clone(curve)
		for k := 1; k < cfg.Ensemble; k++ {
			var ck []float64
			if _, _, _, err := trainSentences(ctx, train, dev, clus, bits, iters, cfg.Seed+uint64(k)*7919, io.Discard, &ck); err != nil {
				return nil, err
			}
			for i := range sum {
				sum[i] += ck[i]
			}
		}
		best := 0
		for i := range sum {
			if sum[i] > sum[best] {
				best = i
			}
		}
		fmt.Fprintf(logw, "ner: mean dev F1 over %d shuffles best after pass %d: %.2f\n", cfg.Ensemble, best+1, 100*sum[best]/float64(cfg.Ensemble))
		bestIter = best + 1
		var avg *Model
		for k := 0; k < cfg.Ensemble; k++ {
			mk, _, _, err := trainSentences(ctx, train, nil, clus, bits, bestIter, cfg.Seed+uint64(k)*7919, io.Discard, nil)
			if err != nil {
				return nil, err
			}
			if avg == nil {
				avg = mk
				continue
			}
			for i, w := range mk.w {
				avg.w[i] += w
			}
		}
		for i := range avg.w {
			avg.w[i] /= float32(cfg.Ensemble)
		}
		fmt.Fprintf(logw, "ner: O bias of the average of %d shuffles trained on train, %d passes:\n", cfg.Ensemble, bestIter)
		m = avg
		bestScore = tuneOBias(m, dev, logw)
	}
	how := fmt.Sprintf("best of %d iterations on dev: %d", iters, bestIter)
	if cfg.AddDev && len(dev) > 0 {
		ratio := m.oBias / max(oScale(m, dev), 1e-9)
		all := append(slices.Clip(train), dev...)
		fmt.Fprintf(logw, "ner: retraining on train+dev (%d sentences), %d iterations\n", len(all), bestIter)
		if m, _, _, err = trainSentences(ctx, all, nil, clus, bits, bestIter, cfg.Seed, logw, nil); err != nil {
			return nil, err
		}
		how = fmt.Sprintf("train+dev, %d iterations and O bias chosen on dev", bestIter)
		for k := 1; k < cfg.Ensemble; k++ {
			fmt.Fprintf(logw, "ner: ensemble member %d/%d\n", k+1, cfg.Ensemble)
			mk, _, _, err := trainSentences(ctx, all, nil, clus, bits, bestIter, cfg.Seed+uint64(k)*7919, logw, nil)
			if err != nil {
				return nil, err
			}
			for i, w := range mk.w {
				m.w[i] += w
			}
		}
		if cfg.Ensemble > 1 {
			for i := range m.w {
				m.w[i] /= float32(cfg.Ensemble)
			}
			how += fmt.Sprintf(", weights averaged over %d shuffles", cfg.Ensemble)
		}
		m.oBias = ratio * oScale(m, dev)
	}
	if cfg.Stack > 1 {
		src := train
		if cfg.AddDev && len(dev) > 0 {
			src = append(slices.Clip(train), dev...)
		}
		docs, err := jackknifeStack(ctx, src, clus, bits, bestIter, cfg.Stack, cfg.Seed, logw)
		if err != nil {
			return nil, err
		}
		passes := cfg.StackPasses
		if passes <= 0 {
			passes = bestIter + 3
		}
		second, err := trainSecond(ctx, docs, clus, bits, passes, cfg.Ensemble, cfg.Seed, logw)
		if err != nil {
			return nil, err
		}
		second.words = m.words
		m.second = second
		how += fmt.Sprintf("; second pass on %d-fold jackknifed first-pass tags, %d iterations", cfg.Stack, passes)
	}
	tagSrc := "gold UD XPOS"
	if cfg.Tagger != nil {
		tagSrc = "tagger XPOS"
		if cfg.Folds > 1 {
			tagSrc = fmt.Sprintf("%d-fold jackknifed tagger XPOS", cfg.Folds)
		}
	}
	m.header = model.Header{
		Name:     "ner",
		Version:  Version,
		Features: featureSet,
		Corpus:   fmt.Sprintf("UNER English EWT %s (%s), %s", filepath.Base(trainPath), tagSrc, how),
		Scores:   map[string]float64{"dev_precision": bestScore[0], "dev_recall": bestScore[1], "dev_f1": bestScore[2]},
	}
	return m, nil
}

// trainSentences runs iters averaged-perceptron passes over train and
// returns the averaged model of the pass that scored best on dev (the last
// one when dev is empty), that pass's number and its dev P, R and F1.
//
// When curve is not nil, the dev F1 of every pass is appended to it.
func trainSentences(ctx context.Context, train, dev []sentence, clus map[uint64]cluster, bits, iters int, seed uint64, logw io.Writer, curve *[]float64) (*Model, int, [3]float64, error) {
	return trainSentencesDoc(ctx, train, nil, dev, clus, bits, iters, seed, logw, curve)
}

// trainSentencesDoc is trainSentences for a second-pass model: docf, when
// not nil, holds the document features of every word of train (see
// stack.go), computed for a table of 2^bits rows.
func trainSentencesDoc(ctx context.Context, train []sentence, docf [][]docFeats, dev []sentence, clus map[uint64]cluster, bits, iters int, seed uint64, logw io.Writer, curve *[]float64) (*Model, int, [3]float64, error) {
	if logw == nil {
		logw = io.Discard
	}
	m := newModel(bits, buildLexicon(train), clus, buildLowerCodes(train))
	lexOf := jackknifeLexicon(train)
	nOrig := len(train)
	train, lexOf = withLowerCopies(train, lexOf)
	tr := &trainer{m: m, tot: make([]float64, len(m.w)), ts: make([]int32, len(m.w))}
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var (
		info      []tokInfo
		feats     []uint32
		bestModel *Model
		bestF1    = -1.0
		bestIter  int
		bestScore [3]float64
		lat       lattice
		gold      []int
		pred      []int
	)
	for it := 1; it <= iters; it++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, ntok := 0, 0
		for k, si := range order {
			if k%512 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, 0, [3]float64{}, err
				}
			}
			s := &train[si]
			if cap(info) < len(s.words) {
				info = make([]tokInfo, len(s.words))
			}
			info = info[:len(s.words)]
			// Some sentences are seen without Penn tags, so the model still
			// works when a caller has none and leans less on them.
			xpos := s.xpos
			if rng.Float64() < noTagRate {
				xpos = nil
			}
			m.fill(s.words, xpos, info)
			for j, c := range lexOf[si] {
				info[j].lex = uint64(c)
			}
			if docf != nil && si < nOrig {
				for j := range info {
					info[j].doc = &docf[si][j]
				}
			}
			head := headline(s.words)
			gold = gold[:0]
			for _, t := range s.tags {
				c := tagIndex(t)
				if c < 0 {
					return nil, 0, [3]float64{}, fmt.Errorf("ner: train: sentence %q: unknown tag %q", s.id, t)
				}
				gold = append(gold, c)
			}
			pred = append(pred[:0], gold...)
			m.viterbi(info, head, &lat, pred)
			gp, pp := startTag, startTag
			for i := range s.words {
				tr.now++
				ntok++
				g, p := gold[i], pred[i]
				if g != p {
					errs++
					feats = m.static(feats[:0], info, i, head)
					tr.update(feats, g, 1)
					tr.update(feats, p, -1)
				}
				if g != p || gp != pp {
					feats = m.transition(feats[:0], info, i, gp)
					tr.update(feats, g, 1)
					feats = m.transition(feats[:0], info, i, pp)
					tr.update(feats, p, -1)
				}
				gp, pp = g, p
			}
		}
		avg := tr.averaged()
		c := count(avg, dev)
		p, r, f := prf(c.tp, c.np, c.ng)
		fmt.Fprintf(logw, "ner: iteration %d: train token error %.2f%%, dev P %.2f R %.2f F1 %.2f;%s (%s)\n",
			it, 100*float64(errs)/float64(max(ntok, 1)), 100*p, 100*r, 100*f, c, time.Since(start).Round(time.Millisecond))
		if curve != nil {
			*curve = append(*curve, f)
		}
		if f > bestF1 || len(dev) == 0 {
			bestModel, bestF1, bestIter, bestScore = avg, f, it, [3]float64{p, r, f}
		}
	}
	fmt.Fprintf(logw, "ner: kept iteration %d (dev F1 %.2f)\n", bestIter, 100*bestF1)
	if len(dev) > 0 {
		bestScore = tuneOBias(bestModel, dev, logw)
	}
	return bestModel, bestIter, bestScore, nil
}

// tuneOBias sets m.oBias to the value that maximises F1 on dev, from a grid
// scaled by the typical size of the O score, and returns the P, R and F1 it
// gives. A perceptron trained on data where most words are O tends to
// favour precision; lowering the O score evens it out.
func tuneOBias(m *Model, dev []sentence, logw io.Writer) [3]float64 {
	scale := oScale(m, dev)
	best, bestF := [3]float64{}, -1.0
	var bestBias float32
	for k := 0; k <= 10; k++ {
		m.oBias = scale * float32(k) * 0.05
		p, r, f := score(m, dev)
		if f > bestF {
			best, bestF, bestBias = [3]float64{p, r, f}, f, m.oBias
		}
	}
	m.oBias = bestBias
	fmt.Fprintf(logw, "ner: O bias %.3g (%.2f of the mean O score): dev P %.2f R %.2f F1 %.2f;%s\n", bestBias, bestBias/max(scale, 1e-9), 100*best[0], 100*best[1], 100*best[2], count(m, dev))
	return best
}

// oScale returns the mean magnitude of the O score of the words of (up to
// 300 of) sents.
func oScale(m *Model, sents []sentence) float32 {
	saved := m.oBias
	m.oBias = 0
	defer func() { m.oBias = saved }()
	var sum float64
	var n int
	var lat lattice
	info := []tokInfo{}
	for _, s := range sents[:min(len(sents), 300)] {
		info = slices.Grow(info[:0], len(s.words))[:len(s.words)]
		m.fill(s.words, s.xpos, info)
		out := make([]int, len(s.words))
		m.viterbi(info, headline(s.words), &lat, out)
		for i := range s.words {
			sum += math.Abs(float64(lat.static[i][tagO]))
			n++
		}
	}
	return float32(sum / float64(max(n, 1)))
}

// counts holds entity counts: correct, predicted and gold, in total and per
// type (in [Types] order).
type counts struct {
	tp, np, ng int
	byType     [3][3]int
}

func typeIndex(t string) int { return slices.Index(Types, t) }

func (c *counts) add(got, want []span) {
	c.np += len(got)
	c.ng += len(want)
	for _, g := range got {
		if i := typeIndex(g.typ); i >= 0 {
			c.byType[i][1]++
		}
		if slices.Contains(want, g) {
			c.tp++
			if i := typeIndex(g.typ); i >= 0 {
				c.byType[i][0]++
			}
		}
	}
	for _, w := range want {
		if i := typeIndex(w.typ); i >= 0 {
			c.byType[i][2]++
		}
	}
}

func (c *counts) String() string {
	var b strings.Builder
	for i, t := range Types {
		_, _, f := prf(c.byType[i][0], c.byType[i][1], c.byType[i][2])
		fmt.Fprintf(&b, " %s %.2f", t, 100*f)
	}
	return b.String()
}

// score returns micro precision, recall and F1 of m on sents over exact
// entity spans and types.
func score(m *Model, sents []sentence) (p, r, f float64) {
	c := count(m, sents)
	return prf(c.tp, c.np, c.ng)
}

func count(m *Model, sents []sentence) *counts {
	var c counts
	for _, s := range sents {
		c.add(spans(m.Recognize(s.words, s.xpos)), spans(s.tags))
	}
	return &c
}

// docID returns the document part of a UD sentence id
// ("answers-2007...-0003" → "answers-2007...").
func docID(sentID string) string {
	if k := strings.LastIndexByte(sentID, '-'); k > 0 {
		return sentID[:k]
	}
	return sentID
}

// countDocuments is count with each run of sentences of one document
// recognised together by RecognizeDocument.
func countDocuments(m *Model, sents []sentence) *counts {
	var c counts
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && docID(sents[j].id) == docID(sents[i].id) {
			j++
		}
		words, xpos := make([][]string, j-i), make([][]string, j-i)
		for k, s := range sents[i:j] {
			words[k], xpos[k] = s.words, s.xpos
		}
		for k, tags := range m.RecognizeDocument(words, xpos) {
			c.add(spans(tags), spans(sents[i+k].tags))
		}
		i = j
	}
	return &c
}

func prf(tp, np, ng int) (p, r, f float64) {
	if np > 0 {
		p = float64(tp) / float64(np)
	}
	if ng > 0 {
		r = float64(tp) / float64(ng)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Evaluate returns the micro precision, recall and F1 (fractions, 0..1) of
// m on a UniversalNER .iob2 file, counting an entity correct when its span
// and type both match. The sentences of each document (by sent_id) are
// recognised together with [Model.RecognizeDocument], as the NLP core
// does with an article. Penn tags come from tagger; when tagger is nil they
// are the gold tags of the matching UD EWT file, looked for in the folder
// ud-english-ewt beside the .iob2 file's folder (or beside its parent's,
// for the draft), and it is an error if that file is missing.
func Evaluate(m *Model, iob2Path string, tagger *tag.Tagger) (precision, recall, f1 float64, err error) {
	ctx := context.Background()
	udPath := ""
	if tagger == nil {
		for dir := filepath.Dir(iob2Path); ; {
			parent := filepath.Dir(dir)
			cand := udFor(iob2Path, filepath.Join(parent, "ud-english-ewt"))
			if _, err := os.Stat(cand); err == nil {
				udPath = cand
				break
			}
			if parent == dir {
				return 0, 0, 0, fmt.Errorf("ner: evaluate %s: no tagger and no UD EWT file %s beside it", iob2Path, filepath.Base(cand))
			}
			dir = parent
		}
	}
	sents, _, err := loadSplit(ctx, iob2Path, udPath, tagger)
	if err != nil {
		return 0, 0, 0, err
	}
	if len(sents) == 0 {
		return 0, 0, 0, errors.New("ner: evaluate " + iob2Path + ": no sentences")
	}
	c := countDocuments(m, sents)
	precision, recall, f1 = prf(c.tp, c.np, c.ng)
	return precision, recall, f1, nil
}
