// Package perceptron is the averaged multi-class perceptron shared by
// storygraph's tagger and dependency parser (Collins 2002; the averaging
// trick as in Honnibal, "A good part-of-speech tagger in about 200 lines of
// Python", 2013).
//
// Features are 32-bit hashed keys computed by the caller from integer ids,
// so scoring allocates nothing and never concatenates strings. Weights are
// sparse: each feature holds only the classes it was ever updated for.
//
// A [Trainer] learns weights; [Trainer.Average] turns it into a compact,
// immutable [Model] that is safe for concurrent use and is what model files
// store.
package perceptron
