package token

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// EvalCoNLLU scores [Tokenize] and [Sentences] against a CoNLL-U treebank
// read from r (for example UD English EWT's en_ewt-ud-test.conllu) and
// returns the token F1 and the sentence-boundary F1, both in [0, 1].
//
// Tokens: each sentence's "# text = " line is tokenized and the predicted
// byte spans are compared with the gold ones (a token counts when both its
// start and end match). Gold spans are found by locating each gold form in
// the text in order. A multiword token ("1-2 don't") counts as its words
// ("do", "n't") when they spell it and it is a clitic or fused form the
// tokenizer splits (it contains an apostrophe, or is "cannot", "gonna",
// "wanna", "gotta"); otherwise as the surface form ("its" annotated as "it"
// "s" stays "its"), because a tokenizer cannot undo spelling errors.
//
// Sentences: the texts of a document are joined, with a space inside a
// paragraph and a line break between paragraphs ("# newpar"), as news text
// is laid out; the predicted sentence ends are compared with the gold ones,
// ignoring the end of each document (it is always a boundary).
func EvalCoNLLU(r io.Reader) (tokenF1, sentenceF1 float64, err error) {
	docs, err := readCoNLLU(r)
	if err != nil {
		return 0, 0, err
	}
	var tokC, sentC counts
	for _, d := range docs {
		for _, s := range d.sents {
			if s.sentErr {
				continue // gold forms not in the text: unscorable
			}
			tokC.add(scoreSpans(spansOf(Tokenize(s.text)), s.gold))
		}
		text, ends := d.join("\n")
		sentC.add(scoreSentences(text, ends))
	}
	return tokC.f1(), sentC.f1(), nil
}

// counts accumulates true positives, predictions and gold items.
type counts struct{ tp, pred, gold int }

func (c *counts) add(o counts) {
	c.tp += o.tp
	c.pred += o.pred
	c.gold += o.gold
}

func (c counts) f1() float64 {
	if c.pred+c.gold == 0 {
		return 1
	}
	return 2 * float64(c.tp) / float64(c.pred+c.gold)
}

type span struct{ off, end int }

// goldSent is one treebank sentence: its text, gold token spans, and
// whether it starts a paragraph.
type goldSent struct {
	text    string
	gold    []span
	newPar  bool
	sentErr bool // a gold form could not be found in the text
}

type goldDoc struct{ sents []goldSent }

