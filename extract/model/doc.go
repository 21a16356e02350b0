// Package model defines storygraph's model file format: a gzip stream holding
// a gob-encoded [Header] followed by a gob-encoded payload that the owning
// package (tagger, parser, recogniser) defines. Loading goes through [fs.FS]
// so embedded files, directories and test maps all work, and every failure is
// returned as an error naming the file, never a panic.
package model
