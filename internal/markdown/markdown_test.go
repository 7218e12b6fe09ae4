package markdown

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark/renderer/html"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden renders every testdata/*.md and compares it with the .html
// beside it. Links to "/known/..." resolve; anything else is broken.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.md")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			unsafe := strings.Contains(file, "unsafe")
			res, err := New(Options{Unsafe: unsafe}).Render(src, resolveKnown)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			got.Write(res.HTML)
			for _, h := range res.TOC {
				got.WriteString("<!-- toc " + strings.Repeat("#", h.Level) + " " + h.ID + " " + h.Text + " -->\n")
			}
			for _, b := range res.Broken {
				got.WriteString("<!-- broken " + b.Dest + " " + strconv.Itoa(b.Line) + ":" + strconv.Itoa(b.Col) + " -->\n")
			}
			golden := strings.TrimSuffix(file, ".md") + ".html"
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("output differs from %s:\n%s", golden, got.String())
			}
		})
	}
}

func resolveKnown(dest string) (string, bool) {
	if strings.HasPrefix(dest, "/known/") {
		return "/base" + dest, true
	}
	return "", false
}

func TestRawHTMLIsEscapedByDefault(t *testing.T) {
	src := []byte("Xin chào <script>alert(1)</script>\n\n<div onclick=\"x()\">khối</div>\n")
	res, err := New(Options{}).Render(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(res.HTML, []byte("<script")) || bytes.Contains(res.HTML, []byte("<div")) {
		t.Errorf("raw HTML passed through: %s", res.HTML)
	}
	if !bytes.Contains(res.HTML, []byte("&lt;script&gt;")) {
		t.Errorf("raw HTML not shown as text: %s", res.HTML)
	}
	res, _ = New(Options{Unsafe: true}).Render(src, nil)
	if !bytes.Contains(res.HTML, []byte("<script>")) {
		t.Errorf("unsafe mode dropped raw HTML: %s", res.HTML)
	}
}

func TestHeadingIDsAreUniqueVietnameseSlugs(t *testing.T) {
	res, err := New(Options{}).Render([]byte("## Hồ sơ cần nộp\n\n## Hồ sơ cần nộp\n\n### Đối tượng\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range res.TOC {
		got = append(got, h.ID)
	}
	want := "ho-so-can-nop ho-so-can-nop-1 doi-tuong"
	if strings.Join(got, " ") != want {
		t.Errorf("ids = %v, want %s", got, want)
	}
}

func TestRenderInline(t *testing.T) {
	out, _, err := New(Options{}).RenderInline("Nộp hồ sơ tại **Bộ phận Một cửa**", nil)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != "Nộp hồ sơ tại <strong>Bộ phận Một cửa</strong>" {
		t.Errorf("got %q", out)
	}
}

func BenchmarkRender(b *testing.B) {
	src, err := os.ReadFile("testdata/gfm.md")
	if err != nil {
		b.Fatal(err)
	}
	r := New(Options{})
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := r.Render(src, resolveKnown); err != nil {
			b.Fatal(err)
		}
	}
}

func TestPlainText(t *testing.T) {
	res, err := New(Options{}).Render([]byte("## Hồ sơ\n\nNộp **một** bản\ntại [UBND](/known/x/).\n\n| a | b |\n|---|---|\n| c | d |\n\n```\nmã\n```\n"), resolveKnown)
	if err != nil {
		t.Fatal(err)
	}
	want := "Hồ sơ\nNộp một bản tại UBND.\na\nb\n\nc\nd\n\n\nmã\n\n"
	if res.Plain != want {
		t.Errorf("Plain = %q, want %q", res.Plain, want)
	}
}

// Text in which mayAutolink finds nothing renders the same without the
// autolink extension: Render output with the shortcut equals Render with
// autolinks always on.
func FuzzAutolinkShortcut(f *testing.F) {
	for _, s := range []string{
		"Nộp hồ sơ tại **Bộ phận Một cửa** (tầng 1).\n\n- [x] Tờ khai\n- ~~bản sao~~\n",
		"Xem https://dichvucong.gov.vn hoặc www.example.vn, gửi thư tới mot.cua@example.vn.",
		"| a | b |\n| --- | :-: |\n| *x* | _y_ |\n\n[^1]: chú thích\n\nCâu[^1].",
		"http:/x ftp:y www x@y @z (www.a.b) *www.c.d* _http://e.f_",
		"<b>raw</b> & &amp; `code www.x.y`",
		"| Cách  thức   |  Phí |\n|---|--:|\n|  Trực tiếp  | 50.000  đồng |\n",
		"## Tiêu đề  ##\n\n> trích  dẫn\n> tiếp\n\n1.  một\n2.   hai\n\n    mã  khối\n",
		"a  *b  c*  d\\\ne ~~f  g~~ [h  i](/x) ![j  k](/y.png)",
		"Dòng một\nDòng hai  x\n\n***\n\nTerm\n: nghĩa",
	} {
		f.Add(s)
	}
	var shortcuts, always []*Renderer
	for _, unsafe := range []bool{false, true} {
		r := New(Options{Unsafe: unsafe})
		shortcuts = append(shortcuts, r)
		always = append(always, &Renderer{md: r.md, noLinkify: r.md})
	}
	f.Fuzz(func(t *testing.T, src string) {
		for i, r := range shortcuts {
			got, err1 := r.Render([]byte(src), nil)
			want, err2 := always[i].Render([]byte(src), nil)
			if (err1 == nil) != (err2 == nil) || string(got.HTML) != string(want.HTML) || got.Plain != want.Plain || len(got.TOC) != len(want.TOC) {
				t.Fatalf("%q (unsafe %v):\n got %q\nwant %q", src, i == 1, got.HTML, want.HTML)
			}
		}
	})
}

// A heading holding inline code is a table-of-contents entry like any
// other; it used to panic the build.
func TestHeadingWithCodeSpan(t *testing.T) {
	res, err := New(Options{}).Render([]byte("## Mã `1.001193` mới\n\nThân bài.\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.TOC) != 1 || res.TOC[0].Text != "Mã 1.001193 mới" {
		t.Errorf("TOC = %+v, want one entry \"Mã 1.001193 mới\"", res.TOC)
	}
}

func FuzzTextWriter(f *testing.F) {
	for _, s := range []string{
		"Nộp hồ sơ tại **Bộ phận Một cửa** (tầng 1) <b>\"x\"</b> > 3.",
		"a \\* b &amp; &#x41; &#65; &nbsp; & \x00 c",
		"`mã <x> & \"y\"` [liên <kết>](/a?b=1&c=2 \"tiêu đề\") ![ảnh \"x\"](/y.png)",
		"| a<b | \"c\" |\n| --- | --- |\n| & | \\| |\n\n[^1]: <chú> thích\n\nCâu[^1].",
		"<div>raw & \"html\"</div>\n\n<span>x</span> y",
		"```go\nif a < b && c > \"d\" {}\n```\n",
	} {
		f.Add(s)
	}
	var fast, slow []*Renderer
	for _, unsafe := range []bool{false, true} {
		fast = append(fast, New(Options{Unsafe: unsafe}))
		slow = append(slow, newRenderer(Options{Unsafe: unsafe}, html.DefaultWriter))
	}
	f.Fuzz(func(t *testing.T, src string) {
		for i := range fast {
			got, err1 := fast[i].Render([]byte(src), resolveKnown)
			want, err2 := slow[i].Render([]byte(src), resolveKnown)
			if (err1 == nil) != (err2 == nil) || string(got.HTML) != string(want.HTML) {
				t.Fatalf("%q (unsafe %v):\n got %q\nwant %q", src, i == 1, got.HTML, want.HTML)
			}
		}
	})
}

// BenchmarkRenderInline renders procedure steps as the markdown step does,
// one short string at a time.
func BenchmarkRenderInline(b *testing.B) {
	steps := []string{
		"**Bước 1:** Người yêu cầu điền tờ khai theo mẫu, đính kèm giấy tờ cần thiết và nộp hồ sơ trực tiếp, trực tuyến hoặc qua bưu chính.",
		"Công chức tiếp nhận kiểm tra giấy tờ; hồ sơ đủ thì viết phiếu hẹn, hồ sơ chưa đủ thì hướng dẫn bổ sung *một lần* bằng văn bản.",
		"Trả kết quả tại [Bộ phận Một cửa](/known/mot-cua/) hoặc qua bưu chính.",
	}
	r := New(Options{})
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range steps {
			if _, _, err := r.RenderInline(s, resolveKnown); err != nil {
				b.Fatal(err)
			}
		}
	}
}
