package index

import (
	"time"

	"github.com/motcua/motcua/internal/urls"
)

// View is the data every template executes with ("." in a template).
type View struct {
	Site *Site
	Page *Page // the page itself; for lists, the section, home or generated page
	// Kind is home, section, single, search, 404, or one of the generated
	// indexes: terms (a taxonomy's terms), term (a term's pages), az (the
	// A–Z index of procedures), archive (the news archive or one year).
	Kind  string
	Path  string // site-relative URL path of this output: "thu-tuc/page/2/"
	Pager *Pager // for paginated lists (section, term)

	Taxonomy *Taxonomy // terms, term
	Term     *Term     // term
	Groups   []Group   // az: every letter, empty groups included
	Archive  *Archive  // archive: Archive.Year is nil on the front page
	// Modified is the newest change among what the output shows, for the
	// sitemap; zero when unknown.
	Modified time.Time
}

// URL links to a site-relative target from this output, honouring the base
// path and relative_urls.
func (v *View) URL(target string) string {
	if v.Kind == "404" {
		// Servers show the 404 page at whatever path was missing, so
		// relative links would point nowhere: use the base path.
		b := v.Site.URLs
		b.Relative = false
		return b.Path(v.Path, target)
	}
	return v.Site.URLs.Path(v.Path, target)
}

// AbsURL is the absolute URL of a site-relative target.
func (v *View) AbsURL(target string) string { return v.Site.URLs.Abs(target) }

// Canonical is the absolute URL of this output.
func (v *View) Canonical() string { return v.Site.URLs.Abs(v.Path) }

// SiteRoot is the link to the site root from this output, for scripts that
// fetch site data.
func (v *View) SiteRoot() string { return v.Site.URLs.Path(v.Path, "") }

// NavItem is one link of the main navigation as seen from one output.
type NavItem struct {
	Title string
	Href  string // the link from this output; external URLs as configured
	// Current is the aria-current value: "page" for the link to this
	// output, "true" for the link to the section this output is in, else "".
	Current string
}

// Nav is the main navigation from this output: site.yaml's menu, or the
// top-level sections when there is none. It is worked out here rather than
// in the header template because every page shows it, and a template loop
// comparing paths costs far more per page than this one does.
func (v *View) Nav() []NavItem {
	section := ""
	if v.Page != nil {
		section = v.Page.Section
	}
	if menu := v.Site.Config.Menu; len(menu) > 0 {
		items := make([]NavItem, len(menu))
		for i, m := range menu {
			items[i] = NavItem{Title: m.Title, Href: m.URL}
			if !urls.IsExternal(m.URL) {
				items[i].Href = v.URL(m.URL)
			}
			switch {
			case m.URL == "/"+v.Path:
				items[i].Current = "page"
			case section != "" && m.URL == "/"+section+"/":
				items[i].Current = "true"
			}
		}
		return items
	}
	top := v.Site.TopSections()
	items := make([]NavItem, len(top))
	for i, sec := range top {
		items[i] = NavItem{Title: sec.Title(), Href: v.URL(sec.Path())}
		switch {
		case v.Path == sec.Path():
			items[i].Current = "page"
		case section == sec.Name:
			items[i].Current = "true"
		}
	}
	return items
}

// Pager is one page of a paginated list.
type Pager struct {
	Items  []*Page
	Number int // 1-based
	Total  int // number of pager pages
	Count  int // number of items over all pager pages
	First  string
	Prev   string // "" on the first page
	Next   string // "" on the last page
	Last   string
}

// Output is one file the site publishes. Exactly one of View, Data, Make
// and Source says where its bytes come from.
type Output struct {
	Path string // file path relative to the destination: "thu-tuc/x/index.html"
	View *View  // executed with the theme's templates
	Data []byte // written as is (before minification)
	// Make produces the data when the output is written, for generated
	// files of the size of the site (open data, feeds), so they need not
	// all sit in memory from the index step to the end of the build.
	Make   func() []byte
	Source string // copied from this path of the site's file system
	// Minify is false for outputs that must be written byte for byte.
	Minify bool
}

// Bytes returns the data of a Data or Make output.
func (o Output) Bytes() []byte {
	if o.Make != nil {
		return o.Make()
	}
	return o.Data
}
