package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	cayley "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/export"
)

// askDB builds the invented articles of testdata/ask into a fresh database
// once per test binary and returns its path.
func askDB(t *testing.T) string {
	t.Helper()
	askOnce.Do(func() {
		files, _ := filepath.Glob(filepath.Join("testdata", "ask", "*.md"))
		dir, err := os.MkdirTemp("", "storygraph-ask-")
		if err != nil {
			askErr = err.Error()
			return
		}
		askPath = filepath.Join(dir, "ask.db")
		_, stderr, code := runCLI(t, "", append([]string{"--db", askPath, "build"}, files...)...)
		if code != 0 {
			askErr = stderr
		}
	})
	if askErr != "" {
		t.Fatalf("build testdata/ask: %s", askErr)
	}
	t.Cleanup(func() {}) // the directory is removed by TestMain's caller at exit
	return askPath
}

var (
	askOnce sync.Once
	askPath string
	askErr  string
)

// pathJSON is what path --json prints.
type pathJSON struct {
	From, To  string
	Connected bool
	Edges     []edgeJSON
	Paths     []struct {
		Edges         []edgeJSON
		Corroboration int
	}
}

type edgeJSON struct {
	From, Relation, To, Date string
	Corroboration            int
	Confidence               float64
	Facts                    []struct {
		ID, Relation, Date string
		Corroboration      int
		Sources            []struct {
			Doc, Title, Sentence string
			Offset               int
			Spans                json.RawMessage
		}
	}
}

func decode[T any](t *testing.T, out string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, out)
	}
	return v
}

func TestAskPath(t *testing.T) {
	db := askDB(t)
	out, stderr, code := runCLI(t, "", "--db", db, "path", "--json", "Kowalczyk", "Oskar Lind")
	if code != 0 {
		t.Fatalf("path: %s", stderr)
	}
	p := decode[pathJSON](t, out)
	if !p.Connected || len(p.Edges) != 3 {
		t.Fatalf("path Kowalczyk Lind = %+v, want 3 edges (lead, sue, run)", p)
	}
	var rels []string
	for _, e := range p.Edges {
		rels = append(rels, e.Relation)
		if len(e.Facts) == 0 || e.Corroboration < 1 {
			t.Errorf("edge %s %s %s has no evidence", e.From, e.Relation, e.To)
			continue
		}
		s := e.Facts[0].Sources[0]
		if s.Title == "" || s.Sentence == "" || s.Doc == "" || len(s.Spans) == 0 {
			t.Errorf("edge %s %s %s: source %+v lacks doc, title, sentence or spans", e.From, e.Relation, e.To, s)
		}
	}
	if want := []string{"lead", "sue", "run"}; !slices.Equal(rels, want) {
		t.Errorf("path relations = %q, want %q", rels, want)
	}
	if p.Edges[1].Date != "2025-04-02" {
		t.Errorf("the suit's date = %q, want 2025-04-02", p.Edges[1].Date)
	}
	// No connection is said, in text and JSON.
	out, _, code = runCLI(t, "", "--db", db, "path", "Ana Duarte", "Tomas Reyes", "--max-depth", "2")
	if code != 0 || !strings.Contains(out, "no connection between Ana Duarte and Tomas Reyes") {
		t.Errorf("path without connection: code %d, %q", code, out)
	}
	out, _, _ = runCLI(t, "", "--db", db, "path", "--json", "Ana Duarte", "Tomas Reyes", "--max-depth", "2")
	if p := decode[pathJSON](t, out); p.Connected || len(p.Edges) != 0 {
		t.Errorf("path --json without connection = %+v, want connected false", p)
	}
	// --all lists the chains, best first.
	out, _, _ = runCLI(t, "", "--db", db, "path", "--json", "--all", "Kowalczyk", "Lind")
	if p := decode[pathJSON](t, out); len(p.Paths) == 0 || len(p.Paths[0].Edges) != 3 {
		t.Errorf("path --all = %+v, want the 3-edge chain", p.Paths)
	}
}

