package resolve

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
)

// collect adds the mentions of one sentence.
func (r *resolver) collect(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	r.collectKnownOrgNames(di, si)
	r.collectDateline(di, si)
	r.collectQuotedTitles(di, si)
	for _, sp := range s.Entities() {
		start, end := sp.Start, sp.End
		if r.coveredAny(di, si, start, end) {
			continue // inside a well-known organisation's name
		}
		// Trim possessive endings and punctuation from the span's right.
		for end > start && (toks[end-1].XPOS == "POS" || toks[end-1].UPOS == "PUNCT") {
			end--
		}
		for start < end && (toks[start].UPOS == "DET" || toks[start].UPOS == "PUNCT") {
			start++
		}
		typ := sp.Type
		if typ == "LOC" || typ == "GPE" || typ == "FAC" {
			// "Soraval's Freedom Square": the square of a place, named
			// after the possessive; the place is a name of its own
			if k := placePossessive(toks, start, end); k > start {
				if !r.coveredAny(di, si, start, k) {
					r.addPlace(di, si, start, k, "LOC")
				}
				start = k + 1
			}
		}
		if end < len(toks) && toks[end].XPOS == "POS" && gazetteer.MatchOrganisation(tokenTexts(toks[start:end+1])) == end+1-start {
			// "Moody's", "McDonald's": a well-known organisation whose
			// name ends in a possessive
			end++
			typ = "ORG"
		}
		if start == 0 && end-start >= 2 {
			// "Rival Boeing has won ...", "Carmaker Ford said ...": a
			// common noun capitalised at the head of the sentence
			// describes the name after it and is no part of it
			if t, ok := descriptorFirst(toks[start:end]); ok {
				start++
				if t != "" {
					typ = t
				}
			}
		}
		if typ == "LOC" || typ == "GPE" {
			// "South Australia", "New South Wales" with only the last
			// word tagged: the gazetteer's longer place
			for k := min(2, start); k >= 1; k-- {
				if !allCapitalised(toks[start-k:start]) || r.coveredAny(di, si, start-k, start) {
					continue
				}
				words := make([]string, 0, end-start+k)
				for i := start - k; i < end; i++ {
					words = append(words, toks[i].Text)
				}
				if _, _, ok := gazetteer.Lookup(s.SpanText(start-k, end)); ok || gazetteer.MatchRegion(words) == len(words) {
					start -= k
					break
				}
			}
		}
		if end-start == 1 && calendarWord(toks[start].Text) {
			continue // "Easter is one of the busiest weeks", tagged a person
		}
		if start >= end || stopName(s.SpanText(start, end)) || allLegalForms(toks[start:end]) {
			continue // "Corp." tagged as a name of its own
		}
		if end+1 < len(toks) && toks[end].Text == "&" && isCapitalised(toks[end+1].Text) && toks[end+1].UPOS != "PUNCT" {
			// "Harper & Sons", "Marks & Spencer": an ampersand joins
			// one company's name
			end += 2
			for end < len(toks) && isCapitalised(toks[end].Text) && toks[end].UPOS != "PUNCT" && !lexicon.TimeWord(toks[end].Text) {
				end++
			}
			typ = "ORG"
		}
		if typ != "PERSON" && typ != "PER" {
			// "Lusk Farmers" + "' Cooperative": a plural's apostrophe
			// and capitalised words that end in an organisation's word
			// are the organisation's name
			if k := possessiveOrgTail(toks, end); k > end {
				end, typ = k, "ORG"
			}
		}
		if typ == "ORG" {
			// "Amazon" + "Web Services", the recogniser's name cut short
			// before capitalised words that end in an organisation's
			// word: they are the name's
			k := end
			for k < len(toks) && toks[k].Ent == "O" && isCapitalised(toks[k].Text) && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") &&
				!isTitle(toks[k].Text) && !lexicon.TimeWord(toks[k].Text) && !allCaps(toks[k].Text) {
				k++
			}
			if k > end && (gazetteer.NameWord(toks[k-1].Text)&gazetteer.NameWordOrg != 0 || tradeWord(strings.ToLower(toks[k-1].Text))) {
				end = k // "Quorra" + "Therapeutics' pill"
			} else if t := possessiveOrgTail(toks, k); k > end && t > k {
				end = t // "Brennock" + "Supporters' Trust"
			}
		}
		if typ == "ORG" {
			// "Tarrow Gazette" with only "Gazette" tagged: a proper noun
			// the recogniser left before the name is the name's; the
			// sentence's first word only when the corpus writes it as a
			// name elsewhere and never in lower case
			for start > 0 && r.nameWordBefore(di, si, start) && (start > 1 ||
				(r.propn[toks[0].Text] > 0 && !r.lower[strings.ToLower(toks[0].Text)] && !knownPersonWord(toks[0].Text))) {
				start--
			}
		}
		if typ == "ORG" {
			// "General Motors Corp.", "Ford Motor Co.": the legal form
			// the recogniser left out or tagged apart is the name's
			for end < len(toks) && legalFormWord(toks[end].Text) && (toks[end].Ent == "O" || (toks[end].Ent == "B-ORG" && (end+1 == len(toks) || !strings.HasPrefix(toks[end+1].Ent, "I-")))) {
				end++
			}
			// "European Journal" + "of Preventive Cardiology", "Royal
			// Society" + "of Chemistry": after a word that heads
			// organisations' names, "of" and capitalised words are the
			// name's, whatever the recogniser made of them
			if gazetteer.NameWord(toks[end-1].Text)&gazetteer.NameWordOrg != 0 {
				end = ofTail(toks, end)
			}
		}
		if typ == "PERSON" || typ == "PER" {
			// "Martin Luther King" tagged without "King", a surname that
			// is also a title: a proper noun the parse joins to the name
			for end < len(toks) && toks[end].Ent == "O" && toks[end].UPOS == "PROPN" && toks[end].Dep == "flat" &&
				toks[end].Head >= start && toks[end].Head < end && isCapitalised(toks[end].Text) {
				end++
			}
			// "Darnell Rubber Co": a legal form right after the name,
			// left out or tagged apart, is the name's (and makes it a
			// company's)
			for end < len(toks) && legalFormWord(toks[end].Text) && (toks[end].Ent == "O" || (toks[end].Ent == "B-ORG" && (end+1 == len(toks) || !strings.HasPrefix(toks[end+1].Ent, "I-")))) {
				end++
			}
			if end-start == 1 && r.commonHead(toks, start) {
				continue // "Lorry driver Kevin Marsh": no name
			}
		}
		switch typ {
		case "PERSON", "PER":
			r.addPerson(di, si, start, end)
		case "LOC", "GPE":
			if end-start >= 3 && strings.EqualFold(toks[start+1].Text, "of") && orgWordOnly(toks[start].Text) {
				// "University of Cape Town", "Ministry of Defence":
				// an institution named after its place
				r.addOrg(di, si, start, end)
				continue
			}
			r.addPlace(di, si, start, end, "LOC")
		case "ORG":
			r.addOrg(di, si, start, end)
		}
	}
	r.collectTitled(di, si)
	r.collectAbbreviations(di, si)
	r.collectLegalNames(di, si)
	r.collectKnownOrgs(di, si)
	r.collectProperNouns(di, si)
	// Gazetteer forms the recogniser missed: demonyms, abbreviations, names.
	for i := 0; i < len(toks); i++ {
		if r.covered(di, si, i) {
			continue
		}
		w := toks[i].Text
		if w == "" || !isCapitalised(w) {
			continue
		}
		// Longest window first.
		for n := min(gazetteer.MaxWords(), len(toks)-i, 4); n >= 1; n-- {
			if r.covered(di, si, i+n-1) {
				continue
			}
			text := s.SpanText(i, i+n)
			p, kind, ok := gazetteer.Lookup(text)
			if !ok {
				continue
			}
			if kind == gazetteer.Capital && toks[i].UPOS != "PROPN" {
				continue
			}
			r.addPlaceFrom(di, si, i, i+n, p, kind)
			i += n - 1
			break
		}
	}
	r.collectDocuments(di, si)
	r.collectReferences(di, si)
}

// leadingDescriptors are common nouns that, capitalised at the head of a
// sentence, describe the name after them ("Rival Boeing", "Retailer
// Target"): the organisation kinds of orgNouns that are rarely the first
// word of a name, and "rival" or "competitor", which say nothing of the
// kind.
var leadingDescriptors = set("rival", "rivals", "competitor", "carrier", "airline", "retailer", "insurer",
	"lender", "broadcaster", "miner", "refiner", "publisher", "regulator", "conglomerate", "startup",
	"automaker", "carmaker", "planemaker", "chipmaker", "drugmaker", "manufacturer", "supplier",
	"distributor", "operator", "brokerage")

// descriptorFirst reports whether the first of a name's tokens is a
// descriptor before capitalised words, and returns the type the
// descriptor gives the rest ("ORG" for a kind of organisation, "" for
// "rival").
func descriptorFirst(toks []nlp.Token) (string, bool) {
	lw := strings.ToLower(toks[0].Text)
	if !leadingDescriptors[lw] && !(len(lw) > 6 && strings.HasSuffix(lw, "maker")) {
		return "", false
	}
	if !isCapitalised(toks[0].Text) || strings.ToUpper(toks[0].Text) == toks[0].Text {
		return "", false
	}
	for _, t := range toks[1:] {
		if !isCapitalised(t.Text) && !legalFormWord(t.Text) {
			return "", false
		}
	}
	switch lw {
	case "rival", "rivals", "competitor":
		words := make([]string, 0, len(toks)-1)
		for _, t := range toks[1:] {
			words = append(words, t.Text)
		}
		if gazetteer.MatchOrganisation(words) == len(words) {
			return "ORG", true
		}
		return "", true
	}
	return "ORG", true
}

// allCapitalised reports whether every token is a capitalised word.
func allCapitalised(toks []nlp.Token) bool {
	for _, t := range toks {
		if !isCapitalised(t.Text) {
			return false
		}
	}
	return true
}

// knownAbbreviation reports a well-known organisation's abbreviation in
// capitals that is also a common word ("WHO", "IT" is not one).
func knownAbbreviation(text string) bool {
	if len(text) < 2 || !allCaps(text) {
		return false
	}
	_, ok := gazetteer.OrgCanonical(text)
	return ok || gazetteer.MatchOrganisation([]string{text}) == 1
}

// docNamesCountry reports whether document di names country p by its
// name, another name, an abbreviation or a demonym anywhere.
func (r *resolver) docNamesCountry(di int, p gazetteer.Place) bool {
	k := docCountry{di, p.Name}
	if v, ok := r.namesCountry[k]; ok {
		return v
	}
	v := r.scanCountry(di, p)
	if r.namesCountry == nil {
		r.namesCountry = map[docCountry]bool{}
	}
	r.namesCountry[k] = v
	return v
}

// docCountry keys docNamesCountry's cache.
type docCountry struct {
	doc     int
	country string
}

// scanCountry is docNamesCountry without the cache.
func (r *resolver) scanCountry(di int, p gazetteer.Place) bool {
	for si := range r.docs[di].Sentences {
		toks := r.docs[di].Sentences[si].Tokens
		for i := range toks {
			if !isCapitalised(toks[i].Text) {
				continue
			}
			for n := 1; n <= 3 && i+n <= len(toks); n++ {
				q, kind, ok := gazetteer.Lookup(r.docs[di].Sentences[si].SpanText(i, i+n))
				if ok && kind != gazetteer.Capital && q.Name == p.Name {
					return true
				}
			}
		}
	}
	return false
}

// surnameParticles open surnames ("van Dam", "Le Pen", "de Vries", "bin
// Salman"); a name that starts with one and has no given name before it
// is a surname.
var surnameParticles = set("van", "von", "de", "der", "den", "ter", "ten", "du", "da", "di", "della", "dos",
	"das", "le", "la", "bin", "ibn")

// orgWordOnly reports a word that ends or opens organisations' names and
// never places' ("University", "Ministry", not "Court" or "Port").
func orgWordOnly(w string) bool {
	f := gazetteer.NameWord(w)
	return f&gazetteer.NameWordOrg != 0 && f&gazetteer.NameWordPlace == 0
}

