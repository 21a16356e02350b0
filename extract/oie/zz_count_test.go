package oie

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
)

func TestZZCount(t *testing.T) {
	glob := os.Getenv("ZZ_GLOB")
	if glob == "" {
		t.Skip()
	}
	m, _ := nlp.Load(en.FS)
	a := nlp.New(m)
	files, _ := filepath.Glob(glob)
	n := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		var ss []nlp.Sentence
		if os.Getenv("ZZ_LINES") != "" {
			for _, l := range strings.Split(string(b), "\n") {
				if l = strings.TrimSpace(l); l != "" {
					ss = append(ss, a.AnnotateSentence(l))
				}
			}
		} else {
			ss = a.Annotate(string(b))
		}
		for _, s := range ss {
			for v := range s.Tokens {
				var subj []int
				for k, tk := range s.Tokens {
					if tk.Head == v && (tk.Dep == "nsubj" || tk.Dep == "nsubj:pass") {
						subj = append(subj, k)
					}
				}
				if len(subj) >= 2 {
					n++
					fmt.Printf("%s | %s | %s + %s(%s) | %v\n", filepath.Base(f)[:12], s.Tokens[v].Text, s.Tokens[subj[0]].Text, s.Tokens[subj[1]].Text, s.Tokens[subj[1]].Dep, s.Text[:min(len(s.Text), 90)])
				}
			}
		}
	}
	fmt.Println("total", n)
}
