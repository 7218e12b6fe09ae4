package theme

import (
	"fmt"
	"html"
	"html/template"
	"path"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/index"
	"github.com/motcua/motcua/internal/urls"
	"github.com/motcua/motcua/internal/vntext"
)

// FileInfo describes a downloadable file for templates.
type FileInfo struct {
	Ext  string // upper-case extension without the dot: "PDF"
	Size string // human size in Vietnamese notation: "24 KB", "1,2 MB"
	OK   bool   // the file is published by the site
}

func (t *Theme) funcs(opts Options) template.FuncMap {
	return template.FuncMap{
		"T":             t.T,
		"partialCached": t.PartialCached,
		"asset":         t.Asset,
		"dateLong":      func(d any) string { return formatDate(d, vntext.FormatDateLong) },
		"dateShort":     func(d any) string { return formatDate(d, vntext.FormatDateShort) },
		"monthYear":     func(d any) string { return formatDate(d, vntext.FormatMonthYear) },
		"isoDate":       func(d any) string { return formatDate(d, func(t time.Time) string { return t.Format("2006-01-02") }) },
		"markdownify": func(s string) (template.HTML, error) {
			out, _, err := opts.Markdown.RenderInline(s, nil)
			return template.HTML(out), err
		},
		"plainify": Plainify,
		"truncate": Truncate,
		"slug":     vntext.Slug,
		"limit": func(n int, pages []*index.Page) []*index.Page {
			return pages[:min(n, len(pages))]
		},
		"add":          func(a, b int) int { return a + b },
		"sub":          func(a, b int) int { return a - b },
		"hasPrefix":    strings.HasPrefix,
		"href":         Href,
		"resource":     Resource,
		"isExternal":   urls.IsExternal,
		"withPage":     func(v *index.View, p *index.Page) PageRef { return PageRef{View: v, Page: p} },
		"withPages":    func(v *index.View, ps []*index.Page) PageList { return PageList{View: v, Pages: ps} },
		"withDocument": func(v *index.View, d content.Document) DocumentRef { return DocumentRef{View: v, Doc: d} },
		"pageNumbers":  PageNumbers,
		"telURL":       TelURL,
		"province":     Province,
		"fileInfo": func(sitePath string) FileInfo {
			info := FileInfo{Ext: strings.ToUpper(strings.TrimPrefix(path.Ext(sitePath), "."))}
			if opts.FileSize == nil {
				return info
			}
			size, ok := opts.FileSize(strings.TrimPrefix(sitePath, "/"))
			info.OK = ok
			if ok {
				info.Size = HumanSize(size)
			}
			return info
		},
	}
}

// formatDate accepts the date types templates meet: content.Date and
// time.Time. Unset dates render as "".
func formatDate(d any, format func(time.Time) string) string {
	var t time.Time
	switch d := d.(type) {
	case content.Date:
		t = d.Time
	case *content.Date:
		if d != nil {
			t = d.Time
		}
	case time.Time:
		t = d
	}
	if t.IsZero() {
		return ""
	}
	return format(t)
}

// HumanSize renders a byte count with a Vietnamese decimal comma.
func HumanSize(n int64) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1024*1024:
		return fmt.Sprintf("%d KB", (n+512)/1024)
	default:
		return strings.Replace(fmt.Sprintf("%.1f MB", float64(n)/(1024*1024)), ".", ",", 1)
	}
}

// Plainify removes tags and decodes entities: the text between a '<' and
// the next '>' goes, each tag leaves a space, and runs of white space
// become one space with none at either end.
func Plainify(s any) string {
	var in string
	switch s := s.(type) {
	case template.HTML:
		in = string(s)
	case string:
		in = s
	default:
		in = fmt.Sprint(s)
	}
	if strings.IndexByte(in, '&') >= 0 || !utf8.ValidString(in) {
		return plainifyEntities(in)
	}
	// Without entities the work is one pass over the bytes: the search
	// step runs this on every procedure step and requirement.
	var out strings.Builder
	out.Grow(len(in))
	inTag, space := false, false
	for i := 0; i < len(in); {
		c := in[i]
		size := 1
		switch {
		case c == '<':
			inTag = true
			i++
			continue
		case inTag:
			if c == '>' {
				inTag, space = false, true
			}
			i++
			continue
		case c < utf8.RuneSelf:
			if c == ' ' || c-'\t' <= '\r'-'\t' { // the ASCII spaces of unicode.IsSpace
				space = true
				i++
				continue
			}
		default:
			// Only these lead bytes begin the non-ASCII spaces (U+0085,
			// U+00A0, U+1680, U+2000–U+205F, U+3000); Vietnamese letters
			// are copied without decoding.
			if c == 0xC2 || c == 0xE1 && i+1 < len(in) && in[i+1] == 0x9A || c == 0xE2 || c == 0xE3 {
				var r rune
				if r, size = utf8.DecodeRuneInString(in[i:]); unicode.IsSpace(r) {
					space = true
					i += size
					continue
				}
			} else if c >= 0xF0 {
				size = 4
			} else if c >= 0xE0 {
				size = 3
			} else {
				size = 2
			}
		}
		if space && out.Len() > 0 {
			out.WriteByte(' ')
		}
		space = false
		out.WriteString(in[i : i+size])
		i += size
	}
	return out.String()
}

// plainifyEntities is Plainify for text with entities, which may decode to
// white space or to '<', and for text that is not UTF-8.
func plainifyEntities(in string) string {
	var b strings.Builder
	inTag := false
	for _, r := range in {
		switch {
		case r == '<':
			inTag = true
		case r == '>' && inTag:
			inTag = false
			b.WriteByte(' ')
		case !inTag:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(html.UnescapeString(b.String())), " ")
}

// Truncate shortens s to at most n characters, cutting at a word boundary
// and adding "…" when it cut.
func Truncate(n int, s string) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	count, cut := 0, 0
	for i, r := range s {
		if count == n {
			break
		}
		if r == ' ' {
			cut = i
		}
		count++
		if cut == 0 && count == n {
			cut = i + utf8.RuneLen(r)
		}
	}
	return strings.TrimRight(s[:cut], " ,.;:") + "…"
}
