package perceptron

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// refModel is the obvious implementation of Model.Score: a map from key to
// the feature's quantized weights, summed in int32 and scaled once.
type refModel struct {
	nclass int
	rows   map[uint32][]refWeight
}

type refWeight struct {
	class int
	q     int16
}

func newRef(e Encoded) refModel {
	r := refModel{nclass: e.NClass, rows: map[uint32][]refWeight{}}
	keys, counts := e.Keys, e.Counts
	var k uint32
	i := 0
	for len(keys) > 0 {
		d, n := binary.Uvarint(keys)
		keys = keys[n:]
		c, n := binary.Uvarint(counts)
		counts = counts[n:]
		k += uint32(d)
		for range c {
			q := int16(binary.LittleEndian.Uint16(e.Weights[2*i:]))
			r.rows[k] = append(r.rows[k], refWeight{int(e.Classes[i]), q})
			i++
		}
	}
	return r
}

func (r refModel) score(feats []uint32, qs float32) []float32 {
	acc := make([]int32, r.nclass)
	for _, f := range feats {
		for _, w := range r.rows[f] {
			acc[w.class] += int32(w.q)
		}
	}
	s := make([]float32, r.nclass)
	for i, a := range acc {
		s[i] = float32(a) * qs
	}
	return s
}

// randomEncoded returns a model of nkeys features over nclass classes
// whose rows have every length from 1 to nclass, with full-range int16
// weights. Some keys are chosen to collide in the lookup table.
func randomEncoded(rng *rand.Rand, nclass, nkeys int) Encoded {
	set := map[uint32]bool{}
	for len(set) < nkeys {
		k := rng.Uint32()
		if k == 0 {
			continue
		}
		set[k] = true
		// a run of keys landing on neighbouring slots of any table of
		// up to 2^22 slots
		if rng.IntN(20) == 0 {
			for range rng.IntN(8) {
				if k2 := k + uint32(rng.IntN(4))<<25; k2 != 0 && len(set) < nkeys {
					set[k2] = true
				}
			}
		}
	}
	keys := make([]uint32, 0, nkeys)
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e := Encoded{NClass: nclass, Scale: 0.001 + rng.Float64()}
	var prev uint32
	maxQ := false
	for _, k := range keys {
		e.Keys = binary.AppendUvarint(e.Keys, uint64(k-prev))
		prev = k
		var n int
		switch rng.IntN(4) {
		case 0:
			n = 1
		case 1:
			n = min(2, nclass)
		case 2:
			n = 1 + rng.IntN(nclass)
		default:
			n = nclass - rng.IntN(max(1, nclass/3))
		}
		e.Counts = binary.AppendUvarint(e.Counts, uint64(n))
		for _, c := range rng.Perm(nclass)[:n] {
			e.Classes = append(e.Classes, uint8(c))
			q := int16(rng.IntN(65535) - 32767)
			switch rng.IntN(8) {
			case 0:
				q = 32767
				maxQ = true
			case 1:
				q = -32767
			}
			e.Weights = binary.LittleEndian.AppendUint16(e.Weights, uint16(q))
		}
	}
	if !maxQ && len(e.Weights) > 0 {
		// as Encode writes: the largest weight is the scale's 32767
		binary.LittleEndian.PutUint16(e.Weights, 32767)
	}
	return e
}

func TestScoreMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, shape := range []struct{ nclass, nkeys int }{
		{1, 1}, {2, 5}, {3, 100}, {17, 1000}, {101, 3000}, {102, 500}, {255, 300}, {256, 2000}, {101, 0},
	} {
		e := randomEncoded(rng, shape.nclass, shape.nkeys)
		m, err := Decode(e)
		if err != nil {
			t.Fatal(err)
		}
		ref := newRef(e)
		if len(e.Weights) > 0 && math.Abs(float64(m.qs)/e.Scale-1) > 1e-6 {
			t.Fatalf("%d classes: quantum %v, file scale %v", shape.nclass, m.qs, e.Scale)
		}
		present := make([]uint32, 0, len(ref.rows))
		for k := range ref.rows {
			present = append(present, k)
		}
		slices.Sort(present)
		for trial := range 300 {
			var feats []uint32
			n := rng.IntN(120)
			switch trial % 10 {
			case 0:
				n = 257 + rng.IntN(2000)
			case 1:
				n = 0
			}
			for range n {
				switch r := rng.IntN(10); {
				case r < 6 && len(present) > 0:
					feats = append(feats, present[rng.IntN(len(present))])
				case r < 7 && len(feats) > 0:
					feats = append(feats, feats[rng.IntN(len(feats))])
				case r < 8 && len(present) > 0:
					// absent, but hashing next to present keys
					k := present[rng.IntN(len(present))] + uint32(1+rng.IntN(3))<<25
					if len(ref.rows[k]) == 0 {
						feats = append(feats, k)
					}
				default:
					feats = append(feats, rng.Uint32())
				}
			}
			want := ref.score(feats, m.qs)
			got := make([]float32, shape.nclass+rng.IntN(3))
			for i := range got {
				got[i] = float32(rng.NormFloat64())
			}
			m.Score(feats, got)
			for i := range got {
				if i >= shape.nclass {
					if got[i] != 0 {
						t.Fatalf("%d classes: score[%d] = %v past the classes, want 0", shape.nclass, i, got[i])
					}
					continue
				}
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("%d classes, %d features: score[%d] = %v, want %v", shape.nclass, len(feats), i, got[i], want[i])
				}
			}
		}
		// and the model survives a save unchanged
		m2, err := Decode(m.Encode())
		if err != nil {
			t.Fatal(err)
		}
		feats := append(slices.Clone(present[:min(len(present), 300)]), 1, 2, 3)
		a, b := make([]float32, shape.nclass), make([]float32, shape.nclass)
		m.Score(feats, a)
		m2.Score(feats, b)
		if !slices.Equal(a, b) {
			t.Fatalf("%d classes: scores change after Encode and Decode", shape.nclass)
		}
	}
}

