package index

import (
	"bytes"
	"cmp"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/collate"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/urls"
	"github.com/motcua/motcua/internal/vntext"
)

// SummaryLength is the longest automatic summary, in characters.
const SummaryLength = 220

// Assemble builds the site model from loaded content and rendered Markdown.
func Assemble(cfg *config.Site, cs *content.Site, rendered map[*content.Page]Rendered) *Site {
	s := &Site{
		Config:    cfg,
		URLs:      urls.Builder{BaseURL: cfg.BaseURL, BasePath: cfg.BasePath, Relative: cfg.RelativeURLs},
		byPath:    map[string]*Page{},
		byCode:    map[string]*Page{},
		bySection: map[string]*Section{},
	}
	wrap := func(cp *content.Page) *Page {
		p := &Page{Page: cp, Rendered: rendered[cp]}
		p.Summary = summarise(cp.Summary, p.Plain)
		s.byPath[cp.Path] = p
		return p
	}
	s.Home = wrap(cs.Home)
	for _, cp := range cs.Sections {
		sec := &Section{Name: cp.Dir, Page: wrap(cp), Config: cfg.Sections[cp.Dir]}
		if sec.Config.Type == "" {
			sec.Config = cfg.Sections[cp.Section]
			sec.Config.Title = ""
		}
		if sec.Config.PageSize == 0 {
			sec.Config.PageSize = cfg.PageSize
		}
		sec.Page.Parent = sec
		s.Sections = append(s.Sections, sec)
		s.bySection[sec.Name] = sec
	}
	for _, sec := range s.Sections {
		if parent := s.bySection[path.Dir(sec.Name)]; parent != nil && parent != sec {
			parent.Children = append(parent.Children, sec)
		}
	}
	for _, cp := range cs.Pages {
		p := wrap(cp)
		s.Pages = append(s.Pages, p)
		if sec := s.bySection[cp.Dir]; sec != nil {
			p.Parent = sec
			sec.Pages = append(sec.Pages, p)
		}
		if cp.Procedure != nil {
			s.Procedures = append(s.Procedures, p)
			s.byCode[cp.Procedure.Code] = p
			if short := ShortCode(cp.Procedure.Code); short != cp.Procedure.Code {
				if _, taken := s.byCode[short]; !taken {
					s.byCode[short] = p
				}
			}
		}
	}
	collator := vntext.NewCollator()
	SortByTitle(collator, s.Procedures)
	for _, sec := range s.Sections {
		sortSection(collator, sec)
		for i, p := range sec.Pages {
			if i > 0 {
				p.Prev = sec.Pages[i-1]
			}
			if i+1 < len(sec.Pages) {
				p.Next = sec.Pages[i+1]
			}
		}
	}
	for _, p := range s.byPath {
		p.Breadcrumbs = s.breadcrumbs(p)
	}
	return s
}

// ShortCode returns the national part of a full procedure code:
// "1.001193.000.00.00.H55" → "1.001193".
func ShortCode(code string) string {
	first := strings.IndexByte(code, '.')
	if first < 0 {
		return code
	}
	if second := strings.IndexByte(code[first+1:], '.'); second >= 0 {
		return code[:first+1+second]
	}
	return code
}

func summarise(given, plain string) string {
	if given != "" {
		return given
	}
	plain = strings.Join(strings.Fields(plain), " ")
	if utf8.RuneCountInString(plain) <= SummaryLength {
		return plain
	}
	cut := 0
	for i := range plain {
		if utf8.RuneCountInString(plain[:i]) > SummaryLength {
			break
		}
		if plain[i] == ' ' {
			cut = i
		}
	}
	if cut == 0 {
		cut = len(plain)
	}
	return plain[:cut] + "…"
}

// SortByTitle sorts pages by Vietnamese collation of the title, then path.
func SortByTitle(c *vntext.Collator, pages []*Page) {
	keys := make(map[*Page][]byte, len(pages))
	var buf collate.Buffer
	for _, p := range pages {
		keys[p] = bytes.Clone(c.Key(&buf, p.Title))
		buf.Reset()
	}
	slices.SortStableFunc(pages, func(a, b *Page) int {
		return cmp.Or(bytes.Compare(keys[a], keys[b]), strings.Compare(a.Path, b.Path))
	})
}

// SortByDate sorts newest first, then by path.
func SortByDate(pages []*Page) {
	slices.SortStableFunc(pages, func(a, b *Page) int {
		return cmp.Or(b.Date.Compare(a.Date.Time), strings.Compare(a.Path, b.Path))
	})
}

func sortSection(c *vntext.Collator, sec *Section) {
	rule := sec.Config.Sort
	if rule == "" {
		rule = "date"
		if sec.Page.Type == content.TypeProcedure || sec.Page.Type == content.TypePage {
			rule = "title"
		}
	}
	switch rule {
	case "title":
		SortByTitle(c, sec.Pages)
	case "weight":
		SortByTitle(c, sec.Pages)
		slices.SortStableFunc(sec.Pages, func(a, b *Page) int { return cmp.Compare(a.Weight, b.Weight) })
	default:
		SortByDate(sec.Pages)
	}
}

func (s *Site) breadcrumbs(p *Page) []Crumb {
	if p == s.Home {
		return nil
	}
	crumbs := []Crumb{{Title: s.Home.Title, Path: ""}}
	dir := p.Dir
	if p.Kind == content.KindSection {
		dir = path.Dir(p.Dir)
	}
	var chain []Crumb
	for dir != "" && dir != "." {
		if sec := s.bySection[dir]; sec != nil {
			chain = append(chain, Crumb{Title: sec.Title(), Path: sec.Path()})
		}
		dir = path.Dir(dir)
	}
	slices.Reverse(chain)
	crumbs = append(crumbs, chain...)
	return append(crumbs, Crumb{Title: p.Title, Path: p.Path})
}

// Paginate splits items into pager pages published under base ("thu-tuc/"),
// the first at base itself and the rest at base + "page/N/".
func Paginate(base string, items []*Page, size int) []*Pager {
	if size <= 0 {
		size = len(items)
	}
	total := max(1, (len(items)+size-1)/max(size, 1))
	pagePath := func(n int) string {
		if n == 1 {
			return base
		}
		return base + "page/" + strconv.Itoa(n) + "/"
	}
	pagers := make([]*Pager, total)
	for i := range total {
		lo, hi := i*size, min((i+1)*size, len(items))
		pg := &Pager{Items: items[lo:hi], Number: i + 1, Total: total, Count: len(items), First: base, Last: pagePath(total)}
		if i > 0 {
			pg.Prev = pagePath(i)
		}
		if i+1 < total {
			pg.Next = pagePath(i + 2)
		}
		pagers[i] = pg
	}
	return pagers
}

// PagerPath is the URL path of a pager page.
func (pg *Pager) Path() string {
	if pg.Number == 1 {
		return pg.First
	}
	return pg.First + "page/" + strconv.Itoa(pg.Number) + "/"
}
