package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/examples"
	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/ingest"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/internal/goldeval"
	"github.com/storygraph/storygraph/internal/shared"
)

func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure the models and the pipeline against held-out data",
	}
	cmd.AddCommand(newEvalNLPCmd(), newEvalGoldCmd(), newEvalSpeedCmd())
	return cmd
}

func newEvalNLPCmd() *cobra.Command {
	var ud, uner string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "nlp [--ud DIR] [--uner DIR] [--json]",
		Short: "Score the tagger, parser and entity recogniser on the UD English EWT and UNER test splits",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			a, err := loadAnnotator()
			if err != nil {
				return err
			}
			s, err := nlp.Evaluate(cmd.Context(), a, ud, uner)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(w, s)
			}
			fmt.Fprintf(w, "upos            %6.2f\nxpos            %6.2f\nuas             %6.2f\nlas             %6.2f\nner_f1          %6.2f\nner_f1_per      %6.2f\nner_f1_org      %6.2f\nner_f1_loc      %6.2f\ntokens_per_sec  %8.0f\n",
				s.UPOS, s.XPOS, s.UAS, s.LAS, s.NERF1, s.NERF1PER, s.NERF1ORG, s.NERF1LOC, s.TokensPerSec)
			return nil
		},
	}
	data := filepath.Join(shared.Root(), "data")
	cmd.Flags().StringVar(&ud, "ud", filepath.Join(data, "ud-english-ewt"), "UD English EWT folder (en_ewt-ud-test.conllu)")
	cmd.Flags().StringVar(&uner, "uner", filepath.Join(data, "uner-english-ewt"), "UniversalNER English EWT folder (en_ewt-ud-test.iob2)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func newEvalGoldCmd() *cobra.Command {
	var seeds, gold, date string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "gold [--seeds DIR] [--gold FILE] [--json]",
		Short: "Score facts, entities and the timeline of the seed articles against the hand-labelled gold file",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvalGold(cmd.Context(), seeds, gold, date, asJSON, cmd.OutOrStdout())
		},
	}
	root := shared.Root()
	cmd.Flags().StringVar(&seeds, "seeds", filepath.Join(root, "seeds"), "folder of seed articles")
	cmd.Flags().StringVar(&gold, "gold", filepath.Join(root, "gold", "paris-summit.gold.json"), "gold file")
	cmd.Flags().StringVar(&date, "date", "", "publication date of the seeds (default: the gold file's reference_date)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func runEvalGold(ctx context.Context, seeds, goldPath, date string, asJSON bool, w io.Writer) error {
	g, err := goldeval.Load(goldPath)
	if err != nil {
		return err
	}
	if date == "" {
		date = g.ReferenceDate
	}
	d, err := parseDate(date)
	if err != nil {
		return err
	}
	p, err := newPipeline()
	if err != nil {
		return err
	}
	rep, err := goldeval.Run(ctx, p, seeds, d, g)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(w, rep)
	}
	return rep.WriteText(w)
}

func newEvalSpeedCmd() *cobra.Command {
	var rounds int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "speed [PATH...]",
		Short: "Time the extraction pipeline on articles (default: the bundled example corpus)",
		Long: `speed runs the whole extraction (NLP core, clauses, time, entity resolution)
over the articles ROUNDS times and prints documents, sentences, tokens and facts
per second of wall time, with GOMAXPROCS workers. Model loading is not timed.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			var docs []extract.Document
			var err error
			if len(args) == 0 {
				docs, err = readFS(cmd.Context(), examples.Corpus())
			} else {
				docs, err = ingest.Read(cmd.Context(), args, ingest.Options{})
			}
			if err != nil {
				return err
			}
			p, err := newPipeline()
			if err != nil {
				return err
			}
			a, err := loadAnnotator()
			if err != nil {
				return err
			}
			var sents, toks int
			for _, d := range docs {
				for _, s := range a.Annotate(d.Text) {
					sents++
					toks += len(s.Tokens)
				}
			}
			start := time.Now()
			facts := 0
			for range max(rounds, 1) {
				res, err := p.Extract(cmd.Context(), docs, nil)
				if err != nil {
					return err
				}
				facts = len(res.Facts)
			}
			secs := time.Since(start).Seconds() / float64(max(rounds, 1))
			out := struct {
				Documents    int     `json:"documents"`
				Sentences    int     `json:"sentences"`
				Tokens       int     `json:"tokens"`
				Facts        int     `json:"facts"`
				Workers      int     `json:"workers"`
				Seconds      float64 `json:"seconds_per_round"`
				DocsPerSec   float64 `json:"documents_per_sec"`
				SentPerSec   float64 `json:"sentences_per_sec"`
				TokensPerSec float64 `json:"tokens_per_sec"`
			}{len(docs), sents, toks, facts, runtime.GOMAXPROCS(0), secs,
				float64(len(docs)) / secs, float64(sents) / secs, float64(toks) / secs}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), out)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "%d documents, %d sentences, %d tokens, %d facts; %d workers\n%.3f s a round: %.0f documents/s, %.0f sentences/s, %.0f tokens/s\n",
				out.Documents, out.Sentences, out.Tokens, out.Facts, out.Workers, secs, out.DocsPerSec, out.SentPerSec, out.TokensPerSec)
			return err
		},
	}
	cmd.Flags().IntVar(&rounds, "rounds", 5, "how many times to run the pipeline")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
