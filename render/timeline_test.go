package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph/timeline"
)

func src(doc, sentence string) extract.Source { return extract.Source{Doc: doc, Sentence: sentence} }

// storyTimeline is a made-up timeline.
func storyTimeline() timeline.Timeline {
	return timeline.Timeline{
		Events: []timeline.Event{
			{Date: "2019", Granularity: "year", Subject: "Port Ellis", Relation: "opened", Object: "North Quay", Corroboration: 1,
				Sources: []extract.Source{src("d2", "North Quay opened in 2019.")}},
			{Date: "2026-01-05", Granularity: "day", Subject: "Mara Okafor", Relation: "met", Object: "Tomas Lind", Corroboration: 2,
				Sources:   []extract.Source{src("d1", "Okafor met Lind on Monday."), src("d2", "The two met on January 5.")},
				Conflicts: []string{"2026-01-04"}, Time: "TEV"},
			{Date: "2026-01", Granularity: "month", Subject: "Harbour Board", Relation: "approved", Object: "the budget", Corroboration: 1,
				Sources: []extract.Source{src("d1", "In January the board approved the budget.")}},
			{Date: "2026-01-05", Granularity: "day", Subject: "<script>alert(1)</script>", Relation: `said "<b>"`, Object: "A&B", Corroboration: 3,
				Sources: []extract.Source{src("d<1>", `He said "<img src=x>" & left.`)}},
		},
		Undated: []timeline.Event{
			{Subject: "Lind & Sons", Relation: "bid for", Object: "the contract", Corroboration: 1, Sources: []extract.Source{src("d2", "Lind & Sons bid for it.")}},
		},
	}
}

func TestTimelineSVG(t *testing.T) {
	tests := []struct {
		name     string
		tl       timeline.Timeline
		texts    []string
		tips     []string
		rawNever []string
	}{
		{
			name:     "story",
			tl:       storyTimeline(),
			texts:    []string{"Timeline", "4 dated events on 3 dates; 1 undated event not shown", "2019", "Jan 2026", "5 Jan 2026", "Port Ellis opened North Quay", "conflict: 2026-01-04", "evening · 2 sources: d1, d2", "1 source: d2", "3 sources: d<1>"},
			tips:     []string{"Okafor met Lind on Monday.", `He said "<img src=x>" & left.`, "6 years skipped"},
			rawNever: []string{"<script>", "<img", "<b>"},
		},
		{
			name:  "empty",
			tl:    timeline.Timeline{},
			texts: []string{"no dated events", "0 dated events on 0 dates"},
		},
		{
			name:  "only undated",
			tl:    timeline.Timeline{Undated: storyTimeline().Undated},
			texts: []string{"no dated events", "0 dated events on 0 dates; 1 undated event not shown"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svg, err := TimelineSVG(t.Context(), nil, tt.tl)
			if err != nil {
				t.Fatalf("TimelineSVG: %v", err)
			}
			texts, tips := svgText(t, svg)
			joined := strings.Join(texts, " ")
			for _, w := range tt.texts {
				if !slices.Contains(texts, w) && !strings.Contains(joined, w) {
					t.Errorf("no <text> %q in %q", w, texts)
				}
			}
			for _, w := range tt.tips {
				if !slices.ContainsFunc(tips, func(s string) bool { return strings.Contains(s, w) }) {
					t.Errorf("no tooltip containing %q in %q", w, tips)
				}
			}
			for _, w := range tt.rawNever {
				if bytes.Contains(svg, []byte(w)) {
					t.Errorf("SVG holds %q unescaped", w)
				}
			}
			again, _ := TimelineSVG(t.Context(), nil, tt.tl)
			if !bytes.Equal(svg, again) {
				t.Errorf("TimelineSVG is not deterministic")
			}
			if _, err := RasterizeSVG(svg, 1); err != nil {
				t.Errorf("RasterizeSVG(timeline): %v", err)
			}
		})
	}
}

func TestTimelineOrder(t *testing.T) {
	// Columns run left to right by date whatever the input order.
	tl := storyTimeline()
	slices.Reverse(tl.Events)
	svg, err := TimelineSVG(t.Context(), nil, tl)
	if err != nil {
		t.Fatal(err)
	}
	var last int
	for _, d := range []string{">2019<", ">Jan 2026<", ">5 Jan 2026<"} {
		i := bytes.Index(svg, []byte(d))
		if i < last {
			t.Errorf("date %s at %d, before the previous date at %d", d, i, last)
		}
		last = i
	}
}

func TestTimelineCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := TimelineSVG(ctx, nil, storyTimeline()); !errors.Is(err, context.Canceled) {
		t.Errorf("TimelineSVG(cancelled) error = %v, want context.Canceled", err)
	}
}

var timeOfDayTests = []struct{ in, want string }{
	{"", ""}, {"TMO", "morning"}, {"TNI", "night"}, {"T15:30", "15:30"}, {"T", ""}, {"TXX", ""},
}

