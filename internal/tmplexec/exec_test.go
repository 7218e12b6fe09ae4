package tmplexec

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
)

type inner struct {
	Title string
	Tags  []string
}

func (in *inner) Upper() string { return strings.ToUpper(in.Title) }

type level string

func (l level) String() string { return "level:" + string(l) }

type page struct {
	*inner
	Count    int
	Unsigned uint
	Ratio    float64
	Body     template.HTML
	Link     template.URL
	Level    level
	Meta     map[string]string
	Scores   map[int]string
	Next     *page
	Any      any
	Err      error
	private  string
}

func (p *page) URL(target string) string    { return "/base/" + target }
func (p page) Label() string                { return "label-" + p.Title }
func (p *page) Pair(a string, n int) string { return fmt.Sprintf("%s#%d", a, n) }
func (p *page) Fail() (string, error)       { return "", errors.New("failed on purpose") }
func (p *page) Items() []inner              { return []inner{{Title: "a"}, {Title: "b <&>"}} }
func (p *page) Boom() string                { panic("boom") }

func testFuncs() template.FuncMap {
	return template.FuncMap{
		"upper":  strings.ToUpper,
		"join":   func(sep string, xs []string) string { return strings.Join(xs, sep) },
		"add":    func(a, b int) int { return a + b },
		"safe":   func(s string) template.HTML { return template.HTML(s) },
		"url":    func(s string) template.URL { return template.URL(s) },
		"T":      func(key string, args ...string) string { return key + "(" + strings.Join(args, ",") + ")" },
		"any":    func(x any) string { return fmt.Sprintf("%T", x) },
		"fails":  func() (string, error) { return "", errors.New("nope") },
		"panics": func() string { panic("boom") },
		"boom":   func(s string) string { panic(s) },
		"ptr":    func(p *page) string { return p.Title },
		"deref":  func(p page) int { return p.Count },
		"list":   func(xs ...any) []any { return xs },
		"cached": func(name string, data any, variant ...any) (template.HTML, error) {
			if name == "" {
				return "", errors.New("no name")
			}
			return template.HTML(fmt.Sprintf("<i>%s %v %v</i>", name, data, variant)), nil
		},
	}
}

func testData() *page {
	next := &page{inner: &inner{Title: "next"}, Count: 2}
	return &page{
		inner:    &inner{Title: `Cấp "bản sao" <b>&</b> 'x'+y`, Tags: []string{"hộ tịch", "a&b", ""}},
		Count:    3,
		Unsigned: 3,
		Ratio:    1.5,
		Body:     template.HTML(`<p class="x">Đã <em>in</em> &amp; xong</p>`),
		Link:     template.URL("javascript:alert(1)"),
		Level:    "xa",
		Meta:     map[string]string{"b": "2", "a": "1 <x>", "c": ""},
		Scores:   map[int]string{10: "ten", 2: "two", -1: "minus"},
		Next:     next,
		Any:      map[string]any{"k": []int{1, 2}},
		Err:      errors.New("an <error>"),
		private:  "hidden",
	}
}

