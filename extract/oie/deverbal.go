package oie

import "strings"

// nomVerbs maps event and speech-act nouns to the verbs they derive from
// (or share their form with): "proposal" gives "propose".
var nomVerbs = map[string]string{
	"proposal": "propose", "demand": "demand", "decision": "decide", "refusal": "refuse",
	"agreement": "agree", "offer": "offer", "pledge": "pledge", "promise": "promise",
	"request": "request", "call": "call", "plan": "plan", "threat": "threaten",
	"announcement": "announce", "invasion": "invade", "attack": "attack", "withdrawal": "withdraw",
	"suggestion": "suggest", "recommendation": "recommend", "commitment": "commit",
	"insistence": "insist", "claim": "claim", "warning": "warn", "order": "order",
	"bid": "bid", "attempt": "attempt", "effort": "try", "intention": "intend",
	"vow": "vow", "appeal": "appeal", "ultimatum": "demand",
	"invitation": "invite", "acceptance": "accept", "rejection": "reject", "approval": "approve",
	"denial": "deny", "admission": "admit", "assertion": "assert", "statement": "state",
	"allegation": "allege", "accusation": "accuse", "rumour": "rumour", "rumor": "rumor", "speculation": "speculate",
	"declaration": "declare", "recognition": "recognize", "purchase": "purchase",
	"acquisition": "acquire", "sale": "sell", "investment": "invest", "occupation": "occupy",
	"annexation": "annex", "capture": "capture", "seizure": "seize", "destruction": "destroy",
	"bombing": "bomb", "assault": "assault", "strike": "strike", "murder": "murder",
	"killing": "kill", "arrest": "arrest", "election": "elect", "appointment": "appoint",
	"nomination": "nominate", "resignation": "resign", "departure": "depart", "arrival": "arrive",
	"visit": "visit", "support": "support", "opposition": "oppose", "criticism": "criticize",
	"condemnation": "condemn", "endorsement": "endorse", "deployment": "deploy",
	"creation": "create", "establishment": "establish", "construction": "construct",
	"release": "release", "launch": "launch", "expansion": "expand", "reduction": "reduce",
	"increase": "increase", "push": "push", "move": "move", "choice": "choose",
}

// topicPreps give a noun's topic, not its patient ("a decision on the
// budget", "a statement about the crash").
var topicPreps = map[string]bool{"on": true, "about": true, "regarding": true, "concerning": true, "over": true}

// patientOn holds the event nouns whose "on" names what they strike.
var patientOn = map[string]bool{
	"attack": true, "strike": true, "assault": true, "bombing": true, "raid": true, "invasion": true, "push": true,
}

// nominalisation emits (agent; verb; complement) for an event noun n with
// a possessor or a by-agent and a complement: "the minister's demand that
// the city close the bridge" gives (the minister; demand; that the city
// close the bridge), "Smith's proposal for both sides to withdraw" gives
// (Smith; proposal for; both sides to withdraw) with lemma "propose",
// "the invasion of Kuwait by Iraq" gives (Iraq; invasion of; Kuwait).
func (w *walker) nominalisation(n int) {
	verb := nomVerbs[w.lemma(n)]
	if verb == "" || w.t[n].UPOS != "NOUN" {
		return
	}
	agent := -1
	var atoks []int
	for _, c := range w.kids[n] {
		switch {
		case w.dep(c) == "nmod:poss" && c < n:
			agent = c
			atoks = w.span(c, func(x int) bool { return w.head(x) == c && w.t[x].XPOS == "POS" })
		case w.bdep(c) == "nmod" && c > n && w.caseIs(c, "by") && agent < 0:
			agent = c
			atoks = w.span(c, joinSkip(w.objSkip, w.skipCase(c)))
		}
	}
	if agent < 0 || len(atoks) == 0 || w.isRelPron(agent) {
		return
	}
	subj := w.text(atoks)
	if w.isPron(agent) {
		if _, ok := possPron[w.lower(agent)]; !ok || !w.opts.ResolvePronouns {
			return
		}
		a := w.pronounAntecedent(agent)
		if len(a.toks) == 0 {
			return
		}
		subj, atoks = w.argText(a), a.toks
	}
	rel := []string{w.tokText(n)}
	relToks := []int{n}
	lemma := verb
	var obj []int
	shape := "nomin"
	for _, c := range w.kids[n] {
		if c < n || c == agent {
			continue
		}
		switch {
		case w.isContentClause(n, c):
			// "demand that X do Y", "plan to do Y"
			obj = w.span(c, nil)
			shape = "nomin-clause"
		case w.bdep(c) == "nmod" && len(w.caseOf(c)) == 1 && !w.isRelPron(c) && !w.isPron(c):
			prep := w.lower(w.caseOf(c)[0])
			if prep == "by" || (topicPreps[prep] && !patientOn[w.lemma(n)]) {
				// "Trump's plan on Ukraine" is a plan about Ukraine, and
				// "plan on" reads as another verb; an attack on X is on X
				continue
			}
			// "for both sides to withdraw": the subject of the infinitive
			// and the infinitive itself
			if inf := w.infAfter(n, c); inf >= 0 && prep == "for" {
				obj = union(w.span(c, joinSkip(w.objSkip, w.skipCase(c))), w.span(inf, nil))
				rel = append(rel, prep)
				relToks = concat(relToks, w.caseOf(c))
				shape = "nomin-for-to"
				break
			}
			obj = w.span(c, joinSkip(w.objSkip, w.skipCase(c)))
			rel = append(rel, prep)
			relToks = concat(relToks, w.caseOf(c))
			if prep != "of" {
				lemma += " " + prep
			}
			shape = "nomin-prep"
		default:
			continue
		}
		break
	}
	if len(obj) == 0 {
		return
	}
	w.emitf(Extraction{
		Subject: subj, Subj: rangeOf(atoks), SubjHead: agent,
		Relation: strings.Join(rel, " "), RelationLemma: lemma, Rel: relToks,
		Object: w.text(obj), Obj: rangeOf(obj), ObjHead: obj[0],
		Verb: -1, Kind: "nomin", Confidence: 0.4, AttributedHead: -1,
		AttributedTo: w.attr[w.clauseOf(n)].text,
	}, n, feat{kind: "nomin", shape: shape, subjLen: len(atoks), objLen: len(obj)})
}

