package ner

import (
	"strings"
	"unicode"

	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/tag/perceptron"
)

// RecognizeDocument tags the sentences of one document (words[i] with Penn
// tags xpos[i]; xpos may be nil or shorter) as [Model.Recognize] does,
// tags as ORG the known organisations it missed ("Best Buy", "General
// Motors": see listedOrgs), then makes the tags agree
// across the document, since a name means one thing in the whole of a text:
//
//   - a name tagged with several types takes the type it has most often
//     (a tie keeps each mention's own type);
//   - a run of capitalised words tagged O that is, word for word and case
//     for case, a name tagged elsewhere in the document, and that is the
//     whole of its run of capitalised words (but for a sentence's first
//     word), is tagged as that name;
//   - an organisation's name without its legal form ("Velmora" after
//     "Velmora , Ltd.") counts as a name tagged ORG;
//   - a word in capitals tagged O that spells the initials of a name of
//     several capitalised words tagged elsewhere ("HANO" after "Housing
//     Authority of New Orleans") takes that name's type;
//   - words in lower case tagged O that are a name tagged elsewhere, none
//     of whose words the training text writes in lower case ("norvane"
//     after "Norvane", not "apple" after "Apple"), are tagged as that
//     name.
//
// Before and after that, products' and events' names are taken out of
// PERSON and LOC ("Mac OS X Lion", "Lion" after it, "Paris Summit"; see
// products and events).
//
// This is the label-consistency idea of Krishnan and Manning (2006) as
// rules: the sentences where the model is sure ("Mr. Ortega said") lend
// their decision to those where it is not ("Ortega also cited").
// RecognizeDocument is safe for concurrent use; it runs in time linear in
// the number of words.
func (m *Model) RecognizeDocument(words, xpos [][]string) [][]string {
	if m.second != nil {
		out := m.recognizeStacked(words, xpos)
		m.harmoniseTagged(words, xpos, out)
		return out
	}
	out := make([][]string, len(words))
	for i, w := range words {
		var x []string
		if i < len(xpos) {
			x = xpos[i]
		}
		out[i] = m.Recognize(w, x)
	}
	m.harmoniseTagged(words, xpos, out)
	return out
}

// coordinatedBodies tags as ORG the whole name of a body that joins two
// fields with "and" and ends in an organisation's head word, after "the":
// "the Food and Drug Administration", "the Department of Health and Human
// Services", "the Ministry of Ports and Inland Waterways", "the Harbour
// and Coastal Safety Authority", "the Medicines and Healthcare products
// Regulatory Agency". The model, trained on few of
// them, tags nothing or only the part after "and", and the part before it
// then becomes a name of its own ("The Medicines"). After "and" one word
// in lower case between capitalised words, before the head word, may
// belong to the name.
func coordinatedBodies(ws, ts []string) {
	for i := 1; i+2 < len(ws); i++ {
		if (ws[i-1] != "the" && ws[i-1] != "The") || !isTitle(ws[i]) {
			continue
		}
		and, head, last, j, lower := -1, -1, -1, i, false
		for ; j < len(ws); j++ {
			w := ws[j]
			switch {
			case isTitle(w):
				if j > i && and > 0 && bodyHead(w) {
					head = j
				}
				last = j
				continue
			case w == "of" || w == "for":
				if j+1 < len(ws) && isTitle(ws[j+1]) {
					continue
				}
			case w == "and" || w == "&":
				if and < 0 && j > i && j+1 < len(ws) && isTitle(ws[j+1]) {
					and = j
					continue
				}
			case and > 0 && head < 0 && !lower && j > and+1 && isLowerWord(w) && j+1 < len(ws) && isTitle(ws[j-1]) && isTitle(ws[j+1]):
				lower = true
				continue
			}
			break
		}
		if head < 0 && and > 0 && last > and && (ws[i+1] == "of" || ws[i+1] == "for") && bodyHead(ws[i]) && !personAfter(ws, ts, and, last) {
			// "the Ministry of Ports and Inland Waterways", "the
			// Office for Product Safety and Standards"
			head = last
		}
		if head < 0 || twoNames(ts, i, and) {
			continue
		}
		ts[i] = "B-ORG"
		for k := i + 1; k <= head; k++ {
			ts[k] = "I-ORG"
		}
		if e := head + 1; e < len(ts) && strings.HasPrefix(ts[e], "I-") {
			ts[e] = "B-" + ts[e][2:]
		}
		i = head
	}
}

