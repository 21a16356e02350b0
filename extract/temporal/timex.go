package temporal

import "fmt"

// Tense is the time reference of a clause, used to resolve underspecified
// dates ("on Tuesday", "December 28", "in March"). The zero value is
// [Unknown].
type Tense int

// Tenses.
const (
	Unknown Tense = iota // no tense could be read; the nearest date wins
	Past                 // "met", "has met", "was held", "did not meet"
	Present              // "meets", "is meeting"
	Future               // "will meet", "would continue", "is set to meet"
)

// String returns the tense's name in lower case.
func (t Tense) String() string {
	switch t {
	case Past:
		return "past"
	case Present:
		return "present"
	case Future:
		return "future"
	}
	return "unknown"
}

// Span is a half-open byte range [Off, End) into the annotated text. It has
// the shape of extract.Span (convert with extract.Span(tx.Span)); temporal
// cannot import extract, which imports temporal.
type Span struct {
	Off, End int
}

// Types of a [Timex], as in TIMEX3.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Timex is one temporal expression found in a sentence.
type Timex struct {
	// Start and End are token indices [Start, End) in the sentence. A token
	// only partly covered (the tokenizer kept "Tuesday's" whole) counts.
	Start, End int
	// Span is the byte range of the expression in the annotated text.
	Span Span
	// Text is the expression as written (without a leading preposition).
	Text string
	// Value is the TIMEX3 value without its time of day: "2014",
	// "2026-01", "2026-W02", "2026-01-06", "199" (decade), "2025-SU",
	// "2025-Q1", "P4Y", "XXXX-WXX-2". For dates it is an ISO prefix, so
	// it can go straight into extract.Fact.Date.
	Value string
	// Time is the time-of-day part of a TIMEX3 value, "TNI" (night),
	// "TMO", "TAF", "TEV" or a clock time "T15:30", or "". The full TIMEX3
	// value is Value+Time ([Timex.TIMEX3]).
	Time string
	// Granularity is "century", "decade", "year", "half", "quarter",
	// "season", "month", "week", "day", "part-of-day" or "time"; for
	// durations and sets, the unit ("year", "day", "hour", ...).
	Granularity string
	// Type is [TypeDate], [TypeTime], [TypeDuration] or [TypeSet].
	Type string
	// Mod is a TIMEX3 modifier: "START" (early), "MID", "END" (late),
	// "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE",
	// "EQUAL_OR_LESS", or "".
	Mod string
	// Prep is the lower-cased preposition before the expression ("on",
	// "in", "since", "after", "as of", ...), or "".
	Prep string
	// Tense is the tense the value was resolved with.
	Tense Tense
	// Inherited is set on a date [Context.Attach] carried over from an
	// earlier sentence (the temporal focus); Start, End and Span are then
	// those of nothing in this sentence (-1, -1 and zero) and Text is the
	// expression as written where it was found.
	Inherited bool
	// Head is the token index of the verb the expression modifies, found
	// through the parse (through nominals: "after Tuesday's meeting" gives
	// the verb governing "meeting"), or -1 if none. Without a parse it is
	// the nearest verb.
	Head int
}

// TIMEX3 returns the full TIMEX3 value, Value followed by Time:
// "2026-01-06TNI".
func (t Timex) TIMEX3() string { return t.Value + t.Time }

// IsDate reports whether t names a point or period on the calendar that an
// event can be dated with: a DATE or TIME whose value starts with a year.
func (t Timex) IsDate() bool {
	if t.Type != TypeDate && t.Type != TypeTime {
		return false
	}
	return len(t.Value) >= 2 && t.Value[0] >= '0' && t.Value[0] <= '9'
}

// String formats t for debugging: `"on Tuesday" DATE 2026-01-06 (day)`.
func (t Timex) String() string {
	s := fmt.Sprintf("%q %s %s (%s)", t.Text, t.Type, t.TIMEX3(), t.Granularity)
	if t.Mod != "" {
		s += " " + t.Mod
	}
	return s
}
