package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/ingest"
	"github.com/storygraph/storygraph/extract/pipeline"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/build"
)

// loadAnnotator loads the embedded English models once per process.
var loadAnnotator = build.Annotator

// newPipeline returns the extraction pipeline over the embedded models.
func newPipeline() (*pipeline.Extractor, error) {
	return build.NewExtractor(pipeline.Options{})
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
	Date      string
	Workers   int
	BatchSize int
	Quiet     bool
	KeepGoing bool
	// failed is told of each document the extraction failed on, with
	// --keep-going (nil otherwise: such a document stops the build)
	failed func(*pipeline.DocumentError)
}

func newBuildCmd(g *globalOptions) *cobra.Command {
	var opts buildOptions
	cmd := &cobra.Command{
		Use:   "build [--workers N] [--quiet] [--keep-going] PATH... | -",
		Short: "Read articles, extract facts and entities, and add them to the graph",
		Long: `build reads articles (files, directories recursively, or - for stdin), extracts
facts, entities and dates, and adds them to the graph database. Articles
already in the graph (same id and text) are skipped, so building twice adds
nothing.

Articles are extracted and written in batches (--batch, default 256): each
batch is annotated on --workers goroutines (default: all cores), its
entities resolved against those the graph already holds and those of
earlier batches, and written in one transaction. The result does not
depend on --workers. A build that is stopped leaves the graph at a batch
boundary, never with part of an article; running the same command again
skips the articles already stored and finishes the build.

An article with nothing left after cleaning (a page that is only links or
share buttons) is skipped with a warning naming it. A bad input (empty,
binary, not UTF-8, malformed) stops the build before anything is written,
unless --keep-going: then each bad document is skipped and listed
(file:line and why), the rest is built, and the command exits with status 1.
The same holds for an article the extraction itself fails on (a bug of
storygraph's, reported with the article's id and where it arose): without
--keep-going the build stops at the batch before it, with it the article
is skipped and listed.

On a terminal, builds that take more than two seconds show their progress
on stderr (--quiet turns it off); a summary line is always printed.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			date, err := parseDate(opts.Date)
			if err != nil {
				return err
			}
			if opts.Workers < 0 || opts.BatchSize < 0 {
				return fmt.Errorf("%w: --workers and --batch must not be negative", errUsage)
			}
			stderr := cmd.ErrOrStderr()
			var bad []*ingest.Error
			in := ingest.Options{Date: date, Stdin: cmd.InOrStdin(),
				Skipped: func(e *ingest.Error) { warnSkipped(stderr, e) }}
			if opts.KeepGoing {
				in.Bad = func(e *ingest.Error) {
					bad = append(bad, e)
					fmt.Fprintf(stderr, "storygraph: skipped %s: %s\n", location(e), cause(e))
				}
			}
			docs, err := ingest.Read(cmd.Context(), args, in)
			if err != nil {
				return err
			}
			var failed int
			if opts.KeepGoing {
				opts.failed = func(e *pipeline.DocumentError) {
					failed++
					fmt.Fprintf(stderr, "storygraph: skipped %v\n", e)
				}
			}
			if err := runBuild(cmd.Context(), g.DB, docs, opts, stderr); err != nil {
				return err
			}
			if len(bad)+failed > 0 {
				return fmt.Errorf("%d bad input(s) skipped (listed above)", len(bad)+failed)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&opts.Date, "date", "", "publication date for all inputs (YYYY-MM-DD); overrides dates found in them")
	cmd.Flags().IntVar(&opts.Workers, "workers", 0, "articles annotated at once (0: one per core)")
	cmd.Flags().IntVar(&opts.BatchSize, "batch", build.DefaultBatchSize, "articles extracted and written per transaction")
	cmd.Flags().BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress line")
	cmd.Flags().BoolVar(&opts.KeepGoing, "keep-going", false, "skip and list bad inputs instead of stopping; exit 1 if any")
	return cmd
}

// location is "FILE[:LINE]" of an ingest error.
func location(e *ingest.Error) string {
	if e.Line > 0 {
		return e.Path + ":" + strconv.Itoa(e.Line)
	}
	return e.Path
}

// cause is an ingest error's cause without the package prefix.
func cause(e *ingest.Error) string {
	if e.Err == nil {
		return "unknown error"
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(e.Err.Error(), "ingest: ", "")), " ")
}

// warnSkipped prints a one-line warning for a document that cleaning left
// empty: "storygraph: warning: FILE[:LINE]: nothing left after cleaning,
// skipped".
func warnSkipped(w io.Writer, e *ingest.Error) {
	fmt.Fprintf(w, "storygraph: warning: %s: %s, skipped\n", location(e), strings.TrimPrefix(e.Err.Error(), "ingest: "))
}

// runBuild extracts docs and adds them to the store at dbPath, with a
// progress line on log when it is a terminal, and a summary.
func runBuild(ctx context.Context, dbPath string, docs []extract.Document, opts buildOptions, log io.Writer) error {
	store, err := openStore(ctx, dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	start := time.Now()
	bo := build.Options{Workers: opts.Workers, BatchSize: opts.BatchSize, Failed: opts.failed}
	var pl *progressLine
	if !opts.Quiet && isTerminal(log) {
		pl = startProgress(log, start)
		bo.Progress = pl.update
	}
	stats, err := build.Build(ctx, store, docs, bo)
	pl.stop()
	if err != nil {
		if stats.Batches > 0 {
			fmt.Fprintf(log, "storygraph: %d documents in %d batches were written before the build stopped; run the same command again to finish it\n",
				stats.Documents, stats.Batches)
		}
		return err
	}
	fmt.Fprintf(log, "storygraph: %d documents added (%d already present), %d entities, %d facts (%d in the graph, the rest raw extractions for facts --all), %d quads written to %s in %s\n",
		stats.Documents, len(stats.SkippedDocuments), stats.Entities, stats.Facts, stats.GraphFacts, stats.Quads, dbPath,
		time.Since(start).Round(100*time.Millisecond))
	return nil
}

// buildInto adds docs to store with the default options; the demo and
// eval use it.
func buildInto(ctx context.Context, store *graph.Store, docs []extract.Document) (graph.AddStats, error) {
	st, err := build.Build(ctx, store, docs, build.Options{})
	return st.AddStats, err
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progressLine redraws "storygraph: DONE/TOTAL articles, R articles/s,
// ETA T" on a terminal twice a second, once the build has run for two
// seconds.
type progressLine struct {
	w     io.Writer
	start time.Time
	mu    sync.Mutex
	last  build.Progress
	shown bool
	done  chan struct{}
	wg    sync.WaitGroup
}

const progressDelay = 2 * time.Second

func startProgress(w io.Writer, start time.Time) *progressLine {
	p := &progressLine{w: w, start: start, done: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				return
			case <-t.C:
				p.draw()
			}
		}
	}()
	return p
}

func (p *progressLine) update(pr build.Progress) {
	p.mu.Lock()
	p.last = pr
	p.mu.Unlock()
	p.draw()
}

func (p *progressLine) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	el := time.Since(p.start)
	if el < progressDelay || p.last.Total == 0 {
		return
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", progressText(p.last, el))
	p.shown = true
}

// progressText is the progress line's text.
func progressText(pr build.Progress, el time.Duration) string {
	s := fmt.Sprintf("storygraph: %d/%d articles", pr.Done, pr.Total)
	if pr.Done > 0 && el > 0 {
		rate := float64(pr.Done) / el.Seconds()
		eta := time.Duration(float64(pr.Total-pr.Done) / rate * float64(time.Second))
		s += fmt.Sprintf(", %.1f articles/s, ETA %s", rate, eta.Round(time.Second))
	}
	return s
}

// stop ends the redraws and clears the line; a nil line does nothing.
func (p *progressLine) stop() {
	if p == nil {
		return
	}
	close(p.done)
	p.wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// readFS ingests the example corpus.
func readFS(ctx context.Context, fsys fs.FS) ([]extract.Document, error) {
	return ingest.ReadFS(ctx, fsys, ingest.Options{})
}
