package pipeline

import (
	"context"
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie"
	"github.com/storygraph/storygraph/extract/resolve"
	"github.com/storygraph/storygraph/extract/temporal"
	"github.com/storygraph/storygraph/internal/workers"
)

// Annotator is the NLP core as the pipeline sees it: text in, annotated
// sentences out. *nlp.Annotator implements it; tests may fake it.
type Annotator interface {
	Annotate(text string) []nlp.Sentence
	AnnotateSentence(text string) nlp.Sentence
}

// Options configures a [Pipeline]. The zero value is ready to use.
type Options struct {
	// Workers bounds the documents annotated at once; 0 means GOMAXPROCS.
	Workers int
	// OIE tunes clause extraction.
	OIE oie.Options
	// MinConfidence drops facts below it (0 keeps all).
	MinConfidence float64
	// Failed, when not nil, is told of each document the extraction
	// failed on (see [DocumentError]), which is then left out of the
	// result; when nil, such a document makes Extract fail.
	Failed func(*DocumentError)
}

// DocumentError is a document the extraction failed on: a fault of the
// extractor itself (a bug) that one article's text brought out. It names
// the document, so that the user can report it, and it never takes the
// other documents of a build down with it.
type DocumentError struct {
	ID   string // the document's id
	Path string // where it was read from; may be empty
	Err  error
}

func (e *DocumentError) Error() string {
	if e.Path != "" && e.Path != e.ID {
		return "document " + e.ID + " (" + e.Path + "): " + e.Err.Error()
	}
	return "document " + e.ID + ": " + e.Err.Error()
}

func (e *DocumentError) Unwrap() error { return e.Err }

// Extractor runs the extraction stages over documents. It is safe for
// concurrent use when its Annotator is.
type Extractor struct {
	nlp  Annotator
	opts Options
}

// New returns a pipeline over the given NLP core.
func New(a Annotator, opts Options) *Extractor {
	return &Extractor{nlp: a, opts: opts}
}

// Result is what a pipeline run yields.
type Result struct {
	Documents []extract.Document
	Entities  []extract.Entity // resolved across all documents, sorted by mentions then name
	Facts     []extract.Fact   // merged by [extract.Fact.Key], in document and sentence order
}

// annotated is one document after the per-document stages.
type annotated struct {
	doc       extract.Document
	sentences []nlp.Sentence
	facts     [][]rawFact // per sentence
}

type rawFact struct {
	ex    oie.Extraction
	timex temporal.Timex
	dated bool
}

// Extract runs the pipeline over docs: per document NLP, clauses and time
// (in parallel, results kept in input order), then entity resolution across
// all documents, seeded with the known entities (for example those a store
// already holds), so names resolve the same way build after build.
func (p *Extractor) Extract(ctx context.Context, docs []extract.Document, known []extract.Entity) (*Result, error) {
	failed := make([]*DocumentError, len(docs)) // with Failed set
	out, err := workers.Map(ctx, p.opts.Workers, docs, func(_ context.Context, i int, d extract.Document) (annotated, error) {
		a, err := p.annotateSafely(d)
		if err != nil && p.opts.Failed != nil {
			failed[i] = err
			return a, nil
		}
		if err != nil {
			return a, err // a nil *DocumentError must not become a non-nil error
		}
		return a, nil
	})
	if err != nil {
		return nil, err
	}
	if slices.ContainsFunc(failed, func(e *DocumentError) bool { return e != nil }) {
		// told in input order, whatever order the workers failed in
		kept := out[:0]
		for i, a := range out {
			if failed[i] != nil {
				p.opts.Failed(failed[i])
				continue
			}
			kept = append(kept, a)
		}
		out = kept
	}
	return p.assemble(out, known), nil
}

// annotateSafely is [Extractor.annotate], with a panic turned into a
// *DocumentError naming the document, the fault and where it arose.
func (p *Extractor) annotateSafely(d extract.Document) (a annotated, err *DocumentError) {
	defer func() {
		if r := recover(); r != nil {
			err = &DocumentError{ID: d.ID, Path: d.Path, Err: fmt.Errorf("internal error in extraction: %v (in %s; please report it with the article)", r, panicSite(debug.Stack()))}
		}
	}()
	return p.annotate(d), nil
}

// panicSite returns the innermost function of the module in a panicking
// goroutine's stack (runtime frames and this package's recovery skipped),
// or "unknown".
func panicSite(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "panic(") {
			continue
		}
		for _, f := range lines[i+1:] {
			if strings.HasPrefix(f, "\t") || !strings.Contains(f, "storygraph/") {
				continue
			}
			if name, _, ok := strings.Cut(f, "("); ok {
				return name[strings.LastIndex(name, "/")+1:]
			}
		}
	}
	return "unknown"
}

// ExtractSentence reads facts off one sentence given as it is (no sentence
// splitting), for benchmark input with one sentence per line. Entities are
// not resolved; ref dates relative time expressions (zero: none).
func (p *Extractor) ExtractSentence(text string, ref time.Time) []extract.Fact {
	s := p.nlp.AnnotateSentence(text)
	doc := extract.Document{ID: "line", Text: text, Published: ref}
	var facts []extract.Fact
	for _, rf := range p.clauses(&s, newTimeContext(ref)) {
		facts = append(facts, p.fact(doc, &s, rf, nil, nil, nil))
	}
	return facts
}

// Tokenized reports whether a line looks pre-tokenised, Penn Treebank
// style, as benchmark sentences are: punctuation and clitics stand apart
// (" , ", " 's ", a final " .") or PTB escapes occur ("-LRB-", "“").
func Tokenized(line string) bool {
	line = strings.TrimSpace(line)
	for _, cue := range []string{" , ", " 's ", " n't ", "-LRB-", "-RRB-", "``", " '' "} {
		if strings.Contains(line, cue) {
			return true
		}
	}
	for _, end := range []string{" .", " ?", " !", " ''"} {
		if strings.HasSuffix(line, end) {
			return true
		}
	}
	return false
}

// Clauses annotates one line as a single sentence and returns its raw
// extractions, with offsets into line as given; a pre-tokenised line (see
// [Tokenized]) is unescaped for the annotator and mapped back. Pronoun
// subjects are resolved within the sentence. This is the path for
// one-sentence-per-line benchmarks such as CaRB.
func (p *Extractor) Clauses(line string) (nlp.Sentence, []oie.Extraction) {
	var s nlp.Sentence
	if Tokenized(line) {
		s = oie.AnnotateTokenized(p.nlp.AnnotateSentence, line)
	} else {
		s = p.nlp.AnnotateSentence(line)
	}
	opts := p.opts.OIE
	opts.ResolvePronouns = true
	return s, oie.Extract(&s, opts)
}

func (p *Extractor) annotate(doc extract.Document) annotated {
	a := annotated{doc: doc, sentences: p.nlp.Annotate(doc.Text)}
	if t, ok := p.titleSentence(doc.Title, a.sentences); ok {
		a.sentences = append([]nlp.Sentence{t}, a.sentences...)
	}
	a.facts = make([][]rawFact, len(a.sentences))
	tc := newTimeContext(doc.Published)
	paragraphs := hasParagraphs(doc.Text, a.sentences)
	prevEnd := -1
	for i := range a.sentences {
		if s := &a.sentences[i]; paragraphs && s.Index != TitleIndex {
			if prevEnd < 0 || newParagraph(doc.Text, prevEnd, s.Off) {
				tc.Paragraph()
			}
			prevEnd = s.End
		}
		a.facts[i] = p.clauses(&a.sentences[i], tc)
	}
	return a
}

