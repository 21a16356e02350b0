// Package token splits news English into tokens and sentences.
//
// [Tokenize] returns word and punctuation tokens with byte offsets into the
// input, following the Penn Treebank / UD English EWT conventions where they
// apply:
//
//   - clitics and possessives are split ("don't" → "do" "n't", "can't" →
//     "ca" "n't", "Ukraine's" → "Ukraine" "'s", "they're" → "they" "'re",
//     also with the curly apostrophe ’), as are "cannot", "gonna", "wanna"
//     and "gotta" ("can" "not", "gon" "na");
//   - punctuation, percent and currency signs are split from words ("95%" →
//     "95" "%", "$4.25" → "$" "4.25");
//   - abbreviations ("U.S.", "Gen.", "Dec.", "Fla.", "a.m."), initials
//     ("J."), decimals and grouped numbers ("1,000.5"), times and dates
//     ("3:30", "9/11"), decades ("1990s", "80's"), hyphenated words
//     ("Mar-a-Lago", "cease-fire", "U.S.-led"), URLs, e-mail addresses,
//     @handles, #hashtags and emoji sequences stay whole;
//   - runs of sentence punctuation ("...", "?!"), double dashes and rules
//     ("-----") are one token; an initial that ends a sentence ("posted on
//     X. The ...") gives up its period to a token of its own.
//
// Unlike EWT, hyphenated compounds are not split at the hyphen.
//
// [Sentences] tokenizes a text and groups the tokens into sentences. A
// sentence ends at a line break (news paragraphs and headlines stand on
// lines of their own), or after ".", "?", "!" or an ellipsis, with any
// closing quotes and brackets attached to it, when white space and an
// uppercase letter, digit, opening quote or bracket follow. A lone period
// after an ordinary word also ends a sentence before a lowercase word other
// than a conjunction or preposition. A period that belongs to an
// abbreviation ends a sentence only when the abbreviation can end one
// ("U.S.", "Inc.", not "Gen." or "Mr.") and a capitalised sentence-start
// word ("The", "He", "But", ...) or an opening quote follows. A list number
// ("1.") never makes a sentence of its own. A run of more than
// [MaxSentenceTokens] tokens without a boundary (a page with no
// punctuation) is cut: after its last comma, semicolon, colon or dash in
// the final 64 tokens, else after the maximum, so that no later stage pays
// for one huge sentence.
//
// # Evaluation
//
// [EvalCoNLLU] scores the tokenizer and the sentence splitter against a
// CoNLL-U treebank such as UD English EWT; see its doc for the exact
// protocol and the package tests for the figures.
//
// [Tokenize] and [Sentences] are pure functions, safe for concurrent use and
// linear in the length of the input; they never panic, whatever the input
// (invalid UTF-8 included).
package token
