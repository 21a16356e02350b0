package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// dotEdges returns the edges of a DOT map as "from -> to" keys (node labels,
// line breaks as spaces) with their labels.
func dotEdges(t *testing.T, dot string) (nodes int, edges map[string]string) {
	t.Helper()
	label := map[string]string{}
	nodeRE := regexp.MustCompile(`(?m)^\t("[^"]+") \[id="n\d+", label="([^"]*)"`)
	for _, m := range nodeRE.FindAllStringSubmatch(dot, -1) {
		label[m[1]] = strings.ReplaceAll(m[2], `\n`, " ")
	}
	edges = map[string]string{}
	edgeRE := regexp.MustCompile(`(?m)^\t("[^"]+") -> ("[^"]+") \[id="e\d+", label="([^"]*)"`)
	for _, m := range edgeRE.FindAllStringSubmatch(dot, -1) {
		edges[label[m[1]]+" -> "+label[m[2]]] = strings.ReplaceAll(m[3], `\n`, " ")
	}
	return len(label), edges
}

// TestSeedsMapStory checks that the seeds' map tells the story's headline:
// who signed, agreed and offered what.
func TestSeedsMapStory(t *testing.T) {
	db := seedsDB(t)
	out := filepath.Join(t.TempDir(), "map.dot")
	if _, stderr, code := runCLI(t, "", "--db", db, "render", "-o", out); code != 0 {
		t.Fatalf("render: %s", stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	nodes, edges := dotEdges(t, string(b))
	if nodes < 20 || nodes > 40 {
		t.Errorf("default map has %d nodes, want a readable 20..40", nodes)
	}
	for _, want := range []struct{ edge, relation string }{
		{"United Kingdom -> declaration of intent", "signed"},
		{"France -> declaration of intent", "signed"},
		{"United States -> security guarantees", "offering"},
		{"United States -> Coalition of the Willing", "joined"},
		{"Coalition of the Willing -> verification mechanism", "agreed"},
	} {
		l, ok := edges[want.edge]
		if !ok || !strings.Contains(l, want.relation) {
			t.Errorf("seeds map: edge %s labelled %q, want one saying %q", want.edge, l, want.relation)
		}
	}
	// --top caps the nodes.
	if _, stderr, code := runCLI(t, "", "--db", db, "render", "-o", out, "--top", "6"); code != 0 {
		t.Fatalf("render --top 6: %s", stderr)
	}
	b, _ = os.ReadFile(out)
	if nodes, _ := dotEdges(t, string(b)); nodes == 0 || nodes > 6 {
		t.Errorf("--top 6: %d nodes", nodes)
	}
	if _, _, code := runCLI(t, "", "--db", db, "render", "-o", out, "--top", "-2"); code != 2 {
		t.Errorf("--top -2: exit %d, want 2", code)
	}
}
