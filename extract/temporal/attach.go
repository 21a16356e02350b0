package temporal

import (
	"slices"
	"strings"
	"time"

	"github.com/storygraph/storygraph/extract/nlp"
)

// timeDeps are the relations by which a time expression modifies a verb.
var timeDeps = map[string]bool{
	"obl": true, "obl:tmod": true, "obl:npmod": true, "nmod:tmod": true, "nmod:npmod": true,
	"advmod": true, "nmod": true, "obl:unmarked": true, "nmod:unmarked": true, "dep": true,
	// "will be finished by September 30": a date is no agent, the parser
	// reads "by" after a passive as one
	"obl:agent": true,
	// a date as object or subject of a verb is a bare temporal noun phrase
	// the parser mislabelled ("struck early Wednesday"), or the verb is
	// about the date itself ("Tuesday marks ..."): either way it dates it
	"obj": true, "iobj": true, "nsubj": true,
}

// Attach returns the time expression (from timexes, as [Find] returned
// them for s) that dates the clause headed by token verb:
//
//  1. one that modifies verb through the parse: an oblique or modifier of
//     the verb (obl, obl:tmod, nmod:tmod, advmod, ...), or reached through
//     nominals only ("after Tuesday's meeting", "talks on Wednesday"), but
//     not a bare date modifying a noun ("the 1991 agreement") nor the
//     possessor of the verb's object ("condemned Sunday's attack");
//     When the parser hung a date on the wrong one of two coordinated
//     verbs ("invaded Ukraine in 2014 and launched a war in 2022" with
//     "in 2014" under "launched"), the date that follows verb inside its
//     clause, with a preposition and no other verb between, is taken back
//     provided the verb the parse gave it has a date of its own;
//  2. else one attached that way to the verb's conjunct head, when the two
//     conjuncts share a tense ("met on Tuesday and signed a pact");
//  3. else the sentence's only date, when verb heads the main clause (the
//     root or a conjunct of it, or the sentence's only verb whatever the
//     parse says), has the tense the date was read with, and the date does
//     not sit in a subordinate clause.
//
// Only dates count ([Timex.IsDate]): durations and sets never date a fact.
// ok is false when nothing qualifies; the caller must then leave the fact
// undated rather than fall back on the publication date. Without a parse,
// an expression whose nearest verb is verb is taken. The earliest
// candidate in the sentence wins at each step.
func Attach(s *nlp.Sentence, timexes []Timex, verb int) (Timex, bool) {
	tx, ok := attach(s, timexes, verb)
	if !ok {
		return Timex{}, false
	}
	if tx, ok = spanOf(s, timexes, tx); !ok {
		return Timex{}, false
	}
	return offsetFrom(s, timexes, tx)
}

// yearRange returns the second year of a token written "2022-2025", or
// "".
func yearRange(w string) string {
	for _, dash := range []string{"-", "–"} {
		if a, b, ok := strings.Cut(w, dash); ok && len(a) == 4 && len(b) == 4 && allDigits(a) && allDigits(b) {
			return b
		}
	}
	return ""
}

// spanOf reads a date that opens a range ("between 2022 and 2025", "from
// March to May", "2022-2025") as the range: the year or month both ends
// share, and nothing when they share no year, for the first end alone is
// not when what went on over the range happened.
func spanOf(s *nlp.Sentence, timexes []Timex, tx Timex) (Timex, bool) {
	end := ""
	switch {
	case tx.End+1 < len(s.Tokens) && (s.Tokens[tx.End].Text == "-" || s.Tokens[tx.End].Text == "–") &&
		s.Tokens[tx.End].Off == s.Tokens[tx.End-1].End && len(tx.Value) == 4 && len(s.Tokens[tx.End+1].Text) == 4 && allDigits(s.Tokens[tx.End+1].Text):
		end = s.Tokens[tx.End+1].Text // "2022-2025"
	case len(tx.Value) == 4 && yearRange(strings.ReplaceAll(tx.Text, " ", "")) != "":
		end = yearRange(strings.ReplaceAll(tx.Text, " ", "")) // "2022-2025" read as one expression
	case tx.Prep == "between" || tx.Prep == "from":
		for _, o := range timexes {
			if !o.IsDate() || o.Start <= tx.Start || o.Start > tx.End+1 || o.Start == tx.End {
				continue
			}
			switch lower(s.Tokens[tx.End].Text) {
			case "and", "to", "until", "till", "through", "-", "–":
				end = o.Value
			}
			break
		}
	}
	if end == "" {
		return tx, true
	}
	if len(end) < 4 || len(tx.Value) < 4 || end[:4] != tx.Value[:4] {
		return Timex{}, false
	}
	if len(end) >= 7 && len(tx.Value) >= 7 && end[:7] == tx.Value[:7] {
		tx.Value, tx.Granularity = tx.Value[:7], "month"
	} else {
		tx.Value, tx.Granularity = tx.Value[:4], "year"
	}
	tx.Time = ""
	return tx, true
}

