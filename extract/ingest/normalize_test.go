package ingest

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// normalizeLineRef is the rune-by-rune definition normalizeLine's ASCII
// fast paths must agree with.
func normalizeLineRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			continue
		case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
			space = true
			continue
		case unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

var normalizeLineTests = []string{
	"", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\x00b", "a\x7fb", "\x1fa\x1f",
	"plain words, with punctuation: (and) \"quotes\" ~ {braces}",
	"a\u00a0b", "a\u2009\u2009b", "\u200bzero\u200dwidth\ufeff", "caf\u00e9  cr\u00e8me",
	"bad \xff byte", "\xef\xbf\xbd literal replacement", "a\u0085b", "\u3000ideographic\u3000",
	"\r\n\v\f", "trailing\t", "\tleading", "x\u2028y",
}

func TestNormalizeLineMatchesReference(t *testing.T) {
	for _, s := range normalizeLineTests {
		if got, want := normalizeLine(s), normalizeLineRef(s); got != want {
			t.Errorf("normalizeLine(%q) = %q, want %q", s, got, want)
		}
	}
	// every byte, alone and between letters
	for c := range 256 {
		for _, s := range []string{string(rune(c)), string([]byte{byte(c)}), "a" + string([]byte{byte(c)}) + "b", "a " + string([]byte{byte(c)}) + " b"} {
			if got, want := normalizeLine(s), normalizeLineRef(s); got != want {
				t.Errorf("normalizeLine(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

func FuzzNormalizeLine(f *testing.F) {
	for _, s := range normalizeLineTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalizeLine(s), normalizeLineRef(s); got != want {
			t.Errorf("normalizeLine(%q) = %q, want %q", s, got, want)
		}
	})
}
