package temporal

import (
	"testing"
	"time"
)

// A made-up news story read sentence by sentence; verb is the clause
// asked about, want the date Context.Attach gives ("" none) and inherited
// whether it came from the focus.
var contextStory = []struct {
	spec      string
	verb      int
	want      string
	inherited bool
}{
	{"Leaders|NNS|2|nsubj met|VBD|0|root|meet in|IN|4|case Paris|NNP|2|obl on|IN|6|case Tuesday|NNP|2|obl ~.|.|2|punct", 1, "2026-01-06", false},
	{"Britain|NNP|2|nsubj signed|VBD|0|root|sign a|DT|4|det declaration|NN|2|obj ~.|.|2|punct", 1, "2026-01-06", true},
	{"It|PRP|3|nsubj:pass was|VBD|3|aux:pass welcomed|VBN|0|root|welcome ~.|.|3|punct", 2, "2026-01-06", true},
	{"Russia|NNP|3|nsubj has|VBZ|3|aux rejected|VBN|0|root|reject the|DT|5|det plan|NN|3|obj ~.|.|3|punct", 2, "", false},
	{"Moscow|NNP|2|nsubj says|VBZ|0|root|say no|UH|2|obj ~.|.|2|punct", 1, "", false},
	{"On|IN|4|case the|DT|4|det same|JJ|4|amod day|NN|7|obl ~,|,|7|punct drones|NNS|7|nsubj attacked|VBD|0|root|attack a|DT|9|det depot|NN|7|obj ~.|.|7|punct", 6, "2026-01-06", false},
	{"Talks|NNS|3|nsubj will|MD|3|aux resume|VB|0|root on|IN|5|case Wednesday|NNP|3|obl ~.|.|3|punct", 2, "2026-01-07", false},
	{"Putin|NNP|2|nsubj attended|VBD|0|root|attend a|DT|4|det service|NN|2|obj ~.|.|2|punct", 1, "2026-01-06", true},
	// the clause after "since" starts a period before the day in focus
	{"Staff|NNS|2|nsubj grew|VBD|0|root|grow since|IN|5|mark it|PRP|5|nsubj bought|VBD|2|advcl|buy the|DT|7|det site|NN|5|obj ~.|.|2|punct", 4, "", false},
	{"A|DT|2|det day|NN|3|obl:npmod earlier|RBR|5|advmod ~,|,|5|punct envoys|NNS|6|nsubj arrived|VBD|0|root|arrive ~.|.|6|punct", 5, "2026-01-05", false},
	// a clock time alone is on the day in focus, not the publication day
	{"Guards|NNS|2|nsubj left|VBD|0|root|leave shortly|RB|6|advmod after|IN|6|case 8|CD|6|nummod a.m.|NN|2|obl ~.|.|2|punct", 1, "2026-01-05", false},
	{"Russia|NNP|2|nsubj invaded|VBD|0|root|invade Ukraine|NNP|2|obj in|IN|5|case 2014|CD|2|obl ~.|.|2|punct", 1, "2014", false},
	{"Troops|NNS|2|nsubj crossed|VBD|0|root|cross the|DT|4|det border|NN|2|obj ~.|.|2|punct", 1, "", false},
}

func TestContext(t *testing.T) {
	c := NewContext(ref0)
	if _, ok := c.Focus(); ok {
		t.Fatalf("new Context has a focus")
	}
	for i, st := range contextStory {
		s := sent(st.spec)
		txs := c.Find(s)
		got, ok := c.Attach(s, txs, st.verb)
		if st.want == "" {
			if ok {
				t.Errorf("sentence %d %q: Attach = %v, want none", i, s.Text, got)
			}
			continue
		}
		if !ok || got.Value != st.want || got.Inherited != st.inherited {
			t.Errorf("sentence %d %q: Attach = %v (inherited %v), %v; want %s (inherited %v)", i, s.Text, got, got.Inherited, ok, st.want, st.inherited)
		}
		if got.Inherited && (got.Start != -1 || got.Head != st.verb) {
			t.Errorf("sentence %d: inherited date has Start %d Head %d", i, got.Start, got.Head)
		}
	}
}

