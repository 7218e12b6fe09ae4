package theme

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"gopkg.in/yaml.v3"

	"github.com/motcua/motcua/internal/decode"
	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/index"
	"github.com/motcua/motcua/internal/markdown"
	"github.com/motcua/motcua/internal/tmplexec"
)

// Options configures Load.
type Options struct {
	FS       fs.FS  // the site root
	Name     string // theme folder under themes/
	Lang     string // "vi" or "en"
	Markdown *markdown.Renderer
	// Minify shrinks CSS and JS before hashing; nil leaves them as written.
	Minify func(mediaType string, data []byte) ([]byte, error)
	// MinifyTemplate shrinks an HTML template's source, keeping its
	// actions; with it, pages come out minified (see Minified).
	MinifyTemplate func(src []byte) ([]byte, error)
	// FileSize reports the size of a published file, for fileInfo.
	FileSize func(sitePath string) (int64, bool)
	// HTMLTemplateOnly executes every page with html/template itself,
	// not tmplexec; tests compare the two.
	HTMLTemplateOnly bool
}

// Theme is a parsed theme, ready to execute.
type Theme struct {
	pages map[string]*template.Template
	// asWritten holds the page templates parsed from the sources as
	// written when pages were parsed from minified ones, to report an
	// execution error at the right line.
	asWritten map[string]*template.Template
	sources   map[string]string // template name → site-relative file, for errors
	assets    map[string]string // "css/site.css" → "css/site.1a2b3c4d.css"
	strings   map[string]string
	// partials holds the shared templates (partials and the base layout)
	// that partialCached executes; cached keeps their output for the
	// build, keyed by name and variant.
	partials *template.Template
	cached   sync.Map
	dryRun   bool // foldStrings is running templates with nil data
	// programs run page templates faster than html/template, printing the
	// same bytes (package tmplexec); a page whose program fails is run
	// again by html/template, which prints it or reports the error.
	programs map[string]*tmplexec.Program
	// partialPrograms run the shared templates for partialCached.
	partialPrograms map[string]*tmplexec.Program
	// escapeFailed names the pages, and sharedEscapeFailed the shared
	// templates, that html/template could not escape.
	escapeFailed, sharedEscapeFailed map[string]bool
	fallbacks                        atomic.Int64 // pages whose program failed
	// Static lists the files the theme and site publish from static/.
	Static []index.Output
}

func (o Options) layers() []string {
	return []string{"themes/" + o.Name, "."}
}

// Load parses templates, reads UI strings and prepares static assets.
func Load(opts Options, list *diag.List) *Theme {
	t := &Theme{pages: map[string]*template.Template{}, sources: map[string]string{}, assets: map[string]string{}, strings: map[string]string{},
		programs: map[string]*tmplexec.Program{}, partialPrograms: map[string]*tmplexec.Program{},
		escapeFailed: map[string]bool{}, sharedEscapeFailed: map[string]bool{}}
	if _, err := fs.Stat(opts.FS, "themes/"+opts.Name); err != nil {
		list.Errorf("site.yaml", diag.Pos{}, "theme", "config.theme", opts.Name)
		return t
	}
	t.loadStrings(opts, list)
	t.loadStatic(opts, list)
	t.parse(opts, list)
	t.foldStrings()
	if !opts.HTMLTemplateOnly {
		t.compile(opts)
	}
	return t
}

// compile prepares a tmplexec program for every page template that
// html/template escaped without error; the others stay with html/template.
func (t *Theme) compile(opts Options) {
	rt, err := tmplexec.New(t.funcs(opts), hotMethods()...)
	if err != nil {
		panic("theme: " + err.Error()) // hotMethods is wrong; TestHotMethods catches it
	}
	for _, name := range slices.Sorted(maps.Keys(t.pages)) {
		if t.escapeFailed[name] {
			continue
		}
		if prog, err := rt.Compile(t.pages[name]); err == nil {
			t.programs[name] = prog
		}
	}
	for _, shared := range t.partials.Templates() {
		if shared.Tree == nil || t.sharedEscapeFailed[shared.Name()] {
			continue
		}
		if prog, err := rt.Compile(shared); err == nil {
			t.partialPrograms[shared.Name()] = prog
		}
	}
}

