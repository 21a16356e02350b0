package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/storygraph/storygraph/internal/goldeval"
	"github.com/storygraph/storygraph/internal/shared"
)

// runCLI runs the command line with args and returns stdout, stderr and
// the exit code.
func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	root := newRootCmd(strings.NewReader(stdin), &out, &errb)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	code := exitCode(err, &errb)
	return out.String(), errb.String(), code
}

// seedsDB builds the seed articles into a fresh database once per test
// binary and returns its path.
func seedsDB(t *testing.T) string {
	t.Helper()
	seeds := shared.Dir(t, "seeds")
	seedOnce.Do(func() {
		dir, err := os.MkdirTemp("", "storygraph-seeds-")
		if err != nil {
			seedErr = err.Error()
			return
		}
		seedPath = filepath.Join(dir, "seeds.db")
		_, stderr, code := runCLI(t, "", "--db", seedPath, "build", seeds, "--date", "2026-01-06")
		if code != 0 {
			seedErr = stderr
		}
	})
	if seedErr != "" {
		t.Fatalf("build seeds: %s", seedErr)
	}
	return seedPath
}

var (
	seedOnce sync.Once
	seedPath string
	seedErr  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if seedPath != "" {
		os.RemoveAll(filepath.Dir(seedPath))
	}
	os.Exit(code)
}

