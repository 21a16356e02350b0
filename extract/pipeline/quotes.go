package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// balanceQuotes drops the quotation marks of an argument whose partner
// lies outside it ("security protocols" intended to ..." from a sentence
// that opened the quote before the argument): a reader takes an unpaired
// mark for a misquote. A straight mark after a word closes, one before a
// word opens; curly marks say which they are.
func balanceQuotes(t string) string {
	if !strings.ContainsAny(t, "\"“”") {
		return t
	}
	type mark struct {
		at      int
		opening bool
		curly   bool
	}
	var open []mark
	var drop []int
	for i, r := range t {
		if r != '"' && r != '“' && r != '”' {
			continue
		}
		opening := r == '“'
		if r == '"' {
			prev, _ := utf8.DecodeLastRuneInString(t[:i])
			if i > 0 && unicode.IsDigit(prev) {
				continue // inches: "a 13.3" display"
			}
			opening = i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-", prev)
		}
		m := mark{at: i, opening: opening, curly: r != '"'}
		if opening {
			open = append(open, m)
			continue
		}
		if n := len(open); n > 0 && open[n-1].curly == m.curly {
			open = open[:n-1]
			continue
		}
		drop = append(drop, i)
	}
	for _, m := range open {
		drop = append(drop, m.at)
	}
	if len(drop) == 0 {
		return t
	}
	var b strings.Builder
	for i, r := range t {
		skip := false
		for _, d := range drop {
			skip = skip || d == i
		}
		if !skip {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
