package workers_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storygraph/storygraph/internal/workers"
)

func TestMapOrderAndBound(t *testing.T) {
	for _, tc := range []struct {
		name    string
		items   int
		workers int
	}{
		{"empty", 0, 4},
		{"one worker", 50, 1},
		{"four workers", 50, 4},
		{"more workers than items", 3, 16},
		{"default workers", 20, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := make([]int, tc.items)
			for i := range in {
				in[i] = i
			}
			var running, peak atomic.Int32
			out, err := workers.Map(context.Background(), tc.workers, in, func(_ context.Context, i, x int) (string, error) {
				r := running.Add(1)
				for {
					p := peak.Load()
					if r <= p || peak.CompareAndSwap(p, r) {
						break
					}
				}
				// later items finish first, so order comes from Map, not timing
				time.Sleep(time.Duration(len(in)-i) * 20 * time.Microsecond)
				running.Add(-1)
				return fmt.Sprint(x * x), nil
			})
			if err != nil {
				t.Fatal(err)
			}
			want := make([]string, tc.items)
			for i := range want {
				want[i] = fmt.Sprint(i * i)
			}
			if !slices.Equal(out, want) {
				t.Errorf("out = %v, want %v", out, want)
			}
			if limit := int32(workers.Count(tc.workers)); peak.Load() > limit {
				t.Errorf("%d goroutines ran at once, limit %d", peak.Load(), limit)
			}
		})
	}
}

func TestMapFirstError(t *testing.T) {
	bad := errors.New("bad item")
	in := make([]int, 100)
	var calls atomic.Int32
	out, err := workers.Map(context.Background(), 1, in, func(_ context.Context, i, _ int) (int, error) {
		calls.Add(1)
		if i == 10 {
			return 0, fmt.Errorf("item %d: %w", i, bad)
		}
		return i, nil
	})
	if !errors.Is(err, bad) || out != nil {
		t.Fatalf("Map = %v, %v; want nil and the item's error", out, err)
	}
	if n := calls.Load(); n != 11 {
		t.Errorf("one worker called fn %d times after an error at item 10, want 11", n)
	}
}

func TestMapCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := workers.Map(ctx, 2, []int{1, 2, 3}, func(context.Context, int, int) (int, error) { return 0, nil })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func ExampleMap() {
	words := []string{"camp", "david", "accords"}
	lens, _ := workers.Map(context.Background(), 2, words, func(_ context.Context, _ int, w string) (int, error) {
		return len(w), nil
	})
	fmt.Println(lens)
	// Output: [4 5 7]
}
