// Package gvcache gives go-graphviz a WebAssembly compilation cache that
// belongs to the user running the program, or no cache at all.
//
// go-graphviz compiles Graphviz (WebAssembly, run by wazero) in its package
// init and caches the native code under os.TempDir()/go-graphviz. That
// directory is shared by every user of the machine: when another user
// created it (mode 0700) every storygraph command panics before main, and
// whoever can write to it can make the next user run planted native code or
// crash on a truncated entry. go-graphviz takes no option for this, so this
// package's init, which the Go initialisation order runs before wazero's and
// go-graphviz's (it imports only the standard library and sorts before
// github.com/tetratelabs), points TMPDIR at a per-user directory while
// go-graphviz initialises:
//
//   - $STORYGRAPH_GRAPHVIZ_CACHE when set ("off" for no cache), else
//     os.UserCacheDir()/storygraph, else $TMPDIR/storygraph-<uid>;
//   - the directory and everything in it must be owned by the current user
//     and not writable by group or others, and hold no symbolic links;
//     otherwise no cache is used;
//   - every cache entry is checked (header, sizes, CRC-32C of the code) and
//     a damaged one is removed, so wazero recompiles instead of failing.
//
// The package that creates Graphviz calls [Restore] from a package-level
// variable initialiser, which runs after go-graphviz's init, so the rest of
// the program sees the TMPDIR it was started with.
package gvcache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// EnvVar names the environment variable that overrides the cache
// directory; "off" turns the cache off.
const EnvVar = "STORYGRAPH_GRAPHVIZ_CACHE"

// noCacheParent is given to go-graphviz as TMPDIR when no cache is to be
// used: it cannot create <noCacheParent>/go-graphviz (/dev/null is not a
// directory) and so runs without a cache.
const noCacheParent = "/dev/null/storygraph-no-graphviz-cache"

// subdir is the directory go-graphviz appends to os.TempDir().
const subdir = "go-graphviz"

var (
	dir     string // the cache directory go-graphviz uses, "" for none
	reason  string // why there is no cache
	saved   string // TMPDIR at start
	hadTMP  bool   // whether TMPDIR was set at start
	swapped bool   // whether TMPDIR is still pointed at the cache
)

func init() {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		return // os.TempDir does not read TMPDIR there
	}
	dir, reason = Choose()
	saved, hadTMP = os.LookupEnv("TMPDIR")
	parent := noCacheParent
	if dir != "" {
		parent = filepath.Dir(dir)
	}
	if os.Setenv("TMPDIR", parent) == nil {
		swapped = true
	}
}

// Restore gives TMPDIR back the value the program started with. Call it
// once go-graphviz is initialised; later calls do nothing. It returns the
// cache directory in use ("" for none).
func Restore() string {
	if swapped {
		if hadTMP {
			os.Setenv("TMPDIR", saved)
		} else {
			os.Unsetenv("TMPDIR")
		}
		swapped = false
	}
	return dir
}

// Dir returns the compilation cache directory go-graphviz was given, or ""
// when it runs without a cache; Reason then says why.
func Dir() string { return dir }

// Reason says why no cache is used ("" when one is).
func Reason() string { return reason }

// Choose picks and checks the per-user cache directory as described in the
// package comment, creating it when missing. It returns the go-graphviz
// directory to use, or "" and the reason no cache can be used.
func Choose() (string, string) {
	base := os.Getenv(EnvVar)
	switch {
	case strings.EqualFold(base, "off"):
		return "", EnvVar + "=off"
	case base != "":
	default:
		if c, err := os.UserCacheDir(); err == nil {
			base = filepath.Join(c, "storygraph")
		} else {
			base = filepath.Join(os.TempDir(), fmt.Sprintf("storygraph-%d", os.Getuid()))
		}
	}
	if !filepath.IsAbs(base) {
		return "", fmt.Sprintf("cache directory %q is not absolute", base)
	}
	gv := filepath.Join(base, subdir)
	if err := os.MkdirAll(gv, 0o700); err != nil {
		return "", err.Error()
	}
	for _, d := range []string{base, gv} {
		if err := private(d); err != nil {
			return "", err.Error()
		}
	}
	if err := Check(gv); err != nil {
		return "", err.Error()
	}
	return gv, ""
}

