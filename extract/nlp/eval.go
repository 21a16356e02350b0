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
	UPOS         float64 `json:"upos"`       // UPOS accuracy, gold tokens
	XPOS         float64 `json:"xpos"`       // XPOS accuracy, gold tokens
	UAS          float64 `json:"uas"`        // unlabelled attachment, gold tokens, predicted tags
	LAS          float64 `json:"las"`        // labelled attachment (full relation with subtype), same
	NERF1        float64 `json:"ner_f1"`     // exact-span micro F1 on UNER EWT test; 0 without NER
	NERF1PER     float64 `json:"ner_f1_per"` // the same for PERSON entities alone
	NERF1ORG     float64 `json:"ner_f1_org"` // ORG
	NERF1LOC     float64 `json:"ner_f1_loc"` // LOC
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
		sc.NERF1, sc.NERF1PER, sc.NERF1ORG, sc.NERF1LOC = f1[0], f1[1], f1[2], f1[3]
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

// nerF1 returns the exact-span F1 of a's recogniser on an IOB2 file
// (UNER: id, word, tag columns, "# sent_id" comments), tagging with a's
// tagger and recognising the sentences of each document (sent_id less its
// last "-" part) together, as [Annotator.Annotate] does with a text: micro
// F1 over all entities, then PERSON, ORG and LOC alone, in percent.
func nerF1(ctx context.Context, a *Annotator, path string) ([4]float64, error) {
	var res [4]float64
	f, err := os.Open(path)
	if err != nil {
		return res, fmt.Errorf("nlp: evaluate: %w", err)
	}
	defer f.Close()
	types := [...]string{"", "PERSON", "ORG", "LOC"} // "" counts every type
	var tp, np, ng [4]int
	count := func(es []EntitySpan, n *[4]int) {
		for _, e := range es {
			n[0]++
			for k := 1; k < len(types); k++ {
				if e.Type == types[k] {
					n[k]++
				}
			}
		}
	}
	// The sentences of the current document.
	var words, golds [][]string
	var doc string
	flushDoc := func() {
		if len(words) == 0 {
			return
		}
		xpos := make([][]string, len(words))
		for i, w := range words {
			_, xpos[i] = a.m.Tagger.Tag(w)
		}
		for i, pred := range a.m.NER.RecognizeDocument(words, xpos) {
			ps := Sentence{Tokens: make([]Token, len(words[i]))}
			gs := Sentence{Tokens: make([]Token, len(words[i]))}
			for j := range words[i] {
				ps.Tokens[j].Ent = pred[j]
				g := golds[i][j]
				if len(g) > 2 {
					if t, ok := uner[g[2:]]; ok {
						g = g[:2] + t
					} else {
						g = "O"
					}
				}
				gs.Tokens[j].Ent = g
			}
			pe, ge := ps.Entities(), gs.Entities()
			count(pe, &np)
			count(ge, &ng)
			var hit []EntitySpan
			for _, p := range pe {
				for _, g := range ge {
					if p == g {
						hit = append(hit, p)
						break
					}
				}
			}
			count(hit, &tp)
		}
		words, golds = words[:0], golds[:0]
	}
	var w, g []string
	var id string
	flush := func() {
		if len(w) == 0 {
			return
		}
		d := id
		if k := strings.LastIndexByte(d, '-'); k > 0 {
			d = d[:k]
		}
		if d != doc || d == "" {
			flushDoc()
			doc = d
		}
		words, golds = append(words, w), append(golds, g)
		w, g, id = nil, nil, ""
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
				return res, err
			}
			continue
		}
		if strings.HasPrefix(l, "#") {
			if v, ok := strings.CutPrefix(l, "# sent_id = "); ok {
				id = strings.TrimSpace(v)
			}
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) < 3 {
			return res, fmt.Errorf("nlp: evaluate: %s:%d: %d columns, want at least 3", path, line, len(cols))
		}
		w = append(w, cols[1])
		g = append(g, cols[2])
	}
	if err := sc.Err(); err != nil {
		return res, fmt.Errorf("nlp: evaluate: %s: %w", path, err)
	}
	flush()
	flushDoc()
	for k := range res {
		if np[k] == 0 || ng[k] == 0 || tp[k] == 0 {
			continue
		}
		p, r := float64(tp[k])/float64(np[k]), float64(tp[k])/float64(ng[k])
		res[k] = 100 * 2 * p * r / (p + r)
	}
	return res, nil
}
