// Command browsercheck opens storygraph's demo report in headless Chromium
// and fails when a reader would see it broken: a script or console error, a
// network request (the report must be self-contained), a map or timeline
// SVG that is missing or empty, map labels under 11 px at a 1400 px
// viewport, or a page wider than a 390 px phone screen. It takes
// screenshots at 1400 and 390 px and prints their paths (CI artifacts), and
// prints the report to PDF with the print CSS.
//
// With -timelinejs it also loads the TimelineJS export (timeline.json in the
// demo directory) into TimelineJS 3 from npm in a local page and checks that
// the slides and the time navigation are drawn and in view.
//
// With -pictures DIR it writes map.png and timeline.png, the demo's SVGs
// drawn by Chromium at their natural size, and report.png, the first
// screen of the report at 1400×1000, for the README.
//
// Usage:
//
//	go run ./scripts/browsercheck [-out DIR] [-timelinejs npm|DIR|FILE.tgz] [-pictures DIR] DEMO_DIR
//
// DEMO_DIR is what "storygraph demo -o DEMO_DIR" writes. Chromium is found
// as -chromium, $CHROMIUM, chromium, chromium-browser or google-chrome.
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"image/png"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// chromeFlags are the flags every Chromium run gets: headless, no sandbox
// (CI runs as root), and nothing that reaches the network by itself.
var chromeFlags = []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync",
	"--hide-scrollbars", "--force-device-scale-factor=1"}

type checker struct {
	chrome string
	out    string
	failed []string
}

func (c *checker) fail(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	fmt.Println("browsercheck: FAIL: " + msg)
	c.failed = append(c.failed, msg)
}

func main() {
	out := flag.String("out", "", "directory for screenshots and the PDF (default DEMO_DIR/browsercheck)")
	chrome := flag.String("chromium", "", "Chromium binary (default: $CHROMIUM, chromium, chromium-browser, google-chrome)")
	tljs := flag.String("timelinejs", "", `check timeline.json in TimelineJS 3: "npm" fetches @knight-lab/timelinejs with npm pack; or an unpacked package directory or .tgz`)
	pictures := flag.String("pictures", "", "also write map.png and timeline.png (the demo's SVGs at natural size) and report.png (its first screen) into this directory")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: browsercheck [-out DIR] [-timelinejs npm|DIR|FILE.tgz] [-pictures DIR] DEMO_DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	demo, err := filepath.Abs(flag.Arg(0))
	if err != nil {
		fatal(err)
	}
	c := &checker{out: *out}
	if c.out == "" {
		c.out = filepath.Join(demo, "browsercheck")
	}
	if c.out, err = filepath.Abs(c.out); err != nil {
		fatal(err)
	}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		fatal(err)
	}
	if c.chrome, err = findChrome(*chrome); err != nil {
		fatal(err)
	}
	if v, err := exec.Command(c.chrome, "--version").Output(); err == nil {
		fmt.Printf("browsercheck: %s\n", strings.TrimSpace(string(v)))
	}
	c.checkReport(filepath.Join(demo, "report.html"))
	if *tljs != "" {
		c.checkTimelineJS(filepath.Join(demo, "timeline.json"), *tljs)
	}
	if *pictures != "" {
		c.pictures(demo, *pictures)
	}
	if len(c.failed) > 0 {
		fmt.Printf("browsercheck: %d check(s) failed\n", len(c.failed))
		os.Exit(1)
	}
	fmt.Println("browsercheck: ok")
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "browsercheck:", err)
	os.Exit(1)
}

