package timeline

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// index files clusters under the keys a new fact can match them by: the
// sentence and trigger of a clause, the subject with the act and the
// object or one of its words (with and without the year), and the subject
// with the relation and the day. Looking a fact up reads a few short
// lists instead of every event.
type index struct {
	m map[string][]*cluster
	// compared counts the clusters looked at, to show the cost is linear
	compared int
	// stamp numbers look-ups (see cluster.seen)
	stamp int
}

func newIndex() *index { return &index{m: map[string][]*cluster{}} }

func (ix *index) put(c *cluster, k string) {
	if c.indexed[k] {
		return
	}
	c.indexed[k] = true
	ix.m[k] = append(ix.m[k], c)
}

// years lists the year buckets of a date: its years when it spans at most
// three, else "*".
func years(p period) []string {
	y0, y1 := p.start.Year(), p.end.AddDate(0, 0, -1).Year()
	if y1-y0 > 2 {
		return []string{"*"}
	}
	var out []string
	for y := y0; y <= y1; y++ {
		out = append(out, strconv.Itoa(y))
	}
	return out
}

// wordKey is the prefix of the keys a member's object words are filed
// under: "w" for words of a text object, "W" for words of an entity's name
// (cluster.idWords), which only match a member whose object is text (see
// cluster.fits). A fact about an entity then never reads the clusters of
// other facts about entities that share a name word with it: on a hub
// those lists are long and none of them fits.
func wordKey(objIDs bool) string {
	if objIDs {
		return "W\x00"
	}
	return "w\x00"
}

// file adds c under the keys of its new member m.
func (ix *index) file(c *cluster, m *member) {
	for _, k := range m.claus {
		ix.put(c, "c\x00"+k)
	}
	for _, s := range m.subjs {
		for _, k := range m.keys {
			sk := s + "\x00" + k + "\x00"
			if m.obj != "" {
				ix.put(c, "o\x00"+sk+m.obj)
			}
			if len(m.words) > 0 {
				ix.put(c, "g\x00"+sk+strings.Join(m.words, " "))
			}
			for _, w := range m.words {
				ix.put(c, wordKey(m.objIDs)+sk+w)
			}
			if m.dated {
				ix.put(c, "e\x00"+sk+m.p.date)
				ix.put(c, "s\x00"+sk)
				for _, y := range years(m.p) {
					ix.put(c, "a\x00"+sk+y)
				}
			}
		}
		if m.dated && m.p.end.Sub(m.p.start) <= 24*time.Hour {
			ix.put(c, "d\x00"+s+"\x00"+m.rel+"\x00"+m.p.date)
		}
	}
}

// around lists the dates a cluster compatible with p may be filed under:
// p's own, the periods holding it (its month, week, quarter, half,
// season, year, decade, century) and, for a month, its days; with a gap,
// the days that near. nil when p is coarser than a month: then every
// date of the subject and act is a candidate.
func around(p period, gap int) []string {
	if p.end.Sub(p.start) > 31*24*time.Hour {
		return nil
	}
	out := []string{p.date}
	t := p.start
	y, w := t.ISOWeek()
	out = append(out, t.Format("2006-01"), t.Format("2006"), t.Format("2006")[:3], t.Format("2006")[:2],
		fmt.Sprintf("%04d-W%02d", y, w), fmt.Sprintf("%04d-W%02d-WE", y, w),
		fmt.Sprintf("%d-Q%d", t.Year(), (int(t.Month())-1)/3+1), fmt.Sprintf("%d-H%d", t.Year(), (int(t.Month())-1)/6+1))
	switch m := int(t.Month()); {
	case m >= 3 && m <= 5:
		out = append(out, fmt.Sprintf("%d-SP", t.Year()))
	case m >= 6 && m <= 8:
		out = append(out, fmt.Sprintf("%d-SU", t.Year()))
	case m >= 9 && m <= 11:
		out = append(out, fmt.Sprintf("%d-FA", t.Year()))
	case m == 12:
		out = append(out, fmt.Sprintf("%d-WI", t.Year()))
	default:
		out = append(out, fmt.Sprintf("%d-WI", t.Year()-1))
	}
	switch {
	case p.gran == "month":
		for d := p.start; d.Before(p.end); d = d.AddDate(0, 0, 1) {
			out = append(out, d.Format("2006-01-02"))
			if d.Weekday() == time.Monday || d.Equal(p.start) {
				y, w := d.ISOWeek()
				out = append(out, fmt.Sprintf("%04d-W%02d", y, w), fmt.Sprintf("%04d-W%02d-WE", y, w))
			}
		}
	case p.gran == "week":
		for d := p.start; d.Before(p.end); d = d.AddDate(0, 0, 1) {
			out = append(out, d.Format("2006-01-02"), d.Format("2006-01"))
		}
	case gap > 0:
		for k := 1; k <= gap && k <= 7; k++ {
			out = append(out, t.AddDate(0, 0, k).Format("2006-01-02"), t.AddDate(0, 0, -k).Format("2006-01-02"))
		}
	}
	return out
}

// gather appends the last maxBucket clusters under k to out.
func (ix *index) gather(out []*cluster, k string) []*cluster {
	b := ix.m[k]
	if len(b) > maxBucket {
		b = b[len(b)-maxBucket:]
	}
	return append(out, b...)
}

