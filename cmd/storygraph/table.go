package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// textWidth is the width text output fits unless --wide is given.
const textWidth = 100

// table prints rows of cells in aligned columns, two spaces apart. When
// the natural width exceeds width, the widest columns are cut (cells end
// in "…") until the table fits; width 0 means no limit (--wide).
type table struct {
	width int
	rows  [][]string
}

func newTable(wide bool, header ...string) *table {
	t := &table{width: textWidth}
	if wide {
		t.width = 0
	}
	t.rows = append(t.rows, header)
	return t
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) write(w io.Writer) error {
	n := 0
	for _, r := range t.rows {
		n = max(n, len(r))
	}
	widths := make([]int, n)
	for _, r := range t.rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(oneLine(c)))
		}
	}
	if t.width > 0 {
		total := func() int {
			s := 2 * (n - 1)
			for _, x := range widths {
				s += x
			}
			return s
		}
		for total() > t.width {
			wi := 0
			for i, x := range widths {
				if x > widths[wi] {
					wi = i
				}
			}
			if widths[wi] <= 8 {
				break // nothing left worth cutting
			}
			widths[wi]--
		}
	}
	var b strings.Builder
	for _, r := range t.rows {
		b.Reset()
		for i, c := range r {
			c = cut(oneLine(c), widths[i])
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)+2))
			}
		}
		if _, err := fmt.Fprintln(w, strings.TrimRight(b.String(), " ")); err != nil {
			return err
		}
	}
	return nil
}

// oneLine replaces line breaks and tabs by spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// cut shortens s to at most n runes, ending in "…" when cut; n 0 or less
// means no limit.
func cut(s string, n int) string {
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// fitLine cuts one line of text output to the width unless wide.
func fitLine(s string, wide bool) string {
	if wide {
		return oneLine(s)
	}
	return cut(oneLine(s), textWidth)
}
