package ner

// The recogniser's tags, in BIO form, indexed by class number.
var tagNames = [numTags]string{"O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

const (
	numTags = 7
	rowLen  = 8 // weights per feature: numTags padded to a power of two
	tagO    = 0
	// startTag stands for "before the sentence" in previous-tag features.
	startTag = numTags
)

// Types lists the entity types the recogniser assigns, in tag order.
var Types = []string{"PERSON", "ORG", "LOC"}

func tagIndex(t string) int {
	for i, n := range tagNames {
		if n == t {
			return i
		}
	}
	return -1
}

// isInside reports whether class c is an I- tag.
func isInside(c int) bool { return c != tagO && c%2 == 0 }

// allowed reports whether class c may follow class prev (startTag at the
// start): an I- tag must continue an entity of its type.
func allowed(prev, c int) bool {
	if !isInside(c) {
		return true
	}
	return prev == c || prev == c-1
}

// span is an entity mention: words [start, end) of type typ.
type span struct {
	start, end int
	typ        string
}

// spans reads entity mentions from BIO tags as conlleval does: an I- tag
// that does not continue an entity of its type starts a new one.
func spans(tags []string) []span {
	var out []span
	for i := 0; i < len(tags); {
		t := tags[i]
		if len(t) < 3 || t[1] != '-' || (t[0] != 'B' && t[0] != 'I') {
			i++
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && len(tags[j]) == len(t) && tags[j][:2] == "I-" && tags[j][2:] == typ {
			j++
		}
		out = append(out, span{i, j, typ})
		i = j
	}
	return out
}
