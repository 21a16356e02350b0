package timeline

import "slices"

// interner numbers the strings Build keys its indexes and clusters by
// (subject keys, acts, objects, words, clause keys, dates), so that an
// index key is a few integers, not a string built by concatenation for
// every look-up.
type interner struct {
	ids map[string]int32
	// lists holds the numbers of the lists of strings numbered before,
	// by their first element's address: members share the lists prepare
	// made once (see prepCache), numbered once.
	lists map[listRef][]int32
}

type listRef struct {
	first *string
	n     int
}

func newInterner(n int) *interner {
	return &interner{ids: make(map[string]int32, n), lists: map[listRef][]int32{}}
}

// shared is ids32 for a list that is never changed: the same list gives
// the same numbers, shared.
func (in *interner) shared(ss []string) []int32 {
	if len(ss) == 0 {
		return nil
	}
	r := listRef{&ss[0], len(ss)}
	if ids, ok := in.lists[r]; ok {
		return ids
	}
	ids := in.ids32(ss)
	in.lists[r] = ids
	return ids
}

// id returns the number of s, giving it the next one when it has none.
func (in *interner) id(s string) int32 {
	if v, ok := in.ids[s]; ok {
		return v
	}
	v := int32(len(in.ids))
	in.ids[s] = v
	return v
}

// find returns the number of s, false when s has none: then nothing is
// filed under a key holding it.
func (in *interner) find(s string) (int32, bool) {
	v, ok := in.ids[s]
	return v, ok
}

func (in *interner) ids32(ss []string) []int32 {
	if len(ss) == 0 {
		return nil
	}
	out := make([]int32, len(ss))
	for i, s := range ss {
		out[i] = in.id(s)
	}
	return out
}

// smallSet is a set that stays a slice, searched in order, while it is
// small (most events have a few facts), and becomes a map beyond.
type smallSet[T comparable] struct {
	small []T
	big   map[T]struct{}
}

const smallMax = 16

func (s *smallSet[T]) has(v T) bool {
	if s.big != nil {
		_, ok := s.big[v]
		return ok
	}
	return slices.Contains(s.small, v)
}

// add adds v and reports whether it was new.
func (s *smallSet[T]) add(v T) bool {
	if s.big != nil {
		if _, ok := s.big[v]; ok {
			return false
		}
		s.big[v] = struct{}{}
		return true
	}
	if slices.Contains(s.small, v) {
		return false
	}
	if len(s.small) < smallMax {
		s.small = append(s.small, v)
		return true
	}
	s.big = make(map[T]struct{}, 2*smallMax)
	for _, x := range s.small {
		s.big[x] = struct{}{}
	}
	s.small = nil
	s.big[v] = struct{}{}
	return true
}
