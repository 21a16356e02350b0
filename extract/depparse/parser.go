package depparse

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"slices"
	"sync"

	"github.com/storygraph/storygraph/extract/model"
	"github.com/storygraph/storygraph/extract/tag/perceptron"
)

// FeatureSet names the parser's feature templates and transition system; a
// model trained with others is refused at load time.
const FeatureSet = "depparse-archybrid-v2"

// Parser is a trained dependency parser. It is immutable and safe for
// concurrent use.
type Parser struct {
	labels  []string
	tags    map[string]uint64 // XPOS and UPOS strings → id (ids from 1)
	amb     map[uint64]uint64 // lower-cased word hash → ambiguity class
	weights *perceptron.Model
	pool    sync.Pool
}

type scratch struct {
	st     state
	feats  []uint32
	scores []float32

	// sums[(k*groups+g)*nclass:][:nclass] caches the summed weights of
	// group g for token k (index n+1: no token), valid when have[k*groups+g].
	sums []int32
	have []bool
	base []int32
}

func (p *Parser) scratch() *scratch {
	if s, ok := p.pool.Get().(*scratch); ok {
		return s
	}
	nclass := 1 + 2*len(p.labels)
	return &scratch{scores: make([]float32, nclass), base: make([]int32, nclass)}
}

// maxCached bounds the words of a sentence whose group sums Parse caches
// (about 1.2 KB a word); longer ones are scored feature by feature, with
// the same result.
const maxCached = 512

// groupSum returns the summed weights of group g for token k (-1: none),
// computing them on first use in the sentence.
func (p *Parser) groupSum(sc *scratch, g int, k int32) []int32 {
	s := &sc.st
	i := int(k)
	if k < 0 {
		i = s.n + 1
	}
	j := i*groups + g
	nclass := len(sc.base)
	sum := sc.sums[j*nclass:][:nclass]
	if !sc.have[j] {
		sc.have[j] = true
		clear(sum)
		sc.feats = s.groupFeatures(sc.feats[:0], g, k)
		p.weights.Sum(sc.feats, sum)
	}
	return sum
}

const (
	rootWord = 0x524f4f54
	rootTag  = 0x7f7f
)

func (p *Parser) load(s *state, words, upos, xpos []string) {
	n := len(words)
	s.reset(n)
	s.w = slices.Grow(s.w[:0], n+1)[:n+1]
	s.t = slices.Grow(s.t[:0], n+1)[:n+1]
	s.u = slices.Grow(s.u[:0], n+1)[:n+1]
	s.a = slices.Grow(s.a[:0], n+1)[:n+1]
	for i, w := range words {
		s.w[i] = perceptron.HashLower(w)
		s.a[i] = p.amb[s.w[i]]
		s.t[i], s.u[i] = 0, 0
		if i < len(xpos) {
			s.t[i] = p.tags[xpos[i]]
		}
		if i < len(upos) {
			s.u[i] = p.tags[upos[i]]
		}
	}
	s.w[n], s.t[n], s.u[n], s.a[n] = rootWord, rootTag, rootTag, rootTag
}

// Parse returns the head of every word (an index into words, -1 for the
// root) and its Universal Dependencies relation ("root" for the root).
// upos and xpos are the words' tags, as from [tag.Tagger.Tag]; missing tags
// (shorter slices) are treated as unknown. Every sentence gets exactly one
// root and a tree. An empty input gives empty results.
func (p *Parser) Parse(words, upos, xpos []string) (heads []int, rels []string) {
	heads = make([]int, len(words))
	rels = make([]string, len(words))
	if len(words) == 0 {
		return heads, rels
	}
	sc := p.scratch()
	s := &sc.st
	p.load(s, words, upos, xpos)
	nclass := len(sc.base)
	cached := len(words) <= maxCached
	if cached {
		sc.sums = slices.Grow(sc.sums[:0], (len(words)+2)*groups*nclass)[:(len(words)+2)*groups*nclass]
		sc.have = slices.Grow(sc.have[:0], (len(words)+2)*groups)[:(len(words)+2)*groups]
		clear(sc.have)
	}
	for !s.terminal() {
		if m, l, ok := s.forced(); ok {
			s.apply(m, l)
			continue
		}
		if !cached {
			sc.feats = s.features(sc.feats[:0])
			p.weights.Score(sc.feats, sc.scores)
			s.apply(moveOf(bestValid(s, sc.scores)))
			continue
		}
		// Score(features) as exact integer sums: the cached sums of the
		// groups plus the rest (see groupFeatures)
		b, s0, s1 := p.groupSum(sc, groupBuf, s.buf(0)), p.groupSum(sc, groupS0, s.st(0)), p.groupSum(sc, groupS1, s.st(1))
		base := sc.base[:nclass]
		b, s0, s1 = b[:nclass], s0[:nclass], s1[:nclass]
		for i := range base {
			base[i] = b[i] + s0[i] + s1[i]
		}
		sc.feats = s.restFeatures(sc.feats[:0])
		p.weights.ScoreFrom(base, sc.feats, sc.scores)
		c := bestValid(s, sc.scores)
		s.apply(moveOf(c))
	}
	for i := range words {
		h := int(s.heads[i])
		if h == len(words) {
			h = -1
		}
		heads[i] = h
		if h == -1 {
			rels[i] = "root"
		} else if l := s.labels[i] - 1; l >= 0 && int(l) < len(p.labels) {
			rels[i] = p.labels[l]
		} else {
			rels[i] = "dep"
		}
	}
	p.pool.Put(sc)
	return heads, rels
}

