package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract/gazetteer"
)

// Products and events are not among the recogniser's types, but their names
// look like people's and places' names to the sentence model: "Mac OS X
// Lion" is a capitalised run ending in a word that is also a name, and
// "Paris Summit" a place followed by a capitalised word. The rules below,
// run by the document pass, take such names out of PERSON and LOC and
// leave them untagged (entity resolution may still keep them as names of
// other kinds).

// productMarker reports whether w marks a product's name rather than a
// person's: an operating system ("OS"), a word in lower case with a capital
// inside ("iPhone", "iOS"), a model code mixing capitals and digits ("3GS",
// "S5", not "4th" or "3801a"), or a version number ("10.4").
func productMarker(w string) bool {
	if w == "OS" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsLower(r) {
		if articleSurname(w) {
			return false // "el-Sadat" is a surname, not "eBay"
		}
		for _, c := range w {
			if unicode.IsUpper(c) {
				return true
			}
		}
		return false
	}
	var letters, digits, dots int
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			dots++
		case unicode.IsUpper(c):
			letters++
		default:
			// Ordinals, decades and room numbers ("4th", "1990s",
			// "3801a") have letters in lower case.
			return false
		}
	}
	if digits == 0 {
		return false
	}
	if letters == 0 {
		// A version number: digits, a dot, digits ("10.4", "2.0").
		return dots == 1 && w[0] != '.' && w[len(w)-1] != '.'
	}
	if dots > 0 {
		return false
	}
	return true
}

// innerCapital reports whether w is a capitalised word with a capital
// after a lower-case letter ("PowerPC", "GarageBand"), as products' and
// firms' names are written and places' names are not, but for those that
// begin with a particle ("McAllen", "MacGregor", "DeKalb", "LaGrange").
func innerCapital(w string) bool {
	if !isTitle(w) {
		return false
	}
	for _, p := range []string{"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return false
		}
	}
	lower := false
	for _, c := range w {
		switch {
		case unicode.IsLower(c):
			lower = true
		case unicode.IsUpper(c) && lower:
			return true
		}
	}
	return false
}

// nameWord reports whether w can be a word of a product's name.
func nameWord(w string) bool {
	return isTitle(w) || productMarker(w)
}

// products takes products' names out of PERSON in the sentences of one
// document (tags changed in place):
//
//   - a PERSON span that holds a product marker ("Mac OS X Lion", "iPhone
//     3GS"), and a LOC span that holds a capitalised word with a capital
//     inside ("PowerPC", "GarageBand"; not "McAllen", "DeKalb"), is
//     untagged;
//   - the (at most two) capitalised words after a marker other than a word
//     in lower case with a capital inside, in a run of name words ("Lion"
//     in "OS X Lion", "Snow Leopard" in "Mac OS X Snow Leopard"), and the
//     word before "OS" ("Mac"), and a name of one or two words said to
//     be a release of software (see namedRelease: "its operating system,
//     Snow Leopard", "Tiger, the newest version of ..."), are words of a
//     product's name in the whole
//     document, and a span of any type made of such words alone ("Lion",
//     "X Lion") is untagged too.
func products(words, tags [][]string) {
	product := map[string]bool{}
	for i, ws := range words {
		for j := 0; j < len(ws); {
			if !nameWord(ws[j]) {
				j++
				continue
			}
			end := j + 1
			for end < len(ws) && nameWord(ws[end]) {
				end++
			}
			seen, after := false, 0
			for k := j; k < end; k++ {
				switch {
				case productMarker(ws[k]):
					// A word in lower case with a capital inside
					// ("iPhone", "eBay") names a product or a firm,
					// and the capitalised words after it ("eBay CEO
					// Ana Ruiz") are not its name.
					seen, after = ws[k] == "OS" || !unicode.IsLower(rune(ws[k][0])), 0
					if ws[k] == "OS" && k > j {
						product[ws[k-1]] = true
					}
				case seen && after < 2 && isTitle(ws[k]) && !gazetteer.Title(ws[k]):
					// A code name: at most two words ("Snow Leopard"),
					// so that a headline in capitals does not lend
					// the rest of its words.
					product[ws[k]] = true
					if len(ws[k]) > 1 {
						after++
					}
				default:
					seen = false
				}
			}
			if end-j <= 2 && namedRelease(ws, j, end) {
				for _, w := range ws[j:end] {
					if isTitle(w) && !gazetteer.Title(w) {
						product[w] = true
					}
				}
			}
			j = end
		}
		for _, s := range spans(tags[i]) {
			for _, w := range ws[s.start:s.end] {
				if (s.typ == "PERSON" && productMarker(w)) || (s.typ == "LOC" && innerCapital(w)) {
					untag(tags[i], s)
					break
				}
			}
		}
	}
	if len(product) == 0 {
		return
	}
	for i, ws := range words {
		for _, s := range spans(tags[i]) {
			all := true
			for _, w := range ws[s.start:s.end] {
				if !product[w] {
					all = false
					break
				}
			}
			if all {
				untag(tags[i], s)
			}
		}
	}
}

