package validate

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// bodyImage is a Markdown image found in a page body, at a 1-based line of
// the body and a 1-based column counted in characters.
type bodyImage struct {
	line, col int
	dest      string
}

// imagesWithoutAlt finds inline images with an empty description,
// ![](dest), outside fenced code blocks and code spans. It scans lines
// rather than parsing the document: the Markdown step parses every body
// later anyway, and this check must cost nothing on the pages that have no
// image at all.
func imagesWithoutAlt(source []byte) []bodyImage {
	if !bytes.Contains(source, []byte("![")) {
		return nil
	}
	body := string(source)
	var found []bodyImage
	fence := ""
	lineNo := 0
	for line := range strings.SplitSeq(body, "\n") {
		lineNo++
		trimmed := strings.TrimLeft(line, " \t")
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fence = trimmed[:3]
			continue
		}
		for j := 0; j < len(line); j++ {
			switch line[j] {
			case '`':
				j = skipCodeSpan(line, j)
			case '!':
				if dest, ok := emptyImage(line[j:]); ok {
					found = append(found, bodyImage{line: lineNo, col: utf8.RuneCountInString(line[:j]) + 1, dest: dest})
				}
			}
		}
	}
	return found
}

// skipCodeSpan returns the index of the last backtick of the code span
// opening at i, or of the opening run when the span is never closed.
func skipCodeSpan(line string, i int) int {
	n := 0
	for i+n < len(line) && line[i+n] == '`' {
		n++
	}
	run := line[i : i+n]
	if end := strings.Index(line[i+n:], run); end >= 0 {
		return i + n + end + n - 1
	}
	return i + n - 1
}

// emptyImage reports whether s starts with "![" + blanks + "](" and returns
// the destination.
func emptyImage(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "![")
	if !ok {
		return "", false
	}
	rest = strings.TrimLeft(rest, " \t")
	rest, ok = strings.CutPrefix(rest, "](")
	if !ok {
		return "", false
	}
	rest = strings.TrimLeft(rest, " \t")
	if inner, ok := strings.CutPrefix(rest, "<"); ok {
		dest, _, _ := strings.Cut(inner, ">")
		return dest, true
	}
	end := strings.IndexAny(rest, " \t)")
	if end < 0 {
		end = len(rest)
	}
	return rest[:end], true
}
