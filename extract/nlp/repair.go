package nlp

import "strings"

// repairTags corrects, in place, one systematic error of a tagger trained on
// web text when it reads news: a past-tense verb right after its subject
// noun and before its object is tagged as a past participle ("a drone
// attack set oil tanks ablaze", "ministers signed the accord"). A VBN with
// no auxiliary (have, be, get) before it in its clause, a noun before it
// and a noun phrase after it becomes VBD; the parser then sees a finite
// verb. Reduced relatives ("the troops stationed there", "the plan
// unveiled Tuesday") keep VBN because no noun phrase, or a day name,
// follows.
func repairTags(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		if xpos[i] != "VBN" || !strings.HasPrefix(xpos[i-1], "NN") {
			continue
		}
		if !startsNounPhrase(words[i+1], xpos[i+1]) || auxiliaryBefore(words, xpos, i) {
			continue
		}
		xpos[i], upos[i] = "VBD", "VERB"
	}
}

// startsNounPhrase reports whether a token can open an object noun phrase.
func startsNounPhrase(w, tag string) bool {
	switch tag {
	case "DT", "PRP$", "CD", "JJ", "NN", "NNS":
	case "NNP":
		if calendarNames[strings.ToLower(w)] {
			return false
		}
	default:
		return false
	}
	switch strings.ToLower(w) {
	case "each", "all", "both", "this", "that", "these", "those": // "the leaders gathered this week"
		return tag != "DT"
	}
	return true
}

var calendarNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "today": true, "yesterday": true}

// auxiliaryBefore reports whether a form of have, be or get, or a
// relative or subordinating word, stands between the start of the clause
// and token i.
func auxiliaryBefore(words, xpos []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		w := strings.ToLower(words[j])
		switch w {
		case "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being",
			"'s", "'re", "'ve", "'d", "get", "gets", "got", "gotten", "which", "who", "that", "whom":
			return true
		}
		switch xpos[j] {
		case ",", ":", "CC", "IN", "WDT", "WP", "MD", ".", "``", "''", "-LRB-":
			return xpos[j] == "WDT" || xpos[j] == "WP" || xpos[j] == "MD"
		}
	}
	return false
}
