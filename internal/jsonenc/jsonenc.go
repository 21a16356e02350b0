// Package jsonenc appends JSON strings exactly as encoding/json writes
// them, for the writers that build JSON by hand where encoding/json's
// reflection costs too much (graph's stored records, the CLI's timeline
// output).
package jsonenc

import "unicode/utf8"

const hex = "0123456789abcdef"

// safe[html][b] is set for the ASCII bytes written as they are: all
// printable ones but the quote and the backslash, and with html set, not
// <, > and & either (json.Marshal's default; json.Encoder with
// SetEscapeHTML(false) leaves them).
var safe = func() (t [2][utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[0][b] = b != '"' && b != '\\'
		t[1][b] = t[0][b] && b != '<' && b != '>' && b != '&'
	}
	return t
}()

// AppendString appends s quoted as encoding/json quotes a string:
// quotes, backslashes and control characters escaped, invalid UTF-8 as
// U+FFFD, U+2028 and U+2029 escaped, and <, > and & escaped when
// escapeHTML is set.
func AppendString(dst []byte, s string, escapeHTML bool) []byte {
	ok := &safe[0]
	if escapeHTML {
		ok = &safe[1]
	}
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if ok[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
