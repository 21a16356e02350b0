package render

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// MaxRasterPixels caps the size of a rasterised image; larger pictures are
// scaled down to fit.
const MaxRasterPixels = 16_000_000

// RasterizeSVG draws svg as a PNG at scale pixels per SVG unit (Graphviz
// units are points; 0 means 1). It is a small pure-Go rasteriser for the SVG
// subset that Graphviz and this package write: polygon, polyline, path (M, L,
// H, V, C, Z), ellipse, circle, rect, line and text, fill and stroke colours
// as #rgb, #rrggbb or common names, stroke-width, stroke-dasharray,
// fill-opacity, and translate/scale/rotate/matrix transforms on groups.
// Text is drawn in the Go fonts, ignoring font-family. Other elements are
// skipped. The background is white. The output is deterministic.
func RasterizeSVG(svg []byte, scale float64) ([]byte, error) {
	return rasterize(svg, scale, MaxRasterPixels)
}

func rasterize(svg []byte, scale float64, maxPixels float64) ([]byte, error) {
	if scale <= 0 {
		scale = 1
	}
	r := &rasterizer{scale: scale, maxPixels: maxPixels, faces: map[faceKey]font.Face{}}
	if err := r.run(svg); err != nil {
		return nil, err
	}
	if r.img == nil {
		return nil, errors.New("render: rasterise svg: no <svg> element")
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, r.img); err != nil {
		return nil, fmt.Errorf("render: rasterise svg: %w", err)
	}
	return buf.Bytes(), nil
}

// affine is the matrix [a c e; b d f].
type affine struct{ a, b, c, d, e, f float64 }

var identity = affine{1, 0, 0, 1, 0, 0}

func (m affine) mul(n affine) affine {
	return affine{
		m.a*n.a + m.c*n.b, m.b*n.a + m.d*n.b,
		m.a*n.c + m.c*n.d, m.b*n.c + m.d*n.d,
		m.a*n.e + m.c*n.f + m.e, m.b*n.e + m.d*n.f + m.f,
	}
}

func (m affine) apply(x, y float64) (float64, float64) {
	return m.a*x + m.c*y + m.e, m.b*x + m.d*y + m.f
}

func (m affine) scaleFactor() float64 { return math.Sqrt(math.Abs(m.a*m.d - m.b*m.c)) }

// paint is the inheritable presentation state.
type paint struct {
	m                      affine
	fill, stroke           string
	strokeWidth            float64
	dash                   []float64
	fillOpacity            float64
	fontSize               float64
	anchor, weight, family string
}

type faceKey struct {
	size float64
	bold bool
}

type rasterizer struct {
	scale     float64
	maxPixels float64
	img       *image.RGBA
	z         vector.Rasterizer
	faces     map[faceKey]font.Face
}

var goFonts = sync.OnceValues(func() ([2]*opentype.Font, error) {
	reg, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return [2]*opentype.Font{}, err
	}
	bold, err := opentype.Parse(gobold.TTF)
	return [2]*opentype.Font{reg, bold}, err
})

func (r *rasterizer) run(svg []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	stack := []paint{{m: identity, fill: "black", stroke: "none", strokeWidth: 1, fillOpacity: 1, fontSize: 14, anchor: "start"}}
	var text *strings.Builder // collecting a <text>
	var textAttrs paint
	var tx, ty float64
	skip := 0 // depth inside elements whose text is not drawn (title, desc)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("render: rasterise svg: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			p := stack[len(stack)-1]
			attrs := attrMap(t.Attr)
			p = r.inherit(p, attrs)
			stack = append(stack, p)
			switch t.Name.Local {
			case "svg":
				if r.img == nil {
					if err := r.initImage(attrs, &stack[len(stack)-1]); err != nil {
						return err
					}
				}
			case "title", "desc", "style", "script", "metadata", "defs":
				skip++
			case "text":
				text = &strings.Builder{}
				textAttrs = p
				tx, ty = num(attrs["x"]), num(attrs["y"])
			}
			if r.img == nil || skip > 0 || text != nil {
				continue
			}
			r.shape(t.Name.Local, attrs, p)
		case xml.CharData:
			if text != nil && skip == 0 {
				text.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "title", "desc", "style", "script", "metadata", "defs":
				skip--
			case "text":
				if text != nil && r.img != nil {
					r.text(clean(text.String()), tx, ty, textAttrs)
				}
				text = nil
			}
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		}
	}
}

