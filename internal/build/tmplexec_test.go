package build

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"testing"
)

// Pages rendered by tmplexec are the pages html/template renders, byte for
// byte, on every test site, the example site and the Hugo-equivalent
// layouts, minified or not; and no page needed html/template's help.
func TestTmplexecMatchesHTMLTemplate(t *testing.T) {
	sites := []string{"testdata/sites/basic", "testdata/sites/indexes", "../.."}
	for _, site := range sites {
		for _, minify := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/minify=%v", site, minify), func(t *testing.T) {
				fsys := os.DirFS(site)
				std, _, err := buildMem(t, fsys, Options{Minify: minify, HTMLTemplateOnly: true})
				if err != nil {
					t.Fatal(err)
				}
				fast, res, err := buildMem(t, fsys, Options{Minify: minify})
				if err != nil {
					t.Fatal(err)
				}
				if res.TemplateFallbacks != 0 {
					t.Errorf("%d pages fell back to html/template", res.TemplateFallbacks)
				}
				want, got := std.Files(), fast.Files()
				if !slices.Equal(slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want))) {
					t.Fatalf("the two builds wrote different files")
				}
				for name, data := range want {
					if string(got[name]) != string(data) {
						t.Errorf("%s differs", name)
					}
				}
			})
		}
	}
}
