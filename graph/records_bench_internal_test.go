package graph

import (
	"fmt"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/storygraph/storygraph/extract"
)

// BenchmarkRecordQuads builds the quads of 1,000 facts as a build's
// batch has them (spans on every source, some arguments, three in four
// raw extractions filed three a sentence): the records json.Marshal wrote.
func BenchmarkRecordQuads(b *testing.B) {
	var facts []extract.Fact
	for i := range 1000 {
		off := 100 * (i / 3)
		f := extract.Fact{ID: fmt.Sprintf("f%05d", i), Subject: "Ola Nordvik", SubjectID: "PERSON:ola_nordvik",
			Relation: "signed", RelationLemma: "sign", Object: "the <new> treaty & protocol", Confidence: 0.1 + float64(i%9)/10,
			Date: "2026-01-06", Granularity: "day", Trigger: "signed", AttributedTo: "the minister",
			Sources: []extract.Source{{Doc: "doc_0001", Offset: off, Sentence: "Ola Nordvik signed the treaty.",
				Spans: extract.Spans{Subject: extract.Span{Off: off, End: off + 11},
					Relation: []extract.Span{{Off: off + 12, End: off + 18}}, Object: extract.Span{Off: off + 19, End: off + 29}}}}}
		if i%3 == 0 {
			f.Args = []extract.Arg{{Role: "place", Text: "in Tromsø"}, {Role: "time", Text: "on Monday"}}
		}
		if i%4 != 0 {
			f.Gate = "modifier"
		}
		facts = append(facts, f)
	}
	b.ReportAllocs()
	n := 0
	var buf []quad.Quad // reused, as the adder does
	for b.Loop() {
		var group []*extract.Fact
		var srcs []*extract.Spans
		for i := range facts {
			f := &facts[i]
			if f.Gate != "" {
				group = append(group, f)
				srcs = append(srcs, &f.Sources[0].Spans)
				if len(group) == 3 {
					rawQuad("doc_0001", f.Sources[0].Offset, group, srcs)
					group, srcs = group[:0], srcs[:0]
					n++
				}
				continue
			}
			buf = factQuads(buf[:0], f)
			n += len(buf)
			buf = sourceQuads(buf[:0], f.ID, f.Sources[0], false)
			n += len(buf)
		}
	}
	_ = n
}
