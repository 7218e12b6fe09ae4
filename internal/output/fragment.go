package output

import "bytes"

// Fragment minifies a fragment of HTML that no other goroutine reads or
// writes meanwhile (see MinifyOwned), such as a page's rendered Markdown.
//
// Most rendered Markdown needs nothing from the minifier but the removal
// of the line breaks between block elements: no entities to shorten, no
// runs of spaces, nothing preformatted. Such a fragment is recognised in
// one pass and its line breaks dropped, which gives the minifier's bytes
// at a small part of its cost; anything else goes through the minifier.
func (m *Minifier) Fragment(html []byte) ([]byte, error) {
	if out, ok := joinBlocks(html); ok {
		return out, nil
	}
	return m.MinifyOwned("text/html", html)
}

// joinBlocks returns html without its newlines when each one separates
// two block elements (or ends the fragment) and nothing else in html is
// something the minifier would rewrite; ok is false otherwise.
func joinBlocks(html []byte) (out []byte, ok bool) {
	if len(html) == 0 || bytes.IndexByte(html, '&') >= 0 || bytes.Contains(html, []byte(`=""`)) {
		return nil, false
	}
	// The minifier drops a space at the start or end of a block's text and
	// one that follows another space, inline tags between them or not.
	edge := true      // no text yet since the last block tag
	trailing := false // the text so far ends with a space
	prevBlock := false
	newlines := 0
	for i := 0; i < len(html); {
		if plainText[html[i]] {
			for i++; i < len(html) && plainText[html[i]]; i++ {
			}
			edge, trailing, prevBlock = false, false, false
			continue
		}
		switch html[i] {
		case '<':
			end, block, ok := scanTag(html, i)
			if !ok || i > 0 && html[i-1] == '\n' && !(block && prevBlock) {
				return nil, false
			}
			if block {
				if trailing {
					return nil, false
				}
				edge = true
			}
			prevBlock = block
			i = end + 1
		case '\n':
			// Only between two block tags, or at the very end.
			if i == 0 || i != len(html)-1 && !(html[i-1] == '>' && prevBlock && html[i+1] == '<') {
				return nil, false
			}
			newlines++
			i++
		case ' ':
			if edge || trailing {
				return nil, false
			}
			edge, trailing, prevBlock = false, true, false
			i++
		default: // > " ' & and control characters
			return nil, false
		}
	}
	if trailing {
		return nil, false
	}
	out = make([]byte, 0, len(html)-newlines)
	for line := range bytes.SplitSeq(html, []byte("\n")) {
		out = append(out, line...)
	}
	return out, true
}

// plainValue reports whether the minifier leaves c alone in an attribute
// value, single spaces between words included.
func plainValue(c byte) bool {
	return c == ' ' || plainText[c]
}

// plainText marks the bytes joinBlocks passes over in text without a look.
var plainText = func() (t [256]bool) {
	for c := range t {
		t[c] = true
	}
	for _, c := range []byte("<>\"'& \x7f") {
		t[c] = false
	}
	for c := range byte(' ') { // control characters, line breaks and tabs
		t[c] = false
	}
	return t
}()

// scanTag reads the tag starting at html[start] == '<' in the one shape
// joinBlocks accepts: a lower-case name, then name="value" attributes with
// plain values, single spaces between. end is the index of its '>'.
func scanTag(html []byte, start int) (end int, block, ok bool) {
	i := start + 1
	closing := i < len(html) && html[i] == '/'
	if closing {
		i++
	}
	nameStart := i
	for i < len(html) && (html[i] >= 'a' && html[i] <= 'z' || i > nameStart && html[i] >= '0' && html[i] <= '9') {
		i++
	}
	kind := fragmentTag(html[nameStart:i])
	if kind == unknownElement {
		return 0, false, false
	}
	for i < len(html) && html[i] == ' ' && !closing {
		i++
		attrStart := i
		for i < len(html) && html[i] >= 'a' && html[i] <= 'z' {
			i++
		}
		attr, known := fragmentAttrs[string(html[attrStart:i])]
		if !known || i+1 >= len(html) || html[i] != '=' || html[i+1] != '"' {
			return 0, false, false
		}
		i += 2
		valueStart := i
		for i < len(html) && plainValue(html[i]) && !(html[i] == ' ' && html[i-1] == ' ') {
			i++
		}
		if i == len(html) || html[i] != '"' || i == valueStart || html[valueStart] == ' ' || html[i-1] == ' ' {
			return 0, false, false
		}
		if attr == urlAttr && !plainURLStart(html[valueStart:i]) || attr == alignStyle && !plainAlign(html[valueStart:i]) {
			return 0, false, false
		}
		i++
	}
	if i == len(html) || html[i] != '>' {
		return 0, false, false
	}
	return i, kind == blockElement, true
}

type elementKind uint8

const (
	unknownElement elementKind = iota
	inlineElement
	blockElement
)

// fragmentTag tells the elements rendered Markdown is made of as the
// minifier treats them: spaces around a block element are dropped, around
// an inline one they are text. Others (pre, br, script, input, ...) send
// the fragment to the minifier.
func fragmentTag(name []byte) elementKind {
	switch string(name) {
	case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "hr",
		"table", "thead", "tbody", "tr", "th", "td", "div", "dl", "dt", "dd":
		return blockElement
	case "a", "strong", "em", "code", "del", "sup", "sub", "span", "abbr", "mark", "small", "b", "i", "img":
		return inlineElement
	}
	return unknownElement
}

type attrKind uint8

const (
	textAttr attrKind = iota
	urlAttr
	alignStyle // style, as goldmark aligns table cells
)

// fragmentAttrs are the attributes rendered Markdown carries whose values
// the minifier leaves alone, but for the start of a URL (plainURLStart)
// and styles other than a cell's alignment (plainAlign). Others (on...,
// boolean ones such as checked) it rewrites.
var fragmentAttrs = map[string]attrKind{
	"id": textAttr, "class": textAttr, "title": textAttr, "alt": textAttr,
	"start": textAttr, "align": textAttr, "role": textAttr,
	"href": urlAttr, "src": urlAttr, "style": alignStyle,
}

// plainAlign reports whether a style is one of the three table cell
// alignments goldmark writes, which the CSS minifier leaves as they are.
func plainAlign(style []byte) bool {
	switch string(style) {
	case "text-align:left", "text-align:center", "text-align:right":
		return true
	}
	return false
}

// plainURLStart reports whether the minifier keeps a URL as it is: it
// lower-cases an http or https scheme and rewrites data: URLs.
func plainURLStart(url []byte) bool {
	head := url[:min(len(url), 6)]
	for _, c := range head {
		if c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return !bytes.HasPrefix(url, []byte("data:"))
}
