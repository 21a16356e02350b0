package temporal

import (
	"fmt"
	"strings"
	"time"
)

// parser matches time expressions over words. It is a small hand-written
// grammar: every rule tries to match at a word index and returns where it
// stopped; the longest match wins.
type parser struct {
	w     []word
	ref   time.Time // midnight UTC of the reference day
	tense Tense
	// strict asks for context before reading ambiguous words as time
	// ("May", "March", "fall", bare numbers): set by Find, not Normalize.
	strict bool
	prep   string // preposition before the expression, for strict checks
	// anchor is the day anaphoric expressions ("the same day", "the next
	// day", "two days later") count from; without one they count from ref,
	// and "the same day" / "that day" are not read at all.
	anchor    time.Time
	hasAnchor bool
	// refused is set when an expression read without a tense is not read
	// with the clause's tense (see ago).
	refused bool
}

// base is the day anaphoric offsets count from.
func (p *parser) base() time.Time {
	if p.hasAnchor {
		return p.anchor
	}
	return p.ref
}

// match is a recognised expression: words [start, end) of the parser.
type match struct {
	end  int
	typ  string
	val  string
	gran string
	mod  string
}

func (p *parser) at(i int) string {
	if i < 0 || i >= len(p.w) {
		return ""
	}
	return p.w[i].s
}

// glued reports whether word i follows word i-1 with no space between.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.w) && !p.w[i].space
}

// isWordEnd reports whether no letter or digit word follows at i (end of
// text or punctuation), so a trailing "before"/"after" is not a preposition.
func (p *parser) isWordEnd(i int) bool {
	if i >= len(p.w) {
		return true
	}
	s := p.w[i].s
	return s == "," || s == "." || s == ";" || s == ":" || s == "!" || s == "?" || s == ")" || s == "\"" || s == "'" || s == "-"
}

