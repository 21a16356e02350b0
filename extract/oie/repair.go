package oie

import (
	"slices"
	"strings"

	"github.com/storygraph/storygraph/extract/lemma"
	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
)

// judgedHeadline reports a verb of judging v read as a past tense with
// its subject n, no object or auxiliary, and an adjective complement right
// after it ("Anselm Krey found guilty of fraud", "Two men found dead"):
// active, the verb would need an object, so it is a passive participle.
func (w *walker) judgedHeadline(v int) (int, bool) {
	switch w.lemma(v) {
	case "find", "declare", "deem", "pronounce", "judge", "rule":
	default:
		return -1, false
	}
	a := v + 1
	if a >= len(w.t) || w.head(a) != v || w.bdep(a) == "advmod" {
		return -1, false
	}
	// "guilty" is often read as a noun object
	adj := w.t[a].UPOS == "ADJ" || judgedAdjectives[w.lower(a)]
	if o := w.child(v, "obj"); o >= 0 && o != a {
		return -1, false
	}
	if !adj || w.t[v].XPOS != "VBD" || w.child(v, "iobj", "aux", "aux:pass", "ccomp", "expl") >= 0 {
		return -1, false
	}
	n := w.child(v, "nsubj")
	if n < 0 || n > v || w.t[n].UPOS == "PRON" {
		return -1, false
	}
	return n, true
}

// judgedAdjectives are what a court or an inquest finds someone.
var judgedAdjectives = map[string]bool{
	"guilty": true, "innocent": true, "liable": true, "dead": true, "responsible": true, "negligent": true,
	"unfit": true, "insane": true, "incompetent": true,
}

// dueInfinitive reports an adjective "due" with a copula and an
// infinitive right after it ("is due to be published"), and returns the
// infinitive.
func (w *walker) dueInfinitive(d int) (int, bool) {
	if w.lower(d) != "due" || w.t[d].UPOS != "ADJ" || w.child(d, "cop") < 0 || w.child(d, "nsubj") < 0 {
		return -1, false
	}
	for _, x := range w.kids[d] {
		if x > d && (w.dep(x) == "advcl" || w.dep(x) == "xcomp") && w.t[x].UPOS == "VERB" && w.child(x, "nsubj") < 0 {
			if m := w.child(x, "mark"); m == d+1 && w.lower(m) == "to" {
				return x, true
			}
		}
	}
	return -1, false
}

// saidSubject reports a verb of saying v whose object n is followed, past
// n's own modifiers, by a verb x the parse hung on v with no subject (or
// with the object of n's relative clause as its subject, returned as s,
// else -1): n is x's subject and x what was said ("said its pill, called
// velcarstat, cut admissions", "said the libraries that will reduce hours
// were chosen").
func (w *walker) saidSubject(v int) (n, x, s int, ok bool) {
	if w.t[v].UPOS != "VERB" || !speechLemma(w.lemma(v)) {
		return -1, -1, -1, false
	}
	n = w.child(v, "obj")
	if n < 0 || n < v || !w.isNominal(n) || w.t[n].UPOS == "PRON" || w.child(v, "ccomp") >= 0 && w.child(w.child(v, "ccomp"), "nsubj", "nsubj:pass") < 0 {
		return -1, -1, -1, false
	}
	end := w.lastOf(n)
	for _, c := range w.kids[v] {
		if c <= n || w.t[c].UPOS != "VERB" {
			continue
		}
		switch w.dep(c) {
		case "xcomp", "ccomp", "parataxis", "advcl":
		case "conj":
			// "said its drug, called torvalin, cut stays": a conjunct
			// with no conjunction, after the noun's set-off modifier
			if w.child(c, "cc") >= 0 || !w.commaBetween(n, end) {
				continue
			}
		default:
			continue
		}
		if w.child(c, "mark") >= 0 || w.t[c].XPOS == "VBG" || w.t[c].XPOS == "VBN" && w.child(c, "aux", "aux:pass") < 0 {
			continue
		}
		sub := w.child(c, "nsubj", "nsubj:pass")
		switch {
		case sub < 0 && w.firstOf(c) == end+1:
			// "its pill, called velcarstat, cut admissions"
			return n, c, -1, true
		case sub < 0 && w.firstOf(c) == end+2 && w.t[end+1].Text == ",":
			return n, c, -1, true
		case sub >= 0 && sub == end+1 && w.firstOf(c) == sub && len(w.kids[sub]) == 0 && w.relclOf(n) >= 0 && w.lastOf(w.relclOf(n)) == end &&
			w.child(w.relclOf(n), "obj") < 0 && w.t[w.relclOf(n)].UPOS == "VERB" && w.t[sub].UPOS == "NOUN":
			// "the libraries that will reduce | hours were chosen"
			return n, c, sub, true
		}
	}
	return -1, -1, -1, false
}

// relclOf returns the relative clause on noun n, or -1.
func (w *walker) relclOf(n int) int {
	for _, k := range w.kids[n] {
		if w.dep(k) == "acl:relcl" {
			return k
		}
	}
	return -1
}

// gerundVerbs take a gerund as their object ("stopped selling cars",
// "considered raising taxes").
var gerundVerbs = map[string]bool{
	"stop": true, "start": true, "begin": true, "keep": true, "continue": true, "avoid": true,
	"consider": true, "finish": true, "quit": true, "enjoy": true, "risk": true, "deny": true,
	"admit": true, "suggest": true, "recommend": true, "resume": true, "mind": true, "miss": true,
	"practise": true, "practice": true, "delay": true, "postpone": true, "involve": true, "mean": true,
	"like": true, "love": true, "hate": true, "prefer": true, "try": true, "regret": true,
	"remember": true, "forget": true, "imagine": true, "propose": true, "discuss": true, "mention": true,
	"cease": true, "resist": true, "tolerate": true, "justify": true, "anticipate": true,
	"appreciate": true, "acknowledge": true, "report": true, "recall": true, "need": true,
	"require": true, "include": true, "favour": true, "favor": true, "support": true, "oppose": true,
	"defend": true, "advocate": true, "envisage": true, "contemplate": true, "end": true, "face": true,
	"fear": true, "go": true, "come": true, "spend": true, "rule": true, "weigh": true, "explore": true,
	"study": true, "plan": true, "intend": true, "attempt": true, "allow": true, "permit": true,
	"ban": true, "prohibit": true, "encourage": true, "discourage": true, "prevent": true,
}

// gerundModifier reports a gerund x read as the open complement of verb v
// right before it, with no object of v, when v takes no gerund and x's own
// object o is a bare noun right after it ("supplies drinking water",
// "sells running shoes"): x modifies o, v's object. It returns v and o.
func (w *walker) gerundModifier(x int) (v, o int, ok bool) {
	v = w.head(x)
	if v < 0 || x != v+1 || w.dep(x) != "xcomp" || w.t[x].XPOS != "VBG" || w.t[v].UPOS != "VERB" || gerundVerbs[w.lemma(v)] || lexicon.Speech(w.lemma(v)) {
		return -1, -1, false
	}
	if w.child(v, "obj", "iobj", "ccomp") >= 0 || w.child(x, "mark", "nsubj", "advmod") >= 0 {
		return -1, -1, false
	}
	o = w.child(x, "obj")
	if o < 0 || w.firstOf(o) != x+1 || w.t[o].UPOS != "NOUN" {
		return -1, -1, false
	}
	for _, k := range w.kids[o] {
		switch w.bdep(k) {
		case "det", "nmod:poss", "nummod", "amod":
			return -1, -1, false
		}
	}
	return v, o, true
}

// contentNouns name something said or believed, whose content a "that"
// clause gives ("reports that he had resigned", "claims that the vote was
// rigged").
var contentNouns = map[string]bool{
	"report": true, "claim": true, "allegation": true, "accusation": true, "rumour": true, "rumor": true,
	"suggestion": true, "speculation": true, "assertion": true, "fear": true, "concern": true,
	"belief": true, "idea": true, "notion": true, "news": true, "assurance": true, "warning": true,
	"charge": true, "evidence": true, "sign": true, "indication": true, "view": true, "hope": true,
}

// strandedContentNoun reports a "that" clause c hung on a verb right after
// the verb's object, a noun of contentNouns ("denied reports that he had
// lost the dressing room"), and returns the noun: the clause is the
// noun's content.
func (w *walker) strandedContentNoun(c int) (int, bool) {
	v := w.head(c)
	if v < 0 || w.bdep(c) != "ccomp" || c < v {
		return -1, false
	}
	m := w.child(c, "mark")
	if m < 0 || w.lower(m) != "that" || w.firstOf(c) != m {
		return -1, false
	}
	n := w.child(v, "obj")
	if n < 0 || n > m || !contentNouns[w.lemma(n)] || w.lastOf(n)+1 != m || w.isRelPron(n) {
		return -1, false
	}
	return n, true
}

// roleTimePreps open a phrase the parse may run into a time after it.
var roleTimePreps = map[string]bool{
	"as": true, "on": true, "in": true, "at": true, "into": true, "under": true, "to": true,
}

// asRoleTimes returns the obliques read as one noun phrase of a role or
// state and a time after a preposition ("as chief executive last month",
// "as party leader this year", "on display next spring"): headed by a
// unit of time with "last", "next" or "this" right before it and a word
// of the role before that.
func (w *walker) asRoleTimes() []int {
	var out []int
	for o := range w.t {
		if w.bdep(o) != "obl" || !(w.isTimeUnit(o) || timeWord(w.lower(o))) || o < 3 || w.head(o) < 0 {
			continue
		}
		cs := w.caseOf(o)
		if len(cs) != 1 || !roleTimePreps[w.lower(cs[0])] {
			continue
		}
		l, r := o-1, o-2
		if w.head(l) != o || (w.lower(l) != "last" && w.lower(l) != "next" && w.lower(l) != "this") {
			continue
		}
		if w.head(r) != o || r <= cs[0] || (w.bdep(r) != "amod" && w.bdep(r) != "compound") || timeWord(w.lower(r)) {
			continue
		}
		ok := true
		for k := cs[0] + 1; k < r; k++ {
			if h := w.head(k); (h != o && (h <= cs[0] || h > r)) || (w.bdep(k) != "amod" && w.bdep(k) != "compound" && w.bdep(k) != "det") {
				ok = false
			}
		}
		if ok {
			out = append(out, o)
		}
	}
	return out
}

