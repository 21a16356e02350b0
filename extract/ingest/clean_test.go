package ingest

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "update golden files")

var cleanTests = []struct {
	name      string
	in        string
	wantTitle string
	want      string
}{
	{
		name: "a live blog's entries lose their times of day",
		in:   "17:10 - The opposition spokeswoman, Dana Holt, said the ministry had waited too long.\n\n16:20 – Transport minister Ivo Renn told parliament he would not intervene.\n\n9.45am: Police say the station has reopened.\n\nShares rose 2.5 percent.",
		want: "The opposition spokeswoman, Dana Holt, said the ministry had waited too long.\nTransport minister Ivo Renn told parliament he would not intervene.\nPolice say the station has reopened.\nShares rose 2.5 percent.",
	},
	{
		name: "whitespace and line endings",
		in:   "  The  council\u00a0met\ton Monday.\r\n\r\n\u200bIt voted\u2003twice.  \rIt adjourned at noon.",
		want: "The council met on Monday.\nIt voted twice.\nIt adjourned at noon.",
	},
	{
		// a brief of one paragraph that opens with a name and mentions the
		// press is the story, not its author's bio (internal/newsgen's
		// short story 15, which cleaning used to empty)
		name: "a one-paragraph story that opens with a name is no bio",
		in:   "By Anna Abbott, Coastal Herald\nShare on Facebook Share on Twitter Email\n\nDaniel Costa, who has led Beacon Bank since 2015, is expected to step down before 2024. According to Aurora Council, about 80 people were affected by the changes to public transport. Lindqvist later said he had not been informed of the decision. Speaking to reporters in Rome, Costa said the talks with Chief Executive Mehmet Ibsen had been difficult but useful. Analysts expect Beacon Bank to report its results in 2023. Mehmet Ibsen met Costa in Rome on Friday to discuss housing. Costa told the committee that the budget for energy would rise by 42.8 percent next year.\n\nRead more: Protests grow over Rome plan\n\nSign up for our newsletter\n\nFollow us on Twitter\nCopyright 2021 The Daily Ledger. All rights reserved.\n",
		want: "Daniel Costa, who has led Beacon Bank since 2015, is expected to step down before 2024. According to Aurora Council, about 80 people were affected by the changes to public transport. Lindqvist later said he had not been informed of the decision. Speaking to reporters in Rome, Costa said the talks with Chief Executive Mehmet Ibsen had been difficult but useful. Analysts expect Beacon Bank to report its results in 2023. Mehmet Ibsen met Costa in Rome on Friday to discuss housing. Costa told the committee that the budget for energy would rise by 42.8 percent next year.",
	},
	{
		name: "exact duplicate paragraphs kept once",
		in:   "The dam was finished in May.\nThe lake filled in June.\nThe dam was finished in May.\n  The lake   filled in June.  \nIt is now open to boats.",
		want: "The dam was finished in May.\nThe lake filled in June.\nIt is now open to boats.",
	},
	{
		name:      "title printed several times",
		in:        "Dam Opens to Boats\n\nDam Opens to Boats\nDam Opens to Boats\nThe dam was finished in May.\nDam opens to boats",
		wantTitle: "Dam Opens to Boats",
		want:      "The dam was finished in May.",
	},
	{
		name:      "sentence-case title",
		in:        "Dam opens to boats after years of work\nThe dam was finished in May.",
		wantTitle: "Dam opens to boats after years of work",
		want:      "The dam was finished in May.",
	},
	{
		name: "no title when the first line is a sentence",
		in:   "The dam was finished in May.\nIt cost less than planned.",
		want: "The dam was finished in May.\nIt cost less than planned.",
	},
	{
		name:      "navigation labels before the title",
		in:        "Home\nNews\nDam Opens to Boats\nThe dam was finished in May.",
		wantTitle: "Dam Opens to Boats",
		want:      "The dam was finished in May.",
	},
	{
		name: "share-button run",
		in:   "The dam was finished in May.\nMastodon\nBluesky\nEmail\nPrint\nIt cost less than planned.",
		want: "The dam was finished in May.\nIt cost less than planned.",
	},
	{
		name: "single short label",
		in:   "The dam was finished in May.\nAdvertisement\nIt cost less than planned.",
		want: "The dam was finished in May.\nIt cost less than planned.",
	},
	{
		name: "section headings",
		in:   "The dam was finished in May.\nWhat Happens Next for the Valley\nFarmers will get water in July.",
		want: "The dam was finished in May.\nFarmers will get water in July.",
	},
	{
		name: "trailing title-case headline list",
		in:   "The dam was finished in May.\nMayor Opens New Library in Old Mill\nRail Strike Ends After Two Days\nLocal Team Wins the Regional Cup",
		want: "The dam was finished in May.",
	},
	{
		name: "trailing sentence-case link list",
		in:   "The dam was finished in May.\nMayor opens new library in the old mill\nRail strike ends after two days of talks\nLocal team wins the regional cup again",
		want: "The dam was finished in May.",
	},
	{
		name: "unpunctuated sentence-case line inside the text is kept",
		in:   "The dam was finished in May.\nthe contractor said the work had gone well overall\nIt cost less than planned.",
		want: "The dam was finished in May.\nthe contractor said the work had gone well overall\nIt cost less than planned.",
	},
	{
		name: "read also and related lines",
		in:   "The dam was finished in May.\nRead Also: Valley Farmers Plan New Crops\nRead more: the full report\nRelated: Water Prices\nSee also: our dam coverage\nIt cost less than planned.",
		want: "The dam was finished in May.\nIt cost less than planned.",
	},
	{
		name: "syndication footer",
		in:   "The dam was finished in May.\nIt cost less than planned.\nAll content created by the Valley Wire is available without charge to any news publisher; republished stories must keep our byline.",
		want: "The dam was finished in May.\nIt cost less than planned.",
	},
	{
		name: "news about a publisher is kept",
		in:   "The publisher of the Valley Times said the paper would print a weekend edition again.\nIt stopped in 2020.",
		want: "The publisher of the Valley Times said the paper would print a weekend edition again.\nIt stopped in 2020.",
	},
	{
		name: "copyright and login prompts",
		in:   "The dam was finished in May.\n© 2031 Valley Wire\nCopyright Valley Wire. All rights reserved.\nContinue with Google\nSign in with email\nLog in\nSubscribe to our newsletter.\nAlready a subscriber? Log in",
		want: "The dam was finished in May.",
	},
	{
		name: "share prices sentence is not a prompt",
		in:   "Share prices rose by 3 percent on Tuesday.\nSubscribers to the plan pay less.",
		want: "Share prices rose by 3 percent on Tuesday.\nSubscribers to the plan pay less.",
	},
	{
		name: "dateline and credit lines",
		in:   "The dam was finished in May.\nValley Wire, Northtown\nPhoto: The new dam seen from the east bank.\nBy Jane Osei\nIt cost less than planned.",
		want: "The dam was finished in May.\nIt cost less than planned.",
	},
	{
		name: "social post keeps its text and drops the attribution",
		in:   "The minister posted about the dam.\nThe valley finally has its dam. Thank you to every worker! https://t.co/xYz12AB\n— Ana Ruiz (@anaruiz) May 30, 2031\nIt cost less than planned.",
		want: "The minister posted about the dam.\nThe valley finally has its dam. Thank you to every worker!\nIt cost less than planned.",
	},
	{
		name: "wire dateline prefix",
		in:   "NORTHTOWN, Valley (Wire) — The dam was finished in May after four years of work.\nIt cost less than planned.",
		want: "The dam was finished in May after four years of work.\nIt cost less than planned.",
	},
	{
		name: "release wire dateline with a date",
		in:   "VALLEYTON, Northshire, May 2, 2031 /Newsline/ -- The dam operator said on Friday it would open a visitor centre.\nIt cost less than planned.",
		want: "The dam operator said on Friday it would open a visitor centre.\nIt cost less than planned.",
	},
	{
		name: "wire dateline with a day and no year",
		in:   "NORTHTOWN, Valley, Jun 3 (Valley Wire) - The dam was finished in May after four years of work.\nIt cost less than planned.",
		want: "The dam was finished in May after four years of work.\nIt cost less than planned.",
	},
	{
		name: "lines of symbols",
		in:   "The dam was finished in May.\n***\n—\n| |\nIt cost less than planned.",
		want: "The dam was finished in May.\nIt cost less than planned.",
	},
	{
		name: "broken line rejoined",
		in:   "The dam was finished in May after the\nworkers returned from the strike.",
		want: "The dam was finished in May after the workers returned from the strike.",
	},
	{
		name: "empty",
		in:   " \n\u00a0\n",
		want: "",
	},
	{
		// a hard-wrapped copy of a blog post: the headline, the byline and
		// the footer end short of the wrap width, so they were never wrapped
		// into the next line and must not be glued to it
		name:      "hard-wrapped text keeps short lines apart",
		in:        "Harbour News\nFerry fares to rise for island residents\nPosted on May 2, 2031 by Ola Berg\nThe ferry company will raise fares for island\nresidents by 8 percent from June, it said on\nFriday, blaming the cost of fuel and crew.\nThe island council said it would ask the region\nfor a subsidy to cover the rise in full.\nFiled under Transport, Islands | Tagged ferry, fares\nLeave a Reply",
		wantTitle: "Ferry fares to rise for island residents",
		want:      "The ferry company will raise fares for island residents by 8 percent from June, it said on Friday, blaming the cost of fuel and crew.\nThe island council said it would ask the region for a subsidy to cover the rise in full.",
	},
	{
		name: "hard-wrapped sentence before a capitalised word is joined",
		in:   "The ferry company will raise fares for island\nresidents by 8 percent from June, it said on\nFriday, blaming the cost of fuel and crew in\nNorland. The island council said it would ask\nthe region for a subsidy to cover the rise.",
		want: "The ferry company will raise fares for island residents by 8 percent from June, it said on Friday, blaming the cost of fuel and crew in Norland. The island council said it would ask the region for a subsidy to cover the rise.",
	},
	{
		// the author box after a wire story calls the byline's author by
		// the first name; the name alone on a line in the box is not the
		// story using it
		name: "bio by the byline author's first name",
		in:   "By Selma Haug and Piet Janssen\nThe port will spend 3 billion crowns on two new berths, its board said on Friday.\nDredging will start next spring.\nSelma Haug\nSelma covers shipping and logistics from Brenau. She joined the agency in 2024.",
		want: "The port will spend 3 billion crowns on two new berths, its board said on Friday.\nDredging will start next spring.",
	},
	{
		name: "first name that is not the author's is kept",
		in:   "By Selma Haug\nThe port will spend 3 billion crowns on two new berths, its board said on Friday.\nPiet covers the night shift at the crane depot, his manager said.",
		want: "The port will spend 3 billion crowns on two new berths, its board said on Friday.\nPiet covers the night shift at the crane depot, his manager said.",
	},
	{
		// readability takes the byline out of an HTML page; the bio's verb
		// ("covers", "writes") still marks a journalist's bio after the
		// story
		name: "bio with a journalist's verb after the story",
		in:   "The port will spend 3 billion crowns on two new berths, its board said on Friday.\nDredging will start next spring.\nHyun-woo Park covers the media business for the Ledger from Kessby. He previously reported on telecoms.",
		want: "The port will spend 3 billion crowns on two new berths, its board said on Friday.\nDredging will start next spring.",
	},
	{
		name: "a story's own 'Name covers' sentence is kept",
		in:   "Insurer Ola Berg covers the cost of the repairs, the council said on Friday.\nBerg covers most flood claims in the valley.",
		want: "Insurer Ola Berg covers the cost of the repairs, the council said on Friday.\nBerg covers most flood claims in the valley.",
	},
	{
		name: "screen-reader link notes are removed",
		in:   "The port will spend 3 billion crowns on two new berths, its board said on Friday.\nOpens in a new window\nAcquire Licensing Rights, opens new tab\nSee the port's plan (opens in a new tab) for details of the berths.",
		want: "The port will spend 3 billion crowns on two new berths, its board said on Friday.\nSee the port's plan for details of the berths.",
	},
}

