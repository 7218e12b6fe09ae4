package build

import (
	"bytes"
	"context"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing/fstest"
	"time"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/index"
	"github.com/motcua/motcua/internal/output"
)

// renderChunk is how many outputs the incremental render step executes
// between two looks at its context, so that a newer edit cancels a
// rebuild within tens of milliseconds.
const renderChunk = 256

// Cache carries the last good build of a site into the next one, for the
// preview server. An Update after an edit to one page re-parses only the
// files that changed and re-renders Markdown only for pages whose source or
// links changed; every other stage runs as in Build, so the outputs always
// equal what Build makes from the same files. Preview renders the edited
// pages alone against the last good build, for showing them before the
// rest of the site is done.
//
// Update calls are serialised; Preview and Files may run concurrently with
// an Update.
type Cache struct {
	fsys fs.FS
	opts Options
	min  *output.Minifier

	updating sync.Mutex // one Update at a time

	mu    sync.Mutex
	good  *goodBuild      // the last successful build; nil before the first
	dirty map[string]bool // site files changed since good was built
	cfg   config.Site     // the configuration the latest Update read
}

// goodBuild is everything a successful build leaves for the next one.
type goodBuild struct {
	state     *state
	loadDiags diag.List                // what the load step reported (warnings)
	read      map[string]bool          // content files the load step parsed, published or not
	renders   map[string]pageRender    // Markdown renders by page file
	byFile    map[string]*content.Page // loaded pages by file, synthetic ones excluded
	planned   map[string]index.Output  // planned outputs by path
	outputs   map[string][]byte        // the files written
	patched   bool                     // the load step patched the previous content
}

// pageRender is one page's Markdown render with the link resolutions it
// depended on, so it stays valid while they resolve the same way.
type pageRender struct {
	page     *content.Page
	rendered index.Rendered
	links    []linkUse
}

type linkUse struct {
	dest, target string
	ok           bool
}

// Delta is how a build's output differs from the previous one's.
type Delta struct {
	Changed map[string][]byte // new outputs and outputs whose bytes changed
	Removed []string          // outputs no longer produced, sorted
}

// Paths lists the changed and removed outputs, sorted.
func (d Delta) Paths() []string {
	out := slices.Sorted(maps.Keys(d.Changed))
	out = append(out, d.Removed...)
	slices.Sort(out)
	return out
}

// NewCache prepares incremental builds of the site rooted at fsys. A zero
// opts.Now is fixed to the current time once, so that every build of the
// session judges publish and expiry dates alike.
func NewCache(fsys fs.FS, opts Options) *Cache {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	return &Cache{fsys: fsys, opts: opts, min: output.NewMinifier(), dirty: map[string]bool{}}
}

// Options returns the options every build of the cache uses.
func (c *Cache) Options() Options { return c.opts }

// Files returns the outputs of the last good build; callers must not
// modify the map or its slices.
func (c *Cache) Files() map[string][]byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.good == nil {
		return nil
	}
	return c.good.outputs
}

// Config returns the site configuration the latest Update read, whether
// or not that build succeeded.
func (c *Cache) Config() config.Site {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cfg
}

// Reset forgets every earlier build, so the next Update reads the whole
// site again (used when file events were lost).
func (c *Cache) Reset() {
	c.mu.Lock()
	c.good = nil
	c.mu.Unlock()
}

// Update builds the site again after the named site files (slash-separated,
// relative to the site root) were created, modified or deleted; the first
// Update builds everything. On success the build becomes the base of the
// next one and Delta says which outputs changed. On failure, or when ctx is
// cancelled, the last good build stays the base and the changed files are
// remembered for the next Update.
func (c *Cache) Update(ctx context.Context, changed []string) (*Result, Delta, error) {
	c.updating.Lock()
	defer c.updating.Unlock()
	c.mu.Lock()
	for _, f := range changed {
		c.dirty[f] = true
	}
	u := &rebuild{cache: c, good: c.good, dirty: slices.Sorted(maps.Keys(c.dirty))}
	c.mu.Unlock()

	var prev map[string][]byte
	if u.good != nil {
		prev = u.good.outputs
	}
	s := &state{fsys: c.fsys, opts: c.opts, sink: &sharingSink{Mem: output.NewMem(), prev: prev}, diags: &diag.List{}, min: c.min}
	s.result = &Result{Diags: s.diags}
	u.s = s
	// As in Build, the checking steps all run even after errors.
	checking, failed := true, false
	steps := s.steps()
	for i, st := range steps {
		switch st.name {
		case "load":
			steps[i].run = u.load
		case "markdown":
			steps[i].run = u.markdown
		case "render":
			steps[i].run = func() { u.render(ctx) }
		}
	}
	if err := ctx.Err(); err != nil {
		return s.result, Delta{}, err
	}
	s.runSteps(steps, func(names []string) bool {
		if ctx.Err() != nil {
			return false
		}
		if slices.Contains(names, "config") {
			c.mu.Lock()
			c.cfg = s.cfg
			c.mu.Unlock()
		}
		if slices.Contains(names, lastCheckStep) {
			checking = false
		}
		failed = !checking && s.diags.HasErrors(false)
		return !failed
	})
	if failed {
		return s.result, Delta{}, &diag.Problems{List: s.diags, Catalog: s.result.Catalog}
	}
	if err := ctx.Err(); err != nil {
		return s.result, Delta{}, err
	}
	delta := u.commit()
	return s.result, delta, nil
}