// repair fixes, on a private copy of the tokens, classes of parse errors
// that would otherwise give wrong facts. Each repair is a general shape,
// checked on the tree, not on words of one sentence:
//
//   - the "that" of a content clause after an event noun read as a relative
//     pronoun ("the demand that the city close the bridge" parsed like "the
//     demand that the city made"): "that" becomes the clause's mark and the
//     clause a plain acl;
//   - a past participle after a noun read as the verb's open complement
//     ("stands behind rules intended to deter attacks": the rules are
//     intended, not the subject): it becomes a reduced relative on the noun;
//   - a "that"-clause whose subject has an infinitive of its own read as
//     an infinitival clause ("said that the plan to end the war is
//     complete" parsed with "end" as the complement and "the plan" its
//     subject): the infinitive goes back to its noun and the clause is
//     headed by its real predicate;
//   - a finite verb with no subject and no conjunction read as a conjunct
//     of an earlier verb while an apposition stands right before it ("X,
//     which broke the story about Y, a person close to Z claimed that ...":
//     the person claimed, not X): the apposition becomes its subject;
//   - the "that" of a verb of saying's complement read as a pronoun with
//     the clause hung on it ("critics alleged that the firm hid losses"
//     parsed with "that" as the verb's modifier): "that" becomes the mark
//     of the clause, and the clause the verb's complement;
//   - a predicate with its own copula or auxiliary read as a conjunct of
//     the noun before it ("was released as a download, and is also
//     available free"): it is a conjunct of the clause that noun is in;
//   - a "that"-clause after a noun on a verb that takes no such complement
//     ("sold in the weeks that it was available"): it is a relative clause
//     on the noun;
//   - and the shapes named where each round below runs: an adverbial
//     participle hung on an object's complement, a second object that
//     renames the first, a participle after a linking verb, a repeated noun
//     coordinated with an adjective, a person's age, a conjunct with no
//     conjunction, "up to" an amount.
func (w *walker) repair() {
	copied := false
	edit := func() {
		if !copied {
			w.t = append([]nlp.Token(nil), w.t...)
			copied = true
		}
	}
	for c := range w.t {
		n := w.head(c)
		if w.dep(c) != "acl:relcl" || n < 0 || n+1 >= len(w.t) || w.t[n].UPOS != "NOUN" || nomVerbs[w.lemma(n)] == "" {
			continue
		}
		that := n + 1
		if w.head(that) != c || w.lower(that) != "that" || !w.isContentClause(n, c) {
			continue
		}
		edit()
		w.t[that].Dep, w.t[that].UPOS, w.t[that].XPOS = "mark", "SCONJ", "IN"
		w.t[c].Dep = "acl"
	}
	moved := false
	move := func(i, head int, dep string) {
		edit()
		w.t[i].Head, w.t[i].Dep = head, dep
		moved = true
	}
	// rehang moves every token for which find names a new head under it,
	// with relation dep.
	rehang := func(find func(int) (int, bool), dep string) {
		for i := range w.t {
			if h, ok := find(i); ok {
				move(i, h, dep)
			}
		}
	}
	// promote puts x in the place of its head h, gives it h's other
	// dependents and hangs h on it with relation dep.
	promote := func(x, h int, dep string) {
		if w.t[h].Head < 0 {
			move(x, -1, "root")
		} else {
			move(x, w.t[h].Head, w.t[h].Dep)
		}
		for _, k := range w.kids[h] {
			if k != x {
				move(k, x, w.t[k].Dep)
			}
		}
		move(h, x, dep)
	}
	// verbify makes a word the parse read as a noun the verb it is, with
	// tag xpos: its lemma is the verb's, its prepositional modifiers
	// become obliques ("sank | off the coast")
	verbify := func(v int, xpos string) {
		edit()
		if w.t[v].UPOS != "VERB" {
			w.t[v].Lemma = lemma.Lemmatize(w.lower(v), "VERB")
			for _, k := range w.kids[v] {
				if w.dep(k) == "nmod" {
					w.t[k].Dep = "obl"
				}
			}
		}
		w.t[v].UPOS, w.t[v].XPOS = "VERB", xpos
	}
	// nounify makes a word the parse read as a modifier the noun heading
	// a subject
	nounify := func(n int) {
		edit()
		w.t[n].UPOS, w.t[n].XPOS = "NOUN", "NN"
	}
	// settle rebuilds the children lists after a round of moves, so the
	// next round's tests see the repaired tree.
	settle := func() {
		if moved {
			w.rebuildKids()
			moved = false
		}
	}
	if v, c, n, ok := w.participleAsVerb(); ok {
		// "calendar events created on a laptop would be sent to the
		// phone": the events are sent; "created" is a participle on them
		move(c, -1, "root")
		for _, k := range w.kids[v] {
			if k != n && k != c && (k > c || w.bdep(k) == "punct" || k < n) {
				move(k, c, w.t[k].Dep)
			}
		}
		dep := "nsubj"
		if w.child(c, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		move(n, c, dep)
		move(v, n, "acl")
		w.t[v].XPOS = "VBN"
	}
	settle()
	if v, n, ok := w.verbAfterRelative(); ok {
		// "The bill, which passed the Senate, now goes to the House.":
		// the verb after the relative clause is the sentence's, not a
		// clause beside the relative
		move(v, -1, "root")
		for _, k := range w.kids[n] {
			if k > v {
				move(k, v, w.t[k].Dep)
			}
		}
		if w.child(v, "aux:pass") >= 0 {
			move(n, v, "nsubj:pass")
		} else {
			move(n, v, "nsubj")
		}
		if w.t[v].XPOS == "VBN" {
			w.t[v].XPOS = "VBD"
		}
	}
	settle()
	if x, v, sub, o, ok := w.verbInSubject(); ok {
		// "The firm cut prices in Tolva but raised them in Orlen" read
		// as "the firm cut prices" the subject of "raised": "but" joins
		// two verbs, the first hidden in the noun phrase
		verbify(x, "VBD")
		move(x, -1, "root")
		for _, k := range w.kids[o] {
			if k < sub && w.bdep(k) != "punct" {
				move(k, sub, w.t[k].Dep)
			}
		}
		move(sub, x, "nsubj")
		nounify(sub)
		move(o, x, "obj")
		move(v, x, "conj")
		for _, k := range w.kids[v] {
			if k > v && w.t[k].UPOS == "PUNCT" && k == len(w.t)-1 {
				move(k, x, "punct")
			}
		}
	}
	settle()
	if x, n, y, ok := w.verbAfterParticiple(); ok {
		// "The group, led by Ben Cray, owns three hotels" with "owns" a
		// plural noun in the participle's phrase: the sentence's verb
		verbify(x, "VBZ")
		move(x, -1, "root")
		move(n, x, "nsubj")
		if y >= 0 {
			move(y, x, "obj")
		}
		for _, k := range w.kids[n] {
			if k > x && w.t[k].UPOS == "PUNCT" {
				move(k, x, "punct")
			}
		}
	}
	settle()
	if r, n, m, ok := w.mainAfterSubordinate(); ok {
		// "Because the bridge was closed, drivers used the ferry" with
		// "drivers" a conjunct of "closed" and "used" a participle on
		// it, "After X bought the paper, its editor quit" with "quit" a
		// noun: the clause after the comma is the sentence's
		if m == n {
			s := n - 1
			for _, k := range w.kids[n] {
				if k < s && w.bdep(k) != "punct" {
					move(k, s, w.t[k].Dep)
				}
			}
			nounify(s)
			verbify(m, "VBD")
			n = s
		}
		move(m, -1, "root")
		move(n, m, "nsubj")
		move(r, m, "advcl")
		for _, k := range w.kids[r] {
			if k > m && w.t[k].UPOS == "PUNCT" {
				move(k, m, "punct")
			}
		}
	}
	settle()
	if v, n, name, k, ok := w.namingAsMainVerb(); ok {
		// "A startup called Lumo raised $5 million" with "called" the
		// sentence's verb: the participle names the noun, the later
		// verb is the sentence's
		move(k, -1, "root")
		if w.child(k, "aux:pass") >= 0 {
			move(n, k, "nsubj:pass")
		} else {
			move(n, k, "nsubj")
		}
		move(v, n, "acl")
		if !w.hasCase(name, "as") {
			move(name, v, "xcomp")
		} else if w.head(name) != v {
			move(name, v, "obl")
		}
		for _, h := range []int{v, n} {
			for _, c := range w.kids[h] {
				if c > k && w.t[c].UPOS == "PUNCT" {
					move(c, k, "punct")
				}
			}
		}
		edit()
		w.t[v].XPOS = "VBN"
	}
	settle()
	if v, n, r, ok := w.verbInRelative(); ok {
		// "The firm that built the bridge went bankrupt", "The pilot
		// who flew the plane told investigators ...": a sentence read
		// as a noun and its restrictive relative clause, the verb of
		// the sentence hung inside the clause
		if sub := w.child(v, "nsubj", "nsubj:pass"); sub >= 0 {
			// "built | the bridge went": the clause's object, read as
			// the subject of a complement
			move(sub, r, "obj")
		}
		if w.t[v].UPOS != "VERB" {
			verbify(v, "VBD")
		}
		move(v, -1, "root")
		dep := "nsubj"
		if w.child(v, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		move(n, v, dep)
		for _, k := range w.kids[n] {
			if k > v && w.t[k].UPOS == "PUNCT" {
				move(k, v, "punct")
			}
		}
	}
	settle()
	if v, n, ok := w.verblessRoot(); ok {
		// "The bakery's profit doubled in 2019.": the sentence's verb,
		// read as a participle on its subject
		move(v, -1, "root")
		for _, k := range w.kids[n] {
			if k > v {
				move(k, v, w.t[k].Dep)
			}
		}
		move(n, v, "nsubj")
		w.t[v].XPOS = "VBD"
	}
	settle()
	if v, n, r, ok := w.clauseAsSpeakerSubject(); ok {
		// "A train derailed near the town on Friday, injuring 23
		// people, officials said" with the train a second subject of
		// "said" and "derailed" a participle on it: the clause is what
		// was said
		move(v, r, "ccomp")
		move(n, v, "nsubj")
		for _, k := range w.kids[n] {
			if k > v && w.t[k].UPOS == "PUNCT" {
				move(k, v, "punct")
			}
		}
		for _, s := range w.kids[r] {
			if w.bdep(s) != "nsubj" || s == n {
				continue
			}
			// words before the speaker's comma hung on the speaker
			// ("..., two of them seriously, officials said") are the
			// clause's
			for _, k := range w.kids[s] {
				if k < s && w.firstOf(k) > v {
					move(k, v, "dep")
				}
			}
		}
		w.t[v].XPOS = "VBD"
	}
	settle()
	if c, v, n, sub, ok := w.subordinateBeforeMain(); ok {
		// "Before the vote began the mayor left the room" with no comma
		// after the first clause, read with the main clause as what
		// began: the main clause heads the sentence, the first one is
		// its adverbial, opened by the subordinator
		move(c, -1, "root")
		move(v, c, "advcl")
		if n >= 0 {
			move(n, v, "nsubj")
		}
		if w.head(sub) != v {
			move(sub, v, "mark")
			w.t[sub].UPOS, w.t[sub].XPOS = "SCONJ", "IN"
		}
		for _, h := range []int{v, n} {
			if h < 0 {
				continue
			}
			for _, k := range w.kids[h] {
				if k > c && w.t[k].UPOS == "PUNCT" {
					move(k, c, "punct")
				}
			}
		}
	}
	settle()
	if v, h, n, ok := w.quoteThenSpeaker(); ok {
		// "\"We opened forty stores and we hired 2,000 people,\" said
		// chief executive Maria Okafor": whatever the parse made of it,
		// the quote is what was said and the name after the verb says it
		move(v, -1, "root")
		move(h, v, "ccomp")
		move(n, v, "nsubj")
		for k := range w.t {
			if w.head(k) == h && k > h && w.bdep(k) == "punct" && k == len(w.t)-1 {
				move(k, v, "punct")
			}
		}
	}
	settle()
	for v := range w.t {
		if h, c, ok := w.quoteBeforeSpeech(v); ok {
			// "\"The Fed has no choice,\" said Ana Ruiz": the quote is
			// what she said, not a clause coordinated with her saying it
			if c >= 0 {
				dep := "obj"
				if w.t[c].UPOS == "ADJ" {
					dep = "xcomp"
				}
				move(c, h, dep)
			}
			move(v, w.t[h].Head, w.t[h].Dep)
			move(h, v, "ccomp")
		}
	}
	settle()
	for c := range w.t {
		// "\"Prices will rise, but nobody knows by how much,\" the
		// analyst said" with "how much" read as what the analyst said:
		// the end of the quote belongs to the quote's own verb
		if k, ok := w.quoteTailOfSpeech(c); ok {
			v := w.head(c)
			move(c, k, "ccomp")
			if r := w.rootToken(); r >= 0 && r < c && w.under(v, r) {
				// the verb of saying hung inside the quote heads the
				// sentence, the quote is what was said
				move(v, -1, "root")
				move(r, v, "ccomp")
			}
		}
	}
	settle()
	// "reports of police beating protesters" with "beating" hung on
	// "reports": the gerund is the of-phrase's
	rehang(w.gerundOfReported, "acl")
	settle()
	for i := range w.t {
		if n, ok := w.neitherOfNoun(i); ok {
			// "Neither side has accepted": the subject is "neither side",
			// not "side"
			move(i, n, "det")
			w.t[i].UPOS, w.t[i].XPOS = "DET", "DT"
		}
	}
	for v := range w.t {
		if o, ok := w.verbAsModifier(v); ok {
			// "claims that it had misled investors" with "misled" an
			// adjective of "investors": a verb with a subject or an
			// auxiliary modifies nothing; the noun is its object
			move(v, w.t[o].Head, w.t[o].Dep)
			move(o, v, "obj")
			for _, k := range w.kids[o] {
				switch {
				case k > o && w.bdep(k) == "parataxis":
					// "..., the researchers report": the clause's, not
					// the object's
					move(k, v, w.t[k].Dep)
				case k < v && w.bdep(k) == "det":
					// "All seven had eaten dairy products": the
					// determiner before the subject is the subject's
					if s := w.child(v, "nsubj", "nsubj:pass"); s >= 0 && k < s {
						move(k, s, "det")
					}
				}
			}
		}
	}
	settle()
	for t := range w.t {
		if v, ok := w.thatAsNominal(t); ok {
			// "rejected claims that it had misled investors" with "that"
			// a noun's modifier and the clause hung on it
			h := w.head(t)
			dep := "ccomp"
			if w.t[h].UPOS == "NOUN" || w.t[h].UPOS == "PROPN" {
				dep = "acl"
			}
			move(v, h, dep)
			move(t, v, "mark")
		}
	}
	settle()
	for v := range w.t {
		// "the former executive had been ousted" with "former" and
		// "executive" two subjects: the first describes the second
		var subj []int
		for _, k := range w.kids[v] {
			if w.bdep(k) == "nsubj" {
				subj = append(subj, k)
			}
		}
		onlyPunct := true
		for _, k := range w.kids[0] {
			onlyPunct = onlyPunct && w.bdep(k) == "punct"
		}
		if len(subj) >= 2 && subj[0] == 0 && onlyPunct && strings.HasSuffix(w.lower(0), "ly") && len(w.t[0].Text) > 4 && w.t[0].Ent == "O" {
			// "Formerly \"Phone OS,\" Vela 4 was introduced": an adverb
			// opening the sentence, capitalised and read as a name
			move(0, v, "advmod")
			w.t[0].UPOS, w.t[0].XPOS = "ADV", "RB"
			continue
		}
		if len(subj) == 2 && subj[1] == subj[0]+1 && w.t[subj[0]].UPOS == "ADJ" && subj[1] < v {
			a, b := subj[0], subj[1]
			for _, k := range w.kids[a] {
				if k < a {
					move(k, b, w.t[k].Dep)
				}
			}
			if d := a - 1; d >= 0 && w.head(d) == v && w.bdep(d) == "det" {
				move(d, b, "det")
			}
			move(a, b, "amod")
			if w.t[b].UPOS == "ADJ" {
				w.t[b].UPOS, w.t[b].XPOS = "NOUN", "NN"
			}
		}
	}
	settle()
	for _, x := range w.titledName() {
		// "U.S. Special Envoy Mark Reyes said ...", "Canadian Trade
		// Minister Paula Grant told ...": the words before the title
		// are the name's, not a second subject or the clause's head
		h, v := x.name, w.head(x.name)
		for _, k := range x.split {
			if w.head(k) == -1 && v >= 0 {
				move(v, w.t[k].Head, w.t[k].Dep)
				for _, c := range w.kids[k] {
					if c != v && (c < x.start || c >= x.end) {
						move(c, v, w.t[c].Dep)
					}
				}
			}
			dep := "compound"
			if w.t[k].UPOS == "ADJ" {
				dep = "amod"
			}
			move(k, h, dep)
		}
	}
	settle()
	for v := range w.t {
		// "prices fell on Friday as producers sold stock" parsed with
		// "as" a preposition of "producers" and "sold" a conjunct of
		// "fell": the noun is the subject of a clause "as" subordinates
		if n, c, ok := w.subordinateAsPhrase(v); ok {
			h := w.t[n].Head
			move(n, v, "nsubj")
			move(c, v, "mark")
			move(v, h, "advcl")
		}
	}
	settle()
	for v := range w.t {
		// "the toll rose to nine overnight after a driver died": the time
		// word is the earlier verb's, the noun after "after" is the
		// subject of the clause "after" subordinates
		if sub, n, c, ok := w.timeWordSubject(v); ok {
			if h := w.head(v); h >= 0 {
				move(sub, h, "obl:tmod")
				if d := w.dep(v); d == "parataxis" || d == "conj" {
					move(v, h, "advcl")
				}
			} else {
				move(sub, v, "obl:tmod")
			}
			move(n, v, "nsubj")
			move(c, v, "mark")
		}
	}
	settle()
	for v := range w.t {
		// "Norvane Systems, Inc., a maker of ..., today announced" with
		// "today" a second subject: the day is when
		if w.t[v].UPOS != "VERB" {
			continue
		}
		subj := w.subjectsBefore(v)
		if len(subj) == 2 && lexicon.TimeWord(w.t[subj[1]].Text) && len(w.kids[subj[1]]) == 0 && !lexicon.TimeWord(w.t[subj[0]].Text) {
			move(subj[1], v, "obl:tmod")
		}
	}
	settle()
	for c := range w.t {
		// "its third quarter ended September 30" with "ended" a conjunct
		// of the clause's verb with no conjunction or comma before it: a
		// participle on the noun right before it (a past tense only of
		// a verb of change, which is also its participle: "became" and
		// "fell" are no participles)
		h := w.head(c)
		if h < 0 || w.dep(c) != "conj" || w.t[c].UPOS != "VERB" || (w.t[c].XPOS != "VBN" && !(w.t[c].XPOS == "VBD" && changeVerbs[w.lemma(c)])) || pastOnly[w.lower(c)] || c < 1 ||
			w.child(c, "cc", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark") >= 0 || w.t[c-1].UPOS != "NOUN" || w.firstOf(c) != c {
			continue
		}
		if n := c - 1; n > h && w.under(n, h) {
			move(c, n, "acl")
			w.t[c].XPOS = "VBN"
		}
	}
	settle()
	for v := range w.t {
		// "Developers that had been given early access to the software
		// demonstrated ..." with "access" a second subject: the noun
		// between the relative clause's verb and the main verb is the
		// relative clause's object
		if w.t[v].UPOS != "VERB" {
			continue
		}
		subj := w.subjectsBefore(v)
		if len(subj) != 2 {
			continue
		}
		s1, s2 := subj[0], subj[1]
		r := w.child(s1, "acl:relcl")
		if r < 0 || r > s2 || w.t[r].UPOS != "VERB" || w.child(r, "obj") >= 0 || lexicon.TimeWord(w.t[s2].Text) {
			continue
		}
		if f := w.firstOf(s2); f != w.lastOf(r)+1 && f != r+1 {
			continue // something between the clause and the noun
		}
		move(s2, r, "obj")
	}
	settle()
	for v := range w.t {
		// "At the event several developers that had been given early
		// access to the kit demonstrated ...": the noun with the
		// relative clause read as an oblique, the relative clause's
		// object as the subject
		if w.t[v].UPOS != "VERB" {
			continue
		}
		s2 := w.child(v, "nsubj")
		if s2 < 0 || s2 > v {
			continue
		}
		for _, s1 := range w.kids[v] {
			r := w.child(s1, "acl:relcl")
			if s1 > s2 || w.bdep(s1) != "obl" || r < 0 || r > s2 || w.t[r].UPOS != "VERB" || w.child(r, "obj") >= 0 ||
				w.firstOf(s2) != w.lastOf(r)+1 || lexicon.TimeWord(w.t[s2].Text) {
				continue
			}
			move(s2, r, "obj")
			move(s1, v, "nsubj")
			c := w.child(s1, "case")
			if c < 0 || c > s1 {
				break
			}
			for _, e := range w.kids[s1] {
				// "At the event ... developers": the noun the
				// preposition opens is the oblique
				if d := w.child(s1, "det"); e > c && e < s1 && w.t[e].UPOS == "NOUN" && d > c && d < e && w.bdep(e) != "compound" {
					move(e, v, "obl")
					move(c, e, "case")
					move(d, e, "det")
					break
				}
			}
			break
		}
	}
	settle()
	for v := range w.t {
		// "Farmers who received the seeds last spring reported higher
		// yields" with "last spring" the subject of "reported" and the
		// verb a clause beside the noun: the time is the relative
		// clause's, the noun the verb's subject
		n := w.head(v)
		if n < 0 || w.head(n) >= 0 || !w.isNominal(n) || w.t[v].UPOS != "VERB" || (w.bdep(v) != "parataxis" && w.bdep(v) != "conj") || w.child(v, "cc") >= 0 {
			continue
		}
		s := w.child(v, "nsubj")
		r := w.child(n, "acl:relcl")
		if s < 0 || r < 0 || r > s || s > v || !lexicon.TimeWord(w.t[s].Text) || w.lastOf(r)+1 != w.firstOf(s) {
			continue
		}
		move(s, r, "obl:tmod")
		move(v, -1, "root")
		move(n, v, "nsubj")
		for _, k := range w.kids[n] {
			if k > v && w.bdep(k) == "punct" {
				move(k, v, "punct")
			}
		}
	}
	settle()
	for n := range w.t {
		if r, o, ok := w.objectHeadAsSubject(n); ok {
			// "Quillion, which runs the Quill messaging and payments
			// app, had failed" with "app" a second subject of "failed":
			// it heads the relative clause's object
			move(n, r, "obj")
			for _, k := range w.kids[o] {
				if k < o && (w.bdep(k) == "det" || w.bdep(k) == "amod" || w.bdep(k) == "nmod:poss") {
					move(k, n, w.t[k].Dep)
				}
			}
			move(o, n, "compound")
		}
	}
	settle()
	for n := range w.t {
		if v, g, ok := w.contactRelative(n); ok {
			// "was not worth the paper it was written on" with "paper"
			// and "it" two subjects of "written": the noun is what the
			// predicate above takes, the clause after it a relative
			// clause on it with no pronoun
			move(n, g, "obj")
			move(v, n, "acl:relcl")
		} else if v, ok := w.contactRelativeOnObject(n); ok {
			// "would hurt the customers it was meant to help" with the
			// pronoun's clause hung on the verb above: a relative clause
			// on the object, whose gap it fills
			move(v, n, "acl:relcl")
		}
	}
	settle()
	for a := range w.t {
		// "all iPhone 4 buyers would be eligible" with "iPhone" and
		// "buyers" two subjects of one predicate: side by side, the first
		// is a modifier of the second
		if b, ok := w.doubleSubject(a); ok {
			for _, k := range w.kids[a] {
				if k < a && w.bdep(k) == "det" {
					move(k, b, "det")
				}
			}
			move(a, b, "compound")
		}
	}
	settle()
	// "The Fed has no choice" with "choice" a second subject after the
	// verb: what the subject has
	rehang(w.subjectAfterVerb, "obj")
	settle()
	for m := range w.t {
		if n, ok := w.objectCutAtCompound(m); ok {
			// "launch its own 5G home broadband service" with "5G" the
			// object and "service" a bare oblique: one noun phrase,
			// whose head is the last noun
			v := w.t[n].Head
			move(m, v, w.t[n].Dep)
			for _, k := range w.kids[n] {
				if k < n {
					move(k, m, w.t[k].Dep)
				}
			}
			move(n, m, "compound")
			for _, k := range w.kids[m] {
				if k > m && w.bdep(k) == "obl" {
					move(k, v, w.t[k].Dep) // "next year": when it is launched
				}
			}
			for k := n + 1; k < w.firstOf(m); k++ {
				if w.head(k) != m && !w.under(k, m) {
					move(k, m, "compound")
					w.t[k].UPOS, w.t[k].XPOS = "NOUN", "NN"
				}
			}
		}
	}
	settle()
	for h := range w.t {
		// "showed a dark, dusty surface" with "dark" a noun coordinated
		// with "surface": two adjectives of one noun
		if c, ok := w.adjectiveAsNoun(h); ok {
			for _, k := range w.kids[h] {
				if k < h && w.bdep(k) == "det" {
					move(k, c, "det")
				}
			}
			move(c, w.t[h].Head, w.t[h].Dep)
			move(h, c, "amod")
			w.t[h].UPOS, w.t[h].XPOS = "ADJ", "JJ"
		}
	}
	settle()
	if v, c, o, ok := w.reportAsParenthetical(); ok {
		// "Officials believe the fire, which destroyed 40 homes, was
		// started by a cigarette" with "believe" a parenthetical on
		// "started": the report heads the sentence, its object is the
		// subject of what it reports
		move(v, -1, "root")
		move(c, v, "ccomp")
		if w.child(c, "aux:pass") >= 0 {
			move(o, c, "nsubj:pass")
		} else {
			move(o, c, "nsubj")
		}
		for _, k := range w.kids[c] {
			if k < w.firstOf(o) && w.t[k].UPOS == "PUNCT" {
				move(k, v, "punct")
			}
		}
		for _, k := range w.kids[v] {
			if k > o && k < c && w.t[k].UPOS == "PUNCT" && !w.under(k, o) {
				move(k, c, "punct")
			}
		}
	}
	settle()
	for v := range w.t {
		if a, c, ok := w.clauseSubjectOfSpeaker(v); ok {
			// "A fire that started in a kitchen destroyed the hotel,
			// police said" with the fire a first subject of "said": it
			// is the subject of what was said
			move(a, c, "nsubj")
		}
		if k, c, ok := w.objectOnSpeaker(v); ok {
			// "... had fled Varn, police said" with "Varn" a compound
			// of "police": the clause's object, before the comma
			move(k, c, "obj")
		}
	}
	settle()
	for v := range w.t {
		// "claims internal documents show the plan exists" parsed with
		// "documents" the object of "claims": the noun is the subject of
		// the clause that follows, which is what was claimed
		if c, o, ok := w.objectAsSubject(v); ok {
			for _, k := range w.kids[v] {
				if k > o && k < c && w.bdep(k) == "obl" && w.firstOf(k) == w.lastOf(o)+1 {
					// "say prices of homes | in Varn | will fall": the
					// phrase between is the subject's
					move(k, o, "nmod")
				}
			}
			move(c, v, "ccomp")
			move(o, c, "nsubj")
		}
		if c, o, ok := w.reportedClauseInside(v); ok {
			// "said the gunman, a man in his 40s, fired ten shots",
			// "said the council, in a rare move, would raise taxes",
			// "said in a statement the plant would close": the clause
			// the parse hung inside the object or oblique is what was
			// said
			move(c, v, "ccomp")
			if o >= 0 {
				move(o, c, "nsubj")
				for _, m := range w.kids[o] {
					if m > o && m < c && w.bdep(m) == "nmod" && w.afterComma(m) && len(w.caseOf(m)) > 0 {
						// ", in a rare move,": the clause's adjunct
						move(m, c, "obl")
					}
				}
			}
		}
		if c, o, s, ok := w.coordinatedSubjectAsObject(v); ok {
			// "said the council and the board would raise taxes" with
			// the council the object and the clause its conjunct: the
			// two are the clause's subjects
			move(c, v, "ccomp")
			move(o, c, "nsubj")
			move(s, o, "conj")
			if cc := w.child(c, "cc"); cc >= 0 && cc < s {
				move(cc, s, "cc")
			}
		}
	}
	settle()
	for p := range w.t {
		// "paddocks already damaged by drought", "a level not seen since
		// 2023": a participle right after a noun, read as a conjunct with
		// no conjunction or as a clause of the verb, describes the noun
		if n, ok := w.participleAfterNoun(p); ok {
			move(p, n, "acl")
		}
	}
	settle()
	for i := range w.t {
		// "Landlords' groups have warned" with "Landlords'" hung on the
		// verb: a possessor belongs to the noun after it
		if n, ok := w.possessorOfVerb(i); ok {
			move(i, n, "nmod:poss")
		}
	}
	settle()
	for d := range w.t {
		// "Police on Tuesday charged two men": the day is when they
		// charged them, not part of who charged
		if v, ok := w.dayOfSubject(d); ok {
			move(d, v, "obl")
		}
	}
	settle()
	for c := range w.t {
		// "said the gunman, Neil Carver, 41, had been fired" parsed with
		// "had been fired" a relative clause on "gunman": a clause with
		// no relative pronoun after a verb of saying's object is what
		// was said, the object its subject
		if v, o, ok := w.relativeAsReport(c); ok {
			dep := "nsubj"
			if w.child(c, "aux:pass") >= 0 {
				dep = "nsubj:pass"
			}
			move(c, v, "ccomp")
			move(o, c, dep)
		}
	}
	settle()
	if v, n, c, ok := w.parentheticalReport(); ok {
		// "The plan, the minister said, would cost $2 billion": the
		// clause around the report is the sentence, the report a
		// parenthetical on it
		for _, k := range w.kids[v] {
			if k > c && w.t[k].UPOS == "PUNCT" {
				move(k, c, "punct")
			}
		}
		move(c, -1, "root")
		if w.child(c, "aux:pass") >= 0 {
			move(n, c, "nsubj:pass")
		} else {
			move(n, c, "nsubj")
		}
		move(v, c, "parataxis")
	}
	settle()
	for v := range w.t {
		// "The quake hit ..., about 40 kilometres west of the town, the
		// U.S. Geological Survey said" with "kilometres", "U.S." and
		// "Survey" all subjects of "said": the speaker is the phrase
		// right before the verb; a name run into it is part of it, and a
		// phrase set off by a comma belongs to what was said
		if last, ok := w.lastSubject(v); ok {
			for _, k := range w.kids[v] {
				if k == last || w.dep(k) != "nsubj" {
					continue
				}
				if w.lastOf(k)+1 == w.firstOf(last) || w.lastOf(k)+2 == w.firstOf(last) && w.t[w.lastOf(k)+1].UPOS == "PROPN" {
					move(k, last, "compound")
				} else if c := w.child(v, "ccomp"); c >= 0 && c < k {
					move(k, c, "obl:npmod")
				}
			}
			for _, k := range w.kids[v] {
				if w.bdep(k) == "det" && k < last && k > w.firstOf(last)-3 {
					move(k, last, "det")
				}
			}
		}
	}
	settle()
	if v, r, subj, ok := w.finalReport(); ok {
		// "The toll rose to nine after a driver died, officials said"
		// with "said" a conjunct of "died": the report heads the sentence
		move(v, -1, "root")
		move(r, v, "ccomp")
		if subj >= 0 {
			// "..., its chief executive, Dana Roth, told reporters" with
			// the speaker hung on the clause before
			move(subj, v, "nsubj")
		}
	}
	settle()
	for x := range w.t {
		// "Flights between Sydney and the island were suspended": the
		// second of the pair read as the verb's subject, the "and" as
		// joining clauses
		if s, c, v, ok := w.betweenPair(x); ok {
			n, sdep := w.head(x), w.t[s].Dep
			move(s, x, "conj")
			move(c, s, "cc")
			if w.head(v) == n && w.dep(v) == "conj" {
				move(v, w.t[n].Head, w.t[n].Dep)
				for _, k := range w.kids[n] {
					if k > v {
						move(k, v, w.t[k].Dep)
					}
				}
				move(n, v, sdep)
			}
		}
	}
	settle()
	for c := range w.t {
		// "Jane Roe, who led the campaign, said ..." parsed with the
		// relative clause as what she said: a clause whose subject is
		// "who" or "which" is a relative clause on the name before it
		if n, ok := w.relativeAsComplement(c); ok {
			move(c, n, "acl:relcl")
		}
	}
	settle()
	for a := range w.t {
		// "Local landholder Jane Roe, who led the campaign, said ...":
		// a name in apposition right after a common noun, with no comma,
		// is what the phrase names; the noun describes it
		n := w.head(a)
		if w.dep(a) != "appos" || n < 0 || a != n+1 || w.t[n].UPOS != "NOUN" || w.capitalized(n) ||
			(w.t[a].Ent != "B-PERSON" && w.t[a].Ent != "B-ORG") {
			continue
		}
		if h := w.head(n); h >= 0 && h == n-1 && w.dep(n) == "appos" && w.t[h].UPOS == "PROPN" &&
			!strings.HasSuffix(w.t[h].Ent, "PERSON") {
			// "Kyabram farmer Jane Roe milks ...": a place before the
			// noun, read as the phrase's head, describes the name too
			move(a, w.t[h].Head, w.t[h].Dep)
			for _, k := range w.kids[h] {
				if k != n {
					move(k, a, w.t[k].Dep)
				}
			}
			for _, k := range w.kids[n] {
				if k != a {
					move(k, a, w.t[k].Dep)
				}
			}
			move(h, a, "compound")
			move(n, a, "compound")
			continue
		}
		promote(a, n, "compound")
	}
	settle()
	for t := range w.t {
		if c, ok := w.thatClause(t); ok {
			dep := "ccomp"
			if w.t[w.head(t)].UPOS == "NOUN" {
				dep = "acl"
			}
			move(c, w.head(t), dep)
			move(t, c, "mark")
			w.t[t].UPOS, w.t[t].XPOS = "SCONJ", "IN"
		}
	}
	settle()
	rehang(w.participleOfNoun, "acl")
	settle()
	for v := range w.t {
		if subj, pred, ok := w.infinitiveOfSubject(v); ok {
			move(pred, w.t[v].Head, w.t[v].Dep)
			for _, k := range w.kids[v] {
				if k != subj && w.bdep(k) == "mark" && !strings.EqualFold(w.t[k].Text, "to") {
					move(k, pred, "mark")
				}
				if k == subj {
					move(k, pred, w.t[k].Dep)
				}
			}
			move(v, subj, "acl")
		}
	}
	settle()
	for v := range w.t {
		if a, pp, ok := w.appositionSubject(v); ok {
			if pp >= 0 {
				move(pp, v, "obl")
			}
			h := w.head(a)
			for _, k := range w.kids[h] {
				if k > a && k < v && (w.bdep(k) == "nmod" || w.bdep(k) == "acl" || w.bdep(k) == "amod") {
					move(k, a, w.t[k].Dep)
				}
			}
			move(a, v, "nsubj")
		}
	}
	settle()
	for v := range w.t {
		if s1, p, ok := w.relativeWithSubject(v); ok {
			// "A statement on the site, the homepage of which shows a
			// photo, says: ...": the statement says, the homepage shows
			if s1 == w.head(v) {
				move(p, w.t[s1].Head, w.t[s1].Dep)
			} else {
				move(p, w.t[v].Head, w.t[v].Dep)
			}
			move(v, s1, "acl:relcl")
			if w.child(p, "aux:pass") >= 0 {
				move(s1, p, "nsubj:pass")
			} else {
				move(s1, p, "nsubj")
			}
			continue
		}
		if s1, ok := w.frontedSubject(v); ok {
			// "Alongside this rumour, the Courier claims ...": the
			// phrase before the comma is a fronted adverbial
			move(s1, v, "obl")
			if a := w.firstOf(s1) - 1; a >= 0 && w.head(a) == v && w.bdep(a) == "advmod" {
				move(a, s1, "case")
				w.t[a].UPOS = "ADP"
			}
		}
	}
	for n := range w.t {
		if m, ok := w.caseMarkedSubject(n); ok {
			// "At the moment tickets are sold ...": "At the moment" is a
			// fronted time, "tickets" the subject
			for _, k := range w.kids[n] {
				if k < m && (w.bdep(k) == "case" || w.bdep(k) == "det" || w.bdep(k) == "amod") {
					move(k, m, w.t[k].Dep)
				}
			}
			move(m, w.t[n].Head, "obl")
		}
	}
	settle()
	for a := range w.t {
		if n, ok := w.nameAfterTitle(a); ok {
			// "Castrel chief executive Priya Venn, who joined ..., said"
			// with the company heading the phrase and the person in
			// apposition: the person heads it, the company and the role
			// say who she is
			move(a, w.t[n].Head, w.t[n].Dep)
			for _, k := range w.kids[n] {
				if k > a {
					move(k, a, w.t[k].Dep)
				} else if k != a {
					move(k, a, "compound")
				}
			}
			move(n, a, "compound")
			for k := n + 1; k < a; k++ {
				if w.head(k) != a && !w.under(k, a) {
					move(k, a, "compound")
				}
			}
		}
	}
	settle()
	for k := range w.t {
		if v, ok := w.strayNegation(k); ok {
			// "have not yet been peer reviewed" with "not" on "peer" and
			// "been" a modifier: the words between the auxiliary and the
			// verb belong to the verb, the negation above all
			for j := k; j < v; j++ {
				switch {
				case w.t[j].UPOS == "AUX" && w.head(j) != v:
					dep := "aux"
					if w.lemma(j) == "be" && w.t[v].XPOS == "VBN" {
						dep = "aux:pass"
					}
					move(j, v, dep)
				case w.t[j].UPOS == "PART" || w.t[j].UPOS == "ADV":
					if w.head(j) != v {
						move(j, v, "advmod")
					}
				}
			}
		}
	}
	settle()
	for n := range w.t {
		if c, v, ok := w.subordinatorOfSubject(n); ok {
			// "will not speculate until the engineers have finished":
			// "until" opens the clause, whose verb hangs on the one
			// before as an adverbial clause, not as what was said
			move(c, v, "mark")
			w.t[c].UPOS, w.t[c].XPOS = "SCONJ", "IN"
			if h := w.head(v); h >= 0 && w.t[h].UPOS == "VERB" && (w.bdep(v) == "ccomp" || w.bdep(v) == "parataxis") && h < c {
				move(v, h, "advcl")
			}
		}
	}
	settle()
	for n := range w.t {
		if c, v, h, ok := w.subordinatorOfModifier(n); ok {
			// "will stay on as caretaker until a new cabinet is sworn
			// in": "until" opens a clause whose subject the parse hung
			// on the noun before as its modifier, and whose verb it
			// hung elsewhere; the clause bounds the verb above
			dep := "nsubj"
			if w.child(v, "aux:pass") >= 0 {
				dep = "nsubj:pass"
			}
			if s := w.child(v, "nsubj", "nsubj:pass"); s >= 0 {
				if h == s {
					// "said one man was missing after his car was
					// swept away": the predicate read as the subject
					// is what was said
					move(s, w.t[v].Head, w.t[v].Dep)
				} else {
					// "signed Tarek Osei after the striker was
					// released": the phrase is what was signed
					move(s, h, "obj")
				}
			}
			move(n, v, dep)
			move(c, v, "mark")
			w.t[c].UPOS, w.t[c].XPOS = "SCONJ", "IN"
			if w.head(v) != h {
				move(v, h, "advcl")
			} else {
				w.t[v].Dep = "advcl"
			}
		}
	}
	settle()
	for v := range w.t {
		if c, ok := w.mainClauseAsComplement(v); ok {
			// "When the match finished the coach thanked the fans": the
			// coach's clause is the main one
			move(c, w.t[v].Head, w.t[v].Dep)
			move(v, c, "advcl")
		}
	}
	settle()
	// "has a new screen, dubbed a retina display": the screen
	// is dubbed
	rehang(w.participleConj, "acl")
	// "The firm shuts two plants, cuts 400 jobs": the second verb,
	// read as a parenthetical, is the next of one subject's verbs
	rehang(w.verbListParataxis, "conj")
	for x := range w.t {
		if n, ok := w.adjectiveBeforeList(x); ok {
			// "launches new, faster phones": "new" is the phones'
			// first adjective, and the phones the verb's object
			v := w.head(x)
			move(x, n, "amod")
			if w.head(n) != v || w.dep(n) != "obj" {
				move(n, v, "obj")
			}
		}
	}
	// "knocked at two in the morning": the part of the day says which
	// two o'clock
	rehang(w.clockDayPart, "nmod")
	settle()
	for p := range w.t {
		if k, ok := w.degreeInfinitive(p); ok {
			// "warned that it was \"far too early\" to draw any
			// conclusions", "\"did not come close\" to solving the
			// problem": the infinitive completes the word of degree,
			// not the verb above it
			move(p, k, "advcl")
		}
	}
	settle()
	for x := range w.t {
		if h, ok := w.predicateAfterApposition(x); ok {
			// "found Petra Lunn, a former nurse, guilty of theft": what
			// she was found, not a second apposition
			move(x, h, "xcomp")
			w.t[x].UPOS, w.t[x].XPOS = "ADJ", "JJ"
			move(x-1, w.child(w.child(h, "obj"), "appos"), "punct")
		}
	}
	settle()
	for v := range w.t {
		if w.objectControlled(v) {
			// "prompting rivals to open stores": the rivals open them
			move(v, w.head(v), "xcomp")
			if to := w.child(v, "mark"); to > 0 && w.t[to-1].Text == "," && w.head(to-1) == v {
				if o := w.child(w.head(v), "obj"); o >= 0 && w.child(o, "appos") >= 0 && w.lastOf(w.child(o, "appos")) == to-2 {
					a := w.child(o, "appos")
					// the comma closes the apposition
					move(to-1, a, "punct")
				}
			}
		} else if c, ok := w.strandedContent(v); ok {
			// "Prosecutors suspect that officials took bribes, a
			// spokesman said": what the prosecutors suspect
			move(c, v, "ccomp")
		} else if o, l, ok := w.objectControlledPast(v); ok {
			// "ask workers at Lindby to refuse": the workers at
			// Lindby are asked, and they are to refuse
			move(l, o, "nmod")
			move(v, w.head(v), "xcomp")
		}
	}
	// "go from strength to strength", "from door to door": one
	// phrase, not a source and a goal
	rehang(w.repeatedNounIdiom, "nmod")
	// "carried out in line with regulations" with "regulations" hung
	// on the verb: the complex preposition is one phrase
	rehang(w.complexPrepTail, "nmod")
	settle()
	for n := range w.t {
		if w.adverbialPP(n) {
			// "was caused in part by the strike", "employs 4,000
			// people in total": an adverb, no oblique nor modifier
			// a fact is read off
			edit()
			w.t[n].Dep = "advmod"
		}
	}
	rehang(w.relativeThat, "acl:relcl")
	rehang(w.predicateConjOfNoun, "conj")
	// "approved plans for a new stadium", "dropped charges against
	// the mayor": the phrase is the object noun's complement, no
	// adjunct of the verb
	rehang(w.complementOfObject, "nmod:arg")
	settle()
	for r := range w.t {
		if h, s, ok := w.clauseAsRelative(r); ok {
			// "The company posted a loss, and its founder Ida Krell
			// stepped down" with "stepped" a relative clause on "loss":
			// ", and" opens a clause of its own
			move(r, h, "conj")
			for _, k := range w.kids[s] {
				if k < s && (w.bdep(k) == "cc" || w.bdep(k) == "punct") && k <= w.firstOf(s)+1 {
					move(k, r, w.t[k].Dep)
				}
			}
		}
	}
	for x := range w.t {
		if n, h, ok := w.verbBeforeNumber(x); ok {
			// "killed two people and injured 40 others" with "injured"
			// an adjective of "others": no adjective comes before a
			// number, it is a verb coordinated with "killed"
			cc := w.child(n, "cc")
			move(x, h, "conj")
			move(n, x, "obj")
			if cc >= 0 {
				move(cc, x, "cc")
			}
			verbify(x, "VBD")
		}
	}
	settle()
	for c := range w.t {
		if h, ok := w.verbWithObjectAsNoun(c); ok {
			// "makes cars and trucks and sells them in Europe" with
			// "sells" a third noun: a noun takes no object
			move(c, h, "conj")
			if strings.HasSuffix(w.lower(c), "ed") {
				verbify(c, "VBD")
			} else {
				verbify(c, "VBZ")
			}
		}
	}
	for v := range w.t {
		if k, s, ok := w.nameBeforeSubjectConj(v); ok {
			// "Ana Ruiz and her husband own a bakery" with the name
			// hung on the verb apart: the first of two subjects
			move(k, v, w.t[s].Dep)
			move(s, k, "conj")
		}
	}
	settle()
	for c := range w.t {
		if s, h, ok := w.verbAsNounConj(c); ok {
			// "The firm cut 300 jobs, and its chief executive
			// resigned." with "resigned" a noun: the second clause's
			// verb, the noun phrase before it its subject
			for _, k := range w.kids[c] {
				if k < s && w.bdep(k) != "cc" && w.bdep(k) != "punct" {
					move(k, s, w.t[k].Dep)
				}
			}
			move(s, c, "nsubj")
			if w.head(c) != h {
				move(c, h, "conj")
			}
			nounify(s)
			verbify(c, "VBD")
		}
	}
	settle()
	// "a router similar to Acme's Base Station that streams
	// music": the router streams it
	// "a quake in 2014 that killed six people": the quake killed them
	rehang(w.relativeOnTime, "acl:relcl")
	rehang(w.relativeOnName, "acl:relcl")
	// "tools will be added in Acme OS 9, dubbed Spaces and
	// Dock": the tools are dubbed
	rehang(w.namingOnName, "acl")
	settle()
	for v := range w.t {
		if s1, a, ok := w.clauseAsSubject(v); ok {
			// "Sales over the first model fell after its launch, and
			// the line was eclipsed by ...": two clauses, not one
			// subject "Sales ... fell ..."
			edit()
			move(a, w.t[v].Head, w.t[v].Dep)
			move(v, a, "conj")
			move(s1, a, "nsubj")
			if w.t[a].XPOS == "VBN" && w.child(a, "aux", "aux:pass") < 0 {
				w.t[a].XPOS = "VBD"
			}
		}
	}
	for v := range w.t {
		if n, ok := w.determinedGerund(v); ok {
			// "declined to give the phone a top rating due to ...": a
			// noun with a determiner, not a verb
			edit()
			if o := w.child(n, "obj"); o >= 0 && o < v && w.child(n, "iobj") < 0 {
				// "give the new car a top rating": the car receives it
				move(o, n, "iobj")
			}
			move(v, n, "obj")
			for _, k := range w.kids[v] {
				if w.bdep(k) == "obl" {
					move(k, v, "nmod")
				}
			}
			w.t[v].UPOS, w.t[v].XPOS = "NOUN", "NN"
		}
	}
	for v := range w.t {
		if n, m, ok := w.namingAsClause(v); ok {
			// "tools will be added in Acme OS 9, dubbed Spaces": "in
			// Acme OS 9" is a place, and the tools are dubbed
			edit()
			h := w.head(v)
			move(n, h, "obl")
			for _, k := range w.kids[v] {
				if k < n && w.bdep(k) == "mark" {
					move(k, n, "case")
					w.t[k].UPOS = "ADP"
				}
			}
			move(v, m, "acl")
			w.t[v].XPOS = "VBN"
		}
	}
	for m := range w.t {
		if v, ok := w.subordinatorAsAdverb(m); ok {
			// "will be activated once a truce enters into force": "once"
			// opens the clause, which belongs to "activated"
			edit()
			move(v, w.head(m), "advcl")
			move(m, v, "mark")
			w.t[m].UPOS, w.t[m].XPOS = "SCONJ", "IN"
		}
	}
	settle()
	for v := range w.t {
		if n, ok := w.clauseAfterSubordinator(v); ok {
			// "days after Consumer Monthly declined to give ...": a
			// finite clause, its subject the noun read as "after"'s
			edit()
			move(v, w.t[n].Head, "advcl")
			for _, k := range w.kids[n] {
				if w.bdep(k) == "case" && k < n {
					move(k, v, "mark")
					w.t[k].UPOS = "SCONJ"
				}
			}
			move(n, v, "nsubj")
			w.t[v].XPOS = "VBD"
		}
	}
	settle()
	for v := range w.t {
		if n, h, ok := w.clauseAsNounConjunct(v); ok {
			// "recovered the body of the driver and a woman died in
			// hospital": the woman died; the divers recovered one body
			edit()
			move(v, h, "conj")
			move(w.child(n, "cc"), v, "cc")
			move(n, v, "nsubj")
			w.t[v].XPOS = "VBD"
		}
	}
	settle()
	for v := range w.t {
		if g, ok := w.gerundConjOfVerb(v); ok {
			// "participate in a mechanism for monitoring and verifying
			// any ceasefire": the mechanism verifies, the leaders
			// participate
			edit()
			move(v, g, "conj")
			w.t[g].UPOS, w.t[g].XPOS, w.t[g].Dep = "VERB", "VBG", "acl"
			for _, k := range w.kids[g] {
				if w.bdep(k) == "case" {
					w.t[k].Dep = "mark"
				}
			}
		}
	}
	// "was signed during a summit in Rome, attended by ten
	// leaders": the summit is attended
	rehang(w.participleOfGathering, "acl")
	settle()
	for t := range w.t {
		// "\"...,\" Ms Roe says" with "Ms" hung on the quote: an
		// honorific belongs to the name after it
		if t+1 < len(w.t) && w.capitalized(t) && lexicon.Title(w.t[t].Text, lexicon.Honorific) &&
			w.t[t+1].UPOS == "PROPN" && w.head(t) != t+1 && !w.under(t+1, t) {
			move(t, t+1, "compound")
		}
	}
	settle()
	// "the storm forced ships to leave the port, killing two sailors":
	// the storm killed them, not the ships
	rehang(w.adjunctOnComplement, "advcl")
	// "bought 90 buses, the largest order in its history": the second
	// noun is the first's apposition, not a second object
	for o := range w.t {
		if n, ok := w.objectAsApposition(o); ok {
			move(o, n, "appos")
			move(w.firstOf(o)-1, o, "punct")
		}
	}
	// "the roads will stay closed on Friday, the mayor said": the
	// participle completes the linking verb
	rehang(w.predicativeOfLinking, "xcomp")
	// "found guilty on two counts of fraud and one count of perjury":
	// the counts are coordinated, not the count and the adjective
	rehang(w.conjOfArgument, "conj")
	// "Ana Ruiz, 54, was charged": the age says more of the name and is
	// no part of it
	rehang(w.ageOfName, "appos")
	settle()
	for p := range w.t {
		if w.t[p].XPOS != "VBG" {
			continue
		}
		h := w.head(p)
		if h < 0 {
			continue
		}
		m, n := w.child(p, "mark"), w.child(p, "nsubj")
		if w.dep(p) == "advcl" && m >= 0 && n > m && n < p && w.lower(m) == "with" && w.commaBetween(w.lastOf(n), p) {
			// "has 109 stores, with a million visitors a week,
			// creating $500 million": the comma ends the with-phrase;
			// the participle is the clause's
			move(n, h, "obl")
			move(m, n, "case")
			w.t[m].UPOS, w.t[m].XPOS = "ADP", "IN"
			continue
		}
		if v := w.head(h); w.dep(p) == "acl" && v >= 0 && w.bdep(h) == "obj" && w.t[v].UPOS == "VERB" && w.lastOf(p) >= len(w.t)-2 {
			// "runs 40 hotels, with 9,000 rooms, earning 2 billion": a
			// participle set off at the end of the sentence after the
			// object says what the clause's subject does
			if w.afterComma(p) {
				move(p, v, "advcl")
			}
		}
	}
	settle()
	for c := range w.t {
		// "announced the update that was released as a beta and is
		// scheduled for June" with "is scheduled" a conjunct of
		// "announced": a present-tense conjunct of a past-tense verb,
		// right after a relative clause on its object, continues the
		// relative clause
		v := w.head(c)
		if v < 0 || w.dep(c) != "conj" || w.t[c].UPOS != "VERB" || w.t[v].XPOS != "VBD" || w.child(c, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		present := w.t[c].XPOS == "VBZ" || w.t[c].XPOS == "VBP"
		if a := w.child(c, "aux", "aux:pass"); a >= 0 && (w.t[a].XPOS == "VBZ" || w.t[a].XPOS == "VBP") {
			present = true
		}
		o := w.child(v, "obj")
		if !present || o < 0 || o > c {
			continue
		}
		if r := w.child(o, "acl:relcl"); r >= 0 && r < c && w.lastOf(r)+1 == w.firstOf(c) {
			move(c, r, "conj")
		}
	}
	settle()
	for p := range w.t {
		// "voted to hold rates" with "to hold" read as a purpose: right
		// after a verb that takes an infinitive, with no object between,
		// it is the verb's complement
		v := w.head(p)
		if v < 0 || w.dep(p) != "advcl" || w.t[v].UPOS != "VERB" || !infinitiveVerbs[w.lemma(v)] || w.child(v, "obj", "xcomp") >= 0 {
			continue
		}
		if m := w.child(p, "mark"); m > v && (m == v+1 || w.timeBetween(v, m)) && w.lower(m) == "to" && w.firstOf(p) == m && w.child(p, "nsubj") < 0 {
			// a time between them changes nothing: "agreed on Tuesday
			// to sell a stake"
			move(p, v, "xcomp")
		}
	}
	settle()
	for c := range w.t {
		// "Harper & Sons", "Marks & Spencer": an ampersand between
		// capitalised words joins one name, which no split divides
		h := w.head(c)
		if h >= 0 && w.dep(c) == "conj" && c == h+2 && w.t[h+1].Text == "&" && w.head(h+1) == c && w.capitalized(h) && w.capitalized(c) {
			move(c, h, "flat")
			move(h+1, h, "flat")
		}
	}
	settle()
	for c := range w.t {
		if h, ok := w.conjWithoutConjunction(c); ok {
			// "a tax fraud charge" with "charge" a conjunct of "tax": with
			// no comma or conjunction between them the words are one
			// noun phrase headed by the last
			promote(c, h, "compound")
		}
	}
	settle()
	for c := range w.t {
		if v, m, ok := w.clauseAfterTime(c); ok {
			// "said on Monday that a recession was possible" with the
			// clause a relative on "Monday": what was said
			move(c, v, "ccomp")
			move(m, c, "mark")
			w.t[m].UPOS, w.t[m].XPOS = "SCONJ", "IN"
		}
	}
	settle()
	if x, n, ok := w.finiteComplementOfNoun(); ok {
		// "The plants to be closed include a factory in Ohio" read
		// with "include" the complement of "closed": a finite verb is
		// no open complement; it is the sentence's, its subject the
		// noun the infinitive describes
		move(x, -1, "root")
		move(n, x, "nsubj")
	}
	settle()
	for c := range w.t {
		// "had eaten dairy products, probably from cattle, sheep or
		// goats" with "cattle" a conjunct of "products": a phrase with a
		// preposition the first noun lacks, and no conjunction of its
		// own, says more of the noun
		if h := w.head(c); h >= 0 && w.dep(c) == "conj" && w.isNominal(c) && w.isNominal(h) && c > h &&
			w.child(c, "case") >= 0 && w.child(c, "cc") < 0 && w.child(h, "case") < 0 && w.bdep(h) != "obl" && w.bdep(h) != "nmod" {
			move(c, h, "nmod")
		}
	}
	settle()
	if r := w.rootToken(); r >= 0 && w.isPred(r) {
		for c := range w.t {
			// "... than those who drink none, according to a study" with
			// the source hung on the last noun: set off by a comma, it is
			// the source of the sentence's clause
			if c == r || w.head(c) == r || !w.source(c) || w.bdep(c) == "advmod" {
				continue
			}
			if w.afterComma(c) && w.lastOf(c) >= len(w.t)-2 {
				move(c, r, "obl")
			}
		}
	}
	settle()
	for c := range w.t {
		// "Storm kills three in Tarrow, schools closed": a noun and a
		// participle closing the line after a comma, read as a second
		// object, are a clause of their own
		n := w.head(c)
		if n < 0 || w.dep(c) != "conj" || !w.isNominal(c) || w.bdep(n) != "obj" || w.child(c, "cc") >= 0 {
			continue
		}
		if f := w.firstOf(c); f < 1 || (w.t[f].Text != "," && w.t[f-1].Text != ",") {
			continue
		}
		last := len(w.t) - 1
		for last > 0 && w.t[last].UPOS == "PUNCT" {
			last--
		}
		d := w.child(c, "acl")
		if v := w.head(n); d == last && d == c+1 && w.t[d].XPOS == "VBN" && len(w.kids[d]) == 0 && v >= 0 {
			move(d, v, "parataxis")
			move(c, d, "nsubj:pass")
			for _, k := range w.kids[c] {
				if k < c && w.bdep(k) == "punct" {
					move(k, d, "punct")
				}
			}
		}
	}
	settle()
	for o := range w.t {
		// "would resign once a new cabinet was in place" with the
		// clause read as the object: a noun with its own subject and
		// copula is a clause, adverbial after a subordinator
		if w.bdep(o) != "obj" || w.child(o, "nsubj") < 0 || w.child(o, "cop") < 0 {
			continue
		}
		if m := w.child(o, "mark"); m >= 0 && subordinators[w.lower(m)] {
			move(o, w.head(o), "advcl")
		} else if m < 0 || w.lower(m) == "that" {
			move(o, w.head(o), "ccomp")
		}
	}
	settle()
	for n := range w.t {
		// "Quake injures two in Chile" with "two" a number of
		// "Chile" across its preposition: the number is the object
		h := w.head(n)
		if h < 0 || w.dep(n) != "nummod" || w.t[n].UPOS != "NUM" || h <= n+1 || len(w.kids[n]) > 0 {
			continue
		}
		c := w.child(h, "case")
		if c < 0 || c < n || c > h || w.bdep(h) != "obl" {
			continue
		}
		if v := w.head(h); v >= 0 && w.t[v].UPOS == "VERB" && v < n && w.child(v, "obj") < 0 {
			move(n, v, "obj")
		}
	}
	settle()
	for c := range w.t {
		if v, d, ok := w.clauseAsConjunct(c); ok {
			// "reported the most cases, and 12 people died of it" with
			// "12 people" a second object and "died" a participle on
			// it: a clause of its own, coordinated with the first
			move(d, v, "conj")
			move(c, d, "nsubj")
			for _, k := range w.kids[c] {
				if k < c && (w.bdep(k) == "cc" || w.bdep(k) == "punct") {
					move(k, d, w.t[k].Dep)
				}
			}
			w.t[d].XPOS = "VBD"
		}
	}
	settle()
	for c := range w.t {
		if v, n, ok := w.particleAsCase(c); ok {
			// "took over the company" with "over" a preposition of
			// "the company": a phrasal verb's particle, the noun its
			// object
			move(c, v, "compound:prt")
			w.t[c].UPOS, w.t[c].XPOS = "ADP", "RP"
			move(n, v, "obj")
		}
	}
	settle()
	for u := range w.t {
		if n, x, ok := w.upToAmount(u); ok {
			// "faces up to ten years in prison" with "up" a particle of
			// the verb: "up to ten" is the amount, the noun the object
			move(u, x, "advmod")
			move(u+1, u, "fixed")
			w.t[u].UPOS, w.t[u].XPOS = "ADV", "RB"
			if v := w.head(n); w.child(v, "obj") < 0 {
				move(n, v, "obj")
			}
		}
	}
	settle()
	// "profit rose 12 percent to 340 million pounds": the level reached
	// belongs with the change, as the parse has it in "shares fell 3
	// percent to $45.20"
	rehang(w.changeTarget, "nmod")
	settle()
	for v := range w.t {
		if p, o, ok := w.participleBeforeNoun(v); ok {
			// "in the case of a future armed attack by X": one noun
			// phrase headed by "attack", not a clause "armed attack"
			edit()
			move(o, w.t[p].Head, w.t[p].Dep)
			for _, k := range w.kids[p] {
				if k < p && (w.bdep(k) == "det" || w.bdep(k) == "case" || w.bdep(k) == "amod") {
					move(k, o, w.t[k].Dep)
				}
			}
			for _, k := range w.kids[v] {
				if k != o {
					move(k, o, "nmod")
				}
			}
			for _, k := range w.kids[o] {
				if k != v && (w.bdep(k) == "obl" || w.dep(k) == "obl:agent") {
					move(k, o, "nmod")
				}
			}
			move(p, o, "compound")
			if w.t[p].UPOS == "ADJ" {
				w.t[p].Dep = "amod"
			}
			move(v, o, "amod")
			w.t[v].UPOS, w.t[v].XPOS = "ADJ", "JJ"
			w.t[o].UPOS, w.t[o].XPOS = "NOUN", "NN"
		}
	}
	settle()
	for a := range w.t {
		// "was referring to Marco Delgado, the forward" with "to" read as
		// the oblique and the name its apposition: the name is the
		// oblique, "to" its preposition
		n := a + 1
		if w.t[a].UPOS != "ADP" || w.bdep(a) != "obl" || n >= len(w.t) || w.head(n) != a || w.head(a) < 0 {
			continue
		}
		if (w.t[n].UPOS != "PROPN" && w.t[n].UPOS != "NOUN") || (w.dep(n) != "appos" && w.bdep(n) != "obj" && w.bdep(n) != "nmod") || w.child(a, "case") >= 0 {
			continue
		}
		promote(n, a, "case")
	}
	settle()
	for c := range w.t {
		// "denied reports that he had lost the dressing room" with the
		// "that" clause read as the verb's complement: it says what the
		// reports say
		n, ok := w.strandedContentNoun(c)
		if !ok {
			continue
		}
		v := w.head(c)
		move(c, n, "acl")
		for _, k := range w.kids[c] {
			if k > c && w.dep(k) == "advcl" && w.t[k].XPOS == "VBG" && w.afterComma(k) {
				// ", calling them lazy gossip": the denial's, not the
				// reports'
				move(k, v, "advcl")
			}
		}
	}
	settle()
	for v := range w.t {
		// "Former chief Anselm Krey found guilty of fraud": a verb of
		// judging with an adjective and no object is the headline's
		// passive participle on its subject, as "Ex-mayor arrested" is
		n, ok := w.judgedHeadline(v)
		if !ok {
			continue
		}
		move(n, w.t[v].Head, w.t[v].Dep)
		for _, k := range w.kids[v] {
			if k != n && k < n {
				move(k, n, w.t[k].Dep)
			}
		}
		move(v, n, "acl")
		w.t[v].XPOS = "VBN"
	}
	settle()
	for d := range w.t {
		// "the report is due to be published next month": "due" with its
		// copula and an infinitive is a verb of plan, as "is set to" is;
		// read as an adjective, the facts were "is | due" and "be
		// published"
		x, ok := w.dueInfinitive(d)
		if !ok {
			continue
		}
		edit()
		w.t[d].UPOS, w.t[d].XPOS = "VERB", "VBN"
		for _, k := range w.kids[d] {
			if w.dep(k) == "cop" {
				move(k, d, "aux:pass")
			}
			if w.dep(k) == "nsubj" {
				move(k, d, "nsubj:pass")
			}
		}
		move(x, d, "xcomp")
	}
	settle()
	for v := range w.t {
		// "said its experimental pill, called velcarstat, cut admissions
		// by 31 percent" with "its pill" read as the object of "said" and
		// "cut" hung on "said" with no subject: the noun is the subject of
		// what was said
		n, x, s, ok := w.saidSubject(v)
		if !ok {
			continue
		}
		if s >= 0 {
			// "said the libraries that will reduce hours were chosen": the
			// noun the parse took for the clause's subject is the
			// relative clause's object
			move(s, w.relclOf(n), "obj")
		}
		dep := "nsubj"
		if w.child(x, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		move(n, x, dep)
		move(x, v, "ccomp")
	}
	settle()
	for x := range w.t {
		// "supplies drinking water to four million people" with
		// "drinking" read as a gerund complement: a noun modifier of the
		// object
		v, o, ok := w.gerundModifier(x)
		if !ok {
			continue
		}
		move(o, v, "obj")
		for _, k := range w.kids[x] {
			if k != o {
				move(k, v, w.t[k].Dep)
			}
		}
		move(x, o, "amod")
	}
	settle()
	for _, o := range w.asRoleTimes() {
		// "stepped down as chief executive last month", "put the finds
		// on display next spring" read as one noun phrase headed by the
		// time: the role or state is the oblique, the time its own
		r := o - 2 // the last word of the role, right before "last"
		v := w.head(o)
		move(r, v, w.t[o].Dep)
		w.t[r].UPOS, w.t[r].XPOS = "NOUN", "NN"
		for _, k := range w.kids[o] {
			switch {
			case k < r:
				move(k, r, w.t[k].Dep)
			case k > o && w.dep(k) == "conj" && w.t[k].UPOS == "VERB":
				// "... last month but remains chairman": a conjunct of
				// the verb
				move(k, v, "conj")
			}
		}
		move(o, v, "obl:tmod")
	}
	settle()
	if x, r, m, ok := w.whoseClauseAsMain(); ok {
		// "Marko Fenn, whose daughter works at the mill, joined the
		// protest" read with "works" the root, the name its vocative and
		// "joined" its conjunct: "joined" is the main verb, the name its
		// subject and the whose-clause a relative clause on the name
		move(m, w.t[r].Head, "root")
		if w.child(m, "aux:pass") >= 0 {
			move(x, m, "nsubj:pass")
		} else {
			move(x, m, "nsubj")
		}
		move(r, x, "acl:relcl")
		for _, k := range w.kids[r] {
			if k > m {
				move(k, m, w.t[k].Dep)
			}
		}
	}
	settle()
	if x, n, p, ok := w.whoseClauseCut(); ok {
		// "said Dora Plenk, whose sister Mila, a miner, was among the
		// first to leave" read with "sister" hung on a comma and "was
		// among the first" a clause of its own: the whose-phrase is its
		// subject and the clause a relative clause on the name
		move(n, p, "nsubj")
		move(p, x, "acl:relcl")
	}
	settle()
}

// whoseClauseCut finds a name x, a comma and "whose" whose noun n is no
// subject, followed after n's phrase and a comma by a predicate p with a
// copula or an auxiliary first and no subject of its own; the parse cut
// the whose-clause in two ("said Dora Plenk, whose sister Mila, a miner,
// was among the first to leave").
func (w *walker) whoseClauseCut() (x, n, p int, ok bool) {
	for i := 2; i < len(w.t); i++ {
		if w.t[i].XPOS != "WP$" || w.t[i-1].Text != "," {
			continue
		}
		n = w.head(i)
		if n < 0 || n < i || w.bdep(i) != "nmod" || strings.HasPrefix(w.dep(n), "nsubj") {
			return -1, -1, -1, false
		}
		x = i - 2
		for d := 0; d < 4 && x >= 0 && (w.bdep(x) == "flat" || w.bdep(x) == "compound") && w.head(x) < i; d++ {
			x = w.head(x)
		}
		if x < 0 || w.t[x].UPOS != "PROPN" {
			return -1, -1, -1, false
		}
		e := w.lastOf(n)
		if e+2 >= len(w.t) || w.t[e+1].Text != "," {
			return -1, -1, -1, false
		}
		c := e + 2
		if w.bdep(c) != "cop" && w.bdep(c) != "aux" {
			return -1, -1, -1, false
		}
		p = w.head(c)
		if p < c || w.child(p, "nsubj", "nsubj:pass", "csubj", "expl") >= 0 || w.under(x, p) || w.under(p, n) {
			return -1, -1, -1, false
		}
		switch w.dep(p) {
		case "parataxis", "conj", "dep", "advcl", "ccomp":
		default:
			return -1, -1, -1, false
		}
		return x, n, p, true
	}
	return -1, -1, -1, false
}

// whoseClauseAsMain finds a name x that opens the sentence, set off by a
// comma and followed by a "whose" clause r, read with r the root and x
// hung on it (a vocative, a discourse word, a second subject), and the
// main verb m read as a conjunct or complement under r after a comma,
// with no subject of its own ("Marko Fenn, whose daughter works at the
// mill, joined the protest").
func (w *walker) whoseClauseAsMain() (x, r, m int, ok bool) {
	for i := 2; i < len(w.t); i++ {
		if w.t[i].XPOS != "WP$" || w.t[i-1].Text != "," {
			continue
		}
		n := w.head(i)
		if n < 0 || w.bdep(i) != "nmod" || !strings.HasPrefix(w.dep(n), "nsubj") {
			return -1, -1, -1, false
		}
		r = w.head(n)
		if r < 0 || w.t[r].Head >= 0 || w.dep(r) != "root" {
			return -1, -1, -1, false
		}
		// the name: the token before the comma, climbing its flat parts
		x = i - 2
		for d := 0; d < 4 && x >= 0 && (w.bdep(x) == "flat" || w.bdep(x) == "compound") && w.head(x) < i; d++ {
			x = w.head(x)
		}
		if x < 0 || w.t[x].UPOS != "PROPN" || w.head(x) != r || w.firstOf(x) != 0 {
			return -1, -1, -1, false
		}
		switch w.dep(x) {
		case "vocative", "discourse", "dep", "nsubj", "obl:npmod":
		default:
			return -1, -1, -1, false
		}
		for k := r + 1; k < len(w.t); k++ {
			if !w.under(k, r) || w.t[k].UPOS != "VERB" || !w.afterComma(k) || w.child(k, "nsubj", "nsubj:pass", "cc", "mark") >= 0 {
				continue
			}
			switch w.dep(k) {
			case "conj", "ccomp", "parataxis":
				return x, r, k, true
			}
			break
		}
		return -1, -1, -1, false
	}
	return -1, -1, -1, false
}

// rootToken returns the sentence's root, or -1.
func (w *walker) rootToken() int {
	for i := range w.t {
		if w.head(i) < 0 && w.dep(i) == "root" {
			return i
		}
	}
	return -1
}

// participleAsVerb reports a participle v read as the verb of the
// sentence, with the noun n before it as its subject, while a clause c
// after it has an auxiliary and no subject ("calendar events created on a
// laptop would be sent to the phone"): c is the verb, n its subject and v
// a participle on n.
func (w *walker) participleAsVerb() (v, c, n int, ok bool) {
	v = w.rootToken()
	if v < 0 || w.t[v].UPOS != "VERB" || (w.t[v].XPOS != "VBD" && w.t[v].XPOS != "VBN") ||
		w.child(v, "obj", "aux", "aux:pass", "xcomp") >= 0 {
		return 0, 0, 0, false
	}
	n = w.child(v, "nsubj")
	if n < 0 || n > v || w.firstOf(v) < n && w.t[w.firstOf(v)].UPOS != "ADP" && w.t[w.firstOf(v)].UPOS != "ADV" {
		return 0, 0, 0, false
	}
	c = -1
	for _, k := range w.kids[v] {
		if k > v && (w.bdep(k) == "ccomp" || w.bdep(k) == "parataxis") && w.t[k].UPOS == "VERB" {
			c = k
			break
		}
	}
	if c < 0 || w.child(c, "nsubj", "nsubj:pass", "mark") >= 0 || w.child(c, "aux", "aux:pass") < 0 {
		return 0, 0, 0, false
	}
	// c's words follow v's own directly, with no comma or conjunction
	for k := v + 1; k < w.firstOf(c); k++ {
		if w.t[k].UPOS == "PUNCT" || w.t[k].UPOS == "CCONJ" || !w.under(k, v) {
			return 0, 0, 0, false
		}
	}
	return v, c, n, true
}

// verbAfterRelative reports a sentence whose root is its subject noun n
// with a relative clause set off by commas, and whose finite verb v, with
// no subject of its own, follows the clause's closing comma hung inside
// the clause ("The bill, which passed the Senate, now goes to the House"
// with "goes" beside "passed"), or, after an apposition, on n itself
// ("The firm's owner, Ana Ruiz, pleaded guilty").
func (w *walker) verbAfterRelative() (v, n int, ok bool) {
	n = w.rootToken()
	if n < 0 || (w.t[n].UPOS != "NOUN" && w.t[n].UPOS != "PROPN") {
		return 0, 0, false
	}
	r := w.commaRelative(n, true)
	if r < 0 {
		// "The head of the agency, which employs 300 people, resigned":
		// the relative on the noun of the subject's of-phrase
		for _, m := range w.kids[n] {
			if m < n || w.bdep(m) != "nmod" || !w.hasCase(m, "of") {
				continue
			}
			if k := w.commaRelative(m, false); k >= 0 {
				r = k
			}
		}
	}
	if r >= 0 {
		return w.verbAfter(r, n)
	}
	// "The firm's owner, Ana Ruiz, pleaded guilty ...": after an
	// apposition the verb hangs on the noun itself
	// (or on the comma before it)
	for _, k := range w.kids[n] {
		cands := []int{k}
		if w.bdep(k) == "punct" {
			cands = w.kids[k]
		}
		for _, a := range cands {
			if a > n && w.dep(a) == "appos" && w.afterComma(a) {
				r = a
			}
		}
		if r >= 0 {
			break
		}
	}
	if r < 0 {
		return 0, 0, false
	}
	for _, k := range w.kids[n] {
		if k > r && w.finiteAfterComma(k) {
			return k, n, true
		}
	}
	// or as a participle on the apposition, with no auxiliary
	// ("The minister, Ana Ruiz, resigned on Thursday"): in a
	// sentence with no verb of its own it is the verb
	for _, k := range w.kids[r] {
		if f := w.firstOf(k); k > r && w.bdep(k) == "acl" && w.t[k].UPOS == "VERB" && (w.t[k].XPOS == "VBN" || w.t[k].XPOS == "VBD") &&
			f > 0 && w.t[f].Text == "," && w.child(k, "aux", "aux:pass", "nsubj", "nsubj:pass", "mark", "obl:agent") < 0 && !w.otherFinite(k) {
			return k, n, true
		}
	}
	return 0, 0, false
}

// commaRelative returns the relative clause set off by a comma that
// hangs on token h after it (the first when first, else the last), or -1.
func (w *walker) commaRelative(h int, first bool) int {
	r := -1
	for _, k := range w.kids[h] {
		if f := w.firstOf(k); k > h && w.dep(k) == "acl:relcl" && f > 0 && (w.t[f].Text == "," || w.t[f-1].Text == ",") {
			r = k
			if first {
				break
			}
		}
	}
	return r
}

// verbAfter returns the sentence's verb after relative clause r on the
// subject's noun n: a finite verb hung on r after a comma, or one hung
// inside r (finiteInRelative).
func (w *walker) verbAfter(r, n int) (v, subj int, ok bool) {
	for _, k := range w.kids[r] {
		if k > r && w.finiteAfterComma(k) {
			return k, n, true
		}
	}
	if k, ok := w.finiteInRelative(r); ok {
		return k, n, true
	}
	return 0, 0, false
}

// finiteInRelative finds in relative clause r a verb hung as a participle
// on one of its nouns that can only be finite, after a comma, closing the
// sentence ("..., which employs 300 people, resigned" with "resigned" on
// "people"): the sentence's verb.
func (w *walker) finiteInRelative(r int) (int, bool) {
	last := len(w.t) - 1
	for last > 0 && w.t[last].UPOS == "PUNCT" {
		last--
	}
	for _, k := range w.walk(nil, r, nil) {
		if k <= r || w.bdep(k) != "acl" || w.t[k].UPOS != "VERB" || !w.afterComma(k) || w.lastOf(k) < last || w.otherFinite(r) ||
			w.child(k, "nsubj", "nsubj:pass", "mark", "cc") >= 0 {
			continue
		}
		if x := w.child(k, "aux", "aux:pass"); x >= 0 {
			// "..., which costs $900 a dose, is sold by Orva Labs": a
			// participle has no finite auxiliary
			if x == w.firstOf(k)+1 && x < k {
				switch w.t[x].XPOS {
				case "VBZ", "VBD", "VBP", "MD":
					return k, true
				}
			}
			continue
		}
		if w.t[k].XPOS == "VBD" && pastOnly[w.lower(k)] || w.finiteOnly(k) {
			return k, true
		}
	}
	return -1, false
}

// otherFinite reports whether a finite verb or a modal stands outside the
// subtree of v.
func (w *walker) otherFinite(v int) bool {
	for i, t := range w.t {
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			if !w.under(i, v) {
				return true
			}
		}
	}
	return false
}

// finiteAfterComma reports whether k is a finite verb hung as a parataxis
// or conjunct, with no subject or conjunction of its own and a comma right
// before its words: the verb of a subject whose phrase a comma closed.
func (w *walker) finiteAfterComma(k int) bool {
	if x := w.child(k, "aux", "aux:pass"); x >= 0 && x == w.firstOf(k)+1 && x < k && w.t[k].UPOS == "VERB" {
		// "The firm, which employs 300 people, will close the plant":
		// a finite auxiliary opens the verb's words
		switch w.t[x].XPOS {
		case "VBZ", "VBD", "VBP", "MD":
			if (w.bdep(k) == "parataxis" || w.bdep(k) == "conj") && w.child(k, "nsubj", "nsubj:pass", "cc", "mark", "expl") < 0 {
				return w.afterComma(k)
			}
		}
		return false
	}
	switch w.t[k].XPOS {
	case "VBZ", "VBD", "VBP":
	case "VBN":
		// "The CEO of Orvane, which was fined, resigned on Monday": a
		// verb whose past participle is no passive or modifier
		if !w.finiteOnly(k) || w.child(k, "aux", "aux:pass", "mark") >= 0 {
			return false
		}
	case "VB":
		// "The firm, which Pell Group bought in 2010, cut 300 jobs":
		// a past tense spelt like the base form, with no auxiliary or
		// "to" that would make it one
		if !samePast[w.lower(k)] || w.child(k, "aux", "aux:pass", "mark") >= 0 {
			return false
		}
	default:
		return false
	}
	if (w.bdep(k) != "parataxis" && w.bdep(k) != "conj") || w.child(k, "nsubj", "nsubj:pass", "cc") >= 0 {
		return false
	}
	return w.afterComma(k)
}

// samePast holds verbs whose past tense is spelt as their base form.
var samePast = map[string]bool{
	"cut": true, "put": true, "set": true, "hit": true, "let": true, "shut": true, "quit": true, "cost": true,
	"hurt": true, "spread": true, "bid": true, "cast": true, "split": true, "burst": true, "shed": true,
	"upset": true, "broadcast": true, "forecast": true, "bet": true, "thrust": true,
}

// verbInSubject reports a root verb v that opens with "but" or "and"
// after its subject, whose noun phrase o holds, among the nouns before its
// head, a past tense x read as a noun ("The firm cut prices in Tolva but
// raised them"): x is the sentence's first verb, the noun before it sub its
// subject, o its object and v its conjunct.
func (w *walker) verbInSubject() (x, v, sub, o int, ok bool) {
	v = w.rootToken()
	if v < 0 || w.t[v].UPOS != "VERB" {
		return
	}
	o = w.child(v, "nsubj")
	cc := w.child(v, "cc")
	if o < 0 || cc < 0 || !(o < cc && cc < v) || (w.lower(cc) != "but" && w.lower(cc) != "and") || w.t[o].UPOS != "NOUN" {
		return
	}
	for x = w.firstOf(o) + 1; x < o; x++ {
		l := w.lower(x)
		if w.head(x) != o || w.bdep(x) != "compound" || w.t[x].Text != l || !(samePast[l] || pastOnly[l] || len(l) > 4 && strings.HasSuffix(l, "ed")) {
			continue
		}
		sub = x - 1
		if w.head(sub) != o || (w.t[sub].UPOS != "NOUN" && w.t[sub].UPOS != "PROPN") {
			continue
		}
		return x, v, sub, o, true
	}
	return 0, 0, 0, 0, false
}

// verbAfterParticiple reports a sentence with no verb but a participle a
// set off by commas after its root noun n, and in a's phrase, right after
// its closing comma, a plural noun x in "-s" with no determiner of its own
// followed by a noun phrase that closes the sentence ("The group, led by
// Ben Cray, owns three hotels", "The law, passed after protests, bans
// imports of beef"): x is the sentence's verb in the present, n its
// subject and y, the head of the phrase after it, its object (-1 when the
// parse made it x's object already).
func (w *walker) verbAfterParticiple() (x, n, y int, ok bool) {
	last := len(w.t) - 1
	if last < 6 || w.t[last].Text != "." {
		return
	}
	n = w.rootToken()
	if n < 0 || (w.t[n].UPOS != "NOUN" && w.t[n].UPOS != "PROPN") {
		return
	}
	a := -1
	for _, k := range w.kids[n] {
		if k > n && w.bdep(k) == "acl" && w.t[k].UPOS == "VERB" && (w.t[k].XPOS == "VBN" || w.t[k].XPOS == "VBD") && w.afterComma(k) {
			a = k
		}
	}
	if a < 0 {
		return
	}
	for k := range w.t {
		if (w.t[k].UPOS == "VERB" || w.t[k].UPOS == "AUX") && k != a && !w.under(k, a) {
			return
		}
	}
	for x = a + 1; x < last-1; x++ {
		l := w.lower(x)
		if w.t[x].UPOS != "NOUN" || w.t[x].XPOS != "NNS" || w.t[x].Text != l || !strings.HasSuffix(l, "s") || w.t[x-1].Text != "," || !w.under(x, a) {
			continue
		}
		if w.child(x, "det", "nmod:poss", "amod", "nummod", "compound", "case") >= 0 {
			continue
		}
		switch w.t[x+1].UPOS {
		case "DET", "NUM", "NOUN", "ADJ", "PROPN":
		default:
			continue
		}
		y = -1
		for k := x + 1; k <= last; k++ {
			if h := w.head(k); h >= 0 && (h < x || h > last) && w.t[k].UPOS != "PUNCT" {
				if y >= 0 {
					return 0, 0, 0, false
				}
				y = k
			}
		}
		if o := w.child(x, "obj"); o >= 0 && y < 0 {
			return x, n, -1, true
		}
		if y < 0 || w.child(x, "obj") >= 0 || !w.isNominal(y) {
			return 0, 0, 0, false
		}
		return x, n, y, true
	}
	return 0, 0, 0, false
}

// mainAfterSubordinate reports a sentence that opens with an adverbial
// clause r, parsed as its root, whose main clause after the comma the
// parse hung on r as a noun n with the verb m a participle on it
// ("Because the bridge was closed, drivers used the ferry"), or as a noun
// m ending in "-ed" or spelt as a same-form past with the subject's words
// as its modifiers ("After X bought the paper, its editor quit", m == n).
func (w *walker) mainAfterSubordinate() (r, n, m int, ok bool) {
	r = w.rootToken()
	if r < 1 || w.head(0) != r {
		return
	}
	switch {
	case w.bdep(0) == "mark" && subordinators[w.lower(0)]:
	case w.bdep(0) == "aux" && w.lower(0) == "having":
		// "Having lost the vote, the mayor resigned"
	default:
		return
	}
	last := len(w.t) - 1
	for last > 0 && w.t[last].UPOS == "PUNCT" {
		last--
	}
	for _, x := range w.walk(nil, r, nil) {
		if x < r || !w.afterComma(x) || (w.t[x].UPOS != "NOUN" && w.t[x].UPOS != "PROPN") || w.lastOf(x) != last && w.lastOf(x) != last+1 {
			continue
		}
		switch w.bdep(x) {
		case "conj", "obl", "obj", "appos", "dep", "parataxis", "nsubj":
		default:
			continue
		}
		for _, k := range w.kids[x] {
			if k > x && w.bdep(k) == "acl" && w.t[k].UPOS == "VERB" && w.child(k, "mark", "nsubj", "nsubj:pass", "aux", "aux:pass") < 0 {
				switch w.t[k].XPOS {
				case "VBD", "VBZ", "VBP":
				default:
					if !w.finiteOnly(k) {
						continue
					}
				}
				between := true
				for j := x + 1; j < w.firstOf(k); j++ {
					between = between && w.under(j, x) && w.t[j].UPOS != "PUNCT"
				}
				if between {
					return r, x, k, true
				}
			}
		}
		l := w.lower(x)
		ed := len(l) >= 5 && strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "eed") && l != "hundred"
		if w.t[x].UPOS != "NOUN" || (!ed && !samePast[l]) || w.t[x].Text != l || x != last {
			continue
		}
		s := x - 1
		if w.head(s) != x || (w.bdep(s) != "compound" && w.bdep(s) != "amod" && w.bdep(s) != "nmod") {
			continue
		}
		np := false
		for _, k := range w.kids[x] {
			np = np || k < s && (w.dep(k) == "nmod:poss" || w.bdep(k) == "det")
		}
		if np {
			return r, x, x, true
		}
	}
	return
}

// namingAsMainVerb reports a sentence whose root is a naming verb v
// ("called", "named") right after its subject, a common noun n, with a
// name after it and a later finite verb k with no subject but that name
// or none ("A startup called Lumo raised $5 million", "A charity named
// Hope for Tolva opened a clinic"): v is a participle naming n, and k the
// sentence's verb. It returns v, n, the name and k.
func (w *walker) namingAsMainVerb() (v, n, name, k int, ok bool) {
	v = w.rootToken()
	if r := v; r >= 0 && w.t[r].UPOS == "NOUN" && r+1 < len(w.t) && w.head(r+1) == r && w.dep(r+1) == "acl" {
		// "A company called Orvane makes the parts" read as a noun
		// phrase, the verb inside the participle's clause
		v = r + 1
	}
	if v < 1 || w.t[v].UPOS != "VERB" || !givesName[w.lemma(v)] && w.lemma(v) != "know" || w.t[v].XPOS != "VBD" && w.t[v].XPOS != "VBN" {
		return
	}
	n = v - 1
	comma := false
	if n > 0 && w.t[n].Text == "," {
		// "The group, called Friends of Varn Bay, sued the city"
		n, comma = n-1, true
	}
	subj := w.head(n) == v && w.dep(n) == "nsubj"
	acl := w.head(v) == n && w.dep(v) == "acl" && w.head(n) < 0
	if !subj && !acl || w.t[n].UPOS != "NOUN" || w.child(v, "aux", "aux:pass") >= 0 {
		return
	}
	// the name: the participle's object or complement, or "as" phrase
	// after "known"
	nm := w.child(v, "obj", "xcomp")
	if w.lemma(v) == "know" {
		nm = -1
		for _, x := range w.kids[v] {
			if x == v+2 && w.bdep(x) == "obl" && w.hasCase(x, "as") {
				nm = x
			}
		}
		if nm < 0 {
			return
		}
	}
	finite := func(c int) bool {
		switch w.t[c].XPOS {
		case "VBD", "VBZ", "VBP":
			return w.child(c, "aux", "aux:pass") < 0
		}
		if x := w.child(c, "aux", "aux:pass"); x >= 0 && x < c {
			switch w.t[x].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
		return false
	}
	cands := w.kids[v]
	if nm >= 0 {
		cands = append(append([]int(nil), cands...), w.kids[nm]...)
	}
	for _, c := range cands {
		if c <= v || w.t[c].UPOS != "VERB" || !finite(c) || w.child(c, "mark", "cc") >= 0 || w.afterComma(c) != comma {
			continue
		}
		switch w.bdep(c) {
		case "ccomp":
			// "called | Lumo raised", "named | Tom Reyes was arrested":
			// the name read as the subject
			s := w.child(c, "nsubj", "nsubj:pass")
			if s < 0 || s != w.firstOf(c) || w.t[s].UPOS != "PROPN" || nm >= 0 {
				continue
			}
			return v, n, s, c, true
		case "advcl", "conj", "parataxis", "acl":
			if nm < 0 || w.t[nm].UPOS != "PROPN" || w.firstOf(nm) > v+2 || w.child(c, "nsubj", "nsubj:pass") >= 0 {
				continue
			}
			// the name's words end where c's begin
			apart := true
			for x := nm + 1; x < w.firstOf(c); x++ {
				apart = apart && w.under(x, nm) && !w.under(x, c)
			}
			for x := w.firstOf(c); x <= w.lastOf(c); x++ {
				apart = apart && (w.under(x, c) || w.t[x].UPOS == "PUNCT")
			}
			if !apart || w.firstOf(c) <= nm {
				continue
			}
			if w.bdep(c) == "acl" && (w.head(c) != nm || w.child(c, "obj") < 0) {
				// "known as Lumo raised $5 million": a past form with an
				// object of its own on the name
				continue
			}
			return v, n, nm, c, true
		}
	}
	return
}

// verbInRelative reports a sentence ending in a full stop whose root is
// a noun n with a restrictive relative clause r (no comma before it) and
// whose finite verb v stands inside r's subtree after r: a complement of
// r whose subject is what r left without an object ("The firm that built
// the bridge went bankrupt", unless r takes clauses: "who said the guard
// fled"), or a conjunct, open complement or modifier of r's object with
// no subject, auxiliary-less "to" or conjunction ("The man who shot the
// guard fled in a car", "The pilot who flew the plane told ..."). v's
// phrase runs to the end of the sentence.
func (w *walker) verbInRelative() (v, n, r int, ok bool) {
	last := len(w.t) - 1
	if last < 4 || w.t[last].Text != "." {
		return 0, 0, 0, false
	}
	n = w.rootToken()
	if n < 0 || (w.t[n].UPOS != "NOUN" && w.t[n].UPOS != "PROPN") {
		return 0, 0, 0, false
	}
	r = -1
	for _, k := range w.kids[n] {
		if k > n && w.dep(k) == "acl:relcl" && w.t[k].UPOS == "VERB" && !w.afterComma(k) {
			r = k
			break
		}
		if k == n+1 && w.dep(k) == "acl" && w.t[k].UPOS == "VERB" && (w.t[k].XPOS == "VBG" || w.t[k].XPOS == "VBN") {
			// "The ship carrying 300 migrants sank off the coast"
			r = k
			break
		}
	}
	if r < 0 {
		return 0, 0, 0, false
	}
	for k := range w.t {
		if k != r && !w.under(k, r) && (w.t[k].UPOS == "VERB" || w.t[k].UPOS == "AUX") {
			return 0, 0, 0, false
		}
	}
	if w.dep(r) == "acl" {
		// after a reduced relative only a past tense that is no
		// participle, whatever its tag, can be the verb
		for _, k := range w.walk(nil, r, nil) {
			if k > r && pastOnly[w.lower(k)] && w.lastOf(k) >= last-1 && w.child(k, "nsubj", "nsubj:pass", "mark", "cc", "aux") < 0 && !w.afterComma(k) {
				switch w.bdep(k) {
				case "xcomp", "conj", "acl", "ccomp", "parataxis", "dep", "obj", "obl":
					return k, n, r, true
				}
			}
		}
		return 0, 0, 0, false
	}
	end := last - 1
	for end > 0 && w.t[end].UPOS == "PUNCT" {
		end--
	}
	for _, k := range w.walk(nil, r, nil) {
		if k <= r || w.t[k].UPOS != "VERB" || w.lastOf(k) < end {
			continue
		}
		switch w.t[k].XPOS {
		case "VBD", "VBZ", "VBP":
		case "VBN":
			if w.child(k, "aux", "aux:pass") < 0 && w.bdep(k) == "acl" {
				// "a car stolen from a dealer": a participle on a noun
				continue
			}
		default:
			continue
		}
		if w.child(k, "mark", "cc", "expl") >= 0 || w.afterComma(k) {
			continue
		}
		h := w.head(k)
		sub := w.child(k, "nsubj", "nsubj:pass")
		switch w.bdep(k) {
		case "ccomp":
			if h != r || sub < 0 || w.child(r, "obj") >= 0 || lexicon.Verb(w.lemma(r)) != lexicon.NotReporting || thatVerbs[w.lemma(r)] || lexicon.Factive(w.lemma(r)) {
				continue
			}
		case "conj", "xcomp", "acl", "parataxis":
			if sub >= 0 {
				continue
			}
		default:
			continue
		}
		return k, n, r, true
	}
	return 0, 0, 0, false
}

// verblessRoot reports a sentence read with no verb: its root a noun n
// and the one past-tense-looking verb v right after n's phrase hung on it
// as a participle ("The bakery's profit doubled in 2019 and rose again in
// 2020." read like "the profit doubled in 2019"). A sentence that ends
// with a full stop and has no finite verb anywhere else is a clause, not
// a noun phrase: v is its verb and n its subject. Headlines, which often
// are noun phrases, end without a stop.
func (w *walker) verblessRoot() (v, n int, ok bool) {
	last := len(w.t) - 1
	if last < 2 || w.t[last].Text != "." {
		return 0, 0, false
	}
	n = w.rootToken()
	if n < 0 || (w.t[n].UPOS != "NOUN" && w.t[n].UPOS != "PROPN") {
		return 0, 0, false
	}
	v = -1
	for k := n + 1; k < len(w.t); k++ {
		if w.dep(k) != "acl" || w.t[k].UPOS != "VERB" || (w.t[k].XPOS != "VBN" && w.t[k].XPOS != "VBD") {
			continue
		}
		obj := w.child(k, "obj") >= 0
		comma := w.firstOf(k) < k && w.t[w.firstOf(k)].Text == ","
		if (obj && !twoObjectVerbs[w.lemma(k)] && (w.lemma(k) != "name" || comma)) || (!obj && changeVerbs[w.lemma(k)]) {
			// a participle takes no object ("..., named Rui Costa as
			// chief" is a past tense), except after verbs of giving or
			// naming ("a man given a medal", "a man named Rui Costa")
			v = k
		}
		break
	}
	if v < 0 || w.child(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop", "obl:agent") >= 0 {
		return 0, 0, false
	}
	for _, k := range w.kids[v] {
		if k < v && w.bdep(k) != "punct" {
			return 0, 0, false
		}
	}
	// the verb's noun is the root or inside its phrase ("Shares of the
	// firm closed ..."), and the words before the verb are all that phrase
	for m, d := w.head(v), 0; m != n; m, d = w.head(m), d+1 {
		if m < 0 || d > len(w.t) || (w.bdep(m) != "nmod" && w.bdep(m) != "compound" && w.bdep(m) != "appos") {
			return 0, 0, false
		}
	}
	for i := w.firstOf(n); i < v; i++ {
		if !w.under(i, n) && !(w.head(i) == v && w.bdep(i) == "punct") {
			return 0, 0, false
		}
	}
	// a clause coordinated after the verb ("Two patients died, but the
	// researchers said ...") goes with it; any other finite verb means
	// the sentence has its verb
	var clauses []int
	for _, k := range w.kids[n] {
		if k > v && (w.bdep(k) == "conj" || w.bdep(k) == "parataxis") && w.child(k, "nsubj", "nsubj:pass") >= 0 {
			clauses = append(clauses, k)
		}
	}
	for i, t := range w.t {
		if w.under(i, v) || slices.ContainsFunc(clauses, func(k int) bool { return w.under(i, k) }) {
			continue
		}
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return 0, 0, false
		}
	}
	return v, n, true
}

// twoObjectVerbs take two objects, so that their passive participle
// keeps one ("a man given a medal", "a firm awarded the contract").
var twoObjectVerbs = map[string]bool{
	"give": true, "award": true, "grant": true, "offer": true, "send": true, "show": true, "tell": true,
	"deny": true, "hand": true, "pay": true, "promise": true, "charge": true, "fine": true, "cost": true,
	"allow": true, "assign": true, "lend": true, "owe": true, "sell": true, "teach": true, "ask": true,
	"call": true, "dub": true, "elect": true, "appoint": true, "make": true, "consider": true,
}

// changeVerbs are verbs of change and motion that are mostly used without
// an object ("profit doubled", "shares closed higher", "the ceasefire
// collapsed"), so that one of them after a noun phrase with no object is
// that phrase's verb rather than a passive participle on it (as "injured"
// is in "a man injured in the crash").
var changeVerbs = map[string]bool{
	"double": true, "triple": true, "quadruple": true, "halve": true, "rise": true, "fall": true,
	"increase": true, "decrease": true, "decline": true, "drop": true, "jump": true, "climb": true,
	"surge": true, "soar": true, "slump": true, "plunge": true, "tumble": true, "slide": true,
	"grow": true, "shrink": true, "close": true, "open": true, "end": true, "finish": true,
	"collapse": true, "stall": true, "rebound": true, "recover": true, "improve": true, "worsen": true,
	"happen": true, "occur": true, "arrive": true, "die": true, "vanish": true, "disappear": true,
	"expire": true, "resume": true, "continue": true, "stabilize": true, "stabilise": true, "peak": true,
	"edge": true, "dip": true, "rally": true, "sink": true, "spike": true, "skyrocket": true,
}

// quoteThenSpeaker reports a sentence made of a quote that closes with a
// comma, a verb of saying and a noun phrase with no verb (`"...," said
// chief executive Maria Okafor.`, `"...," added Ruiz, the bank's
// economist.`). It returns the verb v, the one word h of the quote whose
// head lies outside it, and the one word n of the phrase whose head lies
// outside the phrase.
func (w *walker) quoteThenSpeaker() (v, h, n int, ok bool) {
	if len(w.t) < 5 || !opensQuote(w.t[0].Text) {
		return 0, 0, 0, false
	}
	q := -1 // the closing quote
	for k := 1; k < len(w.t); k++ {
		switch w.t[k].Text {
		case "\"", "”", "''":
			q = k
		case "“", "``":
			return 0, 0, 0, false // a second quote
		}
		if q >= 0 {
			break
		}
	}
	if q < 2 || q+2 >= len(w.t) || w.t[q-1].Text != "," {
		return 0, 0, 0, false
	}
	v = q + 1
	if w.t[v].UPOS != "VERB" || !lexicon.Speech(w.lemma(v)) {
		return 0, 0, 0, false
	}
	end := len(w.t)
	if w.t[end-1].UPOS == "PUNCT" {
		end--
	}
	if end-v-1 > 10 {
		return 0, 0, 0, false
	}
	outside := func(from, to int) (int, bool) {
		one := -1
		for k := from; k < to; k++ {
			if w.t[k].UPOS == "PUNCT" {
				continue
			}
			if hd := w.head(k); hd >= from && hd < to {
				continue
			}
			if one >= 0 {
				return -1, false
			}
			one = k
		}
		return one, one >= 0
	}
	for k := v + 1; k < end; k++ {
		switch w.t[k].UPOS {
		case "VERB", "AUX", "SCONJ", "CCONJ":
			return 0, 0, 0, false
		}
		if w.t[k].UPOS == "PRON" && w.t[k].XPOS == "WP" {
			return 0, 0, 0, false
		}
	}
	if h, ok = outside(1, q-1); !ok || w.under(v, h) && w.head(v) != h {
		return 0, 0, 0, false
	}
	if n, ok = outside(v+1, end); !ok {
		return 0, 0, 0, false
	}
	switch w.t[n].UPOS {
	case "PROPN", "NOUN", "PRON":
	default:
		return 0, 0, 0, false
	}
	if w.head(v) < 0 && w.head(h) == v && w.head(n) == v && w.bdep(n) == "nsubj" {
		return 0, 0, 0, false // read right already
	}
	return v, h, n, true
}

// quoteBeforeSpeech reports a verb of saying v right after a quote that
// opens the sentence, parsed as a conjunct of the quote's verb h with no conjunction between
// them ("\"The Fed has no choice,\" said Ana Ruiz"), and returns h and
// the word of the quote the parse hung on v as its complement (-1 if
// none).
func (w *walker) quoteBeforeSpeech(v int) (h, c int, ok bool) {
	h = w.head(v)
	if h < 0 || h > v || w.dep(v) != "conj" || !lexicon.Speech(w.lemma(v)) || w.child(v, "cc") >= 0 {
		return 0, 0, false
	}
	// the sentence opens with the quote, which closes right before v
	switch w.t[0].Text {
	case "\"", "“", "``", "'", "‘":
	default:
		return 0, 0, false
	}
	switch w.t[v-1].Text {
	case "\"", "”", "''", "’", "'":
	default:
		return 0, 0, false
	}
	for k := h + 1; k < v; k++ {
		if w.t[k].UPOS == "CCONJ" {
			return 0, 0, false
		}
	}
	c = -1
	for _, k := range w.kids[v] {
		if k > h && k < v && w.bdep(k) != "punct" {
			if c >= 0 || w.bdep(k) != "ccomp" {
				return 0, 0, false
			}
			c = k
		}
	}
	return h, c, true
}

// quoteTailOfSpeech reports a clause c inside a quote that opens the
// sentence, parsed as the complement of a verb of saying after the quote
// whose subject alone stands between them ("\"..., and nobody should claim
// it does,\" she said" with "it does" what she said), and returns the
// nearest verb of the quote before c, on which c hangs instead.
func (w *walker) quoteTailOfSpeech(c int) (int, bool) {
	v := w.head(c)
	if v < 0 || v < c || w.bdep(c) != "ccomp" || !lexicon.Speech(w.lemma(v)) {
		return -1, false
	}
	if !opensQuote(w.t[0].Text) {
		return -1, false
	}
	q := -1 // the closing quote
	for k := c + 1; k < v; k++ {
		switch w.t[k].Text {
		case "\"", "”", "''":
			q = k
		}
	}
	if q < 0 {
		return -1, false
	}
	for k := q + 1; k < v; k++ {
		if h := w.head(k); !(w.t[k].UPOS == "PUNCT" || w.under(k, v) && w.bdep(k) != "ccomp" && h != v || h == v && w.bdep(k) == "nsubj") {
			return -1, false
		}
	}
	for k := c - 1; k > 0; k-- {
		if w.t[k].UPOS == "VERB" && !w.under(k, c) {
			return k, true
		}
	}
	return -1, false
}

// reportNouns name a report or a record of an event: a gerund after their
// of-phrase ("reports of soldiers looting shops", "footage of police
// beating protesters") is what the report shows, done by the of-phrase.
var reportNouns = map[string]bool{
	"report": true, "claim": true, "allegation": true, "accusation": true, "account": true, "rumour": true,
	"rumor": true, "story": true, "sighting": true, "complaint": true, "footage": true, "video": true,
	"image": true, "photo": true, "photograph": true, "picture": true, "evidence": true, "sign": true,
}

// gerundOfReported reports a gerund c hung on a report noun whose
// of-phrase ends right before it ("reports of police | beating
// protesters"), and returns that phrase's noun.
func (w *walker) gerundOfReported(c int) (int, bool) {
	h := w.head(c)
	if h < 0 || w.bdep(c) != "acl" || w.t[c].XPOS != "VBG" || w.t[h].UPOS != "NOUN" || !reportNouns[w.lemma(h)] || w.child(c, "mark") >= 0 {
		return -1, false
	}
	for _, n := range w.kids[h] {
		if n > h && n < c && w.bdep(n) == "nmod" && w.hasCase(n, "of") && w.isNominal(n) && !w.isPron(n) && w.lastOf(n) == c-1 {
			return n, true
		}
	}
	return -1, false
}

// neitherOfNoun reports "neither" read as an adverb of the verb right
// before the noun it quantifies, with no "nor" in the sentence, and
// returns the noun.
func (w *walker) neitherOfNoun(i int) (int, bool) {
	if w.lower(i) != "neither" || w.bdep(i) != "advmod" || i+1 >= len(w.t) {
		return 0, false
	}
	for k := range w.t {
		if w.lower(k) == "nor" {
			return 0, false
		}
	}
	n := i + 1
	if (w.t[n].UPOS != "NOUN" && w.t[n].UPOS != "PROPN") || w.head(n) != w.head(i) {
		return 0, false
	}
	return n, true
}

// verbAsModifier reports a verb v read as an adjective of the noun after
// it although it has a subject or an auxiliary of its own ("it had misled
// investors" with "misled" modifying "investors"), and returns the noun.
func (w *walker) verbAsModifier(v int) (int, bool) {
	o := w.head(v)
	if o <= v || w.dep(v) != "amod" || w.t[v].UPOS != "VERB" || (w.t[o].UPOS != "NOUN" && w.t[o].UPOS != "PROPN") {
		return 0, false
	}
	if w.child(v, "nsubj", "nsubj:pass", "aux", "aux:pass") < 0 {
		return 0, false
	}
	return o, true
}

// thatAsNominal reports a subordinating "that" read as a modifier or
// conjunct with a finite clause hung on it, and returns the clause's verb.
func (w *walker) thatAsNominal(t int) (int, bool) {
	if w.lower(t) != "that" || w.t[t].UPOS != "SCONJ" || w.bdep(t) == "mark" || w.head(t) < 0 || w.head(t) > t {
		return 0, false
	}
	for _, v := range w.kids[t] {
		if v > t && w.t[v].UPOS == "VERB" && w.child(v, "nsubj", "nsubj:pass") >= 0 {
			return v, true
		}
	}
	return 0, false
}

// titledSpan is a person's name with the capitalised words of its title
// before it ("U.S. Special Envoy Mark Reyes"): tokens [start, end), the
// name's head, and the title words the parser hung outside the span.
type titledSpan struct {
	start, end, name int
	split            []int
}

// titledName finds persons' names after a title word whose title run
// ("Canadian Trade Minister", "U.S. Special Envoy", "Acme Energy chief
// executive": capitalised words and title words) the parser cut off the
// name: a title word given a subject relation of its own beside the
// name's, or made the head of the sentence with the name's verb hung under
// it. A title word hung elsewhere (an object, a place) is left alone, as
// is a title that heads the name ("Envoy" with the name in apposition).
func (w *walker) titledName() []titledSpan {
	var out []titledSpan
	for s := 1; s < len(w.t); s++ {
		if w.t[s].Ent != "B-PERSON" || !lexicon.Title(w.t[s-1].Text) {
			continue
		}
		e := s + 1
		for e < len(w.t) && w.t[e].Ent == "I-PERSON" {
			e++
		}
		r := s
		for r > 0 && s-r < 6 {
			t := w.t[r-1]
			lowerTitle := t.Text != "" && t.Text[0] >= 'a' && t.Text[0] <= 'z' && lexicon.Title(t.Text)
			if t.Text == "" || ((t.Text[0] < 'A' || t.Text[0] > 'Z') && !lowerTitle) || lexicon.TimeWord(t.Text) ||
				(t.UPOS != "PROPN" && t.UPOS != "NOUN" && t.UPOS != "ADJ") || t.Ent == "B-PERSON" || t.Ent == "I-PERSON" {
				break
			}
			r--
		}
		in := func(k int) bool { return k >= r && k < e }
		h := -1
		for k := s; k < e; k++ {
			if !in(w.head(k)) {
				if h >= 0 {
					h = -2
					break
				}
				h = k
			}
		}
		if h < 0 {
			continue
		}
		v := w.head(h)
		var split []int
		ok := true
		for k := r; k < s && ok; k++ {
			switch hk := w.head(k); {
			case in(hk):
			case hk == v && v >= 0:
				split = append(split, k) // two subjects of one verb
			case hk == -1 && v >= 0 && in(w.head(v)) && w.head(v) < s:
				split = append(split, k) // the title heads the sentence
			default:
				ok = false
			}
		}
		if ok && len(split) > 0 {
			out = append(out, titledSpan{start: r, end: e, name: h, split: split})
		}
	}
	return out
}

// relativeAsReport reports a clause c parsed as a relative clause on the
// object o of a verb of saying v although it has no relative pronoun and
// an auxiliary of its own, after an apposition ("said the gunman, Neil
// Carver, 41, had been fired"): c is what v reports, o its subject.
func (w *walker) relativeAsReport(c int) (v, o int, ok bool) {
	o = w.head(c)
	if o < 0 || w.dep(c) != "acl:relcl" || c < o || w.bdep(o) != "obj" {
		return 0, 0, false
	}
	v = w.head(o)
	if v < 0 || !lexicon.Reporting(w.lemma(v)) || w.child(c, "aux", "aux:pass") < 0 || w.child(c, "nsubj", "nsubj:pass") >= 0 {
		return 0, 0, false
	}
	for _, k := range w.kids[c] {
		if w.isRelPron(k) || w.isWhPron(k) || w.lower(k) == "that" {
			return 0, 0, false
		}
	}
	return v, o, true
}

// contactRelative reports a noun n with a determiner read as a subject of
// a verb v whose other subject, a personal pronoun, follows n right away
// ("worth the paper it was written on", "cost the money they had saved"),
// v hanging as a complement on a predicate g before n that has no object:
// no clause has two subjects, so the pronoun's clause is a relative clause
// on n with no relative pronoun, and n is g's object. It returns v and g.
func (w *walker) contactRelative(n int) (v, g int, ok bool) {
	if (w.dep(n) != "nsubj" && w.dep(n) != "nsubj:pass") || w.t[n].UPOS != "NOUN" || w.child(n, "det", "nmod:poss") < 0 {
		return -1, -1, false
	}
	v = w.head(n)
	p := w.lastOf(n) + 1
	if v < 0 || p >= v || w.head(p) != v || (w.dep(p) != "nsubj" && w.dep(p) != "nsubj:pass") || w.t[p].UPOS != "PRON" {
		return -1, -1, false
	}
	switch w.lower(p) {
	case "it", "he", "she", "they", "we", "i", "you":
	default:
		return -1, -1, false
	}
	g = w.head(v)
	if g < 0 || g > n || (w.t[g].UPOS != "VERB" && w.t[g].UPOS != "ADJ") ||
		(w.bdep(v) != "ccomp" && w.bdep(v) != "xcomp") || w.child(g, "obj") >= 0 {
		return -1, -1, false
	}
	for k := g + 1; k < w.firstOf(n); k++ {
		if !w.under(k, g) || w.under(k, v) && w.t[k].UPOS != "PUNCT" {
			return -1, -1, false
		}
	}
	return v, g, true
}

// contactRelativeOnObject reports an object n with a determiner right
// before a personal pronoun that is the subject of a verb v the parse hung
// as a second complement or a parenthetical on n's verb or a verb above it
// ("would hurt the customers it was meant to help", "was not worth the
// money it would cost"), where v's clause lacks an object ("help", "cost")
// or ends in a bare preposition: the clause is a relative clause on n with
// no relative pronoun. Not after a verb that takes a person and a clause
// ("told the staff they would be paid", "persuaded investors they would
// profit"). It returns v.
func (w *walker) contactRelativeOnObject(n int) (int, bool) {
	if w.dep(n) != "obj" || w.t[n].UPOS != "NOUN" || w.child(n, "det", "nmod:poss") < 0 {
		return -1, false
	}
	g := w.head(n)
	p := w.lastOf(n) + 1
	if g < 0 || p >= len(w.t) || w.t[p].UPOS != "PRON" || (w.dep(p) != "nsubj" && w.dep(p) != "nsubj:pass") {
		return -1, false
	}
	switch w.lower(p) {
	case "it", "he", "she", "they", "we", "i", "you":
	default:
		return -1, false
	}
	v := w.head(p)
	if v < p || !w.under(g, w.head(v)) || (w.bdep(v) != "ccomp" && w.bdep(v) != "parataxis") ||
		lexicon.Verb(w.lemma(g)) != lexicon.NotReporting || thatVerbs[w.lemma(g)] || personClauseVerbs[w.lemma(g)] {
		return -1, false
	}
	if w.bdep(v) == "ccomp" && w.head(v) == g {
		return -1, false // one verb, an object and a clause: a verb of telling
	}
	// the gap: the last verb of v's chain of open clauses has no object
	e := v
	for x := w.child(e, "xcomp"); x >= 0 && w.t[x].UPOS == "VERB"; x = w.child(e, "xcomp") {
		e = x
	}
	if w.t[e].UPOS != "VERB" || w.child(e, "obj", "ccomp", "iobj") >= 0 {
		return -1, false
	}
	if w.child(e, "aux:pass") >= 0 && e == v {
		// a passive has no object: only a bare preposition at its end
		// marks the gap ("the paper it was written on")
		l := w.lastOf(e)
		for l > e && w.t[l].UPOS == "PUNCT" {
			l--
		}
		if w.t[l].UPOS != "ADP" {
			return -1, false
		}
	}
	return v, true
}

// personClauseVerbs take a person and a clause about them ("persuaded
// investors they would profit").
var personClauseVerbs = map[string]bool{
	"persuade": true, "convince": true, "remind": true, "assure": true, "reassure": true, "tell": true,
	"warn": true, "inform": true, "notify": true, "advise": true, "promise": true, "show": true,
	"teach": true, "bet": true, "ask": true, "satisfy": true,
}

// objectCutAtCompound reports a noun m the parse hung as an oblique with no
// preposition on a verb whose object n ends right before m's phrase, or
// before one adverb that starts it ("launch its own 5G home broadband
// service", with "home" an adverb and "service" the oblique): two bare
// noun phrases side by side after a verb are one, headed by the last noun.
// A time ("next year") or a measure stays an oblique. It returns n.
func (w *walker) objectCutAtCompound(m int) (int, bool) {
	if w.dep(m) != "obl" || w.t[m].UPOS != "NOUN" || w.child(m, "case", "det", "nmod:poss", "nummod") >= 0 ||
		lexicon.TimeWord(w.t[m].Text) || w.child(m, "cc") >= 0 {
		return -1, false
	}
	v := w.head(m)
	if v < 0 {
		return -1, false
	}
	n := w.child(v, "obj")
	if n < 0 || n > m || (w.t[n].UPOS != "NOUN" && w.t[n].UPOS != "PROPN") || w.lastOf(n) != n {
		return -1, false
	}
	f := w.firstOf(m)
	k := n + 1
	if k < f {
		// one adverb between, on the verb ("home")
		if k+1 != f || w.t[k].UPOS != "ADV" || w.head(k) != v || len(w.kids[k]) > 0 {
			return -1, false
		}
	}
	if k > f {
		return -1, false
	}
	for j := f; j < m; j++ {
		if w.head(j) != m || (w.bdep(j) != "compound" && w.bdep(j) != "amod") {
			return -1, false
		}
	}
	return n, true
}

// objectHeadAsSubject reports a common noun n read as a second subject of
// a verb whose first subject has a relative clause ending right before n
// in its object ("Quillion, which runs the Quill messaging and payments
// app, had failed"), and returns the relative clause's verb and object:
// n is the object's head.
func (w *walker) objectHeadAsSubject(n int) (r, o int, ok bool) {
	if w.dep(n) != "nsubj" || w.t[n].UPOS != "NOUN" || len(w.kids[n]) > 1 || w.t[n].Text != w.lower(n) {
		return -1, -1, false
	}
	v := w.head(n)
	if v < 0 || v < n {
		return -1, -1, false
	}
	for _, s := range w.kids[v] {
		if s >= n || w.dep(s) != "nsubj" {
			continue
		}
		r = w.child(s, "acl:relcl")
		if r < 0 {
			continue
		}
		o = w.child(r, "obj")
		if o >= 0 && w.lastOf(o) == n-1 && w.lastOf(r) == n-1 && w.t[o].UPOS == "NOUN" {
			return r, o, true
		}
	}
	return -1, -1, false
}

// doubleSubject reports a subject a whose phrase ends right before the
// phrase of a second subject b of the same predicate, nothing between them
// ("all iPhone 4 buyers would ..." with "iPhone" and "buyers" both
// subjects), and returns b.
func (w *walker) doubleSubject(a int) (int, bool) {
	v := w.head(a)
	if v < 0 || w.dep(a) != "nsubj" || (w.t[a].UPOS != "NOUN" && w.t[a].UPOS != "PROPN") || lexicon.TimeWord(w.t[a].Text) {
		return -1, false
	}
	for _, b := range w.kids[v] {
		if w.t[a].UPOS == "PROPN" && w.t[b].UPOS == "PROPN" || lexicon.TimeWord(w.t[b].Text) {
			continue // two names side by side (a dateline's place and the subject); "Apple today launched"
		}
		if b > a && w.dep(b) == "nsubj" && b < v && w.firstOf(b) == w.lastOf(a)+1 &&
			(w.t[b].UPOS == "NOUN" || w.t[b].UPOS == "PROPN") && w.t[w.firstOf(b)].UPOS != "PUNCT" && w.t[w.lastOf(a)].UPOS != "PUNCT" &&
			w.child(b, "cc") < 0 && w.child(a, "cc:preconj") < 0 {
			return b, true
		}
	}
	return -1, false
}

// subjectAfterVerb reports a common noun b parsed as a subject after its
// verb when the verb has a subject before it and no object, and returns
// the verb: a verb takes one subject, and a noun phrase after it is its
// object ("The Fed has no choice"). Verbs of saying, whose subject follows
// them in reports ("said the minister"), copulas and passives are left
// alone.
func (w *walker) subjectAfterVerb(b int) (int, bool) {
	v := w.head(b)
	if v < 0 || v > b || w.dep(b) != "nsubj" || w.t[b].UPOS != "NOUN" || w.t[v].UPOS != "VERB" ||
		lexicon.Speech(w.lemma(v)) || w.child(v, "obj") >= 0 || w.child(v, "cop") >= 0 || w.child(v, "aux:pass") >= 0 {
		return -1, false
	}
	a := w.child(v, "nsubj")
	if a < 0 || a == b || a > v || w.commaBetween(v, b) {
		return -1, false
	}
	for k := v + 1; k < w.firstOf(b); k++ {
		if w.t[k].UPOS != "DET" && w.t[k].UPOS != "ADJ" && w.t[k].UPOS != "NUM" {
			return -1, false
		}
	}
	return v, true
}

// adjectiveAsNoun reports a singular noun h with only a determiner before
// it, coordinated after a comma with a noun c whose phrase opens with an
// adjective and has no determiner or conjunction of its own ("a dark,
// dusty surface"): h is a first adjective of c.
func (w *walker) adjectiveAsNoun(h int) (int, bool) {
	if w.t[h].XPOS != "NN" || h+2 >= len(w.t) || w.t[h+1].Text != "," || w.t[h+2].UPOS != "ADJ" {
		return -1, false
	}
	c := -1
	for _, k := range w.kids[h] {
		switch w.bdep(k) {
		case "det":
			if k > h {
				return -1, false
			}
		case "conj":
			if c >= 0 {
				return -1, false
			}
			c = k
		case "punct":
		default:
			return -1, false
		}
	}
	if c < 0 || w.t[c].UPOS != "NOUN" || w.head(h+2) != c || w.child(c, "det", "cc") >= 0 || w.child(h, "det") < 0 {
		return -1, false
	}
	return c, true
}

// objectAsSubject reports a verb of saying or thinking v whose object o
// is followed right away by a finite verb c (or the copula or auxiliary of
// c) with no subject, no mark and no conjunction, hung on v ("claims
// internal documents show ...", "says inflows were about a third"): o is
// c's subject and c is what v reports.
func (w *walker) objectAsSubject(v int) (c, o int, ok bool) {
	if w.t[v].UPOS != "VERB" || !lexicon.Reporting(w.lemma(v)) && !thatVerbs[w.lemma(v)] {
		return 0, 0, false
	}
	reporting := lexicon.Reporting(w.lemma(v))
	o = w.child(v, "obj")
	if o < 0 || o < v || (w.t[o].UPOS != "NOUN" && w.t[o].UPOS != "PROPN") {
		return 0, 0, false
	}
	for _, a := range w.kids[o] {
		// "found the hospital had lost 200 nurses" with "had lost" a
		// participle on the hospital: a participle has no auxiliary
		x := w.child(a, "aux", "aux:pass")
		if a < o || w.bdep(a) != "acl" || w.t[a].UPOS != "VERB" || x < 0 || w.lower(x) == "to" || x != w.firstOf(a) ||
			w.child(a, "nsubj", "nsubj:pass", "mark") >= 0 {
			continue
		}
		switch w.t[x].XPOS {
		case "VBZ", "VBP", "VBD", "MD":
		default:
			continue
		}
		between := true
		for k := o + 1; k < x; k++ {
			between = between && w.under(k, o) && !w.under(k, a) && w.t[k].UPOS != "PUNCT"
		}
		if between {
			return a, o, true
		}
	}
	c = w.lastOf(o) + 1
	for _, k := range w.kids[v] {
		// "say prices of homes in Varn will fall" with "in Varn" the
		// verb's: the clause starts after it
		if k > o && w.bdep(k) == "obl" && w.firstOf(k) == c && w.t[k].UPOS == "PROPN" && len(w.caseOf(k)) == 1 {
			c = w.lastOf(k) + 1
		}
	}
	if c < len(w.t) && w.t[c].Text == "," {
		// "said the plan, which costs $2 billion, would create 5,000
		// jobs": the closing comma of a relative clause or apposition
		// set off inside the object
		set := false
		for _, k := range w.kids[o] {
			if k > o && (w.dep(k) == "acl:relcl" || w.bdep(k) == "appos" || w.bdep(k) == "acl") && w.afterComma(k) {
				set = true
			}
		}
		if !set {
			return 0, 0, false
		}
		c++
	}
	if c >= len(w.t) {
		return 0, 0, false
	}
	finite := w.t[c].XPOS
	if w.t[c].UPOS == "AUX" && (w.bdep(c) == "cop" || w.bdep(c) == "aux") && w.head(c) > c {
		// "says inflows were about a third": the clause is headed by
		// what its copula or auxiliary hangs on
		c = w.head(c)
	} else if w.t[c].UPOS != "VERB" {
		return 0, 0, false
	}
	switch finite {
	case "VBZ", "VBP", "VBD", "MD":
	default:
		return 0, 0, false
	}
	switch {
	case w.head(c) == v && reporting:
		switch w.dep(c) {
		case "advcl", "parataxis", "conj", "xcomp", "ccomp", "vocative":
		default:
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	if w.child(c, "nsubj", "nsubj:pass", "mark", "cc", "expl") >= 0 {
		return 0, 0, false
	}
	return c, o, true
}

// reportAsParenthetical reports a sentence whose root c, a verb whose words
// open with a finite auxiliary and have no subject, has as parataxis a
// verb of saying or thinking v that opens the sentence with its subject
// and has an object o, whose phrase (with a relative clause set off by
// commas) ends right before c's words ("Officials believe the fire, which
// destroyed 40 homes, was started by a cigarette"): v is the sentence's
// verb and c what it reports, with o its subject.
func (w *walker) reportAsParenthetical() (v, c, o int, ok bool) {
	c = w.rootToken()
	if c < 0 || w.t[c].UPOS != "VERB" || w.child(c, "nsubj", "nsubj:pass", "expl", "mark") >= 0 {
		return
	}
	x := w.child(c, "aux", "aux:pass", "cop")
	if x < 0 || x > c {
		return
	}
	switch w.t[x].XPOS {
	case "VBZ", "VBD", "VBP", "MD":
	default:
		return
	}
	v = -1
	for _, k := range w.kids[c] {
		if k < x && w.bdep(k) == "parataxis" && w.t[k].UPOS == "VERB" && lexicon.Reporting(w.lemma(k)) && w.firstOf(k) == 0 {
			v = k
		}
	}
	if v < 0 {
		return
	}
	o = w.child(v, "obj")
	if o < v || w.child(v, "nsubj") < 0 || w.child(v, "ccomp") >= 0 || !w.isNominal(o) || w.isPron(o) {
		return
	}
	end := w.lastOf(v)
	for end+1 < x && w.t[end+1].UPOS == "PUNCT" {
		end++
	}
	if end+1 != x && !(end+1 < x && w.under(end+1, c) && w.t[end+1].UPOS == "ADV" && end+2 == x) {
		return
	}
	return v, c, o, true
}

// clauseSubjectOfSpeaker reports a verb of saying v with two subjects, a
// before its clause complement c and one after it set off by a comma ("A
// fire that started in a kitchen destroyed the hotel, police said"), c
// finite with no subject of its own: a is c's subject.
func (w *walker) clauseSubjectOfSpeaker(v int) (a, c int, ok bool) {
	if w.t[v].UPOS != "VERB" || !lexicon.Speech(w.lemma(v)) {
		return 0, 0, false
	}
	a, b := -1, -1
	c = -1
	for _, k := range w.kids[v] {
		switch {
		case w.bdep(k) == "nsubj" && a < 0 && k < v:
			a = k
		case w.bdep(k) == "nsubj" && k < v:
			b = k
		case (w.bdep(k) == "ccomp" || w.bdep(k) == "parataxis") && k < v && w.t[k].UPOS == "VERB":
			c = k
		}
	}
	if a < 0 || b < 0 || c < 0 || !(a < c && c < b) || !w.afterComma(b) || w.child(c, "nsubj", "nsubj:pass", "expl", "mark") >= 0 || !w.isNominal(a) || w.isPron(a) && w.lower(a) == "that" {
		return 0, 0, false
	}
	switch w.t[c].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		if w.child(c, "aux", "aux:pass") < 0 {
			return 0, 0, false
		}
	}
	if w.lastOf(a) >= w.firstOf(c) {
		return 0, 0, false
	}
	return a, c, true
}

// objectOnSpeaker reports a noun k hung as a modifier on the subject of a
// verb of saying v across the comma that sets that subject off, right
// after the clause c that v reports, c with no object ("had fled Varn,
// police said" with "Varn" a compound of "police"): k is c's object.
func (w *walker) objectOnSpeaker(v int) (k, c int, ok bool) {
	if w.t[v].UPOS != "VERB" || !lexicon.Speech(w.lemma(v)) {
		return 0, 0, false
	}
	b := w.child(v, "nsubj")
	if b < 0 || b > v {
		return 0, 0, false
	}
	c = -1
	for _, x := range w.kids[v] {
		if x < b && w.bdep(x) == "ccomp" && w.t[x].UPOS == "VERB" {
			c = x
		}
	}
	if c < 0 || w.child(c, "obj", "ccomp", "xcomp") >= 0 {
		return 0, 0, false
	}
	for _, x := range w.kids[b] {
		if x < b && (w.bdep(x) == "compound" || w.bdep(x) == "nmod") && (w.t[x].UPOS == "PROPN" || w.t[x].UPOS == "NOUN") &&
			w.firstOf(x) == w.lastOf(c)+1 && w.lastOf(x)+1 < b && w.t[w.lastOf(x)+1].Text == "," {
			return x, c, true
		}
	}
	return 0, 0, false
}

// reportedClauseInside reports a verb of saying or thinking v with no
// clause of its own whose reported clause c the parse hung inside its
// object o, after a phrase set off by commas (c a participle with an
// object of its own, "said the gunman, a man in his 40s, fired ten
// shots", or a subjectless relative opening with a finite auxiliary,
// "said the council, in a rare move, would raise taxes": o is c's
// subject), or as a relative clause with a subject of its own on an
// oblique of v ("said in a statement the plant would close": o is -1).
// c closes the sentence.
func (w *walker) reportedClauseInside(v int) (c, o int, ok bool) {
	if w.t[v].UPOS != "VERB" || !lexicon.Reporting(w.lemma(v)) || w.child(v, "ccomp", "xcomp") >= 0 {
		return 0, 0, false
	}
	last := len(w.t) - 1
	for last > 0 && w.t[last].UPOS == "PUNCT" {
		last--
	}
	finiteAux := func(k int) bool {
		x := w.child(k, "aux", "aux:pass", "cop")
		if x < 0 || x > k || x != w.firstOf(k) && !(w.t[w.firstOf(k)].UPOS == "PUNCT" && x == w.firstOf(k)+1) {
			return false
		}
		switch w.t[x].XPOS {
		case "VBZ", "VBD", "VBP", "MD":
			return true
		}
		return false
	}
	if o = w.child(v, "obj"); o > v && w.isNominal(o) && !w.isPron(o) {
		for _, k := range w.walk(nil, o, nil) {
			if k <= o || w.t[k].UPOS != "VERB" || w.lastOf(k) < last || !w.afterComma(k) || w.child(k, "nsubj", "nsubj:pass", "mark", "cc", "expl") >= 0 {
				continue
			}
			for _, x := range w.kids[k] {
				if w.isRelPron(x) || w.isWhPron(x) {
					return 0, 0, false
				}
			}
			switch {
			case w.bdep(k) == "acl" && w.head(k) == o && (w.t[k].XPOS == "VBN" || w.t[k].XPOS == "VBD") && w.child(k, "obj") > k && w.child(k, "aux", "aux:pass") < 0:
				return k, o, true
			case (w.dep(k) == "acl:relcl" || w.bdep(k) == "acl") && finiteAux(k):
				return k, o, true
			}
		}
	}
	for _, x := range w.kids[v] {
		if x < v || w.bdep(x) != "obl" || len(w.caseOf(x)) != 1 || !reportMedia[w.lemma(x)] {
			// "told her about a stain I had": a relative with no
			// pronoun on an oblique is its own but after the medium a
			// report was made in
			continue
		}
		for _, k := range w.kids[x] {
			if k < x || w.dep(k) != "acl:relcl" || w.lastOf(k) < last {
				continue
			}
			sub := w.child(k, "nsubj", "nsubj:pass")
			if sub < 0 || w.isRelPron(sub) || w.isWhPron(sub) || w.lower(w.firstOf(k)) == "that" || w.firstOf(sub) != w.firstOf(k) {
				continue
			}
			switch w.t[k].XPOS {
			case "VBZ", "VBD", "VBP":
				return k, -1, true
			}
			if finiteAux(k) || w.child(k, "aux", "aux:pass") >= 0 && w.t[w.child(k, "aux", "aux:pass")].XPOS == "MD" {
				return k, -1, true
			}
		}
	}
	return 0, 0, false
}

// reportMedia are what a report is made in ("said in a statement").
var reportMedia = set("statement", "interview", "letter", "report", "release", "conference", "briefing", "email",
	"e-mail", "post", "speech", "filing", "message", "note", "video", "broadcast", "tweet", "memo", "announcement",
	"newsletter", "blog", "address", "testimony", "hearing", "court", "document", "affidavit", "podcast", "call")

// coordinatedSubjectAsObject reports a verb of saying or thinking v whose
// object o has as conjunct a finite clause c, with a subject s of its own
// right after the conjunction ("said the council and the board would raise
// taxes"): o and s are c's subjects, and c what v reports.
func (w *walker) coordinatedSubjectAsObject(v int) (c, o, s int, ok bool) {
	if w.t[v].UPOS != "VERB" || !lexicon.Reporting(w.lemma(v)) {
		return 0, 0, 0, false
	}
	o = w.child(v, "obj")
	if o < 0 || o < v || (w.t[o].UPOS != "NOUN" && w.t[o].UPOS != "PROPN") {
		return 0, 0, 0, false
	}
	for _, k := range w.kids[o] {
		if k > o && w.dep(k) == "conj" && w.t[k].UPOS == "VERB" && w.child(k, "aux", "aux:pass") >= 0 {
			c = k
			break
		}
	}
	if c == 0 {
		return 0, 0, 0, false
	}
	s = w.child(c, "nsubj", "nsubj:pass")
	cc := w.child(c, "cc")
	if s < 0 || cc < 0 || cc > s || cc < o || w.lower(cc) != "and" || w.firstOf(s) != cc+1 || w.isPron(s) || !w.isNominal(s) {
		return 0, 0, 0, false
	}
	for k := o + 1; k < cc; k++ {
		if !w.under(k, o) || w.under(k, c) {
			return 0, 0, 0, false
		}
	}
	return c, o, s, true
}

// participleAfterNoun reports a past participle p right after a noun n
// (adverbs aside: "already", "not") that the parse hung on a verb as a
// conjunct with no conjunction, or as an adverbial clause when n stands in
// apposition ("..., a level not seen since 2023"), and returns n.
func (w *walker) participleAfterNoun(p int) (int, bool) {
	h := w.head(p)
	if h < 0 || h > p || w.t[p].XPOS != "VBN" || w.t[h].UPOS != "VERB" {
		return -1, false
	}
	if w.child(p, "nsubj", "nsubj:pass", "aux", "aux:pass", "cc", "mark", "cop") >= 0 {
		return -1, false
	}
	n := p - 1
	for n > h && w.t[n].UPOS == "ADV" || n > h && w.t[n].UPOS == "PART" {
		n--
	}
	if n <= h || (w.t[n].UPOS != "NOUN" && w.t[n].UPOS != "PROPN") {
		return -1, false
	}
	// n ends its own phrase, the head of which is taken
	for k := 0; k < 4 && w.head(n) > h && w.lastOf(w.head(n)) == n; k++ {
		switch w.bdep(n) {
		case "compound", "flat":
			n = w.head(n)
			continue
		}
		break
	}
	switch w.dep(p) {
	case "conj":
		return n, true
	case "advcl":
		if w.bdep(n) == "appos" {
			return n, true
		}
	}
	return -1, false
}

// possessorOfVerb reports a possessor i ("Landlords'") the parse hung on
// a verb, and returns the noun right after its possessive marker that it
// belongs to.
func (w *walker) possessorOfVerb(i int) (int, bool) {
	v := w.head(i)
	if w.dep(i) != "nmod:poss" || v < 0 || w.t[v].UPOS != "VERB" {
		return -1, false
	}
	for n := i + 1; n < len(w.t) && n <= i+3; n++ {
		switch w.t[n].UPOS {
		case "NOUN", "PROPN":
			return n, true
		case "PART", "ADJ", "DET":
			continue
		}
		break
	}
	return -1, false
}

// dayOfSubject reports a time word d ("on Tuesday", "in March") hung on
// the subject of the verb v that follows it right away: d is v's.
func (w *walker) dayOfSubject(d int) (int, bool) {
	n := w.head(d)
	if n < 0 || w.bdep(d) != "nmod" || !lexicon.TimeWord(w.t[d].Text) || w.bdep(n) != "nsubj" {
		return -1, false
	}
	v := w.head(n)
	if v < 0 || v != w.lastOf(d)+1 || w.t[v].UPOS != "VERB" {
		return -1, false
	}
	cs := w.caseOf(d)
	if len(cs) != 1 || (w.lower(cs[0]) != "on" && w.lower(cs[0]) != "in") {
		return -1, false
	}
	return v, true
}

// parentheticalReport reports a verb of saying v set off by commas with its
// subject between a noun phrase n and a predicate c that has no subject of
// its own ("The plan, the minister said, would cost ...", "This 'switch',
// he said, would happen ..."), parsed with the report as the sentence's
// verb or as a clause on n.
func (w *walker) parentheticalReport() (v, n, c int, ok bool) {
	for v = 2; v+2 < len(w.t); v++ {
		if w.t[v].UPOS != "VERB" || !lexicon.Reporting(w.lemma(v)) || w.t[v+1].Text != "," {
			// "The fire, officials believe, was started ..." as well
			// as "..., the minister said, ..."
			continue
		}
		subj := -1
		for _, k := range w.kids[v] {
			if w.dep(k) == "nsubj" && k < v && w.lastOf(k) == v-1 {
				subj = k
			}
		}
		if subj < 0 {
			continue
		}
		k1 := w.firstOf(subj) - 1
		if k1 < 1 || w.t[k1].Text != "," {
			continue
		}
		// the noun phrase before the first comma (past a closing quote)
		e := k1 - 1
		for e > 0 && w.t[e].UPOS == "PUNCT" {
			e--
		}
		n = e
		for d := 0; d < 6; d++ {
			h := w.head(n)
			if h < 0 || h > k1 || w.lastOf(h) < e || w.lastOf(h) > k1 {
				break
			}
			n = h
		}
		if w.t[n].UPOS != "NOUN" && w.t[n].UPOS != "PROPN" && w.t[n].UPOS != "PRON" {
			continue
		}
		// the predicate after the second comma, past its auxiliaries
		c = v + 2
		for c < len(w.t) && (w.t[c].UPOS == "AUX" || w.t[c].UPOS == "ADV" || w.t[c].UPOS == "PART") {
			c++
		}
		if c >= len(w.t) || w.t[c].UPOS != "VERB" || w.child(c, "nsubj", "nsubj:pass", "mark") >= 0 {
			continue
		}
		if w.child(v, "ccomp") >= 0 && w.child(v, "ccomp") != c {
			continue
		}
		return v, n, c, true
	}
	return 0, 0, 0, false
}

// lastSubject reports a verb of saying v with several subjects, the last
// of which ends right before it, and returns that one.
func (w *walker) lastSubject(v int) (int, bool) {
	if w.t[v].UPOS != "VERB" || !lexicon.Speech(w.lemma(v)) {
		return -1, false
	}
	last, n := -1, 0
	for _, k := range w.kids[v] {
		if w.dep(k) == "nsubj" && k < v {
			n++
			if w.lastOf(k) == v-1 {
				last = k
			}
		}
	}
	if last >= 0 && w.child(last, "cc") >= 0 {
		return -1, false // "Neither the port nor the council answered": two subjects
	}
	return last, n >= 2 && last >= 0
}

// finalReport reports a verb of saying v that ends the sentence after a
// comma with its subject ("..., health officials said.", "..., analysts
// warn.") but hangs inside the clause before it as a conjunct or an
// adverbial or open clause, with nothing said of its own (as a
// parenthetical it is read well), and returns v and the
// root r, the clause that is what was said. When the parse hung the
// speaker's phrase on that clause, subj is the phrase's head (else -1).
func (w *walker) finalReport() (v, r, subj int, ok bool) {
	r = w.rootToken()
	n := len(w.t)
	for n > 0 && w.t[n-1].UPOS == "PUNCT" {
		n--
	}
	// the last verb, whose phrase ends the sentence ("..., the institute
	// said on Monday.")
	v = -1
	for k := n - 1; k > r && k >= 0; k-- {
		if w.t[k].UPOS == "VERB" {
			v = k
			break
		}
	}
	if r < 0 || v <= r || w.lastOf(v) < n-1 {
		return 0, 0, -1, false
	}
	switch w.dep(v) {
	case "conj", "advcl", "xcomp":
	case "ccomp":
		// "Profit fell to $2 million, the company said in a
		// statement" with the report read as what profit did: only
		// a verb of reporting takes a clause there
		if w.head(v) != r || lexicon.Reporting(w.lemma(r)) || thatVerbs[w.lemma(r)] {
			return 0, 0, -1, false
		}
	default:
		return 0, 0, -1, false
	}
	if w.t[v].UPOS != "VERB" || !lexicon.Speech(w.lemma(v)) || !w.under(v, r) {
		return 0, 0, -1, false
	}
	if subj = w.child(v, "nsubj"); subj >= 0 {
		if w.lastOf(subj) != v-1 {
			return 0, 0, -1, false
		}
		subj = -1 // hung right: only the report moves
	} else if subj = w.speakerOnClause(v, r); subj < 0 {
		return 0, 0, -1, false
	}
	if s := w.speakerPhrase(v); s < 0 || w.firstOf(s) < 1 {
		return 0, 0, -1, false
	}
	if f := w.firstOf(w.speakerPhrase(v)); w.t[f].Text != "," && w.t[f-1].Text != "," {
		return 0, 0, -1, false
	}
	for _, k := range w.kids[v] {
		switch w.bdep(k) {
		case "obj":
			if w.lemma(v) == "tell" && k > v && (w.t[k].UPOS == "NOUN" || w.t[k].UPOS == "PROPN") {
				continue // "..., she told reporters": whom she told
			}
			return 0, 0, -1, false
		case "ccomp", "cc", "xcomp", "parataxis":
			return 0, 0, -1, false
		}
	}
	if opensQuote(w.t[0].Text) {
		return 0, 0, -1, false // quotes have repairs of their own
	}
	return v, r, subj, true
}

// speakerPhrase returns the subject of the verb of saying v that ends a
// sentence, or -1; see finalReport.
func (w *walker) speakerPhrase(v int) int {
	if s := w.child(v, "nsubj"); s >= 0 {
		return s
	}
	return w.speakerOnClause(v, w.rootToken())
}

// speakerOnClause returns the head of a noun phrase that ends right before
// a verb of saying v with no subject (past a comma) and that the parse hung
// on the clause r before it ("..., its chief executive, Dana Roth, told
// reporters"), or -1.
func (w *walker) speakerOnClause(v, r int) int {
	e := v - 1
	for e > 0 && w.t[e].Text == "," {
		e--
	}
	if e <= 0 || w.t[e].UPOS == "PUNCT" {
		return -1
	}
	h := e
	for d := 0; d < 8; d++ {
		p := w.head(h)
		if p < 0 || p == r || p == v || p > v || !w.under(p, r) || w.lastOf(p) >= v {
			break
		}
		h = p
	}
	if w.head(h) != r && w.head(h) != v {
		return -1
	}
	switch w.t[h].UPOS {
	case "NOUN", "PROPN", "PRON":
	default:
		return -1
	}
	if w.lastOf(h) >= v || w.bdep(h) == "nsubj" {
		return -1
	}
	return h
}

// opensQuote reports a double quotation mark that can open a quote.
func opensQuote(t string) bool { return t == "\"" || t == "“" || t == "``" }

// timeWordSubject reports a finite verb v whose subject is a time word
// ("overnight", "yesterday") with, right after it, a noun phrase n opened
// by a subordinator c ("rose to nine overnight after a driver died" with
// "overnight after a driver" the subject of "died"); it returns the time
// word, n and c.
func (w *walker) timeWordSubject(v int) (sub, n, c int, ok bool) {
	sub = w.child(v, "nsubj")
	if sub < 0 || sub > v || w.t[v].UPOS != "VERB" || !lexicon.TimeWord(w.t[sub].Text) {
		return 0, 0, 0, false
	}
	for _, k := range w.kids[sub] {
		if k <= sub || w.bdep(k) != "nmod" {
			continue
		}
		cs := w.caseOf(k)
		if len(cs) == 1 && subordinators[w.lower(cs[0])] && cs[0] == sub+1 && w.lastOf(k) < v {
			return sub, k, cs[0], true
		}
	}
	return 0, 0, 0, false
}

// betweenPair reports a noun x after "between" whose pair the parse broke
// off: the "and" after x's phrase is read as a conjunction of a verb v and
// the noun s after it as v's subject, while x's phrase hangs on v's other
// subject or on a noun v is coordinated with ("Flights between Sydney and
// the island were suspended", "The border between Chad and Sudan was
// closed"). It returns s, the conjunction c and v.
func (w *walker) betweenPair(x int) (s, c, v int, ok bool) {
	cs := w.caseOf(x)
	n := w.head(x)
	if len(cs) != 1 || w.lower(cs[0]) != "between" || n < 0 || w.bdep(x) != "nmod" || !w.isNominal(n) {
		return 0, 0, 0, false
	}
	for _, k := range w.kids[x] {
		if w.dep(k) == "conj" {
			return 0, 0, 0, false
		}
	}
	c = w.lastOf(x) + 1
	if c >= len(w.t) || w.bdep(c) != "cc" || w.lower(c) != "and" {
		return 0, 0, 0, false
	}
	v = w.head(c)
	if v < 0 || v < c || w.t[v].UPOS != "VERB" {
		return 0, 0, 0, false
	}
	s = w.child(v, "nsubj", "nsubj:pass")
	for _, k := range w.kids[v] {
		if (w.bdep(k) == "nsubj") && k > c && k < v {
			s = k
		}
	}
	if s < 0 || s < c || w.firstOf(s) != c+1 {
		return 0, 0, 0, false
	}
	if !(w.head(v) == n && w.dep(v) == "conj") && !(w.head(n) == v && w.bdep(n) == "nsubj") {
		return 0, 0, 0, false
	}
	return s, c, v, true
}

// relativeAsComplement reports a clause c hung on the predicate after it
// as its complement or a parenthetical though it opens, after a comma, with
// "who" or "which" as its subject, right after a noun phrase n ("X, who
// led the campaign, said ..."): c is a relative clause on n.
func (w *walker) relativeAsComplement(c int) (int, bool) {
	switch w.dep(c) {
	case "ccomp", "parataxis", "advcl":
	default:
		return -1, false
	}
	if w.head(c) < c {
		// only a clause between a subject and its verb ("X, who ...,
		// said"): one after the verb is read well enough as it is
		return -1, false
	}
	r := w.child(c, "nsubj", "nsubj:pass")
	if r < 0 || (w.lower(r) != "who" && w.lower(r) != "which") || r != w.firstOf(c)+1 || w.t[r-1].Text != "," || r < 2 {
		return -1, false
	}
	// the noun phrase ending right before the comma: climb from its last
	// word while the head's phrase ends there too
	n := r - 2
	for k := 0; k < 8; k++ {
		h := w.head(n)
		if h < 0 || h == c || w.lastOf(h) != r-2 || w.dep(n) == "appos" {
			break // "Vineyard owner Clara Diaz, who ...": the name in apposition
		}
		n = h
	}
	if w.t[n].UPOS != "PROPN" && w.t[n].UPOS != "NOUN" {
		return -1, false
	}
	return n, true
}

// subordinateAsPhrase reports a finite verb v read as a conjunct of an
// earlier predicate with no subject and no conjunction of its own, right
// after an oblique noun phrase of that predicate that opens with a
// subordinator ("fell as producers in the north sold stock"): the noun n
// is v's subject and the subordinator c its mark.
func (w *walker) subordinateAsPhrase(v int) (n, c int, ok bool) {
	p := w.head(v)
	if p < 0 || w.t[v].UPOS != "VERB" {
		return 0, 0, false
	}
	switch w.dep(v) {
	case "conj":
		if p > v {
			return 0, 0, false
		}
	case "ccomp", "advcl", "parataxis":
		// "have shaken the region since an earthquake hit it, the
		// institute said" with "hit" what the institute said: the
		// oblique before it is found wherever it hangs
		if v == 0 {
			return 0, 0, false
		}
		p = -1
		for k, d := v-1, 0; k >= 0 && d < len(w.t); k, d = w.head(k), d+1 {
			if w.lastOf(k) != v-1 {
				break
			}
			if w.bdep(k) == "obl" {
				p = w.head(k)
				break
			}
		}
		if p < 0 {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	switch w.t[v].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return 0, 0, false
	}
	for _, k := range w.kids[v] {
		switch w.bdep(k) {
		case "nsubj", "cc", "expl":
			return 0, 0, false
		}
		if k < v && w.t[k].UPOS == "PUNCT" {
			return 0, 0, false
		}
	}
	n = -1
	for _, k := range w.kids[p] {
		if k < v && w.bdep(k) == "obl" && w.lastOf(k) == v-1 {
			n = k
		}
	}
	if n < 0 || (w.t[n].UPOS != "NOUN" && w.t[n].UPOS != "PROPN" && w.t[n].UPOS != "PRON") {
		return 0, 0, false
	}
	cs := w.caseOf(n)
	if len(cs) != 1 || !subordinators[w.lower(cs[0])] || cs[0] != w.firstOf(n) {
		return 0, 0, false
	}
	return n, cs[0], true
}

// capitalized reports a word written with a capital inside the sentence,
// a name.
func (w *walker) capitalized(i int) bool {
	if i == 0 || w.t[i].Text == "" {
		return false
	}
	c := w.t[i].Text[0]
	return c >= 'A' && c <= 'Z'
}

// relativeOnTime reports a relative clause c ("that killed six people")
// right after a year that ends a phrase right after a noun ("a quake in
// 2014 that ..."), hung on the year, and returns that noun: a year does
// nothing, the thing it dates does. Other time words may head a relative
// ("the quarter, which ended in June").
func (w *walker) relativeOnTime(c int) (int, bool) {
	h := w.head(c)
	if h < 0 || w.dep(c) != "acl:relcl" || h > c || !w.isYear(h) || w.firstOf(c) != h+1 {
		return 0, false
	}
	n := w.firstOf(h) - 1
	if n < 0 || (w.t[n].UPOS != "NOUN" && w.t[n].UPOS != "PROPN") || lexicon.TimeWord(w.t[n].Text) || w.isYear(n) {
		return 0, false
	}
	if rp := w.child(c, "nsubj", "nsubj:pass"); rp < 0 || !w.isRelPron(rp) || w.lower(rp) == "when" {
		return 0, false
	}
	return n, true
}

// isYear reports a number that reads as a year (1000 to 2999).
func (w *walker) isYear(i int) bool {
	t := w.t[i].Text
	return w.t[i].UPOS == "NUM" && len(t) == 4 && (t[0] == '1' || t[0] == '2') && strings.Trim(t, "0123456789") == ""
}

// relativeOnName reports a restrictive relative clause c ("that ...", no
// comma) hung on a name inside the prepositional phrase of a common noun
// before it ("a device similar to Acme's Base Station that supports
// video", "a deal with Arsenal that runs until 2030"), and returns that
// noun: a name needs no restricting, so the clause restricts the noun.
func (w *walker) relativeOnName(c int) (int, bool) {
	n := w.head(c)
	if n < 0 || w.dep(c) != "acl:relcl" || c < n || !w.capitalized(n) || (w.t[n].UPOS != "PROPN" && w.t[n].UPOS != "NOUN") {
		return -1, false
	}
	that := w.child(c, "nsubj", "obj", "nsubj:pass")
	if that < 0 || w.lower(that) != "that" || that != n+1 {
		return -1, false
	}
	if len(w.caseOf(n)) == 0 {
		return -1, false
	}
	f := w.firstOf(n)
	// the common noun whose phrase the name's preposition continues: n's
	// head, or a noun of the same head whose modifiers reach n
	for m := f - 1; m >= 0 && m >= f-6; m-- {
		if w.t[m].UPOS != "NOUN" || w.capitalized(m) {
			continue
		}
		if h := w.head(n); h == m || (w.head(h) == m && w.bdep(h) == "amod") {
			return m, true
		}
		if w.head(m) == w.head(n) && (w.bdep(m) == "obj" || w.bdep(m) == "obl" || w.bdep(m) == "nsubj") && w.lastOf(m) >= f-2 {
			for k := w.lastOf(m) + 1; k < f; k++ {
				if !w.under(k, n) {
					return -1, false
				}
			}
			return m, true
		}
		return -1, false
	}
	return -1, false
}

// givesName holds the verbs that give a name: a participle of them after a comma names a
// thing that had none.
var givesName = map[string]bool{
	"dub": true, "call": true, "name": true, "nickname": true, "codename": true, "brand": true,
	"title": true, "label": true, "christen": true,
}

// namingOnName reports a naming participle v after a comma hung on a
// name in an oblique of its clause ("tools will be added in Acme OS 9,
// dubbed Spaces and Dock"), and returns the clause's object or subject,
// a common noun before the name: a name is not named again, the thing
// the clause is about is.
func (w *walker) namingOnName(v int) (int, bool) {
	n := w.head(v)
	if n < 0 || v < 2 || w.t[v-1].Text != "," || w.t[v].XPOS != "VBN" || !givesName[w.lemma(v)] {
		return -1, false
	}
	if w.dep(v) != "acl" && w.dep(v) != "conj" {
		return -1, false
	}
	if w.child(v, "cc", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark") >= 0 || !w.capitalized(n) || w.t[n].UPOS != "PROPN" {
		return -1, false
	}
	// the predicate of the clause the name is in
	h := w.head(n)
	for d := 0; h >= 0 && d < 6 && w.t[h].UPOS != "VERB"; d++ {
		h = w.head(h)
	}
	if h < 0 || w.t[h].UPOS != "VERB" || h > n {
		return -1, false
	}
	m := w.child(h, "obj")
	if m < 0 {
		m = w.child(h, "nsubj:pass", "nsubj")
	}
	if m < 0 || m > n || w.t[m].UPOS != "NOUN" || w.under(n, m) {
		return -1, false
	}
	return m, true
}

// participleBeforeNoun reports a participle v read as a verb inside a
// prepositional noun phrase: a noun p with a determiner and a
// preposition right before it, a noun o right after it that is its object
// (or a verb it is the auxiliary of), and no subject, auxiliary or
// conjunction of its own ("in the case of a future armed attack by X").
// It returns p and o: v is an adjective of o, the phrase's head.
func (w *walker) participleBeforeNoun(v int) (p, o int, ok bool) {
	if v < 1 || v+1 >= len(w.t) || (w.t[v].XPOS != "VBN" && w.t[v].XPOS != "VBD") {
		return -1, -1, false
	}
	p, o = v-1, v+1
	if w.t[p].UPOS != "NOUN" && w.t[p].UPOS != "ADJ" || w.head(p) == v || w.head(v) == p {
		return -1, -1, false
	}
	det, prep := false, false
	for _, k := range w.kids[p] {
		if k < p && w.bdep(k) == "det" {
			det = true
		}
		if k < p && w.bdep(k) == "case" {
			prep = true
		}
	}
	if !det || !prep {
		return -1, -1, false
	}
	switch {
	case w.head(o) == v && w.dep(o) == "obj" && w.t[o].UPOS == "NOUN":
		if w.child(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "cc", "mark") >= 0 {
			return -1, -1, false
		}
	case w.head(v) == o && w.bdep(v) == "aux" && w.t[o].XPOS == "VBN":
		if w.child(o, "nsubj", "nsubj:pass", "cc", "mark", "obj") >= 0 || len(w.kids[v]) > 0 {
			return -1, -1, false
		}
		for _, k := range w.kids[o] {
			if w.bdep(k) == "aux" && k != v {
				return -1, -1, false
			}
		}
	default:
		return -1, -1, false
	}
	return p, o, true
}

// rebuildKids recomputes the children lists after heads changed.
func (w *walker) rebuildKids() {
	for i := range w.kids {
		w.kids[i] = w.kids[i][:0]
	}
	for i, t := range w.t {
		if h := t.Head; h >= 0 && h < len(w.t) && h != i {
			w.kids[h] = append(w.kids[h], i)
		}
	}
}

// objectPredicateVerbs take an object and a participle describing it
// ("had the roof repaired", "found the house destroyed", "kept the door
// locked"): after them a participle is the verb's complement.
var objectPredicateVerbs = map[string]bool{
	"have": true, "get": true, "keep": true, "leave": true, "find": true, "see": true, "want": true,
	"need": true, "make": true, "consider": true, "declare": true, "hear": true, "watch": true,
	"like": true, "prefer": true, "feel": true, "report": true, "list": true, "render": true, "deem": true,
	"order": true, "become": true, "seem": true, "remain": true, "look": true, "appear": true, "stay": true, "go": true, "come": true,
}

// subjectParticiples describe the subject of the clause they follow, not
// the noun before them ("left the hall accompanied by guards", "read the
// verdict stunned by it").
var subjectParticiples = map[string]bool{
	"accompany": true, "escort": true, "flank": true, "follow": true, "surround": true, "guard": true,
	"anger": true, "frustrate": true, "disappoint": true, "stun": true, "shock": true, "surprise": true,
	"please": true, "delight": true, "worry": true, "upset": true, "encourage": true, "impress": true,
	"alarm": true, "embarrass": true, "annoy": true, "horrify": true, "outrage": true, "move": true,
	"inspire": true, "motivate": true, "exhaust": true, "tire": true, "trouble": true, "hit": true,
	"chase": true, "pursue": true, "cheer": true, "applaud": true, "greet": true, "welcome": true,
}

// participleOfNoun reports a past participle v parsed as the open
// complement of a verb (or, with an agent and right after the noun, its
// adverbial clause) although it follows that verb's object or oblique
// noun, and returns the noun: "backs rules intended to deter attacks",
// "stands behind a plan designed to ...", "moved money into accounts
// controlled by his brother". The participle has no subject
// and no mark of its own, and the verb is not one that takes an object
// and its predicate ("had the car repaired").
func (w *walker) participleOfNoun(v int) (int, bool) {
	h := w.head(v)
	if h < 0 || w.t[v].XPOS != "VBN" || w.t[h].UPOS != "VERB" || v < h || objectPredicateVerbs[w.lemma(h)] {
		return -1, false
	}
	switch w.dep(v) {
	case "xcomp":
	case "advcl":
		// "moved the money into accounts controlled by his brother":
		// an agent, right after the noun, unless the participle tells
		// how the subject was ("left the hall accompanied by guards")
		if w.child(v, "obl:agent") < 0 || w.t[v-1].UPOS == "PUNCT" || subjectParticiples[w.lemma(v)] {
			return -1, false
		}
	default:
		return -1, false
	}
	for _, k := range w.kids[v] {
		switch w.bdep(k) {
		case "nsubj", "mark", "aux", "cop", "expl":
			return -1, false
		}
	}
	// the word before the participle, past quotes and commas, ends the
	// verb's object or oblique
	p := v - 1
	for p > h && w.t[p].UPOS == "PUNCT" {
		p--
	}
	if p <= h {
		return -1, false
	}
	for _, k := range w.kids[h] {
		if k <= h || k >= v {
			continue
		}
		switch w.bdep(k) {
		case "obj", "obl":
		default:
			continue
		}
		if w.t[k].UPOS != "NOUN" && w.t[k].UPOS != "PROPN" {
			continue
		}
		if last := w.lastOf(k); last == p || (last < v && last >= p) {
			return k, true
		}
	}
	return -1, false
}

// lastOf returns the last token of the subtree of i.
func (w *walker) lastOf(i int) int {
	last := i
	for _, j := range w.walk(nil, i, nil) {
		if j > last {
			last = j
		}
	}
	return last
}

// infinitiveOfSubject reports a clause head v that has a "that" mark, a
// subject and then a "to" mark of its own ("that the plan to end the war
// is complete", parsed with "end" as the clause's head): the infinitive
// modifies the subject noun, and the clause's predicate is a later
// dependent of v with a copula or a finite verb. It returns the subject
// and that predicate.
func (w *walker) infinitiveOfSubject(v int) (subj, pred int, ok bool) {
	if w.t[v].UPOS != "VERB" || !w.hasMark(v, "that") {
		return -1, -1, false
	}
	to := -1
	subj = -1
	for _, k := range w.kids[v] {
		switch {
		case w.bdep(k) == "mark" && w.lower(k) == "to":
			to = k
		case w.bdep(k) == "nsubj" && k < v:
			subj = k
		}
	}
	if to < 0 || subj < 0 || subj > to || (w.t[subj].UPOS != "NOUN" && w.t[subj].UPOS != "PROPN") {
		return -1, -1, false
	}
	for _, k := range w.kids[v] {
		if k < v {
			continue
		}
		switch w.bdep(k) {
		case "xcomp", "ccomp", "conj", "parataxis", "advcl":
		default:
			continue
		}
		if w.child(k, "cop") >= 0 && w.child(k, "nsubj") < 0 {
			return subj, k, true
		}
		if x := w.child(k, "aux"); x >= 0 && w.child(k, "nsubj") < 0 && w.t[x].XPOS != "TO" {
			return subj, k, true
		}
		switch w.t[k].XPOS {
		case "VBZ", "VBD", "VBP":
			if w.child(k, "nsubj") < 0 {
				return subj, k, true
			}
		}
	}
	return -1, -1, false
}

// appositionSubject reports a finite verb v whose subject is missing or
// misread, right after an apposition that follows an earlier word ("X,
// which broke the story about Y, a person close to Z, claimed that ..."):
// the apposition is the verb's subject, not a description of the noun
// before it. The verb is either a conjunct with no conjunction and no
// subject of its own, or its subject is a noun with a preposition
// ("according to X, ..."), which no subject has. It returns the
// apposition and the misread subject (-1 if none).
func (w *walker) appositionSubject(v int) (a, pp int, ok bool) {
	h := w.head(v)
	switch w.t[v].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return -1, -1, false
	}
	if w.t[v].UPOS != "VERB" {
		return -1, -1, false
	}
	pp = -1
	for _, k := range w.kids[v] {
		switch w.bdep(k) {
		case "nsubj":
			if k < v && len(w.caseOf(k)) > 0 {
				pp = k
				continue
			}
			return -1, -1, false
		case "cc", "csubj", "expl", "aux":
			return -1, -1, false
		}
	}
	from := pp
	if pp < 0 {
		if h < 0 || w.dep(v) != "conj" || h > v {
			return -1, -1, false
		}
		from = h
	}
	// the nearest apposition after from whose noun phrase, with the
	// modifiers of its host after it, reaches v
	for a = v - 1; a > from; a-- {
		if w.dep(a) != "appos" || !w.isNominal(a) || w.t[a].UPOS == "PRON" {
			continue
		}
		host := w.head(a)
		if host < from || host > a {
			return -1, -1, false
		}
		for k := a + 1; k < v; k++ {
			if !w.under(k, a) && !w.under(k, host) {
				return -1, -1, false
			}
			if w.t[k].UPOS == "VERB" || w.t[k].UPOS == "AUX" {
				return -1, -1, false
			}
		}
		if f := w.firstOf(a); w.t[f].Text != "," && (f == 0 || w.t[f-1].Text != ",") {
			return -1, -1, false
		}
		return a, pp, true
	}
	return -1, -1, false
}

// firstOf returns the first token of the subtree of i.
func (w *walker) firstOf(i int) int {
	first := i
	w.firstBuf = w.walk(w.firstBuf[:0], i, nil)
	for _, j := range w.firstBuf {
		if j < first {
			first = j
		}
	}
	return first
}

// under reports whether token k lies in the subtree of a.
func (w *walker) under(k, a int) bool {
	for i, d := k, 0; i >= 0 && d < 64; i, d = w.head(i), d+1 {
		if i == a {
			return true
		}
	}
	return false
}

// thatVerbs take a "that"-clause besides the verbs of saying and thinking
// of the lexicon.
var thatVerbs = map[string]bool{
	"show": true, "ensure": true, "mean": true, "find": true, "prove": true, "agree": true, "decide": true,
	"hope": true, "fear": true, "expect": true, "learn": true, "realize": true, "realise": true, "notice": true,
	"demand": true, "require": true, "recommend": true, "discover": true, "determine": true, "know": true,
	"feel": true, "assume": true, "guarantee": true, "rule": true, "order": true, "propose": true,
	"request": true, "wish": true, "doubt": true, "remember": true, "forget": true, "inform": true,
	"convince": true, "persuade": true, "remind": true, "notify": true, "make": true, "see": true,
	"hear": true, "read": true, "check": true, "estimate": true, "reckon": true, "guess": true,
	"imagine": true, "suppose": true, "suspect": true, "worry": true, "complain": true, "grant": true,
	"accept": true, "recognize": true, "recognise": true, "understand": true, "seem": true, "appear": true,
	"emerge": true, "provide": true, "stipulate": true, "urge": true, "teach": true,
	"bet": true, "charge": true, "accuse": true, "threaten": true, "verify": true, "demonstrate": true,
	"imply": true, "hint": true, "calculate": true, "conclude": true, "judge": true, "decree": true,
	"complete": false,
}

// relativeThat reports a "that"-clause c attached as the complement of a
// verb that takes none, right after a noun of that verb's object or
// oblique ("sold in the weeks that it was available"), and returns the
// noun: the clause is a relative clause on it.
func (w *walker) relativeThat(c int) (int, bool) {
	h := w.head(c)
	if h < 0 || w.bdep(c) != "ccomp" || w.t[h].UPOS != "VERB" || c < h {
		return -1, false
	}
	l := w.lemma(h)
	if lexicon.Verb(l) != lexicon.NotReporting || thatVerbs[l] {
		return -1, false
	}
	that := -1
	for _, k := range w.kids[c] {
		if w.bdep(k) == "mark" && w.lower(k) == "that" {
			that = k
		}
	}
	if that < 1 {
		return -1, false
	}
	n := that - 1
	if w.t[n].UPOS != "NOUN" {
		return -1, false
	}
	for i, d := n, 0; i >= 0 && d < 8; i, d = w.head(i), d+1 {
		if w.head(i) == h {
			switch w.bdep(i) {
			case "obj", "obl":
				return n, true
			case "nsubj":
				// "there were N tickets sold in the days that ..."
				if w.child(h, "expl") >= 0 {
					return n, true
				}
			}
			return -1, false
		}
	}
	return -1, false
}

// thatClause reports a "that" right after a verb that takes a "that"
// clause, or after a noun that states a content ("claims that ..."), parsed as the verb's modifier or object with a clause that has
// a subject of its own hung on it ("alleged that the firm had hidden ...",
// with "hidden" a relative clause on "that"), and returns the clause.
func (w *walker) thatClause(t int) (int, bool) {
	h := w.head(t)
	if w.lower(t) != "that" || h < 0 || h != t-1 || w.bdep(t) == "mark" {
		return -1, false
	}
	switch w.t[h].UPOS {
	case "VERB":
		if !lexicon.Reporting(w.lemma(h)) && !thatVerbs[w.lemma(h)] || w.child(h, "ccomp") >= 0 {
			return -1, false
		}
	case "NOUN":
		// "claims that it had hidden losses"
		if !claimNouns[w.lemma(h)] && nomVerbs[w.lemma(h)] == "" {
			return -1, false
		}
	default:
		return -1, false
	}
	for _, c := range w.kids[t] {
		if c < t || (w.t[c].UPOS != "VERB" && w.t[c].UPOS != "AUX" && w.child(c, "cop") < 0) {
			continue
		}
		if s := w.child(c, "nsubj"); s > t && s < c && !w.isRelPron(s) {
			return c, true
		}
	}
	return -1, false
}

// predicateConjOfNoun reports a conjunct c of a noun that has a copula or
// an auxiliary of its own, a conjunction and no subject ("released as a
// download, and is also available free"), and returns the predicate of
// the clause the noun belongs to: c is coordinated with that predicate.
func (w *walker) predicateConjOfNoun(c int) (int, bool) {
	n := w.head(c)
	if w.dep(c) != "conj" || n < 0 || n > c {
		return -1, false
	}
	switch w.t[n].UPOS {
	case "NOUN", "PROPN", "NUM":
	default:
		return -1, false
	}
	// "cut 300 jobs, closed two plants and raised prices": a finite
	// verb with its own object and the form of the verb the noun is
	// an argument of is that verb's conjunct too
	finite := w.t[c].UPOS == "VERB" && (w.t[c].XPOS == "VBD" || w.t[c].XPOS == "VBZ") && w.child(c, "obj") >= 0
	if (!finite && w.child(c, "cop", "aux", "aux:pass") < 0) || w.child(c, "cc") < 0 || w.child(c, "nsubj", "nsubj:pass", "expl") >= 0 {
		return -1, false
	}
	for _, k := range w.kids[c] {
		if w.t[k].XPOS == "EX" { // "and there have been ...", its "there" misattached
			return -1, false
		}
	}
	for i, d := n, 0; i >= 0 && d < 8; i, d = w.head(i), d+1 {
		switch w.bdep(i) {
		case "obj", "obl", "iobj", "xcomp":
			if p := w.head(i); p >= 0 && (w.t[p].UPOS == "VERB" || w.isCopular(p)) {
				if finite && w.child(c, "cop", "aux", "aux:pass") < 0 && w.t[p].XPOS != w.t[c].XPOS {
					return -1, false
				}
				return p, true
			}
			return -1, false
		case "nmod", "compound", "conj", "appos", "amod", "flat":
			continue
		}
		return -1, false
	}
	return -1, false
}

// relativeWithSubject reports a predicate v with two subjects before it,
// the second holding a relative pronoun ("A statement on the site, the
// homepage of which shows a photo, says: ..."), and a later predicate p
// hung on v with no subject of its own: v is a relative clause on the
// first subject, which is p's subject. It returns that subject and p.
func (w *walker) relativeWithSubject(v int) (s1, p int, ok bool) {
	var subs []int
	for _, k := range w.kids[v] {
		if (w.dep(k) == "nsubj" || w.dep(k) == "nsubj:pass") && k < v {
			subs = append(subs, k)
		}
	}
	if len(subs) == 1 {
		// the first subject read as the root noun the clause hangs on
		// ("A notice on the site, the page of which shows ..., says")
		if h := w.head(v); h >= 0 && h < subs[0] && w.dep(h) == "root" && (w.t[h].UPOS == "NOUN" || w.t[h].UPOS == "PROPN") && w.dep(v) == "parataxis" {
			subs = []int{h, subs[0]}
		}
	}
	if len(subs) == 1 && w.lower(w.firstOf(subs[0])) == "whose" {
		// "The firm, whose founder Ida Krell died in 2009, was sold"
		// with the firm an unmarked oblique of "died"
		if c := w.firstOf(subs[0]) - 1; c > 0 && w.t[c].Text == "," {
			for _, k := range w.kids[v] {
				if k < c && (w.t[k].UPOS == "NOUN" || w.t[k].UPOS == "PROPN") && w.bdep(k) == "obl" && w.child(k, "case") < 0 &&
					w.firstOf(k) == 0 && (w.lastOf(k) == c || w.lastOf(k) == c-1) {
					subs = []int{k, subs[0]}
				}
			}
		}
	}
	if len(subs) != 2 || !w.isNominal(subs[0]) {
		return -1, -1, false
	}
	rel := false
	for _, k := range w.walk(nil, subs[1], nil) {
		switch w.t[k].XPOS {
		case "WDT", "WP", "WP$":
			rel = true
		}
	}
	if !rel {
		return -1, -1, false
	}
	for _, k := range w.kids[v] {
		if k > v && (w.dep(k) == "parataxis" || w.dep(k) == "conj") && w.t[k].UPOS == "VERB" &&
			w.child(k, "nsubj", "nsubj:pass", "expl", "cc") < 0 {
			return subs[0], k, true
		}
	}
	// "The mayor, whose brother runs Orlen Works, resigned on Monday"
	// with "resigned" a conjunct of the object, "The coach, whose team
	// lost twice, was fired" with "fired" an adverbial of "lost": a verb
	// after a comma that closes the sentence, with no subject,
	// conjunction or subordinator of its own, is the first subject's
	if w.lower(w.firstOf(subs[1])) != "whose" {
		return -1, -1, false
	}
	last := len(w.t) - 1
	for last > 0 && w.t[last].UPOS == "PUNCT" {
		last--
	}
	for _, k := range w.walk(nil, v, nil) {
		if k <= v || w.t[k].UPOS != "VERB" || !w.afterComma(k) || w.lastOf(k) < last {
			continue
		}
		switch w.dep(k) {
		case "conj", "parataxis", "acl", "advcl":
		default:
			continue
		}
		if w.child(k, "nsubj", "nsubj:pass", "expl", "cc", "mark") >= 0 {
			continue
		}
		return subs[0], k, true
	}
	return -1, -1, false
}

// frontedSubject reports a predicate v with two nominal subjects before
// it, the first set off by a comma ("Alongside this rumour, the Courier
// claims ..."): a clause has one subject, and a phrase ending in a comma
// before another subject is a fronted adverbial. It returns that first
// subject.
func (w *walker) frontedSubject(v int) (int, bool) {
	var subs []int
	for _, k := range w.kids[v] {
		if (w.dep(k) == "nsubj" || w.dep(k) == "nsubj:pass") && k < v {
			subs = append(subs, k)
		}
	}
	if len(subs) != 2 {
		return -1, false
	}
	s1, s2 := subs[0], subs[1]
	if !w.isNominal(s1) || !w.isNominal(s2) || w.isRelPron(s1) || w.isRelPron(s2) {
		return -1, false
	}
	last := w.lastOf(s1)
	comma := false
	for k := last + 1; k < w.firstOf(s2); k++ {
		if w.t[k].Text == "," {
			comma = true
			continue
		}
		return -1, false
	}
	return s1, comma
}

// nameAfterTitle reports a person's name a in apposition, with no comma,
// to an organisation's name n right before a role ("Castrel chief
// executive Priya Venn" headed by "Castrel"), and returns n: an apposition
// is set off; with only title words between, the role and the name are
// one phrase that the name heads.
func (w *walker) nameAfterTitle(a int) (int, bool) {
	n := w.head(a)
	if n < 0 || n > a || w.dep(a) != "appos" || w.t[a].UPOS != "PROPN" || !strings.HasSuffix(w.t[a].Ent, "PERSON") {
		return -1, false
	}
	if w.t[n].UPOS != "PROPN" || strings.HasSuffix(w.t[n].Ent, "PERSON") {
		return -1, false
	}
	title := false
	for k := n + 1; k < a; k++ {
		t := w.t[k]
		switch {
		case t.UPOS == "PUNCT":
			return -1, false // set off: a true apposition
		case titleWord(w.lower(k)) && t.Text == w.lower(k):
			title = true
		case t.Text == w.lower(k) && (t.UPOS == "ADJ" || t.UPOS == "NOUN"):
		case t.UPOS == "PROPN" && (w.head(k) == n || w.under(k, n)) && !title:
		default:
			return -1, false
		}
	}
	return n, title
}

// strayNegation reports a negation k ("not", "never") hung on a word that
// is no predicate, with only auxiliaries, adverbs and a noun between it
// and the verb v that follows ("have not yet been peer reviewed"), and
// returns v.
func (w *walker) strayNegation(k int) (int, bool) {
	switch w.lower(k) {
	case "not", "n't", "never":
	default:
		return -1, false
	}
	h := w.head(k)
	if h < 0 || w.t[h].UPOS == "VERB" || w.t[h].UPOS == "AUX" || w.t[h].UPOS == "ADJ" {
		return -1, false
	}
	for v := k + 1; v < len(w.t) && v <= k+5; v++ {
		switch w.t[v].UPOS {
		case "AUX", "ADV", "PART":
			continue
		case "NOUN":
			if w.bdep(v) == "compound" || w.head(v) > v && w.t[w.head(v)].UPOS == "VERB" {
				continue
			}
			return -1, false
		case "VERB":
			if !w.under(h, v) && h != v {
				return -1, false
			}
			return v, true
		}
		return -1, false
	}
	return -1, false
}

// subordinatorOfSubject reports a subordinator ("until", "before",
// "because") read as the preposition of the subject n of a finite clause
// ("until the engineers have finished"), and returns it and the clause's
// verb: no subject takes a preposition.
func (w *walker) subordinatorOfSubject(n int) (c, v int, ok bool) {
	if w.dep(n) != "nsubj" || !w.isNominal(n) {
		return -1, -1, false
	}
	v = w.head(n)
	if v < 0 || v < n || w.t[v].UPOS != "VERB" || w.child(v, "mark") >= 0 {
		return -1, -1, false
	}
	c = w.firstOf(n)
	if c >= n || w.head(c) != n || w.bdep(c) != "case" || !subordinators[w.lower(c)] {
		return -1, -1, false
	}
	return c, v, true
}

// subordinatorOfModifier reports a noun n with a subordinator that is
// also a preposition ("until", "before", "after", "since") read as its
// case, which the parse hung as a modifier on a word before it, right
// before a verb with no subject of its own that carries a tense or an
// auxiliary ("caretaker until a new cabinet is sworn in", "in charge
// until a replacement is found"): n is that verb's subject and the
// subordinator opens its clause. It returns the subordinator, the verb and
// the predicate the clause bounds.
func (w *walker) subordinatorOfModifier(n int) (c, v, h int, ok bool) {
	if (w.bdep(n) != "nmod" && w.bdep(n) != "obl") || !w.isNominal(n) {
		return -1, -1, -1, false
	}
	c = w.firstOf(n)
	if c >= n || w.head(c) != n || w.bdep(c) != "case" {
		return -1, -1, -1, false
	}
	switch w.lower(c) {
	case "until", "till", "before", "after", "since":
	default:
		return -1, -1, -1, false
	}
	// the verb right after n's phrase, past its auxiliaries and negation
	v = w.lastOf(n) + 1
	aux := false
	for v < len(w.t) && (w.t[v].UPOS == "AUX" || w.lower(v) == "not" || w.lower(v) == "n't") {
		aux = aux || w.t[v].UPOS == "AUX"
		v++
	}
	if v >= len(w.t) || w.t[v].UPOS != "VERB" || w.under(v, n) {
		return -1, -1, -1, false
	}
	// the parse may have made the phrase n ends the subject of v ("The
	// club signed Tarek Osei after the striker was released", "said one
	// man was missing after his car was swept away")
	s := w.child(v, "nsubj", "nsubj:pass")
	if s >= 0 && (s > n || !w.under(n, s) || w.lastOf(s) != w.lastOf(n)) {
		return -1, -1, -1, false
	}
	if s < 0 && w.under(n, v) {
		return -1, -1, -1, false
	}
	switch w.t[v].XPOS {
	case "VBD", "VBZ", "VBP":
	case "VBN", "VBG", "VB":
		if !aux {
			return -1, -1, -1, false
		}
	default:
		return -1, -1, -1, false
	}
	if w.child(v, "csubj", "expl") >= 0 || w.child(v, "mark") >= 0 {
		return -1, -1, -1, false
	}
	for k := w.lastOf(n) + 1; k < v; k++ {
		if w.head(k) != v {
			return -1, -1, -1, false
		}
	}
	// the predicate above n's phrase
	h = w.head(n)
	for h >= 0 && h != s && w.t[h].UPOS != "VERB" && w.t[h].UPOS != "ADJ" {
		h = w.head(h)
	}
	switch {
	case s >= 0 && h >= 0 && h != s:
		// a participle on the subject ("Figures compiled after the
		// storm showed ...") is mostly one: no repair
		return -1, -1, -1, false
	case s >= 0 && !w.isNominal(s):
		// a predicate read as the subject ("said one man was missing
		// after his car was swept away"): it is the clause the
		// subordinate one bounds
		if w.t[s].UPOS != "VERB" && w.t[s].UPOS != "ADJ" {
			return -1, -1, -1, false
		}
		h = s
	case s >= 0:
		// the subject is the object of the verb above
		g := w.head(v)
		if g < 0 || g > s || w.t[g].UPOS != "VERB" || (w.bdep(v) != "ccomp" && w.bdep(v) != "xcomp") ||
			w.child(g, "obj", "ccomp", "xcomp") != v && w.child(g, "obj") >= 0 {
			return -1, -1, -1, false
		}
		h = g
	case h < 0 || h > c || w.under(h, v):
		return -1, -1, -1, false
	}
	return c, v, h, true
}

// caseMarkedSubject reports a subject n that has a preposition of its own
// and, between them, a noun read as n's compound ("At the moment tickets
// are sold", "In the end voters chose"): no subject takes a preposition,
// so the preposition and the compound with its determiner are a fronted
// phrase. It returns that compound, the phrase's head.
func (w *walker) caseMarkedSubject(n int) (int, bool) {
	if (w.dep(n) != "nsubj" && w.dep(n) != "nsubj:pass") || !w.isNominal(n) {
		return -1, false
	}
	c, m := -1, -1
	for _, k := range w.kids[n] {
		switch {
		case k < n && w.bdep(k) == "case" && w.t[k].UPOS == "ADP" && c < 0:
			c = k
		case k < n && w.dep(k) == "compound" && w.t[k].UPOS == "NOUN" && c >= 0 && m < 0:
			m = k
		}
	}
	if c < 0 || m < 0 || m == n-1 && w.t[n].UPOS == "PROPN" {
		return -1, false
	}
	if m != n-1 {
		// only words of the subject itself between the compound and n
		for k := m + 1; k < n; k++ {
			if w.head(k) != n || w.bdep(k) == "case" {
				return -1, false
			}
		}
	}
	return m, true
}

// repeatedNounIdiom reports an oblique "to N" after an oblique "from N"
// (or "by N", "after N") of the same verb with the same noun ("from
// strength to strength", "from door to door", "day after day"), and
// returns the first: the two are one idiom.
func (w *walker) repeatedNounIdiom(o int) (int, bool) {
	if w.bdep(o) != "obl" || w.t[o].UPOS != "NOUN" || len(w.kids[o]) != 1 {
		return -1, false
	}
	h := w.head(o)
	if h < 0 {
		return -1, false // an oblique with no head: a broken tree
	}
	for _, n := range w.kids[h] {
		if n >= o || w.bdep(n) != "obl" || !strings.EqualFold(w.t[n].Text, w.t[o].Text) || w.lastOf(n) != o-2 {
			continue
		}
		if o-1 >= 0 && w.bdep(o-1) == "case" && w.head(o-1) == o {
			return n, true
		}
	}
	return -1, false
}

// objectControlVerbs take an object and an infinitive whose subject that
// object is ("prompted rivals to open stores", "urged voters to stay").
var objectControlVerbs = map[string]bool{
	"prompt": true, "force": true, "urge": true, "ask": true, "allow": true, "enable": true, "cause": true,
	"lead": true, "persuade": true, "encourage": true, "invite": true, "order": true, "tell": true,
	"require": true, "compel": true, "drive": true, "inspire": true, "push": true, "press": true,
	"oblige": true, "permit": true, "advise": true, "instruct": true, "pressure": true, "spur": true,
	"warn": true, "remind": true, "forbid": true, "caution": true, "beg": true, "implore": true,
}

// namedIn reports a name of a person or organization among the words
// before the head of the phrase o ("Sarvenna National Energy (SNE), the
// state oil company" read with "company" as its head).
func (w *walker) namedIn(o int) bool {
	for k := w.firstOf(o); k < o; k++ {
		if e := w.t[k].Ent; strings.HasSuffix(e, "PERSON") || strings.HasSuffix(e, "ORG") {
			return true
		}
	}
	return false
}

// predicateAfterApposition reports a predicate adjective x ("guilty",
// "unfit") right after the comma that closes the apposition on the object
// of a verb of judging h ("found Petra Lunn, a former nurse, guilty of
// theft", "declared Oskar Hale, the club's goalkeeper, unfit to play"),
// which the parse read as a conjunct or a modifier inside the apposition,
// and returns h.
func (w *walker) predicateAfterApposition(x int) (int, bool) {
	if (w.dep(x) != "conj" && (w.dep(x) != "amod" || w.head(x) > x)) || x < 2 || w.t[x-1].Text != "," || w.child(x, "cc", "det", "nmod:poss") >= 0 {
		return -1, false
	}
	if w.t[x].UPOS != "ADJ" && !predicateAdjectives[w.lower(x)] {
		return -1, false
	}
	for h, d := w.head(x), 0; h >= 0 && d < len(w.t); h, d = w.head(h), d+1 { // bounded: a misparse may hold a cycle
		if w.dep(h) != "appos" {
			continue
		}
		o := w.head(h)
		v := w.head(o)
		if v < 0 || w.dep(o) != "obj" || w.t[v].UPOS != "VERB" || !judgingVerbs[w.lemma(v)] || w.lastOf(h) != x-2 && !w.under(x, h) {
			return -1, false
		}
		if w.child(v, "xcomp") >= 0 {
			return -1, false
		}
		return v, true
	}
	return -1, false
}

// predicateAdjectives say what a verb of judging finds a person or thing to
// be; the tagger often reads them as nouns after a comma.
var predicateAdjectives = map[string]bool{
	"guilty": true, "innocent": true, "unfit": true, "fit": true, "liable": true, "responsible": true,
	"eligible": true, "ineligible": true, "insane": true, "incompetent": true, "bankrupt": true,
	"insolvent": true, "unconstitutional": true, "unlawful": true, "illegal": true, "invalid": true,
	"void": true, "dead": true, "negligent": true, "unsafe": true,
}

// judgingVerbs find or declare a person or thing to be something.
var judgingVerbs = map[string]bool{
	"find": true, "declare": true, "deem": true, "judge": true, "rule": true, "hold": true,
	"pronounce": true, "consider": true, "certify": true,
}

// degreeInfinitive reports an infinitive p that the parse hung on a verb
// above a word of degree right before it, past a closing quotation mark:
// an adjective or adverb after "too" ("it was \"far too early\" to draw
// any conclusions") or "close" before a gerund ("\"did not come close\"
// to solving the problem"). It returns the head of that word's phrase
// under the verb.
func (w *walker) degreeInfinitive(p int) (int, bool) {
	if d := w.bdep(p); d != "advcl" && d != "xcomp" || w.t[p].UPOS != "VERB" {
		return -1, false
	}
	to := w.child(p, "mark")
	if to < 2 || !strings.EqualFold(w.t[to].Text, "to") || w.firstOf(p) != to {
		return -1, false
	}
	k := to - 1
	for k > 0 && w.t[k].UPOS == "PUNCT" && isQuote(w.t[k].Text) {
		k--
	}
	h := w.head(p)
	if k == h || !w.under(k, h) || k < h {
		return -1, false
	}
	switch {
	case (w.t[k].UPOS == "ADJ" || w.t[k].UPOS == "ADV") && w.lower(k-1) == "too" && w.head(k-1) == k:
	case w.lower(k) == "close" && w.t[p].XPOS == "VBG" && len(w.kids[k]) <= 1:
	default:
		return -1, false
	}
	// the top of the word's phrase under h ("much too soon" read with
	// "much" its head)
	for w.head(k) != h {
		k = w.head(k)
	}
	return k, true
}

// clockDayPart reports a part of the day ("in the morning", "in the
// evening") the parse hung on a verb right after an hour on that verb ("at
// two", "at about 4", "until 11"), and returns the hour: "at two in the
// morning" is one time.
func (w *walker) clockDayPart(m int) (int, bool) {
	switch w.lower(m) {
	case "morning", "afternoon", "evening", "night":
	default:
		return -1, false
	}
	v := w.head(m)
	f := w.firstOf(m)
	if v < 0 || w.bdep(m) != "obl" || f < 1 || w.lower(f) != "in" || w.bdep(f) != "case" || len(w.kids[m]) != 2 || w.child(m, "det") < 0 {
		return -1, false
	}
	n := f - 1
	for n >= 0 && w.head(n) != v {
		n = w.head(n)
	}
	if n < 0 || w.t[n].UPOS != "NUM" || w.bdep(n) != "obl" || w.lastOf(n) != f-1 {
		return -1, false
	}
	switch w.lower(n) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve":
	default:
		t := w.t[n].Text
		if len(t) > 5 || len(t) == 0 || t[0] < '0' || t[0] > '9' {
			return -1, false
		}
	}
	return n, true
}

// chooseVerbs choose or bind a person or body to do something.
var chooseVerbs = map[string]bool{
	"appoint": true, "name": true, "elect": true, "choose": true, "select": true, "hire": true,
	"assign": true, "commit": true, "authorize": true, "authorise": true, "empower": true, "recruit": true,
}

// objectControlled reports an infinitive v read as an adverbial clause
// of a verb of causing or asking right after that verb's object
// ("prompting rivals to open stores" parsed as "in order to open"): it is
// the verb's open complement, and the object its subject.
func (w *walker) objectControlled(v int) bool {
	h := w.head(v)
	if h < 0 || w.dep(v) != "advcl" || w.t[v].XPOS != "VB" || w.child(v, "nsubj") >= 0 {
		return false
	}
	// a verb of choosing or binding someone takes the person and what
	// they are to do ("appointed Ivo Brask, a retired judge, to lead the
	// inquiry", "commits Norvane Power to buy six turbines")
	choose := chooseVerbs[w.lemma(h)]
	if !objectControlVerbs[w.lemma(h)] && !choose {
		return false
	}
	to := w.child(v, "mark")
	if to < 0 || !strings.EqualFold(w.t[to].Text, "to") || to != v-1 {
		return false
	}
	o := w.child(h, "obj")
	if o < 0 {
		// "urged residents to avoid the area" with "residents" read as
		// an indirect object
		o = w.child(h, "iobj")
	}
	if o < 0 || o >= to {
		return false
	}
	if choose && w.t[o].UPOS != "PROPN" && w.t[o].UPOS != "PRON" && !personNoun[w.lemma(o)] && !w.namedIn(o) {
		return false // "committed $2 million to build a school"
	}
	if w.lastOf(o) == to-2 && w.t[to-1].Text == "," {
		// "Ivo Brask, a retired appeals judge, to lead": the object
		// ends with its apposition and a comma
		for k := w.firstOf(o); k < to-1; k++ {
			if w.t[k].Text == "," {
				return true
			}
		}
	}
	// "warned households not to expect further cuts"
	if n := to - 1; n > o && w.head(n) == v && (strings.EqualFold(w.t[n].Text, "not") || strings.EqualFold(w.t[n].Text, "never")) {
		return w.lastOf(o) == n-1
	}
	return w.lastOf(o) == to-1
}

// participleConj reports a participle v read as a conjunct of a verb
// although it follows that verb's object and a comma with no conjunction,
// subject or auxiliary of its own ("has a new screen, dubbed a retina
// display"), and returns the object: v is a reduced relative on it.
func (w *walker) participleConj(v int) (int, bool) {
	h := w.head(v)
	if h < 0 || w.dep(v) != "conj" || v < h || v < 2 {
		return -1, false
	}
	if w.t[v-1].Text != "," {
		// "opened a warehouse in Ohio intended to speed up ...": with
		// no comma and no conjunction it is no conjunct at all
		o := w.child(h, "obj")
		if o < 0 || o > v || w.lastOf(o) != v-1 || !w.isNominal(o) || w.isRelPron(o) || w.t[v].XPOS != "VBN" && w.t[v].XPOS != "VBD" {
			return -1, false
		}
		if w.child(v, "cc", "nsubj", "nsubj:pass", "aux", "aux:pass", "expl", "mark", "obj") >= 0 {
			return -1, false
		}
		if _, ok := w.clauseAfterSubordinator(v); ok {
			return -1, false // "two days after the unions refused to sign"
		}
		return o, true
	}
	switch w.t[v].XPOS {
	case "VBN", "VBD":
	default:
		return -1, false
	}
	if w.child(v, "cc", "nsubj", "nsubj:pass", "aux", "aux:pass", "expl", "mark") >= 0 {
		return -1, false
	}
	if w.child(v, "obj") >= 0 && !givesName[w.lemma(v)] && !givesTwo[w.lemma(v)] && w.t[h].UPOS == "VERB" {
		// "The firm hired new staff, expanded its offices and raised
		// prices": a participle after a noun has no object of its own
		// unless it names the noun or is passive of a verb with two
		// objects ("a lens, dubbed a night eye", "a man, given a
		// second chance"); v is the next verb of h's subject
		return -1, false
	}
	if w.isNominal(h) && !w.isRelPron(h) && w.lastOf(h) >= v-2 {
		// hung on the noun itself as a conjunct
		for k := h + 1; k < v-1; k++ {
			if !w.under(k, h) || w.under(k, v) {
				return -1, false
			}
		}
		return h, true
	}
	o := w.child(h, "obj")
	if o < 0 || o > v || w.lastOf(o) != v-2 || !w.isNominal(o) || w.isRelPron(o) {
		return -1, false
	}
	return o, true
}

// givesTwo are verbs with two objects, whose passive participle keeps one
// ("a man, given a second chance", "the staff, offered a bonus").
var givesTwo = map[string]bool{"give": true, "offer": true, "award": true, "grant": true, "deny": true,
	"send": true, "show": true, "tell": true, "hand": true, "promise": true, "pay": true, "lend": true,
	"teach": true, "assign": true, "allow": true, "charge": true, "fine": true, "owe": true, "ask": true}

// pastOnly are past tenses that are no past participles ("fell", not
// "fallen"): such a verb after a noun is no reduced relative on it.
var pastOnly = map[string]bool{"fell": true, "rose": true, "went": true, "came": true, "began": true, "ran": true,
	"took": true, "gave": true, "ate": true, "drove": true, "flew": true, "grew": true, "knew": true, "saw": true,
	"spoke": true, "stole": true, "threw": true, "wore": true, "wrote": true, "broke": true, "chose": true,
	"froze": true, "sank": true, "shrank": true, "swam": true, "blew": true, "drew": true, "forgot": true,
	"rode": true, "sang": true, "rang": true, "drank": true, "did": true, "became": true, "withdrew": true,
	"arose": true, "swore": true, "tore": true, "woke": true, "overtook": true, "undertook": true, "forgave": true}

// intransitiveVerbs take no object, so that they have no passive: their
// "-ed" form after a noun is the noun's verb ("a woman died in hospital"),
// never a reduced relative on it.
var intransitiveVerbs = map[string]bool{"die": true, "arrive": true, "happen": true, "occur": true, "fall": true,
	"rise": true, "collapse": true, "disappear": true, "emerge": true, "exist": true, "vanish": true, "erupt": true,
	"remain": true, "appear": true, "resign": true, "retire": true, "drown": true, "faint": true, "soar": true,
	"plunge": true, "slump": true, "plummet": true, "elapse": true, "expire": true, "subside": true, "recede": true,
	"deteriorate": true, "perish": true, "succumb": true, "sleep": true, "go": true, "come": true}

// finiteOnly reports a verb whose form after a noun can only be a finite
// past tense: a past tense that is no participle, or an intransitive verb.
func (w *walker) finiteOnly(v int) bool {
	if w.t[v].UPOS != "VERB" || w.child(v, "aux", "aux:pass", "obl:agent") >= 0 {
		return false
	}
	x := w.t[v].XPOS
	if x != "VBD" && x != "VBN" {
		return false
	}
	return pastOnly[w.lower(v)] || intransitiveVerbs[w.lemma(v)] && strings.HasSuffix(w.lower(v), "ed")
}

// complementNouns name, per preposition, nouns that take a complement
// with it which says what they are ("plans for a stadium", "charges
// against the mayor", "access to the site", "sanctions on three banks", "a
// stake in the firm"): after such a noun as a verb's object, the phrase is
// the noun's, and the object without it is cut short.
var complementNouns = map[string]map[string]bool{
	"for": set("plan", "proposal", "bid", "call", "demand", "request", "funding", "fund", "support", "permission",
		"approval", "licence", "license", "contract", "tender", "application", "campaign", "budget", "warrant",
		"compensation", "reward", "design", "blueprint", "scheme", "candidate", "nomination", "search", "hunt",
		"strategy", "timetable", "deadline", "need", "preparation", "funds", "money"),
	"against": set("charge", "case", "lawsuit", "suit", "complaint", "action", "allegation", "sanction", "measure",
		"campaign", "protest", "war", "attack", "strike", "ruling", "verdict", "injunction", "warrant", "evidence",
		"appeal", "claim", "accusation", "proceedings", "offensive", "vote", "ban"),
	"to": set("access", "damage", "threat", "visit", "trip", "change", "amendment", "answer", "response", "reply",
		"solution", "contribution", "donation", "loan", "apology", "challenge", "risk", "harm", "injury", "route",
		"right", "exports", "shipments", "commitment", "opposition", "resistance", "objection", "alternative"),
	"on": set("sanction", "ban", "tax", "tariff", "duty", "levy", "limit", "cap", "restriction", "embargo", "curb",
		"freeze", "moratorium", "crackdown", "attack", "strike", "raid", "decision", "vote", "ruling", "debate",
		"referendum", "stance", "position", "pressure", "report", "hold", "inquiry", "investigation", "update"),
	"in": set("stake", "interest", "role", "part", "share", "investment", "cut", "rise", "increase", "fall", "drop",
		"decline", "change", "growth", "surge", "reduction", "shift", "participation", "jump", "slump", "hike", "boost"),
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// complementOfObject reports an oblique x right after the object o of its
// verb, with a preposition o takes a complement with ("approved plans |
// for a new stadium", "dropped charges | against the mayor"), and returns
// o. Durations and times ("for two years", "on Friday") stay the verb's.
func (w *walker) complementOfObject(x int) (int, bool) {
	v := w.head(x)
	if v < 0 || w.bdep(x) != "obl" || w.dep(x) == "obl:tmod" || w.t[v].UPOS != "VERB" || w.t[x].UPOS != "NOUN" && w.t[x].UPOS != "PROPN" {
		return -1, false
	}
	cs := w.caseOf(x)
	if len(cs) != 1 {
		return -1, false
	}
	nouns := complementNouns[w.lower(cs[0])]
	if nouns == nil || timeWord(w.lower(x)) || lexicon.TimeWord(w.lemma(x)) {
		return -1, false
	}
	switch w.lemma(x) {
	case "year", "month", "week", "day", "hour", "decade", "minute", "while", "moment", "period", "term", "life", "time", "reason":
		return -1, false
	}
	if w.lower(cs[0]) == "to" && toVerbs[w.lemma(v)] {
		// "tailor a trip to your needs", "extend the rights to all":
		// the verb's own "to"
		return -1, false
	}
	o := w.child(v, "obj")
	if o < 0 || o > x || w.t[o].UPOS != "NOUN" || !nouns[w.lemma(o)] || w.lastOf(o)+1 != w.firstOf(x) {
		return -1, false
	}
	return o, true
}

// toVerbs take an object and a goal with "to" ("send aid to the city").
var toVerbs = set("give", "send", "take", "bring", "move", "sell", "transfer", "lend", "return", "extend", "tailor",
	"add", "apply", "attribute", "compare", "link", "tie", "connect", "switch", "shift", "convert", "raise", "lower",
	"cut", "reduce", "increase", "limit", "restrict", "expand", "deliver", "ship", "export", "pay", "donate", "offer",
	"present", "submit", "adapt", "adjust", "owe", "grant", "hand", "pass", "post", "mail", "write", "explain",
	"introduce", "refer", "assign", "allocate", "commit", "devote", "entrust", "award", "provide", "supply", "lead",
	"direct", "address", "admit", "invite", "welcome", "confine", "sentence", "elevate", "promote", "demote")

// clauseAsRelative reports a relative clause r with no relative pronoun
// on a verb's object or oblique, whose subject s opens with ", and" or ",
// but" ("posted a loss, and its founder Ida Krell stepped down"): a clause
// coordinated with that verb h, not a relative one. It returns h and s.
func (w *walker) clauseAsRelative(r int) (h, s int, ok bool) {
	o := w.head(r)
	if o < 0 || w.dep(r) != "acl:relcl" || r < o || w.t[r].UPOS != "VERB" {
		return -1, -1, false
	}
	s = w.child(r, "nsubj", "nsubj:pass")
	if s < 0 || s > r {
		return -1, -1, false
	}
	for _, k := range w.walk(nil, r, nil) {
		if w.isRelPron(k) || w.isWhPron(k) || w.lower(k) == "that" || w.lower(k) == "whose" {
			return -1, -1, false
		}
	}
	f := w.firstOf(s)
	if f > 0 && w.t[f].Text == "," {
		f++
	}
	if f < 2 || w.t[f].UPOS != "CCONJ" || (w.lower(f) != "and" && w.lower(f) != "but") || w.t[f-1].Text != "," || w.head(f) != s {
		return -1, -1, false
	}
	switch w.bdep(o) {
	case "obj", "obl":
	default:
		return -1, -1, false
	}
	h = w.head(o)
	if h < 0 || w.t[h].UPOS != "VERB" {
		return -1, -1, false
	}
	return h, s, true
}

// verbBeforeNumber reports a word x in "-ed" read as a modifier of a
// noun n that a number modifies after x, n a conjunct after "and" of a
// verb h's object ("killed two people and injured 40 others"): x is a verb
// coordinated with h, n its object.
func (w *walker) verbBeforeNumber(x int) (n, h int, ok bool) {
	n = w.head(x)
	if n < 0 || x > n || w.bdep(x) != "amod" || !strings.HasSuffix(w.lower(x), "ed") || w.t[x].Text != w.lower(x) {
		return -1, -1, false
	}
	m := w.child(n, "nummod")
	cc := w.child(n, "cc")
	if m < 0 || m < x || cc < 0 || cc != x-1 || (w.lower(cc) != "and" && w.lower(cc) != "but") || w.dep(n) != "conj" {
		return -1, -1, false
	}
	o := w.head(n)
	if o < 0 || w.bdep(o) != "obj" {
		return -1, -1, false
	}
	h = w.head(o)
	if h < 0 || w.t[h].UPOS != "VERB" {
		return -1, -1, false
	}
	return n, h, true
}

// verbWithObjectAsNoun reports a word c in "-s" or "-ed" tagged as a noun
// with an object of its own, after "and", coordinated with a verb's object
// or with the verb ("makes cars and trucks and sells them"): a noun takes
// no object, c is a verb coordinated with that verb h.
func (w *walker) verbWithObjectAsNoun(c int) (h int, ok bool) {
	h = w.head(c)
	l := w.lower(c)
	if h < 0 || w.dep(c) != "conj" || c < h || w.t[c].UPOS != "NOUN" || w.t[c].Text != l || !strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ed") {
		return -1, false
	}
	o := w.child(c, "obj")
	cc := w.child(c, "cc")
	if o < c || cc < 0 || cc != c-1 || w.child(c, "det", "nmod:poss", "amod", "compound", "nummod", "case") >= 0 {
		return -1, false
	}
	if w.t[h].UPOS != "VERB" {
		if b := w.bdep(h); b != "obj" && b != "obl" || w.head(h) < 0 || w.t[w.head(h)].UPOS != "VERB" {
			return -1, false
		}
		h = w.head(h)
	}
	return h, true
}

// nameBeforeSubjectConj reports a name k hung on verb v apart from v's
// subject s, right before the "and" that opens s ("Ana Ruiz and her
// husband own a bakery" with "Ana Ruiz" a vocative): k is the first
// subject and s its conjunct.
func (w *walker) nameBeforeSubjectConj(v int) (k, s int, ok bool) {
	if w.t[v].UPOS != "VERB" {
		return
	}
	s = w.child(v, "nsubj", "nsubj:pass")
	if s < 0 || s > v {
		return
	}
	cc := w.child(s, "cc")
	if cc < 0 || cc > s || w.firstOf(s) != cc || (w.lower(cc) != "and" && w.lower(cc) != "or") {
		return
	}
	for _, x := range w.kids[v] {
		if x < cc && x != s && w.t[x].UPOS == "PROPN" && w.lastOf(x)+1 == cc && w.firstOf(x) == 0 {
			switch w.dep(x) {
			case "vocative", "dep", "obl:npmod", "obl:unmarked", "discourse", "appos":
				return x, s, true
			}
		}
	}
	return
}

// verbAsNounConj reports a word c, the last of a sentence's second
// conjunct after "and" or "but", read with the noun phrase before it as
// its modifiers: a noun ending in "-ed" or a past tense spelt as its base
// form ("cut 300 jobs, and its chief executive resigned.", "lost the
// vote, and its leader quit."), or a verb with a possessive or article
// of its own ("..., but its chief executive stayed."). c is the second
// clause's verb, coordinated with verb h, and the word s before it heads
// its subject.
func (w *walker) verbAsNounConj(c int) (s, h int, ok bool) {
	h = w.head(c)
	if h < 0 || w.dep(c) != "conj" || c < h {
		return -1, -1, false
	}
	if w.t[h].UPOS != "VERB" {
		if b := w.bdep(h); (b != "obj" && b != "obl") || w.head(h) < 0 || w.t[w.head(h)].UPOS != "VERB" {
			return -1, -1, false
		}
		h = w.head(h)
	}
	npStart := false
	for _, k := range w.kids[c] {
		if k < c && (w.dep(k) == "nmod:poss" || w.bdep(k) == "det") {
			npStart = true
		}
	}
	l := w.lower(c)
	switch w.t[c].UPOS {
	case "NOUN":
		ed := len(l) >= 5 && strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "eed") && l != "hundred"
		if !ed && !samePast[l] || w.t[c].Text != l {
			return -1, -1, false
		}
	case "VERB":
		if !npStart || w.child(c, "nsubj", "nsubj:pass", "obj", "aux", "aux:pass", "mark") >= 0 {
			return -1, -1, false
		}
	default:
		return -1, -1, false
	}
	cc := w.child(c, "cc")
	if cc < 1 || (w.lower(cc) != "and" && w.lower(cc) != "but") || (w.t[cc-1].Text != "," && !npStart) {
		return -1, -1, false
	}
	s = c - 1
	if s <= cc || w.head(s) != c {
		return -1, -1, false
	}
	switch w.bdep(s) {
	case "amod", "compound", "nmod":
	default:
		return -1, -1, false
	}
	for _, k := range w.kids[c] {
		switch {
		case k < c && w.bdep(k) != "cc" && w.bdep(k) != "punct" && w.bdep(k) != "det" && w.bdep(k) != "amod" && w.dep(k) != "nmod:poss" && w.bdep(k) != "compound" && w.bdep(k) != "nummod":
			return -1, -1, false
		case k > c && w.bdep(k) != "punct" && w.bdep(k) != "nmod" && w.bdep(k) != "obl" && w.bdep(k) != "advmod":
			return -1, -1, false
		}
	}
	return s, h, true
}

// clauseAsNounConjunct reports a verb v that can only be finite hung as a
// reduced relative on a noun n that is the second conjunct of another
// verb's object ("divers recovered the body of the driver and a woman died
// in hospital"): "and" joins two clauses, n is v's subject. It returns n
// and the verb h whose object the first conjunct is.
func (w *walker) clauseAsNounConjunct(v int) (n, h int, ok bool) {
	n = w.head(v)
	if n < 0 || w.dep(v) != "acl" || v < n || !w.finiteOnly(v) || w.child(v, "nsubj", "nsubj:pass", "mark") >= 0 {
		return -1, -1, false
	}
	if w.dep(n) != "conj" {
		// hung on the first conjunct: "pulled the pilot from the wreck
		// and a passenger died", with "died" on "wreck"
		c := -1
		for _, k := range w.kids[n] {
			if w.dep(k) == "conj" && k < v && w.lastOf(k) == v-1 {
				c = k
			}
		}
		if c < 0 {
			return -1, -1, false
		}
		n = c
	}
	if w.child(n, "cc") < 0 || !w.isNominal(n) || w.isPron(n) {
		return -1, -1, false
	}
	m := w.head(n)
	if m < 0 || m > n {
		return -1, -1, false
	}
	if w.t[m].UPOS == "VERB" && w.dep(n) == "conj" {
		// "The minister resigned and the government collapsed": the
		// noun itself hung on the first verb as its conjunct
		h = m
	} else {
		switch w.bdep(m) {
		case "obj", "obl", "nsubj":
		default:
			return -1, -1, false
		}
		h = w.head(m)
	}
	if h < 0 || w.t[h].UPOS != "VERB" {
		return -1, -1, false
	}
	for k := n + 1; k < v; k++ {
		if !w.under(k, n) {
			return -1, -1, false
		}
	}
	if w.lastOf(n) >= v {
		// the verb hung on n itself: its phrase alone is n's
		for k := v; k < len(w.t); k++ {
			if w.under(k, v) {
				continue
			}
			if w.under(k, n) && k > v {
				return -1, -1, false
			}
		}
	}
	return n, h, true
}

// subordinators open an adverbial clause.
var subordinators = map[string]bool{
	"when": true, "while": true, "after": true, "before": true, "once": true, "since": true, "until": true,
	"as": true, "because": true, "if": true, "although": true, "though": true, "whenever": true,
}

// mainClauseAsComplement reports a predicate v that opens with a
// subordinator ("When the match finished", "After the case closed") and
// takes as complement a later clause with a subject of its own and no
// mark, though v takes no clause: with no comma after the adverbial
// clause the parser ran it into the main clause. It returns that clause.
func (w *walker) mainClauseAsComplement(v int) (int, bool) {
	if w.t[v].UPOS != "VERB" || lexicon.Verb(w.lemma(v)) != lexicon.NotReporting || thatVerbs[w.lemma(v)] {
		return -1, false
	}
	sub := false
	for _, k := range w.kids[v] {
		if k < v && (w.bdep(k) == "mark" || w.bdep(k) == "advmod") && subordinators[w.lower(k)] && w.firstOf(v) == k {
			sub = true
		}
	}
	if !sub {
		return -1, false
	}
	for _, c := range w.kids[v] {
		if c > v && w.bdep(c) == "ccomp" && w.child(c, "mark") < 0 {
			if s := w.child(c, "nsubj", "nsubj:pass"); s > v && s < c {
				return c, true
			}
		}
	}
	return -1, false
}

// clauseAsSubject reports a predicate v with two subjects, the second
// after a comma and v's own conjunction, the first carrying a verb of its
// own as a reduced relative ("Sales and hype over the model decreased
// after its launch, and the line was eclipsed by ..."): the first subject
// and its verb are a clause coordinated with v. It returns that subject
// and its verb.
func (w *walker) clauseAsSubject(v int) (s1, a int, ok bool) {
	var subs []int
	cc := -1
	for _, k := range w.kids[v] {
		switch {
		case (w.dep(k) == "nsubj" || w.dep(k) == "nsubj:pass") && k < v:
			subs = append(subs, k)
		case w.bdep(k) == "cc" && k < v:
			cc = k
		}
	}
	if len(subs) != 2 || cc < 0 || !w.isNominal(subs[0]) || !w.isNominal(subs[1]) || w.isRelPron(subs[0]) {
		return -1, -1, false
	}
	s1 = subs[0]
	a = -1
	for _, k := range w.kids[s1] {
		if k > s1 && w.dep(k) == "acl" && w.t[k].UPOS == "VERB" && (w.t[k].XPOS == "VBD" || w.t[k].XPOS == "VBN") &&
			w.child(k, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass") < 0 {
			a = k
		}
	}
	if a < 0 || w.lastOf(s1) >= cc {
		return -1, -1, false
	}
	comma := false
	for k := w.lastOf(s1) + 1; k < w.firstOf(subs[1]); k++ {
		switch {
		case w.t[k].Text == ",":
			comma = true
		case k == cc:
		default:
			return -1, -1, false
		}
	}
	return s1, a, comma
}

// determinedGerund reports a gerund v with a determiner of its own and no
// subject, auxiliary, mark or object ("give the phone a top rating"),
// hung on a verb as an adverbial clause, and returns that verb: v is a
// noun, the verb's object (or an oblique beside one).
func (w *walker) determinedGerund(v int) (int, bool) {
	h := w.head(v)
	if h < 0 || w.t[v].XPOS != "VBG" || w.bdep(v) != "advcl" || w.t[h].UPOS != "VERB" || v < h {
		return -1, false
	}
	d := -1
	for _, k := range w.kids[v] {
		switch w.bdep(k) {
		case "det":
			if k < v && (w.lower(k) == "a" || w.lower(k) == "an" || w.lower(k) == "the") {
				d = k
			}
		case "nsubj", "aux", "mark", "obj", "cop", "expl":
			return -1, false
		}
	}
	if d < 0 {
		return -1, false
	}
	return h, true
}

// namingAsClause reports a naming participle v read as an adverbial
// clause whose subject is a name opened by a preposition the parse took
// for a subordinator ("added in Acme OS 9, dubbed Spaces" with "in" the
// mark and the name the subject of "dubbed"). It returns the name and the
// noun the clause is about (its object, else its subject), the noun v
// names.
func (w *walker) namingAsClause(v int) (n, m int, ok bool) {
	h := w.head(v)
	if h < 0 || w.dep(v) != "advcl" || !givesName[w.lemma(v)] || w.t[h].UPOS != "VERB" {
		return -1, -1, false
	}
	n = w.child(v, "nsubj")
	mk := w.child(v, "mark")
	if n < 0 || mk < 0 || mk > n || w.t[n].UPOS != "PROPN" || subordinators[w.lower(mk)] || w.child(v, "aux", "aux:pass") >= 0 {
		return -1, -1, false
	}
	switch w.lower(mk) {
	case "in", "at", "on", "into", "with", "from", "for", "inside", "within":
	default:
		return -1, -1, false
	}
	if v < 2 || w.t[v-1].Text != "," {
		return -1, -1, false
	}
	m = w.child(h, "obj")
	if m < 0 {
		m = w.child(h, "nsubj:pass", "nsubj")
	}
	if m < 0 || m > n || w.t[m].UPOS != "NOUN" {
		return -1, -1, false
	}
	return n, m, true
}

// gatheringNouns name events people attend, and attendVerbs what is done
// to them: a participle of one after such a noun and a comma is said of
// the event ("a summit in Rome, attended by ten leaders").
var gatheringNouns = map[string]bool{
	"summit": true, "meeting": true, "conference": true, "ceremony": true, "rally": true, "gathering": true,
	"session": true, "funeral": true, "festival": true, "concert": true, "forum": true, "congress": true,
	"convention": true, "talks": true, "talk": true, "event": true, "hearing": true, "dinner": true,
	"reception": true, "celebration": true, "parade": true, "vigil": true, "march": true, "protest": true,
	"briefing": true, "debate": true, "assembly": true, "party": true, "match": true, "game": true,
}

var attendVerbs = map[string]bool{
	"attend": true, "host": true, "chair": true, "organise": true, "organize": true, "cohost": true,
	"co-host": true, "boycott": true, "broadcast": true, "televise": true, "hold": true, "stage": true,
	"sponsor": true, "moderate": true, "watch": true, "open": true,
}

// participleOfGathering reports a participle v of attending after a comma,
// read as a conjunct of a verb although the verb's object or oblique, an
// event noun with its modifiers, ends right before the comma ("was made
// during a summit in Rome on Monday, attended by ten leaders"), and
// returns that noun.
func (w *walker) participleOfGathering(v int) (int, bool) {
	h := w.head(v)
	if h < 0 || v < 2 || w.t[v-1].Text != "," || w.t[v].XPOS != "VBN" || !attendVerbs[w.lemma(v)] || v < h {
		return -1, false
	}
	if w.dep(v) != "conj" && w.dep(v) != "advcl" {
		return -1, false
	}
	if w.child(v, "cc", "nsubj", "nsubj:pass", "aux", "aux:pass", "expl", "mark") >= 0 {
		return -1, false
	}
	for _, k := range w.kids[h] {
		if k > v || (w.bdep(k) != "obj" && w.bdep(k) != "obl") || !gatheringNouns[w.lemma(k)] {
			continue
		}
		if w.lastOf(k) == v-2 {
			return k, true
		}
	}
	return -1, false
}

// gerundConjOfVerb reports a gerund v with a conjunction, coordinated with
// a verb of another form ("agreed to participate in a mechanism for
// monitoring and verifying any ceasefire", "verifying" a conjunct of
// "participate"), right after a gerund tagged as a noun inside that verb's
// phrase, and returns that gerund: a gerund coordinates with a gerund.
func (w *walker) gerundConjOfVerb(v int) (int, bool) {
	h := w.head(v)
	if h < 0 || w.dep(v) != "conj" || w.t[v].XPOS != "VBG" || w.t[h].UPOS != "VERB" || w.t[h].XPOS == "VBG" || h > v {
		return -1, false
	}
	cc := w.child(v, "cc")
	if cc < 1 || cc != v-1 || w.child(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark") >= 0 {
		return -1, false
	}
	g := cc - 1
	if w.t[g].UPOS != "NOUN" || !strings.HasSuffix(w.lower(g), "ing") || !w.under(g, h) || g == h || len(w.kids[g]) > 1 {
		return -1, false
	}
	return g, true
}

// clauseAfterSubordinator reports a verb v in the past tense hung as a
// reduced relative on a noun whose preposition is a subordinator ("days
// after Consumer Monthly declined to give ..."), with a complement of its
// own and no subject, auxiliary or mark: an active verb with an object or
// an infinitive is no participle of the noun, the noun is its subject.
// It returns the noun.
func (w *walker) clauseAfterSubordinator(v int) (int, bool) {
	n := w.head(v)
	if n >= 0 && w.dep(v) == "conj" && w.child(v, "cc") < 0 && v > 0 {
		// "began two days after Union Leaders refused to sign": read
		// as a conjunct of "began" with no conjunction; the noun right
		// before it is its subject
		n = -1
		for m := v - 1; m >= 0 && m >= v-4; m-- {
			if w.isNominal(m) && w.lastOf(m) == v-1 && w.bdep(m) != "compound" && w.bdep(m) != "flat" {
				n = m
				break
			}
		}
		if n < 0 || !w.under(n, w.head(v)) {
			return -1, false
		}
		// "before part of the bridge fell": the phrase that ends right
		// before the verb is "part of the bridge", not "the bridge"
		for h := w.head(n); h >= 0 && h < v && w.isNominal(h) && w.lastOf(h) == v-1 && len(w.caseOf(n)) > 0 &&
			w.lower(w.caseOf(n)[0]) == "of"; h = w.head(h) {
			n = h
		}
	} else if w.dep(v) != "acl" {
		return -1, false
	}
	if n < 0 || w.t[v].UPOS != "VERB" || (w.t[v].XPOS != "VBD" && w.t[v].XPOS != "VBN") || n > v {
		return -1, false
	}
	if !w.isNominal(n) || w.isPron(n) || w.bdep(n) == "nsubj" || w.child(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop") >= 0 {
		return -1, false
	}
	cs := w.caseOf(n)
	if len(cs) != 1 {
		return -1, false
	}
	switch w.lower(cs[0]) {
	case "after", "before", "since", "until", "till":
	default:
		return -1, false
	}
	if w.child(v, "obj", "xcomp", "ccomp") < 0 && !w.finiteOnly(v) {
		return -1, false
	}
	for k := n + 1; k < v; k++ {
		if !w.under(k, n) {
			return -1, false
		}
	}
	return n, true
}

// subordinatorAsAdverb reports a subordinator m ("once", "when", "until")
// read as an adverb of a predicate with no clause of its own, while the
// clause it opens (a subject right after it and its finite verb) hangs
// elsewhere ("guarantees that will be activated once a ceasefire enters
// into force", with "enters" a complement of the main verb). It returns
// that clause's verb.
func (w *walker) subordinatorAsAdverb(m int) (int, bool) {
	h := w.head(m)
	if h < 0 || w.bdep(m) != "advmod" || len(w.kids[m]) > 0 || m+1 >= len(w.t) {
		return -1, false
	}
	switch w.lower(m) {
	case "once", "when", "until", "whenever":
	default:
		return -1, false
	}
	if w.t[h].UPOS != "VERB" && w.child(h, "cop") < 0 {
		return -1, false
	}
	s := -1
	for k := m + 1; k < len(w.t) && k < m+6; k++ {
		if (w.bdep(k) == "nsubj") && w.firstOf(k) == m+1 {
			s = k
			break
		}
	}
	if s < 0 {
		return -1, false
	}
	v := w.head(s)
	if v < 0 || v < s || w.under(v, h) || w.under(h, v) || w.child(v, "mark") >= 0 {
		return -1, false
	}
	switch w.t[v].XPOS {
	case "VBZ", "VBP", "VBD":
	default:
		return -1, false
	}
	return v, true
}

// adjunctOnComplement reports an adverbial participle p set off by a
// comma ("..., killing two sailors") hung on the open complement of a
// verb with an object ("forced ships to leave the port"), and returns that
// verb: the participle says what the whole event did, so its subject is
// the verb's own, not the object that controls the complement.
func (w *walker) adjunctOnComplement(p int) (int, bool) {
	if w.dep(p) != "advcl" || w.t[p].XPOS != "VBG" || w.child(p, "mark", "nsubj", "nsubj:pass", "aux") >= 0 {
		return -1, false
	}
	if !w.afterComma(p) {
		return -1, false
	}
	x := w.head(p)
	if x < 0 || w.dep(x) != "xcomp" || x > p || w.child(x, "nsubj", "nsubj:pass") >= 0 {
		return -1, false
	}
	v := w.head(x)
	if v < 0 || w.t[v].UPOS != "VERB" || w.child(v, "obj") < 0 {
		return -1, false
	}
	return v, true
}

// objectAsApposition reports a second object o of a verb, after a comma
// that closes the phrase of a noun n before it ("agreed to buy 90 buses,
// the largest order in its history", "bought 90 buses, the largest
// order ..."), and returns n: o renames n.
func (w *walker) objectAsApposition(o int) (int, bool) {
	v := w.head(o)
	if v < 0 || w.dep(o) != "obj" || o < v || !w.isNominal(o) {
		return -1, false
	}
	f := w.firstOf(o)
	if f < 1 || w.t[f-1].Text != "," {
		return -1, false
	}
	for _, k := range w.kids[v] {
		n := -1
		switch {
		case k < o && w.dep(k) == "obj":
			n = k
		case k < o && w.dep(k) == "xcomp":
			if m := w.child(k, "obj"); m >= 0 {
				n = m
			}
		}
		if n >= 0 && w.isNominal(n) && w.lastOf(n) == f-2 {
			return n, true
		}
	}
	return -1, false
}

// linkingVerbs take an adjective or a participle as what their subject is
// or becomes ("remained closed", "seemed unlikely").
var linkingVerbs = map[string]bool{
	"remain": true, "stay": true, "become": true, "seem": true, "appear": true, "prove": true,
	"look": true, "sound": true, "grow": true, "turn": true,
}

// predicativeOfLinking reports an adjective or past participle c right
// after a linking verb v with no complement ("will remain closed on
// Monday") that the parse hung elsewhere, and returns v.
func (w *walker) predicativeOfLinking(c int) (int, bool) {
	v := c - 1
	if v < 0 || w.t[v].UPOS != "VERB" || !linkingVerbs[w.lemma(v)] || w.head(c) == v {
		return -1, false
	}
	if w.t[c].UPOS != "ADJ" && w.t[c].XPOS != "VBN" {
		return -1, false
	}
	if w.child(v, "obj", "xcomp", "ccomp") >= 0 || w.child(c, "nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "mark") >= 0 {
		return -1, false
	}
	if w.under(v, c) {
		return -1, false
	}
	return v, true
}

// conjOfArgument reports a noun c coordinated with an adjective (its
// conjunction its own, no preposition of its own) while a noun n of that
// adjective's phrase ends right before the conjunction ("guilty on two
// counts of fraud and one count of perjury"), and returns n. Under a noun
// (the same phrase with "guilty" read as one) n must be c's own noun again,
// or both names of one kind.
func (w *walker) conjOfArgument(c int) (int, bool) {
	h := w.head(c)
	if h < 0 || w.dep(c) != "conj" || !w.isNominal(c) || c < h {
		return -1, false
	}
	// under a noun the reading is often right ("the head of the bank and
	// her deputy"); only a repeated noun shows the parallel
	noun := w.t[h].UPOS != "ADJ"
	cc := w.child(c, "cc")
	if cc < 0 || w.child(c, "case", "nsubj", "cop") >= 0 {
		return -1, false
	}
	for _, n := range w.kids[h] {
		if n < c && n > h && (w.bdep(n) == "obl" || w.bdep(n) == "nmod") && w.isNominal(n) && w.lastOf(n)+1 == w.firstOf(c) &&
			(!noun || w.lemma(n) == w.lemma(c) || w.sameNameKind(h, n, c)) {
			return n, true
		}
	}
	return -1, false
}

// sameNameKind reports two names n and c of the same entity type under a
// common noun h that is none ("28,000 people in Asia and the United
// States"): the names are the pair, the noun is no third conjunct.
func (w *walker) sameNameKind(h, n, c int) bool {
	typ := func(k int) string {
		e := w.t[k].Ent
		if i := strings.IndexByte(e, '-'); i >= 0 {
			return e[i+1:]
		}
		return ""
	}
	if w.t[h].UPOS != "NOUN" || typ(h) != "" || w.t[n].UPOS != "PROPN" || w.t[c].UPOS != "PROPN" {
		return false
	}
	return typ(n) != "" && typ(n) == typ(c)
}

// ageOfName reports a number set off by commas right after a person's
// name ("Ana Ruiz, 54, was charged") read as a modifier of the name, and
// returns the name's head.
func (w *walker) ageOfName(a int) (int, bool) {
	n := w.head(a)
	if n < 0 || w.t[a].UPOS != "NUM" || w.dep(a) == "appos" || a < n || !strings.HasSuffix(w.t[n].Ent, "PERSON") {
		return -1, false
	}
	if len(w.kids[a]) > 1 || a < 1 || w.t[a-1].Text != "," || a+1 >= len(w.t) || (w.t[a+1].Text != "," && w.t[a+1].Text != ".") {
		return -1, false
	}
	if w.lastOf(n) != a && w.lastOf(n) != a+1 {
		return -1, false
	}
	return n, true
}

// conjWithoutConjunction reports a noun c read as a conjunct of the noun h
// before it with no comma, semicolon or conjunction anywhere between
// them ("a tax fraud charge", "a money laundering case"), and returns h.
func (w *walker) conjWithoutConjunction(c int) (int, bool) {
	h := w.head(c)
	if h < 0 || w.dep(c) != "conj" || c < h || (w.t[c].UPOS != "NOUN" && w.t[c].UPOS != "PROPN") || (w.t[h].UPOS != "NOUN" && w.t[h].UPOS != "PROPN") {
		return -1, false
	}
	if w.child(c, "case", "cc", "nsubj", "cop") >= 0 {
		return -1, false
	}
	for k := h + 1; k < c; k++ {
		if w.t[k].UPOS == "PUNCT" || w.t[k].UPOS == "CCONJ" || !w.under(k, c) {
			return -1, false
		}
	}
	return h, true
}

// quantityVerbs are verbs whose object can be the size of a change ("rose
// 12 percent", "lost 3 cents", "added 40 points").
var quantityVerbs = map[string]bool{"gain": true, "lose": true, "slip": true, "ease": true, "shed": true,
	"add": true, "advance": true, "retreat": true, "sink": true}

// changeTarget reports an oblique o of a verb of change that says where
// the change started or ended ("to 340 million pounds", "from $2.1
// billion") right after the verb's object, an amount ("rose 12 percent
// to ..."), and returns that object: the two amounts are one argument.
func (w *walker) changeTarget(o int) (int, bool) {
	v := w.head(o)
	if v < 0 || w.bdep(o) != "obl" || !(changeVerbs[w.lemma(v)] || quantityVerbs[w.lemma(v)]) {
		return -1, false
	}
	cs := w.caseOf(o)
	if len(cs) != 1 || (w.lower(cs[0]) != "to" && w.lower(cs[0]) != "from") {
		return -1, false
	}
	x := w.child(v, "obj")
	if x < 0 || x > o || w.lastOf(x)+1 != cs[0] || !w.amount(x) || !w.amount(o) {
		return -1, false
	}
	return x, true
}

// amount reports whether the phrase headed by h holds a number.
func (w *walker) amount(h int) bool {
	for _, j := range w.walk(nil, h, nil) {
		if w.t[j].UPOS == "NUM" {
			return true
		}
	}
	return w.t[h].UPOS == "NUM"
}

// upToAmount reports "up" read as a verb's particle right before "to" and
// an amount ("faces up to ten years", "cut up to 500 jobs"), and returns
// the noun n "to" was hung on and the number x that "up to" bounds.
func (w *walker) upToAmount(u int) (n, x int, ok bool) {
	if w.lower(u) != "up" || w.dep(u) != "compound:prt" || u+2 >= len(w.t) || w.lower(u+1) != "to" {
		return -1, -1, false
	}
	n = w.head(u + 1)
	if n < 0 || w.head(n) != w.head(u) || w.bdep(n) != "obl" {
		return -1, -1, false
	}
	x = u + 2
	if w.t[x].UPOS == "SYM" && x+1 < len(w.t) && w.t[x+1].UPOS == "NUM" {
		x++
	}
	if w.t[x].UPOS != "NUM" || (x != n && w.head(x) != n && !w.under(x, n)) {
		return -1, -1, false
	}
	return n, x, true
}

// particleAsCase reports the particle c of a phrasal verb v read as the
// preposition of the noun n right after it ("took over the company"), v
// with no object of its own, and returns v and n.
func (w *walker) particleAsCase(c int) (v, n int, ok bool) {
	v = c - 1
	if v < 0 || w.dep(c) != "case" || w.t[v].UPOS != "VERB" || !lexicon.Phrasal(w.lemma(v), w.lower(c)) {
		return -1, -1, false
	}
	n = w.head(c)
	if n < 0 || w.head(n) != v || !w.isNominal(n) || w.child(v, "compound:prt") >= 0 {
		return -1, -1, false
	}
	switch w.bdep(n) {
	case "obj":
		// an object with a preposition of its own: the particle's
	case "obl":
		if w.child(v, "obj") >= 0 {
			return -1, -1, false
		}
	default:
		return -1, -1, false
	}
	return v, n, true
}

// clauseAfterTime reports a clause c opened by "that", with a subject of
// its own, read as a relative clause on a time word that modifies a verb
// of saying or thinking v ("said on Monday that a recession was
// possible"), and returns v and the "that".
func (w *walker) clauseAfterTime(c int) (v, m int, ok bool) {
	n := w.head(c)
	if n < 0 || w.dep(c) != "acl:relcl" || c < n || !lexicon.TimeWord(w.t[n].Text) || w.bdep(n) != "obl" {
		return -1, -1, false
	}
	v = w.head(n)
	if v < 0 || w.t[v].UPOS != "VERB" || !(lexicon.Reporting(w.lemma(v)) || thatVerbs[w.lemma(v)]) || w.child(v, "ccomp") >= 0 {
		return -1, -1, false
	}
	m = w.firstOf(c)
	if w.lower(m) != "that" || (w.head(m) != c) {
		return -1, -1, false
	}
	s := w.child(c, "nsubj", "nsubj:pass")
	if s < 0 || s == m || w.isRelPron(s) {
		return -1, -1, false
	}
	return v, m, true
}

// finiteComplementOfNoun reports a sentence whose root is a noun n with an
// infinitival clause ("The plants to be closed ...") whose open
// complement x is a finite verb with no subject ("... include a factory"):
// x is the sentence's verb and n its subject.
func (w *walker) finiteComplementOfNoun() (x, n int, ok bool) {
	n = w.rootToken()
	if n < 0 || (w.t[n].UPOS != "NOUN" && w.t[n].UPOS != "PROPN") {
		return -1, -1, false
	}
	for _, c := range w.kids[n] {
		if w.bdep(c) != "acl" || c < n || w.child(c, "mark") < 0 || w.lower(w.child(c, "mark")) != "to" {
			continue
		}
		for _, k := range w.kids[c] {
			switch w.t[k].XPOS {
			case "VBZ", "VBP", "VBD":
			default:
				continue
			}
			if w.dep(k) == "xcomp" && k > c && w.child(k, "mark", "nsubj", "nsubj:pass") < 0 {
				return k, n, true
			}
		}
	}
	return -1, -1, false
}

// subordinateBeforeMain reports a sentence that opens with a subordinator
// sub read as a preposition of the first clause's subject or noun (where
// it is the verb's own mark, mainClauseAsComplement repairs it), and a
// clause with no comma after it, parsed with the main clause c
// as the complement of the first clause's verb v ("Before the vote began
// the mayor left the room": "began" with "left" its complement), or with
// v a participle on the first clause's noun n ("After the case closed
// Jobs extended ...": n the root, v an acl on it). It returns c, v, n (-1
// when v heads its own clause) and sub. A verb that takes a clause ("said",
// "found") keeps it.
func (w *walker) subordinateBeforeMain() (c, v, n, sub int, ok bool) {
	sub = 0
	for sub < len(w.t) && opensQuote(w.t[sub].Text) {
		sub++
	}
	if sub >= len(w.t) || !subordinators[w.lower(sub)] {
		return -1, -1, -1, -1, false
	}
	r := w.rootToken()
	if r < 0 {
		return -1, -1, -1, -1, false
	}
	v, n = r, -1
	if w.t[r].UPOS == "NOUN" || w.t[r].UPOS == "PROPN" {
		if w.head(sub) != r {
			return -1, -1, -1, -1, false
		}
		v = -1
		for _, k := range w.kids[r] {
			if k > r && w.bdep(k) == "acl" && w.t[k].UPOS == "VERB" && (w.t[k].XPOS == "VBD" || w.t[k].XPOS == "VBZ") {
				v = k
				break
			}
		}
		if v < 0 {
			return -1, -1, -1, -1, false
		}
		n = r
	} else if w.t[r].UPOS != "VERB" || !w.under(sub, r) || r < sub {
		return -1, -1, -1, -1, false
	}
	if n < 0 && w.head(sub) == v && w.dep(sub) != "case" {
		return -1, -1, -1, -1, false // mainClauseAsComplement's shape
	}
	l := w.lemma(v)
	if lexicon.Verb(l) != lexicon.NotReporting || thatVerbs[l] || w.child(v, "nsubj", "nsubj:pass") < 0 && n < 0 {
		return -1, -1, -1, -1, false
	}
	c = -1
	for _, k := range w.kids[v] {
		if k > v && w.dep(k) == "ccomp" {
			c = k
			break
		}
	}
	if c < 0 || w.child(c, "nsubj", "nsubj:pass") < 0 || w.child(c, "mark") >= 0 {
		return -1, -1, -1, -1, false
	}
	switch w.t[c].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		if w.child(c, "aux", "aux:pass") < 0 {
			return -1, -1, -1, -1, false
		}
	}
	for k := v + 1; k < w.firstOf(c); k++ {
		if w.t[k].UPOS == "PUNCT" {
			return -1, -1, -1, -1, false
		}
	}
	return c, v, n, sub, true
}

