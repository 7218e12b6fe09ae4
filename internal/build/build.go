package build

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/index"
	"github.com/motcua/motcua/internal/markdown"
	"github.com/motcua/motcua/internal/output"
	"github.com/motcua/motcua/internal/search"
	"github.com/motcua/motcua/internal/theme"
	"github.com/motcua/motcua/internal/urls"
)

// Options controls one build.
type Options struct {
	Drafts  bool
	Minify  bool
	BaseURL string    // overrides site.yaml's base_url when set
	Now     time.Time // publish and expiry dates are compared with it
	Debug   bool      // record which template rendered each page
	// HTMLTemplateOnly renders every page with html/template, not the
	// faster tmplexec that prints the same bytes; tests compare the two.
	HTMLTemplateOnly bool
}

// Step is one timed stage of a build.
type Step struct {
	Name      string
	Duration  time.Duration
	Alongside bool // ran at the same time as the step before
}

// Result describes a finished build.
type Result struct {
	Pages     int // HTML pages written
	Files     int // all files written
	Steps     []Step
	Diags     *diag.List
	Catalog   diag.Catalog
	Templates map[string]string // output path → template name, with Debug
	// TemplateFallbacks counts pages html/template rendered because
	// tmplexec could not (see theme.Theme.Fallbacks).
	TemplateFallbacks int
}

// state carries the data between steps of one build; each step reads what
// earlier steps produced and adds its own.
type state struct {
	fsys     fs.FS
	opts     Options
	sink     output.Sink
	diags    *diag.List
	cfg      config.Site
	content  *content.Site
	urls     urls.Builder
	rendered map[*content.Page]index.Rendered
	md       *markdown.Renderer
	links    *content.Links
	site     *index.Site
	plan     []index.Output
	// searchData and searchErr are the search step's, kept apart from
	// plan and diags, which the index step it runs alongside writes.
	searchData []index.Output
	searchErr  error
	theme      *theme.Theme
	min        *output.Minifier
	result     *Result

	// oneOff is set by Build: steps may drop what no later step of this
	// build reads (plain text once indexed, generated data once written).
	// The preview server's Cache keeps it all for its next build.
	oneOff bool

	// Hooks for incremental builds (incremental.go); nil in Build.
	reuse  func(p *content.Page) (index.Rendered, bool) // a still-valid earlier render
	onLink func(p *content.Page, dest, target string, ok bool)
}

// step is one named stage of the build.
type step struct {
	name string
	run  func()
	// alongside runs the step at the same time as the one before it,
	// which it neither reads from nor writes to. The index step is mostly
	// serial, and the search data, which needs only the rendered pages,
	// fills the other cores meanwhile.
	alongside bool
}

// steps lists the stages in order; incremental builds run the same list
// with some stages replaced.
func (s *state) steps() []step {
	return []step{
		{name: "config", run: s.config},
		{name: "load", run: s.load},
		{name: "validate", run: s.validate},
		{name: "markdown", run: s.markdown},
		{name: "index", run: s.index},
		{name: "search", run: s.search, alongside: true},
		{name: "theme", run: s.loadTheme},
		{name: "render", run: s.render},
	}
}

// runSteps runs steps in order, each with the steps alongside it, and
// records how long each took. After each group it calls next with the
// names of its steps and stops when next returns false.
func (s *state) runSteps(steps []step, next func(names []string) bool) {
	for len(steps) > 0 {
		n := 1
		for n < len(steps) && steps[n].alongside {
			n++
		}
		group := steps[:n]
		steps = steps[n:]
		took := make([]time.Duration, len(group))
		var wg sync.WaitGroup
		for i, st := range group {
			timed := func() {
				start := time.Now()
				st.run()
				took[i] = time.Since(start)
			}
			if i == len(group)-1 {
				timed()
			} else {
				wg.Go(timed)
			}
		}
		wg.Wait()
		names := make([]string, len(group))
		for i, st := range group {
			names[i] = st.name
			s.result.Steps = append(s.result.Steps, Step{Name: st.name, Duration: took[i], Alongside: st.alongside})
		}
		if !next(names) {
			return
		}
	}
}

