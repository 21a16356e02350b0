package oie

import (
	"slices"
	"strconv"
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"
)

// arg is one candidate argument: its head, its tokens (sorted) and how it
// was found.
type arg struct {
	head  int
	toks  []int
	split bool    // one conjunct of a coordination
	pen   float64 // confidence penalty for how it was found
	tail  int     // tokens of a complement or condition the object was completed with (objectTail), not counted in its length for confidence
}

func (w *walker) argText(a arg) string { return w.text(a.toks) }

// subject kinds, used for confidence.
const (
	subjOwn = iota
	subjConj
	subjControl
	subjRel
	subjAdv
	subjAcl
)

// subjFromNames names the subject kinds for [Extraction.SubjectFrom].
var subjFromNames = [...]string{subjOwn: "own", subjConj: "conj", subjControl: "control", subjRel: "relative", subjAdv: "adverbial", subjAcl: "acl"}

var subjPenalty = [...]float64{subjOwn: 0, subjConj: 0.05, subjControl: 0.05, subjRel: 0.05, subjAdv: 0.15, subjAcl: 0.12}

// subjSkip excludes from a subject span what is not part of the name:
// appositions, relative clauses and dangling punctuation.
func (w *walker) subjSkip(c int) bool {
	switch w.dep(c) {
	case "appos", "acl:relcl", "parataxis", "dep":
		return true
	case "acl":
		// a participle after the subject's predicate ("tools will be
		// added in X, dubbed Y") is no part of the subject's words
		if n := w.head(c); n >= 0 {
			if p := w.head(n); p > n && c > p {
				return true
			}
		}
		// nor is one set off by commas ("The ship, carrying 200
		// passengers, ran aground"): it says more of the subject, which
		// has a fact of its own
		if w.setOff(c) {
			return true
		}
	}
	return w.verbConjOfNoun(c) || w.source(c)
}

// restrictsGeneric reports a relative clause c whose pronoun, its subject,
// follows a plural subject noun with no determiner, possessor or number,
// with no comma between ("people who walk more", "firms that miss the
// deadline will be fined"): it picks out some of a class. An object, or a
// subject of "there are", is no claim about a class ("there are sources
// that have seen it").
func (w *walker) restrictsGeneric(c int) bool {
	n := w.head(c)
	if n < 0 || n > c || w.dep(c) != "acl:relcl" || w.t[n].XPOS != "NNS" || !strings.HasPrefix(w.dep(n), "nsubj") {
		return false
	}
	if v := w.head(n); v >= 0 && w.child(v, "expl") >= 0 {
		return false
	}
	for _, k := range w.kids[n] {
		switch w.bdep(k) {
		case "det", "nmod:poss", "nummod":
			return false
		case "amod":
			if quantityWords[w.lower(k)] {
				return false // "several developers who had early access": some, not a class
			}
		}
	}
	for _, k := range w.kids[c] {
		if k == n+1 && w.isRelPron(k) && w.bdep(k) == "nsubj" {
			return true
		}
	}
	return false
}

// quantityWords say how many of a class a noun phrase means.
var quantityWords = map[string]bool{"several": true, "many": true, "some": true, "few": true, "numerous": true,
	"various": true, "most": true, "all": true, "other": true, "certain": true, "multiple": true}

// restrictedSubject returns subject a's tokens with the restrictive
// relative clause on its head that follows it (see restrictsGeneric), when
// the clause is not p's own: "Older adults who walk daily" as the subject
// of "may live longer".
func (w *walker) restrictedSubject(a arg, p int) ([]int, bool) {
	if a.head < 0 || len(a.toks) == 0 {
		return nil, false
	}
	for _, c := range w.kids[a.head] {
		if !w.restrictsGeneric(c) || w.under(p, c) {
			continue
		}
		sp := w.span(c, nil)
		if len(sp) == 0 || sp[0] != a.toks[len(a.toks)-1]+1 {
			continue
		}
		return concat(a.toks, sp), true
	}
	return nil, false
}

// source reports whether c is the source of a report, "according to X":
// the clause's attribution, never part of an argument.
func (w *walker) source(c int) bool {
	switch w.bdep(c) {
	case "obl", "nmod", "advcl", "advmod":
	default:
		return false
	}
	for _, k := range w.kids[c] {
		if w.bdep(k) == "case" && w.lower(k) == "according" {
			return true
		}
	}
	return false
}

// subjects returns the candidate subjects of predicate p and how they were
// found (one of the subj* kinds); none for a subjectless clause.
func (w *walker) subjects(p int) ([]arg, int) {
	return w.subjectsDepth(p, 0)
}

func (w *walker) subjectsDepth(p int, depth int) ([]arg, int) {
	if depth > 6 {
		return nil, 0
	}
	if c := w.child(p, "nsubj", "csubj"); c >= 0 {
		if w.isRelPron(c) || w.isWhPron(c) {
			if h := w.head(p); h >= 0 && w.dep(p) == "ccomp" && w.dep(h) == "acl:relcl" && c < h {
				// "complications that reviewers said could have been
				// detected": the pronoun stands for the noun the
				// relative clause of the verb of saying is on
				return w.antecedent(h), subjRel
			}
			return w.antecedent(p), subjRel
		}
		if d := w.nextSubj(p, c); d >= 0 {
			return w.mergedSubj(c, d), subjOwn
		}
		if k := w.frontedSubj(p, c); k >= 0 {
			return w.argVariants(k, w.subjSkip), subjOwn
		}
		if k := w.namedBy(c); k >= 0 {
			// "A group called Friends of Varn Bay sued the city": the
			// group is named, and the name is what sued
			return w.argVariants(k, w.subjSkip), subjOwn
		}
		if wh := w.child(c, "nmod:poss"); wh >= 0 && w.whoseName(wh) >= 0 {
			// "whose cousin Oren": the name right after the noun, with
			// no comma, is the brother's, part of who he is
			return w.argVariants(c, func(k int) bool {
				if k == c+1 && w.dep(k) == "appos" && w.t[k].UPOS == "PROPN" {
					return false
				}
				return w.subjSkip(k)
			}), subjOwn
		}
		return w.argVariants(c, w.subjSkip), subjOwn
	}
	h := w.head(p)
	if h < 0 {
		return nil, 0
	}
	if n := w.forSubject(p, h); n >= 0 {
		// "appealing for anyone with footage to come forward": the
		// noun after "for" is the infinitive's subject
		return w.argVariants(n, w.subjSkip), subjControl
	}
	switch w.dep(p) {
	case "conj":
		if g := w.reportConj(p, h); g >= 0 {
			a, _ := w.subjectsDepth(g, depth+1)
			return a, subjConj
		}
		if g := w.sharedMatrix(p, h); g >= 0 {
			a, _ := w.subjectsDepth(g, depth+1)
			return a, subjConj
		}
		if w.isPred(h) {
			a, _ := w.subjectsDepth(h, depth+1)
			return a, subjConj
		}
	case "xcomp":
		o := w.child(h, "obj")
		if o < 0 && objectControlVerbs[w.lemma(h)] {
			// "told customers to hold the phone": the customers hold it
			o = w.child(h, "iobj")
		}
		if o >= 0 && o < p && w.spanOfTime(o) {
			// "has 21 days to lodge the appeal", "was given two weeks
			// to repay": a span of time does nothing, and that its
			// holder does it is not said, only that it may; the fact
			// of having the time says so
			return nil, 0
		}
		if o >= 0 && o < p {
			return w.argVariants(o, w.subjSkip), subjControl
		}
		if w.isPred(h) {
			a, _ := w.subjectsDepth(h, depth+1)
			return a, subjControl
		}
	case "acl:relcl":
		return w.antecedent(p), subjRel
	case "acl":
		if m := w.child(p, "mark", "case"); w.t[p].XPOS == "VBG" && m >= 0 && m < p && w.lower(m) == "of" {
			// a gerund after "of" says what the noun is about ("one
			// count of lying to agents", "the risk of losing money"):
			// the noun does not do it (as it does with "for": "a panel
			// for monitoring the truce")
			return nil, 0
		}
		if w.isNominal(h) && w.t[p].XPOS != "VB" {
			if w.isCopular(h) {
				if c := w.child(h, "nsubj"); c >= 0 && !w.isRelPron(c) {
					return w.argVariants(c, w.subjSkip), subjAcl
				}
			}
			return []arg{{head: h, toks: w.span(h, w.argSkip(h, func(c int) bool { return c == p || w.subjSkip(c) }))}}, subjAcl
		}
	case "advcl":
		x := w.t[p].XPOS
		if a := w.child(p, "aux"); a >= 0 && w.lower(a) == "having" && a < p {
			// "Having lost the vote, the mayor resigned": a perfect
			// participle, whatever the verb's tag
			x = "VBN"
		}
		switch x {
		case "VBG", "VBN", "VB":
			if amountVerbs[w.lemma(p)] && w.t[p].XPOS == "VBG" && p > h {
				// "sold 2 million loaves, totaling $5 million": what
				// totals is what the clause counts, not its subject
				if o := w.child(h, "obj"); o >= 0 && o < p && !w.isRelPron(o) {
					return []arg{{head: o, toks: w.span(o, w.argSkip(o, w.subjSkip))}}, subjAdv
				}
				return nil, 0
			}
			if speechGerunds[w.lemma(p)] && w.t[p].XPOS == "VBG" && p > h {
				// `says the firm "priced it aggressively," referring to
				// the price`: the speaker refers, not the firm
				for a, d := h, 0; a >= 0 && d < 4; a, d = w.head(a), d+1 {
					if w.t[a].UPOS == "VERB" && lexicon.Reporting(w.lemma(a)) && a < p {
						sa, _ := w.subjectsDepth(a, depth+1)
						return sa, subjAdv
					}
				}
			}
			if w.t[p].XPOS == "VBG" && p > h && lexicon.Prevents(w.lemma(h)) {
				// "barred him from working", "banned the firm from
				// selling": who would do it is the verb's object
				if m := w.child(p, "mark"); m >= 0 && w.lower(m) == "from" {
					if o := w.child(h, "obj"); o >= 0 && o < p && !w.isRelPron(o) {
						return []arg{{head: o, toks: w.span(o, w.argSkip(o, w.subjSkip))}}, subjAdv
					}
					return nil, 0
				}
			}
			if w.t[p].XPOS == "VBG" && p > h && w.advocated(h, p) {
				// "campaigned on cutting taxes", "argued for closing the
				// plant", "warned against raising rates": the gerund is
				// what the subject wants or opposes, not what it did
				return nil, 0
			}
			if inferenceVerbs[w.lemma(p)] && w.t[p].XPOS == "VBG" && p > h && p > 0 && w.t[p-1].Text == "," && w.child(p, "ccomp") >= 0 {
				// "X is already on sale, suggesting that Y": what
				// suggests Y is the fact stated, not X
				return nil, 0
			}
			if w.isPred(h) {
				a, _ := w.subjectsDepth(h, depth+1)
				return a, subjAdv
			}
		}
	}
	return nil, 0
}

