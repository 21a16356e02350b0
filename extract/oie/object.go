package oie

import (
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"
)

// focusAdverbs single out a purpose clause as the point of a statement
// ("would not cut rates merely to support the market"): under a negation
// the purpose is what is denied, not the act.
var focusAdverbs = map[string]bool{
	"merely": true, "only": true, "just": true, "simply": true, "solely": true, "purely": true,
	"mainly": true, "chiefly": true, "largely": true,
}

// pairVerbs relate their object to the noun phrase of a "to" or "with"
// phrase that follows it, without which the object says nothing
// ("compared her prose to that of Chekhov", "linked the outbreak to a
// farm").
var pairVerbs = map[string]bool{
	"compare": true, "liken": true, "equate": true, "contrast": true, "link": true, "tie": true,
	"connect": true, "attribute": true, "ascribe": true, "match": true, "pair": true, "confuse": true,
}

// placeVerbs put or keep their object in a state a prepositional phrase
// names ("kept rates on hold", "put the plan on ice").
var placeVerbs = map[string]bool{
	"keep": true, "hold": true, "put": true, "place": true, "leave": true, "set": true, "take": true,
	"bring": true, "get": true, "send": true, "throw": true, "plunge": true, "push": true, "return": true,
}

// statePreps put a bare noun as a state: "on hold", "under review", "in
// place", "at risk", "into administration".
var statePreps = map[string]bool{
	"on": true, "under": true, "in": true, "into": true, "at": true, "off": true, "beyond": true, "within": true,
	"out": true,
}

// giveVerbs take two objects, whom to and what ("gave the party more
// airtime", "cost the economy millions").
var giveVerbs = map[string]bool{
	"give": true, "send": true, "offer": true, "grant": true, "award": true, "pay": true, "lend": true,
	"hand": true, "owe": true, "deny": true, "cost": true, "charge": true, "sell": true, "promise": true,
	"fine": true, "save": true, "earn": true, "win": true, "bring": true, "show": true, "teach": true,
}

// verbPreps pair a verb with the preposition of the phrase after its
// object that says what the act does to or about the object ("warned
// the firm about blocked exits", "included him in the squad", "sold the
// stake to a Dutch fund", "accused the party of receiving money"): cut
// off, the fact says little or the opposite.
var verbPreps = map[string]bool{
	"warn about": true, "warn of": true, "remind of": true, "inform of": true, "inform about": true,
	"include in": true, "exclude from": true, "remove from": true, "ban from": true, "bar from": true,
	"expel from": true, "drop from": true, "release from": true, "free from": true, "protect from": true,
	"turn into": true, "convert into": true, "transform into": true, "divide into": true, "split into": true,
	"add to": true, "move to": true, "transfer to": true, "sell to": true, "lend to": true, "give to": true,
	"send to": true, "hand to": true, "hand over to": true, "offer to": true, "award to": true,
	"take to": true, "bring to": true, "refer to": true,
	"accuse of": true, "suspect of": true, "charge with": true, "convict of": true, "acquit of": true,
	"blame for": true, "fine for": true, "sue for": true, "thank for": true, "praise for": true,
	"criticize for": true, "criticise for": true, "wipe off": true, "swap for": true, "exchange for": true,
	"replace with": true, "supply with": true, "provide with": true, "equip with": true, "fill with": true,
	"invest in": true, "spend on": true, "base on": true, "model on": true, "name after": true,
	"clear of": true, "absolve of": true, "stop from": true, "prevent from": true, "prohibit from": true,
	"block from": true, "deter from": true, "discourage from": true, "keep from": true,
}

// objectTail completes the object span toks of verb p (its direct object
// obj, its indirect object iobj or -1) with the complements the verb
// hangs on it that the object cannot do without, and removes them from
// args. Cut short, such a fact says less than the sentence, or the
// opposite:
//   - an indirect object right before it: "had given the ruling party far
//     more airtime", not "had given far more airtime";
//   - a state the object is put or kept in, a bare noun after a
//     preposition: "should keep rates on hold", "kept the museum under
//     review";
//   - an amount with no preposition: "could cost the economy up to 40
//     million crowns";
//   - the "to" or "with" phrase of a verb of comparing or linking:
//     "compared her prose to that of the great poets";
//   - a comparison with "than": "more airtime than the opposition";
//   - a purpose singled out by "merely", "only" or "just" ("would not cut
//     rates merely to support the market"), and the infinitive after a
//     noun the clause negates ("had found no evidence to support it") or
//     after "enough" ("had enough cash to fund operations");
//   - the phrase or gerund clause whose preposition verbPreps pairs with
//     the verb: "warned the firm about blocked exits", "accused the party
//     of receiving money".
//
// Only a complement that starts right after the object is taken, and the
// object is extended one complement at a time.
func (w *walker) objectTail(p, obj, iobj int, toks []int, args []Arg) ([]int, []Arg) {
	if len(toks) == 0 || w.isRelPron(obj) || w.bareIt(obj) || (len(toks) == 1 && w.t[obj].UPOS == "PRON") {
		// "brought it under control", "barred him from working": a
		// pronoun object the graph leaves out unless it is resolved,
		// which it no longer is once completed
		return toks, args
	}
	if iobj >= 0 && iobj < obj && !w.isRelPron(iobj) && w.t[iobj].UPOS != "PRON" {
		// not a pronoun: "granted me a leave of absence", "cost it
		// millions" name no one the reader can tell
		sp := w.span(iobj, w.objSkip)
		if w.adjacent(sp, toks) && !w.hasComma(sp) {
			toks = concat(sp, toks)
			args = dropArg(args, rangeOf(sp))
		}
	}
	for range 3 {
		c := w.tailComplement(p, obj, toks)
		if c < 0 {
			break
		}
		sp := w.span(c, joinSkip(w.objSkip, w.setOffRelative))
		if !(w.adjacent(toks, sp) || w.apposGap(obj, toks, sp)) || w.hasComma(sp) || len(sp) > 12 {
			break
		}
		if k := sp[0] - 1; w.t[k].Text == "," && k > toks[len(toks)-1] && w.underAppos(obj, toks[len(toks)-1]) {
			// the comma that closes the apposition: "Rufus Dalgaard, a
			// retired judge, to lead the talks"
			sp = concat([]int{k}, sp)
		}
		toks = concat(toks, sp)
		args = dropArg(args, rangeOf(sp))
		if k := w.rangeEnd(p, c, toks); k >= 0 {
			// "between 90 million | and 120 million euros" with the
			// second amount read as a conjunct of the verb
			ks := w.span(k, w.objSkip)
			if len(ks) <= 6 && !w.hasComma(ks) {
				toks = concat(toks, []int{toks[len(toks)-1] + 1}, ks)
				args = dropArg(args, rangeOf(ks))
			}
		}
		if u := w.strandedUnit(p, toks); u >= 0 {
			// "to 84 euros" with "euros" read as a second object: the
			// amount keeps its unit
			us := w.span(u, w.objSkip)
			if w.adjacent(toks, us) && !w.hasComma(us) && len(us) <= 6 {
				toks = concat(toks, us)
				args = dropArg(args, rangeOf(us))
			}
		}
	}
	return toks, args
}

