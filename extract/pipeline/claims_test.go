package pipeline_test

import (
	"strings"
	"testing"
)

// TestClaimNamed checks that "that claim", "the accusation" and the like
// stand for the claim the sentences before state, and stay when none does.
func TestClaimNamed(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, relation, want string
	}{
		{"The pilots' union repeated its claim that the airline had cut staff at Tolvik last year. Selmer Air denied that claim, saying its staff had grown.",
			"denied", "the claim that the airline had cut staff at Tolvik last year"},
		{"Solberg Asphalt said in its complaint that Brisk's bids had arrived after the deadline. Brisk has rejected that claim.",
			"has rejected", "the claim that Brisk's bids had arrived after the deadline"},
		{"The ruling party had accused Civic Dawn during the campaign of taking money from foreign donors. Mara Stein denied the accusation on Sunday.",
			"denied", "the accusation of taking money from foreign donors"},
		// no claim stated before: the words stay
		{"The mayor visited the harbour on Monday. Mara Stein denied the accusation on Sunday.", "denied", "the accusation"},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, tt.relation, true) {
			if f.Object != tt.want {
				t.Errorf("%q: object %q, want %q", tt.text, f.Object, tt.want)
			}
		}
	}
}

// TestSpokesmanFor checks that a bare "A spokesman" speaks for the
// organisation the sentence before has speak or deny, and stays bare
// when that sentence's subject is no organisation.
func TestSpokesmanFor(t *testing.T) {
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
	}{
		{"Velcor Industries denied that safety complaints had been ignored. A spokesman said the sprinkler system had passed an inspection.", "A spokesman for Velcor Industries"},
		{"Nolvex Therapeutics denied reports that it had delayed the trial data. A spokeswoman said the company had followed the timetable.", "A spokeswoman for Nolvex Therapeutics"},
		{"Residents of Pellan said the barrier was weak. A spokesman said the barrier had been inspected in April.", "A spokesman"},
	}
	for _, tt := range tests {
		for _, f := range factsOf(t, x, tt.text, "said", true) {
			if strings.HasPrefix(f.Subject, "Residents") || f.Subject == "Velcor Industries" || f.Subject == "Nolvex Therapeutics" {
				continue
			}
			if f.Subject != tt.want {
				t.Errorf("%q: subject %q, want %q", tt.text, f.Subject, tt.want)
			}
		}
	}
}
