package perceptron

import "unicode"

func toLower(r rune) rune { return unicode.ToLower(r) }
