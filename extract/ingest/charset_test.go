package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestLegacyCharset(t *testing.T) {
	const body = "The café owner said “we will reopen” on Tuesday after the flood damaged the kitchen and the terrace."
	w1252, _ := charmap.Windows1252.NewEncoder().String(body)
	latin1, _ := charmap.ISO8859_1.NewEncoder().String(strings.NewReplacer("“", "\"", "”", "\"").Replace(body))
	cyr, _ := charmap.Windows1251.NewEncoder().String("The mayor of Омск said on Tuesday that the new bridge over the river would open in the spring.")
	page := func(head, text string) []byte {
		return []byte("<html><head>" + head + "<title>Flood</title></head><body><article><p>" + text + "</p></article></body></html>")
	}
	for _, tc := range []struct {
		name string
		ext  string
		data []byte
		want string // in the text; "" when an error is wanted
	}{
		{"meta charset windows-1252", ".html", page("<meta charset=windows-1252>", w1252), "café owner said “we will reopen”"},
		{"sniffed from stdin-like name", "", page(`<meta charset="windows-1252">`, w1252), "café owner"},
		{"http-equiv latin-1", ".htm", page(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`, latin1), `café owner said "we will reopen"`},
		{"windows-1251", ".html", page(`<meta charset="windows-1251">`, cyr), "The mayor of Омск said"},
		{"utf-8 wins over a wrong label", ".html", page("<meta charset=windows-1252>", body), "café owner said “we will reopen”"},
		{"undeclared stays an error", ".html", page("", w1252), ""},
		{"plain text is not decoded", ".txt", []byte(w1252), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := filepath.Join(t.TempDir(), "page"+tc.ext)
			if err := os.WriteFile(name, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			docs, err := Read(context.Background(), []string{name}, Options{})
			if tc.want == "" {
				if !errors.Is(err, ErrInvalidUTF8) {
					t.Fatalf("err %v, want ErrInvalidUTF8", err)
				}
				return
			}
			if err != nil || len(docs) != 1 {
				t.Fatalf("%v, %d documents", err, len(docs))
			}
			if !strings.Contains(docs[0].Text, tc.want) {
				t.Errorf("text %q does not hold %q", docs[0].Text, tc.want)
			}
		})
	}
}
