package salience

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/lemma"
	"github.com/storygraph/storygraph/extract/lexicon"
)

// index resolves argument text to entities.
type index struct {
	ents   []extract.Entity // sorted by id, unique
	byID   map[string]int
	byName map[string]int // lower-cased name or alias; -1 when ambiguous
	// embedded maps the first word of a name or alias, as written, to the
	// names starting with it, for "UK leaders" (groups only).
	embedded map[string][]alias
	// works maps the head lemma of the name of a document, law, work or
	// event ("Peace Treaty" → treaty) to those names.
	works map[string][]workName
}

// workName is the name of a work-like entity read as a noun phrase.
type workName struct {
	ent   int
	words map[string]bool // its other words, lower-cased, with their lemmas
	comp  []string        // its "of" complement, lower-cased
}

type alias struct {
	words []string
	ent   int
}

// groupTypes are the entity types a group of people can be named after
// ("UK leaders", "coalition officials").
var groupTypes = set("GPE", "ORG", "NORP", "LOC")

// workTypes are the entity types whose name is its kind plus what tells it
// apart ("Peace Treaty", "Camp David Accords", "Paris Summit"): a "the
// treaty" in a document naming one is most likely that one. An
// organisation's or a person's last word is no kind ("British Troops Ltd",
// "Rolling Stones"), so they are left out.
var workTypes = set("DOC", "LAW", "WORK_OF_ART", "EVENT")

// workHeads are nouns that name a kind of document or event: a name of
// another type (but a person's) headed by one is work-like too ("Paris
// Summit" tagged a place).
var workHeads = set("treaty", "accord", "agreement", "declaration", "charter", "protocol", "pact",
	"convention", "memorandum", "communique", "resolution", "manifesto", "constitution", "summit",
	"conference", "referendum", "election", "festival", "championship")

func newIndex(entities []extract.Entity) *index {
	ix := &index{byID: make(map[string]int, len(entities)), byName: make(map[string]int, 2*len(entities)),
		embedded: map[string][]alias{}, works: map[string][]workName{}, ents: make([]extract.Entity, 0, len(entities))}
	for _, e := range entities {
		if e.ID == "" {
			e.ID = extract.EntityID(e.Type, e.Name)
		}
		ix.ents = append(ix.ents, e)
	}
	slices.SortStableFunc(ix.ents, func(a, b extract.Entity) int { return cmp.Compare(a.ID, b.ID) })
	ix.ents = slices.CompactFunc(ix.ents, func(a, b extract.Entity) bool { return a.ID == b.ID })
	for i, e := range ix.ents {
		ix.byID[e.ID] = i
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := norm(n)
			if k == "" {
				continue
			}
			if j, ok := ix.byName[k]; ok && j != i {
				ix.byName[k] = -1
			} else {
				ix.byName[k] = i
			}
			if groupTypes[strings.ToUpper(e.Type)] {
				w := strings.Fields(n)
				if len(w) > 0 && startsUpper(w[0]) {
					ix.embedded[w[0]] = append(ix.embedded[w[0]], alias{w, i})
				}
			}
			if t := strings.ToUpper(e.Type); t != "PERSON" {
				ix.addWork(n, i, workTypes[t])
			}
		}
	}
	return ix
}

// addWork indexes the name n of entity i by its head lemma when the entity
// is work-like: of a work type (typed), or headed by one of workHeads.
func (ix *index) addWork(n string, i int, typed bool) {
	np, ofAt, ok := nounPhrase(strings.Fields(n))
	if !ok || len(np) == 0 {
		return
	}
	head := len(np) - 1
	if ofAt >= 0 {
		head = ofAt - 1
	}
	if head < 0 || !isWord(np[head]) {
		return
	}
	h := lemma.Lemmatize(strings.ToLower(np[head]), "NOUN")
	if !typed && !workHeads[h] {
		return
	}
	w := workName{ent: i, words: map[string]bool{}}
	for _, x := range np[:head] {
		lx := strings.ToLower(x)
		w.words[lx] = true
		w.words[lemma.Lemmatize(lx, "NOUN")] = true
	}
	if ofAt >= 0 {
		for _, x := range np[ofAt:] {
			w.comp = append(w.comp, strings.ToLower(x))
		}
	}
	for _, o := range ix.works[h] {
		if o.ent == i && maps.Equal(o.words, w.words) && slices.Equal(o.comp, w.comp) {
			return
		}
	}
	ix.works[h] = append(ix.works[h], w)
}

