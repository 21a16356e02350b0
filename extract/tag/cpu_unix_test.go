//go:build unix

package tag_test

import (
	"syscall"
	"time"
)

// cpuNow returns the process's CPU time so far (user and system), so that
// benchmarks can report throughput per core on a busy machine.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
