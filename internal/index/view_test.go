package index

import (
	"fmt"
	"testing"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
)

func navSummary(items []NavItem) string {
	s := ""
	for _, it := range items {
		s += fmt.Sprintf("[%s %s %s]", it.Title, it.Href, it.Current)
	}
	return s
}

func TestNav(t *testing.T) {
	about := page("gioi-thieu", content.TypePage, content.Common{Title: "Giới thiệu"})
	about.Section, about.Dir = "", ""
	khaiSinh := proc("khai-sinh", "Đăng ký khai sinh", "1.001193", "Hộ tịch")
	tin := news("tin-moi", "Tin mới", "2025-05-01")

	withMenu := testConfig()
	withMenu.BasePath = "/tthc/"
	withMenu.Menu = []config.MenuItem{
		{Title: "Thủ tục", URL: "/thu-tuc/"},
		{Title: "Giới thiệu", URL: "/gioi-thieu/"},
		{Title: "Cổng quốc gia", URL: "https://dichvucong.gov.vn/"},
	}
	relative := testConfig()
	relative.RelativeURLs = true

	all := []*content.Page{about, khaiSinh, tin}
	sections := []*content.Page{khaiSinh, tin}
	tests := []struct {
		name  string
		cfg   *config.Site
		pages []*content.Page
		path  string
		want  string
	}{
		{"procedure under menu", withMenu, all, "thu-tuc/khai-sinh/index.html",
			"[Thủ tục /tthc/thu-tuc/ true][Giới thiệu /tthc/gioi-thieu/ ][Cổng quốc gia https://dichvucong.gov.vn/ ]"},
		{"menu page itself", withMenu, all, "gioi-thieu/index.html",
			"[Thủ tục /tthc/thu-tuc/ ][Giới thiệu /tthc/gioi-thieu/ page][Cổng quốc gia https://dichvucong.gov.vn/ ]"},
		{"section list", withMenu, all, "thu-tuc/index.html",
			"[Thủ tục /tthc/thu-tuc/ page][Giới thiệu /tthc/gioi-thieu/ ][Cổng quốc gia https://dichvucong.gov.vn/ ]"},
		{"no menu: top sections", testConfig(), sections, "tin-tuc/tin-moi/index.html",
			"[Thủ tục hành chính /thu-tuc/ ][Tin tức /tin-tuc/ true]"},
		{"no menu, section list", testConfig(), sections, "thu-tuc/index.html",
			"[Thủ tục hành chính /thu-tuc/ page][Tin tức /tin-tuc/ ]"},
		{"relative links", relative, sections, "thu-tuc/khai-sinh/index.html",
			"[Thủ tục hành chính ../../thu-tuc/index.html true][Tin tức ../../tin-tuc/index.html ]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, cs := assemble(t, tt.cfg, tt.pages...)
			o := outputByPath(Plan(s, cs), tt.path)
			if o == nil || o.View == nil {
				t.Fatalf("no view planned at %s", tt.path)
			}
			if got := navSummary(o.View.Nav()); got != tt.want {
				t.Errorf("Nav() =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestTermGroups(t *testing.T) {
	khaiSinh := proc("khai-sinh", "Đăng ký khai sinh", "1.001193", "Hộ tịch", content.LevelCommune, content.LevelDistrict)
	khaiSinh.Tags = []string{"Trẻ em", "Gia đình"}
	bare := page("thu-tuc/khong-phan-loai", content.TypeProcedure, content.Common{Title: "Không phân loại"})
	s, _ := assemble(t, testConfig(), khaiSinh, bare)

	var got []string
	for _, g := range s.PageByPath("thu-tuc/khai-sinh/").TermGroups() {
		line := g.Taxonomy.Name + ":"
		for _, term := range g.Terms {
			if term.Taxonomy != g.Taxonomy {
				t.Errorf("term %s of %s filed under %s", term.Name, term.Taxonomy.Name, g.Taxonomy.Name)
			}
			line += " " + term.Name
		}
		got = append(got, line)
	}
	// Every group matches Terms(name), in the site's taxonomy order.
	var want []string
	for _, tax := range s.Taxonomies {
		terms := s.PageByPath("thu-tuc/khai-sinh/").Terms(tax.Name)
		if len(terms) == 0 {
			continue
		}
		line := tax.Name + ":"
		for _, term := range terms {
			line += " " + term.Name
		}
		want = append(want, line)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) || len(got) < 3 {
		t.Errorf("TermGroups = %q, want %q (at least field, level and tag)", got, want)
	}
	if g := s.PageByPath("thu-tuc/khong-phan-loai/").TermGroups(); len(g) > 1 {
		t.Errorf("a page with no field, level or tag has groups %v", g)
	}
}
