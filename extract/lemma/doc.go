// Package lemma maps English words to their lemmas (dictionary forms):
// "went" → "go", "signed" → "sign", "troops" → "troop", "was" → "be".
//
// [Lemmatize] follows the conventions of the Universal Dependencies English
// EWT treebank, which the taggers of this project are trained on: lemmas are
// lowercase except for proper nouns (PROPN), which keep their case, the
// pronoun "I", proper adjectives ("American"), single capital letters and
// the acronyms the treebank keeps ("TV"); object pronouns map to their
// nominative form ("him" → "he"), comparatives to their positive ("better"
// → "good"), numbers lose their group separators ("1,000" → "1000") and
// clitics become full words ("n't" → "not", "'ll" → "will").
//
// # Method
//
// Three layers: hand-written tables of closed-class and irregular forms
// (pronouns, auxiliaries, about 180 irregular verbs, irregular plurals);
// suffix rules by part of speech for the regular
// inflections, with the usual English spelling repairs (consonant doubling
// "stopped" → "stop", silent-e restoration "making" → "make", y-replacement
// "countries" → "country"), in the style of the WordNet morphy rules and
// the Morpha stemmer (Minnen, Carroll and Pearce 2001, "Applied
// morphological processing of English"); and a generated table of the
// forms the first two layers get wrong on the EWT training set
// (exceptions_gen.go, written by internal/gen; see the go:generate line in
// lemma.go). The EWT test set is used only for evaluation ([EvalCoNLLU]).
//
// A dictionary-based library, github.com/aaaton/golem/v4 with its English
// dictionary, was considered and not adopted: that dictionary ships as a
// large base64+zlib string in Go source, which the project's style guide
// rules out (no base64 blobs), its lookup ignores the part of speech, and
// the module proxy available here refused to serve it, so its size and
// accuracy could not be measured.
//
// The generated table is looked up first, then the hand tables, then the
// rules. Regenerate it (go generate) after changing a rule; a test fails
// when an entry has become redundant.
//
// Lemmatize is safe for concurrent use: its tables are immutable after they
// are built, once, on first use.
package lemma
