package themes

import (
	"embed"
	"io/fs"
	"strings"
)

//go:embed all:default
var builtin embed.FS

// Names lists the built-in themes.
func Names() []string { return []string{"default"} }

// WithBuiltin returns site with the built-in themes visible under themes/
// wherever the site has no theme folder of the same name.
func WithBuiltin(site fs.FS) fs.FS { return overlay{site: site} }

type overlay struct{ site fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	if theme, ok := builtinTheme(name); ok {
		if _, err := fs.Stat(o.site, "themes/"+theme); err != nil {
			return builtin.Open(strings.TrimPrefix(name, "themes/"))
		}
	}
	return o.site.Open(name)
}

// builtinTheme reports which built-in theme a path lies in.
func builtinTheme(name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, "themes/")
	if !ok {
		return "", false
	}
	theme, _, _ := strings.Cut(rest, "/")
	for _, n := range Names() {
		if n == theme {
			return theme, true
		}
	}
	return "", false
}
