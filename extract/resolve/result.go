package resolve

import (
	"slices"
	"sort"
	"strings"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/lexicon"
)

// result builds the entities and the token index. A cluster whose name or
// a multi-word alias is a name or alias of a known entity of the same kind
// becomes that entity: it keeps the known id, name, type and evidence, and
// the aliases it adds are explained as "known".
func (r *resolver) result(known []extract.Entity) *Result {
	knownBy := map[string]*extract.Entity{}
	for i := range known {
		k := &known[i]
		for _, a := range append([]string{k.Name}, k.Aliases...) {
			key := normKey(a)
			if key == "" || stopName(a) {
				continue
			}
			if _, ok := knownBy[key]; !ok {
				knownBy[key] = k
			}
		}
	}
	res := &Result{at: map[string][][]int32{}}
	type built struct {
		e       extract.Entity
		cluster int
	}
	var ents []built
	r.countRoles()
	for c, ms := range r.clusters {
		if len(ms) == 0 {
			continue
		}
		e := r.entity(c, ms)
		if e.Name == "" {
			continue
		}
		var match *extract.Entity
		if k, ok := knownBy[normKey(e.Name)]; ok && sameKind(k.Type, e.Type) {
			match = k
		} else {
			for _, a := range e.Aliases {
				if k, ok := knownBy[normKey(a)]; ok && sameKind(k.Type, e.Type) && strings.Contains(a, " ") {
					match = k
					break
				}
			}
		}
		if match != nil {
			for i := range e.Evidence {
				ev := &e.Evidence[i]
				if ev.Kind == kindName {
					ev.Kind, ev.Score, ev.With = kindKnown, scoreOf(kindKnown), match.Name
				}
			}
			e.ID, e.Name, e.Type = match.ID, match.Name, match.Type
			e.Evidence = mergeEvidence(match.Evidence, e.Evidence)
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
	for k, cs := range r.groups {
		var members []int
		for _, c := range cs {
			ei, ok := clusterEntity[r.root(c)]
			if !ok || slices.Contains(members, newIndex[ei]) {
				members = nil
				break
			}
			members = append(members, newIndex[ei])
		}
		if len(members) >= 2 {
			if res.groups == nil {
				res.groups = map[tokenKey][]int{}
			}
			res.groups[tokenKey{r.docs[k.doc].ID, k.sent, k.tok}] = members
		}
	}
	for k, h := range r.topics {
		if res.topics == nil {
			res.topics = map[tokenKey]int{}
		}
		res.topics[tokenKey{r.docs[k.doc].ID, k.sent, k.tok}] = h
	}
	// Token index: names first, then titles, so a demonym inside a title
	// keeps its own place entity.
	for pass := 0; pass < 2; pass++ {
		for i := range r.mentions {
			m := &r.mentions[i]
			if m.cluster < 0 {
				continue
			}
			ei, ok := clusterEntity[r.root(m.cluster)]
			if !ok {
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
			if from >= to {
				continue
			}
			id := r.docs[m.doc].ID
			d := res.at[id]
			if m.sent >= len(d) {
				d = append(d, make([][]int32, m.sent+1-len(d))...)
				res.at[id] = d
			}
			if to > len(d[m.sent]) {
				d[m.sent] = append(d[m.sent], make([]int32, to-len(d[m.sent]))...)
			}
			for t := from; t < to; t++ {
				if d[m.sent][t] == 0 { // not taken
					d[m.sent][t] = int32(newIndex[ei]) + 1
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
	// an event is a name of unknown type with an event's head word (see
	// retypeEvents): a graph built before events were typed knows it so
	other := func(t string) bool { return t == "MISC" || t == "EVENT" }
	return place(a) && place(b) || other(a) && other(b)
}

// entity builds one entity from cluster c's mentions, with the evidence for
// each alias.
func (r *resolver) entity(c int, ms []int) extract.Entity {
	typeVotes := map[string]int{}
	companyNamed := false // a mention is a company's full name ("Brantwood Logistics")
	nameVotes := map[string]int{}
	short := map[string]bool{} // products' short names, named by only when nothing else is
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
		switch {
		case shortProduct(m):
			// "Lion" after "Mac OS X Lion": a short name neither
			// names nor types its product.
		case m.typ != "MISC":
			typeVotes[m.typ] += 2
		default:
			typeVotes[m.typ]++
		}
		if m.typ == "ORG" && companyShaped(m.name) {
			companyNamed = true
		}
		aliases[m.surface] = true
		aliases[m.name] = true
		if m.role != "" {
			roles[m.role] = true
			if r.roleAlias(c, m.role) {
				aliases[m.role] = true
			}
			if b, ok := r.bareRoleAlias(c, m); ok {
				aliases[b] = true
			}
		}
		docs[r.docs[m.doc].ID] = true
		switch {
		case shortProduct(m):
			short[m.name] = true // "Lion" names "Mac OS X Lion" never
		case m.typ == "PERSON" && m.first == "", m.companyShort:
			nameVotes[m.name] += 0 // a bare surname names only when nothing better exists
		case m.ev == kindGazetteer || m.ev == kindDemonym || m.ev == kindCapital || m.ev == kindKnownOrg:
			nameVotes[m.name] += 2 // gazetteer canonical name
		case strings.HasPrefix(m.key, "loc:") && m.ev == "" && m.surface != m.name:
			nameVotes[m.name]++
		default:
			nameVotes[m.name]++
		}
	}
	if count == 0 {
		return extract.Entity{}
	}
	if len(nameVotes) == 0 {
		for n := range short {
			nameVotes[n] = 0
		}
	}
	if len(typeVotes) == 0 {
		typeVotes["MISC"] = 1
	}
	// On a tie a known type wins over a name of unknown type (MISC):
	// "Kestrel" twice beside "Kestrel Airlines" once is an organisation.
	typ := best(typeVotes, func(a, b string) bool { return b == "MISC" && a != "MISC" })
	if typ == "MISC" && companyNamed {
		// "Brantwood" five times beside "Brantwood Logistics" once: a
		// company's full name says what the short one is
		typ = "ORG"
	}
	// The entity is named by mentions of its type when there are any.
	typed := map[string]int{}
	for _, mi := range ms {
		if m := &r.mentions[mi]; !m.pronoun && m.typ == typ {
			if v, ok := nameVotes[m.name]; ok {
				typed[m.name] = v
			}
		}
	}
	if len(typed) > 0 {
		nameVotes = typed
	}
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
	if typ == "MISC" && eventName(name) && !strings.HasPrefix(r.mentions[ms[0]].key, "misc:vessel ") {
		typ = "EVENT" // "Aurora Games", "Harlow Cup" (see retypeEvents)
	}
	e := extract.Entity{Name: name, Type: typ, Mentions: count}
	e.ID = extract.EntityID(typ, name)
	e.Aliases = sortedKeys(aliases)
	e.Roles = sortedKeys(roles)
	e.Docs = sortedKeys(docs)
	e.Evidence = r.evidence(name, ms)
	return e
}

// nameLikeRole reports a title written as a name, with the organisation or
// country it is held in: every word capitalised (or a connector), a title
// last and a word that is no title before it ("Apple CEO", "GM Chief
// Executive", "Ukrainian President"; not "CEO", "co-founder" or "the chief
// executive officer").
func nameLikeRole(role string) bool {
	ws := strings.Fields(role)
	if len(ws) < 2 || strings.Contains(role, ",") || !isTitle(ws[len(ws)-1]) || lexicon.Title(ws[len(ws)-1], lexicon.Honorific) {
		// "Volcanologist Dr": an honorific announces the name, it is
		// no role
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "former", "ex", "then", "late", "outgoing", "retired":
		return false // "Former Microsoft CEO" names whoever holds it now
	}
	qualified := false
	for _, w := range ws {
		switch {
		case connectors[strings.ToLower(w)]:
		case !isCapitalised(w):
			return false
		case !isTitle(w) && !portfolioWords[strings.ToLower(w)]:
			qualified = true
		}
	}
	return qualified
}

// portfolioWords name what an office is for, not where it is held
// ("Transport Minister", "Home Secretary", "Finance Director"): every
// government and many companies have one, so a role qualified by nothing
// else names no single person.
var portfolioWords = set("transport", "transportation", "finance", "financial", "health", "defence", "defense",
	"foreign", "interior", "home", "education", "justice", "energy", "environment", "environmental", "trade",
	"labour", "labor", "culture", "agriculture", "economy", "economic", "economics", "treasury", "housing",
	"industry", "science", "sport", "sports", "tourism", "communications", "information", "immigration",
	"security", "welfare", "employment", "development", "infrastructure", "fisheries", "water", "digital",
	"technology", "climate", "commerce", "veterans", "state", "prime", "deputy", "junior", "shadow", "public",
	"works", "planning", "family", "social", "affairs", "children", "women", "equality",
	"research", "innovation", "marketing", "sales", "operations", "legal", "policy", "local", "regional",
	"government", "cabinet", "media", "arts", "heritage", "rural", "urban", "national",
	"international", "european", "internal", "external", "budget", "revenue", "tax", "customs", "police",
	"safety", "emergency", "disaster", "aviation", "maritime", "railways", "roads", "highways")

// countRoles records, for every name-like role, the clusters of the
// persons named with it.
func (r *resolver) countRoles() {
	r.roleOwners = map[string]map[int]bool{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.cluster < 0 || m.typ != "PERSON" || !nameLikeRole(m.role) {
			continue
		}
		k := normKey(m.role)
		if r.roleOwners[k] == nil {
			r.roleOwners[k] = map[int]bool{}
		}
		r.roleOwners[k][r.root(m.cluster)] = true
	}
	r.bareOwners = map[string]map[int]bool{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.cluster < 0 || m.typ != "PERSON" || m.fullStart >= m.start {
			continue
		}
		b := bareTitle(m.role)
		if b == "" {
			continue
		}
		k := normKey(b)
		if r.bareOwners[k] == nil {
			r.bareOwners[k] = map[int]bool{}
		}
		r.bareOwners[k][r.root(m.cluster)] = true
	}
}

// bareTitle returns the title a role writes before a person's name with
// no organisation, country or portfolio to say where it is held ("CEO" of
// "company CEO", "Mayor", "Mr Justice", "Prime Minister"), or "" when
// there is none: a capitalised qualifier ("Apple CEO", "Transport
// Minister"), a former holder ("Former CEO"), a lone honorific or
// modifier ("Dr", "St"), a title in lower case ("spokesman") or an
// apposition after the name.
func bareTitle(role string) string {
	role, _, _ = strings.Cut(role, ", ")
	ws := strings.Fields(role)
	k := len(ws)
	for k > 0 && isTitle(ws[k-1]) && isCapitalised(ws[k-1]) {
		k--
	}
	if k == len(ws) || !lexicon.Title(ws[len(ws)-1], lexicon.Office, lexicon.Rank, lexicon.Role) {
		return "" // "Dr", "St": an honorific or a modifier, no office
	}
	for i, w := range ws {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		switch {
		case lw == "former" || lw == "ex" || lw == "then" || lw == "late" || lw == "outgoing" || lw == "retired" || lw == "acting":
			return "" // "Former Microsoft CEO" names whoever holds it now
		case i < k && (isCapitalised(w) || !isWordOnly(w)):
			return "" // "Apple CEO", "U.S. Ambassador": held somewhere named
		case i >= k && i < len(ws)-1 && portfolioWords[lw] && lw != "prime":
			return "" // "Finance Minister": every government has one
		case i >= k && strings.HasSuffix(w, "."):
			return "" // "Gen.": an abbreviation announces a name, no one is called by it alone
		}
	}
	return strings.Join(ws[k:], " ")
}

// isWordOnly reports a word of lower-case letters only ("company",
// "current"), which qualifies no title with a place or an organisation.
func isWordOnly(w string) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// bareRoleAlias returns the bare title of a role ("CEO" of "company
// CEO") when it names the person of cluster c: no other person in the
// corpus is named with that title alone. News writes such a title for the
// one person who holds it in a story ("the CEO said"); one held by two
// persons names neither.
func (r *resolver) bareRoleAlias(c int, m *mention) (string, bool) {
	if m.fullStart >= m.start {
		return "", false
	}
	b := bareTitle(m.role)
	if b == "" {
		return "", false
	}
	owners := r.bareOwners[normKey(b)]
	return b, len(owners) == 1 && owners[r.root(c)]
}

// roleAlias reports whether role names the person of cluster c: a
// name-like role that no other person in the corpus is named with. MEANTIME
// and news write such a title alone for its holder ("the Apple CEO said");
// one held by two persons names neither.
func (r *resolver) roleAlias(c int, role string) bool {
	if !nameLikeRole(role) {
		return false
	}
	owners := r.roleOwners[normKey(role)]
	return len(owners) == 1 && owners[r.root(c)]
}

// evidence explains each alias of an entity named name built from mentions
// ms: the first mention that shows the alias gives its reason.
func (r *resolver) evidence(name string, ms []int) []extract.Evidence {
	byAlias := map[string]extract.Evidence{}
	nameKey := normKey(name)
	// The cluster the canonical name came from: an alias from another
	// cluster is explained by the merge of the two, whichever joined which.
	nameOrigin := -1
	for _, mi := range ms {
		if m := &r.mentions[mi]; !m.pronoun && m.name == name {
			nameOrigin = r.firstCluster[mi]
			break
		}
	}
	for _, mi := range ms {
		m := &r.mentions[mi]
		if m.pronoun {
			continue
		}
		doc := r.docs[m.doc].ID
		// Why the mention's original cluster joined the entity.
		origin := r.originOf(mi)
		if origin.kind == "" && nameOrigin >= 0 && r.firstCluster[mi] != nameOrigin && r.into[nameOrigin] >= 0 {
			origin = r.joined[nameOrigin]
			origin.with = name
		}
		if m.role != "" && r.roleAlias(r.root(m.cluster), m.role) {
			if _, ok := byAlias[m.role]; !ok {
				byAlias[m.role] = extract.Evidence{Alias: m.role, Doc: doc, Kind: kindRole, Score: scoreOf(kindRole), With: m.name}
			}
		}
		if b, ok := r.bareRoleAlias(r.root(m.cluster), m); ok {
			if _, ok := byAlias[b]; !ok {
				byAlias[b] = extract.Evidence{Alias: b, Doc: doc, Kind: kindRole, Score: scoreOf(kindRole), With: m.name}
			}
		}
		for _, alias := range []string{m.name, m.surface} {
			if _, ok := byAlias[alias]; ok {
				continue
			}
			ev := extract.Evidence{Alias: alias, Doc: doc, Score: 1}
			switch {
			case alias == name:
				ev.Kind = kindName
			case m.ev != "" && (alias == m.surface || m.ev != kindTitle):
				ev.Kind, ev.Score, ev.With = m.ev, m.evScore, m.evWith
				if ev.Score == 0 {
					ev.Score = scoreOf(m.ev)
				}
				if ev.With == "" {
					ev.With = m.name
				}
			case origin.kind != "":
				ev.Kind, ev.Score, ev.With = origin.kind, origin.score, origin.with
				if origin.doc >= 0 {
					ev.Doc = r.docs[origin.doc].ID
				}
			case normKey(alias) == nameKey:
				ev.Kind, ev.With = kindSameName, name
				if strings.HasPrefix(strings.ToLower(alias), "the ") {
					ev.Kind = "article"
				}
			default:
				ev.Kind, ev.With = kindSameName, m.name
			}
			ev.Score = round2(ev.Score)
			byAlias[alias] = ev
		}
	}
	out := make([]extract.Evidence, 0, len(byAlias))
	for _, ev := range byAlias {
		out = append(out, ev)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Alias < out[j].Alias })
	return out
}

// originOf returns why the cluster mention mi was first put in joined its
// entity, or a zero value when it is the entity's own.
func (r *resolver) originOf(mi int) joinEvidence {
	// The mention's cluster field holds its final cluster; the first
	// cluster it was put in is the first one listing it.
	c := r.firstCluster[mi]
	if c < 0 || r.into[c] < 0 {
		return joinEvidence{}
	}
	return r.joined[c]
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

// mergeEvidence unites two evidence lists, keeping the first entry per alias.
func mergeEvidence(a, b []extract.Evidence) []extract.Evidence {
	seen := map[string]bool{}
	var out []extract.Evidence
	for _, list := range [][]extract.Evidence{a, b} {
		for _, ev := range list {
			if !seen[ev.Alias] {
				seen[ev.Alias] = true
				out = append(out, ev)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Alias < out[j].Alias })
	return out
}

// best returns the key with the most votes; ties go to less(a, b), or to
// the lexically smaller key.
func best(votes map[string]int, less func(a, b string) bool) string {
	keys := make([]string, 0, len(votes))
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
	dst.Evidence = mergeEvidence(dst.Evidence, src.Evidence)
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

// companyShaped reports a name of several words ending in a legal form or
// a trade word ("Brantwood Logistics", "Corvane Electronics", "Acme Inc.").
func companyShaped(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	return legalFormWord(last) || tradeWord(strings.ToLower(last))
}
