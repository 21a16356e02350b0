package resolve

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
)

// locHeads follow a place name and belong to it ("Belgorod region").
var locHeads = set("region", "province", "oblast", "county", "district", "valley", "island", "islands",
	"peninsula", "river", "strait", "sea", "desert", "mountains")

// currencyPrefix reports a country's letters written onto a dollar sign
// ("NZ$340 million", "US$5 million", "A$2.1 billion"): a currency, not a
// name.
func currencyPrefix(toks []nlp.Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].Text == "$" && toks[i].End == toks[i+1].Off && len(toks[i].Text) <= 3
}

// institutionWords end the names of institutions ("Kelvinbrae Royal
// Infirmary", "Aldwick University").
var institutionWords = set("infirmary", "hospital", "college", "university", "school", "academy", "institute",
	"museum", "library", "clinic", "polytechnic", "seminary", "observatory")

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
		if !(properWord(toks[i].Text, toks[i].UPOS) || orgOpen) || isTitle(toks[i].Text) || r.covered(di, si, i) || currencyPrefix(toks, i) {
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
			// "Kelvinbrae Royal Infirmary": an institution's word the
			// tagger took for a common noun ends the name
			if w := toks[j].Text; j > i && isCapitalised(w) && toks[j].UPOS == "NOUN" && institutionWords[strings.ToLower(w)] {
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
					for j < len(toks) && isCapitalised(toks[j].Text) && (toks[j].UPOS == "NOUN" || toks[j].UPOS == "ADJ") && !r.covered(di, si, j) &&
						!isTitle(toks[j].Text) && !calendarWord(toks[j].Text) {
						// "for Democratic Elections", "of Asian Herpetology":
						// capitalised common words are the name's
						j++
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
		case single && (camelCase(text) || modelName(text)):
			r.addMisc(di, si, start, end) // "iPod", "Aurel-2"
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
	for part := range strings.SplitSeq(w, "-") {
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

// vesselPrefixes stand before the names of ships, written in capitals
// ("MV Saltmarsh Star", "HMS Tallow", "SS Arden").
var vesselPrefixes = set("MV", "M/V", "MS", "SS", "RMS", "HMS", "HMAS", "HMCS", "HMNZS", "USS", "USNS", "USCGC",
	"RV", "FV", "CCGS", "ORP", "KRI", "TCG", "HNLMS", "NRP")

// sharedPrefixes also open other names ("MS Society", "SS Lazio"): a ship's
// only in a document that speaks of ships (see shipDocument).
var sharedPrefixes = set("MS", "SS", "RV")

// shipWords, in lower case in a document, say it speaks of ships.
var shipWords = set("ship", "ships", "ferry", "vessel", "vessels", "tanker", "freighter", "trawler", "yacht", "frigate",
	"destroyer", "submarine", "liner", "aground", "sank", "sinking", "capsized", "crew", "aboard", "harbour", "harbor",
	"port", "moored", "docked", "sailed", "sailing", "voyage", "coast", "hull", "cargo")

// shipDocument reports whether document di writes a ship's word.
func (r *resolver) shipDocument(di int) bool {
	for _, s := range r.docs[di].Sentences {
		for _, t := range s.Tokens {
			if shipWords[t.Text] {
				return true
			}
		}
	}
	return false
}

// vesselName reports a name that a ship's prefix opens (ws[0]), where the
// rest is no organisation's name ("MS Society", "SS Lazio" are not ships).
func (r *resolver) vesselName(di int, ws []string) bool {
	if len(ws) < 2 || !vesselPrefixes[ws[0]] || !isCapitalised(ws[1]) || allCaps(ws[1]) {
		return false
	}
	last := ws[len(ws)-1]
	if gazetteer.NameWord(last)&gazetteer.NameWordOrg != 0 || legalFormWord(last) || tradeWord(strings.ToLower(last)) ||
		gazetteer.MatchOrganisation(ws) > 0 || gazetteer.MatchOrganisation(ws[1:]) == len(ws)-1 {
		return false
	}
	return !sharedPrefixes[ws[0]] || r.shipDocument(di)
}

// vesselNouns, in lower case right before a name, say it is a ship's
// ("the ferry Saltmarsh Star", "the tanker Ardent Sea").
var vesselNouns = set("ship", "ferry", "vessel", "tanker", "freighter", "trawler", "yacht", "frigate", "destroyer",
	"submarine", "liner", "barge", "tugboat", "catamaran", "steamer", "schooner", "corvette",
	"containership", "dredger", "icebreaker", "ketch", "sloop", "warship", "boat", "cruiser")

// eventHeads end the names of events ("Aurora Games", "Harlow Cup",
// "Tarrow Summit", "Northfield Festival").
// Not "Congress", "Conference" or "Rally", which end parties' and
// leagues' names as well ("National Congress", "Big Ten Conference").
var eventHeads = set("games", "olympics", "paralympics", "olympiad", "championship", "championships", "cup",
	"summit", "festival", "tournament", "marathon", "expo", "biennale", "triennale", "regatta", "jamboree",
	"open", "symposium")

// businessEventHeads end companies' and institutions' names as well as
// events' ("Rockstar Games", "Open"): such a name is an event's only where
// the words around say so (see eventUse).
var businessEventHeads = set("games", "open", "expo")

// eventName reports a name of two words or more ending in an event's head
// word.
func eventName(name string) bool {
	ws := strings.Fields(name)
	return len(ws) >= 2 && eventHeads[strings.ToLower(ws[len(ws)-1])]
}

// retypeByClass types names by what the text says of them, as a class:
//
//   - a name after a ship's prefix ("MV Saltmarsh Star", "HMS Tallow") or a
//     ship's noun ("the ferry Saltmarsh Star") is a vessel's (MISC, not a
//     place or a person), and so is the same name without the prefix in
//     the document ("the Saltmarsh Star"), which joins it;
//   - a name of two words or more ending in an event's head word ("Aurora
//     Games", "Harlow Cup") is an event's (MISC, EVENT in the result), but
//     where it ends in a word that also ends companies' names ("Games")
//     only after "the", a year or a number ("at the Aurora Games", "three
//     Aurora Games");
//   - a one-word name right before an event's capitalised head word that
//     the recogniser left out ("Aurora/ORG Games/O") takes it in;
//   - a place's name coordinated with a name of another type ("in Veska
//     and Moradel", "districts, Fenwa and Lashir") makes it a place, as
//     does a plural noun of places before it ("two districts, Fenwa");
//   - a name of several words ending in a kind of business, typed a place
//     or a person ("Kallstrom Homes", "Marlow Estates"), is a company's;
//   - a name of unknown type of a given name and a surname after a title
//     ("Chief Financial Officer Priya Lindqvist") is a person's;
//   - an organisation's first word read as "the Tervanian" that is a
//     people's adjective ("the Tervanian runner") is no organisation's.
func (r *resolver) retypeByClass() {
	vessels := map[docKey]string{} // document and folded name without prefix → the prefixed name
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun {
			continue
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		ws := strings.Fields(m.name)
		switch {
		case r.vesselName(m.doc, ws):
			vessels[docKey{m.doc, normKey(strings.Join(ws[1:], " "))}] = m.name
		case m.start > 0 && m.fullStart >= m.start-1 && r.vesselName(m.doc, append([]string{toks[m.start-1].Text}, ws...)):
			// "MS Corvina Dawn" read as a title and a person
			m.fullStart, m.start = m.start-1, m.start-1
			m.name = toks[m.start].Text + " " + m.name
			m.surface, m.role = m.name, ""
			vessels[docKey{m.doc, normKey(strings.Join(ws, " "))}] = m.name
		case m.fullStart > 1 && vesselNouns[toks[m.fullStart-1].Text] && shipDeterminer(toks[m.fullStart-2].Text) && isCapitalised(ws[0]) &&
			!strings.HasSuffix(m.name, "'s"):
			// "the ferry Saltmarsh Star", "aboard the cargo ship Ardent Sea"
			vessels[docKey{m.doc, normKey(m.name)}] = m.name
		case m.fullStart > 2 && vesselNouns[toks[m.fullStart-1].Text] && toks[m.fullStart-2].UPOS == "NOUN" &&
			toks[m.fullStart-2].Text == strings.ToLower(toks[m.fullStart-2].Text) && shipDeterminer(toks[m.fullStart-3].Text) && isCapitalised(ws[0]):
			// "the cargo ship Ardent Sea"
			vessels[docKey{m.doc, normKey(m.name)}] = m.name
		}
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun {
			continue
		}
		k := normKey(m.name)
		if ws := strings.Fields(m.name); r.vesselName(m.doc, ws) {
			k = normKey(strings.Join(ws[1:], " "))
		}
		if _, ok := vessels[docKey{m.doc, k}]; ok {
			m.typ, m.key, m.first, m.last, m.role, m.ev = "MISC", "misc:vessel "+k, "", "", "", ""
		}
	}
	r.retypeEvents()
	r.retypeListedPlaces()
	r.retypeStates()
	r.widenParties()
	r.retypeSubstances()
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.ev != "" && m.ev != kindTitle {
			continue
		}
		ws := strings.Fields(m.name)
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		switch {
		case (m.typ == "LOC" || m.typ == "PERSON") && len(ws) >= 2 && companyWordFinal(ws[len(ws)-1]) && !m.council &&
			!(gazetteer.GivenName(ws[0]) && gazetteer.Surname(ws[len(ws)-1])) && !isPlaceWord(m.name) && !strings.HasPrefix(m.key, "misc:vessel "):
			// "Kallstrom Homes", "Marlow Estates": a kind of business ends it
			if _, _, place := gazetteer.Lookup(m.name); place {
				continue
			}
			m.typ, m.key, m.first, m.last, m.role = "ORG", "org:"+normKey(m.name), "", "", ""
		case m.typ == "MISC" && len(ws) >= 2 && len(ws) <= 3 && m.fullStart > 0 && isTitle(toks[m.fullStart-1].Text) &&
			isCapitalised(toks[m.fullStart-1].Text) && personWords(ws) && !isPlaceWord(m.name):
			// "Chief Financial Officer Priya Lindqvist"
			m.typ, m.key = "PERSON", ""
			m.first, m.last = foldName(ws[0]), foldName(ws[len(ws)-1])
			m.sex = gazetteer.GivenNameSex(ws[0])
		case (m.typ == "PERSON" || m.typ == "MISC") && m.fullStart == 2 && sentenceFirst(toks, 0) && orgNoun(toks[1].Text) &&
			(toks[0].UPOS == "ADJ" || toks[0].XPOS == "NN" || toks[0].XPOS == "NNS" || r.lower[strings.ToLower(toks[0].Text)]) &&
			isCapitalised(toks[0].Text) && !isNationality(toks[0].Text) && !isTitle(toks[0].Text) &&
			!(len(ws) >= 2 && gazetteer.GivenName(ws[0]) && gazetteer.Surname(ws[len(ws)-1])):
			// "Environmental group Terra Viva accused ...": an
			// organisation's noun whose modifier is capitalised only as
			// the sentence's first word describes the name after it
			m.typ, m.key, m.first, m.last, m.role = "ORG", "org:"+normKey(m.name), "", "", ""
		case (m.typ == "LOC" || m.typ == "MISC") && len(ws) >= 2 && len(ws) <= 3 && ageAfter(toks, m.end) && personWords(ws) && !isPlaceWord(m.name) && !m.council:
			// "named the dead men as Piet Oram, 41, and Sami Laurel, 29":
			// a name with an age set off by commas is a person's
			m.typ, m.key, m.role = "PERSON", "", ""
			m.first, m.last = foldName(ws[0]), foldName(ws[len(ws)-1])
			m.sex = gazetteer.GivenNameSex(ws[0])
		}
	}
	r.retypeDemonymHeads()
}

// companyWordFinal reports a word that ends companies' names and no
// place's: a legal form or a kind of business ("Homes", "Estates",
// "Logistics").
func companyWordFinal(w string) bool {
	lw := strings.ToLower(w)
	if legalFormWord(w) || businessWords[lw] || lw == "homes" || lw == "estates" || lw == "properties" || lw == "developments" || lw == "quarries" {
		return !placeLikeBusiness[lw]
	}
	return false
}

// placeLikeBusiness are kinds of business that end places' names too
// ("West Bank", "Brook Farm", "Cotton Mills", "Federal Capital") or
// people's ("Power", "Press").
var placeLikeBusiness = set("bank", "farm", "farms", "mills", "capital", "lines", "health", "healthcare", "power",
	"security", "press", "records", "terminals", "hotels", "stores", "retail", "utilities", "toys", "games", "railways",
	"rubber", "orchards", "vineyards", "nurseries", "creamery", "paving", "asphalt", "savings", "dairy", "brewery",
	"distillery", "freight", "mining", "publishing", "insurance", "consulting", "engineering", "construction")

// personWords reports name words that may all be a person's: capitalised,
// no digits, no organisation's, business's or event's word.
func personWords(ws []string) bool {
	for _, w := range ws {
		if !isCapitalised(w) || strings.ContainsAny(w, "0123456789") || allCaps(w) || tradeWord(strings.ToLower(w)) ||
			gazetteer.NameWord(w)&gazetteer.NameWordOrg != 0 || eventHeads[strings.ToLower(w)] || legalFormWord(w) {
			return false
		}
	}
	return true
}

// shipDeterminer reports a word that opens a noun phrase naming a ship
// ("the", "a", "its", "aboard").
func shipDeterminer(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "its", "their", "his", "her", "aboard", "our":
		return true
	}
	return false
}

// retypeEvents: see retypeByClass. A name the document writes once as an
// event's is an event's in all of it ("Aurora Games 1,500 metres silver
// medallist" beside "at the Aurora Games").
func (r *resolver) retypeEvents() {
	bySent := r.mentionsBySentence()
	cands := []int{}
	events := map[docKey]bool{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.typ == "PERSON" && m.first != "" && gazetteer.GivenNameFolded(m.first) {
			continue
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		if !strings.Contains(m.name, " ") && m.end < len(toks) && eventHeads[strings.ToLower(toks[m.end].Text)] &&
			isCapitalised(toks[m.end].Text) && !allCaps(toks[m.end].Text) && !r.takenIn(bySent, m.doc, m.sent, m.end, m.end+1) && isCapitalised(m.name) {
			// "Aurora/ORG Games/O 1,500 metres silver medallist"
			m.end++
			m.name += " " + toks[m.end-1].Text
			m.surface = r.docs[m.doc].Sentences[m.sent].SpanText(m.fullStart, m.end)
			if k, _, ok := strings.Cut(m.key, ":"); ok {
				m.key = k + ":" + normKey(m.name)
			}
		}
		if !eventName(m.name) || m.typ == "GPE" || m.ev == kindGazetteer || m.ev == kindKnownOrg {
			continue
		}
		if gazetteer.MatchOrganisation(strings.Fields(m.name)) > 0 {
			continue // "Rockstar Games"
		}
		cands = append(cands, i)
		ws := strings.Fields(m.name)
		if !businessEventHeads[strings.ToLower(ws[len(ws)-1])] || r.eventUse(m) {
			events[docKey{m.doc, normKey(m.name)}] = true
		}
	}
	for _, i := range cands {
		if m := &r.mentions[i]; events[docKey{m.doc, normKey(m.name)}] {
			m.typ, m.key, m.first, m.last, m.role = "MISC", "misc:"+normKey(m.name), "", "", ""
		}
	}
}

// eventUse reports an event's name written as an event's: after "the", a
// year or a number ("at the Aurora Games", "the 2024 Aurora Games", "three
// Aurora Games"), or before "in" and a year ("Aurora Games in 2024").
func (r *resolver) eventUse(m *mention) bool {
	toks := r.docs[m.doc].Sentences[m.sent].Tokens
	if m.fullStart > 0 {
		p := toks[m.fullStart-1]
		if strings.EqualFold(p.Text, "the") || p.UPOS == "NUM" || isDigits(p.Text) {
			return true
		}
	}
	if m.end+1 < len(toks) && (toks[m.end].Text == "in" || toks[m.end].Text == "of") && isDigits(toks[m.end+1].Text) && len(toks[m.end+1].Text) == 4 {
		return true
	}
	return false
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// placeListNouns, plural before a list of names, say they are places
// ("two nearby districts, Fenwa and Lashir", "the towns of Ashby and
// Tarrow").
var placeListNouns = set("districts", "towns", "villages", "cities", "provinces", "regions", "counties",
	"municipalities", "suburbs", "islands", "states", "neighbourhoods", "neighborhoods", "boroughs", "parishes", "townships")

// retypeListedPlaces: see retypeByClass.
func (r *resolver) retypeListedPlaces() {
	bySent := map[sentKey][]int{}
	for i := range r.mentions {
		if m := &r.mentions[i]; !m.pronoun {
			bySent[sentKey{m.doc, m.sent}] = append(bySent[sentKey{m.doc, m.sent}], i)
		}
	}
	loose := func(m *mention) bool {
		// a name of one word no evidence typed
		if strings.Contains(m.name, " ") || m.ev != "" || m.council || !isCapitalised(m.name) || allCaps(m.name) {
			return false
		}
		switch m.typ {
		case "PERSON":
			return m.first == "" && !knownPersonWord(m.name) && !r.fullLast[m.name]
		case "ORG", "MISC":
			return gazetteer.MatchOrganisation([]string{m.name}) == 0 && gazetteer.NameWord(m.name)&gazetteer.NameWordOrg == 0
		}
		return false
	}
	toPlace := func(m *mention) {
		m.typ, m.key, m.first, m.last, m.role = "LOC", "loc:"+normKey(m.name), "", "", ""
	}
	for k, ms := range bySent {
		toks := r.docs[k.doc].Sentences[k.sent].Tokens
		for a, ai := range ms {
			m := &r.mentions[ai]
			if !loose(m) {
				continue
			}
			// a plural noun of places before the list: "districts, Fenwa", "towns of Fenwa"
			j := m.fullStart - 1
			for j >= 0 && (toks[j].Text == "," || toks[j].Text == "and" || toks[j].Text == "or" || toks[j].Text == "of" || toks[j].Text == ":") {
				j--
			}
			if j >= 0 && j < m.fullStart-1 && placeListNouns[toks[j].Text] {
				toPlace(m)
				continue
			}
			// coordinated with a place: "in Veska and Moradel"
			for b, bi := range ms {
				if a == b {
					continue
				}
				o := &r.mentions[bi]
				if o.typ != "LOC" && o.typ != "GPE" {
					continue
				}
				lo, hi := o, m
				if o.start > m.start {
					lo, hi = m, o
				}
				// a comma joins a list only where the list goes on after
				// it ("Veska, Moradel and Ostby"; not "in Wisconsin,
				// Kestrel said")
				comma := hi.fullStart == lo.end+1 && toks[lo.end].Text == "," && hi.end < len(toks) &&
					(toks[hi.end].Text == "," || toks[hi.end].Text == "and" || toks[hi.end].Text == "or")
				if hi.fullStart == lo.end+1 && (toks[lo.end].Text == "and" || toks[lo.end].Text == "or") || comma ||
					hi.fullStart == lo.end+2 && toks[lo.end].Text == "," && (toks[lo.end+1].Text == "and" || toks[lo.end+1].Text == "or") {
					// the first of the list after a place preposition, or any after the place
					if lo == o || lo.fullStart > 0 && locPreps[strings.ToLower(toks[lo.fullStart-1].Text)] {
						toPlace(m)
						break
					}
				}
			}
		}
	}
}

// retypeDemonymHeads: "the Tervanian runner" is no short name of the
// Tervanian Athletics Federation. A head word of an organisation's name
// read as its short name (kindHead) that ends as peoples' adjectives do
// ("-ian", "-ese", "-ish") and stands before a noun in lower case, or
// that the gazetteer knows as a demonym, is an adjective: a name of
// unknown type.
func (r *resolver) retypeDemonymHeads() {
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.ev != kindHead || strings.Contains(m.name, " ") {
			continue
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		_, kind, known := gazetteer.Lookup(m.name)
		lw := strings.ToLower(m.name)
		shaped := strings.HasSuffix(lw, "ian") || strings.HasSuffix(lw, "ean") || strings.HasSuffix(lw, "ese") || strings.HasSuffix(lw, "ish")
		before := m.end < len(toks) && (toks[m.end].UPOS == "NOUN" || toks[m.end].UPOS == "ADJ") && toks[m.end].Text == strings.ToLower(toks[m.end].Text)
		if known && kind == gazetteer.Demonym || shaped && before {
			m.typ, m.key, m.ev, m.evScore, m.evWith = "MISC", "misc:"+normKey(m.name), "", 0, ""
			m.demonym = true
		}
	}
}

// collectVessels adds, before mentions are compacted, the ships' names
// after a prefix in capitals ("HMS Tallowmere returned to port", "RV Polar
// Dawn") or a ship's noun after a determiner ("the research vessel Polar
// Dawn"): the prefix, if any, and the capitalised words after it, in place
// of the mentions the recogniser made of parts of it ("RV/ORG Polar/O
// Dawn/PERSON").
func (r *resolver) collectVessels() {
	for di := range r.docs {
		for si := range r.docs[di].Sentences {
			toks := r.docs[di].Sentences[si].Tokens
			if si == 0 && isHeadline(toks) && !endsSentence(toks) {
				continue // a title-case headline runs names into its words
			}
			for i := 0; i+1 < len(toks); i++ {
				start := i
				switch {
				case vesselPrefixes[toks[i].Text]:
				case vesselNouns[toks[i].Text] && i > 0 && (shipDeterminer(toks[i-1].Text) ||
					i > 1 && toks[i-1].UPOS == "NOUN" && toks[i-1].Text == strings.ToLower(toks[i-1].Text) && shipDeterminer(toks[i-2].Text)):
					start = i + 1 // the noun is no part of the name
				default:
					continue
				}
				end := i + 1
				ws := []string{toks[i].Text}
				for end < len(toks) && end-i <= 4 && isCapitalised(toks[end].Text) && !allCaps(toks[end].Text) && toks[end].XPOS != "POS" &&
					!calendarWord(toks[end].Text) && !isTitle(toks[end].Text) {
					ws = append(ws, toks[end].Text)
					end++
				}
				if end == i+1 {
					continue
				}
				if start == i && !r.vesselName(di, ws) || start > i && (gazetteer.MatchOrganisation(ws[1:]) > 0 || gazetteer.NameWord(ws[len(ws)-1])&gazetteer.NameWordOrg != 0) {
					continue
				}
				// the mentions over the name: none may reach outside it,
				// and one that is the whole name stays
				inside, whole := true, false
				for _, k := range r.inSentence(di, si) {
					m := &r.mentions[k]
					if m.dropped || m.pronoun || m.end <= start || m.fullStart >= end {
						continue
					}
					if m.start == start && m.end == end {
						whole = true
					}
					if m.fullStart < start && !(m.start >= start) || m.end > end {
						inside = false
					}
				}
				if inside && !whole {
					r.dropIn(di, si, start, end, false)
					r.addMisc(di, si, start, end)
				}
				i = end - 1
			}
		}
	}
}

// collectEvents adds, before mentions are compacted, the events' names the
// recogniser leaves untagged (its training text has no events): a run of
// capitalised words ending in an event's head word that no mention covers,
// after "the", a year or a number ("at the Meridian Games", "the 2024
// Harlow Cup") or, for a head word no company's name ends in, anywhere
// ("Harlow Cup final"); a sentence's first word only when the corpus never
// writes it in lower case.
func (r *resolver) collectEvents() {
	for di := range r.docs {
		for si := range r.docs[di].Sentences {
			toks := r.docs[di].Sentences[si].Tokens
			if si == 0 && isHeadline(toks) && !endsSentence(toks) {
				continue // a title-case headline runs names into its words
			}
			for h := 1; h < len(toks); h++ {
				lh := strings.ToLower(toks[h].Text)
				if !eventHeads[lh] || !isCapitalised(toks[h].Text) || allCaps(toks[h].Text) {
					continue
				}
				start := h
				for start > 0 && h-start < 4 && isCapitalised(toks[start-1].Text) && !allCaps(toks[start-1].Text) &&
					!isTitle(toks[start-1].Text) && !calendarWord(toks[start-1].Text) && toks[start-1].XPOS != "POS" {
					start--
				}
				if start == h || r.coveredAny(di, si, start, h+1) || strings.EqualFold(toks[start].Text, "the") {
					continue
				}
				if sentenceFirst(toks, start) && r.lower[strings.ToLower(toks[start].Text)] {
					continue
				}
				words := make([]string, 0, h+1-start)
				for k := start; k <= h; k++ {
					words = append(words, toks[k].Text)
				}
				if gazetteer.MatchOrganisation(words) > 0 {
					continue
				}
				used := false
				if start > 0 {
					p := toks[start-1]
					used = strings.EqualFold(p.Text, "the") || p.UPOS == "NUM" || isDigits(p.Text)
				}
				if h+2 < len(toks) && toks[h+1].Text == "in" && isDigits(toks[h+2].Text) && len(toks[h+2].Text) == 4 {
					used = true
				}
				if !used && businessEventHeads[lh] {
					continue
				}
				r.addMisc(di, si, start, h+1)
			}
		}
	}
}

// collectListedPlaces adds, before mentions are compacted, the names the
// recogniser left untagged in a list that a place or a plural noun of
// places opens ("in Veska and Moradel", "Ostby, Carrin and Pellow" after
// "reached Wexby", "two nearby districts, Fenwa and Lashir"): one to three
// capitalised words that no mention covers, after "and", "or" or a comma
// where the list goes on after it, and before no verb ("in Wisconsin,
// Kestrel said" ends no list).
func (r *resolver) collectListedPlaces() {
	for di := range r.docs {
		for si := range r.docs[di].Sentences {
			toks := r.docs[di].Sentences[si].Tokens
			if si == 0 && isHeadline(toks) && !endsSentence(toks) {
				continue // a title-case headline runs names into its words
			}
			var opens []int // tokens after which a list of places may go on
			for _, k := range r.inSentence(di, si) {
				if m := &r.mentions[k]; !m.dropped && !m.pronoun && (m.typ == "LOC" || m.typ == "GPE") {
					opens = append(opens, m.end)
				}
			}
			for j := 1; j+1 < len(toks); j++ {
				if placeListNouns[toks[j].Text] &&
					(toks[j+1].Text == "," || toks[j+1].Text == "of" || toks[j+1].Text == ":") {
					opens = append(opens, j+1)
				}
			}
			for _, at := range opens {
				first := at < len(toks) && (toks[at].Text == "of" || toks[at].Text == ":" || toks[at].Text == "," && at > 0 && placeListNouns[toks[at-1].Text])
				for i := at; i < len(toks); {
					// the joiner
					j := i
					switch {
					case first:
						j++
					case toks[j].Text == "," && j+1 < len(toks) && (toks[j+1].Text == "and" || toks[j+1].Text == "or"):
						j += 2
					case toks[j].Text == "and" || toks[j].Text == "or" || toks[j].Text == ",":
						j++
					default:
						j = -1
					}
					if j < 0 || j >= len(toks) {
						break
					}
					end := j
					for end < len(toks) && end-j < 3 && isCapitalised(toks[end].Text) && !allCaps(toks[end].Text) &&
						!isTitle(toks[end].Text) && !calendarWord(toks[end].Text) && toks[end].UPOS == "PROPN" {
						end++
					}
					if end == j {
						if r.coveredAny(di, si, j, j+1) {
							// a name already read: the list goes on after it
							e := j
							for e < len(toks) && r.covered(di, si, e) {
								e++
							}
							i, first = e, false
							continue
						}
						break
					}
					if end < len(toks) && (toks[end].XPOS == "POS" || toks[end].UPOS == "VERB" || toks[end].UPOS == "AUX") {
						break
					}
					if toks[j-1].Text == "," && !first && (end >= len(toks) || toks[end].Text != "," && toks[end].Text != "and" && toks[end].Text != "or") {
						break
					}
					if !r.coveredAny(di, si, j, end) {
						r.addPlace(di, si, j, end, "LOC")
					}
					i, first = end, false
				}
			}
		}
	}
}

// mentionsBySentence indexes the mentions (no pronouns) by sentence, after
// compact has dropped the index of collection.
func (r *resolver) mentionsBySentence() map[sentKey][]int {
	by := map[sentKey][]int{}
	for i := range r.mentions {
		if m := &r.mentions[i]; !m.pronoun {
			by[sentKey{m.doc, m.sent}] = append(by[sentKey{m.doc, m.sent}], i)
		}
	}
	return by
}

// takenIn reports whether a mention of sentence (di, si) overlaps tokens
// start to end.
func (r *resolver) takenIn(by map[sentKey][]int, di, si, start, end int) bool {
	for _, k := range by[sentKey{di, si}] {
		if m := &r.mentions[k]; m.fullStart < end && start < m.end {
			return true
		}
	}
	return false
}

// stateNouns, in lower case after a one-word name, say it is a country's
// or a state's ("Aldermark court", "Velonia government").
var stateNouns = set("court", "courts", "government", "parliament", "ministry", "cabinet", "police", "army", "navy",
	"voters", "lawmakers", "judges", "prosecutors", "authorities", "electorate", "constitution")

// stateHeads end the names of a country's institutions written with its
// possessive ("Aldermark's High Court", "Velonia's Supreme Court").
var stateHeads = set("court", "parliament", "government", "assembly", "police", "army", "navy", "senate", "congress")

// retypeStates types as a place the one-word name of unknown type that the
// document shows as a country's or a town's: before a noun of state in
// lower case ("Aldermark court strikes down rule"), as the possessive of
// one of its institutions ("Aldermark's High Court", which retypes an
// organisation's name too), or in the name of a town's institution
// ("Kessbridge scientists" beside "University of Kessbridge", "Brescow
// bridge contract" beside "Brescow District Court"); a river's one-word
// name beside its name with "River" is that river ("the Tessin", "Tessin
// River").
func (r *resolver) retypeStates() {
	states := map[docKey]bool{}
	owned := map[docKey]bool{}    // the possessive of an institution's name: strong enough to retype an organisation
	rivers := map[docKey]string{} // a river's one-word name → the key of its name with "River"
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun {
			continue
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		ws := strings.Fields(m.name)
		switch {
		case m.typ == "MISC" && len(ws) == 1 && m.end < len(toks) && stateNouns[toks[m.end].Text]:
			states[docKey{m.doc, normKey(m.name)}] = true
		case (m.typ == "LOC" || m.typ == "GPE") && len(ws) == 2 && (strings.EqualFold(ws[1], "river") || ws[0] == "River") && isCapitalised(ws[0]) && isCapitalised(ws[len(ws)-1]) != (ws[1] == "river"):
			// "Tessin River" beside "the Tessin": the river
			x := ws[0]
			if ws[0] == "River" {
				x = ws[1]
			}
			rivers[docKey{m.doc, normKey(x)}] = m.key
		case m.typ == "ORG" && localInstitution(ws) != "":
			// "University of Kessbridge", "Brescow District Court"
			states[docKey{m.doc, normKey(localInstitution(ws))}] = true
		case m.typ == "ORG" && len(ws) >= 2 && stateHeads[strings.ToLower(ws[len(ws)-1])]:
			// "Aldermark's High Court", or "Velonia's" before the
			// mention "Supreme Court"
			sw := strings.Fields(m.surface)
			if len(sw) > len(ws) && m.surface != m.name {
				ws = sw
			}
			if len(ws) >= 3 && strings.HasSuffix(ws[0], "'s") && isCapitalised(ws[0]) {
				states[docKey{m.doc, normKey(strings.TrimSuffix(ws[0], "'s"))}] = true
				owned[docKey{m.doc, normKey(strings.TrimSuffix(ws[0], "'s"))}] = true
			}
		}
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		k := docKey{m.doc, normKey(m.name)}
		if m.pronoun || m.ev != "" || strings.Contains(m.name, " ") {
			continue
		}
		if river, ok := rivers[k]; ok && (m.typ == "MISC" || m.typ == "ORG" && !m.companyShort) {
			m.typ, m.key = "LOC", river // "the Tessin" is the Tessin River
			continue
		}
		if (m.typ == "MISC" || m.typ == "ORG" && owned[k] && !allCaps(m.name)) && states[k] {
			m.typ, m.key = "LOC", "loc:"+normKey(m.name)
		}
	}
}

// localTails end the names of a town's institutions after the town's
// name ("Brescow District Court", "Kestwick Crown Court", "Marlow City
// Council").
var localTails = [][]string{{"district", "court"}, {"crown", "court"}, {"magistrates", "court"}, {"county", "court"},
	{"city", "council"}, {"town", "council"}, {"county", "council"}, {"borough", "council"}, {"district", "council"},
	{"city", "hall"}, {"fire", "service"}, {"port", "authority"}}

// localInstitution returns the town's name in an institution's name that
// says it is a town's ("University of Kessbridge", "Brescow District
// Court"), or "".
func localInstitution(ws []string) string {
	if len(ws) == 3 && (ws[0] == "University" || ws[0] == "Port" || ws[0] == "Mayor") && ws[1] == "of" && isCapitalised(ws[2]) {
		return ws[2]
	}
	if len(ws) == 3 && isCapitalised(ws[0]) && !strings.HasSuffix(ws[0], "'s") {
		for _, t := range localTails {
			if strings.ToLower(ws[1]) == t[0] && strings.ToLower(ws[2]) == t[1] {
				return ws[0]
			}
		}
	}
	return ""
}

// partyPlurals name parties by their members ("the Social Democrats").
var partyPlurals = set("Democrats", "Republicans", "Socialists", "Liberals", "Conservatives", "Greens", "Nationalists",
	"Progressives", "Unionists", "Christians", "Patriots", "Federalists")

// widenParties gives a party's name of one plural word the capitalised word
// the recogniser left before it after "the" ("the Social/O Democrats/ORG").
func (r *resolver) widenParties() {
	bySent := r.mentionsBySentence()
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.typ != "ORG" || m.ev != "" || !partyPlurals[m.name] || m.fullStart != m.start || m.start < 2 {
			continue
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		p := toks[m.start-1]
		if !isCapitalised(p.Text) || allCaps(p.Text) || isNationality(p.Text) || isTitle(p.Text) || !strings.EqualFold(toks[m.start-2].Text, "the") ||
			r.takenIn(bySent, m.doc, m.sent, m.start-1, m.start) {
			continue
		}
		m.start, m.fullStart = m.start-1, m.start-1
		m.name = p.Text + " " + m.name
		m.surface, m.key = m.name, "org:"+normKey(m.name)
	}
}

// substanceNouns, in lower case right before a name, say it names a drug
// or another substance, no organisation ("the blood booster EPO", "the
// steroid Tarvolone", "the painkiller Oxyflex").
var substanceNouns = set("drug", "drugs", "booster", "hormone", "steroid", "stimulant", "substance",
	"vaccine", "medicine", "medication", "painkiller", "antibiotic", "antiviral", "pesticide", "herbicide",
	"chemical", "opioid", "sedative", "toxin", "insecticide")

// retypeSubstances types as a name of unknown type (MISC) a name that the
// document writes once right after a substance's noun in lower case, after
// a determiner ("the blood booster EPO": not an organisation), in all of
// the document.
func (r *resolver) retypeSubstances() {
	subs := map[docKey]bool{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.fullStart < 2 || m.typ == "PERSON" && m.first != "" || m.ev != "" {
			continue
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		if !substanceNouns[toks[m.fullStart-1].Text] {
			continue
		}
		for j := m.fullStart - 2; j >= 0 && j >= m.fullStart-4; j-- {
			if shipDeterminer(toks[j].Text) || toks[j].UPOS == "DET" {
				subs[docKey{m.doc, normKey(m.name)}] = true
				break
			}
			if toks[j].Text != strings.ToLower(toks[j].Text) || toks[j].UPOS != "NOUN" && toks[j].UPOS != "ADJ" {
				break
			}
		}
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if !m.pronoun && m.ev == "" && subs[docKey{m.doc, normKey(m.name)}] && (m.typ == "ORG" || m.typ == "LOC" || m.typ == "PERSON" && m.first == "") {
			m.typ, m.key, m.first, m.last, m.role = "MISC", "misc:"+normKey(m.name), "", "", ""
		}
	}
}

// ageAfter reports an age set off by commas after token end: ", 29," or
// ", 29." (a number from 1 to 110, then a comma, a full stop, "and", a
// bracket or the sentence's end).
func ageAfter(toks []nlp.Token, end int) bool {
	if end+1 >= len(toks) || toks[end].Text != "," || !isDigits(toks[end+1].Text) || len(toks[end+1].Text) > 3 {
		return false
	}
	if n, err := strconv.Atoi(toks[end+1].Text); err != nil || n < 1 || n > 110 {
		return false
	}
	if end+2 == len(toks) {
		return true
	}
	switch toks[end+2].Text {
	case ",", ".", "and", ")", ";":
		return true
	}
	return false
}

// endsSentence reports whether the tokens end in a full stop, a question
// or an exclamation mark, as a headline does not.
func endsSentence(toks []nlp.Token) bool {
	if len(toks) == 0 {
		return false
	}
	switch toks[len(toks)-1].Text {
	case ".", "?", "!":
		return true
	}
	return false
}

// modelName reports the name of a model, a craft or a series: a
// capitalised word, a hyphen and a number ("Aurel-2", "Falcon-9"), not a
// time ("Mid-2020").
func modelName(w string) bool {
	name, num, ok := strings.Cut(w, "-")
	if !ok || len(name) < 2 || num == "" || num[0] < '0' || num[0] > '9' || !isCapitalised(name) || strings.ToUpper(name) == name {
		return false
	}
	switch strings.ToLower(name) {
	case "mid", "pre", "post", "late", "early", "under", "over", "top", "non", "anti", "circa":
		return false
	}
	return true
}
