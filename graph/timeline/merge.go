package timeline

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/storygraph/storygraph/extract"
)

// foldNames lower-cases the keys of an entity name index.
func foldNames(names map[string]string) map[string]string {
	if len(names) == 0 {
		return nil
	}
	out := make(map[string]string, len(names))
	for n, id := range names {
		k := normName(n)
		if k == "" || id == "" {
			continue
		}
		if old, ok := out[k]; !ok || id < old { // deterministic on clashes
			out[k] = id
		}
	}
	return out
}

func normName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	for _, p := range []string{"the ", "both ", "a ", "an "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.Trim(s, ".,;: ")
}

// groupNouns stand for the people of a country or organisation: "French
// leaders", "UK officials", "the Israeli government" act for France, the
// UK, Israel.
var groupNouns = wordSet(`leader leaders official officials government governments authorities
	forces troops negotiators negotiator delegation delegations diplomats minister ministers
	president envoys envoy side sides army military navy police team`)

// lookup resolves a name, or a name followed by a group noun, to an
// entity id.
func lookup(part string, names map[string]string) string {
	if names == nil {
		return ""
	}
	p := normName(part)
	if id, ok := names[p]; ok {
		return id
	}
	ws := strings.Fields(p)
	for len(ws) > 1 && groupNouns[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
		if id, ok := names[strings.Join(ws, " ")]; ok {
			return id
		}
	}
	return ""
}