// work returns the work-like entity (a document, law, work or event) a
// concept phrase refers to in a fact from the documents docs, -1 when none
// or several: the entity's name has the phrase's head lemma ("the treaty",
// "a peace treaty" → "Peace Treaty"), every modifier of the phrase is a
// word of that name and its "of" complement is the name's, the phrase
// starts with "the", "this" … or carries such a modifier (a bare "a
// treaty" or "a new treaty" may be another one), and one of docs names the
// entity.
func (ix *index) work(p phrase, docs []string) int {
	if !p.demonstrative && len(p.pre) == 0 && len(p.comp) == 0 && len(p.names) == 0 && len(p.place) == 0 {
		return -1
	}
	found := -1
	for _, w := range ix.works[p.head] {
		if w.ent == found {
			continue
		}
		if len(p.comp) > 0 && !slices.Equal(p.comp, w.comp) {
			continue
		}
		fits := true
		for _, m := range slices.Concat(p.pre, p.names, p.place) {
			fits = fits && (w.words[m] || w.words[lemma.Lemmatize(m, "NOUN")])
		}
		if !fits {
			continue
		}
		// Named in another document, the entity is the one meant only
		// when the phrase states every word of its name ("a summit in
		// Paris" is the Paris Summit).
		if !ix.inDocs(w.ent, docs) && !w.spelt(p) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = w.ent
	}
	return found
}

// spelt reports whether phrase p states every word of the name w besides
// its head, as a modifier, a name or the place it is in, and the name has
// such a word.
func (w workName) spelt(p phrase) bool {
	if len(w.words) == 0 || p.another {
		return false
	}
	said := map[string]bool{}
	for _, m := range slices.Concat(p.pre, p.names, p.place) {
		said[m] = true
		said[lemma.Lemmatize(m, "NOUN")] = true
	}
	for x := range w.words {
		if !said[x] {
			return false
		}
	}
	return true
}

// documents returns the number of distinct documents the entities are
// named in.
func (ix *index) documents() int {
	seen := map[string]struct{}{}
	for i := range ix.ents {
		for _, d := range ix.ents[i].Docs {
			seen[d] = struct{}{}
		}
	}
	return len(seen)
}

// inDocs reports whether entity i occurs in one of docs.
func (ix *index) inDocs(i int, docs []string) bool {
	for _, d := range docs {
		if slices.Contains(ix.ents[i].Docs, d) {
			return true
		}
	}
	return false
}

