package temporal

import (
	"strings"
	"time"
)

// refDay returns midnight UTC of ref's civil date in its own location.
func refDay(ref time.Time) time.Time {
	y, m, d := ref.Date()
	return day(y, int(m), d)
}

// leadingPrep strips a preposition ("on", "in", "as of", ...) from the
// start of ws and returns it.
func leadingPrep(ws []word) (string, []word) {
	if len(ws) >= 2 && ws[0].s == "as" && ws[1].s == "of" {
		return "as of", ws[2:]
	}
	if len(ws) >= 2 && ws[0].s != "and" && ws[0].s != "of" && ws[0].s != "than" && prepositions[ws[0].s] {
		return ws[0].s, ws[1:]
	}
	return "", ws
}

// inFuture turns "in two weeks" in a future clause into a date: the
// reference moved forward, at the unit's granularity.
func (p *parser) inFuture(m match, n int, unit string) (match, bool) {
	return p.offset(m.end, n, unit)
}

// splitTime splits a date value into its calendar part and its time of
// day ("2026-01-06TNI" → "2026-01-06", "TNI"); sets ("TNI" alone) and
// durations stay whole.
func splitTime(m match) (value, tm string) {
	if (m.typ == TypeDate || m.typ == TypeTime) && len(m.val) > 0 && m.val[0] >= '0' && m.val[0] <= '9' {
		if i := strings.IndexByte(m.val, 'T'); i > 0 {
			return m.val[:i], m.val[i:]
		}
	}
	return m.val, ""
}

// Normalize reads one trimmed time expression ("December 28", "on Tuesday",
// "in 2014", "last year", "four years") relative to the reference date ref
// (only its calendar date counts) and the tense of its clause, and returns
// its full TIMEX3 value (with the time of day: "2026-01-06TNI") and
// granularity. ok is false when expr is not, as a
// whole, a time expression. A leading preposition and trailing
// punctuation are ignored. See [NormalizeTimex] for the type and modifier.
func Normalize(expr string, ref time.Time, tense Tense) (value, granularity string, ok bool) {
	t, ok := NormalizeTimex(expr, ref, tense)
	return t.TIMEX3(), t.Granularity, ok
}

// NormalizeTimex is [Normalize] returning a [Timex] with Text, Value,
// Granularity, Type, Mod, Prep and Tense set; token positions are zero and
// Head is -1.
func NormalizeTimex(expr string, ref time.Time, tense Tense) (Timex, bool) {
	ws := appendWords(nil, expr, 0, -1, true)
	for len(ws) > 0 {
		switch ws[len(ws)-1].s {
		case ",", ";", ":", "!", "?", ")", "(":
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	prep, ws := leadingPrep(ws)
	if len(ws) == 0 {
		return Timex{}, false
	}
	p := &parser{w: ws, ref: refDay(ref), tense: tense, prep: prep}
	m, ok := p.parse(0)
	if !ok {
		return Timex{}, false
	}
	end := m.end
	// a sentence-final dot after the expression is not part of it
	if end == len(ws)-1 && ws[end].s == "." {
		end++
	}
	if end != len(ws) {
		return Timex{}, false
	}
	m = p.finish(m, prep, 0)
	value, tm := splitTime(m)
	return Timex{
		Span:  Span{Off: ws[0].off, End: ws[m.end-1].end},
		Text:  expr[ws[0].off:ws[m.end-1].end],
		Value: value, Time: tm, Granularity: m.gran, Type: m.typ, Mod: m.mod,
		Prep: prep, Tense: tense, Head: -1,
	}, true
}

// finish applies what the preposition before a match changes: "in two
// weeks" in a future clause is a date, "in 2014" is not.
func (p *parser) finish(m match, prep string, start int) match {
	if m.typ == TypeDuration && prep == "in" && p.tense == Future && m.mod == "" {
		if n, u, _, ok := p.quantity(start); ok && n > 0 {
			if d, ok := p.inFuture(m, n, u); ok {
				return d
			}
		}
	}
	return m
}