// longest runs the rules at i and returns the longest match; ties go to the
// earlier rule.
func longest(i int, rules ...func(int) (match, bool)) (match, bool) {
	var best match
	found := false
	for _, r := range rules {
		if m, ok := r(i); ok && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	return best, found
}

// parse returns the longest expression starting at word i.
func (p *parser) parse(i int) (match, bool) {
	if i >= len(p.w) {
		return match{}, false
	}
	var l longestOf
	l.take(p.modified(i))
	l.take(p.dateExpr(i))
	l.take(p.timeFirst(i))
	l.take(p.duration(i))
	l.take(p.set(i))
	return l.m, l.ok
}

// longestOf is longest called rule by rule, without the list of method
// values it takes: parse and dateExpr run at every word of every sentence.
type longestOf struct {
	m  match
	ok bool
}

// take keeps a match longer than the one kept; ties go to the earlier.
func (l *longestOf) take(m match, ok bool) {
	if ok && (!l.ok || m.end > l.m.end) {
		l.m, l.ok = m, true
	}
}

func dateMatch(end int, val, gran string) (match, bool) {
	return match{end: end, typ: TypeDate, val: val, gran: gran}, true
}

func dayMatch(end int, t time.Time) (match, bool) { return dateMatch(end, fmtDay(t), "day") }

// modified: "early", "mid", "late", "the end of", ... before a date.
func (p *parser) modified(i int) (match, bool) {
	j := i
	mod := ""
	switch p.at(j) {
	case "early":
		mod, j = "START", j+1
	case "mid":
		mod, j = "MID", j+1
		if p.at(j) == "-" {
			j++
		}
	case "late":
		mod, j = "END", j+1
	case "the":
		j++
		fallthrough
	default:
		switch p.at(j) {
		case "end", "close":
			mod = "END"
		case "beginning", "start":
			mod = "START"
		case "middle":
			mod = "MID"
		default:
			return match{}, false
		}
		if p.at(j+1) != "of" {
			return match{}, false
		}
		j += 2
	}
	if mod == "" || j == i {
		return match{}, false
	}
	inner, ok := p.dateExpr(j)
	if !ok || inner.typ != TypeDate && inner.typ != TypeTime {
		return match{}, false
	}
	inner.mod = mod
	return inner, true
}

// dateExpr is a calendar or relative date, extended with a part of day or
// a clock time when it names a day.
func (p *parser) dateExpr(i int) (match, bool) {
	var l longestOf
	for _, r := range [...]func(*parser, int) (match, bool){
		(*parser).iso, (*parser).numeric, (*parser).weekdayLed, (*parser).monthDay, (*parser).dayMonth,
		(*parser).monthYear, (*parser).monthAlone, (*parser).monthRelYear, (*parser).year, (*parser).decade,
		(*parser).century, (*parser).season, (*parser).quarter, (*parser).half, (*parser).deictic,
		(*parser).relPeriod, (*parser).earlierLater, (*parser).ago, (*parser).theNext, (*parser).podOf,
		(*parser).sameAs, (*parser).holiday, (*parser).theWeekend, (*parser).beforeLast,
	} {
		l.take(r(p, i))
	}
	m, ok := l.m, l.ok
	if !ok {
		return m, false
	}
	if m.gran == "day" {
		m = p.extendDay(m)
	}
	return m, true
}

// extendDay adds "night", "morning", ... or a clock time after a day.
func (p *parser) extendDay(m match) match {
	j := m.end
	if p.at(j) == "," {
		j++
	}
	if pod, ok := partsOfDay[p.at(j)]; ok {
		return match{end: j + 1, typ: TypeDate, val: m.val + "T" + pod, gran: "part-of-day", mod: m.mod}
	}
	if p.at(j) == "at" {
		j++
	}
	if hh, mm, end, ok := p.clock(j); ok {
		return match{end: end, typ: TypeTime, val: fmt.Sprintf("%sT%02d:%02d", m.val, hh, mm), gran: "time", mod: m.mod}
	}
	return m
}

// podOf: "the morning of December 28", "the night of Tuesday".
func (p *parser) podOf(i int) (match, bool) {
	j := i
	if p.at(j) == "the" {
		j++
	}
	pod, ok := partsOfDay[p.at(j)]
	if !ok || p.at(j+1) != "of" {
		return match{}, false
	}
	d, ok := p.dateExpr(j + 2)
	if !ok || d.gran != "day" {
		return match{}, false
	}
	return match{end: d.end, typ: TypeDate, val: d.val + "T" + pod, gran: "part-of-day"}, true
}

// month reads a month name at i. Abbreviations may carry a dot, which is
// consumed. weak is true for abbreviations and for "may"/"march", which
// need a day or a year beside them (or, in strict mode, a preposition).
func (p *parser) month(i int) (m, end int, weak bool, ok bool) {
	s := p.at(i)
	if s == "" {
		return 0, 0, false, false
	}
	// "Mar-a-Lago", "mid-March" is fine: only a hyphen after a month blocks.
	if p.at(i+1) == "-" && p.glued(i+1) && !allDigits(p.at(i+2)) {
		return 0, 0, false, false
	}
	if n, found := months[s]; found {
		if (s == "may" || s == "march") && !p.w[i].capitalized() {
			return 0, 0, false, false
		}
		if p.strict && !p.w[i].capitalized() {
			return 0, 0, false, false
		}
		return n, i + 1, s == "may" || s == "march", true
	}
	if n, found := monthAbbr[s]; found {
		if p.strict && !p.w[i].capitalized() {
			return 0, 0, false, false
		}
		end = i + 1
		if p.at(end) == "." && p.glued(end) {
			end++
		}
		return n, end, true, true
	}
	return 0, 0, false, false
}

// dayNum reads a day of the month: "28", "28th", "the 28th" is handled by
// callers.
func (p *parser) dayNum(i int) (int, bool) {
	s := p.at(i)
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(s) > 2 && strings.HasSuffix(s, suf) {
			s = s[:len(s)-2]
			break
		}
	}
	if len(s) == 0 || len(s) > 2 {
		if n, ok := ordinalWords[p.at(i)]; ok && n > 0 && n <= 31 {
			return n, true
		}
		return 0, false
	}
	n, ok := atoi(s)
	if !ok || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

// yearNum reads a four-digit year.
func (p *parser) yearNum(i int) (int, bool) {
	s := p.at(i)
	if len(s) != 4 {
		return 0, false
	}
	n, ok := atoi(s)
	if !ok || n < 1000 || n > 2999 {
		return 0, false
	}
	return n, true
}

// optYear reads an optional ", 2026" or " 2026" after a day.
func (p *parser) optYear(j int) (y, end int, ok bool) {
	k := j
	if p.at(k) == "," {
		k++
	}
	if y, ok := p.yearNum(k); ok && !p.followsNumberUnit(k+1) {
		return y, k + 1, true
	}
	return 0, j, false
}

// followsNumberUnit reports whether word i makes the number before it a
// quantity rather than a date ("2014 percent", "28 %").
func (p *parser) followsNumberUnit(i int) bool {
	switch p.at(i) {
	case "%", "percent", "per", "pc":
		return true
	}
	return false
}

// iso: 2026-01-06, 2026-01.
func (p *parser) iso(i int) (match, bool) {
	y, ok := p.yearNum(i)
	if !ok || p.at(i+1) != "-" || !p.glued(i+1) || !p.glued(i+2) || len(p.at(i+2)) != 2 {
		return match{}, false
	}
	m, ok := atoi(p.at(i + 2))
	if !ok || m < 1 || m > 12 {
		return match{}, false
	}
	if p.at(i+3) == "-" && p.glued(i+3) && p.glued(i+4) && len(p.at(i+4)) == 2 {
		if d, ok := atoi(p.at(i + 4)); ok && validDate(y, m, d) {
			return dayMatch(i+5, day(y, m, d))
		}
		return match{}, false
	}
	return dateMatch(i+3, fmtMonth(y, m), "month")
}

// numeric: 1/6/2026 (US order; day first when the first number cannot be a
// month).
func (p *parser) numeric(i int) (match, bool) {
	a, ok1 := atoi(p.at(i))
	if !ok1 || len(p.at(i)) > 2 || p.at(i+1) != "/" || !p.glued(i+1) || !p.glued(i+2) {
		return match{}, false
	}
	b, ok2 := atoi(p.at(i + 2))
	if !ok2 || len(p.at(i+2)) > 2 || p.at(i+3) != "/" || !p.glued(i+3) || !p.glued(i+4) {
		return match{}, false
	}
	ys := p.at(i + 4)
	y, ok3 := atoi(ys)
	if !ok3 || (len(ys) != 4 && len(ys) != 2) {
		return match{}, false
	}
	if len(ys) == 2 {
		y += 2000
		if y > p.ref.Year()+10 {
			y -= 100
		}
	}
	m, d := a, b
	if m > 12 && d <= 12 {
		m, d = d, m
	}
	if !validDate(y, m, d) {
		return match{}, false
	}
	return dayMatch(i+5, day(y, m, d))
}

// weekdayLed: "Tuesday, January 6, 2026", "Tuesday 6 January".
func (p *parser) weekdayLed(i int) (match, bool) {
	if _, ok := weekdays[p.at(i)]; !ok {
		return match{}, false
	}
	j := i + 1
	if p.at(j) == "," {
		j++
	}
	m, ok := longest(j, p.monthDay, p.dayMonth)
	if !ok || m.gran != "day" {
		return match{}, false
	}
	return m, true
}

// monthDay: "December 28", "Dec. 28", "December 28th, 2025".
func (p *parser) monthDay(i int) (match, bool) {
	mo, j, _, ok := p.month(i)
	if !ok {
		return match{}, false
	}
	d, ok := p.dayNum(j)
	if !ok || (p.at(j+1) == ":" && allDigits(p.at(j+2))) || p.followsNumberUnit(j+1) {
		return match{}, false
	}
	if _, isOrd := ordinalWords[p.at(j)]; isOrd { // "May first" is rare; "March second" reads badly
		return match{}, false
	}
	j++
	if y, end, ok := p.optYear(j); ok {
		if !validDate(y, mo, d) {
			return match{}, false
		}
		return dayMatch(end, day(y, mo, d))
	}
	t, ok := resolveMonthDay(p.ref, p.tense, mo, d)
	if !ok {
		return match{}, false
	}
	return dayMatch(j, t)
}

// dayMonth: "6 January 2026", "the 28th of December".
func (p *parser) dayMonth(i int) (match, bool) {
	j := i
	if p.at(j) == "the" {
		j++
	}
	d, ok := p.dayNum(j)
	if !ok {
		return match{}, false
	}
	j++
	if p.at(j) == "of" {
		j++
	} else if _, isOrd := ordinalWords[p.at(j-1)]; isOrd {
		return match{}, false // "the first January" is not a date
	}
	mo, end, _, ok := p.month(j)
	if !ok {
		return match{}, false
	}
	if y, e, ok := p.optYear(end); ok {
		if !validDate(y, mo, d) {
			return match{}, false
		}
		return dayMatch(e, day(y, mo, d))
	}
	t, ok := resolveMonthDay(p.ref, p.tense, mo, d)
	if !ok {
		return match{}, false
	}
	return dayMatch(end, t)
}

// monthYear: "January 2026", "Jan. 2026", "January of 2026".
func (p *parser) monthYear(i int) (match, bool) {
	mo, j, _, ok := p.month(i)
	if !ok {
		return match{}, false
	}
	if p.at(j) == "," || p.at(j) == "of" {
		j++
	}
	y, ok := p.yearNum(j)
	if !ok || p.followsNumberUnit(j+1) {
		return match{}, false
	}
	return dateMatch(j+1, fmtMonth(y, mo), "month")
}

// monthRelYear: "April last year", "March 3 last year", "in May of next
// year", "June this year": the year counts from the reference date, not
// from the month read alone with the clause's tense.
func (p *parser) monthRelYear(i int) (match, bool) {
	j := i
	d := 0
	if dd, ok := p.dayNum(j); ok { // "3 March last year"
		if mo, end, _, ok := p.month(j + 1); ok {
			return p.relYearAfter(end, mo, dd)
		}
		if p.at(j+1) == "of" {
			if mo, end, _, ok := p.month(j + 2); ok {
				return p.relYearAfter(end, mo, dd)
			}
		}
		return match{}, false
	}
	mo, j, _, ok := p.month(j)
	if !ok {
		return match{}, false
	}
	if dd, ok := p.dayNum(j); ok {
		if _, isOrd := ordinalWords[p.at(j)]; !isOrd {
			d, j = dd, j+1
		}
	}
	return p.relYearAfter(j, mo, d)
}

// relYearAfter reads ", of last year", "this year", "next year" at j for
// month mo and day d (0: none).
func (p *parser) relYearAfter(j, mo, d int) (match, bool) {
	if p.at(j) == "," || p.at(j) == "of" {
		j++
	}
	dir := 0
	switch p.at(j) {
	case "last", "past", "previous":
		dir = -1
	case "this":
	case "next", "coming":
		dir = 1
	default:
		return match{}, false
	}
	if p.at(j+1) != "year" {
		return match{}, false
	}
	y := p.ref.Year() + dir
	if d == 0 {
		return dateMatch(j+2, fmtMonth(y, mo), "month")
	}
	if !validDate(y, mo, d) {
		return match{}, false
	}
	return dayMatch(j+2, day(y, mo, d))
}

// monthContext lists the words that make a lone "May" a month.
var monthContext = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "of": true, "during": true,
	"before": true, "after": true, "from": true, "through": true, "early": true, "late": true,
	"mid": true, "last": true, "next": true, "this": true, "between": true, "to": true, "and": true,
	"throughout": true, "around": true,
}

