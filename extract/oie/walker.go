package oie

import (
	"slices"
	"strings"

	"github.com/storygraph/storygraph/extract/nlp"
)

// walker holds the per-sentence scratch state of [Extract].
type walker struct {
	s *nlp.Sentence
	t []nlp.Token
	// lowers holds each token's text in lower case (the walker never
	// changes a token's text): lower is asked for the same tokens many
	// times a sentence.
	lowers []string
	kids   [][]int
	opts   Options
	out    []Extraction
	order  []int
	feats  []feat
	// stamp and gen mark visited tokens during subtree walks; they also
	// guard against cycles in malformed parses.
	stamp []int
	gen   int
	// stack is walk's scratch stack, lent out to one walk at a time
	// (walking).
	stack   []int
	walking bool
	// firstBuf is firstOf's scratch.
	firstBuf []int
	// attr holds the speaker of reported speech by clause head.
	attr []speaker
	// alleged marks the clauses that are the content of an accusation or
	// a suspicion ("accused of hiding losses"), or that carry "allegedly".
	alleged []bool
	// unasserted marks the clauses whose content the sentence does not
	// state: those under a noun the sentence negates ("no sign that X").
	unasserted []bool
}

type speaker struct {
	text string
	head int
}

func newWalker(s *nlp.Sentence, opts Options) *walker {
	n := len(s.Tokens)
	w := &walker{s: s, t: s.Tokens, opts: opts, kids: make([][]int, n), stamp: make([]int, n), attr: make([]speaker, n), alleged: make([]bool, n), unasserted: make([]bool, n)}
	for i := range w.attr {
		w.attr[i].head = -1
	}
	w.out, w.feats, w.order = make([]Extraction, 0, 8), make([]feat, 0, 8), make([]int, 0, 8) // most sentences emit a few
	w.lowers = make([]string, n)
	for i := range s.Tokens {
		w.lowers[i] = strings.ToLower(s.Tokens[i].Text)
	}
	// the children lists share one array, each capped at its length
	// (rebuildKids and appends then never reach into the next)
	count := make([]int, n+1)
	for i, t := range s.Tokens {
		if h := t.Head; h >= 0 && h < n && h != i {
			count[h+1]++
		}
	}
	for h := 1; h <= n; h++ {
		count[h] += count[h-1]
	}
	all := make([]int, count[n])
	for h := range n {
		w.kids[h] = all[count[h]:count[h]:count[h+1]]
	}
	for i, t := range s.Tokens {
		if h := t.Head; h >= 0 && h < n && h != i {
			w.kids[h] = append(w.kids[h], i)
		}
	}
	w.repair()
	return w
}

// head returns the head of i, -1 for the root, an invalid head or an i
// outside the sentence (the head of the root asked again).
func (w *walker) head(i int) int {
	if i < 0 || i >= len(w.t) {
		return -1
	}
	h := w.t[i].Head
	if h < 0 || h >= len(w.t) || h == i {
		return -1
	}
	return h
}

// base returns the universal part of a dependency label ("obl" for
// "obl:tmod").
func base(dep string) string {
	if i := strings.IndexByte(dep, ':'); i >= 0 {
		return dep[:i]
	}
	return dep
}

// dep returns token i's relation, or "" for an index outside the sentence
// (a head of -1, or one a broken parse points out of it).
func (w *walker) dep(i int) string {
	if i < 0 || i >= len(w.t) {
		return ""
	}
	return w.t[i].Dep
}

func (w *walker) bdep(i int) string { return base(w.dep(i)) }

// child returns the first child of i whose relation (full or universal
// part) is one of deps, or -1.
func (w *walker) child(i int, deps ...string) int {
	for _, c := range w.kids[i] {
		d, b := w.dep(c), w.bdep(c)
		for _, x := range deps {
			if d == x || b == x {
				return c
			}
		}
	}
	return -1
}

// upos returns the UPOS of token i, "" for -1.
func (w *walker) upos(i int) string {
	if i < 0 || i >= len(w.t) {
		return ""
	}
	return w.t[i].UPOS
}

func (w *walker) lower(i int) string { return w.lowers[i] }

func (w *walker) lemma(i int) string {
	l := w.t[i].Lemma
	if l == "" || l == "_" {
		l = w.t[i].Text
	}
	return strings.ToLower(l)
}

// isNeg reports whether i is a negation modifier.
func (w *walker) isNeg(i int) bool {
	if w.bdep(i) != "advmod" && w.bdep(i) != "neg" && w.bdep(i) != "aux" {
		return false
	}
	switch w.lower(i) {
	case "not", "n't", "never", "no":
		return true
	}
	return false
}

