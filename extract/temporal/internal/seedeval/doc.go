// Package seedeval holds the tests that run the temporal normaliser on real
// parses: the trained annotator (extract/model/en) over the seed articles,
// scored against the gold timeline of ../shared/gold. It has no API; it
// lives apart so that package temporal's own tests build without the
// models.
package seedeval
