package nlp

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storygraph/storygraph/extract/nlp/conllu"
)

// Scores are an annotator's figures on the UD English EWT test split, in
// percent, and its speed.
type Scores struct {
	UPOS         float64 `json:"upos"`   // UPOS accuracy, gold tokens
	XPOS         float64 `json:"xpos"`   // XPOS accuracy, gold tokens
	UAS          float64 `json:"uas"`    // unlabelled attachment, gold tokens, predicted tags
	LAS          float64 `json:"las"`    // labelled attachment (full relation with subtype), same
	NERF1        float64 `json:"ner_f1"` // exact-span micro F1 on UNER EWT test; 0 without NER
	TokensPerSec float64 `json:"tokens_per_sec"`
}

// Evaluate scores a on the test splits under udDir
// (en_ewt-ud-test.conllu) and unerDir (en_ewt-ud-test.iob2; skipped when
// unerDir is "" or a has no NER model). Tagging and parsing use the gold
// tokens; punctuation counts. TokensPerSec times [Annotator.Annotate]
// (tokenize, tag, parse, lemmatize, recognise) on the test sentences' raw
// text on the calling goroutine, best of three runs, against the CPU time
// the process used (the wall clock where that is unavailable), so the figure
// is per core even on a loaded machine; it includes garbage collection.
// Evaluate checks ctx between sentences.
func Evaluate(ctx context.Context, a *Annotator, udDir, unerDir string) (Scores, error) {
	var sc Scores
	sents, err := conllu.ReadFile(ctx, filepath.Join(udDir, "en_ewt-ud-test.conllu"))
	if err != nil {
		return sc, fmt.Errorf("nlp: evaluate: %w", err)
	}
	var n, nu, nx, nh, nl int
	var text strings.Builder
	for _, s := range sents {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		words := s.Forms()
		upos, xpos := a.m.Tagger.Tag(words)
		repairTags(words, upos, xpos)
		heads, rels := a.m.Parser.Parse(words, upos, xpos)
		for i, w := range s.Words {
			n++
			if upos[i] == w.UPOS {
				nu++
			}
			if xpos[i] == w.XPOS {
				nx++
			}
			if heads[i] == w.Head {
				nh++
				if rels[i] == w.Rel {
					nl++
				}
			}
		}
		if s.Text != "" {
			text.WriteString(s.Text)
			text.WriteString("\n\n")
		}
	}
	if n > 0 {
		sc.UPOS = 100 * float64(nu) / float64(n)
		sc.XPOS = 100 * float64(nx) / float64(n)
		sc.UAS = 100 * float64(nh) / float64(n)
		sc.LAS = 100 * float64(nl) / float64(n)
	}
	if unerDir != "" && a.m.NER != nil {
		f1, err := nerF1(ctx, a, filepath.Join(unerDir, "en_ewt-ud-test.iob2"))
		if err != nil {
			return sc, err
		}
		sc.NERF1 = f1
	}
	// speed: best of three runs over the raw text
	raw := text.String()
	for range 3 {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		start := time.Now()
		cpu0, cpuOK := cpuTime()
		out := a.Annotate(raw)
		el := time.Since(start).Seconds()
		if cpu1, ok := cpuTime(); ok && cpuOK {
			el = (cpu1 - cpu0).Seconds()
		}
		ntok := 0
		for _, s := range out {
			ntok += len(s.Tokens)
		}
		if el > 0 {
			sc.TokensPerSec = max(sc.TokensPerSec, float64(ntok)/el)
		}
	}
	return sc, nil
}

// uner maps UNER entity types to the recogniser's.
var uner = map[string]string{"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

// nerF1 returns the exact-span micro F1 of a's recogniser on an IOB2 file
// (UNER: id, word, tag columns), tagging with a's tagger.
func nerF1(ctx context.Context, a *Annotator, path string) (float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("nlp: evaluate: %w", err)
	}
	defer f.Close()
	var tp, np, ng int
	var words, gold []string
	flush := func() {
		if len(words) == 0 {
			return
		}
		_, xpos := a.m.Tagger.Tag(words)
		pred := a.m.NER.Recognize(words, xpos)
		ps := Sentence{Tokens: make([]Token, len(words))}
		gs := Sentence{Tokens: make([]Token, len(words))}
		for i := range words {
			ps.Tokens[i].Ent = pred[i]
			g := gold[i]
			if len(g) > 2 {
				if t, ok := uner[g[2:]]; ok {
					g = g[:2] + t
				} else {
					g = "O"
				}
			}
			gs.Tokens[i].Ent = g
		}
		pe, ge := ps.Entities(), gs.Entities()
		np += len(pe)
		ng += len(ge)
		for _, p := range pe {
			for _, g := range ge {
				if p == g {
					tp++
					break
				}
			}
		}
		words, gold = words[:0], gold[:0]
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" {
			flush()
			if err := ctx.Err(); err != nil {
				return 0, err
			}
			continue
		}
		if strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) < 3 {
			return 0, fmt.Errorf("nlp: evaluate: %s:%d: %d columns, want at least 3", path, line, len(cols))
		}
		words = append(words, cols[1])
		gold = append(gold, cols[2])
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("nlp: evaluate: %s: %w", path, err)
	}
	flush()
	if np == 0 || ng == 0 || tp == 0 {
		return 0, nil
	}
	p, r := float64(tp)/float64(np), float64(tp)/float64(ng)
	return 100 * 2 * p * r / (p + r), nil
}
