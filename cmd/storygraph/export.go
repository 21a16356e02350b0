package main

import (
	"bytes"
	"context"
	"io"

	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/export"
)

type exportOptions struct {
	Format string
	Output string
	All    bool
}

func newExportCmd(g *globalOptions) *cobra.Command {
	opts := exportOptions{Format: "nquads"}
	cmd := &cobra.Command{
		Use:   "export --format nquads|jsonl|graphml|dot [-o FILE]",
		Short: "Write the graph as N-Quads, JSON Lines, GraphML or DOT",
		Long: `export writes the graph for other tools:

  nquads   every quad of the store, sorted (loads into Cayley's own tools unchanged)
  jsonl    one graph fact per line, with its sources (--all: raw extractions too)
  graphml  the entity graph for Gephi, yEd, Cytoscape or NetworkX
  dot      the entity graph for Graphviz

The entity graph has one node per entity and one edge per ordered pair of
entities joined by graph facts, weighted by the number of facts. Output goes
to stdout unless -o names a file (written whole or not at all; "-o -" is stdout).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch opts.Format {
			case "nquads", "jsonl", "graphml", "dot":
			default:
				return usageErrorf(cmd, "--format %q: want nquads, jsonl, graphml or dot", opts.Format)
			}
			return runExport(cmd.Context(), g.DB, opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", opts.Format, "nquads, jsonl, graphml or dot")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to FILE instead of stdout")
	cmd.Flags().BoolVar(&opts.All, "all", false, "jsonl: also the raw extractions kept out of the graph")
	return cmd
}

func runExport(ctx context.Context, db string, opts exportOptions, stdout io.Writer) error {
	store, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	var buf bytes.Buffer
	w := stdout
	if opts.Output != "" && opts.Output != "-" {
		w = &buf
	}
	switch opts.Format {
	case "nquads":
		err = store.WriteNQuads(ctx, w)
	case "jsonl":
		var facts []graph.Fact
		fs, ferr := store.Facts(ctx, graph.FactFilter{All: opts.All})
		if ferr != nil {
			return ferr
		}
		if facts, err = store.Evidence(ctx, fs); err == nil {
			err = export.JSONL(w, facts)
		}
	case "graphml", "dot":
		snap, serr := store.Snapshot(ctx)
		if serr != nil {
			return serr
		}
		if opts.Format == "graphml" {
			err = export.GraphML(w, snap)
		} else {
			err = export.DOT(w, snap)
		}
	}
	if err != nil || opts.Output == "" || opts.Output == "-" {
		return err
	}
	return writeFileAtomic(opts.Output, buf.Bytes())
}
