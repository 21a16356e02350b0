package oie

import (
	"strings"

	"github.com/storygraph/storygraph/extract/nlp"
)

// ptbEscapes maps Penn Treebank token escapes, as found in pre-tokenised
// benchmark text (CaRB, OIE2016), to the characters a tagger trained on
// raw text expects.
var ptbEscapes = map[string]string{
	"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
	"``": "\"", "''": "\"",
}

// clitics are tokens that pre-tokenised text separates from their host
// word and that a tokenizer only recognises when attached ("'s" alone
// reads as a quote and an "s").
var clitics = map[string]bool{"'s": true, "'re": true, "'ve": true, "'ll": true, "'m": true, "'d": true}

// AnnotateTokenized annotates a line of space-separated, pre-tokenised
// text (PTB escapes such as "-LRB-" and "“" allowed) with annotate (for
// example an nlp.Annotator's AnnotateSentence), and returns the sentence
// with its text, token texts and offsets mapped back onto line, so that
// extractions quote line exactly. Escaped tokens are unescaped and
// clitics ("'s") glued to their host for the annotator only.
func AnnotateTokenized(annotate func(string) nlp.Sentence, line string) nlp.Sentence {
	// build the unescaped text and a byte map back to line
	var b strings.Builder
	var back []int // back[i] = offset in line of byte i of the unescaped text
	var esc []bool // esc[i]: byte i belongs to a replaced token
	i := 0
	for i < len(line) {
		if line[i] == ' ' || line[i] == '\t' {
			b.WriteByte(' ')
			back = append(back, i)
			esc = append(esc, false)
			i++
			continue
		}
		j := i
		for j < len(line) && line[j] != ' ' && line[j] != '\t' {
			j++
		}
		tok := line[i:j]
		if clitics[strings.ToLower(tok)] && b.Len() > 0 && b.String()[b.Len()-1] == ' ' {
			// "Yaromir 's": glue the clitic back for the tokenizer
			str := b.String()[:b.Len()-1]
			b.Reset()
			b.WriteString(str)
			back, esc = back[:len(back)-1], esc[:len(esc)-1]
		}
		if r, ok := ptbEscapes[tok]; ok {
			for k := 0; k < len(r); k++ {
				b.WriteByte(r[k])
				back = append(back, i)
				esc = append(esc, true)
			}
		} else {
			for k := i; k < j; k++ {
				b.WriteByte(line[k])
				back = append(back, k)
				esc = append(esc, false)
			}
		}
		i = j
	}
	back = append(back, len(line))
	esc = append(esc, false)
	text := b.String()
	s := annotate(text)
	mapOff := func(o int, end bool) int {
		if o < 0 {
			return 0
		}
		if o >= len(back) {
			return len(line)
		}
		if end && o > 0 {
			if !esc[o-1] {
				return back[o-1] + 1
			}
			// end of an escaped token: jump to the end of the original token
			k := back[o-1]
			for k < len(line) && line[k] != ' ' && line[k] != '\t' {
				k++
			}
			return k
		}
		return back[o]
	}
	for k := range s.Tokens {
		t := &s.Tokens[k]
		t.Off, t.End = mapOff(t.Off, false), mapOff(t.End, true)
		if t.End < t.Off {
			t.End = t.Off
		}
		t.Text = line[t.Off:t.End]
	}
	s.Text = line
	s.Off, s.End = 0, len(line)
	return s
}
