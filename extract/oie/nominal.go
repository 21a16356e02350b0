package oie

import (
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"
)

// nominal emits facts that need no verb: appositions ("X, a Y" gives
// (X; is; Y), "X, Z's son-in-law" gives (X; son-in-law of; Z)), titles
// ("Special Envoy Steve Witkoff" gives (Steve Witkoff; is; Special Envoy))
// and possessives ("Z's Y" gives (Z; has; Y)).
func (w *walker) nominal() {
	for i := range w.t {
		switch {
		case w.dep(i) == "appos":
			w.appos(i)
		case w.dep(i) == "nmod:poss":
			w.possessive(i)
		}
		if w.t[i].UPOS == "PROPN" {
			w.title(i)
		}
		switch w.t[i].UPOS {
		case "NOUN", "PROPN":
			w.nounFacts(i)
			w.nominalisation(i)
		}
	}
}

// be returns "are" for a plural noun head and "is" otherwise.
func (w *walker) be(n int) string {
	switch w.t[n].XPOS {
	case "NNS", "NNPS":
		return "are"
	}
	return "is"
}

// beAt returns the form of "be" for noun n in the tense of the clause
// noun n belongs to: "was" in "the rehearsal conducted by Krauss was a
// success", "is" in the present.
func (w *walker) beAt(n int) string {
	// a person's name is one person, whatever its tag ("Jobs")
	pl := (w.t[n].XPOS == "NNS" || w.t[n].XPOS == "NNPS") && !strings.Contains(w.t[n].Ent, "PER")
	past := w.pastAbove(n)
	switch {
	case past && pl:
		return "were"
	case past:
		return "was"
	case pl:
		return "are"
	}
	return "is"
}

// pastAbove reports whether the nearest predicate above token n is in
// the past tense ("met", "was", "had signed").
func (w *walker) pastAbove(n int) bool {
	for p, k := w.head(n), 0; p >= 0 && k < 10; p, k = w.head(p), k+1 {
		if !w.isPred(p) {
			continue
		}
		if w.t[p].XPOS == "VBD" {
			return true
		}
		for _, c := range w.kids[p] {
			if b := w.bdep(c); b == "aux" || b == "cop" {
				switch w.t[c].XPOS {
				case "VBD":
					return true
				case "MD", "VBZ", "VBP":
					return false
				}
			}
		}
		return false
	}
	return false
}

// nounSpan returns noun n with its modifiers that precede child m (or all
// its prenominal modifiers when m < 0), without relative clauses,
// appositions and its own preposition.
func (w *walker) nounSpan(n, m int, drop func(int) bool) []int {
	sp := w.span(n, w.argSkip(n, func(c int) bool {
		if drop != nil && drop(c) {
			return true
		}
		if w.head(c) != n {
			return false
		}
		if c == m || (m >= 0 && c > m) {
			return true
		}
		switch w.dep(c) {
		case "acl:relcl", "acl", "appos", "conj", "cc", "punct", "parataxis", "dep":
			return true
		}
		return false
	}))
	return sp
}

