package ner

import (
	"strings"

	"github.com/storygraph/storygraph/extract/gazetteer"
)

// demonymPlaces tags LOC, in the sentences of one document (tags changed
// in place), a capitalised word standing alone, left O or typed PERSON,
// whose demonym the document also writes ("Corvania" beside "Corvanian
// farmers", "Lestria/B-PERSON" beside "Lestrian", "Valdoria" beside
// "Valdorian"): a people's adjective made by adding "n", "an" or "ian" is
// formed from a country's or a region's name, not from a person's. Not a
// given name ("Victoria" beside "Victorian") nor a word in capitals.
func demonymPlaces(words, tags [][]string) {
	// The names a demonym may be formed from: capitalised words ending in
	// "n" less "n", "an" or "ian".
	stems := map[string]bool{}
	for _, ws := range words {
		for _, w := range ws {
			if strings.HasSuffix(w, "n") && isTitle(w) && !allCapitals(w) {
				for _, x := range []string{"n", "an", "ian"} {
					if p, ok := strings.CutSuffix(w, x); ok && len(p) >= 4 {
						stems[p] = true
					}
				}
			}
		}
	}
	if len(stems) == 0 {
		return
	}
	place := map[string]bool{}
	for _, ws := range words {
		for _, w := range ws {
			if stems[w] && !place[w] && !allCapitals(w) && !gazetteer.GivenName(w) && !gazetteer.Title(w) {
				place[w] = true
			}
		}
	}
	if len(place) == 0 {
		return
	}
	for i, ts := range tags {
		ws := words[i]
		for j, w := range ws {
			if !place[w] || j > 0 && isTitle(ws[j-1]) || j+1 < len(ws) && isTitle(ws[j+1]) {
				continue
			}
			if ts[j] == "O" || oneSpan(ts[j:j+1], "PERSON") && (j+1 == len(ts) || !strings.HasPrefix(ts[j+1], "I-")) {
				ts[j] = "B-LOC"
			}
		}
	}
}

// councilKinds stand between a place's name and "council" in a local
// council's name written in lower case ("Lindmoor city council").
var councilKinds = map[string]bool{"city": true, "town": true, "county": true, "borough": true, "district": true, "parish": true, "municipal": true}

// localCouncils tags ORG, in one sentence (tags changed in place), a local
// council named by its place and "city council", "town council" and the
// like in lower case ("the computer systems of Lindmoor city council"),
// which the model left O or tagged as the place alone: the council is an
// organisation that "the council" can stand for, and its name says that
// its first word is a place's (entity resolution reads "X Town Council"
// so). Not after a word that only opens the sentence ("The district
// council said").
func (m *Model) localCouncils(ws, ts []string) {
	for j := 0; j+2 < len(ws); j++ {
		if ws[j+2] != "council" || !councilKinds[ws[j+1]] || ts[j+1] != "O" || ts[j+2] != "O" || !isTitle(ws[j]) || allCapitals(ws[j]) ||
			j > 0 && isTitle(ws[j-1]) || !(ts[j] == "O" || ts[j] == "B-LOC" || ts[j] == "B-PERSON") || demonym(ws[j]) || gazetteer.Title(ws[j]) ||
			quantifiers[ws[j]] || opens(ws, j) && m.sentenceOpener(ws[j]) {
			continue
		}
		setORG(ts, j, j+3)
	}
}

// datelines tags LOC, in one sentence (tags changed in place), the place
// of a news agency's dateline: one to three words in capitals opening the
// sentence, followed by a comma and a month ("HALVERN , March 3 ( Wire )
// —", "MARLOW HEIGHTS , August 25"), which the model tagged as anything
// (ORG, PERSON) or nothing.
func datelines(ws, ts []string) {
	e := 0
	for e < len(ws) && e < 4 && allCapitals(ws[e]) && len(ws[e]) >= 2 {
		e++
	}
	if e == 0 || e > 3 || e+1 >= len(ws) || ws[e] != "," || !calendarName(ws[e+1]) || calendarName(ws[e-1]) {
		return
	}
	if k := e; k < len(ts) && strings.HasPrefix(ts[k], "I-") {
		return // the model ran a name past the comma: leave it be
	}
	ts[0] = "B-LOC"
	for k := 1; k < e; k++ {
		ts[k] = "I-LOC"
	}
}

