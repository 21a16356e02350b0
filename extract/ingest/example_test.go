package ingest_test

import (
	"context"
	"fmt"
	"strings"
	"testing/fstest"

	"github.com/storygraph/storygraph/extract/ingest"
)

func ExampleRead() {
	page := `Town Hall Gets Solar Roof
Facebook
Email
Print
The town hall of Brenton will get a solar roof this summer, the mayor said on June 2, 2031.
Read more: Brenton Budget Passes
The panels will cover most of the building's power needs.
`
	docs, err := ingest.Read(context.Background(), []string{"-"}, ingest.Options{Stdin: strings.NewReader(page)})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range docs {
		fmt.Printf("id=%s title=%q published=%s (%s)\n", d.ID, d.Title, d.Published.Format("2006-01-02"), d.DateFrom)
		fmt.Println(d.Text)
	}
	// Output:
	// id=stdin title="Town Hall Gets Solar Roof" published=2031-06-02 (text)
	// The town hall of Brenton will get a solar roof this summer, the mayor said on June 2, 2031.
	// The panels will cover most of the building's power needs.
}

func ExampleReadFS() {
	fsys := fstest.MapFS{
		"feed.jsonl": {Data: []byte(`{"id":"a1","title":"Ferry Strike Ends","text":"Ferry crews returned to work on Monday.","published":"2031-04-07"}` + "\n")},
		"note.md":    {Data: []byte("---\ntitle: Park Reopens\n---\nThe *city park* reopened after [repairs](http://example.org).\n")},
	}
	docs, err := ingest.ReadFS(context.Background(), fsys, ingest.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range docs {
		fmt.Printf("%s %q: %s\n", d.ID, d.Title, d.Text)
	}
	// Output:
	// a1 "Ferry Strike Ends": Ferry crews returned to work on Monday.
	// note "Park Reopens": The city park reopened after repairs.
}

func ExampleClean() {
	text := "River Levels Fall\n\nThe river fell by half a metre overnight.\nThe river fell by half a metre overnight.\nShare\nPrint\n© 2031 Valley Wire. All rights reserved."
	fmt.Println(ingest.Clean(text))
	// Output:
	// The river fell by half a metre overnight.
}

func ExampleCleanTitle() {
	title, body := ingest.CleanTitle("River Levels Fall\nRiver Levels Fall\nThe river fell by half a metre overnight.")
	fmt.Printf("%q\n%q\n", title, body)
	// Output:
	// "River Levels Fall"
	// "The river fell by half a metre overnight."
}

func ExampleTextDate() {
	t, ok := ingest.TextDate("The bridge, closed since March 3, 2031, reopened on Jan. 6, 2032.")
	fmt.Println(t.Format("2006-01-02"), ok)
	// Output:
	// 2032-01-06 true
}