// join lays the document's sentences out as one text, paragraphs separated
// by parSep, and returns it with the end offset of every sentence but the
// last.
func (d goldDoc) join(parSep string) (string, []int) {
	var b strings.Builder
	var ends []int
	for i, s := range d.sents {
		if i > 0 {
			if s.newPar {
				b.WriteString(parSep)
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s.text)
		if i+1 < len(d.sents) {
			ends = append(ends, b.Len())
		}
	}
	return b.String(), ends
}

func spansOf(toks []Token) []span {
	out := make([]span, len(toks))
	for i, t := range toks {
		out[i] = span{t.Off, t.End}
	}
	return out
}

// scoreSpans counts matching spans; both lists are sorted by offset.
func scoreSpans(pred, gold []span) counts {
	c := counts{pred: len(pred), gold: len(gold)}
	i, j := 0, 0
	for i < len(pred) && j < len(gold) {
		switch p, g := pred[i], gold[j]; {
		case p == g:
			c.tp++
			i++
			j++
		case p.off < g.off || p.off == g.off && p.end < g.end:
			i++
		default:
			j++
		}
	}
	return c
}

// scoreSentences compares the sentence ends of Sentences(text), except the
// last, with gold.
func scoreSentences(text string, gold []int) counts {
	ss := Sentences(text)
	var pred []span
	for i, s := range ss {
		if i+1 < len(ss) {
			pred = append(pred, span{s.End, s.End})
		}
	}
	g := make([]span, len(gold))
	for i, e := range gold {
		g[i] = span{e, e}
	}
	return scoreSpans(pred, g)
}

// readCoNLLU reads the documents of a CoNLL-U file: sentence texts and gold
// token spans. A file without "# newdoc" lines is one document.
func readCoNLLU(r io.Reader) ([]goldDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var (
		docs    []goldDoc
		cur     goldSent
		forms   []string
		inSent  bool
		skipTo  int // last word id covered by the current multiword token
		newDoc  bool
		newPar  bool
		lineNum int
	)
	flush := func() {
		if !inSent {
			return
		}
		cur.gold = locate(cur.text, forms)
		if cur.gold == nil && len(forms) > 0 {
			cur.sentErr = true
		}
		if newDoc || len(docs) == 0 {
			docs = append(docs, goldDoc{})
		}
		cur.newPar = newPar || newDoc
		docs[len(docs)-1].sents = append(docs[len(docs)-1].sents, cur)
		cur, forms, inSent, skipTo, newDoc, newPar = goldSent{}, nil, false, 0, false, false
	}
	for sc.Scan() {
		lineNum++
		line := sc.Text()
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "#"):
			switch {
			case strings.HasPrefix(line, "# newdoc"):
				newDoc = true
			case strings.HasPrefix(line, "# newpar"):
				newPar = true
			case strings.HasPrefix(line, "# text = "):
				cur.text = strings.TrimSpace(line[len("# text = "):])
				inSent = true
			}
		default:
			f := strings.SplitN(line, "\t", 4)
			if len(f) < 3 {
				return nil, fmt.Errorf("token: conllu:%d: want tab-separated fields", lineNum)
			}
			id := f[0]
			if strings.Contains(id, ".") {
				continue // empty node
			}
			if lo, hi, ok := strings.Cut(id, "-"); ok {
				a, b := atoi(lo), atoi(hi)
				if a < 0 || b < a {
					return nil, fmt.Errorf("token: conllu:%d: bad range %q", lineNum, id)
				}
				words, err := readWords(sc, b-a+1, &lineNum)
				if err != nil {
					return nil, err
				}
				forms = append(forms, mwtForms(f[1], words)...)
				skipTo = b
				continue
			}
			if n := atoi(id); n < 0 {
				return nil, fmt.Errorf("token: conllu:%d: bad id %q", lineNum, id)
			} else if n <= skipTo {
				continue
			}
			forms = append(forms, f[1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("token: conllu: %w", err)
	}
	flush()
	return docs, nil
}

// readWords reads the n word lines of a multiword token and returns their
// forms.
func readWords(sc *bufio.Scanner, n int, lineNum *int) ([]string, error) {
	words := make([]string, 0, n)
	for len(words) < n && sc.Scan() {
		*lineNum++
		f := strings.SplitN(sc.Text(), "\t", 3)
		if len(f) < 2 {
			return nil, fmt.Errorf("token: conllu:%d: multiword token cut short", *lineNum)
		}
		words = append(words, f[1])
	}
	if len(words) < n {
		return nil, fmt.Errorf("token: conllu:%d: multiword token cut short", *lineNum)
	}
	return words, nil
}

// mwtForms returns the gold tokens of multiword token surface with words.
func mwtForms(surface string, words []string) []string {
	if strings.Join(words, "") != surface {
		return []string{surface}
	}
	if strings.ContainsAny(surface, "'’`") || fusedSplit(surface) > 0 {
		return words
	}
	return []string{surface}
}

// locate finds forms in text in order and returns their spans, or nil when
// one is missing.
func locate(text string, forms []string) []span {
	out := make([]span, 0, len(forms))
	pos := 0
	for _, f := range forms {
		k := strings.Index(text[pos:], f)
		if k < 0 {
			return nil
		}
		out = append(out, span{pos + k, pos + k + len(f)})
		pos += k + len(f)
	}
	return out
}

// atoi parses a non-negative decimal number, or returns -1.
func atoi(s string) int {
	if s == "" || len(s) > 9 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