// clauseAsSpeakerSubject reports a verb of saying r at the end of the
// sentence with two subjects: its own right before it after a comma
// ("..., officials said") and a noun n opening the sentence with a past
// participle or past tense v on it, with no auxiliary ("A train derailed
// near the town ..."). The noun and the participle are the clause that
// was said: v its verb and n its subject.
func (w *walker) clauseAsSpeakerSubject() (v, n, r int, ok bool) {
	r = w.rootToken()
	if r < 0 || w.t[r].UPOS != "VERB" || !lexicon.Speech(w.lemma(r)) || w.child(r, "ccomp", "obj", "parataxis") >= 0 {
		return -1, -1, -1, false
	}
	subj := w.subjectsBefore(r)
	if len(subj) != 2 {
		return -1, -1, -1, false
	}
	n, s2 := subj[0], subj[1]
	// (a comma right before the speaker's own word: the parse may hang
	// words before the comma on it)
	if f := w.firstOf(s2); (s2 < 1 || w.t[s2-1].Text != ",") && (f < 1 || w.t[f-1].Text != ",") || w.lastOf(s2) != r-1 {
		return -1, -1, -1, false
	}
	v = -1
	for _, k := range w.kids[n] {
		if k > n && w.bdep(k) == "acl" && w.t[k].UPOS == "VERB" && (w.t[k].XPOS == "VBN" || w.t[k].XPOS == "VBD") {
			v = k
			break
		}
	}
	if v < 0 || w.child(v, "aux", "aux:pass", "nsubj", "mark") >= 0 {
		return -1, -1, -1, false
	}
	// the participle follows its noun's own words directly
	for i := w.firstOf(n); i < v; i++ {
		if !w.under(i, n) || w.t[i].UPOS == "PUNCT" {
			return -1, -1, -1, false
		}
	}
	return v, n, r, true
}

