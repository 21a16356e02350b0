package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/goccy/go-graphviz"
	"github.com/storygraph/storygraph/extract"
)

// Layouter lays out a Graphviz DOT document and renders it in format, "svg"
// or "png". [Graphviz] is the real one; tests may fake it.
type Layouter interface {
	Layout(ctx context.Context, dot []byte, format string) ([]byte, error)
}

// DefaultLayoutTimeout bounds a layout whose context has no earlier deadline.
const DefaultLayoutTimeout = 60 * time.Second

// GraphvizLayouter is the [Layouter] backed by go-graphviz, Graphviz compiled
// to WebAssembly and run in-process. The zero value is ready to use; the
// Graphviz context is created on the first layout and reused. It is safe for
// concurrent use: layouts run one at a time, since go-graphviz keeps one
// WebAssembly instance per process.
type GraphvizLayouter struct {
	// Timeout bounds each layout when the context has no earlier deadline;
	// 0 means DefaultLayoutTimeout.
	Timeout time.Duration

	once sync.Once
	gv   *graphviz.Graphviz
	err  error
}

var _ Layouter = (*GraphvizLayouter)(nil)

// gvSem serialises every call into go-graphviz: its WebAssembly module is a
// single process-wide instance that is not safe for concurrent calls.
var gvSem = make(chan struct{}, 1)

var defaultGraphviz = &GraphvizLayouter{}

// Graphviz returns the process-wide go-graphviz layouter. Nothing is
// initialised until its first layout.
func Graphviz() Layouter { return defaultGraphviz }

// Layout lays out dot with the engine named by the graph's "layout"
// attribute ("dot" when absent) and renders it as SVG or PNG.
//
// The layout runs under ctx's deadline, or Timeout when ctx has none. Graphviz
// cannot be interrupted: when the deadline passes Layout returns an error at
// once, while the abandoned layout finishes in the background and holds up
// later layouts until it does.
func (l *GraphvizLayouter) Layout(ctx context.Context, dot []byte, format string) ([]byte, error) {
	format = strings.ToLower(format)
	if format != "svg" && format != "png" {
		return nil, fmt.Errorf("render: graphviz layout: unsupported format %q (want svg or png)", format)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("render: graphviz %s layout: %w", engineOf(dot), err)
	}
	timeout := l.Timeout
	if timeout <= 0 {
		timeout = DefaultLayoutTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	select {
	case gvSem <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("render: graphviz %s layout: waiting for graphviz: %w", engineOf(dot), ctx.Err())
	}
	type result struct {
		svg []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() { <-gvSem }()
		svg, err := l.layoutSVG(dot)
		done <- result{svg, err}
	}()
	var res result
	select {
	case res = <-done:
	case <-ctx.Done():
		return nil, fmt.Errorf("render: graphviz %s layout did not finish: %w", engineOf(dot), ctx.Err())
	}
	if res.err != nil {
		return nil, res.err
	}
	if format == "svg" {
		return res.svg, nil
	}
	png, err := RasterizeSVG(res.svg, 1.5)
	if err != nil {
		return nil, fmt.Errorf("render: graphviz %s layout: %w", engineOf(dot), err)
	}
	return png, nil
}

// layoutSVG runs one layout; the caller holds gvSem.
func (l *GraphvizLayouter) layoutSVG(dot []byte) (out []byte, err error) {
	// go-graphviz does not watch the context (wazero is not configured to),
	// so the deadline is enforced by the caller.
	ctx := context.Background()
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("render: graphviz %s layout: %v", engineOf(dot), r)
		}
	}()
	l.once.Do(func() {
		l.gv, l.err = graphviz.New(ctx)
	})
	if l.err != nil {
		return nil, fmt.Errorf("render: graphviz init: %w", l.err)
	}
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("render: graphviz parse dot: %w", err)
	}
	defer g.Close()
	var buf bytes.Buffer
	if err := l.gv.Render(ctx, g, graphviz.SVG, &buf); err != nil {
		return nil, fmt.Errorf("render: graphviz %s layout: %w", engineOf(dot), err)
	}
	if buf.Len() == 0 {
		return nil, errors.New("render: graphviz " + engineOf(dot) + " layout: empty output")
	}
	return buf.Bytes(), nil
}

// engineOf returns the layout engine a DOT document asks for, for messages.
func engineOf(dot []byte) string {
	i := bytes.Index(dot, []byte("layout="))
	if i < 0 {
		return "dot"
	}
	s := dot[i+len("layout="):]
	s = bytes.TrimPrefix(s, []byte(`"`))
	j := bytes.IndexAny(s, "\", ;]\n")
	if j < 0 || j > 16 {
		return "dot"
	}
	return string(s[:j])
}

// Map draws the relationship map in format: "dot" returns [MapDOT]'s
// document, "svg" and "png" lay it out with l ([Graphviz] when l is nil).
// In SVG the <title> of every node and edge (which browsers show on hover)
// holds its tooltip: the entity, or the facts with their source sentences,
// XML-escaped.
func Map(ctx context.Context, l Layouter, entities []extract.Entity, facts []extract.Fact, opts MapOptions, format string) ([]byte, error) {
	format = strings.ToLower(format)
	switch format {
	case "dot", "svg", "png":
	default:
		return nil, fmt.Errorf("render: map: unsupported format %q (want svg, png or dot)", format)
	}
	dot, titles, err := mapDocument(entities, facts, opts)
	if err != nil {
		return nil, err
	}
	if format == "dot" {
		return dot, nil
	}
	if l == nil {
		l = Graphviz()
	}
	out, err := l.Layout(ctx, dot, format)
	if err != nil || format != "svg" {
		return out, err
	}
	return setTitles(out, titles), nil
}

// svgGroupTitle matches the start of a node or edge group of Graphviz's SVG
// and its <title>, which holds the DOT node name or "a->b".
var svgGroupTitle = regexp.MustCompile(`<g id="([^"]+)" class="(?:node|edge)">\s*<title>[^<]*</title>`)

// setTitles replaces the <title> of each SVG group whose id has a title
// with that title, XML-escaped.
func setTitles(svg []byte, titles map[string]string) []byte {
	return svgGroupTitle.ReplaceAllFunc(svg, func(m []byte) []byte {
		sub := svgGroupTitle.FindSubmatchIndex(m)
		t, ok := titles[string(m[sub[2]:sub[3]])]
		if !ok {
			return m
		}
		i := bytes.Index(m, []byte("<title>"))
		var b bytes.Buffer
		b.Write(m[:i])
		b.WriteString("<title>")
		_ = xml.EscapeText(&b, []byte(t))
		b.WriteString("</title>")
		return b.Bytes()
	})
}
