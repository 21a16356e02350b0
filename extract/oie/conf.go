package oie

import (
	"math"
	"strconv"
)

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
	resolved            bool    // pronoun subject replaced by its antecedent
	base                float64 // the rule's hand-set confidence
	predDep, predTag    string  // relation and XPOS of the predicate
	subjPOS, objPOS     string  // UPOS of the argument heads
	sentLen             int     // tokens in the sentence
	relLen              int     // words in the relation
	// subjDep is the parse relation of the subject head: a subject found
	// as nsubj is a firmer attachment than one taken from a conjunct, a
	// relative clause's head noun or an oblique.
	subjDep string
	// objDist is the object head's place after the predicate, in tokens
	// (0 without a predicate or object; negative when it precedes, as in
	// a relative clause on its object): a distant object is more often a
	// wrong attachment.
	objDist int
	// ovl is the largest share of this extraction's words found in one
	// extraction of the same sentence ranked above it, -1 before ranking.
	ovl float64
	// rank is the extraction's place among the nex extractions of its
	// sentence by first-stage confidence, 0 for the best: a sentence
	// states few facts, so the last of many readings is seldom one.
	rank, nex int
	// sameVerb counts the higher-ranked extractions of the same
	// predicate: each further reading of one clause is less likely a
	// fact of its own.
	sameVerb int
}

func bucket(n int, cuts ...int) string {
	for _, c := range cuts {
		if n <= c {
			return strconv.Itoa(c)
		}
	}
	return "more"
}

// names returns the binary feature names of f, the inputs of the
// confidence model.
func (f feat) names() []string {
	var out []string
	f.eachName(func(n []byte) { out = append(out, string(n)) })
	return out
}

// eachName calls fn with each binary feature name of f, in the order of
// [feat.names], built in one reused buffer: fn must not keep it.
// (confidence sums the weights in this order, so that a sum stays the same
// to the last bit.)
func (f feat) eachName(fn func([]byte)) {
	var arr [64]byte
	buf := arr[:0]
	emit := func(a, b, c, d string) {
		buf = append(append(append(append(buf[:0], a...), b...), c...), d...)
		fn(buf)
	}
	emit("bias", "", "", "")
	emit("kind=", f.kind, "", "")
	emit("shape=", f.shape, "", "")
	emit("how=", strconv.Itoa(f.subjHow), "", "")
	emit("slen=", bucket(f.subjLen, 1, 2, 4, 8, 15), "", "")
	emit("olen=", bucket(f.objLen, 0, 1, 2, 4, 8, 15), "", "")
	emit("nargs=", bucket(f.nargs, 0, 1, 2), "", "")
	emit("frame=", bucket(f.frame, 0, 1, 2), "", "")
	for _, kv := range [...][2]string{{"pdep=", f.predDep}, {"ptag=", f.predTag}, {"spos=", f.subjPOS}, {"opos=", f.objPOS}, {"sdep=", f.subjDep}} {
		if kv[1] != "" {
			emit(kv[0], kv[1], "", "")
		}
	}
	switch f.kind {
	case "clause", "light", "speech":
		emit("ks=", f.shape, "/", f.predDep)
	}
	emit("kh=", f.kind, "/", strconv.Itoa(f.subjHow))
	emit("ko=", f.shape, "/", bucket(f.objLen, 0, 2, 6, 12))
	emit("kn=", f.shape, "/", bucket(f.nargs, 0, 1))
	emit("sp=", f.kind, "/", f.subjPOS)
	emit("n=", bucket(f.sentLen, 10, 20, 30, 45), "", "")
	emit("rlen=", bucket(f.relLen, 1, 2, 3, 5), "", "")
	emit("kr=", f.kind, "/", bucket(f.relLen, 1, 2, 4))
	if f.objDist < 0 {
		emit("odist=neg", "", "", "")
	} else {
		emit("odist=", bucket(f.objDist, 0, 1, 2, 4, 8), "", "")
	}
	if f.ovl >= 0 {
		emit("ovl=", ovlBucket(f.ovl), "", "")
		emit("rank=", bucket(f.rank, 0, 1, 2, 3, 5, 8), "", "")
		emit("nex=", bucket(f.nex, 2, 4, 6, 9, 14), "", "")
		emit("rfrac=", bucket(f.rank*4/max(1, f.nex), 0, 1, 2), "", "")
		emit("same=", bucket(f.sameVerb, 0, 1, 2), "", "")
	}
	for _, b := range [...]struct {
		name string
		on   bool
	}{
		{"resolved", f.resolved}, {"pron", f.subjPron}, {"ssplit", f.subjSplit}, {"osplit", f.objSplit},
		{"passive", f.passive}, {"neg", f.neg}, {"modal", f.modal}, {"attr", f.attr}, {"noobj", f.noObj},
	} {
		if b.on {
			emit(b.name, "", "", "")
		}
	}
}

// confidence returns the confidence of an extraction with features f: a
// logistic model over the binary features of [feat.names] whose weights
// (confWeights, conf_weights.go) were fitted on the CaRB development split
// to predict how well an extraction matches a gold tuple (see
// TestFitConfidence). Without weights it returns the rule's hand-set
// confidence.
func confidence(f feat) float64 {
	if len(confWeights) == 0 {
		return f.base
	}
	z := 0.0
	f.eachName(func(n []byte) { z += confWeights[string(n)] })
	return 1 / (1 + math.Exp(-z))
}

// ovlBucket rounds a share down to a fifth.
func ovlBucket(x float64) string {
	switch {
	case x >= 1:
		return "1"
	case x >= 0.8:
		return "0.8"
	case x >= 0.6:
		return "0.6"
	case x >= 0.4:
		return "0.4"
	case x >= 0.2:
		return "0.2"
	}
	return "0"
}
