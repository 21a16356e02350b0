package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/graph"
)

type queryOptions struct {
	Lang    string
	Timeout time.Duration
	Limit   int
}

func newQueryCmd(g *globalOptions) *cobra.Command {
	opts := queryOptions{Lang: "gizmo", Timeout: 30 * time.Second}
	cmd := &cobra.Command{
		Use:   "query [--lang gizmo|graphql] [--limit N] [--timeout D] QUERY",
		Short: "Run a Cayley Gizmo or GraphQL query on the graph",
		Long: `query runs one of Cayley's query languages on the graph and prints its
results as JSON lines, one result per line as they come. The schema
(predicates and IRIs) is described in "go doc github.com/storygraph/storygraph/graph".
A query that runs longer than --timeout (30 s by default; 0 for none) is
stopped, even a Gizmo script that loops for ever; --limit stops after N
results.

Example:
  storygraph query 'g.V("<e:person:steve_witkoff>").Out().All()'`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch opts.Lang {
			case "gizmo", "graphql":
			default:
				return usageErrorf(cmd, "--lang %q: want gizmo or graphql", opts.Lang)
			}
			if opts.Timeout < 0 || opts.Limit < 0 {
				return usageErrorf(cmd, "--timeout and --limit must not be negative")
			}
			return runQuery(cmd.Context(), g.DB, args[0], opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&opts.Lang, "lang", opts.Lang, "query language: gizmo or graphql")
	cmd.Flags().DurationVar(&opts.Timeout, "timeout", opts.Timeout, "stop the query after this long (0: never)")
	cmd.Flags().IntVar(&opts.Limit, "limit", 0, "stop after this many results (0: all)")
	return cmd
}

func runQuery(ctx context.Context, db, q string, opts queryOptions, w io.Writer) error {
	store, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	qctx := ctx
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		qctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	err = store.Query(qctx, opts.Lang, q, graph.QueryOptions{Limit: opts.Limit}, w)
	if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
		return fmt.Errorf("query stopped after %s (--timeout): narrow it or add .Limit(n): %w", opts.Timeout, err)
	}
	return err
}
