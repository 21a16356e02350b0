package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBench runs bench on a tiny synthetic corpus and on a given one and
// checks that every figure is reported.
func TestBench(t *testing.T) {
	dir := t.TempDir()
	given := filepath.Join(dir, "given")
	os.Mkdir(given, 0o755)
	os.WriteFile(filepath.Join(given, "a.txt"), []byte("Mayor Clara Ibsen opened the new library in Bergen on Monday. Ibsen said it cost 9 million kroner.\n"), 0o644)
	os.WriteFile(filepath.Join(given, "b.txt"), []byte("The Bergen council approved the library budget on Friday.\n"), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"synthetic", []string{"--articles", "3", "--batch", "2", "--workers", "2"}, []string{
			`articles +3 \(0\.0 MB of text\), \d+ sentences, 2 workers, GOMAXPROCS \d+, 2 batches`,
			`build +[0-9.]+ s: [0-9.]+ articles/s, [0-9.]+ sentences/s, [0-9.]+ facts/s, [0-9.]+ quads/s`,
			`stages +read [0-9.]+ s, check [0-9.]+ s, index [0-9.]+ s, extract [0-9.]+ s, write [0-9.]+ s`,
			`graph +[1-9]\d* facts, [1-9]\d* entities, [1-9]\d* quads`,
			`raw load +[0-9.]+ s \([0-9]+ quads/s\); build / raw = [0-9.]+`,
			`peak RSS +[1-9]\d* MB until the build ended, [1-9]\d* MB in all \(VmHWM\)(; [0-9]+ MB file-backed when the build ended)?`,
			`query +entities +[0-9.]+ ms`,
			`query +facts --about +[0-9.]+ ms`,
			`query +neighbours +[0-9.]+ ms`,
			`query +path +[0-9.]+ ms`,
			`query +timeline --about +[0-9.]+ ms`,
		}},
		{"short stories", []string{"--articles", "6", "--short", "--no-raw"}, []string{
			`articles +6 \(0\.0 MB of text\), \d+ sentences`,
			`graph +[1-9]\d* facts`,
			`query +timeline --about +[0-9.]+ ms +\([1-9]\d* results`,
		}},
		{"given corpus", []string{"--corpus", given, "--no-raw", "--no-queries"}, []string{
			`articles +2 \(`,
			`graph +[1-9]\d* facts`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, code := runCLI(t, "", append([]string{"bench"}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, w := range tc.want {
				if !regexp.MustCompile(`(?m)^` + w).MatchString(out) {
					t.Errorf("output lacks /%s/:\n%s", w, out)
				}
			}
			if tc.name == "given corpus" && strings.Contains(out, "raw load") {
				t.Errorf("--no-raw still loaded raw:\n%s", out)
			}
		})
	}
	if _, _, code := runCLI(t, "", "bench", "--articles", "0"); code != 2 {
		t.Errorf("--articles 0: exit %d, want 2", code)
	}
}
