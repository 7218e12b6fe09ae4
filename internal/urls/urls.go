package urls

import "strings"

// Builder renders site-relative targets as links.
type Builder struct {
	BaseURL  string // "https://host/tthc/" or "/tthc/"
	BasePath string // "/tthc/"
	Relative bool
}

// Path returns the link to target as written in the page at from (both
// site-relative). A target may carry a "#fragment" or "?query".
func (b Builder) Path(from, target string) string {
	target = strings.TrimPrefix(target, "/")
	if !b.Relative {
		return b.BasePath + target
	}
	rest := ""
	if i := strings.IndexAny(target, "#?"); i >= 0 {
		target, rest = target[:i], target[i:]
	}
	if target == "" || strings.HasSuffix(target, "/") {
		target += "index.html"
	}
	depth := strings.Count(dirOf(from), "/")
	return strings.Repeat("../", depth) + target + rest
}

// Abs returns the absolute URL of target.
func (b Builder) Abs(target string) string {
	return b.BaseURL + strings.TrimPrefix(target, "/")
}

// dirOf returns the folder a page at from is written to, ending in "/" (""
// at the root). A page path "a/b/" is written to "a/b/index.html"; a file
// path "a/b.xml" to "a/".
func dirOf(from string) string {
	if from == "" || strings.HasSuffix(from, "/") {
		return from
	}
	if i := strings.LastIndexByte(from, '/'); i >= 0 {
		return from[:i+1]
	}
	return ""
}

// IsExternal reports whether a link leaves the site or needs no rewriting:
// a scheme, a protocol-relative URL, or a bare fragment.
func IsExternal(dest string) bool {
	if strings.HasPrefix(dest, "//") || strings.HasPrefix(dest, "#") {
		return true
	}
	colon := strings.IndexByte(dest, ':')
	if colon <= 0 {
		return false
	}
	slash := strings.IndexAny(dest, "/?#")
	return slash < 0 || colon < slash
}
