package ingest

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/storygraph/storygraph/extract"
)

// docWant describes the parts of a document a test checks.
type docWant struct {
	id, title, url, source string
	published              string // RFC 3339, "" for zero
	dateFrom               string
	has                    []string // substrings of Text
	hasNot                 []string // strings absent from Text
	firstLine              string   // exact first line of Text, when set
}

func checkDoc(t *testing.T, d extract.Document, w docWant) {
	t.Helper()
	if d.ID != w.id {
		t.Errorf("ID = %q, want %q", d.ID, w.id)
	}
	if d.Title != w.title {
		t.Errorf("%s: Title = %q, want %q", d.ID, d.Title, w.title)
	}
	if d.URL != w.url {
		t.Errorf("%s: URL = %q, want %q", d.ID, d.URL, w.url)
	}
	if d.Source != w.source {
		t.Errorf("%s: Source = %q, want %q", d.ID, d.Source, w.source)
	}
	got := ""
	if !d.Published.IsZero() {
		got = d.Published.Format(time.RFC3339)
	}
	if got != w.published {
		t.Errorf("%s: Published = %q, want %q", d.ID, got, w.published)
	}
	if d.DateFrom != w.dateFrom {
		t.Errorf("%s: DateFrom = %q, want %q", d.ID, d.DateFrom, w.dateFrom)
	}
	for _, s := range w.has {
		if !strings.Contains(d.Text, s) {
			t.Errorf("%s: Text lacks %q; Text:\n%s", d.ID, s, d.Text)
		}
	}
	for _, s := range w.hasNot {
		if strings.Contains(d.Text, s) {
			t.Errorf("%s: Text has %q; Text:\n%s", d.ID, s, d.Text)
		}
	}
	if w.firstLine != "" {
		first, _, _ := strings.Cut(d.Text, "\n")
		if first != w.firstLine {
			t.Errorf("%s: first line = %q, want %q", d.ID, first, w.firstLine)
		}
	}
	if d.Hash != extract.HashText(d.Text) {
		t.Errorf("%s: Hash = %q, want HashText(Text)", d.ID, d.Hash)
	}
	if d.Text == "" || strings.Contains(d.Text, "\n\n") || strings.HasSuffix(d.Text, "\n") {
		t.Errorf("%s: Text is empty or has blank lines: %q", d.ID, d.Text)
	}
}

