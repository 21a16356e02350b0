package render

import (
	"fmt"

	"github.com/storygraph/storygraph/extract"
)

// Test material is written for these tests; no article text is copied.

func ent(typ, name string, mentions int, docs []string, aliases ...string) extract.Entity {
	return extract.Entity{ID: extract.EntityID(typ, name), Name: name, Type: typ, Aliases: aliases, Mentions: mentions, Docs: docs}
}

func fact(subj, subjType, rel, obj, objType, sentence string, docs ...string) extract.Fact {
	f := extract.Fact{Subject: subj, Relation: rel, Object: obj, Confidence: 0.9}
	if subjType != "" {
		f.SubjectID = extract.EntityID(subjType, subj)
	}
	if objType != "" {
		f.ObjectID = extract.EntityID(objType, obj)
	}
	for i, d := range docs {
		f.Sources = append(f.Sources, extract.Source{Doc: d, Sentence: sentence, Offset: 10 * i})
	}
	f.SetID()
	return f
}

// smallStory is a made-up story about a harbour deal.
func smallStory() ([]extract.Entity, []extract.Fact) {
	ents := []extract.Entity{
		ent("PERSON", "Mara Okafor", 9, []string{"d1", "d2"}, "Okafor", "Mayor Mara Okafor"),
		ent("PERSON", "Tomas Lind", 4, []string{"d1"}, "Lind"),
		ent("ORG", "Harbour Board", 6, []string{"d1", "d2"}),
		ent("GPE", "Port Ellis", 5, []string{"d1", "d2"}),
		ent("ORG", "Lind & Sons", 2, []string{"d2"}),
		ent("LOC", "North Quay", 1, []string{"d2"}),
	}
	facts := []extract.Fact{
		fact("Mara Okafor", "PERSON", "leads", "Port Ellis", "GPE", "Mayor Mara Okafor leads Port Ellis.", "d1", "d2"),
		fact("Mara Okafor", "PERSON", "met", "Tomas Lind", "PERSON", "Okafor met Tomas Lind on Monday.", "d1"),
		fact("Mara Okafor", "PERSON", "criticised", "Tomas Lind", "PERSON", "Okafor criticised Lind.", "d2"),
		fact("Tomas Lind", "PERSON", "owns", "Lind & Sons", "ORG", "Lind owns Lind & Sons.", "d2"),
		fact("Harbour Board", "ORG", "approved", "North Quay", "LOC", "The Harbour Board approved work at North Quay.", "d2"),
		fact("Harbour Board", "ORG", "is based in", "Port Ellis", "GPE", "The Harbour Board is based in Port Ellis.", "d1"),
		fact("Mara Okafor", "PERSON", "announced", "a new ferry route", "", "Okafor announced a new ferry route.", "d1"),
	}
	neg := fact("Lind & Sons", "ORG", "signed", "Harbour Board", "ORG", "Lind & Sons has not signed with the Harbour Board.", "d2")
	neg.Negated = true
	neg.SetID()
	facts = append(facts, neg)
	return ents, facts
}

// hostileStory has names and sentences full of characters that must be
// escaped in DOT, SVG, HTML and Markdown.
func hostileStory() ([]extract.Entity, []extract.Fact) {
	const script = "<script>alert(1)</script>"
	ents := []extract.Entity{
		ent("PERSON", script, 3, []string{"d<1>"}, `"Bobby" Tables`),
		ent("ORG", `A&B "Quoted" <Corp>`, 2, []string{"d<1>"}),
		ent("GPE", `Back\slash \N \n Town`, 1, []string{"d<1>"}, "&lt;Town&gt;"),
	}
	facts := []extract.Fact{
		fact(script, "PERSON", `runs "<b>bold</b>"`, `A&B "Quoted" <Corp>`, "ORG", `He said: "<img src=x onerror=alert(2)>" & left.`, "d<1>"),
		fact(`A&B "Quoted" <Corp>`, "ORG", "is in", `Back\slash \N \n Town`, "GPE", "It's in Back\\slash --> town\n<!-- x -->.", "d<1>"),
	}
	return ents, facts
}

// bigStory returns n facts over about n/4 entities, built from a fixed
// recipe (no randomness), for benchmarks and size tests.
func bigStory(n int) ([]extract.Entity, []extract.Fact) {
	types := []string{"PERSON", "ORG", "GPE", "LOC", "EVENT"}
	rels := []string{"met", "criticised", "signed with", "visited", "funds", "is part of", "warned"}
	ne := max(2, n/4)
	ents := make([]extract.Entity, ne)
	for i := range ents {
		ents[i] = ent(types[i%len(types)], fmt.Sprintf("Entity %03d", i), 1+(i*7)%23, []string{fmt.Sprintf("d%d", i%5)})
	}
	facts := make([]extract.Fact, n)
	for i := range facts {
		s := ents[(i*13)%ne]
		o := ents[(i*31+7)%ne]
		facts[i] = fact(s.Name, s.Type, rels[i%len(rels)], o.Name, o.Type,
			fmt.Sprintf("Sentence %d says %s %s %s.", i, s.Name, rels[i%len(rels)], o.Name),
			fmt.Sprintf("d%d", i%5), fmt.Sprintf("d%d", (i+1)%5))
	}
	return ents, facts
}
