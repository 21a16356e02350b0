package model

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"
)

type payload struct {
	Weights []float32
	Labels  []string
}

func TestSaveLoadRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	h := Header{Name: "tagger", Version: "test", Features: "f1", Corpus: "toy", Scores: map[string]float64{"upos": 95}}
	in := payload{Weights: []float32{1, -2.5}, Labels: []string{"NOUN", "VERB"}}
	if err := Save(&buf, h, in); err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"tagger.model": {Data: buf.Bytes()}}
	var out payload
	got, err := Load(fsys, "tagger.model", Header{Name: "tagger", Features: "f1"}, &out)
	if err != nil {
		t.Fatal(err)
	}
	if got.Version != "test" || got.Scores["upos"] != 95 || len(out.Weights) != 2 || out.Labels[1] != "VERB" {
		t.Errorf("round trip gave %+v, %+v", got, out)
	}
}

func TestLoadErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := Save(&buf, Header{Name: "parser", Features: "old"}, payload{}); err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"parser.model": {Data: buf.Bytes()},
		"junk.model":   {Data: []byte("not a model")},
	}
	tests := []struct {
		file string
		want Header
		msg  string
	}{
		{"missing.model", Header{}, "missing.model"},
		{"junk.model", Header{}, "not a model file"},
		{"parser.model", Header{Name: "tagger"}, `holds a "parser" model`},
		{"parser.model", Header{Name: "parser", Features: "new"}, "retrain"},
	}
	for _, tt := range tests {
		var p payload
		_, err := Load(fsys, tt.file, tt.want, &p)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Load(%s, %+v) = %v, want an error containing %q", tt.file, tt.want, err, tt.msg)
		}
	}
}
