package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/pipeline"
)

// TestQuoteFirstPerson checks that "I" in a quote is its speaker, and
// that "we" is the organisation the speaker speaks for when the sentence
// names one outside the quote, or the document ties the speaker to one by
// a role; else "we" stays.
func TestQuoteFirstPerson(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, want string
	}{
		{"Speaking for Velmora Group, manager Ana Ruiz said, \"we will appeal the ruling of the court.\"", "will appeal", "Velmora Group"},
		// "we" is not the speaker alone: with no organisation it stays
		{"\"We will appeal the ruling of the court,\" said Ana Ruiz, a lawyer in Tarrow.", "will appeal", "We"},
		// the organisation the document ties the speaker to by a role
		{"Ana Ruiz, a spokeswoman for Velmora Group, said the plant would close. \"We regret the decision,\" Ruiz said.", "regret", "Velmora Group"},
		{"Velmora Group chief executive Ana Ruiz visited Tarrow. \"We will build a new depot there,\" Ruiz said.", "will build", "Velmora Group"},
		{"Ana Ruiz, the finance director of Velmora Group, spoke on Monday. \"We expect to hire 400 people,\" Ruiz told reporters.", "expect", "Velmora Group"},
		{"Ana Ruiz is a councillor at Tarrow City Council. \"We listened to the residents,\" Ruiz said.", "listened", "Tarrow City Council"},
		{"French Finance Minister Paul Maret met bankers in Lyon. \"We have cut spending by a third,\" Maret said.", "have cut", "France"},
		{"Paul Maret, a spokesman for the French government, spoke in Lyon. \"We will raise pensions next year,\" Maret said.", "will raise", "France"},
		{"Eide Halvorsen, Norway's foreign minister, arrived in Bergen on Monday. \"We will not accept the tariffs,\" Halvorsen said.", "will not accept", "Norway"},
		{"Eide Halvorsen, Norway's best-known skier, arrived in Bergen on Monday. \"We will win the relay,\" Halvorsen said.", "will win", "We"},
		{"Ana Ruiz, who heads Velmora Group, spoke on Monday. \"We will build a second depot,\" Ruiz said.", "will build", "Velmora Group"},
		{"Ana Ruiz, who works for Velmora Group, spoke on Monday. \"We will build a second depot,\" Ruiz said.", "will build", "Velmora Group"},
		{"Ana Ruiz, who sued Velmora Group last year, spoke on Monday. \"We will build a second depot,\" Ruiz said.", "will build", "We"},
		// a former role, a role for no organisation, a minister of no
		// named government: "we" stays
		{"Ana Ruiz, a former spokeswoman for Velmora Group, criticised the plan. \"We warned the board,\" Ruiz said.", "warned", "We"},
		{"Ana Ruiz met Velmora Group executives in Tarrow. \"We had a long talk about wages,\" Ruiz said.", "had", "We"},
		{"Finance Minister Paul Maret spoke in Lyon. \"We will raise pensions,\" Maret said.", "will raise", "We"},
		{"The court fined Ana Ruiz for Velmora Group's losses in Tarrow. \"We will appeal the fine,\" Ruiz said.", "will appeal", "We"},
		{"\"I will appeal the ruling of the court,\" said Ana Ruiz, manager of Velmora Group.", "will appeal", "Ana Ruiz"},
		// a company's role with no organisation named: the one company
		// the document names, not the regulator nor the outlet told
		{"The Harbour Safety Authority refused to license the Velmora Group ferry. \"We are disappointed by the decision,\" chief executive Ana Ruiz told Wire.", "are disappointed", "Velmora Group"},
		{"Regulators fined Velmora Group and Castor Shipping. \"We are disappointed by the decision,\" chief executive Ana Ruiz said.", "are disappointed", "We"},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, tt.relation, false) {
			if f.Subject != tt.want {
				t.Errorf("%q: subject %q, want %q", tt.text, f.Subject, tt.want)
			}
		}
	}
}

