package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"

	cayley "github.com/cayleygraph/cayley/graph"
	cayleykv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/ingest"
	"github.com/storygraph/storygraph/extract/token"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/build"
	"github.com/storygraph/storygraph/graph/timeline"
	"github.com/storygraph/storygraph/internal/newsgen"
)

type benchOptions struct {
	Articles  int
	Workers   int
	BatchSize int
	Corpus    string
	Seed      uint64
	Short     bool
	Keep      string
	NoRaw     bool
	NoQueries bool
	CPUProf   string
	MemProf   string
}

func newBenchCmd() *cobra.Command {
	var opts benchOptions
	cmd := &cobra.Command{
		Use:   "bench [--articles N] [--short] [--workers N] [--corpus PATH]",
		Short: "Build a synthetic or given corpus into a temporary graph and report throughput, memory and query latency",
		Long: `bench generates a deterministic synthetic news corpus (--articles stories of
about 5 KB, with recurring people, organisations, places, dates and
boilerplate lines; --short makes them briefs of 1 to 3 paragraphs and
about 200 words, 1.3 KB a story; --seed picks another corpus) or reads
--corpus (any input build reads), builds it into a temporary graph with
--workers, and prints:

  articles/s, sentences/s, facts/s and quads/s of the build, the wall time
  of each stage, the peak resident memory of the process (VmHWM), the time
  Cayley takes to load the same quads raw into a fresh bolt file (the floor
  a build's write cannot beat), and the latency of entities, facts --about,
  neighbours, path and timeline --about on the most mentioned entity.

The graph is deleted afterwards unless --keep names a file to keep it in.
Run it on an idle machine: other processes' load shows in every figure.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Articles <= 0 && opts.Corpus == "" {
				return fmt.Errorf("%w: --articles must be positive", errUsage)
			}
			if opts.Workers < 0 || opts.BatchSize < 0 {
				return fmt.Errorf("%w: --workers and --batch must not be negative", errUsage)
			}
			return runBench(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().IntVar(&opts.Articles, "articles", 1000, "synthetic articles to generate")
	cmd.Flags().IntVar(&opts.Workers, "workers", 0, "articles annotated at once (0: one per core)")
	cmd.Flags().IntVar(&opts.BatchSize, "batch", build.DefaultBatchSize, "articles per batch")
	cmd.Flags().StringVar(&opts.Corpus, "corpus", "", "build this file or directory instead of a synthetic corpus")
	cmd.Flags().Uint64Var(&opts.Seed, "seed", 1, "seed of the synthetic corpus")
	cmd.Flags().BoolVar(&opts.Short, "short", false, "generate short stories (1 to 3 paragraphs, about 200 words) instead of 5 KB articles")
	cmd.Flags().StringVar(&opts.Keep, "keep", "", "keep the built graph in this file")
	cmd.Flags().BoolVar(&opts.NoRaw, "no-raw", false, "skip the raw Cayley load")
	cmd.Flags().BoolVar(&opts.NoQueries, "no-queries", false, "skip the query latencies")
	cmd.Flags().StringVar(&opts.CPUProf, "cpuprofile", "", "write a CPU profile of the build stage to this file (go tool pprof)")
	cmd.Flags().StringVar(&opts.MemProf, "memprofile", "", "write a heap profile taken when the build ends to this file")
	return cmd
}

// benchResult holds what bench measured.
type benchResult struct {
	Articles, Sentences, Bytes int
	Facts, Entities            int
	Quads                      int64
	Read                       time.Duration
	Build                      build.Stats
	BuildWall                  time.Duration
	BuildCPU                   time.Duration // user + system CPU time of the process during the build
	Raw                        time.Duration // raw Cayley bolt load of the same quads; 0 when skipped
	Queries                    []benchQuery
	PeakRSS                    int64 // bytes, over the whole run
	BuildRSS                   int64 // bytes, peak until the build ended
	BuildFileRSS               int64 // bytes of file-backed pages resident when the build ended
	Workers                    int
	Top                        string
}

type benchQuery struct {
	Name string
	Took time.Duration
	N    int
	Err  error
}

func runBench(ctx context.Context, opts benchOptions, stdout, stderr io.Writer) error {
	dir, err := os.MkdirTemp("", "storygraph-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var r benchResult
	r.Workers = runtime.GOMAXPROCS(0)
	if opts.Workers > 0 {
		r.Workers = opts.Workers
	}
	input := opts.Corpus
	if input == "" {
		input = filepath.Join(dir, "corpus.jsonl")
		f, err := os.Create(input)
		if err != nil {
			return err
		}
		w := bufio.NewWriter(f)
		gen := newsgen.New
		if opts.Short {
			gen = newsgen.NewShort
		}
		if _, err := gen(opts.Seed).WriteJSONL(w, opts.Articles); err != nil {
			f.Close()
			return err
		}
		if err := errors.Join(w.Flush(), f.Close()); err != nil {
			return err
		}
	}
	t := time.Now()
	docs, err := ingest.Read(ctx, []string{input}, ingest.Options{Skipped: func(e *ingest.Error) { warnSkipped(stderr, e) }})
	if err != nil {
		return err
	}
	r.Read = time.Since(t)
	r.Articles = len(docs)
	for _, d := range docs {
		r.Bytes += len(d.Text)
		r.Sentences += len(token.Sentences(d.Text))
	}
	fmt.Fprintf(stderr, "storygraph: bench: %d articles (%.1f MB of text), %d sentences, %d workers\n",
		r.Articles, float64(r.Bytes)/1e6, r.Sentences, r.Workers)

	// The models load once per process: not part of the build's time.
	if _, err := build.Annotator(); err != nil {
		return err
	}
	dbPath := filepath.Join(dir, "bench.db")
	if opts.Keep != "" {
		dbPath = opts.Keep
	}
	store, err := graph.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	if opts.CPUProf != "" {
		pf, err := os.Create(opts.CPUProf)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			pf.Close()
			return err
		}
		defer pf.Close()
	}
	t, cpu0 := time.Now(), cpuTime()
	r.Build, err = build.Build(ctx, store, docs, build.Options{Workers: opts.Workers, BatchSize: opts.BatchSize})
	r.BuildWall, r.BuildCPU = time.Since(t), cpuTime()-cpu0
	if opts.CPUProf != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		return err
	}
	r.BuildRSS = peakRSS()
	r.BuildFileRSS = statusKB("RssFile:")
	if opts.MemProf != "" {
		if err := writeHeapProfile(opts.MemProf); err != nil {
			return err
		}
	}
	docs = nil
	r.Facts, r.Entities = r.Build.Facts, r.Build.Entities
	if r.Quads, err = store.Quads(ctx); err != nil {
		return err
	}
	if !opts.NoQueries {
		r.Queries, r.Top = benchQueries(ctx, store)
	}
	if !opts.NoRaw {
		if r.Raw, err = rawLoad(ctx, store, dir); err != nil {
			return fmt.Errorf("bench: raw load: %w", err)
		}
	}
	r.PeakRSS = peakRSS()
	printBench(stdout, &r)
	return nil
}

// benchQueries times the read commands' library calls on the most
// mentioned entity (and the path to the second).
func benchQueries(ctx context.Context, s *graph.Store) ([]benchQuery, string) {
	var out []benchQuery
	timed := func(name string, f func() (int, error)) {
		t := time.Now()
		n, err := f()
		out = append(out, benchQuery{Name: name, Took: time.Since(t), N: n, Err: err})
	}
	var ents []extract.Entity
	timed("entities", func() (int, error) {
		var err error
		ents, err = s.Entities(ctx)
		return len(ents), err
	})
	if len(ents) == 0 {
		return out, ""
	}
	top := ents[0]
	timed("facts --about", func() (int, error) {
		fs, err := s.Facts(ctx, graph.FactFilter{About: top.ID})
		return len(fs), err
	})
	timed("neighbours", func() (int, error) {
		es, err := s.Neighbours(ctx, top.ID)
		return len(es), err
	})
	if len(ents) > 1 {
		timed("path", func() (int, error) {
			es, err := s.Path(ctx, top.ID, ents[1].ID, 4)
			if errors.Is(err, graph.ErrNotFound) {
				err = nil
			}
			return len(es), err
		})
	}
	timed("timeline --about", func() (int, error) {
		// as the timeline --about command reads it: only the facts with
		// an argument naming the entity are decoded
		subj := timeline.Subject{ID: top.ID, Names: append([]string{top.Name}, top.Aliases...)}
		c, err := s.ContentsAbout(ctx, false, subj.Matcher())
		if err != nil {
			return 0, err
		}
		topts := timelineOptionsOf(c)
		ev := timeline.About(c.Facts, subj, timeline.AboutOptions{Options: topts, Published: topts.Published})
		return len(ev), nil
	})
	return out, top.Name
}

// rawLoad writes the store's quads into a fresh Cayley bolt file through
// Cayley's own writer, in batches of 10,000 as "cayley load" does, and
// returns the time that took (reading the quads out is not counted).
func rawLoad(ctx context.Context, s *graph.Store, dir string) (time.Duration, error) {
	nq := filepath.Join(dir, "quads.nq")
	f, err := os.Create(nq)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriter(f)
	if err := s.WriteNQuads(ctx, w); err != nil {
		f.Close()
		return 0, err
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		return 0, err
	}
	in, err := os.Open(nq)
	if err != nil {
		return 0, err
	}
	defer in.Close()
	t := time.Now()
	db, err := hbolt.Open(filepath.Join(dir, "raw.db"), nil)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	if err := cayleykv.Init(db, nil); err != nil {
		return 0, err
	}
	qs, err := cayleykv.New(db, nil)
	if err != nil {
		return 0, err
	}
	defer qs.Close()
	qw, err := writer.NewSingle(qs, cayley.IgnoreOpts{IgnoreDup: true})
	if err != nil {
		return 0, err
	}
	bw := cayley.NewWriter(qw)
	if _, err := quad.CopyBatch(bw, nquads.NewReader(bufio.NewReader(in), false), 10000); err != nil {
		return 0, err
	}
	if err := bw.Close(); err != nil {
		return 0, err
	}
	if err := qw.Close(); err != nil {
		return 0, err
	}
	return time.Since(t), nil
}

// writeHeapProfile writes the live heap to file.
func writeHeapProfile(file string) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	runtime.GC()
	return errors.Join(pprof.WriteHeapProfile(f), f.Close())
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS returns the process's peak resident set size in bytes: VmHWM
// from /proc/self/status, else getrusage's maximum RSS.
func peakRSS() int64 {
	if n := statusKB("VmHWM:"); n > 0 {
		return n
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		return int64(ru.Maxrss) * 1024 // kilobytes on Linux
	}
	return 0
}

// statusKB returns the figure of /proc/self/status's line key (in kB
// there) in bytes, or 0.
func statusKB(key string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for l := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(l, key); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				if kb, err := strconv.ParseInt(f[0], 10, 64); err == nil {
					return kb * 1024
				}
			}
		}
	}
	return 0
}

func printBench(w io.Writer, r *benchResult) {
	sec := r.BuildWall.Seconds()
	rate := func(n float64) string { return strconv.FormatFloat(n/sec, 'f', 1, 64) }
	st := r.Build.Stages
	fmt.Fprintf(w, "articles      %d (%.1f MB of text), %d sentences, %d workers, GOMAXPROCS %d, %d batches\n",
		r.Articles, float64(r.Bytes)/1e6, r.Sentences, r.Workers, runtime.GOMAXPROCS(0), r.Build.Batches)
	fmt.Fprintf(w, "build         %.2f s: %s articles/s, %s sentences/s, %s facts/s, %s quads/s\n",
		sec, rate(float64(r.Articles)), rate(float64(r.Sentences)), rate(float64(r.Facts)), rate(float64(r.Build.Quads)))
	fmt.Fprintf(w, "per article   %.2f ms wall, %.2f ms CPU (%.2f cores busy), %.1f facts, %.1f quads\n",
		1000*sec/float64(max(r.Articles, 1)), 1000*r.BuildCPU.Seconds()/float64(max(r.Articles, 1)), r.BuildCPU.Seconds()/sec, float64(r.Facts)/float64(max(r.Articles, 1)), float64(r.Build.Quads)/float64(max(r.Articles, 1)))
	fmt.Fprintf(w, "stages        read %.2f s, check %.2f s, index %.2f s, extract %.2f s, write %.2f s\n",
		r.Read.Seconds(), st.Check.Seconds(), st.Index.Seconds(), st.Extract.Seconds(), st.Write.Seconds())
	fmt.Fprintf(w, "graph         %d facts, %d entities, %d quads (%.1f a fact)\n",
		r.Facts, r.Entities, r.Quads, float64(r.Quads)/float64(max(r.Facts, 1)))
	if r.Raw > 0 {
		fmt.Fprintf(w, "raw load      %.2f s (%.0f quads/s); build / raw = %.2f, write / raw = %.2f\n",
			r.Raw.Seconds(), float64(r.Quads)/r.Raw.Seconds(), sec/r.Raw.Seconds(), st.Write.Seconds()/r.Raw.Seconds())
	}
	fmt.Fprintf(w, "peak RSS      %.0f MB until the build ended, %.0f MB in all (VmHWM)",
		float64(r.BuildRSS)/(1<<20), float64(r.PeakRSS)/(1<<20))
	if r.BuildFileRSS > 0 {
		// bbolt reads the graph through mmap: its pages count as resident
		// once read, although the kernel may drop them (they are clean).
		fmt.Fprintf(w, "; %.0f MB file-backed when the build ended (the mapped graph and the binary)",
			float64(r.BuildFileRSS)/(1<<20))
	}
	fmt.Fprintln(w)
	for _, q := range r.Queries {
		status := strconv.Itoa(q.N) + " results"
		if q.Err != nil {
			status = "error: " + q.Err.Error()
		}
		fmt.Fprintf(w, "query         %-17s %8.1f ms  (%s, on %q)\n", q.Name, float64(q.Took.Microseconds())/1000, status, r.Top)
	}
}
