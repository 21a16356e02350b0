package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/ingest"
	"github.com/storygraph/storygraph/extract/oie"
)

type extractOptions struct {
	Date   string
	Lines  bool
	Format string
}

func newExtractCmd() *cobra.Command {
	var opts extractOptions
	cmd := &cobra.Command{
		Use:   "extract [--date D] [--lines] [--format jsonl|tsv|carb] PATH... | -",
		Short: "Print the facts found in articles without storing them",
		Long: `extract runs the extraction pipeline and prints facts, one per line.

--lines treats every input line as its own text, given exactly as it is (one
sentence per line benchmarks such as CaRB).

Formats:
  jsonl  one JSON fact per line (the fields of "storygraph facts --json")
  tsv    doc, offset, confidence, subject, relation, object, date
  carb   sentence<TAB>confidence<TAB>subject<TAB>relation<TAB>object[<TAB>arg...],
         the sentence exactly as given; extra arguments (time, place) follow`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			date, err := parseDate(opts.Date)
			if err != nil {
				return err
			}
			switch opts.Format {
			case "jsonl", "tsv", "carb":
			default:
				return fmt.Errorf("%w: --format %q: want jsonl, tsv or carb", errUsage, opts.Format)
			}
			return runExtract(cmd.Context(), opts, date, args, cmd.InOrStdin(), cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&opts.Date, "date", "", "publication date for all inputs (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&opts.Lines, "lines", false, "every input line is its own text")
	cmd.Flags().StringVar(&opts.Format, "format", "jsonl", "output format: jsonl, tsv or carb")
	return cmd
}

func runExtract(ctx context.Context, opts extractOptions, date time.Time, paths []string, stdin io.Reader, stdout io.Writer) error {
	p, err := newPipeline()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if opts.Lines {
		lines, err := readLines(paths, stdin)
		if err != nil {
			return err
		}
		outs := make([][]byte, len(lines))
		g, ctx := errgroup.WithContext(ctx)
		g.SetLimit(runtime.GOMAXPROCS(0))
		const chunk = 64
		for start := 0; start < len(lines); start += chunk {
			end := min(start+chunk, len(lines))
			g.Go(func() error {
				var buf bytes.Buffer
				for i := start; i < end; i++ {
					if err := ctx.Err(); err != nil {
						return err
					}
					if strings.TrimSpace(lines[i].text) == "" {
						continue
					}
					buf.Reset()
					if opts.Format == "carb" {
						// The benchmark path: the sentence exactly as
						// given, n-ary arguments after the object.
						_, exs := p.Clauses(lines[i].text)
						if err := oie.WriteCARB(&buf, lines[i].text, exs); err != nil {
							return err
						}
					} else {
						for _, f := range p.ExtractSentence(lines[i].text, date) {
							f.Sources[0].Doc = lines[i].doc
							if err := writeFact(&buf, opts.Format, lines[i].text, f); err != nil {
								return err
							}
						}
					}
					outs[i] = bytes.Clone(buf.Bytes())
				}
				return nil
			})
		}
		if err := g.Wait(); err != nil {
			return err
		}
		for _, b := range outs {
			if _, err := w.Write(b); err != nil {
				return err
			}
		}
		return w.Flush()
	}
	docs, err := ingest.Read(ctx, paths, ingest.Options{Date: date, Stdin: stdin})
	if err != nil {
		return err
	}
	res, err := p.Extract(ctx, docs, nil)
	if err != nil {
		return err
	}
	for _, f := range res.Facts {
		if err := writeFact(w, opts.Format, f.Sources[0].Sentence, f); err != nil {
			return err
		}
	}
	return w.Flush()
}

type line struct {
	doc  string
	text string
}

// readLines reads every line of the inputs exactly as given (less the line
// ending).
func readLines(paths []string, stdin io.Reader) ([]line, error) {
	var out []line
	for _, p := range paths {
		var r io.Reader
		name := p
		if p == "-" {
			r, name = stdin, "stdin"
		} else {
			f, err := os.Open(p)
			if err != nil {
				return nil, fmt.Errorf("extract: %w", err)
			}
			defer f.Close()
			r = f
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		n := 0
		for sc.Scan() {
			n++
			out = append(out, line{doc: name + "#" + strconv.Itoa(n), text: strings.TrimRight(sc.Text(), "\r")})
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("extract: %s: %w", name, err)
		}
	}
	return out, nil
}

func writeFact(w io.Writer, format, sentence string, f extract.Fact) error {
	var err error
	switch format {
	case "jsonl":
		var b []byte
		b, err = json.Marshal(f)
		if err == nil {
			_, err = fmt.Fprintf(w, "%s\n", b)
		}
	case "tsv":
		src := f.Sources[0]
		_, err = fmt.Fprintf(w, "%s\t%d\t%.3f\t%s\t%s\t%s\t%s\n", src.Doc, src.Offset, f.Confidence,
			tsvField(f.Subject), tsvField(f.Relation), tsvField(f.Object), f.Date)
	case "carb":
		fields := []string{sentence, strconv.FormatFloat(f.Confidence, 'f', 3, 64),
			tsvField(f.Subject), tsvField(f.Relation), tsvField(f.Object)}
		for _, a := range f.Args {
			fields = append(fields, tsvField(a.Text))
		}
		_, err = fmt.Fprintln(w, strings.Join(fields, "\t"))
	}
	return err
}

// tsvField keeps a value on one TSV field.
func tsvField(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
