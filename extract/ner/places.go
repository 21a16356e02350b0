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