func findChrome(flagValue string) (string, error) {
	for _, name := range []string{flagValue, os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chromium found (apt-get install -y chromium, or -chromium PATH)")
}

// run runs Chromium with the common flags, a fresh profile and args, and
// returns its stdout and stderr.
func (c *checker) run(timeout time.Duration, args ...string) (string, string, error) {
	profile, err := os.MkdirTemp("", "browsercheck-profile-")
	if err != nil {
		return "", "", err
	}
	defer os.RemoveAll(profile)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	all := append(append(append([]string{}, chromeFlags...), "--user-data-dir="+profile), args...)
	cmd := exec.CommandContext(ctx, c.chrome, all...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = 5 * time.Second
	err = cmd.Run()
	if ctx.Err() != nil {
		err = fmt.Errorf("chromium did not finish in %v", timeout)
	}
	return stdout.String(), stderr.String(), err
}

// consoleErrors returns the console messages Chromium logged to stderr
// (--enable-logging=stderr) that report an error.
func consoleErrors(stderr string) []string {
	var out []string
	for _, line := range strings.Split(stderr, "\n") {
		if !strings.Contains(line, ":CONSOLE") {
			continue
		}
		low := strings.ToLower(line)
		if strings.Contains(low, "uncaught") || strings.Contains(low, "error") || strings.Contains(low, "failed") {
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}

// screenshot writes a PNG of url at width×height and checks that it is not
// blank; it returns the PNG's path.
func (c *checker) screenshot(url, name string, width, height int, extra ...string) string {
	path := filepath.Join(c.out, name)
	os.Remove(path)
	args := append([]string{"--screenshot=" + path, fmt.Sprintf("--window-size=%d,%d", width, height)}, extra...)
	_, stderr, err := c.run(60*time.Second, append(args, url)...)
	if err != nil {
		c.fail("screenshot %s: %v\n%s", name, err, tail(stderr))
		return ""
	}
	ink, w, h, err := inkRatio(path)
	if err != nil {
		c.fail("screenshot %s: %v", name, err)
		return ""
	}
	if ink < 0.005 {
		c.fail("screenshot %s is blank (%.2f %% of its pixels are not white)", name, 100*ink)
	}
	fmt.Printf("browsercheck: artifact: %s (%d×%d px, %.0f %% ink)\n", path, w, h, 100*ink)
	return path
}

// inkRatio returns the share of pixels of a PNG that are not near white.
func inkRatio(path string) (float64, int, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, 0, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return 0, 0, 0, err
	}
	b := img.Bounds()
	var ink, all int
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			all++
			if r < 0xe800 || g < 0xe800 || bl < 0xe800 {
				ink++
			}
		}
	}
	if all == 0 {
		return 0, 0, 0, errors.New("empty image")
	}
	return float64(ink) / float64(all), b.Dx(), b.Dy(), nil
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 8 {
		lines = lines[len(lines)-8:]
	}
	return strings.Join(lines, "\n")
}

// errorCatcher goes first in the probed page: it records script errors,
// failed loads, unhandled rejections and console.error calls.
const errorCatcher = `<script>(function(){var e=[];window.__browsercheck=e;
window.addEventListener('error',function(x){var t=x.target;e.push(x.message?'error: '+x.message:'failed to load '+((t&&(t.src||t.href))||'a resource'))},true);
window.addEventListener('unhandledrejection',function(x){e.push('unhandled rejection: '+x.reason)});
var ce=console.error;console.error=function(){e.push('console.error: '+Array.prototype.join.call(arguments,' '));ce.apply(console,arguments)};})();</script>`

// probePage holds the report (with errorCatcher) in an iframe of the width
// asked for (headless Chromium will not make its window narrower than 500
// px, a frame can be); when the frame has loaded, the probe measures it and
// writes the result as JSON into <pre id="browsercheck">.
const probePage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><style>body{margin:0}iframe{border:0;display:block}</style></head><body>
<iframe id="f" style="width:%dpx;height:1000px" srcdoc="%s"></iframe>
<script>document.getElementById('f').addEventListener('load',function(){
var win=this.contentWindow,doc=this.contentDocument;
function svg(sel){var s=doc.querySelector(sel);if(!s)return null;var r=s.getBoundingClientRect(),t=s.querySelectorAll('text'),min=0,n=0;
t.forEach(function(x){if(!x.textContent.trim())return;var m=x.getScreenCTM();if(!m)return;var px=parseFloat(win.getComputedStyle(x).fontSize)*Math.sqrt(m.a*m.a+m.b*m.b);if(!n||px<min)min=px;n++});
return {width:r.width,height:r.height,elements:s.querySelectorAll('*').length,labels:n,minLabelPx:min}}
var w=win.innerWidth,wide=[];
doc.querySelectorAll('body *').forEach(function(x){if(wide.length>=5)return;var r=x.getBoundingClientRect();if(r.right>w+1&&!x.closest('.mapbox,.tlbox,.scroll')){wide.push(x.tagName.toLowerCase()+(x.className&&typeof x.className==='string'?'.'+x.className:'')+' '+Math.round(r.right)+'px')}});
var res={viewport:w,scrollWidth:doc.documentElement.scrollWidth,height:doc.documentElement.scrollHeight,
map:svg('.mapbox svg'),timeline:svg('.tlbox svg'),wide:wide,
resources:win.performance.getEntriesByType('resource').map(function(x){return x.name}),
errors:win.__browsercheck||['the error catcher did not run'],details:doc.querySelectorAll('details').length,
firstScreen:(function(){var h=doc.getElementById('summary'),m=doc.getElementById('map');return {summaryTop:h?h.getBoundingClientRect().top:-1,mapTop:m?m.getBoundingClientRect().top:-1}})()};
var p=document.createElement('pre');p.id='browsercheck';p.style.display='none';p.textContent=JSON.stringify(res);document.body.appendChild(p)});</script>
</body></html>
`

type svgInfo struct {
	Width, Height float64
	Elements      int
	Labels        int
	MinLabelPx    float64
}

type probeResult struct {
	Viewport    int
	ScrollWidth int
	Height      int
	Map         *svgInfo
	Timeline    *svgInfo
	Wide        []string
	Resources   []string
	Errors      []string
	Details     int
	FirstScreen struct{ SummaryTop, MapTop float64 }
}

var probeRE = regexp.MustCompile(`(?s)<pre id="browsercheck"[^>]*>(.*?)</pre>`)

// measure loads the probed page at a width and returns what the probe saw
// and the console errors Chromium logged.
func (c *checker) measure(page string, width int) (*probeResult, []string, error) {
	stdout, stderr, err := c.run(90*time.Second, "--dump-dom", "--enable-logging=stderr", "--v=0",
		"--virtual-time-budget=3000", fmt.Sprintf("--window-size=%d,1100", max(width, 500)+40), "file://"+page)
	if err != nil {
		return nil, nil, fmt.Errorf("%v\n%s", err, tail(stderr))
	}
	m := probeRE.FindStringSubmatch(stdout)
	if m == nil {
		return nil, consoleErrors(stderr), fmt.Errorf("the probe did not run (no result in the DOM)\n%s", tail(stderr))
	}
	var res probeResult
	if err := json.Unmarshal([]byte(html2text(m[1])), &res); err != nil {
		return nil, nil, fmt.Errorf("probe result: %v", err)
	}
	return &res, consoleErrors(stderr), nil
}

// html2text undoes the escaping --dump-dom applies to text.
func html2text(s string) string {
	var v string
	if err := xml.Unmarshal([]byte("<x>"+s+"</x>"), &v); err == nil {
		return v
	}
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&amp;", "&").Replace(s)
}

func (c *checker) checkReport(report string) {
	page, err := os.ReadFile(report)
	if err != nil {
		c.fail("%v", err)
		return
	}
	fmt.Printf("browsercheck: %s: %d bytes\n", report, len(page))
	if bytes.Contains(bytes.ToLower(page), []byte("<script")) {
		c.fail("the report holds a <script> element; it should need none")
	}
	// The probed copy: the report with the error catcher first in <head>,
	// in a frame of each width.
	s := string(page)
	i := strings.Index(s, "<head>")
	if i < 0 {
		c.fail("report.html has no <head>")
		return
	}
	caught := s[:i+len("<head>")] + errorCatcher + s[i+len("<head>"):]
	attr := strings.NewReplacer("&", "&amp;", `"`, "&quot;").Replace(caught)
	for _, width := range []int{1400, 390} {
		probePath := filepath.Join(c.out, fmt.Sprintf("report-probe-%d.html", width))
		if err := os.WriteFile(probePath, fmt.Appendf(nil, probePage, width, attr), 0o644); err != nil {
			c.fail("%v", err)
			return
		}
		res, console, err := c.measure(probePath, width)
		for _, e := range console {
			c.fail("%d px: console: %s", width, e)
		}
		if err != nil {
			c.fail("%d px: %v", width, err)
			continue
		}
		fmt.Printf("browsercheck: %d px: page %d px wide (viewport %d), %d px tall, %d collapsed sections, map %s, timeline %s\n",
			width, res.ScrollWidth, res.Viewport, res.Height, res.Details, describe(res.Map), describe(res.Timeline))
		for _, e := range res.Errors {
			c.fail("%d px: %s", width, e)
		}
		for _, r := range res.Resources {
			c.fail("%d px: the report loads %s (it must be self-contained)", width, r)
		}
		if res.ScrollWidth > res.Viewport {
			c.fail("%d px: the page is %d px wide and scrolls sideways (widest: %s)", width, res.ScrollWidth, strings.Join(res.Wide, ", "))
		}
		for _, pic := range []struct {
			name string
			info *svgInfo
		}{{"map", res.Map}, {"timeline", res.Timeline}} {
			switch {
			case pic.info == nil:
				c.fail("%d px: no %s SVG", width, pic.name)
			case pic.info.Width < 10 || pic.info.Height < 10 || pic.info.Elements < 3 || pic.info.Labels == 0:
				c.fail("%d px: the %s SVG is empty: %s", width, pic.name, describe(pic.info))
			}
		}
		if width == 1400 && res.Map != nil && res.Map.Labels > 0 && res.Map.MinLabelPx < 11 {
			c.fail("1400 px: the smallest map label is %.1f px, want ≥ 11", res.Map.MinLabelPx)
		}
		if width == 1400 && res.FirstScreen.MapTop > 1000 {
			c.fail("1400 px: the map starts %.0f px down, below the first screen", res.FirstScreen.MapTop)
		}
	}
	url := "file://" + report
	c.screenshot(url, "report-1400.png", 1400, 2000)
	c.screenshot(url, "report-390.png", 390, 2000)
	pdf := filepath.Join(c.out, "report.pdf")
	os.Remove(pdf)
	if _, stderr, err := c.run(90*time.Second, "--print-to-pdf="+pdf, "--no-pdf-header-footer", url); err != nil {
		c.fail("print to PDF: %v\n%s", err, tail(stderr))
	} else if b, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		c.fail("print to PDF wrote no PDF (%v)", err)
	} else {
		pages := bytes.Count(b, []byte("/Type /Page\n")) + bytes.Count(b, []byte("/Type /Page>")) + bytes.Count(b, []byte("/Type /Page "))
		fmt.Printf("browsercheck: artifact: %s (%d bytes, about %d pages)\n", pdf, len(b), pages)
	}
}