// monthAlone: "March", "in May" (resolved by tense).
func (p *parser) monthAlone(i int) (match, bool) {
	mo, j, weak, ok := p.month(i)
	if !ok {
		return match{}, false
	}
	if weak {
		if _, abbr := monthAbbr[p.at(i)]; abbr {
			return match{}, false
		}
		if p.strict && !monthContext[p.before(i)] {
			return match{}, false
		}
	}
	if p.strict && !monthContext[p.before(i)] && i > 0 && p.w[i-1].capitalized() {
		return match{}, false // "Theresa May", "General March"
	}
	y := resolveMonth(p.ref, p.tense, dirTense, mo)
	return dateMatch(j, fmtMonth(y, mo), "month")
}

// before returns the word before i, or the preposition the caller saw.
func (p *parser) before(i int) string {
	if i > 0 {
		s := p.at(i - 1)
		if s == "-" && i > 1 {
			return p.at(i - 2)
		}
		return s
	}
	return p.prep
}

// year: "2014", "the year 2014", "2014-15".
func (p *parser) year(i int) (match, bool) {
	j := i
	if p.at(j) == "the" && p.at(j+1) == "year" {
		j += 2
	}
	y, ok := p.yearNum(j)
	if !ok || p.followsNumberUnit(j+1) {
		return match{}, false
	}
	if p.strict && j == i {
		b := p.before(i)
		if b == "$" || b == "€" || b == "£" || b == "#" || b == "no" || b == "number" || b == "," && i > 1 && allDigits(p.at(i-2)) {
			return match{}, false
		}
		if !monthContext[b] && (y < 1900 || y > 2100) {
			return match{}, false
		}
		if p.at(j+1) == "," && allDigits(p.at(j+2)) && p.glued(j+1) {
			return match{}, false // "2,014" style thousands
		}
	}
	end := j + 1
	// "2014-15", "2014-2015": keep the first year, consume the range
	if p.at(end) == "-" && p.glued(end) && p.glued(end+1) && allDigits(p.at(end+1)) && (len(p.at(end+1)) == 2 || len(p.at(end+1)) == 4) {
		end += 2
	}
	return dateMatch(end, fmtYear(y), "year")
}

// decade: "the 1990s", "the '90s", "the early 2000s".
func (p *parser) decade(i int) (match, bool) {
	j := i
	if p.at(j) == "the" {
		j++
	}
	mod := ""
	switch p.at(j) {
	case "early":
		mod, j = "START", j+1
	case "mid":
		mod, j = "MID", j+1
		if p.at(j) == "-" {
			j++
		}
	case "late":
		mod, j = "END", j+1
	}
	s := p.at(j)
	if s == "'" && len(p.at(j+1)) == 3 {
		n, ok := atoi(strings.TrimSuffix(p.at(j+1), "s"))
		if !ok || !strings.HasSuffix(p.at(j+1), "0s") {
			return match{}, false
		}
		c := 19
		if n < 30 {
			c = 20
		}
		return match{end: j + 2, typ: TypeDate, val: fmt.Sprintf("%d%d", c, n/10), gran: "decade", mod: mod}, true
	}
	if len(s) == 5 && strings.HasSuffix(s, "0s") {
		if n, ok := atoi(s[:4]); ok && n >= 1000 {
			return match{end: j + 1, typ: TypeDate, val: s[:3], gran: "decade", mod: mod}, true
		}
	}
	// "the 1980's", "the late 1990's": the apostrophe spelling
	if len(s) == 4 && strings.HasSuffix(s, "0") && p.at(j+1) == "'" && p.at(j+2) == "s" && p.glued(j+1) && p.glued(j+2) {
		if n, ok := atoi(s); ok && n >= 1000 {
			return match{end: j + 3, typ: TypeDate, val: s[:3], gran: "decade", mod: mod}, true
		}
	}
	return match{}, false
}

