package oie

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteCARB writes one CaRB TSV line per extraction:
//
//	sentence TAB confidence TAB subject TAB relation TAB object [TAB arg ...]
//
// with sentence exactly as given. Extra arguments follow the object, as in
// CaRB's n-ary gold; an extraction without an object but with arguments
// takes its first argument as the object. Tabs and newlines inside fields
// become spaces.
func WriteCARB(w io.Writer, sentence string, ex []Extraction) error {
	bw := bufio.NewWriter(w)
	for i := range ex {
		e := &ex[i]
		fields := []string{sentence, strconv.FormatFloat(e.Confidence, 'f', 3, 64), e.Subject, e.Relation}
		var rest []string
		if e.Object != "" {
			rest = append(rest, e.Object)
		}
		for _, a := range e.Args {
			rest = append(rest, a.Text)
		}
		fields = append(fields, rest...)
		for k := range fields {
			fields[k] = tsvField(fields[k])
		}
		if _, err := bw.WriteString(strings.Join(fields, "\t") + "\n"); err != nil {
			return fmt.Errorf("oie: write carb: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("oie: write carb: %w", err)
	}
	return nil
}

func tsvField(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
