package model

import (
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"io/fs"
)

// Header describes a model file.
type Header struct {
	Name     string // what the model is: "tagger", "parser", "ner"
	Version  string // model version, e.g. "en-2026.1"
	Features string // feature-set identifier; a mismatch with the code is an error
	Corpus   string // training data, e.g. "UD_English-EWT r2.x train"
	Scores   map[string]float64
}

// Save writes h and payload to w in the model file format.
func Save(w io.Writer, h Header, payload any) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	enc := gob.NewEncoder(zw)
	if err := enc.Encode(h); err != nil {
		return fmt.Errorf("model: save %s header: %w", h.Name, err)
	}
	if err := enc.Encode(payload); err != nil {
		return fmt.Errorf("model: save %s: %w", h.Name, err)
	}
	return zw.Close()
}

// Load reads the model file name from fsys into payload, which must be a
// pointer. It checks that the file's header has the wanted Name and Features.
func Load(fsys fs.FS, name string, want Header, payload any) (Header, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return Header{}, fmt.Errorf("model: %w", err)
	}
	defer f.Close()
	return Read(f, name, want, payload)
}

// Read is [Load] on an open reader; name is used in errors.
func Read(r io.Reader, name string, want Header, payload any) (Header, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return Header{}, fmt.Errorf("model: %s: not a model file: %w", name, err)
	}
	dec := gob.NewDecoder(zr)
	var h Header
	if err := dec.Decode(&h); err != nil {
		return h, fmt.Errorf("model: %s: bad header: %w", name, err)
	}
	if want.Name != "" && h.Name != want.Name {
		return h, fmt.Errorf("model: %s: holds a %q model, want %q", name, h.Name, want.Name)
	}
	if want.Features != "" && h.Features != want.Features {
		return h, fmt.Errorf("model: %s: feature set %q, code expects %q (retrain)", name, h.Features, want.Features)
	}
	if err := dec.Decode(payload); err != nil {
		return h, fmt.Errorf("model: %s: bad payload: %w", name, err)
	}
	return h, nil
}
