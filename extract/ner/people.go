package ner

import (
	"strings"

	"github.com/storygraph/storygraph/extract/gazetteer"
)

// kinNouns are lower-case nouns for a relative, after which a name is a
// person's ("whose brother Ilian, a drill operator, ...", "his daughters
// Mira and Lena").
var kinNouns = map[string]bool{
	"brother": true, "sister": true, "son": true, "daughter": true, "wife": true, "husband": true,
	"mother": true, "father": true, "uncle": true, "aunt": true, "cousin": true, "nephew": true, "niece": true,
	"grandson": true, "granddaughter": true, "grandmother": true, "grandfather": true, "widow": true,
	"widower": true, "fiance": true, "fiancee": true, "fiancé": true, "fiancée": true, "stepson": true,
	"stepdaughter": true, "stepfather": true, "stepmother": true, "boyfriend": true, "girlfriend": true,
	"brothers": true, "sisters": true, "sons": true, "daughters": true, "children": true, "grandchildren": true,
}

// kinPersons tags PERSON, in one sentence (tags changed in place), a name
// of one to three capitalised words right after a noun for a relative in
// lower case ("whose brother Ilian/B-ORG , a 34-year-old drill operator",
// "her son Teo/B-LOC Marr/I-LOC"), which the model left O or typed an
// organisation or a place: a relative is a person. After a plural ("his
// sons Ilian and Teo") a second name joined by "and" is one too. Not a
// known place's name, a word in capitals, a demonym, a title, a day or a
// month, nor a name ending in an organisation's word ("sister company"
// is never before it, but "sister Varn Bank" may be a bank's).
func kinPersons(ws, ts []string) {
	for k := 0; k+1 < len(ws); k++ {
		if !kinNouns[ws[k]] {
			continue
		}
		s := k + 1
		for n := 0; n < 2 && s < len(ws); n++ {
			e := kinName(ws, ts, s)
			if e < 0 {
				break
			}
			ts[s] = "B-PERSON"
			for j := s + 1; j < e; j++ {
				ts[j] = "I-PERSON"
			}
			if !strings.HasSuffix(ws[k], "s") && ws[k] != "children" || e+1 >= len(ws) || ws[e] != "and" {
				break
			}
			s = e + 1
		}
	}
}

// kinName returns the end of the name a relative's noun can stand before,
// starting at s, or -1: a run of one to three capitalised words, tagged O
// or one span of any type that ends with the run, that is no known place,
// holds no title, day, month, demonym or word in capitals, and does not end
// in an organisation's word ("his son Jordan" is a person: a given name
// goes before a place's).
func kinName(ws, ts []string, s int) int {
	if s >= len(ws) || !isTitle(ws[s]) {
		return -1
	}
	e := runEnd(ws, s)
	if e-s > 3 || ws[s] == "I" || orgFinal(ws[e-1]) || companyFinal(ws[e-1]) || placeName(ws[s:e]) && !gazetteer.GivenName(ws[s]) {
		return -1
	}
	for _, w := range ws[s:e] {
		if allCapitals(w) || gazetteer.Title(w) || calendarName(w) || demonym(w) {
			return -1
		}
	}
	if !allO(ts[s:e]) && !oneSpan(ts[s:e], "PERSON", "ORG", "LOC") {
		return -1
	}
	if e < len(ts) && strings.HasPrefix(ts[e], "I-") {
		return -1 // the span runs on past the capitalised words
	}
	return e
}

// nameParticles are the words in lower case that people's names hold
// ("Ludwig van Beethoven", "Osama bin Laden").
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "du": true, "del": true, "della": true, "der": true, "den": true, "van": true,
	"von": true, "le": true, "la": true, "bin": true, "ibn": true, "al": true, "el": true, "dos": true, "das": true,
	"y": true, "ter": true, "ten": true, "zu": true, "af": true,
}

