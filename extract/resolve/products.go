package resolve

import (
	"strings"
	"unicode"
)

// kindProductSuffix: a product's shorter name that ends its longer name in
// the same document ("Lion" or "OS X Lion" after "Mac OS X Lion").
const kindProductSuffix = "product-suffix"

// kindProductShared: a product's model name in a coordination after the
// full name of another model, sharing its first words ("Nano" in "the
// iPod Classic, Nano and Shuffle", where "iPod Nano" is a known name).
const kindProductShared = "product-coordination"

func init() {
	scores[kindProductSuffix] = 0.75
	scores[kindProductShared] = 0.75
}

// shortProduct reports whether a mention is a product's short name linked
// by one of the rules here: it neither names nor types its entity.
func shortProduct(m *mention) bool { return m.ev == kindProductSuffix || m.ev == kindProductShared }

// Products are named the way people are: in full once ("Mac OS X Lion"),
// then by a shorter name that ends the full one ("OS X Lion", "Lion"), as
// a person is by the surname. The rules, per document:
//
//   - a word or a run of capitalised words that ends the name of a product
//     (a multi-word name of unknown type, MISC) of the same document is a
//     mention of a name (collectProductSuffixes): "Lion" in "Apple unveiled
//     Lion" after "Mac OS X Lion";
//   - such a shorter name is the longer product's when every longer
//     product of the document that it ends lies on one chain ("OS X Lion"
//     ends "Mac OS X Lion"): "Leopard" in a document that names "Mac OS X
//     Leopard" and "Mac OS X Snow Leopard" is left alone
//     (linkProductSuffixes);
//   - a single word that the corpus writes in lower case outside names
//     ("air", "store", "control") is a common word, and never a product's
//     short name;
//   - a bare one-word short name joins its product in its own document only
//     (another document's "Lion" may be another thing); a short name of
//     several words ("OS X Lion") also joins the same name in documents
//     that do not name the product in full, when every document that does
//     points it at the same product.

// productName reports whether a mention is a multi-word name of unknown
// type, the shape of a product's full name.
func productName(m *mention) bool {
	if m.dropped || m.pronoun || !strings.Contains(m.name, " ") {
		return false
	}
	switch m.typ {
	case "MISC":
		return true
	case "ORG":
		// The recogniser calls some products organisations; a name with
		// a product's marker is one ("Pella OS Heron", "Zephyr 4").
		for _, w := range strings.Fields(m.name) {
			if w == "OS" || camelCase(w) || strings.ContainsAny(w, "0123456789") {
				return true
			}
		}
	}
	return false
}

// chainEnd returns the longest of names, all of which end it (one product
// named more or less fully: "OS X Lion", "Mac OS X Lion"), or false when
// two of them are different products ("Mac OS X Leopard", "Mac OS X Snow
// Leopard").
func chainEnd(names [][]string) ([]string, bool) {
	var best []string
	for _, n := range names {
		if len(n) > len(best) {
			best = n
		}
	}
	for _, n := range names {
		if len(n) < len(best) && !endsWith(best, n) {
			return nil, false
		}
		if len(n) == len(best) && strings.Join(n, " ") != strings.Join(best, " ") {
			return nil, false
		}
	}
	return best, best != nil
}

// nameWords returns the lower-case words of a name.
func nameWords(name string) []string { return strings.Fields(strings.ToLower(name)) }

