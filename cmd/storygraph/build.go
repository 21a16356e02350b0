package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/ingest"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/pipeline"
	"github.com/storygraph/storygraph/graph"
)

// loadAnnotator loads the embedded English models once per process.
var loadAnnotator = sync.OnceValues(func() (*nlp.Annotator, error) {
	m, err := nlp.Load(en.FS)
	if err != nil {
		return nil, fmt.Errorf("load models: %w", err)
	}
	return nlp.New(m), nil
})

// newPipeline returns the extraction pipeline over the embedded models.
func newPipeline() (*pipeline.Extractor, error) {
	a, err := loadAnnotator()
	if err != nil {
		return nil, err
	}
	return pipeline.New(a, pipeline.Options{}), nil
}

// parseDate parses the --date flag (YYYY-MM-DD or RFC 3339); "" is zero.
func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%w: --date %q: want YYYY-MM-DD or RFC 3339", errUsage, s)
}

type buildOptions struct {
	Date string
}

func newBuildCmd(g *globalOptions) *cobra.Command {
	var opts buildOptions
	cmd := &cobra.Command{
		Use:   "build PATH... | -",
		Short: "Read articles, extract facts and entities, and add them to the graph",
		Long: `build reads articles (files, directories recursively, or - for stdin), extracts
facts, entities and dates, and adds them to the graph database in one
transaction. Articles already in the graph (same id and text) are skipped, so
building twice adds nothing. An article with nothing left after cleaning (a
page that is only links or share buttons) is skipped with a warning naming
it. If any input is bad (empty, binary, not UTF-8, malformed), nothing is
written.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			date, err := parseDate(opts.Date)
			if err != nil {
				return err
			}
			stderr := cmd.ErrOrStderr()
			docs, err := ingest.Read(cmd.Context(), args, ingest.Options{Date: date, Stdin: cmd.InOrStdin(),
				Skipped: func(e *ingest.Error) { warnSkipped(stderr, e) }})
			if err != nil {
				return err
			}
			return runBuild(cmd.Context(), g.DB, docs, stderr)
		},
	}
	cmd.Flags().StringVar(&opts.Date, "date", "", "publication date for all inputs (YYYY-MM-DD); overrides dates found in them")
	return cmd
}

// warnSkipped prints a one-line warning for a document that cleaning left
// empty: "storygraph: warning: FILE[:LINE]: nothing left after cleaning,
// skipped".
func warnSkipped(w io.Writer, e *ingest.Error) {
	loc := e.Path
	if e.Line > 0 {
		loc += ":" + strconv.Itoa(e.Line)
	}
	fmt.Fprintf(w, "storygraph: warning: %s: %s, skipped\n", loc, strings.TrimPrefix(e.Err.Error(), "ingest: "))
}

// runBuild extracts docs and adds them to the store at dbPath.
func runBuild(ctx context.Context, dbPath string, docs []extract.Document, log io.Writer) error {
	store, err := openStore(ctx, dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	stats, err := buildInto(ctx, store, docs)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "storygraph: %d documents added (%d already present), %d entities, %d facts, %d quads written to %s\n",
		stats.Documents, len(stats.SkippedDocuments), stats.Entities, stats.Facts, stats.Quads, dbPath)
	return nil
}

// buildInto extracts the documents the store does not hold yet and adds
// them, resolving entities against those already stored.
func buildInto(ctx context.Context, store *graph.Store, docs []extract.Document) (graph.AddStats, error) {
	var fresh []extract.Document
	var skipped []string
	for _, d := range docs {
		ok, err := store.HasDocument(ctx, d.ID, d.Hash)
		if err != nil {
			return graph.AddStats{}, err
		}
		if ok {
			skipped = append(skipped, d.ID)
			continue
		}
		fresh = append(fresh, d)
	}
	if len(fresh) == 0 {
		return graph.AddStats{SkippedDocuments: skipped}, nil
	}
	p, err := newPipeline()
	if err != nil {
		return graph.AddStats{}, err
	}
	known, err := store.Entities(ctx)
	if err != nil {
		return graph.AddStats{}, err
	}
	res, err := p.Extract(ctx, fresh, known)
	if err != nil {
		return graph.AddStats{}, err
	}
	stats, err := store.Add(ctx, graph.Batch{Documents: res.Documents, Entities: res.Entities, Facts: res.Facts})
	if err != nil {
		return stats, err
	}
	stats.SkippedDocuments = append(skipped, stats.SkippedDocuments...)
	return stats, nil
}

// readFS ingests the example corpus.
func readFS(ctx context.Context, fsys fs.FS) ([]extract.Document, error) {
	return ingest.ReadFS(ctx, fsys, ingest.Options{})
}
