package lemma

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Score is the result of [EvalCoNLLU]: words whose lemma matched, and
// words scored, overall and per UPOS tag.
type Score struct {
	Correct, Total int
	ByTag          map[string][2]int // UPOS → {correct, total}
}

// Accuracy returns Correct/Total, or 0 when nothing was scored.
func (s Score) Accuracy() float64 {
	if s.Total == 0 {
		return 0
	}
	return float64(s.Correct) / float64(s.Total)
}

// EvalCoNLLU scores [Lemmatize] against the gold lemmas of a CoNLL-U
// treebank read from r, given the gold form and UPOS of every syntactic
// word. Multiword-token lines and empty nodes are skipped, as are words
// whose gold lemma is "_". The comparison is exact (case included).
func EvalCoNLLU(r io.Reader) (Score, error) {
	s := Score{ByTag: map[string][2]int{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		c := strings.SplitN(t, "\t", 5)
		if len(c) < 4 {
			return Score{}, fmt.Errorf("lemma: conllu:%d: want tab-separated fields", line)
		}
		if strings.ContainsAny(c[0], "-.") || c[2] == "_" && c[1] != "_" {
			continue
		}
		form, gold, upos := c[1], c[2], c[3]
		ok := Lemmatize(form, upos) == gold
		bt := s.ByTag[upos]
		bt[1]++
		s.Total++
		if ok {
			bt[0]++
			s.Correct++
		}
		s.ByTag[upos] = bt
	}
	if err := sc.Err(); err != nil {
		return Score{}, fmt.Errorf("lemma: conllu: %w", err)
	}
	return s, nil
}
