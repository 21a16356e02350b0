package depparse

import (
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/extract/nlp/conllu"
	"github.com/storygraph/storygraph/internal/shared"
)

// projective reports whether the tree (heads, -1 root) has no crossing arcs.
func projective(heads []int) bool {
	n := len(heads)
	h := func(i int) int {
		if heads[i] < 0 {
			return n
		}
		return heads[i]
	}
	for i := range n {
		a, b := min(i, h(i)), max(i, h(i))
		for j := range n {
			c, d := min(j, h(j)), max(j, h(j))
			if (a < c && c < b && b < d) || (c < a && a < d && d < b) {
				return false
			}
		}
	}
	return true
}

// followOracle parses with the zero-cost moves only (preferring shift, then
// left, then right) and returns the tree it builds.
func followOracle(t *testing.T, heads []int) []int {
	n := len(heads)
	gold := make([]int32, n+1)
	for i, h := range heads {
		if h < 0 {
			h = n
		}
		gold[i] = int32(h)
	}
	var s state
	s.reset(n)
	for steps := 0; !s.terminal(); steps++ {
		if steps > 2*n+2 {
			t.Fatalf("oracle did not finish in %d steps", steps)
		}
		cs, cl, cr := s.costs(gold)
		m := min(cs, cl, cr)
		switch {
		case cs == m:
			s.apply(shift, 0)
		case cl == m:
			s.apply(left, 0)
		default:
			s.apply(right, 0)
		}
	}
	out := make([]int, n)
	for i := range out {
		out[i] = int(s.heads[i])
		if out[i] == n {
			out[i] = -1
		}
	}
	return out
}

var oracleTests = []struct {
	name  string
	heads []int
}{
	{"one word", []int{-1}},
	{"chain right", []int{-1, 0, 1, 2}},
	{"chain left", []int{1, 2, 3, -1}},
	{"root in middle", []int{1, -1, 1, 4, 1}},
	{"subject verb object punct", []int{1, 2, -1, 4, 2, 2}},
}

func TestOracleBuildsGoldTree(t *testing.T) {
	for _, tt := range oracleTests {
		t.Run(tt.name, func(t *testing.T) {
			got := followOracle(t, tt.heads)
			for i := range got {
				if got[i] != tt.heads[i] {
					t.Fatalf("oracle tree = %v, want %v", got, tt.heads)
				}
			}
		})
	}
}

// TestOracleTreebank checks on EWT dev that the dynamic oracle rebuilds
// every projective gold tree and yields a tree for the others.
func TestOracleTreebank(t *testing.T) {
	dir := shared.Dir(t, "data/ud-english-ewt")
	sents, err := conllu.ReadFile(t.Context(), filepath.Join(dir, "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	nonproj, bad := 0, 0
	for _, s := range sents {
		heads := s.Heads()
		got := followOracle(t, heads)
		if !projective(heads) {
			nonproj++
			continue
		}
		for i := range got {
			if got[i] != heads[i] {
				bad++
				if bad < 5 {
					t.Errorf("%s: oracle tree = %v, want %v", s.ID, got, heads)
				}
				break
			}
		}
	}
	t.Logf("%d sentences, %d non-projective", len(sents), nonproj)
}
