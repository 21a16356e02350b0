package gazetteer

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/regions.txt
var regionsTXT string

//go:embed data/organisations.txt
var organisationsTXT string

//go:embed data/surnames.txt
var surnamesTXT string

//go:embed data/name-words.tsv
var nameWordsTSV string

// nameList is a list of names of one or more words, matched longest first.
// Each name carries a bit set of classes (1 for lists without classes).
type nameList struct {
	names map[string]uint8 // lower case, words joined by one space
	// prefixes holds the first words (one or more, not all) of the names
	// of more than one word, keyed as names: a match stops at words no
	// longer name starts with instead of trying every length up to maxLen.
	prefixes map[string]bool
	exact    map[string]uint8 // names in capitals ("NY", "IBM"), matched case-sensitively
	maxLen   int              // most words in a name
}

func newNameList(data string) *nameList {
	ix := &nameList{names: map[string]uint8{}, prefixes: map[string]bool{}, exact: map[string]uint8{}}
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		if strings.Contains(s, "-") {
			// Tokenisers split hyphens: "Coca - Cola".
			ix.add(strings.ReplaceAll(s, "-", " - "), 1)
		}
		if strings.Contains(s, "'s") {
			// and a possessive ending: "Moody 's", "Moody ’s"
			ix.add(strings.ReplaceAll(s, "'s", " 's"), 1)
			ix.add(strings.ReplaceAll(s, "'s", " ’s"), 1)
		}
		ix.add(s, 1)
	}
	return ix
}

func (ix *nameList) add(s string, class uint8) {
	ws := strings.Fields(s)
	if len(ws) == 1 && strings.ToUpper(s) == s && len(s) <= 5 {
		ix.exact[s] |= class
	} else {
		ix.names[strings.ToLower(strings.Join(ws, " "))] |= class
		for k := 1; k < len(ws); k++ {
			ix.prefixes[strings.ToLower(strings.Join(ws[:k], " "))] = true
		}
	}
	ix.maxLen = max(ix.maxLen, len(ws))
}

// match returns the number of words of the longest name words starts
// with, or 0. The first word must start with an upper-case letter, unless
// lower is set: then it and the name's other words must be in lower case,
// and names in capitals are not matched.
func (ix *nameList) match(words []string, lower bool) int {
	n, _ := ix.matchClass(words, lower)
	return n
}

// matchClass is match that also returns the classes of the name matched.
func (ix *nameList) matchClass(words []string, lower bool) (int, uint8) {
	if len(words) == 0 {
		return 0, 0
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	if lower != unicode.IsLower(r) || (!lower && !unicode.IsUpper(r)) {
		return 0, 0
	}
	best, class := 0, uint8(0)
	if c, ok := ix.exact[words[0]]; ok && !lower {
		best, class = 1, c
	}
	var buf [64]byte
	b := buf[:0]
	for n := 1; n <= ix.maxLen && n <= len(words); n++ {
		if n > 1 {
			b = append(b, ' ')
		}
		w := words[n-1]
		if len(b)+len(w) > len(buf) {
			break
		}
		if !isPlainASCII(w) {
			b = append(b, strings.ToLower(w)...)
		} else {
			for i := 0; i < len(w); i++ {
				c := w[i]
				if 'A' <= c && c <= 'Z' {
					if lower {
						return best, class
					}
					c += 'a' - 'A'
				}
				b = append(b, c)
			}
		}
		if c, ok := ix.names[string(b)]; ok {
			best, class = n, c
		}
		if n < len(words) && n < ix.maxLen && !ix.prefixes[string(b)] {
			break // no longer name starts so
		}
	}
	return best, class
}

var regions = sync.OnceValue(func() *nameList { return newNameList(regionsTXT) })

// MatchRegion returns the number of words of the longest region name
// words starts with, or 0: a state, province or other first-level
// subdivision ("California", "British Columbia", "Calif.", "NY"), or a
// well-known region, sea or mountain range ("Silicon Valley", "Red Sea",
// "Alps"); a hand-curated list in data/regions.txt, without the countries,
// continents and cities that [Lookup] and [LookupCity] know. The first word
// must start with an upper-case letter; case is otherwise ignored, except
// that names written in capitals (postal codes) match only so. Like the
// other look-ups the answer is evidence ("Georgia", "Victoria",
// "Washington", "OK" are also other things). MatchRegion is safe for
// concurrent use and does not allocate for names of up to 64 bytes.
func MatchRegion(words []string) int { return regions().match(words, false) }

// MatchRegionFolded is [MatchRegion] for names written in lower case, as
// web text often does ("kerala", "new jersey"): words must all be lower
// case, and postal codes are not matched.
func MatchRegionFolded(words []string) int { return regions().match(words, true) }

var organisations = sync.OnceValue(func() *nameList { return newNameList(organisationsTXT) })

// MatchOrganisation returns the number of words of the longest name of a
// well-known organisation words starts with, or 0: companies, media,
// government bodies, international organisations, parties, armed groups,
// sports bodies and universities ("Google", "Associated Press", "FBI",
// "Red Cross"; a hand-curated list in data/organisations.txt). Matching is
// as for [MatchRegion]: an initial capital, names in capitals only so.
// Many are also ordinary words ("Target", "Shell", "Time"): the answer is
// evidence. MatchOrganisation is safe for concurrent use.
func MatchOrganisation(words []string) int { return organisations().match(words, false) }

// MatchOrganisationFolded is [MatchOrganisation] for names written in lower
// case ("google", "taco bell"); names in capitals are not matched.
func MatchOrganisationFolded(words []string) int { return organisations().match(words, true) }

var surnames = sync.OnceValue(func() *nameList { return newNameList(surnamesTXT) })

// Surname reports whether surface is a common family name ("Smith",
// "Nguyen", "Müller"; about 700 in data/surnames.txt, hand-curated). Like
// [GivenName] it requires an initial capital and otherwise ignores case;
// many are also words or given names ("Young", "Thomas"). Surname is safe
// for concurrent use.
func Surname(surface string) bool { return surnames().match([]string{surface}, false) == 1 }

// SurnameFolded is [Surname] of a lower-case word.
func SurnameFolded(lower string) bool { return surnames().match([]string{lower}, true) == 1 }

// Classes of [NameWord].
const (
	NameWordOrg   = 1 << iota // marks an organisation: "Inc.", "University", "Ministry"
	NameWordPlace             // marks a place: "Street", "River", "County"
	NameWordVenue             // marks a shop, restaurant or hotel: "Cafe", "Salon"
)

var nameWords = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	sc := bufio.NewScanner(strings.NewReader(nameWordsTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		w, class, ok := strings.Cut(line, "\t")
		if !ok {
			continue // the file is checked by the tests
		}
		var c uint8
		switch class {
		case "ORG":
			c = NameWordOrg
		case "LOC":
			c = NameWordPlace
		case "VENUE":
			c = NameWordVenue
		}
		m[strings.ToLower(w)] |= c
	}
	return m
})

