package temporal

import (
	"strconv"
	"strings"

	"github.com/storygraph/storygraph/extract/nlp"
)

// sent builds an annotated sentence by hand from tokens written
// "form|XPOS|head|dep[|lemma[|entity]]" and separated by spaces; heads are 1-based
// with 0 for the root, as in CoNLL-U. A form starting with "~" is glued to
// the previous token (no space). With only "form|XPOS" the sentence has no
// parse (Head -1, Dep ""). The sentence starts at byte offset base 100, so
// offsets are checked as offsets and not as indices.
func sent(spec string) *nlp.Sentence {
	const base = 100
	s := &nlp.Sentence{Off: base}
	var text strings.Builder
	for i, f := range strings.Fields(spec) {
		parts := strings.Split(f, "|")
		form := parts[0]
		glue := strings.HasPrefix(form, "~")
		form = strings.TrimPrefix(form, "~")
		if i > 0 && !glue {
			text.WriteByte(' ')
		}
		off := base + text.Len()
		text.WriteString(form)
		t := nlp.Token{Text: form, Off: off, End: off + len(form), Head: -1, Ent: "O"}
		if len(parts) > 1 {
			t.XPOS = parts[1]
		}
		if len(parts) > 3 {
			h, err := strconv.Atoi(parts[2])
			if err != nil {
				panic("sent: bad head in " + f) // test table misuse
			}
			t.Head = h - 1
			t.Dep = parts[3]
		}
		t.Lemma = strings.ToLower(form)
		if len(parts) > 4 && parts[4] != "" {
			t.Lemma = parts[4]
		}
		if len(parts) > 5 {
			t.Ent = parts[5]
		}
		t.UPOS = upos(t.XPOS, t.Dep)
		s.Tokens = append(s.Tokens, t)
	}
	s.Text = text.String()
	s.End = base + len(s.Text)
	return s
}

func upos(xpos, dep string) string {
	switch {
	case dep == "aux" || dep == "aux:pass" || dep == "cop" || xpos == "MD":
		return "AUX"
	case strings.HasPrefix(xpos, "VB"):
		return "VERB"
	case xpos == "NNP" || xpos == "NNPS":
		return "PROPN"
	case strings.HasPrefix(xpos, "NN"):
		return "NOUN"
	case xpos == "CD":
		return "NUM"
	case xpos == "IN":
		return "ADP"
	case xpos == "DT":
		return "DET"
	case strings.HasPrefix(xpos, "JJ"):
		return "ADJ"
	case strings.HasPrefix(xpos, "RB"):
		return "ADV"
	case xpos == "PRP" || xpos == "PRP$":
		return "PRON"
	case xpos == "CC":
		return "CCONJ"
	case xpos == "TO" || xpos == "POS":
		return "PART"
	case xpos == "." || xpos == "," || xpos == "HYPH" || xpos == ":":
		return "PUNCT"
	}
	return "X"
}
