package pipeline

import (
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie"
)

// parsed builds a sentence from rows "FORM UPOS HEAD DEPREL" (heads from
// 1, 0 for the root), for parse shapes the parser produces on some news
// sentences but not reliably on a test sentence.
func parsed(rows ...string) *nlp.Sentence {
	s := &nlp.Sentence{}
	off := 0
	for _, r := range rows {
		f := strings.Fields(r)
		h := 0
		for _, c := range f[2] {
			h = h*10 + int(c-'0')
		}
		s.Tokens = append(s.Tokens, nlp.Token{Text: f[0], Lemma: strings.ToLower(f[0]), UPOS: f[1], Head: h - 1, Dep: f[3], Off: off, End: off + len(f[0])})
		off += len(f[0]) + 1
	}
	return s
}

// TestCutSubject checks that a subject cut from its phrase by the parse
// is told from a subject whose own word the span left out.
func TestCutSubject(t *testing.T) {
	// "about one out of every 300 riders have called the helpline", with
	// "every" read as a mark of "called" and "riders" as its subject
	cut := parsed("about ADV 2 advmod", "one NUM 0 root", "out ADP 2 compound:prt", "of ADP 3 fixed",
		"every DET 9 mark", "300 NUM 6 nummod", "riders NOUN 9 nsubj", "have AUX 9 aux", "called VERB 2 advcl",
		"the DET 11 det", "helpline NOUN 9 obj")
	ex := &oie.Extraction{Subj: oie.Range{Start: 5, End: 7}, SubjHead: 6, Verb: 8, SubjectFrom: "own"}
	if !cutSubject(cut, ex) {
		t.Error(`"300 riders" after "every" of another word: not reported as cut`)
	}
	// "Among the items shown were maps": the preposition is the subject's own
	among := parsed("Among ADP 3 case", "the DET 3 det", "items NOUN 5 nsubj", "shown VERB 3 acl", "were AUX 0 root", "maps NOUN 5 obj")
	ex = &oie.Extraction{Subj: oie.Range{Start: 1, End: 4}, SubjHead: 2, Verb: 4, SubjectFrom: "own"}
	if cutSubject(among, ex) {
		t.Error(`"the items shown" with its own "Among": reported as cut`)
	}
	// "Both Ana and Ben signed": the first conjunct after "both"
	both := parsed("Both DET 2 cc:preconj", "Ana PROPN 5 nsubj", "and CCONJ 4 cc", "Ben PROPN 2 conj", "signed VERB 0 root")
	ex = &oie.Extraction{Subj: oie.Range{Start: 1, End: 2}, SubjHead: 1, Verb: 4, SubjectFrom: "own", SubjSplit: true}
	if cutSubject(both, ex) {
		t.Error(`"Ana" after "Both": reported as cut`)
	}
}

// TestCoreRangeBracket checks that cutting an argument never leaves a
// bracket open ("0.68 in (1.73 cm" when the parse hung the closing bracket
// on the clause cut away): the cut moves before the opening bracket.
func TestCoreRangeBracket(t *testing.T) {
	s := parsed("0.68 NUM 2 nummod", "in NOUN 0 root", "( PUNCT 5 punct", "1.73 NUM 5 nummod",
		"cm NOUN 2 nmod", ") PUNCT 7 punct", "thick ADJ 2 parataxis")
	s.Text = "0.68 in ( 1.73 cm ) thick"
	r, ok := coreRange(s, oie.Range{Start: 0, End: 7}, 1, true)
	if got := s.SpanText(r.Start, r.End); !ok || got != "0.68 in" {
		t.Errorf("coreRange(%q) = %q, %v; want \"0.68 in\"", s.Text, got, ok)
	}
}

