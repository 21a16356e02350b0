package pipeline

import (
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
)

// A story often tells an event with a verb first ("Quillbridge will cut
// 1,800 jobs", "Starke has been banned for four years", "Ostrel Foods
// sued Brenmark Mills") and then names it by the verb's noun ("the cuts",
// "the ban", "the lawsuit"). A fact read off the later sentence ("The
// ban | is backdated to | June 2") does not say whose; eventMentions
// gives the thing index a mention of the noun at the verb, with a phrase
// that says it ("Quillbridge Software's job cuts", "Elin Starke's
// four-year ban", "Ostrel Foods' lawsuit against Brenmark Mills"), so
// that a later bare description stands for it as it does for a noun
// phrase said before.

// eventNoun is the noun of an event a verb tells, and whose it is: the
// verb's subject's (sue: who sues), or, for a passive verb, the one it
// is done to (ban: who is banned).
type eventNoun struct {
	noun string
	// object marks a verb whose noun takes the object's head as a
	// compound ("cut 1,800 jobs": job cuts).
	object bool
	// against marks a verb whose noun names its named object after
	// "against" ("sued Brenmark Mills": the lawsuit against Brenmark
	// Mills), of after "of" (acquisition of ...).
	prep string
	// needObj marks a verb that tells the event only with an object
	// ("will close its Ludgate factory", not "closed 3 percent lower"),
	// noObj one that tells it only without ("workers will strike", not
	// "the storm struck the coast").
	needObj, noObj bool
}

// eventNouns maps verbs to the nouns a story names their event by.
var eventNouns = map[string][]eventNoun{
	"cut":         {{noun: "cut", object: true}},
	"ban":         {{noun: "ban"}, {noun: "case"}},
	"suspend":     {{noun: "suspension"}, {noun: "case"}},
	"appeal":      {{noun: "appeal"}},
	"recall":      {{noun: "recall"}},
	"sue":         {{noun: "lawsuit", prep: "against"}, {noun: "suit", prep: "against"}},
	"acquire":     {{noun: "acquisition", prep: "of"}},
	"merge":       {{noun: "merger"}},
	"fine":        {{noun: "fine"}, {noun: "case"}},
	"arrest":      {{noun: "arrest"}, {noun: "case"}},
	"resign":      {{noun: "resignation"}},
	"boycott":     {{noun: "boycott", prep: "of"}},
	"investigate": {{noun: "investigation", prep: "into"}},
	"withdraw":    {{noun: "withdrawal"}},
	"close":       {{noun: "closure", object: true, needObj: true}},
	"strike":      {{noun: "strike", noObj: true}},
	"buy":         {{noun: "purchase", prep: "of", needObj: true}, {noun: "deal", prep: "of", needObj: true}, {noun: "takeover", prep: "of", needObj: true}},
	"attack":      {{noun: "attack", prep: "on", needObj: true}},
	"increase":    {{noun: "increase", object: true, needObj: true}},
	"visit":       {{noun: "visit", prep: "to", needObj: true}},
	"rule":        {{noun: "ruling", noObj: true}, {noun: "decision", noObj: true}},
	"decide":      {{noun: "decision", noObj: true}},
}

// passiveOwner are the verbs whose event is of the one it is done to
// when the verb is passive ("Starke was banned": Starke's ban).
var passiveOwner = map[string]bool{"ban": true, "suspend": true, "fine": true, "arrest": true}

