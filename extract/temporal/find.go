package temporal

import (
	"strings"
	"time"

	"github.com/storygraph/storygraph/extract/nlp"
)

// sentenceWords splits the tokens of s into grammar words, keeping each
// word's token index and byte offsets into the annotated text.
func sentenceWords(s *nlp.Sentence) []word {
	ws := make([]word, 0, len(s.Tokens)+len(s.Tokens)/8+4) // a word a token, and some to spare
	for k, tok := range s.Tokens {
		space := k == 0 || s.Tokens[k-1].End < tok.Off
		ws = appendWords(ws, tok.Text, tok.Off, k, space)
	}
	return ws
}

// Find returns the time expressions of s in order, normalised relative to
// the reference date ref (the document's publication date; only its
// calendar date counts). Each expression's underspecified parts are
// resolved with the tense of the verb it modifies ([SentenceTense]). Find
// never fails: a sentence without expressions gives nil.
func Find(s *nlp.Sentence, ref time.Time) []Timex {
	return find(s, ref, time.Time{}, false)
}

// find is Find with an optional anchor day for anaphoric expressions.
func find(s *nlp.Sentence, ref, anchor time.Time, hasAnchor bool) []Timex {
	if s == nil || len(s.Tokens) == 0 {
		return nil
	}
	ws := sentenceWords(s)
	p := &parser{w: ws, ref: refDay(ref), strict: true, anchor: anchor, hasAnchor: hasAnchor}
	parsed := hasParse(s)
	var out []Timex
	for i := 0; i < len(ws); {
		prep := ""
		if i > 0 {
			prep, _ = leadingPrep(ws[i-1 : i+1])
			if i > 1 && ws[i-2].s == "as" && ws[i-1].s == "of" {
				prep = "as of"
			}
		}
		p.prep, p.tense = prep, Unknown
		m, ok := p.parse(i)
		if !ok || !p.acceptable(i, m) || inName(s, ws[i].tok) {
			i++
			continue
		}
		// "the third quarter in a row", "the second year running": a
		// count of periods, not one of them
		if inARow(p, m.end) {
			i = m.end
			continue
		}
		// "during the summer months", "in the winter months": the
		// season of any year, not one season
		if _, season := seasons[p.at(m.end-1)]; season && (p.at(m.end) == "months" || p.at(m.end) == "weeks") {
			i = m.end + 1
			continue
		}
		start, end := ws[i].tok, ws[m.end-1].tok+1
		head := -1
		if parsed {
			head = governingVerb(s, spanHead(s, start, end))
			if startingWord(s, head, start) {
				head = governingVerb(s, head)
			}
		} else {
			head = nearestVerb(s, start, end)
		}
		tense := Unknown
		if head >= 0 {
			tense = SentenceTense(s, head)
		}
		// "would next month begin talks", "will in March start work": a
		// date between a modal and its verb is that verb's, however the
		// parse hung it (it often reads "next" as the verb)
		if v := modalGap(s, start, end); parsed && v >= 0 {
			head = v
			switch lower(s.Tokens[start-1].Text) {
			case "will", "would", "shall", "'ll", "’ll", "wo":
				tense = Future
			default:
				tense = SentenceTense(s, head)
			}
		}
		if aheadCue(s, start) || deferredTo(s, head, prep) {
			tense = Future // "until the next hearing on April 19", "adjourned until February 2"
		}
		if tense == Future && parsed && decidedThen(s, head, start, end, prep) {
			tense = Past
		}
		// "The trial starts on June 10", "the hearing is in June": a
		// present that schedules reads its date ahead, but keeps its tense
		read := tense
		if tense == Present && scheduledPresent(s, head) {
			read = Future
		}
		// "more rain was expected on Thursday", "has threatened further
		// walkouts in August": the date is when what is expected or
		// threatened is to happen, which lies ahead of the saying
		if (tense == Present || tense == Past) && parsed && forwardDate(s, head, start) {
			read = Future
		}
		if tense == Past && parsed && backshifted(s, head, start) {
			read = Future
		}
		if read != Unknown {
			p.tense, p.refused = read, false
			m2, ok := p.parse(i)
			switch {
			case ok && m2.end == m.end:
				m = m2
			case p.refused:
				i = m.end // no reading of the whole fits the clause's tense
				continue
			}
		}
		m = p.finish(m, prep, i)
		off, endOff := ws[i].off, ws[m.end-1].end
		value, tm := splitTime(m)
		out = append(out, Timex{
			Start: start, End: end,
			Span:  Span{Off: off, End: endOff},
			Text:  textAt(s, off, endOff),
			Value: value, Time: tm, Granularity: m.gran, Type: m.typ, Mod: m.mod,
			Prep: prep, Tense: tense, Head: head,
		})
		i = m.end
	}
	rangeYears(s, out)
	return out
}

