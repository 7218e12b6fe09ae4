package content

import (
	"bytes"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/decode"
	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/vntext"
)

// Root is the content folder inside a site.
const Root = "content"

// Options controls loading.
type Options struct {
	Drafts bool      // include drafts, future and expired pages
	Now    time.Time // the moment publish and expiry dates are compared with
}

// Site is the loaded content of a site.
type Site struct {
	Home     *Page
	Sections []*Page // section pages, by Path
	Pages    []*Page // single pages, by File
	// Files are non-Markdown files outside bundles, content-relative.
	Files []string
	// Unparsed are the files that failed to load, with the URL path each
	// would have had.
	Unparsed []Unparsed
	// Skipped counts pages left out as drafts, future or expired.
	Skipped int
}

// All returns home, sections and single pages in one slice.
func (s *Site) All() []*Page {
	all := make([]*Page, 0, 1+len(s.Sections)+len(s.Pages))
	all = append(all, s.Home)
	all = append(all, s.Sections...)
	return append(all, s.Pages...)
}

// Unparsed is a content file that failed to load.
type Unparsed struct {
	File string // content-relative
	Path string
	Code string // the procedure code as written on a "code:" line, if any
}

var codeLine = regexp.MustCompile(`(?m)^code\s*[:=]\s*["']?([0-9A-Za-z.]+)`)

// salvageCode finds a procedure code in a file whose front matter does not
// parse, so that pages naming the code are not reported as well.
func salvageCode(fsys fs.FS, file string) string {
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		return ""
	}
	if m := codeLine.FindSubmatch(src); m != nil {
		return string(m[1])
	}
	return ""
}

type job struct {
	file      string // site-relative
	kind      Kind
	resources []string
}

// Load reads every content file of the site rooted at fsys.
func Load(fsys fs.FS, cfg *config.Site, opts Options, list *diag.List) *Site {
	jobs, files, dirs := scan(fsys, list)
	dec := decode.New()
	pages := make([]*Page, len(jobs))
	lists := make([]diag.List, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				pages[i] = loadPage(fsys, jobs[i], cfg, dec, &lists[i])
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()

	site := &Site{Files: files}
	sectionDirs := map[string]bool{}
	for i, p := range pages {
		list.Merge(&lists[i])
		if p == nil {
			// Keep the URL the file would have, so links to a page with a
			// typo in its front matter are not reported as broken too.
			rel := strings.TrimPrefix(jobs[i].file, Root+"/")
			site.Unparsed = append(site.Unparsed, Unparsed{File: rel, Path: pagePath(&Page{}, rel, jobs[i], &diag.List{}), Code: salvageCode(fsys, jobs[i].file)})
			continue
		}
		if !opts.Drafts && !published(p, opts.Now) {
			site.Skipped++
			continue
		}
		switch p.Kind {
		case KindHome:
			site.Home = p
		case KindSection:
			sectionDirs[p.Dir] = true
			site.Sections = append(site.Sections, p)
		default:
			site.Pages = append(site.Pages, p)
		}
	}
	if site.Home == nil {
		site.Home = &Page{File: Root + "/_index.md", Kind: KindHome, Type: TypePage, Synthetic: true, Common: Common{Title: cfg.Title}}
	}
	for _, dir := range dirs {
		if !sectionDirs[dir] {
			site.Sections = append(site.Sections, syntheticSection(dir, cfg))
		}
	}
	slices.SortFunc(site.Sections, func(a, b *Page) int { return strings.Compare(a.Path, b.Path) })
	checkURLs(site, list)
	return site
}

// scan lists the content tree: page jobs, plain files and section folders
// (content-relative, excluding the root and bundles).
func scan(fsys fs.FS, list *diag.List) (jobs []job, files, dirs []string) {
	bundles := map[string]*job{}
	var bundleOrder []string
	err := fs.WalkDir(fsys, Root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			list.Errorf(p, diag.Pos{}, "", "read.failed", err.Error())
			return nil
		}
		name := d.Name()
		if p != Root && (strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~")) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p == Root {
				return nil
			}
			if _, err := fs.Stat(fsys, p+"/index.md"); err == nil {
				b := &job{file: p + "/index.md", kind: KindSingle, resources: []string{}}
				bundles[p] = b
				bundleOrder = append(bundleOrder, p)
				collectResources(fsys, p, b, list)
				return fs.SkipDir
			}
			dirs = append(dirs, strings.TrimPrefix(p, Root+"/"))
			return nil
		}
		switch {
		case name == "_index.md" && path.Dir(p) == Root:
			jobs = append(jobs, job{file: p, kind: KindHome})
		case name == "_index.md":
			jobs = append(jobs, job{file: p, kind: KindSection})
		case strings.HasSuffix(name, ".md"):
			jobs = append(jobs, job{file: p, kind: KindSingle})
		default:
			files = append(files, strings.TrimPrefix(p, Root+"/"))
		}
		return nil
	})
	if err != nil {
		list.Errorf(Root, diag.Pos{}, "", "read.failed", err.Error())
	}
	for _, dir := range bundleOrder {
		jobs = append(jobs, *bundles[dir])
	}
	slices.SortFunc(jobs, func(a, b job) int { return strings.Compare(a.file, b.file) })
	return jobs, files, dirs
}

