package timeline

import (
	"strings"

	"github.com/storygraph/storygraph/extract"
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
}

// phrases map multi-word relation lemmas to a class before the first word
// is taken.
var phrases = []struct{ prefix, class string }{
	{"hold talk", "meet"}, {"hold a meeting", "meet"}, {"hold meeting", "meet"},
	{"hold a summit", "meet"}, {"step down", "resign"}, {"take part", "attend"},
	{"set ablaze", "attack"}, {"set fire", "attack"}, {"open fire", "attack"},
	{"sign off", "approve"}, {"carry out", "carry out"},
	{"shut down", "close"},
}

// eventVerbs are the relation classes that name events: an undated fact
// is listed in Timeline.Undated only when its class is one of them.
var eventVerbs = wordSet(`meet sign back attack launch kill announce agree reject propose
		deploy resign criticize approve capture arrest release visit arrive invade hold attend
		win lose elect vote appoint name nominate withdraw declare open close end die ban impose lift
		sanction publish post write travel fly call fire sue charge convict sentence shoot destroy
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
