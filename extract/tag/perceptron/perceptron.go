package perceptron

import (
	"cmp"
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

	// Lookup: an open-addressing table (linear probing) of key |
	// payload<<32, key 0 marking an empty slot, at most half full. The
	// payload is a feature's only weight (inlineFlag | class<<16 |
	// uint16(quantized weight)), the offset of its dense row in dense
	// (denseFlag | offset) or the offset of its sparse row in ents.
	slots []uint64
	ents  []uint64 // sparse rows, two weights a word (see addSparse)
	dense []uint64 // dense rows of nw words (see addDense)
	nw    int      // words in a dense row
	qs    float32  // weight of one quantum
}

const (
	inlineFlag = 1 << 31
	denseFlag  = 1 << 30
	maxOffset  = 1 << 30 // bound on offsets into ents and dense

	// A word of a sparse row holds two weights as uint16(q)<<16 | class,
	// the first in the low half. lastEnt in the second half marks the last
	// word of a row; a row of odd length ends with class 0 weight 0, which
	// adds nothing.
	lastEnt = 1 << 40

	// A dense row packs three classes into each uint64 as 21-bit signed
	// lanes: word = c0 + c1<<21 + c2<<42 as an exact integer (class 3i is
	// c0 of word i). Adding words adds the lanes exactly while no lane's
	// sum leaves [-2^20, 2^20), that is for up to maxDense int16 rows; then
	// the lanes are flushed into int32 accumulators.
	laneBits = 21
	lanes    = 3
	maxDense = 1 << (laneBits - 1) / (1 << 15)
	maxWords = (256 + lanes - 1) / lanes

	// denseMin: a feature with more than nclass/denseMin weights gets a
	// dense row. Adding a dense row of 101 classes costs about as much as
	// adding a sparse one of ten to twenty weights.
	denseMin = 5

	// junk is an accumulator past every class, never read: find adds the
	// words it touches (to load them early) to it.
	junk = maxWords * lanes
)

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
	// q: uint16(quantized weight)<<16 | class
	q := make([]uint32, len(m.weight))
	for i := range q {
		w := int16(math.Round(float64(m.weight[i]) / sc))
		q[i] = uint32(uint16(w))<<16 | uint32(m.class[i])
	}
	m.nw = (m.nclass + lanes - 1) / lanes
	m.slots = make([]uint64, size)
	m.ents, m.dense = nil, nil
	mask := size - 1
	// Features with more weights tend to be the frequent ones. Placing them
	// first gives them their first slot more often, and packs their rows
	// together at the front of ents and dense, where they share cache
	// lines and pages.
	order := make([]int32, len(m.keys))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		return int(m.start[b+1]-m.start[b]) - int(m.start[a+1]-m.start[a])
	})
	for _, i := range order {
		k := m.keys[i]
		row := q[m.start[i]:m.start[i+1]]
		var p uint32
		switch {
		case len(row) == 1:
			p = inlineFlag | row[0]&0xff<<16 | row[0]>>16
		case len(row)*denseMin > m.nclass:
			var r [maxWords * lanes]int64
			for _, x := range row {
				r[uint8(x)] = int64(int32(x) >> 16)
			}
			p = denseFlag | uint32(len(m.dense))
			for w := range m.nw {
				m.dense = append(m.dense, uint64(r[lanes*w]+r[lanes*w+1]<<laneBits+r[lanes*w+2]<<(2*laneBits)))
			}
		default:
			p = uint32(len(m.ents))
			for len(row) > 0 {
				e := uint64(row[0])
				if len(row) > 1 {
					e |= uint64(row[1]) << 32
				}
				row = row[min(2, len(row)):]
				if len(row) == 0 {
					e |= lastEnt
				}
				m.ents = append(m.ents, e)
			}
		}
		if len(m.ents) >= maxOffset || len(m.dense) >= maxOffset {
			panic("perceptron: model too large")
		}
		j := slot(k) & mask
		for m.slots[j] != 0 {
			j = (j + 1) & mask
		}
		m.slots[j] = uint64(k) | uint64(p)<<32
	}
}

func slot(k uint32) uint32 { return k * 0x9E3779B1 >> 7 }

