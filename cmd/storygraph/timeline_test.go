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
			e.Conflicts = []string{"date 2030 reported by d1", "negated by d3: \x01\x1f\u2028\u2029\x7f \xff\xfe"}
			e.CopyOf = []string{"d2 = d1"}
			e.Sources = append(e.Sources, extract.Source{Doc: "d2", Sentence: "Signed.\b\f\r", Offset: -1,
				Spans: extract.Spans{Subject: extract.Span{Off: 7, End: 9}}})
			e.Triggers = append(e.Triggers, "ink")
		}
		if i%7 == 0 {
			e.Sources = append(e.Sources, extract.Source{Doc: "d3", Sentence: "\\ back\\slash \U0001F642", Offset: 12,
				Spans: extract.Spans{Subject: extract.Span{Off: 0, End: 2}, Relation: []extract.Span{{Off: 3, End: 4}, {Off: 6, End: 9}},
					Object: extract.Span{Off: 10, End: 12}}})
			e.Triggers = append(e.Triggers, "sign")
			e.Documents = 0
		}
		if i%11 == 0 {
			e.Sources = append(e.Sources, extract.Source{Doc: "d4", Sentence: "", Offset: 3,
				Spans: extract.Spans{Relation: []extract.Span{{Off: 1, End: 2}}}})
			e.Triggers = append(e.Triggers, "")
		}
		if i%13 == 0 {
			e.Sources, e.Triggers, e.Facts = nil, nil, nil
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

// appendEventJSON writes the fields timeline --about adds as encoding/json
// does.
func TestAppendEventJSONAbout(t *testing.T) {
	var evs []eventJSON
	for i, e := range testTimeline(40).Events {
		ej := toEventJSON(e)
		if i%2 == 0 {
			ej.About, ej.Anchor = "Zoë <&>", "published"
		}
		evs = append(evs, ej)
	}
	var want bytes.Buffer
	if err := writeJSON(&want, struct {
		Events []eventJSON `json:"events"`
	}{evs}); err != nil {
		t.Fatal(err)
	}
	got := []byte("{\n  \"events\": [\n    ")
	for i, e := range evs {
		if i > 0 {
			got = append(got, ",\n    "...)
		}
		got = appendEventJSON(got, e)
	}
	got = append(got, "\n  ]\n}\n"...)
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("appendEventJSON differs from encoding/json:\n%s\nwant\n%s", got, want.Bytes())
	}
}