// apposGap reports whether all that parts span sp from object span toks
// is an apposition of the object head obj set off by commas ("appointed
// Rufus Dalgaard, a retired judge, to lead the talks"): the complement
// still follows the object.
func (w *walker) apposGap(obj int, toks, sp []int) bool {
	if len(toks) == 0 || len(sp) == 0 || sp[0] <= toks[len(toks)-1]+1 {
		return false
	}
	end := toks[len(toks)-1]
	if w.t[end+1].Text != "," || w.t[sp[0]-1].Text != "," {
		return false
	}
	for k := end + 1; k < sp[0]; k++ {
		if w.t[k].UPOS == "PUNCT" {
			continue
		}
		top := k
		for d := 0; d < 8 && top >= 0 && w.head(top) != obj; d++ {
			top = w.head(top)
		}
		if top < 0 || w.head(top) != obj || w.dep(top) != "appos" {
			return false
		}
	}
	return true
}

// rangeEnd returns the second amount of a "between" range c that object
// span toks ends with, when the parse hung it, with its "and", on verb p
// or on c as a conjunct, or -1.
func (w *walker) rangeEnd(p, c int, toks []int) int {
	cs := w.caseOf(c)
	if len(cs) != 1 || w.lower(cs[0]) != "between" {
		return -1
	}
	and := toks[len(toks)-1] + 1
	if and >= len(w.t) || w.lower(and) != "and" {
		return -1
	}
	k := w.head(and)
	if k < 0 || w.dep(k) != "conj" || (w.head(k) != p && w.head(k) != c) || !w.holdsNumber(k) {
		return -1
	}
	return k
}

// underAppos reports whether token k lies in an apposition of obj.
func (w *walker) underAppos(obj, k int) bool {
	for d := 0; d < 8 && k >= 0; d++ {
		if w.head(k) == obj {
			return w.dep(k) == "appos"
		}
		k = w.head(k)
	}
	return false
}

// strandedUnit returns the noun right after object span toks, when toks
// ends in a number and the parse made the noun (its unit) a dependent of
// verb p, or -1.
func (w *walker) strandedUnit(p int, toks []int) int {
	end := toks[len(toks)-1]
	u := end + 1
	if u >= len(w.t) || w.t[end].UPOS != "NUM" || w.head(u) != p || w.t[u].UPOS != "NOUN" {
		return -1
	}
	for _, k := range w.kids[u] {
		if k < u && w.bdep(k) != "punct" {
			return -1
		}
	}
	return u
}

// tailComplement returns the dependent of p (or of the object head obj)
// that starts right after span toks and completes the object as
// objectTail describes, or -1.
func (w *walker) tailComplement(p, obj int, toks []int) int {
	next := toks[len(toks)-1] + 1
	for next < len(w.t) && w.t[next].UPOS == "PUNCT" && w.t[next].Text != "," {
		next++
	}
	if next < len(w.t) && w.t[next].Text == "," {
		// past an apposition of the object set off by commas; any other
		// phrase after a comma is set off, no complement ("bar digital
		// music distribution, which could be to Apple's advantage")
		comma := next
		if w.underAppos(obj, toks[len(toks)-1]) {
			next++
		}
		for _, a := range w.kids[obj] {
			if a > obj && w.dep(a) == "appos" && w.firstOf(a) == next+1 && w.lastOf(a)+1 < len(w.t) && w.t[w.lastOf(a)+1].Text == "," {
				next = w.lastOf(a) + 2
			}
		}
		if next == comma {
			return -1
		}
	}
	if next >= len(w.t) {
		return -1
	}
	for _, h := range []int{p, obj} {
		for _, c := range w.kids[h] {
			f := w.firstOf(c)
			if f+1 == next && w.t[f].Text == "," {
				// the comma closing an apposition, hung on c
				f = next
			}
			if c <= toks[len(toks)-1] || f != next || w.isRelPron(c) {
				continue
			}
			if h == obj {
				// the object's own infinitive, after a negated noun
				if w.dep(c) == "acl" && w.negatedObject(obj) && w.hasMark(c, "to") {
					return c
				}
				continue
			}
			if w.thanClause(c) {
				return c
			}
			switch w.bdep(c) {
			case "obj":
				if c != obj && grantVerbs[w.lemma(p)] && w.isNominal(c) && !w.isRelPron(c) && (w.role(c) != "time" || w.grantedFor(c)) {
					// "gave the firm 30 days to pay" with both objects
					// read as direct ones: what is given
					return c
				}
				if c != obj && valueVerbs[w.lemma(p)] && w.holdsNumber(c) && w.role(c) != "time" {
					// "raised his price target on the stock to 84 euros"
					// with the figure read as a second object
					return c
				}
			case "obl":
				cs := w.caseOf(c)
				switch {
				case len(cs) == 0 && w.measure(c):
					return c
				case len(cs) == 0 && grantVerbs[w.lemma(p)] && w.isTimeUnit(c) && w.child(c, "nummod") >= 0 && w.grantedFor(c):
					// "gave the firm 30 days to pay the fine": the time
					// given, read as a bare oblique, and what for
					return c
				case len(cs) == 0 && giveVerbs[w.lemma(p)] && w.isNominal(c) && w.role(c) != "time" && !w.isTimeUnit(c):
					// "had given the ruling party far more airtime" with
					// the second object read as a bare oblique
					return c
				case len(cs) == 1 && placeVerbs[w.lemma(p)] && w.bareState(c):
					return c
				case len(cs) == 1 && pairVerbs[w.lemma(p)] && (w.lower(cs[0]) == "to" || w.lower(cs[0]) == "with"):
					return c
				case len(cs) == 1 && verbPreps[w.lemma(p)+" "+w.lower(cs[0])] && w.role(c) != "time":
					return c
				case len(cs) == 1 && routeNouns[w.lemma(obj)] && routePreps[w.lower(cs[0])] && w.role(c) != "time":
					// "suspended all sailings to Pellan", "cancelled
					// flights between the two cities": where the
					// service runs says which, whatever the parse hung
					// the phrase on
					return c
				case len(cs) == 1 && w.lower(cs[0]) == "in" && w.measure(obj) && w.bareKind(c):
					// "sign $6.8 billion in deals", "raised 40 million
					// euros in loans": what the amount is an amount of
					return c
				case len(cs) >= 1 && w.argPP(p, obj, c, w.lower(cs[0])):
					return c
				case len(cs) == 1 && w.lemma(p) == "leave" && w.lower(cs[0]) == "with" && w.scantAmount(c):
					// "would leave the country with only three
					// networks": what the object is left with, not
					// whom the subject leaves with
					return c
				}
			case "advcl", "xcomp":
				if m := w.child(c, "mark"); m >= 0 && w.t[c].XPOS == "VBG" && verbPreps[w.lemma(p)+" "+w.lower(m)] {
					// "accused the party of receiving money"
					return c
				}
				if (w.hasMark(c, "until") || w.hasMark(c, "till")) && w.t[c].XPOS != "VBG" && !holdingVerbs[w.lemma(p)] && w.endsInNonfinite(toks) {
					// "attributes his success to the ability to hold off
					// on a product until it is perfect": the "until"
					// clause the parse hung on the main verb bounds the
					// infinitive or gerund the object ends in
					return c
				}
				if !w.hasMark(c, "to") || w.t[c].UPOS != "VERB" {
					continue
				}
				if w.negatedObject(obj) || w.focused(c) || w.enoughObject(obj) {
					return c
				}
				if w.child(c, "nsubj") < 0 && (tasking[w.lemma(p)] || objectControlVerbs[w.lemma(p)] || (grantVerbs[w.lemma(p)] && w.allowance(obj, toks)) || permissionNouns[w.lemma(obj)]) {
					// "appointed a retired judge to lead the talks",
					// "gave the firm six months to comply": what the
					// object is chosen or given for is the point
					return c
				}
			}
		}
	}
	return -1
}

