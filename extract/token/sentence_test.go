package token

import (
	"strings"
	"testing"
)

// sentenceTests lists texts and their sentences; the sentences are made up.
var sentenceTests = []struct {
	name, in string
	want     []string
}{
	{"empty", "", nil},
	{"blank", " \n\n ", nil},
	{"one", "The talks ended.", []string{"The talks ended."}},
	{"two", "The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
	{"trimmed", "  Hello there.   Bye now.  ", []string{"Hello there.", "Bye now."}},
	{"question exclamation", "Will it hold? Nobody knows! 12 died.", []string{"Will it hold?", "Nobody knows!", "12 died."}},
	{"quote closes", `He said: "It is over." Then he left.`, []string{`He said: "It is over."`, "Then he left."}},
	{"curly quote closes", "“It is over.” Then he left.", []string{"“It is over.”", "Then he left."}},
	{"quote inside", `"Is it over?" she asked.`, []string{`"Is it over?" she asked.`}},
	{"quote opens next", `He left. "We won," she said.`, []string{"He left.", `"We won," she said.`}},
	{"bracket closes", "(They agreed.) The rest did not.", []string{"(They agreed.)", "The rest did not."}},
	{"title abbrev", "Gen. Smith and Mr. Lee met. They talked.", []string{"Gen. Smith and Mr. Lee met.", "They talked."}},
	{"month", "It began on Dec. 28 in Paris. Talks followed.", []string{"It began on Dec. 28 in Paris.", "Talks followed."}},
	{"state comma", "He lives in Tampa, Fla., with his wife.", []string{"He lives in Tampa, Fla., with his wife."}},
	{"country mid", "The U.S. Senate voted.", []string{"The U.S. Senate voted."}},
	{"country final", "Aid came from the U.S. The next day, more came.", []string{"Aid came from the U.S.", "The next day, more came."}},
	{"company final", "He joined Acme Inc. But he left.", []string{"He joined Acme Inc.", "But he left."}},
	{"title never final", "He met Gen. The Hague", []string{"He met Gen. The Hague"}},
	{"a name ending in a reference word", "It hangs in the Varnby Museum of Art. The museum opened in 1920. See Fig. 3 and Art. 12 of Vol. IV. Museum of Art. I left.",
		[]string{"It hangs in the Varnby Museum of Art.", "The museum opened in 1920.", "See Fig. 3 and Art. 12 of Vol. IV.", "Museum of Art.", "I left."}},
	{"initials", "J. R. R. Tolkien wrote it. He died.", []string{"J. R. R. Tolkien wrote it.", "He died."}},
	{"initial A", "He met J. A. Smith.", []string{"He met J. A. Smith."}},
	{"meridiem ends", "The shift began at 6 a.m. Union leader Ossi Varn spoke.", []string{"The shift began at 6 a.m.", "Union leader Ossi Varn spoke."}},
	{"meridiem ends before name", "Doors opened at 8 p.m. Marta Kell sang first.", []string{"Doors opened at 8 p.m.", "Marta Kell sang first."}},
	{"meridiem weekday", "Talks resume at 9 a.m. Friday in Oslo.", []string{"Talks resume at 9 a.m. Friday in Oslo."}},
	{"meridiem month", "It opens at 10 a.m. March 3, officials said.", []string{"It opens at 10 a.m. March 3, officials said."}},
	{"meridiem zone", "The vote closes at 5 p.m. GMT on Sunday.", []string{"The vote closes at 5 p.m. GMT on Sunday."}},
	{"meridiem zone name", "It starts at 8 a.m. Eastern time.", []string{"It starts at 8 a.m. Eastern time."}},
	{"meridiem lowercase", "It starts at 8 a.m. local time.", []string{"It starts at 8 a.m. local time."}},
	{"final initial quote", "He wrote on X. “We agree,” he said.", []string{"He wrote on X.", "“We agree,” he said."}},
	{"abbrev then quote", `Aid came from the U.S. "It helps," he said.`, []string{"Aid came from the U.S.", `"It helps," he said.`}},
	{"time", "It ended at 5 p.m. Officials said so.", []string{"It ended at 5 p.m.", "Officials said so."}},
	{"time mid", "At 5 p.m. local time, it ended.", []string{"At 5 p.m. local time, it ended."}},
	{"number", "It cost $4.25 per unit. No. 5 won.", []string{"It cost $4.25 per unit.", "No. 5 won."}},
	{"lowercase after period", "It was fine. then it broke.", []string{"It was fine.", "then it broke."}},
	{"stray period before and", "It named Zelensky. and others", []string{"It named Zelensky. and others"}},
	{"lowercase after abbrev", "He sells fruit etc. to shops", []string{"He sells fruit etc. to shops"}},
	{"lowercase after initial", "Plan B. is dead", []string{"Plan B. is dead"}},
	{"newline headline", "Leaders Meet in Paris\nThe leaders met on Monday.", []string{"Leaders Meet in Paris", "The leaders met on Monday."}},
	{"blank line", "First part\n\nsecond part", []string{"First part", "second part"}},
	{"crlf", "One.\r\nTwo.", []string{"One.", "Two."}},
	{"ellipsis", "We waited... Nothing came.", []string{"We waited...", "Nothing came."}},
	{"ellipsis mid", "We waited ... and waited.", []string{"We waited ... and waited."}},
	{"no space", "It ended.Then more.", []string{"It ended.Then more."}},
	{"decimal", "Growth was 2.5 percent. Prices rose.", []string{"Growth was 2.5 percent.", "Prices rose."}},
	{"url", "See www.example.com. It helps.", []string{"See www.example.com.", "It helps."}},
	{"list number", "1. The first point. 2. The second.", []string{"1. The first point.", "2. The second."}},
	{"dash start", "It ended. — Reuters", []string{"It ended. — Reuters"}},
}

func TestSentences(t *testing.T) {
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in)
			checkSentences(t, tt.in, got)
			if len(got) != len(tt.want) {
				t.Fatalf("Sentences(%q) = %q, want %q", tt.in, sentTexts(tt.in, got), tt.want)
			}
			pos := 0
			for i, w := range tt.want {
				off := strings.Index(tt.in[pos:], w) + pos
				if got[i].Off != off || got[i].End != off+len(w) {
					t.Errorf("Sentences(%q)[%d] = %q [%d:%d], want %q [%d:%d]",
						tt.in, i, tt.in[got[i].Off:got[i].End], got[i].Off, got[i].End, w, off, off+len(w))
				}
				pos = off + len(w)
			}
		})
	}
}