// century: "the 21st century", "the twentieth century".
func (p *parser) century(i int) (match, bool) {
	j := i
	if p.at(j) == "the" {
		j++
	}
	n, ok := p.dayNum(j)
	if !ok || p.at(j+1) != "century" {
		return match{}, false
	}
	return dateMatch(j+2, fmt.Sprintf("%02d", n-1), "century")
}

// fallContext are the words before "the fall" that make it the season
// ("in the fall", "until the fall"); after others it is mostly a decline
// ("surprised by the fall", "after the fall of the city").
var fallContext = map[string]bool{
	"in": true, "during": true, "until": true, "till": true, "through": true, "throughout": true,
	"since": true, "early": true, "late": true, "mid": true,
}

// fallAfter are the words after "the fall" that make it a decline or a
// defeat ("the fall in prices", "the fall of the government").
var fallAfter = map[string]bool{"in": true, "of": true, "from": true, "to": true}

// seasonFall reports whether "fall" after b (and "the" when the is set),
// before next, is the season: "in the fall", "last fall", but not "the
// fall in prices" or "surprised by the fall".
func (p *parser) seasonFall(b string, the bool, next string) bool {
	if fallAfter[next] {
		return false
	}
	if the {
		return fallContext[b]
	}
	return b == "last" || b == "this" || b == "next"
}

// season: "summer 2025", "the summer of 2025", "in the summer", "last winter".
func (p *parser) season(i int) (match, bool) {
	j := i
	the := false
	if p.at(j) == "the" {
		j, the = j+1, true
	}
	code, ok := seasons[p.at(j)]
	if !ok {
		return match{}, false
	}
	s := 0
	for k, c := range seasonOrder {
		if c == code {
			s = k
		}
	}
	k := j + 1
	if p.at(k) == "of" {
		k++
	}
	if y, ok := p.yearNum(k); ok {
		return dateMatch(k+1, fmt.Sprintf("%04d-%s", y, code), "season")
	}
	// "the spring of last year", "summer next year": the year counts from
	// the reference date, not from the season read alone with the tense
	if r, ok := p.relPeriod(k); ok && r.gran == "year" && len(r.val) == 4 {
		return dateMatch(r.end, r.val+"-"+code, "season")
	}
	if p.strict {
		b := p.before(i)
		if !the && !monthContext[b] || p.at(j) == "fall" && !p.seasonFall(b, the, p.at(j+1)) {
			return match{}, false
		}
	}
	return dateMatch(j+1, fmtSeason(resolveSeason(p.ref, p.tense, dirTense, s)), "season")
}

// quarter: "the first quarter of 2025", "Q3 2025", "the third quarter".
func (p *parser) quarter(i int) (match, bool) {
	j := i
	if p.at(j) == "the" {
		j++
	}
	q := 0
	s := p.at(j)
	switch {
	case len(s) == 2 && s[0] == 'q' && s[1] >= '1' && s[1] <= '4':
		q = int(s[1] - '0')
		j++
	default:
		n, ok := p.dayNum(j)
		if p.at(j) == "last" {
			n, ok = 4, true
		}
		if !ok || n > 4 {
			return match{}, false
		}
		if p.at(j+1) == "-" {
			j++
		}
		if p.at(j+1) != "quarter" {
			return match{}, false
		}
		q = n
		j += 2
	}
	k := j
	if p.at(k) == "of" || p.at(k) == "," {
		k++
	}
	if y, ok := p.yearNum(k); ok {
		return dateMatch(k+1, fmt.Sprintf("%04d-Q%d", y, q), "quarter")
	}
	if p.at(j) == "of" {
		if r, ok := p.relPeriod(j + 1); ok && r.gran == "year" {
			return dateMatch(r.end, fmt.Sprintf("%s-Q%d", r.val, q), "quarter")
		}
	}
	if s[0] == 'q' && p.strict {
		return match{}, false
	}
	return dateMatch(j, fmt.Sprintf("%04d-Q%d", resolvePart(p.ref, p.tense, q, 4), q), "quarter")
}

// half: "the first half of 2025", "the second half of next year".
func (p *parser) half(i int) (match, bool) {
	j := i
	if p.at(j) == "the" {
		j++
	}
	n := 0
	switch p.at(j) {
	case "first":
		n = 1
	case "second":
		n = 2
	default:
		return match{}, false
	}
	if p.at(j+1) != "half" || p.at(j+2) != "of" {
		return match{}, false
	}
	k := j + 3
	if y, ok := p.yearNum(k); ok {
		return dateMatch(k+1, fmt.Sprintf("%04d-H%d", y, n), "half")
	}
	if p.at(k) == "the" && p.at(k+1) == "year" {
		return dateMatch(k+2, fmt.Sprintf("%04d-H%d", p.ref.Year(), n), "half")
	}
	if r, ok := p.relPeriod(k); ok && r.gran == "year" {
		return dateMatch(r.end, fmt.Sprintf("%s-H%d", r.val, n), "half")
	}
	return match{}, false
}

