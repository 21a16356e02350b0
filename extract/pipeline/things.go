package pipeline

import (
	"github.com/storygraph/storygraph/extract"
	"slices"
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie"
)

// A document names a thing once, fully ("Ardent recalled 150,000
// Skyhopper toy drones", "its washing machine factory in Ludgate", "a
// new fuel tax"), and after that as a bare definite description ("the
// drones", "the factory", "the tax"). A fact read off the later sentence
// ("The drones | sold for | about 60 euros") tells a reader nothing on
// its own; thingIndex finds the fuller phrase the description stands for
// so that the fact can be written with it. People, organisations and
// places are resolve's: their descriptions are bound to entities and
// written with names (descriptionsNamed), and are left alone here.

// nounMention is one common noun of a document, in order.
type nounMention struct {
	si, tok int
	// phrase is the fuller phrase of a specific mention (modifiers, head
	// and a name attachment: "Skyhopper toy drones", "washing machine
	// factory in Ludgate"), "" for a mention that carries no name or
	// compound.
	phrase string
	// possessive marks a phrase that opens with a name's possessive
	// ("President Trump's peace plan"), which takes no article.
	possessive bool
	// indefinite marks a new thing of the kind brought in without
	// saying which ("a factory", "other drones"): a description after it
	// may stand for it.
	indefinite bool
	// bound marks a noun resolution bound to an entity.
	bound bool
	// quoted marks a mention inside a quotation.
	quoted bool
	// title marks a mention in the headline, which names in short what
	// the body names in full ("Veloxa's obesity drug", then "Veloxa
	// Therapeutics' weight-loss pill"): no other thing of the kind.
	title bool
	// named marks a phrase that gives the thing its name ("the so-called
	// "two offers rule""): the thing the descriptions before it were
	// of, and the one those after it are.
	named bool
	// event marks a mention at a verb that tells the event the noun
	// names ("will cut 1,800 jobs" for "the cuts"; see events.go): it
	// stands for what follows until a noun phrase names the thing, and
	// is no second thing of the kind beside one.
	event bool
	// ante is the index of the antecedent a description here stands for
	// when it is outside a quotation ([0]) or inside one ([1]); -1 for
	// none (see antecedents).
	ante [2]int32
}

// thingIndex holds a document's common-noun mentions by head lemma and
// number, in document order, and where each token's mention sits.
type thingIndex struct {
	byKey  map[string][]nounMention
	pos    [][]int32 // per sentence, per token: index in byKey[key], or -1
	quoted [][]bool  // per sentence, per token: inside a quotation
}

// thingKey is the head lemma and number of a common noun.
func thingKey(t nlp.Token) string {
	l := strings.ToLower(t.Lemma)
	if l == "site" && t.XPOS == "NN" {
		l = "plant" // "the site" of a story about one plant is the plant
	}
	if t.XPOS == "NNS" {
		return l + "|pl"
	}
	return l + "|sg"
}

// children returns the dependents of every token of s, in order, in one
// pass.
func children(s *nlp.Sentence) [][]int {
	out := make([][]int, len(s.Tokens))
	for j, t := range s.Tokens {
		if t.Head >= 0 && t.Head < len(out) && t.Head != j {
			out[t.Head] = append(out[t.Head], j)
		}
	}
	return out
}

