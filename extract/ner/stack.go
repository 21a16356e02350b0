package ner

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The second pass (stacking, Krishnan and Manning 2006): after the
// sentence model has tagged every sentence of a document, each word gets
// document features saying what the sentence model made of the same word,
// the same name and the same run of capitalised words elsewhere in the
// document, and the words are decoded again with the weights of those
// features added to the sentence model's scores. The weights are learnt
// on training documents whose first-pass tags come from sentence models
// trained on the other folds of the training text (jackknifing), so that
// they are as wrong as at run time.

// Document feature templates (hashed into the stack table).
const (
	dTok = iota + 1
	dTokCap
	dFold
	dSpan
	dRun
	dSuperFirst
	dSuperLast
	dInitials
)

// maxDocFeats bounds the document features of one word.
const maxDocFeats = 16

// docFeats holds the stack-table buckets of one word's document features.
type docFeats struct {
	n int
	b [maxDocFeats]uint32
}

// typeCounts counts how often a word or name was tagged O, PERSON, ORG
// and LOC in a document.
type typeCounts [4]int32

// typeOf returns the type of class c: 0 for O, 1 + its index in Types.
func typeOf(c int) int { return (c + 1) / 2 }

// summary describes the counts less one occurrence of type own (-1 for
// none): the majority entity type (0 on a tie or none), how much of the
// rest is an entity (1 none, 2 under half, 3 half or more, 4 all) and how
// many there are (1, 2-3, 4+). It is 0 when no other occurrence remains.
func (c *typeCounts) summary(own int) uint64 {
	x := *c
	if own >= 0 {
		x[own]--
	}
	total := x[0] + x[1] + x[2] + x[3]
	if total <= 0 {
		return 0
	}
	ent := total - x[0]
	maj, best := 0, int32(0)
	for t := 1; t <= 3; t++ {
		switch {
		case x[t] > best:
			maj, best = t, x[t]
		case x[t] == best && best > 0:
			maj = 0
		}
	}
	var frac uint64
	switch {
	case ent == 0:
		frac = 1
	case 2*ent < total:
		frac = 2
	case ent < total:
		frac = 3
	default:
		frac = 4
	}
	var cnt uint64
	switch {
	case total >= 4:
		cnt = 2
	case total >= 2:
		cnt = 1
	}
	return uint64(maj) | frac<<2 | cnt<<5
}

// capClass is 1 for a capitalised word, 2 for one in capitals, 3 for one
// in lower case, 0 otherwise.
func capClass(w string) uint64 {
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsUpper(r):
		for _, c := range w {
			if unicode.IsLower(c) {
				return 1
			}
		}
		if utf8.RuneCountInString(w) >= 2 {
			return 2
		}
		return 1
	case unicode.IsLower(r):
		return 3
	}
	return 0
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// classSpan is an entity mention read from classes: words [start, end)
// of type typ (1 + index in Types).
type classSpan struct{ start, end, typ int }

func classSpans(cl []int) []classSpan {
	var out []classSpan
	for i := 0; i < len(cl); {
		if cl[i] == tagO {
			i++
			continue
		}
		t := typeOf(cl[i])
		j := i + 1
		for j < len(cl) && isInside(cl[j]) && typeOf(cl[j]) == t {
			j++
		}
		out = append(out, classSpan{i, j, t})
		i = j
	}
	return out
}

func joinKey(ws []string) string { return strings.Join(ws, "\x00") }

