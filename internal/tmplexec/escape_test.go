package tmplexec

import (
	"bytes"
	"html/template"
	"testing"
)

// escapeContexts put one action in each context whose escapers this
// package runs itself.
var escapeContexts = []string{
	`<p>{{ . }}</p>`,
	`<p title="{{ . }}">`,
	`<p title='{{ . }}'>`,
	`<title>{{ . }}</title>`,
	`<textarea>{{ . }}</textarea>`,
	`<a href="{{ . }}">`,
	`<a href="/thu-tuc/{{ . }}">`,
	`<a href="/tim-kiem/?q={{ . }}&amp;p=1">`,
	`<img srcx="x" data-url="{{ . }}">`,
	`<script type="application/ld+json">{{ . }}</script>`,
}

func checkEscapers(t *testing.T, rt *Runtime, data any) {
	t.Helper()
	for _, src := range escapeContexts {
		tmpl := template.Must(template.New("t").Parse(src))
		var want bytes.Buffer
		stdErr := tmpl.Execute(&want, data)
		prog, err := rt.Compile(tmpl)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		var got bytes.Buffer
		ourErr := prog.Execute(&got, data)
		switch {
		case stdErr != nil && ourErr == nil:
			t.Errorf("%s with %#v: printed %q, html/template failed: %v", src, data, got.String(), stdErr)
		case stdErr == nil && ourErr != nil:
			t.Errorf("%s with %#v: %v", src, data, ourErr)
		case got.String() != want.String():
			t.Errorf("%s with %#v:\n got %q\nwant %q", src, data, got.String(), want.String())
		}
	}
}

var escapeSeeds = []string{
	"", "plain", `Cấp "bản sao" <b>&</b> 'x'+y`, "\x00nul", "a\xffb", "&amp; &#39; &lt;",
	"javascript:alert(1)", "JAVASCRIPT:x", "https://a.vn/x?q=đ&p=1#top", "mailto:a@b.vn", "tel:0208",
	"/a%2Fb%zz%4", "100%", "a b\tc\nd", "(x)[y]{z}", "!#$&*+,/:;=?@[]", "-._~", "\u2028\u2029",
	"<script>alert(1)</script>", "</title>", "x:y/z", "//host/path", "data:text/html,x",
}

func TestEscapersMatchHTMLTemplate(t *testing.T) {
	rt, _ := New(nil)
	for _, s := range escapeSeeds {
		checkEscapers(t, rt, s)
		checkEscapers(t, rt, template.HTML(s))
		checkEscapers(t, rt, template.URL(s))
		checkEscapers(t, rt, template.HTMLAttr(s))
		checkEscapers(t, rt, level(s))
		checkEscapers(t, rt, &s)
	}
	for _, v := range []any{nil, 42, -1.5, true, []string{"a", "<b>"}, map[string]int{"a": 1}, testData().Err} {
		checkEscapers(t, rt, v)
	}
}

func FuzzEscapers(f *testing.F) {
	for _, s := range escapeSeeds {
		f.Add(s)
	}
	rt, _ := New(nil)
	f.Fuzz(func(t *testing.T, s string) {
		checkEscapers(t, rt, s)
		checkEscapers(t, rt, template.HTML(s))
		checkEscapers(t, rt, template.URL(s))
	})
}
