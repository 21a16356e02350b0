package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/examples"
)

func newDemoCmd(g *globalOptions) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "demo -o DIR",
		Short: "Build the bundled example corpus and write report.html, map.svg and timeline.svg into DIR",
		Long: `demo builds a graph from the example articles embedded in the binary (the 1978
Camp David summit and the 1979 Egypt–Israel treaty, written for this project),
stores it in DIR/storygraph.db (or in the graph --db names, when given) and
writes DIR/report.html, DIR/report.md, DIR/map.svg and DIR/timeline.svg. An
existing graph is reused: articles already in it are not read again, and the
report covers everything the graph holds.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			db := ""
			if f := cmd.Flag("db"); f != nil && f.Changed {
				db = g.DB
			}
			return runDemo(cmd.Context(), out, db, cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "out", "output directory")
	return cmd
}

// runDemo builds the example corpus into db (DIR/storygraph.db when db is
// "") and writes the report files into dir.
func runDemo(ctx context.Context, dir, db string, log io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	docs, err := readFS(ctx, examples.Corpus())
	if err != nil {
		return err
	}
	dbPath := db
	if dbPath == "" {
		dbPath = filepath.Join(dir, "storygraph.db")
	}
	store, err := openStore(ctx, dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	stats, err := buildInto(ctx, store, docs)
	if err != nil {
		return err
	}
	if n := len(stats.SkippedDocuments); n > 0 {
		fmt.Fprintf(log, "storygraph: demo: reused %s: %d example documents already there, %d added\n", dbPath, n, stats.Documents)
	} else {
		fmt.Fprintf(log, "storygraph: demo: %d documents, %d entities, %d facts in %s\n", stats.Documents, stats.Entities, stats.Facts, dbPath)
	}
	const title = "Camp David, 1978–1979 (storygraph example corpus)"
	r, err := buildReport(ctx, store, title)
	if err != nil {
		return err
	}
	files := map[string][]byte{"map.svg": r.MapSVG, "timeline.svg": r.TimelineSVG}
	for _, name := range []string{"map.svg", "timeline.svg"} {
		if err := writeFileAtomic(filepath.Join(dir, name), files[name]); err != nil {
			return err
		}
	}
	for _, name := range []string{"report.html", "report.md"} {
		if err := writeReportFile(filepath.Join(dir, name), r, io.Discard); err != nil {
			return err
		}
	}
	fmt.Fprintf(log, "storygraph: demo: wrote %s\n", filepath.Join(dir, "{report.html,report.md,map.svg,timeline.svg}"))
	return nil
}
