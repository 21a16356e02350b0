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
	"time"

	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/timeline"
	"github.com/storygraph/storygraph/render"
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
	store, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	about := opts.About
	if about != "" {
		// A name denotes one entity; a name that denotes none may still
		// be the text of an argument ("the treaty").
		ent, err := store.Resolve(ctx, about)
		switch {
		case err == nil:
			about = ent.ID
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

type timelineOptions struct {
	JSON       bool
	SVG        string
	TimelineJS string
	About      string // an entity: its own timeline
	All        bool   // --about: raw extractions too
	Wide       bool
}

func newTimelineCmd(g *globalOptions) *cobra.Command {
	var opts timelineOptions
	cmd := &cobra.Command{
		Use:   "timeline [--about NAME [--all]] [--json] [--svg FILE] [--timelinejs FILE]",
		Short: "Show dated events merged across sources",
		Long: `timeline lists the dated events of the graph merged across sources: reports
of the same event (same participants, compatible relations and dates) become
one event with the number of documents that report it.

With --about NAME it lists everything the articles say happened to or by one
entity (a name, an alias or an id; or words that only appear in arguments,
such as a product no entity stands for): the events it is the subject of and
those it undergoes, in time order, dated at the granularity the text gives.
An event no sentence dates is placed at the publication date of its first
report, and marked so ("anchor": "published" in JSON, "~" in text). --all
adds the raw extractions kept out of the graph.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.All && opts.About == "" {
				return usageErrorf(cmd, "--all needs --about")
			}
			if opts.About != "" && (opts.SVG != "" || opts.TimelineJS != "") {
				return usageErrorf(cmd, "--about prints text or JSON; --svg and --timelinejs draw the whole timeline")
			}
			return runTimeline(cmd.Context(), g.DB, opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&opts.About, "about", "", "the timeline of one entity (name, alias or id)")
	cmd.Flags().BoolVar(&opts.All, "all", false, "with --about: also the raw extractions kept out of the graph")
	cmd.Flags().BoolVar(&opts.Wide, "wide", false, "do not cut lines to 100 columns")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, `print {"events":[...]} as JSON`)
	cmd.Flags().StringVar(&opts.SVG, "svg", "", "also draw the timeline as SVG into FILE")
	cmd.Flags().StringVar(&opts.TimelineJS, "timelinejs", "", "also write TimelineJS JSON into FILE")
	return cmd
}

// loadTimeline builds the timeline from the store's facts.
func loadTimeline(ctx context.Context, store *graph.Store) (timeline.Timeline, error) {
	facts, err := store.Facts(ctx, graph.FactFilter{})
	if err != nil {
		return timeline.Timeline{}, err
	}
	opts, err := timelineOptionsOf(ctx, store)
	if err != nil {
		return timeline.Timeline{}, err
	}
	return timeline.Build(facts, opts), nil
}

// timelineOptionsOf gives the timeline what the store knows beside the
// facts: entity names and aliases (members of joint subjects), publication
// dates (undated reports of recent events) and text hashes (copies of one
// article are not independent sources).
func timelineOptionsOf(ctx context.Context, store *graph.Store) (timeline.Options, error) {
	var opts timeline.Options
	ents, err := store.Entities(ctx)
	if err != nil {
		return opts, err
	}
	opts.Names = map[string]string{}
	for _, e := range ents {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if _, ok := opts.Names[n]; !ok {
				opts.Names[n] = e.ID
			}
		}
	}
	docs, err := store.Documents(ctx)
	if err != nil {
		return opts, err
	}
	opts.Published = map[string]time.Time{}
	opts.Copies = map[string]string{}
	byHash := map[string]string{}
	for _, d := range docs { // sorted by id: the first of a hash is the original
		if !d.Published.IsZero() {
			opts.Published[d.ID] = d.Published
		}
		if d.Hash == "" {
			continue
		}
		if o, ok := byHash[d.Hash]; ok {
			opts.Copies[d.ID] = o
		} else {
			byHash[d.Hash] = d.ID
		}
	}
	return opts, nil
}

func runTimeline(ctx context.Context, db string, opts timelineOptions, w io.Writer) error {
	store, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	if opts.About != "" {
		return runAbout(ctx, store, opts, w)
	}
	tl, err := loadTimeline(ctx, store)
	if err != nil {
		return err
	}
	if opts.SVG != "" {
		svg, err := render.TimelineSVG(ctx, render.Graphviz(), tl)
		if err != nil {
			return err
		}
		if err := writeOut(opts.SVG, svg, w); err != nil {
			return err
		}
	}
	if opts.TimelineJS != "" {
		var b strings.Builder
		if err := timeline.WriteTimelineJS(&b, tl); err != nil {
			return err
		}
		if err := writeOut(opts.TimelineJS, []byte(b.String()), w); err != nil {
			return err
		}
	}
	if opts.JSON {
		return writeJSON(w, timelineJSON(tl))
	}
	if opts.SVG != "" || opts.TimelineJS != "" {
		return nil
	}
	t := newTable(opts.Wide, "DATE", "EVENT", "DOCS")
	for _, e := range tl.Events {
		t.add(e.Date, e.Subject+" "+e.Relation+" "+e.Object, strconv.Itoa(e.Corroboration))
	}
	for _, e := range tl.Undated {
		t.add("(undated)", e.Subject+" "+e.Relation+" "+e.Object, strconv.Itoa(e.Corroboration))
	}
	return t.write(w)
}

// runAbout prints the timeline of one entity.
func runAbout(ctx context.Context, store *graph.Store, opts timelineOptions, w io.Writer) error {
	subj := timeline.Subject{Names: []string{opts.About}}
	name := opts.About
	ent, rerr := store.Resolve(ctx, opts.About)
	switch {
	case rerr == nil:
		subj = timeline.Subject{ID: ent.ID, Names: append([]string{ent.Name}, ent.Aliases...)}
		name = ent.Name
	case errors.Is(rerr, graph.ErrAmbiguous):
		return rerr
	}
	facts, err := store.Facts(ctx, graph.FactFilter{All: opts.All})
	if err != nil {
		return err
	}
	topts, err := timelineOptionsOf(ctx, store)
	if err != nil {
		return err
	}
	events := timeline.About(facts, subj, timeline.AboutOptions{Options: topts, Published: topts.Published})
	if rerr != nil && len(events) == 0 {
		return rerr // no entity of that name, and no argument says it
	}
	if opts.JSON {
		out := []eventJSON{}
		for _, e := range events {
			ej := toEventJSON(e.Event)
			ej.About, ej.Anchor = name, e.Anchor
			out = append(out, ej)
		}
		return writeJSON(w, struct {
			About  string      `json:"about"`
			ID     string      `json:"id,omitempty"`
			Events []eventJSON `json:"events"`
		}{name, subj.ID, out})
	}
	if len(events) == 0 {
		_, err := fmt.Fprintf(w, "no events about %s\n", name)
		return err
	}
	t := newTable(opts.Wide, "DATE", "EVENT", "DOCS", "SOURCE")
	published := false
	for _, e := range events {
		date := e.Date
		switch {
		case e.Anchor == "published":
			date, published = "~"+date, true
		case date == "":
			date = "(undated)"
		}
		src := ""
		if len(e.Sources) > 0 {
			src = e.Sources[0].Sentence
		}
		t.add(date, e.Subject+" "+e.Relation+" "+e.Object, strconv.Itoa(e.Corroboration), src)
	}
	if err := t.write(w); err != nil || !published {
		return err
	}
	_, err = fmt.Fprintln(w, "~ date of publication: no sentence dates the event")
	return err
}

// eventJSON is the contract form of an event: date is null when unknown.
type eventJSON struct {
	Date          *string      `json:"date"`
	Granularity   string       `json:"granularity"`
	Subject       string       `json:"subject"`
	Relation      string       `json:"relation"`
	Object        string       `json:"object"`
	Trigger       string       `json:"trigger"`
	Corroboration int          `json:"corroboration"`
	Documents     int          `json:"documents,omitempty"`
	SingleSource  bool         `json:"single_source,omitempty"`
	CopyOf        []string     `json:"copy_of,omitempty"`
	Sources       []sourceJSON `json:"sources"`
	Facts         []string     `json:"facts,omitempty"`
	Conflicts     []string     `json:"conflicts,omitempty"`
	About         string       `json:"about,omitempty"`  // timeline --about: the entity
	Anchor        string       `json:"anchor,omitempty"` // timeline --about: "text" or "published"
}

// sourceJSON is a source of an event with the word naming the event in
// that sentence when it differs from the event's trigger.
type sourceJSON struct {
	extract.Source
	Trigger string `json:"trigger,omitempty"`
}

// toEventJSON renders one event of the contract.
func toEventJSON(e timeline.Event) eventJSON {
	ej := eventJSON{Granularity: e.Granularity, Subject: e.Subject, Relation: e.Relation, Object: e.Object,
		Trigger: e.Trigger, Corroboration: e.Corroboration, Documents: e.Documents, SingleSource: e.SingleSource,
		CopyOf: e.CopyOf, Sources: []sourceJSON{}, Facts: e.Facts, Conflicts: e.Conflicts}
	for i, src := range e.Sources {
		sj := sourceJSON{Source: src}
		if i < len(e.Triggers) && e.Triggers[i] != e.Trigger {
			sj.Trigger = e.Triggers[i]
		}
		ej.Sources = append(ej.Sources, sj)
	}
	if e.Date != "" {
		d := e.Date
		ej.Date = &d
	}
	return ej
}

// timelineJSON renders the timeline contract: dated events sorted by date,
// then the undated ones with a null date.
func timelineJSON(tl timeline.Timeline) any {
	events := []eventJSON{}
	for _, list := range [][]timeline.Event{tl.Events, tl.Undated} {
		for _, e := range list {
			events = append(events, toEventJSON(e))
		}
	}
	return struct {
		Events []eventJSON `json:"events"`
	}{events}
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