// speechGerunds are acts of the speaker when they follow a report
// ("..., referring to the price", "..., adding that ...").
var speechGerunds = map[string]bool{
	"refer": true, "note": true, "add": true, "cite": true, "explain": true, "point": true, "argue": true,
	"insist": true, "stress": true, "emphasize": true, "emphasise": true, "acknowledge": true,
}

// advocacyVerbs take a gerund after "for" or "on" that names a course the
// subject argues for, runs on or votes on, without doing it ("campaigned on
// cutting taxes", "lobbied for building a dam").
var advocacyVerbs = map[string]bool{
	"campaign": true, "run": true, "stand": true, "elect": true, "vote": true, "argue": true, "lobby": true,
	"push": true, "press": true, "call": true, "advocate": true, "plead": true, "petition": true, "rally": true,
	"agitate": true, "fight": true, "bet": true, "gamble": true, "win": true,
	"decide": true, "settle": true, "agree": true, "pledge": true,
}

// advocated reports whether gerund p under verb h is what h's subject
// argues for or against rather than does: any gerund after "against"
// ("warned against cutting routes", "decided against selling"), and one
// after "for" or "on" under a verb of campaigning or deciding.
func (w *walker) advocated(h, p int) bool {
	m := w.child(p, "mark", "case")
	if m < 0 || m > p {
		return false
	}
	switch w.lower(m) {
	case "against":
		return true
	case "for", "on":
		return advocacyVerbs[w.lemma(h)]
	}
	return false
}

// inferenceVerbs draw a conclusion from a fact: after a comma their -ing
// clause is said of the whole statement before it.
var inferenceVerbs = map[string]bool{
	"suggest": true, "indicate": true, "signal": true, "imply": true, "mean": true, "show": true,
	"confirm": true, "prove": true, "demonstrate": true, "reflect": true, "underline": true, "underscore": true,
}

// namedBy returns the name a common noun n is given by a naming
// participle right after it ("a group called Friends of Varn Bay", "a
// startup named Lumo"), or -1.
func (w *walker) namedBy(n int) int {
	if w.t[n].UPOS != "NOUN" {
		return -1
	}
	for _, k := range w.kids[n] {
		comma := k == n+2 && w.t[n+1].Text == ","
		if k != n+1 && !comma || w.bdep(k) != "acl" || w.t[k].XPOS != "VBN" || !givesName[w.lemma(k)] && w.lemma(k) != "know" {
			continue
		}
		var rest []int
		for _, m := range w.kids[k] {
			if w.bdep(m) != "punct" {
				rest = append(rest, m)
			}
		}
		if len(rest) != 1 {
			continue
		}
		m := rest[0]
		if w.lemma(k) == "know" {
			// "a startup known as Lumo"
			if w.bdep(m) != "obl" || !w.hasCase(m, "as") {
				continue
			}
		} else if w.bdep(m) != "xcomp" && w.bdep(m) != "obj" {
			continue
		}
		if m > k && w.t[m].UPOS == "PROPN" && w.firstOf(m) == k+1 {
			return m
		}
	}
	return -1
}

// nextSubj returns a second subject of p that directly follows subject
// c ("UK and French | leaders signed", a parser error that splits one noun
// phrase into two subjects), or -1.
func (w *walker) nextSubj(p, c int) int {
	end := c
	for _, i := range w.walk(nil, c, nil) {
		end = max(end, i)
	}
	for _, d := range w.kids[p] {
		if d == end+1 && d < p && w.bdep(d) == "nsubj" && w.isNominal(d) && !w.isRelPron(d) && !timeWord(w.lower(d)) {
			return d
		}
	}
	return -1
}

// mergedSubj reads subjects c and d (c before d) as one noun phrase
// headed by d with c as its modifier, split per conjunct of c.
func (w *walker) mergedSubj(c, d int) []arg {
	dsp := w.span(d, w.argSkip(d, w.subjSkip))
	full := concat(w.span(c, w.argSkip(c, w.subjSkip)), dsp)
	out := []arg{{head: d, toks: full}}
	if w.opts.NoCoordination {
		return out
	}
	var conjs []int
	for _, k := range w.kids[c] {
		if w.dep(k) == "conj" {
			conjs = append(conjs, k)
		}
	}
	if len(conjs) == 0 {
		if dv := w.argVariants(d, w.subjSkip); len(dv) > 1 && (w.t[d].UPOS == "PROPN" || w.t[d].Ent != "" && w.t[d].Ent != "O") {
			// "Board members Lia Moss, Ben Cray and Ida Krell resigned"
			// with the role noun a subject of its own: each name is
			out = append(out, dv[1:]...)
		}
		return out
	}
	first := w.span(c, func(x int) bool {
		return w.head(x) == c && (w.dep(x) == "conj" || w.dep(x) == "cc" || w.dep(x) == "punct")
	})
	out = append(out, arg{head: d, toks: concat(first, dsp), split: true})
	for _, k := range conjs {
		sp := w.span(k, func(x int) bool { return w.head(x) == k && w.dep(x) == "cc" })
		out = append(out, arg{head: d, toks: concat(sp, dsp), split: true})
	}
	return out
}

// antecedent returns the noun a relative clause p modifies. When that noun
// is itself the predicate of a copula ("X is a player who ..."), the
// copula's subject is returned instead.
func (w *walker) antecedent(p int) []arg {
	a := w.head(p)
	if a < 0 {
		return nil
	}
	if w.happens(p) {
		if k := w.nearAntecedent(p, a); (k >= 0 && !eventNouns[w.lemma(k)]) || (k < 0 && !eventNouns[w.lemma(a)]) {
			// "..., when the firm overtook Infogear Corp., which took
			// place in 1996": what took place is the takeover, a
			// clause, not the company named last
			return nil
		}
	}
	if k := w.nearAntecedent(p, a); k >= 0 {
		return []arg{{head: k, toks: w.span(k, w.argSkip(k, func(c int) bool {
			if w.head(c) == k && w.isCopular(k) {
				// a cleft, "it was X, not Y, who ...": X alone
				switch w.bdep(c) {
				case "nsubj", "cop", "mark", "expl", "cc", "punct":
					return true
				}
				if w.negatedConj(c) {
					return true
				}
			}
			return c == p || w.subjSkip(c)
		}))}}
	}
	if n := w.appositiveName(a, p); n >= 0 {
		// "Mirela S., a nurse who commutes from Kessik": the nurse is
		// Mirela S., and the fact is said of the name, not of the
		// description the appositive gives
		return w.argVariants(n, w.subjSkip)
	}
	cleft := false
	if w.isCopular(a) {
		if c := w.child(a, "nsubj", "expl"); c >= 0 && !w.isRelPron(c) {
			if w.lower(c) != "it" && w.bdep(c) == "nsubj" {
				return w.argVariants(c, w.subjSkip)
			}
			cleft = true // "it was X, not Y, who ...": X
		}
	}
	return []arg{{head: a, toks: w.span(a, w.argSkip(a, func(c int) bool {
		if cleft && w.head(c) == a {
			switch w.bdep(c) {
			case "nsubj", "cop", "mark", "expl", "cc", "punct":
				return true
			}
			if w.negatedConj(c) {
				return true
			}
		}
		return c == p || w.subjSkip(c)
	}))}}
}

