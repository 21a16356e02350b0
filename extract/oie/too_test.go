package oie

import (
	"path/filepath"
	"testing"
)

// TestTooInfinitiveAndTimeSpan checks that an infinitive after "too" and
// an adjective ("far too early to draw any conclusions") stays in the
// copula's object and joins no verb before it as its complement, which
// would state what the sentence denies (its own fact the pipeline gates
// as unasserted); and that a span of time before an infinitive ("has 21
// days to lodge the appeal") is not its subject. An infinitive after an
// adjective with no "too" ("was quick to deny") and after a noun that is
// no time ("has the power to close") are read as before. Sentences in
// testdata/too.conllu, our own, parsed by the project's parser.
func TestTooInfinitiveAndTimeSpan(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "too.conllu"))
	tests := []wantNot{
		{[]string{"it; was; far too early to draw any conclusions"},
			[]string{"it; was; far too early", "Ruth Ambergate; warned to draw; any conclusions"}},
		{[]string{"The box; was; too heavy to lift"}, nil},
		{[]string{"The river; was; too high for the ferry to cross"}, nil},
		{[]string{"She; has; 21 days to lodge the appeal"}, []string{"21 days; lodge; the appeal"}},
		// controls: no "too", no span of time
		{[]string{"The council; has the power to; close the road"}, nil},
		{[]string{"The agency; deny; the report"}, nil},
		{nil, []string{"two weeks; repay; the loan"}},
		// the infinitive hung on the verb of saying (edited parse):
		// it completes what was said
		{[]string{"The coach; warned that; it was \"much too soon\" to judge the new signings"},
			[]string{"The coach; warned to judge; the new signings", "The coach; judge; the new signings"}},
	}
	checkWantNot(t, ss, tests)
}
