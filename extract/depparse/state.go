package depparse

import "github.com/storygraph/storygraph/extract/tag/perceptron"

// Transitions: class 0 is SHIFT, 1+2l is LEFT-ARC with label l (s0 ← b0),
// 2+2l is RIGHT-ARC with label l (s1 → s0).
const (
	shift = 0
	left  = 1
	right = 2
)

func moveOf(class int) (move, label int) {
	if class == 0 {
		return shift, 0
	}
	return 1 + (class-1)%2, (class - 1) / 2
}

func classOf(move, label int) int {
	if move == shift {
		return 0
	}
	return 1 + 2*label + (move - 1)
}

// state is a parser configuration. Words are 0..n-1; n is the artificial
// root, which stays at the end of the buffer. The buffer is always the
// contiguous range b0..n.
type state struct {
	n      int
	stack  []int32
	b0     int32
	heads  []int32 // -2: none yet
	labels []int32 // label id +1; 0: none
	l1, l2 []int32 // leftmost and second-leftmost child, -1: none
	r1, r2 []int32 // rightmost and second-rightmost child
	nl, nr []int32 // number of left and right children

	// per-token feature values; index n holds the root
	w, t, u []uint64
	a       []uint64 // ambiguity class of the word: the XPOS tags it had in training

}

func (s *state) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b0 = 0
	s.heads = fill(s.heads, n+1, -2)
	s.labels = fill(s.labels, n+1, 0)
	s.l1 = fill(s.l1, n+1, -1)
	s.l2 = fill(s.l2, n+1, -1)
	s.r1 = fill(s.r1, n+1, -1)
	s.r2 = fill(s.r2, n+1, -1)
	s.nl = fill(s.nl, n+1, 0)
	s.nr = fill(s.nr, n+1, 0)
}

func fill(b []int32, n int, v int32) []int32 {
	if cap(b) < n {
		b = make([]int32, n)
	}
	b = b[:n]
	for i := range b {
		b[i] = v
	}
	return b
}

func (s *state) terminal() bool { return int(s.b0) == s.n && len(s.stack) == 0 }

func (s *state) canShift() bool { return int(s.b0) < s.n }

func (s *state) canLeft() bool {
	return len(s.stack) > 0 && (int(s.b0) < s.n || len(s.stack) == 1)
}

func (s *state) canRight() bool { return len(s.stack) > 1 }

// forced returns the move to make without scoring when there is no choice:
// a shift onto an empty stack, or the last word's attachment to the root
// (whose label is not learnt).
func (s *state) forced() (move, label int, ok bool) {
	switch {
	case len(s.stack) == 0:
		return shift, 0, true
	case len(s.stack) == 1 && !s.canShift():
		return left, 0, true
	}
	return 0, 0, false
}

func (s *state) apply(move, label int) {
	switch move {
	case shift:
		s.stack = append(s.stack, s.b0)
		s.b0++
	case left:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.addArc(s.b0, d, label)
	case right:
		d := s.stack[len(s.stack)-1]
		h := s.stack[len(s.stack)-2]
		s.stack = s.stack[:len(s.stack)-1]
		s.addArc(h, d, label)
	}
}

// arc returns the head and dependent of the arc that move (left or right)
// would add.
func (s *state) arc(move int) (h, d int32) {
	d = s.stack[len(s.stack)-1]
	if move == left {
		return s.b0, d
	}
	return s.stack[len(s.stack)-2], d
}

func (s *state) addArc(h, d int32, label int) {
	s.heads[d] = h
	s.labels[d] = int32(label) + 1
	if d < h {
		s.nl[h]++
		if s.l1[h] == -1 || d < s.l1[h] {
			s.l2[h] = s.l1[h]
			s.l1[h] = d
		} else if s.l2[h] == -1 || d < s.l2[h] {
			s.l2[h] = d
		}
	} else {
		s.nr[h]++
		if s.r1[h] == -1 || d > s.r1[h] {
			s.r2[h] = s.r1[h]
			s.r1[h] = d
		} else if s.r2[h] == -1 || d > s.r2[h] {
			s.r2[h] = d
		}
	}
}

