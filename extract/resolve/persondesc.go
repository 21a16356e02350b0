package resolve

import (
	"slices"
	"strconv"
	"strings"

	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/nlp"
)

// Descriptions that stand for a person named in the document: "the
// 61-year-old", "the 38-year-old former schoolteacher" (an age), and "the
// microbiologist", "the coach" (a noun the document gave the person in
// apposition or before the name).

// yearsOld returns the age of a word "45-year-old", or 0.
func yearsOld(w string) int {
	n, ok := strings.CutSuffix(strings.ToLower(w), "-year-old")
	if !ok {
		return 0
	}
	v, err := strconv.Atoi(n)
	if err != nil || v <= 0 || v > 120 {
		return 0
	}
	return v
}

// femaleNouns and maleNouns are the head nouns of an age description that
// say the person's sex ("the 45-year-old woman").
var (
	femaleNouns = set("woman", "girl", "mother", "daughter", "wife", "grandmother", "sister", "actress",
		"businesswoman", "widow", "mum", "mom", "lady", "aunt", "niece", "chairwoman", "spokeswoman", "policewoman")
	maleNouns = set("man", "boy", "father", "son", "husband", "grandfather", "brother", "actor",
		"businessman", "widower", "dad", "uncle", "nephew", "chairman", "spokesman", "policeman")
)

// demonymNoun reports a capitalised noun for a man or a woman of a
// nation: "Dutchman", "Frenchwoman".
func demonymNoun(w string) bool {
	stem, ok := strings.CutSuffix(w, "woman")
	if !ok {
		stem, ok = strings.CutSuffix(w, "man")
	}
	return ok && stem != "" && isCapitalised(stem) && isNationality(stem)
}

// ageDescription reports whether token i of s is "N-year-old" right after
// "the" in a description of a person ("the 61-year-old", "the 45-year-old
// former teacher"), and returns the description's head noun (i itself
// when the age is the noun) and the age; ok is false otherwise.
func ageDescription(s *nlp.Sentence, i int) (head, age int, ok bool) {
	return ageDescriptionAfter(s, i, "the")
}

// ageDescriptionAfter is [ageDescription] with one of the determiners
// dets before the age in place of "the" ("a", "an": "a 34-year-old man
// has been charged").
func ageDescriptionAfter(s *nlp.Sentence, i int, dets ...string) (head, age int, ok bool) {
	toks := s.Tokens
	age = yearsOld(toks[i].Text)
	if age == 0 || i == 0 || !slices.ContainsFunc(dets, func(d string) bool { return strings.EqualFold(toks[i-1].Text, d) }) {
		return 0, 0, false
	}
	head = i
	if toks[i].UPOS != "NOUN" || toks[i].Dep == "amod" && toks[i].Head > i {
		h := toks[i].Head
		if h <= i || h >= len(toks) || !(toks[h].UPOS == "NOUN" && toks[h].Text == strings.ToLower(toks[h].Text) || demonymNoun(toks[h].Text)) {
			return 0, 0, false
		}
		// a new person may be told by their town ("a 34-year-old Caddow
		// Vale man"), never a known one ("the 45-year-old Marta Quill")
		from := !slices.Contains(dets, "the") && personNouns[strings.ToLower(toks[h].Text)]
		for k := i + 1; k < h; k++ {
			t := toks[k]
			if from && t.UPOS == "PROPN" && t.Head > i && t.Head <= h {
				continue
			}
			if t.Head != h || t.UPOS != "ADJ" && t.UPOS != "NOUN" || t.Text != strings.ToLower(t.Text) {
				return 0, 0, false // "the 45-year-old Marta Quill", "the 20-year-old's ..."
			}
		}
		head = h
	}
	if toks[head].XPOS == "NNS" || toks[head].Dep == "appos" || head+1 < len(toks) && isNamePart(toks[head+1].Text, toks[head+1].UPOS) {
		// "the 20-year-old twins"; "Ivo Thornquist, the 61-year-old
		// mayor," describes its name in place; "the 61-year-old mayor
		// Ivo Thornquist" is the name's title
		return 0, 0, false
	}
	return head, age, true
}

