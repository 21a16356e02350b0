package resolve

import (
	"sort"
	"strings"

	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/lexicon"
)

// person is a group of full-name mentions with one (first, last) name.
type person struct {
	first, last string
	mentions    []int
	roles       map[string]bool
	docs        map[int]bool
	cluster     int
}

// clusterPeople groups person mentions: full names by folded name parts,
// variants merged with context, bare surnames linked per document. Names
// are compared only with those that share a surname, or a surname one edit
// away, found through indexes.
func (r *resolver) clusterPeople() {
	var people []*person
	byName := map[string]*person{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.typ != "PERSON" || m.pronoun || m.first == "" {
			continue
		}
		k := m.first + " " + m.last
		p, ok := byName[k]
		if !ok {
			p = &person{first: m.first, last: m.last, roles: map[string]bool{}, docs: map[int]bool{}}
			byName[k] = p
			people = append(people, p)
		}
		p.mentions = append(p.mentions, i)
		p.docs[m.doc] = true
		for _, w := range strings.Fields(m.role) {
			if isTitle(w) {
				p.roles[canonicalTitle(w)] = true
			}
		}
	}
	for _, p := range people {
		p.cluster = r.newCluster()
		for _, mi := range p.mentions {
			r.addTo(p.cluster, mi)
		}
	}
	// Index people by surname and by the surname's one-letter deletions, so
	// that "Grynkewich" meets "Grinkewich" without comparing all pairs.
	byLast := map[string][]int{}
	near := map[string][]int{}
	for i, p := range people {
		byLast[p.last] = append(byLast[p.last], i)
		if len(p.last) >= 6 {
			for _, d := range deletions(p.last) {
				near[d] = append(near[d], i)
			}
		}
	}
	parent := make([]int, len(people))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i, a := range people {
		cands := append([]int(nil), byLast[a.last]...)
		if len(a.last) >= 6 {
			for _, d := range deletions(a.last) {
				cands = append(cands, near[d]...)
			}
		}
		sort.Ints(cands)
		for n, j := range cands {
			if j <= i || (n > 0 && cands[n-1] == j) {
				continue
			}
			b := people[j]
			if a.last != b.last && (a.last[0] != b.last[0] || !editDistanceAtMost1(a.last, b.last)) {
				continue
			}
			kind, ok := r.samePerson(a, b, len(byLast[a.last]) > 2)
			if !ok || find(i) == find(j) {
				continue
			}
			if r.join(r.root(people[find(i)].cluster), r.root(people[find(j)].cluster), kind, scoreOf(kind), -1) {
				parent[find(j)] = find(i)
			}
		}
	}
	// Bare surnames and single names.
	r.linkBareNames(people)
}

// samePerson decides whether two full names are one person, and by which
// evidence. A variant first name (Alex, Alexus) needs support: never in the
// same article (a writer does not switch spellings mid-story), and a shared
// role or no third first name with that surname.
func (r *resolver) samePerson(a, b *person, others bool) (string, bool) {
	compatible, certain := firstNamesCompatible(a.first, b.first)
	if !compatible {
		return "", false
	}
	if !certain {
		if cooccur(a, b) || (!sharesRole(a, b) && others) {
			return "", false
		}
		return kindVariant, true
	}
	if a.last != b.last && !sharesRole(a, b) && a.first != b.first {
		return "", false
	}
	if a.first == "" || b.first == "" {
		return kindSurname, true
	}
	return kindTransliteration, true
}

// deletions returns w with each one of its bytes left out.
func deletions(w string) []string {
	out := make([]string, 0, len(w))
	for i := range len(w) {
		out = append(out, w[:i]+w[i+1:])
	}
	return out
}

// canonicalTitle maps abbreviations and variants to full title words
// ("Gen." → general, "adviser" → advisor).
func canonicalTitle(w string) string { return lexicon.CanonicalTitle(w) }

func sharesRole(a, b *person) bool {
	for k := range a.roles {
		if b.roles[k] && k != "former" && k != "top" && k != "senior" {
			return true
		}
	}
	return false
}

// cooccur reports whether a and b are both named in one document.
func cooccur(a, b *person) bool {
	for d := range a.docs {
		if b.docs[d] {
			return true
		}
	}
	return false
}