func TestClean(t *testing.T) {
	for _, tt := range cleanTests {
		t.Run(tt.name, func(t *testing.T) {
			title, got := CleanTitle(tt.in)
			if got != tt.want {
				t.Errorf("CleanTitle(%q) text =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
			if title != tt.wantTitle {
				t.Errorf("CleanTitle(%q) title = %q, want %q", tt.in, title, tt.wantTitle)
			}
			if c := Clean(tt.in); c != got {
				t.Errorf("Clean(%q) = %q, differs from CleanTitle's text %q", tt.in, c, got)
			}
		})
	}
}

// TestCleanGolden cleans the noisy pages testdata/*.txt and compares with
// testdata/*.clean.golden.
func TestCleanGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Fatal("no testdata/*.txt inputs")
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			title, text := CleanTitle(string(src))
			got := "title: " + title + "\n\n" + text + "\n"
			golden := strings.TrimSuffix(in, ".txt") + ".clean.golden"
			if golden == in {
				t.Fatalf("golden file %s would overwrite its input", golden)
			}
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
				t.Errorf("CleanTitle(%s) mismatch:\n%s", in, lineDiff(string(want), got))
			}
		})
	}
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	inW := map[string]bool{}
	inG := map[string]bool{}
	for _, l := range w {
		inW[l] = true
	}
	for _, l := range g {
		inG[l] = true
	}
	var b strings.Builder
	for _, l := range w {
		if !inG[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range g {
		if !inW[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	if b.Len() == 0 {
		b.WriteString("(same lines, different order or count)\n")
	}
	return b.String()
}

var textDateTests = []struct {
	name string
	in   string
	want string // YYYY-MM-DD or ""
}{
	{"month day year", "The talks began on January 6, 2026, in the capital.", "2026-01-06"},
	{"abbreviated month", "The vote was held on Jan. 6, 2026.", "2026-01-06"},
	{"day month year", "The vote was held on 6 January 2026.", "2026-01-06"},
	{"ordinal", "It happened on March 3rd, 2029.", "2029-03-03"},
	{"iso", "Filed 2026-01-06 by the clerk.", "2026-01-06"},
	{"no year ignored", "The meeting on December 28 went well.", ""},
	{"invalid day ignored", "It was dated February 30, 2026.", ""},
	{"latest of several", "The plan from March 1, 2025 was replaced on June 2, 2025.", "2025-06-02"},
	{"dateline preferred over later body date", "Updated: May 2, 2030\nThe law takes effect on July 1, 2031.", "2030-05-02"},
	{"date-only line preferred", "The law takes effect on July 1, 2031.\nMay 2, 2030", "2030-05-02"},
	{"social attribution preferred", "The law takes effect on July 1, 2031.\n— A Name (@handle) May 2, 2030", "2030-05-02"},
	{"none", "No dates here at all.", ""},
}

func TestTextDate(t *testing.T) {
	for _, tt := range textDateTests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := TextDate(tt.in)
			s := ""
			if ok {
				s = got.Format(time.DateOnly)
				if got.Location() != time.UTC {
					t.Errorf("TextDate(%q) location = %v, want UTC", tt.in, got.Location())
				}
			}
			if s != tt.want {
				t.Errorf("TextDate(%q) = %q, want %q", tt.in, s, tt.want)
			}
		})
	}
}

