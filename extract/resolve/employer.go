package resolve

import "strings"

// Employers: the organisation a person speaks for, read from how the
// document introduces the person ("Tessaract chief executive Rana Malik",
// "Nordbahn's spokeswoman, Ines Berg", "Rana Malik, chief executive of
// Tessaract"). "Malik said the company would offer refunds" then means
// her company, not the supplier named in the sentence before.

// leaderTitles are the titles of someone who speaks for an organisation;
// an analyst or a customer of a company does not.
var leaderTitles = set("chief", "executive", "ceo", "chairman", "chairwoman", "chair", "president", "spokesman",
	"spokeswoman", "spokesperson", "director", "head", "founder", "owner", "boss", "officer", "managing",
	"general", "secretary", "operating", "financial", "vice", "deputy", "co-founder", "md", "cfo", "coo")

// employments maps each person of a document to the organisations the
// document names as theirs by a leader's title.
func (r *resolver) employments() map[docCluster][]int {
	out := map[docCluster][]int{}
	r.employers = map[docCluster]bool{}
	add := func(doc, person, org int) {
		k := docCluster{doc, person}
		for _, o := range out[k] {
			if o == org {
				return
			}
		}
		out[k] = append(out[k], org)
		r.employers[docCluster{doc, org}] = true
	}
	// organisations by name within their document, for a name the
	// person's mention took in as its role ("Nordbahn chief executive")
	type docName struct {
		doc  int
		name string
	}
	orgNamed := map[docName]int{}
	for i := range r.mentions {
		if m := &r.mentions[i]; !m.pronoun && m.cluster >= 0 && (m.typ == "ORG" || m.typ == "MISC") {
			orgNamed[docName{m.doc, m.name}] = r.root(m.cluster)
		}
	}
	orgEnding := func(doc, sent, k int) int {
		if o := r.employerAt(doc, sent, k); o >= 0 {
			return o
		}
		toks := r.docs[doc].Sentences[sent].Tokens
		j := k
		for j >= 0 && isCapitalised(toks[j].Text) {
			j--
		}
		if j == k {
			return -1
		}
		if o, ok := orgNamed[docName{doc, r.docs[doc].Sentences[sent].SpanText(j+1, k+1)}]; ok {
			return o
		}
		return -1
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.cluster < 0 || m.typ != "PERSON" {
			continue
		}
		s := &r.docs[m.doc].Sentences[m.sent]
		toks := s.Tokens
		p := r.root(m.cluster)
		// "Tessaract chief executive Rana Malik", "Nordbahn's spokeswoman, Ines Berg"
		k := m.start - 1
		if k >= 0 && toks[k].Text == "," {
			k--
		}
		titles := 0
		for k >= 0 && leaderTitles[strings.ToLower(toks[k].Text)] {
			k--
			titles++
		}
		if titles > 0 && k >= 0 {
			if toks[k].Text == "'s" || toks[k].Text == "’s" {
				k--
			}
			if o := orgEnding(m.doc, m.sent, k); o >= 0 {
				add(m.doc, p, o)
			}
		}
		// "Rana Malik, chief executive of Tessaract"
		k = m.end
		if k < len(toks) && toks[k].Text == "," {
			k++
			titles = 0
			for k < len(toks) && leaderTitles[strings.ToLower(toks[k].Text)] {
				k++
				titles++
			}
			if titles > 0 && k+1 < len(toks) && (toks[k].Text == "of" || toks[k].Text == "at") {
				if o := r.employerAt(m.doc, m.sent, k+1); o >= 0 {
					add(m.doc, p, o)
				} else if k+2 < len(toks) && strings.EqualFold(toks[k+1].Text, "the") {
					if o := r.employerAt(m.doc, m.sent, k+2); o >= 0 {
						add(m.doc, p, o)
					}
				}
			}
		}
	}
	return out
}

// employerAt returns the cluster of the organisation mention covering token
// tok, or -1. A name the recogniser left untyped (MISC) counts: a chief
// executive's title before a person is evidence enough.
func (r *resolver) employerAt(doc, sent, tok int) int {
	if tok < 0 {
		return -1
	}
	c := r.clusterAtToken(doc, sent, tok)
	if c < 0 || r.clusterType(c) != "ORG" && r.clusterType(c) != "MISC" {
		return -1
	}
	return r.root(c)
}

// speakerEmployer returns the organisation that the person reporting the
// clause of token tok speaks for ("Malik said the company would ...",
// "He did not say whether the company would ..."), when the document names
// exactly one for that person; otherwise -1.
func (r *resolver) speakerEmployer(doc, sent, tok int) int {
	s := &r.docs[doc].Sentences[sent]
	for h, n := s.Tokens[tok].Head, 0; h >= 0 && n < len(s.Tokens); h, n = s.Tokens[h].Head, n+1 {
		if !speechVerb(s.Tokens[h].Lemma) {
			continue
		}
		for _, c := range s.Children(h) {
			if !strings.HasPrefix(s.Tokens[c].Dep, "nsubj") {
				continue
			}
			pc := r.personUnder(doc, sent, c)
			if pc < 0 {
				continue // "Nordbahn chief" read as a second subject
			}
			if orgs := r.employed[docCluster{doc, r.root(pc)}]; len(orgs) == 1 {
				return orgs[0]
			}
			return -1
		}
		return -1
	}
	return -1
}

// personUnder returns the cluster of the person named in the phrase of
// token h ("Nordbahn chief executive Leopold Marchetti" headed by
// "executive" or by "Leopold"), or -1.
func (r *resolver) personUnder(doc, sent, h int) int {
	s := &r.docs[doc].Sentences[sent]
	for j := range s.Tokens {
		if j != h && !dominates(s, h, j) {
			continue
		}
		if c := r.clusterAtToken(doc, sent, j); c >= 0 && r.clusterType(c) == "PERSON" {
			return c
		}
	}
	return -1
}

// employs reports whether organisation cluster c is the employer of a
// titled person in document doc: an organisation, whatever type the
// recogniser gave its name.
func (r *resolver) employs(doc, c int) bool {
	return r.employers[docCluster{doc, c}]
}
