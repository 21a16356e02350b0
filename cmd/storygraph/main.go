// Command storygraph turns a pile of news articles about one story into a
// knowledge graph and a timeline: facts with provenance, entities resolved
// across articles, a Cayley graph, SVG maps and an HTML report.
//
// Run "storygraph --help" for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	os.Exit(run())
}

// run is main without os.Exit, so deferred calls run.
func run() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRootCmd(os.Stdin, os.Stdout, os.Stderr)
	err := root.ExecuteContext(ctx)
	return exitCode(err, os.Stderr)
}

// exitCode reports err on w and maps it to the process exit code.
func exitCode(err error, w io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(w, "storygraph: interrupted")
		return 130
	case errors.Is(err, errUsage):
		fmt.Fprintln(w, "storygraph:", err)
		return 2
	default:
		fmt.Fprintln(w, "storygraph:", err)
		return 1
	}
}

var errUsage = errors.New("usage")

// globalOptions are the flags every command shares.
type globalOptions struct {
	DB string
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var g globalOptions
	root := &cobra.Command{
		Use:   "storygraph",
		Short: "Turn news articles about one story into a knowledge graph, a timeline and a report",
		Long: `storygraph reads articles (plain text, Markdown, HTML, JSON Lines), extracts
subject–relation–object facts with their sources, resolves entities across
articles, normalises dates, stores everything in a Cayley graph and draws maps,
timelines and reports.

Typical use:
  storygraph build articles/ --date 2026-01-06
  storygraph facts --about Zelensky
  storygraph report -o report.html`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().StringVar(&g.DB, "db", "storygraph.db", "graph database file (Cayley bolt)")
	root.AddCommand(
		newBuildCmd(&g),
		newExtractCmd(),
		newEntitiesCmd(&g),
		newFactsCmd(&g),
		newTimelineCmd(&g),
		newRenderCmd(&g),
		newReportCmd(&g),
		newQueryCmd(&g),
		newNeighboursCmd(&g),
		newPathCmd(&g),
		newDemoCmd(),
		newEvalCmd(),
	)
	return root
}
