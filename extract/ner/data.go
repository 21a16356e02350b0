package ner

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

// sentence is one labelled sentence: its id, words, Penn tags (may be
// empty strings) and BIO tags in this package's tag set.
type sentence struct {
	id    string
	words []string
	xpos  []string
	tags  []string
}

// readIOB2 reads a UniversalNER .iob2 file (CoNLL-U-like: "# sent_id = "
// comments, then ID, FORM, TAG and optional annotator columns). It cleans
// while reading: UNER's PER becomes PERSON; other types (the 2022 draft's
// OTH and its stray "B-O") become O; an I- tag that does not continue an
// entity of its type becomes B-.
func readIOB2(ctx context.Context, path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	return parseIOB2(ctx, f, path)
}

func parseIOB2(ctx context.Context, r io.Reader, name string) ([]sentence, error) {
	var (
		out []sentence
		cur sentence
	)
	flush := func() {
		if len(cur.words) > 0 {
			cur.xpos = make([]string, len(cur.words))
			out = append(out, cur)
		}
		cur = sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case line == "":
			flush()
			continue
		case strings.HasPrefix(line, "#"):
			if id, ok := strings.CutPrefix(line, "# sent_id = "); ok {
				cur.id = strings.TrimSpace(id)
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("ner: %s:%d: %d columns, want at least 3", name, n, len(f))
		}
		if _, err := strconv.Atoi(f[0]); err != nil {
			continue // multiword-token ranges or empty nodes, if any
		}
		tag := mapUNER(f[2])
		if tag == "" {
			return nil, fmt.Errorf("ner: %s:%d: bad tag %q", name, n, f[2])
		}
		if tag[0] == 'I' {
			prev := "O"
			if k := len(cur.tags); k > 0 {
				prev = cur.tags[k-1]
			}
			if prev == "O" || prev[2:] != tag[2:] {
				tag = "B" + tag[1:]
			}
		}
		cur.words = append(cur.words, f[1])
		cur.tags = append(cur.tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: %s: %w", name, err)
	}
	flush()
	return out, nil
}

// mapUNER maps a UNER tag to this package's tag set; it returns "" for a
// malformed tag.
func mapUNER(t string) string {
	if t == "O" {
		return "O"
	}
	bi, typ, ok := strings.Cut(t, "-")
	if !ok || (bi != "B" && bi != "I") {
		return ""
	}
	switch typ {
	case "PER", "PERSON":
		return bi + "-PERSON"
	case "ORG":
		return bi + "-ORG"
	case "LOC":
		return bi + "-LOC"
	}
	return "O" // OTH, the draft's stray "B-O", anything else
}

// udSentence is the part of a CoNLL-U sentence the recogniser uses.
type udSentence struct {
	index             int // position in the file, from 0
	forms, upos, xpos []string
}

// readXPOS reads the Penn tags of every sentence of a CoNLL-U file, keyed by
// sent_id. Multiword-token lines and empty nodes are skipped, so forms are
// the syntactic words, as UNER uses them.
func readXPOS(ctx context.Context, path string) (map[string]udSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	out := map[string]udSentence{}
	var (
		id  string
		cur udSentence
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		line := sc.Text()
		switch {
		case line == "":
			if id != "" && len(cur.forms) > 0 {
				cur.index = len(out)
				out[id] = cur
			}
			id, cur = "", udSentence{}
			continue
		case strings.HasPrefix(line, "#"):
			if v, ok := strings.CutPrefix(line, "# sent_id = "); ok {
				id = strings.TrimSpace(v)
			}
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) < 5 {
			return nil, fmt.Errorf("ner: %s:%d: %d columns, want 10", path, n, len(fs))
		}
		if strings.ContainsAny(fs[0], "-.") {
			continue
		}
		cur.forms = append(cur.forms, fs[1])
		cur.upos = append(cur.upos, fs[3])
		cur.xpos = append(cur.xpos, fs[4])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: %s: %w", path, err)
	}
	if id != "" && len(cur.forms) > 0 {
		cur.index = len(out)
		out[id] = cur
	}
	return out, nil
}

// joinXPOS fills the xpos of every sentence from ud, matched by sent_id; a
// sentence whose words differ from the treebank's keeps empty tags. It
// returns how many sentences were matched.
func joinXPOS(sents []sentence, ud map[string]udSentence) int {
	n := 0
	for i := range sents {
		u, ok := ud[sents[i].id]
		if !ok || !slices.Equal(u.forms, sents[i].words) {
			continue
		}
		copy(sents[i].xpos, u.xpos)
		n++
	}
	return n
}
