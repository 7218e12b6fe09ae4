package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// newSite makes an empty site using the default theme's archetypes.
func newSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	archetypes := filepath.Join(dir, "themes", "default", "archetypes")
	if err := os.MkdirAll(archetypes, 0o755); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../../themes/default/archetypes/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no archetypes: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(archetypes, filepath.Base(f)), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// A page fresh from its archetype must parse, and check must list exactly
// the facts the editor still has to fill in.
func TestNewThenCheck(t *testing.T) {
	tests := []struct {
		typ, title, wantFile string
		want                 []string // "severity: field: key", sorted
	}{
		{"procedure", "Đăng ký khai sinh", "content/thu-tuc/dang-ky-khai-sinh.md", []string{
			"error: authority: validate.required",
			"error: channels[1].duration: validate.required",
			"error: channels[1].fee: validate.required",
			"error: code: validate.required",
			"error: dossier[1].name: validate.required",
			"error: field: validate.required",
			"error: legal_basis[1].number: validate.required",
			"error: legal_basis[1].title: validate.required",
			"error: levels: validate.required",
			"error: results[1]: validate.empty_item",
			"error: steps[1]: validate.empty_item",
			"error: subjects[1]: validate.empty_item",
			"error: where[1]: validate.empty_item",
			"warning: keywords: validate.keywords_missing",
		}},
		{"news", "Tin: khai trương \"Một cửa\"", "content/tin-tuc/tin-khai-truong-mot-cua.md", nil},
		{"exemplar", "Gương sáng", "content/guong-dien-hinh/guong-sang.md", []string{
			"error: kind: validate.required",
			"error: unit: validate.required",
		}},
		{"qa", "Làm khai sinh ở đâu?", "content/hoi-dap/lam-khai-sinh-o-dau.md", nil},
		{"page", "Giới thiệu", "content/gioi-thieu.md", nil},
	}
	for _, tt := range tests {
		t.Run(tt.typ, func(t *testing.T) {
			site := newSite(t)
			var stdout, stderr bytes.Buffer
			if code := run([]string{"new", tt.typ, tt.title, "--source", site}, &stdout, &stderr); code != 0 {
				t.Fatalf("new exited %d: %s", code, stderr.String())
			}
			file := filepath.Join(site, filepath.FromSlash(tt.wantFile))
			if !strings.Contains(stdout.String(), file) {
				t.Errorf("new printed %q, want the path %s", stdout.String(), file)
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(src), "title: "+quoteForTest(tt.title)) {
				t.Errorf("%s does not hold the title:\n%s", file, src)
			}
			_, _, diags := checkJSON(t, "--source", site)
			var got []string
			for _, d := range diags {
				if d.File != tt.wantFile || d.Line < 1 {
					t.Errorf("problem outside the new file or unpositioned: %+v", d)
				}
				got = append(got, d.Severity+": "+d.Field+": "+d.Key)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("check after new:\ngot  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func quoteForTest(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}

func TestNewRefusesToOverwrite(t *testing.T) {
	site := newSite(t)
	args := []string{"new", "page", "Liên hệ", "--source", site}
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("first new exited %d: %s", code, stderr.String())
	}
	file := filepath.Join(site, "content", "lien-he.md")
	if err := os.WriteFile(file, []byte("---\ntitle: Liên hệ\n---\nĐã sửa.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	if code := run(args, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "không ghi đè") {
		t.Errorf("second new: exit %d, stderr %q", code, stderr.String())
	}
	if src, _ := os.ReadFile(file); !strings.Contains(string(src), "Đã sửa.") {
		t.Error("the existing file was overwritten")
	}
}

func TestNewUsage(t *testing.T) {
	site := newSite(t)
	// A theme that is neither in the site nor built in has no archetypes.
	noTheme := t.TempDir()
	if err := os.WriteFile(filepath.Join(noTheme, "site.yaml"), []byte("theme: rieng\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args     []string
		wantCode int
		wantErr  string
	}{
		{[]string{"new", "thu-tuc", "Tên", "--source", site}, 2, "loại nội dung \"thu-tuc\" không tồn tại"},
		{[]string{"new", "procedure", "--source", site}, 2, "cách dùng: motcua new"},
		{[]string{"new", "procedure", "???", "--source", site}, 1, "không tạo được tên tệp"},
		{[]string{"new", "--source", noTheme, "news", "Tin"}, 1, "không tìm thấy mẫu archetypes/news.md"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, &stdout, &stderr); code != tt.wantCode || !strings.Contains(stderr.String(), tt.wantErr) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, stderr.String(), tt.wantCode, tt.wantErr)
		}
	}
}
