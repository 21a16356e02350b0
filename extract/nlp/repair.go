package nlp

import (
	"slices"
	"strconv"
	"strings"

	"github.com/storygraph/storygraph/extract/lemma"
	"github.com/storygraph/storygraph/extract/lexicon"
)

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
		if !(startsNounPhrase(words[i+1], xpos[i+1]) || atLeast(words, xpos, i+1)) || auxiliaryBefore(words, xpos, i) {
			continue
		}
		xpos[i], upos[i] = "VBD", "VERB"
	}
	for _, repair := range tagRepairs {
		repair(words, upos, xpos)
	}
}

// tagRepairs run after the past-tense repair of repairTags, in this order.
var tagRepairs = []func(words, upos, xpos []string){
	repairIntentionVerb, repairChangeVerb, repairNounVerb, repairFinalReport, repairHeadlineSubject, repairHeadlineVerb, repairHeadlineNounVerb, repairSubordinateVerb, repairFocusVerb,
	repairLeadRole, repairDescriptorNoun, repairArticleBaseVerb, repairWonParticiple, repairPhrasal, repairAcronym, repairPluralPossessive, repairInitialPlural,
	repairPeriodEnded, repairMissingVerb, repairRelativeAdverbVerb, repairThatClauseVerb, repairRelativeNounVerb, repairInitialCompound, repairReducedRelative, repairSubjectParticiple, repairVerbObject, repairTitleAdjective, repairModalNoun, repairVerbList, repairAdjectiveList, repairAgreement, repairHeadlineTail,
	repairHelpVerb, repairConjBaseVerb, repairPerfect, repairHeadlineReport, repairThatBeforePunct,
	repairSaidNoun, repairCoordinatedHelp, repairPrepositionAdverb, repairMakerNoun, repairInfinitiveNoun,
	repairCompoundVerb, repairOpeningParticiple, repairIngModifier,
	repairCountedPlural, repairPossessedGerund, repairStateParticiple, repairHeadlineSecondVerb,
	repairRelativeObjectNoun, repairModelName, repairAgedSubjectVerb, repairOpeningSubjectVerb, repairVerblessSentence,
	repairPastOnlyForm, repairOpeningPreposition,
}

// openingPrepositions are prepositions that are nothing else; capitalised
// at a sentence's start the tagger sometimes reads them as adjectives or
// names ("Among/JJ participants who slept ...").
var openingPrepositions = map[string]bool{
	"among": true, "amongst": true, "amid": true, "amidst": true, "despite": true, "during": true,
	"within": true, "without": true, "across": true, "beyond": true, "unlike": true, "throughout": true,
	"towards": true, "toward": true, "upon": true, "via": true, "beneath": true, "besides": true, "between": true,
}

// repairOpeningPreposition tags a sentence's first word as a preposition
// when it is one of openingPrepositions and the tagger read it as
// anything else.
func repairOpeningPreposition(words, upos, xpos []string) {
	i := 0
	for i < len(words) && (xpos[i] == "``" || xpos[i] == "-LRB-") {
		i++
	}
	if i+1 < len(words) && openingPrepositions[strings.ToLower(words[i])] && xpos[i] != "IN" {
		xpos[i], upos[i] = "IN", "ADP"
	}
}

// pastOnlyForms are simple past forms that are never past participles
// ("spoke", not "spoken").
var pastOnlyForms = map[string]bool{
	"spoke": true, "wrote": true, "took": true, "gave": true, "went": true, "saw": true, "knew": true,
	"drove": true, "rode": true, "rose": true, "fell": true, "began": true, "ran": true, "came": true,
	"became": true, "ate": true, "flew": true, "grew": true, "threw": true, "drew": true, "broke": true,
	"chose": true, "froze": true, "stole": true, "woke": true, "wore": true, "tore": true, "swore": true,
	"sang": true, "rang": true, "drank": true, "swam": true, "sank": true, "shook": true, "forgot": true,
	"did": true, "was": true, "were": true, "overtook": true, "undertook": true, "forbade": true, "withdrew": true,
}

// repairPastOnlyForm corrects a past-participle tag on a form that is only
// ever the simple past ("The mayor spoke/VBN to reporters as the storm
// hit", which the parser then read as a reduced relative: "The mayor |
// was spoke to | reporters"): it is the past tense. After a form of
// "have" or "be" the writer's own grammar is kept.
func repairPastOnlyForm(words, upos, xpos []string) {
	for i, w := range words {
		if xpos[i] != "VBN" || !pastOnlyForms[strings.ToLower(w)] {
			continue
		}
		if i > 0 {
			switch strings.ToLower(words[i-1]) {
			case "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "'s", "'ve", "'d":
				continue
			}
		}
		xpos[i], upos[i] = "VBD", "VERB"
	}
}

// repairVerblessSentence corrects a sentence that ends in a period and has
// no finite verb at all, whose main verb the tagger read as a participle
// ("On August 24, Jobs resigned/VBN from his post", "It declined/VBN to
// name them", "Sokol, a former mayor of Soraval, campaigned/VBN on ...",
// "Jobs then moved/VBN on"): the first participle right after its subject
// (a noun or a pronoun, with at most an adverb between, or an apposition
// set off by commas after a name or a noun) is the verb, in the past
// tense. A list's entry ("Net income of 310 million, compared with ...")
// has no such subject before its participle and stays as it is.
func repairVerblessSentence(words, upos, xpos []string) {
	n := len(words)
	if n < 3 || xpos[n-1] != "." {
		return
	}
	for _, x := range xpos {
		switch x {
		case "VBD", "VBZ", "VBP", "MD":
			return
		}
	}
	subject := func(x string) bool { return strings.HasPrefix(x, "NN") || x == "PRP" }
	for i := 1; i < n; i++ {
		if xpos[i] == "VB" && xpos[i-1] != "TO" {
			return // a base form the tagger may have taken for the verb ("people take/VB Corvalin, a tablet used to ...")
		}
		if xpos[i] != "VBN" {
			continue
		}
		j := i - 1
		if xpos[j] == "RB" && j > 0 {
			j-- // "Jobs then moved"
		}
		if xpos[j] == "," {
			// an apposition set off by commas before it: "Sokol, a
			// former mayor of Soraval, campaigned", "The study,
			// published in the journal X, measured"
			k := j - 1
			for k > 0 && xpos[k] != "," {
				k--
			}
			if k <= 0 || k == j-1 || !subject(xpos[k-1]) {
				continue // the comma opens a phrase: "The study, published in ..."
			}
			j = k - 1
		}
		if subject(xpos[j]) {
			xpos[i], upos[i] = "VBD", "VERB"
		}
		return // only the first participle after its subject
	}
}

// repairOpeningSubjectVerb corrects a past-participle tag on the verb
// right after the noun phrase that opens a sentence ("The opposition
// called/VBN for an inquiry", "At least three people died/VBN, police
// said"), which leaves the sentence without a finite verb: when no finite
// verb follows in the same stretch (before a comma, a relative or a
// subordinating word), the word is the sentence's verb in the past tense.
// "Troops stationed/VBN in the north were withdrawn" has its verb later
// and keeps the participle.
func repairOpeningSubjectVerb(words, upos, xpos []string) {
	if len(words) == 0 || xpos[len(words)-1] != "." {
		return // a headline's participle is a passive ("Paint firm fined after spill")
	}
	i := 0
	if len(words) > 2 && strings.EqualFold(words[0], "at") && (words[1] == "least" || words[1] == "most") {
		i = 2 // "At least three people"
	}
	noun := false
	for ; i < len(words); i++ {
		switch xpos[i] {
		case "DT", "PRP$", "CD", "JJ", "JJS", "JJR", "POS", "NNP", "NNPS":
			continue
		case "NN", "NNS":
			noun = true
			continue
		}
		break
	}
	if noun && i+1 < len(words) && xpos[i] == "," && (xpos[i+1] == "WDT" || xpos[i+1] == "WP") && strings.HasPrefix(xpos[i-1], "NN") {
		// a relative clause set off by commas after the subject ("The
		// blast, which happened at 5 a.m., shattered/VBN windows")
		k := i + 2
		for k < len(words) && xpos[k] != "," {
			k++
		}
		if k+1 >= len(words) || xpos[k+1] != "VBN" {
			return
		}
		i = k + 1
	} else if !noun || i >= len(words) || xpos[i] != "VBN" || !strings.HasPrefix(xpos[i-1], "NN") {
		return
	}
	comma, relative := false, false
	for j := i + 1; j < len(words); j++ {
		switch xpos[j] {
		case ",", ":":
			comma = true
		case "WDT", "WP", "WP$", "WRB":
			relative = true
		case "IN":
			relative = relative || isSubordinator(words[j])
		case "VBD", "VBZ", "VBP", "MD":
			if relative {
				relative = false // the relative clause's own verb ("which is worth")
				continue
			}
			if !comma || xpos[j-1] == "," {
				// the sentence's verb comes later: "Troops stationed in
				// the north were withdrawn", "Figures released on Monday,
				// the first in a year, showed a rise"
				return
			}
			// a clause with its own subject after a comma ("..., police said")
			xpos[i], upos[i] = "VBD", "VERB"
			return
		}
	}
	xpos[i], upos[i] = "VBD", "VERB"
}

// isSubordinator reports a word that only opens a clause of its own
// ("because prices rose", "when talks failed").
func isSubordinator(w string) bool {
	switch strings.ToLower(w) {
	case "that", "because", "although", "though", "while", "whereas", "unless", "if", "when":
		return true // not "after", "since", "as": prepositions as often ("stationed there since 2020")
	}
	return false
}

// repairAgedSubjectVerb corrects a past-participle tag on the verb right
// after a name and its age set off by commas ("Brandt, 52, joined/VBN from
// Lisle United", which the parser then hangs from the name as a
// parataxis): a person told by name and age is the subject of the verb
// that follows, in the past tense, not of a reduced relative.
func repairAgedSubjectVerb(words, upos, xpos []string) {
	for i := 4; i < len(words); i++ {
		if xpos[i] != "VBN" || xpos[i-1] != "," || xpos[i-2] != "CD" || xpos[i-3] != "," || xpos[i-4] != "NNP" {
			continue
		}
		if n, err := strconv.Atoi(words[i-2]); err != nil || n <= 0 || n > 120 {
			continue
		}
		if i+1 < len(words) && words[i+1] == "by" {
			continue // "Ada Marr, 61, supported by her family, said": a participle after all
		}
		xpos[i], upos[i] = "VBD", "VERB"
	}
}

// repairModelName corrects a common-noun, adjective or number tag on a
// capitalised word joined by a hyphen to a number ("The Aurel-2/NN
// satellite", "a Falcon-9/JJ rocket", "the Kestrel-400/CD drones"): the name
// of a model, a craft or a series, a proper noun, which entity resolution
// then reads as a name.
func repairModelName(words, upos, xpos []string) {
	for i, w := range words {
		switch xpos[i] {
		case "NN", "NNS", "JJ", "CD":
		default:
			continue
		}
		name, num, ok := strings.Cut(w, "-")
		if !ok || len(name) < 2 || num == "" || !isCapitalisedWord(name) || num[0] < '0' || num[0] > '9' || timePrefixes[strings.ToLower(name)] {
			continue // not "Mid-2020", "Pre-1990"
		}
		xpos[i], upos[i] = "NNP", "PROPN"
	}
}

// timePrefixes join a year or an age, not a name ("Mid-2020", "Under-21").
var timePrefixes = map[string]bool{"mid": true, "pre": true, "post": true, "late": true, "early": true,
	"under": true, "over": true, "top": true, "non": true, "anti": true, "circa": true}

// isCapitalisedWord reports a word of letters whose first is upper case
// and the rest lower case ("Aurel", not "COVID" or "mid").
func isCapitalisedWord(w string) bool {
	for k, r := range w {
		switch {
		case k == 0 && r >= 'A' && r <= 'Z':
		case k > 0 && r >= 'a' && r <= 'z':
		default:
			return false
		}
	}
	return true
}

// repairRelativeObjectNoun corrects a present-tense verb tag on the last
// noun of the object of a relative clause set off by commas, when the main
// clause resumes after the closing comma with an auxiliary or a verb
// ("Quillion, which runs the Quill messaging and payments app, had
// failed"): the relative clause has its verb already, and a noun before
// the word makes it the head of a compound. A clause of saying ("which
// says prices rise, ...") keeps its second verb.
func repairRelativeObjectNoun(words, upos, xpos []string) {
	for r := 1; r+2 < len(words); r++ {
		if words[r-1] != "," {
			continue
		}
		switch strings.ToLower(words[r]) {
		case "which", "who":
		default:
			continue
		}
		v := r + 1
		if xpos[v] != "VBZ" && xpos[v] != "VBD" || lexicon.Verb(lemma.Lemmatize(strings.ToLower(words[v]), "VERB")) != lexicon.NotReporting {
			continue
		}
		for k := v + 2; k+2 < len(words); k++ {
			if words[k] == "," || xpos[k] == "CC" && k+1 < len(words) && strings.HasPrefix(xpos[k+1], "VB") || xpos[k] == "WDT" || xpos[k] == "IN" && strings.EqualFold(words[k], "that") {
				break
			}
			if xpos[k] != "VBP" && xpos[k] != "VBZ" || !strings.HasPrefix(xpos[k-1], "NN") || words[k] != strings.ToLower(words[k]) || words[k+1] != "," {
				continue
			}
			if n := xpos[k+2]; n != "MD" && n != "VBD" && n != "VBZ" && n != "VBP" {
				break
			}
			if xpos[k] == "VBZ" {
				xpos[k] = "NNS"
			} else {
				xpos[k] = "NN"
			}
			upos[k] = "NOUN"
			break
		}
	}
}

// ingModifiers are "-ing" nouns that name what another noun is for or
// does ("steering fault", "fishing boats", "parking fee") and, as verbs,
// rarely take a bare noun object.
var ingModifiers = map[string]bool{
	"fishing": true, "steering": true, "braking": true, "cooling": true, "heating": true, "parking": true,
	"housing": true, "shopping": true, "banking": true, "polling": true, "voting": true, "boarding": true,
	"swimming": true, "dining": true, "sleeping": true, "camping": true, "hiking": true, "wiring": true,
	"plumbing": true, "landing": true, "sewing": true, "welding": true, "nursing": true, "recycling": true,
}

// repairIngModifier corrects a gerund tag on such a noun right before the
// noun it modifies, after a preposition or after "and" or "or" that
// follows a noun ("recalls cars over steering fault", "taken off by
// lifeboats and fishing boats"): read as a verb, it made "fault" and
// "boats" its object and the sentence's subject its own.
func repairIngModifier(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		if xpos[i] != "VBG" || !ingModifiers[words[i]] || xpos[i+1] != "NN" && xpos[i+1] != "NNS" || words[i+1] != strings.ToLower(words[i+1]) {
			continue
		}
		p := strings.ToLower(words[i-1])
		switch {
		case xpos[i-1] == "IN" || xpos[i-1] == "TO":
		case (p == "and" || p == "or") && i >= 2 && strings.HasPrefix(xpos[i-2], "NN"):
		default:
			continue
		}
		xpos[i], upos[i] = "NN", "NOUN"
	}
}

// repairInfinitiveNoun corrects a noun tag on a bare verb after "to" and
// before a possessive ("the easiness for developers to port their Mac
// apps", "plans to expand its network"): a noun does not take "their" or
// "its" after it, so the word is the infinitive's verb.
func repairInfinitiveNoun(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		if !strings.EqualFold(words[i-1], "to") || xpos[i] != "NN" || words[i] != strings.ToLower(words[i]) || xpos[i+1] != "PRP$" {
			continue
		}
		xpos[i], upos[i] = "VB", "VERB"
		xpos[i-1], upos[i-1] = "TO", "PART"
		// "to port their Mac apps": the object's head, not a verb of its own
		if j := i + 3; j < len(words) && (xpos[i+2] == "NN" || xpos[i+2] == "NNP") && xpos[j] == "VBZ" && strings.HasSuffix(words[j], "s") {
			xpos[j], upos[j] = "NNS", "NOUN"
		}
	}
}

// repairMakerNoun corrects a verb tag on a "-maker" noun ("computer and
// electronics maker Apple", "chipmakers"): the word is never a verb.
func repairMakerNoun(words, upos, xpos []string) {
	for i := range words {
		w := strings.ToLower(words[i])
		if !strings.HasPrefix(xpos[i], "VB") {
			continue
		}
		switch {
		case strings.HasSuffix(w, "maker"):
			xpos[i], upos[i] = "NN", "NOUN"
		case strings.HasSuffix(w, "makers"):
			xpos[i], upos[i] = "NNS", "NOUN"
		}
	}
}

// prepositionAdverbs are prepositions the tagger reads as adverbs before
// their object ("who took it alongside standard treatment", "amid
// protests").
var prepositionAdverbs = map[string]bool{"alongside": true, "amid": true, "amidst": true, "despite": true,
	"throughout": true, "toward": true, "towards": true, "beside": true, "underneath": true, "beyond": true,
	"inside": true, "outside": true, "across": true, "near": true}

// repairPrepositionAdverb corrects an adverb tag on a preposition
// followed by its noun phrase: the parser then reads "alongside standard
// treatment" as an oblique, not "treatment" as a new clause's subject.
func repairPrepositionAdverb(words, upos, xpos []string) {
	for i := 0; i+1 < len(words); i++ {
		if xpos[i] != "RB" || !prepositionAdverbs[strings.ToLower(words[i])] {
			continue
		}
		switch xpos[i+1] {
		case "DT", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD":
			xpos[i], upos[i] = "IN", "ADP"
		}
	}
}

// repairSaidNoun corrects a base-verb tag right after a verb of saying
// ("residents said work on the wall had never started", "officials say
// help is on its way"): "say" takes no bare infinitive and a finite verb
// needs a subject before it, so the word opens the reported clause as its
// subject noun. Before "to", a pronoun or a determiner it is left alone
// (an imperative or a verb in a quotation is preceded by a quotation
// mark, which is not a verb of saying).
func repairSaidNoun(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		if xpos[i] != "VB" && xpos[i] != "VBP" || words[i] != strings.ToLower(words[i]) {
			continue
		}
		switch strings.ToLower(words[i-1]) {
		case "said", "says", "say", "saying":
		default:
			continue
		}
		if !strings.HasPrefix(xpos[i-1], "VB") {
			continue
		}
		switch xpos[i+1] {
		case "IN", "MD", "VBZ", "VBD", "NN", "NNS":
		default:
			continue // "said go": nothing nominal can follow as its continuation
		}
		xpos[i], upos[i] = "NN", "NOUN"
	}
}

// repairCoordinatedHelp corrects a noun tag on "help" coordinated with a
// verb and followed by whom it helps and a bare verb ("would offer early
// retirement and help workers find new jobs", "cut costs and help farmers
// sell more"): after "and" or "or", before a noun or pronoun and then a
// base-form verb, "help" is a verb (VB); "the help workers need" has no
// conjunction before it.
func repairCoordinatedHelp(words, upos, xpos []string) {
	for i := 1; i+2 < len(words); i++ {
		if !strings.EqualFold(words[i], "help") || xpos[i] != "NN" {
			continue
		}
		if c := strings.ToLower(words[i-1]); c != "and" && c != "or" {
			continue
		}
		j := i + 1
		for j < len(words) && (xpos[j] == "JJ" || xpos[j] == "NN" || xpos[j] == "NNS" || xpos[j] == "NNP" || xpos[j] == "NNPS" || xpos[j] == "PRP") {
			j++
		}
		if j == i+1 || j >= len(words) || xpos[j] != "VB" && xpos[j] != "VBP" {
			continue
		}
		if !slices.ContainsFunc(xpos[:i-1], func(x string) bool { return strings.HasPrefix(x, "VB") || x == "MD" }) {
			continue
		}
		xpos[i], upos[i] = "VB", "VERB"
	}
}

// repairThatBeforePunct corrects "that" tagged as a complementizer right
// before a full stop or a closing quotation mark ("we have to admit
// that,\" he said"): nothing follows it to introduce, so it is the
// demonstrative pronoun. Before a comma alone it may open a clause after
// an aside ("said that, over the past weeks, ...").
func repairThatBeforePunct(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		if !strings.EqualFold(words[i], "that") || xpos[i] != "IN" {
			continue
		}
		next := words[i+1]
		if next == "," && i+2 < len(words) {
			next = words[i+2] // "admit that,\" he said"; not "said that, over the past weeks, ..."
		}
		switch next {
		case ".", "!", "?", ";", "\"", "”", "''":
			xpos[i], upos[i] = "DT", "PRON"
		}
	}
}

// headlineReports are verbs of saying and finding that open what a
// headline reports ("Court rules Harbour Post libelled developer", "Study
// finds fish stocks fell").
var headlineReports = map[string]bool{"rules": true, "says": true, "finds": true, "shows": true, "warns": true,
	"claims": true, "reveals": true, "admits": true, "denies": true, "confirms": true, "insists": true, "suggests": true}

// repairHeadlineReport corrects a plural-noun tag on a headline's verb of
// saying or finding that reports a clause with a verb of its own ("Court
// rules Harbour Post libelled developer" with "rules" a noun, "Court rules
// Harbour Post" the subject of "libelled"): in a line with no closing
// punctuation, right after a singular noun, before a name, a determiner
// or a noun, with a verb later in the line, it is a present-tense verb.
func repairHeadlineReport(words, upos, xpos []string) {
	n := len(words)
	if n < 4 || strings.ContainsAny(words[n-1], ".!?") {
		return
	}
	for i := 1; i+2 < n; i++ {
		if xpos[i] != "NNS" || !headlineReports[strings.ToLower(words[i])] || xpos[i-1] != "NN" && xpos[i-1] != "NNP" {
			continue
		}
		if !startsNounPhrase(words[i+1], xpos[i+1]) && xpos[i+1] != "NNP" && xpos[i+1] != "NN" && xpos[i+1] != "NNS" {
			continue
		}
		later := false
		for _, x := range xpos[i+2:] {
			later = later || x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"
		}
		if later {
			xpos[i], upos[i] = "VBZ", "VERB"
			return
		}
	}
}

// repairPerfect corrects a past-tense tag right after a form of "have"
// ("the company had refused to negotiate" with "refused" VBD, which made
// "had" the verb and "refused" a second one): it is a past participle and
// "have" its auxiliary.
func repairPerfect(words, upos, xpos []string) {
	for i := 1; i < len(words); i++ {
		if xpos[i] == "JJ" && i >= 2 && i+1 < len(words) && participleAdjective(words[i]) && (strings.HasPrefix(xpos[i-2], "NN") || xpos[i-2] == "PRP") &&
			strings.HasPrefix(xpos[i-1], "VB") && lemma.Lemmatize(strings.ToLower(words[i-1]), "VERB") == "have" &&
			(xpos[i+1] == "DT" || xpos[i+1] == "CD" || xpos[i+1] == "PRP$") {
			// "the driver had drunk six beers": an adjective spelt as a
			// participle, after "had" and before an object
			xpos[i] = "VBD"
		}
		if xpos[i] != "VBD" {
			continue
		}
		switch strings.ToLower(words[i-1]) {
		case "had", "has", "have", "'d", "'ve":
		default:
			continue
		}
		if !strings.HasPrefix(xpos[i-1], "VB") {
			continue
		}
		xpos[i], upos[i] = "VBN", "VERB"
		upos[i-1] = "AUX"
	}
}

// participleAdjective reports whether an adjective is spelt as a past
// participle ("drunk", "hidden", "broken", "closed").
func participleAdjective(w string) bool {
	w = strings.ToLower(w)
	switch w {
	case "drunk", "shut", "sunk", "won", "lost", "spent", "built", "sold", "paid", "held":
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en"))
}

// repairConjBaseVerb corrects an adjective tag on a bare verb coordinated
// with one ("would cut 1,200 jobs and close its factory"): a word tagged
// JJ right after "and" or "or", before a possessive or a determiner, in a
// sentence with a base-form verb (VB) before the conjunction, is a base
// form too.
func repairConjBaseVerb(words, upos, xpos []string) {
	for i := 2; i+1 < len(words); i++ {
		if xpos[i] != "JJ" || words[i] != strings.ToLower(words[i]) {
			continue
		}
		if c := strings.ToLower(words[i-1]); c != "and" && c != "or" {
			continue
		}
		if xpos[i+1] != "PRP$" && xpos[i+1] != "DT" {
			continue
		}
		if !slices.Contains(xpos[:i-1], "VB") {
			continue
		}
		xpos[i], upos[i] = "VB", "VERB"
	}
}

// repairHelpVerb corrects a bare verb after "help" that the tagger read as
// a noun ("will help fund the repair", "helped build the school"): a
// singular noun tag right after a verb form of "help", before a
// determiner, possessive, number or pronoun, on a word of no noun-only
// ending, is the base form of a verb (VB).
func repairHelpVerb(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		switch strings.ToLower(words[i-1]) {
		case "help", "helps", "helped", "helping":
		default:
			continue
		}
		if xpos[i] != "NN" || words[i] != strings.ToLower(words[i]) || !strings.HasPrefix(xpos[i-1], "VB") {
			continue
		}
		switch xpos[i+1] {
		case "DT", "PRP$", "CD", "PRP":
		default:
			continue
		}
		w := words[i]
		if strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ness") || strings.HasSuffix(w, "ity") {
			continue // "help desk" is no verb either, but never before "the"
		}
		xpos[i], upos[i] = "VB", "VERB"
	}
}

// unclosedLastComma returns the index of the last comma of a line of at
// least minLen words that ends with no closing punctuation (a headline),
// or -1.
func unclosedLastComma(words []string, minLen int) int {
	n := len(words)
	if n < minLen {
		return -1
	}
	switch words[n-1] {
	case ".", "!", "?", "\"", "”", "'", "’", ")", ":":
		return -1
	}
	for i := n - 1; i >= 0; i-- {
		if words[i] == "," {
			return i
		}
	}
	return -1
}

// repairHeadlineTail corrects the second clause of a headline, joined to
// the first by a comma ("Central bank raises rates, finance minister
// objects", "Factory fire injures 12, union blames cuts"), which the
// tagger reads as a noun phrase: in a line with no closing punctuation,
// after its last comma, with no verb in what follows, a plural-noun tag
// on a present-tense form right after a noun, closing the line or before
// the start of a noun phrase, is a present-tense verb (VBZ).
func repairHeadlineTail(words, upos, xpos []string) {
	n := len(words)
	k := unclosedLastComma(words, 4)
	if k < 1 {
		return
	}
	for i := k + 1; i < n; i++ {
		if strings.HasPrefix(xpos[i], "VB") || xpos[i] == "MD" {
			return
		}
	}
	for j := k + 2; j < n; j++ {
		if xpos[j] != "NNS" || !strings.HasPrefix(xpos[j-1], "NN") || !presentForm(words[j]) {
			continue
		}
		if j+1 == n || startsNounPhrase(words[j+1], xpos[j+1]) || xpos[j+1] == "NNS" || xpos[j+1] == "NNP" || xpos[j+1] == "CD" {
			xpos[j], upos[j] = "VBZ", "VERB"
		}
		return
	}
}

// repairAgreement corrects headlines' "Corvane recalls smartwatches after
// burns", which the tagger reads as the plural noun "recalls" followed by
// the verb "smartwatches": a present-tense verb (VBZ) cannot follow a
// plural-noun subject, so when a name opens the line, a plural-noun tag
// comes next and a VBZ tag after it, with no verb before, the first of the
// two is the verb and the second the plural noun.
func repairAgreement(words, upos, xpos []string) {
	i := 0
	for i < len(words) && (xpos[i] == "NNP" || xpos[i] == "NNPS") {
		i++
	}
	if i == 0 || i+1 >= len(words) || xpos[i] != "NNS" || xpos[i+1] != "VBZ" || !presentForm(words[i]) || !presentForm(words[i+1]) {
		return
	}
	xpos[i], upos[i] = "VBZ", "VERB"
	xpos[i+1], upos[i+1] = "NNS", "NOUN"
}

// repairVerbList corrects the second and later verbs of a list of verb
// phrases that share one subject ("The firm shuts two plants, cuts 400
// jobs and raises prices", headlines' "Regulator fines bank, orders
// review"), which the tagger reads as plural nouns or participles:
// after a present-tense verb, a lower-case plural-noun tag right after a
// comma or "and" and before the start of a noun phrase is a present-tense
// verb (VBZ); after a past tense, a participle tag right after "and" that
// closes a list opened by a past tense after a comma ("cut 300 jobs,
// closed two plants and raised prices") is a past tense (VBD).
func repairVerbList(words, upos, xpos []string) {
	first := -1 // the first finite verb
	for i, x := range xpos {
		if x == "VBZ" || x == "VBD" {
			first = i
			break
		}
	}
	if first < 1 {
		return
	}
	listed := false // a past tense after a comma since the first verb
	for i := first + 2; i+1 < len(words); i++ {
		sep := words[i-1] == "," || strings.EqualFold(words[i-1], "and")
		switch {
		case xpos[i] == "MD" || xpos[i] == "VBP" || xpos[i] == "WDT" || xpos[i] == "WP" || xpos[i] == "IN" && !strings.EqualFold(words[i], "at"):
			// another clause, or a subordinate one: the list is over
			if xpos[i] != "IN" {
				return
			}
		case xpos[first] == "VBZ" && sep && xpos[i] == "NNS" && presentForm(words[i]) && listObject(words[i+1], xpos[i+1]):
			xpos[i], upos[i] = "VBZ", "VERB"
		case xpos[first] == "VBD" && words[i-1] == "," && xpos[i] == "VBD":
			listed = true
		case xpos[first] == "VBD" && listed && strings.EqualFold(words[i-1], "and") && xpos[i] == "VBN" &&
			strings.HasSuffix(words[i], "ed") && (listObject(words[i+1], xpos[i+1]) || strings.HasPrefix(xpos[i+1], "NN")):
			xpos[i], upos[i] = "VBD", "VERB"
		}
	}
}

