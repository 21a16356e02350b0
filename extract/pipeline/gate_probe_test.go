package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/ingest"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
)

// TestGateProbe is a tool for tuning the precision gate, not a check: with
// GATE_PROBE_IN set to articles (a file or directory ingest reads) and
// GATE_PROBE_OUT to a file, it writes one JSON line per fact before merging,
// {"fact": ..., "g": gate features}, for scoring the gate's classes against
// a benchmark (see README, "Graph facts").
//
//	GATE_PROBE_IN=../shared/bench/meantime-dev/data/apple/corpus.jsonl GATE_PROBE_OUT=/tmp/probe.jsonl \
//	  go test ./extract/pipeline -run TestGateProbe -count=1
func TestGateProbe(t *testing.T) {
	in, out := os.Getenv("GATE_PROBE_IN"), os.Getenv("GATE_PROBE_OUT")
	if in == "" || out == "" {
		t.Skip("a tool: set GATE_PROBE_IN and GATE_PROBE_OUT")
	}
	docs, err := ingest.Read(context.Background(), []string{in}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := nlp.Load(en.FS)
	if err != nil {
		t.Fatal(err)
	}
	fo, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer fo.Close()
	bw := bufio.NewWriter(fo)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	traceGate = func(f extract.Fact, g gateFeatures) {
		if err := enc.Encode(map[string]any{"fact": f, "g": g}); err != nil {
			t.Error(err)
		}
	}
	defer func() { traceGate = nil }()
	p := New(nlp.New(m), Options{Workers: 1})
	if _, err := p.Extract(context.Background(), docs, nil); err != nil {
		t.Fatal(err)
	}
}
