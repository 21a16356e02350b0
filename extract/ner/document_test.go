package ner

import (
	"slices"
	"strings"
	"testing"
)

// harmoniseTests are documents of made-up names: each sentence is written
// "word/TAG" (TAG O when left out), with the tags the sentence model gave
// and the tags wanted after the document pass.
var harmoniseTests = []struct {
	name     string
	in, want []string
}{
	{
		name: "majority type",
		in:   []string{"Zentrix/B-ORG hired staff", "Zentrix/B-ORG grew", "Zentrix/B-PERSON said"},
		want: []string{"Zentrix/B-ORG hired staff", "Zentrix/B-ORG grew", "Zentrix/B-ORG said"},
	},
	{
		name: "tie keeps each type",
		in:   []string{"Jorvan/B-LOC is hot", "Jorvan/B-PERSON said"},
		want: []string{"Jorvan/B-LOC is hot", "Jorvan/B-PERSON said"},
	},
	{
		name: "name tagged elsewhere",
		in:   []string{"Mr. Ilse/B-PERSON Quarmby/I-PERSON spoke", "Then Ilse Quarmby left"},
		want: []string{"Mr. Ilse/B-PERSON Quarmby/I-PERSON spoke", "Then Ilse/B-PERSON Quarmby/I-PERSON left"},
	},
	{
		name: "only the whole capitalised run",
		in:   []string{"Brevik/B-LOC is cold", "the Brevik Foundation gave"},
		want: []string{"Brevik/B-LOC is cold", "the Brevik Foundation gave"},
	},
	{
		name: "surname after the full name",
		in:   []string{"Ilse/B-PERSON Quarmby/I-PERSON spoke", "later Quarmby left"},
		want: []string{"Ilse/B-PERSON Quarmby/I-PERSON spoke", "later Quarmby/B-PERSON left"},
	},
	{
		name: "initials of a name",
		in:   []string{"the Housing/B-ORG Board/I-ORG of/I-ORG Varn/I-ORG Ostel/I-ORG said", "HBVO sued"},
		want: []string{"the Housing/B-ORG Board/I-ORG of/I-ORG Varn/I-ORG Ostel/I-ORG said", "HBVO/B-ORG sued"},
	},
	{
		name: "without the legal form",
		in:   []string{"Velmora/B-ORG ,/I-ORG Ltd./I-ORG opened", "Velmora grew"},
		want: []string{"Velmora/B-ORG ,/I-ORG Ltd./I-ORG opened", "Velmora/B-ORG grew"},
	},
	{
		name: "lower case",
		in:   []string{"Zentrix/B-ORG hired staff", "i like zentrix"},
		want: []string{"Zentrix/B-ORG hired staff", "i like zentrix/B-ORG"},
	},
	{
		name: "not a word the training text writes in lower case",
		in:   []string{"Today/B-ORG hired staff", "we met today"},
		want: []string{"Today/B-ORG hired staff", "we met today"},
	},
	{
		name: "known organisation beginning with a title",
		in:   []string{"General Motors/B-PERSON cut jobs", "shares of General/B-PERSON Electric/I-PERSON fell", "Admiral/B-PERSON Quarmby/I-PERSON spoke"},
		want: []string{"General/B-ORG Motors/I-ORG cut jobs", "shares of General/B-ORG Electric/I-ORG fell", "Admiral/B-PERSON Quarmby/I-PERSON spoke"},
	},
	{
		name: "known organisation of everyday words",
		// A run the model tagged in part is left to it.
		in:   []string{"retailers such as Best Buy cut prices", "then Best Buy/B-ORG Mobile/I-ORG opened"},
		want: []string{"retailers such as Best/B-ORG Buy/I-ORG cut prices", "then Best Buy/B-ORG Mobile/I-ORG opened"},
	},
	{
		name: "no names",
		in:   []string{"we met today", "Then we left"},
		want: []string{"we met today", "Then we left"},
	},
}

// parseTagged splits "word/TAG word ..." into words and tags.
func parseTagged(s string) (words, tags []string) {
	for _, f := range strings.Fields(s) {
		w, t, ok := strings.Cut(f, "/")
		if !ok {
			t = "O"
		}
		words, tags = append(words, w), append(tags, t)
	}
	return words, tags
}

func TestHarmonise(t *testing.T) {
	m := trainToy(t) // its lexicon knows "today" in lower case
	for _, tt := range harmoniseTests {
		t.Run(tt.name, func(t *testing.T) {
			var words, tags, want [][]string
			for i := range tt.in {
				w, g := parseTagged(tt.in[i])
				_, x := parseTagged(tt.want[i])
				words, tags, want = append(words, w), append(tags, g), append(want, x)
			}
			m.harmonise(words, tags)
			for i := range tags {
				if !slices.Equal(tags[i], want[i]) {
					t.Errorf("sentence %d %q: tags %q, want %q", i, words[i], tags[i], want[i])
				}
			}
		})
	}
}

func TestRecognizeDocument(t *testing.T) {
	m := trainToy(t)
	words := [][]string{
		{"We", "met", "Cleo", "Wolde", "in", "Harlow", "today", "."},
		{},
		{"Cleo", "Wolde", "left", "."},
	}
	xpos := [][]string{{"PRP", "VBD", "NNP", "NNP", "IN", "NNP", "NN", "."}} // the others have none
	got := m.RecognizeDocument(words, xpos)
	if len(got) != len(words) {
		t.Fatalf("RecognizeDocument: %d sentences, want %d", len(got), len(words))
	}
	for i := range words {
		if len(got[i]) != len(words[i]) {
			t.Errorf("sentence %d: %d tags for %d words", i, len(got[i]), len(words[i]))
		}
	}
	// The sentence model's tags, then the document pass.
	want := make([][]string, len(words))
	for i := range words {
		var x []string
		if i < len(xpos) {
			x = xpos[i]
		}
		want[i] = m.Recognize(words[i], x)
	}
	m.harmonise(words, want)
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("sentence %d: %q, want %q", i, got[i], want[i])
		}
	}
}
