package gazetteer

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract/lexicon"
)

//go:embed data/given-names.txt
var givenNamesTXT string

var givenNames = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, 9000)
	sc := bufio.NewScanner(strings.NewReader(givenNamesTXT))
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" && !strings.HasPrefix(s, "#") {
			m[strings.ToLower(s)] = struct{}{}
		}
	}
	return m
})

// GivenName reports whether surface is a common English given name
// ("Emmanuel", "Olaf"; about 8,400 from the Moby word lists, see
// data/NOTICE). Like [Lookup] it requires an initial capital and otherwise
// ignores case. Many given names are also ordinary words or places ("May",
// "Georgia"); the answer is evidence, not a decision. GivenName is safe for
// concurrent use.
func GivenName(surface string) bool {
	r, _ := utf8.DecodeRuneInString(surface)
	if !unicode.IsUpper(r) {
		return false
	}
	names := givenNames()
	if isLowerTail(surface) && len(surface) <= 32 {
		// Lower-case the initial in a stack buffer; a map index with a
		// []byte-to-string conversion does not allocate.
		var buf [32]byte
		n := copy(buf[:], surface)
		buf[0] += 'a' - 'A'
		_, ok := names[string(buf[:n])]
		return ok
	}
	_, ok := names[strings.ToLower(surface)]
	return ok
}

// isLowerTail reports whether s is an ASCII word with only its first letter
// in upper case.
func isLowerTail(s string) bool {
	if len(s) == 0 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// Title reports whether surface is a title written before a person's name
// that announces it ("President", "Chancellor", "Dr.", "Gen."): an
// honorific, rank or office of the shared lexicon
// ([github.com/storygraph/storygraph/extract/lexicon]). Like [Lookup] it
// requires an initial capital and otherwise ignores case and a final
// period. Title is safe for concurrent use.
func Title(surface string) bool {
	r, _ := utf8.DecodeRuneInString(surface)
	if !unicode.IsUpper(r) {
		return false
	}
	e, ok := lexicon.TitleInfo(surface)
	return ok && e.AnnouncesName()
}

//go:embed data/given-names-sex.tsv
var givenNamesSexTSV string

// Sex is what a given name says about its bearer: [Male], [Female] or
// [Unknown] (a name not listed, or one given to both).
type Sex uint8

// The values of [Sex].
const (
	Unknown Sex = iota
	Male
	Female
)

var givenNamesSex = sync.OnceValue(func() map[string]Sex {
	m := make(map[string]Sex, 8000)
	sc := bufio.NewScanner(strings.NewReader(givenNamesSexTSV))
	for sc.Scan() {
		name, sex, ok := strings.Cut(sc.Text(), "\t")
		if !ok || name == "" || name[0] == '#' {
			continue // the file is generated and checked by the tests
		}
		switch sex {
		case "m":
			m[strings.ToLower(name)] = Male
		case "f":
			m[strings.ToLower(name)] = Female
		}
	}
	return m
})

// GivenNameSex returns the sex a given name is given to ("Elena" →
// [Female], "Jared" → [Male]), from the same Moby lists as [GivenName]:
// names found in only one of the male and female lists. A name in both
// ("Jean", "Kim") or in neither is [Unknown]. Like [GivenName] it requires an
// initial capital and otherwise ignores case. The answer is evidence for
// pronoun resolution, never a fact about a person. GivenNameSex is safe for
// concurrent use.
func GivenNameSex(surface string) Sex {
	r, _ := utf8.DecodeRuneInString(surface)
	if !unicode.IsUpper(r) {
		return Unknown
	}
	s, _ := getLower(givenNamesSex(), surface, strings.ToLower)
	return s
}
