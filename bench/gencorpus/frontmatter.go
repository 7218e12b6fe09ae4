package main

import (
	"bytes"
	"strconv"
	"time"
	"unicode/utf8"
)

// yamlWriter emits block-style YAML front matter. Every text value is written
// double-quoted, which is valid for any string and keeps values such as codes
// ("1.001193") or words such as "no" from being read as numbers or booleans.
// Dates, numbers and booleans are written plain, as an editor would.
type yamlWriter struct {
	buf *bytes.Buffer
}

const isoDate = "2006-01-02"

func (w yamlWriter) key(indent int, key string) {
	for range indent {
		w.buf.WriteByte(' ')
	}
	w.buf.WriteString(key)
	w.buf.WriteByte(':')
}

func (w yamlWriter) text(indent int, key, value string) {
	w.key(indent, key)
	w.buf.WriteByte(' ')
	appendQuoted(w.buf, value)
	w.buf.WriteByte('\n')
}

func (w yamlWriter) date(indent int, key string, value time.Time) {
	w.key(indent, key)
	w.buf.WriteByte(' ')
	w.buf.WriteString(value.Format(isoDate))
	w.buf.WriteByte('\n')
}

func (w yamlWriter) integer(indent int, key string, value int) {
	w.key(indent, key)
	w.buf.WriteByte(' ')
	w.buf.WriteString(strconv.Itoa(value))
	w.buf.WriteByte('\n')
}

func (w yamlWriter) boolean(indent int, key string, value bool) {
	w.key(indent, key)
	w.buf.WriteByte(' ')
	w.buf.WriteString(strconv.FormatBool(value))
	w.buf.WriteByte('\n')
}

// textList writes a sequence of strings; an empty list writes nothing so
// optional keys stay absent rather than present and empty.
func (w yamlWriter) textList(key string, values []string) {
	if len(values) == 0 {
		return
	}
	w.key(0, key)
	w.buf.WriteByte('\n')
	for _, v := range values {
		w.buf.WriteString("  - ")
		appendQuoted(w.buf, v)
		w.buf.WriteByte('\n')
	}
}

// item starts one mapping inside a sequence of mappings; the first key is
// written on the dash line and the rest with itemIndent.
func (w yamlWriter) item(key, value string) {
	w.buf.WriteString("  - ")
	w.text(0, key, value)
}

const itemIndent = 4

// appendQuoted writes s as a YAML double-quoted scalar. Besides quote and
// backslash it escapes every character YAML treats as a line break or does
// not allow raw (C0 and C1 controls, DEL, NEL, LS, PS, BOM, U+FFFE and
// U+FFFF) and invalid UTF-8, so any string round-trips as its valid-UTF-8 equivalent. Runs of
// characters that need no escape are copied in one piece.
func appendQuoted(buf *bytes.Buffer, s string) {
	buf.WriteByte('"')
	clean := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= 0x80 {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r > 0x9f && r != 0x2028 && r != 0x2029 && r != 0xfeff && r < 0xfffd || r > 0xffff {
				i += size
				continue
			}
		}
		buf.WriteString(s[clean:i])
		writeEscape(buf, r)
		i += size
		clean = i
	}
	buf.WriteString(s[clean:])
	buf.WriteByte('"')
}

func writeEscape(buf *bytes.Buffer, r rune) {
	switch {
	case r == '"':
		buf.WriteString(`\"`)
	case r == '\\':
		buf.WriteString(`\\`)
	case r == '\n':
		buf.WriteString(`\n`)
	case r == '\t':
		buf.WriteString(`\t`)
	case r <= 0xff:
		buf.WriteString(`\x`)
		buf.WriteByte(hexDigits[r>>4])
		buf.WriteByte(hexDigits[r&0xf])
	default: // LS, PS, BOM, U+FFFD..U+FFFF; invalid UTF-8 arrives as U+FFFD
		buf.WriteString(`\u`)
		buf.WriteString(strconv.FormatInt(int64(r), 16))
	}
}

const hexDigits = "0123456789abcdef"
