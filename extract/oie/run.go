package oie

import (
	"slices"
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"
)

// run extracts every clause and nominal fact of the sentence.
func (w *walker) run() {
	w.attribute()
	w.attributeSources()
	w.attributeEmbedded()
	w.accusations()
	w.negatedContent()
	for p := range w.t {
		if !w.isPred(p) || w.unasserted[p] || w.freeRelativeGap(p) {
			continue
		}
		w.clause(p)
	}
	if !w.opts.NoNominal {
		w.nominal()
	}
}

// attribute records the speaker of reported speech: the clausal
// complement of a verb of saying ("X said (that) Y") and the host clause
// of a parenthetical one ("Y, X said").
func (w *walker) attribute() {
	for p := range w.t {
		if w.t[p].UPOS != "VERB" || !speechLemma(w.lemma(p)) {
			continue
		}
		var target []int
		for _, c := range w.kids[p] {
			if w.bdep(c) == "ccomp" {
				target = append(target, c)
			}
		}
		if w.dep(p) == "parataxis" && len(target) == 0 && w.child(p, "obj") < 0 {
			if h := w.head(p); h >= 0 {
				target = append(target, h)
			}
		}
		if len(target) == 0 {
			continue
		}
		subs, _ := w.subjects(p)
		if len(subs) == 0 {
			continue
		}
		if w.lemma(p) == "find" && w.isPron(subs[0].head) {
			// "the audit found that ...": a body's finding; "we have found
			// nothing to suggest ..." inside a quote is the speaker's own
			// word, and its parse often takes in the attribution after it
			continue
		}
		sp := speaker{text: w.argText(subs[0]), head: subs[0].head}
		for _, c := range target {
			w.setAttr(c, sp, 0)
		}
	}
}

// attributeSources attributes a clause to the source an "according to X"
// phrase names, whether it hangs on the clause's predicate or, by a
// misparse, on a noun inside one of its arguments ("softened compared
// with earlier drafts, according to officials").
func (w *walker) attributeSources() {
	for n := range w.t {
		if !w.source(n) {
			continue
		}
		p := w.head(n)
		for d := 0; p >= 0 && d < 8 && !w.isPred(p); d++ {
			p = w.head(p)
		}
		if p < 0 || !w.isPred(p) {
			continue
		}
		sp := speaker{text: w.text(w.span(n, w.argSkip(n, w.subjSkip))), head: n}
		w.setAttr(p, sp, 0)
	}
}

// attributeEmbedded gives a relative, participial or adverbial clause
// inside reported speech the speaker of the clause it is in ("X claims
// that there are sources that have seen the device": the sources having
// seen it is X's claim too). A verb of saying on the way up ends the
// search: its own clause is not reported.
func (w *walker) attributeEmbedded() {
	speakers := map[int]bool{}
	for _, a := range w.attr {
		if a.head >= 0 {
			speakers[a.head] = true
		}
	}
	for p := range w.t {
		if w.attr[p].head >= 0 || !w.isPred(p) {
			continue
		}
		switch w.dep(p) {
		case "acl:relcl", "acl", "advcl":
		default:
			continue
		}
		if w.dep(p) == "advcl" && w.ownReport(p) {
			// "..., while the union said it would appeal": a verb of
			// saying with a subject of its own reports for that subject
			continue
		}
		for a, d := w.head(p), 0; a >= 0 && d < 16; a, d = w.head(a), d+1 {
			if w.attr[a].head >= 0 {
				w.setAttr(p, w.attr[a], 0)
				break
			}
			if (w.isPred(a) && lexicon.Reporting(w.lemma(a))) || speakers[a] || w.source(a) {
				// "according to the Post, which first reported it":
				// what is said of the speaker is not their report
				break
			}
		}
	}
}

// setAttr attributes clause c and the clauses coordinated with it.
func (w *walker) setAttr(c int, sp speaker, depth int) {
	if depth > 8 || w.attr[c].head >= 0 {
		return
	}
	w.attr[c] = sp
	for _, k := range w.kids[c] {
		switch w.dep(k) {
		case "conj":
			// "X said the deal is done, and Y said ...": a verb of saying
			// with a subject of its own reports for that subject
			if w.ownReport(k) {
				continue
			}
			w.setAttr(k, sp, depth+1)
		case "xcomp", "ccomp":
			w.setAttr(k, sp, depth+1)
		}
	}
}

// clause emits the extractions of predicate p.
func (w *walker) clause(p int) {
	if w.comparisonClause(p) {
		return
	}
	if h := w.head(p); h >= 0 && w.t[h].UPOS == "VERB" && w.tooInfinitive(p) {
		// "warned it was \"far too early\" to draw conclusions" with
		// the infinitive hung on "warned": (X; warned to draw;
		// conclusions) says the opposite. On its adjective ("too small
		// to draw conclusions") the fact is kept for the pipeline,
		// which knows it unasserted.
		return
	}
	subs, how := w.subjects(p)
	if len(subs) == 0 {
		return
	}
	frames := w.frames(p, 0)
	if len(frames) == 0 {
		return
	}
	if pre := w.xprefix(p, 0); len(pre) > 0 {
		// "were able to | defeat": the controlling predicate joins the
		// relation; the bare relation stays as a later variant
		preLemma := w.relLemma(pre, false)
		var px []frame
		for _, f := range frames {
			g := f
			g.rel = concat(pre, f.rel)
			g.lemma = strings.TrimSpace(preLemma + " " + f.lemma)
			px = append(px, g)
		}
		for i := range frames {
			frames[i].conf -= 0.15
		}
		frames = append(px, frames...)
	}
	pen := subjPenalty[how]
	at := w.attr[p]
	for si, s := range subs {
		if len(s.toks) == 0 || !w.canHead(s.head) {
			continue
		}
		spen := pen + s.pen
		if s.split {
			spen += 0.02
		}
		if si > 0 && !s.split {
			continue
		}
		if w.isPron(s.head) {
			spen += 0.05
		}
		for fi, f := range frames {
			if w.opts.NoVariants && fi > 0 {
				break
			}
			objs := f.obj
			if len(objs) == 0 {
				objs = []arg{{head: -1}}
			}
			for oi, o := range objs {
				if w.opts.NoVariants && oi > 0 && !o.split {
					continue
				}
				if o.split && f.kind == "copula" && !s.split && s.head < p && w.collectivePlural(s.head) && o.head >= 0 && w.t[o.head].UPOS != "ADJ" && len(w.caseOf(p)) > 0 {
					// "most patients are in Oduma, Fenwa and Lashir":
					// the group is spread over the places of the list,
					// in no one of them alone
					continue
				}
				e := Extraction{
					Subject:        w.argText(s),
					Subj:           rangeOf(s.toks),
					SubjHead:       s.head,
					Verb:           p,
					Relation:       w.relText(f),
					Rel:            w.relToks(f),
					RelationLemma:  f.lemma,
					Obj:            NoRange,
					ObjHead:        -1,
					Args:           f.args,
					Passive:        f.passive,
					Kind:           f.kind,
					AttributedTo:   at.text,
					AttributedHead: at.head,
					Reading:        fi,
					SubjectFrom:    subjFromNames[how],
					SubjSplit:      s.split,
					ObjSplit:       o.split,
					Generic:        how == subjRel && w.restrictsGeneric(p),
					SubjRestricted: NoRange,
				}
				if r, ok := w.restrictedSubject(s, p); ok && how != subjRel {
					e.SubjRestricted, e.SubjectRestricted = rangeOf(r), w.text(r)
				}
				e.Conditional = w.conditional(p) || w.wishedFor(p) || w.frontedIf(p, s.toks) || w.modalManner(p)
				if w.cleft(p) {
					// "it was Smith who ...": kept for benchmarks that
					// annotate it, but "it" stands for nothing
					e.Kind = "cleft"
				}
				e.Negated, e.Modality = w.polarity(f.rel)
				if e.Modality == "" {
					e.Modality = w.conjModal(p)
				}
				if w.neitherNor(p) {
					e.Negated = true
				}
				if e.Modality == "" && (w.mandative(p) || w.directed(p)) {
					e.Modality = "should" // demanded, not done
				}
				if w.alleged[p] {
					e.Modality = "alleged"
				}
				if h := w.hedge(p); h != "" && e.Modality == "" {
					// "the glitches were apparently in the authorization
					// process": a guess, not a finding
					e.Modality = h
				}
				if (how == subjAcl && w.participle(p)) || w.objControlledParticiple(p, how) {
					// reduced relative: "a company called X" reads (a company; is called; X),
					// "a rehearsal conducted by X was ..." (a rehearsal; was conducted by; X)
					e.Relation = w.beAt(s.head) + " " + e.Relation
					e.RelationLemma = "be " + e.RelationLemma
					e.Passive = true
				}
				if (how == subjConj || how == subjAdv) && w.t[p].XPOS == "VBN" && w.child(p, "obl:agent") >= 0 && w.child(p, "cc") < 0 && !w.hasAux(f.rel) {
					// "the storm hit the coast, followed by floods": a
					// passive participle with its agent, no auxiliary of
					// its own or its conjunct's and no conjunction (with
					// one, "doubled and increased by 16 percent" is a
					// past tense) reads (the storm; was followed by;
					// floods), not an active verb
					e.Relation = w.beAt(s.head) + " " + e.Relation
					e.RelationLemma = "be " + e.RelationLemma
					e.Passive = true
				}
				if how == subjAdv && w.resultHolding(p, f) {
					// "closed at 71.40 euros, giving it a market value of
					// 9.2 billion euros": the subject has the value, it
					// gives nothing to anyone
					e.Relation, e.RelationLemma, e.Rel = "has", "have", nil
					if w.pastAbove(p) {
						e.Relation = "had"
					}
				} else if w.t[p].XPOS == "VBG" && (how == subjAcl || (how == subjAdv && w.child(p, "mark", "aux") < 0)) {
					// "boys playing Scrabble featured in ..." reads (boys; were
					// playing; Scrabble), a bare adverbial participle too ("he
					// left, taking the money": (he; was taking; the money), but
					// not "aimed at improving"); the progressive keeps the
					// verb's lemma
					e.Relation = w.beAt(s.head) + " " + e.Relation
				}
				if (how == subjAcl || how == subjAdv) && strings.HasPrefix(e.Relation, "being ") {
					// "North Somerset, being then owned by X" reads
					// (North Somerset; was then owned by; X)
					e.Relation = w.beAt(s.head) + strings.TrimPrefix(e.Relation, "being")
					if len(e.Rel) > 0 && w.lower(e.Rel[0]) == "being" {
						e.Rel = e.Rel[1:]
					}
				}
				c := f.conf - spen
				if o.head >= 0 {
					e.Object = w.argText(o)
					e.Obj = rangeOf(o.toks)
					e.ObjHead = o.head
					c -= o.pen
					if o.split {
						c -= 0.02
					}
					c -= lenPenalty(len(o.toks) - o.tail)
				}
				c -= lenPenalty(len(s.toks))
				e.Confidence = c
				ft := feat{
					kind: f.kind, shape: f.shape, subjHow: how, subjPron: w.isPron(s.head), subjSplit: s.split,
					objSplit: o.split, subjLen: len(s.toks), objLen: len(o.toks) - o.tail, nargs: len(f.args), frame: fi,
					passive: f.passive, neg: e.Negated, modal: e.Modality != "", attr: e.AttributedTo != "", noObj: o.head < 0,
					predDep: base(w.dep(p)), predTag: w.t[p].XPOS, subjPOS: w.t[s.head].UPOS, objPOS: w.upos(o.head),
				}
				if w.opts.ResolvePronouns && ft.subjPron {
					if a := w.pronounAntecedent(s.head); len(a.toks) > 0 {
						e.Subject, e.Subj, e.SubjHead = w.argText(a), rangeOf(a.toks), a.head
						ft.resolved = true
					}
				}
				w.emitf(e, p, ft)
				if f.passive && fi == 0 && oi == 0 {
					w.activeVoice(e, f, p)
				}
			}
		}
	}
}