func TestAskNeighbours(t *testing.T) {
	db := askDB(t)
	out, stderr, code := runCLI(t, "", "--db", db, "neighbours", "--json", "Marta Kowalczyk")
	if code != 0 {
		t.Fatalf("neighbours: %s", stderr)
	}
	n := decode[struct {
		Entity string
		Edges  []edgeJSON
	}](t, out)
	found := false
	for _, e := range n.Edges {
		// The meeting is reported by two articles: one fact, two sources.
		if e.Relation == "meet" {
			found = true
			if e.Corroboration != 2 || len(e.Facts) != 1 || len(e.Facts[0].Sources) != 2 || e.Date != "2025-03-03" {
				t.Errorf("meet edge = %+v, want one fact dated 2025-03-03 from two documents", e)
			}
		}
	}
	if n.Entity != "Marta Kowalczyk" || !found {
		t.Errorf("neighbours Marta Kowalczyk = %+v, want her meeting", n)
	}
	out, _, _ = runCLI(t, "", "--db", db, "neighbours", "Kowalczyk")
	if !strings.Contains(out, "Marta Kowalczyk —meet→") || !strings.Contains(out, "2 documents") {
		t.Errorf("neighbours text lacks the meeting and its two documents:\n%s", out)
	}
}

func TestAskRankCommunities(t *testing.T) {
	db := askDB(t)
	for _, by := range []string{"pagerank", "betweenness", "mentions"} {
		out, stderr, code := runCLI(t, "", "--db", db, "rank", "--json", "--by", by, "--top", "3")
		if code != 0 {
			t.Fatalf("rank --by %s: %s", by, stderr)
		}
		r := decode[struct {
			By       string
			Entities []rankedEntity
		}](t, out)
		if r.By != by || len(r.Entities) != 3 || r.Entities[0].Rank != 1 || r.Entities[0].Score < r.Entities[2].Score {
			t.Errorf("rank --by %s = %+v, want 3 entities by falling score", by, r)
		}
	}
	// Betweenness: Brindle Foods joins its chief executive to its rival.
	out, _, _ := runCLI(t, "", "--db", db, "rank", "--json", "--by", "betweenness", "--top", "1")
	if r := decode[struct{ Entities []rankedEntity }](t, out); len(r.Entities) != 1 || r.Entities[0].Name != "Brindle Foods" {
		t.Errorf("rank --by betweenness top = %+v, want Brindle Foods", r.Entities)
	}
	out, stderr, code := runCLI(t, "", "--db", db, "communities", "--json")
	if code != 0 {
		t.Fatalf("communities: %s", stderr)
	}
	c := decode[struct {
		Communities []community
		Isolated    int
	}](t, out)
	if len(c.Communities) < 2 {
		t.Fatalf("communities = %+v, want at least two", c)
	}
	for _, cm := range c.Communities {
		if cm.Name == "" || cm.Size != len(cm.Members) || cm.Size < 2 {
			t.Errorf("community %+v: want a name and its members", cm)
		}
	}
	// Deterministic: the same graph and seed give the same communities.
	again, _, _ := runCLI(t, "", "--db", db, "communities", "--json")
	if again != out {
		t.Error("communities differ between two runs")
	}
}