// compassWords in lower case before a single capitalised word say that it
// is a place ("northern Kervana", "in south-western Ardel").
var compassWords = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
}

// stateNouns after a name and "'s" (one or two words in lower case may stand
// between) say that the name is a country's or a city's: "Ardena 's
// competition regulator", "Estmoor 's Prime Minister", "Kervana 's
// government". Not nouns a company has too ("output", "network",
// "president", "capital": "Trek 's president").
var stateNouns = map[string]bool{
	"government": true, "prime": true, "parliament": true, "cabinet": true,
	"army": true, "military": true, "economy": true, "border": true, "borders": true, "ambassador": true,
	"embassy": true, "regulator": true, "ministry": true, "king": true, "queen": true, "navy": true,
	"population": true, "citizens": true, "coastline": true, "provinces": true, "regions": true,
	"mayor": true, "Prime": true, "King": true, "Queen": true, "Parliament": true,
}

// placeKinds before "of" and a name say that it is a place ("the capital of
// Ardena", "the province of Ambrel").
var placeKinds = map[string]bool{
	"capital": true, "country": true, "city": true, "town": true, "village": true, "province": true,
	"region": true, "island": true, "state": true, "republic": true, "kingdom": true, "hamlet": true, "suburb": true,
}

// placeCues tags LOC, in the sentences of one document (tags changed in
// place), a capitalised word standing alone, left O or typed PERSON, that
// the document elsewhere says is a place by the words around it:
//
//   - a compass adjective in lower case or "neighbouring" before it ("in
//     northern Kervana", "Neighbouring Valdoria sent planes");
//   - "'s" and a noun for what a country or a city has after it, a word
//     or two in lower case between ("Ardena 's competition regulator",
//     "Estmoor 's Prime Minister");
//   - "the capital of", "the province of" and the like before it;
//   - a comma and a US state's code after it ("Raleigh , NC");
//   - "City Council", "Town Council" after it ("Brenmouth City Council");
//   - a dateline of it in capitals ("BRENMOUTH -", "KERVANA CITY ,
//     March 12" makes "Kervana" one).
//
// The model takes an unknown country met in "Kervana 's output" or
// "Ardena is not open for business" for a person. A word that ends a
// person's name of several words in the document, or follows a title
// there ("Prime Minister Hale", "Ada Hale"), is a person's surname, so
// "Hale 's government" says nothing; a given name (but for a town of a US
// address: "Raleigh , NC"), a title or a word in capitals is never one. A lone word left O becomes a place only after a
// locative preposition ("in", "across", "from") or before "'s".
func placeCues(words, tags [][]string) {
	var place, address map[string]bool
	add := func(w string) {
		if place == nil {
			place = map[string]bool{}
		}
		place[w] = true
	}
	for _, ws := range words {
		for j := 0; j < len(ws); j++ {
			w := ws[j]
			if !isTitle(w) {
				continue
			}
			if allCapitals(w) {
				if j == 0 {
					// A dateline: "BRENMOUTH -", "KERVANA CITY , March 12"
					e := 1
					for e < len(ws) && e < 3 && allCapitals(ws[e]) {
						e++
					}
					if e < len(ws) && (ws[e] == "-" || ws[e] == "—" || ws[e] == "–" || ws[e] == "," && e+1 < len(ws) && calendarName(ws[e+1])) {
						add(titleCase(w))
					}
				}
				continue
			}
			if !lonelyPlace(ws, j) {
				if j+2 < len(ws) && (ws[j+1] == "City" || ws[j+1] == "Town" || ws[j+1] == "County") && ws[j+2] == "Council" && (j == 0 || !isTitle(ws[j-1])) {
					add(w)
				}
				continue
			}
			switch {
			case j > 0 && (compassWords[ws[j-1]] || neighbouring(ws[j-1])):
				add(w)
			case j > 2 && ws[j-1] == "of" && placeKinds[ws[j-2]] && ws[j-3] == "the":
				add(w)
			case j+2 < len(ws) && ws[j+1] == "," && usStates[strings.ReplaceAll(ws[j+2], ".", "")] &&
				(j+3 == len(ws) || !isTitle(ws[j+3]) || allCapitals(ws[j+3])):
				add(w) // "from Raleigh , NC ( RDU Airport )"
				if address == nil {
					address = map[string]bool{}
				}
				address[w] = true
			case j+2 < len(ws) && (ws[j+1] == "'s" || ws[j+1] == "’s"):
				for k := j + 2; k < len(ws) && k < j+5; k++ {
					if stateNouns[ws[k]] {
						add(w)
						break
					}
					if !isLowerWord(ws[k]) && !strings.Contains(ws[k], "-") {
						break
					}
				}
			}
		}
	}
	if len(place) == 0 {
		return
	}
	// Surnames: the last word of a person's name of several words, or a
	// word after a title.
	for i, ts := range tags {
		ws := words[i]
		for _, s := range spans(ts) {
			if s.typ == "PERSON" && s.end-s.start >= 2 {
				delete(place, ws[s.end-1])
			}
		}
		for j := 1; j < len(ws); j++ {
			if gazetteer.Title(ws[j-1]) {
				delete(place, ws[j])
			}
		}
	}
	for w := range place {
		if gazetteer.GivenName(w) && !address[w] || gazetteer.Title(w) || demonym(w) || calendarName(w) || len(w) < 3 {
			delete(place, w)
		}
	}
	for i, ts := range tags {
		ws := words[i]
		for j, w := range ws {
			if !place[w] || !lonelyPlace(ws, j) {
				continue
			}
			switch {
			case oneSpan(ts[j:j+1], "PERSON") && (j+1 == len(ts) || !strings.HasPrefix(ts[j+1], "I-")):
				ts[j] = "B-LOC"
			case ts[j] == "O" && (j > 0 && locPreps[ws[j-1]] || j+1 < len(ws) && (ws[j+1] == "'s" || ws[j+1] == "’s")):
				ts[j] = "B-LOC"
			}
		}
	}
}