// presentForm reports a lower-case word that can be a verb's third person
// singular ("cuts", "announces"), not a noun's plural of another shape
// ("bus", "analysis", "glass").
func presentForm(w string) bool {
	if len(w) < 4 || w != strings.ToLower(w) || !strings.HasSuffix(w, "s") {
		return false
	}
	return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// listObject reports a token that opens the object of a verb in a list of
// verb phrases: a determiner, a possessive, a number, an adjective or a
// name that is no day or month. A noun is left out: a plural noun before
// a noun is a compound's first part ("sales figures").
func listObject(w, tag string) bool {
	switch tag {
	case "DT", "PRP$", "CD", "JJ", "JJR", "JJS":
		return startsNounPhrase(w, tag)
	case "NNP":
		return !calendarName(w)
	}
	return false
}

// repairAdjectiveList corrects a comparative in a list of adjectives before
// a noun ("a new, faster phone", "cheaper, lighter tablets") that the
// tagger reads as an adverb: after an adjective and a comma and before a
// noun, an adverb's comparative or superlative is an adjective's.
func repairAdjectiveList(words, upos, xpos []string) {
	for i := 2; i+1 < len(words); i++ {
		if words[i-1] != "," || !strings.HasPrefix(xpos[i-2], "JJ") || (xpos[i] != "RBR" && xpos[i] != "RBS") {
			continue
		}
		if n := xpos[i+1]; n == "NN" || n == "NNS" || n == "NNP" || n == "NNPS" {
			xpos[i], upos[i] = "JJ"+xpos[i][2:], "ADJ"
		}
	}
}

// repairModalNoun corrects a word that is also a noun read as one right
// after a modal ("The depot will house 60 buses", "the plant could power
// 9,000 homes"): only a verb's base form, an adverb or "not" follows a
// modal, so a lower-case singular noun there, before the start of a noun
// phrase, is a verb (VB).
func repairModalNoun(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		if xpos[i] != "NN" || xpos[i-1] != "MD" || words[i] != strings.ToLower(words[i]) {
			continue
		}
		if startsNounPhrase(words[i+1], xpos[i+1]) {
			xpos[i], upos[i] = "VB", "VERB"
		}
	}
}

// repairTitleAdjective corrects a title word that is also an adjective
// ("executive", "general", "principal") tagged as one where it ends a noun
// phrase: after a determiner, an adjective or a noun and before a comma,
// a period, "of" or "at" ("Maria Okafor, the chief executive.",
// "the attorney general of Ohio"), it is the phrase's noun (NN).
func repairTitleAdjective(words, upos, xpos []string) {
	for i := 1; i < len(words); i++ {
		if xpos[i] != "JJ" || !lexicon.Title(words[i], lexicon.Rank, lexicon.Office, lexicon.Role, lexicon.Occupation) {
			continue
		}
		switch xpos[i-1] {
		case "DT", "JJ", "NN", "PRP$", "POS":
		default:
			continue
		}
		if i+1 < len(words) {
			switch next := xpos[i+1]; {
			case next == "," || next == "." || next == "''" || next == "-RRB-" || next == ":":
			case next == "IN" && (strings.EqualFold(words[i+1], "of") || strings.EqualFold(words[i+1], "at")):
			default:
				continue
			}
		}
		xpos[i], upos[i] = "NN", "NOUN"
	}
}

// repairInitialPlural corrects a plural noun that opens a sentence and is
// read as a verb in the third person because the word is also one
// ("Exports grew by 8 percent", "Talks collapsed on Friday", "Costs will
// rise"): a capitalised word ending in s, tagged VBZ or VBP, right before a
// past tense, a participle or a modal, is the subject (NNS), since a finite verb cannot
// follow another with nothing between them.
// linkingVerbs take a participle ("Seems settled", "Gets fired").
var linkingVerbs = map[string]bool{"gets": true, "seems": true, "looks": true, "becomes": true, "remains": true, "stays": true, "feels": true, "appears": true}

func repairInitialPlural(words, upos, xpos []string) {
	i := 0
	for i < len(words) && (xpos[i] == "``" || xpos[i] == "-LRB-") {
		i++
	}
	if i+1 >= len(words) || (xpos[i] != "VBZ" && xpos[i] != "VBP") {
		return
	}
	w := words[i]
	if !isUpperInitial(w) || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") ||
		strings.ToUpper(w) == w {
		return
	}
	switch next := xpos[i+1]; {
	case next == "VBD" || next == "MD":
		xpos[i], upos[i] = "NNS", "NOUN"
	case (next == "IN" || next == "TO") && words[len(words)-1] == "." && !linkingVerbs[strings.ToLower(w)] && !reportForms[strings.ToLower(w)]:
		// "Talks with the union resumed on Monday.": a sentence does
		// not open with its verb before a preposition, when a verb
		// follows ("Depends on what." has none)
		for k := i + 2; k < len(words); k++ {
			if strings.HasPrefix(xpos[k], "VB") || xpos[k] == "MD" || nounVerbs[words[k]] || changeVerbs[words[k]] || words[k] == "spread" {
				xpos[i], upos[i] = "NNS", "NOUN"
				break
			}
		}
	case next == "VBN" && !linkingVerbs[strings.ToLower(w)]:
		// "Talks collapsed on Friday": with no other finite verb the
		// participle is the past tense; "Talks held on Friday failed"
		// keeps its reduced relative
		xpos[i], upos[i] = "NNS", "NOUN"
		for k := i + 2; k < len(xpos); k++ {
			if x := xpos[k]; x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" {
				return
			}
		}
		xpos[i+1], upos[i+1] = "VBD", "VERB"
	}
}

// repairSubjectParticiple corrects the verb of a sentence that opens with
// its subject and has no object, which the tagger reads as a participle
// modifying the subject ("Students marched through the city on Friday.",
// "Flights resumed on Tuesday.", "The index closed higher as shares
// fell."): when the first word after the opening noun phrase is a
// participle (VBN) and no finite verb follows in its clause, up to a
// conjunction that opens another clause ("while", "as", "and the ...")
// or a closing ", the agency said", the participle is the past tense (VBD).
// A reduced relative keeps its participle because the sentence's verb
// follows it ("Talks held on Friday failed."), as does one before "by"
// ("Documents seen by the newspaper"); a line without a closing period, a
// headline, keeps its passive ("Students arrested in Tarrow"). The last
// clause of a sentence, after "and", "but" or "while" that follow a
// finite verb, is read alike when no finite verb follows ("Schools closed
// early and buses stopped running.").
func repairSubjectParticiple(words, upos, xpos []string) {
	n := len(words)
	if n < 3 || words[n-1] != "." {
		return
	}
	if isUpperInitial(words[0]) {
		clauseParticiple(words, upos, xpos, 0)
	}
	// the last clause, after "and", "but" or a subordinating conjunction
	// other than "as" (also a preposition), once a finite verb has come
	// and with none after it ("Schools closed early and buses stopped
	// running.")
	finite, last := false, -1
	for k := 0; k+1 < n; k++ {
		switch w := strings.ToLower(words[k]); {
		case xpos[k] == "VBD" || xpos[k] == "VBZ" || xpos[k] == "VBP" || xpos[k] == "MD":
			finite, last = true, -1
		case finite && (w == "and" || w == "but") && k > 0 && (words[k-1] == "," || !strings.HasPrefix(xpos[k-1], "NN") && !strings.HasPrefix(xpos[k-1], "JJ")),
			finite && (subordinators[w] && w != "as" || w == ";"):
			// after a noun or an adjective, "and" may join two
			// ("combines messages and notifications from all apps
			// installed on it"); "of" opens no clause ("because of stock built
			// there")
			if !strings.EqualFold(words[k+1], "of") {
				last = k + 1
			}
		}
	}
	if last > 0 {
		clauseParticiple(words, upos, xpos, last)
	}
}

// clauseParticiple applies repairSubjectParticiple to the clause that
// opens at token s.
func clauseParticiple(words, upos, xpos []string, s int) {
	n := len(words)
	v, noun := -1, false
	for i := s; i < n; i++ {
		x := xpos[i]
		switch x {
		case "DT", "PRP$", "JJ", "JJR", "JJS", "CD", "POS", "NN", "NNS", "NNP", "NNPS", "IN", "CC":
			if x == "IN" && subordinators[strings.ToLower(words[i])] {
				return
			}
			noun = strings.HasPrefix(x, "NN")
			continue
		}
		if x == "VBN" && noun && i > s && !strings.EqualFold(words[i+1], "by") {
			v = i
		}
		break
	}
	if v < 0 {
		return
	}
	for k := v + 1; k < n; k++ {
		w := strings.ToLower(words[k])
		switch x := xpos[k]; {
		case subordinators[w] || x == ":":
			k = n // another clause: the participle's clause is over
		case (w == "and" || w == "but") && k+1 < n:
			switch xpos[k+1] {
			case "DT", "PRP", "PRP$", "JJ", "NN", "NNS":
				k = n // "and gold prices slipped"
			}
		case x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD":
			if !reportingAfterComma(words, xpos, v, k) {
				return
			}
		}
	}
	xpos[v], upos[v] = "VBD", "VERB"
}

// repairReducedRelative corrects the reverse of repairSubjectParticiple: a
// participle after the subject that opens a sentence, read as its past
// tense although the sentence's verb follows its phrase ("Residents
// evacuated from the valley returned home.", "Shares traded in Oskel
// rose."): a regular past tense right after the opening noun phrase,
// followed only by a preposition, a noun phrase and another past tense,
// is a participle (VBN). A verb of saying keeps its tense ("Officials
// said in May the plant closed"), as does a sentence ending "the quarter
// ended".
func repairReducedRelative(words, upos, xpos []string) {
	n := len(words)
	if n < 6 || words[n-1] != "." || !isUpperInitial(words[0]) {
		return
	}
	v := 0
	for v < n && (xpos[v] == "DT" || xpos[v] == "JJ" || xpos[v] == "CD" || strings.HasPrefix(xpos[v], "NN")) {
		v++
	}
	if v == 0 || v+3 >= n || xpos[v] != "VBD" || !strings.HasPrefix(xpos[v-1], "NN") || !strings.HasSuffix(words[v], "ed") ||
		lexicon.Reporting(lemma.Lemmatize(strings.ToLower(words[v]), "VERB")) || xpos[v+1] != "IN" || subordinators[strings.ToLower(words[v+1])] {
		return
	}
	k := v + 2
	for k < n && (xpos[k] == "DT" || xpos[k] == "PRP$" || xpos[k] == "JJ" || xpos[k] == "CD" || strings.HasPrefix(xpos[k], "NN")) {
		k++
	}
	if k == v+2 || k >= n || xpos[k] != "VBD" || strings.EqualFold(words[k], "ended") || !strings.HasPrefix(xpos[k-1], "NN") {
		return
	}
	xpos[v], upos[v] = "VBN", "VERB"
}

// periodNouns name a span of accounts ("the quarter ended June 30").
var periodNouns = map[string]bool{
	"quarter": true, "year": true, "month": true, "months": true, "period": true, "half": true,
	"week": true, "weeks": true,
}

// repairPeriodEnded corrects "the quarter ended June 30", the financial
// report's span, whose "ended" the tagger reads as the sentence's past
// tense ("Revenue for the quarter ended Dec. 31 was $4 billion", with
// "ended" the root): after a noun that names a span and before a month
// or a number, "ended" is a participle (VBN).
func repairPeriodEnded(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		if xpos[i] != "VBD" || !strings.EqualFold(words[i], "ended") || !periodNouns[strings.ToLower(words[i-1])] {
			continue
		}
		// a month or a number: "the season ended Sunday" is a clause
		if e, ok := lexicon.Calendar(strings.TrimSuffix(words[i+1], ".")); ok && (e.Kind == lexicon.Month || e.Kind == lexicon.MonthAbbr) || xpos[i+1] == "CD" {
			xpos[i], upos[i] = "VBN", "VERB"
		}
	}
}

// subordinators open an adverbial clause after a main one ("Rents soared
// while wages stagnated").
var subordinators = map[string]bool{
	"while": true, "whereas": true, "although": true, "though": true, "because": true, "as": true, "when": true,
}

// reportingAfterComma reports whether the finite verb at k is a verb of
// reporting that closes the sentence after a comma following v
// ("Exports increased in March, the agency said.").
func reportingAfterComma(words, xpos []string, v, k int) bool {
	switch strings.ToLower(words[k]) {
	case "said", "says", "added", "reported", "told", "announced", "noted":
	default:
		return false
	}
	for j := k - 1; j > v; j-- {
		if words[j] == "," {
			return true
		}
		if strings.HasPrefix(xpos[j], "VB") || xpos[j] == "MD" {
			return false
		}
	}
	return false
}

// repairPluralPossessive corrects the apostrophe of a plural possessive
// ("Amazon Web Services' data centres", "the farmers' union") tagged as a
// closing quote: after a word ending in s and before a word, with no quote
// opened by an apostrophe before it, it is the possessive ending (POS).
func repairPluralPossessive(words, upos, xpos []string) {
	open := false // a quote opened by a single quotation mark
	for i, w := range words {
		if w == "‘" || ((w == "'" || w == "’") && xpos[i] == "``") {
			open = true
			continue
		}
		if w != "'" && w != "’" || xpos[i] == "POS" {
			continue
		}
		if open || i == 0 || i+1 >= len(words) {
			open = false // it closes the quote
			continue
		}
		prev := words[i-1]
		if !strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "S") || !strings.HasPrefix(xpos[i-1], "NN") {
			continue
		}
		if next := xpos[i+1]; !strings.HasPrefix(next, "NN") && next != "JJ" && next != "VBG" {
			continue
		}
		xpos[i], upos[i] = "POS", "PART"
	}
}

// repairAcronym corrects an abbreviation in capitals that spells a
// pronoun ("the WHO said", "US troops", "the IT department") tagged as
// that pronoun: in a sentence with lower-case words it is a proper noun.
func repairAcronym(words, upos, xpos []string) {
	lower := false
	for _, w := range words {
		if w != strings.ToUpper(w) {
			lower = true
			break
		}
	}
	if !lower {
		return // a headline in capitals
	}
	for i, w := range words {
		switch w { // (words in capitals of two letters or more, which these are)
		case "WHO", "US", "IT":
			// the pronouns that name organisations and a country; other
			// words in capitals inside a sentence are mostly emphasis
			// ("please DO NOT reply", "THE END")
			switch xpos[i] {
			case "PRP", "WP":
				xpos[i], upos[i] = "NNP", "PROPN"
			}
		}
	}
}

// repairPhrasal corrects a phrasal verb read as a participle or a noun
// right after its subject and before its particle and object ("the rebels
// handed over the city", "police called off the search", "the firm shut
// down the plant"): with no auxiliary before it, it is a past-tense verb
// (VBD) and the particle a particle (RP).
func repairPhrasal(words, upos, xpos []string) {
	for i := 1; i+2 < len(words); i++ {
		x := xpos[i]
		if x != "VBN" && x != "VBD" && !(x == "NN" && nounVerbs[words[i]]) {
			continue
		}
		p := strings.ToLower(words[i+1])
		if !lexicon.Particle(p) || !lexicon.Phrasal(lemma.Lemmatize(strings.ToLower(words[i]), "VERB"), p) {
			continue
		}
		if prev := xpos[i-1]; !strings.HasPrefix(prev, "NN") && prev != "PRP" {
			continue
		}
		if !startsNounPhrase(words[i+2], xpos[i+2]) || auxiliaryBefore(words, xpos, i) {
			continue
		}
		xpos[i], upos[i] = "VBD", "VERB"
		xpos[i+1], upos[i+1] = "RP", "ADP"
	}
}

// repairLeadRole corrects "Lead" read as a verb where it opens a
// sentence before a role and a name ("Lead author Dr Ana Ruiz says ...",
// "Lead investigator Tom Hale said ..."): it is an adjective of the role.
func repairLeadRole(words, upos, xpos []string) {
	i := 0
	for i < len(words) && strings.Trim(words[i], "\"'“‘") == "" {
		i++
	}
	if i+2 >= len(words) || words[i] != "Lead" || !strings.HasPrefix(xpos[i], "VB") || xpos[i+1] != "NN" || !isUpperInitial(words[i+2]) {
		return
	}
	upos[i], xpos[i] = "ADJ", "JJ"
}

// isUpperInitial reports whether w begins with a capital letter.
func isUpperInitial(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// changeVerbs are past tenses of verbs of change that the tagger also reads
// as nouns or adjectives ("the death toll rose to nine" with "rose" the
// flower, "shares slid").
var changeVerbs = map[string]bool{
	"rose": true, "fell": true, "dropped": true, "jumped": true, "climbed": true, "surged": true,
	"slipped": true, "dipped": true, "eased": true, "plunged": true, "soared": true, "tumbled": true,
	"slumped": true, "slid": true, "edged": true, "doubled": true, "tripled": true, "halved": true,
}

// reportForms are third-person forms of verbs of reporting that the tagger
// also reads as plural nouns at the end of a line ("..., study finds").
var reportForms = map[string]bool{
	"finds": true, "says": true, "shows": true, "warns": true, "suggests": true, "claims": true,
	"reveals": true, "reports": true, "argues": true, "predicts": true, "concludes": true, "insists": true,
}

// repairFinalReport corrects a line that ends with a comma, a noun and a
// verb of reporting ("Bees learn to avoid toxic flowers, study finds",
// tagged with "study" a verb and "finds" a noun): the last word is a
// present-tense verb (VBZ) and the one before it its subject noun.
func repairFinalReport(words, upos, xpos []string) {
	n := len(words)
	for n > 0 && strings.Trim(words[n-1], ".!?\"'”’") == "" {
		n--
	}
	if n < 4 || words[n-3] != "," || !reportForms[strings.ToLower(words[n-1])] || !strings.HasPrefix(xpos[n-1], "NN") {
		return
	}
	if !strings.HasPrefix(xpos[n-2], "NN") && !strings.HasPrefix(xpos[n-2], "VB") {
		return
	}
	xpos[n-1], upos[n-1] = "VBZ", "VERB"
	if strings.HasPrefix(xpos[n-2], "VB") {
		xpos[n-2], upos[n-2] = "NN", "NOUN"
	}
}

// nounVerbs are past tenses that are also common nouns ("Carver shot Emily
// Doyle" tagged with "shot" a noun).
var nounVerbs = map[string]bool{"shot": true, "hit": true, "cut": true, "set": true, "beat": true, "hurt": true, "cast": true, "shut": true}

// repairNounVerb corrects such a word tagged as a noun right after a noun
// or a personal pronoun and right before the start of a noun phrase or a
// preposition ("she shot her", "Carver shot Emily Doyle", "the quake hit
// at 4 a.m."), and a past tense that is no noun tagged as one after a noun
// ("an earthquake of magnitude 7.1 shook the south"): it is a past-tense
// verb (VBD).
func repairNounVerb(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		if !strings.HasPrefix(xpos[i], "NN") {
			continue
		}
		prev := xpos[i-1]
		switch {
		case onlyVerbs[words[i]] && (strings.HasPrefix(prev, "NN") || prev == "PRP" || prev == "CD"):
			// "an earthquake of magnitude 7.1 shook southern Peru"
			xpos[i], upos[i] = "VBD", "VERB"
		case nounVerbs[words[i]] && xpos[i] == "NN" && (strings.HasPrefix(prev, "NN") || prev == "PRP"):
			switch xpos[i+1] {
			case "DT", "PRP$", "PRP", "NNP", "CD", "JJ", "IN":
				if xpos[i+1] == "IN" && prev != "NN" && prev != "PRP" {
					continue
				}
				xpos[i], upos[i] = "VBD", "VERB"
			}
		}
	}
}

// repairMissingVerb corrects a sentence whose only verb is a past tense
// that is also a noun, tagged as one or as a base form ("Unlike its rival,
// Lumo Media cut prices.", "Rumours of the bank collapsing spread
// quickly.", "Cuts to the budget hit schools.", "Attacks on shipping rose
// sharply."): in a sentence that closes with a period and has no finite
// verb, such a word, or a verb of change, tagged as a noun, an adjective
// or a base form right after a noun, a pronoun or a gerund is the past
// tense (VBD).
func repairMissingVerb(words, upos, xpos []string) {
	n := len(words)
	if n < 4 || words[n-1] != "." {
		return
	}
	for _, x := range xpos {
		switch x {
		case "VBD", "VBZ", "VBP", "MD":
			return
		}
	}
	for i := 1; i+1 < n; i++ {
		w := words[i]
		if x := xpos[i]; x != "NN" && x != "VB" && x != "JJ" || !nounVerbs[w] && !changeVerbs[w] && w != "spread" || strings.EqualFold(words[i+1], "of") {
			continue
		}
		if p := xpos[i-1]; strings.HasPrefix(p, "NN") || p == "PRP" || p == "VBG" {
			xpos[i], upos[i] = "VBD", "VERB"
			return
		}
	}
}

// onlyVerbs are past tenses that are no nouns but that the tagger reads as
// ones after a noun ("the quake shook the town").
var onlyVerbs = map[string]bool{"shook": true, "struck": true, "rocked": true, "jolted": true, "rattled": true}

// repairChangeVerb corrects a verb of change tagged as a noun or adjective
// right after a noun and before what measures the change ("to nine", "by 5
// percent", "from 40", "sharply"): it is a past-tense verb (VBD). Where
// the noun before it opens its clause ("Losses widened as costs rose.",
// "Prices rose and demand fell.", "Costs rose sharply, while profits
// fell."), the verb of change may also close the clause, or be followed
// by a preposition, and the subject itself may be tagged as a verb
// ("demand", "Costs"): the subject becomes a noun.
func repairChangeVerb(words, upos, xpos []string) {
	for i := 1; i < len(words); i++ {
		if !changeVerbs[words[i]] || xpos[i] == "VBD" {
			continue
		}
		next, nextTag := "", "."
		if i+1 < len(words) {
			next, nextTag = strings.ToLower(words[i+1]), xpos[i+1]
		}
		measure := next == "to" || next == "by" || next == "from" || nextTag == "CD" ||
			(nextTag == "RB" && strings.HasSuffix(next, "ly"))
		if strings.HasPrefix(xpos[i-1], "NN") && measure && i+1 < len(words) {
			xpos[i], upos[i] = "VBD", "VERB"
			continue
		}
		if !clauseSubject(words, xpos, i-1) || xpos[i] == "VBN" && auxiliaryBefore(words, xpos, i) {
			continue
		}
		switch {
		case measure, nextTag == "IN", nextTag == "CC", nextTag == "." || nextTag == "," || nextTag == ":":
		default:
			continue
		}
		xpos[i], upos[i] = "VBD", "VERB"
		switch p := xpos[i-1]; {
		case p == "VBZ" || p == "VBP" && strings.HasSuffix(words[i-1], "s"):
			xpos[i-1], upos[i-1] = "NNS", "NOUN"
		case p == "VB" || p == "VBP":
			xpos[i-1], upos[i-1] = "NN", "NOUN"
		}
	}
}

// clauseSubject reports whether token k ends a noun phrase that opens a
// clause: the sentence's start, or a comma, a coordinating conjunction or
// a subordinating one ("while", "as") before it. A verb tag on k itself
// counts where nothing but the clause's opening stands before it ("and
// demand fell", "Costs rose"), with a lower-case word, or a capitalised
// plural that opens the sentence.
func clauseSubject(words, xpos []string, k int) bool {
	if k < 0 {
		return false
	}
	j := k - 1
	switch x := xpos[k]; {
	case strings.HasPrefix(x, "NN"):
		for j >= 0 {
			switch xpos[j] {
			case "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS":
				j--
				continue
			}
			break
		}
	case x == "VB" || x == "VBP" || x == "VBZ":
		w := words[k]
		if w != strings.ToLower(w) && !(k == 0 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
			return false
		}
	default:
		return false
	}
	if j < 0 {
		return true
	}
	switch xpos[j] {
	case ",", "CC", "``":
		return true
	}
	return subordinators[strings.ToLower(words[j])]
}

// intentionVerbs take an infinitive ("plans to close") and, in the third
// person, look like plural nouns ("plans", "hopes", "aims").
var intentionVerbs = map[string]bool{
	"plans": true, "hopes": true, "wants": true, "aims": true, "expects": true, "vows": true, "seeks": true,
	"intends": true, "threatens": true, "promises": true, "agrees": true, "refuses": true, "decides": true,
	"needs": true, "fails": true, "tries": true, "prepares": true, "moves": true, "looks": true,
	"struggles": true, "continues": true, "starts": true, "begins": true, "pledges": true, "proposes": true,
	"offers": true, "votes": true, "declines": true, "attempts": true, "wishes": true,
}

// repairIntentionVerb corrects "The bank plans to close 40 branches",
// tagged as the noun phrase "the bank plans" before an infinitive: in a
// sentence with no finite verb, a plural-noun tag on an intention verb
// right after a noun and right before "to" and a base verb is a
// present-tense verb (VBZ).
func repairIntentionVerb(words, upos, xpos []string) {
	for _, x := range xpos {
		switch x {
		case "VBD", "VBZ", "VBP", "MD":
			return
		}
	}
	for i := 1; i+2 < len(words); i++ {
		prev := i - 1
		if prev > 0 && xpos[prev] == "RB" && strings.HasSuffix(strings.ToLower(words[prev]), "ly") {
			prev-- // "The company reportedly plans to cut jobs"
		}
		if xpos[i] != "NNS" || !intentionVerbs[strings.ToLower(words[i])] || !strings.HasPrefix(xpos[prev], "NN") ||
			!strings.EqualFold(words[i+1], "to") || xpos[i+2] != "VB" {
			continue
		}
		xpos[i], upos[i] = "VBZ", "VERB"
		return
	}
}

// repairHeadlineVerb corrects the tagger on headlines, which drop articles
// and auxiliaries ("Regulator fines two banks", "Council approves budget"):
// with no verb tagged anywhere in the line, a plural-noun tag right after a
// proper or common noun and before the start of a noun phrase is a
// present-tense verb (VBZ).
func repairHeadlineVerb(words, upos, xpos []string) {
	// the first clause of a headline, up to a comma, a semicolon or a
	// conjunction that opens an adverbial clause ("Storm kills three in
	// Tarrow, schools closed", "Firm cuts jobs as sales slump")
	n := len(words)
	for i, w := range words {
		if w == "," || w == ";" || i > 0 && (w == "as" || w == "while") {
			n = i
			break
		}
	}
	for _, x := range xpos[:n] {
		if strings.HasPrefix(x, "VB") || x == "MD" {
			return
		}
	}
	for n > 0 && strings.Trim(words[n-1], ".!?\"'”’") == "" {
		n--
	}
	for i := 1; i < n; i++ {
		if xpos[i-1] != "NNS" || !changeBase[strings.ToLower(words[i])] {
			continue
		}
		// "Measles cases rise", "Oil prices fall sharply", "Shares
		// jump 5%": a verb of change after a plural noun, closing the
		// line or before what measures the change, is its verb
		if i+1 == n || xpos[i+1] == "RB" || xpos[i+1] == "CD" || xpos[i+1] == "IN" || xpos[i+1] == "TO" {
			xpos[i], upos[i] = "VBP", "VERB"
			return
		}
	}
	for i := 1; i+1 < n; i++ {
		if xpos[i] != "NNS" || !strings.HasPrefix(xpos[i-1], "NN") {
			continue
		}
		if !startsNounPhrase(words[i+1], xpos[i+1]) && xpos[i+1] != "NNP" && xpos[i+1] != "NNPS" && xpos[i+1] != "JJR" && xpos[i+1] != "JJS" {
			continue
		}
		xpos[i], upos[i] = "VBZ", "VERB"
		return
	}
}

// repairRelativeAdverbVerb corrects a noun or adverb tag on the verb of a
// relative clause after its pronoun and an adverb ("the reservoirs, which
// together supply about 4 million people", with "supply" read as a noun or
// an adverb): a relative pronoun that is the clause's subject, an adverb
// and then the start of a noun phrase leave the word between them the
// clause's verb.
func repairRelativeAdverbVerb(words, upos, xpos []string) {
	for i := 3; i+1 < len(words); i++ {
		switch strings.ToLower(words[i-2]) {
		case "which", "who", "that":
		default:
			continue
		}
		if xpos[i-3] != "," || xpos[i-2] != "WDT" && xpos[i-2] != "WP" || xpos[i-1] != "RB" || words[i] != strings.ToLower(words[i]) {
			continue
		}
		if xpos[i] != "NN" && xpos[i] != "NNS" && xpos[i] != "RB" {
			continue
		}
		nx := strings.ToLower(words[i+1])
		switch {
		case xpos[i+1] == "DT" || xpos[i+1] == "PRP$" || xpos[i+1] == "CD":
		case (nx == "about" || nx == "around" || nx == "nearly" || nx == "almost" || nx == "some") && i+2 < len(words) && xpos[i+2] == "CD":
		default:
			continue
		}
		if xpos[i] == "NNS" || strings.HasSuffix(words[i], "s") && !strings.HasSuffix(words[i], "ss") {
			xpos[i] = "VBZ"
		} else {
			xpos[i] = "VBP"
		}
		upos[i] = "VERB"
	}
}

// repairThatClauseVerb corrects an adjective tag on the verb of a clause
// opened by "that" after a verb ("denied that the warning related to the
// gallery", "denied that the report concerned the dam", with "related" and
// "concerned" read as adjectives): a "that" clause needs a finite verb,
// and an "-ed" word right after its subject noun phrase, with no verb after
// it before the next comma, is that verb.
func repairThatClauseVerb(words, upos, xpos []string) {
	for i := 2; i+3 < len(words); i++ {
		if !strings.EqualFold(words[i], "that") || xpos[i] != "IN" || !strings.HasPrefix(xpos[i-1], "VB") {
			continue
		}
		k := i + 1
		if xpos[k] != "DT" && xpos[k] != "PRP$" {
			continue
		}
		k++
		for k < len(words) && (xpos[k] == "JJ" || xpos[k] == "NN" || xpos[k] == "NNP") && k+1 < len(words) && strings.HasPrefix(xpos[k+1], "NN") {
			k++
		}
		if k+1 >= len(words) || !strings.HasPrefix(xpos[k], "NN") {
			continue
		}
		x := k + 1
		if xpos[x] != "JJ" || !strings.HasSuffix(words[x], "ed") || x+1 >= len(words) {
			continue
		}
		if nx := xpos[x+1]; nx != "DT" && nx != "TO" && nx != "IN" && nx != "PRP$" && nx != "PRP" {
			continue
		}
		verb := false
		for j := x + 1; j < len(words) && words[j] != ","; j++ {
			if xpos[j] == "WDT" || xpos[j] == "WP" {
				break // "the gallery that failed": a relative clause's verb
			}
			switch xpos[j] {
			case "VBD", "VBZ", "VBP", "MD":
				verb = true
			}
		}
		if verb {
			continue
		}
		xpos[x], upos[x] = "VBD", "VERB"
	}
}

