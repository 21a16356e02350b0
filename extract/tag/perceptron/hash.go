package perceptron

import (
	"unicode"
	"unicode/utf8"
)

// Mix returns a well-mixed 32-bit feature key for template t and values a
// and b. It never returns 0, which marks an empty slot.
func Mix(t uint32, a, b uint64) uint32 {
	h := uint64(t)*0x9E3779B97F4A7C15 ^ a
	h = (h ^ h>>31) * 0xBF58476D1CE4E5B9
	h ^= b * 0x94D049BB133111EB
	h = (h ^ h>>29) * 0xBF58476D1CE4E5B9
	h ^= h >> 32
	k := uint32(h)
	if k == 0 {
		k = 1
	}
	return k
}

// Mix3 is [Mix] over three values.
func Mix3(t uint32, a, b, c uint64) uint32 {
	return Mix(t, a, b*0xD6E8FEB86659FD93^c)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// HashString returns the 64-bit FNV-1a hash of s.
func HashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// HashLower returns [HashString] of the lower-cased s without allocating.
func HashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		r = unicode.ToLower(r)
		var buf [4]byte
		m := utf8.EncodeRune(buf[:], r)
		for j := 0; j < m; j++ {
			h ^= uint64(buf[j])
			h *= fnvPrime
		}
		i += n
	}
	return h
}
