package pipeline

import (
	"strings"

	"github.com/storygraph/storygraph/extract/nlp"
)

// claimWords are the nouns that refer back to something said before:
// "Skyreach denied that claim", "Sokol denied the accusation".
var claimWords = map[string]bool{"claim": true, "claims": true, "allegation": true, "allegations": true,
	"accusation": true, "accusations": true, "charge": true, "charges": true, "assertion": true}

// claimNamed returns an argument that is only a description of a claim
// ("that claim", "the allegations", "the accusation") as the claim the
// two sentences before it state: a claim noun with its "that"-clause
// ("repeated its claim that the airline had cut maintenance staff"), an
// accusation with what it accuses of ("had accused Civic Renewal of
// receiving money from foreign donors"), or a "that"-clause a complaint or
// statement reports ("said in its complaint that the bids had been
// submitted late"). Else the argument stays.
func claimNamed(sents []nlp.Sentence, si int, text string) string {
	if fieldCount(text, 2) != 2 {
		return text // (lower case splits into as many words)
	}
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) != 2 || !claimWords[ws[1]] {
		return text
	}
	switch ws[0] {
	case "that", "the", "this", "those", "these":
	default:
		return text
	}
	accusation := strings.HasPrefix(ws[1], "accusation") || strings.HasPrefix(ws[1], "charge")
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		if c, ok := statedClaim(&sents[k], accusation); ok {
			return "the " + ws[1] + " " + c // "the charge of taking too much water"
		}
	}
	return text
}

// statedClaim returns the last claim sentence s states, as its clause
// ("that ..." or "of ..."): of an accusation only when accusation is set,
// else of a claim noun or a reporting verb.
func statedClaim(s *nlp.Sentence, accusation bool) (string, bool) {
	found := ""
	for i, t := range s.Tokens {
		lemma := strings.ToLower(t.Lemma)
		switch {
		case accusation && t.UPOS == "VERB" && lemma == "accuse":
			// "accused Civic Renewal of receiving money"
			// (the parse may hang "of receiving" on a noun between)
			for c := i + 1; c < len(s.Tokens); c++ {
				if s.Tokens[c].UPOS == "VERB" && s.Tokens[c].XPOS == "VBG" && strings.EqualFold(s.Tokens[c-1].Text, "of") {
					if txt := subtreeText(s, c); strings.HasPrefix(strings.ToLower(txt), "of ") && len(strings.Fields(txt)) <= 20 {
						found = txt
					}
					break
				}
			}
		case !accusation && t.UPOS == "NOUN" && (lemma == "claim" || lemma == "allegation" || lemma == "complaint" || lemma == "statement"):
			// "its claim that the airline had cut ...", "said in its
			// complaint that the bids were late"
			if c, ok := thatClause(s, i); ok {
				found = c
			} else if h := t.Head; h >= 0 && (lemma == "complaint" || lemma == "statement") && speechVerb(s.Tokens[h].Lemma) {
				if c, ok := thatClause(s, h); ok {
					found = c
				}
			}
		}
	}
	return found, found != ""
}

// thatClause returns the text of the clause under token h that "that"
// opens ("that the airline had cut maintenance staff", which the parse
// may read as a relative clause), of twenty words at most.
func thatClause(s *nlp.Sentence, h int) (string, bool) {
	for _, c := range s.Children(h) {
		if d := s.Tokens[c].Dep; d != "acl" && d != "ccomp" && d != "acl:relcl" {
			continue
		}
		txt := subtreeText(s, c)
		if strings.HasPrefix(strings.ToLower(txt), "that ") && len(strings.Fields(txt)) <= 20 {
			return txt, true
		}
	}
	return "", false
}

// spokesmanFor returns a bare spokesman ("A spokesman", "A spokeswoman")
// as the spokesman of the organisation the sentence before has speak or
// deny ("Velcor denied that complaints had been ignored. A spokesman said
// ..."), or a clause before it in the same sentence ("Velcor denied that
// ..., and a spokesman said"): "A spokesman for Velcor Industries"; a body
// the sentence before names by a common noun is the spokesman's too ("The
// regional government denied ..."). Else text stays.
func spokesmanFor(sents []nlp.Sentence, si int, text string, at func(si, tok int) (id, name string, ok bool)) string {
	if fieldCount(text, 2) != 2 {
		return text
	}
	ws := strings.Fields(text)
	if len(ws) != 2 || !strings.EqualFold(ws[0], "a") {
		return text
	}
	switch strings.ToLower(ws[1]) {
	case "spokesman", "spokeswoman", "spokesperson":
	default:
		return text
	}
	// "Velcor denied that ..., and a spokesman said": the same sentence's
	cur := &sents[si]
	for k := 1; k < len(cur.Tokens); k++ {
		if !strings.EqualFold(cur.Tokens[k].Text, ws[1]) || !strings.EqualFold(cur.Tokens[k-1].Text, "a") {
			continue
		}
		for v := 0; v < k-1; v++ {
			t := cur.Tokens[v]
			if t.UPOS != "VERB" || (t.Dep != "root" && t.Dep != "conj") || !speechVerb(t.Lemma) && strings.ToLower(t.Lemma) != "deny" {
				continue
			}
			for _, c := range cur.Children(v) {
				if cur.Tokens[c].Dep != "nsubj" || c > k {
					continue
				}
				if id, name, ok := at(si, c); ok && strings.HasPrefix(id, "e:org:") {
					return text + " for " + name
				}
			}
		}
		break
	}
	if si == 0 {
		return text
	}
	s := &sents[si-1]
	for v, t := range s.Tokens {
		if t.Dep != "root" || t.UPOS != "VERB" || !speechVerb(t.Lemma) && strings.ToLower(t.Lemma) != "deny" {
			continue
		}
		for _, c := range s.Children(v) {
			if s.Tokens[c].Dep != "nsubj" {
				continue
			}
			if id, name, ok := at(si-1, c); ok && strings.HasPrefix(id, "e:org:") {
				return text + " for " + name
			} else if !ok && s.Tokens[c].XPOS == "NN" && bodyNouns[strings.ToLower(s.Tokens[c].Lemma)] {
				// "The regional government denied ... A spokesman
				// said": the regional government's
				body := subtreeText(s, c)
				if strings.HasPrefix(body, "The ") {
					body = "the " + body[4:]
				}
				return text + " for " + body
			}
		}
	}
	return text
}
