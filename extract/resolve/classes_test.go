package resolve_test

import (
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/resolve"
)

// The error classes of issue 12, each on a text written for this test (the
// people, firms and places are invented). Every case resolves its own
// documents.
var classTests = []struct {
	name string
	docs []string
	// same lists surface forms that must be aliases of one entity; apart
	// lists pairs that must not share one.
	same  [][]string
	apart [][2]string
	// tokens: the entity a word of a sentence resolves to ("" = none).
	tokens []tokenWant
	// types: the type an entity named so must have; absent: no entity may
	// have this alias.
	types  map[string]string
	absent []string
}{
	{
		name: "a subject 'it' after a sentence about a thing no entity names is left unbound, not given to an older entity",
		docs: []string{"The Coastal Health Authority (CHA) said 40 people had fallen ill. Typhoid is a bacterial infection spread through dirty water. It causes high fever and can kill if left untreated.",
			"The Coastal Health Authority said 40 people had fallen ill. The outbreak began in a school. It said the risk to the public was low."},
		tokens: []tokenWant{{0, "It causes", "It", ""}, {1, "It said", "It", "Coastal Health Authority"}},
	},
	{
		name: "a law is named after 'the' with Bill or Act at its end, and 'the bill' is that law; a person named Bill is not",
		docs: []string{"The National Assembly passed the Fair Wages Bill on Tuesday. The bill raises the minimum wage by 6 percent. Unions held a rally. Employers were angry. Shops may close. Analysts said the bill went too far.",
			"Ministers invoked the Clean Rivers Act on Friday. The act allows fines of up to one million korun.",
			"President Bill Orrin signed the order. Bill Orrin said it would take effect in May."},
		tokens: []tokenWant{{0, "The bill raises", "bill", "Fair Wages Bill"}, {0, "the bill went", "bill", "Fair Wages Bill"}, {1, "The act allows", "act", "Clean Rivers Act"}},
		types:  map[string]string{"Fair Wages Bill": "DOC", "Clean Rivers Act": "DOC", "Bill Orrin": "PERSON"},
		absent: []string{"Bill", "President Bill"},
	},
	{
		name: "a new person brought in by age ('a 34-year-old man has been charged') is the one person the story gives that age, named after or before",
		docs: []string{"A 34-year-old man has been charged with the theft. Callum Reyes, 34, of Hill Street, appeared in court on Monday.",
			"Ada Brin, 51, runs the farm. A 51-year-old woman was injured when a tractor overturned.",
			"A 34-year-old man has been charged with the theft. Callum Reyes, of Hill Street, appeared in court on Monday.",
			"A 40-year-old man was arrested. Tom Hale, 40, and Ivo Lund, 40, were questioned.",
			"A 29-year-old woman was arrested. Tom Hale, 29, was questioned.",
			"A 61-year-old Dunmore Vale man has died after a fall. He was named as Ewan Pryce, 61, a retired teacher."},
		tokens: []tokenWant{{0, "34-year-old man has", "man", "Callum Reyes"}, {1, "51-year-old woman was", "woman", "Ada Brin"},
			{2, "34-year-old man has", "man", ""}, {3, "40-year-old man was", "man", ""}, {4, "29-year-old woman was", "woman", ""},
			{5, "Vale man has", "man", "Ewan Pryce"}},
	},
	{
		name: "a new organisation of a kind in the lead ('A paint manufacturer has been fined') is the one of that kind the story names most",
		docs: []string{"A paint manufacturer has been fined 800,000 pounds after a leak. Harlow Coatings Ltd admitted two charges. Harlow Coatings said it was sorry.",
			"A supermarket chain has been fined after a customer was hurt. The Food Safety Agency said the floor was wet.",
			"A software company has been fined. Orvik Systems Ltd and Delta Code Ltd were both named in the ruling. Orvik Systems said it would appeal. Delta Code said it would pay."},
		tokens: []tokenWant{{0, "paint manufacturer has", "manufacturer", "Harlow Coatings Ltd"}, {1, "supermarket chain has", "chain", ""},
			{2, "software company has", "company", ""}},
	},
	{
		name:   "a model's name, a capitalised word, a hyphen and a number, is a name of its own; a time is not",
		docs:   []string{"The Aurel-2 satellite was lost on Tuesday. In Mid-2020 the agency ordered it."},
		types:  map[string]string{"Aurel-2": "MISC"},
		absent: []string{"Mid-2020"},
	},
	{
		name: "a land feature named by its first word with 'the' in one story and in full in another is one place",
		docs: []string{"Troops will leave the Keshet Peninsula within three years, the ministry said on Monday.",
			"Settlers in the Keshet protested against the plan on Tuesday.",
			"Farmers in the Jordan Valley lost their crops. Jordan asked for aid on Friday."},
		same:  [][]string{{"Keshet", "Keshet Peninsula"}},
		apart: [][2]string{{"Jordan", "Jordan Valley"}},
	},
	{
		name: "a title with 'of' and its office stays whole before the name",
		docs: []string{"Secretary of State Ilan Varga will join the talks. Varga said he was hopeful.",
			"Minister of Finance Ana Holm resigned on Monday. Holm said she was tired."},
		same:   [][]string{{"Ilan Varga", "Secretary of State Ilan Varga"}, {"Ana Holm", "Minister of Finance Ana Holm"}},
		absent: []string{"State Ilan Varga", "Finance Ana Holm"},
	},
	{
		name: "he or she reported by an unnamed person is that person, not a name before",
		docs: []string{"The plant was too small to compete with Varko. The mayor said she had not been told of the spill until Friday.",
			"Dara Holm chairs the board. A spokeswoman said she could not comment on the claims.",
			"The mayor, Ida Renn, said she had not been told of the spill until Friday.",
			"Ida Renn thanked the crews. She said the town was safe."},
		tokens: []tokenWant{{0, "said she had", "she", ""}, {1, "said she could", "she", ""},
			{2, "said she had", "she", "Ida Renn"}, {3, "She said", "She", "Ida Renn"}},
	},
	{
		name: "an abbreviated office or rank before a name is a title, not a first name",
		docs: []string{"Councillor Mabel Strand, who chairs the planning committee, said the car park would close. Cllr Strand said the decision was final.",
			"Det Supt Owen Hale said officers had arrested a man. Supt Hale said the man was 34.",
			"Pte Ivo Darrow was injured in the blast. Darrow is in a stable condition."},
		same: [][]string{{"Mabel Strand", "Cllr Strand"}, {"Owen Hale", "Supt Hale"}, {"Ivo Darrow", "Darrow"}},
	},
	{
		name:   "an object 'it' after a sentence whose object is a thing no entity names is left unbound",
		docs:   []string{"The Velmor Parliament must approve the accord. Dovra and Kessia did not endorse the framework. The Tarsk Front rejected it outright."},
		tokens: []tokenWant{{0, "rejected it", "it", ""}},
	},
	{
		name: "a place whose name opens an organisation's is still the place where its lone mentions are places",
		docs: []string{"Velmora rail operator cuts routes\n\nVelmora Intercity Railways said on Monday it would cut four routes. Velmora's long-distance rail network has lost passengers since 2020. Travel in Velmora has fallen sharply, the transport ministry said. Unions in Velmora called a strike.",
			"Harrowgate council approves bus lanes\n\nHARROWGATE - Harrowgate Borough Council on Tuesday approved a plan for new bus lanes across the town. Residents of Harrowgate have long complained about traffic. Shopkeepers in Harrowgate opposed the plan.",
			"Tolvey council raises rents\n\nTolvey City Council on Monday raised rents by 4 percent. The vote followed a long debate.",
			"Rail strike enters third day\n\nTrain drivers on Corvalia's rail network stayed off the job on Monday. Corvalia State Railways said talks would resume. The Corvalian transport minister urged calm.",
			"Pellham Group reported higher profits on Friday. Pellham said sales rose 12 percent. Analysts praised Pellham for cutting costs.",
			"Nine hurt in Tarnow paint factory fire\n\nKELLBY, June 2 (Wire) - Nine workers were hurt when a fire tore through a paint factory run by Tarnow Industries on the edge of Kellby on Tuesday. Tarnow said it was helping the inquiry. Tarnow denied that warnings had been ignored."},
		types: map[string]string{"Velmora": "LOC|GPE", "Harrowgate": "LOC|GPE", "Velmora Intercity Railways": "ORG", "Tolvey": "LOC|GPE", "Corvalia": "LOC|GPE"},
		apart: [][2]string{{"Velmora", "Velmora Intercity Railways"}, {"Harrowgate", "Harrowgate Borough Council"}},
		same:  [][]string{{"Pellham", "Pellham Group"}, {"Tarnow", "Tarnow Industries"}},
	},
	{
		name: "a club's short names join its full name; a shared last word joins neither of two clubs",
		docs: []string{"Dunmere club sacks manager\n\nDUNMERE, May 3 - Dunmere Rovers Football Club sacked its manager on Saturday. Dunmere Rovers lost six games in a row. Rovers said a new coach would be named next week. Fans gathered outside the ground in Dunmere.",
			"Corran Wanderers Football Club signed a new striker on Friday. The striker said Corran Wanderers was a big club. Wanderers paid a record fee.",
			"Kelso City Football Club beat Arden City Football Club 2-1 on Sunday. City fans celebrated late into the night.",
			"Kelso United FC beat Arden United FC 2-1 on Sunday. United fans celebrated late into the night. Kelso United said its striker was hurt."},
		types: map[string]string{"Dunmere Rovers Football Club": "ORG", "Corran Wanderers Football Club": "ORG"},
		same:  [][]string{{"Dunmere Rovers Football Club", "Dunmere Rovers", "Rovers"}, {"Corran Wanderers Football Club", "Corran Wanderers", "Wanderers"}},
		apart: [][2]string{{"Dunmere", "Dunmere Rovers Football Club"}, {"Kelso City Football Club", "Arden City Football Club"}, {"United", "Kelso United FC"}, {"United", "Arden United FC"}, {"Kelso United FC", "Arden United FC"}},
	},
	{
		name: "a name that opens one longer institution's name is that institution",
		docs: []string{"Tolham Rovers finished fourth last season. The Tolham Rovers Supporters' Trust said it welcomed the new owners.",
			"Dovenby Town sold to investors\n\nDOVENBY, Jan 4 (Wire) - Dovenby Town Football Club agreed on Friday to sell a majority stake to investors. Mara Quell, a spokeswoman for the Dovenby Supporters' Trust (DST), said fans were relieved.",
			"Farlow Athletic agrees sale\n\nFARLOW, Jan 4 (Wire) - Farlow Athletic Football Club agreed to sell a stake to Corven Capital. Nina Tarrant, a spokeswoman for the Farlow Supporters' Trust (FST), said fans were relieved that a sale had been agreed but wanted guarantees on ticket prices.",
			"Ossery fans protest\n\nJon Pell, chairman of the Ossery Supporters' Association, said fans wanted guarantees on ticket prices. Ossery Rovers declined to comment.",
			"Parents at Dunlow Grammar School protested on Monday. Dunlow Grammar said the fees would rise in September.",
			"Doctors at Kelbrook Memorial Hospital went on strike. Kelbrook Memorial said it had hired temporary staff. Kelbrook, a town of 9,000, has no other hospital."},
		same:  [][]string{{"Dunlow Grammar School", "Dunlow Grammar"}, {"Kelbrook Memorial Hospital", "Kelbrook Memorial"}},
		apart: [][2]string{{"Kelbrook", "Kelbrook Memorial Hospital"}, {"Tolham Rovers", "Tolham Rovers Supporters' Trust"}, {"Dovenby", "Dovenby Supporters' Trust"}},
		types: map[string]string{"Dovenby Supporters' Trust": "ORG", "Farlow Supporters' Trust": "ORG", "Ossery Supporters' Association": "ORG"},
	},
	{
		name: "a capitalised word of a longer name or phrase is no entity of its own",
		docs: []string{"Archaeologists found tools from the Iron Age near Thornby. DNA tests showed the remains were 2,500 years old. The team said the Iron Age site was rare.",
			"Police said DNA samples linked the suspect to the break-in at Morrow Street. The Bronze Age burial was found by a farmer.",
			"Tarvel Systems said on Monday that Tarvel's TVX video calling app would reach Europe in May. KDP officials welcomed the news."},
		absent: []string{"Iron", "DNA", "Bronze"},
		same:   [][]string{{"TVX"}, {"KDP"}},
	},
	{
		name: "pronoun it never meets the abbreviation IT",
		docs: []string{"Brenholt IT won the contract for the new hospital records system. It said the work would start in May.\n" +
			"Brenholt IT employs forty people in Carvale. The IT department of the hospital welcomed the decision."},
		tokens: []tokenWant{{0, "It said", "It", ""}},
		absent: []string{"It"},
	},
	{
		name: "a common noun never joins an organisation that contains it",
		docs: []string{"The Grain Growers Association of Tarrow met on Monday. Farmers said the grain harvest was poor.",
			"Rain delayed the grain deliveries again. The grain price rose in Tarrow."},
		absent: []string{"grain", "the grain"},
	},
	{
		name: "a place followed by a comma and a demonym or a capital is no \"City, Country\" name",
		docs: []string{"As the ministers talked in Lisbon, Russian envoys waited outside. In Oporto, Madrid said nothing.\n" +
			"Later they flew to Braga, Portugal, for a second round."},
		absent: []string{"Lisbon, Russian", "Oporto, Madrid"},
		same:   [][]string{{"Braga", "Braga, Portugal"}},
	},
	{
		name: "it in a clause under a country's own verb is that country, not the organisation named before",
		docs: []string{"The Atlantic Fisheries Council met in Lisbon on Monday to discuss the quotas.\n" +
			"Spain has given no public sign it would accept the new quotas. Norway said its fleet would stay in port."},
		tokens: []tokenWant{{0, "sign it would", "it", "Spain"}, {0, "said its fleet", "its", "Norway"}},
	},
	{
		name: "the company is never a product, even the only name in reach: it is the only company named further back",
		docs: []string{"Norvane Systems makes routers for small offices. Routers are cheap this year. Shops have many of them.\n" +
			"The newest model, the Norvane X9, went on sale on Monday. The company said the X9 would cost less than older models."},
		tokens: []tokenWant{{0, "The company said", "company", "Norvane Systems"}},
	},
	{
		name: "the phone is the one product named just before, never the company that makes it; with two products in reach, the one whose name holds the noun",
		docs: []string{"Velmora Telecom unveiled the Orbis 7 in Oslo on Tuesday. The phone has a folding screen and costs 900 euros.\n" +
			"Velmora Telecom also showed the Orbis Pad and the SkyPhone Mini. The phone has no headphone socket.",
			"Kestrel Motors recalled the Tern 4 on Friday. The company said the car could leak brake fluid."},
		tokens: []tokenWant{{0, "The phone has", "phone", "Orbis 7"}, {0, "The phone has no", "phone", "SkyPhone Mini"},
			{1, "The company said", "company", "Kestrel Motors"}, {1, "the car could", "car", "Tern 4"}},
	},
	{
		name: "the drug is no journal named before it",
		docs: []string{"A soil compound killed resistant strains in laboratory tests, the team wrote in the journal Microbial Frontiers. " +
			"Lead author Ann Lowe said the drug was not yet tested in people."},
		tokens: []tokenWant{{0, "said the drug", "drug", ""}},
	},
	{
		name: "a description stands for an organisation whose name it heads: the service for a fire service, the fire for none",
		docs: []string{"The Rural Fire Service ordered families in Wattle Ridge to leave on Friday. Strong winds pushed the fire across the river overnight, " +
			"and crews could not contain the fire. The service said more crews would arrive."},
		tokens: []tokenWant{{0, "pushed the fire", "fire", ""}, {0, "contain the fire", "fire", ""}, {0, "The service said", "service", "Rural Fire Service"}},
	},
	{
		name:   "the company is a company, not a product named between it and the company's name",
		docs:   []string{"Harlow Motors launched the Tern 4 last year. The Tern 4 sold well in the north. The company said sales doubled."},
		tokens: []tokenWant{{0, "The company said", "company", "Harlow Motors"}},
	},
	{
		name: "the company is no council, the agency no company",
		docs: []string{"Ashby District Council approved the new bus depot on Monday. The depot will house 60 buses, the company said.\n" +
			"The National Roads Agency closed the bridge after the crash. Kestrel Motors said the bridge was safe. " +
			"The agency denied that it had ignored warnings."},
		tokens: []tokenWant{{0, "the company said", "company", ""}, {0, "The agency denied", "agency", "National Roads Agency"}},
	},
	{
		name: "the union is no company",
		docs: []string{"Workers at Hadley Motors walked out on Monday. A second stoppage could follow, the union warned.\n" +
			"The Transport Workers Federation said the strike would go on. The union said talks had failed."},
		tokens: []tokenWant{{0, "the union warned", "union", ""}, {0, "The union said", "union", "Transport Workers Federation"}},
	},
	{
		name:   "it after a common noun that says is that noun, no organisation named before",
		docs:   []string{"The Fenmoor Growers Association has asked for emergency support, but the environment department said it had no plans for new aid."},
		tokens: []tokenWant{{0, "said it had", "it", ""}},
	},
	{
		name: "it after a thing named as an object after the candidates is not guessed",
		docs: []string{"The Harbour Authority (HA) fined Orvane Shipping last month.\n" +
			"Residents of Mill Lane had opposed the scheme, saying it would bring noise to the area. " +
			"The ministry said it would review the fine."},
		tokens: []tokenWant{{0, "saying it would", "it", ""}, {0, "ministry said it", "it", ""}},
	},
	{
		name: "he in what one man told another is not guessed",
		docs: []string{"Judge Simon Reade jailed Martin Goss on Friday. Judge Simon Reade told Goss that he had betrayed the club.\n" +
			"Tom Hale told reporters that he would stay."},
		tokens: []tokenWant{{0, "that he had betrayed", "he", ""}, {0, "that he would stay", "he", "Tom Hale"}},
	},
	{
		name: "time zones are not entities",
		docs: []string{"The vote closed at 9 p.m. GMT on Thursday, and results came at 11 p.m. EDT.\n" +
			"Officials in Dunmere said counting ended at 0400 UTC."},
		absent: []string{"GMT", "EDT", "UTC"},
	},
	{
		name: "a city and the bare word Police stay apart, and neither is a person",
		docs: []string{"Police in Harrowgate said the two men were arrested on Friday. Harrowgate Police said more arrests were likely.\n" +
			"Police added that the men were held overnight."},
		types: map[string]string{"Harrowgate": "GPE|LOC"},
	},
	{
		name: "a company whose name starts with a title word is no titled person",
		docs: []string{"Major Lighting Corporation will close its plant in Fenwick. Major Lighting said the lamps would be made abroad.",
			"Major Lighting shares fell on Monday."},
		same:  [][]string{{"Major Lighting", "Major Lighting Corporation"}},
		types: map[string]string{"Major Lighting": "ORG"},
	},
	{
		name: "the first word of a company name with a trade word is the company",
		docs: []string{"Kestrel Airlines cancelled forty flights on Friday. Kestrel said a strike by baggage staff was to blame.",
			"Kestrel shares fell 3 percent."},
		same: [][]string{{"Kestrel", "Kestrel Airlines"}},
	},
	{
		name: "a two-word name the recogniser calls a person in one place and a place in another is one entity",
		docs: []string{"Dana Kowal met Ivo Brenner in Lisbon on March 3. Kowal said her firm would buy Harbor Mills for 40 million euros.\n" +
			"Brenner founded Harbor Mills in 1998.",
			"Lind runs Northgate Capital, which offered 45 million euros for Harbor Mills. Harbor Mills declined to comment."},
		same: [][]string{{"Harbor Mills"}},
	},
	{
		name: "a model number belongs to the name, and a model is not the plural of another",
		docs: []string{"Sales of the Zephyr 4 doubled after the Zephyr 3G was withdrawn. The Zephyr 3GS costs more than the Zephyr 4.",
			"Owners of the Zephyr 4 reported a fault. The company sold 2 million Zephyrs in March."},
		same:  [][]string{{"Zephyr 4"}, {"Zephyr 3G"}, {"Zephyr 3GS"}},
		apart: [][2]string{{"Zephyr 3G", "Zephyr 3GS"}, {"Zephyr 4", "Zephyr 3G"}},
	},
	{
		name: "a title-case headline's verb is no part of a document's name",
		docs: []string{"Norland and Vesta Sign Fishing Accord\nNorland and Vesta signed a fishing accord on Monday. " +
			"It replaces the Baltra Accord of 1990, which the two countries signed in Baltra."},
		absent: []string{"Vesta Sign Fishing Accord", "Sign Fishing Accord"},
		same:   [][]string{{"Baltra Accord"}},
	},
	{
		name: "a surname that is also a city stays the person's",
		docs: []string{"The firm's chief executive, Karen Breda, told reporters the mill would close. " +
			"Breda was questioned by the regional council on Monday."},
		same:  [][]string{{"Karen Breda", "Breda"}},
		types: map[string]string{"Karen Breda": "PERSON"},
	},
	{
		name: "a mother and a daughter of one surname: the bare surname is not guessed",
		docs: []string{"Margaret Olsen, 61, and her daughter Clara Olsen, 34, opened a bakery in Fenwick. " +
			"Olsen said the loan took two years."},
		apart:  [][2]string{{"Margaret Olsen", "Clara Olsen"}},
		tokens: []tokenWant{{0, "Olsen said", "Olsen", ""}},
	},
	{
		name: "a bare surname shared with a relative introduced as such is the person the article is about",
		docs: []string{"Henrietta Vale, who founded the Carvale Weekly, died on Sunday. Her son, Tomas Vale, said she had been ill for months. " +
			"Vale was born in Tarrow in 1931."},
		apart:  [][2]string{{"Henrietta Vale", "Tomas Vale"}},
		tokens: []tokenWant{{0, "Vale was born", "Vale", "Henrietta Vale"}},
	},
	{
		name:   "she after a bare one-word name of no known sex is the woman named before",
		docs:   []string{"Ann Lowe founded Holloway in 1990 with a loan from her uncle. But Holloway went on to open shops in four towns. In 2010 she sold the shops to a rival."},
		tokens: []tokenWant{{0, "she sold", "she", "Ann Lowe"}},
	},
	{
		name:   "he after an unnamed man is not the person named before him",
		docs:   []string{"Police arrested Craig Dunmore, 52, on Friday. A 19-year-old man was questioned by police on Saturday, but he was released without charge."},
		tokens: []tokenWant{{0, "he was released", "he", ""}},
	},
	{
		name:   "the Norwegian is a person, not Norway; an occupation opening a sentence is no part of the name",
		docs:   []string{"Striker Lars Berg limped off after an hour. Coach Ruud Verhagen said the Norwegian would have a scan on Monday."},
		tokens: []tokenWant{{0, "the Norwegian would", "Norwegian", ""}, {0, "Striker Lars", "Lars", "Lars Berg"}},
	},
	{
		name:   "the company is no university, the publisher no college",
		docs:   []string{"She studied at Tarrow University and founded Nordhaven Publishing in 1967. The company's first book sold 800 copies."},
		tokens: []tokenWant{{0, "The company's first", "company", "Nordhaven Publishing"}},
	},
	{
		name: "a company's full name types and names it, however often its short name is read as something else",
		docs: []string{"BOSTON — Corvane Electronics is recalling about 180,000 Pulse Band 3 smartwatches sold in the United States. " +
			"Corvane, based in Boston, said owners should stop charging the watch immediately. " +
			"The recall does not affect the older Pulse Band 2, Corvane said. Corvane did not name the supplier. " +
			"The recall comes weeks after Corvane shut down its companion app for three days."},
		same:  [][]string{{"Corvane Electronics", "Corvane"}},
		types: map[string]string{"Corvane Electronics": "ORG"},
	},
	{
		name: "a name set beside a company noun is a company's",
		docs: []string{"Halvern Foods will close its bakery in Dunmore. Orlen Works, a rival, said it would hire some of the workers. " +
			"Its supplier, Tessaly Cells, said it was investigating. Brantmoor Group, the parent of Orlen Works, declined to comment.",
			"Kessel Mining, a unit of Varn Holdings, reported a loss. The Pelican Dairy, a regional producer, raised prices."},
		types: map[string]string{"Orlen Works": "ORG", "Tessaly Cells": "ORG", "Kessel Mining": "ORG", "Pelican Dairy": "ORG"},
	},
	{
		name: "a company's short name after its full name is the company, whatever type the recogniser gave it",
		docs: []string{"TROMSO, May 2 (Wire) — Halsvik Telecom reported a rise in profit on Wednesday. " +
			"Halsvik kept its outlook unchanged. Shares in Halsvik rose 3 percent.",
			"Regulators rejected Quorra Therapeutics' pill on Monday. The decision is a setback for Quorra, which has no approved products.",
			"Hackers shut down systems at Brenlow Health, a hospital group. Brenlow said it had not paid a ransom."},
		same:  [][]string{{"Halsvik Telecom", "Halsvik"}, {"Quorra Therapeutics", "Quorra"}, {"Brenlow Health", "Brenlow"}},
		types: map[string]string{"Halsvik Telecom": "ORG", "Quorra Therapeutics": "ORG", "Brenlow Health": "ORG"},
	},
	{
		name: "a name introduced by a group noun and 'calling itself' or 'called' is an organisation's",
		docs: []string{"A criminal group calling itself Morwen Tide claimed the attack on Monday and said it had stolen data. " +
			"Researchers said Morwen Tide had attacked nine hospitals this year.",
			"Residents formed a campaign called Marrow Forward to fight the plan. Marrow Forward collected 900 signatures."},
		types:  map[string]string{"Morwen Tide": "ORG", "Marrow Forward": "ORG"},
		tokens: []tokenWant{{0, "it had stolen", "it", "Morwen Tide"}},
	},
	{
		name: "the words around a name say it is an organisation's: a kind noun before it, a club's last word, a title and a person after it",
		docs: []string{"German club Valdor Hasse had also made an offer, Croatian newspaper Vecerni Glas reported. " +
			"Valdor Hasse sporting director Uwe Brandt denied it. Satellite images published by the research group Tessa Lumen showed a dam. " +
			"Drava Kolnik president Zoran Maric said the fee was fair. The striker could debut against Harwick United on Saturday."},
		types: map[string]string{"Valdor Hasse": "ORG", "Vecerni Glas": "ORG", "Tessa Lumen": "ORG", "Drava Kolnik": "ORG",
			"Harwick United": "ORG", "Uwe Brandt": "PERSON", "Zoran Maric": "PERSON"},
	},
	{
		name: "a word in lower case, or a common noun at the head of a sentence, is no person",
		docs: []string{"Kovan told reporters that the talks had been \"frank\" and that he hoped for a deal. " +
			"Cholera killed 400 people last year. Doctors said cholera spreads through dirty water."},
		absent: []string{"frank", "Cholera"},
		tokens: []tokenWant{{0, "he hoped", "he", "Kovan"}},
	},
	{
		name: "a thing the subject speaks of in its own clause does not take the next sentence's it",
		docs: []string{"Hackers attacked Brenmoor Health on Sunday. Brenmoor said it had not yet determined whether patient data had been stolen. " +
			"It expects systems to be restored next week."},
		tokens: []tokenWant{{0, "It expects", "It", "Brenmoor Health"}},
	},
	{
		name: "Brussels as an actor is the European Union, a city otherwise",
		docs: []string{"A spokesman for the EU's foreign service said Brussels was ready to help mediate. " +
			"The talks will be held in Brussels next week."},
		tokens: []tokenWant{{0, "Brussels was ready", "Brussels", "European Union"}, {0, "held in Brussels", "Brussels", "Brussels"}},
	},
	{
		name: "a description of a kind only one organisation of the document has stands for it, however far back",
		docs: []string{"The Harbour Safety Authority on Monday refused to license the Orvane Shipping ferry. " +
			"Orvane said it would appeal. Shares in Orvane fell. The firm has two other ships. " +
			"A professor at Delmont University said the agency had made a sound call.",
			"Velmora Bank and Castor Trust agreed to merge. Velmora said the deal would close in May. Analysts were cautious. " +
				"Shares rose. Traders said the regulator had not yet been asked."},
		tokens: []tokenWant{{0, "the agency had made", "agency", "Harbour Safety Authority"}, {1, "the regulator had", "regulator", ""}},
	},
	{
		name: "a person whose given name is also a city is a person when the document names them by surname or by a role",
		docs: []string{"Carvenia also summoned Ostrava's ambassador, Milan Sokol, on Wednesday. Sokol said the meeting had been useful. " +
			"\"She taught a generation,\" said the novelist Paris Alvedo."},
		same:  [][]string{{"Milan Sokol", "Sokol"}},
		types: map[string]string{"Milan Sokol": "PERSON", "Paris Alvedo": "PERSON"},
	},
	{
		name: "a bank's or a savings firm's short name is the company; the company is no union, federation or chamber",
		docs: []string{"Dunholm Bank said it had won approval to buy Verrow Savings. The board of Verrow backed the offer. " +
			"Dunholm said the deal would close in May.",
			"Porth Rail and the Transport Workers Federation failed to agree on pay. The federation called a strike. " +
				"The Porth Chamber of Commerce said shops would lose money. The company said its offer was fair."},
		same:   [][]string{{"Dunholm Bank", "Dunholm"}, {"Verrow Savings", "Verrow"}},
		types:  map[string]string{"Verrow Savings": "ORG"},
		tokens: []tokenWant{{1, "The company said", "company", "Porth Rail"}},
	},
	{
		name: "a one-word place that is the surname of a person named in full is the person",
		docs: []string{"Election officials in Portleigh ordered a recount after the incumbent, Victor Anand, finished 212 votes behind. " +
			"Anand, who has led the city for eight years, did not concede. Brandt campaigned on cheaper transport, while Anand promised a bridge."},
		same: [][]string{{"Victor Anand", "Anand"}},
	},
	{
		name: "a description headed like one organisation's name stands for it however far back, and a kind is checked on the organisation's name",
		docs: []string{"The Harbour Drivers Federation said its members had rejected a pay offer from the city's transit operator, Tarrow Lines Halvern. " +
			"Commuters stayed home. Schools closed early. Roads were jammed. The federation denied reports that it was planning a longer strike. " +
			"Tarrow Lines Halvern chief executive Ana Ruiz said the company was ready to meet the union on Monday."},
		types:  map[string]string{"Tarrow Lines Halvern": "ORG"},
		tokens: []tokenWant{{0, "The federation denied", "federation", "Harbour Drivers Federation"}, {0, "the company was ready", "company", "Tarrow Lines Halvern"}},
	},
	{
		name: "it is a thing when a copula names it a thing",
		docs: []string{"The Harlow Mineworkers Union said four miners were trapped at the Selby pit. It is the region's largest mine. " +
			"The Selby Mining Company said it would pay the families."},
		tokens: []tokenWant{{0, "It is the region", "It", ""}, {0, "said it would pay", "it", "Selby Mining Company"}},
	},
	{
		name: "a security firm and a consultancy are companies",
		docs: []string{"Hackers stole records from Delmont Clinic. Tessaly Security, a consultancy based in Keston, said on Sunday that it had found the files. " +
			"Tessaly's founder said the clinic should have warned patients."},
		types:  map[string]string{"Tessaly Security": "ORG"},
		tokens: []tokenWant{{0, "that it had found", "it", "Tessaly Security"}},
	},
	{
		name: "a pronoun with two possible antecedents stays unbound",
		docs: []string{"Dana Whitfield and Laura Briggs were working late in the office. The gunman fatally shot her."},
		tokens: []tokenWant{
			{0, "fatally shot her", "her", ""},
		},
	},
	{
		name: "he added binds to the speaker of the quote, not to a place",
		docs: []string{"“We will rebuild the harbour,” Mayor Tomas Reyes said in Corvallo on Sunday. " +
			"“The town deserves nothing less,” he added."},
		tokens: []tokenWant{{0, "he added", "he", "Tomas Reyes"}},
	},
	{
		name:   "a pronoun subject is not the place named at the end of the sentence before",
		docs:   []string{"Police arrested Darnell Price at his home in Ridgeford. He is also charged with theft."},
		tokens: []tokenWant{{0, "He is also charged", "He", "Darnell Price"}},
	},
	{
		name:   "a pronoun is never an argument of its own clause",
		docs:   []string{"Senator Ruth Calder met Paul Ebner on Monday. Ebner persuaded him to stay."},
		tokens: []tokenWant{{0, "persuaded him", "him", ""}},
	},
	{
		name:  "a company name that starts with a title keeps it",
		docs:  []string{"General Motors said its sales rose in March. General Motors will open a plant in Ohio."},
		types: map[string]string{"General Motors": "ORG"},
	},
	{
		name: "a company and a person of one name stay apart",
		docs: []string{"Harold Brandt founded Brandt Industries in 1988. Brandt Industries now makes pumps.\n" +
			"Brandt said the company would hire again."},
		apart:  [][2]string{{"Harold Brandt", "Brandt Industries"}},
		tokens: []tokenWant{{0, "Brandt said", "Brandt", "Harold Brandt"}},
	},
	{
		name: "a bare name after a company's full name is the company until a person of that surname is named, and wherever it has shares",
		docs: []string{"Brandt Motor Co. said on Monday it would recall 5,000 vans. Brandt said no one was hurt. " +
			"The actor Harold Brandt, who owns one of the vans, said he had a letter. Shares of Brandt fell 1 percent."},
		apart:  [][2]string{{"Harold Brandt", "Brandt Motor Co."}},
		same:   [][]string{{"Brandt", "Brandt Motor Co."}},
		tokens: []tokenWant{{0, "Brandt said no", "Brandt", "Brandt"}, {0, "Shares of Brandt", "Brandt", "Brandt"}},
	},
	{
		name: "legal-form variants are one company",
		docs: []string{"Veltrix Inc. reported a loss on Tuesday. Shares of Veltrix fell 4 percent.",
			"Analysts said Veltrix Corp. would cut jobs."},
		same: [][]string{{"Veltrix", "Veltrix Inc.", "Veltrix Corp."}},
	},
	{
		name: "an abbreviation defined in the text is its full name",
		docs: []string{"The Northern Rail Authority (NRA) approved the new line on Monday.",
			"The NRA said trains would run from 2028."},
		same: [][]string{{"Northern Rail Authority", "NRA"}},
	},
	{
		name:  "a state at the end of a person span is a place",
		docs:  []string{"Voters in Ohio backed Lena Marsh. Marsh said Ohio had chosen change."},
		types: map[string]string{"Lena Marsh": "PERSON", "Ohio": "GPE|LOC"},
	},
	{
		name: "proper names the recogniser misses recur as names",
		docs: []string{"Owners of the Quillpad said the device was light. Sales of the Quillpad rose in June.",
			"Reviewers praised the Quillpad battery."},
		types: map[string]string{"Quillpad": "MISC|ORG"},
	},
	{
		name: "a product's last word and a shorter name that ends its full name are the product",
		docs: []string{"Corvane unveiled Pella OS Z Heron at its conference in Tarrow on Monday. " +
			"Corvane unveiled Heron, the new version of its Pella OS Z system, to developers. " +
			"Developers said OS Z Heron runs well on older machines. Pella OS Z Heron will ship in July."},
		same:   [][]string{{"Pella OS Z Heron", "Heron", "OS Z Heron"}},
		types:  map[string]string{"Pella OS Z Heron": "MISC|ORG"},
		apart:  [][2]string{{"Pella OS Z Heron", "Pella OS Z"}},
		tokens: []tokenWant{{0, "Pella OS Z Heron will", "Pella", "Pella OS Z Heron"}, {0, "unveiled Heron", "Heron", "Pella OS Z Heron"}},
	},
	{
		name: "two products that end in one word stay apart, and the word alone is not guessed",
		docs: []string{"Corvane sells Pella OS Egret and Pella OS Snow Egret side by side. Pella OS Snow Egret costs more. " +
			"Critics prefer Egret on older machines. Buyers of Snow Egret get free updates."},
		same:  [][]string{{"Pella OS Snow Egret", "Snow Egret"}},
		apart: [][2]string{{"Pella OS Egret", "Pella OS Snow Egret"}, {"Egret", "Pella OS Egret"}, {"Egret", "Snow Egret"}},
		// "Egret" recurs, so it is a name, but of neither product.
		tokens: []tokenWant{{0, "prefer Egret", "Egret", "Egret"}},
	},
	{
		name: "a word the text writes in lower case is no product's short name",
		docs: []string{"The Brisa Air laptop went on sale on Monday. Its fans push more air than before. " +
			"A poster titled Air hung in the Tarrow shop.",
			"The Dorvik Mission Control software watches the ships. Engineers in Tarrow lost control of one ship. " +
				"The ship was called Control by its crew."},
		tokens: []tokenWant{{0, "titled Air", "Air", ""}, {1, "called Control", "Control", ""}},
	},
	{
		name: "a bare short name joins its product in its own document only; a longer one across documents",
		docs: []string{"Corvane released Pella OS Heron on Monday. Users said Heron was fast and that OS Heron crashed less.",
			"Keepers at the Tarrow zoo named a bird Heron in May. Visitors said Heron was shy.",
			"Reviewers said OS Heron needs more memory."},
		same: [][]string{{"Pella OS Heron", "OS Heron"}},
		tokens: []tokenWant{
			{0, "said Heron was fast", "Heron", "Pella OS Heron"},
			{1, "said Heron was shy", "Heron", "Heron"},
			{2, "said OS Heron", "OS", "Pella OS Heron"},
		},
	},
	{
		name: "a model after another model's full name in a coordination shares its first words when that name is known",
		docs: []string{"Corvane cut the price of the ZenPad Mini, Flex and Duo on Monday.",
			"The ZenPad Flex has a larger screen than the ZenPad Mini. The ZenPad Duo has two screens.",
			"Shops in Carvale sold the ZenPad Mini, Norvane phones and Brisa tablets."},
		same:  [][]string{{"ZenPad Flex", "Flex"}, {"ZenPad Duo", "Duo"}},
		types: map[string]string{"ZenPad Flex": "MISC|ORG", "ZenPad Duo": "MISC|ORG"},
		apart: [][2]string{{"ZenPad Mini", "Norvane"}, {"ZenPad Flex", "ZenPad Duo"}},
	},
	{
		name: "a capitalised word after a camel-case name is part of it, whatever the tagger calls it; such a name is no place",
		docs: []string{"Corvane showed the new vTab Shuffle and the vTab Classic in Tarrow. The vTab Shuffle is identical in design to the old one. " +
			"Songs for it are sold in the vTab Music Store, which opened in May."},
		types: map[string]string{"vTab Shuffle": "MISC|ORG", "vTab Music Store": "MISC|ORG"},
		apart: [][2]string{{"vTab Shuffle", "vTab Classic"}},
	},
	{
		name:  "a name after copies of is a work, not a person",
		docs:  []string{"Corvane said on Monday that 3 million copies of Brandon were sold in its first month."},
		types: map[string]string{"Brandon": "MISC"},
	},
	{
		name: "a shorter name of two words ending in a letter is the product",
		docs: []string{"Corvane showed Vela OS Z at its conference in Tarrow. Developers said OS Z was faster than before."},
		same: [][]string{{"Vela OS Z", "OS Z"}},
	},
	{
		name: "a legal form the recogniser cut off or tagged apart belongs to the name, and is never a name alone",
		docs: []string{"Shares of Brennock Motors Corp. fell 4 percent on Tuesday. Tallis Foods Co. shares rose 2 percent.",
			"Brennock Motors said it would cut 900 jobs. Tallis Foods said sales were strong."},
		same:   [][]string{{"Brennock Motors", "Brennock Motors Corp."}, {"Tallis Foods", "Tallis Foods Co."}},
		absent: []string{"Corp.", "Co."},
	},
	{
		name: "a capitalised run ending in a legal form is an organisation, and defines its initials before it",
		docs: []string{"Northern Aerospace Systems and Marine Co. (NASM), the parent of Velair, named a new chief on Monday. " +
			"NASM shares rose 3 percent. Velair SAS said its new jet would fly in May. Velair is based in Tarrow."},
		same:  [][]string{{"NASM", "Northern Aerospace Systems and Marine Co."}, {"Velair", "Velair SAS"}},
		types: map[string]string{"NASM": "ORG"},
	},
	{
		name: "two initials are the one long name written in the same document",
		docs: []string{"Brennock Motors said on Wednesday it would close two plants. Shares of BM fell 2 percent in Tarrow.",
			"BM shares rose again on Thursday."},
		same: [][]string{{"BM", "Brennock Motors"}},
	},
	{
		name: "two initials without their long name in any document that uses them stay apart",
		docs: []string{"Brennock Motors said on Wednesday it would close two plants.",
			"BM shares fell 2 percent on Thursday, said analysts at Harwell Securities."},
		apart: [][2]string{{"BM", "Brennock Motors"}},
	},
	{
		name: "the first word of a company's name with its legal form is the company; of a product's, not",
		docs: []string{"Tarrant Oil Holdings Corp. rose 1.5 percent. Tarrant is the largest oil company in Merrow.",
			"Corvane released the Vela Studio suite. Vela users said the suite was slow."},
		same:  [][]string{{"Tarrant", "Tarrant Oil Holdings Corp."}},
		apart: [][2]string{{"Vela", "Vela Studio"}},
	},
	{
		name: "the automaker far from any name is the company the article is about; with two in reach, no one",
		docs: []string{"Brennock Motors said on Wednesday it would close two plants in Tarrow. Brennock Motors will also cut 900 jobs. " +
			"Union leaders met on Thursday to discuss the cuts. Many workers have been with the plants for decades. " +
			"The automaker has lost ground to rivals in recent years.",
			"Brennock Motors reported a loss on Friday, and Velmora Cars said its sales fell. The automaker said prices would rise."},
		tokens: []tokenWant{{0, "The automaker has lost", "automaker", "Brennock Motors"}, {1, "The automaker said", "automaker", ""}},
	},
	{
		name: "another name of a well-known organisation is that organisation, even where the recogniser missed it",
		docs: []string{"The Federal Reserve cut rates on Tuesday, and the Dow Jones industrials rose 2 percent in Tarrow trading.",
			"Analysts in Merrow expect the Fed to cut again. The Dow Jones Industrial Average gained 150 points.",
			"The United Auto Workers union met on Friday. UAW leaders said the talks had stalled."},
		same:  [][]string{{"Federal Reserve", "Fed"}, {"Dow Jones Industrial Average", "Dow Jones industrials"}, {"United Auto Workers", "UAW"}},
		types: map[string]string{"Federal Reserve": "ORG", "United Auto Workers": "ORG", "Dow Jones Industrial Average": "ORG"},
	},
	{
		name:  "what a capital city has is the city's, not its country's government's",
		docs:  []string{"Lisbon's main stock index fell 2 percent on Monday, and bond prices in Portugal weakened. Lisbon's mayor said tourism was strong."},
		apart: [][2]string{{"Lisbon", "Portugal"}},
	},
	{
		name:  "a capitalised run ending in an organisation word is an organisation, even where the recogniser saw none",
		docs:  []string{"The union lost its case against the airline in the High Court in Tarrow on Monday."},
		types: map[string]string{"High Court": "ORG"},
	},
	{
		name:  "a surname that is also a title stays in the name the parse joins it to",
		docs:  []string{"Offices in Tarrow were closed on Monday in honor of Martin Luther King."},
		types: map[string]string{"Martin Luther King": "PERSON"},
	},
	{
		name: "a title with its organisation that one person alone is named with is that person's; held by two, no one's",
		docs: []string{"Brennock CEO Marta Kowal said on Monday the plant would close. Velmora Chairman Tomas Reyes disagreed.",
			"Brennock CEO Marta Kowal met investors in Tarrow. Former Velmora Chairman Ivo Brenner and Velmora Chairman Ana Ruiz attended."},
		same:   [][]string{{"Marta Kowal", "Brennock CEO"}},
		absent: []string{"Velmora Chairman", "Former Velmora Chairman"},
	},
	{
		name:  "a place name ending in an organisation word is an organisation",
		docs:  []string{"Merrow Airlines said the first jet would be delivered in October, and flights to Tarrow would start in May."},
		types: map[string]string{"Merrow Airlines": "ORG"},
	},
	{
		name: "a name after \"the port of\" or \"the island of\" is a place",
		docs: []string{"Ferries carried the villagers to the port of Kelvara overnight, and the navy sent a ship to the island of Morivu.\n" +
			"Flights between Kelvara and the capital were cancelled."},
		types: map[string]string{"Kelvara": "LOC", "Morivu": "LOC"},
	},
	{
		name:  "an institution named after its place is an organisation",
		docs:  []string{"Lead author Professor Ana Ruiz of the University of Tarrow said the result was clear."},
		types: map[string]string{"University of Tarrow": "ORG"},
	},
	{
		name:  "a name after \"the airline\" or \"the carmaker\" is an organisation",
		docs:  []string{"The airline Blue Gannet said it expected to resume flights on Tuesday. The carmaker Velmoro made a loss."},
		types: map[string]string{"Blue Gannet": "ORG", "Velmoro": "ORG"},
	},
	{
		name: "a pronoun after a quote's speaker takes a person who has been the subject since",
		docs: []string{"\"I heard the blast and ran,\" said Amir Nasser, a driver from Tarrow.\n" +
			"The transport minister, Greta Holm, called the attack cowardly. She said the road would reopen on Friday.\n" +
			"\"We will rebuild,\" said Ivo Brandt. He added that the bridge was safe."},
		tokens: []tokenWant{{0, "She said", "She", "Greta Holm"}, {0, "He added", "He", "Ivo Brandt"}},
	},
	{
		name:  "a single name used as a place elsewhere in the corpus is a place",
		docs:  []string{"The blast struck trucks waiting to enter Velonia. Karesh's foreign ministry condemned the bombing.\nKaresh denied any role. Trade between Karesh and Velonia has been halted."},
		types: map[string]string{"Karesh": "LOC|GPE", "Velonia": "LOC|GPE"},
	},
	{
		name: "a single name whose demonym the corpus uses is a place",
		docs: []string{"Velonia shut its main crossing on Monday. Velonian police arrested two men, and Velonia said the crossing would reopen.\n" +
			"Morvask denied any role. The Morvaski foreign minister said Morvask wanted calm."},
		types: map[string]string{"Velonia": "LOC|GPE", "Morvask": "LOC|GPE"},
	},
	{
		name: "a surname opening a sentence, read as a common noun, is the person the document names in full",
		docs: []string{"Clara Hopes founded the chain in 1990. Hopes said on Monday that the chain would grow.\n" +
			"Hopes were high on Monday, the union said."},
		tokens: []tokenWant{{0, "Hopes said", "Hopes", "Clara Hopes"}, {0, "Hopes were", "Hopes", ""}},
	},
	{
		name: "a headline's bare name is the company the article names below it, not the person who shares it",
		docs: []string{"Brandt recalls 2,000 ovens\n\nBrandt Industries Inc. said on Monday it would recall 2,000 ovens. " +
			"The singer Maya Brandt, who owns one of the ovens, said she had received a letter."},
		tokens: []tokenWant{{0, "Brandt recalls", "Brandt", "Brandt Industries Inc."}},
	},
	{
		name: "it after a thing's noun as a subject is the thing, not an organisation named in passing",
		docs: []string{"The plan, which the council drew up in May, still needs the approval of the Harbour Board. " +
			"Mayor Rita Gomes, who drafted the plan, said it would save the town money.\n" +
			"Velmora Group reported a loss on Monday. The company said it would cut 300 jobs."},
		tokens: []tokenWant{{0, "said it would save", "it", ""}, {0, "said it would cut", "it", "Velmora Group"}},
	},
	{
		name:   "a region whose last word alone was recognised is the region",
		docs:   []string{"Irrigators in South Australia will receive less water this season."},
		types:  map[string]string{"South Australia": "LOC|GPE"},
		absent: []string{"South"},
	},
	{
		name:   "an occupation and an honorific before a name are no role of the person's",
		docs:   []string{"Volcanologist Dr Ken Arai said the eruption was the largest since 1991. Dr Arai warned of a second phase."},
		same:   [][]string{{"Ken Arai", "Dr Arai"}},
		absent: []string{"Volcanologist Dr"},
	},
	{
		name: "a kind of company or a rival capitalised before a name at a sentence's head is no part of it",
		docs: []string{"Rival Boeing has won more orders this year. Carmaker Velmora said sales fell in May.",
			"Boeing delivered 40 jets in June."},
		same:   [][]string{{"Boeing", "Boeing"}},
		types:  map[string]string{"Boeing": "ORG", "Velmora": "ORG"},
		absent: []string{"Rival Boeing", "Carmaker Velmora"},
	},
	{
		name: "a well-known organisation's name that is also a country's other name is the organisation",
		docs: []string{"Emirates, which flies to 140 cities, said it would order ten more jets. " +
			"The Dubai carrier is the largest customer for the plane."},
		types:  map[string]string{"Emirates": "ORG"},
		absent: []string{"United Arab Emirates"},
	},
	{
		name: "a well-known organisation whose name ends in a possessive keeps it",
		docs: []string{"The bonds of Velmora Group have been rated as junk by Standard & Poor's and Moody's since May. " +
			"Moody's said the outlook was negative."},
		types:  map[string]string{"Moody's": "ORG", "Standard & Poor's": "ORG"},
		absent: []string{"Moody", "Poor"},
	},
	{
		name:   "a rank inside an organisation's name announces no person",
		docs:   []string{"Paramedics took 14 people to Tarrow General Hospital, where two remained in serious condition."},
		types:  map[string]string{"Tarrow General Hospital": "ORG"},
		absent: []string{"Hospital"},
	},
	{
		name: "a surname with its particle, capitalised without the given name, is the person's",
		docs: []string{"Finance minister Joost van Dijk resigned on Thursday. Van Dijk said he took full responsibility. " +
			"Marine Le Pen criticised the budget. Le Pen said the vote should be delayed."},
		same: [][]string{{"Joost van Dijk", "Van Dijk"}, {"Marine Le Pen", "Le Pen"}},
	},
	{
		name: "a well-known abbreviation that is also a common word names its organisation",
		docs: []string{"The World Health Organization said cases had doubled. The WHO recorded 58,000 cases in 2024."},
		same: [][]string{{"World Health Organization", "WHO"}},
	},
	{
		name:   "a capital abroad that is also a state or region is the region",
		docs:   []string{"Dairy farmers in northern Victoria say water will be short. Victoria announced a drought package on Monday."},
		types:  map[string]string{"Victoria": "LOC"},
		absent: []string{"Seychelles"},
	},
	{
		name: "a company named with Group and a person of its name named later stay apart",
		docs: []string{"Brightwell agreed to buy Tarrand Group for $4 billion. Tarrand shares jumped 24 percent. " +
			"Tarrand was founded in 1952. Its chairman, Robert Tarrand, will join the board."},
		same:  [][]string{{"Tarrand Group", "Tarrand"}},
		apart: [][2]string{{"Tarrand", "Robert Tarrand"}},
	},
	{
		name:   "an organisation's name goes on through of and capitalised words",
		docs:   []string{"The study, published on Monday in the Canadian Journal of Animal Science, followed 900 herds."},
		types:  map[string]string{"Canadian Journal of Animal Science": "ORG"},
		absent: []string{"Animal Science", "Canadian Journal"},
	},
	{
		name:  "a place named after the kind of place and of is a place, given names in it or not",
		docs:  []string{"The fire broke out on Wednesday near the village of Le Vernet and spread quickly."},
		types: map[string]string{"Le Vernet": "LOC"},
	},
	{
		name:   "the title a name is in apposition to is the person's role",
		docs:   []string{"The regional governor, Mark Dale, rejected the claim on Friday. The governor added that he would meet the mayor."},
		tokens: []tokenWant{{0, "The governor added", "governor", "Mark Dale"}},
	},
	{
		name:   "an ampersand joins one company's name",
		docs:   []string{"Officers were called to Harper & Sons on Briggate after two men threatened staff."},
		types:  map[string]string{"Harper & Sons": "ORG"},
		absent: []string{"Harper"},
	},
	{
		name:   "a name after a kind of service and its determiner is an organisation's; a time zone written out is none",
		docs:   []string{"Services including the streaming platform Vidora and the delivery app QuickCart stopped working shortly after 9 a.m. Eastern Time."},
		types:  map[string]string{"Vidora": "ORG", "QuickCart": "ORG"},
		absent: []string{"Eastern Time"},
	},
	{
		name:   "the recogniser's organisation cut short before the words that end its name",
		docs:   []string{"A failure at one of Amazon Web Services' data centres took thousands of websites offline. AWS apologised."},
		same:   [][]string{{"Amazon Web Services", "AWS"}},
		absent: []string{"Services"},
	},
	{
		name: "a name ending in Rail or Branch is an organisation",
		docs: []string{"The train, operated by Westmoor Rail, left the tracks near Ostby. " +
			"The Rail Accident Investigation Branch sent inspectors. Westmoor Rail said it would help investigators."},
		types: map[string]string{"Westmoor Rail": "ORG", "Rail Accident Investigation Branch": "ORG"},
	},
	{
		name: "a name ending in a kind of business is a company, whatever its first word, and a legal form after it is its own",
		docs: []string{"Glenn Breweries will close its bottling plant in Corvale, the company said on Monday. Glenn shares fell 5 percent. " +
			"The bottles came from a supplier, Harlan Glass Co, which declined to comment. " +
			"Neighbours said Upper Mead Farm and Wendy Orchards had already sold land.",
			"The tyres were made by Darby Rubber Co, which did not respond."},
		same:   [][]string{{"Glenn", "Glenn Breweries"}},
		types:  map[string]string{"Glenn Breweries": "ORG", "Upper Mead Farm": "ORG", "Wendy Orchards": "ORG", "Darby Rubber Co": "ORG"},
		absent: []string{"Co", "Mead Farm", "Darby Rubber"},
	},
	{
		name: "streets and one-word places used as places are no persons",
		docs: []string{"Residents of Kiln Lane and Baxter Street complained about the noise. " +
			"The A12 was closed between Harwick and Stenmoor, and buses ran through Colby. The depot at Gordon Lane will open next year.",
			"The injured woman, a teacher from Colby, was taken to hospital. Stenmoor council said the road would reopen on Friday."},
		types: map[string]string{"Kiln Lane": "LOC", "Baxter Street": "LOC", "Gordon Lane": "LOC", "Colby": "GPE|LOC", "Harwick": "GPE|LOC", "Stenmoor": "GPE|LOC"},
	},
	{
		name: "a common noun before an occupation and a name is no name, and the title phrase is cut whole",
		docs: []string{"Bank clerk Mary Lyle, 29, said she had seen the men before. Project leader Ingrid Sand said the tests would take a year. " +
			"Chief operating officer Mark Tully told investors the plant was safe."},
		tokens: []tokenWant{{0, "said she had", "she", "Mary Lyle"}},
		absent: []string{"Bank", "leader Ingrid Sand", "officer Mark Tully", "operating officer Mark Tully"},
	},
	{
		name: "a role named by its portfolio alone is no alias of its holder",
		docs: []string{"Health Minister Carla Dunn said the ministry would pay for repairs. Dunn visited the hospital on Monday.",
			"Health Minister Carla Dunn opened the new ward."},
		same:   [][]string{{"Carla Dunn", "Dunn"}},
		absent: []string{"Health Minister"},
	},
	{
		name: "an organisation's name keeps its first word, its short name after the, and an abbreviation defined in brackets",
		docs: []string{"Stenmoor Herald: Flood closes bridge\nWater covered the bridge on Monday. " +
			"\"I have never seen anything like it,\" a farmer told the Herald. Shops in Stenmoor closed early. The Fair Trading Office said prices would be checked. " +
			"The Federal Maritime Safety Board (MarSiB) fined the shipping firm 2 million euros."},
		same:   [][]string{{"Herald", "Stenmoor Herald"}, {"MarSiB", "Federal Maritime Safety Board"}},
		types:  map[string]string{"Fair Trading Office": "ORG"},
		absent: []string{"Office", "Trading Office"},
	},
	{
		name: "the club is the one club the document names, even with a company named between",
		docs: []string{"Selmet Capital buys Brennock Rovers\nBrennock Rovers have been bought by Selmet Capital, an investment firm based in Oslo, the club said on Monday. " +
			"Selmet Capital paid about 90 million pounds. The club finished fourth last season.",
			"Kirkby Athletic sacked its manager on Sunday. Fans had called for the change for weeks. The club said a new manager would be named soon."},
		tokens: []tokenWant{{0, "the club said", "club", "Brennock Rovers"}, {0, "The club finished", "club", "Brennock Rovers"},
			{1, "The club said", "club", "Kirkby Athletic"}},
	},
	{
		name: "a description inside a quote stands for the organisation named outside it",
		docs: []string{"Workers at Dremmel Motors voted to strike on Monday. Union leader Ann Varga said: \"Our members will not accept cuts while the company pays record dividends.\"",
			"Harlow Shipping cancelled its evening crossings. \"We told the company this would happen,\" union official Per Lund said.",
			"Harlow Shipping cancelled its crossings. The union representing its crews, Harbour Workers Skandia, said it had warned of this. \"We told the company this would happen,\" union official Per Lund said."},
		tokens: []tokenWant{{0, "while the company", "company", "Dremmel Motors"}, {1, "told the company", "company", "Harlow Shipping"},
			{2, "told the company", "company", "Harlow Shipping"},
			{1, "We told", "We", ""}},
	},
	{
		name: "a description is the one organisation whose name holds its noun, however far back",
		docs: []string{"The Bank of Varna raised its main rate to 4 percent on Thursday. Governor Tomas Rell said prices were still rising. " +
			"Economists at Harwick Capital expected one more increase. The Varna Industry Association said its members would cut investment. " +
			"Its president, Eva Holm, said firms could not borrow. The bank has raised rates four times this year."},
		tokens: []tokenWant{{0, "The bank has", "bank", "Bank of Varna"}},
	},
	{
		name: "a description of a field and a kind is the one organisation whose name holds both words",
		docs: []string{"About 400,000 heaters were recalled, according to the National Product Safety Agency. " +
			"The maker said a thermostat could fail. Shops removed the heaters. The safety agency said it had received the first complaint in December.",
			"Oskar Vell, the former chief executive of the Dunmore Port Authority, was acquitted on Tuesday. The scandal forced the resignation of the port authority's board in 2024.",
			"The Harbour Safety Agency and the Fisheries Agency met on Monday. Later the transport agency said nothing."},
		tokens: []tokenWant{{0, "The safety agency said", "agency", "National Product Safety Agency"},
			{1, "the port authority's", "authority", "Dunmore Port Authority"}, {2, "the transport agency", "agency", ""}},
	},
	{
		name: "of several organisations in reach, a description is the one the text called by its noun",
		docs: []string{"Corvane Records said its sales passed those of Brightway Stores in March, according to Tellis Data, a market research firm. " +
			"The firm said 40 million songs had been sold."},
		tokens: []tokenWant{{0, "The firm said", "firm", "Tellis Data"}},
	},
	{
		name: "a description with only owners and objects in reach is the organisation the document is about",
		docs: []string{"Corvane Records opened a shop in Tarrow on Monday. Corvane Records sells vinyl and players. " +
			"Corvane Records hired 40 staff for the shop. Among the products shown were Brightway Electronics' Orbit player and Lumo Audio's new headphones. " +
			"The company also announced a music app.",
			"Kestwell Health said its systems were attacked on Friday. Kestwell Health closed two clinics. Kestwell Health called the police. " +
				"A criminal group calling itself NightCrow claimed the attack on Monday. The group demanded a ransom.",
			"Dunmere Appliances is recalling 200,000 kettles. Dunmere Appliances said lids could open. Dunmere Appliances apologised. " +
				"Shares in Dunmere's parent company, Teskel Group, fell 4 percent. Analysts at Orbey Securities expected more claims. " +
				"The company said it would write to every customer. It is the second recall for Teskel in two years. In 2024 the group withdrew 300,000 hair dryers."},
		tokens: []tokenWant{{0, "The company also", "company", "Corvane Records"},
			{1, "The group demanded", "group", "NightCrow"}, {2, "the group withdrew", "group", "Teskel Group"},
			{2, "The company said", "company", "Dunmere Appliances"}},
	},
	{
		name: "a description of a place is the one place of that kind the document names",
		docs: []string{"Hundreds of people left their homes in Tarley on Monday after the River Orme burst its banks. " +
			"Rescue teams used boats on Mill Street. The National Flood Agency said the river had reached 4 metres. " +
			"The environment minister visited the town on Tuesday. Work on the Kell Bridge was halted. The bridge was due to open in May.",
			"Mayor Ann Pask said the city had no money left after the budget vote in Dorrow.",
			"Investors welcomed the result in Port Sella. The local currency, the sella, gained 1 percent.",
			"Fans travelled from Brennock to Dalby for the final. The town was quiet.",
			"Floods hit Tarley on Monday. A man was missing near the village of Cobley.",
			"Residents of Wirrinda were told to leave on Monday. The Newell Highway is closed south of the town."},
		tokens: []tokenWant{{0, "said the river", "river", "River Orme"}, {0, "visited the town", "town", "Tarley"},
			{0, "The bridge was", "bridge", "Kell Bridge"}, {2, "the sella, gained", "sella", ""}, {3, "The town was", "town", ""},
			{4, "the village of", "village", ""}, {5, "of the town", "town", "Wirrinda"}},
		types: map[string]string{"River Orme": "LOC"},
	},
	{
		name:   "a currency's letters are no name",
		docs:   []string{"Kestrel Ferries won a NZ$340 million contract and a US$5 million grant in Auckland on Monday."},
		absent: []string{"NZ"},
	},
	{
		name:   "a holiday is no name",
		docs:   []string{"Cabin crew at Northwind Airways will strike over the Easter holiday. \"Easter is one of the busiest weeks of the year,\" said Raj Mehta, an analyst."},
		absent: []string{"Easter"},
	},
	{
		name:   "capitalised common words after 'of' finish an organisation's name",
		docs:   []string{"The researchers described the gecko in a paper published on Tuesday in the Journal of Asian Herpetology. The Varn Office of Environmental Response said it would review the site."},
		types:  map[string]string{"Journal of Asian Herpetology": "ORG"},
		absent: []string{"Journal of Asian"},
	},
	{
		name:   "a named storm is no person",
		docs:   []string{"Storm Delphine brought winds of 130 kilometres an hour to Tarley on Monday. Crews cleared roads in Tarley. Schools were closed. Forecasters said more rain was due. The storm cut power to 3,000 homes."},
		tokens: []tokenWant{{0, "The storm cut", "storm", "Storm Delphine"}},
		types:  map[string]string{"Storm Delphine": "MISC"},
	},
	{
		name: "a kind word after a plural possessive is one name with it",
		docs: []string{"The Metalworkers' Federation, which represents most of the staff, said it would fight the closure. " +
			"Members of the Farmers' Union marched in Dalby.",
			"The Beatles' Apple Corps sued the computer maker."},
		types:  map[string]string{"Metalworkers' Federation": "ORG", "Farmers' Union": "ORG"},
		absent: []string{"Federation", "Union"},
		same:   [][]string{{"Apple Corps", "The Beatles' Apple Corps"}},
	},
	{
		name: "he in what an unnamed person said is that person, not a name before",
		docs: []string{"Tovar Toys recalled 9,000 drones on Monday. Chief executive Paul Brenn apologised. " +
			"A father in Dalby said he was angry that the drone had caught fire. Her lawyer, Ian Rook, said she would appeal."},
		tokens: []tokenWant{{0, "said he was", "he", ""}},
	},
	{
		name: "a description in what a company's leader says is that leader's company, not the one named last",
		docs: []string{"Trams collided near Welby last month, investigators said on Wednesday. The signal, installed in 2019 by contractor Marrwell Systems, had been wrongly wired.\n\n" +
			"The service from Arn to Welby, operated by state-owned Vestbahn, struck a stationary tram.\n\n" +
			"Marrwell Systems said it was cooperating fully with the inquiry. The company said the shift had been supervised by Vestbahn staff.\n\n" +
			"Vestbahn chief executive Oskar Brun said the operator had inspected 200 signals since the accident. He did not say whether the company would seek compensation from the contractor.",
			"Gannet Foods will buy Pirrow Snacks for 300 million euros. Lina Mard, chief executive of Gannet Foods, said on Monday that Pirrow Snacks would keep its brand. " +
				"Pirrow Snacks shares rose 12 percent. Mard said the company would pay in cash.",
			"Brennock Athletic has been bought by Marlow Holdings, an investment firm, the club said on Monday. " +
				"Ravi Malden, chairman of Marlow Holdings, said the deal was good for the town. Fans of Brennock Athletic welcomed the news. " +
				"Malden said the group had no plans to move the club to a new stadium."},
		tokens: []tokenWant{{0, "the operator had inspected", "operator", "Vestbahn"}, {0, "the company would seek", "company", "Vestbahn"},
			{1, "the company would pay", "company", "Gannet Foods"}, {2, "the group had no plans", "group", "Marlow Holdings"}},
	},
	{
		name: "her organisation, his union or the group in what a person says is the one organisation the document ties that person to, by any role",
		docs: []string{"Residents of Harwick complained about heating bills all winter. Mina Hollis, director of the Dessary Consumers' Union, said her organisation would sue Varnell Energy in May.",
			"Harwick Council met Varnell Energy on Tuesday. Irene Solt, an organiser with the Calloway Tenants Alliance, spoke at the meeting. Solt said the group would return next month with a petition.",
			"Ilse Marken of the Carvale Dockworkers Union said her union would strike on Friday.",
			"Kestrel Foods chief executive Tomas Wendt said his company would close two plants in Dravik.",
			"The Tarrow District Court ruled for Calder Homes on Monday. Paul Ostin, a spokesman for the Tarrow Residents Association, which lost the case, said the organisation would appeal the ruling.",
			// controls: two affiliations; another group named in the
			// sentence; no affiliation stated; a critic is no member
			"Greta Holm, chair of the Selby Ramblers Group and director of Holm Outdoor Ltd, said her organisation would plant trees.",
			"Harwick Council met Varnell Energy on Tuesday. Irene Solt, an organiser with the Calloway Tenants Alliance, spoke at the meeting. Solt, who met the Vell Climbers Group on Monday, said the group would march next month.",
			"The opposition Harrow Farmers Union marched in Dunmere on Monday. Its leader, Pavel Stroud, said the new tax would ruin small farms. He said his union would block the roads again.",
			"\"Our union will not back down,\" said Ilse Marken of the Carvale Dockworkers Union.",
			"\"Our company will not back down,\" said Oren Vasse.",
			"Ilse Marken of the Carvale Dockworkers Union said dozens of crane drivers had left their union this year.",
			"The Harrow Farmers Union's chief negotiator, Pavel Stroud, said his union would accept the offer.",
			"Oren Vasse said his group would march on Saturday despite the ban.",
			"Lena Brask, a critic of the Ostry Farmers Union, said her organisation would publish a report."},
		tokens: []tokenWant{{0, "her organisation would", "organisation", "Dessary Consumers' Union"}, {0, "her organisation would", "her", "Dessary Consumers' Union"},
			{1, "the group would", "group", "Calloway Tenants Alliance"},
			{2, "her union would", "union", "Carvale Dockworkers Union"},
			{3, "his company would", "company", "Kestrel Foods"},
			{4, "the organisation would", "organisation", "Tarrow Residents Association"},
			{5, "her organisation would", "organisation", ""},
			{6, "the group would", "group", "Vell Climbers Group"}, // the group named in the sentence, as before, not hers
			{7, "his union would", "union", "Harrow Farmers Union"},
			{8, "Our union will", "union", "Carvale Dockworkers Union"},
			{9, "Our company will", "company", ""},
			{10, "left their union", "union", ""},
			{11, "his union would", "union", "Harrow Farmers Union"},
			{12, "his group would", "group", ""},
			{13, "her organisation would", "organisation", ""}},
	},
	{
		name: "an age description is the person the document gave that age",
		docs: []string{"Marta Quill, 45, said she would run for mayor of Dunholt. Her rival, Peter Brack, 52, said nothing. " +
			"The 45-year-old former schoolteacher had campaigned on housing costs. The 52-year-old declined to comment.",
			"Olga Fenn, 70, chaired the meeting in Tarley on Monday. The 45-year-old told reporters that the plan would fail.",
			"Tomas Brenner (54) and Olga Fenn (61) ran for mayor of Tarley. The 61-year-old won easily.",
			"Tomas Brenner, aged 54, and Peter Ruhl, aged 33, were arrested on Friday. The 33-year-old was released on bail.",
			"Police said 33-year-old Peter Ruhl and Tomas Brenner were arrested on Friday. The 33-year-old was released on bail."},
		tokens: []tokenWant{{0, "The 45-year-old former schoolteacher", "schoolteacher", "Marta Quill"},
			{0, "The 52-year-old declined", "52-year-old", "Peter Brack"}, {1, "The 45-year-old told", "45-year-old", ""},
			{2, "The 61-year-old won", "61-year-old", "Olga Fenn"}, {3, "The 33-year-old was", "33-year-old", "Peter Ruhl"},
			{4, "The 33-year-old was", "33-year-old", "Peter Ruhl"}},
	},
	{
		name: "an age description is the one person in reach, unless two people fit or an unnamed person of that age came before",
		docs: []string{"Voters in Brenmoor elected Ivo Thornquist as mayor on Sunday. The 61-year-old had promised to cut bus fares.",
			"Harwick Rovers have signed winger Tomas Lind from Sporting Velden for 12 million euros. The 24-year-old has agreed a four-year contract.",
			"Ivo Thornquist beat Colm Rudd in the vote on Sunday. The 61-year-old had promised to cut bus fares.",
			"Police arrested Craig Dunmore on Friday. A 19-year-old man was questioned on Saturday. The 19-year-old was released without charge.",
			"Lena Hartig was elected mayor of Orbury on Sunday, defeating Paul Senn. Turnout was 47 percent. " +
				"\"We will build homes,\" Hartig told supporters. The 38-year-old former nurse had campaigned on rents.",
			"Paul Senn conceded defeat on Sunday. Lena Hartig thanked her supporters. The 38-year-old former nurse had campaigned on rents.",
			"Police spokesman Tom Hale said a van struck a boy near the school on Friday. The 6-year-old was taken to hospital.",
			"Tom Hale found a girl in the river on Friday. The 7-year-old was taken to hospital."},
		tokens: []tokenWant{{0, "The 61-year-old had", "61-year-old", "Ivo Thornquist"}, {1, "The 24-year-old has", "24-year-old", "Tomas Lind"},
			{2, "The 61-year-old had", "61-year-old", ""}, {3, "The 19-year-old was", "19-year-old", ""},
			{4, "The 38-year-old former nurse", "nurse", "Lena Hartig"}, {5, "The 38-year-old former nurse", "nurse", ""},
			{6, "The 6-year-old was", "6-year-old", ""}, {7, "The 7-year-old was", "7-year-old", ""}},
	},
	{
		name: "an age description with a noun of one sex is the one person in reach of that sex",
		docs: []string{"Maria Velt and Peter Ruhl met in Velden on Monday. The 44-year-old woman said the talks had gone well.",
			"Maria Velt and Peter Ruhl met in Velden on Monday. The 44-year-old man said the talks had gone badly.",
			"Maria Velt and Anna Brek met in Velden on Monday. The 44-year-old woman said the talks had gone well.",
			"Tarley Town sacked manager Peter Ruhl on Monday after seven straight defeats. The 47-year-old Dutchman was appointed in June.",
			"Tarley Town sacked manager Maria Velt on Monday after seven straight defeats. The 47-year-old Dutchman was appointed in June."},
		tokens: []tokenWant{{0, "The 44-year-old woman", "woman", "Maria Velt"}, {1, "The 44-year-old man", "man", "Peter Ruhl"},
			{2, "The 44-year-old woman", "woman", ""}, {3, "The 47-year-old Dutchman", "Dutchman", "Peter Ruhl"},
			{4, "The 47-year-old Dutchman", "Dutchman", ""}},
		absent: []string{"Dutchman"},
	},
	{
		name: "a role noun is the one person the document gave it in apposition, as a title or before the name",
		docs: []string{"Dr. Yusuf Amari, the microbiologist who led the study, said the compound worked. The microbiologist said trials could begin next year.",
			"The Eskaran federation sacked national team coach Dragan Petrak on Monday. Federation president Ilse Varn said the board had voted. " +
				"The coach said he was disappointed.",
			"Harwick Rovers signed striker Tomas Lind from Velden. Lind scored twice on Saturday. The striker said he was happy.",
			"Rates will rise again, the analyst, Lena Hartig, said on Monday. Banks cut their forecasts. The analyst added that prices were falling.",
			"Lena Hartwig, a microbiologist at Kessbridge University, led the work with Tomas Brenner. Farmers welcomed the results. " +
				"The microbiologist said more tests were needed."},
		tokens: []tokenWant{{0, "the microbiologist who", "microbiologist", "Yusuf Amari"}, {0, "The microbiologist said", "microbiologist", "Yusuf Amari"},
			{1, "The coach said", "coach", "Dragan Petrak"}, {2, "The striker said", "striker", "Tomas Lind"},
			{3, "The analyst added", "analyst", "Lena Hartig"}, {4, "The microbiologist said", "microbiologist", "Lena Hartwig"}},
	},
	{
		name: "a role noun two people were given, or given as a former role, or that singles out someone else, stays unbound",
		docs: []string{"Harwick Rovers signed striker Tomas Lind and striker Jonas Berg from Velden. The striker said he was happy.",
			"The club appointed Anders Holm on Monday. It had also talked to former coach Ernst Baumer. The coach said he was proud.",
			"Harwick Rovers signed Tomas Lind from Velden. The player said he was happy.",
			"The Rail Workers Federation called a strike on Monday. \"We want a fair deal,\" federation general secretary Alan Mbeki told reporters. " +
				"The federation denied reports that it was planning a longer strike.",
			"The High Court on Thursday ruled that the Kessel Gazette newspaper libelled property developer Victor Hallam when it reported that he had bribed city officials. " +
				"Judge Anna Ferl said the newspaper had failed to prove its claims.",
			"Police arrested driver Tom Hale after the crash on Friday. The driver of the second car was unhurt.",
			"Harwick Rovers signed striker Tomas Lind in May. The club also signed a striker from Velden. The striker said he was happy.",
			"Harwick Rovers sacked coach Tomas Lind on Monday. The coach who replaced him said he was proud."},
		tokens: []tokenWant{{0, "The striker said", "striker", ""}, {1, "The coach said", "coach", ""}, {2, "The player said", "player", ""},
			{3, "The federation denied", "federation", "Rail Workers Federation"}, {4, "the newspaper had", "newspaper", ""},
			{5, "The driver of", "driver", ""}, {6, "The striker said", "striker", ""}, {7, "The coach who", "coach", ""}},
	},
	{
		name: "his client is the person whose lawyer the sentence names",
		docs: []string{"Judge Anna Ferl jailed Peter Ruhl for four years on Friday. His lawyer, Tom Brack, said his client would appeal.",
			"Olga Fenn was fined on Monday. Olga Fenn's lawyer, Tom Brack, said his client would appeal.",
			"Judge Anna Ferl jailed Peter Ruhl for four years on Friday. Tom Brack said his client would appeal."},
		tokens: []tokenWant{{0, "his client would", "client", "Peter Ruhl"}, {1, "his client would", "client", "Olga Fenn"},
			{2, "his client would", "client", ""}},
	},
	{
		name: "his rival is the one other person in reach who was a subject there",
		docs: []string{"Lena Hartig won 52 percent of the vote. She thanked her supporters. Paul Senn conceded defeat and congratulated his rival.",
			"Lena Hartig and Maria Velt led the count. Paul Senn conceded defeat and congratulated his rival.",
			"Paul Senn thanked his wife, Maria Velt, on Sunday. He congratulated his rival."},
		tokens: []tokenWant{{0, "congratulated his rival", "rival", "Lena Hartig"}, {1, "congratulated his rival", "rival", ""},
			{2, "congratulated his rival", "rival", ""}},
	},
	{
		name: "a description followed by its name in apposition is no reference to an organisation named before",
		docs: []string{"A wildfire near Dalby forced 2,000 people from their homes on Tuesday. The National Guard sent 300 soldiers to help. " +
			"Officials said it may have been started by a power line, but the utility, Sierra West Power, denied that its equipment was involved.",
			"Kessa Paints admitted the charges at Dunmore Crown Court. The regulator, the Clean Water Agency, said the river would recover."},
		tokens: []tokenWant{{0, "but the utility", "utility", ""}, {1, "The regulator", "regulator", ""}},
	},
	{
		name: "a name the text once calls a company is the company in the rest of the document",
		docs: []string{"Halvik Foods has agreed to buy rival snack maker Dunmeadow for 900 million crowns. " +
			"Dunmeadow, founded in 1962 by the Lund family, makes crackers. Shares in Dunmeadow rose 20 percent."},
		types: map[string]string{"Dunmeadow": "ORG"},
	},
	{
		name: "a business's first word alone is its short name, not a person, a place or a second company",
		docs: []string{"The inquiry concerns contracts granted to Brisk Road Services, a paving firm. Police searched the offices of Brisk on Monday. " +
			"The complaint came from a rival, Solberg Asphalt, which lost two tenders. Solberg said the bids were late. Brisk has rejected that claim.",
			"The novel will be published by Hollin Press in May. Hollin said the book was finished.",
			"Workers at Kestrel Terminals, which runs the port at Ravnsund, walked out. The Ravnsund Growers' Cooperative said exports in Ravnsund had stopped.",
			"Voters in Tamsby elected a new mayor. The Tamsby Courier said Tamsby had chosen change."},
		same:  [][]string{{"Brisk", "Brisk Road Services"}, {"Solberg", "Solberg Asphalt"}, {"Hollin", "Hollin Press"}},
		apart: [][2]string{{"Ravnsund", "Ravnsund Growers' Cooperative"}, {"Tamsby", "Tamsby Courier"}, {"Brisk", "Solberg"}},
		types: map[string]string{"Brisk Road Services": "ORG", "Solberg Asphalt": "ORG", "Kestrel Terminals": "ORG", "Hollin Press": "ORG"},
	},
	{
		name: "the demonym of a place the gazetteer does not know is that place, never a second one",
		docs: []string{"Opposition wins in Calvarian parliamentary election\n\nTARSO, Nov 3 (Wire) - Calvaria's opposition won the election on Sunday. " +
			"The Calvarian dinar rose 1 percent against the euro.",
			"Landslide in Estorian vote\n\nEstoria's ruling party lost on Sunday. The Estorian currency fell. Voters in Estoria were angry."},
		same:  [][]string{{"Calvaria", "Calvarian"}, {"Estoria", "Estorian"}},
		types: map[string]string{"Calvaria": "LOC", "Estoria": "LOC"},
	},
	{
		name: "a name whose relative clause says it makes or runs something is a business's, even first in its sentence; the company is the last one named, the airline the one whose name says so",
		docs: []string{"Selmer Lines flew the jet to Brask on Tuesday. Talberg, which builds the T-20, said it would support the inquiry. The company did not comment further.",
			"Workers at Kestrel Terminals walked out on Monday. Vessa, which makes the cranes, said it would send engineers. The company said the work would take a week.",
			"A Tamber Airways jet landed in Brask on Tuesday. Talberg, which builds the T-20, said it would help. The airline said passengers would get a refund.",
			"Greyhill Press will publish the novel in May. Orvane, which runs the printing plant, said paper was short. The publisher said the book would appear as planned."},
		tokens: []tokenWant{{0, "The company did", "company", "Talberg"}, {1, "The company said", "company", "Vessa"},
			{2, "The airline said", "airline", "Tamber Airways"}, {3, "The publisher said", "publisher", "Greyhill Press"}},
		types: map[string]string{"Talberg": "ORG", "Vessa": "ORG"},
	},
	{
		name: "a description stands for the one organisation of its kind named further back; a plural's apostrophe inside an organisation's name keeps the name whole",
		docs: []string{"Dockers at Tolvik walked out on Monday in a dispute with Kestrel Terminals, which runs the city's container port. The strike could cost the economy 40 million crowns a day, analysts said. " +
			"The Dock Workers union said about 3,000 members had joined the strike, which began at dawn. Union leader Siv Dahle told a rally that the port operator wanted to replace crane drivers with machines.",
			"The Lusk Farmers' Cooperative estimated that 30,000 hectares had been damaged. The group said losses could exceed 9 million crowns.",
			"Members of the Tarrow Growers' Association met on Monday. The association said prices were too low."},
		tokens: []tokenWant{{0, "the port operator", "operator", "Kestrel Terminals"}, {1, "The group said", "group", "Lusk Farmers' Cooperative"},
			{2, "The association said", "association", "Tarrow Growers' Association"}},
		types: map[string]string{"Lusk Farmers' Cooperative": "ORG", "Tarrow Growers' Association": "ORG"},
	},
	{
		name: "a description the document names in apposition stands for that organisation before the apposition too",
		docs: []string{"Dockers at Tolvik walked out on Monday. The Dock Workers union said 3,000 members had joined the strike. " +
			"Union leader Siv Dahle told a rally that the port operator wanted to replace crane drivers with machines. " +
			"The port operator, Kestrel Terminals, said it had no plans for layoffs.",
			"Prices of cover rose in May, the insurer said. The insurer, Halvard Mutual, blamed the floods.",
			"The lender said rates would rise. In March the lender, Corrin Savings, cut its rate. In May the lender, Pell Finance, raised its rate."},
		tokens: []tokenWant{{0, "the port operator wanted", "operator", "Kestrel Terminals"}, {1, "the insurer said", "insurer", "Halvard Mutual"},
			{2, "The lender said", "lender", ""}},
	},
	{
		name: "a name before 'party' is a party's, whole, wherever the recogniser cut it or took it for a person",
		docs: []string{"Calvaria's opposition Civic Dawn party won the election on Sunday. Civic Dawn took 94 of the 150 seats, the commission said. " +
			"The ruling Front had accused Civic Dawn of taking foreign money.",
			"The governing Bright Harbour party lost ten seats. Bright Harbour blamed the economy. Voters punished Bright Harbour in the north."},
		same:   [][]string{{"Civic Dawn"}, {"Bright Harbour"}},
		types:  map[string]string{"Civic Dawn": "ORG", "Bright Harbour": "ORG"},
		absent: []string{"Dawn", "Civic", "Harbour"},
	},
	{
		name: "a guild is an organisation; a square named after a place's possessive is the square, the place a name of its own",
		docs: []string{"The pilots' union, the Flyers Guild, said the crew had performed well. The Weavers Guild said it would join the protest.",
			"Thousands rallied in Tarsk's Liberty Square on Sunday. Crowds gathered in Velmar's Harbour Park on Monday."},
		types:  map[string]string{"Flyers Guild": "ORG", "Weavers Guild": "ORG", "Harbour Park": "LOC", "Velmar": "LOC", "Liberty Square": "LOC"},
		absent: []string{"Velmar's Harbour Park", "Tarsk's Liberty Square"},
	},
	{
		name: "a title in quotation marks after a work's noun is a work, the names inside it none of their own; the book is that work",
		docs: []string{"Ana Vell published her first novel, \"The Glass Harbour,\" in 1990. She wrote nine more novels, including \"Dusk at Tarrow Bay,\" which won a prize. " +
			"Her husband died in 2019. She retired in 2021. Her last novel, \"The Ferryman's Son,\" is due next month. Hollin Press said the book was finished."},
		types:  map[string]string{"The Glass Harbour": "MISC", "Dusk at Tarrow Bay": "MISC", "The Ferryman's Son": "MISC"},
		absent: []string{"Tarrow Bay"},
		tokens: []tokenWant{{0, "said the book", "book", "The Ferryman's Son"}},
	},
	{
		name: "an organisation's head word before 'for' or 'of' and capitalised words opens its name; it after the party that says so is the party",
		docs: []string{"Observers from the Council for Democratic Elections said the vote was fair. " +
			"A smaller party, the Green Union, won 11 seats and said it would not join any government.",
			"The Mines Inspectorate said it had opened an investigation into the fire."},
		types:  map[string]string{"Council for Democratic Elections": "ORG"},
		tokens: []tokenWant{{0, "said it would", "it", "Green Union"}, {1, "said it had", "it", "Mines Inspectorate"}},
	},
	{
		name: "a dateline's place is a place, named in title case, the same as the place named in the text",
		docs: []string{"Study finds walking helps\n\nBRAVIK, June 3 (Wire) - Walking for 20 minutes a day cut the risk of heart disease, researchers said on Tuesday. " +
			"The study followed 4,000 adults in Bravik and two other towns."},
		types: map[string]string{"Bravik": "LOC"},
		same:  [][]string{{"Bravik", "BRAVIK"}},
	},
	{
		name: "it after a spokesman for an organisation is that organisation, not a company named before",
		docs: []string{"Talvik Home is recalling 40,000 heaters, the National Safety Agency said. The agency said Talvik had not reported the problem. " +
			"A spokesman for the agency, Jon Eld, said it was reviewing whether the company had broken rules.",
			"Talvik Home is recalling 40,000 heaters. Regulators said Talvik had not reported the problem. " +
				"A spokesman for the regulator, Jon Eld, said it was reviewing whether the company had broken rules.",
			"Talvik Home is recalling 40,000 heaters. A spokesman for Talvik Home, Jon Eld, said it would pay refunds."},
		tokens: []tokenWant{{0, "said it was", "it", "National Safety Agency"}, {1, "said it was", "it", ""}, {1, "the regulator, Jon", "regulator", ""}, {2, "said it would", "it", "Talvik Home"}},
	},
	{
		name: "a title written alone before the one person the corpus names with it is an alias of that person",
		docs: []string{"Velmora said on Monday that company CEO Mara Lind would step down. Lind joined Velmora in 2019.",
			"Halvard CEO Tomas Rieck bought shares on Friday. Former CEO Ivo Brandt sold his.",
			"Mayor Rosalind Achterberg opened the library. Mr Justice Colin Hart heard the case in Tarrow.",
			"Transport Minister Helena Okafor met union leaders. Dr Anna Weiss said the talks went well. St Aldric founded the abbey. Gen. Marek Olsz inspected the troops."},
		same:   [][]string{{"Mara Lind", "CEO"}, {"Rosalind Achterberg", "Mayor"}, {"Colin Hart", "Mr Justice"}},
		apart:  [][2]string{{"Tomas Rieck", "CEO"}, {"Ivo Brandt", "CEO"}},
		absent: []string{"Minister", "Dr", "St", "Gen.", "Former CEO", "Transport Minister"},
	},
	{
		name:   "a title written alone before two persons of the corpus names neither",
		docs:   []string{"CEO Mara Lind said Velmora would cut 300 jobs.", "CEO Tomas Rieck said Halvard would hire 200 people."},
		absent: []string{"CEO"},
	},
	{
		name: "a title of several words is the one person the document names with it, and no one when two hold it",
		docs: []string{
			"Anton Belisko, the chief executive of Halvard Mining, visited the site on Monday. Later the chief executive told reporters that the men were safe.",
			"Prime Minister Esko Varrin visited the mine on Wednesday. Rescue teams pulled eleven miners out. The prime minister said new rules would follow.",
			"Finance Minister Ivo Brandt and Transport Minister Helena Okafor met union leaders on Friday. Trains were cancelled. The finance minister said there was no money.",
			"Ines Kamara, the chief medical officer of Pellanor, presented the data. The chief medical officer said the drug was safe.",
			"Velmora CEO Tomas Rieck met Halvard chief executive Anton Belisko on Monday. The chief executive said the talks went well.",
			"Halvard CEO Anton Belisko visited the mine on Monday. The former chief executive said production should never have resumed.",
			"Governor Ilka Varga held rates on Wednesday. Deputy Governor Oren Salk voted for a cut. The governor said inflation was falling. The deputy governor said it was not.",
			"Vesnian Prime Minister Lenka Dvorak signed the treaty on Monday. The prime minister's coalition holds 104 seats.",
		},
		tokens: []tokenWant{
			{0, "the chief executive told", "executive", "Anton Belisko"},
			{1, "The prime minister said", "minister", "Esko Varrin"},
			{2, "The finance minister said", "minister", "Ivo Brandt"},
			{3, "The chief medical officer said", "officer", "Ines Kamara"},
			{4, "The chief executive said", "executive", ""},
			{5, "The former chief executive said", "executive", ""},
			{6, "The governor said", "governor", "Ilka Varga"},
			{6, "The deputy governor said", "governor", "Oren Salk"},
			{7, "The prime minister's coalition", "minister", "Lenka Dvorak"},
		},
	},
	{
		name: "a description with a modifier is the organisation the document names by its noun alone in apposition",
		docs: []string{"Union leaders and the state operator agreed on Thursday to resume talks. The operator, Velden Intercity Railways, said only 12 trains were running.",
			"Union leaders and the state operator agreed on Thursday to resume talks. The operator, Velden Intercity Railways, said 12 trains were running. The operator, Brask Freight, said none of its were."},
		tokens: []tokenWant{{0, "the state operator agreed", "operator", "Velden Intercity Railways"}, {1, "the state operator agreed", "operator", ""}},
	},
	{
		name: "a description is no one when two organisations in reach are called by its noun, whichever is the subject",
		docs: []string{"The Aldorian Locomotive Drivers' Union and the Aldorian Rail Workers' Union called a strike on Monday. Officials said the union had rejected a 4 percent offer.",
			"Velmora Bank and Ostrel Bank reported higher profits on Tuesday. Analysts said the bank had cut costs.",
			"The Aldorian Rail Workers' Union and Aldoria Intercity Railways met on Monday. Officials said the union had rejected a 4 percent offer.",
			"Harlow Inc. launched the vTunes Music Store, an online music store, on April 28, 2003. The store was renamed to vTunes Store in 2006, as Harlow began selling films. Since its launch the store has sold more than 3 billion songs."},
		tokens: []tokenWant{{0, "the union had", "union", ""}, {1, "the bank had", "bank", ""}, {2, "the union had", "union", "Aldorian Rail Workers' Union"}, {3, "the store has", "store", "vTunes Music Store"}},
	},
}

