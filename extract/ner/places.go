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
