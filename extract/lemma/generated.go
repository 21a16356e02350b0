package lemma

// generated looks word up in the table of forms the rules get wrong
// (exceptions_gen.go): by exact form for proper nouns and adjectives, whose
// case matters, and by lowercase form for the other tags.
func generated(upos, word string) (string, bool) {
	t, ok := exceptions[upos]
	if !ok {
		return "", false
	}
	if l, ok := t[word]; ok {
		return l, true
	}
	if upos == "PROPN" || upos == "ADJ" {
		return "", false
	}
	if lw := toLower(word); lw != word {
		l, ok := t[lw]
		return l, ok
	}
	return "", false
}
