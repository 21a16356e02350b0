package oie

// feat describes how an extraction was built; its confidence is computed
// from it.
type feat struct {
	kind, shape         string
	subjHow             int // subj* kind
	subjPron            bool
	subjSplit, objSplit bool
	subjLen, objLen     int
	nargs               int
	frame               int // index of the frame among the clause's frames
	passive, neg, modal bool
	attr, noObj         bool
	base                float64 // the rule's hand-set confidence
	predDep, predTag    string  // relation and XPOS of the predicate
	subjPOS, objPOS     string  // UPOS of the argument heads
}

// confidence returns the confidence of an extraction with features f.
func confidence(f feat) float64 { return f.base }
