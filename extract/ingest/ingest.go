package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/storygraph/storygraph/extract"
)

// Sentinel causes carried by [*Error]; match them with errors.Is.
var (
	// ErrBinary means the input holds NUL bytes or is mostly not text.
	ErrBinary = errors.New("ingest: binary file")
	// ErrInvalidUTF8 means the input is not valid UTF-8; the message gives
	// the byte offset of the first bad byte.
	ErrInvalidUTF8 = errors.New("ingest: invalid UTF-8")
	// ErrEmpty means the input is empty: no bytes, only white space, or a
	// JSON record without text.
	ErrEmpty = errors.New("ingest: empty document")
	// ErrNoText means a document had text but nothing was left after
	// cleaning (it was all boilerplate: a list of headlines, share
	// buttons). Read does not fail on it: it skips the document and
	// reports an [*Error] with this cause to [Options.Skipped].
	ErrNoText = errors.New("ingest: nothing left after cleaning")
	// ErrFormat means malformed or unsupported front matter, JSON or HTML.
	ErrFormat = errors.New("ingest: malformed input")
	// ErrTooLarge means one document's text is longer than
	// [Options.MaxBytes]: the pipeline's memory grows with a document's
	// length (about 140 bytes per byte of text), so a 10 MB "article" took
	// 1.45 GB.
	ErrTooLarge = errors.New("ingest: document too large")
	// ErrDuplicateID means two documents of one read share an ID.
	ErrDuplicateID = errors.New("ingest: duplicate document id")
)

// Error records a failure to read one input, in the manner of
// [fs.PathError].
type Error struct {
	Op   string // "stat", "read", "walk", "parse", "clean"
	Path string // the file, "-" for standard input
	Line int    // 1-based line of the input, 0 when not applicable
	Err  error  // the cause
}

