package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkQueryCommands times the query commands as a user runs them,
// opening the store each time (everything but the process start and the
// package initialisation, about 50 ms of a whole command), on the
// graph STORYGRAPH_QUERY_DB names (a bench graph: storygraph bench
// --articles 3000 --keep FILE), about the entities STORYGRAPH_QUERY_NAMES
// names (comma-separated; the first two for path; default London,Paris):
//
//	STORYGRAPH_QUERY_DB=/tmp/b3k.db go test ./cmd/storygraph -run XXX \
//	  -bench QueryCommands -benchtime 10x
//
// Besides the wall time it reports the CPU time of a call (cpu-ms/op),
// which varies less on a shared machine. Outputs are discarded.
func BenchmarkQueryCommands(b *testing.B) {
	db := os.Getenv("STORYGRAPH_QUERY_DB")
	if db == "" {
		b.Skip("STORYGRAPH_QUERY_DB names no graph")
	}
	names := []string{"London", "Paris"}
	if v := os.Getenv("STORYGRAPH_QUERY_NAMES"); v != "" {
		names = strings.Split(v, ",")
	}
	ctx := b.Context()
	// each runs one command as its flags' defaults give it
	run := func(name string, cmd func() error) {
		b.Run(name, func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				if err := cmd(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
	for _, name := range names {
		run("neighbours/"+name, func() error {
			return runNeighbours(ctx, db, name, askOptions{Limit: 50}, io.Discard)
		})
		run("facts-about/"+name, func() error {
			return runFacts(ctx, db, listOptions{About: name}, io.Discard)
		})
	}
	if len(names) > 1 {
		run("path/"+names[0]+"-"+names[1], func() error {
			return runPath(ctx, db, names[0], names[1], askOptions{MaxHops: 6}, io.Discard)
		})
	}
	run("entities-json", func() error {
		return runEntities(ctx, db, listOptions{JSON: true}, io.Discard)
	})
}
