package oie

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/nlp"
)

// constructionTests names, per sentence of testdata/constructions.conllu,
// one extraction that must come out, with its flags.
var constructionTests = []struct {
	name                string
	sentence            int
	subj, rel, obj      string
	negated, passive    bool
	modality, attrib    string
	verb                bool // Verb >= 0
	arg                 string
	subjStart, subjHead int
}{
	{name: "SVO+obliques", sentence: 0, subj: "The minister", rel: "met with", obj: "the delegates", verb: true, arg: "time:on Monday", subjStart: 0, subjHead: 1},
	{name: "coordinated subject", sentence: 1, subj: "Chile", rel: "have announced", obj: "a plan of action to protect forests", verb: true, subjStart: 2, subjHead: 2},
	{name: "light verb", sentence: 1, subj: "Portugal", rel: "have announced a plan of action to", obj: "protect forests", verb: true, subjStart: 0, subjHead: 0},
	{name: "apposition possessive", sentence: 2, subj: "Maria Lopez", rel: "daughter-in-law of", obj: "the mayor", subjStart: 0, subjHead: 0},
	{name: "title", sentence: 3, subj: "Anna Berg", rel: "is", obj: "Foreign Minister", subjStart: 2, subjHead: 2},
	{name: "organisation before a title", sentence: 47, subj: "Dana Roth", rel: "chief executive of", obj: "Velmora", subjStart: 3, subjHead: 3},
	{name: "hedged clause", sentence: 48, subj: "The outage", rel: "was apparently caused by", obj: "a faulty switch", passive: true, modality: "apparently", verb: true, subjStart: 0, subjHead: 1},
	{name: "passive", sentence: 4, subj: "The treaty", rel: "was ratified by", obj: "the parliament", passive: true, verb: true, subjStart: 0, subjHead: 1},
	{name: "passive turned active", sentence: 4, subj: "the parliament", rel: "ratify", obj: "The treaty", verb: true, subjStart: 5, subjHead: 6},
	{name: "relative clause", sentence: 5, subj: "an engineer", rel: "designed", obj: "the bridge", verb: true, subjStart: 3, subjHead: 4},
	{name: "reported speech", sentence: 7, subj: "the talks", rel: "would continue", modality: "would", attrib: "The spokesman", verb: true, subjStart: 4, subjHead: 5},
	{name: "parenthetical speech", sentence: 8, subj: "The talks", rel: "will resume", modality: "will", attrib: "the envoy", verb: true, subjStart: 0, subjHead: 1},
	{name: "parenthetical speech verb", sentence: 8, subj: "the envoy", rel: "said", obj: "The talks will resume next week", verb: true, subjStart: 7, subjHead: 8},
	{name: "negation", sentence: 9, subj: "The army", rel: "could not reach", obj: "the village", negated: true, modality: "could", verb: true, subjStart: 0, subjHead: 1},
	{name: "xcomp", sentence: 10, subj: "The allies", rel: "agreed to participate in", obj: "the exercise", verb: true, subjStart: 0, subjHead: 1},
	{name: "prepositional gerund", sentence: 11, subj: "a program", rel: "was aimed at improving", obj: "rural schools", passive: true, verb: true, subjStart: 3, subjHead: 4},
	{name: "coordinated verbs", sentence: 12, subj: "The rebels", rel: "blocked", obj: "the main road", verb: true, subjStart: 0, subjHead: 1},
	{name: "coordinated objects", sentence: 13, subj: "The president", rel: "thanked", obj: "the nurses", verb: true, subjStart: 0, subjHead: 1},
	{name: "modifier coordination", sentence: 23, subj: "Italian officials", rel: "welcomed", obj: "the agreement", verb: true, subjStart: 2, subjHead: 3},
	{name: "object relative", sentence: 24, subj: "the envoy", rel: "unveiled", obj: "The plan", verb: true, subjStart: 3, subjHead: 4},
	{name: "relative on copula", sentence: 25, subj: "Lena", rel: "flies for", obj: "a charity", verb: true, subjStart: 0, subjHead: 0},
	{name: "reduced relative, present", sentence: 41, subj: "A firm", rel: "is called", obj: "Acme", passive: true, verb: true, subjStart: 0, subjHead: 1},
	{name: "gerund relative, past", sentence: 42, subj: "Three girls", rel: "were selling", obj: "lemonade", verb: true, subjStart: 0, subjHead: 1},
	{name: "conjunct clause under an xcomp", sentence: 43, subj: "Lucia", rel: "is packing", obj: "the car", verb: true, subjStart: 5, subjHead: 5},
	{name: "adverb as object of an intransitive", sentence: 44, subj: "the trucks", rel: "drove", obj: "faster", verb: true, subjStart: 6, subjHead: 7},
	{name: "object shared by coordinated verbs", sentence: 45, subj: "The museum", rel: "will donate", obj: "the paintings", verb: true, modality: "will", subjStart: 0, subjHead: 1},
	{name: "negated copula", sentence: 26, subj: "The documents", rel: "were not in", obj: "Paris", negated: true, verb: true, subjStart: 0, subjHead: 1},
	// a degree before a predicate adjective turns it round: it stays
	{name: "degree adverb of an adjective", sentence: 46, subj: "Smokers", rel: "are", obj: "less likely to survive than other patients", verb: true, subjStart: 0, subjHead: 0},
	{name: "degree adverb in a relation", sentence: 46, subj: "Smokers", rel: "are less likely to survive than", obj: "other patients", verb: true, subjStart: 0, subjHead: 0},
}