// participle reports whether predicate p is a past participle: tagged
// VBN, or tagged VBD where it heads a reduced clause (xcomp, or acl set
// off by a comma) with no subject or auxiliary of its own, which a finite
// verb cannot do ("the twelfth album, released in 2000").
func (w *walker) participle(p int) bool {
	switch w.t[p].XPOS {
	case "VBN":
		return true
	case "VBD":
		switch w.dep(p) {
		case "acl":
			// only set off by a comma: "the leaders met in Rome" may
			// be a finite clause the parser attached as acl
			if p == 0 || w.t[p-1].XPOS != "," {
				return false
			}
		case "xcomp":
		default:
			return false
		}
		return w.child(p, "nsubj", "csubj", "aux", "cop", "expl") < 0
	}
	return false
}

// objControlledParticiple reports whether p is a bare past participle
// complementing an object ("found the door locked", "an engine coupled to
// a transmission" misparsed as such), whose subject, the object, is
// passive: (the door; was locked).
func (w *walker) objControlledParticiple(p, how int) bool {
	if how != subjControl || w.dep(p) != "xcomp" || !w.participle(p) {
		return false
	}
	h := w.head(p)
	if o := w.child(h, "obj"); o < 0 || o > p {
		return false
	}
	return w.child(p, "aux", "cop", "mark") < 0
}

// xprefix returns the relation tokens that an open clausal complement p
// (or a verb coordinated with one) inherits from its controller: "has
// tended to" for "Coke has tended to increase ...", "were able to" for
// "were able to reinforce the hotel and defeat ...". It is empty when p
// is no such complement or when the controller has an object (whose
// referent, not the controller's subject, is p's subject).
func (w *walker) xprefix(p int, depth int) []int {
	if depth > 4 {
		return nil
	}
	x := p
	if w.dep(x) == "conj" {
		if w.child(p, "nsubj", "nsubj:pass", "csubj") >= 0 {
			// a conjunct with its own subject is a clause of its own:
			// "she is working full-time and Wesley is working part-time"
			return nil
		}
		for _, k := range w.kids[p] {
			if w.bdep(k) == "aux" && w.t[k].XPOS != "TO" && w.t[k].XPOS != "VB" {
				// "recommended to take over and has been serving":
				// a finite auxiliary makes the conjunct no infinitive
				return nil
			}
		}
		switch w.t[p].XPOS {
		case "VBN", "VBD", "VBZ", "VBG":
			// "to have many features ..., expected in 2006": no
			// infinitive shares the "to"
			return nil
		}
		h := w.head(x)
		if h < 0 || w.dep(h) != "xcomp" {
			return nil
		}
		x = h
	}
	if w.dep(x) != "xcomp" {
		return nil
	}
	h := w.head(x)
	if h < 0 || w.child(h, "obj") >= 0 || w.child(h, "iobj") >= 0 {
		return nil
	}
	marks := w.markOf(p)
	if len(marks) == 0 {
		marks = w.markOf(x)
	}
	core, _, _ := w.relCore(h)
	if w.isCopular(h) {
		core = concat(core, []int{h})
		for _, c := range w.kids[h] {
			// "are less likely to survive": the degree stays
			if c < h && w.bdep(c) == "advmod" && degreeAdverbs[w.lower(c)] {
				core = concat(core, []int{c})
			}
		}
	}
	return concat(w.xprefix(h, depth+1), core, marks)
}

// pronounAntecedent returns the nearest subject before pronoun pr that
// agrees with it in number (and, for "it", is not a person), or an empty
// arg.
func (w *walker) pronounAntecedent(pr int) arg {
	var plural bool
	pron := w.lower(pr)
	if nom, ok := possPron[pron]; ok {
		pron = nom
	}
	switch pron {
	case "he", "she", "it":
	case "they":
		plural = true
	default:
		return arg{}
	}
	for i := pr - 1; i >= 0; i-- {
		if w.bdep(i) != "nsubj" || w.isRelPron(i) {
			continue
		}
		switch w.t[i].UPOS {
		case "NOUN", "PROPN":
		default:
			continue
		}
		pl := w.t[i].XPOS == "NNS" || w.t[i].XPOS == "NNPS" || w.child(i, "conj") >= 0
		if pl != plural {
			continue
		}
		if pron == "it" && (w.t[i].UPOS == "PROPN" && strings.HasSuffix(w.t[i].Ent, "PERSON")) {
			continue
		}
		if (pron == "he" || pron == "she") && w.t[i].UPOS != "PROPN" && !personNoun[w.lemma(i)] {
			continue
		}
		if (pron == "he" || pron == "she") && w.personBetween(i, pr) {
			// "Carver shot Emily Doyle and then her mother as she
			// tried to call": another person stands nearer; which one
			// is meant is for the resolver, who knows names' sexes
			return arg{}
		}
		return arg{head: i, toks: w.span(i, w.argSkip(i, w.subjSkip))}
	}
	return arg{}
}

// personBetween reports whether a person other than the subject i's phrase
// (a name or a person noun) is named between i and the pronoun pr.
func (w *walker) personBetween(i, pr int) bool {
	for k := w.lastOf(i) + 1; k < pr; k++ {
		if w.under(k, i) {
			continue
		}
		if strings.HasSuffix(w.t[k].Ent, "PERSON") || (w.t[k].UPOS == "NOUN" && personNoun[w.lemma(k)]) {
			return true
		}
	}
	return false
}

