package resolve

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
)

// Pronouns bound by coreference, with what they require of an antecedent.
var (
	malePronouns   = set("he", "him", "his", "himself")
	femalePronouns = set("she", "her", "hers", "herself")
	itPronouns     = set("it", "its")
	theyPronouns   = set("they", "them", "their")
	// orgNouns are the heads of definite descriptions of an organisation
	// ("the company", "the firm").
	orgNouns = set("company", "firm", "group", "corporation", "business", "carrier", "airline",
		"maker", "manufacturer", "retailer", "bank", "insurer", "conglomerate", "giant", "startup",
		"organisation", "organization", "agency", "party", "lender", "brokerage", "publisher",
		"broadcaster", "operator", "supplier", "producer", "utility", "miner", "refiner", "chain",
		"distributor", "union", "regulator", "exchange", "automaker", "carmaker", "planemaker", "consultancy")
)

// productNouns are the heads of definite descriptions of a product or a
// work named before ("the phone", "the drug", "the album"). Nouns of
// software ("the update", "the service") are not among them: a product's
// update or service is often unnamed, and the named product before it is
// the hardware it runs on.
var productNouns = set("phone", "smartphone", "handset", "device", "gadget", "tablet", "computer", "laptop",
	"notebook", "desktop", "player", "console", "product", "drug", "vaccine", "medicine", "treatment", "therapy",
	"vehicle", "car", "truck", "model", "aircraft", "jet", "plane", "airliner", "satellite", "rocket",
	"spacecraft", "chip", "processor", "camera", "watch", "headset", "game", "film", "movie", "album",
	"song", "book", "novel", "series", "engine", "robot", "ship", "vessel", "ferry", "train")

// productNoun reports a noun that, after "the", stands for a product or a
// work named just before ("the phone" after "the Orbis 7").
func productNoun(lw string) bool { return productNouns[lw] }

// clusterActors returns, per document, the clusters with a mention that
// is the active subject of a verb of saying that says something ("Kestrel
// said", not "the phone is claimed to be", "iMovie has added audio
// editing") or owns a titled person ("Kestrel's product chief", "Marlow's
// chief executive").
func (r *resolver) clusterActors() map[docCluster]bool {
	actors := map[docCluster]bool{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.cluster < 0 {
			continue
		}
		s := &r.docs[m.doc].Sentences[m.sent]
		h := headOf(s, m)
		t := s.Tokens[h]
		speaks := t.Dep == "nsubj" && t.Head >= 0 && speechVerb(s.Tokens[t.Head].Lemma) &&
			childDep(s, t.Head, "obj") < 0
		owns := false
		if m.end+1 < len(s.Tokens) && s.Tokens[m.end].Text == "'s" {
			for k := m.end + 1; k < min(m.end+4, len(s.Tokens)); k++ {
				if personTitle(s.Tokens[k].Text) {
					owns = true
					break
				}
			}
		}
		if speaks || owns {
			actors[docCluster{m.doc, r.root(m.cluster)}] = true
		}
	}
	return actors
}

// notProductHeads end the names of events, publications, prizes and laws,
// which are no product "the device" could stand for.
var notProductHeads = set("conference", "expo", "summit", "festival", "forum", "show", "fair", "awards",
	"award", "prize", "cup", "games", "championship", "championships", "olympics", "war", "act", "treaty",
	"agreement", "accord", "journal", "magazine", "review", "times", "post", "news", "herald", "gazette",
	"tribune", "report", "week", "day", "convention", "congress", "meeting", "tour", "talks", "store")

// notProduct reports a name whose last word makes it an event, a
// publication, a prize, a law or a shop ("Macworld Conference", "the
// journal Microbial Frontiers", "iTunes Store").
func notProduct(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	return len(ws) > 1 && notProductHeads[ws[len(ws)-1]]
}

// docCluster is a cluster within one document.
type docCluster struct{ doc, cluster int }

// childDep returns the first child of token h with dependency dep, or -1.
func childDep(s *nlp.Sentence, h int, dep string) int {
	for _, c := range s.Children(h) {
		if s.Tokens[c].Dep == dep {
			return c
		}
	}
	return -1
}

// labelFits reports whether the common noun that introduces a name, if
// any ("the journal Microbial Frontiers", "the phone maker's Orbis 7"),
// allows the description noun lw to stand for it: no label, or a label
// that is itself a product noun.
func (r *resolver) labelFits(m *mention, lw string) bool {
	if m.start == 0 {
		return true
	}
	t := r.docs[m.doc].Sentences[m.sent].Tokens[m.start-1]
	label := strings.ToLower(t.Text)
	if label != t.Text {
		return true
	}
	if notProductHeads[label] {
		return false // "the journal Microbial Frontiers", whatever the tag
	}
	if t.UPOS != "NOUN" {
		return true
	}
	return label == lw || productNoun(label)
}

// outlet reports a mention of a name told something or cited as a source
// ("told Wire", "according to Wire", "in an interview with Wire"): a news
// outlet, no product "the drug" or "the device" could stand for.
func (r *resolver) outlet(m *mention) bool {
	toks := r.docs[m.doc].Sentences[m.sent].Tokens
	k := m.start - 1
	if k > 0 && strings.EqualFold(toks[k].Text, "the") {
		k-- // "told The Ledger", the article outside the name
	}
	if k < 0 {
		return false
	}
	prev := strings.ToLower(toks[k].Text)
	switch {
	case toks[k].Lemma == "tell" && toks[k].UPOS == "VERB":
		return true
	case prev == "to" && k > 0 && strings.EqualFold(toks[k-1].Text, "according"):
		return true
	case prev == "with" && k > 0 && strings.EqualFold(toks[k-1].Text, "interview"):
		return true
	case prev == "(" && m.end+1 < len(toks) && toks[m.end].Text == ")" && dash(toks[m.end+1].Text):
		return true // the agency of a dateline: "ORSA, May 2 (Wire) - "
	}
	return false
}

// nameHeadIs reports whether lw (lower case) is the head word of name:
// its last word, or the word before its first "of" or "for" ("the
// coalition" for "Coalition of the Willing", "the service" for "Rural
// Fire Service", not "the fire").
func nameHeadIs(name, lw string) bool {
	if isASCII(name) {
		// the same without the lower-case copy and its words
		prev, last, i := "", "", 0
		for f := range asciiFields(name) {
			if i > 0 && (lowerIs(f, "of") || lowerIs(f, "for")) {
				return lowerIs(prev, lw)
			}
			prev, last, i = f, f, i+1
		}
		return i > 0 && lowerIs(last, lw)
	}
	ws := strings.Fields(strings.ToLower(name))
	for i, w := range ws {
		if (w == "of" || w == "for") && i > 0 {
			return ws[i-1] == lw
		}
	}
	return len(ws) > 0 && ws[len(ws)-1] == lw
}

// descHeads reports whether a description's noun lw stands for the
// organisation called name by the name alone: the word heads the name
// ("the federation": "Tarrow Fishing Federation"), "the club" for a
// name that ends as clubs' names do ("Kirkby Athletic", "Tarrow FC"), or
// "the storm" for a storm's name ("Storm Delphine").
func descHeads(name, lw string) bool {
	if lw == "club" && (clubName(name) || nameHasAny(name, "club", "fc", "afc")) {
		return true
	}
	if lw == "club" {
		if ws := strings.Fields(name); len(ws) == 2 && (ws[1] == "Town" || ws[1] == "City" || ws[1] == "County") {
			// "Kestrel Town sacked its manager ... The club said": an
			// organisation so named is a club (a town would be a place)
			return true
		}
	}
	if stormWords[lw] {
		if ws := strings.Fields(strings.ToLower(name)); len(ws) > 1 && ws[0] == lw {
			return true // "the storm": Storm Delphine
		}
	}
	return nameHeadIs(name, lw)
}