// neighbouring reports "neighbouring" in either spelling and case, before
// a place ("neighbouring Rudovia", "Neighbouring Valdoria sent planes").
func neighbouring(w string) bool {
	switch w {
	case "neighbouring", "neighboring", "Neighbouring", "Neighboring":
		return true
	}
	return false
}

// lonelyPlace is [lonely], but for a sentence's first word "Neighbouring"
// before ws[j] ("Neighbouring Valdoria sent two planes").
func lonelyPlace(ws []string, j int) bool {
	return lonely(ws, j) || j == 1 && neighbouring(ws[0]) && (j+1 == len(ws) || !isTitle(ws[j+1]))
}

// locPreps are prepositions before a place ("in Kervana").
var locPreps = map[string]bool{"in": true, "across": true, "throughout": true, "from": true, "to": true, "into": true, "near": true, "within": true, "outside": true, "inside": true}

// lonely reports whether ws[j] stands alone: the words either side of it are
// not capitalised (the first word of a sentence has none before it).
func lonely(ws []string, j int) bool {
	return (j == 0 || !isTitle(ws[j-1])) && (j+1 == len(ws) || !isTitle(ws[j+1]))
}

// titleCase writes a word in capitals with only its first letter so
// ("KERVANA" -> "Kervana").
func titleCase(w string) string {
	if len(w) < 2 {
		return w
	}
	return w[:1] + strings.ToLower(w[1:])
}

// placeHeads are nouns in lower case for a natural feature or a work on the
// land, which the names before them ("the Corran Ridge hills", "the Kellen
// and Ombrasi reservoirs", "the Drovask copper mine") name as places.
var placeHeads = map[string]bool{
	"hills": true, "mountains": true, "reservoir": true, "reservoirs": true, "river": true, "rivers": true,
	"lake": true, "lakes": true, "valley": true, "valleys": true, "dam": true, "dams": true, "mine": true,
	"mines": true, "pipeline": true, "canal": true, "basin": true, "coast": true, "island": true, "islands": true,
	"forest": true, "glacier": true, "wetlands": true, "estuary": true, "gorge": true, "delta": true,
	"oilfield": true, "field": true, "fields": true, "plant": true, "plants": true, "airport": true,
	"port": true, "bridge": true, "tunnel": true, "peninsula": true, "plateau": true, "marshes": true,
	"estate": true, "bypass": true, "motorway": true, "highway": true, "railway": true, "quarry": true,
}