// personNoun are common nouns that a personal pronoun can refer to.
var personNoun = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "president": true, "minister": true, "leader": true,
	"official": true, "father": true, "mother": true, "son": true, "daughter": true, "king": true, "queen": true,
	"player": true, "author": true, "writer": true, "spokesman": true, "spokeswoman": true, "chairman": true,
	"director": true, "envoy": true, "officer": true, "soldier": true, "actor": true, "singer": true,
}

// canHead reports whether token i can head an argument: not a
// preposition, conjunction or punctuation (which a parser error can make
// a subject).
func (w *walker) canHead(i int) bool {
	switch w.t[i].UPOS {
	case "ADP", "CCONJ", "SCONJ", "PUNCT":
		return false
	}
	return true
}

// lenPenalty lowers the confidence of very long arguments.
func lenPenalty(n int) float64 {
	switch {
	case n > 25:
		return 0.12
	case n > 15:
		return 0.06
	case n > 10:
		return 0.03
	}
	return 0
}

func (w *walker) relText(f frame) string {
	if len(f.relWords) > 0 {
		return strings.Join(f.relWords, " ")
	}
	return w.text(f.rel)
}

// relToks returns a copy of the tokens relText read, nil when the
// relation is supplied words.
func (w *walker) relToks(f frame) []int {
	if len(f.relWords) > 0 || len(f.rel) == 0 {
		return nil
	}
	return append([]int(nil), f.rel...)
}

// polarity reads negation and modality off relation tokens.
func (w *walker) polarity(rel []int) (neg bool, modal string) {
	for _, i := range rel {
		if w.isNeg(i) {
			neg = true
		}
		if w.t[i].XPOS == "MD" && modal == "" {
			modal = normModal(w.lower(i))
		}
	}
	return neg, modal
}

// hedgeAdverbs say that the writer, or a source, only supposes what the
// clause says.
var hedgeAdverbs = map[string]bool{"apparently": true, "reportedly": true, "allegedly": true, "supposedly": true,
	"purportedly": true, "seemingly": true, "possibly": true, "probably": true, "perhaps": true, "presumably": true}

// hedge returns the hedging adverb on predicate p ("were apparently in",
// "reportedly plans"), or "".
func (w *walker) hedge(p int) string {
	for _, c := range w.kids[p] {
		if w.bdep(c) == "advmod" && hedgeAdverbs[w.lower(c)] {
			return w.lower(c)
		}
	}
	return ""
}

// conjModal returns the modal a bare verb coordinated with a modal verb
// shares ("would have annual sales of 5 billion crowns and employ 11,000
// people": it would employ them, not it employs them), or "".
func (w *walker) conjModal(p int) string {
	if w.dep(p) != "conj" || w.t[p].XPOS != "VB" {
		return ""
	}
	for _, c := range w.kids[p] {
		if b := w.bdep(c); b == "aux" || b == "nsubj" || b == "mark" {
			return "" // a clause of its own: "and it will employ", "and to employ"
		}
	}
	h := w.head(p)
	if h < 0 || h > p || w.t[h].UPOS != "VERB" && w.t[h].UPOS != "AUX" {
		return ""
	}
	for _, c := range w.kids[h] {
		if c < h && w.bdep(c) == "aux" && w.t[c].XPOS == "MD" {
			return normModal(w.lower(c))
		}
	}
	return ""
}

func normModal(m string) string {
	switch m {
	case "'ll", "wo":
		return "will"
	case "'d":
		return "would"
	case "ca":
		return "can"
	case "to": // the headline future "X to do Y", repaired into "X will do Y"
		return "will"
	}
	return m
}

// activeVoice emits the passive extraction e in active voice when the
// agent ("by X") is known: (X; ratify; the treaty).
func (w *walker) activeVoice(e Extraction, f frame, p int) {
	ag := -1
	for _, c := range w.kids[p] {
		if w.bdep(c) != "obl" {
			continue
		}
		for _, k := range w.caseOf(c) {
			if w.lower(k) == "by" {
				ag = c
			}
		}
		if w.dep(c) == "obl:agent" {
			ag = c
		}
		if ag >= 0 {
			break
		}
	}
	if ag < 0 || w.isRelPron(ag) {
		return
	}
	subs := w.argVariants(ag, joinSkip(w.objSkip, w.skipCase(ag)))
	agText := ""
	var args []Arg
	if e.ObjHead >= 0 && e.ObjHead != ag {
		args = append(args, Arg{Role: "other", Text: e.Object, Range: e.Obj})
	}
	for _, a := range e.Args {
		if a.Range.Start <= ag && ag < a.Range.End {
			continue
		}
		args = append(args, a)
	}
	rel := w.lemma(p)
	toks := []int{p}
	if prt := w.child(p, "compound:prt"); prt >= 0 {
		rel += " " + w.lower(prt)
		toks = concat(toks, []int{prt})
	}
	for i, s := range subs {
		if i > 0 && !s.split || len(s.toks) == 0 {
			continue
		}
		agText = w.argText(s)
		c := e.Confidence - 0.25
		if s.split {
			c -= 0.02
		}
		w.emitf(Extraction{
			Subject: agText, Subj: rangeOf(s.toks), SubjHead: s.head,
			Relation: rel, RelationLemma: rel, Rel: toks,
			Object: e.Subject, Obj: e.Subj, ObjHead: e.SubjHead,
			Verb: p, Args: args, Negated: e.Negated, Modality: e.Modality,
			AttributedTo: e.AttributedTo, AttributedHead: e.AttributedHead,
			Kind: "active", Confidence: c, Reading: 1, SubjectFrom: "own", SubjSplit: s.split,
		}, p, feat{kind: "active", shape: "active", subjSplit: s.split, subjLen: len(s.toks), objLen: e.Subj.End - e.Subj.Start, nargs: len(args)})
	}
}

// frames returns the relation frames of predicate p, best first.
// withAbsolute reports an oblique c that is an absolute phrase set off by
// a comma and opened by "with" ("fell overnight, with the heaviest falls
// recorded at X"): a noun and a participle of its own, a clause of its
// own, no argument of the verb.
func (w *walker) withAbsolute(c int) bool {
	cs := w.caseOf(c)
	if len(cs) != 1 || w.lower(cs[0]) != "with" || cs[0] == 0 || w.t[cs[0]-1].Text != "," {
		return false // "arrived with a bag filled with books": a noun phrase
	}
	for _, k := range w.walk(nil, c, nil) {
		if k > c && w.bdep(k) == "acl" && w.t[k].UPOS == "VERB" && (w.t[k].XPOS == "VBN" || w.t[k].XPOS == "VBG") {
			return true
		}
	}
	return false
}

// addressee reports whether the object o of a verb of saying names people
// told something (a person, a group of people, a gathering): "reporters",
// "the packed courtroom", "a news conference", "Ruiz".
func (w *walker) addressee(o int) bool {
	if o < 0 {
		return false
	}
	switch w.t[o].UPOS {
	case "PROPN", "PRON":
		return true
	case "NOUN":
		return addresseeNouns[w.lemma(o)]
	}
	return false
}

// addresseeNouns are nouns for people told something.
var addresseeNouns = map[string]bool{
	"reporter": true, "journalist": true, "courtroom": true, "court": true, "conference": true, "briefing": true,
	"parliament": true, "lawmaker": true, "legislator": true, "committee": true, "audience": true, "crowd": true,
	"meeting": true, "supporter": true, "investor": true, "analyst": true, "shareholder": true, "staff": true,
	"employee": true, "worker": true, "member": true, "chamber": true, "council": true, "jury": true, "radio": true,
	"television": true, "newspaper": true, "broadcaster": true, "station": true, "agency": true, "magazine": true,
	"interviewer": true, "viewer": true, "listener": true, "delegate": true, "student": true, "resident": true,
}

