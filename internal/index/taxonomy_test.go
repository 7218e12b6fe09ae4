package index

import (
	"slices"
	"strings"
	"testing"

	"github.com/motcua/motcua/internal/content"
)

func termSummary(tax *Taxonomy) []string {
	var out []string
	for _, term := range tax.Terms {
		out = append(out, term.Name+"="+term.Path+":"+strings.Join(titles(term.Pages), "|"))
	}
	return out
}

func TestTaxonomies(t *testing.T) {
	khaiSinh := proc("khai-sinh", "Đăng ký khai sinh", "1.001193", "Hộ tịch", content.LevelCommune)
	khaiSinh.Procedure.Online = content.OnlineFull
	khaiSinh.Procedure.Authority = "UBND cấp xã"
	khaiSinh.Procedure.LifeEvents = []string{"Sinh con", "sinh con"}
	ketHon := proc("ket-hon", "Đăng ký kết hôn", "1.000894", "hộ tịch", content.LevelCommune, content.LevelProvince)
	ketHon.Procedure.Authority = " UBND  cấp xã "
	datDai := proc("dat-dai", "Cấp Giấy chứng nhận quyền sử dụng đất", "1.012345", "Đất đai", content.LevelCommune)
	datDai.Tags = []string{"Nhà đất"}
	cuTru := proc("cu-tru", "Đăng ký thường trú", "1.004194", "Cư trú", content.LevelCommune)
	qa := page("hoi-dap/qua-han", content.TypeQA, content.Common{Title: "Khai sinh quá hạn?", Date: day("2025-04-01")})
	qa.QA.Field = "Hộ Tịch"
	tin := news("nha-dat", "Hướng dẫn mới về nhà đất", "2025-05-01", "nhà đất", "")
	s, _ := assemble(t, testConfig(), khaiSinh, ketHon, datDai, cuTru, qa, tin)

	tests := []struct {
		taxonomy string
		path     string
		want     []string
	}{
		{"field", "linh-vuc/", []string{
			"Cư trú=linh-vuc/cu-tru/:Đăng ký thường trú",
			"Đất đai=linh-vuc/dat-dai/:Cấp Giấy chứng nhận quyền sử dụng đất",
			// The first spelling in display order names the term; the
			// question comes after the procedures.
			"hộ tịch=linh-vuc/ho-tich/:Đăng ký kết hôn|Đăng ký khai sinh|Khai sinh quá hạn?",
		}},
		{"level", "cap-thuc-hien/", []string{
			"Cấp tỉnh=cap-thuc-hien/tinh/:Đăng ký kết hôn",
			"Cấp xã=cap-thuc-hien/xa/:Cấp Giấy chứng nhận quyền sử dụng đất|Đăng ký kết hôn|Đăng ký khai sinh|Đăng ký thường trú",
		}},
		{"authority", "co-quan/", []string{
			"UBND cấp xã=co-quan/ubnd-cap-xa/:Đăng ký kết hôn|Đăng ký khai sinh",
		}},
		{"online", "dich-vu-cong-truc-tuyen/", []string{
			"Không=dich-vu-cong-truc-tuyen/khong/:Cấp Giấy chứng nhận quyền sử dụng đất|Đăng ký kết hôn|Đăng ký thường trú",
			"Toàn trình=dich-vu-cong-truc-tuyen/toan-trinh/:Đăng ký khai sinh",
		}},
		{"life_event", "su-kien/", []string{"Sinh con=su-kien/sinh-con/:Đăng ký khai sinh"}},
		{"tag", "the/", []string{"Nhà đất=the/nha-dat/:Cấp Giấy chứng nhận quyền sử dụng đất|Hướng dẫn mới về nhà đất"}},
	}
	for _, tt := range tests {
		tax := s.Taxonomy(tt.taxonomy)
		if tax == nil {
			t.Fatalf("no taxonomy %q", tt.taxonomy)
		}
		if tax.Path != tt.path {
			t.Errorf("%s: path %q, want %q", tt.taxonomy, tax.Path, tt.path)
		}
		if got := termSummary(tax); !slices.Equal(got, tt.want) {
			t.Errorf("%s terms:\n got %q\nwant %q", tt.taxonomy, got, tt.want)
		}
	}
	if s.Taxonomy("missing") != nil {
		t.Error("unknown taxonomy found")
	}

	var got []string
	for _, term := range s.PageByPath("thu-tuc/ket-hon/").Terms("level") {
		got = append(got, term.Name)
	}
	if want := []string{"Cấp xã", "Cấp tỉnh"}; !slices.Equal(got, want) {
		t.Errorf("Terms(level) = %q, want front-matter order %q", got, want)
	}
	if terms := s.PageByPath("tin-tuc/nha-dat/").Terms("field"); len(terms) != 0 {
		t.Errorf("news has field terms %v", terms)
	}
}

func TestGeneratedPathsCoverPlannedPages(t *testing.T) {
	var pages []*content.Page
	for i, title := range []string{"Đăng ký khai sinh", "Đăng ký kết hôn", "Cấp bản sao", "Chứng thực chữ ký", "Đổi giấy phép lái xe"} {
		p := proc(string(rune('a'+i)), title, "1.00"+string(rune('0'+i)), "Hộ tịch", content.LevelCommune)
		p.Tags = []string{"Thẻ chung"}
		pages = append(pages, p)
	}
	pages = append(pages, news("a", "Tin A", "2024-12-01"), news("b", "Tin B", "2025-01-01"))
	cfg := testConfig()
	s, cs := assemble(t, cfg, pages...)
	generated := GeneratedPaths(cfg, cs)
	pagePaths := map[string]bool{"": true}
	for _, p := range cs.All() {
		pagePaths[p.Path] = true
	}
	// Section pager pages belong to the content pages; everything else
	// Plan makes must be known before the site is assembled.
	isContentPage := func(p string) bool {
		if i := strings.Index(p, "page/"); i >= 0 {
			p = p[:i]
		}
		return pagePaths[p]
	}
	for _, o := range Plan(s, cs) {
		p := strings.TrimSuffix(o.Path, "index.html")
		if o.Source != "" || isContentPage(p) {
			continue
		}
		if _, found := slices.BinarySearch(generated, p); !found {
			t.Errorf("planned %s is missing from GeneratedPaths", o.Path)
		}
	}
	for _, want := range []string{"linh-vuc/ho-tich/", "linh-vuc/ho-tich/page/3/", "the/the-chung/", "thu-tuc/a-z/", "tin-tuc/luu-tru/2024/", "tin-tuc/atom.xml", "thu-tuc/thay-doi.xml", OpenDataCSVPath} {
		if _, found := slices.BinarySearch(generated, want); !found {
			t.Errorf("GeneratedPaths lacks %s", want)
		}
	}
}

func TestContentPageWinsOverGeneratedPage(t *testing.T) {
	az := proc("a-z", "Bảng tra cứu A–Z do biên tập viên soạn", "1.000001", "Hộ tịch")
	s, cs := assemble(t, testConfig(), az, proc("b", "Đăng ký khai sinh", "1.000002", "Hộ tịch"))
	var views []string
	for _, o := range Plan(s, cs) {
		if o.Path == "thu-tuc/a-z/index.html" {
			views = append(views, o.View.Kind)
		}
	}
	if !slices.Equal(views, []string{"single"}) {
		t.Errorf("thu-tuc/a-z/ planned as %q, want only the content page", views)
	}
}
