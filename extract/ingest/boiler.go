package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerClass is a kind of page boilerplate. Lines are classified by what
// they do on a page (ask the reader to subscribe, credit a photo, list other
// stories), read off features every site shares: where the line sits, its
// length and punctuation, whether it addresses the reader in the second
// person or the imperative, whether it refers to the page itself, and the
// shape of names, dates and lists. The word lists below are the vocabulary of
// those classes (the names of social networks, the nouns of a web page),
// never the wording of one site.
type boilerClass uint8

const (
	classNone      boilerClass = iota
	classPrompt                // newsletter, subscription, cookie and consent, login and paywall prompts
	classSocial                // share and follow labels, comment counts
	classAuthor                // bylines, author bios and affiliations, contact lines
	classNotice                // copyright, republishing, syndication and disclaimer notices, wire credits
	classRelated               // "Related", "Read more", "Most read" headings and the link lists under them
	classCaption               // photo and video captions and credits
	classFurniture             // advertisement labels, skip links, navigation crumbs, time stamps
)

var boilerClassNames = [...]string{"none", "prompt", "social", "author", "notice", "related", "caption", "furniture"}

// String returns the class name used in the test corpus labels.
func (c boilerClass) String() string {
	if int(c) < len(boilerClassNames) {
		return boilerClassNames[c]
	}
	return "unknown"
}

// line holds the features of one paragraph that the class rules read.
type line struct {
	text     string
	lower    string
	words    []string // lower-case words with outer punctuation trimmed
	padded   string   // " " + words joined by spaces + " ", for phrase tests
	sentence bool     // ends with sentence punctuation
	quoted   bool     // a quotation: starts with a quote mark, or quotes with a speech verb
	you      bool     // addresses the reader: you, your
	we       bool     // speaks for the site: we, us, our
	starts   []int    // indexes in words of the first word and of words after ? ! : .
	digits   int      // ASCII digits in text
	at       bool     // text holds "@" or "[email": an address or a handle may follow
	upper    bool     // text starts with an upper-case letter
}

func newLine(t string) line {
	l := line{text: t, lower: strings.ToLower(t), sentence: endsSentence(t), starts: []int{0}}
	for _, f := range strings.Fields(l.lower) {
		w := strings.TrimFunc(f, notWordRune)
		if w == "" {
			continue
		}
		l.words = append(l.words, w)
		switch w {
		case "you", "your", "you're", "you’re", "yours", "you'll", "you’ll", "you've", "you’ve":
			l.you = true
		case "we", "us", "our", "we're", "we’re", "we've", "we’ve":
			l.we = true
		}
		if strings.ContainsAny(f[len(f)-1:], "?!:.") {
			l.starts = append(l.starts, len(l.words))
		}
	}
	l.padded = " " + strings.Join(l.words, " ") + " "
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			l.digits++
		}
	}
	l.at = strings.Contains(t, "@") || strings.Contains(t, "[email")
	r, _ := utf8.DecodeRuneInString(t)
	l.upper = unicode.IsUpper(r)
	hasQuote := strings.ContainsAny(t, "\"“”«»")
	l.quoted = strings.ContainsRune("\"“«‘", r) || hasQuote && l.hasAny(speechWords)
	return l
}

// notWordRune reports whether r is trimmed from the ends of a word.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '@' && r != '$' && r != '€' && r != '£'
}

func (l *line) n() int { return len(l.words) }

// has reports whether the line holds the phrase p (lower-case words
// separated by single spaces).
func (l *line) has(p string) bool { return strings.Contains(l.padded, " "+p+" ") }

func (l *line) hasAny(set map[string]bool) bool {
	for _, w := range l.words {
		if set[w] {
			return true
		}
	}
	return false
}

func (l *line) hasPhrase(ps []string) bool {
	for _, p := range ps {
		if l.has(p) {
			return true
		}
	}
	return false
}

