package index

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
)

// testConfig is a site configuration as config.Load would leave it.
func testConfig() *config.Site {
	cfg := config.Defaults()
	cfg.BaseURL = "https://tthc.example.vn/"
	cfg.BasePath = "/"
	cfg.PageSize = 2
	cfg.Taxonomies = config.DefaultTaxonomies()
	cfg.Agency.Name = "Văn phòng UBND tỉnh"
	return &cfg
}

func day(s string) content.Date {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return content.Date{Time: t}
}

// page makes a single page in the section named by the first segment of
// slugPath ("thu-tuc/dang-ky-khai-sinh").
func page(slugPath string, typ content.Type, common content.Common) *content.Page {
	section, _, _ := strings.Cut(slugPath, "/")
	p := &content.Page{
		File: "content/" + slugPath + ".md", Dir: section, Section: section,
		Kind: content.KindSingle, Type: typ, Path: slugPath + "/", Common: common,
	}
	switch typ {
	case content.TypeProcedure:
		p.Procedure = &content.Procedure{}
	case content.TypeNews:
		p.News = &content.News{}
	case content.TypeQA:
		p.QA = &content.QA{}
	case content.TypeExemplar:
		p.Exemplar = &content.Exemplar{}
	}
	return p
}

func proc(slug, title, code, field string, levels ...content.Level) *content.Page {
	p := page("thu-tuc/"+slug, content.TypeProcedure, content.Common{Title: title})
	p.Procedure.Code = code
	p.Procedure.Field = field
	p.Procedure.Levels = levels
	return p
}

func news(slug, title, date string, tags ...string) *content.Page {
	return page("tin-tuc/"+slug, content.TypeNews, content.Common{Title: title, Date: day(date), Tags: tags})
}

// contentSite puts pages into a loaded site with a home page and a section
// page for every section the pages use, as content.Load would.
func contentSite(pages ...*content.Page) *content.Site {
	cs := &content.Site{Home: &content.Page{File: "content/_index.md", Kind: content.KindHome, Type: content.TypePage, Common: content.Common{Title: "Trang chủ"}}}
	seen := map[string]bool{}
	for _, p := range pages {
		if !seen[p.Section] {
			seen[p.Section] = true
			sec := &content.Page{
				File: "content/" + p.Section + "/_index.md", Dir: p.Section, Section: p.Section, Kind: content.KindSection,
				Type: p.Type, Path: p.Section + "/", Common: content.Common{Title: config.DefaultSections()[p.Section].Title},
			}
			cs.Sections = append(cs.Sections, sec)
		}
		cs.Pages = append(cs.Pages, p)
	}
	slices.SortFunc(cs.Sections, func(a, b *content.Page) int { return strings.Compare(a.Path, b.Path) })
	return cs
}

func assemble(t testing.TB, cfg *config.Site, pages ...*content.Page) (*Site, *content.Site) {
	t.Helper()
	cs := contentSite(pages...)
	return Assemble(cfg, cs, nil), cs
}

func titles(pages []*Page) []string {
	out := make([]string, len(pages))
	for i, p := range pages {
		out[i] = p.Title
	}
	return out
}

func outputByPath(out []Output, path string) *Output {
	for i := range out {
		if out[i].Path == path {
			return &out[i]
		}
	}
	return nil
}