// TestCoreRangeAppositiveTail checks that a parenthetical on the object's
// head is cut when it ends the object ("appointed Ilse Varn, a retired
// judge") but kept when the object goes on after it with what the verb
// needs ("appointed Ilse Varn, a retired judge, to lead the talks").
func TestCoreRangeAppositiveTail(t *testing.T) {
	// "to lead" hangs on the verb; the extractor gave it to the object
	rows := []string{"appointed VERB 0 root", "Ilse PROPN 1 obj", "Varn PROPN 2 flat", ", PUNCT 7 punct", "a DET 7 det",
		"retired ADJ 7 amod", "judge NOUN 2 appos", ", PUNCT 10 punct", "to PART 10 mark", "lead VERB 1 xcomp",
		"the DET 12 det", "talks NOUN 10 obj"}
	s := parsed(rows...)
	s.Text = "appointed Ilse Varn , a retired judge , to lead the talks"
	for _, tc := range []struct {
		end  int
		want string
	}{
		{7, "Ilse Varn"}, // the object ends with the parenthetical
		{8, "Ilse Varn"}, // and its closing comma
		{12, "Ilse Varn , a retired judge , to lead the talks"},
	} {
		r, _ := coreRange(s, oie.Range{Start: 1, End: tc.end}, 1, true)
		if got := s.SpanText(r.Start, r.End); got != tc.want {
			t.Errorf("coreRange(%q) = %q; want %q", s.SpanText(1, tc.end), got, tc.want)
		}
	}
}

// TestEllipsisNoPossession checks that "as it has for X", an ellipsis the
// extractor reads as (it; has for; X), is not an object of possession: the
// gate calls it no object.
func TestEllipsisNoPossession(t *testing.T) {
	s := parsed("Apple PROPN 2 nsubj", "has VERB 0 root", "for ADP 4 case", "Vela PROPN 2 obl")
	s.Text = "Apple has for Vela"
	ex := []oie.Extraction{{Subject: "Apple", Subj: oie.Range{Start: 0, End: 1}, SubjHead: 0, Verb: 1, Relation: "has for",
		RelationLemma: "have for", Object: "Vela", Obj: oie.Range{Start: 3, End: 4}, ObjHead: 3, Kind: "clause"}}
	g := describe(s, ex, 0, &extract.Fact{SubjectID: "e:org:apple"})
	if !g.ObjNotNoun || gate(g) != gateObject {
		t.Errorf("(Apple; has for; Vela): ObjNotNoun %v, gate %q; want true, %q", g.ObjNotNoun, gate(g), gateObject)
	}
	ex[0].Relation, ex[0].RelationLemma = "has", "have"
	if g := describe(s, ex, 0, &extract.Fact{SubjectID: "e:org:apple"}); g.ObjNotNoun {
		t.Error("(Apple; has; Vela) read as an ellipsis")
	}
}

// TestCoreRangeMeasureConversion checks that the bracketed conversion of
// an amount is kept when the word the amount measures follows it ("is only
// 6.1 millimetres (0.24 inches) thick"): cut at the bracket, "thick" is
// lost. A bracketed name after a noun that counts nothing is still cut
// ("the firm (Varco) in Oslo"), as is a conversion that ends the object.
func TestCoreRangeMeasureConversion(t *testing.T) {
	s := parsed("only ADV 3 advmod", "6.1 NUM 3 nummod", "millimetres NOUN 0 root", "( PUNCT 6 punct", "0.24 NUM 6 nummod",
		"inches NOUN 3 appos", ") PUNCT 6 punct", "thick NOUN 3 discourse")
	s.Text = "only 6.1 millimetres ( 0.24 inches ) thick"
	for _, tc := range []struct {
		end  int
		want string
	}{
		{8, "only 6.1 millimetres ( 0.24 inches ) thick"},
		{7, "only 6.1 millimetres"},
	} {
		r, _ := coreRange(s, oie.Range{Start: 0, End: tc.end}, 2, true)
		if got := s.SpanText(r.Start, r.End); got != tc.want {
			t.Errorf("coreRange(%q) = %q; want %q", s.SpanText(0, tc.end), got, tc.want)
		}
	}
	c := parsed("the DET 2 det", "firm NOUN 0 root", "( PUNCT 4 punct", "Varco PROPN 2 appos", ") PUNCT 4 punct",
		"in ADP 7 case", "Oslo PROPN 2 nmod")
	c.Text = "the firm ( Varco ) in Oslo"
	r, _ := coreRange(c, oie.Range{Start: 0, End: 7}, 1, true)
	if got := c.SpanText(r.Start, r.End); got != "the firm" {
		t.Errorf("coreRange(%q) = %q; want \"the firm\"", c.Text, got)
	}
}
