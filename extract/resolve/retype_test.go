package resolve_test

import (
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/resolve"
)

// Names typed, split or merged wrongly, as classes (issue of round 13's
// entities): ships, events, places in lists, companies by their kind of
// business, people after a title, countries by their institutions,
// parties, substances, abbreviations with more than initials, and
// peoples' adjectives. The people, firms and places are invented.
func init() {
	classTests = append(classTests, []struct {
		name   string
		docs   []string
		same   [][]string
		apart  [][2]string
		tokens []tokenWant
		types  map[string]string
		absent []string
	}{
		{
			name: "a ship's name after a prefix or a ship's noun is a vessel's, with and without its prefix",
			docs: []string{"Four crew missing after cargo ship sinks\n\nThe MS Corvina Dawn, operated by Halberd Shipping Lines, sank about 10 km west of Varrow on Tuesday. The Corvina Dawn, built in 2004, had passed its last inspection in May.",
				"Navy frigate returns\n\nHMS Tallowmere returned to Kessport on Friday after a six-month patrol. The ship's captain, Olwen Carrick, said the crew were tired. The Tallowmere will be refitted next year.",
				"Oil spill off Brennock\n\nThe tanker Ardent Sea leaked oil near Brennock on Sunday, the ferry operator Islink said. The Ardent Sea was towed to port. Ms Helena Voss, a local councillor, called for an inquiry."},
			same:  [][]string{{"MS Corvina Dawn", "Corvina Dawn"}, {"HMS Tallowmere", "Tallowmere"}},
			types: map[string]string{"MS Corvina Dawn": "MISC", "HMS Tallowmere": "MISC", "Ardent Sea": "MISC", "Olwen Carrick": "PERSON", "Helena Voss": "PERSON", "Varrow": "LOC|GPE"},
		},
		{
			name: "a prefix that also opens other names makes a ship only where the text speaks of ships; the recogniser's parts of a ship's name make one",
			docs: []string{"The MS Society said on Monday it would fund three new studies into multiple sclerosis. Dr Alma Ruiz, who leads the work, said results were due in 2027.",
				"Violence flared in the West Bank on Friday. Emirates, the Dubai carrier, said flights were normal.",
				"The research vessel Polar Dawn left Hobart on Monday. Scientists aboard the RV Polar Dawn will study krill."},
			same:   [][]string{{"RV Polar Dawn", "Polar Dawn"}},
			types:  map[string]string{"MS Society": "ORG", "West Bank": "LOC|GPE", "Emirates": "ORG", "RV Polar Dawn": "MISC"},
			absent: []string{"RV", "Dawn"},
		},
		{
			name: "a town's name by its institutions, a river's by its name with River",
			docs: []string{"Tarnby scientists find new bacterium\n\nScientists at the University of Tarnby said on Monday they had found a bacterium that eats plastic.",
				"Former Oltway chief convicted over Velk bridge contract\n\nA court on Thursday convicted the former chief of Oltway Construction. His lawyer spoke outside the Velk District Court.",
				"Farmers say the Ardle has fallen by a third since January. The Ardle River supplies water to two million people."},
			same:  [][]string{{"Ardle River", "Ardle"}},
			types: map[string]string{"Velk": "LOC", "Ardle River": "LOC", "University of Tarnby": "ORG", "Oltway Construction": "ORG"},
		},
		{
			name: "a name ending in an event's word is an event's; a company's name ending in Games is not",
			docs: []string{"Sprinter banned\n\nMeridian Games 200 metres champion Tilde Marsk has been banned for two years. Marsk won gold at the Meridian Games in 2023.",
				"Harlow Rovers won the 2025 Torvik Open on Sunday. Fans flocked to the Harlow Cup final. The Kessler Festival opens next week.",
				"Pendrake Games said on Monday that profits fell. Pendrake Games makes puzzle apps."},
			types: map[string]string{"Meridian Games": "EVENT", "Torvik Open": "EVENT", "Harlow Cup": "EVENT", "Kessler Festival": "EVENT", "Tilde Marsk": "PERSON", "Harlow Rovers": "ORG"},
			apart: [][2]string{{"Meridian", "Meridian Games"}},
		},
		{
			name: "a name in a list with a place, or after a plural noun of places, is a place",
			docs: []string{"Cholera spreads\n\nHealth officials said most patients are in Dunvale and two nearby districts, Merrow and Sketh. Fighting spread to the districts of Kavir and Tesh.",
				"Quintvale Software said it would cut 300 jobs. Most of the cuts will fall on teams at the headquarters in Sandport and at offices in Lundby and Carrowmere.",
				"The storm cut power to 40,000 homes in Maine and Vermont, Kestrel Utilities said. Sales rose in Germany, Orvane said."},
			types:  map[string]string{"Merrow": "LOC", "Sketh": "LOC", "Kavir": "LOC", "Tesh": "LOC", "Carrowmere": "LOC", "Lundby": "LOC", "Kestrel Utilities": "ORG"},
			absent: []string{"Orvane said"},
		},
		{
			name: "a name ending in a kind of business is a company's; a title before a name makes it a person's",
			docs: []string{"Builders lead market\n\nThe index rose 1.2 percent, with shares in Pendry Homes, the country's largest builder, rising 3 percent. Marlow Estates, a property firm, fell 2 percent.",
				"Quintvale names finance chief\n\nChief Operating Officer Anjali Verhoek will take over as interim chief executive, the company said. She joined Quintvale in 2015."},
			types: map[string]string{"Pendry Homes": "ORG", "Marlow Estates": "ORG", "Anjali Verhoek": "PERSON"},
		},
		{
			name: "a title-case headline lends no event, ship or place its capitalised words",
			docs: []string{"Crowds Flock As Storm Hits Kelby Festival\n\nThousands of people attended the Kelby Festival on Saturday despite the rain.",
				"MV Saltcliff Runs Aground Near Port Alby\n\nThe MV Saltcliff ran aground near Port Alby on Monday, the coast guard said."},
			same:   [][]string{{"MV Saltcliff"}},
			absent: []string{"Storm Hits Kelby Festival", "Flock As Storm Hits Kelby Festival", "MV Saltcliff Runs Aground Near", "MV Saltcliff Runs Aground Near Port Alby"},
		},
		{
			name: "an organisation's noun whose modifier opens the sentence describes the name after it",
			docs: []string{"Environmental group Terra Viva accused the regional government of cutting funding for forest management.",
				"Tech company Anna Berg founded in 2010 said profits rose. German striker Ada Pell scored twice."},
			types: map[string]string{"Terra Viva": "ORG", "Anna Berg": "PERSON", "Ada Pell": "PERSON"},
		},
		{
			name: "a name with an age set off by commas is a person's",
			docs: []string{"Fire at warehouse\n\nFirefighters were called to the Brenna Docks warehouse on Monday. Police named the victims as Ilse Varga, 61, and Mirek Solano, 45, both of Tarrow.",
				"Two die in quarry collapse\n\nHarlen Quarries said the collapse happened at about 3 a.m. The company named the dead men as Tove Marrin, 38, and Rafe Dalton, 27."},
			types: map[string]string{"Mirek Solano": "PERSON", "Ilse Varga": "PERSON", "Harlen Quarries": "ORG"},
		},
		{
			name: "a country named by its court, a party by its full name, a drug by its noun",
			docs: []string{"Velonia court rejects appeal\n\nVelonia's Supreme Court on Monday rejected an appeal by the government. The Social Democrats, the largest opposition party, said they would table a motion.",
				"Cyclist Bram Oster tested positive for the banned steroid Tarvolone, the sport's integrity unit said. Oster denied taking Tarvolone.",
				"Dunmore Pharma, the drug maker, said sales rose. Dunmore said its painkiller Oxyflex would be sold from June."},
			types:  map[string]string{"Velonia": "LOC|GPE", "Social Democrats": "ORG", "Tarvolone": "MISC", "Dunmore Pharma": "ORG"},
			absent: []string{"Democrats"},
		},
		{
			name: "an abbreviation in brackets joins the name it spells with more than initials; a people's adjective joins no organisation",
			docs: []string{"The MV Brightwater Queen, operated by Coastmoor Ferries (CMF), was delayed on Monday. CMF apologised to passengers. Coastmoor said nobody was hurt.",
				"Officials at Transmarine Holdings (TMX) declined to comment. TMX shares fell.",
				"Meridian Games champion Tilde Marsk was banned, a ruling the Ostrelian sprinter said she would appeal. The Ostrelian Athletics Union (OAU) said it respected the process."},
			same:  [][]string{{"Coastmoor Ferries", "CMF", "Coastmoor"}, {"Ostrelian Athletics Union", "OAU"}},
			apart: [][2]string{{"Transmarine Holdings", "TMX"}, {"Ostrelian", "Ostrelian Athletics Union"}, {"the Ostrelian", "Ostrelian Athletics Union"}},
		},
	}...)
}

// An event a graph built before events were typed knows as a name of
// unknown type keeps its id.
func TestKnownMiscEventKeepsID(t *testing.T) {
	a, err := annotator()
	if err != nil {
		t.Fatal(err)
	}
	known := []extract.Entity{{ID: "e:misc:harlow_cup", Name: "Harlow Cup", Type: "MISC", Aliases: []string{"Harlow Cup"}}}
	docs := []resolve.Doc{{ID: "later", Sentences: a.Annotate("Fans flocked to the Harlow Cup final on Sunday. Brennock won the Harlow Cup for the third time.")}}
	res := resolve.Resolve(docs, known)
	for _, e := range res.Entities {
		if e.Name == "Harlow Cup" && e.ID != "e:misc:harlow_cup" {
			t.Errorf("Harlow Cup has id %s, want the known e:misc:harlow_cup", e.ID)
		}
	}
}
