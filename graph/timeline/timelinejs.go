package timeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"slices"
	"strings"
)

// TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html).
type tjsDoc struct {
	Events []tjsEvent `json:"events"`
}

type tjsEvent struct {
	StartDate tjsDate  `json:"start_date"`
	EndDate   *tjsDate `json:"end_date,omitempty"`
	Text      tjsText  `json:"text"`
	Group     string   `json:"group,omitempty"`
	UniqueID  string   `json:"unique_id"`
}

type tjsDate struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	Hour        int    `json:"hour,omitempty"`
	Minute      int    `json:"minute,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// WriteTimelineJS writes the dated events of tl as TimelineJS JSON: one
// entry per event with start_date {year, month, day} at the event's
// granularity (periods coarser than a day get an end_date and a
// display_date such as "2026-W02" or "1990s"), text {headline, text}
// where the text lists the sources' sentences. group is set only for the
// main actors (at most three subjects with at least three events each and
// together a third of the events); other events have none, so TimelineJS
// keeps its time bar in view. Undated events are left out: TimelineJS
// needs a start date. Output is indented and deterministic.
func WriteTimelineJS(w io.Writer, tl Timeline) error {
	doc := tjsDoc{Events: []tjsEvent{}}
	main := mainActors(tl.Events, 3)
	for i, e := range tl.Events {
		p, ok := parsePeriod(e.Date + e.Time)
		if !ok {
			continue
		}
		ev := tjsEvent{
			StartDate: tjsDate{Year: p.start.Year()},
			Text:      tjsText{Headline: headline(e), Text: body(e)},
			Group:     main[key("", e.Subject)],
			UniqueID:  fmt.Sprintf("event-%d", i+1),
		}
		switch p.gran {
		case "year":
		case "month":
			ev.StartDate.Month = int(p.start.Month())
		case "day", "part-of-day", "time":
			ev.StartDate.Month, ev.StartDate.Day = int(p.start.Month()), p.start.Day()
			if p.gran == "part-of-day" {
				ev.StartDate.DisplayDate = p.date + " " + podNames[p.time]
			}
			if p.gran == "time" {
				min := p.intraday()
				ev.StartDate.Hour, ev.StartDate.Minute = min/60, min%60
			}
		default: // week, season, quarter, half, decade, century
			ev.StartDate.Month, ev.StartDate.Day = int(p.start.Month()), p.start.Day()
			last := p.end.AddDate(0, 0, -1)
			ev.EndDate = &tjsDate{Year: last.Year(), Month: int(last.Month()), Day: last.Day()}
			ev.StartDate.DisplayDate = displayDate(p)
		}
		doc.Events = append(doc.Events, ev)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // the text fields are HTML on purpose
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("timeline: timelinejs: %w", err)
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("timeline: timelinejs: %w", err)
	}
	return nil
}

var podNames = map[string]string{"TMO": "morning", "TAF": "afternoon", "TEV": "evening", "TNI": "night"}

func displayDate(p period) string { return Label(p.date, "") }

// mainActors returns up to n subjects (by normalised name, mapped to the
// name to show) that have at least three events each and together a third
// of the events; none when no such few dominate.
func mainActors(events []Event, n int) map[string]string {
	count := map[string]int{}
	name := map[string]string{}
	var keys []string
	for _, e := range events {
		k := key("", e.Subject)
		if k == "" {
			continue
		}
		if count[k] == 0 {
			keys = append(keys, k)
			name[k] = strings.Join(strings.Fields(e.Subject), " ")
		}
		count[k]++
	}
	slices.SortStableFunc(keys, func(a, b string) int { return count[b] - count[a] })
	out := map[string]string{}
	total := 0
	for _, k := range keys {
		if len(out) == n || count[k] < 3 {
			break
		}
		out[k] = name[k]
		total += count[k]
	}
	if 3*total < len(events) {
		return map[string]string{}
	}
	return out
}

// headline is "Subject relation object".
func headline(e Event) string {
	return html.EscapeString(strings.Join(strings.Fields(e.Subject+" "+e.Relation+" "+e.Object), " "))
}

// body lists the sources' sentences, each with its document, and flags
// conflicts.
func body(e Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<p>Reported by %d source", e.Corroboration)
	if e.Corroboration != 1 {
		b.WriteString("s")
	}
	b.WriteString(".</p><ul>")
	for _, s := range e.Sources {
		fmt.Fprintf(&b, "<li><b>%s</b>: %s</li>", html.EscapeString(s.Doc), html.EscapeString(s.Sentence))
	}
	b.WriteString("</ul>")
	for _, c := range e.Conflicts {
		fmt.Fprintf(&b, "<p><i>Conflict: %s</i></p>", html.EscapeString(c))
	}
	return b.String()
}
