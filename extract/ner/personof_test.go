package ner

// personOfOrg: a speaker's name, "of" and the organisation's name the
// model read as one organisation are a person and an organisation; bodies
// named "X of Y" stay whole. Names are made up.
func init() {
	harmoniseTests = append(harmoniseTests, struct {
		name     string
		in, want []string
	}{
		name: "a person's name, of and an organisation's name read as one organisation",
		in: []string{"said Tomasz/B-ORG Reyland/I-ORG of/I-ORG Bellcourt/I-ORG Capital/I-ORG .",
			"Helena/B-ORG Marsk/I-ORG of/I-ORG Dunhill/I-ORG Ridge/I-ORG Partners/I-ORG said prices rose",
			"the Royal/B-ORG Bank/I-ORG of/I-ORG Norland/I-ORG said",
			"the National/B-ORG Science/I-ORG Foundation/I-ORG of/I-ORG Velmark/I-ORG paid",
			"told Friends/B-ORG of/I-ORG the/I-ORG Earth/I-ORG ."},
		want: []string{"said Tomasz/B-PERSON Reyland/I-PERSON of Bellcourt/B-ORG Capital/I-ORG .",
			"Helena/B-PERSON Marsk/I-PERSON of Dunhill/B-ORG Ridge/I-ORG Partners/I-ORG said prices rose",
			"the Royal/B-ORG Bank/I-ORG of/I-ORG Norland/I-ORG said",
			"the National/B-ORG Science/I-ORG Foundation/I-ORG of/I-ORG Velmark/I-ORG paid",
			"told Friends/B-ORG of/I-ORG the/I-ORG Earth/I-ORG ."},
	})
}