// files collects dir's files over the layers; later layers override.
func files(fsys fs.FS, roots []string, dir string) map[string]string {
	found := map[string]string{}
	for _, root := range roots {
		base := path.Join(root, dir)
		_ = fs.WalkDir(fsys, base, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".") {
				return nil
			}
			found[strings.TrimPrefix(p, base+"/")] = p
			return nil
		})
	}
	return found
}

func (t *Theme) loadStrings(opts Options, list *diag.List) {
	dec := decode.New()
	for _, root := range opts.layers() {
		file := path.Join(root, "i18n", opts.Lang+".yaml")
		src, err := fs.ReadFile(opts.FS, file)
		if err != nil {
			continue
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(src, &doc); err != nil {
			list.Errorf(file, diag.Pos{Line: 1, Col: 1}, "", "fm.syntax", "YAML", err.Error())
			continue
		}
		var layerStrings map[string]string
		for _, p := range dec.Decode(&doc, &layerStrings, 0) {
			list.Add(diag.Diagnostic{File: file, Pos: p.Pos, Field: p.Field, Key: p.Msg.Key, Args: p.Msg.Args})
		}
		for k, v := range layerStrings {
			t.strings[k] = v
		}
	}
}

func (t *Theme) loadStatic(opts Options, list *diag.List) {
	static := files(opts.FS, opts.layers(), "static")
	for _, rel := range slices.Sorted(maps.Keys(static)) {
		src := static[rel]
		ext := path.Ext(rel)
		media := map[string]string{".css": "text/css", ".js": "application/javascript"}[ext]
		if media == "" || strings.HasSuffix(rel, ".test.js") || strings.HasSuffix(rel, ".mjs") {
			if !strings.HasSuffix(rel, ".test.js") && !strings.HasSuffix(rel, ".test.mjs") {
				t.Static = append(t.Static, index.Output{Path: rel, Source: src})
			}
			continue
		}
		data, err := fs.ReadFile(opts.FS, src)
		if err != nil {
			list.Errorf(src, diag.Pos{}, "", "read.failed", err.Error())
			continue
		}
		if opts.Minify != nil {
			if small, err := opts.Minify(media, data); err == nil {
				data = small
			} else {
				list.Errorf(src, diag.Pos{}, "", "output.minify", src, err.Error())
			}
		}
		sum := sha256.Sum256(data)
		hashed := strings.TrimSuffix(rel, ext) + "." + hex.EncodeToString(sum[:4]) + ext
		t.assets[rel] = hashed
		t.Static = append(t.Static, index.Output{Path: hashed, Data: data})
	}
}

var templateLine = regexp.MustCompile(`template: [^:]*:(\d+)(?::(\d+))?: (.*)`)

func (t *Theme) parse(opts Options, list *diag.List) {
	layouts := files(opts.FS, opts.layers(), "layouts")
	report := func(name string, err error) {
		file := layouts[name]
		pos := diag.Pos{}
		msg := err.Error()
		if m := templateLine.FindStringSubmatch(msg); m != nil {
			pos.Line, _ = strconv.Atoi(m[1])
			if m[2] != "" {
				pos.Col, _ = strconv.Atoi(m[2])
			}
			msg = m[3]
		}
		list.Errorf(file, pos, "", "template.parse", msg)
	}
	sources := map[string]string{}
	for _, name := range slices.Sorted(maps.Keys(layouts)) {
		file := layouts[name]
		if !strings.HasSuffix(name, ".html") && !strings.HasSuffix(name, ".xml") {
			continue
		}
		src, err := fs.ReadFile(opts.FS, file)
		if err != nil {
			list.Errorf(file, diag.Pos{}, "", "read.failed", err.Error())
			continue
		}
		sources[name] = string(src)
	}
	for name := range sources {
		t.sources[name] = layouts[name]
	}
	funcs := t.funcs(opts)
	failed := false
	reportFailure := func(name string, err error) {
		failed = true
		report(name, err)
	}
	if opts.MinifyTemplate == nil {
		t.pages, t.partials = parseSet(funcs, sources, reportFailure)
		return
	}
	// The published pages come from minified templates, so pages need no
	// minifying of their own. The sources as written are parsed too, to
	// report an execution error at the line the theme author sees; their
	// partialCached runs the partial as written, uncached.
	asWrittenFuncs := maps.Clone(funcs)
	var asWrittenPartials *template.Template
	asWrittenFuncs["partialCached"] = func(name string, data any, _ ...any) (template.HTML, error) {
		return executePartial(asWrittenPartials, name, data)
	}
	t.asWritten, asWrittenPartials = parseSet(asWrittenFuncs, sources, reportFailure)
	if failed {
		t.pages, t.partials, t.asWritten = t.asWritten, asWrittenPartials, nil
		return
	}
	small := maps.Clone(sources)
	for name, src := range sources {
		if strings.HasSuffix(name, ".html") {
			if min, err := opts.MinifyTemplate([]byte(src)); err == nil {
				small[name] = string(min)
			}
		}
	}
	t.pages, t.partials = parseSet(funcs, small, func(string, error) { failed = true })
	if failed {
		// The minifier broke a template that parses as written: publish
		// from the sources as written, minifying each page instead.
		t.asWritten = nil
		t.pages, t.partials = parseSet(funcs, sources, func(string, error) {})
	}
}

// parseSet parses layouts: the base layout and partials into one set,
// cloned for every page template.
func parseSet(funcs template.FuncMap, sources map[string]string, report func(name string, err error)) (map[string]*template.Template, *template.Template) {
	base := template.New("").Funcs(funcs)
	pages := map[string]*template.Template{}
	var pageNames []string
	for _, name := range slices.Sorted(maps.Keys(sources)) {
		if name != "_default/baseof.html" && !strings.HasPrefix(name, "partials/") {
			pageNames = append(pageNames, name)
			continue
		}
		if _, err := base.New(name).Parse(sources[name]); err != nil {
			report(name, err)
		}
	}
	for _, name := range pageNames {
		src := sources[name]
		clone, err := base.Clone()
		if err != nil {
			report(name, err)
			continue
		}
		if _, err := clone.New(name).Parse(src); err != nil {
			report(name, err)
			continue
		}
		entry := name
		if strings.HasPrefix(strings.TrimSpace(src), "{{ define") || strings.HasPrefix(strings.TrimSpace(src), "{{define") || strings.HasPrefix(strings.TrimSpace(src), "{{- define") {
			entry = "_default/baseof.html"
		}
		page := clone.Lookup(entry)
		if page == nil {
			report(name, fmt.Errorf("%s fills the blocks of %s, which the theme lacks", name, entry))
			continue
		}
		pages[name] = page
	}
	return pages, base
}

// Candidates returns the template names tried for v, in order.
func Candidates(v *index.View) []string {
	p := v.Page
	switch v.Kind {
	case "single":
		var c []string
		if p.Layout != "" && p.Section != "" {
			c = append(c, p.Section+"/"+p.Layout+".html")
		}
		if p.Section != "" {
			c = append(c, p.Section+"/single.html")
		}
		return append(c, string(p.Type)+"/single.html", "_default/single.html")
	case "section":
		return []string{p.Section + "/list.html", string(p.Type) + "/list.html", "_default/list.html"}
	case "home":
		return []string{"index.html", "_default/home.html", "_default/list.html"}
	}
	return []string{v.Kind + ".html", "_default/" + v.Kind + ".html"}
}

// ErrNoTemplate is returned when no candidate template exists.
var ErrNoTemplate = errors.New("no template")

// Lookup returns the name of the template that renders v.
func (t *Theme) Lookup(v *index.View) (string, error) {
	tried := Candidates(v)
	for _, name := range tried {
		if _, ok := t.pages[name]; ok {
			return name, nil
		}
	}
	return "", diag.Msg("template.missing", strings.Join(tried, ", "))
}

// Execute renders v into w and returns the template used.
func (t *Theme) Execute(w io.Writer, v *index.View) (string, error) {
	name, err := t.Lookup(v)
	if err != nil {
		return "", err
	}
	if prog := t.programs[name]; prog != nil {
		if t.executeProgram(prog, w, v) {
			return name, nil
		}
		t.fallbacks.Add(1)
	}
	if err := t.pages[name].Execute(w, v); err != nil {
		if page := t.asWritten[name]; page != nil {
			if again := page.Execute(io.Discard, v); again != nil {
				err = again
			}
		}
		return name, diag.Msg("template.execute", t.sources[name], cleanExecError(err))
	}
	return name, nil
}

// executeProgram runs prog into w and reports whether it succeeded; on
// failure w is as it was, for html/template to run the page.
func (t *Theme) executeProgram(prog *tmplexec.Program, w io.Writer, v *index.View) bool {
	if buf, ok := w.(*bytes.Buffer); ok {
		n := buf.Len()
		if prog.Execute(buf, v) == nil {
			return true
		}
		buf.Truncate(n)
		return false
	}
	var buf bytes.Buffer
	if prog.Execute(&buf, v) != nil {
		return false
	}
	_, err := w.Write(buf.Bytes())
	return err == nil
}

// Fallbacks counts the pages and partialCached partials of this build that
// html/template ran because their tmplexec program failed: a page with an
// error, or a template reaching something tmplexec leaves to html/template.
func (t *Theme) Fallbacks() int { return int(t.fallbacks.Load()) }

// Minified reports whether HTML pages come from minified templates, so
// that the build need not minify them again.
func (t *Theme) Minified() bool { return t.asWritten != nil }

// PartialCached executes the partial name with data the first time a
// (name, variant) pair is asked for in this build and returns the same
// HTML for every later call. The variant must name everything the
// partial's output depends on besides site-wide data: the header of a
// theme whose links are relative, for instance, differs by the page's
// depth, so (.URL "") belongs in its variant.
//
// Data that knows what it varies by (a PageRef: the page and the links'
// base) needs no variant; asking for it in the template would cost two
// reflective calls per list entry.
func (t *Theme) PartialCached(name string, data any, variant ...any) (template.HTML, error) {
	if t.dryRun {
		return "", nil
	}
	var key strings.Builder
	key.WriteString(name)
	if k, ok := data.(interface{ CacheKey() string }); ok && len(variant) == 0 {
		key.WriteByte(0)
		key.WriteString(k.CacheKey())
	}
	for _, v := range variant {
		key.WriteByte(0)
		if s, ok := v.(string); ok {
			key.WriteString(s)
		} else {
			fmt.Fprint(&key, v)
		}
	}
	if html, ok := t.cached.Load(key.String()); ok {
		return html.(template.HTML), nil
	}
	html, err := t.runPartial(name, data)
	if err != nil {
		return "", err
	}
	stored, _ := t.cached.LoadOrStore(key.String(), html)
	return stored.(template.HTML), nil
}

// runPartial executes a shared template through its tmplexec program, or
// html/template when there is none or it fails.
func (t *Theme) runPartial(name string, data any) (template.HTML, error) {
	if prog := t.partialPrograms[name]; prog != nil {
		var buf strings.Builder
		if prog.Execute(&buf, data) == nil {
			return template.HTML(buf.String()), nil
		}
		t.fallbacks.Add(1)
	}
	return executePartial(t.partials, name, data)
}

func executePartial(set *template.Template, name string, data any) (template.HTML, error) {
	partial := set.Lookup(name)
	if partial == nil {
		return "", fmt.Errorf("partialCached: no template %q", name)
	}
	var buf strings.Builder
	err := partial.Execute(&buf, data)
	return template.HTML(buf.String()), err
}

func cleanExecError(err error) string {
	msg := err.Error()
	return strings.TrimPrefix(msg, "template: ")
}

// Asset returns the published path of a static asset.
func (t *Theme) Asset(rel string) string {
	if hashed, ok := t.assets[strings.TrimPrefix(rel, "/")]; ok {
		return hashed
	}
	return strings.TrimPrefix(rel, "/")
}

// T looks up a UI string; a missing key renders as the key, so it shows.
func (t *Theme) T(key string, args ...string) string {
	s, ok := t.strings[key]
	if !ok {
		return key
	}
	for i, a := range args {
		s = strings.ReplaceAll(s, "{"+strconv.Itoa(i+1)+"}", a)
	}
	return s
}
