package tag

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"github.com/storygraph/storygraph/extract/model"
	"github.com/storygraph/storygraph/extract/tag/perceptron"
)

// Tagger assigns Universal (UPOS) and Penn Treebank (XPOS) tags to words.
// A Tagger is immutable and safe for concurrent use.
type Tagger struct {
	upos, xpos []string // per class
	weights    *perceptron.Model
	dict       map[uint64]uint16 // frequent unambiguous words (exact form) → class
	amb        map[uint64]uint64 // lower-cased word → ambiguity class
	ambExact   map[uint64]uint64 // exact form → ambiguity class
	pool       sync.Pool
}

type scratch struct {
	infos  []wordInfo
	tags   []uint16
	feats  []uint32
	scores []float32
}

func (t *Tagger) scratch() *scratch {
	if s, ok := t.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{scores: make([]float32, len(t.upos))}
}

// Tag returns the UPOS and XPOS tags of words, one each per word. An empty
// input gives empty results.
func (t *Tagger) Tag(words []string) (upos, xpos []string) {
	upos = make([]string, len(words))
	xpos = make([]string, len(words))
	if len(words) == 0 {
		return upos, xpos
	}
	s := t.scratch()
	s.infos = t.fillInfos(s.infos[:0], words)
	s.tags = slices.Grow(s.tags[:0], len(words))[:len(words)]
	for i := range words {
		c, ok := t.dict[s.infos[i+2].exact]
		if !ok {
			s.feats = features(s.feats[:0], s.infos, s.tags, i)
			t.weights.Score(s.feats, s.scores)
			c = uint16(argmax(s.scores))
		}
		s.tags[i] = c
		upos[i], xpos[i] = t.upos[c], t.xpos[c]
	}
	t.pool.Put(s)
	return upos, xpos
}

func (t *Tagger) fillInfos(dst []wordInfo, words []string) []wordInfo {
	dst = append(dst, padInfo[0], padInfo[0])
	var nTitle, nLowerStart, nUpper int
	for _, w := range words {
		in := infoOf(w)
		in.amb = t.amb[in.lower] // 0 for unknown words
		in.ambExact = t.ambExact[in.exact]
		switch {
		case in.flags&flagUpper != 0 && len(w) > 1:
			nUpper++
		case in.flags&flagTitle != 0:
			nTitle++
		case in.flags&flagAlpha != 0:
			nLowerStart++
		}
		dst = append(dst, in)
	}
	// sentence casing style: 1 no capitals at all, 2 mostly all-caps,
	// 3 mostly title case (headline), 0 ordinary
	var style uint64
	switch {
	case nTitle+nUpper == 0:
		style = 1
	case nUpper > nLowerStart+nTitle:
		style = 2
	case nTitle > 2 && nTitle > 2*nLowerStart:
		style = 3
	}
	for i := 2; i < len(dst); i++ {
		dst[i].sent = style
	}
	return append(dst, padInfo[1], padInfo[1])
}