// modifierWord reports a lower-case word that may name the field of an
// organisation before its kind noun: "safety" in "the safety agency",
// "port" in "the port authority".
func modifierWord(t nlp.Token) bool {
	if t.UPOS != "NOUN" && t.UPOS != "ADJ" || strings.ToLower(t.Text) != t.Text {
		return false
	}
	for _, c := range t.Text {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// stormWords begin the names of storms.
var stormWords = set("storm", "hurricane", "typhoon", "cyclone")

// businessNoun reports an organisation noun that stands only for a
// company or a public body: products, works and groups of people named
// before are no candidates for "the company". "The group" and "the
// organisation" may stand for a band or a publication, which keep the
// choice open.
func businessNoun(lw string) bool {
	return orgNoun(lw) && lw != "group" && lw != "organisation" && lw != "organization"
}

// orgNoun reports a noun that, after "the", stands for an organisation
// named before: "the company", "the lender", and any "-maker" ("the
// automaker", "the chipmaker").
func orgNoun(lw string) bool {
	return orgNouns[lw] || (len(lw) > 6 && strings.HasSuffix(lw, "maker"))
}

// publicHeads are the last words of the names of public bodies ("Ashby
// District Council", "National Roads Agency").
var publicHeads = set("council", "ministry", "department", "agency", "authority", "commission", "police",
	"court", "parliament", "government", "assembly", "senate", "congress", "committee", "administration",
	"bureau", "inspectorate", "tribunal", "army", "navy", "municipality", "service", "office", "executive",
	"directorate", "cabinet", "secretariat", "embassy", "constabulary", "regulator", "board")

// publicNouns are descriptions of a public body ("the agency", "the
// regulator").
var publicNouns = set("agency", "regulator")

// orgKindFits reports whether a description noun lw ("company", "agency")
// can stand for the organisation called name: a company, firm or other
// business is no public body, "the agency" or "the regulator" is one or
// has the word in its name, and "the union" or "the party" is one by name.
func orgKindFits(lw, name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return true
	}
	head := ws[len(ws)-1]
	for i, w := range ws {
		if (w == "of" || w == "for") && i > 0 {
			head = ws[i-1] // "Supreme Court of Ardova": a court
			break
		}
	}
	public := publicHeads[ws[len(ws)-1]] || publicHeads[head]
	switch {
	case publicNouns[lw]:
		return public || nameHasWord(name, lw)
	case lw == "union":
		// "the union warned": a union, not the company it strikes against
		return nameHasWord(name, lw) || nameHasAny(name, "federation", "guild", "workers", "confederation", "association")
	case lw == "party" || lw == "exchange":
		return nameHasWord(name, lw)
	case lw == "organisation" || lw == "organization" || lw == "group":
		return true
	default:
		// "the company" is no union, party or chamber of commerce either
		return !public && !institutionHeads[ws[len(ws)-1]] && !institutionHeads[head] && !nameHasAny(name, nonBusinessWords...)
	}
}

// nonBusinessWords, anywhere in an organisation's name, make it no
// company: "Transport Workers Federation", "Brennock Chamber of Commerce".
var nonBusinessWords = []string{"union", "party", "federation", "confederation", "association", "league", "movement", "workers",
	"chamber", "guild", "council", "committee"}

// BusinessName reports whether an organisation called name may be a
// company: no public body ("Harbour Safety Authority"), institution
// ("Delmont University"), union, party or chamber by its name.
func BusinessName(name string) bool {
	return orgKindFits("company", name)
}

// institutionHeads are the last words of the names of institutions that
// are neither public bodies nor businesses: "the company" or "the
// publisher" is no university, school, hospital or museum.
var institutionHeads = set("university", "college", "school", "academy", "institute", "hospital", "clinic",
	"museum", "library", "church", "cathedral", "foundation", "charity", "trust", "society", "orchestra",
	"theatre", "theater", "zoo", "council", "club", "team", "party")

// nameHasAny reports whether name has one of the words ws (lower case).
func nameHasAny(name string, ws ...string) bool {
	for _, w := range ws {
		if nameHasWord(name, w) {
			return true
		}
	}
	return false
}

// speechVerb reports whether a lemma is a verb of saying; the subject of
// one outside a quote is the quote's speaker.
func speechVerb(lemma string) bool { return lexicon.Speech(lemma) }

// collectReferences adds the pronouns and definite descriptions of a
// sentence outside quotes, for coreference to bind later.
func (r *resolver) collectReferences(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	inQuote := quoteMask(s)
	for i := range toks {
		t := toks[i].Text
		lw := strings.ToLower(t)
		if inQuote[i] && lw == "our" && ownPhrase(toks, i) {
			// "our union" in a quote: the speaker's organisation
			r.add(mention{doc: di, sent: si, start: i, end: i + 2, fullStart: i,
				surface: s.SpanText(i, i+2), name: toks[i+1].Text, typ: "ORG", pronoun: true,
				desc: "our", cluster: -1})
			continue
		}
		if inQuote[i] && quotedPersonPronouns[lw] {
			// "He inherits a large deficit," said Ren: a third person
			// the speaker speaks of, bound only when one person fits
			// (see quotedAntecedent)
			r.add(mention{doc: di, sent: si, start: i, end: i + 1, fullStart: i,
				surface: t, name: t, typ: "PERSON", pronoun: true, quoted: true, cluster: -1})
			continue
		}
		if inQuote[i] && !(orgNoun(lw) && i > 0 && strings.EqualFold(toks[i-1].Text, "the")) {
			// a pronoun in a quote is the speaker's ("we", "they"); "the
			// company" is the same company in anyone's words
			continue
		}
		if h, age, ok := ageDescription(s, i); ok && !r.coveredAny(di, si, i, h+1) {
			// "the 61-year-old", "the 38-year-old former schoolteacher":
			// a person of that age named before
			// (all its words stand for the person, so that a fact reads
			// the name in place of the whole description)
			r.add(mention{doc: di, sent: si, start: i, end: h + 1, fullStart: i - 1,
				surface: s.SpanText(i-1, h+1), name: toks[h].Text, typ: "PERSON", pronoun: true,
				desc: "age:" + strconv.Itoa(age), cluster: -1})
			continue
		}
		if si < 3 && lw == t && toks[i].XPOS == "NN" && businessNoun(lw) && strings.HasPrefix(toks[i].Dep, "nsubj") {
			if k := leadArticle(toks, i); k >= 0 && !r.coveredAny(di, si, k+1, i+1) {
				// "A paint manufacturer has been fined ...", then "Harlow
				// Coatings Ltd admitted two charges": the organisation
				// of that kind the story is about
				r.add(mention{doc: di, sent: si, start: k + 1, end: i + 1, fullStart: k,
					surface: s.SpanText(k, i+1), name: t, typ: "ORG", pronoun: true,
					desc: "lead:" + lw, cluster: -1})
				continue
			}
		}
		if h, age, ok := ageDescriptionAfter(s, i, "a", "an"); ok && !r.covered(di, si, i) && !r.covered(di, si, h) {
			// "a 34-year-old man has been charged ... Callum Reyes, 34,
			// of Hill Street": the one person of that stated age
			r.add(mention{doc: di, sent: si, start: i, end: h + 1, fullStart: i - 1,
				surface: s.SpanText(i-1, h+1), name: toks[h].Text, typ: "PERSON", pronoun: true,
				desc: "aged:" + strconv.Itoa(age), cluster: -1})
			continue
		}
		if (lw == "his" || lw == "her") && i+1 < len(toks) && (toks[i+1].Text == "client" || toks[i+1].Text == "rival") &&
			toks[i+1].UPOS == "NOUN" && (i+2 == len(toks) || !isNamePart(toks[i+2].Text, toks[i+2].UPOS) && toks[i+2].Text != ",") {
			// "his client": the person whose lawyer the sentence names;
			// "her rival": the other person of the story (not "his
			// rival, Tom Ames," nor "his rival Tom Ames", named in place)
			r.add(mention{doc: di, sent: si, start: i, end: i + 2, fullStart: i,
				surface: s.SpanText(i, i+2), name: toks[i+1].Text, typ: "PERSON", pronoun: true,
				desc: toks[i+1].Text, cluster: -1})
			continue
		}
		switch {
		case malePronouns[lw] || femalePronouns[lw] || theyPronouns[lw] || itPronouns[lw]:
			if lw == "himself" || lw == "herself" {
				continue
			}
			typ := "PERSON"
			if theyPronouns[lw] || itPronouns[lw] {
				typ = "ORG"
			}
			r.add(mention{doc: di, sent: si, start: i, end: i + 1, fullStart: i,
				surface: t, name: t, typ: typ, pronoun: true, cluster: -1})
		case i > 1 && strings.EqualFold(toks[i-2].Text, "the") && lw == t && (orgNoun(lw) || publicHeads[lw]) &&
			modifierWord(toks[i-1]) && !r.covered(di, si, i-1) && !r.covered(di, si, i) &&
			(i+1 == len(toks) || toks[i+1].UPOS != "NOUN" && !isNamePart(toks[i+1].Text, toks[i+1].UPOS)):
			// "the safety agency" after "the National Product Safety
			// Agency", "the port authority" after "the Dunmore Port
			// Authority": the one organisation whose name holds both words
			m := strings.ToLower(toks[i-1].Text)
			r.add(mention{doc: di, sent: si, start: i, end: i + 1, fullStart: i - 1,
				surface: toks[i-2].Text + " " + toks[i-1].Text + " " + t, name: t, typ: "ORG", pronoun: true,
				desc: "words:" + m + " " + lw, cluster: -1})
		case i > 1 && (vesselNouns[lw] || placeKindNouns[lw]) && lw == t && toks[i].UPOS == "NOUN" && kindModifiers(toks, i) < i &&
			!r.coveredAny(di, si, kindModifiers(toks, i), i+1) && !namedInPlace(s, i) &&
			(i+1 == len(toks) || toks[i+1].UPOS != "NOUN" && !isNamePart(toks[i+1].Text, toks[i+1].UPOS)) &&
			!(i+2 < len(toks) && strings.EqualFold(toks[i+1].Text, "of") && toks[i+2].UPOS == "PROPN"):
			// "the passenger ferry", "the southern province": the one
			// ship or place the text has shown to be one (all its
			// words stand for it)
			j := kindModifiers(toks, i)
			r.add(mention{doc: di, sent: si, start: j, end: i + 1, fullStart: j,
				surface: s.SpanText(j-1, i+1), name: t, typ: "ORG", pronoun: true,
				desc: "kind:" + lw, cluster: -1})
		case i > 0 && strings.EqualFold(toks[i-1].Text, "the") && titlePhraseEnd(s, i) > i+1 && !r.coveredAny(di, si, i, titlePhraseEnd(s, i)):
			// "the chief executive", "the prime minister": the person
			// holding that office, as "the president" (all its words
			// stand for the person)
			k := titlePhraseEnd(s, i)
			r.add(mention{doc: di, sent: si, start: i, end: k, fullStart: i,
				surface: s.SpanText(i-1, k), name: t, typ: "PERSON", pronoun: true,
				desc: titlePhraseKey(tokenTexts(toks[i:k])), cluster: -1})
		case i > 0 && strings.EqualFold(toks[i-1].Text, "the") && !r.covered(di, si, i) &&
			(i+1 == len(toks) || !isNamePart(toks[i+1].Text, toks[i+1].UPOS)) &&
			!(i+2 < len(toks) && strings.EqualFold(toks[i+1].Text, "of") && toks[i+2].UPOS == "PROPN"):
			// ("the town of Castelar" names its town: no reference)
			if personTitle(t) {
				// "the president": the person holding that title.
				r.add(mention{doc: di, sent: si, start: i, end: i + 1, fullStart: i,
					surface: toks[i-1].Text + " " + t, name: t, typ: "PERSON", pronoun: true,
					desc: canonicalTitle(t), cluster: -1})
			} else if toks[i].UPOS == "NOUN" && (i+1 == len(toks) || toks[i+1].UPOS != "NOUN") && lw == t && !namedInPlace(s, i) {
				// "the company": the organisation just named.
				r.add(mention{doc: di, sent: si, start: i, end: i + 1, fullStart: i,
					surface: toks[i-1].Text + " " + t, name: t, typ: "ORG", pronoun: true,
					desc: "org", cluster: -1})
			}
		}
	}
}

// namedInPlace reports a description followed by the name it stands for
// in apposition ("the utility, Sierra West Power, denied ..."): the name
// says which, and no organisation named before is meant.
func namedInPlace(s *nlp.Sentence, i int) bool {
	toks := s.Tokens
	j := i + 2 // the name, after "the" of a name that takes it ("the regulator, the Clean Water Agency,")
	if j+1 < len(toks) && toks[i+1].Text == "," && strings.EqualFold(toks[j].Text, "the") && isCapitalised(toks[j+1].Text) {
		j++
		// a name set off by commas, however the parser hung it (as a
		// second subject of the verb, say)
		k := j
		for k < len(toks) && (isCapitalised(toks[k].Text) || toks[k].Text == "of" || toks[k].Text == "and" || toks[k].Text == "&") {
			k++
		}
		if k > j && k < len(toks) && toks[k].Text == "," && isCapitalised(toks[k-1].Text) {
			return true
		}
	}
	if j >= len(toks) || toks[i+1].Text != "," || toks[j].UPOS != "PROPN" {
		return false
	}
	for k := i + 2; k < len(toks) && k < i+8; k++ {
		if toks[k].Head == i && toks[k].Dep == "appos" {
			return true
		}
	}
	return false
}

// namedDescriptions returns the descriptions of organisations that
// document di names in apposition ("The port operator, Marren Terminals,
// said"; "the insurer, Halvard Mutual,"), each with the organisations it
// names: by its noun ("operator") and by its modifier and noun ("port
// operator").
func (r *resolver) namedDescriptions(di int) map[string][]int {
	out := map[string][]int{}
	add := func(key string, c int) {
		if !containsInt(out[key], c) {
			out[key] = append(out[key], c)
		}
	}
	for si := range r.docs[di].Sentences {
		s := &r.docs[di].Sentences[si]
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			lw := toks[i].Text
			if toks[i].UPOS != "NOUN" || !orgNoun(lw) || !namedInPlace(s, i) {
				continue
			}
			c := r.clusterAtToken(di, si, i+2)
			if c < 0 || r.clusterType(c) != "ORG" {
				continue
			}
			switch {
			case strings.EqualFold(toks[i-1].Text, "the"):
				add(lw, c)
			case i > 1 && strings.EqualFold(toks[i-2].Text, "the") && modifierWord(toks[i-1]):
				add(lw, c)
				add(strings.ToLower(toks[i-1].Text)+" "+lw, c)
			}
		}
	}
	return out
}

// quoteMask marks the tokens inside quotation marks. A sentence whose first
// mark closes a quote continues one opened before it.
func quoteMask(s *nlp.Sentence) []bool {
	mask := make([]bool, len(s.Tokens))
	in := false
	for _, t := range s.Tokens {
		if t.Text == "”" || t.Text == "''" {
			in = true
			break
		}
		if t.Text == "“" || t.Text == "``" || t.Text == "\"" {
			break
		}
	}
	for i, t := range s.Tokens {
		switch t.Text {
		case "“", "``":
			in = true
			continue
		case "”", "''":
			in = false
			continue
		case "\"":
			in = !in
			continue
		}
		mask[i] = in
	}
	return mask
}

// hasQuote reports whether a sentence holds a quotation mark.
func hasQuote(s *nlp.Sentence) bool {
	for _, t := range s.Tokens {
		switch t.Text {
		case "“", "”", "``", "''", "\"":
			return true
		}
	}
	return false
}

// candidate is an entity mention a pronoun may refer to.
type candidate struct {
	mi      int // mention index
	cluster int
	sent    int
	subject bool
}

