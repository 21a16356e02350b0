package oie

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie/internal/conllu"
)

var update = flag.Bool("update", false, "update golden files")

// formatExtractions renders extractions for golden files: every field,
// one extraction per line.
func formatExtractions(buf *bytes.Buffer, s *nlp.Sentence, ex []Extraction) {
	fmt.Fprintf(buf, "# %s\n", s.Text)
	for _, e := range ex {
		fmt.Fprintf(buf, "%.3f %s (%s; %s; %s)", e.Confidence, e.Kind, e.Subject, e.Relation, e.Object)
		for _, a := range e.Args {
			fmt.Fprintf(buf, " [%s: %s %d:%d]", a.Role, a.Text, a.Range.Start, a.Range.End)
		}
		fmt.Fprintf(buf, " subj=%d:%d/%d obj=%d:%d/%d verb=%d lemma=%q", e.Subj.Start, e.Subj.End, e.SubjHead, e.Obj.Start, e.Obj.End, e.ObjHead, e.Verb, e.RelationLemma)
		if e.Negated {
			buf.WriteString(" negated")
		}
		if e.Modality != "" {
			fmt.Fprintf(buf, " modality=%s", e.Modality)
		}
		if e.Passive {
			buf.WriteString(" passive")
		}
		if e.AttributedTo != "" {
			fmt.Fprintf(buf, " attributed_to=%q/%d", e.AttributedTo, e.AttributedHead)
		}
		buf.WriteByte('\n')
	}
	buf.WriteByte('\n')
}

func readConllu(t testing.TB, path string) []nlp.Sentence {
	t.Helper()
	f, err := os.Open(path)
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

var goldenFiles = []string{"constructions"}

// TestGolden runs Extract over hand-checked parses of our own sentences,
// one per construction (testdata/NAME.conllu), against NAME.golden.
func TestGolden(t *testing.T) {
	for _, name := range goldenFiles {
		t.Run(name, func(t *testing.T) {
			in := filepath.Join("testdata", name+".conllu")
			golden := filepath.Join("testdata", name+".golden")
			ss := readConllu(t, in)
			var buf bytes.Buffer
			for i := range ss {
				ex := Extract(&ss[i], Options{})
				for _, e := range ex {
					checkExtraction(t, &ss[i], e)
				}
				formatExtractions(&buf, &ss[i], ex)
			}
			if *update {
				if golden == in {
					t.Fatal("refusing to overwrite input")
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("Extract(%s) differs from %s:\n%s", in, golden, diff(string(want), got))
			}
		})
	}
}

// diff returns the lines that differ between want and got.
func diff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(wl), len(gl)) && shown < 40; i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			fmt.Fprintf(&b, "line %d:\n-%s\n+%s\n", i+1, w, g)
			shown++
		}
	}
	return b.String()
}