// nounFacts emits low-confidence facts read off a noun phrase: its
// prepositional modifiers ("industries in Kabul" gives (industries; are
// in; Kabul), "the properties of the abbey" gives (the abbey; has;
// properties)) and its adjectives ("a fume-filled mine" gives (a mine;
// is; fume-filled)).
func (w *walker) nounFacts(n int) {
	if w.isRelPron(n) || w.complexPrepNoun(n) {
		// "in line with the rules", "on behalf of the residents": the
		// noun is part of a preposition, and nothing is said of it
		return
	}
	for _, m := range w.kids[n] {
		if m < n {
			continue
		}
		if w.bdep(m) != "nmod" || w.source(m) || w.dep(m) == "nmod:poss" || w.dep(m) == "nmod:arg" || strings.HasSuffix(w.dep(m), "tmod") || strings.HasSuffix(w.dep(m), "npmod") {
			continue
		}
		cs := w.caseOf(m)
		if len(cs) == 0 || w.isRelPron(m) || w.t[m].UPOS == "PRON" {
			continue
		}
		subj := w.nounSpan(n, m, nil)
		obj := w.span(m, joinSkip(w.objSkip, w.skipCase(m)))
		if len(subj) == 0 || len(obj) == 0 {
			continue
		}
		prep := strings.ToLower(w.text(cs))
		if prep == "of" {
			bare := w.nounSpan(n, m, func(c int) bool { return w.head(c) == n && w.bdep(c) == "det" })
			obj := w.nounSpan(m, -1, nil)
			if len(bare) > 0 && len(obj) > 0 {
				w.emitf(Extraction{
					Subject: w.text(obj), Subj: rangeOf(obj), SubjHead: m,
					Relation: "has", RelationLemma: "have",
					Object: w.text(bare), Obj: rangeOf(bare), ObjHead: n,
					Verb: -1, Kind: "nmod", Confidence: 0.3, AttributedHead: -1,
				}, n, feat{kind: "nmod", shape: "nmod-of-has", subjLen: len(obj), objLen: len(bare)})
			}
			continue
		}
		w.emitf(Extraction{
			Subject: w.text(subj), Subj: rangeOf(subj), SubjHead: n,
			Relation: w.be(n) + " " + prep, RelationLemma: "be " + prep, Rel: cs,
			Object: w.text(obj), Obj: rangeOf(obj), ObjHead: m,
			Verb: -1, Kind: "nmod", Confidence: 0.3, AttributedHead: -1,
		}, n, feat{kind: "nmod", shape: "nmod-prep", subjLen: len(subj), objLen: len(obj)})
	}
	if w.t[n].UPOS != "NOUN" {
		return
	}
	for _, a := range w.kids[n] {
		if a > n || w.dep(a) != "amod" || w.t[a].UPOS != "ADJ" || nonPredAdj[w.lower(a)] || w.t[a].XPOS == "JJS" {
			continue
		}
		subj := w.nounSpan(n, -1, func(c int) bool { return c == a })
		adj := w.span(a, nil)
		if len(subj) == 0 || len(adj) == 0 {
			continue
		}
		w.emitf(Extraction{
			Subject: w.text(subj), Subj: rangeOf(subj), SubjHead: n,
			Relation: w.be(n), RelationLemma: "be",
			Object: w.text(adj), Obj: rangeOf(adj), ObjHead: a,
			Verb: -1, Kind: "amod", Confidence: 0.25, AttributedHead: -1,
		}, n, feat{kind: "amod", shape: "amod", subjLen: len(subj), objLen: len(adj)})
	}
}

// nonPredAdj are adjectives that do not describe their noun
// ("other", "former", "main").
var nonPredAdj = map[string]bool{
	"other": true, "such": true, "many": true, "several": true, "same": true, "last": true, "next": true,
	"first": true, "second": true, "third": true, "former": true, "main": true, "own": true, "few": true,
	"more": true, "most": true, "certain": true, "various": true, "only": true, "previous": true,
	"particular": true, "specific": true, "total": true, "entire": true, "whole": true, "late": true,
	"early": true, "further": true, "additional": true, "different": true, "similar": true, "new": true,
	"recent": true, "current": true, "following": true, "latter": true, "final": true, "possible": true,
}

func (w *walker) nameSkip(c int) bool {
	switch w.dep(c) {
	case "appos", "acl:relcl", "acl", "parataxis", "dep", "punct", "conj", "cc":
		return true
	}
	return false
}

