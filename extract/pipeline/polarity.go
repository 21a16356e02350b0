package pipeline

import (
	"slices"
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
//   - "no longer" negates its predicate ("would no longer require"), and
//     "neither ... nor" the predicate of its subjects.
func assert(s *nlp.Sentence, ex *oie.Extraction, f *extract.Fact) {
	if noLonger(s, ex.Verb) || neitherSubject(s, ex.SubjHead) {
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
		case "conj":
			if i != verb || !lexicon.Reporting(toks[i].Lemma) || childDep(s, i, "nsubj", "nsubj:pass") >= 0 || childDep(s, h, "nsubj", "nsubj:pass") < 0 {
				i = h
				continue
			}
			// "denied that Kettle was held and said the case was for
			// the judges": a verb of saying with no subject of its own,
			// joined to a clause with one, is the denier's next
			// statement, hung on the denied clause by the parse
			return "", false
		case "xcomp":
			i = h
			continue
		case "advcl":
			// "has denied taking money": a gerund right after the verb
			// of denial is what it denies
			if toks[i].XPOS != "VBG" || lexicon.Verb(toks[h].Lemma) != lexicon.Deny || commaBetween(s, h, i) ||
				childDep(s, i, "mark", "nsubj") >= 0 {
				return "", false
			}
			fallthrough
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

// neitherSubject reports a subject opened by "neither" ("Neither the
// ministry nor the Senate responded"): what it did, it did not do.
func neitherSubject(s *nlp.Sentence, subj int) bool {
	if subj < 0 || subj >= len(s.Tokens) {
		return false
	}
	for _, c := range s.Children(subj) {
		if c < subj && strings.EqualFold(s.Tokens[c].Text, "neither") {
			return true
		}
	}
	return false
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

// coreArgs trims noun-phrase arguments to their core, for graph facts: a
// relative clause, an apposition or a parenthetical clause after the head
// ("bought Pixar which was acquired by ..."; "a device, the first of its
// kind, ...") is a fact of its own and leaves the argument, and so does a
// participle clause set off by commas after a subject ("Jobs, born in San
// Francisco in 1955, has built ..."). A clausal argument is left whole.
func coreArgs(s *nlp.Sentence, ex *oie.Extraction) {
	dateObject(s, ex)
	if ex.Kind == "speech" {
		// what was said is a clause even when a nominal heads it ("Our
		// thoughts are with those who were hurt"): left whole
	} else if r, ok := coreRange(s, ex.Obj, ex.ObjHead, true); ok {
		ex.Obj, ex.Object = r, s.SpanText(r.Start, r.End)
	}
	if r, ok := coreRange(s, ex.Subj, ex.SubjHead, true); ok {
		ex.Subj, ex.Subject = r, s.SpanText(r.Start, r.End)
	}
	if r := ex.SubjRestricted; r.IsValid() && r.Start == ex.Subj.Start && r.End > ex.Subj.End {
		// "Older adults who walk daily | may live longer": the clause says
		// which adults; cut, the claim would be made of all
		ex.Subj, ex.Subject = r, ex.SubjectRestricted
	}
}

// restricted reports a subject extended by coreArgs to the restrictive
// relative clause on its bare plural.
func restricted(ex *oie.Extraction) bool {
	return ex.SubjRestricted.IsValid() && ex.Subj == ex.SubjRestricted
}

// coreRange returns argument range r cut before the first modifier of its
// head that is a fact of its own (see coreArgs); commaAcl also cuts a
// participle clause that follows a comma. ok is false when nothing is cut.
func coreRange(s *nlp.Sentence, r oie.Range, h int, commaAcl bool) (oie.Range, bool) {
	toks := s.Tokens
	if h < 0 || h >= len(toks) || !r.IsValid() || r.End > len(toks) || h < r.Start || h >= r.End {
		return r, false
	}
	switch toks[h].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "SYM": // "$5", "#0.79"
	default:
		return r, false
	}
	cut := r.End
	for _, c := range s.Children(h) {
		if c <= h || c >= cut {
			continue
		}
		start := subtreeStart(s, c)
		switch toks[c].Dep {
		case "acl:relcl", "parataxis":
		case "appos":
			if !setOff(s, h, start) {
				// no comma, dash or bracket before it: a name or a
				// predicate of the head ("the song "Yesterday"", "called
				// the software "the best ..."), not a parenthetical
				continue
			}
			if e := subtreeEnd(s, c); toks[e].Text == ")" && e+1 < r.End && toks[e+1].UPOS != "PUNCT" && measureHead(s, h) {
				// "is only 6 millimetres (0.2 inches) thick": the
				// bracketed conversion of an amount, with the word it
				// measures after it; cut there, "thick" is lost
				continue
			}
			if tailAfter(s, c, r.End) {
				// "appointed Rufus D., a retired judge, to lead the
				// talks": the object goes on after the parenthetical with
				// what the verb needs; cut there, it would lose it
				continue
			}
		case "acl":
			if !commaAcl || (toks[start].Text != "," && (start == 0 || toks[start-1].Text != ",")) {
				continue
			}
		case "conj":
			// "a new lens, dubbed a night eye": a participle after a
			// comma, with no conjunction, is a clause on the noun the
			// parse read as a conjunct (the extractor repairs it)
			if !commaAcl || (toks[c].XPOS != "VBN" && toks[c].XPOS != "VBD") || hasChild(s, c, "cc") ||
				(toks[start].Text != "," && (start == 0 || toks[start-1].Text != ",")) {
				continue
			}
		default:
			continue
		}
		cut = min(cut, start)
	}
	for cut > r.Start+1 && (toks[cut-1].UPOS == "PUNCT" || toks[cut-1].UPOS == "CCONJ") {
		cut--
	}
	// a bracket opened and not closed before the cut ("0.68 in (1.73
	// cm"): the cut comes before it
	open := -1
	for k := r.Start; k < cut; k++ {
		switch toks[k].Text {
		case "(":
			open = k
		case ")":
			open = -1
		}
	}
	if open > h {
		cut = open
		for cut > r.Start+1 && (toks[cut-1].UPOS == "PUNCT" || toks[cut-1].UPOS == "CCONJ") {
			cut--
		}
	}
	if cut >= r.End || cut <= h {
		return r, false
	}
	return oie.Range{Start: r.Start, End: cut}, true
}

// tailAfter reports whether range end reaches past the subtree of
// parenthetical c and its closing comma or dash with words that are not
// part of it: a tail the extractor gave the object.
func tailAfter(s *nlp.Sentence, c, end int) bool {
	toks := s.Tokens
	last := subtreeEnd(s, c)
	k := last + 1
	for k < end && toks[k].UPOS == "PUNCT" {
		k++
	}
	return k > last+1 && k < end
}

// measureHead reports a noun counted by a number ("6 millimetres").
func measureHead(s *nlp.Sentence, h int) bool {
	for _, c := range s.Children(h) {
		if s.Tokens[c].Dep == "nummod" {
			return true
		}
	}
	return false
}

// subtreeEnd returns the last token of the subtree of token i.
func subtreeEnd(s *nlp.Sentence, i int) int {
	hi := i
	var walk func(k, depth int)
	walk = func(k, depth int) {
		if depth > 30 {
			return
		}
		hi = max(hi, k)
		for _, c := range s.Children(k) {
			walk(c, depth+1)
		}
	}
	walk(i, 0)
	return hi
}

// subtreeStart returns the first token of the subtree of token i.
func subtreeStart(s *nlp.Sentence, i int) int {
	lo := i
	var walk func(k, depth int)
	walk = func(k, depth int) {
		if depth > 30 {
			return
		}
		lo = min(lo, k)
		for _, c := range s.Children(k) {
			walk(c, depth+1)
		}
	}
	walk(i, 0)
	return lo
}

// dateObject turns an oblique date read as the object ("the ferry | sailed
// on | Monday") back into what it is, the fact's time: the object and its
// preposition leave the fact ("the ferry | sailed"), whose date the time
// expression gives. A date read as a direct object ("announced Monday") is
// left for the gate: it is a misparse.
func dateObject(s *nlp.Sentence, ex *oie.Extraction) {
	toks := s.Tokens
	h := ex.ObjHead
	if h < 0 || h >= len(toks) || !dateWord(toks[h].Text) || base(toks[h].Dep) != "obl" {
		return
	}
	prep := -1
	for _, c := range s.Children(h) {
		if toks[c].Dep == "case" && slices.Contains(ex.Rel, c) {
			prep = c
		}
	}
	if prep < 0 {
		return
	}
	w := " " + toks[prep].Text
	if !strings.HasSuffix(ex.Relation, w) {
		return
	}
	ex.Relation = strings.TrimSuffix(ex.Relation, w)
	ex.RelationLemma = strings.TrimSuffix(ex.RelationLemma, " "+strings.ToLower(toks[prep].Text))
	ex.Rel = slices.DeleteFunc(slices.Clone(ex.Rel), func(k int) bool { return k == prep })
	ex.Object, ex.Obj, ex.ObjHead = "", oie.NoRange, -1
}

// setOff reports whether a comma, a dash, a colon or an opening bracket
// stands after token h up to token start: what follows is set off from h.
func setOff(s *nlp.Sentence, h, start int) bool {
	for k := h + 1; k <= start && k < len(s.Tokens); k++ {
		switch s.Tokens[k].Text {
		case ",", "--", "—", "–", "-", ":", ";", "(", "[":
			return true
		}
	}
	return false
}

// frameNouns name a claim, a story or a fear whose content clause is
// someone's, not the writer's ("reports that the plant will close"); a
// denial is one whose content is false ("Varo's denial that she lied").
var frameNouns = map[string]bool{"claim": true, "allegation": true, "accusation": true, "suggestion": true,
	"report": true, "rumour": true, "rumor": true, "speculation": true, "assertion": true, "charge": true,
	"suspicion": true, "contention": true, "fear": true, "concern": true, "notion": true, "idea": true,
	"story": true, "theory": true, "insinuation": true, "deny": true, "denial": true}

// rejectVerbs say that what their object claims is false ("rejected
// claims that ...", "dismissed suggestions ..."). A verb with a particle
// counts only with it: "played down fears", "pushed back against reports".
var rejectVerbs = map[string][]string{"reject": nil, "dismiss": nil, "refute": nil, "rebut": nil, "dispute": nil,
	"deny": nil, "contest": nil, "contradict": nil, "debunk": nil, "downplay": nil, "discount": nil, "disprove": nil,
	"discredit": nil, "decry": nil, "quash": nil, "scotch": nil, "counter": nil,
	"play": {"down"}, "push": {"back"}, "brush": {"aside", "off"}, "shrug": {"off"}, "laugh": {"off"},
	"wave": {"away", "off"}, "scoff": {"at"}, "slap": {"down"}, "knock": {"down"}, "shoot": {"down"}}

// falseWords call a claim false ("said the claims were baseless").
var falseWords = map[string]bool{"false": true, "untrue": true, "baseless": true, "unfounded": true,
	"groundless": true, "wrong": true, "inaccurate": true, "incorrect": true, "fabricated": true, "absurd": true,
	"ridiculous": true, "nonsense": true, "misleading": true, "fake": true, "bogus": true}

// rejectedClaim reports a clause that is the content of a claim someone
// rejects ("denied reports that it would close the plant", "dismissed
// suggestions the budget would raise taxes", "pushed back against claims
// that the mine leaked arsenic", "said the allegations that she took
// bribes were false", "contrary to reports that ..."): what the claim says
// is not asserted, whoever made it. The clause is followed up through
// conjuncts and open complements of its predicate.
func rejectedClaim(s *nlp.Sentence, verb int) bool {
	n := claimNoun(s, verb)
	return n >= 0 && rejected(s, n)
}

// claimNoun returns the claim noun whose content clause holds the
// predicate at token verb (see rejectedClaim), or -1.
func claimNoun(s *nlp.Sentence, verb int) int {
	toks := s.Tokens
	for i, depth := verb, 0; i >= 0 && i < len(toks) && depth < 8; depth++ {
		h := toks[i].Head
		if h < 0 || h >= len(toks) {
			return -1
		}
		switch base(toks[i].Dep) {
		case "conj", "xcomp":
			i = h
			continue
		case "ccomp", "acl", "advcl", "parataxis":
		default:
			return -1
		}
		if h < i && frameNoun(toks[h]) && contentClause(s, h, i) {
			return h
		}
		if first := subtreeStart(s, i); first > 0 && first-1 != h && frameNoun(toks[first-1]) &&
			toks[first-1].Head == h && strings.EqualFold(toks[first].Text, "that") && childDep(s, i, "punct") < 0 {
			// "pushed back against claims that the mine leaked": the
			// parse hung the claim's clause on the verb
			return first - 1
		}
		if first := subtreeStart(s, i); first+1 < i && frameNoun(toks[first]) && toks[first].Head == i &&
			strings.EqualFold(toks[first+1].Text, "that") {
			// "denied reports that it had refused": the parse made the
			// noun the clause's subject
			return first
		}
		if m := childDep(s, i, "mark"); m >= 0 && strings.EqualFold(toks[m].Text, "that") && toks[m].UPOS == "SCONJ" {
			// "rejected the allegation, first reported by the Herald,
			// that she had hidden the payments": the clause hung on the
			// verb whose object the claim is
			for _, c := range s.Children(h) {
				if h < c && c < i && toks[c].Dep == "obj" && frameNoun(toks[c]) {
					return c
				}
			}
		}
		return -1
	}
	return -1
}

// confirmVerbs say that what their object claims is true.
var confirmVerbs = map[string]bool{"confirm": true, "acknowledge": true, "verify": true, "corroborate": true,
	"substantiate": true}

// confirmedBy returns the subject of a verb that confirms claim noun n
// ("Halvern Foods confirmed reports that it would sell the plant"): the
// claim is then the confirmer's statement. A negated or conditional
// confirmation confirms nothing.
func confirmedBy(s *nlp.Sentence, n int) (int, bool) {
	toks := s.Tokens
	if strings.ToLower(toks[n].Lemma) == "deny" || strings.ToLower(toks[n].Lemma) == "denial" || toks[n].Dep != "obj" {
		return -1, false
	}
	h := toks[n].Head
	if h < 0 || h >= len(toks) || toks[h].UPOS != "VERB" || !confirmVerbs[strings.ToLower(toks[h].Lemma)] {
		return -1, false
	}
	if unasserted(s, h) || conditional(s, h) {
		return -1, false
	}
	for _, c := range s.Children(h) {
		w := strings.ToLower(toks[c].Text)
		if base(toks[c].Dep) == "advmod" && (w == "not" || w == "n't" || w == "never") {
			return -1, false
		}
	}
	for _, c := range s.Children(h) {
		if toks[c].Dep == "nsubj" {
			return c, true
		}
	}
	return -1, false
}

// relModal returns the modal of an extraction's relation ("would sell"
// gives "would"), "" if none.
func relModal(s *nlp.Sentence, ex *oie.Extraction) string {
	for _, k := range ex.Rel {
		if k < 0 || k >= len(s.Tokens) || s.Tokens[k].XPOS != "MD" {
			continue
		}
		switch w := strings.ToLower(s.Tokens[k].Text); w {
		case "'ll", "wo":
			return "will"
		case "ca":
			return "can"
		case "'d":
			return "would"
		default:
			return w
		}
	}
	return ""
}

// frameNoun reports a claim noun, whatever the tagger made of it
// ("dismissed reports the army had shelled ..." tags "reports" a verb).
func frameNoun(t nlp.Token) bool {
	l := strings.ToLower(t.Lemma)
	switch t.UPOS {
	case "NOUN":
	case "VERB":
		if t.Dep != "obj" || l == "deny" {
			return false
		}
	default:
		return false
	}
	return frameNouns[l]
}

// contentClause reports whether clause i on a claim noun says what the
// claim is rather than which claim it is: a relative clause ("the report
// the council published") has a gap its relative pronoun or the noun
// fills; a content clause read as one ("allegations Senator Varo had taken
// bribes") has its object, a copula or a passive of its own. A clause set
// off by a comma, or a participle with no subject, is neither ("denied
// the claims, saying ...": the denier's own words).
func contentClause(s *nlp.Sentence, n, i int) bool {
	toks := s.Tokens
	if setOff(s, n, subtreeStart(s, i)) {
		return false
	}
	if (toks[i].XPOS == "VBG" || toks[i].XPOS == "VBN") && childDep(s, i, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark") < 0 {
		return false
	}
	if toks[i].Dep != "acl:relcl" {
		return true
	}
	objs := 0
	for _, c := range s.Children(i) {
		switch toks[c].Dep {
		case "obj":
			objs++
		case "cop", "nsubj:pass", "aux:pass", "ccomp", "xcomp":
			objs += 2
		}
		if toks[c].XPOS == "WP" || toks[c].XPOS == "WDT" {
			if !strings.EqualFold(toks[c].Text, "that") {
				return false // "which", "who": a relative clause
			}
			objs--
		}
	}
	return objs > 0
}

// rejected reports a claim noun n that its sentence says is false: the
// object of a verb of rejection, the subject of "false" or "baseless",
// what "contrary to" governs, or a denial itself.
func rejected(s *nlp.Sentence, n int) bool {
	toks := s.Tokens
	if l := strings.ToLower(toks[n].Lemma); l == "deny" || l == "denial" {
		return true
	}
	for d := 0; d < 4 && toks[n].Dep == "conj"; d++ {
		n = toks[n].Head // "denied the reports and claims that ..."
	}
	for _, c := range s.Children(n) {
		// "strongly rejected suggestions it had misled investors", the
		// verb parsed as the noun's adjective
		if c < n && toks[c].Dep == "amod" && toks[c].UPOS == "VERB" {
			if parts, ok := rejectVerbs[strings.ToLower(toks[c].Lemma)]; ok && parts == nil {
				return true
			}
		}
	}
	h := toks[n].Head
	if h < 0 || h >= len(toks) {
		return false
	}
	switch base(toks[n].Dep) {
	case "obj", "obl", "nsubj":
	default:
		return false
	}
	lh := strings.ToLower(toks[h].Lemma)
	if toks[n].Dep == "nsubj" {
		// "the claims that she took bribes were false"
		if falseWords[lh] || (toks[h].Dep == "xcomp" && falseWords[strings.ToLower(toks[toks[h].Head].Lemma)]) {
			return true
		}
		// "denied reports that it had refused ...", parsed with the
		// reports as the clause's subject: the verb right before the
		// noun governs it
		v := n - 1
		for v >= 0 && (toks[v].UPOS == "DET" || toks[v].UPOS == "ADJ" || toks[v].UPOS == "ADV") {
			v--
		}
		if v < 0 || toks[v].UPOS != "VERB" || !descends(s, h, v) {
			return false
		}
		h, lh = v, strings.ToLower(toks[v].Lemma)
	}
	if lh == "contrary" {
		return true
	}
	for _, c := range s.Children(n) {
		if toks[c].Dep == "amod" && strings.EqualFold(toks[c].Text, "contrary") {
			return true
		}
	}
	if toks[h].UPOS != "VERB" {
		return false
	}
	switch lh {
	case "call", "describe", "label", "brand", "dismiss":
		// "called the allegations that she took bribes baseless"
		for k := n + 1; k < len(toks); k++ {
			if falseWords[strings.ToLower(toks[k].Text)] && descends(s, k, h) {
				return true
			}
		}
	}
	parts, ok := rejectVerbs[lh]
	if !ok {
		return lexicon.Verb(lh) == lexicon.Deny
	}
	if parts == nil {
		return true
	}
	for _, c := range append(s.Children(h), s.Children(n)...) {
		// the particle hangs on the verb, or on the noun as its
		// preposition ("scoffed at claims")
		if c > h && c <= n && slices.Contains(parts, strings.ToLower(toks[c].Text)) {
			return true
		}
	}
	return false
}

// nounRootSubject repairs the subject of a verb the parser hung as a
// relative clause without a relative word on a noun of a sentence whose
// root is that noun phrase, so that the sentence has no main verb of its
// own: in "Administrators at the firm Callow Strand have said that ..."
// the name after "the firm" was read as the subject of a reduced relative
// ("the firm [Callow Strand have said]"), leaving the subject "at the firm
// Callow Strand" or "Callow Strand". The verb is the sentence's main verb
// and its subject is the whole noun phrase from the root's first word to
// the name. The old subject text is returned for attributions naming it.
func nounRootSubject(s *nlp.Sentence, ex *oie.Extraction) (old string, ok bool) {
	toks := s.Tokens
	v := ex.Verb
	if v <= 0 || v >= len(toks) || !ex.Subj.IsValid() || ex.Subj.End > v {
		return "", false
	}
	if toks[v].Dep != "acl:relcl" {
		return caseSubject(s, ex)
	}
	root := -1
	for i, t := range toks {
		if t.Head < 0 || t.Dep == "root" {
			root = i
			break
		}
	}
	if root < 0 || root >= ex.Subj.Start || toks[root].UPOS != "NOUN" && toks[root].UPOS != "PROPN" {
		return "", false
	}
	// no other verb: the relative's verb is the only candidate main verb
	for i, t := range toks {
		if i < v && (t.UPOS == "VERB" || t.UPOS == "AUX" && i < ex.Subj.End) {
			return "", false
		}
	}
	// the clause's head noun leads up to the root through nominals only
	for h := toks[v].Head; h != root; h = toks[h].Head {
		if h < 0 || h >= len(toks) || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
			return "", false
		}
	}
	// no relative word or subordinator opening the clause
	for i := ex.Subj.Start - 1; i < v; i++ {
		if i < 0 {
			continue
		}
		switch strings.ToLower(toks[i].Text) {
		case "who", "whom", "whose", "which", "that", ",", "where", "when":
			return "", false
		}
	}
	// only auxiliaries and adverbs between the subject and the verb
	for i := ex.Subj.End; i < v; i++ {
		if toks[i].UPOS != "AUX" && toks[i].UPOS != "ADV" && toks[i].UPOS != "PART" {
			return "", false
		}
	}
	// the root's own phrase: determiners and modifiers right before it
	start := root
	for start > 0 && toks[start-1].Head >= start && toks[start-1].Head <= root && toks[start-1].UPOS != "PUNCT" {
		start--
	}
	old = ex.Subject
	ex.Subj = oie.Range{Start: start, End: ex.Subj.End}
	ex.SubjHead = root
	ex.Subject = s.SpanText(start, ex.Subj.End)
	return old, true
}

// caseSubject repairs a subject that opens with a preposition whose noun
// phrase's own noun, which opens the sentence, the parser hung on the verb
// as an oblique ("Staff at the clinic Orla Bend have warned": "Staff" an
// oblique, "Orla Bend" the subject, the subject read "at the clinic Orla
// Bend"): the subject is the whole phrase from the sentence's first word.
func caseSubject(s *nlp.Sentence, ex *oie.Extraction) (old string, ok bool) {
	toks := s.Tokens
	v, a := ex.Verb, ex.Subj.Start
	if a < 1 || toks[a].UPOS != "ADP" || toks[a].Dep != "case" {
		return "", false
	}
	p := a - 1
	if toks[p].UPOS != "NOUN" && toks[p].UPOS != "PROPN" || toks[p].Head != v && toks[p].Head >= 0 {
		return "", false
	}
	for i, t := range toks {
		if t.Head == p && t.Dep == "case" || i < v && i != p && t.UPOS == "VERB" {
			return "", false
		}
	}
	start := p
	for start > 0 && toks[start-1].Head >= start && toks[start-1].Head <= p && toks[start-1].UPOS != "PUNCT" {
		start--
	}
	if start != 0 {
		return "", false
	}
	for i := ex.Subj.End; i < v; i++ {
		if toks[i].UPOS != "AUX" && toks[i].UPOS != "ADV" && toks[i].UPOS != "PART" {
			return "", false
		}
	}
	old = ex.Subject
	ex.Subj = oie.Range{Start: start, End: ex.Subj.End}
	ex.SubjHead = p
	ex.Subject = s.SpanText(start, ex.Subj.End)
	return old, true
}

// emotionParticiple holds the verbs whose participle is a predicate of
// feeling taking a "that" clause ("relieved that", "pleased that").
var emotionParticiple = map[string]bool{"relieve": true, "please": true, "delight": true, "disappoint": true,
	"worry": true, "concern": true, "surprise": true, "satisfy": true, "encourage": true, "frustrate": true,
	"shock": true, "alarm": true, "thrill": true, "dismay": true, "anger": true, "upset": true}

// adjectiveClauseConjSubject repairs the subject of a verb the parser
// conjoined to the passive verb of a "that" clause complementing a
// predicate adjective rather than to the adjective itself: in "fans were
// relieved that a sale had been agreed but wanted guarantees" the fans,
// not the sale, wanted guarantees. The active conjunct with no subject of
// its own takes the adjective's subject.
func adjectiveClauseConjSubject(s *nlp.Sentence, ex *oie.Extraction) bool {
	toks := s.Tokens
	v := ex.Verb
	if v <= 0 || v >= len(toks) || toks[v].Dep != "conj" || ex.SubjHead < 0 {
		return false
	}
	y := toks[v].Head
	if y < 0 || y >= len(toks) || toks[y].Dep != "ccomp" || ex.SubjHead >= y {
		return false
	}
	p := toks[y].Head
	if p < 0 || p >= len(toks) || toks[p].UPOS != "ADJ" && !(toks[p].XPOS == "VBN" && emotionParticiple[toks[p].Lemma]) {
		return false
	}
	mark, passive, n := false, false, -1
	for i, t := range toks {
		switch {
		case t.Head == v && (strings.HasPrefix(t.Dep, "nsubj") || t.Dep == "aux:pass" || t.Dep == "expl"):
			return false
		case t.Head == y && t.Dep == "mark" && strings.EqualFold(t.Text, "that"):
			mark = true
		case t.Head == y && t.Dep == "nsubj:pass" && i == ex.SubjHead:
			passive = true
		case t.Head == p && (t.Dep == "nsubj" || t.Dep == "nsubj:pass"):
			n = i
		}
	}
	if !mark || !passive || n < 0 {
		return false
	}
	start, end := n, n+1
	for i := range toks {
		if dominatedBy(s, i, n) {
			start, end = min(start, i), max(end, i+1)
		}
	}
	if end > p {
		return false
	}
	ex.Subj = oie.Range{Start: start, End: end}
	ex.SubjHead = n
	ex.Subject = s.SpanText(start, end)
	return true
}

// relativeMainVerb finds a main verb the parser hung as the complement of
// the verb of a relative clause on a subject left without a verb of its
// own: in "Until then, drivers who see a warning light should stop and
// call a dealer" "should stop" was read as what the drivers see, with
// "a warning light" its subject. It returns the complement c, the
// relative's verb r and its noun n; c carries a modal and no "that".
func relativeMainVerb(s *nlp.Sentence, v int) (c, r, n int, ok bool) {
	toks := s.Tokens
	if v < 0 || v >= len(toks) {
		return 0, 0, 0, false
	}
	c = v
	if toks[c].Dep == "conj" {
		c = toks[c].Head
	}
	if c < 0 || c >= len(toks) || toks[c].Dep != "ccomp" || toks[c].UPOS != "VERB" {
		return 0, 0, 0, false
	}
	r = toks[c].Head
	if r < 0 || toks[r].Dep != "acl:relcl" {
		return 0, 0, 0, false
	}
	n = toks[r].Head
	if n < 0 || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" || n > r {
		return 0, 0, 0, false
	}
	if h := toks[n].Head; h >= 0 && toks[n].Dep != "root" && (toks[h].UPOS == "VERB" || toks[h].UPOS == "AUX" || toks[h].UPOS == "ADJ" || toks[h].UPOS == "NOUN" || toks[h].UPOS == "PROPN") {
		return 0, 0, 0, false
	}
	modal, subj := false, false
	for _, t := range toks {
		if t.Head == c {
			switch {
			case t.Dep == "mark":
				return 0, 0, 0, false
			case t.Dep == "aux" && t.XPOS == "MD":
				modal = true
			case t.Dep == "nsubj":
				subj = true
			}
		}
	}
	return c, r, n, modal && subj
}

// relativeMainSubject gives an extraction of the verb relativeMainVerb
// finds the noun with its relative clause as subject ("drivers who see a
// warning light | should call | a dealer"), and the relative's own
// extraction the complement's subject alone as object ("drivers | see |
// a warning light").
func relativeMainSubject(s *nlp.Sentence, ex *oie.Extraction) bool {
	toks := s.Tokens
	if c, _, n, ok := relativeMainVerb(s, ex.Verb); ok && ex.Subj.IsValid() && ex.Subj.End <= c && ex.SubjHead > n {
		start := n
		for start > 0 && toks[start-1].Head >= start && toks[start-1].Head <= n && toks[start-1].UPOS != "PUNCT" {
			start--
		}
		ex.Subj = oie.Range{Start: start, End: ex.Subj.End}
		ex.SubjHead = n
		ex.Subject = s.SpanText(start, ex.Subj.End)
		// the relative says which ones: kept as a restricted subject
		ex.SubjRestricted, ex.SubjectRestricted = ex.Subj, ex.Subject
		return true
	}
	v := ex.Verb
	if v < 0 || v >= len(toks) || !ex.Obj.IsValid() || ex.ObjHead < 0 || ex.ObjHead >= len(toks) {
		return false
	}
	c, r, _, ok := relativeMainVerb(s, ex.ObjHead)
	if !ok || r != v || c != ex.ObjHead {
		return false
	}
	for i, t := range toks {
		if t.Head == c && t.Dep == "nsubj" {
			start, end := i, i+1
			for k := range toks {
				if dominatedBy(s, k, i) {
					start, end = min(start, k), max(end, k+1)
				}
			}
			ex.Obj = oie.Range{Start: start, End: end}
			ex.ObjHead = i
			ex.Object = s.SpanText(start, end)
			return true
		}
	}
	return false
}

// lodgedThing holds the verbs whose passive is said of a document or a
// claim, lodged with an authority, never of the authority itself.
var lodgedThing = map[string]bool{"lodge": true, "file": true, "submit": true}

// lodgedRelativeSubject repairs the subject of a relative "which must be
// lodged" read as the authority named in the preposition after a claim
// ("an appeal to the Supreme Court, which must be lodged within 30 days":
// the appeal is lodged, not the court): the subject is the claim with its
// preposition, up to the comma.
func lodgedRelativeSubject(s *nlp.Sentence, ex *oie.Extraction) bool {
	toks := s.Tokens
	v, h := ex.Verb, ex.SubjHead
	if v <= 0 || v >= len(toks) || h < 0 || h >= v || !lodgedThing[toks[v].Lemma] {
		return false
	}
	which, pass := -1, false
	for i, t := range toks {
		if t.Head == v && t.Dep == "nsubj:pass" && strings.EqualFold(t.Text, "which") {
			which = i
		}
		if t.Head == v && t.Dep == "aux:pass" {
			pass = true
		}
	}
	if which < 1 || !pass || toks[which-1].Text != "," || h >= which {
		return false
	}
	// the claim: a common noun with a prepositional phrase holding the subject
	for n := h - 1; n >= 0; n-- {
		if toks[n].UPOS == "PUNCT" || toks[n].UPOS == "VERB" {
			return false
		}
		if toks[n].UPOS != "NOUN" || toks[n].Ent != "" && toks[n].Ent != "O" || !dominatedBy(s, h, n) {
			continue
		}
		m := h
		for toks[m].Head != n {
			m = toks[m].Head
		}
		named := func(i int) bool { return toks[i].UPOS == "PROPN" || toks[i].Ent != "" && toks[i].Ent != "O" }
		if toks[m].Dep != "nmod" || !named(m) && !named(h) {
			return false
		}
		start := n
		for start > 0 && toks[start-1].Head >= start && toks[start-1].Head <= n && toks[start-1].UPOS != "PUNCT" {
			start--
		}
		for start < n && toks[start].Dep == "case" {
			start++ // "including an appeal": the preposition is not the claim's
		}
		ex.Subj = oie.Range{Start: start, End: which - 1}
		ex.SubjHead = n
		ex.Subject = s.SpanText(start, which-1)
		return true
	}
	return false
}

// seatedParticiple holds the participles that say where a body is
// registered or seated ("registered in", "based in").
var seatedParticiple = map[string]bool{"register": true, "base": true, "headquarter": true, "incorporate": true}

// bodyNoun holds common nouns of bodies that are registered or seated.
var bodyNoun = map[string]bool{"company": true, "firm": true, "business": true, "bank": true, "subsidiary": true,
	"charity": true, "fund": true, "trust": true, "entity": true, "supplier": true, "contractor": true, "operator": true}

// seatedSubject repairs the subject of a participle of registration the
// parser hung on a noun rather than on the body named in that noun's
// prepositional phrase right before it ("invoices from three shell
// companies registered in Idrelle": the companies were registered, not
// the invoices). The subject is the body's own phrase.
func seatedSubject(s *nlp.Sentence, ex *oie.Extraction) bool {
	toks := s.Tokens
	v := ex.Verb
	if v < 2 || v >= len(toks) || toks[v].Dep != "acl" || toks[v].XPOS != "VBN" && toks[v].XPOS != "VBD" || !seatedParticiple[toks[v].Lemma] {
		return false
	}
	n1, n2 := toks[v].Head, v-1
	if n1 < 0 || n1 >= n2 || ex.SubjHead != n1 || bodyNoun[strings.ToLower(toks[n1].Lemma)] {
		return false
	}
	if toks[n2].UPOS != "NOUN" && toks[n2].UPOS != "PROPN" || toks[n2].Head != n1 || toks[n2].Dep != "nmod" {
		return false
	}
	if !bodyNoun[strings.ToLower(toks[n2].Lemma)] && !strings.HasSuffix(toks[n2].Ent, "ORG") {
		return false
	}
	start := n2
	for start > n1+1 && toks[start-1].Head >= start && toks[start-1].Head <= n2 && toks[start-1].Dep != "case" && toks[start-1].UPOS != "PUNCT" {
		start--
	}
	ex.Subj = oie.Range{Start: start, End: v}
	ex.SubjHead = n2
	ex.Subject = s.SpanText(start, v)
	return true
}

// spokesConjSubject repairs the subject of a verb with "would" the parser
// conjoined to a verb of saying whose subject speaks for an organisation,
// after the said clause, rather than to that clause's verb: in "A
// spokesman for Tarrow Power said the company had not known about the site
// and would move the cable" the company would move it, not the spokesman.
// The verb takes the said clause's subject and is attributed to the
// speaker.
func spokesConjSubject(s *nlp.Sentence, ex *oie.Extraction) bool {
	toks := s.Tokens
	v := ex.Verb
	if v <= 0 || v >= len(toks) || toks[v].Dep != "conj" || !ex.Subj.IsValid() {
		return false
	}
	sv := toks[v].Head
	if sv < 0 || !speechVerb(toks[sv].Lemma) || ex.SubjHead < 0 || toks[ex.SubjHead].Head != sv {
		return false
	}
	would, forOrg, c, cs := false, false, -1, -1
	for i, t := range toks {
		switch {
		case t.Head == v && (strings.HasPrefix(t.Dep, "nsubj") || t.Dep == "mark"):
			return false
		case t.Head == v && t.Dep == "aux" && strings.EqualFold(t.Text, "would"):
			would = true
		case t.Head == ex.SubjHead && t.Dep == "nmod" && (t.UPOS == "PROPN" || strings.HasSuffix(t.Ent, "ORG")):
			for _, u := range toks {
				if u.Head == i && u.Dep == "case" && strings.EqualFold(u.Text, "for") {
					forOrg = true
				}
			}
		case t.Head == sv && t.Dep == "ccomp" && i < v:
			c = i
		}
	}
	if !would || !forOrg || c < 0 {
		return false
	}
	for i, t := range toks {
		if t.Head == c && t.Dep == "nsubj" {
			cs = i
		}
	}
	if cs < 0 || toks[cs].UPOS == "PRON" {
		return false
	}
	start, end := cs, cs+1
	for k := range toks {
		if dominatedBy(s, k, cs) {
			start, end = min(start, k), max(end, k+1)
		}
	}
	ex.AttributedTo, ex.AttributedHead = ex.Subject, ex.SubjHead
	ex.Subj = oie.Range{Start: start, End: end}
	ex.SubjHead = cs
	ex.Subject = s.SpanText(start, end)
	return true
}
