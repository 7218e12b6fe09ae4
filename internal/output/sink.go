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
// use.
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

// Dir writes into a staging folder and swaps it in on Commit.
type Dir struct {
	dest    string
	staging string
	old     string   // previous output, for hard-linking unchanged files
	made    sync.Map // folders already created in staging
}

// NewDir prepares a staging folder next to dest. It refuses a destination
// that holds a site (content/ or site.yaml) or a git checkout, since it
// would be replaced.
func NewDir(dest string) (*Dir, error) {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return nil, err
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
		d.old = abs
	}
	return d, nil
}

func (d *Dir) target(name string) (string, error) {
	clean, err := CleanName(name)
	if err != nil {
		return "", err
	}
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

// Write stores data at name, linking the previous build's file when it is
// byte-identical.
func (d *Dir) Write(name string, data []byte) error {
	full, err := d.target(name)
	if err != nil {
		return err
	}
	if d.old != "" {
		prev := filepath.Join(d.old, filepath.FromSlash(strings.TrimSuffix(name, "/")))
		if info, err := os.Lstat(prev); err == nil && info.Mode().IsRegular() && info.Size() == int64(len(data)) {
			if same, _ := sameContent(prev, data); same && os.Link(prev, full) == nil {
				return nil
			}
		}
	}
	return os.WriteFile(full, data, 0o644)
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

// Commit replaces the destination with the staging folder.
func (d *Dir) Commit() error {
	if d.old == "" {
		return os.Rename(d.staging, d.dest)
	}
	trash := d.staging + ".old"
	if err := os.Rename(d.dest, trash); err != nil {
		return err
	}
	if err := os.Rename(d.staging, d.dest); err != nil {
		return errors.Join(err, os.Rename(trash, d.dest))
	}
	return os.RemoveAll(trash)
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
