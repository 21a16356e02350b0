// Package extract turns articles into facts, entities and dated events.
//
// It is the first stage of storygraph's one-way flow
//
//	articles → extract → graph → render
//
// and never imports graph or render.
//
// # Pipeline
//
// A [Document] arrives from [github.com/storygraph/storygraph/extract/ingest],
// which reads plain text, Markdown, HTML and JSON Lines, strips boilerplate
// (share buttons, headline lists, syndication footers, login prompts, repeated
// paragraphs) and settles the publication date. The pipeline
// ([github.com/storygraph/storygraph/extract/pipeline]) then runs, per
// document:
//
//  1. the NLP core ([github.com/storygraph/storygraph/extract/nlp]): sentences,
//     tokens with byte offsets, part-of-speech tags, lemmas, a dependency parse
//     and named entities;
//  2. open information extraction
//     ([github.com/storygraph/storygraph/extract/oie]): subject–relation–object
//     facts read off the parse, with negation, modality and a confidence;
//  3. temporal normalisation
//     ([github.com/storygraph/storygraph/extract/temporal]): dates relative to the
//     publication date, attached to the facts they modify;
//
// and, across all documents of a build, entity resolution
// ([github.com/storygraph/storygraph/extract/resolve]), which gives every
// mention a canonical [Entity] and rewrites fact arguments to canonical names.
//
// This package holds the value types the stages exchange and hand on to the
// graph: [Document], [Fact], [Source], [Entity]. It imports nothing of the
// stages, so every stage may use them.
//
// Every [Fact] keeps its provenance in [Source]: the document, the sentence text,
// the byte offset of the sentence in the cleaned document text, and [Spans]:
// where in that text the subject, the relation's words and the object were
// read.
package extract
