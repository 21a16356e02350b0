package layers

import (
	"bufio"
	"bytes"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

const module = "github.com/storygraph/storygraph"

// rules says, for the packages under a directory of the module, which
// directories they may not depend on, directly or through another package,
// in their code or their tests.
var rules = []struct {
	from   string
	banned []string
	why    string
}{
	{"extract", []string{"graph", "render", "cmd", "examples"}, "extraction knows nothing of storage or drawing"},
	{"graph", []string{"render", "cmd", "examples"}, "the graph knows nothing of drawing"},
	{"render", []string{"cmd", "examples"}, "a library does not import commands or examples"},
	{"internal", []string{"cmd", "examples"}, "a library does not import commands or examples"},
	// cmd/storygraph and examples/quickstart embed the example corpus
	// (package examples); no package imports a command.
	{"cmd", []string{"cmd"}, "a command is not a library"},
	{"examples", []string{"cmd"}, "a command is not a library"},
}

// under reports whether the import path p is the module directory dir or
// below it.
func under(p, dir string) bool {
	full := module + "/" + dir
	return p == full || strings.HasPrefix(p, full+"/")
}

func TestImportDirection(t *testing.T) {
	out, err := exec.Command("go", "list", "-e", "-f",
		"{{.ImportPath}}\t{{join .Deps \" \"}}\t{{join .TestImports \" \"}} {{join .XTestImports \" \"}}",
		module+"/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := map[string][]string{}
	tests := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			t.Fatalf("go list line %q", sc.Text())
		}
		deps[f[0]] = strings.Fields(f[1])
		tests[f[0]] = strings.Fields(f[2])
	}
	if len(deps) < 10 {
		t.Fatalf("go list found %d packages", len(deps))
	}
	bad, checked := violations(deps, tests)
	for _, b := range bad {
		t.Error(b)
	}
	if checked < 10 {
		t.Fatalf("only %d packages checked", checked)
	}
}

// violations checks every package against the rules, given each
// package's transitive dependencies and its tests' direct imports. It
// returns one message per offending package and how many were checked.
func violations(deps, tests map[string][]string) ([]string, int) {
	var msgs []string
	checked := 0
	for pkg := range deps {
		// Everything the package's code and tests reach.
		reach := map[string]bool{}
		for _, d := range deps[pkg] {
			reach[d] = true
		}
		for _, ti := range tests[pkg] {
			if ti == pkg {
				continue // an external test imports its own package
			}
			reach[ti] = true
			for _, d := range deps[ti] {
				reach[d] = true
			}
		}
		for _, r := range rules {
			if !under(pkg, r.from) {
				continue
			}
			checked++
			var bad []string
			for d := range reach {
				for _, b := range r.banned {
					if under(d, b) {
						bad = append(bad, strings.TrimPrefix(d, module+"/"))
					}
				}
			}
			sort.Strings(bad)
			if len(bad) > 0 {
				msgs = append(msgs, strings.TrimPrefix(pkg, module+"/")+" depends on "+strings.Join(bad, ", ")+": "+r.why)
			}
		}
	}
	sort.Strings(msgs)
	return msgs, checked
}

// TestViolations checks the check on a made-up module.
func TestViolations(t *testing.T) {
	m := func(p string) string { return module + "/" + p }
	deps := map[string][]string{
		m("extract/ner"):      {m("extract"), "strings"},
		m("extract/bad"):      {m("internal/util"), m("render")}, // through internal/util
		m("internal/util"):    {m("render")},
		m("render"):           {m("graph"), m("extract")},
		m("graph"):            {m("extract")},
		m("graph/timeline"):   {m("graph")},
		m("cmd/storygraph"):   {m("examples"), m("render"), m("graph")},
		m("examples"):         nil,
		m("extract/testonly"): nil,
	}
	tests := map[string][]string{
		m("graph/timeline"):   {m("graph/timeline"), m("render")}, // an external test drawing
		m("extract/testonly"): {m("graph/timeline")},              // reaches graph through a test import
	}
	got, checked := violations(deps, tests)
	want := []string{
		"extract/bad depends on render: extraction knows nothing of storage or drawing",
		"extract/testonly depends on graph, graph/timeline: extraction knows nothing of storage or drawing",
		"graph/timeline depends on render: the graph knows nothing of drawing",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("violations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if checked != len(deps) {
		t.Errorf("checked %d packages, want %d", checked, len(deps))
	}
}
