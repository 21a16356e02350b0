package ner

// transition appends the buckets of the features of word i that depend on
// the previous class prev (startTag before the sentence).
func (m *Model) transition(dst []uint32, info []tokInfo, i, prev int) []uint32 {
	mask := m.mask
	t := &info[i]
	// The rows of one feature for the eight previous classes are adjacent
	// (the low three bits of the bucket are the class), so scoring all of
	// them touches four cache lines, not eight random ones.
	p := uint32(prev)
	return append(dst,
		uint32(mix(fPrev, 0, 0)&mask)&^7|p,
		uint32(mix(fPrevLower, t.lower, 0)&mask)&^7|p,
		uint32(mix(fPrevShort, t.short, 0)&mask)&^7|p,
	)
}

// lattice holds the scores of one sentence for Viterbi decoding.
type lattice struct {
	static []([rowLen]float32)              // per word: static feature scores
	trans  []([numTags + 1][rowLen]float32) // per word and previous class
	back   [][numTags]int8
	feats  []uint32
}

// viterbi fills lat for the sentence in info and writes the best class
// sequence into out (first-order Viterbi over the static and transition
// scores; I- tags only where allowed).
func (m *Model) viterbi(info []tokInfo, head bool, lat *lattice, out []int) {
	m.fillLattice(info, head, lat)
	decode(lat, out)
}

// fillLattice computes the static and transition scores of the sentence
// in info into lat.
func (m *Model) fillLattice(info []tokInfo, head bool, lat *lattice) {
	n := len(info)
	if cap(lat.static) < n {
		lat.static = make([][rowLen]float32, n)
		lat.trans = make([][numTags + 1][rowLen]float32, n)
		lat.back = make([][numTags]int8, n)
	}
	lat.static, lat.trans, lat.back = lat.static[:n], lat.trans[:n], lat.back[:n]
	for i := range n {
		lat.feats = m.static(lat.feats[:0], info, i, head)
		lat.static[i] = [rowLen]float32{}
		m.score(lat.feats, &lat.static[i])
		if info[i].lex != lexLower {
			// Not for words only ever seen in lower case ("on", "said").
			lat.static[i][tagO] -= m.oBias
		}
		if i == 0 {
			lat.feats = m.transition(lat.feats[:0], info, i, startTag)
			lat.trans[i][startTag] = [rowLen]float32{}
			m.score(lat.feats, &lat.trans[i][startTag])
			continue
		}
		base := m.transition(lat.feats[:0], info, i, 0)
		for p := range numTags {
			lat.trans[i][p] = [rowLen]float32{}
			for _, b := range base {
				row := (*[rowLen]float32)(m.w[int(b|uint32(p))*rowLen:])
				for c := range rowLen {
					lat.trans[i][p][c] += row[c]
				}
			}
		}
	}
}

// decode writes into out the best class sequence of the sentence scored
// in lat (first-order Viterbi; I- tags only where allowed).
func decode(lat *lattice, out []int) {
	n := len(lat.static)
	if n == 0 {
		return
	}
	st := func(i, c int) float32 { return lat.static[i][c] }
	const neg = float32(-1e30)
	var cur, next [numTags]float32
	for c := range numTags {
		cur[c] = neg
		if allowed(startTag, c) {
			cur[c] = st(0, c) + lat.trans[0][startTag][c]
		}
	}
	for i := 1; i < n; i++ {
		for c := range numTags {
			best, arg := neg, 0
			for p := range numTags {
				if cur[p] == neg || !allowed(p, c) {
					continue
				}
				if s := cur[p] + lat.trans[i][p][c]; s > best {
					best, arg = s, p
				}
			}
			if best != neg {
				best += st(i, c)
			}
			next[c] = best
			lat.back[i][c] = int8(arg)
		}
		cur = next
	}
	bc := 0
	for c := 1; c < numTags; c++ {
		if cur[c] > cur[bc] {
			bc = c
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = bc
		if i > 0 {
			bc = int(lat.back[i][bc])
		}
	}
}
