// Command gvcompare times storygraph's Graphviz (go-graphviz: Graphviz
// compiled to WebAssembly, run in-process by wazero) against the native
// Graphviz "dot" command on the same DOT document, in one run, and prints
// both. Native Graphviz is only measured, never needed: without it the
// command prints storygraph's figures and says so.
//
// The DOT document is a relationship map: either -dot FILE (for example
// "storygraph render --db X --top 2000 --format dot -o map.dot") or, by
// default, a generated story whose map has -entities entity nodes (every one
// drawn, so the map takes the layout storygraph picks for its size: sfdp
// beyond 80 nodes). -layout overrides the engine in both runs.
//
// Each side runs -runs times. The Graphviz instance of go-graphviz
// (instantiating the WebAssembly module, whose compilation to native code
// happened at process start, from the per-user cache) is created first by
// a two-node layout and timed on its own; the native figure is a whole
// "dot -Tsvg" process, start-up included.
//
// Usage:
//
//	go run ./scripts/gvcompare [-dot FILE | -entities 2000] [-runs 3] [-layout sfdp] [-native dot] [-keep DIR]
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"syscall"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/render"
)

func main() {
	dotFile := flag.String("dot", "", "DOT file to lay out (default: a generated map)")
	entities := flag.Int("entities", 2000, "entity nodes of the generated map")
	runs := flag.Int("runs", 3, "layouts per side")
	layout := flag.String("layout", "", "layout engine for both sides (default: the document's)")
	native := flag.String("native", "dot", "native Graphviz command")
	keep := flag.String("keep", "", "directory to keep the DOT and both SVGs in")
	flag.Parse()
	if err := run(*dotFile, *entities, *runs, *layout, *native, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "gvcompare:", err)
		os.Exit(1)
	}
}

func run(dotFile string, entities, runs int, layout, native, keep string) error {
	var doc []byte
	var err error
	if dotFile != "" {
		doc, err = os.ReadFile(dotFile)
	} else {
		ents, facts := story(entities)
		doc, err = render.MapDOT(ents, facts, render.MapOptions{MaxNodes: -1})
	}
	if err != nil {
		return err
	}
	if layout != "" {
		doc = setLayout(doc, layout)
	}
	dir := keep
	if dir == "" {
		if dir, err = os.MkdirTemp("", "gvcompare"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(dir, "map.dot")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		return err
	}
	nodes := len(regexp.MustCompile(`(?m)^\t"[^"]+" \[id="n\d+"`).FindAll(doc, -1))
	fmt.Printf("DOT: %s, %d bytes, %d nodes, layout %s\n", path, len(doc), nodes, engine(doc))

	// A two-node layout first creates the Graphviz instance, so that the
	// map's layouts below time the layout alone.
	start := time.Now()
	if _, err := render.Graphviz().Layout(context.Background(), []byte("digraph { a -> b }"), "svg"); err != nil {
		return fmt.Errorf("go-graphviz: %w", err)
	}
	fmt.Printf("go-graphviz instance (a two-node layout): %v\n", time.Since(start).Round(time.Millisecond))
	var goTimes, goCPU []time.Duration
	var goSVG []byte
	for i := range runs {
		start, cpu := time.Now(), selfCPU()
		svg, err := render.Graphviz().Layout(context.Background(), doc, "svg")
		if err != nil {
			return fmt.Errorf("go-graphviz: %w", err)
		}
		goTimes = append(goTimes, time.Since(start))
		goCPU = append(goCPU, selfCPU()-cpu)
		if i == 0 {
			goSVG = svg
		}
	}
	fmt.Printf("go-graphviz (WebAssembly, in-process): wall %s, median %v; CPU %s, median %v; SVG %d bytes\n",
		list(goTimes), median(goTimes).Round(time.Millisecond), list(goCPU), median(goCPU).Round(time.Millisecond), len(goSVG))

	bin, err := exec.LookPath(native)
	if err != nil {
		fmt.Printf("native Graphviz: %q not installed, not measured\n", native)
		return nil
	}
	version, _ := exec.Command(bin, "-V").CombinedOutput()
	var natTimes, natCPU []time.Duration
	out := filepath.Join(dir, "native.svg")
	for range runs {
		start := time.Now()
		cmd := exec.Command(bin, "-Tsvg", "-o", out, path)
		if msg, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v: %s", bin, err, msg)
		}
		natTimes = append(natTimes, time.Since(start))
		natCPU = append(natCPU, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
	}
	st, err := os.Stat(out)
	if err != nil {
		return err
	}
	fmt.Printf("native %s (%s): wall %s, median %v; CPU %s, median %v; SVG %d bytes\n", bin, bytes.TrimSpace(version),
		list(natTimes), median(natTimes).Round(time.Millisecond), list(natCPU), median(natCPU).Round(time.Millisecond), st.Size())
	fmt.Printf("go-graphviz/native, medians: wall %.2f, CPU %.2f\n", float64(median(goTimes))/float64(median(natTimes)),
		float64(median(goCPU))/float64(median(natCPU)))
	if keep != "" {
		return os.WriteFile(filepath.Join(dir, "go.svg"), goSVG, 0o644)
	}
	return nil
}

// story is a made-up story with n entities and 4n facts between them, every
// entity named in several facts (as render's own large fixture).
func story(n int) ([]extract.Entity, []extract.Fact) {
	types := []string{"PERSON", "ORG", "GPE", "LOC", "EVENT"}
	rels := []string{"met", "criticised", "signed with", "visited", "funds", "is part of", "warned"}
	n = max(n, 2)
	ents := make([]extract.Entity, n)
	for i := range ents {
		typ, name := types[i%len(types)], fmt.Sprintf("Entity %03d", i)
		ents[i] = extract.Entity{ID: extract.EntityID(typ, name), Name: name, Type: typ, Mentions: 1 + (i*7)%23,
			Docs: []string{fmt.Sprintf("d%d", i%5)}}
	}
	facts := make([]extract.Fact, 4*n)
	for i := range facts {
		s, o := ents[(i*13)%n], ents[(i*31+7)%n]
		rel := rels[i%len(rels)]
		f := extract.Fact{Subject: s.Name, SubjectID: s.ID, Relation: rel, Object: o.Name, ObjectID: o.ID, Confidence: 0.9}
		sentence := fmt.Sprintf("Sentence %d says %s %s %s.", i, s.Name, rel, o.Name)
		for j, d := range []string{fmt.Sprintf("d%d", i%5), fmt.Sprintf("d%d", (i+1)%5)} {
			f.Sources = append(f.Sources, extract.Source{Doc: d, Sentence: sentence, Offset: 10 * j})
		}
		f.SetID()
		facts[i] = f
	}
	return ents, facts
}

var layoutAttr = regexp.MustCompile(`layout="?[a-z]+"?`)

// setLayout sets the graph's layout engine.
func setLayout(doc []byte, engine string) []byte {
	if layoutAttr.Match(doc) {
		return layoutAttr.ReplaceAll(doc, []byte(`layout="`+engine+`"`))
	}
	return bytes.Replace(doc, []byte("graph ["), []byte(`graph [layout="`+engine+`", `), 1)
}

// engine is the layout engine doc asks for.
func engine(doc []byte) string {
	if m := layoutAttr.Find(doc); m != nil {
		return string(bytes.Trim(m[len("layout="):], `"`))
	}
	return "dot"
}

// selfCPU is the CPU time this process has used so far.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func list(ds []time.Duration) string {
	var b bytes.Buffer
	for i, d := range ds {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(d.Round(time.Millisecond).String())
	}
	if b.Len() == 0 {
		return "-"
	}
	return b.String()
}
