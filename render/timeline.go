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

	"github.com/storygraph/storygraph/graph/timeline"
)

// Timeline drawing geometry, in SVG user units (points).
const (
	tlMargin   = 24.0
	tlColumn   = 214.0 // distance between date columns
	tlCard     = 196.0 // card width
	tlAxisY    = 78.0
	tlLine     = 14.0 // text line height in a card
	tlCardGap  = 10.0
	tlWrap     = 30 // characters per card line
	tlMaxLines = 4
)

// TimelineSVG draws the dated events of tl from left to right: one column
// per distinct date on a date axis (evenly spaced, oldest first, with a break
// mark where more than a year is skipped), the events of a date stacked
// below it as cards. A marker's size and colour and each card's footer show
// corroboration (the number of documents); conflicting dates are shown in
// red; a card's tooltip holds its source sentences. Undated events are only
// counted in the header (the report lists them). A timeline with no dated
// event is a valid SVG holding a "no dated events" note.
//
// The SVG is written directly, with every string XML-escaped; it does not
// need a layout, so l is not used and may be nil (it is there so that a
// Graphviz-drawn timeline can replace this one without changing callers).
// The output is deterministic. The only error is ctx's.
func TimelineSVG(ctx context.Context, l Layouter, tl timeline.Timeline) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("render: timeline: %w", err)
	}
	events := slices.Clone(tl.Events)
	slices.SortStableFunc(events, func(a, b timeline.Event) int { return cmp.Compare(a.Date, b.Date) })
	var dated []timeline.Event
	for _, e := range events {
		if strings.TrimSpace(e.Date) != "" {
			dated = append(dated, e)
		}
	}
	undated := len(tl.Undated) + len(events) - len(dated)

	// Columns: distinct dates in order.
	type column struct {
		date   string
		events []timeline.Event
	}
	var cols []column
	for _, e := range dated {
		d := clean(e.Date)
		if len(cols) == 0 || cols[len(cols)-1].date != d {
			cols = append(cols, column{date: d})
		}
		cols[len(cols)-1].events = append(cols[len(cols)-1].events, e)
	}

	// Cards and heights.
	type card struct {
		lines  []string
		footer string
		warn   string
		tip    string
		corr   int
		y, h   float64
	}
	cardsOf := make([][]card, len(cols))
	height := tlAxisY + 60
	for i, c := range cols {
		y := tlAxisY + 34
		for _, e := range c.events {
			cd := card{lines: wrap(eventText(e), tlWrap, tlMaxLines), corr: e.Corroboration, y: y, tip: eventTip(e)}
			cd.footer = corroboration(e)
			if tod := timeOfDay(e.Time); tod != "" {
				cd.footer = shorten(tod+" · "+cd.footer, tlWrap+6)
			}
			if len(e.Conflicts) > 0 {
				cd.warn = shorten("also dated: "+strings.Join(e.Conflicts, ", "), tlWrap+6)
			}
			n := len(cd.lines) + 1
			if cd.warn != "" {
				n++
			}
			cd.h = float64(n)*tlLine + 12
			y += cd.h + tlCardGap
			cardsOf[i] = append(cardsOf[i], cd)
		}
		height = max(height, y+tlMargin)
	}
	width := 2*tlMargin + max(1, float64(len(cols)))*tlColumn

	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="Helvetica,Arial,sans-serif">`+"\n",
		ff(width), ff(height), ff(width), ff(height))
	fmt.Fprintf(&b, `<rect x="0" y="0" width="%s" height="%s" fill="white"/>`+"\n", ff(width), ff(height))
	head := plural(len(dated), "dated event") + " on " + plural(len(cols), "date")
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
	x0 := tlMargin + tlColumn/2
	x1 := tlMargin + (float64(len(cols))-0.5)*tlColumn
	fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#444444" stroke-width="2"/>`+"\n",
		ff(x0-tlColumn/2+8), ff(tlAxisY), ff(x1+tlColumn/2-8), ff(tlAxisY))
	for i, c := range cols {
		x := tlMargin + (float64(i)+0.5)*tlColumn
		if i > 0 && yearGap(cols[i-1].date, c.date) > 1 {
			bx := x - tlColumn/2
			fmt.Fprintf(&b, `<g><title>%s</title><rect x="%s" y="%s" width="8" height="14" fill="white"/>`+
				`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#444444" stroke-width="1.5"/>`+
				`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#444444" stroke-width="1.5"/></g>`+"\n",
				esc(fmt.Sprintf("%d years skipped", yearGap(cols[i-1].date, c.date)-1)),
				ff(bx-4), ff(tlAxisY-7),
				ff(bx-6), ff(tlAxisY+7), ff(bx-1), ff(tlAxisY-7),
				ff(bx+1), ff(tlAxisY+7), ff(bx+6), ff(tlAxisY-7))
		}
		corr := 0
		for _, e := range c.events {
			corr = max(corr, e.Corroboration)
		}
		r := 4 + 1.5*float64(min(max(corr, 1), 5))
		fill := []string{"#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"}[min(max(corr, 1), 5)-1]
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="12" font-weight="bold" text-anchor="middle" fill="#222222">%s</text>`+"\n",
			ff(x), ff(tlAxisY-16), esc(formatDate(c.date)))
		fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#999999" stroke-width="1"/>`+"\n",
			ff(x), ff(tlAxisY), ff(x), ff(tlAxisY+34))
		fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="%s" fill="%s" stroke="#08306b" stroke-width="1"><title>%s</title></circle>`+"\n",
			ff(x), ff(tlAxisY), ff(r), fill, esc(fmt.Sprintf("%s: %d events, up to %d sources", c.date, len(c.events), corr)))
		cx := x - tlCard/2
		for _, cd := range cardsOf[i] {
			stroke := "#9ecae1"
			if cd.corr > 1 {
				stroke = "#3182bd"
			}
			if cd.warn != "" {
				stroke = "#cb181d"
			}
			fmt.Fprintf(&b, `<g class="event"><title>%s</title>`+"\n", esc(cd.tip))
			fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s" rx="5" ry="5" fill="#f7fbff" stroke="%s" stroke-width="%s"/>`+"\n",
				ff(cx), ff(cd.y), ff(tlCard), ff(cd.h), stroke, ff(1+0.5*float64(min(max(cd.corr-1, 0), 3))))
			ty := cd.y + 4
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
		}
	}
	b.WriteString("</svg>\n")
	return b.Bytes(), nil
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