func describe(s *svgInfo) string {
	if s == nil {
		return "missing"
	}
	return fmt.Sprintf("%.0f×%.0f px with %d labels (smallest %.1f px)", s.Width, s.Height, s.Labels, s.MinLabelPx)
}

// timelinePage loads TimelineJS from the package's dist directory and
// gives it the export; the probe reports what TimelineJS drew.
const timelinePage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="%s/css/timeline.css">
<script src="%s/js/timeline.js"></script>
<style>html,body{margin:0;height:100%%}#tl{width:100%%;height:700px}</style>
</head><body>
<div id="tl"></div>
<script>
var errs=[];window.addEventListener('error',function(x){errs.push(x.message||('failed to load '+((x.target&&(x.target.src||x.target.href))||'a resource')))},true);
var data=%s;
var tl=null;try{tl=new TL.Timeline('tl',data,{hash_bookmark:false,font:null,script_path:'%s/js/'})}catch(e){errs.push('TL.Timeline: '+e)}
function report(){var q=function(s){return document.querySelectorAll(s)},nav=document.querySelector('.tl-timenav'),r=nav?nav.getBoundingClientRect():null;
var res={errors:errs,slides:q('.tl-slide').length,markers:q('.tl-timemarker').length,groups:q('.tl-timegroup').length,
nav:r?{top:r.top,height:r.height}:null,viewport:window.innerHeight,
slider:(function(){var a=document.querySelector('.tl-storyslider');if(!a)return null;var b=a.getBoundingClientRect();return {top:b.top,height:b.height}})(),
container:document.getElementById('tl').getBoundingClientRect().height,
axis:(function(){var a=document.querySelector('.tl-timeaxis');if(!a)return null;var b=a.getBoundingClientRect();return {top:b.top,height:b.height}})()};
var p=document.createElement('pre');p.id='browsercheck';p.style.display='none';p.textContent=JSON.stringify(res);document.body.appendChild(p)}
setTimeout(report,2500);
</script>
</body></html>
`

type tljsResult struct {
	Errors    []string
	Slides    int
	Markers   int
	Groups    int
	Nav       *struct{ Top, Height float64 }
	Axis      *struct{ Top, Height float64 }
	Slider    *struct{ Top, Height float64 }
	Container float64
	Viewport  float64
}

func (c *checker) checkTimelineJS(export, pkg string) {
	data, err := os.ReadFile(export)
	if err != nil {
		c.fail("TimelineJS: %v (write it with storygraph timeline --timelinejs)", err)
		return
	}
	var doc struct {
		Events []struct {
			Group string `json:"group"`
		} `json:"events"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		c.fail("TimelineJS: %s: %v", export, err)
		return
	}
	groups := map[string]bool{}
	for _, e := range doc.Events {
		if e.Group != "" {
			groups[e.Group] = true
		}
	}
	dist, err := c.timelineJSDist(pkg)
	if err != nil {
		c.fail("TimelineJS: %v", err)
		return
	}
	page := filepath.Join(c.out, "timelinejs.html")
	if err := os.WriteFile(page, fmt.Appendf(nil, timelinePage, "file://"+dist, "file://"+dist, data, "file://"+dist), 0o644); err != nil {
		c.fail("TimelineJS: %v", err)
		return
	}
	stdout, stderr, err := c.run(90*time.Second, "--dump-dom", "--enable-logging=stderr", "--v=0", "--allow-file-access-from-files",
		"--virtual-time-budget=6000", "--window-size=1400,900", "file://"+page)
	if err != nil {
		c.fail("TimelineJS: %v\n%s", err, tail(stderr))
		return
	}
	for _, e := range consoleErrors(stderr) {
		c.fail("TimelineJS: console: %s", e)
	}
	m := probeRE.FindStringSubmatch(stdout)
	if m == nil {
		c.fail("TimelineJS: the probe did not run\n%s", tail(stderr))
		return
	}
	var res tljsResult
	if err := json.Unmarshal([]byte(html2text(m[1])), &res); err != nil {
		c.fail("TimelineJS: probe result: %v", err)
		return
	}
	fmt.Printf("browsercheck: TimelineJS: %d events in the export (%d groups), %d slides, %d markers, %d time groups drawn\n",
		len(doc.Events), len(groups), res.Slides, res.Markers, res.Groups)
	for _, e := range res.Errors {
		c.fail("TimelineJS: %s", e)
	}
	if res.Slides < len(doc.Events) || res.Markers < len(doc.Events) {
		c.fail("TimelineJS drew %d slides and %d markers for %d events", res.Slides, res.Markers, len(doc.Events))
	}
	switch {
	case res.Nav == nil || res.Axis == nil:
		c.fail("TimelineJS drew no time navigation")
	case res.Axis.Top+res.Axis.Height > res.Viewport || res.Axis.Top < 0 || res.Nav.Height < 50:
		c.fail("TimelineJS's time axis is out of view (axis at %.0f–%.0f px in a %.0f px window, navigation %.0f px tall; %d groups)",
			res.Axis.Top, res.Axis.Top+res.Axis.Height, res.Viewport, res.Nav.Height, len(groups))
	case res.Slider == nil || res.Slider.Height < 0.4*res.Container:
		// TimelineJS gives every group a row of the navigation; many
		// groups squeeze the slides (the story itself) to a strip.
		h := 0.0
		if res.Slider != nil {
			h = res.Slider.Height
		}
		c.fail("TimelineJS's slides get %.0f of %.0f px: the time navigation takes the rest (%d groups in the export; graph/timeline writes \"group\")",
			h, res.Container, len(groups))
	}
	c.screenshot("file://"+page, "timelinejs-1400.png", 1400, 900, "--allow-file-access-from-files", "--virtual-time-budget=6000")
}

