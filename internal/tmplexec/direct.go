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
	direct func(argv []reflect.Value) (reflect.Value, error)
	method *Method // a method called directly, on recv
	recv   reflect.Value
}

// direct returns a caller for the signatures template functions mostly
// have, and nil for the others.
func direct(fn any) func(argv []reflect.Value) (reflect.Value, error) {
	switch f := fn.(type) {
	case func(string) string:
		return func(a []reflect.Value) (reflect.Value, error) { return reflect.ValueOf(f(a[0].String())), nil }
	case func(any) string:
		return func(a []reflect.Value) (reflect.Value, error) { return reflect.ValueOf(f(a[0].Interface())), nil }
	case func(int, string) string:
		return func(a []reflect.Value) (reflect.Value, error) {
			return reflect.ValueOf(f(int(a[0].Int()), a[1].String())), nil
		}
	case func(int, int) int:
		return func(a []reflect.Value) (reflect.Value, error) {
			return reflect.ValueOf(f(int(a[0].Int()), int(a[1].Int()))), nil
		}
	case func(string) bool:
		return func(a []reflect.Value) (reflect.Value, error) { return reflect.ValueOf(f(a[0].String())), nil }
	case func(string, string) bool:
		return func(a []reflect.Value) (reflect.Value, error) {
			return reflect.ValueOf(f(a[0].String(), a[1].String())), nil
		}
	case func(string) template.HTML:
		return func(a []reflect.Value) (reflect.Value, error) { return reflect.ValueOf(f(a[0].String())), nil }
	case func(string, ...string) string: // T key args...
		return func(a []reflect.Value) (reflect.Value, error) {
			rest := make([]string, len(a)-1)
			for i := range rest {
				rest[i] = a[i+1].String()
			}
			return reflect.ValueOf(f(a[0].String(), rest...)), nil
		}
	case func(string, any, ...any) (template.HTML, error): // partialCached name data variant...
		return func(a []reflect.Value) (reflect.Value, error) {
			rest := make([]any, len(a)-2)
			for i := range rest {
				rest[i] = a[i+2].Interface()
			}
			html, err := f(a[0].String(), a[1].Interface(), rest...)
			return reflect.ValueOf(html), err
		}
	}
	return nil
}
