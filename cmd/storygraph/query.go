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
	Lang      string
	Timeout   time.Duration
	Limit     int
	MaxMemory int // MB
}

func newQueryCmd(g *globalOptions) *cobra.Command {
	opts := queryOptions{Lang: "gizmo", Timeout: 30 * time.Second, MaxMemory: graph.DefaultQueryMemory >> 20}
	cmd := &cobra.Command{
		Use:   "query [--lang gizmo|graphql] [--limit N] [--timeout D] QUERY",
		Short: "Run a Cayley Gizmo or GraphQL query on the graph",
		Long: `query runs one of Cayley's query languages on the graph and prints its
results as JSON lines, one result per line as they come. The schema
(predicates and IRIs) is described in "go doc github.com/storygraph/storygraph/graph".
A query that runs longer than --timeout (30 s by default; 0 for none) is
stopped, even a Gizmo script that loops for ever; so is one that holds more
than --max-memory MB (1024 by default; 0 for no cap), such as
g.V().ToArray() on a large graph; --limit stops after N results.

Example:
  storygraph query 'g.V("<e:person:steve_witkoff>").Out().All()'`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch opts.Lang {
			case "gizmo", "graphql":
			default:
				return usageErrorf(cmd, "--lang %q: want gizmo or graphql", opts.Lang)
			}
			if opts.Timeout < 0 || opts.Limit < 0 || opts.MaxMemory < 0 {
				return usageErrorf(cmd, "--timeout, --limit and --max-memory must not be negative")
			}
			return runQuery(cmd.Context(), g.DB, args[0], opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&opts.Lang, "lang", opts.Lang, "query language: gizmo or graphql")
	cmd.Flags().DurationVar(&opts.Timeout, "timeout", opts.Timeout, "stop the query after this long (0: never)")
	cmd.Flags().IntVar(&opts.Limit, "limit", 0, "stop after this many results (0: all)")
	cmd.Flags().IntVar(&opts.MaxMemory, "max-memory", opts.MaxMemory, "stop a query holding more than this many MB (0: no cap)")
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
	qo := graph.QueryOptions{Limit: opts.Limit, MaxMemory: int64(opts.MaxMemory) << 20}
	if opts.MaxMemory == 0 {
		qo.MaxMemory = -1
	}
	err = store.Query(qctx, opts.Lang, q, qo, w)
	if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
		return fmt.Errorf("query stopped after %s (--timeout): narrow it or add .Limit(n): %w", opts.Timeout, err)
	}
	if errors.Is(err, graph.ErrQueryMemory) {
		return fmt.Errorf("%w (--max-memory %d): narrow it, add .Limit(n), or print with .All() instead of "+
			"collecting with .ToArray()", err, opts.MaxMemory)
	}
	return err
}