func TestAskTimelineAbout(t *testing.T) {
	db := askDB(t)
	out, stderr, code := runCLI(t, "", "--db", db, "timeline", "--about", "Reyes", "--json")
	if code != 0 {
		t.Fatalf("timeline --about: %s", stderr)
	}
	tl := decode[struct {
		About  string
		Events []struct {
			Date                             *string
			Subject, Relation, About, Anchor string
			Corroboration                    int
		}
	}](t, out)
	var got []string
	for _, e := range tl.Events {
		if e.About != "Tomas Reyes" || e.Date == nil {
			t.Errorf("event %+v: want about Tomas Reyes and a date", e)
			continue
		}
		got = append(got, *e.Date+" "+e.Relation)
	}
	// Founded in 1998, met on March 3 (reported twice), welcomed the review
	// (dated by the article: the sentence gives no date).
	want := []string{"1998 founded", "2025-03-03 met", "2025-04-01 welcomed"}
	if !slices.Equal(got, want) {
		t.Errorf("timeline --about Reyes = %q, want %q", got, want)
	}
	if len(tl.Events) == 3 && (tl.Events[1].Corroboration != 2 || tl.Events[0].Anchor != "text") {
		t.Errorf("events = %+v, want the meeting reported by 2 documents, dates read from the text", tl.Events)
	}
	// A name no entity has: an error with the closest names.
	_, stderr, code = runCLI(t, "", "--db", db, "timeline", "--about", "Kowalcyk")
	if code != 1 || !strings.Contains(stderr, "closest: Marta Kowalczyk") {
		t.Errorf("timeline --about Kowalcyk: code %d, %q", code, stderr)
	}
}

func TestAskExport(t *testing.T) {
	db := askDB(t)
	dir := t.TempDir()
	// N-Quads load into Cayley unchanged: read them with Cayley's own
	// parser into its memory store, dump that, and compare.
	nq := filepath.Join(dir, "g.nq")
	if _, stderr, code := runCLI(t, "", "--db", db, "export", "--format", "nquads", "-o", nq); code != 0 {
		t.Fatalf("export nquads: %s", stderr)
	}
	b, _ := os.ReadFile(nq)
	qs := memstore.New()
	r := nquads.NewReader(bytes.NewReader(b), false)
	var read []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err != nil {
			break
		}
		read = append(read, q)
	}
	lines := strings.Count(string(b), "\n")
	if len(read) != lines || lines < 100 {
		t.Fatalf("Cayley's N-Quads reader read %d quads of %d lines", len(read), lines)
	}
	deltas := make([]cayley.Delta, len(read))
	for i, q := range read {
		deltas[i] = cayley.Delta{Quad: q, Action: cayley.Add}
	}
	if err := qs.ApplyDeltas(deltas, cayley.IgnoreOpts{}); err != nil {
		t.Fatalf("load into Cayley: %v", err)
	}
	var dump []string
	it := qs.QuadsAllIterator().Iterate()
	for it.Next(t.Context()) {
		q, _ := qs.Quad(it.Result())
		dump = append(dump, q.NQuad())
	}
	slices.Sort(dump)
	if got := strings.Join(dump, "\n") + "\n"; got != string(b) {
		t.Errorf("quads loaded into Cayley and dumped again differ from the export")
	}

	// GraphML: a structural check against the GraphML 1.0 schema (no XSD
	// validator exists in pure Go): namespace, declared keys with valid
	// domains and types, unique node ids, edges between declared nodes,
	// data only under declared keys of the right domain.
	out, stderr, code := runCLI(t, "", "--db", db, "export", "--format", "graphml")
	if code != 0 {
		t.Fatalf("export graphml: %s", stderr)
	}
	checkGraphML(t, out)

	// "-o -" is stdout, as for render and report, not a file named "-".
	t.Chdir(t.TempDir())
	dash, stderr, code := runCLI(t, "", "--db", db, "export", "--format", "graphml", "-o", "-")
	if code != 0 || dash != out {
		t.Errorf("export -o - gave %d bytes (exit %d, %s), want the %d of stdout", len(dash), code, stderr, len(out))
	}
	if _, err := os.Stat("-"); err == nil {
		t.Error(`export -o - wrote a file named "-"`)
	}

	// DOT parses back with gonum's decoder.
	out, stderr, code = runCLI(t, "", "--db", db, "export", "--format", "dot")
	if code != 0 {
		t.Fatalf("export dot: %s", stderr)
	}
	g := simple.NewDirectedGraph()
	if err := dot.Unmarshal([]byte(out), g); err != nil {
		t.Fatalf("export dot does not parse: %v\n%s", err, out)
	}
	if g.Nodes().Len() < 5 || g.Edges().Len() < 4 {
		t.Errorf("export dot has %d nodes and %d edges, want the entity graph", g.Nodes().Len(), g.Edges().Len())
	}

	// JSON Lines: one graph fact per line, with sources.
	out, _, _ = runCLI(t, "", "--db", db, "export", "--format", "jsonl")
	facts, _, _ := runCLI(t, "", "--db", db, "facts", "--json")
	n := len(decode[struct{ Facts []json.RawMessage }](t, facts).Facts)
	ls := strings.Split(strings.TrimSpace(out), "\n")
	if len(ls) != n {
		t.Errorf("export jsonl: %d lines, want the %d graph facts", len(ls), n)
	}
	for _, l := range ls {
		f := decode[struct {
			ID            string
			Corroboration int
			Sources       []struct{ Doc, Sentence, Title string }
		}](t, l)
		if f.ID == "" || f.Corroboration < 1 || len(f.Sources) == 0 || f.Sources[0].Sentence == "" {
			t.Errorf("jsonl line %s lacks id, corroboration or sources", l)
		}
	}
}

