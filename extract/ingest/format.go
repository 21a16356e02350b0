package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/extract"
)

type format int

const (
	formatSniff format = iota
	formatText
	formatMarkdown
	formatHTML
	formatJSONL
	formatJSON
)

func (f format) String() string {
	switch f {
	case formatText:
		return "text"
	case formatMarkdown:
		return "markdown"
	case formatHTML:
		return "html"
	case formatJSONL:
		return "jsonl"
	case formatJSON:
		return "json"
	}
	return "sniff"
}

// formatOf returns the format named by a file's extension, or formatSniff.
func formatOf(base string) format {
	switch strings.ToLower(path.Ext(base)) {
	case ".txt", ".text":
		return formatText
	case ".md", ".markdown", ".mdown", ".mkd":
		return formatMarkdown
	case ".html", ".htm", ".xhtml":
		return formatHTML
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".json":
		return formatJSON
	}
	return formatSniff
}

// sniff guesses the format of text from its content.
func sniff(text string) format {
	t := strings.TrimLeftFunc(text, unicode.IsSpace)
	if isJSONL(t) {
		return formatJSONL
	}
	if strings.HasPrefix(t, "<") {
		return formatHTML
	}
	if looksMarkdown(text) {
		return formatMarkdown
	}
	return formatText
}

// isJSONL reports whether every non-empty line of text is a JSON object and
// there is at least one.
func isJSONL(text string) bool {
	n := 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if line[0] != '{' || !json.Valid([]byte(line)) {
			return false
		}
		n++
	}
	return n > 0
}

// checkText rejects binary and non-UTF-8 input and removes a byte-order mark.
func checkText(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", fmt.Errorf("%w: file is empty", ErrEmpty)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var bad, ctrl, total, first = 0, 0, 0, -1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		total++
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			bad++
		} else if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v' || r == 0x7f {
			ctrl++
		}
		i += size
	}
	if (bad+ctrl)*10 > total*3 {
		return "", fmt.Errorf("%w: %d of %d characters are not text", ErrBinary, bad+ctrl, total)
	}
	if first >= 0 {
		return "", fmt.Errorf("%w at byte offset %d", ErrInvalidUTF8, first)
	}
	return string(data), nil
}

// parseInput turns the bytes of one input into documents.
func parseInput(name, base string, f format, data []byte, opts *Options) ([]extract.Document, error) {
	data, err := decodeLegacy(f, data)
	if err != nil {
		return nil, &Error{Op: "read", Path: name, Err: err}
	}
	text, err := checkText(data)
	if err != nil {
		return nil, &Error{Op: "read", Path: name, Err: err}
	}
	if f == formatSniff {
		f = sniff(text)
	}
	opts.logger().Debug("ingest: read", "path", name, "format", f.String(), "bytes", len(data))
	var recs []record
	switch f {
	case formatJSONL:
		return readJSONL(name, base, text, opts)
	case formatJSON:
		return readJSON(name, base, text, opts)
	case formatHTML:
		r, err := readHTML(text)
		if err != nil {
			return nil, &Error{Op: "parse", Path: name, Err: err}
		}
		recs = append(recs, r)
	case formatMarkdown:
		r, line, err := readMarkdown(text)
		if err != nil {
			return nil, &Error{Op: "parse", Path: name, Line: line, Err: err}
		}
		recs = append(recs, r)
	default:
		recs = append(recs, record{Text: text})
	}
	r := recs[0]
	r.ID = base
	return finish(name, r, opts)
}

// record is one article before cleaning.
type record struct {
	ID        string
	Title     string
	URL       string
	Source    string
	Published time.Time
	Text      string
}

// finish cleans a record into one document, or one per line with opts.Lines.
func finish(name string, r record, opts *Options) ([]extract.Document, error) {
	if !opts.Lines {
		if err := opts.checkSize(r.Text); err != nil {
			return nil, &Error{Op: "read", Path: name, Err: err}
		}
		d, ok := build(name, r, r.Text, opts)
		if !ok {
			opts.skip(name, 0)
			return nil, nil
		}
		return []extract.Document{d}, nil
	}
	var docs []extract.Document
	lines := strings.Split(normalizeNewlines(r.Text), "\n")
	for i, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if err := opts.checkSize(line); err != nil {
			return nil, &Error{Op: "read", Path: name, Line: i + 1, Err: err}
		}
		lr := r
		lr.ID = r.ID + "#" + strconv.Itoa(i+1)
		lr.Title = ""
		d, ok := build(name, lr, line, opts)
		if ok {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		opts.skip(name, 0)
	}
	return docs, nil
}

// build cleans text into a document; ok is false when nothing is left.
func build(name string, r record, text string, opts *Options) (extract.Document, bool) {
	var title, body string
	if opts.Lines {
		body = cleanLine(text)
	} else {
		title, body = cleanTitle(text, r.Title)
	}
	if body == "" {
		return extract.Document{}, false
	}
	if r.Title != "" {
		title = r.Title
	}
	d := extract.Document{
		ID:     r.ID,
		Path:   name,
		Title:  title,
		URL:    r.URL,
		Source: r.Source,
		Text:   body,
		Hash:   extract.HashText(body),
	}
	switch {
	case !opts.Date.IsZero():
		d.Published, d.DateFrom = opts.Date, "flag"
	case !r.Published.IsZero():
		d.Published, d.DateFrom = r.Published, "meta"
	default:
		if t, ok := TextDate(text); ok {
			d.Published, d.DateFrom = t, "text"
		}
	}
	return d, true
}

