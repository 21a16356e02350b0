package nlp

import (
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"
)

// repairStatementClause gives a verb of saying the clause that says what
// was said when the parser hung it on the noun of the phrase between them
// ("the ministry said in a statement that the border would reopen", "X
// told the court in a filing that ...", "said in its complaint that ...",
// "told reporters in Tarvik that ...", with the "that" clause a complement
// of "statement" or "Tarvik"): a finite clause opened by "that" as a
// marker, on a noun or name that is an oblique of a verb of saying without
// a reported clause of its own, is that verb's reported clause. A relative clause ("in a report that was published on
// Tuesday", "that" its subject) stays on its noun.
func repairStatementClause(s *Sentence) {
	toks := s.Tokens
	for c := range toks {
		n := toks[c].Head
		if toks[c].Dep != "acl" || toks[c].UPOS != "VERB" || n < 0 || n > c || toks[n].Dep != "obl" || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
			continue
		}
		v := toks[n].Head
		if v < 0 || toks[v].UPOS != "VERB" || !lexicon.Speech(toks[v].Lemma) || childDep(toks, v, "ccomp") >= 0 {
			continue
		}
		m := childDep(toks, c, "mark")
		if m < 0 || !strings.EqualFold(toks[m].Text, "that") || m <= n || !tensed(toks, c) {
			continue
		}
		toks[m].UPOS, toks[m].XPOS = "SCONJ", "IN"
		toks[c].Head, toks[c].Dep = v, "ccomp"
	}
}

// tensed reports whether verb c carries tense itself or through an
// auxiliary: "reopened", "would reopen", "had been submitted".
func tensed(toks []Token, c int) bool {
	switch toks[c].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	for k := range toks {
		if toks[k].Head == c && (toks[k].Dep == "aux" || toks[k].Dep == "aux:pass") {
			switch toks[k].XPOS {
			case "MD", "VBD", "VBZ", "VBP":
				return true
			}
		}
	}
	return false
}
