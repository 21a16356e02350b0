package examples

import (
	"embed"
	"io/fs"
)

//go:embed camp-david
var corpus embed.FS

// Corpus returns the example articles as a file system rooted at the corpus
// folder.
func Corpus() fs.FS {
	sub, err := fs.Sub(corpus, "camp-david")
	if err != nil {
		panic(err) // the embedded folder is fixed at build time
	}
	return sub
}