// eventMention returns the mentions (noun and phrase) the event verb i
// of s names, if its owner is a name; at tells the entity a token is
// bound to.
func eventMention(s *nlp.Sentence, kids [][]int, si, i int, at func(si, tok int) (string, string, bool)) (nouns []string, phrase, owner string) {
	t := s.Tokens[i]
	if t.UPOS != "VERB" {
		return nil, "", ""
	}
	lemma := strings.ToLower(t.Lemma)
	evs, ok := eventNouns[lemma]
	if !ok {
		return nil, "", ""
	}
	for _, c := range kids[i] {
		if s.Tokens[c].Dep == "compound:prt" && !upTo(s, c) {
			return nil, "", "" // "cut back on", "fine-tune": another verb
		}
	}
	for k := i + 1; k < len(s.Tokens) && k <= i+2; k++ {
		switch strings.ToLower(s.Tokens[k].Text) {
		case "up":
			if upTo(s, k) {
				continue // "will cut up to 1,800 jobs"
			}
			return nil, "", ""
		case "out", "back", "off", "down":
			return nil, "", "" // "ruled that out", however parsed
		}
	}
	passive := false
	subj := -1
	for _, c := range kids[i] {
		switch s.Tokens[c].Dep {
		case "nsubj":
			subj = c
		case "nsubj:pass":
			subj, passive = c, true
		}
	}
	if subj < 0 && (t.Dep == "xcomp" || t.Dep == "conj") && t.Head >= 0 {
		// "vows to appeal", "was fined and banned": the head's subject
		for _, c := range kids[t.Head] {
			switch s.Tokens[c].Dep {
			case "nsubj":
				subj = c
			case "nsubj:pass":
				subj, passive = c, true
			}
		}
		if t.Dep == "xcomp" {
			passive = false
		}
	}
	if subj < 0 || passive && !passiveOwner[lemma] {
		return nil, "", ""
	}
	if passiveOwner[lemma] && !passive {
		// "the trust suspended a surgeon": the suspension is the
		// surgeon's, said only when the surgeon is named
		subj = -1
		for _, c := range kids[i] {
			if s.Tokens[c].Dep == "obj" {
				subj = c
			}
		}
		if subj < 0 {
			return nil, "", ""
		}
	}
	owner = nameAt(s, si, subj, at)
	if owner == "" {
		owner = bodyOwner(s, kids, si, subj, at)
	}
	if owner == "" {
		return nil, "", ""
	}
	ev := evs[0]
	hasObj := false
	for _, c := range kids[i] {
		if s.Tokens[c].Dep == "obj" {
			hasObj = true
		}
	}
	if ev.needObj && !hasObj || ev.noObj && hasObj {
		return nil, "", ""
	}
	var mods []string
	var tail string
	for _, c := range kids[i] {
		ct := s.Tokens[c]
		switch {
		case ev.object && ct.Dep == "obj" && ct.UPOS == "NOUN" && ct.Text == strings.ToLower(ct.Text):
			mods = append(mods, strings.ToLower(ct.Lemma)) // "job cuts"
		case ct.Dep == "obl" && hasCase(s, kids[c], "for"):
			if d := duration(s, kids, c); d != "" {
				mods = append(mods, d) // "four-year ban"
			}
		case ev.prep != "" && !passive && ct.Dep == "obj":
			if n := nameAt(s, si, c, at); n != "" {
				tail = " " + ev.prep + " " + n
			} else if n := capitalRun(s, kids, c); n != "" {
				tail = " " + ev.prep + " " + n // "Ostrin Credit", which no entity holds
			}
		}
	}
	for _, e := range evs {
		nouns = append(nouns, e.noun)
	}
	words := append([]string{possessiveOf(owner)}, mods...)
	return nouns, strings.Join(words, " ") + " " + "%s" + tail, owner
}

// nameAt returns the name token i stands for: the run of proper nouns of
// its entity as the sentence writes it ("Quillbridge Software"), or the
// entity's name for a pronoun bound to one; "" for anything else.
func nameAt(s *nlp.Sentence, si, i int, at func(si, tok int) (string, string, bool)) string {
	if at == nil {
		return ""
	}
	id, name, ok := at(si, i)
	t := s.Tokens[i]
	if !ok && t.UPOS != "PRON" {
		// "Deputy Minister Ola Brenvik" read with the title as head: the
		// name it holds
		for j := i + 1; j < len(s.Tokens) && j <= i+3; j++ {
			if s.Tokens[j].Head == i && s.Tokens[j].UPOS == "PROPN" && titleWord(t.Text) {
				return nameAt(s, si, j, at)
			}
		}
		return ""
	}
	if !ok {
		return ""
	}
	if t.UPOS == "PRON" {
		if strings.EqualFold(t.Text, "it") || strings.EqualFold(t.Text, "he") || strings.EqualFold(t.Text, "she") {
			return name
		}
		return ""
	}
	if t.UPOS != "PROPN" {
		return ""
	}
	a, b := i, i+1
	for a > 0 {
		if pid, _, ok := at(si, a-1); !ok || pid != id || s.Tokens[a-1].UPOS != "PROPN" {
			break
		}
		a--
	}
	for b < len(s.Tokens) {
		if nid, _, ok := at(si, b); !ok || nid != id || s.Tokens[b].UPOS != "PROPN" {
			break
		}
		b++
	}
	if a > 0 && s.Tokens[a-1].Text == "(" || a == 0 && b < len(s.Tokens) && s.Tokens[b].Text == "," && strings.ToUpper(s.Tokens[a].Text) == s.Tokens[a].Text {
		return "" // a dateline's agency "(Wire)" or place "PELLHAM,": no owner
	}
	return joinTokens(s, rangeInts(a, b))
}

