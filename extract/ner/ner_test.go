package ner

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/storygraph/storygraph/extract/model"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/tag"
	"github.com/storygraph/storygraph/internal/shared"
)

var parseIOB2Tests = []struct {
	name, in  string
	wantIDs   []string
	wantWords [][]string
	wantTags  [][]string
}{
	{
		name: "release",
		in: "# sent_id = a-1\n# text = Ann met Bob Lee .\n" +
			"1\tAnn\tB-PER\t-\tx\n2\tmet\tO\t-\t-\n3\tBob\tB-PER\t-\tx\n4\tLee\tI-PER\t-\tx\n5\t.\tO\t-\t-\n\n" +
			"# sent_id = a-2\n1\tAcme\tB-ORG\t-\tx\n2\tin\tO\t-\t-\n3\tOslo\tB-LOC\t-\tx\n",
		wantIDs:   []string{"a-1", "a-2"},
		wantWords: [][]string{{"Ann", "met", "Bob", "Lee", "."}, {"Acme", "in", "Oslo"}},
		wantTags:  [][]string{{"B-PERSON", "O", "B-PERSON", "I-PERSON", "O"}, {"B-ORG", "O", "B-LOC"}},
	},
	{
		name: "draft quirks",
		// 3-column O lines, a stray B-O, OTH entities and an I- tag that
		// follows O.
		in: "# sent_id = d-1\n1\tThe\tB-O\t-\tx\n2\tDutch\tB-OTH\t-\tx\n3\tteam\tI-OTH\t-\tx\n" +
			"4\tsaw\tO\n5\tRome\tI-LOC\t-\tx\n6\tand\tO\n7\tParis\tI-LOC\t-\tx\n",
		wantIDs:   []string{"d-1"},
		wantWords: [][]string{{"The", "Dutch", "team", "saw", "Rome", "and", "Paris"}},
		wantTags:  [][]string{{"O", "O", "O", "O", "B-LOC", "O", "B-LOC"}},
	},
}

func TestParseIOB2(t *testing.T) {
	for _, tt := range parseIOB2Tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseIOB2(t.Context(), strings.NewReader(tt.in), "x.iob2")
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.wantIDs) {
				t.Fatalf("parseIOB2: %d sentences, want %d", len(got), len(tt.wantIDs))
			}
			for i, s := range got {
				if s.id != tt.wantIDs[i] || !slices.Equal(s.words, tt.wantWords[i]) || !slices.Equal(s.tags, tt.wantTags[i]) || len(s.xpos) != len(s.words) {
					t.Errorf("parseIOB2 sentence %d = %q %q %q, want %q %q %q", i, s.id, s.words, s.tags, tt.wantIDs[i], tt.wantWords[i], tt.wantTags[i])
				}
			}
		})
	}
}

func TestParseIOB2Errors(t *testing.T) {
	for _, in := range []string{"1\tword\n", "1\tword\tX-PER\n", "1\tword\tB_PER\n"} {
		if _, err := parseIOB2(t.Context(), strings.NewReader(in), "bad.iob2"); err == nil || !strings.HasPrefix(err.Error(), "ner: bad.iob2:1:") {
			t.Errorf("parseIOB2(%q): error %v, want one starting %q", in, err, "ner: bad.iob2:1:")
		}
	}
}

var spansTests = []struct {
	tags []string
	want []span
}{
	{nil, nil},
	{[]string{"O", "O"}, nil},
	{[]string{"B-PERSON", "I-PERSON", "O", "B-LOC"}, []span{{0, 2, "PERSON"}, {3, 4, "LOC"}}},
	{[]string{"B-ORG", "B-ORG", "I-ORG"}, []span{{0, 1, "ORG"}, {1, 3, "ORG"}}},
	// conlleval: a stray I- starts an entity; a type change ends one.
	{[]string{"I-LOC", "I-LOC", "I-ORG"}, []span{{0, 2, "LOC"}, {2, 3, "ORG"}}},
}