// costs returns the number of gold arcs each unlabelled move makes
// unreachable (Goldberg and Nivre 2013, arc-hybrid). gold[n] is unused;
// the root word has gold head n.
func (s *state) costs(gold []int32) (cs, cl, cr int) {
	const inf = 1 << 20
	cs, cl, cr = inf, inf, inf
	b0 := s.b0
	n := int32(s.n)
	st := s.stack
	if s.canShift() {
		c := 0
		for i, k := range st {
			if gold[k] == b0 {
				c++
			}
			if gold[b0] == k && i != len(st)-1 {
				c++
			}
		}
		cs = c
	}
	if len(st) > 0 {
		s0 := st[len(st)-1]
		kids := 0
		for k := b0; k < n; k++ {
			if gold[k] == s0 {
				kids++
			}
		}
		if s.canLeft() {
			c := kids
			g := gold[s0]
			if g != b0 && (g > b0 || (len(st) > 1 && g == st[len(st)-2])) {
				c++
			}
			cl = c
		}
		if s.canRight() {
			c := kids
			g := gold[s0]
			if g >= b0 {
				c++
			}
			cr = c
		}
	}
	return cs, cl, cr
}

// token value helpers: -1 means no token
func (s *state) st(i int) int32 {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return -1
}

func (s *state) buf(i int) int32 {
	if k := int(s.b0) + i; k <= s.n {
		return int32(k)
	}
	return -1
}

const none = 0xFFFFFFFF

func (s *state) wv(k int32) uint64 {
	if k < 0 {
		return none
	}
	return s.w[k]
}

func (s *state) tv(k int32) uint64 {
	if k < 0 {
		return none
	}
	return s.t[k]
}

func (s *state) uv(k int32) uint64 {
	if k < 0 {
		return none
	}
	return s.u[k]
}

func (s *state) av(k int32) uint64 {
	if k < 0 {
		return none
	}
	return s.a[k]
}

func (s *state) lv(k int32) uint64 {
	if k < 0 {
		return none
	}
	return uint64(s.labels[k])
}

func child(c []int32, k int32) int32 {
	if k < 0 {
		return -1
	}
	return c[k]
}

func dist(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return none
	}
	d := b - a
	switch {
	case d < 0:
		d = -d
	}
	if d > 5 {
		if d < 10 {
			return 6
		}
		return 7
	}
	return uint64(d)
}

