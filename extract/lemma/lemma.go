package lemma

//go:generate go run -tags lemmagen ./internal/gen -o exceptions_gen.go ../../../shared/data/ud-english-ewt/en_ewt-ud-train.conllu

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lemmatize returns the lemma of word used with the Universal Dependencies
// part-of-speech tag upos (NOUN, VERB, AUX, ADJ, ADV, PROPN, PRON, DET,
// PART, NUM, PUNCT, ...). An unknown or empty tag is treated like a tag
// without inflection: the word is only lowercased. The empty word yields
// the empty string.
//
// Lemmatize is safe for concurrent use and allocates at most the lowercase
// copy of word.
func Lemmatize(word, upos string) string {
	if word == "" {
		return ""
	}
	l, ok := generated(upos, word)
	if !ok {
		l = ruleLemma(word, upos)
	}
	if l == "" {
		// No rule may erase a word: a lemma is never empty.
		return word
	}
	return l
}

// ruleLemma applies the tables and suffix rules (the first two layers).
func ruleLemma(word, upos string) string {
	if upos == "PROPN" {
		return properNoun(word)
	}
	lower := toLower(word)
	switch upos {
	case "VERB", "AUX":
		return verb(lower)
	case "NOUN":
		if isInitial(word) {
			return word // "Plan B", "X"
		}
		return noun(lower)
	case "ADJ":
		if l, ok := adjForms[lower]; ok {
			return l
		}
		if isProperAdjective(word) {
			return word
		}
		return graded(lower)
	case "ADV":
		if l, ok := advForms[lower]; ok {
			return l
		}
		return lower
	case "PRON":
		if l, ok := pronounForms[lower]; ok {
			return l
		}
		return lower
	case "DET":
		if l, ok := detForms[lower]; ok {
			return l
		}
		return lower
	case "PART":
		if l, ok := partForms[lower]; ok {
			return l
		}
		return lower
	case "NUM":
		if l, ok := numForms[lower]; ok {
			return l
		}
		return digitsOnly(lower)
	case "PUNCT", "SYM":
		if l, ok := punctForms[word]; ok {
			return l
		}
		return word
	}
	return lower
}

// toLower lowercases w without allocating when it is already lowercase
// ASCII.
func toLower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// isInitial reports whether w is one uppercase letter.
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// digitsOnly drops the group separators of a number ("1,000" → "1000"),
// as EWT lemmas do; other words are returned unchanged.
func digitsOnly(w string) string {
	if !strings.Contains(w, ",") {
		return w
	}
	digits := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('0' <= c && c <= '9' || c == ',' || c == '.') {
			return w
		}
		digits = digits || '0' <= c && c <= '9'
	}
	if !digits {
		return w // "," or ",." tagged NUM: punctuation, not a number
	}
	return strings.ReplaceAll(w, ",", "")
}