func (w *walker) frames(p int, depth int) []frame {
	if depth > 4 {
		return nil
	}
	core, _, _ := w.relCore(p)
	passive := w.child(p, "aux:pass", "nsubj:pass") >= 0
	for _, a := range w.inheritedAux(p) {
		if w.dep(a) == "aux:pass" {
			passive = true
		}
	}
	if w.isCopular(p) {
		return w.copFrames(p, core)
	}
	var (
		obj, iobj, ccomp, xcomp int = -1, -1, -1, -1
		obls                    []int
		advPrep                 = -1
	)
	for _, c := range w.kids[p] {
		switch {
		case w.dep(c) == "obj" && obj < 0:
			obj = c
		case w.dep(c) == "iobj" && iobj < 0:
			iobj = c
		case w.bdep(c) == "ccomp" && ccomp < 0:
			ccomp = c
		case w.dep(c) == "xcomp" && xcomp < 0:
			xcomp = c
		case w.isOblique(c) && !w.withAbsolute(c):
			obls = append(obls, c)
		case w.dep(c) == "advcl" && advPrep < 0 && w.child(c, "nsubj") < 0 && w.t[c].XPOS == "VBG":
			if m := w.child(c, "mark"); m >= 0 && m < c && w.t[m].XPOS == "IN" && prepMarks[w.lower(m)] {
				advPrep = c
			}
		}
	}
	if w.loneIobj(p, obj, iobj, ccomp, xcomp) {
		// "had visited Crace only last month" with "Crace" read as an
		// indirect object: there is no other object, so it is the object
		obj, iobj = iobj, -1
	}
	if obj < 0 && iobj >= 0 && xcomp > iobj && objectControlVerbs[w.lemma(p)] {
		// "told customers to hold the phone": the addressee and what
		// they are told to do are the object, as after "prompted"
		obj, iobj = iobj, -1
	}
	if iobj >= 0 && obj > iobj && namingVerbs[w.lemma(p)] {
		// "calling it a waste of money" read as two objects: "it" is
		// what is called, "a waste of money" what it is called
		obj, iobj = iobj, -1
	}
	if obj < 0 && iobj < 0 && ccomp < 0 && xcomp < 0 && !passive {
		if m := w.bareMeasure(p, obls); m >= 0 {
			// "shares fell 4 percent" with the amount read as a bare
			// oblique: the amount is what the verb says, its object
			obj = m
			obls = slices.DeleteFunc(slices.Clone(obls), func(o int) bool { return o == m })
		}
	}
	idiomPP := -1
	if n := w.lightIdiom(p, obj); n >= 0 {
		// "gave way", "took place in Y", "took part in Y": the bare noun
		// is part of the verb, and an object of one says nothing
		core = concat(core, []int{n})
		if obj == n {
			obj = -1
		}
		for _, c := range w.kids[n] {
			if c > n && w.bdep(c) == "nmod" && len(w.caseOf(c)) > 0 && !w.isRelPron(c) {
				idiomPP = c // "took part in the survey" hung on "part"
				break
			}
		}
	}
	objShape := "obj"
	if o := w.sharedObj(p, obj, ccomp, xcomp); o >= 0 {
		obj, objShape = o, "objshared"
	}
	var out []frame
	base := 0.85
	oblArgs := func(except int) []Arg {
		var a []Arg
		if iobj >= 0 && iobj != except {
			sp := w.span(iobj, w.objSkip)
			a = append(a, Arg{Role: "other", Text: w.text(sp), Range: rangeOf(sp)})
		}
		for _, o := range obls {
			if o == except || w.isRelPron(o) {
				continue
			}
			if oa, ok := w.oblArg(o); ok {
				a = append(a, oa)
			}
		}
		// temporal and conditional clauses ("until he left") as arguments
		for _, c := range w.kids[p] {
			if w.dep(c) != "advcl" || c < p {
				continue
			}
			if m := w.child(c, "mark"); m >= 0 && advclMarks[w.lower(m)] {
				sp := w.span(c, w.objSkip)
				role := "other"
				if timePreps[w.lower(m)] || w.lower(m) == "when" || w.lower(m) == "while" {
					role = "time"
				}
				a = append(a, Arg{Role: role, Text: w.text(sp), Range: rangeOf(sp)})
			}
		}
		return a
	}
	lemma := func(toks []int) string { return w.relLemma(toks, passive) }
	if w.selfNaming(p, obj) {
		// "the union, which calls itself AIR": a name, said by the
		// name's bearer, no fact
		return nil
	}
	if f, ok := w.parentheticalSpeech(p, core, passive, obj, ccomp); ok {
		f.args = oblArgs(-1)
		return []frame{f}
	}
	switch {
	case obj < 0 && ccomp < 0 && xcomp < 0 && !passive && w.contactAntecedent(p) >= 0:
		// "the report she wrote last year": a relative clause with no
		// relative word is missing its object, which is the noun it is on
		a := w.contactAntecedent(p)
		ov := []arg{{head: a, toks: w.span(a, w.argSkip(a, func(c int) bool { return c == p || w.subjSkip(c) })), pen: 0.05}}
		if n := w.appositiveName(a, p); n >= 0 {
			// "Havrel Tools, a company Norvex bought in 2021": Norvex
			// bought Havrel Tools
			ov = []arg{{head: n, toks: w.span(n, w.argSkip(n, w.subjSkip)), pen: 0.05}}
		}
		args := oblArgs(-1)
		out = append(out, frame{shape: "obj", rel: core, lemma: lemma(core), obj: ov, args: args, kind: "clause", passive: passive, conf: base - argPenalty(args)})
	case obj >= 0:
		ov := w.objVariants(obj, w.objSkip)
		if len(ov) > 0 {
			args := oblArgs(-1)
			if xcomp >= 0 && xcomp > obj {
				sp := w.span(xcomp, w.objSkip)
				if w.adjacent(ov[0].toks, sp) && !w.isRelPron(obj) && !w.hasComma(sp) {
					// the object's predicate is part of what is said of
					// it: "called the bridge the finest in the region",
					// "prompted the firm to file suit"
					ov[0].toks = concat(ov[0].toks, sp)
				} else {
					args = append([]Arg{{Role: "other", Text: w.text(sp), Range: rangeOf(sp)}}, args...)
				}
			}
			if pr := w.namePredicate(p, obj); pr >= 0 && xcomp < 0 {
				// "called the phone the best device": the parse read the
				// name as a second object or a bare oblique
				if sp := w.span(pr, w.objSkip); w.adjacent(ov[0].toks, sp) && !w.hasComma(sp) {
					ov[0].toks = concat(ov[0].toks, sp)
				}
			}
			for i := range ov {
				ov[i].toks = w.degreeTail(p, ov[i].toks)
			}
			objToks := ov[0].toks
			ov[0].toks, args = w.objectTail(p, obj, iobj, ov[0].toks, args)
			ov[0].toks, args = w.conditionTail(p, ov[0].toks, args)
			ov[0].tail = len(ov[0].toks) - len(objToks)
			out = append(out, frame{shape: objShape, rel: core, lemma: lemma(core), obj: ov, args: args, kind: "clause", passive: passive, conf: base - argPenalty(args)})
			out = append(out, w.lightFrames(p, core, obj, passive, args)...)
			// (X; attributed the decline to; Y): a short object joins the
			// relation with the preposition of the next oblique
			if !w.isRelPron(obj) && len(objToks) <= 4 {
				for _, o := range obls {
					if o < obj || w.bdep(o) != "obl" || len(w.caseOf(o)) == 0 || w.isRelPron(o) {
						continue
					}
					rel := concat(core, objToks, w.caseOf(o))
					oo := w.argVariants(o, joinSkip(w.objSkip, w.skipCase(o)))
					if m, ok := w.complexPrepArg(o); ok {
						// "passed the budget in line with the forecast"
						rel = concat(core, objToks, w.prepWords(o), w.caseOf(m))
						oo = w.argVariants(m, joinSkip(w.objSkip, w.skipCase(m)))
					}
					rest := oblArgs(o)
					f := frame{shape: "objobl", rel: rel, lemma: w.contentLemma(rel, passive), obj: oo[:1], args: rest, kind: "light", passive: passive, conf: 0.55 - argPenalty(rest)}
					if w.lower(w.caseOf(o)[0]) == "as" && asObjectVerbs[w.lemma(p)] && w.firstOf(o) == ov[0].toks[len(ov[0].toks)-1]+1 {
						// "described the merger as a turning point", "see
						// the plan as a threat": what the object is said to
						// be is the point; the bare verb and object say
						// little, so this reading comes first
						out = append([]frame{f}, out...)
						break
					}
					out = append(out, f)
					break
				}
			}
		}
		if ccomp >= 0 {
			f := w.ccompFrame(p, core, ccomp, passive, obj)
			if lexicon.Speech(w.lemma(p)) && w.addressee(obj) {
				// "told reporters (that) ...": what was said is the
				// point, the people told go with the relation
				out = append([]frame{f}, out...)
			} else {
				out = append(out, f)
			}
		}
	case ccomp >= 0 && w.relativeReport(ccomp):
		// "complications that reviewers said could have been detected":
		// what the reviewers said is the clause with the noun as its
		// subject, extracted there with its attribution; "that could
		// have been detected" alone says nothing
	case ccomp >= 0:
		f := w.ccompFrame(p, core, ccomp, passive, -1)
		f.args = oblArgs(-1)
		out = append(out, f)
	case xcomp >= 0 || advPrep >= 0:
		x := xcomp
		if x < 0 {
			x = advPrep
		}
		join := w.markOf(x)
		if w.t[x].UPOS == "VERB" {
			for _, fx := range w.frames(x, depth+1) {
				rel := concat(core, join, fx.rel)
				args := append(oblArgs(-1), fx.args...)
				out = append(out, frame{shape: "x-" + fx.shape, rel: rel, lemma: lemma(concat(core, join)) + " " + fx.lemma, obj: fx.obj, args: args, kind: fx.kind, passive: passive || fx.passive, conf: fx.conf - 0.03})
			}
			// the complement as one object: (X; agreed; to participate in Y)
			sp := w.span(x, w.objSkip)
			args := oblArgs(-1)
			out = append(out, frame{shape: "xwhole", rel: core, lemma: lemma(core), obj: []arg{{head: x, toks: sp, pen: 0.1}}, args: args, kind: "clause", passive: passive, conf: base - 0.1 - argPenalty(args)})
		} else {
			rel := core
			ov := w.argVariants(x, joinSkip(w.objSkip, w.skipMark(x)))
			if cs := w.caseOf(x); len(cs) > 0 {
				rel = concat(core, cs)
				ov = w.argVariants(x, joinSkip(w.objSkip, w.skipCase(x)))
			}
			args := oblArgs(-1)
			out = append(out, frame{shape: "xnominal", rel: rel, lemma: lemma(rel), obj: ov, args: args, kind: "clause", passive: passive, conf: base - 0.05 - argPenalty(args)})
		}
	default:
		// first oblique after the verb becomes the object, its preposition
		// joins the relation.
		first := idiomPP
		for _, o := range obls {
			if first >= 0 && first == idiomPP {
				break
			}
			if o > p && w.bdep(o) == "obl" && len(w.caseOf(o)) > 0 && !w.isRelPron(o) && !w.exemplifies(o) {
				if first < 0 {
					first = o
				}
				if w.role(o) != "time" {
					// a time ("in 1984") stays an argument when a
					// place or other oblique can be the object
					first = o
					break
				}
			}
		}
		manner := w.negatedManner(p, first)
		if manner >= 0 {
			// "did not rise sharply in May": what is denied is the
			// manner; (prices; did not rise in; May) reads as if the
			// rise were denied, and a time object leaves nothing
			toks := concat([]int{manner}, w.span(first, w.objSkip))
			args := oblArgs(first)
			out = append(out, frame{shape: "oblobj", rel: core, lemma: lemma(core), obj: []arg{{head: manner, toks: toks, tail: len(toks) - len(w.span(first, joinSkip(w.objSkip, w.skipCase(first))))}}, args: args, kind: "clause", passive: passive, conf: base - 0.08 - argPenalty(args)})
		}
		if first >= 0 {
			rel := concat(core, w.caseOf(first))
			args := oblArgs(first)
			ov := w.argVariants(first, joinSkip(w.objSkip, w.skipCase(first)))
			if m, ok := w.complexPrepArg(first); ok {
				// "carried out in line with regulations": the complex
				// preposition joins the relation, as "acted on behalf
				// of Y" does
				rel = concat(core, w.prepWords(first), w.caseOf(m))
				ov = w.argVariants(m, joinSkip(w.objSkip, w.skipCase(m)))
			}
			for i := range ov {
				ov[i].toks = w.degreeTail(p, ov[i].toks)
			}
			n0 := len(ov[0].toks)
			ov[0].toks, args = w.conditionTail(p, ov[0].toks, args)
			ov[0].tail = len(ov[0].toks) - n0
			if manner < 0 {
				out = append(out, frame{shape: "oblobj", rel: rel, lemma: lemma(rel), obj: ov, args: args, kind: "clause", passive: passive, conf: base - 0.08 - argPenalty(args)})
			}
			// each other oblique after the verb as the object
			for _, o := range obls {
				if o == first || o < p || w.bdep(o) != "obl" || len(w.caseOf(o)) == 0 || w.isRelPron(o) || w.exemplifies(o) {
					continue
				}
				if _, cp := w.complexPrepArg(o); cp {
					continue
				}
				rel := concat(core, w.caseOf(o))
				ov := w.argVariants(o, joinSkip(w.objSkip, w.skipCase(o)))
				args := oblArgs(o)
				out = append(out, frame{shape: "oblalt", rel: rel, lemma: lemma(rel), obj: ov[:1], args: args, kind: "clause", passive: passive, conf: base - 0.25 - argPenalty(args)})
			}
		} else if len(obls) > 0 {
			// objects from a bare oblique (obl:tmod, obl:npmod): keep them as args
			args := oblArgs(-1)
			out = append(out, frame{shape: "bareobl", rel: core, lemma: lemma(core), args: args, kind: "clause", passive: passive, conf: base - 0.2 - argPenalty(args)})
		} else {
			if m := w.postAdverb(p, core); m >= 0 {
				// no object but a modifier after the verb: (the skirts;
				// became; longer); a triple without object matches no
				// two-argument fact
				args := oblArgs(-1)
				mt := w.span(m, w.objSkip)
				toks, args := w.objectTail(p, m, -1, mt, args)
				toks, args = w.conditionTail(p, toks, args)
				out = append(out, frame{shape: "advobj", rel: core, lemma: lemma(core), obj: []arg{{head: m, toks: toks, tail: len(toks) - len(mt)}}, args: args, kind: "clause", passive: passive, conf: base - 0.25 - argPenalty(args)})
			}
			out = append(out, frame{shape: "intrans", rel: core, lemma: lemma(core), kind: "clause", passive: passive, conf: base - 0.3})
		}
	}
	// a prepositional idiom with a bare noun joins the relation: "stood
	// in contrast to Y" gives (X; stood in contrast to; Y), "acted on
	// behalf of Y" (X; acted on behalf of; Y)
	for _, o := range obls {
		if o < p || w.bdep(o) != "obl" || w.t[o].UPOS != "NOUN" || len(w.caseOf(o)) != 1 || w.isRelPron(o) {
			continue
		}
		if m, ok := w.complexPrepArg(o); ok {
			if slices.ContainsFunc(out, func(f frame) bool { return slices.Contains(f.rel, o) }) {
				break // a frame above already reads so
			}
			// "in full accordance with Y", "on the basis of Y": the
			// words before the noun are part of the phrase
			rel := concat(core, w.prepWords(o), w.caseOf(m))
			ov := w.argVariants(m, joinSkip(w.objSkip, w.skipCase(m)))
			args := oblArgs(o)
			out = append(out, frame{shape: "oblidiom", rel: rel, lemma: w.contentLemma(rel, passive), obj: ov[:1], args: args, kind: "light", passive: passive, conf: 0.55 - argPenalty(args)})
			break
		}
		m := -1
		bare := true
		for _, c := range w.kids[o] {
			switch {
			case c < o && w.bdep(c) == "case":
			case c > o && m < 0 && w.bdep(c) == "nmod" && len(w.caseOf(c)) == 1:
				m = c
			case w.bdep(c) == "punct":
			default:
				bare = false
			}
		}
		if !bare || m < 0 || strings.EqualFold(w.t[m].Text, w.t[o].Text) {
			// "go from strength to strength" is one phrase
			continue
		}
		rel := concat(core, w.caseOf(o), []int{o}, w.caseOf(m))
		ov := w.argVariants(m, joinSkip(w.objSkip, w.skipCase(m)))
		args := oblArgs(o)
		out = append(out, frame{shape: "oblidiom", rel: rel, lemma: w.contentLemma(rel, passive), obj: ov[:1], args: args, kind: "light", passive: passive, conf: 0.55 - argPenalty(args)})
		break
	}
	return out
}

