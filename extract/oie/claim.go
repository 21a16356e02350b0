package oie

import "strings"

// accusationVerbs put their content ("of hiding losses", "for delaying
// the budget", "with taking bribes") forward as someone's charge, not as
// a fact: (the firm; hid; losses) is true only as the accuser's claim.
var accusationVerbs = map[string]bool{
	"accuse": true, "suspect": true, "blame": true, "charge": true, "allege": true, "indict": true,
	"convict": true, "fault": true, "criticize": true, "criticise": true, "condemn": true,
}

// claimNouns name a claim whose content clause ("claims that ...") is
// someone's assertion, not the writer's.
var claimNouns = map[string]bool{
	"claim": true, "allegation": true, "accusation": true, "suggestion": true, "report": true, "rumour": true,
	"rumor": true, "speculation": true, "assertion": true, "charge": true, "suspicion": true, "contention": true,
}

// hedges on a predicate make it a report, not the writer's statement.
var hedges = map[string]bool{"allegedly": true, "reportedly": true, "purportedly": true, "supposedly": true}

// accusations marks the clauses that are the content of an accusation and
// gives them the accuser as speaker when the sentence names one (the
// active subject, or the agent of a passive: "was accused by regulators
// of ..."). A clause is the content when it hangs on the accusation verb,
// or on its object ("blamed the opposition for delaying"), with "of",
// "for" or "with", or as a gerund or infinitive ("alleged to have ...").
// Predicates modified by "allegedly" or "reportedly" are marked too.
func (w *walker) accusations() {
	for p := range w.t {
		for _, k := range w.kids[p] {
			if w.bdep(k) == "advmod" && hedges[w.lower(k)] {
				w.allege(p, speaker{head: -1}, 0)
			}
		}
		if w.t[p].UPOS == "NOUN" && claimNouns[w.lemma(p)] {
			// "rejected claims that it had hidden losses", "rumours
			// that the factory will close": the clause is a claim, and
			// the claimant, if any, its possessor
			sp := speaker{head: -1}
			if o := w.child(p, "nmod:poss"); o >= 0 {
				sp = speaker{text: w.text(w.span(o, w.argSkip(o, nil))), head: o}
			}
			for _, c := range w.kids[p] {
				if c > p && (w.bdep(c) == "acl" || w.bdep(c) == "ccomp") && w.hasMark(c, "that") {
					w.allege(c, sp, 0)
				}
			}
		}
		if w.t[p].UPOS == "NOUN" && reportNouns[w.lemma(p)] {
			// "reports of soldiers looting shops": what is reported,
			// not what the writer states
			sp := speaker{head: -1}
			if o := w.child(p, "nmod:poss"); o >= 0 {
				sp = speaker{text: w.text(w.span(o, w.argSkip(o, nil))), head: o}
			}
			for _, n := range w.kids[p] {
				if n < p || w.bdep(n) != "nmod" || !w.hasCase(n, "of") {
					continue
				}
				for _, c := range w.kids[n] {
					if c > n && w.bdep(c) == "acl" && w.t[c].XPOS == "VBG" {
						w.allege(c, sp, 0)
					}
				}
			}
			continue
		}
		if claimNouns[w.lemma(p)] && w.t[p].UPOS == "NOUN" {
			continue
		}
		if w.t[p].UPOS != "VERB" || !accusationVerbs[w.lemma(p)] {
			continue
		}
		sp := speaker{head: -1}
		passive := w.child(p, "aux:pass", "nsubj:pass") >= 0
		for _, k := range w.kids[p] {
			switch {
			case w.dep(k) == "nsubj" && !passive && !w.isRelPron(k):
				sp = speaker{text: w.argText(arg{head: k, toks: w.span(k, w.subjSkip)}), head: k}
			case w.dep(k) == "obl:agent" || (w.bdep(k) == "obl" && w.hasCase(k, "by")):
				if sp.head < 0 {
					sp = speaker{text: w.text(w.span(k, w.argSkip(k, nil))), head: k}
				}
			}
		}
		hosts := []int{p}
		if o := w.child(p, "obj"); o >= 0 {
			hosts = append(hosts, o)
		}
		for _, h := range hosts {
			for _, c := range w.kids[h] {
				if c < p || !w.accusedContent(c) {
					continue
				}
				w.allege(c, sp, 0)
			}
		}
	}
}

