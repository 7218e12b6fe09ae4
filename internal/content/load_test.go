package content

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/adrg/frontmatter"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/diag"
)

var now = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

func load(t *testing.T, fsys fstest.MapFS) (*Site, *diag.List) {
	t.Helper()
	cfg := config.Defaults()
	var list diag.List
	return Load(fsys, &cfg, Options{Now: now}, &list), &list
}

func TestPathsKindsAndTypes(t *testing.T) {
	site, list := load(t, fstest.MapFS{
		"content/_index.md":                      {Data: []byte("---\ntitle: Trang chủ\n---\n")},
		"content/thu-tuc/_index.md":              {Data: []byte("---\ntitle: Thủ tục\n---\n")},
		"content/thu-tuc/Đăng ký khai sinh.md":   {Data: []byte("---\ntitle: Đăng ký khai sinh\ncode: \"1.001193\"\n---\n")},
		"content/thu-tuc/ket-hon/index.md":       {Data: []byte("---\ntitle: Đăng ký kết hôn\n---\n")},
		"content/thu-tuc/ket-hon/to-khai.pdf":    {Data: []byte("%PDF")},
		"content/thu-tuc/ket-hon/mau/phu-luc.md": {Data: []byte("tài nguyên, không phải trang")},
		"content/tin-tuc/2025/hoi-nghi.md":       {Data: []byte("---\ntitle: Hội nghị\nslug: hoi-nghi-tap-huan\n---\n")},
		"content/gioi-thieu.md":                  {Data: []byte("---\ntitle: Giới thiệu\n---\n")},
		"content/anh/logo.svg":                   {Data: []byte("<svg/>")},
	})
	if list.Len() != 0 {
		t.Fatalf("unexpected problems: %+v", list.Items())
	}
	got := map[string]string{}
	for _, p := range site.All() {
		got[p.Path] = string(p.Kind) + " " + string(p.Type)
	}
	want := map[string]string{
		"":                                "home page",
		"thu-tuc/":                        "section procedure",
		"thu-tuc/dang-ky-khai-sinh/":      "single procedure",
		"thu-tuc/ket-hon/":                "single procedure",
		"tin-tuc/":                        "section news",
		"tin-tuc/2025/":                   "section news",
		"tin-tuc/2025/hoi-nghi-tap-huan/": "single news",
		"gioi-thieu/":                     "single page",
		"anh/":                            "section page",
	}
	for path, kind := range want {
		if got[path] != kind {
			t.Errorf("%q: got %q, want %q", path, got[path], kind)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got pages %v", got)
	}
	for _, p := range site.Pages {
		if p.Path == "thu-tuc/ket-hon/" && strings.Join(p.Resources, ",") != "mau/phu-luc.md,to-khai.pdf" {
			t.Errorf("bundle resources = %v", p.Resources)
		}
	}
	if strings.Join(site.Files, ",") != "anh/logo.svg" {
		t.Errorf("files = %v", site.Files)
	}
}

// The body shares the file's buffer; an append to it (goldmark appends a
// newline to a code block's last line) must copy rather than write there.
func TestBodyIsCapped(t *testing.T) {
	site, _ := load(t, fstest.MapFS{"content/a.md": {Data: []byte("---\ntitle: a\n---\n    mã")}})
	if p := site.Pages[0]; string(p.Body) != "    mã" || cap(p.Body) != len(p.Body) {
		t.Errorf("Body %q has cap %d, want len %d", p.Body, cap(p.Body), len(p.Body))
	}
}

func TestNFDIsNormalised(t *testing.T) {
	nfd := "---\ntitle: \"Đa\u0306ng ky\u0301\"\n---\nHo\u0302\u0300 sơ\n"
	site, _ := load(t, fstest.MapFS{"content/a.md": {Data: []byte(nfd)}})
	p := site.Pages[0]
	if p.Title != "Đăng ký" || !bytes.HasPrefix(p.Body, []byte("Hồ sơ")) {
		t.Errorf("not NFC: %q %q", p.Title, p.Body)
	}
}

func TestTypedProcedure(t *testing.T) {
	src := `---
title: Chứng thực bản sao từ bản chính
code: 2.000815.000.00.00.H55
levels: [Cấp xã, "tinh"]
online: Toàn trình
channels:
  - channel: TRUC TUYEN
    duration: Trong ngày
    fee: 2.000 đồng/trang
dossier:
  - name: Bản chính giấy tờ
    originals: 1
    copies: 0
date: 15/03/2025
---
`
	site, list := load(t, fstest.MapFS{"content/thu-tuc/a.md": {Data: []byte(src)}})
	if list.Len() != 0 {
		t.Fatalf("problems: %+v", list.Items())
	}
	p := site.Pages[0].Procedure
	if p.Code != "2.000815.000.00.00.H55" || len(p.Levels) != 2 || p.Levels[0] != LevelCommune || p.Levels[1] != LevelProvince {
		t.Errorf("procedure = %+v", p)
	}
	if p.Online != OnlineFull || p.Channels[0].Channel != ChannelOnline || p.Sets != 1 || p.Status != StatusActive {
		t.Errorf("enums/defaults = %+v", p)
	}
	if d := site.Pages[0].Date; d.Year() != 2025 || d.Month() != 3 || d.Day() != 15 {
		t.Errorf("date = %v", d)
	}
}

func TestProblems(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // "line:col key field"
	}{
		{"yaml syntax", "---\ntitle: [a\n---\n", "2:1 fm.yaml.bracket "},
		{"unclosed", "---\ntitle: a\n", "1:1 fm.unclosed "},
		{"no front matter", "chỉ có nội dung\n", "1:1 fm.missing "},
		{"unknown key", "---\ntitle: a\nsumary: b\n---\n", "3:1 decode.unknown_key_suggest sumary"},
		{"bad date", "---\ntitle: a\ndate: 31/02/2025\n---\n", "3:7 decode.date date"},
		{"bad enum", "---\ntitle: a\nlevels: [huyen, quan]\n---\n", "3:17 decode.enum levels[2]"},
		{"bad int", "---\ntitle: a\nsets: hai\n---\n", "3:7 decode.want_int sets"},
		{"list expected", "---\ntitle: a\nsubjects: {a: b}\n---\n", "3:11 decode.want_list subjects"},
		{"duplicate key", "---\ntitle: a\ntitle: b\n---\n", "3:1 decode.duplicate_key title"},
		{"missing title", "---\ncode: \"1.1\"\n---\n", "1:1 content.title_required title"},
		{"blank lines before", "\n\n---\ntitle: a\nsets: x\n---\n", "5:7 decode.want_int sets"},
		{"toml", "+++\ntitle = \"a\"\nsets = \"hai\"\n+++\n", "3:1 decode.want_int sets"},
		{"toml syntax", "+++\ntitle = \n+++\n", "2:"},
		{"bad slug", "---\ntitle: a\nslug: Đăng Ký\n---\n", "1:1 content.slug slug"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, list := load(t, fstest.MapFS{"content/thu-tuc/a.md": {Data: []byte(tt.src)}})
			items := list.Items()
			if len(items) == 0 {
				t.Fatalf("no problem reported")
			}
			d := items[0]
			got := strings.TrimSpace(itoa(d.Pos.Line) + ":" + itoa(d.Pos.Col) + " " + d.Key + " " + d.Field)
			if !strings.HasPrefix(got, strings.TrimSpace(tt.want)) {
				t.Errorf("got %q, want %q (%s)", got, tt.want, diag.English.Format(d))
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestURLConflict(t *testing.T) {
	_, list := load(t, fstest.MapFS{
		"content/a.md": {Data: []byte("---\ntitle: A\nslug: b\n---\n")},
		"content/b.md": {Data: []byte("---\ntitle: B\n---\n")},
	})
	items := list.Items()
	if len(items) != 1 || items[0].Key != "content.url_conflict" || items[0].File != "content/b.md" {
		t.Errorf("got %+v", items)
	}
}

func TestLinksResolve(t *testing.T) {
	site, _ := load(t, fstest.MapFS{
		"content/thu-tuc/a.md":       {Data: []byte("---\ntitle: A\n---\n")},
		"content/thu-tuc/b/index.md": {Data: []byte("---\ntitle: B\n---\n")},
		"content/thu-tuc/b/mau.docx": {Data: []byte("x")},
		"content/tin-tuc/c.md":       {Data: []byte("---\ntitle: C\n---\n")},
	})
	links := NewLinks(site, []string{"forms/mau-01.pdf"})
	var a, b *Page
	for _, p := range site.Pages {
		switch p.Path {
		case "thu-tuc/a/":
			a = p
		case "thu-tuc/b/":
			b = p
		}
	}
	tests := []struct {
		from *Page
		dest string
		want string
		ok   bool
	}{
		{a, "/thu-tuc/b/", "thu-tuc/b/", true},
		{a, "/thu-tuc/b", "thu-tuc/b/", true},
		{a, "/thu-tuc/b/index.html", "thu-tuc/b/", true},
		{a, "../tin-tuc/c.md", "tin-tuc/c/", true},
		{a, "../tin-tuc/c.md#muc-2", "tin-tuc/c/#muc-2", true},
		{a, "/forms/mau-01.pdf", "forms/mau-01.pdf", true},
		{b, "mau.docx", "thu-tuc/b/mau.docx", true},
		{b, "../a.md", "thu-tuc/a/", true},
		{a, "/khong-co/", "", false},
		{a, "../../../../etc/passwd", "", false},
		{a, "/", "", true},
	}
	for _, tt := range tests {
		got, ok := links.Resolve(tt.from, tt.dest)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("Resolve(%s, %q) = %q, %v; want %q, %v", tt.from.Path, tt.dest, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzFrontMatter feeds arbitrary files to the front-matter splitter and
// decoder: it must never panic, and problems must point inside the file.
func FuzzFrontMatter(f *testing.F) {
	f.Add("---\ntitle: a\n---\nbody")
	f.Add("+++\ntitle = 'a'\n+++\n")
	f.Add("---\nchannels:\n  - channel: x\n    fee: [1]\n---\n")
	f.Add("\n\n---\n---\n")
	f.Add("---\n&a [*a]\n---\n")
	cfg := config.Defaults()
	f.Fuzz(func(t *testing.T, src string) {
		var list diag.List
		Load(fstest.MapFS{"content/thu-tuc/a.md": {Data: []byte(src)}}, &cfg, Options{Now: now}, &list)
		lines := strings.Count(src, "\n") + 1
		for _, d := range list.Items() {
			if d.Pos.Line < 0 || d.Pos.Line > lines+1 {
				t.Errorf("line %d outside a %d-line file: %+v", d.Pos.Line, lines, d)
			}
		}
	})
}

// BenchmarkLoad loads 1,000 procedures whose front matter is written in
// block style, as the example site and most editors write it (fastYAML
// parses it), and in flow style, which goes to yaml.v3.
func BenchmarkLoad(b *testing.B) {
	block := []byte(`---
title: Đăng ký khai sinh
code: "1.001193"
field: Hộ tịch
levels: [xa]
subjects:
  - Cá nhân
authority: UBND cấp xã
where:
  - Bộ phận Một cửa
steps:
  - Nộp hồ sơ
  - Nhận kết quả
channels:
  - channel: truc-tiep
    duration: Trong ngày
    fee: Miễn phí
dossier:
  - name: Tờ khai
    originals: 1
    copies: 0
results:
  - Giấy khai sinh
legal_basis:
  - number: 60/2014/QH13
    title: Luật Hộ tịch
    date: 2014-11-20
    issuer: Quốc hội
---
Nội dung hướng dẫn chi tiết.
`)
	flow := []byte(`---
title: Đăng ký khai sinh
code: "1.001193"
field: Hộ tịch
levels: [xa]
subjects: [Cá nhân]
authority: UBND cấp xã
where: [Bộ phận Một cửa]
steps: [Nộp hồ sơ, Nhận kết quả]
channels:
  - {channel: truc-tiep, duration: Trong ngày, fee: Miễn phí}
dossier:
  - {name: Tờ khai, originals: 1, copies: 0}
results: [Giấy khai sinh]
legal_basis:
  - {number: 60/2014/QH13, title: Luật Hộ tịch, date: 2014-11-20, issuer: Quốc hội}
---
Nội dung hướng dẫn chi tiết.
`)
	for _, style := range []struct {
		name string
		src  []byte
	}{{"block", block}, {"flow", flow}} {
		b.Run(style.name, func(b *testing.B) {
			fsys := fstest.MapFS{}
			for i := range 1000 {
				fsys["content/thu-tuc/p"+itoa(i%100)+"-"+itoa(i/100)+".md"] = &fstest.MapFile{Data: style.src}
			}
			cfg := config.Defaults()
			b.ReportAllocs()
			for b.Loop() {
				var list diag.List
				Load(fsys, &cfg, Options{Now: now}, &list)
				if list.HasErrors(false) {
					b.Fatal(list.Items()[0])
				}
			}
		})
	}
}

// cutYAMLFrontMatter splits every file it accepts exactly as
// frontmatter.Parse does.
func FuzzCutYAMLFrontMatter(f *testing.F) {
	for _, s := range []string{"---\ntitle: a\n---\nbody", "---\n---\n", "---\na: 1\n --- \nb: 2\n---\nx", "---\na: ---\n---\n",
		"---\na: 1\n---", "---\na: 1\n---x\n---\n", "---\na: 1\n\u00a0---\n---\nb", "---\r\na: 1\r\n---\r\n", "+++\na = 1\n+++\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		raw, body, ok := cutYAMLFrontMatter([]byte(src))
		if !ok {
			return
		}
		var wantRaw []byte
		capture := func(data []byte, _ any) error { wantRaw = bytes.Clone(data); return nil }
		wantBody, err := frontmatter.Parse(strings.NewReader(src), nil,
			frontmatter.NewFormat("---", "---", capture), frontmatter.NewFormat("+++", "+++", capture))
		if err != nil || wantRaw == nil || string(raw) != string(wantRaw) || string(body) != string(wantBody) {
			t.Fatalf("%q: cut gives %q, %q; frontmatter.Parse %q, %q, %v", src, raw, body, wantRaw, wantBody, err)
		}
	})
}

// Giving frontmatter.Parse only the head of a file (frontMatterHead)
// splits it exactly as the whole file does.
func FuzzFrontMatterHead(f *testing.F) {
	for _, s := range []string{"---\ntitle: a\n---\nbody", "+++\ntitle = 'a'\n+++\n", "\n\n---\n---\n", "---\na: 1\n --- \nb: 2\n---\nx",
		"---\r\na: 1\r\n---\r\nbody", "---\na: 1\n---", "text\n---\n", "---\n", "  ---  \na: 1\n---\n---\n"} {
		f.Add(s)
	}
	split := func(src []byte) (raw, body string, err error) {
		capture := func(data []byte, _ any) error { raw = string(data); return nil }
		b, err := frontmatter.Parse(bytes.NewReader(src), nil,
			frontmatter.NewFormat("---", "---", capture), frontmatter.NewFormat("+++", "+++", capture))
		return raw, string(b), err
	}
	f.Fuzz(func(t *testing.T, src string) {
		wantRaw, wantBody, wantErr := split([]byte(src))
		head := frontMatterHead([]byte(src))
		raw, body, err := split(head)
		body += src[len(head):]
		if raw != wantRaw || body != wantBody || (err == nil) != (wantErr == nil) {
			t.Fatalf("%q: head %q gives %q, %q, %v; whole file %q, %q, %v", src, head, raw, body, err, wantRaw, wantBody, wantErr)
		}
	})
}
