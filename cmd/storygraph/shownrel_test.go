package main

import "testing"

// TestShownRelation checks that a table shows modality and negation once:
// from the relation text when it holds them, added when it does not.
func TestShownRelation(t *testing.T) {
	tests := []struct {
		rel, modality string
		negated       bool
		want          string
	}{
		{"could not have resolved", "could", true, "could not have resolved"},
		{"could watch", "could", false, "could watch"},
		{"will be demanding", "will", false, "will be demanding"},
		{"announced", "", true, "NOT announced"},
		{"hid", "alleged", false, "(alleged) hid"},
		{"pay", "should", false, "(should) pay"},
		{"didn't sign", "", true, "didn't sign"},
		{"met with", "", false, "met with"},
	}
	for _, tt := range tests {
		if got := shownRelation(tt.rel, tt.modality, tt.negated); got != tt.want {
			t.Errorf("shownRelation(%q, %q, %v) = %q, want %q", tt.rel, tt.modality, tt.negated, got, tt.want)
		}
	}
}
