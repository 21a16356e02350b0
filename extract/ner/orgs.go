package ner

import (
	"strings"
	"unicode"

	"github.com/storygraph/storygraph/extract/gazetteer"
)

// News names many small organisations the sentence model, trained on web
// text, has never seen: "Westsound Lines said ...", "drugmaker Nolvex
// Therapeutics", "the utility, Sierra West Power, denied ...". It leaves
// them O or takes them for people and places ("Lumen/B-PERSON
// Devices/I-PERSON", "Castlereach/B-LOC Bank/I-LOC"). The rules below, run
// by the document pass before the names are counted, tag them ORG on the
// evidence of the words they end in and of the words around them.

// tradeWords end the names of companies and other organisations but are
// not among the organisation words of [gazetteer.NameWord] ("Westsound
// Lines", "Nolvex Therapeutics", "Maritime Workers").
var tradeWords = map[string]bool{
	"Lines": true, "Appliances": true, "Therapeutics": true, "Biologics": true, "Biosciences": true, "Biotech": true,
	"Shipping": true, "Workers": true, "Medical": true, "Devices": true, "Steel": true, "Mining": true, "Metals": true,
	"Dairies": true, "Savings": true, "Electronics": true, "Motors": true, "Ferries": true, "Freight": true,
	"Haulage": true, "Construction": true, "Engineering": true, "Builders": true, "Textiles": true, "Plastics": true,
	"Breweries": true, "Brewery": true, "Distillery": true, "Fisheries": true, "Healthcare": true, "Health": true,
	"Rovers": true, "Wanderers": true, "Aerospace": true, "Semiconductor": true, "Semiconductors": true,
	"Pharmaceutical": true, "Utilities": true, "Bancorp": true, "Lending": true, "Supermarkets": true,
	"Toys": true, "Cosmetics": true, "Furniture": true, "Apparel": true, "Packaging": true,
}

// orgFinal reports whether a capitalised word ends organisations' names
// and nothing else: a trade word, or an organisation word of
// [gazetteer.NameWord] that is not also a place's or a venue's ("Court",
// "Motors") nor one that ends the names of groups of people, of plans or
// of news sections as well ("Analyst Team", "the Iranian Government",
// "Linux News", which UNER leaves untagged).
func orgFinal(w string) bool {
	if tradeWords[w] || bodyFinal(w) {
		return true
	}
	switch w {
	case "Team", "Project", "Program", "Programme", "Initiative", "Government", "Cabinet", "Band", "Front", "Network", "Networks", "News":
		return false
	}
	c := gazetteer.NameWord(w)
	return c&gazetteer.NameWordOrg != 0 && c&(gazetteer.NameWordPlace|gazetteer.NameWordVenue) == 0 && isTitle(w) && !allCapitals(w)
}

// companyWords end companies' names: a span the model typed PERSON or LOC
// that ends in one is a company's ("Castlereach/B-LOC Bank/I-LOC"), where
// a span ending in another organisation's word may be a place as the
// training text tags it ("British/B-LOC Museum/I-LOC").
var companyWords = map[string]bool{
	"Group": true, "Holdings": true, "Holding": true, "Industries": true, "Enterprises": true, "Partners": true,
	"Technologies": true, "Systems": true, "Solutions": true, "Software": true, "Labs": true, "Laboratories": true,
	"Pharmaceuticals": true, "Pharma": true, "Airlines": true, "Airways": true, "Automotive": true, "Bank": true,
	"Capital": true, "Securities": true, "Insurance": true, "Investments": true, "Ventures": true, "Consulting": true,
	"Communications": true, "Telecom": true, "Broadcasting": true, "Media": true, "Publishing": true,
	"Entertainment": true, "Energy": true, "Petroleum": true, "Chemicals": true, "Foods": true, "Brands": true,
	"Stores": true, "Logistics": true, "Railways": true, "Rail": true, "Power": true,
}

// companyFinal reports whether w ends companies' names (see companyWords).
func companyFinal(w string) bool { return companyWords[w] || tradeWords[w] || legalForm(w) }

// orgNouns are common nouns for a kind of organisation, which name it
// when a name follows them ("drugmaker Nolvex Therapeutics", "the ferry
// operator Tidewell Lines") or stands in apposition to them ("the
// utility, Sierra West Power,").
var orgNouns = map[string]bool{
	"company": true, "firm": true, "group": true, "operator": true, "carrier": true, "airline": true,
	"maker": true, "drugmaker": true, "automaker": true, "carmaker": true, "chipmaker": true, "insurer": true,
	"lender": true, "bank": true, "retailer": true, "supermarket": true, "chain": true, "utility": true,
	"union": true, "club": true, "charity": true, "broadcaster": true, "publisher": true, "newspaper": true,
	"developer": true, "startup": true, "start-up": true, "manufacturer": true, "supplier": true,
	"producer": true, "conglomerate": true, "consultancy": true, "agency": true, "regulator": true,
	"watchdog": true, "organisation": true, "organization": true, "association": true, "federation": true,
	"distributor": true, "exporter": true, "brewer": true, "miner": true, "subsidiary": true, "outlet": true,
	"grocer": true, "shipper": true, "railway": true, "telecom": true, "provider": true,
}

// determiner reports a word that opens a noun phrase naming a kind of
// organisation ("the utility", "its subsidiary").
func determiner(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "that":
		return true
	}
	return false
}