// isRelPron reports whether i is a relative pronoun (who, which, that in a
// relative clause).
func (w *walker) isRelPron(i int) bool {
	switch w.t[i].XPOS {
	case "WDT", "WP":
		return true
	}
	if w.lower(i) == "that" && w.t[i].UPOS == "PRON" {
		h := w.head(i)
		return h >= 0 && w.dep(h) == "acl:relcl"
	}
	return false
}

func (w *walker) isPron(i int) bool { return w.t[i].UPOS == "PRON" }

func (w *walker) isNominal(i int) bool {
	switch w.t[i].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "X", "SYM":
		return true
	}
	return false
}

// isCopular reports whether i is a nominal or adjectival predicate with a
// copula.
func (w *walker) isCopular(i int) bool {
	return w.t[i].UPOS != "VERB" && w.child(i, "cop") >= 0
}

// isPred reports whether i heads a clause the extractor reads.
func (w *walker) isPred(i int) bool { return w.isPredDepth(i, 0) }

func (w *walker) isPredDepth(i, depth int) bool {
	if depth > 8 {
		return false
	}
	if w.isCopular(i) {
		return true
	}
	u := w.t[i].UPOS
	if u != "VERB" && !(u == "AUX" && (w.bdep(i) == "root" || w.bdep(i) == "conj") && w.child(i, "nsubj", "expl") >= 0) {
		return false
	}
	switch w.dep(i) {
	case "acl", "advcl":
		if w.t[i].XPOS == "VBN" && w.child(i, "nsubj", "nsubj:pass") < 0 {
			if m := w.child(i, "mark"); m >= 0 && m < i && w.lower(m) == "as" {
				return false // "as stated on its website", "as expected": a comment on the clause, no event
			}
		}
		return true
	case "root", "ccomp", "xcomp", "acl:relcl", "parataxis", "csubj", "csubj:pass", "dep", "list":
		return true
	case "conj":
		h := w.head(i)
		return h >= 0 && (w.isPredDepth(h, depth+1) || w.child(i, "nsubj") >= 0)
	}
	return w.child(i, "nsubj") >= 0
}

// walk collects i and its descendants into dst, skipping the subtrees of
// descendants for which skip (if not nil) returns true; i itself is never
// skipped. Tokens come out unsorted.
func (w *walker) walk(dst []int, i int, skip func(int) bool) []int {
	w.gen++
	lent := !w.walking // w.stack is free unless a skip walks in a walk
	var stack []int
	if lent {
		w.walking = true
		stack = append(w.stack[:0], i)
	} else {
		stack = []int{i}
	}
	for len(stack) > 0 {
		j := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if w.stamp[j] == w.gen {
			continue
		}
		w.stamp[j] = w.gen
		dst = append(dst, j)
		for _, c := range w.kids[j] {
			if skip != nil && skip(c) {
				continue
			}
			stack = append(stack, c)
		}
	}
	if lent {
		w.stack, w.walking = stack, false
	}
	return dst
}

