//go:build unix

package ingest

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestReadStopsOnCancel checks that a read waiting on input nobody sends,
// a pipe on standard input or a FIFO without a writer, ends when the
// context is cancelled.
func TestReadStopsOnCancel(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "feed")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	pr, pw := io.Pipe()
	defer pw.Close()
	for _, tc := range []struct {
		name string
		path string
		opts Options
	}{
		{"stdin pipe", "-", Options{Stdin: pr}},
		{"fifo without writer", fifo, Options{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(50*time.Millisecond, cancel)
			done := make(chan error, 1)
			go func() {
				_, err := Read(ctx, []string{tc.path}, tc.opts)
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, context.Canceled) {
					t.Errorf("Read: %v, want context.Canceled", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Read still blocked 5 s after the cancel")
			}
		})
	}
}
