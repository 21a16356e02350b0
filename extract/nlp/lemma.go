package nlp

import "strings"

// lemmatize is a placeholder until extract/lemma lands: it lower-cases.
// TODO(H2): switch to lemma.Lemmatize.
func lemmatize(word, upos string) string {
	if upos == "PROPN" {
		return word
	}
	return strings.ToLower(word)
}
