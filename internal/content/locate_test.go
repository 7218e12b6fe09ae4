package content

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/motcua/motcua/internal/diag"
)

const locateSrc = `

---
title: Đăng ký khai sinh
code: "1.01193"
levels: [xa, huyen]
channels:
  - channel: truc-tiep
    duration: 1 ngày
    fee: Miễn phí
  - channel: truc-tuyen
    fee: ""
steps:
  - Nộp hồ sơ
  - Nhận kết quả
decision:
  number: 12/QĐ
---
Nội dung.
`

func TestLocate(t *testing.T) {
	fsys := fstest.MapFS{
		"content/a.md":    {Data: []byte(locateSrc)},
		"content/toml.md": {Data: []byte("+++\ntitle = \"A\"\n\n[decision]\nnumber = \"1\"\n+++\n")},
		"content/bad.md":  {Data: []byte("---\ntitle: [\n---\n")},
		"content/none.md": {Data: []byte("Chỉ có nội dung.\n")},
	}
	tests := []struct {
		file, path string
		want       diag.Pos
		exact      bool
	}{
		{"content/a.md", "title", diag.Pos{Line: 4, Col: 8}, true},
		{"content/a.md", "code", diag.Pos{Line: 5, Col: 7}, true},
		{"content/a.md", "levels[2]", diag.Pos{Line: 6, Col: 14}, true},
		{"content/a.md", "channels", diag.Pos{Line: 7, Col: 1}, true},
		{"content/a.md", "channels[1]", diag.Pos{Line: 8, Col: 5}, true},
		{"content/a.md", "channels[1].fee", diag.Pos{Line: 10, Col: 10}, true},
		// An empty value points at its key.
		{"content/a.md", "channels[2].fee", diag.Pos{Line: 12, Col: 5}, true},
		// A missing key falls back to its parent.
		{"content/a.md", "channels[2].duration", diag.Pos{Line: 11, Col: 5}, false},
		{"content/a.md", "channels[9].fee", diag.Pos{Line: 7, Col: 1}, false},
		{"content/a.md", "steps[2]", diag.Pos{Line: 15, Col: 5}, true},
		{"content/a.md", "decision.number", diag.Pos{Line: 17, Col: 11}, true},
		// A missing top-level key, or a path through a scalar, points at
		// the front matter's first line, after the leading blank lines.
		{"content/a.md", "keywords", diag.Pos{Line: 3, Col: 1}, false},
		{"content/a.md", "title[1]", diag.Pos{Line: 4, Col: 8}, false},
		{"content/a.md", "code.x", diag.Pos{Line: 5, Col: 7}, false},
		{"content/a.md", "steps[x]", diag.Pos{Line: 13, Col: 1}, true},
		// TOML keys inside a table sit on the table's header line, as the
		// loader places them.
		{"content/toml.md", "decision.number", diag.Pos{Line: 4, Col: 1}, true},
		{"content/bad.md", "title", diag.Pos{Line: 1, Col: 1}, false},
		{"content/none.md", "title", diag.Pos{Line: 1, Col: 1}, false},
		{"content/missing.md", "title", diag.Pos{Line: 1, Col: 1}, false},
	}
	for _, tt := range tests {
		got, exact := NewLocator(fsys, tt.file).Find(tt.path)
		if got != tt.want || exact != tt.exact {
			t.Errorf("%s %s: got %+v exact=%v, want %+v exact=%v", tt.file, tt.path, got, exact, tt.want, tt.exact)
		}
		if pos := Locate(fsys, tt.file, tt.path); pos != got {
			t.Errorf("Locate(%s, %s) = %+v, Find = %+v", tt.file, tt.path, pos, got)
		}
	}
}

// Columns count characters of the NFC text the loader decodes, even when
// the file was saved decomposed.
func TestLocateCountsNFCCharacters(t *testing.T) {
	decomposed := "---\ntitle: Đăng ky\u0301\nfield: Ho\u0302\u0323 ti\u0323ch\ncode: x\n---\n"
	fsys := fstest.MapFS{"content/a.md": {Data: []byte("\ufeff" + decomposed)}}
	got, _ := NewLocator(fsys, "content/a.md").Find("code")
	if want := (diag.Pos{Line: 4, Col: 7}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func FuzzLocate(f *testing.F) {
	f.Add([]byte(locateSrc), "channels[2].fee")
	f.Add([]byte("---\na: &x {b: [1, 2]}\nc: *x\n---\n"), "c.b[2]")
	f.Add([]byte("+++\na = [1, 2]\n+++\n"), "a[1]")
	f.Add([]byte("---\n- 1\n---\n"), "[1]")
	f.Fuzz(func(t *testing.T, src []byte, path string) {
		fsys := fstest.MapFS{"f.md": {Data: src}}
		pos, _ := NewLocator(fsys, "f.md").Find(path)
		lines := bytes.Count(src, []byte("\n")) + 1
		if pos.Line < 1 || pos.Line > lines || pos.Col < 1 {
			t.Fatalf("position %+v outside a file of %d lines", pos, lines)
		}
	})
}
