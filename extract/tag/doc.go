// Package tag is storygraph's part-of-speech tagger: a greedy left-to-right
// averaged perceptron (Collins 2002; feature set after Honnibal, "A good
// part-of-speech tagger in about 200 lines of Python", 2013, and Ratnaparkhi
// 1996) that predicts a Universal POS tag and a Penn Treebank tag jointly
// for every word.
//
// A [Tagger] comes from a model file ([Load]) or from training on a treebank
// ([Train]). Features are hashed integers ([perceptron.Mix]); tagging a
// sentence allocates only its two result slices. A loaded Tagger is
// immutable and safe for concurrent use.
//
// Accuracy on UD English EWT is recorded in the model header and in
// extract/model/en/README.md.
package tag
