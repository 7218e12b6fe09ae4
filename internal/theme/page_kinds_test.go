package theme

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/index"
)

// smallSite is a site with one news section holding a news piece, an
// exemplar and a Q&A entry, and a plain page: enough for every template
// the default theme has for content pages.
func smallSite() (*index.Site, map[string]*index.Page) {
	site := procedureView().Site
	site.Config.Menu = []config.MenuItem{{Title: "Tin tức", URL: "/tin-tuc/"}, {Title: "Liên hệ", URL: "/lien-he/"}}
	date := content.Date{Time: time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC)}
	mk := func(typ content.Type, path, title string) *index.Page {
		dir := strings.Split(path, "/")[0]
		p := &index.Page{Page: &content.Page{Kind: content.KindSingle, Type: typ, Path: path, Dir: dir, Section: dir,
			Common: content.Common{Title: title, Date: date}}}
		p.Breadcrumbs = []index.Crumb{{Title: "Trang chủ"}, {Title: title, Path: path}}
		return p
	}
	pages := map[string]*index.Page{
		"news":     mk(content.TypeNews, "tin-tuc/hoi-nghi/", "Hội nghị tập huấn"),
		"exemplar": mk(content.TypeExemplar, "guong-dien-hinh/xa-dinh-hoa/", "Bộ phận Một cửa xã Định Hóa"),
		"qa":       mk(content.TypeQA, "hoi-dap/khai-sinh-qua-han/", "Khai sinh quá hạn có bị phạt không?"),
		"page":     mk(content.TypePage, "lien-he/", "Liên hệ"),
	}
	pages["page"].Dir, pages["page"].Section = "", ""
	pages["news"].News = &content.News{Author: "Quang Minh", Image: "anh.jpg", ImageAlt: "Hội trường", Related: []string{"1.001193"}}
	pages["exemplar"].Exemplar = &content.Exemplar{Kind: content.ExemplarCollective, Unit: "UBND xã Định Hóa", Recognition: "Bằng khen", Year: 2025}
	pages["qa"].QA = &content.QA{Field: "Hộ tịch", AnsweredBy: "Sở Tư pháp"}
	pages["qa"].Content = "<p>Có, nếu quá 60 ngày.</p>"

	secPage := &index.Page{Page: &content.Page{Kind: content.KindSection, Type: content.TypeNews, Path: "tin-tuc/", Dir: "tin-tuc", Section: "tin-tuc",
		Common: content.Common{Title: "Tin tức"}}}
	sec := &index.Section{Name: "tin-tuc", Page: secPage, Pages: []*index.Page{pages["news"]}}
	secPage.Parent, pages["news"].Parent = sec, sec
	site.Sections = []*index.Section{sec}
	pages["section"] = secPage
	return site, pages
}

func TestDefaultThemeRendersEveryKind(t *testing.T) {
	th := loadDefaultTheme(t)
	site, pages := smallSite()
	pagers := index.Paginate("tin-tuc/", []*index.Page{pages["news"], pages["news"], pages["news"]}, 1)
	tests := []struct {
		name     string
		view     *index.View
		template string
		want     []string
	}{
		{"home", &index.View{Site: site, Page: site.Home, Kind: "home"}, "index.html",
			[]string{`id="tim-kiem-chinh"`, `href="/tthc/tin-tuc/"`, "Hội nghị tập huấn"}},
		{"section page 2", &index.View{Site: site, Page: pages["section"], Kind: "section", Path: pagers[1].Path(), Pager: pagers[1]}, "_default/list.html",
			[]string{`<link rel="prev" href="/tthc/tin-tuc/">`, `<link rel="next" href="/tthc/tin-tuc/page/3/">`, `aria-current="page" aria-label="Trang 2"`}},
		{"news", &index.View{Site: site, Page: pages["news"], Kind: "single", Path: pages["news"].Path}, "news/single.html",
			[]string{`"@type": "NewsArticle"`, `alt="Hội trường"`, `src="/tthc/tin-tuc/hoi-nghi/anh.jpg"`, `content="https://dichvucong.example.vn/tthc/tin-tuc/hoi-nghi/anh.jpg"`, "Quang Minh"}},
		{"exemplar", &index.View{Site: site, Page: pages["exemplar"], Kind: "single", Path: pages["exemplar"].Path}, "exemplar/single.html",
			[]string{"Tập thể", "UBND xã Định Hóa", "Bằng khen", "2025"}},
		{"qa", &index.View{Site: site, Page: pages["qa"], Kind: "single", Path: pages["qa"].Path}, "qa/single.html",
			[]string{`"@type": "FAQPage"`, `"text": "Có, nếu quá 60 ngày."`, "Sở Tư pháp", "<h1>Khai sinh quá hạn có bị phạt không?</h1>"}},
		{"page", &index.View{Site: site, Page: pages["page"], Kind: "single", Path: pages["page"].Path}, "_default/single.html",
			[]string{`<a href="/tthc/lien-he/" aria-current="page">Liên hệ</a>`, "Ngày đăng:"}},
		{"search", &index.View{Site: site, Page: pages["page"], Kind: "search", Path: index.SearchPath}, "search.html",
			[]string{`id="search-results"`, `data-site-root="/tthc/"`, `<meta name="robots" content="noindex, follow">`}},
		{"404", &index.View{Site: site, Page: pages["page"], Kind: "404", Path: "404.html"}, "404.html",
			[]string{`<meta name="robots" content="noindex">`, `id="tim-kiem-chinh"`, `href="/tthc/"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, out := render(t, th, tt.view)
			if name != tt.template {
				t.Errorf("rendered with %s, want %s", name, tt.template)
			}
			for _, want := range append(tt.want, `<main id="noi-dung"`, `<meta property="og:title"`, `class="skip-link" href="#noi-dung"`) {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %s", want)
				}
			}
			for _, m := range jsonLD.FindAllStringSubmatch(out, -1) {
				if !json.Valid([]byte(m[1])) {
					t.Errorf("invalid JSON-LD: %s", m[1])
				}
			}
		})
	}
}