// splitJoint splits a coordinated subject, "the UK and France", "UK and
// French leaders", "Britain, France and Germany", into its members; a
// group noun after the last member is shared by all ("UK and French
// leaders" are UK leaders and French leaders). nil when s is not
// coordinated.
func splitJoint(s string) []string {
	l := " " + strings.ToLower(strings.Join(strings.Fields(s), " ")) + " "
	if !strings.Contains(l, " and ") && !strings.Contains(l, " & ") {
		return nil
	}
	l = strings.NewReplacer(" & ", ",", " and ", ",", ", ", ",").Replace(l)
	var parts []string
	for _, p := range strings.Split(l, ",") {
		if p = normName(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) < 2 || len(parts) > 6 {
		return nil
	}
	last := strings.Fields(parts[len(parts)-1])
	if n := len(last); n > 1 && groupNouns[last[n-1]] {
		for i := range parts[:len(parts)-1] {
			if len(strings.Fields(parts[i])) == 1 {
				parts[i] += " " + last[n-1]
			}
		}
	}
	return parts
}

// subjectKeys returns the keys a fact's subject is known by: its entity id
// or normalised text, the entity its name stands for ("French leaders"
// for France), and each member of a joint subject.
func subjectKeys(f extract.Fact, names map[string]string) []string {
	var out []string
	addKey := func(k string) {
		if k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	addKey(key(f.SubjectID, f.Subject))
	if len(out) == 0 {
		return nil
	}
	if f.SubjectID == "" {
		// "A magnitude 7.1 earthquake", "An earthquake of magnitude 7.1",
		// "the quake": one kind of event, named in many ways; not "the
		// death toll from the quake", "a second quake"
		if k := headKind(f.Subject); k != "" {
			addKey("event:" + k)
		}
	}
	parts := splitJoint(f.Subject)
	if parts == nil {
		// "French leaders" act for France; a bare name the resolver left
		// alone stays itself
		if ws := strings.Fields(normName(f.Subject)); f.SubjectID == "" && len(ws) > 1 && groupNouns[ws[len(ws)-1]] {
			addKey(lookup(f.Subject, names))
		}
		return out
	}
	for _, p := range parts {
		if id := lookup(p, names); id != "" {
			addKey(id)
		} else {
			addKey(key("", p))
		}
	}
	return out
}

// eventKinds map the nouns of natural and violent events to their kind:
// reports of one event name it with any of them.
var eventKinds = map[string]string{
	"earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake", "temblor": "earthquake",
	"explosion": "explosion", "blast": "explosion", "bombing": "explosion",
	"storm": "storm", "cyclone": "storm", "hurricane": "storm", "typhoon": "storm",
	"fire": "fire", "blaze": "fire", "wildfire": "fire", "bushfire": "fire",
	"flood": "flood", "flooding": "flood", "floods": "flood",
	"derailment": "derailment",
}

// areaKinds are happenings that cover a region: reports of one quake
// name the valley, the province or the country it hit, so different
// places do not make different quakes, while two blasts at two places are
// two blasts.
var areaKinds = wordSet(`event:earthquake event:storm event:flood event:fire`)

// actKinds are the acts that name a kind of happening whoever is their
// subject: "the train derailed", "22 cars left the tracks" and "the
// derailment forced an evacuation" report one derailment.
var actKinds = map[string]string{"derail": "derailment", "explode": "explosion"}

// idiomVerbs are the relation classes that start an object idiom (see
// objectIdioms).
var idiomVerbs = wordSet(`come go leave jump`)

// otherOne are modifiers that set a happening apart from another of its
// kind: "a second blast", "another quake", "a smaller earthquake in the
// same valley" (years before).
var otherOne = wordSet(`second third fourth another other new fresh separate earlier later previous
	last next smaller larger bigger stronger weaker deadlier similar subsequent`)

// headStop ends the head phrase of a subject: "the death toll from
// Tuesday's earthquake" is a toll, "an earthquake of magnitude 6.9" an
// earthquake.
var headStop = wordSet(`of from in on at near off with by for that which who after before during`)

// headKind returns the kind of happening a subject's head noun names
// ("A magnitude 6.1 earthquake", "The tremor", "An earthquake of magnitude
// 6.9": earthquake), or "" when its head names none or a modifier sets it
// apart from another one ("a second blast").
func headKind(subject string) string {
	ws := strings.Fields(normName(subject))
	head := ""
	for _, w := range ws {
		w = strings.Trim(w, ".,;:\"'“”")
		if headStop[w] {
			break
		}
		if otherOne[w] {
			return ""
		}
		head = w
	}
	return eventKinds[head]
}

var pronouns = wordSet(`he she it they we i you him her them us this that who which one`)

// actorKeys completes the subject keys of a fact with the act class rel:
// the subject of a passive patient act ("Keller was convicted") is its
// patient, not its actor; the entity object of an active one ("the jury
// convicted Keller") is known as its patient too; a fact naming a kind of
// happening by its head noun or its act ("the quake", "derailed") is
// known by the happening (kind is headKind of the subject). It returns
// the keys and the happening, or "".
// subjs is not modified.
func actorKeys(f extract.Fact, subjs []string, rel string, passive bool, kind string) ([]string, string) {
	var out []string
	if passive {
		if pronouns[normName(f.Subject)] {
			return nil, ""
		}
		for _, s := range subjs {
			if !strings.HasPrefix(s, "event:") {
				out = append(out, "patient:"+s)
			}
		}
		return out, ""
	}
	hap := ""
	if f.SubjectID == "" && kind != "" {
		hap = "event:" + kind
	}
	if k, ok := actKinds[rel]; ok && hap == "" {
		if !slices.ContainsFunc(strings.Fields(strings.ToLower(f.Subject)), func(w string) bool { return otherOne[w] }) {
			hap = "event:" + k
		}
	}
	add := func(k string) {
		if out == nil {
			out = slices.Clone(subjs)
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	if patientActs[rel] && f.ObjectID != "" {
		add("patient:" + f.ObjectID)
	}
	if hap != "" {
		add(hap)
	}
	if out == nil {
		return subjs, hap
	}
	return out, hap
}

// nominals name acts as nouns: the act a support verb's object names
// ("signed a declaration" declares, "reached an agreement" agrees).
var nominals = map[string]string{
	"declaration": "declare", "agreement": "agree", "deal": "agree", "accord": "agree",
	"statement": "say", "announcement": "announce", "proposal": "propose", "offer": "propose",
	"pledge": "back", "commitment": "back", "endorsement": "back", "attack": "attack",
	"strike": "attack", "visit": "visit", "meeting": "meet", "talks": "meet", "summit": "meet",
	"resignation": "resign", "approval": "approve", "arrest": "arrest", "invasion": "invade",
	"withdrawal": "withdraw", "ban": "ban", "deployment": "deploy", "decision": "decide",
	"election": "elect", "vote": "vote", "appointment": "appoint", "sanctions": "sanction",
	"release": "release", "launch": "launch", "warning": "warn", "rejection": "reject",
	"criticism": "criticize", "ceasefire": "ceasefire", "truce": "ceasefire",
}

// supportVerbs carry the act their object names.
var supportVerbs = wordSet(`sign issue make adopt publish release announce deliver reach give hold
	conduct carry express unveil present submit approve launch declare strike`)

// commitNouns are objects that state an intention to act: "a declaration
// of intent to deploy troops", "their readiness to send troops".
var commitNouns = wordSet(`declaration intent intention plan plans pledge promise commitment readiness
	willingness decision offer proposal agreement deal bid`)

var determiners = wordSet(`a an the their its his her our your this that these those both all`)

// eventKeys returns the acts a fact reports: its relation class, the act
// its support verb's object names ("sign a declaration": declare), and the
// act an infinitive after the relation or after a noun of intention names
// ("offer to dispatch troops", "a declaration of intent to deploy
// troops": deploy).
func eventKeys(f extract.Fact, rel string, syn map[string]string) []string {
	out := []string{rel}
	addKey := func(k string) {
		if k != "" && !stative[k] && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	class := func(w string) string {
		w = verbStem(w, syn)
		if c, ok := syn[w]; ok {
			return c
		}
		return w
	}
	lem := strings.Fields(strings.ToLower(f.RelationLemma + " " + f.Relation))
	for i, w := range lem {
		if w == "to" && i+1 < len(lem) && i > 0 {
			addKey(class(lem[i+1]))
			break
		}
	}
	obj := strings.FieldsFunc(strings.ToLower(f.Object), func(r rune) bool {
		return r == ' ' || r == ',' || r == '"' || r == '“' || r == '”'
	})
	for len(obj) > 0 && determiners[obj[0]] {
		obj = obj[1:]
	}
	if len(obj) == 0 {
		return out
	}
	if supportVerbs[rel] {
		if k, ok := nominals[obj[0]]; ok {
			addKey(k)
		}
	}
	if commitNouns[obj[0]] || strings.HasPrefix(f.Object, "to ") {
		for i := 0; i < len(obj)-1 && i < 6; i++ {
			if obj[i] == "to" {
				addKey(class(obj[i+1]))
				break
			}
		}
	}
	return out
}

// numberConflicts names the different numbers the reports of one event
// give for one thing ("killed 12 people", "killed 15 people"); a report
// that gives two numbers for one unit counts two things ("19 percent,
// its rival 15 percent") and says nothing against another report.
func numberConflicts(ms []*member) []string {
	type seen struct {
		num  string
		docs []string
	}
	byUnit := map[string][]seen{}
	var units []string
	for _, m := range ms {
		texts := []string{m.f.Object}
		for _, a := range m.f.Args {
			texts = append(texts, a.Text)
		}
		// the numbers of one report, by unit: a report that gives two for
		// one unit counts two things ("19 percent of the market, its rival
		// 15 percent"), which is no disagreement
		type num struct{ unit, n string }
		var nums []num
		several := map[string]bool{}
		for _, t := range texts {
			ws := strings.Fields(strings.ToLower(t))
			for i := 0; i+1 < len(ws); i++ {
				n := strings.ReplaceAll(ws[i], ",", "")
				v, err := strconv.Atoi(n)
				if err != nil || v >= 1800 && v <= 2100 && !strings.Contains(ws[i], ",") {
					continue // not a number, or a year
				}
				unit := strings.TrimSuffix(strings.Trim(ws[i+1], ".,;:\"'"), "s")
				if len(unit) < 2 || stopWords[unit] {
					continue
				}
				if k := slices.IndexFunc(nums, func(x num) bool { return x.unit == unit }); k >= 0 && nums[k].n != n {
					several[unit] = true
				}
				nums = append(nums, num{unit, n})
			}
		}
		for _, x := range nums {
			unit, n := x.unit, x.n
			if several[unit] {
				continue
			}
			if _, ok := byUnit[unit]; !ok {
				units = append(units, unit)
			}
			list := byUnit[unit]
			k := slices.IndexFunc(list, func(s seen) bool { return s.num == n })
			if k < 0 {
				list = append(list, seen{num: n})
				k = len(list) - 1
			}
			for _, s := range m.f.Sources {
				if !slices.Contains(list[k].docs, s.Doc) {
					list[k].docs = append(list[k].docs, s.Doc)
				}
			}
			byUnit[unit] = list
		}
	}
	var out []string
	for _, u := range units {
		list := byUnit[u]
		if len(list) < 2 {
			continue
		}
		var parts []string
		for _, s := range list {
			parts = append(parts, fmt.Sprintf("%s (%s)", s.num, strings.Join(s.docs, ", ")))
		}
		out = append(out, fmt.Sprintf("numbers differ for %s: %s", u, strings.Join(parts, " vs ")))
	}
	return out
}
