package temporal

import (
	"strings"
	"time"

	"github.com/storygraph/storygraph/extract/nlp"
)

// Context reads the sentences of one document in order and keeps its
// temporal focus: the last day a sentence was dated with (Mani and
// Wilson's "temporal focus"; HeidelTime's "last mentioned date" for
// anaphoric expressions). It adds two things to [Find] and [Attach]:
//
//   - anaphoric expressions count from the focus: "the same day", "that
//     day", "the next day", "two days later", "the following week"
//     (without a focus, Find counts the last three from the reference date
//     and leaves the first two unread);
//   - a clause in the simple past or a past passive ("attended", "was
//     signed"), in a sentence that has no date of its own, inherits the
//     focus when the focus is a day (named in a past, present or tenseless
//     clause: "on Tuesday joined", "today is", a dateline). Perfect ("has rejected"), pluperfect, present and future
//     clauses never inherit, and a sentence with any date (even one not
//     attached to the verb) blocks inheritance. A later past date that
//     does not name a day ("in 2014") moves the focus away from days, so
//     nothing inherits until a day is named again; a period named after
//     the focus ("has halted services since Monday", "had refused to
//     meet since October") turns the story from the day in focus, so
//     only the day of publication may still be inherited until a date
//     moves the focus again. A day named only as
//     background (see background: "the deal, which was approved on
//     Thursday, values ...", "..., contradicting its statement on
//     Tuesday") anchors "the same day" but is not inherited, and a clause
//     whose event lasts ("for eight years", "over five years") inherits
//     nothing. Nor do a clause naming a state ("she lived with her
//     sister", "was born in Tarsk"), a habit ("was often asked", "always
//     said"), a clause inside quotation marks (the speaker's words keep
//     their own time: "'One of the dishes ate its lid,' he said"), a
//     clause reported or describing a noun ("He said engineers built it
//     badly", "workers who built the dam"), nor anything after a
//     flashback (a main clause in the pluperfect without a date) until a
//     day is named again.
//   - a day named after the lead is the focus only within its own
//     paragraph (see [Context.Paragraph]): across a paragraph break a
//     clause inherits the story's day instead, the focus the lead left
//     ("officials said on Wednesday" ... "The council said the attack
//     began early on Monday." || "The mayor told a news conference"
//     is Wednesday's, not Monday's). A new paragraph opens a new
//     speaker, aside or piece of background; a day of backstory, a
//     quote's day or a sidebar's day ("declared a state of emergency on
//     Thursday") is not where it goes on.
//
// The publication date itself is never used as a fallback. A Context is
// for one document and one goroutine; its zero value is not usable, but a
// nil *Context finds and attaches nothing (for documents without a
// publication date).
type Context struct {
	ref   time.Time
	focus Timex
	has   bool
	// inherit is whether the focus may date a later clause: false when
	// the focus was named in a clause that describes a noun ("the deal,
	// which was approved on Thursday", "a study published on Wednesday")
	// or in a participial aside ("contradicting its statement on
	// Tuesday"): such a date is background, and the story's own events
	// do not continue from it.
	inherit bool
	// para counts the paragraphs begun ([Context.Paragraph]); focusPara
	// is the one the focus was named in.
	para, focusPara int
	// lead is the story's day: the focus at the end of the first
	// paragraph that left an inheritable day in focus.
	lead    Timex
	hasLead bool
	// reported and leadReported are whether the focus and the lead
	// were named in what a saying without a day of its own reports
	// ("The river burst its banks on Monday, officials said")
	reported, leadReported bool
	// speaker and leadSpeaker are the subject word of the verb of saying
	// the focus and the lead were named on ("Skyvar said on Monday"), or
	// "" when they were named on another verb
	speaker, leadSpeaker string
	// period is whether a period ("since Monday", "since 2019") was
	// named after the focus: the story has turned from the day in
	// focus, and only the day of publication may still date a clause
	period bool
}

// Paragraph tells c that the next sentence opens a new paragraph. A
// caller that knows no paragraphs (one sentence a line) never calls it,
// and the focus then carries over the whole text.
func (c *Context) Paragraph() {
	if c == nil {
		return
	}
	if !c.hasLead && c.has && c.inherit {
		if _, day := dayValue(c.focus); day {
			c.lead, c.hasLead, c.leadReported, c.leadSpeaker = c.focus, true, c.reported, c.speaker
		}
	}
	c.para++
}

// NewContext returns a Context for a document published on ref.
func NewContext(ref time.Time) *Context {
	return &Context{ref: refDay(ref)}
}

// Focus returns the current temporal focus and whether there is one.
func (c *Context) Focus() (Timex, bool) {
	if c == nil {
		return Timex{}, false
	}
	return c.focus, c.has
}

// dayValue reports whether t names one day (possibly with a time of day).
func dayValue(t Timex) (time.Time, bool) {
	if !t.IsDate() || len(t.Value) != 10 {
		return time.Time{}, false
	}
	d, err := time.Parse("2006-01-02", t.Value)
	return d, err == nil
}

