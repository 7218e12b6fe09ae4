package serve

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// startWatcher watches a fresh site folder holding the given files.
func startWatcher(t *testing.T, files ...string) (*watcher, string) {
	t.Helper()
	root := t.TempDir()
	for _, f := range files {
		writeFile(t, filepath.Join(root, f), "x")
	}
	w, err := newWatcher(root, 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go w.run(done)
	t.Cleanup(func() { close(done) })
	return w, root
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// saveByRename writes data the way many editors save: into a temporary
// file beside the target, then renamed over it.
func saveByRename(t *testing.T, name, data string) {
	t.Helper()
	tmp := filepath.Join(filepath.Dir(name), "."+filepath.Base(name)+".tmp")
	writeFile(t, tmp, data)
	if err := os.Rename(tmp, name); err != nil {
		t.Fatal(err)
	}
}

// nextBatch waits for the watcher's next batch.
func nextBatch(t *testing.T, w *watcher) batch {
	t.Helper()
	select {
	case b := <-w.batches:
		return b
	case <-time.After(10 * time.Second):
		t.Fatal("no batch")
		return batch{}
	}
}

// waitFor collects batches until one holds want.
func waitFor(t *testing.T, w *watcher, want string) []string {
	t.Helper()
	var seen []string
	for !slices.Contains(seen, want) {
		seen = append(seen, nextBatch(t, w).paths...)
	}
	return seen
}

func TestWatcherBatches(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, root string)
		want   []string // every one must be in the batch
		not    []string // none may be
	}{
		{"save by rename", func(t *testing.T, root string) {
			saveByRename(t, filepath.Join(root, "content/tin-tuc/a.md"), "mới")
		}, []string{"content/tin-tuc/a.md"}, nil},
		{"burst of saves is one batch", func(t *testing.T, root string) {
			for i := range 5 {
				writeFile(t, filepath.Join(root, "content/tin-tuc/a.md"), string(rune('a'+i)))
				writeFile(t, filepath.Join(root, "layouts/_default/single.html"), string(rune('a'+i)))
			}
		}, []string{"content/tin-tuc/a.md", "layouts/_default/single.html"}, nil},
		{"config", func(t *testing.T, root string) {
			saveByRename(t, filepath.Join(root, "site.yaml"), "title: Mới")
		}, []string{"site.yaml"}, nil},
		{"delete", func(t *testing.T, root string) {
			if err := os.Remove(filepath.Join(root, "static/css/site.css")); err != nil {
				t.Fatal(err)
			}
		}, []string{"static/css/site.css"}, nil},
		{"move", func(t *testing.T, root string) {
			if err := os.Rename(filepath.Join(root, "content/tin-tuc/a.md"), filepath.Join(root, "content/b.md")); err != nil {
				t.Fatal(err)
			}
		}, []string{"content/tin-tuc/a.md", "content/b.md"}, nil},
		{"output and unrelated files are ignored", func(t *testing.T, root string) {
			writeFile(t, filepath.Join(root, "public/index.html"), "x")
			writeFile(t, filepath.Join(root, "ghi-chu.txt"), "x")
			writeFile(t, filepath.Join(root, "themes/plain/layouts/index.html"), "y")
		}, []string{"themes/plain/layouts/index.html"}, []string{"public/index.html", "ghi-chu.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, root := startWatcher(t, "site.yaml", "content/tin-tuc/a.md", "layouts/_default/single.html", "static/css/site.css", "themes/plain/layouts/index.html")
			tt.change(t, root)
			b := nextBatch(t, w)
			for _, want := range tt.want {
				if !slices.Contains(b.paths, want) {
					t.Errorf("batch %v lacks %s", b.paths, want)
				}
			}
			for _, not := range tt.not {
				if slices.Contains(b.paths, not) {
					t.Errorf("batch %v holds %s", b.paths, not)
				}
			}
		})
	}
}

// Folders created after the start are watched, however deep, and so are
// top-level folders that did not exist yet.
func TestWatcherFollowsNewFolders(t *testing.T) {
	w, root := startWatcher(t, "site.yaml", "content/_index.md")
	for _, dir := range []string{"content/hoi-dap", "content/hoi-dap/2025/thang-3", "layouts", "layouts/partials"} {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			t.Fatal(err)
		}
		waitFor(t, w, dir)
	}
	for _, file := range []string{"content/hoi-dap/2025/thang-3/cau-1.md", "layouts/partials/footer.html"} {
		saveByRename(t, filepath.Join(root, file), "x")
		waitFor(t, w, file)
	}
}

// A folder moved elsewhere in the site is watched at its new place and no
// longer reported under its old name.
func TestWatcherFollowsMovedFolders(t *testing.T) {
	w, root := startWatcher(t, "content/cu/a.md")
	if err := os.Rename(filepath.Join(root, "content/cu"), filepath.Join(root, "content/moi")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, w, "content/moi")
	writeFile(t, filepath.Join(root, "content/moi/a.md"), "sửa")
	seen := waitFor(t, w, "content/moi/a.md")
	if slices.Contains(seen, "content/cu/a.md") {
		t.Errorf("edit reported under the old folder: %v", seen)
	}
}
