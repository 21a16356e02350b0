package render

import "github.com/storygraph/storygraph/internal/gvcache"

// Package gvcache pointed TMPDIR at a per-user compilation cache for
// go-graphviz's package init. This initialiser runs after that init (render
// imports go-graphviz) and gives the rest of the program its TMPDIR back;
// gvcache.Dir() names the cache in use ("" for none).
var _ = gvcache.Restore()
