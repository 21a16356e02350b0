package render

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
)

func decodePNG(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("png.Decode: %v", err)
	}
	return img
}

type probe struct {
	x, y int
	want color.RGBA
}

const svgHead = `<svg xmlns="http://www.w3.org/2000/svg" width="100pt" height="50pt" viewBox="0 0 100 50">`

var rasterTests = []struct {
	name   string
	svg    string
	scale  float64
	size   image.Point
	probes []probe
}{
	{"background", svgHead + `</svg>`, 1, image.Pt(100, 50), []probe{{50, 25, color.RGBA{255, 255, 255, 255}}}},
	{"rect", svgHead + `<rect x="10" y="10" width="20" height="20" fill="#ff0000"/></svg>`, 1, image.Pt(100, 50),
		[]probe{{20, 20, color.RGBA{255, 0, 0, 255}}, {40, 20, color.RGBA{255, 255, 255, 255}}}},
	{"scaled", svgHead + `<rect x="10" y="10" width="20" height="20" fill="#00f"/></svg>`, 2, image.Pt(200, 100),
		[]probe{{50, 50, color.RGBA{0, 0, 255, 255}}, {70, 50, color.RGBA{255, 255, 255, 255}}}},
	{"graphviz transform", svgHead + `<g transform="scale(1 1) rotate(0) translate(4 46)"><polygon fill="#00ff00" stroke="none" points="0,0 20,0 20,-20 0,-20 0,0"/></g></svg>`, 1, image.Pt(100, 50),
		[]probe{{14, 36, color.RGBA{0, 255, 0, 255}}, {14, 20, color.RGBA{255, 255, 255, 255}}}},
	{"ellipse stroke only", svgHead + `<ellipse cx="50" cy="25" rx="20" ry="10" fill="none" stroke="black" stroke-width="2"/></svg>`, 1, image.Pt(100, 50),
		[]probe{{50, 25, color.RGBA{255, 255, 255, 255}}, {70, 25, color.RGBA{0, 0, 0, 255}}}},
	{"path curve", svgHead + `<path fill="none" stroke="black" stroke-width="3" d="M10,40C30,40 70,40 90,40"/></svg>`, 1, image.Pt(100, 50),
		[]probe{{50, 40, color.RGBA{0, 0, 0, 255}}, {50, 30, color.RGBA{255, 255, 255, 255}}}},
	{"line", svgHead + `<line x1="0" y1="5" x2="100" y2="5" stroke="#000000" stroke-width="2"/></svg>`, 1, image.Pt(100, 50),
		[]probe{{50, 5, color.RGBA{0, 0, 0, 255}}}},
	{"title not drawn", svgHead + `<title>XXXXXXXXXXXXXXXXXXXX</title></svg>`, 1, image.Pt(100, 50),
		[]probe{{10, 10, color.RGBA{255, 255, 255, 255}}}},
}

func TestRasterizeSVG(t *testing.T) {
	for _, tt := range rasterTests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := RasterizeSVG([]byte(tt.svg), tt.scale)
			if err != nil {
				t.Fatalf("RasterizeSVG: %v", err)
			}
			img := decodePNG(t, b)
			if got := img.Bounds().Size(); got != tt.size {
				t.Errorf("size = %v, want %v", got, tt.size)
			}
			for _, p := range tt.probes {
				r, g, bl, a := img.At(p.x, p.y).RGBA()
				got := color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}
				if d := max(absDiff(got.R, p.want.R), absDiff(got.G, p.want.G), absDiff(got.B, p.want.B)); d > 40 {
					t.Errorf("pixel (%d,%d) = %v, want %v", p.x, p.y, got, p.want)
				}
			}
		})
	}
}

func TestRasterizeText(t *testing.T) {
	// A text draws dark pixels near its anchor; an empty picture draws none.
	count := func(svg string) int {
		b, err := RasterizeSVG([]byte(svg), 1)
		if err != nil {
			t.Fatal(err)
		}
		d, _ := countPixels(decodePNG(t, b))
		return d
	}
	if n := count(svgHead + `<text x="50" y="30" text-anchor="middle" font-size="14">Hello &amp; &lt;x&gt;</text></svg>`); n < 30 {
		t.Errorf("text drew %d dark pixels, want some", n)
	}
	if n := count(svgHead + `</svg>`); n != 0 {
		t.Errorf("empty picture drew %d dark pixels", n)
	}
}

func TestRasterizeErrors(t *testing.T) {
	for _, svg := range []string{"", "<p>not svg</p>", `<svg width="0" height="0"/>`, "<svg"} {
		if _, err := RasterizeSVG([]byte(svg), 1); err == nil || !strings.HasPrefix(err.Error(), "render: ") {
			t.Errorf("RasterizeSVG(%q) error = %v, want a render error", svg, err)
		}
	}
	// Huge sizes are scaled down instead of allocating gigabytes.
	const maxPixels = 10_000
	b, err := rasterize([]byte(`<svg width="100000pt" height="50000pt"></svg>`), 1, maxPixels)
	if err != nil {
		t.Fatal(err)
	}
	if s := decodePNG(t, b).Bounds().Size(); s.X*s.Y > maxPixels+s.X+s.Y+1 || s.X < 2*s.Y-2 {
		t.Errorf("huge picture rasterised to %v", s)
	}
}

func FuzzRasterizeSVG(f *testing.F) {
	f.Add([]byte(svgHead + `<path d="M10,40C30,40 70,40 90,40 Z m 1 2 l 3 4 h 5 v 6 z"/><text>x</text></svg>`))
	f.Add([]byte(svgHead + `<g transform="matrix(1 0 0 1 5 5) rotate(30)"><polyline points="1 2 3"/></g></svg>`))
	f.Fuzz(func(t *testing.T, svg []byte) {
		if len(svg) > 1<<16 {
			return
		}
		_, _ = RasterizeSVG(svg, 0.25) // must not panic
	})
}

func absDiff(a, b uint8) uint8 {
	if a > b {
		return a - b
	}
	return b - a
}
