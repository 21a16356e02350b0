package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/pipeline"
)

// TestThingsNamed checks that a bare definite description of a thing the
// article named more fully before ("the drones" after "Skyhopper toy
// drones") is written with the fuller phrase in the facts read off it,
// and that descriptions with no such antecedent, with two of them, with
// one only a speaker used, or of people and organisations keep their
// words. All texts are invented.
func TestThingsNamed(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		text string
		want []string // arguments some fact must open with
		not  []string // arguments no fact may open with, or "subject | relation" no fact may read
	}{
		{"a thing named by whose it is",
			"An ammonia leak at a chemical plant operated by Varnel Chemicals in Ostwick injured 11 people on Tuesday. The plant employs about 320 people.",
			[]string{"The chemical plant operated by Varnel Chemicals in Ostwick"}, []string{"The plant"}},
		{"hyphenated compound",
			"Velcor recalled 90,000 Ostra cars over a steering-module fault. The fault has been linked to 14 crashes.",
			[]string{"The steering-module fault"}, []string{"The fault"}},
		{"hyphenated adjective alone says which too",
			"The two countries signed a water-sharing pact on Monday. The pact runs until 2040.",
			[]string{"The water-sharing pact"}, []string{"The pact"}},
		{"a product's description named",
			"Velmora unveiled the new Skyline Pro laptop on Tuesday. Reviewers praised the device for its battery.",
			[]string{"Skyline Pro for its battery"}, []string{"the device for its battery"}},
		{"compound and name modifier",
			"Ardent recalled 150,000 Skyhopper toy drones sold in Europe on Tuesday. The drones sold for about 60 euros.",
			[]string{"The Skyhopper toy drones"}, []string{"The drones", "The 150,000"}},
		{"name attachment, object clause",
			"Brenmark said on Monday that its washing machine factory in Ostrovia would close. Union leaders said the factory was profitable.",
			[]string{"the washing machine factory in Ostrovia was profitable", "the washing machine factory in Ostrovia"}, []string{"the factory"}},
		{"adjective and compound",
			"The government of Veldoria announced a new fuel tax on Monday. Critics said the tax would hit rural families.",
			[]string{"the new fuel tax would hit rural families", "the new fuel tax"}, []string{"the tax"}},
		{"adjective and compound, subject",
			"The two sides set up a joint water commission. The commission would meet every month.",
			[]string{"The joint water commission"}, []string{"The commission"}},
		{"name possessive",
			"Tarvik's harbour bridge was closed on Friday for repairs. The bridge carries 40,000 cars a day.",
			[]string{"Tarvik's harbour bridge"}, []string{"The bridge", "The Tarvik's"}},
		{"these",
			"Customs officers seized 300 counterfeit Lumora handbags at the port of Dessen. These handbags were bound for shops in Rotterdam.",
			[]string{"The counterfeit Lumora handbags"}, []string{"These handbags", "The 300"}},
		{"name attachment with another preposition",
			"Ostrel Foods filed a patent lawsuit against Brenmark Mills in March. A judge said the lawsuit could go to trial next year.",
			[]string{"the patent lawsuit against Brenmark Mills could go to trial next year"}, []string{"the lawsuit"}},
		{"aside after the description",
			"Brask Toys is recalling 80,000 Nimbus robot kits sold in Norway. The kits, which were sold for about 90 crowns each, were made in Tarsel.",
			[]string{"The Nimbus robot kits"}, []string{"The kits"}},
		{"restrictive clause after the description",
			"Brask Toys is recalling 80,000 Nimbus robot kits sold in Norway. Shops said the kits that arrived in May were safe.",
			nil, []string{"the Nimbus robot kits"}},
		{"no antecedent",
			"Farmers in Kestra protested on Monday. Police said the protest had blocked two roads near the border.",
			[]string{"the protest"}, nil},
		{"generic",
			"Finance minister Mirela Dask presented a new fuel tax on Monday. She said the economy would grow by 2 percent.",
			[]string{"the economy"}, nil},
		{"two antecedents",
			"Korvane runs a washing machine factory in Ludgate and a dishwasher factory in Brenton. Workers said on Tuesday that the factory would close.",
			[]string{"the factory"}, []string{"the washing machine factory", "the dishwasher factory"}},
		{"organisation",
			"Korvane Appliances bought the Dalvik toy company for 40 million euros. The company will keep its name.",
			nil, []string{"The Dalvik toy company"}},
		{"antecedent in a quote",
			"\"This is the best new heart drug we have seen in years,\" said Lina Moss, a cardiologist. Talvek Pharma hopes to launch the drug in 2027.",
			[]string{"the drug"}, []string{"the new heart drug"}},
		{"shares of the story's company",
			"Orvane Steel said on Monday it would cut 900 jobs. Orvane Steel blamed weak demand, and Orvane Steel's chief executive said more cuts could follow. Shares fell 6 percent in early trading.",
			[]string{"Orvane Steel shares"}, []string{"Shares | fell"}},
		{"shares with two companies in the story",
			"Orvane Steel will buy Dremmel Metals. Orvane Steel and Dremmel Metals said the deal would close in May. Dremmel Metals rose. Shares fell 6 percent in early trading.",
			[]string{"Shares"}, []string{"Orvane Steel shares", "Dremmel Metals shares"}},
		{"the board of the story's company",
			"Orvane Steel said on Monday it would cut 900 jobs. Orvane Steel blamed weak demand, and Orvane Steel's chief executive said more cuts could follow. The board approved the plan on Sunday.",
			[]string{"Orvane Steel's board | approved"}, []string{"The board | approved"}},
		{"the two companies of the story",
			"Orvane Steel will buy Dremmel Metals for 2 billion euros, the companies said on Monday. The two companies expect the deal to close in May.",
			[]string{"Orvane Steel | said", "Dremmel Metals | said", "Orvane Steel | expect", "Dremmel Metals | expect"}, []string{"the companies", "The two companies"}},
		{"the two countries of the story",
			"Norway and Sweden signed a fishing treaty on Friday. The two governments agreed to set up a joint commission.",
			[]string{"Norway | agreed", "Sweden | agreed"}, []string{"The two governments"}},
		{"three companies: each of the three",
			"Orvane Steel, Dremmel Metals and Kasko Mining agreed to merge. The companies said the deal would close in May.",
			[]string{"Orvane Steel | said", "Dremmel Metals | said", "Kasko Mining | said"}, []string{"The companies"}},
		{"part of a place",
			"Heavy rain flooded the Ardley sports centre on Sunday. Across the town, the mayor said, the centre stayed dry.",
			[]string{"the centre"}, []string{"the Ardley sports centre | stayed"}},
		{"a general noun of the kind: fire after wildfire",
			"Firefighters battled the Keldane Valley wildfire for a fourth day on Monday. The fire has burned 9,000 hectares of forest.",
			[]string{"The Keldane Valley wildfire"}, []string{"The fire"}},
		{"a general noun of the kind: blaze after bushfire",
			"Crews contained the Marrow Creek bushfire on Sunday. Officials said the blaze destroyed 40 homes.",
			[]string{"the Marrow Creek bushfire"}, []string{"the blaze"}},
		{"a general noun of the kind: deal after takeover",
			"Regulators cleared Ostrel Foods' takeover of Dunsley Dairies on Monday. The deal was worth 300 million euros.",
			[]string{"Ostrel Foods' takeover of Dunsley Dairies"}, []string{"The deal"}},
		{"a general noun of the kind: dig after excavation",
			"Archaeologists finished the Orrisby Point excavation in June. Volunteers from Tarsel joined the dig in May.",
			[]string{"the Orrisby Point excavation"}, []string{"the dig"}},
		{"a new one of the kind came in between",
			"Firefighters battled the Keldane Valley wildfire on Monday. A second fire broke out near Orst on Tuesday. The fire destroyed 12 homes.",
			[]string{"The fire"}, []string{"The Keldane Valley wildfire | destroyed"}},
		{"two of the kind named",
			"Firefighters battled the Keldane Valley wildfire and the Harlow Pass blaze on Monday. The fire destroyed 12 homes.",
			[]string{"The fire"}, []string{"The Keldane Valley wildfire | destroyed", "The Harlow Pass blaze | destroyed"}},
		{"a more specific noun does not stand for a general one",
			"Firefighters put out the Keldane warehouse fire on Monday. The wildfire near Orst kept burning.",
			nil, []string{"The Keldane warehouse fire"}},
		{"one thing named with and without the possessive's full name",
			"Regulators blocked Telvara Communications' takeover of Dunsley Dairies on Monday. Telvara's takeover of Dunsley Dairies had been agreed in May. The deal was worth 9 billion euros.",
			[]string{"Telvara's takeover of Dunsley Dairies"}, []string{"The deal"}},
		{"two takeovers by one buyer",
			"Regulators blocked Telvara's takeover of Dunsley Dairies on Monday. They cleared Telvara's takeover of Kest Broadband. The deal was worth 9 billion euros.",
			[]string{"The deal"}, nil},
		{"that",
			"Ostrel Foods filed a patent lawsuit against Brenmark Mills in March. On Friday a judge in Tarsel dismissed that lawsuit.",
			[]string{"the patent lawsuit against Brenmark Mills"}, []string{"that lawsuit"}},
		{"those",
			"Customs officers seized 300 counterfeit Lumora handbags at the port of Dessen. Officials said those handbags were bound for shops in Rotterdam.",
			[]string{"the counterfeit Lumora handbags"}, []string{"those handbags"}},
		{"that as a conjunction",
			"Ostrel Foods filed a patent lawsuit against Brenmark Mills in March. Brenmark said that lawsuits were common in the trade.",
			nil, []string{"the patent lawsuit against Brenmark Mills"}},
		{"a port is no airport",
			"Workers at the Veldana airport went on strike on Monday. The port handled fewer ships.",
			[]string{"The port"}, []string{"The Veldana airport"}},
		{"a name given in an aside: the drug after a pill called so",
			"Pellmark said its experimental kidney pill, called dorvastin, cut hospital stays by a quarter. Analysts said the drug could earn 2 billion euros a year.",
			[]string{"dorvastin could earn", "dorvastin"}, []string{"the drug"}},
		{"a name given in an aside: the description itself",
			"The study, known as BRIGHT-7, followed 5,200 patients in 14 countries. Doctors said the study was the largest of its kind.",
			[]string{"BRIGHT-7", "BRIGHT-7 was the largest of its kind"}, []string{"The study | followed", "the study", "BRIGHT-7 | was known as"}},
		{"a name given by a participle: named",
			"Corvane tested a new vaccine, named Tellivax, in 2,000 adults. The vaccine cut infections by half.",
			[]string{"Tellivax"}, []string{"The vaccine"}},
		{"a medicine is a treatment",
			"Norvik Pharma said its asthma medicine, called brontelast, would reach pharmacies in May. Regulators said the treatment was safe.",
			[]string{"brontelast was safe"}, []string{"the treatment"}},
		{"two drugs named: the drug is either",
			"Norvik Pharma said its asthma medicine, called brontelast, would reach pharmacies in May. It also sells a migraine drug called pellazine. Regulators said the drug was safe.",
			[]string{"the drug"}, []string{"brontelast was safe", "pellazine was safe"}},
		{"an amount in a currency says how much, not which",
			"Tarsel's competition regulator on Thursday blocked Orvane Communications' proposed 7.5 billion euro takeover of rival Kasko Mobile. The deal would have left three networks.",
			nil, []string{"The proposed euro takeover", "The euro takeover"}},
		{"a year says which",
			"Ostrel Town Council approved a 2026 budget on Thursday. The budget cuts library hours by a fifth.",
			[]string{"The 2026 budget"}, []string{"The budget"}},
		{"a year says which, in a clause",
			"Tarsel held a 2019 election in May. Observers said the election was fair.",
			[]string{"the 2019 election was fair"}, []string{"the election was fair"}},
		{"two years, two things",
			"Ostrel Town Council compared the 2025 budget with a 2026 budget on Thursday. Critics said the budget cut library hours.",
			[]string{"the budget cut library hours"}, []string{"the 2026 budget cut", "the 2025 budget cut"}},
		{"a mine the tagger read as a pronoun",
			"Rescue teams reached the Drovask mine on Monday. Halvard said the mine would stay closed until May.",
			[]string{"the Drovask mine would stay closed until May"}, []string{"the mine would stay closed until May"}},
		{"a mine named with its metal",
			"Workers at the Kessel zinc mine walked out on Monday. Halvard said the mine would reopen in May.",
			[]string{"the Kessel zinc mine would reopen in May"}, []string{"the mine would reopen in May"}},
		{"two mines",
			"Halvard owns the Drovask copper mine and the Kessel zinc mine. Workers said the mine was unsafe.",
			[]string{"the mine was unsafe"}, []string{"the Drovask copper mine was unsafe", "the Kessel zinc mine was unsafe"}},
		{"a name the noun stands beside in apposition",
			"BRIGHT-7, a late-stage trial of dorvastin, enrolled 5,200 patients. Doctors said the trial was the largest of its kind.",
			[]string{"BRIGHT-7 was the largest of its kind"}, []string{"the trial was the largest", "the late-stage trial"}},
		{"a common noun in apposition is no name",
			"Pellmark tested the drug, a kidney pill, in 5,200 patients. Analysts said the pill could earn 2 billion euros.",
			nil, []string{"drug could earn", "Drug could earn"}},
		{"a kind known by a phrase in lower case is no name",
			"Ardley uses a method known as cloud seeding to bring rain. Farmers said the method had failed.",
			[]string{"the method"}, []string{"cloud seeding had failed"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkOpens(t, x, tc.text, tc.want, tc.not) })
	}
}

