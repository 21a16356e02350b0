package main

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph/timeline"
)

// testTimeline makes a timeline of n dated events and a few undated ones,
// with text JSON escapes or leaves alone (<, &, quotes, accents, line
// breaks).
func testTimeline(n int) timeline.Timeline {
	var tl timeline.Timeline
	for i := range n {
		e := timeline.Event{Date: fmt.Sprintf("2031-%02d-%02d", i%12+1, i%28+1), Granularity: "day",
			Subject: fmt.Sprintf("Zoë & \"Co\" %d", i), Relation: "signed", Object: "a <treaty>\nof peace", Trigger: "sign",
			Corroboration: i%3 + 1, Documents: i%4 + 1, SingleSource: i%3 == 0,
			Sources:  []extract.Source{{Doc: fmt.Sprintf("d%d", i), Sentence: "Zoë signed\ta <treaty>.", Offset: i}},
			Triggers: []string{"sign"}, Facts: []string{fmt.Sprintf("f%x", i)}}
		if i%5 == 0 {
			e.Conflicts = []string{"date 2030 reported by d1"}
			e.CopyOf = []string{"d2 = d1"}
			e.Sources = append(e.Sources, extract.Source{Doc: "d2", Sentence: "Signed.", Offset: 7,
				Spans: extract.Spans{Subject: extract.Span{Off: 7, End: 9}}})
			e.Triggers = append(e.Triggers, "ink")
		}
		tl.Events = append(tl.Events, e)
	}
	for i := range min(n, 3) {
		tl.Undated = append(tl.Undated, timeline.Event{Subject: "Ferry", Relation: "closed", Object: fmt.Sprint(i),
			Trigger: "close", Corroboration: 1, Sources: []extract.Source{{Doc: "d1", Sentence: "Closed.", Offset: i}}})
	}
	return tl
}

// writeTimelineJSON encodes events in parallel: its bytes must be those
// of writeJSON(timelineJSON(tl)) whatever the number of events.
func TestWriteTimelineJSON(t *testing.T) {
	for _, n := range []int{0, 1, 252, 253, 254, 300, 1001} {
		tl := testTimeline(n)
		var want, got bytes.Buffer
		if err := writeJSON(&want, timelineJSON(tl)); err != nil {
			t.Fatal(err)
		}
		if err := writeTimelineJSON(&got, tl); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%d events: writeTimelineJSON differs from writeJSON (%d and %d bytes)", n, got.Len(), want.Len())
		}
	}
}
