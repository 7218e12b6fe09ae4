package theme

import (
	"html/template"
	"strings"
	"testing"
	"testing/fstest"
	"text/template/parse"

	"github.com/motcua/motcua/internal/diag"
)

// foldPage uses T in every context html/template knows; the tricky string
// holds each character its escapers treat specially.
const foldPage = `<title>{{ T "tricky" }}</title>
<p title="{{ T "tricky" }}" data-x='{{ T "tricky" }}'>{{ T "tricky" }} {{ T "greet" "Lan" }} {{ T "missing_key" }}</p>
<a href="{{ T "tricky" }}">x</a><a href="/tim-kiem/?q={{ T "tricky" }}">y</a>
<textarea>{{ T "tricky" }}</textarea>
<script>var s = {{ T "tricky" }};</script>
<style>p::after { content: "{{ T "tricky" }}" }</style>
<button onclick="alert({{ T "tricky" }})">z</button>
{{ with .Name }}<b>{{ T "greet" . }}</b>{{ T "tricky" }}{{ end }}`

func TestFoldStringsKeepsOutput(t *testing.T) {
	fsys := fstest.MapFS{
		"themes/t/layouts/page.html": {Data: []byte(foldPage)},
		"themes/t/i18n/vi.yaml":      {Data: []byte("tricky: \"A+B & <C> \\\"D\\\" 'E' \\u0000 ư\"\ngreet: \"Chào {1}!\"\n")},
	}
	var list diag.List
	th := Load(Options{FS: fsys, Name: "t", Lang: "vi"}, &list)
	if list.HasErrors(false) {
		t.Fatalf("loading: %v", list.Items())
	}
	data := struct{ Name string }{"Bình <An>"}

	var got strings.Builder
	if err := th.pages["page.html"].Execute(&got, data); err != nil {
		t.Fatal(err)
	}
	reference := template.Must(template.New("page.html").Funcs(template.FuncMap{"T": th.T}).Parse(foldPage))
	var want strings.Builder
	if err := reference.Execute(&want, data); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("folded output differs from html/template's\n got: %s\nwant: %s", got.String(), want.String())
	}

	// The text, attribute and RCDATA uses are folded; the script, style,
	// URL and event-handler ones and T with a variable argument are not.
	if n := countT(th.pages["page.html"].Tree.Root); n != 6 {
		t.Errorf("%d calls of T left in the tree, want 6", n)
	}
}

func countT(n parse.Node) int {
	count := 0
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return 0
		}
		for _, c := range n.Nodes {
			count += countT(c)
		}
	case *parse.ActionNode:
		if id, ok := n.Pipe.Cmds[0].Args[0].(*parse.IdentifierNode); ok && id.Ident == "T" {
			count++
		}
	case *parse.WithNode:
		count += countT(n.List) + countT(n.ElseList)
	case *parse.IfNode:
		count += countT(n.List) + countT(n.ElseList)
	case *parse.RangeNode:
		count += countT(n.List) + countT(n.ElseList)
	}
	return count
}
