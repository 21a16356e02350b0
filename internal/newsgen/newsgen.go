// Package newsgen writes a deterministic synthetic news corpus for
// benchmarks: articles of realistic length (about 5 KB, 30 to 50
// sentences; or, from [NewShort], short stories of 1 to 3 paragraphs and
// about 200 words, like regional or science briefs) about recurring
// people, organisations and places, with publication dates, dated events,
// quotes and the boilerplate lines (bylines, share buttons, "Read more"
// links, copyright notices) that cleaning removes. The same seed always
// gives the same corpus, byte for byte.
package newsgen

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// Article is one generated story.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"` // YYYY-MM-DD
	Source    string `json:"source"`
	Text      string `json:"text"`
}

// Generator produces articles; build one with [New].
type Generator struct {
	r      *rand.Rand
	people []person
	orgs   []string
	places []string
	zp     *rand.Zipf
	zo     *rand.Zipf
	zl     *rand.Zipf
	start  time.Time
	n      int
	short  bool
}

type person struct{ first, last, title string }

// New returns a generator seeded with seed.
func New(seed uint64) *Generator {
	r := rand.New(rand.NewPCG(seed, 0x5709))
	g := &Generator{r: r, start: time.Date(2021, 1, 4, 0, 0, 0, 0, time.UTC)}
	// A cast of people, organisations and places that recur across
	// articles with a skewed frequency, as in a newsroom's output.
	seen := map[string]bool{}
	for len(g.people) < 1500 {
		p := person{first: firstNames[r.IntN(len(firstNames))], last: surnames[r.IntN(len(surnames))],
			title: titles[r.IntN(len(titles))]}
		if !seen[p.first+" "+p.last] {
			seen[p.first+" "+p.last] = true
			g.people = append(g.people, p)
		}
	}
	for len(g.orgs) < 600 {
		pat := orgPatterns[r.IntN(len(orgPatterns))]
		a, b := orgWords[r.IntN(len(orgWords))], orgWords[r.IntN(len(orgWords))]
		o := strings.Replace(strings.Replace(pat, "%s", a, 1), "%s", b, 1)
		if !seen[o] {
			seen[o] = true
			g.orgs = append(g.orgs, o)
		}
	}
	g.places = append(g.places, cities...)
	g.zp = rand.NewZipf(r, 1.1, 8, uint64(len(g.people)-1))
	g.zo = rand.NewZipf(r, 1.1, 8, uint64(len(g.orgs)-1))
	g.zl = rand.NewZipf(r, 1.2, 4, uint64(len(g.places)-1))
	return g
}

// NewShort returns a generator seeded with seed that writes short
// stories: 1 to 3 paragraphs (about 200 words, 1.3 KB a story) with the
// cast, dates and boilerplate of [New]'s articles. The cast is that of
// New with the same seed.
func NewShort(seed uint64) *Generator {
	g := New(seed)
	g.short = true
	return g
}

// Next returns the next article.
func (g *Generator) Next() Article {
	r := g.r
	g.n++
	pub := g.start.AddDate(0, 0, g.n/12)
	cast := []person{g.person(), g.person(), g.person()}
	orgs := []string{g.org(), g.org()}
	place := g.place()
	var b strings.Builder
	// boilerplate before the story
	fmt.Fprintf(&b, "By %s %s, %s\n", firstNames[r.IntN(len(firstNames))], surnames[r.IntN(len(surnames))], sources[r.IntN(len(sources))])
	fmt.Fprintf(&b, "%s\n", pick(r, topBoiler))
	b.WriteString("\n")
	var paras int
	if g.short {
		paras = 1 + r.IntN(3)
	} else {
		paras = 11 + r.IntN(7)
	}
	for p := range paras {
		var n int
		if g.short {
			// briefs: fewer but fuller paragraphs
			n = 4 + r.IntN(5)
		} else {
			n = 3 + r.IntN(3)
		}
		for s := range n {
			if s > 0 {
				b.WriteString(" ")
			}
			b.WriteString(g.sentence(cast, orgs, place, pub))
		}
		b.WriteString("\n\n")
		if p == paras/2 {
			fmt.Fprintf(&b, "Read more: %s\n\n", g.headline(cast, orgs, place))
		}
		if p == paras/3 {
			b.WriteString(pick(r, midBoiler) + "\n\n")
		}
	}
	fmt.Fprintf(&b, "%s\n", pick(r, endBoiler))
	fmt.Fprintf(&b, "Copyright %d %s. All rights reserved.\n", pub.Year(), sources[r.IntN(len(sources))])
	return Article{
		ID:        fmt.Sprintf("news-%06d", g.n),
		Title:     g.headline(cast, orgs, place),
		Published: pub.Format("2006-01-02"),
		Source:    sources[r.IntN(len(sources))],
		Text:      b.String(),
	}
}

