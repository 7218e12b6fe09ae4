package theme

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/motcua/motcua/internal/diag"
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