// statedAge returns the age the text gives a person's name in mention m
// ("Thornquist, 61,", "Quill (45)", "Petrak, a 58-year-old former
// midfielder,", "Rudd, aged 40,", "61-year-old Ivo Thornquist"), or 0.
func (r *resolver) statedAge(m *mention) int {
	s := &r.docs[m.doc].Sentences[m.sent]
	toks := s.Tokens
	e := m.end
	num := func(k int) int {
		if k >= len(toks) || toks[k].UPOS != "NUM" {
			return 0
		}
		v, err := strconv.Atoi(toks[k].Text)
		if err != nil || v <= 0 || v > 120 {
			return 0
		}
		return v
	}
	closes := func(k int) bool {
		if k >= len(toks) {
			return true
		}
		switch toks[k].Text {
		case ",", ".", ")", ";":
			return true
		}
		return false
	}
	if e+2 < len(toks) && toks[e].Text == "," {
		if v := num(e + 1); v > 0 && closes(e+2) {
			return v
		}
		if strings.EqualFold(toks[e+1].Text, "aged") {
			if v := num(e + 2); v > 0 && closes(e+3) {
				return v
			}
		}
	}
	if e+2 < len(toks) && toks[e].Text == "(" && toks[e+2].Text == ")" {
		if v := num(e + 1); v > 0 {
			return v
		}
	}
	for k := max(m.fullStart-2, 0); k < m.start; k++ {
		if v := yearsOld(toks[k].Text); v > 0 {
			return v // "61-year-old Ivo Thornquist", "61-year-old Mayor Ivo Thornquist"
		}
	}
	h := headOf(s, m)
	for k, t := range toks {
		if t.Dep != "appos" || t.Head != h || k < e {
			continue
		}
		if v := yearsOld(t.Text); v > 0 {
			return v
		}
		for j := e; j < k; j++ {
			if toks[j].Head == k {
				if v := yearsOld(toks[j].Text); v > 0 {
					return v
				}
			}
		}
	}
	return 0
}