// namedPlaces tags LOC, in one sentence (tags changed in place), the names
// between "the" and a noun for a place or a work on the land in lower case
// (see placeHeads; one word in lower case may stand between: "the Drovask
// copper mine"), which the model left O or typed PERSON ("the
// Corran/B-PERSON Ridge/I-PERSON hills", "the Kellen/B-PERSON pipeline"),
// and the names joined to such a name by "and" or a comma before a plural
// ("the Kellen/B-PERSON and Ombrasi/B-LOC reservoirs"): a person is no
// reservoir. A name of one to three capitalised words; not one the model
// typed ORG ("the Halvard mine" may be the firm's), not a demonym, a title
// or a word in capitals.
func namedPlaces(ws, ts []string) {
	for h := 2; h < len(ws); h++ {
		if !placeHeads[ws[h]] {
			continue
		}
		e := h
		if isLowerWord(ws[e-1]) && e-1 > 1 && isTitle(ws[e-2]) {
			e-- // "the Drovask copper mine"
		}
		var names [][2]int
		for {
			s := e - 1
			for s > 0 && e-s < 3 && isTitle(ws[s-1]) {
				s--
			}
			if s < 1 || !isTitle(ws[s]) || !placeLike(ws[s:e], ts[s:e]) || strings.HasPrefix(ts[e], "I-") {
				names = nil
				break
			}
			names = append(names, [2]int{s, e})
			if ws[s-1] == "the" || ws[s-1] == "The" {
				break
			}
			if (ws[s-1] == "and" || ws[s-1] == ",") && strings.HasSuffix(ws[h], "s") && s > 2 && isTitle(ws[s-2]) {
				e = s - 1
				continue
			}
			names = nil
			break
		}
		for _, n := range names {
			ts[n[0]] = "B-LOC"
			for k := n[0] + 1; k < n[1]; k++ {
				ts[k] = "I-LOC"
			}
		}
	}
}

// placeLike reports whether ws, tagged ts, can be named a place by the
// noun after it: tagged O, PERSON or LOC as one span, no word in capitals,
// title, demonym, day or month.
func placeLike(ws, ts []string) bool {
	if !allO(ts) && !oneSpan(ts, "PERSON", "LOC") {
		return false
	}
	for _, w := range ws {
		if allCapitals(w) || gazetteer.Title(w) || demonym(w) || calendarName(w) || !isTitle(w) {
			return false
		}
	}
	return true
}

// compassNames open the names of regions and provinces ("Southern Ambrel",
// "Northern Ireland", "South America").
var compassNames = map[string]bool{
	"Northern": true, "Southern": true, "Eastern": true, "Western": true, "Central": true,
	"North": true, "South": true, "East": true, "West": true, "Upper": true, "Lower": true,
}

// compassPlaces tags LOC, in one sentence (tags changed in place), a run of
// a capitalised compass word and one or two capitalised words after a
// locative preposition, all left O ("declared a state of emergency across
// Southern Ambrel"), as UNER tags "in Northern Ireland". Not a name ending
// in an organisation's word ("in Northern Miners Federation"), nor one with
// a word in capitals ("to Western GA team"), a title, a day or a month.
func compassPlaces(ws, ts []string) {
	for j := 1; j+1 < len(ws); j++ {
		if !compassNames[ws[j]] || !locPreps[ws[j-1]] || !isTitle(ws[j+1]) {
			continue
		}
		end := runEnd(ws, j)
		if end-j > 3 || !allO(ts[j:end]) || orgFinal(ws[end-1]) || companyFinal(ws[end-1]) || bodyFinal(ws[end-1]) {
			continue
		}
		ok := true
		for _, w := range ws[j+1 : end] {
			ok = ok && !allCapitals(w) && !gazetteer.Title(w) && !calendarName(w) && !demonym(w)
		}
		if ok {
			ts[j] = "B-LOC"
			for k := j + 1; k < end; k++ {
				ts[k] = "I-LOC"
			}
		}
		j = end - 1
	}
}

