package perceptron

import (
	"errors"
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

func TestMean(t *testing.T) {
	a, b := NewTrainer(3), NewTrainer(3)
	a.Update([]uint32{7, 9}, 1, 0)
	b.Update([]uint32{7, 11}, 2, 0)
	ma, mb := a.Average(0), b.Average(0)
	m := Mean(0, ma, mb)
	for _, f := range []uint32{7, 9, 11} {
		want, got := make([]float32, 3), make([]float32, 3)
		sa, sb := make([]float32, 3), make([]float32, 3)
		ma.Score([]uint32{f}, sa)
		mb.Score([]uint32{f}, sb)
		for c := range want {
			want[c] = (sa[c] + sb[c]) / 2
		}
		m.Score([]uint32{f}, got)
		for c := range want {
			if d := got[c] - want[c]; d > 1e-3 || d < -1e-3 {
				t.Errorf("feature %d class %d: mean %v, want %v", f, c, got[c], want[c])
			}
		}
	}
}
