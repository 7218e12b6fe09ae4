package theme

import (
	"bytes"
	"encoding/json"
	"html/template"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/index"
	"github.com/motcua/motcua/internal/markdown"
	"github.com/motcua/motcua/internal/urls"
)

// loadDefaultTheme parses the shipped theme with the repository as the
// site root.
func loadDefaultTheme(t testing.TB) *Theme {
	t.Helper()
	var list diag.List
	th := Load(Options{FS: os.DirFS("../.."), Name: "default", Lang: "vi", Markdown: markdown.New(markdown.Options{})}, &list)
	for _, d := range list.Items() {
		t.Errorf("loading the default theme: %s", diag.ForLang("en").Format(d))
	}
	return th
}

// procedureView is a procedure page under a subpath base URL. Its title
// carries markup to prove that text never leaks into HTML or JSON-LD raw.
func procedureView() *index.View {
	site := &index.Site{
		Config: &config.Site{
			Title:    "Thủ tục hành chính tỉnh Thái Nguyên",
			Language: "vi",
			Agency:   config.Agency{Name: "Văn phòng Ủy ban nhân dân tỉnh Thái Nguyên", Hotline: "0208 3 855 555"},
		},
		URLs: urls.Builder{BaseURL: "https://dichvucong.example.vn/tthc/", BasePath: "/tthc/"},
	}
	site.Home = &index.Page{Page: &content.Page{Kind: content.KindHome, Common: content.Common{Title: "Trang chủ"}}}
	proc := &content.Procedure{
		Code:      "1.001193",
		Field:     "Hộ tịch",
		Levels:    []content.Level{content.LevelCommune},
		Subjects:  []string{"Cha, mẹ của trẻ em"},
		Authority: "Ủy ban nhân dân cấp xã",
		Where:     []string{"Bộ phận Một cửa xã"},
		Channels: []content.Channel{
			{Channel: content.ChannelInPerson, Duration: "Trong ngày", Fee: "Miễn phí"},
			{Channel: content.ChannelOnline, Duration: "Trong ngày", Fee: "Miễn phí", Note: "Dùng VNeID"},
		},
		Dossier: []content.Document{
			{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Form: "to-khai.docx"},
			{Name: "Giấy chứng sinh", Originals: 1},
			{Name: "Văn bản của người làm chứng", Originals: 1, Case: "Trường hợp không có Giấy chứng sinh"},
			{Name: "Giấy cam đoan về việc sinh", Originals: 1, Case: "Trường hợp không có Giấy chứng sinh"},
			{Name: "Biên bản trẻ bị bỏ rơi", Copies: 2, Case: "Trường hợp trẻ bị bỏ rơi"},
		},
		Results:    []string{"Giấy khai sinh"},
		LegalBasis: []content.LegalDoc{{Number: "60/2014/QH13", Title: "Luật Hộ tịch", Issuer: "Quốc hội"}},
		Online:     content.OnlineFull,
		OnlineURL:  "https://dichvucong.gov.vn/khai-sinh",
	}
	page := &index.Page{
		Page: &content.Page{
			Kind: content.KindSingle, Type: content.TypeProcedure, Section: "thu-tuc", Dir: "thu-tuc",
			Path:      "thu-tuc/dang-ky-khai-sinh/",
			Common:    content.Common{Title: `Đăng ký khai sinh </script><b>"x"</b>`},
			Procedure: proc,
		},
		Rendered: index.Rendered{Steps: []template.HTML{"<p>Nộp hồ sơ.</p>", "<p>Nhận kết quả.</p>"}},
	}
	page.Breadcrumbs = []index.Crumb{{Title: "Trang chủ"}, {Title: page.Title, Path: page.Path}}
	return &index.View{Site: site, Page: page, Kind: "single", Path: page.Path}
}

func render(t *testing.T, th *Theme, v *index.View) (string, string) {
	t.Helper()
	var b bytes.Buffer
	name, err := th.Execute(&b, v)
	if err != nil {
		t.Fatalf("rendering %s: %v", v.Path, err)
	}
	return name, b.String()
}

var jsonLD = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