// linkCoreference binds pronouns and definite descriptions to entities
// named before them in the same document, when the evidence is clear, and
// leaves them unbound otherwise. The candidates are the entities of the
// right type named in the same sentence before the pronoun or in the two
// sentences before it (any earlier sentence for "the president"); "he" and
// "she" need a person whose sex, known from a given name or a title, does
// not contradict them; "it" and "they" need an organisation. A pronoun is
// never bound to an argument of its own clause ("Carter persuaded him").
// Among several candidates, the evidence decides in this order: the subject
// of the verb whose complement the pronoun is the subject of ("X said that
// he"); the speaker of the quote before "he added"; the only subject of the
// nearest earlier sentence with candidates when the pronoun is a subject
// (parallelism); otherwise the pronoun stays unbound. A candidate whose sex
// is unknown is not ruled out by "he" or "she", so it keeps a choice open.
func (r *resolver) linkCoreference() {
	sexOf := r.clusterSexes()
	r.actors = r.clusterActors()
	r.employed = r.employments()
	r.affiliated = r.affiliations()
	dominant := r.dominantPersons()
	keyCluster := map[string]int{}
	for i := range r.mentions {
		if m := &r.mentions[i]; !m.pronoun && m.key != "" && m.cluster >= 0 {
			if _, ok := keyCluster[m.key]; !ok {
				keyCluster[m.key] = m.cluster
			}
		}
	}
	defs := map[int]map[string][]int{} // document → description → the organisations it names in apposition
	var recent []candidate             // entity mentions of the current document, in order
	lastSpeaker, speakerSent := -1, -1
	doc, sent := -1, -1
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.doc != doc {
			doc, sent, recent, lastSpeaker, speakerSent = m.doc, m.sent, recent[:0], -1, -1
		}
		if m.sent != sent {
			if c := r.speakerOf(doc, sent); c >= 0 {
				lastSpeaker, speakerSent = c, sent
			}
			sent = m.sent
		}
		if !m.pronoun {
			if m.cluster >= 0 {
				recent = append(recent, candidate{i, r.root(m.cluster), m.sent, r.isSubject(m)})
			}
			continue
		}
		c := -1
		if ws, ok := strings.CutPrefix(m.desc, "words:"); ok {
			mod, head, _ := strings.Cut(ws, " ")
			c = r.onlyOrg(recent, func(name string) bool { return nameHasWord(name, mod) && nameHasWord(name, head) })
			if c < 0 && companyNoun(head) && !r.anyOrg(recent, func(name string) bool { return nameHasWord(name, mod) }) {
				// "the port operator" when no organisation's name
				// holds "port": the noun alone, as "the operator"
				m.desc = "org"
				c = r.antecedent(i, recent, sexOf, lastSpeaker, speakerSent)
				m.desc = "words:" + ws
			}
		} else if a, ok := strings.CutPrefix(m.desc, "age:"); ok {
			age, _ := strconv.Atoi(a)
			d, ok := dominant[m.doc]
			if !ok {
				d = -1
			}
			c = r.ageAntecedent(i, age, recent, sexOf, d)
		} else if k, ok := strings.CutPrefix(m.desc, "lead:"); ok {
			c = r.leadOrg(m.doc, k)
		} else if a, ok := strings.CutPrefix(m.desc, "aged:"); ok {
			age, _ := strconv.Atoi(a)
			c = r.agedPerson(i, age, sexOf)
		} else if k, ok := strings.CutPrefix(m.desc, "kind:"); ok {
			c = r.kindShown(recent, k)
		} else if m.desc == "our" {
			c = r.quoteSpeakerOrg(i)
		} else if m.desc == "client" {
			c = r.clientOf(i)
		} else if m.desc == "rival" {
			c = r.rivalOf(i, recent)
		} else if k, ok := strings.CutPrefix(m.desc, "key:"); ok {
			if kc, ok := keyCluster[k]; ok {
				c = r.root(kc)
			}
		} else {
			if m.desc == "org" {
				c = r.rolePerson(i, strings.ToLower(m.name), recent)
			}
			if m.desc == "" {
				if oc := r.ownOrg(i, sexOf); oc >= 0 {
					// "said her organisation would file": the
					// speaker's organisation, in both words
					toks := r.docs[m.doc].Sentences[m.sent].Tokens
					m.end, m.typ, m.name = m.start+2, "ORG", toks[m.start+1].Text
					r.addTo(oc, i)
					recent = append(recent, candidate{i, oc, m.sent, r.isSubject(m)})
					continue
				}
			}
			if c >= 0 {
				m.typ = "PERSON" // "the microbiologist": the person the text called so
			} else {
				c = r.antecedent(i, recent, sexOf, lastSpeaker, speakerSent)
			}
			if c >= 0 && m.desc == "org" && orgNoun(strings.ToLower(m.name)) && r.clusterType(c) != "ORG" && !r.employs(m.doc, c) {
				c = -1 // "the group" is no band or publication (which still make it ambiguous)
			}
		}
		if c < 0 && (m.desc == "org" || strings.HasPrefix(m.desc, "words:")) && m.typ == "ORG" {
			// "the port operator wanted ...", then "The port operator,
			// Marren Terminals, said": the name the document gives the
			// description in apposition, before or after
			if defs[m.doc] == nil {
				defs[m.doc] = r.namedDescriptions(m.doc)
			}
			key := strings.ToLower(m.name)
			if ws, ok := strings.CutPrefix(m.desc, "words:"); ok {
				key = ws
				if mod, head, _ := strings.Cut(ws, " "); len(defs[m.doc][ws]) == 0 && companyNoun(head) &&
					!r.anyOrg(recent, func(name string) bool { return nameHasWord(name, mod) }) {
					// "the state operator agreed to resume talks", then
					// "The operator, Aldoria Intercity Railways, said":
					// the noun alone, as "the operator"
					key = head
				}
			}
			if cs := defs[m.doc][key]; len(cs) == 1 {
				c = cs[0]
			}
			if c < 0 {
				// "The ministry will publish daily figures" before "the
				// Ministry of Health and Sanitation" is named: the one
				// organisation of the document the words name
				c = r.namedInDoc(m)
			}
		}
		if c < 0 {
			continue
		}
		r.addTo(c, i)
		recent = append(recent, candidate{i, c, m.sent, r.isSubject(m)})
	}
}