// newThingIndex indexes the common nouns of a document's sentences; at
// tells the entity a token is bound to. It is linear in the document's
// tokens.
func newThingIndex(sentences []nlp.Sentence, at func(si, tok int) (string, string, bool)) *thingIndex {
	x := &thingIndex{byKey: map[string][]nounMention{}, pos: make([][]int32, len(sentences)), quoted: make([][]bool, len(sentences))}
	open := noQuote
	for si := range sentences {
		s := &sentences[si]
		kids := children(s)
		var mask []bool
		mask, open = quoteMaskFrom(s, open)
		x.quoted[si] = mask
		x.pos[si] = make([]int32, len(s.Tokens))
		for i, t := range s.Tokens {
			x.pos[si][i] = -1
			if t.UPOS == "VERB" {
				x.addEvent(s, kids, si, i, mask[i], s.Index == TitleIndex, at) // "will cut 1,800 jobs": a later "the cuts"
				continue
			}
			det, mine := mineNoun(s, i)
			if mine {
				t.UPOS, t.XPOS, t.Lemma, t.Dep = "NOUN", "NN", "mine", ""
			}
			if t.UPOS != "NOUN" || t.XPOS != "NN" && t.XPOS != "NNS" || t.Dep == "compound" {
				continue // "dollar bonds": the dollar is no thing of its own
			}
			m := nounMention{si: si, tok: i, quoted: mask[i], title: s.Index == TitleIndex}
			if at != nil {
				_, _, m.bound = at(si, i)
			}
			switch {
			case m.bound:
			case mine:
				m.phrase = minePhrase(s, det, i)
				m.indefinite = m.phrase == "" && (strings.EqualFold(s.Tokens[det].Text, "a") || strings.EqualFold(s.Tokens[det].Text, "another"))
			default:
				m.phrase, m.possessive = specificPhrase(s, kids, i)
				if p, ok := x.ranBy(s, kids, si, i, m.phrase, at); ok {
					m.phrase, m.possessive = p, true // "the plant run by Dunmore Polymers": theirs
				}
				if p, ok := soCalled(s, i); ok {
					m.phrase, m.possessive, m.named = p, false, true
					m.quoted = false // the quotation marks set off a name, not a speaker's words
				}
				m.indefinite = m.phrase == "" && indefinite(s, kids[i])
			}
			k := thingKey(t)
			x.pos[si][i] = int32(len(x.byKey[k]))
			x.byKey[k] = append(x.byKey[k], m)
			// "the Corran Ridge wildfire" is also a fire a later "the
			// fire" may stand for, and "a takeover" a new deal: the
			// mention joins the lists of the nouns that name its kind,
			// as an antecedent only (no token points to it there).
			for _, d := range append(lexicon.Kinds(t.Lemma), siteSynonyms(t.Lemma)...) {
				dk := d + k[strings.IndexByte(k, '|'):]
				x.byKey[dk] = append(x.byKey[dk], m)
			}
		}
	}
	for _, list := range x.byKey {
		antecedents(list, 0)
		antecedents(list, 1)
	}
	return x
}

// mineNoun reports "mine" after a determiner and the words that modify
// it ("the mine", "the Drovask copper mine", "a zinc mine"), which the
// tagger may take for the pronoun ("my"); det is the determiner's token.
// The parse of such a phrase is not to be trusted, so its words are read
// in order.
func mineNoun(s *nlp.Sentence, i int) (det int, ok bool) {
	toks := s.Tokens
	if toks[i].Text != "mine" || toks[i].UPOS != "PRON" {
		return -1, false
	}
	k := i - 1
	for k >= 0 && i-k < 5 && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN" || toks[k].UPOS == "ADJ") {
		k--
	}
	if k < 0 {
		return -1, false
	}
	switch strings.ToLower(toks[k].Text) {
	case "the", "a", "an", "this", "that", "another":
		return k, true
	}
	return -1, false
}

// minePhrase returns the fuller phrase of a "mine" read by mineNoun when
// a name is among its words ("Drovask copper mine"), else "".
func minePhrase(s *nlp.Sentence, det, i int) string {
	name := false
	var idx []int
	for k := det + 1; k <= i; k++ {
		t := s.Tokens[k]
		if t.UPOS == "PROPN" && isCapitalised(t.Text) {
			name = true
		}
		if t.UPOS == "NUM" || quantityWords[strings.ToLower(t.Text)] {
			continue
		}
		idx = append(idx, k)
	}
	if !name {
		return ""
	}
	return joinTokens(s, idx)
}

