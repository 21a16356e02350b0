package resolve

import (
	"sort"
	"strings"
	"unicode"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/nlp"
)

// Doc is one annotated document.
type Doc struct {
	ID        string
	Sentences []nlp.Sentence
}

// Result holds the resolved entities and where each was mentioned.
type Result struct {
	// Entities are sorted by mentions (most first), then name.
	Entities []extract.Entity
	at       map[tokenKey]int // token → index in Entities
}

type tokenKey struct {
	doc       string
	sent, tok int
}

// EntityAt returns the entity mentioned by token tok of sentence sent of
// document doc, if any.
func (r *Result) EntityAt(doc string, sent, tok int) (id, name string, ok bool) {
	i, ok := r.at[tokenKey{doc, sent, tok}]
	if !ok {
		return "", "", false
	}
	e := &r.Entities[i]
	return e.ID, e.Name, true
}

// mention is one reference to an entity.
type mention struct {
	doc, sent   int
	start, end  int    // tokens of the name proper
	fullStart   int    // first token including titles and roles
	surface     string // text including titles
	name        string // text without titles
	typ         string // PERSON, ORG, GPE, LOC, DOC
	role        string // stripped title words ("Special Envoy")
	key         string // clustering key (places, organisations, documents)
	pronoun     bool
	desc        string // for "the president": the title word it refers by
	cluster     int
	first, last string // person name parts, folded
}

// Resolve finds and links the entity mentions of docs. Known entities (for
// example those a graph already holds) keep their ids and names when a
// cluster matches one of their aliases.
func Resolve(docs []Doc, known []extract.Entity) *Result {
	r := &resolver{docs: docs}
	for di := range docs {
		for si := range docs[di].Sentences {
			r.collect(di, si)
		}
	}
	r.collectKnownSurnames()
	r.rescanNames()
	r.fixBrokenNames()
	r.clusterPeople()
	r.clusterOthers()
	r.linkPronouns()
	return r.result(known)
}

type resolver struct {
	docs     []Doc
	mentions []mention
	clusters [][]int // cluster → mention indices
}

// covered reports whether token i of a sentence already lies in a mention.
func (r *resolver) covered(di, si, i int) bool {
	for k := len(r.mentions) - 1; k >= 0; k-- {
		m := &r.mentions[k]
		if m.doc != di || m.sent != si {
			if m.doc < di || (m.doc == di && m.sent < si) {
				break
			}
			continue
		}
		if i >= m.fullStart && i < m.end {
			return true
		}
	}
	return false
}

// collect adds the mentions of one sentence.
func (r *resolver) collect(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	for _, sp := range s.Entities() {
		start, end := sp.Start, sp.End
		// Trim possessive endings and punctuation from the span's right.
		for end > start && (toks[end-1].XPOS == "POS" || toks[end-1].UPOS == "PUNCT") {
			end--
		}
		for start < end && (toks[start].UPOS == "DET" || toks[start].UPOS == "PUNCT") {
			start++
		}
		if start >= end {
			continue
		}
		switch sp.Type {
		case "PERSON", "PER":
			r.addPerson(di, si, start, end)
		case "LOC", "GPE":
			r.addPlace(di, si, start, end, "LOC")
		case "ORG":
			r.addOrg(di, si, start, end)
		}
	}
	r.collectTitled(di, si)
	r.collectProperNouns(di, si)
	// Gazetteer forms the recogniser missed: demonyms, abbreviations, names.
	for i := 0; i < len(toks); i++ {
		if r.covered(di, si, i) {
			continue
		}
		w := toks[i].Text
		if w == "" || !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		// Longest window first.
		for n := min(gazetteer.MaxWords(), len(toks)-i, 4); n >= 1; n-- {
			if r.covered(di, si, i+n-1) {
				continue
			}
			text := s.SpanText(i, i+n)
			p, kind, ok := gazetteer.Lookup(text)
			if !ok {
				continue
			}
			if kind == gazetteer.Capital && toks[i].UPOS != "PROPN" {
				continue
			}
			r.addPlaceFrom(di, si, i, i+n, p, kind)
			i += n - 1
			break
		}
	}
	r.collectDocuments(di, si)
	// Personal pronouns outside quotes.
	quotes := 0
	for i := range toks {
		t := toks[i].Text
		if t == "\"" || t == "“" || t == "”" || t == "``" || t == "''" {
			quotes++
		}
		if quotes%2 == 1 {
			continue
		}
		switch strings.ToLower(t) {
		case "he", "she", "him", "his", "her":
			r.mentions = append(r.mentions, mention{doc: di, sent: si, start: i, end: i + 1, fullStart: i,
				surface: t, name: t, typ: "PERSON", pronoun: true, cluster: -1})
			continue
		}
		// "the president": a definite title with no name after it.
		if i > 0 && strings.EqualFold(toks[i-1].Text, "the") && personTitles[bareWord(t)] &&
			(i+1 == len(toks) || !isNamePart(toks[i+1].Text, toks[i+1].UPOS)) && !r.covered(di, si, i) {
			r.mentions = append(r.mentions, mention{doc: di, sent: si, start: i, end: i + 1, fullStart: i,
				surface: toks[i-1].Text + " " + t, name: t, typ: "PERSON", pronoun: true,
				desc: canonicalTitle(t), cluster: -1})
		}
	}
}