func (l *line) first() string {
	if len(l.words) == 0 {
		return ""
	}
	return l.words[0]
}

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	// speechWords mark reported speech, which is article text.
	speechWords = wordSet("said", "says", "say", "told", "tells", "asked", "added", "according", "urged", "warned", "wrote", "recalled", "insisted")

	// webNouns name a page's own machinery, which news rarely discusses
	// with its reader: a line that names them and addresses the reader is a
	// prompt.
	webNouns = wordSet("newsletter", "newsletters", "inbox", "subscribe", "subscribed", "subscribing", "subscription",
		"subscriptions", "subscriber", "subscribers", "notifications", "paywall", "unsubscribe", "e-newsletter", "javascript")
	webPhrases = []string{"sign up", "sign in", "log in", "log into", "signing up", "email address", "e-mail address",
		"free articles", "unlimited access", "digital access", "push alerts", "news alerts", "breaking news alerts",
		"this email", "this newsletter", "in your inbox", "to your inbox", "free stories", "free reads",
		"subscribers only", "members only", "signed up", "receiving this"}
	// pageNouns are weaker: the page, its contents and the reader's tools,
	// also common topics of news; they need an imperative or a teaser
	// question as well.
	pageNouns = wordSet("story", "stories", "article", "articles", "journalism", "reporting", "news", "comments", "comment",
		"photos", "videos", "tips", "tip", "link", "links", "site", "page", "updates", "alerts", "offer", "trial", "editor",
		"letter", "letters", "post", "posts", "recipes", "issue", "issues", "coverage", "content", "account", "app",
		"apps", "password", "podcast", "browser", "homepage", "website", "premium", "membership", "login", "donation",
		"donations", "feature", "piece", "copy", "edition", "message", "messages", "reply")

	// readerVerbs open an imperative addressed to a page's reader.
	readerVerbs = wordSet("subscribe", "register", "join", "follow", "share", "tweet", "pin", "download", "install", "click",
		"tap", "support", "donate", "give", "tell", "send", "contact", "enter", "accept", "manage", "allow", "continue",
		"become", "try", "upgrade", "unlock", "gift", "save", "discover", "explore", "get", "sign", "log", "read",
		"watch", "listen", "see", "email", "like", "enjoy", "enjoying", "want", "have", "got", "already", "never", "don't",
		"do", "keep", "stay", "create", "claim", "start", "check", "visit", "find", "learn", "submit", "forward",
		"forwarded", "buy", "grab", "add", "leave", "load", "view", "show", "activate", "hit", "notify")

	// ctaVerbs open a call to action: an imperative to the reader whose
	// object is the page, the site or the reader ("Turn on alerts for ...",
	// "Keep reading for 1 crown", "Pass it on", "Report a problem with this
	// content"). News rarely opens a sentence with one of these followed by
	// a word of ctaObjects; a noun after the verb ("Support for the plan",
	// "Download speeds", "Share prices") is no call to action.
	ctaVerbs = wordSet("subscribe", "register", "join", "follow", "share", "download", "install", "click", "tap",
		"support", "donate", "give", "send", "enter", "accept", "manage", "allow", "continue", "become", "try", "upgrade",
		"unlock", "gift", "save", "discover", "explore", "get", "sign", "log", "read", "watch", "listen", "email",
		"keep", "stay", "create", "claim", "start", "check", "visit", "submit", "forward", "buy", "grab", "add", "leave",
		"view", "enjoy", "turn", "be", "hit", "pass", "activate", "report", "notify", "enable", "update", "reply", "tell",
		"drop", "help")
	ctaObjects = wordSet("the", "this", "our", "us", "your", "yours", "it", "a", "an", "up", "on", "in", "now", "today",
		"free", "unlimited", "reading", "reply", "me", "more", "independent", "first")
	// cookiePhrases are the wording of a cookie banner.
	cookiePhrases = []string{"use cookies", "uses cookies", "use of cookies", "accept cookies", "accept all cookies",
		"cookie policy", "cookies policy", "cookie settings", "cookie preferences", "cookies to", "cookies and similar",
		"cookies on", "allow cookies", "reject cookies", "necessary cookies", "essential cookies"}
	// consentCore: a consent button holds one of these.
	consentCore = wordSet("accept", "reject", "agree", "cookies", "cookie", "consent", "preferences", "settings", "allow",
		"decline", "deny", "customise", "customize", "manage")
	// consentWords make up the buttons of a cookie or consent banner.
	consentWords = wordSet("accept", "reject", "agree", "i", "all", "cookies", "cookie", "manage", "preferences", "settings",
		"allow", "decline", "necessary", "only", "essential", "got", "it", "ok", "okay", "options", "customise",
		"customize", "consent", "choices", "privacy", "and", "more", "deny", "save")

	// socialNames are social networks and the share targets of a page.
	socialNames = wordSet("facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "bluesky", "threads", "instagram",
		"tiktok", "youtube", "telegram", "pinterest", "mastodon", "flipboard", "messenger", "snapchat", "email",
		"e-mail", "mail", "print", "rss", "sms", "copy", "link", "newsletter", "tumblr", "weibo", "wechat", "line")
	socialFill = wordSet("share", "follow", "us", "on", "via", "by", "this", "story", "article", "post", "page", "and", "or",
		"the", "our", "with", "friends", "a", "friend", "to", "it", "tweet", "pin", "save", "gift", "like", "find",
		"connect", "join", "me", "him", "her", "them", "subscribe", "for", "more", "news", "updates", "research", "later")
	commentPhrases = []string{"leave a comment", "add a comment", "post a comment", "view comments", "show comments",
		"load comments", "comments are closed", "comments closed", "no comments", "read comments", "see comments",
		"view all comments", "show all comments", "comment on this", "comments on this", "join the conversation",
		"join the discussion"}
	shareVerbs = wordSet("share", "follow", "like", "tweet", "pin", "email", "e-mail", "print", "copy", "gift", "save",
		"send", "repost", "reshare", "retweet", "bookmark")
	shareObjects = wordSet("this", "us", "on", "via", "link", "article", "story", "post", "page", "to")

	// journalismRoles are the roles of bylines and author bios.
	journalismRoles = wordSet("reporter", "correspondent", "writer", "editor", "journalist", "columnist", "contributor",
		"producer", "photographer", "photojournalist", "intern", "reporters", "writers", "editors", "stringer",
		"critic", "blogger", "anchor", "presenter", "host", "freelancer", "freelance")
	// affiliationRoles are the roles of an author's affiliation line.
	affiliationRoles = wordSet("lecturer", "professor", "researcher", "fellow", "scientist", "director",
		"chair", "candidate", "student", "associate", "emeritus", "dean", "senior", "assistant", "principal")

	monthWords = wordSet("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	weekdayWords = wordSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
	// stampWords make up a time stamp or reading-time line together with
	// dates, times and numbers.
	stampWords = wordSet("updated", "update", "published", "posted", "last", "first", "modified", "on", "at", "ago",
		"min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "h", "m", "day", "days", "week", "weeks",
		"read", "listen", "listening", "to", "this", "article", "story", "time", "reading", "gmt", "bst", "utc", "cet",
		"cest", "est", "edt", "pst", "pdt", "ist", "aest", "am", "pm", "a.m", "p.m", "just", "now", "yesterday",
		"today", "et", "local", "of", "the", "and", "length", "audio", "duration")

	// adWords label advertisements and sponsored slots.
	adWords = wordSet("advertisement", "advertising", "advert", "ad", "ads", "sponsored", "promoted", "promotion", "sponsor",
		"partner", "paid")

	// pubVerbs are what a notice says happened to the page itself.
	pubVerbs = wordSet("published", "republished", "republish", "appeared", "appears", "distributed", "syndicated",
		"reproduced", "reprinted", "produced", "licensed", "broadcast", "rewritten", "redistributed", "adapted",
		"translated", "reproduction", "republication", "redistribution", "funded", "supported", "commissioned",
		"republishing", "excerpted", "shared", "edited", "condensed")
	selfNouns = wordSet("article", "story", "piece", "report", "column", "post", "content", "material", "interview",
		"feature", "essay", "newsletter", "podcast", "episode", "video", "series", "project", "op-ed", "blog", "q&a",
		"conversation", "transcript")
	correctionWords = wordSet("correction", "corrected", "correcting", "misstated", "incorrectly", "misidentified",
		"misspelled", "clarification", "clarified", "erroneously", "mistakenly")

	// listHeadings are the headings of lists of other stories.
	listHeadings = []string{"related", "read more", "read also", "also read", "see also", "more from", "more on",
		"more in", "more stories", "more news", "more like this", "most read", "most popular", "most viewed",
		"most shared", "most commented", "recommended", "you might also like", "you may also like", "you might like",
		"you may like", "trending", "popular now", "top stories", "latest news", "latest stories", "don't miss",
		"do not miss", "editor's picks", "editors' picks", "editor’s picks", "further reading", "what to read next", "you might enjoy", "you may enjoy", "you might also enjoy", "you may also enjoy",
		"more for you", "recommended for you", "previous post", "next post", "previous article", "next article",
		"read next", "up next", "keep reading", "in other news", "around the web", "from around the web",
		"also on", "catch up", "elsewhere on", "more to explore", "explore more", "from our partners", "watch next",
		"popular stories", "more headlines", "other stories"}
)

