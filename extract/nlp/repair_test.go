package nlp

import (
	"strings"
	"testing"
)

func TestRepairTags(t *testing.T) {
	tests := []struct {
		words, xpos string
		want        string // xpos after repair
	}{
		{ // a past-tense verb between subject and object
			"a drone attack set oil tanks ablaze",
			"DT NN NN VBN NN NNS RB",
			"DT NN NN VBD NN NNS RB"},
		{"ministers signed the accord", "NNS VBN DT NN", "NNS VBD DT NN"},
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
