package render

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/timeline"
)

// DefaultMinConfidence is the confidence below which a report lists no
// fact unless told otherwise ([ReportOptions.MinConfidence]).
const DefaultMinConfidence = 0.3

// ReportSource is what [BuildReport] reads from a graph; *graph.Store
// satisfies it. BuildReport calls the three methods concurrently.
type ReportSource interface {
	Documents(ctx context.Context) ([]graph.DocumentInfo, error)
	Entities(ctx context.Context) ([]extract.Entity, error)
	Facts(ctx context.Context, f graph.FactFilter) ([]extract.Fact, error)
}

var _ ReportSource = (*graph.Store)(nil)

// ReportOptions controls [BuildReport].
type ReportOptions struct {
	// Title is the report's title; when empty one is taken from the corpus
	// (see [CorpusTitle]).
	Title string
	// Now is the report's clock, written as "Generated ..."; the zero time
	// writes no such line. BuildReport never reads the system clock, so the
	// same graph and options give byte-identical reports.
	Now time.Time
	// MinConfidence hides graph facts below it from the fact list and the
	// map (0 shows every graph fact; the command line's default is
	// [DefaultMinConfidence]). The timeline is built from every graph fact,
	// as the timeline command builds it.
	MinConfidence float64
	// Limits caps the report's sections; zero fields take the defaults.
	Limits ReportLimits
	// Layouter lays out the map; nil means [Graphviz].
	Layouter Layouter
}

// BuildReport reads the documents, entities and graph facts of src (never
// the raw extractions), builds the timeline and draws the map and the
// timeline, and returns the [Report] that [WriteHTML] and [WriteMarkdown]
// write. It is deterministic: the clock is opts.Now.
func BuildReport(ctx context.Context, src ReportSource, opts ReportOptions) (Report, error) {
	var r Report
	docs, ents, facts, err := readGraph(ctx, src)
	if err != nil {
		return r, err
	}
	// The timeline is built while the map is drawn and the corpus
	// analysed, which need nothing from it.
	var tl timeline.Timeline
	tlDone := make(chan struct{})
	go func() {
		defer close(tlDone)
		tl = timeline.Build(facts, timeline.Options{})
	}()
	defer func() { <-tlDone }() // an early return leaves no goroutine behind
	shown := facts
	if opts.MinConfidence > 0 {
		shown = make([]extract.Fact, 0, len(facts))
		for _, f := range facts {
			if f.Confidence >= opts.MinConfidence {
				shown = append(shown, f)
			}
		}
	}
	l := opts.Layouter
	if l == nil {
		l = Graphviz()
	}
	var mapNote string
	mapSVG, err := Map(ctx, l, ents, shown, MapOptions{Docs: DocInfos(docs)}, "svg")
	if err != nil {
		// A layout that runs out of time leaves the map out of the
		// report, which says so; the rest is still worth having.
		if ctx.Err() != nil || !errors.Is(err, context.DeadlineExceeded) {
			return r, err
		}
		mapSVG, mapNote = nil, "The map could not be laid out in time ("+err.Error()+"); storygraph render --focus NAME draws part of it."
	}
	infos := DocInfos(docs)
	an := analyse(Report{Documents: infos, Entities: ents, Facts: facts, MinConfidence: opts.MinConfidence})
	<-tlDone
	tlSVG, err := TimelineSVG(ctx, l, tl)
	if err != nil {
		return r, err
	}
	r = Report{
		Title:         opts.Title,
		Entities:      ents,
		Facts:         facts,
		Timeline:      tl,
		MapSVG:        mapSVG,
		TimelineSVG:   tlSVG,
		MinConfidence: opts.MinConfidence,
		Limits:        opts.Limits,
		MapNote:       mapNote,
	}
	if !opts.Now.IsZero() {
		r.Generated = opts.Now.UTC().Format("2 Jan 2006 15:04 MST")
	}
	r.Documents = infos
	r.analysed = an
	if r.Title == "" {
		r.Title = r.analysed.title()
	}
	return r, nil
}

// readGraph reads the documents, entities and graph facts of src at once:
// the three reads are independent.
func readGraph(ctx context.Context, src ReportSource) (docs []graph.DocumentInfo, ents []extract.Entity, facts []extract.Fact, err error) {
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() (err error) { facts, err = src.Facts(gctx, graph.FactFilter{}); return err })
	g.Go(func() (err error) { ents, err = src.Entities(gctx); return err })
	g.Go(func() (err error) { docs, err = src.Documents(gctx); return err })
	if err := g.Wait(); err != nil {
		return nil, nil, nil, err
	}
	return docs, ents, facts, nil
}

// DocInfos converts the graph's document records for a report or a map.
func DocInfos(docs []graph.DocumentInfo) []DocInfo {
	out := make([]DocInfo, 0, len(docs))
	for _, d := range docs {
		var published string
		if !d.Published.IsZero() {
			published = d.Published.UTC().Format("2006-01-02")
		}
		out = append(out, DocInfo{ID: d.ID, Title: d.Title, URL: d.URL, Source: d.Source,
			Published: published, Hash: d.Hash})
	}
	return out
}

// CorpusTitle names a report after its corpus: the headline of the most
// central article when most other articles (syndicated copies counted
// once) share words with it, otherwise the three most salient entities,
// followed in both cases by the span of publication dates ("Sep 1978 – Mar
// 1979"). It returns "" for an empty report.
func CorpusTitle(r Report) string {
	return analysisOf(r).title()
}

// title implements CorpusTitle on an analysed report.
func (a *analysis) title() string {
	span := a.dateSpan()
	name := a.centralHeadline()
	if name == "" {
		var names []string
		for _, e := range a.actors {
			if len(names) == 3 {
				break
			}
			names = append(names, clean(e.Name))
		}
		name = andList(names)
	}
	switch {
	case name == "" && span == "":
		return ""
	case name == "":
		return fmt.Sprintf("Story of %s", span)
	case span == "":
		return name
	}
	return name + ", " + span
}
