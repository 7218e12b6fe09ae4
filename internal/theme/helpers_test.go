package theme

import (
	"fmt"
	"strings"
	"testing"

	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/index"
	"github.com/motcua/motcua/internal/tmplexec"
	"github.com/motcua/motcua/internal/urls"
)

// bar renders pagination entries compactly: "1 [2] 3 … 9".
func bar(nums []PageNumber) string {
	var parts []string
	for _, n := range nums {
		switch {
		case n.Gap:
			parts = append(parts, "…")
		case n.Current:
			parts = append(parts, fmt.Sprintf("[%d]", n.Number))
		default:
			parts = append(parts, fmt.Sprint(n.Number))
		}
	}
	return strings.Join(parts, " ")
}

func TestPageNumbers(t *testing.T) {
	tests := []struct {
		number, total int
		want          string
	}{
		{1, 1, ""},
		{1, 2, "[1] 2"},
		{3, 7, "1 2 [3] 4 5 6 7"},
		{1, 20, "[1] 2 3 … 20"},
		{10, 20, "1 … 8 9 [10] 11 12 … 20"},
		{20, 20, "1 … 18 19 [20]"},
		{4, 20, "1 2 3 [4] 5 6 … 20"},
		{5, 20, "1 … 3 4 [5] 6 7 … 20"},
	}
	for _, tt := range tests {
		pg := &index.Pager{Number: tt.number, Total: tt.total, First: "tin-tuc/"}
		if got := bar(PageNumbers(pg)); got != tt.want {
			t.Errorf("PageNumbers(%d of %d) = %q, want %q", tt.number, tt.total, got, tt.want)
		}
	}
}

func TestPageNumbersPaths(t *testing.T) {
	nums := PageNumbers(&index.Pager{Number: 1, Total: 3, First: "thu-tuc/"})
	want := []string{"thu-tuc/", "thu-tuc/page/2/", "thu-tuc/page/3/"}
	if len(nums) != len(want) {
		t.Fatalf("got %d entries, want %d", len(nums), len(want))
	}
	for i, n := range nums {
		if n.Path != want[i] {
			t.Errorf("entry %d path = %q, want %q", i, n.Path, want[i])
		}
	}
}

func TestHref(t *testing.T) {
	site := &index.Site{URLs: urls.Builder{BaseURL: "https://x.vn/tthc/", BasePath: "/tthc/"}}
	relSite := &index.Site{URLs: urls.Builder{BaseURL: "https://x.vn/", BasePath: "/", Relative: true}}
	tests := []struct {
		site   *index.Site
		from   string
		target string
		want   string
	}{
		{site, "thu-tuc/a/", "/thu-tuc/", "/tthc/thu-tuc/"},
		{site, "thu-tuc/a/", "thu-tuc/", "/tthc/thu-tuc/"},
		{site, "", "https://dichvucong.gov.vn/", "https://dichvucong.gov.vn/"},
		{relSite, "thu-tuc/a/", "/lien-he/", "../../lien-he/index.html"},
		{relSite, "thu-tuc/a/", "mailto:a@b.vn", "mailto:a@b.vn"},
	}
	for _, tt := range tests {
		v := &index.View{Site: tt.site, Path: tt.from}
		if got := Href(v, tt.target); got != tt.want {
			t.Errorf("Href(%q from %q) = %q, want %q", tt.target, tt.from, got, tt.want)
		}
	}
}

func TestResource(t *testing.T) {
	p := &index.Page{Page: &content.Page{Path: "thu-tuc/dang-ky-khai-sinh/"}}
	tests := []struct{ ref, want string }{
		{"to-khai.docx", "thu-tuc/dang-ky-khai-sinh/to-khai.docx"},
		{"./mau/to-khai.pdf", "thu-tuc/dang-ky-khai-sinh/mau/to-khai.pdf"},
		{"/bieu-mau/to-khai.pdf", "bieu-mau/to-khai.pdf"},
		{"https://dichvucong.gov.vn/mau.doc", "https://dichvucong.gov.vn/mau.doc"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Resource(p, tt.ref); got != tt.want {
			t.Errorf("Resource(%q) = %q, want %q", tt.ref, got, tt.want)
		}
	}
}

func TestTelURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0208 3 656 556", "tel:02083656556"},
		{"(0208) 3.656.556", "tel:02083656556"},
		{"+84 208 3656556", "tel:+842083656556"},
		{"1900 1234 (nhánh 2)", "tel:190012342"},
	}
	for _, tt := range tests {
		if got := string(TelURL(tt.in)); got != tt.want {
			t.Errorf("TelURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestProvince(t *testing.T) {
	tests := []struct {
		texts []string
		want  string
	}{
		{[]string{"Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên"}, "Tỉnh Thái Nguyên"},
		{[]string{"Cổng dịch vụ công", "UBND Thành phố Hà Nội"}, "Thành phố Hà Nội"},
		{[]string{"Sở Giao thông vận tải tỉnh Thái Nguyên (đến hết ngày 28/02/2025)"}, "Tỉnh Thái Nguyên"},
		{[]string{"Bộ Tư pháp", ""}, ""},
	}
	for _, tt := range tests {
		if got := Province(tt.texts...); got != tt.want {
			t.Errorf("Province(%q) = %q, want %q", tt.texts, got, tt.want)
		}
	}
}

func TestPlainify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"**Bước 1:** Nộp hồ sơ", "**Bước 1:** Nộp hồ sơ"},
		{"<p>Nộp <b>hồ sơ</b></p>", "Nộp hồ sơ"},
		{"  a\t\nb\u00a0c\u2003 ", "a b c"},
		{"a > b < c", "a > b"},
		{"x<br>y", "x y"},
		{"Phí &amp; lệ phí&nbsp;50.000&lt;b&gt;", "Phí & lệ phí 50.000<b>"},
		{"\xff<a>b", "\ufffd b"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Plainify(tt.in); got != tt.want {
			t.Errorf("Plainify(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := plainifyEntities(tt.in); got != tt.want {
			t.Errorf("plainifyEntities(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzPlainify(f *testing.F) {
	for _, s := range []string{"**Bước 1:** Nộp hồ sơ", "<p>a</p>\n<p>b</p>", "a\u2028b\u3000c", "x > y <z", "&amp;&#32;", "\xc3(", "<<a>>b>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		// plainifyEntities, Plainify's general path, is its definition.
		if got, want := Plainify(in), plainifyEntities(in); got != want {
			t.Fatalf("Plainify(%q) = %q, general path %q", in, got, want)
		}
	})
}

func BenchmarkPlainify(b *testing.B) {
	step := "**Bước 2:** Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; nếu chưa đầy đủ thì hướng dẫn bổ sung *một lần* bằng văn bản."
	b.ReportAllocs()
	for b.Loop() {
		Plainify(step)
	}
}

func TestHotMethods(t *testing.T) {
	if _, err := tmplexec.New(nil, hotMethods()...); err != nil {
		t.Fatal(err)
	}
}
