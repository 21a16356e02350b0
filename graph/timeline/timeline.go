package timeline

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/storygraph/storygraph/extract"
)

// Options tunes [Build]. The zero value is ready to use.
type Options struct {
	// MaxDayGap lets two day dates this many days apart still be the same
	// event (sources disagreeing by a day); 0 means dates must be equal or
	// one must contain the other.
	MaxDayGap int
	// MaxUndated caps Timeline.Undated; 0 means 25, a negative value
	// leaves undated events out.
	MaxUndated int
	// Synonyms adds groups of relation lemmas that name the same kind of
	// event to the built-in list (sign/ink, meet/hold talks, back/endorse/
	// support, ...).
	Synonyms [][]string
}

// member is one fact as Build sees it.
type member struct {
	f      extract.Fact
	order  int // index in the input
	p      period
	dated  bool
	subj   string
	rel    string // canonical relation class
	obj    string
	objIDs bool
	words  map[string]bool // content words of the object
}

// cluster is an event under construction.
type cluster struct {
	members []*member
	p       period
	dated   bool
	docs    []string
	negated []*member // negated reports of the same event
}

// Build merges facts into a timeline. Facts whose Date is a calendar value
// (see package doc) and that are not negated become events; facts that
// describe the same event are merged: same subject (SubjectID, else the
// lower-cased name), compatible relation lemmas (equal or synonyms),
// compatible objects (same ObjectID, or shared content words, or both
// empty) and compatible dates (equal, one containing the other, or days
// within Options.MaxDayGap). An undated fact joins a dated event when it
// matches exactly one; otherwise, if its relation is an event verb
// ("meet", "sign", "attack", ... not "say" or "be"), it goes to Undated,
// merged the same way, ranked by corroboration and capped. Facts that
// match on subject, relation and object but have incompatible dates stay
// separate events, each naming the other's date in Conflicts; a negated
// report of an event ("did not sign") is named there too. Raw extractions
// (a non-empty [extract.Fact.Gate]) are left out.
//
// Events are sorted by date (start of the period, coarser first), then
// time of day, then the position of their earliest fact in facts, so the
// order the sources give is kept within a day. Build is deterministic and
// does not modify facts. It takes O(n·e) time for n facts and e events.
func Build(facts []extract.Fact, opts Options) Timeline {
	syn := synonymIndex(opts.Synonyms)
	var dated, undated, negated []*member
	for i, f := range facts {
		m := &member{f: f, order: i}
		m.subj = key(f.SubjectID, f.Subject)
		m.obj = key(f.ObjectID, f.Object)
		m.objIDs = f.ObjectID != ""
		m.rel = relationClass(f, syn)
		m.words = contentWords(f.Object)
		if f.Gate != "" || m.subj == "" || m.rel == "" || stative[m.rel] {
			continue // raw extractions are not events
		}
		if f.Date != "" {
			m.p, m.dated = parsePeriod(f.Date)
		}
		switch {
		case f.Negated:
			negated = append(negated, m)
		case m.dated:
			dated = append(dated, m)
		default:
			undated = append(undated, m)
		}
	}

	var events []*cluster
	for _, m := range dated {
		var into *cluster
		for _, c := range events {
			if c.datesFit(m.p, opts.MaxDayGap) && (c.fits(m) || c.sameDay(m)) {
				into = c
				break
			}
		}
		if into == nil {
			into = &cluster{p: m.p, dated: true}
			events = append(events, into)
		}
		into.add(m)
	}

	var loose []*cluster
	for _, m := range undated {
		var match *cluster
		n := 0
		for _, c := range events {
			if c.fits(m) {
				match = c
				n++
			}
		}
		if n == 1 {
			match.add(m)
			continue
		}
		if n > 1 || !eventVerbs[m.rel] {
			continue
		}
		var into *cluster
		for _, c := range loose {
			if c.fits(m) {
				into = c
				break
			}
		}
		if into == nil {
			into = &cluster{}
			loose = append(loose, into)
		}
		into.add(m)
	}
	for _, m := range negated {
		for _, c := range events {
			if c.fits(m) && (!m.dated || compatible(c.p, m.p, opts.MaxDayGap)) {
				c.negated = append(c.negated, m)
			}
		}
	}

	tl := Timeline{}
	for _, c := range events {
		tl.Events = append(tl.Events, c.event(events, opts.MaxDayGap))
	}
	order := func(c *cluster) int { return c.members[0].order }
	idx := make([]int, len(events))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		a, b := events[i], events[j]
		if c := a.p.start.Compare(b.p.start); c != 0 {
			return c
		}
		if c := b.p.end.Compare(a.p.end); c != 0 { // coarser first
			return c
		}
		if c := cmp.Compare(a.p.intraday(), b.p.intraday()); c != 0 {
			return c
		}
		return cmp.Compare(order(a), order(b))
	})
	sorted := make([]Event, len(idx))
	for k, i := range idx {
		sorted[k] = tl.Events[i]
	}
	tl.Events = sorted

	max := opts.MaxUndated
	if max == 0 {
		max = 25
	}
	if max > 0 {
		slices.SortStableFunc(loose, func(a, b *cluster) int {
			if c := cmp.Compare(len(b.docs), len(a.docs)); c != 0 {
				return c
			}
			if c := cmp.Compare(len(b.members), len(a.members)); c != 0 {
				return c
			}
			return cmp.Compare(order(a), order(b))
		})
		for _, c := range loose {
			if len(tl.Undated) == max {
				break
			}
			tl.Undated = append(tl.Undated, c.event(nil, 0))
		}
	}
	return tl
}

