package oie

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storygraph/storygraph/extract/nlp"
)

// Range is a half-open range [Start, End) of token indices in a sentence.
// {-1, -1} stands for an absent or implicit argument.
type Range struct{ Start, End int }

// NoRange is the Range of an absent argument.
var NoRange = Range{-1, -1}

// IsValid reports whether r covers at least one token.
func (r Range) IsValid() bool { return r.Start >= 0 && r.End > r.Start }

// Arg is an extra argument of an n-ary extraction: a time, a place or
// another oblique, with its preposition ("on December 28").
type Arg struct {
	Role  string // "time", "place" or "other"
	Text  string
	Range Range
}

// Extraction is one subject–relation–object triple read off a parse.
type Extraction struct {
	// Subject, Relation and Object are surface text as in the sentence.
	// Relation may be normalised words for nominal facts ("is",
	// "son-in-law of"). Object is empty for intransitive clauses.
	Subject, Relation, Object string
	// Subj and Obj are the token ranges of the arguments, [NoRange] when an
	// argument is absent or implicit. An argument whose tokens are not
	// contiguous (a coordination split, an excluded relative clause) has
	// the range from its first to its last token.
	Subj, Obj Range
	// SubjHead and ObjHead are the token indices of the argument heads, -1
	// if none.
	SubjHead, ObjHead int
	// Verb is the token index of the predicate (the trigger), -1 for
	// nominal facts (appositions, titles, possessives).
	Verb int
	// Rel holds the indices, sorted, of the tokens the relation was read
	// from: auxiliaries, negation, the verb, particles, prepositions and
	// the nouns of light-verb and nominal relations. They need not be
	// contiguous ("was arrested and later charged" reads "was charged").
	// Words the extractor supplies have no token: the "is" of an
	// apposition or a title, the "has" of a possessive, the "was" put
	// before a reduced relative. A relation given as a lemma (the active
	// voice of a passive: "ratify") lists the tokens it was read from.
	// Nil when no word of the relation is in the sentence.
	Rel []int
	// RelationLemma is the lemmatised, normalised relation used to group
	// facts: auxiliaries, negation, determiners and adverbs removed
	// ("sign declaration of intent to", "agree to participate in").
	RelationLemma string
	// Args holds further n-ary arguments (time, place, other obliques).
	Args []Arg
	// Negated reports a negated predicate ("did not sign").
	Negated bool
	// Modality is the modal auxiliary lowercased ("would", "could",
	// "may", "will", ...), or "".
	Modality string
	// AttributedTo is the speaker of reported speech ("X said Y" gives Y's
	// facts AttributedTo X), with AttributedHead its head token, -1 if none.
	AttributedTo   string
	AttributedHead int
	// Passive reports a passive relation whose Subject is the patient
	// ("was elected to"). When the agent is known, a second extraction in
	// active voice is emitted with the agent as subject.
	Passive bool
	// Conditional reports a clause under a condition still to be met, read
	// on the repaired parse: "if", "unless" or "whether", or "once",
	// "when" or "until" with a present tense under a future ("will be
	// activated once a truce enters into force").
	Conditional bool
	// Kind names the rule that produced the extraction: "clause", "copula",
	// "speech", "light" (light-verb or verb–noun–preposition relation),
	// "active" (passive turned active), "cleft" (the "it was X" of "it
	// was X who ...", whose "it" stands for nothing), and for nominal facts "appos",
	// "title", "poss" (possessive), "nmod" (prepositional modifier:
	// "industries in Kabul") and "amod" (adjective: "a fume-filled mine").
	Kind string
	// Confidence in [0, 1] orders extractions by how likely they are right.
	Confidence float64
	// Reading numbers the readings of one predicate: 0 for its main one,
	// higher for alternative segmentations of the same clause (a light-verb
	// relation, an oblique as object, the bare verb of a control chain)
	// that are there for recall.
	Reading int
	// SubjectFrom says where a clause's subject was found: "own" (its own
	// nsubj), "conj" (a coordinated predicate's), "control" (the controller
	// of an xcomp), "relative" (a relative clause's antecedent), "adverbial"
	// (the main clause of a participle) or "acl" (the noun a participle
	// modifies); "" for nominal facts.
	SubjectFrom string
	// SubjSplit and ObjSplit report an argument that is one conjunct of a
	// coordination ("Norway" of "Norway and Denmark").
	SubjSplit, ObjSplit bool
	// Generic reports a relative clause that picks out some of a class
	// named by a bare plural ("adults who walk daily"): read with its
	// antecedent as subject ("adults walk daily") it says what the text
	// does not, that the whole class does it.
	Generic bool
	// SubjRestricted is the subject range extended by such a clause right
	// after it ("Older adults who walk daily" of "... may live longer"),
	// and SubjectRestricted its text; an invalid range when there is none.
	SubjRestricted    Range
	SubjectRestricted string
}

// Options tunes [Extract]. The zero value extracts everything at any
// confidence.
type Options struct {
	// MinConfidence drops extractions below it.
	MinConfidence float64
	// NoCoordination keeps coordinated subjects and objects ("A and B")
	// as one argument instead of adding one extraction per conjunct.
	NoCoordination bool
	// NoNominal skips facts from appositions, titles and possessives.
	NoNominal bool
	// NoVariants keeps only the main extraction of each clause, dropping
	// the lower-confidence alternative segmentations meant for recall.
	NoVariants bool
	// ResolvePronouns replaces a third-person pronoun subject ("he",
	// "they") by the nearest preceding subject of the same sentence that
	// agrees with it. Off by default: resolution across sentences belongs
	// to entity resolution, which sees the whole document.
	ResolvePronouns bool
}

