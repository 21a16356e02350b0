package temporal

import (
	"fmt"
	"strings"
	"testing"
)

// wantTimex is what a test expects of one found expression; Head -2 means
// "don't check".
type wantTimex struct {
	text, value, gran, typ string
	start, end             int
	head                   int
	prep                   string
	tense                  Tense
}

var findTests = []struct {
	name string
	spec string
	want []wantTimex
}{
	{
		"a period counted among others is no date",
		"It|PRP|5|nsubj was|VBD|5|cop the|DT|5|det third|JJ|5|amod quarter|NN|0|root in|IN|8|case a|DT|8|det row|NN|5|nmod that|WDT|11|obj sales|NNS|11|nsubj fell|VBD|5|acl:relcl|fall ~.|.|5|punct",
		nil,
	},
	{
		"a month after the infinitive of a past decision dates the decision",
		"Harbin|NNP|2|nsubj agreed|VBD|0|root|agree to|TO|4|mark buy|VB|2|xcomp Mercado|NNP|4|obj in|IN|7|case March|NNP|4|obl ~.|.|2|punct",
		[]wantTimex{{"March", "2025-03", "month", "DATE", 6, 7, 3, "in", Past}},
	},
	{
		"a weekday of last week is in that calendar week",
		"Talks|NNS|2|nsubj began|VBD|0|root|begin on|IN|4|case Tuesday|NNP|2|obl of|IN|7|case last|JJ|7|amod week|NN|4|nmod ~.|.|2|punct",
		[]wantTimex{{"Tuesday of last week", "2025-12-30", "day", "DATE", 3, 7, 1, "on", Past}},
	},
	{
		"a weekday of next week",
		"Talks|NNS|3|nsubj will|MD|3|aux begin|VB|0|root|begin on|IN|5|case Friday|NNP|3|obl next|JJ|7|amod week|NN|5|nmod ~.|.|3|punct",
		[]wantTimex{{"Friday next week", "2026-01-16", "day", "DATE", 4, 7, 2, "on", Future}},
	},
	{
		"a day after the infinitive of a past decision is the act's own",
		"They|PRP|2|nsubj agreed|VBD|0|root|agree to|TO|4|mark meet|VB|2|xcomp on|IN|6|case Friday|NNP|4|obl ~.|.|2|punct",
		[]wantTimex{{"Friday", "2026-01-09", "day", "DATE", 5, 6, 3, "on", Future}},
	},
	{
		"a month after the infinitive of a plan reads ahead",
		"Harbin|NNP|2|nsubj planned|VBD|0|root|plan to|TO|4|mark buy|VB|2|xcomp Mercado|NNP|4|obj in|IN|7|case March|NNP|4|obl ~.|.|2|punct",
		[]wantTimex{{"March", "2026-03", "month", "DATE", 6, 7, 3, "in", Future}},
	},
	{
		"a year counted among others is no date",
		"Profits|NNS|2|nsubj fell|VBD|0|root|fall for|IN|6|case the|DT|6|det second|JJ|6|amod year|NN|2|obl running|VBG|6|amod ~.|.|2|punct",
		nil,
	},
	{
		"past month-day, place is not March",
		"Zelensky|NNP|2|nsubj met|VBD|0|root|meet Trump|NNP|2|obj on|IN|5|case December|NNP|2|obl 28|CD|5|nummod at|IN|8|case Mar-a-Lago|NNP|2|obl ~.|.|2|punct",
		[]wantTimex{{"December 28", "2025-12-28", "day", "DATE", 4, 6, 1, "on", Past}},
	},
	{
		"place split into tokens",
		"They|PRP|2|nsubj met|VBD|0|root|meet at|IN|4|case Mar|NNP|2|obl ~-|HYPH|4|punct ~a|NNP|4|flat ~-|HYPH|4|punct ~Lago|NNP|4|flat on|IN|10|case Sunday|NNP|2|obl ~.|.|2|punct",
		[]wantTimex{{"Sunday", "2026-01-04", "day", "DATE", 9, 10, 1, "on", Past}},
	},
	{
		"future weekday",
		"Talks|NNS|3|nsubj would|MD|3|aux continue|VB|0|root on|IN|5|case Wednesday|NNP|3|obl ~.|.|3|punct",
		[]wantTimex{{"Wednesday", "2026-01-07", "day", "DATE", 4, 5, 2, "on", Future}},
	},
	{
		"future part of day and coordinated day",
		"Envoys|NNS|3|nsubj will|MD|3|aux talk|VB|0|root on|IN|6|case Tuesday|NNP|6|compound night|NN|3|obl and|CC|9|cc into|IN|9|case Wednesday|NNP|6|conj ~.|.|3|punct",
		[]wantTimex{
			{"Tuesday night", "2026-01-06TNI", "part-of-day", "DATE", 4, 6, 2, "on", Future},
			{"Wednesday", "2026-01-07", "day", "DATE", 8, 9, 2, "into", Future},
		},
	},
	{
		"bare years in coordinated clauses",
		"Russia|NNP|3|nsubj first|RB|3|advmod invaded|VBD|0|root|invade Ukraine|NNP|3|obj in|IN|6|case 2014|CD|3|obl and|CC|8|cc launched|VBD|3|conj|launch a|DT|11|det full-scale|JJ|11|amod war|NN|8|obj in|IN|13|case 2022|CD|8|obl ~.|.|3|punct",
		[]wantTimex{
			{"2014", "2014", "year", "DATE", 5, 6, 2, "in", Past},
			{"2022", "2022", "year", "DATE", 12, 13, 7, "in", Past},
		},
	},
	{
		"possessive weekday reaches the verb through the noun",
		"He|PRP|2|nsubj spoke|VBD|0|root|speak after|IN|7|case Tuesday|NNP|7|nmod:poss ~'s|POS|4|case Paris|NNP|7|compound meeting|NN|2|obl ~.|.|2|punct",
		[]wantTimex{{"Tuesday", "2026-01-06", "day", "DATE", 3, 4, 1, "after", Past}},
	},
	{
		"duration adjective",
		"the|DT|6|det nearly|RB|3|advmod four|CD|5|nummod ~-|HYPH|5|punct ~year|NN|6|compound war|NN|0|root",
		[]wantTimex{{"nearly four-year", "P4Y", "year", "DURATION", 1, 5, 5, "", Unknown}},
	},
	{
		"no expression in an ordinal year or a name",
		"May|NNP|2|nsubj spent|VBD|0|root|spend her|PRP$|5|nmod:poss first|JJ|5|amod year|NN|2|obj in|IN|7|case power|NN|2|obl ~.|.|2|punct",
		nil,
	},
	{
		"today at the start",
		"Today|NN|5|obl:tmod ~,|,|5|punct the|DT|4|det delegation|NN|5|nsubj met|VBD|0|root|meet in|IN|7|case Paris|NNP|5|obl ~.|.|5|punct",
		[]wantTimex{{"Today", "2026-01-06", "day", "DATE", 0, 1, 4, "", Past}},
	},
	{
		"participle scheduled points ahead",
		"The|DT|2|det meeting|NN|7|nsubj:pass scheduled|VBN|2|acl|schedule for|IN|5|case Friday|NNP|3|obl was|VBD|7|aux:pass postponed|VBN|0|root|postpone ~.|.|7|punct",
		[]wantTimex{{"Friday", "2026-01-09", "day", "DATE", 4, 5, 2, "for", Future}},
	},
	{
		"infinitive after plan is future; month alone with preposition",
		"Ukraine|NNP|2|nsubj plans|VBZ|0|root|plan to|TO|4|mark hold|VB|2|xcomp elections|NNS|4|obj in|IN|7|case March|NNP|4|obl ~.|.|2|punct",
		[]wantTimex{{"March", "2026-03", "month", "DATE", 6, 7, 3, "in", Future}},
	},
	{
		"since and full date",
		"He|PRP|3|nsubj has|VBZ|3|aux lived|VBN|0|root|live there|RB|3|advmod since|IN|6|case 2014|CD|3|obl and|CC|9|cc posted|VBD|3|conj on|IN|10|case January|NNP|8|obl 6|CD|10|nummod ~,|,|12|punct 2026|CD|10|nummod ~.|.|3|punct",
		[]wantTimex{
			{"2014", "2014", "year", "DATE", 5, 6, 2, "since", Past},
			{"January 6, 2026", "2026-01-06", "day", "DATE", 9, 13, 7, "on", Past},
		},
	},
	{
		"percent and money are not years",
		"Prices|NNS|2|nsubj rose|VBD|0|root|rise 1999|CD|4|nummod percent|NN|2|obj to|IN|7|case $|$|7|compound 2015|CD|2|obl ~.|.|2|punct",
		nil,
	},
	{
		"phone numbers, paths and names are not dates",
		"Call|VB|0|root 235-1972|CD|1|obj or|CC|4|cc see|VB|1|conj example.org/2005/10|NN|4|obj ~,|,|1|punct USA|NNP|8|compound||B-ORG Today|NNP|1|obj||I-ORG ~.|.|1|punct",
		nil,
	},
	{
		"no parse: nearest verb and its auxiliary",
		"He|PRP will|MD arrive|VB on|IN Friday|NNP ~.|.",
		[]wantTimex{{"Friday", "2026-01-09", "day", "DATE", 4, 5, 2, "on", Future}},
	},
	{
		"no parse: past clause and date-time",
		"The|DT vote|NN was|VBD held|VBN Dec.|NNP 28|CD at|IN 3|CD p.m.|NN ~.|.",
		[]wantTimex{{"Dec. 28 at 3 p.m.", "2025-12-28T15:00", "time", "TIME", 4, 9, 3, "", Past}},
	},
	{
		"relative expressions",
		"Three|CD|2|nummod years|NNS|3|obl:npmod ago|RB|5|advmod it|PRP|5|nsubj began|VBD|0|root|begin ~,|,|5|punct and|CC|9|cc it|PRP|9|nsubj ended|VBD|5|conj|end last|JJ|11|amod week|NN|9|obl:tmod ~.|.|5|punct",
		[]wantTimex{
			{"Three years ago", "2023", "year", "DATE", 0, 3, 4, "", Past},
			{"last week", "2026-W01", "week", "DATE", 9, 11, 8, "", Past},
		},
	},
	{
		// The parse hangs the date on a noun under a copular predicate;
		// its clause is "will be free", not the past "were sold".
		"copular predicate governs the date",
		"Tickets|NNS|3|nsubj:pass were|VBD|3|aux:pass sold|VBN|0|root|sell at|IN|6|case a|DT|6|det discount|NN|3|obl ~,|,|11|punct but|CC|11|cc will|MD|11|aux be|VB|11|cop free|JJ|3|conj for|IN|13|case members|NNS|11|obl until|IN|15|case March|NNP|13|nmod 31|CD|15|nummod ~.|.|3|punct",
		[]wantTimex{{"March 31", "2026-03-31", "day", "DATE", 14, 16, 10, "until", Future}},
	},
	{
		// The tagger reads "hearing" as a verb; the date still refers ahead.
		"the next hearing: future whatever the clause's tense",
		"The|DT|2|det suspect|NN|4|nsubj:pass was|VBD|4|aux:pass held|VBN|0|root|hold until|IN|9|mark the|DT|9|det next|JJ|9|amod bail|NN|9|compound hearing|VBG|4|advcl|hear May|NNP|9|obl:tmod 2|CD|10|nummod ~.|.|4|punct",
		[]wantTimex{{"May 2", "2026-05-02", "day", "DATE", 9, 11, 8, "", Future}},
	},
	{
		"later with no day named: not counted from the publication date in a past clause",
		"A|DT|2|det year|NN|3|obl:npmod later|RBR|5|advmod he|PRP|5|nsubj left|VBD|0|root|leave the|DT|7|det firm|NN|5|obj ~.|.|5|punct",
		nil,
	},
	{
		"the fall after a preposition of time is the season",
		"Prices|NNS rose|VBD in|IN the|DT fall|NN ~.|.",
		[]wantTimex{{"the fall", "2025-FA", "season", "DATE", 3, 5, 1, "in", Past}},
	},
	{
		"the fall as agent or with its own complement is a decline",
		"He|PRP was|VBD surprised|VBN by|IN the|DT fall|NN and|CC the|DT fall|NN in|IN prices|NNS ~.|.",
		nil,
	},
	{
		"last fall is the season",
		"They|PRP met|VBD last|JJ fall|NN ~.|.",
		[]wantTimex{{"last fall", "2025-FA", "season", "DATE", 2, 4, 1, "", Past}},
	},
	{
		"later with no day named: from the publication date in a future clause",
		"A|DT|2|det week|NN|3|obl:npmod later|RBR|7|advmod the|DT|5|det board|NN|7|nsubj will|MD|7|aux vote|VB|0|root ~.|.|7|punct",
		[]wantTimex{{"A week later", "2026-W03", "week", "DATE", 0, 3, 6, "", Future}},
	},
	{
		// the dates of what "would" happen keep looking ahead when the
		// parse hangs them on "said" or they stand in a condition whose
		// past only follows the report's tense
		"a date under would, hung on the verb of saying or in a condition clause after it",
		"Ria|NNP|2|nsubj said|VBD|0|root|say the|DT|4|det union|NN|6|nsubj would|MD|6|aux call|VB|2|ccomp|call strikes|NNS|6|obj " +
			"~,|,|11|punct probably|RB|11|advmod January|NNP|11|compound 20|CD|2|obl ~,|,|16|punct unless|IN|16|mark the|DT|15|det " +
			"firm|NN|16|nsubj made|VBD|2|ccomp|make a|DT|19|det new|JJ|19|amod offer|NN|16|obj by|IN|21|case Friday|NNP|16|obl ~.|.|2|punct",
		[]wantTimex{{"January 20", "2026-01-20", "day", "DATE", 9, 11, 1, "", Past}, {"Friday", "2026-01-09", "day", "DATE", 20, 21, 15, "by", Past}},
	},
	{
		"a reported forecast looks ahead of the saying",
		"She|PRP|2|nsubj added|VBD|0|root|add that|IN|6|mark rain|NN|6|nsubj was|VBD|6|cop possible|JJ|2|ccomp|possible on|IN|8|case Saturday|NNP|6|obl ~.|.|2|punct",
		[]wantTimex{{"Saturday", "2026-01-10", "day", "DATE", 7, 8, 5, "on", Past}},
	},
	{
		"a reported forecast's day hung on the verb of saying",
		"She|PRP|2|nsubj added|VBD|0|root|add that|IN|6|mark rain|NN|6|nsubj was|VBD|6|cop possible|JJ|2|ccomp|possible on|IN|8|case Saturday|NNP|2|obl ~.|.|2|punct",
		[]wantTimex{{"Saturday", "2026-01-10", "day", "DATE", 7, 8, 1, "on", Past}},
	},
	{
		"a likelihood the text states itself, unreported, keeps its tense",
		"Rain|NN|3|nsubj was|VBD|3|cop possible|JJ|0|root|possible on|IN|5|case Saturday|NNP|3|obl ~.|.|3|punct",
		[]wantTimex{{"Saturday", "2026-01-03", "day", "DATE", 4, 5, 2, "on", Past}},
	},
	{
		"a past date after a would that another report closes stays past",
		"Ria|NNP|2|nsubj said|VBD|0|root|say it|PRP|5|nsubj would|MD|5|aux rain|VB|2|ccomp ~,|,|9|punct but|CC|9|cc Tom|NNP|9|nsubj said|VBD|2|conj|say " +
			"the|DT|11|det plant|NN|12|nsubj closed|VBD|9|ccomp|close on|IN|14|case Friday|NNP|12|obl ~.|.|2|punct",
		[]wantTimex{{"Friday", "2026-01-02", "day", "DATE", 13, 14, 11, "on", Past}},
	},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		t.Run(tt.name, func(t *testing.T) {
			s := sent(tt.spec)
			got := Find(s, ref0)
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %v, want %d expressions", s.Text, got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Text != w.text || g.TIMEX3() != w.value || g.Granularity != w.gran || g.Type != w.typ {
					t.Errorf("Find(%q)[%d] = %v, want %q %s %s (%s)", s.Text, i, g, w.text, w.typ, w.value, w.gran)
				}
				if g.Start != w.start || g.End != w.end {
					t.Errorf("Find(%q)[%d] tokens [%d,%d), want [%d,%d)", s.Text, i, g.Start, g.End, w.start, w.end)
				}
				if g.Head != w.head || g.Prep != w.prep || g.Tense != w.tense {
					t.Errorf("Find(%q)[%d] head %d prep %q tense %v, want head %d prep %q tense %v", s.Text, i, g.Head, g.Prep, g.Tense, w.head, w.prep, w.tense)
				}
				if g.IsDate() && strings.Contains(g.Value, "T") {
					t.Errorf("Find(%q)[%d].Value = %q, want an ISO prefix (time of day in Time)", s.Text, i, g.Value)
				}
				// positions are data: the span must give back the text
				if g.Span.Off < s.Off || g.Span.End > s.End || s.Text[g.Span.Off-s.Off:g.Span.End-s.Off] != g.Text {
					t.Errorf("Find(%q)[%d] span %v does not cover %q", s.Text, i, g.Span, g.Text)
				}
				if g.Span.Off != s.Tokens[g.Start].Off {
					t.Errorf("Find(%q)[%d] span starts at %d, token %d at %d", s.Text, i, g.Span.Off, g.Start, s.Tokens[g.Start].Off)
				}
			}
		})
	}
}

