package theme

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/index"
	"github.com/motcua/motcua/internal/urls"
)

func TestPartialCached(t *testing.T) {
	fsys := fstest.MapFS{
		"themes/t/layouts/partials/name.html": {Data: []byte(`<b>{{ . }}</b>`)},
		"themes/t/layouts/page.html":          {Data: []byte(`{{ partialCached "partials/name.html" .Name .Variant }}`)},
		"themes/t/layouts/missing.html":       {Data: []byte(`{{ partialCached "partials/nope.html" . }}`)},
	}
	var list diag.List
	th := Load(Options{FS: fsys, Name: "t", Lang: "vi"}, &list)
	if list.HasErrors(false) {
		t.Fatalf("loading: %v", list.Items())
	}
	type data struct{ Name, Variant string }
	tests := []struct {
		in   data
		want string
	}{
		{data{"<An>", "a"}, "<b>&lt;An&gt;</b>"},
		// Same variant: the first rendering is reused, whatever the data.
		{data{"Bình", "a"}, "<b>&lt;An&gt;</b>"},
		{data{"Bình", "b"}, "<b>Bình</b>"},
		// Variants are kept apart, not run together: ("a", "b") is not ("ab").
		{data{"Chi", "ab"}, "<b>Chi</b>"},
	}
	for _, tt := range tests {
		var b strings.Builder
		if err := th.pages["page.html"].Execute(&b, tt.in); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.in, b.String(), tt.want)
		}
	}
	if html, err := th.PartialCached("partials/name.html", "Dũng", "a", "b"); err != nil || html != "<b>Dũng</b>" {
		t.Errorf(`variant ("a", "b") = %q, %v; want a fresh rendering`, html, err)
	}
	var b strings.Builder
	if err := th.pages["missing.html"].Execute(&b, nil); err == nil || !strings.Contains(err.Error(), "partials/nope.html") {
		t.Errorf("a missing partial gives %v, want an error naming it", err)
	}
}

// A PageRef carries its own variant: the page, and the links' base.
func TestPartialCachedPageRef(t *testing.T) {
	fsys := fstest.MapFS{
		"themes/t/layouts/partials/item.html": {Data: []byte(`<a href="{{ .View.URL .Page.Path }}">{{ .Page.Title }}</a>`)},
	}
	var list diag.List
	th := Load(Options{FS: fsys, Name: "t", Lang: "vi"}, &list)
	if list.HasErrors(false) {
		t.Fatalf("loading: %v", list.Items())
	}
	site := &index.Site{URLs: urls.Builder{BasePath: "/", Relative: true}}
	page := func(path, title string) *index.Page {
		return &index.Page{Page: &content.Page{Path: path, Common: content.Common{Title: title}}}
	}
	a, b := page("thu-tuc/a/", "A"), page("thu-tuc/b/", "B")
	top := &index.View{Site: site, Kind: "section", Path: "thu-tuc/"}
	deep := &index.View{Site: site, Kind: "term", Path: "linh-vuc/ho-tich/"}
	other := &index.View{Site: site, Kind: "section", Path: "tin-tuc/"}
	tests := []struct {
		ref  PageRef
		want string
	}{
		{PageRef{top, a}, `<a href="../thu-tuc/a/index.html">A</a>`},
		{PageRef{top, b}, `<a href="../thu-tuc/b/index.html">B</a>`},
		{PageRef{deep, a}, `<a href="../../thu-tuc/a/index.html">A</a>`},
		// Same page, same depth: the cached entry is right for this view.
		{PageRef{other, a}, `<a href="../thu-tuc/a/index.html">A</a>`},
	}
	for _, tt := range tests {
		got, err := th.PartialCached("partials/item.html", tt.ref)
		if err != nil || string(got) != tt.want {
			t.Errorf("%s from %s: %q, %v; want %q", tt.ref.Page.Path, tt.ref.View.Path, got, err, tt.want)
		}
	}
}
