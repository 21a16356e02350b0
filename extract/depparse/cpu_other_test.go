//go:build !unix

package depparse_test

import "time"

// cpuNow is unavailable here; benchmarks skip the per-CPU figure.
func cpuNow() time.Duration { return 0 }
