package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/graph"
)

func newQueryCmd(g *globalOptions) *cobra.Command {
	var lang string
	cmd := &cobra.Command{
		Use:   "query [--lang gizmo|graphql] QUERY",
		Short: "Run a Cayley Gizmo or GraphQL query on the graph",
		Long: `query runs one of Cayley's query languages on the graph and prints JSON.
The schema (predicates and IRIs) is described in "go doc github.com/storygraph/storygraph/graph".

Example:
  storygraph query 'g.V("<e:person:steve_witkoff>").Out().All()'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch lang {
			case "gizmo", "graphql":
			default:
				return fmt.Errorf("%w: --lang %q: want gizmo or graphql", errUsage, lang)
			}
			store, err := openExisting(cmd.Context(), g.DB)
			if err != nil {
				return err
			}
			defer store.Close()
			return store.Query(cmd.Context(), lang, args[0], cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "gizmo", "query language: gizmo or graphql")
	return cmd
}

func newNeighboursCmd(g *globalOptions) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "neighbours NAME",
		Aliases: []string{"neighbors"},
		Short:   "List the facts linking an entity to its direct neighbours",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openExisting(cmd.Context(), g.DB)
			if err != nil {
				return err
			}
			defer store.Close()
			edges, err := store.Neighbours(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return printEdges(cmd.OutOrStdout(), edges, asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func newPathCmd(g *globalOptions) *cobra.Command {
	var asJSON bool
	var depth int
	cmd := &cobra.Command{
		Use:   "path FROM TO",
		Short: "Show the shortest chain of facts linking two entities",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openExisting(cmd.Context(), g.DB)
			if err != nil {
				return err
			}
			defer store.Close()
			edges, err := store.Path(cmd.Context(), args[0], args[1], depth)
			if err != nil {
				return err
			}
			return printEdges(cmd.OutOrStdout(), edges, asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().IntVar(&depth, "max-depth", 6, "longest path to look for")
	return cmd
}

func printEdges(w io.Writer, edges []graph.Edge, asJSON bool) error {
	if asJSON {
		if edges == nil {
			edges = []graph.Edge{}
		}
		return writeJSON(w, struct {
			Edges []graph.Edge `json:"edges"`
		}{edges})
	}
	for _, e := range edges {
		fmt.Fprintln(w, strings.Join([]string{e.From, e.Relation, e.To}, " → "))
	}
	return nil
}
