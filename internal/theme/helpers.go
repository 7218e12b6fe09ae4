package theme

import (
	"html/template"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/index"
	"github.com/motcua/motcua/internal/urls"
)

// PageRef pairs the view being rendered with one page to show, so that a
// partial can link to the page from the current output (html/template
// passes a single value to a partial).
type PageRef struct {
	View *index.View
	Page *index.Page
}

// CacheKey names what a partial given r shows: the page, and where links
// from the view start (they differ by folder depth with relative_urls).
func (r PageRef) CacheKey() string { return r.Page.Path + "\x00" + r.View.URL("") }

// PageList pairs the view being rendered with pages to show.
type PageList struct {
	View  *index.View
	Pages []*index.Page
}

// DocumentRef pairs the view of a procedure page with one item of its
// dossier, so a partial can link the item's form from the page.
type DocumentRef struct {
	View *index.View
	Doc  content.Document
}

// PageNumber is one entry of a pagination bar: a pager page, or a gap
// ("…") standing for the pages left out.
type PageNumber struct {
	Number  int
	Path    string // site-relative path of the pager page
	Current bool
	Gap     bool
}

// pageWindow is how many pager pages either side of the current one stay
// in the bar; the first and last are always there.
const pageWindow = 2

// PageNumbers lists the pager pages to link from a pagination bar: all of
// them when there are few, otherwise the first, the last and a window
// around the current one, with gaps in between. A section with thousands
// of pages still gets a bar of at most eleven entries.
func PageNumbers(pg *index.Pager) []PageNumber {
	if pg == nil || pg.Total <= 1 {
		return nil
	}
	var out []PageNumber
	last := 0
	for n := 1; n <= pg.Total; n++ {
		near := n >= pg.Number-pageWindow && n <= pg.Number+pageWindow
		if n != 1 && n != pg.Total && !near && pg.Total > 2*pageWindow+3 {
			continue
		}
		if last != 0 && n != last+1 {
			out = append(out, PageNumber{Gap: true})
		}
		out = append(out, PageNumber{Number: n, Path: pagerPath(pg.First, n), Current: n == pg.Number})
		last = n
	}
	return out
}

func pagerPath(first string, n int) string {
	return (&index.Pager{First: first, Number: n}).Path()
}

// Href links to target from the view: external URLs as written, site
// paths ("/thu-tuc/", "thu-tuc/") through the view's URL builder.
func Href(v *index.View, target string) string {
	if urls.IsExternal(target) {
		return target
	}
	return v.URL(target)
}

// Resource resolves a file reference written in a page's front matter
// (form, image) to a site-relative path: a bare name is a file of the
// page's bundle, "/mau/x.pdf" a file from static/, and a URL stays as is.
func Resource(p *index.Page, ref string) string {
	switch {
	case ref == "" || urls.IsExternal(ref):
		return ref
	case strings.HasPrefix(ref, "/"):
		return strings.TrimPrefix(ref, "/")
	}
	return p.Path + strings.TrimPrefix(ref, "./")
}

// TelURL makes a tel: link from a phone number as people write it
// ("0208 3 656 556", "(0208) 3.656.556"); html/template would otherwise
// refuse the tel: scheme.
func TelURL(number string) template.URL {
	var b strings.Builder
	for i, r := range strings.TrimSpace(number) {
		if (r >= '0' && r <= '9') || (r == '+' && i == 0) {
			b.WriteRune(r)
		}
	}
	return template.URL("tel:" + b.String())
}

// Province finds the province or city name in the first text that names
// one ("Trung tâm ... tỉnh Thái Nguyên" → "Tỉnh Thái Nguyên"), for
// structured data such as areaServed. It returns "" when none does.
func Province(texts ...string) string {
	for _, s := range texts {
		lower := strings.ToLower(s)
		at := -1
		for _, word := range []string{"tỉnh ", "thành phố "} {
			if i := strings.LastIndex(lower, word); i > at {
				at = i
			}
		}
		// ToLower keeps byte offsets for Vietnamese letters: each
		// upper-case letter has a lower-case one of the same length.
		if at < 0 || len(lower) != len(s) {
			continue
		}
		name := s[at:]
		if end := strings.IndexAny(name, "(,;"); end >= 0 {
			name = name[:end]
		}
		name = strings.TrimSpace(name)
		r, size := utf8.DecodeRuneInString(name)
		return string(unicode.ToUpper(r)) + name[size:]
	}
	return ""
}
