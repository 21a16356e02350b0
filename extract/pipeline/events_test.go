package pipeline_test

import "testing"

// TestEventsNamed checks that a bare description of an event the story
// told before with a verb ("the cuts" after "will cut 900 jobs", "the
// ban" after "has been banned for two years") is written with whose event
// it is, and that one told of two owners, of no name, or a verb that is
// not the event ("cut back on") leaves it as written. All names are
// invented.
func TestEventsNamed(t *testing.T) {
	runOpens(t, []opensCase{
		{"business: job cuts",
			"Orvane Steel said on Monday it would cut 900 jobs. Most of the cuts will fall on its plant in Kessel.",
			[]string{"Orvane Steel's job cuts"}, []string{"the cuts"}},
		{"sport: a ban for a time",
			"Marta Vellsen has been banned from competition for two years after failing a drug test. The ban runs until May 2028.",
			[]string{"Marta Vellsen's two-year ban"}, []string{"The ban"}},
		{"politics: a suspension of a named official",
			"Prime Minister Edda Holm suspended Deputy Minister Ola Brenvik on Friday. Opposition leaders said the suspension came too late.",
			[]string{"Ola Brenvik's suspension came too late"}, []string{"the suspension came too late"}},
		{"business: an acquisition, then the deal",
			"Tarvel Bank will acquire Ostrin Credit for 2 billion euros. The deal is expected to close in May.",
			[]string{"Tarvel Bank's acquisition"}, []string{"The deal"}},
		{"courts: a body that said it would appeal",
			"The government said it would appeal. Legal experts said the appeal could take months.",
			[]string{"the government's appeal could take months"}, []string{"the appeal could take months"}},
		{"courts: a named company's appeal",
			"Norvik Energy said on Monday it would appeal the ruling. Legal experts said the appeal could take months.",
			[]string{"Norvik Energy's appeal could take months"}, nil},
		{"a body said of some other one",
			"The government of Aldermark said the ruling was wrong and it would appeal. The appeal could take months.",
			nil, []string{"the government's appeal", "The government's appeal"}},
		{"business: a purchase, then the deal",
			"Tarvel Bank will buy Ostrin Credit for 2 billion euros. The deal is expected to close in May.",
			[]string{"Tarvel Bank's purchase of Ostrin Credit"}, []string{"The deal"}},
		{"business: a closure of a site",
			"Korvane Appliances said it would close its washing machine factory in Ludgate. The union said it would fight the closure.",
			[]string{"Korvane Appliances' factory closure"}, nil},
		{"labour: a strike",
			"The union said on Friday that it would strike on Monday. The strike will halt 400 trains.",
			[]string{"The union's strike"}, []string{"The strike"}},
		{"a storm that struck is no strike",
			"Storm Elda struck the coast on Monday. The strike killed two.",
			[]string{"The strike"}, []string{"Storm Elda's strike"}},
		{"a price that closed is no closure",
			"Velcor closed 3 percent lower on Monday. Analysts said the closure was expected.",
			[]string{"the closure was expected"}, nil},
		{"courts: a ruling, then the decision",
			"The court ruled that the law was invalid. Lawyers said the decision could be appealed.",
			[]string{"the court's ruling could be appealed"}, []string{"the decision could be appealed"}},
		{"politics: a visit",
			"President Anna Holm will visit Dalvany next week. The visit has drawn protests.",
			[]string{"Anna Holm's visit"}, []string{"The visit"}},
		{"a party that ruled is no ruling",
			"The Velmar Party has ruled the country since 2010. Voters said the ruling was unexpected.",
			[]string{"the ruling was unexpected"}, nil},
		{"a chief who ruled a sale out made no decision",
			"Marta Vell said last year that the firm might seek a buyer. On Tuesday she ruled that out. The decision will be reviewed by health agencies.",
			[]string{"The decision"}, []string{"Marta Vell's ruling"}},
		{"business: cuts of up to a number",
			"Orvane Steel said on Monday it would cut up to 900 jobs. Most of the cuts will fall on its plant in Kessel.",
			[]string{"Orvane Steel's"}, []string{"the cuts"}},
		{"sport: the case of a banned athlete",
			"Elin Varg has been banned from competition for four years after testing positive for EPO. The tribunal is expected to hear the case in March.",
			[]string{"Elin Varg's case"}, []string{"the case"}},
		{"a time the parse hangs on the description",
			"Elin Varg has been banned from competition for four years after testing positive for EPO. The tribunal is expected to hear the case in March.",
			[]string{"to hear Elin Varg's case in March"}, []string{"to hear the case in March"}},
		{"crime: the case of an arrested man",
			"Police arrested Tomas Vell on Monday. Prosecutors said the case would go to trial in May.",
			[]string{"Tomas Vell's case would go to trial"}, []string{"the case would go"}},
		{"two owners in reach",
			"Orvane Steel will cut 900 jobs and Kestrel Mills will cut 400 jobs. Unions said the cuts were unfair.",
			[]string{"the cuts were unfair"}, []string{"Orvane Steel's job cuts", "Kestrel Mills' job cuts"}},
		{"no named owner",
			"The hospital trust has suspended a senior surgeon after a review. The union said the suspension was premature.",
			[]string{"the suspension was premature"}, nil},
		{"another verb: cut back on",
			"Dunmore Polymers had cut back on safety staff, the union said. Workers said the cuts were dangerous.",
			[]string{"the cuts were dangerous"}, []string{"Dunmore Polymers' cuts"}},
		{"a noun phrase after the verb names the thing",
			"Corvane Motors is recalling 21,000 Aster cars. It is the second large recall for the Aster. Analysts said the recall could cost Corvane 90 million euros.",
			[]string{"the second large recall for the Aster could cost"}, nil},
	})
}