// repairRelativeNounVerb corrects a noun tag on the lone verb of a
// relative clause that closes at a comma or the end ("the dam that burst,
// and ..."): after a noun and its relative pronoun, a singular noun with
// nothing after it in the clause is the clause's verb.
func repairRelativeNounVerb(words, upos, xpos []string) {
	for i := 2; i+1 < len(words); i++ {
		if xpos[i-1] != "WDT" && xpos[i-1] != "WP" || !strings.HasPrefix(xpos[i-2], "NN") || xpos[i] != "NN" || words[i] != strings.ToLower(words[i]) {
			continue
		}
		switch strings.ToLower(words[i-1]) {
		case "that", "which", "who":
		default:
			continue
		}
		if w := words[i+1]; w != "," && w != "." {
			continue
		}
		xpos[i], upos[i] = "VBD", "VERB"
	}
}

// repairInitialCompound corrects a base-verb tag on a noun that opens a
// sentence before a plural noun it modifies ("Train drivers on the network
// stayed off the job", read as the command "Train drivers"): a sentence of
// news that ends in a period and has a past-tense verb later, with no
// comma before it, does not open with a command.
func repairInitialCompound(words, upos, xpos []string) {
	if len(words) < 4 || xpos[0] != "VB" || xpos[1] != "NNS" || !isUpperInitial(words[0]) || words[len(words)-1] != "." {
		return
	}
	for k := 2; k < len(words); k++ {
		switch {
		case words[k] == "," || words[k] == ";" || words[k] == ":" || xpos[k] == "``" || xpos[k] == "''":
			return
		case xpos[k] == "VBD" || xpos[k] == "VBN" && xpos[k-1] != "VBD" && xpos[k-1] != "VBZ" && xpos[k-1] != "VBP":
			xpos[0], upos[0] = "NN", "NOUN"
			return
		}
	}
}

// repairVerbObject corrects a plural noun tagged as a verb's third person
// right after one ("Strike halts trains across Kestria", "She wants
// cuts"): two such verbs do not follow each other, so the second is the
// first's object (NNS), unless the first links ("seems", "gets").
func repairVerbObject(words, upos, xpos []string) {
	for i := 1; i < len(words); i++ {
		if xpos[i] != "VBZ" || xpos[i-1] != "VBZ" || !presentForm(words[i]) || !presentForm(words[i-1]) || linkingVerbs[words[i-1]] {
			continue
		}
		if i+1 < len(words) && strings.HasPrefix(xpos[i+1], "VB") {
			continue
		}
		xpos[i], upos[i] = "NNS", "NOUN"
	}
}

// repairHeadlineSubject corrects a headline whose subject noun is also a
// verb's base form and whose verb is also a plural noun ("Storm cuts power
// to thousands", "Flood hits farms", tagged as the command "Storm cuts"):
// in a line with no closing period, a capitalised first word tagged VB or
// VBP, a plural-noun tag on a verb's third person after it and the start
// of a noun phrase after that, with no other verb in the first clause, are
// the subject noun (NN) and its present-tense verb (VBZ).
func repairHeadlineSubject(words, upos, xpos []string) {
	n := len(words)
	if n < 3 || words[n-1] == "." || (xpos[0] != "VB" && xpos[0] != "VBP") || !isUpperInitial(words[0]) || strings.ToUpper(words[0]) == words[0] {
		return
	}
	if xpos[1] != "NNS" || !presentForm(words[1]) || !startsNounPhrase(words[2], xpos[2]) && xpos[2] != "NNP" && xpos[2] != "NNPS" {
		return
	}
	for _, x := range xpos[2:] {
		if x == "," || x == ":" {
			break
		}
		if strings.HasPrefix(x, "VB") || x == "MD" {
			return
		}
	}
	xpos[0], upos[0] = "NN", "NOUN"
	xpos[1], upos[1] = "VBZ", "VERB"
}

// repairSubordinateVerb corrects an adverbial clause of two words that
// closes a line ("Prices rise as demand grows", "Shares slump as profits
// drop", "Rents soar while wages stall"), tagged as a compound noun with
// no verb: after a finite verb and "as" or "while", a singular noun and a
// plural-noun tag on a verb's third person are the subject and its verb
// (VBZ); a plural noun and a lower-case singular-noun or adjective tag
// are the subject and its verb (VBP).
func repairSubordinateVerb(words, upos, xpos []string) {
	n := len(words)
	for n > 0 && strings.Trim(words[n-1], ".!?\"'”’") == "" {
		n--
	}
	if n < 5 {
		return
	}
	s, w := n-3, n-1
	if sub := strings.ToLower(words[s]); sub != "as" && sub != "while" {
		return
	}
	finite := false
	for _, x := range xpos[:s] {
		if x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" {
			finite = true
		}
	}
	if !finite || words[w] != strings.ToLower(words[w]) {
		return
	}
	switch p := xpos[n-2]; {
	case (p == "NN" || p == "NNP") && xpos[w] == "NNS" && presentForm(words[w]):
		xpos[w], upos[w] = "VBZ", "VERB"
	case p == "NNS" && (xpos[w] == "NN" || xpos[w] == "JJ" || xpos[w] == "VB") && !strings.HasSuffix(words[w], "s"):
		xpos[w], upos[w] = "VBP", "VERB"
	}
}

// changeBase are base forms of verbs of change that close headlines
// ("Oil prices fall").
var changeBase = map[string]bool{
	"rise": true, "fall": true, "soar": true, "jump": true, "climb": true, "drop": true, "slide": true,
	"surge": true, "grow": true, "slump": true, "plunge": true, "tumble": true, "double": true, "dip": true,
	"ease": true, "rebound": true, "slip": true, "sink": true, "rally": true, "recover": true,
}

// treeRepairs are the repairs of the parse, in the order repairTree runs
// them.
var treeRepairs = []func(*Sentence){
	repairStrayDeterminer,
	repairOpeningParticipleRoot,
	repairHeadlineFuture,
	repairOfMark,
	repairVerbCompound,
	repairNameModifier,
	repairAppositiveSubject,
	repairSecondSubject,
	repairDoubleSubject,
	repairOuterSubjectClause,
	repairPeriodEndedTree,
	repairAsReported,
	repairSayingAside,
	repairQuoteParataxis,
	repairSplitGerund,
	repairNounRoot,
	repairSubordinateSubject,
	repairCoordinatedClause,
	repairRelativeSecondSubject,
	repairRelativeSubjectPredicate,
	repairRelativeObjectSubject,
	repairParticipleSubject,
	repairConjSubject,
	repairObjectBeforeSubordinator,
	repairWhetherCase,
	repairSubordinatorNounVerb,
	repairRelativeOnAmount,
	repairNominalVerb,
	repairAsClause,
	repairGerundConj,
	repairRateUnit,
	repairSecondObject,
	repairClosingSpeechClause,
	repairSaidSubject,
	repairSaidObjectClause,
	repairStrayThat,
	repairSecondThatClause,
	repairObjectAfterQuote,
	repairQuoteCrossing,
	repairBareInfinitive,
	repairNounComplement,
	repairPrepositionalSubject,
	repairRelativeConj,
	repairRelativeReport,
	repairToldClause,
	repairFrontedDescriptor,
	repairAfterQuote,
	repairWhoOnName,
	repairReportParticiple,
	repairContactRelative,
	repairDescribingParticiple,
	repairDescriptorRoot,
	repairSplitModal,
	repairTimeOnName,
	repairDescriptorName,
	repairDescribedNameClause,
	repairDescriptorCompound,
	repairForExample,
	repairObjectLabels,
	repairSpeechThatClause,
	repairThanClause,
	repairTimeBefore,
	repairNounObjectRelative,
	repairRelativeTense,
	repairGoOnTo,
	repairLabelSubject,
	repairRelativeOnLastConjunct,
	repairWhichOnAppositive,
	repairStrandedPredicate,
	repairObjectOnSubject,
	repairVerbOnSubject,
	repairWhoseSubject,
	repairWhoseAfterAppositive,
	repairAppositiveConj,
	repairSecondObjectAppositive,
	repairSubjectBeforeConjunction,
	repairThatDeterminerClause,
	repairSubordinatorCase,
	repairBaseConjunct,
}

// repairBaseConjunct hangs a base-form verb the parser joined to a finite
// verb or a participle ("will not be allowed to use hosepipes to water
// gardens, wash cars or fill paddling pools": "wash" a conjunct of
// "allowed") on the infinitive before it under that verb ("use"): a
// base form lists what the infinitive lists, and it shares the
// infinitive's subject, negation and modal.
func repairBaseConjunct(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		h := toks[v].Head
		if toks[v].Dep != "conj" || toks[v].XPOS != "VB" || h < 0 || h >= v {
			continue
		}
		switch toks[h].XPOS {
		case "VBN", "VBD", "VBZ", "VBP":
		default:
			continue
		}
		if childDepIndex(toks, v, "nsubj", "nsubj:pass", "aux", "mark") >= 0 {
			continue
		}
		x := -1
		for k := h + 1; k < v; k++ {
			if toks[k].Head == h && toks[k].Dep == "xcomp" && toks[k].XPOS == "VB" {
				x = k
			}
		}
		if x < 0 {
			continue
		}
		toks[v].Head = x
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head == v && toks[k].Dep == "conj" {
				toks[k].Head = x // later conjuncts join the first
			}
		}
	}
}

// repairTree runs the repairs of the parse, in order. A repair must leave
// a tree; should one make a cycle (two words each the other's head, as
// one did on "what she called \"exhausting\" rosters, under which ..."),
// which would send every walk up the tree round for ever, the repairs are
// run again from the parser's tree, each checked, and one that makes a
// cycle is undone.
func repairTree(s *Sentence) {
	var orig []Token
	if len(s.Tokens) > 0 {
		orig = slices.Clone(s.Tokens)
	}
	for _, repair := range treeRepairs {
		repair(s)
	}
	if acyclic(s.Tokens) {
		return
	}
	copy(s.Tokens, orig)
	before := make([]Token, len(s.Tokens))
	for _, repair := range treeRepairs {
		copy(before, s.Tokens)
		repair(s)
		if !acyclic(s.Tokens) {
			copy(s.Tokens, before)
		}
	}
}

// acyclic reports whether every token's chain of heads reaches the root
// (or leaves the sentence) without coming back on itself.
func acyclic(toks []Token) bool {
	// 0 unseen, 1 on the current path, 2 known to reach the root
	state := make([]uint8, len(toks))
	path := make([]int, 0, 16)
	for i := range toks {
		path = path[:0]
		k := i
		for k >= 0 && k < len(toks) && state[k] == 0 {
			state[k] = 1
			path = append(path, k)
			k = toks[k].Head
		}
		if k >= 0 && k < len(toks) && state[k] == 1 {
			return false
		}
		for _, p := range path {
			state[p] = 2
		}
	}
	return true
}

// lastUnder returns the last token of the subtree of h.
func lastUnder(toks []Token, h int) int {
	e := h
	for k := h + 1; k < len(toks); k++ {
		if under(toks, k, h) {
			e = k
		}
	}
	return e
}

// relativeSubject reports whether relative clause r has a relative
// pronoun ("who", "which", "that") as its subject.
func relativeSubject(toks []Token, r int) bool {
	for k := 0; k < r; k++ {
		if toks[k].Head == r && strings.HasPrefix(toks[k].Dep, "nsubj") && (toks[k].XPOS == "WDT" || toks[k].XPOS == "WP") {
			return true
		}
	}
	return false
}

// repairStrandedPredicate gives a sentence whose root is its subject noun
// its predicate back where the parser hung the predicate inside a relative
// clause between commas on that noun ("Councillor Omar Fenwick, who chairs
// the finance committee, voted for the budget", with "voted" a relative
// clause of "committee"; "Paul Arden, a spokesman for Norvik Rail, which
// runs the line, said trains would resume", with "said" a modifier of
// "line"): the finite verb right after the relative clause's closing comma,
// with no subject or subordinating word of its own, is the root and the
// noun its subject.
func repairStrandedPredicate(s *Sentence) {
	toks := s.Tokens
	x := rootOf(toks)
	if x < 0 || toks[x].UPOS != "PROPN" && toks[x].UPOS != "NOUN" {
		return
	}
	for r := x + 1; r < len(toks); r++ {
		if toks[r].Dep != "acl:relcl" || !under(toks, r, x) || !relativeSubject(toks, r) {
			continue
		}
		w := r
		for k := x + 1; k < r; k++ {
			if toks[k].Head == r && (toks[k].XPOS == "WDT" || toks[k].XPOS == "WP") {
				w = k
				break
			}
		}
		if w < 1 || toks[w-1].Text != "," {
			continue
		}
		v := -1 // the stranded predicate: the first verb after a comma past r
		for k := r + 1; k < len(toks); k++ {
			if !under(toks, k, r) {
				break
			}
			if toks[k-1].Text == "," && toks[k].UPOS == "VERB" {
				v = k
				break
			}
		}
		if v < 0 || !finite(toks, v) {
			return
		}
		switch toks[v].Dep {
		case "acl:relcl", "acl", "conj", "ccomp", "parataxis", "advcl":
		default:
			return
		}
		for k := range toks {
			if toks[k].Head == v {
				switch toks[k].Dep {
				case "nsubj", "nsubj:pass", "csubj", "mark", "cc", "expl":
					return
				}
				if toks[k].XPOS == "WDT" || toks[k].XPOS == "WP" {
					return
				}
			}
		}
		dep := "nsubj"
		if childDep(toks, v, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		toks[v].Head, toks[v].Dep = -1, "root"
		toks[x].Head, toks[x].Dep = v, dep
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head == x {
				toks[k].Head = v // the final stop
			}
		}
		return
	}
}

// repairObjectOnSubject gives a verb its object back where the parser
// coordinated the noun right after the verb with the verb's subject ("said
// the drought had destroyed crops of wheat and maize, and ...", with
// "crops" a conjunct of "drought"): a conjunct with no "and" or comma of
// its own that follows the verb is not part of the subject before it.
func repairObjectOnSubject(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" || childDep(toks, v, "obj") >= 0 || childDep(toks, v, "ccomp") >= 0 || childDep(toks, v, "xcomp") >= 0 {
			continue
		}
		sb := childDep(toks, v, "nsubj")
		if sb < 0 || sb > v {
			continue
		}
		for n := v + 1; n < len(toks); n++ {
			if toks[n].Head != sb || toks[n].Dep != "conj" || toks[n].UPOS != "NOUN" || childDep(toks, n, "cc") >= 0 {
				continue
			}
			first := n
			for k := v + 1; k < n; k++ {
				if under(toks, k, n) {
					first = k
					break
				}
			}
			if first != v+1 || toks[first].UPOS == "PUNCT" {
				break
			}
			toks[n].Head, toks[n].Dep = v, "obj"
			break
		}
	}
}

// repairVerbOnSubject separates two clauses the parser ran together on the
// first clause's subject ("said the strike had delayed shipments of grain,
// and the Chamber of Commerce estimated the cost", with "delayed" and
// "Chamber" both conjuncts of "strike" and "strike" the subject of
// "estimated"): a finite verb coordinated with the subject noun is that
// noun's predicate, in the place of the later verb, and the later verb,
// after ", and" and its own subject noun, a clause coordinated with the
// verb the first is hung on.
func repairVerbOnSubject(s *Sentence) {
	toks := s.Tokens
	for e := range toks {
		sb := childDep(toks, e, "nsubj")
		if toks[e].UPOS != "VERB" || sb < 0 || sb > e {
			continue
		}
		d, c, o := -1, -1, -1
		for k := sb + 1; k < e; k++ {
			if toks[k].Head != sb || toks[k].Dep != "conj" {
				continue
			}
			switch {
			case toks[k].UPOS == "VERB" && d < 0 && finite(toks, k) && childDep(toks, k, "nsubj") < 0:
				d = k
			case toks[k].UPOS == "NOUN" && d < 0 && k > 0 && toks[k-1].Head == k && toks[k-1].Dep == "amod" && toks[k-1].UPOS == "VERB" &&
				childDep(toks, k-1, "aux") >= 0 && finite(toks, k-1):
				// "the strike had delayed shipments" with "delayed" a
				// modifier of "shipments": the verb and its object
				d, o = k-1, k
			case (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") && d >= 0 && k > d:
				c = k
			}
		}
		if d < 0 || c < 0 {
			continue
		}
		cc := childDep(toks, c, "cc")
		if cc < 0 || cc < 1 || toks[cc-1].Text != "," || lastUnder(toks, c)+1 != e {
			continue
		}
		h, hd := toks[e].Head, toks[e].Dep
		if h < 0 {
			continue
		}
		dep := "nsubj"
		if childDep(toks, d, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		toks[d].Head, toks[d].Dep = h, hd
		if o >= 0 {
			toks[o].Head, toks[o].Dep = d, "obj"
		}
		toks[sb].Head, toks[sb].Dep = d, dep
		toks[e].Head, toks[e].Dep = h, "conj"
		toks[c].Head, toks[c].Dep = e, "nsubj"
		toks[cc].Head = e
		toks[cc-1].Head, toks[cc-1].Dep = e, "punct"
	}
}

// repairWhoseSubject gives a relative clause opened by "whose" its
// predicate back where the parser made the "whose" phrase an appositive of
// the noun before it and that noun the predicate's subject ("said Teodora
// Vask, whose brother Ilian, a drill operator, was among the last to
// surface", with Teodora the subject of "was among the last"): the "whose"
// phrase is the predicate's subject and the predicate a relative clause
// of the noun. The noun goes back to the verb of saying before it, or to a
// verb coordinated after the predicate ("..., thanked the rescuers").
func repairWhoseSubject(s *Sentence) {
	toks := s.Tokens
	for a := 1; a < len(toks); a++ {
		x := toks[a].Head
		for x >= 0 && (toks[x].UPOS == "PUNCT" || toks[x].Dep == "flat") {
			x = toks[x].Head // "Marek Tell, whose daughter" with the phrase on the comma
		}
		if x < 0 || x > a || toks[a].Dep != "appos" {
			continue
		}
		first := a
		for k := x + 1; k < a; k++ {
			if under(toks, k, a) && toks[k].UPOS != "PUNCT" {
				first = k
				break
			}
		}
		if toks[first].XPOS != "WP$" {
			continue
		}
		p := toks[x].Head
		if p < 0 || p <= lastUnder(toks, a) || !strings.HasPrefix(toks[x].Dep, "nsubj") {
			continue
		}
		var h int
		var hd string
		switch {
		case toks[p].Dep == "ccomp" && toks[p].Head >= 0 && toks[p].Head < x && lexicon.Speech(toks[toks[p].Head].Lemma) &&
			childDep(toks, toks[p].Head, "nsubj") < 0:
			h, hd = toks[p].Head, "nsubj" // "..., said Teodora Vask, whose ..."
		case toks[p].Dep == "root":
			c := -1
			for k := p + 1; k < len(toks); k++ {
				if toks[k].Head == p && toks[k].Dep == "conj" && toks[k].UPOS == "VERB" && childDep(toks, k, "nsubj") < 0 && childDep(toks, k, "cc") < 0 {
					c = k
					break
				}
			}
			if c < 0 {
				continue
			}
			toks[c].Head, toks[c].Dep = -1, "root"
			for k := c + 1; k < len(toks); k++ {
				if toks[k].Head == p {
					toks[k].Head = c // the final stop
				}
			}
			h, hd = c, "nsubj"
		default:
			continue
		}
		dep := "nsubj"
		if childDep(toks, p, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		toks[a].Head, toks[a].Dep = p, dep
		toks[p].Head, toks[p].Dep = x, "acl:relcl"
		toks[x].Head, toks[x].Dep = h, hd
		if e := lastUnder(toks, p); e+1 < len(toks) && toks[e+1].Text == "," && toks[e+1].Head == x {
			toks[e+1].Head = p
		}
	}
}

// repairWhoseAfterAppositive rebuilds a name with an appositive and a
// "whose" clause on it that the parser read as the "whose" clause's
// subject ("Oskar Brandl, the architect whose towers changed the skyline,
// has died at 90, his family said", with the name a compound of "towers"
// and "died" a clause of its own): the "whose" clause is a relative clause
// of the appositive noun, and the first finite verb after its closing
// comma, with no subject of its own, is the name's predicate.
func repairWhoseAfterAppositive(s *Sentence) {
	toks := s.Tokens
	for w := 1; w+1 < len(toks); w++ {
		if toks[w].XPOS != "WP$" || toks[w].Dep != "nmod:poss" {
			continue
		}
		n, a := toks[w].Head, w-1
		if n <= w || toks[a].UPOS != "NOUN" || toks[a].Dep != "appos" {
			continue
		}
		x := toks[a].Head
		v := toks[n].Head
		if x < 0 || x > a || v < 0 || !strings.HasPrefix(toks[n].Dep, "nsubj") || toks[v].UPOS != "VERB" || !under(toks, x, v) {
			continue
		}
		ok := true
		for k := x; k < v; k++ {
			ok = ok && under(toks, k, v) // nothing before the clause's verb but its own
		}
		// the predicate: the first verb after a comma past the clause's
		// verb, past its auxiliaries, hung on that verb or beside it
		e, p := -1, -1
		for k := v + 1; ok && k+1 < len(toks) && e < 0; k++ {
			if toks[k].Text != "," {
				continue
			}
			q := k + 1
			for q < len(toks) && (toks[q].Dep == "aux" || toks[q].Dep == "aux:pass" || toks[q].Dep == "advmod") && toks[q].Head > q {
				q = toks[q].Head
			}
			if q < len(toks) && toks[q].UPOS == "VERB" && (toks[q].Head == v || toks[q].Head == toks[v].Head) {
				e, p = k-1, q
			}
		}
		if p < 0 || !finite(toks, p) {
			continue
		}
		if childDep(toks, p, "nsubj") >= 0 || childDep(toks, p, "nsubj:pass") >= 0 || childDep(toks, p, "mark") >= 0 || childDep(toks, p, "cc") >= 0 {
			continue
		}
		dep := "nsubj"
		if childDep(toks, p, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		vh, vd := toks[v].Head, toks[v].Dep
		if toks[p].Head == v {
			toks[p].Head, toks[p].Dep = vh, vd
		}
		for k := range toks {
			if toks[k].Head == v && k > e {
				toks[k].Head = p // what follows the clause is the predicate's
			}
		}
		toks[v].Head, toks[v].Dep = a, "acl:relcl"
		toks[x].Head, toks[x].Dep = p, dep
		toks[e+1].Head, toks[e+1].Dep = v, "punct"
	}
}

// repairWhichOnAppositive hangs a relative clause opened by "which" right
// after an appositive that ends in a noun of its own on the appositive,
// not on the name the appositive describes ("Anton Belisko, the chief
// executive of Halvard Mining Group, which owns the mine, told reporters",
// with "owns" on "Belisko"): "which" is not said of a person, and the
// company is what owns the mine (as the parser reads "Rina Osei, the
// director of Trellis Foods, which operates four plants").
func repairWhichOnAppositive(s *Sentence) {
	toks := s.Tokens
	for r := range toks {
		x := toks[r].Head
		if toks[r].Dep != "acl:relcl" && toks[r].Dep != "parataxis" || x < 0 || x > r {
			continue
		}
		w := -1
		for k := x + 1; k < r; k++ {
			if toks[k].Head == r && strings.EqualFold(toks[k].Text, "which") {
				w = k
				break
			}
		}
		if w < 2 || toks[w-1].Text != "," {
			continue
		}
		o := w - 2 // the noun before the comma
		if toks[o].UPOS != "PROPN" && toks[o].UPOS != "NOUN" || o == x {
			continue
		}
		n := toks[o].Head
		if toks[o].Dep != "nmod" || n < 0 || toks[n].Dep != "appos" || toks[n].Head != x {
			continue
		}
		toks[r].Head, toks[r].Dep = n, "acl:relcl"
	}
}

// doubleObjectVerbs take whom something goes to and what goes ("gave the
// mayor a second term").
var doubleObjectVerbs = map[string]bool{
	"give": true, "hand": true, "grant": true, "offer": true, "award": true, "send": true, "lend": true,
	"owe": true, "promise": true, "deny": true, "pay": true, "sell": true, "earn": true, "cost": true,
}

// repairSecondObjectAppositive corrects the direct object of a verb of
// giving that the parser read as a second appositive of the first object,
// after the name between commas ("gave the mayor, Tom Rell, a second
// term" with "term" an appositive of "mayor"): the phrase that closes the
// clause after the name is what was given, and the first object whom it
// went to.
func repairSecondObjectAppositive(s *Sentence) {
	toks := s.Tokens
	for o := range toks {
		v := toks[o].Head
		if toks[o].Dep != "obj" || v < 0 || v > o || !doubleObjectVerbs[toks[v].Lemma] || childDep(toks, v, "iobj") >= 0 {
			continue
		}
		a1, a2 := -1, -1 // the name, the given phrase
		for k := o + 1; k < len(toks) && under(toks, k, o); k++ {
			if toks[k].Dep != "appos" {
				continue
			}
			if a1 < 0 {
				a1 = k
			} else if a2 < 0 && under(toks, k, o) && toks[k].UPOS == "NOUN" && toks[k-1].UPOS != "PUNCT" {
				a2 = k
			}
		}
		if a1 < 0 || a2 < 0 || toks[a1].UPOS != "PROPN" {
			continue
		}
		f := childDep(toks, a2, "det") // the given phrase's first word, after the name's closing comma
		if f < 1 || toks[f-1].Text != "," || firstUnder(toks, a2) < f-1 {
			continue
		}
		e := a2
		for k := a2 + 1; k < len(toks) && under(toks, k, a2); k++ {
			e = k
		}
		if e+1 < len(toks) && toks[e+1].UPOS != "PUNCT" || e+1 < len(toks) && toks[e+1].Text == "," {
			continue
		}
		toks[o].Dep = "iobj"
		toks[a2].Head, toks[a2].Dep = v, "obj"
		toks[f-1].Head = a1 // the name's closing comma
		if toks[a1].Head != o {
			toks[a1].Head = o
		}
		for k := o + 1; k < a1; k++ {
			if toks[k].Text == "," && toks[k].Head != a1 {
				toks[k].Head = a1
			}
		}
	}
}

// repairAppositiveConj relabels as an appositive a noun the parser read as
// the only conjunct of the subject with no conjunction, set off by commas
// on both sides ("Rovers, champions in 1994 and 2008, were relegated"), or
// as a second subject of the verb ("Kestrel, winners in 2001, were
// relegated", also with the name read as addressed): a coordination of two needs "and" or "or", a verb has one
// subject, and the phrase between commas describes the subject, which
// alone is the verb's.
func repairAppositiveConj(s *Sentence) {
	toks := s.Tokens
	for c := 2; c < len(toks); c++ {
		h := toks[c].Head
		if toks[c].Dep != "conj" || h < 0 || h >= c || toks[c].UPOS != "NOUN" || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
			continue
		}
		if !strings.HasPrefix(toks[h].Dep, "nsubj") || toks[c-1].Text != "," || childDep(toks, c, "cc") >= 0 || childDep(toks, h, "cc") >= 0 {
			continue
		}
		alone := true
		for k := range toks {
			alone = alone && (k == c || toks[k].Head != h || toks[k].Dep != "conj")
		}
		e := c // the phrase's last word
		for k := c + 1; k < len(toks) && under(toks, k, c) && toks[k].Text != ","; k++ {
			e = k
		}
		if !alone || e+2 >= len(toks) || toks[e+1].Text != "," || toks[e+2].UPOS != "AUX" && toks[e+2].UPOS != "VERB" {
			continue
		}
		toks[c].Dep = "appos"
		if toks[e+1].Head == h {
			toks[e+1].Head = c
		}
	}
	// "Kestrel, winners in 2001, were relegated": the phrase between
	// commas made a second subject of the verb
	for c := 2; c < len(toks); c++ {
		v := toks[c].Head
		if !strings.HasPrefix(toks[c].Dep, "nsubj") || v <= c || toks[c].UPOS != "NOUN" || toks[c-1].Text != "," {
			continue
		}
		h := -1 // the first subject, whose phrase ends right before the comma
		for k := 0; k < c-1; k++ {
			if toks[k].Head == v && strings.HasPrefix(toks[k].Dep, "nsubj") && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN") {
				h = k
			}
			if k == 0 && toks[k].Head == v && toks[k].Dep == "vocative" && toks[k].UPOS == "PROPN" {
				h = k // "Athletic, champions in 1987, were": the name read as addressed
			}
		}
		if h < 0 {
			continue
		}
		ok := true
		for k := h + 1; k < c-1; k++ {
			ok = ok && under(toks, k, h)
		}
		e := c
		for k := c + 1; k < len(toks) && under(toks, k, c) && toks[k].Text != ","; k++ {
			e = k
		}
		if !ok || e+2 >= len(toks) || toks[e+1].Text != "," || toks[e+2].UPOS != "AUX" && toks[e+2].UPOS != "VERB" {
			continue
		}
		if toks[h].Dep == "vocative" {
			toks[h].Dep = toks[c].Dep
		}
		toks[c].Head, toks[c].Dep = h, "appos"
		if toks[e+1].Head == h || toks[e+1].Head == v {
			toks[e+1].Head = c
		}
		if toks[c-1].Head == h || toks[c-1].Head == v {
			toks[c-1].Head = c
		}
	}
}

// repairRelativeOnLastConjunct hangs a restrictive relative clause that
// follows the last of coordinated noun phrases, each with its own
// determiner, on that last phrase, where the parser hung it on the
// first ("a wind farm in the hills and a tax break for exporters that
// will take effect in March": only the tax break takes effect), also when
// the parser made the last phrase a conjunct of a word inside the first
// ("the hills and a tax break"). Without a
// comma before it the clause narrows the phrase it follows; "men and
// women who served", with no second determiner, is left alone.
func repairRelativeOnLastConjunct(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		n := toks[v].Head
		if toks[v].Dep != "acl:relcl" || n < 0 || n > v {
			continue
		}
		c := -1 // the last conjunct before the clause, of n or of a word under it
		for k := n + 1; k < v; k++ {
			if toks[k].Dep == "conj" && toks[k].Head >= n && under(toks, toks[k].Head, n) && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
				c = k
			}
		}
		if c < 0 || (childDep(toks, c, "det") < 0 && childDep(toks, c, "nmod:poss") < 0) || (childDep(toks, toks[c].Head, "det") < 0 && childDep(toks, toks[c].Head, "nmod:poss") < 0) {
			continue
		}
		f := firstUnder(toks, v)
		switch strings.ToLower(toks[f].Text) {
		case "that", "which", "who", "whom", "whose":
		default:
			continue
		}
		ok := true
		for k := c + 1; k < f; k++ {
			ok = ok && under(toks, k, c) && toks[k].Text != ","
		}
		if ok {
			toks[v].Head = c
		}
	}
}