// holdingVerbs put off or keep something for a time: an "until" clause
// after their object bounds them ("postponed the vote to merge the banks
// until the audit is done").
var holdingVerbs = map[string]bool{
	"delay": true, "postpone": true, "defer": true, "suspend": true, "put": true, "hold": true,
	"keep": true, "wait": true, "pause": true, "halt": true, "stop": true, "extend": true, "freeze": true,
	"block": true, "shelve": true, "leave": true, "continue": true,
}

// endsInNonfinite reports an object whose last words are an infinitive
// or gerund clause of its own ("the ability to hold off on a product",
// "its habit of polishing each song").
func (w *walker) endsInNonfinite(toks []int) bool {
	for _, k := range toks {
		if k == toks[0] || w.t[k].UPOS != "VERB" || w.lastOf(k) != toks[len(toks)-1] {
			continue
		}
		switch w.bdep(k) {
		case "acl", "xcomp":
		default:
			continue
		}
		if w.hasMark(k, "to") || w.t[k].XPOS == "VBG" {
			return true
		}
	}
	return false
}

// nounPreps pair the head noun of an object with the preposition of the
// phrase that says what it is about or aims at, which the parse often
// hangs on the verb ("opened an investigation into the collapse", "may
// seek a partner for the US market", "raised his price target on the
// stock"): cut off, the noun says little.
var nounPreps = map[string]bool{
	"investigation into": true, "inquiry into": true, "enquiry into": true, "probe into": true, "review of": true,
	"ban on": true, "tax on": true, "tariff on": true, "levy on": true, "duty on": true, "cap on": true,
	"limit on": true, "curb on": true, "restriction on": true, "sanction on": true, "sanction against": true,
	"moratorium on": true, "embargo on": true, "freeze on": true, "vote on": true, "ruling on": true,
	"decision on": true, "report on": true, "debate on": true, "stance on": true, "position on": true,
	"target on": true, "rating on": true, "grip on": true, "pressure on": true, "attack on": true,
	"strike on": true, "raid on": true, "impact on": true, "effect on": true, "focus on": true,
	"hold on": true, "say in": true, "war on": true, "crackdown on": true,
	"stake in": true, "interest in": true, "investment in": true, "role in": true, "share in": true,
	"increase in": true, "rise in": true, "fall in": true, "drop in": true, "decline in": true,
	"cut in": true, "reduction in": true, "growth in": true, "surge in": true, "jump in": true,
	"change in": true, "shift in": true, "gap in": true,
	"partner for": true, "buyer for": true, "bid for": true, "offer for": true, "plan for": true,
	"support for": true, "funding for": true, "approval for": true, "permission for": true,
	"compensation for": true, "demand for": true, "request for": true, "candidate for": true,
	"replacement for": true, "deadline for": true, "date for": true, "licence for": true, "license for": true,
	"case against": true, "lawsuit against": true, "suit against": true, "complaint against": true,
	"charge against": true, "action against": true, "measure against": true, "protest against": true,
	"appeal against": true, "campaign against": true, "fight against": true, "ruling against": true,
	"talk with": true, "deal with": true, "agreement with": true, "contract with": true,
	"partnership with": true, "merger with": true, "tie with": true, "dispute with": true,
	"access to": true, "threat to": true, "damage to": true, "visit to": true, "trip to": true,
	"response to": true, "solution to": true, "answer to": true, "approach to": true, "commitment to": true,
	"contribution to": true, "exposure to": true, "loan to": true, "aid to": true, "change to": true,
	"amendment to": true, "cut to": true, "right to": true, "claim to": true, "route to": true,
	"control of": true, "control over": true, "authority over": true, "dispute over": true, "row over": true,
	"concern over": true, "concern about": true, "fear over": true, "fear about": true, "talk over": true,
	"treaty between": true, "agreement between": true, "deal between": true, "talk between": true,
	"war between": true, "border between": true, "relation between": true, "link between": true,
	"lead over": true, "victory over": true, "question about": true, "question over": true, "warning about": true,
}

