package render

import (
	"bytes"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

var update = flag.Bool("update", false, "update golden files")

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n%s", name, lineDiff(string(want), string(got)))
	}
}

// lineDiff lists the lines that differ between want and got.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := range max(len(w), len(g)) {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n-\t" + wl + "\n+\t" + gl + "\n")
		}
	}
	return b.String()
}

var mapDOTTests = []struct {
	name  string
	story func() ([]extract.Entity, []extract.Fact)
	opts  MapOptions
}{
	{"small", smallStory, MapOptions{Title: "Harbour deal"}},
	{"small-focus", smallStory, MapOptions{Focus: "okafor"}},
	{"small-focus-depth2", smallStory, MapOptions{Focus: "MAYOR  MARA OKAFOR", Depth: 2}},
	{"small-cap3", smallStory, MapOptions{MaxNodes: 3}},
	{"small-neato", smallStory, MapOptions{Layout: "neato"}},
	{"hostile", hostileStory, MapOptions{Title: `<Title> & "quotes"`}},
	{"empty", func() ([]extract.Entity, []extract.Fact) { return nil, nil }, MapOptions{}},
	{"no-entity-facts", func() ([]extract.Entity, []extract.Fact) {
		return nil, []extract.Fact{fact("someone", "", "said", "something", "", "Someone said something.", "d1")}
	}, MapOptions{}},
}

func TestMapDOTGolden(t *testing.T) {
	for _, tt := range mapDOTTests {
		t.Run(tt.name, func(t *testing.T) {
			ents, facts := tt.story()
			got, err := MapDOT(ents, facts, tt.opts)
			if err != nil {
				t.Fatalf("MapDOT: %v", err)
			}
			checkGolden(t, tt.name+".dot.golden", got)
		})
	}
}

