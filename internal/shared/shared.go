// Package shared locates the project's read-only shared material (seed
// articles, gold labels, benchmarks, treebanks) for tests.
//
// The material lives in a folder named shared beside the repository. Tests
// that need it call [Dir]: where it is absent (a user's clone) the test is
// skipped with a clear message, but when the environment variable CI is
// "true" a missing folder fails the test.
package shared

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the path of the shared folder beside the repository root, or
// the value of STORYGRAPH_SHARED when set. It does not check that it exists.
func Root() string {
	if d := os.Getenv("STORYGRAPH_SHARED"); d != "" {
		return d
	}
	_, file, _, _ := runtime.Caller(0)
	// file is <repo>/internal/shared/shared.go
	repo := filepath.Dir(filepath.Dir(filepath.Dir(file)))
	return filepath.Join(filepath.Dir(repo), "shared")
}

// Dir returns Root()/sub after checking it exists; otherwise it skips t, or
// fails it when CI=true.
func Dir(t testing.TB, sub string) string {
	t.Helper()
	p := filepath.Join(Root(), sub)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared material missing in CI: %v", err)
		}
		t.Skipf("shared material not found (%v); put the project's shared/ folder beside the repository to run this test", err)
	}
	return p
}