func (c *cluster) add(m *member) {
	c.members = append(c.members, m)
	if m.dated && (!c.dated || m.p.finer(c.p)) {
		c.p, c.dated = m.p, true
	}
	for _, s := range m.f.Sources {
		if !slices.Contains(c.docs, s.Doc) {
			c.docs = append(c.docs, s.Doc)
		}
	}
}

// datesFit reports whether date p fits every dated member of c.
func (c *cluster) datesFit(p period, gap int) bool {
	for _, m := range c.members {
		if m.dated && !compatible(m.p, p, gap) {
			return false
		}
	}
	return true
}

// fits reports whether m describes the same event as some member of c,
// dates aside (single linkage: subject and relation class are shared by
// all members, objects chain through shared words).
func (c *cluster) fits(m *member) bool {
	for _, o := range c.members {
		if sameEvent(o, m) {
			return true
		}
	}
	return false
}

// sameDay reports whether m has the same subject and relation class as c
// and the same day as one of c's members, and the objects are not two
// different entities: one actor doing one kind of thing on one day is one
// event however the sources phrase its object ("met Trump", "met on
// Dec. 28 at Mar-a-Lago").
func (c *cluster) sameDay(m *member) bool {
	if !m.dated || m.p.end.Sub(m.p.start) > 24*time.Hour || speech[m.rel] {
		return false
	}
	for _, o := range c.members {
		if o.subj != m.subj || o.rel != m.rel || !o.dated || o.p.date != m.p.date {
			continue
		}
		if o.objIDs && m.objIDs && o.obj != m.obj {
			continue
		}
		return true
	}
	return false
}

// speech relation classes: one person says many different things on one
// day, so statements merge only when their content overlaps.
var speech = map[string]bool{"say": true, "tell": true, "state": true, "add": true, "note": true,
	"write": true, "declare": true, "announce": true, "warn": true, "stress": true, "emphasize": true}

// sameEvent compares participants and relations, not dates. Two facts
// read off one clause (same sentence, same trigger, same subject: open IE's
// alternative splits "invaded; Ukraine; in 2014" and "invaded Ukraine in;
// 2014") are one event.
func sameEvent(a, b *member) bool {
	if a.subj == b.subj && a.f.Trigger != "" && strings.EqualFold(a.f.Trigger, b.f.Trigger) && shareSource(a.f, b.f) {
		return true
	}
	if a.subj != b.subj || a.rel != b.rel {
		return false
	}
	if a.obj == b.obj {
		return true
	}
	if a.obj == "" || b.obj == "" {
		return false
	}
	if a.objIDs && b.objIDs {
		return false // two different entities
	}
	for w := range a.words { // set intersection; order does not matter
		if b.words[w] {
			return true
		}
	}
	return false
}