func TestMapDOTDeterministic(t *testing.T) {
	ents, facts := bigStory(300)
	want, err := MapDOT(ents, facts, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Same input in another order gives the same document.
	slices.Reverse(ents)
	slices.Reverse(facts)
	got, err := MapDOT(ents, facts, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("MapDOT depends on input order:\n%s", lineDiff(string(want), string(got)))
	}
}

// TestMapDOTWorkers checks that the map of a story large enough for its
// facts to be read on several goroutines does not depend on how many there
// are, in the default and in a focused map.
func TestMapDOTWorkers(t *testing.T) {
	ents, facts := bigStory(4000)
	for _, opts := range []MapOptions{{}, {Focus: ents[3].Name, Depth: 2}, {MaxNodes: 200}} {
		prev := runtime.GOMAXPROCS(1)
		want, err := MapDOT(ents, facts, opts)
		runtime.GOMAXPROCS(4)
		got, err2 := MapDOT(ents, facts, opts)
		runtime.GOMAXPROCS(prev)
		if err != nil || err2 != nil {
			t.Fatal(err, err2)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%+v: MapDOT differs between 1 and 4 CPUs:\n%s", opts, lineDiff(string(want), string(got)))
		}
		if strings.Count(string(want), " -> ") < 3 {
			t.Errorf("%+v: only %d edges", opts, strings.Count(string(want), " -> "))
		}
	}
}

func TestMapDOTCap(t *testing.T) {
	ents, facts := bigStory(400)
	for _, tt := range []struct {
		max, wantMax int
	}{{0, DefaultMaxNodes}, {10, 10}, {-1, len(ents)}} {
		dot, err := MapDOT(ents, facts, MapOptions{MaxNodes: tt.max})
		if err != nil {
			t.Fatal(err)
		}
		n := strings.Count(string(dot), ", shape=") - strings.Count(string(dot), "\tlegend [")
		if n == 0 || n > tt.wantMax {
			t.Errorf("MaxNodes=%d: %d nodes, want 1..%d", tt.max, n, tt.wantMax)
		}
		if tt.max == 10 && n != 10 {
			t.Errorf("MaxNodes=10: %d nodes, want 10", n)
		}
	}
}

func TestMapDOTFocus(t *testing.T) {
	ents, facts := smallStory()
	tests := []struct {
		focus     string
		depth     int
		want      []string
		dontWant  []string
		wantError error
	}{
		{focus: "Tomas Lind", want: []string{"Tomas Lind", "Mara Okafor", "Lind &amp; Sons"}, dontWant: []string{"North Quay", "Port Ellis"}},
		{focus: "lind", depth: 3, want: []string{"North Quay", "Port Ellis", "Harbour Board"}},
		{focus: "e:loc:north_quay", want: []string{"North Quay", "Harbour Board"}, dontWant: []string{"Mara Okafor"}},
		// Values of the focused entity's facts become plain-text nodes.
		{focus: "Okafor", want: []string{`"v:a new ferry route" [id="n3", label="a new ferry route", shape=plaintext`}},
		{focus: "Nobody", wantError: ErrUnknownFocus},
	}
	for _, tt := range tests {
		dot, err := MapDOT(ents, facts, MapOptions{Focus: tt.focus, Depth: tt.depth})
		if tt.wantError != nil {
			if !errors.Is(err, tt.wantError) || !strings.Contains(err.Error(), tt.focus) {
				t.Errorf("MapDOT(focus %q) error = %v, want %v naming the focus", tt.focus, err, tt.wantError)
			}
			continue
		}
		if err != nil {
			t.Fatalf("MapDOT(focus %q): %v", tt.focus, err)
		}
		for _, w := range tt.want {
			if !strings.Contains(string(dot), w) {
				t.Errorf("MapDOT(focus %q, depth %d) lacks %q:\n%s", tt.focus, tt.depth, w, dot)
			}
		}
		for _, w := range tt.dontWant {
			if strings.Contains(string(dot), "label=\""+w) {
				t.Errorf("MapDOT(focus %q, depth %d) has %q", tt.focus, tt.depth, w)
			}
		}
	}
}

var dotStringTests = []struct{ in, want string }{
	{"plain", `"plain"`},
	{`say "hi"`, `"say \"hi\""`},
	{`back\slash \n`, `"back\\slash \\n"`},
	{"a & b &lt;", `"a &amp; b &amp;lt;"`},
	{"<script>", `"<script>"`},
	{"line\nbreak\ttab", `"line break tab"`},
	{"bad \xff utf8", "\"bad \uFFFD utf8\""},
}

func TestDotString(t *testing.T) {
	for _, tt := range dotStringTests {
		if got := dotString(tt.in); got != tt.want {
			t.Errorf("dotString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := dotID("a&b"); got != `"a&b"` {
		t.Errorf("dotID(%q) = %s, want %s", "a&b", got, `"a&b"`)
	}
}

var relationLabelTests = []struct {
	name string
	f    extract.Fact
	want string
}{
	{"plain", extract.Fact{Relation: "met"}, "met"},
	{"lemma", extract.Fact{RelationLemma: "meet"}, "meet"},
	{"negated", extract.Fact{Relation: "signed", Negated: true}, "not signed"},
	{"already negated", extract.Fact{Relation: "did not sign", Negated: true}, "did not sign"},
	{"modal", extract.Fact{Relation: "sign", Modality: "could"}, "could sign"},
	{"modal negated", extract.Fact{Relation: "sign", Modality: "would", Negated: true}, "not would sign"},
	{"dated", extract.Fact{Relation: "met", Date: "2026-01"}, "met (2026-01)"},
	{"empty", extract.Fact{}, "related to"},
	{"long", extract.Fact{Relation: "agreed after a very long night of talks to consider"}, "agreed after a very long night…"},
	// A long label loses its manner adverbs before its verb is cut off; the
	// date stays.
	{"manner adverb", extract.Fact{Relation: "have separately offered to dispatch"}, "have offered to dispatch"},
	{"two manner adverbs", extract.Fact{Relation: "has firmly and publicly refused to back"}, "has refused to back"},
	{"hedge stays", extract.Fact{Relation: "has reportedly and repeatedly offered to dispatch"}, "has reportedly and offered to…"},
	{"short keeps adverb", extract.Fact{Relation: "separately signed"}, "separately signed"},
	{"ly verb stays", extract.Fact{Relation: "has been quietly preparing to resupply"}, "has been preparing to resupply"},
	{"long dated", extract.Fact{Relation: "had jointly promised to consider sending", Date: "2026-03-02"}, "had promised to… (2026-03-02)"},
	{"long dated no adverb", extract.Fact{Relation: "promised at a late hour to consider", Date: "2026-03"}, "promised at a late… (2026-03)"},
}

func TestRelationLabel(t *testing.T) {
	for _, tt := range relationLabelTests {
		if got := relationLabel(&tt.f); got != tt.want {
			t.Errorf("%s: relationLabel = %q, want %q", tt.name, got, tt.want)
		}
	}
}

var wrapTests = []struct {
	in         string
	width, max int
	want       []string
}{
	{"short", 10, 3, []string{"short"}},
	{"one two three four", 9, 3, []string{"one two", "three", "four"}},
	{"one two three four five six", 9, 2, []string{"one two", "three…"}},
	{"abcdefghijkl", 5, 3, []string{"abcde", "fghij", "kl"}},
	{"", 5, 3, nil},
}

func TestWrap(t *testing.T) {
	for _, tt := range wrapTests {
		if got := wrap(tt.in, tt.width, tt.max); !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %d, %d) = %q, want %q", tt.in, tt.width, tt.max, got, tt.want)
		}
	}
}

func TestEdgeWidth(t *testing.T) {
	for _, tt := range []struct {
		docs, maxDocs int
		want          float64
	}{
		{2, 2, 1.8},      // small corpus: 0.8 a document...
		{5, 5, 4.2},      // ...up to five
		{3, 5, 2.6},      //
		{300, 300, 4.2},  // large corpus: the best-supported edge is widest
		{10, 1000, 2.07}, // and the others by the logarithm
		{100, 1000, 3.13},
		{2, 1000, 1.32},
	} {
		if got := edgeWidth(tt.docs, tt.maxDocs); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("edgeWidth(%d, %d) = %.3f, want %.2f", tt.docs, tt.maxDocs, got, tt.want)
		}
	}
	// On a large corpus the widths must still differ where the old
	// scale (five documents and more: all equal) drew them alike.
	if a, b := edgeWidth(20, 500), edgeWidth(400, 500); b-a < 1 {
		t.Errorf("edgeWidth 20 vs 400 documents of 500: %.2f vs %.2f, want them told apart", a, b)
	}
}