// kindBefore returns the type the words before token start give the name
// that starts there: "LOC" after a kind of place and "of" ("the port of
// Lemara", "the island of Tavuna"), "ORG" after a determiner and a kind of
// organisation ("the airline Pacific Link", "the carmaker Zeta"), "" when
// they say nothing.
func kindBefore(toks []nlp.Token, start int) string {
	if start < 2 {
		return ""
	}
	prev := strings.ToLower(toks[start-1].Text)
	det := toks[start-2].UPOS == "DET" ||
		// "the streaming platform Vidora": one modifier between
		start >= 3 && toks[start-3].UPOS == "DET" && (toks[start-2].UPOS == "NOUN" || toks[start-2].UPOS == "ADJ") &&
			toks[start-2].Text == strings.ToLower(toks[start-2].Text)
	switch {
	case prev == "of" && placeNouns[strings.ToLower(toks[start-2].Text)]:
		return "LOC"
	case (orgNoun(prev) || serviceNouns[prev]) && det:
		return "ORG"
	}
	return ""
}

// serviceNouns name what a company runs, so that a name after one and a
// determiner is the company's ("the delivery app QuickCart", "the
// streaming platform Vidora"); unlike orgNouns they never stand for an
// organisation named before.
var serviceNouns = set("platform", "app", "service", "website", "site", "network", "channel", "newspaper",
	"magazine", "brand", "label", "studio", "outlet", "portal", "marketplace", "store")

// placeNouns name a kind of place before "of" and its name.
var placeNouns = set("port", "island", "city", "town", "village", "province", "state", "region", "district",
	"county", "municipality", "suburb", "republic", "kingdom", "emirate", "capital", "archipelago")

// addPerson adds a PERSON span, splitting leading titles into a role. A span
// the recogniser called a person but whose form says otherwise goes where
// it belongs: an acronym or a name with an organisation word is an
// organisation ("NPD", "Springfield Police"), a known place is a place, a
// known organisation whose name starts with a title stays whole ("General
// Motors"), and a trailing state or country is a place of its own.
func (r *resolver) addPerson(di, si, start, end int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	words := make([]string, 0, end-start)
	for i := start; i < end; i++ {
		words = append(words, toks[i].Text)
	}
	// A well-known organisation ("General Motors", "Major League Baseball").
	if n := gazetteer.MatchOrganisation(words); n == len(words) && (len(words) > 1 || !knownPersonWord(words[0])) {
		r.addOrg(di, si, start, end)
		return
	}
	if !isCapitalised(words[0]) && r.propn[capitalise(words[0])] == 0 {
		return // "the meeting had been \"frank\"": a person's name is capitalised
	}
	if start == 0 && len(words) == 1 && !knownPersonWord(words[0]) && r.lower[strings.ToLower(words[0])] && r.propn[words[0]] == 0 {
		// "Malaria killed 600,000 people" where the corpus writes
		// "malaria" in lower case and never capitalises it inside a
		// sentence: a common noun at the head of the sentence
		return
	}
	if kb := kindBefore(toks, start); kb == "LOC" && start >= 2 && strings.EqualFold(toks[start-1].Text, "of") {
		// "the village of Le Luc", "the town of St Albans": the kind
		// of place before "of" names it, whatever given names are in it
		r.addPlace(di, si, start, end, "LOC")
		return
	}
	if !slices.ContainsFunc(words, knownPersonWord) {
		switch kindBefore(toks, start) {
		case "LOC":
			r.addPlace(di, si, start, end, "LOC")
			return
		case "ORG":
			r.addOrg(di, si, start, end)
			return
		}
	}
	if len(words) == 1 {
		w := words[0]
		switch {
		case allCaps(w) && !knownPersonWord(w):
			r.addOrg(di, si, start, end)
			return
		case !knownPersonWord(w) && (isCountryOrRegion(w) || r.placeWords[w] || (start > 0 && locPreps[strings.ToLower(toks[start-1].Text)])):
			r.addPlace(di, si, start, end, "LOC")
			return
		case !r.fullLast[w] && !gazetteer.Surname(w) && (start == 0 || !isTitle(toks[start-1].Text)) &&
			(r.placeWords[w] || placeContext(toks, start)):
			// "through Halsey", "Ashby council": a one-word name used
			// as a place and never as the surname of a full name in the
			// corpus is the place, though a given name is spelt so
			r.addPlace(di, si, start, end, "LOC")
			return
		case toks[start].UPOS != "PROPN" && !knownPersonWord(w) && !r.docSurnames[di][foldName(w)]:
			return // "Police", "Officials": a common noun, not a person
		}
	}
	for _, w := range words {
		if (gazetteer.NameWord(w)&gazetteer.NameWordOrg != 0 || legalFormWord(w)) && !isTitle(w) && !knownPersonWord(w) {
			r.addOrg(di, si, start, end)
			return
		}
	}
	if len(words) >= 2 {
		last := words[len(words)-1]
		lw := strings.ToLower(last)
		personal := gazetteer.GivenName(words[0]) && gazetteer.Surname(last) // "Diane Lane", "Danielle Steel"
		prev := ""
		if start > 0 {
			prev = strings.ToLower(toks[start-1].Text)
		}
		switch {
		case tradeWord(lw) && !personal:
			// "Pellmore Dairies", "Cleeve Orchards", "Lower Brook
			// Farm": a name ending in a kind of business is the
			// business's, with the capitalised words the recogniser
			// left before it
			for start > 1 && r.nameWordBefore(di, si, start) {
				start--
			}
			r.addOrg(di, si, start, end)
			return
		case streetWords[lw] && (!personal || locPreps[prev] || prev == "of" || prev == "on" || prev == "and"):
			// "Cooper Street", "residents of Mill Lane"
			r.addPlace(di, si, start, end, "LOC")
			return
		}
	}
	// "Mac OS X Lion", "iPhone OS": capitals, camel case or digits inside
	// a name with no given name or surname in it is no person's.
	if len(words) > 1 {
		person, shaped := false, false
		for _, w := range words {
			person = person || knownPersonWord(w)
			shaped = shaped || (allCaps(w) && !strings.Contains(w, ".")) || camelCase(w) || strings.ContainsAny(w, "0123456789")
		}
		if shaped && !person {
			r.addMisc(di, si, start, end)
			return
		}
	}
	// A trailing state or country ("... Ohio") is a place, not a surname.
	for end-start > 1 {
		w := toks[end-1].Text
		if !isCountryOrRegion(w) || gazetteer.Surname(w) {
			break
		}
		r.addPlace(di, si, end-1, end, "LOC")
		end--
	}
	full := start
	// Titles inside the span.
	for start < end-1 && (isTitle(toks[start].Text) || isNationality(toks[start].Text)) {
		start++
	}
	if start < end-2 && sentenceFirst(toks, start) && lexicon.Title(toks[start].Text, lexicon.Occupation) &&
		gazetteer.GivenName(toks[start+1].Text) && !gazetteer.GivenName(toks[start].Text) {
		// "Striker Lars Berg limped off": an occupation capitalised
		// only as the sentence's first word, before a given name
		start++
	}
	// Titles and nationalities right before the span.
	for full > 0 {
		t := toks[full-1]
		if isTitle(t.Text) || (isNationality(t.Text) && full < start+1) {
			full--
			continue
		}
		// "Team leader", "Chief financial officer", "Council leader":
		// a word that modifies the title is the title's, so that the
		// phrase is cut whole
		if full < start && t.UPOS != "PROPN" && t.UPOS != "PUNCT" && t.UPOS != "DET" && (t.Dep == "compound" || t.Dep == "amod") &&
			t.Head >= full && t.Head < start && !isNationality(t.Text) {
			full--
			continue
		}
		// "Secretary of State Cyrus Vance", "Minister of Finance Ana Holm":
		// a title's "of" and the office it names are the title's
		if t.Text == "of" && full < start && end-start >= 2 && full >= 2 && isTitle(toks[full-2].Text) && isCapitalised(toks[full].Text) {
			full -= 2
			continue
		}
		if full >= 3 && full == start && end-start >= 2 && t.UPOS == "PROPN" && isCapitalised(t.Text) && toks[full-2].Text == "of" && isTitle(toks[full-3].Text) {
			full -= 3
			continue
		}
		// "White House advisor": a short proper-noun run before a title.
		if full < start && t.UPOS == "PROPN" && isTitle(toks[full].Text) {
			k := full - 1
			for k > 0 && toks[k-1].UPOS == "PROPN" && full-k < 3 {
				k--
			}
			full = k
			continue
		}
		break
	}
	if full > start {
		full = start
	}
	// "United States President": a place of two words the walk above cut
	// ("States" is a short name of the country, "United" no title)
	for full > 0 && full < start {
		if _, _, ok := gazetteer.Lookup(s.SpanText(full-1, full+1)); !ok {
			break
		}
		full--
	}
	// Drop name suffixes and a possessive.
	words = words[:0]
	for i := start; i < end; i++ {
		words = append(words, toks[i].Text)
	}
	last := len(words) - 1
	for last > 0 && nameSuffixes[bareWord(words[last])] {
		last--
	}
	m := mention{doc: di, sent: si, start: start, end: end, fullStart: full, typ: "PERSON",
		surface: s.SpanText(full, end), name: s.SpanText(start, end), cluster: -1}
	if full < start {
		m.role = s.SpanText(full, start)
		m.ev = kindTitle
	}
	if app := appositionRole(s, start, end); app != "" {
		if m.role == "" {
			m.role = app
		} else {
			m.role += ", " + app
		}
	}
	m.last = foldName(words[last])
	if last > 0 && !surnameParticles[strings.ToLower(words[0])] {
		// ("Le Pen", "Van Dam", "De Vries": a surname with its particle,
		// capitalised as it is without the given name, has no first name)
		m.first = foldName(words[0])
		m.sex = gazetteer.GivenNameSex(words[0])
	}
	if m.sex == gazetteer.Unknown {
		m.sex = titleSex(toks[full:start])
	}
	// A lone title word is not a person.
	if isTitle(m.name) || stopName(m.name) {
		return
	}
	r.add(m)
	// Nationality and country words in the title are mentions of places.
	for i := full; i < start; i++ {
		if p, kind, ok := gazetteer.Lookup(toks[i].Text); ok && kind != gazetteer.Capital {
			r.addPlaceFrom(di, si, i, i+1, p, kind)
		}
	}
}

// businessWords are kinds of business that end a company's name
// ("Pellmore Dairies", "Cleeve Orchards", "Brook Farm"), beside the trade
// words of descriptors.
var businessWords = set("dairies", "dairy", "orchards", "farm", "farms", "rubber", "bakeries", "breweries",
	"brewery", "distillery", "distilleries", "fisheries", "textiles", "plastics", "engineering",
	"construction", "builders", "haulage", "freight", "shipping", "mining", "metals", "packaging",
	"cosmetics", "beverages", "appliances", "furniture", "garments", "apparel", "supermarkets", "foods",
	"mills", "vineyards", "nurseries", "creamery", "fabrics", "tyres", "tires", "publishing", "publishers",
	"therapeutics", "biotech", "biosciences", "biologics", "logistics", "records", "insurance", "airfreight",
	"consulting", "consultancy", "health", "healthcare", "savings", "capital", "ventures", "investments", "bank", "security",
	"toys", "lines", "pharma", "holdings", "stores", "retail", "hotels", "ferries", "railways", "power", "utilities",
	"brands", "aerospace", "robotics", "games", "paving", "asphalt", "terminals", "press", "contractors")

// tradeWord reports a lower-case word that ends companies' names and that
// they drop in running text: a descriptor ("Motors") or a kind of business
// ("Dairies").
func tradeWord(lw string) bool { return descriptors[lw] || businessWords[lw] }

// nameWordBefore reports whether the token before start is a capitalised
// proper noun the recogniser left out of the name starting at start
// ("Lower" of "Lower Brook Farm"): tagged O, no title, day or month, not
// the sentence's first word nor after a sentence-initial one.
func (r *resolver) nameWordBefore(di, si, start int) bool {
	t := r.docs[di].Sentences[si].Tokens[start-1]
	return t.Ent == "O" && t.XPOS == "NNP" && isCapitalised(t.Text) && !isTitle(t.Text) && !calendarWord(t.Text) &&
		!isNationality(t.Text) && !r.covered(di, si, start-1)
}

// sentenceFirst reports whether token i opens its sentence, after any
// punctuation or quotation marks.
func sentenceFirst(toks []nlp.Token, i int) bool {
	for k := 0; k < i; k++ {
		if toks[k].UPOS != "PUNCT" && toks[k].XPOS != "``" {
			return false
		}
	}
	return true
}

