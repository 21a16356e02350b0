package oie

import (
	"path/filepath"
	"testing"
)

// TestComplexPreposition checks that a complex preposition ("in line
// with", "in full accordance with", "in breach of") joins the relation
// whole, with the noun phrase after it as the object, and is not cut into
// a preposition and its noun ("carried out in | line"), nor its noun read
// as a thing with a property ("accordance | is | full"). A noun of such a
// phrase used on its own ("waited in line for two hours") stays a plain
// oblique. Sentences in testdata/complexprep.conllu, our own, parsed by
// the project's parser.
func TestComplexPreposition(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "complexprep.conllu"))
	tests := []wantNot{
		{[]string{"All the inspections; had been carried out in line with; regulations"},
			[]string{"All the inspections; had been carried out in; line", "All the inspections; had been carried out with; regulations", "line; is with; regulations"}},
		{[]string{"The samples; had been transported in full accordance with; the rules"},
			[]string{"The samples; had been transported in; full accordance", "accordance; is; full", "The samples; had been transported with; the rules"}},
		{[]string{"Parliament; passed the budget in line with; the forecast"},
			[]string{"Parliament; passed the budget in; line", "Parliament; passed in line with; the forecast"}},
		{[]string{"The plant; was shut down in breach of; its licence"},
			[]string{"its licence; has; breach"}},
		// control: "in line" with no closing preposition is a queue
		{[]string{"The ferry; waited in; line"}, nil},
		{[]string{"The minister; spoke in response to; questions from Tolvar MPs"},
			[]string{"response; is to; questions from Tolvar MPs"}},
	}
	checkWantNot(t, ss, tests)
}
