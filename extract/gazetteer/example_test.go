package gazetteer_test

import (
	"fmt"

	"github.com/storygraph/storygraph/extract/gazetteer"
)

func ExampleLookup() {
	for _, s := range []string{"British", "U.S.", "Kyiv", "European", "us"} {
		p, kind, ok := gazetteer.Lookup(s)
		if !ok {
			fmt.Printf("%s: unknown\n", s)
			continue
		}
		fmt.Printf("%s: %s (%s, %s)\n", s, p.Name, p.Type, kind)
	}
	// Output:
	// British: United Kingdom (GPE, Demonym)
	// U.S.: United States (GPE, Abbrev)
	// Kyiv: Ukraine (GPE, Capital)
	// European: Europe (LOC, Demonym)
	// us: unknown
}

func ExampleMatch() {
	words := []string{"United", "Kingdom", "officials", "said"}
	p, kind, n, ok := gazetteer.Match(words)
	fmt.Println(p.Name, kind, n, ok)
	// Output:
	// United Kingdom Name 2 true
}
