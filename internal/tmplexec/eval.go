package tmplexec

import (
	"fmt"
	"maps"
	"reflect"
	"strings"
	"text/template/parse"
)

var reflectValueType = reflect.TypeFor[reflect.Value]()

// piped is the value the previous command of a pipeline hands on; ok is
// false for the first command (text/template's missingVal).
type piped struct {
	value reflect.Value
	ok    bool
}

func (s *state) evalPipeline(dot reflect.Value, pipe *parse.PipeNode) (reflect.Value, error) {
	if pipe == nil {
		return reflect.Value{}, nil
	}
	value, err := s.evalCommands(dot, pipe.Cmds)
	if err != nil {
		return reflect.Value{}, err
	}
	for _, v := range pipe.Decl {
		if pipe.IsAssign {
			if err := s.setVar(v.Ident[0], value); err != nil {
				return reflect.Value{}, err
			}
		} else {
			s.vars = append(s.vars, variable{v.Ident[0], value})
		}
	}
	return value, nil
}

func (s *state) evalCommands(dot reflect.Value, cmds []*parse.CommandNode) (reflect.Value, error) {
	var final piped
	for _, cmd := range cmds {
		v, err := s.evalCommand(dot, cmd, final)
		if err != nil {
			return reflect.Value{}, err
		}
		if v.Kind() == reflect.Interface && v.Type().NumMethod() == 0 {
			v = v.Elem()
		}
		final = piped{v, true}
	}
	return final.value, nil
}

func notAFunction(args []parse.Node, final piped) error {
	if len(args) > 1 || final.ok {
		return fmt.Errorf("tmplexec: can't give argument to non-function %s", args[0])
	}
	return nil
}

func (s *state) evalCommand(dot reflect.Value, cmd *parse.CommandNode, final piped) (reflect.Value, error) {
	switch n := cmd.Args[0].(type) {
	case *parse.FieldNode:
		return s.evalFieldChain(dot, dot, n.Ident, cmd.Args, final)
	case *parse.ChainNode:
		return s.evalChain(dot, n, cmd.Args, final)
	case *parse.IdentifierNode:
		return s.evalFunction(dot, n.Ident, cmd.Args, final)
	case *parse.PipeNode:
		if err := notAFunction(cmd.Args, final); err != nil {
			return reflect.Value{}, err
		}
		return s.evalPipeline(dot, n)
	case *parse.VariableNode:
		return s.evalVariable(dot, n, cmd.Args, final)
	}
	if err := notAFunction(cmd.Args, final); err != nil {
		return reflect.Value{}, err
	}
	switch n := cmd.Args[0].(type) {
	case *parse.BoolNode:
		return reflect.ValueOf(n.True), nil
	case *parse.DotNode:
		return dot, nil
	case *parse.NumberNode:
		return idealConstant(n)
	case *parse.StringNode:
		return reflect.ValueOf(n.Text), nil
	}
	return reflect.Value{}, fmt.Errorf("tmplexec: can't evaluate command %q", cmd.Args[0])
}

func (s *state) evalChain(dot reflect.Value, chain *parse.ChainNode, args []parse.Node, final piped) (reflect.Value, error) {
	if len(chain.Field) == 0 || chain.Node.Type() == parse.NodeNil {
		return reflect.Value{}, fmt.Errorf("tmplexec: bad chain %s", chain)
	}
	pipe, err := s.evalArg(dot, nil, chain.Node)
	if err != nil {
		return reflect.Value{}, err
	}
	return s.evalFieldChain(dot, pipe, chain.Field, args, final)
}

func (s *state) evalVariable(dot reflect.Value, v *parse.VariableNode, args []parse.Node, final piped) (reflect.Value, error) {
	value, err := s.varValue(v.Ident[0])
	if err != nil {
		return reflect.Value{}, err
	}
	if len(v.Ident) == 1 {
		if err := notAFunction(args, final); err != nil {
			return reflect.Value{}, err
		}
		return value, nil
	}
	return s.evalFieldChain(dot, value, v.Ident[1:], args, final)
}

func (s *state) evalFieldChain(dot, receiver reflect.Value, idents []string, args []parse.Node, final piped) (reflect.Value, error) {
	var err error
	for _, name := range idents[:len(idents)-1] {
		if receiver, err = s.evalField(dot, name, nil, piped{}, receiver); err != nil {
			return reflect.Value{}, err
		}
	}
	return s.evalField(dot, idents[len(idents)-1], args, final, receiver)
}

