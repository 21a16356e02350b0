package oie

import (
	"path/filepath"
	"testing"
)

// TestContrastConjunct checks that a conjunct set against the one before
// it by "rather than" or "instead of" is never an argument of its own:
// "Voters backed the mayor rather than her rival" says nothing of voters
// backing the rival. Coordination by "and" still splits. Sentences in
// testdata/contrast.conllu, our own, parsed by the project's parser.
func TestContrastConjunct(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "contrast.conllu"))
	tests := []wantNot{
		{[]string{"Voters; backed; the mayor"}, []string{"Voters; backed; her rival"}},
		{[]string{"The airline; will fly to; Kessen"}, []string{"The airline; will fly to; to Dorby", "The airline; will fly to; Dorby"}},
		{[]string{"The firm; hired; local engineers"}, []string{"The firm; hired; contractors"}},
		{[]string{"The station; will burn; wood pellets"}, []string{"The station; will burn; coal from next year", "The station; will burn; coal"}},
		{[]string{"Investors; bought; gold"}, []string{"Investors; bought; bonds"}},
		{[]string{"The court; fined; the company"}, []string{"The court; fined; its directors"}},
		{[]string{"Ana; signed; the deal", "Tor; signed; the deal"}, nil},
		{[]string{"The hospital; will treat; the patients in Varn"}, []string{"The hospital; will treat; the capital"}},
		{[]string{"Police; charged; the driver"}, []string{"Police; charged; the passenger"}},
		// the rest of a list after "rather than" is ruled out with it
		{[]string{"The material; uses; abundant elements"}, []string{"The material; uses; cobalt or nickel", "The material; uses; cobalt", "The material; uses; lithium"}},
		{[]string{"The plant; burns; wood pellets"}, []string{"The plant; burns; coal", "The plant; burns; gas"}},
	}
	checkWantNot(t, ss, tests)
}

// TestAgeConjunct checks that a person's age between commas, which the
// parse may read as a conjunct of the noun before it ("the former mayor,
// 61, of fraud"), is never an argument of its own, while the list it
// sits in still splits. Sentences in testdata/ageconj.conllu, our own.
func TestAgeConjunct(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "ageconj.conllu"))
	tests := []wantNot{
		{[]string{"A jury; convicted; the former mayor"}, []string{"A jury; convicted; 61 of four counts of fraud"}},
		{nil, []string{"Police; charged; 19"}},
		{nil, []string{"The court; sentenced; 45"}},
		{[]string{"The board; appointed; its founder", "The board; appointed; two new directors"}, []string{"The board; appointed; 72"}},
	}
	checkWantNot(t, ss, tests)
}

// TestReportConjunct checks that a verb of saying the parse coordinated
// with the verb of a report ("said the merger made strategic sense but
// warned that ...") speaks for the reporter, not for the report's subject.
// Sentences in testdata/reportconj.conllu, our own.
func TestReportConjunct(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "reportconj.conllu"))
	tests := []wantNot{
		{[]string{"Analysts at Corbel Capital; warned that; the regulator could impose conditions"}, []string{"the merger; warned that; the regulator could impose conditions"}},
		{[]string{"Officials; warned that; more rain could breach it"}, nil},
		{nil, []string{"The company; fell; sales rose"}},
		// a conjunct under the report's modal stays in the report
		{[]string{"the inquiry; would report within; six months"}, []string{"Transport minister Ivo Renn; would report within; six months"}},
	}
	checkWantNot(t, ss, tests)
}
