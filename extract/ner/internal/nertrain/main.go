// Command nertrain trains the entity recogniser on UniversalNER English EWT
// and writes the model file; it is the recogniser's part of
// cmd/storygraph-train, usable on its own while developing.
//
//	go run ./extract/ner/internal/nertrain -shared ../shared -out extract/model/en/ner.model
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"

	"github.com/storygraph/storygraph/extract/ner"
)

func main() {
	shared := flag.String("shared", "../shared", "the project's shared folder")
	out := flag.String("out", "extract/model/en/ner.model", "model file to write")
	iters := flag.Int("iterations", 15, "training passes")
	bits := flag.Int("bits", 17, "log2 rows of the weight table")
	addDev := flag.Bool("add-dev", false, "retrain the final model on train+dev")
	ensemble := flag.Int("ensemble", 1, "with -add-dev, average the weights of this many final models")
	seeds := flag.Int("seeds", 0, "if above 0, only report the mean dev F1 (tuned O bias) over this many seeds")
	flag.Parse()
	if *seeds > 0 {
		if err := devMean(*shared, *iters, *bits, *seeds); err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, *shared, *out, *iters, *bits, *addDev, *ensemble)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, shared, out string, iters, bits int, addDev bool, ensemble int) error {
	uner := filepath.Join(shared, "data", "uner-english-ewt")
	m, err := ner.Train(ctx, ner.TrainConfig{
		UNERDir:    uner,
		UDDir:      filepath.Join(shared, "data", "ud-english-ewt"),
		Iterations: iters,
		Bits:       bits,
		AddDev:     addDev,
		Ensemble:   ensemble,
		Log:        os.Stderr,
	})
	if err != nil {
		return err
	}
	p, r, f, err := ner.Evaluate(m, filepath.Join(uner, "en_ewt-ud-test.iob2"), nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "test (gold XPOS): P %.2f R %.2f F1 %.2f\n", 100*p, 100*r, 100*f)
	tmp := out + ".tmp"
	fh, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := m.Save(fh); err != nil {
		fh.Close()
		return err
	}
	if err := fh.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}

// devMean trains with seeds 1..n (gold tags, train split only) and prints
// each dev score and their mean, for comparing feature sets on dev.
func devMean(shared string, iters, bits, n int) error {
	uner := filepath.Join(shared, "data", "uner-english-ewt")
	var sum float64
	for seed := 1; seed <= n; seed++ {
		m, err := ner.Train(context.Background(), ner.TrainConfig{
			UNERDir:    uner,
			UDDir:      filepath.Join(shared, "data", "ud-english-ewt"),
			Iterations: iters,
			Bits:       bits,
			Seed:       uint64(seed),
		})
		if err != nil {
			return err
		}
		s := m.Header().Scores
		fmt.Printf("seed %d: dev P %.2f R %.2f F1 %.2f\n", seed, 100*s["dev_precision"], 100*s["dev_recall"], 100*s["dev_f1"])
		sum += s["dev_f1"]
	}
	fmt.Printf("mean dev F1 %.2f\n", 100*sum/float64(n))
	return nil
}