var readFormatTests = []struct {
	name string
	path string
	want []docWant
}{
	{
		name: "markdown with front matter",
		path: "testdata/formats/ferry.md",
		want: []docWant{{
			id: "ferry", title: "Island Ferry Returns After Storm Repairs", url: "https://example.org/news/ferry",
			source: "Island Courier", published: "2030-05-14T00:00:00Z", dateFrom: "meta",
			firstLine: "The Kestrel ferry sailed again on Tuesday after three weeks in dry dock.",
			has: []string{
				"Captain Mara Olsen said the new engine was quieter and used less fuel.",
				"\nThe hull was painted with a coating that keeps mussels away.\n",
				"\n\"We missed the sea,\" said deckhand Tomas Berg.\n",
				"Tickets cost the same as before, the operator said.",
			},
			hasNot: []string{"**", "](", "kestrel.jpg", "schedule:", "What changed", "Island Ferry Returns", "tags"},
		}},
	},
	{
		name: "html page",
		path: "testdata/formats/museum.html",
		want: []docWant{{
			id: "museum", title: "Museum Reopens Glass Hall", url: "https://example.org/museum-glass-hall",
			source: "Valley Post", published: "2029-10-02T08:30:00+02:00", dateFrom: "meta",
			firstLine: "The city museum of Orlin reopened its glass hall on Saturday after a renovation that took two years and cost 6 million euros.",
			has:       []string{"Director Paula Wendt said", "the director added."},
			hasNot:    []string{"tracker", "Home", "Share on", "Most read", "Parking Fees", "Copyright", "Museum Reopens"},
		}},
	},
	{
		name: "noisy html page",
		path: "testdata/formats/council.html",
		want: []docWant{{
			id: "council", title: "Council Backs Tram Extension", url: "https://example.org/tram",
			source: "Northern Ledger", published: "2030-11-18T16:00:00Z", dateFrom: "meta",
			firstLine: "The city council of Norrby voted 31 to 12 on Monday to extend the tram line to the new hospital, a project that has been debated for almost a decade.",
			has: []string{
				"\nToday we chose the future of Norrby. The tram is coming to the hospital!\n",
				"\nMayor Eva Sand said the city would apply for national funding to cover part of the cost.",
			},
			hasNot: []string{"cookies", "Weather", "Petra Lund", "Facebook", "WhatsApp", "Photo:", "Read more", "Bus routes",
				"@evasand", "Related", "Car Park", "Privacy", "Copyright", "©", "Council Backs"},
		}},
	},
	{
		name: "json lines",
		path: "testdata/formats/wire.jsonl",
		want: []docWant{
			{
				id: "wire-1", title: "Wind Farm Approved Off Cape Dorn", url: "https://example.org/1", source: "Wire",
				published: "2031-03-07T00:00:00Z", dateFrom: "meta",
				firstLine: "Regulators approved a wind farm of 30 turbines off Cape Dorn on Friday.",
				has:       []string{"\nThe developer expects the first power in 2033."},
			},
			{
				id: "wire-2", title: "Cape Dorn Fishermen Seek Compensation", source: "Wire",
				published: "2031-03-08T10:15:00Z", dateFrom: "meta",
				has: []string{"Fishermen near Cape Dorn asked"},
			},
		},
	},
	{
		// feeds and scrapers name the date in other ways; "published"
		// wins when there are two
		name: "json lines with other names of the date",
		path: "testdata/formats/feeds.jsonl",
		want: []docWant{
			{id: "f-1", title: "Bridge Reopens in Tarrow", published: "2031-05-06T00:00:00Z", dateFrom: "meta", has: []string{"reopened to traffic"}},
			{id: "f-2", title: "Tarrow Ferry Fares Rise", published: "2031-05-07T09:30:00Z", dateFrom: "meta", has: []string{"ten percent"}},
			{id: "f-3", title: "Tarrow Market Moves", published: "2031-05-09T00:00:00Z", dateFrom: "meta", has: []string{"harbour square"}},
			{id: "f-4", title: "Tarrow Library Extends Hours", published: "2031-05-10T14:00:00Z", dateFrom: "meta", has: []string{"on Sundays"}},
		},
	},
	{
		name: "plain text with title and text date",
		path: "testdata/formats/notice.txt",
		want: []docWant{{
			id: "notice", title: "School Year Starts Later in the North",
			published: "2030-08-30T00:00:00Z", dateFrom: "text",
			firstLine: "The education office of the northern province said on Monday that schools would open on September 12 this year, one week later than usual.",
			hasNot:    []string{"School Year Starts"},
		}},
	},
	{
		name: "html sniffed without extension",
		path: "testdata/formats/bulletin",
		want: []docWant{{
			id: "bulletin", title: "Quiet Night for Firefighters",
			has:    []string{"The fire brigade of Dunmore reported a quiet night on Sunday", "five calls a night."},
			hasNot: []string{"<p>", "Quiet Night"},
		}},
	},
}

func TestReadFormats(t *testing.T) {
	for _, tt := range readFormatTests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read(t.Context(), []string{tt.path}, Options{})
			if err != nil {
				t.Fatalf("Read(%q): %v", tt.path, err)
			}
			if len(docs) != len(tt.want) {
				t.Fatalf("Read(%q) returned %d documents, want %d", tt.path, len(docs), len(tt.want))
			}
			for i := range docs {
				if docs[i].Path != tt.path {
					t.Errorf("Path = %q, want %q", docs[i].Path, tt.path)
				}
				checkDoc(t, docs[i], tt.want[i])
			}
		})
	}
}

// writeFiles creates files (name → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const goodText = "The committee met on Monday and approved the report without changes.\n"

