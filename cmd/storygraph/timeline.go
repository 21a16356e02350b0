package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/timeline"
	"github.com/storygraph/storygraph/internal/jsonenc"
	"github.com/storygraph/storygraph/render"
)

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
	c, err := store.Contents(ctx, false)
	if err != nil {
		return timeline.Timeline{}, err
	}
	return timeline.Build(c.Facts, timelineOptionsOf(c)), nil
}

// timelineOptionsOf gives the timeline what the store knows beside the
// facts: entity names and aliases (members of joint subjects), publication
// dates (undated reports of recent events) and text hashes (copies of one
// article are not independent sources).
func timelineOptionsOf(c graph.Contents) timeline.Options {
	opts := timeline.Options{Names: c.Names, Published: map[string]time.Time{}, Copies: map[string]string{}}
	byHash := map[string]string{}
	for _, d := range c.Documents { // sorted by id: the first of a hash is the original
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
	return opts
}

func runTimeline(ctx context.Context, db string, opts timelineOptions, w io.Writer) error {
	defer lessGC()() // every fact read stays live until the timeline is built, as in render
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
		return writeTimelineJSON(w, tl)
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
	// Only the facts with an argument About may choose are decoded.
	c, err := store.ContentsAbout(ctx, opts.All, subj.Matcher())
	if err != nil {
		return err
	}
	topts := timelineOptionsOf(c)
	events := timeline.About(c.Facts, subj, timeline.AboutOptions{Options: topts, Published: topts.Published})
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

// writeTimelineJSON writes timelineJSON(tl) as writeJSON does, the events
// encoded on every CPU without reflection: on a large graph encoding them
// with encoding/json is a tenth of the command.
func writeTimelineJSON(w io.Writer, tl timeline.Timeline) error {
	events := slices.Concat(tl.Events, tl.Undated)
	if len(events) == 0 {
		return writeJSON(w, timelineJSON(tl))
	}
	// Each part in chunks of about a megabyte: a buffer that doubled as
	// it grew would allocate several times the output.
	const chunk = 1 << 20
	parts := make([][][]byte, min(runtime.GOMAXPROCS(0), 8, len(events)))
	var wg sync.WaitGroup
	for k := range parts {
		wg.Go(func() {
			b := make([]byte, 0, chunk)
			lo, hi := k*len(events)/len(parts), (k+1)*len(events)/len(parts)
			for i := lo; i < hi; i++ {
				if i > 0 {
					b = append(b, ",\n    "...)
				}
				b = appendEventJSON(b, toEventJSON(events[i]))
				if len(b) > chunk-chunk/8 {
					parts[k] = append(parts[k], b)
					b = make([]byte, 0, chunk)
				}
			}
			parts[k] = append(parts[k], b)
		})
	}
	wg.Wait()
	if _, err := io.WriteString(w, "{\n  \"events\": [\n    "); err != nil {
		return err
	}
	for _, bs := range parts {
		for _, b := range bs {
			if _, err := w.Write(b); err != nil {
				return err
			}
		}
	}
	_, err := io.WriteString(w, "\n  ]\n}\n")
	return err
}

// appendEventJSON appends e as writeJSON writes an element of an array
// that is a field of the top object (indented by two levels, from the
// opening brace on), without reflection: the same bytes (see
// TestWriteTimelineJSON).
func appendEventJSON(b []byte, e eventJSON) []byte {
	const in = "\n      " // a field of the event
	b = append(b, '{')
	b = append(b, in+`"date": `...)
	if e.Date == nil {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, *e.Date)
	}
	for _, f := range []struct{ k, v string }{{"granularity", e.Granularity}, {"subject", e.Subject},
		{"relation", e.Relation}, {"object", e.Object}, {"trigger", e.Trigger}} {
		b = append(b, ","+in+`"`...)
		b = append(b, f.k...)
		b = append(b, `": `...)
		b = appendJSONString(b, f.v)
	}
	b = append(b, ","+in+`"corroboration": `...)
	b = strconv.AppendInt(b, int64(e.Corroboration), 10)
	if e.Documents != 0 {
		b = append(b, ","+in+`"documents": `...)
		b = strconv.AppendInt(b, int64(e.Documents), 10)
	}
	if e.SingleSource {
		b = append(b, ","+in+`"single_source": true`...)
	}
	b = appendJSONStrings(b, "copy_of", e.CopyOf)
	b = append(b, ","+in+`"sources": [`...)
	for i, s := range e.Sources {
		const sin = "\n          " // a field of a source
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n        {"+sin+`"doc": `...)
		b = appendJSONString(b, s.Doc)
		b = append(b, ","+sin+`"sentence": `...)
		b = appendJSONString(b, s.Sentence)
		b = append(b, ","+sin+`"offset": `...)
		b = strconv.AppendInt(b, int64(s.Offset), 10)
		if !s.Spans.IsZero() {
			const pin = sin + "  " // a field of the spans
			b = append(b, ","+sin+`"spans": {`+pin+`"subject": `...)
			b = appendSpanJSON(b, s.Spans.Subject, pin)
			if len(s.Spans.Relation) > 0 {
				b = append(b, ","+pin+`"relation": [`...)
				for j, sp := range s.Spans.Relation {
					if j > 0 {
						b = append(b, ',')
					}
					b = append(b, pin+"  "...)
					b = appendSpanJSON(b, sp, pin+"  ")
				}
				b = append(b, pin+"]"...)
			}
			if !s.Spans.Object.IsZero() {
				b = append(b, ","+pin+`"object": `...)
				b = appendSpanJSON(b, s.Spans.Object, pin)
			}
			b = append(b, sin+"}"...)
		}
		if s.Trigger != "" {
			b = append(b, ","+sin+`"trigger": `...)
			b = appendJSONString(b, s.Trigger)
		}
		b = append(b, "\n        }"...)
	}
	if len(e.Sources) > 0 {
		b = append(b, in...)
	}
	b = append(b, ']')
	b = appendJSONStrings(b, "facts", e.Facts)
	b = appendJSONStrings(b, "conflicts", e.Conflicts)
	for _, f := range []struct{ k, v string }{{"about", e.About}, {"anchor", e.Anchor}} {
		if f.v != "" {
			b = append(b, ","+in+`"`...)
			b = append(b, f.k...)
			b = append(b, `": `...)
			b = appendJSONString(b, f.v)
		}
	}
	return append(b, "\n    }"...)
}

// appendJSONStrings appends the field k of an event holding the strings
// vs, left out when empty.
func appendJSONStrings(b []byte, k string, vs []string) []byte {
	if len(vs) == 0 {
		return b
	}
	b = append(b, ",\n      \""...)
	b = append(b, k...)
	b = append(b, `": [`...)
	for i, v := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n        "...)
		b = appendJSONString(b, v)
	}
	return append(b, "\n      ]"...)
}

// appendSpanJSON appends a span, [off, end], indented below in.
func appendSpanJSON(b []byte, s extract.Span, in string) []byte {
	b = append(b, '[')
	b = append(b, in+"  "...)
	b = strconv.AppendInt(b, int64(s.Off), 10)
	b = append(b, ',')
	b = append(b, in+"  "...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, in...)
	return append(b, ']')
}

// appendJSONString appends s quoted as encoding/json quotes it without
// HTML escapes.
func appendJSONString(b []byte, s string) []byte { return jsonenc.AppendString(b, s, false) }