// Error returns "ingest: op path[:line]: cause".
func (e *Error) Error() string {
	loc := e.Path
	if e.Line > 0 {
		loc += ":" + strconv.Itoa(e.Line)
	}
	msg := "unknown error"
	if e.Err != nil {
		msg = strings.TrimPrefix(e.Err.Error(), "ingest: ")
		if strings.ContainsAny(msg, "\r\n") {
			msg = strings.Join(strings.Fields(msg), " ")
		}
	}
	return "ingest: " + e.Op + " " + loc + ": " + msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Options controls reading. The zero value reads files with their own dates,
// one document per file, from os.Stdin for "-", without logging.
type Options struct {
	// Date, when not zero, is the publication date of every document
	// (the --date flag); DateFrom is then "flag".
	Date time.Time
	// Lines makes every input line a document of its own, with ID base#N.
	Lines bool
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Logger receives debug records about each input and a warning for
	// each skipped document; nil discards them.
	Logger *slog.Logger
	// Skipped, when not nil, is called with an [*Error] wrapping
	// [ErrNoText] for each document that cleaning left empty; such
	// documents are skipped, never returned as errors. It is called in
	// input order from the goroutine that called Read.
	Skipped func(*Error)
	// Bad, when not nil, makes Read keep going past a bad document: an
	// input that is empty, binary, not UTF-8 or malformed, a JSON Lines
	// record that is, or a duplicate id. Each is reported to Bad (in input
	// order, from the goroutine that called Read) and skipped. Errors
	// that are not about one document (a path that does not exist, a
	// directory that cannot be walked) still stop Read.
	Bad func(*Error)
	// MaxBytes bounds the text of one document (before cleaning); a longer
	// one is an error wrapping [ErrTooLarge]. 0 means [DefaultMaxBytes],
	// a negative value no bound. A file may hold many documents (JSON
	// Lines, --lines): the bound is per document.
	MaxBytes int
}

// keepGoing reports err to [Options.Bad] and returns nil when err is about
// one bad document and Bad is set; otherwise it returns err.
func (o *Options) keepGoing(err error) error {
	var e *Error
	if err == nil || o.Bad == nil || !errors.As(err, &e) || e.Op == "stat" || e.Op == "walk" {
		return err
	}
	o.Bad(e)
	return nil
}

// DefaultMaxBytes is the default [Options.MaxBytes]: 1 MiB of text, some
// 170,000 words, far beyond any news article, and about 350 MB of memory
// in the pipeline.
const DefaultMaxBytes = 1 << 20

// checkSize returns an error wrapping ErrTooLarge when text is longer than
// the bound.
func (o *Options) checkSize(text string) error {
	limit := o.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	if limit < 0 || len(text) <= limit {
		return nil
	}
	return fmt.Errorf("%w: %s of text, the limit is %s (split it into articles)", ErrTooLarge, sizeOf(len(text)), sizeOf(limit))
}

// sizeOf writes a byte count for people: "10.0 MB", "900 KB", "12 bytes".
func sizeOf(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// skip reports a document that cleaning left empty.
func (o *Options) skip(name string, line int) {
	e := &Error{Op: "clean", Path: name, Line: line, Err: ErrNoText}
	o.logger().Warn("ingest: document skipped", "path", name, "line", line, "cause", ErrNoText.Error())
	if o.Skipped != nil {
		o.Skipped(e)
	}
}

func (o *Options) logger() *slog.Logger {
	if o.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return o.Logger
}

// Read reads the articles at paths: files, directories (walked recursively
// in lexical order, skipping hidden names) and "-" for standard input. It
// returns the documents in input order, or the first error. Duplicate IDs
// across the whole read are an error. A document with nothing left after
// cleaning is skipped and reported to [Options.Skipped]; an empty, binary
// or malformed input is an error. Symbolic links inside a directory are
// followed to files but not to directories; other special files are
// skipped.
func Read(ctx context.Context, paths []string, opts Options) ([]extract.Document, error) {
	var docs []extract.Document
	seen := map[string]string{}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if p == "-" {
			in := opts.Stdin
			if in == nil {
				in = os.Stdin
			}
			data, err := readAll(ctx, in)
			if err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				return nil, &Error{Op: "read", Path: "-", Err: err}
			}
			ds, err := parseInput("-", "stdin", formatSniff, data, &opts)
			if err = opts.keepGoing(err); err != nil {
				return nil, err
			}
			if docs, err = appendUnique(docs, ds, seen, &opts); err != nil {
				return nil, err
			}
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			return nil, &Error{Op: "stat", Path: p, Err: pathCause(err)}
		}
		if !fi.IsDir() {
			ds, err := readOSFile(ctx, p, fi, &opts)
			if err = opts.keepGoing(err); err != nil {
				return nil, err
			}
			if docs, err = appendUnique(docs, ds, seen, &opts); err != nil {
				return nil, err
			}
			continue
		}
		err = filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return &Error{Op: "walk", Path: name, Err: pathCause(err)}
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if name != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// Follow links to files, not to directories (no cycles).
				fi, err := os.Stat(name)
				if err != nil {
					return &Error{Op: "stat", Path: name, Err: pathCause(err)}
				}
				if !fi.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			ds, err := readOSFile(ctx, name, nil, &opts)
			if err = opts.keepGoing(err); err != nil {
				return err
			}
			docs, err = appendUnique(docs, ds, seen, &opts)
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// ReadFS reads every regular file of fsys, walked from "." in lexical order
// and skipping hidden names, as [Read] reads a directory. Document paths are
// the slash-separated names within fsys.
func ReadFS(ctx context.Context, fsys fs.FS, opts Options) ([]extract.Document, error) {
	var docs []extract.Document
	seen := map[string]string{}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return &Error{Op: "walk", Path: name, Err: pathCause(err)}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if name != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return &Error{Op: "read", Path: name, Err: pathCause(err)}
		}
		base := path.Base(name)
		ds, err := parseInput(name, stripExt(base), formatOf(base), data, &opts)
		if err = opts.keepGoing(err); err != nil {
			return err
		}
		docs, err = appendUnique(docs, ds, seen, &opts)
		return err
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}

// readOSFile reads and parses one file. A FIFO or a device (fi says which;
// nil for a regular file) is read so that ctx can stop the wait for a
// writer or for data.
func readOSFile(ctx context.Context, name string, fi fs.FileInfo, opts *Options) ([]extract.Document, error) {
	var data []byte
	var err error
	if fi == nil || fi.Mode().IsRegular() {
		data, err = os.ReadFile(name)
	} else {
		data, err = whileLive(ctx, func() ([]byte, error) { return os.ReadFile(name) })
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &Error{Op: "read", Path: name, Err: pathCause(err)}
	}
	base := filepath.Base(name)
	return parseInput(name, stripExt(base), formatOf(base), data, opts)
}

// readAll reads r to its end, or returns ctx's error as soon as ctx is
// done: standard input may be a terminal or a pipe that nobody closes.
func readAll(ctx context.Context, r io.Reader) ([]byte, error) {
	return whileLive(ctx, func() ([]byte, error) { return io.ReadAll(r) })
}

// whileLive runs read, which may block for ever, and returns its result or
// ctx's error when ctx is done first; the abandoned read ends with the
// process.
func whileLive(ctx context.Context, read func() ([]byte, error)) ([]byte, error) {
	if ctx.Done() == nil {
		return read()
	}
	type result struct {
		data []byte
		err  error
	}
	ch := make(chan result, 1)
	go func() {
		b, err := read()
		ch <- result{b, err}
	}()
	select {
	case r := <-ch:
		return r.data, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// pathCause strips the *fs.PathError wrapper, whose path the *Error repeats.
func pathCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func stripExt(base string) string {
	if ext := path.Ext(base); ext != "" && ext != base {
		return strings.TrimSuffix(base, ext)
	}
	return base
}

func appendUnique(docs, add []extract.Document, seen map[string]string, opts *Options) ([]extract.Document, error) {
	for _, d := range add {
		if prev, ok := seen[d.ID]; ok {
			err := opts.keepGoing(&Error{Op: "read", Path: d.Path,
				Err: fmt.Errorf("%w %q, also in %s", ErrDuplicateID, d.ID, prev)})
			if err != nil {
				return nil, err
			}
			continue
		}
		seen[d.ID] = d.Path
		docs = append(docs, d)
	}
	return docs, nil
}
