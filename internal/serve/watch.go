package serve

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watchedFolders are the top-level folders of a site whose files feed a
// build; site.yaml is watched through the site root.
var watchedFolders = []string{"content", "layouts", "static", "themes", "i18n", "archetypes"}

const configFile = "site.yaml"

// batch is the site files (slash-separated, relative to the root) that
// changed during one burst of events. lost is set when the watcher dropped
// events, so the whole site must be read again.
type batch struct {
	paths []string
	lost  bool
}

// watcher turns fsnotify events under a site root into batches.
type watcher struct {
	root     string
	debounce time.Duration
	fsw      *fsnotify.Watcher
	batches  chan batch
	errs     chan error
}

func newWatcher(root string, debounce time.Duration) (*watcher, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{root: abs, debounce: debounce, fsw: fsw, batches: make(chan batch), errs: make(chan error, 1)}
	if err := fsw.Add(abs); err != nil {
		fsw.Close()
		return nil, fmt.Errorf("watching %s: %w", abs, err)
	}
	for _, dir := range watchedFolders {
		if _, err := w.addTree(filepath.Join(abs, dir)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			fsw.Close()
			return nil, fmt.Errorf("watching %s: %w", filepath.Join(abs, dir), err)
		}
	}
	return w, nil
}

// addTree watches dir and every folder below it. It returns what it found
// inside: a folder created with files already in it (or moved in) has
// them before its watch exists, so no event would name them.
func (w *watcher) addTree(dir string) ([]string, error) {
	var found []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir {
			found = append(found, p)
		}
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return w.fsw.Add(p)
		}
		return nil
	})
	return found, err
}

// relevant maps an event path to a site path, or reports false for files
// no build reads (public/, .git, anything else at the root).
func (w *watcher) relevant(name string) (string, bool) {
	rel, err := filepath.Rel(w.root, name)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return "", false
	}
	rel = filepath.ToSlash(rel)
	top, _, _ := strings.Cut(rel, "/")
	if rel == configFile || slices.Contains(watchedFolders, top) {
		return rel, true
	}
	return "", false
}

// run forwards batches until done is closed, then closes the fsnotify
// watcher.
func (w *watcher) run(done <-chan struct{}) {
	defer w.fsw.Close()
	pending := map[string]bool{}
	lost := false
	var first time.Time
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var out chan batch // nil until a batch is ready to send
	var ready batch
	for {
		select {
		case <-done:
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			if !w.handle(ev, pending) {
				continue
			}
			if first.IsZero() {
				first = time.Now()
			}
			// Quiet for debounce, but never wait more than ten times it
			// while a file keeps being written.
			wait := min(w.debounce, time.Until(first.Add(10*w.debounce)))
			timer.Reset(max(wait, 0))
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				lost = true
				timer.Reset(w.debounce)
			}
			select {
			case w.errs <- err:
			default:
			}
		case <-timer.C:
			if len(pending) == 0 && !lost {
				continue
			}
			ready.paths = append(ready.paths, slices.Sorted(maps.Keys(pending))...)
			ready.lost = ready.lost || lost
			pending, lost, first = map[string]bool{}, false, time.Time{}
			out = w.batches
		case out <- ready:
			ready, out = batch{}, nil
		}
	}
}

// handle records one event; it reports whether the event matters.
func (w *watcher) handle(ev fsnotify.Event, pending map[string]bool) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	rel, ok := w.relevant(ev.Name)
	if !ok {
		return false
	}
	if ev.Has(fsnotify.Create) {
		if info, err := os.Lstat(ev.Name); err == nil && info.IsDir() {
			found, _ := w.addTree(ev.Name)
			for _, f := range found {
				if rel, ok := w.relevant(f); ok {
					pending[rel] = true
				}
			}
		}
	}
	if ev.Has(fsnotify.Rename) || ev.Has(fsnotify.Remove) {
		// A folder moved away is watched again where it lands (its Create
		// event); stop watching it here.
		for _, watched := range w.fsw.WatchList() {
			if watched == ev.Name || strings.HasPrefix(watched, ev.Name+string(filepath.Separator)) {
				_ = w.fsw.Remove(watched)
			}
		}
	}
	pending[rel] = true
	return true
}