// TestSoCalledNamed checks that a thing given a name with "so-called" is
// what a later bare description of its noun stands for, even after an
// earlier description of another wording ("a city rule"). Names are
// invented.
func TestSoCalledNamed(t *testing.T) {
	runOpens(t, []opensCase{
		{"politics: a named rule after a described one",
			"Aldmoor's council passed a city rule on Monday that bans cars from the old town. The so-called \"clean core rule\" takes effect in May. Shop owners said the rule would hurt trade.",
			[]string{"the clean core rule would hurt trade"}, []string{"the city rule would hurt trade", "the rule would hurt trade"}},
		{"science: a named method",
			"Researchers at Dunmere University tested a so-called \"cold start\" method on 40 patients. Doctors said the method was promising.",
			[]string{"the cold start method was promising"}, []string{"the method was promising"}},
		{"transport: a named scheme",
			"Velmor introduced a so-called \"green pass\" scheme for lorries. Hauliers said the scheme was costly.",
			[]string{"the green pass scheme was costly"}, []string{"the scheme was costly"}},
		{"so-called with no name",
			"Velmor introduced a new toll for lorries, the so-called tax. Hauliers said the toll was costly.",
			[]string{"the toll was costly"}, nil},
	})
}

// TestSiteNamed checks that a plant, factory or facility is one thing
// under any of those words, and that "the plant run by Ostrel Chemicals"
// after a fuller phrase of the kind names whose it is, so that a later
// "the factory" is written with both; with two of the kind in reach the
// owner goes with the noun alone. Names are invented.
func TestSiteNamed(t *testing.T) {
	runOpens(t, []opensCase{
		{"disaster: an owner named after the site",
			"Three workers died when a fire broke out at a fertiliser factory in Ostby on Monday. The fire started in a storage hall at the plant run by Ostrel Chemicals, police said. The factory, which employs 400 people, was closed.",
			[]string{"Ostrel Chemicals' fertiliser factory"}, []string{"The factory"}},
		{"business: a factory, then the plant",
			"Korvane said it would close its Ludgate dishwasher factory next year. Workers said the plant was profitable.",
			[]string{"the Ludgate dishwasher factory was profitable"}, []string{"the plant was profitable"}},
		{"disaster: the site of a plant",
			"An explosion ripped through the Ostby fertiliser plant on Monday. Inspectors visited the site on Tuesday.",
			[]string{"the Ostby fertiliser plant"}, []string{"the site"}},
		{"science: a dig site is no plant",
			"Archaeologists uncovered an Iron Age harbour near Orrisby. Volunteers visited the site on Tuesday.",
			[]string{"the site"}, nil},
		{"two sites in reach",
			"Velcor runs a battery plant in Tarsel and a solar plant in Brenn. Workers said the plant run by Kasko Energy was unsafe. The factory was closed.",
			[]string{"The factory"}, []string{"Kasko Energy's battery plant", "Kasko Energy's solar plant", "The battery plant", "The solar plant"}},
	})
}

// TestThingsInside checks that a description inside an argument that a
// clause is, not only one an argument opens with, is written with the
// fuller phrase it stands for, and that a speaker's quoted words stay as
// said. Names are invented.
func TestThingsInside(t *testing.T) {
	runOpens(t, []opensCase{
		{"courts: a reported clause",
			"Ostrel Foods filed a patent lawsuit against Brenmark Mills in March. Brenmark said on Friday that it would fight the lawsuit.",
			[]string{"it would fight the patent lawsuit against Brenmark Mills"}, []string{"it would fight the lawsuit"}},
		{"disaster: a clause after a conjunction",
			"Firefighters battled the Keldane Valley wildfire for a fourth day on Monday. Police said they were investigating whether the fire had been started deliberately.",
			[]string{"they were investigating whether the Keldane Valley wildfire had been started"}, nil},
		{"science: an object's attachment",
			"Researchers at Dunmere University tested a new malaria vaccine in 400 children. The university said it had filed a patent application for the vaccine.",
			[]string{"a patent application for the new malaria vaccine"}, nil},
		{"a quotation stays as said",
			"Firefighters battled the Keldane Valley wildfire for a fourth day on Monday. \"We will beat the fire,\" said fire chief Ola Brenn.",
			[]string{"\"We will beat the fire,\""}, []string{"\"We will beat the Keldane Valley wildfire"}},
	})
}

// TestNewestNamed checks that "Velmora's newest phone" in a story about
// one device is that device, and that with two devices in reach, or in
// "the new phone market", it stays. Names are invented.
func TestNewestNamed(t *testing.T) {
	runOpens(t, []opensCase{
		{"technology: the maker's newest phone",
			"Velmora unveiled the Zentra 5 phone on Tuesday. The Zentra 5 has two cameras. Critics said the Zentra 5 was too expensive. Days later, Tarsel Reports declined to give Velmora's newest phone a recommended rating.",
			[]string{"Zentra 5 a recommended rating"}, []string{"Velmora's newest phone a recommended rating"}},
		{"two devices in reach",
			"Velmora unveiled the Zentra 5 phone and the Zentra 6 phone on Tuesday. Tarsel Reports declined to give Velmora's newest phone a recommended rating.",
			[]string{"Velmora's newest phone a recommended rating"}, nil},
		{"a market is no device",
			"Velmora unveiled the Zentra 5 phone on Tuesday. Analysts said the new phone market was crowded.",
			[]string{"the new phone market was crowded"}, nil},
	})
}
