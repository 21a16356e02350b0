package resolve

import (
	"maps"
	"slices"
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
)

// A definite description ("the province", "the ferry", "the bank") stands
// for an entity the text has shown to be of the description's kind. The
// evidence is read off the mentions of the entity, whatever its type:
//
//   - its name ends with the noun ("Tarsen Mutual Bank" for "the bank"),
//     or is headed by it before "of" ("Ministry of Health" for "the
//     ministry");
//   - a place's mention is followed by the noun or comes after "the
//     [adjective] NOUN of" ("Varundi province", "the northern province of
//     Kessary"), which names the place as one of that kind, and a
//     product's is followed by it ("MacBook Air laptops");
//   - the noun labels the name ("the tanker Kestrel Bay");
//   - the noun heads a phrase in apposition with a mention or predicated of
//     it ("The Kestrel Bay, a cargo ship carrying grain,"; "Kessary is a
//     province");
//   - a vessel's prefix opens its name ("MV Harrowgate Dawn" for "the
//     ferry", "the ship", "the vessel").
//
// shownKind is the one test of that evidence; antecedent uses it both for
// the candidates in reach and, with none in reach, for the one entity so
// shown anywhere before.

// placeKindNouns are the kinds of place a name followed by one of them,
// or after "the NOUN of", is said to be ("Varundi province", "the town of
// Castelar").
var placeKindNouns = set("province", "region", "district", "county", "state", "island", "river", "lake",
	"city", "town", "village", "municipality", "prefecture", "canton", "territory", "valley", "bay",
	"peninsula", "archipelago", "oblast", "governorate", "commune", "borough", "suburb")

// shownKind reports whether the text has shown cluster c to be a lw (a
// lower-case noun): see above.
func (r *resolver) shownKind(c int, lw string) bool {
	if c < 0 || c >= len(r.clusters) {
		return false
	}
	// a cluster's mentions span the corpus, and every description in
	// every document asks of the clusters in reach: asked once per
	// cluster and noun (join forgets the answers; a pronoun added to a
	// cluster changes none, as none reads pronouns)
	k := kindKey{c, lw}
	if v, ok := r.kinds[k]; ok {
		return v
	}
	if r.kinds == nil {
		r.kinds = map[kindKey]bool{}
	}
	v := r.shownKindOf(c, lw)
	r.kinds[k] = v
	return v
}

// kindKey is a cluster and a noun.
type kindKey struct {
	c  int
	lw string
}

// shownKindOf is [resolver.shownKind] without its memo.
func (r *resolver) shownKindOf(c int, lw string) bool {
	place := placeType(r.clusterType(c))
	if r.clusterType(c) == "PERSON" && !vesselNouns[lw] {
		return false // "striker Tomas Lind": a person's role is persondesc's to bind
	}
	for _, mi := range r.clusters[c] {
		m := &r.mentions[mi]
		if m.pronoun {
			continue
		}
		if nameHeadIs(m.name, lw) && strings.Contains(strings.TrimSpace(m.name), " ") &&
			(place && placeKindNouns[lw] || r.clusterType(c) == "ORG" && !productNoun(lw)) {
			// "Tollan Bay" for "the bay", "Harwell Savings Bank" for
			// "the bank"; not "Apple Computer" for "the computer", nor
			// a work or product named like a thing ("Pemberly Savings")
			return true
		}
		if vesselNouns[lw] {
			if ws := strings.Fields(strings.ToLower(m.name)); len(ws) > 1 && vesselPrefixes[strings.ToUpper(ws[0])] {
				return true
			}
		}
		s := &r.docs[m.doc].Sentences[m.sent]
		toks := s.Tokens
		if r.clusterType(c) == "MISC" && productNoun(lw) && m.end < len(toks) && kindWord(toks[m.end], lw) {
			return true // "a new lineup of MacBook Air laptops" for "the laptop"
		}
		if place && placeKindNouns[lw] {
			if m.end < len(toks) && kindWord(toks[m.end], lw) {
				return true // "Varundi province"
			}
			if k := m.start - 1; k >= 1 && strings.EqualFold(toks[k].Text, "of") {
				j := k - 1
				if kindWord(toks[j], lw) {
					return true // "the northern province of Kessary"
				}
			}
		}
		h := headOf(s, m)
		if k := m.start - 1; k >= 0 && kindWord(toks[k], lw) && toks[k].Text == strings.ToLower(toks[k].Text) &&
			(k == 0 || toks[k-1].Text != "'s" && toks[k-1].Text != "’s") && !place &&
			(toks[k].Head >= m.start && toks[k].Head < m.end || toks[h].Head == k) &&
			(k == 0 || toks[k-1].UPOS != "DET" || orgNoun(lw) || productNoun(lw)) {
			// "the tanker Kestrel Bay", "contractor Korrwell Systems": one
			// phrase (not "Kessary's ship", a thing of it, nor "During the
			// case Apple Corps showed", two: after a determiner, only a
			// noun of a kind of organisation or product labels a name)
			return true
		}
		if apposKind(toks, m.end, lw) {
			return true // "The Kestrel Bay, a cargo ship carrying grain,"
		}
		for j, t := range toks {
			switch {
			case j > m.end && t.Head == h && t.Dep == "appos" && kindWord(t, lw):
				return true // "The Kestrel Bay, a cargo ship,"
			case j < m.start-1 && toks[h].Head == j && toks[h].Dep == "appos" && kindWord(t, lw):
				return true // "the ship, the Kestrel Bay,"
			case j > m.end && toks[h].Head == j && strings.HasPrefix(toks[h].Dep, "nsubj") && kindWord(t, lw) &&
				childDep(s, j, "cop") > m.end:
				return true // "The Kestrel Bay is a cargo ship"
			}
		}
	}
	return false
}

