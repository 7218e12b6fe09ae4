package theme

import (
	"errors"
	"html/template"
	"io"
	"maps"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/motcua/motcua/internal/index"
)

// A {{ T "key" }} with literal arguments gives the same string on every
// page of a build, yet html/template calls T and then an escaper, both
// through reflection, each time a page runs it: about a fifth of the
// procedure page's template time. foldStrings replaces such an action with
// its escaped result as plain text, once per build.
//
// Only html/template knows whether an action sits in HTML text, an
// attribute, a script or a URL, and it decides on first execution, adding
// its escapers to the parse tree. So every template is first run once with
// nil data, which stops at the first action that reads the data and
// leaves the trees escaped; then an action is folded only when T is
// followed by escapers whose effect on a string this file reproduces (text,
// quoted attribute and RCDATA). T in a script, URL or style keeps its call.
func (t *Theme) foldStrings() {
	t.dryRun = true
	defer func() { t.dryRun = false }()
	for _, name := range slices.Sorted(maps.Keys(t.pages)) {
		page := t.pages[name]
		var escapeErr *template.Error
		if err := page.Execute(io.Discard, (*index.View)(nil)); errors.As(err, &escapeErr) {
			t.escapeFailed[name] = true
		}
		t.foldAll(page.Templates())
	}
	shared := t.partials.Templates()
	slices.SortFunc(shared, func(a, b *template.Template) int { return strings.Compare(a.Name(), b.Name()) })
	for _, p := range shared {
		if p.Tree != nil {
			var escapeErr *template.Error
			if err := p.Execute(io.Discard, nil); errors.As(err, &escapeErr) {
				t.sharedEscapeFailed[p.Name()] = true
			}
		}
	}
	t.foldAll(t.partials.Templates())
}

func (t *Theme) foldAll(templates []*template.Template) {
	for _, tmpl := range templates {
		if tmpl.Tree != nil && tmpl.Tree.Root != nil {
			t.foldList(tmpl.Tree.Root)
		}
	}
}

func (t *Theme) foldList(list *parse.ListNode) {
	if list == nil {
		return
	}
	for i, n := range list.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			if text, ok := t.constantText(n.Pipe); ok {
				list.Nodes[i] = &parse.TextNode{NodeType: parse.NodeText, Pos: n.Pos, Text: []byte(text)}
			}
		case *parse.IfNode:
			t.foldList(n.List)
			t.foldList(n.ElseList)
		case *parse.RangeNode:
			t.foldList(n.List)
			t.foldList(n.ElseList)
		case *parse.WithNode:
			t.foldList(n.List)
			t.foldList(n.ElseList)
		case *parse.ListNode:
			t.foldList(n)
		}
	}
}

// htmlStringEscapers are the escapers html/template adds in text,
// quoted-attribute and RCDATA contexts; given a plain string, each
// replaces the same seven characters.
var htmlStringEscapers = map[string]bool{
	"_html_template_htmlescaper":   true,
	"_html_template_attrescaper":   true,
	"_html_template_rcdataescaper": true,
}

var htmlStringReplacer = strings.NewReplacer(
	"\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;",
)

// constantText returns what pipe prints when it is T with literal
// arguments followed only by HTML string escapers.
func (t *Theme) constantText(pipe *parse.PipeNode) (string, bool) {
	if pipe == nil || len(pipe.Decl) > 0 || len(pipe.Cmds) < 2 {
		return "", false
	}
	call := pipe.Cmds[0].Args
	if fn, ok := call[0].(*parse.IdentifierNode); !ok || fn.Ident != "T" || len(call) < 2 {
		return "", false
	}
	var args []string
	for _, a := range call[1:] {
		s, ok := a.(*parse.StringNode)
		if !ok {
			return "", false
		}
		args = append(args, s.Text)
	}
	text := t.T(args[0], args[1:]...)
	for _, cmd := range pipe.Cmds[1:] {
		if len(cmd.Args) != 1 {
			return "", false
		}
		esc, ok := cmd.Args[0].(*parse.IdentifierNode)
		if !ok || !htmlStringEscapers[esc.Ident] {
			return "", false
		}
		text = htmlStringReplacer.Replace(text)
	}
	return text, true
}
