package oie

import (
	"path/filepath"
	"testing"
)

// TestObjectTail checks that the main reading of a clause keeps in its
// object, or its relation, what the verb needs to say anything: a phrase
// the object's noun takes ("an inquiry into the fire"), the place or span
// of a bare mass noun ("work at the northern pier", "electricity for only
// six hours a day"), what a verb of giving or choosing gives time or
// someone for ("three weeks to repair the roof", "to chair the inquiry"),
// the figures a verb of change moves to and from, where a measured
// distance lies, a bare amount read as an oblique ("fell 4 percent"), a
// role after "as" the parse ran into a time ("as finance minister last
// year"), the noun of a light-verb idiom ("gave way", "took part in"),
// and what a result leaves its subject with ("giving him a lead" reads
// that he had it). A name the subject gives itself is no fact, and a
// phrase that is not the verb's complement stays out ("charged two men |
// over the bombing", "opened the box | with a knife"). Sentences in
// testdata/objtail.conllu, our own, parsed by the project's parser.
func TestObjectTail(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "objtail.conllu"))
	tests := []mainReading{
		{"The ministry", "had opened", "an inquiry into the fire"},
		{"Brolin Foods", "may seek", "a buyer for its dairy unit"},
		{"The port authority", "would halt", "work at the northern pier"},
		{"The council", "gave", "the landlord three weeks to repair the roof"},
		{"The regulator", "had given", "the bank until the end of June to sell the shares"},
		{"Mayor Tova Rink", "appointed", "Ansel Grue to chair the inquiry"},
		{"Analyst Mira Sten", "cut", "her price target on the shares to 40 crowns from 52 crowns"},
		{"Residents", "would receive", "electricity for only six hours a day"},
		{"Dalmark", "has never brought", "a vaccine to market"},
		{"The divers", "were working", "about 30 metres below the surface"},
		{"Kestrel shares", "fell", "4 percent"},
		{"Tova Rink", "stepped down as", "finance minister last year"},
		{"Part of the old pier", "gave way on", "Sunday"},
		{"The hearing", "took place in", "Orrin"},
		{"Nine clubs", "took part in", "the tournament"},
		{"Korvel", "had", "a lead of 40 seconds"},
		{"The group", "blocked", "the road"},
		{"Police", "charged", "two men"},
		{"He", "opened", "the box"},
		{"it", "had opened", "an investigation into the derailment"},
		{"The divers", "were working", "about 30 metres below the surface"},
		{"The court", "gave", "the firm 30 days to pay the fine"},
		{"The ministry", "named", "a former judge to head the inquiry into the crash"},
		{"Halloran", "stepped down as", "chief executive"},
		// what a verb of telling or urging tells its object to do, and
		// where a case or complaint is taken
		{"The governor", "warned", "households not to expect quick further cuts"},
		{"Firefighters", "told", "residents not to return to the valley"},
		{"The union", "reminded", "members to vote before Friday"},
		{"she", "would take", "the dispute to the labour court"},
		{"The ministry", "referred", "the complaint to prosecutors"},
		// where a service runs says which service
		{"Harbour Lines", "has suspended", "all sailings to Skerra"},
		{"The operator", "cancelled", "all crossings to the northern islands"},
	}
	checkMainReadings(t, ss, tests)
	for _, e := range Extract(&ss[16], Options{}) {
		if e.Relation == "calls" {
			t.Errorf("%q: self-naming fact (%s; %s; %s)", ss[16].Text, e.Subject, e.Relation, e.Object)
		}
	}
}

