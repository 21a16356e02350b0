package render

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

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
			texts:    []string{"Timeline", "4 dated events on 3 dates; 1 undated event not shown", "2019", "Jan 2026", "5 Jan 2026", "Port Ellis opened North Quay", "also dated: 2026-01-04", "evening · 2 sources: d1, d2", "1 source: d2", "3 sources: d<1>"},
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