// linkBareNames links each bare surname or given name ("Marchetti",
// "Steve") to a person named in full: the one of that surname in the same
// document; else the one whose given name it is in the same document; else
// the only person of that surname in the corpus. When two people of the
// document share the surname (a mother and her daughter) the mention is
// left unbound rather than guessed. Names no full name explains are
// people of their own, one per name.
func (r *resolver) linkBareNames(people []*person) {
	type docName struct {
		doc  int
		name string
	}
	byDocLast := map[docName][]int{}  // clusters by surname
	byDocFirst := map[docName][]int{} // clusters by given name
	byLast := map[string][]int{}      // clusters over the corpus
	addUnique := func(m map[docName][]int, k docName, c int) {
		if !containsInt(m[k], c) {
			m[k] = append(m[k], c)
		}
	}
	for _, p := range people {
		for _, mi := range p.mentions {
			m := &r.mentions[mi]
			addUnique(byDocLast, docName{m.doc, p.last}, p.cluster)
			addUnique(byDocFirst, docName{m.doc, p.first}, p.cluster)
		}
		if !containsInt(byLast[p.last], p.cluster) {
			byLast[p.last] = append(byLast[p.last], p.cluster)
		}
	}
	bare := map[string]int{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.typ != "PERSON" || m.pronoun || m.first != "" {
			continue
		}
		c, kind := -1, ""
		inDoc := r.resolveClusters(byDocLast[docName{m.doc, m.last}])
		switch {
		case len(inDoc) == 1:
			c, kind = inDoc[0], kindSurname
		case len(inDoc) > 1:
			// two people of that surname in the document: the one not
			// introduced as the other's relative ("Margarethe Olsson
			// ... Her son, Erik Olsson, said ... Olsson was born"),
			// else unbound
			c = r.unrelated(inDoc)
			if c < 0 {
				continue
			}
			kind = kindSurname
		default:
			if given := r.resolveClusters(byDocFirst[docName{m.doc, m.last}]); len(given) == 1 {
				c, kind = given[0], kindGivenName
			} else if len(given) > 1 {
				// "Steve" in a story that names Steve Jobs and, further
				// on, Steve Ballmer: the one named in full before it, if
				// only one is; else not guessed
				if c = r.onlyNamedBefore(given, m); c < 0 {
					continue
				}
				kind = kindGivenName
			} else if all := r.resolveClusters(byLast[m.last]); len(all) == 1 {
				c, kind = all[0], kindSurnameCorpus
			} else if len(all) > 1 {
				continue
			}
		}
		if c >= 0 {
			m.ev, m.evScore, m.evWith = kind, scoreOf(kind), r.clusterName(c)
			r.addTo(c, i)
			continue
		}
		bc, ok := bare[m.last]
		if !ok {
			bc = r.newCluster()
			bare[m.last] = bc
		}
		r.addTo(bc, i)
	}
}

// onlyNamedBefore returns the one cluster of cs with a full name (a given
// name and a surname) in m's document before mention m, or -1 when none or
// several are.
func (r *resolver) onlyNamedBefore(cs []int, m *mention) int {
	found := -1
	for _, c := range cs {
		before := false
		for _, mi := range r.clusters[c] {
			o := &r.mentions[mi]
			if !o.pronoun && o.first != "" && o.doc == m.doc && (o.sent < m.sent || o.sent == m.sent && o.end <= m.start) {
				before = true
				break
			}
		}
		if before {
			if found >= 0 {
				return -1
			}
			found = c
		}
	}
	return found
}

// kinNouns introduce a person as someone's relative ("her son, Erik
// Olsson", "his wife Anna").
var kinNouns = set("son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow",
	"widower", "grandson", "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt", "partner", "stepson",
	"stepdaughter", "sons", "daughters", "children", "brothers", "sisters", "parents")

// unrelated returns the one cluster of cs with no mention introduced as a
// relative, when all the others are and none is named in a sentence that
// names it; -1 otherwise.
func (r *resolver) unrelated(cs []int) int {
	found := -1
	for _, c := range cs {
		relative := false
		for _, mi := range r.clusters[c] {
			if m := &r.mentions[mi]; !m.pronoun && r.kinIntroduced(m) {
				relative = true
				break
			}
		}
		if !relative {
			if found >= 0 {
				return -1
			}
			found = c
		}
	}
	if found < 0 {
		return -1
	}
	// "Margaret Olsen and her daughter Clara Olsen opened a bakery.
	// Olsen said ...": named together, either may speak; not guessed
	sents := map[[2]int]bool{}
	for _, mi := range r.clusters[found] {
		if m := &r.mentions[mi]; !m.pronoun {
			sents[[2]int{m.doc, m.sent}] = true
		}
	}
	for _, c := range cs {
		for _, mi := range r.clusters[c] {
			if m := &r.mentions[mi]; c != found && !m.pronoun && sents[[2]int{m.doc, m.sent}] {
				return -1
			}
		}
	}
	return found
}

