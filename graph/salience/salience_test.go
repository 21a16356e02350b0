package salience

import (
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

// Test material is written for these tests; no article text is copied.

func ent(typ, name string, mentions int, docs []string, aliases ...string) extract.Entity {
	return extract.Entity{ID: extract.EntityID(typ, name), Name: name, Type: typ, Aliases: aliases, Mentions: mentions, Docs: docs}
}

func fact(subj, subjID, rel, lemma, obj, objID, doc string, off int) extract.Fact {
	f := extract.Fact{Subject: subj, SubjectID: subjID, Relation: rel, RelationLemma: lemma, Object: obj, ObjectID: objID,
		Confidence: 0.7, Sources: []extract.Source{{Doc: doc, Offset: off, Sentence: subj + " " + rel + " " + obj + "."}}}
	f.SetID()
	return f
}

var (
	norland = ent("GPE", "Norland", 20, []string{"d1", "d2", "d3"}, "Norlandic", "NL")
	osteria = ent("GPE", "Osteria", 12, []string{"d1", "d2"}, "Osterian")
	league  = ent("ORG", "Harbour League", 6, []string{"d2", "d3"}, "League")
	vance   = ent("PERSON", "Ida Vance", 8, []string{"d1", "d3"}, "Vance")
)

// story: Norland and Osteria sign a pact; the pact is shared by three
// sentences; the League backs inspections.
func story() ([]extract.Entity, []extract.Fact) {
	ents := []extract.Entity{norland, osteria, league, vance}
	facts := []extract.Fact{
		fact("NL and Osterian ministers", "", "signed", "sign", "a fishing pact to share the northern waters", "", "d1", 0),
		fact("the pact", "", "covers", "cover", "the northern waters", "", "d2", 40),
		fact("Ida Vance", vance.ID, "praised", "praise", "the new fishing pact", "", "d3", 0),
		fact("League officials", "", "will fund", "fund", "regular inspections", "", "d2", 90),
		fact("Ida Vance", vance.ID, "said", "say", "Norland would join", norland.ID, "d3", 80),
		fact("Ida Vance", vance.ID, "is", "be", "Norland", norland.ID, "d3", 120),
		fact("Ida Vance", vance.ID, "visited", "visit", "Norland", norland.ID, "d1", 200),
		fact("it", "", "has", "have", "a point", "", "d1", 300),
	}
	return ents, facts
}

func TestCompute(t *testing.T) {
	ents, facts := story()
	r := Compute(ents, facts, Options{})
	tests := []struct {
		fact     int
		subjects []string
		objects  []string
	}{
		// A joint group subject reaches both members; the concept is shared.
		{0, []string{norland.ID, osteria.ID}, []string{"c:pact"}},
		{1, []string{"c:pact"}, nil},
		{2, []string{vance.ID}, []string{"c:pact"}},
		// "League officials": a group named after an organisation.
		{3, []string{league.ID}, nil},
		// The object of a verb of saying is a clause, even when it starts with a name.
		{4, []string{vance.ID}, nil},
		{6, []string{vance.ID}, []string{norland.ID}},
		{7, nil, nil},
	}
	for _, tt := range tests {
		a := r.Args[tt.fact]
		if !slices.Equal(a.Subjects, tt.subjects) || !slices.Equal(a.Objects, tt.objects) {
			t.Errorf("fact %d (%s %s %s): args %v → %v, want %v → %v", tt.fact, facts[tt.fact].Subject, facts[tt.fact].Relation,
				facts[tt.fact].Object, a.Subjects, a.Objects, tt.subjects, tt.objects)
		}
	}
	pact, ok := r.Node("c:pact")
	if !ok {
		t.Fatalf("no concept c:pact in %v", r.Concepts())
	}
	if pact.Label != "fishing pact" || pact.Mentions != 3 || pact.Docs != 3 || len(pact.Facts) != 3 {
		t.Errorf("c:pact = %q, %d sentences, %d docs, %d facts; want \"fishing pact\", 3, 3, 3", pact.Label, pact.Mentions, pact.Docs, len(pact.Facts))
	}
	// "regular inspections" occurs once: no node; "the northern waters" once as an argument.
	for _, id := range []string{"c:inspection", "c:water", "c:point"} {
		if _, ok := r.Node(id); ok {
			t.Errorf("concept %s made a node from one sentence", id)
		}
	}
	// Scores are in [0, 1], nodes sorted by score.
	for i, n := range r.Nodes {
		if n.Score < 0 || n.Score > 1 {
			t.Errorf("%s score %v out of [0, 1]", n.ID, n.Score)
		}
		if i > 0 && r.Nodes[i-1].Score < n.Score {
			t.Errorf("nodes not sorted by score at %d", i)
		}
	}
	if r.Score(norland.ID) <= r.Score(league.ID) {
		t.Errorf("Norland (20 mentions, 3 docs, linked) %.3f <= League (6 mentions) %.3f", r.Score(norland.ID), r.Score(league.ID))
	}
	// A bare "is" scores lower than "visited" between the same pair.
	if r.FactScores[5] >= r.FactScores[6] {
		t.Errorf("\"is\" fact %.3f >= \"visited\" fact %.3f", r.FactScores[5], r.FactScores[6])
	}
}

func TestComputeDeterministic(t *testing.T) {
	ents, facts := story()
	a := Compute(ents, facts, Options{})
	slices.Reverse(ents)
	slices.Reverse(facts)
	b := Compute(ents, facts, Options{})
	if len(a.Nodes) != len(b.Nodes) {
		t.Fatalf("%d vs %d nodes", len(a.Nodes), len(b.Nodes))
	}
	for i := range a.Nodes {
		if a.Nodes[i].ID != b.Nodes[i].ID || a.Nodes[i].Score != b.Nodes[i].Score || a.Nodes[i].Label != b.Nodes[i].Label {
			t.Errorf("node %d: %s %v %q vs %s %v %q", i, a.Nodes[i].ID, a.Nodes[i].Score, a.Nodes[i].Label,
				b.Nodes[i].ID, b.Nodes[i].Score, b.Nodes[i].Label)
		}
	}
}

func TestParsePhrase(t *testing.T) {
	tests := []struct {
		in, head, label string // label "" means not a concept
	}{
		{"a declaration of intent to send ships", "declaration", "declaration of intent"},
		{"long-term security guarantees", "guarantee", "security guarantees"},
		{"any future ceasefire", "ceasefire", "ceasefire"},
		{"the Harbour League's final statement", "statement", "final statement"},
		{"that the talks would resume", "", ""},
		{"to resume talks", "", ""},
		{"the talks would resume", "", ""},
		{"it", "", ""},
		{"the first time", "", ""},
		{"significantly closer to a deal", "", ""},
		{"Norland", "", ""},
		{"“a broad truce”", "truce", "truce"},
	}
	for _, tt := range tests {
		p, ok := parsePhrase(tt.in)
		if ok != (tt.label != "") {
			t.Errorf("parsePhrase(%q) ok = %v, want %v (head %q)", tt.in, ok, tt.label != "", p.head)
			continue
		}
		if !ok {
			continue
		}
		if p.head != tt.head {
			t.Errorf("parsePhrase(%q) head = %q, want %q", tt.in, p.head, tt.head)
		}
		if got := conceptLabel([]phrase{p}); got != tt.label {
			t.Errorf("label of %q = %q, want %q", tt.in, got, tt.label)
		}
	}
}

func TestConceptLabel(t *testing.T) {
	var ps []phrase
	for _, s := range []string{"long-term security guarantees", "the guarantees", "firm security guarantees", "these guarantees"} {
		p, ok := parsePhrase(s)
		if !ok {
			t.Fatalf("parsePhrase(%q) failed", s)
		}
		ps = append(ps, p)
	}
	if got := conceptLabel(ps); got != "security guarantees" {
		t.Errorf("label = %q, want %q", got, "security guarantees")
	}
	// Disagreeing modifiers, or a bare phrase without them, leave the head alone.
	for _, tt := range []struct {
		phrases []string
		want    string
	}{
		{[]string{"long-term security guarantees", "the guarantees", "firm guarantees"}, "guarantees"},
		{[]string{"combat forces", "force"}, "force"},
		{[]string{"a five-point plan", "detailed plans", "the plan"}, "plan"},
		{[]string{"a ceasefire monitoring mission", "the mission"}, "ceasefire monitoring mission"},
		// A phrase about no particular thing, or about another one, does
		// not refer back to the one with modifiers.
		{[]string{"a cargo drone strike", "any further strikes", "any future strikes on the port"}, "strikes"},
		{[]string{"a cargo drone strike", "any future strikes on the port"}, "strike"},
		{[]string{"a night drone raid", "no major raid"}, "raid"},
		{[]string{"the historic pledge", "a big new pledge"}, "pledge"},
		{[]string{"the joint patrol", "a separate patrol"}, "patrol"},
		{[]string{"a harbour inspection regime", "a proposed regime"}, "harbour inspection regime"},
		{[]string{"the harbour inspection regime", "this new regime"}, "harbour inspection regime"},
	} {
		var ps []phrase
		for _, s := range tt.phrases {
			p, ok := parsePhrase(s)
			if !ok {
				t.Fatalf("parsePhrase(%q) failed", s)
			}
			ps = append(ps, p)
		}
		if got := conceptLabel(ps); got != tt.want {
			t.Errorf("label of %q = %q, want %q", tt.phrases, got, tt.want)
		}
	}
}

func TestWeakRelation(t *testing.T) {
	for _, tt := range []struct {
		lemma string
		weak  bool
	}{{"be", true}, {"have", true}, {"be in", true}, {"have for", true}, {"be behind", false}, {"sign", false}, {"", true}} {
		f := extract.Fact{RelationLemma: tt.lemma}
		if got := WeakRelation(&f); got != tt.weak {
			t.Errorf("WeakRelation(%q) = %v, want %v", tt.lemma, got, tt.weak)
		}
	}
}

func TestResolveArg(t *testing.T) {
	roses := ent("ORG", "Bread and Roses", 2, []string{"d1"})
	ix := newIndex([]extract.Entity{norland, osteria, league, vance, roses, ent("PERSON", "Roses", 1, nil)})
	tests := []struct {
		text, id string
		subject  bool
		want     string
	}{
		{"Norland and Osteria", "", false, norland.ID + " " + osteria.ID},
		{"he and Vance", norland.ID, true, norland.ID + " " + vance.ID},
		{"Norlandic negotiators", "", true, norland.ID},
		{"talks with Norlandic negotiators", "", false, ""},
		{"a Norlandic fishing boat", "", true, ""},
		{"talks with Norland, Osteria", "", false, ""},
		{"the entire Harbour League", "", false, league.ID},
		{"Osterian and Norlandic officials", "", true, osteria.ID + " " + norland.ID},
		// A name holding "and" is one entity.
		{"Bread and Roses", "", true, roses.ID},
		{"Bread and Roses", roses.ID, false, roses.ID},
		// Armed people stand for their country when they act, not when
		// something is done to them.
		{"any Harbour League member troops inside Osteria", "", false, ""},
		{"Harbour League member troops", "", true, league.ID},
		{"Norlandic soldiers", "", false, ""},
		{"Norlandic soldiers", "", true, norland.ID},
		{"the Osterian forces", osteria.ID, false, ""},
		{"Osterian and Norlandic troops", "", false, ""},
		{"Osterian and Norlandic troops", "", true, osteria.ID + " " + norland.ID},
		// Other groups stand for it either way.
		{"senior Norlandic envoys", "", false, norland.ID},
		{"Osterian officials", osteria.ID, false, osteria.ID},
	}
	for _, tt := range tests {
		got := strings.Join(ix.resolveArg(tt.text, tt.id, tt.subject), " ")
		if got != tt.want {
			t.Errorf("resolveArg(%q, %q, subject %v) = %q, want %q", tt.text, tt.id, tt.subject, got, tt.want)
		}
	}
}

func TestMisparse(t *testing.T) {
	src := func(sentence, subject string) extract.Source {
		i := strings.Index(sentence, subject)
		return extract.Source{Doc: "d", Offset: 100, Sentence: sentence,
			Spans: extract.Spans{Subject: extract.Span{Off: 100 + i, End: 100 + i + len(subject)}}}
	}
	tests := []struct {
		name     string
		f        extract.Fact
		fronted  bool
		modifier bool
	}{
		{"fronted", extract.Fact{Relation: "was Speaking at"}, true, false},
		{"plain", extract.Fact{Relation: "was speaking at"}, false, false},
		{"list after between", extract.Fact{Relation: "were praised by", Sources: []extract.Source{
			src("A pact between Norland, Osteria, and Castel were praised by Vance.", "Castel")}}, false, true},
		{"list after by", extract.Fact{Relation: "followed", Sources: []extract.Source{
			src("The note, signed by Norlandic envoys and Osterian officials, followed the talks.", "Osterian officials")}}, false, true},
		{"joint subject", extract.Fact{Relation: "signed", Sources: []extract.Source{
			src("Norland and Osteria signed the pact.", "Osteria")}}, false, false},
		{"adjunct before subject", extract.Fact{Relation: "said", Sources: []extract.Source{
			src("Speaking with reporters, Vance said the talks went well.", "Vance")}}, false, false},
	}
	for _, tt := range tests {
		if got := FrontedAdjunct(&tt.f); got != tt.fronted {
			t.Errorf("%s: FrontedAdjunct = %v, want %v", tt.name, got, tt.fronted)
		}
		if got := SubjectInModifier(&tt.f); got != tt.modifier {
			t.Errorf("%s: SubjectInModifier = %v, want %v", tt.name, got, tt.modifier)
		}
	}
}

func TestQuotedCompound(t *testing.T) {
	// spans finds subject and relation words (in order) in sentence.
	spans := func(sentence, subject string, rel ...string) extract.Source {
		const base = 200
		i := strings.Index(sentence, subject)
		s := extract.Source{Doc: "d", Offset: base, Sentence: sentence,
			Spans: extract.Spans{Subject: extract.Span{Off: base + i, End: base + i + len(subject)}}}
		at := i + len(subject)
		for _, r := range rel {
			j := at + strings.Index(sentence[at:], r)
			s.Spans.Relation = append(s.Spans.Relation, extract.Span{Off: base + j, End: base + j + len(r)})
			at = j + len(r)
		}
		return s
	}
	tests := []struct {
		name string
		src  extract.Source
		want bool
	}{
		{"straight quotes", spans(`The pact aims at tighter "border controls" for Osteria.`, "border", "controls", "for"), true},
		{"curly quotes", spans("Envoys promised “water rights” over the lake to Norland.", "water", "rights", "over"), true},
		{"single quotes", spans("The League wants 'fishing quotas' for the bay.", "fishing", "quotas", "for"), true},
		{"quoted clause", spans(`Vance said "prices rose in Norland" on Monday.`, "prices", "rose", "in"), false},
		{"clause closing after its verb", spans(`The banner read "workers strike".`, "workers", "strike"), false},
		{"no quotes", spans("Border controls for Osteria tightened.", "Border", "controls", "for"), false},
		{"name before the verb", spans(`“Norland agreed” to the talks, Vance said.`, "Norland", "agreed", "to"), false},
		{"determiner before the verb", spans(`“The port reopened” after the storm.`, "The port", "reopened", "after"), false},
	}
	for _, tt := range tests {
		f := extract.Fact{Sources: []extract.Source{tt.src}}
		if got := QuotedCompound(&f); got != tt.want {
			t.Errorf("%s: QuotedCompound = %v, want %v", tt.name, got, tt.want)
		}
	}
	if QuotedCompound(&extract.Fact{Sources: []extract.Source{{Sentence: "no spans"}}}) {
		t.Error("QuotedCompound without spans = true")
	}
}

func TestTruncatedPossessive(t *testing.T) {
	tests := []struct {
		name string
		f    extract.Fact
		want bool
	}{
		{"object lost its noun", extract.Fact{Subject: "Ida Vance", SubjectID: vance.ID, Relation: "has led", RelationLemma: "lead",
			Object: "talks with Harbour League’s"}, true},
		{"object lost its noun, straight apostrophe", extract.Fact{Subject: "the envoy", Relation: "met", RelationLemma: "meet",
			Object: "the mayor's"}, true},
		{"subject lost its noun", extract.Fact{Subject: "The dock workers'", Relation: "called", RelationLemma: "call",
			Object: "a strike"}, true},
		{"curly plural", extract.Fact{Subject: "The growers’", Relation: "rejected", RelationLemma: "reject", Object: "the offer"}, true},
		{"predicative possessive", extract.Fact{Subject: "the last word", Relation: "was", RelationLemma: "be",
			Object: "the board's"}, false},
		{"a name with 's", extract.Fact{Subject: "Ida Vance", SubjectID: vance.ID, Relation: "sued", RelationLemma: "sue",
			Object: "Hollin's", ObjectID: "e:org:hollin_s"}, false},
		{"possessive inside", extract.Fact{Subject: "Norland's navy", Relation: "patrols", RelationLemma: "patrol", Object: "the bay"}, false},
		{"plain", extract.Fact{Subject: "the growers", Relation: "rejected", RelationLemma: "reject", Object: "the offer"}, false},
		{"short word", extract.Fact{Subject: "we", Relation: "reject", RelationLemma: "reject", Object: "its"}, false},
	}
	for _, tt := range tests {
		if got := TruncatedPossessive(&tt.f); got != tt.want {
			t.Errorf("%s: TruncatedPossessive = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestConceptSplitByModifier(t *testing.T) {
	ents := []extract.Entity{norland, osteria, vance}
	facts := []extract.Fact{
		fact("Norland", norland.ID, "backed", "back", "a three-stage plan", "", "d1", 0),
		fact("Osteria", osteria.ID, "rejected", "reject", "the three-stage plan", "", "d2", 0),
		fact("detailed plans", "", "cover", "cover", "the ports", "", "d3", 0),
		fact("Ida Vance", vance.ID, "drafted", "draft", "the plan", "", "d3", 50),
	}
	r := Compute(ents, facts, Options{})
	plan, ok := r.Node("c:plan")
	if !ok {
		t.Fatalf("no c:plan among %v", r.Concepts())
	}
	if plan.Label != "three-stage plan" || !slices.Equal(plan.Facts, []int{0, 1, 3}) {
		t.Errorf("c:plan = %q with facts %v, want \"three-stage plan\" with 0, 1, 3", plan.Label, plan.Facts)
	}
	if len(r.Args[2].Subjects) != 0 {
		t.Errorf("\"detailed plans\" joined %v; it names other plans", r.Args[2].Subjects)
	}
}

// TestWorkFold: a concept phrase joins the document, law or event its
// document names with the same head noun, when nothing in the phrase tells
// them apart; never an organisation whose name ends in that noun, and never
// when two such names compete.
func TestWorkFold(t *testing.T) {
	accord := ent("DOC", "Harbour Accord", 4, []string{"d1", "d2", "d4"}, "harbour accord")
	border := ent("DOC", "Border Accord", 2, []string{"d4"})
	intent := ent("DOC", "Declaration of Intent", 2, []string{"d1"})
	summit := ent("EVENT", "Salt Summit", 3, []string{"d2"})
	troops := ent("ORG", "Coastal Troops Ltd", 2, []string{"d1"}, "Coastal Troops")
	forum := ent("LOC", "Tide Conference", 2, []string{"d5"})
	rally := ent("PERSON", "Ada Summit", 2, []string{"d5"})
	ents := []extract.Entity{norland, osteria, accord, border, intent, summit, troops, forum, rally}
	tests := []struct {
		obj, doc, want string
	}{
		{"the accord", "d1", accord.ID},
		{"the new accord", "d2", accord.ID},
		{"a harbour accord", "d1", accord.ID},
		{"the accords", "d1", accord.ID},
		{"the declaration of intent", "d1", intent.ID},
		{"the summit", "d2", summit.ID},
		// Another accord: a modifier or a name the entity's name lacks.
		{"a fishing accord", "d1", ""},
		{"the Lisbon accord", "d1", ""},
		{"the declaration of war", "d1", ""},
		// An indefinite bare phrase may be any accord.
		{"an accord", "d1", ""},
		{"a new accord", "d1", ""},
		// The entity is not named in the fact's document.
		{"the accord", "d3", ""},
		{"the summit", "d1", ""},
		// Two accords named in the document: ambiguous.
		{"the accord", "d4", ""},
		// An organisation's last word is no kind.
		{"the troops", "d1", ""},
		// A name of another type headed by a kind of event is one; a
		// person's name never.
		{"the conference", "d5", forum.ID},
		{"the summit", "d5", ""},
	}
	for _, tt := range tests {
		f := fact("Norland", norland.ID, "signed", "sign", tt.obj, "", tt.doc, 0)
		r := Compute(ents, []extract.Fact{f}, Options{MinSentences: 1})
		var got string
		for _, id := range r.Args[0].Objects {
			if !IsConcept(id) {
				got = id
			}
		}
		if got != tt.want {
			t.Errorf("%q in %s → %q (objects %v), want %q", tt.obj, tt.doc, got, r.Args[0].Objects, tt.want)
		}
	}
	// The folded phrase is no concept node of its own.
	facts := []extract.Fact{
		fact("Norland", norland.ID, "signed", "sign", "the accord", "", "d1", 0),
		fact("Osteria", osteria.ID, "praised", "praise", "the accord", "", "d2", 0),
	}
	r := Compute(ents, facts, Options{})
	if _, ok := r.Node("c:accord"); ok {
		t.Errorf("c:accord is a node beside %s", accord.ID)
	}
	if n, ok := r.Node(accord.ID); !ok || len(n.Facts) != 2 {
		t.Errorf("%s has facts %v, want 2", accord.ID, n)
	}
}

// TestConceptOrdinals: "the first charter" and "the second charter" are two
// things; a bare "the charter" is neither.
func TestConceptOrdinals(t *testing.T) {
	ents := []extract.Entity{norland, osteria, vance, league}
	facts := []extract.Fact{
		fact("The first charter", "", "sets out", "set out", "fishing quotas", "", "d1", 0),
		fact("The second charter", "", "binds", "bind", "Norland and Osteria", "", "d1", 40),
		fact("Harbour League", league.ID, "rejected", "reject", "the charter", "", "d2", 0),
		fact("Ida Vance", vance.ID, "criticised", "criticise", "the charter", "", "d3", 0),
	}
	r := Compute(ents, facts, Options{})
	second, ok := r.Node("c:second_charter")
	if !ok || second.Label != "second charter" || !slices.Equal(second.Facts, []int{1}) {
		t.Errorf("c:second_charter = %+v, %v; want \"second charter\" with fact 1", second, ok)
	}
	bare, ok := r.Node("c:charter")
	if !ok || bare.Label != "charter" || !slices.Equal(bare.Facts, []int{2, 3}) {
		t.Errorf("c:charter = %+v, %v; want \"charter\" with facts 2, 3", bare, ok)
	}
	if slices.Contains(r.Args[0].Subjects, "c:charter") || slices.Contains(r.Args[0].Subjects, "c:second_charter") {
		t.Errorf("the first charter joined %v", r.Args[0].Subjects)
	}
}

// TestConceptOfComplement: an "of" complement tells a use of a head apart
// like a modifier does: a joint declaration is not the declaration of
// intent two parties signed.
func TestConceptOfComplement(t *testing.T) {
	ents := []extract.Entity{norland, osteria, vance, league}
	facts := []extract.Fact{
		fact("Norland", norland.ID, "signed", "sign", "a declaration of intent to patrol the strait", "", "d1", 0),
		fact("Osteria", osteria.ID, "signed", "sign", "the declaration of intent", "", "d2", 0),
		fact("Ida Vance", vance.ID, "praised", "praise", "the declaration of intent", "", "d3", 0),
		fact("The joint declaration", "", "followed", "follow", "a long summit", "", "d3", 40),
		fact("Harbour League", league.ID, "rejected", "reject", "the joint declaration", "", "d4", 0),
	}
	r := Compute(ents, facts, Options{})
	var intent *Node
	for i := range r.Nodes {
		if n := &r.Nodes[i]; n.Type == ConceptType && slices.Contains(n.Facts, 0) {
			intent = n
		}
	}
	if intent == nil || !slices.Equal(intent.Facts, []int{0, 1, 2}) {
		t.Fatalf("the declaration of intent = %+v; want a concept with facts 0, 1, 2", intent)
	}
	if !strings.Contains(intent.Label, "intent") {
		t.Errorf("label %q, want the declaration of intent's", intent.Label)
	}
	joint, ok := r.Node("c:joint_declaration")
	if !ok || !slices.Equal(joint.Facts, []int{3, 4}) {
		t.Errorf("c:joint_declaration = %+v, %v; want facts 3, 4", joint, ok)
	}
}

// manyFacts repeats story's facts across many documents, with concept
// phrases that recur and ones that do not, so that Compute splits its work.
func manyFacts(n int) ([]extract.Entity, []extract.Fact) {
	ents, base := story()
	objs := []string{"a fishing pact", "the pact", "regular inspections", "the northern waters", "a harbour levy"}
	var facts []extract.Fact
	for i := range n {
		f := base[i%len(base)]
		if f.ObjectID == "" && i%3 == 0 {
			f.Object = objs[i%len(objs)]
			if i%7 == 0 {
				f.Object = "levy number " + strings.Repeat("x", i%11+1) // no shared head
			}
		}
		f.Sources = []extract.Source{{Doc: "d" + itoa(i%40), Offset: i, Sentence: f.Subject + " " + f.Relation + " " + f.Object + "."}}
		if i%5 == 0 {
			for k := range 20 { // many sources, some documents repeated
				f.Sources = append(f.Sources, extract.Source{Doc: "d" + itoa(k%9), Offset: 1000 + k})
			}
		}
		f.SetID()
		facts = append(facts, f)
	}
	return ents, facts
}

// TestComputeParallel checks that Compute gives the same result on one CPU
// as on several, where it resolves the arguments of the facts in chunks.
func TestComputeParallel(t *testing.T) {
	ents, facts := manyFacts(3000)
	prev := runtime.GOMAXPROCS(1)
	one := Compute(ents, facts, Options{})
	runtime.GOMAXPROCS(4)
	four := Compute(ents, facts, Options{})
	runtime.GOMAXPROCS(prev)
	if !reflect.DeepEqual(one, four) {
		t.Fatal("Compute differs between GOMAXPROCS=1 and 4")
	}
	if len(one.Concepts()) == 0 || one.Nodes[0].Score == 0 {
		t.Fatalf("no concept or no score: %d nodes", len(one.Nodes))
	}
}

func TestDocuments(t *testing.T) {
	_, facts := manyFacts(200)
	many := 0
	for i := range facts {
		if got, want := Documents(&facts[i]), facts[i].Documents(); got != want {
			t.Errorf("fact %d (%d sources): Documents = %d, want %d", i, len(facts[i].Sources), got, want)
		}
		if len(facts[i].Sources) > 16 {
			many++
		}
	}
	if many == 0 {
		t.Fatal("no fact with many sources")
	}
}

// TestConceptIndefiniteApart: an indefinite phrase with no modifier ("an
// accord", "a bold new accord") may be any such thing, so it never joins a
// modified one; a bare plural or mass noun names the kind and still does.
func TestConceptIndefiniteApart(t *testing.T) {
	ents := []extract.Entity{norland, osteria, vance, league}
	tests := []struct {
		name    string
		facts   []extract.Fact
		node    string // the modified concept
		facts1  []int  // its facts
		outside []int  // facts that must not name it
	}{
		{"an accord", []extract.Fact{
			fact("Norland", norland.ID, "proposed", "propose", "a fishing accord", "", "d1", 0),
			fact("Osteria", osteria.ID, "signed", "sign", "the fishing accord", "", "d2", 0),
			fact("Ida Vance", vance.ID, "wants", "want", "an accord", "", "d3", 0),
		}, "c:fishing_accord", []int{0, 1}, []int{2}},
		{"a big new pledge", []extract.Fact{
			fact("The historic pledge", "", "was signed at", "sign at", "the harbour", "", "d1", 0),
			fact("Ida Vance", vance.ID, "praised", "praise", "the historic pledge", "", "d2", 0),
			fact("a big new pledge", "", "has been under", "be under", "review for weeks", "", "d1", 40),
		}, "c:historic_pledge", []int{0, 1}, []int{2}},
		{"any treaty", []extract.Fact{
			fact("Norland", norland.ID, "drafted", "draft", "a border treaty", "", "d1", 0),
			fact("Harbour League", league.ID, "backed", "back", "the border treaty", "", "d2", 0),
			fact("Osteria", osteria.ID, "rejects", "reject", "any treaty", "", "d3", 0),
		}, "c:border_treaty", []int{0, 1}, []int{2}},
		// "the accord" may refer back to the fishing accord.
		{"the accord", []extract.Fact{
			fact("Norland", norland.ID, "proposed", "propose", "a fishing accord", "", "d1", 0),
			fact("Osteria", osteria.ID, "signed", "sign", "the accord", "", "d1", 50),
			fact("Ida Vance", vance.ID, "wants", "want", "an accord", "", "d3", 0),
		}, "c:fishing_accord", []int{0, 1}, []int{2}},
		// Bare plurals and mass nouns name the kind: no split.
		{"patrols", []extract.Fact{
			fact("Norland", norland.ID, "sent", "send", "patrols", "", "d1", 0),
			fact("Osteria", osteria.ID, "rejected", "reject", "any coastal patrols", "", "d2", 0),
		}, "c:patrol", []int{0, 1}, nil},
	}
	for _, tt := range tests {
		r := Compute(ents, tt.facts, Options{})
		n, ok := r.Node(tt.node)
		if !ok {
			var ids []string
			for _, c := range r.Concepts() {
				ids = append(ids, c.ID)
			}
			t.Errorf("%s: no %s among %v", tt.name, tt.node, ids)
			continue
		}
		if !slices.Equal(n.Facts, tt.facts1) {
			t.Errorf("%s: %s has facts %v, want %v", tt.name, tt.node, n.Facts, tt.facts1)
		}
		for _, i := range tt.outside {
			if slices.Contains(r.Args[i].Subjects, tt.node) || slices.Contains(r.Args[i].Objects, tt.node) {
				t.Errorf("%s: fact %d (%q / %q) joined %s", tt.name, i, tt.facts[i].Subject, tt.facts[i].Object, tt.node)
			}
		}
	}
}

// TestWorkPlace: a phrase that puts a thing in a place ("a summit in
// Lisbon") names the event whose name is that place and that kind, even
// in a document that does not name it; another modifier, another place or
// "a new …" do not.
func TestWorkPlace(t *testing.T) {
	summit := ent("EVENT", "Lisbon Summit", 3, []string{"d2"})
	talks := ent("LOC", "Gdansk Conference", 2, []string{"d4"})
	ents := []extract.Entity{norland, summit, talks}
	tests := []struct {
		obj, doc, want string
	}{
		{"a summit in Lisbon on Monday", "d1", summit.ID},
		{"a high-stakes summit in Lisbon", "d3", summit.ID},
		{"the summit at Lisbon", "d1", summit.ID},
		{"a conference in Gdansk, attended by envoys", "d1", talks.ID},
		{"the summit in Lisbon", "d2", summit.ID},
		// Another place, another modifier, another one.
		{"a summit in Porto", "d1", ""},
		{"a trade summit in Lisbon", "d1", ""},
		{"a new summit in Lisbon", "d1", ""},
		{"any summit in Lisbon", "d1", ""},
		// No place stated, and the entity is not in the document.
		{"a summit", "d1", ""},
		{"the summit", "d1", ""},
	}
	for _, tt := range tests {
		f := fact("Norland", norland.ID, "attended", "attend", tt.obj, "", tt.doc, 0)
		r := Compute(ents, []extract.Fact{f}, Options{MinSentences: 1})
		var got string
		for _, id := range r.Args[0].Objects {
			if !IsConcept(id) {
				got = id
			}
		}
		if got != tt.want {
			t.Errorf("%q in %s → %q (objects %v), want %q", tt.obj, tt.doc, got, r.Args[0].Objects, tt.want)
		}
	}
}

// TestConceptKindAcrossStories: a phrase spread over more documents than a
// story has (√D, at least 20) names a kind, not one thing, and is no node
// when it never says which thing it is ("the verdict", "talks", "a 40.5%
// stake"), or when as many actors as that link to it; inside a
// story it is one thing, and so is a phrase that says which one with few
// actors around it.
func TestConceptKindAcrossStories(t *testing.T) {
	tests := []struct {
		name   string
		obj    string
		docs   int // documents
		judges int // distinct actors, one per document in turn
		corpus int // documents in the corpus
		node   string
	}{
		{"bare, many stories", "the verdict", 30, 30, 100, ""},
		{"bare plural, many stories", "talks", 30, 30, 400, ""},
		{"number, many stories", "a 40.5% stake", 30, 3, 100, ""},
		{"bare, one story", "the verdict", 6, 6, 100, "c:verdict"},
		{"bare, one story of 14 in 36 articles", "the verdict", 14, 14, 36, "c:verdict"},
		{"bare, small corpus", "the verdict", 8, 8, 8, "c:verdict"},
		{"modified, many stories, few actors", "the harbour verdict", 30, 3, 100, "c:verdict"},
		{"of complement, many stories, few actors", "the verdict of the tribunal", 30, 3, 100, "c:verdict"},
		{"owner, many stories, few actors", "Calder Court's verdict", 30, 3, 100, "c:verdict"},
		{"modified, many stories, many actors", "the harbour verdict", 30, 30, 100, ""},
		{"placed, many stories, many actors", "reporters in Calder", 30, 30, 100, ""},
	}
	for _, tt := range tests {
		var ents []extract.Entity
		var facts []extract.Fact
		var all []string
		for d := range tt.corpus {
			all = append(all, "d"+itoa(d))
		}
		// A place every document names, so that the corpus has its size.
		ents = append(ents, ent("GPE", "Calder", tt.corpus, all))
		judges := map[int]extract.Entity{}
		for d := range tt.docs {
			k := d % tt.judges
			judge, ok := judges[k]
			if !ok {
				judge = ent("PERSON", "Judge No"+strings.Repeat("o", k), 1, nil)
			}
			judge.Docs = append(judge.Docs, "d"+itoa(d))
			judges[k] = judge
			facts = append(facts, fact(judge.Name, judge.ID, "upheld", "uphold", tt.obj, "", "d"+itoa(d), 0))
		}
		for k := range tt.judges {
			ents = append(ents, judges[k])
		}
		r := Compute(ents, facts, Options{})
		var got string
		for _, c := range r.Concepts() {
			got = c.ID
		}
		if got != tt.node && !(tt.node != "" && strings.HasPrefix(got, tt.node)) {
			t.Errorf("%s: concept %q, want %q", tt.name, got, tt.node)
		}
	}
}

// TestConceptOwner: the name that owns a thing tells it apart ("Harbour
// Bank's revenue" is not "Tidewater's revenue") and words its label; a
// number is no name.
func TestConceptOwner(t *testing.T) {
	ents := []extract.Entity{norland, osteria, vance, league}
	facts := []extract.Fact{
		fact("Harbour Bank's revenue", "", "beat", "beat", "the forecast", "", "d1", 0),
		fact("Ida Vance", vance.ID, "praised", "praise", "Harbour Bank's revenue", "", "d2", 0),
		fact("Tidewater's revenue", "", "missed", "miss", "the forecast", "", "d3", 0),
		fact("Norland", norland.ID, "taxed", "tax", "Tidewater's revenue", "", "d4", 0),
		fact("Osteria", osteria.ID, "taxed", "tax", "the revenue", "", "d4", 40),
	}
	r := Compute(ents, facts, Options{})
	got := map[string][]int{}
	labels := map[string]string{}
	for _, c := range r.Concepts() {
		if strings.HasPrefix(c.ID, "c:revenue") {
			got[c.ID] = c.Facts
			labels[c.ID] = c.Label
		}
	}
	if len(got) != 2 {
		t.Fatalf("concepts %v, want two revenues", labels)
	}
	for id, fs := range got {
		harbour, tide := slices.Contains(fs, 0), slices.Contains(fs, 2)
		if harbour == tide {
			t.Errorf("%s (%q) has facts %v: joins both owners or neither", id, labels[id], fs)
		}
		if harbour && labels[id] != "Harbour Bank's revenue" {
			t.Errorf("label %q, want \"Harbour Bank's revenue\"", labels[id])
		}
	}
	for _, text := range []string{"a 40.5% stake", "the 2.5 percent rise"} {
		if p, ok := parsePhrase(text); ok && len(p.names) > 0 {
			t.Errorf("%q: names %v; a number is no name", text, p.names)
		}
	}
}

// TestConceptParty: the party a "with" or "between" names tells talks
// apart ("talks with Osteria" are not "talks with the League"), under any
// of its names, and words the label when every phrase names it.
func TestConceptParty(t *testing.T) {
	ents := []extract.Entity{norland, osteria, vance, league}
	tests := []struct {
		name  string
		facts []extract.Fact
		want  map[string][]int // label → facts
	}{
		{"two parties", []extract.Fact{
			fact("Norland", norland.ID, "opened", "open", "talks with Osteria", "", "d1", 0),
			fact("Ida Vance", vance.ID, "led", "lead", "talks with Osterian envoys", "", "d1", 50),
			fact("Ida Vance", vance.ID, "praised", "praise", "talks with Harbour League", "", "d2", 0),
			fact("Norland", norland.ID, "joined", "join", "talks with the League", "", "d3", 0),
			fact("Osteria", osteria.ID, "resumed", "resume", "talks with NL", "", "d4", 0),
		}, map[string][]int{"talks with Harbour League": {2, 3}}},
		{"an alias names the same party", []extract.Fact{
			fact("Ida Vance", vance.ID, "opened", "open", "talks with Osteria", "", "d1", 0),
			fact("Harbour League", league.ID, "joined", "join", "talks with Osterian", "", "d2", 0),
		}, map[string][]int{"talks with Osteria": {0, 1}}},
		{"a bare use keeps the head alone", []extract.Fact{
			fact("Norland", norland.ID, "opened", "open", "negotiations with Osteria", "", "d1", 0),
			fact("Harbour League", league.ID, "joined", "join", "negotiations", "", "d2", 0),
		}, map[string][]int{"negotiations": {0, 1}}},
	}
	for _, tt := range tests {
		r := Compute(ents, tt.facts, Options{})
		got := map[string][]int{}
		for _, c := range r.Concepts() {
			got[c.Label] = c.Facts
		}
		for label, fs := range tt.want {
			if !slices.Equal(got[label], fs) {
				t.Errorf("%s: %q has facts %v, want %v (concepts %v)", tt.name, label, got[label], fs, got)
			}
		}
	}
}
