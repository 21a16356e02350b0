package render

import (
	"bytes"
	"cmp"
	"context"
	"encoding/xml"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/storygraph/storygraph/graph/timeline"
)

// Timeline drawing geometry, in SVG user units (points).
const (
	tlMargin   = 24.0
	tlColumn   = 214.0 // distance between date columns
	tlCard     = 196.0 // card width
	tlLaneHead = 120.0 // width of the lane names on the left
	tlAxisY    = 100.0
	tlLine     = 14.0 // text line height in a card
	tlCardGap  = 8.0
	tlLaneGap  = 14.0
	tlWrap     = 30 // characters per card line
	tlMaxLines = 3
	tlMaxCols  = 24 // distinct dates drawn before dates are grouped by month, year, ...
	tlMaxLanes = 4  // main actors with a lane of their own
)

// TimelineSVG draws the dated events of tl from left to right on a
// compressed time axis: one column per distinct date (oldest first, by the
// day a date starts, so "week of 25 Sep 1978" comes before 27 Oct 1978;
// a break mark where more than a year is skipped), written for people
// with its granularity ("6 Jan 2026", "Jan 2026", "week of 5 Jan 2026").
// With more than 24 dates the columns group the events by month, then by
// year, then by decade, so a thousand events stay one picture.
//
// Rows are lanes, one per main actor (up to four subjects with at least
// two events each) and one for everyone else. A cell shows its most
// salient events as cards (most documents first, then most sources,
// conflicts, input order), three at most (two when the timeline is
// large), and "+N more" for the rest, listed in its tooltip. A column's
// marker (size and colour) and each card's border and footer show
// corroboration: the number of independent documents; a claim one
// document alone makes says so. Conflicting dates or numbers are shown in
// red; a card's tooltip holds its source sentences. Undated events are
// only counted in the header (the report lists them). A timeline with no
// dated event is a valid SVG holding a "no dated events" note.
//
// The SVG is written directly, with every string XML-escaped; it does not
// need a layout, so l is not used and may be nil (it is there so that a
// Graphviz-drawn timeline can replace this one without changing callers).
// The output is deterministic. The only error is ctx's.
func TimelineSVG(ctx context.Context, l Layouter, tl timeline.Timeline) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("render: timeline: %w", err)
	}
	type item struct {
		e      timeline.Event
		order  int
		start  time.Time
		length time.Duration
	}
	var dated []item
	for i, e := range tl.Events {
		if strings.TrimSpace(e.Date) == "" {
			continue
		}
		it := item{e: e, order: i}
		if st, ok := timeline.Start(e.Date); ok {
			it.start = st
			if end, ok := periodEnd(e.Date); ok {
				it.length = end.Sub(st)
			}
		} else {
			it.start = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC) // not a calendar value: last
		}
		dated = append(dated, it)
	}
	undated := len(tl.Undated) + tl.UndatedOmitted + len(tl.Events) - len(dated)
	slices.SortStableFunc(dated, func(a, b item) int {
		if c := a.start.Compare(b.start); c != 0 {
			return c
		}
		if c := cmp.Compare(b.length, a.length); c != 0 { // coarser first
			return c
		}
		return cmp.Compare(clean(a.e.Date), clean(b.e.Date))
	})

	// Columns: distinct dates, or months, years, decades when too many.
	colKey := func(it item, level int) string {
		switch level {
		case 0:
			return clean(it.e.Date)
		case 1:
			if it.length <= 31*24*time.Hour {
				return it.start.Format("2006-01")
			}
			return it.start.Format("2006")
		case 2:
			return it.start.Format("2006")
		}
		return it.start.Format("2006")[:3]
	}
	level := 0
	for ; level < 3; level++ {
		n, last := 0, "\x00"
		for _, it := range dated {
			if k := colKey(it, level); k != last {
				n, last = n+1, k
			}
		}
		if n <= tlMaxCols {
			break
		}
	}
	type column struct {
		key, label string
		start      time.Time
		events     []item
	}
	var cols []column
	for _, it := range dated {
		k := colKey(it, level)
		if len(cols) == 0 || cols[len(cols)-1].key != k {
			label := timeline.Label(k, "")
			if level == 3 {
				label = k + "0s"
			}
			cols = append(cols, column{key: k, label: label, start: it.start})
		}
		cols[len(cols)-1].events = append(cols[len(cols)-1].events, it)
	}

	// Lanes: the main actors, then everyone else.
	laneOf := map[string]int{}
	var lanes []string
	{
		count := map[string]int{}
		name := map[string]string{}
		var keys []string
		for _, it := range dated {
			k := strings.ToLower(clean(it.e.Subject))
			if count[k] == 0 {
				keys = append(keys, k)
				name[k] = clean(it.e.Subject)
			}
			count[k]++
		}
		slices.SortStableFunc(keys, func(a, b string) int { return count[b] - count[a] })
		for _, k := range keys {
			if len(lanes) == tlMaxLanes || count[k] < 2 || k == "" {
				break
			}
			laneOf[k] = len(lanes)
			lanes = append(lanes, name[k])
		}
		if len(lanes) > 0 && len(lanes) < len(keys) {
			lanes = append(lanes, "Others")
		}
		if len(lanes) == 0 {
			lanes = []string{""}
		}
	}
	lane := func(e timeline.Event) int {
		if i, ok := laneOf[strings.ToLower(clean(e.Subject))]; ok {
			return i
		}
		return len(lanes) - 1
	}
	maxCards := 3
	if len(dated) > 200 {
		maxCards = 2
	}

	// Cards per cell, most salient first.
	type card struct {
		lines  []string
		footer string
		warn   string
		tip    string
		corr   int
		h      float64
		more   bool
	}
	cells := make([][][]card, len(cols))
	laneH := make([]float64, len(lanes))
	for i, c := range cols {
		cells[i] = make([][]card, len(lanes))
		byLane := make([][]item, len(lanes))
		for _, it := range c.events {
			byLane[lane(it.e)] = append(byLane[lane(it.e)], it)
		}
		for li, evs := range byLane {
			slices.SortStableFunc(evs, func(a, b item) int {
				if c := cmp.Compare(b.e.Corroboration, a.e.Corroboration); c != 0 {
					return c
				}
				if c := cmp.Compare(len(b.e.Sources), len(a.e.Sources)); c != 0 {
					return c
				}
				if c := cmp.Compare(len(b.e.Conflicts), len(a.e.Conflicts)); c != 0 {
					return c
				}
				return cmp.Compare(a.order, b.order)
			})
			h := 0.0
			for k, it := range evs {
				if k == maxCards {
					rest := evs[k:]
					tip := []string{plural(len(rest), "more event") + " here:"}
					for j, r := range rest {
						if j == 20 {
							tip = append(tip, fmt.Sprintf("(+%d more)", len(rest)-20))
							break
						}
						tip = append(tip, shorten(eventText(r.e), 80))
					}
					cd := card{lines: []string{fmt.Sprintf("+%d more", len(rest))}, tip: strings.Join(tip, "\n"), h: tlLine + 8, more: true}
					cells[i][li] = append(cells[i][li], cd)
					h += cd.h + tlCardGap
					break
				}
				e := it.e
				cd := card{lines: wrap(eventText(e), tlWrap, tlMaxLines), corr: e.Corroboration, tip: eventTip(e)}
				cd.footer = corroboration(e)
				if level > 0 || e.Granularity != "" && e.Granularity != "day" {
					cd.footer = shorten(timeline.Label(e.Date, e.Time)+" · "+cd.footer, tlWrap+6)
				} else if tod := timeOfDay(e.Time); tod != "" {
					cd.footer = shorten(tod+" · "+cd.footer, tlWrap+6)
				}
				if len(e.Conflicts) > 0 {
					cd.warn = shorten("conflict: "+strings.Join(e.Conflicts, ", "), tlWrap+6)
				}
				n := len(cd.lines) + 1
				if cd.warn != "" {
					n++
				}
				cd.h = float64(n)*tlLine + 10
				cells[i][li] = append(cells[i][li], cd)
				h += cd.h + tlCardGap
			}
			laneH[li] = max(laneH[li], h)
		}
	}
	laneY := make([]float64, len(lanes))
	y := tlAxisY + 30
	for li := range lanes {
		laneY[li] = y
		y += max(laneH[li], tlLine+8) + tlLaneGap
	}
	height := max(tlAxisY+60, y+tlMargin-tlLaneGap)
	left := tlMargin
	if lanes[0] != "" {
		left += tlLaneHead
	}
	width := left + tlMargin + max(1, float64(len(cols)))*tlColumn

	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="Helvetica,Arial,sans-serif">`+"\n",
		ff(width), ff(height), ff(width), ff(height))
	fmt.Fprintf(&b, `<rect x="0" y="0" width="%s" height="%s" fill="white"/>`+"\n", ff(width), ff(height))
	unit := "date"
	switch level {
	case 1:
		unit = "month"
	case 2:
		unit = "year"
	case 3:
		unit = "decade"
	}
	head := plural(len(dated), "dated event") + " on " + plural(len(cols), unit)
	if undated > 0 {
		head += "; " + plural(undated, "undated event") + " not shown"
	}
	fmt.Fprintf(&b, `<text x="%s" y="26" font-size="16" font-weight="bold" fill="#222222">Timeline</text>`+"\n", ff(tlMargin))
	fmt.Fprintf(&b, `<text x="%s" y="44" font-size="11" fill="#555555">%s</text>`+"\n", ff(tlMargin), esc(head))
	if len(cols) == 0 {
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="13" fill="#555555">no dated events</text>`+"\n", ff(tlMargin), ff(tlAxisY+20))
		b.WriteString("</svg>\n")
		return b.Bytes(), nil
	}
	fmt.Fprintf(&b, `<text x="%s" y="60" font-size="10" fill="#555555">%s</text>`+"\n", ff(tlMargin),
		esc("marker and border: number of independent sources; red: conflicting reports"))
	// lanes
	for li, name := range lanes {
		if name == "" {
			continue
		}
		ly := laneY[li] - tlLaneGap/2
		if li > 0 {
			fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#dddddd" stroke-width="1"/>`+"\n",
				ff(tlMargin), ff(ly), ff(width-tlMargin), ff(ly))
		}
		for k, line := range wrap(name, 18, 2) {
			fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="12" font-weight="bold" fill="#333333">%s</text>`+"\n",
				ff(tlMargin), ff(laneY[li]+14+float64(k)*tlLine), esc(line))
		}
	}
	x0 := left + tlColumn/2
	x1 := left + (float64(len(cols))-0.5)*tlColumn
	fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#444444" stroke-width="2"/>`+"\n",
		ff(x0-tlColumn/2+8), ff(tlAxisY), ff(x1+tlColumn/2-8), ff(tlAxisY))
	for i, c := range cols {
		x := left + (float64(i)+0.5)*tlColumn
		if i > 0 {
			if gap := c.start.Year() - cols[i-1].start.Year(); gap > 1 {
				bx := x - tlColumn/2
				fmt.Fprintf(&b, `<g><title>%s</title><rect x="%s" y="%s" width="8" height="14" fill="white"/>`+
					`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#444444" stroke-width="1.5"/>`+
					`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#444444" stroke-width="1.5"/></g>`+"\n",
					esc(fmt.Sprintf("%d years skipped", gap-1)),
					ff(bx-4), ff(tlAxisY-7),
					ff(bx-6), ff(tlAxisY+7), ff(bx-1), ff(tlAxisY-7),
					ff(bx+1), ff(tlAxisY+7), ff(bx+6), ff(tlAxisY-7))
			}
		}
		corr := 0
		for _, it := range c.events {
			corr = max(corr, it.e.Corroboration)
		}
		r := 4 + 1.5*float64(min(max(corr, 1), 5))
		fill := []string{"#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"}[min(max(corr, 1), 5)-1]
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="12" font-weight="bold" text-anchor="middle" fill="#222222">%s</text>`+"\n",
			ff(x), ff(tlAxisY-16), esc(shorten(c.label, 30)))
		if len(c.events) > 1 {
			fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="10" text-anchor="middle" fill="#555555">%s</text>`+"\n",
				ff(x), ff(tlAxisY+22), esc(plural(len(c.events), "event")))
		}
		fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="%s" fill="%s" stroke="#08306b" stroke-width="1"><title>%s</title></circle>`+"\n",
			ff(x), ff(tlAxisY), ff(r), fill, esc(fmt.Sprintf("%s: %s, up to %s", c.label, plural(len(c.events), "event"), plural(corr, "source"))))
		cx := x - tlCard/2
		for li := range lanes {
			cy := laneY[li]
			for _, cd := range cells[i][li] {
				if cd.more {
					fmt.Fprintf(&b, `<g class="more"><title>%s</title><text x="%s" y="%s" font-size="11" font-style="italic" fill="#08519c">%s</text></g>`+"\n",
						esc(cd.tip), ff(cx+8), ff(cy+tlLine), esc(cd.lines[0]))
					cy += cd.h + tlCardGap
					continue
				}
				stroke := "#9ecae1"
				if cd.corr > 1 {
					stroke = "#3182bd"
				}
				if cd.warn != "" {
					stroke = "#cb181d"
				}
				fmt.Fprintf(&b, `<g class="event"><title>%s</title>`+"\n", esc(cd.tip))
				fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s" rx="5" ry="5" fill="#f7fbff" stroke="%s" stroke-width="%s"/>`+"\n",
					ff(cx), ff(cy), ff(tlCard), ff(cd.h), stroke, ff(1+0.75*float64(min(max(cd.corr-1, 0), 4))))
				ty := cy + 2
				for _, line := range cd.lines {
					ty += tlLine
					fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="11" fill="#111111">%s</text>`+"\n", ff(cx+8), ff(ty), esc(line))
				}
				if cd.warn != "" {
					ty += tlLine
					fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="10" fill="#cb181d">%s</text>`+"\n", ff(cx+8), ff(ty), esc(cd.warn))
				}
				ty += tlLine
				fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="10" fill="#555555">%s</text>`+"\n", ff(cx+8), ff(ty), esc(cd.footer))
				b.WriteString("</g>\n")
				cy += cd.h + tlCardGap
			}
		}
	}
	b.WriteString("</svg>\n")
	return b.Bytes(), nil
}

// periodEnd returns the day after a date value ends.
func periodEnd(date string) (time.Time, bool) {
	st, ok := timeline.Start(date)
	if !ok {
		return time.Time{}, false
	}
	switch timelineGran(date) {
	case "day":
		return st.AddDate(0, 0, 1), true
	case "week":
		return st.AddDate(0, 0, 7), true
	case "month":
		return st.AddDate(0, 1, 0), true
	case "season", "quarter":
		return st.AddDate(0, 3, 0), true
	case "half":
		return st.AddDate(0, 6, 0), true
	case "year":
		return st.AddDate(1, 0, 0), true
	case "decade":
		return st.AddDate(10, 0, 0), true
	}
	return st.AddDate(100, 0, 0), true
}

// timelineGran names the granularity of a date value by its form.
func timelineGran(d string) string {
	d, _, _ = strings.Cut(d, "T")
	parts := strings.Split(d, "-")
	switch {
	case len(parts) == 3 && strings.HasPrefix(parts[1], "W"):
		return "week"
	case len(parts) == 3:
		return "day"
	case len(parts) == 2 && strings.HasPrefix(parts[1], "W"):
		return "week"
	case len(parts) == 2 && (parts[1][0] == 'Q'):
		return "quarter"
	case len(parts) == 2 && (parts[1][0] == 'H'):
		return "half"
	case len(parts) == 2 && parts[1][0] >= 'A' && parts[1][0] <= 'Z':
		return "season"
	case len(parts) == 2:
		return "month"
	case len(d) == 4:
		return "year"
	case len(d) == 3:
		return "decade"
	}
	return "century"
}

// eventText is the one-line description of an event.
func eventText(e timeline.Event) string {
	s := clean(strings.Join([]string{e.Subject, e.Relation, e.Object}, " "))
	if s == "" {
		s = clean(e.Trigger)
	}
	if s == "" {
		s = "(event)"
	}
	return s
}

// corroboration is the footer of an event card: how many independent
// documents and which; a claim one document alone makes says so, and
// copies of an article are counted apart.
func corroboration(e timeline.Event) string {
	var docs []string
	for _, s := range e.Sources {
		if d := clean(s.Doc); d != "" && !slices.Contains(docs, d) {
			docs = append(docs, d)
		}
	}
	n := e.Corroboration
	if n == 0 {
		n = len(docs)
	}
	s := plural(n, "source")
	if copies := e.Documents - n; copies > 0 {
		s += " (+" + plural(copies, "copy") + ")"
	}
	if n == 1 && e.SingleSource {
		s = "single source"
	}
	if len(docs) > 0 {
		s += ": " + strings.Join(docs, ", ")
	}
	return shorten(s, tlWrap+6)
}

// eventTip is an event card's tooltip: the date and the source sentences.
func eventTip(e timeline.Event) string {
	parts := []string{clean(e.Date) + ": " + eventText(e)}
	for i, s := range e.Sources {
		if i == 5 {
			parts = append(parts, fmt.Sprintf("(+%d more sources)", len(e.Sources)-5))
			break
		}
		parts = append(parts, "["+clean(s.Doc)+"] "+shorten(s.Sentence, 200))
	}
	return strings.Join(parts, "\n")
}

// timeOfDay writes a TIMEX3 time of a day event ("TMO", "T15:30") for
// people; "" when t is empty or unknown.
func timeOfDay(t string) string {
	t = clean(t)
	switch t {
	case "":
		return ""
	case "TMO":
		return "morning"
	case "TAF":
		return "afternoon"
	case "TEV":
		return "evening"
	case "TNI":
		return "night"
	case "TDT":
		return "daytime"
	}
	if rest, ok := strings.CutPrefix(t, "T"); ok && len(rest) >= 2 && rest[0] >= '0' && rest[0] <= '9' {
		return shorten(rest, 8)
	}
	return ""
}

// formatDate writes a date value for people ([timeline.Label]):
// "2026-01-06" becomes "6 Jan 2026", "2026-01" "Jan 2026", "1978-W39"
// "week of 25 Sep 1978"; anything else is returned cleaned.
func formatDate(d string) string {
	d = clean(d)
	if _, ok := timeline.Start(d); !ok || strings.Contains(d, "T") {
		return d
	}
	return timeline.Label(d, "")
}

// esc returns s, cleaned, with XML special characters escaped.
func esc(s string) string {
	var b strings.Builder
	// Keep the newlines of tooltips, collapse other white space.
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteString("&#10;")
		}
		xml.EscapeText(&b, []byte(clean(line)))
	}
	return b.String()
}

// ff formats a coordinate with at most two decimals.
func ff(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
