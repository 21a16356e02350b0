package graph_test

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/lib/pq" // the driver Cayley's SQL backend opens

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/graphtest"
)

// postgresEnv names the variable holding the URL of a PostgreSQL server
// for tests, such as postgres://postgres@127.0.0.1:54329/storygraph_test?sslmode=disable.
// .ci/run starts a throw-away cluster and sets it.
const postgresEnv = "STORYGRAPH_TEST_POSTGRES"

var pgSchemas atomic.Int64

// postgresDSN returns the test server's URL, skipping t when none is
// configured (failing it when CI=true).
func postgresDSN(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv(postgresEnv)
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set in CI: .ci/run starts a PostgreSQL server and sets it", postgresEnv)
		}
		t.Skipf("no PostgreSQL server configured: set %s=postgres://user@host:port/db?sslmode=disable to run the PostgreSQL suite", postgresEnv)
	}
	return dsn
}

// openPostgres returns a store in a fresh schema of the test database, so
// that each call starts empty; the schema is dropped when t ends.
func openPostgres(t *testing.T) *graph.Store {
	t.Helper()
	dsn := postgresDSN(t)
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	schema := fmt.Sprintf("sg_test_%d_%d", time.Now().UnixNano()%1e9, pgSchemas.Add(1))
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() { db.Exec("DROP SCHEMA " + schema + " CASCADE") })
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	s, err := graph.OpenPostgres(t.Context(), u.String())
	if err != nil {
		t.Fatalf("OpenPostgres = %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestPostgres runs the store contract suite against PostgreSQL through
// Cayley's SQL backend.
func TestPostgres(t *testing.T) {
	postgresDSN(t) // skip once, not in every subtest
	graphtest.TestAll(t, openPostgres)
}
