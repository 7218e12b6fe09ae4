package decode

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/motcua/motcua/internal/diag"
)

// Scalar is implemented by types that decode themselves from scalar text.
type Scalar interface {
	DecodeScalar(text string) error
}

// Problem is one decoding problem, positioned in the document.
type Problem struct {
	Pos   diag.Pos
	Field string
	Msg   diag.Message
}

// Decoder decodes yaml.Node trees into structs.
type Decoder struct {
	mu      sync.Mutex
	layouts map[reflect.Type]*layout
}

// New returns a Decoder.
func New() *Decoder { return &Decoder{layouts: map[reflect.Type]*layout{}} }

type layout struct {
	names  []string // in declaration order, for suggestions
	fields map[string][]int
}

// Decode decodes n into target, a non-nil pointer. lineOffset is added to
// every line number (the line the document starts on, minus one).
func (d *Decoder) Decode(n *yaml.Node, target any, lineOffset int) []Problem {
	s := state{d: d, offset: lineOffset}
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return nil
		}
		n = n.Content[0]
	}
	s.value(n, reflect.ValueOf(target).Elem())
	return s.problems
}

type state struct {
	d        *Decoder
	offset   int
	problems []Problem
	// path leads to the value being decoded; it is spelled out
	// ("channels[2].fee") only for a problem, as most documents have none.
	path []pathStep
}

// pathStep is a mapping key, or the 1-based index of a list item.
type pathStep struct {
	key   string
	index int
}

// field spells out the path: keys joined by dots, list items in brackets.
func (s *state) field() string {
	var b strings.Builder
	for _, st := range s.path {
		if st.index > 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(st.index))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(st.key)
	}
	return b.String()
}

// within decodes n into v one step further down the path.
func (s *state) within(st pathStep, n *yaml.Node, v reflect.Value) {
	s.path = append(s.path, st)
	s.value(n, v)
	s.path = s.path[:len(s.path)-1]
}

// reportAt reports a problem one step further down the path.
func (s *state) reportAt(st pathStep, n *yaml.Node, key string, args ...string) {
	s.path = append(s.path, st)
	s.report(n, key, args...)
	s.path = s.path[:len(s.path)-1]
}

func (s *state) pos(n *yaml.Node) diag.Pos {
	return diag.Pos{Line: n.Line + s.offset, Col: n.Column}
}

func (s *state) report(n *yaml.Node, key string, args ...string) {
	s.problems = append(s.problems, Problem{Pos: s.pos(n), Field: s.field(), Msg: diag.Msg(key, args...)})
}

var scalarType = reflect.TypeFor[Scalar]()

func (s *state) value(n *yaml.Node, v reflect.Value) {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if isNull(n) {
		return
	}
	if v.CanAddr() && v.Addr().Type().Implements(scalarType) {
		if n.Kind != yaml.ScalarNode {
			s.report(n, "decode.want_text", describe(n))
			return
		}
		if err := v.Addr().Interface().(Scalar).DecodeScalar(n.Value); err != nil {
			var msg diag.Message
			if !errors.As(err, &msg) {
				msg = diag.Msg("decode.want_text", err.Error())
			}
			s.problems = append(s.problems, Problem{Pos: s.pos(n), Field: s.field(), Msg: msg})
		}
		return
	}
	switch v.Kind() {
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			s.report(n, "decode.want_text", describe(n))
			return
		}
		v.SetString(n.Value)
	case reflect.Int, reflect.Int64, reflect.Int32:
		if n.Kind != yaml.ScalarNode {
			s.report(n, "decode.want_int", describe(n))
			return
		}
		i, err := strconv.ParseInt(strings.TrimSpace(n.Value), 10, 64)
		if err != nil {
			s.report(n, "decode.want_int", n.Value)
			return
		}
		v.SetInt(i)
	case reflect.Bool:
		b, ok := parseBool(n)
		if !ok {
			s.report(n, "decode.want_bool", n.Value)
			return
		}
		v.SetBool(b)
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		s.value(n, v.Elem())
	case reflect.Slice:
		s.slice(n, v)
	case reflect.Map:
		s.mapping(n, v)
	case reflect.Struct:
		s.structure(n, v)
	}
}