// commonHead reports a sentence's capitalised first word that modifies a
// lower-case noun before a name ("Lorry driver Kevin Marsh", "Team
// leader Anders Holm"): a common noun describing the person named after
// it, no name of its own, unless the corpus names a person of that
// surname in full.
func (r *resolver) commonHead(toks []nlp.Token, i int) bool {
	k := i
	for k > 0 && (toks[k-1].UPOS == "PUNCT" || toks[k-1].XPOS == "``") {
		k--
	}
	if k != 0 || i+2 >= len(toks) || r.fullLast[toks[i].Text] || gazetteer.Surname(toks[i].Text) {
		return false
	}
	next := toks[i+1].Text
	return next != "" && unicode.IsLower(rune(next[0])) && toks[i+1].UPOS == "NOUN" && isCapitalised(toks[i+2].Text) && toks[i+2].UPOS == "PROPN"
}

// knownPersonWord reports whether w is a known given name or surname.
func knownPersonWord(w string) bool {
	return gazetteer.GivenName(w) || gazetteer.Surname(w)
}

// isCountryOrRegion reports whether w names a country (or its demonym or
// abbreviation) or a region or state. Cities are left out: many are
// surnames too (Lincoln, Roth, Houston), and the recogniser's reading of a
// person wins over a city list.
func isCountryOrRegion(w string) bool {
	if _, kind, ok := gazetteer.Lookup(w); ok && kind != gazetteer.Capital {
		return true
	}
	return gazetteer.MatchRegion([]string{w}) == 1
}

// isPlaceWord reports whether w names a country, a region or state, or a
// city the gazetteer knows.
func isPlaceWord(w string) bool {
	if _, _, ok := gazetteer.Lookup(w); ok {
		return true
	}
	if gazetteer.MatchRegion([]string{w}) == 1 {
		return true
	}
	_, ok := gazetteer.LookupCity(w)
	return ok
}

// appositionRole returns a title given in apposition to the name in
// tokens [start, end) ("Elena Marchetti, the mayor,"), or "".
func appositionRole(s *nlp.Sentence, start, end int) string {
	for k := start; k < end; k++ {
		// "the regional governor, Mark Dale, ...": the name in
		// apposition to a title before it
		g := s.Tokens[k].Head
		if (g >= start && g < end) || s.Tokens[k].Dep != "appos" || g < 0 || g >= start || !isTitle(s.Tokens[g].Text) ||
			g != start-2 || s.Tokens[start-1].Text != "," {
			continue // (the title right before the name's comma only)
		}
		from := g
		for from > 0 && s.Tokens[from-1].Head == g && s.Tokens[from-1].UPOS != "PUNCT" {
			from--
		}
		return s.SpanText(from, g+1)
	}
	for i, t := range s.Tokens {
		if t.Dep != "appos" || t.Head < start || t.Head >= end || !isTitle(t.Text) {
			continue
		}
		from := i
		for from > 0 && s.Tokens[from-1].Head == i && s.Tokens[from-1].UPOS != "PUNCT" && from-1 >= end {
			from--
		}
		return s.SpanText(from, i+1)
	}
	return ""
}

// isNationality reports whether w is a demonym or country abbreviation
// ("Ukrainian", "U.S.").
func isNationality(w string) bool {
	_, kind, ok := gazetteer.Lookup(w)
	return ok && (kind == gazetteer.Demonym || kind == gazetteer.Abbrev)
}

// addPlace adds a location span found by the recogniser or by context.
// "Springfield, Ohio" keeps the state in its surface.
func (r *resolver) addPlace(di, si, start, end int, typ string) {
	s := &r.docs[di].Sentences[si]
	text := s.SpanText(start, end)
	if p, kind, ok := gazetteer.Lookup(text); ok {
		r.addPlaceFrom(di, si, start, end, p, kind)
		return
	}
	if last := s.Tokens[end-1].Text; end-start > 1 && (gazetteer.NameWord(last) == gazetteer.NameWordOrg || tradeWord(strings.ToLower(last))) {
		// "Singapore Airlines", "Porto University" tagged as a place: the
		// last word says it is an organisation
		r.addOrg(di, si, start, end)
		return
	}
	if companyAppositive(s, start, end) {
		// "Its supplier, Tessaly Cells, said": a company, whatever the
		// recogniser took the name for
		r.addOrg(di, si, start, end)
		return
	}
	name := strings.TrimSuffix(strings.TrimSuffix(text, " region"), " province")
	m := mention{doc: di, sent: si, start: start, end: end, fullStart: start,
		surface: text, name: name, typ: typ, key: "loc:" + normKey(name), cluster: -1}
	if state := r.stateAfter(s, end); state > end {
		m.surface = s.SpanText(start, state)
		m.ev = kindSameName
	}
	r.add(m)
}

// stateAfter returns the end of a ", State" or ", Country" that follows a
// place name ending at token end ("San Jose, California"), or end.
func (r *resolver) stateAfter(s *nlp.Sentence, end int) int {
	toks := s.Tokens
	if end+1 >= len(toks) || toks[end].Text != "," || !isCapitalised(toks[end+1].Text) {
		return end
	}
	words := make([]string, 0, 3)
	for i := end + 1; i < len(toks) && i < end+4; i++ {
		words = append(words, toks[i].Text)
	}
	if n := gazetteer.MatchRegion(words); n > 0 {
		return end + 1 + n
	}
	// A country by name or abbreviation; a demonym is the next phrase's
	// adjective ("in Paris, Russian President Putin ...") and a capital the
	// next clause's actor ("in Paris, Moscow said ...").
	if p, kind, n, ok := gazetteer.Match(words); ok && p.Type == "GPE" && kind != gazetteer.Demonym && kind != gazetteer.Capital {
		return end + 1 + n
	}
	return end
}

// addPlaceFrom adds a mention of a gazetteer place. A capital counts as its
// country only when used as an actor; otherwise it is the city.
func (r *resolver) addPlaceFrom(di, si, start, end int, p gazetteer.Place, kind gazetteer.Kind) {
	s := &r.docs[di].Sentences[si]
	text := s.SpanText(start, end)
	name, typ := p.Name, p.Type
	ev := kindGazetteer
	switch kind {
	case gazetteer.Name:
		ev = ""
	case gazetteer.Demonym:
		if demonymPerson(s, start, end) {
			return // "the Norwegian would have a scan": a person
		}
		ev = kindDemonym
	case gazetteer.Capital:
		ev = kindCapital
		if ws := strings.Fields(text); gazetteer.MatchRegion(ws) == len(ws) && !r.docNamesCountry(di, p) {
			// also a state or region ("Victoria", Australia's state, is
			// the Seychelles' capital too) in a document that never names
			// the capital's country: the region, not a government abroad
			// ("Washington welcomed the vote, and the U.S. ambassador
			// ..." stays the capital)
			name, typ, ev = text, "LOC", ""
		} else if !isActor(s, end-1) {
			name, typ, ev = text, "GPE", ""
		} else if eu, _, ok := gazetteer.Lookup("European Union"); ok && text == "Brussels" {
			// "Brussels was ready to mediate": the European Union's
			// institutions, which English news calls by their seat,
			// not Belgium's government
			name, typ = eu.Name, eu.Type
		}
	}
	if typ == "" {
		typ = "GPE"
	}
	m := mention{doc: di, sent: si, start: start, end: end, fullStart: start,
		surface: text, name: name, typ: typ, key: placeKey(typ) + normKey(name), cluster: -1, ev: ev}
	if kind == gazetteer.Capital && ev == "" {
		if state := r.stateAfter(s, end); state > end {
			m.surface = s.SpanText(start, state)
		}
	}
	r.add(m)
}

// demonymPerson reports a singular demonym used as a noun after an
// article ("the Norwegian", "a Pakistani"): one person of that nation, not
// its country. "The British" and "the French" (nations as a whole) are
// their countries.
func demonymPerson(s *nlp.Sentence, start, end int) bool {
	toks := s.Tokens
	if end-start != 1 || start == 0 {
		return false
	}
	switch strings.ToLower(toks[start-1].Text) {
	case "the", "a", "an":
	default:
		return false
	}
	if end < len(toks) {
		switch toks[end].UPOS {
		case "NOUN", "PROPN", "ADJ", "NUM":
			return false // "the Norwegian team"
		}
	}
	w := strings.ToLower(toks[start].Text)
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "i")
}

// placeKey is the key prefix of a gazetteer place of type typ; GPE and LOC
// share one, so "Europe" (LOC) and "Europe" named by the recogniser agree.
func placeKey(typ string) string {
	if typ == "ORG" {
		return "org:"
	}
	return "loc:"
}

// cityThings are what a city has, as opposed to what its government does:
// "Tokyo's index", "London's mayor", "Kyiv's residents".
var cityThings = set("index", "market", "markets", "exchange", "bourse", "airport", "airports", "mayor",
	"governor", "police", "street", "streets", "resident", "residents", "people", "population",
	"hospital", "hospitals", "school", "schools", "university", "subway", "metro", "port", "harbour",
	"harbor", "station", "stadium", "team", "club", "suburb", "suburbs", "neighbourhood", "neighborhood",
	"district", "districts", "skyline", "centre", "center", "zoo", "museum", "mall", "council")

// isActor reports whether token i (a place name) acts as a party: subject,
// object, possessor, or the object of "with", "by", "against" or a noun's
// "to" ("talks with Moscow", "assistance to Kyiv"), rather than a location.
func isActor(s *nlp.Sentence, i int) bool {
	t := s.Tokens[i]
	// Walk to the head of a flat name or compound.
	for d := 0; (t.Dep == "flat" || t.Dep == "compound" || t.Dep == "flat:name") && t.Head >= 0 && d < len(s.Tokens); d++ {
		if t.Dep == "compound" {
			return false // "the Paris summit": a modifier, not an actor
		}
		i = t.Head
		t = s.Tokens[i]
	}
	switch strings.SplitN(t.Dep, ":", 2)[0] {
	case "nsubj", "obj", "iobj", "csubj":
		return true
	case "nmod":
		if t.Dep == "nmod:poss" {
			// "Moscow's decision", but "Tokyo's Nikkei index", "Paris's
			// mayor": what a city has is the city's
			return t.Head < 0 || !cityThings[strings.ToLower(s.Tokens[t.Head].Lemma)]
		}
	}
	if t.Dep == "obl" || t.Dep == "nmod" {
		for _, c := range s.Children(i) {
			if s.Tokens[c].Dep != "case" {
				continue
			}
			switch strings.ToLower(s.Tokens[c].Text) {
			case "with", "by", "against", "between":
				return true
			case "to", "for":
				return t.Head >= 0 && s.Tokens[t.Head].UPOS == "NOUN"
			}
		}
	}
	return false
}

// addOrg adds an organisation span.
func (r *resolver) addOrg(di, si, start, end int) {
	s := &r.docs[di].Sentences[si]
	// A capitalised rank or office word right before an organisation's name
	// is part of it ("Major Lighting Corporation", "General Dynamics"):
	// titles announce people, not firms. Not when a title follows the name:
	// "Microsoft CEO" is part of a person's title.
	if end >= len(s.Tokens) || !isTitle(s.Tokens[end].Text) {
		for start > 0 && isCapitalised(s.Tokens[start-1].Text) && lexicon.Title(s.Tokens[start-1].Text, lexicon.Rank, lexicon.Office) &&
			s.Tokens[start-1].Ent == "O" && !r.covered(di, si, start-1) {
			start--
		}
	}
	text := s.SpanText(start, end)
	if stopName(text) && !knownAbbreviation(text) {
		return
	}
	// A country, a capital (the government when it acts, else the city)
	// or an organisation the gazetteer knows (NATO).
	if p, kind, ok := gazetteer.Lookup(text); ok {
		r.addPlaceFrom(di, si, start, end, p, kind)
		return
	}
	if end-start == 1 && r.placeWords[text] && !allCaps(text) && gazetteer.NameWord(text)&gazetteer.NameWordOrg == 0 &&
		gazetteer.MatchOrganisation([]string{text}) == 0 {
		// "Velonia said ..." tagged as an organisation, while the corpus
		// writes "Velonian police" or "Velonia's foreign ministry"
		r.addPlace(di, si, start, end, "LOC")
		return
	}
	m := mention{doc: di, sent: si, start: start, end: end, fullStart: start,
		surface: text, name: text, typ: "ORG", key: "org:" + normKey(text), cluster: -1}
	if canon, ok := gazetteer.OrgCanonical(text); ok {
		// "the Fed", "UAW": another name of a well-known organisation
		m.name, m.key = canon, "org:"+normKey(canon)
		if canon != text {
			m.ev = kindKnownOrg
		}
	}
	r.addOwned(m)
}

