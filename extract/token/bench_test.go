package token

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/internal/shared"
)

// benchText is a made-up news paragraph with the hard cases the tokenizer
// handles, repeated to the sizes of the ladder.
const benchText = `Leaders Meet in Paris to Back a Cease-Fire Plan
The U.S. envoy, Gen. J. R. Smith, didn't sign the $4.25bn deal on Dec. 28 at Mar-a-Lago, Fla., officials said. "It's a four-year effort," said Ms. Lee (R-Fla.), adding that 95% of the 1,000.5 tonnes had arrived… The talks resume at 9 a.m. Monday — see https://example.com/news?id=7 or write to desk@example.org. #peace @envoy
`

func benchTokenize(b *testing.B, text string) {
	ntok := len(Tokenize(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text)
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTokenize(b *testing.B) {
	for _, n := range []int{1, 10, 100} {
		text := strings.Repeat(benchText, n)
		b.Run("paras="+itoa(n), func(b *testing.B) { benchTokenize(b, text) })
	}
}

func BenchmarkSentences(b *testing.B) {
	text := strings.Repeat(benchText, 100)
	ntok := len(Tokenize(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTokenizeSeeds tokenizes the shared seed articles.
func BenchmarkTokenizeSeeds(b *testing.B) {
	dir := shared.Dir(b, "seeds")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no seed articles in %s: %v", dir, err)
	}
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteByte('\n')
	}
	benchTokenize(b, sb.String())
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}