// TestSentencesShareNoAppend checks that appending to one sentence's tokens
// leaves the next sentence intact.
func TestSentencesShareNoAppend(t *testing.T) {
	ss := Sentences("One. Two.")
	if len(ss) != 2 {
		t.Fatalf("Sentences = %d sentences, want 2", len(ss))
	}
	_ = append(ss[0].Tokens, Token{Text: "x"})
	if ss[1].Tokens[0].Text != "Two" {
		t.Errorf("after append, Sentences[1].Tokens[0] = %q, want %q", ss[1].Tokens[0].Text, "Two")
	}
}

// checkSentences checks the invariants: sentences in order and in bounds,
// trimmed to their tokens, and their tokens together equal to Tokenize.
func checkSentences(t *testing.T, in string, ss []Sentence) {
	t.Helper()
	var all []Token
	prev := 0
	for i, s := range ss {
		if len(s.Tokens) == 0 {
			t.Fatalf("Sentences(%q)[%d] has no tokens", in, i)
		}
		if s.Off < prev || s.End > len(in) || s.Off != s.Tokens[0].Off || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("Sentences(%q)[%d] = [%d:%d]: out of order, bounds, or not its tokens' span", in, i, s.Off, s.End)
		}
		prev = s.End
		all = append(all, s.Tokens...)
	}
	want := Tokenize(in)
	if len(all) != len(want) {
		t.Fatalf("Sentences(%q) hold %d tokens, Tokenize gives %d", in, len(all), len(want))
	}
	for i := range want {
		if all[i] != want[i] {
			t.Fatalf("Sentences(%q) token %d = %v, Tokenize gives %v", in, i, all[i], want[i])
		}
	}
}

func sentTexts(in string, ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = in[s.Off:s.End]
	}
	return out
}

func FuzzSentences(f *testing.F) {
	for _, tt := range sentenceTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		ss := Sentences(in)
		checkSentences(t, in, ss)
		for _, s := range ss {
			checkTokens(t, in, s.Tokens)
		}
	})
}