// Extract returns the extractions of one annotated sentence, in a
// deterministic order: by predicate position, then by falling confidence.
// It never panics on malformed parses (cycles, out-of-range heads are
// ignored). Extract is pure and safe for concurrent use; it runs in time
// roughly linear in the number of tokens.
func Extract(s *nlp.Sentence, opts Options) []Extraction {
	if s == nil || len(s.Tokens) == 0 {
		return nil
	}
	w := newWalker(s, opts)
	w.run()
	return w.finish()
}

// finish deduplicates, filters and orders the collected extractions.
func (w *walker) finish() []Extraction {
	ex, _ := w.finishFeats()
	return ex
}

// finishFeats is finish that also returns the features of each
// extraction.
func (w *walker) finishFeats() ([]Extraction, []feat) {
	type item struct {
		e     Extraction
		f     feat
		order int
	}
	out := make([]item, 0, len(w.out))
	seen := make(map[string]int, len(w.out))
	for i, e := range w.out {
		e.Confidence = clamp(confidence(w.feats[i]))
		if e.Subject == "" || e.Relation == "" {
			continue
		}
		k := key(&e)
		if j, ok := seen[k]; ok {
			if e.Confidence > out[j].e.Confidence {
				out[j].e, out[j].f = e, w.feats[i]
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, item{e, w.feats[i], w.order[i]})
	}
	w.redundancy(len(out), func(i int) (*Extraction, *feat) { return &out[i].e, &out[i].f })
	out = slices.DeleteFunc(out, func(it item) bool { return it.e.Confidence < w.opts.MinConfidence })
	slices.SortStableFunc(out, func(a, b item) int {
		if c := cmp.Compare(a.order, b.order); c != 0 {
			return c
		}
		return cmp.Compare(b.e.Confidence, a.e.Confidence)
	})
	res := make([]Extraction, len(out))
	fs := make([]feat, len(out))
	for i := range out {
		res[i], fs[i] = out[i].e, out[i].f
	}
	return res, fs
}

// redundancy lowers the confidence of extractions that repeat one ranked
// above them: CaRB, like a reader, credits each fact once, so an
// alternative segmentation of a clause already extracted is less likely
// to be a fact of its own. It ranks the n extractions by confidence,
// records in each feature set the largest share of the extraction's words
// that one higher-ranked extraction holds, how many higher-ranked ones
// share its predicate, its rank and the number of extractions, and
// recomputes the confidence with these as features.
//
// The largest share is looked for among the redundancyWindow extractions
// ranked just above (all of them in any sentence of ordinary length), so a
// run-on "sentence" with thousands of extractions costs time linear in
// their number, not quadratic.
func (w *walker) redundancy(n int, at func(int) (*Extraction, *feat)) {
	idx := make([]int, n)
	words := make([][]int32, n)
	ids := map[string]int32{}
	for i := range idx {
		idx[i] = i
		e, _ := at(i)
		words[i] = wordSet(e, ids)
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		ea, _ := at(a)
		eb, _ := at(b)
		return cmp.Compare(eb.Confidence, ea.Confidence)
	})
	verbs := map[int]int{} // predicate → extractions ranked so far
	for r, i := range idx {
		best := 0.0
		e, f := at(i)
		for _, j := range idx[max(0, r-redundancyWindow):r] {
			best = max(best, share(words[i], words[j]))
		}
		same := 0
		if e.Verb >= 0 {
			same = verbs[e.Verb]
			verbs[e.Verb]++
		}
		f.ovl = best
		f.sameVerb = same
		f.rank = r
		f.nex = n
		e.Confidence = clamp(confidence(*f))
	}
}

// redundancyWindow is how many higher-ranked extractions redundancy
// compares an extraction with.
const redundancyWindow = 256

// wordSet returns the distinct words of an extraction's fields as sorted
// ids, interned in ids.
func wordSet(e *Extraction, ids map[string]int32) []int32 {
	var set []int32
	add := func(s string) {
		for t := range strings.FieldsSeq(s) {
			id, ok := ids[t]
			if !ok {
				id = int32(len(ids))
				ids[t] = id
			}
			set = append(set, id)
		}
	}
	add(e.Subject)
	add(e.Relation)
	add(e.Object)
	for _, a := range e.Args {
		add(a.Text)
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// share is the fraction of a's words that b holds (both sorted sets).
func share(a, b []int32) float64 {
	if len(a) == 0 {
		return 0
	}
	k := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			k++
			i++
			j++
		}
	}
	return float64(k) / float64(len(a))
}

func key(e *Extraction) string {
	var b strings.Builder
	b.WriteString(e.Subject)
	b.WriteByte(0)
	b.WriteString(e.Relation)
	b.WriteByte(0)
	b.WriteString(e.Object)
	for _, a := range e.Args {
		b.WriteByte(0)
		b.WriteString(a.Text)
	}
	return b.String()
}

func clamp(c float64) float64 {
	switch {
	case c < 0.01:
		return 0.01
	case c > 0.99:
		return 0.99
	}
	return float64(int(c*1000+0.5)) / 1000
}
