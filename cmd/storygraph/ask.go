package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	gonum "gonum.org/v1/gonum/graph"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/analyze"
)

type askOptions struct {
	JSON    bool
	Wide    bool
	All     bool // path: every equally short chain
	MaxHops int
	Limit   int // neighbours: the best-linked edges only
}

func newNeighboursCmd(g *globalOptions) *cobra.Command {
	var opts askOptions
	cmd := &cobra.Command{
		Use:     "neighbours NAME",
		Aliases: []string{"neighbors"},
		Short:   "List the edges linking an entity to its direct neighbours, with the facts behind them",
		Long: `neighbours lists the direct edges into and out of the entity NAME (a name,
an alias or an id), each with the graph facts behind it: the relation as
written, the date, the confidence, the number of documents that report it and
its sources (document, title, sentence, offset; in JSON also the spans).
An entity with more than --limit edges (50 by default) lists the edges whose
ends the most reports link, with up to 10 facts for each pair of ends and up
to 10 sources for each fact (the number of the others is said): a hub answers
at once instead of reading its every fact; --limit 0 lists every edge with all
its facts and sources.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runNeighbours(cmd.Context(), g.DB, args[0], opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, `print {"entity":...,"edges":[...],"total_edges":N} as JSON`)
	cmd.Flags().BoolVar(&opts.Wide, "wide", false, "do not cut lines to 100 columns")
	cmd.Flags().IntVar(&opts.Limit, "limit", 50, "list at most this many edges, the best linked (0: all)")
	return cmd
}

func runNeighbours(ctx context.Context, db, name string, opts askOptions, w io.Writer) error {
	defer lessGCAt(queryGC)()
	store, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	id, entName, err := store.ResolveName(ctx, name)
	if err != nil {
		return err
	}
	if opts.Limit < 0 {
		opts.Limit = 0
	}
	edges, total, err := store.NeighboursTop(ctx, id, opts.Limit)
	if err != nil {
		return err
	}
	if opts.JSON {
		return writeJSON(w, struct {
			Entity string       `json:"entity"`
			ID     string       `json:"id"`
			Edges  []graph.Edge `json:"edges"`
			Total  int          `json:"total_edges"`
		}{entName, id, edges, total})
	}
	if len(edges) == 0 {
		_, err := fmt.Fprintf(w, "%s has no edges in the graph (storygraph facts --about %q lists its facts)\n", entName, entName)
		return err
	}
	if total > len(edges) {
		fmt.Fprintf(w, "%s: %s, the %d linked by the most reports listed (--limit 0 lists all)\n",
			entName, plural(total, "edge"), len(edges))
	} else {
		fmt.Fprintf(w, "%s: %s\n", entName, plural(len(edges), "edge"))
	}
	for _, e := range edges {
		if err := printEdge(w, e, opts.Wide); err != nil {
			return err
		}
	}
	return nil
}

// printEdge prints an edge and its evidence: one line for the edge, one per
// fact, one per source.
func printEdge(w io.Writer, e graph.Edge, wide bool) error {
	sup := support(e.Date, e.Confidence, e.Corroboration)
	if e.Linking > 0 {
		sup += fmt.Sprintf(", %s in all", plural(e.Linking, "report"))
	}
	head := fmt.Sprintf("%s —%s→ %s  [%s]", e.From, e.Relation, e.To, sup)
	if _, err := fmt.Fprintln(w, fitLine(head, wide)); err != nil {
		return err
	}
	for _, f := range e.Facts {
		rel := shownRelation(f.Relation, f.Modality, f.Negated)
		line := fmt.Sprintf("  %q  [%s]", f.Subject+" "+rel+" "+f.Object, support(f.Date, f.Confidence, f.Corroboration))
		fmt.Fprintln(w, fitLine(line, wide))
		for _, s := range f.Sources {
			fmt.Fprintln(w, fitLine("    "+sourceLine(s), wide))
		}
		if more := f.Reports - len(f.Sources); more > 0 {
			fmt.Fprintf(w, "    … and %s (--limit 0 lists them)\n", plural(more, "more source"))
		}
	}
	return nil
}

// support says date, confidence and corroboration briefly.
func support(date string, conf float64, docs int) string {
	var parts []string
	if date != "" {
		parts = append(parts, date)
	}
	parts = append(parts, fmt.Sprintf("confidence %.2f", conf), plural(docs, "document"))
	return strings.Join(parts, ", ")
}

// plural says "1 edge", "2 edges".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if w, ok := strings.CutSuffix(word, "y"); ok {
		return strconv.Itoa(n) + " " + w + "ies"
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// sourceLine is "doc "title" @offset: sentence".
func sourceLine(s graph.Source) string {
	var b strings.Builder
	b.WriteString(s.Doc)
	if s.Title != "" {
		fmt.Fprintf(&b, " %q", cut(s.Title, 40))
	}
	fmt.Fprintf(&b, " @%d: %s", s.Offset, s.Sentence)
	return b.String()
}

func newPathCmd(g *globalOptions) *cobra.Command {
	var opts askOptions
	cmd := &cobra.Command{
		Use:   "path FROM TO",
		Short: "Show the best-supported shortest chain of facts linking two entities",
		Long: `path finds the shortest chains of direct edges linking the entities FROM and
TO (names, aliases or ids), following edges in either direction through
entities, and prints the best supported: the chain whose weakest edge is
reported by the most documents, then the most confident, then the one with
the most dated edges. Each edge comes with the facts behind it and their
sources. --all lists every equally short chain, best first.`,
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runPath(cmd.Context(), g.DB, args[0], args[1], opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, `print {"from":...,"to":...,"edges":[...]} as JSON (with --all, "paths":[...])`)
	cmd.Flags().BoolVar(&opts.All, "all", false, "list every equally short chain, best first")
	cmd.Flags().BoolVar(&opts.Wide, "wide", false, "do not cut lines to 100 columns")
	cmd.Flags().IntVar(&opts.MaxHops, "max-depth", 6, "longest chain to look for (edges)")
	return cmd
}

func runPath(ctx context.Context, db, from, to string, opts askOptions, w io.Writer) error {
	defer lessGCAt(queryGC)()
	store, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	aID, aName, err := store.ResolveName(ctx, from)
	if err != nil {
		return err
	}
	bID, bName, err := store.ResolveName(ctx, to)
	if err != nil {
		return err
	}
	limit := 1
	if opts.All {
		limit = graph.MaxPaths
	}
	paths, err := store.Paths(ctx, aID, bID, graph.PathOptions{MaxHops: opts.MaxHops, Limit: limit})
	if err != nil {
		return err
	}
	if opts.JSON {
		out := struct {
			From      string       `json:"from"`
			To        string       `json:"to"`
			Connected bool         `json:"connected"`
			Edges     []graph.Edge `json:"edges"`
			Paths     []graph.Path `json:"paths,omitempty"`
		}{From: aName, To: bName, Connected: len(paths) > 0, Edges: []graph.Edge{}}
		if len(paths) > 0 {
			out.Edges = paths[0].Edges
		}
		if opts.All {
			out.Paths = paths
		}
		return writeJSON(w, out)
	}
	if len(paths) == 0 {
		_, err := fmt.Fprintf(w, "no connection between %s and %s within %d edges\n", aName, bName, opts.MaxHops)
		return err
	}
	for i, p := range paths {
		if i > 0 {
			fmt.Fprintln(w)
		}
		head := fmt.Sprintf("%s … %s: %s, the weakest reported by %s, mean confidence %.2f, %d dated",
			aName, bName, plural(len(p.Edges), "edge"), plural(p.Corroboration, "document"), p.Confidence, p.Dated)
		if opts.All {
			head = fmt.Sprintf("%d. %s", i+1, head)
		}
		fmt.Fprintln(w, fitLine(head, opts.Wide))
		for _, e := range p.Edges {
			if err := printEdge(w, e, opts.Wide); err != nil {
				return err
			}
		}
	}
	return nil
}

type rankOptions struct {
	By   string
	Top  int
	JSON bool
	Wide bool
}

// rankedEntity is one line of rank's output.
type rankedEntity struct {
	Rank     int     `json:"rank"`
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Type     string  `json:"type"`
	Score    float64 `json:"score"`
	Mentions int     `json:"mentions"`
	Docs     int     `json:"docs"`
	Degree   int     `json:"degree"`
}

func newRankCmd(g *globalOptions) *cobra.Command {
	var opts rankOptions
	cmd := &cobra.Command{
		Use:   "rank [--by pagerank|betweenness|mentions] [--top N]",
		Short: "Rank entities by how central they are to the story",
		Long: `rank orders the entities of the graph: by PageRank over the graph facts
(an entity pointed at by important entities, through many facts, ranks
high), by betweenness centrality (entities on the shortest paths between
others: the go-betweens of the story) or by mentions in the articles.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch opts.By {
			case "pagerank", "betweenness", "mentions":
			default:
				return usageErrorf(cmd, "--by %q: want pagerank, betweenness or mentions", opts.By)
			}
			return runRank(cmd.Context(), g.DB, opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&opts.By, "by", "pagerank", "pagerank, betweenness or mentions")
	cmd.Flags().IntVar(&opts.Top, "top", 20, "how many entities to list (0: all)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, `print {"by":...,"entities":[...]} as JSON`)
	cmd.Flags().BoolVar(&opts.Wide, "wide", false, "do not cut lines to 100 columns")
	return cmd
}

func runRank(ctx context.Context, db string, opts rankOptions, w io.Writer) error {
	store, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	snap, err := store.Snapshot(ctx)
	if err != nil {
		return err
	}
	scores := map[int64]float64{}
	switch opts.By {
	case "pagerank":
		scores = analyze.PageRank(snap)
	case "betweenness":
		scores = analyze.Betweenness(snap)
		for it := snap.Nodes(); it.Next(); { // entities on no path score 0
			if _, ok := scores[it.Node().ID()]; !ok {
				scores[it.Node().ID()] = 0
			}
		}
	case "mentions":
		for it := snap.Nodes(); it.Next(); {
			e, _ := snap.Entity(it.Node().ID())
			scores[it.Node().ID()] = float64(e.Mentions)
		}
	}
	n := opts.Top
	if n <= 0 {
		n = -1
	}
	ranked := []rankedEntity{}
	for i, id := range analyze.Top(scores, n) {
		e, _ := snap.Entity(id)
		ranked = append(ranked, rankedEntity{Rank: i + 1, ID: e.ID, Name: e.Name, Type: e.Type, Score: scores[id],
			Mentions: e.Mentions, Docs: len(e.Docs), Degree: degree(snap, id)})
	}
	if opts.JSON {
		return writeJSON(w, struct {
			By       string         `json:"by"`
			Entities []rankedEntity `json:"entities"`
		}{opts.By, ranked})
	}
	t := newTable(opts.Wide, "RANK", "NAME", "TYPE", strings.ToUpper(opts.By), "MENTIONS", "DOCS", "LINKS")
	for _, r := range ranked {
		score := strconv.FormatFloat(r.Score, 'f', 4, 64)
		if opts.By == "mentions" {
			score = strconv.Itoa(int(r.Score))
		}
		t.add(strconv.Itoa(r.Rank), r.Name, r.Type, score, strconv.Itoa(r.Mentions), strconv.Itoa(r.Docs), strconv.Itoa(r.Degree))
	}
	return t.write(w)
}

// degree counts the entities linked to node id in either direction.
func degree(g *graph.Snapshot, id int64) int {
	return len(gonum.NodesOf(gonum.Undirect{G: g}.From(id)))
}

type communityOptions struct {
	JSON       bool
	Wide       bool
	Resolution float64
	Seed       uint64
}

// community is one community of communities' output.
type community struct {
	ID      int              `json:"id"`
	Name    string           `json:"name"`
	Size    int              `json:"size"`
	Members []communityEntry `json:"members"`
}

type communityEntry struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Type     string  `json:"type"`
	PageRank float64 `json:"pagerank"`
}

func newCommunitiesCmd(g *globalOptions) *cobra.Command {
	var opts communityOptions
	cmd := &cobra.Command{
		Use:   "communities",
		Short: "Group entities into communities (Louvain) named by their top entities",
		Long: `communities partitions the entity graph (graph facts between entities,
direction ignored, weighted by the number of facts) with the Louvain method,
seeded so that the same graph always gives the same communities. Each
community is named by its three entities of highest PageRank. Entities
without any link are counted, not listed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCommunities(cmd.Context(), g.DB, opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, `print {"communities":[...],"isolated":N} as JSON`)
	cmd.Flags().BoolVar(&opts.Wide, "wide", false, "do not cut lines to 100 columns")
	cmd.Flags().Float64Var(&opts.Resolution, "resolution", 1, "Louvain resolution (higher: smaller communities)")
	cmd.Flags().Uint64Var(&opts.Seed, "seed", 1, "random seed of the Louvain method")
	return cmd
}

func runCommunities(ctx context.Context, db string, opts communityOptions, w io.Writer) error {
	store, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	snap, err := store.Snapshot(ctx)
	if err != nil {
		return err
	}
	rank := analyze.PageRank(snap)
	und := gonum.UndirectWeighted{G: snap, Merge: func(x, y float64, _, _ gonum.Edge) float64 { return x + y }}
	out := []community{}
	isolated := 0
	for _, ids := range analyze.Communities(und, opts.Resolution, opts.Seed) {
		if len(ids) == 1 && degree(snap, ids[0]) == 0 {
			isolated++
			continue
		}
		c := community{ID: len(out) + 1, Size: len(ids)}
		sub := make(map[int64]float64, len(ids))
		for _, id := range ids {
			sub[id] = rank[id]
		}
		var names []string
		for i, id := range analyze.Top(sub, -1) {
			e, _ := snap.Entity(id)
			c.Members = append(c.Members, communityEntry{ID: e.ID, Name: e.Name, Type: e.Type, PageRank: rank[id]})
			if i < 3 {
				names = append(names, e.Name)
			}
		}
		c.Name = strings.Join(names, ", ")
		out = append(out, c)
	}
	if opts.JSON {
		return writeJSON(w, struct {
			Communities []community `json:"communities"`
			Isolated    int         `json:"isolated"`
		}{out, isolated})
	}
	for _, c := range out {
		fmt.Fprintln(w, fitLine(fmt.Sprintf("%d. %s (%s)", c.ID, c.Name, plural(c.Size, "entity")), opts.Wide))
		var names []string
		for _, m := range c.Members {
			names = append(names, m.Name)
		}
		fmt.Fprintln(w, fitLine("   "+strings.Join(names, "; "), opts.Wide))
	}
	_, err = fmt.Fprintf(w, "%s; %d entities without links\n", plural(len(out), "community"), isolated)
	return err
}