// timelineJSDist returns the dist directory of @knight-lab/timelinejs:
// pkg is "npm" (npm pack into the output directory), a .tgz or an
// unpacked package.
func (c *checker) timelineJSDist(pkg string) (string, error) {
	if pkg == "npm" {
		dir := filepath.Join(c.out, "npm")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", err
		}
		cmd := exec.Command("npm", "pack", "--silent", "@knight-lab/timelinejs", "--pack-destination", dir)
		outb, err := cmd.Output()
		if err != nil {
			return "", fmt.Errorf("npm pack @knight-lab/timelinejs: %v", err)
		}
		name := strings.TrimSpace(string(outb))
		if k := strings.LastIndex(name, "\n"); k >= 0 {
			name = name[k+1:]
		}
		fmt.Printf("browsercheck: TimelineJS from npm: %s\n", name)
		pkg = filepath.Join(dir, name)
	}
	st, err := os.Stat(pkg)
	if err != nil {
		return "", err
	}
	if !st.IsDir() {
		dir := strings.TrimSuffix(pkg, ".tgz")
		if err := untar(pkg, dir); err != nil {
			return "", err
		}
		pkg = filepath.Join(dir, "package")
	}
	pkg, _ = filepath.Abs(pkg)
	for _, d := range []string{filepath.Join(pkg, "dist"), pkg} {
		if _, err := os.Stat(filepath.Join(d, "js", "timeline.js")); err == nil {
			return d, nil
		}
	}
	return "", fmt.Errorf("%s: no dist/js/timeline.js", pkg)
}