// appositiveName returns the name a common noun a stands in apposition
// to, set off by a comma ("Mirela S., a nurse", "Havrel Tools, a
// company"), or -1: a relative clause p on such a noun is said of the
// name. A noun inside the appositive's phrase ("the head of a union
// that ...") is no appositive itself.
func (w *walker) appositiveName(a, p int) int {
	if w.dep(a) != "appos" || w.t[a].UPOS != "NOUN" {
		return -1
	}
	n := w.head(a)
	if n < 0 || n > a || w.t[n].UPOS != "PROPN" || !w.afterComma(a) {
		return -1
	}
	if e := w.t[n].Ent; strings.HasSuffix(e, "DATE") || strings.HasSuffix(e, "TIME") {
		return -1
	}
	// the comma right after the name's own words: "beaten by Rosenfeld
	// on Saturday, a result that prompted ..." sums up the clause, and
	// the parse only hung it on the name
	sp := w.span(n, w.subjSkip)
	if len(sp) == 0 || sp[len(sp)-1]+1 >= len(w.t) || w.t[sp[len(sp)-1]+1].Text != "," || sp[len(sp)-1]+1 < w.firstOf(a)-1 {
		return -1
	}
	if f := sp[0] - 1; f >= 0 && (w.t[f].UPOS == "PROPN" || w.t[f].Text == "&") {
		// "Delta & Pine Land Co., a subsidiary that ...": the parse
		// has only part of the name
		return -1
	}
	if sumNouns[w.lemma(a)] || eventNouns[w.lemma(a)] {
		return -1
	}
	if strings.HasSuffix(w.t[n].Ent, "PERSON") {
		// "Abraham Stern, head of the group, which sought ...": "which"
		// is no person's pronoun, and the clause is the group's
		for _, k := range w.kids[p] {
			if k < p && w.lower(k) == "which" {
				return -1
			}
		}
	}
	return n
}

// sumNouns sum up a clause in an apposition set off after it ("..., a
// result that ...", "..., a move that ..."): the noun is no description of
// the name before it.
var sumNouns = map[string]bool{
	"result": true, "move": true, "decision": true, "step": true, "sign": true, "development": true,
	"outcome": true, "blow": true, "setback": true, "victory": true, "defeat": true, "win": true,
	"loss": true, "record": true, "figure": true, "rise": true, "increase": true, "drop": true,
	"fall": true, "decline": true, "change": true, "shift": true, "reversal": true, "first": true,
}

// subordinators that open a fronted adverbial clause.
var frontMarks = map[string]bool{
	"as": true, "while": true, "when": true, "after": true, "before": true, "since": true,
	"because": true, "although": true, "though": true, "if": true, "once": true, "whereas": true,
}

// frontedSubj repairs a parse that makes the subject of a fronted
// adverbial clause the subject of the main verb p ("As leaders met in
// Paris, the president attended a service" with "leaders" as subject of
// "attended"): when subject c opens with a subordinator and its span holds
// a comma before p, the noun phrase between the last such comma and p is
// the subject. It returns that phrase's head, or -1.
func (w *walker) frontedSubj(p, c int) int {
	sp := w.walk(nil, c, nil)
	sortInts(sp)
	if len(sp) < 4 || sp[0] >= c || !frontMarks[w.lower(sp[0])] || w.head(sp[0]) != c {
		return -1
	}
	switch w.t[sp[0]].UPOS {
	case "ADP", "SCONJ":
	default:
		return -1
	}
	comma := -1
	for _, i := range sp {
		if i < p && w.t[i].Text == "," {
			comma = i
		}
	}
	if comma < 0 || comma+1 >= p || sp[len(sp)-1] != p-1 {
		return -1
	}
	// the segment (comma, p) must have one head, a noun or name
	h := -1
	for i := comma + 1; i < p; i++ {
		if hh := w.head(i); hh <= comma || hh >= p {
			if h >= 0 {
				return -1
			}
			h = i
		}
	}
	if h < 0 || (w.t[h].UPOS != "NOUN" && w.t[h].UPOS != "PROPN") {
		return -1
	}
	return h
}

// isWhPron reports whether i is "which" or "who" (whatever its tag), the
// pronouns that open a relative clause after a comma.
func (w *walker) isWhPron(i int) bool {
	switch w.lower(i) {
	case "which", "who", "whom":
		return w.t[i].UPOS == "PRON" || w.t[i].UPOS == "DET"
	}
	return false
}

// nearAntecedent corrects the antecedent a that the parse gives relative
// clause p when p opens with ", which/who" right after a noun: the noun
// just before the comma is taken when the parse's antecedent is no noun
// (the clause hangs off a verb) or is a common noun further left while the
// nearer noun is a name ("a truce with Russia, which ..."). It returns -1
// to keep a.
func (w *walker) nearAntecedent(p, a int) int {
	r := -1
	for _, c := range w.kids[p] {
		if (w.isRelPron(c) || w.isWhPron(c)) && c < p {
			r = c
			break
		}
	}
	if r < 1 || !w.isWhPron(r) {
		return -1
	}
	k := r - 1
	if w.t[k].UPOS != "PUNCT" || w.t[k].Text != "," {
		return -1
	}
	k--
	if k < 0 || k == a {
		return -1
	}
	switch w.t[k].UPOS {
	case "NOUN", "PROPN":
	default:
		return -1
	}
	// climb flat/compound parts of a name to its head
	for n := 0; n < 4; n++ {
		h := w.head(k)
		if h < 0 || h > r || h == a {
			break
		}
		switch w.bdep(k) {
		case "flat", "compound":
			k = h
			continue
		}
		break
	}
	if k == a {
		return -1
	}
	if w.negatedConj(k) {
		// "it was X, not Y, who made ...": Y is named to be ruled out
		if h := w.head(k); h >= 0 && h != a {
			k = h
		} else {
			return -1
		}
	}
	if e := w.eventOfPlace(k, p); e >= 0 {
		// "the bombing at the crossing, which killed nine people": the
		// bombing killed them, not the crossing
		k = e
	}
	if l := w.lower(r); (l == "who" || l == "whom") && w.placeOrOrg(k) {
		// "Ann Ruiz, a management expert at Carvale University, who
		// stated ...": who is the person the phrase around the name
		// describes, not the university
		if h := w.personAround(k); h >= 0 {
			k = h
		}
	}
	name := w.t[k].UPOS == "PROPN" || (w.t[k].Ent != "" && w.t[k].Ent != "O")
	switch {
	case !w.isNominal(a):
		return k
	case name && w.t[a].UPOS == "NOUN" && a < k:
		return k
	case a < k && w.agreesOnly(p, k, a):
		// "Workers at the plant, which makes steel pipes": the verb
		// agrees with the plant, not with the workers
		return k
	}
	return -1
}

// agreesOnly reports whether the number of relative clause p's finite
// verb (or of its auxiliary) is that of noun k and not that of noun a.
func (w *walker) agreesOnly(p, k, a int) bool {
	f := p
	if x := w.child(p, "aux", "aux:pass", "cop"); x >= 0 && x < p {
		f = x
	}
	sing := func(n int) int {
		switch w.t[n].XPOS {
		case "NN", "NNP":
			return 1
		case "NNS", "NNPS":
			return 2
		}
		return 0
	}
	var num int
	switch w.t[f].XPOS {
	case "VBZ":
		num = 1
	case "VBP":
		num = 2
	case "VBD":
		switch w.lower(f) {
		case "was":
			num = 1
		case "were":
			num = 2
		}
	}
	return num != 0 && sing(k) == num && sing(a) != 0 && sing(a) != num
}

// personAround returns the person whose phrase holds the place or
// organisation name k ("a management expert at Carvale University" in
// apposition to "Ann Ruiz"), climbing through modifiers and appositions;
// -1 when there is none.
func (w *walker) personAround(k int) int {
	for d := 0; k >= 0 && d < 6; d++ {
		switch w.bdep(k) {
		case "nmod", "appos", "compound", "flat":
		default:
			return -1
		}
		k = w.head(k)
		if k >= 0 && strings.HasSuffix(w.t[k].Ent, "PERSON") {
			return k
		}
	}
	return -1
}

// placeOrOrg reports a token of a place's or an organisation's name.
func (w *walker) placeOrOrg(i int) bool {
	e := w.t[i].Ent
	return strings.HasSuffix(e, "ORG") || strings.HasSuffix(e, "LOC") || strings.HasSuffix(e, "GPE")
}

