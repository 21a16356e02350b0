package resolve

import (
	"slices"
	"sort"
	"strings"

	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/nlp"
)

// Group descriptions. A plural description with number evidence ("both
// companies", "the two sides", "the pair", "both men", "the two",
// "Neither company") stands for the entities the text has just named,
// when it has named exactly that many of the description's kind; a
// definite plural without a number ("the airlines", "the men") for the
// entities of one coordination. The evidence, nearest first:
//
//  1. one coordination "X and Y" of entities of the description's kind,
//     in its own sentence before it, or the one or two sentences before
//     (for a definite plural: its own sentence or the one before). The
//     nearest sentence with a fitting coordination decides; two different
//     ones there, or one of a fitting name and a name of another type or
//     a word that is no name ("Orrin and Kestel Systems" read as a person
//     and a company, "the union and Metrolink Brennock"), leave the
//     description unbound;
//  2. with a number only: the entities of one kind named in its own
//     sentence before it, when they are exactly that many, else those
//     named there and in the two sentences before, when they are and the
//     two sentences before those name no other of the kind; more, and the
//     description stays unbound. The subject of the description's own
//     clause is none of them ("Judge Eleanor Crewe released both men"),
//     nor is a name that restates the one before it ("the Rural Union
//     (RU)"); a name listed as an example ("including X and Y") leaves it
//     unbound; persons are "the two sides" or "the pair" only when named
//     together (evidence 1);
//  3. "the companies" or "the two countries" (a pair of businesses or
//     countries): the only two the document has named so far;
//  4. a description of organisations or countries: the one coordination
//     of the document so far whose members the text shows to be of its
//     kind ("the airlines" for "Skarrow Airways and Tollenbay Air" named
//     in the lead: airlines by their names; "the companies" for any two
//     businesses), when it has only one and no other entity of the kind
//     is named in the description's sentence or the two before.
//
// A description's kind is read off its noun: companies, firms, airlines,
// banks, carriers ... are organisations (a business's, not a public body's
// or a union's name), governments, countries and nations countries, men,
// women, leaders, ministers, brothers ... persons ("men" no woman by her
// given name), towns, cities, regions ... places named together nearby
// (evidence 1 only); sides, parties and "the pair" any one of
// organisations, countries and persons, all members of one; "the two" and
// "both" alone, which say no kind, only entities named together (evidence
// 1). "Neither
// company" is a pair whose members the pipeline gives the fact's
// negation. A list of examples ("retailers including Best Buy and Radio
// Shack") is no pair. Nothing else binds: three candidates for "both", a
// pair of another kind, no pair nearby leave the description unbound.
// "They" as a subject is such a group too, by evidence 1 alone and only
// for a coordination that is the subject of its sentence, with no plural
// noun between the two ("Ana Holm and Tor Berg signed the lease. They
// said ..."), and never inside a quotation.
// Result.GroupAt returns the members; the pipeline writes a fact with the
// description as its subject or object as one fact per member.

// groupClass is the kind of entity a group's members are.
type groupClass int

const (
	groupOrg groupClass = iota
	groupCountry
	groupPerson
	groupTown // a place named with another: only by a coordination
	groupClasses
)

// groupNoun is what a plural description's noun says of its members: the
// classes they may be of, the noun an organisation must fit (orgKindFits),
// and the sex of persons when the noun tells it.
type groupNoun struct {
	classes []groupClass
	orgWord string
	sex     gazetteer.Sex
	// pair marks the nouns of a pair of businesses or countries named by
	// the document as a whole (evidence 3)
	pair bool
	// word is the noun's lemma ("airline")
	word string
	// named marks a group with no noun ("the two", "both"): it says no
	// kind, and stands only for entities named together (evidence 1)
	named bool
	// pronoun marks "they" as a subject: named together as the subject of
	// the sentence before or of its own sentence, with no plural noun
	// between that "they" could be (see theyGroup)
	pronoun bool
}