// possessiveInstitutions tags as one organisation a name, a possessive
// and an institution's word after it: "St Brennan's Hospital", "King's
// College", "St Mary's Church". The model tags the saint's name a person
// and leaves the institution's word out, so "Hospital" became a name of
// its own.
func possessiveInstitutions(ws, ts []string) {
	for j := 1; j+1 < len(ws); j++ {
		if ws[j] != "'s" && ws[j] != "’s" || !institutionWord(ws[j+1]) || ts[j-1] == "O" {
			continue
		}
		start := j - 1
		for start > 0 && strings.HasPrefix(ts[start], "I-") {
			start--
		}
		ts[start] = "B-ORG"
		for k := start + 1; k <= j+1; k++ {
			ts[k] = "I-ORG"
		}
		if e := j + 2; e < len(ts) && strings.HasPrefix(ts[e], "I-") {
			ts[e] = "B-" + ts[e][2:]
		}
	}
}

func institutionWord(w string) bool {
	switch w {
	case "Hospital", "College", "School", "Church", "Cathedral", "Chapel", "Infirmary", "University", "Academy", "Abbey":
		return true
	}
	return false
}

// bodyHead reports a word that opens the names of public bodies before
// "of" or "for" ("Ministry of ...", "Office for ...").
func bodyHead(w string) bool {
	switch w {
	case "Office", "Ministry", "Department", "Bureau", "Commission", "Council", "Institute", "Agency", "Board",
		"Authority", "Centre", "Center", "Directorate", "Secretariat", "Committee", "Inspectorate", "Service":
		return true
	}
	return gazetteer.NameWord(w)&gazetteer.NameWordOrg != 0
}

// personAfter reports whether a word after the "and" at and, up to last,
// is a title or tagged PERSON ("the Ministry of Defence and Foreign
// Minister Ada Pell").
func personAfter(ws, ts []string, and, last int) bool {
	for k := and + 1; k <= last; k++ {
		if gazetteer.Title(ws[k]) || strings.HasSuffix(ts[k], "PERSON") {
			return true
		}
	}
	return false
}

// twoNames reports whether the model tagged the words from i up to the
// "and" at and as one name and another name right after it ("the NY
// Times and Washington Post"): two bodies, not one.
func twoNames(ts []string, i, and int) bool {
	if !strings.HasPrefix(ts[i], "B-") || !strings.HasPrefix(ts[and+1], "B-") {
		return false
	}
	for k := i + 1; k < and; k++ {
		if !strings.HasPrefix(ts[k], "I-") {
			return false
		}
	}
	return true
}

// splitAtDashes ends a name at a dash that stands between a dateline or
// a place and what follows ("BOSTON — Corvane Electronics is recalling",
// "based in San Jose - Cisco"): neither is part of the name after it. The
// words carry no spacing, and tokenised text writes a hyphen inside a name
// as a word of its own ("Wal - Mart", "Al - Qaeda"), so a hyphen or an en
// dash splits only after a word in capitals or a place's whole name; an em
// dash always does. The dash leaves the name and what follows it starts a
// new one.
func splitAtDashes(ws, ts []string) {
	start := 0
	for j := 1; j+1 < len(ws); j++ {
		if strings.HasPrefix(ts[j-1], "B-") {
			start = j - 1
		}
		if !strings.HasPrefix(ts[j], "I-") {
			continue
		}
		switch ws[j] {
		case "—", "―":
		case "-", "--", "–":
			if allCapitals(ws[j+1]) || !allCapitals(ws[j-1]) && !placeName(ws[start:j]) {
				continue
			}
		default:
			continue
		}
		ts[j] = "O"
		if strings.HasPrefix(ts[j+1], "I-") {
			ts[j+1] = "B-" + ts[j+1][2:]
		}
	}
}

// placeName reports whether ws is the whole name of a place the gazetteer
// knows.
func placeName(ws []string) bool {
	if _, _, n, ok := gazetteer.Match(ws); ok && n == len(ws) {
		return true
	}
	if gazetteer.MatchRegion(ws) == len(ws) {
		return true
	}
	_, ok := gazetteer.LookupCity(strings.Join(ws, " "))
	return ok
}

