package oie

// complexPreps are the nouns of complex prepositions ("in line with",
// "in full accordance with", "on behalf of", "as part of"), each with the
// prepositions that open and close the phrase. The noun is no place, goal
// or thing the verb is about: "carried out in | line" and "transported
// in | full accordance" are meaningless, and the noun phrase after the
// closing preposition is what the phrase is about.
var complexPreps = map[string]struct{ open, close string }{
	"line": {"in", "with"}, "accordance": {"in", "with"}, "keeping": {"in", "with"},
	"compliance": {"in", "with"}, "conformity": {"in", "with"}, "tandem": {"in", "with"},
	"step": {"in", "with"}, "accord": {"in", "with"}, "conjunction": {"in", "with"},
	"consultation": {"in", "with"}, "cooperation": {"in", "with"}, "co-operation": {"in", "with"},
	"collaboration": {"in", "with"}, "partnership": {"in", "with"}, "agreement": {"in", "with"},
	"contrast": {"in by", "to with"}, "comparison": {"in by", "to with"},
	"addition": {"in", "to"}, "response": {"in", "to"}, "relation": {"in", "to"},
	"proportion": {"in", "to"}, "reference": {"in with", "to"}, "regard": {"in with", "to"},
	"respect": {"in with", "of to"}, "reply": {"in", "to"},
	"behalf": {"on in", "of"}, "spite": {"in", "of"}, "favour": {"in", "of"}, "favor": {"in", "of"},
	"front": {"in", "of"}, "view": {"in", "of"}, "light": {"in", "of"},
	"search": {"in", "of"}, "terms": {"in", "of"}, "lieu": {"in", "of"}, "excess": {"in", "of"},
	"advance": {"in", "of"}, "support": {"in", "of"}, "defence": {"in", "of"}, "defense": {"in", "of"},
	"memory": {"in", "of"}, "honour": {"in", "of"}, "honor": {"in", "of"}, "pursuit": {"in", "of"},
	"breach": {"in", "of"}, "violation": {"in", "of"}, "aftermath": {"in", "of"}, "wake": {"in", "of"},
	"face": {"in", "of"}, "absence": {"in", "of"}, "event": {"in", "of"},
	"means": {"by", "of"}, "way": {"by", "of"}, "virtue": {"by", "of"}, "dint": {"by", "of"},
	"exception": {"with", "of"}, "account": {"on", "of"}, "grounds": {"on", "of"},
	"basis": {"on", "of"}, "part": {"as", "of"}, "result": {"as", "of"},
	"consequence": {"as in", "of"}, "sake": {"for", "of"}, "lack": {"for", "of"},
	"fear": {"for", "of"},
}

func hasWord(list, w string) bool {
	for i := 0; i < len(list); {
		j := i
		for j < len(list) && list[j] != ' ' {
			j++
		}
		if list[i:j] == w {
			return true
		}
		i = j + 1
	}
	return false
}

// complexPrepNoun reports whether o is the noun of a complex preposition
// as its opening preposition marks it, with no word of its own but a
// determiner or an adjective ("in full accordance", "on the basis").
func (w *walker) complexPrepNoun(o int) bool {
	cp, ok := complexPreps[w.lower(o)]
	if !ok || w.t[o].UPOS != "NOUN" {
		return false
	}
	cs := w.caseOf(o)
	if len(cs) != 1 || !hasWord(cp.open, w.lower(cs[0])) {
		return false
	}
	for _, c := range w.kids[o] {
		if c > o {
			continue
		}
		switch w.bdep(c) {
		case "case", "det", "amod", "advmod":
		default:
			return false
		}
	}
	return true
}

// complexPrepTail finds the noun phrase i that closes a complex
// preposition ("carried out in line with regulations") which the parse
// hung on the verb beside the noun of the phrase: it belongs under that
// noun, so the phrase reads as one.
func (w *walker) complexPrepTail(i int) (int, bool) {
	if w.bdep(i) != "obl" {
		return -1, false
	}
	cs := w.caseOf(i)
	if len(cs) != 1 || cs[0] < 1 {
		return -1, false
	}
	n := cs[0] - 1
	if n < 0 || w.head(n) != w.head(i) || w.bdep(n) != "obl" || !w.complexPrepNoun(n) {
		return -1, false
	}
	if !hasWord(complexPreps[w.lower(n)].close, w.lower(cs[0])) {
		return -1, false
	}
	return n, true
}

// complexPrepArg reports an oblique o that is the noun of a complex
// preposition closed by its modifier m ("in line with regulations"):
// neither "in | line" nor the phrase as an object says what it is about.
func (w *walker) complexPrepArg(o int) (int, bool) {
	if !w.complexPrepNoun(o) {
		return -1, false
	}
	cp := complexPreps[w.lower(o)]
	for _, m := range w.kids[o] {
		if m > o && w.bdep(m) == "nmod" {
			cs := w.caseOf(m)
			if len(cs) == 1 && cs[0] == o+1 && hasWord(cp.close, w.lower(cs[0])) {
				return m, true
			}
		}
	}
	return -1, false
}

// prepWords returns the words of complex preposition noun o up to o
// itself ("in full accordance"), without what hangs on it after.
func (w *walker) prepWords(o int) []int {
	var out []int
	for _, c := range w.span(o, nil) {
		if c <= o {
			out = append(out, c)
		}
	}
	return out
}

// adverbialPPs are a preposition and a bare noun that together are an
// adverb ("in part", "on average", "in total", "at last"): the noun is no
// place, time or thing the verb is about, and no noun a fact is about.
var adverbialPPs = map[string]string{
	"part": "in", "average": "on", "total": "in", "turn": "in", "last": "at", "least": "at",
	"fact": "in", "particular": "in", "general": "in", "short": "in", "full": "in", "vain": "in",
	"advance": "in", "person": "in", "public": "in", "private": "in", "purpose": "on", "chance": "by",
	"far": "by", "random": "at", "once": "at", "first": "at", "all": "at", "time": "on", "principle": "in",
	"practice": "in", "theory": "in", "effect": "in", "earnest": "in", "tandem": "in", "unison": "in",
	"balance": "on", "hand": "at", "large": "at", "length": "at", "times": "at", "most": "at",
}

// adverbialPP reports a noun n that with its one preposition is an
// adverb ("was caused in part by the strike", "rose 4 percent on
// average"), with no word of its own.
func (w *walker) adverbialPP(n int) bool {
	prep, ok := adverbialPPs[w.lower(n)]
	if !ok || (w.bdep(n) != "obl" && w.bdep(n) != "nmod") {
		return false
	}
	cs := w.caseOf(n)
	if len(cs) != 1 || cs[0] != n-1 || w.lower(cs[0]) != prep {
		return false
	}
	for _, k := range w.kids[n] {
		if k != cs[0] && w.bdep(k) != "punct" {
			return false
		}
	}
	return true
}