func loadGold(t *testing.T) *goldeval.Gold {
	t.Helper()
	g, err := goldeval.Load(filepath.Join(shared.Dir(t, "gold"), "paris-summit.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestSeedsEndToEnd(t *testing.T) {
	db := seedsDB(t)
	g := loadGold(t)

	out, stderr, code := runCLI(t, "", "--db", db, "entities", "--json")
	if code != 0 {
		t.Fatalf("entities: %s", stderr)
	}
	var ents struct {
		Entities []struct {
			ID, Name, Type string
			Aliases        []string
			Mentions       int
			Docs           []string
		}
	}
	if err := json.Unmarshal([]byte(out), &ents); err != nil {
		t.Fatalf("entities --json: %v\n%s", err, out)
	}
	if len(ents.Entities) == 0 {
		t.Fatal("no entities")
	}
	names := map[string]bool{}
	for _, e := range ents.Entities {
		names[e.Name] = true
		if e.ID == "" || e.Type == "" || e.Mentions <= 0 || len(e.Docs) == 0 {
			t.Errorf("entity %+v lacks id, type, mentions or docs", e)
		}
	}
	for _, want := range []string{"Steve Witkoff", "Jared Kushner", "Ukraine", "Paris"} {
		if !names[want] {
			t.Errorf("entities lack %q", want)
		}
	}

	out, stderr, code = runCLI(t, "", "--db", db, "facts", "--json")
	if code != 0 {
		t.Fatalf("facts: %s", stderr)
	}
	var facts struct {
		Facts []struct {
			ID, Subject, Relation, Object, Modality, Date string
			Negated                                       bool
			Confidence                                    float64
			Sources                                       []struct {
				Doc, Sentence string
				Offset        int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &facts); err != nil {
		t.Fatalf("facts --json: %v", err)
	}
	if len(facts.Facts) < 30 {
		t.Fatalf("only %d facts from five articles", len(facts.Facts))
	}
	// Noise never reaches the graph: not in entities, facts or sources.
	all := out
	entOut, _, _ := runCLI(t, "", "--db", db, "entities", "--json")
	all += entOut
	for _, n := range g.Noise {
		if strings.Contains(all, n) {
			t.Errorf("noise %q reached the graph", n)
		}
	}
	// Seed 000 prints its paragraphs twice: each fact has one source per
	// distinct sentence, never two from the same offset.
	for _, f := range facts.Facts {
		seen := map[string]bool{}
		for _, s := range f.Sources {
			k := s.Doc + "\x00" + s.Sentence
			if seen[k] {
				t.Errorf("fact %s %q %q %q has sentence %q of %s twice", f.ID, f.Subject, f.Relation, f.Object, s.Sentence, s.Doc)
			}
			seen[k] = true
			if s.Doc == "" || s.Sentence == "" {
				t.Errorf("fact %s has an empty source", f.ID)
			}
		}
	}
	counts := map[string]int{}
	for _, f := range facts.Facts {
		for _, s := range f.Sources {
			if strings.HasPrefix(s.Doc, "000") {
				counts[s.Sentence]++
			}
		}
	}
	if len(counts) == 0 {
		t.Error("no facts from seed 000")
	}

	out, stderr, code = runCLI(t, "", "--db", db, "timeline", "--json")
	if code != 0 {
		t.Fatalf("timeline: %s", stderr)
	}
	var tl struct {
		Events []struct {
			Date          *string
			Corroboration int
			Sources       []json.RawMessage
		}
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatalf("timeline --json: %v", err)
	}
	dated, prev := 0, ""
	for _, e := range tl.Events {
		if e.Date == nil {
			prev = "\xff"
			continue
		}
		if prev == "\xff" {
			t.Error("a dated event follows an undated one")
		}
		if *e.Date < prev {
			t.Errorf("events not sorted: %s after %s", *e.Date, prev)
		}
		prev = *e.Date
		dated++
		if e.Corroboration < 1 || len(e.Sources) == 0 {
			t.Errorf("event on %s has no sources", *e.Date)
		}
	}
	if dated == 0 {
		t.Error("no dated events")
	}
}

func TestSeedsRenderAndReport(t *testing.T) {
	db := seedsDB(t)
	dir := t.TempDir()
	svg := filepath.Join(dir, "map.svg")
	if _, stderr, code := runCLI(t, "", "--db", db, "render", "-o", svg); code != 0 {
		t.Fatalf("render: %s", stderr)
	}
	checkSVG(t, svg, "Witkoff")
	dot := filepath.Join(dir, "map.dot")
	if _, stderr, code := runCLI(t, "", "--db", db, "render", "-o", dot, "--focus", "Zelensky", "--depth", "1"); code != 0 {
		t.Fatalf("render dot: %s", stderr)
	}
	b, _ := os.ReadFile(dot)
	if !strings.Contains(string(b), "digraph") || !strings.Contains(string(b), "Zelensky") {
		t.Errorf("focused DOT lacks digraph or Zelensky:\n%.500s", b)
	}
	tsvg := filepath.Join(dir, "timeline.svg")
	if _, stderr, code := runCLI(t, "", "--db", db, "timeline", "--svg", tsvg); code != 0 {
		t.Fatalf("timeline --svg: %s", stderr)
	}
	checkSVG(t, tsvg, "2026")
	for _, name := range []string{"report.html", "report.md"} {
		p := filepath.Join(dir, name)
		if _, stderr, code := runCLI(t, "", "--db", db, "report", "-o", p); code != 0 {
			t.Fatalf("report %s: %s", name, stderr)
		}
		b, _ := os.ReadFile(p)
		for _, want := range []string{"Witkoff", "Kushner"} {
			if !strings.Contains(string(b), want) {
				t.Errorf("%s lacks %q", name, want)
			}
		}
	}
}

func checkSVG(t *testing.T, path, want string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	for {
		_, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", path, err)
		}
	}
	if !strings.Contains(string(b), want) {
		t.Errorf("%s lacks %q", path, want)
	}
}

func TestBuildIsIdempotent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	src := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(src, []byte("Mayor Elena Marchetti opened the new terminal in Lisbon on Friday.\nThe terminal cost 40 million euros.\n"), 0o644)
	if _, stderr, code := runCLI(t, "", "--db", db, "build", src, "--date", "2025-03-08"); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	first, _, _ := runCLI(t, "", "--db", db, "facts", "--json")
	_, stderr, code := runCLI(t, "", "--db", db, "build", src, "--date", "2025-03-08")
	if code != 0 {
		t.Fatalf("second build: %s", stderr)
	}
	if !strings.Contains(stderr, "0 documents added") {
		t.Errorf("second build added something: %s", stderr)
	}
	second, _, _ := runCLI(t, "", "--db", db, "facts", "--json")
	if first != second {
		t.Errorf("facts changed after re-ingesting the same article")
	}
}

func TestBadInputLeavesStoreUnchanged(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "g.db")
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Mayor Elena Marchetti opened the new terminal in Lisbon on Friday.\n"), 0o644)
	if _, stderr, code := runCLI(t, "", "--db", db, "build", good, "--date", "2025-03-08"); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	before, _, _ := runCLI(t, "", "--db", db, "facts", "--json")
	bad := map[string][]byte{
		"binary.txt":  {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 0},
		"invalid.txt": []byte("Valid start \xff\xfe then junk.\n"),
		"empty.txt":   {},
	}
	for name, data := range bad {
		p := filepath.Join(dir, name)
		os.WriteFile(p, data, 0o644)
		_, stderr, code := runCLI(t, "", "--db", db, "build", good, p)
		if code == 0 {
			t.Errorf("%s: build succeeded", name)
		}
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if len(lines) != 1 || !strings.Contains(stderr, name) {
			t.Errorf("%s: want a one-line error naming the file, got %q", name, stderr)
		}
	}
	_, stderr, code := runCLI(t, "", "--db", db, "build", filepath.Join(dir, "missing.txt"))
	if code == 0 || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("missing path: code %d, %q", code, stderr)
	}
	after, _, _ := runCLI(t, "", "--db", db, "facts", "--json")
	if before != after {
		t.Error("a failed build changed the store")
	}
}

