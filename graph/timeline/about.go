package timeline

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/storygraph/storygraph/extract"
)

// Subject is the entity an entity timeline is about: its id (empty when
// the name denotes no entity and only argument text is matched) and the
// names it goes by.
type Subject struct {
	ID    string
	Names []string // canonical name and aliases, matched as whole words, case ignored
}

// AboutOptions tunes [About]. The zero value is ready to use.
type AboutOptions struct {
	Options
	// Published maps a document id to its publication date. An event no
	// sentence dates is anchored to the publication date of the earliest
	// document reporting it (news reports what just happened); the event
	// says so in [AboutEvent.Anchor]. Documents without a date leave
	// their undated events undated.
	Published map[string]time.Time
}

// AboutEvent is an event of an entity timeline: a timeline [Event] and
// where its date comes from.
type AboutEvent struct {
	Event
	// Anchor is "text" when a sentence gives the date, "published" when
	// it is the publication date of the report, "" when undated.
	Anchor string `json:"anchor,omitempty"`
}

// About returns everything facts say happened to or by one entity, in
// time order: the facts whose subject is the entity (what it did, said,
// underwent), and those whose object is the entity and whose relation names
// an event ("Apple fired Jobs", "the court rejected the appeal"), merged
// into events by [Build] (same-event reports from several documents become
// one event with their corroboration). States ("is", "has", "remains") are
// left out, as Build leaves them out of every timeline.
//
// An argument is the entity when its id is s.ID, or, for an argument that
// is no entity, when its text holds one of s.Names as whole words. Dates
// keep the granularity the text gives (day, month, year, ...); an event no
// sentence dates gets the publication date of its report (Anchor
// "published") when opts.Published knows it, and stays undated otherwise.
//
// Events come in time order (see Build); undated ones follow, in the order
// of their first report. About does not modify facts and is deterministic.
func About(facts []extract.Fact, s Subject, opts AboutOptions) []AboutEvent {
	is := s.Matcher()
	syn := synonymIndex(opts.Synonyms)
	var chosen []extract.Fact
	anchored := map[string]bool{} // fact ids dated by publication
	for _, f := range facts {
		subj := is(f.SubjectID, f.Subject)
		obj := !subj && is(f.ObjectID, f.Object) && eventVerbs[relationClass(f, syn)]
		if !subj && !obj {
			continue
		}
		f.Gate = "" // the caller chose the level
		if f.Date == "" {
			if d, ok := published(f, opts.Published); ok {
				f.Date, f.Granularity = d, "day"
				if f.ID == "" {
					f.SetID()
				}
				anchored[f.ID] = true
			}
		}
		chosen = append(chosen, f)
	}
	o := opts.Options
	if o.MaxUndated == 0 {
		o.MaxUndated = 1 << 30 // an entity's timeline lists every event
	}
	tl := Build(chosen, o)
	var out []AboutEvent
	for _, e := range tl.Events {
		a := AboutEvent{Event: e, Anchor: "text"}
		if !slices.ContainsFunc(e.Facts, func(id string) bool { return !anchored[id] }) {
			a.Anchor = "published"
		}
		out = append(out, a)
	}
	for _, e := range tl.Undated {
		out = append(out, AboutEvent{Event: e})
	}
	return out
}

// Matcher returns the test About applies to a fact's subject and object:
// whether an argument with entity id id (empty when it is no entity) and
// text text is s. It is safe for concurrent use.
func (s Subject) Matcher() func(id, text string) bool {
	match := namesPattern(s.Names)
	return func(id, text string) bool {
		if s.ID != "" && id == s.ID {
			return true
		}
		return id == "" && match != nil && match.MatchString(text)
	}
}

// published returns the earliest publication date of f's documents.
func published(f extract.Fact, dates map[string]time.Time) (string, bool) {
	var best time.Time
	for _, s := range f.Sources {
		if d, ok := dates[s.Doc]; ok && !d.IsZero() && (best.IsZero() || d.Before(best)) {
			best = d
		}
	}
	if best.IsZero() {
		return "", false
	}
	return best.UTC().Format("2006-01-02"), true
}

// namesPattern matches any of names as whole words, case ignored; nil when
// there is none.
func namesPattern(names []string) *regexp.Regexp {
	var alts []string
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			alts = append(alts, regexp.QuoteMeta(n))
		}
	}
	if len(alts) == 0 {
		return nil
	}
	slices.SortFunc(alts, func(a, b string) int { return len(b) - len(a) })
	return regexp.MustCompile(`(?i)(^|[^\pL\pN])(` + strings.Join(alts, "|") + `)($|[^\pL\pN])`)
}