// valueVerbs move a figure: the "to", "from" and "by" amounts after what
// they move say by how much ("raised his price target to 84 euros from 61
// euros", "cut the rate to 2 percent", "cut admissions by 31 percent").
var valueVerbs = map[string]bool{
	"raise": true, "lift": true, "cut": true, "lower": true, "increase": true, "reduce": true,
	"boost": true, "trim": true, "slash": true, "hike": true, "push": true, "bring": true, "set": true,
	"revise": true, "double": true, "triple": true, "halve": true, "extend": true, "expand": true,
	"fall": true, "rise": true, "drop": true, "climb": true, "gain": true, "lose": true, "jump": true,
	"slip": true, "sink": true, "soar": true, "surge": true, "slide": true, "tumble": true, "plunge": true,
	"grow": true, "shrink": true, "decline": true, "ease": true, "edge": true, "advance": true, "dip": true,
}

// positionPreps place a measured distance relative to something ("about
// 640 metres below the surface", "two points ahead of the field").
var positionPreps = map[string]bool{
	"below": true, "above": true, "beneath": true, "under": true, "underneath": true,
	"behind": true, "ahead": true, "beyond": true, "short": true, "off": true,
	"north": true, "south": true, "east": true, "west": true, "from": true,
}

// distanceUnits measure how far or how much apart: "640 metres", "two
// points", "40 seconds".
var distanceUnits = map[string]bool{
	"metre": true, "meter": true, "kilometre": true, "kilometer": true, "km": true, "mile": true,
	"foot": true, "feet": true, "yard": true, "centimetre": true, "centimeter": true, "inch": true,
	"point": true, "percent": true, "degree": true, "second": true, "minute": true, "stroke": true,
	"lap": true, "length": true, "place": true, "seat": true, "vote": true, "goal": true,
}

// bareScopePreps give the place or field a bare mass noun object is about
// ("would suspend production at the site", "receive water for only 16
// hours a day").
var bareScopePreps = map[string]bool{
	"at": true, "in": true, "on": true, "for": true, "to": true, "from": true, "into": true, "across": true,
}

// argPP reports an oblique c with preposition prep after object obj of
// verb p that completes the object:
//   - a phrase the object's noun takes (nounPreps): "an investigation
//     into the collapse";
//   - the "to" or "from" amount of a verb that moves a figure: "his price
//     target on the stock to 84 euros from 61 euros";
//   - where a measured distance lies: "about 640 metres below the
//     surface";
//   - the place, field or span of a bare mass noun: "production at the
//     site", "water for only 16 hours a day";
//   - the deadline a verb of giving grants ("given the operator until the
//     end of April");
//   - where a verb of bringing brings its object, a bare noun ("brought a
//     drug to market").
func (w *walker) argPP(p, obj, c int, prep string) bool {
	timed := w.role(c) == "time"
	switch {
	case (w.lemma(c) == "favour" || w.lemma(c) == "favor") && prep == "in":
		// "voted 14 to 9 in favour of the plan": what the vote was for
		return true
	case w.measure(obj) && (prep == "per" || (prep == "for" && w.distributive(c))):
		// "may recover less than 20 cents for each dollar owed": the
		// rate, not an amount in all
		return true
	case prep == "between" && w.t[c].UPOS == "NUM" && !timed:
		// "could cost the company between 90 million and 120 million
		// euros": a range of amounts
		return true
	case w.exclusive(c):
		// "would receive water for only 16 hours a day": the limit is
		// what is said
		return true
	case !timed && nounPreps[w.lemma(obj)+" "+prep]:
		return true
	case (prep == "to" || prep == "from" || prep == "by") && valueVerbs[w.lemma(p)] && w.measure(c) && !timed:
		return true
	case positionPreps[prep] && w.measure(obj) && distanceUnits[strings.ToLower(w.t[obj].Lemma)] && !timed:
		return true
	case bareScopePreps[prep] && w.bareMass(obj) && !timed && w.t[c].UPOS != "NUM" && !w.bareNoun(c):
		return true
	case prep == "until" && grantVerbs[w.lemma(p)]:
		return true
	case prep == "to" && placeVerbs[w.lemma(p)] && w.t[c].XPOS == "NN" && len(w.kids[c]) == 1 && !timed:
		return true
	}
	return false
}

// exclusive reports a phrase limited by "only", "just" or "merely" before
// its noun ("for only 16 hours a day", "at just 2 euros").
func (w *walker) exclusive(c int) bool {
	for _, k := range w.kids[c] {
		if k < c && w.bdep(k) == "advmod" && exclusiveAdverbs[w.lower(k)] {
			return true
		}
		if k < c && w.bdep(k) == "nummod" {
			for _, m := range w.kids[k] {
				if m < k && w.bdep(m) == "advmod" && exclusiveAdverbs[w.lower(m)] {
					return true
				}
			}
		}
	}
	return false
}

// distributive reports a phrase with "each" or "every" ("for each
// dollar").
func (w *walker) distributive(c int) bool {
	for _, k := range w.kids[c] {
		if w.bdep(k) == "det" && (w.lower(k) == "each" || w.lower(k) == "every") {
			return true
		}
	}
	return false
}

// bareNoun reports a singular common noun with nothing but its
// preposition: "on condition", "in part", "at work", a set phrase.
func (w *walker) bareNoun(c int) bool {
	if w.t[c].XPOS != "NN" {
		return false
	}
	for _, k := range w.kids[c] {
		if w.bdep(k) != "case" && w.bdep(k) != "punct" {
			return false
		}
	}
	return true
}

// holdsNumber reports a phrase headed by c with a number in it.
func (w *walker) holdsNumber(c int) bool {
	for _, k := range w.span(c, nil) {
		if w.t[k].UPOS == "NUM" {
			return true
		}
	}
	return false
}