// Build builds the site rooted at fsys into sink. The returned error is a
// *diag.Problems when content or templates are wrong.
func Build(fsys fs.FS, sink output.Sink, opts Options) (*Result, error) {
	s := &state{fsys: fsys, opts: opts, sink: sink, diags: &diag.List{}, min: output.NewMinifier(), oneOff: true}
	s.result = &Result{Diags: s.diags}
	// The checking steps all run even after errors, so an editor sees
	// every problem at once; steps that produce output stop the build.
	defer boundMemory()()
	checking, failed := true, false
	s.runSteps(s.steps(), func(names []string) bool {
		if slices.Contains(names, lastCheckStep) {
			checking = false
		}
		if !checking && s.diags.HasErrors(false) {
			failed = true
			return false
		}
		for _, name := range names {
			s.release(name)
		}
		return true
	})
	if failed {
		return s.result, &diag.Problems{List: s.diags, Catalog: s.result.Catalog}
	}
	s.result.TemplateFallbacks = s.theme.Fallbacks()
	return s.result, nil
}

// release drops what no later step of a one-off build reads, so memory
// stays near the size of the rendered site rather than of everything made
// on the way (at 100,000 pages the Markdown sources and plain texts are a
// few hundred megabytes). The preview server's Cache keeps both for its
// next build and never calls this.
func (s *state) release(step string) {
	switch step {
	case "index":
		s.rendered = nil // Assemble copied the renders into the pages
	case "search":
		// Only summaries and search read the plain text, and both are
		// made.
		for _, p := range s.site.Pages {
			p.Plain = ""
		}
	case "markdown":
		for _, p := range s.content.All() {
			p.Body = nil
		}
		s.limitMemory()
	}
}

func (s *state) config() {
	s.cfg = config.Load(s.fsys, s.diags)
	if s.opts.BaseURL != "" {
		s.cfg.SetBaseURL(s.opts.BaseURL, s.diags)
	}
	s.urls = urls.Builder{BaseURL: s.cfg.BaseURL, BasePath: s.cfg.BasePath, Relative: s.cfg.RelativeURLs}
	s.result.Catalog = diag.ForLang(s.cfg.Language)
}

func (s *state) load() {
	now := s.opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	s.content = content.Load(s.fsys, &s.cfg, content.Options{Drafts: s.opts.Drafts, Now: now}, s.diags)
}

// search makes the client-side search data of every single page from the
// loaded and rendered pages, so that it can run alongside the index step.
// Its files join the plan in the theme step.
func (s *state) search() {
	pages := s.content.Pages
	docs := make([]search.Document, len(pages))
	parallel(len(docs), func(i int) {
		docs[i] = searchDocument(pages[i], s.rendered[pages[i]].Plain)
	})
	files, err := search.Build(docs, search.Options{Synonyms: s.cfg.Search.Synonyms})
	if err != nil {
		s.searchErr = err
		return
	}
	s.searchData = make([]index.Output, len(files))
	for i, f := range files {
		s.searchData[i] = index.Output{Path: f.Path, Data: f.Data}
	}
}

func searchDocument(p *content.Page, plain string) search.Document {
	d := search.Document{
		URL:     p.Path,
		Type:    string(p.Type),
		Title:   p.Title,
		Summary: index.Summarise(p.Summary, plain),
		Text:    plain,
	}
	if p.Date.IsSet() {
		d.Date = p.Date.Format("2006-01-02")
	}
	if p.QA != nil {
		d.Field = p.QA.Field
	}
	if proc := p.Procedure; proc != nil {
		d.Code, d.Field, d.Authority, d.Online = proc.Code, proc.Field, proc.Authority, string(proc.Online)
		d.Keywords = append(append([]string(nil), proc.Keywords...), proc.LifeEvents...)
		for _, l := range proc.Levels {
			d.Levels = append(d.Levels, string(l))
		}
		var text strings.Builder
		text.WriteString(plain)
		for _, part := range [][]string{proc.Steps, proc.Results, proc.Subjects} {
			for _, s := range part {
				text.WriteString("\n")
				text.WriteString(theme.Plainify(s))
			}
		}
		for _, doc := range proc.Dossier {
			text.WriteString("\n")
			text.WriteString(doc.Name)
		}
		text.WriteString("\n")
		text.WriteString(theme.Plainify(proc.Requirements))
		d.Text = text.String()
	}
	return d
}