// TestMapDOTQuotedCompound: a quoted noun phrase read as subject and verb
// (`"harbour levies" for Port Ellis` → "harbour | levies for | Port Ellis")
// is no edge; the same words unquoted are left to the extractor.
// ("the harbour" in another sentence makes "harbour" a concept node.)
func TestMapDOTQuotedCompound(t *testing.T) {
	withSpans := func(f extract.Fact, subject string, rel ...string) extract.Fact {
		s := &f.Sources[0]
		i := strings.Index(s.Sentence, subject)
		s.Spans.Subject = extract.Span{Off: s.Offset + i, End: s.Offset + i + len(subject)}
		at := i + len(subject)
		for _, r := range rel {
			j := at + strings.Index(s.Sentence[at:], r)
			s.Spans.Relation = append(s.Spans.Relation, extract.Span{Off: s.Offset + j, End: s.Offset + j + len(r)})
			at = j + len(r)
		}
		return f
	}
	ents := []extract.Entity{
		ent("GPE", "Port Ellis", 5, []string{"d1", "d2"}),
		ent("PERSON", "Mara Okafor", 4, []string{"d1", "d2"}),
	}
	for _, tt := range []struct {
		sentence string
		drawn    bool
	}{
		{`The board wants "harbour levies" for Port Ellis.`, false},
		{"The board wants “harbour levies” for Port Ellis.", false},
		{"The board wants harbour levies for Port Ellis.", true},
	} {
		misread := withSpans(fact("harbour", "", "levies for", "Port Ellis", "GPE", tt.sentence, "d1"), "harbour", "levies", "for")
		other := fact("Mara Okafor", "PERSON", "visited", "the harbour", "", "Okafor visited the harbour.", "d2")
		dot, err := MapDOT(ents, []extract.Fact{misread, other}, MapOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(dot), `label="levies for"`); got != tt.drawn {
			t.Errorf("%s: edge drawn = %v, want %v", tt.sentence, got, tt.drawn)
		}
	}
}

// TestMapDOTTruncatedPossessive: a fact whose object was cut after a
// possessive ("talks with the mayor’s") is not folded into an edge.
func TestMapDOTTruncatedPossessive(t *testing.T) {
	ents := []extract.Entity{
		ent("PERSON", "Mara Okafor", 6, []string{"d1", "d2"}, "Okafor"),
		ent("PERSON", "Tomas Lind", 4, []string{"d1", "d2"}, "Lind"),
	}
	for _, tt := range []struct {
		object string
		drawn  bool
	}{
		{"talks with the mayor’s", false},
		{"talks with the mayor's", false},
		{"talks with the mayor's deputy", true},
	} {
		facts := []extract.Fact{
			fact("Mara Okafor", "PERSON", "has led", tt.object, "", "Okafor, who has led "+tt.object+" staff, spoke.", "d1"),
			fact("Tomas Lind", "PERSON", "joined", "the talks", "", "Lind joined the talks.", "d2"),
		}
		dot, err := MapDOT(ents, facts, MapOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(dot), `label="has led"`); got != tt.drawn {
			t.Errorf("%q: edge drawn = %v, want %v", tt.object, got, tt.drawn)
		}
	}
}
