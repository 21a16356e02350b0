package oie

import (
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
)

// A way something might be done ("could cut costs by closing branches")
// is no fact: the gerund's clause is conditional; under a verb with no
// modal it is one.
func TestModalManner(t *testing.T) {
	m, err := nlp.Load(en.FS)
	if err != nil {
		t.Fatal(err)
	}
	a := nlp.New(m)
	for _, tt := range []struct {
		text, rel   string
		conditional bool
	}{
		{"The trust could cut costs by closing two branches.", "closing", true},
		{"Residents may be fitter in other ways, for example by cycling more or driving less.", "driving", true},
		{"Councils can save water in many ways, for example by mending pipes.", "mending", true},
		{"The trust cut costs by closing two branches.", "closing", false},
	} {
		s := a.AnnotateSentence(tt.text)
		found := false
		for _, e := range Extract(&s, Options{ResolvePronouns: true}) {
			if e.Relation == tt.rel {
				found = true
				if e.Conditional != tt.conditional {
					t.Errorf("%q: (%s; %s; %s) conditional %v, want %v", tt.text, e.Subject, e.Relation, e.Object, e.Conditional, tt.conditional)
				}
			}
		}
		if !found {
			t.Errorf("%q: no extraction with relation %q", tt.text, tt.rel)
		}
	}
}

// A clause of comparison ("more than the valley usually gets in a month")
// has what it compares with missing: it states no fact.
func TestComparisonClause(t *testing.T) {
	m, err := nlp.Load(en.FS)
	if err != nil {
		t.Fatal(err)
	}
	a := nlp.New(m)
	for _, tt := range []struct{ text, rel string }{
		{"Some 90 millimetres fell on Sunday, more than the valley usually gets in a month.", "gets"},
		{"Costs rose more than economists had forecast in June.", "forecast"},
	} {
		s := a.AnnotateSentence(tt.text)
		for _, e := range Extract(&s, Options{ResolvePronouns: true}) {
			if strings.Contains(e.Relation, tt.rel) {
				t.Errorf("%q: (%s; %s; %s), want no fact of the comparison", tt.text, e.Subject, e.Relation, e.Object)
			}
		}
	}
}

// "more than halved" is no clause of comparison: the halving happened.
func TestMoreThanVerb(t *testing.T) {
	m, err := nlp.Load(en.FS)
	if err != nil {
		t.Fatal(err)
	}
	a := nlp.New(m)
	s := a.AnnotateSentence("The fund's assets were more than halved in the crash.")
	for _, e := range Extract(&s, Options{ResolvePronouns: true}) {
		if strings.Contains(e.Relation, "halved") {
			return
		}
	}
	t.Errorf("no fact of 'halved'")
}
