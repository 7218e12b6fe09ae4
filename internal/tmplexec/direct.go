package tmplexec

import (
	"html/template"
	"reflect"
)

// function is a template function or a method value. direct, when set,
// calls it without reflect.Value.Call (a few hundred nanoseconds and three
// allocations a call), given arguments evalCall has already converted to
// its parameter types.
type function struct {
	value  reflect.Value
	direct func(argv []reflect.Value) reflect.Value
}

// direct returns a caller for the signatures template functions mostly
// have, and nil for the others.
func direct(fn any) func(argv []reflect.Value) reflect.Value {
	switch f := fn.(type) {
	case func(string) string:
		return func(a []reflect.Value) reflect.Value { return reflect.ValueOf(f(a[0].String())) }
	case func(any) string:
		return func(a []reflect.Value) reflect.Value { return reflect.ValueOf(f(a[0].Interface())) }
	case func(int, string) string:
		return func(a []reflect.Value) reflect.Value { return reflect.ValueOf(f(int(a[0].Int()), a[1].String())) }
	case func(int, int) int:
		return func(a []reflect.Value) reflect.Value { return reflect.ValueOf(f(int(a[0].Int()), int(a[1].Int()))) }
	case func(string) bool:
		return func(a []reflect.Value) reflect.Value { return reflect.ValueOf(f(a[0].String())) }
	case func(string, string) bool:
		return func(a []reflect.Value) reflect.Value { return reflect.ValueOf(f(a[0].String(), a[1].String())) }
	case func(string) template.HTML:
		return func(a []reflect.Value) reflect.Value { return reflect.ValueOf(f(a[0].String())) }
	}
	return nil
}
