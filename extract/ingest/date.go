package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

const monthPat = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var (
	mdyRE = regexp.MustCompile(`\b` + monthPat + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyRE = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthPat + `,?\s+(\d{4})\b`)
	isoRE = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)

	datelineCueRE = regexp.MustCompile(`(?i)^\W*(?:published|updated|posted|date|last\s+updated|first\s+published|released)\b|\(@[A-Za-z0-9_.]{1,30}\)`)
)

var months = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

func monthOf(s string) (time.Month, bool) {
	if len(s) < 3 {
		return 0, false
	}
	m, ok := months[strings.ToLower(s[:3])]
	return m, ok
}

func mkDate(y, m, d int) (time.Time, bool) {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // February 30 and the like
		return time.Time{}, false
	}
	return t, true
}

// lineDates returns the full dates written in one line, in order.
func lineDates(line string) []time.Time {
	type hit struct {
		off int
		t   time.Time
	}
	var hits []hit
	for _, m := range mdyRE.FindAllStringSubmatchIndex(line, -1) {
		mon, _ := monthOf(line[m[2]:m[3]])
		d, _ := strconv.Atoi(line[m[4]:m[5]])
		y, _ := strconv.Atoi(line[m[6]:m[7]])
		if t, ok := mkDate(y, int(mon), d); ok {
			hits = append(hits, hit{m[0], t})
		}
	}
	for _, m := range dmyRE.FindAllStringSubmatchIndex(line, -1) {
		d, _ := strconv.Atoi(line[m[2]:m[3]])
		mon, _ := monthOf(line[m[4]:m[5]])
		y, _ := strconv.Atoi(line[m[6]:m[7]])
		if t, ok := mkDate(y, int(mon), d); ok {
			hits = append(hits, hit{m[0], t})
		}
	}
	for _, m := range isoRE.FindAllStringSubmatchIndex(line, -1) {
		y, _ := strconv.Atoi(line[m[2]:m[3]])
		mo, _ := strconv.Atoi(line[m[4]:m[5]])
		d, _ := strconv.Atoi(line[m[6]:m[7]])
		if t, ok := mkDate(y, mo, d); ok {
			hits = append(hits, hit{m[0], t})
		}
	}
	out := make([]time.Time, 0, len(hits))
	for len(hits) > 0 {
		best := 0
		for i := range hits {
			if hits[i].off < hits[best].off {
				best = i
			}
		}
		out = append(out, hits[best].t)
		hits = append(hits[:best], hits[best+1:]...)
	}
	return out
}

// stripDates removes the full dates from line.
func stripDates(line string) string {
	for _, re := range []*regexp.Regexp{mdyRE, dmyRE, isoRE} {
		line = re.ReplaceAllString(line, " ")
	}
	return line
}

// TextDate infers a publication date from dates written in text. It
// considers full dates only ("January 6, 2026", "Jan. 6, 2026", "6
// January 2026", "2026-01-06"). Dates on dateline-like lines (a line that is
// little more than the date, lines starting with Published, Updated, Posted
// or Date, and social-post attributions with an @handle) are preferred;
// among the preferred dates, or else among all, the latest is returned, as
// an article is written after the events it reports. The result is
// midnight UTC; ok is false when the text holds no full date.
func TextDate(text string) (t time.Time, ok bool) {
	var best, bestLine time.Time
	for _, line := range splitLines(text) {
		ds := lineDates(line)
		if len(ds) == 0 {
			continue
		}
		dateline := datelineCueRE.MatchString(line) || !endsSentence(line) && wordCount(stripDates(line)) <= 4
		for _, d := range ds {
			if d.After(best) {
				best = d
			}
			if dateline && d.After(bestLine) {
				bestLine = d
			}
		}
	}
	if !bestLine.IsZero() {
		return bestLine, true
	}
	return best, !best.IsZero()
}
