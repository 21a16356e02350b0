package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

// A plural description of a pair or small group the text has just named
// ("both companies", "the two sides", "both men") gives one fact per
// member, bound to it; with no clear group it stays as written.
func TestGroupFacts(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string // "subject | relation" or "subject | relation | object" facts that must be there
		not        []string // "subject | relation" or "subject | relation | object" facts that must not be there
	}{
		{"they: a pair named as the subject just before",
			"Ana Holm and Tor Berg signed the lease on Friday. They said the shop would open in June.",
			[]string{"Ana Holm | said", "Tor Berg | said"}, []string{"They | said"}},
		{"they: two companies named as the subject just before",
			"Harlow Bank and Orne Bank agreed on Monday to merge. They said the deal would close in May.",
			[]string{"Harlow Bank | said", "Orne Bank | said"}, nil},
		{"they: a pair named as an object is not who they are",
			"Police arrested Ana Holm and Tor Berg on Friday. They said the two had tried to flee.",
			nil, []string{"Ana Holm | said", "Tor Berg | said"}},
		{"they: a plural noun between may be who they are",
			"Ana Holm and Tor Berg met the tenants on Friday. They said the rent was too high.",
			nil, []string{"Ana Holm | said", "Tor Berg | said"}},
		{"they: in a quotation, others",
			"Ana Holm and Tor Berg signed the lease on Friday. \"They lied to us about the roof,\" Holm said.",
			nil, []string{"Ana Holm | lied to", "Tor Berg | lied to"}},
		{"business: both companies",
			"Reports of talks between Marvel Freight and Dunhollow Logistics emerged in May, although both companies declined to comment on the report.",
			[]string{"Marvel Freight | declined to comment on", "Dunhollow Logistics | declined to comment on"}, []string{"both companies | declined to comment on"}},
		{"business: the two sides in the same sentence",
			"In 2021, Castor Mills walked away from merger talks with Brenholt Foods after the two sides failed to agree on a price.",
			[]string{"Castor Mills | failed to agree on", "Brenholt Foods | failed to agree on"}, []string{"the two sides | failed to agree on"}},
		{"business: the airlines after a coordination",
			"Quillon Air and Harth Airways agreed to merge on Monday. The airlines expect the deal to close in June.",
			[]string{"Quillon Air | expect", "Harth Airways | expect"}, []string{"The airlines | expect"}},
		{"diplomacy: both governments",
			"Norway and Sweden signed a fishing treaty on Friday. Both governments said they would review it in 2030.",
			[]string{"Norway | said", "Sweden | said"}, []string{"Both governments | said"}},
		{"courts: both men as an object",
			"Tomas Verrick and Alan Pruett were convicted of fraud on Monday. Judge Helen Marsh released both men on bail.",
			[]string{"Helen Marsh | released | Tomas Verrick", "Helen Marsh | released | Alan Pruett"}, []string{"Helen Marsh | released | both men"}},
		{"sport: the pair",
			"Striker Luca Fenner and midfielder Ivo Brandt joined Kelby Rovers in July. The pair scored twice on Saturday.",
			[]string{"Luca Fenner | scored", "Ivo Brandt | scored"}, []string{"The pair | scored"}},
		{"science: the two researchers",
			"The study was led by Anna Koval and Peter Lindgren. The two researchers published their findings in March.",
			[]string{"Anna Koval | published", "Peter Lindgren | published"}, []string{"The two researchers | published"}},
		{"disasters: both countries",
			"The earthquake struck near the border between Tarsova and Velmoria. Both countries sent rescue teams on Tuesday.",
			[]string{"Tarsova | sent", "Velmoria | sent"}, []string{"Both countries | sent"}},
		{"courts: both men named apart",
			"Oskar Renn was found guilty of fraud on Monday. His business partner, Ivo Sallis, was cleared of one charge. Judge Ada Holt released both men on bail.",
			[]string{"Ada Holt | released | Oskar Renn", "Ada Holt | released | Ivo Sallis"}, []string{"Ada Holt | released | both men"}},
		{"courts: the two",
			"Lena Brask and Omar Hadid were arrested in Tarsel on Friday. The two were released on bail on Sunday.",
			[]string{"Lena Brask | were released on", "Omar Hadid | were released on"}, []string{"The two | were released on"}},
		{"diplomacy: the two sides",
			"Talks between Ardena and Velmoria on the border dispute resumed in Geneva. The two sides agreed to exchange prisoners.",
			[]string{"Ardena | agreed to exchange", "Velmoria | agreed to exchange"}, nil},
		{"science: the two partners, a university and a company",
			"A vaccine developed by Harlow University and drugmaker Pentrix Biologics cut infections by 40 percent, the two partners said on Monday.",
			[]string{"Harlow University | said", "Pentrix Biologics | said"}, nil},
		{"diplomacy: the two governments, countries by what the text says of them",
			"Authorities in Tarsova accused Velmoria of diverting the river. Velmoria's foreign ministry denied the charge on Monday. Tarsova's agriculture minister said crops had failed in the south. The two governments agreed to set up a joint commission.",
			[]string{"Tarsova | agreed to set up", "Velmoria | agreed to set up"}, nil},
		{"labour: the two sides inside an argument, a person named too",
			"The Harbour Dock Workers Union has threatened further walkouts if Kessport Terminals does not drop its plan. Union leader Ana Stavik said members might refuse to handle cargo. Talks between the two sides broke down on Friday.",
			[]string{"Talks between Harbour Dock Workers Union and Kessport Terminals | broke down"}, nil},
		{"business: neither company, each negated",
			"Pre-orders of the new Lumo phone overwhelmed Halden Telecom and Varro Networks on Tuesday. Buyers waited for hours. Neither company made any statement about the problems.",
			[]string{"Halden Telecom | made | any statement about the problems", "Varro Networks | made | any statement about the problems"}, nil},
		{"a list of examples is no pair",
			"Pre-orders of the new Lumo phone overwhelmed Halden Telecom and Varro Networks on Tuesday. Other retailers, including Pellan Stores and Norrway Electric, had no problems. Both companies said demand was strong.",
			[]string{"Halden Telecom | said", "Varro Networks | said"}, []string{"Pellan Stores | said", "Norrway Electric | said"}},
		{"business: the airlines named together in the lead",
			"Quillon Air and Harth Airways agreed to merge on Monday. The competition regulator said it would open a review. Analysts at Brenner Securities called the price fair. The pilots' union opposed the deal. The airlines expect the deal to close in June.",
			[]string{"Quillon Air | expect", "Harth Airways | expect"}, []string{"The airlines | expect"}},
		{"a quotation keeps its words",
			"Tarsova and Velmoria signed a trade pact on Friday. \"Both governments have voters to please,\" said analyst Ines Korr.",
			[]string{"analyst Ines Korr | said | Both governments have voters to please"}, nil},
		{"courts: the men after a coordination",
			"Police in Tarsel charged Tom Ashford and Ben Carrow with arson on Monday. The men will appear in court on Friday.",
			[]string{"Tom Ashford | will appear in", "Ben Carrow | will appear in"}, nil},
		{"diplomacy: a country's goods are no country",
			"Authorities in Ardena said on Monday they would impose tariffs on Velmorian wine, retaliating against duties that Velmoria's government placed on Ardena steel and aluminium, but both governments said talks would continue.",
			[]string{"Ardena | said | talks would continue", "Velmoria | said | talks would continue"}, nil},
		{"disasters: both towns",
			"Floods killed 12 people in Varna and Lisk on Sunday. Both towns declared a state of emergency.",
			[]string{"Varna | declared", "Lisk | declared"}, nil},
		// no clear group
		{"a coordination read as a person and a company",
			"Orrin and Kestel Systems settled their patent dispute on Monday. Brannock Labs, which was not part of the case, welcomed the deal. Both companies said they would drop all claims.",
			[]string{"Both companies | said"}, []string{"Brannock Labs | said", "Kestel Systems | said"}},
		{"a coordination with a word that is no name",
			"Talks between the union and Kessport Terminals broke down on Friday. Union leader Sara Kell said members would strike. The two sides have not met since.",
			nil, []string{"Sara Kell | have not met", "Kessport Terminals | have not met"}},
		{"both alone after things, not names",
			"Halden Telecom's sales and Varro Networks' profits fell in May. Both were hit by weak demand.",
			nil, []string{"Halden Telecom | were hit by", "Varro Networks | were hit by"}},
		{"both sides of a river are places",
			"Ardena and Velmoria signed a water treaty on Friday. Homes on both sides of the river were flooded in May.",
			[]string{"Homes on both sides of the river | were flooded"}, nil},
		{"the players: a team more than the two named",
			"Luca Fenner and Ivo Brandt scored for Kelby Rovers on Saturday. The players will receive a bonus.",
			nil, []string{"Luca Fenner | will receive", "Ivo Brandt | will receive"}},
		{"the companies that: a set of its own",
			"Regulators fined Halden Telecom and Varro Networks on Monday. The companies that fail to comply face new fines.",
			nil, []string{"Halden Telecom | face", "Varro Networks | face", "Halden Telecom and Varro Networks that fail to comply | face"}},
		{"another airline just named",
			"Quillon Air and Harth Airways agreed to merge on Monday. The competition regulator said it would open a review. Analysts called the price fair. On Tuesday, Velo Airlines said it would cut fares. The airlines expect the deal to close in June.",
			nil, []string{"Quillon Air | expect", "Harth Airways | expect"}},
		{"a pair of banks is no pair of airlines",
			"Castor Bank and Medlow Savings Bank agreed to merge on Monday. The competition regulator said it would open a review. Analysts called the price fair. Farmers said they feared higher fees. The airlines expect a busy summer.",
			nil, []string{"Castor Bank | expect", "Medlow Savings Bank | expect"}},
		{"three persons in the window",
			"Prime Minister Edda Holm met President Tomas Ivar in Vell, where Ivar was greeted by King Osric. Ivar said he had thanked the king for the visit. Both leaders said they hoped to meet again.",
			nil, []string{"Tomas Ivar | said | they hoped to meet again", "Osric | said | they hoped to meet again"}},
		{"both sides after two persons and a company",
			"Tomas Brell, who is not related to Harlan Rail chief executive Ivo Brell, said: \"If the minister had called both sides in, we would not be here.\"",
			nil, []string{"the minister | had called | Tomas Brell", "the minister | had called | Ivo Brell"}},
		{"a third firm named just before the window",
			"Dornick Foods agreed to buy Kessler Dairies for 900 million crowns. Shares in Kessler jumped 20 percent on Monday. Some analysts questioned the price. \"Dornick is paying too much,\" said Ada Lind, an analyst at Varsen Securities. She said regulators would look closely because the two firms together would control half the market.",
			nil, []string{"Dornick Foods and Varsen Securities together | would control", "Varsen Securities | would control"}},
		{"a name and its abbreviation are one",
			"The Green Farmers' Union (GFU), which won 8 seats, is her natural partner, but together the two parties would control only 36 seats.",
			nil, []string{"GFU | would control", "Green Farmers' Union | would control"}},
		{"three candidates for both",
			"Marvel Freight, Dunhollow Logistics and Castor Mills bid for the contract. Both companies declined to comment on the report.",
			[]string{"Both companies | declined to comment on"}, []string{"Marvel Freight | declined to comment on", "Dunhollow Logistics | declined to comment on"}},
		{"a pair of another kind",
			"Anna Koval and Peter Lindgren studied the data. Both companies declined to comment on the report.",
			[]string{"Both companies | declined to comment on"}, []string{"Anna Koval | declined to comment on", "Peter Lindgren | declined to comment on"}},
		{"no pair nearby",
			"Prices rose in May. Economists expected a slowdown. Both companies declined to comment on the report.",
			[]string{"Both companies | declined to comment on"}, nil},
		{"men are no women",
			"Maria Oskar and Helena Brandt were charged on Monday. Judge Ivo Marsh released both men on bail.",
			[]string{"Ivo Marsh | released | both men"}, []string{"Ivo Marsh | released | Maria Oskar", "Ivo Marsh | released | Helena Brandt"}},
	}
	for _, tt := range tests {
		res, err := x.Extract(context.Background(), []extract.Document{doc("g", "2025-03-08", tt.text)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, f := range res.Facts {
			if f.Gate != "" {
				continue
			}
			have[f.Subject+" | "+f.Relation] = true
			have[f.Subject+" | "+f.Relation+" | "+f.Object] = true
		}
		ok := true
		for _, f := range res.Facts {
			if strings.Contains(tt.text, "Neither") && f.Relation == "made" && !f.Negated {
				ok = false
				t.Errorf("%s: %s | %s | %s is not negated", tt.name, f.Subject, f.Relation, f.Object)
			}
		}
		for _, w := range tt.want {
			if !have[w] {
				ok = false
				t.Errorf("%s: no fact %q", tt.name, w)
			}
		}
		for _, n := range tt.not {
			if have[n] {
				ok = false
				t.Errorf("%s: fact %q", tt.name, n)
			}
		}
		if !ok {
			for _, f := range res.Facts {
				t.Logf("  %s [%s] | %s | %s [%s] gate=%s", f.Subject, f.SubjectID, f.Relation, f.Object, f.ObjectID, f.Gate)
			}
		}
	}
}