// clauseAsConjunct reports a noun c coordinated, after a comma and a
// conjunction, with the object of a verb v, and followed by a verb d of
// change or motion read as a participle on it ("reported the most cases,
// and 12 people died of the disease"): d is a past tense coordinated with
// v, and c its subject. It returns v and d.
func (w *walker) clauseAsConjunct(c int) (v, d int, ok bool) {
	n := w.head(c)
	if n < 0 || w.dep(c) != "conj" || !w.isNominal(c) || w.bdep(n) != "obj" {
		return -1, -1, false
	}
	v = w.head(n)
	cc := w.child(c, "cc")
	if v < 0 || w.t[v].UPOS != "VERB" || cc < 0 || cc < 1 || w.t[cc-1].Text != "," {
		return -1, -1, false
	}
	for _, k := range w.kids[c] {
		if k > c && w.bdep(k) == "acl" && w.t[k].UPOS == "VERB" && (w.t[k].XPOS == "VBN" || w.t[k].XPOS == "VBD") &&
			changeVerbs[w.lemma(k)] && w.child(k, "aux", "aux:pass", "obj", "mark") < 0 && w.firstOf(k) == k {
			return v, k, true
		}
	}
	return -1, -1, false
}

// subjectsBefore returns the subjects (nsubj, not passive) of v that stand
// before it, in order: two of them mark a misparse repaired above.
func (w *walker) subjectsBefore(v int) []int {
	var subj []int
	for _, k := range w.kids[v] {
		if w.bdep(k) == "nsubj" && k < v {
			subj = append(subj, k)
		}
	}
	return subj
}