// endsWith reports whether long ends with the words short and is longer.
func endsWith(long, short []string) bool {
	if len(long) <= len(short) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

// shortNameOK reports whether words can be a product's shorter name: not a
// common word, a calendar word, a title or a single letter by itself ("OS
// X" may be one, "X" not).
func (r *resolver) shortNameOK(ws []string) bool {
	last := ws[len(ws)-1]
	if len(ws) == 1 && len([]rune(last)) < 2 {
		return false
	}
	if len(ws) == 1 && (r.common[last] || stopName(last) || calendarWord(last) || isTitle(strings.ToUpper(last[:1])+last[1:])) {
		return false
	}
	return true
}

// collectProductSuffixes adds, in each document, the uncovered runs of
// capitalised words that end the name of a product of that document ("Lion"
// after "Mac OS X Lion"). It also records the words the corpus writes in
// lower case outside any name (r.common).
func (r *resolver) collectProductSuffixes() {
	r.common = map[string]bool{}
	for di := range r.docs {
		for si := range r.docs[di].Sentences {
			toks := r.docs[di].Sentences[si].Tokens
			for i := 1; i < len(toks); i++ {
				if w := toks[i].Text; w != "" && unicode.IsLower(rune(w[0])) && !camelCase(w) && !r.covered(di, si, i) {
					r.common[w] = true
				}
			}
		}
	}
	ends := map[int]map[string][][]string{} // document → shorter name → the products it ends
	for i := range r.mentions {
		m := &r.mentions[i]
		if !productName(m) {
			continue
		}
		ws := nameWords(m.name)
		for k := 1; k < len(ws); k++ {
			if !r.shortNameOK(ws[k:]) {
				continue
			}
			if ends[m.doc] == nil {
				ends[m.doc] = map[string][][]string{}
			}
			short := strings.Join(ws[k:], " ")
			ends[m.doc][short] = append(ends[m.doc][short], ws)
		}
	}
	r.retypeCopies()
	r.collectSharedModels()
	nameTok := func(t string) bool { return isCapitalised(t) || camelCase(t) }
	for di := range r.docs {
		names := ends[di]
		if names == nil {
			continue
		}
		for si := range r.docs[di].Sentences {
			s := &r.docs[di].Sentences[si]
			toks := s.Tokens
			for i := 0; i < len(toks); i++ {
				if !nameTok(toks[i].Text) || toks[i].UPOS == "PUNCT" {
					continue
				}
				j := i + 1
				for j < len(toks) && nameTok(toks[j].Text) && toks[j].UPOS != "PUNCT" {
					j++
				}
				start := i
				i = j - 1
				// A single word at the start of a sentence may be any
				// capitalised word.
				if j-start == 1 && start == 0 {
					continue
				}
				if longs, ok := names[strings.ToLower(s.SpanText(start, j))]; ok {
					if _, one := chainEnd(longs); !one {
						continue // "Egret" after "OS Egret" and "OS Snow Egret"
					}
					// A shorter name of unknown type inside the run
					// ("Heron" of "OS Heron", where the tagger took
					// "OS" for a verb) gives way to the run.
					inside, other := r.miscInside(di, si, start, j, false)
					if other {
						continue
					}
					for _, k := range inside {
						r.mentions[k].dropped = true
					}
					r.addMisc(di, si, start, j)
				}
			}
		}
	}
}

// linkProductSuffixes points each product's shorter name at its full name
// in the same document (by giving the mention the full name's key), and
// returns, for the shorter names of several words, the keys of the full
// names they were pointed at, so that the same shorter name in other
// documents can follow when it points at one product only. Mentions are in
// document order (after compact).
func (r *resolver) linkProductSuffixes() {
	multi := map[string][]string{}
	r.suffixes = multi
	type long struct {
		words []string
		key   string
		name  string
	}
	for start := 0; start < len(r.mentions); {
		end := start
		for end < len(r.mentions) && r.mentions[end].doc == r.mentions[start].doc {
			end++
		}
		var longs []long
		seen := map[string]bool{}
		for i := start; i < end; i++ {
			m := &r.mentions[i]
			if productName(m) && !seen[m.key] {
				seen[m.key] = true
				longs = append(longs, long{nameWords(m.name), m.key, m.name})
			}
		}
		for i := start; i < end; i++ {
			m := &r.mentions[i]
			// A bare single name the recogniser or the corpus-wide
			// type took for a person ("Heron" after "Pella OS Heron")
			// is the product in a document that names it in full.
			bare := m.typ == "PERSON" && m.first == "" && m.fullStart == m.start && !strings.Contains(m.name, " ")
			if m.dropped || m.pronoun || (m.typ != "MISC" && !bare) {
				continue
			}
			ws := nameWords(m.name)
			if !r.shortNameOK(ws) {
				continue
			}
			var ends [][]string
			byWords := map[string]*long{}
			for n := range longs {
				if l := &longs[n]; endsWith(l.words, ws) {
					ends = append(ends, l.words)
					byWords[strings.Join(l.words, " ")] = l
				}
			}
			w, ok := chainEnd(ends)
			if !ok {
				continue
			}
			best := byWords[strings.Join(w, " ")]
			if best.key == m.key {
				continue
			}
			if len(ws) >= 2 && !contains(multi[m.key], best.key) {
				multi[m.key] = append(multi[m.key], best.key)
			}
			if bare {
				m.typ, m.first, m.last = "MISC", "", ""
			}
			m.key, m.ev, m.evScore, m.evWith = best.key, kindProductSuffix, scoreOf(kindProductSuffix), best.name
		}
		start = end
	}
}

// miscInside returns the live mentions of unknown type that lie inside
// tokens [start, end) of a sentence, and whether any other mention overlaps
// them; with same, a mention of any type of exactly those tokens counts as
// inside (the recogniser's "Duo" LOC in "the ZenPad Mini, Flex and Duo",
// where "ZenPad Duo" is a known product).
func (r *resolver) miscInside(di, si, start, end int, same bool) (inside []int, other bool) {
	for _, k := range r.inSentence(di, si) {
		m := &r.mentions[k]
		if m.dropped || m.fullStart >= end || m.end <= start {
			continue
		}
		if (m.typ == "MISC" || same) && !m.pronoun && m.fullStart >= start && m.end <= end && (same || m.end-m.fullStart < end-start) {
			inside = append(inside, k)
			continue
		}
		return nil, true
	}
	return inside, false
}

// collectSharedModels adds the model names of a coordination that share
// the first words of a product named in full before them: "Nano" and
// "Shuffle" in "the iPod Classic, Nano and Shuffle" are "iPod Nano" and
// "iPod Shuffle" when the corpus names those products in full elsewhere;
// a word that would make no known name ("iPod Classic and Zune") is left
// alone.
func (r *resolver) collectSharedModels() {
	known := map[string]mention{} // normalised full name → a mention of it
	for i := range r.mentions {
		if m := &r.mentions[i]; productName(m) {
			if _, ok := known[normKey(m.name)]; !ok {
				known[normKey(m.name)] = *m
			}
		}
	}
	if len(known) == 0 {
		return
	}
	for di := range r.docs {
		for si := range r.docs[di].Sentences {
			s := &r.docs[di].Sentences[si]
			toks := s.Tokens
			for i := 2; i < len(toks); i++ {
				w := toks[i].Text
				if !isCapitalised(w) || (i+1 < len(toks) && (isCapitalised(toks[i+1].Text) || camelCase(toks[i+1].Text))) {
					continue
				}
				first := r.coordinatedProduct(di, si, i)
				if first == nil {
					continue
				}
				ws := strings.Fields(first.name)
				full := strings.Join(ws[:len(ws)-1], " ") + " " + w
				k, ok := known[normKey(full)]
				if !ok || normKey(full) == normKey(first.name) {
					continue
				}
				inside, other := r.miscInside(di, si, i, i+1, true)
				if other {
					continue
				}
				for _, x := range inside {
					r.mentions[x].dropped = true
				}
				r.add(mention{doc: di, sent: si, start: i, end: i + 1, fullStart: i, surface: w, name: w,
					typ: "MISC", key: k.key, cluster: -1, ev: kindProductShared, evScore: scoreOf(kindProductShared), evWith: k.name})
			}
		}
	}
}

// coordinatedProduct returns the product mention (a name of several words)
// that heads the coordination in which token i of a sentence is a later
// conjunct, over commas, "and", "or" and other one-word conjuncts, or nil.
func (r *resolver) coordinatedProduct(di, si, i int) *mention {
	toks := r.docs[di].Sentences[si].Tokens
	sep := false
	for k := i - 1; k >= 0; k-- {
		switch w := toks[k].Text; {
		case w == "," || w == "and" || w == "or":
			sep = true
			continue
		case !sep:
			return nil
		}
		for _, x := range r.inSentence(di, si) {
			if m := &r.mentions[x]; !m.dropped && m.end == k+1 {
				if productName(m) {
					return m
				}
				if m.end-m.fullStart > 1 {
					return nil
				}
			}
		}
		if !isCapitalised(toks[k].Text) || (k > 0 && isCapitalised(toks[k-1].Text)) {
			return nil
		}
		sep = false
	}
	return nil
}

// copyNouns, before "of", make the name after them a work or a product:
// "2 million copies of Tiger", "a new edition of Tallgrass".
var copyNouns = set("copies", "copy", "edition", "editions")

// retypeCopies makes a bare one-word person name after "copies of" (the
// recogniser's reading of a work or a product whose kind the text never
// says) a name of unknown type, before the corpus-wide type vote.
func (r *resolver) retypeCopies() {
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.dropped || m.pronoun || m.typ != "PERSON" || m.first != "" || m.fullStart != m.start || m.end-m.start != 1 || m.start < 2 {
			continue
		}
		toks := r.docs[m.doc].Sentences[m.sent].Tokens
		if !strings.EqualFold(toks[m.start-1].Text, "of") || !copyNouns[strings.ToLower(toks[m.start-2].Text)] {
			continue
		}
		m.typ, m.key, m.last = "MISC", "misc:"+normKey(m.name), ""
	}
}