// parentheticalSpeech builds (X; said; Y) for a verb of saying p set in
// the clause Y it reports ("Y, he said", "The buyers, analysts added,
// could be ..."), which the parse hangs as parataxis on Y's predicate:
// the object is that clause less p and the commas around it.
func (w *walker) parentheticalSpeech(p int, core []int, passive bool, obj, ccomp int) (frame, bool) {
	if !speechLemma(w.lemma(p)) || w.dep(p) != "parataxis" || obj >= 0 || ccomp >= 0 {
		return frame{}, false
	}
	h := w.head(p)
	if h < 0 || !w.isPred(h) {
		return frame{}, false
	}
	lo, hi := p, p
	for _, i := range w.walk(nil, p, nil) {
		lo, hi = min(lo, i), max(hi, i)
	}
	host := w.span(h, func(c int) bool {
		if c == p || w.objSkip(c) {
			return true
		}
		return w.head(c) == h && w.t[c].UPOS == "PUNCT" && (c == lo-1 || c == hi+1)
	})
	if len(host) == 0 {
		return frame{}, false
	}
	return frame{shape: "paraspeech", rel: core, lemma: w.relLemma(core, passive), obj: []arg{{head: h, toks: host}}, kind: "speech", passive: passive, conf: 0.75}, true
}