// addPerson adds a PERSON mention, splitting leading titles into a role.
func (r *resolver) addPerson(di, si, start, end int) {
	toks := r.docs[di].Sentences[si].Tokens
	full := start
	// Titles inside the span.
	for start < end-1 && (isTitle(toks[start].Text) || isNationality(toks[start].Text)) {
		start++
	}
	// Titles and nationalities right before the span.
	for full > 0 {
		t := toks[full-1]
		if isTitle(t.Text) || (isNationality(t.Text) && full < start+1) {
			full--
			continue
		}
		// "White House advisor": a short proper-noun run before a title.
		if full < start && t.UPOS == "PROPN" && isTitle(toks[full].Text) {
			k := full - 1
			for k > 0 && toks[k-1].UPOS == "PROPN" && full-k < 3 {
				k--
			}
			full = k
			continue
		}
		break
	}
	if full > start {
		full = start
	}
	// Drop name suffixes and a possessive.
	nameEnd := end
	words := make([]string, 0, nameEnd-start)
	for i := start; i < nameEnd; i++ {
		words = append(words, toks[i].Text)
	}
	last := len(words) - 1
	for last > 0 && nameSuffixes[bareWord(words[last])] {
		last--
	}
	s := &r.docs[di].Sentences[si]
	m := mention{doc: di, sent: si, start: start, end: end, fullStart: full, typ: "PERSON",
		surface: s.SpanText(full, end), name: s.SpanText(start, end), cluster: -1}
	if full < start {
		m.role = s.SpanText(full, start)
		// Nationality words describe the office's country, not the person's
		// role wording; they stay in the role text.
	}
	if app := appositionRole(s, start, end); app != "" {
		if m.role == "" {
			m.role = app
		} else {
			m.role += ", " + app
		}
	}
	m.last = foldName(words[last])
	if last > 0 {
		m.first = foldName(words[0])
	}
	// A lone title word is not a person.
	if isTitle(m.name) {
		return
	}
	r.mentions = append(r.mentions, m)
	// Nationality and country words in the title are mentions of places.
	for i := full; i < start; i++ {
		if p, kind, ok := gazetteer.Lookup(toks[i].Text); ok && kind != gazetteer.Capital {
			r.addPlaceFrom(di, si, i, i+1, p, kind)
		}
	}
}

// appositionRole returns a title given in apposition to the name in
// tokens [start, end) ("Elena Marchetti, the mayor,"), or "".
func appositionRole(s *nlp.Sentence, start, end int) string {
	for i, t := range s.Tokens {
		if t.Dep != "appos" || t.Head < start || t.Head >= end || !isTitle(t.Text) {
			continue
		}
		from := i
		for from > 0 && s.Tokens[from-1].Head == i && s.Tokens[from-1].UPOS != "PUNCT" && from-1 >= end {
			from--
		}
		return s.SpanText(from, i+1)
	}
	return ""
}

// isNationality reports whether w is a demonym or country abbreviation
// ("Ukrainian", "U.S.").
func isNationality(w string) bool {
	_, kind, ok := gazetteer.Lookup(w)
	return ok && (kind == gazetteer.Demonym || kind == gazetteer.Abbrev)
}

