package pipeline

import (
	"strings"
	"unicode"

	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie"
)

// A story about a product names its parts and versions by a bare "the":
// "The rear camera has an LED flash", "The 16GB version costs $199". The
// fact "The rear camera | has | an LED flash" does not say whose camera;
// with the one product in focus it reads "Zentra 5's rear camera | has |
// an LED flash" and "The 16GB Zentra 5 | is priced at | $199".

// partNouns are the parts of a device a story names by a bare "the";
// not "case", which news more often uses of a court's or a police's
// case than of a phone's ("Korvo sued Halden over the Zentra 5. The case
// was adjourned").
var partNouns = map[string]bool{"camera": true, "screen": true, "display": true, "battery": true,
	"keyboard": true, "processor": true, "chip": true, "antenna": true, "casing": true,
	"touchscreen": true, "trackpad": true, "touchpad": true, "chipset": true, "lens": true, "sensor": true}

// versionNouns are the words of "the 16GB version".
var versionNouns = map[string]bool{"version": true, "model": true, "edition": true}

// productShaped reports whether an entity name has a device's shape: a
// word with a digit or an inner capital ("Zentra 5", "qPad"), and no
// word of software or a shop ("Zentra OS", "App Store").
func productShaped(name string) bool {
	shaped := false
	for _, w := range strings.Fields(name) {
		switch w {
		case "OS", "iOS", "SDK", "Store", "App", "Windows", "Act", "Amendment":
			return false
		}
		rs := []rune(w)
		for i, r := range rs {
			if unicode.IsDigit(r) || i > 0 && unicode.IsUpper(r) && unicode.IsLower(rs[i-1]) {
				shaped = true
			}
		}
	}
	return shaped
}

// productIndex holds, per sentence, the device names it mentions, and
// the device the document is about, if any (see dominant).
type productIndex struct {
	names  [][]string
	only   string
	places []bool // the sentence names a place ("Tarrow Arena")
}

// placeParts are parts a place has too: an arena's screen, a shop's
// display.
var placeParts = map[string]bool{"screen": true, "display": true}

// deviceNouns are the kinds of device a name followed by one of them is
// ("the Skyhopper toy drones", "its Velo tablet").
var deviceNouns = map[string]bool{"phone": true, "phones": true, "smartphone": true, "smartphones": true,
	"tablet": true, "tablets": true, "laptop": true, "laptops": true, "drone": true, "drones": true,
	"console": true, "consoles": true, "handset": true, "handsets": true, "smartwatch": true, "e-reader": true,
	"headset": true, "headsets": true, "notebook": true, "notebooks": true, "camera": true, "cameras": true}

// nameMention is a misc entity's mention, or a run of proper nouns no
// entity covers ("Nimbler" in "Nimbler toy drones"), and the token after.
type nameMention struct {
	name string
	end  int
}

// nameMentions lists the names a sentence gives that may be a device's.
func nameMentions(s *nlp.Sentence, si int, at func(si, tok int) (string, string, bool)) []nameMention {
	var out []nameMention
	toks := s.Tokens
	for i := 0; i < len(toks); {
		id, name, ok := at(si, i)
		switch {
		case ok:
			j := i + 1
			for j < len(toks) {
				if next, _, ok := at(si, j); !ok || next != id {
					break
				}
				j++
			}
			if strings.HasPrefix(id, "e:misc:") {
				out = append(out, nameMention{name, j})
			}
			i = j
		case toks[i].XPOS == "NNP":
			j := i
			var words []string
			for j < len(toks) && toks[j].XPOS == "NNP" {
				if _, _, ok := at(si, j); ok {
					break
				}
				words = append(words, toks[j].Text)
				j++
			}
			out = append(out, nameMention{strings.Join(words, " "), j})
			i = j
		default:
			i++
		}
	}
	return out
}