// addOwned adds a mention of an organisation or other name, keeping a
// possessor written before it in its surface ("Beatles' Apple Corps",
// "Apple's OS X Tiger"), as a title is kept before a person's name.
func (r *resolver) addOwned(m mention) {
	s := &r.docs[m.doc].Sentences[m.sent]
	toks := s.Tokens
	if i := m.start - 1; i >= 1 && toks[i].XPOS == "POS" {
		k := i
		for k > 0 && i-k < 3 && isCapitalised(toks[k-1].Text) && toks[k-1].UPOS == "PROPN" {
			k--
		}
		if k < i && m.end-m.start == 1 && kindOnlyName(toks[m.start].Text) {
			// "The Metalworkers' Federation", "the Farmers' Union": a
			// kind word alone is no name; the possessive is part of it
			m.start, m.fullStart = k, k
			m.name = s.SpanText(k, m.end)
			m.surface, m.key = m.name, "org:"+normKey(m.name)
			r.add(m)
			return
		}
		if k < i {
			if k > 0 && strings.EqualFold(toks[k-1].Text, "the") {
				k--
			}
			m.surface = s.SpanText(k, m.end)
			m.ev = kindPossessor
		}
	}
	r.add(m)
}

// kindOnlyName reports a word that names a kind of organisation and no
// organisation alone ("Federation", "Union").
func kindOnlyName(w string) bool {
	switch strings.ToLower(w) {
	case "federation", "union", "association", "trust", "party", "league", "council", "club", "alliance", "guild",
		"society", "confederation", "congress", "institute", "foundation", "fund", "group", "network":
		return true
	}
	return false
}

// addMisc adds a proper name of no recognised type: a product, a work, an
// event, a venue.
func (r *resolver) addMisc(di, si, start, end int) {
	s := &r.docs[di].Sentences[si]
	if companyAppositive(s, start, end) {
		r.addOrg(di, si, start, end) // "Orlen Works, a rival, said"
		return
	}
	text := s.SpanText(start, end)
	r.addOwned(mention{doc: di, sent: si, start: start, end: end, fullStart: start,
		surface: text, name: text, typ: "MISC", key: "misc:" + normKey(text), cluster: -1})
}