// antecedent returns the cluster pronoun mention pi refers to, or -1.
func (r *resolver) antecedent(pi int, recent []candidate, sexOf map[int]gazetteer.Sex, lastSpeaker, speakerSent int) int {
	p := &r.mentions[pi]
	lw := strings.ToLower(r.docs[p.doc].Sentences[p.sent].Tokens[p.start].Text)
	s := &r.docs[p.doc].Sentences[p.sent]
	pt := s.Tokens[p.start]
	if itPronouns[lw] && (pt.Dep == "expl" || impersonal(s, p.start)) {
		return -1 // "it is windy", "it seems that"
	}
	if r.nonEntityTopic(p, recent) || r.nonEntityObject(p, recent) {
		return -1
	}
	// "It is Arkwell's largest mine": a thing, a product or a place
	// maybe, no organisation
	thing := itPronouns[lw] && thingPredicate(s, p.start)
	quoteSpeaker := -1
	if p.quoted {
		var ok bool
		if quoteSpeaker, ok = r.quoteSpeaker(p, lastSpeaker, speakerSent); !ok {
			return -1
		}
	}
	want := gazetteer.Unknown
	if malePronouns[lw] {
		want = gazetteer.Male
	} else if femalePronouns[lw] {
		want = gazetteer.Female
	}
	if want != gazetteer.Unknown && !p.quoted && r.unnamedReporter(p.doc, p.sent, p.start) {
		return -1 // "The mayor said she had not been told": the mayor, whom no name stands for
	}
	window := 2
	if p.desc != "" && p.desc != "org" {
		window = 1 << 30 // "the president": anywhere before in the document
	}
	var cands []candidate
	seen := map[int]bool{}
	for k := len(recent) - 1; k >= 0; k-- {
		a := recent[k]
		if p.sent-a.sent > window {
			break
		}
		am := &r.mentions[a.mi]
		typ := r.clusterType(a.cluster)
		if typ == "ORG" && p.desc == "org" && settlementNouns[lw] && r.councilPlace(a.cluster) {
			typ = "LOC" // "Brenmouth council passes budget", then "the city"
		}
		switch {
		case p.typ == "PERSON" && typ != "PERSON":
			continue
		case p.typ == "ORG" && typ != "ORG" && typ != "MISC":
			if p.desc == "org" && (typ == "LOC" || typ == "GPE") && r.placeFits(a.cluster, lw) {
				break // "the river" for the River Maddle, "the town" for Ashcombe
			}
			if p.desc == "org" && !orgNoun(lw) && r.shownKind(a.cluster, lw) {
				break // "the province" for Varundi ("Varundi province"), "the ferry" for MV Harrowgate Dawn
			}
			if p.desc == "org" && typ == "DOC" && descHeads(r.clusterName(a.cluster), lw) {
				break // "the bill" for the Fair Wages Bill, "the treaty" for the Treaty of Varn
			}
			if !itPronouns[lw] || typ != "GPE" || !governingSubject(s, am, p) {
				continue // a country is "it" only as the actor above it
			}
		}
		if want != gazetteer.Unknown && sexOf[a.cluster] != gazetteer.Unknown && sexOf[a.cluster] != want {
			continue
		}
		if thing && typ == "ORG" {
			continue
		}
		if p.desc != "" && p.desc != "org" && !r.clusterHasRole(a.cluster, p.desc) {
			continue
		}
		if am.sent == p.sent && (r.sameClause(s, am, p) || conjoined(s, am, p)) {
			seen[a.cluster] = true // its own clause's argument, by any name
			continue
		}
		if p.desc == "org" && r.outlet(am) {
			continue // "told The Ledger that the company ...": the outlet is told, not meant
		}
		if p.desc == "org" && businessNoun(lw) && typ != "ORG" {
			continue // "the company" is no product, work or event
		}
		if p.desc == "org" && productNoun(lw) && !r.shownKind(a.cluster, lw) && (r.actors[docCluster{p.doc, a.cluster}] || notProduct(am.name) || r.outlet(am) || !(typ == "MISC" && r.labelFits(am, lw)) && !nameHasWord(am.name, lw)) {
			continue // "the phone" is no company, nor a journal named "the journal Microbial Frontiers"
		}
		if p.desc == "org" && pt.XPOS == "NNS" && !orgNoun(lw) && !productNoun(lw) && typ != "LOC" && typ != "GPE" {
			continue // "the savings" is no Pemberly Savings, "the systems" no Korrwell Systems
		}
		if p.desc == "org" && !orgNoun(lw) && !productNoun(lw) && !descHeads(r.clusterName(a.cluster), lw) &&
			!((typ == "LOC" || typ == "GPE") && r.placeFits(a.cluster, lw)) && !r.shownKind(a.cluster, lw) {
			continue // "the coalition": an organisation whose name that word heads; "the fire" is no Fire Service
		}
		if p.desc == "org" && orgNoun(lw) && !orgKindFits(lw, r.clusterName(a.cluster)) {
			// by the organisation's name, not by the mention's, which
			// may be "it" or "the federation"
			continue // "the company" is no council, "the agency" no carmaker
		}

		if seen[a.cluster] {
			continue
		}
		seen[a.cluster] = true
		cands = append(cands, a)
	}
	var named []int // the organisations so far whose names say they are of the kind ("the bank")
	if p.desc == "org" && orgNoun(lw) {
		named = r.namedKinds(recent, lw)
	}
	if len(named) >= 2 {
		// "The Central Bank of Valdoria held rates ... Tarsen Mutual
		// Bank said ... The finance minister welcomed the decision. The
		// bank also raised its forecast": with several organisations
		// called so by name, one named further back than the sentence
		// before is not the nearer for it; the one the story is about
		// (or none) is meant
		var near []candidate
		for _, a := range cands {
			if p.sent-a.sent <= 1 {
				near = append(near, a)
			}
		}
		cands = near
	}
	if len(named) > 0 && nameKindNoun(lw) {
		// "the bank" in a story that names banks: one called so by
		// name or shown to be one, not a broker or an insurer that
		// happens to be nearer
		var fit []candidate
		for _, a := range cands {
			if r.clusterNameHas(a.cluster, lw) || r.shownKind(a.cluster, lw) {
				fit = append(fit, a)
			}
		}
		cands = fit
	}
	if p.desc == "org" && (businessNoun(lw) || lw == "group") {
		// "Malik said the company would offer refunds": the company of
		// the chief executive who says it, whatever was named last
		// (one called so by name when the story names any: "the bank"
		// in the words of a broker's economist is no broker)
		if c := r.speakerEmployer(p.doc, p.sent, p.start); c >= 0 && orgKindFits(lw, r.clusterName(c)) && (len(named) == 0 || r.clusterNameHas(c, lw)) {
			for _, a := range recent {
				if strings.HasPrefix(r.clusterName(a.cluster), r.clusterName(c)+" ") {
					return a.cluster // "Metrolink chief executive ..." for Metrolink Brennock
				}
			}
			return c
		}
	}
	if p.desc == "org" && selfNouns[lw] {
		// "Delphine Moray, an organiser with the Brenmouth Tenants
		// Alliance, ... Moray said the group would return": the one
		// organisation the speaker belongs to, unless the sentence names
		// another the noun may stand for
		if c := r.speakerAffiliation(p.doc, p.sent, p.start, lw, gazetteer.Unknown, sexOf); c >= 0 && !r.otherOrgFits(p.doc, p.sent, c, lw) {
			return c
		}
	}
	if itPronouns[lw] && p.desc == "" && !thing {
		// "A spokesman for the agency, Jonas Eld, said it was
		// reviewing": the organisation its spokesman speaks for
		// (none named: "it" is not guessed from what came before)
		if c, ok := r.spokesOrg(p.doc, p.sent, p.start); ok {
			return c
		}
		// "the Green Alliance won 11 seats and said it would not join":
		// the organisation that says so, the subject of the speech verb
		// or of the verb it is conjoined to
		if c := r.sayingOrg(p.doc, p.sent, p.start); c >= 0 {
			return c
		}
	}
	if len(cands) == 0 {
		if p.desc == "org" && !orgNoun(lw) && pt.XPOS != "NNS" {
			// "the province" when Varundi, the one place the text has
			// called a province, is further back
			if c := r.kindShown(recent, lw); c >= 0 {
				return c
			}
		}
		if p.desc == "org" && orgNoun(lw) {
			// "the bank" after "the Bank of Estoria", however far back:
			// the one organisation whose name holds the word
			if c := r.onlyOrg(recent, func(name string) bool { return nameHasWord(name, lw) }); c >= 0 {
				return c
			}
			if len(named) >= 2 {
				// of several so named, the one the story is about
				return r.kindTopic(recent, named)
			}
			// "the company" with no organisation named in the last two
			// sentences: the one the document is about, if there is one
			// (with several in reach, which one is not guessed)
			if c := r.dominantOrg(recent); c >= 0 && orgKindFits(lw, r.clusterName(c)) {
				return c
			}
			// "the agency" when the one public body the document has
			// named is further back: the only organisation of that kind
			return r.onlyOrg(recent, func(name string) bool { return orgKindFits(lw, name) })
		}
		if p.desc == "org" && !productNoun(lw) {
			// "the federation" when the one organisation whose name
			// that word heads is further back (not "the savings" for
			// Pemberly Savings)
			if c := r.onlyOrg(recent, func(name string) bool { return descHeads(name, lw) }); c >= 0 && pt.XPOS != "NNS" {
				return c
			}
			// "the club" when the story has named several clubs, one of
			// them by a name that holds the word ("Brennock Athletic
			// Football Club", not "Quillon Rovers"): that one
			if c := r.onlyOrg(recent, func(name string) bool { return descHeads(name, lw) && nameHasWord(name, lw) }); c >= 0 && pt.XPOS != "NNS" {
				return c
			}
			if lw == "government" || lw == "country" || lw == "nation" {
				// "the government" in a story that names one country:
				// that country's, as "Washington" stands for the US
				// government; with two in reach, not guessed. "The
				// country" and "the nation" are that country too, but not
				// one the description is set beside ("neighbouring
				// Carvenia, the country's largest trading partner").
				c := r.onlyCountry(p, recent)
				if c >= 0 && lw != "government" && r.besideMention(p, c) {
					return -1
				}
				return c
			}
			if stormWords[lw] {
				// "the storm" when Storm Delphine is further back
				return r.only(recent, "MISC", func(name string) bool { return descHeads(name, lw) })
			}
			if c := r.only(recent, "DOC", func(name string) bool { return descHeads(name, lw) }); c >= 0 {
				// "the bill" when the Fair Wages Bill, the one law so
				// called, is further back
				return c
			}
			// "the river" when the one place so called is further back
			return r.onlyPlace(recent, lw)
		}
		return -1
	}
	if p.desc != "" && p.desc != "org" && len(cands) > 1 {
		// "Velmora CEO Tomas Rieck met Halvard chief executive Anton
		// Belisko. The chief executive said": either may be meant; a
		// title names the one person holding it, or no one
		return -1
	}
	if p.quoted {
		// a pronoun in a quote is no speaker's: of the people in reach
		// other than the speaker, the one of its sex, or none
		var other []candidate
		for _, a := range cands {
			if a.cluster != quoteSpeaker && (sexOf[a.cluster] == want || sexOf[a.cluster] == gazetteer.Unknown) {
				other = append(other, a)
			}
		}
		if len(other) != 1 || !r.personFree(p, other[0]) || r.unnamedPersonBetween(p, other[0]) {
			return -1
		}
		return other[0].cluster
	}
	if want != gazetteer.Unknown && !r.personFree(p, cands[0]) {
		// "A 19-year-old man was questioned, but he was released": the
		// man, who has no name, not the person named before him
		return -1
	}
	if want != gazetteer.Unknown && len(cands) > 1 {
		// "Ann Lowe founded Holloway. Holloway opened shops. She ...":
		// a bare one-word name of no known sex (often a company the
		// recogniser took for a person) yields to a person of the
		// pronoun's sex
		var sexed []candidate
		known := false
		for _, a := range cands {
			if sexOf[a.cluster] == want || strings.Contains(r.clusterName(a.cluster), " ") {
				sexed = append(sexed, a)
				known = known || sexOf[a.cluster] == want
			}
		}
		if known && len(sexed) < len(cands) {
			cands = sexed
		}
	}
	if p.desc == "org" && productNoun(lw) {
		// "the phone": the one product in reach, or the one of several
		// whose name holds the noun ("the phone" after "the Orbis Pad and
		// the SkyPhone Mini"); otherwise not guessed
		if len(cands) == 1 {
			return cands[0].cluster
		}
		hit := -1
		for _, a := range cands {
			if strings.Contains(strings.ToLower(r.clusterName(a.cluster)), lw) || r.shownKind(a.cluster, lw) {
				if hit >= 0 && hit != a.cluster {
					return -1
				}
				hit = a.cluster
			}
		}
		return hit
	}
	if p.desc == "org" && !orgNoun(lw) {
		// "the town": the one place in reach it fits, else none
		var places []int
		for _, a := range cands {
			if t := r.clusterType(a.cluster); (t == "LOC" || t == "GPE") && (r.placeFits(a.cluster, lw) || r.shownKind(a.cluster, lw)) {
				places = append(places, a.cluster)
			}
		}
		switch {
		case len(places) == 1:
			return places[0]
		case len(places) > 1 && r.oneNamed(places):
			// "the island of Tollan" after "Tollan island", which
			// clustering kept apart: one place by two names, the
			// nearest mention's
			return places[0]
		case len(places) > 1:
			return -1
		}
	}
	if p.desc == "org" {
		// "A criminal group calling itself Ravenmark claimed the attack.
		// The group demanded ...": the group just introduced, named inside
		// its own phrase or not at all, not an organisation before it
		if c, ok := r.introduced(pi, lw, recent); ok {
			return c
		}
	}
	if p.desc == "org" && len(cands) > 1 {
		// "Apple ... according to NPD Group, a market research firm. The
		// firm said": the one candidate the text has called by that noun,
		// in apposition or in its name ("the group": Halcourt Group)
		hit := -1
		for _, a := range cands {
			if r.calledBy(a, lw) || r.clusterNameHas(a.cluster, lw) {
				if hit >= 0 && hit != a.cluster {
					hit = -1
					break
				}
				hit = a.cluster
			}
		}
		if hit >= 0 {
			return hit
		}
		if r.twoHeaded(cands, lw) {
			// "The Aldorian Locomotive Drivers' Union and the Aldorian
			// Rail Workers' Union called a strike. ... the union": two
			// of the kind in reach, which one is unsaid (no subject
			// parallelism picks one)
			return -1
		}
	}
	if p.desc == "org" && businessNoun(lw) && !r.nameInReach(cands, lw) {
		// "Among the games shown were Arca's Spore and Lumo's chat app.
		// The company also announced ...": no other organisation in reach
		// acted (owners and objects only); the one the document is about
		// did
		if c := r.dominantOrg(recent); c >= 0 && orgKindFits(lw, r.clusterName(c)) && !r.otherSubject(cands, c) {
			return c
		}
	}
	if (itPronouns[lw] || theyPronouns[lw] || malePronouns[lw] || femalePronouns[lw]) && r.nounSpeaker(s, pi, lw) {
		// "the environment department said it had no plans": it is the
		// department, which is no entity; an earlier organisation is no
		// better guess. "One father, whose son ..., said he was
		// relieved": the father, no one named before.
		return -1
	}
	// "Spain has given no sign it would ...", "Norway said its fleet ...":
	// it in a clause under the verb whose subject is a candidate.
	if itPronouns[lw] {
		for _, a := range cands {
			if am := &r.mentions[a.mi]; governingSubject(s, am, p) {
				return a.cluster
			}
		}
		if r.objectBetween(s, pi, cands) {
			// "Residents opposed the scheme, saying it would bring
			// noise": the scheme, named after every candidate, is as
			// likely; not guessed
			return -1
		}
	}
	if len(cands) == 1 {
		if theyPronouns[lw] && !r.pluralFree(p, cands[0]) {
			return -1 // "they" after a plural noun: the noun, not the organisation
		}
		if itPronouns[lw] && !r.singularFree(p, cands[0]) {
			return -1 // "it" after a thing's noun as a subject: the thing, no entity
		}
		return cands[0].cluster
	}
	// "X said that he ...": the subject of the verb whose complement the
	// pronoun is the subject of.
	if strings.HasPrefix(pt.Dep, "nsubj") || (pt.Dep == "conj" && pt.Head >= 0 && strings.HasPrefix(s.Tokens[pt.Head].Dep, "nsubj")) {
		h := pt.Head
		if pt.Dep == "conj" {
			h = s.Tokens[h].Head
		}
		if h >= 0 && (s.Tokens[h].Dep == "ccomp" || s.Tokens[h].Dep == "xcomp") && s.Tokens[h].Head >= 0 {
			g := s.Tokens[h].Head
			for _, a := range cands {
				am := &r.mentions[a.mi]
				if am.sent == p.sent && strings.HasPrefix(s.Tokens[headOf(s, am)].Dep, "nsubj") && s.Tokens[headOf(s, am)].Head == g {
					if r.addresseeCandidate(s, p, g, a, cands) {
						// "Judge Reade told Goss that he had betrayed
						// ...": either man may be meant; not guessed
						return -1
					}
					return a.cluster
				}
			}
		}
	}
	// "'...,' he added": the speaker of the quote before, unless another
	// person has been the subject of a sentence since ("'...,' said A.
	// The minister, B, called it a disgrace. She said ...": B).
	newSubject := false
	for _, a := range cands {
		if a.sent > speakerSent && a.subject && a.cluster != r.root(lastSpeaker) {
			newSubject = true
		}
	}
	if lastSpeaker >= 0 && p.sent-speakerSent <= 2 && strings.HasPrefix(pt.Dep, "nsubj") && !newSubject &&
		speechVerb(s.Tokens[max(pt.Head, 0)].Lemma) && pt.Head >= 0 {
		for _, a := range cands {
			if a.cluster == r.root(lastSpeaker) {
				return a.cluster
			}
		}
	}
	// Parallelism: a subject pronoun takes the only subject of the nearest
	// sentence that has candidates.
	if strings.HasPrefix(pt.Dep, "nsubj") && !theyPronouns[lw] {
		nearest := cands[0].sent
		inCands := map[int]bool{}
		for _, a := range cands {
			inCands[a.cluster] = true
		}
		// every candidate that is a subject there, by any of its mentions
		// ("Velmora said its sales fell": "its" is Velmora's too)
		var subj []int
		for _, a := range recent {
			if a.sent == nearest && a.subject && inCands[a.cluster] && !containsInt(subj, a.cluster) {
				subj = append(subj, a.cluster)
			}
		}
		if len(subj) == 1 && nearest < p.sent && !r.coordinated(recent, nearest, subj[0], inCands) {
			return subj[0]
		}
	}
	return -1
}

// introduced reports whether the noun of description pi was last
// introduced with "a" or "an" in its sentence or the two before it ("a
// criminal group"), with no organisation named since outside that phrase,
// and returns the entity named inside the phrase ("calling itself
// Ravenmark") or described by it in apposition ("Tellis Data, a market
// research firm"), or -1 when there is none.
func (r *resolver) introduced(pi int, lw string, recent []candidate) (int, bool) {
	p := &r.mentions[pi]
	sents := r.docs[p.doc].Sentences
	si, k := -1, -1
	for x := max(p.sent-2, 0); x <= p.sent; x++ {
		s := &sents[x]
		for y, t := range s.Tokens {
			if x == p.sent && y >= p.start {
				break
			}
			if t.UPOS == "NOUN" && strings.ToLower(t.Text) == lw && !r.covered(p.doc, x, y) && indefinite(s, y) {
				si, k = x, y
			}
		}
	}
	if si < 0 {
		return -1, false
	}
	s := &sents[si]
	named := -1
	for _, a := range recent {
		am := &r.mentions[a.mi]
		if am.sent < si {
			continue
		}
		if am.sent == si {
			if h := headOf(s, am); within(s, h, k) || s.Tokens[k].Dep == "appos" && s.Tokens[k].Head == h || namedAfter(s, k, am.start) {
				named = a.cluster
				continue
			}
			if am.end <= k {
				continue
			}
		}
		if !am.pronoun && r.clusterType(a.cluster) == "ORG" && a.cluster != named {
			return -1, false // "a cybersecurity firm said ... Larkspur Security, a consultancy, said": it may be named since
		}
	}
	return named, true
}

