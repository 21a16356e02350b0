package perceptron

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Trainer learns averaged perceptron weights. The zero value is not usable;
// call [NewTrainer]. A Trainer is not safe for concurrent use.
type Trainer struct {
	nclass int
	index  map[uint32]int32
	rows   [][]entry
	now    int32
}

type entry struct {
	class int32
	w     int32
	ts    int32
	total int64
}

// NewTrainer returns a trainer for nclass classes (at most 256).
func NewTrainer(nclass int) *Trainer {
	return &Trainer{nclass: nclass, index: make(map[uint32]int32, 1<<16)}
}

// NClass returns the number of classes.
func (t *Trainer) NClass() int { return t.nclass }

// Score adds the current (not averaged) weights of feats to scores, which
// must have NClass elements and is cleared first.
func (t *Trainer) Score(feats []uint32, scores []float32) {
	clear(scores)
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.class] += float32(e.w)
		}
	}
}

// Update counts one training instance and, when guess differs from truth,
// moves the weights of feats towards truth and away from guess.
func (t *Trainer) Update(feats []uint32, truth, guess int) {
	t.now++
	if truth == guess {
		return
	}
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, make([]entry, 0, 2))
		}
		t.bump(r, int32(truth), 1)
		t.bump(r, int32(guess), -1)
	}
}

func (t *Trainer) bump(r, class, v int32) {
	row := t.rows[r]
	for i := range row {
		if row[i].class == class {
			e := &row[i]
			e.total += int64(t.now-e.ts) * int64(e.w)
			e.ts = t.now
			e.w += v
			return
		}
	}
	t.rows[r] = append(row, entry{class: class, w: v, ts: t.now})
}

// Features returns the number of distinct features seen in updates.
func (t *Trainer) Features() int { return len(t.rows) }

