package timeline

import (
	"hash/fnv"
	"strings"
	"testing"
)

// foldedHash must hash exactly the text the definition names: copies
// compares sentences by it.
func TestFoldedHash(t *testing.T) {
	for _, s := range []string{
		"", " ", "\t\n", "A", "The Ferry  Sailed.", "  leading and trailing  ",
		"tabs\tand\nnew\r\nlines\vand\ffeeds", "ÉCOLE Über ΣΊΣΥΦΟΣ", "İstanbul", "non\u00a0breaking\u2003em\u3000ideographic",
		"next\u0085line", "invalid \xff\xfe bytes", "a replacement \ufffd rune", "ǅungla", "MiXeD 12,000 Numbers",
		"word" + strings.Repeat(" ", 40) + "word", "\xc3", "ends with \xe2\x82",
	} {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(strings.Fields(strings.ToLower(s)), " ")))
		got, _ := foldedHash(nil, s)
		if want := h.Sum64(); got != want {
			t.Errorf("foldedHash(%q) = %x, want %x (hash of %q)", s, got, want, strings.Join(strings.Fields(strings.ToLower(s)), " "))
		}
	}
}