// untar unpacks a .tgz into dir.
func untar(path, dir string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		name := filepath.Clean(h.Name)
		if filepath.IsAbs(name) || strings.HasPrefix(name, "..") {
			return fmt.Errorf("%s: bad path %q", path, h.Name)
		}
		target := filepath.Join(dir, name)
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return err
			}
			w, err := os.Create(target)
			if err != nil {
				return err
			}
			if _, err := io.Copy(w, tr); err != nil {
				w.Close()
				return err
			}
			if err := w.Close(); err != nil {
				return err
			}
		}
	}
}

// pictures screenshots the demo's map.svg and timeline.svg at their
// natural size, and the first screen of its report at 1400×1000, into dir
// (the README's images).
func (c *checker) pictures(demo, dir string) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		c.fail("%v", err)
		return
	}
	for _, name := range []string{"map", "timeline"} {
		svg := filepath.Join(demo, name+".svg")
		w, h, err := svgSize(svg)
		if err != nil {
			c.fail("%s: %v", svg, err)
			continue
		}
		saved := c.out
		c.out = dir
		c.screenshot("file://"+svg, name+".png", w, h)
		c.out = saved
	}
	saved := c.out
	c.out = dir
	c.screenshot("file://"+filepath.Join(demo, "report.html"), "report.png", 1400, 1000)
	c.out = saved
}

// svgSize returns the size in CSS px of an SVG file's root element.
func svgSize(path string) (int, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	dec := xml.NewDecoder(f)
	for {
		tok, err := dec.Token()
		if err != nil {
			return 0, 0, err
		}
		st, ok := tok.(xml.StartElement)
		if !ok || st.Name.Local != "svg" {
			continue
		}
		var w, h float64
		for _, a := range st.Attr {
			v := strings.TrimSpace(a.Value)
			scale := 1.0
			if s, ok := strings.CutSuffix(v, "pt"); ok {
				v, scale = s, 4.0/3
			} else {
				v = strings.TrimSuffix(v, "px")
			}
			n, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			switch a.Name.Local {
			case "width":
				w = n * scale
			case "height":
				h = n * scale
			}
		}
		if w <= 0 || h <= 0 {
			return 0, 0, errors.New("no width and height")
		}
		return int(math.Ceil(w)), int(math.Ceil(h)), nil
	}
}