// happens reports a predicate that says an event took place ("took
// place", "happened", "occurred").
func (w *walker) happens(p int) bool {
	switch w.lemma(p) {
	case "happen", "occur":
		return true
	case "take":
		o := w.child(p, "obj")
		return o >= 0 && w.lower(o) == "place"
	}
	return false
}

// eventNouns name events that kill, damage or disrupt.
var eventNouns = map[string]bool{
	"attack": true, "bombing": true, "blast": true, "explosion": true, "fire": true, "crash": true,
	"shooting": true, "earthquake": true, "quake": true, "storm": true, "collision": true, "accident": true,
	"flood": true, "flooding": true, "strike": true, "raid": true, "ambush": true, "stampede": true,
	"derailment": true, "eruption": true, "landslide": true, "cyclone": true, "hurricane": true, "tornado": true,
	"meeting": true, "summit": true, "takeover": true, "merger": true, "acquisition": true, "election": true,
	"vote": true, "ceremony": true, "event": true, "conference": true, "launch": true, "concert": true,
	"match": true, "trial": true, "hearing": true, "talks": true, "deal": true, "sale": true,
}

// harmVerbs are what an event does to people and things.
var harmVerbs = map[string]bool{
	"kill": true, "injure": true, "wound": true, "destroy": true, "damage": true, "leave": true,
	"cause": true, "claim": true, "trigger": true, "disrupt": true, "force": true, "hit": true,
	"displace": true, "flatten": true, "level": true,
}

// eventOfPlace returns the event noun whose place k is ("the bombing at the
// crossing") when relative clause p says what an event does ("which killed
// nine"), or -1.
func (w *walker) eventOfPlace(k, p int) int {
	h := w.head(k)
	if h < 0 || h >= k || w.bdep(k) != "nmod" || !harmVerbs[w.lemma(p)] || eventNouns[w.lemma(k)] ||
		!eventNouns[w.lemma(h)] || w.t[h].UPOS != "NOUN" {
		return -1
	}
	cs := w.caseOf(k)
	if len(cs) != 1 {
		return -1
	}
	switch w.lower(cs[0]) {
	case "at", "in", "near", "on", "outside", "inside":
		return h
	}
	return -1
}

// sharedMatrix returns the matrix verb g whose subject conjunct p shares
// when the parse coordinates p with the verb h of a clause embedded under
// g ("X has given no sign it would accept Y and has rejected Z": "has
// rejected" goes with "has given", not "would accept"): p's auxiliaries
// and form match g's but not h's. It returns -1 otherwise.
func (w *walker) sharedMatrix(p, h int) int {
	switch w.dep(h) {
	case "ccomp", "parataxis", "acl", "acl:relcl", "advcl":
	default:
		return -1
	}
	g := w.head(h)
	// "has given no sign it would accept ...": climb from the noun the
	// clause hangs off to its predicate
	for n := 0; n < 3 && g >= 0 && !w.isPred(g) && w.isNominal(g); n++ {
		switch w.bdep(g) {
		case "obj", "obl", "nmod", "iobj":
			g = w.head(g)
			continue
		}
		break
	}
	if g < 0 || !w.isPred(g) || g > p {
		return -1
	}
	if c := w.child(g, "nsubj"); c < 0 || w.isRelPron(c) {
		return -1
	}
	sp, sh, sg := w.auxSig(p), w.auxSig(h), w.auxSig(g)
	if sp == sg && sp != sh {
		if w.t[p].XPOS == "VBD" && w.perfect(h) && participleForm(w.lower(p)) && !lexicon.Reporting(w.lemma(p)) {
			// "said Quillion had failed to encrypt passwords and
			// waited 19 days": "waited" may be a participle sharing
			// "had", so the parse's reading (with "failed") stands;
			// not a verb of saying ("denied that the mine had been
			// sold and said ...": the denier said it)
			return -1
		}
		return g
	}
	return -1
}

// perfect reports whether predicate p has a finite "have" among its
// auxiliaries ("had failed", "has rejected").
func (w *walker) perfect(p int) bool {
	for _, c := range w.kids[p] {
		if w.bdep(c) == "aux" && w.lemma(c) == "have" && c < p {
			return true
		}
	}
	return false
}

// sameParticiples are past tenses spelt as their participle.
var sameParticiples = map[string]bool{
	"made": true, "paid": true, "sent": true, "kept": true, "spent": true, "held": true, "lost": true,
	"found": true, "built": true, "left": true, "brought": true, "bought": true, "sold": true, "cut": true,
	"put": true, "set": true, "hit": true, "let": true, "led": true, "met": true, "won": true, "stood": true, "heard": true,
	"meant": true, "sat": true, "taught": true, "thought": true, "caught": true, "felt": true, "fled": true, "fed": true,
	"spread": true, "shut": true, "struck": true, "laid": true, "lent": true, "had": true, "read": true,
}

// participleForm reports whether past tense x is spelt as its participle
// ("waited", "paid"), so that it may share a "had" before a verb
// coordinated with it.
func participleForm(x string) bool {
	return strings.HasSuffix(x, "ed") || sameParticiples[x]
}

// auxSig describes the verb form of predicate p: its auxiliary lemmas and
// its tag.
func (w *walker) auxSig(p int) string {
	var b strings.Builder
	for _, c := range w.kids[p] {
		if w.bdep(c) == "aux" {
			b.WriteString(w.lemma(c))
			b.WriteByte(' ')
		}
	}
	b.WriteString(w.t[p].XPOS)
	return b.String()
}

