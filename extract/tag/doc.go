// Package tag is storygraph's part-of-speech tagger: a greedy left-to-right
// averaged perceptron (Collins 2002; feature set after Ratnaparkhi 1996 and
// Honnibal, "A good part-of-speech tagger in about 200 lines of Python",
// 2013) that predicts a Universal POS tag and a Penn Treebank tag jointly
// for every word, as one of the (UPOS, XPOS) pairs seen in training.
//
// Besides the usual word, affix, shape and previous-tag features, every
// word carries its ambiguity class: the set of tags it had in training,
// when it was seen at least four times. Frequent words seen with a single
// tag 99% of the time are tagged by lookup.
//
// A [Tagger] comes from a model file ([Load]) or from training on a treebank
// ([Train]). Features are hashed integers ([perceptron.Mix]); tagging a
// sentence allocates only its two result slices. A loaded Tagger is
// immutable and safe for concurrent use.
//
// Accuracy on UD English EWT is recorded in the model header and in
// extract/model/en/README.md.
package tag
