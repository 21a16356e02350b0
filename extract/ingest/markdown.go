package ingest

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// frontMatter is the YAML header of a Markdown article.
type frontMatter struct {
	Title  string `yaml:"title"`
	Date   any    `yaml:"date"`
	URL    string `yaml:"url"`
	Source string `yaml:"source"`
}

// splitFrontMatter separates YAML front matter ("---" lines) from the body.
// It returns the body's first line number (1-based) for messages.
func splitFrontMatter(text string) (fm string, body string, bodyLine int, err error) {
	text = normalizeNewlines(text)
	if strings.HasPrefix(text, "+++\n") {
		return "", "", 1, fmt.Errorf("%w: unsupported TOML front matter (want YAML between --- lines)", ErrFormat)
	}
	if !strings.HasPrefix(text, "---\n") {
		return "", text, 1, nil
	}
	rest := text[4:]
	line := 2
	for off := 0; off <= len(rest); {
		end := strings.IndexByte(rest[off:], '\n')
		var l string
		if end < 0 {
			l = rest[off:]
		} else {
			l = rest[off : off+end]
		}
		if t := strings.TrimRight(l, " \t"); t == "---" || t == "..." {
			next := len(rest)
			if end >= 0 {
				next = off + end + 1
			}
			return rest[:off], rest[next:], line + 1, nil
		}
		if end < 0 {
			break
		}
		off += end + 1
		line++
	}
	return "", "", 1, fmt.Errorf("%w: front matter not closed by ---", ErrFormat)
}

func parseFrontMatter(fm string) (frontMatter, int, error) {
	var m frontMatter
	if strings.TrimSpace(fm) == "" {
		return m, 0, nil
	}
	if err := yaml.Unmarshal([]byte(fm), &m); err != nil {
		line := 1
		if n, ok := yamlErrLine(err.Error()); ok {
			line = n + 1 // +1 for the opening ---
		}
		// yaml.v3 lists type errors on lines of their own: one line here.
		msg := strings.Join(strings.Fields(strings.TrimPrefix(err.Error(), "yaml: ")), " ")
		return m, line, fmt.Errorf("%w: front matter: %s", ErrFormat, msg)
	}
	return m, 0, nil
}

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

func yamlErrLine(msg string) (int, bool) {
	m := yamlLineRE.FindStringSubmatch(msg)
	if m == nil {
		return 0, false
	}
	n := 0
	for _, c := range m[1] {
		n = n*10 + int(c-'0')
	}
	return n, true
}

