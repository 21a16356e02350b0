package token

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// tokenizeTests lists inputs and their tokens; the test derives each
// expected offset by finding the tokens in order in the input, so a wrong
// span fails even when the text matches. The sentences are made up.
var tokenizeTests = []struct {
	name, in string
	want     []string
}{
	{"empty", "", nil},
	{"spaces", " \t\n\u00a0\u200b ", nil},
	{"simple", "The talks ended.", []string{"The", "talks", "ended", "."}},
	{"negation", "They don't agree.", []string{"They", "do", "n't", "agree", "."}},
	{"negation caps", "WE DON'T KNOW", []string{"WE", "DO", "N'T", "KNOW"}},
	{"cant wont", "I can't and won't.", []string{"I", "ca", "n't", "and", "wo", "n't", "."}},
	{"curly negation", "She didn’t sign.", []string{"She", "did", "n’t", "sign", "."}},
	{"possessive", "Norway's fleet", []string{"Norway", "'s", "fleet"}},
	{"curly possessive", "Norway’s fleet", []string{"Norway", "’s", "fleet"}},
	{"plural possessive", "the farmers' union", []string{"the", "farmers", "'", "union"}},
	{"clitics", "they're we've I'm you'll he'd", []string{"they", "'re", "we", "'ve", "I", "'m", "you", "'ll", "he", "'d"}},
	{"curly clitic", "they’re here", []string{"they", "’re", "here"}},
	{"name apostrophe", "O'Neill met D'Souza", []string{"O'Neill", "met", "D'Souza"}},
	{"cannot", "We cannot wait, gonna go", []string{"We", "can", "not", "wait", ",", "gon", "na", "go"}},
	{"abbrev country", "the U.S. and U.K. envoys", []string{"the", "U.S.", "and", "U.K.", "envoys"}},
	{"abbrev titles", "Gen. Smith and Mr. Lee", []string{"Gen.", "Smith", "and", "Mr.", "Lee"}},
	{"abbrev state", "in Tampa, Fla., on Dec. 28", []string{"in", "Tampa", ",", "Fla.", ",", "on", "Dec.", "28"}},
	{"abbrev company", "Acme Corp. and Beta Inc. merged", []string{"Acme", "Corp.", "and", "Beta", "Inc.", "merged"}},
	{"abbrev months", "Jan. 5 and Sept. 9", []string{"Jan.", "5", "and", "Sept.", "9"}},
	{"time", "at 9 a.m. or 10:30 p.m.", []string{"at", "9", "a.m.", "or", "10:30", "p.m."}},
	{"initials", "J. R. R. Tolkien wrote", []string{"J.", "R.", "R.", "Tolkien", "wrote"}},
	{"initial A", "J. A. Smith", []string{"J.", "A.", "Smith"}},
	{"final initial", "posted on X. “We", []string{"posted", "on", "X", ".", "“", "We"}},
	{"final initial start word", "Plan B. The rest", []string{"Plan", "B", ".", "The", "rest"}},
	{"final initial eol", "Plan B.\nNext", []string{"Plan", "B", ".", "Next"}},
	{"final initial eof", "Plan B.", []string{"Plan", "B", "."}},
	{"number sign", "No. 10 and no.", []string{"No.", "10", "and", "no", "."}},
	{"decimal", "rose 3.75 points", []string{"rose", "3.75", "points"}},
	{"thousands", "1,000.5 and 12,000,000", []string{"1,000.5", "and", "12,000,000"}},
	{"list commas", "items 1, 2, 3", []string{"items", "1", ",", "2", ",", "3"}},
	{"percent", "up 95% today", []string{"up", "95", "%", "today"}},
	{"currency", "$4.25 and €10 and £3", []string{"$", "4.25", "and", "€", "10", "and", "£", "3"}},
	{"date", "on 9/11 and 12/25/2004", []string{"on", "9/11", "and", "12/25/2004"}},
	{"decade", "the 1990s and 80's", []string{"the", "1990s", "and", "80's"}},
	{"clipped year", "the class of '73 met", []string{"the", "class", "of", "'73", "met"}},
	{"hyphenated", "Mar-a-Lago four-year cease-fire", []string{"Mar-a-Lago", "four-year", "cease-fire"}},
	{"hyphen number", "COVID-19 and F-16s", []string{"COVID-19", "and", "F-16s"}},
	{"abbrev hyphen", "a U.S.-led force", []string{"a", "U.S.-led", "force"}},
	{"abbrev possessive", "the U.S.'s role and U.K.’s", []string{"the", "U.S.", "'s", "role", "and", "U.K.", "’s"}},
	{"quoted s", "the letter 's' is", []string{"the", "letter", "'", "s", "'", "is"}},
	{"ampersand", "AT&T and S&P rose", []string{"AT&T", "and", "S&P", "rose"}},
	{"slash words", "and/or", []string{"and", "/", "or"}},
	{"url", "see https://example.com/a?b=c, then", []string{"see", "https://example.com/a?b=c", ",", "then"}},
	{"url www", "(www.example.org/news).", []string{"(", "www.example.org/news", ")", "."}},
	{"url parens", "https://en.wikipedia.org/wiki/Foo_(bar) is", []string{"https://en.wikipedia.org/wiki/Foo_(bar)", "is"}},
	{"email", "write to jane.doe@example.co.uk.", []string{"write", "to", "jane.doe@example.co.uk", "."}},
	{"handle hashtag", "@jdoe_1 posted #Ukraine2025 and #1", []string{"@jdoe_1", "posted", "#Ukraine2025", "and", "#", "1"}},
	{"domain", "visit example.com today", []string{"visit", "example.com", "today"}},
	{"ellipsis", "wait... what … next", []string{"wait", "...", "what", "…", "next"}},
	{"dashes", "peace—or not – and -- so", []string{"peace", "—", "or", "not", "–", "and", "--", "so"}},
	{"hyphen alone", "Paris - Reuters", []string{"Paris", "-", "Reuters"}},
	{"straight quotes", `he said "yes," then`, []string{"he", "said", `"`, "yes", ",", `"`, "then"}},
	{"curly quotes", "“Peace,” he said, ‘now’.", []string{"“", "Peace", ",", "”", "he", "said", ",", "‘", "now", "’", "."}},
	{"ptb quotes", "``Yes,'' he said", []string{"``", "Yes", ",", "''", "he", "said"}},
	{"brackets", "[Trump] (R-Fla.) {x}", []string{"[", "Trump", "]", "(", "R-Fla.", ")", "{", "x", "}"}},
	{"sentence punct runs", "Really?! No!!!", []string{"Really", "?!", "No", "!!!"}},
	{"rules", "***** ===== ____", []string{"*****", "=====", "____"}},
	{"emoticon", "great :) really", []string{"great", ":)", "really"}},
	{"emoji", "ok 👍🏽 👩‍🔬 ❤️!", []string{"ok", "👍🏽", "👩‍🔬", "❤️", "!"}},
	{"colon", "Note: this", []string{"Note", ":", "this"}},
	{"non latin", "Київ і Москва", []string{"Київ", "і", "Москва"}},
	{"accents", "Zelenskyy met Macron in Élysée", []string{"Zelenskyy", "met", "Macron", "in", "Élysée"}},
	{"sentence end no space", "end.Then", []string{"end", ".", "Then"}},
	{"invalid utf8", "a\xffb", []string{"a", "\xff", "b"}},
	{"trailing abbrev period", "etc.", []string{"etc."}},
}

