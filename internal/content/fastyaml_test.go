package content

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// sameTree reports the first difference between the node fields readers
// of front matter use, or "".
func sameTree(got, want *yaml.Node, path string) string {
	if got.Kind != want.Kind || got.Tag != want.Tag || got.Value != want.Value || got.Style != want.Style ||
		got.Line != want.Line || got.Column != want.Column || len(got.Content) != len(want.Content) {
		return fmt.Sprintf("%s: got {kind %d tag %s value %q style %d at %d:%d, %d children}, yaml.v3 {kind %d tag %s value %q style %d at %d:%d, %d children}",
			path, got.Kind, got.Tag, got.Value, got.Style, got.Line, got.Column, len(got.Content),
			want.Kind, want.Tag, want.Value, want.Style, want.Line, want.Column, len(want.Content))
	}
	for i := range got.Content {
		if d := sameTree(got.Content[i], want.Content[i], fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}

// checkFastYAML holds fastYAML to yaml.v3 on src: where the fast parser
// answers, yaml.v3 must accept the text and build the same tree.
func checkFastYAML(t *testing.T, name, src string) (fast bool) {
	t.Helper()
	got, ok := fastYAML([]byte(src))
	if !ok {
		return false
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Errorf("%s: the fast parser accepted what yaml.v3 rejects (%v):\n%s", name, err, src)
		return true
	}
	if len(doc.Content) != 1 {
		t.Errorf("%s: the fast parser found a mapping where yaml.v3 found %d documents", name, len(doc.Content))
		return true
	}
	if d := sameTree(got, doc.Content[0], ""); d != "" {
		t.Errorf("%s: %s\n%s", name, d, src)
	}
	return true
}

func TestFastYAML(t *testing.T) {
	tests := []struct {
		src  string
		fast bool
	}{
		{"title: Đăng ký khai sinh\ncode: \"1.001193\"\n", true},
		{"date: 2025-03-01\nupdated: 2025-3-1\ncount: 12\nratio: 1.5\nok: true\nnone: ~\nhex: 0x1F\nneg: -3\nword: yes\n", true},
		{"levels:\n  - xa\n  - \"tinh\"\n  - 'huyện ''A'''\n", true},
		{"steps:\n- một\n- hai # chú thích\n", true},
		{"# đầu\ntitle: A # cuối\n\n# giữa\nsummary: B\n", true},
		{"channels:\n  - channel: truc-tiep\n    fee: \"Miễn phí\"\n    note: Nộp tại\n  - channel: buu-chinh\n    fee: 1.000 đồng\n", true},
		{"decision:\n  number: 123/QĐ-UBND\n  date: 2024-05-01\nnext: x\n", true},
		{"a:\n  b:\n  - x\n  c: y\n", true},
		{"url: https://dichvucong.gov.vn/p?a=1#x\ncsharp: C#\n", true},
		{"esc: \"a\\\"b\\\\c\\u00e0\\n\"\n", true},
		// Left to yaml.v3.
		{"tags: [a, b]\nrelated: [\"1.001193\", '2.000815']\nnone: []\nvi: [một cửa, cấp xã]\n", true},
		{"tags: [a, [b]]\n", false},
		{"tags: {a: b}\n", false},
		{"tags: [a, b\n", false},
		{"text: |\n  a\n", false},
		{"title: a\ntitle: b\n", false},
		{"title: a\n  b\n", false},
		{"title: \"a\n  b\"\n", false},
		{"a: &x 1\nb: *x\n", false},
		{"a:\n", false},
		{"a: b: c\n", false},
		{"a:\tb\n", false},
		{"- a\n", false},
		{"a:\n  - b\n c: d\n", false},
		{"a: 'b' c\n", false},
		{"a: \"\\q\"\n", false},
	}
	for _, tt := range tests {
		if fast := checkFastYAML(t, fmt.Sprintf("%q", tt.src), tt.src); fast != tt.fast {
			t.Errorf("%q: fast path %v, want %v", tt.src, fast, tt.fast)
		}
	}
}

// TestFastYAMLOnExampleSite runs both parsers on every front matter of the
// example site and counts how many the fast one takes.
func TestFastYAMLOnExampleSite(t *testing.T) {
	total, fast := 0, 0
	err := filepath.WalkDir("../../content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		parts := bytes.SplitN(src, []byte("---\n"), 3)
		if len(parts) < 3 || len(parts[0]) != 0 {
			return nil
		}
		total++
		if checkFastYAML(t, p, string(parts[1])) {
			fast++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if total < 50 || fast*10 < total*9 {
		t.Errorf("the fast parser took %d of %d front matters, want nine in ten", fast, total)
	}
}

func FuzzFastYAML(f *testing.F) {
	for _, s := range []string{
		"title: a\ncode: \"1.0\"\n",
		"levels:\n  - xa\n  - tinh\n",
		"channels:\n  - channel: x\n    fee: 'y'\n",
		"a:\n  b:\n  - x\n  c: y\n",
		"d: 2025-01-02\nn: 0o17\nf: .5\nb: -0b11\n",
		"k: v # c\n# x\nj: \"\\u00e0\"\n",
		"tags: [một cửa, \"b\", 'c'] # x\nr: []\n",
		"a:\n- [x, y]\n- z\n",
		"d: 2025-1-2\ne: 2025-01-02T10:00:00Z\ng: 2025-01-02 10:00\nh: 2025-13-45\ni: 2025-01-02t1:2:3\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkFastYAML(t, "fuzz", src)
	})
}