// argVariants returns the argument headed by h (minus skipped subtrees)
// followed, unless coordination splitting is off, by one argument per
// conjunct when h or one of its modifiers is coordinated.
func (w *walker) argVariants(h int, skip func(int) bool) []arg {
	skip = w.argSkip(h, skip)
	full := arg{head: h, toks: w.span(h, skip)}
	out := []arg{full}
	if w.opts.NoCoordination {
		return out
	}
	// Coordination of the head itself: "A, B and C".
	var conjs []int
	for _, c := range w.kids[h] {
		if w.dep(c) == "conj" && (skip == nil || !skip(c)) && !w.isPred(c) {
			conjs = append(conjs, c)
		}
		if w.dep(c) == "flat" {
			// "Steve Witkoff and Jared Kushner" with the conjunct
			// attached to the last name
			for _, k := range w.kids[c] {
				if w.dep(k) == "conj" && k > c && !w.isPred(k) {
					conjs = append(conjs, k)
				}
			}
		}
	}
	if len(conjs) > 0 && w.namesGiven(h, conjs) {
		// "dubbed \"Spaces\" and \"Dock\"": one list of names, read
		// without the quotation marks each name carries
		var toks []int
		for _, k := range full.toks {
			if !isQuote(w.t[k].Text) {
				toks = append(toks, k)
			}
		}
		out[0].toks = toks
		return out
	}
	if len(conjs) > 0 && (w.rangeCoordination(h, conjs) || w.nameCoordination(h, conjs) || w.quotedCoordination(h, conjs)) {
		// "between 5 and 7 percent", "two or three days": one amount,
		// not two arguments; "the Land and Environment Court": one name
		conjs = nil
	}
	if len(conjs) > 0 && w.disjunction(h, conjs) {
		// "will hear the case in March or April": either, not each
		conjs = nil
	}
	if len(conjs) > 0 && w.exclusiveOver(h) {
		// "left with only her dog and her medicines": "only" limits
		// the whole list; "only her dog" alone would be false and the
		// second conjunct would lose its limit
		conjs = nil
	}
	sortInts(conjs)
	if len(conjs) > 0 {
		first := w.span(h, func(c int) bool {
			if skip != nil && skip(c) {
				return true
			}
			if slicesContains(conjs, c) || (w.head(c) == h && w.dep(c) == "cc") {
				return true
			}
			return false
		})
		first = w.cutAtConj(first, h, conjs[0])
		if w.t[h].UPOS == "PROPN" {
			for _, m := range w.kids[h] {
				if m < h && w.dep(m) == "compound" && w.t[m].UPOS == "NOUN" && w.t[m].XPOS == "NNS" {
					// "Council members Ada Pell and Rui Sato": the
					// role noun is said of all the names, not part of
					// the first one
					last := w.lastOf(m)
					first = slices.DeleteFunc(slices.Clone(first), func(x int) bool { return x <= last })
				}
			}
		}
		out = append(out, arg{head: h, toks: first, split: true})
		for _, c := range conjs {
			sp := w.span(c, func(x int) bool { return w.head(x) == c && w.dep(x) == "cc" })
			if w.dashBefore(c) && w.child(c, "cc") < 0 {
				// "two shades -- grey and blue -- and three lengths":
				// a list set off by a dash spells out the word before
				continue
			}
			cut := -1
			for i, x := range sp {
				if x < c && w.head(x) == c && w.t[x].UPOS == "PUNCT" && isDash(w.t[x].Text) {
					cut = i
				}
			}
			if cut >= 0 {
				// "two colours -- black and white -- and two sizes":
				// what stands before the dash describes the conjunct
				// before, not this one
				sp = w.trim(sp[cut+1:], c)
			}
			if c == conjs[len(conjs)-1] && len(sp) > 0 {
				sp = w.trailingModifiers(h, c, sp, skip)
			}
			if w.gapped(h, c) {
				// "priced at $199 and the 32GB version at $299": the
				// conjunct is the subject of a second clause whose verb
				// is left out, not a second price
				continue
			}
			if w.negatedConj(c) || w.ageConj(c) || !w.sameKind(h, c) || (len(sp) > 0 && w.t[sp[0]].UPOS == "ADP" && w.head(sp[0]) != c && w.isNominal(w.head(sp[0]))) {
				// "was among the finest of teachers, patient enough
				// to ...": a conjunct of another kind than the first
				// (an adjective after a noun) or one that starts with a
				// preposition of a word inside it ("search for the
				// Library and Music Store") is a misread coordination,
				// not an argument of its own.
				continue
			}
			out = append(out, arg{head: c, toks: sp, split: true})
		}
		return out
	}
	// Coordination of a modifier: "UK and French leaders".
	for _, m := range w.kids[h] {
		if skip != nil && skip(m) {
			continue
		}
		switch w.bdep(m) {
		case "amod", "compound", "nmod", "nummod":
		default:
			continue
		}
		var mc []int
		for _, c := range w.kids[m] {
			if w.dep(c) == "conj" {
				if w.t[m].UPOS == "ADJ" && (w.t[c].UPOS == "NOUN" || w.t[c].UPOS == "PROPN") {
					// "left one woman dead and two people injured": a
					// noun is no conjunct of an adjective modifier but
					// of a clause the parse misread; no split
					mc = nil
					break
				}
				mc = append(mc, c)
			}
		}
		if len(mc) == 0 || w.rangeCoordination(m, mc) || w.nameCoordination(m, mc) || w.disjunction(m, mc) {
			// "surveyed reefs between March and May": one span
			continue
		}
		if w.child(h, "nummod") >= 0 {
			// "28,000 people in Asia and the United States", "about
			// 9,000 Rova and Rova Sport vans": the number counts both
			// together; split, it would count each
			continue
		}
		if m < h && w.commaBefore(full.toks, m) {
			// "commits Dorvat Power (DP), the state coal and gas
			// company" read as one phrase headed by "company": the
			// coordination is in an appositive the parse merged; split,
			// it garbles the name ("Dorvat Power (DP) gas company")
			continue
		}
		if w.bdep(m) == "nmod" && w.compositionOf(m, mc) {
			// "The jury of five men and seven women": the
			// coordination tells what the head is made of; each
			// conjunct alone would make a second jury
			continue
		}
		if w.bdep(m) == "nmod" && w.isNominal(m) && w.t[m].UPOS != "NUM" && w.t[m].UPOS != "SYM" {
			quantity := false
			for _, c := range mc {
				quantity = quantity || w.t[c].UPOS == "NUM" || w.t[c].UPOS == "SYM"
			}
			if quantity {
				// "$5 per ride and $40 per month" with the second price
				// hung on "ride": a quantity is no conjunct of a noun
				continue
			}
		}
		group := append([]int{m}, mc...)
		inGroup := func(i int) bool { return slicesContains(group, i) }
		// "The mayor and council members" with "The" on "mayor": a
		// modifier with its own determiner is a noun phrase of its
		// own, the first conjunct, not a modifier of the head
		ownNP := w.bdep(m) == "compound" && m < h && w.t[m].UPOS == "NOUN" && lexicon.Title(w.t[m].Text)
		if ownNP {
			// a title word with its own determiner and nothing else
			d := w.child(m, "det", "nmod:poss")
			ownNP = d >= 0 && d < m
			for _, k := range w.kids[m] {
				ownNP = ownNP && (k == d || w.dep(k) == "conj" || w.dep(k) == "cc" || w.dep(k) == "punct")
			}
		}
		for _, keep := range group {
			if ownNP && keep == m {
				sp := w.span(m, func(x int) bool { return w.head(x) == m && (inGroup(x) || w.dep(x) == "cc" || w.dep(x) == "punct") })
				out = append(out, arg{head: m, toks: sp, split: true})
				continue
			}
			// drop the other conjuncts, their conjunctions and commas; the
			// first conjunct's own words stay only when it is kept, except
			// its case marker, which the whole coordination shares.
			drop := make(map[int]bool)
			for _, other := range group {
				if other == keep {
					continue
				}
				if other == m {
					for _, c := range w.kids[m] {
						if inGroup(c) || (w.bdep(c) == "case" && c < m) {
							continue
						}
						for _, x := range w.walk(nil, c, nil) {
							drop[x] = true
						}
					}
					drop[m] = true
					continue
				}
				for _, x := range w.walk(nil, other, nil) {
					drop[x] = true
				}
			}
			var sp []int
			for _, i := range full.toks {
				if drop[i] {
					continue
				}
				if hc := w.head(i); (inGroup(hc) && (w.dep(i) == "cc" || w.dep(i) == "punct")) || w.dep(i) == "cc:preconj" {
					continue
				}
				sp = append(sp, i)
			}
			out = append(out, arg{head: h, toks: w.trim(sp, h), split: true})
		}
		return out
	}
	return out
}

// argSkip extends skip with the case marker of the argument head h
// itself: a subject or object never starts with its preposition.
func (w *walker) argSkip(h int, skip func(int) bool) func(int) bool {
	return func(c int) bool {
		if w.head(c) == h && ((w.bdep(c) == "case" && w.t[c].XPOS != "POS") || (w.bdep(c) == "mark" && c < h)) {
			return true
		}
		return skip != nil && skip(c)
	}
}

// commaBefore reports whether a comma of span sp stands before token m.
func (w *walker) commaBefore(sp []int, m int) bool {
	for _, i := range sp {
		if i < m && w.t[i].Text == "," {
			return true
		}
	}
	return false
}

// exclusiveOver reports whether an adverb that excludes everything else
// ("only", "just", "merely") stands before the first conjunct h.
func (w *walker) exclusiveOver(h int) bool {
	for _, c := range w.kids[h] {
		if c < h && w.bdep(c) == "advmod" && exclusiveAdverbs[w.lower(c)] {
			return true
		}
	}
	return false
}

// exclusiveAdverbs limit a noun phrase to what it names and nothing else.
var exclusiveAdverbs = map[string]bool{"only": true, "just": true, "merely": true, "solely": true, "exclusively": true}

// compositionOf reports whether the "of" modifier m with conjuncts mc
// lists what its head is made of: every member is counted ("of five men
// and seven women") or a plural common noun ("a team of doctors and
// nurses"), unlike "the price of oil and gas", which splits.
func (w *walker) compositionOf(m int, mc []int) bool {
	if c := w.child(m, "case"); c < 0 || w.lower(c) != "of" {
		return false
	}
	for _, x := range append([]int{m}, mc...) {
		if !w.counted(x) && (w.t[x].UPOS != "NOUN" || w.t[x].XPOS != "NNS") {
			return false
		}
	}
	return true
}

// counted reports whether a number before x counts it ("five men", and
// "three Brazilians" with the number read as a compound).
func (w *walker) counted(x int) bool {
	for _, c := range w.kids[x] {
		if c < x && w.t[c].UPOS == "NUM" && (w.bdep(c) == "nummod" || w.bdep(c) == "compound") {
			return true
		}
	}
	return false
}

// cutAtConj drops tokens of sp at or after the first conjunct c when they
// follow h (modifiers placed after the whole coordination stay out).
func (w *walker) cutAtConj(sp []int, h, c int) []int {
	out := sp[:0:0]
	for _, i := range sp {
		if i >= c && i > h {
			continue
		}
		out = append(out, i)
	}
	return w.trim(out, h)
}

// frame is a relation with its object and extra arguments, before a
// subject is attached.
type frame struct {
	shape    string   // how the relation and object were chosen, for confidence
	rel      []int    // relation tokens, sorted
	relWords []string // relation text when not read from tokens (nominal facts)
	lemma    string
	obj      []arg // object variants; empty for none
	args     []Arg
	kind     string
	passive  bool
	conf     float64
}

