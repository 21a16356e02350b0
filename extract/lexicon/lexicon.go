package lexicon

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// A TitleClass says what kind of word stands before a name.
type TitleClass uint8

// The title classes of data/titles.txt.
const (
	NoTitle    TitleClass = iota
	Honorific             // Mr, Dr, Sir: announces a name, never a role of its own
	Rank                  // General, Sgt.
	Office                // President, Mayor, Judge: announces a name when capitalised before it
	Role                  // Chief, Head, Executive: may stand before a name, does not alone announce one
	Occupation            // author, striker
	Modifier              // Prime, Foreign, former: joins a title but is none
)

var classNames = map[string]TitleClass{"honorific": Honorific, "rank": Rank, "office": Office, "role": Role,
	"occupation": Occupation, "modifier": Modifier}

// Sex is what a title says about its bearer.
type Sex uint8

// The values of [Sex].
const (
	Unknown Sex = iota
	Male
	Female
)

// TitleEntry is one title word.
type TitleEntry struct {
	Class TitleClass
	Sex   Sex
	// Canonical is the full word of an abbreviation or the main spelling
	// of a variant ("gen" → "general", "adviser" → "advisor"); the word
	// itself otherwise.
	Canonical string
}

// AnnouncesName reports whether the title, capitalised before a run of
// capitalised words, makes them a person's name ("Secretary Cyrus Vance").
func (e TitleEntry) AnnouncesName() bool {
	return e.Class == Honorific || e.Class == Rank || e.Class == Office
}

//go:embed data/titles.txt
var titlesTXT string

//go:embed data/calendar.txt
var calendarTXT string

//go:embed data/phrasal.txt
var phrasalTXT string

// phrasalLists is data/phrasal.txt read once: its verb–particle pairs and
// the particles they use.
type phrasalLists struct {
	pairs, particles map[string]bool
}

var phrasal = sync.OnceValue(func() phrasalLists {
	l := phrasalLists{pairs: map[string]bool{}, particles: map[string]bool{}}
	parse("phrasal.txt", phrasalTXT, 2, func(f []string) {
		l.pairs[f[0]+" "+f[1]] = true
		l.particles[f[1]] = true
	})
	return l
})

// Particle reports whether w (lower case) is one of the particles of
// [Phrasal] verbs: over, off, up, down, out, back, away.
func Particle(w string) bool { return phrasal().particles[w] }

// Phrasal reports whether a verb's lemma and a particle make a phrasal
// verb that takes an object after the particle ("take over the company",
// "call off the search"): data/phrasal.txt.
func Phrasal(lemma, particle string) bool {
	return phrasal().pairs[strings.ToLower(lemma)+" "+strings.ToLower(particle)]
}

//go:embed data/kinds.txt
var kindsTXT string

// kinds is data/kinds.txt read once: for a noun, the nouns of the
// descriptions that may stand for it.
var kinds = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	parse("kinds.txt", kindsTXT, 2, func(f []string) {
		m[f[0]] = append(m[f[0]], f[1])
	})
	return m
})

// Kinds returns the nouns (lemmas) of bare descriptions that may stand for
// a thing named with noun lemma w ("wildfire" → fire, blaze; "takeover" →
// deal, acquisition): data/kinds.txt. The result must not be modified.
func Kinds(w string) []string {
	v, _ := get(kinds(), w)
	return v
}

//go:embed data/verbs.txt
var verbsTXT string

var titles = sync.OnceValue(func() map[string]TitleEntry {
	m := map[string]TitleEntry{}
	parse("titles.txt", titlesTXT, 4, func(f []string) {
		e := TitleEntry{Class: classNames[f[1]], Canonical: f[0]}
		if e.Class == NoTitle {
			panic(fmt.Sprintf("lexicon: titles.txt: %s: unknown class %q", f[0], f[1]))
		}
		switch f[2] {
		case "m":
			e.Sex = Male
		case "f":
			e.Sex = Female
		}
		if f[3] != "-" {
			e.Canonical = f[3]
		}
		m[f[0]] = e
	})
	return m
})

