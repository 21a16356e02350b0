package oie

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/nlp"
)

// relRuns returns the text of the relation tokens rel of s, contiguous
// runs joined by "|": "was|charged" for "was arrested and charged".
func relRuns(s *nlp.Sentence, rel []int) string {
	var runs []string
	for k := 0; k < len(rel); {
		j := k + 1
		for j < len(rel) && rel[j] == rel[j-1]+1 {
			j++
		}
		a, b := s.Tokens[rel[k]].Off-s.Off, s.Tokens[rel[j-1]].End-s.Off
		runs = append(runs, s.Text[a:b])
		k = j
	}
	return strings.Join(runs, "|")
}

// relationTests names, per sentence of testdata/relation.conllu, an
// extraction and the relation tokens it must record.
var relationTests = []struct {
	name           string
	sentence       int
	subj, rel, obj string
	want           string // relRuns of Rel
}{
	{"negated auxiliary", 0, "The council", "did not approve", "the new budget", "did not approve"},
	{"passive with agent", 1, "The old mill", "was bought by", "a local bakery", "was bought by"},
	{"active voice reads the participle", 1, "a local bakery", "buy", "The old mill", "bought"},
	{"auxiliary shared by a conjunct", 2, "Mira Kovac", "was charged", "", "was|charged"},
	{"apposition supplies is", 2, "Mira Kovac", "is", "the owner of the bakery", ""},
	{"relational noun", 2, "Mira Kovac", "owner of", "the bakery", "owner of"},
	{"particle", 3, "The firm's founder", "gave up", "the lease", "gave up"},
	{"possessive supplies has", 3, "The firm", "has", "founder", ""},
}

func TestRelationTokens(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "relation.conllu"))
	for _, tt := range relationTests {
		t.Run(tt.name, func(t *testing.T) {
			s := &ss[tt.sentence]
			ex := Extract(s, Options{})
			for _, e := range ex {
				checkRel(t, s, e)
				if e.Subject == tt.subj && e.Relation == tt.rel && e.Object == tt.obj {
					if got := relRuns(s, e.Rel); got != tt.want {
						t.Errorf("(%s; %s; %s).Rel reads %q, want %q", e.Subject, e.Relation, e.Object, got, tt.want)
					}
					return
				}
			}
			var got []string
			for _, e := range ex {
				got = append(got, "("+e.Subject+"; "+e.Relation+"; "+e.Object+")")
			}
			t.Errorf("no (%s; %s; %s) in %q; got %s", tt.subj, tt.rel, tt.obj, s.Text, strings.Join(got, " "))
		})
	}
}

// suppliedWords are the relation words an extraction may add that are not
// read from the sentence ("had" of a result: "giving it a value of").
var suppliedWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "had": true, "of": true}

// checkRel checks that e.Rel lists, in order and without repeats, tokens
// of s whose words make up e.Relation except for supplied words; a
// relation in active voice is the lemma of its tokens.
func checkRel(t *testing.T, s *nlp.Sentence, e Extraction) {
	t.Helper()
	for k, i := range e.Rel {
		if i < 0 || i >= len(s.Tokens) || (k > 0 && i <= e.Rel[k-1]) {
			t.Errorf("%q: (%s; %s; %s): relation tokens %v not sorted, unique and in bounds", s.Text, e.Subject, e.Relation, e.Object, e.Rel)
			return
		}
	}
	if e.Kind == "active" {
		var lemmas []string
		for _, i := range e.Rel {
			l := s.Tokens[i].Lemma
			if s.Tokens[i].Dep == "compound:prt" || l == "" || l == "_" {
				l = s.Tokens[i].Text
			}
			lemmas = append(lemmas, strings.ToLower(l))
		}
		if got := strings.Join(lemmas, " "); got != e.Relation {
			t.Errorf("%q: active (%s; %s; %s): relation tokens read %q", s.Text, e.Subject, e.Relation, e.Object, got)
		}
		return
	}
	w := newWalker(s, Options{})
	read := strings.Fields(strings.ToLower(w.text(e.Rel)))
	k := 0
	for _, word := range strings.Fields(strings.ToLower(e.Relation)) {
		if k < len(read) && read[k] == word {
			k++
			continue
		}
		if !suppliedWords[word] {
			t.Errorf("%q: (%s; %s; %s): relation word %q is neither read (tokens read %q) nor supplied", s.Text, e.Subject, e.Relation, e.Object, word, read)
			return
		}
	}
	if k < len(read) {
		t.Errorf("%q: (%s; %s; %s): relation tokens read %q, not all in the relation", s.Text, e.Subject, e.Relation, e.Object, read)
	}
}