// indefinite reports whether noun k has the article "a" or "an".
func indefinite(s *nlp.Sentence, k int) bool {
	for _, t := range s.Tokens {
		if t.Head == k && t.Dep == "det" && (strings.EqualFold(t.Text, "a") || strings.EqualFold(t.Text, "an")) {
			return true
		}
	}
	return false
}

// namedAfter reports whether the name starting at token start follows noun
// k with only words of naming between them ("a group calling itself
// NightCrow", "a firm called Tellis", "a charity known as Safe Harbour").
func namedAfter(s *nlp.Sentence, k, start int) bool {
	if start <= k+1 || start-k > 4 {
		return false
	}
	for j := k + 1; j < start; j++ {
		switch strings.ToLower(s.Tokens[j].Text) {
		case "calling", "itself", "themselves", "called", "named", "known", "as":
		default:
			return false
		}
	}
	return true
}

// within reports whether token h is in the phrase of noun k: k is reached
// from h going up through heads before a clause of the sentence is left.
func within(s *nlp.Sentence, h, k int) bool {
	for steps := 0; h >= 0 && h < len(s.Tokens) && steps < len(s.Tokens); steps++ {
		if h == k {
			return true
		}
		switch s.Tokens[h].Dep {
		case "root", "ccomp", "advcl", "parataxis", "csubj":
			return false
		}
		h = s.Tokens[h].Head
	}
	return false
}

// otherSubject reports whether a candidate other than cluster c was named
// in the subject of its clause ("A group calling itself NightHarbor
// claimed ...").
func (r *resolver) otherSubject(cands []candidate, c int) bool {
	for _, a := range cands {
		if a.cluster != c && (a.subject || r.inSubject(&r.mentions[a.mi])) {
			return true
		}
	}
	return false
}

// inSubject reports whether mention m is inside the subject of its clause:
// a word on the way from its head up to the clause's verb is a subject
// (through appositions and participles that modify a noun, "calling
// itself", not through prepositions: "Analysts at Fjord Capital").
func (r *resolver) inSubject(m *mention) bool {
	s := &r.docs[m.doc].Sentences[m.sent]
	h := headOf(s, m)
	for steps := 0; h >= 0 && steps < len(s.Tokens); steps++ {
		t := s.Tokens[h]
		if strings.HasPrefix(t.Dep, "nsubj") {
			return true
		}
		if (t.UPOS == "VERB" || t.UPOS == "AUX") && t.Dep != "acl" || strings.HasPrefix(t.Dep, "nmod") || strings.HasPrefix(t.Dep, "obl") {
			return false // "Analysts at Fjord Capital", "Shares in Halcourt": no actor
		}
		h = t.Head
	}
	return false
}

// nameInReach reports whether a candidate's name holds the noun lw ("the
// group" with Halcourt Group in reach).
func (r *resolver) nameInReach(cands []candidate, lw string) bool {
	for _, a := range cands {
		if r.clusterNameHas(a.cluster, lw) {
			return true
		}
	}
	return false
}

// clusterNameHas reports whether a name of cluster c holds the word lw
// (lower case): "Halcourt Group" for "group", though the cluster may have
// been named "Halcourt" first.
func (r *resolver) clusterNameHas(c int, lw string) bool {
	for _, mi := range r.clusters[c] {
		if m := &r.mentions[mi]; !m.pronoun && (nameHasWord(m.name, lw) || nameHasAny(m.name, kindNameWords[lw]...)) {
			return true
		}
	}
	return false
}

// kindNameWords are the words of companies' names that say what kind of
// business the noun lw calls them: "the airline" is Skyreach Airways, "the
// publisher" Greyfield Press.
var kindNameWords = map[string][]string{
	"airline":   {"airlines", "airways", "air"},
	"carrier":   {"airlines", "airways", "air"},
	"carmaker":  {"motors", "motor", "automotive", "cars"},
	"automaker": {"motors", "motor", "automotive", "cars"},
	"publisher": {"press", "publishing", "publishers", "books"},
	"bank":      {"bank", "bancorp", "banking"},
	"insurer":   {"insurance", "assurance"},
	"retailer":  {"stores", "retail"},
	"brewer":    {"brewery", "breweries", "brewing"},
	"miner":     {"mining", "mines"},
}

// calledBy reports whether the mention of candidate a has an apposition
// headed by the noun lw ("NPD Group, a market research firm" for "the
// firm").
func (r *resolver) calledBy(a candidate, lw string) bool {
	am := &r.mentions[a.mi]
	s := &r.docs[am.doc].Sentences[am.sent]
	h := headOf(s, am)
	for _, t := range s.Tokens {
		if t.Head == h && t.Dep == "appos" && strings.ToLower(t.Text) == lw {
			return true
		}
	}
	return false
}

// nounSpeaker reports a pronoun p ("it", "they", "he") that is the subject
// of the complement of a verb whose own subject is a common noun of the
// same number that names no entity ("the department said it ...",
// "residents said they ...", "one father said he ..."; for "he" and "she"
// a noun for a person): that noun is the likeliest antecedent.
func (r *resolver) nounSpeaker(s *nlp.Sentence, pi int, lw string) bool {
	p := &r.mentions[pi]
	pt := s.Tokens[p.start]
	if !strings.HasPrefix(pt.Dep, "nsubj") || pt.Head < 0 || s.Tokens[pt.Head].Dep != "ccomp" {
		return false
	}
	g := s.Tokens[pt.Head].Head
	if g < 0 {
		return false
	}
	subjects := 0
	for _, t := range s.Tokens {
		if t.Head == g && t.Dep == "nsubj" {
			subjects++
		}
	}
	if subjects != 1 {
		return false // "The airline Pacific Link said" read with two subjects
	}
	for k, t := range s.Tokens {
		if t.Head != g || t.Dep != "nsubj" || k > g || t.UPOS != "NOUN" || t.Text != strings.ToLower(t.Text) {
			continue
		}
		// an entity or a bound description ("the company"), or a name
		// in the noun's phrase ("the airline Pacific Link", "the harbour
		// company, Tarrow Ports Ltd,")
		person := malePronouns[lw] || femalePronouns[lw]
		if r.namedBefore(pi, func(m *mention) bool {
			// "one father in Dalby": a place in the phrase names no father
			return m.fullStart <= k && k < m.end || dominates(s, k, headOf(s, m)) && (!person || m.typ == "PERSON")
		}) {
			return false
		}
		if person {
			// "One father, whose son ..., said he was relieved": an
			// unnamed person speaks of himself
			return t.XPOS == "NN" && (personNouns[t.Text] || strings.HasSuffix(t.Text, "-year-old"))
		}
		plural := t.XPOS == "NNS"
		return plural == theyPronouns[lw]
	}
	return false
}

// objectBetween reports a singular common noun with an article, the object
// of a verb, that stands in the pronoun's sentence before it and after
// every candidate's mention, and names no entity: "it" may be that thing.
func (r *resolver) objectBetween(s *nlp.Sentence, pi int, cands []candidate) bool {
	p := &r.mentions[pi]
	from := 0
	for _, a := range cands {
		if am := &r.mentions[a.mi]; am.sent == p.sent && am.end > from {
			from = am.end
		}
	}
	for k := from; k < p.start && k < len(s.Tokens); k++ {
		t := s.Tokens[k]
		if t.Dep != "obj" || t.XPOS != "NN" || t.Text != strings.ToLower(t.Text) {
			continue
		}
		article := false
		for _, c := range s.Children(k) {
			switch strings.ToLower(s.Tokens[c].Text) {
			case "the", "a", "an", "this", "that":
				article = article || s.Tokens[c].Dep == "det"
			}
		}
		if !article {
			continue
		}
		if !r.namedBefore(pi, func(m *mention) bool { return m.fullStart <= k && k < m.end }) {
			return true
		}
	}
	return false
}

// namedBefore reports whether a mention before mention pi in its sentence
// (mentions are in document order) for which at holds names an entity: a
// name, or a description bound to one ("the company"); an unbound "the
// scheme" names none.
func (r *resolver) namedBefore(pi int, at func(m *mention) bool) bool {
	p := &r.mentions[pi]
	for j := pi - 1; j >= 0 && r.mentions[j].doc == p.doc && r.mentions[j].sent == p.sent; j-- {
		if m := &r.mentions[j]; (!m.pronoun || m.cluster >= 0) && at(m) {
			return true
		}
	}
	return false
}

// addresseeCandidate reports whether the verb g, whose subject a is taken
// as the antecedent of p, also has a candidate other than a as its object
// ("told Goss that he ...").
func (r *resolver) addresseeCandidate(s *nlp.Sentence, p *mention, g int, a candidate, cands []candidate) bool {
	for _, b := range cands {
		if b.cluster == a.cluster {
			continue
		}
		bm := &r.mentions[b.mi]
		if bm.sent != p.sent {
			continue
		}
		if h := headOf(s, bm); s.Tokens[h].Head == g && (s.Tokens[h].Dep == "obj" || s.Tokens[h].Dep == "iobj") {
			return true
		}
	}
	return false
}

// impersonal reports whether "it" at token i is the dummy subject of a
// weather verb or of a predicate with a clause after it ("it is likely
// that", "it seems").
func impersonal(s *nlp.Sentence, i int) bool {
	h := s.Tokens[i].Head
	if h < 0 {
		return false
	}
	switch strings.ToLower(s.Tokens[h].Lemma) {
	case "rain", "snow", "seem", "appear", "happen", "matter", "take":
		return true
	}
	for _, c := range s.Children(h) {
		switch s.Tokens[c].Dep {
		case "csubj", "ccomp", "xcomp":
			if s.Tokens[h].UPOS == "ADJ" || s.Tokens[h].UPOS == "NOUN" {
				return true
			}
		}
	}
	return false
}

// thingPredicate reports "it" as the subject of a copula whose predicate
// is a common noun that names no organisation ("It is Arkwell's largest
// mine", "It was the worst storm in a decade"): "it" is that kind of thing.
func thingPredicate(s *nlp.Sentence, i int) bool {
	t := s.Tokens[i]
	h := t.Head
	if h < 0 || !strings.HasPrefix(t.Dep, "nsubj") || s.Tokens[h].UPOS != "NOUN" && s.Tokens[h].UPOS != "PRON" {
		return false
	}
	cop, modified := false, false
	for _, c := range s.Children(h) {
		switch s.Tokens[c].Dep {
		case "cop":
			cop = true
		case "det", "amod", "nmod:poss":
			modified = true // "the region's largest mine", which the tagger may read as a pronoun
		}
	}
	lw := strings.ToLower(s.Tokens[h].Text)
	return cop && (s.Tokens[h].UPOS == "NOUN" || modified) && !orgNoun(lw) && !groupNouns[lw] && !serviceNouns[lw]
}

// pluralFree reports whether no plural noun stands as a subject between
// candidate a and pronoun p, which would be what "they" refers to.
func (r *resolver) pluralFree(p *mention, a candidate) bool {
	return !r.anyBetween(p, a, func(_, _ int, t nlp.Token) bool {
		return (t.XPOS == "NNS" || t.XPOS == "NNPS") && strings.HasPrefix(t.Dep, "nsubj")
	})
}

// anyBetween reports whether found holds for a token between the mention
// of candidate a and pronoun p (token i of sentence sent).
func (r *resolver) anyBetween(p *mention, a candidate, found func(sent, i int, t nlp.Token) bool) bool {
	am := &r.mentions[a.mi]
	for si := am.sent; si <= p.sent; si++ {
		toks := r.docs[p.doc].Sentences[si].Tokens
		from, to := 0, len(toks)
		if si == am.sent {
			from = am.end
		}
		if si == p.sent {
			to = p.start
		}
		for i := from; i < to && i < len(toks); i++ {
			if found(si, i, toks[i]) {
				return true
			}
		}
	}
	return false
}