// contactAntecedent returns the noun a relative clause with no relative
// word is on when the clause has a subject of its own and lacks its
// object ("the report she wrote last year", "the changes the council
// approved"), or -1. A clause ending in a preposition ("the firm she
// worked for") lacks that preposition's object instead.
func (w *walker) contactAntecedent(p int) int {
	if w.dep(p) != "acl:relcl" || w.t[p].UPOS != "VERB" {
		return -1
	}
	finite := w.t[p].XPOS == "VBD" || w.t[p].XPOS == "VBZ" || w.t[p].XPOS == "VBP"
	a := w.head(p)
	if a < 0 || a > p || !w.isNominal(a) || w.t[a].UPOS == "PRON" || lexicon.TimeWord(w.lemma(a)) || timeWord(w.lower(a)) {
		return -1 // "Every week I hear from parents": a time, no object
	}
	for k := a + 1; k < p; k++ {
		if x := w.t[k].XPOS; x == "WDT" || x == "WP" || x == "WP$" || x == "WRB" {
			return -1 // "a business whose margins have been shrinking"
		}
	}
	if w.firstOf(p) != a+1 {
		// "payments into accounts controlled by a shell company he set
		// up": the clause is on the noun right before it, whatever the
		// parse hung it on
		return -1
	}
	for k := a + 1; k < p; k++ {
		if w.t[k].UPOS == "PUNCT" {
			// "..., researchers reported on Wednesday", "close a chapter,\"
			// Marek said": a closing report the parse hung on a noun
			return -1
		}
	}
	subj := false
	for _, c := range w.kids[p] {
		switch {
		case w.isRelPron(c) || w.isWhPron(c):
			return -1
		case w.t[c].XPOS == "WRB" || w.t[c].UPOS == "ADP" && w.bdep(c) != "case" && w.dep(c) != "compound:prt":
			return -1 // "the day he left", "the firm she worked for"
		case w.dep(c) == "obj" || w.dep(c) == "iobj" || w.bdep(c) == "ccomp" || w.dep(c) == "xcomp" || w.dep(c) == "mark":
			return -1
		case w.dep(c) == "nsubj" && c < p && c > a:
			// "researchers at the University reported": a subject with a
			// preposition is the antecedent's own phrase misread
			subj = w.child(c, "case") < 0 && w.t[w.firstOf(c)].UPOS != "ADP"
		case w.bdep(c) == "aux" && c < p:
			finite = true
		}
	}
	if !subj || !finite { // "crackers and cereal bars sold in 14 countries": a participle
		return -1
	}
	return a
}

// sharedObj returns the object that conjunct verb p shares with the verb
// it is coordinated with when p has no complement of its own and that
// verb's object follows p: "will sell or merge hundreds of thrifts" gives
// (X; will merge; hundreds of thrifts). It returns -1 otherwise.
func (w *walker) sharedObj(p, obj, ccomp, xcomp int) int {
	if obj >= 0 || ccomp >= 0 || xcomp >= 0 || w.dep(p) != "conj" || w.t[p].UPOS != "VERB" {
		return -1
	}
	h := w.head(p)
	if h < 0 || h > p || w.t[h].UPOS != "VERB" {
		return -1
	}
	for _, c := range w.kids[h] {
		if w.dep(c) == "obj" && c > p && !w.isRelPron(c) {
			return c
		}
	}
	return -1
}

// postAdverb returns the first adverbial modifier after predicate p that
// is not in its relation core (no negation, no floating quantifier), or
// -1.
func (w *walker) postAdverb(p int, core []int) int {
	for _, c := range w.kids[p] {
		if c < p || slicesContains(core, c) || w.isNeg(c) || quantAdv[w.lower(c)] {
			continue
		}
		switch {
		case w.bdep(c) == "advmod" && (w.t[c].UPOS == "ADV" || w.t[c].UPOS == "ADJ"):
			return c
		case strings.HasSuffix(w.dep(c), "npmod"):
			return c
		}
	}
	return -1
}

// advclMarks introduce adverbial clauses kept as n-ary arguments.
var advclMarks = map[string]bool{"when": true, "while": true, "after": true, "before": true, "until": true, "till": true, "since": true, "once": true}

// prepMarks are prepositions that introduce a gerund complement joined
// to the relation ("aimed at enhancing").
var prepMarks = map[string]bool{
	"at": true, "in": true, "on": true, "for": true, "of": true, "by": true, "from": true, "about": true,
	"into": true, "toward": true, "towards": true, "against": true, "without": true, "with": true,
}

func argPenalty(a []Arg) float64 {
	if len(a) <= 1 {
		return 0
	}
	return 0.03 * float64(len(a)-1)
}

// relativeReport reports whether clause c, a complement of a verb of
// saying, has a relative pronoun for its subject: the relative clause is
// on a noun before the verb of saying.
func (w *walker) relativeReport(c int) bool {
	s := w.child(c, "nsubj", "nsubj:pass")
	return s >= 0 && s < w.head(c) && w.isRelPron(s)
}

// ccompFrame builds (X; said [that]; Y) for a clausal complement c; with
// an object o, the object joins the relation ("told reporters that").
func (w *walker) ccompFrame(p int, core []int, c int, passive bool, o int) frame {
	marks := w.leadingMarks(c)
	rel := concat(core, marks)
	conf, shape := 0.8, "ccomp"
	if o >= 0 {
		rel = concat(rel, w.span(o, w.objSkip))
		conf, shape = 0.6, "ccompobj"
	}
	kind := "clause"
	if speechLemma(w.lemma(p)) {
		kind = "speech"
	}
	sp := w.span(c, joinSkip(joinSkip(w.objSkip, func(k int) bool { return slicesContains(marks, k) || c < p && k > p }), w.skipReport(c)))
	return frame{shape: shape, rel: rel, lemma: w.relLemma(concat(core, marks), passive), obj: []arg{{head: c, toks: sp}}, kind: kind, passive: passive, conf: conf}
}

// lightFrames builds light-verb and verb–noun–preposition relations from
// verb p with object o: "signed a declaration of intent to | deploy
// troops" and "made an offer on | the minimum wage".
func (w *walker) lightFrames(p int, core []int, o int, passive bool, args []Arg) []frame {
	if w.isRelPron(o) || w.t[o].UPOS == "PRON" || w.t[o].UPOS == "PROPN" {
		return nil
	}
	var out []frame
	// an infinitive right after the object, attached to the verb (a
	// frequent parse of the same construction)
	osp := w.span(o, w.objSkip)
	if len(osp) > 0 {
		for _, x := range w.kids[p] {
			if x < o || w.dep(x) != "advcl" || w.child(x, "nsubj") >= 0 {
				continue
			}
			m := w.child(x, "mark")
			if m < 0 || w.lower(m) != "to" || m != osp[len(osp)-1]+1 {
				continue
			}
			rel := concat(core, osp, []int{m})
			ov := w.span(x, joinSkip(w.objSkip, w.skipMark(x)))
			out = append(out, frame{shape: "lightinf", rel: rel, lemma: w.contentLemma(rel, passive), obj: []arg{{head: x, toks: ov}}, args: args, kind: "light", passive: passive, conf: 0.7 - argPenalty(args)})
			return out
		}
	}
	// walk down o's "of" chain looking for an infinitival or prepositional
	// complement: o → nmod* → acl(to) | nmod(prep)
	cur := o
	for depth := 0; depth < 3; depth++ {
		var next, inf, pp int = -1, -1, -1
		for _, c := range w.kids[cur] {
			switch {
			case w.dep(c) == "acl" && c > cur && w.t[c].UPOS == "VERB" && w.child(c, "nsubj") < 0:
				if m := w.child(c, "mark"); m >= 0 && w.lower(m) == "to" {
					inf = c
				}
			case w.bdep(c) == "nmod" && c > cur && len(w.caseOf(c)) > 0:
				if w.lower(w.caseOf(c)[0]) == "of" && next < 0 && w.t[c].UPOS == "NOUN" {
					next = c
				}
				if pp < 0 {
					pp = c
				}
			}
		}
		if inf >= 0 {
			nounPart := w.span(o, func(c int) bool { return c == inf || w.bdep(c) == "acl" && c > inf || w.dep(c) == "acl:relcl" })
			nounPart = w.before(nounPart, inf)
			rel := concat(core, nounPart, w.markOf(inf))
			ov := w.span(inf, joinSkip(w.objSkip, w.skipMark(inf)))
			out = append(out, frame{shape: "lightinf", rel: rel, lemma: w.contentLemma(rel, passive), obj: []arg{{head: inf, toks: ov}}, args: args, kind: "light", passive: passive, conf: 0.7 - argPenalty(args)})
			return out
		}
		if pp >= 0 && depth == 0 && pp != next {
			nounPart := w.before(w.span(o, nil), pp)
			nounPart = w.before(nounPart, w.caseOf(pp)[0])
			rel := concat(core, nounPart, w.caseOf(pp))
			ov := w.span(pp, joinSkip(w.objSkip, w.skipCase(pp)))
			shape := "lightpp"
			if w.dep(pp) == "nmod:arg" {
				// a complement the repair took from the verb: scored
				// as the verb's object and oblique were
				shape = "objobl"
			}
			out = append(out, frame{shape: shape, rel: rel, lemma: w.contentLemma(rel, passive), obj: []arg{{head: pp, toks: ov}}, args: args, kind: "light", passive: passive, conf: 0.55 - argPenalty(args)})
		}
		if next < 0 {
			break
		}
		cur = next
	}
	return out
}