// TestQuoteSpeaker checks that a fact read off a quote keeps its speaker
// when the speaker is named in another sentence of the quote, in the quote
// just before, or through the source of a statement.
func TestQuoteSpeaker(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation   string
		subject, speaker string // subject "" = not checked
	}{
		// a speaker given by a role and named in apposition is named
		{"The Tarrow Election Board ordered a recount. Its chairwoman, Ada Pell, said observers from both campaigns had watched the count.", "had watched", "", "Ada Pell"},
		// the speaker is named where the quote closes
		{"Ana Ruiz, a spokeswoman for Velmora Group, spoke on Tuesday. \"The depot will close in May. We will move the drivers to Tarrow,\" Ruiz said.", "will close", "", "Ana Ruiz"},
		{"Ana Ruiz, a spokeswoman for Velmora Group, spoke on Tuesday. \"The depot will close in May. We will move the drivers to Tarrow,\" Ruiz said.", "will move", "Velmora Group", "Ana Ruiz"},
		{"“The bridge failed the load test. The council ignored the warnings,” said Tomas Brenner, the county engineer.", "failed", "", "Tomas Brenner"},
		// or where it opens
		{"Tomas Brenner is the county engineer. Brenner said: \"The contractor has been fired. The council will hire another firm next month.\"", "will hire", "", "Tomas Brenner"},
		// a quote that is a sentence of its own goes on with the speaker
		// of the quote before
		{"\"Drivers will lose their routes,\" said Tomas Brenner. \"The council has ignored the warnings of the engineers.\"", "has ignored", "", "Tomas Brenner"},
		// a straight mark after a space opens the quote, however tagged
		{"Ana Ruiz, a member of the board, adds, \"The firm will keep its depot in Tarrow\".", "will keep", "", "Ana Ruiz"},
		// an organisation speaking: "we" is it
		{"\"We will appeal the ruling of the court,\" Velmora Group said in a statement.", "will appeal", "Velmora Group", "Velmora Group"},
		{"\"We will answer the tariffs with tariffs of our own,\" Norway said in a statement.", "will answer", "Norway", "Norway"},
		// single quotation marks, as British papers use them
		{"Ana Ruiz, a spokeswoman for Velmora Group, spoke on Tuesday. ‘We regret the decision of the board,’ Ruiz said.", "regret", "Velmora Group", "Ana Ruiz"},
		{"‘The depot will close in May. The drivers’ union has been told,’ said Ana Ruiz.", "will close", "", "Ana Ruiz"},
		{"Ana Ruiz, a spokeswoman for Velmora Group, said the depot would close. 'We regret the decision of the board,' Ruiz said.", "regret", "Velmora Group", "Ana Ruiz"},
		{"'The depot will close in May. Velmora Group's drivers' union has been told,' said Ana Ruiz.", "will close", "", "Ana Ruiz"},
		// a statement speaks for its author
		{"The depot will close in June, according to a statement from Velmora Group.", "will close", "", "Velmora Group"},
		// a mark left open is no quote running on to the next one
		{"Ana Ruiz of Velmora Group mentioned a \"final offer. The drivers will strike in June. \"We will help the drivers,\" Ruiz said.", "will strike", "", ""},
		// a pronoun that speaks, left unbound, is the role that spoke
		// just before, of its number and sex
		{"The depot will close in May, a company spokeswoman said. She added that the drivers would get new contracts.", "would get", "", "a company spokeswoman"},
		{"The depot will close in May, a company spokeswoman said. He added that the drivers would get new contracts.", "would get", "", "He"},
		// the speaker named by the words around the closing mark where
		// the parse misses an inverted or appositive attribution
		{"\"Marek wrote about simple people with great warmth,\" said Ilka Dorn, his editor at Pellow for twenty years.", "wrote", "", "Ilka Dorn"},
		{"\"Tonight the people of Varsa chose change,\" Odran Vell, 52, told cheering supporters in the main square.", "chose", "", "Odran Vell"},
		{"\"Voters had a real choice, but the count was slow,\" said the head of the monitoring team, Ulla Brand.", "had", "", "Ulla Brand"},
		{"\"The tunnel will open in spring,\" said Ilka Dorn after meeting Odran Vell at the site.", "will open", "", "Ilka Dorn"},
		// the one told is no speaker, nor is either of two people
		{"\"The tunnel will open in spring,\" the engineers told Ilka Dorn at the site.", "will open", "", "the engineers"},
		{"\"The tunnel will open in spring,\" Ilka Dorn's lawyer said at the site.", "will open", "", "Ilka Dorn's lawyer"},
		// a finding is its finder's: a study's, a report's, an audit's
		{"A review by the county health board found that 30 patients had waited more than a year for surgery.", "had waited", "", "A review by the county health board"},
		{"Night shifts raise the risk of diabetes in nurses, study finds", "raise", "", "study"},
		// what follows a quote is the writer's
		{"\"Prices will rise,\" Brenner said. The council approved the harbour budget on Monday.", "approved", "", ""},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, tt.relation, false) {
			if f.AttributedTo != tt.speaker {
				t.Errorf("%q: (%s; %s; %s) attributed to %q, want %q", tt.text, f.Subject, f.Relation, f.Object, f.AttributedTo, tt.speaker)
			}
			if tt.subject != "" && f.Subject != tt.subject {
				t.Errorf("%q: (%s; %s; %s) subject %q, want %q", tt.text, f.Subject, f.Relation, f.Object, f.Subject, tt.subject)
			}
		}
	}
}

