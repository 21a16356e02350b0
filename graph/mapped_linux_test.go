package graph

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

func TestMappedRange(t *testing.T) {
	for _, c := range []struct {
		line         string
		lo, hi       uintptr
		major, minor uint64
		ino          uint64
		ok           bool
	}{
		{"7f2a1c000000-7f2a5c000000 r--s 00000000 fd:01 1234567    /tmp/x/g.db", 0x7f2a1c000000, 0x7f2a5c000000, 0xfd, 1, 1234567, true},
		{"7f2a1c000000-7f2a1c001000 r--s 00000000 103:02 42 /tmp/g db with spaces.db", 0x7f2a1c000000, 0x7f2a1c001000, 0x103, 2, 42, true},
		// a private or writable map, an anonymous one, a malformed line
		{"7f2a1c000000-7f2a5c000000 r--p 00000000 fd:01 1234567 /tmp/x/g.db", 0, 0, 0, 0, 0, false},
		{"7f2a1c000000-7f2a5c000000 rw-s 00000000 fd:01 1234567 /tmp/x/g.db", 0, 0, 0, 0, 0, false},
		{"7f2a1c000000-7f2a5c000000 rw-p 00000000 00:00 0", 0, 0, 0, 0, 0, false},
		{"7f2a1c000000 r--s 00000000 fd:01 1234567 /tmp/x/g.db", 0, 0, 0, 0, 0, false},
	} {
		lo, hi, dev, ino, ok := mappedRange([]byte(c.line))
		if ok != c.ok || ok && (lo != c.lo || hi != c.hi || dev != mkdev(c.major, c.minor) || ino != c.ino) {
			t.Errorf("mappedRange(%q) = %x, %x, %x, %d, %v", c.line, lo, hi, dev, ino, ok)
		}
	}
}

// mappedRSS returns the resident kilobytes of the process's maps of file.
func mappedRSS(t *testing.T, file string) int {
	t.Helper()
	fi, err := os.Stat(file)
	if err != nil {
		t.Fatal(err)
	}
	ino := fi.Sys().(*syscall.Stat_t).Ino
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	in, kb := false, 0
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) >= 5 && strings.Contains(fs[0], "-") && !strings.HasSuffix(fs[0], ":") {
			n, _ := strconv.ParseUint(fs[4], 10, 64)
			in = n == ino
			continue
		}
		if in && len(fs) >= 2 && fs[0] == "Rss:" {
			n, _ := strconv.Atoi(fs[1])
			kb += n
		}
	}
	return kb
}

// TestAddReleasesMappedPages checks that after Add the bolt file's pages
// are no longer resident in the process (the file's data is still read
// back whole).
func TestAddReleasesMappedPages(t *testing.T) {
	ctx := t.Context()
	p := filepath.Join(t.TempDir(), "g.db")
	s, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var b Batch
	for d := range 20 {
		doc := fmt.Sprintf("doc%d", d)
		b.Documents = append(b.Documents, extract.Document{ID: doc, Text: "Text of " + doc})
		for i := range 50 {
			sent := fmt.Sprintf("Mara Quell met Tomas Vey %d times.", i)
			b.Facts = append(b.Facts, extract.Fact{Subject: "Mara Quell", Relation: "met", Object: fmt.Sprintf("Tomas Vey %d %d", d, i),
				Confidence: 0.9, Sources: []extract.Source{{Doc: doc, Offset: i * 40, Sentence: sent}}})
		}
	}
	if _, err := s.Add(ctx, b); err != nil {
		t.Fatal(err)
	}
	// Read the whole graph through the map, then write once more.
	fs, err := s.Facts(ctx, FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if before := mappedRSS(t, p); before == 0 {
		t.Fatalf("no page of %s resident after reading %d facts: the test measures nothing", p, len(fs))
	}
	more := Batch{Documents: []extract.Document{{ID: "late", Text: "Late text"}},
		Facts: []extract.Fact{{Subject: "Ivo Rask", Relation: "left", Object: "Norrby", Confidence: 0.8,
			Sources: []extract.Source{{Doc: "late", Offset: 0, Sentence: "Ivo Rask left Norrby."}}}}}
	if _, err := s.Add(ctx, more); err != nil {
		t.Fatal(err)
	}
	if after := mappedRSS(t, p); after != 0 {
		t.Errorf("%d kB of %s resident after Add, want 0", after, p)
	}
	got, err := s.Facts(ctx, FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(fs)+1 {
		t.Errorf("%d facts after the second Add, want %d", len(got), len(fs)+1)
	}
}