// afterComma reports whether the phrase of token k opens with a comma or
// follows one: a phrase set off from what comes before it.
func (w *walker) afterComma(k int) bool {
	f := w.firstOf(k)
	return w.t[f].Text == "," || f > 0 && w.t[f-1].Text == ","
}

// commaBetween reports whether a comma stands after token a and before
// token b.
func (w *walker) commaBetween(a, b int) bool {
	for k := a + 1; k < b && k < len(w.t); k++ {
		if k >= 0 && w.t[k].Text == "," {
			return true
		}
	}
	return false
}

// timeBetween reports whether all that stands between verb v and token m
// after it is a time or a lone adverb said of v ("agreed on Tuesday to
// sell", "voted last week to strike", "voted overwhelmingly to strike").
func (w *walker) timeBetween(v, m int) bool {
	if m-v-1 > 5 {
		return false
	}
	for k := v + 1; k < m; k++ {
		top := k
		for d := 0; d < 6 && top >= 0 && w.head(top) != v; d++ {
			top = w.head(top)
		}
		if top < 0 || w.head(top) != v || w.t[k].Text == "," {
			return false
		}
		manner := w.bdep(top) == "advmod" && w.t[top].UPOS == "ADV" && len(w.kids[top]) == 0 && !w.isNeg(top)
		if !manner && (!w.isOblique(top) || w.role(top) != "time") {
			return false
		}
	}
	return true
}