// Find returns the time expressions of s like [Find], reading anaphoric
// ones against the focus, and then moves the focus: to the last date of s
// read in a past or present clause (or in none), not later than the
// reference date. Future dates ("will meet on Friday") leave it alone.
func (c *Context) Find(s *nlp.Sentence) []Timex {
	if c == nil {
		return nil
	}
	var anchor time.Time
	hasAnchor := false
	if c.has {
		anchor, hasAnchor = dayValue(c.focus)
	}
	txs := find(s, c.ref, anchor, hasAnchor)
	if c.has && flashback(s, txs) {
		c.inherit = false
	}
	moved := false
	for _, tx := range txs {
		// a baseline ("up 82% from 9 months ago") is no time the story
		// is at
		if !tx.IsDate() || tx.Tense == Future || !startsBy(tx.Value, c.ref) || attributive(s, tx) {
			continue
		}
		if reference(s, tx) {
			if tx.Prep == "since" && c.has && !moved {
				// "has halted services since Monday": the story turns
				// to a period, and the day in focus before is no longer
				// when what follows happened
				c.period = true
			}
			continue
		}
		// "Yesterday, at this year's conference": a date of the same
		// sentence that contains the day just named keeps that day
		if moved && within(c.focus.Value, tx.Value) {
			continue
		}
		// "The ferry, built in 1988, was carrying cars": a year or month
		// that only describes a noun does not take the story away from
		// the day it is on
		if _, day := dayValue(tx); !day && c.has && c.inherit && (background(s, tx) || describesNoun(s, tx)) {
			continue
		}
		c.focus, c.has = tx, true
		c.speaker = ""
		if h := tx.Head; h >= 0 && h < len(s.Tokens) && speechVerb(s.Tokens[h]) {
			c.speaker = subjectWord(s, h)
		}
		c.focusPara = c.para
		c.reported = reportedDate(s, tx, txs)
		c.inherit = !background(s, tx)
		c.period = false
		moved = true
	}
	return txs
}

// background reports whether tx dates a clause that describes a noun (a
// relative clause or a participle after a noun: "the deal, which was
// approved on Thursday, values ...", "may experience ..., according to a
// study published on Wednesday") in a sentence whose main clause narrates
// nothing in the simple past, or a subjectless participial adverbial
// ("..., contradicting the agency's statement on Tuesday"): not an event
// the text goes on to narrate. Under a main clause in the simple past
// ("came in a press conference held on Friday", "Bakare, who visited the
// site on Wednesday, said ...") the described noun is the scene of the
// narrative, and its date stays the focus.
func background(s *nlp.Sentence, tx Timex) bool {
	h := tx.Head
	if h < 0 || h >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[h]
	switch t.Dep {
	case "acl", "acl:relcl":
		r := root(s)
		if t.Dep == "acl" && misreadMain(s, h) || t.Dep == "acl:relcl" && misreadLead(s, h) {
			return false
		}
		return r < 0 || !simplePast(s, r)
	case "advcl":
		if t.XPOS != "VBG" {
			return false
		}
		for _, c := range s.Children(h) {
			if d := s.Tokens[c].Dep; d == "nsubj" || d == "nsubj:pass" || d == "mark" {
				return false
			}
		}
		return true
	}
	return false
}

// attributive reports whether tx stands between "the" (or a possessive)
// and a noun it describes ("since the September 11 attacks", "the 2008
// crisis", "Monday's vote"): it names what the noun is, not when the
// clause happened, so the sentences after it do not count from it.
func attributive(s *nlp.Sentence, tx Timex) bool {
	toks := s.Tokens
	if tx.Start < 1 || tx.End >= len(toks) || tx.End <= tx.Start {
		return false
	}
	before := toks[tx.Start-1]
	if lower(before.Text) != "the" && before.XPOS != "PRP$" {
		return false
	}
	switch toks[tx.End].UPOS {
	case "NOUN", "PROPN":
		return true
	}
	return false
}