// hasCase reports a case marker w among kids.
func hasCase(s *nlp.Sentence, kids []int, w string) bool {
	for _, c := range kids {
		if s.Tokens[c].Dep == "case" && strings.EqualFold(s.Tokens[c].Text, w) {
			return true
		}
	}
	return false
}

// duration writes "for four years" as "four-year", "for six months" as
// "six-month"; "" for anything else.
func duration(s *nlp.Sentence, kids [][]int, c int) string {
	t := s.Tokens[c]
	unit := strings.ToLower(t.Lemma)
	switch unit {
	case "year", "month", "week", "day", "game", "match", "race":
	default:
		return ""
	}
	for _, k := range kids[c] {
		if s.Tokens[k].Dep == "nummod" && len(kids[k]) == 0 {
			return strings.ToLower(s.Tokens[k].Text) + "-" + unit
		}
	}
	return ""
}

// addEvents gives x the event mentions of sentence si, in the order of
// its tokens, as antecedents only.
func (x *thingIndex) addEvent(s *nlp.Sentence, kids [][]int, si, i int, quoted, title bool, at func(si, tok int) (string, string, bool)) {
	nouns, phrase, owner := eventMention(s, kids, si, i, at)
	for _, n := range nouns {
		for _, num := range []string{"|sg", "|pl"} {
			p := phrase
			word := nouns[0] // "the deal": the purchase the verb told
			if num == "|pl" {
				word = plural(nouns[0])
			}
			p = strings.Replace(p, "%s", word, 1)
			if n == "case" {
				if num == "|pl" {
					continue
				}
				p = possessiveOf(owner) + " case" // "banned for four years" ... "the case": Elin Starke's case
			}
			m := nounMention{si: si, tok: i, phrase: p, possessive: true, quoted: quoted, title: title, event: true}
			x.byKey[n+num] = append(x.byKey[n+num], m)
			for _, d := range lexicon.Kinds(n) {
				x.byKey[d+num] = append(x.byKey[d+num], m)
			}
		}
	}
}

// plural writes a noun's plural.
func plural(n string) string {
	switch {
	case strings.HasSuffix(n, "s"), strings.HasSuffix(n, "sh"), strings.HasSuffix(n, "ch"):
		return n + "es"
	}
	return n + "s"
}

// soCalled returns the name a noun phrase gives its head h with
// "so-called" before it ("the so-called "two offers rule"", "the
// so-called Blue Card scheme"): the words after "so-called" up to the
// head, without quotation marks.
func soCalled(s *nlp.Sentence, h int) (string, bool) {
	toks := s.Tokens
	for j := h - 1; j >= 0 && j >= h-7; j-- {
		t := toks[j]
		if strings.EqualFold(t.Text, "so-called") {
			var idx []int
			for k := j + 1; k <= h; k++ {
				if toks[k].UPOS != "PUNCT" {
					idx = append(idx, k)
				}
			}
			if len(idx) < 2 {
				return "", false // "the so-called rule": no name
			}
			return joinTokens(s, idx), true
		}
		switch t.UPOS {
		case "NOUN", "PROPN", "NUM", "ADJ":
		case "PUNCT":
			if t.Text == "," || t.Text == "(" || t.Text == ")" {
				return "", false
			}
		default:
			return "", false
		}
	}
	return "", false
}

// titleWord reports a word of a title a name may follow ("Deputy",
// "Minister", "Dr").
func titleWord(w string) bool {
	return lexicon.Title(strings.ToLower(w))
}

// siteNouns are the words news uses by turns for one industrial site
// ("a plastics factory", "the plant", "the facility").
var siteNouns = map[string]bool{"plant": true, "factory": true, "facility": true, "works": true, "plants": true, "factories": true, "facilities": true}

// siteSynonyms returns the other site nouns of a site noun's lemma.
func siteSynonyms(lemma string) []string {
	l := strings.ToLower(lemma)
	if !siteNouns[l] {
		return nil
	}
	var out []string
	for _, w := range []string{"plant", "factory", "facility", "works"} {
		if w != l {
			out = append(out, w)
		}
	}
	return out
}

