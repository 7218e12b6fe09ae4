package tmplexec

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"text/template/parse"
)

// Runtime holds what every program of a build shares: the template
// functions and the per-type lookup caches.
type Runtime struct {
	funcs   map[string]function
	methods map[lookupKey]*Method
	oracles map[string]oracle
	lookups atomic.Pointer[map[lookupKey]*member] // replaced whole, never changed
	mu      sync.Mutex                            // held to replace lookups
}

// New returns a Runtime for templates parsed with funcs that calls
// methods directly. It fails when a Method is not the method it names.
func New(funcs template.FuncMap, methods ...Method) (*Runtime, error) {
	table, err := methodTable(methods)
	if err != nil {
		return nil, err
	}
	r := &Runtime{funcs: make(map[string]function, len(funcs)), methods: table, oracles: newOracles()}
	r.lookups.Store(&map[lookupKey]*member{})
	for name, fn := range funcs {
		v := reflect.ValueOf(fn)
		if v.Kind() != reflect.Func {
			continue
		}
		r.funcs[name] = function{value: v, direct: direct(fn)}
	}
	return r, nil
}

// Program is an escaped entry template and the templates it calls.
type Program struct {
	rt    *Runtime
	entry *parse.Tree
	trees map[string]*parse.Tree
}

// ErrRefused is wrapped by Compile's errors: the template uses something
// this package does not run.
var ErrRefused = errors.New("tmplexec: template not supported")

// Compile prepares tmpl, which must have been executed once by
// html/template without an escaping error (so its trees and those of the
// templates it calls carry their escapers), for Execute.
func (r *Runtime) Compile(tmpl *template.Template) (*Program, error) {
	if tmpl == nil || tmpl.Tree == nil || tmpl.Tree.Root == nil {
		return nil, fmt.Errorf("%w: no parse tree", ErrRefused)
	}
	p := &Program{rt: r, entry: tmpl.Tree, trees: map[string]*parse.Tree{}}
	pending := []*parse.Tree{tmpl.Tree}
	seen := map[*parse.Tree]bool{tmpl.Tree: true}
	for len(pending) > 0 {
		tree := pending[len(pending)-1]
		pending = pending[:len(pending)-1]
		var called []string
		if err := r.check(tree.Root, &called); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrRefused, tree.ParseName, err)
		}
		for _, name := range called {
			if _, ok := p.trees[name]; ok {
				continue
			}
			t := tmpl.Lookup(name)
			if t == nil || t.Tree == nil || t.Tree.Root == nil {
				return nil, fmt.Errorf("%w: template %q is not in the set", ErrRefused, name)
			}
			p.trees[name] = t.Tree
			if !seen[t.Tree] {
				seen[t.Tree] = true
				pending = append(pending, t.Tree)
			}
		}
	}
	return p, nil
}

// builtins are the text/template builtins run here.
var builtins = map[string]bool{
	"and": true, "or": true, "not": true, "len": true, "index": true, "print": true,
	"eq": true, "ne": true, "lt": true, "le": true, "gt": true, "ge": true,
}

// check walks a tree and refuses what Execute would not run exactly.
func (r *Runtime) check(node parse.Node, called *[]string) error {
	switch n := node.(type) {
	case *parse.ListNode:
		if n == nil {
			return nil
		}
		for _, c := range n.Nodes {
			if err := r.check(c, called); err != nil {
				return err
			}
		}
	case *parse.ActionNode:
		if len(n.Pipe.Decl) == 0 {
			if k := escaperStart(n.Pipe); k == len(n.Pipe.Cmds) {
				return fmt.Errorf("line %d: action prints without an escaper: %s", n.Line, n)
			}
		}
		return r.checkPipe(n.Pipe)
	case *parse.IfNode:
		return r.checkBranch(n.Pipe, n.List, n.ElseList, called)
	case *parse.WithNode:
		return r.checkBranch(n.Pipe, n.List, n.ElseList, called)
	case *parse.RangeNode:
		return r.checkBranch(n.Pipe, n.List, n.ElseList, called)
	case *parse.TemplateNode:
		*called = append(*called, n.Name)
		return r.checkPipe(n.Pipe)
	case *parse.TextNode, *parse.CommentNode, *parse.BreakNode, *parse.ContinueNode:
	default:
		return fmt.Errorf("unsupported node %s", node)
	}
	return nil
}

func (r *Runtime) checkBranch(pipe *parse.PipeNode, list, elseList *parse.ListNode, called *[]string) error {
	if err := r.checkPipe(pipe); err != nil {
		return err
	}
	if err := r.check(list, called); err != nil {
		return err
	}
	if elseList != nil {
		return r.check(elseList, called)
	}
	return nil
}