func norm(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// exact returns the entity whose name or alias is text (a leading "the"
// ignored), -1 when none or several.
func (ix *index) exact(text string) int {
	k := norm(text)
	if i, ok := ix.byName[k]; ok {
		return i
	}
	words := strings.Fields(k)
	for len(words) > 1 && (determiners[words[0]] || vague[words[0]]) {
		words = words[1:]
		if i, ok := ix.byName[strings.Join(words, " ")]; ok {
			return i
		}
	}
	return -1
}

// agentNouns head a group of people acting for an entity ("UK leaders",
// "Ukrainian officials", "the US delegation"), as lemmas.
var agentNouns = set("leader", "official", "negotiator", "envoy", "delegation", "government", "force",
	"troop", "soldier", "military", "authority", "diplomat", "minister", "president", "side", "ally",
	"nation", "partner", "representative", "lawmaker", "administration", "army", "police", "team",
	"counterpart", "spokesperson", "spokesman", "spokeswoman", "prosecutor", "regulator", "navy",
	"parliament", "cabinet", "camp", "embassy", "ministry", "delegate", "commander", "agency",
	"executive", "board", "management", "staff", "member", "negotiating", "investigator", "officer")

// functionWords never sit inside a group name.
var functionWords = set("of", "in", "on", "at", "for", "with", "from", "by", "to", "and", "or", "but",
	"that", "which", "who", "whose", "as", "after", "before", "into", "about", "against", "over")

// group returns the entity a group of people is named after: one GPE, ORG,
// NORP or LOC name or alias written inside text, the other words lower-case
// modifiers ending in an agent noun ("UK leaders", "senior American
// envoys", "Ukraine's military"); -1 otherwise.
func (ix *index) group(text string) int {
	return ix.groupWords(strings.Fields(text))
}

func (ix *index) groupWords(words []string) int {
	words = slices.Clone(words)
	for i, w := range words {
		words[i] = trimPossessive(w)
	}
	for len(words) > 0 && determiners[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) < 2 || len(words) > 5 {
		return -1
	}
	found, at, size := -1, 0, 0
	for i, w := range words {
		for _, a := range ix.embedded[w] {
			if len(a.words) > size && i+len(a.words) <= len(words) && slices.Equal(words[i:i+len(a.words)], a.words) {
				found, at, size = a.ent, i, len(a.words)
			}
		}
	}
	if found < 0 {
		return -1
	}
	rest := append(slices.Clone(words[:at]), words[at+size:]...)
	if len(rest) == 0 || len(rest) > 3 {
		return -1
	}
	for _, w := range rest {
		if startsUpper(w) || functionWords[strings.ToLower(w)] || !isWord(w) {
			return -1
		}
	}
	if at+size == len(words) { // the name must modify the agent noun
		return -1
	}
	if !agentNouns[lemma.Lemmatize(strings.ToLower(rest[len(rest)-1]), "NOUN")] {
		return -1
	}
	return found
}

func trimPossessive(w string) string {
	for _, s := range []string{"'s", "’s", "'", "’"} {
		if t, ok := strings.CutSuffix(w, s); ok && t != "" {
			return t
		}
	}
	return w
}

// resolveArg returns the entity ids an argument names: the entity of id,
// and the entities of the conjuncts of a joint argument ("Britain and
// France", "he and Kushner"; every conjunct must name one, but for one the
// id stands for), and the entity a group of people is named after ("UK and
// French leaders" → both, "senior American envoys"). An object that is a
// list with an unresolved member names nothing but its id. An id is dropped when the entity only
// modifies the phrase's head ("NATO member troops" names troops, not NATO),
// so that the phrase may be read as a concept.
func (ix *index) resolveArg(text, id string, subject bool) []string {
	var out []int
	if id != "" {
		i, ok := ix.byID[id]
		// Fast path: the text is the entity's name or an alias.
		if j, named := ix.byName[norm(text)]; ok && named && j == i {
			return []string{id}
		}
		if ok && !ix.modifierOnly(text, i, subject) {
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		if i := ix.exact(text); i >= 0 { // "Lind & Sons" is one name
			return []string{ix.ents[i].ID}
		}
	}
	conj := conjuncts(text)
	var found []int
	unresolved := 0
	for _, c := range conj {
		i := ix.exact(c)
		if i < 0 {
			i = ix.groupRole(c, subject)
		}
		if i < 0 {
			unresolved++
			continue
		}
		found = append(found, i)
	}
	// "UK and French leaders": the agent noun of the last conjunct is
	// shared by the first ones.
	if unresolved > 0 && len(conj) > 1 {
		last := strings.Fields(conj[len(conj)-1])
		if n := len(last); n >= 2 && agentNouns[lemma.Lemmatize(strings.ToLower(last[n-1]), "NOUN")] &&
			(subject || !unitNouns[lemma.Lemmatize(strings.ToLower(last[n-1]), "NOUN")]) {
			for _, c := range conj[:len(conj)-1] {
				if ix.exact(c) < 0 {
					if i := ix.group(c + " " + last[n-1]); i >= 0 {
						found = append(found, i)
						unresolved--
					}
				}
			}
		}
	}
	idCovers := len(out) == 1 && !slices.Contains(found, out[0])
	if unresolved == 0 || (unresolved == 1 && idCovers && len(conj) > 1) {
		for _, i := range found {
			if !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
	}
	if !subject && id == "" && len(conj) > 1 && unresolved > 0 {
		out = nil
	}
	ids := make([]string, len(out))
	for k, i := range out {
		ids[k] = ix.ents[i].ID
	}
	return ids
}

// unitNouns are agent nouns for bodies of armed people ("NATO troops",
// "Osterian forces"). Acting, they stand for their country or alliance; as
// the object of a fact they are the people themselves: a country that
// rejects, sends or withdraws "NATO member troops" does that to troops,
// not to NATO.
var unitNouns = set("troop", "force", "soldier", "military", "army", "navy", "police", "peacekeeper")

// groupRole is groupPhrase for an argument in its role: as an object, a
// group headed by one of unitNouns names no entity.
func (ix *index) groupRole(text string, subject bool) int {
	i := ix.groupPhrase(text)
	if i < 0 || subject {
		return i
	}
	if p, ok := parsePhrase(text); ok && unitNouns[p.head] {
		return -1
	}
	return i
}

// groupPhrase is group on the noun phrase text starts with.
func (ix *index) groupPhrase(text string) int {
	if i := ix.group(text); i >= 0 {
		return i
	}
	np, _, _ := nounPhrase(strings.Fields(text))
	if len(np) == 0 {
		return -1
	}
	return ix.groupWords(np)
}

// modifierOnly reports whether entity i is named in text only as a
// modifier of a lower-case head noun that is no agent noun ("any NATO
// member troops inside Ukraine" as an object: see groupRole).
func (ix *index) modifierOnly(text string, i int, subject bool) bool {
	if ix.exact(text) == i || ix.groupRole(text, subject) == i {
		return false
	}
	p, ok := parsePhrase(text)
	if !ok || !p.namedModifier {
		return false
	}
	return true
}

// conjuncts splits a short argument at "and", "&" and commas; a long one
// (a clause, most likely) is one conjunct.
func conjuncts(text string) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return nil
	}
	if len(words) > 8 {
		return []string{strings.Join(words, " ")}
	}
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		switch {
		case lw == "and" || lw == "&" || lw == "both":
			flush()
		case strings.HasSuffix(w, ","):
			cur = append(cur, strings.TrimSuffix(w, ","))
			flush()
		default:
			cur = append(cur, w)
		}
	}
	flush()
	return out
}

