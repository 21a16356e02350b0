// Package render draws storygraph's knowledge graph: a relationship map of
// entities and facts, a left-to-right timeline of dated events, and a single
// self-contained report (HTML or Markdown) that holds both pictures, the entity
// table, the events and every fact with the sentence it was read from.
//
// render takes value types only ([extract.Entity], [extract.Fact],
// [timeline.Timeline]); it never sees the store or the extraction pipeline.
//
// # Map
//
// [MapDOT] turns entities and facts into a deterministic Graphviz DOT
// document: entities become nodes shaped and coloured by type (PERSON
// ellipse, ORG rounded box, GPE and LOC green hexagons, DOC note, ...), sized
// by importance (mentions plus PageRank over the drawn facts); facts between
// two entities become labelled edges, several facts between the same pair
// share one edge whose label lists their relations, and the edge tooltip holds
// the source sentences. Facts whose object is not an entity are left out,
// except around a focused entity ([MapOptions.Focus]) where they are drawn as
// small plain-text nodes. [Map] lays the DOT out through a [Layouter] and
// returns SVG or PNG.
//
// # Layout
//
// [Graphviz] returns the in-process layouter backed by
// github.com/goccy/go-graphviz (Graphviz compiled to WebAssembly, no cgo).
// Note that go-graphviz compiles its WebAssembly module in its package init,
// so every binary that links this package pays that cost at start-up (cached
// on disk after the first run in a per-user directory, by default
// os.UserCacheDir()/storygraph/go-graphviz: see internal/gvcache);
// the Graphviz context itself is created lazily, on the first layout, and
// reused. Layouts are serialised (the WebAssembly instance is process-wide)
// and run under a deadline.
//
// go-graphviz's own PNG renderer draws no outlines or edge lines, so PNG is
// produced here by laying out SVG and rasterising it with a small pure-Go
// rasteriser for the SVG subset Graphviz and [TimelineSVG] emit (polygons,
// ellipses, cubic paths, polylines, rectangles, lines, circles and text in
// the Go fonts). It is meant for previews; SVG is the faithful format.
//
// # Escaping
//
// Everything that comes from articles is escaped for where it lands: DOT
// strings are quoted with backslash escapes and HTML entities ("&" becomes
// "&amp;", since Graphviz decodes entities in labels), SVG written here goes
// through XML escaping, and the HTML report uses html/template.
//
// # Determinism
//
// For the same input, MapDOT, TimelineSVG, WriteHTML and WriteMarkdown return
// byte-identical output; no map is ranged over on an output path and the
// PageRank used for importance is a fixed-start power iteration.
package render