// relCore returns the auxiliaries, negation, copula, predicate (unless it
// is a copular nominal) and particles of p, sorted.
func (w *walker) relCore(p int) (toks []int, neg bool, modal string) {
	cop := w.isCopular(p)
	if !cop {
		toks = append(toks, p)
	}
	for _, c := range w.kids[p] {
		switch {
		case w.bdep(c) == "aux" && !w.isNeg(c):
			if w.t[c].XPOS == "TO" || (w.lower(c) == "to" && w.t[c].XPOS != "MD") {
				continue // a "to" tagged MD is the headline future ("X to do Y")
			}
			toks = append(toks, c)
			if w.t[c].XPOS == "MD" && modal == "" {
				modal = w.lower(c)
				switch modal {
				case "'ll", "wo":
					modal = "will"
				case "'d":
					modal = "would"
				case "ca":
					modal = "can"
				}
			}
		case w.isNeg(c):
			toks = append(toks, c)
			neg = true
		case w.dep(c) == "cop", w.dep(c) == "compound:prt":
			toks = append(toks, c)
		}
	}
	if !cop && w.child(p, "cop") >= 0 {
		// "his wish was to remain": the copula and the infinitive's
		// "to" both belong to the relation
		for _, c := range w.kids[p] {
			if c < p && w.bdep(c) == "mark" && w.lower(c) == "to" {
				toks = append(toks, c)
			}
		}
	}
	toks = append(toks, w.inheritedAux(p)...)
	sortInts(toks)
	// adverbs between the first auxiliary and the verb belong to the
	// relation ("was first mentioned", "are also known")
	if !cop && len(toks) > 0 && toks[0] < p {
		for _, c := range w.kids[p] {
			if c > toks[0] && c < p && w.bdep(c) == "advmod" && !w.isNeg(c) && w.t[c].UPOS == "ADV" && len(w.kids[c]) == 0 && !quantAdv[w.lower(c)] {
				toks = append(toks, c)
			}
		}
		sortInts(toks)
	}
	// a directional adverb right after the verb is part of it ("ran
	// aground off the coast", "flew home", "moved abroad")
	if !cop && p+1 < len(w.t) && w.head(p+1) == p && w.bdep(p+1) == "advmod" && len(w.kids[p+1]) == 0 && (directionAdverbs[w.lower(p+1)] || lexicon.Particle(w.lower(p+1))) {
		toks = append(toks, p+1)
		sortInts(toks)
	}
	// an adverb run right before the verb too ("generally consisted")
	if !cop {
		for i := p - 1; i >= 0 && w.head(i) == p && w.bdep(i) == "advmod" && w.t[i].UPOS == "ADV" && !w.isNeg(i) && len(w.kids[i]) == 0 && !quantAdv[w.lower(i)]; i-- {
			if !slicesContains(toks, i) {
				toks = append(toks, i)
			}
		}
		sortInts(toks)
	}
	return toks, neg, modal
}

// inheritedAux returns the auxiliaries a coordinated verb without its own
// shares with its first conjunct: "was loved by God and exalted" reads
// "was exalted", "would engage ... and tease" reads "would tease".
// Negation is shared only after "or" and "nor".
func (w *walker) inheritedAux(p int) []int {
	if w.dep(p) != "conj" || w.t[p].UPOS != "VERB" || w.child(p, "aux", "cop", "nsubj") >= 0 {
		return nil
	}
	x := w.t[p].XPOS
	h := w.head(p)
	if x == "VBP" && h >= 0 && w.t[h].XPOS == "VB" && w.lemma(p) == w.lower(p) {
		// "will house 60 buses and create 120 jobs" with "create"
		// read as a present tense: the base form, as after the modal
		x = "VB"
	}
	switch x {
	case "VBN", "VB", "VBG":
	default:
		return nil
	}
	if h < 0 || w.t[h].UPOS != "VERB" || w.t[h].XPOS != x {
		return nil
	}
	// "did not confirm or deny the report": after a negated verb "or"
	// and "nor" join what is denied too
	orNeg := false
	if cc := w.child(p, "cc"); cc >= 0 && cc < p && (w.lower(cc) == "or" || w.lower(cc) == "nor") {
		orNeg = true
		for _, k := range w.kids[h] {
			if k != p && w.dep(k) == "conj" && w.child(k, "aux", "advmod") >= 0 {
				for _, a := range w.kids[k] {
					if w.isNeg(a) || w.bdep(a) == "aux" {
						// "don't know, don't care, or know perfectly
						// well": a list whose items carry their own
						// negation shares none
						orNeg = false
					}
				}
			}
		}
	}
	var out []int
	for _, c := range w.kids[h] {
		if c < h && (w.bdep(c) == "aux" || orNeg && w.isNeg(c)) && (!w.isNeg(c) || orNeg) && w.t[c].XPOS != "TO" {
			out = append(out, c)
		}
	}
	return out
}

// neitherNor reports whether predicate p's subject opens with "neither"
// ("Neither the firm nor the union commented"): p is denied of each.
func (w *walker) neitherNor(p int) bool {
	s := w.child(p, "nsubj", "nsubj:pass")
	if s < 0 {
		return false
	}
	f := w.firstOf(s)
	for _, c := range w.kids[p] {
		if c < s && w.lower(c) == "neither" {
			f = c
		}
	}
	return w.lower(f) == "neither"
}

// quantAdv are floating quantifiers, not part of a relation ("have both
// signed").
var quantAdv = map[string]bool{"both": true, "all": true, "each": true, "either": true, "neither": true}

// relLemma returns the lemmatised relation of tokens: auxiliaries,
// negation, determiners, pronouns and adverbs removed, "be" kept for
// copulas and passives.
func (w *walker) relLemma(toks []int, passive bool) string {
	var parts []string
	for _, i := range toks {
		t := w.t[i]
		if w.isNeg(i) {
			continue
		}
		switch t.UPOS {
		case "DET", "PRON", "ADV", "PUNCT", "PART":
			if t.UPOS == "PART" && w.bdep(i) == "compound" {
				break
			}
			if t.UPOS == "PART" && w.lower(i) == "to" {
				break
			}
			continue
		case "AUX":
			if w.dep(i) == "cop" {
				parts = append(parts, "be")
			} else if w.dep(i) == "aux:pass" {
				parts = append(parts, "be")
			}
			continue
		}
		if passive && t.UPOS == "VERB" && t.XPOS == "VBN" {
			parts = append(parts, strings.ToLower(t.Text))
			continue
		}
		parts = append(parts, w.lemma(i))
	}
	return strings.Join(dedupBe(parts), " ")
}

func dedupBe(p []string) []string {
	out := p[:0]
	for i, s := range p {
		if s == "be" && i > 0 && out[len(out)-1] == "be" {
			continue
		}
		out = append(out, s)
	}
	return out
}

