package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean returns text cleaned for extraction: one paragraph per line,
// whitespace normalised, repeated paragraphs kept once, and headlines and
// page boilerplate removed by the rules in the package documentation. The
// headline at the top is dropped too; [CleanTitle] also returns it. Clean
// is deterministic and safe for concurrent use; it is linear in the length
// of text apart from the duplicate check, which is a hash lookup per line.
func Clean(text string) string {
	_, body := cleanTitle(text, "")
	return body
}

// CleanTitle cleans text like [Clean] and also returns the headline found
// on its first line, or "" when the text does not start with one.
func CleanTitle(text string) (title, body string) {
	return cleanTitle(text, "")
}

// para is one line of text during cleaning.
type para struct {
	text string
	drop bool
}

// cleanTitle cleans text. known is a title from metadata: copies of it are
// removed from the text and it is used in place of a detected headline.
func cleanTitle(text, known string) (title, body string) {
	lines := joinWrapped(splitLines(text))
	ps := make([]para, 0, len(lines))
	for _, l := range lines {
		l = stripInlineJunk(normalizeLine(l))
		if l == "" || !hasAlnum(l) {
			continue
		}
		if _, rest, ok := liveStamp(l); ok {
			// a live blog's entry loses its time of day, which was read
			// as the subject of what follows ("17:10 | said | ..."); the
			// entries' day is the story's
			l = rest
		}
		ps = append(ps, para{text: l})
	}

	// Repeated paragraphs are kept once.
	seen := map[string]bool{}
	for i := range ps {
		k := dedupKey(ps[i].text)
		if seen[k] {
			ps[i].drop = true
		}
		seen[k] = true
	}

	texts := make([]string, len(ps))
	repeat := make([]bool, len(ps))
	for i := range ps {
		texts[i], repeat[i] = ps[i].text, ps[i].drop
	}
	cls := classifyDoc(texts, repeat)

	// The headline.
	title = collapseSpace(known)
	if title == "" {
		title = findTitle(ps, cls)
	}
	if title != "" {
		tk := dedupKey(title)
		for i := range ps {
			if dedupKey(ps[i].text) == tk {
				ps[i].drop = true
			}
		}
	}

	// Boilerplate by class, then headings and short labels.
	lastSentence := -1
	for i := range ps {
		if !ps[i].drop && endsSentence(ps[i].text) && cls[i] == classNone {
			lastSentence = i
		}
	}
	n := len(ps)
	for i := range ps {
		p := &ps[i]
		if p.drop {
			continue
		}
		t := p.text
		switch {
		case cls[i] != classNone:
			p.drop = true
		case !endsSentence(t) && (wordCount(t) <= 4 || isHeadline(t)):
			p.drop = true
		}
	}
	// A run of three or more lines without final punctuation after the last
	// real paragraph is a list of links or headlines.
	run := 0
	for i := lastSentence + 1; i < n; i++ {
		if !ps[i].drop && !endsSentence(ps[i].text) {
			run++
		}
	}
	if run >= 3 {
		for i := lastSentence + 1; i < n; i++ {
			if !endsSentence(ps[i].text) {
				ps[i].drop = true
			}
		}
	}

	var out []string
	for i := range ps {
		if ps[i].drop {
			continue
		}
		t := ps[i].text
		if len(out) < 2 {
			t = stripDateline(t)
		}
		out = append(out, t)
	}
	return title, strings.Join(out, "\n")
}

// cleanLine cleans one line in Lines mode: whitespace, inline junk and the
// line-level boilerplate rules only.
func cleanLine(line string) string {
	l := stripInlineJunk(normalizeLine(line))
	if l == "" || !hasAlnum(l) || classifyLine(l) != classNone {
		return ""
	}
	return l
}

func normalizeNewlines(s string) string {
	if !strings.ContainsAny(s, "\r\u0085\u2028\u2029") {
		return s
	}
	return strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n").Replace(s)
}

func splitLines(s string) []string {
	return strings.Split(normalizeNewlines(s), "\n")
}

// normalizeLine maps Unicode spaces to ' ', removes control and zero-width
// format characters, collapses runs of spaces and trims.
func normalizeLine(s string) string {
	if plainASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// the cases below for ASCII: unicode.IsSpace is true for
			// '\t'..'\r' and ' ', Cc holds the other bytes below 0x20
			// and 0x7f, and Zs and Cf hold no other ASCII character
			i++
			switch {
			case c == ' ' || ('\t' <= c && c <= '\r'):
				space = true
				continue
			case c < 0x20 || c == 0x7f:
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError:
			continue
		case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
			space = true
			continue
		case unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// plainASCII reports whether normalizeLine leaves s as it is: printable
// ASCII, with single spaces between words and none at either end.
func plainASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || (c == ' ' && prev == ' ') {
			return false
		}
		prev = c
	}
	return true
}

// collapseSpace is normalizeLine for metadata values.
func collapseSpace(s string) string { return normalizeLine(s) }

