package timeline

import (
	"strings"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/lexicon"
)

// synonymGroups are relation lemmas that name the same kind of event; the
// first of each group names the class. The list is general, not tuned to
// any story.
var synonymGroups = [][]string{
	{"sign", "ink"},
	{"meet", "talk", "negotiate", "confer"},
	{"back", "endorse", "support", "commit", "align", "pledge"},
	{"attack", "strike", "hit", "bomb", "shell", "target", "shake", "rock", "jolt", "rattle"},
	{"launch", "start", "begin", "initiate"},
	{"kill", "slay"},
	{"say", "tell", "state", "add", "note"},
	{"announce", "unveil", "reveal"},
	{"agree", "accept"},
	{"reject", "refuse", "dismiss", "rebuff"},
	{"propose", "suggest", "offer"},
	{"deploy", "send", "dispatch"},
	{"resign", "quit"},
	{"criticize", "condemn", "slam", "denounce", "criticise"},
	{"approve", "pass", "adopt", "ratify"},
	{"capture", "seize"},
	{"arrest", "detain"},
	{"release", "free"},
	{"visit", "tour"},
	{"arrive", "land"},
	{"warn", "caution"},
	{"invade", "occupy"},
	{"hold", "host", "convene", "organize", "organise"},
	{"attend", "participate", "join"},
	{"injure", "hurt", "wound"},
	{"die", "perish"},
	{"buy", "acquire", "purchase"},
	{"close", "shut", "suspend"},
	{"rise", "climb", "increase", "jump", "surge", "soar", "gain"},
	{"fall", "drop", "decline", "slide", "plunge", "tumble", "slump", "sink"},
	{"cut", "slash", "eliminate", "shed"},
	{"convict"},
	{"acquit"},
	{"sentence"},
	{"charge", "indict"},
	{"derail"},
	{"explode", "detonate"},
}

// phrases map multi-word relation lemmas to a class before the first word
// is taken.
var phrases = []struct{ prefix, class string }{
	{"hold talk", "meet"}, {"hold a meeting", "meet"}, {"hold meeting", "meet"},
	{"hold a summit", "meet"}, {"step down", "resign"}, {"take part", "attend"},
	{"set ablaze", "attack"}, {"set fire", "attack"}, {"open fire", "attack"},
	{"sign off", "approve"}, {"carry out", "carry out"},
	{"shut down", "close"}, {"blow up", "explode"},
}

// objectIdioms are a verb and the head of its object that together name
// one act: outlets say a train "derailed", "came off the rails", "left the
// tracks" or "jumped the tracks". The key is the relation lemma and the
// object's first content word, singular.
var objectIdioms = map[string]string{
	"come off rail": "derail", "come off track": "derail", "go off rail": "derail",
	"go off track": "derail", "leave track": "derail", "leave rail": "derail",
	"jump track": "derail", "jump rail": "derail",
}

// complements are a verb whose object is followed by a word saying what
// became of it, and that word: "found him guilty" convicts, "left 12
// people dead" kills. The key is the relation class and the word (two for
// "not guilty"); "not guilty" is tried first.
var complements = map[string]string{
	"find not guilty": "acquit", "find guilty": "convict", "find innocent": "acquit",
	"leave dead": "kill", "leave injured": "injure", "leave wounded": "injure",
	"declare guilty": "convict",
}

// patientActs are acts that the one they are done to identifies better
// than the one who does them: "a federal jury convicted Keller", "jurors
// found Keller guilty" and "Keller was convicted" on one day are one
// conviction; "police arrested X" and "X was detained" one arrest. Their
// passive ("was convicted") is an event of its subject as patient.
var patientActs = wordSet(`convict acquit sentence charge arrest kill injure elect appoint impeach
	execute extradite release capture kidnap abduct`)