// TestObjectRate checks that a rate, a vote's side and a figure stay with
// the amount of the object: "less than 15 cents for each euro", "9 to 3 in
// favour of acquittal", "her price target on the stock to 52 euros from 40
// euros" with the figure read as a second object, "its fees by 5
// percent"; an amount's purpose stays out ("2,000 tickets | for the
// final"). Sentences in testdata/objrate.conllu, our own, parsed by the
// project's parser.
func TestObjectRate(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "objrate.conllu"))
	tests := []mainReading{
		{"Suppliers", "may recover", "less than 15 cents for each euro"},
		{"The jury", "voted", "9 to 3 in favour of acquittal"},
		{"Pia Lund", "raised", "her price target on the stock to 52 euros from 40 euros"},
		{"The board", "voted", "5 to 2 in favour of the merger"},
		{"Creditors", "will get", "40 cents for every dollar"},
		{"The club", "sold", "2,000 tickets"},
		{"The bank", "raised", "its fees by 5 percent"},
		{"The new drug", "cut", "hospital stays by 20 percent"},
	}
	checkMainReadings(t, ss, tests)
}

// TestTimeBeforeInfinitive checks that a time between a verb that takes an
// infinitive and its infinitive leaves the infinitive its complement
// ("agreed on Tuesday to sell a stake", not "agreed on | Tuesday"), and
// that a preposition the parse read as an oblique of its own, with its
// noun as an apposition, is the noun's ("was referring to Lucia Brandt,
// the Dutch striker"). Sentences in testdata/objinf.conllu, our own,
// parsed by the project's parser.
func TestTimeBeforeInfinitive(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "objinf.conllu"))
	tests := []mainReading{
		{"Brennock Rovers", "agreed to sell", "a 60 percent stake to the investment group Halden Crest"},
		{"The union", "voted to reject", "the pay offer"},
		{"The club", "refused to comment on", "the report"},
		{"The council", "agreed to sell", "the depot"},
		{"Ferrand", "was referring to", "Lucia Brandt, the Dutch striker who joined Orrin City in May"},
	}
	checkMainReadings(t, ss, tests)
}

// TestPermissionAndScope checks that the infinitive after a noun of leave
// completes it ("approval from the regulator to buy its smaller rival"),
// that a lone adverb between a verb and its infinitive leaves the
// infinitive its complement ("voted overwhelmingly to reject the offer"), and that a
// mass noun with modifiers but no determiner keeps its place ("container
// traffic at the country's busiest port", "tap water in the capital"); a
// manner phrase stays out ("opened the door | with great care"). Sentences
// in testdata/objperm.conllu, our own, parsed by the project's parser.
func TestPermissionAndScope(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "objperm.conllu"))
	tests := []mainReading{
		{"Castmoor Bank", "won", "approval from the regulator to buy its smaller rival"},
		{"Workers at Voltra Motors", "voted to reject", "the offer"},
		{"Dockworkers", "were halting", "container traffic at the country's busiest port"},
		{"Authorities", "will ration", "tap water in the capital"},
		{"He", "opened", "the door"},
	}
	checkMainReadings(t, ss, tests)
}

// TestContentAndRange checks that a "that" clause the parse hung on the
// verb after a noun of saying or believing is the noun's content ("denied
// reports that he had lost the dressing room"), that a "between" range
// stays one amount ("the carrier between 40 million and 60 million
// euros"), and that a state the parse ran into a time keeps apart from it
// ("the recovered coins on display", "as head coach"). Sentences in
// testdata/objcontent.conllu, our own, parsed by the project's parser.
func TestContentAndRange(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "objcontent.conllu"))
	tests := []mainReading{
		{"the strike", "could cost", "the carrier between 40 million and 60 million euros"},
		{"The city museum", "is expected to put", "the recovered coins on display"},
		{"The coach", "denied", "reports that he had lost the dressing room"},
		{"The minister", "rejected", "claims that the vote had been rigged"},
		{"Halloway", "will start as", "head coach"},
	}
	checkMainReadings(t, ss, tests)
	for _, e := range Extract(&ss[0], Options{}) {
		if e.Object == "the carrier between 40 million" || e.Object == "60 million euros" {
			t.Errorf("%q: range split (%s; %s; %s)", ss[0].Text, e.Subject, e.Relation, e.Object)
		}
	}
}

