package pipeline

import (
	"strings"

	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie"
	"github.com/storygraph/storygraph/extract/resolve"
)

// Business news says "Shares fell 7 percent" of the company the story is
// about. The fact "Shares | fell | 7 percent" says nothing on its own;
// with the one company the document is about it reads "Korvane shares |
// fell | 7 percent".

// storyCompany returns the name of the company a document is about: the
// organisation of a company's name that the document mentions most, at
// least three times and more than twice as often as any other
// organisation, a company or not (a takeover of a football club by an
// investment group is about the club as much as the buyer); otherwise "".
// counts holds the mentions of each organisation by id, names their names.
func storyCompany(counts map[string]int, names map[string]string) string {
	best := ""
	for id, n := range counts {
		if resolve.BusinessName(names[id]) && (best == "" || n > counts[best] || n == counts[best] && id < best) {
			best = id
		}
	}
	if best == "" || counts[best] < 3 {
		return ""
	}
	for id, n := range counts {
		if id != best && counts[best] <= 2*n {
			return ""
		}
	}
	return names[best]
}

// memberNouns are the parts and people of an organisation that business
// news names by a bare "the" ("the board decided", "the workforce was
// told"): the story company's.
var memberNouns = map[string]bool{"board": true, "management": true, "shareholders": true, "workforce": true,
	"employees": true, "staff": true}

// memberNamed writes "the board" (and the like) as the story company's
// board when the document is about one company.
func memberNamed(text, company string) string {
	if company == "" {
		return text
	}
	det, noun, ok := strings.Cut(text, " ")
	if !ok || !strings.EqualFold(det, "the") || !memberNouns[noun] {
		return text
	}
	return company + "'s " + noun
}

// sharesNamed writes a bare "Shares" subject as the story company's
// shares ("Shares fell 9 percent in early trading").
func sharesNamed(s *nlp.Sentence, r oie.Range, text, company string) string {
	if company == "" || !r.IsValid() || r.End != r.Start+1 || r.End > len(s.Tokens) {
		return text
	}
	t := s.Tokens[r.Start]
	if !strings.EqualFold(t.Text, "shares") || t.XPOS != "NNS" || !strings.HasPrefix(t.Dep, "nsubj") || text != t.Text {
		return text
	}
	for _, k := range s.Tokens {
		if k.Head == r.Start && k.Dep != "punct" {
			return text // "Shares in the bank", "Shares of both firms"
		}
	}
	return company + " shares"
}

// A story about two companies or two countries names them together as
// "the companies", "the two governments", "both countries". A fact with
// that subject says nothing on its own; with the two names it reads
// "Halvorsen Foods and Brightmeadow | said | ...".

// pairNouns maps the descriptions of a pair to the kind of entity they
// stand for.
var pairNouns = map[string]string{
	"the companies": "org", "the two companies": "org", "both companies": "org", "the two firms": "org", "both firms": "org",
	"the two groups":    "org",
	"the two countries": "gpe", "both countries": "gpe", "the two governments": "gpe", "both governments": "gpe",
	"the two neighbours": "gpe", "the two neighbors": "gpe", "the two nations": "gpe", "both nations": "gpe",
}

// pairNounLen is the length of the longest of pairNouns.
var pairNounLen = func() int {
	n := 0
	for k := range pairNouns {
		n = max(n, len(k))
	}
	return n
}()

// isASCIIText reports whether s is all ASCII, where strings.ToLower
// keeps the length and strings.Fields splits at ASCII space only.
func isASCIIText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// fieldCount returns how many words strings.Fields finds in s, counting
// no further than limit+1.
func fieldCount(s string, limit int) int {
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n > limit {
			break
		}
	}
	return n
}

// pairIndex holds, per sentence of a document, the companies and the
// countries named up to and including it, in order of first mention, and
// the company the document is about (see storyCompany).
type pairIndex struct {
	orgs, gpes [][]string
	company    string
}

// newPairIndex indexes the companies and countries a document names and
// finds its story company, in one pass over the document's tokens.
func newPairIndex(sentences []nlp.Sentence, at func(si, tok int) (string, string, bool)) *pairIndex {
	x := &pairIndex{orgs: make([][]string, len(sentences)), gpes: make([][]string, len(sentences))}
	var orgs, gpes []string
	seen := map[string]bool{}
	counts, names := map[string]int{}, map[string]string{}
	for si := range sentences {
		last := ""
		for tok := range sentences[si].Tokens {
			id, name, ok := at(si, tok)
			if ok && isOrg(id) && id != last { // one mention, however many tokens
				counts[id]++
				names[id] = name
			}
			if !ok || !isOrg(id) {
				last = ""
			} else {
				last = id
			}
			if !ok || seen[id] {
				continue
			}
			switch {
			case isOrg(id) && resolve.BusinessName(name):
				seen[id] = true
				orgs = append(orgs, name)
			case isGPE(id):
				seen[id] = true
				gpes = append(gpes, name)
			}
		}
		x.orgs[si], x.gpes[si] = orgs, gpes
	}
	x.company = storyCompany(counts, names)
	return x
}

// pairNamed writes "the companies" or "the two countries" as the two
// names the document has given of that kind so far, when it has given
// exactly two; otherwise it returns text.
func (x *pairIndex) pairNamed(si int, text string) string {
	if len(text) > pairNounLen && isASCIIText(text) {
		return text // longer than any pair noun in lower case too
	}
	kind, ok := pairNouns[strings.ToLower(text)]
	if !ok || x == nil || si >= len(x.orgs) {
		return text
	}
	names := x.orgs[si]
	if kind == "gpe" {
		names = x.gpes[si]
	}
	if len(names) != 2 {
		return text
	}
	return names[0] + " and " + names[1]
}
