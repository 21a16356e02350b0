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

// storyCompanyOf finds the company a document is about (see
// storyCompany), in one pass over the document's tokens.
func storyCompanyOf(sentences []nlp.Sentence, at func(si, tok int) (string, string, bool)) string {
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
		}
	}
	return storyCompany(counts, names)
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