func hasAlnum(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// dedupKey is the comparison form of a paragraph: lower case, straight
// quotes and dashes, single spaces.
func dedupKey(s string) string {
	s = strings.ToLower(normalizeLine(s))
	return quoteFolder.Replace(s)
}

var quoteFolder = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`,
	"\u2013", "-", "\u2014", "-", "\u00ab", `"`, "\u00bb", `"`)

var (
	inlineJunkRE = regexp.MustCompile(`\s*(?:https?://)?(?:pic\.twitter\.com|t\.co)/[A-Za-z0-9]+`)
	newTabRE     = regexp.MustCompile(`(?i)\s*[,(\[]?\s*\bopens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)\b\s*[)\]]?`)
)

// stripInlineJunk removes social-media picture links and a social-post
// attribution at the end of a paragraph that has text before it.
func stripInlineJunk(s string) string {
	if strings.Contains(s, "pic.twitter.com") || strings.Contains(s, "t.co/") {
		s = strings.TrimSpace(inlineJunkRE.ReplaceAllString(s, ""))
	}
	// A screen reader's note on a link: ", opens new tab", "(opens in a
	// new window)".
	if strings.Contains(s, "new tab") || strings.Contains(s, "new window") {
		s = strings.TrimSpace(newTabRE.ReplaceAllString(s, ""))
	}
	if strings.Contains(s, "(@") {
		if loc := attributionTailRE.FindStringIndex(s); loc != nil && loc[0] > 0 && hasAlnum(s[:loc[0]]) {
			s = strings.TrimSpace(s[:loc[0]])
		}
	}
	return s
}

// joinWrapped rejoins hard-wrapped paragraphs. A text is hard-wrapped when
// no line is longer than 120 characters and at least a fifth of its lines
// are followed by a line that starts in lower case (a sentence going on).
// Then lines within a block are joined unless a line is much shorter than
// the wrap width (the end of a paragraph) or the next is a list item. In any
// text a line without final punctuation followed by a line starting in
// lower case is joined to it.
func joinWrapped(lines []string) []string {
	nonBlank, cont, width, wrapW := 0, 0, 0, 0
	var lens []int
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		nonBlank++
		n := utf8.RuneCountInString(t)
		lens = append(lens, n)
		if n > width {
			width = n
		}
		if i+1 < len(lines) && startsLower(strings.TrimSpace(lines[i+1])) {
			cont++
			wrapW = max(wrapW, n)
		}
	}
	wrapped := nonBlank >= 4 && width <= 120 && cont*5 >= nonBlank
	if wrapped {
		slices.Sort(lens)
		width = lens[len(lens)*9/10]
	}
	var out []string
	for i := 0; i < len(lines); i++ {
		cur := strings.TrimSpace(lines[i])
		phys := cur // the last line joined into cur
		for cur != "" && i+1 < len(lines) {
			next := strings.TrimSpace(lines[i+1])
			if next == "" || mdListRE.MatchString(next) && !startsLower(next) {
				break
			}
			join := startsLower(next) && !endsSentence(cur) && wordCount(cur) > 2
			if wrapped && !join && wrapsInto(phys, next, width, wrapW) {
				join = true
			}
			if !join {
				break
			}
			cur += " " + next
			phys = next
			i++
		}
		out = append(out, cur)
	}
	return out
}

// wrapsInto reports whether line, in a text hard-wrapped at about width
// characters, was broken before next: it is long (at least 60% of the
// width), the first word of next would not have fitted on it (a wrapping
// tool breaks a line only when the next word does not fit; a headline, a
// byline or a footer line copied from a page ends short of the width
// whatever follows), and neither is page boilerplate on its own (a footer
// line is a paragraph of its own however long it is). wrapW, the longest
// line that goes on in lower case on the next, is at most the wrap width
// (a footer line longer than the wrap width does not raise it), so every
// line a tool broke before a word passes the fit test against it.
func wrapsInto(line, next string, width, wrapW int) bool {
	n := utf8.RuneCountInString(line)
	if n*10 < width*6 {
		return false
	}
	if startsLower(next) {
		return true
	}
	w, _, _ := strings.Cut(next, " ")
	if n+1+utf8.RuneCountInString(w) <= wrapW {
		return false
	}
	return classifyLine(line) == classNone && classifyLine(next) == classNone
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endsSentence reports whether s ends with sentence punctuation, ignoring
// closing quotes and brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]*`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// smallWords are left lower case in title-case headlines.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "nor": true, "but": true, "of": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "as": true,
	"from": true, "into": true, "onto": true, "over": true, "via": true, "vs": true, "per": true,
	"is": true, "are": true, "be": true, "if": true, "than": true, "up": true, "off": true, "out": true,
	"after": true, "amid": true, "about": true, "against": true, "its": true, "his": true, "her": true,
	"their": true, "this": true, "that": true, "not": true, "so": true, "de": true, "la": true, "von": true,
}

