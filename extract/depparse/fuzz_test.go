package depparse_test

import (
	"strings"
	"testing"
)

// FuzzParse checks that tagging and parsing any whitespace-separated input
// never panics and always yields one well-formed tree.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"The talks collapsed .",
		"",
		"\xff \x00 ,,, ???",
		"a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a",
		"ÉLYSÉE 2026-01-06 @user #tag http://example.com/x?y=1",
	} {
		f.Add(s)
	}
	tg, p := load(f)
	f.Fuzz(func(t *testing.T, in string) {
		words := strings.Fields(in)
		upos, xpos := tg.Tag(words)
		heads, rels := p.Parse(words, upos, xpos)
		if len(heads) != len(words) || len(rels) != len(words) {
			t.Fatalf("Parse(%q): %d heads %d rels", words, len(heads), len(rels))
		}
		checkTree(t, words, heads, rels)
	})
}
