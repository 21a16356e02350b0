package perceptron

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// toy is a separable problem: class = the first feature's value mod 3, with
// two noise features.
func toy(rng *rand.Rand) ([]uint32, int) {
	c := rng.IntN(3)
	return []uint32{Mix(1, uint64(c), 0), Mix(2, rng.Uint64N(50), 0), Mix(3, rng.Uint64N(50), 0)}, c
}

func TestTrainerLearns(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tr := NewTrainer(3)
	scores := make([]float32, 3)
	for range 2000 {
		f, c := toy(rng)
		tr.Score(f, scores)
		tr.Update(f, c, argmax(scores))
	}
	m := tr.Average(0)
	correct := 0
	for range 500 {
		f, c := toy(rng)
		m.Score(f, scores)
		if argmax(scores) == c {
			correct++
		}
	}
	if correct < 490 {
		t.Errorf("averaged model: %d/500 correct on a separable problem, want ≥ 490", correct)
	}
}

func argmax(s []float32) int {
	b := 0
	for i, v := range s {
		if v > s[b] {
			b = i
		}
	}
	return b
}

func TestEncodeDecode(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	tr := NewTrainer(3)
	scores := make([]float32, 3)
	for range 500 {
		f, c := toy(rng)
		tr.Score(f, scores)
		tr.Update(f, c, argmax(scores))
	}
	m := tr.Average(0)
	d, err := Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != m.Len() || d.Weights() != m.Weights() {
		t.Fatalf("Decode: %d features %d weights, want %d and %d", d.Len(), d.Weights(), m.Len(), m.Weights())
	}
	a, b := make([]float32, 3), make([]float32, 3)
	for range 200 {
		f, _ := toy(rng)
		m.Score(f, a)
		d.Score(f, b)
		for i := range a {
			if a[i] != b[i] {
				t.Fatalf("score[%d] after Decode = %v, want %v", i, b[i], a[i])
			}
		}
	}
}

func TestDecodeCorrupt(t *testing.T) {
	tr := NewTrainer(2)
	f := []uint32{Mix(1, 1, 0)}
	tr.Update(f, 0, 1)
	tr.Update(f, 0, 0)
	good := tr.Average(0).Encode()
	if len(good.Classes) != 2 {
		t.Fatalf("setup: %d weights, want 2", len(good.Classes))
	}
	tests := []struct {
		name string
		edit func(*Encoded)
	}{
		{"no classes", func(e *Encoded) { e.NClass = 0 }},
		{"weights short", func(e *Encoded) { e.Weights = e.Weights[:1] }},
		{"class out of range", func(e *Encoded) { e.Classes = []byte{7, 7} }},
		{"bad key", func(e *Encoded) { e.Keys = []byte{0x80} }},
		{"counts overrun", func(e *Encoded) { e.Counts = []byte{9} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := good
			e.Classes = append([]byte(nil), good.Classes...)
			tt.edit(&e)
			if _, err := Decode(e); !errors.Is(err, errCorrupt) {
				t.Errorf("Decode = %v, want a corrupt-weights error", err)
			}
		})
	}
}

func TestHashLower(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Paris", "paris"},
		{"ÉLYSÉE", "élysée"},
		{"NATO", "nato"},
	}
	for _, tt := range tests {
		if HashLower(tt.a) != HashString(tt.b) {
			t.Errorf("HashLower(%q) != HashString(%q)", tt.a, tt.b)
		}
	}
	if Mix(1, 2, 3) == Mix(1, 3, 2) || Mix(1, 2, 3) == Mix(2, 2, 3) {
		t.Error("Mix collides on swapped arguments or templates")
	}
}

// TestAverageOf checks that the mean of trainers scores each feature list
// with the mean of the trainers' averaged weights, computed here from
// their update history.
func TestAverageOf(t *testing.T) {
	trainers := make([]*Trainer, 3)
	for k := range trainers {
		rng := rand.New(rand.NewPCG(uint64(k+10), 7))
		tr := NewTrainer(3)
		scores := make([]float32, 3)
		for range 300 {
			f, c := toy(rng)
			tr.Score(f, scores)
			tr.Update(f, c, argmax(scores))
		}
		trainers[k] = tr
	}
	// reference: averaged weight of feature f, class c in one trainer
	avg := func(tr *Trainer, f uint32, c int32) float64 {
		r, ok := tr.index[f]
		if !ok {
			return 0
		}
		for _, e := range tr.rows[r] {
			if e.class == c {
				return float64(e.total+int64(tr.now-e.ts)*int64(e.w)) / float64(tr.now)
			}
		}
		return 0
	}
	for name, ts := range map[string][]*Trainer{"one": trainers[:1], "three": trainers} {
		m := AverageOf(0, ts...)
		rng := rand.New(rand.NewPCG(99, 1))
		got := make([]float32, 3)
		for range 200 {
			f, _ := toy(rng)
			m.Score(f, got)
			for c := range got {
				var want float64
				for _, tr := range ts {
					for _, x := range f {
						want += avg(tr, x, int32(c)) / float64(len(ts))
					}
				}
				// quantisation: 16 bits of the largest magnitude
				if d := math.Abs(float64(got[c]) - want); d > 1e-3*max(1, math.Abs(want)) {
					t.Fatalf("%s: class %d scores %v, want %v", name, c, got[c], want)
				}
			}
		}
	}
}
