package nlp

import (
	"encoding/binary"
	"sync"

	"github.com/storygraph/storygraph/extract/token"
)

// sentCache remembers the tags, tree and lemmas of recently annotated
// sentences by their words: news archives repeat sentences verbatim
// (boilerplate, wire copy, corrections), and tagging and parsing depend on
// the words alone, so a repeated sentence is annotated once. Entities are
// not cached: they are recognised over the whole document.
//
// The cache has two generations of at most cacheTokens tokens each: when
// the current one is full it becomes the old one and the older is dropped;
// a sentence found in the old generation moves to the current one. Memory
// stays bounded and frequent sentences stay in.
type sentCache struct {
	mu       sync.Mutex
	cur, old map[string][]cachedToken
	n        int // tokens in cur
	limit    int // tokens in a generation
}

// cachedToken is the part of a Token that depends on the sentence's words
// only.
type cachedToken struct {
	upos, xpos, lemma, dep string
	head                   int
}

// cacheTokens bounds the tokens of one generation (about 80 bytes each).
const cacheTokens = 1 << 17

func newSentCache(limit int) *sentCache {
	return &sentCache{cur: map[string][]cachedToken{}, limit: limit}
}

// cacheKey returns a key that differs for every sequence of token texts:
// each text preceded by its length.
func cacheKey(buf []byte, toks []token.Token) []byte {
	for _, t := range toks {
		buf = binary.AppendUvarint(buf, uint64(len(t.Text)))
		buf = append(buf, t.Text...)
	}
	return buf
}

// get returns the cached annotation of the sentence with key k, or nil.
// The result must not be modified.
func (c *sentCache) get(k []byte) []cachedToken {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.cur[string(k)]; ok {
		return v
	}
	if v, ok := c.old[string(k)]; ok {
		c.putLocked(string(k), v)
		return v
	}
	return nil
}

// put stores the annotation v of the sentence with key k; v must not be
// modified afterwards.
func (c *sentCache) put(k []byte, v []cachedToken) {
	if len(v) > c.limit/64 {
		return // a very long "sentence" (a list, a table) is not worth it
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.putLocked(string(k), v)
}

func (c *sentCache) putLocked(k string, v []cachedToken) {
	if _, ok := c.cur[k]; ok {
		return
	}
	if c.n+len(v) > c.limit {
		c.old, c.cur, c.n = c.cur, make(map[string][]cachedToken, len(c.cur)), 0
	}
	c.cur[k] = v
	c.n += len(v)
}
