package config

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/motcua/motcua/internal/diag"
)

func load(t *testing.T, yaml string) (Site, []diag.Diagnostic) {
	t.Helper()
	var list diag.List
	fsys := fstest.MapFS{}
	if yaml != "" {
		fsys[FileName] = &fstest.MapFile{Data: []byte(yaml)}
	}
	site := Load(fsys, &list)
	return site, list.Items()
}

func TestDefaultsWithoutFile(t *testing.T) {
	site, problems := load(t, "")
	if len(problems) != 0 {
		t.Fatalf("problems: %+v", problems)
	}
	if site.Language != "vi" || site.Theme != "default" || site.BasePath != "/" || site.PageSize != 20 {
		t.Errorf("defaults = %+v", site)
	}
	want := map[string]string{"thu-tuc": "procedure", "tin-tuc": "news", "guong-dien-hinh": "exemplar", "hoi-dap": "qa", "khac": "page"}
	for dir, typ := range want {
		if got := site.SectionType(dir); got != typ {
			t.Errorf("SectionType(%s) = %s, want %s", dir, got, typ)
		}
	}
	if len(site.Taxonomies) != 6 {
		t.Errorf("taxonomies = %v", site.Taxonomies)
	}
}

func TestBaseURL(t *testing.T) {
	tests := []struct{ in, base, path string }{
		{"https://dichvucong.example.vn/tthc/", "https://dichvucong.example.vn/tthc/", "/tthc/"},
		{"https://dichvucong.example.vn/tthc", "https://dichvucong.example.vn/tthc/", "/tthc/"},
		{"https://dichvucong.example.vn", "https://dichvucong.example.vn/", "/"},
		{"/a/b/", "/a/b/", "/a/b/"},
		{"", "/", "/"},
	}
	for _, tt := range tests {
		site, problems := load(t, "base_url: \""+tt.in+"\"\n")
		if len(problems) != 0 {
			t.Errorf("%q: %+v", tt.in, problems)
		}
		if site.BaseURL != tt.base || site.BasePath != tt.path {
			t.Errorf("%q → %q %q, want %q %q", tt.in, site.BaseURL, site.BasePath, tt.base, tt.path)
		}
	}
}

func TestMergeKeepsDefaultSections(t *testing.T) {
	site, problems := load(t, "sections:\n  tin-tuc:\n    page_size: 5\n  van-ban:\n    type: page\n    title: Văn bản\n")
	if len(problems) != 0 {
		t.Fatalf("problems: %+v", problems)
	}
	if s := site.Sections["tin-tuc"]; s.Type != "news" || s.PageSize != 5 {
		t.Errorf("tin-tuc = %+v", s)
	}
	if s := site.Sections["thu-tuc"]; s.Type != "procedure" || s.PageSize != 20 {
		t.Errorf("thu-tuc = %+v", s)
	}
	if s := site.Sections["van-ban"]; s.Title != "Văn bản" {
		t.Errorf("van-ban = %+v", s)
	}
}

func TestErrorsNameKeyAndLine(t *testing.T) {
	tests := []struct {
		yaml string
		want string // "line field key"
	}{
		{"title: A\ntheem: x\n", "2 theem decode.unknown_key_suggest"},
		{"page_size: nhiều\n", "1 page_size decode.want_int"},
		{"agency:\n  name: A\n  hotlin: 1022\n", "3 agency.hotlin decode.unknown_key_suggest"},
		{"menu: Trang chủ\n", "1 menu[1] decode.want_mapping"},
		{"sections:\n  thu-tuc:\n    type: thutuc\n", "0 sections.thu-tuc.type config.type"},
		{"markdown:\n  unsafe: có lẽ\n", "2 markdown.unsafe decode.want_bool"},
		{"title: [\n", "1  fm.syntax"},
		{"base_url: \"http://\"\n", "0 base_url config.base_url"},
	}
	for _, tt := range tests {
		_, problems := load(t, tt.yaml)
		if len(problems) == 0 {
			t.Errorf("%q: no problem", tt.yaml)
			continue
		}
		d := problems[0]
		got := strings.Join([]string{itoa(d.Pos.Line), d.Field, d.Key}, " ")
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.yaml, got, tt.want)
		}
	}
}

func itoa(n int) string {
	return string(rune('0' + n))
}
