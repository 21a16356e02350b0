package resolve

import (
	"sort"
	"strings"

	"github.com/storygraph/storygraph/extract"
)

// person is a group of full-name mentions with one (first, last) name.
type person struct {
	first, last string
	mentions    []int
	roles       map[string]bool
	cluster     int
}

// clusterPeople groups person mentions: full names by folded name parts,
// variants merged with context, bare surnames linked per document.
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
			p = &person{first: m.first, last: m.last, roles: map[string]bool{}}
			byName[k] = p
			people = append(people, p)
		}
		p.mentions = append(p.mentions, i)
		for _, w := range strings.Fields(m.role) {
			if isTitle(w) {
				p.roles[canonicalTitle(w)] = true
			}
		}
	}
	// Union-find over people.
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
	sameSurname := func(a, b *person) bool {
		if a.last == b.last {
			return true
		}
		return len(a.last) >= 6 && len(b.last) >= 6 && a.last[0] == b.last[0] && editDistanceAtMost1(a.last, b.last)
	}
	for i := range people {
		for j := i + 1; j < len(people); j++ {
			a, b := people[i], people[j]
			if !sameSurname(a, b) {
				continue
			}
			compatible, certain := firstNamesCompatible(a.first, b.first)
			if !compatible {
				continue
			}
			// A variant (Alex, Alexus) needs support: never in the same
			// article (a writer does not switch spellings mid-story), and a
			// shared role or no third first name with that surname.
			if !certain && (r.cooccur(a, b) || (!sharesRole(a, b) && r.otherFirstNames(people, a, b))) {
				continue
			}
			if certain && a.last != b.last && !sharesRole(a, b) && a.first != b.first {
				continue
			}
			parent[find(j)] = find(i)
		}
	}
	groups := map[int]int{} // root → cluster
	for i, p := range people {
		root := find(i)
		c, ok := groups[root]
		if !ok {
			c = len(r.clusters)
			groups[root] = c
			r.clusters = append(r.clusters, nil)
		}
		p.cluster = c
		for _, mi := range p.mentions {
			r.mentions[mi].cluster = c
			r.clusters[c] = append(r.clusters[c], mi)
		}
	}
	// Bare surnames (and single names): the person of that surname in the
	// same document, the most mentioned; else in the corpus; else their own.
	bare := map[string]int{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.typ != "PERSON" || m.pronoun || m.first != "" {
			continue
		}
		c := r.surnameOwner(people, m)
		if c < 0 {
			var ok bool
			if c, ok = bare[m.last]; !ok {
				c = len(r.clusters)
				r.clusters = append(r.clusters, nil)
				bare[m.last] = c
			}
		}
		m.cluster = c
		r.clusters[c] = append(r.clusters[c], i)
	}
}

// canonicalTitle maps abbreviations to full title words ("Gen." → general).
func canonicalTitle(w string) string {
	switch w = bareWord(w); w {
	case "gen":
		return "general"
	case "sen":
		return "senator"
	case "rep":
		return "representative"
	case "gov":
		return "governor"
	case "adm":
		return "admiral"
	case "col":
		return "colonel"
	case "lt":
		return "lieutenant"
	case "capt":
		return "captain"
	case "sgt":
		return "sergeant"
	case "maj":
		return "major"
	case "adviser":
		return "advisor"
	}
	return w
}

func sharesRole(a, b *person) bool {
	for k := range a.roles {
		if b.roles[k] && k != "former" && k != "top" && k != "senior" {
			return true
		}
	}
	return false
}

// otherFirstNames reports whether the corpus has a third first name with
// the same surname, which makes a variant merge of a and b unsafe.
func (r *resolver) otherFirstNames(people []*person, a, b *person) bool {
	for _, p := range people {
		if p == a || p == b || p.last != a.last {
			continue
		}
		return true
	}
	return false
}

// cooccur reports whether a and b are both named in one document.
func (r *resolver) cooccur(a, b *person) bool {
	docs := map[int]bool{}
	for _, mi := range a.mentions {
		docs[r.mentions[mi].doc] = true
	}
	for _, mi := range b.mentions {
		if docs[r.mentions[mi].doc] {
			return true
		}
	}
	return false
}

// surnameOwner returns the cluster a bare name mention belongs to, or -1.
func (r *resolver) surnameOwner(people []*person, m *mention) int {
	best, bestDoc, bestAll := -1, 0, 0
	for _, p := range people {
		if p.last != m.last && foldName(p.first) != m.last {
			continue
		}
		inDoc, all, before := 0, 0, false
		for _, mi := range p.mentions {
			all++
			pm := &r.mentions[mi]
			if pm.doc == m.doc {
				inDoc++
				if pm.sent < m.sent || (pm.sent == m.sent && pm.start < m.start) {
					before = true
				}
			}
		}
		if inDoc > 0 && !before {
			inDoc = 1 // introduced later in the document: weaker
		}
		if inDoc > bestDoc || (inDoc == bestDoc && all > bestAll) {
			best, bestDoc, bestAll = p.cluster, inDoc, all
		}
	}
	return best
}

