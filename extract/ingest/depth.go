package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLDepth is how deeply elements may nest in a page given to the HTML
// parser and to readability. Both walk the stack of open elements or a
// node's ancestors for each element, so a page of 20,000 nested <div>s took
// a minute; real pages nest a few dozen deep.
const maxHTMLDepth = 256

// endScan is how far down the open elements an end tag is looked for
// before it is passed through for the HTML parser to sort out.
const endScan = 16

// flattenDeep returns text with the tags of elements nested deeper than
// maxHTMLDepth removed (their text kept, block boundaries as newlines), in
// one pass over the tokens. A page that never nests that deep is returned
// unchanged.
func flattenDeep(text string) string {
	type open struct {
		name string
		kept bool
	}
	var (
		stack []open
		out   strings.Builder
		pos   int  // bytes of text consumed
		deep  bool // out holds text[:pos] rewritten
	)
	z := html.NewTokenizer(strings.NewReader(text))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		keep := true
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidOrOptional(a) {
				break
			}
			kept := len(stack) < maxHTMLDepth
			stack = append(stack, open{string(name), kept})
			keep = kept
		case html.EndTagToken:
			name, _ := z.TagName()
			for k := len(stack) - 1; k >= 0 && k >= len(stack)-endScan; k-- {
				if stack[k].name == string(name) {
					keep = stack[k].kept
					stack = stack[:k]
					break
				}
			}
		}
		if !keep && !deep {
			out.Grow(len(text))
			out.WriteString(text[:pos])
			deep = true
		}
		pos += len(raw)
		switch {
		case keep && deep:
			out.Write(raw)
		case !keep:
			out.WriteByte('\n')
		}
	}
	if !deep {
		return text
	}
	out.WriteString(text[min(pos, len(text)):])
	return out.String()
}

// voidOrOptional reports whether an element never holds others (void) or
// may be left open (its end tag is optional): neither counts towards depth.
func voidOrOptional(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr,
		atom.P, atom.Li, atom.Dt, atom.Dd, atom.Option, atom.Optgroup, atom.Tr, atom.Td, atom.Th,
		atom.Thead, atom.Tbody, atom.Tfoot, atom.Rt, atom.Rp, atom.Colgroup, atom.Caption,
		atom.Html, atom.Head, atom.Body:
		return true
	}
	return false
}