// hasParagraphs reports whether the text's line breaks mark paragraphs:
// ingest leaves one line break between paragraphs and joins the lines of
// a paragraph, so a text in which no two sentences share a line is laid
// out one sentence a line (as benchmark corpora are), and its breaks say
// nothing of paragraphs.
func hasParagraphs(text string, sentences []nlp.Sentence) bool {
	prevEnd := -1
	for i := range sentences {
		s := &sentences[i]
		if s.Index == TitleIndex {
			continue
		}
		if prevEnd >= 0 && !newParagraph(text, prevEnd, s.Off) {
			return true
		}
		prevEnd = s.End
	}
	return false
}

// newParagraph reports whether text[from:to], the gap between two
// sentences, holds a line break.
func newParagraph(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to {
		return false
	}
	return strings.ContainsAny(text[from:to], "\n\r\u2029")
}

// newTimeContext returns the document's temporal context, or nil (no
// dates) when the publication date is unknown.
func newTimeContext(published time.Time) *temporal.Context {
	if published.IsZero() {
		return nil
	}
	return temporal.NewContext(published)
}

// clauses extracts the facts of one sentence and anchors each in time. The
// temporal context sees every sentence, in order, so that a day the
// document names carries over to later past-tense clauses ("the same day").
func (p *Extractor) clauses(s *nlp.Sentence, tc *temporal.Context) []rawFact {
	timexes := tc.Find(s)
	exs := oie.Extract(s, p.opts.OIE)
	renamed := map[string]string{}
	for i := range exs {
		if old, ok := nounRootSubject(s, &exs[i]); ok {
			renamed[old] = exs[i].Subject
		}
		adjectiveClauseConjSubject(s, &exs[i])
		relativeMainSubject(s, &exs[i])
		lodgedRelativeSubject(s, &exs[i])
		seatedSubject(s, &exs[i])
		spokesConjSubject(s, &exs[i])
	}
	for i := range exs {
		if to, ok := renamed[exs[i].AttributedTo]; ok && exs[i].AttributedTo != "" {
			exs[i].AttributedTo = to
		}
	}
	out := make([]rawFact, 0, len(exs))
	for _, ex := range exs {
		if ex.Confidence < p.opts.MinConfidence {
			continue
		}
		coreArgs(s, &ex)
		keepCondition(s, &ex)
		rf := rawFact{ex: ex}
		if ex.Verb >= 0 {
			rf.timex, rf.dated = complementDate(s, &ex, timexes)
			if rf.dated && !tc.Possible(s, rf.timex, ex.Verb) {
				rf.dated = false
			} else if !rf.dated {
				rf.timex, rf.dated = tc.Attach(s, timexes, ex.Verb)
			}
			if rf.dated && (rf.timex.Type != temporal.TypeDate && rf.timex.Type != temporal.TypeTime || rf.timex.Value == "") {
				rf.dated = false
			}
			if tx, ok := objectDate(s, &ex, timexes, rf); ok {
				rf.timex, rf.dated = tx, true
			}
			if rf.dated {
				rf.timex, rf.dated = coordinatedDates(s, &ex, timexes, rf.timex)
			}
		}
		out = append(out, rf)
	}
	return out
}

// complementDate returns the date of the clause of the extraction's verb
// ([temporal.Attach]), else, when its relation goes on into an open
// complement ("is expected to visit", "agreed to buy"), the date of that
// complement's verb: "is expected to visit the site on Wednesday" is
// dated by "on Wednesday", which the parse hangs on "visit". It is tried
// before a date inherited from an earlier sentence, which a date of the
// clause's own overrides.
func complementDate(s *nlp.Sentence, ex *oie.Extraction, timexes []temporal.Timex) (temporal.Timex, bool) {
	if tx, ok := temporal.Attach(s, timexes, ex.Verb); ok {
		return tx, true
	}
	for _, k := range ex.Rel {
		if k == ex.Verb || k < 0 || k >= len(s.Tokens) || s.Tokens[k].UPOS != "VERB" {
			continue
		}
		// an xcomp chain from the verb to k
		h := k
		for d := 0; d < 4 && h >= 0 && h < len(s.Tokens) && h != ex.Verb && s.Tokens[h].Dep == "xcomp"; d++ {
			h = s.Tokens[h].Head
		}
		if h != ex.Verb {
			continue
		}
		// "had planned to leave since the spring": a "since" date is
		// when the state of the verb began, which the parse hung on
		// the complement and read ahead with its tense
		if tx, ok := temporal.Attach(s, timexes, k); ok && tx.Prep != "since" {
			return tx, true
		}
	}
	return temporal.Timex{}, false
}

// objectDate returns the date a split fact's object names when the
// clause got the first of coordinated dates: "held strikes in March and
// June" gives "held strikes in June", which is June, not March. Only a
// date joined to the clause's own date by "and", "or" or a comma, and
// written in the object, counts.
func objectDate(s *nlp.Sentence, ex *oie.Extraction, timexes []temporal.Timex, rf rawFact) (temporal.Timex, bool) {
	if !rf.dated || rf.timex.Inherited || !ex.Obj.IsValid() || strings.Contains(ex.Object, rf.timex.Text) {
		return temporal.Timex{}, false
	}
	for _, tx := range timexes {
		if !tx.IsDate() || tx.Start < rf.timex.End || tx.Start >= len(s.Tokens) || tx.End > ex.Obj.End ||
			tx.Text == "" || !strings.Contains(ex.Object, tx.Text) {
			continue
		}
		joined := tx.Start > rf.timex.End
		for k := rf.timex.End; k < tx.Start; k++ {
			switch strings.ToLower(s.Tokens[k].Text) {
			case "and", "or", ",":
			default:
				joined = false
			}
		}
		if joined {
			return tx, true
		}
		return temporal.Timex{}, false
	}
	return temporal.Timex{}, false
}

// coordinatedDates reads the clause's date together with the dates
// coordinated with it when the fact's object names them all: "held
// strikes in March and June" is what went on in 2025, not in March, and
// "suffered flooding in 2021 and 2024" has no one date. The dates share
// a year or month, which dates the fact, or the fact stays undated. A
// split fact ("strikes in March") names one and keeps it.
func coordinatedDates(s *nlp.Sentence, ex *oie.Extraction, timexes []temporal.Timex, date temporal.Timex) (temporal.Timex, bool) {
	if date.Inherited || !ex.Obj.IsValid() || date.Text == "" || !strings.Contains(ex.Object, date.Text) {
		return date, true
	}
	prev := date
	shared := date.Value
	n := 0
	for _, tx := range timexes {
		if !tx.IsDate() || tx.Start < prev.End || tx.Start >= len(s.Tokens) || tx.Text == "" || !strings.Contains(ex.Object, tx.Text) {
			continue
		}
		joined := tx.Start > prev.End
		for k := prev.End; k < tx.Start; k++ {
			switch strings.ToLower(s.Tokens[k].Text) {
			case "and", "or", ",", "in", "on":
			default:
				joined = false
			}
		}
		if !joined {
			break
		}
		for len(shared) > 0 && !strings.HasPrefix(tx.Value, shared) {
			if i := strings.LastIndexByte(shared, '-'); i > 0 {
				shared = shared[:i]
			} else {
				shared = ""
			}
		}
		prev = tx
		n++
	}
	if n == 0 {
		return date, true
	}
	if shared == "" {
		return temporal.Timex{}, false
	}
	date.Value, date.Time = shared, ""
	switch len(shared) {
	case 4:
		date.Granularity = "year"
	case 7:
		date.Granularity = "month"
	}
	return date, true
}

