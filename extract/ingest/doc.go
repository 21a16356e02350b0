// Package ingest reads news articles from files, directories, an [fs.FS] or
// standard input and returns them as cleaned [extract.Document] values, the
// first stage of storygraph's pipeline (ingest → extract → graph → render).
//
// # Formats
//
// The format is chosen by file extension, or sniffed from the content when
// the extension is unknown or missing and for standard input ("-"):
//
//   - Plain text (.txt, .text): one paragraph per line. Hard-wrapped text
//     (lines broken inside a sentence) is re-joined.
//   - Markdown (.md, .markdown): optional YAML front matter between "---"
//     lines with the keys title, date, url and source (other keys are
//     ignored; TOML "+++" front matter is rejected). The Markdown syntax is
//     stripped to plain text: headings keep their words, emphasis and inline
//     code lose their markers, links keep their text, images, reference
//     definitions, HTML comments and fenced code blocks are dropped, list
//     items and block quotes become lines, soft-wrapped paragraphs are
//     joined into one line.
//   - HTML (.html, .htm, .xhtml): the main text is found by
//     codeberg.org/readeck/go-readability (a port of Mozilla's
//     Readability.js), which removes navigation, scripts, share buttons and
//     link lists. Title, URL, source and date come from the page metadata:
//     og:title (else readability's title, else <title>), og:url or the
//     canonical link, og:site_name (else the JSON-LD publisher or WebSite
//     name), and the date from article:published_time and similar meta
//     tags, else JSON-LD datePublished, else a <time pubdate> or
//     itemprop=datePublished, else the first <time datetime>. When
//     readability finds no article, the text of the body without scripts,
//     styles, navigation, header, footer, asides and forms is used.
//   - JSON Lines (.jsonl, .ndjson): one article per line, an object with the
//     keys id, title, text, published (RFC 3339 or YYYY-MM-DD), url and
//     source. A .json file may hold one such object or an array of them.
//     [Options.Lines] does not apply: every record is one document. The
//     published field also accepts the text dates [TextDate] knows.
//
// Sniffing picks JSON Lines when every non-empty line is a JSON object,
// HTML when the text starts with "<", Markdown when it has front matter or
// Markdown headings, links or fences, and plain text otherwise.
//
// Directories are walked recursively in lexical order; files and
// directories whose names start with "." are skipped, symbolic links are
// followed to files only. Before parsing, every input is checked: NUL bytes
// or more than 30% control or undecodable characters make it binary, any
// other invalid UTF-8 is reported with its byte offset, and a UTF-8
// byte-order mark is removed.
//
// # Document identity
//
// A document's ID is the JSON Lines id, or the file's base name without its
// extension ("stdin" for standard input). With [Options.Lines] every line
// of text becomes a document of its own with the ID base#N, N being the
// 1-based line number in the extracted plain text (for plain-text input,
// the line of the file). A JSON Lines record without an id is named
// base#N after its line. Two documents with one ID in a single read are an
// error naming both paths.
//
// # Cleaning
//
// [Clean] turns noisy page text into one paragraph per line. Its rules are
// general, never tied to a site:
//
//   - Line endings become "\n"; non-breaking and other Unicode spaces
//     become spaces, zero-width characters and control characters are
//     removed, runs of spaces collapse, lines are trimmed and blank lines
//     dropped.
//   - A paragraph repeated verbatim (after whitespace and quote
//     normalisation, ignoring case) is kept once, at its first place.
//   - The headline: when the first line is a headline (no final sentence
//     punctuation, at most 25 words, starting with a capital) it becomes
//     the title ([CleanTitle] returns it) and every copy of it is removed
//     from the text.
//   - Headline lines are not sentences and are excluded from the text: a
//     line without final punctuation whose significant words are
//     capitalised (section headings, lists of other headlines, credit and
//     dateline lines such as "Outlet, City"). A run of three or more lines
//     without final punctuation after the last real paragraph (a list of
//     headlines in sentence case) is dropped as well.
//   - Short labels: a line of at most four words without sentence
//     punctuation (share buttons, "Print", "Advertisement") is dropped.
//   - Link and login prompts: lines starting "Read also:", "Read more:",
//     "Related:", "See also:" and the like, and short prompts such as
//     "Continue with Google", "Sign in", "Log in", "Subscribe".
//   - Footers: a paragraph with at least three distinct cues among
//     content, republish, licensed, copyright, rights reserved, newsletter,
//     subscribe, byline, contact us, guidelines, publisher, terms of use,
//     privacy policy (two cues suffice in the last quarter of the text), or
//     a short line starting with a copyright mark.
//   - Embedded social posts keep their text when it is a real sentence;
//     their attribution ("— Name (@handle) Month D, YYYY", on its own line
//     or run into the end of the post's paragraph) and pic.twitter.com and
//     t.co links are removed.
//   - A wire dateline at the start of the first paragraphs ("PARIS (AP) —")
//     is removed.
//   - Lines with no letter or digit are dropped.
//
// # Publication date
//
// [Document.Published] is, in order of preference: [Options.Date]
// (DateFrom "flag"); the JSON Lines published field, the front-matter date
// or the HTML metadata (DateFrom "meta"); or a date written in the text
// (DateFrom "text"), else zero. Text dates are full dates only ("January 6,
// 2026", "Jan. 6, 2026", "6 January 2026", "2026-01-06"). Dates on lines
// that look like a dateline (a line that is mostly a date, lines starting
// with Published, Updated, Posted or Date, and social-post attributions)
// are preferred; among the candidates the latest date is chosen, because a
// news article is written after the events it reports. Dates without a
// year are ignored. Text dates are midnight UTC.
//
// # Errors
//
// Every failure is an [*Error] naming the operation and the file (and the
// line for JSON Lines and front matter). Callers test the cause with
// errors.Is: [ErrBinary], [ErrInvalidUTF8], [ErrEmpty], [ErrFormat],
// [ErrDuplicateID], and [fs.ErrNotExist] or [fs.ErrPermission] for missing
// or unreadable paths.
//
// Read and ReadFS are safe for concurrent use; they keep no state.
package ingest
