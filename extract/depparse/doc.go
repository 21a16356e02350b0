// Package depparse is storygraph's dependency parser: a greedy
// transition-based parser over the arc-hybrid system (Kuhlmann,
// Gómez-Rodríguez and Satta 2011) with the root token at the end of the
// buffer, trained as an averaged perceptron with a dynamic oracle (Goldberg
// and Nivre 2012, 2013; Honnibal, "Parsing English in 500 lines of Python",
// 2013) over rich non-local features (Zhang and Nivre 2011) plus the words'
// ambiguity classes. Each transition carries its relation, so the parser
// predicts labelled Universal Dependencies trees, subtypes included
// (nsubj:pass, compound:prt, obl:agent, ...).
//
// Parsing takes the words and their predicted tags ([tag.Tagger.Tag]) and
// runs in linear time: 2n transitions for n words. The output is always one
// tree with a single root, also for input unlike any sentence. A loaded
// [Parser] is immutable and safe for concurrent use.
//
// Scores on UD English EWT are recorded in the model header and in
// extract/model/en/README.md.
package depparse