// collectDateline adds the place of a wire story's dateline ("KESTON, June
// 3 (Wire) -", "PORT ALDER, May 19"): one to three words in capitals that
// open one of the document's first sentences, then a comma, a month and a
// day. The place is named in title case ("Keston").
func (r *resolver) collectDateline(di, si int) {
	if si > 2 {
		return
	}
	toks := r.docs[di].Sentences[si].Tokens
	k := 0
	for k < len(toks) && k < 4 && allCapitalLetters(toks[k].Text) {
		k++
	}
	if k == 0 || k > 3 || k+2 >= len(toks) || toks[k].Text != "," || r.coveredAny(di, si, 0, k) {
		return
	}
	if e, ok := lexicon.Calendar(toks[k+1].Text); !ok || (e.Kind != lexicon.Month && e.Kind != lexicon.MonthAbbr) || toks[k+2].UPOS != "NUM" {
		return
	}
	words := make([]string, k)
	for i := range k {
		w := strings.ToLower(toks[i].Text)
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	name := strings.Join(words, " ")
	if p, kind, ok := gazetteer.Lookup(name); ok {
		r.addPlaceFrom(di, si, 0, k, p, kind)
		return
	}
	r.add(mention{doc: di, sent: si, start: 0, end: k, fullStart: 0, surface: r.docs[di].Sentences[si].SpanText(0, k), name: name, typ: "LOC",
		key: "loc:" + normKey(name), cluster: -1})
}

// allCapitalLetters reports a word of two letters or more, all capitals.
func allCapitalLetters(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// workNouns name a work whose title may follow in quotation marks.
var workNouns = set("novel", "book", "film", "movie", "album", "song", "play", "poem", "series", "memoir",
	"collection", "titled", "entitled", "called", "single", "documentary", "opera", "musical", "report", "essay", "story",
	"novels", "books", "films", "movies", "albums", "songs", "plays", "poems", "including")

// titleWords are the lower-case words a work's title may hold.
var titleWords = set("of", "at", "the", "a", "an", "and", "in", "on", "to", "for", "from", "'s", "’s", "with", "by")

// collectQuotedTitles adds as works (MISC) the titles written in quotation
// marks after a noun of a work ("her first novel, \"The Salt Orchard,\"",
// "the film \"Low Tide at Marrow Point\""): every word capitalised but
// the title's small words, the names inside it no names of their own.
func (r *resolver) collectQuotedTitles(di, si int) {
	toks := r.docs[di].Sentences[si].Tokens
	open := func(t string) bool { return t == "\"" || t == "“" || t == "``" }
	closing := func(t string) bool { return t == "\"" || t == "”" || t == "''" }
	for i := 1; i < len(toks); i++ {
		if !open(toks[i].Text) {
			continue
		}
		work := false
		for k := max(0, i-4); k < i; k++ {
			if workNouns[strings.ToLower(toks[k].Text)] && !isCapitalised(toks[k].Text) {
				work = true
			}
		}
		if !work {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= 10 && !closing(toks[j].Text) {
			j++
		}
		if j >= len(toks) || !closing(toks[j].Text) {
			continue
		}
		end := j
		for end > i+1 && (toks[end-1].Text == "," || toks[end-1].Text == ".") {
			end--
		}
		ok := end > i+1 && isCapitalised(toks[i+1].Text) && isCapitalised(toks[end-1].Text)
		for k := i + 1; ok && k < end; k++ {
			if !isCapitalised(toks[k].Text) && !titleWords[strings.ToLower(toks[k].Text)] {
				ok = false
			}
		}
		if !ok || r.coveredAny(di, si, i+1, end) {
			continue
		}
		r.addMisc(di, si, i+1, end)
		i = j
	}
}

// docHeads are nouns that head the names of documents.
var docHeads = set("declaration", "accord", "accords", "treaty", "agreement", "charter", "protocol",
	"memorandum", "communique", "convention", "pact", "resolution", "manifesto", "constitution", "bill", "act")

// lawHeads are docHeads that are also other words ("Bill" a given name,
// "Act" a verb): they head a law's name only after "the" and at its end
// ("the Affordable Homes Bill", "the Clean Rivers Act").
var lawHeads = set("bill", "act")

// collectDocuments adds capitalised names of documents ("Paris
// Declaration", "Camp David Accords", "the Fair Wages Bill").
func (r *resolver) collectDocuments(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	// In a title-case headline every word is capitalised and tags are
	// poor: a word belongs to a document's name only if the articles
	// capitalise it inside sentences too ("Camp David Accords", not
	// "Israel Sign Peace Treaty"). Elsewhere a verb ends the name.
	headline := si == 0 && isHeadline(toks)
	for i := range toks {
		if !docHeads[strings.ToLower(toks[i].Text)] || !isCapitalised(toks[i].Text) || i == 0 {
			continue
		}
		start := i
		for start > 0 && isCapitalised(toks[start-1].Text) && toks[start-1].UPOS != "DET" && start-1 > 0 &&
			(headline && r.propn[toks[start-1].Text] > 0 || !headline && toks[start-1].UPOS != "VERB" && toks[start-1].UPOS != "AUX") {
			start--
		}
		if start == i {
			continue // a bare "Declaration" is not a name
		}
		if lawHeads[strings.ToLower(toks[i].Text)] && (!strings.EqualFold(toks[start-1].Text, "the") ||
			i+1 < len(toks) && isCapitalised(toks[i+1].Text)) {
			continue // "President Bill Clinton", "Harlan Act Two"
		}
		if r.coveredAny(di, si, start, i+1) {
			// The recogniser or the gazetteer took the first word
			// ("Paris"), or a run of proper nouns its last ones ("Rivers
			// Act" of "Clean Rivers Act"): the document name wins over a
			// place used as its modifier and over a piece of itself.
			r.dropIn(di, si, start, i+1, false)
		}
		text := s.SpanText(start, i+1)
		r.add(mention{doc: di, sent: si, start: start, end: i + 1, fullStart: start,
			surface: text, name: text, typ: "DOC", key: "doc:" + normKey(text), cluster: -1})
	}
}

// dropIn drops the mentions of a sentence that overlap [start, end) (with
// overlap) or lie inside it; people are kept when keepPeople is set.
func (r *resolver) dropIn(di, si, start, end int, keepPeople bool) {
	for _, k := range r.inSentence(di, si) {
		m := &r.mentions[k]
		if m.dropped || (keepPeople && m.typ == "PERSON") {
			continue
		}
		if keepPeople {
			if m.fullStart < end && start < m.end {
				m.dropped = true
			}
		} else if m.start >= start && m.end <= end {
			m.dropped = true
		}
	}
}

func isCapitalised(w string) bool {
	for _, c := range w {
		return unicode.IsUpper(c)
	}
	return false
}

// collectAbbreviations finds abbreviations defined in the text, "Full Name
// (FN)": a capitalised run whose initials spell the capitals in the
// brackets. The full name becomes a mention if nothing covers it, and the
// definition is kept as evidence for merging the two.
func (r *resolver) collectAbbreviations(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	for i := 2; i+2 < len(toks); i++ {
		if toks[i].Text != "(" || toks[i+2].Text != ")" {
			continue
		}
		abbr := toks[i+1].Text
		start := -1
		if allCaps(abbr) {
			start = initialsMatch(toks[:i], abbr)
		}
		if start < 0 {
			// "The Federal Financial Supervisory Authority (BaFin)": a
			// short name of mixed case in brackets right after an
			// organisation's name of several words is its abbreviation,
			// though its letters are another language's
			start = r.orgEndingAt(di, si, i)
			if start < 0 || !mixedAbbreviation(abbr) {
				continue
			}
		}
		long := s.SpanText(start, i)
		typ := "MISC"
		for k := start; k < i; k++ {
			if gazetteer.NameWord(toks[k].Text)&gazetteer.NameWordOrg != 0 {
				typ = "ORG"
			}
		}
		// The long form: an existing mention of exactly that span, or a new one.
		key := ""
		for _, k := range r.inSentence(di, si) {
			m := &r.mentions[k]
			if !m.dropped && m.start == start && m.end == i && m.key != "" {
				key = m.key
			}
		}
		if key == "" {
			// Three letters or more spelled by the run's initials: the run
			// is one name, whatever the recogniser made of its words.
			r.dropIn(di, si, start, i, len([]rune(abbr)) < 3)
			if r.coveredAny(di, si, start, i) {
				continue // a person's name inside: not an organisation's
			}
			if typ == "ORG" {
				r.addOrg(di, si, start, i)
			} else {
				r.addMisc(di, si, start, i)
			}
			key = r.mentions[len(r.mentions)-1].key
		}
		if !r.covered(di, si, i+1) {
			if typ == "ORG" {
				r.addOrg(di, si, i+1, i+2)
			} else {
				r.addMisc(di, si, i+1, i+2)
			}
		}
		if r.abbrev == nil {
			r.abbrev = map[string][]string{}
		}
		ak := acronymKey(abbr)
		if !contains(r.abbrev[ak], key) {
			r.abbrev[ak] = append(r.abbrev[ak], key)
		}
		_ = long
	}
}

// orgEndingAt returns the start of the organisation mention of several
// words that ends at token end of a sentence, or -1.
func (r *resolver) orgEndingAt(di, si, end int) int {
	for _, k := range r.inSentence(di, si) {
		m := &r.mentions[k]
		if !m.dropped && !m.pronoun && m.typ == "ORG" && m.end == end && m.end-m.start >= 2 {
			return m.start
		}
	}
	return -1
}

// mixedAbbreviation reports a short name of one word with two capitals or
// more and lower-case letters ("BaFin", "ProRail"), no place or number.
func mixedAbbreviation(w string) bool {
	if len(w) > 10 || !isCapitalised(w) || allCaps(w) || strings.ContainsAny(w, "0123456789.:-") {
		return false
	}
	n := 0
	for _, c := range w {
		if unicode.IsUpper(c) {
			n++
		}
	}
	if _, _, ok := gazetteer.Lookup(w); ok {
		return false
	}
	return n >= 2
}

// collectKnownOrgs adds the well-known organisations the recogniser
// missed ("the Fed", "Standard & Poor's 500", "UAW"): names in the
// gazetteer's organisation list (longest first) or one-word aliases, that are
// not part of a longer name ("Times Online"). A one-word name that is not
// written in capitals must be capitalised inside a sentence that is no
// title-case headline: "Target", "Shell" or "Apple" opening a sentence may
// be words.
func (r *resolver) collectKnownOrgs(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	words := tokenTexts(toks)
	headline := isHeadline(toks)
	for i := 0; i < len(toks); i++ {
		if r.covered(di, si, i) || !isCapitalised(toks[i].Text) {
			continue
		}
		// names of several words from the alias table were taken before
		// the recogniser's spans (collectKnownOrgNames); one is left here
		n := gazetteer.MatchOrganisation(words[i:min(i+6, len(words))])
		if _, ok := gazetteer.OrgCanonical(toks[i].Text); ok && n == 0 {
			n = 1
		}
		if n == 0 || r.coveredAny(di, si, i, i+n) {
			continue
		}
		if n == 1 && !allCaps(toks[i].Text) && (headline || (i == 0 && !aloneAsSubject(toks, 1))) {
			// capitalised anyway: a word at the head of a sentence is a
			// name only standing alone before its verb or a comma
			// ("Emirates said", "Emirates, which ...")
			continue
		}
		if (i > 0 && isNamePart(toks[i-1].Text, toks[i-1].UPOS)) || (i+n < len(toks) && isNamePart(toks[i+n].Text, toks[i+n].UPOS)) {
			continue // "Times Online", "Wikipedia Dashboard": part of a longer name
		}
		r.addOrg(di, si, i, i+n)
		i += n - 1
	}
}

// aloneAsSubject reports whether the word before token i stands alone as
// a noun phrase before its verb: token i is a comma, a verb or an
// auxiliary.
func aloneAsSubject(toks []nlp.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	return toks[i].Text == "," || toks[i].UPOS == "VERB" || toks[i].UPOS == "AUX"
}

// collectKnownOrgNames adds, before the recogniser's spans, the names of
// several words of well-known organisations ("U.S. Geological Survey",
// "Dow Jones industrials"), which the recogniser often cuts into a place
// and a name of unknown type.
func (r *resolver) collectKnownOrgNames(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	for i := 0; i < len(toks); i++ {
		if !isCapitalised(toks[i].Text) || !gazetteer.OrgNameStart(toks[i].Text) {
			continue
		}
		for k := min(i+6, len(toks)); k > i+1; k-- {
			if _, ok := gazetteer.OrgCanonical(s.SpanText(i, k)); ok {
				r.addOrg(di, si, i, k)
				i = k - 1
				break
			}
		}
	}
}

// companyForms are the legal forms that end only a company's name
// ("Acme Corp.", "Harwell Holdings Ltd"), with a capital.
var companyForms = set("inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc", "plc",
	"gmbh", "ag", "sa", "nv", "sas", "spa", "bv", "llp", "pty")

// legalFormWord reports a capitalised legal form of a company ("Corp.",
// "Co.", "Inc", "SAS").
func legalFormWord(w string) bool {
	return isCapitalised(w) && companyForms[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// allLegalForms reports tokens that are all legal forms ("Corp.", "Co.
// Ltd"): no name of their own.
func allLegalForms(toks []nlp.Token) bool {
	for _, t := range toks {
		if !legalFormWord(t.Text) && t.Text != "&" {
			return false
		}
	}
	return len(toks) > 0
}

// collectLegalNames adds as organisations runs of capitalised words that
// end in a company's legal form or an organisation word and that the
// recogniser missed ("European Aeronautic Defence and Space Co.",
// "Harwell Securities Ltd", "the High Court"): the last word says what the
// run names. Connectors ("and", "of",
// "&") may join the words; a run never starts at a time word, a title or
// a sentence's first word unless that is a proper noun, and one that holds
// a person's name is left alone.
func (r *resolver) collectLegalNames(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	headline := isHeadline(toks)
	for e := 1; e < len(toks); e++ {
		legal := legalFormWord(toks[e].Text)
		orgWord := !legal && !headline && isCapitalised(toks[e].Text) && gazetteer.NameWord(toks[e].Text)&gazetteer.NameWordOrg != 0
		if !(legal || orgWord) || r.covered(di, si, e) {
			continue
		}
		start := e
		for k := e - 1; k >= 0; k-- {
			w := toks[k].Text
			if connectors[strings.ToLower(w)] && k > 0 && isCapitalised(toks[k-1].Text) {
				continue
			}
			if !(isCapitalised(w) || camelCase(w)) || toks[k].UPOS == "PUNCT" || toks[k].UPOS == "DET" || lexicon.TimeWord(w) || isTitle(w) ||
				(k == 0 && toks[k].UPOS != "PROPN") {
				break
			}
			start = k
		}
		if start == e || r.coveredAny(di, si, start, e) {
			continue
		}
		if orgWord && e+1 < len(toks) && (isNamePart(toks[e+1].Text, toks[e+1].UPOS) || r.covered(di, si, e+1)) {
			continue // "Court" inside a longer name
		}
		end := e + 1
		if orgWord {
			end = ofTail(toks, end)
			if r.coveredAny(di, si, e+1, end) {
				end = e + 1
			}
		}
		r.addOrg(di, si, start, end)
		e = end - 1
	}
}

// ofTail returns the end of the name whose head word ends before token
// end, extended by "of" and the capitalised words after it ("European
// Journal" + "of Preventive Cardiology", "Royal Society" + "of Arts and
// Sciences"), or end when no such words follow.
func ofTail(toks []nlp.Token, end int) int {
	if end+1 >= len(toks) || (toks[end].Text != "of" && toks[end].Text != "for") || !isCapitalised(toks[end+1].Text) {
		return end
	}
	k := end + 1
	for k < len(toks) {
		w := toks[k].Text
		if isCapitalised(w) && toks[k].UPOS != "PUNCT" && !lexicon.TimeWord(w) {
			k++
			continue
		}
		if (w == "and" || w == "of" || w == "for" || w == "&") && k+1 < len(toks) && isCapitalised(toks[k+1].Text) {
			k++
			continue
		}
		break
	}
	if k == end+1 {
		return end
	}
	return k
}

// initialsMatch returns the first token of a capitalised run ending the
// tokens whose initials spell abbr ("World Wide Developers Conference" for
// WWDC; "of", "and", "the" and "for" may be skipped), or -1.
func initialsMatch(toks []nlp.Token, abbr string) int {
	letters := []rune(strings.ToLower(abbr))
	j := len(letters) - 1
	i := len(toks) - 1
	for i >= 0 && legalFormWord(toks[i].Text) {
		i-- // "Space Co. (EADS)": the legal form has no letter in it
	}
	for ; i >= 0 && j >= 0; i-- {
		w := toks[i].Text
		if connectors[strings.ToLower(w)] {
			continue
		}
		if !isCapitalised(w) {
			return -1
		}
		// Capitals inside a word count too ("PowerPoint" → PP).
		caps := []rune{}
		for _, c := range w {
			if unicode.IsUpper(c) {
				caps = append(caps, unicode.ToLower(c))
			}
		}
		if len(caps) > j+1 {
			caps = caps[:1]
		}
		ok := true
		for k := len(caps) - 1; k >= 0; k-- {
			if j < 0 || letters[j] != caps[k] {
				ok = false
				break
			}
			j--
		}
		if !ok {
			return -1
		}
	}
	if j >= 0 || i+1 >= len(toks) || len(toks)-(i+1) < 2 {
		return -1
	}
	return i + 1
}

var connectors = set("of", "and", "the", "for", "&", "de", "-")

// personTitle reports whether w is a title that announces a person's name
// when capitalised before it ("Secretary of State Cyrus Vance", "Gen.
// Alexus Grynkewich").
func personTitle(w string) bool {
	e, ok := lexicon.TitleInfo(w)
	return ok && e.AnnouncesName()
}

// orgHeads end organisation names; a capitalised word among them after a
// title is not a person's name ("Security Council").
var orgHeads = set("council", "committee", "house", "office", "department", "ministry", "court",
	"party", "union", "agency", "commission", "group", "corp", "inc", "bank", "fund", "forces",
	"army", "navy", "government", "administration", "senate", "congress", "parliament", "assembly",
	"police", "motors", "league", "corps", "guild", "syndicate", "cooperative", "co-operative", "collective")

// collectTitled adds persons named right after a capitalised title that the
// recogniser missed or mislabelled. A title that begins a known
// organisation's name ("General Motors", "Major League Baseball") is not one.
func (r *resolver) collectTitled(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	for i := 0; i < len(toks); i++ {
		if !isCapitalised(toks[i].Text) || !personTitle(toks[i].Text) {
			continue
		}
		if n := gazetteer.MatchOrganisation(tokenTexts(toks[i:min(len(toks), i+6)])); n > 1 {
			if !r.coveredAny(di, si, i, i+n) {
				r.addOrg(di, si, i, i+n)
			}
			i += n - 1
			continue
		}
		if r.orgAt(di, si, i) {
			continue // the recogniser read "General Motors" or "Carvale General Hospital" as one organisation
		}
		j := i + 1
		// "Secretary of State", "Minister of Defence": a title's "of X"
		// when a name still follows.
		if j+3 < len(toks) && strings.EqualFold(toks[j].Text, "of") && isCapitalised(toks[j+1].Text) &&
			isCapitalised(toks[j+2].Text) && isCapitalised(toks[j+3].Text) {
			j += 2
		}
		for j < len(toks) && isCapitalised(toks[j].Text) && isTitle(toks[j].Text) {
			j++
		}
		start := j
		for j < len(toks) && j-start < 4 && isNamePart(toks[j].Text, toks[j].UPOS) {
			j++
		}
		if j == start {
			continue
		}
		if r.personAt(di, si, start, j) {
			i = j - 1
			continue
		}
		r.dropIn(di, si, i, j, true)
		r.addPerson(di, si, start, j)
		i = j - 1
	}
}

func tokenTexts(toks []nlp.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// orgAt reports whether an organisation mention of two or more words
// covers token i and the word after it.
func (r *resolver) orgAt(di, si, i int) bool {
	for _, k := range r.inSentence(di, si) {
		m := &r.mentions[k]
		if !m.dropped && m.typ == "ORG" && m.start <= i && m.end > i+1 {
			return true
		}
	}
	return false
}

// isNamePart reports whether a token may be part of a person's name.
func isNamePart(w, upos string) bool {
	if !isCapitalised(w) || isTitle(w) || orgHeads[strings.ToLower(w)] {
		return false
	}
	if upos != "PROPN" && upos != "NOUN" && upos != "ADJ" && upos != "X" && upos != "VERB" {
		return false
	}
	if _, kind, ok := gazetteer.Lookup(w); ok && kind != gazetteer.Capital {
		return false
	}
	return true
}

// personAt reports whether a person mention overlaps tokens [start, end).
func (r *resolver) personAt(di, si, start, end int) bool {
	for _, k := range r.inSentence(di, si) {
		m := &r.mentions[k]
		if !m.dropped && m.typ == "PERSON" && !m.pronoun && m.start < end && start < m.end {
			return true
		}
	}
	return false
}

// collectKnownSurnames adds mentions of surnames of people named in full
// somewhere in the corpus that the recogniser missed ("Begin told
// reporters"). A word the gazetteer knows as a place and the recogniser
// read as one stays a place.
func (r *resolver) collectKnownSurnames() {
	surnames := map[string]bool{}
	r.docSurnames = map[int]map[string]bool{}
	for _, m := range r.mentions {
		if !m.dropped && m.typ == "PERSON" && !m.pronoun && m.first != "" && len(m.last) >= 4 {
			surnames[m.last] = true
			if r.docSurnames[m.doc] == nil {
				r.docSurnames[m.doc] = map[string]bool{}
			}
			r.docSurnames[m.doc][m.last] = true
		}
	}
	if len(surnames) == 0 {
		return
	}
	// A one-word organisation the recogniser found that is the surname of
	// a person named in full elsewhere is that person ("Zelensky" tagged
	// ORG in one sentence); a place only when the gazetteer does not know
	// it as one.
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.dropped || m.start+1 != m.end || !surnames[foldName(m.name)] {
			continue
		}
		isLoc := strings.HasPrefix(m.key, "loc:") && m.ev == ""
		if (isLoc && !isPlaceWord(m.name)) || (strings.HasPrefix(m.key, "org:") || strings.HasPrefix(m.key, "misc:")) && !allCaps(m.name) {
			m.typ, m.key, m.last, m.first = "PERSON", "", foldName(m.name), ""
		}
	}
	for di := range r.docs {
		for si := range r.docs[di].Sentences {
			toks := r.docs[di].Sentences[si].Tokens
			for i, t := range toks {
				if !isCapitalised(t.Text) || !surnames[foldName(t.Text)] || r.coveredAny(di, si, i, i+1) {
					continue
				}
				if i == 0 && i+1 < len(toks) {
					switch toks[i+1].UPOS {
					case "DET", "NOUN", "ADJ", "PRON", "NUM":
						continue // an imperative: "Begin the count"
					}
					if t.UPOS != "PROPN" && !surnameBeforeVerb(toks) {
						// "Jobs were cut": a capitalised common noun
						continue
					}
				}
				if isPlaceWord(t.Text) && i > 0 && locPreps[strings.ToLower(toks[i-1].Text)] {
					continue // "in Jordan"
				}
				r.addPerson(di, si, i, i+1)
			}
		}
	}
}

// surnameBeforeVerb reports whether the sentence's first word, a surname
// the tagger read as a common noun ("Jobs said"), is the subject of a verb
// in the singular or the past right after it: not "Jobs were cut".
func surnameBeforeVerb(toks []nlp.Token) bool {
	if len(toks) < 2 || (toks[1].UPOS != "VERB" && toks[1].UPOS != "AUX") {
		return false
	}
	switch strings.ToLower(toks[1].Text) {
	case "were", "are", "have", "do", "remain", "rise", "fall", "grow":
		return false
	}
	return toks[1].XPOS != "VBP"
}

// fixBrokenNames turns a person mention that is the tail of a longer
// place or organisation name seen elsewhere ("Camp David") into a mention
// of that name.
func (r *resolver) fixBrokenNames() {
	names := map[string]*mention{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if !m.dropped && m.typ != "PERSON" && m.key != "" {
			names[strings.ToLower(m.surface)] = m
		}
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.dropped || m.typ != "PERSON" || m.pronoun || m.fullStart == 0 || m.fullStart != m.start {
			continue
		}
		s := &r.docs[m.doc].Sentences[m.sent]
		for k := 1; k <= 2 && m.start-k >= 0; k++ {
			ext := strings.ToLower(s.SpanText(m.start-k, m.end))
			if other, ok := names[ext]; ok {
				m.start, m.fullStart = m.start-k, m.start-k
				m.surface, m.name = s.SpanText(m.start, m.end), other.name
				m.typ, m.key, m.role, m.first, m.last, m.ev = other.typ, other.key, "", "", "", ""
				break
			}
		}
	}
}

// rescanNames finds unrecognised occurrences of multi-word organisation,
// document and other names seen elsewhere, written the same way or in
// lower case ("coalition of the willing" after "Coalition of the
// Willing"), in one pass over the tokens: names are indexed by their first
// word.
func (r *resolver) rescanNames() {
	type named struct {
		words    []string
		m        mention
		capsOnly bool // a legal-form core: matches only written with capitals
	}
	byFirst := map[string][]named{}
	seen := map[string]bool{}
	heads := map[string][]string{} // first word → keys of multi-word ORG names
	for _, m := range r.mentions {
		if m.dropped || (m.typ != "ORG" && m.typ != "DOC" && m.typ != "MISC") || !strings.Contains(m.name, " ") {
			continue
		}
		k := strings.ToLower(m.name)
		if seen[k] {
			continue
		}
		seen[k] = true
		ws := strings.Fields(k)
		byFirst[ws[0]] = append(byFirst[ws[0]], named{ws, m, false})
		// "Major Lighting" where "Major Lighting Corporation" is a name:
		// the core without its legal form, written with capitals.
		if m.typ == "ORG" {
			if core, score := legalCore(k); score < 1 && strings.Contains(core, " ") && !seen[core] {
				seen[core] = true
				cw := strings.Fields(core)
				byFirst[cw[0]] = append(byFirst[cw[0]], named{cw, m, true})
			}
		}
		if m.typ == "ORG" && !contains(heads[ws[0]], m.key) {
			heads[ws[0]] = append(heads[ws[0]], m.key)
		}
	}
	if len(byFirst) == 0 {
		return
	}
	// The longest name wins: "Mac OS X Lion" is not "Mac OS X" followed by
	// a word.
	for _, ns := range byFirst {
		sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].words) > len(ns[j].words) })
	}
	for di := range r.docs {
		for si := range r.docs[di].Sentences {
			s := &r.docs[di].Sentences[si]
			toks := s.Tokens
			for i := 0; i < len(toks); i++ {
				lw := strings.ToLower(toks[i].Text)
				// "the Coalition": a capitalised first word of exactly one
				// multi-word organisation name, after "the".
				if ks := heads[lw]; len(ks) == 1 && i > 0 && isCapitalised(toks[i].Text) &&
					strings.EqualFold(toks[i-1].Text, "the") && !r.coveredAny(di, si, i, i+1) &&
					(i+1 == len(toks) || !isCapitalised(toks[i+1].Text)) {
					name := strings.TrimPrefix(ks[0], "org:")
					r.add(mention{doc: di, sent: si, start: i, end: i + 1, fullStart: i,
						surface: toks[i-1].Text + " " + toks[i].Text, name: toks[i].Text, typ: "ORG",
						key: ks[0], cluster: -1, ev: kindHead, evScore: scoreOf(kindHead), evWith: name})
					continue
				}
				for _, n := range byFirst[lw] {
					if i+len(n.words) > len(toks) {
						continue
					}
					ok := true
					for j, w := range n.words {
						if !lowerEq(toks[i+j].Text, w) || (n.capsOnly && !isCapitalised(toks[i+j].Text)) {
							ok = false
							break
						}
					}
					if !ok || r.coveredAny(di, si, i, i+len(n.words)) {
						continue
					}
					text := s.SpanText(i, i+len(n.words))
					r.add(mention{doc: di, sent: si, start: i, end: i + len(n.words), fullStart: i,
						surface: text, name: text, typ: n.m.typ, key: n.m.key, cluster: -1})
					i += len(n.words) - 1
					break
				}
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// retypeKindNames types a name by the kind word it begins with, whatever
// the recogniser made of it: "River Orme", "Lake Tarn" and "Mount Kell"
// are places, "Storm Delphine" and "Hurricane Ida" are events (no person
// named Delphine).
func (r *resolver) retypeKindNames() {
	for i := range r.mentions {
		m := &r.mentions[i]
		ws := strings.Fields(m.name)
		if m.pronoun || len(ws) < 2 || len(ws) > 4 {
			continue
		}
		typ := ""
		switch ws[0] {
		case "River", "Lake", "Mount", "Mt.":
			typ = "LOC"
		case "Storm", "Hurricane", "Typhoon", "Cyclone":
			typ = "MISC"
		}
		if typ == "" || m.typ == typ || typ == "LOC" && m.typ == "GPE" {
			continue
		}
		m.typ, m.first, m.last, m.role, m.ev = typ, "", "", "", ""
		if typ == "LOC" {
			m.key = "loc:" + normKey(m.name)
		} else {
			m.key = "misc:" + normKey(m.name)
		}
	}
}

// retypeTitledNames reads a "person" the recogniser found behind a title
// word as the organisation it is when the corpus names an organisation so:
// "General Avionics" (read as the person Avionics, a general) is the firm
// when "General Avionics Corporation" or "General Avionics Inc." is also
// written. It applies to one-word names that are no known given name or
// surname, so "General Petraeus" stays a person.
func (r *resolver) retypeTitledNames() {
	cores := map[string]bool{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || (m.typ != "ORG" && m.typ != "MISC") {
			continue
		}
		core, _ := legalCore(normKey(m.name))
		cores[core] = true
		if ws := strings.Fields(core); len(ws) >= 2 && tradeWord(ws[len(ws)-1]) {
			cores[strings.Join(ws[:len(ws)-1], " ")] = true
		}
		if ws := strings.Fields(core); len(ws) >= 3 && (ws[0] == "st" || ws[0] == "saint") && institutionHeads[ws[len(ws)-1]] {
			// "St Aldric" of "St Aldric University Hospital"
			for n := 2; n < len(ws); n++ {
				cores[strings.Join(ws[:n], " ")] = true
			}
		}
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.typ != "PERSON" || m.first != "" || m.fullStart >= m.start {
			continue
		}
		if knownPersonWord(m.name) && !saintTitle(r.docs[m.doc].Sentences[m.sent].Tokens[m.fullStart].Text) {
			continue // "General Petraeus"; but "St Aldric hospital" names the hospital
		}
		s := &r.docs[m.doc].Sentences[m.sent]
		full := s.SpanText(m.fullStart, m.end)
		k := normKey(full)
		if !cores[k] {
			continue
		}
		m.typ, m.name, m.start, m.role = "ORG", full, m.fullStart, ""
		m.key, m.first, m.last, m.ev = "org:"+k, "", "", ""
		m.surface = full
	}
}

// retype makes the recogniser's types of one name agree across the corpus:
// a name it tagged as an organisation here and a place there ("Apple"), or
// a one-word name tagged a person once and a product elsewhere ("Tiger"),
// takes the type most of its mentions have (ties go to organisation, then
// other names, places, people). Gazetteer places and names with a given
// name or surname keep their types.
func (r *resolver) retype() {
	// oddFirst: a two-or-more-word PERSON whose first word is no given name
	// ("Harbor Mills", "Northgate Capital"): the recogniser's type is a weak
	// vote there, and the name may be a company or a place elsewhere.
	oddFirst := func(m *mention) bool {
		return m.typ == "PERSON" && m.first != "" && !gazetteer.GivenNameFolded(m.first)
	}
	surnames := map[string]bool{}
	for i := range r.mentions {
		if m := &r.mentions[i]; m.typ == "PERSON" && m.first != "" && !oddFirst(m) {
			surnames[m.last] = true
		}
	}
	free := func(m *mention) bool {
		switch {
		case m.pronoun || m.ev != "":
			return false
		case m.typ == "PERSON":
			return (m.first == "" || oddFirst(m)) && !knownPersonWord(m.name) && !surnames[m.last]
		case m.typ == "LOC" || m.typ == "GPE":
			return strings.HasPrefix(m.key, "loc:") && !isPlaceWord(m.name) && !strings.Contains(m.name, ",")
		}
		return m.typ == "ORG" || m.typ == "MISC"
	}
	votes := map[string]map[string]float64{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if !free(m) {
			continue
		}
		k := normKey(m.name)
		if m.typ == "ORG" {
			k, _ = legalCore(k) // "Veltrix Inc." votes for "Veltrix"
		}
		if votes[k] == nil {
			votes[k] = map[string]float64{}
		}
		w := 1.0
		if oddFirst(m) {
			w = 0.5
		}
		if ws := strings.Fields(m.name); m.typ == "ORG" && len(ws) > 1 && legalFormWord(ws[len(ws)-1]) {
			w = 3 // "Velair SAS": written with its legal form, a company
		}
		if m.typ == "ORG" && r.calledGroup(m) {
			w = 3 // "a group calling itself NightHarbor"
		}
		votes[k][m.typ] += w
	}
	rank := map[string]int{"ORG": 4, "MISC": 3, "LOC": 2, "GPE": 2, "PERSON": 1}
	for i := range r.mentions {
		m := &r.mentions[i]
		if !free(m) {
			continue
		}
		v := votes[normKey(m.name)]
		if len(v) < 2 {
			continue
		}
		win, n := "", -1.0
		for t, c := range v {
			if c > n || (c == n && rank[t] > rank[win]) {
				win, n = t, c
			}
		}
		if win == m.typ {
			continue
		}
		m.typ = win
		switch win {
		case "PERSON":
			m.key, m.first, m.last = "", "", foldName(m.name)
		case "ORG":
			m.key = "org:" + normKey(m.name)
		case "MISC":
			m.key = "misc:" + normKey(m.name)
		default:
			m.key = "loc:" + normKey(m.name)
		}
	}
}

// retypeCompanyNames reads a bare one-word "person" as the company named
// earlier in the same document by a longer name that begins with the word
// and ends in a legal form or trade word ("Ford said ..." after "Ford Motor
// Co."): where a company and a person share a name, the bare name after
// the company's full name is not guessed to be the person's surname.
func (r *resolver) retypeCompanyNames() {
	// Companies anywhere in the document count, so that a headline's
	// "Ford recalls trucks" is the company the article names below it.
	companies := map[int]map[string]bool{} // document → folded first words of its companies' full names
	traded := map[int]map[string]bool{}    // the same, of names of two words ending in a trade word ("Pellmore Dairies")
	firms := map[int]map[string]bool{}     // the same, of any business's name of several words (firmNamed: "Solberg Asphalt")
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.typ != "ORG" {
			continue
		}
		ws := strings.Fields(m.name)
		if len(ws) < 2 {
			continue
		}
		last := ws[len(ws)-1]
		lw := strings.ToLower(strings.TrimSuffix(last, "."))
		if firms[m.doc] == nil {
			firms[m.doc] = map[string]bool{}
		}
		if r.firmNamed(m) {
			firms[m.doc][strings.ToLower(ws[0])] = true
		}
		if !legalFormWord(last) && !tradeWord(lw) && legalForms[lw] == 0 &&
			(gazetteer.NameWord(last)&gazetteer.NameWordOrg == 0 || !BusinessName(m.name)) {
			continue // "Halden Group", "Nordic Holdings", "Castlereach Bank" count too
		}
		if companies[m.doc] == nil {
			companies[m.doc] = map[string]bool{}
		}
		companies[m.doc][strings.ToLower(ws[0])] = true
		if len(ws) == 2 && tradeWord(lw) {
			if traded[m.doc] == nil {
				traded[m.doc] = map[string]bool{}
			}
			traded[m.doc][strings.ToLower(ws[0])] = true
		}
	}
	// A one-word name the recogniser tags a place in most of its lone
	// mentions of a document, once where the words around say place (or
	// as the dateline's town), is that place, though an organisation's name
	// opens with it ("Velmora" beside "Velmora Intercity Railways":
	// "unions in Velmora").
	type lone struct {
		loc, other      int
		placed, company bool
	}
	lones := map[docKey]*lone{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.ev != "" || strings.Contains(m.name, " ") || m.typ == "PERSON" {
			continue
		}
		k := docKey{m.doc, strings.ToLower(m.name)}
		if lones[k] == nil {
			lones[k] = &lone{}
		}
		if r.companyContext(m) {
			lones[k].company = true // "shares in Halsvik"
		}
		if m.typ == "LOC" || m.typ == "GPE" {
			lones[k].loc++
			if m.council || placedHere(r.docs[m.doc].Sentences[m.sent].Tokens, m) || r.demonymIn(m) {
				lones[k].placed = true
			}
		} else {
			lones[k].other++
		}
	}
	place := func(m *mention) bool {
		l := lones[docKey{m.doc, strings.ToLower(m.name)}]
		return l != nil && !l.company && l.placed && l.loc > l.other
	}
	people := map[int][]string{} // document → folded surnames of the full names read so far
	for i := range r.mentions {
		m := &r.mentions[i]
		switch {
		case m.pronoun:
		case m.typ == "PERSON" && m.first != "":
			people[m.doc] = append(people[m.doc], m.last)
		case m.typ == "PERSON" && !strings.Contains(m.name, " ") && m.ev == "" &&
			(companies[m.doc][strings.ToLower(m.name)] || firms[m.doc][strings.ToLower(m.name)] && !r.placeUse(m)):
			// after the person's full name a surname is the person's
			// ("Harold Brandt founded Brandt Industries. ... Brandt
			// said"), unless what is said of it is a company's ("shares
			// of Ford")
			if contains(people[m.doc], m.last) && !r.companyContext(m) {
				continue
			}
			m.typ, m.key, m.last, m.role = "ORG", "org:"+normKey(m.name), "", ""
			m.companyShort = traded[m.doc][strings.ToLower(m.name)]
		case (m.typ == "LOC" || m.typ == "MISC") && !strings.Contains(m.name, " ") && m.ev == "" && !r.placeOrProduct(m) && !(m.typ == "LOC" && place(m)) &&
			(companies[m.doc][strings.ToLower(m.name)] || m.typ == "MISC" && firms[m.doc][strings.ToLower(m.name)] && !r.placeUse(m)):
			// "Norvik kept its outlook" after "Norvik Telecom", "Veloxa"
			// after "Veloxa Therapeutics": no place or product of that
			// name, the company's short name the recogniser mistyped
			m.typ, m.key = "ORG", "org:"+normKey(m.name)
			m.companyShort = traded[m.doc][strings.ToLower(m.name)]
		}
	}
}

// placePossessive returns the possessive token inside a place's span
// [start, end) that ends a place's name and opens a square's, a park's or
// a street's ("Soraval" 's "Freedom Square"), or -1.
func placePossessive(toks []nlp.Token, start, end int) int {
	last := toks[end-1].Text
	if gazetteer.NameWord(last)&(gazetteer.NameWordPlace|gazetteer.NameWordVenue) == 0 && !streetWords[strings.ToLower(last)] {
		return -1
	}
	for k := start + 1; k < end-1; k++ {
		if t := toks[k].Text; (t == "'s" || t == "’s") && isCapitalised(toks[k+1].Text) {
			return k
		}
	}
	return -1
}

// possessiveOrgTail returns the end of an organisation's name that goes on
// after a plural's apostrophe at token end ("Lusk Farmers" + "'
// Cooperative", "Tarrow Growers' Association"): capitalised words, the
// last an organisation's word; else end.
func possessiveOrgTail(toks []nlp.Token, end int) int {
	if end < 1 || end+1 >= len(toks) || (toks[end].Text != "'" && toks[end].Text != "’") || !strings.HasSuffix(toks[end-1].Text, "s") {
		return end
	}
	k := end + 1
	for k < len(toks) && toks[k].Ent == "O" && isCapitalised(toks[k].Text) && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN" || toks[k].UPOS == "ADJ") &&
		!isTitle(toks[k].Text) && !lexicon.TimeWord(toks[k].Text) {
		k++
	}
	if k > end+1 && gazetteer.NameWord(toks[k-1].Text)&gazetteer.NameWordOrg != 0 {
		return k
	}
	return end
}

// firmNamed reports an organisation's name of several words that names no
// public body, institution, union or party and opens with a word that is
// no known place, given name, title, nationality or organisation word
// ("Brisk Road Services", "Solberg Asphalt"): a business whose first word
// alone may be its short name.
func (r *resolver) firmNamed(m *mention) bool {
	ws := strings.Fields(m.name)
	if len(ws) < 2 || !BusinessName(m.name) {
		return false
	}
	if toks := r.docs[m.doc].Sentences[m.sent].Tokens; m.end < len(toks) && toks[m.end].UPOS == "NOUN" && !isCapitalised(toks[m.end].Text) &&
		(productNoun(strings.ToLower(toks[m.end].Text)) || m.fullStart > 0 && toks[m.fullStart-1].UPOS == "DET") {
		return false // "the Vela Studio suite": a product's name
	}
	first := ws[0]
	if _, _, place := gazetteer.Lookup(first); place {
		return false
	}
	if _, city := gazetteer.LookupCity(first); city || gazetteer.GivenName(first) || isTitle(first) || isNationality(first) ||
		gazetteer.NameWord(first) != 0 || !isCapitalised(first) {
		return false
	}
	return true
}

// placeUse reports a one-word name written as a place's: one the corpus
// uses as a place, or after a preposition of place other than "at" and
// "from", which firms take too ("workers at Brisk").
func (r *resolver) placeUse(m *mention) bool {
	toks := r.docs[m.doc].Sentences[m.sent].Tokens
	if r.placeWords[m.name] || placeContext(toks, m.start) {
		return true
	}
	if m.start > 0 {
		switch strings.ToLower(toks[m.start-1].Text) {
		case "in", "near", "outside", "inside", "into", "across", "throughout":
			return true
		}
	}
	return false
}

// retypeByContext types as organisations the names introduced by an
// organisation noun and "called" or "calling itself" ("a criminal group
// calling itself NightHarbor", "a company called Varn Works") or right
// after one ("German club Rhein Koln", "Croatian newspaper Sportski
// Tjednik", "the research group Terra Monitor"), sports clubs' names
// ("Northfield United") and a "person" right before a title and a
// person ("Dinamo Ravna president Zoran Maric"): the words around say
// what the name is, whatever the recogniser took it for.
func (r *resolver) retypeByContext() {
	named := map[docKey]bool{}
	parties := map[docKey]bool{} // party names of several words ("Civic Dawn party")
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.dropped || m.typ == "ORG" || m.typ == "GPE" || m.ev != "" {
			continue
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		if k := m.fullStart - 1; partyAfter(toks, m.end) && m.fullStart == m.start && k > 0 && isCapitalised(toks[k].Text) &&
			(toks[k].UPOS == "ADJ" || toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN") && !isNationality(toks[k].Text) &&
			!isTitle(toks[k].Text) && !r.covered(m.doc, m.sent, k) {
			// "opposition Civic Renewal party" with only "Renewal" a
			// name: the capitalised word before it is the party's too
			m.start, m.fullStart = k, k
			m.name = toks[k].Text + " " + m.name
			m.surface = m.name
		}
		strong := r.calledGroup(m) || kindBefore(toks, m.fullStart) == "ORG" || partyAfter(toks, m.end)
		if !strong && m.typ == "PERSON" && (m.first != "" && gazetteer.GivenNameFolded(m.first) || knownPersonWord(m.name)) {
			continue // "German striker Ada Pell"
		}
		if !strong && !describedOrg(toks, m.fullStart) && !clubName(m.name) && !(m.fullStart == m.start && titleThenPerson(toks, m.end)) &&
			!companyAppositive(&r.docs[m.doc].Sentences[m.sent], m.fullStart, m.end) {
			continue
		}
		m.typ, m.key, m.first, m.last, m.role = "ORG", "org:"+normKey(m.name), "", "", ""
		named[docKey{m.doc, normKey(m.name)}] = true
		if partyAfter(toks, m.end) && m.first == "" && strings.Contains(m.name, " ") {
			parties[docKey{m.doc, normKey(m.name)}] = true
		}
	}
	// "rival snack maker Brightmeadow ... Brightmeadow, founded in 1987,
	// ...": the name the text called a company once is the company in the
	// rest of the document, however the recogniser typed it there
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.dropped || m.ev != "" {
			continue
		}
		if m.start > 0 && m.fullStart == m.start && m.typ != "GPE" {
			// "Civic" + "Dawn took 94 seats", "accused Civic" +
			// "Renewal": a party's name the recogniser cut short
			toks := r.docs[m.doc].Sentences[m.sent].Tokens
			if whole := toks[m.start-1].Text + " " + m.name; isCapitalised(toks[m.start-1].Text) && parties[docKey{m.doc, normKey(whole)}] {
				m.start, m.fullStart, m.name, m.surface = m.start-1, m.start-1, whole, whole
			}
		}
		if !named[docKey{m.doc, normKey(m.name)}] {
			continue
		}
		if m.typ != "LOC" && m.typ != "MISC" && !((m.typ == "PERSON" || m.typ == "ORG") && parties[docKey{m.doc, normKey(m.name)}]) {
			continue // a person's name is no company's short name here
		}
		_, _, place := gazetteer.Lookup(m.name)
		if _, city := gazetteer.LookupCity(m.name); place || city || gazetteer.MatchRegion(strings.Fields(m.name)) == len(strings.Fields(m.name)) {
			continue // a known place ("Minnesota") stays one
		}
		m.typ, m.key, m.first, m.last, m.role = "ORG", "org:"+normKey(m.name), "", "", ""
	}
}

// partyAfter reports a party's or movement's noun right after a name
// ("the opposition Civic Dawn party", "the Green Tide movement"): the name
// is the party's, whatever the recogniser took it for.
func partyAfter(toks []nlp.Token, end int) bool {
	if end >= len(toks) || toks[end].UPOS != "NOUN" {
		return false
	}
	switch toks[end].Text {
	case "party", "movement", "alliance", "coalition", "bloc":
		return true
	}
	return false
}

// docKey is a name's key within one document.
type docKey struct {
	doc int
	key string
}

// describedOrg reports a name right after an organisation noun that a
// determiner or a nationality opens ("the research group Terra Monitor",
// "German club Rhein Koln", "Croatian newspaper Sportski Tjednik").
func describedOrg(toks []nlp.Token, start int) bool {
	if kindBefore(toks, start) == "ORG" {
		return true
	}
	if start < 2 {
		return false
	}
	prev := strings.ToLower(toks[start-1].Text)
	if !orgNoun(prev) && !serviceNouns[prev] && !clubNouns[prev] {
		return false
	}
	if orgNoun(prev) && prev != "party" && prev != "union" {
		// "rival snack maker Brightmeadow", "cloud storage company
		// Tessaract": a business noun with a modifier of its own
		// describes the name after it
		b := toks[start-2]
		if (b.UPOS == "NOUN" || b.UPOS == "ADJ") && b.Text == strings.ToLower(b.Text) && toks[start-1].Text == prev {
			return true
		}
	}
	return isNationality(toks[start-2].Text) || toks[start-2].UPOS == "DET" && clubNouns[prev]
}

// titleThenPerson reports a title right after position end and a person's
// name after it: the name before is the organisation the person serves
// ("Dinamo Ravna president Zoran Maric", "Rhein Koln sporting director
// Uwe Brandt"), not a person.
func titleThenPerson(toks []nlp.Token, end int) bool {
	k := end
	for k < len(toks) && k < end+3 && !isTitle(toks[k].Text) && toks[k].UPOS == "ADJ" && toks[k].Text == strings.ToLower(toks[k].Text) {
		k++ // "sporting director"
	}
	if k >= len(toks) || !isTitle(toks[k].Text) {
		return false
	}
	for k < len(toks) && isTitle(toks[k].Text) {
		k++
	}
	return k < len(toks) && toks[k].Ent == "B-PERSON"
}

// clubNouns name sports clubs and newspapers, which a name after them
// with a nationality before is ("Spanish club Real Oviedo").
var clubNouns = set("club", "side", "team", "daily", "tabloid", "broadcaster", "weekly")

// clubName reports a sports club's name of two or more words ending in a
// word that ends clubs' names ("Northfield United", "Tarrow Rovers"),
// not a place the gazetteer knows.
func clubName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	switch ws[len(ws)-1] {
	case "United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "FC", "AFC", "Rangers":
	default:
		return false
	}
	_, _, ok := gazetteer.Lookup(name)
	return !ok
}

// retypePlacedPeople reads a one-word "place" that is the surname of a
// person the document names in full as that person, and a name of two or
// three words the recogniser took for a place as the person it is when the document names the person
// by its last word alone ("Ostrava's ambassador, Milan Sokol, ... Sokol
// said") or a person's role stands right before it ("the novelist Rui
// Monteiro", "its ambassador, Milan Sokol"): a given name that is also a
// city ("Milan") made the recogniser see a place. Names the gazetteer
// knows, and names with a place's word ("Sokol Street"), stay places.
func (r *resolver) retypePlacedPeople() {
	surnames := map[int]map[string]bool{} // document → one-word person names
	for i := range r.mentions {
		m := &r.mentions[i]
		if !m.pronoun && !m.dropped && m.typ == "PERSON" && !strings.Contains(m.name, " ") {
			if surnames[m.doc] == nil {
				surnames[m.doc] = map[string]bool{}
			}
			surnames[m.doc][foldName(m.name)] = true
		}
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.dropped || m.typ != "LOC" || m.ev != "" || !strings.HasPrefix(m.key, "loc:") {
			continue
		}
		ws := strings.Fields(m.name)
		if len(ws) == 1 && r.docSurnames[m.doc][foldName(m.name)] && !isCountryOrRegion(m.name) {
			// "Anand, who has led the city" after "the incumbent,
			// Victor Anand": the person's surname, though a city is
			// called so too (Anand, Lincoln, Houston)
			m.typ, m.key, m.first, m.last = "PERSON", "", "", foldName(m.name)
			continue
		}
		if last := ws[len(ws)-1]; len(ws) < 2 || len(ws) > 3 || locHeads[strings.ToLower(last)] || gazetteer.NameWord(last)&gazetteer.NameWordPlace != 0 {
			continue
		}
		if _, _, ok := gazetteer.Lookup(m.name); ok || isCountryOrRegion(ws[0]) || strings.Contains(ws[0], ".") || allCaps(ws[0]) {
			continue // "U.S. Jobs": a country's word, no given name
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		if !surnames[m.doc][foldName(ws[len(ws)-1])] && !personRoleBefore(toks, m.fullStart) {
			continue
		}
		m.typ, m.key = "PERSON", ""
		m.first, m.last = foldName(ws[0]), foldName(ws[len(ws)-1])
		m.sex = gazetteer.GivenNameSex(ws[0])
	}
}

// personRoleBefore reports a person's role noun right before token start,
// after a determiner or a possessive, or set off by a comma ("the
// novelist", "its ambassador,").
func personRoleBefore(toks []nlp.Token, start int) bool {
	k := start - 1
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	if k < 1 {
		return false
	}
	w := toks[k].Text
	if w != strings.ToLower(w) || !(isTitle(w) || lexicon.Title(w, lexicon.Occupation) || personNouns[w]) {
		return false
	}
	d := strings.ToLower(toks[k-1].Text)
	return d == "the" || d == "its" || d == "his" || d == "her" || d == "their" || toks[k-1].XPOS == "POS"
}

// calledGroup reports a name introduced as the name of an organisation
// noun's referent: "a group calling itself NightHarbor", "a company
// called Varn Works", "an outfit known as the Brisk Collective", "a
// charity named Open Harbour".
func (r *resolver) calledGroup(m *mention) bool {
	toks := r.docs[m.doc].Sentences[m.sent].Tokens
	word := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[i].Text)
	}
	k := m.fullStart - 1
	if word(k) == "the" {
		k--
	}
	switch {
	case word(k) == "itself" && (word(k-1) == "calling" || word(k-1) == "calls" || word(k-1) == "called"):
		k -= 2
	case word(k) == "as" && word(k-1) == "known":
		k -= 2
	case word(k) == "called" || word(k) == "named" || word(k) == "dubbed":
		k--
	default:
		return false
	}
	for j := k; j >= 0 && j >= k-2; j-- {
		if groupNouns[word(j)] || orgNoun(word(j)) {
			return true
		}
		if u := toks[j].UPOS; u != "ADJ" && u != "NOUN" {
			return false
		}
	}
	return false
}

// groupNouns name bodies of people that a name introduced by "called" or
// "calling itself" stands for, besides the organisation nouns (orgNoun:
// "group", "organisation" ...).
var groupNouns = set("gang", "network", "movement", "collective", "faction", "militia", "outfit", "charity",
	"campaign", "coalition", "alliance", "association", "society", "club", "band", "cartel", "cell", "ring",
	"nonprofit", "foundation", "trust", "initiative")

// placeOrProduct reports a one-word name that the gazetteer knows as a
// place, that is written in camel case as brands are ("iPod", whose
// "iPod Software" is no company of that name), or that the document
// writes with a model or version number ("Pulsar 3") or as a product's
// short name.
func (r *resolver) placeOrProduct(m *mention) bool {
	if _, _, ok := gazetteer.Lookup(m.name); ok {
		return true
	}
	return shortProduct(m) || camelCase(m.name) || versionAt(r.docs[m.doc].Sentences[m.sent].Tokens, m.end)
}

// companyContext reports a name said to have shares or stock ("shares of
// Ford", "Ford shares", "Ford's stock"), which only a company has.
func (r *resolver) companyContext(m *mention) bool {
	toks := r.docs[m.doc].Sentences[m.sent].Tokens
	word := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[i].Text)
	}
	stockWords := set("shares", "stock", "stocks", "share", "shareholders", "stake")
	after := m.end
	if word(after) == "'s" {
		after++
	}
	return stockWords[word(after)] || (word(m.start-1) == "of" || word(m.start-1) == "in" || word(m.start-1) == "on") && stockWords[word(m.start-2)] ||
		word(m.start-1) == "on" && word(m.start-2) == "rating"
}