// shareSource reports whether two facts come from one sentence.
func shareSource(a, b extract.Fact) bool {
	for _, x := range a.Sources {
		for _, y := range b.Sources {
			if x.Doc == y.Doc && x.Offset == y.Offset {
				return true
			}
		}
	}
	return false
}

// event turns a cluster into an Event; all lists the other dated clusters
// for conflicts (those describing the same event on an incompatible date).
func (c *cluster) event(all []*cluster, gap int) Event {
	// the representative is the fact that gave the event its date, the
	// most confident one among equals, the earliest among those
	rep := c.members[0]
	better := func(m *member) bool {
		mt := m.dated && m.p == c.p
		rt := rep.dated && rep.p == c.p
		if mt != rt {
			return mt
		}
		return m.f.Confidence > rep.f.Confidence
	}
	for _, m := range c.members[1:] {
		if better(m) {
			rep = m
		}
	}
	e := Event{
		Subject: rep.f.Subject, Relation: rep.f.Relation, Object: rep.f.Object,
		Trigger: rep.f.Trigger, Corroboration: len(c.docs),
	}
	if e.Trigger == "" {
		e.Trigger = rep.f.Relation
	}
	if c.dated {
		e.Date, e.Time, e.Granularity = c.p.date, c.p.time, c.p.gran
		if c.p.time != "" {
			e.Granularity = "day"
		}
	}
	seen := map[string]bool{}
	for _, m := range c.members {
		for _, s := range m.f.Sources {
			k := fmt.Sprintf("%s\x00%d", s.Doc, s.Offset)
			if !seen[k] {
				seen[k] = true
				e.Sources = append(e.Sources, s)
			}
		}
		if m.f.ID != "" && !slices.Contains(e.Facts, m.f.ID) {
			e.Facts = append(e.Facts, m.f.ID)
		}
	}
	slices.SortStableFunc(e.Sources, func(a, b extract.Source) int {
		if c := cmp.Compare(a.Doc, b.Doc); c != 0 {
			return c
		}
		return cmp.Compare(a.Offset, b.Offset)
	})
	for _, o := range all {
		if o == c || !o.dated || !o.fits(rep) || compatible(o.p, c.p, gap) {
			continue
		}
		msg := fmt.Sprintf("date %s reported by %s", o.p, strings.Join(o.docs, ", "))
		if !slices.Contains(e.Conflicts, msg) {
			e.Conflicts = append(e.Conflicts, msg)
		}
	}
	for _, m := range c.negated {
		var docs []string
		for _, s := range m.f.Sources {
			docs = append(docs, s.Doc)
		}
		msg := fmt.Sprintf("negated by %s: %s", strings.Join(docs, ", "), strings.TrimSpace(m.f.Subject+" not "+m.f.Relation+" "+m.f.Object))
		if !slices.Contains(e.Conflicts, msg) {
			e.Conflicts = append(e.Conflicts, msg)
		}
	}
	return e
}

// key is an entity id, else a normalised lower-case name.
func key(id, name string) string {
	if id != "" {
		return id
	}
	name = strings.ToLower(strings.Join(strings.Fields(name), " "))
	for _, p := range []string{"the ", "a ", "an "} {
		name = strings.TrimPrefix(name, p)
	}
	return name
}

var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"for": true, "and": true, "or": true, "with": true, "by": true, "from": true, "its": true,
	"his": true, "her": true, "their": true, "this": true, "that": true, "these": true, "those": true,
	"new": true, "more": true, "some": true, "all": true, "it": true, "as": true, "be": true,
}

// contentWords returns the lower-cased words of s that carry content.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		if len(w) > 1 && !stopWords[w] {
			out[strings.TrimSuffix(w, "s")] = true
		}
	}
	return out
}