// repairDescribedNameClause makes the verb the root where the parser read
// "Shares in carmaker Voltra rose 3 percent" as the noun "Shares" with a
// relative clause "Voltra rose" on "carmaker": a clause with no relative
// word whose subject is a name right after a descriptor is the sentence's
// own, the name heads the descriptor's phrase, and the noun the sentence
// opens with is the subject.
func repairDescribedNameClause(s *Sentence) {
	toks := s.Tokens
	r := rootOf(toks)
	if r < 0 || toks[r].UPOS != "NOUN" {
		return
	}
	for v := r + 1; v < len(toks); v++ {
		if toks[v].Dep != "acl:relcl" || toks[v].UPOS != "VERB" {
			continue
		}
		h := toks[v].Head
		n := h + 1
		if h <= r || n >= v || toks[n].Head != v || toks[n].Dep != "nsubj" || toks[n].UPOS != "PROPN" ||
			toks[h].UPOS != "NOUN" || toks[h].Text != strings.ToLower(toks[h].Text) || !under(toks, h, r) {
			continue
		}
		clean := !relativeWord(toks, 0, v) && childDep(toks, v, "mark") < 0
		for k := 0; k < n; k++ {
			clean = clean && under(toks, k, r) // the noun's phrase opens the sentence
		}
		if !clean {
			continue
		}
		toks[n].Head, toks[n].Dep = toks[h].Head, toks[h].Dep
		if c := childDep(toks, h, "case"); c >= 0 && c < h {
			toks[c].Head = n
		}
		toks[h].Head, toks[h].Dep = n, "nmod:desc"
		toks[v].Head, toks[v].Dep = -1, "root"
		for k := range toks {
			if toks[k].Head == r && k > v {
				toks[k].Head = v // the closing mark
			}
		}
		toks[r].Head, toks[r].Dep = v, "nsubj"
		return
	}
}

// repairDescriptorName joins a descriptor in a prepositional phrase to the
// name after it, which the parser made a second subject ("Shares in
// carmaker Voltra rose" with "Voltra" a subject of "rose" beside
// "Shares"): the name heads the phrase and the noun before it describes
// it.
func repairDescriptorName(s *Sentence) {
	toks := s.Tokens
	for n := 2; n < len(toks); n++ {
		if toks[n].Dep != "nsubj" || toks[n].UPOS != "PROPN" || toks[n].Head < 0 {
			continue
		}
		d := n - 1
		if toks[d].UPOS != "NOUN" || toks[d].Dep != "nmod" || toks[d].Text != strings.ToLower(toks[d].Text) {
			continue
		}
		c := childDep(toks, d, "case")
		if c < 0 || c > d {
			continue
		}
		v := toks[n].Head
		other := false
		for k := 0; k < d; k++ {
			other = other || toks[k].Head == v && strings.HasPrefix(toks[k].Dep, "nsubj")
		}
		if !other {
			continue
		}
		toks[n].Head, toks[n].Dep = toks[d].Head, "nmod"
		toks[c].Head = n
		toks[d].Head, toks[d].Dep = n, "nmod:desc"
	}
}

// weekdays name a day of the week.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// repairTimeOnName gives a day the parser hung on a name back to the
// clause's verb ("St Aldric University Hospital on Monday denied reports"
// with "on Monday" a modifier of the hospital, so the subject read
// "... Hospital on Monday"): a name is no event a day can modify; the day
// says when the verb's event happened.
func repairTimeOnName(s *Sentence) {
	toks := s.Tokens
	for d := range toks {
		if toks[d].Dep != "nmod" || !weekdays[strings.ToLower(toks[d].Text)] {
			continue
		}
		n := toks[d].Head
		if n < 0 || toks[n].UPOS != "PROPN" {
			continue
		}
		if d+2 < len(toks) && toks[d+1].Text == "," && (toks[d+2].XPOS == "VBN" || toks[d+2].XPOS == "VBG") {
			continue // "a summit in Paris on Tuesday, attended by ...": the clause reads the phrase it follows
		}
		// the verb of the name's phrase: the head above its nominal chain
		v, top := n, n
		for k := 0; v >= 0 && k < len(toks) && toks[v].UPOS != "VERB"; k++ {
			top = v
			v = toks[v].Head
		}
		if v < 0 || toks[v].UPOS != "VERB" {
			continue
		}
		for k := range toks {
			if toks[k].Head == d && (toks[k].Dep == "acl" || toks[k].Dep == "acl:relcl" || toks[k].Dep == "appos") {
				// "a summit in Paris on Tuesday, attended by leaders":
				// the clause stays with the noun phrase, not with the day
				toks[k].Head = top
			}
		}
		toks[d].Head, toks[d].Dep = v, "obl"
	}
}

// repairSplitModal joins a modal to its verb across an aside ("it would,
// however, consider expanding the park" with "would" read as the reported
// clause and "consider" a clause of its own): the base verb after the
// aside is the modal's verb; the modal becomes its auxiliary and gives it
// its subject and attachment.
func repairSplitModal(s *Sentence) {
	toks := s.Tokens
	for m := range toks {
		if toks[m].XPOS != "MD" || toks[m].Dep == "aux" || m+1 >= len(toks) || toks[m+1].Text != "," {
			continue
		}
		v := -1
		for k := m + 2; k < len(toks) && k < m+8; k++ {
			if toks[k].Text == "," {
				if k+1 < len(toks) && toks[k+1].XPOS == "VB" {
					v = k + 1
				}
				break
			}
		}
		if v < 0 {
			continue
		}
		for k := range toks {
			if toks[k].Head == m && k != v {
				toks[k].Head = v // the subject, the commas, the aside
			}
		}
		toks[v].Head, toks[v].Dep = toks[m].Head, toks[m].Dep
		toks[m].Head, toks[m].Dep = v, "aux"
		toks[m].UPOS = "AUX"
	}
}

// relativeWord reports a relative or interrogative word (which, who,
// whose, where ...) among toks[from:to].
func relativeWord(toks []Token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(toks); k++ {
		switch toks[k].XPOS {
		case "WDT", "WP", "WP$", "WRB":
			return true
		}
	}
	return false
}

// rootOf returns the index of the first token without a head (the root),
// or -1.
func rootOf(toks []Token) int {
	for k := range toks {
		if toks[k].Head < 0 {
			return k
		}
	}
	return -1
}

// firstUnder returns the first token of the phrase headed by k.
func firstUnder(toks []Token, k int) int {
	for j := 0; j < k; j++ {
		if under(toks, j, k) {
			return j
		}
	}
	return k
}

// repairDescriptorRoot makes the verb the root of a sentence that opens
// with a descriptor and a name ("Cloud storage company Tessaract said on
// Tuesday that ...", "Carmaker Voltra Motors cut 4,000 jobs"), which the
// parser read as the noun "company" with a relative clause whose subject
// is the name: with no relative word, the name is the subject of the
// sentence's verb, and the noun before it describes it.
func repairDescriptorRoot(s *Sentence) {
	toks := s.Tokens
	r := rootOf(toks)
	if r < 0 || toks[r].UPOS != "NOUN" || r+1 >= len(toks) {
		return
	}
	for k := 0; k < r; k++ {
		if !under(toks, k, r) || toks[k].UPOS == "VERB" {
			return // the noun's phrase opens the sentence
		}
	}
	v := -1
	for k := r + 1; k < len(toks); k++ {
		if toks[k].Head == r && toks[k].Dep == "acl:relcl" && toks[k].UPOS == "VERB" {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	n := -1
	for k := r + 1; k < v; k++ {
		if toks[k].Head == v && toks[k].Dep == "nsubj" {
			n = k
		}
		if toks[k].Head == v && (toks[k].XPOS == "WDT" || toks[k].XPOS == "WP" || toks[k].Dep == "mark") {
			return // a real relative clause
		}
	}
	// the name starts right after the noun
	if n < 0 || toks[n].UPOS != "PROPN" || toks[r+1].UPOS != "PROPN" || !under(toks, r+1, n) && r+1 != n {
		return
	}
	toks[v].Head, toks[v].Dep = -1, "root"
	for k := range toks {
		if toks[k].Head == r && k > v {
			toks[k].Head = v // the closing mark and what follows
		}
	}
	toks[r].Head, toks[r].Dep = n, "nmod:desc"
}

// repairContactRelative hangs a relative clause with no relative word on
// the noun right before it ("accounts controlled by a shell company he set
// up in 2018", which the parser hung on "payments" further back): with no
// "who" or "that" to reach back, the clause can only follow its noun.
func repairContactRelative(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		if toks[v].Dep != "acl:relcl" || toks[v].Head < 0 || toks[v].Head > v {
			continue
		}
		first := firstUnder(toks, v)
		n := first - 1
		if toks[first].UPOS == "PUNCT" || n <= toks[v].Head || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" || !under(toks, n, toks[v].Head) {
			continue
		}
		// "a business whose margins have been shrinking" has its own
		if !relativeWord(toks, first, v) && childDep(toks, v, "mark") < 0 && childDep(toks, v, "nsubj") >= 0 {
			toks[v].Head = n
		}
	}
	// "said he had diverted the fees into accounts controlled by a shell
	// company he set up in 2018" with "set" a second reported clause: a
	// clause right after a noun of the first, with a subject, no marker
	// and no object, lacks the object the noun is
	for v := range toks {
		if toks[v].Dep != "ccomp" || toks[v].UPOS != "VERB" || toks[v].Head < 0 {
			continue
		}
		h := toks[v].Head
		first := firstUnder(toks, v)
		n := first - 1
		if n < 0 || toks[n].UPOS != "NOUN" || toks[first].UPOS == "PUNCT" {
			continue
		}
		c1 := -1
		for k := 0; k < n; k++ {
			if toks[k].Head == h && toks[k].Dep == "ccomp" {
				c1 = k
			}
		}
		if relativeWord(toks, first, v) || c1 < 0 || !under(toks, n, c1) || childDep(toks, v, "nsubj") < 0 || childDep(toks, v, "mark") >= 0 ||
			childDep(toks, v, "obj") >= 0 || childDep(toks, v, "ccomp") >= 0 || childDep(toks, v, "xcomp") >= 0 {
			continue
		}
		toks[v].Head, toks[v].Dep = n, "acl:relcl"
	}
}

// describingVerbs describe the noun before them as participles ("data
// belonging to 2 million customers", "a truck carrying weapons", "a video
// showing the attack"): the clause's subject does not do them.
var describingVerbs = map[string]bool{"belong": true, "contain": true, "carry": true, "involve": true,
	"show": true, "depict": true, "feature": true, "list": true, "represent": true, "cost": true}

// repairDescribingParticiple hangs such a participle on the noun object
// right before it, where the parser made it an adverbial clause of the
// verb ("hackers had stolen personal data belonging to 2 million
// customers" read as the hackers belonging to them).
func repairDescribingParticiple(s *Sentence) {
	toks := s.Tokens
	for g := 1; g < len(toks); g++ {
		if toks[g].XPOS == "VBG" && describingVerbs[toks[g].Lemma] && toks[g].Dep == "obj" && toks[g-1].Head == g && toks[g-1].Dep == "compound" && toks[g-1].UPOS == "NOUN" {
			// "stolen personal data belonging to ..." read as the
			// gerund "data belonging": the noun is the object
			c := g - 1
			for k := 0; k < g; k++ {
				if toks[k].Head == g && k != c {
					toks[k].Head = c
				}
			}
			v := toks[g].Head
			toks[c].Head, toks[c].Dep = v, "obj"
			toks[g].Head, toks[g].Dep = c, "acl"
			for k := g + 1; k < len(toks); k++ {
				if toks[k].Head == v && strings.HasPrefix(toks[k].Dep, "obl") && firstUnder(toks, k) == g+1 {
					toks[k].Head = g // "belonging to about 2 million customers"
				}
			}
			continue
		}
		if toks[g].XPOS != "VBG" || !describingVerbs[toks[g].Lemma] || toks[g].Dep != "advcl" && toks[g].Dep != "xcomp" {
			continue
		}
		v := toks[g].Head
		if v < 0 || v > g || childDep(toks, g, "nsubj") >= 0 || childDep(toks, g, "mark") >= 0 {
			continue
		}
		o := childDep(toks, v, "obj")
		if o < 0 || o > g || toks[g-1].Text == "," {
			continue
		}
		end := o
		for k := o + 1; k < g; k++ {
			if under(toks, k, o) {
				end = k
			}
		}
		if end != g-1 {
			continue
		}
		toks[g].Head, toks[g].Dep = o, "acl"
	}
}

// repairWhoOnName hangs a relative clause opened by "who" on the person
// noun whose prepositional phrase holds the name the parser hung it on ("a
// cardiologist at Johns Hopkins University who sat on the panel": the
// cardiologist sat on it, not the university): "who" stands for a person,
// and a name in the phrase of a common noun that was not recognised as a
// person's is an organisation's or a place's.
func repairWhoOnName(s *Sentence) {
	toks := s.Tokens
	repairWhoClause(toks)
	for v := range toks {
		if toks[v].Dep != "acl:relcl" {
			continue
		}
		who := false
		for k := range toks {
			who = who || toks[k].Head == v && k < v && (strings.EqualFold(toks[k].Text, "who") || strings.EqualFold(toks[k].Text, "whom"))
		}
		n := toks[v].Head
		if !who || n < 0 || toks[n].Dep != "nmod" {
			continue
		}
		m := toks[n].Head
		if m < 0 || m > n || toks[m].UPOS != "NOUN" {
			continue
		}
		switch {
		case toks[n].UPOS == "PROPN" && !strings.HasSuffix(toks[n].Ent, "PERSON"):
		case toks[n].UPOS == "NOUN" && personNouns[toks[m].Lemma] && !personNouns[toks[n].Lemma]:
			// "people with serious mobility problems, who were
			// underrepresented": the people were, not the problems
		default:
			continue
		}
		toks[v].Head = m
	}
}

// repairReportParticiple gives a participle clause after a closing report
// ("Carvenia recalled its ambassador after troops built a dam, the foreign
// ministry said, escalating a row ...") to the reported clause, whose
// subject does it: the speaker only said so.
func repairReportParticiple(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" || !lexicon.Speech(toks[v].Lemma) {
			continue
		}
		m := -1
		for k := 0; k < v; k++ {
			if toks[k].Head == v && (toks[k].Dep == "ccomp" || toks[k].Dep == "parataxis") && toks[k].UPOS == "VERB" {
				m = k
			}
		}
		if h := toks[v].Head; m < 0 && h >= 0 && h < v && (toks[v].Dep == "conj" || toks[v].Dep == "parataxis") && toks[h].UPOS == "VERB" && childDep(toks, v, "cc") < 0 {
			m = h // the report read as a second main clause, with no "and"
		}
		if m < 0 {
			continue
		}
		for g := v + 1; g < len(toks); g++ {
			if toks[g].Head != v || toks[g].Dep != "advcl" && toks[g].Dep != "xcomp" || toks[g].XPOS != "VBG" || toks[g-1].Text != "," {
				continue
			}
			if childDep(toks, g, "nsubj") >= 0 || childDep(toks, g, "mark") >= 0 || lexicon.Speech(toks[g].Lemma) {
				continue // "..., she said, adding that ...": the speaker's own
			}
			toks[g].Head, toks[g].Dep = m, "advcl"
		}
	}
}

// repairFrontedDescriptor gives a speaker's descriptor back to the
// speaker where the parser made it a fronted complement of the verb of
// saying ("Campaign group Green Meridian said ...", "Security researchers
// at the firm Blackwater Labs said ..." with "group" and "researchers"
// read as what was said): a noun right before the subject's phrase, with
// the verb's reported clause after it, describes the subject.
func repairFrontedDescriptor(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" || !lexicon.Speech(toks[v].Lemma) {
			continue
		}
		c, n, after := -1, -1, false
		for k := range toks {
			if toks[k].Head != v {
				continue
			}
			switch {
			case toks[k].Dep == "ccomp" && k < v && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN"):
				c = k
			case toks[k].Dep == "nsubj" && k < v:
				n = k
			case (toks[k].Dep == "ccomp" || toks[k].Dep == "obj") && k > v:
				after = true
			}
		}
		if c < 0 || n < 0 || c > n || !after || toks[n].UPOS != "PROPN" {
			continue
		}
		// the descriptor's phrase ends right where the subject's begins
		end := c
		for k := c + 1; k < n; k++ {
			if under(toks, k, c) {
				end = k
			}
		}
		first := n
		for k := c + 1; k < n; k++ {
			if under(toks, k, n) && k < first {
				first = k
			}
		}
		if end+1 != first || strings.ContainsAny(s.SpanText(c, n), ",\"“”") {
			continue
		}
		toks[c].Head, toks[c].Dep = n, "nmod:desc"
	}
}

// repairAfterQuote takes back from a quotation the words after its
// closing mark that the parser hung inside it (`"We are deeply sorry,"
// chief executive Mira Solberg said` with "chief" a dependent of
// "sorry"): a word after the closing mark and before the speaker's name
// belongs to the speaker's phrase.
func repairAfterQuote(s *Sentence) {
	toks := s.Tokens
	q := openingQuoteEnd(toks)
	if q < 2 {
		return
	}
	v, n := -1, -1
	for k := q + 1; k < len(toks); k++ {
		if toks[k].UPOS == "VERB" && lexicon.Speech(toks[k].Lemma) {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	for k := q + 1; k < v; k++ {
		if toks[k].Head == v && toks[k].Dep == "nsubj" {
			n = k
		}
	}
	if n < 0 {
		return
	}
	for k := q + 1; k < n; k++ {
		if h := toks[k].Head; h >= 0 && h < q && toks[k].UPOS != "PUNCT" {
			toks[k].Head = n
			switch toks[k].UPOS {
			case "ADJ":
				toks[k].Dep = "amod"
			default:
				toks[k].Dep = "compound"
			}
		}
	}
}

// repairPrepositionalSubject corrects a subject that has a preposition of
// its own, which no subject has ("In Vesnia, the nationalist Homeland
// Party, the second-largest group, has said ..." with "Vesnia" the
// subject and the party a conjunct of it): the phrase is an oblique of the
// verb, and the noun phrase after its comma that the parser hung on it as
// a conjunct or apposition is the subject.
func repairPrepositionalSubject(s *Sentence) {
	toks := s.Tokens
	for n := 1; n < len(toks); n++ {
		if toks[n].Dep != "nsubj" || toks[n].Head < 0 || childDep(toks, n, "case") < 0 || childDep(toks, n, "case") > n {
			continue
		}
		v := toks[n].Head
		if toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" && toks[v].UPOS != "ADJ" && toks[v].UPOS != "NOUN" {
			continue
		}
		c := -1
		for k := n + 1; k < v; k++ {
			if toks[k].Head == n && (toks[k].Dep == "conj" || toks[k].Dep == "appos") && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
				c = k
				break
			}
		}
		if c < 0 || !strings.HasPrefix(toks[c-1].Dep, "det") && toks[n+1].Text != "," {
			continue
		}
		if cc := childDep(toks, c, "cc"); cc >= 0 {
			continue // "In Oslo and Bergen, ..."
		}
		toks[c].Head, toks[c].Dep = v, "nsubj"
		toks[n].Dep = "obl"
		for k := c + 1; k < v; k++ {
			if toks[k].Head == n && (toks[k].Dep == "appos" || toks[k].Dep == "punct") {
				toks[k].Head = c // the rest of the subject's phrase
			}
		}
	}
}

// repairRelativeConj hangs a verb coordinated right after a relative or
// "when" clause on that clause's verb, where the parser coordinated it
// with the main predicate ("The fire is the largest since 2017, when
// blazes burned 20,000 hectares and killed four people" with "killed"
// coordinated with "largest", so the fire killed them): with no subject
// of its own and no comma before its "and", it continues the clause it
// follows.
func repairRelativeConj(s *Sentence) {
	toks := s.Tokens
	for v := 3; v < len(toks); v++ {
		if toks[v].Dep != "conj" || toks[v].UPOS != "VERB" || toks[v].Head < 0 || toks[v].Head > v {
			continue
		}
		cc := childDep(toks, v, "cc")
		if cc != v-1 || toks[cc-1].Text == "," || childDep(toks, v, "nsubj") >= 0 || childDep(toks, v, "nsubj:pass") >= 0 {
			continue
		}
		// the clause that ends right before the "and"
		b := -1
		for k := cc - 1; k > toks[v].Head; k-- {
			if (toks[k].Dep == "advcl" || toks[k].Dep == "acl:relcl") && toks[k].UPOS == "VERB" && toks[k].Head == toks[v].Head && under(toks, cc-1, k) {
				b = k
				break
			}
		}
		if b < 0 {
			continue
		}
		rel := false
		for k := range toks {
			if toks[k].Head == b && k < b {
				switch strings.ToLower(toks[k].Text) {
				case "when", "where", "which", "who", "whom", "that":
					rel = true
				}
			}
		}
		if rel {
			toks[v].Head = b
		}
	}
}

// repairRelativeReport gives a relative pronoun back to the clause a
// verb of saying reports inside a relative clause ("complications that
// reviewers said could have been detected earlier", "a man who police
// say was armed"): the parser made the pronoun the object of the verb of
// saying, but the reported clause, which has no subject, is where it
// belongs, as its subject.
func repairRelativeReport(s *Sentence) {
	toks := s.Tokens
	for r := range toks {
		switch strings.ToLower(toks[r].Text) {
		case "that", "which", "who":
		default:
			continue
		}
		v := toks[r].Head
		if v < 0 || toks[r].Dep != "obj" && toks[r].Dep != "mark" || toks[v].Dep != "acl:relcl" || !lexicon.Speech(toks[v].Lemma) {
			continue
		}
		w := childDep(toks, v, "ccomp")
		if w < 0 || w < v || childDep(toks, w, "nsubj") >= 0 || childDep(toks, w, "nsubj:pass") >= 0 || childDep(toks, w, "mark") >= 0 {
			continue
		}
		dep := "nsubj"
		if childDep(toks, w, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		toks[r].Head, toks[r].Dep = w, dep
		toks[r].UPOS, toks[r].XPOS = "PRON", "WDT"
		if strings.EqualFold(toks[r].Text, "who") {
			toks[r].XPOS = "WP"
		}
	}
}

// tellVerbs take whom they tell and a clause ("telling the court she had
// found the losses").
var tellVerbs = map[string]bool{"tell": true, "inform": true, "assure": true, "warn": true, "remind": true,
	"convince": true, "persuade": true, "notify": true}

// repairToldClause reads a clause with its own subject and object after
// the object of "tell" as what was told, where the parser made it a
// relative clause on the object ("telling the court she had discovered
// the losses"): a relative clause with no relative word and nothing
// missing, neither subject nor object, is no relative clause.
func repairToldClause(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		if toks[v].Dep != "acl:relcl" || toks[v].UPOS != "VERB" {
			continue
		}
		o := toks[v].Head
		if o < 0 || toks[o].Dep != "obj" || toks[o].Head < 0 || !tellVerbs[toks[toks[o].Head].Lemma] {
			continue
		}
		subj, obj, rel := -1, -1, false
		for k := range toks {
			if toks[k].Head != v {
				continue
			}
			switch {
			case toks[k].Dep == "nsubj" || toks[k].Dep == "nsubj:pass":
				subj = k
			case toks[k].Dep == "obj" || toks[k].Dep == "ccomp" || toks[k].Dep == "xcomp":
				obj = k
			}
			rel = rel || toks[k].XPOS == "WDT" || toks[k].XPOS == "WP" || toks[k].XPOS == "WP$" || toks[k].XPOS == "WRB"
		}
		if rel || subj < 0 || obj < 0 || subj < o {
			continue
		}
		toks[v].Head, toks[v].Dep = toks[o].Head, "ccomp"
	}
}

// contentNouns take a clause that says what they report, fear or claim
// ("reports that the batteries overheated", "fears that the bank would
// fail").
var contentNouns = map[string]bool{"report": true, "claim": true, "allegation": true, "fear": true, "concern": true,
	"worry": true, "news": true, "evidence": true, "sign": true, "warning": true, "suggestion": true, "rumour": true,
	"rumor": true, "belief": true, "fact": true, "hope": true, "assurance": true, "confirmation": true, "proof": true,
	"indication": true, "impression": true, "speculation": true, "expectation": true, "notion": true, "possibility": true,
	"likelihood": true, "risk": true, "doubt": true, "assertion": true, "accusation": true, "complaint": true,
	"suspicion": true, "insistence": true, "admission": true, "finding": true, "conclusion": true, "theory": true, "threat": true}

// handlingVerbs are done to a report or a claim itself ("the reports that
// the agency published", "the allegations that the paper printed"), so
// "that" before them is a relative pronoun.
var handlingVerbs = map[string]bool{"make": true, "write": true, "publish": true, "print": true, "file": true, "issue": true,
	"release": true, "receive": true, "read": true, "see": true, "hear": true, "deny": true, "reject": true, "dismiss": true,
	"repeat": true, "raise": true, "send": true, "give": true, "get": true, "investigate": true, "examine": true, "cite": true,
	"produce": true, "prepare": true, "submit": true, "commission": true, "sign": true, "present": true, "have": true,
	"find": true, "do": true, "leak": true, "obtain": true, "review": true, "confirm": true, "include": true, "contain": true,
	"circulate": true, "broadcast": true, "air": true, "express": true, "share": true, "voice": true, "spread": true,
	"ignore": true, "answer": true, "address": true, "lodge": true, "bring": true, "level": true, "post": true, "gather": true,
	"collect": true, "keep": true, "hold": true, "take": true, "use": true, "offer": true, "provide": true}

// repairNounComplement reads "that" after a noun of reporting, fearing or
// claiming as the word that opens the noun's content clause, not as the
// relative pronoun object of the clause's verb ("after reports that its
// batteries overheated" read as batteries that overheated the reports):
// unless the clause's verb is one done to a report or a claim ("the
// reports that the agency published"), "that" marks the clause and the
// clause is the noun's complement (acl).
func repairNounComplement(s *Sentence) {
	toks := s.Tokens
	for t := range toks {
		if !strings.EqualFold(toks[t].Text, "that") || toks[t].Dep != "obj" || toks[t].Head <= t {
			continue
		}
		v := toks[t].Head
		n := toks[v].Head
		if toks[v].Dep != "acl:relcl" || n < 0 || n != t-1 || !contentNouns[toks[n].Lemma] || handlingVerbs[toks[v].Lemma] {
			continue
		}
		toks[t].UPOS, toks[t].XPOS, toks[t].Dep = "SCONJ", "IN", "mark"
		toks[v].Dep = "acl"
	}
}

// repairSaidSubject gives a verb of saying its reported clause back when
// the parser took the clause's subject noun for the verb's object and the
// clause's verb for an adverbial clause ("residents said work on the new
// wall, promised last year, had never started" with "work" the object of
// "said" and "started" an adverbial clause of it): a finite verb with no
// subject and no subordinating word, hung on the verb of saying after its
// noun object, is what was said, and the noun its subject.
func repairSaidSubject(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" || toks[v].Lemma != "say" {
			continue
		}
		o, c := -1, -1
		if slices.ContainsFunc(toks, func(t Token) bool { return t.Head == v && (t.XPOS == "WDT" || t.XPOS == "WP") }) {
			continue // "the dam, which Carvenia says lies on its side": a relative clause
		}
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head != v {
				continue
			}
			switch {
			case toks[k].Dep == "obj" && toks[k].UPOS == "NOUN" && o < 0:
				o = k
			case toks[k].Dep == "ccomp" || toks[k].Dep == "obj" || toks[k].Dep == "xcomp":
				o = len(toks) // the verb has its complement
			case (toks[k].Dep == "advcl" || toks[k].Dep == "parataxis" || toks[k].Dep == "conj" && childDep(toks, k, "cc") < 0) && c < 0:
				c = k
			}
		}
		if c < 0 && (toks[v].Dep == "advcl" || toks[v].Dep == "parataxis") && toks[v].Head > v {
			c = toks[v].Head // "residents said work ... had never started" with "started" the root
			if !finiteClause(toks, c) || !saysOnly(toks, c, v) {
				continue
			}
			toks[v].Head, toks[v].Dep = toks[c].Head, toks[c].Dep
			for k := range toks {
				if toks[k].Head == c && toks[k].Dep == "punct" && k == len(toks)-1 {
					toks[k].Head = v
				}
			}
		} else if c < 0 || !finiteClause(toks, c) {
			continue
		}
		if o < 0 || o >= len(toks) || c < o {
			continue
		}
		toks[c].Head, toks[c].Dep = v, "ccomp"
		toks[o].Head, toks[o].Dep = c, "nsubj"
	}
}