// assemble resolves entities across documents and turns raw extractions
// into facts with canonical argument names.
func (p *Extractor) assemble(docs []annotated, known []extract.Entity) *Result {
	rdocs := make([]resolve.Doc, len(docs))
	for i, d := range docs {
		rdocs[i] = resolve.Doc{ID: d.doc.ID, Sentences: d.sentences}
	}
	res := resolve.Resolve(rdocs, known)
	r := &Result{Entities: res.Entities}
	index := map[string]int{}
	var exsBuf []oie.Extraction              // a sentence's extractions, for describe
	places := map[int]map[sourcePlace]bool{} // fact → the places of its sources, once they are many
	for i := range docs {
		d := &docs[i]
		r.Documents = append(r.Documents, d.doc)
		docAt := func(si, tok int) (string, string, bool) {
			return res.EntityAt(d.doc.ID, si, tok)
		}
		ties := speakerTies(d.sentences, docAt)
		quotes := quoteSpeakers(d.sentences, docAt)
		things := newThingIndex(d.sentences, docAt)
		products := newProductIndex(d.sentences, docAt)
		company := storyCompanyOf(d.sentences, docAt)
		lead := leadNouns(d.sentences)
		leadEnd := leadLength(d.sentences)
		for si := range d.sentences {
			s := &d.sentences[si]
			exs := exsBuf[:0] // (describe reads them and keeps none)
			for _, rf := range d.facts[si] {
				exs = append(exs, rf.ex)
			}
			exsBuf = exs
			for k, rf := range d.facts[si] {
				whole := p.fact(d.doc, s, rf, func(tok int) (string, string, bool) {
					return res.EntityAt(d.doc.ID, si, tok)
				}, ties, func(tok int) (speakerRef, bool) { return quotes.at(si, tok) })
				group := func(tok int) ([]string, []string) { return res.GroupAt(d.doc.ID, si, tok) }
				for _, f := range groupFacts(s, &rf.ex, whole, group) { // "both companies declined": each of the two
					if subj, obj := things.thingNamed(s, si, rf.ex.Subj, f.Subject, docAt), things.thingNamed(s, si, rf.ex.Obj, f.Object, docAt); (subj != f.Subject || obj != f.Object) && subj != f.Object {
						// (not "ANCHOR-HF | was known as | ANCHOR-HF")
						f.Subject, f.Object = subj, obj // "The drones sold for 60 euros": the Skyhopper toy drones
						f.SetID()
					}
					if subj, obj := products.partNamed(s, si, rf.ex.Subj, f.Subject, docAt), products.partNamed(s, si, rf.ex.Obj, f.Object, docAt); subj != f.Subject || obj != f.Object {
						f.Subject, f.Object = subj, obj // "The rear camera has a flash": the one product's
						f.SetID()
					}
					if subj := sharesNamed(s, rf.ex.Subj, f.Subject, company); subj != f.Subject {
						f.Subject = subj // "Shares fell 9 percent": the story company's
						f.SetID()
					}
					if subj, obj := memberNamed(f.Subject, company), memberNamed(f.Object, company); subj != f.Subject || obj != f.Object {
						f.Subject, f.Object = subj, obj // "the board decided": the story company's board
						f.SetID()
					}
					if subj, src := spokesmanFor(d.sentences, si, f.Subject, docAt), spokesmanFor(d.sentences, si, f.AttributedTo, docAt); subj != f.Subject || src != f.AttributedTo {
						f.Subject, f.AttributedTo = subj, src // "Velcor denied ... A spokesman said": Velcor's
						f.SetID()
					}
					topic := false
					if subj, ok := topicNamed(d.sentences, si, rf.ex, &f, func(tok int) (int, bool) { return res.TopicAt(d.doc.ID, si, tok) }); ok {
						f.Subject, topic = subj, true // "It has been named ...": the frog of the sentence before
						f.SetID()
					}
					if obj := claimNamed(d.sentences, si, f.Object); obj != f.Object {
						f.Object = obj // "Skyreach denied that claim": the claim the union made
						f.SetID()
					}
					if w := strings.ToLower(f.AttributedTo); w == "he" || w == "she" || w == "they" {
						// a pronoun coreference left unbound: the speaker
						// of the sentence before, if it names one
						if name, ok := earlierSpeaker(d.sentences, si, w, docAt); ok {
							f.AttributedTo = name
						}
					}
					fixSpeaker(d.sentences, si, rf.ex, &f, docAt, company) // speakerfix.go
					g := describe(s, exs, k, &f)
					g.Vague = vagueSubject(s, rf.ex, &f, lead, si < leadEnd) || vagueAntecedent(s, rf.ex, &f, lead)
					if topic {
						g.SubjPron, g.SubjPOS = false, "NOUN" // a thing named in full, no pronoun
					}
					f.Gate = gate(g)
					if traceGate != nil {
						traceGate(f, g)
					}
					if f.Subject == "" || f.Relation == "" {
						continue
					}
					// "Israel is Israel": an apposition or a title read back
					// onto its own entity says nothing. A verb's object that
					// stands for its subject through a possessive ("the union
					// would protect its members") keeps its words, not the id.
					if f.SubjectID != "" && f.SubjectID == f.ObjectID {
						if rf.ex.Verb < 0 || isCopula(f.RelationLemma, f.Relation) || f.Object == f.Subject {
							continue
						}
						f.ObjectID = ""
						f.SetID()
					}
					// "X is Y" between two different named entities comes from a
					// list read as an apposition ("General Alex Grynkewich,
					// Ambassador Charles Kushner"): resolution already merged
					// the names that are one entity.
					if f.SubjectID != "" && f.ObjectID != "" && isCopula(f.RelationLemma, f.Relation) {
						continue
					}
					if j, ok := index[f.ID]; ok {
						mergeFactInto(&r.Facts[j], f, places, j)
						continue
					}
					index[f.ID] = len(r.Facts)
					r.Facts = append(r.Facts, f)
				}
			}
		}
		// The document's facts are read: its annotations (the bulk of a
		// batch's memory) can go while the next documents' facts are
		// built.
		d.sentences, d.facts, rdocs[i].Sentences = nil, nil, nil
	}
	sort.SliceStable(r.Entities, func(i, j int) bool {
		a, b := r.Entities[i], r.Entities[j]
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Name < b.Name
	})
	return r
}

// sentenceCase returns the extraction's relation with the sentence's first
// word in lower case when the relation holds it and it is no name: it is
// capitalised for its place only ("Speaking for the club, X said" reads
// (X; was speaking for; the club)). Benchmarks read the extraction's own
// text.
func sentenceCase(s *nlp.Sentence, ex *oie.Extraction) string {
	rel := ex.Relation
	if !slices.Contains(ex.Rel, 0) || len(s.Tokens) == 0 || s.Tokens[0].UPOS == "PROPN" {
		return rel
	}
	w := s.Tokens[0].Text
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' {
		return rel
	}
	lw := string(w[0]+'a'-'A') + w[1:]
	for i := 0; i+len(w) <= len(rel); i++ {
		if rel[i:i+len(w)] == w && (i == 0 || rel[i-1] == ' ') && (i+len(w) == len(rel) || rel[i+len(w)] == ' ') {
			return rel[:i] + lw + rel[i+len(w):]
		}
	}
	return rel
}

// traceGate, when set (by a test), sees every fact with its gate features.
var traceGate func(extract.Fact, gateFeatures)

// entityAt maps a token of a sentence to (entity id, canonical name).
type entityAt func(tok int) (id, name string, ok bool)