// ranBy returns the phrase of "the plant run by Dunmore Polymers": the
// owner's possessive before the fuller phrase of the one thing of the
// kind the sentence or the two before name ("a plastics factory in
// Grenthal" ... "the plant run by Dunmore Polymers": Dunmore Polymers'
// plastics factory), or before the noun's own phrase or the noun.
func (x *thingIndex) ranBy(s *nlp.Sentence, kids [][]int, si, h int, phrase string, at func(si, tok int) (string, string, bool)) (string, bool) {
	toks := s.Tokens
	def := false
	for _, c := range kids[h] {
		if toks[c].Dep == "det" && strings.EqualFold(toks[c].Text, "the") {
			def = true
		}
		if toks[c].Dep == "nmod:poss" {
			return "", false
		}
	}
	if !def {
		return "", false
	}
	// read in order, as the parse of such a phrase often hangs the
	// participle elsewhere
	owner := ""
	if c := h + 1; c+2 < len(toks) && toks[c].XPOS == "VBN" && strings.EqualFold(toks[c+1].Text, "by") {
		switch strings.ToLower(toks[c].Lemma) {
		case "run", "own", "operate":
			owner = nameAt(s, si, c+2, at)
		}
	}
	if owner == "" {
		return "", false
	}
	if phrase == "" {
		// the one thing of the kind named just before
		key := thingKey(toks[h])
		cands := map[string]bool{}
		last := ""
		for _, m := range x.byKey[key] {
			if m.si >= si-2 && m.phrase != "" && !m.possessive && !m.event && !m.title {
				cands[m.phrase] = true
				last = m.phrase
			}
		}
		if len(cands) == 1 {
			phrase = last
		} else {
			phrase = strings.ToLower(toks[h].Text)
		}
	}
	return possessiveOf(owner) + " " + phrase, true
}

// ownerBodies are the bodies a story names by "the" and their noun
// ("the government", "the ministry"), whose event ("the government's
// appeal") a reader knows as well as a named one's.
var ownerBodies = map[string]bool{"government": true, "ministry": true, "commission": true, "council": true,
	"federation": true, "union": true, "regulator": true, "board": true, "prosecution": true, "league": true,
	"court": true, "tribunal": true, "panel": true, "judge": true}

// bodyOwner returns "the government" for a subject that is "the
// government", or a pronoun "it" in what such a subject said ("The
// government said it would appeal"); else "".
func bodyOwner(s *nlp.Sentence, kids [][]int, si, i int, at func(si, tok int) (string, string, bool)) string {
	toks := s.Tokens
	t := toks[i]
	if strings.EqualFold(t.Text, "it") && t.UPOS == "PRON" {
		// up to the verb of saying whose clause this is
		v := t.Head
		for hops := 0; v >= 0 && hops < 3 && toks[v].Dep != "ccomp"; hops++ {
			v = toks[v].Head
		}
		if v < 0 || toks[v].Dep != "ccomp" || toks[v].Head < 0 || !speechVerb(toks[toks[v].Head].Lemma) {
			return ""
		}
		for _, c := range kids[toks[v].Head] {
			if toks[c].Dep == "nsubj" {
				if n := nameAt(s, si, c, at); n != "" {
					return n
				}
				return bodyOwner(s, kids, si, c, at)
			}
		}
		return ""
	}
	if t.UPOS != "NOUN" || t.XPOS != "NN" || !ownerBodies[strings.ToLower(t.Text)] {
		return ""
	}
	for _, c := range kids[i] {
		switch toks[c].Dep {
		case "det":
			if !strings.EqualFold(toks[c].Text, "the") {
				return ""
			}
		case "punct":
		default:
			return "" // "the government of Aldermark", "the new government": said otherwise
		}
	}
	if at != nil {
		if _, _, ok := at(si, i); ok {
			return "" // bound to a name: resolve writes it
		}
	}
	return "the " + strings.ToLower(t.Text)
}

// capitalRun returns a name the parse gives as a noun with proper-noun
// compounds before it ("Ostrin Credit"), all capitalised; else "".
func capitalRun(s *nlp.Sentence, kids [][]int, c int) string {
	toks := s.Tokens
	if c == 0 || !isCapitalised(toks[c].Text) || toks[c].UPOS != "NOUN" && toks[c].UPOS != "PROPN" {
		return ""
	}
	idx := []int{c}
	for _, k := range kids[c] {
		switch {
		case k < c && toks[k].Dep == "compound" && toks[k].UPOS == "PROPN" && isCapitalised(toks[k].Text):
			idx = append(idx, k)
		case toks[k].Dep == "case" || toks[k].Dep == "punct" || k > c && (toks[k].Dep == "nmod" || toks[k].Dep == "acl" || toks[k].Dep == "acl:relcl"):
		default:
			return "" // "its Ludgate factory": no name alone
		}
	}
	if len(idx) < 2 {
		return ""
	}
	return joinTokens(s, idx)
}

// upTo reports "up" of "up to 1,800 jobs".
func upTo(s *nlp.Sentence, k int) bool {
	return strings.EqualFold(s.Tokens[k].Text, "up") && k+1 < len(s.Tokens) && strings.EqualFold(s.Tokens[k+1].Text, "to")
}
