package nlp

import (
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"
)

// repairCompoundVerb corrects a present-tense verb tag on a noun that
// modifies the noun after it in a subject opened by a name ("The Tallis
// harbour board on Monday approved ...", "Orvik council vote was
// delayed"), which the tagger reads as the name's verb: when the noun
// after it is followed, at once or after a prepositional phrase, by a
// finite verb (or a participle with an object, which the verb tag before
// it made one), that verb is the sentence's and the word a noun of its
// subject. A second verb after a name or a noun of its own ("The Tories
// back plans Moscow drafted") has its own subject and changes nothing.
func repairCompoundVerb(words, upos, xpos []string) {
	for i := 1; i+2 < len(words); i++ {
		if xpos[i] != "VBP" || xpos[i-1] != "NNP" && xpos[i-1] != "NNPS" || words[i] != strings.ToLower(words[i]) ||
			xpos[i+1] != "NN" && xpos[i+1] != "NNS" {
			continue
		}
		j := i + 2
		if xpos[j] == "VBN" && j+1 < len(words) && startsNounPhrase(words[j+1], xpos[j+1]) {
			// "board approved a new terminal": a participle with an
			// object after it, read so because of the verb tag before
			xpos[j], upos[j] = "VBD", "VERB"
		}
		if k := nextFinite(xpos, j); k == j || k > j && xpos[j] == "IN" {
			xpos[i], upos[i] = "NN", "NOUN"
		}
	}
}

// nextFinite returns the first finite verb at or after token from when
// only a prepositional phrase's words (prepositions, determiners, numbers,
// adjectives, nouns and names) come before it, or -1.
func nextFinite(xpos []string, from int) int {
	for k := from; k < len(xpos); k++ {
		switch xpos[k] {
		case "VBD", "VBZ", "MD":
			return k
		case "IN", "DT", "CD", "JJ", "NN", "NNS", "NNP", "NNPS", "POS":
		default:
			return -1
		}
	}
	return -1
}

// repairOpeningParticiple corrects a gerund tag on the adjective that opens
// a sentence before a title or a name ("Outgoing Prime Minister Dragan
// Velic conceded defeat", "Acting Mayor Tor Vik said"), which the tagger
// reads as the sentence's verb with the person as its object: when a title
// and a name follow it and a finite verb follows them with no comma
// between, the person is the subject and the word describes them. A
// gerund with a place for its object ("Visiting Paris cost him ...") has
// no title after it.
func repairOpeningParticiple(words, upos, xpos []string) {
	if len(words) < 3 || xpos[0] != "VBG" || xpos[1] != "NNP" && xpos[1] != "NNPS" || !lexicon.Title(words[1]) {
		return
	}
	k := 1
	for k < len(words) && (xpos[k] == "NNP" || xpos[k] == "NNPS") {
		k++
	}
	if k < len(words) && (xpos[k] == "VBD" || xpos[k] == "VBZ" || xpos[k] == "VBP" || xpos[k] == "MD") {
		xpos[0], upos[0] = "JJ", "ADJ"
	}
}

// repairGoOnTo makes the verb after "went on to" the complement of "go"
// ("She went on to write eleven more novels", "the firm went on to win
// the contract"), which the parser hangs on it as an adverbial clause of
// purpose: "go on to" says what came next, as "began to" does, so the verb
// is what the subject went on to do.
func repairGoOnTo(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		if toks[v].Lemma != "go" || toks[v].UPOS != "VERB" {
			continue
		}
		on := -1
		for k := v + 1; k < len(toks) && k <= v+2; k++ {
			if strings.EqualFold(toks[k].Text, "on") && toks[k].Head == v {
				on = k
				break
			}
		}
		if on < 0 || on+2 >= len(toks) || !strings.EqualFold(toks[on+1].Text, "to") {
			continue
		}
		x := on + 2
		if toks[x].Head != v || toks[x].Dep != "advcl" || toks[x].XPOS != "VB" && toks[x].XPOS != "VBN" {
			continue
		}
		toks[on].Dep = "compound:prt"
		toks[on+1].UPOS, toks[on+1].XPOS, toks[on+1].Head, toks[on+1].Dep = "PART", "TO", x, "mark"
		toks[x].UPOS, toks[x].XPOS, toks[x].Dep = "VERB", "VB", "xcomp"
	}
}

// repairLabelSubject takes the label before a colon out of the subject
// ("Corrections: An earlier version of this story gave the wrong figure",
// read with two subjects, "Corrections" and "version"): when a verb has
// two subjects and a colon stands between them, the first is a label of
// the line, not who did anything.
func repairLabelSubject(s *Sentence) {
	toks := s.Tokens
	for a := range toks {
		v := toks[a].Head
		if !strings.HasPrefix(toks[a].Dep, "nsubj") || v <= a {
			continue
		}
		for c := a + 1; c < v; c++ {
			if toks[c].Text != ":" {
				continue
			}
			for b := c + 1; b < v; b++ {
				if toks[b].Head == v && strings.HasPrefix(toks[b].Dep, "nsubj") {
					toks[a].Dep = "dep"
					break
				}
			}
			break
		}
	}
}

