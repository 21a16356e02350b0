package resolve

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
)

// nameSuffixes end a name without being the surname.
var nameSuffixes = set("jr", "sr", "ii", "iii", "iv")

// nicknames pairs common English short forms with full first names. A pair
// here is a variant, not proof: merging still needs context.
var nicknames = map[string][]string{
	"alex": {"alexander", "alexandra", "alexis", "alexus"}, "bill": {"william"}, "will": {"william"},
	"bob": {"robert"}, "rob": {"robert"}, "dick": {"richard"}, "rick": {"richard"}, "jim": {"james"},
	"jimmy": {"james"}, "mike": {"michael"}, "steve": {"steven", "stephen"}, "tom": {"thomas"},
	"tony": {"anthony"}, "joe": {"joseph"}, "dan": {"daniel"}, "dave": {"david"}, "ed": {"edward"},
	"liz": {"elizabeth"}, "beth": {"elizabeth"}, "kate": {"katherine", "catherine"}, "sam": {"samuel", "samantha"},
	"ben": {"benjamin"}, "chris": {"christopher", "christine"}, "matt": {"matthew"}, "nick": {"nicholas"},
	"pat": {"patrick", "patricia"}, "larry": {"lawrence"}, "josh": {"joshua"}, "jon": {"jonathan"},
	"andy": {"andrew"}, "greg": {"gregory"}, "jeff": {"jeffrey"}, "ted": {"edward", "theodore"},
	"vlad": {"vladimir"}, "volodymyr": {"vladimir"}, "don": {"donald"},
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// bareWord lowercases w and drops a final period ("Gen." → "gen").
func bareWord(w string) string {
	return strings.TrimSuffix(strings.ToLower(w), ".")
}

// isTitle reports whether w is a title or role word that may stand before
// a person's name and is kept as a role ("President", "Gen.", "former"), as
// the shared lexicon lists them; occupations ("striker") are not stripped
// from names.
func isTitle(w string) bool {
	return lexicon.Title(w, lexicon.Honorific, lexicon.Rank, lexicon.Office, lexicon.Role, lexicon.Modifier)
}

// foldName folds a name part for comparison: lower case, diacritics
// removed, and the common transliteration variants of Slavic endings made
// one (Zelenskiy, Zelenskyy, Zelenskyi → zelensky), and an Arabic article
// dropped (el-Sadat → sadat).
func foldName(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) || r == '\'' || r == '’' || r == '.' {
			continue
		}
		b.WriteRune(r)
	}
	s = b.String()
	// Arabic articles written onto a name: el-Sadat, al-Assad.
	for _, prefix := range []string{"el-", "al-", "el ", "al "} {
		if rest, ok := strings.CutPrefix(s, prefix); ok && len(rest) >= 3 {
			s = rest
			break
		}
	}
	for _, e := range []struct{ from, to string }{{"iy", "y"}, {"yy", "y"}, {"yi", "y"}, {"ij", "y"}, {"ii", "y"}} {
		if strings.HasSuffix(s, e.from) && len(s) > 4 {
			s = strings.TrimSuffix(s, e.from) + e.to
			break
		}
	}
	return s
}