// TestThingsHeadline checks that a headline's short name of a thing
// ("Kestrel's sleep drug") is no second thing of the kind beside the one
// the body names in full, so that a later "the drug" is the body's. The
// names are invented.
func TestThingsHeadline(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	d := doc("t", "2025-05-06", "The Tarsel Medicines Board on Monday declined to approve Kestrel Pharma's insomnia pill, saying the company had not shown that the drug was safe.")
	d.Title = "Regulator rejects Kestrel's sleep drug"
	res, err := x.Extract(context.Background(), []extract.Document{d}, nil)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range res.Facts {
		if strings.HasPrefix(f.Object, "Kestrel Pharma's insomnia pill was safe") || strings.HasPrefix(f.Subject, "Kestrel Pharma's insomnia pill") && f.Relation == "was" {
			found = true
		}
	}
	if !found {
		for _, f := range res.Facts {
			t.Logf("%s | %s | %s", f.Subject, f.Relation, f.Object)
		}
		t.Error("the drug is not the insomnia pill the body names")
	}
}

// TestGovernmentNamed checks that "the government" in a story about one
// country's bodies is that country's, and that with a second country in
// reach, or one named only in passing, it is left as written. Names of
// people, bodies and firms are invented.
func TestGovernmentNamed(t *testing.T) {
	runOpens(t, []opensCase{
		{"one country, its regulator",
			"Norway's competition regulator blocked Ostrel Foods' purchase of Dunsley Dairies on Monday. The government said it respected the ruling.",
			[]string{"Norway | said"}, []string{"The government | said"}},
		{"one country, its ministry",
			"Portugal's health ministry ordered 20,000 doses of the Velcor vaccine on Tuesday. The government said the first doses would arrive in May.",
			[]string{"Portugal | said"}, []string{"The government | said"}},
		{"an invented country by its ministry",
			"Ardovia's foreign ministry summoned the Velmoran ambassador on Tuesday. The government said the talks would resume in May.",
			[]string{"Ardovia | said"}, []string{"The government | said"}},
		{"two countries in reach",
			"Norway's competition regulator blocked the deal on Monday, after Sweden's regulator cleared it. The government said it respected the ruling.",
			[]string{"The government | said"}, []string{"Norway | said", "Sweden | said"}},
		{"a country and another's demonym",
			"Norway's competition regulator blocked the German carmaker's purchase of Dunsley Motors on Monday. The government said it respected the ruling.",
			[]string{"The government | said"}, []string{"Norway | said"}},
		{"an invented country by its authorities",
			"Authorities in Veskaria will ration tap water from Monday after the worst drought in 60 years. Farmers have been hit hardest. The government denied that it had ignored warnings.",
			[]string{"Veskaria | denied"}, []string{"The government | denied"}},
		{"an invented country by its authorities, the government later",
			"Solvara, the capital, has had no rain since May. Authorities in Tarsenia said on Monday that tap water would be rationed. Farmers have been hit hardest. They said the government had ignored warnings.",
			[]string{"Tarsenia had ignored warnings"}, []string{"the government had ignored warnings"}},
		{"authorities in two countries",
			"Authorities in Veskaria and in Dornia will ration tap water from Monday. The government denied that it had ignored warnings.",
			[]string{"The government | denied"}, []string{"Veskaria | denied", "Dornia | denied"}},
		{"a country named in passing",
			"Ostrel Foods imported 2,000 tonnes of rice from Vietnam last year. The government said the tariff would rise in May.",
			[]string{"The government | said"}, []string{"Vietnam | said"}},
	})
}

