//go:build !unix

package nlp

import "time"

// cpuTime is unavailable here; callers fall back to the wall clock.
func cpuTime() (time.Duration, bool) { return 0, false }