// allCapitals reports whether w has two or more letters, all upper case.
func allCapitals(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// votes counts the types a name was tagged with in a document.
type votes [3]int // by index in Types

// major returns the type index with the most votes, or -1 on a tie.
func (v *votes) major() int {
	best, n := -1, 0
	for t, c := range v {
		switch {
		case c > n:
			best, n = t, c
		case c == n:
			best = -1
		}
	}
	return best
}

func (v *votes) addAll(o *votes) {
	for t, c := range o {
		v[t] += c
	}
}

// harmonise makes the BIO tags of the sentences of one document agree, as
// [Model.RecognizeDocument] describes, changing tags in place. words[i] and
// tags[i] must have the same length.
func (m *Model) harmonise(words, tags [][]string) { m.harmoniseTagged(words, nil, tags) }

// harmoniseTagged is [Model.harmonise] with the sentences' Penn tags (xpos
// may be nil or shorter than words).
func (m *Model) harmoniseTagged(words, xpos, tags [][]string) {
	runs, single := capitalRuns(words)
	for i := range tags {
		var xp []string
		if i < len(xpos) {
			xp = xpos[i]
		}
		splitAtDashes(words[i], tags[i])
		listedOrgs(words[i], tags[i])
		coordinatedBodies(words[i], tags[i])
		possessiveInstitutions(words[i], tags[i])
		m.orgRuns(words[i], xp, tags[i], runs, single)
		adjectiveEnds(words[i], xp, tags[i])
		ampersandNames(words[i], tags[i])
		institutionTails(words[i], tags[i])
		spanKinds(words[i], tags[i])
		kinPersons(words[i], tags[i])
		rolePersons(words[i], tags[i])
		articleSurnames(words[i], tags[i])
		personOfOrg(words[i], tags[i])
		verbInNames(words[i], xp, tags[i])
		namedPlaces(words[i], tags[i])
		compassPlaces(words[i], tags[i])
		fixtureClubs(words[i], tags[i])
		actingClubs(words[i], tags[i])
		titledOrgs(words[i], tags[i])
		teamGames(words[i], tags[i])
		addressPlaces(words[i], tags[i])
		placedPersons(words[i], tags[i])
		agePlaces(words[i], tags[i])
		nounNamedOrgs(words[i], tags[i])
		outlets(words[i], tags[i])
		m.localCouncils(words[i], tags[i])
		datelines(words[i], tags[i])
		events(words[i], tags[i])
	}
	m.commonOpeners(words, xpos, tags)
	demonymPlaces(words, tags)
	placeCues(words, tags)
	featurePlaces(words, tags)
	coordinated(words, tags)
	products(words, tags)
	apps(words, tags)
	names := map[string]*votes{}
	maxLen := 0
	for i, ts := range tags {
		for _, s := range spans(ts) {
			ti := typeIndex(s.typ)
			if ti < 0 || !hasUpper(words[i][s.start:s.end]) {
				continue
			}
			k := strings.Join(words[i][s.start:s.end], " ")
			v := names[k]
			if v == nil {
				v = &votes{}
				names[k] = v
			}
			v[ti]++
			maxLen = max(maxLen, s.end-s.start)
		}
	}
	if len(names) == 0 {
		return
	}
	// An organisation's name without its legal form: "Norvane" after
	// "Norvane Inc.", "Velmora" after "Velmora , Ltd.".
	for k, v := range names {
		if v.major() != 1 {
			continue
		}
		f := strings.Fields(k)
		if len(f) < 2 || !legalForm(f[len(f)-1]) {
			continue
		}
		f = f[:len(f)-1]
		if f[len(f)-1] == "," {
			f = f[:len(f)-1]
		}
		if short := strings.Join(f, " "); len(f) > 0 && names[short] == nil && hasUpper(f) {
			names[short] = &votes{1: v[1]}
		}
	}
	// A name of two words or more typed PERSON that is an organisation's
	// name without its last word or two, a company's or a body's
	// ("Halden/B-PERSON Crest/I-PERSON said" after "Halden Crest
	// Capital"), is the organisation's short name when the model typed it
	// PERSON more often than anything else, and does not open with a
	// given name ("Ada Marr" beside "Ada Marr Holdings"). A one-word
	// short name ("Halvard" after "Halvard Mining Group") is left to
	// entity resolution, which reads a company's first word so.
	// Sports clubs' words ("Athletic", "Rovers") in an organisation's
	// name, after its first word, stand for it alone ("Athletic can be
	// back in Europe" after "Brennock Athletic Football Club").
	clubs := map[string]*votes{}
	for k, v := range names {
		if v.major() != 1 {
			continue
		}
		f := strings.Fields(k)
		for _, w := range f[1:] {
			if clubLast[w] {
				clubs[w] = &votes{1: 1}
			}
		}
		// Without its last word or two ("Halvard Mining Group").
		orgWord := func(w string) bool { return companyFinal(w) || orgFinal(w) }
		if len(f) < 2 || !orgWord(f[len(f)-1]) {
			continue
		}
		short := strings.Join(f[:len(f)-1], " ")
		if names[short] == nil && len(f) >= 3 && orgWord(f[len(f)-2]) {
			short = strings.Join(f[:len(f)-2], " ")
		}
		sv := names[short]
		if sv == nil || sv.major() != 0 || gazetteer.GivenName(f[0]) || !strings.Contains(short, " ") {
			continue
		}
		names[short] = &votes{1: sv[0] + sv[1] + sv[2]}
	}
	initials := map[string]*votes{}
	lower := map[string]*votes{}
	surnames := map[string]*votes{}
	// The first words of the names (and their lower case), so that only
	// runs that can match are joined and looked up.
	first := map[string]bool{}
	for k, v := range names {
		f, _, _ := strings.Cut(k, " ")
		first[f], first[strings.ToLower(f)] = true, true
		if f := strings.Fields(k); len(f) >= 2 && v.major() == 0 {
			last := f[len(f)-1]
			if surnames[last] == nil {
				surnames[last] = &votes{}
			}
			surnames[last][0] += v[0]
		}
		if ini := initialsOf(k); ini != "" {
			if initials[ini] == nil {
				initials[ini] = &votes{}
			}
			initials[ini].addAll(v)
		}
		if m.rareInLower(k) {
			lk := strings.ToLower(k)
			if lower[lk] == nil {
				lower[lk] = &votes{}
			}
			lower[lk].addAll(v)
		}
	}
	set := func(ts []string, start, end, t int) {
		ts[start] = "B-" + Types[t]
		for j := start + 1; j < end; j++ {
			ts[j] = "I-" + Types[t]
		}
	}
	for i, ts := range tags {
		ws := words[i]
		for _, s := range spans(ts) {
			v := names[strings.Join(ws[s.start:s.end], " ")]
			if v == nil {
				continue
			}
			if t := v.major(); t >= 0 && Types[t] != s.typ {
				set(ts, s.start, s.end, t)
			}
		}
		for j := 0; j < len(ws); {
			if ts[j] == "O" && len(lower) > 0 && first[ws[j]] && isLowerWord(ws[j]) {
				// The longest run of lower-case words tagged O that is a name.
				n := 0
				for e := j + 1; e <= min(len(ws), j+maxLen) && ts[e-1] == "O" && isLowerWord(ws[e-1]); e++ {
					if v := lower[strings.Join(ws[j:e], " ")]; v != nil && v.major() >= 0 {
						n = e - j
					}
				}
				if n > 0 {
					set(ts, j, j+n, lower[strings.Join(ws[j:j+n], " ")].major())
					j += n
					continue
				}
			}
			if ts[j] != "O" || !isTitle(ws[j]) || (j > 0 && isTitle(ws[j-1])) {
				j++
				continue
			}
			end := runEnd(ws, j) // the run of capitalised words starting at j
			n := end - j
			if n > maxLen+1 || !allO(ts[j:end]) {
				j = end
				continue
			}
			var v *votes
			if n <= maxLen && first[ws[j]] {
				v = names[strings.Join(ws[j:end], " ")]
			}
			if v == nil && j == 0 && n > 1 && first[ws[1]] {
				// A sentence's first word is capitalised anyway: "Then
				// Ortega left".
				if v = names[strings.Join(ws[1:end], " ")]; v != nil {
					j = 1
				}
			}
			if v == nil && n == 1 && len(ws[j]) >= 3 {
				v = initials[ws[j]]
			}
			if v == nil && n == 1 {
				v = surnames[ws[j]]
			}
			if v == nil && n == 1 {
				v = clubs[ws[j]]
			}
			if v != nil {
				if t := v.major(); t >= 0 {
					set(ts, j, end, t)
				}
			}
			j = end
		}
	}
	for i := range tags {
		events(words[i], tags[i]) // repeats in lower case ("the summit")
	}
}

// rareInLower reports whether every word of name (words joined by spaces)
// has three or more characters and is either unknown to the training text
// or always capitalised there: such a name can be recognised in lower case.
// A word the training text also writes in lower case ("apple", "target")
// is an everyday word in lower case, not the name.
func (m *Model) rareInLower(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if c := m.words[perceptron.HashLower(w)].lex; (c != lexUnseen && c != lexCap) || len(w) < 3 {
			return false
		}
	}
	return true
}