// features appends the feature keys of the current configuration.
func (s *state) features(dst []uint32) []uint32 {
	s0, s1, s2 := s.st(0), s.st(1), s.st(2)
	b0, b1, b2 := s.buf(0), s.buf(1), s.buf(2)
	s0l, s0r := child(s.l1, s0), child(s.r1, s0)
	s0l2, s0r2 := child(s.l2, s0), child(s.r2, s0)
	s1l, s1r := child(s.l1, s1), child(s.r1, s1)
	b0l, b0l2 := child(s.l1, b0), child(s.l2, b0)

	ws0, ts0, us0 := s.wv(s0), s.tv(s0), s.uv(s0)
	ws1, ts1 := s.wv(s1), s.tv(s1)
	wb0, tb0, ub0 := s.wv(b0), s.tv(b0), s.uv(b0)
	wb1, tb1 := s.wv(b1), s.tv(b1)
	wb2, tb2 := s.wv(b2), s.tv(b2)
	ts2 := s.tv(s2)
	ts0l, ts0r, ts0l2, ts0r2 := s.tv(s0l), s.tv(s0r), s.tv(s0l2), s.tv(s0r2)
	ls0l, ls0r, ls0l2, ls0r2 := s.lv(s0l), s.lv(s0r), s.lv(s0l2), s.lv(s0r2)
	ts1l, ts1r := s.tv(s1l), s.tv(s1r)
	ls1l, ls1r := s.lv(s1l), s.lv(s1r)
	tb0l, tb0l2 := s.tv(b0l), s.tv(b0l2)
	lb0l, lb0l2 := s.lv(b0l), s.lv(b0l2)
	d := dist(s0, b0)
	var vs0l, vs0r, vb0l, vs1r uint64 = none, none, none, none
	if s0 >= 0 {
		vs0l, vs0r = uint64(s.nl[s0]), uint64(s.nr[s0])
	}
	if b0 >= 0 {
		vb0l = uint64(s.nl[b0])
	}
	if s1 >= 0 {
		vs1r = uint64(s.nr[s1])
	}
	wt := func(w, t uint64) uint64 { return w*31 ^ t }
	mx, m3 := perceptron.Mix, perceptron.Mix3
	dst = append(dst,
		mx(1, 0, 0),
		// unigrams
		mx(2, ws0, 0), mx(3, ts0, 0), mx(4, ws0, ts0), mx(5, us0, 0),
		mx(6, ws1, 0), mx(7, ts1, 0), mx(8, ws1, ts1),
		mx(9, wb0, 0), mx(10, tb0, 0), mx(11, wb0, tb0), mx(12, ub0, 0),
		mx(13, wb1, 0), mx(14, tb1, 0), mx(15, wb1, tb1),
		mx(16, wb2, 0), mx(17, tb2, 0), mx(18, ts2, 0),
		// pairs
		m3(20, wt(ws0, ts0), wb0, tb0),
		mx(21, wt(ws0, ts0), wb0),
		mx(22, ws0, wt(wb0, tb0)),
		mx(23, wt(ws0, ts0), tb0),
		mx(24, ts0, wt(wb0, tb0)),
		mx(25, ws0, wb0),
		mx(26, ts0, tb0),
		mx(27, tb0, tb1),
		m3(28, wt(ws1, ts1), ws0, ts0),
		mx(29, ts1, ts0),
		mx(30, ws1, ws0),
		mx(31, ts1, wt(ws0, ts0)),
		mx(32, wt(ws1, ts1), ts0),
		mx(33, ts1, tb0),
		mx(34, ws1, wb0),
		// trigrams of tags
		m3(40, tb0, tb1, tb2),
		m3(41, ts0, tb0, tb1),
		m3(42, ts1, ts0, tb0),
		m3(43, ts0, ts0l, tb0),
		m3(44, ts0, ts0r, tb0),
		m3(45, ts0, tb0, tb0l),
		m3(46, ts2, ts1, ts0),
		m3(47, ts1, ts1r, ts0),
		m3(48, ts1, ts1l, ts0),
		m3(49, ts1, ts0, ts0l),
		m3(50, ts1, ts0, ts0r),
		// distance
		mx(60, ws0, d), mx(61, ts0, d), mx(62, wb0, d), mx(63, tb0, d),
		m3(64, ws0, wb0, d), m3(65, ts0, tb0, d),
		// valency
		mx(70, ws0, vs0r), mx(71, ts0, vs0r), mx(72, ws0, vs0l), mx(73, ts0, vs0l),
		mx(74, wb0, vb0l), mx(75, tb0, vb0l), mx(76, ts1, vs1r),
		// children unigrams
		mx(80, s.wv(s0l), 0), mx(81, ts0l, 0), mx(82, ls0l, 0),
		mx(83, s.wv(s0r), 0), mx(84, ts0r, 0), mx(85, ls0r, 0),
		mx(86, s.wv(b0l), 0), mx(87, tb0l, 0), mx(88, lb0l, 0),
		mx(89, ts1l, ls1l), mx(90, ts1r, ls1r),
		// second-order children
		mx(91, ts0l2, ls0l2), mx(92, ts0r2, ls0r2), mx(93, tb0l2, lb0l2),
		m3(94, ts0, ts0l, ts0l2), m3(95, ts0, ts0r, ts0r2), m3(96, tb0, tb0l, tb0l2),
		// label sets
		m3(100, ws0, ls0l, ls0l2), m3(101, ts0, ls0l, ls0l2),
		m3(102, ws0, ls0r, ls0r2), m3(103, ts0, ls0r, ls0r2),
		m3(104, wb0, lb0l, lb0l2), m3(105, tb0, lb0l, lb0l2),
		m3(106, ts0, ls0l, ls0r), m3(107, ts1, ls1l, ls1r),
		// words with neighbouring tags
		m3(110, ws0, ts1, tb0), m3(111, wb0, ts0, tb1), m3(112, ws0, tb0, tb1),
		m3(113, wb0, ts1, ts0),
		// ambiguity classes: the word's possible tags, robust to tagging errors
		mx(120, s.av(s0), tb0), mx(121, ts0, s.av(b0)), mx(122, s.av(s0), s.av(b0)),
		mx(123, s.av(b0), tb1), mx(124, s.av(s1), ts0), mx(125, s.av(b0), 0), mx(126, s.av(s0), 0),
		m3(127, s.av(b0), s.av(b1), ts0),
	)
	return dst
}