// rangeYears gives the first date of a range the year the second one
// writes out: "between March and November 2025", "from May 3 to June 9,
// 2024" read the first date in 2025 and 2024, whatever year the clause's
// tense would give it alone.
func rangeYears(s *nlp.Sentence, out []Timex) {
	for i := 0; i+1 < len(out); i++ {
		a, b := &out[i], &out[i+1]
		if !a.IsDate() || !b.IsDate() || hasYear(a.Text) || !namesMonth(a.Text) || !hasYear(b.Text) ||
			len(a.Value) < 7 || len(b.Value) < 4 || a.Value[4] != '-' || b.End <= a.End {
			continue
		}
		joined := b.Start > a.End
		for k := a.End; k < b.Start && k < len(s.Tokens); k++ {
			switch lower(s.Tokens[k].Text) {
			case "and", "to", "-", "–", "until", "through", "till":
			default:
				joined = false
			}
		}
		if !joined {
			continue
		}
		v := b.Value[:4] + a.Value[4:]
		if _, err := time.Parse("2006-01-02", (v + "-01")[:10]); err == nil && v <= b.Value {
			a.Value = v
		}
	}
}

// modalGap returns the verb of a date standing between a modal and that
// verb ("would next month begin", "will in March start"): the word after
// the date, or, when the tagger took the date's first word for the verb
// ("would next/VB month file/NN"), that word, which the parse made the
// clause's head; -1 when the date is not so placed.
func modalGap(s *nlp.Sentence, start, end int) int {
	if start < 1 || end >= len(s.Tokens) || s.Tokens[start-1].XPOS != "MD" {
		return -1
	}
	switch {
	case strings.HasPrefix(s.Tokens[end].XPOS, "VB"):
		return end
	case strings.HasPrefix(s.Tokens[start].XPOS, "VB"):
		return start
	}
	return -1
}

// inARow reports a period followed by words that count it among others
// ("in a row", "running", "straight", "on the trot").
func inARow(p *parser, end int) bool {
	switch p.at(end) {
	case "running", "straight", "consecutive":
		return true
	case "in":
		return p.at(end+1) == "a" && p.at(end+2) == "row"
	case "on":
		return p.at(end+1) == "the" && p.at(end+2) == "trot"
	}
	return false
}

// acceptable applies the span checks that only make sense in running text.
func (p *parser) acceptable(i int, m match) bool {
	// a lone "a day", "one day", "a year" is rarely a duration worth
	// keeping ("one day he will"), and "the day before" needs a day.
	if m.typ == TypeDuration && m.end-i <= 2 && (p.at(i) == "one" || p.at(i) == "a" || p.at(i) == "an") {
		switch p.at(i + 1) {
		case "day", "time":
			return false
		}
	}
	// inside a hyphenated name ("Mar-a-Lago", "2014-style") only whole
	// tokens count
	if m.end < len(p.w) && p.w[m.end].s == "-" && !p.w[m.end].space && m.end+1 < len(p.w) && !p.w[m.end+1].space {
		if !allDigits(p.at(m.end+1)) && m.typ != TypeDuration {
			return false
		}
	}
	if i > 0 && p.w[i-1].s == "-" && !p.w[i].space && p.at(i-2) != "mid" && m.typ == TypeDate {
		return false // "235-1972" is a phone number
	}
	// inside URLs, paths, file names and e-mail addresses
	if i > 0 && !p.w[i].space {
		switch p.w[i-1].s {
		case "/", ".", "_", "@", "=", "#":
			return false
		}
	}
	if m.end+1 < len(p.w) && !p.w[m.end].space && !p.w[m.end+1].space {
		switch p.w[m.end].s {
		case "/", "_", "@":
			return false
		case ".":
			if allDigits(p.at(m.end + 1)) {
				return false
			}
		}
	}
	// "The Washington Monthly", an organisation or a person's name
	if m.typ == TypeSet && i > 0 && p.w[i].capitalized() && p.w[i-1].capitalized() {
		return false
	}
	return true
}

