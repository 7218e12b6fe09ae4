package tmplexec

import (
	"errors"
	"fmt"
	"reflect"
	"text/template/parse"
)

// evalBuiltin runs one of text/template's builtins; args excludes the
// builtin's name. Arguments are taken as evaluated, as text/template's
// builtins (declared with reflect.Value parameters) take them.
func (s *state) evalBuiltin(dot reflect.Value, name string, args []parse.Node, final piped) (reflect.Value, error) {
	if name == "and" || name == "or" {
		if len(args) == 0 && !final.ok {
			return reflect.Value{}, fmt.Errorf("tmplexec: %s needs arguments", name)
		}
		var v reflect.Value
		for _, arg := range args {
			var err error
			if v, err = s.evalRaw(dot, arg); err != nil {
				return reflect.Value{}, err
			}
			if truth(v) == (name == "or") {
				return v, nil
			}
		}
		if final.ok {
			v = final.value
		}
		return v, nil
	}
	var small [4]reflect.Value
	argv := small[:0]
	for _, arg := range args {
		v, err := s.evalRaw(dot, arg)
		if err != nil {
			return reflect.Value{}, err
		}
		argv = append(argv, v)
	}
	if final.ok {
		argv = append(argv, final.value)
	}
	switch name {
	case "not":
		if len(argv) != 1 {
			return reflect.Value{}, errArity
		}
		return reflect.ValueOf(!truth(argv[0])), nil
	case "len":
		if len(argv) != 1 {
			return reflect.Value{}, errArity
		}
		item, isNil := indirect(argv[0])
		switch {
		case isNil:
			return reflect.Value{}, errors.New("tmplexec: len of nil pointer")
		case item.Kind() == reflect.Array, item.Kind() == reflect.Chan, item.Kind() == reflect.Map,
			item.Kind() == reflect.Slice, item.Kind() == reflect.String:
			return reflect.ValueOf(item.Len()), nil
		}
		return reflect.Value{}, fmt.Errorf("tmplexec: len of %s", item.Kind())
	case "index":
		if len(argv) == 0 {
			return reflect.Value{}, errArity
		}
		return indexOf(argv[0], argv[1:])
	case "print":
		xs := make([]any, len(argv))
		for i, v := range argv {
			if v.IsValid() {
				xs[i] = v.Interface()
			}
		}
		return reflect.ValueOf(fmt.Sprint(xs...)), nil
	case "eq", "ne":
		if len(argv) < 2 {
			return reflect.Value{}, errArity
		}
		if name == "ne" && len(argv) != 2 {
			return reflect.Value{}, errArity
		}
		equal, err := eq(argv[0], argv[1:])
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(equal == (name == "eq")), nil
	case "lt", "le", "gt", "ge":
		if len(argv) != 2 {
			return reflect.Value{}, errArity
		}
		less, err := lt(argv[0], argv[1])
		if err != nil {
			return reflect.Value{}, err
		}
		var result bool
		switch name {
		case "lt":
			result = less
		case "ge":
			result = !less
		default: // le, gt: compare for equality only when not less
			lessOrEqual := less
			if !less {
				if lessOrEqual, err = eq(argv[0], argv[1:]); err != nil {
					return reflect.Value{}, err
				}
			}
			result = lessOrEqual == (name == "le")
		}
		return reflect.ValueOf(result), nil
	}
	return reflect.Value{}, fmt.Errorf("tmplexec: builtin %s not run here", name)
}

var errArity = errors.New("tmplexec: wrong number of arguments to builtin")

// evalRaw evaluates an argument as it is, a missing value staying invalid.
func (s *state) evalRaw(dot reflect.Value, n parse.Node) (reflect.Value, error) {
	if _, ok := n.(*parse.NilNode); ok {
		return reflect.Value{}, nil
	}
	return s.evalArg(dot, nil, n)
}

func truth(v reflect.Value) bool {
	t, _ := isTrue(indirectInterface(v))
	return t
}

type basic uint8

const (
	otherKind basic = iota
	boolKind
	intKind
	uintKind
	floatKind
	complexKind
	stringKind
)

func basicKind(v reflect.Value) basic {
	switch v.Kind() {
	case reflect.Bool:
		return boolKind
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intKind
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintKind
	case reflect.Float32, reflect.Float64:
		return floatKind
	case reflect.Complex64, reflect.Complex128:
		return complexKind
	case reflect.String:
		return stringKind
	}
	return otherKind
}

