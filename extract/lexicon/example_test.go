package lexicon_test

import (
	"fmt"

	"github.com/storygraph/storygraph/extract/lexicon"
)

func ExampleTitleInfo() {
	e, _ := lexicon.TitleInfo("Gen.")
	fmt.Println(e.Canonical, e.AnnouncesName())
	e, _ = lexicon.TitleInfo("Chief")
	fmt.Println(e.Canonical, e.AnnouncesName())
	// Output:
	// general true
	// chief false
}

func ExampleCalendar() {
	e, _ := lexicon.Calendar("Sept.")
	fmt.Println(e.Kind == lexicon.MonthAbbr, e.Value)
	fmt.Println(lexicon.TimeWord("yesterday"), lexicon.TimeWord("EDT"))
	// Output:
	// true 9
	// true false
}

func ExampleVerb() {
	fmt.Println(lexicon.Verb("deny") == lexicon.Deny, lexicon.Reporting("sign"))
	// Output:
	// true false
}