// First words that can open a line some expression below matches: the
// expressions run only on lines that pass these cheap tests.
var (
	byFirst         = wordSet("by", "posted", "written", "words", "story", "text", "reported", "interview", "report", "article", "blog", "reviewed", "medically", "fact-checked", "fact")
	mediaFirst      = wordSet("top", "above", "main", "header", "cover", "lead", "featured", "file", "photo", "photos", "photograph", "photographs", "picture", "pictures", "pic", "image", "images", "video", "videos", "graphic", "graphics", "illustration", "illustrations", "footage", "caption", "pictured", "watch", "listen", "credit", "credits", "words", "photography")
	wireFirst       = wordSet("additional", "reporting", "writing", "editing", "edited", "compiled", "research", "researched", "fact-checking", "fact-checked", "translated", "translation", "graphics", "production", "produced")
	syndFirst       = wordSet("this", "originally", "distributed", "syndicated", "provided", "supplied", "republished", "reprinted", "published", "produced", "licensed", "reproduced", "shared")
	promptFirst     = wordSet("continue", "sign", "signin", "signup", "log", "login", "logout", "register", "subscribe", "join", "follow", "share", "create", "already", "don't", "don’t", "dont", "forgot", "download", "get", "click", "tap", "print", "email", "listen")
	readAlsoFirst   = wordSet("read", "see", "watch", "listen", "also", "click", "related", "recommended", "more", "trending", "popular", "most", "top", "editor's", "editors", "editor’s", "further")
	mediaLabelFirst = wordSet("image", "photo", "picture", "video", "audio", "media", "item", "slide")
	furnFirst       = wordSet("skip", "jump", "back", "the", "story", "article", "text", "report", "continue", "for", "press", "news", "media", "embargoed")
)

