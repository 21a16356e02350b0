package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The boilerplate corpus: articles written for this test in several
// newsroom styles and formats (testdata/boilerplate, see testdata/README),
// each with a NAME.want file that labels its boilerplate lines by class and
// lists the article sentences cleaning must keep.

// labels is one NAME.want file.
type labels struct {
	boiler  []labelLine // "- class: line"
	article []string    // "+ sentence"
}

type labelLine struct{ class, text string }

// readLabels parses a NAME.want file.
func readLabels(t testing.TB, path string) labels {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var l labels
	for i, line := range strings.Split(string(b), "\n") {
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "- "):
			class, text, ok := strings.Cut(line[2:], ": ")
			if !ok {
				t.Fatalf("%s:%d: boilerplate line without a class: %q", path, i+1, line)
			}
			l.boiler = append(l.boiler, labelLine{class, text})
		case strings.HasPrefix(line, "+ "):
			l.article = append(l.article, line[2:])
		default:
			t.Fatalf("%s:%d: want '- class: line' or '+ sentence', got %q", path, i+1, line)
		}
	}
	return l
}

// matchForm is the form in which label lines are compared with cleaned
// text: spaces collapsed, curly quotes and dashes made straight.
func matchForm(s string) string { return quoteFolder.Replace(normalizeLine(s)) }

// survives reports whether boilerplate line bp is still in the cleaned
// lines, whole or in part: a cleaned line is part of it, or contains it
// with little else (a label of one or two words inside a long sentence,
// "Share" in "Share prices fell", is not the label surviving).
func survives(bp string, lines []string) bool {
	bp = matchForm(bp)
	nb := wordCount(bp)
	for _, l := range lines {
		if l == "" {
			continue
		}
		if strings.Contains(bp, l) && wordCount(l) >= min(3, nb) {
			return true
		}
		if strings.Contains(l, bp) && (nb >= 3 || wordCount(l) <= nb+3) {
			return true
		}
	}
	return false
}

// boilerplateScore is the outcome of cleaning the corpus.
type boilerplateScore struct {
	classes        map[string][2]int // class → {lines, removed}
	articles, kept int
	missed         []string // "file: class: line" of boilerplate that survived
	dropped        []string // "file: sentence" of article text removed
}

// Minimum figures on the corpus; the score golden holds the exact ones.
const (
	minBoilerplateRecall = 0.97
	minArticlePrecision  = 1.0
)

// TestBoilerplateCorpus reads every article of testdata/boilerplate with
// Read, compares the documents with NAME.clean.golden, and scores
// boilerplate recall (labelled lines removed) and article precision
// (labelled sentences kept) against score.golden.
func TestBoilerplateCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "boilerplate")
	wants, err := filepath.Glob(filepath.Join(dir, "*.want"))
	if err != nil {
		t.Fatal(err)
	}
	if len(wants) < 12 {
		t.Fatalf("want at least 12 labelled inputs in %s, found %d", dir, len(wants))
	}
	sc := boilerplateScore{classes: map[string][2]int{}}
	for _, w := range wants {
		in := strings.TrimSuffix(w, ".want")
		name := filepath.Base(in)
		docs, err := Read(t.Context(), []string{in}, Options{})
		if err != nil {
			t.Fatalf("Read(%s): %v", in, err)
		}
		var out strings.Builder
		var lines []string
		text := ""
		for _, d := range docs {
			fmt.Fprintf(&out, "== %s\ntitle: %s\n\n%s\n\n", d.ID, d.Title, d.Text)
			for _, l := range strings.Split(d.Text, "\n") {
				lines = append(lines, matchForm(l))
			}
			text += matchForm(d.Text) + "\n"
		}
		checkGolden(t, in+".clean.golden", out.String())

		l := readLabels(t, w)
		for _, b := range l.boiler {
			c := sc.classes[b.class]
			c[0]++
			if survives(b.text, lines) {
				sc.missed = append(sc.missed, name+": "+b.class+": "+b.text)
			} else {
				c[1]++
			}
			sc.classes[b.class] = c
		}
		for _, a := range l.article {
			sc.articles++
			if strings.Contains(text, matchForm(a)) {
				sc.kept++
			} else {
				sc.dropped = append(sc.dropped, name+": "+a)
			}
		}
	}
	report, recall, precision := sc.report()
	t.Log("\n" + report)
	checkGolden(t, filepath.Join(dir, "score.golden"), report)
	if recall < minBoilerplateRecall {
		t.Errorf("boilerplate recall %.3f, want >= %.3f", recall, minBoilerplateRecall)
	}
	if precision < minArticlePrecision {
		t.Errorf("article precision %.3f, want >= %.3f", precision, minArticlePrecision)
	}
}