// fact builds a Fact from one extraction; ties are the organisations the
// document ties its people to (speakerTies).
func (p *Extractor) fact(doc extract.Document, s *nlp.Sentence, rf rawFact, at entityAt, ties map[string][]orgRef, quotes func(tok int) (speakerRef, bool)) extract.Fact {
	ex := rf.ex
	f := extract.Fact{
		Subject:       balanceQuotes(ex.Subject),
		Relation:      sentenceCase(s, &ex),
		Object:        balanceQuotes(ex.Object),
		RelationLemma: ex.RelationLemma,
		Negated:       ex.Negated,
		Modality:      ex.Modality,
		AttributedTo:  ex.AttributedTo,
		Confidence:    round3(ex.Confidence),
		Sources:       []extract.Source{{Doc: doc.ID, Sentence: s.Text, Offset: sourceOffset(s), Spans: spans(s, &ex)}},
	}
	if ex.Verb >= 0 && ex.Verb < len(s.Tokens) {
		f.Trigger = s.Tokens[ex.Verb].Text
	}
	for _, a := range ex.Args {
		f.Args = append(f.Args, extract.Arg{Role: a.Role, Text: a.Text})
	}
	if at != nil {
		if id, name, ok := argEntity(s, ex.SubjHead, ex.Subj, at); ok {
			f.SubjectID = id
			if wholeMention(s, ex.Subj, ex.SubjHead, at) {
				f.Subject = name
			}
		} else if id, name, ok := apposEntity(s, ex.SubjHead, at, false); ok {
			f.SubjectID, f.Subject = id, name
		}
		if f.SubjectID == "" {
			if id, name, ok := namedRole(s, ex.SubjHead, at); ok && wholeRole(s, ex.Subj, ex.SubjHead) {
				f.SubjectID, f.Subject = id, name // "The deputy mayor for housing, Per Holte, resigned"
			}
		}
		if f.SubjectID == "" {
			f.Subject = possessorNamed(s, ex.Subj.Start, f.Subject, at)   // "Its shares fell": Brightlane's shares
			f.Subject = innerPronounsNamed(s, ex.Subj, f.Subject, at, "") // "Analysis of her sample": whose
		}
		if id, name, ok := argEntity(s, ex.ObjHead, ex.Obj, at); ok {
			f.ObjectID = id
			if wholeMention(s, ex.Obj, ex.ObjHead, at) {
				f.Object = name
			}
		} else if id, name, ok := apposEntity(s, ex.ObjHead, at, true); ok && !hasPredicate(s, ex.Obj) {
			// "the gunman, Neil Carver": the name; not when the argument
			// is a clause about him ("said the gunman, Neil Carver, had
			// been fired")
			f.ObjectID, f.Object = id, name
		}
		f.Object = pronounNamed(s, ex.Obj.Start, f.Object, at, f.SubjectID) // "ordered him to repay": the man's name
		f.Object = innerPronounsNamed(s, ex.Obj, f.Object, at, f.SubjectID) // "showed he had approved the payments": who
		if f.ObjectID == "" {
			f.Object = ownerNamed(s, ex.Obj.Start, ex.ObjHead, f.Object, at, f.SubjectID) // "called for his resignation": whose
		}
		if s.Index == TitleIndex && isTitleCase(s.Text) {
			f.Relation, f.Object = headlineRelation(s, &ex, f.Relation, f.Object) // "React to Camp | Camp David Accords"
		}
		f.Subject = descriptionsNamed(s, ex.Subj, f.Subject, at) // "Shares in the company fell": in Ardent Toys
		f.Object = descriptionsNamed(s, ex.Obj, f.Object, at)    // "would meet the company's management"
		if ex.AttributedHead >= 0 {
			if _, name, ok := at(ex.AttributedHead); ok {
				f.AttributedTo = name
			} else if _, name, ok := apposEntity(s, ex.AttributedHead, at, false); ok {
				f.AttributedTo = name // "Its chairwoman, Judith Koenig, said"
			} else if _, name, ok := namedRole(s, ex.AttributedHead, at); ok {
				f.AttributedTo = name // "according to port spokeswoman Kari Voss"
			} else if name, ok := sourceEntity(s, ex.AttributedHead, at); ok {
				f.AttributedTo = name
			} else if tail, ok := headSegment(s, f.AttributedTo, ex.AttributedHead); ok {
				f.AttributedTo = tail // "..., flooding farmland and forcing ..., officials said": officials
			}
		}
		if f.SubjectID == "" && ex.Verb >= 0 && ex.Verb < len(s.Tokens) && speechVerb(s.Tokens[ex.Verb].Lemma) {
			if tail, ok := headSegment(s, f.Subject, ex.SubjHead); ok {
				f.Subject = tail
			}
		}
		// "I" inside a quote is its speaker, "we" the organisation the
		// speaker speaks for: named in the sentence ("Speaking for X"),
		// else the one the document ties the speaker to by a role ("Mara
		// Lind, a spokeswoman for Halvern Foods"). With none, or more
		// than one, "we" stays unbound: it is not the speaker alone.
		spk, ok := speaker(s, ex.Verb, at)
		if !ok && quotes != nil {
			// an organisation speaking, or a quote of several
			// sentences: its speaker is named where it closes or opens
			spk, ok = quotes(ex.Verb)
		}
		if ok {
			if f.AttributedTo == "" || barePronoun(f.AttributedTo) || firstPerson(f.AttributedTo) {
				// "Still, it adds to the evidence that ...," said in
				// the speaker's quote: the speaker's claim, not "it"'s
				f.AttributedTo = spk.name
			}
			if spk.orgID == "" && len(ties[spk.id]) == 1 {
				spk.orgID, spk.orgName = ties[spk.id][0].id, ties[spk.id][0].name
			}
			if id, name, ok := firstPersonRef(s, ex.SubjHead, spk); ok {
				f.SubjectID, f.Subject = id, name
			}
			if ex.Obj.End-ex.Obj.Start == 1 && ex.ObjHead == ex.Obj.Start {
				// "They never told us": the object that is only "us"
				if id, name, ok := firstPersonRef(s, ex.ObjHead, spk); ok {
					f.ObjectID, f.Object = id, name
				}
			}
		}
	}
	if f.Modality == "alleged" {
		// "confirmed reports that it would sell the plant": the
		// confirmer's statement, no mere claim
		if n := claimNoun(s, ex.Verb); n >= 0 {
			if c, ok := confirmedBy(s, n); ok {
				f.Modality, f.AttributedTo = relModal(s, &ex), subtreeText(s, c)
				if at != nil {
					if _, name, ok := at(c); ok {
						f.AttributedTo = name
					}
				}
			}
		}
	}
	if name, deny, ok := conjoinedReport(s, ex.Verb, at); ok {
		if f.AttributedTo == "" {
			f.AttributedTo = name
		}
		if _, denied := deniedBy(s, ex.Verb); deny && !denied {
			f.Negated = !f.Negated // deniedBy, in assert, did not see it
		}
	}
	if rf.dated {
		f.Date, f.Granularity = rf.timex.Value, rf.timex.Granularity
	}
	assert(s, &ex, &f)
	f.SetID()
	return f
}

// spans returns the byte spans of what ex read in s: its subject and
// object ranges and the runs of its relation tokens. They stay on the
// words read when fact later puts an entity's name in their place.
func spans(s *nlp.Sentence, ex *oie.Extraction) extract.Spans {
	n := len(s.Tokens)
	rangeSpan := func(r oie.Range) extract.Span {
		if !r.IsValid() || r.End > n {
			return extract.Span{}
		}
		return extract.Span{Off: s.Tokens[r.Start].Off, End: s.Tokens[r.End-1].End}
	}
	sp := extract.Spans{Subject: rangeSpan(ex.Subj), Object: rangeSpan(ex.Obj)}
	for k := 0; k < len(ex.Rel); {
		j := k + 1
		for j < len(ex.Rel) && ex.Rel[j] == ex.Rel[j-1]+1 {
			j++
		}
		if a, b := ex.Rel[k], ex.Rel[j-1]; a >= 0 && b < n {
			sp.Relation = append(sp.Relation, extract.Span{Off: s.Tokens[a].Off, End: s.Tokens[b].End})
		}
		k = j
	}
	return sp
}

// groupNouns head phrases that stand for the country or organisation that
// modifies them: "Ukrainian forces", "the Russian government". People nouns
// count only in the plural ("British officials", not "Israeli Prime
// Minister"). Weapons and events ("a Russian drone attack") are not their
// makers: the attack is not Russia.
var groupNouns = map[string]bool{"government": true, "authority": true, "military": true, "army": true,
	"navy": true, "delegation": true, "administration": true, "regime": true, "cabinet": true,
	"ministry": true, "embassy": true, "police": true, "team": true, "force": true, "troop": true}