// accusedContent reports whether dependent c of an accusation verb (or of
// its object) states what is charged: a clause introduced by "of", "for",
// "with" or "to", a gerund, or a prepositional gerund.
func (w *walker) accusedContent(c int) bool {
	switch w.bdep(c) {
	case "advcl", "acl", "xcomp", "ccomp":
		if w.t[c].XPOS == "VBG" {
			return true
		}
		for _, k := range w.kids[c] {
			if w.bdep(k) == "mark" {
				switch w.lower(k) {
				case "of", "for", "with", "to", "that":
					return true
				}
			}
		}
		return w.child(c, "nsubj") < 0
	case "obl", "nmod":
		return w.t[c].UPOS == "VERB" && (w.hasCase(c, "of") || w.hasCase(c, "for") || w.hasCase(c, "with"))
	}
	return false
}

// hasCase reports whether i has a case marker m.
func (w *walker) hasCase(i int, m string) bool {
	for _, k := range w.kids[i] {
		if w.bdep(k) == "case" && strings.EqualFold(w.t[k].Text, m) {
			return true
		}
	}
	return false
}

// allege marks clause c and every clause below it as alleged, attributed
// to sp where no speaker was found for them yet.
func (w *walker) allege(c int, sp speaker, depth int) {
	if depth > 12 || w.alleged[c] {
		return
	}
	w.alleged[c] = true
	if sp.head >= 0 && (w.attr[c].head < 0 || w.reportsAccuser(c, sp)) {
		w.attr[c] = sp
	}
	for _, k := range w.kids[c] {
		switch w.bdep(k) {
		case "conj":
			// "accused of hiding losses and misleading investors" shares
			// the charge; a conjunct with a subject of its own ("..., but
			// the returns have been quick") is a statement of its own.
			if w.child(k, "nsubj", "nsubj:pass", "expl") < 0 {
				w.allege(k, sp, depth+1)
			}
		case "xcomp", "ccomp", "advcl", "acl", "csubj":
			w.allege(k, sp, depth+1)
		}
	}
}

// mandativeVerbs take a "that"-clause stating what someone wants done
// ("demanded that the builders lower their prices"): with its verb in the
// bare form the clause is a demand, not an event.
var mandativeVerbs = map[string]bool{
	"demand": true, "urge": true, "ask": true, "insist": true, "propose": true, "recommend": true,
	"request": true, "require": true, "suggest": true, "order": true, "move": true, "advise": true,
}

// mandativeNouns ask for what their content clause says ("the demand that
// the city close the bridge").
var mandativeNouns = map[string]bool{
	"demand": true, "call": true, "request": true, "insistence": true, "proposal": true,
	"recommendation": true, "order": true, "suggestion": true, "requirement": true, "ultimatum": true,
	"plea": true, "appeal": true, "condition": true,
}

// directiveVerbs ask or tell their object to do what their infinitive says,
// which is not thereby done ("urged residents to avoid the area").
var directiveVerbs = map[string]bool{
	"urge": true, "ask": true, "advise": true, "tell": true, "order": true, "encourage": true, "invite": true,
	"press": true, "pressure": true, "instruct": true, "request": true, "implore": true, "beg": true, "warn": true,
	"call": true, "direct": true, "command": true, "exhort": true, "appeal": true,
}

// mandative reports whether clause p is the bare-form content of a verb
// of demanding ("that the builders lower their prices").
func (w *walker) mandative(p int) bool {
	h := w.head(p)
	if h >= 0 && w.dep(p) == "xcomp" && directiveVerbs[w.lemma(h)] && p > h {
		// "urged residents to avoid the area": what the residents are
		// asked to do, not what they did
		if o := w.child(h, "obj", "iobj"); o >= 0 && o > h && o < p {
			return true
		}
	}
	if h >= 0 && (w.dep(p) == "acl" || w.dep(p) == "acl:relcl") && mandativeNouns[w.lemma(h)] && p > h {
		// "its demand that the company raise wages": what a demand
		// asks for, whatever the verb's form
		if s := w.child(p, "nsubj", "nsubj:pass"); s >= 0 && !w.isRelPron(s) && s > h {
			for k := h + 1; k < s; k++ {
				if w.lower(k) == "that" {
					return true
				}
			}
		}
	}
	if h < 0 || w.bdep(p) != "ccomp" || !mandativeVerbs[w.lemma(h)] || !w.hasMark(p, "that") {
		return false
	}
	if a := w.child(p, "aux", "aux:pass"); a >= 0 {
		return w.t[a].XPOS == "VB" && w.lower(a) == "be" // "that the bridge be closed"
	}
	switch w.t[p].XPOS {
	case "VB":
		return true
	case "VBP":
		// "that they lower", a bare form the tagger reads as present;
		// a third-person subject tells them apart ("that he lower")
		s := w.child(p, "nsubj")
		return s >= 0 && (w.t[s].XPOS == "NNS" || w.t[s].XPOS == "NNPS" || w.lower(s) == "they" || w.lower(s) == "we")
	}
	return false
}