// verbAfter reports whether the word at e is a finite verb or a modal
// ("Westsound Lines said", "Harbridge Rovers have been bought"): the name
// before it is the subject, something that acts. Without Penn tags a few
// verbs of news are known by their form.
func verbAfter(ws, xp []string, e int) bool {
	if e >= len(ws) {
		return false
	}
	if e < len(xp) && xp[e] != "" {
		switch xp[e] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		return false
	}
	switch ws[e] {
	case "said", "says", "has", "have", "had", "is", "was", "were", "are", "will", "would", "announced", "denied":
		return true
	}
	return false
}

// runEnd returns the end of the run of capitalised words starting at j.
func runEnd(ws []string, j int) int {
	end := j + 1
	for end < len(ws) && isTitle(ws[end]) {
		end++
	}
	return end
}

// capitalRuns counts, over a document, the runs of capitalised words (as
// joined by spaces) and, apart, the capitalised words that stand alone
// between words that are not: the evidence that a name's first word is used
// as its short name ("Westsound has suspended the service" after
// "Westsound Lines"). A sentence's first word counts only when the word
// after it is not capitalised.
func capitalRuns(words [][]string) (runs, single map[string]int) {
	runs, single = map[string]int{}, map[string]int{}
	for _, ws := range words {
		for j := 0; j < len(ws); {
			if !isTitle(ws[j]) {
				j++
				continue
			}
			end := runEnd(ws, j)
			switch {
			case end-j == 1:
				single[ws[j]]++
			case orgFinal(ws[end-1]): // only these are looked up
				runs[strings.Join(ws[j:end], " ")]++
			}
			j = end
		}
	}
	return runs, single
}

// sentenceOpener reports whether a sentence's capitalised first word is a
// word that opens sentences rather than a name's first word ("The", "A",
// "Its"): a determiner, or a word the training text writes in lower case
// or capitalises only at the start of sentences.
func (m *Model) sentenceOpener(w string) bool {
	if determiner(w) {
		return true
	}
	switch m.lexClass(w) {
	case lexLower, lexMostLow, lexInitOnly:
		return true
	}
	return false
}

// orgRuns tags ORG, in one sentence (tags changed in place), the names that
// end in a word that ends organisations' names ([orgFinal]: "Lines",
// "Bank", "Therapeutics", "Federation") and are no person's or place's:
//
//   - a run of two or more capitalised words the model left O, when the
//     document gives evidence that it names something: a finite verb
//     follows it ("Westsound Lines said"), "by" precedes it ("operated by
//     Westsound Lines"), the document repeats it or uses its first word
//     alone ("Westsound has suspended the service"), a noun for a kind
//     of organisation precedes it (see orgNamed), or "the" precedes it and
//     it ends in an association's or a public body's word ("the
//     Metalworkers ' Federation, which represents ...": a plural's
//     apostrophe belongs to the name);
//   - a span of two or more words the model typed PERSON or LOC
//     ("Lumen/B-PERSON Devices/I-PERSON", "Castlereach/B-LOC Bank/I-LOC");
//   - a span typed PERSON or LOC followed by a company's or a body's word
//     the model left O ("Veloxa/B-PERSON Therapeutics '", "the
//     Kessbridge/B-LOC Ocean/I-LOC Trust"), which joins it.
//
// A name that begins with a given name or holds a title ("Ada Power",
// "Minister Ada Bank") or is a known place is left to the model.
func (m *Model) orgRuns(ws, xp, ts []string, runs, single map[string]int) {
	for j := 0; j < len(ws); {
		if !isTitle(ws[j]) {
			j++
			continue
		}
		end := runEnd(ws, j)
		// A plural's apostrophe inside a name: "the Metalworkers '
		// Federation", "the Property Owners ' Association".
		for end+1 < len(ws) && (ws[end] == "'" || ws[end] == "’") && strings.HasSuffix(ws[end-1], "s") && isTitle(ws[end+1]) {
			end = runEnd(ws, end+1)
		}
		s := j
		if s == 0 && end-s >= 2 && m.sentenceOpener(ws[0]) && ts[0] == "O" {
			s = 1 // "The Transport Workers Federation said"
		}
		// "of" and capitalised words after it belong to a name named as
		// an organisation ("the patients' association Voice of Keston").
		e := end
		for e+1 < len(ws) && ws[e] == "of" && isTitle(ws[e+1]) {
			e += 2
			for e < len(ws) && isTitle(ws[e]) {
				e++
			}
		}
		// After "the", a body's word and "of" open a body's name whatever
		// the model made of the words after "of" ("The Federation of
		// Tarsovan/B-PERSON Growers/I-PERSON", "the Council of
		// Europe/B-LOC"), unless they open with a given name ("the Office
		// of Ada Pell").
		theBody := s > 0 && (ws[s-1] == "the" || ws[s-1] == "The") && bodyFinal(ws[end-1]) &&
			(allO(ts[s:e]) || end+1 < len(ws) && allO(ts[s:end+1]) && !gazetteer.GivenName(ws[end+1]))
		if e > end && (orgNamed(ws, s, e) || theBody) &&
			looseRun(ts[s:e]) && plainName(ws[s:e]) {
			setORG(ts, s, e)
			j = e
			continue
		}
		// The same after a place's name, which names whose body it is:
		// "the Louisiana/B-LOC Office of Environmental Response", "the
		// Texas Department of Transportation".
		if e > end && s > 0 && (ws[s-1] == "the" || ws[s-1] == "The") && bodyFinal(ws[end-1]) && placeThenO(ts[s:e]) && plainName(ws[s:e]) {
			setORG(ts, s, e)
			j = e
			continue
		}
		m.orgRun(ws, xp, ts, s, end, runs, single)
		j = end
	}
}