var groupPeople = map[string]bool{"leader": true, "official": true, "minister": true, "envoy": true,
	"diplomat": true, "lawmaker": true, "officer": true, "soldier": true, "representative": true,
	"negotiator": true, "member": true, "spokesman": true, "partner": true, "ally": true}

func isGroupNoun(t nlp.Token) bool {
	l := strings.ToLower(t.Lemma)
	return groupNouns[l] || (groupPeople[l] && strings.HasSuffix(t.XPOS, "S"))
}

// argEntity returns the entity an argument stands for: the entity of its
// head token, or, for a group noun, of the country or organisation that
// modifies it.
func argEntity(s *nlp.Sentence, head int, r oie.Range, at entityAt) (id, name string, ok bool) {
	if head < 0 || head >= len(s.Tokens) {
		return "", "", false
	}
	if id, name, ok := at(head); ok {
		return id, name, true
	}
	// A title heading a name ("Mayor" over "Elena Marchetti" in some
	// parses): the name is the argument.
	for _, c := range s.Children(head) {
		switch s.Tokens[c].Dep {
		case "flat", "flat:name", "appos", "compound":
			if c > head && isCapitalised(s.Tokens[head].Text) {
				if id, name, ok := at(c); ok && strings.HasPrefix(id, "e:person:") {
					return id, name, true
				}
			}
		}
	}
	if !isGroupNoun(s.Tokens[head]) {
		return "", "", false
	}
	for _, c := range s.Children(head) {
		switch s.Tokens[c].Dep {
		case "compound", "amod", "nmod:poss":
		default:
			continue
		}
		if r.Start >= 0 && (c < r.Start || c >= r.End) {
			continue
		}
		if memberBetween(s, c, head) {
			// "NATO member troops" are the members' troops, not NATO's
			continue
		}
		if id, name, ok := at(c); ok && !strings.HasPrefix(id, "e:person:") {
			return id, name, true
		}
	}
	return "", "", false
}

// memberBetween reports a common noun of "member" compounded onto head
// between a name c and head ("NATO member troops", "EU member-state
// officials"): the group noun stands for the members, not for c.
func memberBetween(s *nlp.Sentence, c, head int) bool {
	for k := c + 1; k < head; k++ {
		t := s.Tokens[k]
		if t.UPOS == "NOUN" && strings.HasPrefix(strings.ToLower(t.Lemma), "member") {
			return true
		}
	}
	return false
}

// apposEntity returns the entity named in apposition to a description,
// set off by a comma ("a Broome resident, Sam Price, said"; "hired a
// restorer, Dana Okafor"): the description and the name are one referent,
// and the name is what a reader wants to see. For an object only a person
// or an organisation counts: a list read as an apposition ("features,
// Safari ...") names other things.
func apposEntity(s *nlp.Sentence, head int, at entityAt, object bool) (id, name string, ok bool) {
	if head < 0 || head >= len(s.Tokens) {
		return "", "", false
	}
	switch s.Tokens[head].UPOS {
	case "NOUN", "PRON", "PROPN":
	default:
		return "", "", false
	}
	var cands []int
	for _, c := range s.Children(head) {
		cands = append(cands, c)
		if s.Tokens[c].Dep == "punct" {
			// the parse sometimes hangs the apposition on its comma
			cands = append(cands, s.Children(c)...)
		}
	}
	for _, c := range cands {
		if s.Tokens[c].Dep != "appos" || c < head || !commaBetween(s, head, c) {
			continue
		}
		id, name, ok := at(c)
		if !ok || (object && !strings.HasPrefix(id, "e:person:") && !strings.HasPrefix(id, "e:org:")) {
			continue
		}
		return id, name, true
	}
	return "", "", false
}

// headSegment returns the last comma-separated part of a speaker's phrase
// when that part ends in the phrase's head: the parse sometimes hangs a
// participle clause before the speaker on it ("flooding tens of thousands
// of hectares of farmland , officials"), which is not the speaker.
func headSegment(s *nlp.Sentence, text string, head int) (string, bool) {
	if head < 0 || head >= len(s.Tokens) {
		return "", false
	}
	i := strings.LastIndex(text, ",")
	if i < 0 {
		return "", false
	}
	tail := strings.TrimSpace(text[i+1:])
	ws := strings.Fields(tail)
	if len(ws) == 0 || len(ws) > 5 || ws[len(ws)-1] != s.Tokens[head].Text || !strings.HasSuffix(text, s.Tokens[head].Text) {
		return "", false
	}
	return tail, true
}

// barePronoun reports a source that is a pronoun left unbound ("it",
// "its", "they").
func barePronoun(w string) bool {
	switch strings.ToLower(w) {
	case "it", "its", "they", "their", "he", "his", "she", "her", "them":
		return true
	}
	return false
}

// namedRole returns the person a role's phrase headed by token head names
// right after it: "port spokeswoman Kari Voss", "the head of the
// monitoring mission, Petra Novell", "The deputy mayor responsible for
// housing, Per Holte, said". The role is a common noun of a role that
// speaks or acts for a body (roleHeads); the name follows the role word
// at once or after a comma that closes the role's phrase, and ends the
// sentence or is closed by a comma.
func namedRole(s *nlp.Sentence, head int, at entityAt) (id, name string, ok bool) {
	if head < 0 || head >= len(s.Tokens) || s.Tokens[head].UPOS != "NOUN" || !roleHeads[strings.ToLower(s.Tokens[head].Lemma)] {
		return "", "", false
	}
	if _, _, ok := at(head); ok {
		return "", "", false
	}
	person := func(k int) (string, string, int, bool) {
		id, name, ok := at(k)
		if !ok || !strings.HasPrefix(id, "e:person:") {
			return "", "", 0, false
		}
		e := k
		for e < len(s.Tokens) {
			if id2, _, ok := at(e); !ok || id2 != id {
				break
			}
			e++
		}
		return id, name, e, true
	}
	closed := func(e int) bool {
		if e >= len(s.Tokens) {
			return true
		}
		switch s.Tokens[e].Text {
		case ",", ".", ";", "!", "?":
			return true
		}
		return false
	}
	if id, name, e, ok := person(head + 1); ok && closed(e) {
		return id, name, true
	}
	// the role's own phrase ("of the monitoring mission", "responsible
	// for housing"), then a comma and the name
	k := head + 1
	for ; k < len(s.Tokens) && k-head <= 8; k++ {
		t := s.Tokens[k]
		if t.Text == "," {
			break
		}
		if t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "PUNCT" || !dominatedBy(s, k, head) {
			return "", "", false
		}
	}
	if k >= len(s.Tokens) || s.Tokens[k].Text != "," {
		return "", "", false
	}
	if id, name, e, ok := person(k + 1); ok && closed(e) {
		return id, name, true
	}
	return "", "", false
}

// dominatedBy reports whether token k is in the subtree of token h.
func dominatedBy(s *nlp.Sentence, k, h int) bool {
	for n := 0; k >= 0 && n < len(s.Tokens); k, n = s.Tokens[k].Head, n+1 {
		if k == h {
			return true
		}
	}
	return false
}

// wholeRole reports whether an argument's range is the role's phrase and
// no more: it starts at the role's determiner or modifiers and holds no
// verb of its own ("The deputy mayor responsible for housing").
func wholeRole(s *nlp.Sentence, r oie.Range, head int) bool {
	if head < r.Start || head >= r.End {
		return false
	}
	for i := max(r.Start, 0); i < r.End && i < len(s.Tokens); i++ {
		if i != head && !dominatedBy(s, i, head) {
			return false
		}
		if u := s.Tokens[i].UPOS; u == "VERB" || u == "AUX" {
			return false
		}
	}
	return true
}

