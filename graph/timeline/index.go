package timeline

import (
	"fmt"
	"slices"
	"strconv"
	"time"
)

// index files clusters under the keys a new fact can match them by: the
// sentence and trigger of a clause, the subject with the act and the
// object or one of its words (with and without the year), and the subject
// with the relation and the day. Looking a fact up reads a few short
// lists instead of every event.
type index struct {
	str     *interner
	m       map[ikey]int32 // key → position in buckets
	buckets []bucket
	// compared counts the clusters looked at, to show the cost is linear
	compared int
	// stamp numbers look-ups (see cluster.seen)
	stamp int
	keys  []ikey // lookupKeys' buffer
	// dates memoises around's dates for a date value, as interned
	// numbers (those no fact has are left out: nothing is filed under them)
	dates map[[2]int32][]int32
}

// ikey is an index key: its kind and up to three interned strings.
//
//	'c' clause key                      (see clauseKey)
//	'o' subject, act, object            'g' subject, act, object words joined
//	'w' subject, act, word of a text    'W' subject, act, word of an entity's name
//	'e' subject, act, date              's' subject, act
//	'a' subject, act, year (or "*")     'd' subject, relation, day
//	'h' happening, day
type ikey struct {
	kind    byte
	a, b, c int32
}

// bucket is the clusters filed under one key, in the order they were
// filed, and the same as a set once the list is long.
type bucket struct {
	cs  []*cluster
	has map[*cluster]struct{}
}

func newIndex(str *interner) *index {
	return &index{str: str, m: map[ikey]int32{}, dates: map[[2]int32][]int32{}}
}

// list returns the clusters filed under k.
func (ix *index) list(k ikey) []*cluster {
	if i, ok := ix.m[k]; ok {
		return ix.buckets[i].cs
	}
	return nil
}