type tokenWant struct {
	doc          int
	phrase, word string
	want         string // "" = no entity
}

func TestErrorClasses(t *testing.T) {
	a, err := annotator()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range classTests {
		t.Run(tc.name, func(t *testing.T) {
			var docs []resolve.Doc
			for i, text := range tc.docs {
				docs = append(docs, resolve.Doc{ID: string(rune('a' + i)), Sentences: a.Annotate(text)})
			}
			res := resolve.Resolve(docs, nil)
			for _, e := range res.Entities {
				t.Logf("%-24s %-6s %v", e.Name, e.Type, e.Aliases)
			}
			for _, group := range tc.same {
				first := entityOf(res, group[0])
				if len(first) != 1 {
					t.Errorf("%q is in %d entities, want 1", group[0], len(first))
					continue
				}
				for _, s := range group[1:] {
					if got := entityOf(res, s); len(got) != 1 || got[0] != first[0] {
						t.Errorf("%q resolved to %v, want %v (with %q)", s, got, first, group[0])
					}
				}
			}
			for _, p := range tc.apart {
				x, y := entityOf(res, p[0]), entityOf(res, p[1])
				for _, i := range x {
					for _, j := range y {
						if i == j {
							t.Errorf("%q and %q merged into %s", p[0], p[1], i)
						}
					}
				}
			}
			for _, tt := range tc.tokens {
				got := tokenEntity(res, docs, docs[tt.doc].ID, tt.phrase, tt.word)
				if got != tt.want {
					t.Errorf("%q in %q = %q, want %q", tt.word, tt.phrase, got, tt.want)
				}
			}
			for name, want := range tc.types {
				found := false
				for _, e := range res.Entities {
					if e.Name == name {
						found = true
						if !strings.Contains("|"+want+"|", "|"+e.Type+"|") {
							t.Errorf("%s is a %s, want %s", name, e.Type, want)
						}
					}
				}
				if !found {
					t.Errorf("no entity named %q", name)
				}
			}
			for _, alias := range tc.absent {
				if ids := entityOf(res, alias); len(ids) > 0 {
					t.Errorf("%q is an alias of %v, want of none", alias, ids)
				}
			}
		})
	}
}

