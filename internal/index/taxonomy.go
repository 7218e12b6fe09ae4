package index

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/collate"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/vntext"
)

// Taxonomy is one way of classifying pages (field, level, tag, ...) with
// its terms.
type Taxonomy struct {
	Name   string // key used in templates: "field"
	Title  string // "Lĩnh vực"
	Source string // front-matter field that feeds it: "field", "levels", ...
	Path   string // URL path of the list of terms: "linh-vuc/"
	Terms  []*Term
}

// Term is one value of a taxonomy and the pages that carry it.
type Term struct {
	Name     string // display name: the first spelling met in page order
	Slug     string // "ho-tich"
	Path     string // "linh-vuc/ho-tich/"
	Pages    []*Page
	Taxonomy *Taxonomy
}

// Count is the number of pages carrying the term.
func (t *Term) Count() int { return len(t.Pages) }

// AllProcedures reports whether every page of the term is a procedure, so
// a template can say "8 thủ tục" rather than "8 trang".
func (t *Term) AllProcedures() bool {
	return !slices.ContainsFunc(t.Pages, func(p *Page) bool { return p.Procedure == nil })
}

// Taxonomy returns the taxonomy with the given name ("field"), or nil.
func (s *Site) Taxonomy(name string) *Taxonomy {
	for _, t := range s.Taxonomies {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// Terms returns the page's terms of one taxonomy, in front-matter order.
func (p *Page) Terms(taxonomy string) []*Term {
	var out []*Term
	for _, t := range p.terms {
		if t.Taxonomy.Name == taxonomy {
			out = append(out, t)
		}
	}
	return out
}

// TermGroup is the terms a page carries in one taxonomy.
type TermGroup struct {
	Taxonomy *Taxonomy
	Terms    []*Term
}

// TermGroups returns the page's terms grouped by taxonomy, in the site's
// taxonomy order, leaving out taxonomies the page has no term in.
func (p *Page) TermGroups() []TermGroup {
	var groups []TermGroup
	for i, t := range p.terms {
		if i == 0 || t.Taxonomy != p.terms[i-1].Taxonomy {
			groups = append(groups, TermGroup{Taxonomy: t.Taxonomy})
		}
		g := &groups[len(groups)-1]
		g.Terms = append(g.Terms, t)
	}
	return groups
}

// termValue is one term a page carries: its spelling on the page and slug.
type termValue struct {
	name, slug string
}

// termValues appends to dst the terms page p carries for a taxonomy fed by
// source, each slug once. Enumerations (levels, online, status) use their
// canonical value as slug and their Vietnamese label as name; free text is
// trimmed and slugged. Unknown sources carry nothing.
func termValues(dst []termValue, p *content.Page, source string) []termValue {
	start := len(dst)
	add := func(name, slug string) {
		if slug == "" || slices.ContainsFunc(dst[start:], func(v termValue) bool { return v.slug == slug }) {
			return
		}
		dst = append(dst, termValue{name: name, slug: slug})
	}
	text := func(values ...string) {
		for _, v := range values {
			v = strings.Join(strings.Fields(v), " ")
			add(v, vntext.Slug(v))
		}
	}
	proc := p.Procedure
	switch source {
	case "field":
		if proc != nil {
			text(proc.Field)
		} else if p.QA != nil {
			text(p.QA.Field)
		}
	case "tags":
		text(p.Tags...)
	}
	if proc == nil {
		if source == "agency" && p.News != nil {
			text(p.News.Agency)
		}
		return dst
	}
	switch source {
	case "levels":
		for _, l := range proc.Levels {
			add(l.Label(), string(l))
		}
	case "online":
		online := proc.Online
		if online == "" {
			online = content.OnlineNone
		}
		add(online.Label(), string(online))
	case "status":
		status := proc.Status
		if status == "" {
			status = content.StatusActive
		}
		add(status.Label(), string(status))
	case "authority":
		text(proc.Authority)
	case "agency":
		text(proc.Agency)
	case "life_events":
		text(proc.LifeEvents...)
	case "keywords":
		text(proc.Keywords...)
	case "subjects":
		text(proc.Subjects...)
	}
	return dst
}

// TaxonomySources are the front-matter fields a taxonomy can be fed by.
func TaxonomySources() []string {
	return []string{"field", "levels", "authority", "agency", "online", "status", "life_events", "keywords", "subjects", "tags"}
}

// buildTaxonomies classifies pages, given in display order (procedures by
// title, then the rest newest first), so every term's pages come out in
// that order without sorting each term. Terms are sorted by Vietnamese
// collation of their names, then by slug.
func buildTaxonomies(c *vntext.Collator, cfgs []config.Taxonomy, pages []*Page) []*Taxonomy {
	var taxonomies []*Taxonomy
	var values []termValue
	var buf collate.Buffer
	for _, tc := range cfgs {
		tax := &Taxonomy{Name: tc.Name, Title: tc.Title, Source: tc.Source, Path: taxonomyPath(tc)}
		bySlug := map[string]*Term{}
		for _, p := range pages {
			values = termValues(values[:0], p.Page, tc.Source)
			for _, v := range values {
				term := bySlug[v.slug]
				if term == nil {
					term = &Term{Name: v.name, Slug: v.slug, Path: tax.Path + v.slug + "/", Taxonomy: tax}
					bySlug[v.slug] = term
					tax.Terms = append(tax.Terms, term)
				}
				term.Pages = append(term.Pages, p)
				p.terms = append(p.terms, term)
			}
		}
		keys := make(map[*Term][]byte, len(tax.Terms))
		for _, t := range tax.Terms {
			keys[t] = bytes.Clone(c.Key(&buf, t.Name))
			buf.Reset()
		}
		slices.SortFunc(tax.Terms, func(a, b *Term) int {
			return cmp.Or(bytes.Compare(keys[a], keys[b]), strings.Compare(a.Slug, b.Slug))
		})
		taxonomies = append(taxonomies, tax)
	}
	return taxonomies
}

func taxonomyPath(tc config.Taxonomy) string {
	p := strings.Trim(tc.Path, "/")
	if p == "" {
		p = vntext.Slug(tc.Name)
	}
	return p + "/"
}

// taxonomyPaths lists the pages the taxonomies publish, computed from the
// loaded content alone: each list of terms (for taxonomies with terms) and
// every pager page of every term.
func taxonomyPaths(cfg *config.Site, pages []*content.Page) []string {
	var out []string
	var values []termValue
	for _, tc := range cfg.Taxonomies {
		base := taxonomyPath(tc)
		counts := map[string]int{}
		for _, p := range pages {
			values = termValues(values[:0], p, tc.Source)
			for _, v := range values {
				counts[v.slug]++
			}
		}
		if len(counts) > 0 {
			out = append(out, base)
		}
		for slug, n := range counts {
			out = append(out, base+slug+"/")
			for page := 2; page <= pageCount(n, cfg.PageSize); page++ {
				out = append(out, base+slug+"/page/"+strconv.Itoa(page)+"/")
			}
		}
	}
	return out
}