// WriteJSONL writes n articles as JSON Lines (the fields storygraph build
// reads: id, title, published, source, text) and returns the bytes
// written.
func (g *Generator) WriteJSONL(w io.Writer, n int) (int64, error) {
	cw := &countWriter{w: w}
	enc := json.NewEncoder(cw)
	enc.SetEscapeHTML(false)
	for range n {
		if err := enc.Encode(g.Next()); err != nil {
			return cw.n, err
		}
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func (g *Generator) person() person { return g.people[g.zp.Uint64()] }
func (g *Generator) org() string    { return g.orgs[g.zo.Uint64()] }
func (g *Generator) place() string  { return g.places[g.zl.Uint64()] }

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

func (g *Generator) headline(cast []person, orgs []string, place string) string {
	h := pick(g.r, headlines)
	return strings.NewReplacer("{P}", cast[0].last, "{O}", orgs[0], "{L}", place).Replace(h)
}

// sentence fills a template; the first mention of a person in an article
// carries the title and full name, later ones mostly the surname or a
// pronoun, as reporters write.
func (g *Generator) sentence(cast []person, orgs []string, place string, pub time.Time) string {
	r := g.r
	t := pick(r, templates)
	p := cast[r.IntN(len(cast))]
	q := cast[r.IntN(len(cast))]
	full := func(x person) string {
		switch r.IntN(3) {
		case 0:
			return x.title + " " + x.first + " " + x.last
		case 1:
			return x.first + " " + x.last
		}
		return x.last
	}
	day := pub.AddDate(0, 0, -r.IntN(6))
	date := day.Format("January 2")
	if r.IntN(3) == 0 {
		date = day.Weekday().String()
	}
	o := orgs[r.IntN(len(orgs))]
	if r.IntN(4) == 0 {
		o = g.org()
	}
	rep := strings.NewReplacer(
		"{P}", full(p), "{Q}", full(q), "{PL}", p.last, "{O}", o, "{L}", place, "{L2}", g.place(),
		"{D}", date, "{N}", fmt.Sprint(2+r.IntN(980)), "{M}", fmt.Sprintf("%d.%d", 1+r.IntN(90), r.IntN(10)),
		"{Y}", fmt.Sprint(pub.Year()+1+r.IntN(3)), "{T}", pick(r, topics), "{V}", pick(r, verbs))
	return rep.Replace(t)
}

var templates = []string{
	"{P} said on {D} that {O} would {V} its plans for {T} in {L}.",
	"{O} announced on {D} that it had agreed to buy a stake in {O2} for ${M} million.",
	"Speaking to reporters in {L}, {P} said the talks with {Q} had been difficult but useful.",
	"\"We will not accept a deal that leaves {L} worse off,\" {PL} said.",
	"{P} met {Q} in {L} on {D} to discuss {T}.",
	"The agreement, signed in {L2} on {D}, covers {N} projects and runs until {Y}.",
	"According to {O}, about {N} people were affected by the changes to {T}.",
	"{PL} told the committee that the budget for {T} would rise by {M} percent next year.",
	"Officials at {O} declined to comment on the report.",
	"The decision was welcomed by residents of {L}, where {N} jobs depend on {T}.",
	"Critics, including {Q}, argued that the plan for {T} was rushed.",
	"{O} said its revenue grew {M} percent in the quarter, beating forecasts.",
	"Police in {L} arrested {N} people after protests against the {T} policy on {D}.",
	"{P}, who has led {O} since {Y0}, is expected to step down before {Y}.",
	"Shares of {O} fell {M} percent on {D} after the announcement.",
	"A spokesman for {O} said the company would {V} its investment in {L2}.",
	"The minister visited {L} on {D} and promised new funding for {T}.",
	"In a statement, {O} said it remained committed to {T}.",
	"{PL} later said he had not been informed of the decision.",
	"Negotiations between {O} and the government of {L2} are due to resume on {D}.",
	"The court in {L} ruled on {D} that the {T} contract was lawful.",
	"{Q} described the proposal as a step in the right direction.",
	"Analysts expect {O} to report its results in {Y}.",
	"More than {N} delegates attended the conference on {T} in {L}.",
	"{P} will travel to {L2} next week for talks on {T}.",
}

func init() {
	// templates with a second organisation or a past year
	for i, t := range templates {
		templates[i] = strings.NewReplacer("{O2}", "{O}", "{Y0}", "2015").Replace(t)
	}
}

var headlines = []string{
	"{P} pledges new support for {L}",
	"{O} shares slide after profit warning",
	"Talks in {L} end without agreement",
	"{O} to cut jobs as demand falls",
	"Protests grow over {L} plan",
	"{P} defends budget before committee",
	"{O} wins contract in {L}",
}

var topBoiler = []string{"Share this article", "Share on Facebook Share on Twitter Email", "Listen to this article", "Advertisement"}
var midBoiler = []string{"Advertisement", "Sign up for our newsletter", "Click here to subscribe"}
var endBoiler = []string{"Follow us on Twitter", "Comments are closed.", "Related topics", "Share this article"}

var sources = []string{"The Daily Ledger", "Northern Courier", "Metro Wire", "Evening Chronicle", "Coastal Herald"}

var topics = []string{"housing", "energy", "public transport", "water supply", "health care", "fisheries",
	"steel", "broadband", "flood defences", "school funding", "tourism", "port expansion"}

var verbs = []string{"review", "expand", "delay", "cancel", "accelerate", "reconsider"}

var titles = []string{"President", "Minister", "Senator", "Governor", "Mayor", "Dr.", "Chief Executive", "Judge", "Ambassador", "Professor"}

var firstNames = []string{"Anna", "Omar", "Li", "Maria", "James", "Fatima", "Pierre", "Elena", "Kwame", "Sofia",
	"David", "Ingrid", "Rahul", "Chen", "Laura", "Tomas", "Aisha", "Peter", "Yuki", "Carlos", "Helen", "Ivan",
	"Grace", "Mehmet", "Nadia", "Paul", "Sara", "Victor", "Zainab", "Robert", "Mei", "Hugo", "Olga", "Samuel",
	"Lucia", "Ahmed", "Clara", "Daniel", "Eva", "Felix"}

var surnames = []string{"Lindqvist", "Haddad", "Okafor", "Moreau", "Tanaka", "Novak", "Schmidt", "Kowalski",
	"Reyes", "Mensah", "Petrov", "Dubois", "Fischer", "Costa", "Nakamura", "Adeyemi", "Brennan", "Castillo",
	"Horvat", "Jansen", "Kader", "Larsen", "Mbeki", "Nilsen", "Ortega", "Pereira", "Quinn", "Rossi", "Sato",
	"Varga", "Walsh", "Yilmaz", "Zhou", "Abbott", "Bauer", "Carver", "Draper", "Ellison", "Fontaine", "Garrido",
	"Hartmann", "Ibsen", "Jaramillo", "Keller", "Lomax", "Marchetti", "Ndiaye", "Oduya", "Pacheco", "Rahman"}

var orgPatterns = []string{"%s %s Holdings", "%s Bank", "Ministry of %s", "%s %s Group", "%s University",
	"%s Energy", "%s Airlines", "%s Council", "%s %s Partners", "%s Institute"}

var orgWords = []string{"Northgate", "Silverline", "Aurora", "Meridian", "Kestrel", "Harbour", "Summit", "Crescent",
	"Pinewood", "Redstone", "Bluewater", "Ironbridge", "Lakeside", "Oakfield", "Granite", "Westmoor", "Falcon",
	"Beacon", "Cobalt", "Evergreen", "Highland", "Riverside", "Sterling", "Trident", "Valley", "Windmill"}

var cities = []string{"London", "Paris", "Nairobi", "Lagos", "Berlin", "Madrid", "Lisbon", "Warsaw", "Cairo",
	"Istanbul", "Tokyo", "Seoul", "Mumbai", "Jakarta", "Sydney", "Toronto", "Chicago", "Mexico City", "Lima",
	"Santiago", "Oslo", "Helsinki", "Athens", "Rome", "Vienna", "Prague", "Dublin", "Accra", "Dakar", "Hanoi",
	"Manila", "Bangkok", "Karachi", "Dhaka", "Kyiv", "Bucharest", "Budapest", "Brussels", "Geneva", "Boston"}