// clauseOf returns the nearest predicate above token i (i itself if it is
// one), or i when there is none, to look up its attribution.
func (w *walker) clauseOf(i int) int {
	for k, j := 0, i; k < 16 && j >= 0; k++ {
		if w.attr[j].head >= 0 {
			return j
		}
		j = w.head(j)
	}
	return i
}

// caseIs reports whether n's only case marker is prep.
func (w *walker) caseIs(n int, prep string) bool {
	cs := w.caseOf(n)
	return len(cs) == 1 && w.lower(cs[0]) == prep
}

// infAfter returns the to-infinitive that follows nmod m under noun n
// ("proposal for both sides | to withdraw"), attached to n or to m, or -1.
func (w *walker) infAfter(n, m int) int {
	for _, h := range []int{m, n} {
		for _, c := range w.kids[h] {
			if c > m && (w.bdep(c) == "acl" || w.bdep(c) == "xcomp") && w.t[c].UPOS == "VERB" && w.hasMark(c, "to") {
				return c
			}
		}
	}
	return -1
}

func (w *walker) hasMark(c int, m string) bool {
	for _, k := range w.kids[c] {
		if w.bdep(k) == "mark" && w.lower(k) == m {
			return true
		}
	}
	return false
}

// isContentClause reports whether clause c under event noun n states the
// noun's content ("the demand that X leave", "a plan to build Y") rather
// than modifying it as a relative clause ("the demand that X made").
func (w *walker) isContentClause(n, c int) bool {
	if w.t[c].UPOS != "VERB" && w.t[c].UPOS != "AUX" && !w.isCopular(c) {
		return false
	}
	switch w.dep(c) {
	case "acl", "ccomp", "xcomp":
		return w.hasMark(c, "to") || w.hasMark(c, "that")
	case "acl:relcl":
	default:
		return false
	}
	// a "relative" clause with "that" whose own subject is no relative
	// pronoun and whose "that" fills no gap
	that, subj, objs := -1, -1, 0
	for _, k := range w.kids[c] {
		switch {
		case w.lower(k) == "that" && k < c && (w.t[k].UPOS == "PRON" || w.t[k].UPOS == "SCONJ"):
			that = k
		case w.bdep(k) == "nsubj" && w.t[k].XPOS != "WDT" && w.t[k].XPOS != "WP" && w.lower(k) != "that":
			subj = k
		case w.bdep(k) == "obj" || w.bdep(k) == "ccomp" || w.bdep(k) == "xcomp":
			objs++
		}
	}
	if that < 0 || subj < 0 || that > subj || that != n+1 {
		return false
	}
	if w.bdep(that) == "mark" || objs > 0 {
		return true
	}
	// subjunctive after a demand: "that X leave"
	return w.t[c].XPOS == "VB"
}

// union returns the sorted tokens of a and b without repeats.
func union(a, b []int) []int {
	out := concat(a, b)
	sortInts(out)
	k := 0
	for i, x := range out {
		if i == 0 || x != out[k-1] {
			out[k] = x
			k++
		}
	}
	return out[:k]
}