// TestScoreManyDense sums one full row thousands of times: the packed
// accumulators must carry every sum exactly, and int32 overflow must wrap
// as in the reference.
func TestScoreManyDense(t *testing.T) {
	for _, nclass := range []int{3, 101, 256} {
		e := Encoded{NClass: nclass, Scale: 1}
		e.Keys = binary.AppendUvarint(e.Keys, 7)
		e.Counts = binary.AppendUvarint(e.Counts, uint64(nclass))
		for c := range nclass {
			e.Classes = append(e.Classes, uint8(c))
			q := []int16{32767, -32767, -1, 1, 0}[c%5]
			e.Weights = binary.LittleEndian.AppendUint16(e.Weights, uint16(q))
		}
		m, err := Decode(e)
		if err != nil {
			t.Fatal(err)
		}
		ref := newRef(e)
		for _, n := range []int{31, 32, 33, 64, 65, 255, 256, 257, 1000, 70000} {
			feats := make([]uint32, n)
			for i := range feats {
				feats[i] = 7
			}
			want := ref.score(feats, m.qs)
			got := make([]float32, nclass)
			m.Score(feats, got)
			if !slices.Equal(got, want) {
				t.Fatalf("%d classes, %d times one dense row: %v, want %v", nclass, n, got[:min(5, nclass)], want[:min(5, nclass)])
			}
		}
	}
}

// TestScoreShortScores checks that a too-short scores slice is only
// cleared.
func TestScoreShortScores(t *testing.T) {
	e := randomEncoded(rand.New(rand.NewPCG(7, 8)), 10, 50)
	m, err := Decode(e)
	if err != nil {
		t.Fatal(err)
	}
	s := []float32{1, 2, 3}
	m.Score([]uint32{1, 2, 3}, s)
	if !slices.Equal(s, []float32{0, 0, 0}) {
		t.Errorf("Score with 3 of 10 scores = %v, want zeros", s)
	}
}

// parserShaped returns a model shaped like the English parser's (750k
// features over 101 classes: a third with one weight, half with two, a
// few hundred with most classes) and calls of 94 features like the
// parser's: 28 frequent features with many weights, 47 other features
// found, drawn with a Zipf law, and 19 not in the model.
func parserShaped(b *testing.B) (*Model, [][]uint32) {
	const nclass, nkeys = 101, 750_000
	rng := rand.New(rand.NewPCG(9, 10))
	set := make(map[uint32]bool, nkeys)
	keys := make([]uint32, 0, nkeys)
	for len(keys) < nkeys {
		if k := rng.Uint32(); k != 0 && !set[k] {
			set[k] = true
			keys = append(keys, k)
		}
	}
	// keys[:700] are the frequent features with many weights; the rest
	// are ranked by frequency and get fewer weights the rarer they are
	counts := make(map[uint32]int, nkeys)
	for i, k := range keys {
		switch {
		case i < 700:
			counts[k] = 34 + rng.IntN(nclass-34)
		case i < 20_000:
			counts[k] = 3 + rng.IntN(30)
		case rng.IntN(100) < 12:
			counts[k] = 3 + rng.IntN(8)
		case rng.IntN(100) < 40:
			counts[k] = 1
		default:
			counts[k] = 2
		}
	}
	sorted := slices.Clone(keys)
	slices.Sort(sorted)
	e := Encoded{NClass: nclass, Scale: 1e-4}
	var prev uint32
	for _, k := range sorted {
		e.Keys = binary.AppendUvarint(e.Keys, uint64(k-prev))
		prev = k
		n := counts[k]
		e.Counts = binary.AppendUvarint(e.Counts, uint64(n))
		for _, c := range rng.Perm(nclass)[:n] {
			e.Classes = append(e.Classes, uint8(c))
			e.Weights = binary.LittleEndian.AppendUint16(e.Weights, uint16(int16(rng.NormFloat64()*3000)))
		}
	}
	binary.LittleEndian.PutUint16(e.Weights, 32767)
	m, err := Decode(e)
	if err != nil {
		b.Fatal(err)
	}
	zipf := rand.NewZipf(rng, 1.2, 20, nkeys-701)
	calls := make([][]uint32, 4096)
	for i := range calls {
		f := make([]uint32, 0, 94)
		for range 28 {
			f = append(f, keys[rng.IntN(700)])
		}
		for range 47 {
			f = append(f, keys[700+zipf.Uint64()])
		}
		for range 19 {
			k := rng.Uint32()
			for set[k] {
				k = rng.Uint32()
			}
			f = append(f, k)
		}
		rng.Shuffle(len(f), func(i, j int) { f[i], f[j] = f[j], f[i] })
		calls[i] = f
	}
	return m, calls
}

// BenchmarkScore scores parser-shaped feature lists; one op is one call.
func BenchmarkScore(b *testing.B) {
	m, calls := parserShaped(b)
	scores := make([]float32, m.NClass())
	i := 0
	for b.Loop() {
		m.Score(calls[i%len(calls)], scores)
		i++
	}
}