// rebuild is the work of one Update call.
type rebuild struct {
	cache *Cache
	good  *goodBuild
	dirty []string
	s     *state

	loadDiags diag.List
	read      map[string]bool
	renders   map[string]pageRender
	outputs   map[string][]byte
	patched   bool
}

// configChanged reports whether the configuration differs from the last
// good build's, which invalidates everything loaded and rendered.
func (u *rebuild) configChanged() bool {
	return u.good == nil || !reflect.DeepEqual(u.good.state.cfg, u.s.cfg)
}

// load replaces the load step: it patches the last good content with the
// changed files when it can, and loads everything otherwise.
func (u *rebuild) load() {
	if !u.configChanged() {
		if site, ok := u.patch(); ok {
			u.s.content = site
			u.s.diags.Merge(&u.loadDiags)
			u.patched = true
			return
		}
	}
	u.loadDiags = diag.List{}
	rec := &readRecorder{FS: u.s.fsys, read: map[string]bool{}}
	u.s.content = content.Load(rec, &u.s.cfg, content.Options{Drafts: u.s.opts.Drafts, Now: u.s.opts.Now}, &u.loadDiags)
	u.read = rec.read
	u.s.diags.Merge(&u.loadDiags)
}

// patch applies the changed content files to the last good content. It
// returns false when a change reshapes the tree (a new folder or bundle, a
// section page appearing or disappearing, a changed resource list), which
// only a full load gets right.
func (u *rebuild) patch() (*content.Site, bool) {
	// A copy of the last good content, so fields this file does not know
	// about carry over; the lists that change are copied before patching.
	site := *u.good.state.content
	site.Sections, site.Pages = slices.Clone(site.Sections), slices.Clone(site.Pages)
	p := &patcher{u: u, site: &site, read: maps.Clone(u.good.read)}
	changed := map[string]bool{}
	for _, f := range u.dirty {
		changed[f] = true
	}
	site.Unparsed = slices.DeleteFunc(slices.Clone(site.Unparsed), func(up content.Unparsed) bool {
		return changed[content.Root+"/"+up.File]
	})
	for _, d := range u.good.loadDiags.Items() {
		if !changed[d.File] {
			p.list.Add(d)
		}
	}
	for _, f := range u.dirty {
		if f == content.Root || f == "." {
			return nil, false
		}
		if !strings.HasPrefix(f, content.Root+"/") {
			continue // outside content/: later steps run in full anyway
		}
		if !p.apply(f) {
			return nil, false
		}
	}
	slices.SortFunc(site.Unparsed, func(a, b content.Unparsed) int { return strings.Compare(a.File, b.File) })
	owner := map[string]bool{}
	for _, pg := range p.site.All() {
		if owner[pg.Path] {
			return nil, false // let the full load report the conflict
		}
		owner[pg.Path] = true
	}
	u.loadDiags = p.list
	u.read = p.read
	return p.site, true
}

type patcher struct {
	u    *rebuild
	site *content.Site
	read map[string]bool
	list diag.List
}