// ClauseObject reports whether f's object is a clause or a quote rather
// than a thing: the object of a verb of saying or thinking ("said the
// talks …", even when an entity starts it), or a non-entity object starting
// with "that", "to", "whether", "how" or a quotation mark.
func ClauseObject(f *extract.Fact) bool {
	words := relationWords(f)
	if n := len(words); n > 0 && (words[n-1] == "that" || words[n-1] == "whether") {
		return true
	}
	for _, w := range words {
		if lexicon.Reporting(w) {
			return true
		}
	}
	obj := strings.TrimSpace(f.Object)
	if obj == "" || f.ObjectID != "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(obj); strings.ContainsRune("\"“‘'«", r) {
		return true
	}
	first := strings.ToLower(strings.Fields(obj)[0])
	return clauseStarts[first]
}

var clauseStarts = set("that", "to", "whether", "how", "if", "what", "why", "when", "where", "which", "who")

// determiners are dropped from the start of a phrase.
var determiners = set("a", "an", "the", "any", "all", "some", "this", "these", "that", "those", "their",
	"its", "his", "her", "our", "my", "your", "such", "another", "each", "every", "both", "no", "either",
	"neither", "much", "more", "most", "so-called", "also")

// possessives start a phrase about someone's own thing ("his troops"),
// which is no concept shared with other facts.
var possessives = set("his", "her", "its", "their", "our", "my", "your")

// vague modifiers say nothing about which thing is meant and are left out
// of a concept's label.
var vague = set("future", "potential", "possible", "new", "further", "current", "former",
	"same", "other", "major", "key", "proposed", "emerging", "specific", "several",
	"many", "additional", "earlier", "previous", "recent", "long-term", "short-term", "significant",
	"direct", "real", "entire", "whole", "full", "main", "big", "large", "small", "very", "high-level", "high-stakes",
	"critical", "certain", "various", "few", "initial", "overall", "broader", "broad")

// ordinals tell things of one kind apart ("the first framework", "the
// second framework"): they are no vague modifiers.
var ordinals = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "last", "final")

// cutWords end a phrase: prepositions (but "of"), conjunctions, relative
// words, auxiliaries.
var cutWords = set("to", "in", "on", "at", "for", "with", "from", "by", "after", "before", "into",
	"about", "against", "between", "during", "through", "across", "including", "like", "as", "inside",
	"over", "under", "within", "without", "toward", "towards", "amid", "among", "upon", "via", "than",
	"and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "where", "when", "while",
	"because", "if", "since", "until", "unless", "despite", "per", "according")

