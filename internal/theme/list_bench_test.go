package theme

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/index"
)

// BenchmarkDefaultThemeTermPage executes a term page of 20 procedures
// whose list entries are already cached, as on most term pages of a site.
func BenchmarkDefaultThemeTermPage(b *testing.B) {
	th := loadDefaultTheme(b)
	v := procedureView()
	var items []*index.Page
	for i := range 20 {
		proc := *v.Page.Procedure
		proc.Code = fmt.Sprintf("1.%06d", i)
		p := &index.Page{Page: &content.Page{Kind: content.KindSingle, Type: content.TypeProcedure, Section: "thu-tuc",
			Path: fmt.Sprintf("thu-tuc/thu-tuc-%d/", i), Common: content.Common{Title: fmt.Sprintf("Thủ tục số %d", i)}, Procedure: &proc},
			Summary: "Hướng dẫn hồ sơ, trình tự, thời hạn giải quyết và phí, lệ phí của thủ tục."}
		items = append(items, p)
	}
	tax := &index.Taxonomy{Name: "field", Title: "Lĩnh vực", Path: "linh-vuc/"}
	term := &index.Term{Name: "Hộ tịch", Slug: "ho-tich", Path: "linh-vuc/ho-tich/", Pages: items, Taxonomy: tax}
	page := &index.Page{Page: &content.Page{Kind: content.KindSingle, Path: term.Path, Common: content.Common{Title: term.Name}}}
	view := &index.View{Site: v.Site, Page: page, Kind: "term", Path: term.Path, Taxonomy: tax, Term: term,
		Pager: &index.Pager{Items: items, Number: 2, Total: 5, Count: 100, First: term.Path, Prev: term.Path, Next: term.Path + "page/3/", Last: term.Path + "page/5/"}}
	var buf bytes.Buffer
	if _, err := th.Execute(&buf, view); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if _, err := th.Execute(&buf, view); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
