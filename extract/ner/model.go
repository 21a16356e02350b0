package ner

import (
	"fmt"
	"io"
	"io/fs"
	"math"
	"sync"

	"github.com/storygraph/storygraph/extract/model"
)

// Version is written into the headers of models this code trains.
const Version = "en-2026.1"

// Model is a trained entity recogniser. A loaded or trained Model is
// immutable and safe for concurrent use.
type Model struct {
	header model.Header
	bits   int
	mask   uint64
	w      []float32 // (1<<bits) rows of rowLen weights
	lex    map[uint64]uint8
	clus   map[uint64]cluster // word clusters of the training text
	low    map[uint64]uint32  // lowerCode of the training text's lower-case words
	words  map[uint64]wordInfo
	oBias  float32   // subtracted from the score of O: trades precision for recall
	second *Model    // the second pass (stack.go), nil for none
	pool   sync.Pool // *scratch
}

// wordInfo is what the model knows of a lower-cased word of the training
// text: its lexicon class, cluster and lowerCode, merged so that a word
// costs one map lookup.
type wordInfo struct {
	lex  uint8
	clus cluster
	low  uint32
}

type scratch struct {
	info    []tokInfo
	lat     lattice
	classes []int
}

// payload is what a model file stores after its header: the non-zero rows
// of the weight table, quantised to int16, and the casing lexicon.
type payload struct {
	Bits    int
	Rows    []uint32 // indices of the non-zero rows, ascending
	Weights []int16  // numTags weights per row in Rows
	Scale   float32  // weight = Weights[i] * Scale
	LexKeys []uint64 // perceptron.HashLower of the words, ascending
	LexVals []uint8  // lexicon class of each key
	OBias   float32  // see Model.oBias
	// ClusKeys are perceptron.HashLower of the clustered words, ascending;
	// ClusVals their clusters.
	ClusKeys []uint64
	ClusVals []uint16
	// LowKeys are perceptron.HashLower of the training text's lower-case
	// words the gazetteers know when capitalised; LowVals their codes.
	LowKeys []uint64
	LowVals []uint32
	// SecondBits, when above 0, is log2 of the rows of the second pass's
	// weight table (see stack.go); SecondRows, SecondWeights and
	// SecondScale store it as Rows, Weights and Scale store the sentence
	// model's. The second pass shares the lexicon and clusters.
	SecondBits    int
	SecondRows    []uint32
	SecondWeights []int16
	SecondScale   float32
}

func newModel(bits int, lex map[uint64]uint8, clus map[uint64]cluster, low map[uint64]uint32) *Model {
	words := make(map[uint64]wordInfo, len(lex))
	for k, c := range lex {
		words[k] = wordInfo{lex: c, clus: clus[k], low: low[k]}
	}
	return &Model{bits: bits, mask: 1<<bits - 1, w: make([]float32, (1<<bits)*rowLen), lex: lex, clus: clus, low: low, words: words}
}

// Header returns the header the model was loaded or trained with, including
// its recorded scores.
func (m *Model) Header() model.Header { return m.header }

// Load reads a recogniser model file name from fsys.
func Load(fsys fs.FS, name string) (*Model, error) {
	var p payload
	h, err := model.Load(fsys, name, model.Header{Name: "ner", Features: featureSet}, &p)
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	return fromPayload(h, &p, name)
}

// Read is [Load] on an open reader; name is used in errors.
func Read(r io.Reader, name string) (*Model, error) {
	var p payload
	h, err := model.Read(r, name, model.Header{Name: "ner", Features: featureSet}, &p)
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	return fromPayload(h, &p, name)
}

func fromPayload(h model.Header, p *payload, name string) (*Model, error) {
	if p.Bits < 4 || p.Bits > 26 {
		return nil, fmt.Errorf("ner: %s: bad table size 2^%d", name, p.Bits)
	}
	if len(p.Weights) != len(p.Rows)*numTags || len(p.LexKeys) != len(p.LexVals) || len(p.ClusKeys) != len(p.ClusVals) || len(p.LowKeys) != len(p.LowVals) {
		return nil, fmt.Errorf("ner: %s: inconsistent payload", name)
	}
	lex := make(map[uint64]uint8, len(p.LexKeys))
	for i, k := range p.LexKeys {
		lex[k] = p.LexVals[i]
	}
	clus := make(map[uint64]cluster, len(p.ClusKeys))
	for i, k := range p.ClusKeys {
		clus[k] = p.ClusVals[i]
	}
	low := make(map[uint64]uint32, len(p.LowKeys))
	for i, k := range p.LowKeys {
		low[k] = p.LowVals[i]
	}
	m := newModel(p.Bits, lex, clus, low)
	m.header = h
	m.oBias = p.OBias
	if err := unpackRows(m.w, p.Bits, p.Rows, p.Weights, p.Scale); err != nil {
		return nil, fmt.Errorf("ner: %s: %w", name, err)
	}
	if p.SecondBits > 0 {
		if p.SecondBits < 4 || p.SecondBits > 26 || len(p.SecondWeights) != len(p.SecondRows)*numTags {
			return nil, fmt.Errorf("ner: %s: bad second-pass table", name)
		}
		m.second = newModel(p.SecondBits, lex, clus, low)
		m.second.words = m.words
		if err := unpackRows(m.second.w, p.SecondBits, p.SecondRows, p.SecondWeights, p.SecondScale); err != nil {
			return nil, fmt.Errorf("ner: %s: second pass: %w", name, err)
		}
	}
	return m, nil
}