// before keeps the tokens of sp that precede i.
func (w *walker) before(sp []int, i int) []int {
	var out []int
	for _, j := range sp {
		if j < i {
			out = append(out, j)
		}
	}
	return out
}

// contentLemma lemmatises a relation that contains a noun phrase, dropping
// determiners, adjectives, numbers and possessives as well.
func (w *walker) contentLemma(rel []int, passive bool) string {
	var keep []int
	for _, i := range rel {
		switch w.t[i].UPOS {
		case "ADJ", "NUM", "DET", "PRON", "PUNCT", "ADV":
			continue
		}
		keep = append(keep, i)
	}
	return w.relLemma(keep, passive)
}

// degreeAdverbs compare or bound an adjective, so that the adjective alone
// says something else ("less likely", "too small", "barely legal").
var degreeAdverbs = map[string]bool{
	"less": true, "least": true, "more": true, "most": true, "too": true, "as": true,
	"hardly": true, "barely": true, "scarcely": true, "slightly": true, "far": true, "much": true,
}

// accordingTo reports whether the noun p is marked by "according (to)",
// on itself or on a compound before it ("according to the Koval Fire and
// Rescue Service" with the marker on "Fire").
func (w *walker) accordingTo(p int) bool {
	for _, c := range w.kids[p] {
		if w.bdep(c) == "case" && w.lower(c) == "according" {
			return true
		}
		if c < p && w.bdep(c) == "compound" {
			for _, k := range w.kids[c] {
				if w.bdep(k) == "case" && w.lower(k) == "according" {
					return true
				}
			}
		}
	}
	return false
}

// worthAmount reports the bare phrase c after the predicate "worth" p,
// read as an oblique: what the subject is worth, which the predicate
// cannot do without ("is worth two million euros", "was not worth the
// paper").
func (w *walker) worthAmount(p, c int) bool {
	return w.lower(p) == "worth" && w.head(c) == p && c > p && w.bdep(c) == "obl" && len(w.caseOf(c)) == 0 && w.isNominal(c)
}

// stanceAdjectives state where the subject stands on what the "that"
// clause after them says: cut before it, the fact says nothing.
var stanceAdjectives = map[string]bool{
	"clear": true, "adamant": true, "confident": true, "aware": true, "unaware": true, "sure": true,
	"certain": true, "convinced": true, "insistent": true, "optimistic": true, "hopeful": true,
}

// stanceClause reports the short "that" clause c of such an adjective
// predicate p ("was adamant that the plan would go ahead").
func (w *walker) stanceClause(p, c int) bool {
	if !stanceAdjectives[w.lower(p)] || w.head(c) != p || c < p || w.dep(c) != "ccomp" || !w.hasMark(c, "that") {
		return false
	}
	n := 0 // the clause's words, counted without a walk: skip runs inside one
	for k := range w.t {
		for a, d := k, 0; a >= 0 && d < len(w.t); a, d = w.head(a), d+1 { // bounded: a misparse may hold a cycle
			if a == c {
				n++
				break
			}
			if a == p {
				break
			}
		}
	}
	return n <= 12
}

// copFrames builds (X; is [prep]; Y) for a copular predicate p.
func (w *walker) copFrames(p int, core []int) []frame {
	if w.accordingTo(p) {
		// "and was 20 percent contained by Monday, according to the
		// Koval Fire Service" with the source read as what the subject
		// was: whom a report is from is never a predicate
		return nil
	}
	rel := core
	skip := func(c int) bool {
		if w.head(c) != p {
			return w.objSkip(c)
		}
		if w.stanceClause(p, c) {
			// "has been clear that it will not pay", never "has been
			// clear"
			return false
		}
		if w.worthAmount(p, c) {
			// "was worth two million euros", never "was worth"
			return false
		}
		if c > p && dimensionWords[w.lower(c)] && w.child(p, "nummod") >= 0 {
			// "is only 6 millimetres (0.2 inches) thick" with "thick"
			// read as a discourse word: the amount measures it
			return false
		}
		if c > p && w.tooInfinitive(c) {
			// "was far too early to draw any conclusions": what it is
			// too early for is part of what is said
			return false
		}
		switch w.bdep(c) {
		case "nsubj", "csubj", "cop", "aux", "mark", "advcl", "parataxis", "ccomp", "punct", "expl", "obl", "discourse", "vocative":
			return true
		case "advmod":
			// "is also big" drops "also", never a degree that turns the
			// predicate round ("less likely to survive")
			return w.isNeg(c) || (c < p && !degreeAdverbs[w.lower(c)])
		case "case":
			return true
		case "conj", "cc":
			return true
		case "acl":
			return w.dep(c) == "acl:relcl"
		}
		return false
	}
	if cs := w.caseOf(p); len(cs) > 0 {
		rel = concat(core, cs)
	}
	var obls []Arg
	for _, c := range w.kids[p] {
		if w.isOblique(c) && !w.worthAmount(p, c) {
			if oa, ok := w.oblArg(c); ok {
				obls = append(obls, oa)
			}
		}
	}
	// nominal conjuncts without their own copula or subject split the object
	ov := []arg{{head: p, toks: w.span(p, skip)}}
	var conjs []int
	for _, c := range w.kids[p] {
		if w.dep(c) == "conj" && !w.isPred(c) && w.child(c, "cop") < 0 {
			conjs = append(conjs, c)
		}
	}
	if len(conjs) > 0 && !w.opts.NoCoordination && !w.disjunction(p, conjs) {
		full := w.span(p, func(c int) bool {
			if w.head(c) == p && slicesContains(conjs, c) {
				return false
			}
			return skip(c)
		})
		ov = []arg{{head: p, toks: full}, {head: p, toks: ov[0].toks, split: true}}
		for _, c := range conjs {
			if w.negatedConj(c) || (!w.sameKind(p, c) && len(w.caseOf(p)) > 0) {
				// "was among the best of them, patient enough to
				// ...": the preposition does not carry over to an
				// adjective
				continue
			}
			ov = append(ov, arg{head: c, toks: w.span(c, func(x int) bool { return w.head(x) == c && w.dep(x) == "cc" }), split: true})
		}
	}
	out := []frame{{shape: "cop", rel: rel, lemma: w.relLemma(rel, false), obj: ov, args: obls, kind: "copula", conf: 0.82 - argPenalty(obls)}}
	// a noun predicate joins the relation with the preposition of its
	// first prepositional modifier: (X; is a member of; Y), or of a
	// gerund clause it introduces: (X; is any method of; displaying Y)
	if w.t[p].UPOS == "NOUN" && len(w.caseOf(p)) == 0 {
		for _, m := range w.kids[p] {
			if m < p {
				continue
			}
			if mk := w.prepGerund(m); mk >= 0 {
				head := w.before(w.span(p, skip), mk)
				r := concat(core, head, []int{mk})
				ov := []arg{{head: m, toks: w.span(m, joinSkip(w.objSkip, w.skipMark(m)))}}
				out = append(out, frame{shape: "copger", rel: r, lemma: w.contentLemma(r, false), obj: ov, args: obls, kind: "copula", conf: 0.6 - argPenalty(obls)})
				break
			}
			if w.bdep(m) != "nmod" || w.dep(m) == "nmod:poss" || len(w.caseOf(m)) == 0 || w.isRelPron(m) {
				continue
			}
			head := w.before(w.span(p, skip), w.caseOf(m)[0])
			r := concat(core, head, w.caseOf(m))
			ov := w.argVariants(m, joinSkip(w.objSkip, w.skipCase(m)))
			out = append(out, frame{shape: "copnmod", rel: r, lemma: w.contentLemma(r, false), obj: ov, args: obls, kind: "copula", conf: 0.6 - argPenalty(obls)})
			break
		}
	}
	// an adjective joins the relation with the preposition of its first
	// oblique: (X; are equal to; Y), (X; is amazing)
	if w.t[p].UPOS == "ADJ" && len(w.caseOf(p)) == 0 {
		adj := []int{p}
		for _, c := range w.kids[p] {
			if c < p && w.bdep(c) == "advmod" && !w.isNeg(c) && len(w.kids[c]) == 0 {
				adj = append(adj, c)
			}
		}
		first := -1
		for _, c := range w.kids[p] {
			if c > p && w.bdep(c) == "obl" && len(w.caseOf(c)) > 0 && !w.isRelPron(c) && !w.source(c) {
				first = c // ("according to X" is whose word it is)
				break
			}
		}
		if first >= 0 {
			r := concat(core, adj, w.caseOf(first))
			var rest []Arg
			for _, c := range w.kids[p] {
				if c != first && w.isOblique(c) {
					if oa, ok := w.oblArg(c); ok {
						rest = append(rest, oa)
					}
				}
			}
			ov := w.argVariants(first, joinSkip(w.objSkip, w.skipCase(first)))
			out = append(out, frame{shape: "copadjobl", rel: r, lemma: w.relLemma(r, false), obj: ov, args: rest, kind: "copula", conf: 0.78 - argPenalty(rest)})
		}
	}
	// with the relative clause: "X is a player who plays for Y"
	if w.child(p, "acl:relcl") >= 0 {
		withRel := w.span(p, func(c int) bool {
			if w.head(c) == p && w.dep(c) == "acl:relcl" {
				return false
			}
			return skip(c)
		})
		out = append(out, frame{shape: "coprel", rel: rel, lemma: w.relLemma(rel, false), obj: []arg{{head: p, toks: withRel}}, args: obls, kind: "copula", conf: 0.6})
	}
	return out
}