func TestContextWithoutFocus(t *testing.T) {
	c := NewContext(ref0)
	s := sent("Troops|NNS|2|nsubj crossed|VBD|0|root|cross the|DT|4|det border|NN|2|obj ~.|.|2|punct")
	if got, ok := c.Attach(s, c.Find(s), 1); ok {
		t.Errorf("Attach without focus = %v, want none (no fallback to the publication date)", got)
	}
	// without an anchor "that day" is not read at all
	s = sent("That|DT|2|det day|NN|4|obl:tmod troops|NNS|4|nsubj crossed|VBD|0|root|cross")
	if txs := Find(s, ref0); len(txs) != 0 {
		t.Errorf("Find(%q) = %v, want nothing without an anchor", s.Text, txs)
	}
	if txs := c.Find(s); len(txs) != 0 {
		t.Errorf("Context.Find(%q) without focus = %v, want nothing", s.Text, txs)
	}
}

var startsByTests = []struct {
	v    string
	want bool
}{
	{"2026-01-06", true}, {"2026-01-07", false}, {"2026-01", true}, {"2026-02", false},
	{"2026", true}, {"2027", false}, {"2026-W02", true}, {"199", true}, {"203", false}, {"20", true},
}

func TestStartsBy(t *testing.T) {
	for _, tt := range startsByTests {
		if got := startsBy(tt.v, ref0); got != tt.want {
			t.Errorf("startsBy(%q, %s) = %v, want %v", tt.v, ref0.Format(time.DateOnly), got, tt.want)
		}
	}
}

// TestContextFutureDateNoFocus: a date read in a future clause ("will be
// free until March 31") is no focus, so later past clauses without a date
// of their own stay undated instead of taking it (with a wrong year when
// read as past).
func TestContextFutureDateNoFocus(t *testing.T) {
	c := NewContext(ref0)
	first := sent("Tickets|NNS|3|nsubj:pass were|VBD|3|aux:pass sold|VBN|0|root|sell at|IN|6|case a|DT|6|det discount|NN|3|obl ~,|,|11|punct but|CC|11|cc will|MD|11|aux be|VB|11|cop free|JJ|3|conj for|IN|13|case members|NNS|11|obl until|IN|15|case March|NNP|13|nmod 31|CD|15|nummod ~.|.|3|punct")
	txs := c.Find(first)
	if got, ok := c.Attach(first, txs, 2); ok {
		t.Errorf("%q: the past verb got %v from the future clause's date", first.Text, got)
	}
	if f, ok := c.Focus(); ok {
		t.Errorf("focus %v after a future date", f)
	}
	next := sent("The|DT|2|det club|NN|3|nsubj said|VBD|0|root|say refunds|NNS|6|nsubj:pass were|VBD|6|aux:pass offered|VBN|3|ccomp|offer ~.|.|3|punct")
	if got, ok := c.Attach(next, c.Find(next), 2); ok {
		t.Errorf("%q inherited %v", next.Text, got)
	}
}

// TestContextPastSayingNoFutureDate: a forecast's day the parse hung on
// the verb of saying is not when it was said.
func TestContextPastSayingNoFutureDate(t *testing.T) {
	c := NewContext(ref0)
	s := sent("She|PRP|2|nsubj added|VBD|0|root|add that|IN|6|mark rain|NN|6|nsubj was|VBD|6|cop possible|JJ|2|ccomp|possible on|IN|8|case Saturday|NNP|2|obl ~.|.|2|punct")
	txs := c.Find(s)
	if len(txs) != 1 || txs[0].Value != "2026-01-10" {
		t.Fatalf("Find(%q) = %v, want Saturday 2026-01-10", s.Text, txs)
	}
	if got, ok := c.Attach(s, txs, 1); ok {
		t.Errorf("%q: the saying got %v, after the day of publication", s.Text, got.Value)
	}
}

