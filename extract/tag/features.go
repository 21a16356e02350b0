package tag

import (
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract/tag/perceptron"
)

// FeatureSet names the feature templates below; a model trained with other
// templates is refused at load time. Change it whenever features change.
const FeatureSet = "tag-v3"

// wordInfo holds the per-word hashes every template draws on, computed once
// per word.
type wordInfo struct {
	lower, shape           uint64
	suf1, suf2, suf3, suf4 uint64
	pre1, pre2, pre3       uint64
	flags                  uint64
	exact                  uint64
	amb                    uint64 // ambiguity class: the tags seen with the word in training
	ambExact               uint64 // the same for the exact (cased) form
	sent                   uint64 // casing style of the whole sentence
}

const (
	flagTitle = 1 << iota
	flagUpper
	flagDigit
	flagHyphen
	flagAlpha
	flagPunct
)

var padInfo = [2]wordInfo{
	{lower: 0x5354415254, shape: 1, suf1: 2, suf2: 3, suf3: 4, suf4: 5, pre1: 6, pre2: 7, pre3: 8, flags: 1 << 20, exact: 9},
	{lower: 0x454e44, shape: 11, suf1: 12, suf2: 13, suf3: 14, suf4: 15, pre1: 16, pre2: 17, pre3: 18, flags: 1 << 21, exact: 19},
}

// suffix returns the last n runes of w.
func suffix(w string, n int) string {
	i := len(w)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
	}
	return w[i:]
}

// prefix returns the first n runes of w.
func prefix(w string, n int) string {
	i := 0
	for k := 0; k < n && i < len(w); k++ {
		_, size := utf8.DecodeRuneInString(w[i:])
		i += size
	}
	return w[:i]
}

func infoOf(w string) wordInfo {
	var in wordInfo
	in.exact = perceptron.HashString(w)
	in.lower = perceptron.HashLower(w)
	in.suf1 = perceptron.HashLower(suffix(w, 1))
	in.suf2 = perceptron.HashLower(suffix(w, 2))
	in.suf3 = perceptron.HashLower(suffix(w, 3))
	in.suf4 = perceptron.HashLower(suffix(w, 4))
	in.pre1 = perceptron.HashString(prefix(w, 1))
	in.pre2 = perceptron.HashLower(prefix(w, 2))
	in.pre3 = perceptron.HashLower(prefix(w, 3))
	// shape: X x d and other characters, runs longer than two collapsed
	h := uint64(14695981039346656037)
	var last rune = -1
	run := 0
	nUpper, nLetter := 0, 0
	for i, r := range w {
		var c rune
		switch {
		case r >= 'a' && r <= 'z':
			c = 'x'
			nLetter++
		case r >= 'A' && r <= 'Z':
			c = 'X'
			nLetter++
			nUpper++
		case r >= '0' && r <= '9':
			c = 'd'
			in.flags |= flagDigit
		case r < utf8.RuneSelf:
			c = r
			if r == '-' {
				in.flags |= flagHyphen
			}
		case unicode.IsUpper(r):
			c = 'X'
			nLetter++
			nUpper++
		case unicode.IsLetter(r):
			c = 'x'
			nLetter++
		case unicode.IsDigit(r):
			c = 'd'
			in.flags |= flagDigit
		default:
			c = r
		}
		if i == 0 && (c == 'X') {
			in.flags |= flagTitle
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
			last = c
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	in.shape = h
	if nLetter > 0 && nUpper == nLetter {
		in.flags |= flagUpper
	}
	if nLetter > 0 {
		in.flags |= flagAlpha
	}
	if nLetter == 0 && in.flags&flagDigit == 0 {
		in.flags |= flagPunct
	}
	return in
}

// feature templates
const (
	fBias uint32 = iota + 1
	fW
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fFlags
	fT1
	fT2
	fT12
	fT1W
	fW1
	fW1Suf3
	fW2
	fWn1
	fWn1Suf3
	fWn2
	fW1W
	fWWn1
	fShape1
	fShapen1
	fFirstShape
	fT1Suf3
	fW2W1
	fWn1Wn2
	fFlagsT1
	fExact
	fAmb
	fAmbN1
	fAmbP1
	fAmbAmbN1
	fT1Amb
	fAmbN2
	fAmbW
	fAmbExact
	fFlags3
	fSentFlags
	fSentAmb
	fAmbExactN1
)

// features appends the features of word i to dst. infos holds the word
// infos with two pads at each end (word i is infos[i+2]); tags holds the
// classes predicted so far (tags[j] for j < i), as ids, and 0xffff pads.
func features(dst []uint32, infos []wordInfo, tags []uint16, i int) []uint32 {
	w := &infos[i+2]
	p1, p2 := &infos[i+1], &infos[i]
	n1, n2 := &infos[i+3], &infos[i+4]
	t1, t2 := uint64(0xffff), uint64(0xfffe)
	if i >= 1 {
		t1 = uint64(tags[i-1])
	}
	if i >= 2 {
		t2 = uint64(tags[i-2])
	}
	mx, m3 := perceptron.Mix, perceptron.Mix3
	dst = append(dst,
		mx(fBias, 0, 0),
		mx(fW, w.lower, 0),
		mx(fExact, w.exact, 0),
		mx(fSuf1, w.suf1, 0),
		mx(fSuf2, w.suf2, 0),
		mx(fSuf3, w.suf3, 0),
		mx(fSuf4, w.suf4, 0),
		mx(fPre1, w.pre1, 0),
		mx(fPre2, w.pre2, 0),
		mx(fPre3, w.pre3, 0),
		mx(fShape, w.shape, 0),
		mx(fFlags, w.flags, 0),
		mx(fT1, t1, 0),
		mx(fT2, t2, 0),
		mx(fT12, t1, t2),
		mx(fT1W, t1, w.lower),
		mx(fW1, p1.lower, 0),
		mx(fW1Suf3, p1.suf3, 0),
		mx(fW2, p2.lower, 0),
		mx(fWn1, n1.lower, 0),
		mx(fWn1Suf3, n1.suf3, 0),
		mx(fWn2, n2.lower, 0),
		mx(fW1W, p1.lower, w.lower),
		mx(fWWn1, w.lower, n1.lower),
		mx(fShape1, p1.shape, w.shape),
		mx(fShapen1, w.shape, n1.shape),
		mx(fFirstShape, uint64(min(i, 1)), w.shape),
		mx(fT1Suf3, t1, w.suf3),
		mx(fW2W1, p2.lower, p1.lower),
		mx(fWn1Wn2, n1.lower, n2.lower),
		mx(fFlagsT1, w.flags, t1),
		mx(fAmb, w.amb, 0),
		mx(fAmbN1, n1.amb, 0),
		mx(fAmbP1, p1.amb, 0),
		mx(fAmbAmbN1, w.amb, n1.amb),
		mx(fT1Amb, t1, w.amb),
		mx(fAmbN2, n2.amb, 0),
		mx(fAmbW, w.amb, w.suf3),
		// mx(fAmbExact, w.ambExact, 0),
		m3(fFlags3, p1.flags, w.flags, n1.flags),
		m3(fSentFlags, w.sent, w.flags, uint64(min(i, 1))),
		mx(fSentAmb, w.sent, w.amb),
		// mx(fAmbExactN1, w.ambExact, n1.ambExact),
	)
	return dst
}