// prepGerund returns the preposition that introduces m as a gerund
// clause modifying a noun ("method of | displaying images"), or -1.
func (w *walker) prepGerund(m int) int {
	if w.dep(m) != "acl" || w.t[m].XPOS != "VBG" || w.child(m, "nsubj") >= 0 {
		return -1
	}
	mk := w.child(m, "mark")
	if mk < 0 || mk > m || !prepMarks[w.lower(mk)] {
		return -1
	}
	return mk
}

func slicesContains(a []int, x int) bool {
	for _, y := range a {
		if y == x {
			return true
		}
	}
	return false
}

// skipReport skips a conjunct of clause c that is a report of its own:
// "signaled that the merger is complete, and the regulator said ..."
// was not signaled.
func (w *walker) skipReport(c int) func(int) bool {
	return func(k int) bool {
		return w.head(k) == c && w.dep(k) == "conj" && w.ownReport(k) && !w.quotedTogether(c, k)
	}
}

// exemplifies reports whether oblique o gives examples of something named
// before ("wrote eleven more novels, including 'Low Tide'", "such as
// Varn"): the parser often hangs it on the verb, but it is no argument of
// the verb, and "went including | Low Tide" reads as nothing.
func (w *walker) exemplifies(o int) bool {
	c := w.caseOf(o)
	switch {
	case len(c) == 1:
		switch w.lower(c[0]) {
		case "including", "excluding":
			return true
		}
	case len(c) == 2:
		return w.lower(c[0]) == "such" && w.lower(c[1]) == "as"
	}
	return false
}

// quotedTogether reports whether tokens a < b stand inside one quotation:
// an odd number of quotation marks before a and none between them. The
// words of a quote are all its speaker's, a clause of saying inside it
// ("'The cabin went quiet, and then the captain told us we were going
// back,' she said") included.
func (w *walker) quotedTogether(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	n := 0
	for k := 0; k < b; k++ {
		if isQuote(w.t[k].Text) {
			if k > a {
				return false
			}
			n++
		}
	}
	return n%2 == 1
}

// ownReport reports whether k is a verb of saying with a subject and a
// reported clause of its own ("the regulator said it would rule").
func (w *walker) ownReport(k int) bool {
	return speechLemma(w.lemma(k)) && w.child(k, "nsubj") >= 0 && w.child(k, "ccomp") >= 0
}

// leadingMarks returns the marks of clause c that open it, before its
// subject and every other word: "that" in "stated that his wish was to
// remain", not the "to", which stays in the clause.
func (w *walker) leadingMarks(c int) []int {
	marks := w.markOf(c)
	first := c
	for _, k := range w.kids[c] {
		if k < first && w.bdep(k) != "mark" && w.t[k].UPOS != "PUNCT" {
			first = k
		}
	}
	out := marks[:0:0]
	for _, m := range marks {
		if m < first {
			out = append(out, m)
		}
	}
	return out
}

// adjacent reports whether span b starts right after span a ends, past
// punctuation only.
func (w *walker) adjacent(a, b []int) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	end, start := a[len(a)-1], b[0]
	if start <= end {
		return false
	}
	for k := end + 1; k < start; k++ {
		if w.t[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// degreeWords mark a manner adverbial as a measure the statement hinges
// on: "had not fixed it quickly enough", "could not have done it any
// faster", "sold it too cheaply".
var degreeWords = map[string]bool{"enough": true, "too": true, "any": true, "so": true}

// degreeTail extends an object span with the adverbials of predicate p
// that follow it when they measure the action ("the pitch quickly
// enough", "the issue any faster"): dropped, the fact says the opposite
// of the sentence ("had not fixed the pitch" when it was fixed, but late).
func (w *walker) degreeTail(p int, toks []int) []int {
	if len(toks) == 0 {
		return toks
	}
	end := toks[len(toks)-1]
	var tail []int
	degree := false
	for k := end + 1; k < len(w.t); k++ {
		top := k
		// bounded: a broken tree may hold a cycle of heads (FuzzExtract)
		for d := 0; d < len(w.t) && top >= 0 && w.head(top) != p && w.head(top) > end && w.head(top) != top; d++ {
			top = w.head(top)
		}
		if w.head(top) != p || w.bdep(top) != "advmod" || w.t[top].UPOS != "ADV" {
			break
		}
		tail = append(tail, k)
		if degreeWords[w.lower(k)] || w.t[k].XPOS == "RBR" {
			degree = true
		}
	}
	if !degree {
		return toks
	}
	return concat(toks, tail)
}

// hasComma reports whether span sp holds a comma: a predicate that runs
// on past one takes in more than the object's predicate.
func (w *walker) hasComma(sp []int) bool {
	for _, k := range sp {
		if w.t[k].Text == "," {
			return true
		}
	}
	return false
}

// dimensionWords say what a measure after a copula measures ("is 6
// millimetres thick", "is 80 metres tall").
var dimensionWords = map[string]bool{
	"thick": true, "thin": true, "tall": true, "long": true, "wide": true, "deep": true, "high": true,
	"heavy": true, "old": true, "across": true, "broad": true,
}

// namingVerbs take an object and a noun phrase that names or ranks it
// ("called the bridge the finest crossing", "elected her chairwoman").
var namingVerbs = map[string]bool{
	"call": true, "name": true, "dub": true, "label": true, "term": true, "elect": true, "appoint": true,
	"crown": true, "declare": true, "consider": true, "deem": true, "brand": true, "nickname": true, "rate": true,
}

// namePredicate returns the noun phrase after object obj of a verb of
// naming p that the parse read as a second object or a bare oblique, or
// -1.
func (w *walker) namePredicate(p, obj int) int {
	if !namingVerbs[w.lemma(p)] {
		return -1
	}
	for _, k := range w.kids[p] {
		if k <= obj || !w.isNominal(k) || len(w.caseOf(k)) > 0 || timeWord(w.lower(k)) {
			continue
		}
		switch w.dep(k) {
		case "obj", "obl:unmarked", "obl:npmod", "obl:tmod":
			return k
		}
	}
	return -1
}

// asObjectVerbs say what their object is with an "as" phrase ("described
// the merger as a turning point", "sees the plan as a threat"), unlike
// verbs whose "as" phrase is the subject's role ("will succeed Jobs as
// chief executive", "joined the firm as an adviser").
var asObjectVerbs = map[string]bool{
	"describe": true, "see": true, "view": true, "regard": true, "consider": true, "label": true,
	"brand": true, "characterize": true, "characterise": true, "portray": true, "depict": true,
	"hail": true, "dismiss": true, "denounce": true, "condemn": true, "criticize": true, "criticise": true,
	"praise": true, "treat": true, "classify": true, "rank": true, "rate": true, "cast": true, "paint": true,
	"present": true, "frame": true, "bill": true, "tout": true, "identify": true, "define": true,
	"designate": true, "recognize": true, "recognise": true, "reject": true, "welcome": true,
}