// placedPersons tags LOC, in one sentence (tags changed in place), a name
// of one to three words the model typed PERSON that the sentence places:
// a known city's name after a preposition of place ("60 miles west of
// Baton Rouge", "flights to Santa Rosa"), or any name after such a
// preposition and before a comma and a country's or a region's name ("in
// Halsey Bridge , West Yorkshire", "near Denholm , Louisiana"). A name
// opening with a given name, or after a title, is left to the model.
func placedPersons(ws, ts []string) {
	for _, sp := range spans(ts) {
		s, e := sp.start, sp.end
		if sp.typ != "PERSON" || e-s > 3 || s == 0 || !(locPreps[ws[s-1]] || ws[s-1] == "of") || gazetteer.GivenName(ws[s]) {
			continue
		}
		if s > 1 && gazetteer.Title(ws[s-2]) {
			continue
		}
		name := ws[s:e]
		// a known city after "in", "near", ... if it is a large one, after
		// "of" only as "west of Baton Rouge"
		c, city := gazetteer.LookupCity(strings.Join(name, " "))
		if ws[s-1] == "of" {
			city = city && s > 1 && compassOf(ws[s-2])
		} else {
			city = city && c.Population >= 50000
		}
		placed := false
		if e+1 < len(ws) && ws[e] == "," && isTitle(ws[e+1]) {
			rest := ws[e+1:]
			if _, k, n, ok := gazetteer.Match(rest); ok && n >= 1 && (k == gazetteer.Name || k == gazetteer.Alias) {
				placed = true
			} else if gazetteer.MatchRegion(rest) > 0 {
				placed = true
			}
		}
		if !city && !placed {
			continue
		}
		ts[s] = "B-LOC"
		for k := s + 1; k < e; k++ {
			ts[k] = "I-LOC"
		}
	}
}

// compassOf reports a word that measures a distance to a place before
// "of": "west of Baton Rouge", "north of Leeds".
func compassOf(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "outskirts":
		return true
	}
	return false
}

// usStates are the postal codes of the states of the United States (and
// DC), as addresses write them before a ZIP code.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY") {
		m[s] = true
	}
	return m
}()

// zipCode reports whether w is a US ZIP code: five digits, or five, a
// hyphen and four.
func zipCode(w string) bool {
	d, rest, _ := strings.Cut(w, "-")
	return len(d) == 5 && isDigits(d) && (rest == "" || len(rest) == 4 && isDigits(rest))
}

// addressPlaces tags LOC, in one sentence (tags changed in place), the
// town and the state of a US postal address: a state's code ("TX",
// "N.J.") before a ZIP code, and the capitalised words of the town before
// it, a comma between or not ("Spring , TX 77388", "Holyoke , MA
// 01040-2841", "Stanford CA 94305"), and a state's code after a town and a
// comma without a ZIP code ("from Raleigh , NC ( RDU Airport )"), as UNER
// tags them. Only words the
// model left O or typed PERSON or ORG as a whole; the town's name holds no
// word in capitals, and no more than three words, after the street's
// word of the line before it ("1027 Jolson Court Manchester , N.J. 08759").
func addressPlaces(ws, ts []string) {
	for j := 1; j < len(ws); j++ {
		if !usStates[strings.ReplaceAll(ws[j], ".", "")] || j+1 < len(ws) && strings.HasPrefix(ts[j+1], "I-") {
			continue
		}
		if j+1 == len(ws) || !zipCode(ws[j+1]) {
			// Without a ZIP code: "Raleigh , NC ( RDU Airport )",
			// "Boulder , CO , Feb. 3": a town and a comma before it, no
			// capitalised word after it, and not a person's name before
			// it ("Harry Preuss , MD").
			if j < 2 || ws[j-1] != "," || !isTitle(ws[j-2]) || allCapitals(ws[j-2]) || j+1 < len(ws) && isTitle(ws[j+1]) && !allCapitals(ws[j+1]) ||
				ts[j-2] == "I-PERSON" {
				continue
			}
		}
		if ts[j] == "O" || ts[j] == "B-PERSON" || ts[j] == "B-ORG" || strings.HasPrefix(ts[j], "I-") {
			// the code alone, or the end of a name read with the town
			// ("Palo/B-PERSON Alto/I-PERSON CA/I-PERSON 94305"); no name
			// goes on after it (see above)
			ts[j] = "B-LOC"
		}
		e := j
		if ws[e-1] == "," {
			e--
		}
		s := e
		// Back to a street's word ("1027 Jolson Court Manchester , N.J.")
		for s > 0 && e-s < 3 && isTitle(ws[s-1]) && !allCapitals(ws[s-1]) && gazetteer.NameWord(ws[s-1])&gazetteer.NameWordPlace == 0 {
			s--
		}
		if s == e || s > 0 && isTitle(ws[s-1]) && !allCapitals(ws[s-1]) && gazetteer.NameWord(ws[s-1])&gazetteer.NameWordPlace == 0 || !allO(ts[s:e]) && !oneSpan(ts[s:e], "PERSON", "ORG", "LOC") || strings.HasPrefix(ts[e], "I-") && e < j {
			continue
		}
		ts[s] = "B-LOC"
		for k := s + 1; k < e; k++ {
			ts[k] = "I-LOC"
		}
	}
}

