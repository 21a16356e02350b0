package gazetteer

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/org-aliases.tsv
var orgAliasesTSV string

// orgAliases maps the folded form of every name in data/org-aliases.tsv,
// canonical ones included, to the canonical name; capitals holds the
// aliases that match only written in capitals ("UN", "WHO").
type orgAliasTable struct {
	folded   map[string]string
	capitals map[string]bool
	first    map[string]bool // folded first words of the names of several words
}

var orgAliases = sync.OnceValue(func() *orgAliasTable {
	t := &orgAliasTable{folded: map[string]string{}, capitals: map[string]bool{}, first: map[string]bool{}}
	for n, line := range strings.Split(orgAliasesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			panic(fmt.Sprintf("gazetteer: org-aliases.tsv:%d: a canonical name and no alias", n+1))
		}
		for _, a := range f {
			k := foldOrg(a)
			if prev, ok := t.folded[k]; ok && prev != f[0] {
				panic(fmt.Sprintf("gazetteer: org-aliases.tsv:%d: %q is already an alias of %q", n+1, a, prev))
			}
			t.folded[k] = f[0]
			if w := strings.Fields(k); len(w) > 1 {
				t.first[w[0]] = true
			}
			if len(a) <= 5 && isUpperWord(a) {
				t.capitals[k] = true
			}
		}
	}
	return t
})

// foldOrg lower-cases a name and drops a leading "the".
func foldOrg(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.TrimPrefix(s, "the ")
}

// isUpperWord reports a word with letters, all of them capitals ("UN",
// "U.N.", "S&P").
func isUpperWord(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// OrgCanonical returns the canonical name of a well-known organisation
// named by name ("the Fed" → "Federal Reserve", "UAW" → "United Auto
// Workers", "Federal Reserve" → itself), from the hand-curated table
// data/org-aliases.tsv, and whether there is one. Case and a leading "the"
// are ignored, except that short aliases written in capitals ("UN", "WHO")
// match only so. Only aliases that name the organisation alone in news text
// are listed; the answer is still evidence. OrgCanonical is safe for
// concurrent use.
func OrgCanonical(name string) (string, bool) {
	t := orgAliases()
	k := foldOrg(name)
	c, ok := t.folded[k]
	if !ok {
		return "", false
	}
	if t.capitals[k] && !isUpperWord(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(name), "the "), "The ")) {
		return "", false
	}
	return c, true
}

// OrgNameStart reports whether w, ignoring case, is the first word of a
// name of several words that [OrgCanonical] knows ("U.S.", "Dow"): a cheap
// test before trying the words after it.
func OrgNameStart(w string) bool {
	return orgAliases().first[strings.ToLower(w)]
}