// caseOf returns the case markers (prepositions) of an oblique, sorted.
func (w *walker) caseOf(o int) []int {
	var out []int
	for _, c := range w.kids[o] {
		if w.bdep(c) == "case" && w.t[c].XPOS != "POS" {
			out = append(out, c)
			// a multiword preposition: "due to", "because of"
			for _, f := range w.kids[c] {
				if w.dep(f) == "fixed" && f > c {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

func (w *walker) markOf(c int) []int {
	var out []int
	for _, m := range w.kids[c] {
		if w.bdep(m) == "mark" {
			out = append(out, m)
			// "whether to" with "to" read as fixed to "whether": the
			// relation keeps both ("was studying whether to cut")
			for _, f := range w.kids[m] {
				if w.dep(f) == "fixed" && f > m {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

func (w *walker) skipCase(o int) func(int) bool {
	return func(c int) bool {
		if w.head(c) == o && w.bdep(c) == "case" && w.t[c].XPOS != "POS" {
			return true
		}
		// "blown so out of proportion": an adverb before the
		// preposition modifies the phrase, and left alone before the
		// noun ("so proportion") garbles it
		if w.head(c) == o && w.bdep(c) == "advmod" && c < o {
			for _, k := range w.kids[o] {
				if k > c && k < o && w.bdep(k) == "case" {
					return true
				}
			}
		}
		return false
	}
}

func (w *walker) skipMark(o int) func(int) bool {
	return func(c int) bool {
		return w.head(c) == o && w.bdep(c) == "mark"
	}
}

// timeWord reports whether w heads a time expression: a calendar word of
// the shared lexicon ("Tuesday", "March", "weeks", "spring") or "time".
func timeWord(w string) bool { return w == "time" || lexicon.TimeWord(w) }

var timePreps = map[string]bool{"during": true, "since": true, "until": true, "till": true, "before": true, "after": true}
var placePreps = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "outside": true, "across": true, "from": true, "to": true, "into": true}

// role classifies an oblique as "time", "place" or "other".
func (w *walker) role(o int) string {
	if strings.HasSuffix(w.dep(o), "tmod") {
		return "time"
	}
	ent := w.t[o].Ent
	if strings.HasSuffix(ent, "DATE") || strings.HasSuffix(ent, "TIME") {
		return "time"
	}
	if timeWord(w.lower(o)) {
		return "time"
	}
	if w.t[o].UPOS == "NUM" && len(w.t[o].Text) == 4 && w.t[o].Text[0] >= '1' && w.t[o].Text[0] <= '2' {
		return "time"
	}
	prep := ""
	for _, c := range w.caseOf(o) {
		prep = w.lower(c)
	}
	if timePreps[prep] {
		return "time"
	}
	if placePreps[prep] {
		switch {
		case strings.HasSuffix(ent, "LOC"), strings.HasSuffix(ent, "GPE"), strings.HasSuffix(ent, "FAC"):
			return "place"
		case ent == "" || ent == "O":
			if w.t[o].UPOS == "PROPN" && prep != "from" && prep != "to" && prep != "into" {
				return "place"
			}
		}
	}
	return "other"
}

// isOblique reports whether c is an oblique argument or adjunct of a
// verb read as an n-ary argument.
func (w *walker) isOblique(c int) bool {
	if w.source(c) {
		return false // "according to X" names a source, read by attribute
	}
	switch w.bdep(c) {
	case "obl":
		return true
	case "advmod":
		d := w.dep(c)
		return d == "advmod:tmod" || timeWord(w.lower(c))
	case "nmod":
		return strings.HasSuffix(w.dep(c), "tmod")
	}
	return false
}

// oblArg renders oblique o with its preposition as an n-ary argument;
// ok is false for a stranded preposition ("believe in").
func (w *walker) oblArg(o int) (a Arg, ok bool) {
	sp := w.span(o, w.subjSkipObl)
	if len(sp) == 0 || (len(sp) == 1 && w.t[sp[0]].UPOS == "ADP") {
		return Arg{}, false
	}
	return Arg{Role: w.role(o), Text: w.text(sp), Range: rangeOf(sp)}, true
}

func (w *walker) subjSkipObl(c int) bool {
	return w.dep(c) == "parataxis" || w.verbConjOfNoun(c)
}

// verbConjOfNoun reports whether c is a verb coordinated with a noun, a
// misparse of two coordinated clauses ("refund money to the advertisers
// and lose revenue", "lose" under "advertisers"): the verb's clause is no
// part of the noun's argument.
func (w *walker) verbConjOfNoun(c int) bool {
	if w.dep(c) != "conj" || w.t[c].UPOS != "VERB" {
		return false
	}
	h := w.head(c)
	return h >= 0 && (w.t[h].UPOS == "NOUN" || w.t[h].UPOS == "PROPN" || w.t[h].UPOS == "PRON")
}

// objSkip keeps objects whole (with their relative clauses) but drops
// parenthetical material.
func (w *walker) objSkip(c int) bool {
	switch w.dep(c) {
	case "parataxis", "dep":
		return true
	}
	return w.verbConjOfNoun(c) || w.source(c)
}

// objVariants returns the object variants headed by o; a relative
// pronoun object ("the plan which X signed") stands for its antecedent.
func (w *walker) objVariants(o int, skip func(int) bool) []arg {
	if w.isRelPron(o) {
		// "the plan which X signed": the object is the antecedent.
		for p, n := w.head(o), 0; p >= 0 && n < 8; p, n = w.head(p), n+1 {
			if w.dep(p) == "acl:relcl" {
				a := w.head(p)
				if a < 0 {
					return nil
				}
				if n := w.appositiveName(a, p); n >= 0 {
					// "Mirela S., a nurse whom the clinic hired": the
					// clinic hired Mirela S.
					return []arg{{head: n, toks: w.span(n, w.argSkip(n, w.subjSkip)), pen: 0.05}}
				}
				return []arg{{head: a, toks: w.span(a, w.argSkip(a, func(c int) bool { return c == p || w.subjSkip(c) })), pen: 0.05}}
			}
			if w.bdep(p) != "obl" && w.bdep(p) != "nmod" {
				break
			}
		}
		return nil
	}
	return w.argVariants(o, skip)
}

func joinSkip(a, b func(int) bool) func(int) bool {
	return func(c int) bool { return a(c) || b(c) }
}

func concat(a []int, b ...[]int) []int {
	out := append([]int(nil), a...)
	for _, x := range b {
		out = append(out, x...)
	}
	sortInts(out)
	return slices.Compact(out) // a token read twice (a case marker of both) is one
}

// speechLemma reports whether a lemma is a verb whose clausal complement is
// attributed to its subject: a verb of saying, thinking or denying in the
// shared lexicon.
func speechLemma(lemma string) bool { return lexicon.Reporting(lemma) }

// sameKind reports whether conjunct b can stand where the nominal a
// stands: coordination joins like with like, so an adjective, adverb or
// verb coordinated with a noun is a misparse. A non-nominal a is never
// judged (the parser often heads a noun phrase by its adjective).
func (w *walker) sameKind(a, b int) bool {
	switch w.t[a].UPOS {
	case "NOUN", "PROPN", "PRON":
	case "ADJ":
		// "the greatest of American innovators": an adjective with a
		// determiner heads a noun phrase
		if d := w.child(a, "det"); d < 0 || d > a {
			return true
		}
	default:
		return true
	}
	switch w.t[b].UPOS {
	case "ADJ", "ADV", "VERB", "AUX":
		return false
	}
	return true
}

// negatedConj reports a conjunct ruled out by "not" with no conjunction
// ("X, not Y") or set against the one before it by "rather than" or
// "instead of" ("backed the mayor rather than her rival"): a contrast,
// never an argument of its own. "A but not B" coordinates a negated
// conjunct, which stays one.
func (w *walker) negatedConj(c int) bool {
	if w.dep(c) != "conj" {
		return false
	}
	neg := false
	for _, k := range w.kids[c] {
		if k < c && (w.isNegWord(k) || w.contrastCC(k)) {
			neg = true
			continue
		}
		if k < c && w.bdep(k) == "cc" && !w.contrastListGoesOn(c) {
			return false
		}
	}
	return neg || w.contrastListGoesOn(c)
}

// contrastListGoesOn reports a conjunct that follows one set off by
// "rather than" or "instead of" in the same list ("uses sodium rather than
// lithium, cobalt or nickel"): it is ruled out with it.
func (w *walker) contrastListGoesOn(c int) bool {
	h := w.head(c)
	if h < 0 {
		return false
	}
	for _, o := range w.kids[h] {
		if o >= c || w.dep(o) != "conj" {
			continue
		}
		for _, k := range w.kids[o] {
			if k < o && w.contrastCC(k) {
				return true
			}
		}
	}
	return false
}

// reportConj returns the verb of saying whose report holds h, when p, a
// verb of saying too, is coordinated with h's clause: "said the merger made
// strategic sense but warned that the regulator could ..." is the analysts'
// warning, not the merger's, however the parse joins "warned" to "made".
// -1 when p is no such conjunct.
func (w *walker) reportConj(p, h int) int {
	if p < h || !lexicon.Reporting(w.lemma(p)) || lexicon.Reporting(w.lemma(h)) || w.dep(h) != "ccomp" {
		return -1
	}
	if w.child(p, "nsubj", "nsubj:pass", "aux", "aux:pass") >= 0 || w.t[p].XPOS != "VBD" {
		// "said the inquiry would be led by a judge and would report
		// within six months": a modal keeps it in the report
		return -1
	}
	g := w.head(h)
	if g < 0 || g > h || w.t[g].UPOS != "VERB" || !lexicon.Reporting(w.lemma(g)) || w.child(g, "nsubj") < 0 {
		return -1
	}
	return g
}

// ageConj reports a bare number between commas after a noun that the
// parse read as a conjunct of it ("convicted the former mayor, 61, of
// fraud"): a person's age, never an argument of its own.
func (w *walker) ageConj(c int) bool {
	if w.dep(c) != "conj" || w.t[c].UPOS != "NUM" || c == 0 || w.t[c-1].Text != "," {
		return false
	}
	if c+1 < len(w.t) && w.t[c+1].Text != "," {
		return false
	}
	for _, k := range w.kids[c] {
		if w.bdep(k) == "cc" {
			return false
		}
	}
	n, err := strconv.Atoi(w.t[c].Text)
	return err == nil && n > 0 && n < 120
}

// contrastCC reports whether token k is the first word of "rather than"
// or "instead of" used as a coordinator: what follows is what did not
// happen.
func (w *walker) contrastCC(k int) bool {
	if w.bdep(k) != "cc" {
		return false
	}
	var second string
	switch w.lower(k) {
	case "rather":
		second = "than"
	case "instead":
		second = "of"
	default:
		return false
	}
	for _, f := range w.kids[k] {
		if w.bdep(f) == "fixed" && w.lower(f) == second {
			return true
		}
	}
	return k+1 < len(w.t) && w.lower(k+1) == second
}

// isNegWord reports whether token i is "not" or "never" modifying its head.
func (w *walker) isNegWord(i int) bool {
	switch w.lower(i) {
	case "not", "never":
		return w.bdep(i) == "advmod" || w.bdep(i) == "cc"
	}
	return false
}

// isDash reports whether a token is a dash that sets off a phrase.
func isDash(t string) bool { return t == "--" || t == "—" || t == "–" || t == "-" }

// amountVerbs, as a participle after a clause ("..., totaling $5
// million", "..., bringing the total to 40"), sum up what the clause
// counts: their subject is the clause's object, not its subject.
var amountVerbs = map[string]bool{
	"total": true, "amount": true, "equal": true, "represent": true, "account": true,
	"exceed": true, "top": true,
}

// dashBefore reports whether token c has a dash of its own before it.
func (w *walker) dashBefore(c int) bool {
	for _, k := range w.kids[c] {
		if k < c && w.t[k].UPOS == "PUNCT" && isDash(w.t[k].Text) {
			return true
		}
	}
	return false
}

// nameCoordination reports a coordination the parse read into one name:
// a conjunct that follows the one before it with nothing between them
// ("the Land and Environment Court" with "Environment" and "Court" both
// conjuncts of "Land") joins no list, and a capitalised common noun
// coordinated with words that open with a capital ("the Meat and
// Livestock Australia indicator") is a name's first word, not an argument.
func (w *walker) nameCoordination(h int, conjs []int) bool {
	prev := h
	for _, c := range conjs {
		if c == prev+1 && w.capitalized(prev) && w.capitalized(c) {
			return true
		}
		prev = c
	}
	// "Meat and Livestock ...": the noun, the conjunction and a capital
	// word, side by side
	c := conjs[0]
	return len(conjs) == 1 && w.t[h].UPOS == "NOUN" && w.capitalized(h) && !lexicon.Title(w.t[h].Text) &&
		h+2 < c && w.head(h+1) == c && w.bdep(h+1) == "cc" && w.capitalized(h+2) && w.head(h+2) != h
}

// trailingModifiers extends sp, the span of the last conjunct c of h,
// by a prepositional modifier the parse hung on h that follows c
// directly ("a store update and a laptop with a fast processor" with
// "with a fast processor" on "update"): it stands after the last
// conjunct and modifies it (or the whole list), so the conjunct alone
// keeps it; cut, "a laptop" drops what the phrase is about.
func (w *walker) trailingModifiers(h, c int, sp []int, skip func(int) bool) []int {
	for _, m := range w.kids[h] {
		if m <= c || w.bdep(m) != "nmod" || (skip != nil && skip(m)) || w.firstOf(m) != sp[len(sp)-1]+1 {
			continue
		}
		if cs := w.caseOf(m); len(cs) != 1 || w.lower(cs[0]) == "than" || w.lower(cs[0]) == "as" {
			// "fewer strokes and deaths than those who ...": the
			// comparison is the quantifier's, not the last noun's
			continue
		}
		if timeWord(w.lower(m)) || w.isTimeUnit(m) || w.role(m) == "time" {
			// "taken off by lifeboats and fishing boats within three
			// hours": a time of the verb the parse hung on the noun
			continue
		}
		sp = append(slices.Clone(sp), w.span(m, skip)...)
		sortInts(sp)
	}
	return sp
}

// namesGiven reports names coordinated after a passive or participial
// verb of naming ("tools ..., dubbed Spaces and Dock", "the trains are
// named Aster and Bellwood"): the list gives the names of the things the
// subject counts, so one name alone ("the tools are dubbed Spaces") is
// false. The active verb appoints people one by one ("the board named
// Ada Pell and Rui Sato") and still splits.
func (w *walker) namesGiven(h int, conjs []int) bool {
	v := w.head(h)
	if v < 0 || !givesName[w.lemma(v)] || w.t[v].XPOS != "VBN" {
		return false
	}
	switch w.dep(h) {
	case "xcomp", "obj", "obl", "nsubj:pass", "advcl", "ccomp":
	default:
		return false
	}
	if w.dep(h) == "nsubj:pass" || h < v {
		return false
	}
	if !w.capitalized(h) && w.t[h].UPOS != "PROPN" {
		return false
	}
	for _, c := range conjs {
		if !w.capitalized(c) && w.t[c].UPOS != "PROPN" {
			return false
		}
	}
	return true
}

// gapped reports a conjunct c of an oblique quantity h that repeats h's
// own preposition inside it ("at $199 and the 32GB version at $299"): c
// opens a clause whose verb is left out.
func (w *walker) gapped(h, c int) bool {
	hc := w.caseOf(h)
	if len(hc) != 1 || (w.t[c].UPOS != "NOUN" && w.t[c].UPOS != "PROPN") || !w.quantity(h) {
		return false // "spoke at the summit and the dinner at the embassy" is no gap
	}
	for _, k := range w.kids[c] {
		if k > c && (w.bdep(k) == "nmod" || w.bdep(k) == "obl") {
			if kc := w.caseOf(k); len(kc) == 1 && w.lower(kc[0]) == w.lower(hc[0]) {
				return true
			}
		}
	}
	return false
}

// quantity reports a number, a currency or a noun counted by a number.
func (w *walker) quantity(i int) bool {
	switch w.t[i].UPOS {
	case "NUM", "SYM":
		return true
	}
	return w.child(i, "nummod") >= 0
}

// quotedCoordination reports a coordination inside quotation marks that
// hold nothing else ("has \"ups and downs\""): a quoted expression, one
// argument.
func (w *walker) quotedCoordination(h int, conjs []int) bool {
	first, last := h, conjs[len(conjs)-1]
	for first > 0 && w.t[first-1].UPOS == "DET" {
		first--
	}
	for _, k := range w.kids[last] {
		if k > last && w.t[k].UPOS != "PUNCT" {
			last = max(last, w.lastOf(k))
		}
	}
	return first > 0 && last+1 < len(w.t) && isQuote(w.t[first-1].Text) && isQuote(w.t[last+1].Text)
}

// isQuote reports a quotation mark.
func isQuote(t string) bool {
	switch t {
	case "\"", "“", "”", "``", "''":
		return true
	}
	return false
}

// rangeCoordination reports a coordination that names one range or pair
// rather than several arguments: the head takes "between" ("between the
// river and the road"), or the conjuncts are numbers ("5 and 7 percent",
// "two or three days").
func (w *walker) rangeCoordination(h int, conjs []int) bool {
	for _, c := range w.kids[h] {
		if w.bdep(c) == "case" && w.lower(c) == "between" {
			return true
		}
		if cs := w.caseOf(c); c > h && len(cs) == 1 && w.lower(cs[0]) == "between" && len(conjs) == 1 && w.firstOf(conjs[0]) == w.lastOf(c)+1 && w.holdsNumber(conjs[0]) {
			// "cost the carrier between 40 million and 60 million euros"
			// with the second amount a conjunct of "carrier": one range
			return true
		}
	}
	if w.t[h].UPOS != "NUM" {
		return false
	}
	for _, c := range conjs {
		if w.t[c].UPOS != "NUM" {
			return false
		}
	}
	return true
}

// setOff reports a phrase headed by c between two commas: a comma opens it
// (its first word or the word before) and one follows its last word.
func (w *walker) setOff(c int) bool {
	if w.t[c].UPOS != "VERB" {
		return false
	}
	// the span's ends by head chains: a skip callback runs inside a walk,
	// which must not be nested
	f, l := c, c
	for k := range w.t {
		if w.under(k, c) {
			f, l = min(f, k), max(l, k)
		}
	}
	open := w.t[f].Text == "," || (f > 0 && w.t[f-1].Text == ",")
	closed := w.t[l].Text == "," || (l+1 < len(w.t) && w.t[l+1].Text == ",")
	return open && closed
}

// directionAdverbs complete a verb of motion or change as a particle
// does ("ran aground", "went ahead", "fell apart"); the particles of
// phrasal verbs ([lexicon.Particle]: "walked out", "broke down") do too.
var directionAdverbs = map[string]bool{
	"aground": true, "ashore": true, "abroad": true, "home": true, "away": true, "apart": true,
	"ahead": true, "back": true, "overboard": true, "offshore": true, "overseas": true, "downstairs": true,
	"upstairs": true, "aboard": true, "astray": true, "together": true,
}

// forSubject returns the noun n of "for n to VERB" when predicate p is that
// infinitive, read as a complement or an adverbial of h with n an oblique
// of h ending right before its "to"; -1 otherwise.
func (w *walker) forSubject(p, h int) int {
	switch w.bdep(p) {
	case "advcl", "xcomp":
	default:
		return -1
	}
	m := w.child(p, "mark")
	if m < 0 || w.lower(m) != "to" || m != w.firstOf(p) {
		return -1
	}
	for _, n := range w.kids[h] {
		if n < m && w.bdep(n) == "obl" && w.lastOf(n) == m-1 {
			if cs := w.caseOf(n); len(cs) == 1 && w.lower(cs[0]) == "for" {
				return n
			}
		}
	}
	return -1
}

// spanOfTime reports a counted noun of duration ("21 days", "two weeks",
// "a few hours"), which can do nothing.
func (w *walker) spanOfTime(o int) bool {
	return w.isTimeUnit(o) && (w.child(o, "nummod") >= 0 || w.child(o, "det") >= 0 || w.child(o, "amod") >= 0)
}
