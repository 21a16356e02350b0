package oie

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestDumpFeatures is a development tool, skipped unless OIE_DUMP is set
// to a file prefix P: it reads P.conllu (annotated sentences saved by
// internal/carbrun -save) and P.txt (the same sentences as lines) and
// writes P.preds.tsv (CaRB TSV) and P.feats.jsonl (the confidence
// features of each line), from which the confidence weights in conf.go
// are fitted.
func TestDumpFeatures(t *testing.T) {
	p := os.Getenv("OIE_DUMP")
	if p == "" {
		t.Skip("OIE_DUMP not set")
	}
	ss := readConllu(t, p+".conllu")
	raw, err := os.ReadFile(p + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(strings.TrimRight(l, "\r")) != "" {
			lines = append(lines, strings.TrimRight(l, "\r"))
		}
	}
	if len(lines) != len(ss) {
		t.Fatalf("%d lines, %d sentences", len(lines), len(ss))
	}
	pf, err := os.Create(p + ".preds.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	ff, err := os.Create(p + ".feats.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer ff.Close()
	fw := bufio.NewWriter(ff)
	defer fw.Flush()
	for i := range ss {
		s := &ss[i]
		s.Text = lines[i]
		w := newWalker(s, Options{})
		w.run()
		ex, fs := w.finishFeats()
		if err := WriteCARB(pf, lines[i], ex); err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			b, _ := json.Marshal(map[string]any{
				"kind": f.kind, "shape": f.shape, "how": f.subjHow, "pron": f.subjPron, "ssplit": f.subjSplit,
				"osplit": f.objSplit, "slen": f.subjLen, "olen": f.objLen, "nargs": f.nargs, "frame": f.frame,
				"passive": f.passive, "neg": f.neg, "modal": f.modal, "attr": f.attr, "noobj": f.noObj, "base": f.base,
				"pdep": f.predDep, "ptag": f.predTag, "spos": f.subjPOS, "opos": f.objPOS,
			})
			fw.Write(b)
			fw.WriteByte('\n')
		}
	}
}
