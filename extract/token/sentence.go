package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract/lexicon"
)

// Sentence is one sentence: the byte range [Off, End) of the input, trimmed
// of surrounding space, and its tokens.
type Sentence struct {
	Off, End int
	Tokens   []Token
}

// Sentences splits text into sentences, each tokenized as by [Tokenize];
// the package documentation gives the rules. Every token of text belongs to
// exactly one sentence, in order; a text without tokens has no sentences.
// The Tokens slices of the result share one backing array and are capped,
// so appending to one does not touch its neighbour.
//
// Sentences is safe for concurrent use; it runs in time linear in len(text).
func Sentences(text string) []Sentence {
	toks := Tokenize(text)
	if len(toks) == 0 {
		return nil
	}
	out := make([]Sentence, 0, len(toks)/20+1)
	start := 0
	for i := range toks {
		end := i
		if i+1 < len(toks) && !boundaryAfter(text, toks[start:], i-start) {
			if i+1-start < MaxSentenceTokens {
				continue
			}
			end = softBreak(toks, i)
		}
		out = append(out, Sentence{Off: toks[start].Off, End: toks[end].End, Tokens: toks[start : end+1 : end+1]})
		start = end + 1
	}
	return out
}

// MaxSentenceTokens bounds the tokens of one sentence. Parsing, open
// information extraction and resolution each spend time that grows faster
// than linearly with a sentence's length; real sentences stay far below.
const MaxSentenceTokens = 256

// softBreak returns where to cut a sentence that reached the maximum at
// toks[i]: after the last comma, semicolon, colon or dash among the last 64
// tokens, else after toks[i].
func softBreak(toks []Token, i int) int {
	for j := i; j > i-64; j-- {
		switch toks[j].Text {
		case ",", ";", ":", "—", "–", "--":
			return j
		}
	}
	return i
}

// boundaryAfter reports whether a sentence ends after toks[i]; toks[i+1]
// exists and toks[0] starts the current sentence.
func boundaryAfter(text string, toks []Token, i int) bool {
	gap := text[toks[i].End:toks[i+1].Off]
	if gap == "" {
		return false
	}
	if hasLineBreak(gap) {
		return true
	}
	// Skip back over closing quotes and brackets attached to the terminal
	// punctuation: `won."`, `(see above.)`.
	t := i
	for t > 0 && isCloser(toks[t].Text) && toks[t-1].End == toks[t].Off {
		t--
	}
	term := toks[t].Text
	next := toks[i+1].Text
	switch {
	case isTerminal(term):
		if t == 1 && term == "." && isNumber(toks[0].Text) {
			return false // a list number: "1. The first point"
		}
		if startsSentence(next) {
			return true
		}
		// A lone period after an ordinary word ends a sentence even before
		// a lowercase word ("... was fine. then"); abbreviations keep their
		// periods, so this one is final.
		return term == "." && t == i && i > 0 && isLowerWord(next) && !continuers[next] &&
			isPlainWord(toks[i-1].Text) && toks[i-1].End == toks[i].Off
	case len(term) > 1 && term[len(term)-1] == '.':
		// An abbreviation, initial or dotted form with its period.
		if abbrevKindOf(term) == titleAbbrev {
			return false
		}
		if t < i {
			// A closing quote or bracket after it: `... Inc." The`.
			return startsSentence(next)
		}
		if meridiemEnds(term, next) {
			return true
		}
		return startWords[next] || isOpenQuote(next)
	}
	return false
}

// meridiemEnds reports whether a sentence ends between a meridiem ("a.m.",
// "p.m.") and the capitalised word after it: a time closes its clause far
// more often than it runs on into a name ("at 6 a.m. Union leaders said"),
// unless the word carries the time on: a weekday or month ("9 a.m.
// Friday"), a time zone in capitals ("5 p.m. GMT") or a zone's name ("8
// a.m. Eastern").
func meridiemEnds(term, next string) bool {
	if e, ok := lexicon.Calendar(term); !ok || e.Kind != lexicon.Meridiem {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsUpper(r) {
		return isOpenQuote(next)
	}
	if e, ok := lexicon.Calendar(next); ok {
		switch e.Kind {
		case lexicon.Month, lexicon.MonthAbbr, lexicon.Weekday, lexicon.RelativeDay, lexicon.Holiday:
			return false
		case lexicon.Zone:
			if strings.ToUpper(next) == next {
				return false
			}
		}
	}
	switch next {
	case "Eastern", "Pacific", "Central", "Mountain", "Atlantic", "Local":
		return false
	}
	return true
}

// hasLineBreak reports whether s contains a line or paragraph break.
func hasLineBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r', '\v', '\f':
			return true
		case 0xE2: // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				return true
			}
		}
	}
	return false
}

// isTerminal reports whether tok is sentence-final punctuation: ".", "?",
// "!", runs of them, or an ellipsis.
func isTerminal(tok string) bool {
	if tok == "…" {
		return true
	}
	for i := 0; i < len(tok); i++ {
		if c := tok[i]; c != '.' && c != '!' && c != '?' {
			return false
		}
	}
	return tok != ""
}

// isCloser reports whether tok is a closing quote or bracket.
func isCloser(tok string) bool {
	switch tok {
	case "\"", "'", "''", "”", "’", "»", "›", ")", "]", "}":
		return true
	}
	return false
}

// startsSentence reports whether a token can begin a sentence: it starts
// with an uppercase letter, a digit, an opening quote or bracket, or a
// currency sign.
func startsSentence(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	switch r {
	case '"', '\'', '`', '“', '‘', '«', '(', '[', '{', '$', '€', '£', '¥', '#', '@', '¿', '¡':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r)
}

// continuers are lowercase words that, after a stray period, more likely
// continue the sentence than start one ("Zelensky. and U.S. negotiators").
var continuers = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "of": true, "to": true,
	"in": true, "on": true, "for": true, "with": true, "at": true, "by": true,
	"as": true, "from": true, "than": true, "that": true, "which": true, "who": true,
}

// isLowerWord reports whether tok starts with a lowercase letter.
func isLowerWord(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsLower(r)
}

// isPlainWord reports whether tok is a word of at least two letters that is
// not a known abbreviation.
func isPlainWord(tok string) bool {
	n := 0
	for _, r := range tok {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2 && abbrevs[tok] == notAbbrev
}

// isOpenQuote reports whether tok is an opening double quote.
func isOpenQuote(tok string) bool {
	return tok == "\"" || tok == "“" || tok == "``"
}

// isNumber reports whether tok is a short run of ASCII digits.
func isNumber(tok string) bool {
	if tok == "" || len(tok) > 3 {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] < '0' || tok[i] > '9' {
			return false
		}
	}
	return true
}