// TestCouncilCity checks that "the city" in a story that names a council
// by its city ("Carvel City Council") is that city, the council keeping
// its own name, and that with two such councils it is left as written.
// The names are invented.
func TestCouncilCity(t *testing.T) {
	runOpens(t, []opensCase{
		{"the city",
			"Brenmouth City Council voted on Thursday to cut library hours. The city will close four libraries on Mondays.",
			[]string{"Brenmouth | will close", "Brenmouth City Council | voted"}, []string{"The city | will close"}},
		{"the city's",
			"Carvel City Council approved a budget on Thursday. Under the plan, four of the city's 19 libraries will close on Mondays.",
			[]string{"four of Carvel's 19 libraries"}, []string{"four of the city's 19 libraries"}},
		{"the town, in a clause",
			"Dunmore Town Council met on Tuesday. Councillor Ada Penn argued that the town should sell a disused depot.",
			[]string{"Dunmore should sell a disused depot"}, []string{"the town should sell a disused depot"}},
		{"two councils",
			"Carvel City Council and Dunmore City Council approved budgets on Thursday. The city will close four libraries on Mondays.",
			[]string{"The city | will close"}, []string{"Carvel | will close", "Dunmore | will close"}},
	})
}

// TestClubNamed checks that "the club" in a story that names several
// clubs is the one whose name holds the word, and is left as written when
// none or two do. All names are invented.
func TestClubNamed(t *testing.T) {
	runOpens(t, []opensCase{
		{"one club by a name with the word",
			"The owners of Tarrow Athletic Football Club agreed to sell it on Monday. Tarrow lost to Kelby Rovers on Saturday. Fans of Kelby Rovers sang. The match was the last of the season. Referee Ana Dost sent off two players. The club did not comment on the sale.",
			[]string{"Tarrow Athletic Football Club | did not comment"}, []string{"The club | did not comment", "Kelby Rovers | did not comment"}},
		{"two clubs by names with the word",
			"The owners of Tarrow Athletic Football Club agreed to sell it on Monday. Tarrow lost to Kelby Rovers Football Club on Saturday. Fans of Kelby Rovers sang. The match was the last of the season. Referee Ana Dost sent off two players. The club did not comment on the sale.",
			[]string{"The club | did not comment"}, []string{"Tarrow Athletic Football Club | did not comment", "Kelby Rovers Football Club | did not comment"}},
		{"no club by a name with the word",
			"Tarrow Athletic agreed to sell its stadium on Monday. Tarrow Athletic lost to Kelby Rovers on Saturday. Fans of Kelby Rovers sang. The match was the last of the season. Referee Ana Dost sent off two players. The club did not comment on the sale.",
			[]string{"The club | did not comment"}, []string{"Kelby Rovers | did not comment"}},
	})
}

