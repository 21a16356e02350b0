package pipeline_test

import "testing"

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