// featureWords end the names of towns and features of the land ("Dunmere
// Ridge", "Kessock Vale", "Harrow Creek").
var featureWords = map[string]bool{
	"Ridge": true, "Vale": true, "Valley": true, "Creek": true, "Hill": true, "Hills": true, "Falls": true,
	"Bay": true, "Harbour": true, "Harbor": true, "Heights": true, "Springs": true, "Point": true,
	"Island": true, "Islands": true, "Lake": true, "Mountain": true, "Mountains": true, "Forest": true,
	"Beach": true, "Cove": true, "Glen": true, "Dale": true, "Moor": true, "Marsh": true, "Woods": true,
	"Crossing": true, "Junction": true, "Ford": true, "Mills": true, "Downs": true, "Sound": true,
	"Gorge": true, "Canyon": true, "Peak": true, "Pass": true, "Wells": true, "Haven": true,
}

// featurePlaces types LOC a name the model read as a person's that ends
// in a word for a town or a feature of the land, does not open with a
// given name or a title, and stands after a locative preposition
// somewhere in the text ("evacuated from Dunmere Ridge and Kessock
// Vale"): every span of that name, in every sentence. "Michael Bay" and
// "Damon Hill" open with given names and stay people.
func featurePlaces(words, tags [][]string) {
	cand := map[string]bool{}
	for i, ts := range tags {
		ws := words[i]
		for _, s := range spans(ts) {
			if s.typ != "PERSON" || s.end-s.start < 2 || !featureWords[ws[s.end-1]] {
				continue
			}
			first := ws[s.start]
			if gazetteer.GivenName(first) || gazetteer.Title(first) || !isTitle(first) {
				continue
			}
			cand[strings.Join(ws[s.start:s.end], " ")] = false
		}
	}
	if len(cand) == 0 {
		return
	}
	// the name after a locative preposition, in whatever type
	for i, ts := range tags {
		ws := words[i]
		for _, s := range spans(ts) {
			k := strings.Join(ws[s.start:s.end], " ")
			if _, ok := cand[k]; ok && s.start > 0 && (locPreps[strings.ToLower(ws[s.start-1])] ||
				s.start > 1 && ws[s.start-1] == "of" && placeKinds[ws[s.start-2]]) { // "the hamlet of Kessock Vale"
				cand[k] = true
			}
		}
	}
	for i, ts := range tags {
		ws := words[i]
		for _, s := range spans(ts) {
			if s.typ == "PERSON" && cand[strings.Join(ws[s.start:s.end], " ")] {
				ts[s.start] = "B-LOC"
				for k := s.start + 1; k < s.end; k++ {
					ts[k] = "I-LOC"
				}
			}
		}
	}
}

// newPersonNouns are the nouns a story calls a new person by ("a 34-year-old
// Dunmore man", "a Kessby woman").
var newPersonNouns = map[string]bool{"man": true, "woman": true, "boy": true, "girl": true, "teenager": true,
	"youth": true, "pensioner": true, "mother": true, "father": true, "motorist": true, "cyclist": true, "pedestrian": true}

// agePlaces tags LOC, in one sentence (tags changed in place), the
// capitalised words between an age and a noun for a person ("a
// 61-year-old Dunmore/B-PERSON Vale/I-PERSON man"), which say where the
// person is from, as UNER tags "a Seattle man". The words must be left O
// or be one span of their own.
func agePlaces(ws, ts []string) {
	for j := 0; j+2 < len(ws); j++ {
		if !strings.HasSuffix(strings.ToLower(ws[j]), "-year-old") {
			continue
		}
		e := j + 1
		for e < len(ws) && e-j <= 4 && isTitle(ws[e]) && !allCapitals(ws[e]) {
			e++
		}
		if e == j+1 || e >= len(ws) || !newPersonNouns[ws[e]] || strings.HasPrefix(ts[e], "I-") ||
			!allO(ts[j+1:e]) && !oneSpan(ts[j+1:e], "PERSON", "ORG", "LOC") {
			continue
		}
		ts[j+1] = "B-LOC"
		for k := j + 2; k < e; k++ {
			ts[k] = "I-LOC"
		}
	}
}
