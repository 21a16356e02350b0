package oie

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie/internal/conllu"
	"github.com/storygraph/storygraph/internal/shared"
)

var dump = flag.Int("dump", 0, "print the extractions of the first N EWT dev sentences")

func readEWT(t testing.TB, name string) []nlp.Sentence {
	t.Helper()
	dir := shared.Dir(t, "data/ud-english-ewt")
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ss, err := conllu.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// TestEWTInvariants runs Extract over the gold parses of UD EWT dev and
// checks that every extraction is well formed.
func TestEWTInvariants(t *testing.T) {
	ss := readEWT(t, "en_ewt-ud-dev.conllu")
	total := 0
	for i := range ss {
		s := &ss[i]
		ex := Extract(s, Options{})
		total += len(ex)
		for _, e := range ex {
			checkExtraction(t, s, e)
		}
		if i < *dump {
			fmt.Printf("\n%s\n", s.Text)
			for _, e := range ex {
				fmt.Printf("  %.2f %-6s (%s; %s; %s)", e.Confidence, e.Kind, e.Subject, e.Relation, e.Object)
				for _, a := range e.Args {
					fmt.Printf(" [%s: %s]", a.Role, a.Text)
				}
				if e.AttributedTo != "" {
					fmt.Printf(" <- %s", e.AttributedTo)
				}
				if e.Negated || e.Modality != "" {
					fmt.Printf(" neg=%v mod=%s", e.Negated, e.Modality)
				}
				fmt.Printf("  lemma=%q\n", e.RelationLemma)
			}
		}
	}
	if total < len(ss) {
		t.Errorf("only %d extractions from %d sentences", total, len(ss))
	}
	t.Logf("%d sentences, %d extractions", len(ss), total)
}

func checkExtraction(t *testing.T, s *nlp.Sentence, e Extraction) {
	t.Helper()
	n := len(s.Tokens)
	inb := func(r Range) bool { return r == NoRange || (r.Start >= 0 && r.End <= n && r.Start < r.End) }
	if !inb(e.Subj) || !inb(e.Obj) {
		t.Errorf("%q: ranges out of bounds: %+v", s.Text, e)
	}
	if e.Subject == "" || e.Relation == "" {
		t.Errorf("%q: empty subject or relation: %+v", s.Text, e)
	}
	if (e.Object == "") != (e.Obj == NoRange) {
		t.Errorf("%q: object %q with range %v", s.Text, e.Object, e.Obj)
	}
	if e.Confidence <= 0 || e.Confidence >= 1 {
		t.Errorf("%q: confidence %v", s.Text, e.Confidence)
	}
	for _, a := range e.Args {
		if a.Text == "" || !inb(a.Range) {
			t.Errorf("%q: bad arg %+v", s.Text, a)
		}
	}
	checkRel(t, s, e)
}
