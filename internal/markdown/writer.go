package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// textWriter is goldmark's html.DefaultWriter with a shortcut: text
// without a backslash, an ampersand or a NUL, which is nearly all text, has
// no escapes or references to resolve, and only its HTML specials (and a
// NUL, in raw text) need replacing, which textWriter does a run at a time
// rather than a byte at a time. Anything else goes to goldmark's writer. FuzzTextWriter holds the
// two to the same output.
type textWriter struct{ html.Writer }

func (w textWriter) Write(out util.BufWriter, source []byte) {
	if bytes.IndexByte(source, '\\') >= 0 || bytes.IndexByte(source, '&') >= 0 || bytes.IndexByte(source, 0) >= 0 {
		w.Writer.Write(out, source)
		return
	}
	w.RawWrite(out, source)
}

func (textWriter) RawWrite(out util.BufWriter, source []byte) {
	start := 0
	for i, c := range source {
		var escaped string
		switch c {
		case '<':
			escaped = "&lt;"
		case '>':
			escaped = "&gt;"
		case '&':
			escaped = "&amp;"
		case '"':
			escaped = "&quot;"
		case 0:
			escaped = "\uFFFD"
		default:
			continue
		}
		_, _ = out.Write(source[start:i])
		_, _ = out.WriteString(escaped)
		start = i + 1
	}
	_, _ = out.Write(source[start:])
}
