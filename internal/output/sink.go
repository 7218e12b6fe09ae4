package output

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// Sink receives a build's files. Implementations are safe for concurrent
// use. A sink may keep the data it is given (Mem does), so a caller hands
// over a slice it will not touch again; Dir writes the data out before
// Write returns, so a caller may reuse the slice afterwards.
type Sink interface {
	Write(name string, data []byte) error
	Copy(name string, fsys fs.FS, src string) error
}

// CleanName checks that a slash-separated output name stays inside the
// destination and returns it cleaned.
func CleanName(name string) (string, error) {
	clean := path.Clean("/" + name)[1:]
	if clean == "" || name != clean && name != clean+"/" || strings.HasPrefix(name, "/") || !fs.ValidPath(clean) {
		return "", fmt.Errorf("output path %q leaves the site folder", name)
	}
	return clean, nil
}

// Dir writes a build's files beside the destination and puts them in
// place on Commit. A first build writes a staging folder and renames it to
// the destination. A rebuild leaves files whose bytes did not change alone,
// stages only the others, and on Commit renames each into place and
// removes what the build no longer produces.
type Dir struct {
	dest    string
	staging string
	update  bool     // the destination exists: stage only what changed
	made    sync.Map // folders already created in staging

	mu      sync.Mutex
	written map[string]bool // every output of this build, in update mode
	staged  []string        // the outputs that differ from the destination's
}

// NewDir prepares a staging folder next to dest. It refuses a destination
// that holds a site (content/ or site.yaml) or a git checkout, since it
// would be replaced.
func NewDir(dest string) (*Dir, error) {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return nil, err
	}
	// A destination that is a symbolic link (public -> /srv/www/tthc) is
	// updated where it points, with the staging folder beside that.
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	for _, marker := range []string{"content", "site.yaml", ".git", "go.mod"} {
		if _, err := os.Stat(filepath.Join(abs, marker)); err == nil {
			return nil, fmt.Errorf("refusing to replace %s: it holds %s, so it is not a build output folder", abs, marker)
		}
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return nil, err
	}
	staging, err := os.MkdirTemp(filepath.Dir(abs), "."+filepath.Base(abs)+".staging-")
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(staging, 0o755); err != nil {
		return nil, err
	}
	d := &Dir{dest: abs, staging: staging}
	if info, err := os.Stat(abs); err == nil && info.IsDir() {
		d.update, d.written = true, map[string]bool{}
	}
	return d, nil
}

func (d *Dir) target(clean string) (string, error) {
	full := filepath.Join(d.staging, filepath.FromSlash(clean))
	dir := filepath.Dir(full)
	if _, done := d.made.Load(dir); done {
		return full, nil
	}
	// Nearly every page has a folder of its own whose parent exists:
	// one mkdir, rather than MkdirAll's stat of the folder and its parent
	// first.
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", err
		}
	}
	d.made.Store(dir, true)
	return full, nil
}

// Write stores data at name. In a rebuild, a file whose bytes equal the
// destination's is not written at all, so it keeps its modification time
// and sync tools skip it.
func (d *Dir) Write(name string, data []byte) error {
	clean, err := CleanName(name)
	if err != nil {
		return err
	}
	if d.update {
		d.mu.Lock()
		d.written[clean] = true
		d.mu.Unlock()
		prev := filepath.Join(d.dest, filepath.FromSlash(clean))
		if info, err := os.Lstat(prev); err == nil && info.Mode().IsRegular() && info.Size() == int64(len(data)) {
			if same, _ := sameContent(prev, data); same {
				return nil
			}
		}
		d.mu.Lock()
		d.staged = append(d.staged, clean)
		d.mu.Unlock()
	}
	full, err := d.target(clean)
	if err != nil {
		return err
	}
	return writeFile(full, data, 0o644)
}

func sameContent(file string, data []byte) (bool, error) {
	prev, err := os.ReadFile(file)
	return err == nil && bytes.Equal(prev, data), err
}

// Copy copies src from fsys to name.
func (d *Dir) Copy(name string, fsys fs.FS, src string) error {
	data, err := fs.ReadFile(fsys, src)
	if err != nil {
		return err
	}
	return d.Write(name, data)
}

// Commit puts the build in place: the staging folder itself on a first
// build; on a rebuild each changed file, by a rename that readers see
// whole, then the removal of files the build no longer makes.
func (d *Dir) Commit() error {
	if !d.update {
		return os.Rename(d.staging, d.dest)
	}
	slices.Sort(d.staged)
	for _, name := range d.staged {
		to := filepath.Join(d.dest, filepath.FromSlash(name))
		if err := makeRoom(d.dest, to); err != nil {
			return err
		}
		if err := os.Rename(filepath.Join(d.staging, filepath.FromSlash(name)), to); err != nil {
			return err
		}
	}
	if err := d.removeStale(); err != nil {
		return err
	}
	return os.RemoveAll(d.staging)
}

// makeRoom creates the folders above file inside root, removing a file
// that stands where a folder must go or a folder where the file must go.
func makeRoom(root, file string) error {
	if info, err := os.Lstat(file); err == nil && info.IsDir() {
		if err := os.RemoveAll(file); err != nil {
			return err
		}
	}
	dir := filepath.Dir(file)
	if err := os.MkdirAll(dir, 0o755); err == nil {
		return nil
	}
	for p := dir; p != root && len(p) > len(root); p = filepath.Dir(p) {
		if info, err := os.Lstat(p); err == nil && !info.IsDir() {
			if err := os.Remove(p); err != nil {
				return err
			}
			break
		}
	}
	return os.MkdirAll(dir, 0o755)
}

// removeStale deletes the destination's files that this build did not
// write, and the folders left empty.
func (d *Dir) removeStale() error {
	var dirs []string
	err := filepath.WalkDir(d.dest, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(d.dest, p)
		if rel == "." {
			return nil
		}
		if e.IsDir() {
			dirs = append(dirs, p)
			return nil
		}
		if !d.written[filepath.ToSlash(rel)] {
			return os.Remove(p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, dir := range slices.Backward(dirs) {
		if entries, err := os.ReadDir(dir); err == nil && len(entries) == 0 {
			if err := os.Remove(dir); err != nil {
				return err
			}
		}
	}
	return nil
}

// Discard removes the staging folder; the destination is untouched.
func (d *Dir) Discard() error { return os.RemoveAll(d.staging) }

// Mem keeps files in memory.
type Mem struct {
	mu    sync.Mutex
	files map[string][]byte
}

// NewMem returns an empty Mem.
func NewMem() *Mem { return &Mem{files: map[string][]byte{}} }

func (m *Mem) Write(name string, data []byte) error {
	clean, err := CleanName(name)
	if err != nil {
		return err
	}
	m.mu.Lock()
	m.files[clean] = data
	m.mu.Unlock()
	return nil
}

func (m *Mem) Copy(name string, fsys fs.FS, src string) error {
	f, err := fsys.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return err
	}
	return m.Write(name, data)
}

// Files returns the stored files; callers must not modify the map.
func (m *Mem) Files() map[string][]byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.files
}

// Names returns the stored names, sorted.
func (m *Mem) Names() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	names := make([]string, 0, len(m.files))
	for n := range m.files {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