// Score sets scores (NClass elements) to the summed weights of feats.
//
// The weights are summed as integers, in any order, and scaled once, so
// the result does not depend on the order of feats. Score first finds
// every feature's slot (see find), then adds the dense rows and the sparse
// ones.
func (m *Model) Score(feats []uint32, scores []float32) {
	clear(scores)
	if len(scores) < m.nclass || len(m.slots) == 0 {
		return
	}
	var acc [junk + 1]int32
	m.sum(feats, &acc)
	m.scale32(&acc, scores[:m.nclass])
}

// ScoreFrom sets scores (NClass elements) to the summed weights of feats
// plus base, integer sums from [Model.Sum] (NClass elements, or nil for
// none). As the sums are exact, ScoreFrom(Sum(a), b) equals Score of the
// features of a and b together: a caller can sum the features it would
// score many times once.
func (m *Model) ScoreFrom(base []int32, feats []uint32, scores []float32) {
	clear(scores)
	if len(scores) < m.nclass || len(m.slots) == 0 {
		return
	}
	var acc [junk + 1]int32
	copy(acc[:m.nclass], base)
	m.sum(feats, &acc)
	m.scale32(&acc, scores[:m.nclass])
}

// Sum adds the weights of feats to acc (NClass elements) as integers, in
// units of the model's quantum (see [Model.ScoreFrom]).
func (m *Model) Sum(feats []uint32, acc []int32) {
	if len(acc) < m.nclass || len(m.slots) == 0 {
		return
	}
	var a [junk + 1]int32
	m.sum(feats, &a)
	for i, v := range a[:m.nclass] {
		acc[i] += v
	}
}

// sum adds the weights of feats to acc.
func (m *Model) sum(feats []uint32, acc *[junk + 1]int32) {
	var wide [maxWords]uint64
	var rows [maxFeats]uint32
	for len(feats) > 0 {
		batch := feats[:min(len(feats), maxFeats)]
		feats = feats[len(batch):]
		nd, ns := m.find(batch, acc, &rows)
		for d := rows[:nd]; len(d) > 0; {
			k := min(len(d), maxDense)
			m.addDense(&wide, d[:k])
			flush(acc, &wide, m.nw)
			d = d[k:]
		}
		m.addSparse(acc, rows[ns:])
	}
}

// find looks up the features of batch (at most maxFeats). It adds inline
// weights to acc, and returns the offsets of the dense rows in rows[:nd]
// and of the sparse rows in rows[ns:].
//
// It loads the first slot of up to findAhead features before looking at
// any of them, and the first word of each row it finds without using it,
// so that their cache misses overlap.
//
//go:noinline
func (m *Model) find(batch []uint32, acc *[junk + 1]int32, rows *[maxFeats]uint32) (nd, ns int) {
	slots := m.slots
	if len(slots) == 0 {
		return 0, maxFeats
	}
	mask := uint(len(slots) - 1)
	ents, dense := m.ents, m.dense
	a := acc[:]
	ns = maxFeats
	var touch uint64
	for len(batch) > 0 {
		var got [findAhead]uint64
		fs := batch[:min(len(batch), findAhead)]
		batch = batch[len(fs):]
		for i, f := range fs {
			got[i&(findAhead-1)] = slots[uint(slot(f))&mask]
		}
		for i, f := range fs {
			s := got[i&(findAhead-1)]
			if uint32(s) != f {
				if uint32(s) == 0 {
					continue
				}
				if s = m.probe(f); s == 0 {
					continue
				}
			}
			p := uint32(s >> 32)
			switch {
			case p&inlineFlag != 0:
				a[uint8(p>>16)] += int32(int16(p))
			case p&denseFlag != 0:
				off := p &^ denseFlag
				if o := uint(off); o < uint(len(dense)) {
					touch += dense[o]
				}
				rows[nd&(maxFeats-1)] = off
				nd++
			case uint(p) < uint(len(ents)):
				// only load the row's first word here, like a dense
				// row's: addSparse adds it, once the loads of the whole
				// batch are under way
				touch += ents[uint(p)]
				ns--
				rows[ns&(maxFeats-1)] = p
			}
		}
	}
	acc[junk] += int32(touch)
	return nd, ns
}

// findAhead is how many slot loads find issues at once.
const findAhead = 32