// repairCountedPlural corrects a present-tense verb tag on the plural noun
// a number counts ("turned down two job offers", "the 'two strikes'
// rule"), which the tagger reads as the verb of the number or of the noun
// before it: a number other than "one" counts no singular thing and is no
// third-person subject, so an -s word after it, directly or after one
// singular noun, is its plural noun. A year ("2024 marks ..."), a number
// in a name ("iPhone 4 has") and a verb that is no noun ("is", "has")
// stay.
func repairCountedPlural(words, upos, xpos []string) {
	for i := 1; i < len(words); i++ {
		if xpos[i] != "VBZ" || !strings.HasSuffix(words[i], "s") || words[i] != strings.ToLower(words[i]) {
			continue
		}
		n := i - 1
		if xpos[n] == "NN" && n > 0 && words[n] == strings.ToLower(words[n]) {
			n-- // "two job offers"
		}
		if xpos[n] != "CD" || !countingNumber(words[n]) || auxiliaryS[words[i]] {
			continue
		}
		if n > 0 && strings.HasPrefix(xpos[n-1], "NNP") {
			continue // "iPhone 4 has", "Route 9 runs": a number of a name
		}
		if n > 0 && (xpos[n-1] == "IN" && strings.EqualFold(words[n-1], "of") || words[n-1] == "the" && n == i-1) {
			// "one of two says", "the two agree": the number stands for
			// things named before
			continue
		}
		xpos[i], upos[i] = "NNS", "NOUN"
	}
}

// auxiliaryS are verbs in -s that are no plural nouns.
var auxiliaryS = map[string]bool{"is": true, "has": true, "was": true, "does": true, "says": true, "goes": true, "seems": true, "remains": true, "becomes": true}

// countingNumber reports a number that counts more than one thing: a
// number word or a number of digits that is no year.
func countingNumber(w string) bool {
	switch strings.ToLower(w) {
	case "one", "1":
		return false
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "dozen":
		return true
	}
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false // a year
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' {
			return false
		}
	}
	return w != ""
}

// repairPossessedGerund corrects a gerund tag on the "-ing" noun a
// possessive owns ("until the shareholders' meeting in June", "after the
// company's restructuring"), which the parser then reads as a clause
// with the owner as its subject ("he | is meeting in | June"): after a
// possessive marker and before no noun of its own, the word is the noun
// of the phrase. Before a noun it is a modifier ("the firm's growing
// debt") and stays.
func repairPossessedGerund(words, upos, xpos []string) {
	for i := 1; i < len(words); i++ {
		if xpos[i] != "VBG" || xpos[i-1] != "POS" {
			continue
		}
		if i+1 < len(words) {
			if next := xpos[i+1]; strings.HasPrefix(next, "NN") || next == "JJ" || next == "DT" || next == "PRP" || next == "PRP$" || next == "CD" {
				continue // a modifier, or a gerund with an object
			}
		}
		xpos[i], upos[i] = "NN", "NOUN"
	}
}

// stateParticiples are participles that, before a noun, name a state of
// the people or things the noun names ("disabled people", "displaced
// families", "retired teachers") more often than an action on them.
var stateParticiples = map[string]bool{
	"disabled": true, "displaced": true, "retired": true, "unemployed": true, "skilled": true,
	"unskilled": true, "married": true, "registered": true, "qualified": true, "armed": true,
	"elected": true, "detained": true, "licensed": true, "listed": true, "trained": true,
	"wounded": true, "injured": true, "affected": true, "insured": true, "uninsured": true,
	"vaccinated": true, "unvaccinated": true, "employed": true, "self-employed": true, "divorced": true,
	"widowed": true, "accredited": true, "certified": true,
}

// repairStateParticiple corrects a verb tag on such a participle before a
// bare plural noun after "and", "or", a comma, a preposition or a
// determiner ("on single parents and disabled people"): read as a verb
// coordinated with the clause's, it made the noun its object ("the
// ministry | had disabled | people"). A counted or determined noun after
// it ("and injured three people", "and injured dozens") is its object and
// the verb stays.
func repairStateParticiple(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		if xpos[i] != "VBN" && xpos[i] != "VBD" || !stateParticiples[strings.ToLower(words[i])] {
			continue
		}
		if xpos[i+1] != "NNS" || quantityNoun(words[i+1]) {
			continue
		}
		switch p := xpos[i-1]; {
		case p == "CC" || p == "," || p == "IN" || p == "DT" || p == "PRP$" || p == "JJ" || p == "CD":
		default:
			continue
		}
		xpos[i], upos[i] = "JJ", "ADJ"
	}
}

// quantityNoun reports a plural that counts ("dozens", "hundreds").
func quantityNoun(w string) bool {
	switch strings.ToLower(w) {
	case "dozens", "hundreds", "thousands", "millions", "scores", "others", "many":
		return true
	}
	return false
}

// repairHeadlineSecondVerb corrects a plural-noun tag on the verb of a
// headline's second predicate, which shares the first one's subject and
// follows its last comma at once ("Sprinter banned for two years, vows
// appeal", "Mayor quits over row, denies wrongdoing"): read as a noun it
// became part of the first predicate's object ("banned for | vows"). In a
// line with no closing punctuation, with a verb before the comma and none
// after it, a present-tense form tagged NNS right after the comma and
// before a noun phrase is a present-tense verb (VBZ).
func repairHeadlineSecondVerb(words, upos, xpos []string) {
	n := len(words)
	k := unclosedLastComma(words, 5)
	if k < 2 || k+2 >= n {
		return
	}
	verb := false
	for i := 0; i < k; i++ {
		if strings.HasPrefix(xpos[i], "VB") {
			verb = true
		}
	}
	for i := k + 1; i < n; i++ {
		if strings.HasPrefix(xpos[i], "VB") || xpos[i] == "MD" {
			return
		}
	}
	j := k + 1
	if !verb || xpos[j] != "NNS" || !presentForm(words[j]) || words[j] != strings.ToLower(words[j]) {
		return
	}
	if next := xpos[j+1]; startsNounPhrase(words[j+1], next) || next == "NN" || next == "NNS" || next == "JJ" {
		xpos[j], upos[j] = "VBZ", "VERB"
	}
}