// TestPossessiveTailAfterCutName: the recogniser tags only the first word
// of "Farlow Supporters' Trust"; the capitalised plural, its apostrophe and
// the organisation's word after it are the name's, so no lone "Farlow"
// organisation is left.
func TestPossessiveTailAfterCutName(t *testing.T) {
	a, err := annotator()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Nina Tarrant, a spokeswoman for the Farlow Supporters' Trust, said fans were relieved.",
		"The Farlow Residents' Association said the plan was too costly.",
	} {
		ss := a.Annotate(text)
		for si := range ss {
			toks := ss[si].Tokens
			for i := range toks {
				if toks[i].Text == "Farlow" {
					toks[i].Ent = "B-ORG"
					for k := i + 1; k < len(toks) && k <= i+3; k++ {
						toks[k].Ent = "O"
					}
				}
			}
		}
		res := resolve.Resolve([]resolve.Doc{{ID: "a", Sentences: ss}}, nil)
		var names []string
		for _, e := range res.Entities {
			names = append(names, e.Name)
		}
		if ids := entityOf(res, "Farlow"); len(ids) > 0 {
			t.Errorf("%q: Farlow is an entity of its own %v (entities %v)", text, ids, names)
		}
	}
}

// TestSaintNamesInstitution: "St Maren hospital" in a headline, read as
// the person Maren behind a title, is the hospital the text names "St
// Maren University Hospital", though Maren is a given name; and the
// entity keeps the full name.
func TestSaintNamesInstitution(t *testing.T) {
	a, err := annotator()
	if err != nil {
		t.Fatal(err)
	}
	ss := a.Annotate("St Maren hospital denies data leak\n\nSt Maren University Hospital on Monday denied that patient records had been stolen.")
	for si := range ss {
		toks := ss[si].Tokens
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].Text != "St" || toks[i+1].Text != "Maren" {
				continue
			}
			if i+2 < len(toks) && toks[i+2].Text == "University" {
				toks[i].Ent, toks[i+1].Ent, toks[i+2].Ent, toks[i+3].Ent = "B-ORG", "I-ORG", "I-ORG", "I-ORG"
			} else {
				toks[i].Ent, toks[i+1].Ent = "O", "B-PERSON"
			}
		}
	}
	res := resolve.Resolve([]resolve.Doc{{ID: "a", Sentences: ss}}, nil)
	for _, e := range res.Entities {
		t.Logf("%-24s %-6s %v", e.Name, e.Type, e.Aliases)
		if e.Type == "PERSON" {
			t.Errorf("%s is a person", e.Name)
		}
	}
	if got := entityOf(res, "St Maren University Hospital"); len(got) != 1 || got[0] != "e:org:st_maren_university_hospital" {
		t.Errorf("St Maren University Hospital is %v", got)
	}
}

