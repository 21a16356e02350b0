package temporal

import (
	"testing"
	"time"
)

// The seeds' reference date: Tuesday 6 January 2026 (ISO week 2026-W02).
var ref0 = time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC)

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err) // test table misuse
	}
	return t
}

const (
	P = Past
	N = Present
	F = Future
	U = Unknown
)

var normalizeTests = []struct {
	expr  string
	ref   string // "" means ref0
	tense Tense
	value string // "" means not a time expression
	gran  string
	typ   string // "" means DATE
	mod   string
}{
	// a month with a relative year counts the year from the reference,
	// whatever the tense would give the month alone
	{"April last year", "2026-06-15", P, "2025-04", "month", "", ""},
	{"in April last year", "2026-03-15", F, "2025-04", "month", "", ""},
	{"March 3 last year", "2026-06-15", P, "2025-03-03", "day", "", ""},
	{"3 March of last year", "2026-06-15", U, "2025-03-03", "day", "", ""},
	{"May of next year", "2026-06-15", F, "2027-05", "month", "", ""},
	{"June this year", "2026-01-15", P, "2026-06", "month", "", ""},
	// so does a season: "the spring of last year" in December 2026 is the
	// spring of 2025, whatever the tense would give the season alone
	{"in the spring of last year", "2026-12-04", P, "2025-SP", "season", "", ""},
	{"the autumn of last year", "2026-11-20", P, "2025-FA", "season", "", ""},
	{"summer last year", "2026-12-04", U, "2025-SU", "season", "", ""},
	{"the winter of next year", "2026-03-01", F, "2027-WI", "season", "", ""},
	{"in the summer of this year", "2026-12-04", P, "2026-SU", "season", "", ""},
	// the weekend after over/at/during, by tense; fixed-date holidays
	{"over the weekend", "2026-12-04", P, "2026-W48-WE", "week", "", ""},
	{"over the weekend", "2026-12-02", F, "2026-W49-WE", "week", "", ""},
	{"at the weekend", "2026-11-30", U, "2026-W48-WE", "week", "", ""},
	{"during the weekend", "2026-12-06", P, "2026-W49-WE", "week", "", ""},
	{"on Christmas Day", "2026-12-04", P, "2025-12-25", "day", "", ""},
	{"on Christmas Eve", "2026-12-04", F, "2026-12-24", "day", "", ""},
	{"on New Year's Eve", "2026-12-04", P, "2025-12-31", "day", "", ""},
	{"New Year's Day", "2026-12-04", F, "2027-01-01", "day", "", ""},
	{"on Boxing Day", "2026-03-01", P, "2025-12-26", "day", "", ""},
	{"the year before last", "2026-03-20", P, "2024", "year", "", ""},
	{"in the late 1980's", "2026-03-20", P, "198", "decade", "", "END"},
	{"the 1990's", "2026-03-20", U, "199", "decade", "", ""},
	{"the month before last", "2026-03-20", P, "2026-01", "month", "", ""},
	{"the week after next", "2026-03-20", F, "2026-W14", "week", "", ""},
	// weekdays: past clauses look back (today included), future ones ahead
	{"on Tuesday", "", P, "2026-01-06", "day", "", ""},
	{"Tuesday", "", F, "2026-01-06", "day", "", ""},
	{"on Wednesday", "", F, "2026-01-07", "day", "", ""},
	{"Wednesday", "", P, "2025-12-31", "day", "", ""},
	{"Monday", "", P, "2026-01-05", "day", "", ""},
	{"Monday", "", F, "2026-01-12", "day", "", ""},
	{"Friday", "", P, "2026-01-02", "day", "", ""},
	{"Friday", "", F, "2026-01-09", "day", "", ""},
	{"Sunday", "", U, "2026-01-04", "day", "", ""},
	{"Saturday", "", U, "2026-01-03", "day", "", ""},
	{"Thursday", "", N, "2026-01-08", "day", "", ""},
	{"last Tuesday", "", P, "2025-12-30", "day", "", ""},
	{"next Tuesday", "", F, "2026-01-13", "day", "", ""},
	{"last Friday", "", U, "2026-01-02", "day", "", ""},
	{"next Monday", "", U, "2026-01-12", "day", "", ""},
	{"this Friday", "", F, "2026-01-09", "day", "", ""},
	{"Tuesday night", "", P, "2026-01-06TNI", "part-of-day", "", ""},
	{"on Tuesday night", "", F, "2026-01-06TNI", "part-of-day", "", ""},
	{"Wednesday morning", "", F, "2026-01-07TMO", "part-of-day", "", ""},
	{"Monday afternoon", "", P, "2026-01-05TAF", "part-of-day", "", ""},
	{"late Tuesday", "", P, "2026-01-06", "day", "", "END"},
	{"early Wednesday", "", F, "2026-01-07", "day", "", "START"},
	{"Tuesday at 3 p.m.", "", P, "2026-01-06T15:00", "time", "TIME", ""},
	{"3:30 p.m. on Wednesday", "", F, "2026-01-07T15:30", "time", "TIME", ""},
	{"noon Friday", "", F, "2026-01-09T12:00", "time", "TIME", ""},
	{"the morning of December 28", "", P, "2025-12-28TMO", "part-of-day", "", ""},

	// month and day without a year: the year the tense points to
	{"December 28", "", P, "2025-12-28", "day", "", ""},
	{"Dec. 28", "", P, "2025-12-28", "day", "", ""},
	{"on December 28", "", U, "2025-12-28", "day", "", ""},
	{"December 28", "", F, "2026-12-28", "day", "", ""},
	{"January 20", "", F, "2026-01-20", "day", "", ""},
	{"January 20", "", P, "2025-01-20", "day", "", ""},
	{"February 3", "", U, "2026-02-03", "day", "", ""},
	{"on Jan. 6", "", P, "2026-01-06", "day", "", ""},
	{"December 28th", "", P, "2025-12-28", "day", "", ""},
	{"the 28th of December", "", P, "2025-12-28", "day", "", ""},
	{"28 December", "", P, "2025-12-28", "day", "", ""},
	{"March 3", "", F, "2026-03-03", "day", "", ""},
	{"Sept. 11", "", U, "2025-09-11", "day", "", ""},

	// full dates
	{"2026-01-06", "", U, "2026-01-06", "day", "", ""},
	{"6 January 2026", "", U, "2026-01-06", "day", "", ""},
	{"January 6, 2026", "", U, "2026-01-06", "day", "", ""},
	{"Jan 6 2026", "", U, "2026-01-06", "day", "", ""},
	{"Tuesday, January 6, 2026", "", U, "2026-01-06", "day", "", ""},
	{"1/6/2026", "", U, "2026-01-06", "day", "", ""},
	{"25/12/2025", "", U, "2025-12-25", "day", "", ""},
	{"December 28, 2025", "", F, "2025-12-28", "day", "", ""},
	{"Dec. 28, 2025", "", U, "2025-12-28", "day", "", ""},
	{"the 6th of January, 2026", "", U, "2026-01-06", "day", "", ""},
	{"2025-12", "", U, "2025-12", "month", "", ""},
	{"February 29, 2024", "", U, "2024-02-29", "day", "", ""},
	{"February 30, 2024", "", U, "", "", "", ""},
	{"as of January 6, 2026", "", U, "2026-01-06", "day", "", ""},

	// months and years
	{"January 2026", "", U, "2026-01", "month", "", ""},
	{"in March 2022", "", U, "2022-03", "month", "", ""},
	{"Sept. 2025", "", U, "2025-09", "month", "", ""},
	{"in March", "", P, "2025-03", "month", "", ""},
	{"in March", "", F, "2026-03", "month", "", ""},
	{"in January", "", P, "2026-01", "month", "", ""},
	{"in December", "", P, "2025-12", "month", "", ""},
	{"in December", "", U, "2025-12", "month", "", ""},
	{"last March", "", U, "2025-03", "month", "", ""},
	{"next March", "", U, "2026-03", "month", "", ""},
	{"last December", "", P, "2025-12", "month", "", ""},
	{"since October", "", P, "2025-10", "month", "", ""},
	{"in May", "", F, "2026-05", "month", "", ""},
	{"in 2014", "", P, "2014", "year", "", ""},
	{"2022", "", U, "2022", "year", "", ""},
	{"since 2014", "", P, "2014", "year", "", ""},
	{"the year 2000", "", U, "2000", "year", "", ""},
	{"mid-2025", "", U, "2025", "year", "", "MID"},
	{"early 2026", "", F, "2026", "year", "", "START"},
	{"late 2025", "", P, "2025", "year", "", "END"},
	{"the end of 2025", "", P, "2025", "year", "", "END"},
	{"the beginning of 2026", "", U, "2026", "year", "", "START"},
	{"by the end of March", "", F, "2026-03", "month", "", "END"},
	{"2014-15", "", U, "2014", "year", "", ""},

	// relative to the reference date
	{"last year", "", P, "2025", "year", "", ""},
	{"this year", "", U, "2026", "year", "", ""},
	{"next year", "", F, "2027", "year", "", ""},
	{"early next year", "", F, "2027", "year", "", "START"},
	{"late last year", "", P, "2025", "year", "", "END"},
	{"last month", "", P, "2025-12", "month", "", ""},
	{"this month", "", U, "2026-01", "month", "", ""},
	{"next month", "", F, "2026-02", "month", "", ""},
	{"earlier this month", "", P, "2026-01", "month", "", ""},
	{"later this year", "", F, "2026", "year", "", ""},
	{"earlier this week", "", P, "2026-W02", "week", "", ""},
	{"later in the week", "", F, "2026-W02", "week", "", ""},
	{"this week", "", U, "2026-W02", "week", "", ""},
	{"last week", "", P, "2026-W01", "week", "", ""},
	{"next week", "", F, "2026-W03", "week", "", ""},
	{"this weekend", "", F, "2026-W02-WE", "week", "", ""},
	{"yesterday", "", P, "2026-01-05", "day", "", ""},
	{"today", "", U, "2026-01-06", "day", "", ""},
	{"Today,", "", P, "2026-01-06", "day", "", ""},
	{"tomorrow", "", F, "2026-01-07", "day", "", ""},
	{"tonight", "", F, "2026-01-06TNI", "part-of-day", "", ""},
	{"last night", "", P, "2026-01-05TNI", "part-of-day", "", ""},
	{"this morning", "", P, "2026-01-06TMO", "part-of-day", "", ""},
	{"yesterday afternoon", "", P, "2026-01-05TAF", "part-of-day", "", ""},
	{"tomorrow morning", "", F, "2026-01-07TMO", "part-of-day", "", ""},
	{"three years ago", "", P, "2023", "year", "", ""},
	{"two days ago", "", P, "2026-01-04", "day", "", ""},
	{"a week ago", "", P, "2026-W01", "week", "", ""},
	{"two days later", "", P, "2026-01-08", "day", "", ""},
	{"a day earlier", "", P, "2026-01-05", "day", "", ""},
	{"six months ago", "", P, "2025-07", "month", "", ""},
	{"two weeks from now", "", F, "2026-W04", "week", "", ""},
	{"the next day", "", P, "2026-01-07", "day", "", ""},
	{"the day before", "", P, "2026-01-05", "day", "", ""},
	{"the previous week", "", P, "2026-W01", "week", "", ""},
	{"the following month", "", F, "2026-02", "month", "", ""},
	{"the day before yesterday", "", P, "2026-01-04", "day", "", ""},
	{"a decade ago", "", P, "2016", "year", "", ""},
	{"several years ago", "", P, "PAST_REF", "year", "", ""},
	{"a few weeks from now", "", F, "FUTURE_REF", "week", "", ""},
	{"earlier today", "", P, "2026-01-06", "day", "", ""},

	// decades, centuries, seasons, quarters, halves
	{"the 1990s", "", P, "199", "decade", "", ""},
	{"the '90s", "", P, "199", "decade", "", ""},
	{"the early 2000s", "", P, "200", "decade", "", "START"},
	{"the 21st century", "", U, "20", "century", "", ""},
	{"summer 2025", "", U, "2025-SU", "season", "", ""},
	{"last summer", "", P, "2025-SU", "season", "", ""},
	{"this winter", "", U, "2025-WI", "season", "", ""},
	{"next spring", "", F, "2026-SP", "season", "", ""},
	{"the first quarter of 2025", "", U, "2025-Q1", "quarter", "", ""},
	{"Q3 2024", "", U, "2024-Q3", "quarter", "", ""},
	{"the fourth quarter", "", P, "2025-Q4", "quarter", "", ""},
	{"the first half of 2025", "", U, "2025-H1", "half", "", ""},
	{"the second half of next year", "", F, "2027-H2", "half", "", ""},

	// durations
	{"four years", "", P, "P4Y", "year", "DURATION", ""},
	{"four-year", "", P, "P4Y", "year", "DURATION", ""},
	{"nearly four-year", "", P, "P4Y", "year", "DURATION", "APPROX"},
	{"two weeks", "", U, "P2W", "week", "DURATION", ""},
	{"48 hours", "", U, "PT48H", "hour", "DURATION", ""},
	{"more than three months", "", U, "P3M", "month", "DURATION", "MORE_THAN"},
	{"a decade", "", U, "P1DE", "decade", "DURATION", ""},
	{"several years", "", U, "PXY", "year", "DURATION", ""},
	{"the past two weeks", "", P, "P2W", "week", "DURATION", ""},
	{"the past year", "", P, "P1Y", "year", "DURATION", ""},
	{"for three days", "", P, "P3D", "day", "DURATION", ""},
	{"in two weeks", "", F, "2026-W04", "week", "", ""},
	{"in two weeks", "", P, "P2W", "week", "DURATION", ""},
	{"about 30 minutes", "", U, "PT30M", "minute", "DURATION", "APPROX"},
	{"twenty-five years", "", U, "P25Y", "year", "DURATION", ""},
	{"a couple of days", "", U, "P2D", "day", "DURATION", ""},
	{"a fortnight", "", U, "P2W", "week", "DURATION", ""},

	// sets
	{"every Tuesday", "", U, "XXXX-WXX-2", "day", "SET", ""},
	{"on Sundays", "", U, "XXXX-WXX-7", "day", "SET", ""},
	{"annually", "", U, "P1Y", "year", "SET", ""},
	{"every week", "", U, "P1W", "week", "SET", ""},
	{"daily", "", U, "P1D", "day", "SET", ""},

	// clock times are on the reference day
	{"at 3 p.m.", "", P, "2026-01-06T15:00", "time", "TIME", ""},
	{"9:45 am", "", U, "2026-01-06T09:45", "time", "TIME", ""},
	{"midnight", "", U, "2026-01-06T00:00", "time", "TIME", ""},
	{"15:30 GMT", "", U, "2026-01-06T15:30", "time", "TIME", ""},
	{"10:46:08 PM", "", U, "2026-01-06T22:46", "time", "TIME", ""},
	{"12/26/2004 10:46:08 PM", "", U, "2004-12-26T22:46", "time", "TIME", ""},

	// other reference dates
	{"December 28", "2025-03-15", P, "2024-12-28", "day", "", ""},
	{"December 28", "2025-03-15", F, "2025-12-28", "day", "", ""},
	{"January 2", "2025-12-30", F, "2026-01-02", "day", "", ""},
	{"January 2", "2025-12-30", U, "2026-01-02", "day", "", ""},
	{"last year", "2025-12-30", P, "2024", "year", "", ""},
	{"February 29", "2024-03-01", P, "2024-02-29", "day", "", ""},
	{"February 29", "2025-03-01", P, "2024-02-29", "day", "", ""},
	{"on Sunday", "2025-06-15", P, "2025-06-15", "day", "", ""},
	{"Saturday", "2025-06-15", P, "2025-06-14", "day", "", ""},
	{"next month", "2025-06-15", F, "2025-07", "month", "", ""},
	{"last month", "2025-01-31", P, "2024-12", "month", "", ""},
	{"this summer", "2025-06-15", F, "2025-SU", "season", "", ""},
	{"last week", "2025-06-15", P, "2025-W23", "week", "", ""},
	{"two months later", "2025-12-15", P, "2026-02", "month", "", ""},

	// not time expressions
	{"Mar-a-Lago", "", P, "", "", "", ""},
	{"the summit", "", P, "", "", "", ""},
	{"may", "", U, "", "", "", ""},
	{"Mar", "", U, "", "", "", ""},
	{"first year", "", P, "", "", "", ""},
	{"year", "", P, "", "", "", ""},
	{"four", "", P, "", "", "", ""},
	{"2014 percent", "", P, "", "", "", ""},
	{"recent talks", "", P, "", "", "", ""},
	{"Tuesday night and into Wednesday", "", P, "", "", "", ""},
	{"", "", P, "", "", "", ""},
}

