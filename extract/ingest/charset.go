package ingest

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// decodeLegacy converts an HTML page in a legacy character set to UTF-8.
// The page must say which (a byte-order mark, <meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">, in its first
// 1,024 bytes, as browsers look): windows-1252, ISO-8859-x, Shift_JIS,
// GBK, KOI8-R and the other WHATWG encodings are decoded. Valid UTF-8 is
// never re-decoded, whatever the page declares; other input and undeclared
// pages are returned unchanged (checkText then judges them).
func decodeLegacy(f format, data []byte) ([]byte, error) {
	if utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return data, nil
	}
	if f != formatHTML && !(f == formatSniff && looksHTML(data)) {
		return data, nil
	}
	enc, name, certain := charset.DetermineEncoding(data, "text/html")
	if !certain && !declaresCharset(data) || name == "utf-8" {
		return data, nil // no declaration: checkText reports the bad byte
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("%w: decoding %s: %v", ErrInvalidUTF8, name, err)
	}
	return out, nil
}

// looksHTML reports whether data starts, after white space, with a tag.
func looksHTML(data []byte) bool {
	t := bytes.TrimLeftFunc(data, unicode.IsSpace)
	return len(t) > 0 && t[0] == '<'
}

// declaresCharset reports whether the first 1,024 bytes hold a charset
// declaration (DetermineEncoding reports a <meta> one as uncertain).
func declaresCharset(data []byte) bool {
	head := data[:min(len(data), 1024)]
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}