func TestExtractCarbFormat(t *testing.T) {
	in := "The committee awarded the prize to two leaders in 1978 .\nSadat met Begin at Camp David .\n"
	out, stderr, code := runCLI(t, in, "extract", "--lines", "--format", "carb", "-")
	if code != 0 {
		t.Fatalf("extract: %s", stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 2 {
		t.Fatalf("want facts from both sentences, got %q", out)
	}
	sentences := map[string]bool{}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) < 5 {
			t.Fatalf("carb line has %d fields: %q", len(f), l)
		}
		sentences[f[0]] = true
	}
	for _, s := range strings.Split(strings.TrimSpace(in), "\n") {
		if !sentences[s] {
			t.Errorf("no fact repeats the sentence exactly as given: %q", s)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--format", "xml", "-"},
		{"build", "x.txt", "--date", "yesterday"},
	} {
		_, stderr, code := runCLI(t, "", args...)
		if code != 2 || stderr == "" {
			t.Errorf("%v: code %d, stderr %q; want 2 and a message", args, code, stderr)
		}
	}
	_, stderr, code := runCLI(t, "", "--db", filepath.Join(t.TempDir(), "none.db"), "facts")
	if code != 1 || !strings.Contains(stderr, "none.db") {
		t.Errorf("facts on a missing db: code %d, %q", code, stderr)
	}
}

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	var log bytes.Buffer
	if err := runDemo(context.Background(), dir, "", &log); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"report.html", "report.md", "map.svg", "timeline.svg"} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.Size() == 0 {
			t.Errorf("demo did not write %s: %v", name, err)
		}
	}
	// The map names the corpus's main people.
	checkSVG(t, filepath.Join(dir, "map.svg"), "Sadat")
	b, _ := os.ReadFile(filepath.Join(dir, "map.svg"))
	for _, who := range []string{"Begin", "Carter"} {
		if !strings.Contains(string(b), who) {
			t.Errorf("demo map lacks %q", who)
		}
	}
	// Boilerplate of the example pages stays out.
	rep, _ := os.ReadFile(filepath.Join(dir, "report.html"))
	for _, noise := range []string{"Grain Prices", "Sign in to comment", "do-not-index", "Share this article"} {
		if strings.Contains(string(rep), noise) {
			t.Errorf("demo report contains boilerplate %q", noise)
		}
	}
}