// infinitiveVerbs take an infinitive as their complement ("voted to hold",
// "vowed to fight", "failed to reach").
var infinitiveVerbs = map[string]bool{
	"vote": true, "decide": true, "agree": true, "plan": true, "want": true, "try": true, "refuse": true,
	"promise": true, "threaten": true, "vow": true, "pledge": true, "fail": true, "hope": true, "seek": true,
	"aim": true, "attempt": true, "choose": true, "offer": true, "intend": true, "need": true, "begin": true,
	"continue": true, "start": true, "prepare": true, "struggle": true, "manage": true, "decline": true,
}

// verbListParataxis reports a verb v read as a parenthetical of the verb
// h before it, right after h's object and a comma, with the same finite
// form and no subject, auxiliary or subordinator of its own ("Harlow
// Mills shuts two plants, cuts 400 jobs", headlines' "Regulator fines
// bank, orders review"), and returns h: v is h's conjunct, of h's
// subject.
func (w *walker) verbListParataxis(v int) (int, bool) {
	h := w.head(v)
	if h < 0 || w.dep(v) != "parataxis" || v < h+2 || w.t[v-1].Text != "," {
		return -1, false
	}
	if w.t[v].UPOS != "VERB" || w.t[h].UPOS != "VERB" || w.t[v].XPOS != w.t[h].XPOS {
		return -1, false
	}
	switch w.t[v].XPOS {
	case "VBZ", "VBD", "VBP":
	default:
		return -1, false
	}
	if w.child(h, "nsubj") < 0 || w.child(v, "nsubj", "nsubj:pass", "expl", "aux", "aux:pass", "mark", "ccomp") >= 0 ||
		w.child(v, "obj", "xcomp", "obl") < 0 {
		return -1, false
	}
	for k := h + 1; k < v-1; k++ {
		if !w.under(k, h) || w.t[k].Text == "\"" || w.t[k].Text == "“" {
			return -1, false
		}
	}
	return h, true
}

// adjectiveBeforeList reports an adjective x read as the complement of the
// verb before it although a comma and another adjective of a noun follow
// it ("launches new, faster phones"), and returns that noun: x is the
// first of the noun's adjectives.
func (w *walker) adjectiveBeforeList(x int) (int, bool) {
	v := w.head(x)
	if v < 0 || w.dep(x) != "xcomp" || w.t[x].UPOS != "ADJ" || w.t[v].UPOS != "VERB" || x+2 >= len(w.t) || w.t[x+1].Text != "," {
		return -1, false
	}
	if w.t[x+2].UPOS != "ADJ" && w.t[x+2].XPOS != "RBR" && w.t[x+2].XPOS != "RBS" {
		return -1, false
	}
	n := w.head(x + 2)
	if n <= x+2 || (w.t[n].UPOS != "NOUN" && w.t[n].UPOS != "PROPN") || w.child(v, "obj") >= 0 && w.child(v, "obj") != n {
		return -1, false
	}
	if h := w.head(n); h != v && h != x {
		return -1, false
	}
	for k := x + 2; k < n; k++ {
		if w.head(k) != n && !w.under(k, n) {
			return -1, false
		}
	}
	return n, true
}
