package pipeline

import (
	"strings"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie"
)

// assert sets a fact's polarity to what its sentence asserts, where the
// extraction's own reading of negation (a "not" on the predicate) is not
// enough:
//
//   - a clause that someone denies ("a spokesman denied the attack
//     occurred") is that person's negated claim;
//   - an argument under "no" ("caused no casualties or material damage",
//     "no charges were filed") negates the fact, and every conjunct of such
//     an argument is negated too; the "no" leaves the argument's text;
//   - "no longer" negates its predicate ("would no longer require").
func assert(s *nlp.Sentence, ex *oie.Extraction, f *extract.Fact) {
	if noLonger(s, ex.Verb) {
		f.Negated = true
	}
	if denier, ok := deniedBy(s, ex.Verb); ok {
		f.Negated = !f.Negated
		if f.AttributedTo == "" {
			f.AttributedTo = denier
		}
	}
	if f.ObjectID == "" && underNo(s, ex.ObjHead) {
		f.Negated = true
		if t, ok := trimNo(f.Object); ok {
			f.Object = t
			for i := range f.Sources {
				f.Sources[i].Spans.Object = skipWord(s, f.Sources[i].Spans.Object)
			}
		}
	}
	if f.SubjectID == "" && underNo(s, ex.SubjHead) {
		f.Negated = true
		if t, ok := trimNo(f.Subject); ok {
			f.Subject = t
			for i := range f.Sources {
				f.Sources[i].Spans.Subject = skipWord(s, f.Sources[i].Spans.Subject)
			}
		}
	}
}

// deniedBy returns the subject of a verb of denial whose clausal
// complement holds the predicate at token verb (through coordinated and
// controlled predicates: "denied that the firm paid or promised bribes").
func deniedBy(s *nlp.Sentence, verb int) (string, bool) {
	toks := s.Tokens
	for i, depth := verb, 0; i >= 0 && i < len(toks) && depth < 8; depth++ {
		h := toks[i].Head
		if h < 0 || h >= len(toks) {
			return "", false
		}
		switch base(toks[i].Dep) {
		case "conj", "xcomp":
			i = h
			continue
		case "ccomp":
			if lexicon.Verb(toks[h].Lemma) != lexicon.Deny {
				return "", false
			}
			for _, c := range s.Children(h) {
				if strings.HasPrefix(toks[c].Dep, "nsubj") {
					return subtreeText(s, c), true
				}
			}
			return "", true
		default:
			return "", false
		}
	}
	return "", false
}

// noLonger reports whether the predicate at token verb is modified by "no
// longer" or "no more".
func noLonger(s *nlp.Sentence, verb int) bool {
	if verb < 0 || verb >= len(s.Tokens) {
		return false
	}
	for _, c := range s.Children(verb) {
		switch strings.ToLower(s.Tokens[c].Text) {
		case "longer", "more":
		default:
			continue
		}
		for _, n := range s.Children(c) {
			if strings.EqualFold(s.Tokens[n].Text, "no") {
				return true
			}
		}
	}
	return false
}

// underNo reports whether the noun at token i is determined by "no", or is
// a later conjunct without a determiner of its own of a noun that is ("no
// casualties or material damage").
func underNo(s *nlp.Sentence, i int) bool {
	toks := s.Tokens
	for depth := 0; i >= 0 && i < len(toks) && depth < 4; depth++ {
		hasDet := false
		for _, c := range s.Children(i) {
			if toks[c].Dep != "det" {
				continue
			}
			hasDet = true
			if strings.EqualFold(toks[c].Text, "no") {
				return true
			}
		}
		if hasDet || toks[i].Dep != "conj" {
			return false
		}
		i = toks[i].Head
	}
	return false
}

func trimNo(text string) (string, bool) {
	if len(text) > 3 && strings.EqualFold(text[:3], "no ") {
		return text[3:], true
	}
	return text, false
}

// skipWord moves the start of span sp past the token it starts with, to the
// next token of s, so the span reads what is left of an argument.
func skipWord(s *nlp.Sentence, sp extract.Span) extract.Span {
	for i, t := range s.Tokens {
		if t.Off == sp.Off && i+1 < len(s.Tokens) && s.Tokens[i+1].Off < sp.End {
			sp.Off = s.Tokens[i+1].Off
			return sp
		}
	}
	return sp
}

// subtreeText returns the text of token i and its dependents, less
// relative clauses and appositions, as one span.
func subtreeText(s *nlp.Sentence, i int) string {
	lo, hi := i, i
	var walk func(k, depth int)
	walk = func(k, depth int) {
		if depth > 20 {
			return
		}
		lo, hi = min(lo, k), max(hi, k)
		for _, c := range s.Children(k) {
			switch s.Tokens[c].Dep {
			case "acl:relcl", "appos", "punct", "parataxis":
				continue
			}
			walk(c, depth+1)
		}
	}
	walk(i, 0)
	return s.SpanText(lo, hi+1)
}

// coreObject trims a noun-phrase object to its core, for graph facts: a
// relative clause, an apposition or a parenthetical clause after the head
// ("bought Pixar which was acquired by ..."; "a device, the first of its
// kind, ...") is a fact of its own and leaves the object. A clausal object
// is left whole.
func coreObject(s *nlp.Sentence, ex *oie.Extraction) {
	toks := s.Tokens
	h := ex.ObjHead
	if h < 0 || h >= len(toks) || !ex.Obj.IsValid() || ex.Obj.End > len(toks) {
		return
	}
	switch toks[h].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
	default:
		return
	}
	cut := ex.Obj.End
	for _, c := range s.Children(h) {
		if c <= h || c >= cut {
			continue
		}
		switch toks[c].Dep {
		case "acl:relcl", "appos", "parataxis":
		default:
			continue
		}
		start := c
		for _, k := range s.Children(c) {
			start = min(start, k)
		}
		cut = min(cut, start)
	}
	for cut > ex.Obj.Start+1 && (toks[cut-1].UPOS == "PUNCT" || toks[cut-1].UPOS == "CCONJ") {
		cut--
	}
	if cut >= ex.Obj.End || cut <= h {
		return
	}
	ex.Obj.End = cut
	ex.Object = s.SpanText(ex.Obj.Start, cut)
}
