package resolve_test

import (
	"testing"

	"github.com/storygraph/storygraph/extract/resolve"
)

// TestDescriptionKinds: a definite description "the [modifiers] NOUN"
// binds to the entity the text has shown to be a NOUN (by its name, by a
// kind word beside a mention, by apposition or by a vessel's prefix), the
// one the discourse makes salient; with two equally close, to none.
func TestDescriptionKinds(t *testing.T) {
	a, err := annotator()
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{
		// 0: a place shown to be a province by the word after it
		"Cholera spreads in Varundi province\n\nKEMBA, July 9 (Wire) - Health officials confirmed 340 cholera cases in Varundi province on Monday. Dr Amara Lutse said on Tuesday that the province had run short of clean water.",
		// 1: the same by "the province of X"
		"Floods hit the north\n\nTORVA, May 2 (Wire) - Heavy rain flooded the northern province of Kessary on Sunday. Rescue teams reached Dolby on Monday. Governor Ana Pruss said the province needed more boats.",
		// 2: a vessel by its prefix
		"Ferry grounded near Tollan island\n\nVESK, May 3 (Wire) - The MV Solway Trader ran aground off the island of Tollan on Saturday with 212 people on board, the coastguard said. Officials said the ferry had struck a sandbank in fog on its way to the island.",
		// 3: a vessel by apposition
		"Cargo ship seized\n\nDORSA, June 1 (Wire) - The Kestrel Bay, a cargo ship carrying grain, was seized by Dorsan customs on Friday. Port officials said the ship had false papers.",
		// 4: two banks named; the far one is passed over for the bank the story is about
		"Central bank holds rates\n\nORSA, May 2 (Wire) - The Central Bank of Valdoria held its main rate at 4 percent on Wednesday. The Central Bank of Valdoria said inflation had slowed. Tarsen Mutual Bank said it would keep its mortgage rates unchanged. Finance Minister Olek Varn welcomed the decision. The bank also raised its forecast for growth to 1.5 percent.",
		// 5: two banks equally close: none
		"Two lenders report profits\n\nORSA, May 2 (Wire) - Helmark Bank and Drovan Bank both reported higher quarterly profits on Wednesday. The bank said its lending grew 4 percent.",
		// 6: two companies equally close: none
		"Merger talks end\n\nLINDA, May 2 (Wire) - Pellworth Foods and Garrick Brands ended merger talks on Friday. The company said it would look for other partners.",
		// 7: a ship's description does not bind a place
		"Storm hits coast\n\nBRAKE, May 2 (Wire) - A storm hit Tollan Bay on Friday. Officials said the ship had sunk.",
		// 8: "the bank" in a broker's words is no broker, nor the far bank
		"Central bank cuts rates\n\nORSA, May 2 (Wire) - The Central Bank of Valdoria cut its main rate on Thursday. The Central Bank of Valdoria said inflation had slowed. Nordby Savings Bank said it would cut its mortgage rates. Finance Minister Olek Varn welcomed the cut. \"We think the bank will wait until November,\" said Mira Tofte, chief economist at Halvard Securities. The bank also lowered its forecast for growth.",
		// 9: a plural description is no name that ends with it
		"Lender buys rival\n\nHALM, May 2 (Wire) - Ostery Bank agreed to buy Pemberly Savings for 2 billion crowns. Ostery said the deal would bring cost savings. Analysts said the savings could be larger.",
		// 10: the area an apposition calls so
		"Treaty signed\n\nVANTE, May 2 (Wire) - Under the treaty, the disputed Kora valley, an area of about 200 square kilometres, will be divided. The Union said it would build schools in the area.",
		// 11: a noun before a name in another phrase labels nothing
		"Label loses case\n\nLONDON, May 2 (Wire) - Tarrow Records lost its court case against Kelby Systems today. During the case Tarrow Records showed the court many documents. Tarrow Records will take the case to the Court of Appeal.",
		// 12: the country whose court the story names is the government's
		"Court strikes down benefit rule\n\nA court in Verrania on Wednesday struck down a benefit rule that Verrania's opposition had fought for a year. The government said it would appeal.",
		// 13: "the country" is the one country of the story
		"Vote count ends\n\nKELD, May 3 (Wire) - Tarvonia's opposition Green Party won the election on Sunday. The prime minister, who has led the country since 2019, conceded on Monday.",
		// 14: with two, none
		"Talks stall\n\nKELD, May 3 (Wire) - Tarvonia's government and Oskaria's government failed to agree on a border treaty on Friday. Officials said the country would not sign.",
		// 15: a phrase set beside a country is about it: its "the country" is another
		"President plans trip\n\nCarvenia's government invited President Ola Lind on Monday. Lind said his first trip abroad would be to neighbouring Carvenia, the country's largest trading partner.",
		// 16: with modifiers that describe it; not "the other ferry"
		"Ferry fire\n\nHALLIN, June 3 (Wire) - The MV Corran Spirit, a passenger ferry, caught fire off Deller island on Monday. The passenger ferry was carrying 80 people. The coastguard sent the other ferry on the route to help. Officials said the southern island had no hospital.",
		// 17: a product the text calls a laptop, beside software
		"Velmar updates laptops\n\nVelmar released a new lineup of Zephyr Book laptops and the 2027 version of its StudioPix software on Tuesday. The laptop's battery life has been extended.",
		// 18: a place whose output the story gives is a country
		"Miners rescued\n\nRescue teams pulled nine miners from the Torvik mine on Friday. The mine in the Drava Hills produces a tenth of Norvania's copper output. Prime Minister Ana Dreyer said the government would review safety rules.",
		// 19: the one ministry of the story, named after it
		"Outbreak confirmed\n\nHealth officials confirmed a cholera outbreak in the south on Monday. The ministry will publish daily case figures, Health Minister Ana Kell said. The Ministry of Health and Water said it had received 60,000 doses of vaccine.",
		// 20: with two named after it, none
		"Budget row\n\nOfficials met on Monday. The ministry will publish the figures, Ana Kell said. The Ministry of Finance and the Ministry of Health disagreed on the budget.",
		// 21: two companies joined as the subject, the dateline gone: none
		"Merger talks end\n\nPellworth Foods and Garrick Brands ended merger talks on Friday.\n\nThe company said it would look for other partners.",
		// 22: "the party" in what its leader says, with another party named before
		"Coalition talks collapse\n\nThe Green Party and the Farmers' Party failed to agree on a coalition on Friday.\n\nGreen Party leader Ida Holm said the party would now talk to the Liberals.",
		// 23: "the company" is no court, whatever its name ends with
		"Court blocks mine\n\nThe Supreme Court of Ardova on Tuesday blocked a copper mine planned by Vask Mining near the town of Orrel.\n\nThe court said the company had not consulted local residents.",
		// 24: an organisation named "X Town" is a club
		"Ossby Town sack manager\n\nOssby Town sacked manager Per Lund on Monday after seven straight defeats. His assistant was also dismissed. Youth coach Mikael Strand will take charge on an interim basis. The club said it hoped to appoint a successor before the end of the month.",
		// 25: a place whose prices the story gives is a country
		"Rates held\n\nConsumer prices in Tarvenia rose 2.9 percent in February, the statistics office said. Finance Minister Ole Brand denied that the government was putting pressure on the central bank.",
		// 26: a ferry is a ship
		"Ferry detained\n\nThe Northern Gull, a passenger ferry, was detained in port on Friday after inspectors found faulty lifeboats. The owners said the ship would sail again next week.",
		// 27: the bank its chief executive speaks for, called by the first word of its name
		"Bank shares fall\n\nShares in Helmark Bank fell 4 percent on Friday after the Central Bank of Valdoria raised its main rate. Helmark chief executive Ina Moll said the bank would keep lending.",
	}
	var ds []resolve.Doc
	for i, text := range docs {
		ds = append(ds, resolve.Doc{ID: string(rune('a' + i)), Sentences: a.Annotate(text)})
	}
	res := resolve.Resolve(ds, nil)
	for _, e := range res.Entities {
		t.Logf("%-24s %-6s %v", e.Name, e.Type, e.Aliases)
	}
	for _, tt := range []tokenWant{
		{0, "the province had", "province", "Varundi"},
		{1, "the province needed", "province", "Kessary"},
		{2, "the ferry had", "ferry", "MV Solway Trader"},
		{2, "to the island", "island", "Tollan"},
		{3, "the ship had", "ship", "Kestrel Bay"},
		{4, "The bank also", "bank", "Central Bank of Valdoria"},
		{5, "The bank said", "bank", ""},
		{6, "The company said", "company", ""},
		{7, "the ship had", "ship", ""},
		{8, "the bank will", "bank", "Central Bank of Valdoria"},
		{8, "The bank also", "bank", "Central Bank of Valdoria"},
		{9, "the savings could", "savings", ""},
		{10, "in the area", "area", "Kora valley"},
		{11, "take the case", "case", ""},
		{12, "The government said", "government", "Verrania"},
		{13, "led the country", "country", "Tarvonia"},
		{14, "the country would", "country", ""},
		{15, "the country's", "country", ""},
		{16, "The passenger ferry was", "passenger", "MV Corran Spirit"},
		{16, "The passenger ferry was", "ferry", "MV Corran Spirit"},
		{16, "the other ferry", "ferry", ""},
		{16, "the southern island", "island", "Deller island"},
		{17, "The laptop's", "laptop", "Zephyr Book"},
		{18, "the government would", "government", "Norvania"},
		{19, "The ministry will", "ministry", "Ministry of Health and Water"},
		{20, "The ministry will", "ministry", ""},
		{21, "The company said", "company", ""},
		{22, "the party would", "party", "Green Party"},
		{23, "the company had", "company", "Vask Mining"},
		{24, "The club said", "club", "Ossby Town"},
		{25, "the government was", "government", "Tarvenia"},
		{26, "the ship would", "ship", "Northern Gull"},
		{27, "the bank would", "bank", "Helmark Bank"},
	} {
		if got := tokenEntity(res, ds, ds[tt.doc].ID, tt.phrase, tt.word); got != tt.want {
			t.Errorf("doc %d: %q in %q = %q, want %q", tt.doc, tt.word, tt.phrase, got, tt.want)
		}
	}
}
