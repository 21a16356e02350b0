package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract/gazetteer"
	"github.com/storygraph/storygraph/extract/tag/perceptron"
)

// featureSet names the feature templates below; a model trained with
// another set is refused at load time. Change it whenever features change.
const featureSet = "ner-hash-v12"

// Feature templates. Values are hashed with the template number, so the
// numbers only have to be distinct.
const (
	fBias = iota + 1
	fWord
	fLower
	fShape
	fShort
	fPre2
	fPre3
	fSuf2
	fSuf3
	fSuf4
	fLowerM1
	fLowerP1
	fLowerM2
	fLowerP2
	fBigramM1
	fBigramP1
	fShapeM1
	fShapeP1
	fShortM1P1
	fXPOS
	fXPOSM1
	fXPOSP1
	fXPOSM2
	fXPOSP2
	fXPOSM1X0
	fXPOSX0P1
	fXPOSShort
	fGaz
	fGazM1
	fGazP1
	fInitShort
	fLex
	fLexM1
	fLexP1
	fHeadline
	fLowerM1Short
	fLowerP1Short
	fLen
	fGiven
	fGivenM1
	fGivenP1
	fRun
	fCity
	fCityM1P1
	fTitle
	fTitleM1
	fTitleM2
	fClus
	fClusCoarse
	fClusM1
	fClusP1
	fClusM1P1
	fPlaceM1
	fGivenNext
	fRunHead
	fRunNext
	fRegion
	fRegionCtx
	fNameWord
	fNameWordL
	fNameWordR
	fOrg
	fOrgCtx
	fSurname
	fSurnameM1
	fSurnameP1
	fOrgName
	fOrgNameCtx
	// Features of the previous decisions.
	fPrev
	fPrevLower
	fPrevShort
)

// Lexicon classes: how a lower-cased word was written in the training text.
const (
	lexUnseen   = iota
	lexLower    // always lower case
	lexMostLow  // mostly lower case
	lexMostCap  // mostly capitalised (not sentence-initial)
	lexCap      // always capitalised
	lexInitOnly // capitalised only at the start of sentences
)

// tokInfo holds the hashed properties of one word.
type tokInfo struct {
	word, lower, shape, short uint64
	pre2, pre3, suf2, suf3    uint64
	suf4, xpos, gaz           uint64
	lex, length, given, city  uint64
	title                     uint64    // 1 for a title such as "President"
	clus, clusCoarse          uint64    // word cluster, 0 for none
	run                       uint64    // capitalised run: length (≤4) << 4 | position (≤3)
	runHead, runNext          uint64    // lower case of the run's last word and of the word after it
	region, org               uint64    // region or organisation name: see listCodes
	surname                   uint64    // 1 for a common family name, 2 for one in lower case
	orgName                   uint64    // gazetteer.MatchOrgName: classes << 3 | position code (see classCodes)
	nameWord                  uint64    // gazetteer.NameWord classes
	nameL, nameR              uint64    // nearest name word before / after within a name: distance << 4 | classes
	doc                       *docFeats // the second pass's document features, nil in the first
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix hashes template t with values a and b (splitmix64 finaliser).
func mix(t, a, b uint64) uint64 {
	h := t*0x9E3779B97F4A7C15 ^ a
	h = (h ^ h>>31) * 0xBF58476D1CE4E5B9
	h ^= b * 0x94D049BB133111EB
	h = (h ^ h>>29) * 0xBF58476D1CE4E5B9
	return h ^ h>>32
}

// shapes returns the hashes of the word shape of w (letters mapped to X or
// x, digits to d, other characters kept, runs cut at four: "Xxxx", "dddd")
// and of its short shape (runs collapsed: "Xx", "d.d").
func shapes(w string) (shape, short uint64) {
	shape, short = fnvOffset, fnvOffset
	var last rune = -1
	run, n := 0, 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case unicode.IsLetter(r):
			c = 'x'
		default:
			c = r
		}
		if c == last {
			run++
		} else {
			run = 1
			short ^= uint64(c)
			short *= fnvPrime
		}
		last = c
		if run <= 4 && n < 24 {
			shape ^= uint64(c)
			shape *= fnvPrime
			n++
		}
	}
	return shape, short
}

// prefix returns the first n runes of w; suffix the last n.
func prefix(w string, n int) string {
	for i := range w {
		if n == 0 {
			return w[:i]
		}
		n--
	}
	return w
}

func suffix(w string, n int) string {
	i := len(w)
	for i > 0 && n > 0 {
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
		n--
	}
	return w[i:]
}