func (s *state) slice(n *yaml.Node, v reflect.Value) {
	items := n.Content
	if n.Kind == yaml.ScalarNode {
		items = []*yaml.Node{n}
	} else if n.Kind != yaml.SequenceNode {
		s.report(n, "decode.want_list", describe(n))
		return
	}
	out := reflect.MakeSlice(v.Type(), len(items), len(items))
	for i, item := range items {
		s.within(pathStep{index: i + 1}, item, out.Index(i))
	}
	v.Set(out)
}

func (s *state) mapping(n *yaml.Node, v reflect.Value) {
	if n.Kind != yaml.MappingNode {
		s.report(n, "decode.want_mapping", describe(n))
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if first, dup := seen[k.Value]; dup {
			s.reportAt(pathStep{key: k.Value}, k, "decode.duplicate_key", k.Value, strconv.Itoa(first.Line+s.offset))
			continue
		}
		seen[k.Value] = k
		elem := reflect.New(v.Type().Elem()).Elem()
		s.within(pathStep{key: k.Value}, val, elem)
		v.SetMapIndex(reflect.ValueOf(k.Value).Convert(v.Type().Key()), elem)
	}
}

func (s *state) structure(n *yaml.Node, v reflect.Value) {
	if n.Kind != yaml.MappingNode {
		s.report(n, "decode.want_mapping", describe(n))
		return
	}
	l := s.d.layout(v.Type())
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		name := k.Value
		at := pathStep{key: name}
		if first, dup := seen[name]; dup {
			s.reportAt(at, k, "decode.duplicate_key", name, strconv.Itoa(first.Line+s.offset))
			continue
		}
		seen[name] = k
		index, ok := l.fields[name]
		if !ok {
			if near := Suggest(name, l.names); near != "" {
				s.reportAt(at, k, "decode.unknown_key_suggest", name, near)
			} else {
				s.reportAt(at, k, "decode.unknown_key", name)
			}
			continue
		}
		s.within(at, val, v.FieldByIndex(index))
	}
}

func (d *Decoder) layout(t reflect.Type) *layout {
	d.mu.Lock()
	defer d.mu.Unlock()
	if l, ok := d.layouts[t]; ok {
		return l
	}
	l := &layout{fields: map[string][]int{}}
	collectFields(t, nil, l)
	d.layouts[t] = l
	return l
}

func collectFields(t reflect.Type, prefix []int, l *layout) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag, ok := f.Tag.Lookup("yaml")
		if !ok || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		index := append(append([]int(nil), prefix...), i)
		if opts == "inline" && f.Type.Kind() == reflect.Struct {
			collectFields(f.Type, index, l)
			continue
		}
		l.fields[name] = index
		l.names = append(l.names, name)
	}
}

// Fields returns the keys a struct type accepts, in declaration order.
func (d *Decoder) Fields(t reflect.Type) []string {
	return append([]string(nil), d.layout(t).names...)
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Style == 0
}

func parseBool(n *yaml.Node) (bool, bool) {
	if n.Kind != yaml.ScalarNode {
		return false, false
	}
	switch strings.ToLower(strings.TrimSpace(n.Value)) {
	case "true", "yes", "on", "có":
		return true, true
	case "false", "no", "off", "không":
		return false, true
	}
	return false, false
}

// describe names what a node holds, for "found ..." messages. It returns a
// catalogue-free English/Vietnamese-neutral rendering: lists and mappings
// are named by the caller's language through the kind.* keys.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "[...]"
	case yaml.MappingNode:
		return "{...}"
	}
	v := n.Value
	if len(v) > 40 {
		v = v[:40] + "…"
	}
	return "\"" + v + "\""
}

// Suggest returns the candidate closest to name when it is a plausible typo
// (edit distance at most 2, or at most a third of the name's length), or "".
func Suggest(name string, candidates []string) string {
	best, bestDist := "", 1<<30
	for _, c := range candidates {
		d := distance(strings.ToLower(name), c)
		if d < bestDist {
			best, bestDist = c, d
		}
	}
	limit := max(2, len(name)/3)
	if bestDist > limit {
		return ""
	}
	return best
}

// distance is the Levenshtein distance over bytes; keys are ASCII.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