// eventVerbs are the relation classes that name events: an undated fact
// is listed in Timeline.Undated only when its class is one of them.
var eventVerbs = wordSet(`meet sign back attack launch kill announce agree reject propose
		deploy resign criticize approve capture arrest release visit arrive invade hold attend
		win lose elect vote appoint name nominate withdraw declare open close end die ban impose lift
		sanction publish post write travel fly call fire sue charge convict sentence shoot destroy
		acquit derail explode injure
		damage annex cede recognize veto evacuate leave return expel order demand unveil carry`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// stative relations (states, opinions) never make events, dated or not.
var stative = wordSet(`be is are was were have has had seem appear remain consist belong
	think believe feel know want wish hope like need`)

// synonymIndex maps each lemma to its class name, built-in groups first.
func synonymIndex(extra [][]string) map[string]string {
	idx := map[string]string{}
	for _, groups := range [][][]string{synonymGroups, extra} {
		for _, g := range groups {
			if len(g) == 0 {
				continue
			}
			class := strings.ToLower(g[0])
			if c, ok := idx[class]; ok {
				class = c
			}
			for _, w := range g {
				w = strings.ToLower(w)
				if _, ok := idx[w]; !ok {
					idx[w] = class
				}
			}
		}
	}
	return idx
}

// relationClass returns the event class of a fact's relation: the first
// word of its lemma (after known phrases), mapped through the synonyms.
func relationClass(f extract.Fact, syn map[string]string) string {
	l := f.RelationLemma
	if l == "" {
		l = f.Relation
	}
	l = strings.ToLower(strings.Join(strings.Fields(l), " "))
	if roleRelation(l) {
		// "Steve Jobs | CEO of | Apple", "Alan Pryce | husband of | ...":
		// who someone is, no event
		return "be"
	}
	for _, w := range []string{"will ", "would ", "not ", "to ", "have ", "has ", "had "} {
		l = strings.TrimPrefix(l, w)
	}
	for _, p := range phrases {
		if l == p.prefix || strings.HasPrefix(l, p.prefix+" ") || strings.HasPrefix(l, p.prefix+"s") {
			l = p.class
			break
		}
	}
	first, _, _ := strings.Cut(l, " ")
	first = verbStem(first, syn)
	if c, ok := syn[first]; ok {
		return c
	}
	return first
}

// roleRelation reports a relation that names a role, a title or a kin
// word before "of" ("chief executive of", "co-founder of", "husband of"),
// as extraction reads off titles and appositions.
func roleRelation(l string) bool {
	words, ok := strings.CutSuffix(l, " of")
	if !ok || words == "" {
		return false
	}
	for _, w := range strings.Fields(words) {
		if !lexicon.Title(w) && !roleWords[w] {
			return false
		}
	}
	return true
}

// roleWords are roles and kin words the title lexicon does not list.
var roleWords = wordSet(`co-founder founder cofounder husband wife son daughter father mother brother sister
	uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother widow widower partner
	owner member head leader deputy spokesman spokeswoman spokesperson`)

// irregular past forms a weak lemmatizer may leave alone.
var irregular = map[string]string{
	"met": "meet", "held": "hold", "took": "take", "made": "make", "said": "say", "told": "tell",
	"led": "lead", "sent": "send", "left": "leave", "won": "win", "lost": "lose", "began": "begin",
	"begun": "begin", "struck": "strike", "fought": "fight", "saw": "see", "seen": "see", "gave": "give",
	"given": "give", "went": "go", "gone": "go", "came": "come", "got": "get", "brought": "bring",
	"thought": "think", "found": "find", "built": "build", "paid": "pay", "sold": "sell",
	"spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write", "chose": "choose",
	"drew": "draw", "flew": "fly", "rose": "rise", "fell": "fall", "shot": "shoot", "ran": "run",
	"stood": "stand", "became": "become", "withdrew": "withdraw", "withdrawn": "withdraw",
	"kept": "keep", "meant": "mean", "sought": "seek", "caught": "catch", "bought": "buy",
	"laid": "lay", "understood": "understand", "overtook": "overtake", "taken": "take",
	"driven": "drive", "drove": "drive", "broke": "break", "broken": "break", "hung": "hang",
	"swore": "swear", "sworn": "swear", "slew": "slay", "slain": "slay", "forbade": "forbid",
}

// verbStem maps an inflected verb to its base when the lemmatizer did not:
// irregular forms from a list, regular ones by stripping -s, -ed, -ing
// when the stem is a known relation (a synonym or an event verb).
func verbStem(w string, syn map[string]string) string {
	if b, ok := irregular[w]; ok {
		return b
	}
	known := func(b string) bool { _, ok := syn[b]; return ok || eventVerbs[b] || stative[b] }
	if known(w) {
		return w
	}
	for _, suf := range []string{"ied", "ies", "ed", "es", "s", "ing", "d"} {
		b, ok := strings.CutSuffix(w, suf)
		if !ok || len(b) < 2 {
			continue
		}
		if suf == "ied" || suf == "ies" {
			b += "y"
		}
		switch {
		case known(b):
			return b
		case known(b + "e"):
			return b + "e"
		case len(b) > 2 && b[len(b)-1] == b[len(b)-2] && known(b[:len(b)-1]):
			return b[:len(b)-1]
		}
	}
	return w
}

// passiveClass returns the class of a passive relation of a patient act
// ("be convicted", "was arrested by", "will be sentenced on", "got
// injured"), or "".
func passiveClass(f extract.Fact, syn map[string]string) string {
	l := f.RelationLemma
	if l == "" {
		l = f.Relation
	}
	ws := strings.Fields(strings.ToLower(l))
	for len(ws) > 1 && (ws[0] == "will" || ws[0] == "would" || ws[0] == "to" || ws[0] == "have" ||
		ws[0] == "has" || ws[0] == "had" || ws[0] == "been" && ws[1] == "be") {
		ws = ws[1:]
	}
	if len(ws) < 2 {
		return ""
	}
	switch ws[0] {
	case "be", "is", "are", "was", "were", "been", "being", "get", "got", "gets":
	default:
		return ""
	}
	w := ws[1]
	if w == "being" || w == "been" {
		if len(ws) < 3 {
			return ""
		}
		w = ws[2]
	}
	c := verbStem(w, syn)
	if k, ok := syn[c]; ok {
		c = k
	}
	if patientActs[c] {
		return c
	}
	return ""
}

// idiomClass returns the act a relation and its object name together
// ("came off the rails": derail), or "".
func idiomClass(f extract.Fact, syn map[string]string) string {
	l := f.RelationLemma
	if l == "" {
		l = f.Relation
	}
	ws := strings.Fields(strings.ToLower(l))
	if len(ws) == 0 {
		return ""
	}
	ws[0] = verbStem(ws[0], syn)
	head := ""
	for _, w := range strings.Fields(strings.ToLower(f.Object)) {
		w = strings.Trim(w, ".,;:\"'“”")
		if determiners[w] || stopWords[w] {
			continue
		}
		head = strings.TrimSuffix(w, "s")
		break
	}
	if head == "" {
		return ""
	}
	return objectIdioms[strings.Join(ws, " ")+" "+head]
}

// complementClass returns the act a verb of class rel and the word after
// its object name together ("found Keller guilty": convict; "left 12
// people dead and 40 injured": kill), or "". The word is read from the
// object's end and from the source sentence after the object.
func complementClass(f extract.Fact, rel string) string {
	if rel != "find" && rel != "leave" && rel != "declare" || f.Object == "" {
		return ""
	}
	var after []string
	obj := strings.Fields(strings.ToLower(f.Object))
	for i := range obj {
		obj[i] = strings.Trim(obj[i], ".,;:\"'“”")
	}
	for i := 1; i < len(obj) && after == nil; i++ {
		// "12 people dead and 40 injured", "him not guilty": the first
		// words saying what became of the object
		if _, ok := complements[rel+" "+obj[i]]; ok {
			after = obj[i:]
		}
		if _, ok := complements[rel+" "+obj[i]+" "+obj[min(i+1, len(obj)-1)]]; ok && i+1 < len(obj) {
			after = obj[i:]
		}
	}
	if after == nil && len(f.Sources) > 0 {
		s := f.Sources[0]
		end := -1
		if sp := s.Spans.Object; sp.End > 0 && sp.End-s.SentenceStart() <= len(s.Sentence) && sp.End > s.SentenceStart() {
			end = sp.End - s.SentenceStart()
		} else if i := strings.Index(s.Sentence, f.Object); i >= 0 {
			end = i + len(f.Object)
		}
		if end >= 0 {
			after = strings.Fields(strings.ToLower(s.Sentence[end:]))
		}
	}
	for i := range after {
		after[i] = strings.Trim(after[i], ".,;:\"'“”")
	}
	if len(after) > 1 {
		if c, ok := complements[rel+" "+after[0]+" "+after[1]]; ok {
			return c
		}
	}
	if len(after) > 0 {
		return complements[rel+" "+after[0]]
	}
	return ""
}
