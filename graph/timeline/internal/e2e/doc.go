// Package e2e measures the timeline of the seed articles end to end: ingest,
// the trained annotator, the extraction pipeline, then timeline.Build,
// scored with internal/goldeval against ../shared/gold. It has no API and
// lives apart so that package timeline's own tests build without the
// models and the pipeline.
package e2e