var (
	emailRE = regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.-]+|\[email\s+protected\]`)
	// phoneRE: a phone number of 9 to 15 digits in groups.
	phoneRE  = regexp.MustCompile(`(?:^|[^\w$.])(\+\d{1,3}[ -]?)?(?:\(\d{2,5}\)[ -]?)?\d{2,5}(?:[ -]\d{2,5}){1,4}\b`)
	handleRE = regexp.MustCompile(`(?:^|\s)@[A-Za-z0-9_]{2,30}\b`)
	// A name: two to four capitalised words or initials.
	nameRE = `(?:Dr\.?\s+|Prof\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|di|al|bin|la|le)){1,3}`
	// bylineRE: "By Name[, Name][ and Name][, role | role]".
	bylineRE = regexp.MustCompile(`^(?i:(?:posted|written|words|story|text|reported|interview|report|article|blog post|(?:medically\s+)?reviewed|fact[- ]checked)\s+)?(?i:by)\s+(` + nameRE + `)((?:\s*(?:,|and|&)\s*` + nameRE + `)*)\s*(?:$|[,|–—\-:·•]|\s(?i:for|in|on|at)\s)`)
	// nameLeadRE: a line that opens with a name and a verb of a bio.
	nameLeadRE = regexp.MustCompile(`^(` + nameRE + `)\s*(?:,[^,]{1,60},\s*)?\s(is|was|has|had|covers|covered|writes|wrote|reports|edits|teaches|taught|works|worked|receives|received|joined|previously|lives|leads|runs|hosts|produces|contributes|holds|serves|served)\b`)
	// firstNameLeadRE: a bio that opens with a first name and a bio verb
	// ("Selma covers shipping from Brenau.").
	firstNameLeadRE = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+)\s(?:covers|covered|writes|reports|reported|edits|joined|is|was|has|previously)\b`)
	// nameRoleRE: "Name | role", "Name, role", "Name — role" with no verb.
	nameRoleRE = regexp.MustCompile(`^(` + nameRE + `)\s*[|,–—\-·•]\s*(.{2,80})$`)
	// bioRE: "Name is a/an/the" and the rest of the sentence (m[1]).
	bioRE = regexp.MustCompile(`^` + nameRE + `\s+is\s+(?:a|an|the)\s+(.+)$`)
	// bioBeatRE: what follows an author's role in a bio: the beat, the
	// outlet or the base.
	bioBeatRE = regexp.MustCompile(`^(?:covering|who covers|who writes about|for|at|with|based in|based at|on the|in the)\s`)
	// loneNameRE: a line that is only a name.
	loneNameRE = regexp.MustCompile(`^` + nameRE + `$`)
	// labelRE: the "Label:" opening of a notice, contact or disclosure line.
	labelRE = regexp.MustCompile(`(?i)^(?:about the authors?|about the writer|author bios?|disclosure(?: statement)?|disclosures|conflicts? of interest|media contacts?|press contacts?|media enquiries|press enquiries|media inquiries|press inquiries|contact(?: us| information| details)?|e-?mail|tel|phone|fax|investor relations|for more information)\s*[:|]`)
	// creditOpenRE: a caption or credit line.
	creditOpenRE = regexp.MustCompile(`(?i)^\(?(?:top|above|main|header|cover|lead|featured|file)?\s*(?:photo|photos|photograph|photographs|picture|pictures|pic|image|images|video|videos|graphic|graphics|illustration|illustrations|footage|caption|pictured|watch|listen|credit|credits)(?:\s+(?:credit|credits|courtesy|by|source))?\s*[:|]`)
	creditByRE   = regexp.MustCompile(`^\(?(?i:photo|photos|photograph|photographs|picture|pictures|image|images|video|illustration|illustrations|graphic|graphics|words and pictures|photography)\s+(?i:by|courtesy of|courtesy)\s+\p{Lu}`)
	// creditTailRE: a caption's credit after its sentence ("... Photo: Name").
	creditTailRE = regexp.MustCompile(`[.!?”"]\s+\(?(?i:photo|photos|photograph|photographs|picture|pictures|pic|image|images|video|illustration|credit|pictured)(?i:\s+(?:credit|by|courtesy))?\s*[:|]\s*[^.!?]{2,80}$`)
	// parenCreditRE: a credit in brackets at the end of a line.
	parenCreditRE = regexp.MustCompile(`[(\[]([^()\[\]]{2,80})[)\]]\s*\.?$`)
	slashCreditRE = regexp.MustCompile(`\p{Lu}[\p{L}.'’-]*\s*/\s*\p{Lu}`)
	creditWordRE  = regexp.MustCompile(`(?i)\b(?:getty|images|afp|ap photo|reuters|shutterstock|alamy|epa|istock|unsplash|photo|photograph|picture|image|courtesy|handout|via)\b`)
	durationRE    = regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})?$`)
	timeTokenRE   = regexp.MustCompile(`^\d{1,2}[:.h]\d{2}(?:am|pm)?$|^\d{1,4}(?:st|nd|rd|th|am|pm|h|m|min|mins)?$|^\d{4}-\d{2}-\d{2}`)
	wireCreditRE  = regexp.MustCompile(`^\(?(?i:additional\s+)?(?i:reporting|writing|editing|edited|compiled|research|researched|fact-checking|fact-checked|translated|translation|graphics|production|produced)(?i:\s+and\s+\w+)?\s+(?i:by)\s+\p{Lu}`)
	syndicationRE = regexp.MustCompile(`(?i)^(?:this\s+\w+\s+(?:was|is|has\s+been)\s+)?(?:originally\s+)?(?:distributed|syndicated|provided|supplied|republished|reprinted|published|produced|licensed|reproduced|shared)(?:\s+here)?\s+(?:by|with|under|through|in\s+partnership|from|courtesy)\b`)
	copyrightOpen = regexp.MustCompile(`^(?:©|\([cC]\)\s*\d{4}|(?i:copyright)\s*(?:©|\([cC]\)|\d{4}|(?i:by)\b|\p{Lu}))`)
	imprintRE     = regexp.MustCompile(`(?i)\bregistered\s+in\b.{0,40}\b(?:no\.?|number)\s*:?\s*\d{4,}|\b(?:company|registration|vat)\s+(?:no\.?|number)\s*:?\s*[A-Z]{0,3}\d{4,}`)
	standardsRE   = regexp.MustCompile(`(?i)^(?:our|editorial)\s+(?:standards|principles|guidelines|policies|ethics)\s*[:|]|^(?:corrections|ethics|editorial)\s+policy\s*[:|]`)
	temperatureRE = regexp.MustCompile(`-?\d{1,3}\s?°\s?[CF]?\b`)
	// tagsRE: a list of the page's tags or sections.
	tagsRE         = regexp.MustCompile(`(?i)^(?:tags|tagged|topics|filed under|filed in|categories|category|keywords|more about|posted in|related topics|subjects|sections?)\s*(?:[:|]|\s[^.!?:]*[,|·•])`)
	sourceLineRE   = regexp.MustCompile(`^SOURCE\s+\p{Lu}`)
	releaseLabelRE = regexp.MustCompile(`(?i)^(?:for immediate release|press release|news release|media release|embargoed(?: until| for)?\b.*|for release\b.*)$`)
	skipRE         = regexp.MustCompile(`(?i)^(?:skip|jump)\s+to\b|^back\s+to\s+top$`)
	continuesRE    = regexp.MustCompile(`(?i)^(?:the\s+)?(?:story|article|text|report)\s+continues\b|^continue\s+reading\b`)
	separatorRE    = regexp.MustCompile(`\s*[›»|·•→]\s*|\s[>/\-–]\s`)
	// mediaLabelRE: a screen reader's label of a picture or a clip ("Image
	// caption, ...", "Audio, ..., Duration 1 minute 12 seconds") and a
	// gallery counter ("[1/3]", "Item 1 of 3").
	mediaLabelRE = regexp.MustCompile(`(?i)^(?:(?:image|photo|picture|video|audio|media)\s+(?:caption|source|credit|description)\s*[,:|]|(?:audio|video|media)\s*,.*\bduration\b|\[\d{1,2}/\d{1,2}\]|(?:item|image|photo|picture|slide)\s+\d{1,2}\s+of\s+\d{1,2}\b)`)
	// priceOfferRE: a subscription offer: a price per period, a first month
	// for a price, "cancel anytime".
	priceOfferRE = regexp.MustCompile(`(?i)(?:\d+(?:[.,]\d+)?\s*(?:cents?|crowns?|kroner|euros?|dollars?|pounds?|pence)|[$€£]\s?\d+(?:[.,]\d+)?)\s*(?:a|per|/|each)\s*(?:week|month|year)\b|\bfor\s+your\s+first\s+(?:week|month|year)\b|\bcancel\s+(?:at\s+)?any\s*time\b`)
	// rightsRE: a reproduction notice in the present tense ("... is
	// forbidden", "may not be reproduced", "in whole or in part"), not a
	// story about copying ("the photos were reproduced without consent").
	rightsRE = regexp.MustCompile(`(?i)\b(?:reproduction|reproduced|reproduce|redistribution|redistributed|copying|copied|republication|republished)\b.*(?:\b(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden|not\s+permitted)\b|\bmay\s+not\s+be\b|\bin\s+whole\s+or\s+in\s+part\b)|\bmay\s+not\s+be\s+(?:reproduced|copied|republished|redistributed)\b|\bno\s+part\s+of\b.*\bmay\s+be\s+(?:reproduced|copied|republished|redistributed)\b`)
	// noticeLabelRE: the labels of a research article's end matter.
	noticeLabelRE = regexp.MustCompile(`(?i)^(?:funding|funded\s+by|competing\s+interests?|acknowledge?ments?|cite\s+this(?:\s+\w+)?|how\s+to\s+cite(?:\s+this(?:\s+\w+)?)?|citation|doi)\s*[:|]`)
	loginWithRE   = regexp.MustCompile(`^(?i:continue|sign\s*in|sign\s*up|log\s*in|register|join)\s+(?i:with)\s+\p{Lu}`)
)

// classifyLine returns the boilerplate class of one paragraph read on its
// own, or classNone. Rules that need the rest of the document (bios of the
// byline's author, lists under a "Related" heading) are in classifyDoc.
func classifyLine(t string) boilerClass {
	l := newLine(t)
	return classifyParsed(&l)
}

func classifyParsed(l *line) boilerClass {
	if l.n() == 0 {
		return classNone
	}
	switch {
	case isNotice(l):
		return classNotice
	case isCaption(l):
		return classCaption
	case isAuthorLine(l):
		return classAuthor
	case isSocial(l), l.n() <= 25 && strings.ContainsAny(l.text, "—–-−") && attributionRE.MatchString(l.text):
		return classSocial
	case isPrompt(l):
		return classPrompt
	case isLinkLine(l):
		return classRelated
	case isFurniture(l):
		return classFurniture
	}
	return classNone
}

// isNotice: copyright lines, notices about the page's own publication
// ("This article was originally published by ...", "Republish this
// story"), syndication and licence footers, wire credits ("Reporting by
// ...; editing by ...") and opinion disclaimers. Correction notices belong
// to the story and are never notices.
func isNotice(l *line) bool {
	n := l.n()
	if n > 80 || l.quoted || l.hasAny(correctionWords) || l.has("earlier version") {
		return false
	}
	switch {
	case n <= 40 && (strings.HasPrefix(l.text, "©") || strings.HasPrefix(l.text, "(") || l.first() == "copyright") && copyrightOpen.MatchString(l.text),
		l.has("all rights reserved") && n <= 40,
		n <= 8 && strings.HasPrefix(l.text, "SOURCE ") && sourceLineRE.MatchString(l.text),
		n <= 50 && wireFirst[l.first()] && wireCreditRE.MatchString(l.text),
		n <= 30 && syndFirst[l.first()] && !startsLower(l.text) && syndicationRE.MatchString(l.text),
		l.has("republish this") || l.has("reprint this"):
		return true
	}
	// The page speaks of itself: "this article ... appeared in", "this
	// story was produced in partnership with".
	if n <= 60 && l.hasAny(pubVerbs) && l.selfRef() {
		return true
	}
	// Rights notices in the present tense ("Reproduction in whole or in
	// part ... is forbidden"), research end matter ("Funding: ...", "Cite
	// this page: ...") and an author's declaration of interests.
	if n <= 40 && !l.hasAny(speechWords) {
		if rightsRE.MatchString(l.text) || strings.ContainsAny(l.text, ":|") && noticeLabelRE.MatchString(l.text) ||
			l.hasPhrase([]string{"interests to declare", "interest to declare", "nothing to declare", "nothing to disclose",
				"no conflict of interest", "no conflicts of interest", "no competing interests", "no financial interests"}) {
			return true
		}
	}
	// A publisher's imprint ("Registered in Norland no. 0412233") and the
	// link to its standards ("Our Standards: ...").
	if n <= 30 && l.digits >= 4 && imprintRE.MatchString(l.text) || n <= 30 && l.has("registered office") {
		return true
	}
	if n <= 12 && strings.ContainsAny(l.text, ":|") && standardsRE.MatchString(l.text) {
		return true
	}
	// Disclaimers: "The views expressed are the author's own."
	if n <= 40 && (l.has("views expressed") || l.has("opinions expressed") || l.has("do not necessarily reflect") ||
		l.has("does not necessarily reflect") || l.has("author's own") || l.has("author’s own") ||
		l.has("writer's own") || l.has("authors' own")) {
		return true
	}
	// "The opinions in this piece are the writer's and not the
	// newspaper's": views or opinions that the line gives to the page's
	// author, in a line that speaks of the page itself.
	if n <= 30 && (l.has("views") || l.has("opinions")) && l.selfRef() &&
		l.hasAny(wordSet("author's", "author’s", "writer's", "writer’s", "columnist's", "columnist’s", "contributor's",
			"contributor’s", "authors'", "writers'", "own")) {
		return true
	}
	return isSyndicationFooter(l)
}

// selfRef reports whether the line speaks of the page itself: "this
// article", "our story", "these pieces".
func (l *line) selfRef() bool {
	for i := 0; i+1 < len(l.words); i++ {
		if (l.words[i] == "this" || l.words[i] == "our" || l.words[i] == "these") && selfNouns[l.words[i+1]] {
			return true
		}
	}
	return false
}

// footerCue is one word group of syndication, licence and subscription
// footers; guard is a lower-case substring every match holds, checked first
// because it is cheaper than the expression.
type footerCue struct {
	guard string
	re    *regexp.Regexp
}

// footerCues are the cues of isSyndicationFooter. Each counts once.
var footerCues = []footerCue{
	{"content", regexp.MustCompile(`\b(?:all|our|this|the)\s+content\b|\bcontent\s+(?:created|produced|published)\b`)},
	{"republish", regexp.MustCompile(`\brepublish(?:ed|ing)?\b`)},
	{"reprint", regexp.MustCompile(`\breprint(?:ed|s)?\b`)},
	{"syndicat", regexp.MustCompile(`\bsyndicat`)},
	{"licen", regexp.MustCompile(`\blicen[cs](?:e|ed|ing)\b`)},
	{"copyright", regexp.MustCompile(`\bcopyright\b`)},
	{"©", nil},
	{"reserved", regexp.MustCompile(`\brights\s+reserved\b`)},
	{"newsletter", regexp.MustCompile(`\bnewsletters?\b`)},
	{"subscri", regexp.MustCompile(`\bsubscri(?:be|ption|bers?)\b`)},
	{"byline", regexp.MustCompile(`\bbylines?\b`)},
	{"contact", regexp.MustCompile(`\bcontact\s+(?:us|our)\b`)},
	{"@", regexp.MustCompile(`\[email\s+protected\]|@[a-z0-9-]+\.[a-z]{2,}\b`)},
	{"guidelines", regexp.MustCompile(`\bguidelines\b`)},
	{"publisher", regexp.MustCompile(`\bpublishers?\b`)},
	{"terms of", regexp.MustCompile(`\bterms\s+of\s+(?:use|service)\b`)},
	{"privacy", regexp.MustCompile(`\bprivacy\s+(?:policy|notice)\b`)},
	{"cookie", regexp.MustCompile(`\bcookies?\b`)},
	{"charge", regexp.MustCompile(`\b(?:without|free\s+of)\s+charge\b`)},
	{"permission", regexp.MustCompile(`\b(?:with(?:out)?|written)\s+permission\b`)},
}

// isSyndicationFooter reports whether l is a licence or syndication
// footer: three or more footer cues in a paragraph of at most 100 words.
func isSyndicationFooter(l *line) bool {
	if len(l.words) > 100 {
		return false
	}
	n := 0
	for _, c := range footerCues {
		if strings.Contains(l.lower, c.guard) && (c.re == nil || c.re.MatchString(l.lower)) {
			n++
		}
	}
	return n >= 3
}

// isCaption: photo and video captions and credits: "Photo: ...", "Watch:
// ...", "Image credit ...", "Photographs by Name", a caption sentence ending
// "Picture: Name", and a credit in brackets at the end of a line: "(Getty
// Images)", "(Name/Agency)", a clip length "(1:42)".
func isCaption(l *line) bool {
	n := l.n()
	if n > 50 || l.quoted {
		return false
	}
	if mediaFirst[l.first()] && (creditOpenRE.MatchString(l.text) || creditByRE.MatchString(l.text)) {
		return true
	}
	if (mediaLabelFirst[l.first()] || strings.HasPrefix(l.text, "[")) && mediaLabelRE.MatchString(l.text) {
		return true
	}
	if strings.ContainsAny(l.text, ":|") && creditTailRE.MatchString(l.text) {
		return true
	}
	end := strings.TrimRight(l.text, ". ")
	if !strings.HasSuffix(end, ")") && !strings.HasSuffix(end, "]") {
		return false
	}
	if m := parenCreditRE.FindStringSubmatch(l.text); m != nil {
		in := strings.TrimSpace(m[1])
		if durationRE.MatchString(in) || slashCreditRE.MatchString(in) && !strings.Contains(in, " or ") ||
			creditWordRE.MatchString(in) && wordCount(in) <= 8 {
			return true
		}
	}
	return false
}

// isAuthorLine: bylines ("By Name, role", "Posted by Name on ..."), a name
// with a journalist's or an academic's role and no verb, contact lines
// (an e-mail address or phone number with a contact label or verb), and
// "Disclosure:", "Media contact:" lines.
func isAuthorLine(l *line) bool {
	n := l.n()
	if l.quoted || n > 60 {
		return false
	}
	if byFirst[l.first()] && isByline(l.text) {
		return true
	}
	if strings.ContainsAny(l.text, ":|") && labelRE.MatchString(l.text) {
		return true
	}
	if l.upper && !l.sentence && n <= 14 && strings.ContainsAny(l.text, "|,–—-·•") {
		if m := nameRoleRE.FindStringSubmatch(l.text); m != nil {
			role := newLine(m[2])
			if role.hasAny(journalismRoles) || role.hasAny(affiliationRoles) {
				return true
			}
		}
	}
	if n <= 30 && isBio(l) {
		return true
	}
	contact := l.at && (emailRE.MatchString(l.text) || handleRE.MatchString(l.text)) || l.digits >= 9 && hasPhone(l.text)
	if contact && n <= 30 && !l.teaser() {
		if n <= 6 && !l.sentence {
			return true // a bare address
		}
		if l.hasPhrase([]string{"contact him", "contact her", "contact them", "contact me", "contact the",
			"reach him", "reach her", "reach them", "reach me", "reach the", "email him", "email her", "email me",
			"email the", "write to him", "write to her", "follow him", "follow her", "follow them", "follow me",
			"can be reached", "be contacted"}) {
			return true
		}
	}
	return false
}

// isBio reports whether l is an author's bio: one sentence that gives a
// name a journalist's role on a beat or at an outlet ("Petra Lund is a
// senior reporter covering transport for the Herald", "Ana Ruiz is the
// paper's health correspondent based in Tarrow"): the name opens the line,
// "is a", "is an" or "is the" follows it, a journalism role comes within
// four words, and the rest says for whom, where or what the person covers.
// A name given a role by a story's sentence ("Maria Lind is a journalist
// who was detained in May") names no beat or outlet this way.
func isBio(l *line) bool {
	m := bioRE.FindStringSubmatch(l.text)
	if m == nil || !l.sentence {
		return false
	}
	words := strings.Fields(m[1])
	role := func(w string) bool { return journalismRoles[strings.ToLower(strings.Trim(w, ",;"))] }
	for k := 0; k < len(words) && k < 5; k++ {
		if role(words[k]) {
			for k+1 < len(words) && role(words[k+1]) { // "freelance writer"
				k++
			}
			return k+1 < len(words) && bioBeatRE.MatchString(strings.Join(words[k+1:], " "))
		}
	}
	return false
}

// hasPhone reports whether t holds a phone number: digit groups with 9 to
// 15 digits.
func hasPhone(t string) bool {
	for _, m := range phoneRE.FindAllString(t, -1) {
		d := 0
		for _, r := range m {
			if r >= '0' && r <= '9' {
				d++
			}
		}
		if d >= 9 && d <= 15 {
			return true
		}
	}
	return false
}

// isByline reports whether t is a byline: "By" and names, then an end, a
// separator or a role, with at most 16 words and no verb after the names.
func isByline(t string) bool {
	if wordCount(t) > 16 {
		return false
	}
	m := bylineRE.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	// A month, a weekday or a year is a date, not a name ("By March 3").
	first := strings.ToLower(strings.Fields(m[1])[0])
	first = strings.Trim(first, ".,")
	return !monthWords[first] && !weekdayWords[first] && first != "the"
}

// isSocial: share and follow labels ("Share this story", "Follow us on
// ...", a row of network names) and comment counts ("12 comments", "Join
// the conversation").
func isSocial(l *line) bool {
	n := l.n()
	if l.quoted || n > 16 {
		return false
	}
	social, other := 0, 0
	for _, w := range l.words {
		switch {
		case socialNames[w]:
			social++
		case socialFill[w]:
		default:
			other++
		}
	}
	// A row of network names; one word alone is left to the short-label
	// rule of whole documents.
	if social > 0 && other == 0 && n >= 2 {
		return true
	}
	if shareVerbs[l.first()] && n >= 2 && shareObjects[l.words[1]] && (l.first() != "like" || l.words[1] == "us") {
		return true
	}
	// "Follow Radio Name on Facebook, Instagram and TikTok."
	if (l.first() == "follow" || l.first() == "find" || l.first() == "like") && social > 0 && l.has("on") {
		return true
	}
	if n <= 8 && (l.has("comments") || l.has("comment")) {
		for _, w := range l.words {
			if w[0] >= '0' && w[0] <= '9' {
				return true // "12 comments", "Comments (27)"
			}
		}
		if l.hasPhrase(commentPhrases) {
			return true
		}
	}
	return n <= 6 && (l.has("join the conversation") || l.has("join the discussion"))
}

// isPrompt: a line that asks the reader to do something on the page:
// subscribe, sign up, log in, accept cookies, download the app, send tips.
// It addresses the reader (second person, an imperative, a teaser
// question) about the page's machinery (newsletters, accounts, cookies),
// and is not a quotation.
func isPrompt(l *line) bool {
	n := l.n()
	if l.quoted || n > 50 {
		return false
	}
	strong := l.hasAny(webNouns) || l.hasPhrase(webPhrases)
	weak := l.hasAny(pageNouns) || l.hasPhrase([]string{"our members", "our supporters", "our readers", "our subscribers"})
	imperative := l.imperative()
	question := l.teaser()
	switch {
	case l.hasPhrase(cookiePhrases) || l.you && l.has("consent to"):
		return true
	case n <= 6 && l.has("with") && loginWithRE.MatchString(l.text):
		return true
	case n <= 12 && promptFirst[l.first()] && promptRE.MatchString(l.text) && (!l.sentence || promptCueRE.MatchString(l.text)):
		return true
	case l.you && strong:
		return true
	case strong && imperative:
		return true
	case (l.you || l.we) && weak && (imperative || question):
		return true
	case question && imperative && (weak || l.at && emailRE.MatchString(l.text)):
		return true
	case n <= 12 && !l.sentence && strong && l.digits > 0:
		// a meter: "Remaining free stories this month: 0"
		return true
	case n <= 20 && strong && l.selfRef():
		// "This article is for subscribers only."
		return true
	}
	offer := l.digits > 0 || strings.Contains(l.lower, "cancel") || strings.Contains(l.lower, "first")
	offer = offer && priceOfferRE.MatchString(l.text)
	if n <= 25 && !l.hasAny(speechWords) && (strong || weak || offer) && l.callToAction() {
		return true
	}
	if (l.you || l.we) && offer && (imperative || question) {
		return true
	}
	if n <= 5 && !l.sentence && l.hasAny(consentCore) {
		// Consent buttons: "Accept all cookies", "Manage preferences".
		for _, w := range l.words {
			if !consentWords[w] {
				return false
			}
		}
		return true
	}
	return false
}

// imperative reports whether the line, or one of its sentences after a
// teaser question or a colon, opens with a verb addressed to the reader.
func (l *line) imperative() bool {
	for _, s := range l.starts {
		if s >= len(l.words) {
			continue
		}
		w := l.words[s]
		if !readerVerbs[w] {
			continue
		}
		next := ""
		if s+1 < len(l.words) {
			next = l.words[s+1]
		}
		switch w {
		case "sign", "log":
			if next == "up" || next == "in" || next == "on" || next == "out" || next == "into" {
				return true
			}
		case "never", "don't", "do":
			if next == "miss" || next == "forget" || (w == "do" && next == "not") {
				return true
			}
		case "have", "got", "want", "already", "like", "enjoy", "enjoying":
			// teaser openers, counted by teaser()
		default:
			return true
		}
	}
	return false
}

// callToAction reports whether the line, or one of its sentences, opens
// with an imperative addressed to the reader (a verb of ctaVerbs, after
// an optional "please") followed by a word of ctaObjects: "Turn on
// alerts", "Keep reading", "Pass it on", "Be the first to know".
func (l *line) callToAction() bool {
	for _, s := range l.starts {
		if s < len(l.words) && l.words[s] == "please" {
			s++
		}
		if s+1 < len(l.words) && ctaVerbs[l.words[s]] && ctaObjects[l.words[s+1]] {
			return true
		}
	}
	return false
}

// teaser reports whether the line holds a short question put to the
// reader: "Enjoying this story?", "Got a tip?", "Already a subscriber?".
func (l *line) teaser() bool {
	i := strings.IndexByte(l.text, '?')
	if i < 0 {
		return false
	}
	q := newLine(l.text[:i+1])
	if k := strings.LastIndexAny(q.text[:len(q.text)-1], ".!:"); k >= 0 {
		q = newLine(q.text[k+1:])
	}
	return q.n() <= 8 && !q.quoted
}

// isLinkLine: a link to another story inside the text: "Read more: ...",
// "Related: ...", "See also ...".
func isLinkLine(l *line) bool {
	if l.n() > 30 {
		return false
	}
	if readAlsoFirst[l.first()] && readAlsoRE.MatchString(l.text) {
		return true
	}
	// A list heading and one title on one line: "You might enjoy: Why
	// the bees are early", "Previous post: Allotment list reopens".
	head, rest, ok := strings.Cut(l.text, ":")
	if !ok || wordCount(head) > 6 || wordCount(rest) < 2 || wordCount(rest) > 20 {
		return false
	}
	h := newLine(head)
	return !h.sentence && h.hasPhrase(listHeadings) && len(h.words) <= len(strings.Fields(matchListHeading(h.padded)))+1
}

// matchListHeading returns the longest heading of listHeadings in padded.
func matchListHeading(padded string) string {
	best := ""
	for _, p := range listHeadings {
		if len(p) > len(best) && strings.Contains(padded, " "+p+" ") {
			best = p
		}
	}
	return best
}

// isFurniture: advertisement labels, skip links, press-release labels,
// navigation crumbs ("Home › News › Local") and time stamps ("Updated 3
// hours ago", "5 min read", "12 January 2032, 07:45 GMT").
func isFurniture(l *line) bool {
	n := l.n()
	if n <= 8 && furnFirst[l.first()] && (skipRE.MatchString(l.text) || continuesRE.MatchString(l.text) || releaseLabelRE.MatchString(l.text)) {
		return true
	}
	if n <= 6 && !l.sentence && l.hasAny(adWords) {
		return true
	}
	if n <= 25 && !l.sentence && strings.ContainsAny(l.text, ":|") && tagsRE.MatchString(l.text) {
		return true
	}
	// A weather widget: "14°C Light cloud".
	if n <= 6 && !l.sentence && strings.Contains(l.text, "°") && temperatureRE.MatchString(l.text) {
		return true
	}
	if isStamp(l) || isCrumbs(l) {
		return true
	}
	// "Match stats powered by ...", "Proudly powered by ... | Theme: ...".
	if n <= 10 && !l.sentence && l.has("powered by") {
		return true
	}
	// A loading label: "Video player loading", "Like Loading...".
	if n <= 5 && l.has("loading") && (!l.sentence || strings.HasSuffix(l.text, "...") || strings.HasSuffix(l.text, "…")) {
		return true
	}
	return !l.sentence && n <= 12 && stampedSource(l)
}

// stampedSource reports whether l is a source or a name with a time stamp
// between separators: "Kessby Morning Star · 5 hrs ago".
func stampedSource(l *line) bool {
	if !strings.ContainsAny(l.text, "·•|") {
		return false
	}
	segs := separatorRE.Split(l.text, -1)
	if len(segs) < 2 {
		return false
	}
	stamped := false
	for _, s := range segs {
		s = strings.TrimSpace(s)
		sl := newLine(s)
		switch {
		case sl.n() == 0:
		case isStamp(&sl):
			stamped = true
		case sl.n() > 5:
			return false
		}
	}
	return stamped
}

// isStamp reports whether l is a date, time or reading-time stamp: at most
// 14 words, all of them dates, times, numbers or stamp words, with at least
// one date or time.
func isStamp(l *line) bool {
	if l.n() > 14 || l.sentence && l.n() > 6 {
		return false
	}
	dated := false
	for _, w := range l.words {
		switch {
		case monthWords[w] || weekdayWords[w] || timeTokenRE.MatchString(w):
			dated = true
		case stampWords[w]:
			if w == "ago" || w == "min" || w == "mins" || w == "updated" || w == "published" || w == "posted" {
				dated = true
			}
		default:
			return false
		}
	}
	return dated
}

// isCrumbs reports whether l is a navigation trail or a menu: three or
// more short segments between separators, no sentence punctuation.
func isCrumbs(l *line) bool {
	if l.sentence || l.n() > 20 || !strings.ContainsAny(l.text, "›»|·•→>/-–") {
		return false
	}
	segs := separatorRE.Split(l.text, -1)
	if len(segs) < 3 {
		return false
	}
	for _, s := range segs {
		s = strings.TrimSpace(s)
		if s == "" || wordCount(s) > 4 {
			return false
		}
	}
	return true
}

// relatedHeading reports whether l heads a list of other stories: a short
// line without sentence punctuation (or ending in a colon) that names such a
// list.
func relatedHeading(l *line) bool {
	if l.n() > 7 || l.sentence || l.quoted {
		return false
	}
	return l.hasPhrase(listHeadings)
}

// linkLike reports whether l could be an item of a list of links: a
// headline of 2 to 20 words without sentence punctuation.
func linkLike(l *line) bool {
	return !l.sentence && l.n() >= 2 && l.n() <= 20 && !strings.HasSuffix(l.text, ":")
}

var (
	// aboutRE heads an author's or an organisation's profile.
	aboutRE = regexp.MustCompile(`(?i)^about\s+(?:the\s+)?(?:authors?|writers?|contributors?|reporters?|photographer|illustrator|us|this\s+(?:series|project|newsletter))\s*:?$`)
	// aboutNameRE: "About Name" as a heading.
	aboutNameRE = regexp.MustCompile(`^About\s+\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}\s*:?$`)
	nameListRE  = regexp.MustCompile(`\s*(?:,|\band\b|&)\s*`)
	// contactCueRE: an invitation to write to or follow a person.
	contactCueRE = regexp.MustCompile(`(?i)\b(?:reach|contact|e-?mail|follow|write to)\s+(?:him|her|them|me)\b|\bcan be reached\b|\byou can reach\b`)
)

// classifyDoc classifies the paragraphs of one document: each by
// classifyLine, then by its place in the document:
//
//   - a heading of a list of stories ("Most read", "You might also like:")
//     and the headline lines under it are related links;
//   - "About the author" (anywhere) and "About Name" (in the second half)
//     and up to three paragraphs under them are an author's or a
//     publisher's profile;
//   - a name alone on a line before the first sentence of the story is a
//     byline;
//   - a bio: a paragraph outside the story (before its first sentence or
//     after its last) that opens with a name and a verb ("Name is a ...",
//     "Name covers ...") and is about the byline's author, or names a
//     journalist's role, or says how to reach the person; and whose
//     surname the story does not use unless the line gives a contact.
//
// Paragraphs with skip set (repeats of earlier ones) are not classified and
// count as boilerplate of no class for the rules above; skip may be nil.
// It is linear in the number of paragraphs apart from the surname check,
// which looks each bio candidate's surname up in the story once.
func classifyDoc(texts []string, skip []bool) []boilerClass {
	n := len(texts)
	ls := make([]line, n)
	cls := make([]boilerClass, n)
	for i, t := range texts {
		if skip != nil && skip[i] {
			continue // an empty line: no words, not a sentence
		}
		ls[i] = newLine(t)
		cls[i] = classifyParsed(&ls[i])
	}
	for i := 0; i < n; i++ {
		l := &ls[i]
		switch {
		case relatedHeading(l):
			cls[i] = classRelated
			for j := i + 1; j < n && (cls[j] == classNone || cls[j] == classRelated) && linkLike(&ls[j]); j++ {
				cls[j] = classRelated
				i = j
			}
		case !l.sentence && (aboutRE.MatchString(l.text) || i >= n/2 && aboutNameRE.MatchString(l.text)):
			cls[i] = classAuthor
			for j := i + 1; j < n && j <= i+3 && cls[j] == classNone; j++ {
				if !ls[j].sentence && isHeadline(ls[j].text) {
					break
				}
				cls[j] = classAuthor
				i = j
			}
		}
	}

	body := func(i int) bool { return cls[i] == classNone && ls[i].sentence && ls[i].n() >= 6 }
	first := -1
	for i := range n {
		if body(i) {
			first = i
			break
		}
	}
	// Names of the bylines. The first plain line is the headline, never
	// a byline.
	headline := -1
	for i := range n {
		if cls[i] == classNone {
			headline = i
			break
		}
	}
	var authors []string
	for i := range n {
		t := ls[i].text
		if cls[i] == classAuthor {
			if m := bylineRE.FindStringSubmatch(t); m != nil {
				authors = append(authors, m[1])
				for _, a := range nameListRE.Split(m[2], -1) {
					if a = strings.TrimSpace(a); a != "" {
						authors = append(authors, a)
					}
				}
			} else if m := nameRoleRE.FindStringSubmatch(t); m != nil {
				authors = append(authors, m[1])
			}
		} else if i != headline && (first < 0 || i < first) && cls[i] == classNone && !ls[i].sentence && ls[i].n() <= 4 && loneNameRE.MatchString(t) {
			cls[i] = classAuthor
			authors = append(authors, t)
		}
	}

	// Bios outside the story.
	cand := make([]string, n) // the name that opens a bio candidate
	for i := range n {
		if cls[i] != classNone {
			continue
		}
		if !twoCapitals(ls[i].text) {
			// "Selma covers shipping from Brenau.": a bio that calls the
			// byline's author by the first name.
			if m := firstNameLeadRE.FindStringSubmatch(ls[i].text); m != nil && isFirstName(m[1], authors) {
				cand[i] = m[1]
			}
			continue
		}
		m := nameLeadRE.FindStringSubmatch(ls[i].text)
		if m == nil {
			continue
		}
		name := m[1]
		contact := contactCueRE.MatchString(ls[i].text) || emailRE.MatchString(ls[i].text) || handleRE.MatchString(ls[i].text)
		// "Name covers ...", "Name writes ...": the verbs of a
		// journalist's bio.
		journalist := m[2] == "covers" || m[2] == "writes" || m[2] == "reports" || m[2] == "edits" || m[2] == "contributes"
		if contact || journalist || ls[i].bioRole() || isAuthor(name, authors) {
			cand[i] = name
		}
	}
	outside := func(i int) bool { return cls[i] != classNone || !ls[i].sentence || cand[i] != "" }
	last := n
	for last > 0 && outside(last-1) {
		last--
	}
	head := 0
	for head < n && outside(head) {
		head++
	}
	for i := range n {
		if cand[i] == "" || i >= head && i < last {
			continue
		}
		contact := contactCueRE.MatchString(ls[i].text) || emailRE.MatchString(ls[i].text) || handleRE.MatchString(ls[i].text)
		if !contact && usesSurname(cand[i], i, ls, cls, cand) {
			continue
		}
		cls[i] = classAuthor
	}
	return cls
}

// bioRole reports whether a line that opens with a name gives that
// person a journalist's role in its first sentence ("Jane Doe is a senior
// reporter covering transport"), as an author's bio does: a role word in
// the singular among the first twelve words, in a line of three sentences
// at most. A story's own paragraph that mentions the press ("Costa told
// reporters in Rome ...") is no bio.
func (l *line) bioRole() bool {
	if len(l.starts) > 3 {
		return false // a bio runs to three sentences at most
	}
	end := len(l.words)
	if len(l.starts) > 1 {
		end = l.starts[1]
	}
	for i, w := range l.words[:end] {
		if i >= 12 {
			break
		}
		if journalismRoles[w] && !strings.HasSuffix(w, "s") {
			return true
		}
	}
	return false
}

// twoCapitals reports whether the first two words of t start with
// capitals, as a name does: the cheap test before nameLeadRE.
func twoCapitals(t string) bool {
	f1, rest, ok := strings.Cut(t, " ")
	if !ok {
		return false
	}
	if f1 == "Dr." || f1 == "Dr" || f1 == "Prof." || f1 == "Prof" {
		if f1, rest, ok = strings.Cut(rest, " "); !ok {
			return false
		}
	}
	r1, _ := utf8.DecodeRuneInString(f1)
	r2, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r1) && unicode.IsUpper(r2)
}

// isAuthor reports whether name is one of the byline names, or shares its
// surname with one.
func isAuthor(name string, authors []string) bool {
	s := surname(name)
	for _, a := range authors {
		if a == name || surname(a) == s {
			return true
		}
	}
	return false
}

// isFirstName reports whether first is the first name of one of the
// byline names.
func isFirstName(first string, authors []string) bool {
	for _, a := range authors {
		if f := strings.Fields(a); len(f) >= 2 && f[0] == first {
			return true
		}
	}
	return false
}

func surname(name string) string {
	f := strings.Fields(name)
	return strings.Trim(f[len(f)-1], ".,")
}

// usesSurname reports whether the story (sentences that are neither
// boilerplate nor bio candidates; a name alone on a line in an author box
// is not the story) uses the surname of name as a word.
func usesSurname(name string, self int, ls []line, cls []boilerClass, cand []string) bool {
	s := strings.ToLower(surname(name))
	for j := range ls {
		if j != self && cls[j] == classNone && cand[j] == "" && ls[j].sentence && (ls[j].has(s) || ls[j].has(s+"'s") || ls[j].has(s+"’s")) {
			return true
		}
	}
	return false
}
