package ner

import (
	"slices"
	"strings"
	"testing"
)

// harmoniseTests are documents of made-up names: each sentence is written
// "word/TAG" (TAG O when left out), with the tags the sentence model gave
// and the tags wanted after the document pass.
var harmoniseTests = []struct {
	name     string
	in, want []string
}{
	{
		name: "a body named by two fields joined with and",
		in: []string{"the Harbour and Coastal/B-ORG Safety/I-ORG Authority/I-ORG said", "The Tanning and Leather goods Regulatory/B-ORG Agency/I-ORG said",
			"the Ministry/B-ORG of/I-ORG Ports/I-ORG and Inland Waterways said", "the Brisk and Olden Trust fined Varnell/B-ORG Capital/I-ORG",
			"the Varn/B-ORG Courier/I-ORG and Ostel/B-ORG Post/I-ORG said", "the Ministry of Ports and Foreign Minister Ada/B-PERSON Pell/I-PERSON", "the Office for Harbour/B-ORG Safety/I-ORG and Standards said", "with the Mines and Quarries/B-ORG Inspectorate/I-ORG ./O"},
		want: []string{"the Harbour/B-ORG and/I-ORG Coastal/I-ORG Safety/I-ORG Authority/I-ORG said", "The Tanning/B-ORG and/I-ORG Leather/I-ORG goods/I-ORG Regulatory/I-ORG Agency/I-ORG said",
			"the Ministry/B-ORG of/I-ORG Ports/I-ORG and/I-ORG Inland/I-ORG Waterways/I-ORG said", "the Brisk/B-ORG and/I-ORG Olden/I-ORG Trust/I-ORG fined Varnell/B-ORG Capital/I-ORG",
			"the Varn/B-ORG Courier/I-ORG and Ostel/B-ORG Post/I-ORG said", "the Ministry of Ports and Foreign Minister Ada/B-PERSON Pell/I-PERSON", "the Office/B-ORG for/I-ORG Harbour/I-ORG Safety/I-ORG and/I-ORG Standards/I-ORG said", "with the Mines/B-ORG and/I-ORG Quarries/I-ORG Inspectorate/I-ORG ./O"},
	},
	{
		name: "a name, a possessive and an institution's word are one organisation",
		in:   []string{"taken to St/B-PERSON Varn/I-PERSON 's Hospital with burns", "at Ostel/B-ORG 's/I-ORG College/I-ORG in town", "Varn/B-ORG 's board met"},
		want: []string{"taken to St/B-ORG Varn/I-ORG 's/I-ORG Hospital/I-ORG with burns", "at Ostel/B-ORG 's/I-ORG College/I-ORG in town", "Varn/B-ORG 's board met"},
	},
	{
		name: "a dateline is not part of the name after it",
		in:   []string{"HALVERN/B-ORG —/I-ORG Corvane/I-ORG Electronics/I-ORG recalled watches", "VELMORA/B-ORG -/I-ORG Ostel/I-ORG said", "Ilse/B-ORG -/I-ORG Ostel/I-ORG said", "in/O San/B-ORG Jose/I-ORG -/I-ORG Ostel/I-ORG ./O"},
		want: []string{"HALVERN/B-ORG — Corvane/B-ORG Electronics/I-ORG recalled watches", "VELMORA/B-ORG - Ostel/B-ORG said", "Ilse/B-ORG -/I-ORG Ostel/I-ORG said", "in/O San/B-ORG Jose/I-ORG - Ostel/B-ORG ./O"},
	},
	{
		name: "majority type",
		in:   []string{"Zentrix/B-ORG hired staff", "Zentrix/B-ORG grew", "Zentrix/B-PERSON said"},
		want: []string{"Zentrix/B-ORG hired staff", "Zentrix/B-ORG grew", "Zentrix/B-ORG said"},
	},
	{
		name: "tie keeps each type",
		in:   []string{"Jorvan/B-LOC is hot", "Jorvan/B-PERSON said"},
		want: []string{"Jorvan/B-LOC is hot", "Jorvan/B-PERSON said"},
	},
	{
		name: "name tagged elsewhere",
		in:   []string{"Mr. Ilse/B-PERSON Quarmby/I-PERSON spoke", "Then Ilse Quarmby left"},
		want: []string{"Mr. Ilse/B-PERSON Quarmby/I-PERSON spoke", "Then Ilse/B-PERSON Quarmby/I-PERSON left"},
	},
	{
		name: "only the whole capitalised run",
		in:   []string{"Brevik/B-LOC is cold", "the Brevik Trail starts"},
		want: []string{"Brevik/B-LOC is cold", "the Brevik Trail starts"},
	},
	{
		name: "surname after the full name",
		in:   []string{"Ilse/B-PERSON Quarmby/I-PERSON spoke", "later Quarmby left"},
		want: []string{"Ilse/B-PERSON Quarmby/I-PERSON spoke", "later Quarmby/B-PERSON left"},
	},
	{
		name: "initials of a name",
		in:   []string{"the Housing/B-ORG Board/I-ORG of/I-ORG Varn/I-ORG Ostel/I-ORG said", "HBVO sued"},
		want: []string{"the Housing/B-ORG Board/I-ORG of/I-ORG Varn/I-ORG Ostel/I-ORG said", "HBVO/B-ORG sued"},
	},
	{
		name: "without the legal form",
		in:   []string{"Velmora/B-ORG ,/I-ORG Ltd./I-ORG opened", "Velmora grew"},
		want: []string{"Velmora/B-ORG ,/I-ORG Ltd./I-ORG opened", "Velmora/B-ORG grew"},
	},
	{
		name: "lower case",
		in:   []string{"Zentrix/B-ORG hired staff", "i like zentrix"},
		want: []string{"Zentrix/B-ORG hired staff", "i like zentrix/B-ORG"},
	},
	{
		name: "not a word the training text writes in lower case",
		in:   []string{"Today/B-ORG hired staff", "we met today"},
		want: []string{"Today/B-ORG hired staff", "we met today"},
	},
	{
		name: "known organisation beginning with a title",
		in:   []string{"General Motors/B-PERSON cut jobs", "shares of General/B-PERSON Electric/I-PERSON fell", "Admiral/B-PERSON Quarmby/I-PERSON spoke"},
		want: []string{"General/B-ORG Motors/I-ORG cut jobs", "shares of General/B-ORG Electric/I-ORG fell", "Admiral/B-PERSON Quarmby/I-PERSON spoke"},
	},
	{
		name: "known organisation of everyday words",
		// A run the model tagged in part is left to it.
		in:   []string{"retailers such as Best Buy cut prices", "then Best Buy/B-ORG Mobile/I-ORG opened"},
		want: []string{"retailers such as Best/B-ORG Buy/I-ORG cut prices", "then Best Buy/B-ORG Mobile/I-ORG opened"},
	},
	{
		name: "a name ending in a company's word, acting or repeated",
		in: []string{"Harlock Ferries said the route was safe", "the boats of Harlock/B-PERSON", "Ostel Appliances is recalling kettles", "Ostel said",
			"The Quarry Workers Federation said on Monday", "a ship operated by Brisvane Lines sank", "we read Trent Shipping reports online", "Brevik/B-LOC is cold", "the Brevik Foundation gave"},
		want: []string{"Harlock/B-ORG Ferries/I-ORG said the route was safe", "the boats of Harlock/B-PERSON", "Ostel/B-ORG Appliances/I-ORG is recalling kettles", "Ostel said",
			"The Quarry/B-ORG Workers/I-ORG Federation/I-ORG said on Monday", "a ship operated by Brisvane/B-ORG Lines/I-ORG sank", "we read Trent Shipping reports online", "Brevik/B-LOC is cold", "the Brevik/B-ORG Foundation/I-ORG gave"},
	},
	{
		name: "a company's name taken for a person or a place",
		in: []string{"Lumen/B-PERSON Devices/I-PERSON said", "Corvel/B-LOC Bank/I-LOC grew", "shares of Varnell/B-PERSON Therapeutics fell",
			"the Harlow/B-LOC Museum/I-LOC opened", "Ada/B-PERSON Power/I-PERSON said"},
		want: []string{"Lumen/B-ORG Devices/I-ORG said", "Corvel/B-ORG Bank/I-ORG grew", "shares of Varnell/B-ORG Therapeutics/I-ORG fell",
			"the Harlow/B-LOC Museum/I-LOC opened", "Ada/B-PERSON Power/I-PERSON said"},
	},
	{
		name: "a name after a noun for a kind of organisation",
		in: []string{"drugmaker Quellis Biotics said", "the cable operator Fibrenet , which", "Consumer group Clear/B-PERSON Deal/I-PERSON said",
			"the union representing dock workers , Harbour Crews Ostel/B-LOC , said", "the city 's bus operator , Trenway/B-PERSON Varn/I-PERSON , said",
			"Gridwell , the regional power company , said", "the patients ' association Voice of Harlow/B-LOC said"},
		want: []string{"drugmaker Quellis/B-ORG Biotics/I-ORG said", "the cable operator Fibrenet/B-ORG , which", "Consumer group Clear/B-ORG Deal/I-ORG said",
			"the union representing dock workers , Harbour/B-ORG Crews/I-ORG Ostel/I-ORG , said", "the city 's bus operator , Trenway/B-ORG Varn/I-ORG , said",
			"Gridwell/B-ORG , the regional power company , said", "the patients ' association Voice/B-ORG of/I-ORG Harlow/I-ORG said"},
	},
	{
		name: "not a person next to an organisation, nor a people's government",
		in: []string{"the head of the firm , Varn/B-PERSON , said", "the firm 's chief executive , Ilse/B-PERSON Varn/I-PERSON , said", "the club I joined",
			"the company , Ilse/B-PERSON Varn/I-PERSON , said", "the Iranian Government said", "Iranian Government said", "Analyst Team 1 met", "Analyst Team 2 met"},
		want: []string{"the head of the firm , Varn/B-PERSON , said", "the firm 's chief executive , Ilse/B-PERSON Varn/I-PERSON , said", "the club I joined",
			"the company , Ilse/B-PERSON Varn/I-PERSON , said", "the Iranian Government said", "Iranian Government said", "Analyst Team 1 met", "Analyst Team 2 met"},
	},
	{
		name: "a common noun opening a sentence is no person",
		in: []string{"Turnout/B-PERSON was 60 percent", "\" Flooding/B-PERSON was heavy", "then flooding spread", "Abstention/B-PERSON was high",
			"Quarmby/B-PERSON said no", "Ilse/B-PERSON Varn/I-PERSON spoke", "Varn/B-PERSON said", "Ostrel/B-PERSON ,", "Mareno/B-PERSON was there", "later Mareno/B-PERSON came"},
		want: []string{"Turnout was 60 percent", "\" Flooding was heavy", "then flooding spread", "Abstention was high",
			"Quarmby/B-PERSON said no", "Ilse/B-PERSON Varn/I-PERSON spoke", "Varn/B-PERSON said", "Ostrel/B-PERSON ,", "Mareno/B-PERSON was there", "later Mareno/B-PERSON came"},
	},
	{
		name: "a span's first word and type",
		in: []string{"The/B-ORG Harbour/I-ORG Party/I-ORG won", "Some/B-ORG Harbour/I-ORG Party/I-ORG members left", "The/B-LOC Ostel/I-LOC District/I-LOC is green",
			"at the University/B-LOC of/I-LOC Varnby/I-LOC", "the Bank/B-PERSON of/I-PERSON Ostmere/I-PERSON", "the Gulf/B-LOC of/I-LOC Varnby/I-LOC", "the Keswold/B-LOC Courier/I-LOC reported", "The/B-ORG Post/I-ORG said"},
		want: []string{"The Harbour/B-ORG Party/I-ORG won", "Some Harbour/B-ORG Party/I-ORG members left", "The/B-LOC Ostel/I-LOC District/I-LOC is green",
			"at the University/B-ORG of/I-ORG Varnby/I-ORG", "the Bank/B-ORG of/I-ORG Ostmere/I-ORG", "the Gulf/B-LOC of/I-LOC Varnby/I-LOC", "the Keswold/B-ORG Courier/I-ORG reported", "The/B-ORG Post/I-ORG said"},
	},
	{
		name: "an association named after the, through a plural's apostrophe",
		in: []string{"The Dockers ' Federation , which represents crews , said", "a report by the Harbour Tenants ' Union", "funded by the Varnby/B-LOC Marine/I-LOC Trust .",
			"the Ostel Foundation", "in the Ostel Valley", "The Ostel Trust", "Varnby Marine/B-PERSON Trust left"},
		want: []string{"The Dockers/B-ORG '/I-ORG Federation/I-ORG , which represents crews , said", "a report by the Harbour/B-ORG Tenants/I-ORG '/I-ORG Union/I-ORG",
			"funded by the Varnby/B-ORG Marine/I-ORG Trust/I-ORG .", "the Ostel/B-ORG Foundation/I-ORG", "in the Ostel Valley", "The Ostel/B-ORG Trust/I-ORG", "Varnby Marine/B-PERSON Trust left"},
	},
	{
		name: "a place whose demonym the document writes",
		in: []string{"Varnholia/B-PERSON raised tariffs", "Varnholian farmers protested", "trade with Ostmark fell", "the Ostmarkian minister left",
			"Victoria/B-PERSON Quarmby/I-PERSON spoke", "Victoria/B-PERSON left", "a Victorian house"},
		want: []string{"Varnholia/B-LOC raised tariffs", "Varnholian farmers protested", "trade with Ostmark/B-LOC fell", "the Ostmarkian minister left",
			"Victoria/B-PERSON Quarmby/I-PERSON spoke", "Victoria/B-PERSON left", "a Victorian house"},
	},
	{
		name: "a public body's office and a chamber of commerce",
		in:   []string{"The Varnby Chamber of Commerce , which represents shops , said", "The Harbour Safety Office said", "Corvel/B-PERSON Toys recalled drones", "in the Ostel Office of Lights"},
		want: []string{"The Varnby/B-ORG Chamber/I-ORG of/I-ORG Commerce/I-ORG , which represents shops , said", "The Harbour/B-ORG Safety/I-ORG Office/I-ORG said", "Corvel/B-ORG Toys/I-ORG recalled drones", "in the Ostel/B-ORG Office/I-ORG of/I-ORG Lights/I-ORG"},
	},
	{
		name: "a name the sentence places is no person",
		in: []string{"lies 60 miles west of Baton/B-PERSON Rouge/I-PERSON .", "a factory in Ostwick/B-PERSON Bridge/I-PERSON , England , closed",
			"talks with Ada/B-PERSON Pell/I-PERSON , France 's envoy", "a letter to Tom/B-PERSON Marsh/I-PERSON , Kent 's mayor", "link the road with the Marsh/B-PERSON Lane/I-PERSON industrial estate"},
		want: []string{"lies 60 miles west of Baton/B-LOC Rouge/I-LOC .", "a factory in Ostwick/B-LOC Bridge/I-LOC , England , closed",
			"talks with Ada/B-PERSON Pell/I-PERSON , France 's envoy", "a letter to Tom/B-PERSON Marsh/I-PERSON , Kent 's mayor", "link the road with the Marsh/B-LOC Lane/I-LOC industrial estate"},
	},
	{
		name: "a firm joined by '&' and an institution after a place are organisations",
		in: []string{"Carrick/B-LOC & Hale/B-LOC Bank/I-LOC has been fined", "managers at Kelvinbrae/B-LOC Royal/I-LOC Infirmary said", "Ada/B-PERSON & Tom/B-PERSON left",
			"the Journal/B-ORG of/I-ORG Asian/I-ORG Herpetology said"},
		want: []string{"Carrick/B-ORG &/I-ORG Hale/I-ORG Bank/I-ORG has been fined", "managers at Kelvinbrae/B-ORG Royal/I-ORG Infirmary/I-ORG said", "Ada/B-PERSON & Tom/B-PERSON left",
			"the Journal/B-ORG of/I-ORG Asian/I-ORG Herpetology/I-ORG said"},
	},
	{
		name: "a local council named in lower case",
		in:   []string{"the systems of Varnby city council failed", "Keswold/B-LOC town council voted", "The district council said", "Ostmere/B-PERSON county council met", "the British city council"},
		want: []string{"the systems of Varnby/B-ORG city/I-ORG council/I-ORG failed", "Keswold/B-ORG town/I-ORG council/I-ORG voted", "The district council said", "Ostmere/B-ORG county/I-ORG council/I-ORG met", "the British city council"},
	},
	{
		name: "a football club is no person or place",
		in:   []string{"signed from Dynamo/B-PERSON Varnby/I-PERSON", "against Ostmere/B-LOC United/I-LOC on Monday", "the United/B-LOC States/I-LOC", "Sporting/B-LOC Keswold/I-LOC won"},
		want: []string{"signed from Dynamo/B-ORG Varnby/I-ORG", "against Ostmere/B-ORG United/I-ORG on Monday", "the United/B-LOC States/I-LOC", "Sporting/B-ORG Keswold/I-ORG won"},
	},
	{
		name: "a name after a role is a person's",
		in:   []string{"youth coach Dorin/B-LOC Varga/I-LOC will lead", "the ambassador , Ostel/B-LOC Quarmby/I-LOC , left", "the mayor of Keswold/B-LOC Bay/I-LOC", "the coach Harlow/B-LOC Street/I-LOC"},
		want: []string{"youth coach Dorin/B-PERSON Varga/I-PERSON will lead", "the ambassador , Ostel/B-PERSON Quarmby/I-PERSON , left", "the mayor of Keswold/B-LOC Bay/I-LOC", "the coach Harlow/B-LOC Street/I-LOC"},
	},
	{
		name: "a town or a feature of the land read as a person, after a locative preposition",
		in: []string{"residents fled from Dunmere/B-PERSON Ridge/I-PERSON and the hamlet of Kessock/B-PERSON Vale/I-PERSON",
			"Dunmere/B-PERSON Ridge/I-PERSON is quiet", "Michael/B-PERSON Bay/I-PERSON flew to Kessock/B-PERSON Vale/I-PERSON", "Michael/B-PERSON Bay/I-PERSON said"},
		want: []string{"residents fled from Dunmere/B-LOC Ridge/I-LOC and the hamlet of Kessock/B-LOC Vale/I-LOC",
			"Dunmere/B-LOC Ridge/I-LOC is quiet", "Michael/B-PERSON Bay/I-PERSON flew to Kessock/B-LOC Vale/I-LOC", "Michael/B-PERSON Bay/I-PERSON said"},
	},
	{
		name: "a surname that is a feature word, with no place cue, stays a person",
		in:   []string{"Tarrant/B-PERSON Hill/I-PERSON said the plan would work", "Hill/B-PERSON left"},
		want: []string{"Tarrant/B-PERSON Hill/I-PERSON said the plan would work", "Hill/B-PERSON left"},
	},
	{
		name: "a dateline's place",
		in: []string{"VARNBY/B-ORG , March 3 ( Wire ) — Ostel/B-ORG sued", "OSTMERE/B-PERSON FALLS/I-PERSON , Aug 14 ( Wire ) — rain fell", "KESWOLD , June 2 ( Wire ) — it rained",
			"NASA/B-ORG , which", "MAY , 2 ( Wire )"},
		want: []string{"VARNBY/B-LOC , March 3 ( Wire ) — Ostel/B-ORG sued", "OSTMERE/B-LOC FALLS/I-LOC , Aug 14 ( Wire ) — rain fell", "KESWOLD/B-LOC , June 2 ( Wire ) — it rained",
			"NASA/B-ORG , which", "MAY , 2 ( Wire )"},
	},
	{
		name: "a body's word and of open a body's name after the",
		in: []string{"The Federation of Vormish/B-PERSON Growers/I-PERSON said", "a letter from the Union of Keldan/B-LOC Dockers/I-LOC ,", "the Council of Ostmere/B-LOC met",
			"the Office of Ada/B-PERSON Pell/I-PERSON said", "the Association of Vormish Bakers said"},
		want: []string{"The Federation/B-ORG of/I-ORG Vormish/I-ORG Growers/I-ORG said", "a letter from the Union/B-ORG of/I-ORG Keldan/I-ORG Dockers/I-ORG ,", "the Council/B-ORG of/I-ORG Ostmere/I-ORG met",
			"the Office of Ada/B-PERSON Pell/I-PERSON said", "the Association/B-ORG of/I-ORG Vormish/I-ORG Bakers/I-ORG said"},
	},
	{
		name: "a guild is a body",
		in:   []string{"a statement released through the League Managers ' Guild , he said", "the Harbour Pilots ' Guild said", "the Varnby Guild , which trains smiths ,"},
		want: []string{"a statement released through the League/B-ORG Managers/I-ORG '/I-ORG Guild/I-ORG , he said", "the Harbour/B-ORG Pilots/I-ORG '/I-ORG Guild/I-ORG said", "the Varnby/B-ORG Guild/I-ORG , which trains smiths ,"},
	},
	{
		name: "a name after a relative's noun is a person's",
		in: []string{"said Ada/B-PERSON Pell/I-PERSON , whose brother Ilian/B-ORG , a drill operator , was", "her son Teo/B-LOC Marr/I-LOC said", "his daughters Mira/B-ORG and Lenka/B-LOC live",
			"his wife Dorna left", "her son Jordan/B-LOC", "a sister company Varn/B-ORG Bank/I-ORG", "his cousin in Ostmere/B-LOC", "my brother I said"},
		want: []string{"said Ada/B-PERSON Pell/I-PERSON , whose brother Ilian/B-PERSON , a drill operator , was", "her son Teo/B-PERSON Marr/I-PERSON said", "his daughters Mira/B-PERSON and Lenka/B-PERSON live",
			"his wife Dorna/B-PERSON left", "her son Jordan/B-PERSON", "a sister company Varn/B-ORG Bank/I-ORG", "his cousin in Ostmere/B-LOC", "my brother I said"},
	},
	{
		name: "a word the document says is a place",
		in: []string{"the mine in northern Vardessa closed", "a fifth of Vardessa/B-PERSON 's output", "Ostrelia/B-PERSON 's competition regulator ruled", "investors know Ostrelia/B-PERSON is open",
			"KELMOUTH - Kelmouth/B-ORG City/I-ORG Council/I-ORG voted", "Kelmouth/B-PERSON council passes budget", "the capital of Dravenia , Orsk/B-LOC ,", "Dravenia/B-PERSON and Ostrelia/O signed"},
		want: []string{"the mine in northern Vardessa/B-LOC closed", "a fifth of Vardessa/B-LOC 's output", "Ostrelia/B-LOC 's competition regulator ruled", "investors know Ostrelia/B-LOC is open",
			"KELMOUTH - Kelmouth/B-ORG City/I-ORG Council/I-ORG voted", "Kelmouth/B-LOC council passes budget", "the capital of Dravenia/B-LOC , Orsk/B-LOC ,", "Dravenia/B-LOC and Ostrelia/B-LOC signed"},
	},
	{
		name: "a person's surname before a government is no place",
		in:   []string{"Prime Minister Ada/B-PERSON Hale/I-PERSON spoke", "Hale/B-PERSON 's government fell", "Hale/B-PERSON said", "Mira/B-PERSON 's government"},
		want: []string{"Prime Minister Ada/B-PERSON Hale/I-PERSON spoke", "Hale/B-PERSON 's government fell", "Hale/B-PERSON said", "Mira/B-PERSON 's government"},
	},
	{
		name: "names before a noun for a place or a work on the land",
		in: []string{"the Kellen/B-PERSON and Ombrasi/B-LOC reservoirs were low", "a fire in the Varrow/B-PERSON Ridge/I-PERSON hills spread", "the Ostel/B-PERSON pipeline leaked",
			"the Dorna , Kesk and Mavis/B-PERSON rivers rose", "the Halvard/B-ORG mine closed", "the Ostel/B-PERSON and Ada/B-PERSON Marr/I-PERSON reservoir"},
		want: []string{"the Kellen/B-LOC and Ombrasi/B-LOC reservoirs were low", "a fire in the Varrow/B-LOC Ridge/I-LOC hills spread", "the Ostel/B-LOC pipeline leaked",
			"the Dorna/B-LOC , Kesk/B-LOC and Mavis/B-LOC rivers rose", "the Halvard/B-ORG mine closed", "the Ostel/B-PERSON and Ada/B-PERSON Marr/I-PERSON reservoir"},
	},
	{
		name: "a name before a noun for a kind of organisation",
		in: []string{"where the Red/B-PERSON Lantern/I-PERSON relief agency set up beds", "the Varrow/B-PERSON charity said", "the Ada/B-PERSON Marr/I-PERSON group of companies",
			"Ada/B-PERSON Marr/I-PERSON charity work"},
		want: []string{"where the Red/B-ORG Lantern/I-ORG relief agency set up beds", "the Varrow/B-ORG charity said", "the Ada/B-PERSON Marr/I-PERSON group of companies",
			"Ada/B-PERSON Marr/I-PERSON charity work"},
	},
	{
		name: "an outlet named by the words before it",
		in: []string{"the lawyer told The Quarry that the firm disagrees", "in a memo seen by The Quarry , she said", "according to The Varnby Bugle , rents rose", "has written for The Quarry since 2019",
			"he said in an interview with The Lantern Review that"},
		want: []string{"the lawyer told The/B-ORG Quarry/I-ORG that the firm disagrees", "in a memo seen by The/B-ORG Quarry/I-ORG , she said", "according to The/B-ORG Varnby/I-ORG Bugle/I-ORG , rents rose", "has written for The/B-ORG Quarry/I-ORG since 2019",
			"he said in an interview with The/B-ORG Lantern/I-ORG Review/I-ORG that"},
	},
	{
		name: "no outlet without words that name one",
		in:   []string{"The Quarry is a hill", "we read The Long Winter again", "flights to The Hague", "he told The Hague court"},
		want: []string{"The Quarry is a hill", "we read The Long Winter again", "flights to The Hague", "he told The Hague court"},
	},
	{
		name: "an organisation's name without its last word",
		in:   []string{"the investment group Varrow/B-ORG Crest/I-ORG Capital/I-ORG bought it", "Varrow/B-PERSON Crest/I-PERSON said it plans", "Varrow/B-LOC Crest/I-LOC denied", "Varrow/B-PERSON Crest/I-PERSON left"},
		want: []string{"the investment group Varrow/B-ORG Crest/I-ORG Capital/I-ORG bought it", "Varrow/B-ORG Crest/I-ORG said it plans", "Varrow/B-ORG Crest/I-ORG denied", "Varrow/B-ORG Crest/I-ORG left"},
	},
	{
		name: "a short name of two words after its two last words",
		in:   []string{"Ostel/B-ORG Varr/I-ORG Mining/I-ORG Group/I-ORG said", "Ostel/B-PERSON Varr/I-PERSON denied it", "Ostel/B-PERSON Varr/I-PERSON fell"},
		want: []string{"Ostel/B-ORG Varr/I-ORG Mining/I-ORG Group/I-ORG said", "Ostel/B-ORG Varr/I-ORG denied it", "Ostel/B-ORG Varr/I-ORG fell"},
	},
	{
		name: "a person's or a place's name is no short name",
		in:   []string{"Ada/B-PERSON Dellmar/I-PERSON founded Ada/B-ORG Dellmar/I-ORG Systems/I-ORG", "Ada/B-PERSON Dellmar/I-PERSON said", "Sarven/B-LOC Bay/I-LOC grew", "Sarven/B-LOC Bay/I-LOC signed", "Sarven/B-ORG Bay/I-ORG Energy/I-ORG", "Sarven/B-PERSON Bay/I-PERSON said"},
		want: []string{"Ada/B-PERSON Dellmar/I-PERSON founded Ada/B-ORG Dellmar/I-ORG Systems/I-ORG", "Ada/B-PERSON Dellmar/I-PERSON said", "Sarven/B-LOC Bay/I-LOC grew", "Sarven/B-LOC Bay/I-LOC signed", "Sarven/B-ORG Bay/I-ORG Energy/I-ORG", "Sarven/B-LOC Bay/I-LOC said"},
	},
	{
		name: "a club's word alone",
		in:   []string{"Varnby/B-ORG Athletic/I-ORG Football/I-ORG Club/I-ORG agreed", "I believe Athletic can win", "a former Athletic captain", "the athletic director"},
		want: []string{"Varnby/B-ORG Athletic/I-ORG Football/I-ORG Club/I-ORG agreed", "I believe Athletic/B-ORG can win", "a former Athletic/B-ORG captain", "the athletic director"},
	},
	{
		name: "a compass word opens a region's name after a locative preposition",
		in: []string{"a state of emergency across Southern Varrel on Monday", "fires in North Ostmere and", "floods in Upper Kesk Valley ,",
			"members in Northern Miners Federation", "sent to Western GA team", "from North to South", "the Southern Varrel/B-LOC"},
		want: []string{"a state of emergency across Southern/B-LOC Varrel/I-LOC on Monday", "fires in North/B-LOC Ostmere/I-LOC and", "floods in Upper/B-LOC Kesk/I-LOC Valley/I-LOC ,",
			"members in Northern Miners Federation", "sent to Western GA team", "from North to South", "the Southern Varrel/B-LOC"},
	},
	{
		name: "a club a fixture names",
		in: []string{"Saturday 's home game against Varnby/B-LOC City/I-LOC .", "a 2-1 win over Kessbridge Town on Sunday", "they lost 3-0 to Ostel/B-LOC County/I-LOC", "flights to Mexico/B-LOC City/I-LOC", "a game played in Varnby/B-LOC City/I-LOC",
			"talks with Ostel/B-LOC City/I-LOC council"},
		want: []string{"Saturday 's home game against Varnby/B-ORG City/I-ORG .", "a 2-1 win over Kessbridge/B-ORG Town/I-ORG on Sunday", "they lost 3-0 to Ostel/B-ORG County/I-ORG", "flights to Mexico/B-LOC City/I-LOC", "a game played in Varnby/B-LOC City/I-LOC",
			"talks with Ostel/B-LOC City/I-LOC council"},
	},
	{
		name: "a name after a noun for what a person does",
		in: []string{"said the novelist Rui/B-LOC Tavares Monteiro/B-LOC , a student", "the poet Ana/B-ORG Varrel/I-ORG read", "coach Ada Marr/B-LOC Dunne said", "the lawyer Ada/B-PERSON Marr/I-PERSON said",
			"the editor Jordan/B-LOC Valley/I-LOC Press", "the writer Ada Shipping said", "the reporter Ada/B-PERSON told"},
		want: []string{"said the novelist Rui/B-PERSON Tavares/I-PERSON Monteiro/I-PERSON , a student", "the poet Ana/B-PERSON Varrel/I-PERSON read", "coach Ada/B-PERSON Marr/I-PERSON Dunne/I-PERSON said", "the lawyer Ada/B-PERSON Marr/I-PERSON said",
			"the editor Jordan/B-LOC Valley/I-LOC Press", "the writer Ada Shipping said", "the reporter Ada/B-PERSON told"},
	},
	{
		name: "a lone word joined to an organisation or a place",
		in: []string{"Retailers including Varn/B-ORG Stores/I-ORG and Rovel/B-PERSON removed it", "jobs at its yards in Aldholm/B-LOC and Pennow/B-PERSON until 2031", "Kesk/B-PERSON or Ostel/B-ORG Bank/I-ORG will buy",
			"the Food/B-ORG and/I-ORG Drug/I-ORG Administration/I-ORG", "Varn/B-ORG Stores/I-ORG and Ada/B-PERSON", "Ada/B-PERSON Quarmby/I-PERSON founded it", "Varn/B-ORG Stores/I-ORG and Quarmby/B-PERSON agreed"},
		want: []string{"Retailers including Varn/B-ORG Stores/I-ORG and Rovel/B-ORG removed it", "jobs at its yards in Aldholm/B-LOC and Pennow/B-LOC until 2031", "Kesk/B-ORG or Ostel/B-ORG Bank/I-ORG will buy",
			"the Food/B-ORG and/I-ORG Drug/I-ORG Administration/I-ORG", "Varn/B-ORG Stores/I-ORG and Ada/B-PERSON", "Ada/B-PERSON Quarmby/I-PERSON founded it", "Varn/B-ORG Stores/I-ORG and Quarmby/B-PERSON agreed"},
	},
	{
		name: "a neighbouring country",
		in:   []string{"Neighbouring Valdra/B-PERSON sent two planes", "aid from Valdra/B-PERSON arrived"},
		want: []string{"Neighbouring Valdra/B-LOC sent two planes", "aid from Valdra/B-LOC arrived"},
	},
	{
		name: "a name before a title only an organisation gives",
		in: []string{"this was announced by Varnix CEO Ada/B-PERSON Marr/I-PERSON on Monday", "said Ostelca/B-PERSON chief executive Ada/B-PERSON Marr/I-PERSON", "the Kesk Holdings chairman Ada/B-PERSON Marr/I-PERSON",
			"French/B-LOC CEO Ada/B-PERSON Marr/I-PERSON", "London/B-LOC chief executive Ada/B-PERSON Marr/I-PERSON", "Davis/B-PERSON spokesman Ada/B-PERSON Marr/I-PERSON", "Ada/B-PERSON Marr/I-PERSON , Varnix CEO , said"},
		want: []string{"this was announced by Varnix/B-ORG CEO Ada/B-PERSON Marr/I-PERSON on Monday", "said Ostelca/B-ORG chief executive Ada/B-PERSON Marr/I-PERSON", "the Kesk/B-ORG Holdings/I-ORG chairman Ada/B-PERSON Marr/I-PERSON",
			"French/B-LOC CEO Ada/B-PERSON Marr/I-PERSON", "London/B-LOC chief executive Ada/B-PERSON Marr/I-PERSON", "Davis/B-PERSON spokesman Ada/B-PERSON Marr/I-PERSON", "Ada/B-PERSON Marr/I-PERSON , Varnix CEO , said"},
	},
	{
		name: "a team's game",
		in:   []string{"I have a ticket for the Harriers game on Sat.", "a lesson from the Varn game last season", "after the World Cup game", "the Saturday game", "the Iranian game", "the Mexico/B-LOC game"},
		want: []string{"I have a ticket for the Harriers/B-ORG game on Sat.", "a lesson from the Varn/B-ORG game last season", "after the World Cup game", "the Saturday game", "the Iranian game", "the Mexico/B-LOC game"},
	},
	{
		name: "a US postal address",
		in: []string{"17611 Loring Lane , Spring , TX 77388-5746 ( 281 )", "One Sullivan Road Holyoke , MA 01040-2841", "1027 Jolson Court Manchester , N.J. 08759", "mail GSB Stanford CA/B-ORG 94305-5015 USA",
			"Varn/B-ORG Ostel/I-ORG , TX 77002", "we paid 20 , OK 12345 times", "starting from Varnby/B-PERSON , NC ( RDU Airport )", "with Ada/B-PERSON Marr/I-PERSON , MD , a doctor", "Ostel , OK Kesk said", "we flew to Varnby , NC/B-PERSON"},
		want: []string{"17611 Loring Lane , Spring/B-LOC , TX/B-LOC 77388-5746 ( 281 )", "One Sullivan Road Holyoke/B-LOC , MA/B-LOC 01040-2841", "1027 Jolson Court Manchester/B-LOC , N.J./B-LOC 08759", "mail GSB Stanford/B-LOC CA/B-LOC 94305-5015 USA",
			"Varn/B-LOC Ostel/I-LOC , TX/B-LOC 77002", "we paid 20 , OK/B-LOC 12345 times", "starting from Varnby/B-LOC , NC/B-LOC ( RDU Airport )", "with Ada/B-PERSON Marr/I-PERSON , MD , a doctor", "Ostel , OK Kesk said", "we flew to Varnby/B-LOC , NC/B-LOC"},
	},
	{
		name: "a club that signs or sacks a player or a manager",
		in: []string{"Varnby/B-LOC Town/I-LOC sacked manager Ada/B-PERSON Marr/I-PERSON on Monday", "Ostel City have signed Croatian striker Ada/B-PERSON Marr/I-PERSON", "Kesk/B-LOC County/I-LOC appointed a new chief executive",
			"Mexico/B-LOC City/I-LOC has signed a deal"},
		want: []string{"Varnby/B-ORG Town/I-ORG sacked manager Ada/B-PERSON Marr/I-PERSON on Monday", "Ostel/B-ORG City/I-ORG have signed Croatian striker Ada/B-PERSON Marr/I-PERSON", "Kesk/B-LOC County/I-LOC appointed a new chief executive",
			"Mexico/B-LOC City/I-LOC has signed a deal"},
	},
	{
		name: "a town of a US address elsewhere",
		in:   []string{"cheap tickets from Varnby/B-PERSON to Manila", "I start from Varnby/B-PERSON , NC ( RDU Airport )", "Varnby/B-PERSON to Chicago , then Seoul"},
		want: []string{"cheap tickets from Varnby/B-LOC to Manila", "I start from Varnby/B-LOC , NC/B-LOC ( RDU Airport )", "Varnby/B-LOC to Chicago , then Seoul"},
	},
	{
		name: "rules at the edges of a sentence (found by FuzzDocumentRules)",
		in:   []string{"they quit the Kessa/B-PERSON Federation", "he met Omar el-Tahrir/B-LOC Square/I-LOC", "mail it to Palo/B-PERSON Alto/I-PERSON CA/I-PERSON 94305"},
		want: []string{"they quit the Kessa/B-ORG Federation/I-ORG", "he met Omar el-Tahrir/B-LOC Square/I-LOC", "mail it to Palo/B-LOC Alto/I-LOC CA/B-LOC 94305"},
	},
	{
		name: "the town a new person is from, between an age and a noun for a person",
		in:   []string{"a 61-year-old Dunmore/B-PERSON Vale/I-PERSON man has died", "a 34-year-old Kessby woman was hurt", "the 45-year-old Marta/B-PERSON Quill/I-PERSON said", "a 30-year-old Kessby/B-ORG Ltd/I-ORG driver"},
		want: []string{"a 61-year-old Dunmore/B-LOC Vale/I-LOC man has died", "a 34-year-old Kessby/B-LOC woman was hurt", "the 45-year-old Marta/B-PERSON Quill/I-PERSON said", "a 30-year-old Kessby/B-ORG Ltd/I-ORG driver"},
	},
	{
		name: "no names",
		in:   []string{"we met today", "Then we left"},
		want: []string{"we met today", "Then we left"},
	},
}