// ageAntecedent returns the person an age description p ("the
// 61-year-old", "the 45-year-old woman") stands for, or -1. The person
// whose age the document gave as that age, if one was; otherwise the one
// person named in its sentence or the two before it whose sex and stated
// age do not conflict with it, when that person is the subject of the
// nearest sentence naming them or the person the document names most.
// With two such persons in reach, or an unnamed person of that age
// described before ("a 19-year-old man was questioned ... the
// 19-year-old"), it stays unbound.
func (r *resolver) ageAntecedent(pi int, age int, recent []candidate, sexOf map[int]gazetteer.Sex, dominant int) int {
	p := &r.mentions[pi]
	s := &r.docs[p.doc].Sentences[p.sent]
	h := headOf(s, p)
	lw := strings.ToLower(s.Tokens[h].Text)
	q := *p // the head noun alone, for its clause
	q.start, q.end = h, h+1
	want := gazetteer.Unknown
	switch {
	case femaleNouns[lw] || demonymNoun(s.Tokens[h].Text) && strings.HasSuffix(lw, "woman"):
		want = gazetteer.Female
	case maleNouns[lw] || demonymNoun(s.Tokens[h].Text):
		want = gazetteer.Male
	}
	ages := map[int]int{} // cluster → stated age
	statedAt := map[[2]int]bool{}
	for _, a := range recent {
		am := &r.mentions[a.mi]
		if am.pronoun || r.clusterType(a.cluster) != "PERSON" {
			continue
		}
		if v := r.statedAge(am); v > 0 {
			ages[a.cluster] = v
			for k := max(am.fullStart-2, 0); k < len(r.docs[am.doc].Sentences[am.sent].Tokens) && k < am.end+8; k++ {
				statedAt[[2]int{am.sent, k}] = true
			}
		}
	}
	// the person of that stated age
	found := -1
	for c, v := range ages {
		if v != age {
			continue
		}
		if found >= 0 && found != c {
			return -1
		}
		found = c
	}
	if found >= 0 {
		if want != gazetteer.Unknown && sexOf[found] != gazetteer.Unknown && sexOf[found] != want {
			return -1
		}
		return found
	}
	// an unnamed person of that age before it: that person
	for si := 0; si <= p.sent; si++ {
		for k, t := range r.docs[p.doc].Sentences[si].Tokens {
			if si == p.sent && k >= p.fullStart {
				break
			}
			if yearsOld(t.Text) == age && !statedAt[[2]int{si, k}] {
				return -1
			}
		}
	}
	// an unnamed person brought in just before ("a car hit a boy"): may
	// be the one meant
	for si := max(p.sent-2, 0); si <= p.sent; si++ {
		st := &r.docs[p.doc].Sentences[si]
		for k, t := range st.Tokens {
			if si == p.sent && k >= p.fullStart {
				break
			}
			lw := strings.ToLower(t.Text)
			if t.UPOS == "NOUN" && t.Dep != "appos" && (personNouns[lw] || yearsOld(lw) > 0) && indefinite(st, k) {
				return -1
			}
		}
	}
	var cands []candidate
	seen := map[int]bool{}
	for k := len(recent) - 1; k >= 0; k-- {
		a := recent[k]
		if p.sent-a.sent > 2 {
			break
		}
		if r.clusterType(a.cluster) != "PERSON" || seen[a.cluster] {
			continue
		}
		seen[a.cluster] = true
		am := &r.mentions[a.mi]
		if am.sent == p.sent && (r.sameClause(s, am, &q) || conjoined(s, am, &q)) {
			continue // its own clause's argument: someone else
		}
		if want != gazetteer.Unknown && sexOf[a.cluster] != gazetteer.Unknown && sexOf[a.cluster] != want {
			continue
		}
		if v, ok := ages[a.cluster]; ok && v != age {
			continue
		}
		cands = append(cands, a)
	}
	if len(cands) != 1 {
		return -1
	}
	a := cands[0]
	if !r.personFree(p, a) {
		return -1 // an unnamed man or woman in between
	}
	if a.cluster == dominant {
		return a.cluster
	}
	// the subject of the nearest sentence that names the person
	for _, b := range recent {
		if b.cluster == a.cluster && b.sent == a.sent && b.subject && b.sent < p.sent {
			return a.cluster
		}
	}
	return -1
}

// dominantPerson returns, for each document, the person it names most
// often by name, when no other person is named as often; -1 when there is
// none.
func (r *resolver) dominantPersons() map[int]int {
	count := map[int]map[int]int{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.cluster < 0 || m.typ != "PERSON" {
			continue
		}
		c := r.root(m.cluster)
		if r.clusterType(c) != "PERSON" {
			continue
		}
		if count[m.doc] == nil {
			count[m.doc] = map[int]int{}
		}
		count[m.doc][c]++
	}
	out := map[int]int{}
	for d, cs := range count {
		best, n, tie := -1, 0, false
		for c, k := range cs {
			switch {
			case k > n:
				best, n, tie = c, k, false
			case k == n:
				tie = true
			}
		}
		if !tie {
			out[d] = best
		}
	}
	return out
}

