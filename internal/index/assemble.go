package index

import (
	"bytes"
	"cmp"
	"math"
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
		p.Summary = Summarise(cp.Summary, p.Plain)
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
	s.derive(collator)
	return s
}

// MaxFeatured is the most procedures Site.Featured holds.
const MaxFeatured = 8

// derive computes what is built from the whole set of pages: the home
// page's lists, taxonomies, related pages, the A–Z index, the archive and
// the feeds.
func (s *Site) derive(collator *vntext.Collator) {
	var others []*Page
	for _, p := range s.Pages {
		switch {
		case p.Procedure != nil:
			continue
		case p.News != nil:
			s.News = append(s.News, p)
		case p.Exemplar != nil:
			s.Exemplars = append(s.Exemplars, p)
		}
		others = append(others, p)
	}
	SortByDate(s.News)
	SortByDate(s.Exemplars)
	SortByDate(others)
	// Display order: procedures by title, then everything else newest
	// first. Term pages and related candidates follow it.
	ordered := append(slices.Clone(s.Procedures), others...)
	s.Taxonomies = buildTaxonomies(collator, s.Config.Taxonomies, ordered)
	s.linkRelated(ordered)
	s.Featured = featured(s.Procedures)
	if sec := topSection(s.Sections, content.TypeProcedure); sec != nil {
		s.ProcedureSection = sec
		s.AZPath = AZPath(sec.Path())
	}
	if sec := topSection(s.Sections, content.TypeNews); sec != nil {
		s.NewsSection = sec
		s.Archive = buildArchive(ArchivePath(sec.Path()), s.News)
	}
	for _, f := range s.feedFiles() {
		s.Feeds = append(s.Feeds, f.Feed)
	}
}

// AZPath is the A–Z index of a procedure section at sectionPath.
func AZPath(sectionPath string) string { return sectionPath + "a-z/" }

// ArchivePath is the archive of a news section at sectionPath.
func ArchivePath(sectionPath string) string { return sectionPath + "luu-tru/" }

// topSection is the first top-level section of type t, by path.
func topSection(sections []*Section, t content.Type) *Section {
	for _, sec := range sections {
		if sec.Page.Dir == sec.Page.Section && sec.Page.Type == t {
			return sec
		}
	}
	return nil
}

// featured picks the home page's procedures from procs in title order.
func featured(procs []*Page) []*Page {
	var marked, weighted []*Page
	for _, p := range procs {
		switch {
		case p.Featured:
			marked = append(marked, p)
		case p.Weight > 0:
			weighted = append(weighted, p)
		}
	}
	byWeight := func(a, b *Page) int { return cmp.Compare(weightRank(a), weightRank(b)) }
	slices.SortStableFunc(marked, byWeight)
	slices.SortStableFunc(weighted, byWeight)
	out := append(marked, weighted...)
	return out[:min(MaxFeatured, len(out))]
}

// weightRank puts pages without a weight after every weighted page.
func weightRank(p *Page) int {
	if p.Weight == 0 {
		return math.MaxInt
	}
	return p.Weight
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

// Summarise is a page's summary: the one its front matter gives, or the
// start of its plain text, cut at a space.
func Summarise(given, plain string) string {
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
	total := pageCount(len(items), size)
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

// pageCount is how many pager pages n items fill, at least one.
func pageCount(n, size int) int {
	if size <= 0 {
		return 1
	}
	return max(1, (n+size-1)/size)
}

// Path is the URL path of a pager page.
func (pg *Pager) Path() string {
	if pg.Number == 1 {
		return pg.First
	}
	return pg.First + "page/" + strconv.Itoa(pg.Number) + "/"
}
