package index

import (
	"bytes"
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
)

// SearchPath is the URL path of the search page.
const SearchPath = "tim-kiem/"

// Plan lists every output of the site, sorted by path. Files copied from
// static/ folders are the theme stage's business and are not listed here.
func Plan(s *Site, cs *content.Site) []Output {
	return planWith(s, cs, MaxSitemapURLs)
}

func planWith(s *Site, cs *content.Site, sitemapLimit int) []Output {
	var out []Output
	var listed []SitemapEntry
	html := func(v *View) {
		out = append(out, Output{Path: v.Path + "index.html", View: v, Minify: true})
		if v.Kind != "search" {
			listed = append(listed, SitemapEntry{Path: v.Path, Modified: v.Modified})
		}
	}
	html(&View{Site: s, Page: s.Home, Kind: "home", Path: "", Modified: newest(s.Home.LastChange().Time, s.Pages)})
	for _, sec := range s.Sections {
		for _, pg := range Paginate(sec.Path(), sec.Pages, sec.Config.PageSize) {
			html(&View{Site: s, Page: sec.Page, Kind: "section", Path: pg.Path(), Pager: pg, Modified: newest(sec.Page.LastChange().Time, pg.Items)})
		}
	}
	for _, p := range s.Pages {
		html(&View{Site: s, Page: p, Kind: "single", Path: p.Path, Modified: p.LastChange().Time})
		for _, r := range p.Resources {
			out = append(out, Output{Path: p.Path + r, Source: content.Root + "/" + p.BundleDir() + "/" + r})
		}
	}
	for _, f := range cs.Files {
		out = append(out, Output{Path: f, Source: content.Root + "/" + f})
	}
	// A content page owns its URL: a generated page that would land on
	// one (a procedure with the slug "a-z") is left out.
	generated := func(v *View) {
		if s.byPath[v.Path] == nil {
			html(v)
		}
	}
	s.planTaxonomies(generated)
	s.planAZ(generated)
	s.planArchive(generated)
	searchPage := &Page{Page: &content.Page{Kind: content.KindSingle, Type: content.TypePage, Path: SearchPath, Common: content.Common{Title: "Tìm kiếm"}}}
	searchPage.Breadcrumbs = []Crumb{{Title: s.Home.Title}, {Title: searchPage.Title, Path: SearchPath}}
	html(&View{Site: s, Page: searchPage, Kind: "search", Path: SearchPath})
	// The 404 page reaches the A–Z index and the fields through
	// .Site.AZPath and .Site.Taxonomy "field".
	notFound := &Page{Page: &content.Page{Kind: content.KindSingle, Type: content.TypePage, Path: "404.html", Common: content.Common{Title: "Không tìm thấy trang"}}}
	out = append(out, Output{Path: "404.html", View: &View{Site: s, Page: notFound, Kind: "404", Path: "404.html"}, Minify: true})
	out = append(out, aliases(s)...)
	out = append(out, Output{Path: "robots.txt", Data: robots(s)})
	out = append(out, s.feedOutputs()...)
	out = append(out, Output{Path: OpenDataJSONPath, Make: s.OpenDataJSON}, Output{Path: OpenDataCSVPath, Make: s.OpenDataCSV})
	slices.SortFunc(listed, func(a, b SitemapEntry) int { return strings.Compare(a.Path, b.Path) })
	out = append(out, Sitemaps(s, listed, sitemapLimit)...)
	slices.SortFunc(out, func(a, b Output) int { return strings.Compare(a.Path, b.Path) })
	return out
}