// isHeadline reports whether s reads as a title-case headline: at most 25
// words and at least three quarters of its significant words capitalised.
func isHeadline(s string) bool {
	words := strings.Fields(s)
	if len(words) > 25 {
		return false
	}
	sig, capital := 0, 0
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" || smallWords[strings.ToLower(w)] {
			continue
		}
		sig++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			capital++
		}
	}
	return sig >= 2 && capital*4 >= sig*3
}

// findTitle returns the headline at the top of ps: the first line, after
// skipping navigation labels (lines of one or two words) and boilerplate,
// that has 3 to 25 words, no final sentence punctuation and starts with a
// capital letter, digit or quote.
func findTitle(ps []para, cls []boilerClass) string {
	for i := 0; i < len(ps) && i < 12; i++ {
		t := ps[i].text
		if cls[i] != classNone || !endsSentence(t) && wordCount(t) <= 2 {
			continue
		}
		if endsSentence(t) || wordCount(t) < 3 || wordCount(t) > 25 || strings.HasSuffix(t, ":") {
			return ""
		}
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘`, r) {
			return t
		}
		return ""
	}
	return ""
}

var (
	// Link lines: "Read also: ...", "See more: ...", "Related: ...".
	readAlsoRE = regexp.MustCompile(`(?i)^(?:(?:read|see|watch|listen|also\s+read|also\s+see|read\s+the\s+full\s+story|click\s+here)\b\s*(?:also|more|next|this)?\b\s*:|(?:related|recommended|more|trending|popular|most\s+read|top\s+stories|editor'?s\s+picks?|further\s+reading)(?:\s+(?:stories|articles|coverage|content|reading|news|links|on\s+this(?:\s+\w+)?|from\s+[\w ]+))?\s*:|(?:read|see)\s+(?:also|more)\b)`)
	// Login, subscription and sharing prompts (the opening words of
	// isPrompt's first rule; skip links, advertisement labels and comment
	// counts are furniture and social).
	promptRE    = regexp.MustCompile(`(?i)^(?:continue\s+(?:with|reading)|sign\s*(?:in|up|out)|log\s*(?:in|out)|login|register|subscribe|join\s+(?:us|now|free|today|our)|follow\s+us|share\s+(?:this|on|via|article|story)|create\s+(?:a|an|your)\s+(?:free\s+)?account|already\s+(?:a\s+subscriber|have\s+an\s+account|registered)|don'?t\s+have\s+an\s+account|forgot\s+(?:your\s+)?password|download\s+(?:the|our)\s+app|get\s+(?:the|our)\s+(?:app|newsletter)|click\s+here|tap\s+here|print\s+this|email\s+this|listen\s+to\s+this\s+article)`)
	promptCueRE = regexp.MustCompile(`(?i)\b(?:account|newsletter|subscriber|subscription|sign\s*in|log\s*in|google|facebook|apple|email|e-mail|app|password|here|comments?)\b`)
	// Embedded social-post attribution: "— Name (@handle) Month D, YYYY".
	attributionRE = regexp.MustCompile(`^[—–\-−]{1,2}\s*[^()]{0,80}\(@[A-Za-z0-9_.]{1,30}\)`)
	// The same attribution run into the end of the post's paragraph.
	attributionTailRE = regexp.MustCompile(`\s*(?:&mdash;|[—–])\s*[^()—–]{1,80}\(@[A-Za-z0-9_.]{1,30}\)[^()]{0,40}$`)
	// Leading dateline: "PARIS (Reuters) — ", "KYIV, Ukraine - ",
	// "VESSBY, Norland, Feb 14 (Wire) - " and the release wire's "PORTO,
	// Portugal, March 3, 2031 /Wire/ -- ".
	datelineRE = regexp.MustCompile(`^[A-Z][A-Z'’.\- ]{2,30}(?:,\s*[A-Z][\p{L}.'’ ]{1,30})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:\([^()]{1,40}\)|/[^/]{1,40}/)?\s*[—–\-]{1,2}\s+`)
)

// stripDateline removes a leading wire dateline such as "PARIS (AP) — ".
func stripDateline(t string) string {
	loc := datelineRE.FindStringIndex(t)
	if loc == nil {
		return t
	}
	head := t[:loc[1]]
	// The head must hold a word of three or more capitals and leave a
	// sentence behind.
	letters := 0
	for _, r := range head {
		if unicode.IsUpper(r) {
			letters++
		}
	}
	rest := t[loc[1]:]
	if letters < 3 || wordCount(rest) < 4 {
		return t
	}
	return rest
}

// liveStampRE matches a live blog's entry that opens with its time and a
// dash or colon: "17:10 - The minister said ...", "9.45am: Police say ...".
var liveStampRE = regexp.MustCompile(`^(\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?(?:GMT|BST|CET|CEST|UTC|EST|EDT|PST|PDT))?)\s*(?:-|–|—|:)\s+(\S.*)$`)

// liveStamp splits a live blog's entry into its time and its text.
func liveStamp(l string) (stamp, rest string, ok bool) {
	m := liveStampRE.FindStringSubmatch(l)
	if m == nil || !hasAlnum(m[2]) {
		return "", "", false
	}
	return m[1], m[2], true
}
