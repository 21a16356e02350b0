package conllu

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Sentence is one treebank sentence.
type Sentence struct {
	ID    string // sent_id comment, or ""
	Text  string // text comment, or ""
	Words []Word
}

// Word is one syntactic word.
type Word struct {
	Form, Lemma, UPOS, XPOS string
	Head                    int    // 0-based index of the head; -1 for the root
	Rel                     string // dependency relation with subtype, e.g. "nsubj:pass"
}

// Forms, UPOS, XPOS, Heads and Rels return the columns of s.
func (s *Sentence) Forms() []string { return column(s, func(w Word) string { return w.Form }) }

// UPOS returns the universal tags of s.
func (s *Sentence) UPOS() []string { return column(s, func(w Word) string { return w.UPOS }) }

// XPOS returns the language-specific tags of s.
func (s *Sentence) XPOS() []string { return column(s, func(w Word) string { return w.XPOS }) }

// Rels returns the dependency relations of s.
func (s *Sentence) Rels() []string { return column(s, func(w Word) string { return w.Rel }) }

// Heads returns the 0-based heads of s (-1 for the root).
func (s *Sentence) Heads() []int {
	out := make([]int, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Head
	}
	return out
}

func column(s *Sentence, f func(Word) string) []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = f(w)
	}
	return out
}

// Read parses CoNLL-U from r; name is used in errors, which carry the line.
func Read(r io.Reader, name string) ([]Sentence, error) {
	var (
		out  []Sentence
		cur  Sentence
		line int
	)
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case l == "":
			flush()
			continue
		case strings.HasPrefix(l, "#"):
			if v, ok := strings.CutPrefix(l, "# sent_id = "); ok {
				cur.ID = v
			} else if v, ok := strings.CutPrefix(l, "# text = "); ok {
				cur.Text = v
			}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("conllu: %s:%d: %d columns, want 10", name, line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(cur.Words)+1 {
			return nil, fmt.Errorf("conllu: %s:%d: bad word id %q", name, line, f[0])
		}
		head := -1
		if f[6] != "_" {
			h, err := strconv.Atoi(f[6])
			if err != nil || h < 0 {
				return nil, fmt.Errorf("conllu: %s:%d: bad head %q", name, line, f[6])
			}
			head = h - 1
		}
		cur.Words = append(cur.Words, Word{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: head, Rel: f[7]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: %s:%d: %w", name, line, err)
	}
	flush()
	for _, s := range out {
		for i, w := range s.Words {
			if w.Head >= len(s.Words) {
				return nil, fmt.Errorf("conllu: %s: sentence %s word %d: head %d out of range", name, s.ID, i+1, w.Head+1)
			}
		}
	}
	return out, nil
}

// ReadFile reads the CoNLL-U file at path. It checks ctx before reading.
func ReadFile(ctx context.Context, path string) ([]Sentence, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conllu: %w", err)
	}
	defer f.Close()
	return Read(f, path)
}