// firstNamesCompatible reports whether two folded first names may name the
// same person, and whether that is certain (equal) or only a variant
// (nickname, prefix, or one letter apart) that needs supporting context.
func firstNamesCompatible(a, b string) (compatible, certain bool) {
	if a == "" || b == "" || a == b {
		return true, true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, full := range nicknames[a] {
		if full == b {
			return true, false
		}
	}
	for _, full := range nicknames[b] {
		if full == a {
			return true, false
		}
	}
	if len(a) >= 3 && strings.HasPrefix(b, a) {
		return true, false
	}
	// Transliterations differ by a letter: Dmitry, Dmitri.
	if len(a) >= 5 && editDistanceAtMost1(a, b) {
		return true, false
	}
	return false, false
}

// editDistanceAtMost1 reports whether a and b differ by at most one edit.
func editDistanceAtMost1(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	if la < lb {
		a, b, la, lb = b, a, lb, la
	}
	i, j, edits := 0, 0, 0
	for i < la && j < lb {
		if a[i] == b[j] {
			i++
			j++
			continue
		}
		edits++
		if edits > 1 {
			return false
		}
		if la == lb {
			i++
			j++
		} else {
			i++
		}
	}
	return edits+(la-i)+(lb-j) <= 1
}

// normKey returns the clustering key of a name: lower case, diacritics
// folded, a leading "the" and a possessive ending dropped, punctuation
// turned into spaces ("The Acme Co.'s" → "acme co"). Acronyms keep their
// capitals, so "IT" never meets the pronoun "it" or "It".
func normKey(name string) string {
	if allCaps(name) && !strings.ContainsAny(name, " .") && len(name) <= 6 {
		return "=" + name
	}
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'"), "’")
	var b strings.Builder
	space := true
	for _, r := range norm.NFD.String(strings.ToLower(name)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&':
			b.WriteRune(r)
			space = false
		case r == '.' || r == '\'' || r == '’':
			// "U.S.", "O'Brien": joined
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	k := strings.TrimSpace(b.String())
	if rest, ok := strings.CutPrefix(k, "the "); ok {
		k = rest
	}
	return k
}

// acronymKey is the key of an abbreviation written in capitals.
func acronymKey(abbr string) string { return normKey(abbr) }

// stopWords are pronouns and function words: never a name, however the
// recogniser tagged them ("It" at the start of a sentence).
var stopWords = set("it", "its", "it's", "they", "them", "their", "we", "us", "our", "he", "she", "him",
	"his", "her", "hers", "i", "me", "my", "you", "your", "this", "that", "these", "those", "there",
	"here", "who", "what", "which", "a", "an", "the", "one", "some", "all", "both", "each")

// stopName reports whether a mention's text is a pronoun or function word.
func stopName(text string) bool { return stopWords[strings.ToLower(text)] }

// titleSex returns the sex a title implies ("Mrs", "Queen" → female), or
// Unknown.
func titleSex(toks []nlp.Token) gazetteer.Sex {
	for _, t := range toks {
		if e, ok := lexicon.TitleInfo(t.Text); ok {
			switch e.Sex {
			case lexicon.Male:
				return gazetteer.Male
			case lexicon.Female:
				return gazetteer.Female
			}
		}
	}
	return gazetteer.Unknown
}

// periodWords end the names of ages the recogniser cuts to their first
// word ("Iron" of "Iron Age").
var periodWords = set("Age", "Ages", "Era")

// unitNouns are the people and parts of an organisation: an abbreviation
// before one is the organisation's ("KDP officials", "NBC reporters").
var unitNouns = set("spokesman", "spokeswoman", "spokesperson", "official", "officials", "executive", "executives",
	"chief", "chairman", "chairwoman", "president", "director", "directors", "board", "shares", "stock", "staff",
	"workers", "employees", "members", "member", "leader", "leaders", "lawyers", "troops", "forces", "reporters",
	"analysts", "headquarters", "office", "offices", "team", "statement", "report", "investigators", "inspectors", "police")

// dropPhraseWords drops one-word names that are a word of a longer name
// or phrase the recogniser cut: "Iron" of "Iron Age", and an abbreviation
// written only before a common noun ("DNA tests", "DNA samples") that the
// text never defines, no gazetteer entry knows and no noun of an
// organisation's people or parts follows ("KDP officials" stays).
func (r *resolver) dropPhraseWords() {
	modifierOnly := map[string]bool{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.dropped || m.pronoun || m.typ == "PERSON" || strings.Contains(m.name, " ") {
			continue
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		if m.end < len(toks) && periodWords[toks[m.end].Text] && !r.covered(m.doc, m.sent, m.end) {
			m.dropped = true
			continue
		}
		if !allCapitalLetters(m.name) || len(m.name) > 5 {
			continue
		}
		ok, seen := modifierOnly[m.name]
		if seen && !ok {
			continue
		}
		mod := m.end < len(toks) && toks[m.end].UPOS == "NOUN" && !isCapitalised(toks[m.end].Text) && !unitNouns[strings.ToLower(toks[m.end].Text)]
		if m.start > 0 {
			switch strings.ToLower(toks[m.start-1].Text) {
			case "the", "a", "an", "its", "their", "his", "her", "'s", "’s": // "Apple's IOS video app"
				mod = false
			}
		}
		modifierOnly[m.name] = mod
	}
	for name, ok := range modifierOnly {
		if !ok || len(r.abbrev[name]) > 0 || gazetteer.MatchOrganisation([]string{name}) == 1 {
			delete(modifierOnly, name)
			continue
		}
		if _, _, known := gazetteer.Lookup(name); known {
			delete(modifierOnly, name)
		}
	}
	for i := range r.mentions {
		if m := &r.mentions[i]; !m.dropped && !m.pronoun && m.typ != "PERSON" && modifierOnly[m.name] {
			m.dropped = true
		}
	}
}
