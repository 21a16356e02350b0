package gazetteer

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Regenerating the data needs the npm packages named in README.md:
//go:generate go run ./internal/gen -in ${NODE_MODULES}/world-countries/countries.json -out data/countries.tsv
//go:generate env NODE_PATH=${NODE_MODULES} node internal/gen/cities.js

//go:embed data/countries.tsv
var countriesTSV string

//go:embed data/supplement.tsv
var supplementTSV string

// Place is a country, region or organisation known to the gazetteer.
//
// The slices of a Place returned by [Lookup] or [Places] are shared by all
// callers and must not be modified.
type Place struct {
	Name     string   // canonical English name: "United Kingdom"
	Type     string   // GPE (a country), LOC (a continent or region) or ORG (EU, NATO, UN)
	Code     string   // ISO 3166-1 alpha-3 code for countries ("GBR"), else ""
	Capital  string   // first listed capital ("London"), or ""
	Aliases  []string // other names and abbreviations: "Britain", "UK", "U.K."
	Demonyms []string // adjectives and nationalities: "British"
}

// Kind says which of a place's names a surface form matched.
type Kind int

// The kinds of match, in the order [Lookup] prefers them.
const (
	Name    Kind = iota + 1 // the canonical name
	Abbrev                  // an abbreviation, matched case-sensitively ("US", "U.S.")
	Alias                   // another name ("Britain", "America")
	Demonym                 // a demonym or adjective ("British")
	Capital                 // a capital city ("Kyiv")
)

var kindNames = [...]string{Name: "Name", Abbrev: "Abbrev", Alias: "Alias", Demonym: "Demonym", Capital: "Capital"}

// String returns the name of k ("Demonym"), or "Kind(n)" for an unknown value.
func (k Kind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

type entry struct {
	place int32
	kind  Kind
}

type index struct {
	places []Place
	exact  map[string]entry // abbreviations, case-sensitive
	folded map[string]entry // other names, keyed by lower case
	codes  map[string]int32 // alpha-3 code → place
	maxLen int              // most words in any key
}

// table is built once from the embedded files; the data is checked by the
// package tests, so a build error here is a programming error.
var table = sync.OnceValue(func() *index {
	ix, err := build(countriesTSV, supplementTSV)
	if err != nil {
		panic(err)
	}
	return ix
})

type row struct {
	name, typ, code                  string
	capitals, aliases, abbrevs, dems []string
}

func parse(name, data string) ([]row, error) {
	var rows []row
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("gazetteer: %s:%d: %d columns, want 7", name, n, len(f))
		}
		if f[0] == "" {
			return nil, fmt.Errorf("gazetteer: %s:%d: empty name", name, n)
		}
		switch f[1] {
		case "GPE", "LOC", "ORG":
		default:
			return nil, fmt.Errorf("gazetteer: %s:%d: unknown type %q", name, n, f[1])
		}
		rows = append(rows, row{f[0], f[1], f[2], list(f[3]), list(f[4]), list(f[5]), list(f[6])})
	}
	return rows, sc.Err()
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func addUnique(dst []string, src ...string) []string {
	for _, s := range src {
		if s != "" && !slices.Contains(dst, s) {
			dst = append(dst, s)
		}
	}
	return dst
}

