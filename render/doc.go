// Package render draws storygraph's knowledge graph: a relationship map of
// entities and facts, a left-to-right timeline of dated events, and a single
// self-contained report (HTML or Markdown) that holds both pictures, the entity
// table, the events and every fact with the sentence it was read from.
//
// render's drawing and writing functions take value types only
// ([extract.Entity], [extract.Fact], [timeline.Timeline]); [BuildReport]
// reads them from a graph through the small [ReportSource] interface (which
// *graph.Store satisfies) and never reads the clock, so the same graph gives
// byte-identical reports. render never sees the extraction pipeline.
//
// # Map
//
// [MapDOT] turns entities and facts into a deterministic Graphviz DOT
// document of the most salient part of the story
// ([github.com/storygraph/storygraph/graph/salience]: mentions, documents,
// PageRank over the fact graph, confidence, corroboration, dates). Nodes are
// entities and concepts (a thing several facts share, such as "declaration
// of intent" or "security guarantees", drawn as a dashed box); a joint
// subject ("the UK and France", "UK and French leaders") reaches each
// member. Shapes give the type, fill colours the Louvain community
// (github.com/storygraph/storygraph/graph/analyze), font size the salience;
// a legend says so. The facts between two nodes are folded into one edge
// labelled with the most salient relation and "×N" for N sentences, thicker
// with more documents, dashed when hedged or denied; a bare "be" or "have"
// is drawn only when nothing better links the pair, and facts read off a
// fronted participial phrase or a list inside a modifier are left out.
// [MapOptions.MaxNodes] caps the nodes ([DefaultMaxNodes]); around
// [MapOptions.Focus] the map keeps, hop by hop, each node's most salient
// neighbours, and the focused entity's facts whose other argument is no node
// are drawn as small plain-text nodes. [Map] lays the DOT out through a
// [Layouter] ("dot" up to 80 nodes, "sfdp" beyond) and returns SVG, whose
// node and edge <title> elements hold the tooltips (entities; facts with
// their source sentences), or PNG.
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
