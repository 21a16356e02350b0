package resolve

import (
	"strings"

	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/nlp"
)

// Employers: the organisation a person speaks for, read from how the
// document introduces the person ("Tessaract chief executive Rana Malik",
// "Nordbahn's spokeswoman, Ines Berg", "Rana Malik, chief executive of
// Tessaract"). "Malik said the company would offer refunds" then means
// her company, not the supplier named in the sentence before.

// leaderTitles are the titles of someone who speaks for an organisation
// ("Green Party leader Ida Holm", "Kessick Rovers manager Pia Lund"); an
// analyst or a customer of a company does not.
var leaderTitles = set("chief", "executive", "ceo", "chairman", "chairwoman", "chair", "president", "spokesman",
	"spokeswoman", "spokesperson", "director", "head", "founder", "owner", "boss", "officer", "managing",
	"general", "secretary", "operating", "financial", "vice", "deputy", "co-founder", "md", "cfo", "coo",
	"leader", "manager", "governor", "coach", "captain")

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
		span := r.docs[doc].Sentences[sent].SpanText(j+1, k+1)
		if o, ok := orgNamed[docName{doc, span}]; ok {
			return o
		}
		// "Helmark chief executive Ina Moll" for Helmark Bank: the one
		// organisation of the document whose name the words open
		found := -1
		for dn, o := range orgNamed {
			if dn.doc == doc && strings.HasPrefix(dn.name, span+" ") && o != found {
				if found >= 0 {
					return -1
				}
				found = o
			}
		}
		return found
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

// affiliationRoles are the role nouns that tie a person to the
// organisation after "of", "at", "with" or "for" ("an organiser with the
// Brenmouth Tenants Alliance", "a member of the Carvale Dockworkers
// Union"): the leaders' titles and the roles of members and staff. A
// lawyer or an adviser for an organisation belongs to another one, a
// critic or a customer to none.
var affiliationRoles = set("organiser", "organizer", "member", "official", "representative", "coordinator",
	"campaigner", "activist", "volunteer", "employee", "worker", "steward", "convenor", "convener", "leader",
	"manager", "treasurer", "researcher", "analyst", "economist", "engineer", "negotiator", "trustee",
	"chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "secretary", "president", "director",
	"head", "founder", "officer", "executive", "chair", "boss", "ceo", "co-founder", "chief", "staff", "scientist")

// affiliationPreps open the organisation of a role ("organiser with").
var affiliationPreps = set("of", "at", "with", "for", "from")

// affiliations maps each person of a document to the organisations the
// document ties the person to: the employers (employments), the
// organisations of the roles in the person's apposition ("Delphine Moray,
// an organiser with the Brenmouth Tenants Alliance, and a member of ...":
// each role's), and one named right after the name ("Ilse Marken of the
// Carvale Dockworkers Union").
func (r *resolver) affiliations() map[docCluster][]int {
	out := map[docCluster][]int{}
	add := func(doc, person, org int) {
		k := docCluster{doc, person}
		if !containsInt(out[k], org) {
			out[k] = append(out[k], org)
		}
	}
	for k, orgs := range r.employed {
		for _, o := range orgs {
			add(k.doc, k.cluster, o)
		}
	}
	orgAfter := func(doc, sent, k int) int {
		toks := r.docs[doc].Sentences[sent].Tokens
		if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
			k++
		}
		if k >= len(toks) {
			return -1
		}
		return r.employerAt(doc, sent, k)
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.cluster < 0 || m.typ != "PERSON" {
			continue
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		p := r.root(m.cluster)
		// "The Harrow Farmers Union's chief negotiator, Pavel Stroud"
		k := m.start - 1
		if k >= 0 && toks[k].Text == "," {
			k--
		}
		roles := 0
		for k >= 0 && (affiliationRoles[strings.ToLower(toks[k].Text)] || leaderTitles[strings.ToLower(toks[k].Text)]) {
			k--
			roles++
		}
		if roles > 0 && k > 0 && (toks[k].Text == "'s" || toks[k].Text == "’s") {
			if o := r.employerAt(m.doc, m.sent, k-1); o >= 0 {
				add(m.doc, p, o)
			}
		}
		k = m.end
		if k+1 < len(toks) && (toks[k].Text == "of" || toks[k].Text == "from") {
			if o := orgAfter(m.doc, m.sent, k+1); o >= 0 {
				add(m.doc, p, o) // "Ilse Marken of the Carvale Dockworkers Union"
			}
			continue
		}
		if k >= len(toks) || toks[k].Text != "," {
			continue
		}
		// the apposition, to its closing comma: each role noun right
		// before a preposition ties the person to the organisation after it
		for j := k + 2; j+1 < len(toks) && toks[j].Text != "," && toks[j].Text != ";"; j++ {
			w := strings.ToLower(toks[j-1].Text)
			if !affiliationPreps[strings.ToLower(toks[j].Text)] || !affiliationRoles[w] || toks[j-1].Text != w {
				continue
			}
			if o := orgAfter(m.doc, m.sent, j+1); o >= 0 {
				add(m.doc, p, o)
			}
		}
	}
	return out
}