// TestContextAttributiveDateNoFocus: a date that names what a noun is
// ("since the September 11 attacks", "the 2008 crisis") is no time of its
// clause, so the sentences after it do not inherit it.
func TestContextAttributiveDateNoFocus(t *testing.T) {
	c := NewContext(ref0)
	first := sent("Shares|NNS|2|nsubj fell|VBD|0|root|fall on|IN|4|case Monday|NNP|2|obl to|IN|7|case their|PRP$|7|nmod:poss lowest|JJS|2|obl since|IN|12|case the|DT|12|det September|NNP|12|compound 11|CD|10|nummod attacks|NNS|7|nmod ~.|.|2|punct")
	c.Find(first)
	next := sent("Banks|NNS|2|nsubj lost|VBD|0|root|lose 3|CD|4|nummod percent|NN|2|obj ~.|.|2|punct")
	got, ok := c.Attach(next, c.Find(next), 1)
	if !ok || got.Value != "2026-01-05" {
		t.Errorf("%q: Attach = %v, %v; want the Monday in focus (2026-01-05), not the attributive date", next.Text, got, ok)
	}
}

// TestContextBackgroundNoInheritance: a date that only describes a noun
// (a relative clause or participle under a main clause that narrates
// nothing in the simple past) or sits in a participial aside is no
// scene later clauses continue; under a main clause in the simple past it
// is. An event said to last years happened on no one day.
func TestContextBackgroundNoInheritance(t *testing.T) {
	next := "Shares|NNS|2|nsubj rose|VBD|0|root|rise 3|CD|4|nummod percent|NN|2|obj ~.|.|2|punct"
	tests := []struct {
		name, first, next string
		verb              int
		want              string
	}{
		{"relative clause, present main clause",
			"The|DT|2|det plan|NN|10|nsubj ~,|,|6|punct which|WDT|6|nsubj:pass was|VBD|6|aux:pass approved|VBN|2|acl:relcl|approve on|IN|8|case Monday|NNP|6|obl ~,|,|6|punct costs|VBZ|0|root|cost millions|NNS|10|obj ~.|.|10|punct",
			next, 1, ""},
		{"participle after a noun, modal main clause",
			"Exercise|NN|3|nsubj may|MD|3|aux help|VB|0|root ~,|,|8|punct according|VBG|8|case to|TO|5|fixed a|DT|8|det study|NN|3|obl published|VBN|8|acl|publish on|IN|11|case Monday|NNP|9|obl ~.|.|3|punct",
			"Researchers|NNS|2|nsubj followed|VBD|0|root|follow 900|CD|4|nummod people|NNS|2|obj ~.|.|2|punct", 1, ""},
		{"participial aside",
			"Police|NNS|2|nsubj confirmed|VBD|0|root|confirm two|CD|4|nummod arrests|NNS|2|obj ~,|,|6|punct contradicting|VBG|2|advcl|contradict a|DT|8|det statement|NN|6|obj on|IN|10|case Monday|NNP|6|obl ~.|.|2|punct",
			"The|DT|2|det chief|NN|3|nsubj apologised|VBD|0|root|apologise ~.|.|3|punct", 2, ""},
		{"relative clause, past main clause",
			"The|DT|2|det mayor|NN|9|nsubj ~,|,|5|punct who|WP|5|nsubj visited|VBD|2|acl:relcl|visit on|IN|7|case Monday|NNP|5|obl ~,|,|5|punct praised|VBD|0|root|praise crews|NNS|9|obj ~.|.|9|punct",
			"She|PRP|2|nsubj thanked|VBD|0|root|thank volunteers|NNS|2|obj ~.|.|2|punct", 1, "2026-01-05"},
		{"for years",
			"A|DT|2|det clerk|NN|4|nsubj:pass was|VBD|4|aux:pass jailed|VBN|0|root|jail on|IN|6|case Monday|NNP|4|obl ~.|.|4|punct",
			"He|PRP|2|nsubj stole|VBD|0|root|steal cash|NN|2|obj for|IN|6|case five|CD|6|nummod years|NNS|2|obl ~.|.|2|punct", 1, ""},
		{"over years",
			"A|DT|2|det clerk|NN|4|nsubj:pass was|VBD|4|aux:pass jailed|VBN|0|root|jail on|IN|6|case Monday|NNP|4|obl ~.|.|4|punct",
			"He|PRP|2|nsubj moved|VBD|0|root|move cash|NN|2|obj over|IN|6|advmod five|CD|6|nummod years|NNS|2|obl ~.|.|2|punct", 1, ""},
		{"a day later, not a duration of the event",
			"A|DT|2|det clerk|NN|4|nsubj:pass was|VBD|4|aux:pass jailed|VBN|0|root|jail on|IN|6|case Monday|NNP|4|obl ~.|.|4|punct",
			"His|PRP$|2|nmod:poss wife|NN|3|nsubj wept|VBD|0|root|weep ~.|.|3|punct", 2, "2026-01-05"},
	}
	for _, tt := range tests {
		c := NewContext(ref0)
		c.Find(sent(tt.first))
		s := sent(tt.next)
		got, ok := c.Attach(s, c.Find(s), tt.verb)
		switch {
		case tt.want == "" && ok:
			t.Errorf("%s: %q inherited %v", tt.name, s.Text, got.Value)
		case tt.want != "" && (!ok || got.Value != tt.want):
			t.Errorf("%s: %q: Attach = %v, %v; want %s", tt.name, s.Text, got.Value, ok, tt.want)
		}
	}
}

