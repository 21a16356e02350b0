// Package conllu reads CoNLL-U treebank files into annotated
// [nlp.Sentence] values, so that the open-IE rules can be developed and
// tested on gold parses.
//
// Only basic dependencies are read (columns 1–8); multiword-token ranges
// ("1-2") and empty nodes ("8.1") are skipped. The sentence text is rebuilt
// from the forms and the SpaceAfter=No flags of the MISC column, so token
// offsets index into Sentence.Text. Entity tags come from an Ent=<BIO tag> entry
// of the MISC column (as [Write] writes them) and are "O" otherwise.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/storygraph/storygraph/extract/nlp"
)

// Read parses every sentence of r. Errors carry the line number.
func Read(r io.Reader) ([]nlp.Sentence, error) {
	var (
		out    []nlp.Sentence
		toks   []nlp.Token
		spaces []bool
		ids    []string
		line   int
	)
	flush := func() error {
		if len(toks) == 0 {
			return nil
		}
		s, err := build(toks, spaces, ids)
		if err != nil {
			return fmt.Errorf("conllu: sentence ending at line %d: %w", line, err)
		}
		s.Index = len(out)
		out = append(out, s)
		toks, spaces, ids = nil, nil, nil
		return nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if l == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 8 {
			return nil, fmt.Errorf("conllu: line %d: %d columns, want 10", line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		head, err := strconv.Atoi(f[6])
		if err != nil {
			return nil, fmt.Errorf("conllu: line %d: bad head %q", line, f[6])
		}
		dep := f[7]
		if dep == "root" {
			head = 0
		}
		toks = append(toks, nlp.Token{
			Text: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
			Head: head - 1, Dep: dep, Ent: "O",
		})
		ids = append(ids, f[0])
		space := true
		if len(f) > 9 {
			for _, m := range strings.Split(f[9], "|") {
				switch {
				case m == "SpaceAfter=No":
					space = false
				case strings.HasPrefix(m, "Ent="):
					toks[len(toks)-1].Ent = m[len("Ent="):]
				}
			}
		}
		spaces = append(spaces, space)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: %w", err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

func build(toks []nlp.Token, spaces []bool, ids []string) (nlp.Sentence, error) {
	var b strings.Builder
	for i := range toks {
		if ids[i] != strconv.Itoa(i+1) {
			return nlp.Sentence{}, fmt.Errorf("token %d has id %s", i+1, ids[i])
		}
		if toks[i].Head < -1 || toks[i].Head >= len(toks) {
			return nlp.Sentence{}, fmt.Errorf("token %d: head %d out of range", i+1, toks[i].Head+1)
		}
		toks[i].Off = b.Len()
		b.WriteString(toks[i].Text)
		toks[i].End = b.Len()
		if spaces[i] && i < len(toks)-1 {
			b.WriteByte(' ')
		}
	}
	return nlp.Sentence{Off: 0, End: b.Len(), Text: b.String(), Tokens: toks}, nil
}

// Write writes s in CoNLL-U form (columns FORM, LEMMA, UPOS, XPOS, HEAD,
// DEPREL, MISC with SpaceAfter=No and Ent=<BIO tag>), preceded by a "# text =" comment.
func Write(w io.Writer, s *nlp.Sentence) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# text = %s\n", s.Text)
	for i, t := range s.Tokens {
		var m []string
		if i+1 < len(s.Tokens) && s.Tokens[i+1].Off == t.End {
			m = append(m, "SpaceAfter=No")
		}
		if t.Ent != "" && t.Ent != "O" {
			m = append(m, "Ent="+t.Ent)
		}
		misc := "_"
		if len(m) > 0 {
			misc = strings.Join(m, "|")
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t%s\n", i+1, t.Text, t.Lemma, t.UPOS, t.XPOS, t.Head+1, t.Dep, misc)
	}
	bw.WriteString("\n")
	return bw.Flush()
}
