package resolve

import (
	"slices"
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
)

// nonEntityTopic reports a subject "it" of a main clause, with no name
// before it in its sentence, right after a sentence whose own
// subject is a singular common noun no entity or description stands for:
// "Cholera is a bacterial infection spread through water. It causes
// severe diarrhoea" speaks of the disease, not of the health agency named
// two sentences before. Such a pronoun is left unbound: binding it to an
// older entity would put that entity in a fact about something else.
func (r *resolver) nonEntityTopic(p *mention, recent []candidate) bool {
	if p.sent == 0 {
		return false
	}
	s := &r.docs[p.doc].Sentences[p.sent]
	if !strings.EqualFold(s.Tokens[p.start].Text, "it") || !strings.HasPrefix(s.Tokens[p.start].Dep, "nsubj") {
		return false
	}
	// the subject of its sentence's main clause, with nothing named
	// before it in the sentence
	if h := s.Tokens[p.start].Head; h < 0 || s.Tokens[h].Head >= 0 && s.Tokens[h].Dep != "root" {
		return false
	}
	for _, a := range recent {
		if m := &r.mentions[a.mi]; m.sent == p.sent && m.start < p.start {
			return false
		}
	}
	prev := &r.docs[p.doc].Sentences[p.sent-1]
	root, subj := mainArgument(prev, "nsubj", "nsubj:pass")
	if subj < 0 {
		return false
	}
	st := prev.Tokens[subj]
	if st.UPOS != "NOUN" && st.UPOS != "PROPN" || st.XPOS == "NNS" || st.XPOS == "NNPS" {
		return false
	}
	if lw := strings.ToLower(st.Lemma); personNouns[lw] || lexicon.Title(lw) || kinNouns[lw] {
		return false // a person ("Its chief executive is ..."): no "it"
	}
	if h := s.Tokens[p.start].Head; h >= 0 && (lexicon.Reporting(s.Tokens[h].Lemma) || lexicon.Speech(s.Tokens[h].Lemma)) {
		return false // what speaks is no thing
	}
	// "A new version of iTunes was announced. It also features ...": a
	// name inside the subject's phrase is what the phrase is about
	lo, hi := subj, subj
	for k := range prev.Tokens {
		if within(prev, k, subj) {
			lo, hi = min(lo, k), max(hi, k)
		}
	}
	for _, a := range recent {
		if m := &r.mentions[a.mi]; m.sent == p.sent-1 && m.start != subj && m.start >= lo && m.start <= hi && m.typ != "PERSON" {
			return false
		}
	}
	for _, a := range recent {
		if m := &r.mentions[a.mi]; m.sent == p.sent-1 && m.fullStart <= subj && subj < m.end {
			// a name: its entity is a candidate like any other, unless
			// the sentence defines it as a thing the recogniser took
			// for a person ("Cholera is a bacterial infection")
			if m.typ == "PERSON" && definedAsThing(prev, root) {
				r.topic(p, subj)
				return true
			}
			return false
		}
	}
	if st.UPOS == "NOUN" && st.Text == strings.ToLower(st.Text) {
		r.topic(p, subj)
	}
	return true
}

// topic records that pronoun p stands for the thing headed by token subj
// of the sentence before, which the pipeline writes in the pronoun's place
// ("The frog ... was found in 2023. It has been named ...").
func (r *resolver) topic(p *mention, subj int) {
	if r.topics == nil {
		r.topics = map[tokenAt]int{}
	}
	r.topics[tokenAt{p.doc, p.sent, p.start}] = subj
}

// definedAsThing reports a copular root noun that names a kind of thing:
// not a person, a role, a relative or an organisation ("is a bacterial
// infection", not "is a doctor" or "is a charity").
func definedAsThing(s *nlp.Sentence, root int) bool {
	t := s.Tokens[root]
	if t.UPOS != "NOUN" || childDep(s, root, "cop") < 0 {
		return false
	}
	lw := strings.ToLower(t.Lemma)
	return !personNouns[lw] && !kinNouns[lw] && !orgNoun(lw) && !lexicon.Title(lw) && !groupNouns[lw] && !clubNouns[lw]
}

// nonEntityObject reports an object "it" of a main clause right after a
// sentence whose main clause's object is a singular definite noun no
// entity or description stands for: "Jordan did not endorse the
// framework. The PLO rejected it outright" rejects the framework, not the
// parliament named two sentences before. Such a pronoun is left unbound.
// The clause's own subject, named before the pronoun, does not count:
// it cannot be its own object.
func (r *resolver) nonEntityObject(p *mention, recent []candidate) bool {
	if p.sent == 0 {
		return false
	}
	s := &r.docs[p.doc].Sentences[p.sent]
	pt := s.Tokens[p.start]
	if !strings.EqualFold(pt.Text, "it") || pt.Dep != "obj" {
		return false
	}
	if h := pt.Head; h < 0 || s.Tokens[h].Head >= 0 && s.Tokens[h].Dep != "root" {
		return false
	}
	for _, a := range recent {
		if m := &r.mentions[a.mi]; m.sent == p.sent && m.start < p.start && !r.inSubject(m) {
			return false
		}
	}
	prev := &r.docs[p.doc].Sentences[p.sent-1]
	_, obj := mainArgument(prev, "obj")
	if obj < 0 {
		return false
	}
	ot := prev.Tokens[obj]
	if ot.UPOS != "NOUN" || ot.XPOS == "NNS" || !definite(prev, obj) {
		return false
	}
	if lw := strings.ToLower(ot.Lemma); personNouns[lw] || lexicon.Title(lw) || kinNouns[lw] {
		return false
	}
	for _, a := range recent {
		if m := &r.mentions[a.mi]; m.sent == p.sent-1 && m.fullStart <= obj && obj < m.end {
			return false
		}
	}
	return true
}

// definite reports a noun with "the", "this" or "that" as determiner.
func definite(s *nlp.Sentence, k int) bool {
	for _, c := range s.Children(k) {
		if t := s.Tokens[c]; t.Dep == "det" {
			switch strings.ToLower(t.Text) {
			case "the", "this", "that":
				return true
			}
		}
	}
	return false
}

// mainArgument returns the root of sentence s and its first child with one
// of deps, or -1 for either that is missing.
func mainArgument(s *nlp.Sentence, deps ...string) (root, arg int) {
	root, arg = -1, -1
	for k, t := range s.Tokens {
		if t.Head < 0 || t.Dep == "root" {
			root = k
			break
		}
	}
	if root < 0 {
		return -1, -1
	}
	for k, t := range s.Tokens {
		if t.Head == root && slices.Contains(deps, t.Dep) {
			return root, k
		}
	}
	return root, -1
}
