package salience

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract"
)

// FrontedAdjunct reports whether f was read off a fronted participial
// phrase ("Speaking at a press conference with …, X said"): a capitalised
// word inside its relation ("was Speaking at"). Such a fact says where or
// when something else happened; its object is often a name picked out of
// the phrase.
func FrontedAdjunct(f *extract.Fact) bool {
	words := strings.Fields(f.Relation)
	for _, w := range words[min(1, len(words)):] {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// listPrepositions govern a list whose members are no subject
// ("an agreement between A, B and C were hailed", "issued by A and B,
// followed").
var listPrepositions = set("by", "between", "among", "with", "of", "from", "including", "for", "to", "against")

// SubjectInModifier reports whether f's subject is a later member of a list
// governed by a preposition ("… between France, Britain, and Ukraine were
// hailed by …" read as "Ukraine were hailed by …"): walking left from the
// subject as written in its first source, over the list, an "and" or "or"
// comes before a preposition. It needs the subject's span; without one it
// reports false.
func SubjectInModifier(f *extract.Fact) bool {
	for _, s := range f.Sources {
		sp := s.Spans.Subject
		start := sp.Off - s.SentenceStart()
		if sp.IsZero() || start <= 0 || start > len(s.Sentence) {
			continue
		}
		words := strings.Fields(s.Sentence[:start])
		conj := false
		for i := len(words) - 1; i >= 0 && i >= len(words)-14; i-- {
			w := strings.ToLower(strings.Trim(words[i], ",;:.“”\"'"))
			switch {
			case w == "and" || w == "or":
				conj = true
			case listPrepositions[w]:
				return conj
			case strings.HasSuffix(words[i], ";") || strings.HasSuffix(words[i], ":"):
				return false
			}
			if !conj {
				return false // the word before the subject is no conjunction
			}
		}
		return false
	}
	return false
}

// openQuotes and closeQuotes are the quotation marks a quoted phrase
// starts and ends with.
var (
	openQuotes  = []string{"\"", "“", "‘", "'"}
	closeQuotes = []string{"\"", "”", "’", "'"}
)

// QuotedCompound reports whether f was read off a noun phrase in
// quotation marks whose head was taken for a verb (`enhancing "border
// controls" for Osteria` read as "border | controls for | Osteria"): in its
// first source with spans, a quotation opens right before the subject and
// closes right after the first run of relation words, and the relation
// goes on after the closing mark, and the subject is one lower-case word
// (the compound's modifier). A quoted clause keeps its relation inside the
// quotation or has a name or a determiner before its verb. Without spans
// it reports false.
func QuotedCompound(f *extract.Fact) bool {
	for _, s := range f.Sources {
		sp, rel := s.Spans.Subject, s.Spans.Relation
		if sp.IsZero() || len(rel) < 2 {
			continue
		}
		base := s.SentenceStart()
		start, end := sp.Off-base, rel[0].End-base
		if start <= 0 || end <= start || end >= len(s.Sentence) || rel[1].Off-base <= end {
			continue
		}
		opened := slices.ContainsFunc(openQuotes, func(q string) bool { return strings.HasSuffix(s.Sentence[:start], q) })
		closed := slices.ContainsFunc(closeQuotes, func(q string) bool { return strings.HasPrefix(s.Sentence[end:], q) })
		subj := s.Sentence[start:min(sp.End-base, end)]
		return opened && closed && bareNoun(subj) && !strings.ContainsAny(s.Sentence[start:end], "\"“”")
	}
	return false
}

// bareNoun reports whether w is one lower-case word (letters and inner
// hyphens).
func bareNoun(w string) bool {
	if !isWord(w) {
		return false
	}
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// TruncatedPossessive reports whether an argument of f ends in a
// possessive that has lost the noun it goes with ("talks with the
// mayor’s" read off "talks with Ostend, the mayor’s deputy and …"; "The
// dock workers'" off "The dock workers' union said …"): a subject, or an
// object of anything but a bare "be" ("the last word was the board's"),
// that names no entity ("Sainsbury's" is a name) and ends in "'s", "’s"
// or a plural's apostrophe.
func TruncatedPossessive(f *extract.Fact) bool {
	if f.SubjectID == "" && endsPossessive(f.Subject) {
		return true
	}
	if f.ObjectID == "" && endsPossessive(f.Object) {
		words := relationWords(f)
		return len(words) == 0 || words[len(words)-1] != "be"
	}
	return false
}

// endsPossessive reports whether text's last word is a possessive
// ("mayor's", "workers'", "Vance’s").
func endsPossessive(text string) bool {
	words := strings.Fields(text)
	if len(words) == 0 {
		return false
	}
	w := words[len(words)-1]
	for _, s := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return true
		}
	}
	return false
}
