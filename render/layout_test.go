package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"image"
	"image/png"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract"
)

// svgText parses svg as XML and returns the text of its <text> elements and
// of the tooltips (<a xlink:title> and <title>), failing t when it is not
// well-formed.
func svgText(t *testing.T, svg []byte) (texts, tips []string) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var in string
	var cur strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, svg)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			if tk.Name.Local == "text" || tk.Name.Local == "title" {
				in = tk.Name.Local
				cur.Reset()
			}
			for _, a := range tk.Attr {
				if a.Name.Local == "title" {
					tips = append(tips, a.Value)
				}
			}
		case xml.CharData:
			if in != "" {
				cur.Write(tk)
			}
		case xml.EndElement:
			switch {
			case tk.Name.Local == "text" && in == "text":
				texts = append(texts, cur.String())
			case tk.Name.Local == "title" && in == "title":
				tips = append(tips, cur.String())
			}
			if tk.Name.Local == in {
				in = ""
			}
		}
	}
	return texts, tips
}

func TestMapSVG(t *testing.T) {
	tests := []struct {
		name     string
		story    func() ([]extract.Entity, []extract.Fact)
		opts     MapOptions
		texts    []string // each must be the text of some <text>
		tips     []string // each must occur in some tooltip
		rawNever []string // must not occur in the SVG bytes
	}{
		{
			name:  "small",
			story: smallStory,
			opts:  MapOptions{Title: "Harbour deal"},
			texts: []string{"Harbour deal", "Mara Okafor", "Tomas Lind", "Lind & Sons", "Port Ellis", "met +1", "leads ×2", "not signed"},
			tips:  []string{"Okafor met Tomas Lind on Monday.", "Lind & Sons (ORG)"},
		},
		{
			name:     "hostile",
			story:    hostileStory,
			opts:     MapOptions{Title: `<Title> & "quotes"`},
			texts:    []string{`<Title> & "quotes"`, "<script>alert(1)</", "script>", `A&B "Quoted"`, "<Corp>", `Back\slash \N \n`, `runs "<b>bold</b>"`},
			tips:     []string{`<img src=x onerror=alert(2)>`, "&lt;Town&gt;"},
			rawNever: []string{"<script>", "<img", "<b>", "<Corp>"},
		},
		{
			name:  "empty",
			story: func() ([]extract.Entity, []extract.Fact) { return nil, nil },
			texts: []string{"no facts"},
		},
		{
			name: "trailing backslash",
			story: func() ([]extract.Entity, []extract.Fact) {
				return []extract.Entity{ent("ORG", `Ends\`, 1, nil), ent("ORG", `"`, 1, nil)},
					[]extract.Fact{fact(`Ends\`, "ORG", `rel\`, `"`, "ORG", `quote\`, `doc\`)}
			},
			texts: []string{`Ends\`, `rel\`, `"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents, facts := tt.story()
			svg, err := Map(t.Context(), Graphviz(), ents, facts, tt.opts, "svg")
			if err != nil {
				t.Fatalf("Map: %v", err)
			}
			texts, tips := svgText(t, svg)
			for _, w := range tt.texts {
				if !slices.ContainsFunc(texts, func(s string) bool { return strings.TrimSpace(s) == w }) {
					t.Errorf("no <text> %q in %q", w, texts)
				}
			}
			for _, w := range tt.tips {
				if !slices.ContainsFunc(tips, func(s string) bool { return strings.Contains(s, w) }) {
					t.Errorf("no tooltip containing %q in %q", w, tips)
				}
			}
			for _, w := range tt.rawNever {
				if bytes.Contains(svg, []byte(w)) {
					t.Errorf("SVG holds %q unescaped", w)
				}
			}
		})
	}
}

func TestMapPNG(t *testing.T) {
	ents, facts := smallStory()
	b, err := Map(t.Context(), nil, ents, facts, MapOptions{}, "png")
	if err != nil {
		t.Fatalf("Map png: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("png.Decode: %v", err)
	}
	if r := img.Bounds(); r.Dx() < 200 || r.Dy() < 50 {
		t.Fatalf("PNG is %v, want a drawn map", r)
	}
	// Outlines and edges are drawn: count dark grey pixels (edge and text
	// colours) and the coloured fills of the PERSON nodes.
	dark, peach := countPixels(img)
	if dark < 500 || peach < 500 {
		t.Errorf("PNG has %d dark and %d PERSON-fill pixels, want lines and filled nodes", dark, peach)
	}
}

func countPixels(img image.Image) (dark, peach int) {
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			cr, cg, cb = cr>>8, cg>>8, cb>>8
			if cr < 140 && cg < 140 && cb < 140 {
				dark++
			}
			if cr > 0xf0 && cg > 0xd0 && cg < 0xe8 && cb > 0xb8 && cb < 0xd0 {
				peach++
			}
		}
	}
	return dark, peach
}

// fakeLayouter records what it was asked to lay out.
type fakeLayouter struct {
	dot    []byte
	format string
}

func (f *fakeLayouter) Layout(ctx context.Context, dot []byte, format string) ([]byte, error) {
	f.dot, f.format = dot, format
	return []byte("<svg/>"), nil
}

func TestMapFormats(t *testing.T) {
	ents, facts := smallStory()
	want, _ := MapDOT(ents, facts, MapOptions{})
	for _, tt := range []struct {
		format    string
		laidOut   bool
		wantError bool
	}{{"dot", false, false}, {"svg", true, false}, {"PNG", true, false}, {"jpg", false, true}} {
		fake := &fakeLayouter{}
		got, err := Map(t.Context(), fake, ents, facts, MapOptions{}, tt.format)
		if tt.wantError {
			if err == nil || !strings.HasPrefix(err.Error(), "render: ") {
				t.Errorf("Map(%q) error = %v, want a render error", tt.format, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("Map(%q): %v", tt.format, err)
		}
		if tt.laidOut != (fake.dot != nil) {
			t.Errorf("Map(%q) called the layouter: %v, want %v", tt.format, fake.dot != nil, tt.laidOut)
		}
		if tt.laidOut && (!bytes.Equal(fake.dot, want) || fake.format != strings.ToLower(tt.format)) {
			t.Errorf("Map(%q) laid out format %q, want the map's DOT as %q", tt.format, fake.format, strings.ToLower(tt.format))
		}
		if !tt.laidOut && !bytes.Equal(got, want) {
			t.Errorf("Map(dot) differs from MapDOT")
		}
	}
	if _, err := Map(t.Context(), nil, ents, facts, MapOptions{Focus: "nobody"}, "svg"); !errors.Is(err, ErrUnknownFocus) {
		t.Errorf("Map with unknown focus: error = %v, want ErrUnknownFocus", err)
	}
}

func TestGraphvizErrors(t *testing.T) {
	l := &GraphvizLayouter{}
	ctx := t.Context()
	tests := []struct {
		name, dot, format string
		ctx               func() (context.Context, context.CancelFunc)
		timeout           time.Duration
		want              string
		wantIs            error
	}{
		{name: "syntax", dot: "digraph { a -> ", format: "svg", want: "render: graphviz parse dot"},
		{name: "format", dot: "digraph { a }", format: "gif", want: "unsupported format"},
		{name: "cancelled", dot: "digraph { layout=neato; a }", format: "svg", want: "render: graphviz neato layout", wantIs: context.Canceled,
			ctx: func() (context.Context, context.CancelFunc) {
				c, cancel := context.WithCancel(ctx)
				cancel()
				return c, cancel
			}},
		{name: "deadline", dot: "digraph { a -> b }", format: "svg", timeout: time.Nanosecond, wantIs: context.DeadlineExceeded, want: "render: graphviz dot layout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ctx
			if tt.ctx != nil {
				var cancel context.CancelFunc
				c, cancel = tt.ctx()
				defer cancel()
			}
			l.Timeout = tt.timeout
			_, err := l.Layout(c, []byte(tt.dot), tt.format)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Layout error = %v, want one containing %q", err, tt.want)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("Layout error = %v, want errors.Is %v", err, tt.wantIs)
			}
		})
	}
	// The layouter still works afterwards.
	l.Timeout = 0
	svg, err := l.Layout(ctx, []byte(`digraph { a -> b [label="ok"] }`), "svg")
	if err != nil {
		t.Fatalf("Layout after errors: %v", err)
	}
	if texts, _ := svgText(t, svg); !slices.Contains(texts, "ok") {
		t.Errorf("Layout after errors: texts %q lack the edge label", texts)
	}
}

func TestGraphvizConcurrent(t *testing.T) {
	ents, facts := smallStory()
	dot, _ := MapDOT(ents, facts, MapOptions{})
	want, err := Graphviz().Layout(t.Context(), dot, "svg")
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			got, err := Graphviz().Layout(t.Context(), dot, "svg")
			if err == nil && !bytes.Equal(got, want) {
				err = errors.New("concurrent layout differs")
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
