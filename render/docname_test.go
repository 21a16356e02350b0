package render

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Test texts are written for these tests.
func TestDocName(t *testing.T) {
	long := "The harbour board of a small northern town on Monday approved a plan to dredge the old channel before the autumn storms arrive."
	tests := []struct {
		name string
		doc  DocInfo
		lead string
		want string
	}{
		{"title", DocInfo{ID: "a1", Title: "Harbour Board Backs Dredging Plan"}, long, "Harbour Board Backs Dredging Plan"},
		{"readable file name", DocInfo{ID: "0042_harbour-board-backs-dredging"}, long, "Harbour board backs dredging"},
		{"slug keeps its numbers and capitals", DocInfo{ID: "195870_Board_to_buy_2_dredgers"}, long, "Board to buy 2 dredgers"},
		{"file extension left out", DocInfo{ID: "storm_warning_issued.txt"}, long, "Storm warning issued"},
		{"URL slug", DocInfo{ID: "001_cf4cfc75ca176ba3", URL: "https://news.example.org/2026/01/ferry-service-resumes"}, long, "Ferry service resumes"},
		{"hash-like file name: headline from the lead",
			DocInfo{ID: "001_cf4cfc75ca176ba3"}, long, "“The harbour board of a small northern town on Monday approved a plan…”"},
		{"introductory phrase left out",
			DocInfo{ID: "7f3a9c01d2"}, "In a surprise move, the ferry operator cut fares by half.", "“The ferry operator cut fares by half”"},
		{"short lead kept whole", DocInfo{ID: "x9"}, "Ferries resumed.", "“Ferries resumed”"},
		{"outlet when nothing is read", DocInfo{ID: "9b1e44aa07", Source: "Coastal Courier"}, "", "Coastal Courier"},
		{"host of the URL", DocInfo{ID: "9b1e44aa07", URL: "https://www.courier.example/"}, "", "courier.example"},
		{"id at last", DocInfo{ID: "9b1e44aa07"}, "", "9b1e44aa07"},
		// One word is no name.
		{"one-word file name", DocInfo{ID: "article"}, "Ferries resumed.", "“Ferries resumed”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DocName(tt.doc, tt.lead)
			if got != tt.want {
				t.Errorf("DocName(%+v, %q) = %q, want %q", tt.doc, tt.lead, got, tt.want)
			}
			if tt.doc.Title == "" && utf8.RuneCountInString(strings.Trim(got, "“”")) > MaxDocName {
				t.Errorf("DocName = %q: longer than %d runes", got, MaxDocName)
			}
			if strings.HasSuffix(got, "…”") && strings.Contains(got, " …") {
				t.Errorf("DocName = %q: cut before a space", got)
			}
		})
	}
}

// TestMapDocNames: map tooltips name documents as the report does.
func TestMapDocNames(t *testing.T) {
	ents, facts := smallStory()
	docs := []DocInfo{}
	for _, f := range facts {
		for _, s := range f.Sources {
			docs = append(docs, DocInfo{ID: s.Doc, Title: "Title of " + s.Doc})
		}
	}
	dot, err := MapDOT(ents, facts, MapOptions{Docs: docs})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(dot), "[Title of ") {
		t.Errorf("map tooltips do not name documents by title:\n%s", dot)
	}
	plain, err := MapDOT(ents, facts, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(plain), "[Title of ") {
		t.Errorf("map without Docs names documents by title")
	}
}