// orgRun applies [Model.orgRuns] to the capitalised run ws[s:end].
func (m *Model) orgRun(ws, xp, ts []string, s, end int, runs, single map[string]int) {
	if end-s < 1 {
		return
	}
	if last := ws[end-1]; (end-s < 2 || !orgFinal(last) && (ts[end-1] != "O" || !companyFinal(last) && !bodyFinal(last))) && !orgNamed(ws, s, end) {
		return // none of the cases below: spare the look-ups
	}
	if !plainName(ws[s:end]) {
		return
	}
	if end-s >= 2 && orgFinal(ws[end-1]) && !placeName(ws[s:end]) {
		switch {
		case allO(ts[s:end]):
			if verbAfter(ws, xp, end) || s > 0 && ws[s-1] == "by" || runs[strings.Join(ws[s:end], " ")] >= 2 ||
				single[ws[s]] > 0 || orgNamed(ws, s, end) || s > 0 && (ws[s-1] == "the" || ws[s-1] == "The") && bodyFinal(ws[end-1]) {
				setORG(ts, s, end)
			}
			return
		case oneSpan(ts[s:end], "PERSON", "LOC") && companyFinal(ws[end-1]):
			setORG(ts, s, end)
			return
		}
	}
	// A name typed PERSON or LOC and the organisation's word after it,
	// left O: "Veloxa/B-PERSON Therapeutics", "the Kessbridge/B-LOC
	// Ocean/I-LOC Trust".
	if w := ws[end-1]; end-s >= 2 && (companyFinal(w) || bodyFinal(w)) && ts[end-1] == "O" && oneSpan(ts[s:end-1], "PERSON", "LOC") && !placeName(ws[s:end-1]) {
		setORG(ts, s, end)
		return
	}
	// A name named as an organisation by the noun before it or in
	// apposition ("drugmaker Nolvex Therapeutics", "the utility, Sierra
	// West Power,"), left O or typed a person or a place.
	if orgNamed(ws, s, end) && looseRun(ts[s:end]) && !placeName(ws[s:end]) &&
		(s == 0 || !strings.HasPrefix(ts[s-1], "B-") && !strings.HasPrefix(ts[s-1], "I-")) {
		setORG(ts, s, end)
	}
}

// plainName reports whether ws can be an organisation's name the rules may
// tag: no word in capitals (a headline or a dateline: "CEDAR RIDGE"), no
// title ("Minister"), no day or month, and not a given name first.
func plainName(ws []string) bool {
	if gazetteer.GivenName(ws[0]) || len(ws) == 1 && len(ws[0]) < 3 || demonym(ws[0]) {
		return false
	}
	for _, w := range ws {
		if allCapitals(w) || gazetteer.Title(w) || calendarName(w) {
			return false
		}
	}
	return true
}