// repairSaidObjectClause gives a verb of saying that takes no object
// besides its clause the subject of that clause back where the parser took
// the subject noun for the verb's object because a relative clause, a
// participle or an appositive sat between the noun and its verb:
//
//   - "said the libraries that will reduce hours were chosen", with "hours"
//     the subject of "chosen": a noun right after a relative clause with no
//     object is that clause's object, and the noun before it the subject of
//     the reported verb;
//   - "said the bridges, which carry most traffic, were closed", with
//     "closed" a clause of "said" with no subject: the noun is its subject;
//   - "said its pill, called rovanex, cut admissions", with "cut" a verb
//     coordinated with the noun with no "and", or an open complement of
//     "said", after a comma: the verb is what was said and the noun its
//     subject.
func repairSaidObjectClause(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		t := toks[v]
		if t.UPOS != "VERB" || !lexicon.Reporting(t.Lemma) || tellVerbs[t.Lemma] || doubleObjectVerbs[t.Lemma] || t.Lemma == "ask" || t.Lemma == "show" {
			continue
		}
		if t.Dep == "acl:relcl" || slices.ContainsFunc(toks, func(x Token) bool { return x.Head == v && (x.XPOS == "WDT" || x.XPOS == "WP") }) {
			continue // "the dam, which Carvenia says lies on its side, violated ...": a relative clause
		}
		n := -1
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head == v && (toks[k].Dep == "obj" || toks[k].Dep == "nsubj" && childDep(toks, v, "nsubj") < k) && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
				// the object, or a second subject after the verb ("The
				// inspectors said Corlan, which ...")
				n = k
				break
			}
		}
		if n < 0 || childDep(toks, v, "iobj") >= 0 {
			continue
		}
		if n+3 < len(toks) && toks[n+1].Text == "," && (toks[n+2].XPOS == "WP" || toks[n+2].XPOS == "WDT") {
			// "said Dalen, who ran the fund, had lied" with "ran" a
			// conjunct of "said": a relative clause on the noun
			if r := toks[n+2].Head; r > n+2 && toks[r].Head == v && (toks[r].Dep == "conj" || toks[r].Dep == "parataxis") && strings.HasPrefix(toks[n+2].Dep, "nsubj") {
				toks[r].Head, toks[r].Dep = n, "acl:relcl"
				toks[n+1].Head = r
			}
		}
		c, bare := -1, false // the reported clause's head
		for k := n + 1; k < len(toks); k++ {
			if toks[k].Head == v && toks[k].Dep == "ccomp" {
				c = k
				break
			}
			if toks[k].Head == v && (toks[k].Dep == "obl" || toks[k].Dep == "advcl" || toks[k].Dep == "xcomp") && childDep(toks, k, "cop") >= 0 &&
				childDep(toks, k, "nsubj") < 0 && childDep(toks, k, "mark") < 0 {
				c = k // "said the ferries, which carry ..., were out of service" with "service" an oblique
				break
			}
		}
		if c < 0 {
			// "said its pill, called rovanex, cut admissions"
			for k := n + 1; k < len(toks); k++ {
				onNoun := toks[k].Head == n && toks[k].Dep == "conj"
				// on the verb only as a base form ("cut"), the tag that
				// misled the parser: "who first reported the post,
				// said ..." coordinates two verbs of the subject
				onVerb := toks[k].Head == v && toks[k].XPOS == "VB" &&
					(toks[k].Dep == "xcomp" || toks[k].Dep == "advcl" || toks[k].Dep == "parataxis" || toks[k].Dep == "conj")
				if (onNoun || onVerb) && toks[k].UPOS == "VERB" && toks[k-1].Text == "," &&
					childDep(toks, k, "cc") < 0 && bareFinite(toks, k) {
					c, bare = k, true
					break
				}
			}
		}
		if c < 0 {
			// "said the schools that lost funding would appeal", with
			// "appeal" a clause of "lost"
			for r := n + 1; r < len(toks); r++ {
				if toks[r].Head == n && toks[r].Dep == "acl:relcl" {
					if k := childDep(toks, r, "ccomp"); k > r && !lexicon.Reporting(toks[r].Lemma) && !lexicon.Factive(toks[r].Lemma) {
						c = k
					}
					break
				}
			}
		}
		if c < 0 {
			// "said Corlan, which operates the plant, had ignored ...",
			// with "ignored" a modifier inside the relative clause: the
			// first finite verb after the clause's closing comma
			for r := n + 1; r < len(toks) && c < 0; r++ {
				if toks[r].Head != n || toks[r].Dep != "acl:relcl" || toks[n+1].Text != "," {
					continue
				}
				for k := r + 1; k < len(toks) && under(toks, k, r); k++ {
					if toks[k].UPOS != "VERB" || toks[k-1].Text != "," && !(toks[k-1].Dep == "aux" && k >= 2 && toks[k-2].Text == ",") {
						continue
					}
					if finite(toks, k) && childDep(toks, k, "nsubj") < 0 && childDep(toks, k, "nsubj:pass") < 0 && childDep(toks, k, "mark") < 0 &&
						childDep(toks, k, "cc") < 0 && (toks[k].Dep == "acl" || toks[k].Dep == "acl:relcl" || toks[k].Dep == "conj" || toks[k].Dep == "parataxis" || toks[k].Dep == "advcl") {
						c = k
					}
					break
				}
				break
			}
		}
		if c < 0 && strandedCopula(toks, n) {
			continue
		}
		if c < 0 || childDep(toks, c, "mark") >= 0 || childDep(toks, c, "expl") >= 0 || !bare && !clauseFinite(toks, c) {
			continue
		}
		subj := -1
		for k := range toks {
			if toks[k].Head == c && (toks[k].Dep == "nsubj" || toks[k].Dep == "nsubj:pass" || toks[k].Dep == "csubj") {
				subj = k
			}
		}
		if subj >= 0 {
			// the clause's subject must be the object a relative clause
			// on the noun lacks, right after it
			r := -1
			for k := n + 1; k < subj; k++ {
				if toks[k].Head == n && toks[k].Dep == "acl:relcl" && toks[k].UPOS == "VERB" {
					r = k
				}
			}
			if r < 0 || subj > c || toks[subj].UPOS != "NOUN" || toks[subj].Dep == "csubj" || childDep(toks, r, "obj") >= 0 ||
				childDep(toks, r, "xcomp") >= 0 || lexicon.Reporting(toks[r].Lemma) || lexicon.Factive(toks[r].Lemma) {
				continue
			}
			if x := childDep(toks, r, "ccomp"); x >= 0 && x != c {
				continue
			}
			ok := true
			for k := r + 1; k < subj; k++ {
				ok = ok && toks[k].Text != "," && (under(toks, k, r) || under(toks, k, subj))
			}
			if !ok {
				continue
			}
			toks[subj].Head, toks[subj].Dep = r, "obj"
		}
		dep := "nsubj"
		if childDep(toks, c, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		toks[c].Head, toks[c].Dep = v, "ccomp"
		toks[n].Head, toks[n].Dep = c, dep
	}
}

// strandedCopula rebuilds the reported clause of a verb of saying whose
// object n has a relative clause between commas and whose clause's "be"
// the parser hung inside the relative clause ("said the lakes, which
// supply about 4 million people, were at 17 percent", with "were" a
// modifier of "people" and "percent" its dependent): the nominal after
// "be" is the clause's predicate, "be" its copula and n its subject. It
// reports whether it did.
func strandedCopula(toks []Token, n int) bool {
	v := toks[n].Head
	r := -1
	for k := n + 1; k < len(toks); k++ {
		if toks[k].Head == n && toks[k].Dep == "acl:relcl" {
			r = k
			break
		}
	}
	if r < 0 || toks[n+1].Text != "," {
		return false
	}
	for x := r + 1; x+1 < len(toks); x++ {
		t := toks[x]
		if t.UPOS != "AUX" || t.Lemma != "be" || toks[x-1].Text != "," || !under(toks, x, r) {
			continue
		}
		switch t.Dep {
		case "aux", "aux:pass", "cop":
			return false
		}
		switch t.XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			return false
		}
		p := -1
		for k := x + 1; k < len(toks); k++ {
			if toks[k].Head == x && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "ADJ" || toks[k].UPOS == "NUM") {
				p = k
				break
			}
			if toks[k].Head == x && toks[k].UPOS == "VERB" {
				return false
			}
		}
		if p < 0 {
			return false
		}
		for k := range toks {
			if toks[k].Head == x && k != p {
				toks[k].Head = p
			}
		}
		for k := p + 1; k < len(toks); k++ {
			if toks[k].Head == p && toks[k].Dep == "nmod" {
				if c := childDep(toks, k, "case"); c >= 0 && !strings.EqualFold(toks[c].Text, "of") {
					toks[k].Dep = "obl" // "on Thursday": when the clause holds
				}
			}
		}
		toks[x-1].Head, toks[x-1].Dep = p, "punct"
		toks[p].Head, toks[p].Dep = v, "ccomp"
		toks[x].Head, toks[x].Dep = p, "cop"
		toks[n].Head, toks[n].Dep = p, "nsubj"
		return true
	}
	return false
}

// repairStrayThat rebuilds a "that" clause the parser hung on "that"
// itself, with "that" marking the closing punctuation ("found that Velta
// had misled customers", with "misled" a relative clause of "that"): the
// verb under "that" is the complement of the verb before it and "that" its
// marker.
func repairStrayThat(s *Sentence) {
	toks := s.Tokens
	for m := 1; m+1 < len(toks); m++ {
		t := toks[m]
		if !strings.EqualFold(t.Text, "that") || t.UPOS != "SCONJ" || t.Dep != "mark" || t.Head < 0 || toks[t.Head].UPOS != "PUNCT" {
			continue
		}
		v := m - 1
		if toks[v].UPOS != "VERB" {
			continue
		}
		c := -1
		for k := m + 1; k < len(toks); k++ {
			if toks[k].Head == m && toks[k].UPOS == "VERB" {
				c = k
				break
			}
		}
		if c < 0 || !finite(toks, c) || under(toks, v, c) {
			continue
		}
		for k := range toks {
			if toks[k].Head == m && k != c {
				toks[k].Head = c
			}
		}
		toks[c].Head, toks[c].Dep = v, "ccomp"
		toks[m].Head = c
	}
}

// repairSecondThatClause hangs a second "that" clause after ", and" that
// the parser hung on the conjunction itself ("said that the pipe had been
// repaired, and that they were still testing the water", with "testing"
// under "and") on the first "that" clause, as its conjunct, with the
// conjunction its own.
func repairSecondThatClause(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		c := toks[v].Head
		if toks[v].UPOS != "VERB" || c < 0 || c > v || toks[c].UPOS != "CCONJ" {
			continue
		}
		m := childDep(toks, v, "mark")
		if m < 0 || !strings.EqualFold(toks[m].Text, "that") || m != c+1 {
			continue
		}
		f := -1 // the first "that" clause: the last complement before c
		for k := 0; k < c; k++ {
			if toks[k].Dep == "ccomp" && lastUnder(toks, k) < c {
				if mk := childDep(toks, k, "mark"); mk >= 0 && strings.EqualFold(toks[mk].Text, "that") {
					f = k
				}
			}
		}
		if f < 0 {
			continue
		}
		toks[v].Head, toks[v].Dep = f, "conj"
		toks[c].Head, toks[c].Dep = v, "cc"
		if c > 0 && toks[c-1].Text == "," {
			toks[c-1].Head, toks[c-1].Dep = v, "punct"
		}
	}
}

// repairObjectAfterQuote gives a verb that closes a quotation its object
// back where the parser hung the noun after the closing quotation mark on
// a verb far before it ("they were \"not ruling out\" arson", with "arson"
// the object of an earlier verb): the noun right after the quote is the
// object of the verb the quote ends with, when that verb has none.
func repairObjectAfterQuote(s *Sentence) {
	toks := s.Tokens
	for n := 2; n < len(toks); n++ {
		switch toks[n].Dep {
		case "obj", "advmod", "dep", "obl:unmarked":
		default:
			continue
		}
		if toks[n-1].XPOS != "''" || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" || calendarName(toks[n].Text) || lexicon.TimeWord(strings.ToLower(toks[n].Text)) {
			continue
		}
		v := toks[n-1].Head
		if v < 0 || v >= n-1 || toks[v].UPOS != "VERB" || toks[n].Head == v || childDep(toks, v, "obj") >= 0 || childDep(toks, v, "ccomp") >= 0 {
			continue
		}
		if toks[n].Head > v || under(toks, v, n) {
			continue // the noun's verb is after the quoted one, or the quoted word modifies the noun ("\"exhausting\" rosters")
		}
		toks[n].Head, toks[n].Dep = v, "obj"
	}
}

// bareFinite reports whether verb c, with no auxiliary, subject or
// subordinating word, reads as a finite verb: a past or present tense, or a
// base form spelt as its past ("cut", "set").
func bareFinite(toks []Token, c int) bool {
	for k := range toks {
		if toks[k].Head == c {
			switch toks[k].Dep {
			case "aux", "aux:pass", "mark", "nsubj", "nsubj:pass", "csubj", "cop":
				return false
			}
		}
	}
	switch toks[c].XPOS {
	case "VBD", "VBZ":
		return true
	case "VB", "VBP":
		return sameFormPast[strings.ToLower(toks[c].Text)]
	}
	return false
}

// sameFormPast are verbs whose past tense is spelt as their base form.
var sameFormPast = map[string]bool{"cut": true, "set": true, "put": true, "hit": true, "cost": true, "let": true,
	"shut": true, "spread": true, "hurt": true, "quit": true, "split": true, "bid": true, "burst": true, "cast": true}

// clauseFinite reports whether c heads a finite clause: a finite verb, or a
// predicate with a finite copula or auxiliary.
func clauseFinite(toks []Token, c int) bool {
	if toks[c].UPOS == "VERB" && finite(toks, c) {
		return true
	}
	for k := range toks {
		if toks[k].Head == c && (toks[k].Dep == "cop" || toks[k].Dep == "aux") {
			switch toks[k].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// childDep returns the first dependent of h with relation dep, or -1.
func childDep(toks []Token, h int, dep string) int {
	for k := range toks {
		if toks[k].Head == h && toks[k].Dep == dep {
			return k
		}
	}
	return -1
}

// saysOnly reports whether the verb of saying v is the only clause hung
// on verb c before it, so that taking c as what v reports leaves nothing
// of c's own before it.
func saysOnly(toks []Token, c, v int) bool {
	for k := 0; k < c; k++ {
		if toks[k].Head == c && k != v && toks[k].Dep != "aux" && toks[k].Dep != "aux:pass" && toks[k].Dep != "advmod" && toks[k].Dep != "punct" && toks[k].Dep != "cop" {
			return false
		}
	}
	return true
}

// finiteClause reports whether verb c heads a finite clause of its own
// with no subject and no subordinating word: a past or present tense, or
// an auxiliary before it.
func finiteClause(toks []Token, c int) bool {
	finite := toks[c].XPOS == "VBD" || toks[c].XPOS == "VBZ" || toks[c].XPOS == "VBP"
	for k := range toks {
		if toks[k].Head != c {
			continue
		}
		switch toks[k].Dep {
		case "nsubj", "nsubj:pass", "csubj", "mark", "expl":
			return false
		case "aux", "aux:pass":
			finite = finite || toks[k].XPOS == "MD" || toks[k].XPOS == "VBD" || toks[k].XPOS == "VBZ" || toks[k].XPOS == "VBP"
		}
	}
	return finite && toks[c].UPOS == "VERB"
}

// bareInfinitiveVerbs take an object and a bare infinitive after it ("help
// workers find new jobs", "let farmers sell", "made them pay").
var bareInfinitiveVerbs = map[string]bool{"help": true, "let": true, "make": true}

// repairBareInfinitive hangs a bare infinitive right after the object of
// "help", "let" or "make" on that verb ("would offer early retirement and
// help workers find new jobs" with "find" read as a third verb coordinated
// with "offer"): the verb is the object's action, an open complement
// (xcomp) of the verb before it.
func repairBareInfinitive(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" || !bareInfinitiveVerbs[toks[v].Lemma] {
			continue
		}
		o := -1
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head == v && toks[k].Dep == "obj" {
				o = k
				break
			}
		}
		if o < 0 {
			continue
		}
		end := o
		for k := o + 1; k < len(toks) && under(toks, k, o); k++ {
			end = k
		}
		b := end + 1
		if b >= len(toks) || toks[b].UPOS != "VERB" || toks[b].XPOS != "VB" && toks[b].XPOS != "VBP" || toks[b].Head == v && toks[b].Dep == "xcomp" {
			continue
		}
		subject := false
		for k := range toks {
			subject = subject || toks[k].Head == b && (toks[k].Dep == "nsubj" || toks[k].Dep == "aux" || toks[k].Dep == "mark")
		}
		if subject || !under(toks, v, toks[b].Head) && toks[b].Head != toks[v].Head {
			continue
		}
		toks[b].Head, toks[b].Dep = v, "xcomp"
	}
}

// repairClosingSpeechClause gives back to the main clause an adverbial
// clause the parser hung on a closing verb of saying as what was said ("A
// student was in a stable condition after being struck by a police
// vehicle, the city's main hospital said": "after being struck" read as
// the hospital's words): a complement before the closing verb that opens
// with a subordinating word is an adverbial clause of the verb it follows.
func repairClosingSpeechClause(s *Sentence) {
	toks := s.Tokens
	for v, t := range toks {
		if t.Dep != "parataxis" || t.UPOS != "VERB" || !lexicon.Speech(t.Lemma) || t.Head < 0 || t.Head > v {
			continue
		}
		for c := t.Head + 1; c < v; c++ {
			if toks[c].Head != v || toks[c].Dep != "ccomp" {
				continue
			}
			for k := 0; k < c; k++ {
				if toks[k].Head == c && toks[k].Dep == "mark" {
					switch strings.ToLower(toks[k].Text) {
					case "after", "before", "when", "while", "because", "since", "until", "as", "although", "though":
						toks[c].Head, toks[c].Dep = t.Head, "advcl"
					}
				}
			}
		}
	}
}

// rateUnits are the nouns a rate is per ("130 kilometres an hour", "60
// million euros a day").
var rateUnits = map[string]bool{"hour": true, "day": true, "week": true, "month": true, "year": true, "minute": true,
	"second": true, "night": true, "head": true, "person": true, "patient": true, "barrel": true, "tonne": true, "ton": true,
	"share": true, "kilometre": true, "kilometer": true, "mile": true, "litre": true, "liter": true, "gallon": true}

// repairRateUnit hangs the unit of a rate ("an hour", "a day", "per
// share") that the parser made a second object or an oblique of the verb
// on the measure before it ("brought winds of up to 130 kilometres an
// hour to the coast" with "hour" an object of "brought"); a phrase the
// unit took along ("to the coast") goes back to the verb.
func repairRateUnit(s *Sentence) {
	toks := s.Tokens
	for u := 2; u < len(toks); u++ {
		t := toks[u]
		if t.UPOS != "NOUN" || !rateUnits[strings.ToLower(t.Text)] || t.Head < 0 {
			continue
		}
		d := u - 1
		if toks[d].Head != u || toks[d].Dep != "det" {
			continue
		}
		switch strings.ToLower(toks[d].Text) {
		case "a", "an", "per", "each":
		default:
			continue
		}
		v := t.Head
		if toks[v].UPOS != "VERB" || !strings.HasPrefix(t.Dep, "obj") && !strings.HasPrefix(t.Dep, "obl") {
			continue
		}
		m := u - 2 // the measure: a noun of amount or a number
		if toks[m].UPOS != "NOUN" && toks[m].UPOS != "NUM" || !under(toks, m, v) {
			continue
		}
		toks[u].Head, toks[u].Dep = m, "nmod:npmod"
		for k := u + 1; k < len(toks); k++ {
			if toks[k].Head != u {
				continue
			}
			switch {
			case toks[k].Dep == "nmod":
				toks[k].Head, toks[k].Dep = v, "obl"
			case toks[k].UPOS == "VERB" || toks[k].Dep == "punct":
				toks[k].Head = v // ", bringing down trees": the verb's clause
				if toks[k].Dep == "acl" {
					toks[k].Dep = "advcl"
				}
			}
		}
	}
}

// ditransitive verbs take a receiver and a thing ("cost it 11 million
// euros", "gave the workers a rise").
var ditransitive = map[string]bool{"cost": true, "give": true, "offer": true, "pay": true, "owe": true, "send": true,
	"show": true, "tell": true, "charge": true, "lend": true, "award": true, "grant": true, "hand": true, "sell": true,
	"promise": true, "deny": true, "save": true, "earn": true, "win": true, "bring": true, "fine": true, "refund": true}

// repairSecondObject reads the first of two objects of a verb that takes
// a receiver and a thing as its indirect object ("would cost it about 11 million euros", "offered the
// workers a 3 percent rise"): the thing given or charged is the object.
func repairSecondObject(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" || !ditransitive[toks[v].Lemma] {
			continue
		}
		var objs []int
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head == v && toks[k].Dep == "obj" {
				objs = append(objs, k)
			}
		}
		if len(objs) != 2 {
			continue
		}
		o1, o2 := objs[0], objs[1]
		for k := o1 + 1; k < o2; k++ {
			if !under(toks, k, o1) && !under(toks, k, o2) || toks[k].UPOS == "VERB" {
				o1 = -1 // something of the verb's, or a verb, between them
				break
			}
		}
		if lexicon.TimeWord(strings.ToLower(toks[o2].Text)) || strings.EqualFold(toks[o2].Text, "quarter") || strings.EqualFold(toks[o2].Text, "time") {
			continue // "outpaced the industry every quarter": a time, no object
		}
		if o1 < 0 || o1 != v+1 && !under(toks, v+1, o1) {
			continue
		}
		toks[o1].Dep = "iobj"
	}
}

// repairGerundConj hangs a base-form verb that the parser coordinated with
// a gerund on the base-form verb the gerund complements ("should stop
// using the heaters and contact Brightlane": "contact" goes with "stop",
// what the customers should do, not with "using").
func repairGerundConj(s *Sentence) {
	toks := s.Tokens
	for c, t := range toks {
		if t.Dep != "conj" || t.XPOS != "VB" || t.Head < 0 {
			continue
		}
		g := t.Head
		if toks[g].XPOS != "VBG" || toks[g].Dep != "xcomp" || toks[g].Head < 0 {
			continue
		}
		if v := toks[g].Head; toks[v].XPOS == "VB" && v < g {
			toks[c].Head = v
		}
	}
}

// subordinatorCase returns noun n's preposition when it is one that also
// opens clauses ("after", "before", "until", "since", "as", "while"), or
// -1.
func subordinatorCase(toks []Token, n int) int {
	for k := 0; k < n; k++ {
		if toks[k].Head == n && toks[k].Dep == "case" {
			switch strings.ToLower(toks[k].Text) {
			case "after", "before", "until", "since", "as", "while":
				return k
			}
		}
	}
	return -1
}

// repairNominalVerb retags a plural noun the tagger read as a present-tense
// verb where the parse made it a noun all the same (an object or a
// subject: "recalls 150,000 Skyhopper drones after battery fires" with
// "drones" a verb and "Skyhopper" its subject): a noun, with the name
// before it its compound.
func repairNominalVerb(s *Sentence) {
	toks := s.Tokens
	for v, t := range toks {
		if t.XPOS != "VBZ" || t.UPOS != "VERB" || !strings.HasSuffix(t.Text, "s") {
			continue
		}
		switch t.Dep {
		case "obj", "nsubj", "nsubj:pass", "iobj":
		default:
			continue
		}
		toks[v].XPOS, toks[v].UPOS = "NNS", "NOUN"
		for k := range toks {
			if toks[k].Head == v && strings.HasPrefix(toks[k].Dep, "nsubj") && k < v {
				toks[k].Dep = "compound"
			}
		}
	}
}

// repairAsClause corrects a clause opened by "as", "while" or "after" that
// the parser read as a prepositional phrase on the object before it, the
// object then made the subject of the clause's verb ("Storm floods
// Ashcombe as River Maddle bursts banks": "Ashcombe as River Maddle" the
// subject of "bursts"): the object goes back to the first verb, the name
// after the word is the clause's subject and the word its marker.
func repairAsClause(s *Sentence) {
	toks := s.Tokens
	for v, t := range toks {
		if t.UPOS != "VERB" || t.Head < 0 || t.Head >= v {
			continue
		}
		h := t.Head
		n := -1
		for k := h + 1; k < v; k++ {
			if toks[k].Head == v && toks[k].Dep == "nsubj" {
				n = k
			}
		}
		if n < 0 || n != h+1 && !(n == h+2 && toks[h+1].Dep == "det") {
			continue
		}
		m, as := -1, -1
		for k := n + 1; k < v; k++ {
			if toks[k].Head == n && toks[k].Dep == "nmod" {
				m = k
			}
		}
		if m < 0 {
			continue
		}
		for k := n + 1; k < m; k++ {
			if toks[k].Head == m && toks[k].Dep == "case" {
				switch strings.ToLower(toks[k].Text) {
				case "as", "while", "after", "when", "before":
					as = k
				}
			}
		}
		if as < 0 {
			continue
		}
		for k := m + 1; k < v; k++ {
			if !under(toks, k, m) {
				as = -1
			}
		}
		if as < 0 {
			continue
		}
		toks[n].Head, toks[n].Dep = h, "obj"
		subordinate(toks, v, m, as)
		toks[v].Dep = "advcl"
	}
}

// repairConjSubject gives a verb the parser made a conjunct with no
// subject the noun phrase right before it as its subject:
//   - "..., and a fire in a garden shed caused damage": the noun was made
//     a conjunct of the first verb too; the noun becomes the subject and
//     the conjunction goes with the verb;
//   - "arrested 40 people after a protest against a new tax turned
//     violent": the noun, the object of "after", was made an oblique and
//     the verb a conjunct with no "and"; the noun becomes the subject and
//     the preposition the marker of a clause on the oblique's verb.
func repairConjSubject(s *Sentence) {
	toks := s.Tokens
	for v := 2; v < len(toks); v++ {
		t := toks[v]
		if t.UPOS != "VERB" || t.Dep != "conj" || t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" {
			continue
		}
		cc, subj := -1, false
		for k, c := range toks {
			if c.Head == v && c.Dep == "cc" {
				cc = k
			}
			subj = subj || c.Head == v && strings.HasPrefix(c.Dep, "nsubj")
		}
		if subj {
			continue
		}
		// the noun phrase right before v: its head n, every word between
		// under it
		n := v - 1
		for n >= 0 && toks[n].Head > n && toks[n].Head < v {
			n = toks[n].Head
		}
		for n >= 0 && toks[n].Head >= 0 && toks[n].Head < n && under(toks, v-1, n) && toks[n].UPOS != "NOUN" {
			n = toks[n].Head
		}
		if n >= 0 && toks[n].UPOS == "NOUN" && toks[n].Dep == "nmod" && subordinatorCase(toks, n) >= 0 {
			// "close its factory after first-quarter profit fell": the
			// noun after "after" was read as a phrase on the object
			m := subordinatorCase(toks, n)
			g := toks[n].Head
			for g >= 0 && toks[g].UPOS != "VERB" {
				g = toks[g].Head
			}
			if g < 0 || cc >= 0 || under(toks, g, v) || !under(toks, v-1, n) {
				continue
			}
			toks[v].Head, toks[v].Dep = g, "advcl"
			toks[m].Head, toks[m].Dep = v, "mark"
			toks[n].Head, toks[n].Dep = v, "nsubj"
			continue
		}
		for n > 0 && toks[n].Dep == "nmod" && toks[n].Head < n && toks[toks[n].Head].UPOS == "NOUN" {
			n = toks[n].Head // "a protest against a new fuel tax": the protest
		}
		if n < 0 || toks[n].UPOS != "NOUN" || !under(toks, v-1, n) {
			continue
		}
		switch {
		case toks[n].Dep == "conj" && toks[n].Head == t.Head && cc < 0:
			// "..., and a fire ... caused": the fire's "and" is the verb's
			for k := range toks {
				if toks[k].Head == n && toks[k].Dep == "cc" {
					toks[k].Head = v
				}
			}
			toks[n].Head, toks[n].Dep = v, "nsubj"
		case toks[n].Dep == "obl" && cc < 0:
			m := -1
			for k := range toks {
				if toks[k].Head == n && toks[k].Dep == "case" && k < n {
					m = k
				}
			}
			if m < 0 {
				continue
			}
			switch strings.ToLower(toks[m].Text) {
			case "after", "before", "until", "since", "as", "because", "when", "while":
			default:
				continue
			}
			h := toks[n].Head
			if under(toks, h, v) {
				continue
			}
			toks[v].Head, toks[v].Dep = h, "advcl"
			toks[m].Head, toks[m].Dep = v, "mark"
			toks[n].Head, toks[n].Dep = v, "nsubj"
		}
	}
}

// repairObjectBeforeSubordinator gives a verb its object back where the
// parser made the object the subject of a later verb and the subordinate
// clause's subject a phrase of it ("they removed eleven protesters after a
// group tried to unfurl a banner", with "protesters after a group" the
// subject of "tried", coordinated with "removed" with no "and"): the noun
// after "after" is the later verb's subject, the preposition its marker,
// and the noun before it the object of the verb it follows.
func repairObjectBeforeSubordinator(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		t := toks[v]
		u := t.Head
		if t.UPOS != "VERB" || t.Dep != "conj" || u < 0 || u > v || childDep(toks, v, "cc") >= 0 || toks[u].UPOS != "VERB" {
			continue
		}
		sb := childDep(toks, v, "nsubj")
		if sb < 0 || sb < u || sb > v || toks[sb].UPOS != "NOUN" || childDep(toks, u, "obj") >= 0 || childDep(toks, u, "ccomp") >= 0 {
			continue
		}
		n := -1
		for k := sb + 1; k < v; k++ {
			if toks[k].Head == sb && toks[k].Dep == "nmod" && toks[k].UPOS == "NOUN" {
				n = k
			}
		}
		if n < 0 || lastUnder(toks, n)+1 != v {
			continue
		}
		m := subordinatorCase(toks, n)
		if m < 0 || m != sb+1 && !under(toks, m-1, sb) {
			continue
		}
		toks[sb].Head, toks[sb].Dep = u, "obj"
		subordinate(toks, v, n, m)
		toks[v].Dep = "advcl"
	}
}