// antecedents sets, in one pass over the mentions of a noun in document
// order, the antecedent a description at each would stand for: the
// nearest specific mention before it, unless a new one of the kind came
// in after that ("a factory"), or an earlier specific mention names
// another thing of the kind ("its dishwasher factory in Brenton" before
// "its washing machine factory in Ludgate"). A description outside a
// quotation (q 0) passes over mentions inside one: a speaker's "a new
// heart drug" may be any of the kind.
func antecedents(list []nounMention, q int) {
	ante, conflict := int32(-1), false
	var seen, events []string // the specific phrases so far, of nouns and of verbs
	for k := range list {
		m := &list[k]
		m.ante[q] = -1
		if ante >= 0 && !conflict {
			m.ante[q] = ante
		}
		if m.bound || q == 0 && m.quoted {
			continue
		}
		switch {
		case m.event:
			ante, conflict = int32(k), false
			for _, p := range append(seen, events...) {
				if !compatible(p, m.phrase) {
					conflict = true
					break
				}
			}
			if !slices.Contains(events, m.phrase) && !m.title {
				events = append(events, m.phrase)
			}
		case m.named:
			ante, conflict = int32(k), false
			seen = []string{m.phrase}
		case m.phrase != "":
			ante, conflict = int32(k), false
			for _, p := range seen {
				if !compatible(p, m.phrase) {
					conflict = true // two things of the kind: which one is unsaid
					break
				}
			}
			if !slices.Contains(seen, m.phrase) && !m.title {
				seen = append(seen, m.phrase)
			}
		case m.indefinite:
			ante = -1
		}
	}
}

// indefinite reports a noun brought in as one of a kind ("a factory",
// "another tax", "other drones").
func indefinite(s *nlp.Sentence, kids []int) bool {
	for _, c := range kids {
		t := s.Tokens[c]
		switch strings.ToLower(t.Text) {
		case "a", "an", "another", "other", "some", "any", "each", "every":
			if t.Dep == "det" || t.Dep == "amod" {
				return true
			}
		}
	}
	return false
}

// quantityWords are adjectives that count or set apart rather than say
// which thing ("other", "several"): a fuller phrase leaves them out.
var quantityWords = map[string]bool{"other": true, "many": true, "several": true, "few": true, "more": true,
	"most": true, "such": true, "same": true, "various": true, "numerous": true, "further": true,
	"additional": true, "own": true, "about": true, "least": true}

// specificPhrase returns the fuller phrase of common noun h when it
// carries a name or a compound: its compound, adjective and proper-name
// possessive modifiers, the noun, and an "of/in/at/against... <Name>" attachment
// ("Skyhopper toy drones" of "150,000 Skyhopper toy drones sold in
// Europe", "washing machine factory in Ludgate" of "its washing machine
// factory in Ludgate", "Korvane's factory"). Determiners, numbers and
// clauses are left out. It returns "" for a noun with none of them.
func specificPhrase(s *nlp.Sentence, kids [][]int, h int) (phrase string, possessive bool) {
	toks := s.Tokens
	if name, ok := calledName(s, kids, h); ok {
		// "its heart-failure pill, called velcarstat": the name says
		// which, and stands without an article
		return name, true
	}
	if name, ok := apposName(s, kids, h); ok {
		return name, true // "BRIGHT-7, a late-stage trial of dorvastin,"
	}
	var keep []int
	specific := false
	for _, c := range kids[h] {
		t := toks[c]
		if c < h && t.Dep == "nummod" && yearNumber(t.Text) && len(kids[c]) == 0 {
			// "a 2026 budget", "the 2019 election": the year says which
			keep = append(keep, c)
			specific = true
			continue
		}
		if quantity(s, kids, c) {
			continue // "a 2.4 billion crown budget", "the 212-vote margin": an amount says how much, not which
		}
		switch {
		case c < h && (t.Dep == "compound" || t.Dep == "flat"):
			if t.UPOS == "NUM" || c > 0 && toks[c-1].UPOS == "NUM" && currencies[strings.ToLower(t.Lemma)] {
				continue // "a 9.2 billion euro takeover": the amount, whichever way it parses
			}
			if t.UPOS != "NOUN" && t.UPOS != "PROPN" && t.UPOS != "ADJ" && t.UPOS != "VERB" {
				continue
			}
			keep = appendSubtree(s, kids, c, keep)
			specific = true
		case c < h && t.Dep == "amod":
			if quantityWords[strings.ToLower(t.Text)] || t.UPOS == "NUM" {
				continue
			}
			keep = appendSubtree(s, kids, c, keep)
			if t.UPOS == "PROPN" || hyphenCompound(t.Text) {
				specific = true // "a steering-module fault": a compound, said with a hyphen
			}
		case c < h && t.Dep == "nmod:poss" && lexicon.TimeWord(t.Text):
			return "", false // "Tuesday's closing price": one of the day's, not the one a later "the price" is
		case c < h && t.Dep == "nmod:poss" && t.UPOS == "PROPN":
			keep = appendSubtree(s, kids, c, keep)
			specific, possessive = true, true
		case c > h && t.Dep == "nmod" && t.UPOS == "PROPN" && namePrep(s, kids[c]) && !lexicon.TimeWord(t.Text):
			keep = appendSubtree(s, kids, c, keep)
			specific = true
		case c > h && t.Dep == "acl" && t.XPOS == "VBN" && agentVerbs[strings.ToLower(t.Lemma)] && byName(s, kids, c) && !definite(s, kids[h]):
			// "a chemical plant operated by Castellan Chemical Corp":
			// whose it is says which ("the plant run by Ostrel" is a
			// thing named before, whose owner the site's naming takes)
			keep = appendSubtree(s, kids, c, keep)
			specific = true
		}
	}
	if !specific {
		return "", false
	}
	keep = append(keep, h)
	return joinTokens(s, keep), possessive
}

