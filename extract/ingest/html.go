package ingest

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML extracts the main text and metadata of an HTML page.
func readHTML(text string) (record, error) {
	text = flattenDeep(text)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return record{}, fmt.Errorf("%w: html: %v", ErrFormat, err)
	}
	meta := scanMeta(doc)
	var r record
	r.URL = meta.url
	r.Source = meta.site
	r.Title = meta.title
	r.Published = meta.published

	p := readability.NewParser()
	art, err := p.ParseAndMutate(doc, nil)
	if err == nil && art.Node != nil {
		r.Text = render.InnerText(art.Node)
		if r.Title == "" {
			r.Title = collapseSpace(art.Title())
		}
		if r.Source == "" {
			r.Source = meta.publisher
		}
		if r.Source == "" {
			r.Source = collapseSpace(art.SiteName())
		}
		if r.Published.IsZero() {
			if t, err := art.PublishedTime(); err == nil {
				r.Published = t
			}
		}
	}
	if strings.TrimSpace(r.Text) == "" {
		// Readability found no article: fall back to the body's text
		// without scripts, styles and page chrome.
		fallback, ferr := html.Parse(strings.NewReader(text))
		if ferr != nil {
			return record{}, fmt.Errorf("%w: html: %v", ErrFormat, ferr)
		}
		prune(fallback)
		r.Text = render.InnerText(fallback)
	}
	if r.Title == "" {
		r.Title = meta.titleTag
	}
	if r.Source == "" {
		r.Source = meta.publisher
	}
	return r, nil
}

// prune removes elements that never hold article text.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Header, atom.Footer,
				atom.Aside, atom.Form, atom.Button, atom.Iframe, atom.Svg, atom.Template, atom.Head:
				n.RemoveChild(c)
				c = next
				continue
			}
		}
		if c.Type == html.CommentNode {
			n.RemoveChild(c)
			c = next
			continue
		}
		prune(c)
		c = next
	}
}

type pageMeta struct {
	title, titleTag, url, site, publisher string
	published                             time.Time
}

// scanMeta reads title, URL, site name and publication date from meta
// tags, JSON-LD and <time> elements. Earlier sources win: og:title over
// readability's title and <title>; article:published_time and similar meta over JSON-LD
// datePublished over the first <time datetime>.
func scanMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var canonical, ldDate, ldPublisher, timeDate, timePub string
	metaDate := ""
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				val := strings.TrimSpace(attr(n, "content"))
				if val == "" {
					break
				}
				switch key {
				case "og:title", "twitter:title":
					if m.title == "" {
						m.title = collapseSpace(val)
					}
				case "og:url":
					if m.url == "" {
						m.url = val
					}
				case "og:site_name", "application-name":
					if m.site == "" {
						m.site = collapseSpace(val)
					}
				case "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
					"publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created",
					"dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "published_time":
					if metaDate == "" {
						metaDate = val
					}
				}
			case atom.Title:
				if m.titleTag == "" && n.FirstChild != nil {
					m.titleTag = collapseSpace(textOf(n))
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					d, p := jsonLD(textOf(n))
					if ldDate == "" {
						ldDate = d
					}
					if ldPublisher == "" {
						ldPublisher = p
					}
				}
			case atom.Time:
				if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
					if timeDate == "" {
						timeDate = dt
					}
					_, pub := attrOK(n, "pubdate")
					if timePub == "" && (pub || strings.EqualFold(attr(n, "itemprop"), "datePublished")) {
						timePub = dt
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	m.publisher = collapseSpace(ldPublisher)
	if m.url == "" {
		m.url = canonical
	}
	for _, s := range []string{metaDate, ldDate, timePub, timeDate} {
		if s == "" {
			continue
		}
		if t, err := parseMetaDate(s); err == nil {
			m.published = t
			break
		}
	}
	return m
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// jsonLD returns the first datePublished and publisher name in a JSON-LD
// script, searching objects, arrays and @graph in document order.
func jsonLD(src string) (date, publisher string) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return "", ""
	}
	publisher = jsonLDFind(v, "publisher")
	if publisher == "" {
		publisher = jsonLDWebSite(v)
	}
	return jsonLDFind(v, "datePublished"), publisher
}

// jsonLDWebSite returns the name of the first WebSite object in v.
func jsonLDWebSite(v any) string {
	switch x := v.(type) {
	case map[string]any:
		if t, _ := x["@type"].(string); t == "WebSite" {
			if name, ok := x["name"].(string); ok {
				return name
			}
		}
		return jsonLDWebSite(x["@graph"])
	case []any:
		for _, e := range x {
			if s := jsonLDWebSite(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// jsonLDFind returns the string value of key, or its "name" when the value
// is an object, in the first object of v that has it.
func jsonLDFind(v any, key string) string {
	var find func(any) string
	find = func(v any) string {
		switch x := v.(type) {
		case map[string]any:
			switch s := x[key].(type) {
			case string:
				if strings.TrimSpace(s) != "" {
					return s
				}
			case map[string]any:
				if name, ok := s["name"].(string); ok && strings.TrimSpace(name) != "" {
					return name
				}
			}
			// Search known containers in a fixed order, never by map range.
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"} {
				if s := find(x[k]); s != "" {
					return s
				}
			}
		case []any:
			for _, e := range x {
				if s := find(e); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return find(v)
}