// companyAppositive reports a name set off by commas beside a phrase
// whose head is a company noun: "Orlen Works, a rival, said", "Its
// supplier, Tessaly Cells, said", "Brantmoor Group, the parent of Orlen
// Works". The parse often misses such appositions, so the surface decides:
// a determiner or possessive, up to three modifiers, the noun, then a
// comma, "of", "based" or the sentence's end.
func companyAppositive(s *nlp.Sentence, start, end int) bool {
	toks := s.Tokens
	companyHead := func(j int) bool {
		lw := strings.ToLower(toks[j].Text)
		return toks[j].UPOS == "NOUN" && (businessNoun(lw) || lw == "rival" || lw == "competitor" || lw == "subsidiary" || lw == "parent" || lw == "unit")
	}
	apposDet := func(w string) bool {
		switch strings.ToLower(w) {
		case "a", "an", "the", "its", "their":
			return true
		}
		return false
	}
	if end+2 < len(toks) && toks[end].Text == "," && apposDet(toks[end+1].Text) {
		for j := end + 2; j < len(toks) && j <= end+5; j++ {
			if companyHead(j) {
				if j+1 == len(toks) {
					return true
				}
				switch strings.ToLower(toks[j+1].Text) {
				case ",", "of", "based", ".", "that", "which":
					return true
				}
				return false
			}
			if u := toks[j].UPOS; u != "ADJ" && u != "NOUN" && u != "ADV" || toks[j].Text != strings.ToLower(toks[j].Text) {
				return false
			}
		}
		return false
	}
	if start >= 3 && toks[start-1].Text == "," && companyHead(start-2) {
		for j := start - 3; j >= 0 && j >= start-6; j-- {
			if toks[j].XPOS == "POS" && j > 0 {
				// "the city's transit operator, Metrolink": the
				// possessor is the phrase's determiner
				return true
			}
			if apposDet(toks[j].Text) {
				return j == 0 || toks[j-1].UPOS == "PUNCT" || toks[j-1].UPOS == "ADP" || toks[j-1].UPOS == "VERB"
			}
			if u := toks[j].UPOS; u != "ADJ" && u != "NOUN" && u != "ADV" || toks[j].Text != strings.ToLower(toks[j].Text) {
				return false
			}
		}
	}
	return false
}