// TestOutletNotMeant checks that a newspaper told something ("told The
// Harbour Post that the company ...") is not the company, agency or firm
// the same sentence goes on to name: the description stays with the
// organisation the story is about. The names are invented.
func TestOutletNotMeant(t *testing.T) {
	runOpens(t, []opensCase{
		{"told The X that the company",
			"The regulator fined Dornell Systems 40 million euros on Friday. Its general counsel, Ivo Brandt, told The Harbour Post that the company \"strongly disagrees\" with the ruling.",
			[]string{"Dornell Systems | strongly disagrees"}, []string{"The Harbour Post | strongly disagrees"}},
		{"according to The X, the firm",
			"Vantrel Foods closed its bakery in Ostby on Monday. According to The Ostby Courier, the firm had lost money for three years.",
			[]string{"Vantrel Foods | had lost"}, []string{"The Ostby Courier | had lost"}},
	})
}

// opensCase is a text and the arguments its facts must and must not
// open with (see checkOpens).
type opensCase struct {
	name, text string
	want, not  []string
}

// runOpens runs checkOpens on each case as a subtest.
func runOpens(t *testing.T, cases []opensCase) {
	t.Helper()
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkOpens(t, x, tc.text, tc.want, tc.not) })
	}
}

// checkOpens extracts text and checks that some fact's subject, object or
// "subject | relation" opens with each of want and none with any of not.
func checkOpens(t *testing.T, x *pipeline.Extractor, text string, want, not []string) {
	t.Helper()
	res, err := x.Extract(context.Background(), []extract.Document{doc("t", "2025-05-06", text)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var args []string
	for _, f := range res.Facts {
		args = append(args, f.Subject, f.Object, f.Subject+" | "+f.Relation)
	}
	opens := func(p string) bool {
		for _, a := range args {
			if a == p || strings.HasPrefix(a, p+" ") {
				return true
			}
		}
		return false
	}
	for _, w := range want {
		if !opens(w) {
			t.Errorf("no argument opens with %q; arguments: %q", w, args)
		}
	}
	for _, w := range not {
		if opens(w) {
			t.Errorf("an argument opens with %q; arguments: %q", w, args)
		}
	}
}
