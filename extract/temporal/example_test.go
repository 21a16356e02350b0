package temporal_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/temporal"
)

func ExampleNormalize() {
	ref := time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC) // a Tuesday
	for _, c := range []struct {
		expr  string
		tense temporal.Tense
	}{
		{"on Tuesday", temporal.Past},
		{"on Wednesday", temporal.Future},
		{"December 28", temporal.Past},
		{"in 2014", temporal.Past},
		{"earlier this month", temporal.Past},
		{"four years", temporal.Unknown},
	} {
		v, g, ok := temporal.Normalize(c.expr, ref, c.tense)
		fmt.Println(c.expr, "→", v, g, ok)
	}
	// Output:
	// on Tuesday → 2026-01-06 day true
	// on Wednesday → 2026-01-07 day true
	// December 28 → 2025-12-28 day true
	// in 2014 → 2014 year true
	// earlier this month → 2026-01 month true
	// four years → P4Y year true
}

// sentence builds "Talks would continue on Wednesday ." with its parse, as
// the annotator would return it.
func sentence() *nlp.Sentence {
	words := []struct {
		text, upos, xpos string
		head             int
		dep              string
	}{
		{"Talks", "NOUN", "NNS", 2, "nsubj"},
		{"would", "AUX", "MD", 2, "aux"},
		{"continue", "VERB", "VB", -1, "root"},
		{"on", "ADP", "IN", 4, "case"},
		{"Wednesday", "PROPN", "NNP", 2, "obl"},
		{".", "PUNCT", ".", 2, "punct"},
	}
	s := &nlp.Sentence{Text: "Talks would continue on Wednesday."}
	off := 0
	for i, w := range words {
		if i > 0 && w.text != "." {
			off++
		}
		s.Tokens = append(s.Tokens, nlp.Token{Text: w.text, Off: off, End: off + len(w.text),
			UPOS: w.upos, XPOS: w.xpos, Lemma: w.text, Head: w.head, Dep: w.dep})
		off += len(w.text)
	}
	s.End = off
	return s
}

func ExampleFind() {
	ref := time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC)
	s := sentence()
	for _, tx := range temporal.Find(s, ref) {
		fmt.Println(tx.Text, tx.Value, tx.Granularity, tx.Tense, s.Tokens[tx.Head].Text)
	}
	// Output:
	// Wednesday 2026-01-07 day future continue
}

func ExampleAttach() {
	ref := time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC)
	s := sentence()
	if tx, ok := temporal.Attach(s, temporal.Find(s, ref), 2); ok {
		fmt.Println("continue:", tx.Value)
	}
	// Output:
	// continue: 2026-01-07
}

// tagged builds a sentence from "word/TAG" pairs, without a parse.
func tagged(text string) *nlp.Sentence {
	s := &nlp.Sentence{}
	off := 0
	for i, f := range strings.Fields(text) {
		w, tag, _ := strings.Cut(f, "/")
		if i > 0 {
			s.Text += " "
			off++
		}
		s.Text += w
		s.Tokens = append(s.Tokens, nlp.Token{Text: w, Off: off, End: off + len(w), XPOS: tag, Head: -1})
		off += len(w)
	}
	s.End = off
	return s
}

func ExampleContext() {
	c := temporal.NewContext(time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC))
	for _, sv := range []struct {
		text string
		verb int
	}{
		{"Leaders/NNS met/VBD on/IN Tuesday/NNP", 1},
		{"Britain/NNP signed/VBD a/DT pact/NN", 1},
		{"Russia/NNP has/VBZ rejected/VBN it/PRP", 2},
	} {
		s := tagged(sv.text)
		txs := c.Find(s) // every sentence, in order: it moves the focus
		tx, ok := c.Attach(s, txs, sv.verb)
		fmt.Printf("%s: %q %v inherited=%v\n", s.Text, tx.Value, ok, tx.Inherited)
	}
	// Output:
	// Leaders met on Tuesday: "2026-01-06" true inherited=false
	// Britain signed a pact: "2026-01-06" true inherited=true
	// Russia has rejected it: "" false inherited=false
}