// kinIntroduced reports a name right after a noun of kinship, with or
// without a comma ("her son, Erik Olsson", "his daughter Ingrid").
func (r *resolver) kinIntroduced(m *mention) bool {
	toks := r.docs[m.doc].Sentences[m.sent].Tokens
	k := m.fullStart - 1
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	return k >= 0 && kinNouns[strings.ToLower(toks[k].Text)]
}

// resolveClusters maps clusters that may have been merged away to the
// clusters now holding their mentions, without duplicates.
func (r *resolver) resolveClusters(cs []int) []int {
	var out []int
	for _, c := range cs {
		if c = r.root(c); !containsInt(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func containsInt(list []int, x int) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// clusterOthers groups places, organisations, documents and other names by
// key, then merges organisation names by evidence: legal-form variants
// ("Acme Inc." and "Acme"), trade-word variants ("Acme Computer"),
// abbreviations defined in the text, initials of the one multi-word name
// that has them, and "the Coalition" for the one name it starts.
func (r *resolver) clusterOthers() {
	byKey := map[string]int{}
	var keys []string
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.typ == "PERSON" || m.key == "" || m.pronoun {
			continue
		}
		c, ok := byKey[m.key]
		if !ok {
			c = r.newCluster()
			byKey[m.key] = c
			keys = append(keys, m.key)
		}
		r.addTo(c, i)
	}
	cluster := func(k string) int {
		c, ok := byKey[k]
		if !ok {
			return -1
		}
		return r.root(c)
	}
	// "OS X Lion" in a document that does not name "Mac OS X Lion" in full
	// is the product it ends where it is named in full, when that is one.
	for _, k := range keys {
		if longs := r.suffixes[k]; len(longs) == 1 {
			if c := cluster(longs[0]); c >= 0 {
				r.join(c, cluster(k), kindProductSuffix, scoreOf(kindProductSuffix), -1)
			}
		}
	}
	// A name of unknown type joins the organisation or place of that name.
	for _, k := range keys {
		name, ok := strings.CutPrefix(k, "misc:")
		if !ok {
			continue
		}
		for _, p := range []string{"org:", "loc:", "doc:"} {
			if _, ok := byKey[p+name]; ok {
				r.join(cluster(p+name), cluster(k), kindSameName, scoreOf(kindSameName), -1)
				break
			}
		}
	}
	// "Menachem Begin" tagged MISC in one document ("the prize to Anwar
	// Sadat and Menachem Begin") is the person of that full name the
	// others name: a name of two words or more that a person cluster
	// holds, and no organisation or place holds.
	people := map[string]int{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.typ == "PERSON" && !m.pronoun && m.cluster >= 0 && strings.Contains(strings.TrimSpace(m.name), " ") {
			people[normKey(m.name)] = m.cluster
		}
	}
	for _, k := range keys {
		name, ok := strings.CutPrefix(k, "misc:")
		if !ok {
			continue
		}
		pc, ok := people[name]
		if !ok {
			continue
		}
		if _, org := byKey["org:"+name]; org {
			continue
		}
		if _, loc := byKey["loc:"+name]; loc {
			continue
		}
		c := cluster(k)
		if c < 0 || r.clusterType(c) != "MISC" {
			continue
		}
		// types must agree: the name's mentions are the person's
		for _, mi := range r.clusters[c] {
			r.mentions[mi].typ = "PERSON"
		}
		r.join(r.root(pc), c, kindSameName, scoreOf(kindSameName), -1)
	}
	// "the Sinai" beside "the Sinai Peninsula" in another document: a
	// one-word place written with "the", no town or country the
	// gazetteer knows, is the one feature of that name the corpus names
	// in full.
	r.joinFeatureNames(keys, byKey, cluster)
	// "iPods": the plural of a product name.
	for _, k := range keys {
		name, ok := strings.CutPrefix(k, "misc:")
		if !ok || !strings.HasSuffix(name, "s") || len(name) < 4 || strings.ContainsAny(name[strings.LastIndexByte(name, ' ')+1:], "0123456789") {
			// "iPhone 3GS" is a model of its own, not the plural of "iPhone 3G".
			continue
		}
		for _, p := range []string{"misc:", "org:"} {
			if _, ok := byKey[p+name[:len(name)-1]]; ok {
				r.join(cluster(p+name[:len(name)-1]), cluster(k), kindPlural, scoreOf(kindPlural), -1)
				break
			}
		}
	}
	// "Acme Roadrunner": a product name with its maker's one-word name
	// before it is the product.
	for _, k := range keys {
		n, ok := strings.CutPrefix(k, "misc:")
		if !ok {
			n, ok = strings.CutPrefix(k, "org:")
		}
		maker, rest, two := strings.Cut(n, " ")
		if !ok || !two {
			continue
		}
		if _, ok := byKey["org:"+maker]; !ok {
			continue
		}
		if _, ok := byKey["misc:"+rest]; ok {
			r.join(cluster("misc:"+rest), cluster(k), kindMaker, scoreOf(kindMaker), -1)
		}
	}
	// Organisations (and other names) by legal-form core and trade word.
	orgName := func(k string) (string, bool) {
		if n, ok := strings.CutPrefix(k, "org:"); ok {
			return n, true
		}
		if n, ok := strings.CutPrefix(k, "misc:"); ok {
			return n, true
		}
		return "", false
	}
	byCore := map[string][]string{}
	for _, k := range keys {
		n, ok := orgName(k)
		if !ok {
			continue
		}
		core, _ := legalCore(strings.ToLower(strings.TrimPrefix(n, "=")))
		byCore[core] = append(byCore[core], k)
	}
	for _, k := range keys {
		n, ok := orgName(k)
		if !ok {
			continue
		}
		core, score := legalCore(strings.ToLower(strings.TrimPrefix(n, "=")))
		if score < 1 {
			for _, k2 := range byCore[core] {
				if k2 != k {
					if _, s2 := legalCore(strings.ToLower(strings.TrimPrefix(k2[strings.Index(k2, ":")+1:], "="))); s2 == 1 {
						r.join(cluster(k2), cluster(k), kindLegalForm, score, -1)
						break
					}
				}
			}
		}
		ws := strings.Fields(core)
		if len(ws) >= 2 && tradeWord(ws[len(ws)-1]) {
			short := strings.Join(ws[:len(ws)-1], " ")
			for _, k2 := range byCore[short] {
				// The short name may be the recogniser's organisation or a
				// plain name of unknown type ("Harrow" beside "Harrow
				// Motors"), not a product's ("iPod" beside "iPod Software").
				if _, s2 := legalCore(strings.ToLower(strings.TrimPrefix(k2[strings.Index(k2, ":")+1:], "="))); s2 == 1 && strings.HasPrefix(k, "org:") &&
					(strings.HasPrefix(k2, "org:") || !r.productShaped(cluster(k2))) {
					r.join(cluster(k2), cluster(k), kindDescriptor, scoreOf(kindDescriptor), -1)
					break
				}
			}
		}
	}
	// Abbreviations defined in the text, then initials of the one
	// multi-word name that has them.
	byInitials := map[string][]string{}
	for _, k := range keys {
		if n, ok := strings.CutPrefix(k, "org:"); ok && strings.Contains(n, " ") {
			// "General Motors Corp." is GM, "General Avionics
			// Corporation" GAC: initials with and without the legal form
			a := acronym(n)
			byInitials[a] = append(byInitials[a], k)
			if full := acronymAll(n); full != a {
				byInitials[full] = append(byInitials[full], k)
			}
		}
	}
	for _, k := range keys {
		n, ok := orgName(k)
		if ok && !strings.HasPrefix(n, "=") && !strings.Contains(n, " ") {
			// "BaFin", defined in brackets after its long name though
			// not written in capitals
			if longs := r.abbrev[n]; len(longs) == 1 {
				if _, ok := byKey[longs[0]]; ok {
					r.join(cluster(longs[0]), cluster(k), kindAbbreviation, scoreOf(kindAbbreviation), -1)
				}
			}
			continue
		}
		if !ok || !strings.HasPrefix(n, "=") {
			continue
		}
		if longs := r.abbrev[n]; len(longs) == 1 {
			if _, ok := byKey[longs[0]]; ok {
				r.join(cluster(longs[0]), cluster(k), kindAbbreviation, scoreOf(kindAbbreviation), -1)
				continue
			}
		}
		letters := strings.ToLower(strings.TrimPrefix(n, "="))
		cands := r.distinctClusters(byInitials[letters], cluster)
		if len(cands) == 1 {
			score := scoreOf(kindInitials)
			if len(letters) < 3 && !r.shareDocument(cands[0], cluster(k)) {
				// two letters spell too many names, unless the long name
				// is written in a document that uses the initials
				score = 0.5
			}
			r.join(cands[0], cluster(k), kindInitials, score, -1)
		}
	}
	// "the Gazette": a one-word organisation name, always after "the",
	// that ends exactly one longer organisation name of the documents it
	// is written in ("Tarrow Gazette").
	byLast := map[string][]string{}
	for _, k := range keys {
		if n, ok := strings.CutPrefix(k, "org:"); ok && strings.Contains(n, " ") && !strings.HasPrefix(n, "=") {
			ws := strings.Fields(n)
			byLast[ws[len(ws)-1]] = append(byLast[ws[len(ws)-1]], k)
		}
	}
	for _, k := range keys {
		n, ok := strings.CutPrefix(k, "org:")
		if !ok || strings.Contains(n, " ") || strings.HasPrefix(n, "=") || gazetteer.NameWord(n)&gazetteer.NameWordOrg == 0 {
			continue
		}
		c := cluster(k)
		if r.hasLongName(c) || !r.allDefinite(c) {
			continue
		}
		var near []int
		for _, o := range r.distinctClusters(byLast[n], cluster) {
			if o != c && r.shareDocument(o, c) {
				near = append(near, o)
			}
		}
		if len(near) == 1 {
			r.join(near[0], c, kindHead, scoreOf(kindHead), -1)
		}
	}
	// "the Coalition": a one-word organisation name that begins exactly one
	// longer one.
	byFirst := map[string][]string{}
	for _, k := range keys {
		if n, ok := strings.CutPrefix(k, "org:"); ok && strings.Contains(n, " ") {
			f := strings.Fields(n)[0]
			byFirst[f] = append(byFirst[f], k)
		}
	}
	for _, k := range keys {
		n, ok := strings.CutPrefix(k, "org:")
		if !ok {
			n, ok = strings.CutPrefix(k, "misc:")
		}
		if !ok || strings.Contains(n, " ") || strings.HasPrefix(n, "=") {
			continue
		}
		c := cluster(k)
		if r.hasLongName(c) || r.demonymCluster(c) {
			continue // "the Tervanian runner" names no Tervanian Athletics Federation
		}
		cands := r.distinctClusters(byFirst[n], cluster)
		// "Intel" is not "Intel Core Duo", but "the Coalition" may be "the
		// Coalition of the Willing", "the Dow" the Dow Jones index and
		// "Exxon" the company "Exxon Mobil Corp."
		if len(cands) == 1 && (r.allDefinite(c) || (strings.HasPrefix(k, "org:") && r.companyNamed(cands[0]))) {
			r.join(cands[0], c, kindHead, scoreOf(kindHead), -1)
		} else if len(cands) == 1 && strings.HasPrefix(k, "org:") && r.firmNear(cands[0], c) {
			// "Brisk" after "Brisk Road Services": the short name of
			// the business, which names it by its full name
			short := r.clusters[c]
			if r.join(cands[0], c, kindHead, scoreOf(kindHead), -1) {
				for _, mi := range short {
					if m := &r.mentions[mi]; gazetteer.MatchOrganisation([]string{m.name}) != 1 {
						m.companyShort = true // a well-known short name ("Cisco") still names it
					}
				}
			}
		}
	}
	// "St Aldric" beside "St Aldric University Hospital": a name of two
	// words or more that opens exactly one longer organisation name of its
	// documents, one that ends in an institution's, a club's or a legal
	// form's word, is that organisation.
	for _, k := range keys {
		n, ok := strings.CutPrefix(k, "org:")
		if !ok || !strings.Contains(n, " ") || strings.HasPrefix(n, "=") {
			continue
		}
		if ws := strings.Fields(n); clubWord(ws[len(ws)-1]) || tradeWord(ws[len(ws)-1]) || legalForms[ws[len(ws)-1]] > 0 || institutionHeads[ws[len(ws)-1]] {
			continue // "Harbridge Rovers", a club, beside "Harbridge Rovers Supporters' Trust"
		}
		c := cluster(k)
		var longs []string
		for _, k2 := range keys {
			n2, ok := strings.CutPrefix(k2, "org:")
			if !ok || !strings.HasPrefix(n2, n+" ") {
				continue
			}
			ws := strings.Fields(n2)
			if last := ws[len(ws)-1]; institutionHeads[last] || legalForms[last] > 0 || clubShort(n2) != "" {
				longs = append(longs, k2)
			}
		}
		var near []int
		for _, o := range r.distinctClusters(longs, cluster) {
			if o != c && r.shareDocument(o, c) {
				near = append(near, o)
			}
		}
		if len(near) == 1 {
			short := r.clusters[c]
			if r.join(near[0], c, kindHead, scoreOf(kindHead), -1) {
				for _, mi := range short {
					r.mentions[mi].companyShort = true // the full name names it
				}
			}
		}
	}
	r.joinBracketAbbreviations()
	// Last, so that a one-word name that begins a club's names ("Brennock"
	// of "Brennock Athletic" and "Brennock Athletic FC") joins none.
	r.joinClubNames(keys, byKey, cluster)
}

// joinDemonyms joins the one-word name of no person that is the demonym of
// a place the same document names ("Casmerian" of Casmeria, "Velonian" of
// Velonia, "Kareshi" of Karesh): a country the gazetteer does not know, so
// that its adjective is no second place.
func (r *resolver) joinDemonyms() {
	places := map[docKey]int{} // document and folded one-word place name → mention
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.cluster < 0 || (m.typ != "LOC" && m.typ != "GPE") || strings.Contains(m.name, " ") {
			continue
		}
		places[docKey{m.doc, strings.ToLower(m.name)}] = i
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.cluster < 0 || m.typ == "PERSON" || m.typ == "ORG" || strings.Contains(m.name, " ") || !isCapitalised(m.name) {
			continue
		}
		lw := strings.ToLower(m.name)
		for _, suf := range []string{"ian", "ese", "ish", "an", "i", "n"} {
			stem, ok := strings.CutSuffix(lw, suf)
			if !ok || len(stem) < 3 {
				continue
			}
			pi, ok := places[docKey{m.doc, stem}]
			if !ok {
				continue
			}
			c, d := r.root(r.mentions[pi].cluster), r.root(m.cluster)
			if c != d && r.join(c, d, kindDemonym, scoreOf(kindDemonym), m.doc) {
				// the entity is named by the place, as a known demonym's
				// mention is ("British" for the United Kingdom)
				for _, mi := range r.clusters[r.root(c)] {
					if o := &r.mentions[mi]; o.name == m.name {
						o.name, o.ev = r.mentions[pi].name, kindDemonym
					}
				}
			}
			break
		}
	}
}

// distinctClusters returns the distinct clusters now holding keys ks.
func (r *resolver) distinctClusters(ks []string, cluster func(string) int) []int {
	var out []int
	for _, k := range ks {
		if c := cluster(k); c >= 0 && !containsInt(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// allDefinite reports whether every mention of cluster c follows "the".
func (r *resolver) allDefinite(c int) bool {
	for _, mi := range r.clusters[c] {
		m := &r.mentions[mi]
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		if m.start == 0 || !strings.EqualFold(toks[m.start-1].Text, "the") {
			return false
		}
	}
	return true
}

// shareDocument reports whether clusters a and b are both mentioned in
// one document.
func (r *resolver) shareDocument(a, b int) bool {
	docs := map[int]bool{}
	for _, mi := range r.clusters[a] {
		docs[r.mentions[mi].doc] = true
	}
	for _, mi := range r.clusters[b] {
		if docs[r.mentions[mi].doc] {
			return true
		}
	}
	return false
}

// companyNamed reports whether cluster c holds a company's name with its
// legal form ("Exxon Mobil Corp.").
func (r *resolver) companyNamed(c int) bool {
	for _, mi := range r.clusters[c] {
		ws := strings.Fields(r.mentions[mi].name)
		if len(ws) > 1 && legalFormWord(ws[len(ws)-1]) {
			return true
		}
	}
	return false
}

// firmNear reports whether cluster c holds a business's name of several
// words (firmNamed) in a document that short, a one-word organisation's
// cluster, is written in: "Brisk" after "Brisk Road Services".
func (r *resolver) firmNear(c, short int) bool {
	docs := map[int]bool{}
	for _, mi := range r.clusters[short] {
		m := &r.mentions[mi]
		if !m.pronoun && r.placeUse(m) {
			return false // "the port at Ravnsund" is no "Ravnsund Growers' Cooperative"
		}
		docs[m.doc] = true
	}
	for _, mi := range r.clusters[c] {
		if m := &r.mentions[mi]; !m.pronoun && m.typ == "ORG" && docs[m.doc] && r.firmNamed(m) {
			return true
		}
	}
	return false
}

// hasLongName reports whether cluster c holds a name of several words.
func (r *resolver) hasLongName(c int) bool {
	for _, mi := range r.clusters[c] {
		if strings.Contains(r.mentions[mi].name, " ") {
			return true
		}
	}
	return false
}

// acronym returns the lower-case initials of a name's content words.
func acronym(name string) string {
	core, _ := legalCore(name) // "General Motors Corp." is GM
	return acronymAll(core)
}

// acronymAll returns the lower-case initials of all a name's content
// words, a legal form's too.
func acronymAll(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch w {
		case "of", "the", "and", "for", "&":
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// productShaped reports whether a cluster's names are shaped like a
// product's: camel case, digits or capitals inside ("iPod", "X2").
func (r *resolver) productShaped(c int) bool {
	for _, mi := range r.clusters[c] {
		m := &r.mentions[mi]
		if m.pronoun {
			continue
		}
		for _, w := range strings.Fields(m.name) {
			if camelCase(w) || strings.ContainsAny(w, "0123456789") {
				return true
			}
		}
	}
	return false
}

// clubShort returns the name of a sports club without the words "Football
// Club" or "FC" that end its full name ("brennock athletic" of "brennock
// athletic football club"), or "".
func clubShort(n string) string {
	ws := strings.Fields(n)
	switch {
	case len(ws) >= 3 && ws[len(ws)-2] == "football" && (ws[len(ws)-1] == "club" || ws[len(ws)-1] == "clubs"):
		return strings.Join(ws[:len(ws)-2], " ")
	case len(ws) >= 2 && (ws[len(ws)-1] == "fc" || ws[len(ws)-1] == "f.c." || ws[len(ws)-1] == "afc" || ws[len(ws)-1] == "a.f.c."):
		return strings.Join(ws[:len(ws)-1], " ")
	}
	return ""
}

// joinClubNames joins a sports club's short names to its full name:
// "Brennock Athletic" to the one "Brennock Athletic Football Club" (or
// "Brennock Athletic FC"), and the club word alone ("Athletic", "Rovers")
// to the one club of its documents whose name ends in it; with two such
// clubs ("Kelso United", "Arden United") the word joins neither.
func (r *resolver) joinClubNames(keys []string, byKey map[string]int, cluster func(string) int) {
	longs := map[string][]string{} // short name → keys of full names
	for _, k := range keys {
		n, ok := strings.CutPrefix(k, "org:")
		if !ok {
			continue
		}
		if short := clubShort(n); short != "" {
			longs[short] = append(longs[short], k)
		}
	}
	for short, ls := range longs {
		cands := r.distinctClusters(ls, cluster)
		if len(cands) != 1 {
			continue
		}
		for _, p := range []string{"org:", "misc:"} {
			if _, ok := byKey[p+short]; ok {
				r.join(cands[0], cluster(p+short), kindHead, scoreOf(kindHead), -1)
			}
		}
	}
	// the clubs, by the word that ends their short name
	byWord := map[string][]string{}
	for _, k := range keys {
		n, ok := strings.CutPrefix(k, "org:")
		if !ok {
			continue
		}
		short := clubShort(n)
		if ws := strings.Fields(n); short == "" && len(ws) >= 2 && clubWord(ws[len(ws)-1]) {
			short = n // "Tarrow Rovers"
		}
		if ws := strings.Fields(short); len(ws) >= 2 {
			byWord[ws[len(ws)-1]] = append(byWord[ws[len(ws)-1]], k)
		}
	}
	for _, k := range keys {
		n, ok := strings.CutPrefix(k, "org:")
		if !ok {
			n, ok = strings.CutPrefix(k, "misc:")
		}
		if !ok || strings.Contains(n, " ") || !clubWord(n) {
			continue
		}
		c := cluster(k)
		var near []int
		for _, o := range r.distinctClusters(byWord[n], cluster) {
			if o != c && r.shareDocument(o, c) {
				near = append(near, o)
			}
		}
		if len(near) == 1 && r.clubsWritten(c, n) < 2 {
			short := r.clusters[c]
			if r.join(near[0], c, kindHead, scoreOf(kindHead), -1) {
				for _, mi := range short {
					r.mentions[mi].companyShort = true // the club's full name names it
				}
			}
		}
	}
}

// clubsWritten counts the distinct capitalised words written before the
// club word w in the documents of cluster c ("Kelso United", "Arden
// United": 2), whatever the recogniser made of them.
func (r *resolver) clubsWritten(c int, w string) int {
	docs := map[int]bool{}
	for _, mi := range r.clusters[c] {
		docs[r.mentions[mi].doc] = true
	}
	before := map[string]bool{}
	for di := range docs {
		for _, s := range r.docs[di].Sentences {
			for i := 1; i < len(s.Tokens); i++ {
				if strings.EqualFold(s.Tokens[i].Text, w) && isCapitalised(s.Tokens[i-1].Text) && !isTitle(s.Tokens[i-1].Text) {
					before[s.Tokens[i-1].Text] = true
				}
			}
		}
	}
	return len(before)
}

// clubWord reports a folded word that ends sports clubs' names and names
// a club by itself ("rovers", "athletic").
func clubWord(w string) bool {
	switch w {
	case "united", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers":
		return true
	}
	return false
}

// demonymCluster reports whether a mention of cluster c is a people's
// adjective (see retypeDemonymHeads).
func (r *resolver) demonymCluster(c int) bool {
	for _, mi := range r.clusters[c] {
		if r.mentions[mi].demonym {
			return true
		}
	}
	return false
}

// joinBracketAbbreviations joins an abbreviation in brackets right after
// an organisation's name of several words to that name when its letters
// are the initials of the name's words, with more letters of a word after
// its initial ("Coastlink Ferries (CLF)": C-L of Coast-link, F; "Transit
// Workers Union (TWkU)"), which the plain initials of the text's
// abbreviations (collectAbbreviations) do not spell.
func (r *resolver) joinBracketAbbreviations() {
	bySent := map[sentKey][]int{}
	for i := range r.mentions {
		if m := &r.mentions[i]; !m.pronoun && m.cluster >= 0 {
			bySent[sentKey{m.doc, m.sent}] = append(bySent[sentKey{m.doc, m.sent}], i)
		}
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.cluster < 0 || m.typ != "ORG" && m.typ != "MISC" || m.end-m.start != 1 || !allCaps(m.name) || len(m.name) < 3 {
			continue
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		if m.start < 2 || m.end >= len(toks) || toks[m.start-1].Text != "(" || toks[m.end].Text != ")" {
			continue
		}
		for _, oi := range bySent[sentKey{m.doc, m.sent}] {
			o := &r.mentions[oi]
			if o.end != m.start-1 || o.typ != "ORG" || !strings.Contains(o.name, " ") {
				continue
			}
			if a, b := r.root(o.cluster), r.root(m.cluster); a != b && spellsInitials(strings.ToLower(m.name), strings.Fields(o.name)) {
				r.join(a, b, kindAbbreviation, scoreOf(kindAbbreviation), -1)
			}
		}
	}
}

// spellsInitials reports whether abbr (lower case) is the initials of the
// content words ws in order, each word giving its initial and perhaps more
// of its letters after it; connectors and a final legal form may give
// none.
func spellsInitials(abbr string, ws []string) bool {
	if len(ws) == 0 {
		return abbr == ""
	}
	w := strings.ToLower(ws[0])
	if connectors[w] || len(ws) == 1 && legalFormWord(ws[0]) {
		if spellsInitials(abbr, ws[1:]) {
			return true
		}
	}
	if abbr == "" || w == "" || abbr[0] != w[0] {
		return false
	}
	// the initial, then any letters of the word in order
	var try func(a string, rest string) bool
	try = func(a string, rest string) bool {
		if spellsInitials(a, ws[1:]) {
			return true
		}
		if a == "" {
			return false
		}
		for k := 0; k < len(rest); k++ {
			if rest[k] == a[0] && try(a[1:], rest[k+1:]) {
				return true
			}
		}
		return false
	}
	return try(abbr[1:], w[1:])
}

// featureHeads end the names of land features a story may name by their
// first word alone ("the Sinai Peninsula", "the Sinai").
var featureHeads = set("peninsula", "desert", "strip", "valley", "plateau", "basin", "delta", "mountains", "range",
	"highlands", "lowlands", "archipelago")

// joinFeatureNames joins a one-word place key to the one feature name it
// opens ("loc:sinai" to "loc:sinai peninsula") when some mention of the
// short name has "the" before it and the gazetteer knows no town or
// country of that name (not "Jordan" beside "Jordan Valley").
func (r *resolver) joinFeatureNames(keys []string, byKey map[string]int, cluster func(string) int) {
	longs := map[string][]string{}
	for _, k := range keys {
		n, ok := strings.CutPrefix(k, "loc:")
		if !ok {
			continue
		}
		ws := strings.Fields(n)
		if len(ws) == 2 && featureHeads[ws[1]] {
			longs[ws[0]] = append(longs[ws[0]], k)
		}
	}
	for short, ls := range longs {
		sk := "loc:" + short
		if _, ok := byKey[sk]; !ok {
			sk = "misc:" + short // "settlers in the Keshet", typed by nothing
		}
		if _, ok := byKey[sk]; !ok || len(r.distinctClusters(ls, cluster)) != 1 {
			continue
		}
		c := cluster(sk)
		if c < 0 || !r.writtenWithThe(c) {
			continue
		}
		name := r.clusterName(c)
		if _, _, ok := gazetteer.Lookup(name); ok {
			continue
		}
		if _, ok := gazetteer.LookupCity(name); ok {
			continue
		}
		r.join(cluster(ls[0]), c, kindSameName, scoreOf(kindSameName), -1)
	}
}

// writtenWithThe reports whether a mention of cluster c has "the" right
// before it.
func (r *resolver) writtenWithThe(c int) bool {
	for _, mi := range r.clusters[c] {
		m := &r.mentions[mi]
		if m.pronoun || m.start == 0 {
			continue
		}
		if strings.EqualFold(r.docs[m.doc].Sentences[m.sent].Tokens[m.start-1].Text, "the") {
			return true
		}
	}
	return false
}
