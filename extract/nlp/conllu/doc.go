// Package conllu reads treebanks in the CoNLL-U format of Universal
// Dependencies (https://universaldependencies.org/format.html), the format
// storygraph's tagger and parser are trained and evaluated on.
//
// Only syntactic words are kept: multiword-token ranges (1-2) and empty
// nodes (1.1) are skipped, and heads are converted to 0-based indices with
// -1 for the root.
package conllu