// build merges the generated country table with the supplement. A
// supplement row whose code or name matches a country adds to it (its name
// becomes the canonical one, the old name an alias) and is looked up first;
// other supplement rows are new places.
func build(countries, supplement string) (*index, error) {
	crows, err := parse("countries.tsv", countries)
	if err != nil {
		return nil, err
	}
	srows, err := parse("supplement.tsv", supplement)
	if err != nil {
		return nil, err
	}
	type merged struct {
		row
		abbrevs  []string
		capitals []string
	}
	var order []*merged // supplement first, then countries in file order
	byCode := map[string]*merged{}
	byName := map[string]*merged{}
	all := make([]*merged, len(crows))
	for i, r := range crows {
		m := &merged{row: r, abbrevs: r.abbrevs, capitals: r.capitals}
		all[i] = m
		if r.code != "" {
			byCode[r.code] = m
		}
		byName[r.name] = m
	}
	used := map[*merged]bool{}
	for _, s := range srows {
		m := byName[s.name]
		if m == nil && s.code != "" {
			m = byCode[s.code]
			if m == nil {
				return nil, fmt.Errorf("gazetteer: supplement.tsv: %s: no country with code %s", s.name, s.code)
			}
		}
		if m == nil {
			m = &merged{row: s, abbrevs: s.abbrevs, capitals: s.capitals}
			order = append(order, m)
			continue
		}
		if m.name != s.name {
			m.aliases = addUnique([]string{m.name}, m.aliases...)
			m.name = s.name
		}
		m.aliases = addUnique(slices.Clone(s.aliases), m.aliases...)
		m.abbrevs = addUnique(slices.Clone(s.abbrevs), m.abbrevs...)
		m.dems = addUnique(slices.Clone(s.dems), m.dems...)
		// Keep the data's first capital as Capital; extra spellings follow.
		m.capitals = addUnique(slices.Clone(m.capitals), s.capitals...)
		if !used[m] {
			used[m] = true
			order = append(order, m)
		}
	}
	for _, m := range all {
		if !used[m] {
			order = append(order, m)
		}
	}

	ix := &index{exact: map[string]entry{}, folded: map[string]entry{}, codes: map[string]int32{}}
	put := func(m map[string]entry, key string, e entry) {
		if key == "" {
			return
		}
		if old, ok := m[key]; ok && old.kind <= e.kind {
			return // an earlier place or a better kind already holds it
		}
		m[key] = e
		if n := len(strings.Fields(key)); n > ix.maxLen {
			ix.maxLen = n
		}
	}
	for i, m := range order {
		p := Place{Name: m.name, Type: m.typ, Code: m.code}
		if len(m.capitals) > 0 {
			p.Capital = m.capitals[0]
		}
		p.Aliases = slices.Clip(addUnique(addUnique(nil, m.aliases...), m.abbrevs...))
		for _, a := range m.abbrevs {
			if d := dotted(a); d != a {
				p.Aliases = addUnique(p.Aliases, d)
			}
		}
		p.Aliases = slices.Clip(p.Aliases)
		p.Demonyms = slices.Clip(m.dems)
		ix.places = append(ix.places, p)
		id := int32(i)
		if _, dup := ix.codes[p.Code]; p.Code != "" && !dup {
			ix.codes[p.Code] = id
		}
		put(ix.folded, fold(m.name), entry{id, Name})
		for _, a := range m.abbrevs {
			put(ix.exact, a, entry{id, Abbrev})
			put(ix.exact, dotted(a), entry{id, Abbrev})
		}
		for _, a := range m.aliases {
			if MatchOrganisation(strings.Fields(a)) == len(strings.Fields(a)) {
				// a short name a well-known organisation goes by
				// ("Emirates", the airline) is the organisation's:
				// the country keeps its own name
				continue
			}
			put(ix.folded, fold(a), entry{id, Alias})
		}
		for _, d := range m.dems {
			put(ix.folded, fold(d), entry{id, Demonym})
		}
		for _, c := range m.capitals {
			put(ix.folded, fold(c), entry{id, Capital})
		}
	}
	return ix, nil
}

// dotted returns "U.S." for "US"; other forms are returned unchanged.
func dotted(a string) string {
	if utf8.RuneCountInString(a) > 4 || strings.ContainsAny(a, ". -") {
		return a
	}
	var b strings.Builder
	for _, r := range a {
		if !unicode.IsUpper(r) {
			return a
		}
		b.WriteRune(r)
		b.WriteByte('.')
	}
	return b.String()
}

// fold returns s in lower case with runs of white space made one space.
func fold(s string) string {
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\n\r") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return strings.ToLower(s)
}