// sortUnique orders clusters by creation and drops repeats.
func sortUnique(cs []*cluster) []*cluster {
	slices.SortFunc(cs, func(a, b *cluster) int { return a.id - b.id })
	return slices.CompactFunc(cs, func(a, b *cluster) bool { return a == b })
}

// lookupKeys returns the index keys under which the clusters m may join
// are filed: the same clause, or a shared subject and act with the object
// or one of its words; with byDate (m is dated), a shared subject and act
// with a date that may be compatible with m's (see around), and the same
// subject, relation and day.
func (ix *index) lookupKeys(m *member, byDate bool, gap int) []string {
	var out []string
	for _, k := range m.claus {
		out = append(out, "c\x00"+k)
	}
	var dates []string
	if byDate && m.dated {
		dates = around(m.p, gap)
	}
	for _, s := range m.subjs {
		for _, k := range m.keys {
			sk := s + "\x00" + k + "\x00"
			if dates != nil {
				for _, d := range dates {
					out = append(out, "e\x00"+sk+d)
				}
				continue
			}
			if m.obj != "" {
				out = append(out, "o\x00"+sk+m.obj)
			}
			for _, w := range m.words {
				out = append(out, "w\x00"+sk+w)
				if !m.objIDs {
					out = append(out, "W\x00"+sk+w)
				}
			}
		}
		if m.dated {
			out = append(out, "d\x00"+s+"\x00"+m.rel+"\x00"+m.p.date)
		}
	}
	return out
}

// first returns the earliest created cluster for which ok holds among
// those filed under m's lookup keys, reading each key's list only up to
// its first match (and at most maxBucket entries).
func (ix *index) first(m *member, byDate bool, gap int, ok func(*cluster) bool) *cluster {
	var best *cluster
	ix.stamp++
	for _, k := range ix.lookupKeys(m, byDate, gap) {
		b := ix.m[k]
		for i, c := range b {
			if i == maxBucket || best != nil && c.id >= best.id {
				break
			}
			if c.seen == ix.stamp {
				continue // failed under an earlier key
			}
			c.seen = ix.stamp
			ix.compared++
			if ok(c) {
				best = c
				break
			}
		}
	}
	return best
}

// upTo2 returns a cluster for which ok holds among those filed under m's
// lookup keys and how many distinct ones there are, counting no further
// than two. When several fit but exactly one of the first eight shares a
// document with m (a headline and its own article's lead), that one is
// returned with a count of one.
func (ix *index) upTo2(m *member, ok func(*cluster) bool) (*cluster, int) {
	var found []*cluster
	ix.stamp++
	for _, k := range ix.lookupKeys(m, false, 0) {
		for i, c := range ix.m[k] {
			if i == maxBucket || len(found) == 8 {
				break
			}
			if c.seen == ix.stamp {
				continue
			}
			c.seen = ix.stamp
			ix.compared++
			if !ok(c) {
				continue
			}
			found = append(found, c)
		}
	}
	switch len(found) {
	case 0:
		return nil, 0
	case 1:
		return found[0], 1
	}
	var own *cluster
	n := 0
	for _, c := range found {
		for _, s := range m.f.Sources {
			if slices.Contains(c.docs, s.Doc) {
				own = c
				n++
				break
			}
		}
	}
	if n == 1 {
		return own, 1
	}
	return found[0], 2
}

// candidates returns every cluster filed under m's lookup keys (each
// key's last maxBucket), in creation order.
func (ix *index) candidates(m *member, byDate bool, gap int) []*cluster {
	var out []*cluster
	for _, k := range ix.lookupKeys(m, byDate, gap) {
		out = ix.gather(out, k)
	}
	return sortUnique(out)
}

// byAct returns the clusters sharing a subject and an act with m that
// hold a date of the year of t (or of the year before).
func (ix *index) byAct(m *member, t time.Time) []*cluster {
	var out []*cluster
	for _, s := range m.subjs {
		for _, k := range m.keys {
			for _, y := range []int{t.Year(), t.Year() - 1} {
				out = ix.gather(out, "a\x00"+s+"\x00"+k+"\x00"+strconv.Itoa(y))
			}
		}
	}
	return sortUnique(out)
}

// byActAnyDate returns the dated clusters sharing a subject and an act
// with m.
func (ix *index) byActAnyDate(m *member) []*cluster {
	var out []*cluster
	for _, s := range m.subjs {
		for _, k := range m.keys {
			out = ix.gather(out, "s\x00"+s+"\x00"+k+"\x00")
		}
	}
	return sortUnique(out)
}

// conflicting returns the other dated clusters that report the same event
// as c (a shared subject, the same relation class, and a member with the
// same object or the same object words) on a date incompatible with c's;
// "the framework" and "the peace treaty" are two things signed, not one
// thing dated twice.
func (ix *index) conflicting(c *cluster, gap int) []*cluster {
	if !c.dated {
		return nil
	}
	var cands []*cluster
	for _, m := range c.members {
		for _, s := range m.subjs {
			sk := s + "\x00" + m.rel + "\x00"
			if m.obj != "" {
				cands = ix.gather(cands, "o\x00"+sk+m.obj)
			}
			if len(m.words) > 0 {
				cands = ix.gather(cands, "g\x00"+sk+strings.Join(m.words, " "))
			}
		}
	}
	var out []*cluster
	ix.compared += len(cands)
	for _, o := range sortUnique(cands) {
		if o != c && o.dated && !compatible(o.p, c.p, gap) {
			out = append(out, o)
		}
	}
	return out
}