// bestValid returns the highest-scoring class whose move is valid in s.
func bestValid(s *state, scores []float32) int {
	best := -1
	var bestScore float32
	ok := [3]bool{s.canShift(), s.canLeft(), s.canRight()}
	for c, v := range scores {
		m := 0
		if c > 0 {
			m = 1 + (c-1)%2
		}
		if !ok[m] {
			continue
		}
		if best == -1 || v > bestScore {
			best, bestScore = c, v
		}
	}
	return best
}

// Sentence is one training or evaluation sentence: words, tags, gold heads
// (-1 for the root) and relations.
type Sentence struct {
	Words, UPOS, XPOS []string
	Heads             []int
	Rels              []string
}

// TrainConfig configures [Train]. The zero value trains with defaults.
type TrainConfig struct {
	Iter  int     // passes over the data; 0 means 12
	Seed  uint64  // shuffling and exploration seed
	Prune float64 // drop averaged weights below this magnitude; 0 means 0.05
	// Models is the number of models trained with seeds Seed, Seed+1, ...
	// whose weights are averaged (parameter mixing); 0 means 1.
	Models int
	// ExploreFrom is the first pass (counted from 0) that follows the
	// parser's own predictions; 0 means 1. ExploreP is the probability of
	// following a prediction from then on; 0 means always.
	ExploreFrom int
	ExploreP    float64
	Dev         []Sentence // when set, scores on it are logged after each pass
	Log         io.Writer  // progress; nil means none
}

// Train learns a parser from sentences with gold trees, using a dynamic
// oracle: from the second pass on, it follows its own predictions and
// learns the best move from wherever they lead. It checks ctx between
// passes.
func Train(ctx context.Context, train []Sentence, cfg TrainConfig) (*Parser, error) {
	if cfg.Iter <= 0 {
		cfg.Iter = 12
	}
	if cfg.Prune == 0 {
		cfg.Prune = 0.05
	}
	logf := func(format string, a ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format, a...)
		}
	}
	p := &Parser{tags: map[string]uint64{}}
	labelID := map[string]int{}
	var tagList []string
	for _, s := range train {
		n := len(s.Words)
		if len(s.UPOS) != n || len(s.XPOS) != n || len(s.Heads) != n || len(s.Rels) != n {
			return nil, fmt.Errorf("depparse: train: sentence with inconsistent column lengths")
		}
		for i := range s.Words {
			if s.Heads[i] < -1 || s.Heads[i] >= n {
				return nil, fmt.Errorf("depparse: train: head %d out of range", s.Heads[i])
			}
			if s.Heads[i] >= 0 {
				if _, ok := labelID[s.Rels[i]]; !ok {
					labelID[s.Rels[i]] = 0
					p.labels = append(p.labels, s.Rels[i])
				}
			}
			for _, t := range [2]string{s.UPOS[i], s.XPOS[i]} {
				if _, ok := p.tags[t]; !ok {
					p.tags[t] = 0
					tagList = append(tagList, t)
				}
			}
		}
	}
	if len(p.labels) == 0 {
		return nil, fmt.Errorf("depparse: train: no data")
	}
	if 1+2*len(p.labels) > 256 {
		return nil, fmt.Errorf("depparse: train: %d labels, at most 127", len(p.labels))
	}
	slices.Sort(p.labels)
	for i, l := range p.labels {
		labelID[l] = i
	}
	slices.Sort(tagList)
	for i, t := range tagList {
		p.tags[t] = uint64(i + 1)
	}
	p.amb = buildAmb(train)
	models := max(cfg.Models, 1)
	var ws []*perceptron.Model
	for m := range models {
		w, err := p.train(ctx, train, cfg, cfg.Seed+uint64(m), labelID, logf)
		if err != nil {
			return nil, err
		}
		ws = append(ws, w)
	}
	p.weights = ws[0]
	if models > 1 {
		p.weights = perceptron.Mean(cfg.Prune, ws...)
		if len(cfg.Dev) > 0 && cfg.Log != nil {
			uas, las := p.Accuracy(cfg.Dev)
			logf("depparse: mean of %d models: dev UAS %.2f%% LAS %.2f%%\n", models, uas, las)
		}
	}
	logf("depparse: %d features, %d weights kept\n", p.weights.Len(), p.weights.Weights())
	return p, nil
}