// agentVerbs, as participles after a noun with "by" and a name, say whose
// the thing is: "a plant operated by Castellan", "a study led by Aldwick
// University", "a bridge built by Harrow Construction".
var agentVerbs = map[string]bool{"operate": true, "own": true, "run": true, "build": true, "make": true,
	"develop": true, "manage": true, "publish": true, "lead": true, "found": true, "design": true, "fund": true,
	"conduct": true, "produce": true, "launch": true}

// definite reports whether a noun's dependents kids hold a definite
// determiner ("the", "this", "that").
func definite(s *nlp.Sentence, kids []int) bool {
	for _, k := range kids {
		if s.Tokens[k].Dep == "det" {
			switch strings.ToLower(s.Tokens[k].Text) {
			case "the", "this", "that", "these", "those":
				return true
			}
		}
	}
	return false
}

// byName reports whether participle c has an agent that is a name ("by
// Castellan Chemical Corp").
func byName(s *nlp.Sentence, kids [][]int, c int) bool {
	for _, x := range kids[c] {
		t := s.Tokens[x]
		if !strings.HasPrefix(t.Dep, "obl") || t.UPOS != "PROPN" {
			continue
		}
		for _, k := range kids[x] {
			if s.Tokens[k].Dep == "case" && strings.EqualFold(s.Tokens[k].Text, "by") {
				return true
			}
		}
	}
	return false
}

// calledName returns the name a noun is given by a participle right
// after it or set off by a comma: "its heart-failure pill, called
// velcarstat", "the trial, known as ANCHOR-HF", "a vaccine named Corvexa". The name is
// one word, or a name of a few capitalised words; a lower-case phrase ("a
// method known as cloud seeding") is a kind, no name.
func calledName(s *nlp.Sentence, kids [][]int, h int) (string, bool) {
	toks := s.Tokens
	for _, c := range kids[h] {
		t := toks[c]
		if c <= h || t.Dep != "acl" || c > h+1 && toks[c-1].Text != "," || t.XPOS != "VBN" && t.XPOS != "VBD" {
			continue
		}
		switch strings.ToLower(t.Lemma) {
		case "call", "know", "name", "dub", "brand":
		default:
			continue
		}
		for _, x := range kids[c] {
			xt := toks[x]
			if x <= c || xt.UPOS != "NOUN" && xt.UPOS != "PROPN" && xt.UPOS != "X" || xt.Dep != "xcomp" && xt.Dep != "obj" && xt.Dep != "obl" {
				continue
			}
			as := false
			for _, k := range kids[x] {
				if toks[k].Dep == "case" {
					as = strings.EqualFold(toks[k].Text, "as") && k == c+1
					if !as {
						break
					}
				}
			}
			if strings.ToLower(t.Lemma) == "know" && !as {
				continue // "known for its safety": no name
			}
			first := x
			for first > c+1 && (toks[first-1].Dep == "compound" || toks[first-1].Dep == "flat") && toks[first-1].Head == x && toks[first-1].UPOS == "PROPN" {
				first--
			}
			if as {
				if first != c+2 {
					continue
				}
			} else if first != c+1 {
				continue // "called the best in years": no name
			}
			for k := x + 1; k < len(toks) && toks[k].Head == x && (toks[k].Dep == "flat" || toks[k].Dep == "compound"); k++ {
				return "", false // a longer name than this reads: left alone
			}
			if first < x && !isCapitalised(xt.Text) || xt.Text == "it" {
				continue
			}
			if x+1 < len(toks) && toks[x+1].Text != "," && toks[x+1].Text != "." && toks[x+1].Text != ")" && toks[x+1].Head != c {
				continue // "called velcarstat tablets": a phrase, no name
			}
			return joinTokens(s, rangeInts(first, x+1)), true
		}
	}
	return "", false
}

