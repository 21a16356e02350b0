//go:build lemmagen

package lemma

// exceptions is empty when the generator builds the package, so that it
// sees the rules alone.
var exceptions = map[string]map[string]string{}