// weekday resolution is shared by several rules.
func (p *parser) weekdayAt(i int, dir direction) (match, bool) {
	wd, ok := weekdays[p.at(i)]
	if !ok || p.at(i+1) == "-" && p.glued(i+1) {
		return match{}, false
	}
	// "Tuesday of last week", "Monday this week", "Friday next week": the
	// day in that calendar week (weeks start on Monday)
	j := i + 1
	if p.at(j) == "of" {
		j++
	}
	if w := p.at(j); dir == dirTense && (w == "last" || w == "this" || w == "next") && p.at(j+1) == "week" {
		monday := p.ref.AddDate(0, 0, -((int(p.ref.Weekday()) + 6) % 7))
		weeks := map[string]int{"last": -7, "this": 0, "next": 7}[w]
		return dayMatch(j+2, monday.AddDate(0, 0, weeks+(int(wd)+6)%7))
	}
	return dayMatch(i+1, resolveWeekday(p.ref, p.tense, dir, wd))
}

// deictic: "today", "yesterday", "tomorrow", "tonight", bare weekdays,
// "the day before yesterday".
func (p *parser) deictic(i int) (match, bool) {
	switch p.at(i) {
	case "today":
		return dayMatch(i+1, p.ref)
	case "yesterday":
		return dayMatch(i+1, p.ref.AddDate(0, 0, -1))
	case "tomorrow":
		return dayMatch(i+1, p.ref.AddDate(0, 0, 1))
	case "tonight":
		return dateMatch(i+1, fmtDay(p.ref)+"TNI", "part-of-day")
	case "the":
		if p.at(i+1) == "day" && p.at(i+2) == "before" && p.at(i+3) == "yesterday" {
			return dayMatch(i+4, p.ref.AddDate(0, 0, -2))
		}
		if p.at(i+1) == "day" && p.at(i+2) == "after" && p.at(i+3) == "tomorrow" {
			return dayMatch(i+4, p.ref.AddDate(0, 0, 2))
		}
	}
	return p.weekdayAt(i, dirTense)
}

// relPeriod: "this week", "last month", "next year", "last Tuesday",
// "next March", "this summer", "this morning", "last night",
// "this past weekend", "the coming week".
func (p *parser) relPeriod(i int) (match, bool) {
	j := i
	dir := 0 // -1 last, 0 this, +1 next
	switch p.at(j) {
	case "this":
		j++
		if p.at(j) == "past" {
			dir, j = -1, j+1
		} else if p.at(j) == "coming" {
			dir, j = 1, j+1
		}
	case "last":
		dir, j = -1, j+1
	case "next":
		dir, j = 1, j+1
	case "the":
		if p.at(j+1) != "coming" && p.at(j+1) != "previous" && p.at(j+1) != "following" && p.at(j+1) != "next" {
			return match{}, false
		}
		dir = 1
		if p.at(j+1) == "previous" {
			dir = -1
		}
		j += 2
	default:
		return match{}, false
	}
	// "the following week" counts from the anchor, "next week" from ref
	t := p.ref
	if p.at(i) == "the" {
		t = p.base()
	}
	s := p.at(j)
	switch s {
	case "week":
		return dateMatch(j+1, fmtWeek(t.AddDate(0, 0, 7*dir)), "week")
	case "weekend":
		return dateMatch(j+1, fmtWeek(t.AddDate(0, 0, 7*dir))+"-WE", "week")
	case "month":
		y, m := addMonths(t, dir)
		return dateMatch(j+1, fmtMonth(y, m), "month")
	case "year":
		return dateMatch(j+1, fmtYear(t.Year()+dir), "year")
	case "decade":
		return dateMatch(j+1, fmt.Sprintf("%03d", p.ref.Year()/10+dir), "decade")
	case "century":
		return dateMatch(j+1, fmt.Sprintf("%02d", p.ref.Year()/100+dir), "century")
	case "quarter":
		k := p.ref.Year()*4 + (int(p.ref.Month())-1)/3 + dir
		return dateMatch(j+1, fmt.Sprintf("%04d-Q%d", floorDiv(k, 4), k-floorDiv(k, 4)*4+1), "quarter")
	case "day":
		if p.at(i) == "the" { // "the next day", "the previous day"
			return dayMatch(j+1, t.AddDate(0, 0, dir))
		}
		return match{}, false
	case "morning", "afternoon", "evening", "night":
		if p.at(i) == "the" && p.at(i+1) == "coming" {
			return match{}, false
		}
		d := t
		if dir == -1 && (s == "night" || p.at(i) == "last" || p.at(i) == "the") {
			d = d.AddDate(0, 0, -1)
		} else if dir == 1 {
			d = d.AddDate(0, 0, 1)
		}
		return dateMatch(j+1, fmtDay(d)+"T"+partsOfDay[s], "part-of-day")
	}
	dr := dirTense
	if dir < 0 {
		dr = dirBefore
	} else if dir > 0 {
		dr = dirAfter
	}
	if p.at(i) == "the" {
		// "the following Tuesday" is anaphoric: the first after the day
		// in focus, "the previous Tuesday" the last before it
		wd, ok := weekdays[p.at(j)]
		if !ok || !p.hasAnchor || dir == 0 {
			return match{}, false
		}
		return dayMatch(j+1, resolveWeekday(p.anchor, Unknown, dr, wd))
	}
	if m, ok := p.weekdayAt(j, dr); ok {
		return m, true
	}
	if mo, end, _, ok := p.month(j); ok {
		if _, abbr := monthAbbr[p.at(j)]; !abbr {
			return dateMatch(end, fmtMonth(resolveMonth(p.ref, p.tense, dr, mo), mo), "month")
		}
	}
	if code, ok := seasons[s]; ok {
		k := 0
		for n, c := range seasonOrder {
			if c == code {
				k = n
			}
		}
		return dateMatch(j+1, fmtSeason(resolveSeason(p.ref, p.tense, dr, k)), "season")
	}
	return match{}, false
}

// earlierLater: "earlier this month", "later this year", "earlier today",
// "later in the week".
func (p *parser) earlierLater(i int) (match, bool) {
	if p.at(i) != "earlier" && p.at(i) != "later" {
		return match{}, false
	}
	j := i + 1
	if p.at(j) == "today" || p.at(j) == "tonight" {
		return p.deictic(j)
	}
	if p.at(j) == "in" && p.at(j+1) == "the" {
		if _, ok := units[p.at(j+2)]; ok && p.at(j+2) != "day" {
			save := p.w[j+1].s
			p.w[j+1].s = "this"
			m, ok := p.relPeriod(j + 1)
			p.w[j+1].s = save
			return m, ok
		}
	}
	m, ok := p.relPeriod(j)
	if !ok || m.gran == "day" {
		return match{}, false
	}
	return m, true
}