// private checks that path is a directory (not a link to one) owned by the
// current user and writable by nobody else.
func private(path string) error {
	fi, err := os.Lstat(path)
	if err != nil {
		return err
	}
	return trusted(path, fi)
}

func trusted(path string, fi fs.FileInfo) error {
	if fi.Mode()&fs.ModeSymlink != 0 {
		return fmt.Errorf("graphviz cache: %s is a symbolic link", path)
	}
	if !ownedByMe(fi) {
		return fmt.Errorf("graphviz cache: %s belongs to another user", path)
	}
	if fi.Mode().Perm()&0o022 != 0 {
		return fmt.Errorf("graphviz cache: %s is writable by others (%v)", path, fi.Mode().Perm())
	}
	return nil
}

// staleTemp is how old a wazero temporary file must be before Check removes
// it (a younger one may be another storygraph's write in progress).
const staleTemp = time.Hour

// Check walks the go-graphviz cache directory gv: anything not owned by the
// current user, writable by others, or a symbolic link makes it unusable
// (an error); a damaged cache entry or a stale temporary file is removed.
func Check(gv string) error {
	return filepath.WalkDir(gv, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		if err := trusted(path, fi); err != nil {
			return err
		}
		switch {
		case d.IsDir():
			return nil
		case !fi.Mode().IsRegular():
			return fmt.Errorf("graphviz cache: %s is not a regular file", path)
		case strings.HasSuffix(path, ".tmp"):
			if time.Since(fi.ModTime()) > staleTemp {
				return removeEntry(path)
			}
			return nil
		}
		if verr := validEntry(path); verr != nil {
			return removeEntry(path)
		}
		return nil
	})
}

func removeEntry(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("graphviz cache: cannot remove damaged entry: %w", err)
	}
	return nil
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// magic starts every wazero (wazevo engine) compilation cache entry.
var magic = []byte("WAZEVO")

// validEntry checks a wazero cache entry against the layout wazero writes
// (internal/engine/wazevo/engine_cache.go, v1.10): magic, version, function
// offsets, code length, code, CRC-32C of the code, and the source map. It
// checks the structure only; a version mismatch is wazero's to handle.
func validEntry(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	r := bytes.NewReader(b)
	short := errors.New("truncated")
	head := make([]byte, len(magic)+1)
	if _, err := io.ReadFull(r, head); err != nil || !bytes.Equal(head[:len(magic)], magic) {
		return errors.New("bad magic")
	}
	if _, err := r.Seek(int64(head[len(magic)]), io.SeekCurrent); err != nil {
		return short
	}
	var n uint32
	if binary.Read(r, binary.LittleEndian, &n) != nil || uint64(n)*8 > uint64(r.Len()) {
		return short
	}
	offsets := make([]uint64, n)
	if binary.Read(r, binary.LittleEndian, offsets) != nil {
		return short
	}
	var codeLen uint64
	if binary.Read(r, binary.LittleEndian, &codeLen) != nil || codeLen > uint64(r.Len()) {
		return short
	}
	for _, o := range offsets {
		if o >= codeLen {
			return errors.New("function offset past the code")
		}
	}
	start := len(b) - r.Len()
	code := b[start : start+int(codeLen)]
	r.Seek(int64(codeLen), io.SeekCurrent)
	var sum uint32
	if codeLen > 0 {
		if binary.Read(r, binary.LittleEndian, &sum) != nil || sum != crc32.Checksum(code, castagnoli) {
			return errors.New("checksum mismatch")
		}
	}
	flag, err := r.ReadByte()
	if err != nil {
		return short
	}
	switch flag {
	case 0:
	case 1:
		var l uint64
		if binary.Read(r, binary.LittleEndian, &l) != nil || l > uint64(r.Len())/16 {
			return short
		}
		r.Seek(int64(l*16), io.SeekCurrent)
	default:
		return errors.New("bad source map flag")
	}
	if r.Len() != 0 {
		return errors.New("trailing bytes")
	}
	return nil
}