// clusterOthers groups places, organisations and documents by key, then
// merges acronyms and one-word references into longer names.
func (r *resolver) clusterOthers() {
	byKey := map[string]int{}
	var keys []string
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.typ == "PERSON" || m.key == "" {
			continue
		}
		c, ok := byKey[m.key]
		if !ok {
			c = len(r.clusters)
			r.clusters = append(r.clusters, nil)
			byKey[m.key] = c
			keys = append(keys, m.key)
		}
		m.cluster = c
		r.clusters[c] = append(r.clusters[c], i)
	}
	// Organisations: acronyms and one-word heads.
	for _, k := range keys {
		if !strings.HasPrefix(k, "org:") {
			continue
		}
		name := strings.TrimPrefix(k, "org:")
		var target []string
		for _, k2 := range keys {
			if k2 == k || !strings.HasPrefix(k2, "org:") {
				continue
			}
			long := strings.TrimPrefix(k2, "org:")
			if !strings.Contains(name, " ") && (strings.HasPrefix(long, name+" ") || acronym(long) == name) {
				target = append(target, k2)
			}
		}
		if len(target) == 1 {
			r.merge(byKey[target[0]], byKey[k])
		}
	}
}

// acronym returns the lower-case initials of a name's content words.
func acronym(name string) string {
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

// merge moves cluster src into dst.
func (r *resolver) merge(dst, src int) {
	if dst == src {
		return
	}
	for _, mi := range r.clusters[src] {
		r.mentions[mi].cluster = dst
	}
	r.clusters[dst] = append(r.clusters[dst], r.clusters[src]...)
	r.clusters[src] = nil
}

// linkPronouns links personal pronouns to the nearest preceding person
// mention in the same document, within three sentences, and definite
// titles ("the president") to the nearest person holding that title. An
// object pronoun never takes the subject of its own verb ("Carter persuaded
// him").
func (r *resolver) linkPronouns() {
	for i := range r.mentions {
		m := &r.mentions[i]
		if !m.pronoun {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			a := &r.mentions[j]
			if a.doc != m.doc || (m.desc == "" && m.sent-a.sent > 3) {
				break
			}
			if a.typ != "PERSON" || a.pronoun || a.cluster < 0 {
				continue
			}
			if m.desc != "" && !r.clusterHasRole(a.cluster, m.desc) {
				continue
			}
			if m.desc == "" && r.boundSubject(m, a) {
				continue
			}
			m.cluster = a.cluster
			r.clusters[a.cluster] = append(r.clusters[a.cluster], i)
			break
		}
	}
}

// boundSubject reports whether antecedent a is the subject of the verb
// that object pronoun m depends on, in the same sentence.
func (r *resolver) boundSubject(m, a *mention) bool {
	if a.sent != m.sent {
		return false
	}
	toks := r.docs[m.doc].Sentences[m.sent].Tokens
	p := toks[m.start]
	if p.Dep != "obj" && p.Dep != "iobj" {
		return false
	}
	for k := a.start; k < a.end; k++ {
		if strings.HasPrefix(toks[k].Dep, "nsubj") && toks[k].Head == p.Head {
			return true
		}
	}
	return false
}

// clusterHasRole reports whether a mention of cluster c carried title word.
func (r *resolver) clusterHasRole(c int, title string) bool {
	for _, mi := range r.clusters[c] {
		for _, w := range strings.FieldsFunc(r.mentions[mi].role, func(r rune) bool { return r == ' ' || r == ',' }) {
			if canonicalTitle(w) == title {
				return true
			}
		}
	}
	return false
}

// result builds the entities and the token index.
func (r *resolver) result(known []extract.Entity) *Result {
	knownBy := map[string]*extract.Entity{}
	for i := range known {
		k := &known[i]
		for _, a := range append([]string{k.Name}, k.Aliases...) {
			key := strings.ToLower(a)
			if _, ok := knownBy[key]; !ok {
				knownBy[key] = k
			}
		}
	}
	res := &Result{at: map[tokenKey]int{}}
	type built struct {
		e       extract.Entity
		cluster int
	}
	var ents []built
	for c, ms := range r.clusters {
		if len(ms) == 0 {
			continue
		}
		e := r.entity(ms)
		if e.Name == "" {
			continue
		}
		if k, ok := knownBy[strings.ToLower(e.Name)]; ok && sameKind(k.Type, e.Type) {
			e.ID, e.Name, e.Type = k.ID, k.Name, k.Type
		} else {
			for _, a := range e.Aliases {
				if k, ok := knownBy[strings.ToLower(a)]; ok && sameKind(k.Type, e.Type) && strings.Contains(a, " ") {
					e.ID, e.Name, e.Type = k.ID, k.Name, k.Type
					break
				}
			}
		}
		ents = append(ents, built{e, c})
	}
	// Clusters that ended with the same id (e.g. both matched a known
	// entity) are one entity.
	byID := map[string]int{}
	clusterEntity := map[int]int{}
	for _, b := range ents {
		if i, ok := byID[b.e.ID]; ok {
			mergeEntity(&res.Entities[i], b.e)
			clusterEntity[b.cluster] = i
			continue
		}
		byID[b.e.ID] = len(res.Entities)
		clusterEntity[b.cluster] = len(res.Entities)
		res.Entities = append(res.Entities, b.e)
	}
	order := make([]int, len(res.Entities))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := &res.Entities[order[i]], &res.Entities[order[j]]
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Name < b.Name
	})
	newIndex := make([]int, len(order))
	sorted := make([]extract.Entity, len(order))
	for newI, oldI := range order {
		newIndex[oldI] = newI
		sorted[newI] = res.Entities[oldI]
	}
	res.Entities = sorted
	// Token index: names first, then titles, so a demonym inside a title
	// keeps its own place entity.
	for pass := 0; pass < 2; pass++ {
		for i := range r.mentions {
			m := &r.mentions[i]
			ei, ok := clusterEntity[m.cluster]
			if m.cluster < 0 || !ok {
				continue
			}
			from, to := m.start, m.end
			if pass == 1 {
				// Titles point at the person only for non-person titles
				// words; "President" in "President Carter" is the person's
				// head only when the parse makes it so.
				from, to = m.fullStart, m.start
				if m.typ == "PERSON" {
					to = from
				}
			}
			for t := from; t < to; t++ {
				k := tokenKey{r.docs[m.doc].ID, m.sent, t}
				if _, taken := res.at[k]; !taken {
					res.at[k] = newIndex[ei]
				}
			}
		}
	}
	return res
}