var readErrorTests = []struct {
	name    string
	files   map[string]string
	paths   []string // relative to the temporary dir; default: every file
	is      error    // errors.Is target
	msg     []string // substrings of the message
	asError bool     // whether errors.As(*Error) must hold
}{
	{name: "nul bytes", files: map[string]string{"a.txt": "some text\x00\x01more"},
		is: ErrBinary, msg: []string{"a.txt", "binary", "offset 9"}, asError: true},
	{name: "mostly not text", files: map[string]string{"b.txt": "ab\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11"},
		is: ErrBinary, msg: []string{"b.txt", "binary"}, asError: true},
	{name: "invalid utf-8", files: map[string]string{"c.txt": "The mayor said caf\xe9 owners agreed to the plan on Monday."},
		is: ErrInvalidUTF8, msg: []string{"c.txt", "byte offset 18"}, asError: true},
	{name: "empty file", files: map[string]string{"d.txt": ""},
		is: ErrEmpty, msg: []string{"d.txt", "empty"}, asError: true},
	{name: "blank file", files: map[string]string{"d.txt": " \n\t\r\n"},
		is: ErrEmpty, msg: []string{"d.txt"}, asError: true},
	{name: "missing path", files: map[string]string{}, paths: []string{"nope.txt"},
		is: fs.ErrNotExist, msg: []string{"nope.txt"}, asError: true},
	{name: "toml front matter", files: map[string]string{"f.md": "+++\ntitle = \"x\"\n+++\n" + goodText},
		is: ErrFormat, msg: []string{"f.md", "TOML"}, asError: true},
	{name: "unclosed front matter", files: map[string]string{"g.md": "---\ntitle: x\n" + goodText},
		is: ErrFormat, msg: []string{"g.md", "not closed"}, asError: true},
	{name: "malformed yaml", files: map[string]string{"h.md": "---\ntitle: ok\nurl: [unclosed\n---\n" + goodText},
		is: ErrFormat, msg: []string{"h.md:", "front matter"}, asError: true},
	{name: "front matter wrong type", files: map[string]string{"h2.md": "---\ntitle: [a, b]\n---\n" + goodText},
		is: ErrFormat, msg: []string{"h2.md:", "front matter"}, asError: true},
	{name: "front matter date", files: map[string]string{"i.md": "---\ndate: next tuesday\n---\n" + goodText},
		is: ErrFormat, msg: []string{"i.md", "date"}, asError: true},
	{name: "bad json line", files: map[string]string{"j.jsonl": `{"id":"a","text":"One line of text that is fine."}` + "\n\n" + `{"id":"b","text":` + "\n"},
		is: ErrFormat, msg: []string{"j.jsonl:3:"}, asError: true},
	{name: "json line bad date", files: map[string]string{"k.jsonl": `{"id":"a","text":"The fair opened on time this year.","published":"soon"}` + "\n"},
		is: ErrFormat, msg: []string{"k.jsonl:1:", "published"}, asError: true},
	{name: "json line without text", files: map[string]string{"l.jsonl": `{"id":"a","title":"Only a Title"}` + "\n"},
		is: ErrEmpty, msg: []string{"l.jsonl:1:", "no text"}, asError: true},
	{name: "json not an object", files: map[string]string{"m.json": `{"id": 3}`},
		is: ErrFormat, msg: []string{"m.json"}, asError: true},
	{name: "duplicate ids across files", files: map[string]string{"x/report.txt": goodText, "y/report.md": goodText},
		is: ErrDuplicateID, msg: []string{`"report"`, filepath.Join("x", "report.txt"), filepath.Join("y", "report.md")}, asError: true},
	{name: "duplicate ids in json lines", files: map[string]string{"n.jsonl": `{"id":"same","text":"The first report was short."}` + "\n" + `{"id":"same","text":"The second report was longer."}` + "\n"},
		is: ErrDuplicateID, msg: []string{`"same"`, "n.jsonl"}, asError: true},
}

func TestReadErrors(t *testing.T) {
	for _, tt := range readErrorTests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			paths := []string{dir}
			if tt.paths != nil {
				paths = nil
				for _, p := range tt.paths {
					paths = append(paths, filepath.Join(dir, p))
				}
			}
			docs, err := Read(t.Context(), paths, Options{})
			if err == nil {
				t.Fatalf("Read(%v) = %d documents, want error", paths, len(docs))
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("Read error %q is not %v", err, tt.is)
			}
			var e *Error
			if tt.asError && !errors.As(err, &e) {
				t.Errorf("Read error %q (%T) is not an *Error", err, err)
			}
			for _, m := range tt.msg {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("Read error %q does not contain %q", err, m)
				}
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "ingest: ") || strings.Contains(msg, "\n") || strings.Count(msg, "ingest:") != 1 {
				t.Errorf("Read error %q: want one line with one ingest: prefix", msg)
			}
		})
	}
}

