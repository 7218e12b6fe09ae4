package archetype

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/diag"
)

var created = time.Date(2025, 10, 15, 9, 0, 0, 0, time.UTC)

const themeProcedure = "---\ntitle: {{ quote .Title }}\ndate: {{ .Date }}\ncode: \"\"\n---\n"

func testSite() fstest.MapFS {
	return fstest.MapFS{
		"themes/default/archetypes/procedure.md":   {Data: []byte(themeProcedure)},
		"themes/default/archetypes/page.md":        {Data: []byte("---\ntitle: {{ quote .Title }}\n---\n")},
		"themes/default/archetypes/news.md":        {Data: []byte("---\ntitle: {{ quote .Title }}\n---\n")},
		"archetypes/news.md":                       {Data: []byte("---\ntitle: {{ quote .Title }}\nauthor: Ban biên tập\n---\n")},
		"themes/default/archetypes/qa.md":          {Data: []byte("---\ntitle: {{ .Missing }}\n---\n")},
		"themes/default/archetypes/exemplar.md":    {Data: []byte("---\ntitle: {{ quote .Title \n---\n")},
		"content/thu-tuc/dang-ky-khai-sinh.md":     {Data: []byte("---\ntitle: x\n---\n")},
		"content/thu-tuc/dang-ky-ket-hon/index.md": {Data: []byte("---\ntitle: x\n---\n")},
	}
}

func TestNew(t *testing.T) {
	cfg := config.Defaults()
	cfg.Sections["thu-tuc-cu"] = config.Section{Type: "procedure"}
	tests := []struct {
		typ      content.Type
		title    string
		wantPath string
		wantText string // a line the text must hold
		wantErr  string // catalogue key
	}{
		{content.TypeProcedure, "Đăng ký khai tử", "content/thu-tuc/dang-ky-khai-tu.md", "date: 2025-10-15", ""},
		{content.TypePage, "Giới thiệu", "content/gioi-thieu.md", `title: "Giới thiệu"`, ""},
		// The site's archetype wins over the theme's.
		{content.TypeNews, "Tin: mới", "content/tin-tuc/tin-moi.md", "author: Ban biên tập", ""},
		{content.TypeProcedure, "Đăng ký khai sinh", "", "", "new.exists"},
		{content.TypeProcedure, "Đăng ký kết hôn", "", "", "new.exists"},
		{content.TypeProcedure, "!!!", "", "", "new.title"},
		{content.TypeQA, "Hỏi?", "", "", "new.archetype"},
		{content.TypeExemplar, "Gương", "", "", "new.archetype"},
	}
	for _, tt := range tests {
		path, text, err := New(testSite(), &cfg, tt.typ, tt.title, created)
		if tt.wantErr != "" {
			var msg diag.Message
			if !errors.As(err, &msg) || msg.Key != tt.wantErr {
				t.Errorf("%s %q: error %v, want %s", tt.typ, tt.title, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s %q: %v", tt.typ, tt.title, err)
			continue
		}
		if path != tt.wantPath || !strings.Contains(string(text), tt.wantText+"\n") {
			t.Errorf("%s %q: got %s\n%s\nwant %s holding %q", tt.typ, tt.title, path, text, tt.wantPath, tt.wantText)
		}
	}
}

func TestMissingArchetypeAndSection(t *testing.T) {
	cfg := config.Defaults()
	delete(cfg.Sections, "hoi-dap")
	if _, _, err := New(fstest.MapFS{}, &cfg, content.TypeQA, "Hỏi", created); !isKey(err, "new.no_section") {
		t.Errorf("no qa section: %v", err)
	}
	if _, _, err := New(fstest.MapFS{}, &cfg, content.TypeNews, "Tin", created); !isKey(err, "new.no_archetype") {
		t.Errorf("no archetype: %v", err)
	}
}

func isKey(err error, key string) bool {
	var msg diag.Message
	return errors.As(err, &msg) && msg.Key == key
}

func TestParseType(t *testing.T) {
	for _, typ := range content.Types() {
		if got, err := ParseType(string(typ)); got != typ || err != nil {
			t.Errorf("ParseType(%s) = %s, %v", typ, got, err)
		}
	}
	if _, err := ParseType("thu-tuc"); !isKey(err, "config.type") {
		t.Errorf("ParseType(thu-tuc): %v", err)
	}
}

// Whatever the title, quote keeps it one YAML string that reads back as
// written.
func FuzzQuote(f *testing.F) {
	for _, s := range []string{"Thủ tục: cấp \"bản sao\" #1", "a\nb\t\\", "<b>&", "- x", "'", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		if !utf8.ValidString(title) {
			return
		}
		var back struct {
			Title string `yaml:"title"`
		}
		if err := yaml.Unmarshal([]byte("title: "+quote(title)+"\n"), &back); err != nil {
			t.Fatalf("quote(%q) = %s: %v", title, quote(title), err)
		}
		if back.Title != title {
			t.Fatalf("quote(%q) reads back as %q", title, back.Title)
		}
	})
}
