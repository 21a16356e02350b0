package pipeline_test

import (
	"strings"
	"testing"
)

// TestSpeakerPhrase checks that the source of a fact, and the subject of
// a fact of saying, is the speaker and not a word of the speaker's phrase
// or of what was said: the body at the end of ", the council said", the
// person a title word comes before, the group of "people familiar with
// the talks", the body that published a document, the speaker an "it" or
// a "he" after another's quote stands for.
func TestSpeakerPhrase(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, subject, relation, source string
	}{
		// ", the water board said": the board, not the first noun
		{"Families living along the canal were moved to a school gym overnight, but the evacuation order was cancelled on Friday after engineers found the dyke intact, the water board said.",
			"the evacuation order", "was cancelled", "the water board"},
		{"Jonas Frey, 19, failed a doping test in a urine sample given after the national indoor final in Harstad on February 9, the anti-doping agency said.",
			"the anti-doping agency", "said", ""},
		{"The trawler, the Nordkapp Star, owned by Brevik Fisheries, sank in heavy seas about 30 kilometres off Varde late on Sunday, the rescue centre said.",
			"the rescue centre", "said", ""},
		{"Gorran Velt, 31, was arrested at his home in Daskel on Tuesday morning after a search of his car, police said.",
			"police", "said", ""},
		// a piece of what was said, a piece of the sentence as speaker
		{"A cyclist was hit by a bus in Marsby, and a pedestrian died when a lorry skidded on ice near Holt, police said.",
			"police", "said", ""},
		{"A grass fire driven by gusts has forced about 900 people to leave a holiday park in the dunes west of Lenvik, and 12 cabins have burned, rescue services said.",
			"rescue services", "said", ""},
		// "\"...,\" said the historian X": X said the quote
		{"\"He told us that the old mills matter as much as the cathedrals,\" said the historian Piet Olander, a former colleague.",
			"Piet Olander", "said", ""},
		// a title word before the name
		{"Defence Minister Arne Solberg said he was surprised and that the army would ask parliament to approve the purchase.",
			"the army", "would ask", "Arne Solberg"},
		{"Trade Minister Liv Haugen said she was pleased and that the ministry would ask exporters to register by May.",
			"the ministry", "would ask", "Liv Haugen"},
		{"Health Minister Ilse Varro said the clinics would reopen and that the ministry would hire 300 nurses.",
			"the ministry", "would hire", "Ilse Varro"},
		{"Judge Anneli Korhonen said the evidence was weak and that the prosecution had failed to prove intent.",
			"the prosecution", "had failed", "Anneli Korhonen"},
		{"Transport Secretary Olav Brink said the line would reopen in May and that the operator would pay compensation to passengers.",
			"the operator", "would pay", "Olav Brink"},
		{"Education Minister Ilse Varro hailed the deal, calling it \"a fair settlement for teachers\", but the teachers' union leader, Piet Amundsen, said it did nothing for pupils who had lost months of lessons.",
			"pupils", "had lost", "Piet Amundsen"},
		// unnamed sources: the group, not what it knows
		{"Three people familiar with the talks said the bank had agreed to sell its insurance arm.",
			"the bank", "had agreed", "Three people familiar with the talks"},
		{"However, two people familiar with the decision said the airline had grounded four jets.",
			"the airline", "had grounded", "two people familiar with the decision"},
		{"But two people familiar with the matter said the fund, which is run by Otto Veil, had sold its stake in the airline after the merger collapsed.",
			"the fund", "had sold", "two people familiar with the matter"},
		// a document and who put it out
		{"The dam, completed in 1961, was last inspected in 2019, according to documents filed by the water authority.",
			"The dam", "was inspected in", "the water authority"},
		{"Unemployment rose to 7.1 percent in March, according to figures from the Velsian Statistics Office.",
			"Unemployment", "rose to", "Velsian Statistics Office"},
		{"The storm could cost insurers about 2 billion dollars, according to estimates by the risk modelling firm Tarrant Hale.",
			"The storm", "could cost", "Tarrant Hale"},
		{"Shares fell 12 percent after the company cut its forecast, according to data compiled by Velsian Markets.",
			"Shares", "fell", "Velsian Markets"},
		{"Ilse Brandt took 61 percent of the ballots cast, according to provisional results released by the county election board on Sunday night.",
			"Ilse Brandt", "took", "the county election board"},
		// a suit, a decision: whose
		{"Tarrow Records' latest suit, filed in May, claims that the streaming firm broke a 2015 licensing deal.",
			"the streaming firm", "broke", "Tarrow Records"},
		{"Brask ate a banned substance before the race, according to the federation's 30-page decision.",
			"Brask", "ate", "the federation"},
		// the opening word of a clause is no part of the source
		{"The krona weakened after data released on Friday showed that exports shrank 5 percent in March.",
			"exports", "shrank", "data released on Friday"},
		// "it said": the body that spoke just before
		{"Nineteen patients were moved to other wards, the hospital trust said. Three nurses were among the injured, it said.",
			"Three nurses", "were among", "the hospital trust"},
		// "It was confirmed that": nobody's but the writer's
		{"It was confirmed that the museum's budget would be cut by a fifth next year.",
			"the museum's budget", "would be cut", ""},
		// "we" in a quote: its speaker
		{"Lena Sorby met the board on Monday. \"We think the auditors were misled about the loans, and we will ask for a new inquiry,\" she said.",
			"the auditors", "were misled about", "Lena Sorby"},
		// a quote's speaker named by a role and its name
		{"\"The council has broken its promise to the tenants who trusted it,\" the association's chairman, Owen Pryce, said at the hearing.",
			"the tenants", "trusted", "Owen Pryce"},
		{"The agency said the dam was safe. It said that repairs would start in May.",
			"repairs", "would start", "The agency"},
		// a clause or an apposition set off by a comma is no part of
		// the source
		{"Norland's mills bought 2 million tonnes of Velsian pulp in 2024, according to industry figures, making Velsia their top supplier.",
			"Norland's mills", "bought", "industry figures"},
		{"A pensioners' lobby, Grey Voice Forum, said members had waited months for their payments.",
			"members", "had waited", "Grey Voice Forum"},
		// a spokesman after the company's denial in the same sentence
		{"Brimco Mining denied that the leak had reached the river, and a spokesman said the firm had met every permit condition since 2019.",
			"Brimco Mining", "had met", "a spokesman for Brimco Mining"},
		{"Villagers said the council had ignored warnings about the levee. The district council denied that it had been told of any fault. A spokesman said the levee had been inspected in May.",
			"the levee", "had been inspected", "A spokesman for the district council"},
		// "the company said" in a story about one company
		{"Marrow Software will cut 900 jobs, Marrow Software said on Monday. Shares of Marrow Software fell 6 percent. Lena Holm will become interim chief executive on March 1 while the board looks for a successor, the company said.",
			"Lena Holm", "will become", "Marrow Software"},
		// "..., adding that": the one who said the clause it hangs on
		{"Ilse Varga told a press briefing that the agency would publish its review in July and that a ban on the pesticide was neither ruled in nor ruled out, adding that farmers would be consulted if the tests, which began in March, showed any risk.",
			"farmers", "would be consulted", "Ilse Varga"},
		{"Oskar Brand told a briefing that the council would vote in May and that another tax rise in June was neither promised nor ruled out, adding that the city would borrow more if costs, which rose 7 percent in April, kept climbing.",
			"costs", "rose", "Oskar Brand"},
		{"Judge Carla Mendez said the defendant had shown no remorse, adding that the sentence had to deter others.",
			"the sentence", "had to deter", "Carla Mendez"},
		// "..., he said" after another man's quote: his
		{"Hanna Dorff, the chief executive of Velmora, resigned on Monday. \"The loss was expected,\" said Tomas Reyland, an analyst at Brisk Capital. Shareholders would ask who chose the new board, he said.",
			"Shareholders", "would ask", "Tomas Reyland"},
	}
	for _, tt := range tests {
		found := false
		for _, f := range factsOf(t, x, tt.text, tt.relation, true) {
			if tt.relation == "said" {
				found = true
				if f.Subject != tt.subject || !strings.HasPrefix(strings.Trim(tt.text, "\""), f.Object) || len(f.Object) < 20 {
					t.Errorf("%q: %s | %s | %s, want subject %q and what comes before it", tt.text, f.Subject, f.Relation, f.Object, tt.subject)
				}
				continue
			}
			if !strings.EqualFold(f.Subject, tt.subject) {
				continue
			}
			found = true
			if f.AttributedTo != tt.source {
				t.Errorf("%q: %s | %s | %s @%q, want @%q", tt.text, f.Subject, f.Relation, f.Object, f.AttributedTo, tt.source)
			}
		}
		if !found {
			t.Errorf("%q: no fact %s | %s", tt.text, tt.subject, tt.relation)
		}
	}
}

