package build

import (
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"
)

// bench/compare.sh builds every generated site with bench/hugo-equivalent
// as well; this keeps those layouts building as the page model changes.
func TestHugoEquivalentLayoutsBuild(t *testing.T) {
	site := fstest.MapFS{}
	copyTree := func(from, to string) {
		err := fs.WalkDir(os.DirFS(from), ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(path.Join(from, p))
			site[path.Join(to, p)] = &fstest.MapFile{Data: data}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	copyTree("testdata/sites/indexes/content", "content")
	copyTree("testdata/sites/indexes/static", "static")
	copyTree("../../bench/hugo-equivalent/layouts", "themes/hugo-equivalent/layouts")
	site["site.yaml"] = &fstest.MapFile{Data: []byte("title: Thử\nbase_url: https://tthc.example.vn/\ntheme: hugo-equivalent\npage_size: 2\n")}
	mem, res, err := buildMem(t, site, Options{Minify: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages < 20 {
		t.Fatalf("%d pages", res.Pages)
	}
	for name, data := range mem.Files() {
		if strings.HasSuffix(name, "/index.html") && !strings.Contains(string(data), "<main>") {
			t.Errorf("%s has no <main>", name)
		}
	}
	if page := string(mem.Files()["thu-tuc/index.html"]); !strings.Contains(page, `class="pagination"`) {
		t.Errorf("the procedure list lacks its pagination:\n%s", page)
	}
}