// Attach is [Attach], and when that finds nothing, the focus inherited as
// described on [Context]. An inherited date has Inherited set, Start and
// End -1 and Head = verb.
func (c *Context) Attach(s *nlp.Sentence, timexes []Timex, verb int) (Timex, bool) {
	if c == nil {
		return Timex{}, false
	}
	if tx, ok := Attach(s, timexes, verb); ok {
		if !c.Possible(s, tx, verb) {
			return Timex{}, false
		}
		return tx, true
	}
	if !c.has || s == nil || verb < 0 || verb >= len(s.Tokens) {
		return Timex{}, false
	}
	if _, ok := dayValue(c.focus); !ok || !c.inherit {
		return Timex{}, false
	}
	for _, tx := range timexes {
		if tx.IsDate() {
			return Timex{}, false
		}
		// "transferred the money over five years", "followed 3,200
		// people for eight years": an event that lasts longer than a
		// day happened on no one day
		if tx.Type == TypeDuration && tx.Head == verb && !strings.HasPrefix(tx.Value, "PT") && (spanning(tx) || theSpan(s, tx)) {
			return Timex{}, false
		}
	}
	if !simplePast(s, verb) || stative(s, verb) || habitual(s, verb) || embedded(s, verb) || ownTime(s, verb) || quoted(s, verb) || inEarlierDocument(s, verb) {
		return Timex{}, false
	}
	tx, reported := c.focus, c.reported
	if c.focusPara != c.para && c.hasLead && !sameDay(tx, c.lead) {
		tx, reported = c.lead, c.leadReported
		if d, ok := dayValue(tx); ok && !d.Equal(c.ref) && speechVerb(s.Tokens[verb]) &&
			(c.leadSpeaker == "" || c.leadSpeaker != subjectWord(s, verb)) {
			// a feature that opens on the night of the fire ("had just
			// finished watering his tomatoes on Tuesday evening") leaves
			// that night as the story's day, and a study's authors "said
			// on Monday"; the sayings of others in later paragraphs were
			// gathered since, on days the text does not give. The lead's
			// own speaker goes on saying on its day ("Skyvar said on
			// Monday ..." ... "Skyvar said the cuts were unavoidable").
			return Timex{}, false
		}
	}
	if c.period {
		if d, ok := dayValue(tx); !ok || !d.Equal(c.ref) {
			return Timex{}, false
		}
	}
	// "The river burst its banks on Monday, officials said. ... Farmers
	// said the water arrived weeks before the harvest": the day of an
	// event that an undated saying reports is not the day of the
	// sayings after it, which may come days later; the day of
	// publication still dates them
	if reported && speechVerb(s.Tokens[verb]) {
		if d, ok := dayValue(tx); !ok || !d.Equal(c.ref) {
			return Timex{}, false
		}
	}
	tx.Start, tx.End, tx.Span, tx.Head, tx.Inherited, tx.Prep = -1, -1, Span{}, verb, true, ""
	return tx, true
}

// Possible reports whether tx can date the clause of verb: not when verb
// is a saying in the simple past and tx a day after publication ("She
// added that rain was possible on Saturday" with the day hung on
// "added": what was said was not said after the day of publication).
func (c *Context) Possible(s *nlp.Sentence, tx Timex, verb int) bool {
	if c == nil || s == nil || verb < 0 || verb >= len(s.Tokens) {
		return true
	}
	d, day := dayValue(tx)
	return !(day && d.After(c.ref) && speechVerb(s.Tokens[verb]) && simplePast(s, verb))
}

// subjectWord returns the lower-case head word of verb's subject, or "".
func subjectWord(s *nlp.Sentence, verb int) string {
	for _, t := range s.Tokens {
		if t.Head == verb && (t.Dep == "nsubj" || t.Dep == "nsubj:pass") {
			return lower(t.Text)
		}
	}
	return ""
}

// sameDay reports whether two day values (possibly with a time of day)
// name the same day.
func sameDay(a, b Timex) bool {
	return len(a.Value) >= 10 && len(b.Value) >= 10 && a.Value[:10] == b.Value[:10]
}

// spanning reports whether a duration says how long the clause's event
// went on ("for eight years", "over five years", "throughout 2025"),
// not how far it lies from another ("one year after launching").
func spanning(tx Timex) bool {
	switch tx.Prep {
	case "for", "over", "throughout":
		return true
	case "":
		return strings.HasPrefix(lower(tx.Text), "over ")
	}
	return false
}

// theSpan reports a duration read after "in the", "during the", "over
// the" ("sold in the 6 weeks it has been available", "in the past five
// years"): the stretch the event filled, not a point in it; "rose two
// metres in six hours" is not one.
func theSpan(s *nlp.Sentence, tx Timex) bool {
	k := tx.Start - 1
	if k < 1 || lower(s.Tokens[k].Text) != "the" {
		return false
	}
	switch lower(s.Tokens[k-1].Text) {
	case "in", "during", "within", "over", "for", "throughout":
		return true
	}
	return false
}

// simplePast reports whether the clause of verb is in the simple past or a
// past passive: a VBD verb, or a participle with a past auxiliary "was" /
// "were", and no perfect or modal auxiliary.
func simplePast(s *nlp.Sentence, verb int) bool {
	if SentenceTense(s, verb) != Past {
		return false
	}
	t := s.Tokens[verb]
	aux := auxiliaries(s, verb)
	for _, k := range aux {
		switch lower(s.Tokens[k].Text) {
		case "has", "have", "had", "'ve", "’ve", "'d", "’d", "would", "could", "may", "might", "must", "should":
			return false
		}
	}
	switch t.XPOS {
	case "VBD":
		return true
	case "VBN":
		for _, k := range aux {
			if s.Tokens[k].XPOS == "VBD" {
				return true
			}
		}
	}
	return false
}

