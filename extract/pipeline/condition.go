package pipeline

import (
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie"
)

// lostCondition returns the condition clause (its head token) that the
// fact read by ex is stated under but that neither its subject nor its
// object holds, or -1. Cut off, such a fact is asserted outright ("He
// said the airline would not improve its offer unless the union dropped
// its demand" read as "the airline | would not improve | its offer").
//
// The condition is an adverbial clause opened by "if" or "unless" ("even
// if" and "as if" concede or compare: the clause holds either way), or by
// "until", "till" or "once" in the present under a future or a modal ("I
// would not call it a success until we see the data"). It hangs on the
// fact's predicate or a verb the predicate completes ("will have to pay"),
// with no later conjunct of that verb between ("said yields could fall and
// warned that farms would close unless ..." puts the condition on
// "warned", not on "said"); or it follows right after the clause of the
// fact's predicate and hangs on a verb above it, where the parse often
// puts a condition told in reported speech ("said the airline would not
// improve its offer unless ...", the clause hung on "said"); or, for a
// fact whose object is a clause ("warned that farms would go bankrupt
// unless ..."), it hangs on that clause's predicate.
func lostCondition(s *nlp.Sentence, ex *oie.Extraction) int {
	toks := s.Tokens
	if ex.Verb < 0 || ex.Verb >= len(toks) {
		return -1
	}
	in := func(r oie.Range, k int) bool { return r.IsValid() && r.Start <= k && k < r.End }
	candidate := func(c int) bool {
		// "could keep the plant open on condition that it paid the
		// wages" parses the condition as a complement
		d := base(toks[c].Dep)
		return (d == "advcl" || d == "ccomp" && conditionOpener(s, clauseStart(s, c))) && !in(ex.Obj, c) && !in(ex.Subj, c) && !descends(s, ex.Verb, c)
	}
	// find returns a condition among the children of h after token
	// after, with no conjunct of h between h and it
	find := func(h, after int) int {
		for _, c := range s.Children(h) {
			if c <= after || !candidate(c) || conjBetween(s, h, c) {
				continue
			}
			if conditionClause(s, c, h) {
				return c
			}
			if r := reportedBefore(s, h, c); r >= 0 && conditionClause(s, c, r) {
				return c
			}
		}
		return -1
	}
	hosts := []int{}
	for i, d := ex.Verb, 0; i >= 0 && i < len(toks) && d < 4; i, d = toks[i].Head, d+1 {
		hosts = append(hosts, i)
		if i == ex.Verb {
			for _, c := range s.Children(i) {
				if base(toks[c].Dep) == "xcomp" && !in(ex.Obj, c) {
					hosts = append(hosts, c) // "will have to pay" read on "have"
				}
			}
		}
		if base(toks[i].Dep) != "xcomp" {
			break
		}
	}
	for _, h := range hosts {
		if c := find(h, -1); c >= 0 {
			return c
		}
	}
	// a condition right after the predicate's clause, hung higher up
	for h, d := toks[ex.Verb].Head, 0; h >= 0 && h < len(toks) && d < 4; h, d = toks[h].Head, d+1 {
		for _, c := range s.Children(h) {
			if c < ex.Verb || !candidate(c) {
				continue
			}
			if near := adjacentClause(s, ex.Verb, c); near >= 0 && conditionClause(s, c, near) {
				return c
			}
		}
		if d := base(toks[h].Dep); d != "ccomp" && d != "xcomp" && d != "conj" {
			break
		}
	}
	// the predicate of a clause the object holds
	if o := ex.ObjHead; o >= 0 && o < len(toks) && o != ex.Verb && in(ex.Obj, o) {
		switch base(toks[o].Dep) {
		case "ccomp", "xcomp", "csubj":
			if c := find(o, ex.Obj.Start); c >= 0 {
				return c
			}
		}
	}
	return -1
}

// conjBetween reports a conjunct of h between h and token c.
func conjBetween(s *nlp.Sentence, h, c int) bool {
	for _, k := range s.Children(h) {
		if h < k && k < c && base(s.Tokens[k].Dep) == "conj" {
			return true
		}
	}
	return false
}