// initialsOf returns the initials of the capitalised words of name (words
// joined by spaces) when it has at least two and every other word is a
// connector ("of", "and", "the", "&", "-"), else "".
func initialsOf(name string) string {
	var b []byte
	for w := range strings.FieldsSeq(name) {
		switch {
		case connector(w):
		case w[0] >= 'A' && w[0] <= 'Z':
			b = append(b, w[0])
		default:
			return ""
		}
	}
	if len(b) < 2 {
		return ""
	}
	return string(b)
}

func allO(ts []string) bool {
	for _, t := range ts {
		if t != "O" {
			return false
		}
	}
	return true
}

// hasUpper reports whether any of ws has an upper-case letter.
func hasUpper(ws []string) bool {
	for _, w := range ws {
		for _, r := range w {
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// legalForm reports whether w is a company's legal form written after its
// name ("Inc.", "Ltd", "GmbH").
func legalForm(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "inc", "incorporated", "corp", "corporation", "ltd", "limited", "llc", "plc", "co", "gmbh", "ag", "sa", "nv", "bv", "lp", "llp":
		return true
	}
	return false
}

// listedOrgs tags as ORG the known organisations ([gazetteer.MatchOrganisation]
// and [gazetteer.MatchOrgName]) of two or more capitalised words that the
// sentence model missed:
//
//   - a run of capitalised words tagged O that is, in full, such a name
//     ("retailers such as Best Buy", where "Best" is an everyday word);
//   - such a name that begins with a word used as a title ("General
//     Motors", "King Saud University", "Premier League"), whatever the
//     model said: trained on few of them, it has learnt that a title is
//     followed by a person's name.
func listedOrgs(ws, ts []string) {
	match := func(ws []string) int {
		n := gazetteer.MatchOrganisation(ws)
		if k, _ := gazetteer.MatchOrgName(ws); k > n {
			n = k
		}
		return n
	}
	for i := 0; i+1 < len(ws); i++ {
		if !isTitle(ws[i]) || !isTitle(ws[i+1]) {
			continue
		}
		if i == 0 || !isTitle(ws[i-1]) {
			end := runEnd(ws, i+1)
			if allO(ts[i:end]) && match(ws[i:]) == end-i {
				ts[i] = "B-ORG"
				for j := i + 1; j < end; j++ {
					ts[j] = "I-ORG"
				}
				i = end - 1
				continue
			}
		}
		if !gazetteer.Title(ws[i]) {
			continue
		}
		n := match(ws[i:])
		if n < 2 {
			continue
		}
		if i > 0 && isInside(tagIndex(ts[i])) && ts[i-1] != "O" {
			// The name is the end of a longer entity: leave it be.
			continue
		}
		ts[i] = "B-ORG"
		for j := i + 1; j < i+n; j++ {
			ts[j] = "I-ORG"
		}
		if e := i + n; e < len(ts) && strings.HasPrefix(ts[e], "I-") {
			ts[e] = "B-" + ts[e][2:]
		}
		i += n - 1
	}
}

// lexClass returns how the training text writes w (lexUnseen, lexLower,
// ...), ignoring case.
func (m *Model) lexClass(w string) uint8 { return m.words[perceptron.HashLower(w)].lex }