// TestSpeakerPhraseKept checks that a speaker read right is kept: a
// document that speaks, a name that is no speaker's, a clause of its own.
func TestSpeakerPhraseKept(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, subject, relation, source string
	}{
		{"The report, written by Ana Ruiz, said the dam was unsafe.", "the dam", "was", "The report"},
		{"Labour Minister Jakob Verhelst visited the plant on Monday, and the union said the jobs were safe.", "the jobs", "were", "the union"},
		{"The fire started in a storage room, the fire service said, and spread to the roof.", "The fire", "started", "the fire service"},
		{"Figures compiled after the storm showed that 300 homes were damaged.", "300 homes", "were damaged", "Figures compiled after the storm"},
		{"Ana Ruiz said the deal was done. Shareholders would ask who chose the new board, she said.", "Shareholders", "would ask", "Ana Ruiz"},
		{"Workers at the Tarrow plant walked out on Monday, saying that the pay offer was too low.", "the pay offer", "was", "Workers at the Tarrow plant"},
		{"Velcor said profits rose 8 percent in the quarter, adding that it would hire 200 engineers.", "it", "would hire", "Velcor"},
		{"The minister said the plan was fair, while the unions said they would strike on Monday.", "they", "would strike", "the unions"},
		{"Lena Holm will become interim chief executive on March 1, the company said.", "Lena Holm", "will become", "the company"},
		{"The plant closed in May. It said the workers would be paid until July.", "the workers", "would be paid", "It"},
		{"The storm hit the coast on Monday. A spokesman said the port would reopen on Friday.", "the port", "would reopen", "A spokesman"},
		{"Workers at the plant said the guards had been removed from the machines.", "the guards", "had been removed", "Workers at the plant"},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, tt.relation, false) {
			if !strings.EqualFold(f.Subject, tt.subject) {
				continue
			}
			if f.AttributedTo != tt.source {
				t.Errorf("%q: %s | %s | %s @%q, want @%q", tt.text, f.Subject, f.Relation, f.Object, f.AttributedTo, tt.source)
			}
		}
	}
}