// adjacentClause returns the predicate of the clause that ends right
// before clause c (a comma between or not) under predicate v, v itself or
// a clause below it, or -1 when v's clause does not end there.
func adjacentClause(s *nlp.Sentence, v, c int) int {
	toks := s.Tokens
	first := c
	for k := c - 1; k >= 0; k-- {
		if descends(s, k, c) {
			first = k
		}
	}
	prev := first - 1
	if prev >= 0 && toks[prev].Text == "," {
		prev--
	}
	if prev < 0 || !descends(s, prev, v) {
		return -1
	}
	// v's clause must end at prev: nothing of it after, but c
	for k := prev + 1; k < len(toks); k++ {
		if descends(s, k, v) && !descends(s, k, c) && toks[k].UPOS != "PUNCT" {
			return -1
		}
	}
	// the clause of prev: its nearest predicate under v
	for k, d := prev, 0; k >= 0 && k < len(toks) && d < 12; k, d = toks[k].Head, d+1 {
		if k == v {
			return v
		}
		switch base(toks[k].Dep) {
		case "ccomp", "xcomp", "conj", "advcl", "csubj":
			if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" || childDep(s, k, "cop", "aux", "nsubj") >= 0 {
				return k
			}
		}
	}
	return v
}

// conditionClause reports whether adverbial clause c is a condition still
// to be met (see lostCondition), read as hung on predicate h. Its opening
// word counts whatever the parse made of it ("until" is often read as a
// preposition).
func conditionClause(s *nlp.Sentence, c, h int) bool {
	toks := s.Tokens
	first := c
	for k := c - 1; k >= 0; k-- {
		if descends(s, k, c) && toks[k].UPOS != "PUNCT" {
			first = k
		}
	}
	w := strings.ToLower(toks[first].Text)
	if first+1 < c && (w == "even" || w == "as" || w == "only") {
		// "even if" and "as if" concede or compare; "only if" is a
		// condition still
		if w != "only" {
			return false
		}
		first++
		w = strings.ToLower(toks[first].Text)
	}
	if first == c || (toks[first].UPOS != "SCONJ" && toks[first].UPOS != "ADP" && toks[first].UPOS != "ADV") {
		return false
	}
	if conditionOpener(s, first) {
		return true
	}
	switch w {
	case "if", "unless":
		return true
	case "until", "till", "once":
		return futureHostAt(s, c, h)
	}
	return false
}

// keepCondition extends the object of ex through the condition the fact
// is stated under (lostCondition) when the condition follows the object
// and is short enough to read in a fact: "would not improve | its pay
// offer unless the union dropped its demand". What lies between the
// object and the condition must be words of the predicate's clause, with
// no comma. A condition it cannot take leaves the fact to the gate.
func keepCondition(s *nlp.Sentence, ex *oie.Extraction) {
	toks := s.Tokens
	if !ex.Obj.IsValid() || ex.Obj.End > len(toks) || ex.Obj.Start < 0 {
		return
	}
	if ex.Obj.End-ex.Obj.Start == 1 && toks[ex.Obj.Start].UPOS == "PRON" {
		return // "would repeal it if ...": an object no one can tell
	}
	c := lostCondition(s, ex)
	if c < 0 {
		return
	}
	first, last := c, c
	for k := range toks {
		if descends(s, k, c) {
			first, last = min(first, k), max(last, k)
		}
	}
	if first < ex.Obj.End || last-first+1 > 12 || first-ex.Obj.End > 8 {
		return
	}
	if x := toks[c].XPOS; (x == "VBZ" || x == "VBP" || x == "VBD") && childDep(s, c, "nsubj", "nsubj:pass", "expl") < 0 {
		// "if offers were high enough" read with "offers" as a verb: a
		// finite verb with no subject is a misparse
		return
	}
	if next := last + 1; next < len(toks) && toks[next].UPOS != "PUNCT" && toks[next].UPOS != "CCONJ" {
		return // the clause goes on past what the parse gave the condition
	}
	for k := first; k <= last; k++ {
		if !descends(s, k, c) || toks[k].Text == "," || toks[k].Text == ";" || toks[k].Text == "\"" || toks[k].Text == "“" || toks[k].Text == "”" {
			return
		}
	}
	for k := ex.Obj.End; k < first; k++ {
		switch {
		case toks[k].Text == "," || toks[k].Text == ";" || toks[k].UPOS == "PUNCT":
			return
		case base(toks[k].Dep) == "conj" || base(toks[k].Dep) == "cc":
			return
		case !descends(s, k, toks[c].Head):
			return
		}
	}
	end := last + 1
	if end < len(toks) && toks[end-1].UPOS == "PUNCT" {
		end-- // a closing mark the clause took
	}
	ex.Obj.End = end
	ex.Object = s.SpanText(ex.Obj.Start, ex.Obj.End)
}

