package token_test

import (
	"fmt"

	"github.com/storygraph/storygraph/extract/token"
)

func ExampleTokenize() {
	text := "The U.S. envoy didn't sign Ukraine's $4.25bn deal."
	for _, t := range token.Tokenize(text) {
		fmt.Printf("%d:%d %s\n", t.Off, t.End, t.Text)
	}
	// Output:
	// 0:3 The
	// 4:8 U.S.
	// 9:14 envoy
	// 15:18 did
	// 18:21 n't
	// 22:26 sign
	// 27:34 Ukraine
	// 34:36 's
	// 37:38 $
	// 38:44 4.25bn
	// 45:49 deal
	// 49:50 .
}

func ExampleSentences() {
	text := "Leaders Meet in Paris\nTalks began on Dec. 28 at 9 a.m. in the U.S. The next day, Gen. Lee spoke. \"It is over.\" Nobody agreed."
	for _, s := range token.Sentences(text) {
		fmt.Printf("%q (%d tokens)\n", text[s.Off:s.End], len(s.Tokens))
	}
	// Output:
	// "Leaders Meet in Paris" (4 tokens)
	// "Talks began on Dec. 28 at 9 a.m. in the U.S." (11 tokens)
	// "The next day, Gen. Lee spoke." (8 tokens)
	// "\"It is over.\"" (6 tokens)
	// "Nobody agreed." (3 tokens)
}
