// Package examples bundles storygraph's example corpus: a handful of articles
// written for this project about the 1978 Camp David summit and the 1979
// Egypt–Israel peace treaty, in the formats storygraph reads (Markdown with
// front matter, HTML, plain text, JSON Lines) and with the noise real pages
// carry (share buttons, repeated paragraphs, related headlines, footers).
//
// The articles are the project's own text, written from the public historical
// record; they may be copied under the repository's licence. `storygraph demo`
// builds a graph from [Corpus] and writes a report, a map and a timeline.
package examples