// span collects the subtree of h minus skipped subtrees, sorted, with
// punctuation and conjunctions trimmed from both ends.
func (w *walker) span(h int, skip func(int) bool) []int {
	sp := w.walk(nil, h, skip)
	sortInts(sp)
	return w.trim(sp, h)
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// trim drops edge tokens that are punctuation, coordinating conjunctions
// or subordinating marks (never the head h).
func (w *walker) trim(sp []int, h int) []int {
	edge := func(i int) bool {
		if i == h {
			return false
		}
		switch w.t[i].UPOS {
		case "PUNCT":
			return true
		case "CCONJ":
			return w.bdep(i) == "cc"
		}
		return false
	}
	for len(sp) > 0 && edge(sp[0]) && !w.pairedOpen(sp, 0) {
		sp = sp[1:]
	}
	for len(sp) > 0 && edge(sp[len(sp)-1]) && !w.pairedClose(sp, len(sp)-1) {
		sp = sp[:len(sp)-1]
	}
	return sp
}

// brackets lists opening and closing brackets and quotes that trimming
// keeps together.
var brackets = [][2]string{{"(", ")"}, {"-LRB-", "-RRB-"}, {"[", "]"}, {"``", "''"}, {"“", "”"}, {"‘", "’"}, {"\"", "\""}}

func (w *walker) pairedOpen(sp []int, k int) bool {
	for _, p := range brackets {
		if w.t[sp[k]].Text != p[0] {
			continue
		}
		for _, j := range sp[k+1:] {
			if w.t[j].Text == p[1] {
				return true
			}
		}
	}
	return false
}

func (w *walker) pairedClose(sp []int, k int) bool {
	for _, p := range brackets {
		if w.t[sp[k]].Text != p[1] {
			continue
		}
		for _, j := range sp[:k] {
			if w.t[j].Text == p[0] {
				return true
			}
		}
	}
	return false
}

// tokText returns the source text of token i.
func (w *walker) tokText(i int) string {
	t := w.t[i]
	a, b := t.Off-w.s.Off, t.End-w.s.Off
	if a >= 0 && b >= a && b <= len(w.s.Text) {
		return w.s.Text[a:b]
	}
	return t.Text
}

// text joins the tokens of sp (sorted) as they appear in the sentence:
// adjacent tokens keep their original spacing, gaps become one space.
func (w *walker) text(sp []int) string {
	var b strings.Builder
	for k, i := range sp {
		if k > 0 {
			p := sp[k-1]
			if i == p+1 && w.t[i].Off == w.t[p].End {
				// no space in the source
			} else if i > p+1 && w.t[i].UPOS == "PUNCT" && w.t[i].Off == w.t[i-1].End && closingPunct(w.t[i].Text) {
				// after a gap, punctuation that clings to the word before
				// it in the source clings to the word before it here:
				// "went very quiet," not "went very quiet ,"
			} else {
				b.WriteByte(' ')
			}
		}
		if k == 0 {
			if n := w.whoseName(i); n >= 0 {
				// "Lidia Kerr, whose cousin Oren was among the last":
				// "Lidia Kerr's cousin Oren", not "whose cousin Oren"
				name := w.text(w.span(n, w.subjSkip))
				if strings.HasSuffix(name, "s") {
					// "Halvern Mills' owner"
					b.WriteString(name + "'")
				} else {
					b.WriteString(name + "'s")
				}
				continue
			}
		}
		b.WriteString(clean(w.tokText(i)))
	}
	return b.String()
}

// whoseName returns the name that the "whose" at i stands for, the head
// of the relative clause it opens when that is a name before it
// ("Lidia Kerr, whose cousin ..."), or -1.
func (w *walker) whoseName(i int) int {
	if w.t[i].XPOS != "WP$" || w.bdep(i) != "nmod" {
		return -1
	}
	for c, d := w.head(i), 0; c >= 0 && d < 4; c, d = w.head(c), d+1 {
		if w.dep(c) == "acl:relcl" {
			if n := w.head(c); n >= 0 && n < i && w.t[n].UPOS == "PROPN" && w.lastOf(n) >= i-1 {
				return n
			}
			return -1
		}
	}
	return -1
}

// closingPunct reports whether a punctuation token attaches to the word
// before it: a comma, a stop, a colon or semicolon, a closing bracket or a
// closing quotation mark.
func closingPunct(t string) bool {
	switch t {
	case ",", ".", ";", ":", "!", "?", ")", "]", "''", "”", "’":
		return true
	}
	return false
}

// clean replaces tabs and newlines inside a token.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func rangeOf(sp []int) Range {
	if len(sp) == 0 {
		return NoRange
	}
	return Range{sp[0], sp[len(sp)-1] + 1}
}

// emit records a nominal extraction; order groups it with its anchor
// token.
func (w *walker) emit(e Extraction, order int) {
	w.emitf(e, order, feat{kind: e.Kind, shape: e.Kind, subjLen: e.Subj.End - e.Subj.Start, objLen: e.Obj.End - e.Obj.Start})
}

// emitf records an extraction with the features its confidence is
// computed from.
func (w *walker) emitf(e Extraction, order int, f feat) {
	if e.Verb < 0 && (w.holdsWhose(e.Subj) || w.opensWithWhose(e.Obj)) {
		// "The bank, whose chief executive Lena Ward quit in May, ..."
		// read as a noun phrase: (The bank; is; whose chief executive
		// ...), (whose chief executive Lena Ward quit; is in; May); a
		// whose-relative inside an object ("a benefit for a victim
		// whose benefits ran out") is only its modifier
		return
	}
	if w.ageSubject(e.Subj) {
		// "men aged between 24 and 58 who had been working" with the
		// relative clause hung on the ages: (24 and 58; had been
		// working; the night shift)
		return
	}
	if w.frontedWh(e.Obj, e.Verb) || w.frontedWh(e.Subj, e.Verb) || (len(e.Rel) > 0 && w.relWord(slices.Min(e.Rel)) && !e.Subj.contains(slices.Min(e.Rel))) || w.connectiveArg(e.Obj) {
		// "did not say which ones she would approach" gives (she;
		// would approach; which ones), "the commission, which said"
		// (the commission; which said; ...), "found, however, that"
		// (the court; found; however): an indirect question, a relative
		// word or a connective is no argument, and the fact says nothing
		return
	}
	for i := 1; i < len(e.Rel); i++ {
		if e.Rel[i] <= e.Rel[i-1] {
			// Rel is a set of token indices, in order, whatever path built it.
			e.Rel = slices.Compact(slices.Sorted(slices.Values(e.Rel)))
			break
		}
	}
	f.base = e.Confidence
	f.ovl = -1
	f.sentLen = len(w.t)
	f.relLen = len(strings.Fields(e.Relation))
	if e.SubjHead >= 0 && e.SubjHead < len(w.t) {
		f.subjDep = w.bdep(e.SubjHead)
	}
	if e.Verb >= 0 && e.ObjHead >= 0 {
		f.objDist = e.ObjHead - e.Verb
	}
	w.out = append(w.out, e)
	w.order = append(w.order, order)
	w.feats = append(w.feats, f)
}

