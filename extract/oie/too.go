package oie

// tooInfinitive reports an infinitive p on a word of degree "too" ("far
// too early to draw conclusions", "too heavy to lift", "too high for the
// ferry to cross"): what it says is what cannot or does not happen, and
// as a fact of its own ("it | draw | conclusions") it inverts the
// sentence.
func (w *walker) tooInfinitive(p int) bool {
	if d := w.bdep(p); d != "advcl" && d != "xcomp" && d != "ccomp" {
		return false
	}
	to := -1
	for _, m := range w.kids[p] {
		if w.bdep(m) == "mark" && w.lower(m) == "to" && m < p {
			to = m
		}
	}
	if to > 1 {
		// by the words, whatever the tree: "was \"far too early\" to
		// draw", a quotation mark or none between
		k := to - 1
		for k > 0 && w.t[k].UPOS == "PUNCT" && isQuote(w.t[k].Text) {
			k--
		}
		if u := w.t[k].UPOS; (u == "ADJ" || u == "ADV") && k > 0 && w.lower(k-1) == "too" {
			return true
		}
	}
	h := w.head(p)
	if to < 0 || h < 0 || h > p {
		return false
	}
	if u := w.t[h].UPOS; u != "ADJ" && u != "ADV" {
		return false
	}
	for _, k := range w.kids[h] {
		if k < h && w.bdep(k) == "advmod" && w.lower(k) == "too" {
			return true
		}
	}
	return false
}
