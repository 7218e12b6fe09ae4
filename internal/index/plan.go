package index

import (
	"bytes"
	"encoding/xml"
	"html"
	"slices"
	"strings"

	"github.com/motcua/motcua/internal/content"
)

// SearchPath is the URL path of the search page.
const SearchPath = "tim-kiem/"

// Plan lists every output of the site, sorted by path. Files copied from
// static/ folders are the theme stage's business and are not listed here.
func Plan(s *Site, cs *content.Site) []Output {
	var out []Output
	html := func(v *View) {
		out = append(out, Output{Path: v.Path + "index.html", View: v, Minify: true})
	}
	html(&View{Site: s, Page: s.Home, Kind: "home", Path: ""})
	for _, sec := range s.Sections {
		for _, pg := range Paginate(sec.Path(), sec.Pages, sec.Config.PageSize) {
			html(&View{Site: s, Page: sec.Page, Kind: "section", Path: pg.Path(), Pager: pg})
		}
	}
	for _, p := range s.Pages {
		html(&View{Site: s, Page: p, Kind: "single", Path: p.Path})
		for _, r := range p.Resources {
			out = append(out, Output{Path: p.Path + r, Source: content.Root + "/" + p.BundleDir() + "/" + r})
		}
	}
	for _, f := range cs.Files {
		out = append(out, Output{Path: f, Source: content.Root + "/" + f})
	}
	searchPage := &Page{Page: &content.Page{Kind: content.KindSingle, Type: content.TypePage, Path: SearchPath, Common: content.Common{Title: "Tìm kiếm"}}}
	searchPage.Breadcrumbs = []Crumb{{Title: s.Home.Title}, {Title: searchPage.Title, Path: SearchPath}}
	html(&View{Site: s, Page: searchPage, Kind: "search", Path: SearchPath})
	notFound := &Page{Page: &content.Page{Kind: content.KindSingle, Type: content.TypePage, Path: "404.html", Common: content.Common{Title: "Không tìm thấy trang"}}}
	out = append(out, Output{Path: "404.html", View: &View{Site: s, Page: notFound, Kind: "404", Path: "404.html"}, Minify: true})
	out = append(out, aliases(s)...)
	out = append(out, Output{Path: "robots.txt", Data: robots(s)})
	out = append(out, Output{Path: "sitemap.xml", Data: sitemap(s), Minify: true})
	slices.SortFunc(out, func(a, b Output) int { return strings.Compare(a.Path, b.Path) })
	return out
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

type urlset struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

func sitemap(s *Site) []byte {
	set := urlset{NS: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	add := func(p *Page) {
		u := sitemapURL{Loc: s.URLs.Abs(p.Path)}
		if d := p.LastChange(); d.IsSet() {
			u.LastMod = d.Format("2006-01-02")
		}
		set.URLs = append(set.URLs, u)
	}
	add(s.Home)
	for _, sec := range s.Sections {
		add(sec.Page)
	}
	for _, p := range s.Pages {
		add(p)
	}
	data, _ := xml.Marshal(set)
	return append([]byte(xml.Header), data...)
}