// jsonRecord is the JSON Lines schema.
type jsonRecord struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	// Other names feeds and scrapers give the publication date, read
	// when "published" is absent.
	Date          string `json:"date"`
	PublishedAt   string `json:"published_at"`
	DatePublished string `json:"datePublished"`
	PubDate       string `json:"pubDate"`
}

// published returns the record's publication date as written and the
// field it came from: "published", else the first of its other names.
func (j *jsonRecord) published() (string, string) {
	for _, f := range []struct{ v, name string }{
		{j.Published, "published"}, {j.Date, "date"}, {j.PublishedAt, "published_at"},
		{j.DatePublished, "datePublished"}, {j.PubDate, "pubDate"},
	} {
		if v := strings.TrimSpace(f.v); v != "" {
			return v, f.name
		}
	}
	return "", ""
}

func (j *jsonRecord) record(defID string) (record, error) {
	r := record{ID: strings.TrimSpace(j.ID), Title: collapseSpace(j.Title), URL: strings.TrimSpace(j.URL),
		Source: collapseSpace(j.Source), Text: j.Text}
	if r.ID == "" {
		r.ID = defID
	}
	if strings.TrimSpace(j.Text) == "" {
		return r, fmt.Errorf("%w: no text", ErrEmpty)
	}
	if p, field := j.published(); p != "" {
		t, err := parseMetaDate(p)
		if err != nil {
			return r, fmt.Errorf("%w: %s %q is neither RFC 3339 nor YYYY-MM-DD", ErrFormat, field, p)
		}
		r.Published = t
	}
	return r, nil
}

func readJSONL(name, base, text string, opts *Options) ([]extract.Document, error) {
	var docs []extract.Document
	n, records, bad := 0, 0, 0
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		var j jsonRecord
		dec := json.NewDecoder(strings.NewReader(line))
		var lineErr error
		var r record
		var err error
		if derr := dec.Decode(&j); derr != nil {
			lineErr = fmt.Errorf("%w: %v", ErrFormat, derr)
		} else if dec.More() {
			lineErr = fmt.Errorf("%w: more than one JSON value on the line", ErrFormat)
		} else if r, err = j.record(base + "#" + strconv.Itoa(n)); err != nil {
			lineErr = err
		}
		if lineErr != nil {
			e := &Error{Op: "parse", Path: name, Line: n, Err: lineErr}
			if opts.Bad == nil {
				return nil, e
			}
			opts.Bad(e)
			bad++
			continue
		}
		if err := opts.checkSize(r.Text); err != nil {
			return nil, &Error{Op: "read", Path: name, Line: n, Err: err}
		}
		records++
		o := *opts
		o.Lines = false
		d, ok := build(name, r, r.Text, &o)
		if !ok {
			opts.skip(name, n)
			continue
		}
		docs = append(docs, d)
	}
	if records == 0 && bad == 0 {
		return nil, &Error{Op: "parse", Path: name, Err: fmt.Errorf("%w: no records", ErrEmpty)}
	}
	return docs, nil
}

// readJSON reads a .json file: JSON Lines, one object, or an array of them.
func readJSON(name, base, text string, opts *Options) ([]extract.Document, error) {
	if isJSONL(text) && strings.Count(strings.TrimSpace(text), "\n") > 0 {
		return readJSONL(name, base, text, opts)
	}
	var list []jsonRecord
	t := strings.TrimSpace(text)
	var err error
	if strings.HasPrefix(t, "[") {
		err = json.Unmarshal([]byte(t), &list)
	} else {
		var j jsonRecord
		err = json.Unmarshal([]byte(t), &j)
		list = append(list, j)
	}
	if err != nil {
		return nil, &Error{Op: "parse", Path: name, Err: fmt.Errorf("%w: %v", ErrFormat, err)}
	}
	if len(list) == 0 {
		return nil, &Error{Op: "parse", Path: name, Err: fmt.Errorf("%w: no records", ErrEmpty)}
	}
	var docs []extract.Document
	for i := range list {
		defID := base
		if len(list) > 1 {
			defID = base + "#" + strconv.Itoa(i+1)
		}
		r, err := list[i].record(defID)
		if err != nil {
			return nil, &Error{Op: "parse", Path: name + "[" + strconv.Itoa(i) + "]", Err: err}
		}
		o := *opts
		o.Lines = false
		d, ok := build(name, r, r.Text, &o)
		if !ok {
			opts.skip(name+"["+strconv.Itoa(i)+"]", 0)
			continue
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// parseMetaDate parses a metadata date: RFC 3339 (with or without zone or
// seconds, "T" or space), or YYYY-MM-DD. A value without a zone is UTC.
func parseMetaDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	layouts := []string{
		time.RFC3339Nano,
		"2006-01-02T15:04:05Z0700",
		"2006-01-02T15:04Z07:00",
		"2006-01-02T15:04:05",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05 -0700",
		"2006-01-02 15:04:05",
		"2006-01-02 15:04",
		"2006-01-02",
		"2006/01/02",
		time.RFC1123Z, // RSS pubDate
		time.RFC1123,
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	if t, ok := TextDate(s); ok {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%w: unrecognised date %q", ErrFormat, s)
}
