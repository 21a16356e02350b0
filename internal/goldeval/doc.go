// Package goldeval scores a pipeline run on the seed articles against the
// hand-labelled gold file (shared/gold/*.gold.json): facts found, alias
// clusters (pairwise precision, recall and F1), entities kept apart, noise
// kept out, and timeline events with the right dates.
//
// Matching follows the gold file's "about" text: a fact matches when its
// subject resolves to the gold subject entity, some word of relation_any
// occurs in the lemmatised relation, and the object resolves to the gold
// object entity or contains one of object_any.
package goldeval
