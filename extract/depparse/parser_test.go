package depparse_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/storygraph/storygraph/extract/depparse"
	"github.com/storygraph/storygraph/extract/model"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp/conllu"
	"github.com/storygraph/storygraph/extract/tag"
	"github.com/storygraph/storygraph/internal/shared"
)

var models = sync.OnceValues(func() (struct {
	tg *tag.Tagger
	p  *depparse.Parser
}, error) {
	var m struct {
		tg *tag.Tagger
		p  *depparse.Parser
	}
	var err error
	if m.tg, err = tag.Load(en.FS, "tagger.model"); err != nil {
		return m, err
	}
	m.p, err = depparse.Load(en.FS, "parser.model")
	return m, err
})

func load(t testing.TB) (*tag.Tagger, *depparse.Parser) {
	t.Helper()
	m, err := models()
	if err != nil {
		t.Fatal(err)
	}
	return m.tg, m.p
}

// arc is one expected dependency: word dep (by index) attaches to word head
// (-1 for the root) with relation rel.
type arc struct {
	dep, head int
	rel       string
}

// The sentences are written for this test; the expected arcs follow the
// UD English guidelines as UD English EWT applies them.
var parseTests = []struct {
	in   string
	want []arc
}{
	{
		// coordinated modifiers of the subject (a proper noun and an
		// adjective), an adverb before the verb, and an object noun with an
		// "of" modifier and an infinitive clause: the shape of a light-verb
		// construction ("approved a plan of action to | clean rivers").
		"US and Mexican officials quietly approved a plan of action to clean rivers .",
		[]arc{
			{5, -1, "root"},    // approved
			{3, 5, "nsubj"},    // officials ← approved
			{0, 3, "compound"}, // US ← officials
			{2, 0, "conj"},     // Mexican ← US
			{1, 2, "cc"},       // and ← Mexican
			{4, 5, "advmod"},
			{7, 5, "obj"},  // plan
			{9, 7, "nmod"}, // action ← plan
			{8, 9, "case"},
			{11, 7, "acl"}, // clean ← plan
			{10, 11, "mark"},
			{12, 11, "obj"}, // rivers ← clean
		},
	},
	{
		"US and Mexican officials approved a plan .",
		[]arc{
			{4, -1, "root"},
			{3, 4, "nsubj"},    // officials ← approved
			{0, 3, "compound"}, // US ← officials
			{2, 0, "conj"},     // Mexican ← US
			{1, 2, "cc"},
			{6, 4, "obj"},
		},
	},
	{
		"The treaty was signed by both presidents in Vienna .",
		[]arc{
			{3, -1, "root"},
			{1, 3, "nsubj:pass"},
			{2, 3, "aux:pass"},
			{6, 3, "obl:agent"},
			{4, 6, "case"},
			{9, 3, "punct"},
		},
	},
	{
		"She said that the talks would resume soon .",
		[]arc{
			{1, -1, "root"},
			{0, 1, "nsubj"},
			{6, 1, "ccomp"},
			{2, 6, "mark"},
			{4, 6, "nsubj"},
			{5, 6, "aux"},
		},
	},
	{
		"The rebels gave up their weapons on Sunday .",
		[]arc{
			{2, -1, "root"},
			{1, 2, "nsubj"},
			{3, 2, "compound:prt"},
			{5, 2, "obj"},
			{4, 5, "nmod:poss"},
			{7, 2, "obl"},
		},
	},
	{
		"The minister , who arrived on Monday , met the prime minister .",
		[]arc{
			{8, -1, "root"},
			{1, 8, "nsubj"},
			{4, 1, "acl:relcl"},
			{3, 4, "nsubj"},
			{11, 8, "obj"},
			{10, 11, "amod"},
		},
	},
}

func TestParse(t *testing.T) {
	tg, p := load(t)
	for _, tt := range parseTests {
		words := strings.Fields(tt.in)
		upos, xpos := tg.Tag(words)
		heads, rels := p.Parse(words, upos, xpos)
		for _, a := range tt.want {
			if heads[a.dep] != a.head || rels[a.dep] != a.rel {
				h := "ROOT"
				if heads[a.dep] >= 0 {
					h = words[heads[a.dep]]
				}
				t.Errorf("Parse(%q): %q ←%s– %q, want head %d %s", tt.in, words[a.dep], rels[a.dep], h, a.head, a.rel)
			}
		}
	}
}

// TestParseTree checks the output is always one tree, also for odd input.
func TestParseTree(t *testing.T) {
	_, p := load(t)
	inputs := [][]string{
		nil,
		{"Hello"},
		{",", ",", ","},
		strings.Fields("no tags at all for these words"),
		strings.Fields(strings.Repeat("and the of ", 40)),
	}
	for _, words := range inputs {
		heads, rels := p.Parse(words, nil, []string{"XX"})
		if len(heads) != len(words) || len(rels) != len(words) {
			t.Fatalf("Parse(%q): %d heads %d rels", words, len(heads), len(rels))
		}
		checkTree(t, words, heads, rels)
	}
}