// repairWhetherCase rebuilds a "whether" clause whose subject the parser
// made a prepositional phrase with "whether" as its preposition and whose
// verb it hung elsewhere, after a relative clause or participle on the
// subject ("declined to say whether the project, which is due in 2028,
// would be delayed", with "the project" an oblique of "say" and "delayed"
// a clause of the sentence's first verb): the first finite verb after the
// noun's phrase, with no subject of its own, is the clause's verb, the
// noun its subject and "whether" its marker.
func repairWhetherCase(s *Sentence) {
	toks := s.Tokens
	for m := range toks {
		if toks[m].Dep != "case" || !strings.EqualFold(toks[m].Text, "whether") && !strings.EqualFold(toks[m].Text, "if") {
			continue
		}
		n := toks[m].Head
		if n < 0 || n < m || toks[n].Head < 0 || toks[toks[n].Head].UPOS != "VERB" {
			continue
		}
		v := toks[n].Head
		c := lastUnder(toks, n) + 1
		if c < len(toks) && toks[c].Text == "," {
			c++
		}
		for c < len(toks) && (toks[c].Dep == "aux" || toks[c].Dep == "aux:pass" || toks[c].Dep == "advmod") && toks[c].Head > c {
			c = toks[c].Head
		}
		if c >= len(toks) || toks[c].UPOS != "VERB" || !finite(toks, c) || under(toks, v, c) {
			continue
		}
		if childDep(toks, c, "nsubj") >= 0 || childDep(toks, c, "nsubj:pass") >= 0 || childDep(toks, c, "mark") >= 0 {
			continue
		}
		dep := "nsubj"
		if childDep(toks, c, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		toks[c].Head, toks[c].Dep = v, "ccomp"
		toks[n].Head, toks[n].Dep = c, dep
		toks[m].Head, toks[m].Dep, toks[m].UPOS = c, "mark", "SCONJ"
		if toks[c-1].Text == "," && toks[c-1].Head != c {
			toks[c-1].Head = n
		}
	}
}

// repairSubordinatorNounVerb rebuilds a clause opened by "until", "after",
// "before", "since", "as" or "while" that the parser read as a
// prepositional phrase followed by a stray verb ("would stay in place until
// the rainy season begins", with "season" a phrase of "place" and "begins"
// an oblique of "stay"): a finite verb right after the noun, with no
// subject of its own, is the clause's verb, the noun its subject and the
// preposition its marker; the clause modifies the verb the noun's phrase
// is in. A clause whose subject got the preposition as its case, hung as a
// relative clause on a noun ("vote on the plan after the election is
// held"), modifies that verb too.
func repairSubordinatorNounVerb(s *Sentence) {
	toks := s.Tokens
	for n := 1; n+1 < len(toks); n++ {
		if m := subordinatorCase(toks, n); m >= 0 && strings.HasPrefix(toks[n].Dep, "nsubj") && toks[n].Head > n {
			// "vote on the plan after the election is held", with "held"
			// a relative clause of "plan" and "after" on "election"
			v := toks[n].Head
			g := toks[v].Head
			for g >= 0 && toks[g].UPOS != "VERB" {
				g = toks[g].Head
			}
			if (toks[v].Dep == "acl:relcl" || toks[v].Dep == "acl") && g >= 0 && g < n && childDep(toks, v, "mark") < 0 {
				toks[v].Head, toks[v].Dep = g, "advcl"
				toks[m].Head, toks[m].Dep, toks[m].UPOS = v, "mark", "SCONJ"
			}
			continue
		}
		if toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" || toks[n].Dep != "nmod" && toks[n].Dep != "obl" {
			continue
		}
		m := subordinatorCase(toks, n)
		v := lastUnder(toks, n) + 1
		if m < 0 || v >= len(toks) || toks[v].UPOS != "VERB" || toks[v].XPOS != "VBZ" && toks[v].XPOS != "VBD" && toks[v].XPOS != "VBP" {
			continue
		}
		if childDep(toks, v, "nsubj") >= 0 || childDep(toks, v, "nsubj:pass") >= 0 || childDep(toks, v, "mark") >= 0 || childDep(toks, v, "obj") >= 0 {
			continue
		}
		g := toks[n].Head
		for g >= 0 && toks[g].UPOS != "VERB" {
			g = toks[g].Head
		}
		if g < 0 || g > n || under(toks, g, v) {
			continue
		}
		switch toks[v].Dep {
		case "obl", "conj", "dep", "parataxis", "advcl", "acl:relcl", "acl":
		default:
			continue
		}
		toks[v].Head, toks[v].Dep = g, "advcl"
		subordinate(toks, v, n, m)
	}
	// "stranding passengers, as union leaders and the operator agreed to
	// resume talks", with "leaders" a conjunct of "passengers" and the
	// "and" the verb's: the coordinated nouns are the verb's subject
	for v := range toks {
		c, n2 := childDep(toks, v, "cc"), childDep(toks, v, "nsubj")
		if toks[v].UPOS != "VERB" || c < 1 || n2 < c || n2 > v || childDep(toks, v, "mark") >= 0 {
			continue
		}
		n1 := c - 1
		for n1 >= 0 && toks[n1].Head > n1 && toks[n1].Head < c {
			n1 = toks[n1].Head
		}
		if n1 < 0 || toks[n1].UPOS != "NOUN" && toks[n1].UPOS != "PROPN" || lastUnder(toks, n1) != c-1 || toks[n1].Dep != "conj" && toks[n1].Dep != "nmod" && toks[n1].Dep != "obl" {
			continue
		}
		m := subordinatorCase(toks, n1)
		if m < 0 || m == 0 || toks[m-1].Text != "," {
			continue
		}
		g := toks[n1].Head
		for g >= 0 && toks[g].UPOS != "VERB" {
			g = toks[g].Head
		}
		if g < 0 || g > n1 || under(toks, g, v) {
			continue
		}
		toks[v].Head, toks[v].Dep = g, "advcl"
		toks[n1].Head, toks[n1].Dep = v, "nsubj"
		toks[n2].Head, toks[n2].Dep = n1, "conj"
		toks[c].Head = n2
		toks[m].Head, toks[m].Dep, toks[m].UPOS = v, "mark", "SCONJ"
		toks[m-1].Head = v
	}
}

// repairRelativeOnAmount hangs a relative clause that the parser put on an
// amount on the noun right before its pronoun ("fined the firm 40 million
// euros for a breach that exposed the records", with "exposed" on
// "euros"): an amount exposes nothing; the breach did.
func repairRelativeOnAmount(s *Sentence) {
	toks := s.Tokens
	for r := range toks {
		x := toks[r].Head
		if toks[r].Dep != "acl:relcl" || x < 0 || x > r || childDep(toks, x, "nummod") < 0 {
			continue
		}
		w := -1
		for k := x + 1; k < r; k++ {
			if toks[k].Head == r && (toks[k].XPOS == "WDT" || toks[k].XPOS == "WP") {
				w = k
				break
			}
		}
		if w < 1 {
			continue
		}
		n := w - 1
		if n == x || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" || !under(toks, n, x) || toks[n].Dep != "nmod" {
			continue
		}
		toks[r].Head = n
	}
}

// pastLikeBase are verbs whose past tense is their base form, which the
// tagger reads as a base form after a participle ("a report released in
// January put the overrun at ...").
var pastLikeBase = map[string]bool{"put": true, "set": true, "cut": true, "hit": true, "cost": true, "let": true,
	"shut": true, "spread": true, "quit": true, "hurt": true}

// repairParticipleSubject corrects a subject with a participle phrase
// ("A report commissioned by the council", "An audit report released in
// January") read as the main clause, with the real verb hung under the
// participle: the verb, finite and with no subject or "to" of its own, is
// the root, the noun its subject and the participle the noun's modifier.
func repairParticipleSubject(s *Sentence) {
	toks := s.Tokens
	for r := 1; r < len(toks); r++ {
		t := toks[r]
		if t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBN" || pastOnlyForms[strings.ToLower(t.Text)] {
			continue // "spoke" is no participle
		}
		n := -1
		switch {
		case t.Dep == "acl" && t.XPOS == "VBN" && t.Head >= 0 && t.Head < r && toks[t.Head].Head == -1 &&
			(toks[t.Head].UPOS == "NOUN" || toks[t.Head].UPOS == "PROPN"):
			n = t.Head // the noun read as the root
		default:
			for k := 0; k < r; k++ {
				if toks[k].Head == r && toks[k].Dep == "nsubj" && toks[k].UPOS == "NOUN" {
					n = k
				}
				if toks[k].Head == r && strings.HasPrefix(toks[k].Dep, "aux") {
					n = -2 // "had released": no participle
					break
				}
			}
		}
		if n < 0 {
			continue
		}
		if v := participleVerb(toks, n, r); v >= 0 {
			head, dep := t.Head, t.Dep
			if n == t.Head {
				head, dep = -1, "root"
			}
			toks[v].Head, toks[v].Dep = head, dep
			if toks[v].XPOS == "VB" {
				toks[v].XPOS = "VBD"
			}
			toks[n].Head, toks[n].Dep = v, "nsubj"
			toks[r].Head, toks[r].Dep, toks[r].XPOS = n, "acl", "VBN"
			for k := v + 1; k < len(toks); k++ {
				if h := toks[k].Head; (h == r || h == n) && toks[k].Dep == "punct" {
					toks[k].Head = v
				}
			}
			for k := range toks {
				if k != n && k != v && toks[k].Head == r && toks[k].Dep == "cc" {
					toks[k].Head = v // "but" joins the clause
				}
			}
		}
	}
}

// participleVerb returns the verb after the phrase of participle r
// (modifying noun n) that the parser hung under r and that is the clause's
// real verb: finite, with no subject, "to" or conjunction of its own, and
// only r's phrase between them; -1 when there is none.
func participleVerb(toks []Token, n, r int) int {
	for k := n + 1; k < r; k++ {
		if !under(toks, k, n) {
			return -1 // the participle follows its noun's phrase
		}
	}
	v := -1
	for k := r + 1; k < len(toks); k++ {
		t := toks[k]
		if t.Head == r && t.Dep == "obj" {
			return -1 // "released figures": a verb with an object of its own
		}
		if t.Head != r || t.UPOS != "VERB" {
			continue
		}
		switch t.Dep {
		case "xcomp", "acl", "ccomp", "conj":
		default:
			continue
		}
		if !(t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP" || t.XPOS == "VB" && pastLikeBase[strings.ToLower(t.Text)]) {
			return -1
		}
		v = k
		break
	}
	if v < 0 {
		return -1
	}
	for _, t := range toks {
		if t.Head == v && (strings.HasPrefix(t.Dep, "nsubj") || t.Dep == "mark" || t.Dep == "cc") {
			return -1
		}
	}
	for k := r + 1; k < v; k++ {
		if !under(toks, k, r) || toks[k].Text == "," {
			return -1
		}
	}
	return v
}

// repairNounRoot corrects a subject with a relative clause between commas
// that the parser made the root, with the main verb under the relative
// clause ("Oltmar Construction, which was not itself charged, said in a
// statement that ...": "said" read as a complement of "charged"): the verb
// after the clause's closing comma, with no subject of its own, is the
// root and the noun its subject.
func repairNounRoot(s *Sentence) {
	toks := s.Tokens
	root := -1
	for i, t := range toks {
		if t.Head == -1 {
			root = i
			break
		}
	}
	if root < 0 || toks[root].UPOS != "NOUN" && toks[root].UPOS != "PROPN" {
		return
	}
	for r := root + 1; r < len(toks); r++ {
		if toks[r].Head != root || toks[r].Dep != "acl:relcl" {
			continue
		}
		for v := r + 1; v < len(toks); v++ {
			t := toks[v]
			if t.Head != r || t.UPOS != "VERB" || v < 2 || toks[v-1].Text != "," {
				continue
			}
			switch t.Dep {
			case "xcomp", "conj", "parataxis", "ccomp":
			default:
				continue
			}
			for _, k := range toks {
				if k.Head == v && strings.HasPrefix(k.Dep, "nsubj") {
					return
				}
			}
			toks[v].Head, toks[v].Dep = -1, "root"
			if toks[v].XPOS == "VBN" {
				aux := false
				for _, k := range toks {
					aux = aux || k.Head == v && strings.HasPrefix(k.Dep, "aux")
				}
				if !aux {
					toks[v].XPOS = "VBD"
				}
			}
			for k := v + 1; k < len(toks); k++ {
				if toks[k].Head == root {
					toks[k].Head = v // the final stop
				}
			}
			toks[v-1].Head = r
			toks[root].Head, toks[root].Dep = v, "nsubj"
			return
		}
	}
}

// repairSplitGerund hangs a gerund that the parser made a second
// complement of a verb of saying, right after the first complement's verb,
// on that verb as its open complement: "Owners should stop using them and
// remove the battery, the board said" read with "stop" and "using" both
// complements of "said".
func repairSplitGerund(s *Sentence) {
	toks := s.Tokens
	for v := 1; v < len(toks); v++ {
		t, p := toks[v], toks[v-1]
		if t.XPOS != "VBG" || t.Dep != "ccomp" || p.UPOS != "VERB" || p.Dep != "ccomp" || p.Head != t.Head {
			continue
		}
		toks[v].Head, toks[v].Dep = v-1, "xcomp" // its base-form conjuncts: repairGerundConj
	}
}

// openingQuoteEnd returns the closing mark of a quotation that opens a
// sentence of five tokens or more, or -1 (none, or a second opening mark
// before any closing one).
func openingQuoteEnd(toks []Token) int {
	if len(toks) < 5 {
		return -1
	}
	switch toks[0].Text {
	case "\"", "“", "``":
	default:
		return -1
	}
	for k := 1; k < len(toks); k++ {
		if t := toks[k].Text; t == "”" || t == "''" || t == "\"" {
			return k
		}
		if toks[k].Text == "“" || toks[k].Text == "``" {
			return -1
		}
	}
	return -1
}

// repairQuoteCrossing rebuilds an opening quote closed by a verb of
// saying whose parse crosses the closing quotation mark (`"Four networks
// competing hard is better for customers than three," Vesk said.`, with
// "better" a modifier of "Vesk" and "networks" and "competing" two
// complements of "said"): the quote's predicate, the word with a finite
// copula or the finite verb hung outside the quote, is what was said; a
// noun the parser hung on the verb of saying before it is its subject and
// a gerund right after that noun the noun's modifier.
func repairQuoteCrossing(s *Sentence) {
	toks := s.Tokens
	e := openingQuoteEnd(toks)
	if e < 0 || e+2 >= len(toks) {
		return
	}
	v := -1
	for k := e + 1; k < len(toks); k++ {
		if toks[k].UPOS == "VERB" && lexicon.Speech(toks[k].Lemma) {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	p, onV := -1, 0 // the predicate; the quote's words hung on v
	for k := 1; k < e; k++ {
		h := toks[k].Head
		if h == v && toks[k].UPOS != "PUNCT" {
			onV++
		}
		if p < 0 && h != v && toks[k].UPOS != "PUNCT" && (childDep(toks, k, "cop") >= 0 || toks[k].UPOS == "VERB" && finite(toks, k)) {
			p = k
		}
	}
	if p < 0 || childDep(toks, p, "nsubj") >= 0 || toks[p].Head == v && onV < 2 {
		return
	}
	n := -1
	for k := 1; k < p; k++ {
		if toks[k].Head == v && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
			n = k
			break
		}
	}
	if n < 0 {
		return
	}
	for k := 1; k < e; k++ {
		if toks[k].Head == v && k != n {
			if k == n+1 && toks[k].XPOS == "VBG" {
				toks[k].Head, toks[k].Dep = n, "acl"
				continue
			}
			if toks[k].UPOS == "PUNCT" || k == p {
				if k != p {
					toks[k].Head = p
				}
				continue
			}
			if k > p && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") && childDep(toks, k, "case") >= 0 {
				toks[k].Head, toks[k].Dep = p, "obl" // "than two banks ..."
				continue
			}
			return // another word of the quote on the verb: leave it
		}
	}
	toks[p].Head, toks[p].Dep = v, "ccomp"
	toks[n].Head, toks[n].Dep = p, "nsubj"
	for k := 1; k <= e; k++ {
		if toks[k].UPOS == "PUNCT" && (toks[k].Head == n || toks[k].Head == v) {
			toks[k].Head = p
		}
	}
	if g := n + 1; g+1 < p && toks[g].Head == n && toks[g].Dep == "acl" && toks[g+1].Dep == "advmod" && toks[g+1].Head == p {
		toks[g+1].Head = g // "competing hard": the gerund's adverb
	}
	for k := p + 1; k <= e; k++ {
		if toks[k].UPOS == "PUNCT" && toks[k].Head > e {
			toks[k].Head = p
		}
	}
}

// repairQuoteParataxis makes the verb of saying after a quote that opens
// the sentence the root, with the quote its complement, where the parser
// made the quote's verb the root and the verb of saying a parataxis of it
// (`"We do not accept this judgment," Klave told reporters.`, `"...," the
// judge told the packed courtroom.`): the quote is what the speaker said,
// as in `"...," Mayor Helen Castellano told a news conference.`.
func repairQuoteParataxis(s *Sentence) {
	toks := s.Tokens
	q := openingQuoteEnd(toks) // the closing mark
	if q < 2 || toks[q-1].Text != "," {
		return
	}
	for v := q + 1; v < len(toks); v++ {
		t := toks[v]
		if t.UPOS != "VERB" || !lexicon.Speech(t.Lemma) || t.Head < 0 {
			continue
		}
		h := t.Head
		// `"...," Gannet chief executive Lina Mard said`: the parser made
		// "chief" an object of the quote's verb and "said" a relative
		// clause on it; climb through such words between the quote and
		// the verb of saying to the quote's verb
		var through []int
		for h > q && h < v && len(through) < 8 {
			through = append(through, h)
			h = toks[h].Head
		}
		if h < 0 || t.Dep != "parataxis" && len(through) == 0 {
			return
		}
		if h <= 0 || h >= q || toks[h].Head != -1 {
			return
		}
		subject := -1
		for k := q + 1; k < v; k++ {
			if toks[k].Head == v && strings.HasPrefix(toks[k].Dep, "nsubj") {
				subject = k
			}
		}
		if subject < 0 {
			return
		}
		for _, k := range through {
			toks[k].Head, toks[k].Dep = subject, "compound" // the title before the speaker's name
		}
		toks[v].Head, toks[v].Dep = -1, "root"
		toks[h].Head, toks[h].Dep = v, "ccomp"
		for k := range toks {
			if k != h && k != v && toks[k].Head == h && (k > q || toks[k].Dep == "punct" && k == q) {
				toks[k].Head = v // the closing mark and what follows hang on the new root
			}
		}
		return
	}
}

// repairSayingAside gives a closing ", saying ..." (or "arguing",
// "adding", any verb of saying as a participle after a comma) to the verb
// of saying or denying whose reported clause the parser attached it to:
// in "X denied that the promise had been made, saying managers had ...",
// and "X rejected claims that the council had lied, arguing ...", X says
// it, not the promise or the council. The noun after such a verb that the
// parser made its object, followed by an auxiliary of a verb with no
// subject ("saying managers had only said ..."), is that verb's subject.
func repairSayingAside(s *Sentence) {
	toks := s.Tokens
	for v, t := range toks {
		if t.XPOS != "VBG" || t.Dep != "advcl" || v == 0 || toks[v-1].Text != "," && !(v > 2 && toks[v-1].Text == "," && toks[v-3].Text == ",") ||
			!lexicon.Speech(t.Lemma) {
			continue
		}
		h := t.Head
		if h < 0 || h >= len(toks) || h > v {
			continue
		}
		for k := 0; k < 3 && toks[h].Dep == "xcomp" && toks[h].Head >= 0; k++ {
			h = toks[h].Head // "had refused to negotiate, saying": the clause of "refused"
		}
		// the reported clause: a complement of a reporting verb, or a
		// clause on a noun ("claims that ...") a reporting verb governs
		g := -1
		switch toks[h].Dep {
		case "ccomp":
			g = toks[h].Head
		case "acl":
			if n := toks[h].Head; n >= 0 && n < len(toks) && toks[n].UPOS == "NOUN" {
				g = toks[n].Head
			}
		}
		if g < 0 || g >= len(toks) || !strings.HasPrefix(toks[g].XPOS, "VB") ||
			!lexicon.Reporting(toks[g].Lemma) && toks[g].Lemma != "reject" && toks[g].Lemma != "dismiss" {
			continue
		}
		toks[v].Head = g
	}
	// "saying managers had only said ...": the noun the parser made the
	// object of the verb of saying is the subject of the clause said
	for v, t := range toks {
		if !strings.HasPrefix(t.XPOS, "VB") || !lexicon.Speech(t.Lemma) {
			continue
		}
		for n := v + 1; n+1 < len(toks); n++ {
			if toks[n].Head != v || toks[n].Dep != "obj" {
				continue
			}
			x := toks[n+1]
			w := x.Head
			if x.UPOS != "AUX" || w <= n+1 || w >= len(toks) || toks[w].UPOS != "VERB" || toks[w].Head == v && toks[w].Dep == "ccomp" {
				break
			}
			subj := false
			for _, k := range toks {
				if k.Head == w && strings.HasPrefix(k.Dep, "nsubj") {
					subj = true
				}
			}
			if !subj && !under(toks, v, w) {
				toks[n].Head, toks[n].Dep = w, "nsubj"
				toks[w].Head, toks[w].Dep = v, "ccomp"
			}
			break
		}
	}
}

// repairAsReported corrects a closing aside of saying ("denied that it had
// cut maintenance, as a councillor had claimed"; "the plant will close, as
// Reuters reported") that the parser reads as the main verb: the verb of
// saying, with no subject of its own, takes the clause before it as its
// dependant and the noun after "as" as an oblique of that clause. The
// clause goes back where the verb was, the verb becomes its adverbial
// clause, the noun its subject and "as" its marker.
func repairAsReported(s *Sentence) {
	toks := s.Tokens
	var kids [][]int // built on the first verb of saying: one pass over the sentence
	child := func(h int, deps ...string) int {
		for _, k := range kids[h] {
			if slices.Contains(deps, toks[k].Dep) {
				return k
			}
		}
		return -1
	}
	for v := range toks {
		t := toks[v]
		if !strings.HasPrefix(t.XPOS, "VB") || !(lexicon.Speech(t.Lemma) || lexicon.Reporting(t.Lemma)) {
			continue
		}
		if kids == nil {
			kids = make([][]int, len(toks))
			for i, tk := range toks {
				if tk.Head >= 0 && tk.Head < len(toks) {
					kids[tk.Head] = append(kids[tk.Head], i)
				}
			}
		}
		if child(v, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		c := -1 // the clause before it, the last of its dependants before it
		for _, k := range kids[v] {
			if k < v && (toks[k].Dep == "advcl" || toks[k].Dep == "ccomp") && strings.HasPrefix(toks[k].XPOS, "VB") {
				c = k
			}
		}
		if c < 0 {
			continue
		}
		n, a := -1, -1 // the noun after "as", an oblique of the clause, and "as"
		for _, k := range kids[c] {
			if k > c && k < v && toks[k].Dep == "obl" {
				if as := child(k, "case"); as >= 0 && strings.EqualFold(toks[as].Text, "as") {
					n, a = k, as
				}
			}
		}
		if n < 0 {
			continue
		}
		for k := n + 1; k < v; k++ {
			if toks[k].Head != v && !under(toks, k, n) && toks[k].Text != "," {
				n = -1 // something else lies between the noun and the verb
				break
			}
		}
		if n < 0 {
			continue
		}
		toks[c].Head, toks[c].Dep = t.Head, t.Dep
		if toks[c].Head == v {
			// ", more than the region receives": the comparative takes the
			// clause's place, as a remark on the clause before it
			toks[c].Head, toks[c].Dep = toks[v].Head, toks[v].Dep
			if toks[c].Dep == "conj" || toks[c].Dep == "ccomp" {
				toks[c].Dep = "parataxis"
			}
			for k := range toks {
				if toks[k].Head == v && toks[k].Dep == "punct" && k < c {
					toks[k].Head = c
				}
			}
		}
		toks[v].Head, toks[v].Dep = c, "advcl"
		toks[n].Head, toks[n].Dep = v, "nsubj"
		toks[a].Head, toks[a].Dep = v, "mark"
		kids = nil // the tree changed
	}
}

// repairPeriodEndedTree attaches the participle of "the year ended March
// 31" (see repairPeriodEnded) to the span it ends, which the parser may
// hang elsewhere as a clause ("operations had profit ... in the year ended
// March 31" read as "operations ended March 31").
func repairPeriodEndedTree(s *Sentence) {
	toks := s.Tokens
	for i := 1; i < len(toks); i++ {
		if toks[i].XPOS != "VBN" || !strings.EqualFold(toks[i].Text, "ended") || !periodNouns[strings.ToLower(toks[i-1].Text)] || toks[i].Head == i-1 {
			continue
		}
		if toks[i-1].Head == i || toks[i].Head < 0 {
			continue // the noun hangs from it, or it is the root
		}
		toks[i].Head, toks[i].Dep = i-1, "acl"
	}
}

// under reports whether token i lies in the subtree of token a.
func under(toks []Token, i, a int) bool {
	for n := 0; i >= 0 && n < len(toks); n++ {
		if i == a {
			return true
		}
		i = toks[i].Head
	}
	return false
}

// repairAppositiveSubject corrects a name set off by commas right after a
// subject that the parser makes a second subject of the verb ("The
// regulator, the Clean Water Agency, said ...", both "regulator" and
// "Agency" subjects of "said"): a verb has one subject, and a noun phrase
// between commas right after it is its apposition.
func repairAppositiveSubject(s *Sentence) {
	toks := s.Tokens
	for b := range toks {
		v := toks[b].Head
		if toks[b].Dep != "nsubj" || v <= b+1 || toks[b+1].Text != "," || !strings.HasPrefix(toks[b].XPOS, "NN") {
			continue
		}
		a := -1
		for j := 0; j < b; j++ {
			if toks[j].Head == v && toks[j].Dep == "nsubj" && strings.HasPrefix(toks[j].XPOS, "NN") {
				a = j
			}
		}
		if a < 0 || a+2 > b || toks[a+1].Text != "," {
			continue
		}
		inside := true // every word between the commas is of b's phrase
		for k := a + 2; k < b; k++ {
			if !under(toks, k, b) {
				inside = false
				break
			}
		}
		if inside {
			toks[b].Head, toks[b].Dep = a, "appos"
		}
	}
}

// repairSecondSubject corrects a noun after a preposition that the parser
// makes a second subject of the verb ("Sales at the Dellow chain fell",
// with both "Sales" and "chain" subjects of "fell"): a verb has one
// subject, and a later one that has its own preposition is a modifier
// (nmod) of the first, or of the word of the first's phrase right before
// the preposition ("People familiar with Nekoosa said", "Drivers who speed
// near schools will lose their licences"). A gerund made a second subject
// right after a noun of the first's phrase modifies that noun ("Rumours
// of the bank collapsing spread").
func repairSecondSubject(s *Sentence) {
	toks := s.Tokens
	for b := range toks {
		v := toks[b].Head
		if toks[b].Dep != "nsubj" || v <= b || !strings.HasPrefix(toks[b].XPOS, "NN") && toks[b].XPOS != "VBG" {
			continue
		}
		a := -1
		for j := 0; j < b; j++ {
			if toks[j].Head == v && toks[j].Dep == "nsubj" && strings.HasPrefix(toks[j].XPOS, "NN") {
				a = j
			}
		}
		if a < 0 {
			continue
		}
		if toks[b].XPOS == "VBG" {
			// "Rumours of the bank collapsing spread": a gerund
			// right after a noun of the first subject's phrase
			// modifies that noun
			if p := b - 1; p > a && strings.HasPrefix(toks[p].XPOS, "NN") && under(toks, p, a) {
				toks[b].Head, toks[b].Dep = p, "acl"
			}
			continue
		}
		for c := a + 1; c < b; c++ {
			if toks[c].Head != b || toks[c].Dep != "case" {
				continue
			}
			// the word before the preposition, if it is the first
			// subject's modifier ("People familiar with Nekoosa")
			toks[b].Head, toks[b].Dep = a, "nmod"
			if p := c - 1; p > a && under(toks, p, a) {
				switch x := toks[p].XPOS; {
				case strings.HasPrefix(x, "JJ") || strings.HasPrefix(x, "VB"):
					toks[b].Head, toks[b].Dep = p, "obl"
				case strings.HasPrefix(x, "NN"):
					toks[b].Head = p
				}
			}
			break
		}
	}
}

// repairDoubleSubject corrects a verb the parser left with two subjects
// before it, neither with a preposition of its own (repairSecondSubject
// takes those):
//   - an opening phrase set off by a comma ("Yesterday, at this year's
//     developers conference, CEO Jo Hale unveiled ...") is the verb's
//     adverbial (obl), with the preposition that opens it as its case and a
//     day word before the first comma ("Yesterday,") the verb's own obl:tmod;
//     the subject is the one after the comma;
//   - a description right before a name ("The Beatles' label Apple Corps
//     lost", "the technology blog Gizmodo obtained") describes the name
//     (nmod:desc; a possessor "The Beatles'" owns the description word,
//     nmod:poss): the name is the subject.
func repairDoubleSubject(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		var subj []int
		for k := 0; k < v; k++ {
			if toks[k].Head == v && (toks[k].Dep == "nsubj" || toks[k].Dep == "nsubj:pass") {
				subj = append(subj, k)
			}
		}
		if len(subj) != 2 {
			continue
		}
		a, b := subj[0], subj[1]
		alo, ahi, blo := firstUnder(toks, a), lastUnder(toks, a), firstUnder(toks, b)
		if ahi >= blo || lastUnder(toks, b) >= v || !strings.HasPrefix(toks[b].XPOS, "NN") {
			continue
		}
		bw := blo // b's first word, past any punctuation it opens with
		for bw < b && toks[bw].UPOS == "PUNCT" {
			bw++
		}
		comma := false // only punctuation, a comma among it, between the phrases
		for k := ahi; k < bw; k++ {
			if toks[k].Text == "," {
				comma = true
			} else if k > ahi && toks[k].UPOS != "PUNCT" {
				comma = false
				break
			}
		}
		switch {
		case comma && openerAt(toks, alo, a):
			toks[a].Head, toks[a].Dep = v, "obl"
			for k := alo; k < a; k++ {
				t := &toks[k]
				switch {
				case t.XPOS == "IN" && t.Dep == "case" && k == firstWordAfterDay(toks, alo):
					t.Head = a
				case k == alo && dayWord(t.Text) && k+1 < a && toks[k+1].Text == ",":
					t.Head, t.Dep = v, "obl:tmod"
					toks[k+1].Head = k
				}
			}
		case blo == ahi+1 && toks[b].UPOS == "PROPN" && strings.HasPrefix(toks[a].XPOS, "NN") && toks[a].UPOS != "PROPN":
			// "the technology blog Gizmodo"
			toks[a].Head, toks[a].Dep = b, "nmod:desc"
		case blo == ahi+1 && toks[b].UPOS == "PROPN" && possessed(toks, a) && blo < b && toks[blo].Head == b && strings.HasPrefix(toks[blo].Dep, "nmod"):
			// "The Beatles' label Apple Corps"
			toks[a].Head, toks[a].Dep = blo, "nmod:poss"
		}
	}
}

