package pipeline_test

import "testing"

// A sentence-opening noun phrase "X at the firm Name" whose name the parser
// read as the subject of a reduced relative, or whose noun it hung on the
// verb as an oblique, is the verb's whole subject; a true reduced relative
// with a main verb of its own keeps its subject.
func TestNounPhraseSubjectWhole(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, want string
	}{
		{"Administrators at the firm Callow Strand have said that creditors may recover less.", "have said that", "Administrators at the firm Callow Strand"},
		{"Managers at the bank Denholm Reed have said that the branch will close.", "have said that", "Managers at the bank Denholm Reed"},
		{"Staff at the clinic Orla Bend have warned that waiting times will grow.", "have warned that", "Staff at the clinic Orla Bend"},
		// must not change
		{"Officials at the agency Pell Marsh said that the report was late.", "said that", "Officials at the agency Pell Marsh"},
		{"The firm Callow Strand hired last year has closed.", "has closed", "The firm Callow Strand"},
		{"Residents of the town Brisk Hollow have complained about the noise.", "have complained about", "Residents of the town Brisk Hollow"},
	}
	for _, tt := range tests {
		fs := factsOf(t, x, tt.text, tt.relation, true)
		for _, f := range fs {
			if f.Subject != tt.want {
				t.Errorf("%q: %s | %s, want subject %q", tt.text, f.Subject, f.Relation, tt.want)
			}
		}
	}
}

// A verb conjoined by the parser to the passive verb of a "that" clause of
// a predicate of feeling ("relieved that a buyer had been found but wanted
// ...") is said of the one who feels; a conjunct of a passive verb outside
// such a clause keeps the passive subject.
func TestFeelingClauseConjSubject(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, want string
	}{
		{"Nadia Pell said tenants were relieved that a buyer had been found but wanted guarantees on rents.", "wanted", "tenants"},
		{"Ilse Marr said fans were relieved that a buyer had been found but wanted lower prices.", "wanted", "fans"},
		{"Farmers were pleased that the law had been passed but wanted more help.", "wanted", "Farmers"},
		// must not change
		{"Voters were told that the bridge had been closed and would reopen in May.", "would reopen", "the bridge"},
		{"The deal was signed on Monday and took effect on Friday.", "took effect", "The deal"},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, tt.relation, true) {
			if f.Subject != tt.want {
				t.Errorf("%q: %s | %s, want subject %q", tt.text, f.Subject, f.Relation, tt.want)
			}
		}
	}
}

// A main verb the parser hung as the complement of a relative clause's verb
// ("riders who notice a warning light should stop"), on a subject left with
// no verb of its own, is said of the noun with its relative, not of the
// relative's object; a true complement clause keeps its subject.
func TestRelativeMainVerbSubject(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, want string
	}{
		{"Until then, riders who notice a brake warning light should stop cycling and call a mechanic.", "should call", "riders who notice a brake warning light"},
		{"Until then, riders who notice a brake warning light should stop cycling and call a mechanic.", "notice", "riders"},
		// must not change
		{"Parents who receive a letter from the school should read it and contact the head teacher.", "should contact", "Parents who receive a letter from the school"},
		{"She knows people who think the council should resign.", "should resign", "the council"},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, tt.relation, true) {
			if f.Subject != tt.want {
				t.Errorf("%q: %s | %s, want subject %q", tt.text, f.Subject, f.Relation, tt.want)
			}
			if tt.relation == "notice" && f.Object != "a brake warning light" {
				t.Errorf("%q: %s | %s | %s, want object %q", tt.text, f.Subject, f.Relation, f.Object, "a brake warning light")
			}
		}
	}
}

// A relative "which must be lodged" after a claim addressed to an authority
// ("an appeal to the Supreme Court of Veltia, which must be lodged by
// March") is said of the claim, not of the authority; other relatives on a
// name keep it.
func TestLodgedRelativeSubject(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, want string
	}{
		{"The club is weighing a complaint to the Football Standards Board, which must be filed within 14 days.", "must be filed within", "a complaint to the Football Standards Board"},
		{"Tovan Airways filed a claim with the Aviation Ombudsman, which must be submitted within 60 days.", "must be submitted within", "a claim with the Aviation Ombudsman"},
		{"Dunmore Rail weighed every option, including an appeal to the Transport Review Panel, which must be lodged within 21 days.", "must be lodged within", "an appeal to the Transport Review Panel"},
		// must not change
		{"The forms were sent to Kell Hall, which was built in 1890.", "was built in", "Kell Hall"},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, tt.relation, true) {
			if f.Subject != tt.want {
				t.Errorf("%q: %s | %s, want subject %q", tt.text, f.Subject, f.Relation, tt.want)
			}
		}
	}
}

// A participle of registration after "N from companies" is said of the
// companies, the body named right before it, not of the first noun; a
// participle the parser already hung on the body keeps it.
func TestSeatedParticipleSubject(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, want string
	}{
		{"Vell was accused of diverting about 2 million crowns from Sarto Logistics between 2015 and 2019 through invoices from two shell companies registered in the harbour town of Brisa.", "registered in", "two shell companies"},
		{"Ama Rusk was accused of taking about 900,000 euros from Dovel Freight between 2018 and 2021 through bills from four shell firms registered in the island state of Corra.", "registered in", "four shell firms"},
		// must not change
		{"Letters from a charity registered in Brum were returned.", "was registered in", "a charity"},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, tt.relation, true) {
			if f.Subject != tt.want {
				t.Errorf("%q: %s | %s, want subject %q", tt.text, f.Subject, f.Relation, tt.want)
			}
		}
	}
}

// A verb with "would" the parser conjoined to the saying of someone who
// speaks for a body, after what was said, is said of the said clause's
// subject ("the company would move the cable"); a speaker for no one keeps
// it ("Minister Ana Kell would visit the site").
func TestSpokesConjSubject(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, want string
	}{
		{"A spokesman for Tarrow Power said the company had not known about the site and would move the cable.", "would move", "Tarrow Power"},
		{"A spokeswoman for Mell Foods said the firm regretted the error and would recall the batch.", "would recall", "Mell Foods"},
		{"A spokesman for Brindle said the group had not seen the letter and would reply next week.", "would reply", "the group"},
		// must not change
		{"Minister Ana Kell said the plan was sound and would visit the site on Friday.", "would visit", "Ana Kell"},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, tt.relation, true) {
			if f.Subject != tt.want {
				t.Errorf("%q: %s | %s, want subject %q", tt.text, f.Subject, f.Relation, tt.want)
			}
		}
	}
}
