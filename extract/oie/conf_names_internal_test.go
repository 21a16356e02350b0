package oie

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// namesByConcat is feat.names as it was written before eachName, one
// string concatenation a name: the reference eachName must match, name for
// name and in order (confidence sums the weights in that order).
func namesByConcat(f feat) []string {
	out := []string{
		"bias", "kind=" + f.kind, "shape=" + f.shape, "how=" + strconv.Itoa(f.subjHow),
		"slen=" + bucket(f.subjLen, 1, 2, 4, 8, 15), "olen=" + bucket(f.objLen, 0, 1, 2, 4, 8, 15),
		"nargs=" + bucket(f.nargs, 0, 1, 2), "frame=" + bucket(f.frame, 0, 1, 2),
	}
	for _, kv := range [][2]string{{"pdep", f.predDep}, {"ptag", f.predTag}, {"spos", f.subjPOS}, {"opos", f.objPOS}, {"sdep", f.subjDep}} {
		if kv[1] != "" {
			out = append(out, kv[0]+"="+kv[1])
		}
	}
	switch f.kind {
	case "clause", "light", "speech":
		out = append(out, "ks="+f.shape+"/"+f.predDep)
	}
	out = append(out,
		"kh="+f.kind+"/"+strconv.Itoa(f.subjHow),
		"ko="+f.shape+"/"+bucket(f.objLen, 0, 2, 6, 12),
		"kn="+f.shape+"/"+bucket(f.nargs, 0, 1),
		"sp="+f.kind+"/"+f.subjPOS,
		"n="+bucket(f.sentLen, 10, 20, 30, 45),
		"rlen="+bucket(f.relLen, 1, 2, 3, 5),
		"kr="+f.kind+"/"+bucket(f.relLen, 1, 2, 4),
	)
	if f.objDist < 0 {
		out = append(out, "odist=neg")
	} else {
		out = append(out, "odist="+bucket(f.objDist, 0, 1, 2, 4, 8))
	}
	if f.ovl >= 0 {
		out = append(out,
			"ovl="+ovlBucket(f.ovl),
			"rank="+bucket(f.rank, 0, 1, 2, 3, 5, 8),
			"nex="+bucket(f.nex, 2, 4, 6, 9, 14),
			"rfrac="+bucket(f.rank*4/max(1, f.nex), 0, 1, 2),
			"same="+bucket(f.sameVerb, 0, 1, 2),
		)
	}
	for _, b := range []struct {
		name string
		on   bool
	}{
		{"resolved", f.resolved}, {"pron", f.subjPron}, {"ssplit", f.subjSplit}, {"osplit", f.objSplit},
		{"passive", f.passive}, {"neg", f.neg}, {"modal", f.modal}, {"attr", f.attr}, {"noobj", f.noObj},
	} {
		if b.on {
			out = append(out, b.name)
		}
	}
	return out
}

// randomFeat returns features with every field drawn, long strings
// included (longer than eachName's buffer).
func randomFeat(r *rand.Rand) feat {
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	return feat{
		kind: pick("clause", "light", "speech", "appos", "copula", ""), shape: pick("svo", "sv", "svoo", "a-very-long-shape-name-that-passes-the-sixty-four-byte-buffer-of-eachName"),
		subjHow: r.IntN(12) - 1, subjPron: r.IntN(2) == 0, subjSplit: r.IntN(2) == 0, objSplit: r.IntN(2) == 0,
		subjLen: r.IntN(30), objLen: r.IntN(30), nargs: r.IntN(5), frame: r.IntN(5),
		passive: r.IntN(2) == 0, neg: r.IntN(2) == 0, modal: r.IntN(2) == 0, attr: r.IntN(2) == 0, noObj: r.IntN(2) == 0,
		resolved: r.IntN(2) == 0, predDep: pick("root", "ccomp", "", "acl:relcl"), predTag: pick("VBD", "VBZ", ""),
		subjPOS: pick("PROPN", "NOUN", "PRON", ""), objPOS: pick("NOUN", "", "NUM"), sentLen: r.IntN(120), relLen: r.IntN(9),
		subjDep: pick("nsubj", "conj", "", "nsubj:pass"), objDist: r.IntN(30) - 10, ovl: r.Float64()*1.4 - 0.4,
		rank: r.IntN(20), nex: r.IntN(25), sameVerb: r.IntN(5),
	}
}

func TestEachNameMatchesConcat(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20000 {
		f := randomFeat(r)
		if got, want := f.names(), namesByConcat(f); !slices.Equal(got, want) {
			t.Fatalf("feat %d %+v:\n got %q\nwant %q", i, f, got, want)
		}
		z := 0.0
		for _, n := range namesByConcat(f) {
			z += confWeights[n]
		}
		if got, want := confidence(f), 1/(1+math.Exp(-z)); got != want {
			t.Fatalf("feat %d: confidence %v, want %v", i, got, want)
		}
	}
}

// BenchmarkConfidence scores one extraction's features, as every
// extraction of every sentence is scored.
func BenchmarkConfidence(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	fs := make([]feat, 256)
	for i := range fs {
		fs[i] = randomFeat(r)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		confidence(fs[i%len(fs)])
		i++
	}
}