var tenseTests = []struct {
	spec string
	verb int
	want Tense
}{
	{"They|PRP|3|nsubj will|MD|3|aux meet|VB|0|root", 2, Future},
	{"Talks|NNS|3|nsubj would|MD|3|aux continue|VB|0|root", 2, Future},
	{"They|PRP|2|nsubj met|VBD|0|root", 1, Past},
	{"Pruitt|NNP|3|nsubj:pass is|VBZ|3|aux:pass scheduled|VBN|0|root|schedule to|TO|6|mark be|VB|6|aux:pass sentenced|VBN|3|xcomp|sentence", 5, Future},
	{"Pruitt|NNP|3|nsubj:pass was|VBD|3|aux:pass ordered|VBN|0|root|order to|TO|6|mark be|VB|6|aux:pass held|VBN|3|xcomp|hold", 5, Past},
	{"They|PRP|3|nsubj have|VBP|3|aux met|VBN|0|root", 2, Past},
	{"They|PRP|3|nsubj are|VBP|3|aux meeting|VBG|0|root", 2, Present},
	{"She|PRP|2|nsubj meets|VBZ|0|root", 1, Present},
	{"They|PRP|4|nsubj may|MD|4|aux have|VB|4|aux met|VBN|0|root", 3, Past},
	{"They|PRP|3|nsubj could|MD|3|aux meet|VB|0|root", 2, Future},
	{"They|PRP|4|nsubj did|VBD|4|aux not|RB|4|advmod meet|VB|0|root", 3, Past},
	{"It|PRP|3|nsubj:pass was|VBD|3|aux:pass held|VBN|0|root", 2, Past},
	{"It|PRP|3|nsubj:pass is|VBZ|3|aux:pass expected|VBN|0|root|expect", 2, Future},
	{"It|PRP|3|nsubj:pass is|VBZ|3|aux:pass held|VBN|0|root|hold", 2, Present},
	{"They|PRP|3|nsubj are|VBP|3|aux going|VBG|0|root|go to|TO|5|mark meet|VB|3|xcomp", 4, Future},
	{"They|PRP|2|nsubj agreed|VBD|0|root|agree to|TO|4|mark meet|VB|2|xcomp", 3, Future},
	{"He|PRP|3|nsubj:pass was|VBD|3|aux:pass forced|VBN|0|root|force to|TO|5|mark resign|VB|3|xcomp", 4, Past},
	{"They|PRP|4|nsubj wo|MD|4|aux n't|RB|4|advmod meet|VB|0|root", 3, Future},
	{"They|PRP|3|nsubj will|MD|3|aux meet|VB|0|root and|CC|5|cc sign|VB|3|conj", 4, Future},
	{"They|PRP|2|nsubj met|VBD|0|root|meet and|CC|4|cc signed|VBN|2|conj|sign", 3, Past},
	{"The|DT|2|det summit|NN|4|nsubj is|VBZ|4|cop today|NN|0|root", 3, Present},
	{"The|DT|2|det summit|NN|4|nsubj was|VBD|4|cop today|NN|0|root", 3, Past},
	{"They|PRP will|MD meet|VB", 2, Future},
	{"They|PRP met|VBD", 1, Past},
	{"They|PRP had|VBD met|VBN", 2, Past},
	{"They|PRP|2|nsubj met|VBD|0|root", -1, Past},
	{"", 0, Unknown},
}