// inName reports whether token k is inside a person or organisation name
// ("Theresa May", "USA Today").
func inName(s *nlp.Sentence, k int) bool {
	e := s.Tokens[k].Ent
	if len(e) < 3 || e[1] != '-' {
		return false
	}
	switch e[2:] {
	case "PERSON", "PER", "ORG":
		return true
	}
	return false
}

func textAt(s *nlp.Sentence, off, end int) string {
	a, b := off-s.Off, end-s.Off
	if a < 0 || b > len(s.Text) || a > b {
		return ""
	}
	return s.Text[a:b]
}

// hasParse reports whether s carries dependency relations.
func hasParse(s *nlp.Sentence) bool {
	for _, t := range s.Tokens {
		if t.Dep != "" {
			return true
		}
	}
	return false
}

// spanHead returns the token of [start, end) whose head lies outside it
// (the expression's syntactic head), or start.
func spanHead(s *nlp.Sentence, start, end int) int {
	for k := start; k < end && k < len(s.Tokens); k++ {
		h := s.Tokens[k].Head
		if h < start || h >= end {
			if isPunct(s.Tokens[k]) {
				continue
			}
			return k
		}
	}
	return start
}

func isPunct(t nlp.Token) bool { return t.UPOS == "PUNCT" || t.Dep == "punct" }

// isVerb reports whether token k heads a clause: a verb, the root, or a
// nominal or adjectival predicate with a copula ("will be free until
// September 30", "was president in 2019"), whose tense is its copula's.
func isVerb(s *nlp.Sentence, k int) bool {
	t := s.Tokens[k]
	if t.UPOS == "VERB" || t.Head < 0 || t.Dep == "root" || strings.HasPrefix(t.XPOS, "VB") && t.UPOS != "NOUN" && t.UPOS != "ADJ" {
		return true
	}
	return hasCopula(s, k)
}

// hasCopula reports whether token k has a copula dependent.
func hasCopula(s *nlp.Sentence, k int) bool {
	for _, t := range s.Tokens {
		if t.Head == k && t.Dep == "cop" {
			return true
		}
	}
	return false
}

// governingVerb climbs from token h to the first verb (or the root) above
// it; h itself counts when it is the root ("The summit is on Tuesday").
func governingVerb(s *nlp.Sentence, h int) int {
	if h < 0 || h >= len(s.Tokens) {
		return -1
	}
	if s.Tokens[h].Head < 0 {
		return h
	}
	g := s.Tokens[h].Head
	for steps := 0; g >= 0 && g < len(s.Tokens) && steps < len(s.Tokens); steps++ {
		if isVerb(s, g) {
			return g
		}
		g = s.Tokens[g].Head
	}
	return -1
}

// startingWord reports whether token k is "starting" or "beginning" right
// before the date at start and hung on a noun or verb as a participle
// ("will be notified by mail starting December 8", "resumes flights
// beginning Monday"): a preposition in all but tag, so the date is the
// time of the verb above it.
func startingWord(s *nlp.Sentence, k, start int) bool {
	if k < 0 || k != start-1 || s.Tokens[k].XPOS != "VBG" {
		return false
	}
	switch s.Tokens[k].Dep {
	case "acl", "advcl":
	default:
		return false
	}
	switch lower(s.Tokens[k].Text) {
	case "starting", "beginning":
		return true
	}
	return false
}

// nearestVerb finds a verb for an expression in a sentence without a
// parse: the closest verb-tagged token to its left, else to its right.
func nearestVerb(s *nlp.Sentence, start, end int) int {
	for k := start - 1; k >= 0; k-- {
		if verbTag(s.Tokens[k]) {
			return k
		}
	}
	for k := end; k < len(s.Tokens); k++ {
		if verbTag(s.Tokens[k]) {
			return k
		}
	}
	return -1
}

func verbTag(t nlp.Token) bool {
	return strings.HasPrefix(t.XPOS, "VB") || t.UPOS == "VERB"
}

// aheadWords mark a noun as coming: "the next hearing", "the upcoming
// vote", "the forthcoming summit".
var aheadWords = map[string]bool{"next": true, "upcoming": true, "coming": true, "forthcoming": true}

