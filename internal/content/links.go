package content

import (
	"net/url"
	"path"
	"strings"
)

// Links knows every target a link inside the site may name: page URL
// paths, content files (so "../ho-tich/x.md" works), bundle resources and
// plain files.
type Links struct {
	paths  map[string]bool   // site-relative URL paths of pages and files
	byFile map[string]string // content-relative .md file → page path
}

// NewLinks indexes the site; extraFiles are site-relative paths of files
// published from static/ folders.
func NewLinks(s *Site, extraFiles []string) *Links {
	l := &Links{paths: map[string]bool{}, byFile: map[string]string{}}
	for _, p := range s.All() {
		l.paths[p.Path] = true
		l.byFile[strings.TrimPrefix(p.File, Root+"/")] = p.Path
		for _, r := range p.Resources {
			l.paths[p.Path+r] = true
		}
	}
	for _, f := range s.Files {
		l.paths[f] = true
	}
	for _, u := range s.Unparsed {
		l.paths[u.Path] = true
		l.byFile[u.File] = u.Path
	}
	for _, f := range extraFiles {
		l.paths[strings.TrimPrefix(f, "/")] = true
	}
	return l
}

// Add records one more published path (generated pages such as term lists).
func (l *Links) Add(p string) { l.paths[strings.TrimPrefix(p, "/")] = true }

// Has reports whether a site-relative path is published.
func (l *Links) Has(p string) bool { return l.paths[strings.TrimPrefix(p, "/")] }

// Resolve maps a destination written in from's Markdown to a site-relative
// target, keeping any "#fragment" or "?query". ok is false when it names
// nothing on the site. Paths that climb above the site root never resolve.
func (l *Links) Resolve(from *Page, dest string) (string, bool) {
	target, rest := dest, ""
	if i := strings.IndexAny(target, "?#"); i >= 0 {
		target, rest = target[:i], target[i:]
	}
	if unescaped, err := url.PathUnescape(target); err == nil {
		target = unescaped
	}
	if target == "" {
		return dest, true
	}
	var site string
	if strings.HasPrefix(target, "/") {
		site = path.Clean(target)
	} else {
		base := strings.TrimPrefix(path.Dir(from.File), Root)
		site = path.Join("/", base, target)
		if strings.HasSuffix(target, ".md") {
			if p, ok := l.byFile[strings.TrimPrefix(site, "/")]; ok {
				return p + rest, true
			}
			return "", false
		}
		// Bundle resources and relative page links resolve against the
		// page's own URL, as a browser would.
		if rel := path.Join("/", from.Path, target); l.lookup(rel, target) != "" {
			return l.lookup(rel, target) + rest, true
		}
	}
	if strings.HasPrefix(target, "../") && strings.HasPrefix(path.Clean(path.Join("/"+from.Path, target)), "/..") {
		return "", false
	}
	if found := l.lookup(site, target); found != "" || site == "/" {
		return found + rest, true
	}
	return "", false
}

// lookup finds a cleaned absolute path among pages (with or without the
// trailing slash) and files.
func (l *Links) lookup(clean, written string) string {
	p := strings.TrimPrefix(clean, "/")
	if p == "" {
		return ""
	}
	if l.paths[p] {
		return p
	}
	if l.paths[p+"/"] {
		return p + "/"
	}
	if strings.HasSuffix(written, "/index.html") && l.paths[strings.TrimSuffix(p, "index.html")] {
		return strings.TrimSuffix(p, "index.html")
	}
	return ""
}