func TestNormalize(t *testing.T) {
	if len(normalizeTests) < 100 {
		t.Fatalf("only %d normalizer cases, want at least 100", len(normalizeTests))
	}
	for _, tt := range normalizeTests {
		ref := ref0
		if tt.ref != "" {
			ref = date(tt.ref)
		}
		name := tt.expr + "/" + tt.tense.String()
		if tt.ref != "" {
			name += "/" + tt.ref
		}
		t.Run(name, func(t *testing.T) {
			got, ok := NormalizeTimex(tt.expr, ref, tt.tense)
			if tt.value == "" {
				if ok {
					t.Errorf("NormalizeTimex(%q) = %v, want no expression", tt.expr, got)
				}
				return
			}
			if !ok {
				t.Fatalf("NormalizeTimex(%q, %s, %v) not recognised, want %s", tt.expr, ref.Format("2006-01-02"), tt.tense, tt.value)
			}
			typ := tt.typ
			if typ == "" {
				typ = TypeDate
			}
			if got.TIMEX3() != tt.value || got.Granularity != tt.gran || got.Type != typ || got.Mod != tt.mod {
				t.Errorf("NormalizeTimex(%q, %s, %v) = %s %s (%s) mod %q, want %s %s (%s) mod %q",
					tt.expr, ref.Format("2006-01-02"), tt.tense, got.Type, got.TIMEX3(), got.Granularity, got.Mod,
					typ, tt.value, tt.gran, tt.mod)
			}
			v, g, ok2 := Normalize(tt.expr, ref, tt.tense)
			if !ok2 || v != got.TIMEX3() || g != got.Granularity {
				t.Errorf("Normalize(%q) = %q, %q, %v; NormalizeTimex gave %q, %q", tt.expr, v, g, ok2, got.TIMEX3(), got.Granularity)
			}
		})
	}
}