// TestReadSkipsEmptied checks that documents with nothing left after
// cleaning are skipped and reported, not errors, in every format, while
// the rest of the read goes on.
func TestReadSkipsEmptied(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":   goodText,
		"b.txt":   "Facebook\nTwitter\nEmail\nPrint\n",
		"c.jsonl": `{"id":"c1","text":"Share this story\nSkip to content"}` + "\n" + `{"id":"c2","text":"` + strings.TrimSpace(goodText) + `"}` + "\n",
		"d.json":  `[{"id":"d1","text":"Most read\nMayor opens new library\nRail strike ends"}]`,
		"e.md":    "---\ntitle: Only Links\n---\n- [Home](/)\n- [News](/news)\n",
	})
	var skipped []string
	docs, err := Read(t.Context(), []string{dir}, Options{Skipped: func(e *Error) {
		if !errors.Is(e, ErrNoText) || e.Op != "clean" || strings.Contains(e.Error(), "\n") {
			t.Errorf("Skipped(%q): want a one-line clean error wrapping ErrNoText", e)
		}
		loc := filepath.Base(e.Path)
		if e.Line > 0 {
			loc += ":" + strconv.Itoa(e.Line)
		}
		skipped = append(skipped, loc)
	}})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if got, want := strings.Join(ids, " "), "a c2"; got != want {
		t.Errorf("Read documents = %q, want %q", got, want)
	}
	if got, want := strings.Join(skipped, " "), "b.txt c.jsonl:1 d.json[0] e.md"; got != want {
		t.Errorf("skipped = %q, want %q", got, want)
	}
	// A read of only emptied documents returns none and no error.
	docs, err = Read(t.Context(), []string{filepath.Join(dir, "b.txt")}, Options{})
	if err != nil || len(docs) != 0 {
		t.Errorf("Read(b.txt) = %d documents, %v; want none and no error", len(docs), err)
	}
}

func TestReadPermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: chmod 000 does not stop reads")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"locked/a.txt": goodText, "secret.txt": goodText})
	locked := filepath.Join(dir, "locked")
	secret := filepath.Join(dir, "secret.txt")
	for _, p := range []string{locked, secret} {
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o755) })
	}
	for _, p := range []string{locked, secret} {
		_, err := Read(t.Context(), []string{p}, Options{})
		if !errors.Is(err, fs.ErrPermission) || !strings.Contains(fmtErr(err), p) {
			t.Errorf("Read(%q) error = %v, want permission error naming the path", p, err)
		}
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b/second.txt":       "The second article reports that the bridge opened on Friday.\n",
		"a.txt":              "The first article reports that the school closed on Monday.\n",
		"b/c/third.md":       "# Third Report\n\nThe third article reports that the **market** moved on Tuesday.\n",
		".hidden.txt":        "A hidden file must not be read at all.\n",
		".git/config.txt":    "A file in a hidden directory must not be read.\n",
		"b/.draft/draft.txt": "Nor one in a hidden subdirectory.\n",
	})
	outside := t.TempDir()
	writeFiles(t, outside, map[string]string{"target.txt": "The linked article reports that the ferry sailed on Sunday.\n"})
	if err := os.Symlink(filepath.Join(outside, "target.txt"), filepath.Join(dir, "b", "linked.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "b", "loop")); err != nil {
		t.Fatal(err)
	}
	docs, err := Read(t.Context(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if got, want := strings.Join(ids, ","), "a,third,linked,second"; got != want {
		t.Errorf("ids = %s, want %s", got, want)
	}
	if len(docs) == 3 && docs[1].Title != "Third Report" {
		t.Errorf("third title = %q, want %q", docs[1].Title, "Third Report")
	}
}

var stdinTests = []struct {
	name  string
	in    string
	ids   []string
	title string
	first string
}{
	{name: "json lines", in: `{"id":"s1","text":"The ferry left at noon."}` + "\n" + `{"id":"s2","text":"The ferry came back at six."}` + "\n",
		ids: []string{"s1", "s2"}, first: "The ferry left at noon."},
	{name: "html", in: "<!doctype html><html><head><title>Harbour News</title></head><body><article><p>The harbour master said on Friday that the new crane had been delivered two days early and would be working by the end of the month, in time for the grain season.</p></article></body></html>",
		ids: []string{"stdin"}, title: "Harbour News", first: "The harbour master said on Friday that the new crane had been delivered two days early and would be working by the end of the month, in time for the grain season."},
	{name: "markdown", in: "# Harbour News\n\nThe harbour master said the [crane](http://x) had arrived.\n",
		ids: []string{"stdin"}, title: "Harbour News", first: "The harbour master said the crane had arrived."},
	{name: "text", in: "Harbour News Today\nThe harbour master said the crane had arrived (two days early).\n",
		ids: []string{"stdin"}, title: "Harbour News Today", first: "The harbour master said the crane had arrived (two days early)."},
}

func TestReadStdin(t *testing.T) {
	for _, tt := range stdinTests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read(t.Context(), []string{"-"}, Options{Stdin: strings.NewReader(tt.in)})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
				if d.Path != "-" {
					t.Errorf("Path = %q, want -", d.Path)
				}
			}
			if strings.Join(ids, ",") != strings.Join(tt.ids, ",") {
				t.Errorf("ids = %v, want %v", ids, tt.ids)
			}
			if len(docs) > 0 {
				if docs[0].Title != tt.title {
					t.Errorf("Title = %q, want %q", docs[0].Title, tt.title)
				}
				if first, _, _ := strings.Cut(docs[0].Text, "\n"); first != tt.first {
					t.Errorf("first line = %q, want %q", first, tt.first)
				}
			}
		})
	}
}