// kindWord reports a common noun whose lemma or word is lw, or one of its
// kind ("ferry" for "ship": a ferry is a ship, lexicon.Kinds).
func kindWord(t nlp.Token, lw string) bool {
	if t.UPOS != "NOUN" {
		return false
	}
	return strings.EqualFold(t.Lemma, lw) || strings.EqualFold(t.Text, lw) || slices.Contains(lexicon.Kinds(strings.ToLower(t.Lemma)), lw)
}

// kindShown returns the one cluster named so far in the document
// (recent) that the text has shown to be a lw, or -1 when there is none
// or several (unless they are one by two names: the nearest).
func (r *resolver) kindShown(recent []candidate, lw string) int {
	var found, asked []int
	for k := len(recent) - 1; k >= 0; k-- {
		a := recent[k]
		if r.mentions[a.mi].pronoun || containsInt(asked, a.cluster) {
			continue
		}
		asked = append(asked, a.cluster) // shownKind answers a cluster the same every time
		if !r.shownKind(a.cluster, lw) {
			continue
		}
		found = append(found, a.cluster)
	}
	if len(found) == 0 || !r.oneNamed(found) {
		return -1
	}
	return found[0]
}

// kindWordsBefore are modifiers that set a thing apart from the one
// named before rather than describe it: "the other ferry", "the second
// province", "the new ship".
var kindWordsBefore = set("other", "another", "second", "third", "first", "last", "new", "old", "former",
	"next", "previous", "same", "rival", "neighbouring", "neighboring", "nearby", "each", "every", "smaller", "larger")

// kindModifiers returns the first modifier of noun i in "the passenger
// ferry", "the southern province": up to three lower-case adjectives or
// nouns right after "the", none of which sets the thing apart
// (kindWordsBefore) or compares it; i itself when "the" does not open
// such a run.
func kindModifiers(toks []nlp.Token, i int) int {
	j := i
	for j > 0 && i-j < 3 {
		t := toks[j-1]
		lw := strings.ToLower(t.Text)
		if t.Text != lw || t.UPOS != "ADJ" && t.UPOS != "NOUN" || t.XPOS == "JJR" || t.XPOS == "JJS" || kindWordsBefore[lw] {
			break
		}
		j--
	}
	if j == i || j == 0 || !strings.EqualFold(toks[j-1].Text, "the") {
		return i
	}
	return j
}

// namedKinds returns the organisations named so far in the document
// (recent) whose names hold the noun lw or a word of its kind ("Central
// Bank of Valdoria" and "Tarsen Mutual Bank" for "the bank").
func (r *resolver) namedKinds(recent []candidate, lw string) []int {
	var out, asked []int
	for _, a := range recent {
		if r.mentions[a.mi].pronoun || containsInt(asked, a.cluster) {
			continue
		}
		asked = append(asked, a.cluster) // the same answer every time
		if r.clusterType(a.cluster) != "ORG" {
			continue
		}
		if r.clusterNameHas(a.cluster, lw) {
			out = append(out, a.cluster)
		}
	}
	return out
}

