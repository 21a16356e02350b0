package pipeline

import (
	"strings"
	"testing"
)

// TestContrastWords checks which relation endings set their object
// against what happened: "instead of" and "rather than" always, "place of"
// and "opposed to" only after "in" and "as" ("took the place of" and "is
// opposed to" assert their objects).
func TestContrastWords(t *testing.T) {
	for rel, want := range map[string]bool{
		"bought gold instead of": true, "will fly rather than": true,
		"hired engineers in place of": true, "backed the plan as opposed to": true,
		"took the place of": false, "is opposed to": false, "bought": false, "of": false,
	} {
		if got := contrastWords(strings.Fields(rel)); got != want {
			t.Errorf("contrastWords(%q) = %v, want %v", rel, got, want)
		}
	}
	for obj, want := range map[string]bool{"rather than the capital": true, "instead of bonds": true, "the place": false, "rather": false} {
		if got := contrastOpening(obj); got != want {
			t.Errorf("contrastOpening(%q) = %v, want %v", obj, got, want)
		}
	}
}
