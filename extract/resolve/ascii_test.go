package resolve

import (
	"strings"
	"testing"
)

// TestNameWordsASCII checks the ASCII paths of nameHasWord and nameHeadIs
// against the lower-case copy split into words they stand for.
func TestNameWordsASCII(t *testing.T) {
	hasWord := func(name, w string) bool {
		for _, x := range strings.Fields(strings.ToLower(name)) {
			if x == w {
				return true
			}
		}
		return false
	}
	headIs := func(name, lw string) bool {
		ws := strings.Fields(strings.ToLower(name))
		for i, w := range ws {
			if (w == "of" || w == "for") && i > 0 {
				return ws[i-1] == lw
			}
		}
		return len(ws) > 0 && ws[len(ws)-1] == lw
	}
	names := []string{"", " ", "Tarrow Fishing Federation", "  Coalition of the Willing ", "Of Mice", "Rural Fire\tService",
		"Ministry OF Health", "Fund for Peace", "FOR", "Bank\nof Valdoria", "Kestrel  Bay", "Zürich Insurance Group",
		"Crédit Agricole", "A\u00a0B", "Kelvin Bank", "Marren-Terminals Ltd.", "x", "of of", "Office For Budget"}
	words := []string{"", "of", "for", "federation", "coalition", "willing", "service", "fire", "ministry", "health",
		"peace", "fund", "bank", "valdoria", "bay", "group", "zürich", "agricole", "b", "a", "kelvin", "ltd.", "x", "Bank", "office", "budget"}
	for _, n := range names {
		for _, w := range words {
			if got, want := nameHasWord(n, w), hasWord(n, w); got != want {
				t.Errorf("nameHasWord(%q, %q) = %v, want %v", n, w, got, want)
			}
			if got, want := nameHeadIs(n, w), headIs(n, w); got != want {
				t.Errorf("nameHeadIs(%q, %q) = %v, want %v", n, w, got, want)
			}
		}
	}
}