// Lookup returns the place that surface names and how it names it.
//
// Abbreviations match case-sensitively, with or without dots: "US" and
// "U.S." are the United States but "us" is not. Every other name matches
// regardless of case, provided surface starts with an upper-case letter, as
// proper names and demonyms do in running text ("French", "FRANCE", not
// "french"). Runs of spaces count as one; a leading "the" or "The" is
// dropped if what follows is known ("the Netherlands" is the Netherlands by
// Name), else the whole form is tried ("the States").
//
// When a form names several places, the hand-curated supplement wins, then
// UN members, then the alphabetically first; a better kind (Name before
// Abbrev, Alias, Demonym, Capital) wins over an earlier place.
//
// Lookup is safe for concurrent use; the first call builds the tables.
func Lookup(surface string) (Place, Kind, bool) {
	ix := table()
	surface = strings.TrimSpace(surface)
	for _, the := range []string{"the ", "The ", "THE "} {
		if rest, ok := strings.CutPrefix(surface, the); ok {
			if e, ok := ix.lookup(strings.TrimSpace(rest)); ok {
				return ix.places[e.place], e.kind, true
			}
		}
	}
	if e, ok := ix.lookup(surface); ok {
		return ix.places[e.place], e.kind, true
	}
	return Place{}, 0, false
}

func (ix *index) lookup(s string) (entry, bool) {
	if e, ok := ix.exact[s]; ok {
		return e, true
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(s, "the "))
	if !unicode.IsUpper(r) {
		return entry{}, false
	}
	return getLower(ix.folded, s, fold)
}

// lookupBytes is lookup on a joined key in a scratch buffer, which it may
// overwrite; map indexes with []byte-to-string conversions do not allocate.
func (ix *index) lookupBytes(b []byte) (entry, bool) {
	if e, ok := ix.exact[string(b)]; ok {
		return e, true
	}
	r, _ := utf8.DecodeRune(bytes.TrimPrefix(b, []byte("the ")))
	if !unicode.IsUpper(r) {
		return entry{}, false
	}
	if !isPlainASCII(b) {
		return ix.lookup(string(b))
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	e, ok := ix.folded[string(b)]
	return e, ok
}

// isPlainASCII reports whether s is ASCII without doubled spaces or other
// white space, so that folding it only lower-cases letters.
func isPlainASCII[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == '\t' || c == '\n' || c == '\r' || (c == ' ' && i > 0 && s[i-1] == ' ') {
			return false
		}
	}
	return true
}

// getLower returns m[k] for k the ASCII lower-case form of s, lower-cased
// in a stack buffer for plain-ASCII keys of up to 64 bytes (a map index
// with a []byte-to-string conversion does not allocate) and by slow
// (fold, strings.ToLower) otherwise.
func getLower[V any](m map[string]V, s string, slow func(string) string) (V, bool) {
	if len(s) <= 64 && isPlainASCII(s) {
		var buf [64]byte
		n := copy(buf[:], s)
		for i := range n {
			if c := buf[i]; 'A' <= c && c <= 'Z' {
				buf[i] = c + 'a' - 'A'
			}
		}
		v, ok := m[string(buf[:n])]
		return v, ok
	}
	v, ok := m[slow(s)]
	return v, ok
}

// MaxWords returns the largest number of space-separated words in any name
// the gazetteer knows; a caller matching token windows needs no longer ones.
func MaxWords() int { return table().maxLen }

// Places returns every place, supplement entries first and then countries
// (UN members first, then by name). The returned slice is a copy; the
// Places' own slices are shared and must not be modified.
func Places() []Place { return slices.Clone(table().places) }

// Match returns the place named by the longest run of words at the start of
// words that [Lookup] knows, and how many words it spans; words are joined
// with single spaces ("United", "Kingdom" → United Kingdom, 2). A leading
// "the" is not dropped: a caller matching a sentence simply starts one word
// later. Match does not allocate for ASCII words.
func Match(words []string) (p Place, k Kind, n int, ok bool) {
	ix := table()
	var buf [128]byte
	for n = min(len(words), ix.maxLen); n >= 1; n-- {
		key, fits := joinInto(buf[:0], words[:n])
		var e entry
		if fits {
			e, ok = ix.lookupBytes(key)
		} else {
			e, ok = ix.lookup(strings.Join(words[:n], " "))
		}
		if ok {
			return ix.places[e.place], e.kind, n, true
		}
	}
	return Place{}, 0, 0, false
}

// joinInto appends words joined by spaces to dst if they fit in its
// capacity; it reports whether they did.
func joinInto(dst []byte, words []string) ([]byte, bool) {
	size := len(words) - 1
	for _, w := range words {
		size += len(w)
	}
	if size > cap(dst) {
		return dst, false
	}
	for i, w := range words {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
	}
	return dst, true
}