// report formats the score and returns the overall recall and precision.
func (sc *boilerplateScore) report() (string, float64, float64) {
	var b strings.Builder
	classes := make([]string, 0, len(sc.classes))
	for c := range sc.classes {
		classes = append(classes, c)
	}
	slices.Sort(classes)
	fmt.Fprintf(&b, "%-12s %5s %7s %6s\n", "class", "lines", "removed", "recall")
	total, removed := 0, 0
	for _, c := range classes {
		n := sc.classes[c]
		total += n[0]
		removed += n[1]
		fmt.Fprintf(&b, "%-12s %5d %7d %6.3f\n", c, n[0], n[1], float64(n[1])/float64(n[0]))
	}
	recall := float64(removed) / float64(total)
	precision := float64(sc.kept) / float64(sc.articles)
	fmt.Fprintf(&b, "%-12s %5d %7d %6.3f\n", "all", total, removed, recall)
	fmt.Fprintf(&b, "article sentences %d, kept %d, precision %.3f\n", sc.articles, sc.kept, precision)
	for _, m := range sc.missed {
		fmt.Fprintf(&b, "missed boilerplate: %s\n", m)
	}
	for _, d := range sc.dropped {
		fmt.Fprintf(&b, "dropped article text: %s\n", d)
	}
	return b.String(), recall, precision
}

// checkGolden compares got with the golden file, or writes it with -update.
func checkGolden(t *testing.T, golden, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s mismatch:\n%s", golden, lineDiff(string(want), got))
	}
}

