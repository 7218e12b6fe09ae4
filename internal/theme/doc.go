// Package theme owns templates, UI strings and static assets.
//
// A theme is a folder themes/<name>/ with layouts/ (html/template files),
// static/ (CSS, JS, images) and i18n/ (vi.yaml, en.yaml: UI strings). A
// site's own layouts/, static/ and i18n/ override the theme's file by file.
//
// Templates are parsed once per build. Load then runs each one with nil data
// so html/template settles its escaping, and replaces every {{ T "key" }}
// with literal arguments in HTML text or a quoted attribute by its escaped
// text (fold.go): the output is the same, minus a fifth of the procedure
// page's reflection calls. Every page template and shared template that
// html/template escaped without error is then compiled by tmplexec, which
// runs pages and partialCached partials printing html/template's bytes;
// when a program fails, html/template runs the page again and reports
// (Fallbacks counts these). When the build minifies, HTML templates are
// minified as source (their actions left alone) and pages executed from
// them are written as they come out; they are parsed a second time as
// written, to report an execution error at the line the author sees.
//
// layouts/_default/baseof.html is the base layout and layouts/partials/*.html
// are partials, called as {{ template "partials/header.html" . }}. Every
// other file is a page template; one that starts with {{ define ... }} fills
// the base layout's blocks, any other is executed on its own.
//
// Lookup order, first match wins (at most five candidates):
//
//	single page: <section>/<layout>.html, <section>/single.html,
//	             <type>/single.html, _default/single.html
//	section:     <section>/list.html, <type>/list.html, _default/list.html
//	home:        index.html, _default/home.html, _default/list.html
//	other kinds: <kind>.html, _default/<kind>.html (search, 404, terms, ...)
//
// where <section> is the page's top-level content folder and <type> its
// content type.
//
// Static CSS and JS files are minified (when the build minifies) and given
// content-hashed names (css/site.css → css/site.1a2b3c4d.css) so they can be
// cached forever; templates reach them through the asset function. Other
// static files keep their names.
//
// Template functions (all site-wide; per-page links are View methods such
// as .URL):
//
//	T key [args]        UI string in the site language ({1} placeholders)
//	partialCached name data variant...
//	                    the partial's HTML, executed once per build for each
//	                    (name, variant); the variant names what the output
//	                    depends on besides site-wide data, (.URL "") at least
//	asset path          hashed site-relative path of a static asset
//	dateLong t          "ngày 15 tháng 3 năm 2025"
//	dateShort t         "15/03/2025"
//	monthYear t         "tháng 3 năm 2025"
//	isoDate t           "2025-03-15"
//	markdownify s       Markdown to HTML, one paragraph unwrapped
//	plainify html       text without tags
//	truncate n s        at most n characters, cut at a word, with "…"
//	slug s              Vietnamese URL slug
//	limit n pages       the first n pages
//	add a b, sub a b    integer arithmetic
//	fileInfo path       extension and human size of a published file
//	hasPrefix s p       strings.HasPrefix
//	href view target    link from view to a site path, or an external URL as is
//	resource page ref   site path of a front-matter file reference (form, image):
//	                    bundle file, /static path, or URL
//	isExternal s        s is a URL with a scheme (or //host, #fragment)
//	withPage view page  a PageRef{View, Page} to hand one page to a partial
//	withPages view ps   a PageList{View, Pages} to hand pages to a partial
//	withDocument view d a DocumentRef{View, Doc} for one dossier item
//	pageNumbers pager   the entries of a pagination bar, with gaps
//	telURL number       "tel:" link from a phone number with spaces or dots
//	province texts...   "Tỉnh X" / "Thành phố X" from the first text naming one
package theme