// isAcronym reports whether w has at least two letters and no lowercase
// letter ("TV", "CEO", "Q1").
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// isProperAdjective reports whether a capitalised adjective is a proper one
// ("American", "Chinese", "British"), whose lemma keeps its case.
func isProperAdjective(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || isAcronym(w) {
		return false
	}
	for _, suf := range [...]string{"an", "ese", "ish", "i", "ch", "ic"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// properNoun returns the lemma of a proper noun: the word itself, except
// for plural demonyms and month abbreviations.
func properNoun(w string) string {
	if m, ok := months[w]; ok {
		return m
	}
	if r, size := utf8.DecodeRuneInString(w); unicode.IsLower(r) && isLowerWord(w) {
		// "google" → "Google": EWT capitalises proper-noun lemmas.
		return string(unicode.ToUpper(r)) + w[size:]
	}
	// Plural demonyms and group names: "Americans", "Palestinians".
	if len(w) > 5 && (strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ites") || strings.HasSuffix(w, "ists")) {
		return w[:len(w)-1]
	}
	return w
}

// isLowerWord reports whether w has letters and all are lowercase.
func isLowerWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// months maps month abbreviations to full names.
var months = map[string]string{
	"Jan.": "January", "Feb.": "February", "Mar.": "March", "Apr.": "April",
	"Jun.": "June", "Jul.": "July", "Aug.": "August", "Sep.": "September",
	"Sept.": "September", "Oct.": "October", "Nov.": "November", "Dec.": "December",
	"Jan": "January", "Feb": "February", "Apr": "April", "Aug": "August",
	"Sept": "September", "Oct": "October", "Nov": "November", "Dec": "December",
}

// verb returns the base form of a lowercase verb form.
func verb(w string) string {
	if l, ok := verbTable()[w]; ok {
		return l
	}
	if irregularBase()[w] || verbBases[w] {
		return w
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n == 4 && strings.HasSuffix(w, "ies"), n == 4 && strings.HasSuffix(w, "ied"):
		return w[:n-1] // dies, tied
	case n > 4 && strings.HasSuffix(w, "ied"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "eed") && n > 4:
		return w[:n-1] // agreed, guaranteed
	case strings.HasSuffix(w, "ed") && n > 3:
		return repairStem(w[:n-2], w)
	case strings.HasSuffix(w, "ing") && n > 4:
		stem := w[:n-3]
		if !hasVowel(stem) {
			return w // bring, string
		}
		return repairStem(stem, w)
	case strings.HasSuffix(w, "es") && n > 3:
		return verbES(w)
	case strings.HasSuffix(w, "s") && n > 2 && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// verbBases are regular base forms that look inflected.
var verbBases = setOf(`need exceed proceed succeed heed seed weed embed shred
bed sled focus discuss bias process ping ding wing zing king
pass miss kiss guess dress press cross toss boss fuss mess bless
unless red`)

// verbES handles third-person forms in -es: "watches" → "watch", "makes" →
// "make", "goes" → "go".
func verbES(w string) string {
	n := len(w)
	stem := w[:n-2]
	switch {
	case strings.HasSuffix(stem, "ss"), strings.HasSuffix(stem, "sh"),
		strings.HasSuffix(stem, "ch"), strings.HasSuffix(stem, "x"),
		strings.HasSuffix(stem, "zz"), strings.HasSuffix(stem, "o"):
		return stem
	case stem == "focus" || stem == "bias" || stem == "bus" || stem == "gas":
		return stem
	}
	return w[:n-1]
}

// repairStem rebuilds the base of a verb or adjective from the stem left by
// removing -ed, -ing, -er or -est: it undoubles a final consonant
// ("stopp" → "stop") or restores a silent e ("mak" → "make") where English
// spelling calls for it. whole is the inflected word, for exceptions.
func repairStem(stem, whole string) string {
	if e, ok := stemFixes[stem]; ok {
		return e
	}
	n := len(stem)
	if n == 0 {
		return whole
	}
	last := stem[n-1]
	if n >= 2 && stem[n-2] == last && isConsonant(last) {
		switch last {
		case 'b', 'd', 'g', 'm', 'n', 'p', 'r', 't', 'k', 'v':
			if keepDouble[stem] {
				return stem
			}
			return stem[:n-1]
		case 'l':
			// British "cancelled", "controlled": undouble after a single
			// e or o in a word of several syllables; keep "called".
			if n >= 4 && (stem[n-3] == 'e' || stem[n-3] == 'o') && !isVowel(stem[n-4]) && syllables(stem) > 1 {
				return stem[:n-1]
			}
			return stem
		case 'z':
			if stem == "quizz" || stem == "whizz" {
				return stem[:n-1]
			}
			return stem
		}
		return stem
	}
	if n > 4 && strings.HasSuffix(stem, "ick") && syllables(stem) > 1 {
		return stem[:n-1] // mimicking, panicked, trafficking
	}
	if needsE(stem) {
		return stem + "e"
	}
	return stem
}

// keepDouble lists bases that end in a doubled consonant.
var keepDouble = setOf(`add odd err purr butt inn ebb egg buzz fizz jazz boycott
mitt`)

// stemFixes lists stems whose base the spelling rules get wrong.
var stemFixes = map[string]string{
	"queu": "queue", "ey": "eye", "dy": "dye", "writ": "write", "invit": "invite", "unit": "unite", "cit": "cite", "recit": "recite",
	"excit": "excite", "ignit": "ignite", "incit": "incite", "expedit": "expedite",
	"bit": "bite", "rewrit": "rewrite", "reunit": "reunite", "spit": "spite",
	"compet": "compete", "complet": "complete", "delet": "delete", "deplet": "deplete",
	"secret": "secrete", "creat": "create", "recreat": "recreate",
	"tast": "taste", "wast": "waste", "past": "paste", "hast": "haste",
	"ignor": "ignore", "explor": "explore", "restor": "restore", "ador": "adore",
	"deplor": "deplore", "implor": "implore",
	"focus": "focus", "bias": "bias", "gass": "gas",
	"hang": "hang", "bang": "bang", "pivot": "pivot",
	"postpon": "postpone", "condon": "condone", "aton": "atone",
	"inhal": "inhale", "exhal": "exhale",
	"breath": "breathe", "bath": "bathe", "sooth": "soothe", "loath": "loathe",
	"saf": "safe", "chaf": "chafe",
	"develop": "develop", "envelop": "envelop", "gallop": "gallop", "gossip": "gossip",
	"combat": "combat", "format": "format",
	"abandon": "abandon", "reckon": "reckon", "summon": "summon", "imprison": "imprison",
	"poison": "poison", "pardon": "pardon", "beckon": "beckon", "question": "question",
	"monitor": "monitor", "honor": "honor", "favor": "favor", "labor": "labor",
	"author": "author", "sponsor": "sponsor", "tailor": "tailor", "anchor": "anchor",
	"mentor": "mentor", "doctor": "doctor", "censor": "censor", "color": "color",
	"visit": "visit", "edit": "edit", "limit": "limit", "credit": "credit",
	"exhibit": "exhibit", "deposit": "deposit", "inherit": "inherit", "prohibit": "prohibit",
	"profit": "profit", "audit": "audit", "benefit": "benefit", "posit": "posit",
	"signal": "signal", "total": "total", "equal": "equal", "rival": "rival",
	"travel": "travel", "cancel": "cancel", "model": "model", "label": "label",
	"level": "level", "fuel": "fuel", "channel": "channel", "tunnel": "tunnel",
	"parallel": "parallel", "panel": "panel",
}

// needsE reports whether a stem left by -ed/-ing/-er/-est lost a silent e:
// "mak" (make), "receiv" (receive), "produc" (produce), "caus" (cause),
// "handl" (handle), "continu" (continue), "stat" (state), "includ"
// (include). The rules follow English spelling: a final e is kept after v,
// u, c, z and consonant+l; after a vowel+s; and after a single vowel and
// consonant in the patterns listed below.
func needsE(s string) bool {
	n := len(s)
	if n < 2 {
		return false
	}
	last, prev := s[n-1], s[n-2]
	switch last {
	case 'v', 'c':
		return true
	case 'u':
		return !isVowel(prev) // continu, argu, issu, su; not "tou"
	case 'z':
		return true // realiz, seiz, freez
	case 'l':
		if strings.ContainsRune("bcdfgkpstz", rune(prev)) {
			return true // handl, struggl, settl, hassl
		}
	case 's':
		if isVowel(prev) {
			return true // caus, us, pleas, promis, clos
		}
		if prev == 'r' || prev == 'n' || prev == 'p' || prev == 'l' {
			return true // nurs, licens, collaps, puls
		}
		return false
	case 'g':
		if prev == 'r' || prev == 'l' || prev == 'd' {
			return true // charg, indulg, judg
		}
		if prev == 'n' {
			return n >= 3 && (s[n-3] == 'a' || s[n-3] == 'e') // chang, challeng
		}
	}
	if !(isVowel(prev) || prev == 'y' && n >= 3 && isConsonant(s[n-3])) || !isConsonant(last) {
		return false // "y" between consonants is a vowel: typ, styl, rhym
	}
	// From here: ... vowel + consonant.
	if last == 't' && prev == 'a' && n >= 3 && (s[n-3] == 'i' || s[n-3] == 'u') {
		return true // negotiat, evaluat, appreciat
	}
	if n >= 3 && isVowel(s[n-3]) && !(s[n-3] == 'u' && n >= 4 && s[n-4] == 'q') {
		return false // look, need, avoid, repeat; but acquir, requir
	}
	vowel := prev
	switch last {
	case 'k', 'b', 'd', 'm', 'g':
		return true // mak, describ, decid, nam, engag
	case 'p':
		return syllables(s) == 1 || vowel == 'a' || vowel == 'y' // hop, escap, typ; not develop
	case 'n':
		return vowel == 'i' || vowel == 'u' || vowel == 'o' && syllables(s) == 1 // defin, tun, zon
	case 'r':
		switch vowel {
		case 'a', 'i', 'u':
			return true // shar, requir, cur
		case 'o':
			// scor, stor; the stressed -ore verbs: ignor, explor, underscor.
			if syllables(s) == 1 {
				return true
			}
			for _, suf := range [...]string{"scor", "stor", "plor", "gnor", "ador", "shor", "snor"} {
				if strings.HasSuffix(s, suf) {
					return true
				}
			}
		}
		return false
	case 't':
		switch vowel {
		case 'a':
			return true // stat, negotiat
		case 'o', 'u':
			return true // vot, execut
		}
		return false
	case 'l':
		switch vowel {
		case 'i', 'u', 'o', 'y':
			return true // fil, rul, consol, styl
		case 'a':
			return syllables(s) == 1 // scal
		}
		return false
	case 'f':
		return false
	}
	return false
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// isConsonant reports whether c is an ASCII consonant letter ("y" counts
// as one; "w" and "x" too, though they are never doubled or followed by a
// silent e).
func isConsonant(c byte) bool {
	return 'a' <= c && c <= 'z' && !isVowel(c) && c != 'w' && c != 'x' && c != 'y'
}

func hasVowel(s string) bool {
	for i := 0; i < len(s); i++ {
		if isVowel(s[i]) || s[i] == 'y' && i > 0 {
			return true
		}
	}
	return false
}

// syllables counts the vowel groups of s, a rough syllable count.
func syllables(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := isVowel(s[i]) || s[i] == 'y' && i > 0
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// noun returns the singular of a lowercase noun.
func noun(w string) string {
	if l, ok := nounForms[w]; ok {
		return l
	}
	if invariantNouns[w] {
		return w
	}
	n := len(w)
	if n <= 3 || w[n-1] != 's' {
		return w
	}
	if '0' <= w[0] && w[0] <= '9' {
		// Decades: "1990s", "80's" → "80s".
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return w[:strings.LastIndexAny(w, "'’")] + "s"
		}
		return w
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "uses") && !strings.HasSuffix(w, "ouses") && useS(w):
		return w[:n-2]
	case strings.HasSuffix(w, "ches"):
		if n >= 6 && w[n-5] == 'a' && !isVowel(w[n-6]) {
			return w[:n-1] // headaches
		}
		return w[:n-2]
	case strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "’s"):
		return w
	}
	return w[:n-1]
}

// useS reports whether a noun in -uses is a -us noun ("viruses",
// "bonuses") rather than an -use noun ("causes", "houses").
func useS(w string) bool {
	stem := w[:len(w)-2] // virus, caus
	return invariantNouns[stem]
}

// graded returns the positive of a lowercase adjective, stripping -er/-est
// only from known gradable adjectives.
func graded(w string) string {
	n := len(w)
	var stem string
	switch {
	case n > 4 && strings.HasSuffix(w, "est"):
		stem = w[:n-3]
	case n > 3 && strings.HasSuffix(w, "er"):
		stem = w[:n-2]
	default:
		return w
	}
	if strings.HasSuffix(stem, "i") {
		if y := stem[:len(stem)-1] + "y"; gradable[y] {
			return y // happier
		}
	}
	for _, c := range [...]string{stem, stem + "e", stem[:max(len(stem)-1, 0)]} {
		if gradable[c] {
			if c == stem[:max(len(stem)-1, 0)] && (len(stem) < 2 || stem[len(stem)-1] != stem[len(stem)-2]) {
				continue // only undouble a doubled consonant: bigger → big
			}
			return c
		}
	}
	return w
}