// parseTagged splits "word/TAG word ..." into words and tags.
func parseTagged(s string) (words, tags []string) {
	for _, f := range strings.Fields(s) {
		w, t, ok := strings.Cut(f, "/")
		if !ok {
			t = "O"
		}
		words, tags = append(words, w), append(tags, t)
	}
	// no room past the end, so that a rule that reads past a sentence
	// panics here as it would at run time
	return slices.Clip(words), slices.Clip(tags)
}

func TestHarmonise(t *testing.T) {
	m := trainToy(t) // its lexicon knows "today" in lower case
	for _, tt := range harmoniseTests {
		t.Run(tt.name, func(t *testing.T) {
			var words, tags, want [][]string
			for i := range tt.in {
				w, g := parseTagged(tt.in[i])
				_, x := parseTagged(tt.want[i])
				words, tags, want = append(words, w), append(tags, g), append(want, x)
			}
			m.harmonise(words, tags)
			for i := range tags {
				if !slices.Equal(tags[i], want[i]) {
					t.Errorf("sentence %d %q: tags %q, want %q", i, words[i], tags[i], want[i])
				}
			}
		})
	}
}

func TestRecognizeDocument(t *testing.T) {
	m := trainToy(t)
	words := [][]string{
		{"We", "met", "Cleo", "Wolde", "in", "Harlow", "today", "."},
		{},
		{"Cleo", "Wolde", "left", "."},
	}
	xpos := [][]string{{"PRP", "VBD", "NNP", "NNP", "IN", "NNP", "NN", "."}} // the others have none
	got := m.RecognizeDocument(words, xpos)
	if len(got) != len(words) {
		t.Fatalf("RecognizeDocument: %d sentences, want %d", len(got), len(words))
	}
	for i := range words {
		if len(got[i]) != len(words[i]) {
			t.Errorf("sentence %d: %d tags for %d words", i, len(got[i]), len(words[i]))
		}
	}
	// The sentence model's tags, then the document pass.
	want := make([][]string, len(words))
	for i := range words {
		var x []string
		if i < len(xpos) {
			x = xpos[i]
		}
		want[i] = m.Recognize(words[i], x)
	}
	m.harmonise(words, want)
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("sentence %d: %q, want %q", i, got[i], want[i])
		}
	}
}

