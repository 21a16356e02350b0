package render

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// cleanSlow is clean without its fast path.
func cleanSlow(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
}

func TestCleanFastPath(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		fast     bool
	}{
		{"", "", true},
		{"Person 0", "Person 0", true},
		{"Zoë Ağca in Kraków", "Zoë Ağca in Kraków", true},
		{" lead", "lead", false},
		{"trail ", "trail", false},
		{"two  spaces", "two spaces", false},
		{"tab\there", "tab here", false},
		{"line\nbreak", "line break", false},
		{"nbsp\u00a0here", "nbsp here", false},
		{"next\u0085line", "next line", false},
		{"del\x7fchar", "del char", false},
		{"bad\xffbyte", "bad\uFFFDbyte", false},
		{"c1\u0090ctl", "c1 ctl", false},
		{"ideo\u3000space", "ideo space", false},
	} {
		if got := isClean(tt.in); got != tt.fast {
			t.Errorf("isClean(%q) = %v, want %v", tt.in, got, tt.fast)
		}
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Random strings over an alphabet rich in the awkward cases.
	alphabet := []string{"a", "Z", " ", "  ", "\t", "\n", "\u00a0", "é", "\xff", "\x00", "\u2028", "\u0085", "\x7f", "日"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := clean(s), cleanSlow(s); got != want {
			t.Fatalf("clean(%q) = %q, want %q", s, got, want)
		}
	}
}