// TestSpeakerOfIt checks that "It said" after a sentence about a body is
// the body's, whatever the parse made of that sentence, and not a thing's.
func TestSpeakerOfIt(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, subject string }{
		{"The nurses' union, which had opposed the closure, welcomed the decision. It said the plan would have cost 300 jobs.", "The nurses' union"},
		{"The plant closed in May. It said the workers would be paid until July.", "It"},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, "said", true) {
			if f.Subject != tt.subject {
				t.Errorf("%q: %s | %s | %s, want subject %q", tt.text, f.Subject, f.Relation, f.Object, tt.subject)
			}
		}
	}
}

// TestSpeakerClauseTrimmed checks that a relative clause between a
// speaker and "said" is no part of the speaker.
func TestSpeakerClauseTrimmed(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Professor Ines Marr of Dunholm University, who was not involved in the study, said many drugs that worked in mice had failed in human trials.",
		"Dr Pavel Rusk of Harlow Clinic, who has treated such patients for 20 years, said the results were encouraging.",
	} {
		for _, f := range factsOf(t, x, text, "said", true) {
			if strings.Contains(f.Subject, "who") {
				t.Errorf("%q: %s | %s | %s: the speaker holds its relative clause", text, f.Subject, f.Relation, f.Object)
			}
		}
	}
}
