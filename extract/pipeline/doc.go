// Package pipeline runs storygraph's extraction stages over documents:
// the NLP core ([github.com/storygraph/storygraph/extract/nlp]), clause-based
// open information extraction ([github.com/storygraph/storygraph/extract/oie]),
// temporal normalisation ([github.com/storygraph/storygraph/extract/temporal])
// and, across all documents of a run, entity resolution
// ([github.com/storygraph/storygraph/extract/resolve]). It turns
// [extract.Document] values into [extract.Fact] and [extract.Entity] values
// with provenance.
//
// Documents are annotated in parallel (bounded by [Options].Workers) and the
// results are assembled in input order, so the same input always gives the
// same output.
package pipeline