// number reads a count: digits, number words ("twenty-five"), "a"/"an"
// when article is set, or a vague quantity ("several", "a few"), which
// gives n = -1.
func (p *parser) number(i int, article bool) (n, end int, ok bool) {
	s := p.at(i)
	switch s {
	case "several", "few", "many":
		return -1, i + 1, true
	case "a", "an":
		if p.at(i+1) == "few" || p.at(i+1) == "couple" && p.at(i+2) != "of" {
			if p.at(i+1) == "couple" {
				return 2, i + 2, true
			}
			return -1, i + 2, true
		}
		if p.at(i+1) == "couple" && p.at(i+2) == "of" {
			return 2, i + 3, true
		}
		if p.at(i+1) == "dozen" {
			return 12, i + 2, true
		}
		if p.at(i+1) == "hundred" {
			return 100, i + 2, true
		}
		if article {
			return 1, i + 1, true
		}
		return 0, 0, false
	}
	if v, ok := atoi(s); ok && len(s) <= 4 {
		return v, i + 1, true
	}
	v, ok := numberWords[s]
	if !ok {
		return 0, 0, false
	}
	end = i + 1
	if v >= 20 && v < 100 && v%10 == 0 { // "twenty-five", "twenty five"
		k := end
		if p.at(k) == "-" {
			k++
		}
		if u, ok := numberWords[p.at(k)]; ok && u < 10 {
			v, end = v+u, k+1
		}
	}
	if p.at(end) == "hundred" && v < 10 {
		v, end = v*100, end+1
	}
	return v, end, true
}

// quantity reads "four years", "a year", "four-year", "several days".
// It returns the unit and whether the hyphenated adjective form was used.
func (p *parser) quantity(i int) (n int, unit string, end int, ok bool) {
	n, j, ok := p.number(i, true)
	if !ok {
		return 0, "", 0, false
	}
	hyph := false
	if p.at(j) == "-" && p.glued(j) {
		j++
		hyph = true
	}
	u, ok := units[p.at(j)]
	if !ok {
		return 0, "", 0, false
	}
	plural := strings.HasSuffix(p.at(j), "s") && p.at(j) != u
	if hyph && plural || n == 1 && plural && p.at(i) != "1" || n > 1 && !plural && !hyph && p.at(i) != "a" {
		// "four-years", "a years", "four year" (not "a dozen year")
		if !(n == 12 || n == 100) || !plural {
			return 0, "", 0, false
		}
	}
	if n == -1 && !plural {
		return 0, "", 0, false
	}
	return n, u, j + 1, true
}

// durationValue formats n units as a TIMEX3 duration.
func durationValue(n int, unit string) string {
	c := "X"
	if n >= 0 {
		c = fmt.Sprint(n)
	}
	if unit == "fortnight" {
		if n >= 0 {
			c = fmt.Sprint(2 * n)
		}
		unit = "week"
	}
	if unit == "hour" || unit == "minute" {
		return "PT" + c + unitCode[unit]
	}
	return "P" + c + unitCode[unit]
}

var approxMods = map[string]string{
	"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "nearly": "APPROX",
	"almost": "APPROX", "approximately": "APPROX", "some": "APPROX",
	"over": "MORE_THAN", "under": "LESS_THAN",
}

// duration: "four years", "nearly four-year", "more than 48 hours", "the
// past two weeks", "the past year".
func (p *parser) duration(i int) (match, bool) {
	j := i
	mod := ""
	if m, ok := approxMods[p.at(j)]; ok {
		mod, j = m, j+1
	} else if (p.at(j) == "more" || p.at(j) == "less" || p.at(j) == "fewer") && p.at(j+1) == "than" {
		mod = "MORE_THAN"
		if p.at(j) != "more" {
			mod = "LESS_THAN"
		}
		j += 2
	} else if p.at(j) == "at" && (p.at(j+1) == "least" || p.at(j+1) == "most") {
		mod = "EQUAL_OR_MORE"
		if p.at(j+1) == "most" {
			mod = "EQUAL_OR_LESS"
		}
		j += 2
	} else if p.at(j) == "the" && (p.at(j+1) == "past" || p.at(j+1) == "last") {
		j += 2
		if u, ok := units[p.at(j)]; ok && u == p.at(j) {
			return match{end: j + 1, typ: TypeDuration, val: durationValue(1, u), gran: u}, true
		}
	}
	n, u, end, ok := p.quantity(j)
	if !ok {
		return match{}, false
	}
	if n == 0 {
		return match{}, false
	}
	g := u
	if u == "fortnight" {
		g = "week"
	}
	return match{end: end, typ: TypeDuration, val: durationValue(n, u), gran: g, mod: mod}, true
}

// ago: "three years ago", "two days later", "a week earlier", "two weeks
// from now". Offsets are taken from the reference date.
func (p *parser) ago(i int) (match, bool) {
	n, u, j, ok := p.quantity(i)
	if !ok || p.at(i+1) == "-" {
		return match{}, false
	}
	sign := 0
	switch p.at(j) {
	case "ago", "earlier", "back":
		sign, j = -1, j+1
	case "later", "hence":
		sign, j = 1, j+1
	case "before":
		if p.isWordEnd(j + 1) {
			sign, j = -1, j+1
		}
	case "after":
		if p.isWordEnd(j + 1) {
			sign, j = 1, j+1
		}
	case "from":
		if p.at(j+1) == "now" {
			sign, j = 1, j+2
		}
	}
	if sign == 0 {
		return match{}, false
	}
	if n < 0 { // "several years ago": TIMEX3's vague past or future
		ref := "PAST_REF"
		if sign > 0 {
			ref = "FUTURE_REF"
		}
		return dateMatch(j, ref, u)
	}
	switch p.at(j - 1) {
	case "ago", "back", "hence", "now": // deictic: from the reference date
		return p.offsetFrom(p.ref, j, sign*n, u)
	}
	// anaphoric: from the anchor. In running text with no day named yet,
	// "one year later" in a past clause counts from an earlier event the
	// text has not dated, never from the publication date, which would put
	// a reported past after it.
	if sign > 0 && p.strict && !p.hasAnchor && p.tense == Past {
		p.refused = true
		return match{}, false
	}
	return p.offsetFrom(p.base(), j, sign*n, u)
}