func collectResources(fsys fs.FS, dir string, b *job, list *diag.List) {
	_ = fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			list.Errorf(p, diag.Pos{}, "", "read.failed", err.Error())
			return nil
		}
		if d.IsDir() || p == b.file || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		b.resources = append(b.resources, strings.TrimPrefix(p, dir+"/"))
		return nil
	})
}

func loadPage(fsys fs.FS, j job, cfg *config.Site, dec *decode.Decoder, list *diag.List) *Page {
	src, err := fs.ReadFile(fsys, j.file)
	if err != nil {
		list.Errorf(j.file, diag.Pos{}, "", "read.failed", err.Error())
		return nil
	}
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	src, valid := vntext.NFCBytes(src)
	if !valid {
		list.Errorf(j.file, diag.Pos{Line: 1, Col: 1}, "", "read.not_utf8")
		return nil
	}
	fm, body, problems := splitFrontMatter(src)
	report := func(ps []decode.Problem) {
		for _, p := range ps {
			list.Add(diag.Diagnostic{File: j.file, Pos: p.Pos, Field: p.Field, Key: p.Msg.Key, Args: p.Msg.Args})
		}
	}
	report(problems)
	if len(problems) > 0 {
		return nil
	}
	if fm.format == "" {
		list.Errorf(j.file, diag.Pos{Line: 1, Col: 1}, "", "fm.missing")
		return nil
	}

	rel := strings.TrimPrefix(j.file, Root+"/")
	p := &Page{
		File:      j.file,
		Kind:      j.kind,
		Resources: j.resources,
		// The body keeps the file's buffer rather than a copy of its
		// larger part; capping it makes an append to it copy.
		Body:      body[:len(body):len(body)],
		FrontLine: fm.delimLine,
		BodyLine:  fm.bodyLine,
	}
	p.Dir = path.Dir(rel)
	if j.resources != nil {
		p.Dir = path.Dir(path.Dir(rel))
	}
	if p.Dir == "." {
		p.Dir = ""
	}
	p.Section, _, _ = strings.Cut(p.Dir, "/")
	if j.kind == KindSection {
		p.Section, _, _ = strings.Cut(path.Dir(rel), "/")
	}
	p.Type = Type(cfg.SectionType(p.Section))
	if p.Section == "" {
		p.Type = TypePage
	}

	if fm.node != nil {
		report(decodeFrontMatter(dec, fm.node, p, fm.offset))
	}
	if strings.TrimSpace(p.Title) == "" {
		list.Errorf(j.file, diag.Pos{Line: fm.delimLine, Col: 1}, "title", "content.title_required")
	}
	p.Path = pagePath(p, rel, j, list)
	return p
}

