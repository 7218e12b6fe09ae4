package index

import (
	"html/template"
	"sync"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/markdown"
	"github.com/motcua/motcua/internal/urls"
)

// Rendered is what the Markdown stage made of one page.
type Rendered struct {
	Content      template.HTML
	TOC          []markdown.Heading
	Steps        []template.HTML // procedure steps, in order
	Requirements template.HTML   // procedure requirements
	Plain        string          // body as plain text, for summaries and search
}

// Site is the assembled site that templates see as .Site.
type Site struct {
	Config   *config.Site
	URLs     urls.Builder
	Home     *Page
	Sections []*Section // every section, by path
	Pages    []*Page    // every single page, by file
	// Procedures are the procedure pages in Vietnamese title order.
	Procedures []*Page
	// News and Exemplars are the pages of those types, newest first.
	News      []*Page
	Exemplars []*Page
	// Featured are the procedures to show first on the home page: those
	// marked featured, then those with a weight, each by weight then
	// title, at most MaxFeatured.
	Featured   []*Page
	Taxonomies []*Taxonomy // in site.yaml order
	// ProcedureSection and NewsSection are the first top-level sections
	// of those types (nil when there is none); the A–Z index, the news
	// archive and the feeds live under them.
	ProcedureSection *Section
	NewsSection      *Section
	AZPath           string   // "thu-tuc/a-z/", or "" without procedures
	Archive          *Archive // nil without a news section
	Feeds            []Feed

	byPath    map[string]*Page
	byCode    map[string]*Page
	bySection map[string]*Section
	records   struct { // the open-data records, made by the first of the two files
		once sync.Once
		list []Record
	}
}

// Page is one page of the site with everything derived for it.
type Page struct {
	*content.Page
	Rendered
	Summary     string   // front-matter summary, or the start of the body
	Parent      *Section // the folder section the page lives in
	Prev, Next  *Page    // neighbours in the section's order
	Related     []*Page  // at most MaxRelated: named in front matter first, then by shared terms
	Breadcrumbs []Crumb

	terms []*Term // every taxonomy term of the page, in taxonomy order
}

// Crumb is one step of a breadcrumb trail.
type Crumb struct {
	Title string
	Path  string
}

// Section is a content folder with its pages in display order.
type Section struct {
	Name     string // content-relative folder: "thu-tuc" or "thu-tuc/ho-tich"
	Page     *Page  // the section's own page (_index.md or synthetic)
	Pages    []*Page
	Children []*Section
	Config   config.Section
}

// Title is the section's title.
func (s *Section) Title() string { return s.Page.Title }

// Path is the section's URL path.
func (s *Section) Path() string { return s.Page.Path }

// PageByPath returns the page published at a site-relative path, or nil.
func (s *Site) PageByPath(path string) *Page { return s.byPath[path] }

// Procedure returns the procedure with the given code (full or short), or nil.
func (s *Site) Procedure(code string) *Page { return s.byCode[code] }

// Section returns the section of a content folder, or nil.
func (s *Site) Section(name string) *Section { return s.bySection[name] }

// TopSections are the top-level sections in the order of the menu-less
// default navigation: configured sections first by name, then the rest.
func (s *Site) TopSections() []*Section {
	var top []*Section
	for _, sec := range s.Sections {
		if sec.Page.Dir == sec.Page.Section {
			top = append(top, sec)
		}
	}
	return top
}

// RelatedProcedures resolves a list of codes to pages, skipping unknown ones.
func (s *Site) RelatedProcedures(codes []string) []*Page {
	var out []*Page
	for _, c := range codes {
		if p := s.byCode[c]; p != nil {
			out = append(out, p)
		}
	}
	return out
}