// aheadCue reports whether the date starting at token start belongs to a
// noun phrase that refers ahead ("the next court hearing April 19", "until
// the next hearing on April 19"): one of aheadWords within the five
// tokens before it, with no verb (but a gerund, "the next hearing"),
// clause mark or punctuation between.
func aheadCue(s *nlp.Sentence, start int) bool {
	for k := start - 1; k >= 0 && k >= start-5; k-- {
		t := s.Tokens[k]
		l := lower(t.Text)
		if aheadWords[l] {
			return k > 0 && (s.Tokens[k-1].XPOS == "DT" || s.Tokens[k-1].XPOS == "PRP$")
		}
		// a gerund is the noun of "the next hearing" as often as a verb
		if isPunct(t) || verbTag(t) && t.XPOS != "VBG" || t.XPOS == "MD" || l == "that" || l == "which" || l == "who" {
			return false
		}
	}
	return false
}

// deferVerbs put something off to a later date: "adjourned the case until
// February 2", "postponed the vote to March 3", "extended the deadline to
// January 31".
var deferVerbs = map[string]bool{
	"adjourn": true, "postpone": true, "delay": true, "defer": true, "suspend": true, "remand": true,
	"extend": true, "reschedule": true, "prolong": true, "push": true, "put": true,
}

// announceVerbs announce or fix something for a later day.
var announceVerbs = map[string]bool{
	"announce": true, "declare": true, "call": true, "schedule": true, "set": true, "plan": true,
	"fix": true, "slate": true, "book": true, "arrange": true, "proclaim": true, "order": true,
}

// deferredTo reports whether a date after prep is the later date verb
// puts something off to ("adjourned until February 2", "pushed back to
// June", "put off until March"): it lies ahead of the putting off, and
// it is not when the clause happened.
func deferredTo(s *nlp.Sentence, verb int, prep string) bool {
	switch prep {
	case "until", "till", "to", "for", "into":
	default:
		return false
	}
	if verb < 0 || verb >= len(s.Tokens) || !verbTag(s.Tokens[verb]) {
		return false
	}
	// "announced a day of national mourning for Thursday", "called a
	// strike for Monday": the day what is announced is for; in a passive
	// ("The inauguration is scheduled for July 1") it is the subject's
	// day, which the fact is about
	if prep == "for" && inSet(announceVerbs, s.Tokens[verb]) && !hasAux(s, verb, "aux:pass") {
		return true
	}
	if !inSet(deferVerbs, s.Tokens[verb]) {
		return false
	}
	switch lemma(s.Tokens[verb]) {
	case "push", "put":
		// only "pushed back", "put off"
		for _, c := range s.Children(verb) {
			if t := s.Tokens[c]; t.Dep == "compound:prt" && (lower(t.Text) == "back" || lower(t.Text) == "off") {
				return true
			}
		}
		return false
	}
	return true
}

// expectVerbs, in the passive, look ahead to what they expect: "rain
// is expected on Friday", "a ruling was expected in June".
var expectVerbs = map[string]bool{
	"expect": true, "forecast": true, "predict": true, "anticipate": true, "project": true,
}

// likelyAdjectives say how likely something is to happen.
var likelyAdjectives = map[string]bool{
	"possible": true, "likely": true, "unlikely": true, "probable": true, "expected": true, "due": true,
}

// reportedClause reports whether the clause headed by v (or the clause it
// is a conjunct of) is the complement of a verb of reporting.
func reportedClause(s *nlp.Sentence, v int) bool {
	for d := 0; d < 4 && s.Tokens[v].Dep == "conj" && s.Tokens[v].Head >= 0; d++ {
		v = s.Tokens[v].Head
	}
	if d := s.Tokens[v].Dep; d == "ccomp" || d == "parataxis" {
		h := s.Tokens[v].Head
		return h >= 0 && h < len(s.Tokens) && inSet(reportVerbs, s.Tokens[h])
	}
	return false
}

// intentVerbs look ahead to what they name as their object: "has
// threatened further walkouts in August", "promises a vote in May".
var intentVerbs = map[string]bool{
	"threaten": true, "promise": true, "pledge": true, "vow": true, "plan": true, "propose": true,
	"intend": true, "seek": true, "demand": true, "urge": true,
}

