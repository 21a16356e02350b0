package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dotString returns s as a quoted DOT string for a label or tooltip. Quotes
// and backslashes are escaped, control characters become spaces, invalid
// UTF-8 is replaced, and "&" is written as "&amp;" because Graphviz decodes
// HTML entities in labels and tooltips (so a name containing "&lt;" stays
// literal).
func dotString(s string) string { return dotQuote(s, true) }

// dotID returns s as a quoted DOT node id: like dotString, but "&" is kept,
// since Graphviz does not decode entities in ids.
func dotID(s string) string { return dotQuote(s, false) }

func dotQuote(s string, entities bool) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '&' && entities:
			b.WriteString("&amp;")
		case unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// dotLines returns the lines as one quoted DOT string, joined with Graphviz's
// centred line break "\n". Each line is escaped as by dotString.
func dotLines(lines []string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i, l := range lines {
		if i > 0 {
			b.WriteString(`\n`)
		}
		q := dotString(l)
		b.WriteString(q[1 : len(q)-1])
	}
	b.WriteByte('"')
	return b.String()
}

// clean collapses runs of white space (including newlines) into one space,
// trims the ends and replaces invalid UTF-8.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
}

// isClean reports whether clean(s) == s: s is valid UTF-8 whose only white
// space or control characters are single ASCII spaces between other
// characters. Most text already is, and clean then costs no allocation.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			switch {
			case b == ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case b < 0x20 || b == 0x7f:
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.IsSpace(r) || unicode.IsControl(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return true
}

// shorten returns the cleaned s cut to at most n runes, ending in "…" when
// cut. It prefers to cut at a word boundary in the last third.
func shorten(s string, n int) string {
	s = clean(s)
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	cut := n - 1
	for i := cut; i > n*2/3; i-- {
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}

// wrap splits the cleaned s into lines of at most width runes, breaking at
// spaces where possible; words longer than width are cut. At most max lines
// are returned, the last ending in "…" when text was dropped.
func wrap(s string, width, max int) []string {
	words := strings.Fields(clean(s))
	var lines []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			lines = append(lines, string(cur))
			cur = cur[:0]
		}
	}
	for _, w := range words {
		wr := []rune(w)
		for len(wr) > width {
			flush()
			lines = append(lines, string(wr[:width]))
			wr = wr[width:]
		}
		if len(cur) > 0 && len(cur)+1+len(wr) > width {
			flush()
		}
		if len(cur) > 0 {
			cur = append(cur, ' ')
		}
		cur = append(cur, wr...)
	}
	flush()
	if max > 0 && len(lines) > max {
		lines = lines[:max]
		last := []rune(lines[max-1])
		if len(last) >= width {
			last = last[:width-1]
		}
		lines[max-1] = strings.TrimRight(string(last), " ,;:") + "…"
	}
	return lines
}