var stripMarkdownTests = []struct {
	name, in, want string
}{
	{"headings", "# Big News\n\nSome text.\n\nSub Part\n--------\n\nMore text.", "Big News\nSome text.\nSub Part\nMore text."},
	{"emphasis and code", "This is **bold**, __strong__, *em*, _em_ and `code` and ~~gone~~.", "This is bold, strong, em, em and code and gone."},
	{"snake_case kept", "The file_name_here stays.", "The file_name_here stays."},
	{"links and images", "See [the report](http://x.org/a_(b)) and ![pic](p.png) or <http://x.org>.", "See the report and  or http://x.org."},
	{"reference links", "Read [the report][1].\n\n[1]: http://x.org", "Read the report."},
	{"lists", "- one item\n* two item\n3. three item\n- [x] done item", "one item\ntwo item\nthree item\ndone item"},
	{"quotes", "> quoted line one\n> quoted line two\n\nafter", "quoted line one quoted line two\nafter"},
	{"fences dropped", "before\n\n```go\ncode here\n```\n\n~~~\nmore code\n~~~\nafter", "before\nafter"},
	{"soft wrap joined", "one line\ncontinues here\n\nnext para", "one line continues here\nnext para"},
	{"hard break", "first line  \nsecond line", "first line\nsecond line"},
	{"html comment and tags", "a <!-- hidden --> b <br/> c <span>d</span>", "a  b  c d"},
	{"rule", "above\n\n---\n\nbelow", "above\nbelow"},
	{"table", "| a | b |\n|---|---|\n| 1 | 2 |", "a; b\n1; 2"},
	{"escapes", `not \*emphasis\*`, "not *emphasis*"},
}

