package resolve

import (
	"iter"
	"strings"
)

// isASCII reports whether s is all ASCII: strings.ToLower and
// strings.Fields of such a string only fold A–Z and split at ASCII white
// space, which asciiFields and lowerIs do without copying.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiSpace is strings.Fields' white space among ASCII bytes.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// asciiFields yields the words of an ASCII string as strings.Fields
// splits them, without allocating.
func asciiFields(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		i := 0
		for i < len(s) {
			for i < len(s) && asciiSpace[s[i]] {
				i++
			}
			if i == len(s) {
				return
			}
			j := i
			for j < len(s) && !asciiSpace[s[j]] {
				j++
			}
			if !yield(s[i:j]) {
				return
			}
			i = j
		}
	}
}

// lowerIs reports whether strings.ToLower(f) == w for an ASCII f.
func lowerIs(f, w string) bool {
	if len(f) != len(w) {
		return false
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// lowerEq reports whether strings.ToLower(s) == w, without the copy when
// s is ASCII.
func lowerEq(s, w string) bool {
	if isASCII(s) {
		return lowerIs(s, w)
	}
	return strings.ToLower(s) == w
}