// TestQuoteFirstPersonObject checks that "me" and "us" as the whole object
// of a quoted clause are what "I" and "we" would be.
func TestQuoteFirstPersonObject(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, want string
	}{
		{"\"The mayor called me on Sunday,\" said Tomas Brenner, the county engineer.", "called", "Tomas Brenner"},
		{"Ana Ruiz, a spokeswoman for Velmora Group, spoke on Monday. \"The council never invited us to the hearing,\" Ruiz said.", "never invited", "Velmora Group"},
		// "us" of no organisation stays
		{"\"The mayor ignored us for months,\" said Tomas Brenner, a resident.", "ignored", "us"},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, tt.relation, true) {
			if f.Object != tt.want {
				t.Errorf("%q: (%s; %s; %s) object %q, want %q", tt.text, f.Subject, f.Relation, f.Object, f.Object, tt.want)
			}
		}
	}
}

// TestPossessorNamed checks that a possessive pronoun opening an argument
// is written as its entity, so that the fact reads on its own; an
// object's "its", and its "his" or "her" of the subject, are left as
// written.
func TestPossessorNamed(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, subject, object string // "" = not checked
	}{
		{"Velmora Group said it expects a loss. Its shares fell 4 percent on Monday.", "fell", "Velmora Group's shares", ""},
		{"Ana Ruiz leads the Harbour Party. Her party holds 38 seats in the council.", "holds", "Ana Ruiz's party", ""},
		{"The Tarrow Bank raised its main interest rate on Tuesday.", "raised", "Tarrow Bank", "its main interest rate"},
		// "his" or "her" of someone other than the subject names them
		{"Mayor Ivo Brenn denied taking bribes. Opposition councillors called for his resignation on Friday.", "called for", "", "Ivo Brenn's resignation on Friday"},
		{"The writer Lena Sorvik died on Sunday. Critics often compared her spare prose to that of Chekhov.", "often compared", "", "Lena Sorvik's spare prose to that of Chekhov"},
		// the subject's own: as written
		{"Mayor Ivo Brenn said on Friday that he would sell his house in Tarrow.", "would sell", "", "his house"},
	}
	for _, tt := range tests {
		found := false
		var got []string
		for _, f := range factsOf(t, x, tt.text, tt.relation, false) {
			got = append(got, f.Subject+" | "+f.Relation+" | "+f.Object)
			if (tt.subject == "" || f.Subject == tt.subject) && (tt.object == "" || f.Object == tt.object) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %q fact with subject %q and object %q; got %q", tt.text, tt.relation, tt.subject, tt.object, got)
		}
	}
}

