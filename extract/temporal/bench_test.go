package temporal

import (
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/nlp"
)

// benchSentences are the hand-built sentences of the Find tests, built once.
var benchSentences = func() []string {
	var out []string
	for _, tt := range findTests {
		out = append(out, tt.spec)
	}
	return out
}()

func BenchmarkFind(b *testing.B) {
	ss := make([]*nlp.Sentence, 0, len(benchSentences))
	ntok := 0
	for _, spec := range benchSentences {
		s := sent(spec)
		ss = append(ss, s)
		ntok += len(s.Tokens)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range ss {
			Find(s, ref0)
		}
	}
	b.ReportMetric(float64(len(ss)*b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkNormalize(b *testing.B) {
	exprs := make([]string, 0, len(normalizeTests))
	for _, tt := range normalizeTests {
		exprs = append(exprs, tt.expr)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, e := range exprs {
			Normalize(e, ref0, Past)
		}
	}
	b.ReportMetric(float64(len(exprs)*b.N)/b.Elapsed().Seconds(), "exprs/s")
}

// FuzzNormalize checks that Normalize never panics and that what it
// accepts has a value and a known type.
func FuzzNormalize(f *testing.F) {
	for _, tt := range normalizeTests {
		f.Add(tt.expr, int(tt.tense))
	}
	f.Fuzz(func(t *testing.T, expr string, tense int) {
		tx, ok := NormalizeTimex(expr, ref0, Tense(tense&3))
		if !ok {
			return
		}
		if tx.Value == "" || tx.Granularity == "" {
			t.Fatalf("NormalizeTimex(%q) = %v: empty value or granularity", expr, tx)
		}
		switch tx.Type {
		case TypeDate, TypeTime, TypeDuration, TypeSet:
		default:
			t.Fatalf("NormalizeTimex(%q) type %q", expr, tx.Type)
		}
		if !strings.Contains(expr, tx.Text) {
			t.Fatalf("NormalizeTimex(%q).Text = %q, not in the input", expr, tx.Text)
		}
	})
}
