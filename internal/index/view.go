package index

import "time"

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

// Output is one file the site publishes. Exactly one of View, Data and
// Source says where its bytes come from.
type Output struct {
	Path   string // file path relative to the destination: "thu-tuc/x/index.html"
	View   *View  // executed with the theme's templates
	Data   []byte // written as is (before minification)
	Source string // copied from this path of the site's file system
	// Minify is false for outputs that must be written byte for byte.
	Minify bool
}
