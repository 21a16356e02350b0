package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one token: Text is exactly input[Off:End], with Off and End byte
// offsets into the string given to [Tokenize] or [Sentences].
type Token struct {
	Text     string
	Off, End int
}

// Tokenize splits text into tokens, in order. Whitespace (including
// non-breaking and zero-width spaces) separates tokens and is never part of
// one. Invalid UTF-8 bytes become one-byte tokens.
//
// Tokenize is safe for concurrent use; it runs in time linear in len(text).
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/4+1)
	return appendTokens(toks, text)
}

// appendTokens appends the tokens of text to toks.
func appendTokens(toks []Token, text string) []Token {
	n := len(text)
	i := 0
	for i < n {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isSpaceRune(r) {
				i += size
				continue
			}
		}
		var end int
		switch {
		case (c|0x20 == 'h' || c|0x20 == 'w' || c|0x20 == 'f' || c|0x20 == 'm') && urlStart(text[i:]):
			end = scanURL(text, i)
		case c < utf8.RuneSelf && asciiWord[c]:
			toks = scanWord(toks, text, i)
			i = toks[len(toks)-1].End
			continue
		case c >= utf8.RuneSelf && isWordStart(text[i:]):
			toks = scanWord(toks, text, i)
			i = toks[len(toks)-1].End
			continue
		default:
			end = scanPunct(text, i)
		}
		toks = append(toks, Token{Text: text[i:end], Off: i, End: end})
		i = end
	}
	return toks
}

// asciiSpace marks ASCII bytes that separate tokens: white space and
// control characters.
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c <= ' ' || c == 0x7f
	}
	return t
}()

// asciiWord marks ASCII bytes that start and continue words: letters and
// digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool { return c < utf8.RuneSelf && asciiWord[c] }

// isSpaceRune reports whether r separates tokens: Unicode white space,
// C1 controls, zero-width spaces, the byte-order mark and the replacement
// of nothing else.
func isSpaceRune(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
		return true
	}
	return unicode.IsSpace(r) || (r >= 0x80 && r < 0xA0)
}