// documentFeatures returns the document features of every word of a
// document whose sentences words the first pass tagged with classes
// first, as buckets of a table of 2^bits rows.
func documentFeatures(words [][]string, first [][]int, bits int) [][]docFeats {
	mask := uint64(1)<<bits - 1
	forms := map[string]*typeCounts{}
	folded := map[string]*typeCounts{}
	names := map[string]*typeCounts{}
	super := [2]map[string]*typeCounts{{}, {}} // word first / last in a name of several words
	initials := map[string]*typeCounts{}
	get := func(m map[string]*typeCounts, k string) *typeCounts {
		c := m[k]
		if c == nil {
			c = &typeCounts{}
			m[k] = c
		}
		return c
	}
	spans := make([][]classSpan, len(words))
	for i, ws := range words {
		for j, w := range ws {
			if !hasLetter(w) {
				continue
			}
			t := typeOf(first[i][j])
			get(forms, w)[t]++
			get(folded, strings.ToLower(w))[t]++
		}
		spans[i] = classSpans(first[i])
		for _, s := range spans[i] {
			ws := ws[s.start:s.end]
			if !hasUpper(ws) {
				continue
			}
			get(names, joinKey(ws))[s.typ]++
			if len(ws) >= 2 {
				get(super[0], ws[0])[s.typ]++
				get(super[1], ws[len(ws)-1])[s.typ]++
				if ini := initialsOf(strings.Join(ws, " ")); ini != "" {
					get(initials, ini)[s.typ]++
				}
			}
		}
	}
	out := make([][]docFeats, len(words))
	for i, ws := range words {
		out[i] = make([]docFeats, len(ws))
		own := make([]int, len(ws)) // index+1 of the span holding each word
		for k, s := range spans[i] {
			for j := s.start; j < s.end; j++ {
				own[j] = k + 1
			}
		}
		// Runs of capitalised words.
		runStart := make([]int, len(ws))
		runEnd := make([]int, len(ws))
		for j := 0; j < len(ws); {
			if !isTitle(ws[j]) {
				runStart[j], runEnd[j] = -1, -1
				j++
				continue
			}
			e := j + 1
			for e < len(ws) && isTitle(ws[e]) {
				e++
			}
			for k := j; k < e; k++ {
				runStart[k], runEnd[k] = j, e
			}
			j = e
		}
		for j, w := range ws {
			f := &out[i][j]
			c1 := first[i][j]
			t1 := typeOf(c1)
			ot := uint64(c1) + 1
			add := func(tpl, v, conj uint64) {
				if v == 0 || f.n == maxDocFeats {
					return
				}
				f.b[f.n] = uint32(mix(tpl, v, conj) & mask)
				f.n++
			}
			both := func(tpl, v, conj uint64) {
				add(tpl, v, conj)
				add(tpl+100, v, conj|ot<<40) // and with the word's own first-pass class
			}
			cc := capClass(w)
			if hasLetter(w) {
				s := forms[w].summary(t1)
				both(dTok, s, 0)
				add(dTokCap, s, cc)
				add(dFold, folded[strings.ToLower(w)].summary(t1), cc)
			}
			var ownKey string
			if k := own[j]; k > 0 {
				s := spans[i][k-1]
				pos := uint64(1)
				if j > s.start {
					pos = 2
				}
				if c := names[joinKey(ws[s.start:s.end])]; c != nil {
					ownKey = joinKey(ws[s.start:s.end])
					both(dSpan, c.summary(s.typ), pos)
				}
			}
			if a, e := runStart[j], runEnd[j]; a >= 0 {
				if key := joinKey(ws[a:e]); key != ownKey {
					if c := names[key]; c != nil {
						pos := uint64(1)
						switch {
						case e-a == 1:
							pos = 4
						case j == e-1:
							pos = 3
						case j > a:
							pos = 2
						}
						both(dRun, c.summary(-1), pos)
					}
				}
			}
			if cc == 1 || cc == 2 {
				// This word as the first / last word of a longer name
				// elsewhere (its own name aside).
				var firstOwn, lastOwn int = -1, -1
				if k := own[j]; k > 0 {
					s := spans[i][k-1]
					if s.end-s.start >= 2 && hasUpper(ws[s.start:s.end]) {
						if j == s.start {
							firstOwn = s.typ
						}
						if j == s.end-1 {
							lastOwn = s.typ
						}
					}
				}
				if c := super[0][w]; c != nil {
					add(dSuperFirst, c.summary(firstOwn), cc)
				}
				if c := super[1][w]; c != nil {
					add(dSuperLast, c.summary(lastOwn), cc)
				}
			}
			if cc == 2 {
				if c := initials[w]; c != nil {
					add(dInitials, c.summary(-1), 0)
				}
			}
		}
	}
	return out
}

// stackDoc is one document prepared for training or scoring the second
// pass: its sentences and the sentence model's classes of their words.
type stackDoc struct {
	sents []sentence
	first [][]int
}

// words returns the words of the document's sentences.
func (d *stackDoc) words() [][]string {
	out := make([][]string, len(d.sents))
	for i, s := range d.sents {
		out[i] = s.words
	}
	return out
}

// prepareStack runs the sentence model m over the sentences of sents (in
// document runs, by sent_id) and returns the documents for the second
// pass.
func prepareStack(m *Model, sents []sentence) []stackDoc {
	var out []stackDoc
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && docID(sents[j].id) == docID(sents[i].id) {
			j++
		}
		d := stackDoc{sents: sents[i:j], first: make([][]int, j-i)}
		for k, s := range d.sents {
			d.first[k] = make([]int, len(s.words))
			for w, t := range m.Recognize(s.words, s.xpos) {
				d.first[k][w] = tagIndex(t)
			}
		}
		out = append(out, d)
		i = j
	}
	return out
}

