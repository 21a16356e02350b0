package ner

import (
	"fmt"
	"testing"

	"github.com/storygraph/storygraph/extract/tag/perceptron"
)

func TestIsLowerWord(t *testing.T) {
	for w, want := range map[string]bool{"lisa": true, "Lisa": false, "a": false, "o'neil": false, "mexico": true, "é": false} {
		if got := isLowerWord(w); got != want {
			t.Errorf("isLowerWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLowerLookups(t *testing.T) {
	m := trainToy(t)
	words := []string{"i", "met", "lisa", "in", "mexico", "."}
	info := make([]tokInfo, len(words))
	m.fill(words, nil, info)
	if info[2].given != 2 {
		t.Errorf("lisa: given = %d, want 2 (lower-case given name)", info[2].given)
	}
	if info[4].gaz == 0 || info[4].gaz&(1<<8) == 0 {
		t.Errorf("mexico: gaz = %#x, want a lower-case gazetteer code", info[4].gaz)
	}
	if info[1].given != 0 || info[1].gaz != 0 || info[1].city != 0 {
		t.Errorf("met: %+v, want no gazetteer properties", info[1])
	}
}

func TestJackknifeLexicon(t *testing.T) {
	var sents []sentence
	for d := range 40 {
		id := string(rune('a'+d%26)) + string(rune('a'+d/26)) + "-0001"
		w := []string{"The", "cat", "sat"}
		if d == 0 {
			w = []string{"The", "Zorbland", "sat"}
		}
		sents = append(sents, sentence{id: id, words: w, tags: []string{"O", "O", "O"}})
	}
	lex := jackknifeLexicon(sents)
	full := buildLexicon(sents)
	if got := lex[0][1]; got != lexUnseen {
		t.Errorf("word only in its own document: class %d, want lexUnseen", got)
	}
	if got, want := full[perceptron.HashLower("Zorbland")], uint8(lexCap); got != want {
		t.Errorf("full lexicon: Zorbland class %d, want %d", got, want)
	}
	if got := lex[1][1]; got != lexLower {
		t.Errorf("cat: class %d, want lexLower", got)
	}
}

func TestBuildClusters(t *testing.T) {
	// Two word families in distinct contexts: each family's members must
	// share a fine cluster, and the families must not.
	var sents []sentence
	people := []string{"anna", "bea", "cleo", "dora"}
	places := []string{"oslo", "rome", "lima", "kiev"}
	for i := range 400 {
		p, q := people[i%4], places[(i/4)%4]
		sents = append(sents, sentence{words: []string{"yesterday", p, "said", "hello", "to", "everyone", "."}})
		sents = append(sents, sentence{words: []string{"we", "flew", "to", q, "last", "week", "."}})
		// Filler so that there are enough words to cluster.
		for k := range 3 {
			sents = append(sents, sentence{words: []string{fmt.Sprintf("f%d", (i*3+k)%300), "and", fmt.Sprintf("g%d", (i*7+k)%300)}})
		}
	}
	cl := buildClusters(sents)
	fine := func(w string) cluster { return cl[perceptron.HashLower(w)] & 0xff }
	for _, fam := range [][]string{people, places} {
		for _, w := range fam[1:] {
			if fine(w) == 0 || fine(w) != fine(fam[0]) {
				t.Errorf("%s in cluster %d, %s in %d: want the same", w, fine(w), fam[0], fine(fam[0]))
			}
		}
	}
	if fine(people[0]) == fine(places[0]) {
		t.Errorf("people and places share cluster %d", fine(people[0]))
	}
}

func TestRunHead(t *testing.T) {
	m := trainToy(t)
	words := []string{"at", "Acme", "Steel", "Works", "said", "Ann"}
	info := make([]tokInfo, len(words))
	m.fill(words, nil, info)
	for i := 1; i <= 3; i++ {
		if info[i].runHead != perceptron.HashLower("works") || info[i].runNext != perceptron.HashLower("said") {
			t.Errorf("%s: run head/next not those of Works/said", words[i])
		}
	}
	if info[5].runNext != 1 {
		t.Errorf("Ann: runNext %#x, want the sentence-end marker 1", info[5].runNext)
	}
}

func TestWithLowerCopies(t *testing.T) {
	var sents []sentence
	var lexOf [][]uint8
	for i := range 2000 {
		tags := []string{"O", "B-LOC"}
		if i%2 == 1 {
			tags = []string{"O", "O"}
		}
		sents = append(sents, sentence{id: fmt.Sprint("s", i), words: []string{"In", "Oslo"}, tags: tags})
		lexOf = append(lexOf, []uint8{lexMostLow, lexCap})
	}
	out, lex := withLowerCopies(sents, lexOf)
	copies := out[len(sents):]
	if len(lex) != len(out) || len(copies) < 150 || len(copies) > 250 {
		t.Fatalf("%d copies of 1000 sentences with entities (%d lexicon rows for %d sentences), want about %v", len(copies), len(lex), len(out), lowerCopyShare*1000)
	}
	for _, c := range copies {
		if c.words[0] != "in" || c.words[1] != "oslo" || c.tags[1] != "B-LOC" || c.xpos != nil {
			t.Fatalf("copy %+v: want lower-case words, the same tags and no Penn tags", c)
		}
	}
	if sents[0].words[1] != "Oslo" {
		t.Error("withLowerCopies changed its input")
	}
}