// articleSurnames tags PERSON, in one sentence (tags changed in place), a
// surname written with an Arabic article ("el-Sadat", "al-Bashir") right
// after a person's name the model tagged without it, or after a known
// given name or a capitalised word after a title it missed ("Omar
// al-Mukhtar", "President Anwar el-Sadat"): the model
// reads the lower-case word as no name.
func articleSurnames(ws, ts []string) {
	for j := 1; j < len(ws); j++ {
		if !articleSurname(ws[j]) || strings.HasSuffix(ts[j], "-PERSON") ||
			j+1 < len(ws) && strings.HasPrefix(ts[j+1], "I-") {
			continue // the first word of a longer name of another type ("el-Tahrir/B-LOC Square/I-LOC")
		}
		switch {
		case strings.HasSuffix(ts[j-1], "-PERSON"):
		case ts[j-1] == "O" && isTitle(ws[j-1]) && (gazetteer.GivenName(ws[j-1]) || j >= 2 && gazetteer.Title(ws[j-2])):
			ts[j-1] = "B-PERSON" // "Omar al-Mukhtar", "President Anwar el-Sadat"
		default:
			continue
		}
		ts[j] = "I-PERSON"
	}
}

// articleSurname reports a word of an Arabic article, a hyphen and a
// capitalised name ("el-Sadat", "al-Assad", "ash-Shara").
func articleSurname(w string) bool {
	art, name, ok := strings.Cut(w, "-")
	if !ok || len(name) < 3 {
		return false
	}
	switch art {
	case "al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "ud":
	default:
		return false
	}
	return isTitle(name)
}

// verbInNames splits, in one sentence (tags changed in place), a PERSON
// span at a word in lower case that the tagger read as a verb
// ("Sarvenna/B-PERSON saw/I-PERSON Estmoor/I-PERSON"): a name holds no
// verb. The capitalised words before and after it become names of their
// own, of the span's type; a particle of a name ("van", "bin") is left
// alone. Without Penn tags nothing changes.
func verbInNames(ws, xp, ts []string) {
	if len(xp) < len(ws) {
		return
	}
	for j := 1; j+1 < len(ws); j++ {
		if ts[j] != "I-PERSON" || !isLowerWord(ws[j]) || nameParticles[ws[j]] || !strings.HasPrefix(xp[j], "VB") && xp[j] != "MD" {
			continue
		}
		ts[j] = "O"
		if ts[j+1] == "I-PERSON" {
			ts[j+1] = "B-PERSON"
		}
	}
}

// personNouns are lower-case nouns for what a person does, besides
// [roles], after which a name is a person's ("the novelist Rui Tavares
// Monteiro").
var personNouns = map[string]bool{
	"novelist": true, "writer": true, "author": true, "poet": true, "artist": true, "singer": true, "actor": true,
	"actress": true, "painter": true, "composer": true, "photographer": true, "journalist": true, "reporter": true,
	"editor": true, "lawyer": true, "attorney": true, "doctor": true, "scientist": true, "historian": true,
	"architect": true, "designer": true, "businessman": true, "businesswoman": true, "activist": true,
	"farmer": true, "teacher": true, "student": true, "priest": true, "bishop": true, "nurse": true, "surgeon": true,
}

// rolePersons tags PERSON, in one sentence (tags changed in place), a name
// of two or three capitalised words right after a noun for what a person
// does ("said the novelist Rui/B-LOC Tavares Monteiro/B-LOC", "coach Ada
// Varn/B-ORG"), whatever the model made of it: UNER tags such names
// PERSON throughout. Not a known place's name, nor one ending in an
// organisation's, a place's or a venue's word ("the editor Jordan Valley
// Press", "coach Harlow Street"), nor one with a title, a word in capitals, a day, a month or a demonym, nor a span running on
// past the capitalised words.
func rolePersons(ws, ts []string) {
	for s := 1; s+1 < len(ws); s++ {
		if !roles[ws[s-1]] && !personNouns[ws[s-1]] || !isTitle(ws[s]) {
			continue
		}
		e := runEnd(ws, s)
		if e-s < 2 || e-s > 3 || e < len(ts) && strings.HasPrefix(ts[e], "I-") || orgFinal(ws[e-1]) || companyFinal(ws[e-1]) || placeName(ws[s:e]) ||
			gazetteer.NameWord(ws[e-1]) != 0 {
			continue
		}
		ok := true
		for _, w := range ws[s:e] {
			ok = ok && !allCapitals(w) && !gazetteer.Title(w) && !calendarName(w) && !demonym(w)
		}
		if !ok {
			continue
		}
		ts[s] = "B-PERSON"
		for k := s + 1; k < e; k++ {
			ts[k] = "I-PERSON"
		}
		s = e
	}
}

