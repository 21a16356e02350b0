package graph

import (
	"testing"

	"github.com/storygraph/storygraph/extract"
)

var relationIRITests = []struct {
	name string
	f    extract.Fact
	want string
}{
	{"lemma", extract.Fact{Relation: "met with", RelationLemma: "meet with"}, "meet_with"},
	{"no lemma", extract.Fact{Relation: "Signed  the"}, "signed_the"},
	{"negated", extract.Fact{Relation: "did not sign", RelationLemma: "sign", Negated: true}, "not_sign"},
	{"modality", extract.Fact{Relation: "could visit", RelationLemma: "visit", Modality: "could"}, "could_visit"},
	{"both", extract.Fact{Relation: "would not attend", RelationLemma: "attend", Modality: "would", Negated: true}, "would_not_attend"},
	{"IRI characters", extract.Fact{Relation: `said "no" <to>`}, `said__no___to_`},
	{"blank lemma", extract.Fact{Relation: "warned", RelationLemma: " "}, "warned"},
}

func TestRelationIRI(t *testing.T) {
	for _, tc := range relationIRITests {
		if got := string(relationIRI(&tc.f)); got != tc.want {
			t.Errorf("%s: relationIRI(%q, %q) = %q, want %q", tc.name, tc.f.Relation, tc.f.RelationLemma, got, tc.want)
		}
	}
}