// auxiliaries in a phrase make it a clause.
var auxiliaries = set("is", "are", "was", "were", "be", "been", "being", "am", "would", "will", "could",
	"should", "can", "may", "might", "must", "shall", "has", "have", "had", "do", "does", "did", "'re",
	"’re", "'s", "’s", "not", "n't")

// stopHeads are heads too vague or too grammatical to be a concept.
var stopHeads = set("it", "they", "them", "he", "she", "him", "we", "us", "i", "you", "one", "ones",
	"itself", "themselves", "himself", "herself", "this", "that", "these", "those", "thing", "way",
	"part", "lot", "number", "kind", "type", "place", "point", "end", "term", "time", "times", "once",
	"other", "others", "something", "anything", "everything", "nothing", "someone", "anyone", "everyone",
	"people", "what", "which", "who", "there", "here", "side", "case", "fact", "matter", "question",
	"issue", "sentiment", "message", "idea", "need", "short", "lead", "step", "move", "approach",
	"order", "sort", "bit", "rest", "all", "both", "each", "most", "many", "much", "more", "less",
	"plenty", "concrete", "unresolved", "ready", "element", "component", "aspect", "detail", "closer")

// phrase is a noun phrase read as a possible concept.
type phrase struct {
	head    string   // lemma of the head noun
	surface string   // the head as written, lower-cased
	pre     []string // modifiers before the head, lower-cased, vague ones left out
	comp    []string // the "of" complement ("declaration of intent" → intent)
	// namedModifier is set when a name modifies the head ("NATO member
	// troops").
	namedModifier bool
	// definite is set when the phrase starts with "the", "this", "these",
	// "that" or "those": it may refer back to a fuller mention. So may one
	// whose modifiers were all left out ("a proposed US-led mechanism"),
	// but not one about no particular thing ("any future attacks") or
	// another one ("a major new pledge").
	definite bool
	// demonstrative is set when the phrase starts with "the", "this",
	// "these", "that" or "those".
	demonstrative bool
	// another is set when a modifier introduces another thing than one
	// mentioned before ("a new summit"), or no particular one ("any
	// summit").
	another bool
	// article is set when the phrase starts with "a" or "an".
	article bool
	// names holds the capitalised modifiers, lower-cased ("the Paris
	// treaty" → paris).
	names []string
	// owner holds the name that owns the thing, lower-cased, without "'s"
	// ("Harbour Bank's revenue" → harbour bank), and ownerText the name as
	// written ("Harbour Bank's").
	owner     []string
	ownerText string
	// place holds the name of the place an "in" or "at" right after the
	// head puts the thing, lower-cased ("a summit in Paris" → paris).
	place []string
	// with holds the name of the other party a "with" or "between" right
	// after the head names, lower-cased ("talks with Moscow" → moscow),
	// and withText that name as written.
	with     []string
	withText string
}

// nounPhrase returns the words of the noun phrase words start with, as
// written (leading determiners and possessors left out, cut at the first
// preposition but "of", conjunction, relative word or punctuation), and the
// index in it where an "of" complement starts (-1 when none). ok is false
// when an auxiliary shows the words are a clause.
func nounPhrase(words []string) (np []string, ofAt int, ok bool) {
	ofAt = -1
	for _, w := range words {
		lw := strings.ToLower(w)
		stop := false
		if t := strings.TrimRight(w, ",;:—–."); t != w {
			w, lw, stop = t, strings.ToLower(t), true
		}
		if len(np) == 0 && (determiners[lw] || isPossessive(w)) {
			if stop {
				break
			}
			continue
		}
		if auxiliaries[lw] {
			return nil, -1, false
		}
		if cutWords[lw] || lw == "—" || lw == "-" {
			break
		}
		if lw == "of" {
			if ofAt >= 0 || len(np) == 0 {
				break
			}
			ofAt = len(np)
			continue
		}
		if w != "" {
			np = append(np, w)
		}
		if stop || (ofAt >= 0 && len(np)-ofAt >= 2) {
			break
		}
	}
	if ofAt == len(np) { // "of" with nothing after it
		ofAt = -1
	}
	return np, ofAt, true
}