// hasPredicate reports whether an argument's range holds a verb or an
// auxiliary: a clause, not a noun phrase.
func hasPredicate(s *nlp.Sentence, r oie.Range) bool {
	for i := max(r.Start, 0); i < r.End && i < len(s.Tokens); i++ {
		switch s.Tokens[i].UPOS {
		case "VERB", "AUX":
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma stands between tokens a and b.
func commaBetween(s *nlp.Sentence, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.Tokens[k].Text == "," {
			return true
		}
	}
	return false
}

// wholeMention reports whether an argument is just its entity: every token
// of its range is the entity's or a determiner, a possessive, punctuation or
// a title word.
func wholeMention(s *nlp.Sentence, r oie.Range, head int, at entityAt) bool {
	if r.Start < 0 || r.End > len(s.Tokens) || head < 0 {
		return true
	}
	want, _, _ := argEntity(s, head, r, at)
	for i := r.Start; i < r.End; i++ {
		if id, _, ok := at(i); ok && id == want {
			continue
		}
		switch s.Tokens[i].UPOS {
		case "DET", "PUNCT", "PART":
			continue
		}
		if s.Tokens[i].XPOS == "POS" || (i <= head && isCapitalised(s.Tokens[i].Text)) {
			continue
		}
		return false
	}
	return true
}

func isCapitalised(w string) bool {
	for _, c := range w {
		return unicode.IsUpper(c)
	}
	return false
}

// firstPersonRef returns what the first-person pronoun at token h of a
// quote stands for: "I" and "me" the speaker, a person; "we" and "us" the
// organisation the speaker speaks for, if known. ok is false for any other
// word.
func firstPersonRef(s *nlp.Sentence, h int, spk speakerRef) (id, name string, ok bool) {
	if h < 0 || h >= len(s.Tokens) || spk.id == "" || s.Tokens[h].UPOS != "PRON" {
		return "", "", false
	}
	switch strings.ToLower(s.Tokens[h].Text) {
	case "we", "us":
		return spk.orgID, spk.orgName, spk.orgID != ""
	case "i", "me":
		return spk.id, spk.name, strings.HasPrefix(spk.id, "e:person:")
	}
	return "", "", false
}

// speakerRef is the speaker of a quote and, when the sentence says whom
// the speaker speaks for ("Speaking for Apple Corps, manager Neil Aspinall
// said", "X, manager of Apple Corps, said"), that organisation: what "we"
// stands for.
type speakerRef struct{ id, name, orgID, orgName string }

// speaker returns the person who speaks the quote that token verb stands
// in: the entity subject of a speech verb outside the quotes of the same
// sentence ("“We are working with BlackRock,” Witkoff said").
func speaker(s *nlp.Sentence, verb int, at entityAt) (speakerRef, bool) {
	if verb < 0 || verb >= len(s.Tokens) {
		return speakerRef{}, false
	}
	inQuote := quoteMask(s)
	if !inQuote[verb] {
		return speakerRef{}, false
	}
	for i, t := range s.Tokens {
		if inQuote[i] || !speechVerb(t.Lemma) {
			continue
		}
		for _, c := range s.Children(i) {
			if !strings.HasPrefix(s.Tokens[c].Dep, "nsubj") {
				continue
			}
			if id, name, ok := at(c); ok && strings.HasPrefix(id, "e:person:") {
				ref := speakerRef{id: id, name: name}
				ref.orgID, ref.orgName = speaksFor(s, i, c, inQuote, at)
				return ref, true
			}
		}
	}
	return quotedSpeaker(s, inQuote, at)
}

// speaksFor returns the one organisation named, outside quotes, in the
// speaker c's phrase or in a clause of the speech verb v ("Speaking for
// Apple Corps, ..."), or "" when there is none or more than one.
func speaksFor(s *nlp.Sentence, v, c int, inQuote []bool, at entityAt) (id, name string) {
	seen := map[string]bool{}
	for i := range s.Tokens {
		if inQuote[i] || !(under(s, i, c) || underClause(s, i, v)) {
			continue
		}
		if eid, ename, ok := at(i); ok && strings.HasPrefix(eid, "e:org:") && !seen[eid] {
			seen[eid] = true
			id, name = eid, ename
		}
	}
	if len(seen) != 1 {
		return "", ""
	}
	return id, name
}

// under reports whether token i lies in the subtree of token a.
func under(s *nlp.Sentence, i, a int) bool {
	for d := 0; i >= 0 && i < len(s.Tokens) && d < len(s.Tokens); d++ {
		if i == a {
			return true
		}
		i = s.Tokens[i].Head
	}
	return false
}

// underClause reports whether token i lies in an adverbial clause of v.
func underClause(s *nlp.Sentence, i, v int) bool {
	for _, c := range s.Children(v) {
		if base(s.Tokens[c].Dep) == "advcl" && under(s, i, c) {
			return true
		}
	}
	return false
}

// speechVerb reports whether a lemma introduces, continues or closes a
// quote (lexicon.Speech).
func speechVerb(lemma string) bool { return lexicon.Speech(lemma) }

// quoteMask marks the tokens that stand inside quotation marks. A sentence
// whose first mark closes a quote continues one opened before it.
func quoteMask(s *nlp.Sentence) []bool {
	mask, _ := quoteMaskFrom(s, noQuote)
	return mask
}

// quoteKind is the kind of quotation mark a quote is opened with, or
// noQuote outside quotes.
type quoteKind uint8

const (
	noQuote     quoteKind = iota
	doubleQuote           // " “ ” `` ''
	singleQuote           // ‘ ’ '
)

// quoteMark tells token i of s as a quotation mark: its kind (noQuote if
// it is none), and whether it opens or closes a quote when that is known.
// Curly marks say which they are; a straight one opens after a space, a
// bracket or a dash or at the sentence's start, and closes after a word or
// punctuation ("moved to Arvik,\" Lind said"); one with spaces on both
// sides is not told, one after a digit is inches ("a 13.3\" display"). A
// ’, or a straight ', is a quotation mark only where the tagger reads it
// so, not an apostrophe ("the workers’ union", "Brask Motors' chief").
func quoteMark(s *nlp.Sentence, i int) (kind quoteKind, opening, known bool) {
	t := s.Tokens[i]
	switch t.Text {
	case "“", "``":
		return doubleQuote, true, true
	case "”", "''":
		return doubleQuote, false, true
	case "‘":
		return singleQuote, true, true
	case "’":
		if t.XPOS == "''" {
			return singleQuote, false, true
		}
		return noQuote, false, false
	case "\"":
		kind = doubleQuote
	case "'":
		// an apostrophe ("Brask Motors' chief") unless the tagger reads
		// a quotation mark
		if t.XPOS != "``" && t.XPOS != "''" {
			return noQuote, false, false
		}
		kind = singleQuote
	default:
		return noQuote, false, false
	}
	at, end := t.Off-s.Off, t.End-s.Off
	if at < 0 || end > len(s.Text) || at >= end {
		return kind, false, false
	}
	prev, _ := utf8.DecodeLastRuneInString(s.Text[:at])
	next, _ := utf8.DecodeRuneInString(s.Text[end:])
	if at > 0 && unicode.IsDigit(prev) {
		return noQuote, false, false
	}
	before := at == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-", prev)
	after := end == len(s.Text) || unicode.IsSpace(next) || unicode.IsPunct(next)
	switch {
	case before && !after:
		return kind, true, true
	case after && !before:
		return kind, false, true
	}
	return kind, false, false
}

// quoteMaskFrom marks the tokens of s inside quotation marks, given the
// quote open where s starts (carried over from the sentence before); a
// first mark that closes a quote says one is. Marks of the other kind
// inside a quote are a quote within it and change nothing. It also returns
// the quote open where s ends.
func quoteMaskFrom(s *nlp.Sentence, open quoteKind) ([]bool, quoteKind) {
	mask := make([]bool, len(s.Tokens))
	in := open
	for i := range s.Tokens {
		if kind, opening, known := quoteMark(s, i); kind != noQuote {
			if known && !opening {
				in = kind
			} else if known {
				in = noQuote
			}
			break
		}
	}
	for i := range s.Tokens {
		kind, opening, known := quoteMark(s, i)
		switch {
		case kind == noQuote:
			mask[i] = in != noQuote
		case in == noQuote:
			if opening || !known {
				in = kind
			}
		case in == kind:
			if !opening || !known {
				in = noQuote
			}
		}
	}
	return mask, in
}

// isCopula reports whether a relation is a bare "be".
func isCopula(lemma, rel string) bool {
	if lemma == "" {
		lemma = strings.ToLower(rel)
	}
	switch lemma {
	case "be", "is", "are", "was", "were":
		return true
	}
	return false
}

// mergeFact folds f into old, a fact of the same key read before. A fact
// passes the gate where any reading of it does: read again where it passes,
// it becomes a graph fact with the sources that assert it; a reading kept
// out of the graph adds no source to a graph fact.
func mergeFact(old *extract.Fact, f extract.Fact) {
	switch {
	case old.Gate != "" && f.Gate == "":
		*old = f
	case old.Gate == "" && f.Gate != "":
	default:
		old.Sources = mergeSources(old.Sources, f.Sources)
		if f.Confidence > old.Confidence {
			old.Confidence = f.Confidence
		}
	}
}

// sourcePlace is where a source was read: its document and offset.
type sourcePlace struct {
	doc string
	off int
}

// mergeFactInto is mergeFact for fact j of a batch, with places holding
// the places of the sources of the batch's facts that have many: a fact
// the batch reads hundreds of times ("X said") is merged one reading at a
// time, and mergeSources would build the set of its places again each
// time. It merges exactly as mergeFact does.
func mergeFactInto(old *extract.Fact, f extract.Fact, places map[int]map[sourcePlace]bool, j int) {
	switch {
	case old.Gate != "" && f.Gate == "":
		*old = f
		delete(places, j)
	case old.Gate == "" && f.Gate != "":
	default:
		seen, ok := places[j]
		if !ok && len(old.Sources)+len(f.Sources) > 32 {
			seen = make(map[sourcePlace]bool, 2*(len(old.Sources)+len(f.Sources)))
			for _, s := range old.Sources {
				seen[sourcePlace{s.Doc, s.Offset}] = true
			}
			places[j], ok = seen, true
		}
		if ok {
			// what mergeSourcesSet does, the set kept
			for _, s := range f.Sources {
				if k := (sourcePlace{s.Doc, s.Offset}); !seen[k] {
					seen[k] = true
					old.Sources = append(old.Sources, s)
				}
			}
		} else {
			old.Sources = mergeSources(old.Sources, f.Sources)
		}
		if f.Confidence > old.Confidence {
			old.Confidence = f.Confidence
		}
	}
}

// mergeSources appends to a the sources of b whose document and offset
// neither a nor an earlier source of b has. A batch merges one reading (one
// source) at a time into a fact's few sources, so a linear scan does
// without the set (and its keys) the general case would build.
func mergeSources(a, b []extract.Source) []extract.Source {
	if len(a)+len(b) > 32 {
		return mergeSourcesSet(a, b)
	}
	for _, s := range b {
		if !slices.ContainsFunc(a, func(x extract.Source) bool { return x.Doc == s.Doc && x.Offset == s.Offset }) {
			a = append(a, s)
		}
	}
	return a
}

// mergeSourcesSet is mergeSources for long lists, through a set of the
// sources' places.
func mergeSourcesSet(a, b []extract.Source) []extract.Source {
	type place struct {
		doc string
		off int
	}
	seen := make(map[place]bool, len(a)+len(b))
	for _, s := range a {
		seen[place{s.Doc, s.Offset}] = true
	}
	for _, s := range b {
		k := place{s.Doc, s.Offset}
		if !seen[k] {
			seen[k] = true
			a = append(a, s)
		}
	}
	return a
}

// sourceOffset returns the byte offset of a sentence in its document's
// text, -1 for the title.
func sourceOffset(s *nlp.Sentence) int {
	if s.Index == TitleIndex {
		return extract.TitleOffset
	}
	return s.Off
}

func round3(x float64) float64 {
	return float64(int(x*1000+0.5)) / 1000
}

// pronounNamed writes the person a personal pronoun that opens an object
// stands for in its place ("ordered him to repay ..." → "ordered Gerald
// Thornquist to repay ...", "said he had approved ..." → "said Gerald
// Thornquist had approved ..."), so that the fact reads on its own; text
// is the object as written, tok its first token. A pronoun that stands
// for the fact's subject ("she said she would ...") keeps its word, as
// does one bound to no person.
func pronounNamed(s *nlp.Sentence, tok int, text string, at entityAt, subjectID string) string {
	if tok < 0 || tok >= len(s.Tokens) || s.Tokens[tok].XPOS != "PRP" {
		return text
	}
	w := s.Tokens[tok].Text
	switch strings.ToLower(w) {
	case "he", "she", "him", "her":
	default:
		return text
	}
	if !strings.HasPrefix(text, w) || len(text) > len(w) && text[len(w)] != ' ' {
		return text
	}
	id, name, ok := at(tok)
	if !ok || name == "" || id == subjectID || !strings.HasPrefix(id, "e:person:") {
		return text
	}
	return name + text[len(w):]
}

// headlineRelation writes a title-case headline's relation and object as
// a sentence would: the relation's words that are no names in lower case
// ("Hosts" → "hosts", "Sign" → "sign"), and the capitalised words after
// its last preposition given back to the object, whose name they open
// ("Cairo and Jerusalem React to Camp David Accords" read as "React to
// Camp | David Accords" or "React to Camp | Camp David Accords" → "react
// to | Camp David Accords").
func headlineRelation(s *nlp.Sentence, ex *oie.Extraction, rel, object string) (string, string) {
	words := strings.Fields(rel)
	prep := -1 // the last word in lower case: a title-case headline's preposition
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			prep = i
		}
	}
	if prep >= 0 && prep+1 < len(words) {
		tail := words[prep+1:]
		name := true
		for _, w := range tail {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				name = false
			}
		}
		if name {
			t := strings.Join(tail, " ")
			if !strings.HasPrefix(object, t+" ") {
				object = t + " " + object
			}
			words = words[:prep+1]
		}
	}
	for _, k := range ex.Rel {
		if k < 0 || k >= len(s.Tokens) || s.Tokens[k].UPOS == "PROPN" {
			continue
		}
		w := s.Tokens[k].Text
		for i, rw := range words {
			if rw == w && w != strings.ToLower(w) {
				words[i] = strings.ToLower(w)
			}
		}
	}
	return strings.Join(words, " "), object
}