func checkTree(t *testing.T, words []string, heads []int, rels []string) {
	t.Helper()
	roots := 0
	for i, h := range heads {
		if h == -1 {
			roots++
			if rels[i] != "root" {
				t.Errorf("Parse(%q): root %d has relation %q", words, i, rels[i])
			}
			continue
		}
		if h < 0 || h >= len(words) || h == i || rels[i] == "" || rels[i] == "root" {
			t.Errorf("Parse(%q): word %d head %d rel %q", words, i, h, rels[i])
		}
		// no cycles: following heads reaches the root within n steps
		k := i
		for range len(words) + 1 {
			if k == -1 {
				break
			}
			k = heads[k]
		}
		if k != -1 {
			t.Errorf("Parse(%q): word %d is on a cycle", words, i)
		}
	}
	if len(words) > 0 && roots != 1 {
		t.Errorf("Parse(%q): %d roots, want 1", words, roots)
	}
}

// TestAccuracy checks the embedded models on EWT test with gold tokens and
// predicted tags. The floors sit a little under the figures in
// extract/model/en/README.md.
func TestAccuracy(t *testing.T) {
	dir := shared.Dir(t, "data/ud-english-ewt")
	tg, p := load(t)
	sents := readSplit(t, dir, "test", tg)
	uas, las := p.Accuracy(sents)
	t.Logf("EWT test, predicted tags: UAS %.2f%%, LAS %.2f%%", uas, las)
	if uas < 84 || las < 80 {
		t.Errorf("EWT test UAS %.2f%% LAS %.2f%%, want ≥ 84 and ≥ 80", uas, las)
	}
}

func readSplit(t testing.TB, dir, split string, tg *tag.Tagger) []depparse.Sentence {
	t.Helper()
	ss, err := conllu.ReadFile(t.Context(), filepath.Join(dir, "en_ewt-ud-"+split+".conllu"))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]depparse.Sentence, len(ss))
	for i := range ss {
		s := depparse.Sentence{Words: ss[i].Forms(), Heads: ss[i].Heads(), Rels: ss[i].Rels()}
		s.UPOS, s.XPOS = tg.Tag(s.Words)
		out[i] = s
	}
	return out
}

// tiny is a hand-made treebank: "the cat sleeps", "a dog barks loudly".
var tiny = []depparse.Sentence{
	{Words: strings.Fields("the cat sleeps"), UPOS: strings.Fields("DET NOUN VERB"), XPOS: strings.Fields("DT NN VBZ"),
		Heads: []int{1, 2, -1}, Rels: []string{"det", "nsubj", "root"}},
	{Words: strings.Fields("a dog barks loudly"), UPOS: strings.Fields("DET NOUN VERB ADV"), XPOS: strings.Fields("DT NN VBZ RB"),
		Heads: []int{1, 2, -1, 2}, Rels: []string{"det", "nsubj", "root", "advmod"}},
}

func TestTrainSaveRead(t *testing.T) {
	p, err := depparse.Train(t.Context(), tiny, depparse.TrainConfig{Iter: 10, Prune: 1e-9})
	if err != nil {
		t.Fatal(err)
	}
	if uas, las := p.Accuracy(tiny); uas != 100 || las != 100 {
		t.Errorf("tiny parser on its training data: UAS %.1f LAS %.1f, want 100", uas, las)
	}
	var buf bytes.Buffer
	if err := p.Save(&buf, model.Header{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	back, err := depparse.Load(fstest.MapFS{"p.model": {Data: buf.Bytes()}}, "p.model")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range tiny {
		h1, r1 := p.Parse(s.Words, s.UPOS, s.XPOS)
		h2, r2 := back.Parse(s.Words, s.UPOS, s.XPOS)
		if strings.Join(r1, " ") != strings.Join(r2, " ") || len(h1) != len(h2) {
			t.Errorf("after Save/Load Parse(%q) = %v %q, want %v %q", s.Words, h2, r2, h1, r1)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, name := range []string{"missing.model", "tagger.model"} {
		if _, err := depparse.Load(en.FS, name); err == nil || !strings.HasPrefix(err.Error(), "depparse: ") {
			t.Errorf("Load(%s) error = %v, want a depparse: error", name, err)
		}
	}
	if _, err := depparse.Train(t.Context(), []depparse.Sentence{{Words: []string{"a"}}}, depparse.TrainConfig{}); err == nil {
		t.Error("Train(inconsistent sentence) succeeded, want an error")
	}
}

func BenchmarkParse(b *testing.B) {
	dir := shared.Dir(b, "data/ud-english-ewt")
	tg, p := load(b)
	sents := readSplit(b, dir, "dev", tg)
	ntok := 0
	for _, s := range sents {
		ntok += len(s.Words)
	}
	b.ReportAllocs()
	cpu0 := cpuNow()
	for b.Loop() {
		for _, s := range sents {
			p.Parse(s.Words, s.UPOS, s.XPOS)
		}
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := (cpuNow() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(ntok*b.N)/cpu, "tokens/cpu-s")
	}
	b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
