package ner

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/tag"
	"github.com/storygraph/storygraph/extract/token"
	"github.com/storygraph/storygraph/internal/shared"
)

// TestAnalyseDev prints an error breakdown of the model in $NER_MODEL on
// the dev split (gold UD tags; with $NER_DOCS set, tagger tags and the
// document pass). It runs only when NER_MODEL is set.
func TestAnalyseDev(t *testing.T) {
	path := os.Getenv("NER_MODEL")
	if path == "" {
		t.Skip("NER_MODEL not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Read(f, path)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	data := shared.Dir(t, "data")
	tg, err := tag.Load(en.FS, "tagger.model") // not english(t): the embedded recogniser may be of an older feature set
	if err != nil {
		t.Fatal(err)
	}
	ud := filepath.Join(data, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	if os.Getenv("NER_DOCS") != "" {
		ud = "" // tagger tags, as at run time
	}
	dev, _, err := loadSplit(context.Background(), filepath.Join(data, "uner-english-ewt", "en_ewt-ud-dev.iob2"), ud, tg)
	if err != nil {
		t.Fatal(err)
	}
	cat := map[string]int{}
	byCase := map[string][3]int{}
	var examples []string
	caseOf := func(ws []string) string {
		allLow, allUp := true, true
		for _, w := range ws {
			if strings.ToLower(w) != w {
				allLow = false
			}
			if strings.ToUpper(w) != w || utf8.RuneCountInString(w) < 2 {
				allUp = false
			}
		}
		r, _ := utf8.DecodeRuneInString(ws[0])
		switch {
		case allLow:
			return "lower"
		case allUp:
			return "allcaps"
		case unicode.IsUpper(r):
			return "title"
		}
		return "mixed"
	}
	// With $NER_DOCS set, the tags are those of the document pass over
	// each document (by sent_id), with tagger tags.
	pred := make([][]string, len(dev))
	for i, s := range dev {
		pred[i] = m.Recognize(s.words, s.xpos)
	}
	if os.Getenv("NER_DOCS") != "" {
		for i := 0; i < len(dev); {
			j := i + 1
			for j < len(dev) && docID(dev[j].id) == docID(dev[i].id) {
				j++
			}
			words, xpos := make([][]string, j-i), make([][]string, j-i)
			for k, s := range dev[i:j] {
				words[k], xpos[k] = s.words, s.xpos
			}
			copy(pred[i:j], m.RecognizeDocument(words, xpos))
			i = j
		}
	}
	for si, s := range dev {
		got := spans(pred[si])
		want := spans(s.tags)
		for _, w := range want {
			c := caseOf(s.words[w.start:w.end])
			if w.start == 0 {
				c += "/init"
			}
			x := byCase[c]
			x[2]++
			kind := "missed"
			for _, g := range got {
				if g == w {
					kind = "ok"
					break
				}
				if g.start < w.end && w.start < g.end {
					switch {
					case g.start == w.start && g.end == w.end:
						kind = "type " + w.typ + "->" + g.typ
					case g.typ == w.typ:
						kind = "boundary " + w.typ
					default:
						kind = "boundary+type"
					}
				}
			}
			if kind == "ok" {
				x[0]++
			}
			byCase[c] = x
			if kind == "missed" {
				kind += " " + w.typ
				examples = append(examples, fmt.Sprintf("MISS %s [%s]  | %s", w.typ, strings.Join(s.words[w.start:w.end], " "), strings.Join(s.words, " ")))
			}
			cat[kind]++
		}
		for _, g := range got {
			c := caseOf(s.words[g.start:g.end])
			if g.start == 0 {
				c += "/init"
			}
			x := byCase[c]
			x[1]++
			byCase[c] = x
			over := false
			for _, w := range want {
				if g.start < w.end && w.start < g.end {
					over = true
				}
			}
			if !over {
				cat["spurious "+g.typ]++
				examples = append(examples, fmt.Sprintf("SPUR %s [%s]  | %s", g.typ, strings.Join(s.words[g.start:g.end], " "), strings.Join(s.words, " ")))
			}
		}
	}
	var keys []string
	for k := range cat {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-24s %d\n", k, cat[k])
	}
	for k, x := range byCase {
		p, r, f := prf(x[0], x[1], x[2])
		fmt.Printf("case %-14s tp %4d pred %4d gold %4d  P %.1f R %.1f F %.1f\n", k, x[0], x[1], x[2], 100*p, 100*r, 100*f)
	}
	if os.Getenv("NER_EXAMPLES") != "" {
		for _, e := range examples {
			fmt.Println(e)
		}
	}
}

// TestDevSeeds trains $NER_SEEDS models (seeds 1..n) on the training split
// with jackknifed tagger tags (cached in $NER_TAGCACHE when set) and prints
// their dev scores with the embedded tagger's tags, and the mean: the
// measurement used to choose features. $NER_TEXT, when set, names a
// folder of .txt files of unlabelled English whose sentences are added to
// the training text for the word clusters. It runs only when NER_SEEDS is
// set.
func TestDevSeeds(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("NER_SEEDS"))
	if n <= 0 {
		t.Skip("NER_SEEDS not set")
	}
	ctx := context.Background()
	data := shared.Dir(t, "data")
	unerDir := filepath.Join(data, "uner-english-ewt")
	udDir := filepath.Join(data, "ud-english-ewt")
	tg, err := tag.Load(en.FS, "tagger.model")
	if err != nil {
		t.Fatal(err)
	}
	trainPath, _ := trainFile(unerDir)
	train, _, err := loadSplit(ctx, trainPath, udFor(trainPath, udDir), tg)
	if err != nil {
		t.Fatal(err)
	}
	cache := os.Getenv("NER_TAGCACHE")
	if b, err := os.ReadFile(cache); cache != "" && err == nil {
		lines := strings.Split(string(b), "\n")
		for i := range train {
			train[i].xpos = strings.Fields(lines[i])
		}
	} else {
		if err := jackknife(ctx, train, udFor(trainPath, udDir), 4, 0, io.Discard); err != nil {
			t.Fatal(err)
		}
		if cache != "" {
			var sb strings.Builder
			for _, s := range train {
				sb.WriteString(strings.Join(s.xpos, " ") + "\n")
			}
			os.WriteFile(cache, []byte(sb.String()), 0o644)
		}
	}
	dev, _, err := loadSplit(ctx, filepath.Join(unerDir, "en_ewt-ud-dev.iob2"), "", tg)
	if err != nil {
		t.Fatal(err)
	}
	clusText := train
	if dir := os.Getenv("NER_TEXT"); dir != "" {
		// Unlabelled text for the clusters: every .txt file in dir.
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range token.Sentences(string(b)) {
				ws := make([]string, len(s.Tokens))
				for i, tk := range s.Tokens {
					ws[i] = tk.Text
				}
				clusText = append(clusText, sentence{words: ws})
			}
		}
		fmt.Printf("clusters from %d sentences\n", len(clusText))
	}
	clus := buildClusters(clusText)
	fmt.Printf("%d clusters\n", len(clus))
	if os.Getenv("NER_NOCLUS") != "" {
		clus = map[uint64]cluster{}
	}
	var sum, docSum float64
	var per, docPer [3]float64
	for seed := 1; seed <= n; seed++ {
		m, it, sc, err := trainSentences(ctx, train, dev, clus, 17, 15, uint64(seed), io.Discard, nil)
		if err != nil {
			t.Fatal(err)
		}
		if p := os.Getenv("NER_SAVE"); p != "" {
			// Seed 1's model in $NER_SAVE, the others beside it (.2, .3, ...)
			// for TestDevDocuments.
			if seed > 1 {
				p += "." + strconv.Itoa(seed)
			}
			f, _ := os.Create(p)
			m.Save(f)
			f.Close()
		}
		c := count(m, dev)
		for i := range per {
			_, _, f := prf(c.byType[i][0], c.byType[i][1], c.byType[i][2])
			per[i] += f
		}
		fmt.Printf("seed %d: iteration %d, dev P %.2f R %.2f F1 %.2f;%s\n", seed, it, 100*sc[0], 100*sc[1], 100*sc[2], c)
		sum += sc[2]
		dc := countDocuments(m, dev)
		dp, dr, df := prf(dc.tp, dc.np, dc.ng)
		for i := range docPer {
			_, _, f := prf(dc.byType[i][0], dc.byType[i][1], dc.byType[i][2])
			docPer[i] += f
		}
		fmt.Printf("seed %d: by document: dev P %.2f R %.2f F1 %.2f;%s\n", seed, 100*dp, 100*dr, 100*df, dc)
		docSum += df
	}
	fmt.Printf("mean dev F1 %.2f (PERSON %.2f ORG %.2f LOC %.2f)\n", 100*sum/float64(n), 100*per[0]/float64(n), 100*per[1]/float64(n), 100*per[2]/float64(n))
	fmt.Printf("mean dev F1 by document %.2f (PERSON %.2f ORG %.2f LOC %.2f)\n", 100*docSum/float64(n), 100*docPer[0]/float64(n), 100*docPer[1]/float64(n), 100*docPer[2]/float64(n))
}

// TestScoresByClass prints the embedded model's test scores per class with
// tagger and gold tags, for README.md. It runs only when NER_SCORES is set.
func TestScoresByClass(t *testing.T) {
	if os.Getenv("NER_SCORES") == "" {
		t.Skip("NER_SCORES not set")
	}
	m, tg := english(t)
	data := shared.Dir(t, "data")
	path := filepath.Join(data, "uner-english-ewt", "en_ewt-ud-test.iob2")
	for _, tagger := range []*tag.Tagger{tg, nil} {
		s, _, err := loadSplit(context.Background(), path, filepath.Join(data, "ud-english-ewt", "en_ewt-ud-test.conllu"), tagger)
		if err != nil {
			t.Fatal(err)
		}
		for _, by := range []string{"sentence", "document"} {
			c := count(m, s)
			if by == "document" {
				c = countDocuments(m, s)
			}
			p, r, f := prf(c.tp, c.np, c.ng)
			fmt.Printf("test (tagger %v, by %s): P %.2f R %.2f F1 %.2f;%s\n", tagger != nil, by, 100*p, 100*r, 100*f, c)
		}
	}
}

// TestDevDocuments scores the models TestDevSeeds saved ($NER_SAVE and
// $NER_SAVE.2 ... .$NER_SEEDS) on the dev split sentence by sentence and
// document by document, and prints the means: a quick measurement of
// changes to the document pass alone. $NER_OBIAS, when set, replaces each
// model's O bias by that many times its mean O score. It runs only when
// NER_SAVE is set and NER_SEEDS is not.
func TestDevDocuments(t *testing.T) {
	path := os.Getenv("NER_SAVE")
	if path == "" || os.Getenv("NER_SEEDS") != "" {
		t.Skip("NER_SAVE not set, or NER_SEEDS set")
	}
	data := shared.Dir(t, "data")
	tg, err := tag.Load(en.FS, "tagger.model")
	if err != nil {
		t.Fatal(err)
	}
	dev, _, err := loadSplit(context.Background(), filepath.Join(data, "uner-english-ewt", "en_ewt-ud-dev.iob2"), "", tg)
	if err != nil {
		t.Fatal(err)
	}
	var sum [2][4]float64
	n := 0
	for seed := 1; ; seed++ {
		p := path
		if seed > 1 {
			p += "." + strconv.Itoa(seed)
		}
		f, err := os.Open(p)
		if err != nil {
			break
		}
		m, err := Read(f, p)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		n++
		if x, err := strconv.ParseFloat(os.Getenv("NER_OBIAS"), 32); err == nil {
			m.oBias = float32(x) * oScale(m, dev) // an O bias of x times the mean O score
		}
		for k, c := range []*counts{count(m, dev), countDocuments(m, dev)} {
			_, _, f := prf(c.tp, c.np, c.ng)
			sum[k][0] += f
			for i := range 3 {
				_, _, f := prf(c.byType[i][0], c.byType[i][1], c.byType[i][2])
				sum[k][i+1] += f
			}
		}
	}
	if n == 0 {
		t.Fatalf("no model at %s", path)
	}
	for k, name := range []string{"sentences", "documents"} {
		x := sum[k]
		fmt.Printf("%d models, by %s: mean dev F1 %.2f (PERSON %.2f ORG %.2f LOC %.2f)\n", n, name, 100*x[0]/float64(n), 100*x[1]/float64(n), 100*x[2]/float64(n), 100*x[3]/float64(n))
	}
}
