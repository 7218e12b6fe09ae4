package tmplexec

import (
	"encoding/json"
	"fmt"
	"html/template"
	"reflect"
	"strings"
)

// contentKind is what html/template knows a value to be already safe as.
type contentKind uint8

const (
	kindPlain contentKind = iota
	kindHTML
	kindURL
	kindOther // CSS, HTMLAttr, JS, JSStr, Srcset: plain for the escapers run here
)

var (
	stringType = reflect.TypeFor[string]()
	htmlType   = reflect.TypeFor[template.HTML]()
	urlType    = reflect.TypeFor[template.URL]()
	stringer   = reflect.TypeFor[fmt.Stringer]()
	errorIface = reflect.TypeFor[error]()
)

// stringify turns an escaper's argument into text the way html/template
// does: its typed strings keep their kind, a nil is empty, and anything
// else prints with fmt after following pointers to a Stringer or error.
func stringify(v reflect.Value) (string, contentKind) {
	if !v.IsValid() {
		return "", kindPlain
	}
	switch v.Type() {
	case stringType:
		return v.String(), kindPlain
	case htmlType:
		return v.String(), kindHTML
	case urlType:
		return v.String(), kindURL
	}
	x := v.Interface()
	if x == nil {
		return "", kindPlain
	}
	if t := reflect.TypeOf(x); t.Kind() == reflect.Pointer {
		deref := reflect.ValueOf(x)
		for deref.Kind() == reflect.Pointer && !deref.IsNil() {
			deref = deref.Elem()
		}
		switch s := deref.Interface().(type) {
		case string:
			return s, kindPlain
		case template.HTML:
			return string(s), kindHTML
		case template.URL:
			return string(s), kindURL
		case template.CSS, template.HTMLAttr, template.JS, template.JSStr, template.Srcset:
			return reflect.ValueOf(s).String(), kindOther
		}
	} else {
		switch s := x.(type) {
		case template.CSS, template.HTMLAttr, template.JS, template.JSStr, template.Srcset:
			return reflect.ValueOf(s).String(), kindOther
		}
	}
	p := reflect.ValueOf(x)
	for !p.Type().Implements(stringer) && !p.Type().Implements(errorIface) && p.Kind() == reflect.Pointer && !p.IsNil() {
		p = p.Elem()
	}
	return fmt.Sprint(p.Interface()), kindPlain
}

// escaper is one of html/template's context escapers applied to a value
// already stringified; ok is false when html/template must be asked.
type escaper func(r *Runtime, s string, kind contentKind) (out string, outKind contentKind, ok bool)

// escapers maps the names html/template writes into escaped trees to the
// escapers run here.
var escapers = map[string]escaper{
	"_html_template_htmlescaper":   escapeHTML,
	"_html_template_attrescaper":   escapeAttr,
	"_html_template_rcdataescaper": escapeRCDATA,
	"_html_template_urlfilter":     filterURL,
	"_html_template_urlnormalizer": normalizeURL,
	"_html_template_urlescaper":    escapeURL,
	"_html_template_jsvalescaper":  escapeJSValue,
}

func escapeHTML(_ *Runtime, s string, kind contentKind) (string, contentKind, bool) {
	if kind == kindHTML {
		return s, kindPlain, true
	}
	return replaceHTML(s, true), kindPlain, true
}

func escapeAttr(_ *Runtime, s string, kind contentKind) (string, contentKind, bool) {
	if kind == kindHTML {
		return "", kindPlain, false // html/template strips the tags first
	}
	return replaceHTML(s, true), kindPlain, true
}

func escapeRCDATA(_ *Runtime, s string, kind contentKind) (string, contentKind, bool) {
	return replaceHTML(s, kind != kindHTML), kindPlain, true
}

// escapeJSValue is never called on text: Runtime.escape encodes a plain
// string itself and asks html/template for every other value, whose JSON
// encoding (Marshalers, Stringers, padding of numbers) is too easy to get
// subtly different.
func escapeJSValue(*Runtime, string, contentKind) (string, contentKind, bool) {
	return "", kindPlain, false
}

// jsString is what html/template's jsvalescaper prints for a plain string:
// its JSON encoding, which already escapes <, >, &, U+2028 and U+2029 and
// starts and ends with a quote, so it needs no padding.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// replaceHTML replaces the seven characters html/template escapes in text
// and attributes; with ampersand false, an existing entity is kept (the
// normalising table html/template uses for HTML put into RCDATA). Every
// replaced character is ASCII, so a byte scan sees the same characters as
// a rune scan, and invalid UTF-8 passes through as html/template lets it.
func replaceHTML(s string, ampersand bool) string {
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); i++ {
		var repl string
		switch s[i] {
		case 0:
			repl = "\uFFFD"
		case '"':
			repl = "&#34;"
		case '&':
			if !ampersand {
				continue
			}
			repl = "&amp;"
		case '\'':
			repl = "&#39;"
		case '+':
			repl = "&#43;"
		case '<':
			repl = "&lt;"
		case '>':
			repl = "&gt;"
		default:
			continue
		}
		if written == 0 {
			b.Grow(len(s) + 16)
		}
		b.WriteString(s[written:i])
		b.WriteString(repl)
		written = i + 1
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

// filterURL replaces a URL whose scheme is not http, https or mailto by
// html/template's failsafe.
func filterURL(_ *Runtime, s string, kind contentKind) (string, contentKind, bool) {
	if kind == kindURL {
		return s, kindPlain, true
	}
	if scheme, _, found := strings.Cut(s, ":"); found && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		return "#ZgotmplZ", kindPlain, true
	}
	return s, kindPlain, true
}

func normalizeURL(_ *Runtime, s string, _ contentKind) (string, contentKind, bool) {
	return percentEncode(s, true), kindPlain, true
}

func escapeURL(_ *Runtime, s string, kind contentKind) (string, contentKind, bool) {
	return percentEncode(s, kind == kindURL), kindPlain, true
}

// percentEncode encodes every byte outside RFC 3986's unreserved set; when
// normalising it also keeps reserved characters and valid %XX escapes.
// Quotes and parentheses are always encoded, as html/template does, so the
// result is safe in any quoted attribute.
func percentEncode(s string, normalize bool) string {
	const hex = "0123456789abcdef"
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c == '-', c == '.', c == '_', c == '~':
			continue
		case strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0:
			if normalize {
				continue
			}
		case c == '%':
			if normalize && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				continue
			}
		}
		if written == 0 {
			b.Grow(len(s) + 16)
		}
		b.WriteString(s[written:i])
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
		written = i + 1
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
