package oie

// disjunction reports whether the coordination of h with conjuncts conjs
// is an "or" list ("in March or April", "Oduma, Fenwa or Lashir") that
// no negation above it distributes: each alternative alone is not what
// the sentence says ("will hear the case in March" is not stated),
// whereas "did not visit Oduma or Fenwa" says both "did not visit
// Oduma" and "did not visit Fenwa".
func (w *walker) disjunction(h int, conjs []int) bool {
	or := false
	for _, c := range append([]int{h}, conjs...) {
		for _, k := range w.kids[c] {
			if w.bdep(k) == "cc" {
				switch w.lower(k) {
				case "or", "either":
					or = true
					if len(conjs) == 1 && k > 0 && w.t[k-1].Text == "," {
						// "the kernel, or base of the system, ...": a
						// second name for the same thing, not a choice
						return false
					}
				}
			}
		}
	}
	if !or {
		return false
	}
	// a negation on a predicate the list hangs from, or on one that
	// predicate completes ("may not be able to pay fines or taxes")
	for p, n := w.head(h), 0; p >= 0 && n < 6; p, n = w.head(p), n+1 {
		for _, k := range w.kids[p] {
			if w.isNeg(k) || w.lower(k) == "neither" {
				return false
			}
		}
		if w.isPred(p) && w.dep(p) != "xcomp" {
			break
		}
	}
	return true
}

// collectivePlural reports whether subject head s is a plural noun
// ("most patients", "the bridges"): a list of places after a copula and a
// preposition then spreads the group over all of them ("most patients are
// in Oduma, Fenwa and Lashir"), and the group is in no one of them alone.
func (w *walker) collectivePlural(s int) bool {
	if s < 0 || s >= len(w.t) {
		return false
	}
	switch w.t[s].XPOS {
	case "NNS", "NNPS":
		return w.t[s].UPOS == "NOUN"
	}
	return false
}
