package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func nested(tag string, n int, inner string) string {
	return "<html><body>" + strings.Repeat("<"+tag+">", n) + inner + strings.Repeat("</"+tag+">", n) + "</body></html>"
}

// treeDepth is the deepest element nesting of the parsed page.
func treeDepth(t *testing.T, page string) int {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	deepest := 0
	var walk func(n *html.Node, d int)
	walk = func(n *html.Node, d int) {
		deepest = max(deepest, d)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, d+1)
		}
	}
	walk(doc, 0)
	return deepest
}

func TestFlattenDeep(t *testing.T) {
	const text = "The harbour board approved the new pier on Friday."
	for _, tc := range []struct {
		name    string
		page    string
		same    bool // returned unchanged
		maxTree int  // bound on the parsed tree's depth
	}{
		{"shallow page", "<html><head><title>T</title></head><body><div><p>" + text + "</p></div></body></html>", true, 10},
		{"at the limit", nested("div", maxHTMLDepth, "<p>"+text+"</p>"), true, maxHTMLDepth + 6},
		{"20k divs", nested("div", 20000, "<p>"+text+"</p>"), false, maxHTMLDepth + 6},
		{"20k spans", nested("span", 20000, text), false, maxHTMLDepth + 6},
		{"unclosed sections", "<body>" + strings.Repeat("<section>x ", 5000) + text, false, maxHTMLDepth + 6},
		{"paragraphs do not nest", "<body>" + strings.Repeat("<p>"+text, 2000), true, 10},
		{"void elements", "<body>" + strings.Repeat("<br><img src=a>", 2000) + text, true, 10},
		{"script text untouched", "<body><script>" + strings.Repeat("<div>", 1000) + "</script>" + text, true, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := flattenDeep(tc.page)
			if (got == tc.page) != tc.same {
				t.Errorf("unchanged = %v, want %v", got == tc.page, tc.same)
			}
			if d := treeDepth(t, got); d > tc.maxTree {
				t.Errorf("parsed depth %d, want at most %d", d, tc.maxTree)
			}
			if !strings.Contains(got, text) {
				t.Errorf("the text was lost")
			}
		})
	}
}

// TestReadDeepHTML reads deeply nested pages through Read: the text comes
// out, and the parse never holds more than maxHTMLDepth nested elements.
func TestReadDeepHTML(t *testing.T) {
	const text = "The harbour board approved the new pier on Friday after a long public debate about costs."
	dir := t.TempDir()
	for _, n := range []int{2000, 20000} {
		name := filepath.Join(dir, fmt.Sprintf("nested%d.html", n))
		os.WriteFile(name, []byte(nested("div", n, "<p>"+text+"</p>")), 0o644)
		docs, err := Read(context.Background(), []string{name}, Options{})
		if err != nil || len(docs) != 1 || !strings.Contains(docs[0].Text, "harbour board approved") {
			t.Fatalf("%d nested divs: %v, %d documents", n, err, len(docs))
		}
	}
}

// BenchmarkReadNestedHTML reports the time per nesting level; before the
// depth bound 20,000 nested <div>s took 61 s (quadratic).
func BenchmarkReadNestedHTML(b *testing.B) {
	for _, n := range []int{5000, 20000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			page := nested("div", n, "<p>The harbour board approved the new pier on Friday after a long debate.</p>")
			for b.Loop() {
				if _, err := readHTML(page); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/level")
		})
	}
}