// apposName returns the name a noun stands beside in apposition, set off
// by a comma: "BRIGHT-7, a late-stage trial of dorvastin," for "trial".
// The name is one capitalised word ("BRIGHT-7", "Corvexa"), so that a
// common noun ("the drug, a kidney pill,") is none.
func apposName(s *nlp.Sentence, kids [][]int, h int) (string, bool) {
	toks := s.Tokens
	t := toks[h]
	if t.Dep != "appos" || t.Head < 0 || t.Head >= h || toks[t.Head+1].Text != "," {
		return "", false
	}
	x := toks[t.Head]
	if x.UPOS != "PROPN" && x.UPOS != "NOUN" || !isCapitalised(x.Text) || strings.Contains(x.Text, " ") {
		return "", false
	}
	for _, c := range kids[t.Head] {
		switch toks[c].Dep {
		case "compound", "flat", "det", "nmod:poss", "amod":
			return "", false // a longer phrase than one name
		}
	}
	return x.Text, true
}

// rangeInts returns the integers from a to b-1.
func rangeInts(a, b int) []int {
	out := make([]int, 0, b-a)
	for i := a; i < b; i++ {
		out = append(out, i)
	}
	return out
}

// yearNumber reports a number that reads as a year of the last or this
// century ("2026"), not an amount.
func yearNumber(w string) bool {
	if len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// hyphenCompound reports a lower-case modifier of two words joined by a
// hyphen ("steering-module", "water-sharing"), which says which thing as a
// compound noun does.
func hyphenCompound(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 1 && i < len(w)-2 && w == strings.ToLower(w) && strings.Count(w, "-") == 1
}

// quantity reports a modifier that holds a number ("2.4 billion crown",
// "212-vote").
func quantity(s *nlp.Sentence, kids [][]int, i int) bool {
	t := s.Tokens[i]
	if t.UPOS == "PROPN" {
		return false // "iPhone 4": a name
	}
	if t.UPOS == "NUM" || strings.ContainsAny(t.Text, "0123456789") {
		return true
	}
	for _, c := range kids[i] {
		if quantity(s, kids, c) {
			return true
		}
	}
	return false
}

// namePrep reports whether a nominal modifier's case marker ties a thing
// to a name: "of", "in", "at" ("the factory in Ludgate"), "against" ("the
// court case against Apple Computer"), "from" ("observers from the
// Regional Democracy Network") and the like.
func namePrep(s *nlp.Sentence, kids []int) bool {
	for _, c := range kids {
		if s.Tokens[c].Dep == "case" {
			switch strings.ToLower(s.Tokens[c].Text) {
			case "of", "in", "at", "on", "with", "from", "for", "between", "against", "near", "outside":
				return true
			}
		}
	}
	return false
}

// appendSubtree appends token i and its dependents, leaving out clauses,
// appositions, coordination, numbers and punctuation.
func appendSubtree(s *nlp.Sentence, kids [][]int, i int, out []int) []int {
	out = append(out, i)
	for _, c := range kids[i] {
		switch s.Tokens[c].Dep {
		case "acl", "acl:relcl", "appos", "punct", "conj", "cc", "nummod", "parataxis":
			continue
		}
		out = appendSubtree(s, kids, c, out)
	}
	return out
}

// joinTokens writes tokens of s in sentence order with the spacing they
// have in its text; a common word that opens the sentence, or a
// headline's first word that names nothing ("Ransomware attack shuts
// ..."), is written in lower case.
func joinTokens(s *nlp.Sentence, idx []int) string {
	slices.Sort(idx)
	var b strings.Builder
	for k, i := range idx {
		t := s.Tokens[i]
		if k > 0 && t.Off > s.Tokens[idx[k-1]].End {
			b.WriteByte(' ')
		}
		w := t.Text
		if i == 0 && (t.UPOS != "PROPN" || s.Index == TitleIndex && t.Ent == "O") && len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z' {
			w = string(w[0]-'A'+'a') + w[1:]
		}
		b.WriteString(w)
	}
	return b.String()
}

