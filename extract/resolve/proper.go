package resolve

import (
	"strings"
	"unicode"

	"github.com/storygraph/storygraph/extract/gazetteer"
)

// locHeads follow a place name and belong to it ("Belgorod region").
var locHeads = set("region", "province", "oblast", "county", "district", "valley", "island", "islands",
	"peninsula", "river", "strait", "sea", "desert", "mountains")

// locPreps introduce places ("at Mar-a-Lago").
var locPreps = set("at", "in", "near", "outside", "inside", "from", "into", "across", "throughout")

// calendarWords are capitalised but name no entity.
var calendarWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// collectProperNouns adds organisations and places named by proper nouns the
// recogniser missed, when the form or the context says which they are:
// "X of Y" names and names ending in an organisation word are
// organisations, as are CamelCase and all-capital names ("BlackRock");
// a name before "region" or after "at" or "in" is a place.
func (r *resolver) collectProperNouns(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	for i := 0; i < len(toks); i++ {
		if !properWord(toks[i].Text, toks[i].UPOS) || isTitle(toks[i].Text) || r.covered(di, si, i) {
			continue
		}
		j := i + 1
		hasOf := false
		for j < len(toks) && !r.covered(di, si, j) {
			if properWord(toks[j].Text, toks[j].UPOS) {
				j++
				continue
			}
			// "Coalition of the Willing", "Armed Forces of Ukraine".
			w := strings.ToLower(toks[j].Text)
			if w == "of" && j+1 < len(toks) {
				k := j + 1
				if strings.ToLower(toks[k].Text) == "the" && k+1 < len(toks) {
					k++
				}
				if isCapitalised(toks[k].Text) && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN" || toks[k].UPOS == "ADJ") {
					hasOf = true
					j = k + 1
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
		if end-start == 1 && calendarWords[strings.ToLower(strings.TrimSuffix(text, "."))] {
			continue
		}
		last := strings.ToLower(toks[end-1].Text)
		switch {
		case end < len(toks) && locHeads[strings.ToLower(toks[end].Text)] && !hasOf:
			r.addPlace(di, si, start, end+1, "LOC")
			i = end
		case hasOf || orgHeads[last] || (end-start == 1 && (camelCase(text) || allCaps(text))):
			if start == 0 && end-start == 1 && !camelCase(text) && !allCaps(text) {
				continue
			}
			r.addOrg(di, si, start, end)
		case start > 0 && locPreps[strings.ToLower(toks[start-1].Text)] && start > 1:
			r.addPlace(di, si, start, end, "LOC")
		}
	}
}

// properWord reports whether a token looks like part of a proper name.
func properWord(w, upos string) bool {
	return isCapitalised(w) && upos == "PROPN"
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
