package resolve

import (
	"strings"
	"unicode"

	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
)

// locHeads follow a place name and belong to it ("Belgorod region").
var locHeads = set("region", "province", "oblast", "county", "district", "valley", "island", "islands",
	"peninsula", "river", "strait", "sea", "desert", "mountains")

// locPreps introduce places ("at Mar-a-Lago").
var locPreps = set("at", "in", "near", "outside", "inside", "from", "into", "across", "throughout")

// unitWords are units written in capitals; like calendar words, they are
// capitalised but name no entity.
var unitWords = set("gb", "mb", "kb", "tb", "ghz", "mhz", "khz", "db", "mph", "kph", "kwh", "mw", "gw")

// calendarWord reports whether a capitalised word names no entity because
// it is a day, a month, a holiday, a time zone ("GMT", "EDT"), a meridiem or
// a unit.
func calendarWord(w string) bool {
	if e, ok := lexicon.Calendar(w); ok {
		switch e.Kind {
		case lexicon.Month, lexicon.MonthAbbr, lexicon.Weekday, lexicon.Holiday, lexicon.Zone, lexicon.Meridiem:
			return true
		}
	}
	return unitWords[strings.ToLower(w)]
}

// zoneWords make up the names of time zones written out ("Eastern Time",
// "Central European Summer Time", "Pacific Standard Time").
var zoneWords = set("eastern", "western", "pacific", "central", "mountain", "atlantic", "greenwich", "mean",
	"universal", "coordinated", "european", "standard", "daylight", "summer", "local", "british", "alaska", "hawaii")

// zoneName reports whether a run of capitalised words is a time zone's
// name: zone words ending in "Time".
func zoneName(toks []nlp.Token) bool {
	if len(toks) < 2 || toks[len(toks)-1].Text != "Time" {
		return false
	}
	for _, t := range toks[:len(toks)-1] {
		if !zoneWords[strings.ToLower(t.Text)] {
			return false
		}
	}
	return true
}

// countProperWords counts, over the corpus, the capitalised proper-noun
// words that are not the first word of their sentence: a single word the
// recogniser missed is taken as a name only when it recurs. It also notes
// the words used as places (see placeContext).
func (r *resolver) countProperWords() {
	r.propn = map[string]int{}
	r.lower = map[string]bool{}
	r.orgFirst = map[string]bool{}
	r.placeWords = map[string]bool{}
	r.fullLast = map[string]bool{}
	for di := range r.docs {
		for si := range r.docs[di].Sentences {
			s := &r.docs[di].Sentences[si]
			for _, sp := range s.Entities() {
				if sp.Type == "ORG" && sp.End-sp.Start >= 2 {
					r.orgFirst[s.Tokens[sp.Start].Text] = true
					if localCouncil(s.Tokens[sp.Start+1 : sp.End]) {
						// "Dunmere Town Council": the council of a place
						r.placeWords[s.Tokens[sp.Start].Text] = true
					}
				}
				if (sp.Type == "PERSON" || sp.Type == "PER") && sp.End-sp.Start >= 2 && gazetteer.GivenName(s.Tokens[sp.Start].Text) {
					r.fullLast[s.Tokens[sp.End-1].Text] = true
				}
			}
			if si == 0 && isHeadline(s.Tokens) {
				continue
			}
			for i, t := range s.Tokens {
				if isCapitalised(t.Text) && placeContext(s.Tokens, i) {
					r.placeWords[t.Text] = true
				}
				for _, stem := range demonymStems(s.Tokens, i) {
					r.placeWords[stem] = true
				}
			}
			for i := 1; i < len(s.Tokens); i++ {
				t := s.Tokens[i]
				if properWord(t.Text, t.UPOS) {
					r.propn[t.Text]++
				} else if w := t.Text; w != "" && unicode.IsLower(rune(w[0])) && !camelCase(w) {
					r.lower[w] = true
				}
			}
		}
	}
}

