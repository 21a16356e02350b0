package token

import (
	"strings"
	"testing"
)

func TestSentenceCap(t *testing.T) {
	words := func(n int, every int) string {
		var b strings.Builder
		for i := range n {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString([]string{"the", "council", "met", "the", "union"}[i%5])
			if every > 0 && i%every == every-1 {
				b.WriteByte(',')
			}
		}
		return b.String()
	}
	for _, tc := range []struct {
		name      string
		text      string
		sentences int
		endComma  bool // every cut sentence ends with a comma
	}{
		{"long ordinary sentence", words(MaxSentenceTokens-1, 0) + ".", 1, false},
		{"no punctuation", words(3000, 0), (3000 + MaxSentenceTokens - 1) / MaxSentenceTokens, false},
		{"commas", words(3000, 50), 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ss := Sentences(tc.text)
			all := Tokenize(tc.text)
			var got []Token
			for k, s := range ss {
				if len(s.Tokens) > MaxSentenceTokens {
					t.Fatalf("sentence %d has %d tokens", k, len(s.Tokens))
				}
				if s.Off != s.Tokens[0].Off || s.End != s.Tokens[len(s.Tokens)-1].End {
					t.Fatalf("sentence %d spans [%d,%d), its tokens [%d,%d)", k, s.Off, s.End, s.Tokens[0].Off, s.Tokens[len(s.Tokens)-1].End)
				}
				if tc.endComma && k < len(ss)-1 && s.Tokens[len(s.Tokens)-1].Text != "," {
					t.Errorf("sentence %d ends with %q, not at a comma", k, s.Tokens[len(s.Tokens)-1].Text)
				}
				got = append(got, s.Tokens...)
			}
			if len(got) != len(all) {
				t.Fatalf("%d tokens in sentences, %d in the text", len(got), len(all))
			}
			for k := range got {
				if got[k] != all[k] {
					t.Fatalf("token %d: %v, want %v", k, got[k], all[k])
				}
			}
			if tc.sentences > 0 && len(ss) != tc.sentences {
				t.Errorf("%d sentences, want %d", len(ss), tc.sentences)
			}
		})
	}
}
