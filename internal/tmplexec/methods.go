package tmplexec

import (
	"fmt"
	"reflect"
)

// Method is a method that templates call often enough to be worth calling
// without reflect.Value.Call, which costs a microsecond or two a call, most
// of it working out the call's frame layout. A theme lists its hot methods
// (Method0, Method1) when it makes the Runtime; other methods are called
// through reflect as before, and both give the same results.
type Method struct {
	recv reflect.Type // the receiver type the method is looked up on
	name string
	expr reflect.Type // the method expression's type, func(recv, args...) T
	call func(recv reflect.Value, argv []reflect.Value) reflect.Value
}

// Method0 is a method without arguments, given by its method expression:
// Method0("Canonical", (*index.View).Canonical).
func Method0[R, T any](name string, m func(R) T) Method {
	return Method{
		recv: reflect.TypeFor[R](), name: name, expr: reflect.TypeOf(m),
		call: func(recv reflect.Value, _ []reflect.Value) reflect.Value {
			return reflect.ValueOf(m(recv.Interface().(R)))
		},
	}
}

// Method1 is a method with one argument: Method1("URL", (*index.View).URL).
func Method1[R, A, T any](name string, m func(R, A) T) Method {
	return Method{
		recv: reflect.TypeFor[R](), name: name, expr: reflect.TypeOf(m),
		call: func(recv reflect.Value, argv []reflect.Value) reflect.Value {
			return reflect.ValueOf(m(recv.Interface().(R), argOf[A](argv[0])))
		},
	}
}

// argOf is v, which evalCall converted to A, as an A; a string is read
// without the copy that Interface makes.
func argOf[A any](v reflect.Value) A {
	var a A
	if s, ok := any(&a).(*string); ok {
		*s = v.String()
		return a
	}
	return v.Interface().(A)
}

// methodTable checks that every Method is the method of its name, so that
// a renamed method cannot be called in place of another, and indexes them.
func methodTable(methods []Method) (map[lookupKey]*Method, error) {
	table := make(map[lookupKey]*Method, len(methods))
	for i := range methods {
		m := &methods[i]
		found, ok := m.recv.MethodByName(m.name)
		if !ok || found.Type != m.expr {
			return nil, fmt.Errorf("tmplexec: %s has no method %s of type %s", m.recv, m.name, m.expr)
		}
		table[lookupKey{m.recv, m.name}] = m
	}
	return table, nil
}
