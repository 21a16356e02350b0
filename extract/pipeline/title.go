package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract/nlp"
)

// TitleIndex is the [nlp.Sentence.Index] of a document's title when the
// pipeline reads it as a sentence; facts read off it have a source offset
// of -1 and the title as their sentence.
const TitleIndex = -1

// titleSentence annotates a document's title as a sentence of its own, so
// that the headline's facts, often the story's main event, are read too.
// A headline in title case ("Regulator Fines Two Banks Over Late Reports")
// is true-cased for the annotator first (see trueCase); the sentence keeps
// the title's own words. ok is false when there is no title or it is one
// of the body's sentences already.
func (p *Extractor) titleSentence(title string, body []nlp.Sentence) (s nlp.Sentence, ok bool) {
	title = strings.TrimSpace(title)
	if title == "" || strings.ContainsAny(title, "\n\r") {
		return nlp.Sentence{}, false
	}
	for i := range body {
		if i > 1 {
			break
		}
		if strings.EqualFold(strings.TrimSpace(body[i].Text), title) {
			return nlp.Sentence{}, false
		}
	}
	cased := trueCase(title, body)
	s = p.nlp.AnnotateSentence(cased)
	if len(s.Tokens) < 3 {
		return nlp.Sentence{}, false
	}
	// Back to the title's own words: true-casing changes only letter case
	// and keeps every byte offset.
	s.Text = title[s.Off:s.End]
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.Text = title[t.Off:t.End]
	}
	s.Index = TitleIndex
	return s, true
}

// trueCase lowers the capitals of a title-case headline that are not
// names: a capitalised word is lowered when the body writes it in lower
// case inside sentences more often than capitalised, or, in a headline
// where most words are capitalised, when the body never writes it
// capitalised inside a sentence (and it is not all capitals, like an
// acronym). A sentence-case title changes at most its first word. Only
// letters whose lower case has the same length in UTF-8 are lowered, so
// offsets stay valid.
func trueCase(title string, body []nlp.Sentence) string {
	lower, upper := map[string]int{}, map[string]int{}
	for _, s := range body {
		for i, t := range s.Tokens {
			if i == 0 || t.Text == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(t.Text)
			k := strings.ToLower(t.Text)
			if unicode.IsUpper(r) {
				upper[k]++
			} else if unicode.IsLower(r) {
				lower[k]++
			}
		}
	}
	titleCase := isTitleCase(title)
	b := []byte(title)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if !unicode.IsLetter(r) || (i > 0 && !isBreak(b[i-1])) {
			i += n
			continue
		}
		j := i
		for j < len(b) && !isBreak(b[j]) {
			j++
		}
		word := string(b[i:j])
		first := i == 0
		i = j
		if !unicode.IsUpper(r) || allCaps(word) || !(titleCase || first) {
			continue
		}
		k := strings.ToLower(strings.TrimRight(word, ".,:;!?'\"’”)"))
		if k == "" {
			continue
		}
		lowerIt := lower[k] > upper[k] || (titleCase && upper[k] == 0 && lower[k] == 0 && !first)
		if titleCase && first && upper[k] == 0 && lower[k] > 0 {
			lowerIt = true
		}
		if !lowerIt {
			continue
		}
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != n {
			continue
		}
		utf8.EncodeRune(b[j-len(word):], l)
	}
	return string(b)
}

// isTitleCase reports whether a headline capitalises most of its words
// ("Regulator Fines Two Banks Over Late Reports").
func isTitleCase(title string) bool {
	words := strings.Fields(title)
	caps := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return len(words) >= 3 && float64(caps) >= 0.6*float64(len(words))
}

func isBreak(c byte) bool {
	return c == ' ' || c == '\t' || c == '-' || c == '/' || c == '"' || c == '(' || c == '\''
}

func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}
