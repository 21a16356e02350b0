package nlp

// Token is one annotated token. Off and End are byte offsets into the text
// given to the annotator (for a document, its cleaned text).
type Token struct {
	Text     string
	Off, End int
	UPOS     string // Universal POS tag (NOUN, VERB, PROPN, ...)
	XPOS     string // Penn Treebank tag (NN, VBD, NNP, ...)
	Lemma    string
	Head     int    // index of the head token in Sentence.Tokens; -1 for the root
	Dep      string // Universal Dependencies relation (nsubj, obj, obl, ...); "root" for the root
	Ent      string // entity tag in BIO form: "O", "B-PERSON", "I-ORG", "B-LOC", ...
}

// Sentence is one annotated sentence.
type Sentence struct {
	Index    int    // position of the sentence in its text, from 0
	Off, End int    // byte range of the sentence in the annotated text
	Text     string // text[Off:End]
	Tokens   []Token
}

// EntitySpan is a named-entity mention: tokens [Start, End) of a sentence.
type EntitySpan struct {
	Start, End int
	Type       string // PERSON, ORG, LOC, ...
}

// Entities returns the entity mentions of s read from the BIO tags of its
// tokens, in order.
func (s *Sentence) Entities() []EntitySpan {
	var out []EntitySpan
	for i := 0; i < len(s.Tokens); {
		tag := s.Tokens[i].Ent
		if len(tag) < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-' {
			i++
			continue
		}
		typ := tag[2:]
		j := i + 1
		for j < len(s.Tokens) && s.Tokens[j].Ent == "I-"+typ {
			j++
		}
		out = append(out, EntitySpan{Start: i, End: j, Type: typ})
		i = j
	}
	return out
}

// SpanText returns the source text covered by tokens [start, end) of s.
func (s *Sentence) SpanText(start, end int) string {
	if start >= end || start < 0 || end > len(s.Tokens) {
		return ""
	}
	return s.Text[s.Tokens[start].Off-s.Off : s.Tokens[end-1].End-s.Off]
}

// Children returns the indices of the dependents of token i, in order.
func (s *Sentence) Children(i int) []int {
	var out []int
	for j := range s.Tokens {
		if s.Tokens[j].Head == i {
			out = append(out, j)
		}
	}
	return out
}