// notThings are heads of descriptions of people, organisations and places,
// whose binding is resolve's, and of parts of a thing or place ("the
// centre", "the rest"), which stand for the part of what the sentence is
// about rather than for a thing named before, and of currencies.
var notThings = map[string]bool{"company": true, "firm": true, "group": true, "corporation": true,
	"business": true, "carrier": true, "airline": true, "maker": true, "manufacturer": true, "retailer": true,
	"bank": true, "insurer": true, "conglomerate": true, "giant": true, "startup": true, "organisation": true,
	"organization": true, "agency": true, "party": true, "lender": true, "brokerage": true, "publisher": true,
	"broadcaster": true, "operator": true, "supplier": true, "producer": true, "utility": true, "miner": true,
	"refiner": true, "chain": true, "distributor": true, "union": true, "regulator": true, "exchange": true,
	"automaker": true, "carmaker": true, "consultancy": true, "club": true, "side": true, "team": true,
	"man": true, "woman": true, "boy": true, "girl": true, "teenager": true, "child": true, "person": true,
	"people": true, "family": true, "driver": true, "suspect": true, "victim": true, "resident": true,
	"passenger": true, "worker": true, "student": true, "patient": true, "farmer": true, "pilot": true,
	"gunman": true, "attacker": true, "survivor": true, "witness": true, "owner": true, "customer": true,
	"country": true, "city": true, "town": true, "village": true, "state": true, "region": true,
	"province": true, "nation": true, "capital": true, "government": true, "authority": true,
	"military": true, "army": true, "ministry": true, "police": true, "court": true, "council": true,
	// parts and places of a thing said before: "held in the centre"
	"centre": true, "center": true, "area": true, "top": true, "bottom": true, "end": true,
	"rest": true, "part": true, "middle": true, "edge": true, "front": true, "back": true, "north": true,
	"south": true, "east": true, "west": true, "coast": true, "border": true, "site": true, "scene": true,
	// currencies: "against the dollar" is the one currency of the name
	"dollar": true, "euro": true, "pound": true, "yen": true, "franc": true, "yuan": true, "rouble": true,
	"ruble": true, "peso": true, "rupee": true, "crown": true, "krona": true, "krone": true}

// currencies are the currency nouns of notThings.
var currencies = map[string]bool{"dollar": true, "euro": true, "pound": true, "yen": true, "franc": true,
	"yuan": true, "rouble": true, "ruble": true, "peso": true, "rupee": true, "crown": true, "krona": true, "krone": true}

// thingNamed writes the fuller phrase a bare definite description that
// opens argument r stands for in its place ("The drones" → "The
// Skyhopper toy drones", "the tax would hit ..." → "the new fuel tax
// would hit ..."); text is the argument as written. The description is
// "the", "this", "these", "that" or "those", adjectives and a common noun with nothing
// after it; the fuller phrase is that of the nearest specific mention of
// the same noun and number before it, unless an earlier one names
// another thing of the kind ("its dishwasher factory in Brenton") or a
// new one of the kind came in between ("a factory"). People,
// organisations and places, and nouns resolution bound, are left as
// written.
func (x *thingIndex) thingNamed(s *nlp.Sentence, si int, r oie.Range, text string, at func(si, tok int) (string, string, bool)) string {
	if with := x.thingOpening(s, si, r, text, at); with != text {
		return with
	}
	return x.thingsInside(s, si, r, text, at)
}

