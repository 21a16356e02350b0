package token

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/internal/shared"
)

// Floors for UD English EWT, per file. Measured with this package (token
// F1, sentence-boundary F1 with paragraphs on their own lines): test 0.9863
// and 0.9053, dev 0.9872 and 0.9084 — see the log of this test. The floors
// sit about one point below, so regressions fail. Most token misses are
// EWT's split hyphens ("al - Qaeda"), which this tokenizer keeps whole by
// design; most sentence misses are web text that starts sentences in
// lowercase.
var ewtFloors = []struct {
	file            string
	token, sentence float64
}{
	{"en_ewt-ud-test.conllu", 0.975, 0.895},
	{"en_ewt-ud-dev.conllu", 0.975, 0.89},
}

func TestEvalCoNLLUEWT(t *testing.T) {
	dir := shared.Dir(t, "data/ud-english-ewt")
	for _, fl := range ewtFloors {
		f, err := os.Open(filepath.Join(dir, fl.file))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		tokF1, sentF1, err := EvalCoNLLU(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: token F1 %.4f, sentence-boundary F1 %.4f", fl.file, tokF1, sentF1)
		if tokF1 < fl.token {
			t.Errorf("%s: token F1 = %.4f, want >= %.4f", fl.file, tokF1, fl.token)
		}
		if sentF1 < fl.sentence {
			t.Errorf("%s: sentence F1 = %.4f, want >= %.4f", fl.file, sentF1, fl.sentence)
		}
		// The harder layout, every document on one line, is logged only.
		if _, err := f.Seek(0, 0); err != nil {
			t.Fatal(err)
		}
		docs, err := readCoNLLU(f)
		if err != nil {
			t.Fatal(err)
		}
		var flat counts
		for _, d := range docs {
			text, ends := d.join(" ")
			flat.add(scoreSentences(text, ends))
		}
		t.Logf("%s, documents on one line: sentence-boundary F1 %.4f (P %.4f, R %.4f)", fl.file,
			flat.f1(), float64(flat.tp)/float64(flat.pred), float64(flat.tp)/float64(flat.gold))
	}
}

// TestEvalCoNLLU checks the scorer on a hand-made treebank: the tokenizer
// splits "e-mail" differently from the gold, and the gold has a sentence
// boundary the splitter misses (lowercase start).
func TestEvalCoNLLU(t *testing.T) {
	const conllu = `# newdoc id = d1
# newpar id = p1
# text = I don't use e-mail.
1	I	I	PRON	PRP	_	0	root	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	0	root	_	_
3	n't	not	PART	RB	_	0	root	_	_
4	use	use	VERB	VB	_	0	root	_	_
5	e	e	NOUN	NN	_	0	root	_	SpaceAfter=No
6	-	-	PUNCT	HYPH	_	0	root	_	SpaceAfter=No
7	mail	mail	NOUN	NN	_	0	root	_	SpaceAfter=No
8	.	.	PUNCT	.	_	0	root	_	_

# text = it works.
1	it	it	PRON	PRP	_	0	root	_	_
2	works	work	VERB	VBZ	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	0	root	_	_

# text = Fine.
1	Fine	fine	ADJ	JJ	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	0	root	_	_

`
	tokF1, sentF1, err := EvalCoNLLU(strings.NewReader(conllu))
	if err != nil {
		t.Fatal(err)
	}
	// Gold 8+3+2 = 13 tokens; predicted 6+3+2 = 11; matches 5+3+2 = 10.
	if want := 2 * 10.0 / 24; math.Abs(tokF1-want) > 1e-9 {
		t.Errorf("token F1 = %v, want %v", tokF1, want)
	}
	// Gold ends after "e-mail." and "works."; "I don't use e-mail. it works."
	// ends after "works." only: P 1/1, R 1/2.
	if want := 2 * 1.0 / 3; math.Abs(sentF1-want) > 1e-9 {
		t.Errorf("sentence F1 = %v, want %v", sentF1, want)
	}
}

func TestEvalCoNLLUErrors(t *testing.T) {
	for _, in := range []string{
		"# text = a\n1-x\ta\n",
		"# text = ab\n1-2\tab\n1\ta\n",
		"# text = a\nx\ta\ta\n",
		"# text = a\n1\n",
	} {
		if _, _, err := EvalCoNLLU(strings.NewReader(in)); err == nil {
			t.Errorf("EvalCoNLLU(%q) succeeded, want an error", in)
		} else if !strings.HasPrefix(err.Error(), "token: ") {
			t.Errorf("EvalCoNLLU(%q) error %q lacks the package prefix", in, err)
		}
	}
}
