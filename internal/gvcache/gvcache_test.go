package gvcache_test

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/goccy/go-graphviz"
	"github.com/storygraph/storygraph/internal/gvcache"
)

// restored is evaluated after go-graphviz's init, as render does.
var restored = gvcache.Restore()

const helperEnv = "GVCACHE_TEST_HELPER"

// TestMain runs the helper: lay out a graph and print the cache in use and
// TMPDIR as the program sees it.
func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) == "1" {
		g, err := graphviz.New(context.Background())
		if err != nil {
			os.Stdout.WriteString("graphviz: " + err.Error() + "\n")
			os.Exit(3)
		}
		gr, err := graphviz.ParseBytes([]byte("digraph { a -> b }"))
		if err != nil {
			os.Exit(4)
		}
		var buf bytes.Buffer
		if err := g.Render(context.Background(), gr, graphviz.SVG, &buf); err != nil || !bytes.Contains(buf.Bytes(), []byte("<svg")) {
			os.Exit(5)
		}
		tmp, _ := os.LookupEnv("TMPDIR")
		os.Stdout.WriteString("dir=" + restored + "\ntmpdir=" + tmp + "\nreason=" + gvcache.Reason() + "\n")
		os.Exit(0)
	}
	os.Exit(m.Run())
}

type result struct{ dir, tmpdir, reason string }

// run starts the test binary as the helper with env added; cred, when
// non-nil, runs it as another user.
func run(t *testing.T, bin string, env []string, cred *syscall.Credential) result {
	t.Helper()
	cmd := exec.Command(bin)
	cmd.Env = append([]string{helperEnv + "=1", "PATH=" + os.Getenv("PATH")}, env...)
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("helper failed (%v):\n%s", err, out)
	}
	var r result
	for _, line := range strings.Split(string(out), "\n") {
		k, v, _ := strings.Cut(line, "=")
		switch k {
		case "dir":
			r.dir = v
		case "tmpdir":
			r.tmpdir = v
		case "reason":
			r.reason = v
		}
	}
	return r
}

func entries(t *testing.T, dir string) []string {
	var files []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	return files
}