func (ix *index) put(c *cluster, k ikey) {
	i, ok := ix.m[k]
	if !ok {
		i = int32(len(ix.buckets))
		ix.m[k] = i
		ix.buckets = append(ix.buckets, bucket{})
	}
	b := &ix.buckets[i]
	if b.has != nil {
		if _, ok := b.has[c]; ok {
			return
		}
		b.has[c] = struct{}{}
	} else if slices.Contains(b.cs, c) {
		return
	} else if len(b.cs) >= smallMax {
		b.has = make(map[*cluster]struct{}, 2*len(b.cs))
		for _, x := range b.cs {
			b.has[x] = struct{}{}
		}
		b.has[c] = struct{}{}
	}
	b.cs = append(b.cs, c)
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

// wordKind is the kind of the keys a member's object words are filed
// under: 'w' for words of a text object, 'W' for words of an entity's name
// (cluster.idWords), which only match a member whose object is text (see
// cluster.fits). A fact about an entity then never reads the clusters of
// other facts about entities that share a name word with it: on a hub
// those lists are long and none of them fits.
func wordKind(objIDs bool) byte {
	if objIDs {
		return 'W'
	}
	return 'w'
}

// file adds c under the keys of its new member m.
func (ix *index) file(c *cluster, m *member) {
	for _, k := range m.clauID {
		ix.put(c, ikey{kind: 'c', a: k})
	}
	for _, s := range m.subjID {
		for _, k := range m.keyID {
			if m.objID >= 0 {
				ix.put(c, ikey{'o', s, k, m.objID})
			}
			if m.gID >= 0 {
				ix.put(c, ikey{'g', s, k, m.gID})
			}
			for _, w := range m.wordID {
				ix.put(c, ikey{wordKind(m.objIDs), s, k, w})
			}
			if m.dated {
				ix.put(c, ikey{'e', s, k, m.dateID})
				ix.put(c, ikey{'s', s, k, -1})
				for _, y := range m.yearID {
					ix.put(c, ikey{'a', s, k, y})
				}
			}
		}
		if m.dated && m.p.end.Sub(m.p.start) <= 24*time.Hour {
			ix.put(c, ikey{'d', s, m.relID, m.dateID})
		}
	}
	if m.hapID >= 0 && m.dated && m.p.end.Sub(m.p.start) <= 24*time.Hour {
		ix.put(c, ikey{'h', m.hapID, m.dateID, -1})
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

// aroundIDs is around for m's date as interned numbers, memoised by date
// value (around depends on the calendar part alone), leaving out the
// dates no fact has; ok is false when around is nil.
func (ix *index) aroundIDs(m *member, gap int) (ids []int32, ok bool) {
	memo := [2]int32{m.dateID, int32(gap)}
	if ids, ok := ix.dates[memo]; ok {
		return ids, ids != nil
	}
	ds := around(m.p, gap)
	if ds != nil {
		ids = make([]int32, 0, len(ds))
		for _, d := range ds {
			if id, ok := ix.str.find(d); ok {
				ids = append(ids, id)
			}
		}
	}
	ix.dates[memo] = ids
	return ids, ids != nil
}

// gather appends the last maxBucket clusters under k to out.
func (ix *index) gather(out []*cluster, k ikey) []*cluster {
	b := ix.list(k)
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
// subject, relation and day. The result is valid until the next call.
func (ix *index) lookupKeys(m *member, byDate bool, gap int) []ikey {
	out := ix.keys[:0]
	for _, k := range m.clauID {
		out = append(out, ikey{kind: 'c', a: k})
	}
	var dates []int32
	byDates := false
	if byDate && m.dated {
		dates, byDates = ix.aroundIDs(m, gap)
	}
	for _, s := range m.subjID {
		for _, k := range m.keyID {
			if byDates {
				for _, d := range dates {
					out = append(out, ikey{'e', s, k, d})
				}
				continue
			}
			if m.objID >= 0 {
				out = append(out, ikey{'o', s, k, m.objID})
			}
			for _, w := range m.wordID {
				out = append(out, ikey{'w', s, k, w})
				if !m.objIDs {
					out = append(out, ikey{'W', s, k, w})
				}
			}
		}
		if m.dated {
			out = append(out, ikey{'d', s, m.relID, m.dateID})
		}
	}
	if m.hapID >= 0 && m.dated {
		out = append(out, ikey{'h', m.hapID, m.dateID, -1})
	}
	ix.keys = out
	return out
}

// first returns the earliest created cluster for which ok holds among
// those filed under m's lookup keys, reading each key's list only up to
// its first match (and at most maxBucket entries).
func (ix *index) first(m *member, byDate bool, gap int, ok func(*cluster) bool) *cluster {
	var best *cluster
	ix.stamp++
	for _, k := range ix.lookupKeys(m, byDate, gap) {
		b := ix.list(k)
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
// returned with a count of one; a statement goes to the one whose words
// it shares most, when one shares more than the others.
func (ix *index) upTo2(m *member, ok func(*cluster) bool) (*cluster, int) {
	var buf [8]*cluster
	found := buf[:0]
	ix.stamp++
	for _, k := range ix.lookupKeys(m, false, 0) {
		for i, c := range ix.list(k) {
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
			if c.hasDoc(s.Doc) {
				own = c
				n++
				break
			}
		}
	}
	if n == 1 {
		return own, 1
	}
	if saying[m.rel] {
		// a statement several events of its speaker fit: the one whose
		// words it shares most, when one does
		var best *cluster
		top, second := -1, -1
		for _, c := range found {
			switch o := c.overlap(m); {
			case o > top:
				best, top, second = c, o, top
			case o > second:
				second = o
			}
		}
		if top > second {
			return best, 1
		}
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
	var ys []int32
	for _, y := range []int{t.Year(), t.Year() - 1} {
		if id, ok := ix.str.find(strconv.Itoa(y)); ok {
			ys = append(ys, id)
		}
	}
	if len(ys) == 0 {
		return nil
	}
	var out []*cluster
	for _, s := range m.subjID {
		for _, k := range m.keyID {
			for _, y := range ys {
				out = ix.gather(out, ikey{'a', s, k, y})
			}
		}
	}
	return sortUnique(out)
}

// byActAnyDate returns the dated clusters sharing a subject and an act
// with m.
func (ix *index) byActAnyDate(m *member) []*cluster {
	var out []*cluster
	for _, s := range m.subjID {
		for _, k := range m.keyID {
			out = ix.gather(out, ikey{'s', s, k, -1})
		}
	}
	return sortUnique(out)
}

// conflicting returns the other dated clusters that report the same event
// as c (a shared subject, the same relation class, and a member with the
// same object or the same object words) on a date incompatible with c's;
// "the framework" and "the peace treaty" are two things signed, not one
// thing dated twice. It only reads ix (events are made in parallel) and
// returns how many clusters it compared.
func (ix *index) conflicting(c *cluster, gap int) ([]*cluster, int) {
	if !c.dated {
		return nil, 0
	}
	var cands []*cluster
	for _, m := range c.members {
		for _, s := range m.subjID {
			if m.objID >= 0 {
				cands = ix.gather(cands, ikey{'o', s, m.relID, m.objID})
			}
			if m.gID >= 0 {
				cands = ix.gather(cands, ikey{'g', s, m.relID, m.gID})
			}
		}
	}
	var out []*cluster
	n := len(cands)
	for _, o := range sortUnique(cands) {
		if o != c && o.dated && !compatible(o.p, c.p, gap) {
			out = append(out, o)
		}
	}
	return out, n
}
