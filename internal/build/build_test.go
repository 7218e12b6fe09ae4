package build

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/output"
)

var update = flag.Bool("update", false, "rewrite golden files")

// now is fixed so that publish and expiry dates give the same result
// whenever the tests run.
var now = time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC)

func buildMem(t *testing.T, fsys fs.FS, opts Options) (*output.Mem, *Result, error) {
	t.Helper()
	if opts.Now.IsZero() {
		opts.Now = now
	}
	mem := output.NewMem()
	res, err := Build(fsys, mem, opts)
	return mem, res, err
}

// TestGolden builds every site under testdata/sites and compares the whole
// output tree with testdata/golden/<site>. Run with -update to rewrite.
func TestGolden(t *testing.T) {
	sites, err := os.ReadDir("testdata/sites")
	if err != nil {
		t.Fatal(err)
	}
	for _, site := range sites {
		t.Run(site.Name(), func(t *testing.T) {
			mem, res, err := buildMem(t, os.DirFS(filepath.Join("testdata/sites", site.Name())), Options{Minify: true})
			if err != nil {
				t.Fatalf("build failed: %v", err)
			}
			if res.Pages == 0 {
				t.Fatal("no pages")
			}
			compareTree(t, filepath.Join("testdata/golden", site.Name()), withoutSearchData(mem.Files()))
		})
	}
}

// withoutSearchData leaves out the search shards: their format is tested
// by the search package, and their hashed names would churn every golden
// whenever the index format is tuned.
func withoutSearchData(files map[string][]byte) map[string][]byte {
	kept := make(map[string][]byte, len(files))
	for name, data := range files {
		if !strings.HasPrefix(name, "tim-kiem/") || strings.HasSuffix(name, ".html") {
			kept[name] = data
		}
	}
	return kept
}