// apposKind reports a noun phrase headed by lw set off by a comma at
// token e, right after a name ("…, a cargo ship carrying grain",
// "…, Esterlund's largest mortgage lender,"), read off the words, since
// the parse often hangs such an apposition on the comma: a determiner or
// a possessive name, then modifiers, then the noun and no noun after it.
func apposKind(toks []nlp.Token, e int, lw string) bool {
	if e+1 >= len(toks) || toks[e].Text != "," {
		return false
	}
	k := e + 1
	switch {
	case toks[k].UPOS == "DET":
		k++
	case k+1 < len(toks) && toks[k].UPOS == "PROPN" && (toks[k+1].Text == "'s" || toks[k+1].Text == "’s"):
		k += 2
	default:
		return false
	}
	if k+1 < len(toks) && (toks[k+1].Text == "'s" || toks[k+1].Text == "’s") {
		k += 2 // "the country's biggest builder"
	}
	for ; k < len(toks) && k < e+8; k++ {
		t := toks[k]
		if kindWord(t, lw) {
			if strings.HasPrefix(t.Dep, "nsubj") {
				return false // "…in Oslo, the club said": the subject of what follows
			}
			if k+1 == len(toks) {
				return true
			}
			n := toks[k+1]
			return n.UPOS != "NOUN" && n.UPOS != "PROPN" && (n.UPOS != "VERB" && n.UPOS != "AUX" || strings.HasPrefix(n.Dep, "acl"))
		}
		if t.UPOS != "ADJ" && t.UPOS != "NOUN" && t.UPOS != "NUM" && t.UPOS != "ADV" || t.Text != strings.ToLower(t.Text) {
			return false
		}
	}
	return false
}

// nameKindNoun reports an organisation noun that organisations of its
// kind carry in their names as that very word ("Tarsen Mutual Bank",
// "Rail Workers' Union", "Green Party"): when the story names any so,
// "the bank" is one of them. ("The carrier" may be Skyline Regional in a
// story that also names Norvale Air.)
func nameKindNoun(lw string) bool {
	return lw == "bank" || lw == "union" || lw == "party" || lw == "exchange"
}

// kindTopic returns, of the organisations named (each called a lw by its
// name), the one the story so far (recent) has mentioned at least twice,
// by name or description, and twice as often as any other of them: "the
// bank" in a story about the Central Bank of Esterlund that names
// Nordhavn Savings Bank once. Pronouns do not count: a sentence about the
// other bank says "it" and "its" as often. -1 when there is none.
func (r *resolver) kindTopic(recent []candidate, named []int) int {
	count := map[int]int{}
	for _, a := range recent {
		if m := &r.mentions[a.mi]; containsInt(named, a.cluster) && (!m.pronoun || m.desc != "") {
			count[a.cluster]++ // names and descriptions, not "it"
		}
	}
	return dominant(count, named)
}

// dominant returns, of clusters cs (taken in order, the first winning a
// tie), the one counted at least twice and twice as often as any other,
// or -1.
func dominant(count map[int]int, cs []int) int {
	best, second := -1, 0
	for _, c := range cs {
		n := count[c]
		switch {
		case best < 0 || n > count[best]:
			if best >= 0 {
				second = max(second, count[best])
			}
			best = c
		default:
			second = max(second, n)
		}
	}
	if best >= 0 && count[best] >= 2 && count[best] >= 2*second {
		return best
	}
	return -1
}

// besideMention reports whether description p opens a phrase set off by
// a comma right after a mention of cluster c ("Carvenia, the country's
// largest trading partner"): a phrase about c, whose "the country" is
// another.
func (r *resolver) besideMention(p *mention, c int) bool {
	for _, mi := range r.clusters[c] {
		m := &r.mentions[mi]
		if m.doc == p.doc && m.sent == p.sent && m.end+2 == p.start {
			toks := r.docs[m.doc].Sentences[m.sent].Tokens
			return toks[m.end].Text == ","
		}
	}
	return false
}

// oneNamed reports whether every cluster of cs has a name that is a
// shorter or longer form of one of the first's ("Tollan", "Tollan
// island"): one thing by two names.
func (r *resolver) oneNamed(cs []int) bool {
	for _, c := range cs[1:] {
		if c != cs[0] && !r.namesWithin(cs[0], c) {
			return false
		}
	}
	return true
}