// train runs the passes of [Train] with one seed and returns the averaged
// weights. It sets p.weights to score the dev set after each pass.
func (p *Parser) train(ctx context.Context, train []Sentence, cfg TrainConfig, seed uint64, labelID map[string]int, logf func(string, ...any)) (*perceptron.Model, error) {
	nclass := 1 + 2*len(p.labels)
	tr := perceptron.NewTrainer(nclass)
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, seed^0xdeb))
	exploreFrom := cfg.ExploreFrom
	if exploreFrom <= 0 {
		exploreFrom = 1
	}
	scores := make([]float32, nclass)
	var (
		st    state
		feats []uint32
		gold  []int32
		glab  []int
	)
	for it := 0; it < cfg.Iter; it++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, k := range order {
			s := &train[k]
			n := len(s.Words)
			gold = gold[:0]
			glab = glab[:0]
			for i := range n {
				h := s.Heads[i]
				if h < 0 {
					h = n
				}
				gold = append(gold, int32(h))
				glab = append(glab, labelID[s.Rels[i]])
			}
			gold = append(gold, -1)
			p.load(&st, s.Words, s.UPOS, s.XPOS)
			for !st.terminal() {
				// a shift onto an empty stack is still scored here (it
				// counts in the weight averages), so that training
				// reproduces the committed model
				if m, l, ok := st.forced(); ok && m != shift {
					st.apply(m, l)
					continue
				}
				feats = st.features(feats[:0])
				tr.Score(feats, scores)
				guess := bestValid(&st, scores)
				best := bestZeroCost(&st, scores, gold, glab, len(p.labels))
				tr.Update(feats, best, guess)
				total++
				if guess == best {
					correct++
				}
				follow := best
				if it >= exploreFrom && (cfg.ExploreP <= 0 || cfg.ExploreP >= 1 || rng.Float64() < cfg.ExploreP) {
					follow = guess
				}
				st.apply(moveOf(follow))
			}
		}
		msg := fmt.Sprintf("depparse: seed %d pass %d: train move accuracy %.2f%% (%d features)", seed, it+1, 100*float64(correct)/float64(max(total, 1)), tr.Features())
		if len(cfg.Dev) > 0 && cfg.Log != nil {
			p.weights = tr.Average(cfg.Prune)
			uas, las := p.Accuracy(cfg.Dev)
			msg += fmt.Sprintf(", dev UAS %.2f%% LAS %.2f%%", uas, las)
		}
		logf("%s\n", msg)
	}
	return tr.Average(cfg.Prune), nil
}

// bestZeroCost returns the highest-scoring labelled transition among those
// of least cost (Goldberg and Nivre 2013): a move whose arc is gold must
// carry the gold label; a move adding a wrong arc may carry any label.
func bestZeroCost(st *state, scores []float32, gold []int32, glab []int, nlab int) int {
	cs, cl, cr := st.costs(gold)
	minCost := min(cs, cl, cr)
	best := -1
	consider := func(c int) {
		if best == -1 || scores[c] > scores[best] {
			best = c
		}
	}
	if cs == minCost {
		consider(0)
	}
	for _, mv := range [2]int{left, right} {
		if (mv == left && cl != minCost) || (mv == right && cr != minCost) {
			continue
		}
		h, d := st.arc(mv)
		if gold[d] == h {
			if int(h) == st.n {
				consider(classOf(mv, 0)) // the root's label is not learnt
			} else {
				consider(classOf(mv, glab[d]))
			}
			continue
		}
		for l := range nlab {
			consider(classOf(mv, l))
		}
	}
	return best
}