// negatedContent marks the clauses hung on a noun the sentence negates
// ("has given no indication it would accept the deal", "there is no
// proof the mayor took bribes", "did not show any sign that the virus
// spread", "no company that sells it"): their content is not stated, so
// they give no facts. The clause is a content or relative clause of the
// noun, with a subject of its own or a relative pronoun.
func (w *walker) negatedContent() {
	for n := range w.t {
		if !w.negatedNoun(n) {
			continue
		}
		for _, c := range w.kids[n] {
			if c < n {
				continue
			}
			switch w.bdep(c) {
			case "acl", "ccomp":
				if w.child(c, "nsubj", "nsubj:pass", "expl") >= 0 || w.t[c].XPOS == "VBG" || w.hasMark(c, "to") {
					w.unassert(c, 0)
				}
			}
		}
	}
}

// negatedNoun reports a noun determined by "no", or by "any" under a
// negated predicate ("has not given any indication").
func (w *walker) negatedNoun(n int) bool {
	if w.t[n].UPOS != "NOUN" {
		return false
	}
	for _, k := range w.kids[n] {
		if w.bdep(k) != "det" {
			continue
		}
		switch w.lower(k) {
		case "no":
			return true
		case "any":
			if h := w.head(n); h >= 0 {
				for _, m := range w.kids[h] {
					if (w.bdep(m) == "advmod" || w.bdep(m) == "neg") && (w.lower(m) == "not" || w.lower(m) == "n't" || w.lower(m) == "never") {
						return true
					}
				}
			}
		}
	}
	return false
}

// unassert marks clause c and the clauses below it as unstated.
func (w *walker) unassert(c, depth int) {
	if depth > 12 || w.unasserted[c] {
		return
	}
	w.unasserted[c] = true
	for _, k := range w.kids[c] {
		switch w.bdep(k) {
		case "conj":
			// "has shown no sign it would accept X and has rejected Y":
			// a conjunct that belongs to the matrix clause is stated
			if w.child(k, "nsubj", "nsubj:pass", "expl") < 0 && w.sharedMatrix(k, c) < 0 {
				w.unassert(k, depth+1)
			}
		case "xcomp", "ccomp", "advcl", "acl", "csubj":
			w.unassert(k, depth+1)
		}
	}
}

// freeRelativeGap reports a relative clause p on a free relative "what"
// that stands for p's missing object ("for what the founder described as
// a modest fee"): read alone, (the founder; described as; a modest fee)
// loses what was described, so the clause gives no fact.
func (w *walker) freeRelativeGap(p int) bool {
	h := w.head(p)
	if h < 0 || w.dep(p) != "acl:relcl" || w.lower(h) != "what" || w.t[h].XPOS != "WP" {
		return false
	}
	return w.child(p, "obj", "ccomp", "xcomp") < 0 && w.child(p, "nsubj", "nsubj:pass") >= 0
}

// cleft reports the copula of a cleft sentence ("it was Smith, not Jones,
// who made the decision"): "it" stands for nothing, and the fact is the
// relative clause's, with the focus as its subject.
func (w *walker) cleft(p int) bool {
	s := w.child(p, "nsubj")
	if s < 0 || w.lower(s) != "it" || w.child(p, "cop") < 0 || !w.isNominal(p) {
		return false
	}
	for k := p + 1; k < len(w.t) && k < p+12; k++ {
		switch {
		case (w.t[k].XPOS == "WP" || w.t[k].XPOS == "WDT") && (w.lower(k) == "who" || w.lower(k) == "that"):
			c := w.head(k)
			return c > k && w.bdep(k) == "nsubj" && (w.dep(c) == "acl:relcl" || w.dep(c) == "parataxis" || w.dep(c) == "conj")
		case w.t[k].UPOS == "PUNCT" || w.under(k, p):
		default:
			return false
		}
	}
	return false
}

