package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/internal/goldeval"
	"github.com/storygraph/storygraph/internal/shared"
)

func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure the models and the pipeline against held-out data",
	}
	cmd.AddCommand(newEvalNLPCmd(), newEvalGoldCmd())
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
			fmt.Fprintf(w, "upos            %6.2f\nxpos            %6.2f\nuas             %6.2f\nlas             %6.2f\nner_f1          %6.2f\ntokens_per_sec  %8.0f\n",
				s.UPOS, s.XPOS, s.UAS, s.LAS, s.NERF1, s.TokensPerSec)
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