// checkGraphML checks the constraints of the GraphML 1.0 schema that a
// reader relies on.
func checkGraphML(t *testing.T, doc string) {
	t.Helper()
	var g struct {
		XMLName xml.Name
		Keys    []struct {
			ID       string `xml:"id,attr"`
			For      string `xml:"for,attr"`
			AttrName string `xml:"attr.name,attr"`
			AttrType string `xml:"attr.type,attr"`
		} `xml:"key"`
		Graphs []struct {
			ID          string `xml:"id,attr"`
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key string `xml:"key,attr"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal([]byte(doc), &g); err != nil {
		t.Fatalf("graphml is not XML: %v", err)
	}
	if g.XMLName.Space != export.GraphMLNamespace || g.XMLName.Local != "graphml" {
		t.Errorf("root element %v, want graphml in %s", g.XMLName, export.GraphMLNamespace)
	}
	domain := map[string]string{}
	for _, k := range g.Keys {
		if k.ID == "" || !slices.Contains([]string{"graph", "node", "edge", "all"}, k.For) ||
			!slices.Contains([]string{"boolean", "int", "long", "float", "double", "string"}, k.AttrType) {
			t.Errorf("key %+v: bad id, for or attr.type", k)
		}
		domain[k.ID] = k.For
	}
	if len(g.Graphs) != 1 || !slices.Contains([]string{"directed", "undirected"}, g.Graphs[0].EdgeDefault) {
		t.Fatalf("want one graph with edgedefault, got %d", len(g.Graphs))
	}
	nodes := map[string]bool{}
	for _, n := range g.Graphs[0].Nodes {
		if nodes[n.ID] || n.ID == "" {
			t.Errorf("node id %q empty or repeated", n.ID)
		}
		nodes[n.ID] = true
		for _, d := range n.Data {
			if f := domain[d.Key]; f != "node" && f != "all" {
				t.Errorf("node %s: data key %q is not a declared node key", n.ID, d.Key)
			}
		}
	}
	for _, e := range g.Graphs[0].Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s→%s between undeclared nodes", e.Source, e.Target)
		}
		for _, d := range e.Data {
			if f := domain[d.Key]; f != "edge" && f != "all" {
				t.Errorf("edge data key %q is not a declared edge key", d.Key)
			}
		}
	}
	if len(nodes) < 5 || len(g.Graphs[0].Edges) < 4 {
		t.Errorf("graphml has %d nodes and %d edges, want the entity graph", len(nodes), len(g.Graphs[0].Edges))
	}
}

// TestCLIContract checks the rules every verb follows.
func TestCLIContract(t *testing.T) {
	db := askDB(t)
	// An unknown name is an error with the closest candidates, exit 1.
	for _, args := range [][]string{
		{"neighbours", "Kowalsky"},
		{"path", "Kowalsky", "Lind"},
		{"path", "Lind", "Kowalsky"},
		{"facts", "--about", "Kowalsky"},
		{"timeline", "--about", "Kowalsky"},
		{"entities", "--explain", "Kowalsky"},
	} {
		out, stderr, code := runCLI(t, "", append([]string{"--db", db}, args...)...)
		if code != 1 || !strings.Contains(stderr, `no entity named "Kowalsky"; closest: Marta Kowalczyk`) || out != "" {
			t.Errorf("%v: code %d, stdout %q, stderr %q; want exit 1 and the closest name", args, code, out, stderr)
		}
		if strings.Count(strings.TrimPrefix(stderr, "storygraph: "), "graph: ") > 1 {
			t.Errorf("%v: %q repeats the package prefix", args, stderr)
		}
	}
	// Usage errors show the usage line and exit 2.
	for _, args := range [][]string{
		{"path", "Lind"},
		{"neighbours"},
		{"rank", "--by", "fame"},
		{"export", "--format", "csv"},
		{"query", "--lang", "sparql", "x"},
		{"rank", "--nope"},
		{"timeline", "--all"},
	} {
		_, stderr, code := runCLI(t, "", append([]string{"--db", db}, args...)...)
		if code != 2 || !strings.Contains(stderr, "usage: storygraph ") {
			t.Errorf("%v: code %d, stderr %q; want 2 and the usage line", args, code, stderr)
		}
	}
	if _, stderr, code := runCLI(t, "", "frobnicate"); code != 2 || stderr == "" {
		t.Errorf("unknown command: code %d, %q; want 2", code, stderr)
	}
	if out, _, code := runCLI(t, "", "--version"); code != 0 || !strings.HasPrefix(out, "storygraph ") ||
		!strings.Contains(out, fmt.Sprintf("graph schema %d", graph.SchemaVersion)) {
		t.Errorf("--version: code %d, %q", code, out)
	}
	// Text fits 100 columns unless --wide.
	for _, args := range [][]string{
		{"facts"}, {"entities"}, {"neighbours", "Kowalczyk"}, {"path", "Kowalczyk", "Lind", "--all"},
		{"rank"}, {"communities"}, {"timeline"}, {"timeline", "--about", "Reyes"},
	} {
		out, stderr, code := runCLI(t, "", append([]string{"--db", db}, args...)...)
		if code != 0 {
			t.Errorf("%v: %s", args, stderr)
		}
		for _, l := range strings.Split(out, "\n") {
			if utf8.RuneCountInString(l) > 100 {
				t.Errorf("%v: line of %d columns: %q", args, utf8.RuneCountInString(l), l)
			}
		}
	}
	out, _, _ := runCLI(t, "", "--db", db, "facts", "--wide")
	if !strings.Contains(out, "Brindle Foods would buy Harbor Mills for 40 million euros") {
		t.Errorf("facts --wide cut a cell:\n%s", out)
	}
}

func TestQuerySafety(t *testing.T) {
	db := askDB(t)
	out, stderr, code := runCLI(t, "", "--db", db, "query", "--limit", "2", `g.V().Has("<sg:type>", "PERSON").All()`)
	if code != 0 || strings.Count(out, "\n") != 2 {
		t.Errorf("query --limit 2: code %d, %q, %q; want two JSON lines", code, out, stderr)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		decode[map[string]any](t, l)
	}
	// The limit reached exactly: the store must still close (a Gizmo
	// iterator closed early once left a bolt read transaction open).
	done := make(chan string, 1)
	go func() {
		out, _, _ := runCLI(t, "", "--db", db, "query", "--limit", "2", `g.V().Has("<sg:type>", "ORG").Out("<sg:name>").All()`)
		done <- out
	}()
	select {
	case out := <-done:
		if strings.Count(out, "\n") != 2 {
			t.Errorf("query --limit 2 of the companies: %q, want two lines", out)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("query --limit 2 of the companies does not return")
	}
	_, stderr, code = runCLI(t, "", "--db", db, "query", "--timeout", "300ms", `while (true) {}`)
	if code != 1 || !strings.Contains(stderr, "query stopped after 300ms (--timeout)") {
		t.Errorf("endless query: code %d, %q; want exit 1 and the timeout named", code, stderr)
	}
}

// TestSeedsAsk is the bar of issue 14 on the seed articles.
func TestSeedsAsk(t *testing.T) {
	db := seedsDB(t)
	out, stderr, code := runCLI(t, "", "--db", db, "path", "--json", "Zelensky", "Trump")
	if code != 0 {
		t.Fatalf("path Zelensky Trump: %s", stderr)
	}
	p := decode[pathJSON](t, out)
	found := false
	for _, e := range p.Edges {
		docs := map[string]bool{}
		dated := false
		for _, f := range e.Facts {
			for _, s := range f.Sources {
				docs[s.Doc] = true
			}
			dated = dated || f.Date == "2025-12-28"
		}
		if strings.HasPrefix(e.Relation, "meet") && dated && len(docs) >= 2 && e.Corroboration >= 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("path --json Zelensky Trump = %s, want the 2025-12-28 meeting with both source documents", out)
	}
	for _, args := range [][]string{
		{"neighbours", "--json", "Witkoff"}, {"rank", "--json"}, {"communities", "--json"},
		{"timeline", "--about", "Zelensky", "--json"}, {"export", "--format", "graphml"},
	} {
		out, stderr, code := runCLI(t, "", append([]string{"--db", db}, args...)...)
		if code != 0 || len(out) < 100 {
			t.Errorf("%v on the seeds: code %d, %d bytes, %s", args, code, len(out), stderr)
		}
	}
}

func TestDemoReusesDB(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "given.db")
	var log bytes.Buffer
	for range 2 {
		log.Reset()
		if err := runDemo(t.Context(), filepath.Join(dir, "out"), db, &log); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.Contains(log.String(), "reused "+db) {
		t.Errorf("second demo into --db %s said %q, want that it reused it", db, log.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "storygraph.db")); err == nil {
		t.Error("demo with --db also wrote DIR/storygraph.db")
	}
}

// TestPrintEdgeCappedSources: a fact whose sources neighbours lists only
// in part says how many it leaves out; one listed whole says nothing more.
func TestPrintEdgeCappedSources(t *testing.T) {
	for _, tc := range []struct {
		listed, reports int
		want            string // "" for no line about more sources
	}{
		{listed: 2, reports: 5, want: "    … and 3 more sources (--limit 0 lists them)\n"},
		{listed: 2, reports: 3, want: "    … and 1 more source (--limit 0 lists them)\n"},
		{listed: 2, reports: 0},
	} {
		f := graph.Fact{Corroboration: 2, Reports: tc.reports}
		f.Subject, f.Relation, f.Object = "Ada", "met", "Bob"
		for i := range tc.listed {
			f.Sources = append(f.Sources, graph.Source{Source: extract.Source{Doc: fmt.Sprint("d", i), Sentence: "Ada met Bob."}})
		}
		var b strings.Builder
		if err := printEdge(&b, graph.Edge{From: "Ada", Relation: "meet", To: "Bob", Facts: []graph.Fact{f}}, true); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if got := strings.Count(out, "Ada met Bob."); got != tc.listed {
			t.Errorf("reports %d: %d source lines, want %d:\n%s", tc.reports, got, tc.listed, out)
		}
		more := ""
		if i := strings.Index(out, "    …"); i >= 0 {
			more = out[i:]
		}
		if more != tc.want {
			t.Errorf("reports %d: ends with %q, want %q", tc.reports, more, tc.want)
		}
	}
}
