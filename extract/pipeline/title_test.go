package pipeline

import (
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/nlp"
)

func TestTrueCase(t *testing.T) {
	// The body writes "fines", "banks" and "late" in lower case and
	// "Regulator Office" as a name.
	body := []nlp.Sentence{
		{Tokens: toks("The Regulator Office said it fines banks that file late reports .")},
		{Tokens: toks("Two banks paid the fines on Monday .")},
	}
	tests := []struct{ title, want string }{
		{"Regulator Office Fines Two Banks Over Late Reports", "Regulator Office fines two banks over late reports"},
		// Sentence case: only the first word is looked at, and it is a name.
		{"Regulator Office fines two banks", "Regulator Office fines two banks"},
		// An acronym stays.
		{"FCA Fines Two Banks Over Late Reports", "FCA fines two banks over late reports"},
		// Offsets stay: a non-ASCII capital whose lower case is longer or
		// shorter in UTF-8 is left alone (U+0130 → "i̇" is 3 bytes).
		{"İstanbul Office Fines Banks", "İstanbul Office fines banks"},
	}
	for _, tt := range tests {
		got := trueCase(tt.title, body)
		if got != tt.want {
			t.Errorf("trueCase(%q) = %q, want %q", tt.title, got, tt.want)
		}
		if len(got) != len(tt.title) {
			t.Errorf("trueCase(%q) changed the length", tt.title)
		}
	}
}

func toks(s string) []nlp.Token {
	var out []nlp.Token
	off := 0
	for _, w := range strings.Fields(s) {
		out = append(out, nlp.Token{Text: w, Off: off, End: off + len(w)})
		off += len(w) + 1
	}
	return out
}