// paragraphStep is one sentence of a made-up story: whether it opens a
// paragraph, its parse, the clause asked about and the date Attach gives
// it ("" none).
type paragraphStep struct {
	para bool
	spec string
	verb int
	want string
}

// TestContextParagraphs: a day named after the lead is the focus within
// its paragraph only; across a paragraph break a clause goes on from the
// lead's day (a new speaker, an aside, the next part of the story), not
// from the day of backstory, of a quote or of a sidebar named last.
func TestContextParagraphs(t *testing.T) {
	const (
		leadTuesday  = "Firefighters|NNS|2|nsubj reached|VBD|0|root|reach the|DT|4|det village|NN|2|obj on|IN|6|case Tuesday|NNP|2|obl ~.|.|2|punct"
		crewsCleared = "Crews|NNS|2|nsubj cleared|VBD|0|root|clear the|DT|4|det road|NN|2|obj ~.|.|2|punct"
		startSunday  = "The|DT|2|det blaze|NN|3|nsubj started|VBD|0|root|start on|IN|5|case Sunday|NNP|3|obl ~.|.|3|punct"
		itSpread     = "It|PRP|2|nsubj spread|VBD|0|root|spread quickly|RB|2|advmod ~.|.|2|punct"
		mayorThanked = "The|DT|2|det mayor|NN|3|nsubj thanked|VBD|0|root|thank volunteers|NNS|3|obj ~.|.|3|punct"
		sheVisited   = "She|PRP|2|nsubj visited|VBD|0|root|visit a|DT|4|det shelter|NN|2|obj ~.|.|2|punct"
		ownerSaid    = "The|DT|2|det owner|NN|3|nsubj said|VBD|0|root|say nothing|NN|3|obj ~.|.|3|punct"
		quoteMonday  = "~\"|``|5|punct We|PRP|5|nsubj:pass were|VBD|5|aux:pass warned|VBN|0|root|warn on|IN|7|case Monday|NNP|5|obl ~,|,|5|punct ~\"|''|5|punct he|PRP|11|nsubj said|VBD|5|parataxis|say ~.|.|5|punct"
		guardSent    = "The|DT|2|det governor|NN|3|nsubj sent|VBD|0|root|send troops|NNS|3|obj on|IN|6|case Monday|NNP|3|obl ~.|.|3|punct"
	)
	tests := []struct {
		name  string
		steps []paragraphStep
	}{
		{"backstory day, then a new paragraph", []paragraphStep{
			{true, leadTuesday, 1, "2026-01-06"},
			{false, crewsCleared, 1, "2026-01-06"},
			{true, startSunday, 2, "2026-01-04"},
			{false, itSpread, 1, "2026-01-04"}, // the same paragraph goes on from Sunday
			{true, mayorThanked, 2, "2026-01-06"},
			{false, sheVisited, 1, "2026-01-06"},
		}},
		{"a quote's day", []paragraphStep{
			{true, leadTuesday, 1, "2026-01-06"},
			{true, quoteMonday, 4, "2026-01-05"},
			{true, ownerSaid, 2, "2026-01-06"},
		}},
		{"a sidebar's day, two paragraphs on", []paragraphStep{
			{true, leadTuesday, 1, "2026-01-06"},
			{true, guardSent, 2, "2026-01-05"},
			{true, itSpread, 1, "2026-01-06"},
			{true, mayorThanked, 2, "2026-01-06"},
		}},
		{"the lead's day stays the story's after a later one", []paragraphStep{
			{true, startSunday, 2, "2026-01-04"},
			{true, leadTuesday, 1, "2026-01-06"},
			{true, mayorThanked, 2, "2026-01-04"},
		}},
		{"a lead without a day: the first paragraph that names one", []paragraphStep{
			{true, crewsCleared, 1, ""},
			{true, startSunday, 2, "2026-01-04"},
			{true, guardSent, 2, "2026-01-05"},
			{false, itSpread, 1, "2026-01-05"},
			{true, mayorThanked, 2, "2026-01-04"},
			// a saying paragraphs after a lead of days before
			// publication was gathered since, on a day not given
			{true, ownerSaid, 2, ""},
		}},
		{"no paragraphs known (one sentence a line)", []paragraphStep{
			{false, leadTuesday, 1, "2026-01-06"},
			{false, startSunday, 2, "2026-01-04"},
			{false, mayorThanked, 2, "2026-01-04"},
		}},
	}
	for _, tt := range tests {
		c := NewContext(ref0)
		for i, st := range tt.steps {
			if st.para {
				c.Paragraph()
			}
			s := sent(st.spec)
			got, ok := c.Attach(s, c.Find(s), st.verb)
			switch {
			case st.want == "" && ok:
				t.Errorf("%s, sentence %d %q: got %v, want none", tt.name, i, s.Text, got.Value)
			case st.want != "" && (!ok || got.Value != st.want):
				t.Errorf("%s, sentence %d %q: Attach = %v, %v; want %s", tt.name, i, s.Text, got.Value, ok, st.want)
			}
		}
	}
	var c *Context
	c.Paragraph() // a nil Context takes paragraphs too
}

