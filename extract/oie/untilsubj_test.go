package oie

import (
	"path/filepath"
	"testing"
)

// TestSubordinatorOfModifier checks that a clause opened by "until",
// "before", "after" or "since" whose subject the parse hung on the noun
// before as a modifier ("caretaker until a new cabinet is sworn in") or
// ran into a subject of its own ("signed Tarek Osei after the striker was
// released") is read as a clause: the object ends before it, the clause's
// subject is its own, and no fact ends at the subordinate noun. A plain
// "until" phrase stays a phrase. Sentences in testdata/untilsubj.conllu,
// our own, parsed by the project's parser.
func TestSubordinatorOfModifier(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "untilsubj.conllu"))
	tests := []wantNot{
		{[]string{"The coach; will remain in; charge", "a replacement; is found; "},
			[]string{"The coach; will remain in; charge until a replacement", "The coach; is found; "}},
		{[]string{"Dana Brill; will serve as; interim chair", "a permanent successor; is appointed; "},
			[]string{"Dana Brill; will serve; is appointed"}},
		{[]string{"He; will stay on as; caretaker", "he; said; He will stay on as caretaker until a new cabinet is sworn in"},
			[]string{"He; will stay on as; caretaker until a new cabinet", "he; said; He will stay on as caretaker until a new cabinet"}},
		// control: a participle on the subject is one
		{[]string{"Figures compiled after the flood; showed that; 300 homes were damaged"}, []string{"the flood; showed that; 300 homes were damaged"}},
		{[]string{"The club; signed; Tarek Osei", "the striker; was released by; Dunmore"},
			[]string{"Tarek Osei after the striker; was released by; Dunmore"}},
		// controls: a phrase, not a clause
		{[]string{"The ministry; froze; the grant", "The ministry; froze the grant until; the audit"}, nil},
		{[]string{"Rescuers; searched; the river"}, nil},
		{[]string{"The trust; has managed; the estate", "the founder; died in; 1990"}, nil},
		// a predicate read as the subject stays what was said
		{[]string{"Police; said; one man was missing after his boat was swept onto the rocks near Tarnby"},
			[]string{"Police; said; one man was missing", "one man; was missing after; his boat"}},
	}
	checkWantNot(t, ss, tests)
}
