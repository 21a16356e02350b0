package lemma

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/storygraph/storygraph/internal/shared"
)

// Floors for lemma accuracy on UD English EWT given gold UPOS, set about
// half a point below what this package measured: test 0.9806, dev 0.9827
// with the generated table; test 0.9748, dev 0.9785 with the rules alone
// (go test -tags lemmagen). The table is generated from the train set only,
// so test and dev are held out.
var ewtFloors = map[string]float64{
	"en_ewt-ud-test.conllu": 0.975,
	"en_ewt-ud-dev.conllu":  0.977,
}

var ewtRuleFloors = map[string]float64{
	"en_ewt-ud-test.conllu": 0.970,
	"en_ewt-ud-dev.conllu":  0.973,
}

func TestEvalCoNLLUEWT(t *testing.T) {
	dir := shared.Dir(t, "data/ud-english-ewt")
	names := make([]string, 0, len(ewtFloors))
	for n := range ewtFloors {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		s, err := EvalCoNLLU(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: lemma accuracy %.4f (%d/%d)", name, s.Accuracy(), s.Correct, s.Total)
		tags := make([]string, 0, len(s.ByTag))
		for tag := range s.ByTag {
			tags = append(tags, tag)
		}
		sort.Strings(tags)
		for _, tag := range tags {
			c := s.ByTag[tag]
			t.Logf("  %-5s %.4f (%d/%d)", tag, float64(c[0])/float64(c[1]), c[0], c[1])
		}
		floor := ewtFloors[name]
		if len(exceptions) == 0 {
			floor = ewtRuleFloors[name]
		}
		if acc := s.Accuracy(); acc < floor {
			t.Errorf("%s: lemma accuracy %.4f, want >= %.4f", name, acc, floor)
		}
	}
}