// nonSpecific determiners start a phrase about no particular thing ("any
// future attacks", "no deal"): it cannot refer back to a fuller mention.
var nonSpecific = set("any", "no", "every", "each", "another", "some", "either", "neither")

// anotherOne are modifiers that introduce a thing other than the one
// mentioned before ("a major new pledge", "further talks"), unless a
// demonstrative points back ("this new plan").
var anotherOne = set("new", "other", "another", "separate", "fresh", "different", "additional", "further")

// parsePhrase reads text as a noun phrase and returns its head, or false
// when it is a clause, a pronoun, a name or too vague.
func parsePhrase(text string) (phrase, bool) {
	var p phrase
	text = strings.Map(func(r rune) rune {
		if strings.ContainsRune("\"“”«»()[]", r) {
			return ' '
		}
		return r
	}, text)
	words := strings.Fields(text)
	if len(words) == 0 || clauseStarts[strings.ToLower(words[0])] || possessives[strings.ToLower(words[0])] {
		return p, false
	}
	np, ofAt, ok := nounPhrase(words)
	if !ok {
		return p, false
	}
	// "Tidewater's revenue": nounPhrase leaves a leading possessor out.
	for _, w := range words {
		if determiners[strings.ToLower(w)] {
			continue
		}
		if isPossessive(w) && startsUpper(w) && len(np) > 0 && w != np[0] {
			p.owner = []string{trimPossessive(strings.ToLower(w))}
			p.ownerText = w
		}
		break
	}
	switch strings.ToLower(words[0]) {
	case "the", "this", "these", "that", "those":
		p.definite, p.demonstrative = true, true
	case "a", "an":
		p.article = true
	}
	head := len(np) - 1
	if ofAt >= 0 {
		head = ofAt - 1
	}
	if head < 0 || head > 4 {
		return p, false
	}
	// "significantly closer": an adverb and an adjective.
	if head == 1 && strings.HasSuffix(strings.ToLower(np[0]), "ly") {
		return p, false
	}
	hw := np[head]
	if startsUpper(hw) || !isWord(hw) || utf8.RuneCountInString(hw) < 3 {
		return p, false
	}
	lh := strings.ToLower(hw)
	if stopHeads[lh] || lexicon.TimeWord(lh) || vague[lh] {
		return p, false
	}
	p.surface = lh
	p.head = lemma.Lemmatize(lh, "NOUN")
	if stopHeads[p.head] {
		return p, false
	}
	if head > 0 {
		p.definite = true
	}
	if !p.demonstrative && nonSpecific[strings.ToLower(words[0])] {
		p.definite, p.another = false, true
	}
	for _, w := range np[:head] {
		lw := strings.ToLower(w)
		if !p.demonstrative && anotherOne[lw] {
			p.definite, p.another = false, true
		}
		if startsUpper(w) || (strings.ContainsAny(w, ".") && strings.ContainsFunc(w, unicode.IsLetter)) {
			p.namedModifier = true
			p.names = append(p.names, lw)
			if isPossessive(w) {
				p.owner = append(p.owner[:0], p.names...)
				p.owner[len(p.owner)-1] = trimPossessive(lw)
				p.ownerText = strings.Join(np[:slices.Index(np[:head], w)+1], " ")
			}
			continue
		}
		if !isWord(w) || vague[lw] || determiners[lw] || strings.HasSuffix(lw, "ly") {
			continue
		}
		p.pre = append(p.pre, lw)
	}
	if ofAt >= 0 {
		for _, w := range np[ofAt:] {
			if !isWord(w) {
				break
			}
			p.comp = append(p.comp, strings.ToLower(w))
		}
	} else {
		p.place = lower(nameAfter(words, np, "in", "at"))
		with := nameAfter(words, np, "with", "between")
		p.with, p.withText = lower(with), strings.Join(with, " ")
	}
	return p, true
}

// lower returns words lower-cased, nil for none.
func lower(words []string) []string {
	if len(words) == 0 {
		return nil
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToLower(w)
	}
	return out
}