func TestStripMarkdown(t *testing.T) {
	for _, tt := range stripMarkdownTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripMarkdown(tt.in); got != tt.want {
				t.Errorf("StripMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzClean(f *testing.F) {
	for _, tt := range cleanTests {
		f.Add(tt.in)
	}
	f.Add("\xff\xfe bad bytes\nTitle Line\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		title, text := CleanTitle(s)
		for _, v := range []string{title, text} {
			if !utf8.ValidString(v) {
				t.Fatalf("CleanTitle(%q) produced invalid UTF-8 %q", s, v)
			}
		}
		if strings.Contains(title, "\n") {
			t.Fatalf("CleanTitle(%q) title has a newline: %q", s, title)
		}
		if text == "" {
			return
		}
		for _, l := range strings.Split(text, "\n") {
			if l == "" || strings.TrimSpace(l) != l || strings.Contains(l, "  ") {
				t.Fatalf("CleanTitle(%q) line %q is blank or has stray spaces", s, l)
			}
		}
	})
}

func BenchmarkClean(b *testing.B) {
	inputs, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(inputs) == 0 {
		b.Fatal("no testdata/*.txt inputs")
	}
	var all strings.Builder
	for _, in := range inputs {
		src, err := os.ReadFile(in)
		if err != nil {
			b.Fatal(err)
		}
		all.Write(src)
		all.WriteString("\n")
	}
	// A ladder of sizes: the pages repeated 1 and 50 times (duplicates are
	// removed, so the larger input also measures the duplicate check).
	for _, n := range []int{1, 50} {
		text := strings.Repeat(all.String(), n)
		b.Run("copies="+strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Clean(text)
			}
		})
	}
}
