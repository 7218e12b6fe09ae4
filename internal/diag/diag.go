package diag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Severity tells whether a problem stops the build.
type Severity int

const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Pos is a 1-based line and column in a file; zero means unknown.
type Pos struct {
	Line int
	Col  int
}

// Diagnostic is one problem found in one file.
type Diagnostic struct {
	File     string // slash-separated, relative to the site root
	Pos      Pos
	Severity Severity
	Field    string // front-matter path such as "channels[1].channel", or ""
	Key      string // catalogue key
	Args     []string
}

// Message is a catalogue key with its arguments; it is also an error, so
// lower layers (date parsing, enumerations) can return one and let the caller
// attach the file and position.
type Message struct {
	Key  string
	Args []string
}

func (m Message) Error() string { return English.Text(m.Key, m.Args...) }

// Msg builds a Message.
func Msg(key string, args ...string) Message { return Message{Key: key, Args: args} }

// List collects diagnostics. It is not safe for concurrent use: parallel
// stages keep one List each and Merge them.
type List struct {
	items []Diagnostic
}

// Add appends d.
func (l *List) Add(d Diagnostic) { l.items = append(l.items, d) }

// Errorf adds an error at file:pos.
func (l *List) Errorf(file string, pos Pos, field, key string, args ...string) {
	l.Add(Diagnostic{File: file, Pos: pos, Severity: Error, Field: field, Key: key, Args: args})
}

// Warnf adds a warning at file:pos.
func (l *List) Warnf(file string, pos Pos, field, key string, args ...string) {
	l.Add(Diagnostic{File: file, Pos: pos, Severity: Warning, Field: field, Key: key, Args: args})
}

// Merge appends every item of other.
func (l *List) Merge(other *List) {
	if other != nil {
		l.items = append(l.items, other.items...)
	}
}

// Items returns the diagnostics in a stable order.
func (l *List) Items() []Diagnostic {
	slices.SortStableFunc(l.items, compare)
	return l.items
}

// Len is the number of diagnostics.
func (l *List) Len() int { return len(l.items) }

// HasErrors reports whether any diagnostic is an error; strict counts
// warnings as errors too.
func (l *List) HasErrors(strict bool) bool {
	for _, d := range l.items {
		if d.Severity == Error || strict {
			return true
		}
	}
	return false
}

// Count returns the number of errors and warnings.
func (l *List) Count() (errors, warnings int) {
	for _, d := range l.items {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return
}

func compare(a, b Diagnostic) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Col, b.Pos.Col),
		cmp.Compare(a.Field, b.Field),
		cmp.Compare(a.Key, b.Key),
		slices.Compare(a.Args, b.Args),
	)
}

// Format renders d as "file:line:col: severity: field: message" in the
// catalogue's language.
func (c Catalog) Format(d Diagnostic) string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Pos.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", d.Pos.Line, max(d.Pos.Col, 1))
	}
	b.WriteString(": ")
	b.WriteString(c.Text(severityKey(d.Severity)))
	b.WriteString(": ")
	if d.Field != "" {
		b.WriteString(d.Field)
		b.WriteString(": ")
	}
	b.WriteString(c.Text(d.Key, d.Args...))
	return b.String()
}

func severityKey(s Severity) string {
	if s == Warning {
		return "severity.warning"
	}
	return "severity.error"
}

// Problems is the error a stage returns when its List holds errors.
type Problems struct {
	List    *List
	Catalog Catalog
}

func (e *Problems) Error() string {
	items := e.List.Items()
	lines := make([]string, 0, len(items))
	for _, d := range items {
		lines = append(lines, e.Catalog.Format(d))
	}
	return strings.Join(lines, "\n")
}