// namedInDoc returns the one organisation of description m's document,
// named before or after it, whose name holds its noun ("the ministry":
// Ministry of Health and Sanitation) or its modifier with a noun of its
// kind ("the national safety regulator": National Industrial Safety
// Board), or -1 when there is none or several. Nouns that name a business
// by its trade ("the company", "the operator") are left to what came
// before: a story names a company before it calls it so.
func (r *resolver) namedInDoc(m *mention) int {
	lw := strings.ToLower(m.name)
	fits := func(name string) bool { return nameHasWord(name, lw) && descHeads(name, lw) }
	if ws, ok := strings.CutPrefix(m.desc, "words:"); ok {
		mod, head, _ := strings.Cut(ws, " ")
		if !publicNouns[head] && !publicHeads[head] {
			return -1
		}
		fits = func(name string) bool {
			return nameHasWord(name, mod) && orgKindFits(head, name) && nameHasAny(name, publicHeadList...)
		}
	} else if !publicHeads[lw] || r.docs[m.doc].Sentences[m.sent].Tokens[m.start].XPOS == "NNS" {
		return -1
	}
	found := -1
	span := r.docMentions[m.doc]
	for i := span[0]; i < span[1]; i++ {
		o := &r.mentions[i]
		if o.doc != m.doc || o.pronoun || o.cluster < 0 {
			continue
		}
		c := r.root(o.cluster)
		if c == found || r.clusterType(c) != "ORG" || !fits(r.clusterName(c)) {
			continue
		}
		if found >= 0 && !r.namesWithin(found, c) {
			return -1
		}
		if found < 0 {
			found = c
		}
	}
	return found
}

// publicHeadList lists publicHeads.
var publicHeadList = func() []string {
	var out []string
	for w := range publicHeads {
		out = append(out, w)
	}
	return out
}()

// coordinated reports whether a mention of cluster c in sentence sent is
// joined by "and", "or" or a comma to a mention of another candidate
// ("Pellworth Foods and Garrick Brands ended talks"): the two share the
// subject, whatever the parse made of the second, and neither is the one
// a later "the company" takes by parallelism.
func (r *resolver) coordinated(recent []candidate, sent, c int, inCands map[int]bool) bool {
	for _, a := range recent {
		if a.sent != sent || a.cluster != c {
			continue
		}
		am := &r.mentions[a.mi]
		toks := r.docs[am.doc].Sentences[am.sent].Tokens
		for _, b := range recent {
			bm := &r.mentions[b.mi]
			if b.sent != sent || b.cluster == c || !inCands[b.cluster] || bm.pronoun {
				continue
			}
			lo, hi := am.end, bm.start
			if bm.end <= am.start {
				lo, hi = bm.end, am.start
			}
			if hi <= lo || hi-lo > 2 {
				continue
			}
			joined := true
			for _, t := range toks[lo:hi] {
				if w := strings.ToLower(t.Text); w != "and" && w != "or" && w != "," {
					joined = false
				}
			}
			if joined {
				return true
			}
		}
	}
	return false
}

// leadArticle returns the index of the indefinite article that opens the
// phrase headed by noun i when only words in lower case (modifiers, "and")
// stand between them ("A paint and coatings manufacturer"), or -1.
func leadArticle(toks []nlp.Token, i int) int {
	for k := i - 1; k >= 0 && i-k <= 5; k-- {
		t := toks[k]
		switch {
		case strings.EqualFold(t.Text, "a") || strings.EqualFold(t.Text, "an"):
			if t.UPOS == "DET" {
				return k
			}
			return -1
		case t.Text != strings.ToLower(t.Text):
			return -1 // a name: "A Varnby manufacturer" says which
		case t.UPOS == "ADJ" || t.UPOS == "NOUN" || t.UPOS == "CCONJ" || t.Text == "-":
		default:
			return -1
		}
	}
	return -1
}

// leadOrg returns the organisation a lead's new organisation of kind lw
// ("A paint manufacturer has been fined ...") stands for: of the
// organisations of document doc whose names fit the kind, the one named
// most, twice as often as any other, or the only one; -1 otherwise.
func (r *resolver) leadOrg(doc int, lw string) int {
	count := map[int]int{}
	span := r.docMentions[doc]
	for i := span[0]; i < span[1]; i++ {
		m := &r.mentions[i]
		if m.doc != doc || m.pronoun || m.cluster < 0 {
			continue
		}
		c := r.root(m.cluster)
		if r.clusterType(c) != "ORG" || r.outlet(m) || !orgKindFits(lw, r.clusterName(c)) {
			continue
		}
		count[c]++
	}
	cs := slices.Sorted(maps.Keys(count))
	if len(cs) == 1 {
		return cs[0]
	}
	return dominant(count, cs)
}