// Parsing scores most features through cached sums (see Parser.Parse): the
// features of each group below depend on one token only while it holds
// one role, so their summed weights are computed once per token and role
// and reused at every transition. features is the union of the groups and
// restFeatures (tested), in the order training used.
const (
	groupBuf = iota // b0 and the buffer words after it (b1, b2 follow b0)
	groupS0         // s0 with its left children, fixed once it is on the stack
	groupS1         // s1 with its left children
	groups
)

// groupFeatures appends the features of group g for token k (-1: none) in
// that group's role.
func (s *state) groupFeatures(dst []uint32, g int, k int32) []uint32 {
	mx, m3 := perceptron.Mix, perceptron.Mix3
	switch g {
	case groupBuf:
		b0, b1, b2 := k, int32(-1), int32(-1)
		if b0 >= 0 && int(b0)+1 <= s.n {
			b1 = b0 + 1
		}
		if b0 >= 0 && int(b0)+2 <= s.n {
			b2 = b0 + 2
		}
		wb0, tb0, ub0 := s.wv(b0), s.tv(b0), s.uv(b0)
		wb1, tb1 := s.wv(b1), s.tv(b1)
		wb2, tb2 := s.wv(b2), s.tv(b2)
		return append(dst,
			mx(1, 0, 0),
			mx(9, wb0, 0), mx(10, tb0, 0), mx(11, wb0, tb0), mx(12, ub0, 0),
			mx(13, wb1, 0), mx(14, tb1, 0), mx(15, wb1, tb1),
			mx(16, wb2, 0), mx(17, tb2, 0),
			mx(27, tb0, tb1),
			m3(40, tb0, tb1, tb2),
			mx(123, s.av(b0), tb1), mx(125, s.av(b0), 0),
		)
	case groupS0:
		s0 := k
		s0l, s0l2 := child(s.l1, s0), child(s.l2, s0)
		ws0, ts0, us0 := s.wv(s0), s.tv(s0), s.uv(s0)
		ts0l, ts0l2 := s.tv(s0l), s.tv(s0l2)
		ls0l, ls0l2 := s.lv(s0l), s.lv(s0l2)
		var vs0l uint64 = none
		if s0 >= 0 {
			vs0l = uint64(s.nl[s0])
		}
		return append(dst,
			mx(2, ws0, 0), mx(3, ts0, 0), mx(4, ws0, ts0), mx(5, us0, 0),
			mx(72, ws0, vs0l), mx(73, ts0, vs0l),
			mx(80, s.wv(s0l), 0), mx(81, ts0l, 0), mx(82, ls0l, 0),
			mx(91, ts0l2, ls0l2),
			m3(94, ts0, ts0l, ts0l2),
			m3(100, ws0, ls0l, ls0l2), m3(101, ts0, ls0l, ls0l2),
			mx(126, s.av(s0), 0),
		)
	default:
		s1 := k
		s1l := child(s.l1, s1)
		ws1, ts1 := s.wv(s1), s.tv(s1)
		return append(dst,
			mx(6, ws1, 0), mx(7, ts1, 0), mx(8, ws1, ts1),
			mx(89, s.tv(s1l), s.lv(s1l)),
		)
	}
}

