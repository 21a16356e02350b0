package graph

import (
	"context"
	"database/sql"
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
	fresh, err := noTables(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", name, err)
	}
	if fresh {
		// Cayley's Init creates the nodes and quads tables and indexes.
		if err := csql.Init(postgres.Type, dsn, nil); err != nil && !errors.Is(err, cayley.ErrDatabaseExists) {
			return nil, fmt.Errorf("graph: open %s: create tables: %w", name, err)
		}
	}
	qs, err := csql.New(postgres.Type, dsn, nil)
	if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", name, err)
	}
	s := &Store{qs: qs, path: name, sql: true}
	if err := s.checkSchema(ctx); err != nil {
		qs.Close()
		return nil, fmt.Errorf("graph: open %s: %w", name, err)
	}
	return s, nil
}

// noTables reports whether the database at dsn lacks Cayley's quads table
// (in its search path).
func noTables(ctx context.Context, dsn string) (bool, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return false, err
	}
	defer db.Close()
	var table sql.NullString
	if err := db.QueryRowContext(ctx, "SELECT to_regclass('quads')::text").Scan(&table); err != nil {
		return false, err
	}
	return !table.Valid, nil
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