// TestMiscNameOfPerson: a person's full name that one document's
// recogniser typed MISC ("the prize to ... Menachem Begin") is that person,
// not an entity of its own.
func TestMiscNameOfPerson(t *testing.T) {
	a, err := annotator()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"Prime Minister Ilya Marten met the envoy on Monday. Marten said the talks went well.",
		"The committee gave the Harbour Prize to Ilya Marten on Friday."}
	var docs []resolve.Doc
	for i, text := range texts {
		ss := a.Annotate(text)
		if i == 1 {
			for si := range ss {
				toks := ss[si].Tokens
				for k := 0; k+1 < len(toks); k++ {
					if toks[k].Text == "Ilya" && toks[k+1].Text == "Marten" {
						toks[k].Ent, toks[k+1].Ent = "B-MISC", "I-MISC"
					}
				}
			}
		}
		docs = append(docs, resolve.Doc{ID: string(rune('a' + i)), Sentences: ss})
	}
	res := resolve.Resolve(docs, nil)
	n := 0
	for _, e := range res.Entities {
		for _, al := range e.Aliases {
			if al == "Ilya Marten" {
				n++
				if e.Type != "PERSON" {
					t.Errorf("%s typed %s, want PERSON", e.Name, e.Type)
				}
				break
			}
		}
	}
	if n != 1 {
		for _, e := range res.Entities {
			t.Logf("%s %s %v", e.Name, e.Type, e.Aliases)
		}
		t.Errorf("%d entities hold 'Ilya Marten', want 1", n)
	}
}