// backshifted reports whether a date at token start that the parse puts in
// a past clause lies in what a "would" or "will" before it looks ahead to:
// the date hangs on a verb of saying whose report holds the modal ("said
// the union would announce strike dates, probably September 29"), or on
// a past verb in a condition or time clause after it, whose past only
// follows the reporting tense ("would strike again unless the operator
// made a better offer by Thursday", "would reopen once engineers
// checked it on Monday").
func backshifted(s *nlp.Sentence, head, start int) bool {
	if head < 0 || head >= len(s.Tokens) || start <= 0 {
		return false
	}
	modal := -1
	for k := start - 1; k >= 0; k-- {
		switch lower(s.Tokens[k].Text) {
		case "would", "will", "'ll", "’ll", "wo":
			if s.Tokens[k].XPOS == "MD" {
				modal = k
			}
		}
		if modal >= 0 {
			break
		}
	}
	if modal < 0 {
		return false
	}
	for k := modal + 1; k < start; k++ {
		if t := s.Tokens[k]; t.Text == ";" || speechVerb(t) && k != head && t.XPOS != "VB" {
			return false // another clause, or another report ("would announce" is the modal's own)
		}
	}
	if head < modal && speechVerb(s.Tokens[head]) {
		return true
	}
	if head > modal {
		for _, c := range s.Children(head) {
			if s.Tokens[c].Dep != "mark" {
				continue
			}
			switch lower(s.Tokens[c].Text) {
			case "if", "unless", "until", "till", "before", "once":
				// not "after" or "when": "would cut jobs after profit
				// fell in the first quarter" gives the cause, past
				return true
			}
		}
	}
	return false
}

// forwardDate reports whether a date at token start in the clause of
// head names when something expected or intended is to happen: after a
// passive of expectation in the present, or in the past when it is
// reported ("forecasters said more rain was expected on Thursday"); or
// after the object of a verb of intent in the present or the present
// perfect ("the union has threatened further walkouts in August").
func forwardDate(s *nlp.Sentence, head, start int) bool {
	if head < 0 || head >= len(s.Tokens) || start <= head {
		return false
	}
	t := s.Tokens[head]
	if likelyAdjectives[lower(t.Text)] && hasAux(s, head, "cop") && reportedClause(s, head) {
		// "she added that rain was possible on Saturday", "forecasters
		// said storms were likely on Friday": a forecast reported in the
		// past is of what lies ahead of the saying
		return true
	}
	if inSet(reportVerbs, t) {
		// the same with the day hung on the verb of saying, right after
		// the forecast
		for _, c := range s.Children(head) {
			if c < start && s.Tokens[c].Dep == "ccomp" && likelyAdjectives[lower(s.Tokens[c].Text)] && hasAux(s, c, "cop") && start-c <= 2 {
				return true
			}
		}
	}
	if inSet(expectVerbs, t) && hasAux(s, head, "aux:pass") {
		if SentenceTense(s, head) == Present {
			return true
		}
		return reportedClause(s, head)
	}
	if inSet(expectVerbs, t) {
		// "the company does not expect a recovery before the fourth
		// quarter", and the same reported in the past ("she said the
		// company did not expect ..."): the date is when what is expected
		// happens
		tense := SentenceTense(s, head)
		if tense != Present && (tense != Past || !reportedClause(s, head)) {
			return false
		}
		for _, c := range s.Children(head) {
			if s.Tokens[c].Dep == "obj" && c < start {
				return true
			}
		}
		return false
	}
	if !inSet(intentVerbs, t) {
		return false
	}
	if SentenceTense(s, head) != Present {
		perfect := false
		for _, k := range auxiliaries(s, head) {
			switch lower(s.Tokens[k].Text) {
			case "has", "have", "'s", "’s", "'ve", "’ve":
				perfect = true
			}
		}
		if !perfect {
			return false
		}
	}
	for _, c := range s.Children(head) {
		if s.Tokens[c].Dep == "obj" && c < start {
			return true
		}
	}
	return false
}

// decidedVerbs, in the simple past, report a decision taken: "agreed to
// buy", "voted to close", "pledged to repay".
var decidedVerbs = map[string]bool{
	"agree": true, "decide": true, "vote": true, "vow": true, "pledge": true, "promise": true,
	"offer": true, "propose": true, "threaten": true, "opt": true, "choose": true, "elect": true, "resolve": true,
}