// unpackRows sets the rows of w (2^bits rows of rowLen weights) that
// packRows stored.
func unpackRows(w []float32, bits int, rows []uint32, weights []int16, scale float32) error {
	n := uint32(1) << bits
	for i, r := range rows {
		if r >= n {
			return fmt.Errorf("row %d out of range", r)
		}
		for c := 0; c < numTags; c++ {
			w[int(r)*rowLen+c] = float32(weights[i*numTags+c]) * scale
		}
	}
	return nil
}

// packRows quantises the weights w (2^bits rows of rowLen) to int16 and
// returns the indices of the non-zero rows, their weights and the scale.
func packRows(w []float32, bits int) (rows []uint32, weights []int16, scale float32) {
	var maxAbs float32
	for _, x := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	scale = maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	for r := 0; r < 1<<bits; r++ {
		row := w[r*rowLen : r*rowLen+numTags]
		var q [numTags]int16
		nz := false
		for c, x := range row {
			q[c] = int16(math.Round(float64(x / scale)))
			nz = nz || q[c] != 0
		}
		if nz {
			rows = append(rows, uint32(r))
			weights = append(weights, q[:]...)
		}
	}
	return rows, weights, scale
}

// Save writes m in the model file format (see package model).
func (m *Model) Save(w io.Writer) error {
	var p payload
	p.Bits = m.bits
	p.Rows, p.Weights, p.Scale = packRows(m.w, m.bits)
	if m.second != nil {
		p.SecondBits = m.second.bits
		p.SecondRows, p.SecondWeights, p.SecondScale = packRows(m.second.w, m.second.bits)
	}
	p.LexKeys, p.LexVals = sortedSlices(m.lex)
	p.ClusKeys, p.ClusVals = sortedSlices(m.clus)
	p.LowKeys, p.LowVals = sortedSlices(m.low)
	p.OBias = m.oBias
	h := m.header
	h.Name, h.Features = "ner", featureSet
	if err := model.Save(w, h, &p); err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	return nil
}

func (m *Model) getScratch(n int) *scratch {
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	if cap(s.info) < n {
		s.info = make([]tokInfo, n)
	}
	s.info = s.info[:n]
	return s
}

// Recognize returns the BIO entity tag of every word of one sentence:
// "O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-LOC" or "I-LOC".
// xpos holds the words' Penn Treebank tags from the tagger; when its length
// differs from words' (nil, say) the tags are treated as unknown, which
// costs accuracy. Decoding is first-order Viterbi and never emits an I- tag
// that does not continue an entity of its type.
//
// Recognize is safe for concurrent use. It runs in time linear in
// len(words) and allocates only the result (and, for capitalised word
// runs, the strings looked up in the gazetteer).
func (m *Model) Recognize(words, xpos []string) []string {
	out := make([]string, len(words))
	if len(words) == 0 {
		return out
	}
	if len(xpos) != len(words) {
		xpos = nil
	}
	s := m.getScratch(len(words))
	defer m.pool.Put(s)
	m.fill(words, xpos, s.info)
	head := headline(words)
	if cap(s.classes) < len(words) {
		s.classes = make([]int, len(words))
	}
	cl := s.classes[:len(words)]
	m.viterbi(s.info, head, &s.lat, cl)
	for i, c := range cl {
		out[i] = tagNames[c]
	}
	return out
}

func (m *Model) score(feats []uint32, scores *[rowLen]float32) {
	w := m.w
	for _, f := range feats {
		row := (*[rowLen]float32)(w[int(f)*rowLen:])
		for c := range scores {
			scores[c] += row[c]
		}
	}
}

// SetScores records evaluation scores in the model's header (added to any
// already there), so that Save writes them. It must not be called while the
// model is in use by other goroutines.
func (m *Model) SetScores(scores map[string]float64) {
	s := make(map[string]float64, len(m.header.Scores)+len(scores))
	for k, v := range m.header.Scores {
		s[k] = v
	}
	for k, v := range scores {
		s[k] = v
	}
	m.header.Scores = s
}