func attrMap(as []xml.Attr) map[string]string {
	m := make(map[string]string, len(as))
	for _, a := range as {
		m[a.Name.Local] = a.Value
	}
	if st, ok := m["style"]; ok {
		for _, decl := range strings.Split(st, ";") {
			k, v, ok := strings.Cut(decl, ":")
			if ok {
				m[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		}
	}
	return m
}

func (r *rasterizer) inherit(p paint, a map[string]string) paint {
	if v, ok := a["transform"]; ok {
		p.m = p.m.mul(parseTransform(v))
	}
	if v, ok := a["fill"]; ok {
		p.fill = v
	}
	if v, ok := a["stroke"]; ok {
		p.stroke = v
	}
	if v, ok := a["stroke-width"]; ok {
		p.strokeWidth = num(v)
	}
	if v, ok := a["stroke-dasharray"]; ok {
		p.dash = nil
		for _, f := range splitNums(v) {
			if f > 0 {
				p.dash = append(p.dash, f)
			}
		}
	}
	if v, ok := a["fill-opacity"]; ok {
		p.fillOpacity = num(v)
	}
	if v, ok := a["font-size"]; ok {
		p.fontSize = num(v)
	}
	if v, ok := a["text-anchor"]; ok {
		p.anchor = v
	}
	if v, ok := a["font-weight"]; ok {
		p.weight = v
	}
	if v, ok := a["font-family"]; ok {
		p.family = v
	}
	return p
}

func (r *rasterizer) initImage(a map[string]string, p *paint) error {
	w, h := num(a["width"]), num(a["height"])
	var vb []float64
	if v, ok := a["viewBox"]; ok {
		vb = splitNums(v)
	}
	if len(vb) == 4 {
		if w == 0 {
			w = vb[2]
		}
		if h == 0 {
			h = vb[3]
		}
		if vb[2] > 0 && vb[3] > 0 {
			p.m = affine{w / vb[2], 0, 0, h / vb[3], -vb[0] * w / vb[2], -vb[1] * h / vb[3]}.mul(p.m)
		}
	}
	if w <= 0 || h <= 0 || math.IsInf(w, 0) || math.IsInf(h, 0) {
		return fmt.Errorf("render: rasterise svg: bad size %q x %q", a["width"], a["height"])
	}
	s := r.scale
	if w*h*s*s > r.maxPixels {
		s = math.Sqrt(r.maxPixels / (w * h))
		r.scale = s
	}
	p.m = affine{s, 0, 0, s, 0, 0}.mul(p.m)
	r.img = image.NewRGBA(image.Rect(0, 0, max(1, int(math.Ceil(w*s))), max(1, int(math.Ceil(h*s)))))
	draw.Draw(r.img, r.img.Bounds(), image.White, image.Point{}, draw.Src)
	return nil
}

// parseTransform reads a list of translate, scale, rotate and matrix
// functions; unknown ones are ignored.
func parseTransform(s string) affine {
	m := identity
	for {
		open := strings.IndexByte(s, '(')
		end := strings.IndexByte(s, ')')
		if open < 0 || end < open {
			return m
		}
		name := strings.TrimSpace(strings.Trim(s[:open], ", "))
		args := splitNums(s[open+1 : end])
		s = s[end+1:]
		var n affine
		switch {
		case name == "translate" && len(args) >= 1:
			ty := 0.0
			if len(args) > 1 {
				ty = args[1]
			}
			n = affine{1, 0, 0, 1, args[0], ty}
		case name == "scale" && len(args) >= 1:
			sy := args[0]
			if len(args) > 1 {
				sy = args[1]
			}
			n = affine{args[0], 0, 0, sy, 0, 0}
		case name == "rotate" && len(args) >= 1:
			rad := args[0] * math.Pi / 180
			n = affine{math.Cos(rad), math.Sin(rad), -math.Sin(rad), math.Cos(rad), 0, 0}
		case name == "matrix" && len(args) == 6:
			n = affine{args[0], args[1], args[2], args[3], args[4], args[5]}
		default:
			continue
		}
		m = m.mul(n)
	}
}

func num(s string) float64 {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimSuffix(s, "pt"), "px")
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

func splitNums(s string) []float64 {
	var out []float64
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
		out = append(out, num(f))
	}
	return out
}

// contour is a flattened closed or open polyline in pixel space.
type contour struct {
	pts    [][2]float64
	closed bool
}

// shape draws one geometric element.
func (r *rasterizer) shape(name string, a map[string]string, p paint) {
	var cs []contour
	switch name {
	case "polygon", "polyline":
		v := splitNums(a["points"])
		var c contour
		for i := 0; i+1 < len(v); i += 2 {
			c.pts = append(c.pts, [2]float64{v[i], v[i+1]})
		}
		c.closed = name == "polygon"
		cs = append(cs, c)
	case "rect":
		x, y, w, h := num(a["x"]), num(a["y"]), num(a["width"]), num(a["height"])
		if w <= 0 || h <= 0 {
			return
		}
		cs = append(cs, contour{pts: [][2]float64{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}, closed: true})
	case "line":
		cs = append(cs, contour{pts: [][2]float64{{num(a["x1"]), num(a["y1"])}, {num(a["x2"]), num(a["y2"])}}})
		p.fill = "none"
	case "ellipse", "circle":
		cx, cy := num(a["cx"]), num(a["cy"])
		rx, ry := num(a["rx"]), num(a["ry"])
		if name == "circle" {
			rx, ry = num(a["r"]), num(a["r"])
		}
		if rx <= 0 || ry <= 0 {
			return
		}
		const n = 48
		var c contour
		for i := range n {
			t := 2 * math.Pi * float64(i) / n
			c.pts = append(c.pts, [2]float64{cx + rx*math.Cos(t), cy + ry*math.Sin(t)})
		}
		c.closed = true
		cs = append(cs, c)
	case "path":
		cs = parsePath(a["d"])
	default:
		return
	}
	for i := range cs {
		for j, pt := range cs[i].pts {
			x, y := p.m.apply(pt[0], pt[1])
			cs[i].pts[j] = [2]float64{x, y}
		}
	}
	if c, ok := parseColor(p.fill, p.fillOpacity); ok && name != "polyline" {
		r.fill(cs, c)
	}
	if c, ok := parseColor(p.stroke, 1); ok {
		w := p.strokeWidth * p.m.scaleFactor()
		if w <= 0 {
			return
		}
		w = max(w, 0.8)
		var dash []float64
		for _, d := range p.dash {
			dash = append(dash, d*p.m.scaleFactor())
		}
		r.fill(strokeOutline(cs, w, dash), c)
	}
}

// parsePath flattens an SVG path (M, L, H, V, C, Z and their relative forms)
// into contours.
func parsePath(d string) []contour {
	var toks []string
	cur := strings.Builder{}
	flush := func() {
		if cur.Len() > 0 {
			toks = append(toks, cur.String())
			cur.Reset()
		}
	}
	for i, ch := range d {
		switch {
		case strings.ContainsRune("MmLlHhVvCcZz", ch):
			flush()
			toks = append(toks, string(ch))
		case ch == ',' || ch == ' ' || ch == '\n' || ch == '\t':
			flush()
		case ch == '-' && cur.Len() > 0 && i > 0 && d[i-1] != 'e' && d[i-1] != 'E':
			flush()
			cur.WriteRune(ch)
		default:
			cur.WriteRune(ch)
		}
	}
	flush()
	var out []contour
	var c contour
	var x, y, sx, sy float64
	cmd := ""
	i := 0
	next := func() (float64, bool) {
		if i >= len(toks) || strings.ContainsAny(toks[i], "MmLlHhVvCcZz") {
			return 0, false
		}
		i++
		return num(toks[i-1]), true
	}
	end := func() {
		if len(c.pts) > 1 {
			out = append(out, c)
		}
		c = contour{}
	}
	for i < len(toks) {
		if strings.ContainsAny(toks[i], "MmLlHhVvCcZz") {
			cmd = toks[i]
			i++
			if cmd == "Z" || cmd == "z" {
				c.closed = true
				end()
				x, y = sx, sy
				continue
			}
		}
		rel := cmd == strings.ToLower(cmd)
		ox, oy := 0.0, 0.0
		if rel {
			ox, oy = x, y
		}
		switch strings.ToUpper(cmd) {
		case "M":
			a, ok1 := next()
			b, ok2 := next()
			if !ok1 || !ok2 {
				return out
			}
			end()
			x, y = ox+a, oy+b
			sx, sy = x, y
			c.pts = append(c.pts, [2]float64{x, y})
			if rel {
				cmd = "l"
			} else {
				cmd = "L"
			}
		case "L":
			a, ok1 := next()
			b, ok2 := next()
			if !ok1 || !ok2 {
				return out
			}
			x, y = ox+a, oy+b
			c.pts = append(c.pts, [2]float64{x, y})
		case "H":
			a, ok := next()
			if !ok {
				return out
			}
			x = ox + a
			c.pts = append(c.pts, [2]float64{x, y})
		case "V":
			a, ok := next()
			if !ok {
				return out
			}
			y = oy + a
			c.pts = append(c.pts, [2]float64{x, y})
		case "C":
			var v [6]float64
			for k := range v {
				f, ok := next()
				if !ok {
					return out
				}
				v[k] = f
			}
			x0, y0 := x, y
			x1, y1 := ox+v[0], oy+v[1]
			x2, y2 := ox+v[2], oy+v[3]
			x3, y3 := ox+v[4], oy+v[5]
			if len(c.pts) == 0 {
				c.pts = append(c.pts, [2]float64{x0, y0})
			}
			const n = 16
			for k := 1; k <= n; k++ {
				t := float64(k) / n
				u := 1 - t
				px := u*u*u*x0 + 3*u*u*t*x1 + 3*u*t*t*x2 + t*t*t*x3
				py := u*u*u*y0 + 3*u*u*t*y1 + 3*u*t*t*y2 + t*t*t*y3
				c.pts = append(c.pts, [2]float64{px, py})
			}
			x, y = x3, y3
		default:
			return out
		}
	}
	end()
	return out
}

// strokeOutline returns the area covered by stroking the contours with width
// w: one quadrilateral per segment, sharing mitred corners with its
// neighbours so that nothing overlaps (overlaps would darken the
// anti-aliased edges), and a disc at joints too sharp to mitre. All parts are
// counter-clockwise so that the non-zero fill unites them. dash, when not
// empty, alternates drawn and skipped lengths.
func strokeOutline(cs []contour, w float64, dash []float64) []contour {
	var out []contour
	hw := w / 2
	disc := func(x, y float64) {
		const n = 12
		var c contour
		for i := range n {
			t := 2 * math.Pi * float64(i) / n
			c.pts = append(c.pts, [2]float64{x + hw*math.Cos(t), y + hw*math.Sin(t)})
		}
		c.closed = true
		out = append(out, c)
	}
	polyline := func(pts [][2]float64) {
		// Drop repeated points.
		var p [][2]float64
		for _, q := range pts {
			if len(p) == 0 || math.Hypot(q[0]-p[len(p)-1][0], q[1]-p[len(p)-1][1]) > 1e-9 {
				p = append(p, q)
			}
		}
		if len(p) < 2 {
			return
		}
		normal := func(a, b [2]float64) [2]float64 {
			dx, dy := b[0]-a[0], b[1]-a[1]
			l := math.Hypot(dx, dy)
			return [2]float64{-dy / l, dx / l}
		}
		off := make([][2]float64, len(p))
		for i := range p {
			switch {
			case i == 0:
				n := normal(p[0], p[1])
				off[i] = [2]float64{n[0] * hw, n[1] * hw}
			case i == len(p)-1:
				n := normal(p[i-1], p[i])
				off[i] = [2]float64{n[0] * hw, n[1] * hw}
			default:
				n1, n2 := normal(p[i-1], p[i]), normal(p[i], p[i+1])
				mx, my := n1[0]+n2[0], n1[1]+n2[1]
				ml := math.Hypot(mx, my)
				cos := ml / 2 // cosine of half the turn
				if cos < 0.5 {
					off[i] = [2]float64{n1[0] * hw, n1[1] * hw}
					disc(p[i][0], p[i][1])
					continue
				}
				k := hw / cos / ml
				off[i] = [2]float64{mx * k, my * k}
			}
		}
		for i := 0; i+1 < len(p); i++ {
			a, b := p[i], p[i+1]
			oa, ob := off[i], off[i+1]
			out = append(out, contour{pts: [][2]float64{
				{a[0] + oa[0], a[1] + oa[1]}, {b[0] + ob[0], b[1] + ob[1]},
				{b[0] - ob[0], b[1] - ob[1]}, {a[0] - oa[0], a[1] - oa[1]},
			}, closed: true})
		}
	}
	if len(dash) > 0 {
		var total float64
		for _, d := range dash {
			total += d
		}
		if total < 0.5 {
			dash = nil
		}
	}
	for _, c := range cs {
		pts := c.pts
		if c.closed && len(pts) > 1 {
			pts = append(append([][2]float64{}, pts...), pts[0])
		}
		if len(dash) == 0 {
			polyline(pts)
			continue
		}
		di, left, on := 0, dash[0], true
		var piece [][2]float64
		for i := 0; i+1 < len(pts); i++ {
			a, b := pts[i], pts[i+1]
			l := math.Hypot(b[0]-a[0], b[1]-a[1])
			pos := 0.0
			for pos < l {
				step := min(left, l-pos)
				t0, t1 := pos/l, (pos+step)/l
				if on {
					if len(piece) == 0 {
						piece = append(piece, [2]float64{a[0] + (b[0]-a[0])*t0, a[1] + (b[1]-a[1])*t0})
					}
					piece = append(piece, [2]float64{a[0] + (b[0]-a[0])*t1, a[1] + (b[1]-a[1])*t1})
				}
				pos += step
				left -= step
				if left <= 1e-9 {
					if on {
						polyline(piece)
						piece = piece[:0]
					}
					di = (di + 1) % len(dash)
					left = dash[di]
					on = !on
				}
			}
		}
		if on {
			polyline(piece)
		}
	}
	for i := range out {
		orient(&out[i])
	}
	return out
}

// orient makes a closed contour counter-clockwise in pixel space (positive
// shoelace area).
func orient(c *contour) {
	var area float64
	for i := range c.pts {
		a, b := c.pts[i], c.pts[(i+1)%len(c.pts)]
		area += a[0]*b[1] - b[0]*a[1]
	}
	if area < 0 {
		for i, j := 0, len(c.pts)-1; i < j; i, j = i+1, j-1 {
			c.pts[i], c.pts[j] = c.pts[j], c.pts[i]
		}
	}
}

// fill paints the union of the contours (non-zero winding) in colour c,
// rasterising only their bounding box.
func (r *rasterizer) fill(cs []contour, c color.RGBA) {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, ct := range cs {
		for _, p := range ct.pts {
			minX, minY = min(minX, p[0]), min(minY, p[1])
			maxX, maxY = max(maxX, p[0]), max(maxY, p[1])
		}
	}
	if minX > maxX {
		return
	}
	box := image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX))+1, int(math.Ceil(maxY))+1).Intersect(r.img.Bounds())
	if box.Empty() {
		return
	}
	r.z.Reset(box.Dx(), box.Dy())
	ox, oy := float64(box.Min.X), float64(box.Min.Y)
	for _, ct := range cs {
		if len(ct.pts) < 2 {
			continue
		}
		r.z.MoveTo(float32(ct.pts[0][0]-ox), float32(ct.pts[0][1]-oy))
		for _, p := range ct.pts[1:] {
			r.z.LineTo(float32(p[0]-ox), float32(p[1]-oy))
		}
		r.z.ClosePath()
	}
	r.z.DrawOp = draw.Over
	r.z.Draw(r.img, box, image.NewUniform(c), image.Point{})
}

