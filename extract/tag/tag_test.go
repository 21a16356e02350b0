package tag_test

import (
	"bytes"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storygraph/storygraph/extract/model"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp/conllu"
	"github.com/storygraph/storygraph/extract/tag"
	"github.com/storygraph/storygraph/internal/shared"
)

func loadEn(t testing.TB) *tag.Tagger {
	t.Helper()
	tg, err := tag.Load(en.FS, "tagger.model")
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// Expected tags follow the UD English EWT guidelines; the sentences are
// written for this test.
var tagTests = []struct {
	in   string
	want map[int][2]string // word index → UPOS, XPOS
}{
	{"The minister signed the treaty in Paris on Tuesday .", map[int][2]string{
		0: {"DET", "DT"}, 1: {"NOUN", "NN"}, 2: {"VERB", "VBD"}, 4: {"NOUN", "NN"},
		5: {"ADP", "IN"}, 6: {"PROPN", "NNP"}, 8: {"PROPN", "NNP"}, 9: {"PUNCT", "."}}},
	{"She will not attend the talks .", map[int][2]string{
		0: {"PRON", "PRP"}, 1: {"AUX", "MD"}, 2: {"PART", "RB"}, 3: {"VERB", "VB"}, 5: {"NOUN", "NNS"}}},
	{"Three ships arrived quickly at the port .", map[int][2]string{
		0: {"NUM", "CD"}, 1: {"NOUN", "NNS"}, 2: {"VERB", "VBD"}, 3: {"ADV", "RB"}}},
	{"The troops were deployed because the talks had failed .", map[int][2]string{
		2: {"AUX", "VBD"}, 3: {"VERB", "VBN"}, 4: {"SCONJ", "IN"}, 7: {"AUX", "VBD"}, 8: {"VERB", "VBN"}}},
	{"Officials said it was a historic agreement .", map[int][2]string{
		0: {"NOUN", "NNS"}, 1: {"VERB", "VBD"}, 2: {"PRON", "PRP"}, 3: {"AUX", "VBD"}, 5: {"ADJ", "JJ"}, 6: {"NOUN", "NN"}}},
}

func TestTag(t *testing.T) {
	tg := loadEn(t)
	for _, tt := range tagTests {
		words := strings.Fields(tt.in)
		upos, xpos := tg.Tag(words)
		if len(upos) != len(words) || len(xpos) != len(words) {
			t.Fatalf("Tag(%q): %d upos, %d xpos for %d words", tt.in, len(upos), len(xpos), len(words))
		}
		for i, w := range tt.want {
			if upos[i] != w[0] || xpos[i] != w[1] {
				t.Errorf("Tag(%q)[%d] %q = %s/%s, want %s/%s", tt.in, i, words[i], upos[i], xpos[i], w[0], w[1])
			}
		}
	}
}

func TestTagEmpty(t *testing.T) {
	u, x := loadEn(t).Tag(nil)
	if len(u) != 0 || len(x) != 0 {
		t.Errorf("Tag(nil) = %q, %q, want empty", u, x)
	}
}

// TestAccuracy checks the embedded model on the EWT test split (gold
// tokens). 95.0 is a floor a little under the figure in
// extract/model/en/README.md, so the test catches a broken model, not noise.
func TestAccuracy(t *testing.T) {
	dir := shared.Dir(t, "data/ud-english-ewt")
	sents := readSplit(t, dir, "test")
	u, x := loadEn(t).Accuracy(sents)
	t.Logf("EWT test: UPOS %.2f%%, XPOS %.2f%%", u, x)
	if u < 95.0 || x < 94.0 {
		t.Errorf("EWT test accuracy UPOS %.2f%% XPOS %.2f%%, want ≥ 95.0 and ≥ 94.0", u, x)
	}
}

func readSplit(t testing.TB, dir, split string) []tag.Sentence {
	t.Helper()
	ss, err := conllu.ReadFile(t.Context(), filepath.Join(dir, "en_ewt-ud-"+split+".conllu"))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]tag.Sentence, len(ss))
	for i := range ss {
		out[i] = tag.Sentence{Words: ss[i].Forms(), UPOS: ss[i].UPOS(), XPOS: ss[i].XPOS()}
	}
	return out
}

// tiny is a hand-made training set.
var tiny = []tag.Sentence{
	{Words: strings.Fields("the cat sleeps"), UPOS: strings.Fields("DET NOUN VERB"), XPOS: strings.Fields("DT NN VBZ")},
	{Words: strings.Fields("a dog barks"), UPOS: strings.Fields("DET NOUN VERB"), XPOS: strings.Fields("DT NN VBZ")},
	{Words: strings.Fields("the dogs sleep"), UPOS: strings.Fields("DET NOUN VERB"), XPOS: strings.Fields("DT NNS VBP")},
}

func TestTrainSaveRead(t *testing.T) {
	tg, err := tag.Train(t.Context(), tiny, tag.TrainConfig{Iter: 5, Prune: 1e-9})
	if err != nil {
		t.Fatal(err)
	}
	u, _ := tg.Tag(strings.Fields("a cat barks"))
	if strings.Join(u, " ") != "DET NOUN VERB" {
		t.Errorf("tiny tagger: Tag(a cat barks) = %q, want DET NOUN VERB", u)
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf, model.Header{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	back, err := tag.Load(fstest.MapFS{"t.model": {Data: buf.Bytes()}}, "t.model")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range tiny {
		u1, x1 := tg.Tag(s.Words)
		u2, x2 := back.Tag(s.Words)
		if strings.Join(u1, " ") != strings.Join(u2, " ") || strings.Join(x1, " ") != strings.Join(x2, " ") {
			t.Errorf("after Save/Load Tag(%q) = %q %q, want %q %q", s.Words, u2, x2, u1, x1)
		}
	}
}

func TestTrainErrors(t *testing.T) {
	bad := []tag.Sentence{{Words: []string{"a", "b"}, UPOS: []string{"X"}, XPOS: []string{"X", "X"}}}
	if _, err := tag.Train(t.Context(), bad, tag.TrainConfig{}); err == nil || !strings.HasPrefix(err.Error(), "tag: ") {
		t.Errorf("Train(mismatched columns) error = %v, want a tag: error", err)
	}
	if _, err := tag.Train(t.Context(), nil, tag.TrainConfig{}); err == nil {
		t.Error("Train(nil) succeeded, want an error")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		fsys fs.FS
		file string
	}{
		{"missing", fstest.MapFS{}, "tagger.model"},
		{"not gzip", fstest.MapFS{"x": {Data: []byte("hello")}}, "x"},
		{"parser file", en.FS, "parser.model"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tag.Load(tt.fsys, tt.file)
			if err == nil || !strings.HasPrefix(err.Error(), "tag: ") {
				t.Errorf("Load(%s) error = %v, want a tag: error", tt.file, err)
			}
			if tt.name == "missing" && !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("Load(missing) error = %v, want fs.ErrNotExist", err)
			}
		})
	}
}

func BenchmarkTag(b *testing.B) {
	dir := shared.Dir(b, "data/ud-english-ewt")
	sents := readSplit(b, dir, "dev")
	tg := loadEn(b)
	ntok := 0
	for _, s := range sents {
		ntok += len(s.Words)
	}
	b.ReportAllocs()
	cpu0 := cpuNow()
	for b.Loop() {
		for _, s := range sents {
			tg.Tag(s.Words)
		}
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := (cpuNow() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(ntok*b.N)/cpu, "tokens/cpu-s")
	}
}