// runeAt decodes the rune at text[i:], returning (0, 0) at the end.
func runeAt(text string, i int) (rune, int) {
	if i >= len(text) {
		return 0, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// runeBefore decodes the rune ending at text[:i], returning (0, 0) at the
// start.
func runeBefore(text string, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(text[:i])
}

// isAlnum reports whether r is a letter, digit or combining mark.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// scanWord scans the word starting at text[i] (a letter or digit) and
// appends it to toks, split into clitics where it carries one.
func scanWord(toks []Token, text string, i int) []Token {
	n := len(text)
	j := i
	seg := 0       // runes in the current dot-separated segment
	maxSeg := 0    // longest dot-separated segment
	dots := false  // an internal period was taken
	apos := false  // an internal apostrophe was taken
	letter := true // the previous rune was a letter (not a digit)
	for j < n {
		r, size := runeAt(text, j)
		if isAlnum(r) {
			letter = !isDigit(r)
			j += size
			seg++
			continue
		}
		next, _ := runeAt(text, j+size)
		prevDigit := !letter
		switch r {
		case '-', '‐', '‑':
			if isAlnum(next) {
				j += size
				seg++
				continue
			}
		case '_':
			if isAlnum(next) {
				j += size
				seg++
				continue
			}
		case '\'', '’':
			if prevDigit && (next == 's' || next == 'S') {
				// "1980's" stays whole (EWT).
				if after, _ := runeAt(text, j+size+1); !isAlnum(after) {
					j += size + 1
					continue
				}
			}
			if !prevDigit && isAlnum(next) && !isDigit(next) {
				apos = true
				j += size
				seg++
				continue
			}
		case ',':
			if prevDigit && isDigit(next) {
				j += size
				seg++
				continue
			}
		case ':', '/':
			if prevDigit && isDigit(next) {
				j += size
				seg++
				continue
			}
		case '&':
			if p, _ := runeBefore(text, j); unicode.IsUpper(p) && unicode.IsUpper(next) {
				j += size
				seg++
				continue
			}
		case '.':
			if isDigit(next) && prevDigit || isAlnum(next) && (unicode.IsLower(next) || isDigit(next) || seg <= 2) {
				if seg > maxSeg {
					maxSeg = seg
				}
				seg = 0
				dots = dots || !prevDigit || !isDigit(next)
				j += size
				continue
			}
		}
		if r == '@' || r == '.' || r == '_' || r == '+' || r == '-' {
			if e := emailLen(text[i:]); e > 0 {
				j = i + e
				apos, dots = false, false
				seg, maxSeg = 0, 0
			}
		}
		break
	}
	if seg > maxSeg {
		maxSeg = seg
	}
	// A final period joins abbreviations, initials and dotted forms
	// ("U.S.", "a.m.", "Ph.D."), unless it starts an ellipsis.
	if j < n && text[j] == '.' && (j+1 >= n || text[j+1] != '.') && !apos {
		w := text[i:j]
		if k := strings.LastIndexByte(w, '-'); k >= 0 {
			w = w[k+1:] // "R-Fla."
		}
		initialEnd := isInitial(w) && w == text[i:j] && endsSentenceAfter(text[j+1:])
		if dots && maxSeg <= 3 || isInitial(w) && !initialEnd || isAbbrev(w, text[j+1:]) {
			j++
			// "U.S.-led": a hyphen after the abbreviation continues it.
			if r, size := runeAt(text, j); r == '-' {
				if next, _ := runeAt(text, j+size); isAlnum(next) {
					k := len(toks)
					toks = scanWord(toks, text, j+size)
					toks[k] = Token{Text: text[i:toks[k].End], Off: i, End: toks[k].End}
					return toks
				}
			}
			return append(toks, Token{Text: text[i:j], Off: i, End: j})
		}
	}
	if apos {
		if k := cliticStart(text[i:j]); k > 0 {
			return append(toks,
				Token{Text: text[i : i+k], Off: i, End: i + k},
				Token{Text: text[i+k : j], Off: i + k, End: j})
		}
	} else if k := fusedSplit(text[i:j]); k > 0 {
		return append(toks,
			Token{Text: text[i : i+k], Off: i, End: i + k},
			Token{Text: text[i+k : j], Off: i + k, End: j})
	}
	return append(toks, Token{Text: text[i:j], Off: i, End: j})
}

// cliticStart returns the byte index in w where a clitic starts ("n't", "'s",
// "'re", "'ve", "'ll", "'d", "'m", with either apostrophe), or 0.
func cliticStart(w string) int {
	// n't / n’t
	for _, ap := range [...]string{"'", "’"} {
		suf := len(ap) + 2 // n + ap + t
		if len(w) > suf && (w[len(w)-1] == 't' || w[len(w)-1] == 'T') &&
			strings.HasSuffix(w[:len(w)-1], ap) && (w[len(w)-1-len(ap)-1] == 'n' || w[len(w)-1-len(ap)-1] == 'N') {
			return len(w) - suf
		}
	}
	k := strings.LastIndexAny(w, "'’")
	if k <= 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(w[k:])
	suf := w[k+size:]
	for _, c := range [...]string{"s", "re", "ve", "ll", "d", "m"} {
		if len(suf) == len(c) && strings.EqualFold(suf, c) {
			return k
		}
	}
	return 0
}

// fusedSplit returns where to split the fused forms "cannot", "gonna",
// "wanna" and "gotta" (Penn: "can" "not", "gon" "na"), or 0.
func fusedSplit(w string) int {
	if len(w) != 6 && len(w) != 5 {
		return 0
	}
	for _, f := range [...]string{"cannot", "gonna", "wanna", "gotta"} {
		if len(w) == len(f) && strings.EqualFold(w, f) {
			return 3
		}
	}
	return 0
}

// isInitial reports whether w is a single uppercase letter ("J" in "J. R.").
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// emailLen returns the length of the e-mail address at the start of s
// (local part, "@", domain), or 0.
func emailLen(s string) int {
	i := 0
	for i < len(s) && (isASCIIAlnum(s[i]) || s[i] == '.' || s[i] == '_' || s[i] == '-' || s[i] == '+' || s[i] == '%') {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != '@' {
		return 0
	}
	d := domainLen(s[i+1:])
	if d == 0 {
		return 0
	}
	return i + 1 + d
}

// domainLen returns the length of the domain name at the start of s
// (labels of letters, digits and hyphens joined by dots, at least two
// labels, the last alphabetic), or 0.
func domainLen(s string) int {
	j, labels, lastAlpha := 0, 0, false
	for {
		k := j
		alpha := true
		for k < len(s) && (isASCIIAlnum(s[k]) || s[k] == '-' && k > j) {
			if isDigit(rune(s[k])) || s[k] == '-' {
				alpha = false
			}
			k++
		}
		if k == j {
			break
		}
		labels++
		lastAlpha = alpha
		j = k
		if j+1 < len(s) && s[j] == '.' && isASCIIAlnum(s[j+1]) {
			j++
			continue
		}
		break
	}
	if labels < 2 || !lastAlpha {
		return 0
	}
	return j
}

// urlStart reports whether s starts with a URL scheme or "www.".
func urlStart(s string) bool {
	for _, p := range [...]string{"http://", "https://", "www.", "ftp://", "mailto:"} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			r, _ := utf8.DecodeRuneInString(s[len(p):])
			return isAlnum(r) || r == '/' && p != "www."
		}
	}
	return false
}

// scanURL returns the end of the URL starting at text[i]: it runs to white
// space or a quote or angle bracket, without trailing sentence punctuation
// and without a closing bracket it did not open.
func scanURL(text string, i int) int {
	j := i
	open := 0
	for j < len(text) {
		r, size := runeAt(text, j)
		if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && isSpaceRune(r) {
			break
		}
		if r == '"' || r == '<' || r == '>' || r == '“' || r == '”' || r == '«' || r == '»' || r == utf8.RuneError {
			break
		}
		if r == '(' {
			open++
		}
		if r == ')' {
			if open == 0 {
				break
			}
			open--
		}
		j += size
	}
	for j > i {
		r, size := runeBefore(text, j)
		if strings.ContainsRune(".,;:!?'’]}*", r) {
			j -= size
			continue
		}
		break
	}
	return j
}

// scanPunct returns the end of the punctuation or symbol token at text[i].
func scanPunct(text string, i int) int {
	r, size := runeAt(text, i)
	j := i + size
	switch r {
	case ':', ';', '(', ')', '^', '<':
		if e := emoticonLen(text, i); e > 0 {
			return i + e
		}
	}
	switch r {
	case '_', '*', '=', '~', '+', '^', '<', '>':
		// Rules and decorations: "-----", "*****", "=====".
		for j < len(text) && rune(text[j]) == r {
			j++
		}
	case '.', '!', '?':
		// Runs of sentence punctuation are one token ("...", "?!", "!!!").
		for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
	case '-':
		// "--" and longer dashes.
		for j < len(text) && text[j] == '-' {
			j++
		}
	case '`':
		if j < len(text) && text[j] == '`' {
			j++
		}
	case '\'', '’':
		if r == '\'' && j < len(text) && text[j] == '\'' {
			j++
			break
		}
		// "U.S.'s": a possessive after a token that ends in punctuation.
		if j < len(text) && (text[j] == 's' || text[j] == 'S') {
			before, _ := runeBefore(text, i)
			after, _ := runeAt(text, j+1)
			if before == '.' && !isAlnum(after) {
				j++
				break
			}
		}
		// '73: a clipped year.
		if j+2 <= len(text) && isDigit(rune(text[j])) && isDigit(rune(text[j+1])) {
			if after, _ := runeAt(text, j+2); !isAlnum(after) {
				if before, _ := runeBefore(text, i); !isAlnum(before) {
					j += 2
				}
			}
		}
	case '@':
		// @handle
		k := j
		for k < len(text) && (isASCIIAlnum(text[k]) || text[k] == '_') {
			k++
		}
		if k > j {
			j = k
		}
	case '#':
		// #hashtag: a letter or underscore, then letters, digits, underscores.
		if next, _ := runeAt(text, j); unicode.IsLetter(next) || next == '_' {
			for j < len(text) {
				r, size := runeAt(text, j)
				if !isAlnum(r) && r != '_' {
					break
				}
				j += size
			}
		}
	case '—', '–', '―':
		for j < len(text) {
			r, size := runeAt(text, j)
			if r != '—' && r != '–' && r != '―' {
				break
			}
			j += size
		}
	default:
		if r >= utf8.RuneSelf && unicode.Is(unicode.So, r) {
			j = scanEmoji(text, j)
		}
	}
	return j
}

// emoticons are the text faces kept whole when they stand alone.
var emoticons = [...]string{":-)", ":-(", ":-D", ":-P", ";-)", ":)", ":(", ":D", ":P", ":p", ";)", "(:", "):", ":/", "^^", "^_^", "<3", ":-/"}

// emoticonLen returns the length of the emoticon at text[i] when it stands
// between spaces (or text ends), or 0.
func emoticonLen(text string, i int) int {
	if before, _ := runeBefore(text, i); before != 0 && !unicode.IsSpace(before) {
		return 0
	}
	for _, e := range emoticons {
		if strings.HasPrefix(text[i:], e) {
			if after, _ := runeAt(text, i+len(e)); after == 0 || unicode.IsSpace(after) {
				return len(e)
			}
		}
	}
	return 0
}

// endsSentenceAfter reports whether rest, the text after an initial's
// period, shows that the period ends a sentence ("wrote on X. The ...",
// "Plan B.\n"): it is empty or white space up to a line break, or white
// space then an opening quote or a capitalised sentence-start word. A
// sentence-final initial then keeps its period as a token of its own.
func endsSentenceAfter(rest string) bool {
	k := 0
	for k < len(rest) {
		c := rest[k]
		if c == '\n' || c == '\r' {
			return true
		}
		if c != ' ' && c != '\t' {
			break
		}
		k++
	}
	if k == len(rest) {
		return true
	}
	if k == 0 {
		return false
	}
	r, size := utf8.DecodeRuneInString(rest[k:])
	switch r {
	case '"', '“', '‘':
		return true
	}
	if !unicode.IsUpper(r) {
		return false
	}
	e := k + size
	for e < len(rest) && rest[e] >= 'a' && rest[e] <= 'z' {
		e++
	}
	if e < len(rest) && rest[e] == '.' {
		return false // "J. A. Smith": "A." is another initial
	}
	return startWords[rest[k:e]]
}

// scanEmoji extends a symbol token ending at j over the modifiers of an
// emoji sequence: variation selectors, skin tones, keycaps, and symbols
// joined by ZERO WIDTH JOINER ("👍🏽", "👩‍🔬").
func scanEmoji(text string, j int) int {
	for j < len(text) {
		r, size := runeAt(text, j)
		switch {
		case r == 0xFE0F || r == 0xFE0E || r == 0x20E3 || 0x1F3FB <= r && r <= 0x1F3FF:
			j += size
		case r == 0x200D:
			next, nsize := runeAt(text, j+size)
			if !unicode.Is(unicode.So, next) {
				return j
			}
			j += size + nsize
		default:
			return j
		}
	}
	return j
}
