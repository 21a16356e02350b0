package nlp

import (
	"strings"
	"testing"
)

// TestRepairCompoundNouns checks the tag repairs of noun phrases the
// tagger reads with a verb in them: a plural a number counts ("two job
// offers", "the 'two strikes' rule"), an "-ing" noun a possessive owns
// ("the shareholders' meeting in June"), a state participle before a
// bare plural ("single parents and disabled people") and a headline's
// second verb read as a plural ("banned for two years, vows appeal"); and
// that real verbs and nouns of the same shapes stay.
func TestRepairCompoundNouns(t *testing.T) {
	tests := []struct {
		words, xpos string
		want        string // xpos after repair
	}{
		{"jobseekers who turned down two job offers", "NNS WP VBD RP CD NN VBZ", "NNS WP VBD RP CD NN NNS"},
		{"the so-called \" two strikes rule \" was introduced", "DT JJ `` CD VBZ NN '' VBD VBN", "DT JJ `` CD NNS NN '' VBD VBN"},
		{"the club sold 12 season tickets", "DT NN VBD CD NN VBZ", "DT NN VBD CD NN NNS"},
		// controls: a year, a number in a name, "one", a verb in -s that is no noun
		{"2024 marks a turning point", "CD VBZ DT VBG NN", "CD VBZ DT VBG NN"},
		{"the Orvel 3 runs on batteries", "DT NNP CD VBZ IN NNS", "DT NNP CD VBZ IN NNS"},
		{"one of two says so", "CD IN CD VBZ RB", "CD IN CD VBZ RB"},
		{"the count of 40 seats is final", "DT NN IN CD NNS VBZ JJ", "DT NN IN CD NNS VBZ JJ"},
		{"until the shareholders ' meeting in June", "IN DT NNS POS VBG IN NNP", "IN DT NNS POS NN IN NNP"},
		{"after the firm 's restructuring .", "IN DT NN POS VBG .", "IN DT NN POS NN ."},
		// controls: a modifier before its noun, a gerund with an object
		{"the firm 's growing debt", "DT NN POS VBG NN", "DT NN POS VBG NN"},
		{"on single parents and disabled people", "IN JJ NNS CC VBN NNS", "IN JJ NNS CC JJ NNS"},
		{"jobs for retired teachers", "NNS IN VBN NNS", "NNS IN JJ NNS"},
		// controls: a verb with a counted or determined object, a verb
		// not in the list
		{"the blast killed two and injured dozens", "DT NN VBD CD CC VBN NNS", "DT NN VBD CD CC VBN NNS"},
		{"the storm flooded roads and damaged homes", "DT NN VBD NNS CC VBD NNS", "DT NN VBD NNS CC VBD NNS"},
		{"the gunman injured three people", "DT NN VBD CD NNS", "DT NN VBD CD NNS"},
		// a headline's second predicate right after its comma
		{"Panel clears mill owner of fraud , fines manager", "NNP VBZ NN NN IN NN , NNS NN", "NNP VBZ NN NN IN NN , VBZ NN"},
		{"Sprinter banned for two years , vows appeal", "NN VBN IN CD NNS , NNS NN", "NN VBN IN CD NNS , VBZ NN"},
		// controls: a verb after the comma, closing punctuation, no verb before
		{"Prices rose in May , sales figures show", "NNS VBD IN NNP , NNS NNS VBP", "NNS VBD IN NNP , NNS NNS VBP"},
		{"He rose , sales fell .", "PRP VBD , NNS VBD .", "PRP VBD , NNS VBD ."},
		{"Mayor quits , pledges probe .", "NN VBZ , NNS NN .", "NN VBZ , NNS NN ."},
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

// TestRepairRelativeObjectNoun checks that the last noun of the object of
// a relative clause set off by commas, tagged as a present-tense verb right
// before the closing comma and the main clause's auxiliary, is a noun; a
// clause of saying keeps its second verb, and a main clause that does not
// resume with a verb or auxiliary leaves the tag alone.
func TestRepairRelativeObjectNoun(t *testing.T) {
	tests := []struct {
		words, xpos string
		want        string
	}{
		{"Vantel , which runs the ferry and freight service , had failed to pay", "NNP , WDT VBZ DT NN CC NN VBP , VBD VBN TO VB", "NNP , WDT VBZ DT NN CC NN NN , VBD VBN TO VB"},
		{"Dorra , who owns the Kestrel data centres , will sell them", "NNP , WP VBZ DT NNP NN VBZ , MD VB PRP", "NNP , WP VBZ DT NNP NN NNS , MD VB PRP"},
		// controls: a clause of saying; no verb after the comma
		{"Holm , which says prices rise , will cut rates", "NNP , WDT VBZ NNS VBP , MD VB NNS", "NNP , WDT VBZ NNS VBP , MD VB NNS"},
		{"Holm , which runs the ferry service , the largest", "NNP , WDT VBZ DT NN VBP , DT JJS", "NNP , WDT VBZ DT NN VBP , DT JJS"},
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
