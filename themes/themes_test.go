package themes

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

func TestBuiltinFillsMissingTheme(t *testing.T) {
	site := WithBuiltin(fstest.MapFS{"content/a.md": {Data: []byte("x")}})
	if _, err := fs.Stat(site, "themes/default/layouts/_default/baseof.html"); err != nil {
		t.Errorf("built-in theme not visible: %v", err)
	}
	if _, err := fs.ReadFile(site, "content/a.md"); err != nil {
		t.Errorf("site file hidden: %v", err)
	}
	if _, err := fs.Stat(site, "themes/khac/layouts"); err == nil {
		t.Error("unknown theme must not exist")
	}
}

func TestSiteThemeWins(t *testing.T) {
	site := WithBuiltin(fstest.MapFS{"themes/default/layouts/index.html": {Data: []byte("riêng")}})
	data, err := fs.ReadFile(site, "themes/default/layouts/index.html")
	if err != nil || string(data) != "riêng" {
		t.Errorf("got %q, %v", data, err)
	}
	if _, err := fs.Stat(site, "themes/default/layouts/_default/baseof.html"); err == nil {
		t.Error("a site's theme folder is used whole, not merged with the built-in one")
	}
}