func compareTree(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	if *update {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		for name, data := range files {
			full := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(full, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	want := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		want[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	for name, data := range files {
		w, ok := want[name]
		if !ok {
			t.Errorf("unexpected output %s", name)
			continue
		}
		if !bytes.Equal(w, data) {
			t.Errorf("%s differs:\n got: %s\nwant: %s", name, data, w)
		}
	}
	for name := range want {
		if _, ok := files[name]; !ok {
			t.Errorf("missing output %s", name)
		}
	}
}

func TestBuildsAreByteIdentical(t *testing.T) {
	fsys := os.DirFS("testdata/sites/basic")
	a, _, err := buildMem(t, fsys, Options{Minify: true})
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := buildMem(t, fsys, Options{Minify: true})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Names(), b.Names()) {
		t.Fatalf("file lists differ")
	}
	for name, data := range a.Files() {
		if !bytes.Equal(data, b.Files()[name]) {
			t.Errorf("%s differs between builds", name)
		}
	}
}

func TestStepsRunInOrderWithSearchAlongsideIndex(t *testing.T) {
	_, res, err := buildMem(t, os.DirFS("testdata/sites/basic"), Options{Minify: true})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, st := range res.Steps {
		names = append(names, st.Name)
		if st.Alongside != (st.Name == "search") {
			t.Errorf("step %s: alongside = %v", st.Name, st.Alongside)
		}
	}
	want := []string{"config", "load", "validate", "markdown", "index", "search", "theme", "render"}
	if !slices.Equal(names, want) {
		t.Errorf("steps %v, want %v", names, want)
	}
	if res.Files == 0 || res.Pages == 0 {
		t.Fatalf("built %d files, %d pages", res.Files, res.Pages)
	}
}

// A build that stops after the alongside pair still reports both steps
// and no later one.
func TestRunStepsStopsAfterAGroup(t *testing.T) {
	s := &state{result: &Result{}}
	var (
		mu  sync.Mutex
		ran []string
	)
	steps := []step{{name: "a"}, {name: "b"}, {name: "c", alongside: true}, {name: "d"}}
	for i := range steps {
		name := steps[i].name
		steps[i].run = func() {
			mu.Lock()
			defer mu.Unlock()
			ran = append(ran, name)
		}
	}
	var groups [][]string
	s.runSteps(steps, func(names []string) bool {
		groups = append(groups, names)
		return len(groups) < 2
	})
	if fmt.Sprint(groups) != "[[a] [b c]]" {
		t.Errorf("groups %v, want [[a] [b c]]", groups)
	}
	slices.Sort(ran)
	if fmt.Sprint(ran) != "[a b c]" {
		t.Errorf("ran %v, want a, b and c", ran)
	}
	if len(s.result.Steps) != 3 || !s.result.Steps[2].Alongside {
		t.Errorf("recorded %+v", s.result.Steps)
	}
}

func TestDraftsAndDates(t *testing.T) {
	fsys := fstest.MapFS{
		"content/tin-tuc/a.md":    {Data: []byte("---\ntitle: A\ndate: 2025-01-01\n---\n")},
		"content/tin-tuc/nhap.md": {Data: []byte("---\ntitle: Nháp\ndate: 2025-01-02\ndraft: true\n---\n")},
		"content/tin-tuc/sau.md":  {Data: []byte("---\ntitle: Sau\ndate: 2025-01-03\npublish_date: 01/07/2025\n---\n")},
		"content/tin-tuc/cu.md":   {Data: []byte("---\ntitle: Cũ\ndate: 2025-01-04\nexpiry_date: 2025-05-01\n---\n")},
	}
	addTheme(fsys)
	mem, _, err := buildMem(t, fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	files := mem.Files()
	if _, ok := files["tin-tuc/a/index.html"]; !ok {
		t.Error("published page missing")
	}
	for _, left := range []string{"tin-tuc/nhap/index.html", "tin-tuc/sau/index.html", "tin-tuc/cu/index.html"} {
		if _, ok := files[left]; ok {
			t.Errorf("%s should be left out", left)
		}
	}
	mem, _, err = buildMem(t, fsys, Options{Drafts: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := mem.Files()["tin-tuc/nhap/index.html"]; !ok {
		t.Error("--drafts should include drafts")
	}
}

// addTheme gives an in-memory site the smallest theme that renders.
func addTheme(fsys fstest.MapFS) {
	page := []byte(`<h1>{{ .Page.Title }}</h1>{{ .Page.Content }}{{ with .Pager }}{{ range .Items }}<a href="{{ $.URL .Path }}">{{ .Title }}</a>{{ end }}{{ end }}`)
	for _, name := range []string{"_default/single.html", "_default/list.html", "index.html", "search.html", "404.html", "terms.html", "term.html", "az.html", "archive.html"} {
		fsys["themes/default/layouts/"+name] = &fstest.MapFile{Data: page}
	}
}

func TestErrorsAreCollectedWithPositions(t *testing.T) {
	fsys := fstest.MapFS{
		"content/thu-tuc/a.md": {Data: []byte("---\ntitle: A\ncode: \"1.1\"\nsets: hai\n---\n[x](/khong-co/) [y](b.md)\n")},
		"content/thu-tuc/b.md": {Data: []byte("---\ntitle: B\n  bad: [\n---\n")},
		"content/thu-tuc/c.md": {Data: []byte("---\ntitel: C\n---\n")},
		"content/d.md":         {Data: []byte("không có front matter\n")},
	}
	addTheme(fsys)
	_, res, err := buildMem(t, fsys, Options{})
	var problems *diag.Problems
	if !errors.As(err, &problems) {
		t.Fatalf("want diag.Problems, got %v", err)
	}
	got := map[string]bool{}
	for _, d := range res.Diags.Items() {
		got[diag.English.Format(d)] = true
	}
	// Problems from loading, validation and link checking are all reported
	// by one build, and the link to b.md, whose front matter is broken, is
	// not reported as broken as well.
	want := []string{
		`content/d.md:1:1: error: no front matter; the file must start with a --- line followed by fields such as title: ...`,
		`content/thu-tuc/a.md:4:7: error: sets: expected a whole number (for example 2), found "hai"`,
		`content/thu-tuc/a.md:6:1: error: link "/khong-co/" points to a page or file that does not exist`,
		`content/thu-tuc/b.md:3:1: error: YAML syntax error: a colon (:) where none is allowed; if the value contains a colon, put the whole value in double quotes "..." (mapping values are not allowed in this context)`,
		`content/thu-tuc/c.md:1:1: error: title: missing required field "title"`,
		`content/thu-tuc/c.md:2:1: error: titel: unknown field "titel"; did you mean "title"?`,
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing: %s", w)
		}
	}
	for line := range got {
		if strings.Contains(line, `"b.md"`) {
			t.Errorf("link to an unparsable page reported as broken: %s", line)
		}
	}
	if t.Failed() {
		t.Logf("got:\n%s", problems.Error())
	}
}

func TestBrokenMarkdownLinkIsReported(t *testing.T) {
	fsys := fstest.MapFS{
		"content/a.md": {Data: []byte("---\ntitle: A\n---\n\nĐoạn một.\n\nXem [trang cũ](/khong-co/).\n")},
	}
	addTheme(fsys)
	_, res, err := buildMem(t, fsys, Options{})
	if err == nil {
		t.Fatal("build should fail")
	}
	items := res.Diags.Items()
	if len(items) != 1 || items[0].Key != "markdown.broken_link" || items[0].Pos.Line != 7 {
		t.Errorf("got %+v", items)
	}
}

func TestFailedBuildLeavesOutputUntouched(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	site := fstest.MapFS{"content/a.md": {Data: []byte("---\ntitle: A\n---\nxin chào\n")}}
	addTheme(site)
	build := func(fsys fs.FS) error {
		sink, err := output.NewDir(dest)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Build(fsys, sink, Options{Now: now}); err != nil {
			return errors.Join(err, sink.Discard())
		}
		return sink.Commit()
	}
	if err := build(site); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dest)
	if _, ok := before["a/index.html"]; !ok {
		t.Fatalf("first build wrote %v", before)
	}
	site["content/b.md"] = &fstest.MapFile{Data: []byte("---\ntitle: [\n---\n")}
	if err := build(site); err == nil {
		t.Fatal("broken YAML must fail the build")
	}
	after := snapshot(t, dest)
	if len(after) != len(before) {
		t.Fatalf("output changed: %v → %v", before, after)
	}
	for name, data := range before {
		if !bytes.Equal(after[name], data) {
			t.Errorf("%s changed", name)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(dest))
	if len(entries) != 1 {
		t.Errorf("staging folders left behind: %v", entries)
	}
	// A later good build drops files that no longer exist.
	delete(site, "content/b.md")
	delete(site, "content/a.md")
	site["content/c.md"] = &fstest.MapFile{Data: []byte("---\ntitle: C\n---\n")}
	if err := build(site); err != nil {
		t.Fatal(err)
	}
	final := snapshot(t, dest)
	if _, ok := final["a/index.html"]; ok {
		t.Error("file from an older build lingers")
	}
}

func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// A procedure with broken front matter is reported once; pages that name
// its code are not reported as well.
func TestUnparsableProcedureDoesNotCascade(t *testing.T) {
	fsys := fstest.MapFS{
		"content/thu-tuc/a.md": {Data: []byte("---\ntitle: A\ncode: \"1.001193\"\nlevels: [tinh\n---\n")},
		"content/tin-tuc/b.md": {Data: []byte("---\ntitle: B\ndate: 2025-01-02\nrelated: [\"1.001193\"]\n---\n")},
	}
	addTheme(fsys)
	_, res, err := buildMem(t, fsys, Options{})
	if err == nil {
		t.Fatal("build should fail")
	}
	items := res.Diags.Items()
	if len(items) != 1 || items[0].File != "content/thu-tuc/a.md" || !strings.HasPrefix(items[0].Key, "fm.yaml.") {
		for _, d := range items {
			t.Log(diag.English.Format(d))
		}
		t.Errorf("want exactly the syntax error, got %d problems", len(items))
	}
}