// classifyLineTests are single paragraphs read on their own: boilerplate of
// each class in wordings the corpus does not use, and news sentences that
// share a word or a shape with boilerplate and must stay.
var classifyLineTests = []struct {
	in   string
	want boilerClass
}{
	// prompt
	{"Get the Valley Brief free in your inbox every Friday.", classPrompt},
	{"You've reached your limit of free stories. Subscribe to keep reading.", classPrompt},
	{"Become a member today and help us keep local reporting free.", classPrompt},
	{"Create a free account to save articles and join the discussion", classPrompt},
	{"This site uses cookies to analyse traffic. By using it you accept our cookie policy.", classPrompt},
	{"Reject all", classPrompt},
	{"Got a news tip? Email the newsroom at tips@valleywire.example", classPrompt},
	{"Continue with Apple", classPrompt},
	// social
	{"Share this article on Facebook", classSocial},
	{"Bluesky · Threads · WhatsApp · Copy link", classSocial},
	{"Follow Valley Wire on Instagram and YouTube", classSocial},
	{"37 comments", classSocial},
	{"Comments are closed", classSocial},
	// author
	{"By Hana Sorensen and Luis Prado, Valley Wire", classAuthor},
	{"Written by Tomas Ek | Senior correspondent", classAuthor},
	{"Petra Lund is a senior reporter covering transport and infrastructure for the Herald.", classAuthor},
	{"Tomas Ek is the Valley Wire's chief economics correspondent based in Harrow.", classAuthor},
	{"Lena Vos is a freelance writer at the Coast Courier.", classAuthor},
	{"Greta Lind, Professor of Soil Science, Northfield University", classAuthor},
	{"Media contact: Ada Brun, ada.brun@ferrocorp.example", classAuthor},
	{"Send questions to him at jmoss@valleywire.example or follow him @jmoss", classAuthor},
	// notice
	{"© Valley Wire 2031", classNotice},
	{"This story first appeared in The Hillside Courier and is shared here under a content partnership.", classNotice},
	{"Writing by Jo Hart; Editing by Ken Ito", classNotice},
	{"Opinions expressed in this column do not necessarily reflect those of the newspaper.", classNotice},
	{"Syndicated by Northern Features Service", classNotice},
	// related
	{"READ MORE: Valley farmers plan new crops", classRelated},
	{"See also: how the ferry timetable changes", classRelated},
	// caption
	{"Pictured: the new ferry leaving Port Ellis on its first trip.", classCaption},
	{"Volunteers fill sandbags outside the town hall. (Rui Marques/Valley Wire)", classCaption},
	{"Video: the moment the bridge reopened (0:58)", classCaption},
	{"Photo by Ana Kim on Unsplash", classCaption},
	// furniture
	{"Skip to navigation", classFurniture},
	{"Updated 25 minutes ago", classFurniture},
	{"Wednesday 3 June 2031 14:05 CEST", classFurniture},
	{"World › Europe › Norland", classFurniture},
	{"Sponsored", classFurniture},
	{"Article continues below this ad", classFurniture},
	{"Topics: ferries, strikes, Port Ellis", classFurniture},
	{"-3°C Snow showers", classFurniture},
	{"Valley Wire Ltd, 9 Quay Street, Vessby. Company number 0883412.", classNotice},
	{"This Q&A has been condensed and edited for clarity.", classNotice},

	// news that stays
	{"You cannot fix a bridge with speeches, and your taxes will rise anyway.", classNone},
	{"\"If you smell gas, leave the house and call us,\" the fire chief said.", classNone},
	{"Share prices in the utility fell 3 percent on Tuesday.", classNone},
	{"Follow-up inspections are planned for the spring.", classNone},
	{"Copyright lawyers for the band said the tune had been copied.", classNone},
	{"By Friday the river had fallen by a metre.", classNone},
	{"We launched the newsletter in 2019 to reach younger readers, the editor said.", classNone},
	{"Subscribers to the green tariff will pay 4 percent more.", classNone},
	{"Readers can send complaints to the council until May 1.", classNone},
	{"Like it or not, the levy is here to stay.", classNone},
	{"Related charges against his brother were dropped.", classNone},
	{"The company's app was downloaded 2 million times last year.", classNone},
	{"Correction: An earlier version of this story misstated the date of the vote.", classNone},
	{"Maria Lind is a journalist who was detained in Tarrow in May.", classNone},
	{"Ana Ruiz is the editor of the Tarrow Gazette, which she founded in 1998.", classNone},
	{"Photographer Ines Barrow, whose pictures of the flood won a prize, led the walk.", classNone},
	{"More than 300 people signed up for the course.", classNone},
	{"Sign language interpreters will attend every meeting.", classNone},
	{"The newspaper first published the allegations in March.", classNone},
	{"All rights to the land were reserved for the tribe under the treaty.", classNone},
	{"Updated flood maps will be published in the spring.", classNone},
	{"Watch parties for the final drew 4,000 people to the square.", classNone},
	{"Comments from parents will be collected until December 15.", classNone},
	{"The project will cost 4 million euros (about 4.3 million dollars).", classNone},
	{"Our measurements show the aquifer rising by 20 centimetres a year.", classNone},
	{"The cookies sold at the fair raised 900 euros for the school.", classNone},
	{"The charity, registered in 2019, has no paid staff and 40 volunteers.", classNone},
	{"Members of the club voted to join the regional league next season.", classNone},

	// calls to action: an imperative whose object is the page or the
	// reader, a subscription offer, a paywall meter
	{"Turn on notifications to hear about Vessby first", classPrompt},
	{"Keep reading for 2 euros a month", classPrompt},
	{"Please enable JavaScript in your browser to view this page.", classPrompt},
	{"Report a problem with this story", classPrompt},
	{"Pass it on: forward this post to a friend.", classPrompt},
	{"Try unlimited access for 1 dollar a week. Cancel any time.", classPrompt},
	{"Free stories left this month: 2", classPrompt},
	{"This story is for premium subscribers only.", classPrompt},
	{"Got thoughts on today's issue? Hit reply, we read every message.", classPrompt},
	{"You're getting this because you signed up on our website.", classPrompt},
	{"Thanks for reading. Support independent local news from 3 euros a month.", classPrompt},
	// notices: rights, research end matter, declarations, disclaimers
	{"No part of this site may be reproduced without the publisher's consent.", classNotice},
	{"Copying of these pages in whole or in part requires a licence.", classNotice},
	{"Competing interests: none.", classNotice},
	{"How to cite: Berg A. (2031) Valley Review 3(2).", classNotice},
	{"The author has no conflicts of interest to report.", classNotice},
	{"The views in this column are the author's alone.", classNotice},
	// related: a list heading and one title on one line
	{"You may also enjoy: The long road to the new ferry", classRelated},
	{"Next article: Harbour fees rise again", classRelated},
	// captions: screen-reader labels, gallery counters
	{"Image source, Valley Wire", classCaption},
	{"Photo caption, Crowds on the quay at dawn", classCaption},
	{"Video, The mayor opens the bridge, Duration 2 minutes", classCaption},
	{"[2/5] Crowds gather on the quay. VALLEY/Ana Kim", classCaption},
	{"Slide 3 of 8", classCaption},
	// author
	{"Reviewed by Dr. Ana Sauer, family physician", classAuthor},
	{"Fact-checked by Ola Berg", classNotice},
	{"Medically reviewed by Ines Barrow, RN", classAuthor},
	// furniture: a source with a stamp, "powered by", loading labels, tag lists
	{"Valley Wire • 40 min ago", classFurniture},
	{"Results powered by Scoreline", classFurniture},
	{"Comments loading…", classFurniture},
	{"Filed under Courts, Crime | Tagged trial, appeal", classFurniture},

	// news that stays beside the rules above
	{"Support for the ferry levy fell to 38 percent in the latest poll.", classNone},
	{"Download speeds on the island doubled after the new cable was laid.", classNone},
	{"Keep the story short, the editor told the trainees.", classNone},
	{"Be that as it may, the budget passed by a single vote.", classNone},
	{"Report after report has found the bridge unsafe.", classNone},
	{"Read together, the figures show a company trading viewers for income.", classNone},
	{"Subscribers fell by 900,000 after the price rise in August.", classNone},
	{"The service costs 9 euros a month and has 2 million users.", classNone},
	{"The photos were reproduced without permission, the court found.", classNone},
	{"Reproduction of the painting hangs in the town hall.", classNone},
	{"Funding for the tagging programme came from the fisheries fund.", classNone},
	{"The minister's views on the levy are well known.", classNone},
	{"Image quality on the new cameras is much better, the police said.", classNone},
	{"Item 4 on the agenda, the harbour fees, was postponed.", classNone},
	{"Posted in Brenau for two years, the officer knew the port well.", classNone},
	{"The plant is powered by wind and solar energy.", classNone},
	{"Loading of the ship resumed on Monday.", classNone},
	{"More than 4,000 people signed up for the scheme in its first week.", classNone},
	{"Next year the league will add two teams.", classNone},
}

func TestClassifyLine(t *testing.T) {
	for _, tt := range classifyLineTests {
		if got := classifyLine(tt.in); got != tt.want {
			t.Errorf("classifyLine(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