func argmax(s []float32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// Sentence is one training or evaluation sentence: words with gold tags.
type Sentence struct {
	Words, UPOS, XPOS []string
}

// TrainConfig configures [Train]. The zero value trains with defaults.
type TrainConfig struct {
	Iter   int     // passes over the data; 0 means 10
	Seed   uint64  // shuffling seed
	Prune  float64 // drop averaged weights below this magnitude; 0 means 0.01
	AmbMin int     // words seen fewer times get no ambiguity class; 0 means 4
	// Models trains that many perceptrons on differently shuffled data
	// and keeps the mean of their averaged weights (perceptron.Mean); 0 or
	// 1 means one.
	Models int
	Dev    []Sentence // when set, accuracy on it is logged after each pass
	Log    io.Writer  // progress; nil means none
}

// Train learns a tagger from sentences with gold tags. It checks ctx between
// passes.
func Train(ctx context.Context, train []Sentence, cfg TrainConfig) (*Tagger, error) {
	if cfg.Iter <= 0 {
		cfg.Iter = 10
	}
	if cfg.Prune == 0 {
		cfg.Prune = 0.01
	}
	if cfg.AmbMin == 0 {
		cfg.AmbMin = 4
	}
	logf := func(format string, a ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format, a...)
		}
	}
	// classes, sorted for determinism
	pairIndex := map[string]int{}
	var pairs []string
	for _, s := range train {
		if len(s.Words) != len(s.UPOS) || len(s.Words) != len(s.XPOS) {
			return nil, fmt.Errorf("tag: train: sentence with %d words, %d upos, %d xpos", len(s.Words), len(s.UPOS), len(s.XPOS))
		}
		for i := range s.Words {
			p := s.UPOS[i] + "\t" + s.XPOS[i]
			if _, ok := pairIndex[p]; !ok {
				pairIndex[p] = 0
				pairs = append(pairs, p)
			}
		}
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("tag: train: no data")
	}
	if len(pairs) > 256 {
		return nil, fmt.Errorf("tag: train: %d tag pairs, at most 256", len(pairs))
	}
	slices.Sort(pairs)
	t := &Tagger{}
	for i, p := range pairs {
		pairIndex[p] = i
		u, x, _ := strings.Cut(p, "\t")
		t.upos = append(t.upos, u)
		t.xpos = append(t.xpos, x)
	}
	gold := make([][]uint16, len(train))
	for k, s := range train {
		gold[k] = make([]uint16, len(s.Words))
		for i := range s.Words {
			gold[k][i] = uint16(pairIndex[s.UPOS[i]+"\t"+s.XPOS[i]])
		}
	}
	t.amb = buildAmb(train, gold, cfg.AmbMin, perceptron.HashLower)
	t.ambExact = buildAmb(train, gold, cfg.AmbMin, perceptron.HashString)
	infos := make([][]wordInfo, len(train))
	for k, s := range train {
		infos[k] = t.fillInfos(nil, s.Words)
	}
	t.dict = buildDict(train, gold, infos)

	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, len(pairs))
	var feats []uint32
	var tags []uint16
	// run trains one perceptron on a shuffle drawn from seed.
	run := func(seed uint64, member int) (*perceptron.Trainer, error) {
		tr := perceptron.NewTrainer(len(pairs))
		rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
		for it := 0; it < cfg.Iter; it++ {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			correct, total := 0, 0
			for _, k := range order {
				g := gold[k]
				tags = slices.Grow(tags[:0], len(g))[:len(g)]
				for i := range g {
					if c, ok := t.dict[infos[k][i+2].exact]; ok {
						tags[i] = c
						continue
					}
					feats = features(feats[:0], infos[k], tags, i)
					tr.Score(feats, scores)
					guess := argmax(scores)
					tr.Update(feats, int(g[i]), guess)
					tags[i] = uint16(guess)
					total++
					if guess == int(g[i]) {
						correct++
					}
				}
			}
			msg := fmt.Sprintf("tag: model %d pass %d: train %.2f%% (%d features)", member+1, it+1, 100*float64(correct)/float64(max(total, 1)), tr.Features())
			if len(cfg.Dev) > 0 && cfg.Log != nil {
				t.weights = tr.Average(cfg.Prune)
				u, x := t.Accuracy(cfg.Dev)
				msg += fmt.Sprintf(", dev upos %.2f%% xpos %.2f%%", u, x)
			}
			logf("%s\n", msg)
		}
		return tr, nil
	}
	models := make([]*perceptron.Model, max(cfg.Models, 1))
	for k := range models {
		tr, err := run(cfg.Seed+uint64(k)*7919, k)
		if err != nil {
			return nil, err
		}
		models[k] = tr.Average(cfg.Prune)
	}
	t.weights = models[0]
	if len(models) > 1 {
		t.weights = perceptron.Mean(cfg.Prune, models...)
		if len(cfg.Dev) > 0 && cfg.Log != nil {
			u, x := t.Accuracy(cfg.Dev)
			logf("tag: mean of %d models: dev upos %.2f%% xpos %.2f%%\n", len(models), u, x)
		}
	}
	logf("tag: %d features, %d weights kept\n", t.weights.Len(), t.weights.Weights())
	return t, nil
}

// buildAmb returns the ambiguity class of every lower-cased word seen at
// least minCount times: a hash of the set of tag pairs it was seen with.
func buildAmb(train []Sentence, gold [][]uint16, minCount int, hash func(string) uint64) map[uint64]uint64 {
	type set struct {
		bits [4]uint64
		n    int
	}
	sets := map[uint64]*set{}
	for k, s := range train {
		for i, w := range s.Words {
			h := hash(w)
			st := sets[h]
			if st == nil {
				st = &set{}
				sets[h] = st
			}
			c := gold[k][i]
			st.bits[c/64] |= 1 << (c % 64)
			st.n++
		}
	}
	amb := map[uint64]uint64{}
	for h, st := range sets {
		if st.n >= minCount {
			v := uint64(perceptron.Mix3(99, st.bits[0], st.bits[1], st.bits[2]^st.bits[3]<<1))
			amb[h] = v
		}
	}
	return amb
}

// buildDict finds words seen at least 20 times with one tag pair at least
// 99% of the time; they are tagged by lookup (Honnibal 2013).
func buildDict(train []Sentence, gold [][]uint16, infos [][]wordInfo) map[uint64]uint16 {
	type key struct {
		h uint64
		c uint16
	}
	counts := map[key]int{}
	totals := map[uint64]int{}
	for k, s := range train {
		for i := range s.Words {
			h := infos[k][i+2].exact
			counts[key{h, gold[k][i]}]++
			totals[h]++
		}
	}
	dict := map[uint64]uint16{}
	for kc, n := range counts {
		tot := totals[kc.h]
		if tot >= 20 && float64(n)/float64(tot) >= 0.99 {
			dict[kc.h] = kc.c
		}
	}
	return dict
}

