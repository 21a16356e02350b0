package timeline

import (
	"fmt"
	"strconv"
	"time"
)

var shortMonths = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func dayLabel(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + shortMonths[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// Start returns the first day of a date value (see package doc: "2014",
// "2026-01", "2026-01-06", "2026-W02", "199", ...), so that dates of any
// granularity sort by when they begin: "1978-W39" (from 25 Sep 1978)
// before "1978-10-27". ok is false for anything else.
func Start(date string) (t time.Time, ok bool) {
	p, ok := parsePeriod(date)
	return p.start, ok
}

// Label writes a date value for people: "6 Jan 2026", "Jan 2026",
// "week of 25 Sep 1978", "weekend of 30 Sep 1978", "summer 2025",
// "Q1 2025", "first half of 2025", "1990s", "21st century", "2014"; with
// a time of day ("TNI", "T15:30") "6 Jan 2026, night" or "6 Jan 2026
// 15:30". A value that is not a date is returned as it is.
func Label(date, tod string) string {
	p, ok := parsePeriod(date + tod)
	if !ok {
		if p, ok = parsePeriod(date); !ok {
			return date + tod
		}
	}
	var s string
	switch p.gran {
	case "day", "part-of-day", "time":
		s = dayLabel(p.start)
	case "month":
		s = shortMonths[p.start.Month()-1] + " " + strconv.Itoa(p.start.Year())
	case "year":
		s = strconv.Itoa(p.start.Year())
	case "week":
		if p.end.Sub(p.start) < 7*24*time.Hour {
			s = "weekend of " + dayLabel(p.start)
		} else {
			s = "week of " + dayLabel(p.start)
		}
	case "season":
		name := map[time.Month]string{3: "spring", 6: "summer", 9: "autumn", 12: "winter"}[p.start.Month()]
		s = fmt.Sprintf("%s %d", name, p.start.Year())
		if p.start.Month() == 12 {
			s = fmt.Sprintf("winter %d–%02d", p.start.Year(), (p.start.Year()+1)%100)
		}
	case "quarter":
		s = fmt.Sprintf("Q%d %d", (int(p.start.Month())-1)/3+1, p.start.Year())
	case "half":
		if p.start.Month() == 1 {
			s = fmt.Sprintf("first half of %d", p.start.Year())
		} else {
			s = fmt.Sprintf("second half of %d", p.start.Year())
		}
	case "decade":
		s = fmt.Sprintf("%ds", p.start.Year())
	case "century":
		c := p.start.Year()/100 + 1
		suf := "th"
		if c%100 < 11 || c%100 > 13 {
			switch c % 10 {
			case 1:
				suf = "st"
			case 2:
				suf = "nd"
			case 3:
				suf = "rd"
			}
		}
		s = fmt.Sprintf("%d%s century", c, suf)
	default:
		return date + tod
	}
	switch p.time {
	case "":
	case "TMO", "TAF", "TEV", "TNI":
		s += ", " + podNames[p.time]
	default:
		s += " " + p.time[1:]
	}
	return s
}