func TestTimeOfDay(t *testing.T) {
	for _, tt := range timeOfDayTests {
		if got := timeOfDay(tt.in); got != tt.want {
			t.Errorf("timeOfDay(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var formatDateTests = []struct{ in, want string }{
	{"2026-01-06", "6 Jan 2026"},
	{"2026-12", "Dec 2026"},
	{"2014", "2014"},
	{"2026-13", "2026-13"},
	{"2026-01-06T10:00", "2026-01-06T10:00"},
	{"1978-W39", "week of 25 Sep 1978"},
	{"199", "1990s"},
	{"soon", "soon"},
	{"", ""},
}

func TestFormatDate(t *testing.T) {
	for _, tt := range formatDateTests {
		if got := formatDate(tt.in); got != tt.want {
			t.Errorf("formatDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// manyEvents returns n dated events over several years, a few actors
// doing most of it, a few days crowded.
func manyEvents(n int) timeline.Timeline {
	actors := []string{"Harbour Board", "Mara Okafor", "Tomas Lind", "Port Ellis"}
	var tl timeline.Timeline
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		d := start.AddDate(0, 0, (i*37)%1500)
		if i%4 == 0 {
			d = start.AddDate(0, 0, 400) // a crowded day
		}
		subj := actors[i%len(actors)]
		if i%3 == 0 {
			subj = fmt.Sprintf("Witness %d", i)
		}
		tl.Events = append(tl.Events, timeline.Event{Date: d.Format("2006-01-02"), Granularity: "day", Subject: subj,
			Relation: "reported", Object: fmt.Sprintf("incident %d", i), Corroboration: 1 + i%4,
			Sources: []extract.Source{src(fmt.Sprintf("d%d", i%50), "Something happened.")}})
	}
	slices.SortStableFunc(tl.Events, func(a, b timeline.Event) int { return strings.Compare(a.Date, b.Date) })
	return tl
}

// Lanes per main actor, crowded days summarised with "+N more", and a
// thousand events still one readable picture.
func TestTimelineLanesAndSummary(t *testing.T) {
	tl := manyEvents(40)
	svg, err := TimelineSVG(t.Context(), nil, tl)
	if err != nil {
		t.Fatal(err)
	}
	texts, tips := svgText(t, svg)
	for _, w := range []string{"Harbour Board", "Mara Okafor", "Others"} {
		if !slices.Contains(texts, w) {
			t.Errorf("no lane %q in %q", w, texts)
		}
	}
	more := slices.IndexFunc(texts, func(s string) bool { return strings.HasPrefix(s, "+") && strings.HasSuffix(s, " more") })
	if more < 0 {
		t.Fatalf("crowded day not summarised: no \"+N more\" in %q", texts)
	}
	if !slices.ContainsFunc(tips, func(s string) bool { return strings.Contains(s, "more events here:") }) {
		t.Errorf("the \"+N more\" has no tooltip listing the events")
	}
	// the most corroborated events of a crowded cell are the ones shown
	cards := strings.Count(string(svg), `class="event"`)
	if cards >= 40 {
		t.Errorf("%d cards for 40 events: nothing summarised", cards)
	}

	big := manyEvents(1000)
	svg, err = TimelineSVG(t.Context(), nil, big)
	if err != nil {
		t.Fatal(err)
	}
	w, h := svgSize(t, svg)
	if w > 8000 || h > 3000 {
		t.Errorf("1,000 events drawn %v x %v: not one picture", w, h)
	}
	texts, _ = svgText(t, svg)
	if !slices.ContainsFunc(texts, func(s string) bool {
		return strings.HasPrefix(s, "1000 dated events on ") && (strings.HasSuffix(s, " months") || strings.HasSuffix(s, " years"))
	}) {
		t.Errorf("1,000 events over four years not grouped by month or year: %q", texts[:3])
	}
	if n := strings.Count(string(svg), `class="event"`); n > 200 {
		t.Errorf("%d cards for 1,000 events", n)
	}
}

// A week sorts by its first day: "week of 25 Sep 1978" comes before 27
// Oct 1978 whatever the string order says.
func TestTimelineCoarseDates(t *testing.T) {
	tl := timeline.Timeline{Events: []timeline.Event{
		{Date: "1978-10-27", Granularity: "day", Subject: "Committee", Relation: "awarded", Object: "the prize", Corroboration: 1},
		{Date: "1978-W39", Granularity: "week", Subject: "Leaders", Relation: "met", Object: "at the retreat", Corroboration: 1},
	}}
	svg, err := TimelineSVG(t.Context(), nil, tl)
	if err != nil {
		t.Fatal(err)
	}
	i, j := bytes.Index(svg, []byte(">week of 25 Sep 1978<")), bytes.Index(svg, []byte(">27 Oct 1978<"))
	if i < 0 || j < 0 || i > j {
		t.Errorf("week at %d, day at %d: the week must be drawn first, written for people", i, j)
	}
}

func svgSize(t *testing.T, svg []byte) (w, h float64) {
	t.Helper()
	var root struct {
		Width  float64 `xml:"width,attr"`
		Height float64 `xml:"height,attr"`
	}
	if err := xml.Unmarshal(svg, &root); err != nil {
		t.Fatalf("SVG: %v", err)
	}
	return root.Width, root.Height
}