var (
	anyGroup    = []groupClass{groupOrg, groupCountry, groupPerson}
	orgGroup    = []groupClass{groupOrg}
	placeGroup  = []groupClass{groupCountry}
	personGroup = []groupClass{groupPerson}
	townGroup   = []groupClass{groupTown}
)

// groupDescNouns maps the lemma of a plural description's head to its
// members' kind.
var groupDescNouns = func() map[string]groupNoun {
	m := map[string]groupNoun{}
	for _, w := range []string{"company", "firm", "airline", "carrier", "bank", "lender", "insurer", "retailer",
		"business", "manufacturer", "carmaker", "automaker", "chipmaker", "drugmaker", "operator", "utility",
		"brewer", "publisher", "broadcaster", "supermarket", "developer", "miner", "producer", "supplier"} {
		m[w] = groupNoun{classes: orgGroup, orgWord: "company", pair: w == "company" || w == "firm"}
	}
	for _, w := range []string{"club", "team", "organisation", "organization", "group", "university", "hospital", "charity"} {
		m[w] = groupNoun{classes: orgGroup, orgWord: "group", pair: w == "group"}
	}
	m["union"] = groupNoun{classes: orgGroup, orgWord: "union"}
	for _, w := range []string{"government", "country", "nation", "neighbour", "neighbor"} {
		m[w] = groupNoun{classes: placeGroup, pair: true}
	}
	for _, w := range []string{"leader", "minister", "officer", "official", "defendant", "suspect", "player",
		"executive", "president", "politician", "candidate", "lawyer", "scientist", "researcher", "athlete",
		"driver", "rider", "founder", "climber", "pilot", "victim", "friend", "twin", "diplomat",
		"envoy", "negotiator", "striker", "coach", "senator", "judge"} {
		m[w] = groupNoun{classes: personGroup}
	}
	for _, w := range []string{"man", "brother", "boy", "father", "son", "husband"} {
		m[w] = groupNoun{classes: personGroup, sex: gazetteer.Male}
	}
	for _, w := range []string{"woman", "sister", "girl", "mother", "daughter", "wife"} {
		m[w] = groupNoun{classes: personGroup, sex: gazetteer.Female}
	}
	for _, w := range []string{"town", "city", "village", "region", "province", "district", "island", "state", "county", "municipality"} {
		m[w] = groupNoun{classes: townGroup}
	}
	m["side"] = groupNoun{classes: anyGroup, orgWord: "group"}
	m["partner"] = groupNoun{classes: anyGroup, orgWord: "group"}
	m["party"] = groupNoun{classes: []groupClass{groupOrg, groupPerson}, orgWord: "group"}
	return m
}()

// pairHeads are singular nouns of a group of a number of its own.
var pairHeads = map[string]struct {
	n    int
	noun groupNoun
}{
	"pair":   {2, groupNoun{classes: anyGroup, orgWord: "group"}},
	"duo":    {2, groupNoun{classes: personGroup}},
	"couple": {2, groupNoun{classes: personGroup}},
	"trio":   {3, groupNoun{classes: personGroup}},
}