func TestDefaultThemeProcedureJSONLD(t *testing.T) {
	th := loadDefaultTheme(t)
	v := procedureView()
	name, out := render(t, th, v)
	if name != "procedure/single.html" {
		t.Errorf("rendered with %s, want procedure/single.html", name)
	}
	m := jsonLD.FindStringSubmatch(out)
	if m == nil {
		t.Fatal("no JSON-LD block")
	}
	var ld struct {
		Type       string `json:"@type"`
		Name       string `json:"name"`
		Identifier string `json:"identifier"`
		Service    string `json:"serviceType"`
		URL        string `json:"url"`
		Provider   struct {
			Type string `json:"@type"`
			Name string `json:"name"`
		} `json:"provider"`
		Area struct {
			Name string `json:"name"`
		} `json:"areaServed"`
		Channels []struct {
			Type       string `json:"@type"`
			Name       string `json:"name"`
			ServiceURL string `json:"serviceUrl"`
		} `json:"availableChannel"`
	}
	if err := json.Unmarshal([]byte(m[1]), &ld); err != nil {
		t.Fatalf("JSON-LD does not parse: %v\n%s", err, m[1])
	}
	proc := v.Page.Procedure
	checks := []struct{ field, got, want string }{
		{"@type", ld.Type, "GovernmentService"},
		{"name", ld.Name, v.Page.Title},
		{"identifier", ld.Identifier, proc.Code},
		{"serviceType", ld.Service, proc.Field},
		{"url", ld.URL, "https://dichvucong.example.vn/tthc/thu-tuc/dang-ky-khai-sinh/"},
		{"provider.@type", ld.Provider.Type, "GovernmentOrganization"},
		{"provider.name", ld.Provider.Name, proc.Authority},
		{"areaServed.name", ld.Area.Name, "Tỉnh Thái Nguyên"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if len(ld.Channels) != len(proc.Channels) {
		t.Fatalf("availableChannel has %d entries, want %d", len(ld.Channels), len(proc.Channels))
	}
	for i, c := range ld.Channels {
		if c.Type != "ServiceChannel" || c.Name != proc.Channels[i].Channel.Label() {
			t.Errorf("availableChannel[%d] = %+v", i, c)
		}
	}
	if ld.Channels[1].ServiceURL != proc.OnlineURL {
		t.Errorf("online channel serviceUrl = %q, want %q", ld.Channels[1].ServiceURL, proc.OnlineURL)
	}
	if strings.Contains(out, "<b>") {
		t.Error("the title's markup reached the page unescaped")
	}
}

// TestDefaultThemeDossierGroups checks that documents without a case come
// first, then each case in order of first appearance, each under its own
// heading.
func TestDefaultThemeDossierGroups(t *testing.T) {
	_, out := render(t, loadDefaultTheme(t), procedureView())
	order := []string{
		"Giấy tờ phải nộp",
		"Tờ khai đăng ký khai sinh",
		"Giấy chứng sinh</span>",
		"<h3 class=\"case\">Trường hợp không có Giấy chứng sinh</h3>",
		"Văn bản của người làm chứng",
		"Giấy cam đoan về việc sinh",
		"<h3 class=\"case\">Trường hợp trẻ bị bỏ rơi</h3>",
		"Biên bản trẻ bị bỏ rơi",
		"2 bản sao",
	}
	at := 0
	for _, s := range order {
		i := strings.Index(out[at:], s)
		if i < 0 {
			t.Fatalf("%q missing or out of order after byte %d", s, at)
		}
		at += i + len(s)
	}
	if n := strings.Count(out, `<h3 class="case">Trường hợp không có Giấy chứng sinh</h3>`); n != 1 {
		t.Errorf("case heading appears %d times, want 1", n)
	}
	if got, want := strings.Count(out, `<ul class="checklist">`), 3; got != want {
		t.Errorf("%d checklists, want %d (general + two cases)", got, want)
	}
}

func TestDefaultThemeProcedureLinks(t *testing.T) {
	_, out := render(t, loadDefaultTheme(t), procedureView())
	for _, want := range []string{
		`href="/tthc/thu-tuc/dang-ky-khai-sinh/to-khai.docx"`,
		`href="https://dichvucong.gov.vn/khai-sinh"`,
		`action="/tthc/tim-kiem/"`,
		`<main id="noi-dung"`,
		`href="#noi-dung"`,
		`<html lang="vi">`,
		`href="tel:02083855555"`,
		`<details open>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %s", want)
		}
	}
}

func BenchmarkDefaultThemeProcedurePage(b *testing.B) {
	b.Run("tmplexec", func(b *testing.B) { benchmarkProcedurePage(b, loadDefaultTheme(b)) })
	b.Run("html-template", func(b *testing.B) {
		var list diag.List
		th := Load(Options{FS: os.DirFS("../.."), Name: "default", Lang: "vi", Markdown: markdown.New(markdown.Options{}), HTMLTemplateOnly: true}, &list)
		benchmarkProcedurePage(b, th)
	})
}

func benchmarkProcedurePage(b *testing.B, th *Theme) {
	v := procedureView()
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if _, err := th.Execute(&buf, v); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
