package timeline_test

import (
	"fmt"
	"os"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph/timeline"
)

func ExampleBuild() {
	src := func(doc string) []extract.Source {
		return []extract.Source{{Doc: doc, Sentence: "(sentence)", Offset: 0}}
	}
	facts := []extract.Fact{
		{Subject: "Leaders", Relation: "met in", RelationLemma: "meet in", Object: "Paris",
			Date: "2026-01-06", Granularity: "day", Trigger: "met", Sources: src("a")},
		{Subject: "Russia", Relation: "invaded", RelationLemma: "invade", Object: "Ukraine",
			Date: "2014", Granularity: "year", Trigger: "invaded", Sources: src("b")},
		{Subject: "leaders", Relation: "held talks in", RelationLemma: "hold talk in", Object: "Paris",
			Date: "2026-01-06", Granularity: "day", Trigger: "held", Sources: src("c")},
		{Subject: "Envoys", Relation: "signed", RelationLemma: "sign", Object: "a plan",
			Trigger: "signed", Sources: src("a")},
	}
	tl := timeline.Build(facts, timeline.Options{})
	for _, e := range tl.Events {
		fmt.Printf("%s %s %s %s (%d sources)\n", e.Date, e.Subject, e.Relation, e.Object, e.Corroboration)
	}
	for _, e := range tl.Undated {
		fmt.Printf("undated: %s %s %s\n", e.Subject, e.Relation, e.Object)
	}
	// Output:
	// 2014 Russia invaded Ukraine (1 sources)
	// 2026-01-06 Leaders met in Paris (2 sources)
	// undated: Envoys signed a plan
}

func ExampleWriteTimelineJS() {
	tl := timeline.Timeline{Events: []timeline.Event{{
		Date: "2025-12-28", Granularity: "day", Subject: "Zelensky", Relation: "met", Object: "Trump",
		Corroboration: 1, Sources: []extract.Source{{Doc: "a", Sentence: "Zelensky met Trump.", Offset: 0}},
	}}}
	if err := timeline.WriteTimelineJS(os.Stdout, tl); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "events": [
	//     {
	//       "start_date": {
	//         "year": 2025,
	//         "month": 12,
	//         "day": 28
	//       },
	//       "text": {
	//         "headline": "Zelensky met Trump",
	//         "text": "<p>Reported by 1 source.</p><ul><li><b>a</b>: Zelensky met Trump.</li></ul>"
	//       },
	//       "unique_id": "event-1"
	//     }
	//   ]
	// }
}