// holdsWhose reports whether range r holds the relative "whose".
func (w *walker) holdsWhose(r Range) bool {
	if r == NoRange {
		return false
	}
	for i := max(r.Start, 0); i < r.End && i < len(w.t); i++ {
		if w.t[i].XPOS == "WP$" {
			return true
		}
	}
	return false
}

// opensWithWhose reports whether range r starts, punctuation aside, with
// the relative "whose".
func (w *walker) opensWithWhose(r Range) bool {
	if r == NoRange {
		return false
	}
	for i := max(r.Start, 0); i < r.End && i < len(w.t); i++ {
		if w.t[i].UPOS != "PUNCT" {
			return w.t[i].XPOS == "WP$"
		}
	}
	return false
}

// hasAux reports whether any of toks is an auxiliary ("was", "has", "will").
func (w *walker) hasAux(toks []int) bool {
	for _, i := range toks {
		if w.bdep(i) == "aux" || w.t[i].UPOS == "AUX" {
			return true
		}
	}
	return false
}

// frontedWh reports an argument range that is a bare wh-phrase before
// verb v, fronted in its own clause: "which ones she would approach"
// gives (she; would approach; which ones), which says nothing. After
// the verb the phrase is a question cut short, and says what is unknown
// ("nobody knows how much").
func (w *walker) frontedWh(r Range, v int) bool {
	return v >= 0 && r != NoRange && r.End <= v && w.whArg(r)
}

// whWord reports whether token i is a wh-word ("which", "what", "how"),
// no name ("Which Way", a group).
func (w *walker) whWord(i int) bool {
	if i < 0 || i >= len(w.t) || w.t[i].UPOS == "PROPN" {
		return false
	}
	if i > 0 && w.t[i-1].UPOS != "PUNCT" && w.capitalized(i) {
		return false // "Consumer group Which Way said": a name
	}
	switch w.t[i].XPOS {
	case "WDT", "WP", "WRB":
		return true
	}
	return false
}

// whArg reports an argument range that is a bare wh-phrase of at most
// two words and no verb ("which ones", "how much", "what"): the question
// word of an indirect question or a relative, with nothing it stands for.
func (w *walker) whArg(r Range) bool {
	if r == NoRange || r.End-r.Start > 2 || r.Start < 0 || r.End > len(w.t) {
		return false
	}
	for i := r.Start; i < r.End; i++ {
		if u := w.t[i].UPOS; u == "VERB" || u == "AUX" {
			return false // "which worried the board": a clause
		}
	}
	for i := r.Start; i < r.End; i++ {
		if w.t[i].UPOS != "PUNCT" {
			return w.whWord(i)
		}
	}
	return false
}

// connectiveArg reports an argument range that is one connective adverb
// ("however", "meanwhile"), set off in the sentence and read as an object.
func (w *walker) connectiveArg(r Range) bool {
	if r == NoRange || r.End-r.Start != 1 || r.Start < 0 || r.End > len(w.t) {
		return false
	}
	switch w.lower(r.Start) {
	case "however", "meanwhile", "nevertheless", "nonetheless", "therefore", "moreover", "furthermore", "though", "instead", "thus", "hence":
		return w.t[r.Start].UPOS == "ADV" || w.t[r.Start].UPOS == "SCONJ"
	}
	return false
}

// relWord reports whether token i is a relative or question pronoun
// ("which", "who", "what"), no name.
func (w *walker) relWord(i int) bool {
	return w.whWord(i) && w.t[i].XPOS != "WRB"
}

// contains reports whether token i lies in r.
func (r Range) contains(i int) bool { return r != NoRange && i >= r.Start && i < r.End }

// ageSubject reports a subject range that is a list of bare numbers ("24
// and 58") or a phrase of age ("aged 31 and 45"): ages, read as who did
// something when the parse hung a clause on them. One number ("50 were
// injured") can be who, and stays.
func (w *walker) ageSubject(r Range) bool {
	if r == NoRange || r.Start < 0 || r.End > len(w.t) || r.End <= r.Start {
		return false
	}
	if w.lower(r.Start) == "aged" {
		return true
	}
	cc := false
	for i := r.Start; i < r.End; i++ {
		switch w.t[i].UPOS {
		case "NUM":
		case "CCONJ":
			cc = true
		case "PUNCT":
		default:
			return false
		}
	}
	return cc
}
