package graph

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"google.golang.org/protobuf/proto"

	"github.com/storygraph/storygraph/extract"
)

var recordTests = []factRecord{
	{},
	{Relation: "signed", Confidence: 0.73},
	{Relation: "will sign", Confidence: 1, Date: "2026-01-06TNI", Negated: true, Modality: "will", RelationLemma: "sign",
		Args: []extract.Arg{{Role: "place", Text: "in Paris"}, {Role: "time", Text: "on Monday"}}, AttributedTo: "the minister",
		Granularity: "day", Trigger: "signed", Gate: "confidence", Subject: "Britain", Object: "the treaty"},
	{Relation: `said "no" to`, Confidence: 1e-7, Object: `a <b> & c \ d / e`},
	{Relation: "rose", Confidence: 1e21, Object: "12,000 €, 3½ %, 日本, 🙂 and \u2028\u2029 separators"},
	{Relation: "x", Confidence: -0.5, Object: "tab\there, new\nline, \x01 control, \x7f del"},
	{Relation: "x", Confidence: math.SmallestNonzeroFloat64, Subject: "invalid \xff byte"},
	{Relation: "x", Confidence: math.MaxFloat64, Args: []extract.Arg{{}}},
}

var sourceTests = []sourceRecord{
	{},
	{Doc: "doc1", Offset: 400},
	{Doc: "10718_Apple \"to\" lower", Offset: -1, Spans: extract.Spans{Subject: extract.Span{Off: 0, End: 5},
		Relation: []extract.Span{{Off: 6, End: 14}, {Off: 20, End: 22}}, Object: extract.Span{Off: 15, End: 31}}},
	{Doc: "d", Offset: 1 << 40, Spans: extract.Spans{Subject: extract.Span{Off: 3, End: 4}}},
	{Doc: "d<&>", Offset: 0, Spans: extract.Spans{Object: extract.Span{Off: 1, End: 2}}},
}

// oddLiterals are JSON encoding/json reads but json.Marshal never
// writes, or that it refuses: the fast readers must leave them to it.
var oddLiterals = []string{
	``, `{}`, `null`, `{"relation":"a", "confidence":1}`, `{"confidence":1,"relation":"a"}`,
	`{"Relation":"a"}`, `{"relation":"a","relation":"b"}`, `{"relation":null}`, `{"relation":"\ud83d\ude42"}`,
	`{"relation":"\ud800"}`, `{"relation":"a"} `, `{"relation":"a"}x`, `{"args":[]}`, `{"confidence":1.}`,
	`{"confidence":01}`, `{"confidence":1e}`, `{"confidence":1e400}`, `{"negated":"true"}`, `{"unknown":1}`,
	`{"doc":"d","offset":1.0}`, `{"doc":"d","offset":1e2}`, `{"doc":"d","offset":99999999999999999999}`,
	`{"doc":"d","spans":{"relation":[]}}`, `{"doc":"d","spans":{"subject":[1]}}`, `{"doc":"d","spans":{"subject":[1,2,3]}}`,
	`{"doc":"d","spans":null}`, `{"doc":"a\qb"}`, `{"doc":"a\u00zz"}`, `{"doc":"a` + "\x00" + `b"}`, `{"doc":"\xff"}`,
	`{"doc":"\u00e9\u00E9\/\b\f"}`, `{"doc":""}`, `{"doc":"d","offset":-0}`, `{"relation":"a","confidence":-0.0e+0}`,
}

// The fast readers decode what json.Marshal writes for the records exactly
// as encoding/json does, and on anything else either do the same or leave
// the literal to it.
func TestReadRecords(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "Z", " ", `"`, `\`, "/", "<", ">", "&", "é", "日", "🙂", "\n", "\t", "\x00", "\x1f", "\u2028", "\ufffd", "\xff", "\xe2\x82"}
	randText := func() string {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	records := append([]factRecord{}, recordTests...)
	sources := append([]sourceRecord{}, sourceTests...)
	for range 500 {
		records = append(records, factRecord{Relation: randText(), Confidence: rng.NormFloat64() * math.Pow(10, float64(rng.IntN(40)-20)),
			Date: randText(), Negated: rng.IntN(2) == 0, Object: randText(), Args: []extract.Arg{{Role: randText(), Text: randText()}}})
		sources = append(sources, sourceRecord{Doc: randText(), Offset: rng.IntN(1<<20) - 1,
			Spans: extract.Spans{Subject: extract.Span{Off: rng.IntN(9), End: rng.IntN(9)}}})
	}
	var lits []string
	for _, r := range records {
		b, _ := json.Marshal(r)
		lits = append(lits, string(b))
		if _, ok := readFactRecord(string(b)); !ok {
			t.Errorf("readFactRecord(%s) left json.Marshal's output to encoding/json", b)
		}
	}
	for _, r := range sources {
		b, _ := json.Marshal(r)
		lits = append(lits, string(b))
		if _, ok := readSourceRecord(string(b)); !ok {
			t.Errorf("readSourceRecord(%s) left json.Marshal's output to encoding/json", b)
		}
	}
	for _, lit := range append(lits, oddLiterals...) {
		var want factRecord
		wantErr := json.Unmarshal([]byte(lit), &want)
		if got, ok := readFactRecord(lit); ok && (wantErr != nil || !reflect.DeepEqual(got, want)) {
			t.Errorf("readFactRecord(%q) = %+v, want %+v (json error %v)", lit, got, want, wantErr)
		}
		var wantS sourceRecord
		wantErr = json.Unmarshal([]byte(lit), &wantS)
		if got, ok := readSourceRecord(lit); ok && (wantErr != nil || !reflect.DeepEqual(got, wantS)) {
			t.Errorf("readSourceRecord(%q) = %+v, want %+v (json error %v)", lit, got, wantS, wantErr)
		}
	}
}

// decodePrimitive reads Cayley's log entries as the generated code does.
func TestDecodePrimitive(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	big := func() uint64 { return rng.Uint64() >> rng.IntN(64) }
	prims := []*cproto.Primitive{
		{}, {ID: 1, Value: []byte("\x12\x04text")}, {ID: 7, Subject: 1, Predicate: 2, Object: 3, Label: 4},
		{ID: 1 << 40, Subject: 127, Predicate: 128, Object: 1<<63 + 5, Deleted: true, Timestamp: -1, Replaces: 300},
	}
	for range 300 {
		prims = append(prims, &cproto.Primitive{ID: big(), Subject: big(), Predicate: big(), Object: big(), Label: big(),
			Replaces: big(), Timestamp: int64(big()), Deleted: rng.IntN(2) == 0})
	}
	for _, want := range prims {
		b, err := proto.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		var got primitive
		if err := decodePrimitive(b, &got); err != nil {
			t.Fatalf("decodePrimitive(%x): %v", b, err)
		}
		if got.ID != want.ID || got.Subject != want.Subject || got.Predicate != want.Predicate || got.Object != want.Object ||
			got.Label != want.Label || got.Deleted != want.Deleted || !bytes.Equal(got.Value, want.Value) {
			t.Errorf("decodePrimitive(%x) = %+v, want %+v", b, got, want)
		}
	}
	for _, bad := range []string{"\x08", "\x00\x01", "\x08\x80", "\x42\x05ab", "\x0f"} {
		var p primitive
		if err := decodePrimitive([]byte(bad), &p); err == nil {
			t.Errorf("decodePrimitive(%x) = %+v, want an error", bad, p)
		}
	}
}