// personNouns are common nouns for an unnamed person a "he" or "she" may
// stand for ("a man", "the driver", "a 19-year-old").
var personNouns = set("man", "woman", "boy", "girl", "teenager", "teen", "youth", "child", "person",
	"driver", "suspect", "victim", "resident", "passenger", "pedestrian", "motorist", "cyclist", "worker",
	"student", "patient", "farmer", "pilot", "mother", "father", "son", "daughter", "husband", "wife",
	"gunman", "attacker", "survivor", "witness", "neighbour", "neighbor", "owner", "customer", "tourist")

// personFree reports whether no unnamed person is the subject of a clause
// between candidate a and the pronoun p ("Craig Dunmore ... A 19-year-old
// man was questioned, but he was released": the man).
func (r *resolver) personFree(p *mention, a candidate) bool {
	return !r.anyBetween(p, a, func(si, i int, t nlp.Token) bool {
		lw := strings.ToLower(t.Text)
		return t.UPOS == "NOUN" && strings.HasPrefix(t.Dep, "nsubj") && (t.Ent == "" || t.Ent == "O") && !isTitle(t.Text) &&
			(personNouns[lw] || strings.HasSuffix(lw, "-year-old")) && !r.sameAs(p.doc, si, i, a.cluster)
	})
}

// singularFree reports whether nothing but candidate a stands for what
// "it" (pronoun p) refers to: no singular common noun is the subject of a
// clause between them, and when a is no subject, its sentence's subject
// is no such noun either ("The bill still needs the approval of the
// Senate. The minister said it would protect tenants": the bill).
func (r *resolver) singularFree(p *mention, a candidate) bool {
	am := &r.mentions[a.mi]
	thing := func(t nlp.Token) bool {
		return t.UPOS == "NOUN" && t.XPOS == "NN" && (t.Ent == "" || t.Ent == "O") && strings.HasPrefix(t.Dep, "nsubj") &&
			!isTitle(t.Text) && !lexicon.TimeWord(t.Text)
	}
	if r.anyBetween(p, a, func(si, i int, t nlp.Token) bool {
		return thing(t) && !r.sameAs(p.doc, si, i, a.cluster) && !r.underSubject(si, p.doc, i, a.cluster)
	}) {
		return false
	}
	if !a.subject {
		s := &r.docs[am.doc].Sentences[am.sent]
		for i, t := range s.Tokens {
			// the subject of the root, or a noun root the parse left
			// without a verb ("The bill, which ..., still needs ...")
			main := (thing(t) && t.Head >= 0 && s.Tokens[t.Head].Dep == "root") ||
				(t.Dep == "root" && t.UPOS == "NOUN" && t.XPOS == "NN" && (t.Ent == "" || t.Ent == "O"))
			if main && i < am.start && !r.sameAs(am.doc, am.sent, i, a.cluster) && !dominates(s, i, headOf(s, am)) {
				// ("A new version of iTunes was announced. It ...": the
				// noun whose phrase holds the candidate is the candidate's)
				return false
			}
		}
	}
	return true
}

// underSubject reports whether token i of sentence si lies in a clause
// below a verb whose subject is a mention of cluster c: "Kestrel said it
// had not determined whether patient data had been stolen. It denied
// ...": the data are what Kestrel speaks of, not the topic that "It"
// continues.
func (r *resolver) underSubject(si, doc, i, c int) bool {
	s := &r.docs[doc].Sentences[si]
	k := s.Tokens[i].Head
	for d := 0; k >= 0 && d < len(s.Tokens); d++ {
		for _, ch := range s.Children(k) {
			if ch != i && strings.HasPrefix(s.Tokens[ch].Dep, "nsubj") && r.sameAs(doc, si, ch, c) {
				return true
			}
		}
		k = s.Tokens[k].Head
	}
	return false
}

// dominates reports whether token k lies in the noun phrase of token i:
// i is reached from k through modifiers of nouns only ("a new version of
// iTunes"), not through a clause.
func dominates(s *nlp.Sentence, i, k int) bool {
	for d := 0; k >= 0 && k < len(s.Tokens) && d < len(s.Tokens); d++ {
		if k == i {
			return true
		}
		switch s.Tokens[k].Dep {
		case "nmod", "compound", "flat", "appos", "nmod:poss", "conj", "amod":
		default:
			return false
		}
		k = s.Tokens[k].Head
	}
	return false
}

// sameAs reports whether token tok of a sentence is a mention bound to
// cluster c ("the company" already bound to the company).
func (r *resolver) sameAs(doc, sent, tok, c int) bool {
	cl := r.clusterAtToken(doc, sent, tok)
	return cl >= 0 && r.root(cl) == c
}

// headOf returns the token of a mention whose head lies outside it.
// governingSubject reports whether mention a is the subject of a verb of
// p's sentence whose clause holds p (p hangs below that verb).
func governingSubject(s *nlp.Sentence, a, p *mention) bool {
	if a.doc != p.doc || a.sent != p.sent {
		return false
	}
	h := headOf(s, a)
	if !strings.HasPrefix(s.Tokens[h].Dep, "nsubj") {
		return false
	}
	v := s.Tokens[h].Head
	if v < 0 {
		return false
	}
	for j, n := p.start, 0; j >= 0 && n <= len(s.Tokens); j, n = s.Tokens[j].Head, n+1 {
		if j == v {
			return true
		}
		if j >= a.start && j < a.end {
			return false
		}
	}
	return false
}

func headOf(s *nlp.Sentence, m *mention) int {
	for k := m.start; k < m.end; k++ {
		if h := s.Tokens[k].Head; h < m.start || h >= m.end {
			return k
		}
	}
	return m.start
}

// sameClause reports whether antecedent a and pronoun p (same sentence) are
// arguments of one predicate, which a non-possessive pronoun never
// corefers with ("Carter persuaded him").
func (r *resolver) sameClause(s *nlp.Sentence, a, p *mention) bool {
	pt := s.Tokens[p.start]
	if pt.Dep == "nmod:poss" || pt.XPOS == "PRP$" {
		return false
	}
	ah := headOf(s, a)
	at := s.Tokens[ah]
	if at.Head == pt.Head && pt.Head >= 0 {
		return true
	}
	// "X's lawyer told him": the possessor of an argument of the same verb.
	if at.Dep == "nmod:poss" && at.Head >= 0 && s.Tokens[at.Head].Head == pt.Head {
		return true
	}
	return false
}

// conjoined reports whether mention a and pronoun p are conjuncts ("he
// and Kushner"), which are never one entity.
func conjoined(s *nlp.Sentence, a, p *mention) bool {
	ah := headOf(s, a)
	at, pt := s.Tokens[ah], s.Tokens[p.start]
	return (at.Dep == "conj" && at.Head == p.start) || (pt.Dep == "conj" && pt.Head == ah) ||
		(at.Dep == "conj" && pt.Dep == "conj" && at.Head == pt.Head)
}

// nameHasWord reports whether a name has the word w (lower case).
func nameHasWord(name, w string) bool {
	if isASCII(name) {
		// the same without the lower-case copy and its words
		for f := range asciiFields(name) {
			if lowerIs(f, w) {
				return true
			}
		}
		return false
	}
	for _, x := range strings.Fields(strings.ToLower(name)) {
		if x == w {
			return true
		}
	}
	return false
}

// isSubject reports whether a mention is the subject of its clause.
func (r *resolver) isSubject(m *mention) bool {
	s := &r.docs[m.doc].Sentences[m.sent]
	h := headOf(s, m)
	if s.Tokens[h].Dep == "conj" && s.Tokens[h].Head >= 0 {
		// "Brennock Motors and Velmora Cars reported ...": both are
		// the subject, so neither is the only one
		h = s.Tokens[h].Head
	}
	if s.Tokens[h].Dep == "appos" && s.Tokens[h].Head >= 0 {
		// "The interior minister, Petra Lunde, called ...": the name in
		// apposition to the subject is the subject too
		h = s.Tokens[h].Head
	}
	return strings.HasPrefix(s.Tokens[h].Dep, "nsubj")
}

// speakerOf returns the cluster of the speaker a sentence names: the
// subject of a speech verb outside quotes, when the sentence quotes
// someone; -1 otherwise.
func (r *resolver) speakerOf(doc, sent int) int {
	s := &r.docs[doc].Sentences[sent]
	if !hasQuote(s) {
		return -1
	}
	inQuote := quoteMask(s)
	for i, t := range s.Tokens {
		if inQuote[i] || !speechVerb(t.Lemma) {
			continue
		}
		for _, c := range s.Children(i) {
			if !strings.HasPrefix(s.Tokens[c].Dep, "nsubj") {
				continue
			}
			if cl := r.clusterAtToken(doc, sent, c); cl >= 0 && r.clusterType(cl) == "PERSON" {
				return cl
			}
		}
	}
	return -1
}

// unnamedReporter reports whether the clause of token k is reported by a
// verb of saying whose subject is a noun for a person that no name stands
// for ("The mayor said she had not been told ...", "a spokeswoman said she
// could not comment", "a former manager who said she had been told"): the
// pronoun is that person, not a name before.
func (r *resolver) unnamedReporter(doc, sent, k int) bool {
	s := &r.docs[doc].Sentences[sent]
	v := s.Tokens[k].Head
	for d := 0; d < 4 && v >= 0 && v < len(s.Tokens) && s.Tokens[v].UPOS != "VERB" && s.Tokens[v].UPOS != "ADJ"; d++ {
		v = s.Tokens[v].Head
	}
	if v < 0 || v >= len(s.Tokens) || strings.SplitN(s.Tokens[v].Dep, ":", 2)[0] != "ccomp" {
		return false
	}
	g := s.Tokens[v].Head
	if g < 0 || g >= len(s.Tokens) || !speechVerb(s.Tokens[g].Lemma) {
		return false
	}
	for _, c := range s.Children(g) {
		t := s.Tokens[c]
		if t.Dep != "nsubj" {
			continue
		}
		if n := s.Tokens[g].Head; t.XPOS == "WP" && s.Tokens[g].Dep == "acl:relcl" && n >= 0 && n < len(s.Tokens) {
			// "a former finance manager who said she had been told":
			// the relative's noun says it
			c, t = n, s.Tokens[n]
		}
		w := strings.ToLower(t.Text)
		if t.UPOS != "NOUN" || r.clusterAtToken(doc, sent, c) >= 0 || !(isTitle(w) || lexicon.Title(w, lexicon.Occupation) || personNouns[w] || quotedPersonNouns[w] || rolePersonNouns[w]) {
			return false
		}
		for _, a := range s.Children(c) {
			if s.Tokens[a].Dep != "nmod:poss" && r.clusterAtToken(doc, sent, a) >= 0 {
				return false // "The mayor, Ida Renn, said": named after all ("her predecessor" is not)
			}
		}
		return true
	}
	return false
}

// unnamedPersonBetween reports a noun for a person that no name stands
// for between candidate a and pronoun p, in any function ("with respect to
// the trial judge, we consider he has reached the wrong conclusion": the
// judge).
func (r *resolver) unnamedPersonBetween(p *mention, a candidate) bool {
	return r.anyBetween(p, a, func(si, i int, t nlp.Token) bool {
		lw := strings.ToLower(t.Text)
		if t.UPOS != "NOUN" || (t.Ent != "" && t.Ent != "O") || r.clusterAtToken(p.doc, si, i) >= 0 {
			return false
		}
		return personNouns[lw] || quotedPersonNouns[lw] || isTitle(t.Text) || strings.HasSuffix(lw, "-year-old")
	})
}

// quotedPersonNouns are more nouns for an unnamed person a speaker may
// mean by "he" or "she".
var quotedPersonNouns = set("defendant", "accused", "plaintiff", "claimant", "official", "spokesman",
	"spokeswoman", "spokesperson", "artist", "player", "writer", "singer", "leader", "member", "brother",
	"sister", "friend", "colleague", "partner", "boss", "manager", "coach", "officer", "doctor", "nurse",
	"teacher", "lawyer", "judge", "minister", "candidate", "winner", "author", "founder", "employee")

// rolePersonNouns name a person by a role toward another ("her defeated
// predecessor said he would not contest the result").
// (personNouns and quotedPersonNouns hold the kin and the colleagues.)
var rolePersonNouns = set("predecessor", "successor", "rival", "opponent", "challenger", "incumbent", "counterpart",
	"deputy", "aide", "adviser", "advisor", "assistant", "widow")

// quotedPersonPronouns are the pronouns by which a speaker speaks of a
// third person.
var quotedPersonPronouns = set("he", "him", "his", "she", "her")