// innerPronounsNamed writes the entity a personal pronoun inside an
// object (not its first word, which [pronounNamed] reads) is bound to in
// its place: "said the evidence showed he had approved the payments" →
// "showed Gerald Thornquist had approved", "its sponsorship deal with
// her" → "with Elin Starke". r is the object's range and text its words.
// Only "he", "she", "him" and "her" bound to a person are written over:
// a pronoun bound to the fact's subject stays ("said he would appeal" is
// clear as it is), and "it" and "them" inside a clause, read on news the
// project was not tuned for, were bound to the wrong thing as often as
// not ("could sell it" for the unit, not the company). Possessives are
// left to [ownerNamed].
func innerPronounsNamed(s *nlp.Sentence, r oie.Range, text string, at entityAt, subjectID string) string {
	toks := s.Tokens
	if !r.IsValid() || r.End > len(toks) {
		return text
	}
	seen := map[string]int{} // occurrences of each word so far in the range
	for k := r.Start; k < r.End; k++ {
		t := toks[k]
		lw := strings.ToLower(t.Text)
		n := seen[lw]
		seen[lw]++
		if k == r.Start {
			continue
		}
		possessive := false
		switch {
		case t.XPOS == "PRP":
		case t.XPOS == "PRP$" && (lw == "his" || lw == "her") && ownerOf(s, k):
			// "Analysis of her sample" → "of Elin Starke's sample"
			possessive = true
		case t.XPOS == "PRP$" && lw == "her":
			// "its deal with her until ...": a tagger's possessive that
			// owns nothing is the object pronoun
		default:
			continue
		}
		switch lw {
		case "he", "she", "him", "her", "his":
		default:
			continue
		}
		id, name, ok := at(k)
		if !ok || name == "" || id == subjectID || !strings.HasPrefix(id, "e:person:") {
			continue
		}
		if possessive {
			if nid, _, ok := at(k + 1); ok && nid == id {
				continue // "his client": the phrase is the client, not its owner
			}
			if namedEarlier(s, r.Start, k, id, at) {
				continue // "Vellander planned to spend time with his family": clear as it is
			}
			name = possessiveOf(name)
		}
		if i := nthWord(text, t.Text, n); i >= 0 {
			text = text[:i] + name + text[i+len(t.Text):]
		}
	}
	return text
}