// Accuracy returns the UPOS and XPOS accuracy of t on sents, in percent.
func (t *Tagger) Accuracy(sents []Sentence) (upos, xpos float64) {
	var nu, nx, n int
	for _, s := range sents {
		u, x := t.Tag(s.Words)
		for i := range u {
			n++
			if u[i] == s.UPOS[i] {
				nu++
			}
			if x[i] == s.XPOS[i] {
				nx++
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return 100 * float64(nu) / float64(n), 100 * float64(nx) / float64(n)
}

// payload is what a tagger model file holds after its header.
type payload struct {
	UPOS, XPOS []string
	DictKeys   []uint64 // sorted
	DictVals   []uint16
	AmbKeys    []uint64 // sorted
	AmbVals    []uint64
	ExactKeys  []uint64 // sorted
	ExactVals  []uint64
	Weights    perceptron.Encoded
}

// Save writes t as a model file. h supplies Version, Corpus and Scores; Name
// and Features are set here.
func (t *Tagger) Save(w io.Writer, h model.Header) error {
	h.Name, h.Features = "tagger", FeatureSet
	p := payload{UPOS: t.upos, XPOS: t.xpos, Weights: t.weights.Encode()}
	for k := range t.dict {
		p.DictKeys = append(p.DictKeys, k)
	}
	slices.SortFunc(p.DictKeys, cmp.Compare)
	for _, k := range p.DictKeys {
		p.DictVals = append(p.DictVals, t.dict[k])
	}
	for k := range t.amb {
		p.AmbKeys = append(p.AmbKeys, k)
	}
	slices.SortFunc(p.AmbKeys, cmp.Compare)
	for _, k := range p.AmbKeys {
		p.AmbVals = append(p.AmbVals, t.amb[k])
	}
	for k := range t.ambExact {
		p.ExactKeys = append(p.ExactKeys, k)
	}
	slices.SortFunc(p.ExactKeys, cmp.Compare)
	for _, k := range p.ExactKeys {
		p.ExactVals = append(p.ExactVals, t.ambExact[k])
	}
	if err := model.Save(w, h, p); err != nil {
		return fmt.Errorf("tag: %w", err)
	}
	return nil
}

// Load reads the tagger model file name from fsys.
func Load(fsys fs.FS, name string) (*Tagger, error) {
	var p payload
	if _, err := model.Load(fsys, name, model.Header{Name: "tagger", Features: FeatureSet}, &p); err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	return fromPayload(p, name)
}

// Read is [Load] from an open reader; name is used in errors.
func Read(r io.Reader, name string) (*Tagger, error) {
	var p payload
	if _, err := model.Read(r, name, model.Header{Name: "tagger", Features: FeatureSet}, &p); err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	return fromPayload(p, name)
}

func fromPayload(p payload, name string) (*Tagger, error) {
	if len(p.UPOS) == 0 || len(p.UPOS) != len(p.XPOS) || len(p.DictKeys) != len(p.DictVals) || len(p.AmbKeys) != len(p.AmbVals) || len(p.ExactKeys) != len(p.ExactVals) {
		return nil, fmt.Errorf("tag: %s: inconsistent tag tables", name)
	}
	w, err := perceptron.Decode(p.Weights)
	if err != nil {
		return nil, fmt.Errorf("tag: %s: %w", name, err)
	}
	if w.NClass() != len(p.UPOS) {
		return nil, fmt.Errorf("tag: %s: %d classes in weights, %d tags", name, w.NClass(), len(p.UPOS))
	}
	t := &Tagger{upos: p.UPOS, xpos: p.XPOS, weights: w, dict: make(map[uint64]uint16, len(p.DictKeys)), amb: make(map[uint64]uint64, len(p.AmbKeys))}
	for i, k := range p.AmbKeys {
		t.amb[k] = p.AmbVals[i]
	}
	t.ambExact = make(map[uint64]uint64, len(p.ExactKeys))
	for i, k := range p.ExactKeys {
		t.ambExact[k] = p.ExactVals[i]
	}
	for i, k := range p.DictKeys {
		if int(p.DictVals[i]) >= len(p.UPOS) {
			return nil, fmt.Errorf("tag: %s: dictionary class out of range", name)
		}
		t.dict[k] = p.DictVals[i]
	}
	return t, nil
}

// Prune returns a copy of t without the weights whose magnitude is below
// min: a smaller, faster model, usually a little less accurate.
func (t *Tagger) Prune(min float64) *Tagger {
	return &Tagger{upos: t.upos, xpos: t.xpos, dict: t.dict, amb: t.amb, ambExact: t.ambExact, weights: t.weights.Prune(min)}
}

// Size returns the number of features and weights in t.
func (t *Tagger) Size() (features, weights int) { return t.weights.Len(), t.weights.Weights() }