// placeContextPreps are the prepositions after which a single name is a
// place ("fled into Karesh"); "from" and "at" are left out ("a call from
// Kowal", "a dinner at Ruiz's").
var placeContextPreps = set("in", "into", "near", "across", "throughout", "inside", "outside", "through", "via")

// govNouns follow a country's possessive ("Karesh's foreign ministry").
var govNouns = set("government", "ministry", "president", "parliament", "army", "military", "border",
	"capital", "embassy", "economy", "foreign", "interior", "prime", "navy")

// placeNext are lower-case nouns after which a single name is a place's
// ("the Fenmoor valley", "Ashby council", "Tarrow residents").
var placeNext = set("council", "councillors", "residents", "villagers", "valley", "county", "district", "area")

// placeOf are nouns before "of" and a single name that make it a place's
// ("residents of Ashby", "the mayor of Tarrow").
var placeOf = set("residents", "villagers", "mayor", "outskirts", "centre", "center", "streets", "people", "town", "village")

// streetWords end the names of streets and roads.
var streetWords = set("street", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "lane", "boulevard", "blvd", "blvd.", "terrace", "crescent")

// localCouncilWords name a place's council after the place ("Dunmere Town
// Council", "Ashby District Council").
var localCouncilWords = set("town", "district", "city", "county", "borough", "parish", "village", "municipal", "regional")

// localCouncil reports whether the words after a name are a local
// council's ("Town Council", "District Council").
func localCouncil(toks []nlp.Token) bool {
	return len(toks) == 2 && localCouncilWords[strings.ToLower(toks[0].Text)] && strings.EqualFold(toks[1].Text, "council")
}

// placeContext reports whether the single capitalised word at i is used as
// a place: right after a place preposition and not a possessive ("in
// Karesh", not "in Kowal's view"), before "'s" and a government noun,
// between "between" and "and" or after them ("between Tarrow and
// Dunmere"), before a lower-case noun of places or councils ("Ashby
// council", "the Fenmoor valley"), after "residents of", or after a
// street's name and a comma, in an address ("Station Road, Wexcombe").
func placeContext(toks []nlp.Token, i int) bool {
	if i+1 < len(toks) && isCapitalised(toks[i+1].Text) {
		return false // part of a longer name
	}
	if i > 0 && isCapitalised(toks[i-1].Text) {
		return false // "Apple Computer's"
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Text
	}
	switch next {
	case "'s", "’s":
		return i+2 < len(toks) && govNouns[strings.ToLower(toks[i+2].Text)]
	case "'", "’":
		return false // "in Jobs' absence"
	}
	if placeNext[next] {
		return true
	}
	if i == 0 {
		return false
	}
	prev := strings.ToLower(toks[i-1].Text)
	switch {
	case placeContextPreps[prev]:
		return true
	case prev == "between" && next == "and":
		return true
	case prev == "and" && i >= 3 && strings.EqualFold(toks[i-3].Text, "between") && isCapitalised(toks[i-2].Text):
		return true
	case prev == "of" && i >= 2 && placeOf[strings.ToLower(toks[i-2].Text)]:
		return true
	case prev == "," && i >= 3 && streetWords[strings.ToLower(toks[i-2].Text)] && isCapitalised(toks[i-3].Text) && next == ",":
		return true
	}
	return false
}

// demonymStems returns the names of the place a capitalised adjective
// before a noun may be the demonym of ("Velonian police": Velonia or
// Velon; "Kareshi group": Karesh; "Sudanese army": Sudan), or nil.
func demonymStems(toks []nlp.Token, i int) []string {
	w := toks[i].Text
	if (toks[i].UPOS != "ADJ" && toks[i].UPOS != "PROPN") || !isCapitalised(w) || i+1 >= len(toks) || (toks[i+1].UPOS != "NOUN" && toks[i+1].UPOS != "ADJ") {
		return nil
	}
	var out []string
	for _, suf := range []string{"ian", "ese", "ish", "an", "i", "n"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 3 {
			out = append(out, stem)
		}
	}
	return out
}