func TestSpans(t *testing.T) {
	for _, tt := range spansTests {
		if got := spans(tt.tags); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("spans(%q) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestAllowed(t *testing.T) {
	for prev := 0; prev <= startTag; prev++ {
		for c := 0; c < numTags; c++ {
			name := tagNames[c]
			want := true
			if strings.HasPrefix(name, "I-") {
				want = prev < numTags && (tagNames[prev] == "B-"+name[2:] || tagNames[prev] == name)
			}
			if got := allowed(prev, c); got != want {
				t.Errorf("allowed(%d, %s) = %v, want %v", prev, name, got, want)
			}
		}
	}
}

var prfTests = []struct {
	tp, np, ng int
	p, r, f    float64
}{
	{0, 0, 0, 0, 0, 0},
	{1, 2, 4, 0.5, 0.25, 1.0 / 3},
	{3, 3, 3, 1, 1, 1},
}

func TestPRF(t *testing.T) {
	for _, tt := range prfTests {
		p, r, f := prf(tt.tp, tt.np, tt.ng)
		if abs(p-tt.p) > 1e-12 || abs(r-tt.r) > 1e-12 || abs(f-tt.f) > 1e-12 {
			t.Errorf("prf(%d, %d, %d) = %v %v %v, want %v %v %v", tt.tp, tt.np, tt.ng, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// toyData writes sentences in which names after "met" are people and words
// after "in" are places, with made-up words so nothing is memorised.
func toyData(n int) []sentence {
	first := []string{"Alba", "Boris", "Cleo", "Dario", "Elin", "Fotis", "Gaia", "Hamid"}
	last := []string{"Quist", "Ruland", "Sokol", "Tervo", "Ungar", "Vashti", "Wolde", "Xerri"}
	place := []string{"Brevik", "Calmora", "Dunholt", "Estova", "Farrow", "Gelsin", "Harlow", "Istmo"}
	var out []sentence
	for i := range n {
		w := []string{"We", "met", first[i%8], last[(i/8)%8], "in", place[(i/3)%8], "today", "."}
		x := []string{"PRP", "VBD", "NNP", "NNP", "IN", "NNP", "NN", "."}
		g := []string{"O", "O", "B-PERSON", "I-PERSON", "O", "B-LOC", "O", "O"}
		out = append(out, sentence{id: fmt.Sprint(i), words: w, xpos: x, tags: g})
	}
	return out
}

func trainToy(t *testing.T) *Model {
	t.Helper()
	data := toyData(64)
	m, _, _, err := trainSentences(t.Context(), data[:48], data[48:], buildClusters(data[:48]), 12, 4, 1, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainToy(t *testing.T) {
	m := trainToy(t)
	got := m.Recognize([]string{"We", "met", "Cleo", "Wolde", "in", "Harlow", "today", "."}, []string{"PRP", "VBD", "NNP", "NNP", "IN", "NNP", "NN", "."})
	want := []string{"O", "O", "B-PERSON", "I-PERSON", "O", "B-LOC", "O", "O"}
	if !slices.Equal(got, want) {
		t.Errorf("toy model: Recognize = %q, want %q", got, want)
	}
}

func TestSaveLoad(t *testing.T) {
	m := trainToy(t)
	m.SetScores(map[string]float64{"test_f1": 0.5})
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(fstest.MapFS{"ner.model": {Data: buf.Bytes()}}, "ner.model")
	if err != nil {
		t.Fatal(err)
	}
	if h := m2.Header(); h.Name != "ner" || h.Features != featureSet || h.Scores["test_f1"] != 0.5 {
		t.Errorf("loaded header %+v, want name ner, features %s, test_f1 0.5", h, featureSet)
	}
	for _, s := range toyData(64) {
		a, b := m.Recognize(s.words, s.xpos), m2.Recognize(s.words, s.xpos)
		if !slices.Equal(a, b) {
			t.Fatalf("Recognize(%q): %q before Save, %q after Load", s.words, a, b)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	var other bytes.Buffer
	if err := model.Save(&other, model.Header{Name: "tagger", Features: featureSet}, struct{ X int }{1}); err != nil {
		t.Fatal(err)
	}
	var stale bytes.Buffer
	if err := model.Save(&stale, model.Header{Name: "ner", Features: "ner-hash-v0"}, payload{}); err != nil {
		t.Fatal(err)
	}
	var bad bytes.Buffer
	if err := model.Save(&bad, model.Header{Name: "ner", Features: featureSet}, payload{Bits: 8, Rows: []uint32{1}, Weights: []int16{1}}); err != nil {
		t.Fatal(err)
	}
	var outOfRange bytes.Buffer
	if err := model.Save(&outOfRange, model.Header{Name: "ner", Features: featureSet}, payload{Bits: 8, Rows: []uint32{300}, Weights: make([]int16, numTags)}); err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"garbage.model": {Data: []byte("not a model")},
		"tagger.model":  {Data: other.Bytes()},
		"stale.model":   {Data: stale.Bytes()},
		"bad.model":     {Data: bad.Bytes()},
		"range.model":   {Data: outOfRange.Bytes()},
	}
	for _, name := range []string{"missing.model", "garbage.model", "tagger.model", "stale.model", "bad.model", "range.model"} {
		m, err := Load(fsys, name)
		if err == nil || m != nil || !strings.HasPrefix(err.Error(), "ner: ") {
			t.Errorf("Load(%s) = %v, %v; want a nil model and an error starting \"ner: \"", name, m, err)
		}
	}
}

func TestRecognizeEdgeCases(t *testing.T) {
	m := trainToy(t)
	if got := m.Recognize(nil, nil); len(got) != 0 {
		t.Errorf("Recognize(nil) = %q, want empty", got)
	}
	// Mismatched xpos is ignored, not indexed out of range.
	words := []string{"We", "met", "Cleo", "Wolde"}
	if got := m.Recognize(words, []string{"PRP"}); len(got) != len(words) {
		t.Errorf("Recognize with short xpos: %d tags for %d words", len(got), len(words))
	}
	odd := []string{"", "\xff\xfe", strings.Repeat("Ü", 100), "U.S.", "a b"}
	if got := m.Recognize(odd, nil); len(got) != len(odd) {
		t.Errorf("Recognize(%q): %d tags", odd, len(got))
	}
}

// english loads the embedded English models; the NER model must be there.
func english(t testing.TB) (*Model, *tag.Tagger) {
	t.Helper()
	m, err := Load(en.FS, "ner.model")
	if err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	tg, err := tag.Load(en.FS, "tagger.model")
	if err != nil {
		t.Logf("no usable tagger (%v); recognising without tags", err)
		tg = nil
	}
	return m, tg
}

func recognize(m *Model, tg *tag.Tagger, words []string) []string {
	var xpos []string
	if tg != nil {
		_, xpos = tg.Tag(words)
	}
	return m.Recognize(words, xpos)
}

var recognizeTests = []struct {
	sentence string
	want     map[string]string // entity text → type; every other word must be outside these
	notEnt   []string          // words that must be tagged O
}{
	{
		sentence: "French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris .",
		want:     map[string]string{"Emmanuel Macron": "PERSON", "Friedrich Merz": "PERSON", "Paris": "LOC"},
		notEnt:   []string{"French", "President", "German", "Chancellor", "met", "in"},
	},
	{
		sentence: "Angela Smith , a spokeswoman for Microsoft , said the company would open an office in Toronto next year .",
		want:     map[string]string{"Angela Smith": "PERSON", "Microsoft": "ORG", "Toronto": "LOC"},
		notEnt:   []string{"spokeswoman", "company", "office", "said"},
	},
	{
		sentence: "Ukrainian President Volodymyr Zelensky spoke with Polish Prime Minister Donald Tusk in Warsaw .",
		want:     map[string]string{"Volodymyr Zelensky": "PERSON", "Donald Tusk": "PERSON", "Warsaw": "LOC"},
		notEnt:   []string{"Ukrainian", "President", "Polish", "Prime", "Minister", "spoke", "with"},
	},
	{
		sentence: "NATO Secretary General Mark Rutte visited Kyiv on Friday .",
		want:     map[string]string{"NATO": "ORG", "Mark Rutte": "PERSON", "Kyiv": "LOC"},
		notEnt:   []string{"visited", "on", "Friday"},
	},
	{
		sentence: "I bought a new phone yesterday and it works well .",
		want:     map[string]string{},
		notEnt:   []string{"I", "bought", "phone", "yesterday", "works"},
	},
}

func TestRecognize(t *testing.T) {
	m, tg := english(t)
	for _, tt := range recognizeTests {
		words := strings.Fields(tt.sentence)
		tags := recognize(m, tg, words)
		got := map[string]string{}
		for _, s := range spans(tags) {
			got[strings.Join(words[s.start:s.end], " ")] = s.typ
		}
		for text, typ := range tt.want {
			if got[text] != typ {
				t.Errorf("Recognize(%q): %q is %q, want %s (tags %q)", tt.sentence, text, got[text], typ, tags)
			}
		}
		for i, w := range words {
			if slices.Contains(tt.notEnt, w) && tags[i] != "O" {
				t.Errorf("Recognize(%q)[%d] %q = %s, want O", tt.sentence, i, w, tags[i])
			}
		}
	}
}

func TestRecognizeConcurrent(t *testing.T) {
	m, tg := english(t)
	var sents [][]string
	var xs [][]string
	var want [][]string
	for _, tt := range recognizeTests {
		w := strings.Fields(tt.sentence)
		var x []string
		if tg != nil {
			_, x = tg.Tag(w)
		}
		sents, xs, want = append(sents, w), append(xs, x), append(want, m.Recognize(w, x))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(sents))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				i := (g + k) % len(sents)
				if got := m.Recognize(sents[i], xs[i]); !slices.Equal(got, want[i]) {
					errs <- fmt.Sprintf("concurrent Recognize(%q) = %q, want %q", sents[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// uner returns the UNER English EWT folder, skipping when it is absent.
func uner(t testing.TB) string { return shared.Dir(t, filepath.Join("data", "uner-english-ewt")) }

// TestEvaluateUNER checks the embedded model on the UNER English EWT test
// split. Floors sit just under the scores recorded in README.md (test F1
// with gold UD tags and with the embedded tagger's tags).
func TestEvaluateUNER(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the UNER and UD test splits")
	}
	dir := uner(t)
	m, tg := english(t)
	test := filepath.Join(dir, "en_ewt-ud-test.iob2")
	p, r, f, err := Evaluate(m, test, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("UNER test, gold tags: P %.2f R %.2f F1 %.2f", 100*p, 100*r, 100*f)
	if f < goldFloor {
		t.Errorf("UNER test F1 with gold tags = %.2f, want ≥ %.2f", 100*f, 100*goldFloor)
	}
	if tg != nil {
		p, r, f, err := Evaluate(m, test, tg)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("UNER test, tagger tags: P %.2f R %.2f F1 %.2f", 100*p, 100*r, 100*f)
		if f < taggerFloor {
			t.Errorf("UNER test F1 with tagger tags = %.2f, want ≥ %.2f", 100*f, 100*taggerFloor)
		}
	}
}

func TestEvaluateErrors(t *testing.T) {
	m := trainToy(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "en_ewt-ud-test.iob2")
	if err := os.WriteFile(path, []byte("1\tAnn\tB-PER\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// No tagger and no UD file beside it.
	if _, _, _, err := Evaluate(m, path, nil); err == nil || !strings.HasPrefix(err.Error(), "ner: ") {
		t.Errorf("Evaluate without UD file: error %v, want a ner: error", err)
	}
	if _, _, _, err := Evaluate(m, filepath.Join(dir, "missing.iob2"), nil); err == nil {
		t.Error("Evaluate(missing file): no error")
	}
}

func BenchmarkRecognize(b *testing.B) {
	m, tg := english(b)
	var sents, xs [][]string
	ntok := 0
	for range 20 {
		for _, tt := range recognizeTests {
			w := strings.Fields(tt.sentence)
			var x []string
			if tg != nil {
				_, x = tg.Tag(w)
			}
			sents, xs = append(sents, w), append(xs, x)
			ntok += len(w)
		}
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for i := range sents {
			m.Recognize(sents[i], xs[i])
		}
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall time overstates the cost; tokens per second
	// of this process's CPU time does not depend on the load.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(ntok*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkRecognizeDocument is BenchmarkRecognize with the sentences
// recognised as one document: the sentence model and the document pass.
func BenchmarkRecognizeDocument(b *testing.B) {
	m, tg := english(b)
	var sents, xs [][]string
	ntok := 0
	for range 20 {
		for _, tt := range recognizeTests {
			w := strings.Fields(tt.sentence)
			var x []string
			if tg != nil {
				_, x = tg.Tag(w)
			}
			sents, xs = append(sents, w), append(xs, x)
			ntok += len(w)
		}
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		m.RecognizeDocument(sents, xs)
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(ntok*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkRecognizeUNER runs the recogniser over the UNER English EWT test
// split (25,097 tokens of web text) with gold Penn tags.
func BenchmarkRecognizeUNER(b *testing.B) {
	dir := uner(b)
	m, _ := english(b)
	sents, _, err := loadSplit(b.Context(), filepath.Join(dir, "en_ewt-ud-test.iob2"), filepath.Join(filepath.Dir(dir), "ud-english-ewt", "en_ewt-ud-test.conllu"), nil)
	if err != nil {
		b.Fatal(err)
	}
	ntok := 0
	for _, s := range sents {
		ntok += len(s.words)
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range sents {
			m.Recognize(s.words, s.xpos)
		}
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(ntok*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// FuzzRecognize checks that any words give one valid tag per word and never
// an I- tag that does not continue an entity of its type.
func FuzzRecognize(f *testing.F) {
	m, err := Load(en.FS, "ner.model")
	if err != nil {
		f.Fatal(err)
	}
	for _, tt := range recognizeTests {
		f.Add(tt.sentence)
	}
	f.Add("U.S. \xff Ü  of the of United")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, " ")
		tags := m.Recognize(words, nil)
		if len(tags) != len(words) {
			t.Fatalf("Recognize(%q): %d tags for %d words", words, len(tags), len(words))
		}
		prev := "O"
		for i, tg := range tags {
			if tagIndex(tg) < 0 {
				t.Fatalf("Recognize(%q)[%d] = %q, not a tag", words, i, tg)
			}
			if strings.HasPrefix(tg, "I-") && prev[1:] != tg[1:] {
				t.Fatalf("Recognize(%q)[%d] = %s after %s", words, i, tg, prev)
			}
			prev = tg
		}
	})
}