// permissionNouns name leave to do something, which the infinitive after
// them says ("won approval to buy a rival", "was given permission to
// build").
var permissionNouns = map[string]bool{
	"approval": true, "permission": true, "clearance": true, "licence": true, "license": true,
	"mandate": true, "go-ahead": true, "authority": true, "authorisation": true, "authorization": true,
	"consent": true, "leave": true, "backing": true, "funding": true, "money": true,
}

// bareMass reports a singular object noun with no determiner, number or
// possessive: "production", "water", "container traffic", "sharp
// criticism".
func (w *walker) bareMass(o int) bool {
	if w.t[o].XPOS != "NN" {
		return false
	}
	for _, k := range w.kids[o] {
		switch w.bdep(k) {
		case "punct", "case", "compound", "amod":
		default:
			return false
		}
	}
	return true
}

// tasking verbs choose or send someone for a task an infinitive names
// ("appointed a judge to lead the talks", "hired a firm to audit the
// accounts").
var tasking = map[string]bool{
	"appoint": true, "hire": true, "name": true, "choose": true, "pick": true, "elect": true,
	"select": true, "assign": true, "commission": true, "recruit": true, "nominate": true, "tap": true,
	"deploy": true, "dispatch": true, "send": true, "engage": true, "designate": true, "mandate": true,
}

// routeNouns name a service or movement between places; routePreps the
// phrases that say where it runs.
var routeNouns = map[string]bool{
	"sailing": true, "flight": true, "service": true, "route": true, "crossing": true, "ferry": true,
	"train": true, "bus": true, "connection": true, "link": true, "shipment": true, "delivery": true,
	"export": true, "import": true, "trip": true, "journey": true, "voyage": true, "departure": true,
	"traffic": true, "supply": true, "access": true, "road": true,
}

var routePreps = map[string]bool{"to": true, "from": true, "between": true, "into": true}

// grantVerbs give time or leave to do something.
var grantVerbs = map[string]bool{
	"give": true, "grant": true, "allow": true, "offer": true, "extend": true,
}

// allowance reports an object span toks, headed by o, that grants time: a
// span of time ("six months") or a deadline ("the operator until the end
// of April").
func (w *walker) allowance(o int, toks []int) bool {
	if w.isTimeUnit(o) || w.lemma(o) == "deadline" || w.lemma(o) == "chance" || w.lemma(o) == "opportunity" {
		return true
	}
	for _, k := range toks {
		if w.lower(k) == "until" || w.lower(k) == "till" || (w.isTimeUnit(k) && w.child(k, "nummod") >= 0) {
			return true
		}
	}
	return false
}

// grantedFor reports a span of time c followed right away by an
// infinitive that says what the time is given for ("30 days to pay").
func (w *walker) grantedFor(c int) bool {
	n := c + 1
	if n+1 >= len(w.t) || !strings.EqualFold(w.t[n].Text, "to") {
		return false
	}
	v := w.head(n)
	return v >= 0 && w.t[v].UPOS == "VERB" && w.bdep(n) == "mark"
}

// lightIdioms pair a verb with a bare noun it forms one predicate with:
// "gave way", "took place", "took part in", "paid tribute to". Read as
// verb and object, the fact says nothing ("part of the roof | gave |").
var lightIdioms = map[string]bool{
	"take place": true, "take part": true, "take effect": true, "take shape": true, "take root": true,
	"take hold": true, "take office": true, "take aim": true, "take issue": true, "take note": true,
	"take advantage": true, "take care": true, "take charge": true, "take heed": true, "take refuge": true,
	"take shelter": true, "take cover": true, "take precedence": true, "take priority": true,
	"take offence": true, "take offense": true, "take stock": true, "take flight": true, "take control": true,
	"take command": true, "take hostage": true, "take notice": true,
	"give way": true, "give rise": true, "give birth": true, "give chase": true, "give ground": true,
	"make way": true, "make headway": true, "make sense": true, "make use": true, "make amends": true,
	"make landfall": true, "make contact": true, "make history": true, "make headlines": true,
	"make inroads": true, "make room": true,
	"pay tribute": true, "pay attention": true, "pay heed": true, "pay homage": true,
	"lose ground": true, "gain ground": true, "lose momentum": true, "gain momentum": true,
	"gain traction": true, "lose sight": true, "lose touch": true, "lose track": true, "lose face": true,
	"keep pace": true, "keep track": true, "keep watch": true, "keep tabs": true,
	"catch fire": true, "open fire": true, "set fire": true, "set sail": true, "set foot": true,
	"stand trial": true, "stand guard": true, "change hands": true, "lay claim": true, "run riot": true,
	"bear fruit": true, "bear witness": true, "shed light": true, "cast doubt": true, "put pressure": true,
	"draw attention": true, "play host": true, "come true": true,
}

// lightIdiom returns the bare noun that forms one predicate with verb p
// (lightIdioms): its object obj, or the word right after it however the
// parse hung it ("gave way late on Tuesday" with "way" read as an
// adverb), or -1.
func (w *walker) lightIdiom(p, obj int) int {
	k := p + 1
	for k < len(w.t) && w.head(k) == p && w.dep(k) == "compound:prt" {
		k++
	}
	if k >= len(w.t) || (k != obj && (w.isRelPron(k) || w.t[k].UPOS == "PROPN" || len(w.kids[k]) > 0)) {
		return -1
	}
	if !lightIdioms[w.lemma(p)+" "+strings.ToLower(w.t[k].Lemma)] && !lightIdioms[w.lemma(p)+" "+w.lower(k)] {
		return -1
	}
	for _, c := range w.kids[k] {
		switch w.bdep(c) {
		case "nmod", "punct", "acl", "acl:relcl":
		default:
			return -1 // "took a major part", "made good use"
		}
	}
	return k
}

// bareMeasure returns the first oblique of predicate p after it that is
// an amount with no preposition ("fell 4 percent", "dropped 9 points"),
// when no oblique with a preposition comes between, or -1.
func (w *walker) bareMeasure(p int, obls []int) int {
	for _, o := range obls {
		if o < p {
			continue
		}
		if len(w.caseOf(o)) > 0 || w.bdep(o) != "obl" {
			return -1
		}
		if w.measure(o) && w.role(o) != "time" && !w.isRelPron(o) {
			return o
		}
		return -1
	}
	return -1
}