func sameKind(a, b string) bool {
	if a == b {
		return true
	}
	place := func(t string) bool { return t == "GPE" || t == "LOC" }
	return place(a) && place(b)
}

// entity builds one entity from a cluster's mentions.
func (r *resolver) entity(ms []int) extract.Entity {
	typeVotes := map[string]int{}
	nameVotes := map[string]int{}
	aliases := map[string]bool{}
	roles := map[string]bool{}
	docs := map[string]bool{}
	count := 0
	for _, mi := range ms {
		m := &r.mentions[mi]
		if m.pronoun {
			continue
		}
		count++
		typeVotes[m.typ]++
		aliases[m.surface] = true
		aliases[m.name] = true
		if m.role != "" {
			roles[m.role] = true
		}
		docs[r.docs[m.doc].ID] = true
		switch {
		case m.typ == "PERSON" && m.first == "":
			nameVotes[m.name] += 0 // a bare surname names only when nothing better exists
		case m.key != "" && !strings.HasPrefix(m.key, "org:") && !strings.HasPrefix(m.key, "doc:") && !strings.HasPrefix(m.key, "loc:"):
			nameVotes[m.name] += 2 // gazetteer canonical name
		default:
			nameVotes[m.name]++
		}
	}
	if count == 0 {
		return extract.Entity{}
	}
	typ := best(typeVotes, nil)
	// Names written with capitals win over lower-case mentions of them
	// ("Coalition of the Willing" over "coalition of the willing").
	capitalised := map[string]int{}
	for k, v := range nameVotes {
		if isCapitalised(k) {
			capitalised[k] = v
		}
	}
	if len(capitalised) > 0 {
		nameVotes = capitalised
	}
	name := best(nameVotes, func(a, b string) bool {
		// Prefer capitalised, then longer names.
		ca, cb := isCapitalised(a), isCapitalised(b)
		if ca != cb {
			return ca
		}
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	// A place name from the gazetteer is canonical even if an alias was seen
	// more often.
	e := extract.Entity{Name: name, Type: typ, Mentions: count}
	e.ID = extract.EntityID(typ, name)
	e.Aliases = sortedKeys(aliases)
	e.Roles = sortedKeys(roles)
	e.Docs = sortedKeys(docs)
	return e
}

// best returns the key with the most votes; ties go to less(a, b), or to
// the lexically smaller key.
func best(votes map[string]int, less func(a, b string) bool) string {
	keys := sortedKeys(map[string]bool{})
	for k := range votes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out, n := "", -1
	for _, k := range keys {
		v := votes[k]
		if v > n || (v == n && less != nil && less(k, out)) {
			out, n = k, v
		}
	}
	return out
}

func mergeEntity(dst *extract.Entity, src extract.Entity) {
	dst.Mentions += src.Mentions
	dst.Aliases = union(dst.Aliases, src.Aliases)
	dst.Roles = union(dst.Roles, src.Roles)
	dst.Docs = union(dst.Docs, src.Docs)
}

func union(a, b []string) []string {
	m := map[string]bool{}
	for _, s := range a {
		m[s] = true
	}
	for _, s := range b {
		m[s] = true
	}
	return sortedKeys(m)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
