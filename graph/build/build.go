// Package build turns documents into graph content: it skips the documents
// a store already holds, extracts the others in batches and adds each batch
// to the store in one transaction, resolving entities against everything
// the store held before the batch.
//
// It sits between extract and graph in storygraph's flow (it imports both,
// nothing imports it but the command and tests) so that the command line,
// the demo, the benchmark and tests run one and the same build.
//
// # Batches
//
// A build reads its documents in batches of [Options.BatchSize] (in input
// order, after dropping the documents the store already holds). Each batch
// is annotated on [Options.Workers] goroutines, its entities resolved
// against the entity index (every entity the store held when the build
// started, plus those of earlier batches) and written with one
// [graph.Store.Add]. Extraction therefore holds one or two batches'
// annotations and the entity index, not the whole corpus's; the documents'
// text stays with the caller. (The store's write transaction is another
// matter: bbolt keeps every page a transaction touches in memory, and with
// Cayley's hashed keys a batch touches more pages as the graph grows; a
// smaller BatchSize bounds it.)
//
// The output depends on the batch size but not on the number of workers:
// annotation results are kept in input order and resolution runs once per
// batch. A build that is killed leaves the store at a batch boundary, never
// with part of a document; running the same build again skips the
// documents already stored and carries on with the same batches, so the
// result equals that of an uninterrupted build.
package build

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/pipeline"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/internal/workers"
)

// DefaultBatchSize is the number of documents per batch when
// [Options.BatchSize] is zero: large enough that a story's articles
// resolve together, small enough that a batch's annotations (about 1 MB an
// article) stay far below a gigabyte.
const DefaultBatchSize = 256

// Options configures [Build]. The zero value is ready to use.
type Options struct {
	// Workers is the number of documents annotated at once; 0 means
	// GOMAXPROCS. It does not change the output.
	Workers int
	// BatchSize is the number of documents extracted and written
	// together; 0 means [DefaultBatchSize].
	BatchSize int
	// Extractor runs the extraction; nil means the embedded English
	// models (loaded once per process) with Workers; an Extractor given
	// here annotates with its own Workers option.
	Extractor *pipeline.Extractor
	// Failed, when not nil, is told of each document the extraction failed
	// on (a fault of the extractor: see [pipeline.DocumentError]), which is
	// then not written, and the build goes on; when nil, such a document
	// stops the build at the batch before it. It applies to the default
	// Extractor only: one given here fails as its own options say.
	Failed func(*pipeline.DocumentError)
	// Progress, when not nil, is called after the skip check and after
	// each batch is written, in order, from the goroutine that called
	// Build.
	Progress func(Progress)
}

// Progress says how far a build has come.
type Progress struct {
	Done    int           // documents extracted and written so far
	Total   int           // documents to extract (those the store lacked)
	Present int           // documents skipped as already stored
	Batch   int           // batches written
	Elapsed time.Duration // since Build was called
}

// Stats says what a build did and where its time went.
type Stats struct {
	graph.AddStats
	Batches int
	Stages  Stages
}

// Stages is the wall time of each stage of a build. Extraction of one
// batch overlaps the write of the one before, so the build takes less than
// the sum.
type Stages struct {
	Check   time.Duration // finding the documents the store already holds
	Index   time.Duration // loading the stored entities into the index
	Extract time.Duration // annotation, clauses, time and entity resolution
	Write   time.Duration // adding the batches to the store
}

// Total returns the sum of the stages (more than the build's wall time
// when extraction and writes overlapped).
func (s Stages) Total() time.Duration { return s.Check + s.Index + s.Extract + s.Write }

// loadAnnotator loads the embedded English models once per process.
var loadAnnotator = sync.OnceValues(func() (*nlp.Annotator, error) {
	m, err := nlp.Load(en.FS)
	if err != nil {
		return nil, fmt.Errorf("build: load models: %w", err)
	}
	return nlp.New(m), nil
})