func TestConstructions(t *testing.T) {
	ss := readConllu(t, filepath.Join("testdata", "constructions.conllu"))
	for _, tt := range constructionTests {
		t.Run(tt.name, func(t *testing.T) {
			s := &ss[tt.sentence]
			var got *Extraction
			ex := Extract(s, Options{})
			for i := range ex {
				e := &ex[i]
				if e.Subject == tt.subj && e.Relation == tt.rel && e.Object == tt.obj {
					got = e
					break
				}
			}
			if got == nil {
				var b bytes.Buffer
				formatExtractions(&b, s, ex)
				t.Fatalf("Extract(%q): no (%s; %s; %s) in\n%s", s.Text, tt.subj, tt.rel, tt.obj, b.String())
			}
			if got.Negated != tt.negated || got.Passive != tt.passive || got.Modality != tt.modality || got.AttributedTo != tt.attrib {
				t.Errorf("Extract(%q) = %+v, want negated=%v passive=%v modality=%q attributed_to=%q", s.Text, *got, tt.negated, tt.passive, tt.modality, tt.attrib)
			}
			if (got.Verb >= 0) != tt.verb {
				t.Errorf("Extract(%q).Verb = %d, want verbal=%v", s.Text, got.Verb, tt.verb)
			}
			if got.Subj.Start != tt.subjStart || got.SubjHead != tt.subjHead {
				t.Errorf("Extract(%q) subject at %v head %d, want start %d head %d", s.Text, got.Subj, got.SubjHead, tt.subjStart, tt.subjHead)
			}
			if got.Subject != s.SpanText(got.Subj.Start, got.Subj.End) && !strings.Contains(tt.name, "coordin") {
				t.Errorf("Extract(%q): subject %q but range %v reads %q", s.Text, got.Subject, got.Subj, s.SpanText(got.Subj.Start, got.Subj.End))
			}
			if tt.arg != "" {
				found := false
				for _, a := range got.Args {
					if a.Role+":"+a.Text == tt.arg {
						found = true
					}
				}
				if !found {
					t.Errorf("Extract(%q) args = %+v, want %s", s.Text, got.Args, tt.arg)
				}
			}
		})
	}
}

// fakeAnnotate tokenises on spaces, splitting a final "'s", and tags
// nothing: enough to check offsets.
func fakeAnnotate(text string) nlp.Sentence {
	var toks []nlp.Token
	for i := 0; i < len(text); {
		if text[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] != ' ' {
			j++
		}
		if j-i > 2 && text[j-2:j] == "'s" {
			toks = append(toks, nlp.Token{Text: text[i : j-2], Off: i, End: j - 2}, nlp.Token{Text: "'s", Off: j - 2, End: j})
		} else {
			toks = append(toks, nlp.Token{Text: text[i:j], Off: i, End: j})
		}
		i = j
	}
	return nlp.Sentence{Text: text, End: len(text), Tokens: toks}
}

var tokenizedTests = []struct {
	name, line string
	want       []string // token texts, read back from the line
	annotated  string   // what the annotator saw
}{
	{"plain", "He left .", []string{"He", "left", "."}, "He left ."},
	{"escapes", "a -LRB- b -RRB- `` c ''", []string{"a", "-LRB-", "b", "-RRB-", "``", "c", "''"}, `a ( b ) " c "`},
	{"clitic", "Yaromir 's bride", []string{"Yaromir", "'s", "bride"}, "Yaromir's bride"},
}

func TestAnnotateTokenized(t *testing.T) {
	for _, tt := range tokenizedTests {
		t.Run(tt.name, func(t *testing.T) {
			var seen string
			s := AnnotateTokenized(func(text string) nlp.Sentence { seen = text; return fakeAnnotate(text) }, tt.line)
			if seen != tt.annotated {
				t.Errorf("annotator saw %q, want %q", seen, tt.annotated)
			}
			if s.Text != tt.line {
				t.Errorf("Text = %q, want %q", s.Text, tt.line)
			}
			if len(s.Tokens) != len(tt.want) {
				t.Fatalf("AnnotateTokenized(%q) gave %d tokens, want %d", tt.line, len(s.Tokens), len(tt.want))
			}
			for i, tok := range s.Tokens {
				if tok.Text != tt.want[i] || tt.line[tok.Off:tok.End] != tt.want[i] {
					t.Errorf("AnnotateTokenized(%q)[%d] = %q at %d:%d, want %q", tt.line, i, tok.Text, tok.Off, tok.End, tt.want[i])
				}
			}
		})
	}
}

var carbTests = []struct {
	name string
	ex   Extraction
	want string
}{
	{"binary", Extraction{Subject: "A", Relation: "r", Object: "B", Confidence: 0.5}, "s\t0.500\tA\tr\tB\n"},
	{"n-ary", Extraction{Subject: "A", Relation: "r", Object: "B", Args: []Arg{{Text: "in C"}}, Confidence: 0.25}, "s\t0.250\tA\tr\tB\tin C\n"},
	{"no object", Extraction{Subject: "A", Relation: "r", Args: []Arg{{Text: "in C"}}, Confidence: 1}, "s\t1.000\tA\tr\tin C\n"},
	{"intransitive", Extraction{Subject: "A", Relation: "r"}, "s\t0.000\tA\tr\n"},
	{"tabs", Extraction{Subject: "A\tB", Relation: "r\nq"}, "s\t0.000\tA B\tr q\n"},
}

func TestWriteCARB(t *testing.T) {
	for _, tt := range carbTests {
		var b bytes.Buffer
		if err := WriteCARB(&b, "s", []Extraction{tt.ex}); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("%s: WriteCARB = %q, want %q", tt.name, b.String(), tt.want)
		}
	}
}