// thingsInside writes the descriptions inside an argument that a clause
// is ("Apple and Apple Corps have differing interpretations of this
// agreement" -> "... of the 1991 agreement"), each as thingOpening
// would write it opening an argument, where the argument's text holds it
// once.
func (x *thingIndex) thingsInside(s *nlp.Sentence, si int, r oie.Range, text string, at func(si, tok int) (string, string, bool)) string {
	toks := s.Tokens
	if x == nil || !r.IsValid() || r.End > len(toks) {
		return text
	}
	for k := r.Start + 1; k < r.End-1; k++ {
		if si < len(x.quoted) && k < len(x.quoted[si]) && x.quoted[si][k] {
			continue // a speaker's words stay as said
		}
		switch strings.ToLower(toks[k].Text) {
		case "the", "this", "these", "that", "those":
		default:
			continue
		}
		n := toks[k].Head
		if n <= k || n >= r.End || toks[k].Dep != "det" {
			continue
		}
		old := s.Text[toks[k].Off-s.Off : toks[n].End-s.Off]
		i := strings.Index(text, old)
		if i < 0 || strings.Count(text, old) != 1 || i > 0 && isWordByte(text[i-1]) || i+len(old) < len(text) && isWordByte(text[i+len(old)]) {
			continue
		}
		with := x.thingOpening(s, si, oie.Range{Start: k, End: n + 1}, old, at)
		if with != old {
			text = text[:i] + with + text[i+len(old):]
		}
	}
	return text
}

// thingOpening writes the description an argument opens with (see
// thingNamed).
func (x *thingIndex) thingOpening(s *nlp.Sentence, si int, r oie.Range, text string, at func(si, tok int) (string, string, bool)) string {
	toks := s.Tokens
	if x == nil || !r.IsValid() || r.End > len(toks) || si >= len(x.pos) || len(x.pos[si]) != len(toks) {
		return text
	}
	d := toks[r.Start]
	switch strings.ToLower(d.Text) {
	case "the", "this", "these", "that", "those": // "that lawsuit": the one named before
	default:
		return text
	}
	n := r.Start + 1
	for n < r.End && toks[n].UPOS == "ADJ" {
		n++
	}
	if n >= r.End {
		return text
	}
	t := toks[n]
	if dk, ok := mineNoun(s, n); ok && dk == r.Start {
		// "the mine", which the tagger took for a pronoun
		t.UPOS, t.XPOS, t.Lemma, t.Dep = "NOUN", "NN", "mine", ""
		d.Head, d.Dep = n, "det"
	}
	if t.UPOS != "NOUN" || t.XPOS != "NN" && t.XPOS != "NNS" || t.Text != strings.ToLower(t.Text) {
		return text
	}
	if d.Head != n || d.Dep != "det" {
		return text
	}
	var adjs []string
	for k := r.Start + 1; k < n; k++ {
		if toks[k].Head != n || toks[k].Dep != "amod" || toks[k].Text != strings.ToLower(toks[k].Text) {
			return text
		}
		adjs = append(adjs, strings.ToLower(toks[k].Text))
	}
	switch t.Dep {
	case "compound", "nmod:poss", "amod", "flat":
		return text
	}
	named := ""
	for j := n + 1; j < len(toks); j++ {
		if toks[j].Head != n {
			continue
		}
		switch toks[j].Dep {
		case "punct", "cc", "conj":
			if j < r.End && toks[j].Dep != "punct" {
				return text // "the drones and the batteries"
			}
		case "acl:relcl", "acl", "appos":
			if j < r.End || j == n+1 || toks[n+1].Text != "," {
				return text // "the drones that sold in Spain": says which itself
			}
			if name, ok := calledName(s, children(s), n); ok && len(adjs) == 0 {
				named = name // "The trial, known as ANCHOR-HF, enrolled": the name the aside gives it
			}
			// "The drones, which sold for about 60 euros,": an aside,
			// left out of the argument
		case "nmod", "nmod:tmod", "obl", "obl:tmod":
			if timeModifier(toks[j]) {
				continue // "hear the case in March": when, hung on the noun by the parse
			}
			return text // "the factory in Ludgate": says which itself
		default:
			return text // "the factory in Ludgate", "the drones that sold": says which itself
		}
	}
	lw := strings.ToLower(t.Lemma)
	if notThings[lw] && lw != "site" || notThings[strings.ToLower(t.Text)] && lw != "site" || lexicon.Title(lw) || lexicon.TimeWord(lw) || lexicon.TimeWord(t.Text) || isGroupNoun(t) {
		return text
	}
	if at != nil {
		if _, _, ok := at(si, n); ok {
			return text
		}
	}
	if named != "" {
		old := s.Text[d.Off-s.Off : t.End-s.Off]
		if !strings.HasPrefix(text, old) || len(text) > len(old) && isWordByte(text[len(old)]) {
			return text
		}
		return upperFirst(named, d.Text[0] >= 'A' && d.Text[0] <= 'Z') + text[len(old):]
	}
	list := x.byKey[thingKey(t)]
	p := x.pos[si][n]
	if p < 0 || int(p) >= len(list) {
		return text
	}
	q := 0
	if x.quoted[si][n] {
		q = 1
	}
	ante := int(list[p].ante[q])
	if ante < 0 {
		return text
	}
	phrase := list[ante].phrase
	have := strings.Fields(strings.ToLower(phrase))
	for _, a := range adjs {
		if !slices.Contains(have, a) {
			return text // "the old factory": not said of the one named
		}
	}
	old := s.Text[d.Off-s.Off : t.End-s.Off]
	if !strings.HasPrefix(text, old) || len(text) > len(old) && isWordByte(text[len(old)]) {
		return text
	}
	det := "the"
	if d.Text[0] >= 'A' && d.Text[0] <= 'Z' {
		det = "The"
	}
	with := det + " " + phrase
	if list[ante].possessive {
		with = upperFirst(phrase, det == "The")
	}
	if traceThing != nil {
		traceThing(si-list[ante].si, old, with)
	}
	return with + text[len(old):]
}