// kindsTests are documents (as harmoniseTests) with products' and events'
// names the sentence model took for people and places.
var kindsTests = []struct {
	name     string
	in, want []string
}{
	{
		name: "operating system with a code name",
		in:   []string{"Brontel shipped Kelp OS/B-PERSON 7.2/I-PERSON Otter/I-PERSON today", "users of Otter/B-PERSON complained", "Kelp/B-PERSON sold well"},
		want: []string{"Brontel shipped Kelp OS 7.2 Otter today", "users of Otter complained", "Kelp sold well"},
	},
	{
		name: "code name only after the marker",
		in:   []string{"the Varo OS X Marten release", "Marten/B-ORG is faster", "Ines/B-PERSON Varo/I-PERSON said"},
		want: []string{"the Varo OS X Marten release", "Marten is faster", "Ines/B-PERSON Varo/I-PERSON said"},
	},
	{
		name: "named as a release of software",
		in:   []string{"its new operating system , Grey Heron/B-PERSON , ships soon", "Osprey/B-PERSON , the newest version of Varo , is out", "Heron/B-PERSON sold well, and so did Osprey/B-PERSON"},
		want: []string{"its new operating system , Grey Heron , ships soon", "Osprey , the newest version of Varo , is out", "Heron sold well, and so did Osprey"},
	},
	{
		name: "a person after a comma is not a release",
		in:   []string{"Ines/B-PERSON Varo/I-PERSON , the head of the board , spoke", "the system , Ines/B-PERSON said"},
		want: []string{"Ines/B-PERSON Varo/I-PERSON , the head of the board , spoke", "the system , Ines/B-PERSON said"},
	},
	{
		name: "model code in a person's span",
		in:   []string{"the Zephon/B-PERSON Z4X/I-PERSON arrived"},
		want: []string{"the Zephon Z4X arrived"},
	},
	{
		name: "a title after a firm in lower case with a capital",
		in:   []string{"zBay CEO Ines/B-PERSON Marten/I-PERSON said", "Marten/B-PERSON left"},
		want: []string{"zBay CEO Ines/B-PERSON Marten/I-PERSON said", "Marten/B-PERSON left"},
	},
	{
		name: "ordinals and room numbers are not model codes",
		in:   []string{"room 3801a Dunmore/B-LOC office", "the 4th Harlan/B-PERSON Veck/I-PERSON"},
		want: []string{"room 3801a Dunmore/B-LOC office", "the 4th Harlan/B-PERSON Veck/I-PERSON"},
	},
	{
		name: "a place's name is not written with a capital inside",
		in:   []string{"it runs on QuillChip/B-LOC processors", "flights to McAllen/B-LOC and DeKalb/B-LOC"},
		want: []string{"it runs on QuillChip processors", "flights to McAllen/B-LOC and DeKalb/B-LOC"},
	},
	{
		name: "event after a place",
		in:   []string{"leaders met at the Korvik/B-LOC Summit/B-LOC on Monday", "the summit/B-LOC ended"},
		want: []string{"leaders met at the Korvik/B-LOC Summit on Monday", "the summit ended"},
	},
	{
		name: "event name of one span",
		in:   []string{"the Velden/B-PERSON Conference/I-PERSON opened", "the Lirra/B-LOC Festival/I-LOC drew crowds"},
		want: []string{"the Velden Conference opened", "the Lirra Festival drew crowds"},
	},
	{
		name: "an app's name",
		in:   []string{"Varnix/B-ORG runs the popular Quell/B-PERSON messaging and payments app", "How the Quell/B-PERSON hack unfolded", "its Dorla/B-PERSON app", "the Ada/B-PERSON Marr/I-PERSON foundation"},
		want: []string{"Varnix/B-ORG runs the popular Quell messaging and payments app", "How the Quell hack unfolded", "its Dorla app", "the Ada/B-PERSON Marr/I-PERSON foundation"},
	},
	{
		name: "products' names before a product's noun",
		in: []string{"the recall covers the Varnby/B-LOC Lumo/I-LOC and Lumo/B-PERSON Plus/I-PERSON models made in 2024", "recalling about 212,000 Ostra/B-PERSON and Ostra/B-PERSON Sport/I-PERSON hatchbacks",
			"the Kesk/B-LOC Lumo/I-LOC 2 and Lumo 2 Mini models", "Lumo/B-PERSON sold well", "the Ada/B-PERSON Marr/I-PERSON cars"},
		want: []string{"the recall covers the Varnby Lumo and Lumo Plus models made in 2024", "recalling about 212,000 Ostra and Ostra Sport hatchbacks",
			"the Kesk Lumo 2 and Lumo 2 Mini models", "Lumo sold well", "the Ada Marr cars"},
	},
	{
		name: "a maker's name alone is no product's",
		in:   []string{"Varnby/B-ORG Appliances/I-ORG recalled kettles", "the Varnby/B-LOC Lumo/I-LOC and Lumo/B-PERSON Plus/I-PERSON models", "Varnby/B-PERSON said"},
		want: []string{"Varnby/B-ORG Appliances/I-ORG recalled kettles", "the Varnby Lumo and Lumo Plus models", "Varnby/B-PERSON said"},
	},
	{
		name: "a firm named by its app keeps its type",
		in:   []string{"users of the Varnix/B-ORG app", "Varnix/B-ORG said"},
		want: []string{"users of the Varnix/B-ORG app", "Varnix/B-ORG said"},
	},
	{
		name: "a town named like an event, and organisations",
		in:   []string{"homes in Summit/B-LOC and Dunmore/B-LOC", "the Dunmore/B-ORG Conference/I-ORG voted"},
		want: []string{"homes in Summit/B-LOC and Dunmore/B-LOC", "the Dunmore/B-ORG Conference/I-ORG voted"},
	},
}

