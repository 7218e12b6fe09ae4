package output

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// page is HTML of a procedure page's shape and a little over its size
// (30 KB against 22 KB), so figures scale to a site by its page count.
func page() []byte {
	var b strings.Builder
	b.WriteString("<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>Đăng ký khai sinh | Thủ tục hành chính</title>\n</head>\n<body>\n")
	for i := range 120 {
		fmt.Fprintf(&b, "<section class=\"block\" id=\"muc-%d\">\n  <h2>Mục %d</h2>\n  <p>Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc trên Cổng Dịch vụ công quốc gia.</p>\n  <ul>\n    <li><a href=\"/thu-tuc/%d/\">Tờ khai</a></li>\n  </ul>\n</section>\n", i, i, i)
	}
	b.WriteString("</body>\n</html>\n")
	return []byte(b.String())
}

func BenchmarkMinifyPage(b *testing.B) {
	m, data := NewMinifier(), page()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Minify("text/html", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMinifyTemplate is the once-per-build cost that replaces
// BenchmarkMinifyPage on every page when templates are minified.
func BenchmarkMinifyTemplate(b *testing.B) {
	src, err := os.ReadFile("../../themes/default/layouts/procedure/single.html")
	if err != nil {
		b.Fatal(err)
	}
	m := NewMinifier()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Template(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDirWrite writes 1,000 pages, each in its own folder as a site
// does, into a fresh staging folder, and commits it.
func BenchmarkDirWrite(b *testing.B) {
	data := page()
	root := b.TempDir()
	b.SetBytes(int64(1000 * len(data)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n++
		d, err := NewDir(fmt.Sprintf("%s/public-%d", root, n))
		if err != nil {
			b.Fatal(err)
		}
		for i := range 1000 {
			if err := d.Write(fmt.Sprintf("thu-tuc/trang-%d/index.html", i), data); err != nil {
				b.Fatal(err)
			}
		}
		if err := d.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}