// apply patches one changed file into the site.
func (p *patcher) apply(file string) bool {
	good := p.u.good
	old := good.byFile[file]
	fsys := p.u.s.fsys
	info, err := fs.Stat(fsys, file)
	if err != nil {
		return p.removed(file, old)
	}
	if info.IsDir() {
		return false
	}
	if bundle, ok := bundleIndex(p.read, file); ok && bundle != file {
		owner := good.byFile[bundle]
		if owner == nil {
			return true // a file of a bundle that is not published
		}
		return slices.Contains(owner.Resources, strings.TrimPrefix(file, path.Dir(bundle)+"/"))
	}
	sub, list, err := loadOne(fsys, &p.u.s.cfg, content.Options{Drafts: p.u.s.opts.Drafts, Now: p.u.s.opts.Now}, file)
	if err != nil {
		return false
	}
	// Problems fail the load step, but the page the content package still
	// made of the file (if any) takes part in the later checks, as in a
	// full load.
	p.list.Merge(&list)
	p.site.Unparsed = append(p.site.Unparsed, sub.Unparsed...)
	failed := list.HasErrors(false)
	switch {
	case !sub.Home.Synthetic:
		if old == nil || old.Kind != content.KindHome {
			return false
		}
		p.site.Home = sub.Home
	case realSection(sub) != nil:
		sec := realSection(sub)
		if old == nil || old.Kind != content.KindSection || old.Path != sec.Path {
			return false
		}
		i := slices.Index(p.site.Sections, old)
		p.site.Sections[i] = sec
	case len(sub.Pages) == 1:
		np := sub.Pages[0]
		if old != nil {
			if old.Kind != content.KindSingle || !slices.Equal(old.Resources, np.Resources) || (old.Resources == nil) != (np.Resources == nil) {
				return false
			}
			p.site.Pages[slices.Index(p.site.Pages, old)] = np
			return true
		}
		if np.Resources != nil || !p.hasSection(np.Dir) {
			return false
		}
		if p.read[file] {
			p.site.Skipped-- // a draft that is published now
		}
		p.read[file] = true
		i, _ := slices.BinarySearchFunc(p.site.Pages, file, func(a *content.Page, f string) int { return strings.Compare(a.File, f) })
		p.site.Pages = slices.Insert(p.site.Pages, i, np)
	case sub.Skipped == 1:
		if old != nil {
			if old.Kind != content.KindSingle || old.Resources != nil {
				return false
			}
			p.site.Pages = slices.DeleteFunc(p.site.Pages, func(pg *content.Page) bool { return pg == old })
			p.site.Skipped++
		} else if !p.read[file] {
			p.site.Skipped++
		}
		p.read[file] = true
	case len(sub.Files) == 1:
		return slices.Contains(p.site.Files, sub.Files[0])
	case failed:
		// Nothing could be made of the file; the full load leaves it out.
		if old == nil {
			return true
		}
		if old.Kind != content.KindSingle || old.Resources != nil {
			return false
		}
		p.site.Pages = slices.DeleteFunc(p.site.Pages, func(pg *content.Page) bool { return pg == old })
	default:
		// A name the content tree ignores (hidden files, backups, editors'
		// temporary files).
		return old == nil && !p.read[file]
	}
	return true
}

// removed handles a file that no longer exists.
func (p *patcher) removed(file string, old *content.Page) bool {
	switch {
	case old != nil:
		if old.Kind != content.KindSingle || old.Resources != nil {
			return false
		}
		p.site.Pages = slices.DeleteFunc(p.site.Pages, func(pg *content.Page) bool { return pg == old })
		delete(p.read, file)
		return true
	case p.read[file]:
		if bundle, ok := bundleIndex(p.read, file); ok && bundle == file {
			return false // an unpublished bundle lost its index.md
		}
		p.site.Skipped--
		delete(p.read, file)
		return true
	}
	rel := strings.TrimPrefix(file, content.Root+"/")
	if slices.Contains(p.site.Files, rel) {
		return false
	}
	if _, ok := bundleIndex(p.read, file); ok {
		return false // a resource or folder of a bundle
	}
	// A folder that held pages, files or a section.
	prefix := file + "/"
	for f := range p.read {
		if strings.HasPrefix(f, prefix) {
			return false
		}
	}
	for _, sec := range p.site.Sections {
		if sec.Dir == rel || strings.HasPrefix(sec.Dir, rel+"/") {
			return false
		}
	}
	for _, f := range p.site.Files {
		if strings.HasPrefix(f, rel+"/") {
			return false
		}
	}
	return true
}

func (p *patcher) hasSection(dir string) bool {
	if dir == "" {
		return true
	}
	return slices.ContainsFunc(p.site.Sections, func(sec *content.Page) bool { return sec.Dir == dir })
}

func realSection(s *content.Site) *content.Page {
	for _, sec := range s.Sections {
		if !sec.Synthetic {
			return sec
		}
	}
	return nil
}

