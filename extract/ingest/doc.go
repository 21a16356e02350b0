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
//     (lines broken inside a sentence) is re-joined; a line that ends
//     short of the wrap width before a capitalised word (a headline, a
//     byline, a footer line) or that is boilerplate on its own stays
//     apart.
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
//   - Boilerplate by class. Each paragraph is classified by what it does
//     on a page, read off features all sites share: its length and
//     punctuation; whether it addresses the reader (second person, an
//     imperative, a short teaser question such as "Enjoying this story?")
//     about the page's own machinery (newsletters, subscriptions, cookies,
//     accounts); whether it speaks of the page itself ("this article was
//     first published ..."); the shape of names, dates, lists and credits;
//     and its place in the document. Quotations (a paragraph that opens
//     with a quote mark, or quotes with a speech verb) and correction
//     notices are never boilerplate. The classes:
//     prompt: newsletter, subscription, cookie and consent, login and
//     paywall prompts ("Sign up for our daily briefing", "You have read 3
//     of your 5 free articles", "Accept all cookies"), calls to action (a
//     sentence that opens, after an optional "please", with a reader's
//     verb and then a word such as the, our, your, it, up, on, now: "Turn
//     on alerts for ...", "Keep reading for ...", when the line names the
//     page's machinery or makes an offer), subscription offers (a price
//     per week or month, "cancel anytime") put to the reader, paywall
//     meters and "this article is for subscribers only";
//     social: share and follow labels and comment counts ("Share this
//     story: Facebook | X", "Follow us on ...", "12 comments");
//     author: bylines ("By Name, role", "Posted by Name on ..."), a name
//     with a journalist's or academic's role, contact lines with an
//     address or number, "Disclosure:" lines, the paragraphs under "About
//     the author" (anywhere) or "About Name" (in the second half), a name
//     alone before the story's first sentence, and bios outside the story
//     ("Name is a reporter covering ...") that are about the byline's
//     author (also by the first name alone: "Selma covers shipping ..."),
//     name a journalist's role or verb ("Name covers ...", "Name writes
//     ...") or give a contact, unless the story's sentences use the
//     surname;
//     notice: copyright lines, rights notices in the present tense
//     ("Reproduction in whole or in part ... is forbidden"), research end
//     matter ("Funding:", "Cite this page:", "Competing interests:") and
//     declarations of interest, notices about the page's publication
//     ("originally published by", "Republish this article", "Distributed
//     by"), licence and syndication footers (three cues among content,
//     republish, reprint, syndicate, licence, copyright, rights reserved,
//     newsletter, subscribe, byline, contact us, e-mail address,
//     guidelines, publisher, terms of use, privacy policy, cookies,
//     without charge, with permission), wire credits ("Reporting by ...;
//     editing by ...") and opinion disclaimers (also "the opinions in this
//     piece are the writer's");
//     related: "Read more: ..." link lines, a list heading and one title
//     on one line ("You might enjoy: ...", "Next post: ..."), and a list
//     heading ("Related", "Most read", "You might also like") with the
//     headline lines under it;
//     caption: "Photo: ...", "Watch: ...", "Image credit ...",
//     "Photographs by Name", screen-reader labels ("Image caption, ...",
//     "Audio, ..., Duration 1 minute"), gallery counters ("[1/3]", "Item 1
//     of 3"), a caption sentence ending "Picture: Name",
//     and a credit in brackets at the end of a line ("(Getty Images)",
//     "(Name/Agency)", a clip length "(1:42)");
//     furniture: advertisement labels, skip links, "Story continues
//     below", press-release labels, navigation trails and menus (three or
//     more short segments between separators), tag lists ("Posted in A, B
//     | Tagged c, d"), "powered by" and loading labels, and time stamps
//     ("Updated 3 hours ago", "5 min read", a line that is only a date and
//     time, a source and a stamp: "Name · 5 hrs ago").
//     Embedded social-post attributions ("— Name (@handle) Month D,
//     YYYY") on their own line count as social.
//   - A screen reader's note on a link (", opens new tab", "(opens in a
//     new window)") is removed from the line.
//   - Embedded social posts keep their text when it is a real sentence;
//     their attribution ("— Name (@handle) Month D, YYYY", on its own line
//     or run into the end of the post's paragraph) and pic.twitter.com and
//     t.co links are removed.
//   - A wire dateline at the start of the first paragraphs ("PARIS (AP) —",
//     "PORTO, Portugal, March 3, 2031 /Wire/ --") is removed.
//   - A live blog's entry loses the time of day it opens with ("17:10 -",
//     "9.45am:"), which the parser took for the subject of the entry.
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
// A document that has text but nothing left after cleaning (a page that is
// only a list of headlines or share buttons; a JSON record, or with
// [Options.Lines] a file, of boilerplate) is not a failure: it is skipped,
// and an [*Error] wrapping [ErrNoText] that names it is passed to
// [Options.Skipped] and logged as a warning. An empty input (no bytes,
// white space only, a JSON record without text) stays an [ErrEmpty] error.
//
// Read and ReadFS are safe for concurrent use; they keep no state.
package ingest