// Annotator returns the NLP core over the embedded English models, loaded
// once per process.
func Annotator() (*nlp.Annotator, error) { return loadAnnotator() }

// NewExtractor returns the extraction pipeline over the embedded English
// models with the given options; the models are loaded once per process.
func NewExtractor(opts pipeline.Options) (*pipeline.Extractor, error) {
	a, err := loadAnnotator()
	if err != nil {
		return nil, err
	}
	return pipeline.New(a, opts), nil
}

// Build adds docs to store: documents already stored with the same id and
// hash are skipped (listed in Stats.SkippedDocuments), the others are
// extracted and written batch by batch (see the package documentation).
// On error the batches already written stay; Stats counts them.
func Build(ctx context.Context, store *graph.Store, docs []extract.Document, opts Options) (Stats, error) {
	start := time.Now()
	var st Stats
	report := func(done, total int) {
		if opts.Progress != nil {
			opts.Progress(Progress{Done: done, Total: total, Present: len(st.SkippedDocuments),
				Batch: st.Batches, Elapsed: time.Since(start)})
		}
	}
	t := time.Now()
	present, err := workers.Map(ctx, opts.Workers, docs, func(ctx context.Context, _ int, d extract.Document) (bool, error) {
		return store.HasDocument(ctx, d.ID, hashOf(d))
	})
	if err != nil {
		return st, fmt.Errorf("build: %w", err)
	}
	fresh := make([]int, 0, len(docs))
	for i, ok := range present {
		if ok {
			st.SkippedDocuments = append(st.SkippedDocuments, docs[i].ID)
		} else {
			fresh = append(fresh, i)
		}
	}
	st.Stages.Check = time.Since(t)
	report(0, len(fresh))
	if len(fresh) == 0 {
		return st, nil
	}
	p := opts.Extractor
	if p == nil {
		if p, err = NewExtractor(pipeline.Options{Workers: opts.Workers, Failed: opts.Failed}); err != nil {
			return st, err
		}
	}
	t = time.Now()
	stored, err := store.Entities(ctx)
	if err != nil {
		return st, fmt.Errorf("build: %w", err)
	}
	idx := newIndex(stored)
	st.Stages.Index = time.Since(t)
	size := cmp.Or(opts.BatchSize, DefaultBatchSize)
	if size < 0 {
		size = DefaultBatchSize
	}
	// Extraction runs one batch ahead of the writes: batch k+1 is
	// annotated and resolved (against the index, which already holds
	// batch k's entities) while batch k is written. Writes stay in order,
	// one transaction each. The channel is unbuffered: a finished batch
	// waits for the writer before the next one is annotated, so at most
	// two batches' extraction results are held at once (the one being
	// written and the next), not three; the writes are the slower stage,
	// so extracting further ahead would not make a build faster.
	type extracted struct {
		res  *pipeline.Result
		done int
		err  error
	}
	ectx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch := make(chan extracted)
	var extractTime time.Duration
	go func() {
		defer close(ch)
		for lo := 0; lo < len(fresh); lo += size {
			batch := make([]extract.Document, 0, size)
			for _, i := range fresh[lo:min(lo+size, len(fresh))] {
				batch = append(batch, docs[i])
			}
			t := time.Now()
			res, err := p.Extract(ectx, batch, idx.list())
			if err == nil {
				idx.merge(res.Entities)
			}
			extractTime += time.Since(t)
			select {
			case ch <- extracted{res, min(lo+size, len(fresh)), err}:
			case <-ectx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	finish := func() {
		cancel()
		for range ch {
		}
		st.Stages.Extract = extractTime
	}
	hb := boundHeap(heapFloor, heapCap)
	defer hb.restore()
	written := 0
	for b := range ch {
		if b.err != nil {
			finish()
			return st, fmt.Errorf("build: %w", b.err)
		}
		if err := ctx.Err(); err != nil {
			finish()
			return st, fmt.Errorf("build: %w", err)
		}
		t := time.Now()
		as, err := store.Add(ctx, graph.Batch{Documents: b.res.Documents, Entities: b.res.Entities, Facts: b.res.Facts})
		st.Stages.Write += time.Since(t)
		if err != nil {
			finish()
			return st, err
		}
		st.Documents += as.Documents
		st.Entities += as.Entities
		st.Facts += as.Facts
		st.GraphFacts += as.GraphFacts
		st.Quads += as.Quads
		st.SkippedDocuments = append(st.SkippedDocuments, as.SkippedDocuments...)
		st.Batches++
		written = b.done
		report(b.done, len(fresh))
	}
	finish()
	if written < len(fresh) {
		// The extraction stopped early: a cancelled context closes the
		// channel without a batch carrying the error.
		if err := ctx.Err(); err != nil {
			return st, fmt.Errorf("build: %w", err)
		}
		return st, fmt.Errorf("build: extraction stopped after %d of %d documents", written, len(fresh))
	}
	return st, nil
}

func hashOf(d extract.Document) string {
	if d.Hash != "" {
		return d.Hash
	}
	return extract.HashText(d.Text)
}

// index holds the entities the store holds, as [graph.Store.Entities] would
// read them back, kept up to date batch by batch so that no batch has to
// read every entity from the store again.
type index struct {
	byID   map[string]*extract.Entity
	sorted []extract.Entity // cache of list(); nil after a merge
}

func newIndex(stored []extract.Entity) *index {
	x := &index{byID: make(map[string]*extract.Entity, len(stored))}
	for i := range stored {
		x.byID[stored[i].ID] = &stored[i]
	}
	return x
}

// list returns the entities in the store's order: most mentions first,
// then by name and id.
func (x *index) list() []extract.Entity {
	if x.sorted != nil || len(x.byID) == 0 {
		return x.sorted
	}
	out := make([]extract.Entity, 0, len(x.byID))
	for _, e := range x.byID {
		c := *e
		// Clipped, so that nothing appending to a copy's slices writes
		// into the index's arrays while a batch that shares them is
		// written.
		c.Aliases, c.Roles = slices.Clip(c.Aliases), slices.Clip(c.Roles)
		c.Docs, c.Evidence = slices.Clip(c.Docs), slices.Clip(c.Evidence)
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b extract.Entity) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	x.sorted = out
	return out
}

// merge applies a batch's entities as [graph.Store.Add] stores them: the
// stored name and type win (a missing type is filled in), aliases, roles
// and documents are united, mentions are added when the entity is linked
// to a document it was not linked to before, and evidence for aliases not
// yet explained is added.
func (x *index) merge(ents []extract.Entity) {
	x.sorted = nil
	for _, e := range ents {
		old, ok := x.byID[e.ID]
		if !ok {
			n := e
			n.Aliases = union(nil, e.Aliases)
			n.Roles = union(nil, e.Roles)
			n.Docs = union(nil, e.Docs)
			n.Evidence, _ = graph.MergeEvidence(nil, e.Evidence)
			x.byID[e.ID] = &n
			continue
		}
		if old.Type == "" {
			old.Type = e.Type
		}
		old.Aliases = union(old.Aliases, e.Aliases)
		old.Roles = union(old.Roles, e.Roles)
		n := len(old.Docs)
		old.Docs = union(old.Docs, e.Docs)
		if len(old.Docs) > n && e.Mentions > 0 {
			old.Mentions += e.Mentions
		}
		old.Evidence, _ = graph.MergeEvidence(old.Evidence, e.Evidence)
	}
}

// union appends to a the non-empty strings of b it lacks.
func union(a, b []string) []string {
	if len(b) == 0 {
		return a
	}
	have := make(map[string]bool, len(a)+len(b))
	for _, s := range a {
		have[s] = true
	}
	for _, s := range b {
		if s != "" && !have[s] {
			have[s] = true
			a = append(a, s)
		}
	}
	return a
}