// repairOuterSubjectClause turns a clause said to be what a noun is
// ("The 1991 agreement was that Apple would not sell music", "The problem
// is that the bridge was never inspected"), which the parser, as UD EWT
// does, heads by the clause's verb with the noun as its outer subject
// (nsubj:outer) and "was" as its copula, into the copula's clause: "was"
// heads it with the noun as its subject and the that-clause as its
// complement (ccomp). Read off the EWT tree, the clause's verb had two
// subjects and "was would not sell" for a relation.
func repairOuterSubjectClause(s *Sentence) {
	toks := s.Tokens
	for p := range toks {
		o, c, m, n := -1, -1, -1, -1
		for k := range toks {
			if toks[k].Head != p {
				continue
			}
			switch toks[k].Dep {
			case "nsubj:outer":
				o = k
			case "cop":
				c = k
			case "mark":
				if m < 0 {
					m = k
				}
			case "nsubj", "nsubj:pass", "expl":
				n = k
			}
		}
		if o < 0 || c < 0 || m < 0 || n < 0 || !(o < c && c < m && m < n && n < p) {
			continue
		}
		switch strings.ToLower(toks[m].Text) {
		case "that", "whether", "if":
		default:
			continue
		}
		toks[c].Head, toks[c].Dep = toks[p].Head, toks[p].Dep
		toks[c].UPOS = "VERB"
		toks[o].Head, toks[o].Dep = c, "nsubj"
		toks[p].Head, toks[p].Dep = c, "ccomp"
		for k := range toks {
			// what comes before the copula, and the closing punctuation,
			// is the copula's
			if toks[k].Head == p && (k < c || toks[k].UPOS == "PUNCT" && k == len(toks)-1) {
				toks[k].Head = c
			}
		}
	}
}

// repairSubjectBeforeConjunction corrects a noun made the subject of a
// conjoined verb with nothing but the conjunction between them ("Apple is
// the producer of the MP3 player, the iPod and launched the iTunes
// store"): no subject is set off from its verb by "and", so the noun,
// after a comma, is in apposition to the noun before the comma, and the
// verb shares the subject of the clause it is conjoined to.
func repairSubjectBeforeConjunction(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		if toks[v].Dep != "conj" || v < 3 || toks[v-1].Dep != "cc" || toks[v-1].Head != v {
			continue
		}
		n := -1
		for k := 0; k < v-1; k++ {
			if toks[k].Head == v && strings.HasPrefix(toks[k].Dep, "nsubj") {
				n = k
			}
		}
		if n < 0 || lastUnder(toks, n) != v-2 {
			continue
		}
		comma := firstUnder(toks, n) - 1
		if toks[comma+1].Text == "," {
			comma++ // the comma hangs from the noun
		}
		if comma < 1 || toks[comma].Text != "," || !strings.HasPrefix(toks[comma-1].XPOS, "NN") || toks[v].Head >= comma {
			continue
		}
		toks[n].Head, toks[n].Dep = comma-1, "appos"
		toks[comma].Head = n
	}
}

// repairThatDeterminerClause corrects a "that" clause the tagger read as
// a determiner and the parser as two objects of one verb ("could not
// prove that irregular sleep caused heart problems": "that irregular
// sleep" and "heart problems" both objects of "prove", "caused" an
// adjective): "that" is the clause's marker, the verb form between the
// two objects is the clause's verb (past tense), the first object its
// subject and the second its object.
func repairThatDeterminerClause(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		if !strings.HasPrefix(toks[v].XPOS, "VB") {
			continue
		}
		a, b := -1, -1
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head == v && toks[k].Dep == "obj" {
				if a < 0 {
					a = k
				} else if b < 0 {
					b = k
				}
			}
		}
		if a < 0 || b < 0 {
			continue
		}
		d := firstUnder(toks, a)
		c := lastUnder(toks, a) + 1
		if d >= a || strings.ToLower(toks[d].Text) != "that" || toks[d].Head != a || c >= b || firstUnder(toks, b) != c {
			continue
		}
		if x := toks[c].XPOS; x != "VBN" && x != "VBD" || !strings.HasSuffix(strings.ToLower(toks[c].Text), "ed") {
			continue
		}
		toks[d].Head, toks[d].Dep, toks[d].UPOS, toks[d].XPOS = c, "mark", "SCONJ", "IN"
		toks[c].Head, toks[c].Dep, toks[c].UPOS, toks[c].XPOS = v, "ccomp", "VERB", "VBD"
		toks[a].Head, toks[a].Dep = c, "nsubj"
		toks[b].Head, toks[b].Dep = c, "obj"
	}
}

// repairSubordinatorCase corrects a clause whose subject a relative
// clause parts from its verb, which the parser read as a prepositional
// phrase ("take no action until directors, who have appointed advisers,
// had assessed the terms": "until directors" an oblique, "had assessed"
// a clause with no subject): the noun is the verb's subject, the
// subordinator its marker and the relative clause the noun's.
func repairSubordinatorCase(s *Sentence) {
	toks := s.Tokens
	for u := range toks {
		switch strings.ToLower(toks[u].Text) {
		case "until", "till", "before", "after", "once", "unless", "because", "while", "although", "though", "if", "since":
		default:
			continue
		}
		n := toks[u].Head
		if toks[u].Dep != "case" || n <= u || n >= len(toks) || firstUnder(toks, n) != u || n+1 >= len(toks) || toks[n+1].Text != "," {
			continue
		}
		c := -1
		for k := n + 2; k < len(toks); k++ {
			if toks[k].Head == toks[n].Head && toks[k].Dep == "advcl" && strings.HasPrefix(toks[k].XPOS, "VB") {
				c = k
				break
			}
		}
		if c < 0 || childDepIndex(toks, c, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		rel, ok := -1, true
		for k := n + 1; k < c && ok; k++ {
			switch {
			case under(toks, k, n):
			case under(toks, k, c):
				if toks[k].Head == c && toks[k].UPOS == "VERB" && rel < 0 {
					rel = k
				}
				if rel >= 0 && !under(toks, k, rel) && toks[k].Head == c && toks[k].UPOS != "AUX" && toks[k].UPOS != "PART" && toks[k].UPOS != "ADV" && toks[k].UPOS != "PUNCT" {
					ok = false
				}
			default:
				ok = false
			}
		}
		if !ok || rel < 0 {
			continue
		}
		if w := childDepIndex(toks, rel, "nsubj", "nsubj:pass", "obj"); w < 0 || toks[w].XPOS != "WP" && toks[w].XPOS != "WDT" {
			continue // not a relative clause
		}
		toks[n].Head, toks[n].Dep = c, "nsubj"
		toks[u].Head, toks[u].Dep, toks[u].UPOS = c, "mark", "SCONJ"
		toks[rel].Head, toks[rel].Dep = n, "acl:relcl"
		for k := n + 1; k < c; k++ {
			if toks[k].Text == "," && toks[k].Head == c {
				toks[k].Head = rel
			}
		}
	}
}

// openerAt reports whether the phrase of subject a, starting at lo, opens
// the sentence as an adverbial: it starts the sentence (or follows only a
// quotation mark) and begins with a preposition or a day word.
func openerAt(toks []Token, lo, a int) bool {
	if lo > 1 || lo == 1 && toks[0].UPOS != "PUNCT" {
		return false
	}
	if dayWord(toks[lo].Text) {
		return true
	}
	k := firstWordAfterDay(toks, lo)
	return k < a && toks[k].XPOS == "IN"
}

// firstWordAfterDay returns the first token from lo on that is not a day
// word or its comma ("Yesterday, at ...").
func firstWordAfterDay(toks []Token, lo int) int {
	if dayWord(toks[lo].Text) && lo+1 < len(toks) && toks[lo+1].Text == "," {
		return lo + 2
	}
	return lo
}

// dayWord reports whether w names a day relative to the telling.
func dayWord(w string) bool {
	switch strings.ToLower(w) {
	case "yesterday", "today", "tonight", "tomorrow", "earlier", "later", "meanwhile", "overnight":
		return true
	}
	return false
}

// possessed reports whether token a has a possessive marker ("'s", "'").
func possessed(toks []Token, a int) bool {
	return a+1 < len(toks) && toks[a+1].Head == a && toks[a+1].XPOS == "POS"
}

// repairOpeningParticipleRoot corrects a sentence that opens with a
// participle phrase set off by a comma ("Born in 1941 in Kestwick, Marlow
// worked as a teacher", "Founded in 1998, the firm employs 400 people"),
// which the parser made the root with the main clause hanging from it
// (parataxis, conj or ccomp): the main clause's finite verb, with a subject
// of its own after the comma, is the root, and the participle phrase its
// adverbial clause (advcl). The words of the main clause hung from the
// participle go to its verb.
func repairOpeningParticipleRoot(s *Sentence) {
	toks := s.Tokens
	r := rootOf(toks)
	if r != 0 || len(toks) < 5 || toks[0].XPOS != "VBN" && toks[0].XPOS != "VBG" {
		return
	}
	comma := -1
	for k := 1; k < len(toks); k++ {
		if toks[k].Text == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return
	}
	v := -1
	for k := comma + 1; k < len(toks); k++ {
		switch toks[k].Dep {
		case "parataxis", "conj", "ccomp":
		default:
			continue
		}
		if toks[k].Head != r {
			continue
		}
		switch toks[k].XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		if subj := childDepIndex(toks, k, "nsubj", "nsubj:pass"); subj > comma && subj < k {
			v = k
		}
		break
	}
	if v < 0 {
		return
	}
	for k := comma + 1; k < len(toks); k++ {
		if k != v && toks[k].Head == r {
			toks[k].Head = v // the main clause's words ("." and the rest)
		}
	}
	for k := 1; k < comma; k++ {
		if toks[k].Head == v && toks[k].Dep == "obl" && k > 0 {
			toks[k].Head = r // "in Kestwick" of the participle's phrase
		}
	}
	if toks[comma].Head == r || toks[comma].Head == v {
		toks[comma].Head = r
	}
	toks[v].Head, toks[v].Dep = -1, "root"
	toks[r].Head, toks[r].Dep = v, "advcl"
}

// childDepIndex returns the first child of h with one of the relations,
// or -1.
func childDepIndex(toks []Token, h int, deps ...string) int {
	for k, t := range toks {
		if t.Head == h && slices.Contains(deps, t.Dep) {
			return k
		}
	}
	return -1
}

// repairStrayDeterminer corrects a determiner that the parser hangs from
// a verb ("The/det→approved Harbour Authority approved the plan", "the/det→said
// AWC said"), which no verb takes: it belongs to the noun phrase that
// starts right after it, and hangs from that phrase's head, the noun or
// name reached from the next word through nominal heads before the verb.
// Without a noun or a name there (the verb is the next word: a noun the
// tagger read as a verb, "a summary of the ruling") nothing changes.
func repairStrayDeterminer(s *Sentence) {
	toks := s.Tokens
	nominal := func(k int) bool {
		switch toks[k].UPOS {
		case "NOUN", "PROPN", "NUM":
			return true
		}
		return false
	}
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if t.Dep != "det" && t.Dep != "det:poss" && t.Dep != "det:predet" || t.Head < 0 || t.Head >= len(toks) {
			continue
		}
		v := t.Head
		if u := toks[v].UPOS; u != "VERB" && u != "AUX" {
			continue
		}
		j := i + 1
		if j == v {
			continue
		}
		for {
			h := toks[j].Head
			if h <= i || h >= len(toks) || h == v || !nominal(h) {
				break
			}
			j = h
		}
		if nominal(j) {
			toks[i].Head = j
		}
	}
}

// repairNameModifier corrects a noun phrase of a name and a common noun
// that the parser heads with the name ("Varnby mayor quits job", "Oskel
// council backs new tax"), taking the common noun for a part of the name
// ("flat") or for a second subject: a lower-case singular noun right
// after a proper noun that is a finite verb's subject, hanging from that
// name as "flat" or from the verb as a second subject, is the head of the
// phrase, and the name its compound.
func repairNameModifier(s *Sentence) {
	toks := s.Tokens
	for j := 0; j+1 < len(toks); j++ {
		i := j + 1
		if toks[j].XPOS != "NNP" || toks[i].XPOS != "NN" || toks[i].Text != strings.ToLower(toks[i].Text) || !strings.HasPrefix(toks[j].Dep, "nsubj") {
			continue
		}
		v := toks[j].Head
		if v <= i {
			continue
		}
		if x := toks[v].XPOS; x != "VBD" && x != "VBZ" && x != "VBP" {
			continue
		}
		switch {
		case toks[i].Head == j && toks[i].Dep == "flat":
		case toks[i].Head == v && toks[i].Dep == toks[j].Dep:
		default:
			continue
		}
		for k := range toks {
			if k != i && toks[k].Head == j && toks[k].Dep != "flat" {
				toks[k].Head = i
			}
		}
		toks[i].Head, toks[i].Dep = v, toks[j].Dep
		toks[j].Head, toks[j].Dep = i, "compound"
	}
}

// repairVerbCompound corrects a subject noun that the parser attaches to
// its verb as a compound's first part ("Court blocks merger of two banks",
// with "Court" a compound of "blocks"), which no verb takes: a noun right
// before a finite verb without a subject, hanging from it as "compound",
// is its subject (nsubj); a noun before it that the parser made the
// subject ("Varnby mayor quits", "Varnby" the subject) is that compound's
// first part.
func repairVerbCompound(s *Sentence) {
	toks := s.Tokens
	for i := 0; i+1 < len(toks); i++ {
		v := i + 1
		if toks[i].Head != v || toks[i].Dep != "compound" || !strings.HasPrefix(toks[i].XPOS, "NN") {
			continue
		}
		if x := toks[v].XPOS; x != "VBD" && x != "VBZ" && x != "VBP" {
			continue
		}
		subject := -1
		for j, t := range toks {
			if t.Head == v && strings.HasPrefix(t.Dep, "nsubj") {
				subject = j
			}
		}
		if subject > i {
			continue
		}
		if subject >= 0 {
			// "Varnby mayor quits", with "Varnby" the subject: the
			// noun before is a compound's part of this one
			for j := subject; j < i; j++ {
				if !strings.HasPrefix(toks[j].XPOS, "NN") {
					subject = -2
				}
			}
			if subject < 0 {
				continue
			}
			toks[subject].Head, toks[subject].Dep = i, "compound"
		}
		toks[i].Dep = "nsubj"
	}
}

// repairOfMark corrects a parse that reads "of" as the marker of a clause
// whose subject is the name after it ("..., while shares of Lumo Media
// rose 4 percent", parsed as "Lumo Media rose" marked by "of", with
// "rose" modifying "shares"): "of" before a noun phrase and a finite verb,
// right after a noun, is that phrase's preposition; the noun before it is
// the verb's subject, the phrase its modifier. The verb, if it hung from
// the noun, goes where the noun was, or, after a subordinating conjunction
// ("while", "as"), becomes the adverbial clause of the sentence's root,
// marked by the conjunction.
func repairOfMark(s *Sentence) {
	toks := s.Tokens
	for k := 1; k+2 < len(toks); k++ {
		o := &toks[k]
		if !markPreps[strings.ToLower(o.Text)] || o.Dep != "mark" || o.Head <= k+1 {
			continue
		}
		v, n := o.Head, k-1
		if !finite(toks, v) || !strings.HasPrefix(toks[n].XPOS, "NN") {
			continue
		}
		h := -1 // the subject of v after "of"
		for j := k + 1; j < v; j++ {
			if strings.HasPrefix(toks[j].XPOS, "W") {
				h = -1
				break
			}
			if toks[j].Head == v && strings.HasPrefix(toks[j].Dep, "nsubj") && strings.HasPrefix(toks[j].XPOS, "NN") {
				h = j
			}
		}
		if h < 0 {
			continue
		}
		nHead, nDep := toks[n].Head, toks[n].Dep
		toks[h].Head, toks[h].Dep = n, "nmod"
		o.Head, o.Dep = h, "case"
		toks[n].Head, toks[n].Dep = v, "nsubj"
		if toks[v].Head != n {
			if nDep == "obj" && toks[v].Head == nHead && nHead >= 0 && lexicon.Speech(toks[nHead].Lemma) {
				// "said talks with Castlereach had not begun": what
				// was said, not an adverbial clause beside its object
				toks[v].Dep = "ccomp"
			}
			continue
		}
		toks[v].Head, toks[v].Dep = nHead, nDep
		// after a subordinating conjunction: an adverbial clause of the root
		sub := n - 1
		for sub >= 0 && (toks[sub].XPOS == "DT" || toks[sub].XPOS == "PRP$" || toks[sub].XPOS == "JJ") {
			sub--
		}
		root := -1
		for i, t := range toks {
			if t.Head < 0 {
				root = i
			}
		}
		if sub < 0 || !subordinators[strings.ToLower(toks[sub].Text)] || root < 0 || root == v || root > sub {
			continue
		}
		toks[v].Head, toks[v].Dep = root, "advcl"
		toks[sub].Head, toks[sub].Dep = v, "mark"
		if sub > 0 && toks[sub-1].Text == "," {
			toks[sub-1].Head = v
		}
	}
}

// markPreps are the prepositions the parser may read as a clause's marker
// before a noun phrase and its verb ("shares of Lumo Media rose", "said
// talks with Castlereach had not begun").
var markPreps = map[string]bool{"of": true, "with": true, "at": true, "in": true, "from": true, "for": true,
	"between": true, "on": true, "over": true, "against": true}

