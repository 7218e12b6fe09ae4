package output

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestCleanName(t *testing.T) {
	ok := []string{"index.html", "thu-tuc/a/index.html", "css/site.1a2b.css"}
	bad := []string{"", "/etc/passwd", "../x", "a/../../x", "a/./b", "a//b", "."}
	for _, n := range ok {
		if _, err := CleanName(n); err != nil {
			t.Errorf("CleanName(%q): %v", n, err)
		}
	}
	for _, n := range bad {
		if _, err := CleanName(n); err == nil {
			t.Errorf("CleanName(%q) accepted a path that leaves the site", n)
		}
	}
}

func TestDirCommitReplacesAndDiscardKeeps(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	write := func(files map[string]string, commit bool) { writeFiles(t, dest, files, commit) }
	write(map[string]string{"a/index.html": "A", "cu.html": "cũ"}, true)
	write(map[string]string{"a/index.html": "hỏng"}, false)
	if data, _ := os.ReadFile(filepath.Join(dest, "a/index.html")); string(data) != "A" {
		t.Errorf("discarded build changed the output: %q", data)
	}
	old, _ := os.Stat(filepath.Join(dest, "a/index.html"))
	time.Sleep(10 * time.Millisecond)
	write(map[string]string{"a/index.html": "A", "moi.html": "mới"}, true)
	if _, err := os.Stat(filepath.Join(dest, "cu.html")); err == nil {
		t.Error("a file from an older build lingers")
	}
	now, err := os.Stat(filepath.Join(dest, "a/index.html"))
	if err != nil || !now.ModTime().Equal(old.ModTime()) {
		t.Errorf("an unchanged file was rewritten: %v → %v", old.ModTime(), now.ModTime())
	}
	entries, _ := os.ReadDir(filepath.Dir(dest))
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("leftovers beside the output: %v", names)
	}
}

func TestDirRefusesSiteFolders(t *testing.T) {
	site := t.TempDir()
	if err := os.WriteFile(filepath.Join(site, "site.yaml"), []byte("title: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := NewDir(site); err == nil || !strings.Contains(err.Error(), "site.yaml") {
		t.Errorf("NewDir on a site folder: %v", err)
	}
}

func TestMemCopyAndTraversal(t *testing.T) {
	m := NewMem()
	if err := m.Copy("a/b.txt", fstest.MapFS{"src.txt": {Data: []byte("x")}}, "src.txt"); err != nil {
		t.Fatal(err)
	}
	if err := m.Write("../evil", nil); err == nil {
		t.Error("Mem accepted a path outside the site")
	}
	if names := m.Names(); len(names) != 1 || names[0] != "a/b.txt" {
		t.Errorf("names = %v", names)
	}
}

func TestMinify(t *testing.T) {
	m := NewMinifier()
	tests := []struct{ name, in, want string }{
		{"a.html", "<p>  Xin   chào  </p>\n\n", "<p>Xin chào</p>"},
		{"a.css", "body {  color : #ffffff ; }", "body{color:#fff}"},
		{"a.json", "{ \"a\" : [ 1, 2 ] }", `{"a":[1,2]}`},
		{"a.xml", "<a>\n  <b>x</b>\n</a>", "<a><b>x</b></a>"},
	}
	for _, tt := range tests {
		got, err := m.Minify(MediaType(tt.name), []byte(tt.in))
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	if MediaType("a.pdf") != "" {
		t.Error("PDF must be copied as is")
	}
}

// A rebuild touches only what changed: a changed file is replaced, an
// unchanged one keeps its inode and time, files and folders the build no
// longer makes go, and a file may turn into a folder or back.
func TestDirRebuildChangesOnlyWhatChanged(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	build := func(files map[string]string) { writeFiles(t, dest, files, true) }
	build(map[string]string{
		"index.html": "trang chủ", "thu-tuc/a/index.html": "A", "thu-tuc/b/index.html": "B",
		"cu/sau/index.html": "cũ", "tep": "tệp", "thu-muc/x.html": "x",
	})
	same, _ := os.Stat(filepath.Join(dest, "thu-tuc/a/index.html"))
	build(map[string]string{
		"index.html": "trang chủ mới", "thu-tuc/a/index.html": "A", "thu-tuc/b/index.html": "B2",
		"tep/index.html": "giờ là thư mục", "thu-muc": "giờ là tệp",
	})
	want := map[string]string{
		"index.html": "trang chủ mới", "thu-tuc/a/index.html": "A", "thu-tuc/b/index.html": "B2",
		"tep/index.html": "giờ là thư mục", "thu-muc": "giờ là tệp",
	}
	got := map[string]string{}
	var dirs []string
	filepath.WalkDir(dest, func(p string, e os.DirEntry, err error) error {
		rel, _ := filepath.Rel(dest, p)
		if e.IsDir() {
			dirs = append(dirs, filepath.ToSlash(rel))
			return nil
		}
		data, _ := os.ReadFile(p)
		got[filepath.ToSlash(rel)] = string(data)
		return nil
	})
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after the rebuild:\n got %v\nwant %v", got, want)
	}
	if slices.Contains(dirs, "cu") || slices.Contains(dirs, "cu/sau") {
		t.Errorf("folders of removed pages linger: %v", dirs)
	}
	now, _ := os.Stat(filepath.Join(dest, "thu-tuc/a/index.html"))
	if !os.SameFile(same, now) || !now.ModTime().Equal(same.ModTime()) {
		t.Error("an unchanged file was replaced")
	}
	if entries, _ := os.ReadDir(filepath.Dir(dest)); len(entries) != 1 {
		t.Errorf("%d entries beside the output, want only it", len(entries))
	}
}

// A destination that is a symbolic link is updated where it points, and the
// link stays.
func TestDirThroughSymlink(t *testing.T) {
	root := t.TempDir()
	real := filepath.Join(root, "www")
	link := filepath.Join(root, "public")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	for _, files := range []map[string]string{{"index.html": "1", "cu.html": "cũ"}, {"index.html": "2"}} {
		writeFiles(t, link, files, true)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link is gone: %v", err)
	}
	if data, _ := os.ReadFile(filepath.Join(link, "index.html")); string(data) != "2" {
		t.Errorf("index.html = %q", data)
	}
	if _, err := os.Stat(filepath.Join(real, "cu.html")); err == nil {
		t.Error("a stale file survived behind the link")
	}
}

// writeFiles writes files through a Dir into dest, then commits them or
// discards them.
func writeFiles(t *testing.T, dest string, files map[string]string, commit bool) {
	t.Helper()
	d, err := NewDir(dest)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		if err := d.Write(name, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	if commit {
		err = d.Commit()
	} else {
		err = d.Discard()
	}
	if err != nil {
		t.Fatal(err)
	}
}