// capitalise returns w with its first letter in upper case.
func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// dateline reports a name in capitals opening its sentence before a dash
// or comma: the town of a dateline ("VELMORA - ...", "DUNMERE, May 3").
func dateline(toks []nlp.Token, m *mention) bool {
	if m.start != 0 || m.end >= len(toks) || !allCaps(m.surface) {
		return false
	}
	switch toks[m.end].Text {
	case "-", "--", "—", "–", ",":
		return true
	}
	return false
}

// placedHere reports a name the words around it put as a place: after a
// preposition of place and no modifier of a noun ("unions in Velmora",
// not "in Velcor plastics factory"), in a place's context ("Velmora's
// government", "Velmora council") or as the town of a dateline.
func placedHere(toks []nlp.Token, m *mention) bool {
	if dateline(toks, m) {
		return true
	}
	if m.end < len(toks) && (toks[m.end].UPOS == "NOUN" || toks[m.end].UPOS == "ADJ" || toks[m.end].UPOS == "PROPN") {
		return placeNext[toks[m.end].Text] // "Brenmouth council"
	}
	if placeContext(toks, m.start) {
		return true
	}
	if m.start == 0 {
		return false
	}
	switch strings.ToLower(toks[m.start-1].Text) {
	case "in", "near", "outside", "inside", "into", "across", "throughout":
		return true
	}
	return false
}

// demonymIn reports a one-word name whose demonym the same document
// writes ("Aldorian" beside "Aldoria", "Kareshi" beside "Karesh"): a
// country's name.
func (r *resolver) demonymIn(m *mention) bool {
	lw := strings.ToLower(m.name)
	for _, s := range r.docs[m.doc].Sentences {
		for _, t := range s.Tokens {
			if len(t.Text) <= len(lw) || !isCapitalised(t.Text) {
				continue
			}
			if suf, ok := strings.CutPrefix(strings.ToLower(t.Text), lw); ok {
				switch suf {
				case "n", "an", "ian", "ese", "i":
					return true
				}
			}
		}
	}
	return false
}

// saintTitle reports the title of a saint, which names churches, schools
// and hospitals more often than the saint ("St Aldric hospital").
func saintTitle(w string) bool { return w == "St" || w == "St." || w == "Saint" }