// appos emits the facts of apposition a.
func (w *walker) appos(a int) {
	h := w.head(a)
	if h < 0 || !w.isNominal(h) || !w.isNominal(a) {
		return
	}
	x := w.span(h, w.argSkip(h, w.nameSkip))
	if w.isRelPron(h) || w.t[h].UPOS == "PRON" {
		return
	}
	y := w.span(a, func(c int) bool {
		return w.dep(c) == "parataxis" || w.dep(c) == "dep" || (w.head(c) == a && w.dep(c) == "acl:relcl")
	})
	if len(x) == 0 || len(y) == 0 {
		return
	}
	e := Extraction{
		Subject: w.text(x), Subj: rangeOf(x), SubjHead: h,
		Relation: "is", RelationLemma: "be",
		Object: w.text(y), Obj: rangeOf(y), ObjHead: a,
		Verb: -1, Kind: "appos", Confidence: 0.72 - lenPenalty(len(y)), AttributedHead: -1,
	}
	w.emit(e, h)
	// relational noun with a possessor or an of-complement
	if w.t[a].UPOS != "NOUN" {
		return
	}
	for _, c := range w.kids[a] {
		var obj, of []int
		switch {
		case w.dep(c) == "nmod:poss" && !w.isPron(c):
			// "Z's son-in-law": the "of" is supplied
			obj = w.span(c, func(x int) bool { return w.head(x) == c && w.t[x].XPOS == "POS" })
		case w.bdep(c) == "nmod" && c > a && len(w.caseOf(c)) == 1 && w.lower(w.caseOf(c)[0]) == "of":
			obj = w.span(c, w.skipCase(c))
			of = w.caseOf(c)
		default:
			continue
		}
		if len(obj) == 0 {
			continue
		}
		relToks := w.nounRelToks(a)
		w.emit(Extraction{
			Subject: e.Subject, Subj: e.Subj, SubjHead: h,
			Relation: w.text(relToks) + " of", RelationLemma: strings.ToLower(w.lemma(a)) + " of",
			Object: w.text(obj), Obj: rangeOf(obj), ObjHead: c, Rel: concat(relToks, of),
			Verb: -1, Kind: "appos", Confidence: 0.7, AttributedHead: -1,
		}, h)
		return
	}
}

// nounRelToks returns the tokens, sorted, of the relational noun a with
// its compound and adjective modifiers placed before it ("top military
// commander").
func (w *walker) nounRelToks(a int) []int {
	var toks []int
	for _, c := range w.kids[a] {
		if c < a && (w.bdep(c) == "compound" || w.bdep(c) == "amod") {
			toks = append(toks, w.walk(nil, c, nil)...)
		}
	}
	toks = append(toks, a)
	sortInts(toks)
	return toks
}

// possessive emits (possessor; has; possessed) for "Z's Y".
func (w *walker) possessive(z int) {
	y := w.head(z)
	if y < 0 || w.isRelPron(z) || w.t[y].UPOS != "NOUN" {
		return
	}
	zs := w.span(z, func(x int) bool { return w.head(x) == z && w.t[x].XPOS == "POS" })
	subj := w.text(zs)
	shape := "poss"
	if w.isPron(z) {
		// "his brother": (his; has; brother), the pronoun resolved when
		// asked
		if _, ok := possPron[w.lower(z)]; !ok {
			return
		}
		shape = "posspron"
		if w.opts.ResolvePronouns {
			if a := w.pronounAntecedent(z); len(a.toks) > 0 {
				subj, zs = w.argText(a), a.toks
			}
		}
	}
	ys := w.span(y, func(c int) bool {
		if c == z {
			return true
		}
		return w.head(c) == y && (w.bdep(c) == "case" || w.dep(c) == "acl:relcl" || w.bdep(c) == "appos" || w.bdep(c) == "conj" || w.bdep(c) == "cc" || w.bdep(c) == "det")
	})
	if len(zs) == 0 || len(ys) == 0 {
		return
	}
	w.emitf(Extraction{
		Subject: subj, Subj: rangeOf(zs), SubjHead: z,
		Relation: "has", RelationLemma: "have",
		Object: w.text(ys), Obj: rangeOf(ys), ObjHead: y,
		Verb: -1, Kind: "poss", Confidence: 0.3, AttributedHead: -1,
	}, z, feat{kind: "poss", shape: shape, subjLen: len(zs), objLen: len(ys)})
}

// possPron maps third-person possessive pronouns to their subject form.
var possPron = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}

// titleWord reports whether w is a noun that, before a person's name,
// names a role: an office, rank, role or occupation of the shared lexicon
// (not an honorific such as "Mr").
func titleWord(w string) bool {
	return lexicon.Title(w, lexicon.Office, lexicon.Rank, lexicon.Role, lexicon.Occupation)
}