// conditional reports whether clause p, or a clause it is part of, is a
// condition still to be met: opened by "if", "unless" or "whether", or by
// "once", "when" or "until" in the present tense under a predicate with a
// future or modal auxiliary.
func (w *walker) conditional(p int) bool {
	for i, d := p, 0; i >= 0 && d < 12; i, d = w.head(i), d+1 {
		switch w.bdep(i) {
		case "advcl", "ccomp", "csubj", "xcomp", "conj", "acl", "root", "parataxis":
		default:
			if i != p {
				return false
			}
		}
		for _, c := range w.kids[i] {
			if w.bdep(c) != "mark" {
				continue
			}
			switch w.lower(c) {
			case "if", "unless", "whether":
				return true
			case "once", "when", "until", "whenever":
				if w.bdep(i) == "advcl" && w.futureHost(i) {
					return true
				}
				fallthrough
			case "before", "till":
				// "will not speculate until the engineers have finished",
				// "will serve half of his sentence before being released":
				// under a future or a refusal, what is waited for has not
				// happened, whatever its form
				if l := w.lower(c); (l == "until" || l == "till" || l == "before") && w.bdep(i) == "advcl" && w.pendingHost(w.head(i)) {
					return true
				}
			}
		}
	}
	return false
}

// pendingHost reports a predicate h with a future or modal auxiliary, or
// negated: what it waits for lies ahead.
func (w *walker) pendingHost(h int) bool {
	if h < 0 {
		return false
	}
	for _, c := range w.kids[h] {
		switch {
		case w.bdep(c) == "aux":
			switch w.lower(c) {
			case "will", "would", "shall", "could", "may", "might", "'ll", "must", "should", "can":
				return true
			}
		case w.bdep(c) == "advmod" && (w.lower(c) == "not" || w.lower(c) == "n't" || w.lower(c) == "never"):
			return true
		}
	}
	return false
}

// futureHost reports a present-tense clause i hung on a predicate with a
// future or modal auxiliary.
func (w *walker) futureHost(i int) bool {
	switch w.t[i].XPOS {
	case "VBZ", "VBP":
	default:
		a := w.child(i, "cop", "aux", "aux:pass")
		if a < 0 || (w.t[a].XPOS != "VBZ" && w.t[a].XPOS != "VBP") {
			return false
		}
	}
	h := w.head(i)
	if h < 0 {
		return false
	}
	for _, c := range w.kids[h] {
		if w.bdep(c) == "aux" {
			switch w.lower(c) {
			case "will", "would", "shall", "could", "may", "might", "'ll":
				return true
			}
		}
	}
	return false
}

// modalManner reports a gerund clause opened by "by" under a predicate
// with a modal ("could raise money by selling land", "may be healthier,
// for example by eating better"): a way something might be done, not
// something done.
func (w *walker) modalManner(p int) bool {
	for n := 0; w.bdep(p) == "conj" && n < 8 && w.head(p) >= 0; n++ {
		p = w.head(p) // "by eating better or smoking less"
	}
	h := w.head(p)
	if h < 0 || w.bdep(p) != "advcl" || w.t[p].XPOS != "VBG" {
		return false
	}
	by := false
	for _, c := range w.kids[p] {
		by = by || w.bdep(c) == "mark" && w.lower(c) == "by"
	}
	if !by {
		return false
	}
	for _, c := range w.kids[h] {
		if w.bdep(c) == "aux" && w.t[c].XPOS == "MD" {
			return true
		}
	}
	return false
}

// comparisonClause reports a clause opened by "than" ("more than the
// region normally receives in two months", "higher than analysts had
// expected", "would rather be read than praised by juries"): what it
// compares with is missing from it, so it states no fact of its own. A
// verb right after "more than" or "less than" ("gains were more than
// halved") is no such clause: it happened, and more.
func (w *walker) comparisonClause(p int) bool {
	for _, c := range w.kids[p] {
		if w.bdep(c) != "mark" || w.lower(c) != "than" {
			continue
		}
		if c+1 == p && c > 0 && (w.lower(c-1) == "more" || w.lower(c-1) == "less") {
			return false
		}
		return true
	}
	return false
}
