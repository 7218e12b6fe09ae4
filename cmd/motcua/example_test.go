package main

import (
	"bytes"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// buildExample builds the repository's example site with the CLI, as a user
// would, into a temporary folder.
func buildExample(t *testing.T, args ...string) string {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	var stdout, stderr bytes.Buffer
	args = append([]string{"build", "--source", "../..", "--dest", dest}, args...)
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("motcua %v exited %d:\n%s", args, code, stderr.String())
	}
	return dest
}

var linkAttr = regexp.MustCompile(`(?:href|src)="?([^"\s>]+)`)

// TestExampleSiteHasNoBrokenLinks crawls every HTML file of the example
// site built under a subpath and checks that each internal link names a
// published file.
func TestExampleSiteHasNoBrokenLinks(t *testing.T) {
	dest := buildExample(t, "--base-url", "https://dichvucong.example.vn/tthc/")
	checked := 0
	walkHTML(t, dest, func(rel string, html []byte) {
		for _, m := range linkAttr.FindAllSubmatch(html, -1) {
			link := string(m[1])
			u, err := url.Parse(strings.ReplaceAll(link, "&amp;", "&"))
			if err != nil {
				t.Errorf("%s: unparsable link %q", rel, link)
				continue
			}
			if u.Host != "" && u.Host != "dichvucong.example.vn" || u.Scheme == "mailto" || u.Scheme == "tel" || u.Path == "" {
				continue
			}
			if !strings.HasPrefix(u.Path, "/tthc/") {
				t.Errorf("%s: link %q escapes the base path /tthc/", rel, link)
				continue
			}
			target := strings.TrimPrefix(u.Path, "/tthc/")
			if target == "" || strings.HasSuffix(target, "/") {
				target += "index.html"
			}
			if _, err := os.Stat(filepath.Join(dest, filepath.FromSlash(target))); err != nil {
				t.Errorf("%s: broken link %q", rel, link)
			}
			checked++
		}
	})
	if checked < 500 {
		t.Errorf("only %d links checked; the crawl is not seeing the site", checked)
	}
}

// TestExampleSiteWorksFromFiles checks the relative_urls rendering: every
// relative link resolves from the file that holds it, as over file://.
func TestExampleSiteWorksFromFiles(t *testing.T) {
	site := t.TempDir()
	copyTree(t, "../..", site, "content", "themes", "static", "layouts", "i18n")
	cfg, err := os.ReadFile("../../site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg = append(cfg, []byte("\nrelative_urls: true\n")...)
	if err := os.WriteFile(filepath.Join(site, "site.yaml"), cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "usb")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "--source", site, "--dest", dest}, &stdout, &stderr); code != 0 {
		t.Fatalf("build failed:\n%s", stderr.String())
	}
	walkHTML(t, dest, func(rel string, html []byte) {
		if rel == "404.html" {
			return // served by the web server at any depth; not used from files
		}
		for _, m := range linkAttr.FindAllSubmatch(html, -1) {
			link := string(m[1])
			u, err := url.Parse(strings.ReplaceAll(link, "&amp;", "&"))
			if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" {
				continue
			}
			if strings.HasPrefix(u.Path, "/") {
				t.Errorf("%s: root-relative link %q does not work from files", rel, link)
				continue
			}
			target := path.Join(path.Dir(rel), u.Path)
			if info, err := os.Stat(filepath.Join(dest, filepath.FromSlash(target))); err != nil || info.IsDir() {
				t.Errorf("%s: link %q does not name a file", rel, link)
			}
		}
	})
}

// TestEveryContentFileHasItsPage checks that each Markdown file under
// content/ (other than drafts) produced an index.html.
func TestEveryContentFileHasItsPage(t *testing.T) {
	dest := buildExample(t)
	err := filepath.WalkDir("../../content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil || bytes.Contains(src, []byte("\ndraft: true")) {
			return err
		}
		rel, _ := filepath.Rel("../../content", p)
		rel = filepath.ToSlash(rel)
		page := strings.TrimSuffix(rel, ".md") + "/index.html"
		switch {
		case path.Base(rel) == "_index.md":
			page = path.Join(path.Dir(rel), "index.html")
		case path.Base(rel) == "index.md":
			page = path.Join(path.Dir(rel), "index.html")
		}
		if _, err := os.Stat(filepath.Join(dest, filepath.FromSlash(page))); err != nil {
			t.Errorf("%s: no page at %s", rel, page)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func walkHTML(t *testing.T, dir string, fn func(rel string, html []byte)) {
	t.Helper()
	walkFiles(t, dir, func(rel string, data []byte) {
		if strings.HasSuffix(rel, ".html") {
			fn(rel, data)
		}
	})
}

func copyTree(t *testing.T, from, to string, dirs ...string) {
	t.Helper()
	for _, dir := range dirs {
		root := filepath.Join(from, dir)
		if _, err := os.Stat(root); err != nil {
			continue
		}
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(from, p)
			target := filepath.Join(to, rel)
			if d.IsDir() {
				return os.MkdirAll(target, 0o755)
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(target, data, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestExampleBuildsAreIdentical builds the example site twice and compares
// every byte: output must not depend on timing, scheduling or map order.
func TestExampleBuildsAreIdentical(t *testing.T) {
	first, second := buildExample(t), buildExample(t)
	files := map[string][]byte{}
	walkFiles(t, first, func(rel string, data []byte) { files[rel] = data })
	count := 0
	walkFiles(t, second, func(rel string, data []byte) {
		count++
		if want, ok := files[rel]; !ok || !bytes.Equal(want, data) {
			t.Errorf("%s differs between two builds", rel)
		}
	})
	if count != len(files) || count < 100 {
		t.Errorf("first build wrote %d files, second %d", len(files), count)
	}
}

func walkFiles(t *testing.T, dir string, fn func(rel string, data []byte)) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		fn(filepath.ToSlash(rel), data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
