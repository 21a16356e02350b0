package pipeline

import (
	"strings"

	"github.com/storygraph/storygraph/extract/nlp"
)

// quotedSpeaker returns the person a quote is credited to by the words
// around its closing mark, for when the parse gives the speech verb no
// entity subject (inverted and appositive attributions are where parsers
// go wrong): the one person named right after the quote and before a
// speech verb ("“...,” Odran Vell, 52, told supporters"), or, after a verb
// of saying that follows the quote, after it ("“...,” said Ilka Dorn, his
// editor"; "said the head of the team, Ulla Brand"). Between the name and
// the verb before it there may be only punctuation and a number (an age);
// after the verb, no other verb before the name. A name after "told" or
// "asked" is the one spoken to, never the speaker. Nothing is returned
// when the words name two people.
func quotedSpeaker(s *nlp.Sentence, inQuote []bool, at entityAt) (speakerRef, bool) {
	var found speakerRef
	n := 0
	take := func(i int) {
		if id, name, ok := at(i); ok && strings.HasPrefix(id, "e:person:") && id != found.id {
			found = speakerRef{id: id, name: name}
			n++
		}
	}
	for q := range s.Tokens {
		if !closesQuote(s, inQuote, q) {
			continue
		}
		i := q + 1
		for i < len(s.Tokens) && isPunct(s.Tokens[i]) && !inQuote[i] {
			i++
		}
		if i >= len(s.Tokens) || inQuote[i] {
			continue
		}
		if t := s.Tokens[i]; speechVerb(t.Lemma) && strings.HasPrefix(t.XPOS, "VB") {
			if !saysAfter(t.Lemma) {
				continue
			}
			// "said Ilka Dorn": the first person after the verb, before
			// any other verb or quote
			for j := i + 1; j < len(s.Tokens) && !inQuote[j]; j++ {
				if strings.HasPrefix(s.Tokens[j].XPOS, "VB") || s.Tokens[j].Lemma == "who" {
					break
				}
				if _, _, ok := at(j); ok {
					take(j)
					break
				}
			}
			continue
		}
		// "Odran Vell, 52, told": a name, then only punctuation or a
		// number, then the speech verb
		id, _, ok := at(i)
		if !ok {
			continue
		}
		j := i
		for j+1 < len(s.Tokens) {
			if nid, _, ok := at(j + 1); !ok || nid != id {
				break
			}
			j++
		}
		k := j + 1
		for k < len(s.Tokens) && !inQuote[k] && (isPunct(s.Tokens[k]) || s.Tokens[k].XPOS == "CD") {
			k++
		}
		if k < len(s.Tokens) && !inQuote[k] && speechVerb(s.Tokens[k].Lemma) && strings.HasPrefix(s.Tokens[k].XPOS, "VB") {
			take(i)
		}
	}
	return found, n == 1
}

// closesQuote reports whether token q is the mark that closes a quote:
// it stands outside the quote mask, right after a quoted token.
func closesQuote(s *nlp.Sentence, inQuote []bool, q int) bool {
	if q == 0 || inQuote[q] || !inQuote[q-1] {
		return false
	}
	kind, _, _ := quoteMark(s, q)
	return kind != noQuote
}

// isPunct reports whether t is punctuation.
func isPunct(t nlp.Token) bool { return t.UPOS == "PUNCT" }

// saysAfter reports whether a speech verb that follows a quote names its
// speaker after it ("said Dorn"), unlike verbs whose object is the one
// spoken to ("told Dorn", "asked Dorn").
func saysAfter(lemma string) bool {
	switch lemma {
	case "tell", "ask", "urge", "assure", "inform", "remind", "warn", "advise", "promise", "thank", "answer":
		return false
	}
	return true
}
