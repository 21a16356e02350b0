package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/render"
)

type renderOptions struct {
	Out       string
	Format    string
	Focus     string
	Depth     int
	Top       int
	Neighbour int
	Layout    string
	Title     string
}

func newRenderCmd(g *globalOptions) *cobra.Command {
	var opts renderOptions
	cmd := &cobra.Command{
		Use:   "render -o FILE [--format svg|png|dot] [--top N] [--focus NAME --depth N]",
		Short: "Draw the relationship map (entities and shared concepts as nodes, facts as labelled edges)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Format == "" {
				opts.Format = strings.TrimPrefix(filepath.Ext(opts.Out), ".")
				if opts.Format == "" || opts.Out == "-" {
					opts.Format = "svg"
				}
			}
			switch opts.Format {
			case "svg", "png", "dot":
			default:
				return fmt.Errorf("%w: --format %q: want svg, png or dot", errUsage, opts.Format)
			}
			if opts.Top < 0 || opts.Depth < 0 || opts.Neighbour < 0 {
				return fmt.Errorf("%w: --top, --depth and --neighbours take a number >= 0", errUsage)
			}
			return runRender(cmd.Context(), g.DB, opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVarP(&opts.Out, "output", "o", "map.svg", "output file (- for stdout)")
	cmd.Flags().StringVar(&opts.Format, "format", "", "svg, png or dot (default: from the file name)")
	cmd.Flags().StringVar(&opts.Focus, "focus", "", "draw only the neighbourhood of this entity (name or alias)")
	cmd.Flags().IntVar(&opts.Depth, "depth", 1, "with --focus: how many hops to include")
	cmd.Flags().IntVar(&opts.Top, "top", 0, fmt.Sprintf("the number of most salient entities and concepts to draw (0: %d)", render.DefaultMaxNodes))
	cmd.Flags().IntVar(&opts.Neighbour, "neighbours", 0, fmt.Sprintf("with --focus: neighbours kept per node (0: %d)", render.DefaultFocusNeighbours))
	cmd.Flags().StringVar(&opts.Layout, "layout", "", "dot, neato, fdp, sfdp or circo (default: dot up to 80 nodes, sfdp beyond)")
	cmd.Flags().StringVar(&opts.Title, "title", "", "title drawn above the map")
	return cmd
}

// renderGC is render's GOGC when the environment sets none: render holds
// a few hundred MB of facts that all stay live while it reads them, so the
// default 100 collects a score of times for nothing; 300 saves about a
// tenth of the wall time on the 1.4M-quad bench graph for 3% more peak
// memory. (Report keeps the default: there it costs 30% more memory.)
const renderGC = 300

// queryGC is the GOGC of the queries about one or two entities
// (neighbours, path, facts --about) when the environment sets none: they
// hold tens of MB at most, and the default 100 collects a dozen times
// during a query of 100-200 ms: 400 saves a tenth of their CPU time on the
// 2.16M-quad bench graph (neighbours London 153-185 -> 141-152 ms CPU).
const queryGC = 400

// lessGC raises the garbage collector's target for render unless GOGC is
// set; the returned function restores it.
func lessGC() func() { return lessGCAt(renderGC) }

// lessGCAt sets the garbage collector's target to percent unless GOGC is
// set; the returned function restores it.
func lessGCAt(percent int) func() {
	if _, ok := os.LookupEnv("GOGC"); ok {
		return func() {}
	}
	old := debug.SetGCPercent(percent)
	return func() { debug.SetGCPercent(old) }
}

func runRender(ctx context.Context, db string, opts renderOptions, stdout io.Writer) error {
	defer lessGC()()
	store, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	// The three reads are independent: the entities and documents are read
	// while the facts are.
	var (
		ents  []extract.Entity
		facts []extract.Fact
		docs  []graph.DocumentInfo
	)
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() (err error) { facts, err = store.Facts(gctx, graph.FactFilter{}); return err })
	g.Go(func() (err error) { ents, err = store.Entities(gctx); return err })
	g.Go(func() (err error) { docs, err = store.Documents(gctx); return err })
	if err := g.Wait(); err != nil {
		return err
	}
	mo := render.MapOptions{Focus: opts.Focus, Depth: opts.Depth, MaxNodes: opts.Top, Neighbours: opts.Neighbour,
		Layout: opts.Layout, Title: opts.Title, Docs: render.DocInfos(docs)}
	out, err := render.Map(ctx, render.Graphviz(), ents, facts, mo, opts.Format)
	if err != nil {
		return err
	}
	return writeOut(opts.Out, out, stdout)
}

