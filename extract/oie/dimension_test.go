package oie

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestMeasureKeepsDimension checks that a copula's amount keeps the word
// it measures when the parse reads that word as a discourse particle ("is
// only 6.1 millimetres (0.24 inches) thick", never "is only 6.1
// millimetres"). Sentence in testdata/dimension.conllu, our own, parsed by
// the project's parser.
func TestMeasureKeepsDimension(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "dimension.conllu"))
	want := "The Zorbix tablet; is; only 6.1 millimetres (0.24 inches) thick"
	var got []string
	for _, e := range Extract(&ss[0], Options{}) {
		checkExtraction(t, &ss[0], e)
		got = append(got, e.Subject+"; "+e.Relation+"; "+e.Object)
	}
	if !slices.Contains(got, want) {
		t.Errorf("%q: no (%s) in %q", ss[0].Text, want, got)
	}
}