// decidedThen reports whether a month or a year after the infinitive a
// past verb of deciding governs dates the deciding, not the act decided
// on: news writes "Harbin agreed to buy Mercado in March" for an
// agreement made in March, and "agreed in March to buy" only when
// careful. A weekday, a day of the month or "next June" keep reading
// ahead ("agreed to meet on Friday"): those are the act's own dates.
func decidedThen(s *nlp.Sentence, verb, start, end int, prep string) bool {
	if prep != "in" || verb < 0 || verb >= start || start >= end || end > len(s.Tokens) {
		return false
	}
	t := s.Tokens[verb]
	if t.XPOS != "VB" || t.Dep != "xcomp" || !hasMarkTo(s, verb) {
		return false
	}
	h := headOf(s, verb)
	if h < 0 || s.Tokens[h].XPOS != "VBD" || !inSet(decidedVerbs, s.Tokens[h]) || len(auxiliaries(s, h)) > 0 {
		return false
	}
	calendar := false
	for k := start; k < end; k++ {
		w := lower(s.Tokens[k].Text)
		if _, ok := weekdays[w]; ok || aheadWords[w] || w == "this" {
			return false
		}
		if s.Tokens[k].XPOS == "CD" && len(w) <= 2 {
			return false // "in March 3" is no phrase; a day is the act's own
		}
		if _, ok := months[w]; ok {
			calendar = true
		}
		if len(w) == 4 && w[0] >= '1' && w[0] <= '2' && s.Tokens[k].XPOS == "CD" {
			calendar = true
		}
	}
	return calendar
}

// scheduleVerbs, in the simple present, name what is on a calendar:
// "The trial starts on June 10", "the ban takes effect in June", "the
// minister visits Velby in June".
var scheduleVerbs = map[string]bool{
	"open": true, "reopen": true, "start": true, "begin": true, "end": true, "close": true, "resume": true,
	"take": true, "come": true, "visit": true, "arrive": true, "leave": true, "meet": true, "launch": true,
	"host": true, "play": true, "face": true, "vote": true, "expire": true, "return": true, "kick": true,
	"debut": true, "premiere": true, "travel": true, "fly": true, "convene": true, "sit": true, "run": true,
	"hold": true, "go": true, "enter": true, "conclude": true, "finish": true, "commence": true, "tour": true,
}

// eventNouns name a calendar event: "the hearing is in June".
var eventNouns = map[string]bool{
	"hearing": true, "trial": true, "election": true, "vote": true, "meeting": true, "summit": true,
	"match": true, "game": true, "concert": true, "festival": true, "deadline": true, "launch": true,
	"opening": true, "ceremony": true, "conference": true, "referendum": true, "talks": true, "visit": true,
	"sentencing": true, "final": true, "race": true, "premiere": true, "inauguration": true, "wedding": true,
	"funeral": true, "auction": true, "exhibition": true, "show": true, "congress": true, "session": true,
	"debate": true, "release": true, "tournament": true, "appeal": true, "retrial": true,
}

// scheduledPresent reports whether the clause of head is a present that
// schedules: a present of [scheduleVerbs] ("starts on June 10", "is held
// in June"), "is to" with an infinitive ("is to visit Velby in June"), or
// a copula whose subject is one of [eventNouns] ("the hearing is in
// June").
func scheduledPresent(s *nlp.Sentence, head int) bool {
	if head < 0 || head >= len(s.Tokens) || !hasParse(s) {
		return false
	}
	t := s.Tokens[head]
	cop, to := false, false
	for _, c := range s.Children(head) {
		ct := s.Tokens[c]
		switch {
		case ct.Dep == "cop" && (ct.XPOS == "VBZ" || ct.XPOS == "VBP"):
			cop = true
		case ct.Dep == "mark" && lower(ct.Text) == "to":
			to = true
		case strings.HasPrefix(ct.Dep, "nsubj") && ct.Dep != "nsubj:outer" && eventNouns[lemma(ct)]:
			if cop || hasPresentCopula(s, head) {
				return true
			}
		}
	}
	if cop && to && t.XPOS == "VB" {
		return true // "is to visit"
	}
	switch t.XPOS {
	case "VBZ", "VBP":
		return inSet(scheduleVerbs, t)
	case "VBN":
		return inSet(scheduleVerbs, t) && len(auxiliaries(s, head)) == 1 && SentenceTense(s, head) == Present
	}
	return false
}

// hasPresentCopula reports whether k has a present copula ("is", "are").
func hasPresentCopula(s *nlp.Sentence, k int) bool {
	for _, c := range s.Children(k) {
		if ct := s.Tokens[c]; ct.Dep == "cop" && (ct.XPOS == "VBZ" || ct.XPOS == "VBP") {
			return true
		}
	}
	return false
}
