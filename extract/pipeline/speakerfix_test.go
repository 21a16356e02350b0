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
		// ", the town council said": the council, not the first noun
		{"Residents living near the depot were told to keep their windows shut, but the warning was lifted on Thursday after tests showed no danger, the town council said.",
			"the warning", "was lifted", "the town council"},
		{"Marta Olsen, 24, tested positive for a banned stimulant in a sample taken at a meet in Draveny on May 3, the federation said.",
			"the federation", "said", ""},
		{"The vessel, the MV Tarnholm, operated by Vesterlink, struck rocks about two kilometres from Orsk harbour shortly after 9 p.m., the coastguard said.",
			"the coastguard", "said", ""},
		{"Gorran Velt, 31, was arrested at his home in Daskel on Tuesday morning after a search of his car, police said.",
			"police", "said", ""},
		// a piece of what was said, a piece of the sentence as speaker
		{"A man was killed by a falling tree in Saltby, and a woman drowned when her car was swept off a flooded road near Carrig, police said.",
			"police", "said", ""},
		{"A fast-moving wildfire has forced more than 6,000 people to leave their homes in the hills north of Sarreno, and at least 40 houses have burned, officials said.",
			"officials", "said", ""},
		// "\"...,\" said the historian X": X said the quote
		{"\"He told us that the old mills matter as much as the cathedrals,\" said the historian Piet Olander, a former colleague.",
			"Piet Olander", "said", ""},
		// a title word before the name
		{"Defence Minister Arne Solberg said he was surprised and that the army would ask parliament to approve the purchase.",
			"the army", "would ask", "Arne Solberg"},
		{"Trade Minister Liv Haugen said she was pleased and that the ministry would ask exporters to register by May.",
			"the ministry", "would ask", "Liv Haugen"},
		{"Labour Minister Sven Dahl said he regretted the ruling and that the government would appeal it.",
			"the government", "would appeal", "Sven Dahl"},
		{"Health Minister Ilse Varro said the clinics would reopen and that the ministry would hire 300 nurses.",
			"the ministry", "would hire", "Ilse Varro"},
		{"Judge Anneli Korhonen said the evidence was weak and that the prosecution had failed to prove intent.",
			"the prosecution", "had failed", "Anneli Korhonen"},
		{"Transport Secretary Olav Brink said the line would reopen in May and that the operator would pay compensation to passengers.",
			"the operator", "would pay", "Olav Brink"},
		{"Health Minister Ilse Varro praised the plan, calling it \"a fair deal for nurses\", but the opposition's health spokesman, Piet Amundsen, said it came far too late for patients who have waited for months.",
			"patients", "have waited for", "Piet Amundsen"},
		// unnamed sources: the group, not what it knows
		{"Three people familiar with the talks said the bank had agreed to sell its insurance arm.",
			"the bank", "had agreed", "Three people familiar with the talks"},
		{"But two people familiar with the matter said the club had offered the striker a new contract.",
			"the club", "had offered", "two people familiar with the matter"},
		// a document and who published it
		{"The bridge, which opened in 1974, failed its last inspection in March, according to records published by the highways agency.",
			"The bridge", "failed", "the highways agency"},
		{"A second relegation could cost the club around 90 million crowns in broadcast income, according to estimates by the accountancy firm Holmgate Partners.",
			"A second relegation", "could cost", "Holmgate Partners"},
		{"Unemployment rose to 7.1 percent in March, according to figures from the Velsian Statistics Office.",
			"Unemployment", "rose to", "Velsian Statistics Office"},
		{"The storm could cost insurers about 2 billion dollars, according to estimates by the risk modelling firm Tarrant Hale.",
			"The storm", "could cost", "Tarrant Hale"},
		// the opening word of a clause is no part of the source
		{"Bond yields fell sharply after data published on Tuesday showed that wages rose 3 percent in April.",
			"wages", "rose", "data published on Tuesday"},
		// "it said": the body that spoke just before
		{"Forty people were taken to hospital, the regional health authority said. Two children were among the dead, it said.",
			"Two children", "were among", "the regional health authority"},
		// "It should be mentioned that": nobody's but the writer's
		{"It should be mentioned that the stock capital of Velcor tripled in 2004 and doubled in 2005.",
			"the stock capital of Velcor", "tripled in", ""},
		// "we" in a quote: its speaker
		{"Ana Ruiz met the union on Monday. \"We believe the jury was given misleading evidence, and we will appeal,\" she said.",
			"the jury", "was given", "Ana Ruiz"},
		// a quote's speaker named by a role and its name
		{"\"The council has broken its promise, and it hurt people who had done nothing wrong,\" the network's director, Owen Pryce, said outside the court.",
			"people", "had done", "Owen Pryce"},
		{"The agency said the dam was safe. It said that repairs would start in May.",
			"repairs", "would start", "The agency"},
		// a clause or an apposition set off by a comma is no part of
		// the source
		{"Tarvia bought about 2 billion dollars of Kestranian wheat last year, according to official trade figures, making Kestrania its largest supplier.",
			"Tarvia", "bought", "official trade figures"},
		{"A consumer group, Safe Homes Network, said parents had posted complaints about hot batteries as early as March.",
			"parents", "had posted", "Safe Homes Network"},
		// a spokesman after the company's denial in the same sentence
		{"Velcor Industries denied that the warning related to the mine that collapsed, and a spokesman said the company had complied with every safety order since 2021.",
			"Velcor Industries", "had complied with", "a spokesman for Velcor Industries"},
		// "the company said" in a story about one company
		{"Marrow Software will cut 900 jobs, Marrow Software said on Monday. Shares of Marrow Software fell 6 percent. Lena Holm will become interim chief executive on March 1 while the board looks for a successor, the company said.",
			"Lena Holm", "will become", "Marrow Software"},
		// "..., adding that": the one who said the clause it hangs on
		{"Ilse Varga told reporters that the board would decide in July and that another rise in June was neither promised nor ruled out, adding that the bank would act if wages, which rose 6 percent in May, kept climbing.",
			"the bank", "would act", "Ilse Varga"},
		{"Judge Carla Mendez said the defendant had shown no remorse, adding that the sentence had to deter others.",
			"the sentence", "had to deter", "Carla Mendez"},
		// "..., he said" after another man's quote: his
		{"Daniel Ostrowe, the chief executive of Quillbridge, resigned on Monday. \"The cuts were expected,\" said Tomas Reyland, an analyst at Bellcourt Capital. Investors would want to know who runs the company, he said.",
			"Investors", "would want", "Tomas Reyland"},
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
		{"Ana Ruiz said the deal was done. Investors would want to know who runs the company, she said.", "Investors", "would want", "Ana Ruiz"},
		{"Workers at the Tarrow plant walked out on Monday, saying that the pay offer was too low.", "the pay offer", "was", "Workers at the Tarrow plant"},
		{"Velcor said profits rose 8 percent in the quarter, adding that it would hire 200 engineers.", "it", "would hire", "Velcor"},
		{"The minister said the plan was fair, while the unions said they would strike on Monday.", "they", "would strike", "the unions"},
		{"Lena Holm will become interim chief executive on March 1, the company said.", "Lena Holm", "will become", "the company"},
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
