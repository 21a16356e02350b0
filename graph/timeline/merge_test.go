package timeline

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract"
)

// mergeNames are the names of the test entities; single-entity subjects
// in the tests carry their id (flag "id"), as resolved facts do.
var mergeNames = map[string]string{
	"United Kingdom": extract.EntityID("X", "United Kingdom"), "UK": extract.EntityID("X", "United Kingdom"),
	"Britain": extract.EntityID("X", "United Kingdom"), "British": extract.EntityID("X", "United Kingdom"),
	"France": extract.EntityID("X", "France"), "French": extract.EntityID("X", "France"),
	"Egypt": extract.EntityID("X", "Egypt"), "Israel": extract.EntityID("X", "Israel"),
}

var mergeTests = []struct {
	name    string
	facts   []extract.Fact
	opts    Options
	want    []string
	undated []string
}{
	{
		name: "members of a joint subject, a support verb and its noun, an infinitive after the relation",
		facts: facts(
			"Britain and France|sign|a declaration of intent to send ships to the strait|2031-03-02|a",
			"British officials|sign|a declaration of intent to send ships to the strait|2031-03-02|a",
			"France|declare|their readiness||b|sid",
			"UK and French ministers|offer to dispatch|ships||c",
		),
		opts: Options{Names: mergeNames},
		want: []string{"2031-03-02|Britain and France|sign|a declaration of intent to send ships to the strait|3|"},
	},
	{
		name: "another outlet's word for buying is the same event; another subject's event stays apart",
		facts: facts(
			"Egypt|acquire|a stake in the ferry line|2031-03-02|a",
			"Egypt|buy|a stake in the ferry line|2031-03-02|b",
			"Israel|see|its ferry fares fall|2031-03-02|a",
		),
		opts: Options{Names: mergeNames},
		want: []string{
			"2031-03-02|Egypt|acquire|a stake in the ferry line|2|",
			"2031-03-02|Israel|see|its ferry fares fall|1|",
		},
	},
	{
		name: "a declaration signed is a declaration made",
		facts: facts(
			"UK and French leaders|sign|a declaration on the strait|2031-03-02|a",
			"France|declare|support for a patrol of the strait|2031-03-02|b|sid",
		),
		opts: Options{Names: mergeNames},
		want: []string{"2031-03-02|UK and French leaders|sign|a declaration on the strait|2|"},
	},
	{
		name: "two statements of one speaker in one article stay two; other articles' report of one joins it",
		facts: facts(
			"Egypt|say|the ferry to Israel would resume in spring|2031-03-02|a|sid",
			"Egypt|say|the ferry fares would stay low|2031-03-02|a|sid",
			"Egypt|say|its ferry to Israel resumes in spring|2031-03-02|b|sid",
		),
		opts: Options{Names: mergeNames},
		want: []string{
			"2031-03-02|Egypt|say|the ferry to Israel would resume in spring|2|",
			"2031-03-02|Egypt|say|the ferry fares would stay low|1|",
		},
	},
	{
		name: "an undated statement that two of the speaker's statements fit joins the one it shares most words with",
		facts: facts(
			"Egypt|say|the ferry to Israel would resume in spring|2031-03-02|a|sid",
			"Egypt|say|the ferry fares would stay low|2031-03-02|a|sid",
			"Egypt|say|the ferry to Israel resumes in spring||b|sid",
		),
		opts: Options{Names: mergeNames},
		want: []string{
			"2031-03-02|Egypt|say|the ferry to Israel would resume in spring|2|",
			"2031-03-02|Egypt|say|the ferry fares would stay low|1|",
		},
	},
	{
		name: "one earthquake named three ways by three outlets is one event; an aftershock is another",
		facts: facts(
			"A magnitude 6.9 earthquake|strike|northern Chile|2031-03-02|a",
			"An earthquake of magnitude 6.9|shake|northern Chile|2031-03-02|b",
			"The quake|hit|the north of Chile|2031-03-02|c",
			"A strong aftershock|hit|northern Chile|2031-03-02|c",
		),
		want: []string{
			"2031-03-02|A magnitude 6.9 earthquake|strike|northern Chile|3|",
			"2031-03-02|A strong aftershock|hit|northern Chile|1|",
		},
	},
	{
		name: "one conviction: an active verdict, 'found guilty' and a passive; the sentencing date, an acquittal and another defendant stay apart",
		facts: facts(
			"A federal jury|convict|Marta Lind|2031-06-02|a|oid",
			"Jurors|find|Marta Lind|2031-06-02|b|oid,rest=guilty on all counts",
			"Marta Lind|be convicted||2031-06-02|c|sid",
			"Marta Lind|will be sentenced on|August 3|2031-08-03|b|sid",
			"The jury|find|Ola Berg|2031-06-02|b|oid,rest=not guilty of fraud",
			"A federal jury|convict|Per Holm|2031-06-02|d|oid",
		),
		want: []string{
			"2031-06-02|A federal jury|convict|Marta Lind|3|",
			"2031-06-02|The jury|find|Ola Berg|1|",
			"2031-06-02|A federal jury|convict|Per Holm|1|",
			"2031-08-03|Marta Lind|will be sentenced on|August 3|1|",
		},
	},
	{
		name: "'left three people dead' kills; 'left the town' does not",
		facts: facts(
			"The gunman|leave|three people dead|2031-06-02|a",
			"The gunman|kill|three people|2031-06-02|b",
			"The gunman|leave|the town|2031-06-02|c",
		),
		want: []string{
			"2031-06-02|The gunman|leave|three people dead|2|",
			"2031-06-02|The gunman|leave|the town|1|",
		},
	},
	{
		name: "wagons that came off the rails, left the tracks and derailed; wagons that left the depot",
		facts: facts(
			"Six wagons|come off|the rails near Lund|2031-06-02|a",
			"Six wagons|leave|the tracks|2031-06-02|b",
			"Six wagons|derail||2031-06-02|c",
			"Six wagons|leave|the depot|2031-06-02|d",
		),
		want: []string{
			"2031-06-02|Six wagons|come off|the rails near Lund|3|",
			"2031-06-02|Six wagons|leave|the depot|1|",
		},
	},
	{
		name: "one quake's reports with different acts are one event; an aftershock, a second quake, the toll and another story's quake are not",
		facts: facts(
			"A magnitude 6.4 earthquake|strike|the coast|2031-03-02|a|rest=of Fiordland",
			"The tremor|leave|nine people dead|2031-03-02|b|rest=in Fiordland",
			"The quake|destroy|40 homes|2031-03-02|c|rest=in Fiordland",
			"The death toll from the quake|rise to|11|2031-03-02|c|rest=in Fiordland",
			"A strong aftershock|destroy|a bridge|2031-03-02|c|rest=in Fiordland",
			"A second earthquake|strike|the coast|2031-03-02|d|rest=of Fiordland",
			"An earthquake|kill|two people|2031-03-02|e|rest=in Peru",
		),
		want: []string{
			"2031-03-02|A magnitude 6.4 earthquake|strike|the coast|3|",
			"2031-03-02|The death toll from the quake|rise to|11|1|",
			"2031-03-02|A strong aftershock|destroy|a bridge|1|",
			"2031-03-02|A second earthquake|strike|the coast|1|",
			"2031-03-02|An earthquake|kill|two people|1|",
		},
	},
	{
		name: "a report of another story's names waits for the event to gain a document of its own story",
		facts: facts(
			"The quake|hit|the valley|2031-03-02|explainer|rest=of Colca in the Andes",
			"A powerful tremor|jolt|the province|2031-03-02|local|rest=near Chivay",
			"The earthquake|strike|the valley|2031-03-02|wire|rest=of Colca near Chivay",
		),
		want: []string{"2031-03-02|The quake|hit|the valley|3|"},
	},
	{
		name: "a quake that hit a valley and jolted a province is one quake; blasts at two plants are two blasts",
		facts: facts(
			"The quake|hit|Colca Valley|2031-03-02|a|oid",
			"A powerful tremor|jolt|Arequipa Province|2031-03-02|b|oid,rest=near Colca",
			"The quake|kill|12 people|2031-03-02|c|rest=in Colca",
			"A blast|destroy|Lund Mill|2031-03-02|a|oid",
			"An explosion|hit|Ystad Works|2031-03-02|b|oid",
		),
		want: []string{
			"2031-03-02|The quake|hit|Colca Valley|3|",
			"2031-03-02|A blast|destroy|Lund Mill|1|",
			"2031-03-02|An explosion|hit|Ystad Works|1|",
		},
	},
	{
		name: "blasts in two named places of one story on one day are two blasts, whatever the acts",
		facts: facts(
			"A blast|tear through|a market|2031-03-02|a|rest=in Baghdad as Iraq voted",
			"An explosion|kill|12 people|2031-03-02|b|rest=at a mosque in Kirkuk as Iraq voted",
			"A bomb blast|hit|a crowded market|2031-03-02|b|rest=in Baghdad",
			"An explosion|kill|12 people|2031-03-02|c|rest=in Kirkuk",
		),
		want: []string{
			"2031-03-02|A blast|tear through|a market|2|",
			"2031-03-02|An explosion|kill|12 people|2|",
		},
	},
	{
		name: "the derailment and the cars that left the tracks, in the same story, are one happening",
		facts: facts(
			"Twelve cars|leave|the tracks|2031-03-02|a|rest=at Harlan Junction",
			"The derailment|force|the evacuation of 800 people|2031-03-02|b|rest=in Harlan",
			"A second derailment|block|the line|2031-03-02|b|rest=in Harlan",
		),
		want: []string{
			"2031-03-02|Twelve cars|leave|the tracks|2|",
			"2031-03-02|A second derailment|block|the line|1|",
		},
	},
	{
		name: "without names a demonym is only text",
		facts: facts(
			"France|declare|their readiness|2031-03-02|a",
			"French leaders|declare|their readiness||b",
		),
		want:    []string{"2031-03-02|France|declare|their readiness|1|"},
		undated: []string{"|French leaders|declare|their readiness|1|"},
	},
	{
		name: "two things signed in two years are no conflict; one thing dated twice is",
		facts: facts(
			"Egypt and Israel|sign|the framework for peace|1978-09-17|a",
			"Egypt and Israel|sign|the peace treaty|1979-03-26|a",
			"Israel|sign|the peace treaty|1979|b|sid",
			"Egypt|sign|the peace treaty|1980|c|sid",
		),
		opts: Options{Names: mergeNames},
		want: []string{
			"1978-09-17|Egypt and Israel|sign|the framework for peace|1|",
			"1979-03-26|Egypt and Israel|sign|the peace treaty|2|date 1980 reported by c",
			"1980|Egypt|sign|the peace treaty|1|date 1979-03-26 reported by a, b",
		},
	},
	{
		name: "different numbers for one thing in one event",
		facts: facts(
			"The quake|kill|12 people in the valley|2031-05-01|a",
			"The quake|kill|15 people in the valley|2031-05-01|b",
		),
		want: []string{"2031-05-01|The quake|kill|12 people in the valley|2|numbers differ for people: 12 (a) vs 15 (b)"},
	},
	{
		name: "one report that gives two numbers for one unit counts two things, no disagreement",
		facts: facts(
			"The ferry line|hold|19 percent of the market, the rail line 15 percent|2031-01|a",
			"The storm|destroy|120 homes in the north and 40 homes on the coast|2031-09-01|b",
			"The storm|destroy|120 homes in the north|2031-09-01|c",
			"The flood|cut off|3 villages|2031-10-02|d",
			"The flood|cut off|4 villages and 2 farms|2031-10-02|e",
		),
		want: []string{
			"2031-01|The ferry line|hold|19 percent of the market, the rail line 15 percent|1|",
			"2031-09-01|The storm|destroy|120 homes in the north and 40 homes on the coast|2|",
			"2031-10-02|The flood|cut off|3 villages|2|numbers differ for village: 3 (d) vs 4 (e)",
		},
	},
	{
		name: "an undated report joins the event of the week before its publication",
		facts: facts(
			"Ferry operator|close|all crossings|2031-05-01|a",
			"Ferry operator|close|its port||b",
			"Ferry operator|close|its port||c",
		),
		opts: Options{Published: map[string]time.Time{
			"b": time.Date(2031, 5, 3, 0, 0, 0, 0, time.UTC),
			"c": time.Date(2031, 6, 3, 0, 0, 0, 0, time.UTC),
		}},
		want:    []string{"2031-05-01|Ferry operator|close|all crossings|2|"},
		undated: []string{"|Ferry operator|close|its port|1|"},
	},
	{
		name: "a speaker's statements in two articles on one day are two unless their words are one",
		facts: facts(
			"Mara Lind|say|the harbour tolls would rise in spring|2031-04-02|a|sid",
			"Mara Lind|say|the harbour ferry had run late for weeks|2031-04-02|b|sid",
			"Mara Lind|announce|a harbour survey|2031-04-02|c|sid",
			"Mara Lind|announce|a harbour festival|2031-04-02|d|sid",
		),
		want: []string{
			"2031-04-02|Mara Lind|say|the harbour tolls would rise in spring|1|",
			"2031-04-02|Mara Lind|say|the harbour ferry had run late for weeks|1|",
			"2031-04-02|Mara Lind|announce|a harbour survey|1|",
			"2031-04-02|Mara Lind|announce|a harbour festival|1|",
		},
	},
	{
		name: "an undated statement joins another year's statement only when it says the same",
		facts: facts(
			"Mara Lind|say|the port toll will fall next year|2029-07-01|a|sid",
			"Mara Lind|say|she will stay on as port chief||b|sid",
			"Mara Lind|state|the port toll falls next year as promised||c|sid",
			"Mara Lind|say|refunds for every cancelled ferry crossing go first to season pass holders|2031-04-02|d|sid",
			"Mara Lind|tell|reporters that holders of passes are refunded first for crossings the storm cancelled||e|sid",
		),
		want: []string{
			"2029-07-01|Mara Lind|say|the port toll will fall next year|2|",
			"2031-04-02|Mara Lind|say|refunds for every cancelled ferry crossing go first to season pass holders|2|",
		},
	},
	{
		name: "an announcement naming an act as a noun is still words when the other report only announces",
		facts: facts(
			"Mara Lind|announce|the release of the harbour app|2031-04-02|a|sid",
			"Mara Lind|announce|that harbour fees will be cut||b|sid",
			"Mara Lind|release|the harbour app||c|sid",
		),
		want:    []string{"2031-04-02|Mara Lind|announce|the release of the harbour app|2|"},
		undated: []string{"|Mara Lind|announce|that harbour fees will be cut|1|"},
	},
	{
		name: "calling, claiming, admitting are words: one shared word or one day does not make them one",
		facts: facts(
			"Mara Lind|call|the ferry the best in the world|2031-04-02|a|sid",
			"Mara Lind|call|the bridge a world-class project||b|sid",
			"Mara Lind|claim|the tolls broke no rules|2031-04-02|c|sid",
			"Mara Lind|claim|victory for the harbour|2031-04-02|d|sid",
			"Mara Lind|admit|the harbour had run late|2031-04-02|e|sid",
			"Mara Lind|admit|mistakes|2031-04-02|f|sid",
		),
		want: []string{
			"2031-04-02|Mara Lind|call|the ferry the best in the world|1|",
			"2031-04-02|Mara Lind|claim|the tolls broke no rules|1|",
			"2031-04-02|Mara Lind|claim|victory for the harbour|1|",
			"2031-04-02|Mara Lind|admit|the harbour had run late|1|",
			"2031-04-02|Mara Lind|admit|mistakes|1|",
		},
		undated: []string{"|Mara Lind|call|the bridge a world-class project|1|"},
	},
	{
		name: "an undated report does not tell of an event after its publication",
		facts: facts(
			"Tomas Vere|show|videos of the quarry blast|2031-07-16|a|sid",
			"Tomas Vere|show|the quarry plans||b|sid",
			"Tomas Vere|show|the quarry videos||c|sid",
			"Tomas Vere|show|the quarry videos||d|sid,neg",
			"Tomas Vere|open|the quarry gate|2031-08-01|e|sid",
			"Tomas Vere|open|the quarry||f|sid",
		),
		opts: Options{Published: map[string]time.Time{
			"b": time.Date(2031, 6, 7, 0, 0, 0, 0, time.UTC),
			"c": time.Date(2031, 7, 20, 0, 0, 0, 0, time.UTC),
			"d": time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC),
			"f": time.Date(2031, 7, 31, 0, 0, 0, 0, time.UTC),
		}},
		want: []string{
			"2031-07-16|Tomas Vere|show|videos of the quarry blast|2|",
			"2031-08-01|Tomas Vere|open|the quarry gate|2|",
		},
	},
	{
		name: "undated reports published years apart are two events",
		facts: facts(
			"Norland Rail|open|a new line to the coast||a",
			"Norland Rail|open|a line to the valley||b",
			"Norland Rail|open|the coast line||c",
			"Norland Rail|open|the valley line||d",
		),
		opts: Options{Published: map[string]time.Time{
			"a": time.Date(2029, 3, 1, 0, 0, 0, 0, time.UTC),
			"b": time.Date(2031, 6, 7, 0, 0, 0, 0, time.UTC),
			"c": time.Date(2029, 3, 11, 0, 0, 0, 0, time.UTC),
			"d": time.Date(2031, 6, 10, 0, 0, 0, 0, time.UTC),
		}},
		undated: []string{
			"|Norland Rail|open|a new line to the coast|2|",
			"|Norland Rail|open|a line to the valley|2|",
		},
	},
	{
		name: "an undated statement fits once another report has joined the event",
		facts: facts(
			"Ilse Borg|say|the council fully backs the tram plan|2031-02-03|a|sid",
			"Ilse Borg|say|the mayor stands firmly behind the new tram routes and fares||b|sid",
			"Ilse Borg|say|the council is firmly behind the tram plan||c|sid",
			"Ilse Borg|say|the tram depot will close in spring||d|sid",
		),
		want: []string{"2031-02-03|Ilse Borg|say|the council fully backs the tram plan|3|"},
	},
	{
		name: "an undated report of an event long before its article must say what the event's reports say",
		facts: facts(
			"Norland Rail|launch|a coastal night train|2029-06-09|a|sid",
			"Norland Rail|launch|a faster night service||b|sid",
			"Norland Rail|launch|a night train||c|sid",
			"Norland Rail|launch|the coastal night train||d|sid",
		),
		opts: Options{Published: map[string]time.Time{
			"b": time.Date(2030, 6, 9, 0, 0, 0, 0, time.UTC),
			"c": time.Date(2029, 6, 10, 0, 0, 0, 0, time.UTC),
			"d": time.Date(2031, 1, 5, 0, 0, 0, 0, time.UTC),
		}},
		want:    []string{"2029-06-09|Norland Rail|launch|a coastal night train|3|"},
		undated: []string{"|Norland Rail|launch|a faster night service|1|"},
	},
	{
		name: "an undated statement is not the event of its speaker in the week before its report",
		facts: facts(
			"Tomas Vere|say|the quarry will close|2031-05-01|a|sid",
			"Tomas Vere|say|wages are too low||b|sid",
			"Tomas Vere|tell|the council nothing||c|sid",
		),
		opts: Options{Published: map[string]time.Time{
			"b": time.Date(2031, 5, 3, 0, 0, 0, 0, time.UTC),
			"c": time.Date(2031, 5, 2, 0, 0, 0, 0, time.UTC),
		}},
		want: []string{"2031-05-01|Tomas Vere|say|the quarry will close|1|"},
	},
}