func (r *Runtime) checkPipe(pipe *parse.PipeNode) error {
	if pipe == nil {
		return nil
	}
	for _, cmd := range pipe.Cmds {
		for i, arg := range cmd.Args {
			switch a := arg.(type) {
			case *parse.IdentifierNode:
				if _, ok := escapers[a.Ident]; ok {
					if i != 0 || len(cmd.Args) != 1 {
						return fmt.Errorf("escaper %s with arguments", a.Ident)
					}
					continue
				}
				if _, ok := r.funcs[a.Ident]; ok {
					continue
				}
				if builtins[a.Ident] {
					continue
				}
				return fmt.Errorf("function %q", a.Ident)
			case *parse.PipeNode:
				if err := r.checkPipe(a); err != nil {
					return err
				}
			case *parse.ChainNode:
				if p, ok := a.Node.(*parse.PipeNode); ok {
					if err := r.checkPipe(p); err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

// escaperStart returns the index of the first of the escaper commands
// that end pipe, len(pipe.Cmds) when it ends with none.
func escaperStart(pipe *parse.PipeNode) int {
	k := len(pipe.Cmds)
	for k > 0 {
		cmd := pipe.Cmds[k-1]
		if len(cmd.Args) != 1 {
			break
		}
		id, ok := cmd.Args[0].(*parse.IdentifierNode)
		if !ok {
			break
		}
		if _, ok := escapers[id.Ident]; !ok {
			break
		}
		k--
	}
	return k
}

// stringWriter is what Execute writes through.
type stringWriter interface {
	io.Writer
	io.StringWriter
}

// Execute runs the program with data as dot and writes the output to w.
// After an error, w holds part of a page; see the package comment.
func (p *Program) Execute(w io.Writer, data any) error {
	sw, ok := w.(stringWriter)
	if !ok {
		var buf bytes.Buffer
		if err := p.Execute(&buf, data); err != nil {
			return err
		}
		_, err := w.Write(buf.Bytes())
		return err
	}
	value, ok := data.(reflect.Value)
	if !ok {
		value = reflect.ValueOf(data)
	}
	s := &state{p: p, w: sw, vars: []variable{{"$", value}}}
	err := s.walk(value, p.entry.Root)
	if errors.Is(err, errBreak) || errors.Is(err, errContinue) {
		return fmt.Errorf("tmplexec: break or continue outside range")
	}
	return err
}

type variable struct {
	name  string
	value reflect.Value
}

type state struct {
	p     *Program
	w     stringWriter
	vars  []variable
	depth int
}

// maxDepth matches text/template's limit on nested template calls.
const maxDepth = 100000

var (
	errBreak    = errors.New("tmplexec: break")
	errContinue = errors.New("tmplexec: continue")
)

func (s *state) walk(dot reflect.Value, node parse.Node) error {
	switch n := node.(type) {
	case *parse.ListNode:
		for _, c := range n.Nodes {
			if err := s.walk(dot, c); err != nil {
				return err
			}
		}
		return nil
	case *parse.TextNode:
		_, err := s.w.Write(n.Text)
		return err
	case *parse.ActionNode:
		if len(n.Pipe.Decl) > 0 {
			_, err := s.evalPipeline(dot, n.Pipe)
			return err
		}
		return s.printAction(dot, n.Pipe)
	case *parse.IfNode:
		return s.walkIfOrWith(false, dot, n.Pipe, n.List, n.ElseList)
	case *parse.WithNode:
		return s.walkIfOrWith(true, dot, n.Pipe, n.List, n.ElseList)
	case *parse.RangeNode:
		return s.walkRange(dot, n)
	case *parse.TemplateNode:
		return s.walkTemplate(dot, n)
	case *parse.BreakNode:
		return errBreak
	case *parse.ContinueNode:
		return errContinue
	case *parse.CommentNode:
		return nil
	}
	return fmt.Errorf("tmplexec: unknown node %s", node)
}

// printAction evaluates a printing action up to its escapers, runs them on
// strings and writes the result.
func (s *state) printAction(dot reflect.Value, pipe *parse.PipeNode) error {
	k := escaperStart(pipe)
	if k == len(pipe.Cmds) {
		return fmt.Errorf("tmplexec: action without escaper")
	}
	var value reflect.Value
	if k > 0 {
		var err error
		if value, err = s.evalCommands(dot, pipe.Cmds[:k]); err != nil {
			return err
		}
	}
	out, err := s.p.rt.escape(pipe.Cmds[k:], value)
	if err != nil {
		return err
	}
	_, err = s.w.WriteString(out)
	return err
}

// escape applies a run of escaper commands to v.
func (r *Runtime) escape(cmds []*parse.CommandNode, v reflect.Value) (string, error) {
	var (
		text string
		kind contentKind
	)
	for i, cmd := range cmds {
		name := cmd.Args[0].(*parse.IdentifierNode).Ident
		esc := escapers[name]
		if i == 0 {
			if name == "_html_template_jsvalescaper" {
				if v.IsValid() && v.Type() == stringType {
					text, kind = jsString(v.String()), kindPlain
					continue
				}
				out, err := r.oracles[name].escape(v)
				if err != nil {
					return "", err
				}
				text, kind = out, kindPlain
				continue
			}
			text, kind = stringify(v)
		}
		out, outKind, ok := esc(r, text, kind)
		if !ok {
			arg := v
			if i > 0 {
				arg = reflect.ValueOf(text)
			}
			var err error
			if out, err = r.oracles[name].escape(arg); err != nil {
				return "", err
			}
			outKind = kindPlain
		}
		text, kind = out, outKind
	}
	return text, nil
}

func (s *state) walkIfOrWith(with bool, dot reflect.Value, pipe *parse.PipeNode, list, elseList *parse.ListNode) error {
	mark := len(s.vars)
	defer s.pop(mark)
	val, err := s.evalPipeline(dot, pipe)
	if err != nil {
		return err
	}
	truth, ok := isTrue(indirectInterface(val))
	if !ok {
		return fmt.Errorf("tmplexec: if/with can't use %v", val)
	}
	switch {
	case truth && with:
		return s.walk(val, list)
	case truth:
		return s.walk(dot, list)
	case elseList != nil:
		return s.walk(dot, elseList)
	}
	return nil
}

func (s *state) pop(mark int) {
	clear(s.vars[mark:])
	s.vars = s.vars[:mark]
}

func (s *state) walkRange(dot reflect.Value, r *parse.RangeNode) error {
	mark := len(s.vars)
	defer s.pop(mark)
	v, err := s.evalPipeline(dot, r.Pipe)
	if err != nil {
		return err
	}
	val, _ := indirect(v)
	inner := len(s.vars)
	decl := r.Pipe.Decl
	one := func(index, elem reflect.Value) error {
		if len(decl) > 0 {
			if r.Pipe.IsAssign {
				if len(decl) > 1 {
					if err := s.setVar(decl[0].Ident[0], index); err != nil {
						return err
					}
				} else if err := s.setVar(decl[0].Ident[0], elem); err != nil {
					return err
				}
			} else {
				s.vars[len(s.vars)-1].value = elem
			}
		}
		if len(decl) > 1 {
			if r.Pipe.IsAssign {
				if err := s.setVar(decl[1].Ident[0], elem); err != nil {
					return err
				}
			} else {
				s.vars[len(s.vars)-2].value = index
			}
		}
		err := s.walk(elem, r.List)
		s.pop(inner)
		if err == errContinue {
			return nil
		}
		return err
	}
	ran := false
	switch val.Kind() {
	case reflect.Array, reflect.Slice:
		for i := range val.Len() {
			ran = true
			var index reflect.Value
			if len(decl) > 1 {
				index = reflect.ValueOf(i)
			}
			if err := one(index, val.Index(i)); err != nil {
				return breakOrError(err)
			}
		}
	case reflect.Map:
		keys, err := sortedKeys(val)
		if err != nil {
			return err
		}
		for _, k := range keys {
			ran = true
			if err := one(k, val.MapIndex(k)); err != nil {
				return breakOrError(err)
			}
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if len(decl) > 1 {
			return fmt.Errorf("tmplexec: can't use %v to iterate over more than one variable", val)
		}
		for elem := range val.Seq() {
			ran = true
			if err := one(reflect.Value{}, elem); err != nil {
				return breakOrError(err)
			}
		}
	case reflect.Invalid:
	default:
		return fmt.Errorf("tmplexec: range over %s not run here", val.Type())
	}
	if ran {
		return nil
	}
	if r.ElseList != nil {
		return s.walk(dot, r.ElseList)
	}
	return nil
}

// breakOrError ends a range: break is not an error outside the loop.
func breakOrError(err error) error {
	if err == errBreak {
		return nil
	}
	return err
}

// sortedKeys orders a map's keys as text/template does for the key kinds
// run here.
func sortedKeys(m reflect.Value) ([]reflect.Value, error) {
	keys := m.MapKeys()
	var less func(a, b reflect.Value) int
	switch m.Type().Key().Kind() {
	case reflect.String:
		less = func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		less = func(a, b reflect.Value) int { return cmpOrdered(a.Int(), b.Int()) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		less = func(a, b reflect.Value) int { return cmpOrdered(a.Uint(), b.Uint()) }
	default:
		return nil, fmt.Errorf("tmplexec: range over map keyed by %s not run here", m.Type().Key())
	}
	slices.SortFunc(keys, less)
	return keys, nil
}

func cmpOrdered[T int64 | uint64](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (s *state) walkTemplate(dot reflect.Value, t *parse.TemplateNode) error {
	tree := s.p.trees[t.Name]
	if tree == nil {
		return fmt.Errorf("tmplexec: template %q not defined", t.Name)
	}
	if s.depth == maxDepth {
		return fmt.Errorf("tmplexec: exceeded maximum template depth")
	}
	newDot, err := s.evalPipeline(dot, t.Pipe)
	if err != nil {
		return err
	}
	called := state{p: s.p, w: s.w, vars: []variable{{"$", newDot}}, depth: s.depth + 1}
	return called.walk(newDot, tree.Root)
}

func (s *state) setVar(name string, value reflect.Value) error {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			s.vars[i].value = value
			return nil
		}
	}
	return fmt.Errorf("tmplexec: undefined variable %s", name)
}

func (s *state) varValue(name string) (reflect.Value, error) {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			return s.vars[i].value, nil
		}
	}
	return reflect.Value{}, fmt.Errorf("tmplexec: undefined variable %s", name)
}
