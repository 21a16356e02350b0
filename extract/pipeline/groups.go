package pipeline

import (
	"strings"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie"
)

// groupFacts writes a fact about a group the text has just named ("both
// companies declined to comment", "the two sides failed to agree on a
// valuation", "the judge released both men") as one fact per member, each
// bound to its entity, as a coordination of names is ("Skarrow Airways and
// Tollenbay Air declined" gives a fact for each). The group is the one
// resolve binds the description to (resolve.Result.GroupAt: a pair or a
// small group, of the description's kind, named in its sentence or just
// before); an argument that is more than the description ("both companies'
// shares", "the two sides of the dispute") stays as it is, and so does
// every fact when the text does not say which. The subject splits first;
// only a fact whose subject is no group splits by its object, and never
// into a member that is its own subject. "Neither company made a
// statement" splits only when the fact is negated, and each member's fact
// is ("Apple | made | a statement", negated); a "neither" group is never
// an object's, nor written inside an argument. A speaker that is a group
// ("the companies said") names all its members.
func groupFacts(s *nlp.Sentence, ex *oie.Extraction, f extract.Fact, group func(tok int) (ids, names []string)) []extract.Fact {
	if group == nil {
		return []extract.Fact{f}
	}
	if ex.AttributedHead >= 0 && f.AttributedTo == ex.AttributedTo {
		if _, names := group(ex.AttributedHead); len(names) > 1 {
			f.AttributedTo = strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
		}
	}
	whole := f
	f.Subject = groupsNamed(s, ex.Subj, f.Subject, group)
	f.Object = groupsNamed(s, ex.Obj, f.Object, group)
	if f.Subject != whole.Subject || f.Object != whole.Object {
		f.SetID()
	}
	f, whole = whole, f
	if f.SubjectID == "" && f.Subject == balanceQuotes(ex.Subject) && groupArgument(s, ex.Subj, ex.SubjHead) &&
		(!neitherGroup(s, ex.SubjHead) || f.Negated) {
		if ids, names := group(ex.SubjHead); len(ids) > 1 {
			out := make([]extract.Fact, 0, len(ids))
			for i := range ids {
				g := f
				g.Object = whole.Object
				g.Subject, g.SubjectID = names[i], ids[i]
				g.SetID()
				out = append(out, g)
			}
			return out
		}
	}
	if f.ObjectID == "" && f.Object == balanceQuotes(ex.Object) && groupArgument(s, ex.Obj, ex.ObjHead) && !neitherGroup(s, ex.ObjHead) {
		if ids, names := group(ex.ObjHead); len(ids) > 1 {
			out := make([]extract.Fact, 0, len(ids))
			for i := range ids {
				if ids[i] == f.SubjectID {
					return []extract.Fact{f} // "Acme sued both companies": which?
				}
				g := f
				g.Subject = whole.Subject
				g.Object, g.ObjectID = names[i], ids[i]
				g.SetID()
				out = append(out, g)
			}
			return out
		}
	}
	return []extract.Fact{whole}
}

// groupsNamed writes the members of a group description inside an
// argument in its place ("Shareholders of both airlines" → "Shareholders
// of Skarrow Airways and Tollenbay Air", "urged both sides to return to
// talks" → "urged Tarsova and Velmoria to return to talks"), so that the
// fact reads on its own; r is the argument's range and text its words. A
// quotation keeps its own words.
func groupsNamed(s *nlp.Sentence, r oie.Range, text string, group func(tok int) (ids, names []string)) string {
	toks := s.Tokens
	if !r.IsValid() || r.End > len(toks) {
		return text
	}
	var quoted []bool
	for k := r.Start; k < r.End; k++ {
		_, names := group(k)
		if len(names) < 2 || neitherGroup(s, k) {
			continue // "neither side" is not the two
		}
		if quoted == nil {
			quoted = quoteMask(s)
		}
		if quoted[k] {
			continue // a quotation keeps its words
		}
		from := k
		for _, c := range s.Children(k) {
			switch toks[c].Dep {
			case "det", "det:predet", "nummod", "amod", "compound":
				if c < from {
					from = c
				}
			}
		}
		if from < r.Start || k+1 < len(toks) && (toks[k+1].Text == "'s" || toks[k+1].Text == "'") {
			continue // "both companies' shares": not written over
		}
		old := s.SpanText(from, k+1)
		with := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
		if i := nthWord(text, old, 0); i >= 0 {
			text = text[:i] + with + text[i+len(old):]
		}
	}
	return text
}

// neitherGroup reports a group description of "neither" ("Neither
// company made a statement"): a fact of it holds for each member only as
// the negation its extraction already reads.
func neitherGroup(s *nlp.Sentence, head int) bool {
	return head > 0 && head < len(s.Tokens) && strings.EqualFold(s.Tokens[head-1].Text, "neither")
}

// groupArgument reports whether argument range r is the description
// headed by head and nothing more: its determiner, number and adjectives
// ("both companies", "the two rival carriers", "the pair").
func groupArgument(s *nlp.Sentence, r oie.Range, head int) bool {
	if !r.IsValid() || r.End > len(s.Tokens) || head < r.Start || head >= r.End {
		return false
	}
	for k := r.Start; k < r.End; k++ {
		if k == head {
			continue
		}
		t := s.Tokens[k]
		if t.Head != head {
			return false
		}
		switch t.Dep {
		case "det", "det:predet", "nummod", "amod", "compound":
		default:
			return false
		}
	}
	return true
}