// TestContextHabitNoInheritance: a clause with an adverb of frequency
// ("was often asked", "always said", "never replied") tells a habit, on no
// one day, so it does not inherit the day in focus; a clause with another
// adverb ("quickly") does.
func TestContextHabitNoInheritance(t *testing.T) {
	const first = "The|DT|2|det painter|NN|3|nsubj died|VBD|0|root|die on|IN|5|case Monday|NNP|3|obl ~.|.|3|punct"
	tests := []struct {
		name, next string
		verb       int
		want       string
	}{
		{"often, passive", "She|PRP|4|nsubj:pass was|VBD|4|aux:pass often|RB|4|advmod asked|VBN|0|root|ask about|IN|7|case her|PRP$|7|nmod:poss teacher|NN|4|obl ~.|.|4|punct", 3, ""},
		{"always", "She|PRP|3|nsubj always|RB|3|advmod said|VBD|0|root|say no|UH|3|obj ~.|.|3|punct", 2, ""},
		{"never", "The|DT|2|det gallery|NN|4|nsubj never|RB|4|advmod replied|VBD|0|root|reply ~.|.|4|punct", 3, ""},
		{"regularly, after the verb", "Critics|NNS|2|nsubj praised|VBD|0|root|praise her|PRP|2|obj regularly|RB|2|advmod ~.|.|2|punct", 1, ""},
		{"a conjunct sharing the subject", "She|PRP|3|nsubj often|RB|3|advmod travelled|VBD|0|root|travel and|CC|5|cc painted|VBD|3|conj|paint ~.|.|3|punct", 4, ""},
		{"another adverb", "The|DT|2|det gallery|NN|4|nsubj quickly|RB|4|advmod closed|VBD|0|root|close ~.|.|4|punct", 3, "2026-01-05"},
		{"a conjunct with a subject of its own", "She|PRP|3|nsubj often|RB|3|advmod travelled|VBD|0|root|travel ~,|,|7|punct but|CC|7|cc friends|NNS|7|nsubj gathered|VBD|3|conj|gather ~.|.|3|punct", 6, "2026-01-05"},
	}
	for _, tt := range tests {
		c := NewContext(ref0)
		c.Find(sent(first))
		s := sent(tt.next)
		got, ok := c.Attach(s, c.Find(s), tt.verb)
		switch {
		case tt.want == "" && ok:
			t.Errorf("%s: %q inherited %v", tt.name, s.Text, got.Value)
		case tt.want != "" && (!ok || got.Value != tt.want):
			t.Errorf("%s: %q: Attach = %v, %v; want %s", tt.name, s.Text, got.Value, ok, tt.want)
		}
	}
}