// namedRelease reports whether the name ws[start:end] is said to be a
// release of software: it follows "OS" or "operating system", a comma or a
// quotation mark aside ("its operating system, Snow Leopard", "OS
// \"Tiger\""), or it is followed by ", the (new, latest ...) version of"
// or "release of" ("Tiger, the newest version of ...").
func namedRelease(ws []string, start, end int) bool {
	k := start - 1
	if k >= 0 && (ws[k] == "," || quote(ws[k])) {
		k--
	}
	if k >= 0 && (ws[k] == "OS" || (strings.EqualFold(ws[k], "system") && k > 0 && strings.EqualFold(ws[k-1], "operating"))) {
		return true
	}
	k = end
	if k < len(ws) && quote(ws[k]) {
		k++
	}
	if k+2 >= len(ws) || ws[k] != "," || !strings.EqualFold(ws[k+1], "the") {
		return false
	}
	for k += 2; k < len(ws) && k < end+6; k++ {
		switch strings.ToLower(ws[k]) {
		case "new", "newest", "latest", "next", "current", "upcoming", "forthcoming":
			continue
		case "version", "release", "update", "edition":
			return k+1 < len(ws) && ws[k+1] == "of"
		}
		return false
	}
	return false
}

func quote(w string) bool {
	switch w {
	case `"`, "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}

// eventNoun reports whether w (in any case) is a noun that heads the name
// of an event ("Paris Summit", "Climate Conference").
func eventNoun(w string) bool {
	switch strings.ToLower(w) {
	case "summit", "summits", "conference", "conferences", "expo", "festival", "olympics", "olympiad",
		"championship", "championships", "tournament", "marathon", "symposium", "convention",
		"awards", "fair", "talks", "keynote", "gala", "parade", "concert", "meeting", "election", "elections":
		return true
	}
	return false
}

// events takes events' names out of PERSON and LOC in the tags of one
// sentence (changed in place):
//
//   - a span of two or more words ending in an event noun ("Paris Summit",
//     "Sorvik Conference") is untagged;
//   - an event noun tagged alone is untagged when it is in lower case
//     ("the summit") or follows a capitalised word ("Paris/B-LOC
//     Summit/B-LOC"); written alone after a lower-case word ("homes in
//     Summit") it may be a town, and keeps its tag.
func events(ws, ts []string) {
	for _, s := range spans(ts) {
		if (s.typ != "PERSON" && s.typ != "LOC") || !eventNoun(ws[s.end-1]) {
			continue
		}
		if s.end-s.start >= 2 || !isTitle(ws[s.start]) || (s.start > 0 && isTitle(ws[s.start-1])) {
			untag(ts, s)
		}
	}
}

// untag sets the tags of span s to O.
func untag(ts []string, s span) {
	for j := s.start; j < s.end; j++ {
		ts[j] = "O"
	}
}

// appNouns head noun phrases naming a piece of software or a service by
// the names before them ("the popular Quill messaging and payments app").
var appNouns = map[string]bool{
	"app": true, "apps": true, "application": true, "platform": true, "browser": true, "messenger": true,
	"service": true, "website": true, "game": true, "software": true, "chatbot": true, "wallet": true,
}

// productNouns head noun phrases naming goods by the names before them;
// unlike an app's or a service's noun ("the Skarra ferry service") they
// follow no place's name, so the names are taken out of LOC as well.
var productNouns = map[string]bool{
	"console": true, "consoles": true, "phone": true, "phones": true,
	"smartphone": true, "smartphones": true, "handset": true, "handsets": true, "tablet": true, "tablets": true,
	"laptop": true, "laptops": true, "model": true, "models": true,
	"hatchback": true, "hatchbacks": true, "saloons": true, "sedans": true, "SUVs": true, "cars": true, "vans": true,
	"kettle": true, "kettles": true, "heaters": true, "drone": true, "drones": true, "scooter": true, "scooters": true,
	"smartwatch": true, "smartwatches": true, "headphones": true, "chargers": true, "printers": true, "routers": true,
}

// apps untags, in the sentences of one document (tags changed in place),
// the PERSON spans made of the words of names that the document names as
// an app's or a service's, and the PERSON and LOC spans made of those it
// names as goods' (see productNames): "runs
// the popular Quill/B-PERSON messaging and payments app", then "the
// Quill/B-PERSON hack"; "the Brightwell/B-LOC Aura/I-LOC and Aura/B-PERSON
// Plus/I-PERSON models". The model takes an unknown brand for a first name
// or a place; UNER tags products O. ORG spans keep their tags: a firm named
// after its app ("the Varn app" beside "Varn said").
func apps(words, tags [][]string) {
	var app map[string]uint8 // 1: an app's word, 2: a product's
	for _, ws := range words {
		for h := 2; h < len(ws); h++ {
			kind := uint8(0)
			switch {
			case productNouns[ws[h]]:
				kind = 2
			case appNouns[ws[h]]:
				kind = 1
			default:
				continue
			}
			for _, n := range productNames(ws, h) {
				if app == nil {
					app = map[string]uint8{}
				}
				for _, w := range ws[n[0]:n[1]] {
					if isTitle(w) {
						app[w] = max(app[w], kind)
					}
				}
			}
		}
	}
	if app == nil {
		return
	}
	// A maker's name opens its products' ("the Brightwell Aura" beside
	// "Brightwell Appliances"): alone, it names the maker.
	maker := map[string]bool{}
	for i, ws := range words {
		for _, s := range spans(tags[i]) {
			if s.typ == "ORG" && s.end-s.start >= 2 {
				maker[ws[s.start]] = true
			}
		}
	}
	for i, ws := range words {
		for _, s := range spans(tags[i]) {
			if s.typ != "PERSON" && s.typ != "LOC" {
				continue
			}
			all, some := true, false
			for _, w := range ws[s.start:s.end] {
				own := app[w] == 2 || app[w] == 1 && s.typ == "PERSON"
				all = all && (own && !maker[w] || isDigits(w) || maker[w] && s.end-s.start > 1)
				some = some || own && !maker[w]
			}
			all = all && some
			if all {
				untag(tags[i], s)
			}
		}
	}
}

// productNames returns the names that the noun at h (see appNouns and
// productNouns) says
// are a product's: up to four words in lower case or "and" may stand
// between (the kind of app: "Quill messaging and payments app"), then one
// name of one to three capitalised words or numbers ("Aura 2 Mini"), or
// several joined by "and" or commas; before them a determiner, one or two
// words in lower case after it ("the popular Quill"), or a number ("212,000
// Aster and Aster Sport hatchbacks"). None if a name holds a title or a
// word in capitals.
func productNames(ws []string, h int) [][2]int {
	k := h - 1
	for n := 0; k >= 0 && n < 4 && (isLowerWord(ws[k]) || strings.Contains(ws[k], "-") && !isTitle(ws[k])) && !determiner(ws[k]); n++ {
		k--
	}
	var names [][2]int
	for {
		e := k + 1
		for k >= 0 && e-k <= 3 && (nameWord(ws[k]) || isDigits(ws[k]) && k > 0 && nameWord(ws[k-1])) {
			k--
		}
		s := k + 1
		if s == e || !isTitle(ws[s]) {
			return nil
		}
		for _, w := range ws[s:e] {
			if allCapitals(w) || gazetteer.Title(w) {
				return nil
			}
		}
		names = append(names, [2]int{s, e})
		if k > 0 && (ws[k] == "and" || ws[k] == ",") && (nameWord(ws[k-1]) || isDigits(ws[k-1])) {
			k--
			continue
		}
		break
	}
	b := k
	for b >= 0 && k-b < 2 && isLowerWord(ws[b]) && !determiner(ws[b]) {
		b--
	}
	if b >= 0 && determiner(ws[b]) || k >= 0 && number(ws[k]) {
		return names
	}
	return nil
}

// isDigits reports whether w is made of digits only ("2" in "Aura 2").
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// number reports whether w is a number written in digits, with commas or
// a point ("212,000", "1.3").
func number(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' && strings.Trim(w, "0123456789,.") == ""
}