// GeneratedPaths lists the site paths of the pages and files Plan will
// generate beyond the content's own pages, computed from the loaded
// content alone, so that links to them can be checked before the site is
// assembled.
func GeneratedPaths(cfg *config.Site, cs *content.Site) []string {
	out := []string{SearchPath, "404.html", "robots.txt", SitemapPath, OpenDataJSONPath, OpenDataCSVPath}
	out = append(out, taxonomyPaths(cfg, cs.Pages)...)
	for _, sec := range cs.Sections {
		if sec.Dir != sec.Section {
			continue
		}
		switch sec.Type {
		case content.TypeProcedure:
			out = append(out, AZPath(sec.Path), sec.Path+"thay-doi.xml")
		case content.TypeNews:
			archive := ArchivePath(sec.Path)
			out = append(out, sec.Path+"atom.xml", sec.Path+"rss.xml", archive)
			for _, p := range cs.Pages {
				if p.News != nil && p.Date.IsSet() {
					out = append(out, archive+strconv.Itoa(p.Date.Year())+"/")
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// newest is the latest of since and the last changes of pages.
func newest(since time.Time, pages []*Page) time.Time {
	for _, p := range pages {
		if d := p.LastChange(); d.After(since) {
			since = d.Time
		}
	}
	return since
}

// generatedPage is the page of a generated list, with breadcrumbs from
// home through trail to itself. It belongs to the top-level section its
// path starts with, so navigation can mark that section.
func (s *Site) generatedPage(path, title, summary string, trail ...Crumb) *Page {
	cp := &content.Page{Kind: content.KindSection, Type: content.TypePage, Path: path, Synthetic: true, Common: content.Common{Title: title, Summary: summary}}
	if top, _, _ := strings.Cut(path, "/"); s.bySection[top] != nil {
		cp.Section = top
	}
	p := &Page{Page: cp, Summary: summary}
	p.Breadcrumbs = append(append([]Crumb{{Title: s.Home.Title}}, trail...), Crumb{Title: title, Path: path})
	return p
}

func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

// planTaxonomies plans, for each taxonomy with terms, its list of terms
// (kind "terms") and every pager page of every term (kind "term").
func (s *Site) planTaxonomies(html func(*View)) {
	for _, tax := range s.Taxonomies {
		if len(tax.Terms) == 0 {
			continue
		}
		var modified time.Time
		for _, term := range tax.Terms {
			noun := "trang"
			if term.AllProcedures() {
				noun = "thủ tục"
			}
			summary := fmt.Sprintf("%s “%s”: %d %s.", tax.Title, term.Name, len(term.Pages), noun)
			page := s.generatedPage(term.Path, term.Name, summary, Crumb{Title: tax.Title, Path: tax.Path})
			for _, pg := range Paginate(term.Path, term.Pages, s.Config.PageSize) {
				html(&View{Site: s, Page: page, Kind: "term", Path: pg.Path(), Pager: pg, Taxonomy: tax, Term: term, Modified: newest(time.Time{}, pg.Items)})
			}
			modified = newest(modified, term.Pages)
		}
		summary := fmt.Sprintf("Tra cứu theo %s: %d mục.", lowerFirst(tax.Title), len(tax.Terms))
		html(&View{Site: s, Page: s.generatedPage(tax.Path, tax.Title, summary), Kind: "terms", Path: tax.Path, Taxonomy: tax, Modified: modified})
	}
}

// planAZ plans the A–Z index of procedures (kind "az").
func (s *Site) planAZ(html func(*View)) {
	if s.AZPath == "" {
		return
	}
	sec := s.ProcedureSection
	summary := fmt.Sprintf("Danh mục %d thủ tục hành chính xếp theo bảng chữ cái tiếng Việt.", len(s.Procedures))
	page := s.generatedPage(s.AZPath, "Thủ tục hành chính từ A đến Z", summary, Crumb{Title: sec.Title(), Path: sec.Path()})
	html(&View{Site: s, Page: page, Kind: "az", Path: s.AZPath, Groups: AZGroups(s.Procedures), Modified: newest(time.Time{}, s.Procedures)})
}

// planArchive plans the news archive (kind "archive"): the list of years
// and months, and one page per year with its news month by month.
func (s *Site) planArchive(html func(*View)) {
	a := s.Archive
	if a == nil {
		return
	}
	sec := s.NewsSection
	root := s.generatedPage(a.Path, "Lưu trữ tin tức", "Tin đã đăng, xếp theo năm và tháng.", Crumb{Title: sec.Title(), Path: sec.Path()})
	html(&View{Site: s, Page: root, Kind: "archive", Path: a.Path, Archive: a, Modified: newest(time.Time{}, s.News)})
	for _, y := range a.Years {
		title := "Tin tức năm " + strconv.Itoa(y.Year)
		summary := fmt.Sprintf("%d tin đăng trong năm %d.", y.Count, y.Year)
		page := s.generatedPage(y.Path, title, summary, Crumb{Title: sec.Title(), Path: sec.Path()}, Crumb{Title: root.Title, Path: a.Path})
		var modified time.Time
		for _, m := range y.Months {
			modified = newest(modified, m.Pages)
		}
		html(&View{Site: s, Page: page, Kind: "archive", Path: y.Path, Archive: &Archive{Path: a.Path, Years: a.Years, Year: y}, Modified: modified})
	}
}

// aliases writes a redirect page at every old URL a page lists.
func aliases(s *Site) []Output {
	var out []Output
	for _, p := range s.Pages {
		for _, a := range p.Aliases {
			a = strings.Trim(a, "/")
			if a == "" || strings.Contains(a, "..") {
				continue
			}
			file := a + "/index.html"
			if strings.HasSuffix(a, ".html") {
				file = a
			}
			out = append(out, Output{Path: file, Data: Redirect(s, file, p.Path, p.Title)})
		}
	}
	return out
}

// Redirect is a page that sends browsers and search engines from an old URL
// (written at file) to target.
func Redirect(s *Site, file, target, title string) []byte {
	href := html.EscapeString(s.URLs.Path(file, target))
	abs := html.EscapeString(s.URLs.Abs(target))
	var b bytes.Buffer
	b.WriteString(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>`)
	b.WriteString(html.EscapeString(title))
	b.WriteString(`</title><link rel="canonical" href="` + abs + `"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=` + href + `"></head><body><p>Trang đã chuyển tới <a href="` + href + `">` + html.EscapeString(title) + `</a>.</p></body></html>`)
	return b.Bytes()
}

func robots(s *Site) []byte {
	return []byte("User-agent: *\nAllow: /\nSitemap: " + s.URLs.Abs("sitemap.xml") + "\n")
}
