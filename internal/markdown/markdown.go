package markdown

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/motcua/motcua/internal/urls"
	"github.com/motcua/motcua/internal/vntext"
)

// Options configures a Renderer.
type Options struct {
	Unsafe bool // pass raw HTML through
}

// Renderer converts Markdown to HTML.
type Renderer struct {
	md goldmark.Markdown
	// noLinkify is md without GFM's autolinks, for text in which none can
	// occur (mayAutolink); it renders such text exactly as md does.
	noLinkify goldmark.Markdown
}

// New returns a Renderer.
func New(opts Options) *Renderer {
	return newRenderer(opts, textWriter{html.DefaultWriter})
}

// newRenderer is New with the given writer of text.
func newRenderer(opts Options, writer html.Writer) *Renderer {
	rendererOpts := []renderer.Option{html.WithWriter(writer)}
	gfm := []goldmark.Extender{extension.Table, extension.Strikethrough, extension.TaskList, extension.Footnote}
	if opts.Unsafe {
		rendererOpts = append(rendererOpts, html.WithUnsafe())
	} else {
		gfm = append(gfm, EscapeHTML)
	}
	build := func(exts ...goldmark.Extender) goldmark.Markdown {
		return goldmark.New(
			goldmark.WithExtensions(exts...),
			goldmark.WithParserOptions(parser.WithAutoHeadingID()),
			goldmark.WithRendererOptions(rendererOpts...),
		)
	}
	return &Renderer{
		md:        build(append([]goldmark.Extender{extension.Linkify}, gfm...)...),
		noLinkify: build(gfm...),
	}
}

// mayAutolink reports whether src needs the parser with GFM's autolink
// extension. The extension links only text that starts with http:, https:,
// ftp: or www., or an e-mail address; without them it finds nothing at
// each space it is called at, and on Vietnamese prose, with a space every
// few letters, leaving it out saves a seventh of goldmark's time. Its
// calls still split text at spaces, which shows in one place: spaces
// before a line break (goldmark keeps one before <br> when split there).
// Text with a space or tab ending a line keeps the extension too.
// FuzzAutolinkShortcut holds the two parsers to the same output.
func mayAutolink(src []byte) bool {
	return bytes.IndexByte(src, '@') >= 0 || bytes.Contains(src, []byte("www.")) ||
		bytes.Contains(src, []byte("http:")) || bytes.Contains(src, []byte("https:")) || bytes.Contains(src, []byte("ftp:")) ||
		bytes.Contains(src, []byte(" \n")) || bytes.Contains(src, []byte("\t\n")) || bytes.Contains(src, []byte(" \r")) ||
		bytes.Contains(src, []byte("\t\r")) || bytes.HasSuffix(src, []byte(" ")) || bytes.HasSuffix(src, []byte("\t"))
}

// Resolver maps a link destination written in Markdown to the URL to emit.
// ok is false when the destination names nothing on the site.
type Resolver func(dest string) (href string, ok bool)

// Heading is a table-of-contents entry.
type Heading struct {
	Level int
	ID    string
	Text  string
}

// BrokenLink is a destination the resolver did not know.
type BrokenLink struct {
	Dest string
	Line int // 1-based, within the Markdown source
	Col  int
}

// Result is one rendered document.
type Result struct {
	HTML   []byte
	TOC    []Heading
	Broken []BrokenLink
	// Plain is the document's text without markup, blocks separated by
	// newlines: for summaries and search.
	Plain string
}

// Render converts src. A nil resolver leaves links as written.
func (r *Renderer) Render(src []byte, resolve Resolver) (Result, error) {
	ctx := parser.NewContext(parser.WithIDs(newIDs()))
	md := r.md
	if !mayAutolink(src) {
		md = r.noLinkify
	}
	doc := md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	var res Result
	var plain strings.Builder
	plain.Grow(len(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock && plain.Len() > 0 {
				plain.WriteByte('\n')
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			plain.Write(n.Segment.Value(src))
			if n.SoftLineBreak() || n.HardLineBreak() {
				plain.WriteByte(' ')
			}
		case *ast.String:
			plain.Write(n.Value)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			for i := range n.Lines().Len() {
				seg := n.Lines().At(i)
				plain.Write(seg.Value(src))
			}
		case *ast.Heading:
			if n.Level == 2 || n.Level == 3 {
				id, _ := n.AttributeString("id")
				idBytes, _ := id.([]byte)
				res.TOC = append(res.TOC, Heading{Level: n.Level, ID: string(idBytes), Text: plainText(n, src)})
			}
		case *ast.Link:
			n.Destination = res.resolve(n.Destination, n, src, resolve)
		case *ast.Image:
			n.Destination = res.resolve(n.Destination, n, src, resolve)
		}
		return ast.WalkContinue, nil
	})
	var buf bytes.Buffer
	buf.Grow(len(src) + len(src)/4)
	if err := md.Renderer().Render(bufferWriter{&buf}, src, doc); err != nil {
		return res, err
	}
	res.HTML = buf.Bytes()
	res.Plain = plain.String()
	return res, nil
}