// buildAmb maps every lower-cased word seen at least 4 times in train to a
// hash of the set of XPOS tags it carries there.
func buildAmb(train []Sentence) map[uint64]uint64 {
	type set struct {
		tags []string
		n    int
	}
	sets := map[uint64]*set{}
	for _, s := range train {
		for i, w := range s.Words {
			h := perceptron.HashLower(w)
			st := sets[h]
			if st == nil {
				st = &set{}
				sets[h] = st
			}
			st.n++
			if !slices.Contains(st.tags, s.XPOS[i]) {
				st.tags = append(st.tags, s.XPOS[i])
			}
		}
	}
	amb := map[uint64]uint64{}
	for h, st := range sets {
		if st.n < 4 {
			continue
		}
		slices.Sort(st.tags)
		v := uint64(0x414d42)
		for _, t := range st.tags {
			v = v*1099511628211 ^ perceptron.HashString(t)
		}
		amb[h] = v
	}
	return amb
}

// Accuracy returns the unlabelled and labelled attachment scores of p on
// sents, in percent, counting every word (punctuation included), with the
// tags the sentences carry. Labels are compared in full (with subtypes).
func (p *Parser) Accuracy(sents []Sentence) (uas, las float64) {
	var nu, nl, n int
	for _, s := range sents {
		h, r := p.Parse(s.Words, s.UPOS, s.XPOS)
		for i := range h {
			n++
			if h[i] == s.Heads[i] {
				nu++
				if r[i] == s.Rels[i] {
					nl++
				}
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return 100 * float64(nu) / float64(n), 100 * float64(nl) / float64(n)
}

// Labels returns the relations the parser can predict, sorted.
func (p *Parser) Labels() []string { return slices.Clone(p.labels) }

type payload struct {
	Labels  []string
	Tags    []string // tag strings; id = index+1
	AmbKeys []uint64 // sorted
	AmbVals []uint64
	Weights perceptron.Encoded
}

// Save writes p as a model file. h supplies Version, Corpus and Scores; Name
// and Features are set here.
func (p *Parser) Save(w io.Writer, h model.Header) error {
	h.Name, h.Features = "parser", FeatureSet
	pl := payload{Labels: p.labels, Tags: make([]string, len(p.tags)), Weights: p.weights.Encode()}
	for t, id := range p.tags {
		pl.Tags[id-1] = t
	}
	for k := range p.amb {
		pl.AmbKeys = append(pl.AmbKeys, k)
	}
	slices.Sort(pl.AmbKeys)
	for _, k := range pl.AmbKeys {
		pl.AmbVals = append(pl.AmbVals, p.amb[k])
	}
	if err := model.Save(w, h, pl); err != nil {
		return fmt.Errorf("depparse: %w", err)
	}
	return nil
}

// Load reads the parser model file name from fsys.
func Load(fsys fs.FS, name string) (*Parser, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("depparse: model: %w", err)
	}
	defer f.Close()
	return Read(f, name)
}

// Read is [Load] from an open reader; name is used in errors.
func Read(r io.Reader, name string) (*Parser, error) {
	var pl payload
	if _, err := model.Read(r, name, model.Header{Name: "parser", Features: FeatureSet}, &pl); err != nil {
		return nil, fmt.Errorf("depparse: %w", err)
	}
	return fromPayload(pl, name)
}

func fromPayload(pl payload, name string) (*Parser, error) {
	if len(pl.AmbKeys) != len(pl.AmbVals) {
		return nil, fmt.Errorf("depparse: %s: inconsistent word classes", name)
	}
	if len(pl.Labels) == 0 || 1+2*len(pl.Labels) > 256 {
		return nil, fmt.Errorf("depparse: %s: %d labels", name, len(pl.Labels))
	}
	w, err := perceptron.Decode(pl.Weights)
	if err != nil {
		return nil, fmt.Errorf("depparse: %s: %w", name, err)
	}
	if w.NClass() != 1+2*len(pl.Labels) {
		return nil, fmt.Errorf("depparse: %s: %d classes for %d labels", name, w.NClass(), len(pl.Labels))
	}
	p := &Parser{labels: pl.Labels, weights: w, tags: make(map[string]uint64, len(pl.Tags)), amb: make(map[uint64]uint64, len(pl.AmbKeys))}
	for i, k := range pl.AmbKeys {
		p.amb[k] = pl.AmbVals[i]
	}
	for i, t := range pl.Tags {
		p.tags[t] = uint64(i + 1)
	}
	return p, nil
}

// Prune returns a copy of p without the weights whose magnitude is below
// min: a smaller, faster model, usually a little less accurate.
func (p *Parser) Prune(min float64) *Parser {
	return &Parser{labels: p.labels, tags: p.tags, amb: p.amb, weights: p.weights.Prune(min)}
}

// Size returns the number of features and weights in p.
func (p *Parser) Size() (features, weights int) { return p.weights.Len(), p.weights.Weights() }