// mustRun are templates the package must run itself and print exactly as
// html/template does.
var mustRun = []string{
	`plain text only`,
	`<p>{{ .Title }}</p><p title="{{ .Title }}">{{ .Upper }}</p>`,
	`<title>{{ .Title }} {{ .Body }}</title>`,
	`{{ .Body }}|<div data-x="{{ .Level }}">{{ .Level }}</div>`,
	`<a href="{{ .URL "thu tuc/?q=a b&c=đ" }}">x</a><a href="/tim?q={{ .Title }}">y</a>`,
	`<a href="{{ .Link }}">unsafe</a><a href="{{ url "tel:0208 3" }}">tel</a><a href="{{ "mailto:a@b.vn" }}">m</a>`,
	`<a href="{{ "javascript:x" }}">x</a><a href="HTTPS://x.vn/%zz%41">y</a><a href="{{ "/a%2Fb%zz" }}">z</a>`,
	`{{ with .Next }}{{ .Title }} {{ .Count }}{{ else }}none{{ end }}`,
	`{{ with .Meta.missing }}yes{{ else with .Meta.a }}[{{ . }}]{{ end }}`,
	`{{ if and .Count (gt .Count 2) }}many{{ else if .Count }}some{{ else }}none{{ end }}`,
	`{{ if or .Meta.c .Meta.missing "" }}t{{ else }}f{{ end }}{{ or 0 .Count }}{{ and 1 0 }}`,
	`{{ range $i, $t := .Tags }}{{ $i }}={{ $t }};{{ else }}empty{{ end }}`,
	`{{ range .Meta }}{{ . }},{{ end }}|{{ range $k, $v := .Meta }}{{ $k }}:{{ $v }},{{ end }}`,
	`{{ range $k, $v := .Scores }}{{ $k }}={{ $v }} {{ end }}`,
	`{{ range 3 }}{{ . }}{{ end }}{{ range 0 }}x{{ else }}none{{ end }}`,
	`{{ range .Tags }}{{ if not . }}{{ continue }}{{ end }}{{ if eq . "a&b" }}{{ break }}{{ end }}<{{ . }}>{{ end }}`,
	`{{ $x := 1 }}{{ range .Tags }}{{ $x = add $x 1 }}{{ $y := . }}{{ $y }}{{ end }}{{ $x }}`,
	`{{ $p := . }}{{ range .Items }}{{ .Title }}/{{ $p.Count }}/{{ $.Title }};{{ end }}`,
	`{{ define "item" }}<li>{{ .Title }}</li>{{ end }}<ul>{{ range .Items }}{{ template "item" . }}{{ end }}</ul>`,
	`{{ define "v" }}{{ $ }}{{ end }}{{ $a := 5 }}{{ template "v" .Count }}{{ $a }}`,
	`{{ block "b" .Next }}[{{ .Title }}]{{ end }}`,
	`{{ .Pair "x" 7 }} {{ .Label }} {{ .Next.Label }} {{ (index .Items 1).Title }}`,
	`{{ upper .Title }} {{ .Title | upper }} {{ join ", " .Tags }} {{ .Tags | join "+" }}`,
	`{{ T "key" }} {{ T "key" "a" .Title }} {{ any .Count }} {{ any nil }} {{ any .Meta.missing }}`,
	`{{ len .Tags }} {{ len .Meta }} {{ len .Title }} {{ index .Tags 1 }} {{ index .Meta "a" }} {{ index .Meta "zz" }} {{ index .Scores 10 }}`,
	`{{ eq .Count 3 }} {{ eq .Count 1 2 3 }} {{ ne .Title "x" }} {{ lt .Count 4 }} {{ le .Count 3 }} {{ gt .Ratio 1.4 }} {{ ge .Unsigned 3 }} {{ eq .Unsigned 3 }} {{ lt -1 .Unsigned }}`,
	`{{ eq .Level "xa" }} {{ eq .Next .Next }} {{ eq .Meta.missing .Meta.missing2 }} {{ not .Next }} {{ not .Meta.missing }}`,
	`{{ print .Count " " .Title " " nil " " .Level }} {{ print }} {{ print .Err }} {{ .Err }}`,
	`{{ .Ratio }} {{ .Count }} {{ 1.5 }} {{ 1e3 }} {{ -2 }} {{ true }} {{ .Any }} {{ .Any.k }}`,
	`{{ .Meta.missing }}|{{ .Next.Next }}|{{ .Any.none }}`,
	`{{ $t := .Title }}{{ with $t }}{{ . }}{{ end }}{{ $u := "" }}{{ with $u }}x{{ else }}empty{{ end }}`,
	`{{ deref .Next }} {{ ptr .Next }} {{ (.Next).Title }} {{ .Next.Upper }}`,
	`<p title='{{ .Title }}' class="{{ .Count }}">{{ "<script>" }}</p>`,
	`{{ range .Items }}{{ .Upper }}{{ end }}`,
	`{{ if .Next }}{{ with $n := .Next }}{{ $n.Title }}{{ end }}{{ end }}`,
	`{{ range $i, $e := list 1 "a" nil }}{{ $i }}{{ $e }}{{ end }}`,
	`{{ cached "p" .Count }} {{ cached "p" .Title "v1" .Count nil }} {{ cached "p" nil }}`,
	// attrescaper on template.HTML strips tags: html/template is asked.
	`<img alt="{{ .Body }}"><p title="{{ safe "<b>x</b> &amp; y" }}">`,
	// jsvalescaper: strings are encoded here, other values asked for.
	`<script type="application/ld+json">{"name": {{ .Title }}, "n": {{ .Count }}, "m": {{ .Meta }}, "nil": {{ .Meta.missing }}, "l": {{ .Level }}}</script>`,
}

// testMethods are direct calls for some of page's methods, one of them
// with a value receiver.
func testMethods() []Method {
	return []Method{
		Method1("URL", (*page).URL),
		Method0("Label", (*page).Label),
		Method0("Items", (*page).Items),
		Method0("Boom", (*page).Boom),
	}
}

// runtimes are the two ways to make a Runtime the tests run with: methods
// called through reflect, and called directly.
func runtimes(t *testing.T) map[string]*Runtime {
	t.Helper()
	plain, err := New(testFuncs())
	if err != nil {
		t.Fatal(err)
	}
	direct, err := New(testFuncs(), testMethods()...)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*Runtime{"reflect": plain, "direct": direct}
}

func TestNewRefusesAWrongMethod(t *testing.T) {
	for _, m := range []Method{Method0("Label", (*page).Items), Method0("Missing", (*page).Label), Method0("URL", page.Label)} {
		if _, err := New(nil, m); err == nil {
			t.Errorf("New accepted %s on %s", m.name, m.recv)
		}
	}
}

func TestMatchesHTMLTemplate(t *testing.T) {
	rts := runtimes(t)
	for _, kind := range slices.Sorted(maps.Keys(rts)) {
		testMatchesHTMLTemplate(t, kind, rts[kind])
	}
}