// NameWord returns the classes (a bit set of NameWordOrg, NameWordPlace,
// NameWordVenue) of a word that, within a name, marks its type: the head
// or key word of organisation names ("Inc.", "University", "Ministry"), of
// place names ("Street", "Lake") and of venues ("Hotel", "Cafe"); 0 for
// other words. It ignores case, since web text often writes names in lower
// case. A hand-curated list in data/name-words.tsv. NameWord is safe for
// concurrent use and does not allocate for ASCII words of up to 64 bytes.
func NameWord(w string) uint8 {
	c, _ := getLower(nameWords(), w, strings.ToLower)
	return c
}

//go:embed data/org-names.tsv
var orgNamesTSV string

// Classes of [MatchOrgName].
const (
	OrgNameEdu     = 1 << iota // a university, college or school
	OrgNameBrand               // a brand, company, service or piece of software
	OrgNameAirline             // an airline
)

var orgNames = sync.OnceValue(func() *nameList {
	ix := &nameList{names: map[string]uint8{}, prefixes: map[string]bool{}, exact: map[string]uint8{}}
	sc := bufio.NewScanner(strings.NewReader(orgNamesTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		name, classes, ok := strings.Cut(line, "\t")
		if !ok {
			continue // the file is checked by the tests
		}
		var c uint8
		for _, k := range strings.Split(classes, "|") {
			switch k {
			case "EDU":
				c |= OrgNameEdu
			case "BRAND":
				c |= OrgNameBrand
			case "AIRLINE":
				c |= OrgNameAirline
			}
		}
		ix.add(name, c)
	}
	return ix
})

// MatchOrgName returns the number of words of the longest organisation
// name in the generated list data/org-names.tsv that words starts with,
// and the name's classes (a bit set of OrgNameEdu, OrgNameBrand,
// OrgNameAirline), or 0, 0. The list holds about 23,000 names of
// universities and colleges (JetBrains swot), brands, companies and
// software (simple-icons) and airlines (OpenFlights), tokenised as
// storygraph's tokenizer splits them ("McDonald 's"); see data/NOTICE and
// internal/gen/orgnames. Matching is as for [MatchOrganisation]. Like the
// other look-ups the answer is evidence, not a decision: "Apple Music" is
// a product, "Boston College" also a place's name. MatchOrgName is safe for
// concurrent use and does not allocate for names of up to 64 bytes.
func MatchOrgName(words []string) (n int, class uint8) { return orgNames().matchClass(words, false) }

// MatchOrgNameFolded is [MatchOrgName] for names written in lower case
// ("boston college"); names in capitals are not matched.
func MatchOrgNameFolded(words []string) (n int, class uint8) {
	return orgNames().matchClass(words, true)
}