// RenderInline converts a short Markdown string (a procedure step, a
// summary) and drops the paragraph wrapper when the result is one paragraph.
func (r *Renderer) RenderInline(src string, resolve Resolver) ([]byte, []BrokenLink, error) {
	res, err := r.Render([]byte(src), resolve)
	if err != nil {
		return nil, nil, err
	}
	out := bytes.TrimSpace(res.HTML)
	if bytes.HasPrefix(out, []byte("<p>")) && bytes.HasSuffix(out, []byte("</p>")) &&
		bytes.Count(out, []byte("<p>")) == 1 {
		out = out[3 : len(out)-4]
	}
	return out, res.Broken, nil
}

func (res *Result) resolve(dest []byte, n ast.Node, src []byte, resolve Resolver) []byte {
	if resolve == nil || len(dest) == 0 || urls.IsExternal(string(dest)) {
		return dest
	}
	href, ok := resolve(string(dest))
	if !ok {
		line, col := position(n, src)
		res.Broken = append(res.Broken, BrokenLink{Dest: string(dest), Line: line, Col: col})
		return dest
	}
	return []byte(href)
}

// position finds the line and column of an inline node from the first text
// segment beneath it; links carry no position of their own.
func position(n ast.Node, src []byte) (int, int) {
	offset := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			offset = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if offset < 0 {
		for p := n.Parent(); p != nil; p = p.Parent() {
			if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
				offset = p.Lines().At(0).Start
				break
			}
		}
	}
	if offset < 0 {
		return 1, 1
	}
	line := 1 + bytes.Count(src[:offset], []byte("\n"))
	// Columns count characters, as editors do, not bytes.
	col := 1 + utf8.RuneCount(src[bytes.LastIndexByte(src[:offset], '\n')+1:offset])
	// Point at the opening bracket rather than the link text.
	return line, max(col-1, 1)
}

func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		}
		// A code span's text is in Text children, like any other inline's:
		// asking an inline node for its lines panics.
		return ast.WalkContinue, nil
	})
	return b.String()
}

// ids generates Vietnamese-slug heading anchors, unique per document.
type ids struct{ used map[string]bool }

func newIDs() *ids { return &ids{used: map[string]bool{}} }

func (s *ids) Generate(value []byte, _ ast.NodeKind) []byte {
	base := vntext.Slug(string(value))
	if base == "" {
		base = "muc"
	}
	id := base
	for n := 1; s.used[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	s.used[id] = true
	return []byte(id)
}

func (s *ids) Put(value []byte) { s.used[string(value)] = true }

// EscapeHTML is the extension that shows raw HTML as text.
var EscapeHTML goldmark.Extender = escapeHTML{}

type escapeHTML struct{}

func (escapeHTML) Extend(m goldmark.Markdown) {
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(escapeHTMLRenderer{}, 100)))
}

type escapeHTMLRenderer struct{}

func (escapeHTMLRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, func(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			segs := node.(*ast.RawHTML).Segments
			for i := range segs.Len() {
				seg := segs.At(i)
				w.Write(util.EscapeHTML(seg.Value(src)))
			}
		}
		return ast.WalkSkipChildren, nil
	})
	reg.Register(ast.KindHTMLBlock, func(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
		n := node.(*ast.HTMLBlock)
		if !entering {
			return ast.WalkContinue, nil
		}
		w.WriteString("<p>")
		for i := range n.Lines().Len() {
			seg := n.Lines().At(i)
			w.Write(util.EscapeHTML(seg.Value(src)))
		}
		if n.HasClosure() {
			w.Write(util.EscapeHTML(n.ClosureLine.Value(src)))
		}
		w.WriteString("</p>\n")
		return ast.WalkContinue, nil
	})
}

// bufferWriter lets goldmark write straight into a bytes.Buffer. Given a
// plain io.Writer, goldmark puts a new 4 KB bufio.Writer in front of it for
// every body and every inline field: at 10,000 pages, 170 MB allocated and
// cleared for nothing.
type bufferWriter struct{ *bytes.Buffer }

func (bufferWriter) Buffered() int { return 0 }
func (bufferWriter) Flush() error  { return nil }
