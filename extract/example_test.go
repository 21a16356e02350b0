package extract_test

import (
	"fmt"

	"github.com/storygraph/storygraph/extract"
)

// Two documents telling the same fact give one key, so a store keeps one
// fact with two sources.
func ExampleFact_Key() {
	a := extract.Fact{SubjectID: extract.EntityID("PERSON", "Anwar Sadat"), Subject: "Sadat",
		RelationLemma: "visit", Relation: "visited", ObjectID: extract.EntityID("GPE", "Israel"), Object: "Israel", Date: "1977-11"}
	b := a
	b.Subject, b.Relation = "Egyptian President Anwar Sadat", "paid a visit to"
	a.SetID()
	b.SetID()
	fmt.Println(a.ID == b.ID)
	fmt.Println(extract.EntityID("PERSON", "Anwar  Sadat"))
	// Output:
	// true
	// e:person:anwar_sadat
}