func TestMerge(t *testing.T) {
	for _, tt := range mergeTests {
		t.Run(tt.name, func(t *testing.T) {
			tl := Build(tt.facts, tt.opts)
			var got, gotU []string
			for _, e := range tl.Events {
				got = append(got, brief(e))
			}
			for _, e := range tl.Undated {
				gotU = append(gotU, brief(e))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("events =\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
			if strings.Join(gotU, "\n") != strings.Join(tt.undated, "\n") {
				t.Errorf("undated =\n\t%s\nwant\n\t%s", strings.Join(gotU, "\n\t"), strings.Join(tt.undated, "\n\t"))
			}
		})
	}
}

var jointTests = []struct{ in, want string }{
	{"UK and French leaders", "uk leaders|french leaders"},
	{"Britain, France and Germany", "britain|france|germany"},
	{"the US & Canada", "us|canada"},
	{"Kushner", ""},
	{"and", ""},
}

func TestSplitJoint(t *testing.T) {
	for _, tt := range jointTests {
		if got := strings.Join(splitJoint(tt.in), "|"); got != tt.want {
			t.Errorf("splitJoint(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A syndicated copy (same sentences under another id) and a copy named
// by the caller are sources, not independent corroboration.
func TestCopies(t *testing.T) {
	var fs []extract.Fact
	story := []string{"Rains|flood|the old town|2031-04-02", "Crews|close|the river bridge|2031-04-02",
		"The mayor|declare|an emergency|2031-04-02", "Schools|shut|their doors|2031-04-02"}
	for _, doc := range []string{"orig", "wire-copy", "renamed", "other"} {
		for i, s := range story {
			if doc == "other" && i > 0 {
				break
			}
			fs = append(fs, fact(s+"|"+doc, 10*i))
		}
	}
	tl := Build(fs, Options{Copies: map[string]string{"renamed": "orig"}})
	e := tl.Events[0]
	if e.Subject != "Rains" || e.Documents != 4 || e.Corroboration != 2 || e.SingleSource {
		t.Errorf("first event %s: %d documents, corroboration %d, single %v; want Rains, 4, 2 (orig and other), false",
			brief(e), e.Documents, e.Corroboration, e.SingleSource)
	}
	if got := strings.Join(e.CopyOf, ";"); got != "renamed = orig;wire-copy = orig" {
		t.Errorf("CopyOf = %q", got)
	}
	last := tl.Events[len(tl.Events)-1]
	if last.Corroboration != 1 || !last.SingleSource || last.Documents != 3 {
		t.Errorf("last event %s: corroboration %d single %v documents %d; want 1, true, 3",
			brief(last), last.Corroboration, last.SingleSource, last.Documents)
	}
}

func TestUndatedOmitted(t *testing.T) {
	var specs []string
	for i := range 30 {
		specs = append(specs, fmt.Sprintf("Army %d|withdraw|troops from post %d||a", i, i))
	}
	tl := Build(facts(specs...), Options{})
	if len(tl.Undated) != 25 || tl.UndatedOmitted != 5 {
		t.Errorf("undated %d, omitted %d; want 25, 5", len(tl.Undated), tl.UndatedOmitted)
	}
}

// synthetic returns n dated facts of a corpus where a few actors do many
// things on many days, as a large news archive has.
func synthetic(n int) []extract.Fact {
	actors := []string{"Apple", "the company", "Jobs", "Microsoft", "the court", "police"}
	verbs := []string{"say", "announce", "sign", "meet", "launch", "attack", "sue"}
	objs := []string{"a new phone", "the deal", "rivals", "a lawsuit", "the market", "investors", "a store"}
	var out []extract.Fact
	for i := range n {
		d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i*7919)%5000)
		date := d.Format("2006-01-02")
		if i%5 == 0 {
			date = d.Format("2006-01")
		}
		if i%11 == 0 {
			date = ""
		}
		out = append(out, fact(fmt.Sprintf("%s|%s|%s %d|%s|doc%d", actors[i%len(actors)], verbs[(i/3)%len(verbs)],
			objs[(i/5)%len(objs)], i%97, date, i/20), 10*(i%20)))
	}
	return out
}

// Build stays linear: the clusters a fact is compared with do not grow
// with the corpus (an all-pairs scan compares each fact with every event).
func TestBuildScales(t *testing.T) {
	per := func(n int) float64 {
		_, compared := build(synthetic(n), Options{})
		return float64(compared) / float64(n)
	}
	small, large := per(2000), per(20000)
	if large > 2*small+4 {
		t.Errorf("Build compares each fact with %.1f events at 2,000 facts and %.1f at 20,000: it grows with the corpus", small, large)
	}
	t.Logf("comparisons per fact: %.1f at 2,000 facts, %.1f at 20,000", small, large)
}

// The facts are prepared in chunks on every CPU and numbered in input
// order as their chunks are done: the timeline is the same whatever the
// chunks.
func TestBuildChunks(t *testing.T) {
	fs := synthetic(3000)
	want, wantCompared := build(fs, Options{})
	if len(want.Events) < 100 {
		t.Fatalf("fixture: %d events", len(want.Events))
	}
	defer func(old int) { prepareChunk = old }(prepareChunk)
	for _, n := range []int{1, 7, 1000, 5000} {
		prepareChunk = n
		got, compared := build(fs, Options{})
		if !reflect.DeepEqual(got, want) || compared != wantCompared {
			t.Errorf("chunks of %d: a different timeline (%d events, %d comparisons; want %d, %d)",
				n, len(got.Events), compared, len(want.Events), wantCompared)
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	fs := synthetic(40000)
	b.ResetTimer()
	for range b.N {
		Build(fs, Options{})
	}
}

var labelTests = []struct{ date, tod, want string }{
	{"2026-01-06", "", "6 Jan 2026"},
	{"2026-01-06", "TNI", "6 Jan 2026, night"},
	{"2026-01-06", "T15:30", "6 Jan 2026 15:30"},
	{"2026-01", "", "Jan 2026"},
	{"1978-W39", "", "week of 25 Sep 1978"},
	{"1978-W39-WE", "", "weekend of 30 Sep 1978"},
	{"2025-SU", "", "summer 2025"},
	{"2025-WI", "", "winter 2025–26"},
	{"2025-Q1", "", "Q1 2025"},
	{"2025-H2", "", "second half of 2025"},
	{"199", "", "1990s"},
	{"20", "", "21st century"},
	{"2014", "", "2014"},
	{"PAST_REF", "", "PAST_REF"},
}

func TestLabel(t *testing.T) {
	for _, tt := range labelTests {
		if got := Label(tt.date, tt.tod); got != tt.want {
			t.Errorf("Label(%q, %q) = %q, want %q", tt.date, tt.tod, got, tt.want)
		}
	}
	week, _ := Start("1978-W39")
	day, _ := Start("1978-10-27")
	if !week.Before(day) {
		t.Errorf("Start(1978-W39) = %v is not before 27 Oct 1978", week)
	}
}

// TimelineJS groups only a few main actors: a group per subject pushes
// its time bar out of view.
func TestTimelineJSGroups(t *testing.T) {
	var specs []string
	for i := range 4 {
		specs = append(specs, fmt.Sprintf("Mayor Lind|open|bridge %d|2031-04-%02d|a", i, i+1))
		specs = append(specs, fmt.Sprintf("Council|approve|budget %d|2031-05-%02d|a", i, i+1))
	}
	for i := range 4 {
		specs = append(specs, fmt.Sprintf("Resident %d|complain about|noise|2031-06-%02d|a", i, i+1))
	}
	var b strings.Builder
	if err := WriteTimelineJS(&b, Build(facts(specs...), Options{})); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if n := strings.Count(out, `"group": "Mayor Lind"`); n != 4 {
		t.Errorf("%d events grouped under Mayor Lind, want 4", n)
	}
	if n := strings.Count(out, `"group"`); n != 8 {
		t.Errorf("%d events have a group, want 8 (the two main actors')", n)
	}
	// every subject different: no group at all
	b.Reset()
	if err := WriteTimelineJS(&b, Build(facts(specs[8:]...), Options{})); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), `"group"`) {
		t.Errorf("groups set although no actor stands out")
	}
}

// TestStatementsShareNoModal: two things one source says share "would",
// not content; the undated one must not join the dated one's event.
func TestStatementsShareNoModal(t *testing.T) {
	tl := Build(facts(
		"Egypt|say|the ferry would resume in May|2031-03-02|a|sid",
		"Egypt|say|officials would continue talks on Wednesday||b|sid",
	), Options{Names: mergeNames})
	for _, e := range tl.Events {
		if len(e.Sources) != 1 {
			t.Errorf("event %q has %d sources, want 1: statements sharing only a modal verb merged", e.Object, len(e.Sources))
		}
	}
}

// An act reported on many dates by many documents names a few of the
// other dates and a few of their documents, and counts the rest: one such
// event listed every date and document on a 3,000-article corpus.
func TestConflictsBounded(t *testing.T) {
	var fs []extract.Fact
	for y := 2001; y <= 2012; y++ {
		for d := range 6 {
			fs = append(fs, fact(fmt.Sprintf("The treasurer|promise|new funding for the port|%d|doc%d-%d|sid", y, y, d), 0))
		}
	}
	tl := Build(fs, Options{})
	if len(tl.Events) != 12 {
		t.Fatalf("%d events, want one per year (12)", len(tl.Events))
	}
	for _, e := range tl.Events {
		if len(e.Conflicts) != maxConflicts+1 {
			t.Errorf("%s: %d conflicts %q, want %d dates and a count of the rest", e.Date, len(e.Conflicts), e.Conflicts, maxConflicts)
			continue
		}
		if last := e.Conflicts[maxConflicts]; last != "6 other dates" {
			t.Errorf("%s: last conflict %q, want \"6 other dates\"", e.Date, last)
		}
		for _, c := range e.Conflicts[:maxConflicts] {
			if !strings.HasSuffix(c, "and 3 more") || strings.Count(c, ",") != maxCited-1 {
				t.Errorf("%s: conflict %q, want %d documents and \"and 3 more\"", e.Date, c, maxCited)
			}
		}
	}
}

// BenchmarkBuildFile builds the timeline of a real graph's facts: the JSON
// {"Facts": [...], "Opts": {...}} in the file $STORYGRAPH_TIMELINE_FACTS
// (skipped when unset).
func BenchmarkBuildFile(b *testing.B) {
	path := os.Getenv("STORYGRAPH_TIMELINE_FACTS")
	if path == "" {
		b.Skip("STORYGRAPH_TIMELINE_FACTS names no file")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var in struct {
		Facts []extract.Fact
		Opts  Options
	}
	if err := json.Unmarshal(data, &in); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Build(in.Facts, in.Opts)
	}
	b.ReportMetric(float64(len(in.Facts)*b.N)/b.Elapsed().Seconds(), "facts/s")
}

// The readings of a relation that name another act: a passive of an act
// its patient identifies, a verb and its object's head, a verb and what
// its object became.
var readingTests = []struct {
	spec, passive, idiom, complement string
}{
	{"Keller|was convicted||2031-06-02|a", "convict", "", ""},
	{"Keller|be convicted by|a federal jury|2031-06-02|a", "convict", "", ""},
	{"Keller|will be sentenced on|December 3|2031-06-02|a", "sentence", "", ""},
	{"Two officers|were injured||2031-06-02|a", "injure", "", ""},
	{"The treaty|was signed||2031-06-02|a", "", "", ""},
	{"The suspect|has been arrested||2031-06-02|a", "arrest", "", ""},
	{"Cars|came off|the rails on the east side|2031-06-02|a", "", "derail", ""},
	{"Cars|leave|the tracks|2031-06-02|a", "", "derail", ""},
	{"Cars|leave|the depot|2031-06-02|a", "", "", ""},
	{"The tremor|leave|12 people dead and 40 injured|2031-06-02|a", "", "", "kill"},
	{"The blast|leave|40 people injured|2031-06-02|a", "", "", "injure"},
	{"The storm|leave|the town without power|2031-06-02|a", "", "", ""},
	{"Jurors|find|Keller|2031-06-02|a|rest=guilty on all counts", "", "", "convict"},
	{"Jurors|find|Keller not guilty|2031-06-02|a", "", "", "acquit"},
	{"Jurors|find|Keller|2031-06-02|a|rest=not guilty", "", "", "acquit"},
	{"Rescuers|find|three more bodies|2031-06-02|a|rest=under a church", "", "", ""},
}

func TestReadings(t *testing.T) {
	syn := synonymIndex(nil)
	for _, tt := range readingTests {
		f := fact(tt.spec, 0)
		if got := passiveClass(f, syn); got != tt.passive {
			t.Errorf("passiveClass(%s) = %q, want %q", tt.spec, got, tt.passive)
		}
		if got := idiomClass(f, syn); got != tt.idiom {
			t.Errorf("idiomClass(%s) = %q, want %q", tt.spec, got, tt.idiom)
		}
		if got := complementClass(f, relationClass(f, syn)); got != tt.complement {
			t.Errorf("complementClass(%s) = %q, want %q", tt.spec, got, tt.complement)
		}
	}
}

func TestRoleRelation(t *testing.T) {
	syn := synonymIndex(nil)
	for _, tt := range []struct {
		spec, want string
	}{
		{"Nora Vance|chief executive of|Velmora|2031-06-02|a", "be"}, // who she is: no event
		{"Ana Ruiz|co-founder of|Velmora|2031-06-02|a", "be"},
		{"Tom Hale|husband of|Ana Ruiz|2031-06-02|a", "be"},
		{"Velmora|took control of|Harbor Lines|2031-06-02|a", "take"},
		{"The board|approved the sale of|the plant|2031-06-02|a", "approve"},
	} {
		if got := relationClass(fact(tt.spec, 0), syn); got != tt.want {
			t.Errorf("relationClass(%s) = %q, want %q", tt.spec, got, tt.want)
		}
	}
}

var headKindTests = []struct{ subject, want string }{
	{"A magnitude 6.1 earthquake", "earthquake"},
	{"An earthquake of magnitude 6.9", "earthquake"},
	{"The tremor", "earthquake"},
	{"Tuesday's quake", "earthquake"},
	{"The death toll from Tuesday's earthquake", ""},
	{"a smaller earthquake in the same valley", ""},
	{"A second blast", ""},
	{"another quake", ""},
	{"The derailment", "derailment"},
	{"The blast at the plant", "explosion"},
	{"Fire crews", ""},
}

func TestHeadKind(t *testing.T) {
	for _, tt := range headKindTests {
		if got := headKind(tt.subject); got != tt.want {
			t.Errorf("headKind(%q) = %q, want %q", tt.subject, got, tt.want)
		}
	}
}

var placeTests = []struct{ sentence, want string }{
	{"A Norland Rail train derailed in Harlan Junction, Ohio, on Tuesday.", "harlan junction"},
	{"A blast tore through a market in Baghdad as Iraq voted.", "baghdad"},
	{"Twenty-two cars of the Norland Rail train left the tracks at about 9 p.m.", ""},
	{"The quake struck in November near Chivay.", "chivay"},
}

func TestPlaceWords(t *testing.T) {
	for _, tt := range placeTests {
		if got := strings.Join(placeWords(tt.sentence), " "); got != tt.want {
			t.Errorf("placeWords(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// One stored fact can hold the reports of two acts a year apart ("launches
// the coastal night train", "launches a faster night service": the same act
// on the same thing); undated, each run of articles published close
// together is a report of its own, read with its own object.
func TestSplitByPublication(t *testing.T) {
	fs := facts("Norland Rail|launch|a coastal night train|2029-06-09|a|sid")
	two := fact("Norland Rail|launch|the coastal night train||b|sid", 100)
	s2 := "Norland Rail launches a faster night service."
	two.Sources = append(two.Sources, extract.Source{Doc: "c", Sentence: s2, Offset: 40,
		Spans: extract.Spans{Object: extract.Span{Off: 40 + strings.Index(s2, "a faster"), End: 40 + len(s2) - 1}}})
	fs = append(fs, two)
	opts := Options{Published: map[string]time.Time{
		"b": time.Date(2029, 6, 10, 0, 0, 0, 0, time.UTC),
		"c": time.Date(2030, 6, 9, 0, 0, 0, 0, time.UTC),
	}}
	before := fmt.Sprint(fs)
	tl := Build(fs, opts)
	var got []string
	for _, e := range append(tl.Events, tl.Undated...) {
		got = append(got, brief(e))
	}
	want := []string{
		"2029-06-09|Norland Rail|launch|a coastal night train|2|",
		"|Norland Rail|launch|a faster night service|1|",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events =\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	if fmt.Sprint(fs) != before {
		t.Error("Build modified its facts")
	}
}

// Coarse dates sort by their start, a coarser period before a finer one
// that starts with it: the week of 25 Sep 1978 after 20 Sep and before
// 1 Oct, September 1978 before its first day's events.
func TestCoarseDatesSortByStart(t *testing.T) {
	fs := facts(
		"Ilse Borg|open|the tram depot|1978-10-01|a|sid",
		"Tomas Vere|close|the quarry|1978-W39|b|sid",
		"Mara Lind|visit|the harbour|1978-09-20|c|sid",
		"Norland Rail|sell|the ferry line|1978-09|d|sid",
		"Ilse Borg|sign|the tram contract|1978-09-01|e|sid",
		"Tomas Vere|sue|the council|1978|f|sid",
		"Mara Lind|leave|the port board|1978-Q4|g|sid",
	)
	var got []string
	for _, e := range Build(fs, Options{}).Events {
		got = append(got, e.Date)
	}
	want := "1978 1978-09 1978-09-01 1978-09-20 1978-W39 1978-Q4 1978-10-01"
	if strings.Join(got, " ") != want {
		t.Errorf("order = %s, want %s", strings.Join(got, " "), want)
	}
}
