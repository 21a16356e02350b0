package seedeval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/nlp/conllu"
	"github.com/storygraph/storygraph/extract/temporal"
	"github.com/storygraph/storygraph/internal/shared"
)

// fromCoNLLU turns a treebank sentence into an annotated sentence with
// the gold tags and parse, tokens joined by single spaces.
func fromCoNLLU(cs conllu.Sentence) nlp.Sentence {
	var b strings.Builder
	s := nlp.Sentence{}
	for i, w := range cs.Words {
		if i > 0 {
			b.WriteByte(' ')
		}
		off := b.Len()
		b.WriteString(w.Form)
		s.Tokens = append(s.Tokens, nlp.Token{Text: w.Form, Off: off, End: b.Len(), UPOS: w.UPOS, XPOS: w.XPOS,
			Lemma: w.Lemma, Head: w.Head, Dep: w.Rel, Ent: "O"})
	}
	s.Text = b.String()
	s.End = len(s.Text)
	return s
}

// TestEWTFind runs Find, SentenceTense and Attach over the gold parses of
// UD English EWT dev: nothing may panic, every span must map back to its
// text, and every attached date must modify a verb of the sentence. With
// TEMPORAL_DUMP=1 it prints every expression for reading.
func TestEWTFind(t *testing.T) {
	dir := shared.Dir(t, "data/ud-english-ewt")
	sents, err := conllu.ReadFile(t.Context(), filepath.Join(dir, "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	ref := time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC)
	dump := os.Getenv("TEMPORAL_DUMP") != ""
	counts := map[string]int{}
	for _, cs := range sents {
		s := fromCoNLLU(cs)
		txs := temporal.Find(&s, ref)
		for _, tx := range txs {
			counts[tx.Type]++
			if s.Text[tx.Span.Off:tx.Span.End] != tx.Text || tx.Start < 0 || tx.End > len(s.Tokens) || tx.Start >= tx.End {
				t.Errorf("Find(%q): bad span %v / tokens [%d,%d) for %q", s.Text, tx.Span, tx.Start, tx.End, tx.Text)
			}
			if dump {
				t.Logf("%-28q %-8s %-16s %-12s %-7v | %s", tx.Text, tx.Type, tx.TIMEX3(), tx.Granularity, tx.Tense, s.Text)
			}
		}
		for k := range s.Tokens {
			if tx, ok := temporal.Attach(&s, txs, k); ok && (!tx.IsDate() || tx.Start < 0) {
				t.Errorf("Attach(%q, %d) = %v, not a date", s.Text, k, tx)
			}
		}
	}
	t.Logf("EWT dev: %d sentences, %d DATE, %d TIME, %d DURATION, %d SET", len(sents),
		counts["DATE"], counts["TIME"], counts["DURATION"], counts["SET"])
	if counts["DATE"] == 0 {
		t.Errorf("no dates found in EWT dev")
	}
}