// decodeFrontMatter decodes into the struct of the page's type. Section
// and home pages take the common keys only.
func decodeFrontMatter(dec *decode.Decoder, node *yaml.Node, p *Page, offset int) []decode.Problem {
	if p.Kind != KindSingle {
		return dec.Decode(node, &p.Common, offset)
	}
	switch p.Type {
	case TypeProcedure:
		var fm struct {
			Common    `yaml:",inline"`
			Procedure `yaml:",inline"`
		}
		problems := dec.Decode(node, &fm, offset)
		p.Common, p.Procedure = fm.Common, &fm.Procedure
		if p.Procedure.Sets == 0 {
			p.Procedure.Sets = 1
		}
		if p.Procedure.Online == "" {
			p.Procedure.Online = OnlineNone
		}
		if p.Procedure.Status == "" {
			p.Procedure.Status = StatusActive
		}
		return problems
	case TypeNews:
		var fm struct {
			Common `yaml:",inline"`
			News   `yaml:",inline"`
		}
		problems := dec.Decode(node, &fm, offset)
		p.Common, p.News = fm.Common, &fm.News
		return problems
	case TypeExemplar:
		var fm struct {
			Common   `yaml:",inline"`
			Exemplar `yaml:",inline"`
		}
		problems := dec.Decode(node, &fm, offset)
		p.Common, p.Exemplar = fm.Common, &fm.Exemplar
		return problems
	case TypeQA:
		var fm struct {
			Common `yaml:",inline"`
			QA     `yaml:",inline"`
		}
		problems := dec.Decode(node, &fm, offset)
		p.Common, p.QA = fm.Common, &fm.QA
		return problems
	}
	return dec.Decode(node, &p.Common, offset)
}

// pagePath computes the URL path of p from its content-relative file name.
func pagePath(p *Page, rel string, j job, list *diag.List) string {
	if j.kind == KindHome {
		return ""
	}
	dirPath := slugPath(path.Dir(rel))
	if j.kind == KindSection {
		return dirPath
	}
	name := strings.TrimSuffix(path.Base(rel), ".md")
	if j.resources != nil {
		dirPath = slugPath(path.Dir(path.Dir(rel)))
		name = path.Base(path.Dir(rel))
	}
	slug := vntext.Slug(name)
	if p.Slug != "" {
		slug = vntext.Slug(p.Slug)
		if slug != p.Slug {
			list.Errorf(p.File, diag.Pos{Line: p.FrontLine, Col: 1}, "slug", "content.slug", p.Slug, slug)
		}
	}
	return dirPath + slug + "/"
}

// slugPath turns a content-relative folder into a URL folder path ending in
// "/" ("" for the root).
func slugPath(dir string) string {
	if dir == "." || dir == "" {
		return ""
	}
	parts := strings.Split(dir, "/")
	for i, part := range parts {
		parts[i] = vntext.Slug(part)
	}
	return strings.Join(parts, "/") + "/"
}

func syntheticSection(dir string, cfg *config.Site) *Page {
	section, _, _ := strings.Cut(dir, "/")
	title := path.Base(dir)
	if sec, ok := cfg.Sections[dir]; ok && sec.Title != "" {
		title = sec.Title
	}
	return &Page{
		File:      Root + "/" + dir + "/_index.md",
		Dir:       dir,
		Section:   section,
		Kind:      KindSection,
		Type:      Type(cfg.SectionType(section)),
		Path:      slugPath(dir),
		Synthetic: true,
		Common:    Common{Title: title},
	}
}

func published(p *Page, now time.Time) bool {
	if p.Draft {
		return false
	}
	if p.PublishDate.IsSet() && p.PublishDate.After(now) {
		return false
	}
	if p.ExpiryDate.IsSet() && !p.ExpiryDate.After(now) {
		return false
	}
	return true
}

// checkURLs reports pages that would publish to the same URL path.
func checkURLs(site *Site, list *diag.List) {
	owner := map[string]*Page{}
	for _, p := range site.All() {
		if first, ok := owner[p.Path]; ok {
			list.Errorf(p.File, diag.Pos{Line: p.FrontLine, Col: 1}, "", "content.url_conflict", first.File, "/"+p.Path)
			continue
		}
		owner[p.Path] = p
	}
}