// Average returns the averaged weights as a compact model, dropping weights
// whose absolute averaged value is below prune. The trainer is unchanged
// and training may continue.
func (t *Trainer) Average(prune float64) *Model {
	now := float64(t.now)
	if now == 0 {
		now = 1
	}
	keys := make([]uint32, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	m := &Model{nclass: t.nclass}
	m.start = append(m.start, 0)
	for _, k := range keys {
		row := t.rows[t.index[k]]
		n := 0
		for _, e := range row {
			total := e.total + int64(t.now-e.ts)*int64(e.w)
			avg := float64(total) / now
			if math.Abs(avg) < prune || avg == 0 {
				continue
			}
			m.class = append(m.class, uint8(e.class))
			m.weight = append(m.weight, float32(avg))
			n++
		}
		if n == 0 {
			continue
		}
		m.keys = append(m.keys, k)
		m.start = append(m.start, uint32(len(m.class)))
	}
	m.quantize()
	m.build()
	return m
}

// Model is an immutable set of averaged weights. It is safe for concurrent
// use.
type Model struct {
	nclass int
	keys   []uint32 // sorted
	start  []uint32 // len(keys)+1 offsets into class and weight
	class  []uint8
	weight []float32

	// open-addressing lookup table (key 0: empty) pointing into ents, laid
	// out so a lookup touches two cache lines at most
	slots []slotEntry
	ents  []uint32 // class<<16 | uint16(quantized weight)
	dense []int16  // rows of nclass quantized weights, for features with many
	qs    float32  // weight of one quantum
	mask  uint32
}

// denseFlag marks a slot whose weights are a dense row in Model.dense.
const denseFlag = 1 << 31

// slotEntry is one feature in the lookup table. Features with at most two
// weights (most of them) keep them inline, so looking them up touches one
// cache line.
type slotEntry struct {
	key, off, n uint32
	in          [2]uint32 // the weights when n <= 2
}

// maxFeats bounds the features scored in one batch; longer lists are split.
const maxFeats = 256

// NClass returns the number of classes.
func (m *Model) NClass() int { return m.nclass }

// Len returns the number of features with weights.
func (m *Model) Len() int { return len(m.keys) }

// Weights returns the number of stored (feature, class) weights.
func (m *Model) Weights() int { return len(m.weight) }

func (m *Model) build() {
	size := uint32(1)
	for size < uint32(2*len(m.keys)+2) {
		size <<= 1
	}
	sc := m.scale()
	m.qs = float32(sc)
	m.ents = make([]uint32, len(m.weight))
	for i := range m.ents {
		q := int16(math.Round(float64(m.weight[i]) / sc))
		m.ents[i] = uint32(m.class[i])<<16 | uint32(uint16(q))
	}
	m.slots = make([]slotEntry, size)
	m.mask = size - 1
	for i, k := range m.keys {
		j := slot(k) & m.mask
		for m.slots[j].key != 0 {
			j = (j + 1) & m.mask
		}
		e := slotEntry{key: k, off: m.start[i], n: m.start[i+1] - m.start[i]}
		switch {
		case e.n <= 2:
			copy(e.in[:], m.ents[e.off:e.off+e.n])
		case int(e.n)*3 > m.nclass:
			// many classes: a dense row is faster to add
			row := make([]int16, m.nclass)
			for _, x := range m.ents[e.off : e.off+e.n] {
				row[x>>16&0xff] = int16(uint16(x))
			}
			e.off, e.n = uint32(len(m.dense)), denseFlag
			m.dense = append(m.dense, row...)
		}
		m.slots[j] = e
	}
}

func slot(k uint32) uint32 { return k * 0x9E3779B1 >> 7 }

// Score sets scores (NClass elements) to the summed weights of feats.
//
// It works in two passes so that the memory loads of different features are
// independent and overlap: first every feature's slot is found, then the
// weights are summed.
func (m *Model) Score(feats []uint32, scores []float32) {
	clear(scores)
	if len(scores) < m.nclass {
		return
	}
	scores = scores[:m.nclass]
	var accBuf [256]int32
	acc := accBuf[:m.nclass]
	for len(feats) > 0 {
		batch := feats[:min(len(feats), maxFeats)]
		feats = feats[len(batch):]
		var found [maxFeats]*slotEntry
		nf := 0
		for _, f := range batch {
			j := slot(f) & m.mask
			for {
				sl := &m.slots[j]
				if sl.key == f {
					found[nf] = sl
					nf++
					break
				}
				if sl.key == 0 {
					break
				}
				j = (j + 1) & m.mask
			}
		}
		for _, sl := range found[:nf] {
			if sl.n == denseFlag {
				row := m.dense[sl.off : sl.off+uint32(len(acc))]
				for c := range acc {
					acc[c] += int32(row[c])
				}
				continue
			}
			ents := sl.in[:min(sl.n, 2)]
			if sl.n > 2 {
				ents = m.ents[sl.off : sl.off+sl.n]
			}
			for _, e := range ents {
				acc[e>>16&0xff] += int32(int16(uint16(e)))
			}
		}
	}
	for i, a := range acc {
		scores[i] = float32(a) * m.qs
	}
}

// quantize rounds the weights to the 16-bit grid the file format stores, so
// a model behaves the same before and after a save.
func (m *Model) quantize() {
	s := m.scale()
	for i, w := range m.weight {
		m.weight[i] = float32(math.Round(float64(w)/s)) * float32(s)
	}
}

func (m *Model) scale() float64 {
	var maxAbs float64
	for _, w := range m.weight {
		maxAbs = max(maxAbs, math.Abs(float64(w)))
	}
	if maxAbs == 0 {
		return 1
	}
	return maxAbs / 32767
}

// Encoded is the serialised form of a [Model], ready for gob: keys are
// delta-coded varints, weights 16-bit integers times Scale.
type Encoded struct {
	NClass  int
	Keys    []byte // uvarint deltas of the sorted keys
	Counts  []byte // uvarint number of weights per key
	Classes []byte
	Weights []byte // little-endian int16, times Scale
	Scale   float64
}

// Encode returns the serialised form of m.
func (m *Model) Encode() Encoded {
	e := Encoded{NClass: m.nclass, Classes: slices.Clone(m.class), Scale: m.scale()}
	var prev uint32
	for i, k := range m.keys {
		e.Keys = binary.AppendUvarint(e.Keys, uint64(k-prev))
		prev = k
		e.Counts = binary.AppendUvarint(e.Counts, uint64(m.start[i+1]-m.start[i]))
	}
	e.Weights = make([]byte, 2*len(m.weight))
	for i, w := range m.weight {
		q := int16(math.Round(float64(w) / e.Scale))
		binary.LittleEndian.PutUint16(e.Weights[2*i:], uint16(q))
	}
	return e
}

var errCorrupt = errors.New("perceptron: corrupt weights")

// Decode rebuilds a model from its serialised form. It returns an error, not
// a panic, on inconsistent data.
func Decode(e Encoded) (*Model, error) {
	if e.NClass <= 0 || e.NClass > 256 {
		return nil, fmt.Errorf("%w: %d classes", errCorrupt, e.NClass)
	}
	if len(e.Weights) != 2*len(e.Classes) {
		return nil, fmt.Errorf("%w: %d weights for %d classes", errCorrupt, len(e.Weights)/2, len(e.Classes))
	}
	m := &Model{nclass: e.NClass, class: slices.Clone(e.Classes)}
	m.start = append(m.start, 0)
	var prev uint32
	keys, counts := e.Keys, e.Counts
	for len(keys) > 0 {
		d, n := binary.Uvarint(keys)
		if n <= 0 {
			return nil, fmt.Errorf("%w: bad key", errCorrupt)
		}
		keys = keys[n:]
		c, n := binary.Uvarint(counts)
		if n <= 0 {
			return nil, fmt.Errorf("%w: bad count", errCorrupt)
		}
		counts = counts[n:]
		k := prev + uint32(d)
		if (len(m.keys) > 0 && k <= prev) || k == 0 {
			return nil, fmt.Errorf("%w: keys out of order", errCorrupt)
		}
		prev = k
		m.keys = append(m.keys, k)
		end := uint64(m.start[len(m.start)-1]) + c
		if end > uint64(len(m.class)) {
			return nil, fmt.Errorf("%w: counts overrun", errCorrupt)
		}
		m.start = append(m.start, uint32(end))
	}
	if int(m.start[len(m.start)-1]) != len(m.class) {
		return nil, fmt.Errorf("%w: counts do not cover weights", errCorrupt)
	}
	for _, c := range m.class {
		if int(c) >= e.NClass {
			return nil, fmt.Errorf("%w: class %d out of range", errCorrupt, c)
		}
	}
	m.weight = make([]float32, len(m.class))
	for i := range m.weight {
		m.weight[i] = float32(int16(binary.LittleEndian.Uint16(e.Weights[2*i:]))) * float32(e.Scale)
	}
	m.build()
	return m, nil
}

// Prune returns a copy of m without the weights whose magnitude is below
// min, and without features left with no weights. m is unchanged.
func (m *Model) Prune(min float64) *Model {
	p := &Model{nclass: m.nclass}
	p.start = append(p.start, 0)
	for i, k := range m.keys {
		n := 0
		for j := m.start[i]; j < m.start[i+1]; j++ {
			if math.Abs(float64(m.weight[j])) < min {
				continue
			}
			p.class = append(p.class, m.class[j])
			p.weight = append(p.weight, m.weight[j])
			n++
		}
		if n > 0 {
			p.keys = append(p.keys, k)
			p.start = append(p.start, uint32(len(p.class)))
		}
	}
	p.build()
	return p
}

// MaxAbs returns the largest weight magnitude in m.
func (m *Model) MaxAbs() float64 { return m.scale() * 32767 }