// reportedBefore returns the clause that verb of saying h reports before
// token c ("said the bank would not pay a dividend until the regulator
// approved its plan", with the "until" clause hung on "said"), or -1: a
// condition after it is told in reported speech and read with its tense.
func reportedBefore(s *nlp.Sentence, h, c int) int {
	if h < 0 || h >= len(s.Tokens) || !lexicon.Reporting(s.Tokens[h].Lemma) {
		return -1
	}
	for _, k := range s.Children(h) {
		if k < c && base(s.Tokens[k].Dep) == "ccomp" {
			return k
		}
	}
	return -1
}

// clauseStart returns the first word of the clause headed by i, less
// punctuation.
func clauseStart(s *nlp.Sentence, i int) int {
	first := i
	for k := i - 1; k >= 0; k-- {
		if descends(s, k, i) && s.Tokens[k].UPOS != "PUNCT" {
			first = k
		}
	}
	return first
}

// conditionOpener reports whether the clause that starts at token first
// is opened by a condition of several words or a participle: "as long
// as", "so long as", "provided (that)", "providing (that)", "on
// condition that". The parse seldom makes them the clause's marker.
func conditionOpener(s *nlp.Sentence, first int) bool {
	toks := s.Tokens
	if first < 0 || first >= len(toks) {
		return false
	}
	w := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[k].Text)
	}
	k := first
	if w(k) != "that" && w(k) != "as" && w(k) != "provided" && w(k) != "providing" {
		// the marker may lie outside the clause as parsed: "provided |
		// the developer builds"
		k--
	}
	switch w(k) {
	case "as":
		return w(k-1) == "long" && (w(k-2) == "as" || w(k-2) == "so")
	case "provided", "providing":
		return true
	case "that":
		return w(k-1) == "provided" || w(k-1) == "providing" || w(k-1) == "condition" && w(k-2) == "on"
	}
	return false
}

// openerPredicate reports a predicate that is the opener of a condition
// read as a verb ("will approve the tower provided that the developer
// builds a school" read as "the tower | is provided that | ..."): the
// participle with a clause of its own, hung on another verb.
func openerPredicate(s *nlp.Sentence, v int) bool {
	if v < 0 || v >= len(s.Tokens) {
		return false
	}
	switch strings.ToLower(s.Tokens[v].Text) {
	case "provided", "providing":
	default:
		return false
	}
	switch base(s.Tokens[v].Dep) {
	case "xcomp", "advcl", "acl":
	default:
		return false
	}
	return childDep(s, v, "ccomp", "advcl") >= 0 && childDep(s, v, "nsubj", "nsubj:pass", "aux", "aux:pass") < 0
}

// verbAbove returns the first verb above token i, or -1.
func verbAbove(s *nlp.Sentence, i int) int {
	for k, d := s.Tokens[i].Head, 0; k >= 0 && k < len(s.Tokens) && d < 8; k, d = s.Tokens[k].Head, d+1 {
		if s.Tokens[k].UPOS == "VERB" || s.Tokens[k].UPOS == "AUX" {
			return k
		}
	}
	return -1
}

// negatedLimit reports a negated fact whose verb keeps a limit in time
// the fact leaves out ("she did not see the report until after 10 p.m.",
// "the club have not lost a match since August"): without "until ..." or
// "since ..." the fact says the opposite of the sentence, or more.
func negatedLimit(s *nlp.Sentence, ex *oie.Extraction, negated bool) bool {
	toks := s.Tokens
	if !negated || ex.Verb < 0 || ex.Verb >= len(toks) {
		return false
	}
	in := func(r oie.Range, k int) bool { return r.IsValid() && r.Start <= k && k < r.End }
	for k := ex.Verb + 1; k < len(toks); k++ {
		switch strings.ToLower(toks[k].Text) {
		case "until", "till", "since":
		default:
			continue
		}
		if in(ex.Obj, k) || in(ex.Subj, k) || in(ex.Obj, toks[k].Head) {
			continue // "cannot race until | June 2030" keeps it
		}
		// the word, or the phrase or clause it opens, hangs on the verb,
		// or on its object when the parse took a clause's subject for a
		// noun's modifier ("did not open the floodgates until the river
		// had crested")
	up:
		for h, d := toks[k].Head, 0; h >= 0 && h < len(toks) && d < 3; h, d = toks[h].Head, d+1 {
			if h == ex.Verb {
				return true
			}
			if in(ex.Subj, h) {
				break
			}
			switch base(toks[h].Dep) {
			case "ccomp", "xcomp", "acl", "conj", "parataxis", "csubj":
				break up // another clause's limit
			}
		}
	}
	return false
}