// offset dates the reference moved by n units, at the unit's granularity.
func (p *parser) offset(end, n int, u string) (match, bool) {
	return p.offsetFrom(p.ref, end, n, u)
}

// offsetFrom dates day t moved by n units, at the unit's granularity.
func (p *parser) offsetFrom(t time.Time, end, n int, u string) (match, bool) {
	switch u {
	case "day":
		return dayMatch(end, t.AddDate(0, 0, n))
	case "week":
		return dateMatch(end, fmtWeek(t.AddDate(0, 0, 7*n)), "week")
	case "fortnight":
		return dateMatch(end, fmtWeek(t.AddDate(0, 0, 14*n)), "week")
	case "month":
		y, m := addMonths(t, n)
		return dateMatch(end, fmtMonth(y, m), "month")
	case "year":
		return dateMatch(end, fmtYear(t.Year()+n), "year")
	case "decade":
		return dateMatch(end, fmtYear(t.Year()+10*n), "year")
	case "century":
		return dateMatch(end, fmtYear(t.Year()+100*n), "year")
	}
	return match{}, false
}

// sameAs: "the same day", "that day", "that same week", "that year" —
// the anchor's period; only read when there is an anchor.
func (p *parser) sameAs(i int) (match, bool) {
	if !p.hasAnchor {
		return match{}, false
	}
	j := i
	switch {
	case p.at(j) == "the" && p.at(j+1) == "same":
		j += 2
	case p.at(j) == "that" && p.at(j+1) == "same":
		j += 2
	case p.at(j) == "that":
		j++
	default:
		return match{}, false
	}
	t := p.anchor
	switch u := p.at(j); u {
	case "day":
		return dayMatch(j+1, t)
	case "morning", "afternoon", "evening", "night":
		return dateMatch(j+1, fmtDay(t)+"T"+partsOfDay[u], "part-of-day")
	case "week":
		return dateMatch(j+1, fmtWeek(t), "week")
	case "month":
		return dateMatch(j+1, fmtMonth(t.Year(), int(t.Month())), "month")
	case "year":
		return dateMatch(j+1, fmtYear(t.Year()), "year")
	}
	return match{}, false
}

// theNext: "the next day", "the day before", "the following week" are read
// by relPeriod; this rule adds "the day before"/"the day after" at the end
// of a phrase and "a day earlier" style is in ago.
func (p *parser) theNext(i int) (match, bool) {
	if p.at(i) != "the" {
		return match{}, false
	}
	u := p.at(i + 1)
	if u != "day" && u != "week" && u != "month" && u != "year" {
		return match{}, false
	}
	switch p.at(i + 2) {
	case "before":
		if p.isWordEnd(i + 3) {
			return p.offsetFrom(p.base(), i+3, -1, u)
		}
	case "after":
		if p.isWordEnd(i + 3) {
			return p.offsetFrom(p.base(), i+3, 1, u)
		}
	}
	return match{}, false
}

// clock reads "3 p.m.", "3:30 pm", "15:30", "noon", "midnight", "9
// o'clock", optionally followed by a time zone abbreviation.
func (p *parser) clock(i int) (hh, mm, end int, ok bool) {
	s := p.at(i)
	switch s {
	case "noon", "midday":
		return 12, 0, p.zone(i + 1), true
	case "midnight":
		return 0, 0, p.zone(i + 1), true
	}
	// "3pm", "11am"
	for _, suf := range []string{"am", "pm"} {
		if strings.HasSuffix(s, suf) {
			if h, ok := atoi(strings.TrimSuffix(s, suf)); ok && h >= 1 && h <= 12 {
				return ampm(h, suf), 0, p.zone(i + 1), true
			}
		}
	}
	h, ok := atoi(s)
	if !ok || len(s) > 2 || h > 24 {
		return 0, 0, 0, false
	}
	j := i + 1
	minutes := -1
	if p.at(j) == ":" && p.glued(j) && p.glued(j+1) && len(p.at(j+1)) == 2 {
		if m, ok := atoi(p.at(j + 1)); ok && m < 60 {
			minutes, j = m, j+2
			// seconds are read and dropped
			if p.at(j) == ":" && p.glued(j) && p.glued(j+1) && len(p.at(j+1)) == 2 && allDigits(p.at(j+1)) {
				j += 2
			}
		}
	}
	if p.at(j) == "o" && p.at(j+1) == "'" && p.at(j+2) == "clock" && minutes < 0 && h >= 1 && h <= 12 {
		return h, 0, p.zone(j + 3), true
	}
	if suf, k, ok := p.meridiem(j); ok && h >= 1 && h <= 12 {
		if minutes < 0 {
			minutes = 0
		}
		return ampm(h, suf), minutes, p.zone(k), true
	}
	if minutes >= 0 && h < 24 {
		return h, minutes, p.zone(j), true
	}
	return 0, 0, 0, false
}

func ampm(h int, suf string) int {
	if suf == "pm" && h < 12 {
		return h + 12
	}
	if suf == "am" && h == 12 {
		return 0
	}
	return h
}

// meridiem reads "am", "pm", "a.m.", "p.m." at j.
func (p *parser) meridiem(j int) (string, int, bool) {
	switch p.at(j) {
	case "am", "pm":
		end := j + 1
		if p.at(end) == "." && p.glued(end) && p.isWordEnd(end+1) && end+1 < len(p.w) {
			end++
		}
		return p.at(j), end, true
	case "a", "p":
		if p.at(j+1) == "." && p.glued(j+1) && p.at(j+2) == "m" && p.glued(j+2) {
			end := j + 3
			if p.at(end) == "." && p.glued(end) {
				end++
			}
			return p.at(j) + "m", end, true
		}
	}
	return "", 0, false
}

var zones = map[string]bool{
	"et": true, "est": true, "edt": true, "gmt": true, "utc": true, "cet": true, "cest": true,
	"bst": true, "pt": true, "pst": true, "pdt": true, "ct": true, "cst": true, "msk": true,
}

func (p *parser) zone(j int) int {
	if j < len(p.w) && zones[p.at(j)] && strings.ToUpper(p.w[j].raw) == p.w[j].raw {
		return j + 1
	}
	return j
}

