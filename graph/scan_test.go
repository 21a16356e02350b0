package graph_test

import (
	"bytes"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/graphtest"
)

// TestScanParts reads a stored story whole with the log split into one to
// seven ranges read in parallel, and from a memory store that has no log:
// facts, entities and the N-Quads dump must not depend on the split.
func TestScanParts(t *testing.T) {
	ctx := t.Context()
	mem := openMemory(t)
	if _, err := mem.Add(ctx, graphtest.Batch()); err != nil {
		t.Fatal(err)
	}
	want, err := mem.Facts(ctx, graph.FactFilter{All: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatal("the fixture has no facts")
	}
	s := openBolt(t)
	if _, err := s.Add(ctx, graphtest.Batch()); err != nil {
		t.Fatal(err)
	}
	var dump0 []byte
	for n := 1; n <= 7; n++ {
		restore := graph.SetScanParts(n)
		facts, err := s.Facts(ctx, graph.FactFilter{All: true})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(facts, want) {
			t.Errorf("%d parts: facts differ from the memory store's:\n got %+v\nwant %+v", n, facts, want)
		}
		var dump bytes.Buffer
		if err := s.WriteNQuads(ctx, &dump); err != nil {
			t.Fatal(err)
		}
		if n == 1 {
			dump0 = dump.Bytes()
		} else if !bytes.Equal(dump.Bytes(), dump0) {
			t.Errorf("%d parts: the N-Quads dump differs from one part's", n)
		}
		restore()
	}
}

// TestDecodeValue checks the fast value decoder against pquads on every
// kind of value Cayley stores, and on bytes pquads refuses.
func TestDecodeValue(t *testing.T) {
	for _, v := range []quad.Value{
		quad.String(""), quad.String(`{"relation":"met"}`), quad.String("Zelenskyy – Kyiv"),
		quad.IRI("e:person:ada"), quad.IRI(""), quad.BNode("b1"),
		quad.TypedString{Value: "2026-01-06", Type: "xsd:date"}, quad.LangString{Value: "Paris", Lang: "fr"},
		quad.Int(-3), quad.Int(1 << 40), quad.Float(math.Pi), quad.Bool(true), quad.Bool(false),
		quad.Time(time.Date(2026, 1, 6, 12, 0, 0, 5, time.UTC)),
	} {
		b, err := pquads.MarshalValue(v)
		if err != nil {
			t.Fatal(err)
		}
		want, werr := pquads.UnmarshalValue(b)
		got, gerr := graph.DecodeValue(b)
		if !reflect.DeepEqual(got, want) || (gerr == nil) != (werr == nil) {
			t.Errorf("DecodeValue(%v) = %#v, %v; pquads gives %#v, %v", v, got, gerr, want, werr)
		}
	}
	for _, b := range [][]byte{
		{0x12, 0x02, 0xff, 0xfe}, // a string field that is not UTF-8
		{0x12, 0x05, 'a'},        // a string field cut short
		{0x1a, 0x01, 'a', 0x00},  // an IRI with bytes after it
	} {
		want, werr := pquads.UnmarshalValue(b)
		got, gerr := graph.DecodeValue(b)
		if !reflect.DeepEqual(got, want) || (gerr == nil) != (werr == nil) {
			t.Errorf("DecodeValue(%x) = %#v, %v; pquads gives %#v, %v", b, got, gerr, want, werr)
		}
	}
}
