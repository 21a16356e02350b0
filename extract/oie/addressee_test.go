package oie

import (
	"testing"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
)

// What a verb of saying reports, not the people told, is its main reading:
// "told reporters that ..." and a quote before "X told the court".
func TestToldAddresseeMainReading(t *testing.T) {
	m, err := nlp.Load(en.FS)
	if err != nil {
		t.Fatal(err)
	}
	a := nlp.New(m)
	tests := []struct{ text, subject, object string }{
		{"The minister told reporters that the plan had failed.", "The minister", "the plan had failed"},
		{"\"We will appeal this ruling,\" Rook told reporters outside the court.", "Rook", "\"We will appeal this ruling,\""},
		// an object that is no one told keeps the main reading
		{"The firm told the story of its founder in a film.", "The firm", "the story of its founder in a film"},
	}
	for _, tt := range tests {
		s := a.AnnotateSentence(tt.text)
		found := false
		for _, e := range Extract(&s, Options{}) {
			if e.Reading == 0 && e.Subject == tt.subject && e.Relation != "" && e.Relation[:4] == "told" {
				found = true
				if e.Object != tt.object {
					t.Errorf("%q: main reading (%s; %s; %s), want object %q", tt.text, e.Subject, e.Relation, e.Object, tt.object)
				}
			}
		}
		if !found {
			t.Errorf("%q: no main reading of \"told\" with subject %q", tt.text, tt.subject)
		}
	}
}