// selfNaming reports a verb of naming p whose object obj is a reflexive
// pronoun followed by a name ("which calls itself AIR", "who styles
// himself Lord Ferren"): the fact says only what the subject is called.
func (w *walker) selfNaming(p, obj int) bool {
	if obj < 0 || w.t[obj].UPOS != "PRON" || !strings.HasSuffix(w.lower(obj), "self") && !strings.HasSuffix(w.lower(obj), "selves") {
		return false
	}
	switch w.lemma(p) {
	case "call", "name", "dub", "style", "nickname", "title", "term":
	default:
		return false
	}
	for _, n := range w.kids[p] {
		if n > obj && w.firstOf(n) == obj+1 && (w.dep(n) == "xcomp" || w.bdep(n) == "obj" || w.dep(n) == "iobj") {
			return w.t[n].UPOS == "PROPN" || w.t[n].UPOS == "NOUN" && w.t[n].Text != w.lower(n)
		}
	}
	return false
}

// holdings name what a result leaves its subject with: "giving it a
// market value of 9.2 billion euros", "giving them a lead of three
// points".
var holdings = map[string]bool{
	"value": true, "valuation": true, "capitalisation": true, "capitalization": true, "lead": true,
	"majority": true, "stake": true, "share": true, "edge": true, "advantage": true, "total": true,
	"tally": true, "margin": true, "record": true,
}

// resultHolding reports an adverbial participle "giving" whose indirect
// object is a pronoun and whose object is a holding: "closed at 71.40
// euros, giving it a market value of 9.2 billion euros" says what the
// subject has.
func (w *walker) resultHolding(p int, f frame) bool {
	if w.t[p].XPOS != "VBG" || w.lemma(p) != "give" || w.dep(p) != "advcl" || w.child(p, "mark", "aux") >= 0 {
		return false
	}
	io := w.child(p, "iobj")
	if io < 0 || io != p+1 || w.t[io].UPOS != "PRON" {
		return false
	}
	switch w.lower(io) {
	case "it", "them", "him", "her":
	default:
		return false
	}
	return len(f.obj) > 0 && f.obj[0].head >= 0 && holdings[w.lemma(f.obj[0].head)] && f.shape == "obj"
}

// scantAmount reports a noun phrase that counts or denies what there is:
// "only three networks", "no bank", "fewer than 40 staff", "just two
// doctors", not "his wife".
func (w *walker) scantAmount(c int) bool {
	for _, k := range w.kids[c] {
		switch w.bdep(k) {
		case "nummod":
			return true
		case "det", "amod", "advmod":
			switch w.lower(k) {
			case "no", "few", "fewer", "little", "less", "only", "just", "barely", "nothing":
				return true
			}
		}
	}
	return w.t[c].UPOS == "NUM"
}

// bareKind reports a bare plural noun that names a kind, no determiner,
// number or possessive, and no time: "in deals", "in loans", not "in
// the deal", "in two years", "in months".
func (w *walker) bareKind(c int) bool {
	if w.t[c].XPOS != "NNS" || timeWord(w.lower(c)) || w.role(c) == "time" || w.isTimeUnit(c) {
		return false
	}
	for _, k := range w.kids[c] {
		switch w.bdep(k) {
		case "det", "nummod", "nmod:poss":
			return false
		}
	}
	return true
}

// thanClause reports a "than" phrase or clause ("longer than necessary",
// "more than the rest").
func (w *walker) thanClause(c int) bool {
	f := w.firstOf(c)
	return strings.EqualFold(w.t[f].Text, "than") && w.head(f) == c
}

// measure reports a bare noun phrase that measures: "up to 40 million
// crowns", "$5 billion", not a time ("three days").
func (w *walker) measure(c int) bool {
	if w.t[c].UPOS == "NUM" {
		return true
	}
	for _, k := range w.kids[c] {
		if w.bdep(k) == "nummod" {
			return !timeWord(w.lower(c)) && !w.isTimeUnit(c)
		}
	}
	return false
}

// isTimeUnit reports a noun of duration or date ("three days", "two
// weeks"), whose bare phrase is a time, not an amount.
func (w *walker) isTimeUnit(c int) bool {
	switch strings.ToLower(w.t[c].Lemma) {
	case "day", "week", "month", "year", "hour", "minute", "second", "decade", "century", "night", "time":
		return true
	}
	return false
}

// bareState reports a preposition with a bare noun, no determiner, number
// or name: a state something is put or kept in ("on hold", "under
// review", "in place", "out of service").
func (w *walker) bareState(c int) bool {
	if w.t[c].XPOS != "NN" || timeWord(w.lower(c)) || w.role(c) == "time" {
		// a plural is no state: "taking bribes from builders"
		return false
	}
	if cs := w.caseOf(c); len(cs) != 1 || !statePreps[w.lower(cs[0])] {
		return false
	}
	for _, k := range w.kids[c] {
		switch w.bdep(k) {
		case "case", "punct", "fixed":
		default:
			return false
		}
	}
	return true
}

// negatedObject reports an object with "no" ("found no evidence").
func (w *walker) negatedObject(o int) bool {
	for _, k := range w.kids[o] {
		if w.bdep(k) == "det" && w.lower(k) == "no" {
			return true
		}
	}
	return false
}

// focused reports a purpose clause marked by a focus adverb ("merely to
// support the market").
func (w *walker) focused(c int) bool {
	for _, k := range w.kids[c] {
		if k < c && w.bdep(k) == "advmod" && focusAdverbs[w.lower(k)] {
			return true
		}
	}
	return false
}

// dropArg removes the arguments lying inside r.
func dropArg(args []Arg, r Range) []Arg {
	var out []Arg
	for _, a := range args {
		if a.Range.Start >= r.Start && a.Range.End <= r.End {
			continue
		}
		out = append(out, a)
	}
	return out
}