// probe returns the slot of f, or 0, searching on from its first slot.
func (m *Model) probe(f uint32) uint64 {
	slots := m.slots
	if len(slots) == 0 {
		return 0
	}
	mask := uint(len(slots) - 1)
	j := uint(slot(f))
	for {
		j = (j + 1) & mask
		s := slots[j]
		if uint32(s) == f {
			return s
		}
		if uint32(s) == 0 {
			return 0
		}
	}
}

// scale32 sets scores to acc times the quantum.
//
//go:noinline
func (m *Model) scale32(acc *[junk + 1]int32, scores []float32) {
	qs := m.qs
	for i := range scores {
		scores[i] = float32(acc[i&0xff]) * qs
	}
}

// addDense adds the dense rows at offs (at most maxDense) to wide, four
// at a time.
//
//go:noinline
func (m *Model) addDense(wide *[maxWords]uint64, offs []uint32) {
	w := wide[:m.nw]
	dense := m.dense
	for ; len(offs) >= 4; offs = offs[4:] {
		r0 := dense[offs[0]:][:len(w)]
		r1 := dense[offs[1]:][:len(w)]
		r2 := dense[offs[2]:][:len(w)]
		r3 := dense[offs[3]:][:len(w)]
		for i := range w {
			w[i] += r0[i] + r1[i] + r2[i] + r3[i]
		}
	}
	for _, off := range offs {
		r := dense[off:][:len(w)]
		for i := range w {
			w[i] += r[i]
		}
	}
}

// addSparse adds the sparse rows (or their remainders) at offs to acc.
//
//go:noinline
func (m *Model) addSparse(acc *[junk + 1]int32, offs []uint32) {
	a := acc[:]
	ents := m.ents
	for _, off := range offs {
		for _, e := range ents[off:] {
			a[uint8(e)] += int32(e) >> 16
			a[uint8(e>>32)] += int32(e>>32) >> 16
			if e&lastEnt != 0 {
				break
			}
		}
	}
}

// flush adds the lanes of the first nw words of wide to acc and clears them.
func flush(acc *[junk + 1]int32, wide *[maxWords]uint64, nw int) {
	for i, s := range wide[:nw] {
		a := acc[lanes*i : lanes*i+lanes]
		x := int64(s)
		c0 := x << (64 - laneBits) >> (64 - laneBits)
		x = (x - c0) >> laneBits
		c1 := x << (64 - laneBits) >> (64 - laneBits)
		c2 := (x - c1) >> laneBits
		a[0] += int32(c0)
		a[1] += int32(c1)
		a[2] += int32(c2)
	}
	clear(wide[:nw])
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
	if len(e.Classes) >= maxOffset/4 {
		return nil, fmt.Errorf("%w: %d weights, too many", errCorrupt, len(e.Classes))
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

// Mean returns the model whose weights are the means of those of ms
// (parameter mixing of models trained apart, such as with different
// seeds), without the weights whose magnitude is below prune. All models
// must have the same number of classes.
func Mean(prune float64, ms ...*Model) *Model {
	if len(ms) == 0 {
		return nil
	}
	nclass := ms[0].nclass
	type kw struct {
		key   uint32
		class uint8
		w     float32
	}
	var all []kw
	for _, m := range ms {
		if m.nclass != nclass {
			panic("perceptron: Mean of models with different classes")
		}
		for i, k := range m.keys {
			for j := m.start[i]; j < m.start[i+1]; j++ {
				all = append(all, kw{k, m.class[j], m.weight[j]})
			}
		}
	}
	slices.SortFunc(all, func(a, b kw) int {
		if a.key != b.key {
			return cmp.Compare(a.key, b.key)
		}
		return cmp.Compare(a.class, b.class)
	})
	out := &Model{nclass: nclass}
	out.start = append(out.start, 0)
	inv := 1 / float64(len(ms))
	for i := 0; i < len(all); {
		k := all[i].key
		n := 0
		for i < len(all) && all[i].key == k {
			c := all[i].class
			var sum float64
			for i < len(all) && all[i].key == k && all[i].class == c {
				sum += float64(all[i].w)
				i++
			}
			avg := sum * inv
			if avg == 0 || math.Abs(avg) < prune {
				continue
			}
			out.class = append(out.class, c)
			out.weight = append(out.weight, float32(avg))
			n++
		}
		if n > 0 {
			out.keys = append(out.keys, k)
			out.start = append(out.start, uint32(len(out.class)))
		}
	}
	out.quantize()
	out.build()
	return out
}
