package temporal

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract/lexicon"
)

// word is one unit the grammar reads: a run of letters and digits, or one
// punctuation character. Offsets are bytes into the text being read.
type word struct {
	s        string // lower case; typographic apostrophes folded to '
	raw      string
	off, end int
	space    bool // preceded by white space or the start of the text
	tok      int  // token index in a sentence, -1 outside Find
}

// appendWords splits text (which starts at byte base of the source) into
// words and appends them to ws. spaceBefore says whether the first word
// follows white space.
func appendWords(ws []word, text string, base, tok int, spaceBefore bool) []word {
	space := spaceBefore
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n2
			}
			ws = append(ws, word{s: strings.ToLower(text[i:j]), raw: text[i:j], off: base + i, end: base + j, space: space, tok: tok})
			space = false
			i = j
		default:
			s := text[i : i+n]
			switch r {
			case '\u2019', '\u2018', '`':
				s = "'"
			case '\u2013', '\u2014', '\u2010', '\u2011':
				s = "-"
			}
			ws = append(ws, word{s: s, raw: text[i : i+n], off: base + i, end: base + i + n, space: space, tok: tok})
			space = false
			i += n
		}
	}
	return ws
}

// capitalized reports whether the word starts with an upper-case letter.
func (w word) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(w.raw)
	return unicode.IsUpper(r)
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// atoi converts a run of ASCII digits (at most 9) to an int.
func atoi(s string) (int, bool) {
	if !allDigits(s) || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// months, monthAbbr, weekdays (time.Weekday values) and their plurals
// ("Tuesdays") come from the shared lexicon.
var (
	months         = calendarValues(lexicon.Month, "")
	monthAbbr      = calendarValues(lexicon.MonthAbbr, "")
	weekdays       = calendarValues(lexicon.Weekday, "")
	weekdaysPlural = calendarValues(lexicon.Weekday, "s")
)

// calendarValues returns the lexicon's words of one kind, with suffix
// added, mapped to their month or weekday number.
func calendarValues(kind lexicon.CalendarKind, suffix string) map[string]int {
	m := map[string]int{}
	for w, e := range lexicon.Calendars(kind) {
		m[w+suffix] = e.Value
	}
	return m
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": -1,
}

// units maps a unit word (singular or plural) to its canonical unit: the
// lexicon's units, less "quarter", which durations and offsets are not
// computed in.
var units = func() map[string]string {
	m := map[string]string{}
	for w, e := range lexicon.Calendars(lexicon.Unit) {
		if e.Unit != "quarter" {
			m[w] = e.Unit
		}
	}
	return m
}()

// unitCode is the TIMEX3 duration letter of a unit; hour and minute are
// written after "T".
var unitCode = map[string]string{
	"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M",
	"decade": "DE", "century": "CE",
}

var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

// prepositions that may stand before a time expression; "as of" is handled
// apart.
var prepositions = map[string]bool{
	"on": true, "in": true, "at": true, "since": true, "until": true, "till": true, "by": true,
	"before": true, "after": true, "during": true, "from": true, "through": true,
	"throughout": true, "to": true, "between": true, "around": true, "for": true,
	"over": true, "within": true, "into": true, "of": true, "than": true, "and": true,
}
