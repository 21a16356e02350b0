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
	{"attack", "strike", "hit", "bomb", "shell", "target"},
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
}

// phrases map multi-word relation lemmas to a class before the first word
// is taken.
var phrases = []struct{ prefix, class string }{
	{"hold talk", "meet"}, {"hold a meeting", "meet"}, {"hold meeting", "meet"},
	{"hold a summit", "meet"}, {"step down", "resign"}, {"take part", "attend"},
	{"set ablaze", "attack"}, {"set fire", "attack"}, {"open fire", "attack"},
	{"sign off", "approve"}, {"carry out", "carry out"},
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

// stative relations never make events, dated or not.
var stative = map[string]bool{
	"be": true, "have": true, "seem": true, "remain": true, "consist": true, "belong": true,
	"is": true, "are": true, "was": true, "were": true, "has": true,
}

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
	if c, ok := syn[first]; ok {
		return c
	}
	return first
}