// bundleIndex finds the index.md of the bundle holding file (file itself
// when it is one), among the files the last load parsed.
func bundleIndex(read map[string]bool, file string) (string, bool) {
	for dir := path.Dir(file); dir != content.Root && dir != "." && dir != "/"; dir = path.Dir(dir) {
		if read[dir+"/index.md"] {
			return dir + "/index.md", true
		}
	}
	return "", false
}

// loadOne loads a single content file the way the full load would: through
// a file system holding only that file (and, for a bundle's index.md, the
// names of the bundle's other files), so the content package decides its
// kind, type, path and publication itself.
func loadOne(fsys fs.FS, cfg *config.Site, opts content.Options, file string) (*content.Site, diag.List, error) {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, diag.List{}, err
	}
	sub := fstest.MapFS{file: {Data: data}}
	if path.Base(file) == "index.md" {
		dir := path.Dir(file)
		err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && p != file {
				sub[p] = &fstest.MapFile{}
			}
			return err
		})
		if err != nil {
			return nil, diag.List{}, err
		}
	}
	var list diag.List
	site := content.Load(sub, cfg, opts, &list)
	return site, list, nil
}

// markdown runs the markdown step with the last good renders offered for
// reuse and every link resolution recorded.
func (u *rebuild) markdown() {
	s := u.s
	var mu sync.Mutex
	used := map[*content.Page][]linkUse{}
	s.onLink = func(p *content.Page, dest, target string, ok bool) {
		mu.Lock()
		used[p] = append(used[p], linkUse{dest, target, ok})
		mu.Unlock()
	}
	reused := map[*content.Page]pageRender{}
	if !u.configChanged() {
		s.reuse = func(p *content.Page) (index.Rendered, bool) {
			prev, ok := u.good.renders[p.File]
			if !ok || (prev.page != p && !reflect.DeepEqual(*prev.page, *p)) {
				return index.Rendered{}, false
			}
			for _, l := range prev.links {
				if target, ok := s.links.Resolve(p, l.dest); target != l.target || ok != l.ok {
					return index.Rendered{}, false
				}
			}
			mu.Lock()
			reused[p] = prev
			mu.Unlock()
			return prev.rendered, true
		}
	}
	s.markdown()
	s.reuse, s.onLink = nil, nil
	u.renders = make(map[string]pageRender, len(s.rendered))
	for p, r := range s.rendered {
		if prev, ok := reused[p]; ok {
			u.renders[p.File] = pageRender{page: p, rendered: prev.rendered, links: prev.links}
			continue
		}
		u.renders[p.File] = pageRender{page: p, rendered: r, links: used[p]}
	}
}

// render replaces the render step: the same render, in chunks so a newer
// edit can cancel it, into memory.
func (u *rebuild) render(ctx context.Context) {
	s := u.s
	plan, sink := s.plan, s.sink.(*sharingSink)
	var templates map[string]string
	if s.opts.Debug {
		templates = map[string]string{}
	}
	for lo := 0; lo < len(plan); lo += renderChunk {
		if ctx.Err() != nil {
			break
		}
		s.plan = plan[lo:min(lo+renderChunk, len(plan))]
		s.render()
		if templates != nil {
			maps.Copy(templates, s.result.Templates)
		}
	}
	s.plan, s.sink = plan, sink
	s.result.Templates = templates
	s.result.Files = len(plan)
	s.result.Pages = 0
	for _, o := range plan {
		if o.View != nil && strings.HasSuffix(o.Path, ".html") {
			s.result.Pages++
		}
	}
	u.outputs = sink.Files()
}

// commit makes this update the base of the next one and returns how its
// output differs from the last good build's.
func (u *rebuild) commit() Delta {
	var prev map[string][]byte
	if u.good != nil {
		prev = u.good.outputs
	}
	delta := Delta{Changed: map[string][]byte{}}
	outputs := make(map[string][]byte, len(u.outputs))
	for name, data := range u.outputs {
		if old, ok := prev[name]; ok && bytes.Equal(old, data) {
			outputs[name] = old // share the earlier slice; the new one is garbage
			continue
		}
		outputs[name] = data
		delta.Changed[name] = data
	}
	for name := range prev {
		if _, ok := outputs[name]; !ok {
			delta.Removed = append(delta.Removed, name)
		}
	}
	slices.Sort(delta.Removed)

	s := u.s
	s.sink, s.rendered = nil, nil
	snap := &goodBuild{
		state:     s,
		loadDiags: u.loadDiags,
		read:      u.read,
		renders:   u.renders,
		byFile:    map[string]*content.Page{},
		planned:   make(map[string]index.Output, len(s.plan)),
		outputs:   outputs,
		patched:   u.patched,
	}
	for _, p := range s.content.All() {
		if !p.Synthetic {
			snap.byFile[p.File] = p
		}
	}
	for _, o := range s.plan {
		snap.planned[o.Path] = o
	}
	c := u.cache
	c.mu.Lock()
	c.good = snap
	for _, f := range u.dirty {
		delete(c.dirty, f)
	}
	c.mu.Unlock()
	return delta
}