// ownerOf reports a possessive pronoun k that owns a noun after it ("her
// sample"), not one a tagger read as possessive before a preposition or
// the end of its phrase ("with her until ...").
func ownerOf(s *nlp.Sentence, k int) bool {
	t := s.Tokens[k]
	if t.Dep != "nmod:poss" && t.Dep != "det:poss" && t.Dep != "det" {
		return false
	}
	h := t.Head
	return h > k && h < len(s.Tokens) && (s.Tokens[h].UPOS == "NOUN" || s.Tokens[h].UPOS == "PROPN")
}

// namedEarlier reports a token in [from, k) bound to entity id.
func namedEarlier(s *nlp.Sentence, from, k int, id string, at entityAt) bool {
	for j := max(from, 0); j < k && j < len(s.Tokens); j++ {
		if jid, _, ok := at(j); ok && jid == id {
			return true
		}
	}
	return false
}

// possessiveOf writes name as an owner: "Elin Starke's", "Lars Jennings'".
func possessiveOf(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// nthWord returns the byte offset of the n-th (from 0) whole-word
// occurrence of w in text, or -1.
func nthWord(text, w string, n int) int {
	for i := 0; i+len(w) <= len(text); {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return -1
		}
		j += i
		if (j == 0 || !isWordByte(text[j-1])) && (j+len(w) == len(text) || !isWordByte(text[j+len(w)])) {
			if n == 0 {
				return j
			}
			n--
		}
		i = j + len(w)
	}
	return -1
}

// descriptionsNamed writes the entity a description inside an argument is
// bound to in its place ("Shares in the company" → "Shares in Ardent
// Toys", "the company's management" → "Korvane Appliances'
// management", "visited the town" → "visited Ashcombe"), so that the
// fact reads on its own; r is the argument's range and text its words.
// Only "the" and one lower-case noun are written over, and only when
// coreference bound that noun to an organisation or a place.
func descriptionsNamed(s *nlp.Sentence, r oie.Range, text string, at entityAt) string {
	toks := s.Tokens
	if !r.IsValid() || r.End > len(toks) {
		return text
	}
	for k := r.Start + 1; k < r.End; k++ {
		t, the := toks[k], toks[k-1]
		if !strings.EqualFold(the.Text, "the") || t.UPOS != "NOUN" || t.Text != strings.ToLower(t.Text) {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].UPOS == "NOUN" || toks[k+1].UPOS == "PROPN" || strings.EqualFold(toks[k+1].Text, "of")) {
			continue // "the company chairman": a modifier, not the company; "the town of Castelar" names itself
		}
		id, name, ok := at(k)
		if !ok || name == "" || !strings.HasPrefix(id, "e:org:") && !strings.HasPrefix(id, "e:loc:") && !strings.HasPrefix(id, "e:gpe:") && !strings.HasPrefix(id, "e:misc:") {
			continue
		}
		old := the.Text + " " + t.Text
		with := name
		if k+1 < len(toks) && toks[k+1].Text == "'s" && strings.HasSuffix(name, "s") {
			old, with = old+"'s", name+"'" // "the company's" → "Korvane Appliances'"
		}
		if i := strings.Index(text, old); i >= 0 && (i+len(old) == len(text) || !isWordByte(text[i+len(old)])) {
			text = text[:i] + with + text[i+len(old):]
		}
	}
	return text
}

// isWordByte reports a letter or digit byte.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// ownerNamed writes the person "his" or "her" opening an object stands
// for in its place ("called for his resignation" → "called for Lars
// Evensen's resignation") when that person is not the fact's subject
// (subjectID): "she sold her shares" keeps its word, since there the
// pronoun only repeats the subject. Only a noun phrase the pronoun
// determines is written over, head the object's head (obj) with nothing
// but adjectives and nouns between: a clause ("said his client would
// appeal") or an object pronoun the tagger took for one ("meeting her
// outside the offices") keeps its words. "its" and "their" stay as
// written (see possessorNamed).
func ownerNamed(s *nlp.Sentence, tok, obj int, text string, at entityAt, subjectID string) string {
	toks := s.Tokens
	if tok < 0 || obj <= tok || obj >= len(toks) || toks[tok].XPOS != "PRP$" || toks[tok].Head != obj || toks[obj].UPOS != "NOUN" {
		return text
	}
	for k := tok + 1; k < obj; k++ {
		if u := toks[k].UPOS; u != "ADJ" && u != "NOUN" && u != "PROPN" && u != "NUM" {
			return text
		}
	}
	if strings.EqualFold(toks[tok].Text, "her") && prepositionLike[strings.ToLower(toks[tok+1].Text)] {
		return text // "meeting her outside city offices": her, no owner
	}
	switch strings.ToLower(s.Tokens[tok].Text) {
	case "his", "her":
	default:
		return text
	}
	id, _, ok := at(tok)
	if !ok || id == subjectID || !strings.HasPrefix(id, "e:person:") {
		return text
	}
	return possessorNamed(s, tok, text, at)
}

// prepositionLike are words a tagger may read as adjectives that, after
// "her", show it is the object pronoun ("met her outside the court").
var prepositionLike = map[string]bool{"outside": true, "inside": true, "near": true, "opposite": true,
	"past": true, "like": true, "unlike": true, "behind": true, "above": true, "below": true, "beyond": true,
	"around": true}

// possessorNamed writes the entity a singular possessive pronoun that
// opens a subject stands for in its place ("Its shares" → "Brightlane
// Home's shares"), so that the fact reads on its own; text is the subject
// as written, tok its first token. Objects keep theirs: "its" there is
// mostly the subject's own ("raised its rate"), and a wrong binding
// would make a falsehood of a true fact; "their" is left as written too.
func possessorNamed(s *nlp.Sentence, tok int, text string, at entityAt) string {
	if tok < 0 || tok >= len(s.Tokens) || s.Tokens[tok].XPOS != "PRP$" {
		return text
	}
	w := s.Tokens[tok].Text
	switch strings.ToLower(w) {
	case "its", "his", "her":
	default:
		return text
	}
	if len(text) <= len(w) || !strings.EqualFold(text[:len(w)], w) || text[len(w)] != ' ' {
		return text
	}
	_, name, ok := at(tok)
	if !ok || name == "" {
		return text
	}
	if strings.HasSuffix(name, "s") {
		return name + "'" + text[len(w):]
	}
	return name + "'s" + text[len(w):]
}
