package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

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

func runRender(ctx context.Context, db string, opts renderOptions, stdout io.Writer) error {
	store, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	ents, err := store.Entities(ctx)
	if err != nil {
		return err
	}
	facts, err := store.Facts(ctx, graph.FactFilter{})
	if err != nil {
		return err
	}
	mo := render.MapOptions{Focus: opts.Focus, Depth: opts.Depth, MaxNodes: opts.Top, Neighbours: opts.Neighbour,
		Layout: opts.Layout, Title: opts.Title}
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
	Out   string
	Title string
}

func newReportCmd(g *globalOptions) *cobra.Command {
	var opts reportOptions
	cmd := &cobra.Command{
		Use:   "report -o report.html|report.md",
		Short: "Write a self-contained HTML or Markdown report: map, timeline, entities and facts with sources",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openExisting(cmd.Context(), g.DB)
			if err != nil {
				return err
			}
			defer store.Close()
			return writeReport(cmd.Context(), store, opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVarP(&opts.Out, "output", "o", "report.html", "output file: .html or .md (- for HTML on stdout)")
	cmd.Flags().StringVar(&opts.Title, "title", "Story report", "report title")
	return cmd
}

// writeReport gathers everything a report shows from the store and writes
// it as HTML or Markdown depending on the file name.
func writeReport(ctx context.Context, store *graph.Store, opts reportOptions, stdout io.Writer) error {
	r, err := buildReport(ctx, store, opts.Title)
	if err != nil {
		return err
	}
	return writeReportFile(opts.Out, r, stdout)
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

func buildReport(ctx context.Context, store *graph.Store, title string) (render.Report, error) {
	var r render.Report
	docs, err := store.Documents(ctx)
	if err != nil {
		return r, err
	}
	ents, err := store.Entities(ctx)
	if err != nil {
		return r, err
	}
	facts, err := store.Facts(ctx, graph.FactFilter{})
	if err != nil {
		return r, err
	}
	tl, err := loadTimeline(ctx, store)
	if err != nil {
		return r, err
	}
	l := render.Graphviz()
	mapSVG, err := render.Map(ctx, l, ents, facts, render.MapOptions{Title: title}, "svg")
	if err != nil {
		return r, err
	}
	tlSVG, err := render.TimelineSVG(ctx, l, tl)
	if err != nil {
		return r, err
	}
	r = render.Report{
		Title:       title,
		Generated:   time.Now().UTC().Format("2006-01-02 15:04 MST"),
		Entities:    ents,
		Facts:       facts,
		Timeline:    tl,
		MapSVG:      mapSVG,
		TimelineSVG: tlSVG,
	}
	for _, d := range docs {
		var published string
		if !d.Published.IsZero() {
			published = d.Published.Format("2006-01-02")
		}
		r.Documents = append(r.Documents, render.DocInfo{ID: d.ID, Title: d.Title, URL: d.URL, Source: d.Source, Published: published})
	}
	return r, nil
}