func TestTokenize(t *testing.T) {
	for _, tt := range tokenizeTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokenize(tt.in)
			checkTokens(t, tt.in, got)
			if len(got) != len(tt.want) {
				t.Fatalf("Tokenize(%q) = %q, want %q", tt.in, texts(got), tt.want)
			}
			pos := 0
			for i, w := range tt.want {
				off := strings.Index(tt.in[pos:], w) + pos
				if got[i].Text != w || got[i].Off != off || got[i].End != off+len(w) {
					t.Errorf("Tokenize(%q)[%d] = %q [%d:%d], want %q [%d:%d]",
						tt.in, i, got[i].Text, got[i].Off, got[i].End, w, off, off+len(w))
				}
				pos = off + len(w)
			}
		})
	}
}

// TestTokenizeOffsets checks spans with multi-byte text before the tokens.
func TestTokenizeOffsets(t *testing.T) {
	in := "«Київ’s» 5%"
	want := []Token{
		{"«", 0, 2}, {"Київ", 2, 10}, {"’s", 10, 14}, {"»", 14, 16},
		{"5", 17, 18}, {"%", 18, 19},
	}
	got := Tokenize(in)
	if len(got) != len(want) {
		t.Fatalf("Tokenize(%q) = %v, want %v", in, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Tokenize(%q)[%d] = %v, want %v", in, i, got[i], want[i])
		}
	}
}

// checkTokens checks the invariants every tokenization keeps: spans in
// bounds, ordered, non-empty, text equal to the input slice and free of
// white space.
func checkTokens(t *testing.T, in string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tok := range toks {
		if tok.Off < prev || tok.End <= tok.Off || tok.End > len(in) {
			t.Fatalf("Tokenize(%q)[%d] = %q [%d:%d]: span out of order or bounds", in, i, tok.Text, tok.Off, tok.End)
		}
		if in[tok.Off:tok.End] != tok.Text {
			t.Fatalf("Tokenize(%q)[%d] = %q, but input[%d:%d] = %q", in, i, tok.Text, tok.Off, tok.End, in[tok.Off:tok.End])
		}
		if strings.ContainsAny(tok.Text, " \t\n\r") {
			t.Fatalf("Tokenize(%q)[%d] = %q contains white space", in, i, tok.Text)
		}
		prev = tok.End
	}
}

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func FuzzTokenize(f *testing.F) {
	for _, tt := range tokenizeTests {
		f.Add(tt.in)
	}
	f.Add("U.S.-")
	f.Add("'")
	f.Add("a@b.c@d.ef")
	f.Fuzz(func(t *testing.T, in string) {
		toks := Tokenize(in)
		checkTokens(t, in, toks)
		// Only white space lies between tokens.
		prev := 0
		for _, tok := range append(toks, Token{Off: len(in), End: len(in)}) {
			for _, r := range in[prev:tok.Off] {
				if !isSpaceRune(r) && !(r < utf8.RuneSelf && asciiSpace[r]) {
					t.Fatalf("Tokenize(%q) skips %q between offsets %d and %d", in, r, prev, tok.Off)
				}
			}
			prev = tok.End
		}
	})
}
