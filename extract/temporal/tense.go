package temporal

import (
	"strings"

	"github.com/storygraph/storygraph/extract/nlp"
)

// futureHeads are verbs whose infinitival complement points ahead: "plans
// to meet on Friday", "is set to sign", "agreed to meet".
var futureHeads = map[string]bool{
	"plan": true, "expect": true, "schedule": true, "set": true, "due": true, "hope": true,
	"intend": true, "aim": true, "prepare": true, "want": true, "seek": true, "vow": true,
	"pledge": true, "promise": true, "agree": true, "decide": true, "threaten": true,
	"wish": true, "propose": true, "slate": true, "go": true, "need": true, "try": true,
}

// futureParticiples are past participles that refer ahead: "the meeting
// scheduled for Friday".
var futureParticiples = map[string]bool{
	"schedule": true, "set": true, "slate": true, "plan": true, "expect": true, "due": true,
}

func lower(s string) string { return strings.ToLower(s) }

func lemma(t nlp.Token) string {
	if t.Lemma != "" {
		return lower(t.Lemma)
	}
	return lower(t.Text)
}

// inSet reports whether token t's lemma, or its text with a verb ending
// stripped ("plans", "planned", "scheduled", "setting"), is in set: the
// lists are closed, so a rough stem is enough when the lemmatizer missed.
func inSet(set map[string]bool, t nlp.Token) bool {
	for _, w := range []string{lemma(t), lower(t.Text)} {
		if set[w] {
			return true
		}
		for _, suf := range []string{"s", "es", "d", "ed", "ing"} {
			if b, ok := strings.CutSuffix(w, suf); ok && len(b) > 1 {
				if set[b] || set[b+"e"] || len(b) > 2 && b[len(b)-1] == b[len(b)-2] && set[b[:len(b)-1]] {
					return true
				}
			}
		}
	}
	return false
}

// SentenceTense returns the tense of the clause headed by token verb of s:
// "will"/"shall"/"would" and "going to" mark the future, a past-tense verb
// or auxiliary (VBD) or a perfect ("has met") the past, a present-tense
// one the present. A modal "could"/"may"/"might"/"should"/"must" points
// ahead unless it is perfect ("may have met"). Infinitives after "plan",
// "expect", "set", "agree", ... are future; conjuncts, infinitives and
// participles without auxiliaries take their head's tense. With verb < 0
// the root is used. It reads auxiliaries through the parse (aux, aux:pass,
// cop) and, without one, the tokens just before the verb.
func SentenceTense(s *nlp.Sentence, verb int) Tense {
	if s == nil || len(s.Tokens) == 0 {
		return Unknown
	}
	if verb < 0 || verb >= len(s.Tokens) {
		verb = root(s)
		if verb < 0 {
			return Unknown
		}
	}
	return tenseAt(s, verb, 0)
}

func root(s *nlp.Sentence) int {
	for k, t := range s.Tokens {
		if t.Head < 0 && !isPunct(t) {
			if t.Dep == "root" || hasParse(s) {
				return k
			}
		}
	}
	for k, t := range s.Tokens {
		if verbTag(t) || t.XPOS == "MD" {
			return k
		}
	}
	return -1
}

// auxiliaries returns the auxiliary and copula tokens of verb: its aux,
// aux:pass and cop dependents, or without a parse the auxiliary-looking
// tokens right before it.
func auxiliaries(s *nlp.Sentence, verb int) []int {
	var out []int
	if hasParse(s) {
		for k, t := range s.Tokens {
			if t.Head == verb && (t.Dep == "aux" || t.Dep == "aux:pass" || t.Dep == "cop") {
				out = append(out, k)
			}
		}
		return out
	}
	for k := verb - 1; k >= 0 && k >= verb-4; k-- {
		t := s.Tokens[k]
		l := lower(t.Text)
		if t.XPOS == "MD" || t.UPOS == "AUX" || isAuxWord(l) {
			out = append(out, k)
			continue
		}
		if t.XPOS == "RB" || l == "not" || l == "n't" {
			continue
		}
		break
	}
	return out
}

func isAuxWord(l string) bool {
	switch l {
	case "will", "would", "shall", "'ll", "’ll", "wo", "is", "are", "was", "were", "be", "been", "being",
		"has", "have", "had", "do", "does", "did", "'s", "’s", "'re", "’re", "am", "'m":
		return true
	}
	return false
}