func TestSentenceTense(t *testing.T) {
	for _, tt := range tenseTests {
		t.Run(fmt.Sprintf("%s/%d", tt.spec, tt.verb), func(t *testing.T) {
			s := sent(tt.spec)
			if got := SentenceTense(s, tt.verb); got != tt.want {
				t.Errorf("SentenceTense(%q, %d) = %v, want %v", s.Text, tt.verb, got, tt.want)
			}
		})
	}
}

var attachTests = []struct {
	name string
	spec string
	verb int
	want string // value, "" for none
}{
	{"direct oblique", specOf("past month-day, place is not March"), 1, "2025-12-28"},
	{"own date of each conjunct (first)", specOf("bare years in coordinated clauses"), 2, "2014"},
	{"own date of each conjunct (second)", specOf("bare years in coordinated clauses"), 7, "2022"},
	{"through a possessive", specOf("possessive weekday reaches the verb through the noun"), 1, "2026-01-06"},
	{"a possessive date of the verb's object dates that thing, not the clause",
		"Leaders|NNS|2|nsubj condemned|VBD|0|root|condemn Monday|NNP|5|nmod:poss ~'s|POS|3|case attack|NN|2|obj ~.|.|2|punct", 1, ""},
	{"nor through a preposition that says no time",
		"Police|NNS|2|nsubj charged|VBD|0|root|charge two|CD|4|nummod men|NNS|2|obj over|IN|8|case Monday|NNP|8|nmod:poss ~'s|POS|6|case bombing|NN|2|obl ~.|.|2|punct", 1, ""},
	{"the subject's possessive date dates the clause",
		"Monday|NNP|3|nmod:poss ~'s|POS|1|case bombing|NN|4|nsubj killed|VBD|0|root|kill nine|CD|6|nummod people|NNS|4|obj ~.|.|4|punct", 3, "2026-01-05"},
	{"first of coordinated dates", specOf("future part of day and coordinated day"), 2, "2026-01-06TNI"},
	{"durations never date", specOf("duration adjective"), 5, ""},
	{"the start of the period of a record dates nothing",
		"Shares|NNS|2|nsubj fell|VBD|0|root|fall to|IN|6|case their|PRP$|6|nmod:poss lowest|JJS|6|amod level|NN|2|obl since|IN|8|case 2020|CD|6|nmod ~.|.|2|punct", 1, ""},
	{"nor the start of a state on the verb",
		"She|PRP|3|nsubj has|VBZ|3|aux led|VBN|0|root|lead the|DT|5|det firm|NN|3|obj since|IN|7|case 2020|CD|3|obl ~.|.|3|punct", 2, ""},
	{"nor the baseline of a comparison",
		"Sales|NNS|2|nsubj were|VBD|3|cop flat|JJ|0|root on|IN|6|case last|JJ|6|amod year|NN|3|obl ~.|.|3|punct", 2, ""},
	{"nor the last day of an accounting period",
		"Acme|NNP|2|nsubj reported|VBD|0|root|report revenue|NN|2|obj for|IN|7|case the|DT|7|det three|CD|7|nummod months|NNS|3|nmod to|IN|9|case March|NNP|7|nmod 31|CD|9|nummod ~.|.|2|punct", 1, ""},
	{"nor the same period of a year compared with",
		"Income|NN|2|nsubj fell|VBD|0|root|fall from|IN|4|case 73|CD|2|obl million|CD|4|nummod in|IN|9|case the|DT|9|det same|JJ|9|amod period|NN|2|obl of|IN|11|case 2025|CD|9|nmod ~.|.|2|punct", 1, ""},
	{"what a reported expectation expects lies ahead",
		"She|PRP|2|nsubj said|VBD|0|root|say the|DT|4|det company|NN|7|nsubj did|VBD|7|aux not|RB|7|advmod expect|VB|2|ccomp|expect a|DT|9|det recovery|NN|7|obj before|IN|13|case the|DT|13|det fourth|JJ|13|amod quarter|NN|7|obl ~.|.|2|punct", 6, "2026-Q4"},
	{"a date after the same preposition with no comparison still dates",
		"Sales|NNS|2|nsubj fell|VBD|0|root|fall on|IN|4|case Monday|NNP|2|obl ~.|.|2|punct", 1, "2026-01-05"},
	{"a year in front of a noun dates the noun, not the clause",
		"Observers|NNS|2|nsubj criticised|VBD|0|root|criticise the|DT|5|det 1991|CD|5|compound agreement|NN|2|obj ~.|.|2|punct",
		1, ""},
	{"a date before a comma is no premodifier, whatever the parse says",
		"Yesterday|NN|4|compound ~,|,|1|punct the|DT|4|det fair|NN|5|nsubj opened|VBD|0|root|open ~.|.|5|punct",
		4, "2026-01-05"},
	{"a conjunct in the present perfect does not take a simple past's day",
		"Cars|NNS|2|nsubj collided|VBD|0|root|collide on|IN|4|case Saturday|NNP|2|obl and|CC|10|cc a|DT|7|det man|NN|10|nsubj:pass has|VBZ|10|aux|have been|VBN|10|aux:pass charged|VBN|2|conj|charge ~.|.|2|punct",
		9, ""},
	{"conjunct inherits its head's date",
		"They|PRP|2|nsubj met|VBD|0|root|meet on|IN|4|case Tuesday|NNP|2|obl and|CC|6|cc signed|VBD|2|conj|sign a|DT|8|det pact|NN|6|obj ~.|.|2|punct",
		5, "2026-01-06"},
	{"conjunct of another tense does not inherit",
		"Russia|NNP|2|nsubj invaded|VBD|0|root|invade in|IN|4|case 2014|CD|2|obl and|CC|6|cc controls|VBZ|2|conj|control land|NN|6|obj ~.|.|2|punct",
		5, ""},
	{"relative clause date stays in its clause",
		"The|DT|2|det war|NN|9|nsubj ~,|,|5|punct which|WDT|5|nsubj began|VBD|2|acl:relcl|begin in|IN|7|case 2022|CD|5|obl ~,|,|5|punct continues|VBZ|0|root|continue ~.|.|9|punct",
		8, ""},
	{"relative clause verb gets it",
		"The|DT|2|det war|NN|9|nsubj ~,|,|5|punct which|WDT|5|nsubj began|VBD|2|acl:relcl|begin in|IN|7|case 2022|CD|5|obl ~,|,|5|punct continues|VBZ|0|root|continue ~.|.|9|punct",
		4, "2022"},
	{"main clause takes the only sentence date",
		"On|IN|2|case Tuesday|NNP|4|obl ~,|,|4|punct allies|NNS|5|nsubj signed|VBD|0|root|sign ~.|.|5|punct",
		4, "2026-01-06"},
	{"complement clause does not take the date of saying",
		"He|PRP|2|nsubj said|VBD|0|root|say on|IN|4|case Tuesday|NNP|2|obl that|IN|7|mark troops|NNS|7|nsubj arrived|VBD|2|ccomp|arrive ~.|.|2|punct",
		6, ""},
	{"misparsed coordination: date taken back by the first verb",
		"Russia|NNP|4|nsubj first|JJ|4|amod invaded|VBN|4|amod Ukraine|NNP|8|nsubj in|IN|6|case 2014|CD|4|nmod and|CC|8|cc launched|VBD|0|root a|DT|11|det full-scale|JJ|11|amod war|NN|8|obj in|IN|13|case 2022|CD|8|obl ~.|.|8|punct",
		2, "2014"},
	{"misparsed coordination: the second verb keeps its own date",
		"Russia|NNP|4|nsubj first|JJ|4|amod invaded|VBN|4|amod Ukraine|NNP|8|nsubj in|IN|6|case 2014|CD|4|nmod and|CC|8|cc launched|VBD|0|root a|DT|11|det full-scale|JJ|11|amod war|NN|8|obj in|IN|13|case 2022|CD|8|obl ~.|.|8|punct",
		7, "2022"},
	{"no repair when the later verb has no other date",
		"He|PRP|2|nsubj said|VBD|0|root|say troops|NNS|4|nsubj left|VBD|2|ccomp|leave in|IN|6|case 2014|CD|8|obl and|CC|8|cc returned|VBD|4|conj|return ~.|.|2|punct",
		3, ""},
	// "A suit was filed in Ohio, but on 21 December the parties agreed
	// ...", the date hung on the first verb as a conjunct: it opens the
	// second clause
	{"a date after a conjunction opens the clause after it (not the first verb's)",
		"A|DT|2|det suit|NN|4|nsubj:pass was|VBD|4|aux:pass filed|VBN|0|root|file in|IN|6|case Ohio|NNP|4|obl ~,|,|10|punct but|CC|10|cc on|IN|10|case December|NNP|4|conj 21|CD|10|nummod the|DT|13|det parties|NNS|14|nsubj agreed|VBD|4|advcl|agree ~.|.|4|punct",
		3, ""},
	{"a date after a conjunction dates the clause it opens",
		"A|DT|2|det suit|NN|4|nsubj:pass was|VBD|4|aux:pass filed|VBN|0|root|file in|IN|6|case Ohio|NNP|4|obl ~,|,|10|punct but|CC|10|cc on|IN|10|case December|NNP|4|conj 21|CD|10|nummod the|DT|13|det parties|NNS|14|nsubj agreed|VBD|4|advcl|agree ~.|.|4|punct",
		13, "2025-12-21"},
	{"'starting' before a date is a preposition: the date is the verb's",
		"Owners|NNS|4|nsubj:pass will|MD|4|aux be|VB|4|aux:pass notified|VBN|0|root|notify by|IN|6|case mail|NN|4|obl:agent starting|VBG|6|acl|start January|NNP|7|obl 20|CD|8|nummod ~.|.|4|punct",
		3, "2026-01-20"},
	{"'ending' after a noun dates the noun",
		"Apple|NNP|2|nsubj reported|VBD|0|root|report profit|NN|2|obj for|IN|6|case the|DT|6|det quarter|NN|2|obl ending|VBG|6|acl|end December|NNP|7|obl 27|CD|8|nummod ~.|.|2|punct",
		1, ""},
	{"a date the parse coordinated with a noun dates its clause",
		"The|DT|2|det firm|NN|3|nsubj denied|VBD|0|root|deny that|IN|7|mark it|PRP|7|nsubj had|VBD|7|aux held|VBN|3|ccomp|hold talks|NNS|7|obj with|IN|11|case a|DT|11|det bidder|NN|7|obl ~,|,|13|punct last|JJ|13|amod month|NN|11|conj ~.|.|3|punct",
		6, "2025-12"},
	{"but not the verb of saying above it",
		"The|DT|2|det firm|NN|3|nsubj denied|VBD|0|root|deny that|IN|7|mark it|PRP|7|nsubj had|VBD|7|aux held|VBN|3|ccomp|hold talks|NNS|7|obj with|IN|11|case a|DT|11|det bidder|NN|7|obl ~,|,|13|punct last|JJ|13|amod month|NN|11|conj ~.|.|3|punct",
		2, ""},
	// a conjunct of a relative clause is in that clause, not the main one
	{"a conjunct of a relative clause keeps its date from the main verb",
		"Norhaven|NNP|12|nsubj ~,|,|4|punct which|WDT|4|nsubj runs|VBZ|1|acl:relcl|run ferries|NNS|4|obj and|CC|7|cc carried|VBD|4|conj|carry millions|NNS|7|obj last|JJ|10|amod year|NN|7|obl:unmarked ~,|,|1|punct denied|VBD|0|root|deny the|DT|14|det claim|NN|12|obj ~.|.|12|punct",
		11, ""},
	{"the conjunct itself is dated",
		"Norhaven|NNP|12|nsubj ~,|,|4|punct which|WDT|4|nsubj runs|VBZ|1|acl:relcl|run ferries|NNS|4|obj and|CC|7|cc carried|VBD|4|conj|carry millions|NNS|7|obj last|JJ|10|amod year|NN|7|obl:unmarked ~,|,|1|punct denied|VBD|0|root|deny the|DT|14|det claim|NN|12|obj ~.|.|12|punct",
		6, "2025"},
	{"a verb of saying outside a quotation takes no date inside it",
		"\"|``|5|punct It|PRP|5|nsubj:pass would|MD|5|aux be|VB|5|aux:pass fixed|VBN|14|ccomp|fix in|IN|10|case next|JJ|8|amod year|NN|10|nmod:poss ~'s|POS|8|case budget|NN|14|ccomp ~,|,|10|punct ~\"|''|10|punct she|PRP|14|nsubj said|VBD|0|root|say ~.|.|14|punct",
		13, ""},
	{"a quotation going on from an earlier sentence",
		"the|DT|2|det vote|NN|3|nsubj ended|VBD|8|ccomp|end on|IN|5|case Tuesday|NNP|3|obl ~,|,|3|punct ~\"|''|3|punct she|PRP|8|nsubj said|VBD|0|root|say ~.|.|8|punct",
		8, ""},
	{"a verb inside a quotation keeps its own date",
		"\"|``|3|punct We|PRP|3|nsubj signed|VBD|9|ccomp|sign it|PRP|3|obj on|IN|6|case Tuesday|NNP|3|obl ~,|,|3|punct ~\"|''|3|punct she|PRP|9|nsubj said|VBD|0|root|say ~.|.|9|punct",
		2, "2026-01-06"},
	{"a date in the noun phrase 'since' opens starts a period",
		"The|DT|2|det party|NN|3|nsubj fell|VBD|0|root|fall to|IN|6|case 22|CD|6|nummod seats|NNS|3|obl ~,|,|10|punct its|PRP$|10|nmod:poss worst|JJS|10|amod result|NN|3|obl since|IN|14|case the|DT|14|det first|JJ|14|amod election|NN|10|nmod in|IN|16|case 1994|CD|14|nmod ~.|.|3|punct",
		2, ""},
	{"no parse: nearest verb", specOf("no parse: nearest verb and its auxiliary"), 2, "2026-01-09"},
	{"out of range verb", specOf("past month-day, place is not March"), 99, ""},
}

