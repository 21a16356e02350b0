package nlp

import (
	"fmt"
	"strings"
	"testing"
)

func TestRepairTags(t *testing.T) {
	tests := []struct {
		words, xpos string
		want        string // xpos after repair
	}{
		{ // the verb after a sentence's opening noun phrase read as a participle
			"The opposition called for an inquiry into the contract , which is worth 1.2 billion crowns .", "DT NN VBN IN DT NN IN DT NN , WDT VBZ JJ CD CD NNS .",
			"DT NN VBD IN DT NN IN DT NN , WDT VBZ JJ CD CD NNS ."},
		{"At least three people died , police said .", "IN JJS CD NNS VBN , NNS VBD .", "IN JJS CD NNS VBD , NNS VBD ."},
		{"Troops stationed in the north were withdrawn .", "NNS VBN IN DT NN VBD VBN .", "NNS VBN IN DT NN VBD VBN ."},
		{"The blast , which happened at dawn , shattered windows .", "DT NN , WDT VBD IN NN , VBN NNS .", "DT NN , WDT VBD IN NN , VBD NNS ."},
		{"The men , who were arrested on Monday , released on bail , left .", "DT NNS , WP VBD VBN IN NNP , VBN IN NN , VBD .", "DT NNS , WP VBD VBN IN NNP , VBN IN NN , VBD ."},
		{"Paint firm fined after spill", "NN NN VBN IN NN", "NN NN VBN IN NN"},
		{"Shares sold on Monday rose 4 percent .", "NNS VBN IN NNP VBD CD NN .", "NNS VBN IN NNP VBD CD NN ."},
		{ // a sentence without a finite verb: its first participle after a subject
			"On August 24 , Jobs resigned from his post .", "IN NNP CD , NNP VBN IN PRP$ NN .", "IN NNP CD , NNP VBD IN PRP$ NN ."},
		{"It declined to name them .", "PRP VBN TO VB PRP .", "PRP VBD TO VB PRP ."},
		{"Jobs then moved on .", "NNP RB VBN RP .", "NNP RB VBD RP ."},
		{"Sokol , a former mayor of Varn , campaigned on promises .", "NNP , DT JJ NN IN NNP , VBN IN NNS .", "NNP , DT JJ NN IN NNP , VBD IN NNS ."},
		{"The study , published in the journal Earth Letters , measured methane .", "DT NN , VBN IN DT NN NNP NNP , VBN NN .", "DT NN , VBN IN DT NN NNP NNP , VBD NN ."},
		{"Net income of 310 million , or 1.84 per diluted share , compared with 378 million .", "NNP NN IN CD CD , CC CD IN VBN NN , VBN IN CD CD .", "NNP NN IN CD CD , CC CD IN VBN NN , VBN IN CD CD ."},
		{"People take Corvalin , a tablet used to treat pain .", "NNS VB NNP , DT NN VBN TO VB NN .", "NNS VB NNP , DT NN VBN TO VB NN ."},
		{"Updated at 11:42 p.m. to include comments .", "VBN IN CD NN TO VB NNS .", "VBN IN CD NN TO VB NNS ."},
		{ // a verb after a name and an age read as a participle
			"Brandt , 52 , joined from Lisle United", "NNP , CD , VBN IN NNP NNP", "NNP , CD , VBD IN NNP NNP"},
		{"Ada Marr , 61 , supported by her family , said", "NNP NNP , CD , VBN IN PRP$ NN , VBD", "NNP NNP , CD , VBN IN PRP$ NN , VBD"},
		{"the 2009 , 2010 , won titles", "DT CD , CD , VBN NNS", "DT CD , CD , VBN NNS"},
		{ // a model's name, a capitalised word and a number
			"the Aurel-2 satellite and a Falcon-9 rocket were lost in Mid-2020 , not the under-21 team", "DT NN NN CC DT JJ NN VBD VBN IN NN , RB DT JJ NN",
			"DT NNP NN CC DT NNP NN VBD VBN IN NN , RB DT JJ NN"},
		{ // a past-tense verb between subject and object
			"a drone attack set oil tanks ablaze",
			"DT NN NN VBN NN NNS RB",
			"DT NN NN VBD NN NNS RB"},
		{"ministers signed the accord", "NNS VBN DT NN", "NNS VBD DT NN"},
		{ // a bare verb after "help"
			"Tarrow will help fund the repair", "NNP MD VB NN DT NN", "NNP MD VB VB DT NN"},
		{"the grant helped pay their wages", "DT NN VBD NN PRP$ NNS", "DT NN VBD VB PRP$ NNS"},
		{"the help desk", "DT NN NN", "DT NN NN"},
		{ // a preposition read as an adverb before its noun phrase
			"patients who took it alongside standard treatment had fewer strokes", "NNS WP VBD PRP RB JJ NN VBD JJR NNS", "NNS WP VBD PRP IN JJ NN VBD JJR NNS"},
		{"the crowd stayed outside", "DT NN VBD RB", "DT NN VBD RB"},
		{ // a company's descriptor before its name is a noun
			"Logistics firm Harlow Cargo said", "NNS JJ NNP NNP VBD", "NNS NN NNP NNP VBD"},
		{"Mining firm Oster said", "VBG JJ NNP VBD", "NN NN NNP VBD"},
		{"Chip giant Tarvel said", "NN JJ NNP VBD", "NN NN NNP VBD"},
		{"he held firm Tuesday", "PRP VBD JJ NNP", "PRP VBD JJ NNP"},
		{ // a base form never follows "a" and a singular noun
			"a brisk jog around the park makes a difference", "DT NN VB IN DT NN VBZ DT NN", "DT NN NN IN DT NN VBZ DT NN"},
		{"a crisp stroll by the river lifted her mood", "DT NN VB IN DT NN VBD PRP$ NN", "DT NN NN IN DT NN VBD PRP$ NN"},
		{"the crowd walk to the square", "DT NN VB IN DT NN", "DT NN VB IN DT NN"},
		{ // "won" after "had" is the participle of "win"
			"the company had won the contracts", "DT NN VBD IN DT NNS", "DT NN VBD VBN DT NNS"},
		{"prices in won rose", "NNS IN IN VBD", "NNS IN IN VBD"},
		{ // a headline's verb read as a plural before a base form read as its verb
			"opposition wins landslide in Varn election", "NN NNS VBP IN NNP NN", "NN VBZ NN IN NNP NN"},
		{"union wins pay rise for nurses", "NN NNS VB NN IN NNS", "NN VBZ NN NN IN NNS"},
		{"the workers strike today .", "DT NNS VBP NN .", "DT NNS VBP NN ."},
		{ // "focuses on" after a singular noun is the verb, and the past form after a noun a participle
			"the audit focuses on grants awarded in 2021", "DT NN NNS IN NNS VBD IN CD", "DT NN VBZ IN NNS VBN IN CD"},
		{"the probe centres on payments made to Lorn", "DT NN NNS IN NNS VBD TO NNP", "DT NN VBZ IN NNS VBN TO NNP"},
		{"the focuses on costs will change", "DT NNS IN NNS MD VB", "DT NNS IN NNS MD VB"},
		{ // a -maker noun is never a verb
			"a suit against electronics maker Tarvo", "DT NN IN NNS VBP NNP", "DT NN IN NNS NN NNP"},
		{"chipmakers rose", "VBZ VBD", "NNS VBD"},
		{ // a noun of a name's subject read as the name's verb
			"The Tallis harbour board on Monday approved a terminal", "DT NNPS VBP NN IN NNP VBD DT NN", "DT NNPS NN NN IN NNP VBD DT NN"},
		{"Varn water board raised fares", "NNP VBP NN VBN NNS", "NNP NN NN VBD NNS"},
		{"The Tories back plans Moscow drafted", "DT NNPS VBP NNS NNP VBD", "DT NNPS VBP NNS NNP VBD"},
		{"Greens back plans for a tax", "NNPS VBP NNS IN DT NN", "NNPS VBP NNS IN DT NN"},
		{ // an adjective before a title and a name, read as a gerund
			"Outgoing Prime Minister Dragan Velic conceded defeat", "VBG NNP NNP NNP NNP VBD NN", "JJ NNP NNP NNP NNP VBD NN"},
		{"Acting Mayor Tor Vik said", "VBG NNP NNP NNP VBD", "JJ NNP NNP NNP VBD"},
		{"Visiting Paris cost him a fortune", "VBG NNP VBD PRP DT NN", "VBG NNP VBD PRP DT NN"},
		{"Leaving Mayor Vik alone, the council voted", "VBG NNP NNP RB , DT NN VBD", "VBG NNP NNP RB , DT NN VBD"},
		{ // a bare verb after "to" takes a possessive after it; a noun does not
			"it is easy for developers to port their apps", "PRP VBZ JJ IN NNS IN NN PRP$ NNS", "PRP VBZ JJ IN NNS TO VB PRP$ NNS"},
		{"he went to school the next day", "PRP VBD IN NN DT JJ NN", "PRP VBD IN NN DT JJ NN"},
		{"developers want to port their Mac apps to Intel", "NNS VBP IN NN PRP$ NNP VBZ IN NNP", "NNS VBP TO VB PRP$ NNP NNS IN NNP"},
		{ // "help" coordinated with a verb, before whom it helps and a bare verb
			"it would offer loans and help farmers buy seed", "PRP MD VB NNS CC NN NNS VB NN", "PRP MD VB NNS CC VB NNS VB NN"},
		{"they cut fees or help small shops stay open", "PRP VBD NNS CC NN JJ NNS VB JJ", "PRP VBD NNS CC VB JJ NNS VB JJ"},
		{"food and help workers need", "NN CC NN NNS VBP", "NN CC NN NNS VBP"}, // no verb before the conjunction
		{ // a bare verb right after a verb of saying is the reported clause's subject noun
			"residents said work on the wall had stopped", "NNS VBD VB IN DT NN VBD VBN", "NNS VBD NN IN DT NN VBD VBN"},
		{"officials say help is coming", "NNS VBP VB VBZ VBG", "NNS VBP NN VBZ VBG"},
		{"he said go away", "PRP VBD VB RB", "PRP VBD VB RB"}, // an imperative: an adverb follows
		{ // a bare verb coordinated with one
			"it would cut 900 jobs and close its plant", "PRP MD VB CD NNS CC JJ PRP$ NN", "PRP MD VB CD NNS CC VB PRP$ NN"},
		{"a quick and close the gap", "DT JJ CC JJ DT NN", "DT JJ CC JJ DT NN"},
		{ // a headline's verb of saying before a clause with a verb of its own
			"Court rules Tarrow Herald libelled developer", "NN NNS NNP NNP VBD NN", "NN VBZ NNP NNP VBD NN"},
		{"Study finds fish stocks fell", "NN NNS NN NNS VBD", "NN VBZ NN NNS VBD"},
		{ // "that" with nothing after it to introduce is a pronoun
			"we have to admit that , '' he said", "PRP VBP TO VB IN , '' PRP VBD", "PRP VBP TO VB DT , '' PRP VBD"},
		{"he said that , over the weeks , sales fell", "PRP VBD IN , IN DT NNS , NNS VBD", "PRP VBD IN , IN DT NNS , NNS VBD"},
		{ // a past tense after "have" is a participle
			"the firm had refused to pay", "DT NN VBD VBD TO VB", "DT NN VBD VBN TO VB"},
		{"the gunman fired at least six shots", "DT NN VBN IN JJS CD NNS", "DT NN VBD IN JJS CD NNS"},
		{ // a reduced relative: nothing nominal follows
			"the troops stationed there left", "DT NNS VBN RB VBD", "DT NNS VBN RB VBD"},
		{ // a day name follows: "the plan unveiled Tuesday"
			"the plan unveiled Tuesday", "DT NN VBN NNP", "DT NN VBN NNP"},
		{ // an auxiliary makes it a participle
			"the accord was signed the next day", "DT NN VBD VBN DT JJ NN", "DT NN VBD VBN DT JJ NN"},
		{ // a relative pronoun before it
			"the deal which leaders signed the day", "DT NN WDT NNS VBN DT NN", "DT NN WDT NNS VBN DT NN"},
		{ // no noun before it
			"they signed the accord", "PRP VBN DT NN", "PRP VBN DT NN"},
		{ // a headline: no verb at all, a plural noun tag between two nouns
			"Regulator fines two banks", "NN NNS CD NNS", "NN VBZ CD NNS"},
		{"Council approves Harbor budget", "NNP NNS NNP NN", "NNP VBZ NNP NN"},
		{ // a headline's second clause after a comma
			"Central bank raises rates , finance minister objects", "JJ NN VBZ NNS , NN NN NNS", "JJ NN VBZ NNS , NN NN VBZ"},
		{"Factory fire injures 12 , union blames cuts", "NN NN VBZ CD , NN NNS NNS", "NN NN VBZ CD , NN VBZ NNS"},
		{ // a sentence, closed by a full stop, keeps its list
			"The shop sells salt , pepper flakes .", "DT NN VBZ NN , NN NNS .", "DT NN VBZ NN , NN NNS ."},
		{ // a present-tense verb after a plural noun: the verb is the one before
			"Corvane recalls smartwatches after burns", "NNP NNS VBZ IN NNS", "NNP VBZ NNS IN NNS"},
		{"Tarrow Mills hires bakers", "NNP NNPS NNS VBZ", "NNP NNPS VBZ NNS"},
		{ // a verb before: no headline subject
			"Tarrow says mills employs", "NNP VBZ NNS VBZ", "NNP VBZ NNS VBZ"},
		{ // a verb elsewhere: not a headline
			"Grain prices rose sharply", "NN NNS VBD RB", "NN NNS VBD RB"},
		{ // nothing nominal follows
			"Harbor repairs", "NNP NNS", "NNP NNS"},
		{ // an intention verb before "to" and a base verb
			"the bank plans to close 40 branches", "DT NN NNS TO VB CD NNS", "DT NN VBZ TO VB CD NNS"},
		{"the union threatens to strike", "DT NN NNS TO VB", "DT NN VBZ TO VB"},
		{"the bank reportedly plans to close branches", "DT NN RB NNS TO VB NNS", "DT NN RB VBZ TO VB NNS"},
		{ // a finite verb elsewhere: the plans are a noun
			"the bank plans to close branches were leaked", "DT NN NNS TO VB NNS VBD VBN", "DT NN NNS TO VB NNS VBD VBN"},
		{ // not an intention verb
			"the city parks to open", "DT NN NNS TO VB", "DT NN NNS TO VB"},
		{ // a verb of change read as a noun before what measures the change
			"the death toll rose to nine", "DT NN NN NN TO CD", "DT NN NN VBD TO CD"},
		{"wool prices slid sharply", "NN NNS JJ RB", "NN NNS VBD RB"},
		{ // a flower after an adjective, and no measure after the word
			"a red rose to remember", "DT JJ NN TO VB", "DT JJ NN TO VB"},
		{"the rose garden", "DT NN NN", "DT NN NN"},
		{ // a verb of change closing a clause whose subject opens it
			"Debts grew as fees rose .", "NNS VBD IN NNS NN .", "NNS VBD IN NNS VBD ."},
		{"Rents rose and supply fell .", "NNS VBP CC VB RB .", "NNS VBD CC NN VBD ."},
		{"Fares rose steeply , while wages fell .", "VBZ JJ RB , IN NNS VBD .", "NNS VBD RB , IN NNS VBD ."},
		{"Tolls rose in Brenna .", "NNS NN IN NNP .", "NNS VBD IN NNP ."},
		{ // a flower: no clause opens before its noun phrase, or an article before it
			"she cut a rose , then left", "PRP VBD DT NN , RB VBD", "PRP VBD DT NN , RB VBD"},
		{"he painted the garden rose .", "PRP VBD DT NN NN .", "PRP VBD DT NN NN ."},
		{ // a past tense that is also a noun, after a name and before its object
			"Carver shot Emily Doyle", "NNP NN NNP NNP", "NNP VBD NNP NNP"},
		{"then she hit the officer", "RB PRP NN DT NN", "RB PRP VBD DT NN"},
		{ // a noun after an article stays one
			"a shot the crowd heard", "DT NN DT NN VBD", "DT NN DT NN VBD"},
		{"the quake hit at 4 a.m.", "DT NN NN IN CD NN", "DT NN VBD IN CD NN"},
		{"an earthquake of magnitude 7.1 shook southern Peru", "DT NN IN NN CD NN JJ NNP", "DT NN IN NN CD VBD JJ NNP"},
		{ // a sentence whose only verb is a past tense read as a noun
			"Unlike its peers , Orvel Gas cut fares .", "IN PRP$ NNS , NNP NNP NN NNS .", "IN PRP$ NNS , NNP NNP VBD NNS ."},
		{"Word of the plant closing spread fast .", "NN IN DT NN VBG NN RB .", "NN IN DT NN VBG VBD RB ."},
		{ // a finite verb elsewhere, "of" after it, or no period: a noun
			"The cut hurt families .", "DT NN VBD NNS .", "DT NN VBD NNS ."},
		{"A spread of 5 points .", "DT NN IN CD NNS .", "DT NN IN CD NNS ."},
		{"Orvel Gas cut fares", "NNP NNP NN NNS", "NNP NNP NN NNS"},
		{ // a hit at the box office: after an adjective, a noun
			"a big hit at the box office", "DT JJ NN IN DT NN NN", "DT JJ NN IN DT NN NN"},
		{ // a line that ends with a comma, a noun and a verb of reporting
			"Bees learn to avoid toxic flowers , study finds", "NNS VBP TO VB JJ NNS , VB NNS", "NNS VBP TO VB JJ NNS , NN VBZ"},
		{"Prices rose , report shows .", "NNS VBD , NN NNS .", "NNS VBD , NN VBZ ."},
		{ // not at the end, or not a verb of reporting
			"He bought bread , eggs and cheese", "PRP VBD NN , NNS CC NN", "PRP VBD NN , NNS CC NN"},
		{ // "Lead" before a role and a name opening a sentence
			"Lead investigator Tom Hale said", "VB NN NNP NNP VBD", "JJ NN NNP NNP VBD"},
		{"\" Lead author Dr Kim says", "`` VBP NN NNP NNP VBZ", "`` JJ NN NNP NNP VBZ"},
		{ // a verb: what it leads is no name
			"Lead the team to victory", "VB DT NN TO NN", "VB DT NN TO NN"},
		{ // a phrasal verb read as a participle or a noun before its particle and object
			"The rebels handed over the city", "DT NNS VBN IN DT NN", "DT NNS VBD RP DT NN"},
		{"Police called off the search", "NNS VBN RP DT NN", "NNS VBD RP DT NN"},
		{"The firm shut down the plant", "DT NN NN IN DT NN", "DT NN VBD RP DT NN"},
		{ // no phrasal verb, or an auxiliary before it
			"the troops stationed over the border", "DT NNS VBN IN DT NN", "DT NNS VBN IN DT NN"},
		{"the city was handed over the weekend", "DT NN VBD VBN IN DT NN", "DT NN VBD VBN IN DT NN"},
		{ // the first clause of a headline has no verb of its own
			"Storm kills three in Tarrow , schools closed", "NN NNS CD IN NNP , NNS VBN", "NN VBZ CD IN NNP , NNS VBN"},
		{ // a headline's subject noun read as a command, its verb as a plural noun
			"Blaze cuts water to Oskel", "VB NNS NN TO NNP", "NN VBZ NN TO NNP"},
		{"Drought hits crops in Brenna", "VBP NNS NNS IN NNP", "NN VBZ NNS IN NNP"},
		{ // a command with a verb after it, or a sentence with a period
			"Meet the mayors who run Tarrow", "VB DT NNS WP VBP NNP", "VB DT NNS WP VBP NNP"},
		{"Stop cuts now , he says .", "VB NNS RB , PRP VBZ .", "VB NNS RB , PRP VBZ ."},
		{ // an adverbial clause of two words closing a line, read as a compound noun
			"Fares rise as demand grows", "NNS VBP IN NN NNS", "NNS VBP IN NN VBZ"},
		{"Stocks slide as yields jump", "NNS VBP IN NNS NN", "NNS VBP IN NNS VBP"},
		{"Rents soar while wages stall .", "NNS VBP IN NNS NN .", "NNS VBP IN NNS VBP ."},
		{ // no finite verb before it: a phrase
			"Prices such as bus fares", "NNS JJ IN NN NNS", "NNS JJ IN NN NNS"},
		{ // the first clause of a headline ends at "as"
			"Mill cuts jobs as orders slump", "NN NNS NNS IN NNS VBP", "NN VBZ NNS IN NNS VBP"},
		{ // a verb's third person right after another: the object
			"Gale halts ferries to Oskel", "NNP VBZ VBZ TO NNP", "NNP VBZ NNS TO NNP"},
		{"He opposes cuts .", "PRP VBZ VBZ .", "PRP VBZ NNS ."},
		{ // a linking verb, or a verb after the second
			"It seems rains helped", "PRP VBZ VBZ VBD", "PRP VBZ VBZ VBD"},
		{ // a plural possessive's apostrophe read as a closing quote
			"one of Amazon Web Services ' data centres", "CD IN NNP NNP NNPS '' NN NNS", "CD IN NNP NNP NNPS POS NN NNS"},
		{ // a quote opened before: the apostrophe closes it
			"he called them ' the best years ' final words", "PRP VBD PRP `` DT JJS NNS '' JJ NNS", "PRP VBD PRP `` DT JJS NNS '' JJ NNS"},
		{ // a verb of change closing a headline after a plural noun
			"Measles cases rise", "NNS NNS NN", "NNS NNS VBP"},
		{"Oil prices fall sharply", "NN NNS NN RB", "NN NNS VBP RB"},
		{"Retail sales jump 5 percent", "JJ NNS NN CD NN", "JJ NNS VBP CD NN"},
		{ // a noun phrase after it: the plural noun is the verb
			"Council approves budget cuts", "NNP NNS NN NNS", "NNP VBZ NN NNS"},
		{ // an abbreviation in capitals that spells a function word
			"The WHO recorded 500 cases", "DT WP VBD CD NNS", "DT NNP VBD CD NNS"},
		{"US troops left", "PRP NNS VBD", "NNP NNS VBD"},
		{ // a headline in capitals keeps its tags
			"WHO IS TO BLAME", "WP VBZ TO VB", "WP VBZ TO VB"},
		{"who said it", "WP VBD PRP", "WP VBD PRP"},
		{ // a plural noun opening a sentence before a past tense or a modal
			"Exports grew by 8 percent", "VBZ VBD IN CD NN", "NNS VBD IN CD NN"},
		{"Talks collapsed on Friday", "VBZ VBN IN NNP", "NNS VBD IN NNP"},
		{"Talks held on Friday failed", "VBZ VBN IN NNP VBD", "NNS VBN IN NNP VBD"},
		{"Seems settled", "VBZ VBN", "VBZ VBN"},
		{"Talks collapsed on Friday", "VBZ VBD IN NNP", "NNS VBD IN NNP"},
		{"\" Costs will rise", "`` VBP MD VB", "`` NNS MD VB"},
		{ // a plural noun opening a sentence before a preposition, with a verb after
			"Raids on the port resumed at dawn .", "VBZ IN DT NN VBN IN NN .", "NNS IN DT NN VBD IN NN ."},
		{"Hikes to the fares hit commuters .", "VBZ TO DT NNS VB NNS .", "NNS TO DT NNS VBD NNS ."},
		{"Fears on lending rose sharply .", "VBZ IN VBG NN RB .", "NNS IN VBG VBD RB ."},
		{ // no verb after it, or no period
			"Depends on the day .", "VBZ IN DT NN .", "VBZ IN DT NN ."},
		{"Opens in Tarrow", "VBZ IN NNP", "VBZ IN NNP"},
		{ // a verb before a noun phrase, a word in capitals, not sentence-initial
			"Says it was sold", "VBZ PRP VBD VBN", "VBZ PRP VBD VBN"},
		{"NEWS rose", "VBZ VBD", "VBZ VBD"},
		{"he likes sold goods", "PRP VBZ VBD NNS", "PRP VBZ VBD NNS"},
		{ // a participle right after the subject that opens a sentence, with no verb after it
			"Pupils marched through Varnby on Sunday .", "NNS VBN IN NNP IN NNP .", "NNS VBD IN NNP IN NNP ."},
		{"The ferries resumed at Oskel harbour .", "DT NNS VBN IN NNP NN .", "DT NNS VBD IN NNP NN ."},
		{"Shares of Dellow Foods closed higher as bonds fell .", "NNS IN NNP NNP VBN JJR IN NNS VBD .",
			"NNS IN NNP NNP VBD JJR IN NNS VBD ."},
		{"Wheat prices climbed and corn prices slipped .", "NN NNS VBN CC NN NNS VBD .", "NN NNS VBD CC NN NNS VBD ."},
		{"Imports increased in June , the bureau said .", "NNS VBN IN NNP , DT NN VBD .", "NNS VBD IN NNP , DT NN VBD ."},
		{ // a reduced relative: the sentence's verb follows, or "by" its agent
			"Talks held in Brenna on Monday failed .", "NNS VBN IN NNP IN NNP VBD .", "NNS VBN IN NNP IN NNP VBD ."},
		{"Letters seen by the paper show a rift .", "NNS VBN IN DT NN VBP DT NN .", "NNS VBN IN DT NN VBP DT NN ."},
		{"Figures released on Monday , the first in a year , showed a rise .", "NNS VBN IN NNP , DT JJ IN DT NN , VBD DT NN .",
			"NNS VBN IN NNP , DT JJ IN DT NN , VBD DT NN ."},
		{ // the last clause after "and" following a finite verb
			"Shops shut early and trams stopped running .", "NNS VBD RB CC NNS VBN VBG .", "NNS VBD RB CC NNS VBD VBG ."},
		{"Rents rose , but wages lagged behind .", "NNS VBD , CC NNS VBN RB .", "NNS VBD , CC NNS VBD RB ."},
		{ // "and" joining two nouns or adjectives, "because of", or a verb after
			"It merges mail and notes from apps installed on it .", "PRP VBZ NN CC NNS IN NNS VBN IN PRP .",
			"PRP VBZ NN CC NNS IN NNS VBN IN PRP ."},
		{"It is a small and private firm founded in 2005 .", "PRP VBZ DT JJ CC JJ NN VBN IN CD .", "PRP VBZ DT JJ CC JJ NN VBN IN CD ."},
		{"Mills closed because of stock built there .", "NNS VBD IN IN NN VBN RB .", "NNS VBD IN IN NN VBN RB ."},
		{"Rents rose and flats built in May were sold .", "NNS VBD CC NNS VBN IN NNP VBD VBN .", "NNS VBD CC NNS VBN IN NNP VBD VBN ."},
		{ // a past tense after the opening subject, when the sentence's verb follows its phrase
			"Families moved from the coast returned on Friday .", "NNS VBD IN DT NN VBD IN NNP .", "NNS VBN IN DT NN VBD IN NNP ."},
		{"Bonds issued in March matured .", "NNS VBD IN NNP VBD .", "NNS VBN IN NNP VBD ."},
		{ // "ended" after a span of accounts and before a month or a number
			"Revenue for the quarter ended Dec. 31 was $ 4 billion .", "NNP IN DT NN VBD NNP CD VBD $ CD CD .",
			"NNP IN DT NN VBN NNP CD VBD $ CD CD ."},
		{"Losses in the year ended 2024 fell .", "NNS IN DT NN VBD CD VBD .", "NNS IN DT NN VBN CD VBD ."},
		{ // a day, or no span before it: a clause
			"The season ended Sunday .", "DT NN VBD NNP .", "DT NN VBD NNP ."},
		{"The strike ended March 3 .", "DT NN VBD NNP CD .", "DT NN VBD NNP CD ."},
		{ // a verb of saying; "the quarter ended June" is a participle of its own
			"Aides warned in March the talks failed .", "NNS VBD IN NNP DT NNS VBD .", "NNS VBD IN NNP DT NNS VBD ."},
		{"Profits climbed in the quarter ended June .", "NNS VBD IN DT NN VBD NNP .", "NNS VBD IN DT NN VBN NNP ."},
		{ // a headline, with no period: a passive
			"Miners trapped in Ostra pit", "NNS VBN IN NNP NN", "NNS VBN IN NNP NN"},
		{ // an auxiliary before it
			"Roads were closed in Tarrow .", "NNS VBD VBN IN NNP .", "NNS VBD VBN IN NNP ."},
		{ // a title read as an adjective where it ends a noun phrase
			"Maria Okafor , the chief executive .", "NNP NNP , DT JJ JJ .", "NNP NNP , DT JJ NN ."},
		{"the attorney general of Ohio", "DT NN JJ IN NNP", "DT NN NN IN NNP"},
		{ // an adjective before its noun, or after a preposition
			"the chief executive officer", "DT JJ JJ NN", "DT JJ JJ NN"},
		{"in general , prices rose", "IN JJ , NNS VBD", "IN JJ , NNS VBD"},
		{ // a noun tag right after a modal, before a noun phrase
			"The depot will house 60 electric buses", "DT NN MD NN CD JJ NNS", "DT NN MD VB CD JJ NNS"},
		{"it could power the town", "PRP MD NN DT NN", "PRP MD VB DT NN"},
		{ // nothing nominal after it
			"it will rain", "PRP MD NN", "PRP MD NN"},
		{ // a list of verb phrases of one subject: a plural-noun tag after a comma
			"The mill shuts two sites , cuts 400 jobs", "DT NN VBZ CD NNS , NNS CD NNS", "DT NN VBZ CD NNS , VBZ CD NNS"},
		{"Lumo buys Tarn , announces a new chief", "NNP VBZ NNP , NNS DT JJ NN", "NNP VBZ NNP , VBZ DT JJ NN"},
		{ // a list of nouns: nothing opens an object after them
			"The shop sells phones , tablets and watches", "DT NN VBZ NNS , NNS CC NNS", "DT NN VBZ NNS , NNS CC NNS"},
		{ // a participle tag closing a list of past tenses
			"The mill cut its output , sold two farms and raised wages", "DT NN VBD PRP$ NN , VBD CD NNS CC VBN NNS",
			"DT NN VBD PRP$ NN , VBD CD NNS CC VBD NNS"},
		{ // no list before "and": an adjective-like participle
			"The cafe offered cheap food and improved service", "DT NN VBD JJ NN CC VBN NN", "DT NN VBD JJ NN CC VBN NN"},
		{ // an adverb's comparative between an adjective and a noun
			"a new , faster phone", "DT JJ , RBR NN", "DT JJ , JJR NN"},
		{"it grew , faster than before", "PRP VBD , RBR IN RB", "PRP VBD , RBR IN RB"},
		{ // a headline verb before a comparative
			"Tessel unveils cheaper , lighter tablet", "NNP NNS JJR , JJR NN", "NNP VBZ JJR , JJR NN"},
		{ // an "-ing" noun read as a gerund before the noun it modifies
			"Velmar recalls vans over braking fault", "NNP VBZ NNS IN VBG NN", "NNP VBZ NNS IN NN NN"},
		{"taken off by lifeboats and fishing boats", "VBN RP IN NNS CC VBG NNS", "VBN RP IN NNS CC NN NNS"},
		{"fined for parking fees", "VBN IN VBG NNS", "VBN IN NN NNS"},
		{"she kept fishing trout", "PRP VBD VBG NN", "PRP VBD VBG NN"},
		{"after building homes", "IN VBG NNS", "IN VBG NNS"},
		{"they left and fishing boats came", "PRP VBD CC VBG NNS VBD", "PRP VBD CC VBG NNS VBD"},
		{ // a form that is only ever the past tense
			"The mayor spoke to reporters as the storm hit", "DT NN VBN TO NNS IN DT NN VBD", "DT NN VBD TO NNS IN DT NN VBD"},
		{"the speech he had spoke of", "DT NN PRP VBD VBN IN", "DT NN PRP VBD VBN IN"},
		{ // a capitalised preposition opening a sentence
			"Among participants who slept , risks rose", "JJ NNS WP VBD , NNS VBD", "IN NNS WP VBD , NNS VBD"},
	}
	for _, tt := range tests {
		words, xpos := strings.Fields(tt.words), strings.Fields(tt.xpos)
		upos := make([]string, len(words))
		repairTags(words, upos, xpos)
		if got := strings.Join(xpos, " "); got != tt.want {
			t.Errorf("repairTags(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

func TestRepairHeadlineFuture(t *testing.T) {
	// "Council to close two libraries" as the parser reads it: the noun is
	// the root, the infinitive an adverbial clause.
	s := Sentence{Tokens: []Token{
		{Text: "Council", UPOS: "PROPN", XPOS: "NNP", Head: -1, Dep: "root"},
		{Text: "to", UPOS: "PART", XPOS: "TO", Head: 2, Dep: "mark"},
		{Text: "close", UPOS: "VERB", XPOS: "VB", Head: 0, Dep: "advcl"},
		{Text: "two", UPOS: "NUM", XPOS: "CD", Head: 4, Dep: "nummod"},
		{Text: "libraries", UPOS: "NOUN", XPOS: "NNS", Head: 2, Dep: "obj"},
	}}
	repairHeadlineFuture(&s)
	want := []struct {
		head      int
		dep, xpos string
	}{{2, "nsubj", "NNP"}, {2, "aux", "MD"}, {-1, "root", "VB"}, {4, "nummod", "CD"}, {2, "obj", "NNS"}}
	for i, w := range want {
		tk := s.Tokens[i]
		if tk.Head != w.head || tk.Dep != w.dep || tk.XPOS != w.xpos {
			t.Errorf("token %d %q = head %d %s %s, want head %d %s %s", i, tk.Text, tk.Head, tk.Dep, tk.XPOS, w.head, w.dep, w.xpos)
		}
	}
	if s.Tokens[1].Lemma != "will" {
		t.Errorf("lemma of headline 'to' = %q, want will", s.Tokens[1].Lemma)
	}
	// A sentence closed by a period is no headline: "No time to lose ."
	p := Sentence{Tokens: []Token{
		{Text: "No", UPOS: "DET", XPOS: "DT", Head: 1, Dep: "det"},
		{Text: "time", UPOS: "NOUN", XPOS: "NN", Head: -1, Dep: "root"},
		{Text: "to", UPOS: "PART", XPOS: "TO", Head: 3, Dep: "mark"},
		{Text: "lose", UPOS: "VERB", XPOS: "VB", Head: 1, Dep: "acl"},
		{Text: ".", UPOS: "PUNCT", XPOS: ".", Head: 1, Dep: "punct"},
	}}
	repairHeadlineFuture(&p)
	if p.Tokens[1].Head != -1 || p.Tokens[2].XPOS != "TO" {
		t.Errorf("a sentence with a period was rewritten as a headline future: %+v", p.Tokens)
	}
	// A line with a finite verb is left alone.
	v := Sentence{Tokens: []Token{
		{Text: "plans", UPOS: "NOUN", XPOS: "NNS", Head: -1, Dep: "root"},
		{Text: "were", UPOS: "AUX", XPOS: "VBD", Head: 0, Dep: "cop"},
		{Text: "to", UPOS: "PART", XPOS: "TO", Head: 3, Dep: "mark"},
		{Text: "close", UPOS: "VERB", XPOS: "VB", Head: 0, Dep: "acl"},
	}}
	repairHeadlineFuture(&v)
	if v.Tokens[0].Head != -1 || v.Tokens[2].XPOS != "TO" {
		t.Errorf("a sentence with a finite verb was rewritten: %+v", v.Tokens)
	}
}

func TestRepairOfMark(t *testing.T) {
	// "Costs fell , while stakes of Vorna Ltd rose ." as the parser reads
	// it: "of" marks a clause "Vorna Ltd rose" that modifies "stakes".
	tok := func(text, xpos string, head int, dep string) Token {
		return Token{Text: text, XPOS: xpos, Head: head, Dep: dep}
	}
	s := Sentence{Tokens: []Token{
		tok("Costs", "NNS", 1, "nsubj"), tok("fell", "VBD", -1, "root"), tok(",", ",", 9, "punct"),
		tok("while", "IN", 9, "mark"), tok("stakes", "NNS", 3, "obj"), tok("of", "IN", 8, "mark"),
		tok("Vorna", "NNP", 8, "nsubj"), tok("Ltd", "NNP", 6, "flat"), tok("rose", "VBD", 4, "acl"), tok(".", ".", 1, "punct"),
	}}
	repairTree(&s)
	checkArcs(t, s, map[int]arc{0: {1, "nsubj"}, 1: {-1, "root"}, 2: {8, "punct"}, 3: {8, "mark"}, 4: {8, "nsubj"}, 5: {6, "case"},
		6: {4, "nmod"}, 7: {6, "flat"}, 8: {1, "advcl"}, 9: {1, "punct"}})
	// "A spokesman said talks with Vorna had not begun ." as the parser
	// reads it: "with" marks an adverbial clause beside the object "talks".
	w2 := Sentence{Tokens: []Token{
		tok("A", "DT", 1, "det"), tok("spokesman", "NN", 2, "nsubj"), {Text: "said", XPOS: "VBD", Lemma: "say", Head: -1, Dep: "root"},
		tok("talks", "NNS", 2, "obj"), tok("with", "IN", 8, "mark"), tok("Vorna", "NNP", 8, "nsubj:pass"),
		tok("had", "VBD", 8, "aux"), tok("not", "RB", 8, "advmod"), tok("begun", "VBN", 2, "advcl"), tok(".", ".", 2, "punct"),
	}}
	repairTree(&w2)
	checkArcs(t, w2, map[int]arc{0: {1, "det"}, 1: {2, "nsubj"}, 2: {-1, "root"}, 3: {8, "nsubj"}, 4: {5, "case"}, 5: {3, "nmod"},
		6: {8, "aux"}, 7: {8, "advmod"}, 8: {2, "ccomp"}, 9: {2, "punct"}})
	// "of" marking a gerund, or a clause opened by a question word, stays.
	g := Sentence{Tokens: []Token{
		tok("hopes", "NNS", -1, "root"), tok("of", "IN", 4, "mark"), tok("what", "WP", 4, "obj"),
		tok("rivals", "NNS", 4, "nsubj"), tok("did", "VBD", 0, "acl"),
	}}
	repairTree(&g)
	if g.Tokens[1].Dep != "mark" || g.Tokens[3].Dep != "nsubj" || g.Tokens[0].Head != -1 {
		t.Errorf("a clause after 'of' and a question word was rewritten: %+v", g.Tokens)
	}
}

func TestRepairSubjectCompound(t *testing.T) {
	tok := func(text, xpos string, head int, dep string) Token {
		return Token{Text: text, XPOS: xpos, Head: head, Dep: dep}
	}
	tests := []struct {
		s    Sentence
		want string
	}{
		{ // "Judge halts sale": the subject as a compound of its verb
			Sentence{Tokens: []Token{tok("Judge", "NN", 1, "compound"), tok("halts", "VBZ", -1, "root"), tok("sale", "NN", 1, "obj")}},
			"1:nsubj -1:root 1:obj"},
		{ // "Brenna judge halts sale": the name made the subject
			Sentence{Tokens: []Token{tok("Brenna", "NNP", 2, "nsubj"), tok("judge", "NN", 2, "compound"), tok("halts", "VBZ", -1, "root"), tok("sale", "NN", 2, "obj")}},
			"1:compound 2:nsubj -1:root 2:obj"},
		{ // "Orvel mayor quits post": the common noun read as part of the name
			Sentence{Tokens: []Token{tok("Orvel", "NNP", 2, "nsubj"), tok("mayor", "NN", 0, "flat"), tok("quits", "VBZ", -1, "root"), tok("post", "NN", 2, "obj")}},
			"1:compound 2:nsubj -1:root 2:obj"},
		{ // "Orvel council backs tax": two subjects
			Sentence{Tokens: []Token{tok("Orvel", "NNP", 2, "nsubj"), tok("council", "NN", 2, "nsubj"), tok("backs", "VBZ", -1, "root"), tok("tax", "NN", 2, "obj")}},
			"1:compound 2:nsubj -1:root 2:obj"},
		{ // "Fares at Orvel depots rose": a second subject after a preposition
			Sentence{Tokens: []Token{tok("Fares", "NNS", 4, "nsubj"), tok("at", "IN", 3, "case"), tok("Orvel", "NNP", 3, "compound"), tok("depots", "NNS", 4, "nsubj"), tok("rose", "VBD", -1, "root")}},
			"4:nsubj 3:case 3:compound 0:nmod -1:root"},
		{ // "Staff loyal to Brenna quit": after the first subject's adjective
			Sentence{Tokens: []Token{tok("Staff", "NN", 4, "nsubj"), tok("loyal", "JJ", 0, "amod"), tok("to", "IN", 3, "case"), tok("Brenna", "NNP", 4, "nsubj"), tok("quit", "VBD", -1, "root")}},
			"4:nsubj 0:amod 3:case 1:obl -1:root"},
		{ // "Cyclists who race near Oskel pay fines": after a verb of the first subject's clause
			Sentence{Tokens: []Token{tok("Cyclists", "NNS", 5, "nsubj"), tok("who", "WP", 2, "nsubj"), tok("race", "VBP", 0, "acl:relcl"), tok("near", "IN", 4, "case"), tok("Oskel", "NNP", 5, "nsubj"), tok("pay", "VBP", -1, "root"), tok("fines", "NNS", 5, "obj")}},
			"5:nsubj 2:nsubj 0:acl:relcl 4:case 2:obl -1:root 5:obj"},
		{ // "Mills had profit in the year ended May 31": "ended" hung from "had" as a clause
			Sentence{Tokens: []Token{tok("Mills", "NNS", 1, "nsubj"), tok("had", "VBD", -1, "root"), tok("profit", "NN", 1, "obj"), tok("in", "IN", 5, "case"), tok("the", "DT", 5, "det"), tok("year", "NN", 1, "obl"), tok("ended", "VBN", 1, "advcl"), tok("May", "NNP", 6, "obj")}},
			"1:nsubj -1:root 1:obj 5:case 5:det 1:obl 5:acl 6:obj"},
		{ // "Talk of the mill closing spread": a gerund made a second subject
			Sentence{Tokens: []Token{tok("Talk", "NN", 5, "nsubj"), tok("of", "IN", 3, "case"), tok("the", "DT", 3, "det"), tok("mill", "NN", 0, "nmod"), tok("closing", "VBG", 5, "nsubj"), tok("spread", "VBD", -1, "root")}},
			"5:nsubj 3:case 3:det 0:nmod 3:acl -1:root"},
		{ // a subject already, after the verb's compound: left alone
			Sentence{Tokens: []Token{tok("fees", "NNS", 2, "nsubj"), tok("rose", "VBD", -1, "root"), tok("cost", "NN", 3, "compound"), tok("rises", "VBZ", 1, "conj"), tok("it", "PRP", 3, "nsubj")}},
			"2:nsubj -1:root 3:compound 1:conj 3:nsubj"},
	}
	for _, tt := range tests {
		repairTree(&tt.s)
		if got := depHeads(tt.s); got != tt.want {
			t.Errorf("repairTree(%s) = %s, want %s", tt.s.Tokens[0].Text, got, tt.want)
		}
	}
}

func TestRepairAsReported(t *testing.T) {
	// "Varn denied that it had cut staff , as a councillor had claimed ."
	// as the parser reads it: "claimed" heads the denied clause.
	tok := func(text, xpos, lemma string, head int, dep string) Token {
		return Token{Text: text, XPOS: xpos, Lemma: lemma, Head: head, Dep: dep}
	}
	s := Sentence{Tokens: []Token{
		tok("Varn", "NNP", "Varn", 1, "nsubj"), tok("denied", "VBD", "deny", -1, "root"), tok("that", "IN", "that", 5, "mark"),
		tok("it", "PRP", "it", 5, "nsubj"), tok("had", "VBD", "have", 5, "aux"), tok("cut", "VBN", "cut", 12, "advcl"),
		tok("staff", "NN", "staff", 5, "obj"), tok(",", ",", ",", 10, "punct"), tok("as", "IN", "as", 10, "case"),
		tok("a", "DT", "a", 10, "det"), tok("councillor", "NN", "councillor", 5, "obl"), tok("had", "VBD", "have", 12, "aux"),
		tok("claimed", "VBN", "claim", 1, "ccomp"), tok(".", ".", ".", 1, "punct"),
	}}
	repairTree(&s)
	checkArcs(t, s, map[int]arc{5: {1, "ccomp"}, 12: {5, "advcl"}, 10: {12, "nsubj"}, 8: {12, "mark"}})
	// a verb of saying with its own subject keeps its clause
	s.Tokens[12].Head, s.Tokens[12].Dep = 1, "ccomp"
	s.Tokens[5].Head, s.Tokens[5].Dep = 12, "ccomp"
	s.Tokens[10].Head, s.Tokens[10].Dep = 12, "nsubj"
	s.Tokens[8].Head, s.Tokens[8].Dep = 10, "case"
	repairTree(&s)
	if s.Tokens[5].Head != 12 || s.Tokens[12].Dep != "ccomp" {
		t.Errorf("a verb of saying with a subject was rewritten: %+v", s.Tokens)
	}
}

// arc is a token's head and relation.
type arc struct {
	head int
	dep  string
}

// checkArcs reports each token of s, by index, whose arc is not want's.
func checkArcs(t *testing.T, s Sentence, want map[int]arc) {
	t.Helper()
	for i, w := range want {
		if tk := s.Tokens[i]; tk.Head != w.head || tk.Dep != w.dep {
			t.Errorf("token %d %q = head %d %s, want head %d %s", i, tk.Text, tk.Head, tk.Dep, w.head, w.dep)
		}
	}
}

func TestRepairRelativeObjectSubject(t *testing.T) {
	// As the parser reads them: the relative clause's object made the
	// subject of the sentence's verb, hung on the relative verb, and the
	// subject noun left the root.
	tok := func(text, lemma, upos, xpos string, head int, dep string) Token {
		return Token{Text: text, Lemma: lemma, UPOS: upos, XPOS: xpos, Head: head, Dep: dep}
	}
	ss := []Sentence{
		// "Drivers who see a braking warning light should contact a dealer."
		{Tokens: []Token{
			tok("Drivers", "driver", "NOUN", "NNS", -1, "root"), tok("who", "who", "PRON", "WP", 2, "nsubj"),
			tok("see", "see", "VERB", "VBP", 0, "acl:relcl"), tok("a", "a", "DET", "DT", 6, "det"),
			tok("braking", "braking", "NOUN", "NN", 5, "compound"),
			tok("warning", "warning", "NOUN", "NN", 6, "compound"), tok("light", "light", "NOUN", "NN", 8, "nsubj"),
			tok("should", "should", "AUX", "MD", 8, "aux"), tok("contact", "contact", "VERB", "VB", 2, "ccomp"),
			tok("a", "a", "DET", "DT", 10, "det"), tok("dealer", "dealer", "NOUN", "NN", 8, "obj"),
			tok(".", ".", "PUNCT", ".", 0, "punct"),
		}},
		// "Patients who take the blood thinner should tell their doctor."
		{Tokens: []Token{
			tok("Patients", "patient", "NOUN", "NNS", -1, "root"), tok("who", "who", "PRON", "WP", 2, "nsubj"),
			tok("take", "take", "VERB", "VBP", 0, "acl:relcl"), tok("the", "the", "DET", "DT", 5, "det"),
			tok("blood", "blood", "NOUN", "NN", 5, "compound"), tok("thinner", "thinner", "NOUN", "NN", 7, "nsubj"),
			tok("should", "should", "AUX", "MD", 7, "aux"), tok("tell", "tell", "VERB", "VB", 2, "ccomp"),
			tok("their", "their", "PRON", "PRP$", 9, "nmod:poss"), tok("doctor", "doctor", "NOUN", "NN", 7, "obj"),
			tok(".", ".", "PUNCT", ".", 0, "punct"),
		}},
		// "Parents who receive a warning letter should call the school."
		{Tokens: []Token{
			tok("Parents", "parent", "NOUN", "NNS", -1, "root"), tok("who", "who", "PRON", "WP", 2, "nsubj"),
			tok("receive", "receive", "VERB", "VBP", 0, "acl:relcl"), tok("a", "a", "DET", "DT", 5, "det"),
			tok("warning", "warning", "NOUN", "NN", 5, "compound"), tok("letter", "letter", "NOUN", "NN", 7, "nsubj"),
			tok("should", "should", "AUX", "MD", 7, "aux"), tok("call", "call", "VERB", "VB", 2, "ccomp"),
			tok("the", "the", "DET", "DT", 9, "det"), tok("school", "school", "NOUN", "NN", 7, "obj"),
			tok(".", ".", "PUNCT", ".", 0, "punct"),
		}},
		// "Voters who believe the mayor should resign signed the petition."
		{Tokens: []Token{
			tok("Voters", "voter", "NOUN", "NNS", -1, "root"), tok("who", "who", "PRON", "WP", 2, "nsubj"),
			tok("believe", "believe", "VERB", "VBP", 0, "acl:relcl"), tok("the", "the", "DET", "DT", 4, "det"),
			tok("mayor", "mayor", "NOUN", "NN", 7, "nsubj"), tok("should", "should", "AUX", "MD", 7, "aux"),
			tok("resign", "resign", "VERB", "VB", 7, "advmod"), tok("signed", "sign", "VERB", "VBN", 2, "ccomp"),
			tok("the", "the", "DET", "DT", 9, "det"), tok("petition", "petition", "NOUN", "NN", 7, "obj"),
			tok(".", ".", "PUNCT", ".", 0, "punct"),
		}},
		// "Until then, riders who see a cracked frame should stop riding and call the shop."
		{Tokens: []Token{
			tok("Until", "until", "ADP", "IN", 1, "case"), tok("then", "then", "ADV", "RB", -1, "root"),
			tok(",", ",", "PUNCT", ",", 1, "punct"), tok("riders", "rider", "NOUN", "NNS", 1, "nsubj"),
			tok("who", "who", "PRON", "WP", 5, "nsubj"), tok("see", "see", "VERB", "VBP", 3, "acl:relcl"),
			tok("a", "a", "DET", "DT", 8, "det"), tok("cracked", "crack", "VERB", "VBN", 8, "amod"),
			tok("frame", "frame", "NOUN", "NN", 10, "nsubj"), tok("should", "should", "AUX", "MD", 10, "aux"),
			tok("stop", "stop", "VERB", "VB", 5, "ccomp"), tok("riding", "riding", "NOUN", "NN", 10, "obj"),
			tok("and", "and", "CCONJ", "CC", 13, "cc"), tok("call", "call", "VERB", "VB", 10, "conj"),
			tok("the", "the", "DET", "DT", 15, "det"), tok("shop", "shop", "NOUN", "NN", 13, "obj"),
			tok(".", ".", "PUNCT", ".", 3, "punct"),
		}},
	}
	want := []map[int]arc{
		{6: {2, "obj"}, 8: {-1, "root"}, 0: {8, "nsubj"}, 11: {8, "punct"}},
		{5: {2, "obj"}, 7: {-1, "root"}, 0: {7, "nsubj"}},
		{5: {2, "obj"}, 7: {-1, "root"}, 0: {7, "nsubj"}},
		// a verb of thinking takes a clause: not rewritten here
		{4: {7, "nsubj"}, 7: {2, "ccomp"}, 0: {-1, "root"}},
		// the noun the subject of an opening adverb, the root
		{8: {5, "obj"}, 10: {-1, "root"}, 3: {10, "nsubj"}, 1: {10, "obl"}},
	}
	for i := range ss {
		repairTree(&ss[i])
		checkArcs(t, ss[i], want[i])
	}
}

func TestRepairRelativeOnLastConjunct(t *testing.T) {
	// As the parser reads them: a relative clause after the last of
	// coordinated noun phrases hung on the first.
	tok := func(text, lemma, upos, xpos string, head int, dep string) Token {
		return Token{Text: text, Lemma: lemma, UPOS: upos, XPOS: xpos, Head: head, Dep: dep}
	}
	ss := []Sentence{
		// "Other agreements cover rice imports, a joint wind farm in Dorva's northern hills and a tax break for small exporters that will take effect in March."
		{Tokens: []Token{
			tok("Other", "other", "ADJ", "JJ", 1, "amod"), tok("agreements", "agreement", "NOUN", "NNS", 2, "nsubj"),
			tok("cover", "cover", "VERB", "VBP", -1, "root"), tok("rice", "rice", "NOUN", "NN", 4, "compound"),
			tok("imports", "import", "NOUN", "NNS", 2, "obj"), tok(",", ",", "PUNCT", ",", 9, "punct"),
			tok("a", "a", "DET", "DT", 9, "det"), tok("joint", "joint", "ADJ", "JJ", 9, "amod"),
			tok("wind", "wind", "NOUN", "NN", 9, "compound"), tok("farm", "farm", "NOUN", "NN", 2, "obl"),
			tok("in", "in", "ADP", "IN", 14, "case"), tok("Dorva", "Dorva", "PROPN", "NNP", 14, "nmod:poss"),
			tok("'s", "'s", "PART", "POS", 11, "case"), tok("northern", "northern", "ADJ", "JJ", 14, "amod"),
			tok("hills", "hill", "NOUN", "NNS", 9, "nmod"), tok("and", "and", "CCONJ", "CC", 18, "cc"),
			tok("a", "a", "DET", "DT", 18, "det"), tok("tax", "tax", "NOUN", "NN", 18, "compound"),
			tok("break", "break", "NOUN", "NN", 9, "conj"), tok("for", "for", "ADP", "IN", 21, "case"),
			tok("small", "small", "ADJ", "JJ", 21, "amod"), tok("exporters", "exporter", "NOUN", "NNS", 18, "nmod"),
			tok("that", "that", "PRON", "WDT", 24, "nsubj"), tok("will", "will", "AUX", "MD", 24, "aux"),
			tok("take", "take", "VERB", "VB", 9, "acl:relcl"), tok("effect", "effect", "NOUN", "NN", 24, "obj"),
			tok("in", "in", "ADP", "IN", 27, "case"), tok("March", "March", "PROPN", "NNP", 24, "obl"),
			tok(".", ".", "PUNCT", ".", 2, "punct"),
		}},
		// "The men and women who served in the war were honoured."
		{Tokens: []Token{
			tok("The", "the", "DET", "DT", 1, "det"), tok("men", "man", "NOUN", "NNS", 10, "nsubj:pass"),
			tok("and", "and", "CCONJ", "CC", 3, "cc"), tok("women", "woman", "NOUN", "NNS", 1, "conj"),
			tok("who", "who", "PRON", "WP", 5, "nsubj"), tok("served", "serve", "VERB", "VBD", 1, "acl:relcl"),
			tok("in", "in", "ADP", "IN", 8, "case"), tok("the", "the", "DET", "DT", 8, "det"),
			tok("war", "war", "NOUN", "NN", 5, "obl"), tok("were", "be", "AUX", "VBD", 10, "aux:pass"),
			tok("honoured", "honour", "VERB", "VBN", -1, "root"), tok(".", ".", "PUNCT", ".", 10, "punct"),
		}},
		// "The package includes a rail link to the airport and a loan for local farmers that must be repaid by 2030."
		{Tokens: []Token{
			tok("The", "the", "DET", "DT", 1, "det"), tok("package", "package", "NOUN", "NN", 2, "nsubj"),
			tok("includes", "include", "VERB", "VBZ", -1, "root"), tok("a", "a", "DET", "DT", 5, "det"),
			tok("rail", "rail", "NOUN", "NN", 5, "compound"), tok("link", "link", "NOUN", "NN", 2, "obj"),
			tok("to", "to", "ADP", "IN", 8, "case"), tok("the", "the", "DET", "DT", 8, "det"),
			tok("airport", "airport", "NOUN", "NN", 5, "nmod"), tok("and", "and", "CCONJ", "CC", 11, "cc"),
			tok("a", "a", "DET", "DT", 11, "det"), tok("loan", "loan", "NOUN", "NN", 8, "conj"),
			tok("for", "for", "ADP", "IN", 14, "case"), tok("local", "local", "ADJ", "JJ", 14, "amod"),
			tok("farmers", "farmer", "NOUN", "NNS", 11, "nmod"), tok("that", "that", "PRON", "WDT", 18, "nsubj:pass"),
			tok("must", "must", "AUX", "MD", 18, "aux"), tok("be", "be", "AUX", "VB", 18, "aux:pass"),
			tok("repaid", "repaid", "VERB", "VBN", 5, "acl:relcl"), tok("by", "by", "ADP", "IN", 20, "case"),
			tok("2030", "2030", "NUM", "CD", 18, "obl"), tok(".", ".", "PUNCT", ".", 2, "punct"),
		}},
	}
	want := []map[int]arc{
		{24: {18, "acl:relcl"}, 18: {9, "conj"}},
		// no determiner on the last conjunct: the clause may be said of both
		{5: {1, "acl:relcl"}},
		// the last phrase a conjunct of a word inside the first
		{18: {11, "acl:relcl"}},
	}
	for i := range ss {
		repairTree(&ss[i])
		checkArcs(t, ss[i], want[i])
	}
}

func TestRepairAppositiveConj(t *testing.T) {
	// As the parser reads them: a phrase between commas after the subject
	// made its conjunct with no "and", or a second subject of the verb.
	tok := func(text, lemma, upos, xpos string, head int, dep string) Token {
		return Token{Text: text, Lemma: lemma, UPOS: upos, XPOS: xpos, Head: head, Dep: dep}
	}
	ss := []Sentence{
		// "Rovers, champions in 1994 and 2008, were relegated once in their history, in 2015, and bounced back at the first attempt."
		{Tokens: []Token{
			tok("Rovers", "rover", "NOUN", "NNS", 9, "nsubj:pass"), tok(",", ",", "PUNCT", ",", 2, "punct"),
			tok("champions", "champion", "NOUN", "NNS", 0, "conj"), tok("in", "in", "ADP", "IN", 4, "case"),
			tok("1994", "1994", "NUM", "CD", 2, "nmod"), tok("and", "and", "CCONJ", "CC", 6, "cc"),
			tok("2008", "2008", "NUM", "CD", 4, "conj"), tok(",", ",", "PUNCT", ",", 0, "punct"),
			tok("were", "be", "AUX", "VBD", 9, "aux:pass"), tok("relegated", "relegate", "VERB", "VBN", -1, "root"),
			tok("once", "once", "ADV", "RB", 9, "advmod"), tok("in", "in", "ADP", "IN", 13, "case"),
			tok("their", "their", "PRON", "PRP$", 13, "nmod:poss"), tok("history", "history", "NOUN", "NN", 9, "obl"),
			tok(",", ",", "PUNCT", ",", 16, "punct"), tok("in", "in", "ADP", "IN", 16, "case"),
			tok("2015", "2015", "NUM", "CD", 9, "obl"), tok(",", ",", "PUNCT", ",", 19, "punct"),
			tok("and", "and", "CCONJ", "CC", 19, "cc"), tok("bounced", "bounce", "VERB", "VBN", 9, "conj"),
			tok("back", "back", "ADV", "RB", 19, "advmod"), tok("at", "at", "ADP", "IN", 24, "case"),
			tok("the", "the", "DET", "DT", 24, "det"), tok("first", "first", "ADJ", "JJ", 24, "amod"),
			tok("attempt", "attempt", "NOUN", "NN", 19, "obl"), tok(".", ".", "PUNCT", ".", 9, "punct"),
		}},
		// "Kestrel, winners in 2001, were relegated in 2010 and returned a year later."
		{Tokens: []Token{
			tok("Kestrel", "Kestrel", "PROPN", "NNP", 7, "nsubj:pass"), tok(",", ",", "PUNCT", ",", 0, "punct"),
			tok("winners", "winner", "NOUN", "NNS", 7, "nsubj:pass"), tok("in", "in", "ADP", "IN", 4, "case"),
			tok("2001", "2001", "NUM", "CD", 2, "nmod"), tok(",", ",", "PUNCT", ",", 2, "punct"),
			tok("were", "be", "AUX", "VBD", 7, "aux:pass"), tok("relegated", "relegate", "VERB", "VBN", -1, "root"),
			tok("in", "in", "ADP", "IN", 9, "case"), tok("2010", "2010", "NUM", "CD", 7, "obl"),
			tok("and", "and", "CCONJ", "CC", 11, "cc"), tok("returned", "return", "VERB", "VBD", 7, "conj"),
			tok("a", "a", "DET", "DT", 13, "det"), tok("year", "year", "NOUN", "NN", 14, "obl:unmarked"),
			tok("later", "late", "ADV", "RBR", 11, "advmod"), tok(".", ".", "PUNCT", ".", 7, "punct"),
		}},
		// "Apples, pears, and plums were sold."
		{Tokens: []Token{
			tok("Apples", "apple", "NOUN", "NNS", -1, "root"), tok(",", ",", "PUNCT", ",", 2, "punct"),
			tok("pears", "pear", "NOUN", "NNS", 0, "conj"), tok(",", ",", "PUNCT", ",", 7, "punct"),
			tok("and", "and", "CCONJ", "CC", 7, "cc"), tok("plums", "plum", "NOUN", "NNS", 7, "nsubj:pass"),
			tok("were", "be", "AUX", "VBD", 7, "aux:pass"), tok("sold", "sell", "VERB", "VBN", 0, "conj"),
			tok(".", ".", "PUNCT", ".", 0, "punct"),
		}},
		// the name read as addressed ("Harwick, winners in 1998, were relegated.")
		{Tokens: []Token{
			tok("Harwick", "Harwick", "PROPN", "NNP", 7, "vocative"), tok(",", ",", "PUNCT", ",", 0, "punct"),
			tok("winners", "winner", "NOUN", "NNS", 7, "nsubj:pass"), tok("in", "in", "ADP", "IN", 4, "case"),
			tok("1998", "1998", "NUM", "CD", 2, "nmod"), tok(",", ",", "PUNCT", ",", 2, "punct"),
			tok("were", "be", "AUX", "VBD", 7, "aux:pass"), tok("relegated", "relegate", "VERB", "VBN", -1, "root"),
			tok(".", ".", "PUNCT", ".", 7, "punct"),
		}},
	}
	want := []map[int]arc{
		{2: {0, "appos"}, 0: {9, "nsubj:pass"}},
		{2: {0, "appos"}, 0: {7, "nsubj:pass"}},
		// a list with "and" is left alone
		{2: {0, "conj"}},
		{0: {7, "nsubj:pass"}, 2: {0, "appos"}},
	}
	for i := range ss {
		repairTree(&ss[i])
		checkArcs(t, ss[i], want[i])
	}
}

func TestRepairSecondObjectAppositive(t *testing.T) {
	// As the parser reads them: what a verb of giving gives read as a
	// second appositive of whom it goes to, after the name.
	tok := func(text, lemma, upos, xpos string, head int, dep string) Token {
		return Token{Text: text, Lemma: lemma, UPOS: upos, XPOS: xpos, Head: head, Dep: dep}
	}
	ss := []Sentence{
		// "The vote gave the mayor, Tom Rell, a second term."
		{Tokens: []Token{
			tok("The", "the", "DET", "DT", 1, "det"), tok("vote", "vote", "NOUN", "NN", 2, "nsubj"),
			tok("gave", "give", "VERB", "VBD", -1, "root"), tok("the", "the", "DET", "DT", 4, "det"),
			tok("mayor", "mayor", "NOUN", "NN", 2, "obj"), tok(",", ",", "PUNCT", ",", 6, "punct"),
			tok("Tom", "Tom", "PROPN", "NNP", 4, "appos"), tok("Rell", "Rell", "PROPN", "NNP", 6, "flat"),
			tok(",", ",", "PUNCT", ",", 11, "punct"), tok("a", "a", "DET", "DT", 11, "det"),
			tok("second", "second", "ADJ", "JJ", 11, "amod"), tok("term", "term", "NOUN", "NN", 4, "appos"),
			tok(".", ".", "PUNCT", ".", 2, "punct"),
		}},
		// "The board awarded its founder, Ilse Varn, a gold medal."
		{Tokens: []Token{
			tok("The", "the", "DET", "DT", 1, "det"), tok("board", "board", "NOUN", "NN", 2, "nsubj"),
			tok("awarded", "award", "VERB", "VBD", -1, "root"), tok("its", "its", "PRON", "PRP$", 4, "nmod:poss"),
			tok("founder", "founder", "NOUN", "NN", 2, "obj"), tok(",", ",", "PUNCT", ",", 6, "punct"),
			tok("Ilse", "Ilse", "PROPN", "NNP", 4, "appos"), tok("Varn", "Varn", "PROPN", "NNP", 6, "flat"),
			tok(",", ",", "PUNCT", ",", 11, "punct"), tok("a", "a", "DET", "DT", 11, "det"),
			tok("gold", "gold", "ADJ", "JJ", 11, "amod"), tok("medal", "medal", "NOUN", "NN", 4, "appos"),
			tok(".", ".", "PUNCT", ".", 2, "punct"),
		}},
		// "We met the mayor, Tom Rell, a former teacher."
		{Tokens: []Token{
			tok("We", "we", "PRON", "PRP", 1, "nsubj"), tok("met", "meet", "VERB", "VBD", -1, "root"),
			tok("the", "the", "DET", "DT", 3, "det"), tok("mayor", "mayor", "NOUN", "NN", 1, "obj"),
			tok(",", ",", "PUNCT", ",", 5, "punct"), tok("Tom", "Tom", "PROPN", "NNP", 3, "appos"),
			tok("Rell", "Rell", "PROPN", "NNP", 5, "flat"), tok(",", ",", "PUNCT", ",", 10, "punct"),
			tok("a", "a", "DET", "DT", 10, "det"), tok("former", "former", "ADJ", "JJ", 10, "amod"),
			tok("teacher", "teacher", "NOUN", "NN", 3, "appos"), tok(".", ".", "PUNCT", ".", 1, "punct"),
		}},
	}
	want := []map[int]arc{
		{4: {2, "iobj"}, 6: {4, "appos"}, 11: {2, "obj"}},
		{4: {2, "iobj"}, 6: {4, "appos"}, 11: {2, "obj"}},
		// no verb of giving: a second appositive
		{3: {1, "obj"}, 10: {3, "appos"}},
	}
	for i := range ss {
		repairTree(&ss[i])
		checkArcs(t, ss[i], want[i])
	}
}

func TestRepairStrayDeterminer(t *testing.T) {
	tok := func(text, upos string, head int, dep string) Token {
		return Token{Text: text, UPOS: upos, Head: head, Dep: dep}
	}
	tests := []treeCase{
		{"The Harbour Authority approved the plan: the determiner on the verb joins the name",
			Sentence{Tokens: []Token{tok("The", "DET", 3, "det"), tok("Harbour", "PROPN", 3, "nsubj"), tok("Authority", "PROPN", 1, "flat"), tok("approved", "VERB", -1, "root"), tok("the", "DET", 5, "det"), tok("plan", "NOUN", 3, "obj")}},
			"1:det 3:nsubj 1:flat -1:root 5:det 3:obj"},
		{"the Mines Inspectorate said: the phrase's head, through its compound",
			Sentence{Tokens: []Token{tok("the", "DET", 3, "det"), tok("Mines", "PROPN", 2, "compound"), tok("Inspectorate", "PROPN", 3, "nsubj"), tok("said", "VERB", -1, "root")}},
			"2:det 2:compound 3:nsubj -1:root"},
		{"the original Tallis Air did not fare: past an adjective",
			Sentence{Tokens: []Token{tok("the", "DET", 3, "det"), tok("original", "ADJ", 2, "amod"), tok("Air", "PROPN", 3, "nsubj"), tok("fared", "VERB", -1, "root")}},
			"2:det 2:amod 3:nsubj -1:root"},
		{"a summary of the ruling: the verb right after it is a noun read as a verb, left alone",
			Sentence{Tokens: []Token{tok("summary", "NOUN", -1, "root"), tok("of", "ADP", 3, "case"), tok("the", "DET", 3, "det"), tok("ruling", "VERB", 0, "acl")}},
			"-1:root 3:case 3:det 0:acl"},
		{"the hard drive: no noun before the verb, left alone",
			Sentence{Tokens: []Token{tok("on", "ADP", 3, "case"), tok("the", "DET", 3, "det"), tok("hard", "ADJ", 3, "amod"), tok("drive", "VERB", -1, "root")}},
			"3:case 3:det 3:amod -1:root"},
	}
	checkTreeRepair(t, repairStrayDeterminer, tests)
}

func TestRepairAppositiveSubject(t *testing.T) {
	tok := func(text, xpos string, head int, dep string) Token {
		return Token{Text: text, XPOS: xpos, Head: head, Dep: dep}
	}
	tests := []treeCase{
		{"The regulator, the Water Agency, said: the name is the subject's apposition",
			Sentence{Tokens: []Token{tok("The", "DT", 1, "det"), tok("regulator", "NN", 7, "nsubj"), tok(",", ",", 5, "punct"), tok("the", "DT", 5, "det"),
				tok("Water", "NNP", 5, "compound"), tok("Agency", "NNP", 7, "nsubj"), tok(",", ",", 5, "punct"), tok("said", "VBD", -1, "root")}},
			"1:det 7:nsubj 5:punct 5:det 5:compound 1:appos 5:punct -1:root"},
		{"The regulator, Ofwat, said: one word",
			Sentence{Tokens: []Token{tok("The", "DT", 1, "det"), tok("regulator", "NN", 5, "nsubj"), tok(",", ",", 3, "punct"), tok("Ofwat", "NNP", 5, "nsubj"), tok(",", ",", 3, "punct"), tok("said", "VBD", -1, "root")}},
			"1:det 5:nsubj 3:punct 1:appos 3:punct -1:root"},
		{"Sales, and profits, fell: a word between the commas outside the name's phrase, left alone",
			Sentence{Tokens: []Token{tok("Sales", "NNS", 5, "nsubj"), tok(",", ",", 3, "punct"), tok("and", "CC", 5, "cc"), tok("profits", "NNS", 5, "nsubj"), tok(",", ",", 3, "punct"), tok("fell", "VBD", -1, "root")}},
			"5:nsubj 3:punct 5:cc 5:nsubj 3:punct -1:root"},
	}
	checkTreeRepair(t, repairAppositiveSubject, tests)
}

func TestRepairOpeningParticipleRoot(t *testing.T) {
	tok := func(text, xpos string, head int, dep string) Token {
		return Token{Text: text, XPOS: xpos, Head: head, Dep: dep}
	}
	tests := []treeCase{
		{"Born in Varn, Ada worked there.: the main clause's verb is the root",
			Sentence{Tokens: []Token{tok("Born", "VBN", -1, "root"), tok("in", "IN", 2, "case"), tok("Varn", "NNP", 5, "obl"), tok(",", ",", 2, "punct"),
				tok("Ada", "NNP", 5, "nsubj"), tok("worked", "VBD", 0, "parataxis"), tok("there", "RB", 5, "advmod"), tok(".", ".", 0, "punct")}},
			"5:advcl 2:case 0:obl 2:punct 5:nsubj -1:root 5:advmod 5:punct"},
		{"Asked about it, he smiled: no subject after the comma before the verb, left alone",
			Sentence{Tokens: []Token{tok("Asked", "VBN", -1, "root"), tok("about", "IN", 2, "case"), tok("it", "PRP", 0, "obl"), tok(",", ",", 0, "punct"),
				tok("smiled", "VBD", 0, "parataxis"), tok(".", ".", 0, "punct")}},
			"-1:root 2:case 0:obl 0:punct 0:parataxis 0:punct"},
	}
	checkTreeRepair(t, repairOpeningParticipleRoot, tests)
}

func TestRepairDoubleSubject(t *testing.T) {
	tok := func(text, upos, xpos string, head int, dep string) Token {
		return Token{Text: text, UPOS: upos, XPOS: xpos, Head: head, Dep: dep}
	}
	tests := []treeCase{
		{"Yesterday, at the fair, CEO Jo Hale unveiled it: the opening phrase is an adverbial, the name the subject",
			Sentence{Tokens: []Token{tok("Yesterday", "NOUN", "NN", 4, "compound"), tok(",", "PUNCT", ",", 0, "punct"), tok("at", "ADP", "IN", 4, "case"),
				tok("the", "DET", "DT", 4, "det"), tok("fair", "NOUN", "NN", 9, "nsubj"), tok(",", "PUNCT", ",", 7, "punct"), tok("CEO", "NOUN", "NN", 7, "nmod:desc"),
				tok("Jo", "PROPN", "NNP", 9, "nsubj"), tok("Hale", "PROPN", "NNP", 7, "flat"), tok("unveiled", "VERB", "VBD", -1, "root"), tok("it", "PRON", "PRP", 9, "obj")}},
			"9:obl:tmod 0:punct 4:case 4:det 9:obl 7:punct 7:nmod:desc 9:nsubj 7:flat -1:root 9:obj"},
		{"The Beatles' label Apple Corps lost: the possessor owns the description",
			Sentence{Tokens: []Token{tok("The", "DET", "DT", 1, "det"), tok("Beatles", "PROPN", "NNPS", 6, "nsubj"), tok("'", "PART", "POS", 1, "case"),
				tok("label", "NOUN", "NN", 4, "nmod:desc"), tok("Apple", "PROPN", "NNP", 6, "nsubj"), tok("Corps", "PROPN", "NNP", 4, "flat"), tok("lost", "VERB", "VBD", -1, "root")}},
			"1:det 3:nmod:poss 1:case 4:nmod:desc 6:nsubj 4:flat -1:root"},
		{"the blog Gizmodo obtained: the description describes the name",
			Sentence{Tokens: []Token{tok("the", "DET", "DT", 1, "det"), tok("blog", "NOUN", "NN", 3, "nsubj"), tok("Gizmodo", "PROPN", "NNP", 3, "nsubj"), tok("obtained", "VERB", "VBD", -1, "root")}},
			"1:det 2:nmod:desc 3:nsubj -1:root"},
		{"Acme, Bolt said: no opening phrase, left alone",
			Sentence{Tokens: []Token{tok("Acme", "PROPN", "NNP", 3, "nsubj"), tok(",", "PUNCT", ",", 0, "punct"), tok("Bolt", "PROPN", "NNP", 3, "nsubj"), tok("said", "VERB", "VBD", -1, "root")}},
			"3:nsubj 0:punct 3:nsubj -1:root"},
	}
	checkTreeRepair(t, repairDoubleSubject, tests)
}

func TestRepairOuterSubjectClause(t *testing.T) {
	tok := func(text, upos string, head int, dep string) Token {
		return Token{Text: text, UPOS: upos, Head: head, Dep: dep}
	}
	tests := []treeCase{
		{"The problem is that the bridge fell: the copula heads, the clause is its complement",
			Sentence{Tokens: []Token{tok("The", "DET", 1, "det"), tok("problem", "NOUN", 7, "nsubj:outer"), tok("is", "AUX", 7, "cop"), tok("that", "SCONJ", 7, "mark"),
				tok("the", "DET", 5, "det"), tok("bridge", "NOUN", 7, "nsubj"), tok("never", "ADV", 7, "advmod"), tok("fell", "VERB", -1, "root"), tok(".", "PUNCT", 7, "punct")}},
			"1:det 2:nsubj -1:root 7:mark 5:det 7:nsubj 7:advmod 2:ccomp 2:punct"},
		{"The problem is the bridge: no clause, left alone",
			Sentence{Tokens: []Token{tok("The", "DET", 1, "det"), tok("problem", "NOUN", 4, "nsubj"), tok("is", "AUX", 4, "cop"), tok("the", "DET", 4, "det"), tok("bridge", "NOUN", -1, "root")}},
			"1:det 4:nsubj 4:cop 4:det -1:root"},
	}
	checkTreeRepair(t, repairOuterSubjectClause, tests)
}

func TestRepairSubjectBeforeConjunction(t *testing.T) {
	tok := func(text, xpos string, head int, dep string) Token {
		return Token{Text: text, XPOS: xpos, Head: head, Dep: dep}
	}
	tests := []treeCase{
		{"Acme makes the Lumo, a scooter and sold it: the noun before 'and' is the object's apposition",
			Sentence{Tokens: []Token{tok("Acme", "NNP", 1, "nsubj"), tok("makes", "VBZ", -1, "root"), tok("the", "DT", 3, "det"), tok("Lumo", "NNP", 1, "obj"),
				tok(",", ",", 6, "punct"), tok("a", "DT", 6, "det"), tok("scooter", "NN", 8, "nsubj"), tok("and", "CC", 8, "cc"), tok("sold", "VBD", 1, "conj"), tok("it", "PRP", 8, "obj")}},
			"1:nsubj -1:root 3:det 1:obj 6:punct 6:det 3:appos 8:cc 1:conj 8:obj"},
		{"Acme makes scooters and Bolt sold them: a subject after 'and', left alone",
			Sentence{Tokens: []Token{tok("Acme", "NNP", 1, "nsubj"), tok("makes", "VBZ", -1, "root"), tok("scooters", "NNS", 1, "obj"), tok("and", "CC", 5, "cc"),
				tok("Bolt", "NNP", 5, "nsubj"), tok("sold", "VBD", 1, "conj"), tok("them", "PRP", 5, "obj")}},
			"1:nsubj -1:root 1:obj 5:cc 5:nsubj 1:conj 5:obj"},
	}
	checkTreeRepair(t, repairSubjectBeforeConjunction, tests)
}

func TestRepairThatDeterminerClause(t *testing.T) {
	tok := func(text, xpos string, head int, dep string) Token {
		return Token{Text: text, XPOS: xpos, Head: head, Dep: dep}
	}
	heads := func(s Sentence) string {
		var b strings.Builder
		for _, t := range s.Tokens {
			fmt.Fprintf(&b, "%d:%s:%s ", t.Head, t.Dep, t.XPOS)
		}
		return strings.TrimSpace(b.String())
	}
	tests := []struct {
		name string
		s    Sentence
		want string
	}{
		{"could not prove that sleep caused problems: a clause, not two objects",
			Sentence{Tokens: []Token{tok("It", "PRP", 3, "nsubj"), tok("could", "MD", 3, "aux"), tok("not", "RB", 3, "advmod"), tok("prove", "VB", -1, "root"),
				tok("that", "DT", 5, "det"), tok("sleep", "NN", 3, "obj"), tok("caused", "VBN", 7, "amod"), tok("problems", "NNS", 3, "obj")}},
			"3:nsubj:PRP 3:aux:MD 3:advmod:RB -1:root:VB 6:mark:IN 6:nsubj:NN 3:ccomp:VBD 6:obj:NNS"},
		{"gave that man the book: two objects without a verb between, left alone",
			Sentence{Tokens: []Token{tok("She", "PRP", 1, "nsubj"), tok("gave", "VBD", -1, "root"), tok("that", "DT", 3, "det"), tok("man", "NN", 1, "obj"),
				tok("the", "DT", 5, "det"), tok("book", "NN", 1, "obj")}},
			"1:nsubj:PRP -1:root:VBD 3:det:DT 1:obj:NN 5:det:DT 1:obj:NN"},
	}
	for _, tt := range tests {
		repairThatDeterminerClause(&tt.s)
		if got := heads(tt.s); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestRepairSubordinatorCase(t *testing.T) {
	tok := func(text, upos, xpos string, head int, dep string) Token {
		return Token{Text: text, UPOS: upos, XPOS: xpos, Head: head, Dep: dep}
	}
	// wait until directors , who hired advisers , had assessed it
	s := Sentence{Tokens: []Token{tok("wait", "VERB", "VB", -1, "root"), tok("until", "ADP", "IN", 2, "case"), tok("directors", "NOUN", "NNS", 0, "obl"),
		tok(",", "PUNCT", ",", 5, "punct"), tok("who", "PRON", "WP", 5, "nsubj"), tok("hired", "VERB", "VBD", 9, "advcl"), tok("advisers", "NOUN", "NNS", 5, "obj"),
		tok(",", "PUNCT", ",", 9, "punct"), tok("had", "AUX", "VBD", 9, "aux"), tok("assessed", "VERB", "VBN", 0, "advcl"), tok("it", "PRON", "PRP", 9, "obj")}}
	repairSubordinatorCase(&s)
	want := "-1:root 9:mark 9:nsubj 5:punct 5:nsubj 2:acl:relcl 5:obj 5:punct 9:aux 0:advcl 9:obj"
	if got := depHeads(s); got != want {
		t.Errorf("until directors, who hired advisers, had assessed it: %s, want %s", got, want)
	}
}

// A repair that would make a cycle is undone: the tree stays a tree.
func TestRepairTreeAcyclic(t *testing.T) {
	tok := func(text, upos, xpos string, head int, dep string) Token {
		return Token{Text: text, UPOS: upos, XPOS: xpos, Head: head, Dep: dep}
	}
	// what she called "exhausting" rosters
	s := Sentence{Tokens: []Token{tok("what", "PRON", "WP", -1, "root"), tok("she", "PRON", "PRP", 2, "nsubj"), tok("called", "VERB", "VBD", 0, "acl:relcl"),
		tok("\"", "PUNCT", "``", 4, "punct"), tok("exhausting", "VERB", "VBG", 6, "amod"), tok("\"", "PUNCT", "''", 4, "punct"), tok("rosters", "NOUN", "NNS", 2, "obj")}}
	repairTree(&s)
	if !acyclic(s.Tokens) {
		t.Fatalf("repairTree left a cycle: %v", s.Tokens)
	}
	cyc := []Token{{Head: 1}, {Head: 0}, {Head: -1}}
	if acyclic(cyc) {
		t.Errorf("acyclic(two words heading each other) = true")
	}
	if !acyclic([]Token{{Head: -1}, {Head: 0}, {Head: 1}}) {
		t.Errorf("acyclic(a chain to the root) = false")
	}
}

func TestRepairBaseConjunct(t *testing.T) {
	tok := func(text, xpos string, head int, dep string) Token {
		return Token{Text: text, XPOS: xpos, Head: head, Dep: dep}
	}
	// not allowed to use pipes , wash cars or fill pools
	s := Sentence{Tokens: []Token{tok("not", "RB", 1, "advmod"), tok("allowed", "VBN", -1, "root"), tok("to", "TO", 3, "mark"), tok("use", "VB", 1, "xcomp"),
		tok("pipes", "NNS", 3, "obj"), tok(",", ",", 6, "punct"), tok("wash", "VB", 1, "conj"), tok("cars", "NNS", 6, "obj"), tok("or", "CC", 9, "cc"),
		tok("fill", "VB", 6, "conj"), tok("pools", "NNS", 9, "obj")}}
	repairBaseConjunct(&s)
	want := "1:advmod -1:root 3:mark 1:xcomp 3:obj 6:punct 3:conj 6:obj 9:cc 3:conj 9:obj"
	if got := depHeads(s); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// depHeads writes each token's head and relation, "head:dep" in order, as
// the repair tests compare them.
func depHeads(s Sentence) string {
	var b strings.Builder
	for _, t := range s.Tokens {
		fmt.Fprintf(&b, "%d:%s ", t.Head, t.Dep)
	}
	return strings.TrimSpace(b.String())
}

// treeCase is a sentence before a tree repair and the heads and relations
// (depHeads) it should have after it.
type treeCase struct {
	name string
	s    Sentence
	want string
}

// checkTreeRepair runs repair on each case's sentence and compares.
func checkTreeRepair(t *testing.T, repair func(*Sentence), tests []treeCase) {
	t.Helper()
	for _, tt := range tests {
		repair(&tt.s)
		if got := depHeads(tt.s); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}
