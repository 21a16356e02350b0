// Command carbrun reads CaRB benchmark sentences (one pre-tokenised
// sentence per line) on standard input, annotates them with the embedded
// English models, extracts open-IE triples and writes CaRB TSV on
// standard output:
//
//	../shared/bench/carb/sentences.sh dev | go run ./extract/oie/internal/carbrun > preds.tsv
//	python3 ../shared/bench/carb/carb_score.py --split dev preds.tsv
//
// With -save FILE it also writes the annotated sentences to FILE as
// CoNLL-U; with -load FILE it reads them from there instead of running the
// annotator (the input lines must be the same), which makes rule
// development independent of model retraining.
//
// With -models DIR it loads the model files from DIR instead of the
// embedded ones (to try a retrained model).
//
// With -kinds FILE it also writes the rule (Extraction.Kind) of every
// output line to FILE, one per line, for error analysis.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie"
	"github.com/storygraph/storygraph/extract/oie/internal/conllu"
)

func main() {
	minConf := flag.Float64("min", 0, "minimum confidence")
	noVariants := flag.Bool("novariants", false, "only the main extraction per clause")
	kinds := flag.String("kinds", "", "write the rule of every extraction to this file")
	save := flag.String("save", "", "write the annotated sentences to this CoNLL-U file")
	load := flag.String("load", "", "read annotated sentences from this CoNLL-U file")
	models := flag.String("models", "", "load the model files from this directory instead of the embedded ones")
	flag.Parse()
	var mfs fs.FS = en.FS
	if *models != "" {
		mfs = os.DirFS(*models)
	}
	var kw io.Writer = io.Discard
	if *kinds != "" {
		f, err := os.Create(*kinds)
		if err != nil {
			fmt.Fprintln(os.Stderr, "carbrun:", err)
			os.Exit(1)
		}
		defer f.Close()
		kw = f
	}
	if err := run(mfs, os.Stdin, os.Stdout, kw, *save, *load, oie.Options{MinConfidence: *minConf, NoVariants: *noVariants, ResolvePronouns: true}); err != nil {
		fmt.Fprintln(os.Stderr, "carbrun:", err)
		os.Exit(1)
	}
}

func run(mfs fs.FS, in io.Reader, out, kinds io.Writer, save, load string, opts oie.Options) error {
	var annotate func(string) nlp.Sentence
	var cached []nlp.Sentence
	if load != "" {
		f, err := os.Open(load)
		if err != nil {
			return err
		}
		cached, err = conllu.Read(f)
		f.Close()
		if err != nil {
			return err
		}
	} else {
		models, err := nlp.Load(mfs)
		if err != nil {
			return err
		}
		annotate = nlp.New(models).AnnotateSentence
	}
	var sw io.Writer = io.Discard
	if save != "" {
		f, err := os.Create(save)
		if err != nil {
			return err
		}
		defer f.Close()
		sw = f
	}
	bw := bufio.NewWriter(out)
	n := 0
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		var s nlp.Sentence
		if annotate != nil {
			s = oie.AnnotateTokenized(annotate, line)
		} else {
			if n >= len(cached) {
				return fmt.Errorf("%s: only %d sentences", load, len(cached))
			}
			s = cached[n]
			s.Text = line // the tokens' offsets index the line as given
		}
		n++
		if err := conllu.Write(sw, &s); err != nil {
			return err
		}
		ex := oie.Extract(&s, opts)
		if err := oie.WriteCARB(bw, line, ex); err != nil {
			return err
		}
		for _, e := range ex {
			fmt.Fprintln(kinds, e.Kind)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return bw.Flush()
}
