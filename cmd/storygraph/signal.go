package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// signalGrace is how long a command may take to stop after SIGINT or
// SIGTERM cancelled its context before the process exits anyway.
const signalGrace = 3 * time.Second

// withSignals returns a context that SIGINT and SIGTERM cancel, and a stop
// function that must be called when the command has returned.
//
// The first signal cancels the context: readers and the pipeline stop and
// the command returns context.Canceled, which exits 130 with "interrupted".
// A command blocked where it cannot see the context (a read from a FIFO or
// a terminal that no writer feeds, a graph write inside the backend) is
// not waited for: after signalGrace, or at once on a second signal, the
// temporary files still registered with trackTemp are removed and the
// process exits 130. That leaves the graph as it was: a build commits its
// quads in one backend transaction (bolt and PostgreSQL both discard a
// transaction whose process dies before the commit), and -o writes go to a
// temporary file renamed into place only when complete.
func withSignals(parent context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancel(parent)
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-sigs:
		case <-done:
			return
		}
		cancel()
		grace := time.NewTimer(signalGrace)
		defer grace.Stop()
		select {
		case <-sigs:
		case <-grace.C:
		case <-done:
			return
		}
		removeTemps()
		fmt.Fprintln(os.Stderr, "storygraph: interrupted")
		os.Exit(130)
	}()
	var once sync.Once
	return ctx, func() {
		once.Do(func() {
			signal.Stop(sigs)
			close(done)
			cancel()
		})
	}
}

var (
	tempMu sync.Mutex
	temps  = map[string]bool{}
)

// trackTemp registers a temporary file to remove if a signal ends the
// process; the returned function finishes with it under the same lock, so
// an exit happens either before it (the file removed) or after it.
func trackTemp(path string) (finish func(func() error) error) {
	tempMu.Lock()
	temps[path] = true
	tempMu.Unlock()
	return func(f func() error) error {
		tempMu.Lock()
		defer tempMu.Unlock()
		delete(temps, path)
		return f()
	}
}

// removeTemps removes the registered temporary files and holds the lock
// until the process exits.
func removeTemps() {
	tempMu.Lock()
	for p := range temps {
		os.Remove(p)
	}
}
