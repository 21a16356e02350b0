package temporal

import (
	"strconv"
	"time"

	"github.com/storygraph/storygraph/extract/nlp"
)

// offsetFrom moves a date the clause reaches through a counted span
// before or after another event to the clause's own time: "rewired two
// days before the crash on March 14" is March 12, "resigned a week after
// the election on May 3" May 10, "two years after its founding in 2019"
// 2021. ok is false when the clause is so placed but its own date cannot
// be read at the date's granularity ("days before the vote on May 3", "a
// week before the robbery in March"): the anchor's date is then not the
// clause's either. A date with no counted span before "before" or
// "after" ("arrested after the riots of June 3", "hours after the crash
// on Sunday") is returned as it is.
func offsetFrom(s *nlp.Sentence, timexes []Timex, tx Timex) (Timex, bool) {
	if tx.Inherited || tx.Start <= 0 || tx.Start > len(s.Tokens) {
		return tx, true
	}
	a := anchorWord(s, tx)
	if a < 1 {
		return tx, true
	}
	sign := 1
	if lower(s.Tokens[a].Text) == "before" {
		sign = -1
	}
	// the counted span right before "before" / "after"
	n, unit := 0, ""
	for _, d := range timexes {
		if d.Type == TypeDuration && d.End == a && d.Start < a {
			n, unit = spanCount(d.Value)
			if unit == "" {
				return Timex{}, false // "days before", "several weeks after"
			}
		}
	}
	if unit == "" {
		// "the day after the vote on May 3", "the week before"
		w := lower(s.Tokens[a-1].Text)
		if countedUnits[w] && w[len(w)-1] == 's' {
			return Timex{}, false // "days before the election on May 3"
		}
		if a >= 2 && (w == "day" || w == "week") && (lower(s.Tokens[a-2].Text) == "the" || lower(s.Tokens[a-2].Text) == "a") {
			n, unit = 1, map[string]string{"day": "D", "week": "W"}[w]
		}
	}
	if unit == "" || n == 0 {
		return tx, true
	}
	v, ok := shiftValue(tx.Value, sign*n, unit)
	if !ok {
		return Timex{}, false
	}
	tx.Value, tx.Time = v, ""
	switch len(v) {
	case 4:
		tx.Granularity = "year"
	case 7:
		tx.Granularity = "month"
	case 10:
		tx.Granularity = "day"
	}
	return tx, true
}

// anchorWord returns the "before" or "after" that places the date tx as
// the time of another event: right before it ("three days after May 3")
// or before the noun phrase the date closes ("two days before the crash on
// March 14", "after its founding in 2019"); -1 when there is none.
func anchorWord(s *nlp.Sentence, tx Timex) int {
	k := tx.Start - 1
	if tx.Prep == "before" || tx.Prep == "after" {
		return k
	}
	switch tx.Prep {
	case "on", "in", "of", "":
	default:
		return -1
	}
	if tx.Prep != "" {
		k-- // the preposition
	}
	for n := 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		t := s.Tokens[k]
		switch l := lower(t.Text); {
		case l == "before" || l == "after":
			return k
		case t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "DET" || t.UPOS == "ADJ" || t.XPOS == "PRP$" || t.XPOS == "POS":
		default:
			return -1
		}
	}
	return -1
}

// spanCount reads a duration value with a known count of days, weeks,
// months or years ("P2D", "P1W", "P3M", "P10Y"); unit is "" otherwise.
func spanCount(v string) (int, string) {
	if len(v) < 3 || v[0] != 'P' || v[1] == 'T' {
		return 0, ""
	}
	unit := v[len(v)-1:]
	switch unit {
	case "D", "W", "M", "Y":
	default:
		return 0, ""
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n <= 0 {
		return 0, ""
	}
	return n, unit
}

// shiftValue moves a date value by n units (D, W, M, Y), keeping its
// granularity; ok is false when the shift is finer than the value
// ("a week before March").
func shiftValue(v string, n int, unit string) (string, bool) {
	switch len(v) {
	case 10:
		d, err := time.Parse("2006-01-02", v)
		if err != nil {
			return "", false
		}
		switch unit {
		case "D":
			d = d.AddDate(0, 0, n)
		case "W":
			d = d.AddDate(0, 0, 7*n)
		case "M":
			d = d.AddDate(0, n, 0)
		case "Y":
			d = d.AddDate(n, 0, 0)
		}
		return d.Format("2006-01-02"), true
	case 7:
		d, err := time.Parse("2006-01", v)
		if err != nil {
			return "", false
		}
		switch unit {
		case "M":
			return d.AddDate(0, n, 0).Format("2006-01"), true
		case "Y":
			return d.AddDate(n, 0, 0).Format("2006-01"), true
		}
	case 4:
		y, err := strconv.Atoi(v)
		if err != nil || unit != "Y" {
			return "", false
		}
		return strconv.Itoa(y + n), true
	}
	return "", false
}
