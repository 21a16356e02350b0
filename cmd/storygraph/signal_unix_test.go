//go:build unix

package main

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

const signalHelperEnv = "STORYGRAPH_SIGNAL_HELPER"

// TestSignalHelper is the child process of the signal tests: "cli" runs
// the command line in STORYGRAPH_SIGNAL_ARGS, "stuck" holds a registered
// temporary file and ignores its context, as a write inside the graph
// backend does.
func TestSignalHelper(t *testing.T) {
	switch os.Getenv(signalHelperEnv) {
	case "":
		t.Skip("helper process only")
	case "cli":
		os.Args = append([]string{"storygraph"}, strings.Split(os.Getenv("STORYGRAPH_SIGNAL_ARGS"), "\x1f")...)
		os.Exit(run())
	case "stuck":
		_, stop := withSignals(context.Background())
		defer stop()
		tmp := os.Getenv("STORYGRAPH_SIGNAL_TEMP")
		os.WriteFile(tmp, []byte("partial"), 0o600)
		trackTemp(tmp)
		os.Stdout.WriteString("ready\n")
		select {}
	}
}

func helper(t *testing.T, mode string, env ...string) *exec.Cmd {
	bin, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^TestSignalHelper$")
	cmd.Env = append(os.Environ(), append([]string{signalHelperEnv + "=" + mode}, env...)...)
	return cmd
}

// waitExit waits up to limit for cmd and returns its exit code.
func waitExit(t *testing.T, cmd *exec.Cmd, limit time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
		return cmd.ProcessState.ExitCode()
	case <-time.After(limit):
		cmd.Process.Kill()
		<-done
		t.Fatalf("still running %v after the signal", limit)
		return -1
	}
}

// TestSignalStopsBlockedBuild interrupts builds waiting for input that
// never comes: they exit 130, say so, and leave no graph half-written and
// no temporary file.
func TestSignalStopsBlockedBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	for _, tc := range []struct {
		name  string
		input string // "-" or "fifo"
		sig   syscall.Signal
	}{
		{"SIGINT on stdin", "-", syscall.SIGINT},
		{"SIGTERM on a FIFO", "fifo", syscall.SIGTERM},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "g.db")
			in := tc.input
			if in == "fifo" {
				in = filepath.Join(dir, "feed")
				if err := syscall.Mkfifo(in, 0o600); err != nil {
					t.Skipf("no FIFO: %v", err)
				}
			}
			cmd := helper(t, "cli", "STORYGRAPH_SIGNAL_ARGS="+strings.Join([]string{"--db", db, "build", in}, "\x1f"))
			pr, pw, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer pw.Close() // the writer stays open: stdin never ends
			cmd.Stdin = pr
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			pr.Close()
			time.Sleep(1500 * time.Millisecond) // let it reach the read
			cmd.Process.Signal(tc.sig)
			if code := waitExit(t, cmd, 20*time.Second); code != 130 {
				t.Errorf("exit code %d, want 130; stderr %q", code, stderr.String())
			}
			if !strings.Contains(stderr.String(), "interrupted") {
				t.Errorf("stderr %q does not say interrupted", stderr.String())
			}
			leftovers, _ := filepath.Glob(filepath.Join(dir, ".storygraph-*"))
			if len(leftovers) > 0 {
				t.Errorf("temporary files left: %v", leftovers)
			}
			if _, err := os.Stat(db); err == nil {
				out, errOut, code := runCLI(t, "", "--db", db, "entities", "--json")
				if code != 0 || strings.Contains(out, `"id"`) {
					t.Errorf("the graph after the interrupt: exit %d, %q %q", code, out, errOut)
				}
			}
		})
	}
}

// TestSignalGrace checks the last resort: a command that does not watch
// its context (a write inside the graph backend) is ended after the grace
// period, or at once on a second signal, and its temporary files removed.
func TestSignalGrace(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	for _, signals := range []int{1, 2} {
		t.Run(strings.Repeat("signal ", signals), func(t *testing.T) {
			tmp := filepath.Join(t.TempDir(), ".storygraph-123")
			cmd := helper(t, "stuck", "STORYGRAPH_SIGNAL_TEMP="+tmp)
			out, _ := cmd.StdoutPipe()
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			if line, _ := bufio.NewReader(out).ReadString('\n'); line != "ready\n" {
				t.Fatalf("helper said %q", line)
			}
			start := time.Now()
			for range signals {
				cmd.Process.Signal(syscall.SIGINT)
				time.Sleep(100 * time.Millisecond)
			}
			if code := waitExit(t, cmd, signalGrace+20*time.Second); code != 130 {
				t.Errorf("exit code %d, want 130 (%s)", code, stderr.String())
			}
			if signals == 1 && time.Since(start) < signalGrace {
				t.Errorf("one signal: exited after %v, before the grace period", time.Since(start))
			}
			if _, err := os.Stat(tmp); err == nil {
				t.Error("the temporary file is still there")
			}
		})
	}
}

// TestWriteFileAtomicCleansUp checks that a failed -o write leaves no
// temporary file: here the rename fails, the target being a directory.
func TestWriteFileAtomicCleansUp(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.svg")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(target, "keep"), []byte("x"), 0o644)
	if err := writeFileAtomic(target, []byte("<svg/>")); err == nil {
		t.Fatal("writing over a non-empty directory succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("left in the directory: %v", names)
	}
	if err := writeFileAtomic(filepath.Join(dir, "ok.svg"), []byte("<svg/>")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "ok.svg")); string(b) != "<svg/>" {
		t.Errorf("wrote %q", b)
	}
	tempMu.Lock()
	n := len(temps)
	tempMu.Unlock()
	if n != 0 {
		t.Errorf("%d temporary files still registered", n)
	}
}