// addPlace adds a location span found by the recogniser.
func (r *resolver) addPlace(di, si, start, end int, typ string) {
	s := &r.docs[di].Sentences[si]
	text := s.SpanText(start, end)
	if p, kind, ok := gazetteer.Lookup(text); ok {
		r.addPlaceFrom(di, si, start, end, p, kind)
		return
	}
	name := strings.TrimSuffix(strings.TrimSuffix(text, " region"), " province")
	r.mentions = append(r.mentions, mention{doc: di, sent: si, start: start, end: end, fullStart: start,
		surface: text, name: name, typ: typ, key: "loc:" + strings.ToLower(name), cluster: -1})
}

// addPlaceFrom adds a mention of a gazetteer place. A capital counts as its
// country only when used as an actor; otherwise it is the city.
func (r *resolver) addPlaceFrom(di, si, start, end int, p gazetteer.Place, kind gazetteer.Kind) {
	s := &r.docs[di].Sentences[si]
	text := s.SpanText(start, end)
	name, typ := p.Name, p.Type
	if kind == gazetteer.Capital && !isActor(s, end-1) {
		name, typ = text, "GPE"
	}
	if typ == "" {
		typ = "GPE"
	}
	r.mentions = append(r.mentions, mention{doc: di, sent: si, start: start, end: end, fullStart: start,
		surface: text, name: name, typ: typ, key: strings.ToLower(typ) + ":" + strings.ToLower(name), cluster: -1})
}

// isActor reports whether token i (a place name) acts as a party: subject,
// object, possessor, or the object of "with", "by", "against" or a noun's
// "to" ("talks with Moscow", "assistance to Kyiv"), rather than a location.
func isActor(s *nlp.Sentence, i int) bool {
	t := s.Tokens[i]
	// Walk to the head of a flat name or compound.
	for (t.Dep == "flat" || t.Dep == "compound" || t.Dep == "flat:name") && t.Head >= 0 {
		if t.Dep == "compound" {
			return false // "the Paris summit": a modifier, not an actor
		}
		i = t.Head
		t = s.Tokens[i]
	}
	switch strings.SplitN(t.Dep, ":", 2)[0] {
	case "nsubj", "obj", "iobj", "csubj":
		return true
	case "nmod":
		if t.Dep == "nmod:poss" {
			return true
		}
	}
	if t.Dep == "obl" || t.Dep == "nmod" {
		for _, c := range s.Children(i) {
			if s.Tokens[c].Dep != "case" {
				continue
			}
			switch strings.ToLower(s.Tokens[c].Text) {
			case "with", "by", "against", "between":
				return true
			case "to", "for":
				return t.Head >= 0 && s.Tokens[t.Head].UPOS == "NOUN"
			}
		}
	}
	return false
}

// addOrg adds an organisation span.
func (r *resolver) addOrg(di, si, start, end int) {
	s := &r.docs[di].Sentences[si]
	text := s.SpanText(start, end)
	// A country, a capital (the government when it acts, else the city)
	// or an organisation the gazetteer knows (NATO).
	if p, kind, ok := gazetteer.Lookup(text); ok {
		r.addPlaceFrom(di, si, start, end, p, kind)
		return
	}
	r.mentions = append(r.mentions, mention{doc: di, sent: si, start: start, end: end, fullStart: start,
		surface: text, name: text, typ: "ORG", key: "org:" + strings.ToLower(text), cluster: -1})
}

// docHeads are nouns that head the names of documents.
var docHeads = set("declaration", "accord", "accords", "treaty", "agreement", "charter", "protocol",
	"memorandum", "communique", "convention", "pact", "resolution", "manifesto", "constitution")

// collectDocuments adds capitalised names of documents ("Paris
// Declaration", "Camp David Accords").
func (r *resolver) collectDocuments(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	for i := range toks {
		if !docHeads[strings.ToLower(toks[i].Text)] || !isCapitalised(toks[i].Text) || i == 0 {
			continue
		}
		start := i
		for start > 0 && isCapitalised(toks[start-1].Text) && toks[start-1].UPOS != "DET" && start-1 > 0 {
			start--
		}
		if start == i {
			continue // a bare "Declaration" is not a name
		}
		if r.covered(di, si, start) {
			// The recogniser or the gazetteer took the first word ("Paris"):
			// the document name wins over a place used as its modifier.
			r.dropMentionsIn(di, si, start, i+1)
		}
		text := s.SpanText(start, i+1)
		r.mentions = append(r.mentions, mention{doc: di, sent: si, start: start, end: i + 1, fullStart: start,
			surface: text, name: text, typ: "DOC", key: "doc:" + strings.ToLower(text), cluster: -1})
	}
}

