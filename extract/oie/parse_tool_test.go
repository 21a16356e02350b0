package oie

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie/internal/conllu"
)

// TestParseTool is a tool for writing misparse fixtures, not a check: with
// OIE_PARSE set to a file of sentences, one a line, it prints each line's
// parse by the project's NLP core in CoNLL-U (to append to
// testdata/misparse.conllu) and the extractions read off it; with
// OIE_PARSE_DOC set too, the file is read as one document; with
// OIE_PARSE_REPAIRED set, the repaired tree is printed after each parse.
//
//	OIE_PARSE=/tmp/lines.txt go test ./extract/oie -run TestParseTool -count=1 -v
func TestParseTool(t *testing.T) {
	p := os.Getenv("OIE_PARSE")
	if p == "" {
		t.Skip("a tool: set OIE_PARSE to a file of sentences")
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := nlp.Load(en.FS)
	if err != nil {
		t.Fatal(err)
	}
	a := nlp.New(m)
	var ss []nlp.Sentence
	if os.Getenv("OIE_PARSE_DOC") != "" {
		// the whole file as one text, split into sentences as a document is
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ss = a.Annotate(string(b))
	} else {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" {
				ss = append(ss, a.AnnotateSentence(line))
			}
		}
	}
	for i := range ss {
		s := &ss[i]
		if err := conllu.Write(os.Stdout, s); err != nil {
			t.Fatal(err)
		}
		if os.Getenv("OIE_PARSE_REPAIRED") != "" {
			// the tree the extractions are read off, after the repairs
			w := newWalker(s, Options{ResolvePronouns: true})
			r := *s
			r.Tokens = w.t
			fmt.Println("# repaired:")
			if err := conllu.Write(os.Stdout, &r); err != nil {
				t.Fatal(err)
			}
		}
		for _, e := range Extract(s, Options{ResolvePronouns: true}) {
			fmt.Printf("#> %.2f %s (%s; %s; %s) attrib=%q mod=%q neg=%v\n", e.Confidence, e.Kind, e.Subject, e.Relation, e.Object, e.AttributedTo, e.Modality, e.Negated)
		}
		fmt.Println()
	}
}