// ownNouns are the nouns that, after "his", "her" or "their" in what a
// person says, stand for the organisation the person belongs to ("said
// her organisation would file a class action").
var ownNouns = set("organisation", "organization", "group", "union", "company", "party", "agency", "firm")

// selfNouns are the descriptions that, after "the" in what a person says,
// stand for the person's own organisation when the document ties the
// person to one only ("Moray said the group would return").
var selfNouns = set("organisation", "organization", "group", "union", "party")

// speakerAffiliation returns the one organisation the document ties the
// person reporting the clause of token tok to, when its kind fits the
// noun lw ("her union", "the group"); -1 when the speaker is no person
// with exactly one affiliation, or it does not fit. A pronoun (want) of
// the other sex than the speaker's is someone else's.
func (r *resolver) speakerAffiliation(doc, sent, tok int, lw string, want gazetteer.Sex, sexOf map[int]gazetteer.Sex) int {
	s := &r.docs[doc].Sentences[sent]
	for h, n := s.Tokens[tok].Head, 0; h >= 0 && n < len(s.Tokens); h, n = s.Tokens[h].Head, n+1 {
		if !speechVerb(s.Tokens[h].Lemma) {
			continue
		}
		for j := min(h, tok) + 1; j < max(h, tok); j++ {
			if j != tok+1 && strings.HasPrefix(s.Tokens[j].Dep, "nsubj") || r.personTok(doc, sent, j) {
				// "said members had voted to leave their union", "said
				// the manager had left his company": theirs, not hers
				return -1
			}
		}
		for _, c := range s.Children(h) {
			if !strings.HasPrefix(s.Tokens[c].Dep, "nsubj") {
				continue
			}
			pc := r.personUnder(doc, sent, c)
			if pc < 0 {
				continue
			}
			pc = r.root(pc)
			if want != gazetteer.Unknown && sexOf[pc] != gazetteer.Unknown && sexOf[pc] != want {
				return -1
			}
			return r.oneAffiliation(doc, sent, pc, lw)
		}
		return -1
	}
	return -1
}

// otherOrgFits reports whether sentence sent names an organisation other
// than c that the noun lw could stand for ("said the group would meet the
// Vell Climbers Group"): then which one is meant is not guessed.
func (r *resolver) otherOrgFits(doc, sent, c int, lw string) bool {
	for k := range r.mentions {
		m := &r.mentions[k]
		if m.doc != doc || m.sent != sent || m.pronoun || m.dropped || m.cluster < 0 || r.root(m.cluster) == c {
			continue
		}
		if t := r.clusterType(m.cluster); t != "ORG" && t != "MISC" {
			continue
		}
		name := r.clusterName(m.cluster)
		switch lw {
		case "group", "organisation", "organization":
			if nameHasWord(name, lw) || nameHasAny(name, groupWords...) {
				return true
			}
		default:
			if orgKindFits(lw, name) {
				return true
			}
		}
	}
	return false
}

// groupWords, in an organisation's name, make it a group of people that
// "the group" or "the organisation" may stand for as well.
var groupWords = []string{"group", "alliance", "association", "union", "coalition", "campaign", "network", "society",
	"federation", "league", "movement", "committee", "organisation", "organization", "club", "collective", "forum"}