// text draws s with its anchor at (x, y) in user space.
func (r *rasterizer) text(s string, x, y float64, p paint) {
	c, ok := parseColor(p.fill, 1)
	if s == "" || !ok {
		return
	}
	fonts, err := goFonts()
	if err != nil {
		return
	}
	size := math.Round(p.fontSize*p.m.scaleFactor()*4) / 4
	if size < 1 || size > 500 {
		return
	}
	bold := p.weight == "bold" || num(p.weight) >= 600
	k := faceKey{size, bold}
	face, ok := r.faces[k]
	if !ok {
		f := fonts[0]
		if bold {
			f = fonts[1]
		}
		face, err = opentype.NewFace(f, &opentype.FaceOptions{Size: size * 0.92, DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			return
		}
		r.faces[k] = face
	}
	px, py := p.m.apply(x, y)
	d := font.Drawer{Dst: r.img, Src: image.NewUniform(c), Face: face}
	width := float64(d.MeasureString(s)) / 64
	switch p.anchor {
	case "middle":
		px -= width / 2
	case "end":
		px -= width
	}
	d.Dot = fixed.Point26_6{X: fixed.Int26_6(px * 64), Y: fixed.Int26_6(py * 64)}
	d.DrawString(s)
}

var namedColors = []struct {
	name string
	c    color.RGBA
}{
	{"black", color.RGBA{0, 0, 0, 255}},
	{"white", color.RGBA{255, 255, 255, 255}},
	{"red", color.RGBA{255, 0, 0, 255}},
	{"green", color.RGBA{0, 128, 0, 255}},
	{"blue", color.RGBA{0, 0, 255, 255}},
	{"gray", color.RGBA{128, 128, 128, 255}},
	{"grey", color.RGBA{128, 128, 128, 255}},
	{"lightgrey", color.RGBA{211, 211, 211, 255}},
	{"lightgray", color.RGBA{211, 211, 211, 255}},
	{"orange", color.RGBA{255, 165, 0, 255}},
	{"yellow", color.RGBA{255, 255, 0, 255}},
	{"purple", color.RGBA{128, 0, 128, 255}},
	{"brown", color.RGBA{165, 42, 42, 255}},
	{"navy", color.RGBA{0, 0, 128, 255}},
}

// parseColor reads an SVG paint; ok is false for none, transparent and
// fully transparent paints.
func parseColor(s string, opacity float64) (color.RGBA, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	var c color.RGBA
	switch {
	case s == "" || s == "none" || s == "transparent":
		return c, false
	case strings.HasPrefix(s, "#") && len(s) == 7:
		v, err := strconv.ParseUint(s[1:], 16, 32)
		if err != nil {
			return c, false
		}
		c = color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
	case strings.HasPrefix(s, "#") && len(s) == 4:
		v, err := strconv.ParseUint(s[1:], 16, 16)
		if err != nil {
			return c, false
		}
		c = color.RGBA{uint8(v>>8&0xf) * 17, uint8(v>>4&0xf) * 17, uint8(v&0xf) * 17, 255}
	default:
		c = color.RGBA{0, 0, 0, 255}
		for _, n := range namedColors {
			if n.name == s {
				c = n.c
			}
		}
	}
	if opacity < 1 {
		if opacity <= 0 {
			return c, false
		}
		// Premultiplied, as image.Uniform expects.
		c = color.RGBA{uint8(float64(c.R) * opacity), uint8(float64(c.G) * opacity), uint8(float64(c.B) * opacity), uint8(255 * opacity)}
	}
	return c, true
}