func TestPerUserCache(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles Graphviz several times")
	}
	bin, _ := os.Executable()
	tmp := t.TempDir()
	cache := filepath.Join(t.TempDir(), "xdg")

	env := []string{"TMPDIR=" + tmp, "XDG_CACHE_HOME=" + cache, "HOME=" + tmp}
	want := filepath.Join(cache, "storygraph", "go-graphviz")

	r := run(t, bin, env, nil)
	if r.dir != want || r.tmpdir != tmp {
		t.Fatalf("first run: cache %q TMPDIR %q, want %q and %q (%s)", r.dir, r.tmpdir, want, tmp, r.reason)
	}
	files := entries(t, want)
	if len(files) == 0 {
		t.Fatalf("first run wrote no cache entry under %s", want)
	}
	good, _ := os.ReadFile(files[0])

	// The shared $TMPDIR/go-graphviz that go-graphviz itself would use, laid
	// out as go-graphviz and wazero make it (0755, then 0700), with a
	// tampered entry under the real key: using it would crash every run
	// below, and a second user could not read it at all.
	rel, _ := filepath.Rel(want, files[0])
	planted := filepath.Join(tmp, "go-graphviz", rel)
	os.MkdirAll(filepath.Dir(planted), 0o700)
	os.Chmod(filepath.Join(tmp, "go-graphviz"), 0o755)
	os.WriteFile(planted, []byte("WAZEVO tampered"), 0o600)

	// Damaged entries (flipped code byte, truncation, garbage) are removed
	// and recompiled instead of crashing the program.
	damage := map[string]func([]byte) []byte{
		"flipped":   func(b []byte) []byte { c := bytes.Clone(b); c[len(c)/2] ^= 0xff; return c },
		"truncated": func(b []byte) []byte { return b[:len(b)/3] },
		"header":    func(b []byte) []byte { return b[:10] },
		"garbage":   func([]byte) []byte { return []byte("not a cache entry") },
		"empty":     func([]byte) []byte { return nil },
	}
	for name, f := range damage {
		t.Run(name, func(t *testing.T) {
			if err := os.WriteFile(files[0], f(good), 0o600); err != nil {
				t.Fatal(err)
			}
			r := run(t, bin, env, nil)
			if r.dir != want {
				t.Errorf("cache %q, want %q (%s)", r.dir, want, r.reason)
			}
			if b, err := os.ReadFile(files[0]); err != nil || !bytes.Equal(b, good) {
				t.Errorf("damaged entry not replaced by a good one (err %v, %d bytes)", err, len(b))
			}
		})
	}

	t.Run("off", func(t *testing.T) {
		r := run(t, bin, append(env, gvcache.EnvVar+"=off"), nil)
		if r.dir != "" || r.tmpdir != tmp {
			t.Errorf("cache %q TMPDIR %q, want none and %q", r.dir, r.tmpdir, tmp)
		}
	})
	t.Run("unset TMPDIR restored", func(t *testing.T) {
		r := run(t, bin, []string{"XDG_CACHE_HOME=" + cache}, nil)
		if r.dir != want || r.tmpdir != "" {
			t.Errorf("cache %q TMPDIR %q, want %q and unset", r.dir, r.tmpdir, want)
		}
	})
	t.Run("writable by others", func(t *testing.T) {
		os.Chmod(want, 0o777)
		defer os.Chmod(want, 0o700)
		r := run(t, bin, env, nil)
		if r.dir != "" || !strings.Contains(r.reason, "writable by others") {
			t.Errorf("cache %q (%s), want none", r.dir, r.reason)
		}
	})
	t.Run("symlinked entry", func(t *testing.T) {
		link := filepath.Join(filepath.Dir(files[0]), "link")
		os.Symlink(filepath.Join(tmp, "elsewhere"), link)
		defer os.Remove(link)
		r := run(t, bin, env, nil)
		if r.dir != "" || !strings.Contains(r.reason, "symbolic link") {
			t.Errorf("cache %q (%s), want none", r.dir, r.reason)
		}
	})

	if os.Geteuid() != 0 {
		t.Log("not root: the second-user cases are skipped")
		return
	}
	const nobody = 65534
	t.Run("another user's cache", func(t *testing.T) {
		os.Chown(filepath.Join(cache, "storygraph"), nobody, nobody)
		defer os.Chown(filepath.Join(cache, "storygraph"), 0, 0)
		r := run(t, bin, env, nil)
		if r.dir != "" || !strings.Contains(r.reason, "another user") {
			t.Errorf("cache %q (%s), want none", r.dir, r.reason)
		}
	})
	t.Run("second user", func(t *testing.T) {
		// The second user runs a copy of the test binary with the same
		// TMPDIR, whose go-graphviz directory it cannot read.
		home := filepath.Join(tmp, "home")
		os.MkdirAll(home, 0o755)
		os.Chown(home, nobody, nobody)
		for _, d := range []string{filepath.Dir(tmp), tmp} {
			os.Chmod(d, 0o755)
		}
		copyBin := filepath.Join(tmp, "helper.test")
		src, _ := os.Open(bin)
		dst, _ := os.OpenFile(copyBin, os.O_CREATE|os.O_WRONLY, 0o755)
		io.Copy(dst, src)
		src.Close()
		dst.Close()
		r := run(t, copyBin, []string{"TMPDIR=" + tmp, "HOME=" + home}, &syscall.Credential{Uid: nobody, Gid: nobody})
		if w := filepath.Join(home, ".cache", "storygraph", "go-graphviz"); r.dir != w {
			t.Errorf("cache %q (%s), want %q", r.dir, r.reason, w)
		}
	})
}