// Preview renders the pages of the changed files (and of files changed
// since the last good build) against the last good build, without the rest
// of the site: an edited page's own output, ready in milliseconds. Lists,
// neighbours and feeds that show the page are left to Update, which also
// corrects anything the preview could not know. Only edits that keep a
// page's kind and URL path are previewed; the result holds the outputs whose
// bytes differ from the last good build, and is empty when there are none
// or when a page has problems (Update reports them).
func (c *Cache) Preview(changed []string) map[string][]byte {
	c.mu.Lock()
	good := c.good
	files := maps.Clone(c.dirty)
	c.mu.Unlock()
	for _, f := range changed {
		files[f] = true
	}
	if good == nil {
		return nil
	}
	gs := good.state
	opts := content.Options{Drafts: c.opts.Drafts, Now: c.opts.Now}
	var plan []index.Output
	for _, file := range slices.Sorted(maps.Keys(files)) {
		old := good.byFile[file]
		if old == nil || old.Kind != content.KindSingle {
			continue
		}
		sub, list, err := loadOne(c.fsys, &gs.cfg, opts, file)
		if err != nil || list.HasErrors(false) || len(sub.Pages) != 1 || sub.Pages[0].Path != old.Path {
			continue
		}
		np := sub.Pages[0]
		md := &state{cfg: gs.cfg, opts: c.opts, min: c.min, urls: gs.urls, md: gs.md, links: gs.links}
		var mdList diag.List
		r := md.renderPage(np, &mdList)
		if mdList.HasErrors(false) {
			continue
		}
		oldPage := gs.site.PageByPath(old.Path)
		o, ok := good.planned[old.Path+"index.html"]
		if oldPage == nil || !ok || o.View == nil || o.View.Page != oldPage {
			continue
		}
		// Summary and breadcrumbs come from the index package itself, on a
		// site of the home page, the sections and this page.
		mini := index.Assemble(&gs.cfg, &content.Site{Home: gs.content.Home, Sections: gs.content.Sections, Pages: []*content.Page{np}}, map[*content.Page]index.Rendered{np: r})
		fresh := *oldPage
		fresh.Page, fresh.Rendered = np, r
		if m := mini.PageByPath(np.Path); m != nil {
			fresh.Summary, fresh.Breadcrumbs = m.Summary, m.Breadcrumbs
		}
		view := *o.View
		view.Page = &fresh
		o.View = &view
		plan = append(plan, o)
	}
	if len(plan) == 0 {
		return nil
	}
	mem := output.NewMem()
	rs := &state{fsys: c.fsys, opts: c.opts, sink: mem, diags: &diag.List{}, min: c.min, theme: gs.theme, plan: plan, result: &Result{}}
	rs.render()
	if rs.diags.HasErrors(false) {
		return nil
	}
	out := map[string][]byte{}
	for name, data := range mem.Files() {
		if !bytes.Equal(good.outputs[name], data) {
			out[name] = data
		}
	}
	return out
}

// sharingSink keeps outputs in memory, storing the last good build's slice
// for a file whose bytes did not change, so the fresh copy is garbage at
// once and an update holds one copy of the site rather than two.
type sharingSink struct {
	*output.Mem
	prev map[string][]byte
}

func (s *sharingSink) Write(name string, data []byte) error {
	if old, ok := s.prev[name]; ok && bytes.Equal(old, data) {
		data = old
	}
	return s.Mem.Write(name, data)
}

func (s *sharingSink) Copy(name string, fsys fs.FS, src string) error {
	data, err := fs.ReadFile(fsys, src)
	if err != nil {
		return err
	}
	return s.Write(name, data)
}

// readRecorder notes which files content.Load parses.
type readRecorder struct {
	fs.FS
	mu   sync.Mutex
	read map[string]bool
}

func (r *readRecorder) ReadFile(name string) ([]byte, error) {
	r.mu.Lock()
	r.read[name] = true
	r.mu.Unlock()
	return fs.ReadFile(r.FS, name)
}

func (r *readRecorder) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(r.FS, name) }

func (r *readRecorder) Stat(name string) (fs.FileInfo, error) { return fs.Stat(r.FS, name) }
