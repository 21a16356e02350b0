package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	cayley "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
)

// OpenPostgres opens the graph kept in the PostgreSQL database at dsn, a
// URL such as "postgres://user:secret@db.example.org:5432/story?sslmode=disable"
// (see github.com/lib/pq for the parameters), creating Cayley's tables
// (nodes and quads, with their indexes) when the database has none. It is
// Cayley's SQL backend, the one that also serves CockroachDB; the driver,
// lib/pq, is pure Go.
//
// The store behaves as a bolt one (the same schema, the same contract
// suite, graph/graphtest), except that several processes may use it at
// once: PostgreSQL orders their transactions. Messages name the database
// without its password.
//
// Cayley registers its SQL flavours with package-level init functions
// (graph/sql/postgres); this is the only registry storygraph relies on, and
// only through this function.
func OpenPostgres(ctx context.Context, dsn string) (*Store, error) {
	name := redact(dsn)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", name, err)
	}
	qs, err := csql.New(postgres.Type, dsn, nil)
	if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", name, err)
	}
	s := &Store{qs: qs, path: name}
	if _, err := qs.Stats(ctx, false); err != nil {
		// No tables yet: create them (Cayley's Init), then open again.
		qs.Close()
		if ierr := csql.Init(postgres.Type, dsn, nil); ierr != nil && !errors.Is(ierr, cayley.ErrDatabaseExists) {
			return nil, fmt.Errorf("graph: open %s: create tables: %w", name, ierr)
		}
		if qs, err = csql.New(postgres.Type, dsn, nil); err != nil {
			return nil, fmt.Errorf("graph: open %s: %w", name, err)
		}
		s.qs = qs
	}
	if err := s.checkSchema(ctx); err != nil {
		qs.Close()
		return nil, fmt.Errorf("graph: open %s: %w", name, err)
	}
	return s, nil
}

// redact returns dsn without its password, for messages.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
		return strings.Replace(u.String(), "xxxxx", "…", 1)
	}
	return u.String()
}