func (r *resolver) dropMentionsIn(di, si, start, end int) {
	out := r.mentions[:0]
	for _, m := range r.mentions {
		if m.doc == di && m.sent == si && m.start >= start && m.end <= end {
			continue
		}
		out = append(out, m)
	}
	r.mentions = out
}

func isCapitalised(w string) bool {
	for _, c := range w {
		return unicode.IsUpper(c)
	}
	return false
}

// rescanNames finds lower-case or unrecognised occurrences of multi-word
// organisation and document names seen elsewhere ("coalition of the
// willing" after "Coalition of the Willing").
func (r *resolver) rescanNames() {
	names := map[string]mention{}
	var keys []string
	for _, m := range r.mentions {
		if (m.typ == "ORG" || m.typ == "DOC") && strings.Count(m.name, " ") >= 1 {
			k := strings.ToLower(m.name)
			if _, ok := names[k]; !ok {
				keys = append(keys, k)
			}
			names[k] = m
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		want := strings.Fields(k)
		for di := range r.docs {
			for si := range r.docs[di].Sentences {
				toks := r.docs[di].Sentences[si].Tokens
				for i := 0; i+len(want) <= len(toks); i++ {
					ok := true
					for j, w := range want {
						if strings.ToLower(toks[i+j].Text) != w {
							ok = false
							break
						}
					}
					if !ok || r.coveredAny(di, si, i, i+len(want)) {
						continue
					}
					m := names[k]
					text := r.docs[di].Sentences[si].SpanText(i, i+len(want))
					r.mentions = append(r.mentions, mention{doc: di, sent: si, start: i, end: i + len(want), fullStart: i,
						surface: text, name: text, typ: m.typ, key: m.key, cluster: -1})
				}
			}
		}
	}
	r.rescanHeads(names, keys)
	sort.SliceStable(r.mentions, func(i, j int) bool {
		a, b := &r.mentions[i], &r.mentions[j]
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		if a.sent != b.sent {
			return a.sent < b.sent
		}
		return a.start < b.start
	})
}

// rescanHeads adds "the Coalition" (or "the coalition", "coalition
// leaders") for the first word of exactly one multi-word organisation name
// ("Coalition of the Willing").
func (r *resolver) rescanHeads(names map[string]mention, keys []string) {
	heads := map[string][]string{}
	for _, k := range keys {
		if names[k].typ != "ORG" {
			continue
		}
		first := strings.Fields(k)[0]
		heads[first] = append(heads[first], k)
	}
	for di := range r.docs {
		for si := range r.docs[di].Sentences {
			toks := r.docs[di].Sentences[si].Tokens
			for i := 1; i < len(toks); i++ {
				w := toks[i].Text
				ks := heads[strings.ToLower(w)]
				if len(ks) != 1 || r.coveredAny(di, si, i, i+1) {
					continue
				}
				// "the Coalition", and in lower case "the coalition" or
				// "coalition leaders" when the corpus has one such name.
				definite := strings.EqualFold(toks[i-1].Text, "the")
				if !(isCapitalised(w) && definite) && !(toks[i].UPOS == "NOUN" && (definite || toks[i].Dep == "compound")) {
					continue
				}
				if i+1 < len(toks) && isCapitalised(toks[i+1].Text) {
					continue
				}
				m := names[ks[0]]
				surface := w
				if definite {
					surface = toks[i-1].Text + " " + w
				}
				r.mentions = append(r.mentions, mention{doc: di, sent: si, start: i, end: i + 1, fullStart: i,
					surface: surface, name: w, typ: m.typ, key: m.key, cluster: -1})
			}
		}
	}
}

func (r *resolver) coveredAny(di, si, start, end int) bool {
	for _, m := range r.mentions {
		if m.doc == di && m.sent == si && m.fullStart < end && start < m.end {
			return true
		}
	}
	return false
}
