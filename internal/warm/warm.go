package warm

import (
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql"
	_ "github.com/cayleygraph/cayley/query/path"
	_ "github.com/goccy/go-graphviz"
	_ "github.com/spf13/cobra"
	_ "gonum.org/v1/gonum/graph/network"
	_ "gonum.org/v1/gonum/graph/community"
	_ "gonum.org/v1/gonum/graph/encoding/dot"
)