var groupNumbers = map[string]int{"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4}

// groupDescription reads token h of s as a plural description of a group:
// its noun and the number it gives (0 for a definite plural without one).
func groupDescription(s *nlp.Sentence, h int) (groupNoun, int, bool) {
	toks := s.Tokens
	t := toks[h]
	lw := strings.ToLower(t.Text)
	if lw == "they" && t.UPOS == "PRON" && strings.HasPrefix(t.Dep, "nsubj") {
		return groupNoun{classes: anyGroup, orgWord: "group", named: true, pronoun: true}, 0, true
	}
	_, kind := groupDescNouns[strings.ToLower(t.Lemma)]
	_, pair := pairHeads[lw]
	if !kind && !pair && groupNumbers[lw] == 0 && lw != "both" {
		return groupNoun{}, 0, false // (most words: no look at their children)
	}
	definite, both, neither, num := false, false, false, 0
	for _, c := range s.Children(h) {
		ct := toks[c]
		cw := strings.ToLower(ct.Text)
		switch {
		case cw == "the" || cw == "these" || cw == "those":
			definite = true
		case cw == "both" && c < h:
			both = true
		case cw == "neither" && c == h-1:
			neither = true
		case ct.Dep == "nummod" && groupNumbers[cw] > 0 && c < h:
			num = groupNumbers[cw]
		case ct.Dep == "det" || ct.Dep == "nmod:poss" || ct.Dep == "det:poss":
			return groupNoun{}, 0, false // "their companies", "some firms", "each side"
		}
	}
	switch {
	case t.UPOS == "NUM" && groupNumbers[lw] > 0 && definite && strings.HasPrefix(t.Dep, "nsubj"):
		return groupNoun{classes: anyGroup, orgWord: "group", named: true}, groupNumbers[lw], true // "the two said"
	case lw == "both" && strings.HasPrefix(t.Dep, "nsubj") && len(s.Children(h)) == 0:
		return groupNoun{classes: anyGroup, orgWord: "group", named: true}, 2, true // "Both denied the charges"
	case t.UPOS != "NOUN":
		return groupNoun{}, 0, false
	}
	if p, ok := pairHeads[lw]; ok && definite && t.XPOS == "NN" {
		return p.noun, p.n, true // "the pair"
	}
	if g, ok := groupDescNouns[strings.ToLower(t.Lemma)]; ok && neither && t.XPOS == "NN" {
		// "Neither company made a statement": each of the two, the
		// fact negated (the pipeline splits a negated one only)
		g.word = strings.ToLower(t.Lemma)
		return g, 2, true
	}
	if t.XPOS != "NNS" {
		return groupNoun{}, 0, false
	}
	g, ok := groupDescNouns[strings.ToLower(t.Lemma)]
	if !ok {
		return groupNoun{}, 0, false
	}
	g.word = strings.ToLower(t.Lemma)
	if g.word == "side" {
		for _, c := range s.Children(h) {
			if strings.HasPrefix(toks[c].Dep, "nmod") || toks[c].Dep == "case" && strings.EqualFold(toks[c].Text, "on") {
				return groupNoun{}, 0, false // "on both sides of the river": places, not parties
			}
		}
	}
	switch {
	case both && num == 0:
		return g, 2, true
	case definite && num > 0:
		return g, num, true
	case definite && !both && (!slices.Contains(g.classes, groupPerson) || barePersonNouns[g.word]):
		for _, c := range s.Children(h) {
			switch toks[c].Dep {
			case "nmod", "acl", "acl:relcl":
				return groupNoun{}, 0, false // "the companies that fail to comply": which?
			}
		}
		return g, 0, true
	}
	return groupNoun{}, 0, false
}

// barePersonNouns are the persons' nouns whose definite plural, with no
// number, stands for the persons just named together ("Tom Ash and Ben
// Carr were charged. The men ..."); "the players" or "the researchers"
// are more often a team than the two it names.
var barePersonNouns = set("man", "woman", "brother", "sister", "boy", "girl", "father", "son", "mother",
	"daughter", "husband", "wife", "leader", "minister", "defendant", "suspect", "twin", "founder")

// linkGroups binds the group descriptions of every document (see above)
// and records their members in r.groups.
func (r *resolver) linkGroups() {
	sexOf := r.clusterSexes()
	bySent := map[sentKey][]int{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.cluster >= 0 {
			k := sentKey{m.doc, m.sent}
			bySent[k] = append(bySent[k], i)
		}
	}
	r.groups = map[tokenAt][]int{}
	for di := range r.docs {
		for si := range r.docs[di].Sentences {
			s := &r.docs[di].Sentences[si]
			for h := range s.Tokens {
				g, n, ok := groupDescription(s, h)
				if !ok || r.clusterAtToken(di, si, h) >= 0 {
					continue
				}
				if ms := r.groupMembers(di, si, h, g, n, bySent, sexOf); len(ms) > 0 {
					r.groups[tokenAt{di, si, h}] = ms
				}
			}
		}
	}
}

// theyGroup reports whether "they", the subject at token h of sentence si,
// can stand for coordination co of sentence sj: the coordination is a
// subject ("Ana Holm and Tor Berg signed the lease. They said ..."), the
// pronoun is outside quotation marks, and no plural noun stands between
// them as a subject or an object ("... met the tenants. They said": the
// tenants, maybe).
func (r *resolver) theyGroup(di, sj int, co coordination, si, h int) bool {
	s := &r.docs[di].Sentences[si]
	if quoteMask(s)[h] {
		return false
	}
	cs := &r.docs[di].Sentences[sj]
	subject := false
	for k := co.first; k <= co.last && k < len(cs.Tokens); k++ {
		t := cs.Tokens[k]
		if strings.HasPrefix(t.Dep, "nsubj") && (t.Head < co.first || t.Head > co.last) {
			subject = true
		}
	}
	if !subject {
		return false
	}
	plural := func(t nlp.Token) bool {
		return (t.XPOS == "NNS" || t.XPOS == "NNPS") && (strings.HasPrefix(t.Dep, "nsubj") || t.Dep == "obj" || t.Dep == "iobj" || t.Dep == "obl")
	}
	for k := co.last + 1; k < len(cs.Tokens) && !(sj == si && k >= h); k++ {
		if plural(cs.Tokens[k]) {
			return false
		}
	}
	if sj != si {
		for k := 0; k < h; k++ {
			if plural(s.Tokens[k]) {
				return false
			}
		}
	}
	return true
}

// tokenAt is a token of a document by index.
type tokenAt struct{ doc, sent, tok int }

// groupMembers returns the clusters a group description at token h of
// sentence si stands for, or nil.
func (r *resolver) groupMembers(di, si, h int, g groupNoun, n int, bySent map[sentKey][]int, sexOf map[int]gazetteer.Sex) []int {
	fits := func(c int, class groupClass, coordinated bool) bool {
		name := r.clusterName(c)
		switch class {
		case groupOrg:
			return r.clusterType(c) == "ORG" && orgKindFits(g.orgWord, name)
		case groupPerson:
			return r.clusterType(c) == "PERSON" && (g.sex == gazetteer.Unknown || sexOf[c] != oppositeSex(g.sex))
		case groupCountry:
			if !placeType(r.clusterType(c)) {
				return r.countryLike(c) // a country typed as none
			}
			if _, k, ok := gazetteer.Lookup(name); ok && k == gazetteer.Capital {
				return false
			}
			return coordinated || r.countryLike(c)
		case groupTown:
			return coordinated && placeType(r.clusterType(c))
		}
		return false
	}
	// 1. one coordination of the kind, nearest first
	back := 2
	if n == 0 {
		back = 1
	}
	for sj := si; sj >= 0 && sj >= si-back; sj-- {
		var found []int
		for _, co := range r.coordinations(di, sj) {
			if sj == si && (co.last >= h || dominates(&r.docs[di].Sentences[si], co.first, h)) {
				continue
			}
			if g.pronoun && !r.theyGroup(di, sj, co, si, h) {
				continue
			}
			if co.members == nil {
				return nil // a list of more names than its parse holds
			}
			if co.partial {
				for _, c := range co.members {
					for _, cl := range g.classes {
						if fits(c, cl, true) {
							return nil // "the union and Metrolink Brennock": the other is no name
						}
					}
				}
				continue
			}
			if r.halfKnown(co.members, g, fits) {
				return nil // "Orrin and Kestel Systems" read as a person and a company: which?
			}
			if n > 0 && len(co.members) != n {
				continue
			}
			class := -1
			for cl := groupClass(0); cl < groupClasses; cl++ {
				if !slices.Contains(g.classes, cl) {
					continue
				}
				all := true
				for _, c := range co.members {
					all = all && fits(c, cl, true)
				}
				if all {
					class = int(cl)
					break
				}
			}
			if class < 0 {
				continue
			}
			if found != nil && !slices.Equal(found, co.members) {
				return nil // two pairs: which?
			}
			found = co.members
		}
		if found != nil {
			return found
		}
	}
	s := &r.docs[di].Sentences[si]
	own := clauseSubject(s, h)
	if g.named {
		return nil
	}
	// 2. the only n of one kind in its sentence, else in the window
	if n > 0 {
		seen := make([]map[int]bool, groupClasses)
		order := make([][]int, groupClasses)
		for cl := range seen {
			seen[cl] = map[int]bool{}
		}
		dead := make([]bool, groupClasses)
		last := max(si-2, 0)
		for sj := si; sj >= last; sj-- {
			for _, mi := range bySent[sentKey{di, sj}] {
				m := &r.mentions[mi]
				if sj == si && (m.start >= h || own >= 0 && own >= m.start && own < m.end) || r.restates(mi, bySent) {
					continue
				}
				c := r.root(m.cluster)
				for cl := groupClass(0); cl < groupClasses; cl++ {
					if cl == groupPerson && len(g.classes) > 1 {
						continue // "the two sides": persons only when named together
					}
					if slices.Contains(g.classes, cl) && !seen[cl][c] && fits(c, cl, false) {
						if r.listedExample(m) {
							return nil // "retailers including X and Y": are they the two?
						}
						seen[cl][c] = true
						order[cl] = append(order[cl], c)
					}
				}
			}
			if sj != si && sj != last {
				continue // its own sentence, else the whole window
			}
			var found []int
			fcl := groupClass(-1)
			for cl := groupClass(0); cl < groupClasses; cl++ {
				switch {
				case dead[cl]:
				case len(order[cl]) > n:
					dead[cl] = true
				case len(order[cl]) == n:
					if found != nil {
						return nil // two kinds fit: which?
					}
					found, fcl = order[cl], cl
				}
			}
			if found == nil {
				continue
			}
			if sj == last && sj < si {
				// the only ones in the window: none other of their kind
				// in the two sentences before it either
				for sk := sj - 1; sk >= 0 && sk >= sj-2; sk-- {
					for _, mi := range bySent[sentKey{di, sk}] {
						c := r.root(r.mentions[mi].cluster)
						if !seen[fcl][c] && !r.restates(mi, bySent) && fits(c, fcl, false) {
							return nil
						}
					}
				}
			}
			return found
		}
	}
	// 3. the document's only pair of businesses or countries
	if g.pair && (n == 0 || n == 2) {
		var pair []int
		seen := map[int]bool{}
		for sj := 0; sj <= si; sj++ {
			for _, mi := range bySent[sentKey{di, sj}] {
				m := &r.mentions[mi]
				if m.pronoun || sj == si && m.start >= h {
					continue
				}
				c := r.root(m.cluster)
				if seen[c] {
					continue
				}
				seen[c] = true
				ok := false
				if slices.Contains(g.classes, groupOrg) {
					ok = r.clusterType(c) == "ORG" && BusinessName(r.clusterName(c))
				} else {
					ok = r.countryLike(c)
				}
				if ok {
					pair = append(pair, c)
				}
			}
		}
		if len(pair) == 2 {
			return pair
		}
	}
	// 4. the document's only coordination of the kind so far
	if !slices.Contains(g.classes, groupPerson) {
		var found []int
		for sj := 0; sj <= si; sj++ {
			for _, co := range r.coordinations(di, sj) {
				if sj == si && co.last >= h || co.members == nil {
					continue
				}
				if co.partial {
					if slices.ContainsFunc(co.members, func(c int) bool { return r.shownGroupKind(c, g) }) {
						return nil
					}
					continue
				}
				if n > 0 && len(co.members) != n {
					continue
				}
				all := true
				for _, c := range co.members {
					all = all && r.shownGroupKind(c, g)
				}
				if !all {
					continue
				}
				if found != nil && !slices.Equal(found, co.members) {
					return nil
				}
				found = co.members
			}
		}
		for sj := max(si-2, 0); found != nil && sj <= si; sj++ {
			for _, mi := range bySent[sentKey{di, sj}] {
				if c := r.root(r.mentions[mi].cluster); !slices.Contains(found, c) && r.shownGroupKind(c, g) {
					return nil // another of the kind just named: which?
				}
			}
		}
		return found
	}
	return nil
}

// genericOrgNouns are the nouns of any business or organisation: their
// plural fits every coordination of businesses.
var genericOrgNouns = set("company", "firm", "business", "group", "organisation", "organization")

// shownGroupKind reports whether cluster c is shown to be of the kind of
// group noun g across its document: a business for "companies", an
// airline by its name or what the text calls it for "airlines"
// (clusterNameHas, shownKind), a country by what the text says of it for
// "countries".
func (r *resolver) shownGroupKind(c int, g groupNoun) bool {
	if slices.Contains(g.classes, groupCountry) {
		return r.countryLike(c)
	}
	if slices.Contains(g.classes, groupTown) {
		return false // towns go by a coordination nearby only
	}
	if r.clusterType(c) != "ORG" || !orgKindFits(g.orgWord, r.clusterName(c)) {
		return false
	}
	return genericOrgNouns[g.word] || r.clusterNameHas(c, g.word) || r.shownKind(c, g.word)
}

// halfKnown reports a coordination of which some members fit the group's
// kind and others do not: a name of no known type, or one typed or
// clustered otherwise ("Orrin and Kestel Systems", two companies, read
// as a person and a company). It may be the pair, or not.
func (r *resolver) halfKnown(cs []int, g groupNoun, fits func(c int, class groupClass, coordinated bool) bool) bool {
	some, other := false, false
	for _, c := range cs {
		fit := false
		for _, cl := range g.classes {
			fit = fit || fits(c, cl, true)
		}
		some = some || fit
		other = other || !fit
	}
	return some && other
}

// countryLike reports whether cluster c may be a country whose
// government a plural "governments" or "countries" counts: no capital,
// and a country by its type, by what the text says of it (country) or by
// its people's adjective ("Corvanian" for Corvania); a name of no known
// type (MISC) only by what the text says of it.
func (r *resolver) countryLike(c int) bool {
	if _, k, ok := gazetteer.Lookup(r.clusterName(c)); ok && k == gazetteer.Capital {
		return false
	}
	switch r.clusterType(c) {
	case "GPE":
		return true
	case "LOC":
	case "MISC":
		// a name of no known type the text gives a government or a
		// minister ("Thessmark's trade minister"): a country
		return r.country(c)
	default:
		return false
	}
	if r.country(c) {
		return true
	}
	for _, mi := range r.clusters[c] {
		if r.mentions[mi].ev == kindDemonym {
			return true
		}
	}
	return false
}

// restates reports whether mention mi names again the mention before it,
// in brackets or in apposition ("the Farmers' and Rural Union (FRU)"):
// one entity, however resolution clustered the two.
func (r *resolver) restates(mi int, bySent map[sentKey][]int) bool {
	m := &r.mentions[mi]
	s := &r.docs[m.doc].Sentences[m.sent]
	h := headOf(s, m)
	for _, k := range bySent[sentKey{m.doc, m.sent}] {
		o := &r.mentions[k]
		if k == mi || o.pronoun {
			continue
		}
		if o.end == m.start-1 && s.Tokens[m.start-1].Text == "(" {
			return true
		}
		if s.Tokens[h].Dep == "appos" && s.Tokens[h].Head >= o.start && s.Tokens[h].Head < o.end {
			return true
		}
	}
	return false
}

func oppositeSex(s gazetteer.Sex) gazetteer.Sex {
	switch s {
	case gazetteer.Male:
		return gazetteer.Female
	case gazetteer.Female:
		return gazetteer.Male
	}
	return gazetteer.Unknown
}

// clauseSubject returns the subject of the clause a description at h is
// an argument of, when it is not its subject itself: the verb's own, or,
// for a verb conjoined without one, the first verb's ("Judge Crewe
// adjourned sentencing and released both men"); -1 when none.
func clauseSubject(s *nlp.Sentence, h int) int {
	toks := s.Tokens
	if strings.HasPrefix(toks[h].Dep, "nsubj") {
		return -1
	}
	v := toks[h].Head
	for v >= 0 {
		for _, c := range s.Children(v) {
			if strings.HasPrefix(toks[c].Dep, "nsubj") {
				return c
			}
		}
		if toks[v].Dep != "conj" {
			return -1
		}
		v = toks[v].Head
	}
	return -1
}

// coordination is a run of entity names joined by "and" (the parse's
// conjuncts): its members' clusters and its first and last tokens.
type coordination struct {
	members     []int
	first, last int
	// partial marks a coordination of names and other words ("the union
	// and Metrolink Brennock", "Apple and Samsung" with Apple no name):
	// members holds its names only
	partial bool
}

// coordinations returns the coordinations of entities of sentence si
// whose every conjunct is a name, or a noun a name modifies ("the
// Tollenbay carrier"), of distinct entities, and the lists of names its
// words write (listedNames). A coordination of the parse that holds a
// name not among its conjuncts comes without members: a list the parse
// misread, unless its words are one.
func (r *resolver) coordinations(di, si int) []coordination {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	listed := r.listedNames(di, si)
	var out []coordination
	for a := range toks {
		if toks[a].Dep == "conj" {
			continue
		}
		var conj []int
		and := false
		for _, c := range s.Children(a) {
			if toks[c].Dep != "conj" {
				continue
			}
			conj = append(conj, c)
			for _, cc := range s.Children(c) {
				if toks[cc].Dep == "cc" {
					and = and || strings.EqualFold(toks[cc].Text, "and") || toks[cc].Text == "&"
				}
			}
		}
		if len(conj) == 0 || !and || exampleList(s, a, -1) {
			continue
		}
		co := coordination{first: a, last: conj[len(conj)-1]}
		seen := map[int]bool{}
		for _, t := range append([]int{a}, conj...) {
			c := r.conjunctCluster(di, si, t)
			switch {
			case c < 0 && (toks[t].UPOS == "NOUN" || toks[t].UPOS == "PROPN") || c >= 0 && seen[c]:
				// a word that is no name, or two conjuncts resolution
				// made one entity ("Orrin and Kestel Systems")
				co.partial = true
				continue
			case c < 0:
				co.members, co.partial = nil, false
			default:
				seen[c] = true
				co.members = append(co.members, c)
				continue
			}
			break
		}
		if co.partial && len(co.members) > 0 {
			out = append(out, co)
			continue
		}
		if len(co.members) < 2 {
			continue
		}
		for t := a; t <= co.last; t++ {
			if c := r.clusterAtToken(di, si, t); c >= 0 && !seen[c] {
				// "X, Y and Z" parsed as X and Z: a list of more
				co.members = nil
				break
			}
		}
		if co.members == nil && slices.ContainsFunc(listed, func(l coordination) bool { return l.first <= a && co.last <= l.last }) {
			continue // the list, read off its words below
		}
		out = append(out, co)
	}
	return append(out, listed...)
}

// listedNames returns the runs of names of a sentence written as a list,
// whatever the parse made of them: names joined by commas and a last
// "and", each perhaps after a lower-case title ("striker Luca Fenner and
// midfielder Ivo Brandt").
func (r *resolver) listedNames(di, si int) []coordination {
	toks := r.docs[di].Sentences[si].Tokens
	var out []coordination
	var run []*mention
	var cs []int
	i := sort.Search(len(r.mentions), func(k int) bool {
		m := &r.mentions[k]
		return m.doc > di || m.doc == di && m.sent >= si
	})
	for ; i < len(r.mentions) && r.mentions[i].doc == di && r.mentions[i].sent == si; i++ {
		m := &r.mentions[i]
		if m.pronoun || m.cluster < 0 {
			continue
		}
		c := r.root(m.cluster)
		sep := ""
		if len(run) > 0 && !slices.Contains(cs, c) {
			sep = listSeparator(toks, run[len(run)-1].end, m.fullStart)
		}
		switch sep {
		case ",":
			run, cs = append(run, m), append(cs, c)
		case "and":
			run, cs = append(run, m), append(cs, c)
			if !exampleList(&r.docs[di].Sentences[si], -1, run[0].fullStart) {
				out = append(out, coordination{members: cs, first: run[0].start, last: m.end - 1})
			}
			run, cs = nil, nil
		default:
			run, cs = []*mention{m}, []int{c}
		}
	}
	return out
}

// exampleList reports a list of examples of a kind ("Other retailers,
// including Best Buy and Radio Shack, did not"): no pair the text is
// about. a is the first conjunct of a parse's coordination, or from the
// first token of a list read off its words.
func exampleList(s *nlp.Sentence, a, from int) bool {
	intro := func(k int) bool {
		w := strings.ToLower(s.Tokens[k].Text)
		return w == "including" || w == "like" || w == "as" && k > 0 && strings.EqualFold(s.Tokens[k-1].Text, "such")
	}
	if a >= 0 {
		for _, c := range s.Children(a) {
			if intro(c) {
				return true
			}
		}
		return false
	}
	return from > 0 && intro(from-1)
}

// listedExample reports a name in a list of examples ("including Best
// Buy and Radio Shack"): the words before it, back over names, commas and
// "and", open with "including", "like" or "such as".
func (r *resolver) listedExample(m *mention) bool {
	s := &r.docs[m.doc].Sentences[m.sent]
	k := m.fullStart - 1
	for k >= 0 {
		t := s.Tokens[k]
		if t.UPOS != "PROPN" && t.Text != "," && !strings.EqualFold(t.Text, "and") {
			break
		}
		k--
	}
	return k >= 0 && exampleList(s, -1, k+1)
}

// listSeparator reads the tokens [from, to) between two names of a list:
// "," or "and" (", and"), then at most two lower-case words of a title;
// "" when they are anything else.
func listSeparator(toks []nlp.Token, from, to int) string {
	if from >= to || to-from > 4 {
		return ""
	}
	sep := ""
	for k := from; k < to; k++ {
		w := strings.ToLower(toks[k].Text)
		switch {
		case k == from && w == ",":
			sep = ","
		case (k == from || k == from+1 && sep == ",") && (w == "and" || w == "&"):
			sep = "and"
		case sep != "" && k > from && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "ADJ") && toks[k].Text == w:
		default:
			return ""
		}
	}
	return sep
}

// conjunctCluster returns the entity a conjunct at token t names: its
// own, or, for a noun of an organisation's kind, the name that modifies
// it ("the Tollenbay carrier"); -1 when none.
func (r *resolver) conjunctCluster(di, si, t int) int {
	if c := r.clusterAtToken(di, si, t); c >= 0 {
		return c
	}
	s := &r.docs[di].Sentences[si]
	lw := strings.ToLower(s.Tokens[t].Lemma)
	if _, kind := groupDescNouns[lw]; s.Tokens[t].UPOS != "NOUN" || !kind && !orgNoun(lw) {
		return -1 // "Thessmark steel" is no Thessmark
	}
	for _, c := range s.Children(t) {
		if s.Tokens[c].Dep == "compound" && s.Tokens[c].UPOS == "PROPN" {
			if k := r.clusterAtToken(di, si, c); k >= 0 {
				return k
			}
		}
	}
	return -1
}