// attach is [Attach] before a counted span from another event is
// applied ([offsetFrom]).
func attach(s *nlp.Sentence, timexes []Timex, verb int) (Timex, bool) {
	if s == nil || verb < 0 || verb >= len(s.Tokens) {
		return Timex{}, false
	}
	var dates []Timex
	for _, tx := range timexes {
		if tx.IsDate() && tx.Start >= 0 && tx.End <= len(s.Tokens) && tx.Start < tx.End {
			dates = append(dates, tx)
		}
	}
	// "the largest since 2017, when blazes burned 20,000 hectares": a
	// clause of "when" right after a date happened then, even when the
	// date itself is a record's point of comparison
	if tx, ok := whenAfterDate(s, dates, verb); ok {
		return tx, true
	}
	// "had been upgrading its servers since March", "froze hiring until
	// 2028": a clause whose only time is a period's start or end
	// happened at no date, and takes none from another clause
	if periodOnly(s, dates, verb) {
		return Timex{}, false
	}
	dates = slices.DeleteFunc(dates, func(tx Timex) bool {
		return reference(s, tx) || tx.Head == verb && deferredTo(s, verb, tx.Prep) || quotedApart(s, tx, verb)
	})
	if hasParse(s) {
		if tx, ok := eventNounDate(s, dates, verb); ok {
			return tx, true
		}
	}
	if hasParse(s) {
		dates = slices.DeleteFunc(dates, func(tx Timex) bool {
			h := spanHead(s, tx.Start, tx.End)
			return premodifier(s, tx) || possessiveOfThing(s, h, verb) || nounsOwnDate(s, h, verb) || inWithPhrase(s, tx, verb)
		})
	}
	if len(dates) == 0 {
		return Timex{}, false
	}
	if !hasParse(s) {
		for _, tx := range dates {
			if tx.Head == verb {
				return tx, true
			}
		}
		return Timex{}, false
	}
	// "..., but on 21 September the parties agreed": a date after a
	// conjunction opens the clause that follows it, whatever the parse
	// hung it on
	for _, tx := range dates {
		if v := clauseOpenedBy(s, tx); v >= 0 {
			if v == verb {
				return tx, true
			}
			dates = slices.DeleteFunc(dates, func(o Timex) bool { return o.Start == tx.Start })
		}
	}
	// "The reservoirs were at 17 percent on Thursday, the minister
	// said", the date hung on "said": a date right before the comma of
	// a trailing attribution is the reported clause's
	for _, tx := range dates {
		if a := attributionAfter(s, tx); a >= 0 {
			if h := s.Tokens[a].Head; verb == h || s.Tokens[verb].Head == h && s.Tokens[verb].Dep == "cop" {
				return tx, true
			}
			dates = slices.DeleteFunc(dates, func(o Timex) bool { return o.Start == tx.Start })
		}
	}
	if len(dates) == 0 {
		return Timex{}, false
	}
	if tx, ok := attachedTo(s, dates, verb); ok {
		return tx, true
	}
	if tx, ok := repairAttach(s, dates, verb); ok {
		return tx, true
	}
	// "Crace died on Monday evening, her publisher said in a
	// statement": the attribution after a comma, parsed as a conjunct of
	// what it reports, is not dated by the reported event
	if trailingAttribution(s, verb) {
		return Timex{}, false
	}
	t := s.Tokens[verb]
	if t.Dep == "conj" && t.Head >= 0 && t.Head < len(s.Tokens) && SentenceTense(s, verb) == SentenceTense(s, t.Head) &&
		!closesRelative(s, verb) && !unlikeConjuncts(s, verb, t.Head) && !negatedOnly(s, verb, t.Head) && !relativeSubject(s, verb) {
		// "was founded in 1961 and once ran 700 lorries", "and later
		// became": a conjunct with a time of its own is not at its
		// head's year or month; "was questioned on Saturday and later
		// released" may well be the same day
		if tx, ok := attachedTo(s, dates, t.Head); ok && (!ownTime(s, verb) || len(tx.Value) >= 10 && !formerly(s, verb)) {
			return tx, true
		}
	}
	main := t.Head < 0 || t.Dep == "root" || onlyVerb(s, verb)
	if t.Dep == "conj" && t.Head >= 0 && t.Head < len(s.Tokens) {
		h := s.Tokens[t.Head]
		main = (h.Head < 0 || h.Dep == "root") && !unlikeConjuncts(s, verb, t.Head) && !negatedOnly(s, verb, t.Head) && !relativeSubject(s, verb) &&
			!closesRelative(s, verb)
	}
	// "won only four matches this season and were beaten on Saturday":
	// a verb with a time of its own that names no date does not take the
	// date of another verb's clause
	if main && dates[0].Head != verb && ownTime(s, verb) {
		main = false
	}
	// "She never joined a party, but ... in 2011 refused an honour": what
	// never happened takes no other clause's date
	if main && dates[0].Head != verb && negated(s, verb) {
		main = false
	}
	if main {
		first := dates[0]
		if first.Tense != Unknown && SentenceTense(s, verb) != first.Tense {
			return Timex{}, false
		}
		for _, tx := range dates[1:] {
			if tx.Value != first.Value {
				return Timex{}, false
			}
		}
		// the date must not belong to another clause's verb, nor lie
		// past the verb of a clause under this one ("said more than 4
		// billion songs had been downloaded since its launch in 2003",
		// where the parse hung the date on "said")
		if (first.Head == verb || first.Head < 0 || !isClauseOfOther(s, first, verb)) && !beyondSubordinate(s, first, verb) {
			return first, true
		}
	}
	return Timex{}, false
}

// attributionAfter returns the verb of saying of a trailing attribution
// that follows date tx right after a comma ("... on Thursday, the
// minister said"), hung by the parse on that verb, or -1. The verb's
// head, the reported clause, lies before the date.
func attributionAfter(s *nlp.Sentence, tx Timex) int {
	toks := s.Tokens
	v := tx.Head
	if v < 0 || v >= len(toks) || tx.End >= len(toks) || toks[tx.End].Text != "," || v <= tx.End || !inSet(reportVerbs, toks[v]) {
		return -1
	}
	if d := toks[v].Dep; d != "parataxis" && d != "conj" || toks[v].Head < 0 || toks[v].Head > tx.Start {
		return -1
	}
	// between the comma and the verb: the attribution's subject only
	subj := false
	for k := tx.End + 1; k < v; k++ {
		h := k
		for d := 0; d < 4 && h >= 0 && h != v && !strings.HasPrefix(toks[h].Dep, "nsubj"); d++ {
			h = toks[h].Head
		}
		if h < 0 || h == v || toks[h].Head != v {
			return -1
		}
		subj = true
	}
	if !subj {
		return -1
	}
	return v
}

// formerly reports a verb with "once" as an adverb of its own ("once ran
// a fleet"), not "once again" or "once more".
func formerly(s *nlp.Sentence, verb int) bool {
	for _, c := range s.Children(verb) {
		if lower(s.Tokens[c].Text) != "once" || s.Tokens[c].Dep != "advmod" || len(s.Children(c)) > 0 {
			continue
		}
		if c+1 < len(s.Tokens) {
			if w := lower(s.Tokens[c+1].Text); w == "again" || w == "more" {
				continue
			}
		}
		return true
	}
	return false
}