// parse calls add with the fields of every line of an embedded list that is
// neither blank nor a comment. A malformed line is a programmer's error in
// an embedded file (a test reads every list), so it panics.
func parse(name, text string, fields int, add func([]string)) {
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != fields {
			panic(fmt.Sprintf("lexicon: %s:%d: %d fields, want %d", name, n, len(f), fields))
		}
		add(f)
	}
}

// get looks w up in m, ignoring case and a final period, without
// allocating for ASCII words up to 64 bytes.
func get[V any](m map[string]V, w string) (V, bool) {
	w = strings.TrimSuffix(w, ".")
	var buf [64]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(w)] // non-ASCII: rare
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// TitleInfo returns the entry of a title word, ignoring case and a final
// period ("Gen." → general, Rank), and whether w is one.
func TitleInfo(w string) (TitleEntry, bool) {
	return get(titles(), w)
}

// Title reports whether w is a title word of one of the classes given (of
// any class when none is given).
func Title(w string, classes ...TitleClass) bool {
	e, ok := TitleInfo(w)
	if !ok {
		return false
	}
	if len(classes) == 0 {
		return true
	}
	for _, c := range classes {
		if e.Class == c {
			return true
		}
	}
	return false
}

// CanonicalTitle returns the full form of a title word ("Gen." → "general",
// "adviser" → "advisor"), or w lower-cased without a final period when it is
// no title.
func CanonicalTitle(w string) string {
	if e, ok := TitleInfo(w); ok {
		return e.Canonical
	}
	return strings.ToLower(strings.TrimSuffix(w, "."))
}

// A CalendarKind says what a calendar word names.
type CalendarKind uint8

// The kinds of data/calendar.txt.
const (
	NotCalendar CalendarKind = iota
	Month                    // january (Value 1-12)
	MonthAbbr                // jan, sept (Value 1-12)
	Weekday                  // sunday (Value 0-6, as time.Weekday)
	RelativeDay              // today, yesterday, tomorrow, tonight
	Unit                     // year, weeks (Unit: the singular)
	DayPart                  // morning, night, weekend
	Season                   // spring, fall
	Holiday                  // christmas, ramadan
	Meridiem                 // am, p.m.
	Zone                     // gmt, edt
)

var kindNames = map[string]CalendarKind{"month": Month, "month-abbr": MonthAbbr, "weekday": Weekday,
	"relday": RelativeDay, "unit": Unit, "daypart": DayPart, "season": Season, "holiday": Holiday,
	"meridiem": Meridiem, "zone": Zone}

// CalendarEntry is one calendar word.
type CalendarEntry struct {
	Kind  CalendarKind
	Value int    // month 1-12 or weekday 0-6; 0 otherwise
	Unit  string // the singular unit of a Unit word
}

// TimeWord reports whether the entry heads a time expression: a month, a
// weekday, a relative day, a unit, a part of the day or a season (not a
// holiday, a meridiem or a time zone).
func (e CalendarEntry) TimeWord() bool {
	switch e.Kind {
	case Month, MonthAbbr, Weekday, RelativeDay, Unit, DayPart, Season:
		return true
	}
	return false
}

var calendar = sync.OnceValue(func() map[string]CalendarEntry {
	m := map[string]CalendarEntry{}
	parse("calendar.txt", calendarTXT, 3, func(f []string) {
		e := CalendarEntry{Kind: kindNames[f[1]]}
		if e.Kind == NotCalendar {
			panic(fmt.Sprintf("lexicon: calendar.txt: %s: unknown kind %q", f[0], f[1]))
		}
		switch e.Kind {
		case Month, MonthAbbr, Weekday:
			v, err := strconv.Atoi(f[2])
			if err != nil {
				panic(fmt.Sprintf("lexicon: calendar.txt: %s: %v", f[0], err))
			}
			e.Value = v
		case Unit:
			e.Unit = f[2]
		}
		m[f[0]] = e
	})
	return m
})