// traceThing, when set, sees each description written over.
var traceThing func(dist int, old, with string)

func upperFirst(s string, up bool) string {
	if !up || s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// compatible reports whether two phrases may name one thing: the words of
// one are among those of the other ("Skyhopper drones", "Skyhopper toy
// drones").
func compatible(a, b string) bool {
	wa, wb := possessiveWords(a), possessiveWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		if !slices.Contains(wb, w) {
			return false
		}
	}
	return true
}

// possessiveWords returns the words of a phrase in lower case with a
// possessive ending taken off: "Telvara's takeover" and "Telvara
// Communications' takeover" may name one thing.
func possessiveWords(p string) []string {
	w := strings.Fields(strings.ToLower(p))
	for i, x := range w {
		for _, e := range []string{"'s", "’s", "'", "’"} {
			if len(x) > len(e) && strings.HasSuffix(x, e) {
				w[i] = x[:len(x)-len(e)]
				break
			}
		}
		if siteNouns[w[i]] {
			w[i] = "plant" // "plastics factory", "Grenthal plastics plant": one thing may be either
		}
	}
	return w
}

// timeModifier reports a modifier that says when ("in March", "on
// Friday", "in 2027"), which the parse may hang on a noun before it.
func timeModifier(t nlp.Token) bool {
	return lexicon.TimeWord(t.Text) && isCapitalised(t.Text) || yearNumber(t.Text)
}

// topicNamed returns the thing a subject "it" stands for, written as the
// sentence before wrote its noun phrase up to its head ("The frog, which
// is about two centimetres long, was found in 2023. It has been named
// ..." → "The frog"), when entity resolution found that the pronoun is
// about that thing (topicAt: its head in sentence si-1) and bound it to no
// entity; ok is false otherwise.
func topicNamed(sentences []nlp.Sentence, si int, ex oie.Extraction, f *extract.Fact, topicAt func(tok int) (int, bool)) (string, bool) {
	if si == 0 || f.SubjectID != "" || ex.Subj.End-ex.Subj.Start != 1 || ex.SubjHead != ex.Subj.Start || ex.Kind == "copula" || f.RelationLemma == "be" {
		return "", false // "It is 400 million euros": what "it" is, said of something else as often
	}
	toks := sentences[si].Tokens
	if ex.SubjHead < 0 || ex.SubjHead >= len(toks) || !strings.EqualFold(toks[ex.SubjHead].Text, "it") {
		return "", false
	}
	h, ok := topicAt(ex.SubjHead)
	prev := &sentences[si-1]
	if !ok || h < 0 || h >= len(prev.Tokens) {
		return "", false
	}
	start := h
	for k := h - 1; k >= 0; k-- {
		t := prev.Tokens[k]
		if !under(prev, k, h) || t.UPOS == "PUNCT" {
			break
		}
		start = k
	}
	return prev.Text[prev.Tokens[start].Off-prev.Off : prev.Tokens[h].End-prev.Off], true
}