func (m *frontMatter) date() (time.Time, error) {
	switch v := m.Date.(type) {
	case nil:
		return time.Time{}, nil
	case time.Time:
		return v, nil
	case string:
		if strings.TrimSpace(v) == "" {
			return time.Time{}, nil
		}
		t, err := parseMetaDate(v)
		if err != nil {
			return time.Time{}, fmt.Errorf("%w: front matter date %q is not a date", ErrFormat, v)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%w: front matter date %v is not a date", ErrFormat, m.Date)
}

// readMarkdown parses front matter and strips Markdown syntax. On error the
// int is the offending line (0 when unknown).
func readMarkdown(text string) (record, int, error) {
	fm, body, _, err := splitFrontMatter(text)
	if err != nil {
		return record{}, 1, err
	}
	m, line, err := parseFrontMatter(fm)
	if err != nil {
		return record{}, line, err
	}
	t, err := m.date()
	if err != nil {
		return record{}, 0, err
	}
	r := record{Title: collapseSpace(m.Title), URL: strings.TrimSpace(m.URL), Source: collapseSpace(m.Source), Published: t}
	r.Text = StripMarkdown(body)
	if r.Title == "" {
		// The first heading is the title when the front matter has none.
		r.Title = firstHeading(body)
	}
	return r, 0, nil
}

var (
	mdFenceRE     = regexp.MustCompile("^\\s{0,3}(`{3,}|~{3,})")
	mdHeadingRE   = regexp.MustCompile(`^\s{0,3}(#{1,6})(\s+|$)(.*?)(\s+#+)?\s*$`)
	mdSetextRE    = regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`)
	mdRuleRE      = regexp.MustCompile(`^\s{0,3}([-*_])(\s*([-*_])){2,}\s*$`)
	mdListRE      = regexp.MustCompile(`^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?`)
	mdQuoteRE     = regexp.MustCompile(`^\s{0,3}(>\s?)+`)
	mdRefDefRE    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`)
	mdImageRE     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	mdLinkRE      = regexp.MustCompile(`\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)`)
	mdRefLinkRE   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdAutoLinkRE  = regexp.MustCompile(`<(https?://[^>\s]+|[^@>\s]+@[^>\s]+)>`)
	mdCodeRE      = regexp.MustCompile("`+([^`]*)`+")
	mdStrongRE    = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmStarRE    = regexp.MustCompile(`\*(\S(?:[^*]*?\S)?)\*`)
	mdEmUnderRE   = regexp.MustCompile(`(^|[^\p{L}\p{N}_])_(\S(?:[^_]*?\S)?)_([^\p{L}\p{N}_]|$)`)
	mdStrikeRE    = regexp.MustCompile(`~~(\S(?:.*?\S)?)~~`)
	mdTagRE       = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>`)
	mdCommentRE   = regexp.MustCompile(`(?s)<!--.*?-->`)
	mdEscapeRE    = regexp.MustCompile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])")
	mdTableSepRE  = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	mdHardBreakRE = regexp.MustCompile(`(\\| {2,})$`)
)

func firstHeading(body string) string {
	inFence := false
	lines := strings.Split(normalizeNewlines(body), "\n")
	for i, l := range lines {
		if mdFenceRE.MatchString(l) {
			inFence = !inFence
			continue
		}
		if inFence {
			continue
		}
		if m := mdHeadingRE.FindStringSubmatch(l); m != nil && m[1] == "#" {
			return collapseSpace(inlineMarkdown(m[3]))
		}
		if strings.TrimSpace(l) != "" && i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), "=") &&
			mdSetextRE.MatchString(lines[i+1]) {
			return collapseSpace(inlineMarkdown(l))
		}
	}
	return ""
}

// StripMarkdown converts Markdown to plain text with one paragraph, heading,
// list item or quoted paragraph per line. Fenced code blocks, images, HTML
// comments, reference definitions and horizontal rules are dropped; links
// keep their text. It does not clean the text; see [Clean].
func StripMarkdown(md string) string {
	md = mdCommentRE.ReplaceAllString(normalizeNewlines(md), "")
	lines := strings.Split(md, "\n")
	var out []string
	var para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, strings.Join(para, " "))
			para = para[:0]
		}
	}
	var fence string
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if fence != "" {
			if m := mdFenceRE.FindStringSubmatch(l); m != nil && strings.HasPrefix(m[1], fence[:1]) && len(m[1]) >= len(fence) {
				fence = ""
			}
			continue
		}
		if m := mdFenceRE.FindStringSubmatch(l); m != nil {
			flush()
			fence = m[1]
			continue
		}
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		// Setext heading underline: the paragraph so far is a heading.
		if len(para) > 0 && mdSetextRE.MatchString(l) {
			flush()
			continue
		}
		if mdRuleRE.MatchString(l) || mdRefDefRE.MatchString(l) || mdTableSepRE.MatchString(l) && strings.Contains(l, "-") && strings.Contains(l, "|") {
			flush()
			continue
		}
		if m := mdHeadingRE.FindStringSubmatch(l); m != nil {
			flush()
			out = append(out, inlineMarkdown(m[3]))
			continue
		}
		quoted := false
		if loc := mdQuoteRE.FindStringIndex(l); loc != nil {
			l = l[loc[1]:]
			quoted = true
			if strings.TrimSpace(l) == "" {
				flush()
				continue
			}
		}
		if loc := mdListRE.FindStringIndex(l); loc != nil {
			flush()
			para = append(para, inlineMarkdown(l[loc[1]:]))
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(l), "|") && strings.Count(l, "|") >= 2 {
			flush()
			cells := strings.Split(strings.Trim(strings.TrimSpace(l), "|"), "|")
			for j := range cells {
				cells[j] = strings.TrimSpace(inlineMarkdown(cells[j]))
			}
			out = append(out, strings.Join(cells, "; "))
			continue
		}
		_ = quoted
		hard := mdHardBreakRE.MatchString(l)
		para = append(para, inlineMarkdown(strings.TrimSpace(strings.TrimSuffix(l, "\\"))))
		if hard {
			flush()
		}
	}
	flush()
	return strings.Join(out, "\n")
}

// inlineMarkdown removes inline Markdown syntax from one line.
func inlineMarkdown(s string) string {
	// Escaped characters are hidden from the other rules as private-use
	// runes and restored at the end.
	s = mdEscapeRE.ReplaceAllStringFunc(s, func(m string) string { return string(rune(0xE000) + rune(m[1])) })
	s = mdImageRE.ReplaceAllString(s, "")
	s = mdLinkRE.ReplaceAllString(s, "$1")
	s = mdRefLinkRE.ReplaceAllString(s, "$1")
	s = mdAutoLinkRE.ReplaceAllString(s, "$1")
	s = mdCodeRE.ReplaceAllString(s, "$1")
	s = mdTagRE.ReplaceAllString(s, "")
	for range 2 {
		s = mdStrongRE.ReplaceAllString(s, "$2")
		s = mdStrikeRE.ReplaceAllString(s, "$1")
		s = mdEmStarRE.ReplaceAllString(s, "$1")
		s = mdEmUnderRE.ReplaceAllString(s, "$1$2$3")
	}
	s = strings.Map(func(r rune) rune {
		if r >= 0xE000 && r < 0xE080 {
			return r - 0xE000
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

var mdCueRE = regexp.MustCompile(`(?m)^\s{0,3}(#{1,6}\s|` + "```" + `|~~~|[-*+]\s+\S.*\n\s*[-*+]\s)|\]\([^)]+\)|^[^\n]+\n\s{0,3}(={3,}|-{3,})\s*$`)

// looksMarkdown reports whether text has front matter or Markdown cues:
// ATX headings, fences, bullet lists, inline links or setext headings.
func looksMarkdown(text string) bool {
	t := normalizeNewlines(text)
	if strings.HasPrefix(t, "---\n") || strings.HasPrefix(t, "+++\n") {
		return true
	}
	return mdCueRE.MatchString(t)
}