// objectControlledPast is objectControlled for an infinitive v that a
// prepositional phrase l, read as the verb's oblique, parts from the
// verb's object o ("ask workers at Lindby to refuse to handle the
// cargo"): the phrase is the object's, and the object the infinitive's
// subject.
func (w *walker) objectControlledPast(v int) (o, l int, ok bool) {
	h := w.head(v)
	if h < 0 || w.dep(v) != "advcl" || w.t[v].XPOS != "VB" || !objectControlVerbs[w.lemma(h)] || !directiveVerbs[w.lemma(h)] || w.child(v, "nsubj") >= 0 {
		// only a verb of asking or telling: "lead a mission to Poland
		// to gauge ..." is led there for a purpose
		return -1, -1, false
	}
	to := w.child(v, "mark")
	if to < 0 || !strings.EqualFold(w.t[to].Text, "to") || to != v-1 {
		return -1, -1, false
	}
	o = w.child(h, "obj")
	if o < 0 || o > to || w.isRelPron(o) || !w.isNominal(o) {
		return -1, -1, false
	}
	for _, c := range w.kids[h] {
		if w.bdep(c) == "obl" && c > o && c < to && len(w.caseOf(c)) == 1 && w.firstOf(c) == w.lastOf(o)+1 && w.lastOf(c) == to-1 {
			return o, c, true
		}
	}
	return -1, -1, false
}

// setOffRelative reports a relative clause set off by a comma ("the
// housing market, which has slowed"): a fact of its own, not part of the
// phrase it follows.
func (w *walker) setOffRelative(c int) bool {
	return w.dep(c) == "acl:relcl" && w.firstOf(c) > 0 && w.t[w.firstOf(c)-1].Text == ","
}

// directed reports a clause p in a chain of infinitives under a verb of
// asking or telling with an object ("asked workers to refuse to handle
// the cargo"): what the object is asked to do, not what it did.
func (w *walker) directed(p int) bool {
	for i, d := p, 0; i >= 0 && d < 8 && w.dep(i) == "xcomp"; i, d = w.head(i), d+1 {
		h := w.head(i)
		if h < 0 {
			return false
		}
		if directiveVerbs[w.lemma(h)] && i > h {
			if o := w.child(h, "obj", "iobj"); o >= 0 && o > h && o < i {
				return true
			}
		}
	}
	return false
}

// bareIt reports a pronoun that names no one: "it", "this", "that".
func (w *walker) bareIt(i int) bool {
	if w.t[i].UPOS != "PRON" {
		return false
	}
	switch w.lower(i) {
	case "it", "this", "that", "these", "those", "them":
		return true
	}
	return false
}

// desireVerbs want what their object names, which need not exist: "want
// an agreement that protects jobs" says nothing of any agreement.
var desireVerbs = map[string]bool{
	"want": true, "need": true, "seek": true, "demand": true, "wish": true, "prefer": true,
	"propose": true, "favour": true, "favor": true, "require": true, "expect": true, "await": true,
	"request": true, "urge": true, "desire": true,
}

// desirePreps join a verb to what it wants: "call for", "look for",
// "push for", "hope for", "ask for", "press for", "wait for".
var desirePreps = map[string]bool{"for": true}

// wishedFor reports a relative clause p (or a conjunct of one) on a noun
// with no definite determiner that a verb of wanting takes as its object
// ("We want an agreement that protects jobs", "called for a law that
// would ban it"): what it says of the noun is wished, not the case.
func (w *walker) wishedFor(p int) bool {
	for d := 0; d < 4 && w.dep(p) == "conj"; d++ {
		p = w.head(p)
	}
	if p < 0 || w.dep(p) != "acl:relcl" {
		return false
	}
	n := w.head(p)
	if n < 0 || !w.isNominal(n) {
		return false
	}
	for _, k := range w.kids[n] {
		if w.bdep(k) == "det" {
			switch w.lower(k) {
			case "a", "an", "any", "some", "another":
			default:
				return false // "the agreement that was signed": there is one
			}
		}
		if w.bdep(k) == "nmod" && strings.HasSuffix(w.dep(k), "poss") {
			return false
		}
	}
	v := w.head(n)
	if v < 0 {
		return false
	}
	switch {
	case w.dep(n) == "obj" && desireVerbs[w.lemma(v)]:
		return true
	case w.bdep(n) == "obl":
		cs := w.caseOf(n)
		return len(cs) == 1 && desirePreps[w.lower(cs[0])] && n > v && (desireVerbs[w.lemma(v)] || forDesireVerbs[w.lemma(v)])
	}
	return false
}

// forDesireVerbs want what their "for" phrase names: "called for a law",
// "looking for a buyer".
var forDesireVerbs = map[string]bool{
	"call": true, "look": true, "push": true, "hope": true, "ask": true, "press": true, "wait": true,
	"search": true, "campaign": true, "lobby": true, "argue": true, "plead": true, "appeal": true,
}

// conditionTail extends object span toks of predicate p through the
// condition p is stated under, an "if" or "unless" clause after the
// object ("might reopen one of the branches if the grant was restored",
// "would take the dispute to the court if the structure was not
// removed"): cut off, the fact is asserted outright. What lies between
// the object and the condition must be p's own modifiers, with no comma;
// the condition is taken only when short enough to read in a fact.
func (w *walker) conditionTail(p int, toks []int, args []Arg) ([]int, []Arg) {
	if len(toks) == 0 || (len(toks) == 1 && w.t[toks[0]].UPOS == "PRON") {
		// "would repeal it if ...": an object no one can tell
		return toks, args
	}
	end := toks[len(toks)-1]
	// the condition may hang on a verb p completes: "could begin
	// lowering costs in May if inflation cools"
	q := p
	for d := 0; d < 4 && w.dep(q) == "xcomp" && w.head(q) >= 0; d++ {
		q = w.head(q)
	}
	for _, c := range w.conditions(p, q) {
		start := w.firstOf(c)
		if start <= end {
			continue
		}
		if x := w.t[c].XPOS; (x == "VBZ" || x == "VBP" || x == "VBD") && w.child(c, "nsubj", "nsubj:pass", "expl") < 0 {
			// "if offers were high enough" read with "offers" as a
			// verb: a finite verb with no subject is a misparse
			return toks, args
		}
		cond := w.span(c, joinSkip(w.objSkip, w.setOffRelative))
		if len(cond) > 12 || start-end-1 > 8 || w.hasComma(cond) {
			return toks, args
		}
		between := make([]int, 0, start-end-1)
		for k := end + 1; k < start; k++ {
			if w.t[k].Text == "," || w.t[k].Text == ";" || !w.under(k, q) || w.dep(k) == "conj" || w.dep(k) == "cc" {
				return toks, args
			}
			between = append(between, k)
		}
		toks = concat(toks, between, cond)
		r := rangeOf(toks)
		return toks, dropArg(args, Range{end + 1, r.End})
	}
	return toks, args
}