// Calendar returns the entry of a calendar word, ignoring case and a final
// period ("Sept." → MonthAbbr 9), and whether w is one.
func Calendar(w string) (CalendarEntry, bool) {
	return get(calendar(), w)
}

// TimeWord reports whether w heads a time expression (see
// [CalendarEntry.TimeWord]): "Tuesday", "March", "yesterday", "weeks".
func TimeWord(w string) bool {
	e, ok := Calendar(w)
	return ok && e.TimeWord()
}

// Calendars returns every word of the given kinds with its entry, for a
// caller that builds its own tables.
func Calendars(kinds ...CalendarKind) map[string]CalendarEntry {
	out := map[string]CalendarEntry{}
	for w, e := range calendar() {
		for _, k := range kinds {
			if e.Kind == k {
				out[w] = e
			}
		}
	}
	return out
}

// A VerbClass says whose claim a verb's clausal complement is.
type VerbClass uint8

// The classes of data/verbs.txt.
const (
	NotReporting VerbClass = iota
	Say                    // say, tell, add: a verb of saying or reporting
	Think                  // believe, think, predict
	Deny                   // deny, dispute: says its complement is false
	Quote                  // continue: continues or closes a quote without reporting a clause
)

var verbClassNames = map[string]VerbClass{"say": Say, "think": Think, "deny": Deny, "quote": Quote}

// verbLists is data/verbs.txt read once: the reporting classes and the
// two sets of other verbs it lists.
type verbLists struct {
	class              map[string]VerbClass
	factive, preventer map[string]bool
}

var verbs = sync.OnceValue(func() verbLists {
	l := verbLists{class: map[string]VerbClass{}, factive: map[string]bool{}, preventer: map[string]bool{}}
	parse("verbs.txt", verbsTXT, 2, func(f []string) {
		switch f[1] {
		case "factive":
			l.factive[f[0]] = true
		case "prevent":
			l.preventer[f[0]] = true
		default:
			c := verbClassNames[f[1]]
			if c == NotReporting {
				panic(fmt.Sprintf("lexicon: verbs.txt: %s: unknown class %q", f[0], f[1]))
			}
			l.class[f[0]] = c
		}
	})
	return l
})

// Factive reports whether a predicate's clausal complement is true
// whatever is said of the predicate ("did not know the plant had closed":
// it had): the "factive" lines of data/verbs.txt, verbs and adjectives.
// A factive predicate is not a reporting one (its [Verb] class is
// [NotReporting]).
func Factive(lemma string) bool {
	_, ok := get(verbs().factive, lemma)
	return ok
}

// Prevents reports whether a verb keeps its object from doing what a
// "from" gerund after it says ("barred him from working"): the "prevent"
// lines of data/verbs.txt. Such a verb is not a reporting one.
func Prevents(lemma string) bool {
	_, ok := get(verbs().preventer, lemma)
	return ok
}

// Verb returns the class of a verb's lemma ("say" → Say, "deny" → Deny),
// NotReporting for any other verb.
func Verb(lemma string) VerbClass {
	c, _ := get(verbs().class, lemma)
	return c
}

// Reporting reports whether a verb's clausal complement is someone's claim
// rather than the writer's: a verb of saying, thinking or denying.
func Reporting(lemma string) bool {
	switch Verb(lemma) {
	case Say, Think, Deny:
		return true
	}
	return false
}

// Speech reports whether a verb introduces, continues or closes a quote,
// so that its subject outside the quote is the quote's speaker: a verb of
// saying, or one of the Quote class ("continued").
func Speech(lemma string) bool {
	c := Verb(lemma)
	return c == Say || c == Quote
}
