package search

import (
	"strconv"
	"unicode/utf8"
)

// The index files are written by hand rather than with encoding/json so
// that the bytes are exactly what the budget allows: no HTML escaping of the
// postings alphabet, no spaces, keys in a fixed order.

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string literal.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c < 0x20 || c == 0x7f:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, `\ufffd`...)
		} else {
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return append(dst, '"')
}

// appendJSONArray appends a JSON array of xs, each written by add.
func appendJSONArray[T any](dst []byte, xs []T, add func([]byte, T) []byte) []byte {
	dst = append(dst, '[')
	for i, x := range xs {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = add(dst, x)
	}
	return append(dst, ']')
}

// appendJSONStrings appends a JSON array of strings.
func appendJSONStrings(dst []byte, ss []string) []byte {
	return appendJSONArray(dst, ss, appendJSONString)
}

// appendJSONInts appends a JSON array of integers.
func appendJSONInts(dst []byte, ns []int) []byte {
	return appendJSONArray(dst, ns, func(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) })
}

// appendKey appends a JSON object key with its colon, after a comma unless
// it is the first key.
func appendKey(dst []byte, key string, first bool) []byte {
	if !first {
		dst = append(dst, ',')
	}
	dst = appendJSONString(dst, key)
	return append(dst, ':')
}