func TestReadLines(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"s.txt": "The river rose by a metre.\n\nThe bridge was closed  at noon.\nPrint\nThe school sent pupils home on May 3, 2030.\n"})
	docs, err := Read(t.Context(), []string{filepath.Join(dir, "s.txt")}, Options{Lines: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ id, text, date string }{
		{"s#1", "The river rose by a metre.", ""},
		{"s#3", "The bridge was closed at noon.", ""},
		{"s#4", "Print", ""},
		{"s#5", "The school sent pupils home on May 3, 2030.", "2030-05-03"},
	}
	if len(docs) != len(want) {
		t.Fatalf("got %d documents, want %d: %+v", len(docs), len(want), docs)
	}
	for i, w := range want {
		d := docs[i]
		date := ""
		if !d.Published.IsZero() {
			date = d.Published.Format(time.DateOnly)
		}
		if d.ID != w.id || d.Text != w.text || date != w.date {
			t.Errorf("doc %d = {%q %q %q}, want {%q %q %q}", i, d.ID, d.Text, date, w.id, w.text, w.date)
		}
	}
}

func TestReadDateFlag(t *testing.T) {
	flag := time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC)
	for _, p := range []string{"testdata/formats/ferry.md", "testdata/formats/notice.txt", "testdata/formats/wire.jsonl"} {
		docs, err := Read(t.Context(), []string{p}, Options{Date: flag})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if !d.Published.Equal(flag) || d.DateFrom != "flag" {
				t.Errorf("%s: Published = %v from %q, want %v from flag", d.ID, d.Published, d.DateFrom, flag)
			}
		}
	}
}

func TestReadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"news/one.txt":    {Data: []byte("The orchestra played in the old mill on Sunday.\n")},
		"news/two.jsonl":  {Data: []byte(`{"id":"two-a","text":"The mill will host a second concert in June."}` + "\n")},
		"news/.skip.txt":  {Data: []byte("Hidden.\n")},
		"zeta/three.html": {Data: []byte("<html><body><p>The mill owner said the roof would be repaired before winter, after rain damaged the stage during the spring festival and forced the organisers to move two shows.</p></body></html>")},
	}
	docs, err := ReadFS(t.Context(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.ID+"@"+d.Path)
	}
	if want := "one@news/one.txt,two-a@news/two.jsonl,three@zeta/three.html"; strings.Join(got, ",") != want {
		t.Errorf("ReadFS = %s, want %s", strings.Join(got, ","), want)
	}
}

func TestReadCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := Read(ctx, []string{"testdata/formats"}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Read with canceled context: err = %v, want context.Canceled", err)
	}
	if _, err := ReadFS(ctx, os.DirFS("testdata/formats"), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("ReadFS with canceled context: err = %v, want context.Canceled", err)
	}
}

// TestReadDeterministic reads the same inputs twice and compares.
func TestReadDeterministic(t *testing.T) {
	a, err := Read(t.Context(), []string{"testdata/formats"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Read(t.Context(), []string{"testdata/formats"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("lengths differ: %d, %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("document %d differs between reads", i)
		}
	}
}

func TestReadLogger(t *testing.T) {
	var buf strings.Builder
	log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if _, err := Read(t.Context(), []string{"testdata/formats/notice.txt"}, Options{Logger: log}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"notice.txt", "format=text"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("log %q lacks %q", buf.String(), want)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, tt := range stdinTests {
		f.Add([]byte(tt.in))
	}
	f.Add([]byte("---\ntitle: [x\n---\nbody text here."))
	f.Add([]byte("{\"id\":\"a\",\"text\":\"x.\"}\n{bad"))
	f.Fuzz(func(t *testing.T, in []byte) {
		skipped := 0
		docs, err := Read(t.Context(), []string{"-"}, Options{Stdin: bytes.NewReader(in), Skipped: func(e *Error) {
			if !errors.Is(e, ErrNoText) || strings.Contains(e.Error(), "\n") {
				t.Fatalf("Skipped(%q) is not a one-line ErrNoText", e)
			}
			skipped++
		}})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("Read error %q is not a one-line *Error", err)
			}
			return
		}
		if len(docs) == 0 && skipped == 0 {
			t.Fatal("Read returned no documents, no error and skipped none")
		}
		for _, d := range docs {
			if d.Text == "" || d.Hash != extract.HashText(d.Text) || d.ID == "" {
				t.Fatalf("bad document %+v", d)
			}
		}
	})
}