func writeOut(path string, data []byte, stdout io.Writer) error {
	if path == "-" {
		_, err := stdout.Write(data)
		return err
	}
	return writeFileAtomic(path, data)
}

type reportOptions struct {
	Out           string
	Title         string
	MinConfidence float64
}

func newReportCmd(g *globalOptions) *cobra.Command {
	var opts reportOptions
	cmd := &cobra.Command{
		Use:   "report -o report.html|report.md [--title T] [--min-confidence X]",
		Short: "Write a self-contained HTML or Markdown report: map, timeline, entities and facts with sources",
		Long: `report writes what the graph holds as one self-contained HTML page (or
Markdown file): first what happened (the best-supported dated events with
their sources, the key actors, the map at full size), then the timeline, the
entities, the facts grouped by entity and the sources, named by title, outlet
and date. Syndicated copies are listed once. Sections are capped so that the
page stays small on a large corpus; it says what it leaves out.

The title is taken from the corpus unless --title is given. "Generated" is
the time of the run, or SOURCE_DATE_EPOCH (seconds since 1970) when set, so
that the same graph gives the same bytes.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.MinConfidence < 0 || opts.MinConfidence > 1 {
				return usageErrorf(cmd, "--min-confidence %g: want a number from 0 to 1", opts.MinConfidence)
			}
			store, err := openExisting(cmd.Context(), g.DB)
			if err != nil {
				return err
			}
			defer store.Close()
			return writeReport(cmd.Context(), store, opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVarP(&opts.Out, "output", "o", "report.html", "output file: .html or .md (- for HTML on stdout)")
	cmd.Flags().StringVar(&opts.Title, "title", "", "report title (default: taken from the corpus)")
	cmd.Flags().Float64Var(&opts.MinConfidence, "min-confidence", render.DefaultMinConfidence, "list no fact below this confidence (0 lists every graph fact)")
	return cmd
}

// writeReport builds the report of the store and writes it as HTML or
// Markdown depending on the file name.
func writeReport(ctx context.Context, store *graph.Store, opts reportOptions, stdout io.Writer) error {
	now, err := reportClock()
	if err != nil {
		return err
	}
	r, err := render.BuildReport(ctx, store, render.ReportOptions{Title: opts.Title, Now: now, MinConfidence: opts.MinConfidence})
	if err != nil {
		return err
	}
	return writeReportFile(opts.Out, r, stdout)
}

// reportClock is the time a report says it was generated: SOURCE_DATE_EPOCH
// when set (https://reproducible-builds.org/specs/source-date-epoch/),
// else now.
func reportClock() (time.Time, error) {
	if s, ok := os.LookupEnv("SOURCE_DATE_EPOCH"); ok && strings.TrimSpace(s) != "" {
		sec, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q: want seconds since 1970", s)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	return time.Now().UTC(), nil
}

// writeReportFile writes r as HTML or Markdown, chosen by the file name.
func writeReportFile(path string, r render.Report, stdout io.Writer) error {
	var buf bytes.Buffer
	var err error
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".md", ".markdown":
		err = render.WriteMarkdown(&buf, r)
	case ".html", ".htm", "":
		err = render.WriteHTML(&buf, r)
	default:
		return fmt.Errorf("%w: report %s: want a .html or .md file", errUsage, path)
	}
	if err != nil {
		return err
	}
	return writeOut(path, buf.Bytes(), stdout)
}

// buildReport builds the report of the store with the default settings and
// the given title (the demo's).
func buildReport(ctx context.Context, store *graph.Store, title string) (render.Report, error) {
	now, err := reportClock()
	if err != nil {
		return render.Report{}, err
	}
	return render.BuildReport(ctx, store, render.ReportOptions{Title: title, Now: now, MinConfidence: render.DefaultMinConfidence})
}
