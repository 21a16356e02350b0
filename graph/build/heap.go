package build

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// Heap bound during a build. With the default GOGC of 100 the heap grows to
// twice what the last collection left live before the next collection; a
// build's live heap is mostly the open write transaction (Cayley's node
// updates and bbolt's dirty pages) and the models, and the garbage made
// meanwhile (annotations, quad keys, bbolt's copied pages) fills the
// doubled headroom: 3,000 short stories peaked at a 645 MB heap for at
// most 346 MB live. So, unless the user chose GOGC or GOMEMLIMIT (or the
// process set a limit), a build sets a soft memory limit of heapRatio
// times the largest live heap seen so far, never below heapFloor, and
// restores the previous limit when it ends. The live heap is polled every
// heapPoll: a limit below it would make the collector run without pause.
// A build whose bound would pass heapCap drops it and keeps GOGC's pacing:
// with a large live heap every extra collection costs much (1,000 long
// articles, 700 MB live, took 35 % more CPU for 10 % less RSS), and such a
// build is far from fitting in a gigabyte anyway.
// Measured on 3,000 short stories: heap peak 459 MB instead of 645, peak
// RSS 892 MB instead of 1,021, CPU time within the noise.
const (
	heapFloor = 512 << 20
	heapCap   = 768 << 20
	heapRatio = 1.5
	heapPoll  = 100 * time.Millisecond
)

// heapBound is the build's memory limit; nil when the user set one.
type heapBound struct {
	old, floor, ceil int64
	mu               sync.Mutex
	maxLive          uint64
	sample           []metrics.Sample
	stop, done       chan struct{}
}

// boundHeap sets the limit for a build (floor and ceil: heapFloor and
// heapCap but in tests) and starts polling the live heap, or returns nil
// when GOGC or GOMEMLIMIT is set or the process already runs with a limit.
func boundHeap(floor, ceil int64) *heapBound {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	old := debug.SetMemoryLimit(-1)
	if old != math.MaxInt64 {
		return nil
	}
	h := &heapBound{old: old, floor: floor, ceil: ceil, sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}},
		stop: make(chan struct{}), done: make(chan struct{})}
	h.update()
	go func() {
		defer close(h.done)
		t := time.NewTicker(heapPoll)
		defer t.Stop()
		for {
			select {
			case <-h.stop:
				return
			case <-t.C:
				h.update()
			}
		}
	}()
	return h
}

// update raises the limit to heapRatio times the largest live heap a
// collection has left so far, or lifts it past ceil.
func (h *heapBound) update() {
	h.mu.Lock()
	defer h.mu.Unlock()
	metrics.Read(h.sample)
	if v := h.sample[0].Value; v.Kind() == metrics.KindUint64 {
		h.maxLive = max(h.maxLive, v.Uint64())
	}
	limit := max(h.floor, int64(float64(h.maxLive)*heapRatio))
	if limit > h.ceil {
		limit = math.MaxInt64
	}
	debug.SetMemoryLimit(limit)
}

// restore stops the polling and puts back the limit the process had
// before the build.
func (h *heapBound) restore() {
	if h == nil {
		return
	}
	close(h.stop)
	<-h.done
	debug.SetMemoryLimit(h.old)
}