// trailingAttribution reports whether verb is a verb of saying that the
// parse made a conjunct, without a conjunction, of the clause it reports:
// "X died on Monday, her publisher said", "..., later revealing he had
// had a transplant".
func trailingAttribution(s *nlp.Sentence, verb int) bool {
	t := s.Tokens[verb]
	if t.Dep != "conj" || t.Head < 0 || t.Head >= verb || !inSet(reportVerbs, t) {
		return false
	}
	subj := -1
	for _, c := range s.Children(verb) {
		switch d := s.Tokens[c].Dep; {
		case d == "cc":
			return false
		case strings.HasPrefix(d, "nsubj") && c < verb:
			subj = c
		}
	}
	if subj < 0 {
		// "..., later revealing he had had a transplant": a participle
		// after a comma
		k := verb - 1
		for k > t.Head && s.Tokens[k].Head == verb && s.Tokens[k].Dep == "advmod" {
			k--
		}
		return t.XPOS == "VBG" && k > t.Head && s.Tokens[k].Text == ","
	}
	// the subject's first word ("her publisher", "Greyfield Press")
	// follows a comma
	start := subj
	for k := subj - 1; k > t.Head && s.Tokens[k].Text != ","; k-- {
		h := s.Tokens[k].Head
		for d := 0; d < 3 && h != subj && h >= 0 && h < len(s.Tokens); d++ {
			h = s.Tokens[h].Head
		}
		if h != subj {
			break
		}
		start = k
	}
	return start > 0 && s.Tokens[start-1].Text == ","
}

// periodOnly reports whether the only dates the parse hangs on verb
// start or end a period ("since March", "until 2028").
func periodOnly(s *nlp.Sentence, dates []Timex, verb int) bool {
	period := false
	for _, tx := range dates {
		if tx.Head != verb {
			continue
		}
		if tx.Prep != "since" && !limit(s, tx) {
			return false
		}
		period = true
	}
	return period
}

// reference reports a date that is a point of comparison, not when
// anything happened: the start of a period, after "since" ("their lowest
// level since 2020", "has been on leave since January"), or the baseline
// of a change ("roughly flat on last year", "up from last year", "higher
// than in 2024").
func reference(s *nlp.Sentence, tx Timex) bool {
	if limit(s, tx) || baselineInPhrase(s, tx) {
		return true
	}
	if tx.Prep == "since" {
		// the start of a period: of a record ("their lowest level since
		// 2020"), of a change ("had risen by 4 percent since 2025") or of
		// a state that goes on ("has been below average since 2023", "has
		// led the unit since 2019"). Nothing the clause says happened
		// then, and a fact's date has no form for where a period starts.
		return true
	}
	if baselineAfterNoun(s, tx) || inSincePhrase(s, tx) || samePeriodBaseline(s, tx) || periodEnd(s, tx) {
		return true
	}
	// "is up 82% from 9 months ago", "rose 5 percent from March": a
	// change from a figure then
	// "rose 4.1 percent in October from a year earlier": the figure may
	// stand a few words before "from", no verb between, when the date
	// looks back ("would save 70 million euros a year from 2027" starts
	// then)
	if tx.Prep == "from" && tx.Start >= 2 {
		back := 1
		if looksBack(tx.Text) {
			back = 5
		}
		for k := tx.Start - 2; k >= 0 && k >= tx.Start-1-back; k-- {
			b := s.Tokens[k]
			if b.UPOS == "NUM" || b.Text == "%" || lower(b.Text) == "percent" || lower(b.Text) == "points" {
				return true
			}
			if verbTag(b) || isPunct(b) {
				break
			}
		}
	}
	k := tx.Start - 1
	if k >= 0 && (tx.Prep != "" || lower(s.Tokens[k].Text) == "than") {
		k-- // the preposition, or "than"
	}
	if k < 0 || k+1 >= len(s.Tokens) {
		return false
	}
	switch lower(s.Tokens[k+1].Text) {
	case "on", "from", "than", "with", "against", "over", "to":
	default:
		return false
	}
	return comparisonWords[lower(s.Tokens[k].Text)]
}

// periodEnd reports the last day of an accounting period ("revenue of
// $612 million for the three months to March 31", "the year ended June
// 30", "the quarter ending Sept. 30"): it names the period the figures
// cover, not when they were reported or anything happened.
func periodEnd(s *nlp.Sentence, tx Timex) bool {
	k := tx.Start - 1
	if k < 1 {
		return false
	}
	switch lower(s.Tokens[k].Text) {
	case "to", "ended", "ending", "through", "thru":
	default:
		return false
	}
	switch lower(s.Tokens[k-1].Text) {
	case "months", "weeks", "year", "quarter", "period", "half", "days", "months'", "weeks'":
		return true
	}
	return false
}

// samePeriodBaseline reports "the same period of 2025", "the same
// quarter last year" after a figure and a word of comparison earlier in
// the sentence ("Net income fell to $41 million from $73 million in the
// same period of 2025", "Sales rose 4 percent from the same quarter of
// 2025"): the period compared with, not when the clause happened.
func samePeriodBaseline(s *nlp.Sentence, tx Timex) bool {
	same := false
	for k := tx.Start - 1; k >= 0 && k >= tx.Start-4 && k < tx.End; k-- {
		if lower(s.Tokens[k].Text) == "same" {
			same = true
			break
		}
	}
	for k := tx.Start; k < tx.End && !same; k++ {
		same = lower(s.Tokens[k].Text) == "same"
	}
	if !same {
		return false
	}
	figure := false
	for k := tx.Start - 1; k >= 0; k-- {
		t := s.Tokens[k]
		if t.UPOS == "NUM" || figureNouns[lemma(t)] || t.Text == "%" || lower(t.Text) == "percent" {
			figure = true
		}
		switch lower(t.Text) {
		case "from", "compared", "versus", "vs", "against", "than":
			return figure
		}
	}
	return false
}

// inSincePhrase reports a date inside the noun phrase that "since"
// opens: "its worst result since the country's first free election in
// 1994", "the first rise since its launch in 2003". The event the noun
// names starts the period, nothing the clause says happened then. Only
// noun-phrase words stand between "since" and the date: a verb ("since
// the firm reported in 2024 that ...") or a comma ends the search.
func inSincePhrase(s *nlp.Sentence, tx Timex) bool {
	for k := tx.Start - 1; k >= 0 && tx.Start-k <= 10; k-- {
		t := s.Tokens[k]
		if lower(t.Text) == "since" {
			return k < tx.Start-1
		}
		if verbTag(t) || isPunct(t) && t.XPOS != "POS" {
			return false
		}
		switch t.UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADP", "ADV", "PRON":
		default:
			return false
		}
	}
	return false
}