// quoteSpeaker returns the cluster of the person who speaks the quote
// holding pronoun p (the subject of the verb of saying outside the quote
// in its sentence, else the speaker of the sentence before), or -1 when
// none is known; ok is false when the speaker is a pronoun or a
// description itself ("..., he said"), whose referent is as likely the
// pronoun's.
func (r *resolver) quoteSpeaker(p *mention, lastSpeaker, speakerSent int) (int, bool) {
	s := &r.docs[p.doc].Sentences[p.sent]
	inQuote := quoteMask(s)
	for i, t := range s.Tokens {
		if inQuote[i] || !speechVerb(t.Lemma) {
			continue
		}
		for _, c := range s.Children(i) {
			if !strings.HasPrefix(s.Tokens[c].Dep, "nsubj") {
				continue
			}
			if cl := r.clusterAtToken(p.doc, p.sent, c); cl >= 0 && r.clusterType(cl) == "PERSON" {
				return r.root(cl), true
			}
			return -1, false
		}
	}
	if lastSpeaker >= 0 && p.sent-speakerSent <= 1 {
		return r.root(lastSpeaker), true
	}
	return -1, false
}

// sayingOrg returns the cluster of the organisation that is the subject of
// the speech verb above token tok, or of the verb that speech verb is
// conjoined to, or -1.
func (r *resolver) sayingOrg(doc, sent, tok int) int {
	s := &r.docs[doc].Sentences[sent]
	for h, n := s.Tokens[tok].Head, 0; h >= 0 && n < len(s.Tokens); h, n = s.Tokens[h].Head, n+1 {
		if !speechVerb(s.Tokens[h].Lemma) {
			continue
		}
		for j := min(h, tok) + 1; j < max(h, tok); j++ {
			if r.clusterAtToken(doc, sent, j) >= 0 || s.Tokens[j].UPOS == "PROPN" || s.Tokens[j].UPOS == "NOUN" && (s.Tokens[j].Dep == "nsubj" || s.Tokens[j].Dep == "nsubj:pass") {
				// "said NightHarbor had attacked nine hospitals, and
				// that it ...", "said its members had rejected an
				// offer because it ...": a name or a subject between
				// is as good a guess
				return -1
			}
		}
		for v, k := h, 0; v >= 0 && k < 2; v, k = s.Tokens[v].Head, k+1 {
			for _, c := range s.Children(v) {
				if s.Tokens[c].Dep != "nsubj" || c == tok {
					continue
				}
				at := []int{c}
				for _, a := range s.Children(c) {
					if s.Tokens[a].Dep == "appos" {
						at = append(at, a) // "A smaller party, the Green Alliance,"
					}
				}
				for _, a := range at {
					if cl := r.clusterAtToken(doc, sent, a); cl >= 0 && r.clusterType(cl) == "ORG" {
						return cl
					}
				}
				return -1
			}
			if s.Tokens[v].Dep != "conj" {
				break
			}
		}
		return -1
	}
	return -1
}

// spokesOrg returns the cluster of the organisation that the subject of
// the speech verb above token tok speaks for, when that subject is a
// spokesman's phrase naming one ("A spokesman for the agency, Jonas Eld,
// said it ..."), or -1 with ok when the spokesman speaks for one the
// text does not name; ok is false when the subject is no spokesman's.
func (r *resolver) spokesOrg(doc, sent, tok int) (c int, ok bool) {
	s := &r.docs[doc].Sentences[sent]
	for h, n := s.Tokens[tok].Head, 0; h >= 0 && n < len(s.Tokens); h, n = s.Tokens[h].Head, n+1 {
		if !speechVerb(s.Tokens[h].Lemma) {
			continue
		}
		for _, c := range s.Children(h) {
			if !strings.HasPrefix(s.Tokens[c].Dep, "nsubj") || c == tok || dominates(s, c, tok) {
				continue
			}
			spokes, org, of := false, -1, false
			for j := range s.Tokens {
				if t := s.Tokens[j]; t.Dep == "case" && t.Head >= 0 && (t.Head == c || dominates(s, c, t.Head)) {
					// "for the regulator": a body spoken for
					if w := strings.ToLower(t.Text); w == "for" || w == "of" {
						of = true
					}
				}
				if j != c && !dominates(s, c, j) {
					continue
				}
				switch strings.ToLower(s.Tokens[j].Lemma) {
				case "spokesman", "spokeswoman", "spokesperson":
					spokes = true
				}
				if cl := r.clusterAtToken(doc, sent, j); cl >= 0 && org < 0 && r.clusterType(cl) == "ORG" {
					org = cl
				}
			}
			return org, spokes && (org >= 0 || of)
		}
		return -1, false
	}
	return -1, false
}

// clusterAtToken returns the cluster of the mention covering a token, or
// -1. Mentions are sorted by position, so the search is over one sentence's.
func (r *resolver) clusterAtToken(doc, sent, tok int) int {
	lo, hi := 0, len(r.mentions)
	for lo < hi {
		mid := (lo + hi) / 2
		m := &r.mentions[mid]
		if m.doc < doc || (m.doc == doc && m.sent < sent) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	for k := lo; k < len(r.mentions); k++ {
		m := &r.mentions[k]
		if m.doc != doc || m.sent != sent {
			break
		}
		if tok >= m.start && tok < m.end && m.cluster >= 0 {
			return r.root(m.cluster)
		}
	}
	return -1
}

// clusterSexes returns the sex of each person cluster known from its given
// names and titles; clusters with conflicting evidence are Unknown.
func (r *resolver) clusterSexes() map[int]gazetteer.Sex {
	out := map[int]gazetteer.Sex{}
	conflict := map[int]bool{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.typ != "PERSON" || m.pronoun || m.cluster < 0 || m.sex == gazetteer.Unknown {
			continue
		}
		c := r.root(m.cluster)
		if old, ok := out[c]; ok && old != m.sex {
			conflict[c] = true
		}
		out[c] = m.sex
	}
	for c := range conflict {
		out[c] = gazetteer.Unknown
	}
	return out
}

// clusterHasRole reports whether a mention of cluster c carried title
// word, or the words of a title phrase in a row ("prime minister",
// "ceo" for "chief executive").
func (r *resolver) clusterHasRole(c int, title string) bool {
	want := strings.Fields(title)
	for _, mi := range r.clusters[c] {
		for _, keys := range r.roleKeys(mi) {
			for i := 0; i+len(want) <= len(keys); i++ {
				if slices.Equal(keys[i:i+len(want)], want) && (i == 0 || !lesserTitle[keys[i-1]] || lesserTitle[want[0]]) {
					// ("Deputy Governor Paavo Lindqvist" is no "the
					// governor")
					return true
				}
			}
		}
	}
	return false
}

// roleKey holds the words of a mention's role that clusterHasRole
// compares: canonicalWords and titlePhraseKey's, worked out once per
// role a mention has.
type roleKey struct {
	role string
	set  bool
	keys [2][]string
}

// roleKeys returns the canonical words of mention mi's role and those of
// its title phrase key.
func (r *resolver) roleKeys(mi int) *[2][]string {
	if len(r.roleMemo) < len(r.mentions) {
		r.roleMemo = append(r.roleMemo, make([]roleKey, len(r.mentions)-len(r.roleMemo))...)
	}
	k := &r.roleMemo[mi]
	role := r.mentions[mi].role
	if !k.set || k.role != role {
		ws := strings.FieldsFunc(role, func(r rune) bool { return r == ' ' || r == ',' })
		*k = roleKey{role: role, set: true, keys: [2][]string{canonicalWords(ws), strings.Fields(titlePhraseKey(ws))}}
	}
	return &k.keys
}

// twoHeaded reports two candidates whose names the noun lw heads and
// neither of which is the other's shorter name ("the union": "Aldorian
// Locomotive Drivers' Union", "Aldorian Rail Workers' Union"; not "iTunes
// Store" beside "iTunes Music Store", its old name).
func (r *resolver) twoHeaded(cands []candidate, lw string) bool {
	var heads []int
	for _, a := range cands {
		if !nameHeadIs(r.clusterName(a.cluster), lw) || containsInt(heads, a.cluster) {
			continue
		}
		for _, o := range heads {
			if !r.namesWithin(o, a.cluster) {
				return true
			}
		}
		heads = append(heads, a.cluster)
	}
	return false
}

// namesWithin reports whether a name of cluster a and one of cluster b
// are one the other's shorter form (wordsWithin).
func (r *resolver) namesWithin(a, b int) bool {
	names := func(c int) []string {
		var out []string
		for _, mi := range r.clusters[c] {
			if m := &r.mentions[mi]; !m.pronoun && !slices.Contains(out, m.name) {
				out = append(out, m.name)
			}
		}
		return out
	}
	nb := names(b)
	for _, x := range names(a) {
		for _, y := range nb {
			if wordsWithin(x, y) {
				return true
			}
		}
	}
	return false
}

// wordsWithin reports whether the words of one name are all among the
// other's ("iTunes Store", "iTunes Music Store").
func wordsWithin(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
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

// lesserTitle are the words before a title that make another office of
// it: a deputy governor is not the governor.
var lesserTitle = set("deputy", "vice", "former", "ex", "assistant", "associate", "lieutenant", "junior", "shadow", "under")

// canonicalWords returns the canonical title of each word.
func canonicalWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = canonicalTitle(w)
	}
	return out
}

// titlePhraseEnd returns the end of a title of two words or more in lower
// case that starts at token i ("chief executive", "prime minister",
// "finance minister", "chief medical officer"): a title or portfolio word
// and others, ending in an office or role noun, followed by no noun or
// name that it would modify ("the chief executive officer", "the prime
// minister's coalition", not "the chief executive of Halvard", which says
// whose). It returns i when there is none.
func titlePhraseEnd(s *nlp.Sentence, i int) int {
	toks := s.Tokens
	if !isTitle(toks[i].Text) && !portfolioWords[toks[i].Text] {
		return i
	}
	k := i
	for k < len(toks) && k-i < 4 && toks[k].Text == strings.ToLower(toks[k].Text) &&
		(toks[k].UPOS == "NOUN" || toks[k].UPOS == "ADJ" || toks[k].UPOS == "PROPN") {
		k++ // "chief medical officer": any word between, the role must hold them all
	}
	for k > i && !lexicon.Title(toks[k-1].Text, lexicon.Office, lexicon.Role) {
		k--
	}
	if k-i < 2 {
		return i
	}
	if k < len(toks) {
		n := toks[k]
		switch {
		case n.UPOS == "NOUN" || n.UPOS == "PROPN" || isNamePart(n.Text, n.UPOS):
			return i
		case strings.EqualFold(n.Text, "of") || strings.EqualFold(n.Text, "at"):
			return i // "the chief executive of Halvard": says whose
		case namedInPlace(s, k-1):
			return i // "the finance minister, Ivo Brandt,": named in place
		}
	}
	return k
}

// titlePhrases are the titles of several words that news also writes as
// initials.
var titlePhrases = []struct{ long, short string }{
	{"chief executive officer", "ceo"}, {"chief executive", "ceo"}, {"chief financial officer", "cfo"},
	{"chief operating officer", "coo"}, {"chief technology officer", "cto"},
}

// titlePhraseKey returns the words of a title, canonical and in lower
// case, with a title of several words that has initials written as them
// ("chief executive" → "ceo").
func titlePhraseKey(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = canonicalTitle(w)
	}
	k := " " + strings.Join(out, " ") + " "
	for _, p := range titlePhrases {
		k = strings.ReplaceAll(k, " "+p.long+" ", " "+p.short+" ")
	}
	return strings.TrimSpace(k)
}

// collectHeadReferences adds, as references for coreference, lower-case
// nouns that head a multi-word organisation name named earlier in the same
// document ("coalition leaders", "the commission" after "Coalition of the
// Willing", "European Commission"), when exactly one organisation of the
// document has that word first or last. They bind to that organisation
// only in that document and never become aliases: a common noun is not a
// name.
func (r *resolver) collectHeadReferences() {
	for di := range r.docs {
		heads := map[string][]string{}
		for si := range r.docs[di].Sentences {
			toks := r.docs[di].Sentences[si].Tokens
			for i := range toks {
				t := toks[i]
				if t.UPOS != "NOUN" || t.Text != strings.ToLower(t.Text) || r.covered(di, si, i) {
					continue
				}
				ks := heads[t.Text]
				if len(ks) != 1 {
					continue
				}
				definite := i > 0 && strings.EqualFold(toks[i-1].Text, "the")
				if !definite && t.Dep != "compound" {
					continue
				}
				r.add(mention{doc: di, sent: si, start: i, end: i + 1, fullStart: i, surface: t.Text,
					name: t.Text, typ: "ORG", pronoun: true, desc: "key:" + ks[0], cluster: -1})
			}
			for _, k := range r.inSentence(di, si) {
				m := &r.mentions[k]
				if m.dropped || m.typ != "ORG" || m.pronoun || !strings.Contains(m.name, " ") {
					continue
				}
				ws := strings.Fields(strings.ToLower(m.name))
				for _, w := range []string{ws[0], ws[len(ws)-1]} {
					if !contains(heads[w], m.key) {
						heads[w] = append(heads[w], m.key)
					}
				}
			}
		}
	}
}

