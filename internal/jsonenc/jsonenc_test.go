package jsonenc

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"
)

// TestAppendString compares AppendString with encoding/json on strings of
// every escaped character, invalid UTF-8 and U+2028/U+2029, with and
// without HTML escapes.
func TestAppendString(t *testing.T) {
	pieces := []string{"a", "é", "\"", "\\", "<", ">", "&", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f",
		"\u2028", "\u2029", "\xff", "\xe2\x82", "日本", " ", "/"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var s string
		for range r.IntN(12) {
			s += pieces[r.IntN(len(pieces))]
		}
		for _, html := range []bool{true, false} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(html)
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
			got := AppendString(nil, s, html)
			if w := bytes.TrimSuffix(want.Bytes(), []byte("\n")); !bytes.Equal(got, w) {
				t.Fatalf("AppendString(%q, %v) = %s, want %s", s, html, got, w)
			}
		}
	}
}