// TestJudgedHeadline checks that a headline's "X found guilty of Y", with
// no object and the verb read as a past tense, is the passive it is ("is
// found | guilty of bribery", not "found | guilty of bribery" as if X had
// found something), and that "found" with an object or a clause stays
// active. Sentences in testdata/judged.conllu, our own, parsed by the
// project's parser.
func TestJudgedHeadline(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "judged.conllu"))
	tests := []mainReading{
		{"Former mayor Ilse Varga", "is found", "guilty of bribery"},
		{"Two men", "are found", "dead"},
		{"Drug maker", "is found", "liable for opioid deaths"},
		{"The jury", "found", "him guilty of fraud"},
		{"The court", "found that", "the firm was liable"},
		{"Inspectors", "found", "the bridge unsafe"},
		{"She", "found", "it hard to sleep"},
	}
	checkMainReadings(t, ss, tests)
}

// TestDueTo checks that "is due to" with an infinitive joins the relation,
// as "is set to" does ("is due to be published", not "is | due" and "be
// published"), and leaves an adjective with an infinitive alone ("is |
// likely to fail"). Sentences in testdata/due.conllu, our own, parsed by
// the project's parser.
func TestDueTo(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "due.conllu"))
	tests := []mainReading{
		{"Her latest novel", "is due to be published", ""},
		{"The firm", "is due to report", "results"},
		{"The plan", "is", "likely to fail"},
		{"The firm", "is set to cut", "300 jobs"},
	}
	checkMainReadings(t, ss, tests)
}

// TestSaidSubject checks that a noun the parse took for the object of
// "said", with a set-off modifier or a relative clause after it, is the
// subject of the verb after it when that verb has none ("said its
// experimental kidney drug, called torvalin, cut hospital stays ...", "said
// the clinics that will cut hours were chosen ..."), so what was said is
// the clause, not "said | the clinics that will cut"; a noun that is what
// was said stays the object ("said | a prayer for the victims").
// Sentences in testdata/saidsubj.conllu, our own, parsed by the project's
// parser.
func TestSaidSubject(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "saidsubj.conllu"))
	tests := []mainReading{
		{"the company", "said", "its experimental kidney drug, called torvalin, cut hospital stays by 20 percent in a large study"},
		{"The minister", "said", "the clinics that will cut hours were chosen because they had the fewest patients"},
		{"Police", "said", "the suspect, a 34-year-old man, was arrested on Friday"},
		{"He", "said", "a prayer for the victims"},
	}
	checkMainReadings(t, ss, tests)
}

// TestGerundModifier checks that a gerund the parse read as the open
// complement of a verb that takes no gerund, with a bare noun after it,
// modifies that noun ("supplies | drinking water to ...", not "supplies
// drinking | water"), and that a verb that takes a gerund keeps it ("stopped
// selling | cars"). Sentences in testdata/gerundmod.conllu, our own,
// parsed by the project's parser.
func TestGerundModifier(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "gerundmod.conllu"))
	tests := []mainReading{
		{"Vellmark", "supplies", "drinking water to nearly two million people"},
		{"The ministry", "approved", "cooking oil imports"},
		{"The firm", "stopped selling", "cars"},
		{"The firm", "considered selling", "shares"},
	}
	checkMainReadings(t, ss, tests)
}

// TestWhetherTo checks that "whether to" with "to" read as fixed to
// "whether" keeps both in the relation ("was studying whether to cut", not
// "was studying whether cut"). Sentences in
// testdata/whetherto.conllu, our own, parsed by the project's parser.
func TestWhetherTo(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "whetherto.conllu"))
	tests := []mainReading{
		{"Dorvik Paper", "was studying whether to cut", "output at its mill in Orrin"},
		{"The council", "was considering whether to raise", "parking fees"},
		{"The board", "will decide", "whether to sell the unit"},
	}
	checkMainReadings(t, ss, tests)
}
