package build

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestBoundHeap(t *testing.T) {
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run("user set "+env, func(t *testing.T) {
			t.Setenv(env, "off")
			if h := boundHeap(heapFloor, heapCap); h != nil {
				h.restore()
				t.Errorf("bound the heap although %s is set", env)
			}
		})
	}
	t.Run("limit already set", func(t *testing.T) {
		t.Setenv("GOGC", "")
		t.Setenv("GOMEMLIMIT", "")
		old := debug.SetMemoryLimit(3 << 30)
		defer debug.SetMemoryLimit(old)
		if h := boundHeap(heapFloor, heapCap); h != nil {
			h.restore()
			t.Error("replaced a limit the process had set")
		}
		if got := debug.SetMemoryLimit(-1); got != 3<<30 {
			t.Errorf("limit %d, want the process's 3 GiB", got)
		}
	})
	t.Run("bound and restore", func(t *testing.T) {
		t.Setenv("GOGC", "")
		t.Setenv("GOMEMLIMIT", "")
		old := debug.SetMemoryLimit(math.MaxInt64)
		defer debug.SetMemoryLimit(old)
		const floor = 8 << 20
		h := boundHeap(floor, 64*floor)
		if h == nil {
			t.Fatal("no bound without GOGC or GOMEMLIMIT")
		}
		if got := debug.SetMemoryLimit(-1); got < floor || got == math.MaxInt64 {
			t.Errorf("limit during the build %d, want at least %d", got, floor)
		}
		// a live heap above the floor raises the limit with it
		debug.SetMemoryLimit(math.MaxInt64) // not to collect while filling keep
		keep := make([]byte, 4*floor)
		for i := range keep {
			keep[i] = 1
		}
		debug.FreeOSMemory() // a collection, so that the live heap counts keep
		h.update()
		if got, want := debug.SetMemoryLimit(-1), int64(4*floor*heapRatio); got < want {
			t.Errorf("limit %d with %d bytes live, want at least %d", got, len(keep), want)
		}
		// past the ceiling the bound is lifted: GOGC paces the collector
		h.mu.Lock()
		h.ceil = 4 * floor
		h.mu.Unlock()
		h.update()
		if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
			t.Errorf("limit %d with %d bytes live and a ceiling of %d, want none", got, len(keep), h.ceil)
		}
		keep[len(keep)-1] = 2
		h.restore()
		if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
			t.Errorf("limit after the build %d, want none", got)
		}
		_ = keep[0]
	})
}
