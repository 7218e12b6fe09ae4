package build

import (
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/output"
)

var assetHash = regexp.MustCompile(`\.[0-9a-f]{8}\.(css|js)\b`)

// Pages executed from minified templates are not minified again. They
// must say what minifying the unminified page says: minifying both gives
// the same bytes.
func TestMinifiedTemplatesMatchMinifiedPages(t *testing.T) {
	for _, site := range []string{"testdata/sites/basic", "testdata/sites/indexes", "../.."} {
		t.Run(site, func(t *testing.T) {
			fsys := os.DirFS(site)
			plain, _, err := buildMem(t, fsys, Options{})
			if err != nil {
				t.Fatal(err)
			}
			small, _, err := buildMem(t, fsys, Options{Minify: true})
			if err != nil {
				t.Fatal(err)
			}
			m := output.NewMinifier()
			pages := 0
			for _, name := range slices.Sorted(maps.Keys(plain.Files())) {
				if !strings.HasSuffix(name, ".html") {
					continue
				}
				pages++
				// Unminified builds hash unminified CSS and JS.
				want, err := m.Minify("text/html", assetHash.ReplaceAll(plain.Files()[name], []byte(".$1")))
				if err != nil {
					t.Fatal(err)
				}
				got, err := m.Minify("text/html", assetHash.ReplaceAll(small.Files()[name], []byte(".$1")))
				if err != nil {
					t.Fatal(err)
				}
				if string(got) != string(want) {
					t.Errorf("%s: the page from minified templates says something else", name)
				}
				// What stays is the whitespace between actions and inside
				// scripts that hold actions: a few bytes, not a page.
				if len(small.Files()[name]) > len(want)*105/100+200 {
					t.Errorf("%s: %d bytes, well over the fully minified %d", name, len(small.Files()[name]), len(want))
				}
			}
			if pages < 10 {
				t.Fatalf("only %d pages compared", pages)
			}
		})
	}
}

// An execution error in a minified template is reported at its line in
// the file as written, not in the minified copy (which is one line).
func TestMinifiedTemplateErrorKeepsLine(t *testing.T) {
	fsys := fstest.MapFS{
		"site.yaml":                 {Data: []byte("title: Thử\nbase_url: https://tthc.example.vn/\n")},
		"content/_index.md":         {Data: []byte("---\ntitle: Trang chủ\n---\n")},
		"content/thu-tuc/_index.md": {Data: []byte("---\ntitle: Thủ tục\n---\n")},
		"content/thu-tuc/a.md":      {Data: []byte(procedure("Thủ tục A", "1.000001", "", "Nội dung."))},
	}
	addTheme(fsys)
	fsys["themes/default/layouts/_default/single.html"] = &fstest.MapFile{Data: []byte("<!doctype html>\n<div>\n  <p>\n    {{ .Page.Title }}\n  </p>\n  <p>{{ .Page.NoSuchField }}</p>\n</div>\n")}
	wantExecError(t, fsys, "single.html:6:")

	// The same inside a partial executed through partialCached.
	fsys["themes/default/layouts/_default/single.html"] = &fstest.MapFile{Data: []byte("<!doctype html>\n<p>{{ partialCached \"partials/x.html\" . }}</p>\n")}
	fsys["themes/default/layouts/partials/x.html"] = &fstest.MapFile{Data: []byte("<div>\n  <p>\n    {{ .Page.Title }}\n  </p>\n  <p>{{ .Page.NoSuchField }}</p>\n</div>\n")}
	wantExecError(t, fsys, "x.html:5:")
}

func wantExecError(t *testing.T, fsys fstest.MapFS, where string) {
	t.Helper()
	_, _, err := buildMem(t, fsys, Options{Minify: true})
	if err == nil {
		t.Fatal("the build succeeded")
	}
	var found bool
	for _, d := range err.(*diag.Problems).List.Items() {
		if d.Key == "template.execute" {
			found = true
			if msg := strings.Join(d.Args, " "); !strings.Contains(msg, where) {
				t.Errorf("error %q does not point at %s", msg, where)
			}
		}
	}
	if !found {
		t.Errorf("no template.execute error in %v", err)
	}
}