// isTitle reports whether w starts with an upper-case letter.
func isTitle(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// gazetteer codes: position (B=1, I=2) | type << 2 | kind << 4.
func gazCode(pos int, p gazetteer.Place, k gazetteer.Kind) uint64 {
	t := 0
	switch p.Type {
	case "GPE":
		t = 1
	case "LOC":
		t = 2
	case "ORG":
		t = 3
	}
	return uint64(pos | t<<2 | int(k)<<4)
}

// gazetteerCodes sets info[i].gaz for every word covered by a gazetteer
// name, preferring the longest match from left to right. Names start with
// a capitalised word and run over capitalised words and a few connectors
// ("Bosnia and Herzegovina").
func gazetteerCodes(words []string, info []tokInfo) {
	maxw := gazetteer.MaxWords()
	for i := 0; i < len(words); {
		if !isTitle(words[i]) {
			i++
			continue
		}
		run := 1
		for run < maxw && i+run < len(words) && (isTitle(words[i+run]) || connector(words[i+run])) {
			run++
		}
		p, k, n, ok := gazetteer.Match(words[i : i+run])
		if !ok {
			i++
			continue
		}
		info[i].gaz = gazCode(1, p, k)
		for j := i + 1; j < i+n; j++ {
			info[j].gaz = gazCode(2, p, k)
		}
		i += n
	}
}

// listCodes sets *field(&info[i]) for every word covered by a name that
// match or, for words in lower case ("kerala"), folded finds, longest
// match from left to right: 1 for the first word, 2 for the others, or 3
// and 4 for names in lower case.
func listCodes(words []string, info []tokInfo, match, folded func([]string) int, field func(*tokInfo) *uint64) {
	for i := 0; i < len(words); {
		var n int
		var code uint64
		if isTitle(words[i]) {
			n, code = match(words[i:]), 1
		} else if isLowerWord(words[i]) {
			n, code = folded(words[i:]), 3
		}
		if n == 0 {
			i++
			continue
		}
		*field(&info[i]) = code
		for j := i + 1; j < i+n; j++ {
			*field(&info[j]) = code + 1
		}
		i += n
	}
}

// classCodes is listCodes for a list whose names have classes: the code
// is classes << 3 | the position code of listCodes.
func classCodes(words []string, info []tokInfo, match, folded func([]string) (int, uint8), field func(*tokInfo) *uint64) {
	for i := 0; i < len(words); {
		var n int
		var class uint8
		var code uint64
		if isTitle(words[i]) {
			n, class = match(words[i:])
			code = 1
		} else if isLowerWord(words[i]) {
			n, class = folded(words[i:])
			code = 3
		}
		if n == 0 {
			i++
			continue
		}
		c := uint64(class) << 3
		*field(&info[i]) = c | code
		for j := i + 1; j < i+n; j++ {
			*field(&info[j]) = c | (code + 1)
		}
		i += n
	}
}

// nameWordCodes sets info[i].nameWord, and nameL and nameR: the distance
// (1..3) and classes of the nearest name word ("University", "Street")
// before and after word i over the words a name can run over (capitalised
// words and connectors, or lower-case words when word i is one), so that
// "Michigan" in "University of Michigan" and in "Michigan State
// University" knows what it is part of.
func nameWordCodes(words []string, info []tokInfo) {
	for i, w := range words {
		info[i].nameWord = uint64(gazetteer.NameWord(w))
	}
	for i, w := range words {
		low := isLowerWord(w)
		if !low && !isTitle(w) {
			continue
		}
		ok := func(j int) bool {
			v := words[j]
			return isTitle(v) || connector(v) || (low && isLowerWord(v))
		}
		for d := 1; d <= 3 && i+d < len(words) && ok(i+d); d++ {
			if c := info[i+d].nameWord; c != 0 && !connector(words[i+d]) {
				info[i].nameR = uint64(d)<<4 | c
				break
			}
		}
		for d := 1; d <= 3 && i-d >= 0 && ok(i-d); d++ {
			if c := info[i-d].nameWord; c != 0 && !connector(words[i-d]) {
				info[i].nameL = uint64(d)<<4 | c
				break
			}
		}
	}
}

func connector(w string) bool {
	switch w {
	case "of", "and", "the", "de", "du", "da", "del", "-", "&":
		return true
	}
	return false
}

// fill computes the per-word properties of a sentence into info, which
// must have len(words) elements. xpos may be nil.
func (m *Model) fill(words, xpos []string, info []tokInfo) {
	for i, w := range words {
		lw := perceptron.HashLower(w)
		t := &info[i]
		*t = tokInfo{word: perceptron.HashString(w), lower: lw}
		t.shape, t.short = shapes(w)
		t.pre2 = perceptron.HashLower(prefix(w, 2))
		t.pre3 = perceptron.HashLower(prefix(w, 3))
		t.suf2 = perceptron.HashLower(suffix(w, 2))
		t.suf3 = perceptron.HashLower(suffix(w, 3))
		t.suf4 = perceptron.HashLower(suffix(w, 4))
		if i < len(xpos) {
			t.xpos = perceptron.HashString(xpos[i])
		}
		wi, known := m.words[lw]
		t.lex = uint64(wi.lex)
		t.clus, t.clusCoarse = uint64(wi.clus&0xff), uint64(wi.clus>>8)
		t.length = uint64(min(utf8.RuneCountInString(w), 12))
		if gazetteer.GivenName(w) {
			t.given = 1
		}
		if gazetteer.Surname(w) {
			t.surname = 1
		} else if isLowerWord(w) && gazetteer.SurnameFolded(w) {
			t.surname = 2
		}
		if gazetteer.Title(w) {
			t.title = 1
		}
		if c, ok := gazetteer.LookupCity(w); ok {
			// Size class: a big city is more likely meant than a small town
			// that shares a word's spelling.
			t.city = 1
			if c.Population >= 500000 {
				t.city = 2
			}
		}
		if isLowerWord(w) {
			// Web text writes names in lower case ("lisa", "mexico"): the
			// gazetteers' answer for the capitalised form, kept apart from
			// that for capitalised words; stored for the words of the
			// training text, looked up for others.
			if known {
				t.given, t.city, t.gaz = uint64(wi.low&0xf), uint64(wi.low>>4&0xf), uint64(wi.low>>8)
			} else {
				lowerLookups(w, t)
			}
		}
	}
	gazetteerCodes(words, info)
	listCodes(words, info, gazetteer.MatchRegion, gazetteer.MatchRegionFolded, func(t *tokInfo) *uint64 { return &t.region })
	listCodes(words, info, gazetteer.MatchOrganisation, gazetteer.MatchOrganisationFolded, func(t *tokInfo) *uint64 { return &t.org })
	classCodes(words, info, gazetteer.MatchOrgName, gazetteer.MatchOrgNameFolded, func(t *tokInfo) *uint64 { return &t.orgName })
	nameWordCodes(words, info)
	for i := 0; i < len(words); {
		if !isTitle(words[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(words) && isTitle(words[j]) {
			j++
		}
		next := uint64(1)
		if j < len(words) {
			next = info[j].lower
		}
		for k := i; k < j; k++ {
			info[k].run = uint64(min(j-i, 4))<<4 | uint64(min(k-i, 3))
			info[k].runHead, info[k].runNext = info[j-1].lower, next
		}
		i = j
	}
}

// isLowerWord reports whether w is an ASCII word of two or more lower-case
// letters.
func isLowerWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// lowerLookups sets the gazetteer properties of a lower-case word w as if
// it were capitalised, with codes distinct from those of capitalised words.
func lowerLookups(w string, t *tokInfo) {
	if gazetteer.GivenNameFolded(w) {
		t.given = 2
	}
	if c, ok := gazetteer.LookupCityFolded(w); ok {
		t.city = 3
		if c.Population >= 500000 {
			t.city = 4
		}
	}
	if p, k, ok := gazetteer.LookupFolded(w); ok && t.gaz == 0 {
		t.gaz = gazCode(1, p, k) | 1<<8
	}
}

// lowerCode packs what lowerLookups finds for a lower-case word.
func lowerCode(w string) uint32 {
	var t tokInfo
	lowerLookups(w, &t)
	return uint32(t.given | t.city<<4 | t.gaz<<8)
}

// buildLowerCodes returns lowerCode of every lower-case word of sents that
// the gazetteers know, keyed by perceptron.HashLower.
func buildLowerCodes(sents []sentence) map[uint64]uint32 {
	out := map[uint64]uint32{}
	for _, s := range sents {
		for _, w := range s.words {
			lw := strings.ToLower(w)
			if !isLowerWord(lw) {
				continue
			}
			if c := lowerCode(lw); c != 0 {
				out[perceptron.HashLower(lw)] = c
			}
		}
	}
	return out
}

// headline reports whether a sentence looks like a title: at least four
// words with letters, 80% or more of them capitalised.
func headline(words []string) bool {
	alpha, title := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		alpha++
		if unicode.IsUpper(r) {
			title++
		}
	}
	return alpha >= 4 && title*5 >= alpha*4
}

var (
	boundary = tokInfo{word: 1, lower: 1, shape: 1, short: 1, xpos: 1, gaz: 1, lex: 99}
)

// static appends the buckets of the features of word i that do not depend
// on earlier decisions.
func (m *Model) static(dst []uint32, info []tokInfo, i int, head bool) []uint32 {
	at := func(j int) *tokInfo {
		if j < 0 || j >= len(info) {
			return &boundary
		}
		return &info[j]
	}
	t, m1, p1, m2, p2 := &info[i], at(i-1), at(i+1), at(i-2), at(i+2)
	mask := m.mask
	add := func(tpl, a, b uint64) {
		dst = append(dst, uint32(mix(tpl, a, b)&mask))
	}
	var init uint64
	if i == 0 {
		init = 1
	}
	var hl uint64
	if head {
		hl = 1
	}
	add(fBias, 0, 0)
	add(fWord, t.word, 0)
	add(fLower, t.lower, 0)
	add(fShape, t.shape, 0)
	add(fShort, t.short, 0)
	add(fPre2, t.pre2, 0)
	add(fPre3, t.pre3, 0)
	add(fSuf2, t.suf2, 0)
	add(fSuf3, t.suf3, 0)
	add(fSuf4, t.suf4, 0)
	add(fLowerM1, m1.lower, 0)
	add(fLowerP1, p1.lower, 0)
	add(fLowerM2, m2.lower, 0)
	add(fLowerP2, p2.lower, 0)
	add(fBigramM1, m1.lower, t.lower)
	add(fBigramP1, t.lower, p1.lower)
	add(fShapeM1, m1.shape, t.shape)
	add(fShapeP1, t.shape, p1.shape)
	add(fShortM1P1, m1.short, p1.short*31^t.short)
	add(fXPOS, t.xpos, 0)
	add(fXPOSM1, m1.xpos, 0)
	add(fXPOSP1, p1.xpos, 0)
	add(fXPOSM2, m2.xpos, 0)
	add(fXPOSP2, p2.xpos, 0)
	add(fXPOSM1X0, m1.xpos, t.xpos)
	add(fXPOSX0P1, t.xpos, p1.xpos)
	add(fXPOSShort, t.xpos, t.short)
	add(fGaz, t.gaz, 0)
	if m1.gaz != 0 {
		add(fGazM1, m1.gaz, 0)
	}
	if p1.gaz != 0 {
		add(fGazP1, p1.gaz, 0)
	}
	add(fInitShort, init, t.short)
	add(fLex, t.lex, t.short^init<<40)
	add(fLexM1, m1.lex, t.short)
	add(fLexP1, p1.lex, t.short)
	add(fHeadline, hl, t.short)
	add(fLowerM1Short, m1.lower, t.short)
	add(fLowerP1Short, p1.lower, t.short)
	add(fLen, t.length, t.short)
	add(fGiven, t.given, t.short)
	add(fGivenM1, m1.given, t.short^t.lex<<32)
	add(fGivenP1, p1.given, t.short^t.lex<<32)
	add(fRun, t.run, init)
	add(fCity, t.city, t.short^t.lex<<32)
	add(fCityM1P1, m1.city, p1.city)
	add(fTitle, t.title, t.short)
	add(fTitleM1, m1.title, t.short^t.given<<8)
	add(fTitleM2, m2.title, t.short^m1.short<<8)
	add(fClus, t.clus, 0)
	add(fClusCoarse, t.clusCoarse, t.short)
	add(fClusM1, m1.clus, 0)
	add(fClusP1, p1.clus, 0)
	add(fClusM1P1, m1.clusCoarse, p1.clusCoarse)
	if t.city != 0 || t.gaz != 0 {
		// "in kerala", "to Paris": a known place after a preposition.
		add(fPlaceM1, m1.lower, t.city<<16|t.gaz)
	}
	if t.run != 0 {
		// The last word of a name often tells its type ("... Street",
		// "... Inc."), and so does the word after it ("... said").
		add(fRunHead, t.runHead, t.run&0xf)
		add(fRunNext, t.runNext, t.run&0xf)
	}
	if t.given != 0 {
		add(fGivenNext, p1.lower, t.given)
	}
	if t.region != 0 {
		add(fRegion, t.region, t.short)
	}
	if m1.region != 0 || p1.region != 0 {
		// "Springfield, Ill.", "Ohio State".
		add(fRegionCtx, m1.region<<8|p1.region, t.short)
	}
	if t.surname != 0 {
		add(fSurname, t.surname, t.short^t.lex<<32)
		add(fSurnameM1, m1.given, t.surname<<8|t.short)
	}
	if p1.surname != 0 {
		add(fSurnameP1, p1.surname, t.short^t.given<<8)
	}
	if t.org != 0 {
		add(fOrg, t.org, t.short)
	}
	if m1.org != 0 || p1.org != 0 {
		add(fOrgCtx, m1.org<<8|p1.org, t.short)
	}
	if t.orgName != 0 {
		add(fOrgName, t.orgName, t.short)
	}
	if m1.orgName != 0 || p1.orgName != 0 {
		add(fOrgNameCtx, m1.orgName<<8|p1.orgName, t.short)
	}
	if t.nameWord != 0 {
		add(fNameWord, t.nameWord, t.short)
	}
	if t.nameL != 0 {
		add(fNameWordL, t.nameL, t.short)
	}
	if t.nameR != 0 {
		add(fNameWordR, t.nameR, t.short)
	}
	if t.doc != nil {
		dst = append(dst, t.doc.b[:t.doc.n]...)
	}
	return dst
}