// jackknifeStack cuts the documents of sents into folds parts and
// prepares each part for the second pass with a sentence model trained
// (passes passes, one shuffle) on the others.
func jackknifeStack(ctx context.Context, sents []sentence, clus map[uint64]cluster, bits, passes, folds int, seed uint64, logw io.Writer) ([]stackDoc, error) {
	if logw == nil {
		logw = io.Discard
	}
	part := make([][]sentence, folds)
	for _, s := range sents {
		f := int(hashDoc(docID(s.id)) % uint64(folds))
		part[f] = append(part[f], s)
	}
	var out []stackDoc
	for f := range folds {
		start := time.Now()
		var rest []sentence
		for g := range folds {
			if g != f {
				rest = append(rest, part[g]...)
			}
		}
		m, _, _, err := trainSentences(ctx, rest, nil, clus, bits, passes, seed+uint64(f), io.Discard, nil)
		if err != nil {
			return nil, err
		}
		out = append(out, prepareStack(m, part[f])...)
		fmt.Fprintf(logw, "ner: second pass: fold %d/%d tagged by a model trained on the others: %d sentences (%s)\n", f+1, folds, len(part[f]), time.Since(start).Round(time.Second))
	}
	return out, nil
}

// trainSecond trains the second pass on docs, whose first-pass classes
// come from jackknifing: the weight average of models (at least one)
// trained with passes passes on differently shuffled data.
func trainSecond(ctx context.Context, docs []stackDoc, clus map[uint64]cluster, bits, passes, models int, seed uint64, logw io.Writer) (*Model, error) {
	if logw == nil {
		logw = io.Discard
	}
	var sents []sentence
	var docf [][]docFeats
	for i := range docs {
		sents = append(sents, docs[i].sents...)
		docf = append(docf, documentFeatures(docs[i].words(), docs[i].first, bits)...)
	}
	var avg *Model
	for k := range max(models, 1) {
		start := time.Now()
		mk, _, _, err := trainSentencesDoc(ctx, sents, docf, nil, clus, bits, passes, seed+uint64(k)*7919, io.Discard, nil)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(logw, "ner: second pass: model %d/%d, %d passes (%s)\n", k+1, max(models, 1), passes, time.Since(start).Round(time.Second))
		if avg == nil {
			avg = mk
			continue
		}
		for i, w := range mk.w {
			avg.w[i] += w
		}
	}
	for i := range avg.w {
		avg.w[i] /= float32(max(models, 1))
	}
	return avg, nil
}

func hashDoc(id string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= fnvPrime
	}
	return mix(99, h, 0)
}

func classNames(cl []int) []string {
	out := make([]string, len(cl))
	for i, c := range cl {
		out[i] = tagNames[c]
	}
	return out
}

// recognizeStacked is RecognizeDocument's sentence tagging when m has a
// second pass: the sentence model over every sentence, then the second
// pass, a model with the sentence model's features and the document
// features of its tags.
func (m *Model) recognizeStacked(words, xpos [][]string) [][]string {
	var lat lattice
	first := make([][]int, len(words))
	infos := make([][]tokInfo, len(words))
	heads := make([]bool, len(words))
	for i, ws := range words {
		var x []string
		if i < len(xpos) && len(xpos[i]) == len(ws) {
			x = xpos[i]
		}
		first[i] = make([]int, len(ws))
		if len(ws) == 0 {
			continue
		}
		infos[i] = make([]tokInfo, len(ws))
		m.fill(ws, x, infos[i])
		heads[i] = headline(ws)
		m.fillLattice(infos[i], heads[i], &lat)
		decode(&lat, first[i])
	}
	out := make([][]string, len(words))
	cl := []int{}
	feats := documentFeatures(words, first, m.second.bits)
	for i, ws := range words {
		if len(ws) == 0 {
			out[i] = []string{}
			continue
		}
		for j := range infos[i] {
			infos[i][j].doc = &feats[i][j]
		}
		m.second.fillLattice(infos[i], heads[i], &lat)
		cl = append(cl[:0], first[i]...)
		decode(&lat, cl)
		out[i] = classNames(cl)
	}
	return out
}