func newProductIndex(sentences []nlp.Sentence, at func(si, tok int) (string, string, bool)) *productIndex {
	x := &productIndex{names: make([][]string, len(sentences)), places: make([]bool, len(sentences))}
	device := map[string]bool{} // names of a device's shape or followed by a device's kind
	mentions := make([][]nameMention, len(sentences))
	for si := range sentences {
		toks := sentences[si].Tokens
		mentions[si] = nameMentions(&sentences[si], si, at)
		for tok := range toks {
			if id, _, ok := at(si, tok); ok && strings.HasPrefix(id, "e:loc:") {
				x.places[si] = true
			}
		}
		for _, m := range mentions[si] {
			if productShaped(m.name) {
				device[m.name] = true
			}
			for k := m.end; k < len(toks) && k <= m.end+1; k++ { // "Skyhopper toy drones"
				if t := toks[k]; deviceNouns[strings.ToLower(t.Text)] && (t.XPOS == "NN" || t.XPOS == "NNS") {
					device[m.name] = true
					break
				}
				if toks[k].XPOS != "NN" {
					break
				}
			}
		}
	}
	counts := map[string]int{}
	for si := range sentences {
		seen := map[string]bool{}
		for _, m := range mentions[si] {
			if !device[m.name] {
				continue
			}
			counts[m.name]++
			if !seen[m.name] {
				seen[m.name] = true
				x.names[si] = append(x.names[si], m.name)
			}
		}
	}
	x.only = dominant(counts)
	return x
}

// dominant returns the device a document is about: the only one it
// names, or the one it names at least three times and more than twice as
// often as any other ("iPhone 4" in a story that compares it once with
// the "iPhone 3GS"); otherwise "".
func dominant(counts map[string]int) string {
	best := ""
	for n, c := range counts {
		if best == "" || c > counts[best] || c == counts[best] && n < best {
			best = n
		}
	}
	if best == "" || len(counts) == 1 {
		return best
	}
	if counts[best] < 3 {
		return ""
	}
	for n, c := range counts {
		if n != best && counts[best] <= 2*c {
			return ""
		}
	}
	return best
}

// focus returns the one device sentence si or the one before names, or
// the document's device when neither names any; "" when two are in
// reach.
func (x *productIndex) focus(si int) string {
	if x == nil || si >= len(x.names) {
		return ""
	}
	if n := x.named(si); n != 1 {
		if n == 0 {
			return x.only
		}
		return ""
	}
	return x.near(si)
}

// named counts the devices sentence si and the one before name.
func (x *productIndex) named(si int) int {
	near := map[string]bool{}
	for _, s := range []int{si - 1, si} {
		if s >= 0 && s < len(x.names) {
			for _, n := range x.names[s] {
				near[n] = true
			}
		}
	}
	return len(near)
}

// near returns the one device sentence si and the one before name, or "".
func (x *productIndex) near(si int) string {
	if x == nil || si >= len(x.names) || x.named(si) != 1 {
		return ""
	}
	for _, s := range []int{si, si - 1} {
		if s >= 0 && len(x.names[s]) > 0 {
			return x.names[s][0]
		}
	}
	return ""
}

