package temporal

import (
	"fmt"
	"time"
)

// day returns midnight UTC of the civil date y-m-d (normalised by time.Date).
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDate reports whether y-m-d is a real calendar date.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := day(y, m, d)
	return t.Day() == d && int(t.Month()) == m
}

func fmtYear(y int) string       { return fmt.Sprintf("%04d", y) }
func fmtMonth(y, m int) string   { return fmt.Sprintf("%04d-%02d", y, m) }
func fmtDay(t time.Time) string  { return t.Format("2006-01-02") }
func fmtWeek(t time.Time) string { y, w := t.ISOWeek(); return fmt.Sprintf("%04d-W%02d", y, w) }

// addMonths moves t by n calendar months, keeping year and month only.
func addMonths(t time.Time, n int) (y, m int) {
	k := t.Year()*12 + int(t.Month()) - 1 + n
	return floorDiv(k, 12), k - floorDiv(k, 12)*12 + 1
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// direction of a resolution: the tense's, or strictly before/after for
// "last"/"next".
type direction int

const (
	dirTense direction = iota
	dirBefore
	dirAfter
)

// pick chooses among candidate periods [start, end) the one the tense asks
// for, relative to ref (a day). Candidates are in time order.
func pick(ref time.Time, tense Tense, starts, ends []time.Time) int {
	refEnd := ref.AddDate(0, 0, 1)
	best := -1
	switch {
	case tense == Past:
		for i := range starts {
			if starts[i].Before(refEnd) {
				best = i
			}
		}
		return best
	case tense == Future:
		for i := range starts {
			if ends[i].After(ref) {
				return i
			}
		}
		return -1
	}
	// nearest; a period holding ref wins, ties go to the past
	var bestD time.Duration
	for i := range starts {
		var d time.Duration
		switch {
		case ends[i].After(ref) && starts[i].Before(refEnd):
			return i
		case !ends[i].After(ref):
			d = ref.Sub(ends[i]) + time.Nanosecond
		default:
			d = starts[i].Sub(ref)
		}
		if best < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// resolveMonthDay gives the date of month m, day d nearest ref in the
// direction of tense.
func resolveMonthDay(ref time.Time, tense Tense, m, d int) (time.Time, bool) {
	var starts, ends []time.Time
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if validDate(y, m, d) {
			t := day(y, m, d)
			starts = append(starts, t)
			ends = append(ends, t.AddDate(0, 0, 1))
		}
	}
	if m == 2 && d == 29 { // leap day: look further
		starts, ends = nil, nil
		for y := ref.Year() - 4; y <= ref.Year()+4; y++ {
			if validDate(y, m, d) {
				t := day(y, m, d)
				starts = append(starts, t)
				ends = append(ends, t.AddDate(0, 0, 1))
			}
		}
	}
	i := pick(ref, tense, starts, ends)
	if i < 0 {
		return time.Time{}, false
	}
	return starts[i], true
}

// resolveMonth gives the year of month m nearest ref in the direction asked.
func resolveMonth(ref time.Time, tense Tense, dir direction, m int) int {
	var starts, ends []time.Time
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		starts = append(starts, day(y, m, 1))
		ends = append(ends, day(y, m+1, 1))
	}
	// "last March" in March is a year ago: strictly before the month of ref
	if dir == dirBefore {
		y := ref.Year()
		if m >= int(ref.Month()) {
			y--
		}
		return y
	}
	if dir == dirAfter {
		y := ref.Year()
		if m <= int(ref.Month()) {
			y++
		}
		return y
	}
	i := pick(ref, tense, starts, ends)
	return starts[i].Year()
}

// resolveWeekday gives the date of weekday wd relative to ref: in a past
// clause the latest on or before ref, in a future one the earliest on or
// after, else the nearest (ties to the past); dirBefore and dirAfter are
// strictly before and after ref.
func resolveWeekday(ref time.Time, tense Tense, dir direction, wd int) time.Time {
	rw := int(ref.Weekday())
	back := (rw - wd + 7) % 7
	fwd := (wd - rw + 7) % 7
	switch dir {
	case dirBefore:
		if back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	case dirAfter:
		if fwd == 0 {
			fwd = 7
		}
		return ref.AddDate(0, 0, fwd)
	}
	switch tense {
	case Past:
		return ref.AddDate(0, 0, -back)
	case Future:
		return ref.AddDate(0, 0, fwd)
	}
	if back <= fwd {
		return ref.AddDate(0, 0, -back)
	}
	return ref.AddDate(0, 0, fwd)
}

// seasonIndex numbers seasons: year*4 + 0 (spring), 1 (summer), 2 (fall),
// 3 (winter, from December into the next year's February).
var seasonOrder = []string{"SP", "SU", "FA", "WI"}

func seasonOf(t time.Time) int {
	y, m := t.Year(), int(t.Month())
	switch {
	case m <= 2:
		return (y-1)*4 + 3
	case m <= 5:
		return y * 4
	case m <= 8:
		return y*4 + 1
	case m <= 11:
		return y*4 + 2
	}
	return y*4 + 3
}

func fmtSeason(idx int) string {
	return fmt.Sprintf("%04d-%s", floorDiv(idx, 4), seasonOrder[idx-floorDiv(idx, 4)*4])
}

// resolveSeason gives the season s (0..3) nearest ref in the direction asked.
func resolveSeason(ref time.Time, tense Tense, dir direction, s int) int {
	cur := seasonOf(ref)
	y := floorDiv(cur, 4)
	var cands []int
	for yy := y - 1; yy <= y+1; yy++ {
		cands = append(cands, yy*4+s)
	}
	best := -1
	for _, c := range cands {
		switch {
		case dir == dirBefore || (dir == dirTense && tense == Past):
			if c < cur || (c == cur && dir == dirTense) {
				best = c
			}
		case dir == dirAfter || (dir == dirTense && tense == Future):
			if best < 0 && (c > cur || (c == cur && dir == dirTense)) {
				best = c
			}
		default:
			if best < 0 || abs(c-cur) < abs(best-cur) {
				best = c
			}
		}
	}
	return best
}

func abs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

// resolvePart resolves a part of a year (quarter q of n parts) without a
// year: the current year unless the tense points away from it.
func resolvePart(ref time.Time, tense Tense, q, n int) int {
	cur := (int(ref.Month())-1)*n/12 + 1
	y := ref.Year()
	switch tense {
	case Past:
		if q > cur {
			y--
		}
	case Future:
		if q < cur {
			y++
		}
	}
	return y
}