// limit reports a date that bounds a span rather than dating an event:
// "refused to guarantee jobs beyond 2028", "offered a guarantee until
// 2030", "had enough cash to fund operations until mid-2028", "should
// keep rates on hold until the summer", "froze hiring until 2028", "gave
// the operator until the end of April": a bound or a deadline, whatever
// the tense, and no fact has a form for the end of a period. After a
// negation ("did not report the problem until April") the date is when it
// happened.
func limit(s *nlp.Sentence, tx Timex) bool {
	k := tx.Start - 1
	// "until at least the summer", "until the end of 2027"
	for k >= 0 && tx.Start-k <= 3 {
		switch lower(s.Tokens[k].Text) {
		case "at", "least", "the", "early", "late", "mid", "mid-":
			k--
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	switch lower(s.Tokens[k].Text) {
	case "beyond":
	case "until", "till", "til", "through", "thru":
		if k > 0 && (lower(s.Tokens[k-1].Text) == "not" || lower(s.Tokens[k-1].Text) == "n't") {
			return false
		}
		if v := tx.Head; v >= 0 && v < len(s.Tokens) && negated(s, v) {
			return false
		}
	default:
		return false
	}
	return true
}

// baselineInPhrase reports a date inside the phrase of a change's
// baseline, after "down from", "up from", "compared with" or "higher
// than" with no verb or clause break between: "rose 2.9 percent in
// February, down from a peak of 7.4 percent in late 2024" — late 2024
// is when the peak was, not when prices rose, and February keeps its
// own year.
func baselineInPhrase(s *nlp.Sentence, tx Timex) bool {
	for k := tx.Start - 1; k > 0 && k >= tx.Start-10; k-- {
		t := s.Tokens[k]
		if verbTag(t) && lower(t.Text) != "compared" || isPunct(t) || t.UPOS == "SCONJ" || t.UPOS == "CCONJ" {
			return false
		}
		switch lower(t.Text) {
		case "from", "than", "with":
			if k == tx.Start-1 {
				continue // the date's own preposition: reference() reads it
			}
			// "more than 200 million euros": a quantity, not a baseline
			if lower(t.Text) == "than" && k+1 < len(s.Tokens) && (s.Tokens[k+1].UPOS == "NUM" || s.Tokens[k+1].XPOS == "$") {
				return false
			}
			return comparisonWords[lower(s.Tokens[k-1].Text)]
		}
	}
	return false
}

// looksBack reports whether an expression counts back from another time
// ("a year earlier", "a year ago", "last year", "the previous month").
func looksBack(text string) bool {
	for _, w := range strings.Fields(lower(text)) {
		switch w {
		case "earlier", "ago", "last", "previous", "before", "prior":
			return true
		}
	}
	return false
}

// comparisonWords stand before the baseline of a comparison ("flat on",
// "up from", "compared with").
var comparisonWords = map[string]bool{"flat": true, "up": true, "down": true, "higher": true, "lower": true,
	"more": true, "less": true, "compared": true, "comparison": true, "unchanged": true, "steady": true,
	"rather": true, "bigger": true, "smaller": true, "larger": true, "fewer": true, "better": true, "worse": true}

// premodifier reports whether tx is a bare date in front of a noun ("the
// 1991 agreement", "the 2008 conference"): it dates that thing, not the
// clause that mentions it.
func premodifier(s *nlp.Sentence, tx Timex) bool {
	h := spanHead(s, tx.Start, tx.End)
	t := s.Tokens[h]
	// "the paper's 2024 article": a year between a possessive and its
	// noun, however the parse hung it
	if tx.Prep == "" && tx.Start > 0 && tx.End < len(s.Tokens) && s.Tokens[tx.Start-1].XPOS == "POS" &&
		(s.Tokens[tx.End].UPOS == "NOUN" || s.Tokens[tx.End].UPOS == "PROPN") {
		return true
	}
	if t.Head <= h || t.Head >= len(s.Tokens) || tx.Prep != "" {
		return false
	}
	// "Yesterday, at this year's conference, Jobs unveiled": a comma
	// between the date and the noun makes the parse's compound a misread
	for k := tx.End; k < t.Head; k++ {
		if isPunct(s.Tokens[k]) {
			return false
		}
	}
	switch t.Dep {
	case "compound", "amod", "nummod":
		n := s.Tokens[t.Head].UPOS
		return n == "NOUN" || n == "PROPN"
	}
	return false
}

// attachedTo returns the first date modifying verb directly, else the
// first reaching it through nominals only.
func attachedTo(s *nlp.Sentence, dates []Timex, verb int) (Timex, bool) {
	var direct, nominal []Timex
	for _, tx := range dates {
		h := spanHead(s, tx.Start, tx.End)
		if s.Tokens[h].Head == verb && timeDeps[s.Tokens[h].Dep] {
			// "worked as a reporter before publishing her first novel,
			// \"The Salt Years\", in 1978": a date after the verb of a
			// clause under this one is that clause's, however the parse
			// hung it
			if tx.Start > verb && beyondSubordinate(s, tx, verb) {
				continue
			}
			direct = append(direct, tx)
			continue
		}
		// a coordinated date ("Tuesday night and into Wednesday") stands
		// with its first conjunct, which step one found; a date the parse
		// coordinated with a noun ("talks with a rival bidder, Castlemoor
		// Group, last month") is the clause's own
		if s.Tokens[h].Dep == "conj" && inDate(dates, s.Tokens[h].Head) {
			continue
		}
		if tx.Head == verb && s.Tokens[h].Head != verb && !beyondSubordinate(s, tx, verb) || throughMedium(s, tx, verb) {
			nominal = append(nominal, tx)
		}
	}
	// "published its plans for 2027 on Tuesday": a date after "for" is
	// what the object is for, when the verb has a date of its own
	if len(direct) > 1 {
		if rest := slices.DeleteFunc(slices.Clone(direct), func(tx Timex) bool { return tx.Prep == "for" }); len(rest) > 0 {
			direct = rest
		}
	}
	var got Timex
	switch {
	case len(direct) > 0:
		got = direct[0]
	case len(nominal) > 0:
		got = nominal[0]
	default:
		return Timex{}, false
	}
	// of two dates of one clause, one inside the other ("last year ...
	// in May", "in 2019, in March"), the finer dates it; a month or day
	// written without its year takes the year the clause names. Two
	// different finer ones ("two cuts this year, one in May and one in
	// September") split what the clause counts, and the date both lie in
	// dates it.
	coarse := got
	var finer []string
	// the clause's dates however the parse hung them ("in March and in
	// June" as conjuncts, ", one in January" as a parataxis)
	cands := append(slices.Clone(direct), nominal...)
	for _, tx := range dates {
		if tx.Head == verb {
			cands = append(cands, tx)
		}
	}
	for _, tx := range cands {
		borrows := coarse.Granularity == "year" && len(coarse.Value) == 4 && len(tx.Value) > 4 && tx.Value[4] == '-' &&
			!hasYear(tx.Text) && namesMonth(tx.Text)
		if (within(tx.Value, coarse.Value) || borrows) && !slices.Contains(finer, tx.Value[4:]) {
			finer = append(finer, tx.Value[4:])
		}
	}
	if len(finer) > 1 {
		return coarse, true
	}
	for _, tx := range append(direct, nominal...) {
		switch {
		case within(tx.Value, got.Value):
			got = tx
		case got.Granularity == "year" && len(got.Value) == 4 && len(tx.Value) > 4 && tx.Value[4] == '-' &&
			!hasYear(tx.Text) && namesMonth(tx.Text) && (tx.Granularity == "month" || tx.Granularity == "day") &&
			(tx.Prep == "in" || tx.Prep == "on" || tx.Prep == "during" || tx.Prep == ""):
			v := got.Value + tx.Value[4:]
			if _, err := time.Parse("2006-01-02", (v + "-01")[:10]); err == nil {
				tx.Value = v
				got = tx
			}
		}
	}
	return got, true
}

// inDate reports whether token k lies in one of dates.
func inDate(dates []Timex, k int) bool {
	for _, tx := range dates {
		if k >= tx.Start && k < tx.End {
			return true
		}
	}
	return false
}

// possessiveOfThing reports whether the date at token h is the possessor
// of a noun that reaches verb as its object or through a preposition that
// says no time ("charged two men over Monday's bombing", "condemned
// Sunday's attack"): it dates that noun's event, not the verb's. Through
// a preposition of time ("after Tuesday's meeting") it still dates the
// verb, as does the subject's ("Monday's bombing killed nine").
func possessiveOfThing(s *nlp.Sentence, h, verb int) bool {
	if s.Tokens[h].Dep != "nmod:poss" {
		return false
	}
	n := s.Tokens[h].Head
	for d := 0; n >= 0 && n < len(s.Tokens) && s.Tokens[n].Head != verb && d < 6; d++ {
		n = s.Tokens[n].Head
	}
	if n < 0 || n >= len(s.Tokens) || s.Tokens[n].Head != verb {
		return false
	}
	switch dep, _, _ := strings.Cut(s.Tokens[n].Dep, ":"); dep {
	case "obj", "iobj":
		return true
	case "obl":
		for _, c := range s.Children(n) {
			if s.Tokens[c].Dep == "case" && timePreps[lower(s.Tokens[c].Text)] {
				return false
			}
		}
		return true
	}
	return false
}

// timePreps are prepositions that place an event in time relative to
// the noun after them.
var timePreps = map[string]bool{
	"after": true, "before": true, "since": true, "until": true, "during": true, "following": true,
	"at": true, "on": true, "in": true, "by": true, "ahead": true, "amid": true,
}

// hasYear reports whether an expression writes a year out ("May 2019",
// "5/3/2019"), so its year is not to be replaced.
func hasYear(text string) bool {
	digits := 0
	for _, r := range text {
		if r >= '0' && r <= '9' {
			if digits++; digits == 4 {
				return true
			}
		} else {
			digits = 0
		}
	}
	return false
}

// isClauseOfOther reports whether tx modifies a verb other than verb that
// heads a subordinate clause (so its date is that clause's, not the
// sentence's).
// clauseOpenedBy returns the verb of the clause a date opens: the date
// comes right after a coordinating conjunction (and its preposition:
// "but on 21 September"), and a subject and its verb follow it ("the
// parties agreed"); -1 when the date opens no clause.
func clauseOpenedBy(s *nlp.Sentence, tx Timex) int {
	k := tx.Start - 1
	if k >= 0 && tx.Prep != "" && s.Tokens[k].UPOS == "ADP" {
		k--
	}
	if k < 0 || s.Tokens[k].UPOS != "CCONJ" {
		return -1
	}
	i := tx.End
	if i < len(s.Tokens) && s.Tokens[i].Text == "," {
		i++
	}
	for j := i; j < len(s.Tokens) && j < i+8; j++ {
		t := s.Tokens[j]
		if t.UPOS != "VERB" && t.UPOS != "AUX" {
			continue
		}
		v := j
		if t.UPOS == "AUX" && t.Head > j && t.Head < len(s.Tokens) {
			v = t.Head
		}
		for _, c := range s.Children(v) {
			if d := s.Tokens[c].Dep; (d == "nsubj" || d == "nsubj:pass") && c >= i && c < j {
				return v
			}
		}
		return -1
	}
	return -1
}

func isClauseOfOther(s *nlp.Sentence, tx Timex, verb int) bool {
	if tx.Head < 0 || tx.Head == verb {
		return false
	}
	switch s.Tokens[tx.Head].Dep {
	case "ccomp", "advcl", "acl", "acl:relcl", "csubj", "xcomp", "parataxis":
		return true
	case "conj":
		// "was filed in May, but on 21 September the parties agreed
		// ...": a coordinated clause with a subject of its own
		for _, c := range s.Children(tx.Head) {
			if d := s.Tokens[c].Dep; d == "nsubj" || d == "nsubj:pass" {
				return true
			}
		}
		// "Coastlink, which runs 14 routes and carried 3.2 million
		// passengers last year, denied ...": a conjunct shares the
		// clause of its first conjunct, a relative or complement clause
		// when that is one
		return conjOfSubordinate(s, tx.Head, verb)
	}
	// "said the reservoirs, which supply 4 million people, were at 17
	// percent on Thursday" with "were" hung on "people": a finite verb
	// of its own, whatever the parse made it, heads another clause
	if h := s.Tokens[tx.Head]; h.Dep != "root" && (h.UPOS == "VERB" || h.UPOS == "AUX") {
		switch h.XPOS {
		case "VBD", "VBZ", "VBP":
			return true
		}
	}
	return false
}

// quotedApart reports whether the date tx stands inside a quotation and
// verb outside it: "'It would be fixed in next year's budget,' she said"
// is not said next year. A sentence that opens with a closing quotation
// mark goes on a quotation begun in an earlier one ([quoted]).
func quotedApart(s *nlp.Sentence, tx Timex, verb int) bool {
	if tx.Start < 0 || tx.Start >= len(s.Tokens) || verb < 0 || verb >= len(s.Tokens) {
		return false
	}
	return quoted(s, tx.Start) && !quoted(s, verb)
}

// conjOfSubordinate reports whether token k is a conjunct of a verb
// that heads a clause under another (a complement, adverbial or relative
// clause), verb not being on the way up.
func conjOfSubordinate(s *nlp.Sentence, k, verb int) bool {
	for d := 0; d < 8 && k >= 0 && k < len(s.Tokens) && s.Tokens[k].Dep == "conj"; d++ {
		k = s.Tokens[k].Head
		if k == verb {
			return false
		}
	}
	if k < 0 || k >= len(s.Tokens) {
		return false
	}
	switch s.Tokens[k].Dep {
	case "ccomp", "advcl", "acl", "acl:relcl", "csubj", "xcomp", "parataxis":
		return true
	}
	return false
}

// repairAttach takes back a date that follows verb within its clause (a
// preposition before it, no verb between) when the parse hung it on a
// later verb that has another date of its own, directly attached.
func repairAttach(s *nlp.Sentence, dates []Timex, verb int) (Timex, bool) {
	for _, tx := range dates {
		if tx.Start <= verb {
			continue
		}
		switch tx.Prep {
		case "in", "on", "at", "since", "during", "by", "until", "before", "after", "as of":
		default:
			continue
		}
		between := false
		for k := verb + 1; k < tx.Start; k++ {
			if s.Tokens[k].UPOS == "VERB" || s.Tokens[k].UPOS == "AUX" {
				between = true
				break
			}
		}
		if between || tx.Head < 0 || tx.Head == verb {
			return Timex{}, false
		}
		// hung on a later verb, or on the earlier verb this one is
		// coordinated with ("was built in 1962 and repaired in 2004" with
		// "in 2004" under "built"), whose own date then comes before verb
		earlier := tx.Head < verb && s.Tokens[verb].Dep == "conj" && s.Tokens[verb].Head == tx.Head
		if tx.Head < tx.End && !earlier {
			return Timex{}, false
		}
		// "signed an accord on Friday ending a feud": a participle
		// right after the date does not take a date before it
		if participleAfter(s, tx) {
			return tx, true
		}
		for _, o := range dates {
			if o.Start == tx.Start || o.Value == tx.Value || earlier && o.End > verb {
				continue
			}
			h := spanHead(s, o.Start, o.End)
			if s.Tokens[h].Head == tx.Head && timeDeps[s.Tokens[h].Dep] {
				return tx, true
			}
		}
		return Timex{}, false
	}
	return Timex{}, false
}

// whenAfterDate returns the date a clause of verb opened by "when"
// follows right after, a comma between or not ("since 2017, when blazes
// burned", "in 1995 when a storm killed 40 people").
func whenAfterDate(s *nlp.Sentence, dates []Timex, verb int) (Timex, bool) {
	if !hasParse(s) {
		return Timex{}, false
	}
	for _, c := range s.Children(verb) {
		t := s.Tokens[c]
		if lower(t.Text) != "when" || c >= verb || t.Dep != "advmod" && t.Dep != "mark" {
			continue
		}
		for _, tx := range dates {
			if tx.End == c || tx.End == c-1 && s.Tokens[c-1].Text == "," {
				return tx, true
			}
		}
	}
	return Timex{}, false
}

// inWithPhrase reports whether the date tx stands in a phrase of ", with"
// after verb that describes a noun of its own ("has suffered a dry
// summer, with rainfall in June less than a quarter of the average"):
// the date is that noun's. No verb stands between "with" and the date,
// and a noun does ("with effect from May 1" has only "effect", which
// dates the clause).
func inWithPhrase(s *nlp.Sentence, tx Timex, verb int) bool {
	if tx.Start <= verb+2 {
		return false
	}
	for k := tx.Start - 1; k > verb+1; k-- {
		t := s.Tokens[k]
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			return false
		}
		if lower(t.Text) != "with" || s.Tokens[k-1].Text != "," {
			continue
		}
		for j := k + 1; j < tx.Start; j++ {
			if u := s.Tokens[j]; (u.UPOS == "NOUN" || u.UPOS == "PROPN") && lemma(u) != "effect" {
				return true
			}
		}
		return false
	}
	return false
}

// relativeSubject reports whether verb's subject is a relative pronoun:
// a relative clause the parse made a conjunct ("defeating incumbent
// Oswin Farrell, who had run the town for sixteen years" under "was
// elected ... on Sunday").
func relativeSubject(s *nlp.Sentence, verb int) bool {
	for _, c := range s.Children(verb) {
		if t := s.Tokens[c]; strings.HasPrefix(t.Dep, "nsubj") && (t.XPOS == "WP" || t.XPOS == "WDT") {
			return true
		}
	}
	return false
}

// negatedOnly reports whether conjunct verb is negated and its head is
// not ("would publish its findings next month and would not rule out
// fines"): what does not happen has no time of the head's event.
func negatedOnly(s *nlp.Sentence, verb, head int) bool {
	return negated(s, verb) && !negated(s, head)
}

// negated reports whether verb has "not" or "never".
func negated(s *nlp.Sentence, v int) bool {
	for _, c := range s.Children(v) {
		switch lower(s.Tokens[c].Text) {
		case "not", "n't", "never", "’t":
			return true
		}
	}
	return false
}

// participleAfter reports whether the date tx hangs on a participle
// that opens right after it, describing a noun or the clause ("signed
// an accord on Friday ending a feud", "opened a bridge on Friday linking
// two towns"): the parse's attachment, not the participle's date.
func participleAfter(s *nlp.Sentence, tx Timex) bool {
	p := tx.Head
	if p != tx.End && !(p == tx.End+1 && s.Tokens[tx.End].Text == ",") {
		return false
	}
	t := s.Tokens[p]
	return t.XPOS == "VBG" && (t.Dep == "acl" || t.Dep == "advcl" || t.Dep == "xcomp")
}

// onlyVerb reports whether verb is the only verb of s.
func onlyVerb(s *nlp.Sentence, verb int) bool {
	if s.Tokens[verb].UPOS != "VERB" {
		return false
	}
	for k, t := range s.Tokens {
		if k != verb && t.UPOS == "VERB" {
			return false
		}
	}
	return true
}

// within reports whether date value a lies strictly inside b by the ISO
// prefix: "2025-05" in "2025", "2026-01-06" in "2026-01".
func within(a, b string) bool {
	return len(a) > len(b) && strings.HasPrefix(a, b) && a[len(b)] == '-'
}

// nounsOwnDate reports whether the date at token h, reaching verb through
// nominals, dates the noun it hangs on rather than the verb: inside the
// subject of a passive ("the bombing on June 8 was claimed on Wednesday",
// "the strike on November 2 was called off"), whose event came before
// what was done to it, or after "of" or "for" in an object or a
// complement that is no time ("examined the crash of July 14", "reported
// a loss for the third quarter on Monday"). In the subject of an active
// verb it is the verb's ("the storm of 1987 destroyed the pier"), as after
// a preposition of time ("arrested after the riots of June 3").
func nounsOwnDate(s *nlp.Sentence, h, verb int) bool {
	g := s.Tokens[h].Head
	if g < 0 || g >= len(s.Tokens) || g == verb {
		return false
	}
	n := h
	for d := 0; n >= 0 && n < len(s.Tokens) && s.Tokens[n].Head != verb && d < 6; d++ {
		n = s.Tokens[n].Head
	}
	if n < 0 || n >= len(s.Tokens) || s.Tokens[n].Head != verb {
		return false
	}
	switch s.Tokens[n].Dep {
	case "nsubj:pass", "csubj:pass":
		return true
	case "nsubj", "csubj":
		return false
	}
	for _, c := range s.Children(n) {
		if t := s.Tokens[c]; t.Dep == "case" && timePreps[lower(t.Text)] {
			return false
		}
	}
	// "the end of May", "the first week of March" name a time, not a thing
	if (s.Tokens[g].UPOS != "NOUN" && s.Tokens[g].UPOS != "PROPN") || timeParts[lemma(s.Tokens[g])] {
		return false
	}
	for _, c := range s.Children(h) {
		if t := s.Tokens[c]; t.Dep == "case" && (lower(t.Text) == "of" || lower(t.Text) == "for") {
			return true
		}
	}
	// "blamed the paper for reports last month", "protested over the
	// arrests on Monday": under a noun the verb reaches by a preposition
	// of cause or topic, the date is that noun's
	if n != h && strings.HasPrefix(s.Tokens[n].Dep, "obl") {
		for _, c := range s.Children(n) {
			if t := s.Tokens[c]; t.Dep == "case" {
				switch lower(t.Text) {
				case "over", "about":
					return true
				case "for":
					// "for" a cause, not a purpose ("scheduled for
					// release in June")
					return causeVerbs[lemma(s.Tokens[verb])]
				}
			}
		}
	}
	return false
}

// causeVerbs take the cause of what they do after "for": "blamed the
// paper for reports last month", "sued the magazine for an article".
var causeVerbs = map[string]bool{
	"blame": true, "sue": true, "criticize": true, "criticise": true, "fine": true, "punish": true,
	"praise": true, "thank": true, "arrest": true, "charge": true, "jail": true, "sentence": true,
	"convict": true, "condemn": true, "accuse": true, "apologize": true, "apologise": true,
	"fault": true, "attack": true, "slam": true, "reward": true, "honour": true, "honor": true,
}

// timeParts are nouns that name a part of the time after "of" ("the end
// of May"), so the date still dates the clause.
var timeParts = map[string]bool{
	"end": true, "beginning": true, "start": true, "middle": true, "week": true, "weekend": true,
	"month": true, "part": true, "half": true, "quarter": true, "rest": true, "day": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true, "year": true, "turn": true, "course": true,
	"period": true, "season": true, "close": true, "dawn": true, "eve": true, "ides": true, "first": true,
	"last": true, "weeks": true, "months": true, "days": true, "years": true, "time": true, "date": true,
	"deadline": true, "anniversary": true,
}

// closesRelative reports whether verb, parsed as a conjunct of a relative
// clause, is the main verb after the comma that closes it: "The company,
// which was founded in 1987, filed for bankruptcy" (no "and" before it),
// so the relative clause's date is not its own.
func closesRelative(s *nlp.Sentence, verb int) bool {
	h := s.Tokens[verb].Head
	if d := s.Tokens[h].Dep; d != "acl:relcl" && d != "acl" && !relativeSubject(s, h) {
		// a relative clause the parse hung loose ("Daram, who visited
		// the town on Wednesday, said ..." with "visited" a parataxis)
		// still has its relative pronoun
		return false
	}
	comma := false
	for _, c := range s.Children(verb) {
		switch s.Tokens[c].Dep {
		case "cc":
			return false
		case "punct":
			if s.Tokens[c].Text == "," && c < verb {
				comma = true
			}
		}
	}
	// the comma stands before the verb's auxiliaries ("Holm, who joined
	// the club in 2012, had scored twice")
	start := verb
	for _, c := range s.Children(verb) {
		switch s.Tokens[c].Dep {
		case "aux", "aux:pass", "advmod", "cop":
			if c < start {
				start = c
			}
		}
	}
	return comma || start > 0 && s.Tokens[start-1].Text == ","
}

// namesMonth reports whether an expression writes its month ("May",
// "March 3", "Dec. 28"), so a year named beside it completes it; a
// weekday ("on Tuesday") or a relative day ("yesterday") was read from
// the reference date and says nothing of another year's calendar.
func namesMonth(text string) bool {
	for _, w := range strings.FieldsFunc(lower(text), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if _, ok := months[w]; ok {
			return true
		}
		if _, ok := monthAbbr[w]; ok {
			return true
		}
	}
	return false
}

// baselineAfterNoun reports a date with no preposition right after a
// figure introduced as a baseline: "posted a loss, after a profit a year
// earlier", "rose to 5 percent from 4 percent a year ago", "compared
// with 300 the previous year". It dates the baseline, not the clause.
func baselineAfterNoun(s *nlp.Sentence, tx Timex) bool {
	if tx.Prep != "" || tx.Start < 2 || lower(s.Tokens[tx.Start-1].Text) == "of" {
		return false
	}
	figure := false
	for k := tx.Start - 1; k >= 0 && k >= tx.Start-9; k-- {
		t := s.Tokens[k]
		l := lower(t.Text)
		if verbTag(t) && !(l == "compared" && k+1 < len(s.Tokens) && (lower(s.Tokens[k+1].Text) == "with" || lower(s.Tokens[k+1].Text) == "to")) || isPunct(t) {
			return false
		}
		if t.UPOS == "NUM" || figureNouns[lemma(t)] {
			figure = true
		}
		// only a figure is a baseline: "after a profit a year earlier",
		// not "after a fire a year earlier" or "lost its case against
		// Apple today"
		switch l {
		case "after", "from", "versus", "vs", "against", "compared":
			return figure && k < tx.Start-1
		case "with", "to":
			if k > 0 && lower(s.Tokens[k-1].Text) == "compared" {
				return figure && k < tx.Start-1
			}
		}
	}
	return false
}

// figureNouns name an amount a result is compared with.
var figureNouns = map[string]bool{
	"profit": true, "loss": true, "gain": true, "rise": true, "fall": true, "drop": true,
	"increase": true, "decline": true, "surplus": true, "deficit": true, "growth": true,
	"revenue": true, "sales": true, "earnings": true, "income": true, "figure": true,
}

// beyondSubordinate reports whether a verb heading a clause of its own
// (a complement, adverbial or relative clause) stands between verb and
// the date tx: the date then belongs to that clause.
func beyondSubordinate(s *nlp.Sentence, tx Timex, verb int) bool {
	lo, hi := verb+1, tx.Start
	if tx.Start < verb {
		lo, hi = tx.End, verb
	}
	for k := lo; k < hi && k < len(s.Tokens); k++ {
		t := s.Tokens[k]
		if t.UPOS != "VERB" {
			continue
		}
		switch t.Dep {
		case "ccomp", "advcl", "acl:relcl", "csubj", "parataxis":
			return true
		case "acl":
			// "worked as a reporter before publishing her first novel in
			// 1978": an adverbial clause the parse hung on a noun
			if hasAux(s, k, "mark") {
				return true
			}
		}
	}
	return false
}

// throughMedium reports whether tx dates a participle describing the
// medium verb speaks through: "In a statement released Tuesday, the
// company said", "in a ruling issued on Thursday, the court said" — the
// statement's date is the saying's.
func throughMedium(s *nlp.Sentence, tx Timex, verb int) bool {
	a := tx.Head
	if a < 0 || a >= len(s.Tokens) || a == verb || s.Tokens[a].Dep != "acl" || s.Tokens[a].XPOS != "VBN" {
		return false
	}
	n := s.Tokens[a].Head
	if n < 0 || n >= len(s.Tokens) || s.Tokens[n].Head != verb || !strings.HasPrefix(s.Tokens[n].Dep, "obl") {
		return false
	}
	for _, c := range s.Children(n) {
		if t := s.Tokens[c]; t.Dep == "case" {
			switch lower(t.Text) {
			case "in", "at", "during", "through", "via":
				return true
			}
		}
	}
	return false
}

// unlikeConjuncts reports whether two coordinated verbs name things of
// different times: an event and a state ("was born in 1935 and studied at
// the academy", "bought the farm in 1990 and lived there") or a birth and
// anything after it, so the first one's date is not the second one's.
func unlikeConjuncts(s *nlp.Sentence, verb, head int) bool {
	if lemma(s.Tokens[head]) == "bear" && hasAux(s, head, "aux:pass") {
		return true
	}
	// "had filed a patent application last year and was in talks with
	// two companies": a copular predicate is a state
	if hasCopula(s, verb) != hasCopula(s, head) {
		return true
	}
	// "a car and a van collided on Saturday evening, and a man has been
	// charged": the present perfect reaches up to the telling, not back
	// to the simple past's day
	if presentPerfect(s, verb) != presentPerfect(s, head) {
		return true
	}
	return stative(s, verb) != stative(s, head)
}

// presentPerfect reports whether verb has "has" or "have" among its
// auxiliaries.
func presentPerfect(s *nlp.Sentence, verb int) bool {
	for _, k := range auxiliaries(s, verb) {
		switch w := lower(s.Tokens[k].Text); w {
		case "has", "have", "'ve", "’ve":
			return true
		case "'s", "’s":
			if lower(s.Tokens[k].Lemma) == "have" { // "he's been charged", not "he's charged"
				return true
			}
		}
	}
	return false
}

// eventKinds are nouns naming an event of one time, whose date a relative
// clause about what the event did shares: "the March 3 attack, which
// killed four", "the bombing on June 8, which wounded nine".
var eventKinds = map[string]bool{
	"attack": true, "bombing": true, "shooting": true, "crash": true, "fire": true, "flood": true,
	"earthquake": true, "quake": true, "storm": true, "explosion": true, "blast": true, "riot": true,
	"accident": true, "collision": true, "raid": true, "ambush": true, "massacre": true, "disaster": true,
	"eruption": true, "landslide": true, "derailment": true, "stabbing": true, "attacks": true,
	"bombings": true, "floods": true, "fires": true, "storms": true, "hurricane": true, "tornado": true,
	"avalanche": true, "collapse": true, "strike": true, "strikes": true,
}

// eventNounDate returns the date of the event noun a relative clause in
// the past describes, when the clause has no date of its own and the noun
// is its subject: "The March 3 attack, which killed four people, was
// condemned on Friday" dates "killed" March 3.
func eventNounDate(s *nlp.Sentence, dates []Timex, verb int) (Timex, bool) {
	t := s.Tokens[verb]
	if t.Dep != "acl:relcl" || t.Head < 0 || t.Head >= len(s.Tokens) || SentenceTense(s, verb) != Past {
		return Timex{}, false
	}
	n := t.Head
	if !eventKinds[lower(s.Tokens[n].Text)] {
		return Timex{}, false
	}
	relSubj := false
	for _, c := range s.Children(verb) {
		ct := s.Tokens[c]
		if strings.HasPrefix(ct.Dep, "nsubj") && (ct.XPOS == "WDT" || ct.XPOS == "WP" || lower(ct.Text) == "that") {
			relSubj = true
		}
	}
	if !relSubj {
		return Timex{}, false
	}
	for _, tx := range dates {
		if inClause(s, tx, verb) {
			return Timex{}, false // a date of its own
		}
	}
	for _, tx := range dates {
		h := spanHead(s, tx.Start, tx.End)
		if s.Tokens[h].Head == n && h != verb {
			return tx, true
		}
	}
	return Timex{}, false
}

// inClause reports whether the date tx hangs (through any chain) on verb.
func inClause(s *nlp.Sentence, tx Timex, verb int) bool {
	k := spanHead(s, tx.Start, tx.End)
	for d := 0; k >= 0 && k < len(s.Tokens) && d < 8; d++ {
		if k == verb {
			return true
		}
		k = s.Tokens[k].Head
	}
	return false
}