// councilSettlements are the words that, between a place's name and a
// council's, say what the place is: "Brenmouth City Council" is the
// council of the city of Brenmouth.
var councilSettlements = set("city", "town", "village")

// collectCouncilPlaces adds, for an organisation named "<Name> City
// Council" or "<Name> Town Hall" whose place the document does not name
// on its own, the place as a mention of its own, so that "the city" and
// "the city's libraries" have the town to stand for. The organisation
// keeps its words in the facts.
func (r *resolver) collectCouncilPlaces() {
	for di := range r.docs {
		for si := range r.docs[di].Sentences {
			toks := r.docs[di].Sentences[si].Tokens
			for _, k := range r.inSentence(di, si) {
				m := r.mentions[k]
				if m.dropped || m.pronoun || m.typ != "ORG" || m.end-m.start < 3 || m.end-m.start > 5 {
					continue
				}
				last, kind := strings.ToLower(toks[m.end-1].Text), strings.ToLower(toks[m.end-2].Text)
				if last != "council" && last != "hall" || !councilSettlements[kind] || !isCapitalised(toks[m.end-2].Text) {
					continue
				}
				ok := true
				for i := m.start; i < m.end-2; i++ {
					if toks[i].UPOS != "PROPN" || !isCapitalised(toks[i].Text) || isTitle(toks[i].Text) {
						ok = false
					}
				}
				if !ok {
					continue
				}
				s := &r.docs[di].Sentences[si]
				name := s.SpanText(m.start, m.end-2)
				if _, _, known := gazetteer.Lookup(name); known {
					continue // a place the gazetteer knows is named by it elsewhere
				}
				r.add(mention{doc: di, sent: si, start: m.start, end: m.end - 2, fullStart: m.start,
					surface: name, name: name, typ: "LOC", key: "loc:" + normKey(name), cluster: -1, council: true})
			}
		}
	}
}

// settlementNouns describe a town or city named before: "the town".
var settlementNouns = set("town", "city", "village")

// placeKinds are the first words of places' names that say what they are
// ("River Maddle", "Lake Orm", "Mount Kell").
var placeKinds = set("river", "lake", "mount", "island", "bay", "port")

// placeFits reports whether description noun lw can stand for place
// cluster c: the noun heads its name ("the bridge": Sallow Bridge), is
// the kind word it begins with ("the river": River Maddle), or is a
// settlement noun and c is no country or region the gazetteer knows
// (only a capital it knows as a city) and no street, river or building.
func (r *resolver) placeFits(c int, lw string) bool {
	name := r.clusterName(c)
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	if len(ws) > 1 && (sitePlace(lw) && nameHeadIs(name, lw) || placeKinds[lw] && ws[0] == lw) {
		return true // a kind of place, not any noun: "the selin" is no Port Selin
	}
	if !settlementNouns[lw] || len(ws) > 3 || !r.placeKeyed(c) && r.clusterType(c) != "GPE" {
		return false
	}
	if _, k, ok := gazetteer.Lookup(name); ok && k != gazetteer.Capital {
		return false // "the city" is no country
	}
	return !sitePlace(ws[len(ws)-1]) && !placeKinds[ws[0]]
}

// placeKeyed reports whether cluster c's first named mention is a
// place's, or any is one the document names a council by ("Brenmouth
// council passes budget", then "Brenmouth City Council").
func (r *resolver) placeKeyed(c int) bool {
	first := true
	for _, mi := range r.clusters[c] {
		m := &r.mentions[mi]
		if m.pronoun {
			continue
		}
		if m.council || strings.HasPrefix(m.key, "loc:") && first {
			return true
		}
		first = false
	}
	return false
}

// sitePlace reports the last word of a place's name that makes it a site
// in a town rather than a town: "Mill Street", "Sallow Bridge".
func sitePlace(w string) bool {
	switch w {
	case "street", "road", "row", "avenue", "lane", "square", "bridge", "park", "river", "gauge", "station",
		"airport", "harbour", "harbor", "hall", "centre", "center", "school", "hospital", "church", "stadium", "valley",
		"mountains", "hills", "sea", "ocean", "coast", "island", "islands", "highway", "motorway", "freeway",
		"expressway", "bypass", "creek", "lake", "estate", "quarry", "mine", "dam", "tunnel", "canal", "reservoir", "forest":
		return true
	}
	return false
}

// onlyPlace returns the one place named so far in the document (recent)
// that description noun lw fits, or -1 when there is none or several.
func (r *resolver) onlyPlace(recent []candidate, lw string) int {
	return r.onlyCluster(recent, func(c int) bool {
		t := r.clusterType(c)
		return (t == "LOC" || t == "GPE" || settlementNouns[lw] && r.councilPlace(c)) && r.placeFits(c, lw)
	})
}

// councilPlace reports whether cluster c holds the place a council is
// named by ("Brenmouth" of "Brenmouth City Council").
func (r *resolver) councilPlace(c int) bool {
	for _, mi := range r.clusters[c] {
		if r.mentions[mi].council {
			return true
		}
	}
	return false
}

// onlyOrg returns the one organisation named so far in the document
// (recent) whose name fits ("the agency": the one public body; "the
// federation": the one whose name that word heads), or -1 when there is
// none or several.
func (r *resolver) onlyOrg(recent []candidate, fits func(name string) bool) int {
	return r.only(recent, "ORG", fits)
}

// companyNoun reports a noun that calls a company by its trade, whatever
// word before it says of the trade ("the port operator", "the budget
// airline"): no public body, party, union or group, and not "business",
// which is as often a trade as a firm ("the music business").
func companyNoun(lw string) bool {
	switch lw {
	case "business", "group", "organisation", "organization", "agency", "party", "union", "regulator",
		"exchange", "utility", "chain", "giant", "startup", "bank":
		return false
	}
	return orgNoun(lw)
}

// anyOrg reports whether an organisation named so far in the document
// (recent) has a name that fits.
func (r *resolver) anyOrg(recent []candidate, fits func(name string) bool) bool {
	for _, a := range recent {
		if r.clusterType(a.cluster) == "ORG" && fits(r.clusterName(a.cluster)) {
			return true
		}
	}
	return false
}

// only returns the one entity of type typ named so far in the document
// (recent) whose name fits, or -1 when there is none or several.
func (r *resolver) only(recent []candidate, typ string, fits func(name string) bool) int {
	return r.onlyCluster(recent, func(c int) bool { return r.clusterType(c) == typ && fits(r.clusterName(c)) })
}

// onlyCluster returns the one cluster named so far in the document
// (recent) that fits, or -1 when there is none or several.
func (r *resolver) onlyCluster(recent []candidate, fits func(c int) bool) int {
	found := -1
	var unfit []int // clusters that did not fit: fits answers a cluster the same every time
	for _, a := range recent {
		if r.mentions[a.mi].pronoun || a.cluster == found || containsInt(unfit, a.cluster) {
			continue
		}
		if !fits(a.cluster) {
			unfit = append(unfit, a.cluster)
			continue
		}
		if found >= 0 {
			return -1
		}
		found = a.cluster
	}
	return found
}

// dominantOrg returns the organisation a document is about as far as it
// has been read (recent holds its mentions so far): named at least twice,
// and twice as often as any other organisation; -1 when there is none.
func (r *resolver) dominantOrg(recent []candidate) int {
	count := map[int]int{}
	for _, a := range recent {
		if !r.mentions[a.mi].pronoun && r.clusterType(a.cluster) == "ORG" {
			count[a.cluster]++
		}
	}
	return dominant(count, slices.Sorted(maps.Keys(count)))
}

// onlyCountry returns the one country document p.doc has named so far
// (recent), or -1 when it has named none or several. A country is a place
// the gazetteer knows as one, or one the text gives a government noun
// ("Ardena's foreign ministry"); a country named only by its demonym
// ("the Norwegian regulator") counts as one too, so that it is not passed
// over for the one named by its name.
func (r *resolver) onlyCountry(p *mention, recent []candidate) int {
	found, foundName := -1, ""
	for _, a := range recent {
		if r.mentions[a.mi].pronoun || a.cluster == found || !placeType(r.clusterType(a.cluster)) || !r.country(a.cluster) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found, foundName = a.cluster, r.clusterName(a.cluster)
	}
	if found < 0 {
		return -1
	}
	own, _, _ := gazetteer.Lookup(foundName)
	for si := 0; si <= p.sent; si++ {
		for i, t := range r.docs[p.doc].Sentences[si].Tokens {
			if si == p.sent && i >= p.start {
				break
			}
			if t.UPOS != "PROPN" && t.UPOS != "ADJ" || !isCapitalised(t.Text) {
				continue
			}
			if q, k, ok := gazetteer.Lookup(t.Text); ok && q.Type == "GPE" && (k == gazetteer.Demonym || k == gazetteer.Name || k == gazetteer.Alias) && q.Name != own.Name {
				return -1 // "the Norwegian regulator": another country in reach
			}
		}
	}
	return found
}

// country reports whether place cluster c is a country the story is
// about: a mention of it owns a government noun or a public body
// ("Ardena's government", "Norway's foreign ministry", "Ardena's
// competition regulator") or has its authorities or government in or of
// it ("Authorities in Tarsova", "the government of Ardena"). A country named only in passing ("parts made
// in China") is not one whose government a bare "the government" is.
func (r *resolver) country(c int) bool {
	if _, k, ok := gazetteer.Lookup(r.clusterName(c)); ok && k == gazetteer.Capital {
		return false
	}
	for _, mi := range r.clusters[c] {
		m := &r.mentions[mi]
		if m.pronoun {
			continue
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		if b := m.start - 2; b >= 0 && (strings.EqualFold(toks[b+1].Text, "in") || strings.EqualFold(toks[b+1].Text, "of")) {
			// "Authorities in Tarsova will ration water", "the
			// government of Ardena"
			w := strings.ToLower(toks[b].Text)
			alone := m.end == len(toks) || toks[m.end].Text != "," && toks[m.end].UPOS != "CCONJ"
			if (w == "authorities" || w == "government" || (countryMeasures[w] || w == "prices" && b > 0 && strings.EqualFold(toks[b-1].Text, "consumer")) && strings.EqualFold(toks[b+1].Text, "in")) && toks[b].UPOS == "NOUN" && alone {
				return true // (not "Authorities in Veskaria and in Dornia")
			}
		}
		e := m.end
		if e >= len(toks) || toks[e].Text != "'s" && toks[e].Text != "’s" {
			continue
		}
		for k := e + 1; k < len(toks) && k <= e+3; k++ {
			w := strings.ToLower(toks[k].Text)
			if govNouns[w] && w != "border" && w != "capital" || countryBodies[w] {
				return true
			}
			if toks[k].UPOS != "NOUN" && toks[k].UPOS != "ADJ" {
				break
			}
		}
	}
	return false
}

// countryBodies are public bodies a country's possessive owns ("Ardena's
// competition regulator").
// countryMeasures are what a story measures in a country ("inflation in
// Norland", "unemployment in Tarsova"); "consumer prices" too, not house
// prices, which a city has.
var countryMeasures = set("inflation", "unemployment", "elections", "voters")

var countryBodies = set("regulator", "minister", "ministers", "authorities", "cabinet", "central", "treasury", "prime",
	"opposition", "court", "high", "supreme", "constitutional", "election", "elections", "constitution",
	"output", "exports", "imports", "gdp", "currency", "inflation")

// placeType reports an entity type of places: a country the recogniser
// does not know may be typed LOC ("Ardovia's foreign ministry").
func placeType(t string) bool { return t == "GPE" || t == "LOC" }

// dash reports a dash token, as a dateline's.
func dash(w string) bool { return w == "-" || w == "--" || w == "—" || w == "–" }
