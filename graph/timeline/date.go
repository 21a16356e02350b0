package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// period is a calendar date value read as a half-open interval of days.
type period struct {
	start, end time.Time
	date       string // the calendar part of the value: "2026-01-06", "2014", "2026-W02"
	time       string // an intra-day part: "TNI", "T15:30"; "" if none
	gran       string
}

// podOrder ranks parts of the day and clock times within a day.
func (p period) intraday() int {
	switch p.time {
	case "":
		return 0
	case "TMO":
		return 9 * 60
	case "TAF":
		return 15 * 60
	case "TEV":
		return 19 * 60
	case "TNI":
		return 22 * 60
	}
	if len(p.time) == 6 && p.time[3] == ':' {
		h, err1 := strconv.Atoi(p.time[1:3])
		m, err2 := strconv.Atoi(p.time[4:6])
		if err1 == nil && err2 == nil {
			return h*60 + m
		}
	}
	return 0
}

func ymd(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// parsePeriod reads the TIMEX3 calendar values temporal produces: "2014",
// "2026-01", "2026-01-06", "2026-01-06TNI", "2026-01-06T15:30",
// "2026-W02", "2026-W02-WE", "199" (decade), "20" (century), "2025-SU",
// "2025-Q1", "2025-H2". ok is false for anything else.
func parsePeriod(v string) (period, bool) {
	v = strings.TrimSpace(v)
	date, tm, _ := strings.Cut(v, "T")
	if tm != "" {
		tm = "T" + tm
	}
	p := period{date: date, time: tm}
	num := func(s string) (int, bool) {
		if s == "" {
			return 0, false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	parts := strings.Split(date, "-")
	switch {
	case len(parts) == 1 && len(date) == 2:
		c, ok := num(date)
		if !ok {
			return p, false
		}
		p.start, p.end, p.gran = ymd(c*100, 1, 1), ymd(c*100+100, 1, 1), "century"
	case len(parts) == 1 && len(date) == 3:
		d, ok := num(date)
		if !ok {
			return p, false
		}
		p.start, p.end, p.gran = ymd(d*10, 1, 1), ymd(d*10+10, 1, 1), "decade"
	case len(parts) == 1 && len(date) == 4:
		y, ok := num(date)
		if !ok {
			return p, false
		}
		p.start, p.end, p.gran = ymd(y, 1, 1), ymd(y+1, 1, 1), "year"
	case len(parts) >= 2 && len(parts[0]) == 4:
		y, ok := num(parts[0])
		if !ok {
			return p, false
		}
		s := parts[1]
		switch {
		case len(parts) == 2 && len(s) == 2 && s[0] >= '0' && s[0] <= '9':
			m, ok := num(s)
			if !ok || m < 1 || m > 12 {
				return p, false
			}
			p.start, p.end, p.gran = ymd(y, m, 1), ymd(y, m+1, 1), "month"
		case len(parts) == 3 && len(s) == 2 && len(parts[2]) == 2 && s[0] >= '0' && s[0] <= '9':
			m, ok1 := num(s)
			d, ok2 := num(parts[2])
			if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 || ymd(y, m, d).Day() != d {
				return p, false
			}
			p.start, p.end, p.gran = ymd(y, m, d), ymd(y, m, d+1), "day"
		case strings.HasPrefix(s, "W") && len(s) == 3:
			w, ok := num(s[1:])
			if !ok || w < 1 || w > 53 {
				return p, false
			}
			// ISO week 1 holds January 4
			jan4 := ymd(y, 1, 4)
			monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
			p.start, p.end, p.gran = monday, monday.AddDate(0, 0, 7), "week"
			if len(parts) == 3 && parts[2] == "WE" {
				p.start = monday.AddDate(0, 0, 5)
			} else if len(parts) != 2 {
				return p, false
			}
		case len(parts) == 2 && (s == "SP" || s == "SU" || s == "FA" || s == "WI"):
			m := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
			p.start, p.end, p.gran = ymd(y, m, 1), ymd(y, m+3, 1), "season"
		case len(parts) == 2 && len(s) == 2 && s[0] == 'Q' && s[1] >= '1' && s[1] <= '4':
			q := int(s[1] - '0')
			p.start, p.end, p.gran = ymd(y, 3*q-2, 1), ymd(y, 3*q+1, 1), "quarter"
		case len(parts) == 2 && len(s) == 2 && s[0] == 'H' && (s[1] == '1' || s[1] == '2'):
			h := int(s[1] - '0')
			p.start, p.end, p.gran = ymd(y, 6*h-5, 1), ymd(y, 6*h+1, 1), "half"
		default:
			return p, false
		}
	default:
		return p, false
	}
	if tm != "" {
		if p.gran != "day" {
			return p, false
		}
		p.gran = "part-of-day"
		if strings.Contains(tm, ":") {
			p.gran = "time"
		}
	}
	return p, true
}

// within reports whether p lies inside q (equal counts).
func (p period) within(q period) bool {
	return !p.start.Before(q.start) && !p.end.After(q.end)
}

// compatible reports whether two dates can describe the same event: one
// contains the other, or both are days at most gap days apart.
func compatible(a, b period, gap int) bool {
	if a.within(b) || b.within(a) {
		if a.time != "" && b.time != "" && a.date == b.date && a.time != b.time {
			return a.gran == "part-of-day" || b.gran == "part-of-day" // "night" holds "22:00"
		}
		return true
	}
	if gap > 0 && a.end.Sub(a.start) <= 24*time.Hour && b.end.Sub(b.start) <= 24*time.Hour {
		d := a.start.Sub(b.start)
		if d < 0 {
			d = -d
		}
		return d <= time.Duration(gap)*24*time.Hour
	}
	return false
}

// finer reports whether p is a more specific date than q.
func (p period) finer(q period) bool {
	lp, lq := p.end.Sub(p.start), q.end.Sub(q.start)
	if lp != lq {
		return lp < lq
	}
	return p.time != "" && q.time == ""
}

func (p period) String() string { return fmt.Sprintf("%s%s", p.date, p.time) }