// startsBy reports whether a date value starts on or before day ref: its
// year, month or day prefix read as the first day it covers.
func startsBy(v string, ref time.Time) bool {
	if len(v) < 4 {
		return len(v) >= 2 && v < ref.Format("2006")[:len(v)]+"~"
	}
	y, m, d := v[:4], "01", "01"
	if len(v) >= 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '1' {
		m = v[5:7]
		if len(v) >= 10 && v[7] == '-' {
			d = v[8:10]
		}
	}
	t, err := time.Parse("2006-01-02", y+"-"+m+"-"+d)
	return err == nil && !t.After(ref)
}

// stateVerbs name a state that holds over a stretch of time, not an
// event of one day: "she lived with her sister", "he owned two shops",
// "the warehouse stored furniture", "she was born in Tarsk". A simple
// past of one of them tells the background of the story, so it does not
// inherit the day in focus.
var stateVerbs = map[string]bool{
	"live": true, "reside": true, "own": true, "possess": true, "know": true, "belong": true,
	"resemble": true, "love": true, "hate": true, "like": true, "believe": true,
	"employ": true, "house": true, "store": true, "bear": true, "raise": true, "specialize": true,
	"specialise": true, "consist": true, "depend": true, "exist": true, "lack": true, "weigh": true,
	"inhabit": true, "admire": true, "trust": true, "prefer": true,
}

// hourUnits are spans shorter than a day.
var hourUnits = map[string]bool{"hours": true, "hour": true, "minutes": true, "minute": true, "night": true}

// roleVerbs are states only when they name a role or a place of it:
// "worked as a nurse", "taught music at a school", "studied law at
// Tellwater", "served as mayor", but not "crews worked through the
// night" or "studied the report".
var roleVerbs = map[string]bool{"work": true, "teach": true, "study": true, "serve": true, "grow": true}

// stative reports whether the clause of verb names a state ([stateVerbs],
// [roleVerbs] with "as", "at" or "for" a noun, or "grew up").
func stative(s *nlp.Sentence, verb int) bool {
	t := s.Tokens[verb]
	l := lemma(t)
	if l == "bear" {
		return hasAux(s, verb, "aux:pass") // "was born"
	}
	if l == "raise" {
		// "she was raised in Tarsk"; "raised prices" and "prices were
		// raised" are acts
		if !hasAux(s, verb, "aux:pass") {
			return false
		}
		for _, c := range s.Children(verb) {
			if t := s.Tokens[c]; t.Dep == "nsubj:pass" {
				return t.UPOS == "PROPN" || t.XPOS == "PRP" || strings.HasSuffix(t.Ent, "PERSON") || strings.HasSuffix(t.Ent, "PER")
			}
		}
		return false
	}
	if stateVerbs[l] {
		return true
	}
	if l == "have" {
		return possession(s, verb)
	}
	if !roleVerbs[l] {
		return false
	}
	// the place of the role may hang on the object ("studied economics
	// at Tellwater University")
	var mods []int
	for _, c := range s.Children(verb) {
		ct := s.Tokens[c]
		if l == "grow" && ct.Dep == "compound:prt" && lower(ct.Text) == "up" {
			return true
		}
		switch ct.Dep {
		case "obl", "nmod", "xcomp":
			mods = append(mods, c)
		case "obj":
			for _, g := range s.Children(c) {
				if s.Tokens[g].Dep == "nmod" {
					mods = append(mods, g)
				}
			}
		}
	}
	for _, c := range mods {
		// "worked for hours to free the driver" is an event
		if w := lower(s.Tokens[c].Text); countedUnits[w] || hourUnits[w] {
			continue
		}
		for _, g := range s.Children(c) {
			if gt := s.Tokens[g]; gt.Dep == "case" {
				switch lower(gt.Text) {
				case "as", "at", "for":
					return l != "grow"
				}
			}
		}
	}
	return false
}

// frequencyWords say how often a clause's event recurs: "was often asked
// about the prize", "always said she did not write for prizes", "had
// repeatedly denied the charge". Such a clause tells a habit, on no one
// day.
var frequencyWords = map[string]bool{
	"often": true, "always": true, "usually": true, "regularly": true, "repeatedly": true,
	"frequently": true, "sometimes": true, "routinely": true, "typically": true, "generally": true,
	"rarely": true, "seldom": true, "never": true, "constantly": true, "occasionally": true,
	"habitually": true, "invariably": true, "consistently": true,
}

// habitual reports whether the clause of verb (or, for a conjunct without
// a subject of its own, of its head) has an adverb of frequency
// ([frequencyWords]).
func habitual(s *nlp.Sentence, verb int) bool {
	v := verb
	for d := 0; d < 4 && v >= 0 && v < len(s.Tokens); d++ {
		subj := false
		for _, c := range s.Children(v) {
			ct := s.Tokens[c]
			if ct.Dep == "advmod" && frequencyWords[lower(ct.Text)] {
				return true
			}
			if strings.HasPrefix(ct.Dep, "nsubj") {
				subj = true
			}
		}
		if s.Tokens[v].Dep != "conj" || subj {
			return false
		}
		v = s.Tokens[v].Head
	}
	return false
}