func testMatchesHTMLTemplate(t *testing.T, kind string, rt *Runtime) {
	for i, src := range mustRun {
		t.Run(kind+"/"+fmt.Sprint(i), func(t *testing.T) {
			tmpl := template.Must(template.New("t").Funcs(testFuncs()).Parse(src))
			var want bytes.Buffer
			if err := tmpl.Execute(&want, testData()); err != nil {
				t.Fatalf("html/template: %v\n%s", err, src)
			}
			prog, err := rt.Compile(tmpl)
			if err != nil {
				t.Fatalf("Compile: %v\n%s", err, src)
			}
			var got bytes.Buffer
			if err := prog.Execute(&got, testData()); err != nil {
				t.Fatalf("Execute: %v\n%s", err, src)
			}
			if got.String() != want.String() {
				t.Errorf("%s\n got %s\nwant %s", src, got.String(), want.String())
			}
		})
	}
}

// When html/template fails, or when the template reaches something left
// to html/template, Execute must return an error rather than print.
var mustFail = []string{
	`{{ .Nope }}`,
	`{{ .private }}`,
	`{{ .Fail }}`,
	`{{ fails }}`,
	`{{ panics }}`,
	`{{ boom "called directly" }}`,
	`{{ cached "" .Count }}`,
	`{{ .Title 1 }}`,
	`{{ .Next.Next.Title }}`,
	`{{ index .Tags 9 }}`,
	`{{ eq .Count "3" }}`,
	`{{ lt .Next .Next }}`,
	`{{ range .Count.x }}{{ end }}`,
	`{{ .Pair "x" }}`,
	`{{ upper 3 }}`,
	`{{ attr .Body }}`,
	`{{ .Boom }}`,
	`{{ .URL }}`,
	`{{ .URL 3 }}`,
}

func TestErrorsWhereHTMLTemplateFails(t *testing.T) {
	rts := runtimes(t)
	for _, kind := range slices.Sorted(maps.Keys(rts)) {
		testErrorsWhereHTMLTemplateFails(t, kind, rts[kind])
	}
}

func testErrorsWhereHTMLTemplateFails(t *testing.T, kind string, rt *Runtime) {
	for i, src := range mustFail {
		t.Run(kind+"/"+fmt.Sprint(i), func(t *testing.T) {
			funcs := testFuncs()
			funcs["attr"] = func(h template.HTML) template.HTML { return h }
			tmpl, err := template.New("t").Funcs(funcs).Parse(src)
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			stdErr := tmpl.Execute(&want, testData())
			prog, err := rt.Compile(tmpl)
			if err != nil {
				return // refused: html/template runs it
			}
			var got bytes.Buffer
			ourErr := prog.Execute(&got, testData())
			if ourErr == nil && (stdErr != nil || got.String() != want.String()) {
				t.Errorf("%s: printed %q without error; html/template: %q, %v", src, got.String(), want.String(), stdErr)
			}
		})
	}
}

func TestCompileRefuses(t *testing.T) {
	rt := runtimes(t)["direct"]
	for _, src := range []string{
		`<style>p { color: {{ .Title }} }</style>`,                              // CSS escaper
		`<script>var s = "{{ .Title }}";</script>`,                              // JS string escaper
		`{{ printf "%d" .Count }}`,                                              // builtin not run here
		`{{ define "x" }}{{ . }}{{ end }}<a title="{{ template "x" .Title }}">`, // derived template
	} {
		tmpl := template.Must(template.New("t").Funcs(testFuncs()).Parse(src))
		if err := tmpl.Execute(&bytes.Buffer{}, testData()); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if _, err := rt.Compile(tmpl); !errors.Is(err, ErrRefused) {
			t.Errorf("%s: Compile = %v, want ErrRefused", src, err)
		}
	}
	unescaped := template.Must(template.New("t").Parse(`<p>{{ .Title }}</p>`))
	if _, err := rt.Compile(unescaped); !errors.Is(err, ErrRefused) {
		t.Errorf("a template html/template has not escaped compiled: %v", err)
	}
}

// One Runtime serves every page of a build from several goroutines (run
// with -race).
func TestConcurrentExecute(t *testing.T) {
	rt := runtimes(t)["direct"]
	var progs []*Program
	var wants []string
	for _, src := range mustRun {
		tmpl := template.Must(template.New("t").Funcs(testFuncs()).Parse(src))
		var want bytes.Buffer
		if err := tmpl.Execute(&want, testData()); err != nil {
			t.Fatal(err)
		}
		prog, err := rt.Compile(tmpl)
		if err != nil {
			t.Fatal(err)
		}
		progs, wants = append(progs, prog), append(wants, want.String())
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i, prog := range progs {
				var got bytes.Buffer
				if err := prog.Execute(&got, testData()); err != nil || got.String() != wants[i] {
					t.Errorf("%s: %q, %v", mustRun[i], got.String(), err)
				}
			}
		})
	}
	wg.Wait()
}
