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