// quoted reports whether token k stands inside quotation marks: a mark
// before it opens a quote not closed before it, or a mark after it closes
// a quote not opened after it (the quote began in an earlier sentence:
// ... and one of the dishes simply ate its lid."). A straight mark glued
// to the word after it opens, one glued to the word before it closes;
// curly and PTB marks say which they are.
func quoted(s *nlp.Sentence, k int) bool {
	depth := 0
	for i := 0; i < k; i++ {
		switch quoteMark(s, i) {
		case 1:
			depth++
		case -1:
			if depth > 0 {
				depth--
			}
		}
	}
	if depth > 0 {
		return true
	}
	for i := k + 1; i < len(s.Tokens); i++ {
		switch quoteMark(s, i) {
		case 1:
			depth++
		case -1:
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// quoteMark reports whether token i opens a quote (1), closes one (-1) or
// is no quotation mark (0).
func quoteMark(s *nlp.Sentence, i int) int {
	t := s.Tokens[i]
	switch t.Text {
	case "“", "``":
		return 1
	case "”", "''":
		return -1
	case "\"":
		gluedBefore := i > 0 && s.Tokens[i-1].End == t.Off
		gluedAfter := i+1 < len(s.Tokens) && s.Tokens[i+1].Off == t.End
		if gluedAfter && !gluedBefore {
			return 1
		}
		if i == 0 && !gluedBefore {
			return 1
		}
		return -1
	}
	return 0
}

// hasAux reports whether verb has a dependent of relation dep.
func hasAux(s *nlp.Sentence, verb int, dep string) bool {
	for _, c := range s.Children(verb) {
		if s.Tokens[c].Dep == dep {
			return true
		}
	}
	return false
}

// flashback reports whether s goes back before the story's day: its main
// clause is in the pluperfect ("Solvik had moved to Arnstead after her
// divorce") and s names no date. The simple past that follows goes on
// with that earlier story ("She opened a bakery there"), so the day in
// focus is no longer inherited until a day is named again.
func flashback(s *nlp.Sentence, txs []Timex) bool {
	for _, tx := range txs {
		if tx.IsDate() {
			return false
		}
	}
	r := root(s)
	if r < 0 || !hasParse(s) {
		return false
	}
	for _, k := range auxiliaries(s, r) {
		t := s.Tokens[k]
		if t.Dep != "aux" {
			continue
		}
		switch lower(t.Text) {
		case "had":
			return true
		case "'d", "’d": // or "would"
			return s.Tokens[r].XPOS == "VBN"
		}
	}
	return false
}

// embedded reports whether the clause of verb is reported or describes a
// noun ("He said engineers built it badly", "Workers who built the dam
// were paid poorly"): its event has a time of its own the sentence does
// not name, not the day the story is on. A conjunct without a subject of
// its own counts as its head's clause; a clause of time ("when the dam
// broke") is the main clause's time and may inherit. What the parse makes
// a complement of a verb that reports nothing ("After the case closed
// ... Jobs extended") or a relative clause with neither a relative word
// nor a subject ("the Conference drew attention") is the main clause
// misread.
func embedded(s *nlp.Sentence, verb int) bool {
	v := verb
	for d := 0; d < 4 && v >= 0 && v < len(s.Tokens) && s.Tokens[v].Dep == "conj" && !ownClause(s, v); d++ {
		v = s.Tokens[v].Head
	}
	if v < 0 || v >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[v]
	switch t.Dep {
	case "ccomp":
		h := t.Head
		return h >= 0 && h < len(s.Tokens) && inSet(reportVerbs, s.Tokens[h])
	case "acl:relcl":
		for _, c := range s.Children(v) {
			ct := s.Tokens[c]
			switch {
			case ct.XPOS == "WDT" || ct.XPOS == "WP" || ct.XPOS == "WP$" || ct.XPOS == "WRB":
				return true
			case lower(ct.Text) == "that" && c < v:
				return true
			case strings.HasPrefix(ct.Dep, "nsubj"):
				return true
			}
		}
		return false
	case "acl":
		return t.XPOS != "VBD" && !misreadMain(s, v)
	case "csubj", "csubj:pass":
		return true
	case "advcl":
		// "had cut back on staff since it bought the site": a clause
		// after "since" names where a period starts, before the time in
		// focus
		for _, c := range s.Children(v) {
			if s.Tokens[c].Dep == "mark" && lower(s.Tokens[c].Text) == "since" && c < v {
				return true
			}
		}
	}
	return false
}

// ownClause reports whether conjunct verb opens a clause of the sentence's
// own, not one inside its head's: it has a subject and a comma before
// its conjunction ("Customers reported that ..., and others tweeted"),
// unlike "said the company cut corners and the state ignored warnings".
func ownClause(s *nlp.Sentence, verb int) bool {
	subj, comma := false, false
	// the parse hangs the conjunction on the verb or on its subject
	commaCC := func(n int) {
		for _, c := range s.Children(n) {
			if s.Tokens[c].Dep == "cc" && c > 0 && s.Tokens[c-1].Text == "," {
				comma = true
			}
		}
	}
	commaCC(verb)
	for _, c := range s.Children(verb) {
		if strings.HasPrefix(s.Tokens[c].Dep, "nsubj") {
			subj = true
			commaCC(c)
		}
	}
	return subj && comma
}

// reportVerbs report speech or thought: what they report happened at a
// time of its own.
var reportVerbs = map[string]bool{
	"say": true, "tell": true, "claim": true, "report": true, "believe": true, "think": true,
	"add": true, "announce": true, "note": true, "insist": true, "deny": true, "know": true,
	"allege": true, "argue": true, "confirm": true, "state": true, "write": true, "suggest": true,
	"explain": true, "admit": true, "acknowledge": true, "recall": true, "remember": true,
	"testify": true, "reveal": true, "disclose": true, "learn": true, "hear": true, "suspect": true,
	"estimate": true, "find": true, "show": true, "indicate": true, "warn": true, "fear": true,
	"assert": true, "maintain": true, "contend": true, "complain": true, "mention": true,
	"feel": true, "realize": true, "realise": true, "discover": true, "understand": true,
	"hope": true, "agree": true, "accuse": true, "concede": true, "stress": true, "emphasize": true,
	"emphasise": true, "point": true, "recount": true, "describe": true, "tweet": true, "post": true,
}

// reportedDate reports whether tx, a date of s, dates a clause that a
// saying of s reports while the saying names no day of its own: "The
// river burst its banks on Monday, officials said", "Crace died on
// Monday, her publisher said in a statement".
func reportedDate(s *nlp.Sentence, tx Timex, txs []Timex) bool {
	h := tx.Head
	if !hasParse(s) || h < 0 || h >= len(s.Tokens) {
		return false
	}
	if speechVerb(s.Tokens[h]) {
		return false
	}
	for k, t := range s.Tokens {
		if k == h || t.UPOS != "VERB" || !speechVerb(t) || t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" || !hasSubject(s, k) {
			continue
		}
		// the saying governs the date's clause, or the parse hung the
		// saying on it; when the saying comes first, the date follows
		// the reported clause's head ("told a conference on Monday that
		// trust was our product" is the telling's day, however parsed)
		// ("..., officials said" as parataxis, or as a conjunct without
		// a conjunction: "died on Monday, his gallery said")
		governs := t.Head == h && (t.Dep == "parataxis" || t.Dep == "advcl" || t.Dep == "conj" && k > tx.End && !hasCC(s, k)) ||
			s.Tokens[h].Head == k && (s.Tokens[h].Dep == "ccomp" || s.Tokens[h].Dep == "parataxis") && (k > h || tx.Start > h) ||
			h > k && finiteUnder(s, h, k)
		if !governs {
			continue
		}
		for _, o := range txs {
			if o.IsDate() && o.Head == k {
				return false // "said on Tuesday"
			}
		}
		// "said on Monday that it had found ...": a date right after
		// the saying, before what it reports, is the saying's whatever
		// the parse hung it on
		if tx.Start > k && tx.Start <= k+2 && h >= tx.End {
			return false
		}
		return true
	}
	return false
}

// finiteUnder reports whether token h is a finite verb of its own below
// token k, not a conjunct of anything on the way up ("said the
// reservoirs, which supply 4 million people, were at 17 percent on
// Thursday" with "were" hung on "people"): whatever the parse made of
// it, h heads a clause k reports.
func finiteUnder(s *nlp.Sentence, h, k int) bool {
	t := s.Tokens[h]
	if t.UPOS != "VERB" && t.UPOS != "AUX" || t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" {
		return false
	}
	for i, d := h, 0; i >= 0 && i < len(s.Tokens) && d < 12; i, d = s.Tokens[i].Head, d+1 {
		if i == k {
			return true
		}
		if s.Tokens[i].Dep == "conj" || s.Tokens[i].Dep == "parataxis" {
			return false
		}
	}
	return false
}

// hasCC reports whether verb has a coordinating conjunction.
func hasCC(s *nlp.Sentence, verb int) bool {
	for _, c := range s.Children(verb) {
		if s.Tokens[c].Dep == "cc" {
			return true
		}
	}
	return false
}

// hasSubject reports whether verb has a subject of its own.
func hasSubject(s *nlp.Sentence, verb int) bool {
	for _, c := range s.Children(verb) {
		if strings.HasPrefix(s.Tokens[c].Dep, "nsubj") {
			return true
		}
	}
	return false
}

// inEarlierDocument reports whether the saying verb speaks through a
// document the story already knows and that came before it ("Nordvik
// said in its complaint that ...", "wrote in the lawsuit"), or in a memo
// or a letter: the saying has the document's time, not the day of the
// story.
func inEarlierDocument(s *nlp.Sentence, verb int) bool {
	if !speechVerb(s.Tokens[verb]) {
		return false
	}
	for _, c := range s.Children(verb) {
		if !strings.HasPrefix(s.Tokens[c].Dep, "obl") || !documentNouns[lemma(s.Tokens[c])] && !writingNouns[lemma(s.Tokens[c])] {
			continue
		}
		in, known := false, false
		for _, g := range s.Children(c) {
			switch t := s.Tokens[g]; {
			case t.Dep == "case" && lower(t.Text) == "in":
				in = true
			case t.Dep == "nmod:poss" || t.Dep == "det" && lower(t.Text) == "the":
				known = true
			}
		}
		if in && (known || writingNouns[lemma(s.Tokens[c])]) {
			return true
		}
	}
	return false
}

// writingNouns name a writing whose day the story seldom gives ("said in
// an internal memo", "wrote in a letter to staff"): unlike a statement,
// not the story's day, whatever its determiner.
var writingNouns = map[string]bool{"memo": true, "memorandum": true, "letter": true, "email": true, "e-mail": true}

// documentNouns name a filing or writing made before the story reports
// it.
var documentNouns = map[string]bool{
	"complaint": true, "lawsuit": true, "suit": true, "filing": true, "petition": true,
	"indictment": true, "affidavit": true, "memoir": true, "book": true, "submission": true,
	"application": true, "motion": true, "brief": true, "deposition": true, "testimony": true,
}

// speechVerb reports whether t says or asks something ([reportVerbs],
// "asked for privacy", "urged calm").
func speechVerb(t nlp.Token) bool {
	return inSet(reportVerbs, t) || inSet(askVerbs, t)
}

// askVerbs ask or appeal for something in words.
var askVerbs = map[string]bool{
	"ask": true, "urge": true, "appeal": true, "request": true, "plead": true, "reply": true,
	"respond": true, "comment": true, "decline": true, "call": true, "vow": true,
	"pledge": true, "promise": true, "predict": true, "caution": true,
}

// unreadTimeWords head a time adverbial that names no readable date but
// says the clause has a time of its own: "weeks ago", "in recent weeks",
// "over the weekend", "days later", "on the eve of the vote", "at the
// start of the year", "on Christmas Day", "at the turn of the century".
var unreadTimeWords = map[string]bool{
	"ago": true, "recently": true, "previously": true, "formerly": true, "lately": true,
	"subsequently": true, "afterwards": true, "afterward": true, "eventually": true,
	"weekend": true, "weekends": true, "century": true, "eve": true, "christmas": true, "easter": true,
	"past": true, "recent": true, "previous": true, "decade": true, "era": true, "holidays": true,
	"holiday": true, "season": true,
}

// relativeWords place a clause a counted span from another time.
var relativeWords = map[string]bool{"later": true, "earlier": true, "before": true, "after": true}

// countedUnits are the spans that, counted before relativeWords, move
// a clause off the day in focus.
var countedUnits = map[string]bool{
	"days": true, "weeks": true, "months": true, "years": true, "decades": true,
	"day": true, "week": true, "month": true, "year": true, "decade": true,
}

// partWords name a part of a time ("at the start of the year", "at the
// turn of the century"); of an event ("at the end of the meeting") they
// keep its day.
var partWords = map[string]bool{"start": true, "beginning": true, "end": true, "turn": true, "middle": true}

// timeUnits are the periods partWords may be parts of.
var timeUnits = map[string]bool{
	"year": true, "month": true, "week": true, "century": true, "decade": true, "season": true,
	"quarter": true, "term": true, "summer": true, "winter": true, "spring": true, "autumn": true,
	"millennium": true,
}

// ownTime reports whether the clause of verb has a time adverbial of its
// own that [Find] did not read as a date (see [unreadTimeWords]), or a
// bare "later" ("three of them later died"): the day in focus is then not
// the clause's. "Earlier in the day", "later that day" and "that morning"
// name no such word and go on inheriting.
func ownTime(s *nlp.Sentence, verb int) bool {
	var walk func(k, depth int) bool
	walk = func(k, depth int) bool {
		w := lower(s.Tokens[k].Text)
		if unreadTimeWords[w] {
			return true
		}
		// "days later", "weeks before the election", not "hours later"
		// nor "in six hours" or "after weeks of debate"
		if relativeWords[w] {
			for _, c := range s.Children(k) {
				if countedUnits[lower(s.Tokens[c].Text)] {
					return true
				}
			}
		}
		// a bare "later" ("three of them later died") puts the clause
		// some time after the day in focus; "later that day" and "later
		// on Tuesday" name their day
		if w == "later" && depth == 0 && len(s.Children(k)) == 0 {
			return true
		}
		// "once ran a fleet of 700 lorries": at some time before
		if w == "once" && depth == 0 && formerly(s, verb) {
			return true
		}
		if countedUnits[w] && s.Tokens[k].Head >= 0 && relativeWords[lower(s.Tokens[s.Tokens[k].Head].Text)] {
			return true
		}
		if partWords[w] {
			for _, c := range s.Children(k) {
				if timeUnits[lower(s.Tokens[c].Text)] {
					return true
				}
			}
		}
		if depth >= 3 {
			return false
		}
		for _, c := range s.Children(k) {
			if walk(c, depth+1) {
				return true
			}
		}
		return false
	}
	// the parse often hangs the adverbial on the object ("fired the
	// treasurer on Christmas Day")
	var mods []int
	for _, c := range s.Children(verb) {
		switch s.Tokens[c].Dep {
		case "obl", "obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod", "advmod", "obl:unmarked":
			mods = append(mods, c)
		case "obj":
			// "won four matches this season", the time read as an object
			if unreadTimeWords[lower(s.Tokens[c].Text)] {
				mods = append(mods, c)
			}
			for _, g := range s.Children(c) {
				switch s.Tokens[g].Dep {
				case "nmod", "nmod:tmod", "nmod:npmod", "advmod", "nmod:unmarked":
					mods = append(mods, g)
				}
			}
		}
	}
	for _, c := range mods {
		if walk(c, 0) {
			return true
		}
	}
	return false
}

// possessedNouns, as the object of "had", make it a state: "had two
// children", "had a stake in", "had a criminal record"; "had talks",
// "had an accident" are events.
var possessedNouns = map[string]bool{
	"child": true, "children": true, "son": true, "daughter": true, "wife": true, "husband": true,
	"brother": true, "sister": true, "record": true, "history": true, "stake": true, "share": true,
	"home": true, "house": true, "licence": true, "license": true, "permit": true, "degree": true,
	"debt": true, "employee": true, "staff": true, "member": true, "office": true, "store": true,
	"shop": true, "branch": true, "population": true, "resident": true, "customer": true,
}

// possession reports whether main verb "had" has an object that is
// possessed: counted ("had two children", "had 300 employees") or one of
// [possessedNouns].
func possession(s *nlp.Sentence, verb int) bool {
	for _, c := range s.Children(verb) {
		if s.Tokens[c].Dep != "obj" {
			continue
		}
		if possessedNouns[lemma(s.Tokens[c])] || possessedNouns[lower(s.Tokens[c].Text)] {
			return true
		}
		for _, g := range s.Children(c) {
			if s.Tokens[g].Dep == "nummod" {
				return true
			}
		}
	}
	return false
}

// describesNoun reports whether tx dates a relative clause or a
// participle after a noun ("The captain, who joined the line in 2015,
// was arrested").
func describesNoun(s *nlp.Sentence, tx Timex) bool {
	if tx.Head < 0 || tx.Head >= len(s.Tokens) {
		return false
	}
	switch s.Tokens[tx.Head].Dep {
	case "acl", "acl:relcl":
		return true
	}
	return false
}

// misreadMain reports whether participle k, parsed as describing a noun,
// is the sentence's main verb misread: the root is a noun with no verb
// of its own ("Thousands of students protested in Velby on Monday",
// parsed as the noun "Thousands" with "protested" under "students").
func misreadMain(s *nlp.Sentence, k int) bool {
	r := root(s)
	if r < 0 || hasCopula(s, r) {
		return false
	}
	switch s.Tokens[r].UPOS {
	case "NOUN", "PROPN", "NUM", "PRON":
	default:
		return false
	}
	for j, t := range s.Tokens {
		if j != k && t.UPOS == "VERB" && t.Dep != "acl" && t.Dep != "amod" {
			return false
		}
	}
	return len(auxiliaries(s, k)) == 0
}

// misreadLead reports whether relative clause k is the sentence's main
// clause misread: a wire lead naming its subject after a description
// ("Budget airline Skyvar said on Monday that ...") parsed as the noun
// "airline" with a relative clause "Skyvar said ...". The root is a noun
// with no copula, k hangs on it with a subject of its own right before it
// and no relative word, and the root has no other clause.
func misreadLead(s *nlp.Sentence, k int) bool {
	r := root(s)
	if r < 0 || s.Tokens[k].Head != r || hasCopula(s, r) {
		return false
	}
	switch s.Tokens[r].UPOS {
	case "NOUN", "PROPN":
	default:
		return false
	}
	subj := false
	for _, c := range s.Children(k) {
		ct := s.Tokens[c]
		switch {
		case ct.XPOS == "WDT" || ct.XPOS == "WP" || ct.XPOS == "WP$" || ct.XPOS == "WRB" || lower(ct.Text) == "that" && c < k:
			return false
		case strings.HasPrefix(ct.Dep, "nsubj") && c < k && c > r:
			subj = true
		}
	}
	if !subj {
		return false
	}
	for _, c := range s.Children(r) {
		if c != k && s.Tokens[c].UPOS == "VERB" {
			return false
		}
	}
	return true
}
