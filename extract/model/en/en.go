// Package en holds storygraph's English model files, embedded in the binary:
// tagger.model (part-of-speech tagger, package tag), parser.model
// (dependency parser, package depparse) and ner.model (entity recogniser,
// package ner), trained by cmd/storygraph-train on Universal Dependencies
// English EWT and UNER English EWT (CC BY-SA 4.0; see README.md in this
// folder for attribution and scores).
//
// Importing this package adds the weights (a few MB) to a binary, so only
// commands, examples and tests import it; libraries take an [fs.FS].
//
//	models, err := nlp.Load(en.FS)
package en

import "embed"

// Version is the version of the embedded models; it is also written into
// every model file's header.
const Version = "en-2026.1"

// FS holds the model files (*.model).
//
//go:embed *.model
var FS embed.FS