// title emits (name; is; title) when the name headed by h is preceded by
// a role: "Special Envoy Steve Witkoff", "President Bush".
func (w *walker) title(h int) {
	// only the head of a name: not a compound or flat part of another name
	switch w.bdep(h) {
	case "compound", "flat", "fixed", "goeswith":
		return
	}
	sp := w.walk(nil, h, func(c int) bool {
		switch w.bdep(c) {
		case "compound", "flat", "amod", "nmod":
			if w.dep(c) == "nmod:poss" {
				return true
			}
			return c > h && w.bdep(c) != "flat"
		}
		return true
	})
	sortInts(sp)
	// the name: the PROPN run ending at (or after, for flat names) h
	var name []int
	var pre []int
	for _, i := range sp {
		if i <= h {
			pre = append(pre, i)
		} else if w.t[i].UPOS == "PROPN" && w.bdep(i) == "flat" {
			name = append(name, i)
		}
	}
	// contiguous run before h
	for k := len(pre) - 1; k > 0; k-- {
		if pre[k-1] != pre[k]-1 {
			pre = pre[k:]
			break
		}
	}
	// split pre into title + name: the name is the trailing run of
	// capitalised PROPN tokens that are not title words.
	k := len(pre)
	for k > 0 {
		i := pre[k-1]
		if w.t[i].UPOS != "PROPN" || titleWord(w.lower(i)) || !isUpper(w.t[i].Text) {
			break
		}
		k--
	}
	if k == 0 || k == len(pre) {
		return
	}
	titleToks, nameToks := pre[:k], append(append([]int(nil), pre[k:]...), name...)
	last := titleToks[len(titleToks)-1]
	if !titleWord(w.lower(last)) {
		return
	}
	// a title holds only nouns, adjectives and proper nouns
	for _, i := range titleToks {
		switch w.t[i].UPOS {
		case "NOUN", "PROPN", "ADJ":
		default:
			return
		}
	}
	if ent := w.t[h].Ent; ent != "" && ent != "O" && !strings.HasSuffix(ent, "PERSON") && !strings.HasSuffix(ent, "PER") {
		return
	}
	sortInts(nameToks)
	w.emit(Extraction{
		Subject: w.text(nameToks), Subj: rangeOf(nameToks), SubjHead: h,
		Relation: "is", RelationLemma: "be",
		Object: w.text(titleToks), Obj: rangeOf(titleToks), ObjHead: last,
		Verb: -1, Kind: "title", Confidence: 0.68, AttributedHead: -1,
	}, h)
	// "Harrowgate chief executive Miriam Oduya", "Kestrel spokesman Paul
	// Ferreira": an organisation's name before the role is whose role it is
	if org, role := w.orgOfTitle(titleToks); len(org) > 0 {
		var lemmas []string
		for _, i := range role {
			lemmas = append(lemmas, strings.ToLower(w.lemma(i)))
		}
		w.emit(Extraction{
			Subject: w.text(nameToks), Subj: rangeOf(nameToks), SubjHead: h,
			Relation: w.text(role) + " of", RelationLemma: strings.Join(lemmas, " ") + " of", Rel: role,
			Object: w.text(org), Obj: rangeOf(org), ObjHead: org[len(org)-1],
			Verb: -1, Kind: "title", Confidence: 0.66, AttributedHead: -1,
		}, h)
	}
}

// orgOfTitle splits the title words before a name into an organisation's
// name and the role it gives ("Harrowgate | chief executive", "Apple |
// CEO"): the name is a run of capitalised proper nouns, none a title word
// (an organisation by the recogniser when it says), the role the rest, all
// title words or lower-case nouns and adjectives.
func (w *walker) orgOfTitle(title []int) (org, role []int) {
	j := 0
	for j < len(title) {
		i := title[j]
		ent := w.t[i].Ent
		if strings.HasSuffix(ent, "ORG") || (w.t[i].UPOS == "PROPN" && isUpper(w.t[i].Text) && !titleWord(w.lower(i)) &&
			!strings.HasSuffix(ent, "PERSON") && !strings.HasSuffix(ent, "LOC") && !strings.HasSuffix(ent, "GPE")) {
			j++
			continue
		}
		break
	}
	if j == 0 || j == len(title) {
		return nil, nil
	}
	for _, i := range title[j:] {
		if !titleWord(w.lower(i)) && (w.t[i].Text != w.lower(i) || (w.t[i].UPOS != "NOUN" && w.t[i].UPOS != "ADJ")) {
			return nil, nil
		}
	}
	if !titleWord(w.lower(title[len(title)-1])) {
		return nil, nil
	}
	return title[:j], title[j:]
}

func isUpper(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}