func TestProductsAndEvents(t *testing.T) {
	m := trainToy(t)
	for _, tt := range kindsTests {
		t.Run(tt.name, func(t *testing.T) {
			var words, tags, want [][]string
			for i := range tt.in {
				w, g := parseTagged(tt.in[i])
				_, x := parseTagged(tt.want[i])
				words, tags, want = append(words, w), append(tags, g), append(want, x)
			}
			m.harmonise(words, tags)
			for i := range tags {
				if !slices.Equal(tags[i], want[i]) {
					t.Errorf("sentence %d %q: tags %q, want %q", i, words[i], tags[i], want[i])
				}
			}
		})
	}
}

func TestInnerCapital(t *testing.T) {
	for w, want := range map[string]bool{
		"PowerPC": true, "GarageBand": true, "QuillChip": true,
		"McAllen": false, "MacGregor": false, "DeKalb": false, "Paris": false, "NASA": false, "iPhone": false, "US": false,
	} {
		if got := innerCapital(w); got != want {
			t.Errorf("innerCapital(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestProductMarker(t *testing.T) {
	for w, want := range map[string]bool{
		"OS": true, "iPhone": true, "zBay": true, "3GS": true, "S5": true, "10.4": true, "2.0": true,
		"4th": false, "1990s": false, "3801a": false, "2024": false, "Lion": false, "os": false, "10.": false, "1.2.3": false, "A-1": false,
	} {
		if got := productMarker(w); got != want {
			t.Errorf("productMarker(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestVerbInNames(t *testing.T) {
	for _, tt := range []struct{ in, xpos, want string }{
		{"he said Varn/B-PERSON saw/I-PERSON Ostel/I-PERSON as a partner", "PRP VBD NNP VBD NNP IN DT NN", "he said Varn/B-PERSON saw Ostel/B-PERSON as a partner"},
		{"Ada/B-PERSON likes/I-PERSON tea", "NNP VBZ NN", "Ada/B-PERSON likes tea"},
		{"Ludwig/B-PERSON van/I-PERSON Beet/I-PERSON wrote", "NNP NNP NNP VBD", "Ludwig/B-PERSON van/I-PERSON Beet/I-PERSON wrote"},
		{"Ada/B-ORG runs/I-ORG Ostel/I-ORG", "NNP VBZ NNP", "Ada/B-ORG runs/I-ORG Ostel/I-ORG"},
	} {
		ws, ts := parseTagged(tt.in)
		_, want := parseTagged(tt.want)
		verbInNames(ws, strings.Fields(tt.xpos), ts)
		if !slices.Equal(ts, want) {
			t.Errorf("%q: tags %q, want %q", tt.in, ts, want)
		}
	}
}