// rolePerson returns the person a description "the microbiologist", "the
// coach" (p, its noun lw) stands for: the one person named before it in the
// document whom the text gave that noun, in apposition ("Yusuf Amari, the
// microbiologist who led the study"; "the coach, Dragan Petrak,"), as a
// title ("national team coach Dragan Petrak") or as a word written before
// the name ("striker Luka Kovac"); -1 when no one or several were, or when
// that person is an argument of the description's own clause. A noun given
// as a former role ("former coach Ernst Baumer") is not the person's now.
func (r *resolver) rolePerson(pi int, lw string, recent []candidate) int {
	p := &r.mentions[pi]
	s := &r.docs[p.doc].Sentences[p.sent]
	if orgNoun(lw) || productNoun(lw) || businessNoun(lw) || settlementNouns[lw] || placeKinds[lw] || sitePlace(lw) {
		return -1
	}
	if s.Tokens[p.start].Dep != "appos" {
		for _, c := range s.Children(p.start) {
			switch s.Tokens[c].Dep {
			case "nmod", "acl", "acl:relcl", "amod", "compound":
				// "the driver of the second car", "the coach who
				// replaced him": someone the phrase singles out, not the
				// one named before
				return -1
			}
		}
	}
	found, carrier := -1, -1
	for k, a := range recent {
		am := &r.mentions[a.mi]
		if am.pronoun || a.cluster == found || r.clusterType(a.cluster) != "PERSON" || !r.carries(am, lw) {
			continue
		}
		if am.sent == p.sent && (r.sameClause(s, am, p) || conjoined(s, am, p)) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found, carrier = a.cluster, k
	}
	if found >= 0 && r.introducedSince(p, r.mentions[recent[carrier].mi], lw) {
		return -1 // "signed striker Tomas Lind ... also signed a striker from Velden. The striker"
	}
	return found
}

// introducedSince reports whether the noun lw was brought in with "a" or
// "an" between mention m and description p: a new person of that kind.
func (r *resolver) introducedSince(p *mention, m mention, lw string) bool {
	for si := m.sent; si <= p.sent; si++ {
		st := &r.docs[p.doc].Sentences[si]
		for k, t := range st.Tokens {
			if si == m.sent && k < m.end || si == p.sent && k >= p.start {
				continue
			}
			if strings.ToLower(t.Text) == lw && t.Dep != "appos" && indefinite(st, k) {
				return true
			}
		}
	}
	return false
}

// carries reports whether the text gave the person of mention m the noun
// lw: as a word of its title, in apposition to the name (either way round),
// or written right before the name; not as a former role.
func (r *resolver) carries(m *mention, lw string) bool {
	s := &r.docs[m.doc].Sentences[m.sent]
	toks := s.Tokens
	former := func(k int) bool {
		for _, c := range s.Children(k) {
			if strings.EqualFold(toks[c].Text, "former") || strings.EqualFold(toks[c].Text, "ex") {
				return true
			}
		}
		return false
	}
	is := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].Text == lw && toks[k].UPOS == "NOUN" && !former(k)
	}
	if k := m.start - 1; k >= 0 && toks[k].Text == lw && !former(k) && (k == 0 || !strings.EqualFold(toks[k-1].Text, "former")) {
		return true // "striker Luka Kovac", "national team coach Dragan Petrak", however parsed
	}
	h := headOf(s, m)
	if m.end < len(toks) && toks[m.end].Text == "," {
		for k, t := range toks {
			if t.Dep == "appos" && t.Head == h && k > m.end && is(k) {
				return true // "Yusuf Amari, the microbiologist"
			}
		}
	}
	if k := m.fullStart - 2; k >= 0 && toks[k+1].Text == "," && toks[h].Dep == "appos" && toks[h].Head == k && is(k) {
		return true // "the microbiologist, Yusuf Amari,"
	}
	return false
}

// lawyerNouns name the one who acts for a client.
var lawyerNouns = set("lawyer", "attorney", "solicitor", "barrister", "counsel", "advocate")

// clientOf returns the person "his client" or "her client" (p) stands for
// when its sentence names that person's lawyer ("His lawyer, Simon Klave,
// said his client would appeal": the man whose lawyer he is; "Rauch's
// lawyer said her client ..."): the one possessor of a lawyer noun in the
// sentence outside p, bound to a person; -1 otherwise.
func (r *resolver) clientOf(pi int) int {
	p := &r.mentions[pi]
	s := &r.docs[p.doc].Sentences[p.sent]
	found := -1
	for k, t := range s.Tokens {
		if k >= p.start && k < p.end || !lawyerNouns[strings.ToLower(t.Text)] || t.UPOS != "NOUN" {
			continue
		}
		for _, c := range s.Children(k) {
			if s.Tokens[c].Dep != "nmod:poss" {
				continue
			}
			cl := r.clusterAtToken(p.doc, p.sent, c)
			if cl < 0 || r.clusterType(cl) != "PERSON" || found >= 0 && found != cl {
				return -1
			}
			found = cl
		}
	}
	return found
}

