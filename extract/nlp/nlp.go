package nlp

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/storygraph/storygraph/extract/depparse"
	"github.com/storygraph/storygraph/extract/lemma"
	"github.com/storygraph/storygraph/extract/ner"
	"github.com/storygraph/storygraph/extract/tag"
	"github.com/storygraph/storygraph/extract/token"
)

// Model file names inside the fs.FS given to [Load].
const (
	TaggerFile = "tagger.model"
	ParserFile = "parser.model"
	NERFile    = "ner.model"
)

// Models holds the trained models the annotator runs. Tagger and Parser are
// required; a nil NER tags every token "O".
type Models struct {
	Tagger *tag.Tagger
	Parser *depparse.Parser
	NER    *ner.Model
}

// Load reads tagger.model, parser.model and, when present, ner.model from
// fsys (for example en.FS from extract/model/en).
func Load(fsys fs.FS) (Models, error) {
	var m Models
	var err error
	if m.Tagger, err = tag.Load(fsys, TaggerFile); err != nil {
		return Models{}, fmt.Errorf("nlp: %w", err)
	}
	if m.Parser, err = depparse.Load(fsys, ParserFile); err != nil {
		return Models{}, fmt.Errorf("nlp: %w", err)
	}
	if _, statErr := fs.Stat(fsys, NERFile); statErr != nil {
		if errors.Is(statErr, fs.ErrNotExist) {
			return m, nil
		}
		return Models{}, fmt.Errorf("nlp: %w", statErr)
	}
	if m.NER, err = ner.Load(fsys, NERFile); err != nil {
		return Models{}, fmt.Errorf("nlp: %w", err)
	}
	return m, nil
}

// Annotator runs the whole NLP core over text. It is safe for concurrent
// use. It remembers the tags, trees and lemmas of the sentences it
// annotated last (a bounded cache, about 20 MB at most), so that a sentence
// repeated verbatim is tagged and parsed once; results are the same with or
// without it.
type Annotator struct {
	m     Models
	cache *sentCache // nil: none
}

// New returns an annotator over m. It panics if m.Tagger or m.Parser is nil
// (a programming error: [Load] never returns such Models).
func New(m Models) *Annotator {
	if m.Tagger == nil || m.Parser == nil {
		panic("nlp: New needs a tagger and a parser")
	}
	return &Annotator{m: m, cache: newSentCache(cacheTokens)}
}

// Annotate splits text into sentences ([token.Sentences]) and annotates
// each. Entities are recognised over the whole text at once
// ([ner.Model.RecognizeDocument]), so that a name tagged in one sentence is
// tagged alike in the others. Offsets in the result are byte offsets into
// text. A text without tokens gives no sentences.
func (a *Annotator) Annotate(text string) []Sentence {
	ss := token.Sentences(text)
	out := make([]Sentence, len(ss))
	for i, s := range ss {
		out[i] = a.annotate(text, i, s.Off, s.End, s.Tokens)
	}
	a.recognize(out)
	return out
}

// recognize sets the entity tags of the tokens of sents, the sentences of
// one text, with the recogniser's document pass; without a recogniser
// every token keeps "O".
func (a *Annotator) recognize(sents []Sentence) {
	if a.m.NER == nil || len(sents) == 0 {
		return
	}
	words, xpos := make([][]string, len(sents)), make([][]string, len(sents))
	for i := range sents {
		toks := sents[i].Tokens
		words[i], xpos[i] = make([]string, len(toks)), make([]string, len(toks))
		for j := range toks {
			words[i][j], xpos[i][j] = toks[j].Text, toks[j].XPOS
		}
	}
	for i, ents := range a.m.NER.RecognizeDocument(words, xpos) {
		for j := range sents[i].Tokens {
			if j < len(ents) && ents[j] != "" {
				sents[i].Tokens[j].Ent = ents[j]
			}
		}
	}
}

// AnnotateSentence annotates the whole of text as one sentence, for input
// that is already split (one sentence per line). Its Off and End span the
// tokens; a text without tokens gives a sentence without tokens.
func (a *Annotator) AnnotateSentence(text string) Sentence {
	toks := token.Tokenize(text)
	if len(toks) == 0 {
		return Sentence{Off: 0, End: 0}
	}
	s := []Sentence{a.annotate(text, 0, toks[0].Off, toks[len(toks)-1].End, toks)}
	a.recognize(s)
	return s[0]
}

func (a *Annotator) annotate(text string, index, off, end int, toks []token.Token) Sentence {
	s := Sentence{Index: index, Off: off, End: end, Text: text[off:end], Tokens: make([]Token, len(toks))}
	var key []byte
	if a.cache != nil {
		key = cacheKey(make([]byte, 0, len(s.Text)+len(toks)), toks)
		if c := a.cache.get(key); len(c) == len(toks) {
			for i, t := range toks {
				s.Tokens[i] = Token{
					Text: t.Text, Off: t.Off, End: t.End,
					UPOS: c[i].upos, XPOS: c[i].xpos, Lemma: c[i].lemma,
					Head: c[i].head, Dep: c[i].dep, Ent: "O", // set by recognize
				}
			}
			repairTree(&s)
			return s
		}
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	upos, xpos := a.m.Tagger.Tag(words)
	repairTags(words, upos, xpos)
	heads, rels := a.m.Parser.Parse(words, upos, xpos)
	for i, t := range toks {
		s.Tokens[i] = Token{
			Text: t.Text, Off: t.Off, End: t.End,
			UPOS: upos[i], XPOS: xpos[i],
			Lemma: lemma.Lemmatize(t.Text, upos[i]),
			Head:  heads[i], Dep: rels[i], Ent: "O", // set by recognize
		}
	}
	if a.cache != nil {
		c := make([]cachedToken, len(toks))
		for i, t := range s.Tokens {
			// a lemma may share the text's memory: a copy does not
			// keep the whole text alive
			c[i] = cachedToken{upos: t.UPOS, xpos: t.XPOS, lemma: strings.Clone(t.Lemma), dep: t.Dep, head: t.Head}
		}
		a.cache.put(key, c)
	}
	repairTree(&s)
	return s
}
