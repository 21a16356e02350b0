package resolve_test

import (
	"fmt"
	"testing"

	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/resolve"
)

// benchTemplates are short articles written for the benchmark; their names
// are replaced per document so that the corpus holds ever more entities.
var benchTemplates = []string{
	"Mayor Elena Marchetti met Port Commissioner Viktor Dubrovsky in Lisbon on Monday. Marchetti said the city would not pay for the piers. She asked the Harbour Authority to share the cost. Dubrovsky rejected the request.",
	"Veltrix Inc. reported a loss on Tuesday, and its chief executive Harold Brandt said the company would cut jobs. Shares of Veltrix fell 4 percent in New York. Brandt said the Northern Rail Authority (NRA) had delayed payments.",
	"“We will rebuild the harbour,” Governor Tomas Reyes said in Corvallo on Sunday. “The town deserves nothing less,” he added. The NRA said trains would run from 2028, and Reyes welcomed the plan.",
}

// benchCorpus returns n documents: the templates, annotated once, with the
// person and organisation names of document i renamed to names of its own
// (one new surname per three documents), so entities grow with the corpus.
func benchCorpus(b *testing.B, n int) []resolve.Doc {
	a, err := annotator()
	if err != nil {
		b.Fatal(err)
	}
	var tmpl [][]nlp.Sentence
	for _, text := range benchTemplates {
		tmpl = append(tmpl, a.Annotate(text))
	}
	docs := make([]resolve.Doc, n)
	for i := range docs {
		src := tmpl[i%len(tmpl)]
		sents := make([]nlp.Sentence, len(src))
		for si := range src {
			sents[si] = src[si]
			sents[si].Tokens = append([]nlp.Token(nil), src[si].Tokens...)
			for ti := range sents[si].Tokens {
				t := &sents[si].Tokens[ti]
				switch t.Text {
				case "Marchetti", "Dubrovsky", "Brandt", "Reyes", "Veltrix":
					t.Text = fmt.Sprintf("%sx%d", t.Text, i/3)
				}
			}
		}
		docs[i] = resolve.Doc{ID: fmt.Sprintf("d%d", i), Sentences: sents}
	}
	return docs
}

// BenchmarkResolve resolves synthetic corpora of growing size; time and
// allocations per document should not grow with the corpus.
func BenchmarkResolve(b *testing.B) {
	for _, n := range []int{1000, 3000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			docs := benchCorpus(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				resolve.Resolve(docs, nil)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/doc")
			b.ReportMetric(0, "ns/op")
		})
	}
}