// timeFirst: "3 p.m. on Tuesday", "noon Wednesday", "8 a.m. today"; a time
// alone is on the day in focus (the last day the document named, "on
// Monday ... shortly after 8 a.m."), or on the reference day when none
// was named.
func (p *parser) timeFirst(i int) (match, bool) {
	j := i
	if p.at(j) == "at" {
		return match{}, false
	}
	hh, mm, end, ok := p.clock(j)
	if !ok {
		return match{}, false
	}
	k := end
	if p.at(k) == "," {
		k++
	}
	if p.at(k) == "on" {
		k++
	}
	if d, ok := p.dateExpr(k); ok && d.gran == "day" {
		return match{end: d.end, typ: TypeTime, val: fmt.Sprintf("%sT%02d:%02d", d.val, hh, mm), gran: "time"}, true
	}
	// a bare clock time: needs a meridiem or a colon in strict mode
	if p.strict && end == i+1 && !strings.HasSuffix(p.at(i), "m") && p.at(i) != "noon" && p.at(i) != "midnight" && p.at(i) != "midday" {
		return match{}, false
	}
	return match{end: end, typ: TypeTime, val: fmt.Sprintf("%sT%02d:%02d", fmtDay(p.base()), hh, mm), gran: "time"}, true
}

// set: "every Tuesday", "each year", "every other week", "daily",
// "annually", "on Tuesdays".
func (p *parser) set(i int) (match, bool) {
	switch p.at(i) {
	case "daily":
		return match{end: i + 1, typ: TypeSet, val: "P1D", gran: "day"}, true
	case "weekly":
		return match{end: i + 1, typ: TypeSet, val: "P1W", gran: "week"}, true
	case "monthly":
		return match{end: i + 1, typ: TypeSet, val: "P1M", gran: "month"}, true
	case "annually", "yearly":
		return match{end: i + 1, typ: TypeSet, val: "P1Y", gran: "year"}, true
	case "every", "each":
		j := i + 1
		n := 1
		if p.at(j) == "other" {
			n, j = 2, j+1
		}
		if wd, ok := weekdays[p.at(j)]; ok {
			return match{end: j + 1, typ: TypeSet, val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd)), gran: "day"}, true
		}
		if pod, ok := partsOfDay[p.at(j)]; ok {
			return match{end: j + 1, typ: TypeSet, val: "T" + pod, gran: "part-of-day"}, true
		}
		if u, ok := units[p.at(j)]; ok && u == p.at(j) {
			return match{end: j + 1, typ: TypeSet, val: durationValue(n, u), gran: u}, true
		}
	}
	if wd, ok := weekdaysPlural[p.at(i)]; ok {
		return match{end: i + 1, typ: TypeSet, val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd)), gran: "day"}, true
	}
	return match{}, false
}

func isoWeekday(wd int) int {
	if wd == 0 {
		return 7
	}
	return wd
}

// holidays are the fixed-date holidays read as days, by their words
// after the first ("christmas day"), with "'s" dropped.
var holidays = map[string][2]int{
	"christmas day": {12, 25}, "christmas eve": {12, 24}, "new year day": {1, 1},
	"new year eve": {12, 31}, "boxing day": {12, 26}, "valentine day": {2, 14},
	"new years day": {1, 1}, "new years eve": {12, 31},
}

// holiday: "Christmas Day", "on Christmas", "New Year's Eve", "Boxing
// Day", resolved like a month and day.
func (p *parser) holiday(i int) (match, bool) {
	if i >= len(p.w) || !p.w[i].capitalized() {
		return match{}, false
	}
	var ws []string
	j := i
	for ; j < len(p.w) && j < i+5 && len(ws) < 3; j++ {
		w := p.at(j)
		if w == "'" || w == "s" && p.at(j-1) == "'" {
			continue
		}
		ws = append(ws, w)
		if md, ok := holidays[strings.Join(ws, " ")]; ok && p.w[j].capitalized() {
			t, ok := resolveMonthDay(p.ref, p.tense, md[0], md[1])
			if !ok {
				return match{}, false
			}
			return dayMatch(j+1, t)
		}
	}
	// "on Christmas"
	if p.at(i) == "christmas" && p.before(i) == "on" {
		if t, ok := resolveMonthDay(p.ref, p.tense, 12, 25); ok {
			return dayMatch(i+1, t)
		}
	}
	return match{}, false
}

// theWeekend: "over the weekend", "at the weekend", "during the weekend":
// in a past clause the last weekend on or before the reference date, in a
// future one the next, else the nearer one (the one just past early in
// the week, the coming one from Thursday).
func (p *parser) theWeekend(i int) (match, bool) {
	if p.at(i) != "the" || p.at(i+1) != "weekend" {
		return match{}, false
	}
	switch p.before(i) {
	case "over", "at", "during", "on", "through", "throughout":
	default:
		return match{}, false
	}
	wd := int(p.ref.Weekday()) // Sunday 0
	var sat time.Time
	switch {
	case wd == 6 || wd == 0:
		sat = p.ref.AddDate(0, 0, -((wd + 1) % 7)) // this weekend
	case p.tense == Past || p.tense != Future && wd <= 3:
		sat = p.ref.AddDate(0, 0, -(wd + 1))
	default:
		sat = p.ref.AddDate(0, 0, 6-wd)
	}
	return dateMatch(i+2, fmtWeek(sat)+"-WE", "week")
}

// beforeLast: "the year before last", "the week before last", "the month
// after next", counted from the reference date.
func (p *parser) beforeLast(i int) (match, bool) {
	if p.at(i) != "the" {
		return match{}, false
	}
	n := 0
	switch {
	case p.at(i+2) == "before" && p.at(i+3) == "last":
		n = -2
	case p.at(i+2) == "after" && p.at(i+3) == "next":
		n = 2
	default:
		return match{}, false
	}
	end := i + 4
	switch p.at(i + 1) {
	case "year":
		return dateMatch(end, fmtYear(p.ref.Year()+n), "year")
	case "month":
		y, m := addMonths(p.ref, n)
		return dateMatch(end, fmtMonth(y, m), "month")
	case "week":
		return dateMatch(end, fmtWeek(p.ref.AddDate(0, 0, 7*n)), "week")
	}
	return match{}, false
}
