package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
)

// openExisting opens the store --db names for reading and fails if a bolt
// file does not exist, so a typo in --db does not silently create an empty
// graph. A bolt file is opened read-only, under a shared lock: any number
// of read commands run on it at once.
func openExisting(ctx context.Context, path string) (*graph.Store, error) {
	if isPostgres(path) {
		return openStore(ctx, path)
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no graph at %s (run storygraph build first, or pass --db): %w", path, err)
	}
	return graph.OpenReadOnly(ctx, path)
}

// openStore opens (creating it when absent) the store --db names: a
// PostgreSQL database for a postgres:// or postgresql:// URL, else a bolt
// file.
func openStore(ctx context.Context, db string) (*graph.Store, error) {
	if isPostgres(db) {
		return graph.OpenPostgres(ctx, db)
	}
	return graph.Open(ctx, db)
}

// isPostgres reports whether --db names a PostgreSQL database.
func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

type listOptions struct {
	JSON    bool
	About   string
	Explain string // entities: the name or alias of the entity to explain
	All     bool   // facts: also the raw extractions kept out of the graph
	Wide    bool   // text: do not cut lines to 100 columns
	Limit   int    // facts: at most this many, the best supported
}

func newEntitiesCmd(g *globalOptions) *cobra.Command {
	var opts listOptions
	cmd := &cobra.Command{
		Use:   "entities [--explain NAME]",
		Short: "List the resolved entities with their aliases, mentions and documents",
		Long: `entities lists the resolved entities. --explain NAME prints, for the entity
with that name or alias, why each alias joined it: the kind of evidence
(same-name, title, legal-form, abbreviation, surname, demonym, known, ...),
its score and the document where it was seen.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEntities(cmd.Context(), g.DB, opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, `print {"entities":[...]} as JSON`)
	cmd.Flags().StringVar(&opts.Explain, "explain", "", "explain why each alias of the entity with this name or alias joined it")
	cmd.Flags().BoolVar(&opts.Wide, "wide", false, "do not cut lines to 100 columns")
	return cmd
}

func runEntities(ctx context.Context, db string, opts listOptions, w io.Writer) error {
	store, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	ents, err := store.Entities(ctx)
	if err != nil {
		return err
	}
	if ents == nil {
		ents = []extract.Entity{}
	}
	if opts.Explain != "" {
		if _, err := store.Resolve(ctx, opts.Explain); errors.Is(err, graph.ErrNotFound) {
			return err // with the closest names
		}
		return explainEntity(ents, opts, w)
	}
	for i := range ents {
		ents[i].Evidence = nil // --explain shows it
	}
	if opts.JSON {
		return writeJSON(w, struct {
			Entities []extract.Entity `json:"entities"`
		}{ents})
	}
	t := newTable(opts.Wide, "NAME", "TYPE", "MENTIONS", "DOCS", "ALIASES")
	for _, e := range ents {
		t.add(e.Name, e.Type, strconv.Itoa(e.Mentions), strconv.Itoa(len(e.Docs)), strings.Join(e.Aliases, "; "))
	}
	return t.write(w)
}

// explainEntity prints why each alias of the entities named or aliased
// opts.Explain (case ignored) joined them.
func explainEntity(ents []extract.Entity, opts listOptions, w io.Writer) error {
	var found []extract.Entity
	for _, e := range ents {
		if strings.EqualFold(e.Name, opts.Explain) || slices.ContainsFunc(e.Aliases, func(a string) bool {
			return strings.EqualFold(a, opts.Explain)
		}) {
			found = append(found, e)
		}
	}
	if len(found) == 0 {
		return fmt.Errorf("no entity named %q (storygraph entities lists them)", opts.Explain)
	}
	if opts.JSON {
		return writeJSON(w, struct {
			Entities []extract.Entity `json:"entities"`
		}{found})
	}
	for i, e := range found {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s (%s, %s): %d mentions in %d documents\n", e.Name, e.Type, e.ID, e.Mentions, len(e.Docs))
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ALIAS\tEVIDENCE\tSCORE\tMATCHED\tDOC")
		explained := map[string]bool{}
		for _, ev := range e.Evidence {
			explained[ev.Alias] = true
			fmt.Fprintf(tw, "%s\t%s\t%.2f\t%s\t%s\n", ev.Alias, ev.Kind, ev.Score, ev.With, ev.Doc)
		}
		for _, a := range e.Aliases {
			if !explained[a] {
				fmt.Fprintf(tw, "%s\t-\t\t\t\n", a) // stored before evidence was kept
			}
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

func newFactsCmd(g *globalOptions) *cobra.Command {
	var opts listOptions
	cmd := &cobra.Command{
		Use:   "facts [--about NAME] [--all] [--limit N]",
		Short: "List facts with their sources",
		Long: `facts lists the graph's facts with their sources: the sentence each was read
from and, in JSON, the byte spans of its subject, relation words and object in
the article's text. With --all it also lists the raw extractions kept out of
the graph (maps, paths, timelines and reports), each with the reason in "gate".
With --limit N it lists only the N facts with the most sources: on an entity
with thousands of facts (--about) only those N are read.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runFacts(cmd.Context(), g.DB, opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, `print {"facts":[...]} as JSON`)
	cmd.Flags().StringVar(&opts.About, "about", "", "only facts whose subject or object is this entity (name or alias)")
	cmd.Flags().BoolVar(&opts.All, "all", false, "also list raw extractions kept out of the graph")
	cmd.Flags().BoolVar(&opts.Wide, "wide", false, "do not cut lines to 100 columns")
	cmd.Flags().IntVar(&opts.Limit, "limit", 0, "at most this many facts, those with the most sources (0: all)")
	return cmd
}

func runFacts(ctx context.Context, db string, opts listOptions, w io.Writer) error {
	if opts.About != "" {
		defer lessGCAt(queryGC)()
	}
	store, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	about := opts.About
	if about != "" {
		// A name denotes one entity; a name that denotes none may still
		// be the text of an argument ("the treaty").
		id, _, err := store.ResolveName(ctx, about)
		switch {
		case err == nil:
			about = id
		case errors.Is(err, graph.ErrAmbiguous):
			return err
		}
		if err != nil {
			facts, ferr := store.Facts(ctx, graph.FactFilter{About: about, All: opts.All})
			if ferr != nil {
				return ferr
			}
			if len(facts) == 0 {
				return err
			}
		}
	}
	if opts.Limit < 0 {
		return fmt.Errorf("--limit %d: want 0 (all) or more", opts.Limit)
	}
	facts, err := store.Facts(ctx, graph.FactFilter{About: about, All: opts.All, Limit: opts.Limit})
	if err != nil {
		return err
	}
	ev, err := store.Evidence(ctx, facts)
	if err != nil {
		return err
	}
	if opts.JSON {
		return writeJSON(w, struct {
			Facts []graph.Fact `json:"facts"`
		}{ev})
	}
	header := []string{"SUBJECT", "RELATION", "OBJECT", "DATE", "CONF", "DOCS", "SOURCES"}
	if opts.All {
		header = append(header, "GATE")
	}
	t := newTable(opts.Wide, header...)
	for _, f := range ev {
		rel := shownRelation(f.Relation, f.Modality, f.Negated)
		var docs []string
		for _, s := range f.Sources {
			docs = append(docs, s.Doc)
		}
		row := []string{f.Subject, rel, f.Object, f.Date, fmt.Sprintf("%.2f", f.Confidence),
			strconv.Itoa(f.Corroboration), strings.Join(slices.Compact(docs), ",")}
		if opts.All {
			row = append(row, f.Gate)
		}
		t.add(row...)
	}
	return t.write(w)
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so a failed write never leaves half a file.
func writeFileAtomic(path string, data []byte) error {
	// A device, a pipe or a socket ("-o /dev/null", "-o /dev/stdout") is
	// written to, never replaced: renaming over it would put a regular file
	// where the device was.
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	f, err := os.CreateTemp(dirOf(path), ".storygraph-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	finish := trackTemp(tmp)
	// Every failure, the rename's included ("-o" naming a directory),
	// removes the temporary file.
	fail := func(err error) error {
		f.Close()
		finish(func() error { return os.Remove(tmp) })
		return err
	}
	if _, err := f.Write(data); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return fail(err)
	}
	if err := finish(func() error { return os.Rename(tmp, path) }); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

func dirOf(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[:i+1]
	}
	return "."
}

// shownRelation is a relation as a reader sees it in a table: the
// relation text already holds its auxiliaries and negation ("could not
// have resolved"), so the modality and "NOT" are added only when the text
// does not show them ("(alleged) hid", "NOT announced" from "announced no
// new products").
func shownRelation(rel, modality string, negated bool) string {
	low := " " + strings.ToLower(rel) + " "
	if negated && !strings.Contains(low, " not ") && !strings.Contains(low, "n't ") && !strings.Contains(low, " never ") {
		rel = "NOT " + rel
	}
	if modality != "" && !strings.Contains(low, " "+strings.ToLower(modality)+" ") {
		rel = "(" + modality + ") " + rel
	}
	return rel
}