// markdown renders every page body (and procedure steps) in parallel,
// resolving links against the whole site.
func (s *state) markdown() {
	s.md = markdown.New(markdown.Options{Unsafe: s.cfg.Markdown.Unsafe})
	s.links = content.NewLinks(s.content, staticFiles(s.fsys, s.cfg.Theme))
	for _, extra := range index.GeneratedPaths(&s.cfg, s.content) {
		s.links.Add(extra)
	}
	pages := s.content.All()
	results := make([]index.Rendered, len(pages))
	lists := make([]diag.List, len(pages))
	parallel(len(pages), func(i int) {
		if s.reuse != nil {
			if r, ok := s.reuse(pages[i]); ok {
				results[i] = r
				return
			}
		}
		results[i] = s.renderPage(pages[i], &lists[i])
	})
	rendered := make(map[*content.Page]index.Rendered, len(pages))
	for i, p := range pages {
		rendered[p] = results[i]
		s.diags.Merge(&lists[i])
	}
	s.rendered = rendered
}

func (s *state) renderPage(p *content.Page, list *diag.List) index.Rendered {
	resolve := func(dest string) (string, bool) {
		target, ok := s.links.Resolve(p, dest)
		if s.onLink != nil {
			s.onLink(p, dest, target, ok)
		}
		if !ok {
			return "", false
		}
		return s.urls.Path(p.Path, target), true
	}
	var r index.Rendered
	res, err := s.md.Render(p.Body, resolve)
	if err != nil {
		list.Errorf(p.File, diag.Pos{Line: p.BodyLine, Col: 1}, "", "markdown.render", err.Error())
		return r
	}
	for _, b := range res.Broken {
		list.Errorf(p.File, diag.Pos{Line: p.BodyLine + b.Line - 1, Col: b.Col}, "", "markdown.broken_link", b.Dest)
	}
	r.Content = s.minifyHTML(res.HTML)
	r.TOC = res.TOC
	r.Plain = res.Plain
	if proc := p.Procedure; proc != nil {
		for i, step := range proc.Steps {
			html, broken, err := s.md.RenderInline(step, resolve)
			if err != nil {
				list.Errorf(p.File, diag.Pos{Line: p.FrontLine, Col: 1}, fmt.Sprintf("steps[%d]", i+1), "markdown.render", err.Error())
			}
			for _, b := range broken {
				list.Errorf(p.File, diag.Pos{Line: p.FrontLine, Col: 1}, fmt.Sprintf("steps[%d]", i+1), "markdown.broken_link", b.Dest)
			}
			r.Steps = append(r.Steps, s.minifyHTML(html))
		}
		if proc.Requirements != "" {
			req, err := s.md.Render([]byte(proc.Requirements), resolve)
			if err != nil {
				list.Errorf(p.File, diag.Pos{Line: p.FrontLine, Col: 1}, "requirements", "markdown.render", err.Error())
			}
			r.Requirements = s.minifyHTML(req.HTML)
		}
	}
	return r
}

// minifyHTML minifies rendered Markdown when the build minifies, so that
// pages executed from minified templates come out minified without a pass
// over each whole page; the Markdown is a fraction of a page's bytes.
func (s *state) minifyHTML(html []byte) template.HTML {
	if s.opts.Minify && len(html) > 0 {
		if small, err := s.min.Fragment(html); err == nil {
			return template.HTML(small)
		}
	}
	return template.HTML(html)
}

func (s *state) index() {
	s.site = index.Assemble(&s.cfg, s.content, s.rendered)
	s.plan = index.Plan(s.site, s.content)
}

func (s *state) loadTheme() {
	sizes := map[string]string{}
	for _, o := range s.plan {
		if o.Source != "" {
			sizes[o.Path] = o.Source
		}
	}
	var minify func(string, []byte) ([]byte, error)
	var minifyTemplate func([]byte) ([]byte, error)
	if s.opts.Minify {
		minify, minifyTemplate = s.min.Minify, s.min.Template
	}
	s.theme = theme.Load(theme.Options{
		FS:               s.fsys,
		Name:             s.cfg.Theme,
		Lang:             s.cfg.Language,
		Markdown:         s.md,
		Minify:           minify,
		MinifyTemplate:   minifyTemplate,
		HTMLTemplateOnly: s.opts.HTMLTemplateOnly,
		FileSize: func(sitePath string) (int64, bool) {
			src, ok := sizes[sitePath]
			if !ok {
				return 0, false
			}
			info, err := fs.Stat(s.fsys, src)
			if err != nil {
				return 0, false
			}
			return info.Size(), true
		},
	}, s.diags)
	for _, o := range s.theme.Static {
		if o.Source != "" {
			sizes[o.Path] = o.Source
		}
	}
	s.plan = append(s.plan, s.theme.Static...)
	s.plan = append(s.plan, s.searchData...)
	s.searchData = nil
	if s.searchErr != nil {
		s.diags.Errorf("site.yaml", diag.Pos{}, "search", "search.build", s.searchErr.Error())
	}
}