// eq reports whether a equals any of bs, with text/template's rules:
// basic kinds compare by value (signed against unsigned included), other
// values only when both are nil or of one comparable type. Whatever else
// text/template would decide is returned as an error.
func eq(a reflect.Value, bs []reflect.Value) (bool, error) {
	a = indirectInterface(a)
	ka := basicKind(a)
	for _, b := range bs {
		b = indirectInterface(b)
		kb := basicKind(b)
		var equal bool
		switch {
		case ka != kb && ka == intKind && kb == uintKind:
			equal = a.Int() >= 0 && uint64(a.Int()) == b.Uint()
		case ka != kb && ka == uintKind && kb == intKind:
			equal = b.Int() >= 0 && a.Uint() == uint64(b.Int())
		case ka != kb:
			if a.IsValid() && b.IsValid() {
				return false, errors.New("tmplexec: incompatible types for comparison")
			}
		case ka == boolKind:
			equal = a.Bool() == b.Bool()
		case ka == intKind:
			equal = a.Int() == b.Int()
		case ka == uintKind:
			equal = a.Uint() == b.Uint()
		case ka == floatKind:
			equal = a.Float() == b.Float()
		case ka == complexKind:
			equal = a.Complex() == b.Complex()
		case ka == stringKind:
			equal = a.String() == b.String()
		default:
			if a.IsValid() && b.IsValid() && a.Kind() != b.Kind() {
				return false, errors.New("tmplexec: non-comparable types")
			}
			if isNil(a) || isNil(b) {
				equal = isNil(a) == isNil(b)
			} else {
				if !b.Type().Comparable() {
					return false, errors.New("tmplexec: non-comparable type")
				}
				equal = a.Interface() == b.Interface()
			}
		}
		if equal {
			return true, nil
		}
	}
	return false, nil
}

func lt(a, b reflect.Value) (bool, error) {
	a, b = indirectInterface(a), indirectInterface(b)
	ka, kb := basicKind(a), basicKind(b)
	switch {
	case ka == intKind && kb == uintKind:
		return a.Int() < 0 || uint64(a.Int()) < b.Uint(), nil
	case ka == uintKind && kb == intKind:
		return b.Int() >= 0 && a.Uint() < uint64(b.Int()), nil
	case ka != kb:
		return false, errors.New("tmplexec: incompatible types for comparison")
	case ka == intKind:
		return a.Int() < b.Int(), nil
	case ka == uintKind:
		return a.Uint() < b.Uint(), nil
	case ka == floatKind:
		return a.Float() < b.Float(), nil
	case ka == stringKind:
		return a.String() < b.String(), nil
	}
	return false, errors.New("tmplexec: invalid type for comparison")
}

// indexOf is text/template's index for slices, arrays, strings and maps.
func indexOf(item reflect.Value, indexes []reflect.Value) (reflect.Value, error) {
	item = indirectInterface(item)
	if !item.IsValid() {
		return reflect.Value{}, errors.New("tmplexec: index of untyped nil")
	}
	for _, index := range indexes {
		index = indirectInterface(index)
		var isNil bool
		if item, isNil = indirect(item); isNil {
			return reflect.Value{}, errors.New("tmplexec: index of nil pointer")
		}
		switch item.Kind() {
		case reflect.Array, reflect.Slice, reflect.String:
			var x int64
			switch basicKind(index) {
			case intKind:
				x = index.Int()
			case uintKind:
				x = int64(index.Uint())
			default:
				return reflect.Value{}, errors.New("tmplexec: bad index type")
			}
			if x < 0 || int(x) < 0 || int(x) >= item.Len() {
				// text/template allows x == len for slicing only; index
				// past the end is its error to report.
				return reflect.Value{}, fmt.Errorf("tmplexec: index out of range: %d", x)
			}
			item = item.Index(int(x))
		case reflect.Map:
			if !index.IsValid() || !index.Type().AssignableTo(item.Type().Key()) {
				return reflect.Value{}, errors.New("tmplexec: map index left to html/template")
			}
			if x := item.MapIndex(index); x.IsValid() {
				item = x
			} else {
				item = reflect.Zero(item.Type().Elem())
			}
		default:
			return reflect.Value{}, fmt.Errorf("tmplexec: can't index item of type %s", item.Type())
		}
	}
	return item, nil
}

func isNil(v reflect.Value) bool {
	if !v.IsValid() {
		return true
	}
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return v.IsNil()
	}
	return false
}
