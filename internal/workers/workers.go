// Package workers runs a function over a slice on a bounded number of
// goroutines and returns the results in input order, so that the output
// does not depend on how many workers ran or how they were scheduled.
package workers

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// Count returns n, or GOMAXPROCS when n is zero or negative.
func Count(n int) int {
	if n <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return n
}

// Map calls fn(ctx, i, in[i]) for every element of in on at most
// [Count](n) goroutines and returns the results, out[i] for in[i]. Items
// are handed out in input order. The first error (by input position among
// those that failed) cancels the context fn sees, stops handing out items
// and is returned; results are then nil. A cancelled ctx stops Map with
// ctx.Err().
func Map[T, R any](ctx context.Context, n int, in []T, fn func(ctx context.Context, i int, x T) (R, error)) ([]R, error) {
	out := make([]R, len(in))
	if len(in) == 0 {
		return out, ctx.Err()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	n = min(Count(n), len(in))
	var (
		next   atomic.Int64
		wg     sync.WaitGroup
		mu     sync.Mutex
		errAt  = len(in)
		firstE error
	)
	fail := func(i int, err error) {
		mu.Lock()
		if i < errAt {
			errAt, firstE = i, err
		}
		mu.Unlock()
		cancel()
	}
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(in) {
					return
				}
				if err := ctx.Err(); err != nil {
					fail(i, err)
					return
				}
				r, err := fn(ctx, i, in[i])
				if err != nil {
					fail(i, err)
					return
				}
				out[i] = r
			}
		}()
	}
	wg.Wait()
	if firstE != nil {
		return nil, firstE
	}
	return out, nil
}