// calendarName reports a day's or a month's name.
func calendarName(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

// orgNamed reports whether the noun before the name ws[s:end] or in
// apposition to it says that it is an organisation:
//
//   - a noun for a kind of organisation right before it ("drugmaker Nolvex
//     Therapeutics", "Spanish club Real Oviedo", "operator Kabelnet");
//   - a comma before it that closes a noun phrase opened by a determiner
//     whose head is such a noun ("the utility, Sierra West Power", "the
//     city's transit operator, Metrolink Brennock", "The union representing
//     ferry crews, Maritime Workers Norden"), the name followed by a comma
//     or the sentence's end;
//   - a comma after it that opens such a noun phrase ending at a comma or
//     the sentence's end ("Westgrid, the regional power company, said").
func orgNamed(ws []string, s, end int) bool {
	if s > 0 && orgNouns[ws[s-1]] {
		return true
	}
	closes := end == len(ws) || ws[end] == "," || ws[end] == "." && end == len(ws)-1
	if s > 1 && ws[s-1] == "," && closes {
		// The noun phrase before the comma, from the nearest determiner,
		// not the object of "of" ("the head of the firm, ...").
		for b := s - 2; b >= 0 && b >= s-9 && ws[b] != ","; b-- {
			if determiner(ws[b]) {
				if (b == 0 || ws[b-1] != "of") && headedByOrgNoun(ws[b:s-1]) {
					return true
				}
				break
			}
		}
	}
	if end+2 < len(ws) && ws[end] == "," {
		e := end + 1
		for e < len(ws) && ws[e] != "," && ws[e] != "." && e-end < 7 {
			e++
		}
		if e < len(ws) && (ws[e] == "," || ws[e] == "." && e == len(ws)-1) && headedByOrgNoun(ws[end+1:e]) {
			return true
		}
	}
	return false
}

// headedByOrgNoun reports whether the phrase np opens with a determiner and
// has a noun for a kind of organisation as its head: the first such noun,
// after words in lower case or a possessive, is the phrase's last word or
// is followed by a participle or a relative pronoun ("the union
// representing ferry crews", "the firm based in Oslo", "the regional power
// company"); not "the company's chief executive" nor "the head of the
// union".
func headedByOrgNoun(np []string) bool {
	if len(np) < 2 || !determiner(np[0]) {
		return false
	}
	for k := 1; k < len(np); k++ {
		w := np[k]
		if orgNouns[w] {
			if k == len(np)-1 {
				return true
			}
			n := np[k+1]
			return strings.HasSuffix(n, "ing") || strings.HasSuffix(n, "ed") || n == "based" || n == "that" || n == "which" || n == "owned"
		}
		if w == "of" || !(isLowerWord(w) || w == "'s" || w == "’s" || strings.Contains(w, "-")) || gazetteer.Title(w) {
			return false
		}
	}
	return false
}

// oneSpan reports whether ts is exactly one span of one of the types.
func oneSpan(ts []string, types ...string) bool {
	if len(ts) == 0 || !strings.HasPrefix(ts[0], "B-") {
		return false
	}
	typ := ts[0][2:]
	for _, t := range ts[1:] {
		if t != "I-"+typ {
			return false
		}
	}
	for _, t := range types {
		if t == typ {
			return true
		}
	}
	return false
}

// setORG tags ws[s:end] one ORG span and starts anew a span cut after it.
func setORG(ts []string, s, end int) {
	ts[s] = "B-ORG"
	for k := s + 1; k < end; k++ {
		ts[k] = "I-ORG"
	}
	if end < len(ts) && strings.HasPrefix(ts[end], "I-") {
		ts[end] = "B-" + ts[end][2:]
	}
}

// adjectiveEnds extends, in one sentence (tags changed in place), an ORG
// span that ends in an adjective or a people's name over the capitalised
// words right after it that the model left O: "the Journal/B-ORG of/I-ORG
// Asian/I-ORG Herpetology", "the Office of Environmental Response". A
// name does not end in "Asian" or "Environmental"; the words after it
// finish it.
func adjectiveEnds(ws, xp, ts []string) {
	for _, sp := range spans(ts) {
		if sp.typ != "ORG" || sp.end >= len(ws) || sp.end-sp.start < 2 {
			continue
		}
		last := sp.end - 1
		adj := last < len(xp) && xp[last] == "JJ" || demonym(ws[last])
		if !adj || !isTitle(ws[last]) {
			continue
		}
		e := sp.end
		for e < len(ws) && ts[e] == "O" && isTitle(ws[e]) && !gazetteer.Title(ws[e]) && !calendarName(ws[e]) && !allCapitals(ws[e]) {
			e++
		}
		for k := sp.end; k < e; k++ {
			ts[k] = "I-ORG"
		}
	}
}

// ampersandNames tags ORG, in one sentence (tags changed in place), a
// run of capitalised words joined by "&" ("Carrick & Hale Bank", "Marks
// & Spencer", "Procter & Gamble"), which the model splits into two names
// ("Carrick/B-LOC & Hale/B-LOC Bank/I-LOC"): firms and partnerships are
// written so, people and places are not. The run needs a word the model
// tagged, or a company's word at its end.
func ampersandNames(ws, ts []string) {
	for j := 1; j+1 < len(ws); j++ {
		if ws[j] != "&" || !isTitle(ws[j-1]) || !isTitle(ws[j+1]) {
			continue
		}
		s := j - 1
		// back over the name's words: not past the start of a span the
		// model tagged, nor into a person's name before it ("Hilary
		// Ackermann Goldman Sachs Credit Risk Management & Advisory")
		for s > 0 && isTitle(ws[s-1]) && !allCapitals(ws[s-1]) && !strings.HasPrefix(ts[s], "B-") && !strings.HasSuffix(ts[s-1], "PERSON") {
			s--
		}
		if s == 0 && s < j-1 && ts[0] == "O" {
			s = 1 // a sentence's first word the model left out: "Attention Retail Stores & Vendors"
		}
		e := j + 2
		for e < len(ws) && e < j+5 && isTitle(ws[e]) && !strings.HasPrefix(ts[e], "B-") && !gazetteer.Title(ws[e]) {
			e++
		}
		tagged := false
		for k := s; k < e; k++ {
			if ts[k] != "O" && k != j {
				tagged = true
			}
		}
		words := e - s - 1 // without the "&"
		both := ts[j-1] != "O" && ts[j+1] != "O"
		if !(companyFinal(ws[e-1]) || words >= 3 && tagged || both) ||
			gazetteer.Title(ws[s]) || gazetteer.GivenName(ws[s]) && gazetteer.GivenName(ws[j+1]) ||
			len(ws[j-1]) <= 2 && allCapitals(ws[j-1]) || len(ws[j+1]) <= 2 && allCapitals(ws[j+1]) {
			continue // "DD & D", "Ada & Tom"
		}
		for e < len(ts) && strings.HasPrefix(ts[e], "I-") {
			e++ // the model's name goes on: "Holland & Hart , LLP"
		}
		setORG(ts, s, e)
		j = e
	}
}

// institutionTails tags ORG, in one sentence (tags changed in place), a
// name and the institution's word the model left after it: "Kelvinbrae/B-LOC
// Royal/I-LOC Infirmary", "Aldwick/B-LOC University", "St Brennan/B-PERSON
// Hospital". The place or the saint names the institution; cut off, the
// word became no part of any name.
func institutionTails(ws, ts []string) {
	for _, sp := range spans(ts) {
		e := sp.end
		if e >= len(ws) || ts[e] != "O" || !institutionWord(ws[e]) || sp.typ == "ORG" && e+1 < len(ws) && ws[e+1] == "of" {
			continue
		}
		setORG(ts, sp.start, e+1)
	}
}

// placeThenO reports whether ts is one LOC span and then only O, with at
// least one O.
func placeThenO(ts []string) bool {
	if len(ts) < 2 || ts[0] != "B-LOC" {
		return false
	}
	k := 1
	for k < len(ts) && ts[k] == "I-LOC" {
		k++
	}
	return k < len(ts) && allO(ts[k:])
}

// looseRun reports whether the tags of a capitalised run are all O, or O
// and then one PERSON or LOC span to the run's end ("Maritime/O Workers/O
// Norden/B-LOC"), or one PERSON or LOC span.
func looseRun(ts []string) bool {
	k := 0
	for k < len(ts) && ts[k] == "O" {
		k++
	}
	return k == len(ts) || oneSpan(ts[k:], "PERSON", "LOC")
}

// demonym reports whether w names a people or a country's adjective
// ("Iranian", "British").
func demonym(w string) bool {
	_, k, n, ok := gazetteer.Match([]string{w})
	return ok && n == 1 && k == gazetteer.Demonym
}

// commonOpeners untags, in the sentences of one document (tags changed in
// place), a sentence's first word the model took for a person's name of
// one word although the document shows it is a common noun capitalised
// only because it opens the sentence ("Turnout/B-PERSON was 74 percent",
// "Malaria/B-PERSON killed about 600,000 people"): the document writes it
// in lower case elsewhere and never capitalised inside a sentence, or
// names it nowhere else at all, is neither a given name nor a surname,
// and the training text writes it in lower case or, unknown to it, it
// ends as common nouns do and names do not ("-tion", "-ment", "-out"). A person is named in
// full before a bare surname ("Mareva said" after "Daniel Mareva"). Only
// a word of three letters or more, the subject of a finite verb after it:
// a line of one word ("Sanjeev ,", "D") signs an e-mail.
func (m *Model) commonOpeners(words, xp, tags [][]string) {
	xpos := func(i int) []string {
		if i < len(xp) {
			return xp[i]
		}
		return nil
	}
	// The candidates first: a document has few, and most have none.
	var cands [][2]int
	var want []string // their words in lower case
	for i, ts := range tags {
		ws := words[i]
		j := 0 // the first word, after punctuation and quotation marks
		for j < len(ws) && !wordy(ws[j]) {
			j++
		}
		if j >= len(ws) || ts[j] != "B-PERSON" || j+1 < len(ts) && ts[j+1] == "I-PERSON" || !isTitle(ws[j]) || allCapitals(ws[j]) ||
			len(ws[j]) < 3 || !verbAfter(ws, xpos(i), j+1) {
			continue
		}
		cands = append(cands, [2]int{i, j})
		want = append(want, strings.ToLower(ws[j]))
	}
	if len(cands) == 0 {
		return
	}
	lower, inside, seen := map[string]bool{}, map[string]bool{}, map[string]int{}
	for _, ws := range words {
		started := false // a word with a letter or digit came before
		for _, w := range ws {
			for _, l := range want {
				if len(w) == len(l) && strings.EqualFold(w, l) {
					seen[l]++
					switch {
					case w == l:
						lower[l] = true
					case started:
						inside[l] = true
					}
					break
				}
			}
			started = started || wordy(w)
		}
	}
	for _, c := range cands {
		ts, j := tags[c[0]], c[1]
		w := words[c[0]][j]
		l := strings.ToLower(w)
		if inside[l] {
			continue
		}
		common := lower[l]
		if !common && seen[l] == 1 && !gazetteer.GivenName(w) && !gazetteer.Surname(w) {
			switch m.lexClass(w) {
			case lexLower, lexMostLow:
				common = true
			case lexUnseen:
				common = nounSuffix(l)
			}
		}
		if common {
			ts[j] = "O"
		}
	}
}

// wordy reports whether w has a letter or a digit.
func wordy(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// opens reports whether ws[j] is its sentence's first word, after any
// punctuation or quotation marks.
func opens(ws []string, j int) bool {
	for _, w := range ws[:j] {
		if wordy(w) {
			return false
		}
	}
	return true
}

// nounSuffix reports whether a word in lower case ends as abstract common
// nouns do and people's names do not ("abstention", "enrolment",
// "turnout", "readiness").
func nounSuffix(l string) bool {
	for _, x := range []string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship", "out", "ure"} {
		if len(l) > len(x)+3 && strings.HasSuffix(l, x) {
			return true
		}
	}
	return false
}

// newspaperWords end newspapers' names ("Wexley Courier"), which the model
// takes for places after a town's name.
var newspaperWords = map[string]bool{
	"Courier": true, "Gazette": true, "Herald": true, "Tribune": true, "Chronicle": true, "Journal": true,
	"Observer": true, "Telegraph": true, "Examiner": true, "Sentinel": true, "Inquirer": true, "Dispatch": true,
}

// quantifiers open sentences and noun phrases, never names ("Some Civic
// Party members", "The Civic Party said").
var quantifiers = map[string]bool{
	"The": true, "A": true, "An": true, "Some": true, "Many": true, "Most": true, "All": true, "Several": true,
	"Both": true, "Each": true, "Every": true, "No": true, "Other": true, "These": true, "Those": true, "This": true,
	"Its": true, "Their": true,
}

// spanKinds mends the type and the start of spans the model tagged, in one
// sentence (tags changed in place):
//
//   - a sentence's first word that only opens a noun phrase is no part of
//     an organisation's or a person's name of three or more words
//     ("The/B-ORG Civic/I-ORG Party/I-ORG said", "Some/B-ORG Civic/I-ORG
//     Party/I-ORG members"; places keep it: "The Peak District", "The
//     Hague");
//   - a PERSON or LOC span that opens with an institution's or a body's
//     word and "of" is an organisation ("University/B-LOC of/I-LOC
//     Kessbridge", "Bank of Varnholm");
//   - a PERSON or LOC span ending in a newspaper's word is one ("Wexley/B-LOC
//     Courier/I-LOC"), and so is one that opens or ends as football
//     clubs' names do ("Dinamo/B-PERSON Ravna/I-PERSON", "Northfield/B-LOC
//     United/I-LOC"), unless it is a known place;
//   - a LOC span of two words right after a role in lower case, or after
//     a role and a comma, is a person's name ("coach Milan/B-LOC
//     Horvat/I-LOC", "the ambassador, Milan/B-LOC Sokol/I-LOC,"), unless
//     it is a known place or ends in a place's word ("Keswold Bay").
func spanKinds(ws, ts []string) {
	// Only sentences with such a span: a tagged quantifier, or "of" or a
	// newspaper's word inside a PERSON or LOC span.
	need := false
	for k, w := range ws {
		if t := ts[k]; t != "O" && (quantifiers[w] || clubFirst[w] && (t == "B-LOC" || t == "B-PERSON") || t == "B-LOC" && roleBefore(ws, k) ||
			(w == "of" || newspaperWords[w] || clubLast[w]) && (t == "I-LOC" || t == "I-PERSON")) {
			need = true
			break
		}
	}
	if !need {
		return
	}
	for _, s := range spans(ts) {
		n := ws[s.start:s.end]
		switch {
		case s.typ == "LOC" && len(n) == 2 && roleBefore(ws, s.start) && isTitle(n[1]) && !placeName(n) && gazetteer.NameWord(n[1]) == 0:
			// "Under-21 coach Milan/B-LOC Horvat/I-LOC", "Ostrava's
			// ambassador, Milan/B-LOC Sokol/I-LOC,": a role names a person
			ts[s.start], ts[s.start+1] = "B-PERSON", "I-PERSON"
		case (s.typ == "PERSON" || s.typ == "LOC") && len(n) >= 2 && (clubFirst[n[0]] || clubLast[n[len(n)-1]]) && !placeName(n):
			setORG(ts, s.start, s.end)
		case len(n) >= 3 && s.typ != "LOC" && quantifiers[n[0]] && opens(ws, s.start):
			ts[s.start] = "O"
			ts[s.start+1] = "B-" + s.typ
		case (s.typ == "PERSON" || s.typ == "LOC") && len(n) >= 3 && n[1] == "of" && (institutionWord(n[0]) || bodyHead(n[0])) ||
			(s.typ == "PERSON" || s.typ == "LOC") && len(n) >= 2 && newspaperWords[n[len(n)-1]]:
			setORG(ts, s.start, s.end)
		}
	}
}

// bodyFinal reports a word that ends the names of associations and public
// bodies: a name of capitalised words after "the" that ends in one is an
// organisation's ("the Metalworkers' Federation, which represents ...").
func bodyFinal(w string) bool {
	switch w {
	case "Federation", "Association", "Union", "Trust", "Council", "Authority", "Agency", "Commission", "Board", "Society",
		"Foundation", "Institute", "Alliance", "Coalition", "League", "Confederation", "Committee", "Bureau",
		"Inspectorate", "Tribunal", "Ombudsman", "Regulator", "Office", "Chamber", "Guild":
		return true
	}
	return false
}

// clubFirst and clubLast open and end sports clubs' names ("Dinamo Ravna",
// "Sporting Lisbon", "Harbridge Rovers", "Northfield United").
var (
	clubFirst = map[string]bool{"Dinamo": true, "Dynamo": true, "Sporting": true, "Atletico": true, "Olympique": true, "Partizan": true,
		"Spartak": true, "Lokomotiv": true, "Borussia": true, "Racing": true, "Olympiacos": true, "Galatasaray": true}
	clubLast = map[string]bool{"United": true, "Athletic": true, "Albion": true, "Wanderers": true, "Rovers": true, "Hotspur": true,
		"Rangers": true, "Harriers": true}
)

// roles are lower-case nouns for what a person does, after which a name
// is a person's ("coach Milan Horvat", "the ambassador, Milan Sokol,").
var roles = map[string]bool{
	"coach": true, "ambassador": true, "striker": true, "midfielder": true, "defender": true, "goalkeeper": true,
	"minister": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "director": true, "manager": true,
	"president": true, "captain": true, "analyst": true, "lecturer": true, "professor": true, "judge": true,
	"mayor": true, "chairman": true, "chairwoman": true, "executive": true, "founder": true, "secretary": true,
	"senator": true, "governor": true, "prosecutor": true, "economist": true, "researcher": true, "officer": true,
}

// roleBefore reports whether a role noun comes right before ws[k], or
// before a comma right before it.
func roleBefore(ws []string, k int) bool {
	if k > 0 && roles[ws[k-1]] {
		return true
	}
	return k > 1 && ws[k-1] == "," && roles[ws[k-2]]
}

// nounNamedOrgs tags ORG, in one sentence (tags changed in place), a name
// the model typed PERSON between "the" and a noun for a kind of
// organisation in lower case, one word in lower case between at most
// ("the Red/B-PERSON Lantern/I-PERSON relief agency", "the Halvard/B-PERSON
// mining group"): the noun says what it names. Not before "of" ("the Ada
// Pell group of companies" is no name of a group), nor a known place's
// name.
func nounNamedOrgs(ws, ts []string) {
	for _, sp := range spans(ts) {
		if sp.typ != "PERSON" || sp.start == 0 || sp.end-sp.start > 3 || ws[sp.start-1] != "the" && ws[sp.start-1] != "The" {
			continue
		}
		h := sp.end
		if h < len(ws) && isLowerWord(ws[h]) && !orgNouns[ws[h]] {
			h++
		}
		if h >= len(ws) || !orgNouns[ws[h]] || h+1 < len(ws) && ws[h+1] == "of" || placeName(ws[sp.start:sp.end]) {
			continue
		}
		setORG(ts, sp.start, sp.end)
	}
}

// outletVerbs, before "by", say that what follows wrote or showed
// something ("seen by The Ledger", "reported by The Courier").
var outletVerbs = map[string]bool{
	"seen": true, "reported": true, "obtained": true, "published": true, "quoted": true, "cited": true,
	"interviewed": true, "reviewed": true, "first": true,
}

// outlets tags ORG, in one sentence (tags changed in place), a name
// opened by "The" inside a sentence, of one to three capitalised words the
// model left O, that the words before it name as a newspaper or another
// outlet: "told The Ledger", "according to The Ledger", "seen by The
// Ledger", "in an interview with The Ledger", or any of these and "The"
// before a newspaper's word ("for The Wexley Courier"). UNER tags "The"
// with the name ("of The/B-ORG New/I-ORG York/I-ORG Times/I-ORG"). Not a
// known place ("The Hague"), nor a name with a title, a day or a month.
// The document pass then tags its repeats ("for The Ledger since 2019").
func outlets(ws, ts []string) {
	for j := 1; j+1 < len(ws); j++ {
		if ws[j] != "The" || opens(ws, j) || quote(ws[j-1]) || ws[j-1] == ":" || ts[j] != "O" || !isTitle(ws[j+1]) {
			continue
		}
		end := runEnd(ws, j+1)
		if end-j-1 > 3 || !allO(ts[j:end]) || placeName(ws[j:end]) || placeName(ws[j+1:end]) {
			continue
		}
		ok := newspaperWords[ws[end-1]]
		switch p := ws[j-1]; {
		case p == "told" || p == "tells" || p == "telling":
			ok = true
		case p == "to" && j > 1 && (ws[j-2] == "according" || ws[j-2] == "According"):
			ok = true
		case p == "by" && j > 1 && outletVerbs[ws[j-2]]:
			ok = true
		case p == "with" && j > 1 && (ws[j-2] == "interview" || ws[j-2] == "interviews"):
			ok = true
		}
		if !ok {
			continue
		}
		bad := false
		for _, w := range ws[j+1 : end] {
			bad = bad || allCapitals(w) || gazetteer.Title(w) || calendarName(w)
		}
		if !bad {
			setORG(ts, j, end)
		}
		j = end
	}
}

// matchWords before "against", "over", "by", "to" or "with" say that a
// sports fixture follows ("home game against Sallowmere City", "a 2-1 win
// over Kessbridge Town", "lost to Varnby County").
var matchWords = map[string]bool{
	"game": true, "match": true, "fixture": true, "tie": true, "derby": true, "clash": true, "defeat": true,
	"win": true, "victory": true, "draw": true, "loss": true, "final": true, "semi-final": true, "play-off": true,
	"beat": true, "drew": true, "lost": true, "lose": true, "play": true, "played": true, "playing": true,
	"face": true, "faced": true, "facing": true, "beaten": true, "thrashed": true,
}

// fixtureClubs tags ORG, in one sentence (tags changed in place), a name of
// two or three capitalised words ending in "City", "Town" or "County",
// left O or typed LOC, that a sports fixture names ("a home game against
// Sallowmere/B-LOC City/I-LOC"): a word for a match within three words
// before "against", "over", "by", "to" or "with", and the name right after
// it. Not a known place's whole name ("flights to Mexico City").
func fixtureClubs(ws, ts []string) {
	for j := 2; j+1 < len(ws); j++ {
		switch ws[j-1] {
		case "against", "over", "by", "to", "with":
		default:
			continue
		}
		if !isTitle(ws[j]) || (j > 0 && isTitle(ws[j-1])) {
			continue
		}
		end := runEnd(ws, j)
		if n := end - j; n < 2 || n > 3 || ws[end-1] != "City" && ws[end-1] != "Town" && ws[end-1] != "County" {
			continue
		}
		if !allO(ts[j:end]) && !oneSpan(ts[j:end], "LOC") || placeName(ws[j:end]) || !plainName(ws[j:end]) {
			continue
		}
		match := false
		for k := j - 2; k >= 0 && k >= j-5; k-- {
			match = match || matchWords[ws[k]]
		}
		if match {
			setORG(ts, j, end)
		}
	}
}

// corporateTitle returns the number of words of a title only a company
// or a body gives, at ws[j] ("CEO", "chief executive", "chairman",
// "co-founder"), or 0.
func corporateTitle(ws []string, j int) int {
	switch ws[j] {
	case "CEO", "CFO", "COO", "chairman", "chairwoman", "Chairman", "Chairwoman", "founder", "co-founder", "Founder", "Co-founder":
		return 1
	case "chief", "Chief":
		if j+1 < len(ws) && (ws[j+1] == "executive" || ws[j+1] == "Executive") {
			return 2
		}
	}
	return 0
}

// titledOrgs tags ORG, in one sentence (tags changed in place), a name of
// one to three capitalised words, left O or typed PERSON, right before a
// title only an organisation gives and a person's capitalised name after
// it ("announced by Gravity CEO Kim Jung", "Aquatar chief executive Benedek
// Horvai"): no person has a chief executive. Not a known place, a demonym,
// a title or a word in capitals ("ALDU" is left to the model), nor a
// sentence's first word alone.
func titledOrgs(ws, ts []string) {
	for j := 1; j+1 < len(ws); j++ {
		n := corporateTitle(ws, j)
		if n == 0 || j+n >= len(ws) || !isTitle(ws[j+n]) || !isTitle(ws[j-1]) {
			continue
		}
		s := j - 1
		for s > 0 && j-s < 3 && isTitle(ws[s-1]) {
			s--
		}
		if s > 0 && isTitle(ws[s-1]) || s == 0 && j == 1 || !allO(ts[s:j]) && !oneSpan(ts[s:j], "PERSON") || strings.HasPrefix(ts[j], "I-") ||
			placeName(ws[s:j]) || !plainName(ws[s:j]) {
			continue
		}
		setORG(ts, s, j)
	}
}

// teamGames tags ORG, in one sentence (tags changed in place), a name of
// one or two capitalised words left O between "the" or "a" and "game",
// "games" or "match" ("tickets for the Comets game", "a U.T. game"): a
// team's. UNER train tags these ORG. Not an event's or a competition's
// word ("the World Cup game"), a day or a month ("the Saturday game"), a
// demonym, a title, or a known place ("the Boston game" may be the city's
// team or the city).
func teamGames(ws, ts []string) {
	for h := 2; h < len(ws); h++ {
		switch ws[h] {
		case "game", "games", "match":
		default:
			continue
		}
		s := h - 1
		for s > 0 && h-s < 2 && isTitle(ws[s-1]) {
			s--
		}
		if s < 1 || !isTitle(ws[s]) || ws[s-1] != "the" && ws[s-1] != "a" || !allO(ts[s:h]) || placeName(ws[s:h]) {
			continue
		}
		ok := true
		for _, w := range ws[s:h] {
			switch w {
			case "Cup", "Bowl", "Series", "Olympic", "Olympics", "Games", "League", "Championship", "Final", "Video", "Board", "Card", "World":
				ok = false
			}
			ok = ok && !eventNoun(w) && !calendarName(w) && !demonym(w) && !gazetteer.Title(w)
		}
		if ok {
			setORG(ts, s, h)
		}
	}
}

// clubVerbs are what a club does to its players and managers ("sacked
// manager", "have signed Croatian striker").
var clubVerbs = map[string]bool{
	"signed": true, "sacked": true, "appointed": true, "hired": true, "fired": true, "dismissed": true,
	"released": true, "loaned": true, "bought": true, "sold": true, "sign": true, "sack": true, "appoint": true,
}

// squadRoles are a football club's players and staff.
var squadRoles = map[string]bool{
	"manager": true, "coach": true, "striker": true, "midfielder": true, "defender": true, "goalkeeper": true,
	"forward": true, "winger": true, "captain": true,
}

// actingClubs tags ORG, in one sentence (tags changed in place), a name
// of two or three capitalised words ending in "City", "Town" or "County",
// left O or typed LOC, that signs, sacks or appoints a player or a
// manager ("Kestrel/B-LOC Town/I-LOC sacked manager Ruud Hammond", "Bramley
// City have signed Croatian striker Luka Kovac"): a club, not the town. The
// verb follows the name (after "have", "has" or "had"), and the role noun
// it within three words; not a known place's whole name.
func actingClubs(ws, ts []string) {
	for j := 0; j+3 < len(ws); j++ {
		if !isTitle(ws[j]) || j > 0 && isTitle(ws[j-1]) {
			continue
		}
		end := runEnd(ws, j)
		if n := end - j; n < 2 || n > 3 || ws[end-1] != "City" && ws[end-1] != "Town" && ws[end-1] != "County" {
			j = end - 1
			continue
		}
		v := end
		if v < len(ws) && (ws[v] == "have" || ws[v] == "has" || ws[v] == "had" || ws[v] == "will" || ws[v] == "would") {
			v++
		}
		if v >= len(ws) || !clubVerbs[ws[v]] {
			continue
		}
		role := false
		for k := v + 1; k < len(ws) && k <= v+3; k++ {
			role = role || squadRoles[ws[k]]
		}
		if role && (allO(ts[j:end]) || oneSpan(ts[j:end], "LOC")) && !placeName(ws[j:end]) && plainName(ws[j:end]) {
			setORG(ts, j, end)
		}
		j = end - 1
	}
}