// specOf returns the spec of the findTests case with the given name.
func specOf(name string) string {
	for _, tt := range findTests {
		if tt.name == name {
			return tt.spec
		}
	}
	panic("no findTests case " + name) // test table misuse
}

func TestAttach(t *testing.T) {
	for _, tt := range attachTests {
		t.Run(tt.name, func(t *testing.T) {
			s := sent(tt.spec)
			txs := Find(s, ref0)
			got, ok := Attach(s, txs, tt.verb)
			if tt.want == "" {
				if ok {
					t.Errorf("Attach(%q, verb %d) = %v, want none", s.Text, tt.verb, got)
				}
				return
			}
			if !ok || got.TIMEX3() != tt.want {
				t.Errorf("Attach(%q, verb %d) = %v, %v; want %s (found %v)", s.Text, tt.verb, got, ok, tt.want, txs)
			}
		})
	}
}

// FuzzFind checks that Find never panics and keeps its spans in bounds on
// arbitrary token sequences.
func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		var forms []string
		for _, fld := range strings.Fields(tt.spec) {
			forms = append(forms, strings.TrimPrefix(strings.Split(fld, "|")[0], "~"))
		}
		f.Add(strings.Join(forms, " "))
	}
	f.Add("the 1990s , mid-2025 and 1/6/2026 at 3:30 p.m. every Tuesday")
	f.Fuzz(func(t *testing.T, text string) {
		var spec []string
		for _, w := range strings.Fields(text) {
			spec = append(spec, strings.ReplaceAll(w, "|", "")+"|NN")
		}
		s := sent(strings.Join(spec, " "))
		for _, tx := range Find(s, ref0) {
			if tx.Start < 0 || tx.End > len(s.Tokens) || tx.Start >= tx.End {
				t.Fatalf("Find(%q): tokens [%d,%d) out of range", s.Text, tx.Start, tx.End)
			}
			if tx.Span.Off < s.Off || tx.Span.End > s.End || tx.Span.Off >= tx.Span.End {
				t.Fatalf("Find(%q): span %v out of range", s.Text, tx.Span)
			}
		}
	})
}