// factsOf extracts text as one document and returns its facts whose
// relation is relation (exact) or starts with it; it reports, with every
// fact, a text that has none.
func factsOf(t *testing.T, x *pipeline.Extractor, text, relation string, exact bool) []extract.Fact {
	t.Helper()
	res, err := x.Extract(context.Background(), []extract.Document{doc("q", "2025-03-08", text)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []extract.Fact
	for _, f := range res.Facts {
		if f.Relation == relation || !exact && strings.HasPrefix(f.Relation, relation) {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		t.Errorf("%q: no %q fact", text, relation)
		for _, f := range res.Facts {
			t.Logf("  %s | %s | %s", f.Subject, f.Relation, f.Object)
		}
	}
	return out
}

// TestQuoteObjectWhole checks that what a speaker says in a quote is the
// whole quote, a clause of saying inside it included, while a clause of
// saying conjoined outside a quote stays a report of its own.
func TestQuoteObjectWhole(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, object string
	}{
		{"\"The hall went silent, and then the pilot told us we were turning back,\" Mira Holt said.", "said",
			"\"The hall went silent, and then the pilot told us we were turning back,\""},
		{"\"I gave everything, and I believe the players will stay up,\" Ruud Vann told reporters.", "told",
			"\"I gave everything, and I believe the players will stay up,\""},
		{"Mira Holt said the hall was closed, and the council said it would reopen in May.", "said",
			"the hall was closed"},
	}
	for _, tt := range tests {
		found := false
		var got []string
		for _, f := range factsOf(t, x, tt.text, tt.relation, true) {
			got = append(got, f.Object)
			found = found || f.Object == tt.object
		}
		if !found {
			t.Errorf("%q: no %q fact with object %q; got %q", tt.text, tt.relation, tt.object, got)
		}
	}
}

// TestExamplesNoArgument checks that a phrase giving examples ("including
// X", "such as X") makes no graph fact of the verb the parser hangs it on.
func TestExamplesNoArgument(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"She wrote eleven more novels, including \"Salt at Dawn,\" which won the Harrow Prize in 1997.",
		"The storm hit several towns, including Orvik and Varn, on Monday.",
		"Prices of staples rose sharply, such as bread and milk.",
	} {
		res, err := x.Extract(t.Context(), []extract.Document{doc("q", "2025-03-08", text)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Facts {
			if f.Gate == "" && (strings.HasSuffix(f.Relation, " including") || strings.HasSuffix(f.Relation, " such as")) {
				t.Errorf("%q: (%s; %s; %s): an example is no argument of the verb", text, f.Subject, f.Relation, f.Object)
			}
		}
	}
}

// TestNamedRole checks that a role's phrase followed by the person's name
// ("port spokeswoman Kari Voss", "the head of the monitoring mission,
// Petra Novell") stands for that person as subject and as source, and
// that a role with no name after it stays.
func TestNamedRole(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, subject, source string
	}{
		{"Nine passengers were treated for minor injuries sustained during the evacuation, and three of them were taken to hospital, according to port spokeswoman Kari Voss.",
			"were treated for", "Nine passengers", "Kari Voss"},
		{"\"Voters had a fair choice, but the field was not level,\" said the head of the monitoring mission, Petra Novell.",
			"said", "Petra Novell", ""},
		{"The deputy mayor responsible for housing, Per Holte, is among those under investigation, according to two people familiar with the case.",
			"is among", "Per Holte", "two people familiar with the case"},
		{"A hospital spokesman, Owen Lask, later said the clinic had hired an outside firm.", "later said", "Owen Lask", ""},
		// no name after the role: the role stays
		{"The head of the monitoring mission, who arrived on Monday, said the vote was fair.", "said", "The head of the monitoring mission", ""},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, tt.relation, true) {
			if f.Subject != tt.subject || f.AttributedTo != tt.source {
				t.Errorf("%q: %q @%q, want %q @%q", tt.text, f.Subject, f.AttributedTo, tt.subject, tt.source)
			}
		}
	}
}

// TestPronounSourceInQuote checks that a claim a quote attributes to a
// pronoun left unbound ("it adds to the evidence that ...") is the
// speaker's.
func TestPronounSourceInQuote(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, source string
	}{
		{"Mara Lind led the team in Tarrow.\n\n\"It's an early study, so we should be careful,\" Lind said. \"Still, it adds to a very large body of evidence that music is medicine.\"", "is", "Mara Lind"},
		{"Tomas Berg is a doctor in Tarrow.\n\n\"The sample was small,\" Berg said. \"Even so, it adds to the evidence that walking is medicine.\"", "is", "Tomas Berg"},
	}
	for _, tt := range tests {
		seen := false
		for _, f := range factsOf(t, x, tt.text, tt.relation, true) {
			if f.Object != "medicine" {
				continue
			}
			seen = true
			if f.AttributedTo != tt.source {
				t.Errorf("%q: %s | %s | %s @%q, want @%q", tt.text, f.Subject, f.Relation, f.Object, f.AttributedTo, tt.source)
			}
		}
		if !seen {
			t.Errorf("%q: no fact of medicine", tt.text)
		}
	}
}

// TestSpeakerAfterParticiple checks that a participle clause the parse
// hangs on the speaker is no part of the source: "..., flooding farmland
// and forcing ..., officials said" is the officials'.
func TestSpeakerAfterParticiple(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, source string
	}{
		{"The Lusk River burst its banks on Monday after three days of heavy rain, flooding tens of thousands of hectares of farmland and forcing the evacuation of about 2,000 people in the country's main wheat-growing region, officials said.",
			"burst", "officials"},
		{"The Dorne River rose on Sunday after a week of rain, cutting roads to three villages and forcing the closure of two schools in the region, police said.",
			"rose", "police"},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, tt.relation, true) {
			if f.AttributedTo != tt.source {
				t.Errorf("%q: %s | %s | %s @%q, want @%q", tt.text, f.Subject, f.Relation, f.Object, f.AttributedTo, tt.source)
			}
		}
	}
}
