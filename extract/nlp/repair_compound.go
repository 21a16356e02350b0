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
