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
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/graph"
)

func main() {
	os.Exit(run())
}

// run is main without os.Exit, so deferred calls run.
func run() int {
	ctx, stop := withSignals(context.Background())
	defer stop()
	defer startProfile(os.Stderr)()
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
		fmt.Fprintln(w, "storygraph:", onePrefix(err.Error()))
		var ue *usageError
		if errors.As(err, &ue) && ue.line != "" {
			fmt.Fprintf(w, "usage: %s\nRun '%s --help' for more.\n", ue.line, ue.path)
		}
		return 2
	case isCobraUsage(err):
		fmt.Fprintln(w, "storygraph:", err)
		fmt.Fprintln(w, "Run 'storygraph --help' for the commands.")
		return 2
	default:
		fmt.Fprintln(w, "storygraph:", onePrefix(err.Error()))
		return 1
	}
}

var errUsage = errors.New("usage")

// usageError is a command line the command cannot run: a wrong number of
// arguments, a bad flag value. It wraps errUsage and knows the command's
// usage line.
type usageError struct {
	line, path string
	err        error
}

func (e *usageError) Error() string   { return e.err.Error() }
func (e *usageError) Unwrap() []error { return []error{e.err, errUsage} }

// usageErrorf returns a usage error of cmd.
func usageErrorf(cmd *cobra.Command, format string, args ...any) error {
	return &usageError{line: cmd.UseLine(), path: cmd.CommandPath(), err: fmt.Errorf(format, args...)}
}

// exactArgs is cobra.ExactArgs returning a usage error.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(cmd, args); err != nil {
			return usageErrorf(cmd, "%s: %v", cmd.Name(), err)
		}
		return nil
	}
}

// usageArgs wraps the argument checks of cmd and its subcommands so that
// they return usage errors, and makes flag errors usage errors.
func usageArgs(cmd *cobra.Command) {
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageErrorf(c, "%s: %v", c.Name(), err)
	})
	if check := cmd.Args; check != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			if err := check(c, args); err != nil {
				var ue *usageError
				if errors.As(err, &ue) {
					return err
				}
				return usageErrorf(c, "%s: %v", c.Name(), err)
			}
			return nil
		}
	}
	if run := cmd.RunE; run != nil {
		cmd.RunE = func(c *cobra.Command, args []string) error {
			err := run(c, args)
			var ue *usageError
			if errors.Is(err, errUsage) && !errors.As(err, &ue) {
				msg := strings.TrimPrefix(err.Error(), errUsage.Error()+": ")
				return &usageError{line: c.UseLine(), path: c.CommandPath(), err: fmt.Errorf("%s: %s", c.Name(), msg)}
			}
			return err
		}
	}
	for _, sub := range cmd.Commands() {
		usageArgs(sub)
	}
}

// isCobraUsage reports whether err is cobra's own complaint about the
// command line (an unknown command), which no Args check sees.
func isCobraUsage(err error) bool {
	return strings.HasPrefix(err.Error(), "unknown command ")
}

// packagePrefixes are the prefixes this module's packages put on errors.
var packagePrefixes = []string{"graph: ", "extract: ", "render: ", "ingest: ", "pipeline: ", "timeline: ", "analyze: "}

// onePrefix removes package prefixes repeated inside a message ("graph:
// open x: graph: database is locked" reads "graph: open x: database is
// locked"): each layer wraps the one below with its own prefix, and a
// sentinel carries its package's too.
func onePrefix(msg string) string {
	for _, p := range packagePrefixes {
		first := strings.Index(msg, p)
		if first < 0 {
			continue
		}
		head, tail := msg[:first+len(p)], msg[first+len(p):]
		msg = head + strings.ReplaceAll(tail, ": "+p, ": ")
	}
	return msg
}

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
		Version:       versionString(),
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().StringVar(&g.DB, "db", "storygraph.db", "graph database: a bolt file, or postgres://user@host/db for PostgreSQL")
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
		newRankCmd(&g),
		newCommunitiesCmd(&g),
		newExportCmd(&g),
		newDemoCmd(&g),
		newEvalCmd(),
		newBenchCmd(),
	)
	usageArgs(root)
	return root
}

// versionString says which storygraph this is: the module version and VCS
// revision the binary was built from, the schema it writes and its models.
func versionString() string {
	v, rev, dirty := "(devel)", "", false
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		v += " " + rev
		if dirty {
			v += "+dirty"
		}
	}
	return fmt.Sprintf("storygraph %s (graph schema %d, models %s)", v, graph.SchemaVersion, en.Version)
}
