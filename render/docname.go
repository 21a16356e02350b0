package render

import (
	"net/url"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract"
)

// MaxDocName bounds the name of a document without a title, in runes.
const MaxDocName = 70

// maxTitle bounds a document's own title, in runes.
const maxTitle = 90

// DocName names document d for a reader, bounded in length:
//
//  1. its title (at most 90 runes);
//  2. else its file name or the last part of its URL when that reads as
//     words ("195869_Apple_to_give_free_cases" → "Apple to give free
//     cases"); numbers and hash-like parts are left out;
//  3. else lead, the first sentence read from it, as a headline: an
//     introductory phrase ("In a major move, …") left out, cut at a word
//     boundary to at most [MaxDocName] runes with an ellipsis, in quotes;
//  4. else its outlet, or the host of its URL;
//  5. else its id.
//
// Every form but the title is at most MaxDocName runes (plus the quotes).
func DocName(d DocInfo, lead string) string {
	if t := clean(d.Title); t != "" {
		return shorten(t, maxTitle)
	}
	if n := slugName(d.ID); n != "" {
		return n
	}
	if u, err := url.Parse(strings.TrimSpace(d.URL)); err == nil && u.Path != "" {
		if n := slugName(path.Base(u.Path)); n != "" {
			return n
		}
	}
	if h := headline(lead); h != "" {
		return "“" + h + "”"
	}
	if s := clean(d.Source); s != "" {
		return shorten(s, MaxDocName)
	}
	if u, err := url.Parse(strings.TrimSpace(d.URL)); err == nil && u.Host != "" {
		return shorten(strings.TrimPrefix(u.Host, "www."), MaxDocName)
	}
	return shorten(d.ID, MaxDocName)
}

// slugName reads a file name or URL slug as words, or returns "" when it
// does not read as at least two words: parts split at "_", "-", "." and
// spaces; a known file extension, a leading number and hash-like parts
// ("cf4cfc75ca176ba3") left out, and at most one part in four left out
// beside the leading number. A name all in lower case gets a capital.
func slugName(id string) string {
	id = clean(id)
	if dot := strings.LastIndexByte(id, '.'); dot > 0 {
		switch strings.ToLower(id[dot+1:]) {
		case "txt", "md", "markdown", "html", "htm", "json", "jsonl", "xml", "text":
			id = id[:dot]
		}
	}
	parts := strings.FieldsFunc(id, func(r rune) bool { return r == '_' || r == '-' || r == '.' || unicode.IsSpace(r) })
	var words []string
	dropped, named := 0, 0
	for i, p := range parts {
		switch {
		case isWordPart(p):
			words = append(words, p)
			named++
		case i == 0 && allDigitsOrPunct(p):
			// a leading number ("195869_", "001_") orders files
		case allDigitsOrPunct(p) && len(p) <= 4:
			words = append(words, p) // "iPhone 4", "in 2010"
		default:
			dropped++
		}
	}
	if named < 2 || dropped*4 > len(parts) {
		return ""
	}
	s := strings.Join(words, " ")
	if s == strings.ToLower(s) {
		r, n := utf8.DecodeRuneInString(s)
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	return shorten(s, MaxDocName)
}

// isWordPart reports whether a slug part is a word: letters (a digit
// allowed after them, "iPhone4"), not a hash-like run of hex digits and
// letters.
func isWordPart(p string) bool {
	letters, digits := 0, 0
	for _, r := range p {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case r == ',' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	if letters == 0 {
		return false
	}
	if digits > 0 && len(p) >= 6 && hexOnly(p) {
		return false // "cf4cfc75ca176ba3"
	}
	return digits <= letters
}

func hexOnly(p string) bool {
	for _, r := range strings.ToLower(p) {
		if !strings.ContainsRune("0123456789abcdef", r) {
			return false
		}
	}
	return true
}

func allDigitsOrPunct(p string) bool {
	for _, r := range p {
		if !unicode.IsDigit(r) && !unicode.IsPunct(r) {
			return false
		}
	}
	return p != ""
}

// introWords start an introductory phrase a headline leaves out ("In a
// major development, …", "Following the talks, …").
var introWords = map[string]bool{"in": true, "on": true, "at": true, "after": true, "following": true,
	"amid": true, "during": true, "before": true, "earlier": true, "today": true, "yesterday": true,
	"meanwhile": true, "however": true, "last": true, "this": true, "as": true, "with": true}

// headline shortens a sentence into a headline-like name: an introductory
// phrase of at most six words before a comma left out, cut at a word
// boundary to at most MaxDocName runes with an ellipsis.
func headline(sentence string) string {
	s := clean(sentence)
	if s == "" {
		return ""
	}
	words := strings.Fields(s)
	if len(words) > 0 && introWords[strings.ToLower(words[0])] {
		for i, w := range words[:min(6, len(words))] {
			if strings.HasSuffix(w, ",") && i+1 < len(words)-2 {
				rest := strings.Join(words[i+1:], " ")
				r, n := utf8.DecodeRuneInString(rest)
				s = string(unicode.ToUpper(r)) + rest[n:]
				break
			}
		}
	}
	s = strings.TrimRight(s, ".")
	return shorten(s, MaxDocName)
}

// docLeads returns, per document, the earliest source sentence of facts
// (by offset): what a document without a title is named after.
func docLeads(facts []extract.Fact) map[string]extract.Source {
	lead := map[string]extract.Source{}
	for i := range facts {
		for _, src := range facts[i].Sources {
			id := clean(src.Doc)
			if l, ok := lead[id]; src.Offset >= 0 && (!ok || src.Offset < l.Offset) && clean(src.Sentence) != "" {
				lead[id] = src
			}
		}
	}
	return lead
}