// render executes, minifies and writes every planned output in parallel.
func (s *state) render() {
	lists := make([]diag.List, len(s.plan))
	used := make([]string, len(s.plan))
	pool := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	_, writesThrough := s.sink.(*output.Dir)
	// Generated data goes first, so that a one-off build can drop it
	// before the pages fill memory with their buffers.
	order := make([]int, 0, len(s.plan))
	for i, o := range s.plan {
		if o.View == nil {
			order = append(order, i)
		}
	}
	for i, o := range s.plan {
		if o.View != nil {
			order = append(order, i)
		}
	}
	parallel(len(order), func(k int) {
		i := order[k]
		o := s.plan[i]
		if s.oneOff && o.Data != nil {
			defer func() { s.plan[i].Data = nil }()
		}
		list := &lists[i]
		if o.Source != "" {
			if err := s.sink.Copy(o.Path, s.fsys, o.Source); err != nil {
				list.Errorf(o.Source, diag.Pos{}, "", "output.write", err.Error())
			}
			return
		}
		data := o.Bytes()
		if o.View != nil {
			buf := pool.Get().(*bytes.Buffer)
			buf.Reset()
			defer pool.Put(buf)
			name, err := s.theme.Execute(buf, o.View)
			if err != nil {
				list.Add(problem(o, err))
				return
			}
			used[i] = name
			data = buf.Bytes()
		}
		// Pages from minified templates, with their Markdown minified in
		// the markdown step, are minified already.
		fromMinified := o.View != nil && s.theme.Minified() && strings.HasSuffix(o.Path, ".html")
		if s.opts.Minify && o.Minify && !fromMinified {
			if media := output.MediaType(o.Path); media != "" {
				minify := s.min.Minify
				if o.View != nil {
					minify = s.min.MinifyOwned // data is this goroutine's buffer
				}
				small, err := minify(media, data)
				if err != nil {
					list.Errorf(o.Path, diag.Pos{}, "", "output.minify", o.Path, err.Error())
					return
				}
				data = small
			}
		}
		if o.View != nil && (!s.opts.Minify || fromMinified) && !writesThrough {
			data = bytes.Clone(data) // the buffer goes back to the pool
		}
		if err := s.sink.Write(o.Path, data); err != nil {
			list.Errorf(o.Path, diag.Pos{}, "", "output.write", err.Error())
		}
	})
	if s.opts.Debug {
		s.result.Templates = map[string]string{}
	}
	for i, o := range s.plan {
		s.diags.Merge(&lists[i])
		if o.View != nil && strings.HasSuffix(o.Path, ".html") {
			s.result.Pages++
		}
		if s.opts.Debug && used[i] != "" {
			s.result.Templates[o.Path] = used[i]
		}
	}
	s.result.Files = len(s.plan)
}

// problem turns a template failure into a diagnostic on the page's source.
func problem(o index.Output, err error) diag.Diagnostic {
	file := o.Path
	if o.View != nil && o.View.Page != nil && o.View.Page.File != "" {
		file = o.View.Page.File
	}
	d := diag.Diagnostic{File: file, Key: "template.execute", Args: []string{"?", err.Error()}}
	if m, ok := err.(diag.Message); ok {
		d.Key, d.Args = m.Key, m.Args
	}
	return d
}

// parallel runs fn(0..n-1) on all cores.
func parallel(n int, fn func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int, 64)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// staticFiles lists the site paths published from the theme's and the
// site's static/ folders, for link checking.
func staticFiles(fsys fs.FS, themeName string) []string {
	var out []string
	for _, root := range []string{"themes/" + themeName + "/static", "static"} {
		_ = fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				out = append(out, strings.TrimPrefix(p, root+"/"))
			}
			return nil
		})
	}
	return out
}