// collectProperNouns adds names of organisations, places and other things
// made of proper nouns the recogniser missed, when the form or the context
// says what they are: "X of Y" names and names ending in an organisation
// word are organisations, as are all-capital names ("NATO"); a name before
// "region" or after "at" or "in" is a place; any other run of proper nouns
// inside a sentence, a camel-case word ("iPod") or a single proper noun that
// recurs in the corpus is a name of no known type (MISC: a product, a work,
// an event). Sentence-initial words, headlines, titles, days, months and
// time zones are not names by themselves.
func (r *resolver) collectProperNouns(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	headline := si == 0 && isHeadline(toks)
	for i := 0; i < len(toks); i++ {
		// "the Council for Democratic Elections": an organisation's
		// head word the tagger took for a common noun opens a name
		// when "of" or "for" and capitalised words follow it
		orgOpen := i > 0 && i+2 < len(toks) && strings.EqualFold(toks[i-1].Text, "the") && isCapitalised(toks[i].Text) &&
			gazetteer.NameWord(toks[i].Text)&gazetteer.NameWordOrg != 0 && (toks[i+1].Text == "for" || toks[i+1].Text == "of") &&
			isCapitalised(toks[i+2].Text) && toks[i+2].UPOS != "PUNCT"
		if !(properWord(toks[i].Text, toks[i].UPOS) || orgOpen) || isTitle(toks[i].Text) || r.covered(di, si, i) {
			continue
		}
		j := i + 1
		hasOf := false
		for j < len(toks) && !r.covered(di, si, j) {
			if properWord(toks[j].Text, toks[j].UPOS) {
				j++
				continue
			}
			// "iPod Shuffle", "iTunes Music Store": a capitalised word
			// the tagger took for a common noun or an adjective
			// continues a name that starts with a camel-case word.
			if w := toks[j].Text; !headline && camelCase(toks[i].Text) && isCapitalised(w) &&
				(toks[j].UPOS == "NOUN" || toks[j].UPOS == "ADJ") && !isTitle(w) && !calendarWord(w) {
				j++
				continue
			}
			if k := possessiveOrgTail(toks, j); k > j && !r.covered(di, si, k-1) {
				j = k // "Lusk Farmers' Cooperative"
				break
			}
			// "Coalition of the Willing", "Armed Forces of Ukraine".
			w := strings.ToLower(toks[j].Text)
			// "Council for Democratic Elections", "Centre for Policy
			// Studies": "for" after a word that heads organisations'
			// names joins as "of" does
			forOrg := w == "for" && gazetteer.NameWord(toks[j-1].Text)&gazetteer.NameWordOrg != 0 && isCapitalised(toks[j-1].Text)
			if (w == "of" || forOrg) && j+1 < len(toks) {
				k := j + 1
				if strings.ToLower(toks[k].Text) == "the" && k+1 < len(toks) {
					k++
				}
				if isCapitalised(toks[k].Text) && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN" || toks[k].UPOS == "ADJ") &&
					!r.covered(di, si, k) {
					hasOf = true
					j = k + 1
					for forOrg && j < len(toks) && isCapitalised(toks[j].Text) && (toks[j].UPOS == "NOUN" || toks[j].UPOS == "ADJ") && !r.covered(di, si, j) {
						j++ // "for Democratic Elections": capitalised common words are the name's
					}
					continue
				}
			}
			break
		}
		start, end := i, j
		i = j - 1
		text := s.SpanText(start, end)
		if _, _, ok := gazetteer.Lookup(text); ok && !hasOf {
			continue
		}
		if end-start == 1 && (calendarWord(text) || stopName(text) || adjectival(text)) || zoneName(toks[start:end]) {
			continue
		}
		if versionAt(toks, end) && !calendarWord(toks[end-1].Text) && (camelCase(toks[end-1].Text) || toks[end-1].UPOS == "PROPN") &&
			!hasTitle(toks[start:end]) && !r.covered(di, si, end) {
			// "iPhone 4", "Boeing 737", "Article 5": a name with its
			// model or version number names something of its own.
			r.addMisc(di, si, start, end+1)
			i = end
			continue
		}
		titled := hasTitle(toks[start:end]) // "Apple Chief": a title, not a name
		last := strings.ToLower(toks[end-1].Text)
		single := end-start == 1
		switch {
		case end < len(toks) && locHeads[strings.ToLower(toks[end].Text)] && !hasOf:
			r.addPlace(di, si, start, end+1, "LOC")
			i = end
		case hasOf || orgHeads[last] || gazetteer.NameWord(toks[end-1].Text)&gazetteer.NameWordOrg != 0 ||
			(!single && tradeWord(last)) ||
			(single && allCaps(text)) || (single && camelCase(text) && gazetteer.MatchOrganisation([]string{text}) == 1):
			if start == 0 && single && !camelCase(text) && !allCaps(text) {
				continue
			}
			// "the Met Office": a capitalised word after "the" the
			// tagger took for a verb or an adjective opens the name
			if start >= 2 && strings.EqualFold(toks[start-2].Text, "the") && isCapitalised(toks[start-1].Text) &&
				toks[start-1].UPOS != "PUNCT" && toks[start-1].UPOS != "PROPN" && !isTitle(toks[start-1].Text) &&
				!calendarWord(toks[start-1].Text) && !r.covered(di, si, start-1) && !isNationality(toks[start-1].Text) {
				start--
			}
			r.addOrg(di, si, start, end)
		case companyAppositive(s, start, end) && !knownPersonWord(toks[start].Text):
			r.addOrg(di, si, start, end) // "Orlen Works, a rival, said"
		case makerRelative(toks, end) && !knownPersonWord(toks[start].Text) && !isPlaceWord(text):
			r.addOrg(di, si, start, end) // "Talberg, which builds the T-20, said", even first in its sentence
		case start > 1 && locPreps[strings.ToLower(toks[start-1].Text)]:
			r.addPlace(di, si, start, end, "LOC")
		case kindBefore(toks, start) == "ORG" && !knownPersonWord(toks[start].Text):
			// "the airline Pacific Link", "the carmaker Zeta": the noun
			// says what the name is
			r.addOrg(di, si, start, end)
		case kindBefore(toks, start) == "LOC" && !knownPersonWord(toks[start].Text):
			r.addPlace(di, si, start, end, "LOC") // "the island of Morivu"
		case single && !titled && r.placeWords[text] && !r.fullLast[text] && !r.lower[strings.ToLower(text)]:
			// "between Tarrow and Dunmere", "Tarrow residents": a name
			// the corpus uses as a place, never as a person's surname
			r.addPlace(di, si, start, end, "LOC")
		case headline || titled:
		case single && camelCase(text):
			r.addMisc(di, si, start, end)
		case !single && (start > 0 || r.propn[text] > 0):
			// A venue word ends places' names ("Moscone Center"), but a
			// name that starts with a camel-case word is a brand's
			// ("iTunes Music Store").
			if gazetteer.NameWord(toks[end-1].Text)&(gazetteer.NameWordPlace|gazetteer.NameWordVenue) != 0 && !camelCase(toks[start].Text) {
				r.addPlace(di, si, start, end, "LOC")
			} else {
				r.addMisc(di, si, start, end)
			}
		case single && r.propn[text] >= 2 && !r.lower[strings.ToLower(text)] && !knownPersonWord(text) && !isPlaceWord(text) &&
			!demonymNoun(text): // "the 47-year-old Dutchman" names no one
			r.addMisc(di, si, start, end)
		case single && r.orgFirst[text] && !r.lower[strings.ToLower(text)] && !knownPersonWord(text) && !isPlaceWord(text):
			// "Kestrel said ...", the first word of an organisation's
			// name ("Kestrel Airlines") the recogniser found elsewhere,
			// even at the start of a sentence.
			r.addMisc(di, si, start, end)
		}
	}
}