// TestContextQuoteNoInheritance: the words of a quote keep their own time
// (an anecdote, a charge, a boast), so a clause inside quotation marks,
// or in the part of a quote that began in the sentence before, does not
// inherit the day in focus; the speaker's line after a closing mark does.
func TestContextQuoteNoInheritance(t *testing.T) {
	const first = "The|DT|2|det court|NN|3|nsubj convicted|VBD|0|root|convict the|DT|5|det clerk|NN|3|obj on|IN|7|case Monday|NNP|3|obl ~.|.|3|punct"
	tests := []struct {
		name, next string
		verb       int
		want       string
	}{
		{"straight marks, quote first",
			"\"|``|3|punct ~He|PRP|3|nsubj spent|VBD|10|ccomp|spend the|DT|5|det money|NN|3|obj ~,|,|3|punct ~\"|''|3|punct the|DT|9|det judge|NN|10|nsubj said|VBD|0|root|say ~.|.|10|punct", 2, ""},
		{"curly marks",
			"“|``|3|punct ~We|PRP|3|nsubj found|VBD|10|ccomp|find the|DT|5|det files|NNS|3|obj ~,|,|3|punct ~”|''|3|punct the|DT|9|det officer|NN|10|nsubj said|VBD|0|root|say ~.|.|10|punct", 2, ""},
		{"quoted clause parsed as the root",
			"\"|``|3|punct ~He|PRP|3|nsubj spent|VBD|0|root|spend the|DT|5|det money|NN|3|obj ~,|,|3|punct ~\"|''|3|punct the|DT|9|det judge|NN|10|nsubj said|VBD|3|parataxis|say ~.|.|3|punct", 2, ""},
		{"the quote began in the sentence before",
			"The|DT|2|det dog|NN|3|nsubj ate|VBD|0|root|eat the|DT|5|det lid|NN|3|obj ~.|.|3|punct ~\"|''|3|punct", 2, ""},
		{"the speaker's line after the quote",
			"It|PRP|3|nsubj is|VBZ|3|cop over|RB|0|root ~,|,|3|punct ~\"|''|3|punct the|DT|7|det clerk|NN|8|nsubj told|VBD|3|parataxis|tell reporters|NNS|8|obj ~.|.|3|punct", 7, "2026-01-05"},
		{"the speaker's line before the quote",
			"The|DT|2|det clerk|NN|3|nsubj wept|VBD|0|root|weep and|CC|5|cc said|VBD|3|conj|say ~:|:|5|punct \"|``|10|punct ~It|PRP|10|nsubj is|VBZ|10|cop over|RB|5|ccomp ~.|.|10|punct ~\"|''|10|punct", 2, "2026-01-05"},
		{"no quote", "The|DT|2|det clerk|NN|3|nsubj wept|VBD|0|root|weep ~.|.|3|punct", 2, "2026-01-05"},
	}
	for _, tt := range tests {
		c := NewContext(ref0)
		c.Find(sent(first))
		s := sent(tt.next)
		got, ok := c.Attach(s, c.Find(s), tt.verb)
		switch {
		case tt.want == "" && ok:
			t.Errorf("%s: %q inherited %v", tt.name, s.Text, got.Value)
		case tt.want != "" && (!ok || got.Value != tt.want):
			t.Errorf("%s: %q: Attach = %v, %v; want %s", tt.name, s.Text, got.Value, ok, tt.want)
		}
	}
}