// corroboration is the footer of an event card: how many documents and
// which.
func corroboration(e timeline.Event) string {
	var docs []string
	for _, s := range e.Sources {
		if d := clean(s.Doc); d != "" && !slices.Contains(docs, d) {
			docs = append(docs, d)
		}
	}
	n := max(e.Corroboration, len(docs))
	word := "sources"
	if n == 1 {
		word = "source"
	}
	s := fmt.Sprintf("%d %s", n, word)
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

var monthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// formatDate writes an ISO date prefix for people: "2026-01-06" becomes
// "6 Jan 2026", "2026-01" "Jan 2026"; anything else is returned cleaned.
func formatDate(d string) string {
	d = clean(d)
	parts := strings.Split(d, "-")
	if len(parts) < 2 || len(parts[0]) != 4 {
		return d
	}
	m, err := strconv.Atoi(parts[1])
	if err != nil || m < 1 || m > 12 {
		return d
	}
	if len(parts) == 2 {
		return monthNames[m-1] + " " + parts[0]
	}
	day, err := strconv.Atoi(parts[2])
	if err != nil || day < 1 || day > 31 || len(parts) > 3 {
		return d
	}
	return strconv.Itoa(day) + " " + monthNames[m-1] + " " + parts[0]
}

// yearGap returns the difference of the years of two ISO date prefixes, or
// 0 when either has none.
func yearGap(a, b string) int {
	ya, err1 := strconv.Atoi(strings.SplitN(a, "-", 2)[0])
	yb, err2 := strconv.Atoi(strings.SplitN(b, "-", 2)[0])
	if err1 != nil || err2 != nil {
		return 0
	}
	return yb - ya
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