func tenseAt(s *nlp.Sentence, verb, depth int) Tense {
	t := s.Tokens[verb]
	aux := auxiliaries(s, verb)
	perfect, past, present := false, false, false
	modal := ""
	for _, k := range aux {
		a := s.Tokens[k]
		l := lower(a.Text)
		switch l {
		case "will", "shall", "'ll", "’ll", "wo", "would", "'d", "’d":
			if l == "'d" || l == "’d" {
				if !strings.HasPrefix(t.XPOS, "VB") || t.XPOS == "VBN" {
					past = true // "he'd met"
					continue
				}
			}
			modal = "will"
		case "could", "may", "might", "should", "must", "ought":
			if modal == "" {
				modal = "may"
			}
		case "can":
			if modal == "" {
				modal = "can"
			}
		case "has", "have", "had", "'ve", "’ve":
			perfect = true
			if l == "had" {
				past = true
			}
		default:
			switch a.XPOS {
			case "VBD":
				past = true
			case "VBZ", "VBP":
				present = true
			}
		}
	}
	switch {
	case modal == "will":
		if perfect && t.XPOS == "VBN" && hasAuxWord(s, aux, "would") {
			return Past // "would have met"
		}
		return Future
	case modal == "may":
		if perfect {
			return Past
		}
		return Future
	case modal == "can":
		return Present
	case past:
		return Past
	case perfect:
		return Past
	}
	parsed := hasParse(s)
	head := headOf(s, verb)
	// "is going to meet": the head "going" carries the future
	if head >= 0 && depth < 4 {
		h := s.Tokens[head]
		// "to meet", and the passive "to be sentenced" ("is scheduled to
		// be sentenced on Jan. 22", "are due to be released in May")
		infinitive := (t.XPOS == "VB" || t.XPOS == "VBN" && hasAuxWord(s, aux, "be")) && hasMarkTo(s, verb)
		if infinitive && (!parsed || t.Dep == "xcomp" || t.Dep == "advcl" || t.Dep == "ccomp" || t.Dep == "acl") {
			if inSet(futureHeads, h) {
				return Future
			}
			return tenseAt(s, head, depth+1)
		}
	}
	switch t.XPOS {
	case "VBD":
		return Past
	case "VBN":
		if present {
			if inSet(futureParticiples, t) {
				return Future // "is scheduled for Friday"
			}
			return Present
		}
		if inSet(futureParticiples, t) && (t.Dep == "acl" || t.Dep == "amod") {
			return Future
		}
		if len(aux) == 0 && (t.Dep == "conj" || t.Dep == "xcomp") && head >= 0 && depth < 4 {
			return tenseAt(s, head, depth+1)
		}
		return Past
	case "VBZ", "VBP":
		return Present
	case "VBG":
		if present {
			return Present
		}
		if len(aux) == 0 && parsed && head >= 0 && depth < 4 {
			return tenseAt(s, head, depth+1)
		}
	case "VB":
		if len(aux) == 0 && head >= 0 && depth < 4 && t.Dep != "root" {
			return tenseAt(s, head, depth+1)
		}
	case "MD":
		return tenseOfModal(lower(t.Text))
	}
	if present {
		return Present
	}
	// nominal or adjectival predicate without a copula in view, or a
	// token without a verb tag: take the head's tense
	if !strings.HasPrefix(t.XPOS, "VB") && parsed && head >= 0 && depth < 4 {
		return tenseAt(s, head, depth+1)
	}
	return Unknown
}

// headOf returns the syntactic head of token k, or without a parse the
// closest verb before it (so "plans to meet" and "will meet and sign" still
// find their governing verb); -1 if none.
func headOf(s *nlp.Sentence, k int) int {
	if hasParse(s) {
		h := s.Tokens[k].Head
		if h < 0 || h >= len(s.Tokens) || h == k {
			return -1
		}
		return h
	}
	for j := k - 1; j >= 0; j-- {
		if verbTag(s.Tokens[j]) {
			return j
		}
	}
	return -1
}

func tenseOfModal(l string) Tense {
	switch l {
	case "will", "shall", "would", "wo", "could", "may", "might", "should", "must":
		return Future
	case "can":
		return Present
	}
	return Unknown
}

func hasAuxWord(s *nlp.Sentence, aux []int, w string) bool {
	for _, k := range aux {
		if lower(s.Tokens[k].Text) == w {
			return true
		}
	}
	return false
}

// hasMarkTo reports whether verb has an infinitival "to" (as mark, or, in
// a sentence without parse, right before it).
func hasMarkTo(s *nlp.Sentence, verb int) bool {
	if hasParse(s) {
		for _, t := range s.Tokens {
			if t.Head == verb && t.Dep == "mark" && lower(t.Text) == "to" {
				return true
			}
		}
		return false
	}
	return verb > 0 && lower(s.Tokens[verb-1].Text) == "to"
}