// member is what a name means on a receiver type: a method (index into
// the method set of the type the lookup was made on), an exported struct
// field, or a map key.
type member struct {
	method int     // -1: not a method
	direct *Method // the method's direct call, if the Runtime has one
	field  []int   // struct field index path
	mapKey bool
	err    error // the name is an unexported field, or means nothing
}

type lookupKey struct {
	typ  reflect.Type // the method receiver: *T for an addressable T
	name string
}

func (r *Runtime) member(ptr, receiver reflect.Type, name string) *member {
	key := lookupKey{ptr, name}
	if m, ok := (*r.lookups.Load())[key]; ok {
		return m
	}
	m := &member{method: -1}
	if method, ok := ptr.MethodByName(name); ok && ptr.Kind() != reflect.Interface {
		m.method = method.Index
		m.direct = r.methods[key]
	} else if ptr.Kind() == reflect.Interface {
		m.err = fmt.Errorf("tmplexec: method on interface %s", ptr)
	} else {
		switch receiver.Kind() {
		case reflect.Struct:
			if f, ok := receiver.FieldByName(name); ok {
				m.field = f.Index
				if !f.IsExported() {
					m.err = fmt.Errorf("tmplexec: %s is an unexported field of %s", name, receiver)
				}
			} else {
				m.err = fmt.Errorf("tmplexec: can't evaluate field %s in type %s", name, receiver)
			}
		case reflect.Map:
			if stringType.AssignableTo(receiver.Key()) {
				m.mapKey = true
			} else {
				m.err = fmt.Errorf("tmplexec: can't evaluate field %s in type %s", name, receiver)
			}
		default:
			m.err = fmt.Errorf("tmplexec: can't evaluate field %s in type %s", name, receiver)
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	old := *r.lookups.Load()
	if m, ok := old[key]; ok {
		return m
	}
	// A build meets a few hundred (type, name) pairs, nearly all on its
	// first pages: copying the map on each is cheaper than any locking or
	// sync.Map on the millions of lookups that follow.
	next := make(map[lookupKey]*member, len(old)+1)
	maps.Copy(next, old)
	next[key] = m
	r.lookups.Store(&next)
	return m
}

func (s *state) evalField(dot reflect.Value, name string, args []parse.Node, final piped, receiver reflect.Value) (reflect.Value, error) {
	if !receiver.IsValid() {
		return reflect.Value{}, nil
	}
	receiver, isNil := indirect(receiver)
	if isNil {
		// Methods on nil pointers, and the errors text/template gives
		// for the rest, are left to html/template.
		return reflect.Value{}, fmt.Errorf("tmplexec: nil pointer evaluating .%s", name)
	}
	ptr := receiver
	if ptr.Kind() != reflect.Pointer && ptr.CanAddr() {
		ptr = ptr.Addr()
	}
	m := s.p.rt.member(ptr.Type(), receiver.Type(), name)
	if m.method >= 0 {
		return s.evalCall(dot, function{value: ptr.Method(m.method), method: m.direct, recv: ptr}, name, args, final)
	}
	if m.err != nil {
		return reflect.Value{}, m.err
	}
	if len(args) > 1 || final.ok {
		return reflect.Value{}, fmt.Errorf("tmplexec: %s has arguments but is not a method", name)
	}
	if m.mapKey {
		key := reflect.ValueOf(name)
		if kt := receiver.Type().Key(); kt != stringType {
			key = key.Convert(kt)
		}
		return receiver.MapIndex(key), nil
	}
	if len(m.field) == 1 {
		return receiver.Field(m.field[0]), nil
	}
	return receiver.FieldByIndexErr(m.field)
}

func (s *state) evalFunction(dot reflect.Value, name string, args []parse.Node, final piped) (reflect.Value, error) {
	if _, ok := escapers[name]; ok {
		if len(args) != 1 || !final.ok {
			return reflect.Value{}, fmt.Errorf("tmplexec: escaper %s called with arguments", name)
		}
		out, err := s.p.rt.escape([]*parse.CommandNode{{Args: args}}, final.value)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(out), nil
	}
	if fn, ok := s.p.rt.funcs[name]; ok {
		return s.evalCall(dot, fn, name, args, final)
	}
	if builtins[name] {
		if len(args) > 0 {
			args = args[1:]
		}
		return s.evalBuiltin(dot, name, args, final)
	}
	return reflect.Value{}, fmt.Errorf("tmplexec: %q is not a defined function", name)
}

// evalCall calls fun with the command's arguments (args[0] names the
// function) and the piped value last, converting each as text/template
// does.
func (s *state) evalCall(dot reflect.Value, fun function, name string, args []parse.Node, final piped) (reflect.Value, error) {
	if args != nil {
		args = args[1:]
	}
	typ := fun.value.Type()
	numIn := len(args)
	if final.ok {
		numIn++
	}
	numFixed := len(args)
	if typ.IsVariadic() {
		numFixed = typ.NumIn() - 1
		if numIn < numFixed {
			return reflect.Value{}, fmt.Errorf("tmplexec: wrong number of args for %s", name)
		}
	} else if numIn != typ.NumIn() {
		return reflect.Value{}, fmt.Errorf("tmplexec: wrong number of args for %s", name)
	}
	switch {
	case typ.NumOut() == 1:
	case typ.NumOut() == 2 && typ.Out(1) == errorIface:
	default:
		return reflect.Value{}, fmt.Errorf("tmplexec: %s must return one value, or a value and an error", name)
	}
	var small [4]reflect.Value
	argv := small[:0]
	if numIn > len(small) {
		argv = make([]reflect.Value, 0, numIn)
	}
	i := 0
	for ; i < numFixed && i < len(args); i++ {
		v, err := s.evalArg(dot, typ.In(i), args[i])
		if err != nil {
			return reflect.Value{}, err
		}
		argv = append(argv, v)
	}
	if typ.IsVariadic() {
		elem := typ.In(typ.NumIn() - 1).Elem()
		for ; i < len(args); i++ {
			v, err := s.evalArg(dot, elem, args[i])
			if err != nil {
				return reflect.Value{}, err
			}
			argv = append(argv, v)
		}
	}
	if final.ok {
		t := typ.In(typ.NumIn() - 1)
		if typ.IsVariadic() {
			if numIn-1 < numFixed {
				t = typ.In(numIn - 1)
			} else {
				t = t.Elem()
			}
		}
		v, err := validateType(final.value, t)
		if err != nil {
			return reflect.Value{}, err
		}
		argv = append(argv, v)
	}
	v, err := safeCall(fun, argv)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("tmplexec: calling %s: %w", name, err)
	}
	if v.Type() == reflectValueType {
		v = v.Interface().(reflect.Value)
	}
	return v, nil
}

func safeCall(fun function, argv []reflect.Value) (v reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	if fun.direct != nil {
		return fun.direct(argv)
	}
	if fun.method != nil {
		return fun.method.call(fun.recv, argv), nil
	}
	out := fun.value.Call(argv)
	if len(out) == 2 && !out[1].IsNil() {
		return out[0], out[1].Interface().(error)
	}
	return out[0], nil
}

// evalArg evaluates an argument for a parameter of type typ (nil: any).
func (s *state) evalArg(dot reflect.Value, typ reflect.Type, n parse.Node) (reflect.Value, error) {
	var (
		v   reflect.Value
		err error
	)
	switch arg := n.(type) {
	case *parse.DotNode:
		return validateType(dot, typ)
	case *parse.NilNode:
		if typ != nil && canBeNil(typ) {
			return reflect.Zero(typ), nil
		}
		return reflect.Value{}, fmt.Errorf("tmplexec: cannot assign nil to %s", typ)
	case *parse.FieldNode:
		v, err = s.evalFieldChain(dot, dot, arg.Ident, nil, piped{})
	case *parse.VariableNode:
		v, err = s.evalVariable(dot, arg, nil, piped{})
	case *parse.PipeNode:
		v, err = s.evalPipeline(dot, arg)
	case *parse.IdentifierNode:
		v, err = s.evalFunction(dot, arg.Ident, nil, piped{})
	case *parse.ChainNode:
		v, err = s.evalChain(dot, arg, nil, piped{})
	default:
		return literal(typ, n)
	}
	if err != nil {
		return reflect.Value{}, err
	}
	return validateType(v, typ)
}

// literal converts a constant node to a parameter of type typ.
func literal(typ reflect.Type, n parse.Node) (reflect.Value, error) {
	if typ == nil || typ.Kind() == reflect.Interface && typ.NumMethod() == 0 {
		return untypedLiteral(n)
	}
	if typ == reflectValueType {
		v, err := untypedLiteral(n)
		return reflect.ValueOf(v), err
	}
	value := reflect.New(typ).Elem()
	switch typ.Kind() {
	case reflect.Bool:
		if b, ok := n.(*parse.BoolNode); ok {
			value.SetBool(b.True)
			return value, nil
		}
	case reflect.String:
		if str, ok := n.(*parse.StringNode); ok {
			value.SetString(str.Text)
			return value, nil
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if num, ok := n.(*parse.NumberNode); ok && num.IsInt {
			value.SetInt(num.Int64)
			return value, nil
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if num, ok := n.(*parse.NumberNode); ok && num.IsUint {
			value.SetUint(num.Uint64)
			return value, nil
		}
	case reflect.Float32, reflect.Float64:
		if num, ok := n.(*parse.NumberNode); ok && num.IsFloat {
			value.SetFloat(num.Float64)
			return value, nil
		}
	}
	return reflect.Value{}, fmt.Errorf("tmplexec: can't use %s as %s", n, typ)
}

func untypedLiteral(n parse.Node) (reflect.Value, error) {
	switch n := n.(type) {
	case *parse.BoolNode:
		return reflect.ValueOf(n.True), nil
	case *parse.StringNode:
		return reflect.ValueOf(n.Text), nil
	case *parse.NumberNode:
		return idealConstant(n)
	}
	return reflect.Value{}, fmt.Errorf("tmplexec: can't use %s as a value", n)
}

// idealConstant types a number with no context: float when written as
// one, otherwise int. Complex, hex-float and rune forms are left to
// html/template.
func idealConstant(n *parse.NumberNode) (reflect.Value, error) {
	text := strings.ToLower(n.Text)
	switch {
	case n.IsComplex || strings.HasPrefix(text, "0x") || strings.HasPrefix(text, "'"):
		return reflect.Value{}, fmt.Errorf("tmplexec: constant %s not run here", n.Text)
	case n.IsFloat && strings.ContainsAny(text, ".e"):
		return reflect.ValueOf(n.Float64), nil
	case n.IsInt && int64(int(n.Int64)) == n.Int64:
		return reflect.ValueOf(int(n.Int64)), nil
	}
	return reflect.Value{}, fmt.Errorf("tmplexec: constant %s overflows int", n.Text)
}

func canBeNil(typ reflect.Type) bool {
	switch typ.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return true
	case reflect.Struct:
		return typ == reflectValueType
	}
	return false
}

// validateType makes value fit a parameter of type typ, or fails.
func validateType(value reflect.Value, typ reflect.Type) (reflect.Value, error) {
	if !value.IsValid() {
		if typ == nil {
			return reflect.Value{}, nil
		}
		if canBeNil(typ) {
			return reflect.Zero(typ), nil
		}
		return reflect.Value{}, fmt.Errorf("tmplexec: invalid value; expected %s", typ)
	}
	if typ == reflectValueType && value.Type() != typ {
		return reflect.ValueOf(value), nil
	}
	if typ == nil || value.Type().AssignableTo(typ) {
		return value, nil
	}
	if value.Kind() == reflect.Interface && !value.IsNil() {
		value = value.Elem()
		if value.Type().AssignableTo(typ) {
			return value, nil
		}
	}
	switch {
	case value.Kind() == reflect.Pointer && value.Type().Elem().AssignableTo(typ):
		if value.IsNil() {
			return reflect.Value{}, fmt.Errorf("tmplexec: dereference of nil pointer of type %s", typ)
		}
		return value.Elem(), nil
	case reflect.PointerTo(value.Type()).AssignableTo(typ) && value.CanAddr():
		return value.Addr(), nil
	}
	return reflect.Value{}, fmt.Errorf("tmplexec: wrong type for value; expected %s; got %s", typ, value.Type())
}

func indirect(v reflect.Value) (reflect.Value, bool) {
	for ; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; v = v.Elem() {
		if v.IsNil() {
			return v, true
		}
	}
	return v, false
}

func indirectInterface(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Interface {
		return v
	}
	if v.IsNil() {
		return reflect.Value{}
	}
	return v.Elem()
}

func isTrue(val reflect.Value) (truth, ok bool) {
	if !val.IsValid() {
		return false, true
	}
	switch val.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return val.Len() > 0, true
	case reflect.Bool:
		return val.Bool(), true
	case reflect.Complex64, reflect.Complex128:
		return val.Complex() != 0, true
	case reflect.Chan, reflect.Func, reflect.Pointer, reflect.UnsafePointer, reflect.Interface:
		return !val.IsNil(), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return val.Int() != 0, true
	case reflect.Float32, reflect.Float64:
		return val.Float() != 0, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return val.Uint() != 0, true
	case reflect.Struct:
		return true, true
	}
	return false, false
}