// conditions returns the "if" and "unless" clauses (and the time clauses
// "only" singles out, [walker.onlyWhen]) that hang on p or on
// the verbs between p and q up a chain of open complements.
func (w *walker) conditions(p, q int) []int {
	var out []int
	for i, d := p, 0; i >= 0 && d < 5; i, d = w.head(i), d+1 {
		for _, c := range w.kids[i] {
			if w.bdep(c) == "advcl" && (w.hasMark(c, "if") || w.hasMark(c, "unless") || w.onlyWhen(c)) {
				out = append(out, c)
			}
		}
		if i == q {
			break
		}
	}
	return out
}

// onlyWhen reports a time clause c that "only" singles out ("handed out
// life jackets only after water had started pouring in", "will reopen
// only when the inspection is done"): the time is a condition of the
// fact, which cut off says more than the sentence.
func (w *walker) onlyWhen(c int) bool {
	for _, m := range w.kids[c] {
		if w.dep(m) != "mark" || m == 0 {
			continue
		}
		switch w.lower(m) {
		case "after", "when", "once", "until", "before", "till":
			if w.lower(m-1) == "only" {
				return true
			}
		}
	}
	return false
}

// strandedContent returns the "that"-clause c right after a verb of
// saying, thinking or suspecting v that has no complement of its own, when
// the parse hung both v and c on the same verb of a later speaker
// ("Prosecutors suspect that officials took bribes, a spokesman said",
// read as the spokesman saying both "prosecutors suspect" and "officials
// took bribes"): c is what v's subject suspects, not what the spokesman
// states, and must keep that attribution and modality.
func (w *walker) strandedContent(v int) (int, bool) {
	h := w.head(v)
	if h < 0 || w.bdep(v) != "ccomp" || w.t[v].UPOS != "VERB" || !(speechLemma(w.lemma(v)) || accusationVerbs[w.lemma(v)]) {
		return -1, false
	}
	if w.child(v, "ccomp", "obj", "xcomp", "csubj") >= 0 || w.child(v, "nsubj") < 0 {
		return -1, false
	}
	next := w.lastOf(v) + 1
	for _, c := range w.kids[h] {
		if c <= v || w.bdep(c) != "ccomp" || w.firstOf(c) != next || !w.hasMark(c, "that") {
			continue
		}
		if m := w.child(c, "mark"); m != next {
			return -1, false
		}
		return c, true
	}
	return -1, false
}

// reportsAccuser reports whether clause c has, as its speaker, the one
// who reports the accuser sp ("Prosecutors suspect that officials took
// bribes, a spokesman said"): the spokesman reports the suspicion, the
// content is the prosecutors' claim.
func (w *walker) reportsAccuser(c int, sp speaker) bool {
	v := w.head(sp.head)
	return v >= 0 && w.attr[v].head >= 0 && w.attr[c].head == w.attr[v].head
}

// enoughObject reports an object with "enough" or "sufficient" ("had
// enough cash to fund operations"): the infinitive after it says what
// for.
func (w *walker) enoughObject(o int) bool {
	for _, k := range w.kids[o] {
		switch w.lower(k) {
		case "enough", "sufficient", "insufficient":
			return true
		}
	}
	return false
}

// loneIobj reports an indirect object iobj of p with no direct object,
// clausal complement or open complement beside it: a verb gives nothing
// to no one, so the parse misread the object ("had visited Crace only
// last month"), and an object read that way is lost to the fact. A verb
// of saying keeps its addressee apart ("told reporters").
func (w *walker) loneIobj(p, obj, iobj, ccomp, xcomp int) bool {
	if obj >= 0 || iobj < 0 || ccomp >= 0 || xcomp >= 0 || iobj < p {
		return false
	}
	if lexicon.Speech(w.lemma(p)) || speechLemma(w.lemma(p)) {
		return false
	}
	return w.isNominal(iobj) && !w.isRelPron(iobj)
}

// negatedManner returns the manner adverb right after negated predicate p
// and before its first oblique first ("did not rise sharply in May",
// "may not fall significantly before the weekend"), hung on p or on the
// oblique, or -1: the negation denies the manner, and a fact without it
// denies the event.
func (w *walker) negatedManner(p, first int) int {
	if first < 0 || first < p {
		return -1
	}
	if _, neg, _ := w.relCore(p); !neg {
		return -1
	}
	k := p + 1
	for k < len(w.t) && (w.isNeg(k) || w.t[k].UPOS == "PART") {
		k++
	}
	if k >= len(w.t) || w.t[k].UPOS != "ADV" || w.bdep(k) != "advmod" || (w.head(k) != p && w.head(k) != first) {
		return -1
	}
	if w.isNeg(k) || quantAdv[w.lower(k)] || timeWord(w.lower(k)) || !strings.HasSuffix(w.lower(k), "ly") {
		// a manner: "sharply", "significantly", not "yet", "again"
		return -1
	}
	if w.firstOf(first) != k+1 && !(w.head(k) == first && w.firstOf(first) == k) {
		return -1
	}
	return k
}

// frontedIf reports an "if" or "unless" clause of predicate p (or of a
// verb up its chain of open complements) that opens the sentence before
// p's subject subj ("If convicted of bribery, officials could face up to
// six years in prison"): the claim holds only under it, and the object
// cannot carry it, as it does a condition after the object
// (conditionTail), since the object's span must read its text.
func (w *walker) frontedIf(p int, subj []int) bool {
	if len(subj) == 0 {
		return false
	}
	q := p
	for d := 0; d < 4 && w.dep(q) == "xcomp" && w.head(q) >= 0; d++ {
		q = w.head(q)
	}
	for _, c := range w.conditions(p, q) {
		if c < p && w.lastOf(c) < subj[0] {
			return true
		}
	}
	return false
}