// finite reports whether verb v is finite or has a finite auxiliary ("had
// not begun").
func finite(toks []Token, v int) bool {
	switch toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	for _, t := range toks {
		if t.Head == v && (t.Dep == "aux" || t.Dep == "aux:pass") {
			switch t.XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// repairHeadlineFuture rewrites the headline future "X to do Y" ("Council
// to close two libraries"), which the parser reads as a noun phrase with an
// infinitive modifier, as the clause it stands for, "X will do Y": the verb
// becomes the root, the noun its subject and "to" a modal auxiliary with the
// lemma "will". It applies only to a line whose root is a noun and that has
// no other verb, and that no period or exclamation mark closes.
func repairHeadlineFuture(s *Sentence) {
	if n := len(s.Tokens); n > 0 {
		switch s.Tokens[n-1].Text {
		case ".", "!":
			// a sentence, not a headline: "No need to go to a
			// grocer again.", "Way to go!"
			return
		}
	}
	root := -1
	for i, t := range s.Tokens {
		if t.Head < 0 {
			if root >= 0 {
				return
			}
			root = i
		}
		if t.UPOS == "AUX" || (t.UPOS == "VERB" && t.XPOS != "VB") {
			return
		}
	}
	if root < 0 || (s.Tokens[root].UPOS != "NOUN" && s.Tokens[root].UPOS != "PROPN") {
		return
	}
	for v, t := range s.Tokens {
		if t.Head != root || t.XPOS != "VB" || v < root {
			continue
		}
		to := -1
		for k, c := range s.Tokens {
			if c.Head == v && c.Dep == "mark" && strings.EqualFold(c.Text, "to") && k == v-1 {
				to = k
			}
		}
		if to < 0 {
			return
		}
		s.Tokens[v].Head, s.Tokens[v].Dep = -1, "root"
		s.Tokens[root].Head, s.Tokens[root].Dep = v, "nsubj"
		s.Tokens[to].UPOS, s.Tokens[to].XPOS, s.Tokens[to].Dep, s.Tokens[to].Lemma = "AUX", "MD", "aux", "will"
		for i := range s.Tokens {
			if i != v && s.Tokens[i].Head == root && s.Tokens[i].Dep == "punct" {
				s.Tokens[i].Head = v
			}
		}
		return
	}
}

// atLeast reports whether tokens from i are "at least" or "at most" before a
// number, which opens a noun phrase ("fired at least six shots").
func atLeast(words, xpos []string, i int) bool {
	if i+2 >= len(words) || !strings.EqualFold(words[i], "at") || xpos[i+2] != "CD" {
		return false
	}
	w := strings.ToLower(words[i+1])
	return w == "least" || w == "most"
}

// startsNounPhrase reports whether a token can open an object noun phrase.
func startsNounPhrase(w, tag string) bool {
	switch tag {
	case "DT", "PRP$", "CD", "JJ", "NN", "NNS":
	case "NNP":
		if calendarName(w) {
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

// calendarName reports whether w names a day or a month ("Tuesday",
// "March", "yesterday"), which starts no object noun phrase.
func calendarName(w string) bool {
	e, ok := lexicon.Calendar(w)
	switch {
	case !ok:
		return false
	case e.Kind == lexicon.Month, e.Kind == lexicon.Weekday, e.Kind == lexicon.RelativeDay:
		return true
	}
	return false
}

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

// repairRelativeSubjectPredicate makes the sentence's predicate the root
// where the parser swallowed it into a relative clause on the subject
// ("People who walk regularly may be healthier", with "healthier" a
// complement of "walk", or "Adults who walked 30 minutes a day were less
// likely ...", with "were" hung on "day"), so that the root is the subject
// noun: the first finite verb, modal or form of "be" after the relative
// clause's verb, inside its phrase and with no subject or subordinating word
// of its own, is the sentence's predicate and the noun its subject. Words of
// the predicate's phrase before its first auxiliary ("regularly") stay with
// the relative clause.
func repairRelativeSubjectPredicate(s *Sentence) {
	toks := s.Tokens
	r := rootOf(toks)
	if r < 0 || toks[r].UPOS != "NOUN" && toks[r].UPOS != "PROPN" && toks[r].UPOS != "PRON" {
		return
	}
	for v := r + 1; v < len(toks); v++ {
		if toks[v].Dep != "acl:relcl" || !under(toks, v, r) {
			continue
		}
		w := -1 // the relative pronoun, the clause's subject
		for k := r + 1; k < v; k++ {
			if toks[k].Head == v && strings.HasPrefix(toks[k].Dep, "nsubj") {
				switch strings.ToLower(toks[k].Text) {
				case "who", "that", "which":
					w = k
				}
			}
		}
		if w < 0 {
			return
		}
		for k := 0; k < v; k++ {
			if toks[k].Text == "," || !under(toks, k, r) {
				return // a relative clause between commas: repairNounRoot
			}
		}
		p := relativePredicate(toks, v)
		if p < 0 {
			return
		}
		h := p // the predicate's head
		if d := toks[p].Dep; d == "aux" || d == "cop" || d == "aux:pass" {
			h = toks[p].Head
		}
		if h <= v || !under(toks, h, v) || toks[h].UPOS == "NOUN" || toks[h].UPOS == "PROPN" {
			return
		}
		if h != p && (toks[h].Dep == "conj" || childDep(toks, h, "cc") >= 0) {
			return
		}
		for k := range toks {
			if toks[k].Head == h && (strings.HasPrefix(toks[k].Dep, "nsubj") || toks[k].Dep == "mark" || toks[k].Dep == "expl") {
				return
			}
		}
		if toks[h].UPOS == "AUX" && toks[h].Lemma == "be" {
			h = measuredAdjective(toks, h)
		}
		toks[h].Head, toks[h].Dep = -1, "root"
		if toks[h].XPOS == "VBN" && toks[h].Dep == "root" && childDep(toks, h, "aux") < 0 && childDep(toks, h, "aux:pass") < 0 {
			toks[h].XPOS = "VBD"
		}
		dep := "nsubj"
		if childDep(toks, h, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		toks[r].Head, toks[r].Dep = h, dep
		for k := v + 1; k < p; k++ {
			if toks[k].Head == h {
				toks[k].Head = v // "regularly": the relative clause's
			}
		}
		for k := h + 1; k < len(toks); k++ {
			if toks[k].Head == r {
				toks[k].Head = h // the final stop
			}
		}
		return
	}
}

// repairRelativeObjectSubject corrects a subject with a relative clause
// whose object the parser made the subject of the sentence's verb, hung as
// a complement clause on the relative clause's verb ("Drivers who see a
// warning light should contact a dealer" read as "see [a warning light
// should contact a dealer]", leaving the noun "Drivers" the root): a
// sentence needs a predicate, so when the root is that noun and the
// relative clause's verb takes no clause (no verb of saying, thinking or
// knowing) and has no object, the complement's verb is the root, its
// subject noun the relative verb's object and the root noun its subject.
func repairRelativeObjectSubject(s *Sentence) {
	toks := s.Tokens
	a := rootOf(toks) // the root, the noun or an adverb over it
	if a < 0 {
		return
	}
	r := a // the subject noun
	if toks[a].UPOS == "ADV" {
		// "Until then, drivers who see ...": the noun the subject of the
		// opening adverb
		r = childDep(toks, a, "nsubj")
		if r < a {
			return
		}
	}
	if toks[r].UPOS != "NOUN" && toks[r].UPOS != "PROPN" && toks[r].UPOS != "PRON" {
		return
	}
	for v := r + 1; v < len(toks); v++ {
		if toks[v].Head != r || toks[v].Dep != "acl:relcl" || toks[v].UPOS != "VERB" {
			continue
		}
		if lexicon.Reporting(toks[v].Lemma) || lexicon.Factive(toks[v].Lemma) {
			return
		}
		w := -1 // the relative pronoun, the clause's subject
		for k := r + 1; k < v; k++ {
			if toks[k].Text == "," {
				return
			}
			if toks[k].Head == v && strings.HasPrefix(toks[k].Dep, "nsubj") {
				switch strings.ToLower(toks[k].Text) {
				case "who", "that", "which":
					w = k
				}
			}
		}
		if w < 0 || childDep(toks, v, "obj") >= 0 {
			return
		}
		h := childDep(toks, v, "ccomp")
		if h <= v || toks[h].UPOS != "VERB" || childDep(toks, h, "mark") >= 0 {
			return
		}
		if x := toks[h].XPOS; x != "VBD" && x != "VBZ" && x != "VBP" && childDep(toks, h, "aux") < 0 {
			return
		}
		o := -1 // the complement's subject, the relative verb's object
		for k := v + 1; k < h; k++ {
			if toks[k].Head == h && strings.HasPrefix(toks[k].Dep, "nsubj") {
				o = k
			}
			if toks[k].Text == "," {
				return
			}
		}
		if o < 0 || toks[o].UPOS != "NOUN" && toks[o].UPOS != "PROPN" {
			return
		}
		toks[o].Head, toks[o].Dep = v, "obj"
		toks[h].Head, toks[h].Dep = -1, "root"
		dep := "nsubj"
		if childDep(toks, h, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		toks[r].Head, toks[r].Dep = h, dep
		for k := h + 1; k < len(toks); k++ {
			if toks[k].Head == r || toks[k].Head == a {
				toks[k].Head = h // the final stop
			}
		}
		if a != r {
			toks[a].Head, toks[a].Dep = h, "advmod"
			if childDep(toks, a, "case") >= 0 {
				toks[a].Dep = "obl" // "until then"
			}
		}
		return
	}
}

// relativePredicate returns the first finite verb, modal or form of "be"
// after verb v in v's phrase that has no subject of its own (nor has its
// head, for an auxiliary or copula), or -1.
func relativePredicate(toks []Token, v int) int {
	for k := v + 1; k < len(toks); k++ {
		if !under(toks, k, v) {
			return -1
		}
		t := toks[k]
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
		case "VBN": // "who planted early lost": a past tense read as a participle
			if t.Dep != "conj" || t.Head != v || toks[v].XPOS != "VBD" || childDep(toks, k, "aux") >= 0 || childDep(toks, k, "aux:pass") >= 0 {
				continue
			}
		default:
			continue
		}
		h := k
		if t.Dep == "aux" || t.Dep == "cop" || t.Dep == "aux:pass" {
			h = t.Head
		}
		own := false
		for j := range toks {
			if toks[j].Head == h && (strings.HasPrefix(toks[j].Dep, "nsubj") || toks[j].Dep == "mark") {
				own = true
			}
		}
		if own {
			return -1 // "who said the vote was rigged": a clause of its own, ask no further
		}
		if h == k && t.Dep == "conj" && t.Head == v {
			if childDep(toks, k, "cc") >= 0 || toks[k-1].Text == "," {
				continue // "who stayed and fought": the clause's own second verb
			}
			return k // "Farmers who planted early lost": no "and", no comma
		}
		if t.UPOS == "VERB" && h == k && t.Dep != "ccomp" && t.Dep != "acl" && t.Dep != "parataxis" && t.Dep != "xcomp" {
			return -1
		}
		return k
	}
	return -1
}

// repairRelativeSecondSubject gives a relative clause in the subject back
// its object where the parser made that object a second subject of the
// sentence's verb ("Pensioners who swam at least 20 lengths a week were
// less likely ...", with "lengths" a subject of "likely" and "swam" left
// with nothing): a verb has one subject, and a noun right after the first
// subject's relative clause, whose verb has no object or complement, is
// that verb's object.
func repairRelativeSecondSubject(s *Sentence) {
	toks := s.Tokens
	for b := range toks {
		h := toks[b].Head
		if toks[b].Dep != "nsubj" || h < 0 || h < b || toks[b].UPOS != "NOUN" {
			continue
		}
		a := -1
		for k := 0; k < b; k++ {
			if toks[k].Head == h && strings.HasPrefix(toks[k].Dep, "nsubj") {
				a = k
			}
		}
		if a < 0 || a == b {
			continue
		}
		v := -1
		for k := a + 1; k < b; k++ {
			if toks[k].Head == a && toks[k].Dep == "acl:relcl" && toks[k].UPOS == "VERB" {
				v = k
			}
		}
		if v < 0 || childDep(toks, v, "obj") >= 0 || childDep(toks, v, "ccomp") >= 0 || childDep(toks, v, "xcomp") >= 0 {
			continue
		}
		ok := true
		for k := v + 1; k < b; k++ {
			ok = ok && under(toks, k, b) && toks[k].Text != ","
		}
		if !ok {
			continue
		}
		toks[b].Head, toks[b].Dep = v, "obj"
	}
}

// measuredAdjective makes the adjective of "were about a quarter less
// likely" the predicate of "be" b, where the parser hung the measure
// ("a quarter") on b and the adjective after it on the measure: the
// adjective takes b as its copula, the measure as its modifier and b's
// other dependents. It returns the adjective, or b when there is none.
func measuredAdjective(toks []Token, b int) int {
	for n := b + 1; n < len(toks); n++ {
		if toks[n].Head != b || toks[n].Dep != "obl" && toks[n].Dep != "obj" || toks[n].UPOS != "NOUN" {
			continue
		}
		for a := n + 1; a < len(toks); a++ {
			if toks[a].Head != n || toks[a].Dep != "amod" || toks[a].UPOS != "ADJ" {
				continue
			}
			for k := range toks {
				if toks[k].Head == b {
					toks[k].Head = a
				}
			}
			toks[n].Head, toks[n].Dep = a, "obl:npmod"
			toks[b].Head, toks[b].Dep = a, "cop"
			return a
		}
		return b
	}
	return b
}

// repairCoordinatedClause joins a second clause after ", and" to the first
// where the parser read it as a complement of the first clause's verb
// ("The dinar rose 1.2 percent on Monday, and the yield on government bonds
// fell", with "yield" coordinated with "percent" and "bonds fell" a
// complement of "rose"; "Motors sold 40,000 cars in May, and rival Kestel
// reported a loss", with "cars" the subject of "reported"): a verb that
// reports nothing takes no clause as complement, so the words between the
// "and" and the second verb are its subject and the verb a conjunct of the
// first. A noun of those words made the second verb's subject joins the
// phrase as its head ("government bonds"); a subject of the second verb
// before the "and" goes back to the first verb as its object.
func repairCoordinatedClause(s *Sentence) {
	toks := s.Tokens
	for x := 3; x < len(toks); x++ {
		// "Voters had a genuine choice, but the field was not level", with
		// "level" coordinated with "choice": a conjunct with a subject and a
		// copula of its own is a clause, coordinated with the verb's
		n := toks[x].Head
		if toks[x].Dep != "conj" || n < 0 || n > x || toks[n].UPOS != "NOUN" || childDep(toks, x, "cop") < 0 {
			continue
		}
		sb := childDep(toks, x, "nsubj")
		v := toks[n].Head
		if sb < 0 || sb < n || v < 0 || toks[v].UPOS != "VERB" || toks[n].Dep != "obj" && toks[n].Dep != "obl" {
			continue
		}
		toks[x].Head = v
	}
	for v := 3; v < len(toks); v++ {
		w := toks[v].Head
		if toks[v].Dep != "ccomp" || toks[v].UPOS != "VERB" || w < 0 || w > v || toks[w].UPOS != "VERB" ||
			lexicon.Reporting(toks[w].Lemma) || lexicon.Factive(toks[w].Lemma) || !finite(toks, v) {
			continue
		}
		c := -1 // the "and" after a comma
		for k := w + 2; k < v-1; k++ {
			switch strings.ToLower(toks[k].Text) {
			case "and", "but":
				if toks[k-1].Text == "," && toks[k].UPOS == "CCONJ" {
					c = k
				}
			}
		}
		if c < 0 {
			continue
		}
		// the words between "and" and the verb: a phrase with no finite verb
		// and no punctuation, whose tokens hang inside it or on its head
		n := -1
		ok := true
		for k := c + 1; k < v; k++ {
			t := toks[k]
			last := k == v-1 && t.Head == v && strings.HasPrefix(t.Dep, "nsubj") && (t.UPOS == "NOUN" || t.XPOS == "VBZ")
			if t.UPOS == "PUNCT" || t.UPOS == "AUX" || t.UPOS == "VERB" && t.XPOS != "VBG" && t.XPOS != "VBN" && !last {
				ok = false
				break
			}
			if h := t.Head; h <= c || h >= v {
				if n < 0 {
					n = k
				} else if !last || toks[k-1].UPOS != "NOUN" || !under(toks, k-1, n) {
					ok = false // only "bonds" of "government bonds fell" may hang outside
					break
				}
			}
		}
		if !ok || n < 0 || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" && toks[n].UPOS != "PRON" {
			continue
		}
		// a subject of v before the "and" is the first verb's object
		for k := w + 1; k < c; k++ {
			if toks[k].Head == v && strings.HasPrefix(toks[k].Dep, "nsubj") {
				if childDep(toks, w, "obj") >= 0 || toks[k].UPOS != "NOUN" {
					ok = false
				}
			}
		}
		if !ok {
			continue
		}
		for k := w + 1; k < c; k++ {
			if toks[k].Head == v && strings.HasPrefix(toks[k].Dep, "nsubj") {
				toks[k].Head, toks[k].Dep = w, "obj"
			}
		}
		if b := v - 1; b != n && toks[b].Head == v {
			// "government bonds": the last noun heads the phrase's end
			g := b - 1
			for k := range toks {
				if toks[k].Head == g && k < g && toks[k].Dep != "compound" {
					toks[k].Head = b
				}
			}
			toks[b].Head, toks[b].Dep = toks[g].Head, toks[g].Dep
			if toks[b].UPOS == "VERB" {
				toks[b].UPOS, toks[b].XPOS, toks[b].Lemma = "NOUN", "NNS", strings.TrimSuffix(strings.ToLower(toks[b].Text), "s")
			}
			toks[g].Head, toks[g].Dep = b, "compound"
		}
		dep := "nsubj"
		if childDep(toks, v, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		toks[n].Head, toks[n].Dep = v, dep
		toks[c].Head, toks[c].Dep = v, "cc"
		toks[c-1].Head, toks[c-1].Dep = v, "punct"
		toks[v].Head, toks[v].Dep = w, "conj"
	}
}

// clauseSubordinators open a clause but are read as prepositions of the
// clause's subject ("after their car was swept away").
var clauseSubordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "once": true}

// repairSubordinateSubject reads "after their car was swept away" as a
// clause, where the parser made "after their car" a phrase of the main
// verb and the clause's predicate a complement of it ("Two people were
// missing after their car was swept away", with "was swept away" said of
// the people), or made that predicate the root and the main verb a
// modifier of the subject ("The airport reopened after the runway was
// cleared"): the noun right before a finite "be" or "have" is the clause's
// subject, "after" its subordinating word and the clause an adverbial
// clause of the main verb. A report closing the sentence ("she said") goes
// back to the main verb.
func repairSubordinateSubject(s *Sentence) {
	toks := s.Tokens
	for c := range toks {
		// "were missing after their canoe was swept away" read as a
		// complement: a clause that "after" opens is adverbial
		if p := toks[c].Head; clauseSubordinators[strings.ToLower(toks[c].Text)] && toks[c].Dep == "mark" && p > c && toks[p].Dep == "ccomp" && toks[p].Head >= 0 && toks[p].Head < c {
			toks[p].Dep = "advcl"
		}
	}
	for c := range toks {
		if !clauseSubordinators[strings.ToLower(toks[c].Text)] || toks[c].UPOS != "ADP" || toks[c].Dep != "case" {
			continue
		}
		n := toks[c].Head
		if n <= c || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" && toks[n].UPOS != "PRON" {
			continue
		}
		e := n
		for k := n + 1; k < len(toks) && under(toks, k, n); k++ {
			e = k
		}
		if e+2 >= len(toks) {
			continue
		}
		a := toks[e+1]
		p := a.Head
		if a.UPOS != "AUX" || a.Lemma != "be" && a.Lemma != "have" || a.XPOS != "VBD" && a.XPOS != "VBZ" && a.XPOS != "VBP" ||
			a.Dep != "aux" && a.Dep != "aux:pass" && a.Dep != "cop" || p <= e+1 {
			continue
		}
		own := false
		for k := c; k < len(toks); k++ {
			own = own || toks[k].Head == p && (strings.HasPrefix(toks[k].Dep, "nsubj") || toks[k].Dep == "mark")
		}
		m := toks[n].Head // the main verb
		if own || m < 0 || m >= c || m == p || toks[m].UPOS != "VERB" {
			continue
		}
		switch {
		case toks[p].Head == m:
		case toks[p].Head == -1 && toks[m].Dep == "acl" && toks[m].Head < m && toks[toks[m].Head].Head == p &&
			strings.HasPrefix(toks[toks[m].Head].Dep, "nsubj") && childDep(toks, m, "aux") < 0 && childDep(toks, m, "aux:pass") < 0:
			// "The airport reopened after the runway was cleared": p is the root
			sub := toks[m].Head
			toks[m].Head, toks[m].Dep = -1, "root"
			if toks[m].XPOS == "VBN" {
				toks[m].XPOS = "VBD"
			}
			toks[sub].Head, toks[sub].Dep = m, "nsubj"
			for k := p + 1; k < len(toks); k++ {
				if toks[k].Head == p && toks[k].Dep == "punct" && k == len(toks)-1 {
					toks[k].Head = m
				}
			}
		default:
			continue
		}
		toks[p].Head, toks[p].Dep = m, "advcl"
		dep := "nsubj"
		if childDep(toks, p, "aux:pass") >= 0 {
			dep = "nsubj:pass"
		}
		toks[n].Head, toks[n].Dep = p, dep
		toks[c].Head, toks[c].Dep, toks[c].UPOS = p, "mark", "SCONJ"
		for k := p + 1; k < len(toks); k++ {
			if toks[k].Head == p && (toks[k].Dep == "parataxis" || toks[k].Dep == "advcl") && lexicon.Speech(toks[k].Lemma) && toks[k-1].Text != "," {
				if d := childDep(toks, k, "punct"); d < 0 && k >= 2 && toks[k-2].Text == "," || d >= 0 {
					toks[k].Head, toks[k].Dep = m, "parataxis"
				}
			}
		}
		for k := p + 1; k < len(toks); k++ {
			if toks[k].Head == p && toks[k].Dep == "punct" && k == len(toks)-1 {
				toks[k].Head = m
			}
		}
	}
}

// descriptorAdjectives are nouns that describe a company before its name
// and that the tagger also reads as adjectives ("Logistics firm Kestrel",
// "Tech giant Vell").
var descriptorAdjectives = map[string]bool{"firm": true, "giant": true}

// repairDescriptorNoun corrects "Logistics firm Kestrel Freight said" read
// with "firm" an adjective (and "Mining" or "Shipping" a verb): after a
// noun or a gerund and before a capitalised name, "firm" is the noun the
// name is described by, and a gerund opening the sentence before it is a
// noun too.
func repairDescriptorNoun(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		if !descriptorAdjectives[strings.ToLower(words[i])] || xpos[i] == "NN" || !isUpperInitial(words[i+1]) || !strings.HasPrefix(xpos[i+1], "NNP") && xpos[i+1] != "NN" {
			continue
		}
		p := xpos[i-1]
		if !strings.HasPrefix(p, "NN") && p != "VBG" && p != "JJ" {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NN"
		if p == "VBG" && i == 1 {
			upos[0], xpos[0] = "NOUN", "NN"
		}
	}
}

// repairDescriptorCompound hangs a noun the parser made a second subject
// right before another subject's phrase on the noun after it ("Logistics
// firm Kestrel Freight said", with "Logistics" and "Kestrel" both subjects
// of "said"): a verb has one subject, and the noun says what kind of firm.
func repairDescriptorCompound(s *Sentence) {
	toks := s.Tokens
	for k := 0; k+2 < len(toks); k++ {
		d, v := k+1, toks[k].Head
		if toks[k].UPOS != "NOUN" || toks[k].Dep != "nsubj" || v <= d || toks[d].UPOS != "NOUN" || toks[d].Head <= d {
			continue
		}
		n := toks[d].Head
		for n >= 0 && toks[n].Head != v {
			n = toks[n].Head
		}
		if n <= d || toks[n].Dep != "nsubj" || len(s.Children(k)) > 0 {
			continue
		}
		toks[k].Head, toks[k].Dep = d, "compound"
		if toks[d].Dep == "amod" {
			toks[d].Dep = "compound" // a noun is no adjective
		}
	}
}

// repairForExample gives the clause after "for example" or "for instance"
// back to the clause it illustrates, where the parser made it a modifier of
// "example" ("may be healthier in other ways, for example by eating
// better", with "example" read as the one eating): the clause is an
// adverbial clause of the nearest verb or predicate above "example", and
// "for example" a phrase of the clause.
func repairForExample(s *Sentence) {
	toks := s.Tokens
	for e := 1; e < len(toks); e++ {
		switch strings.ToLower(toks[e].Text) {
		case "example", "instance":
		default:
			continue
		}
		if !strings.EqualFold(toks[e-1].Text, "for") || toks[e-1].Head != e {
			continue
		}
		x := -1
		for k := e + 1; k < len(toks); k++ {
			if toks[k].Head == e && toks[k].Dep == "acl" && toks[k].UPOS == "VERB" {
				x = k
				break
			}
		}
		if x < 0 {
			continue
		}
		p := toks[e].Head
		for p >= 0 && toks[p].UPOS != "VERB" && toks[p].UPOS != "ADJ" && toks[p].Head >= 0 {
			p = toks[p].Head
		}
		if p < 0 || p == x || under(toks, p, e) {
			continue
		}
		toks[x].Head, toks[x].Dep = p, "advcl"
		toks[e].Head, toks[e].Dep = x, "obl"
		if c := e - 2; c >= 0 && toks[c].Text == "," && toks[c].Dep == "punct" {
			toks[c].Head = x
		}
	}
}

// repairObjectLabels corrects two labels that leave a verb's object
// empty: a passive subject on a verb with no passive auxiliary ("a step
// it had first flagged", with "it" read as nsubj:pass under "had") is
// the active subject; an indirect object with no direct object beside it
// ("he had visited Crace only last month") is the object, but for verbs
// of telling ("told Wire", "told analysts on a call that ...").
func repairObjectLabels(s *Sentence) {
	toks := s.Tokens
	for k := range toks {
		v := toks[k].Head
		if v < 0 {
			continue
		}
		switch toks[k].Dep {
		case "nsubj:pass":
			if toks[v].XPOS == "VBN" && childDep(toks, v, "aux:pass") < 0 && childDep(toks, v, "aux") >= 0 {
				toks[k].Dep = "nsubj"
			}
		case "iobj":
			if toks[v].UPOS == "VERB" && !tellVerbs[toks[v].Lemma] && !lexicon.Speech(toks[v].Lemma) && childDep(toks, v, "obj") < 0 && childDep(toks, v, "ccomp") < 0 && childDep(toks, v, "xcomp") < 0 {
				toks[k].Dep = "obj"
			}
		}
	}
}

// repairSpeechThatClause gives a verb of saying back the clause it reports
// where the parser hung the clause on a phrase of the verb as a relative
// clause ("The council said at the time that the difference reflected the
// climate", "Officials said at a news conference that the storm had
// destroyed 200 homes"): a clause opened by "that" with a subject of its
// own, right after a phrase of a verb of saying with no reported clause,
// is what was said.
func repairSpeechThatClause(s *Sentence) {
	toks := s.Tokens
	for m := 2; m+2 < len(toks); m++ {
		v := toks[m].Head
		if !strings.EqualFold(toks[m].Text, "that") || toks[m].Dep != "mark" || v <= m {
			continue
		}
		n := toks[v].Head
		if toks[v].Dep != "acl:relcl" && toks[v].Dep != "acl" || n < 0 || n >= m || toks[v].UPOS != "VERB" {
			continue
		}
		sv := toks[n].Head
		if toks[n].Dep != "obl" || sv < 0 || sv > n || toks[sv].UPOS != "VERB" ||
			!lexicon.Speech(toks[sv].Lemma) && !tellVerbs[toks[sv].Lemma] || childDep(toks, sv, "ccomp") >= 0 {
			continue
		}
		subj := childDep(toks, v, "nsubj")
		if subj < 0 {
			subj = childDep(toks, v, "nsubj:pass")
		}
		if subj < m {
			continue
		}
		ok := true
		for k := n + 1; k < m; k++ {
			ok = ok && under(toks, k, n) // the phrase ends right before "that"
		}
		if !ok {
			continue
		}
		toks[v].Head, toks[v].Dep = sv, "ccomp"
		toks[m].UPOS, toks[m].XPOS = "SCONJ", "IN"
	}
}

// comparatives open a comparison that "than" continues.
var comparatives = map[string]bool{"more": true, "less": true, "fewer": true, "better": true, "worse": true,
	"higher": true, "lower": true, "greater": true, "faster": true, "longer": true, "larger": true, "smaller": true}

// repairThanClause reads "more than the region normally receives in two
// months" as a comparison, where the parser made "than the region" a
// phrase and "receives" a clause of its own (so the region "receives in
// two months", or, with no subject left, the sentence's subject "had
// expected" something): after a comparative, "than" before a noun phrase
// and a finite verb with no other subject opens a clause, the noun its
// subject and the clause a modifier of the comparative.
func repairThanClause(s *Sentence) {
	toks := s.Tokens
	for t := 1; t+2 < len(toks); t++ {
		c := t - 1
		if !strings.EqualFold(toks[t].Text, "than") || toks[t].Dep != "case" || !comparatives[strings.ToLower(toks[c].Text)] {
			continue
		}
		n := toks[t].Head
		if n <= t || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" && toks[n].UPOS != "PRON" {
			continue
		}
		e := n
		for k := n + 1; k < len(toks) && under(toks, k, n); k++ {
			e = k
		}
		// the verb: the first token after the phrase (past adverbs and
		// auxiliaries) that is a verb and not inside the phrase
		v := -1
		for k := e + 1; k < len(toks); k++ {
			if toks[k].UPOS == "ADV" || toks[k].UPOS == "AUX" {
				continue
			}
			if toks[k].UPOS == "VERB" {
				v = k
			}
			break
		}
		if v < 0 || !finite(toks, v) || under(toks, c, v) && toks[c].Head != v {
			continue
		}
		subj := -1
		for k := range toks {
			if toks[k].Head == v && strings.HasPrefix(toks[k].Dep, "nsubj") {
				subj = k
			}
		}
		if subj >= 0 && subj != n {
			continue
		}
		for k := e + 1; k < v; k++ {
			if toks[k].Head != v {
				toks[k].Head = v
			}
		}
		if toks[c].Head == v {
			// ", more than the region receives": the comparative takes the
			// clause's place, as a remark on the clause before it
			toks[c].Head, toks[c].Dep = toks[v].Head, toks[v].Dep
			if toks[c].Dep == "conj" || toks[c].Dep == "ccomp" {
				toks[c].Dep = "parataxis"
			}
			for k := range toks {
				if toks[k].Head == v && toks[k].Dep == "punct" && k < c {
					toks[k].Head = c
				}
			}
		}
		toks[v].Head, toks[v].Dep = c, "advcl"
		subordinate(toks, v, n, t)
	}
}

// repairArticleBaseVerb corrects "A brisk walk around the neighbourhood
// makes a difference" tagged with "brisk" a noun and "walk" a base-form
// verb: a base form never follows "a" and a singular noun, so with a
// finite verb later in the sentence the word is the noun the phrase ends
// with.
func repairArticleBaseVerb(words, upos, xpos []string) {
	for i := 1; i+2 < len(words); i++ {
		a := strings.ToLower(words[i-1])
		if a != "a" && a != "an" || xpos[i] != "NN" || xpos[i+1] != "VB" {
			continue
		}
		later := false
		for j := i + 2; j < len(words); j++ {
			later = later || xpos[j] == "VBZ" || xpos[j] == "VBD"
		}
		if later {
			upos[i+1], xpos[i+1] = "NOUN", "NN"
		}
	}
}

// timeUnits measure how long before or after something an event was.
var timeUnits = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true}

// repairTimeBefore reads "about 20 minutes after takeoff" and "three days
// after the vote" as a measure of time on the verb beside the phrase
// "after" opens, where the parser made the measure the verb's
// object ("He resigned three days after the vote": he resigned no days)
// or a modifier of the noun after "after" (so "turned back after | about
// 20 minutes takeoff"): the measure says how long after, an npmod of the
// verb, and the phrase after "after" hangs on the verb.
func repairTimeBefore(s *Sentence) {
	toks := s.Tokens
	for m := 1; m+2 < len(toks); m++ {
		a := m + 1
		if !timeUnits[toks[m].Lemma] || toks[m].UPOS != "NOUN" {
			continue
		}
		switch strings.ToLower(toks[a].Text) {
		case "after", "before":
		default:
			continue
		}
		h := toks[a].Head // the noun "after" opens
		if h <= a || toks[a].Dep != "case" || childDep(toks, h, "acl") >= 0 || childDep(toks, h, "acl:relcl") >= 0 {
			continue // "came days after the firm declined ...": the clause carries the measure
		}
		v := -1 // the verb the measure goes on
		switch {
		case toks[m].Head == h && (toks[m].Dep == "nmod:unmarked" || toks[m].Dep == "nmod:npmod" || toks[m].Dep == "nmod"):
			v = toks[h].Head
			if v < 0 || toks[v].UPOS != "VERB" || toks[h].Dep != "obl" && toks[h].Dep != "advcl" {
				continue
			}
		case toks[m].Dep == "obj" && toks[toks[m].Head].UPOS == "VERB":
			v = toks[m].Head
			if toks[h].Head != v && toks[h].Head != m {
				continue
			}
			if toks[h].Head == m {
				toks[h].Head, toks[h].Dep = v, "obl"
			}
		default:
			continue
		}
		toks[m].Head, toks[m].Dep = v, "obl:npmod"
	}
}

// repairWonParticiple corrects "won" read as a preposition (the currency's
// name taken for a function word) right after a form of "have" ("the firm
// had won the contracts"): it is the participle of "win".
func repairWonParticiple(words, upos, xpos []string) {
	for i := 1; i < len(words); i++ {
		if strings.ToLower(words[i]) != "won" || xpos[i] != "IN" {
			continue
		}
		switch strings.ToLower(words[i-1]) {
		case "had", "has", "have", "having":
			upos[i], xpos[i] = "VERB", "VBN"
		}
	}
}

// repairHeadlineNounVerb corrects a headline read as a compound noun and a
// base-form verb ("Opposition wins landslide in election", "Union wins pay
// rise for nurses", tagged "opposition wins" a compound and "landslide" its
// verb): in a line with no closing period, whose first clause has no other
// verb, a verb's third person right after an opening noun phrase that ends
// in a singular noun, followed by a lower-case base form (no verb of change:
// "Retail sales jump 5 percent") and a preposition, a noun or the end of
// the line, is the verb, and the base form the noun its object opens with.
func repairHeadlineNounVerb(words, upos, xpos []string) {
	n := len(words)
	if n < 3 || words[n-1] == "." {
		return
	}
	i := 0
	for i < n && (strings.HasPrefix(xpos[i], "NN") && xpos[i] != "NNS" || xpos[i] == "JJ") {
		i++
	}
	if i == 0 || i+1 >= n || xpos[i-1] != "NN" && xpos[i-1] != "NNP" || changeBase[strings.ToLower(words[i+1])] || xpos[i] != "NNS" || !presentForm(words[i]) || xpos[i+1] != "VB" && xpos[i+1] != "VBP" || words[i+1] != strings.ToLower(words[i+1]) {
		return
	}
	if i+2 < n {
		switch xpos[i+2] {
		case "IN", "NN", "NNS", "TO", "CD":
		default:
			return
		}
	}
	for k := i + 2; k < n && words[k] != "," && words[k] != ";"; k++ {
		if strings.HasPrefix(xpos[k], "VB") || xpos[k] == "MD" {
			return
		}
	}
	xpos[i], upos[i] = "VBZ", "VERB"
	xpos[i+1], upos[i+1] = "NN", "NOUN"
}

// focusVerbs are third persons of verbs that take "on" or "upon" and that
// the tagger also reads as plural nouns ("The inquiry focuses on ...").
var focusVerbs = map[string]bool{"focuses": true, "centres": true, "centers": true, "concentrates": true,
	"relies": true, "depends": true, "hinges": true, "rests": true, "touches": true}

// repairFocusVerb corrects "The inquiry focuses on contracts granted in
// 2023" tagged with "focuses" a plural noun and "granted" the sentence's
// verb: with no present tense or modal in the sentence, such a word right
// after a singular noun and before "on" or "upon" is the verb (VBZ), and a
// past form right after a noun later on describes that noun (VBN).
func repairFocusVerb(words, upos, xpos []string) {
	for i := 1; i+2 < len(words); i++ {
		if !focusVerbs[strings.ToLower(words[i])] || xpos[i] != "NNS" || xpos[i-1] != "NN" && xpos[i-1] != "NNP" {
			continue
		}
		if p := strings.ToLower(words[i+1]); p != "on" && p != "upon" {
			continue
		}
		for _, x := range xpos {
			if x == "VBZ" || x == "VBP" || x == "MD" {
				return
			}
		}
		xpos[i], upos[i] = "VBZ", "VERB"
		for j := i + 2; j < len(words); j++ {
			if xpos[j] == "VBD" && strings.HasPrefix(xpos[j-1], "NN") {
				xpos[j] = "VBN"
			}
		}
		return
	}
}

// repairNounObjectRelative reads "a move the company described as
// unlawful" as a relative clause with no relative word, where the parser
// made "the company" an object of the noun "move" and "described" a
// participle on "company" (so the company was described as unlawful): a
// noun takes no object, so the noun phrase after it is the subject of the
// verb that follows it, and that clause describes the first noun.
func repairNounObjectRelative(s *Sentence) {
	toks := s.Tokens
	for n2 := 2; n2+1 < len(toks); n2++ {
		n1 := toks[n2].Head
		if toks[n2].Dep != "obj" || n1 < 0 || n1 > n2 || toks[n1].UPOS != "NOUN" || toks[n2].UPOS != "NOUN" && toks[n2].UPOS != "PROPN" && toks[n2].UPOS != "PRON" {
			continue
		}
		v := -1
		for k := n2 + 1; k < len(toks); k++ {
			if toks[k].Head == n2 && (toks[k].Dep == "acl" || toks[k].Dep == "acl:relcl") && toks[k].UPOS == "VERB" {
				v = k
				break
			}
		}
		if v < 0 || toks[v].XPOS != "VBD" && toks[v].XPOS != "VBN" || childDep(toks, v, "aux") >= 0 || childDep(toks, v, "aux:pass") >= 0 || childDep(toks, v, "obj") >= 0 {
			continue
		}
		ok := true
		for k := n2 + 1; k < v; k++ {
			ok = ok && under(toks, k, n2) && toks[k].Text != ","
		}
		if !ok {
			continue
		}
		toks[v].Head, toks[v].Dep, toks[v].XPOS = n1, "acl:relcl", "VBD"
		toks[n2].Head, toks[n2].Dep = v, "nsubj"
	}
}

// repairRelativeTense corrects a participle tag on the verb of a relative
// clause that has a subject of its own and no auxiliary ("a move the
// company described as unlawful", "the plan the mayor unveiled"): with a
// subject and no auxiliary the verb is finite, a past tense (VBD).
func repairRelativeTense(s *Sentence) {
	toks := s.Tokens
	for v := range toks {
		if toks[v].Dep != "acl:relcl" || toks[v].UPOS != "VERB" || toks[v].XPOS != "VBN" || toks[v].Head < 0 || toks[v].Head > v {
			continue
		}
		subj, aux := false, false
		for k := range toks {
			if toks[k].Head != v {
				continue
			}
			switch toks[k].Dep {
			case "nsubj":
				subj = subj || k < v && k > toks[v].Head
			case "aux", "aux:pass", "cop":
				aux = true
			}
		}
		if subj && !aux {
			toks[v].XPOS = "VBD"
		}
	}
}

// personNouns are common nouns for people that "who" may stand for across
// a phrase of theirs ("people with serious mobility problems, who ...").
var personNouns = map[string]bool{"people": true, "person": true, "patient": true, "resident": true, "worker": true,
	"child": true, "adult": true, "man": true, "woman": true, "voter": true, "student": true, "member": true,
	"family": true, "parent": true, "driver": true, "passenger": true, "employee": true, "customer": true,
	"user": true, "tenant": true, "farmer": true, "victim": true, "official": true, "volunteer": true}

// repairWhoClause makes a clause whose subject is "who" a relative clause
// on the person noun before it, where the parser made it an adverbial
// clause of the verb ("apply to people with serious mobility problems, who
// were underrepresented in the study"): "who" opens no adverbial clause. A
// "with" phrase the parser hung on the verb between the noun and the
// clause goes back to the noun.
func repairWhoClause(toks []Token) {
	for w := 2; w+1 < len(toks); w++ {
		v := toks[w].Head
		if !strings.EqualFold(toks[w].Text, "who") || !strings.HasPrefix(toks[w].Dep, "nsubj") || v <= w || toks[v].Dep != "advcl" {
			continue
		}
		p := -1
		for k := w - 1; k >= 0; k-- {
			if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" {
				break
			}
			if toks[k].UPOS == "NOUN" && personNouns[toks[k].Lemma] || toks[k].UPOS == "PROPN" && strings.HasSuffix(toks[k].Ent, "PERSON") {
				p = k
				break
			}
		}
		if p < 0 {
			continue
		}
		h := toks[v].Head
		toks[v].Head, toks[v].Dep = p, "acl:relcl"
		for k := p + 1; k < w; k++ {
			if toks[k].Head == h && toks[k].Dep == "obl" && childDep(toks, k, "case") == p+1 && strings.EqualFold(toks[p+1].Text, "with") {
				toks[k].Head, toks[k].Dep = p, "nmod" // "people with ... problems"
			}
		}
	}
}

// subordinate makes token subj the subject of verb v and token mark the
// subordinator that opens v's clause.
func subordinate(toks []Token, v, subj, mark int) {
	toks[subj].Head, toks[subj].Dep = v, "nsubj"
	toks[mark].Head, toks[mark].Dep, toks[mark].UPOS = v, "mark", "SCONJ"
}