// rivalOf returns the person "his rival" or "her rival" (p) stands for:
// the one person other than the clause's subject (whose rival it is)
// named in its sentence or the two before it, when that person was the
// subject of a clause there ("Danvers won ... She said ... Farrell
// conceded defeat. He congratulated his rival": Danvers); -1 when there
// is none or more than one, or an unnamed person was brought in.
func (r *resolver) rivalOf(pi int, recent []candidate) int {
	p := &r.mentions[pi]
	s := &r.docs[p.doc].Sentences[p.sent]
	h := p.end - 1
	v := s.Tokens[h].Head
	if v < 0 || !strings.HasPrefix(s.Tokens[h].Dep, "obj") && s.Tokens[h].Dep != "obl" {
		return -1
	}
	owner := -1
	for steps := 0; owner < 0 && v >= 0 && steps < 3; steps++ {
		for _, c := range s.Children(v) {
			if strings.HasPrefix(s.Tokens[c].Dep, "nsubj") && c < p.start {
				owner = r.clusterAtToken(p.doc, p.sent, c)
			}
		}
		if s.Tokens[v].Dep != "conj" {
			break
		}
		v = s.Tokens[v].Head
	}
	if owner < 0 || r.clusterType(owner) != "PERSON" {
		return -1
	}
	for si := max(p.sent-2, 0); si <= p.sent; si++ {
		st := &r.docs[p.doc].Sentences[si]
		for k, t := range st.Tokens {
			if si == p.sent && k >= p.start {
				break
			}
			if t.UPOS == "NOUN" && t.Dep != "appos" && personNouns[strings.ToLower(t.Text)] && indefinite(st, k) {
				return -1
			}
		}
	}
	found, subject := -1, false
	for k := len(recent) - 1; k >= 0; k-- {
		a := recent[k]
		if p.sent-a.sent > 2 {
			break
		}
		if a.cluster == owner || r.clusterType(a.cluster) != "PERSON" {
			continue
		}
		if found >= 0 && found != a.cluster {
			return -1
		}
		found = a.cluster
		subject = subject || a.subject
	}
	if !subject {
		return -1
	}
	return found
}

// agedPerson returns the person a description of a new person by age ("a
// 34-year-old man has been charged", mention pi) stands for: the one
// person of its document, named before or after it, whose age the text
// gives as that age ("Callum Reyes, 34, of Hill Street"), when the
// description's noun does not say another sex; -1 when there is none or
// several. News stories open so and name the person a sentence later.
func (r *resolver) agedPerson(pi, age int, sexOf map[int]gazetteer.Sex) int {
	p := &r.mentions[pi]
	s := &r.docs[p.doc].Sentences[p.sent]
	lw := strings.ToLower(s.Tokens[headOf(s, p)].Text)
	want := gazetteer.Unknown
	switch {
	case femaleNouns[lw]:
		want = gazetteer.Female
	case maleNouns[lw]:
		want = gazetteer.Male
	}
	found := -1
	span := r.docMentions[p.doc]
	for i := span[0]; i < span[1]; i++ {
		m := &r.mentions[i]
		if m.doc != p.doc || m.pronoun || m.cluster < 0 || m.typ != "PERSON" ||
			m.sent == p.sent && m.start >= p.fullStart && m.end <= p.end {
			continue // not a name inside the description ("a 61-year-old Dunmore Vale man")
		}
		c := r.root(m.cluster)
		if c == found || r.clusterType(c) != "PERSON" || r.statedAge(m) != age {
			continue
		}
		if found >= 0 {
			return -1 // two people of that age
		}
		found = c
	}
	if found >= 0 && want != gazetteer.Unknown && sexOf[found] != gazetteer.Unknown && sexOf[found] != want {
		return -1
	}
	return found
}