// nameAfter returns the name, as written, that one of preps puts right
// after the noun phrase np, the start of words: with "in" and "at", the
// place ("a summit in Paris on Tuesday" → Paris; "talks in the Gulf" →
// Gulf); with "with" and "between", the other party ("talks with Moscow"
// → Moscow). One or two capitalised words; nil when there are none.
func nameAfter(words, np []string, preps ...string) []string {
	if len(np) == 0 {
		return nil
	}
	last := np[len(np)-1]
	at := -1
	for i, w := range words {
		if w == last {
			at = i
			break
		}
	}
	if at < 0 || at+2 >= len(words) {
		return nil
	}
	if !slices.Contains(preps, strings.ToLower(words[at+1])) {
		return nil
	}
	rest := words[at+2:]
	if strings.ToLower(rest[0]) == "the" {
		rest = rest[1:]
	}
	var out []string
	for _, w := range rest {
		t := strings.TrimRight(w, ",;:.")
		if !startsUpper(t) || !isWord(t) || len(out) == 3 {
			break
		}
		out = append(out, t)
		if t != w {
			break
		}
	}
	if len(out) == 3 { // a long name: most likely no place
		return nil
	}
	return out
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'")
}

// isWord reports whether w is letters, with inner hyphens.
func isWord(w string) bool {
	if w == "" || strings.HasPrefix(w, "-") || strings.HasSuffix(w, "-") {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// conceptLabel words a concept from its phrases: the head as most often
// written; the modifiers at least a third of the phrases have, when every
// other phrase has them too or is a definite phrase without modifiers
// ("security guarantees" from "long-term security guarantees" and "the
// guarantees"); and the "of" complement half of them have.
func conceptLabel(ps []phrase) string {
	surface := mostCommon(ps, func(p phrase) (string, bool) { return p.surface, true })
	var pre []string
	for k := 1; k <= 2; k++ {
		c := mostCommonCount(ps, func(p phrase) (string, bool) {
			if len(p.pre) < k {
				return "", false
			}
			return strings.Join(p.pre[len(p.pre)-k:], " "), true
		})
		if c.key == "" || c.count*3 < len(ps) {
			break
		}
		// A phrase with other modifiers ("detailed plans" beside
		// "five-point plan"), or a bare or indefinite one ("into force"
		// beside "combat forces"), may name another thing: then the head
		// alone is safer. "the guarantees" may refer back.
		agree := true
		for _, p := range ps {
			if len(p.pre) >= k {
				agree = agree && strings.Join(p.pre[len(p.pre)-k:], " ") == c.key
			} else if len(p.pre) > 0 || !p.definite {
				agree = false
			}
		}
		if !agree {
			break
		}
		pre = strings.Fields(c.key)
	}
	label := strings.Join(append(pre, surface), " ")
	comp := mostCommonCount(ps, func(p phrase) (string, bool) { return strings.Join(p.comp, " "), true })
	if comp.key != "" && comp.count*2 >= len(ps) {
		label += " of " + comp.key
	} else if owner := mostCommonCount(ps, func(p phrase) (string, bool) { return p.ownerText, true }); len(pre) == 0 && owner.key != "" && owner.count*2 >= len(ps) {
		// "Harbour Bank's revenue": whose it is tells it from another.
		label = owner.key + " " + label
	} else if with := mostCommonCount(ps, func(p phrase) (string, bool) { return p.withText, true }); len(pre) == 0 && with.key != "" && with.count == len(ps) {
		// "talks with Moscow", when every phrase says so: plain
		// "negotiations" beside "negotiations with Moscow" may be others.
		label += " with " + with.key
	}
	return label
}

type counted struct {
	key          string
	count, total int
}

// mostCommonCount returns the most frequent key (ties: the shorter, then
// the smaller), its count and the number of phrases that have a key.
func mostCommonCount(ps []phrase, key func(phrase) (string, bool)) counted {
	counts := map[string]int{}
	total := 0
	for _, p := range ps {
		if k, ok := key(p); ok {
			counts[k]++
			total++
		}
	}
	best := counted{total: total}
	for k, c := range counts {
		if k == "" {
			continue
		}
		if c > best.count || (c == best.count && (len(k) < len(best.key) || (len(k) == len(best.key) && k < best.key))) {
			best.key, best.count = k, c
		}
	}
	return best
}

func mostCommon(ps []phrase, key func(phrase) (string, bool)) string {
	return mostCommonCount(ps, key).key
}