// makerVerbs are what a business does to its products: a name whose
// relative clause says so is a business's.
var makerVerbs = set("make", "manufacture", "build", "produce", "supply", "sell", "design", "develop", "publish", "operate", "run", "own")

// makerRelative reports a relative clause after a name, set off by a comma,
// that says the name makes or runs something: ", which builds the T-20",
// ", which makes the engines".
func makerRelative(toks []nlp.Token, end int) bool {
	if end+2 >= len(toks) || toks[end].Text != "," {
		return false
	}
	if w := strings.ToLower(toks[end+1].Text); w != "which" && w != "that" {
		return false
	}
	v := toks[end+2]
	return v.UPOS == "VERB" && makerVerbs[strings.ToLower(v.Lemma)] && end+3 < len(toks) && toks[end+3].UPOS != "ADP"
}

// versionAt reports whether token j is a model or version number that
// belongs to the name before it: one to three digits, perhaps with a
// point release ("10.5") or a letter suffix ("3G", "4S", "3GS"), not a
// year, not the start of a quantity ("2 million") or a score ("3-1").
func versionAt(toks []nlp.Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	w := toks[j].Text
	digits := 0
	for digits < len(w) && w[digits] >= '0' && w[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 3 {
		return false
	}
	rest := w[digits:]
	switch {
	case rest == "":
	case len(rest) <= 3 && rest[0] == '.' && len(rest) > 1 && strings.Trim(rest[1:], "0123456789") == "":
	case len(rest) <= 2 && strings.Trim(rest, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "":
	default:
		return false
	}
	if j+1 < len(toks) {
		next := strings.ToLower(toks[j+1].Text)
		if toks[j+1].UPOS == "NUM" || quantityWords[next] {
			return false
		}
		switch next {
		case "-", "–", ":", "/", "x", "×":
			return false
		}
	}
	return true
}

var quantityWords = set("million", "billion", "thousand", "hundred", "trillion", "percent", "per", "%", "bn", "m")

// adjectival reports whether a camel-case word is a compound adjective
// ("iOS-like", "Intel-based"), not a name.
func adjectival(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 || i == len(w)-1 {
		return false
	}
	for _, c := range w[i+1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// hasTitle reports whether a title word is among the tokens.
func hasTitle(toks []nlp.Token) bool {
	for _, t := range toks {
		if isTitle(t.Text) {
			return true
		}
	}
	return false
}

// isHeadline reports whether a sentence is written in title case: at least
// three words of four letters or more, all capitalised.
func isHeadline(toks []nlp.Token) bool {
	n := 0
	for _, t := range toks {
		if len(t.Text) < 4 || !unicode.IsLetter(rune(t.Text[0])) {
			continue
		}
		if !isCapitalised(t.Text) {
			return false
		}
		n++
	}
	return n >= 3
}

// properWord reports whether a token looks like part of a proper name: a
// capitalised proper noun, or a camel-case word of any tag ("iPod").
func properWord(w, upos string) bool {
	if isCapitalised(w) {
		return upos == "PROPN"
	}
	return camelCase(w) && upos != "PUNCT"
}

// camelCase reports whether a part of w between hyphens has a capital
// letter after a lower-case one ("BlackRock", "iPhone"; not "Mar-a-Lago").
func camelCase(w string) bool {
	for _, part := range strings.Split(w, "-") {
		lower := false
		for _, c := range part {
			if unicode.IsLower(c) {
				lower = true
			} else if unicode.IsUpper(c) && lower {
				return true
			}
		}
	}
	return false
}

// allCaps reports whether w is an acronym of two or more capital letters.
func allCaps(w string) bool {
	n := 0
	for _, c := range w {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsUpper(c) {
			n++
		}
	}
	return n >= 2
}
