package ner

// articleSurnames: a surname written with an Arabic article ("el-Sadat")
// stays with the name before it. Names are made up.
func init() {
	harmoniseTests = append(harmoniseTests, struct {
		name     string
		in, want []string
	}{
		name: "a surname with an Arabic article joins the name before it",
		in: []string{"President Karim el-Haddad arrived",
			"Omar/B-PERSON al-Tamimi met reporters",
			"Nadia/B-PERSON Farouk/I-PERSON ash-Shami spoke",
			"the al-Noor mosque",
			"in Tarsk al-Jadida"},
		want: []string{"President Karim/B-PERSON el-Haddad/I-PERSON arrived",
			"Omar/B-PERSON al-Tamimi/I-PERSON met reporters",
			"Nadia/B-PERSON Farouk/I-PERSON ash-Shami/I-PERSON spoke",
			"the al-Noor mosque",
			"in Tarsk al-Jadida"},
	})
}