// ownOrg returns the organisation "her organisation", "his union" or
// "their group" (pronoun mention pi and the noun after it) stands for in
// what a person says: the one the document ties the speaker to, if its
// kind fits the noun; else -1.
func (r *resolver) ownOrg(pi int, sexOf map[int]gazetteer.Sex) int {
	p := &r.mentions[pi]
	s := &r.docs[p.doc].Sentences[p.sent]
	toks := s.Tokens
	i := p.start
	lw := strings.ToLower(toks[i].Text)
	if lw != "his" && lw != "her" && lw != "their" || !ownPhrase(toks, i) {
		return -1
	}
	n := toks[i+1]
	want := gazetteer.Unknown
	if malePronouns[lw] {
		want = gazetteer.Male
	} else if femalePronouns[lw] {
		want = gazetteer.Female
	}
	return r.speakerAffiliation(p.doc, p.sent, i, n.Text, want, sexOf)
}

// possessiveAffiliations returns the organisations "its" or "their"
// stands for where it introduces person pc by a role up to sentence
// sent ("The opposition Liberal Union voted against the bill. Its leader,
// Mats Rydberg, said ..."). Coreference binds "its" after the
// employments are read, so they are looked up when needed.
func (r *resolver) possessiveAffiliations(doc, sent, pc int) []int {
	var out []int
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.doc != doc || m.sent > sent || m.pronoun || m.cluster < 0 || m.typ != "PERSON" || r.root(m.cluster) != pc {
			continue
		}
		toks := r.docs[doc].Sentences[m.sent].Tokens
		k := m.start - 1
		if k >= 0 && toks[k].Text == "," {
			k--
		}
		roles := 0
		for k >= 0 && (affiliationRoles[strings.ToLower(toks[k].Text)] || leaderTitles[strings.ToLower(toks[k].Text)]) {
			k--
			roles++
		}
		if roles == 0 || k < 0 {
			continue
		}
		if w := strings.ToLower(toks[k].Text); w != "its" && w != "their" {
			continue
		}
		if o := r.employerAt(doc, m.sent, k); o >= 0 && !containsInt(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// oneAffiliation returns the one organisation the document ties person
// pc to up to sentence sent, when its kind fits the noun lw; else -1.
func (r *resolver) oneAffiliation(doc, sent, pc int, lw string) int {
	orgs := r.affiliated[docCluster{doc, pc}]
	for _, o := range r.possessiveAffiliations(doc, sent, pc) {
		if !containsInt(orgs, o) {
			orgs = append(orgs[:len(orgs):len(orgs)], o)
		}
	}
	if len(orgs) != 1 || !orgKindFits(lw, r.clusterName(orgs[0])) {
		return -1
	}
	return orgs[0]
}

// quoteSpeakerOrg returns the organisation "our union" or "our company"
// (mention pi) stands for in a quote: the one the document ties the
// quote's speaker, named in the same sentence, to; else -1.
func (r *resolver) quoteSpeakerOrg(pi int) int {
	p := &r.mentions[pi]
	pc := r.speakerOf(p.doc, p.sent)
	if pc < 0 {
		return -1
	}
	return r.oneAffiliation(p.doc, p.sent, r.root(pc), strings.ToLower(p.name))
}

// ownPhrase reports "our company", "her union": a possessive pronoun at
// token i determining one of the ownNouns, which ends its phrase.
func ownPhrase(toks []nlp.Token, i int) bool {
	if toks[i].XPOS != "PRP$" || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if !ownNouns[n.Text] || n.UPOS != "NOUN" || toks[i].Head != i+1 {
		return false
	}
	return i+2 == len(toks) || toks[i+2].UPOS != "NOUN" && toks[i+2].UPOS != "PROPN" // "her union branch": the branch
}

// personTok reports whether token tok is a person's mention.
func (r *resolver) personTok(doc, sent, tok int) bool {
	c := r.clusterAtToken(doc, sent, tok)
	return c >= 0 && r.clusterType(c) == "PERSON"
}