// restFeatures appends the features of the current configuration that are
// in no group.
func (s *state) restFeatures(dst []uint32) []uint32 {
	s0, s1, s2 := s.st(0), s.st(1), s.st(2)
	b0, b1 := s.buf(0), s.buf(1)
	s0l, s0r := child(s.l1, s0), child(s.r1, s0)
	s0r2 := child(s.r2, s0)
	s1l, s1r := child(s.l1, s1), child(s.r1, s1)
	b0l, b0l2 := child(s.l1, b0), child(s.l2, b0)

	ws0, ts0 := s.wv(s0), s.tv(s0)
	ws1, ts1 := s.wv(s1), s.tv(s1)
	wb0, tb0 := s.wv(b0), s.tv(b0)
	tb1 := s.tv(b1)
	ts2 := s.tv(s2)
	ts0l, ts0r, ts0r2 := s.tv(s0l), s.tv(s0r), s.tv(s0r2)
	ls0l, ls0r, ls0r2 := s.lv(s0l), s.lv(s0r), s.lv(s0r2)
	ts1l, ts1r := s.tv(s1l), s.tv(s1r)
	ls1l, ls1r := s.lv(s1l), s.lv(s1r)
	tb0l, tb0l2 := s.tv(b0l), s.tv(b0l2)
	lb0l, lb0l2 := s.lv(b0l), s.lv(b0l2)
	d := dist(s0, b0)
	var vs0r, vb0l, vs1r uint64 = none, none, none
	if s0 >= 0 {
		vs0r = uint64(s.nr[s0])
	}
	if b0 >= 0 {
		vb0l = uint64(s.nl[b0])
	}
	if s1 >= 0 {
		vs1r = uint64(s.nr[s1])
	}
	wt := func(w, t uint64) uint64 { return w*31 ^ t }
	mx, m3 := perceptron.Mix, perceptron.Mix3
	dst = append(dst,
		mx(18, ts2, 0),
		// pairs
		m3(20, wt(ws0, ts0), wb0, tb0),
		mx(21, wt(ws0, ts0), wb0),
		mx(22, ws0, wt(wb0, tb0)),
		mx(23, wt(ws0, ts0), tb0),
		mx(24, ts0, wt(wb0, tb0)),
		mx(25, ws0, wb0),
		mx(26, ts0, tb0),
		m3(28, wt(ws1, ts1), ws0, ts0),
		mx(29, ts1, ts0),
		mx(30, ws1, ws0),
		mx(31, ts1, wt(ws0, ts0)),
		mx(32, wt(ws1, ts1), ts0),
		mx(33, ts1, tb0),
		mx(34, ws1, wb0),
		// trigrams of tags
		m3(41, ts0, tb0, tb1),
		m3(42, ts1, ts0, tb0),
		m3(43, ts0, ts0l, tb0),
		m3(44, ts0, ts0r, tb0),
		m3(45, ts0, tb0, tb0l),
		m3(46, ts2, ts1, ts0),
		m3(47, ts1, ts1r, ts0),
		m3(48, ts1, ts1l, ts0),
		m3(49, ts1, ts0, ts0l),
		m3(50, ts1, ts0, ts0r),
		// distance
		mx(60, ws0, d), mx(61, ts0, d), mx(62, wb0, d), mx(63, tb0, d),
		m3(64, ws0, wb0, d), m3(65, ts0, tb0, d),
		// valency
		mx(70, ws0, vs0r), mx(71, ts0, vs0r),
		mx(74, wb0, vb0l), mx(75, tb0, vb0l), mx(76, ts1, vs1r),
		// children unigrams
		mx(83, s.wv(s0r), 0), mx(84, ts0r, 0), mx(85, ls0r, 0),
		mx(86, s.wv(b0l), 0), mx(87, tb0l, 0), mx(88, lb0l, 0),
		mx(90, ts1r, ls1r),
		// second-order children
		mx(92, ts0r2, ls0r2), mx(93, tb0l2, lb0l2),
		m3(95, ts0, ts0r, ts0r2), m3(96, tb0, tb0l, tb0l2),
		// label sets
		m3(102, ws0, ls0r, ls0r2), m3(103, ts0, ls0r, ls0r2),
		m3(104, wb0, lb0l, lb0l2), m3(105, tb0, lb0l, lb0l2),
		m3(106, ts0, ls0l, ls0r), m3(107, ts1, ls1l, ls1r),
		// words with neighbouring tags
		m3(110, ws0, ts1, tb0), m3(111, wb0, ts0, tb1), m3(112, ws0, tb0, tb1),
		m3(113, wb0, ts1, ts0),
		// ambiguity classes
		mx(120, s.av(s0), tb0), mx(121, ts0, s.av(b0)), mx(122, s.av(s0), s.av(b0)),
		mx(124, s.av(s1), ts0),
		m3(127, s.av(b0), s.av(b1), ts0),
	)
	return dst
}