// coordinated tags, in the sentences of one document (tags changed in
// place), a lone capitalised word typed PERSON that "and", "or" or "v"
// joins to an organisation's or a place's name with the other name's type
// ("Retailers including Halden Stores and Rovo/B-PERSON", "Eskara/B-LOC v
// Lothmar/B-PERSON", "Rovo/B-PERSON and Halden Stores"): coordinated names
// are of one kind, and UNER almost never joins a person's name of one word
// to an organisation's or a place's. Not a given name, nor a word that
// ends a person's name of several words in the document ("Apple and Jobs"
// after "Steve Jobs").
func coordinated(words, tags [][]string) {
	var surnames map[string]bool
	for i, ts := range tags {
		ws := words[i]
		for j := 1; j+1 < len(ws); j++ {
			switch ws[j] {
			case "and", "or", "v", "vs", "vs.":
			default:
				continue
			}
			// The lone word after the conjunction, the name before it; or
			// the lone word before it, the name after it.
			w, other := -1, ""
			if ts[j] != "O" {
				continue // inside a name ("the Food and Drug Administration")
			}
			if ts[j+1] == "B-PERSON" && lonely(ws, j+1) && ts[j-1] != "O" {
				if t := ts[j-1][2:]; t == "ORG" || t == "LOC" {
					w, other = j+1, t
				}
			}
			if w < 0 && ts[j-1] == "B-PERSON" && lonely(ws, j-1) && strings.HasPrefix(ts[j+1], "B-") {
				if t := ts[j+1][2:]; t == "ORG" || t == "LOC" {
					w, other = j-1, t
				}
			}
			if w < 0 || w+1 < len(ts) && strings.HasPrefix(ts[w+1], "I-") || gazetteer.GivenName(ws[w]) || allCapitals(ws[w]) || len(ws[w]) < 3 {
				continue
			}
			if surnames == nil {
				surnames = map[string]bool{}
				for k, ts2 := range tags {
					for _, s := range spans(ts2) {
						if s.typ == "PERSON" && s.end-s.start >= 2 {
							surnames[words[k][s.end-1]] = true
						}
					}
				}
			}
			if !surnames[ws[w]] {
				ts[w] = "B-" + other
			}
		}
	}
}

// speechBefore are words after which a name is a speaker's ("said Tomasz
// Reyland of Bellcourt Capital").
var speechBefore = map[string]bool{"said": true, "says": true, "told": true, "added": true, "wrote": true, "warned": true, "noted": true}

// personOfOrg splits, in one sentence (tags changed in place), an
// organisation's span that opens with a person's name and "of" before the
// organisation's name ("said Tomasz/B-ORG Reyland/I-ORG of/I-ORG
// Bellcourt/I-ORG Capital/I-ORG"): two or three capitalised words before
// "of", opening with a given name or after a verb of speech, are the
// person's, the words after it the organisation's. Not where a word before "of" is a title, an
// organisation's or a place's word ("Duke of Westmorland", "Bank of
// Norland", "University of Keston").
func personOfOrg(ws, ts []string) {
	for _, s := range spans(ts) {
		if s.typ != "ORG" || s.end-s.start < 4 || !gazetteer.GivenName(ws[s.start]) && !(s.start > 0 && speechBefore[ws[s.start-1]]) {
			continue
		}
		of := -1
		for k := s.start + 2; k <= s.start+3 && k < s.end-1; k++ {
			if ws[k] == "of" {
				of = k
				break
			}
		}
		if of < 0 {
			continue
		}
		ok := true
		for k, w := range ws[s.start:of] {
			// a given name may be a place's too ("Helena")
			ok = ok && isTitle(w) && !allCapitals(w) && !gazetteer.Title(w) && gazetteer.NameWord(w) == 0 && !orgFinal(w) && !companyFinal(w) &&
				!calendarName(w) && !demonym(w) && (k == 0 && gazetteer.GivenName(w) || !placeName([]string{w}))
		}
		if !ok || !isTitle(ws[of+1]) {
			continue
		}
		ts[s.start] = "B-PERSON"
		for k := s.start + 1; k < of; k++ {
			ts[k] = "I-PERSON"
		}
		ts[of] = "O"
		setORG(ts, of+1, s.end)
	}
}
