package graph

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/storygraph/storygraph/extract"
)

// The record writers append exactly what json.Marshal writes, on the
// records of the read tests and on random ones with every kind of
// character json.Marshal escapes, numbers of every size and every
// optional field left out or set.
func TestAppendRecords(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", "Z", " ", `"`, `\`, "/", "<", ">", "&", "é", "日", "🙂", "\n", "\t", "\r", "\b", "\f",
		"\x00", "\x1f", "\x7f", "\u2028", "\u2029", "\ufffd", "\xff", "\xe2\x82", "\xed\xa0\x80", "'", "+"}
	text := func() string {
		if rng.IntN(4) == 0 {
			return ""
		}
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	span := func() extract.Span {
		if rng.IntN(4) == 0 {
			return extract.Span{}
		}
		return extract.Span{Off: rng.IntN(1<<20) - 5, End: rng.IntN(1 << 20)}
	}
	spans := func() extract.Spans {
		sp := extract.Spans{Subject: span(), Object: span()}
		switch rng.IntN(4) {
		case 0:
		case 1:
			sp.Relation = []extract.Span{}
		default:
			for range 1 + rng.IntN(3) {
				sp.Relation = append(sp.Relation, span())
			}
		}
		return sp
	}
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e-6, 1e-7, 9.99999e-7, 1e20, 1e21, 123456789e13,
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 1.0 / 3, 2.5e-300, 0.1 + 0.2}
	record := func() factRecord {
		r := factRecord{Relation: text(), Date: text(), Negated: rng.IntN(2) == 0, Modality: text(),
			RelationLemma: text(), AttributedTo: text(), Granularity: text(), Trigger: text(), Gate: text(),
			Subject: text(), Object: text()}
		if rng.IntN(3) == 0 {
			r.Confidence = floats[rng.IntN(len(floats))]
		} else {
			r.Confidence = rng.NormFloat64() * math.Pow(10, float64(rng.IntN(60)-30))
		}
		switch rng.IntN(4) {
		case 0:
		case 1:
			r.Args = []extract.Arg{}
		default:
			for range 1 + rng.IntN(3) {
				r.Args = append(r.Args, extract.Arg{Role: text(), Text: text()})
			}
		}
		return r
	}
	check := func(what string, v any, got []byte) {
		t.Helper()
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s of %+v:\n got %s\nwant %s", what, v, got, want)
		}
	}
	records := append([]factRecord{}, recordTests...)
	sources := append([]sourceRecord{}, sourceTests...)
	for range 3000 {
		records = append(records, record())
		sources = append(sources, sourceRecord{Doc: text(), Offset: rng.IntN(1<<30) - 2, Spans: spans()})
	}
	for i := range records {
		check("appendFactRecord", records[i], appendFactRecord([]byte("x"), &records[i])[1:])
	}
	for i := range sources {
		check("appendSourceRecord", sources[i], appendSourceRecord(nil, &sources[i]))
	}
	for range 1000 {
		doc, off := text(), rng.IntN(1<<20)-1
		var fs []*extract.Fact
		var sps []*extract.Spans
		r := rawSentence{Offset: off}
		ids := map[string]bool{}
		for range rng.IntN(5) {
			id := text()
			if ids[id] { // unique in a sentence, as Add files them
				continue
			}
			ids[id] = true
			rec, sp := record(), spans()
			f := &extract.Fact{ID: id, SubjectID: text(), ObjectID: text()}
			f.Relation, f.Confidence, f.Date, f.Negated, f.Modality = rec.Relation, rec.Confidence, rec.Date, rec.Negated, rec.Modality
			f.RelationLemma, f.Args, f.AttributedTo = rec.RelationLemma, rec.Args, rec.AttributedTo
			f.Granularity, f.Trigger, f.Gate, f.Subject, f.Object = rec.Granularity, rec.Trigger, rec.Gate, rec.Subject, rec.Object
			fs, sps = append(fs, f), append(sps, &sp)
			r.Facts = append(r.Facts, rawFact{ID: f.ID, SubjectID: f.SubjectID, ObjectID: f.ObjectID, Spans: sp, factRecord: rec})
		}
		slices.SortFunc(r.Facts, func(a, b rawFact) int { return strings.Compare(a.ID, b.ID) })
		q := rawQuad(doc, off, fs, sps)
		if d := docIRI(doc); q.Subject != d || q.Predicate != predRaw || q.Label != d {
			t.Errorf("rawQuad(%q) = %v", doc, q)
		}
		check("rawQuad", r, []byte(q.Object.(quad.String)))
	}
}