// partNamed writes "the rear camera" as the product in focus's rear
// camera, and "the 16GB version" as "the 16GB <product>".
func (x *productIndex) partNamed(s *nlp.Sentence, si int, r oie.Range, text string, at func(si, tok int) (string, string, bool)) string {
	if !r.IsValid() || r.End-r.Start < 2 || r.End > len(s.Tokens) {
		return text
	}
	toks := s.Tokens[r.Start:r.End]
	if len(toks) > 2 && strings.EqualFold(toks[0].Text, "the") && toks[1].XPOS == "NNS" && deviceNouns[strings.ToLower(toks[1].Text)] &&
		strings.HasPrefix(toks[1].Dep, "nsubj") && toks[1].Head > r.Start+1 && toks[1].Head < r.End {
		// "said that the phones can be returned": the subject of the
		// clause the argument is, written as the whole argument would be
		old := toks[0].Text + " " + toks[1].Text
		if rest, ok := strings.CutPrefix(text, old); ok && (rest == "" || rest[0] == ' ') {
			if with := x.partNamed(s, si, oie.Range{Start: r.Start, End: r.Start + 2}, old, at); with != old {
				return with + rest
			}
		}
		return text
	}
	if with, ok := x.newestNamed(s, si, r, text); ok {
		return with
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	if strings.Join(words, " ") != text || !strings.EqualFold(toks[0].Text, "the") {
		return text
	}
	head := toks[len(toks)-1]
	if len(toks) == 2 && head.XPOS == "NNS" && deviceNouns[strings.ToLower(head.Text)] {
		// "the phones can be returned": the device named in this
		// sentence or the one before, not the story's (a story about
		// one phone says "the phones" of all phones too)
		if p := x.near(si); p != "" && !strings.Contains(strings.ToLower(p), strings.ToLower(head.Text)) {
			return toks[0].Text + " " + p + " " + head.Text
		}
		return text
	}
	if head.XPOS != "NN" {
		return text
	}
	for _, t := range toks[1 : len(toks)-1] {
		if t.XPOS != "JJ" && t.XPOS != "NN" && t.XPOS != "CD" {
			return text
		}
	}
	for i := r.Start; i < r.End; i++ { // no name inside: "the Velmar case", "the qPad 2 screen"
		if _, _, ok := at(si, i); ok || s.Tokens[i].XPOS == "NNP" {
			return text
		}
	}
	noun := strings.ToLower(head.Text)
	size := len(toks) == 3 && versionNouns[noun] && storage(toks[1].Text)
	if !size && !partNouns[noun] {
		return text
	}
	if placeParts[noun] && (x.places[si] || si > 0 && x.places[si-1]) {
		return text // "Fans at Tarrow Arena watched the launch. The screen ..."
	}
	p := x.focus(si)
	if p == "" {
		return text
	}
	if size {
		return toks[0].Text + " " + toks[1].Text + " " + p
	}
	return p + "'s " + strings.Join(words[1:], " ")
}

// storage reports whether w is a memory size: "16GB", "64-GB", "1TB".
func storage(w string) bool {
	u := strings.TrimRight(strings.ToUpper(strings.ReplaceAll(w, "-", "")), "B")
	if !strings.HasSuffix(u, "G") && !strings.HasSuffix(u, "T") && !strings.HasSuffix(u, "M") {
		return false
	}
	u = u[:len(u)-1]
	if u == "" {
		return false
	}
	for _, r := range u {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return strings.HasSuffix(strings.ToUpper(w), "B")
}

// newestWords are the adjectives by which a story about one device calls
// it the maker's newest ("Apple's newest phone", "the new handset").
var newestWords = map[string]bool{"newest": true, "latest": true, "new": true}

// newestNamed writes "Apple's newest phone" or "the new handset" an
// argument opens with as the device in focus ("iPhone 4").
func (x *productIndex) newestNamed(s *nlp.Sentence, si int, r oie.Range, text string) (string, bool) {
	toks := s.Tokens
	k := r.Start
	switch {
	case k+3 < r.End+1 && k+3 < len(toks) && toks[k].UPOS == "PROPN" && toks[k+1].XPOS == "POS":
		k += 2
	case k+2 < len(toks) && strings.EqualFold(toks[k].Text, "the"):
		k++
	default:
		return "", false
	}
	if k+1 >= r.End || !newestWords[strings.ToLower(toks[k].Text)] || toks[k+1].XPOS != "NN" || !deviceNouns[strings.ToLower(toks[k+1].Text)] {
		return "", false
	}
	if k+2 < len(toks) && (toks[k+2].XPOS == "NN" || toks[k+2].XPOS == "NNS") {
		return "", false // "the new phone market"
	}
	old := s.Text[toks[r.Start].Off-s.Off : toks[k+1].End-s.Off]
	rest, ok := strings.CutPrefix(text, old)
	if !ok || rest != "" && isWordByte(rest[0]) {
		return "", false
	}
	p := x.focus(si)
	if p == "" {
		return "", false
	}
	return p + rest, true
}
