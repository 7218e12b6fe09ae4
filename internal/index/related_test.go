package index

import (
	"fmt"
	"slices"
	"testing"

	"github.com/motcua/motcua/internal/content"
)

func TestRelated(t *testing.T) {
	khaiSinh := proc("khai-sinh", "Đăng ký khai sinh", "1.001193", "Hộ tịch")
	khaiSinh.Procedure.Related = []string{"1.000894", "khong-co", "1.001193", "/tin-tuc/tap-huan/"}
	khaiSinh.Procedure.Keywords = []string{"giấy khai sinh"}
	khaiSinh.Procedure.LifeEvents = []string{"Sinh con"}
	ketHon := proc("ket-hon", "Đăng ký kết hôn", "1.000894", "Hộ tịch")
	banSao := proc("ban-sao", "Cấp bản sao trích lục hộ tịch", "1.003583", "Hộ tịch")
	banSao.Procedure.Keywords = []string{"Giấy khai sinh"}
	lienThong := proc("lien-thong", "Liên thông khai sinh, thường trú", "1.011111", "Cư trú")
	lienThong.Procedure.LifeEvents = []string{"sinh con"}
	lienThong.Procedure.Keywords = []string{"giấy khai sinh"}
	giamHo := proc("giam-ho", "Đăng ký giám hộ", "1.000689", "Hộ tịch")
	nhanCon := proc("nhan-con", "Đăng ký nhận cha, mẹ, con", "1.001022", "Hộ tịch")
	cu := proc("cu", "Đăng ký khai sinh (cũ)", "1.000001", "Hộ tịch")
	cu.Procedure.Keywords = []string{"giấy khai sinh"}
	cu.Procedure.Status = content.StatusAbolished
	datDai := proc("dat-dai", "Đăng ký đất đai", "1.012345", "Đất đai")
	tapHuan := news("tap-huan", "Tập huấn hộ tịch", "2025-03-01")
	qa := page("hoi-dap/qua-han", content.TypeQA, content.Common{Title: "Khai sinh quá hạn?"})
	qa.QA.Field = "Hộ tịch"
	s, _ := assemble(t, testConfig(), khaiSinh, ketHon, banSao, lienThong, giamHo, nhanCon, cu, datDai, tapHuan, qa)

	tests := []struct {
		path string
		want []string
	}{
		// Named first, in front-matter order, skipping unknown codes and
		// itself; then lien-thong (keyword 3 + life event 2) above
		// ban-sao (keyword 3 + field 1). The abolished procedure shares
		// the most but is left out.
		{"thu-tuc/khai-sinh/", []string{"Đăng ký kết hôn", "Tập huấn hộ tịch", "Liên thông khai sinh, thường trú", "Cấp bản sao trích lục hộ tịch", "Đăng ký giám hộ"}},
		// Field only: procedures (same type) before the question, nearest
		// in title order first, the earlier of two equally near.
		{"thu-tuc/giam-ho/", []string{"Đăng ký kết hôn", "Cấp bản sao trích lục hộ tịch", "Đăng ký khai sinh", "Đăng ký nhận cha, mẹ, con", "Khai sinh quá hạn?"}},
		{"thu-tuc/dat-dai/", nil},
		{"tin-tuc/tap-huan/", nil},
	}
	for _, tt := range tests {
		p := s.PageByPath(tt.path)
		if got := titles(p.Related); !slices.Equal(got, tt.want) {
			t.Errorf("%s related:\n got %q\nwant %q", tt.path, got, tt.want)
		}
	}
}

// TestRelatedLargeBucket checks that a field shared by many procedures
// gives each one its nearest neighbours in title order, not the first
// pages of the field, and stays within the window.
func TestRelatedLargeBucket(t *testing.T) {
	var pages []*content.Page
	for i := range 500 {
		pages = append(pages, proc(fmt.Sprintf("p%03d", i), fmt.Sprintf("Thủ tục %03d", i), fmt.Sprintf("1.%06d", i), "Đất đai"))
	}
	s, _ := assemble(t, testConfig(), pages...)
	got := titles(s.PageByPath("thu-tuc/p250/").Related)
	want := []string{"Thủ tục 249", "Thủ tục 251", "Thủ tục 248", "Thủ tục 252", "Thủ tục 247"}
	if !slices.Equal(got, want) {
		t.Errorf("related of p250 = %q, want its neighbours %q", got, want)
	}
	for _, p := range s.Pages {
		if len(p.Related) != MaxRelated || slices.Contains(p.Related, p) {
			t.Fatalf("%s: %d related, self included: %v", p.Path, len(p.Related), slices.Contains(p.Related, p))
		}
	}
}

func TestPrevNextFollowSectionOrder(t *testing.T) {
	s, _ := assemble(t, testConfig(),
		proc("b", "Đổi giấy phép", "1.2", "Đường bộ"), proc("a", "Cấp giấy phép", "1.1", "Đường bộ"), proc("c", "Duyệt", "1.3", "Đường bộ"),
		news("x", "Cũ", "2024-01-01"), news("y", "Mới", "2025-01-01"))
	tests := []struct{ path, prev, next string }{
		{"thu-tuc/a/", "", "Duyệt"},
		{"thu-tuc/c/", "Cấp giấy phép", "Đổi giấy phép"},
		{"thu-tuc/b/", "Duyệt", ""},
		{"tin-tuc/y/", "", "Cũ"},
		{"tin-tuc/x/", "Mới", ""},
	}
	title := func(p *Page) string {
		if p == nil {
			return ""
		}
		return p.Title
	}
	for _, tt := range tests {
		p := s.PageByPath(tt.path)
		if title(p.Prev) != tt.prev || title(p.Next) != tt.next {
			t.Errorf("%s: prev %q next %q, want %q %q", tt.path, title(p.Prev), title(p.Next), tt.prev, tt.next)
		}
	}
}

func TestFeatured(t *testing.T) {
	var pages []*content.Page
	for i := range 12 {
		p := proc(fmt.Sprintf("p%02d", i), fmt.Sprintf("Thủ tục %02d", i), fmt.Sprintf("1.%d", i), "Hộ tịch")
		switch {
		case i%4 == 0:
			p.Featured = true
			p.Weight = 10 - i
		case i%4 == 1:
			p.Weight = i
		}
		pages = append(pages, p)
	}
	s, _ := assemble(t, testConfig(), pages...)
	want := []string{"Thủ tục 08", "Thủ tục 04", "Thủ tục 00", "Thủ tục 01", "Thủ tục 05", "Thủ tục 09"}
	if got := titles(s.Featured); !slices.Equal(got, want) {
		t.Errorf("Featured = %q, want %q", got, want)
	}
}
